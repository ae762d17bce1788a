"""GeoPackage export: a point layer (and its uncertainty circles), attribution as metadata.

Written with :mod:`sqlite3` in the GeoPackage layout the incident store uses
(:mod:`geo.store.gpkg`), a chunk of rows at a time, into a temporary file that is then read
out in blocks and removed: an export of any size holds one chunk in memory, and both
layers are written in one pass. GeoPackage 1.2 (read by every GDAL/QGIS in use); dates are
DATE columns, counts INTEGER, ``control_agrees`` BOOLEAN; each layer has its R-tree index
(and the triggers that keep it right when the file is edited, in QGIS say); the title,
notes and attribution are the layers' metadata in GDAL's form (``gpkg_metadata``) and the
sources the layers' description.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import tempfile
from typing import Callable, Iterable, Iterator, Sequence
from xml.sax.saxutils import escape, quoteattr

from .geometry import circle_rings
from .metadata import metadata
from .records import COLUMNS, DATE_COLUMNS, columns_of

__all__ = ["to_gpkg", "gpkg_chunks", "write_gpkg", "gpkg_bytes"]

_INTEGERS = ("killed", "children", "women", "injured", "deaths_total", "deaths_low", "deaths_high",
             "radius_m", "location_precision")
_BLOCK = 1 << 20  # bytes of the written file read out at once
GPKG_1_2 = 10200
_METADATA_EXTENSION = "http://www.geopackage.org/spec120/#extension_metadata"


def to_gpkg(rows: Sequence[dict], *, circles: bool = False, layer: str = "incidents",
            title: str = "Incidents", query: dict | None = None) -> bytes:
    """A GeoPackage: layer ``layer`` of points, and ``<layer>_uncertainty`` circles if asked.

    The attribution and notes are stored as layer metadata.
    """
    meta = metadata(rows, title=title, query=query, circles=circles)
    return b"".join(gpkg_chunks([columns_of(rows)], meta, circles=circles, layer=layer))


def gpkg_chunks(chunks: Iterable[dict], meta: dict, *, circles: bool = False,
                layer: str = "incidents") -> Iterator[bytes]:
    """The GeoPackage of :func:`to_gpkg`, in blocks: the export's columns
    (:func:`~geo.export.records.export_columns`) a chunk at a time, written to a temporary
    file, read out, removed."""
    fd, path = tempfile.mkstemp(suffix=".gpkg", prefix="incmap-export-")
    os.close(fd)
    try:
        write_gpkg(path, chunks, meta, circles=circles, layer=layer)
        with open(path, "rb") as fh:
            while block := fh.read(_BLOCK):
                yield block
    finally:
        os.unlink(path)


def _kind(column: str) -> str:
    if column in _INTEGERS:
        return "INTEGER"
    if column in ("lon", "lat"):
        return "REAL"
    if column == "control_agrees":
        return "BOOLEAN"
    return "DATE" if column in DATE_COLUMNS else "TEXT"


def write_gpkg(path: str, chunks: Iterable[dict], meta: dict, *, circles: bool = False,
               layer: str = "incidents") -> None:
    """Write the layers of :func:`to_gpkg` to ``path`` (an empty or new file)."""
    from ..store.gpkg import create_core, create_feature_table, create_rtree_triggers

    layers = [(layer, False)] + ([(f"{layer}_uncertainty", True)] if circles else [])
    description = f"{meta['title']}. Sources: " + "; ".join(
        f"{a['name']} ({a['license']})" for a in meta["attribution"])
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # A temporary file, read out once: no journal, no waiting for the disk.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB: the R-tree's pages stay in memory
        conn.execute("BEGIN")
        create_core(conn, user_version=GPKG_1_2)
        ddl = ", ".join(f'"{c}" {_kind(c)}' for c in COLUMNS)
        for name, as_circles in layers:
            create_feature_table(conn, name, ddl, geometry_type="POLYGON" if as_circles else "POINT",
                                 description=description, triggers=False)
        marks = ", ".join("?" * (len(COLUMNS) + 2))
        names = ", ".join(f'"{c}"' for c in ("fid", "geom", *COLUMNS))
        extent: dict[str, list] = {name: [] for name, _ in layers}
        fid = 0
        for columns in chunks:
            n = len(columns["id"])
            values = [columns[c] for c in COLUMNS]
            for name, as_circles in layers:
                blobs, boxes = _geometries(columns, as_circles, fid)
                conn.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({marks})',
                                 zip(range(fid + 1, fid + n + 1), blobs, *values))
                # In x order: neighbours go to the same R-tree nodes.
                conn.executemany(f'INSERT INTO "rtree_{name}_geom" VALUES (?, ?, ?, ?, ?)',
                                 sorted(boxes, key=lambda b: b[1]))
                if boxes:
                    extent[name].append(tuple(f(b[k] for b in boxes) for f, k in
                                              ((min, 1), (min, 3), (max, 2), (max, 4))))
            fid += n
        for name, _ in layers:
            create_rtree_triggers(conn, name)  # after the load: the index is already filled
            boxes = extent[name]
            if boxes:
                conn.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, "
                             "max_y = ? WHERE table_name = ?",
                             (min(b[0] for b in boxes), min(b[1] for b in boxes),
                              max(b[2] for b in boxes), max(b[3] for b in boxes), name))
        _layer_metadata(conn, [name for name, _ in layers], meta)
        conn.execute("COMMIT")
    finally:
        conn.close()


def _geometries(columns: dict, circles: bool, fid: int) -> tuple[list, list]:
    """The GeoPackage geometry of each row (None: no point) and the R-tree box of each placed
    one: ``(fid, minx, maxx, miny, maxy)``, the rows numbered from ``fid + 1``."""
    from ..store.geometry import encode_point, encode_with_envelope

    lons, lats = columns["lon"], columns["lat"]
    blobs: list = [None] * len(lons)
    boxes = []
    located = [i for i, (x, y) in enumerate(zip(lons, lats)) if x is not None and y is not None]
    if not circles:
        for i in located:
            blobs[i] = encode_point(lons[i], lats[i])
            boxes.append((fid + i + 1, lons[i], lons[i], lats[i], lats[i]))
        return blobs, boxes
    import shapely

    rings = circle_rings([lons[i] for i in located], [lats[i] for i in located],
                         [columns["radius_m"][i] or 1 for i in located])
    polygons = shapely.polygons(rings)
    bounds = shapely.bounds(polygons).tolist()
    for i, wkb, (x0, y0, x1, y1) in zip(located, shapely.to_wkb(polygons, byte_order=1), bounds):
        blobs[i] = encode_with_envelope(wkb, (x0, x1, y0, y1))
        boxes.append((fid + i + 1, x0, x1, y0, y1))
    return blobs, boxes


def _layer_metadata(conn: sqlite3.Connection, layers: list[str], meta: dict) -> None:
    """The layers' title, notes, time, query and attribution, in the metadata extension as
    GDAL writes layer metadata (what ``ogrinfo`` and QGIS show)."""
    items = {"attribution": json.dumps(meta["attribution"], ensure_ascii=False),
             "generated": meta["generated"], "notes": meta["notes"],
             "query": json.dumps(meta["query"], ensure_ascii=False), "title": meta["title"]}
    xml = ("<GDALMultiDomainMetadata>\n  <Metadata>\n"
           + "".join(f"    <MDI key={quoteattr(k)}>{escape(v)}</MDI>\n" for k, v in items.items())
           + "  </Metadata>\n</GDALMultiDomainMetadata>\n")
    conn.execute("CREATE TABLE gpkg_metadata (id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC NOT NULL, "
                 "md_scope TEXT NOT NULL DEFAULT 'dataset', md_standard_uri TEXT NOT NULL, "
                 "mime_type TEXT NOT NULL DEFAULT 'text/xml', metadata TEXT NOT NULL DEFAULT '')")
    conn.execute("CREATE TABLE gpkg_metadata_reference (reference_scope TEXT NOT NULL, "
                 "table_name TEXT, column_name TEXT, row_id_value INTEGER, timestamp DATETIME NOT "
                 "NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), md_file_id INTEGER NOT NULL, "
                 "md_parent_id INTEGER, CONSTRAINT crmr_mfi_fk FOREIGN KEY (md_file_id) "
                 "REFERENCES gpkg_metadata(id), CONSTRAINT crmr_mpi_fk FOREIGN KEY (md_parent_id) "
                 "REFERENCES gpkg_metadata(id))")
    for table in ("gpkg_metadata", "gpkg_metadata_reference"):
        conn.execute("INSERT INTO gpkg_extensions VALUES (?, NULL, 'gpkg_metadata', ?, "
                     "'read-write')", (table, _METADATA_EXTENSION))
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    for i, name in enumerate(layers, start=1):
        conn.execute("INSERT INTO gpkg_metadata VALUES (?, 'dataset', 'http://gdal.org', "
                     "'text/xml', ?)", (i, xml))
        conn.execute("INSERT INTO gpkg_metadata_reference VALUES ('table', ?, NULL, NULL, ?, ?, "
                     "NULL)", (name, stamp, i))


def gpkg_bytes(layers: Sequence[tuple], *, layer_meta: dict, description: str) -> bytes:
    """A GeoPackage file of ``(name, GeoDataFrame)`` layers, as bytes (written to a temporary
    file, read back, removed), each with ``layer_meta`` and ``description``."""
    fd, path = tempfile.mkstemp(suffix=".gpkg")
    os.close(fd)
    os.unlink(path)
    try:
        for name, gdf in layers:
            # GeoPackage 1.2: read by every GDAL/QGIS in use (1.4 warns in older GDAL).
            gdf.to_file(path, layer=name, driver="GPKG", engine="pyogrio", metadata=layer_meta,
                        use_arrow=True,
                        dataset_options={"VERSION": "1.2"},
                        layer_options={"DESCRIPTION": description})
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        if os.path.exists(path):
            os.unlink(path)
