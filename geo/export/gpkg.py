"""GeoPackage export: a point layer (and its uncertainty circles), attribution as metadata.

Written by GDAL (``pyogrio.write_arrow``) from Arrow record batches, a chunk of rows at a
time, into a temporary file that is then read out in blocks and removed: an export of any
size holds one chunk of rows in memory (and GDAL the boxes of its spatial index, which it
builds faster than SQLite's R-tree module takes them one by one: a third less time than
writing the file with :mod:`sqlite3`). With circles the selection is read twice, once per
layer. Dates are DATE columns, counts 64-bit integers, ``control_agrees`` a boolean;
GeoPackage 1.2 (read by every GDAL/QGIS in use).
"""

from __future__ import annotations

import json
import os
import tempfile
from typing import Callable, Iterable, Iterator, Sequence

from .geometry import circle_rings
from .metadata import metadata
from .records import COLUMNS, DATE_COLUMNS, columns_of

__all__ = ["to_gpkg", "gpkg_chunks", "gpkg_bytes"]

_INTEGERS = ("killed", "children", "women", "injured", "deaths_total", "deaths_low", "deaths_high",
             "radius_m", "location_precision")
_BLOCK = 1 << 20  # bytes of the written file read out at once


def to_gpkg(rows: Sequence[dict], *, circles: bool = False, layer: str = "incidents",
            title: str = "Incidents", query: dict | None = None) -> bytes:
    """A GeoPackage: layer ``layer`` of points, and ``<layer>_uncertainty`` circles if asked.

    The attribution and notes are stored as layer metadata.
    """
    meta = metadata(rows, title=title, query=query, circles=circles)
    return b"".join(gpkg_chunks(lambda: [columns_of(rows)], meta, circles=circles, layer=layer))


def gpkg_chunks(chunks: Callable[[], Iterable[dict]], meta: dict, *, circles: bool = False,
                layer: str = "incidents") -> Iterator[bytes]:
    """The GeoPackage of :func:`to_gpkg`, in blocks: ``chunks()`` gives the export's columns
    (:func:`~geo.export.records.export_columns`) a chunk at a time (called once per layer),
    written to a temporary file, read out, removed."""
    fd, path = tempfile.mkstemp(suffix=".gpkg", prefix="incmap-export-")
    os.close(fd)
    os.unlink(path)  # GDAL creates it
    try:
        write_gpkg(path, chunks, meta, circles=circles, layer=layer)
        with open(path, "rb") as fh:
            while block := fh.read(_BLOCK):
                yield block
    finally:
        if os.path.exists(path):
            os.unlink(path)


def write_gpkg(path: str, chunks: Callable[[], Iterable[dict]], meta: dict, *,
               circles: bool = False, layer: str = "incidents") -> None:
    """Write the layers of :func:`to_gpkg` to ``path``, a chunk at a time."""
    import pyarrow as pa
    import pyogrio

    layer_meta = {"title": meta["title"], "notes": meta["notes"], "generated": meta["generated"],
                  "attribution": json.dumps(meta["attribution"], ensure_ascii=False),
                  "query": json.dumps(meta["query"], ensure_ascii=False)}
    description = f"{meta['title']}. Sources: " + "; ".join(
        f"{a['name']} ({a['license']})" for a in meta["attribution"])
    schema = _schema()
    for name, as_circles in [(layer, False)] + ([(f"{layer}_uncertainty", True)] if circles else []):
        batches = (_batch(columns, schema, as_circles) for columns in chunks())
        pyogrio.write_arrow(pa.RecordBatchReader.from_batches(schema, batches), path, layer=name,
                            driver="GPKG", geometry_name="geometry",
                            geometry_type="Polygon" if as_circles else "Point",
                            crs="EPSG:4326", layer_metadata=layer_meta,
                            # GeoPackage 1.2: read by every GDAL/QGIS in use (1.4 warns in older GDAL).
                            dataset_options={"VERSION": "1.2"},
                            layer_options={"DESCRIPTION": description})


def _schema():
    import pyarrow as pa

    def kind(column: str):
        if column in _INTEGERS:
            return pa.int64()
        if column in ("lon", "lat"):
            return pa.float64()
        if column == "control_agrees":
            return pa.bool_()
        if column in DATE_COLUMNS:
            return pa.date32()
        return pa.string()

    return pa.schema([*(pa.field(c, kind(c)) for c in COLUMNS), pa.field("geometry", pa.binary())])


def _batch(columns: dict, schema, circles: bool):
    """One Arrow record batch: the columns, and the points (or circles) as WKB."""
    import numpy as np
    import pyarrow as pa
    import shapely

    arrays = []
    for field in schema:
        if field.name == "geometry":
            continue
        values = columns[field.name]
        if field.type == pa.string():
            arrays.append(pa.array([v if v is None or v.__class__ is str else str(v)
                                    for v in values], pa.string()))
        elif field.type == pa.date32():  # ISO text: Arrow parses it
            arrays.append(pa.array(values, pa.string()).cast(pa.date32()))
        else:
            arrays.append(pa.array(values, field.type))
    lons, lats = columns["lon"], columns["lat"]
    located = [i for i, (x, y) in enumerate(zip(lons, lats)) if x is not None and y is not None]
    wkb = np.full(len(lons), None, dtype=object)
    if located:
        xs, ys = [lons[i] for i in located], [lats[i] for i in located]
        if circles:
            radii = [columns["radius_m"][i] or 1 for i in located]
            shapes = shapely.polygons(circle_rings(xs, ys, radii))
        else:
            shapes = shapely.points(xs, ys)
        wkb[located] = shapely.to_wkb(shapes)
    arrays.append(pa.array(wkb, pa.binary()))
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


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
