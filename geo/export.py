"""Exports for humanitarian demining planners and analysts: GeoJSON, GeoPackage, CSV+HXL, KML.

Every export holds one record per incident with the planner's questions
answered in plain columns: where (P-codes and English/Arabic names of the
governorate, district, sub-district and community; the point; how precisely
it is known and an uncertainty radius in metres), when (date and its
precision, and the first and last day it may be: ``date_start`` / ``date_end``), what
(category, cause, civilians killed, children, women, injured, and, where the source gives them,
all deaths with combatants: ``deaths_total``, ``deaths_low``, ``deaths_high``), who
(perpetrator, and the force that controlled the place on that date) and
from where (source and dataset). Victim names are never exported, and a
name quoted in the source sentence is replaced by ``[name withheld]``.

* GeoJSON follows RFC 7946: WGS84 longitude/latitude, no ``crs`` member,
  polygon exteriors counter-clockwise (the right-hand rule). The source
  attributions ride in a top-level ``metadata`` foreign member.
* With ``circles=True`` each incident's uncertainty circle is a polygon,
  buffered in a metric projection (UTM zone 37N, EPSG:32637, which spans
  Syria) and projected back, so a 10 km radius is 10 km on the ground.
* CSV carries an HXL hashtag row under its header (the tags of
  :data:`geo.incident.HXL_TAGS` plus names and control columns).
* GeoPackage and KML carry the attribution in their metadata/description.

>>> rows = export_rows([])             # doctest: +SKIP
>>> to_geojson(rows)["type"]           # doctest: +SKIP
'FeatureCollection'
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tempfile
from typing import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

__all__ = ["EXPORT_TYPES", "ATTRIBUTIONS", "EXPORT_COLUMNS", "HXL_ROW", "export_rows",
           "attribution", "to_geojson", "to_csv", "to_kml", "to_gpkg", "export_bytes",
           "circle_rings", "circle_polygons", "incident_feature", "UTM_EPSG"]

EXPORT_TYPES = {
    "geojson": "application/geo+json",
    "gpkg": "application/geopackage+sqlite3",
    "csv": "text/csv; charset=utf-8",
    "kml": "application/vnd.google-earth.kml+xml",
}
UTM_EPSG = 32637  # UTM zone 37N: metres, spans Syria (35.7-42.4 E) with little distortion
COORD_DIGITS = 6  # ~0.1 m: finer than any incident location

# Who must be credited, and when (see README, "Data sources and attribution").
ATTRIBUTIONS = {
    "ocha": {"name": "OCHA", "license": "CC BY 3.0 IGO",
             "text": "Administrative boundaries, P-codes and populated places: OCHA Common "
                     "Operational Datasets (COD-AB / COD-PP) for the Syrian Arab Republic, via the "
                     "Humanitarian Data Exchange",
             "url": "https://data.humdata.org/dataset/cod-ab-syr"},
    "geonames": {"name": "GeoNames", "license": "CC BY 4.0",
                 "text": "Place names: GeoNames (geonames.org)",
                 "url": "https://www.geonames.org/"},
    "ucdp": {"name": "UCDP", "license": "CC BY 4.0",
             "text": "UCDP Georeferenced Event Dataset. Sundberg, Ralph and Erik Melander (2013) "
                     "'Introducing the UCDP Georeferenced Event Dataset', Journal of Peace "
                     "Research 50(4); and the GED codebook",
             "url": "https://ucdp.uu.se/downloads/"},
    "wikipedia": {"name": "Wikipedia contributors", "license": "CC BY-SA 4.0",
                  "text": "Control marks used to build the bundled control dataset (the "
                          "controlling force columns): Wikipedia contributors",
                  "url": "https://en.wikipedia.org/wiki/Template:Syrian_civil_war_detailed_map"},
    "snhr": {"name": "Syrian Network for Human Rights (SNHR)", "license": "© SNHR",
             "text": "Incidents read from the monthly reports of the Syrian Network for Human "
                     "Rights; each record cites its report and sentence",
             "url": "https://snhr.org/"},
    "acled": {"name": "ACLED", "license": "ACLED terms of use",
              "text": "Armed Conflict Location & Event Data Project (ACLED); acleddata.com",
              "url": "https://acleddata.com/"},
}

# (column, HXL hashtag) in export order.
EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "#event+id"),
    ("date", "#date+occurred"),
    ("date_precision", "#date+precision"),
    ("date_start", "#date+start"),
    ("date_end", "#date+end"),
    ("date_documented", "#date+documented"),
    ("category", "#event+category"),
    ("cause", "#event+cause"),
    ("perpetrator", "#org+perpetrator+code"),
    ("perpetrator_name", "#org+perpetrator+name"),
    ("killed", "#affected+killed"),
    ("children", "#affected+killed+children"),
    ("women", "#affected+killed+women"),
    ("injured", "#affected+injured"),
    ("deaths_total", "#affected+killed+total"),
    ("deaths_low", "#affected+killed+total+min"),
    ("deaths_high", "#affected+killed+total+max"),
    ("adm1_pcode", "#adm1+code"),
    ("adm1_name", "#adm1+name"),
    ("adm1_name_ar", "#adm1+name+i_ar"),
    ("adm2_pcode", "#adm2+code"),
    ("adm2_name", "#adm2+name"),
    ("adm2_name_ar", "#adm2+name+i_ar"),
    ("adm3_pcode", "#adm3+code"),
    ("adm3_name", "#adm3+name"),
    ("adm3_name_ar", "#adm3+name+i_ar"),
    ("community_pcode", "#loc+community+code"),
    ("community_name", "#loc+community+name"),
    ("community_name_ar", "#loc+community+name+i_ar"),
    ("place_text", "#loc+name"),
    ("lon", "#geo+lon"),
    ("lat", "#geo+lat"),
    ("location_precision", "#geo+precision"),
    ("location_precision_name", "#geo+precision+name"),
    ("radius_m", "#geo+radius"),
    ("control", "#org+control+computed+code"),
    ("control_name", "#org+control+computed+name"),
    ("stated_control", "#org+control+stated+code"),
    ("control_agrees", "#indicator+control+agrees"),
    ("source_title", "#meta+source+title"),
    ("source_publisher", "#meta+source+publisher"),
    ("source_url", "#meta+source+url"),
    ("source_date", "#date+source"),
    ("source_sentence", "#meta+source+sentence"),
    ("dataset", "#meta+dataset"),
)
COLUMNS = tuple(c for c, _ in EXPORT_COLUMNS)
HXL_ROW = tuple(t for _, t in EXPORT_COLUMNS)


# --------------------------------------------------------------------------- records

def _value(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if hasattr(v, "value") and not isinstance(v, (int, float, str)):
        return v.value
    return v


def incident_feature(inc, *, names: bool = False) -> dict:
    """One incident as the API shows it: a GeoJSON Feature (victim names only with ``names``).

    >>> import datetime as dt
    >>> from geo.incident import Incident
    >>> f = incident_feature(Incident(date=dt.date(2023, 7, 11), category="landmine", killed=1,
    ...     victim_names=["Hanan al-Dreib"], lon=40.21, lat=35.07, source_id="x", dataset="t"))
    >>> f["geometry"]["coordinates"], "victim_names" in f["properties"]
    ([40.21, 35.07], False)
    """
    props = inc.to_dict(include_names=names)
    if not names:
        props.pop("victim_names", None)
        props.pop("injured_names", None)
    lon, lat = props.get("lon"), props.get("lat")
    geometry = None
    if lon is not None and lat is not None:
        geometry = {"type": "Point", "coordinates": [round(lon, COORD_DIGITS),
                                                     round(lat, COORD_DIGITS)]}
    return {"type": "Feature", "id": props["id"], "geometry": geometry, "properties": props}


def _place_names(gazetteer, pcode: str | None) -> tuple[str | None, str | None]:
    if gazetteer is None or not pcode:
        return None, None
    try:
        place = gazetteer.get(pcode)
    except (KeyError, LookupError):
        return None, None
    return place.name_en or None, place.name_ar or None


def _community_of(inc, gazetteer) -> str | None:
    """The community an incident is placed in: its own P-code, a neighbourhood's city."""
    if not inc.pcode:
        return None
    if inc.level == "community":
        return inc.pcode
    if inc.level == "neighbourhood" and gazetteer is not None:
        try:
            return gazetteer.get(inc.pcode).city_pcode
        except (KeyError, LookupError):
            return None
    return None


def export_rows(incidents: Iterable, *, gazetteer=None, control_index=None) -> list[dict]:
    """Flat, public records for export, one per incident, in :data:`COLUMNS` order.

    Parameters
    ----------
    incidents
        :class:`geo.incident.Incident` objects.
    gazetteer
        Gives the English and Arabic names of each P-code (left empty without it).
    control_index
        Fills the controlling force of incidents stored without one.
    """
    from .force import FORCES
    from .incident import PERPETRATORS, control_agrees

    rows = []
    incidents = list(incidents)
    missing = [i for i, inc in enumerate(incidents)
               if inc.computed_control is None and inc.lon is not None]
    filled: dict[int, str] = {}
    if control_index is not None and missing:
        frame = control_index.control_many([incidents[i].lon for i in missing],
                                           [incidents[i].lat for i in missing],
                                           [incidents[i].date for i in missing])
        filled = dict(zip(missing, frame["force"].tolist()))
    for i, inc in enumerate(incidents):
        public = inc.to_dict(include_names=False)
        control = inc.computed_control or filled.get(i)
        community = _community_of(inc, gazetteer)
        names = {}
        for key, pcode in (("adm1", inc.adm1_pcode), ("adm2", inc.adm2_pcode),
                           ("adm3", inc.adm3_pcode), ("community", community)):
            names[f"{key}_name"], names[f"{key}_name_ar"] = _place_names(gazetteer, pcode)
        lp = inc.location_precision
        perp = PERPETRATORS.get(inc.perpetrator) if inc.perpetrator else None
        first, last = inc.date_interval
        row = {
            **{k: _value(public.get(k)) for k in COLUMNS if k in public},
            **names,
            "community_pcode": community,
            "perpetrator_name": perp.name if perp else inc.perpetrator_text,
            "lon": None if inc.lon is None else round(inc.lon, COORD_DIGITS),
            "lat": None if inc.lat is None else round(inc.lat, COORD_DIGITS),
            "location_precision": int(lp) if lp is not None else None,
            "location_precision_name": lp.name.lower() if lp is not None else None,
            # The whole span the date allows (a month, a UCDP year-long aggregate), always given.
            "date_start": first.isoformat(),
            "date_end": last.isoformat(),
            "control": control,
            "control_name": FORCES[control].name if control in FORCES else None,
            "control_agrees": (inc.control_agrees if inc.computed_control
                               else control_agrees(inc.stated_control, control)),
        }
        rows.append({k: row.get(k) for k in COLUMNS})
    return rows


def attribution(rows: Sequence[dict]) -> list[dict]:
    """The sources to credit for these records.

    OCHA (P-codes and names) always; Wikipedia when a controlling force is
    given (the bundled control dataset is built from its marks); UCDP, SNHR and
    ACLED when their records are present; GeoNames when a place was geocoded
    from text (the geocoder reads GeoNames' Arabic names).
    """
    keys = ["ocha"]
    if any(r.get("control") for r in rows):
        keys.append("wikipedia")
    datasets = {str(r.get("dataset") or "").lower() for r in rows}
    if any(r.get("place_text") and (r.get("dataset") or "").lower() not in ("ucdp", "acled")
           for r in rows):
        keys.append("geonames")
    for ds in ("ucdp", "snhr", "acled"):
        if any(d.startswith(ds) for d in datasets):
            keys.append(ds)
    return [ATTRIBUTIONS[k] for k in keys]


def metadata(rows: Sequence[dict], *, title: str, query: dict | None = None,
             circles: bool = False) -> dict:
    """The export's description: what, when, which filters, whom to credit."""
    return {
        "title": title,
        "generated": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "generator": "syria-incident-map",
        "count": len(rows),
        "query": query or {},
        "geometry": ("uncertainty circle (buffered in EPSG:32637)" if circles
                     else "point (WGS84 longitude/latitude)"),
        "notes": "Victim names are withheld. killed counts civilians killed; deaths_total "
                 "(deaths_low..deaths_high) all deaths the source counts, combatants included. "
                 "date_start..date_end is the span the date allows. location_precision follows "
                 "UCDP where_prec (1 exact place .. 6 country); at 4-6 the point is a stand-in "
                 "(the governorate's or the country's centroid) and no finer unit is given; "
                 "radius_m is the uncertainty radius in metres. "
                 "control is the force that controlled the place on the date, from the "
                 "project's bundled control dataset.",
        "attribution": attribution(rows),
    }


# --------------------------------------------------------------------------- geometry

def circle_rings(lons: Sequence[float], lats: Sequence[float], radii_m: Sequence[float],
                 *, vertices: int = 64):
    """Uncertainty circles as closed rings of WGS84 positions, counter-clockwise (RFC 7946).

    Each ring is drawn in UTM zone 37N (EPSG:32637), so the radius is metres on
    the ground, and projected back to longitude/latitude. Returns an array of
    shape ``(n, vertices + 1, 2)``.

    >>> circle_rings([37.48], [36.50], [2000]).shape
    (1, 65, 2)
    """
    import numpy as np
    from pyproj import Transformer

    lons = np.asarray(lons, float)
    if lons.size == 0:
        return np.zeros((0, vertices + 1, 2))
    to_utm = Transformer.from_crs(4326, UTM_EPSG, always_xy=True)
    to_wgs = Transformer.from_crs(UTM_EPSG, 4326, always_xy=True)
    x, y = to_utm.transform(lons, np.asarray(lats, float))
    radii = np.asarray([r if r and r > 0 else 1.0 for r in radii_m], float)
    # Angles increase counter-clockwise; the last vertex repeats the first to close the ring.
    theta = np.linspace(0.0, 2 * np.pi, vertices + 1)
    theta[-1] = 0.0
    rx = x[:, None] + radii[:, None] * np.cos(theta)[None, :]
    ry = y[:, None] + radii[:, None] * np.sin(theta)[None, :]
    lon, lat = to_wgs.transform(rx.ravel(), ry.ravel())
    rings = np.stack([np.asarray(lon).reshape(rx.shape), np.asarray(lat).reshape(rx.shape)], axis=-1)
    return np.round(rings, COORD_DIGITS)


def circle_polygons(lons: Sequence[float], lats: Sequence[float], radii_m: Sequence[float],
                    *, vertices: int = 64) -> list:
    """:func:`circle_rings` as shapely polygons.

    >>> [p.geom_type for p in circle_polygons([37.48], [36.50], [2000])]
    ['Polygon']
    """
    import shapely

    rings = circle_rings(lons, lats, radii_m, vertices=vertices)
    return list(shapely.polygons(rings)) if len(rings) else []


def _geometries(rows: Sequence[dict], circles: bool) -> list:
    """A shapely geometry (or None) per row: the point, or the uncertainty circle."""
    import shapely

    geoms: list = [None] * len(rows)
    located = [i for i, r in enumerate(rows) if r["lon"] is not None and r["lat"] is not None]
    if circles:
        polys = circle_polygons([rows[i]["lon"] for i in located], [rows[i]["lat"] for i in located],
                                [rows[i]["radius_m"] or 1 for i in located])
        for i, p in zip(located, polys):
            geoms[i] = p
    else:
        for i in located:
            geoms[i] = shapely.Point(rows[i]["lon"], rows[i]["lat"])
    return geoms


# --------------------------------------------------------------------------- writers

def to_geojson(rows: Sequence[dict], *, circles: bool = False, title: str = "Incidents",
               query: dict | None = None) -> dict:
    """An RFC 7946 FeatureCollection (no ``crs``; attribution in ``metadata``)."""
    located = [i for i, r in enumerate(rows) if r["lon"] is not None and r["lat"] is not None]
    geometry: dict[int, dict] = {}
    if circles:
        rings = circle_rings([rows[i]["lon"] for i in located], [rows[i]["lat"] for i in located],
                             [rows[i]["radius_m"] or 1 for i in located])
        for i, ring in zip(located, rings.tolist()):
            geometry[i] = {"type": "Polygon", "coordinates": [ring]}
    else:
        for i in located:
            geometry[i] = {"type": "Point", "coordinates": [rows[i]["lon"], rows[i]["lat"]]}
    features = [{"type": "Feature", "id": row["id"], "geometry": geometry.get(i),
                 "properties": dict(row)} for i, row in enumerate(rows)]
    return {"type": "FeatureCollection",
            "metadata": metadata(rows, title=title, query=query, circles=circles),
            "features": features}


def to_csv(rows: Sequence[dict]) -> str:
    """CSV with a header row and an HXL hashtag row, then one row per incident."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerow(HXL_ROW)
    for row in rows:
        writer.writerow(["" if row[c] is None else _csv_value(row[c]) for c in COLUMNS])
    return out.getvalue()


def _csv_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") and not _is_number(v):
        # A cell starting with = + - @ is a formula to a spreadsheet: quote it as text.
        return "'" + v
    return v


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _kml_coords(coords) -> str:
    return " ".join(f"{x:.{COORD_DIGITS}f},{y:.{COORD_DIGITS}f}" for x, y in coords)


def to_kml(rows: Sequence[dict], *, circles: bool = False, title: str = "Incidents",
           query: dict | None = None) -> str:
    """KML 2.2: one Placemark per incident (a point, or a point and its circle)."""
    meta = metadata(rows, title=title, query=query, circles=circles)
    credit = "; ".join(f"{a['text']} ({a['license']})" for a in meta["attribution"])
    polys = _geometries(rows, True) if circles else [None] * len(rows)
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<kml xmlns="http://www.opengis.net/kml/2.2">', "<Document>",
             f"<name>{escape(title)}</name>",
             f"<description>{escape(meta['notes'] + ' Sources: ' + credit)}</description>"]
    for row, poly in zip(rows, polys):
        label = " ".join(str(v) for v in (row["date"], row["category"],
                                          row["community_name"] or row["place_text"] or "") if v)
        parts.append(f"<Placemark id={quoteattr(str(row['id']))}>")
        parts.append(f"<name>{escape(label)}</name>")
        parts.append("<ExtendedData>")
        for c in COLUMNS:
            v = row[c]
            if v is not None:
                parts.append(f"<Data name={quoteattr(c)}><value>{escape(str(v))}</value></Data>")
        parts.append("</ExtendedData>")
        point = (f"<Point><coordinates>{row['lon']:.{COORD_DIGITS}f},{row['lat']:.{COORD_DIGITS}f}"
                 "</coordinates></Point>") if row["lon"] is not None else ""
        if poly is not None:
            ring = _kml_coords(poly.exterior.coords)
            parts.append(f"<MultiGeometry>{point}<Polygon><outerBoundaryIs><LinearRing><coordinates>"
                         f"{ring}</coordinates></LinearRing></outerBoundaryIs></Polygon>"
                         "</MultiGeometry>")
        elif point:
            parts.append(point)
        parts.append("</Placemark>")
    parts += ["</Document>", "</kml>"]
    return "\n".join(parts) + "\n"


def to_gpkg(rows: Sequence[dict], *, circles: bool = False, layer: str = "incidents",
            title: str = "Incidents", query: dict | None = None) -> bytes:
    """A GeoPackage: layer ``layer`` of points, and ``<layer>_uncertainty`` circles if asked.

    The attribution and notes are stored as layer metadata.
    """
    import geopandas as gpd
    import pandas as pd

    meta = metadata(rows, title=title, query=query, circles=circles)
    layer_meta = {"title": title, "notes": meta["notes"], "generated": meta["generated"],
                  "attribution": json.dumps(meta["attribution"], ensure_ascii=False),
                  "query": json.dumps(meta["query"], ensure_ascii=False)}
    frame = pd.DataFrame(list(rows), columns=list(COLUMNS))
    for col in ("killed", "children", "women", "injured", "deaths_total", "deaths_low",
                "deaths_high", "radius_m", "location_precision"):
        frame[col] = pd.array(frame[col], dtype="Int64")
    frame["control_agrees"] = pd.array(frame["control_agrees"], dtype="boolean")
    fd, path = tempfile.mkstemp(suffix=".gpkg")
    os.close(fd)
    os.unlink(path)
    try:
        layers = [(layer, _geometries(rows, False))]
        if circles:
            layers.append((f"{layer}_uncertainty", _geometries(rows, True)))
        for name, geoms in layers:
            gdf = gpd.GeoDataFrame(frame, geometry=geoms, crs="EPSG:4326")
            # GeoPackage 1.2: read by every GDAL/QGIS in use (1.4 warns in older GDAL).
            gdf.to_file(path, layer=name, driver="GPKG", engine="pyogrio", metadata=layer_meta,
                        dataset_options={"VERSION": "1.2"},
                        layer_options={"DESCRIPTION": f"{title}. Sources: " + "; ".join(
                            f"{a['name']} ({a['license']})" for a in meta["attribution"])})
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        if os.path.exists(path):
            os.unlink(path)


def export_bytes(incidents: Iterable, fmt: str, *, circles: bool = False, gazetteer=None,
                 control_index=None, title: str = "Incidents", query: dict | None = None,
                 layer: str = "incidents") -> bytes:
    """The export of ``incidents`` in ``fmt`` (a key of :data:`EXPORT_TYPES`), as bytes."""
    if fmt not in EXPORT_TYPES:
        raise ValueError(f"unknown export format {fmt!r}; use {', '.join(EXPORT_TYPES)}")
    rows = export_rows(incidents, gazetteer=gazetteer, control_index=control_index)
    if fmt == "geojson":
        doc = to_geojson(rows, circles=circles, title=title, query=query)
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if fmt == "csv":
        return to_csv(rows).encode("utf-8")
    if fmt == "kml":
        return to_kml(rows, circles=circles, title=title, query=query).encode("utf-8")
    return to_gpkg(rows, circles=circles, layer=layer, title=title, query=query)
