"""Planning layers for mine action: suspected hazard areas, their accidents, historic fronts.

One writer for the three layers in the four formats (GeoJSON RFC 7946, GeoPackage, KML,
CSV). Each file says how it was made: ``metadata`` in GeoJSON (top level), layer metadata
in GeoPackage, the document description in KML; the CSV repeats the parameters and the
attribution in ``param_*`` / ``attribution`` columns, since CSV has no header block.

The CSVs of hazards and accidents use the item and field names of the Information
Management System for Mine Action (IMSMA, GICHD): ``hazard_localid``,
``accident_localid``, ``hazard_type`` (SHA), ``accident_type`` (Mine accident, UXO/AXO
accident), and so on (:data:`IMSMA_HAZARD`, :data:`IMSMA_ACCIDENT`; the mapping and its
public sources are in ``docs/demining.md``).

>>> layer_bytes(product.areas, "geojson", layer="hazards", meta=meta)   # doctest: +SKIP
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from xml.sax.saxutils import escape, quoteattr

import numpy as np

from .csvhxl import _csv_value
from .geojson import dumps
from .gpkg import gpkg_bytes
from .metadata import ATTRIBUTIONS

__all__ = ["layer_bytes", "hazard_export", "fronts_export", "planning_metadata", "IMSMA_HAZARD",
           "IMSMA_ACCIDENT", "LIMITS"]

COORD_DIGITS = 6
JSON_COLUMNS = ("control_history", "runs", "days_by_pair")
LIMITS = ("Built from reported incidents only: reporting is uneven (areas held by some "
          "forces, remote areas and some years are reported less), locations are often a "
          "village's centre, and an area's outline is a buffer, not a survey. The absence of "
          "incidents is not the absence of hazard: a place with no area here may be "
          "contaminated. Every area is a suspected hazard area (SHA) for non-technical survey, "
          "never a confirmed one.")

# IMSMA field name -> our column (or a callable of the row). IMSMA item "Hazard".
IMSMA_HAZARD: tuple[tuple[str, object], ...] = (
    ("hazard_localid", "id"),
    ("hazard_name", lambda r: f"Suspected hazard area {r['id']}"
     + (f" ({r['adm2_pcode']})" if r.get("adm2_pcode") else "")),
    ("hazard_type", lambda r: "SHA"),  # Suspected Hazardous Area (IMAS 04.10)
    ("status", lambda r: "Open"),
    ("hazard_contamination", lambda r: "; ".join(
        t for t, n in (("Mine", r.get("landmine")), ("ERW", r.get("explosive_remnant"))) if n)),
    ("province", "adm1_pcode"),
    ("district", "adm2_pcode"),
    ("latitude", "centre_lat"),
    ("longitude", "centre_lon"),
    ("area_size_sqm", lambda r: round(float(r["area_km2"]) * 1e6) if r.get("area_km2") is not None
     else None),
    ("date_of_first_accident", "first_date"),
    ("date_of_last_accident", "last_date"),
    ("number_of_accidents", "incidents"),
    ("number_killed", "killed"),
    ("number_killed_children", "children"),
    ("number_injured", "injured"),
    ("information_confidence", "confidence"),
    ("info_source", "sources"),
    ("linked_accidents", "incident_ids"),
    ("control_history", "control_history"),
    ("control_at_accidents", "control_at_incidents"),
    ("nearest_front_id", "front_id"),
    ("nearest_front_distance_m", "front_distance_m"),
    ("nearest_front_days", "front_days"),
    ("nearest_front_forces", "front_forces"),
)
_ACCIDENT_TYPE = {"landmine": "Mine accident", "explosive remnant": "UXO/AXO accident",
                  "IED": "IED accident", "car bomb": "IED accident"}
# IMSMA item "Accident".
IMSMA_ACCIDENT: tuple[tuple[str, object], ...] = (
    ("accident_localid", "id"),
    ("accident_type", lambda r: _ACCIDENT_TYPE.get(r.get("cause") or "landmine",
                                                   "Other type of accident")),
    ("date_of_accident", "date"),
    ("latitude", "lat"),
    ("longitude", "lon"),
    ("location_precision", "location_precision"),
    ("uncertainty_radius_m", "radius_m"),
    ("province", "adm1_pcode"),
    ("district", "adm2_pcode"),
    ("number_killed", "killed"),
    ("number_killed_children", "children"),
    ("number_injured", "injured"),
    ("hazard_localid", "hazard_id"),
    ("control_at_accident", "control"),
    ("info_source", lambda r: " ".join(str(v) for v in (r.get("dataset"), r.get("source_publisher"))
                                       if v)),
    ("nearest_front_id", "front_id"),
    ("nearest_front_distance_m", "front_distance_m"),
    ("nearest_front_days", "front_days"),
    ("nearest_front_forces", "front_forces"),
)


def planning_metadata(*, title: str, count: int, method: str, params: dict, datasets=(),
                      control: bool = True, query: dict | None = None) -> dict:
    """The description every planning export carries: what, how, with which parameters,
    whom to credit, and the limits."""
    keys = ["ocha"] + (["wikipedia"] if control else [])
    for ds in ("ucdp", "snhr", "acled"):
        if any(str(d or "").lower().startswith(ds) for d in datasets):
            keys.append(ds)
    return {"title": title,
            "generated": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
            "generator": "syria-incident-map", "count": count, "method": method,
            "parameters": params, "query": query or {}, "limits": LIMITS,
            "attribution": [ATTRIBUTIONS[k] for k in keys]}


def _clean(v):
    if v is None:
        return None
    if isinstance(v, float) and np.isnan(v):
        return None
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    return v


def _records(frame) -> list[dict]:
    cols = [c for c in frame.columns if c != "geometry"]
    return [{c: _clean(v) for c, v in zip(cols, row)}
            for row in frame[cols].itertuples(index=False, name=None)]


def layer_bytes(frame, fmt: str, *, layer: str, meta: dict,
                imsma: tuple | None = None) -> bytes:
    """One layer (a GeoDataFrame in WGS84, or a DataFrame with ``lon``/``lat``) as bytes."""
    import shapely

    rows = _records(frame)
    if "geometry" in getattr(frame, "columns", []):
        geoms = list(frame.geometry)
    else:
        geoms = [shapely.Point(r["lon"], r["lat"]) if r.get("lon") is not None else None
                 for r in rows]
    if fmt == "geojson":
        return dumps(_geojson(rows, geoms, meta))
    if fmt == "csv":
        return _csv(rows, geoms, meta, imsma).encode("utf-8")
    if fmt == "kml":
        return _kml(rows, geoms, meta).encode("utf-8")
    if fmt == "kmz":
        from .kml import kmz_bytes

        return kmz_bytes(_kml(rows, geoms, meta))
    if fmt == "gpkg":
        return _gpkg(rows, geoms, meta, layer)
    raise ValueError(f"unknown export format {fmt!r}; use geojson, gpkg, csv, kml, kmz")


def _geojson(rows, geoms, meta) -> dict:
    import shapely

    features = []
    for row, g in zip(rows, geoms):
        props = dict(row)
        for c in JSON_COLUMNS:
            if isinstance(props.get(c), str):
                props[c] = json.loads(props[c])
        geometry = None
        if g is not None and not g.is_empty:
            geometry = json.loads(shapely.to_geojson(shapely.set_precision(g, 10 ** -COORD_DIGITS)
                                                     if g.geom_type == "Point" else g))
            geometry = _round(geometry)
        features.append({"type": "Feature", "id": row.get("id"), "geometry": geometry,
                         "properties": props})
    return {"type": "FeatureCollection", "metadata": meta, "features": features}


def _round(geometry: dict) -> dict:
    def r(c):
        return [round(c[0], COORD_DIGITS), round(c[1], COORD_DIGITS)] if isinstance(c[0], float) \
            else [r(x) for x in c]
    geometry["coordinates"] = r(geometry["coordinates"])
    return geometry


def _csv(rows, geoms, meta, imsma) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    if imsma:
        header = [name for name, _ in imsma]
    else:
        header = list(rows[0]) if rows else []
    params = meta.get("parameters", {})
    extra = [f"param_{k}" for k in params] + ["attribution"]
    w.writerow(header + extra)
    credit = "; ".join(f"{a['name']} ({a['license']})" for a in meta["attribution"])
    pvals = [";".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v)
             for v in params.values()]
    for row, g in zip(rows, geoms):
        if g is not None and not g.is_empty:
            c = g.representative_point() if g.geom_type != "Point" else g
            row = {**row, "centre_lon": round(c.x, COORD_DIGITS), "centre_lat": round(c.y, COORD_DIGITS)}
        if imsma:
            values = [src(row) if callable(src) else row.get(src) for _, src in imsma]
        else:
            values = [row[c] for c in header]
        w.writerow(["" if v is None else _csv_value(v) for v in values] + pvals + [credit])
    return out.getvalue()


def _kml_coords(coords) -> str:
    return " ".join(f"{x:.{COORD_DIGITS}f},{y:.{COORD_DIGITS}f}" for x, y in coords)


def _kml_geometry(g) -> str:
    if g is None or g.is_empty:
        return ""
    t = g.geom_type
    if t == "Point":
        return f"<Point><coordinates>{_kml_coords(g.coords)}</coordinates></Point>"
    if t == "LineString":
        return f"<LineString><coordinates>{_kml_coords(g.coords)}</coordinates></LineString>"
    if t == "Polygon":
        inner = "".join(f"<innerBoundaryIs><LinearRing><coordinates>{_kml_coords(r.coords)}"
                        "</coordinates></LinearRing></innerBoundaryIs>" for r in g.interiors)
        return (f"<Polygon><outerBoundaryIs><LinearRing><coordinates>"
                f"{_kml_coords(g.exterior.coords)}</coordinates></LinearRing></outerBoundaryIs>"
                f"{inner}</Polygon>")
    return "<MultiGeometry>" + "".join(_kml_geometry(p) for p in g.geoms) + "</MultiGeometry>"


def _kml(rows, geoms, meta) -> str:
    credit = "; ".join(f"{a['text']} ({a['license']})" for a in meta["attribution"])
    desc = (f"{meta['method']} Parameters: {json.dumps(meta['parameters'])}. {meta['limits']} "
            f"Sources: {credit}")
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<kml xmlns="http://www.opengis.net/kml/2.2">', "<Document>",
             f"<name>{escape(meta['title'])}</name>", f"<description>{escape(desc)}</description>"]
    for row, g in zip(rows, geoms):
        parts.append(f"<Placemark id={quoteattr(str(row.get('id')))}>")
        parts.append(f"<name>{escape(str(row.get('id')))}</name><ExtendedData>")
        for k, v in row.items():
            if v is not None:
                parts.append(f"<Data name={quoteattr(k)}><value>{escape(str(v))}</value></Data>")
        parts.append("</ExtendedData>" + _kml_geometry(g) + "</Placemark>")
    parts += ["</Document>", "</kml>"]
    return "\n".join(parts) + "\n"


def _gpkg(rows, geoms, meta, layer) -> bytes:
    import geopandas as gpd
    import pandas as pd

    frame = pd.DataFrame(rows)
    layer_meta = {"title": meta["title"], "method": meta["method"], "limits": meta["limits"],
                  "generated": meta["generated"],
                  "parameters": json.dumps(meta["parameters"], ensure_ascii=False),
                  "attribution": json.dumps(meta["attribution"], ensure_ascii=False)}
    return gpkg_bytes([(layer, gpd.GeoDataFrame(frame, geometry=geoms, crs="EPSG:4326"))],
                      layer_meta=layer_meta, description=f"{meta['title']}. Sources: " + "; ".join(
                          f"{a['name']} ({a['license']})" for a in meta["attribution"]))


HAZARD_METHOD = ("Suspected hazard areas: landmine and explosive-remnant incidents whose "
                 "uncertainty circles come within the distance of each other are one area, drawn "
                 "as the union of discs of radius (uncertainty radius + distance / 2) in UTM zone "
                 "37N (EPSG:32637). Incidents known only to a district, governorate or the "
                 "country are counted for that unit (kind 'unit', no geometry). See "
                 "docs/demining.md.")
FRONT_METHOD = ("Historic front lines: the edges between areas held by two different known "
                "forces in the project's bundled control dataset, day by day; edges with the "
                "same history are one segment, with the days it was a front and between whom.")


def hazard_export(product, fmt: str, *, what: str = "areas", query: dict | None = None) -> bytes:
    """The hazard product as a file: ``what`` is ``areas`` (areas and unit tallies) or
    ``accidents`` (the incidents behind them, each with its ``hazard_id``)."""
    import geopandas as gpd
    import pandas as pd

    params = {**product.params.to_dict(), **{f"fronts_{k}": v for k, v in product.fronts.items()
                                             if k != "method"}}
    datasets = set(product.incidents["dataset"].dropna()) if len(product.incidents) else set()
    if what == "accidents":
        frame = product.incidents
        meta = planning_metadata(title="Landmine and explosive-remnant accidents",
                                 count=len(frame), method=HAZARD_METHOD, params=params,
                                 datasets=datasets, query=query)
        return layer_bytes(frame, fmt, layer="accidents", meta=meta, imsma=IMSMA_ACCIDENT)
    if what != "areas":
        raise ValueError(f"unknown hazard layer {what!r}; use areas or accidents")
    areas = product.areas
    units = product.units
    if len(units):
        units = gpd.GeoDataFrame(units.assign(confidence="low"), geometry=[None] * len(units),
                                 crs=4326)
        frame = pd.concat([areas, units], ignore_index=True)
        frame = gpd.GeoDataFrame(frame, geometry="geometry", crs=4326)
    else:
        frame = areas
    meta = planning_metadata(title="Suspected hazard areas", count=len(frame),
                             method=HAZARD_METHOD, params=params, datasets=datasets, query=query)
    return layer_bytes(frame, fmt, layer="hazards", meta=meta, imsma=IMSMA_HAZARD)


def fronts_export(fronts, fmt: str, *, query: dict | None = None) -> bytes:
    """Historic front segments as a file."""
    meta = planning_metadata(title="Historic front lines", count=len(fronts.segments),
                             method=FRONT_METHOD, params=fronts.params(), query=query)
    return layer_bytes(fronts.segments, fmt, layer="fronts", meta=meta)
