"""GeoPackage export: a point layer (and its uncertainty circles), attribution as metadata."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from typing import Sequence

from .geometry import row_geometries
from .metadata import metadata
from .records import COLUMNS, DATE_COLUMNS

__all__ = ["to_gpkg", "gpkg_bytes"]


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
    for col in DATE_COLUMNS:  # written through Arrow as date32: GeoPackage DATE columns
        frame[col] = [dt.date.fromisoformat(v) if isinstance(v, str) else None for v in frame[col]]
    layers = [(layer, gpd.GeoDataFrame(frame, geometry=row_geometries(rows, False),
                                        crs="EPSG:4326"))]
    if circles:
        layers.append((f"{layer}_uncertainty", gpd.GeoDataFrame(
            frame, geometry=row_geometries(rows, True), crs="EPSG:4326")))
    return gpkg_bytes(layers, layer_meta=layer_meta, description=f"{title}. Sources: " + "; ".join(
        f"{a['name']} ({a['license']})" for a in meta["attribution"]))


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
