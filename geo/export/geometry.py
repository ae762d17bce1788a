"""Export geometry: points and metric uncertainty circles, RFC 7946 winding."""

from __future__ import annotations

from typing import Sequence

from ..store.geometry import COORD_DIGITS

__all__ = ["UTM_EPSG", "COORD_DIGITS", "circle_rings", "circle_polygons", "row_geometries"]

UTM_EPSG = 32637  # UTM zone 37N: metres, spans Syria (35.7-42.4 E) with little distortion


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


def row_geometries(rows: Sequence[dict], circles: bool) -> list:
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


