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

from typing import Iterable, Iterator

from ..gcpause import paused_iter
from .csvhxl import csv_chunks, to_csv
from .geojson import geojson_chunks, to_geojson
from .geometry import UTM_EPSG, circle_polygons, circle_rings
from .gpkg import gpkg_chunks, to_gpkg
from .kml import kml_chunks, kmz_chunks, to_kml, to_kmz
from .metadata import ATTRIBUTIONS, attribution, metadata, provenance_rows
from .records import (COLUMNS, EXPORT_COLUMNS, HXL_ROW, export_columns, export_rows,
                      incident_feature, public_features_json, record_feature, record_features)

__all__ = ["EXPORT_TYPES", "ATTRIBUTIONS", "EXPORT_COLUMNS", "COLUMNS", "HXL_ROW", "export_rows", "export_columns",
           "attribution", "metadata", "to_geojson", "to_csv", "to_kml", "to_kmz", "to_gpkg",
           "export_bytes", "export_stream", "ZIP64_FROM",
           "circle_rings", "circle_polygons", "incident_feature", "record_feature",
           "record_features", "public_features_json", "UTM_EPSG"]

EXPORT_TYPES = {
    "geojson": "application/geo+json",
    "gpkg": "application/geopackage+sqlite3",
    "csv": "text/csv; charset=utf-8",
    "kml": "application/vnd.google-earth.kml+xml",
    "kmz": "application/vnd.google-earth.kmz",
}
# A KMZ of more incidents than this is a Zip64 archive: its KML may pass 2 GiB.
ZIP64_FROM = 100_000


def export_stream(selection, fmt: str, *, circles: bool = False, gazetteer=None,
                  control_index=None, title: str = "Incidents", query: dict | None = None,
                  layer: str = "incidents", key: bytes | None = None) -> Iterator[bytes]:
    """The export of a selection in ``fmt`` (a key of :data:`EXPORT_TYPES`), as the bytes of
    the file a piece at a time: read, made public and written a chunk of incidents at a time,
    so any number costs the memory of one chunk.

    ``selection`` is a :class:`geo.store.sqlread.Selection` (``store.select(...)``) or a
    :class:`geo.store.records.Records`; ``key`` the store's
    :attr:`~geo.store.IncidentStore.id_key` (public ids). The metadata (count, sources to
    credit) come from the selection before its rows are read. Nothing is read before the
    first piece is asked for, but the format and the selection's provenance.

    >>> b"".join(export_stream(store.select(category="landmine"), "csv"))[:3]  # doctest: +SKIP
    b'id,'
    """
    if fmt not in EXPORT_TYPES:
        raise ValueError(f"unknown export format {fmt!r}; use {', '.join(EXPORT_TYPES)}")
    count = len(selection)
    credits = provenance_rows(selection.provenance(), control_filled=control_index is not None)
    meta = metadata(credits, title=title, query=query, circles=circles, count=count)

    def rows():
        for chunk in selection.chunks():
            yield export_columns(chunk, gazetteer=gazetteer, control_index=control_index, key=key)

    if fmt == "geojson":
        pieces = geojson_chunks(rows(), meta, circles=circles)
    elif fmt == "csv":
        pieces = csv_chunks(rows())
    elif fmt == "kml":
        pieces = kml_chunks(rows(), meta, circles=circles)
    elif fmt == "kmz":
        pieces = kmz_chunks(rows(), meta, circles=circles, zip64=count > ZIP64_FROM)
    else:
        pieces = gpkg_chunks(rows, meta, circles=circles, layer=layer)
    # Each piece is made with the garbage collector paused (many objects, no cycles).
    return paused_iter(pieces)


def export_bytes(incidents: Iterable, fmt: str, **kwargs) -> bytes:
    """The export of ``incidents`` (:class:`~geo.incident.Incident` objects) in ``fmt``, as
    bytes (:func:`export_stream`'s keywords)."""
    from ..store.records import Records

    return b"".join(export_stream(Records.of(incidents), fmt, **kwargs))
