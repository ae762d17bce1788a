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
* GeoPackage (1.2, dates as DATE columns) and KML carry the attribution in their
  metadata/description; KML placemarks carry their date (TimeStamp or TimeSpan) and the
  style of the controlling force; KMZ is the KML zipped.

>>> rows = export_rows([])             # doctest: +SKIP
>>> to_geojson(rows)["type"]           # doctest: +SKIP
'FeatureCollection'
"""

from __future__ import annotations

import json
from typing import Iterable

from .csvhxl import to_csv
from .geojson import to_geojson
from .geometry import UTM_EPSG, circle_polygons, circle_rings
from .gpkg import to_gpkg
from .kml import to_kml, to_kmz
from .metadata import ATTRIBUTIONS, attribution, metadata
from .records import COLUMNS, EXPORT_COLUMNS, HXL_ROW, export_rows, incident_feature

__all__ = ["EXPORT_TYPES", "ATTRIBUTIONS", "EXPORT_COLUMNS", "COLUMNS", "HXL_ROW", "export_rows",
           "attribution", "metadata", "to_geojson", "to_csv", "to_kml", "to_kmz", "to_gpkg",
           "export_bytes",
           "circle_rings", "circle_polygons", "incident_feature", "UTM_EPSG"]

EXPORT_TYPES = {
    "geojson": "application/geo+json",
    "gpkg": "application/geopackage+sqlite3",
    "csv": "text/csv; charset=utf-8",
    "kml": "application/vnd.google-earth.kml+xml",
    "kmz": "application/vnd.google-earth.kmz",
}


def export_bytes(incidents: Iterable, fmt: str, *, circles: bool = False, gazetteer=None,
                 control_index=None, title: str = "Incidents", query: dict | None = None,
                 layer: str = "incidents", key: bytes | None = None) -> bytes:
    """The export of ``incidents`` in ``fmt`` (a key of :data:`EXPORT_TYPES`), as bytes.

    ``key`` is the store's :attr:`~geo.store.IncidentStore.id_key` (public ids).
    """
    if fmt not in EXPORT_TYPES:
        raise ValueError(f"unknown export format {fmt!r}; use {', '.join(EXPORT_TYPES)}")
    rows = export_rows(incidents, gazetteer=gazetteer, control_index=control_index, key=key)
    if fmt == "geojson":
        doc = to_geojson(rows, circles=circles, title=title, query=query)
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if fmt == "csv":
        return to_csv(rows).encode("utf-8")
    if fmt == "kml":
        return to_kml(rows, circles=circles, title=title, query=query).encode("utf-8")
    if fmt == "kmz":
        return to_kmz(rows, circles=circles, title=title, query=query)
    return to_gpkg(rows, circles=circles, layer=layer, title=title, query=query)
