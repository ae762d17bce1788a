"""GeoJSON export (RFC 7946: WGS84, no ``crs``, counter-clockwise exteriors), also streamed."""

from __future__ import annotations

import json
from typing import Iterable, Iterator, Sequence

import orjson

from .geometry import circle_rings
from .metadata import metadata
from .records import rows_of

__all__ = ["to_geojson", "geojson_chunks"]


def _features(rows: Sequence[dict], circles: bool) -> list[dict]:
    """One Feature per row: its point, or its uncertainty circle; no geometry when unplaced."""
    located = [i for i, r in enumerate(rows) if r["lon"] is not None and r["lat"] is not None]
    geometry: list = [None] * len(rows)
    if circles:
        rings = circle_rings([rows[i]["lon"] for i in located], [rows[i]["lat"] for i in located],
                             [rows[i]["radius_m"] or 1 for i in located])
        for i, ring in zip(located, rings.tolist()):
            geometry[i] = {"type": "Polygon", "coordinates": [ring]}
    else:
        for i in located:
            geometry[i] = {"type": "Point", "coordinates": [rows[i]["lon"], rows[i]["lat"]]}
    return [{"type": "Feature", "id": row["id"], "geometry": g, "properties": row}
            for row, g in zip(rows, geometry)]


def to_geojson(rows: Sequence[dict], *, circles: bool = False, title: str = "Incidents",
               query: dict | None = None) -> dict:
    """An RFC 7946 FeatureCollection (no ``crs``; attribution in ``metadata``)."""
    return {"type": "FeatureCollection",
            "metadata": metadata(rows, title=title, query=query, circles=circles),
            "features": _features([dict(r) for r in rows], circles)}


def geojson_chunks(chunks: Iterable[dict], meta: dict, *, circles: bool = False) -> Iterator[bytes]:
    """The FeatureCollection of :func:`to_geojson` as UTF-8, written a chunk at a time (each
    the export's columns, :func:`~geo.export.records.export_columns`; ``meta``: its
    :func:`~geo.export.metadata.metadata`, first in the document)."""
    head = json.dumps({"type": "FeatureCollection", "metadata": meta}, ensure_ascii=False)
    yield (head[:-1] + ', "features": [').encode("utf-8")
    first = True
    for columns in chunks:
        rows = rows_of(columns)
        if rows:
            if not first:
                yield b","
            first = False
            # One call per chunk: orjson writes the list as UTF-8, its brackets cut off.
            yield dumps(_features(rows, circles))[1:-1]
    yield b"]}"


def dumps(value) -> bytes:
    """``value`` as compact UTF-8 JSON: orjson (ten times the standard library), or the
    standard library for what orjson refuses (an integer beyond 64 bits)."""
    try:
        return orjson.dumps(value)
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
