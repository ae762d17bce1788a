"""GeoJSON export (RFC 7946: WGS84, no ``crs``, counter-clockwise exteriors)."""

from __future__ import annotations

from typing import Sequence

from .geometry import circle_rings
from .metadata import metadata

__all__ = ["to_geojson"]


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


