"""Governorate and district boundaries, labelled in English and Arabic.

With these the map reads without any tile server. Geometries are simplified
and rounded so that all 14 governorates and 62 districts weigh about 70 kB.

>>> from geo.reference import load                     # doctest: +SKIP
>>> BoundaryLayer(load().adm1, "adm1").layer_name       # doctest: +SKIP
'Governorates'
"""

from __future__ import annotations

import numpy as np
import shapely

from .base import IncMapLayer

__all__ = ["boundary_geojson", "boundary_labels", "BoundaryLayer"]

LEVELS = {
    # level: (layer name, tolerance in degrees, line colour, weight, labels from zoom)
    "adm1": ("Governorates", 0.01, "#333333", 2.0, 6),
    "adm2": ("Districts", 0.005, "#777777", 0.8, 8),
}


def boundary_geojson(frame, tolerance: float = 0.01, digits: int = 4) -> dict:
    """A simplified FeatureCollection of admin units with ``pcode``, ``name_en``, ``name_ar``.

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        A level of :class:`geo.reference.Reference` (``adm1``, ``adm2`` ...).
    tolerance : float
        Douglas-Peucker tolerance in degrees (0.01° ≈ 1 km).

    Examples
    --------
    >>> boundary_geojson(ref.adm1)["features"][0]["properties"]["pcode"]   # doctest: +SKIP
    'SY01'
    """
    geoms = shapely.simplify(np.asarray(frame.geometry.values), tolerance, preserve_topology=True)
    geoms = shapely.transform(geoms, lambda xy: np.round(xy, digits))
    features = []
    for (pcode, en, ar), geom in zip(frame[["pcode", "name_en", "name_ar"]].itertuples(index=False), geoms):
        if geom is None or geom.is_empty:
            continue
        features.append({"type": "Feature",
                         "properties": {"pcode": str(pcode), "name_en": str(en), "name_ar": str(ar or "")},
                         "geometry": shapely.geometry.mapping(geom)})
    return {"type": "FeatureCollection", "features": features}


def boundary_labels(frame) -> list[dict]:
    """One label point per unit, inside the unit (a point on surface, not the centroid)."""
    points = shapely.point_on_surface(np.asarray(frame.geometry.values))
    return [{"pcode": str(p), "name_en": str(en), "name_ar": str(ar or ""),
             "lon": round(float(pt.x), 4), "lat": round(float(pt.y), 4)}
            for (p, en, ar), pt in zip(frame[["pcode", "name_en", "name_ar"]].itertuples(index=False), points)]


class BoundaryLayer(IncMapLayer):
    """Outlines of one admin level with English/Arabic labels shown from a zoom level on.

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        ``Reference.adm1`` or ``Reference.adm2``.
    level : str
        ``"adm1"`` or ``"adm2"``.
    """

    factory = "boundaryLayer"

    def __init__(self, frame, level: str, show: bool = True, name: str | None = None):
        if level not in LEVELS:
            raise ValueError(f"unknown boundary level {level!r}; use adm1 or adm2")
        label, tolerance, colour, weight, label_zoom = LEVELS[level]
        options = {"level": level, "data": boundary_geojson(frame, tolerance),
                   "labels": boundary_labels(frame), "colour": colour, "weight": weight,
                   "label_min_zoom": label_zoom}
        super().__init__(options, name=name or label, overlay=True, show=show)
