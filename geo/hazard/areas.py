"""Grouping explosive incidents into suspected hazard areas, and drawing the areas.

Two incidents belong to one area when their uncertainty circles come within
the planner's distance ``d`` of each other: ``|p_i - p_j| <= d + r_i + r_j``
(``r`` the incident's uncertainty radius, in metres, measured in UTM zone 37N,
EPSG:32637). Areas are the connected groups of that relation. An area is
drawn as the union of one disc per incident, of radius ``r_i + d / 2``:

* linked incidents' discs meet, so an area is one piece;
* discs of two different areas never meet (they would be linked), so the
  areas are disjoint and every incident lies inside exactly one of them;
* the disc polygons are inscribed in the true circles (their vertices lie on
  them), which keeps both properties after drawing.

The work is vectorised (shapely 2): identical locations (many incidents share
a village's point) are counted once, a disc inside a larger one joins it
without a search of its own, neighbours come from one ``STRtree`` query with a
per-point search distance, components from label propagation
with pointer jumping (numpy), and each area's discs are unioned on their own.

>>> labels = group_points(np.array([0., 1000, 50_000]), np.array([0., 0, 0]),
...                       np.array([100., 100, 100]), distance_m=1000)
>>> labels.tolist()
[0, 0, 2]
"""

from __future__ import annotations

import hashlib
from typing import Iterable

import numpy as np
import shapely

__all__ = ["group_points", "area_polygons", "area_id", "candidate_pairs", "UTM_EPSG",
           "QUAD_SEGS", "to_utm", "to_wgs84"]

UTM_EPSG = 32637  # UTM zone 37N: metres, spans Syria with little distortion
QUAD_SEGS = 16  # disc polygons of 64 vertices: within 0.13 % of the circle's radius


def to_utm(lons, lats) -> tuple[np.ndarray, np.ndarray]:
    """Longitude/latitude -> UTM 37N metres."""
    from pyproj import Transformer

    tr = Transformer.from_crs(4326, UTM_EPSG, always_xy=True)
    x, y = tr.transform(np.asarray(lons, float), np.asarray(lats, float))
    return np.asarray(x), np.asarray(y)


def to_wgs84(geoms: np.ndarray) -> np.ndarray:
    """UTM 37N geometries -> WGS84, polygons oriented for RFC 7946 (exterior counter-clockwise)."""
    from pyproj import Transformer

    tr = Transformer.from_crs(UTM_EPSG, 4326, always_xy=True)
    out = shapely.transform(geoms, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
    out = shapely.set_precision(out, 1e-7)  # ~1 cm: exports write 6-7 decimals
    bad = ~shapely.is_valid(out)
    if bad.any():
        out[bad] = shapely.make_valid(out[bad])
    return shapely.orient_polygons(out)


def group_points(x: np.ndarray, y: np.ndarray, r: np.ndarray, *, distance_m: float) -> np.ndarray:
    """The area label of each point: the smallest index of its connected group.

    ``x``, ``y`` in metres; ``r`` uncertainty radii in metres; two points are
    linked when ``dist <= distance_m + r_i + r_j``.
    """
    n = len(x)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    # Identical (x, y, r) are one point for the search.
    first, inv = _distinct(x, y, r)
    ux, uy, ur = x[first], y[first], r[first]
    # Linked <=> the discs of radius r + d/2 meet. A disc inside a larger one is linked to it,
    # and whatever meets it meets the larger one: only the uncovered discs need the pair
    # search (a village's 2 km circles inside its 10 km "near" one), the others join their
    # cover. Where incidents are dense this removes most of the pairs.
    cover = _cover(ux, uy, ur + distance_m / 2)
    top = np.flatnonzero(cover < 0)
    i, j = candidate_pairs(ux[top], uy[top], ur[top], distance_m=distance_m)
    i, j = top[i], top[j]
    keep = i != j  # a pair may be found from either side: keep both directions
    i, j = i[keep], j[keep]
    d = np.hypot(ux[i] - ux[j], uy[i] - uy[j])
    keep = d <= distance_m + ur[i] + ur[j]
    inside = np.flatnonzero(cover >= 0)
    labels_u = _components(len(ux), np.r_[i[keep], inside], np.r_[j[keep], cover[inside]])
    # Label = the smallest original index in the group (stable whatever the order of uniq).
    low = np.full(len(ux), n, dtype=np.int64)
    np.minimum.at(low, labels_u[inv], np.arange(n))
    return low[labels_u[inv]]


def candidate_pairs(x: np.ndarray, y: np.ndarray, r: np.ndarray, *,
                    distance_m: float) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of (distinct) points the grouping examines: those within ``distance_m + 2 r``
    of each other, ``r`` the radius of either. Their number is the grouping's work and
    memory (two int64 per pair); it grows with the square of the distance where points are
    dense, which is why the distance has a maximum (``MAX_DISTANCE_M``).

    >>> i, j = candidate_pairs(np.array([0., 3000]), np.array([0., 0]), np.array([1000., 1000]),
    ...                        distance_m=1000)
    >>> sorted(zip(i.tolist(), j.tolist()))
    [(0, 0), (0, 1), (1, 0), (1, 1)]
    """
    pts = shapely.points(x, y)
    # Each pair is found from its point with the larger radius: d + r_i + r_j <= d + 2 r_max.
    return shapely.STRtree(pts).query(pts, predicate="dwithin", distance=distance_m + 2 * r)


def _distinct(x: np.ndarray, y: np.ndarray, r: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points equal to the metre (position and radius): the first index of each distinct
    one, and each point's distinct number. One int64 key each (x < 2^21 m, y < 2^23 m,
    r < 2^20 m: UTM 37N over Syria), so the sort is one-dimensional."""
    xi = np.clip(np.round(x), 0, (1 << 21) - 1).astype(np.int64)
    yi = np.clip(np.round(y), 0, (1 << 23) - 1).astype(np.int64)
    ri = np.clip(np.round(r), 0, (1 << 19) - 1).astype(np.int64)
    _, first, inv = np.unique((xi << 42) | (yi << 19) | ri, return_index=True,
                              return_inverse=True)
    return first, inv.reshape(-1)


def _components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Connected components of the graph with edges (i, j): a root index per node."""
    labels = np.arange(n)
    if not len(i):
        return labels
    while True:
        li, lj = labels[i], labels[j]
        low = np.minimum(li, lj)
        new = labels.copy()
        # Hook each side's root onto the lower label, then jump pointers to the roots.
        np.minimum.at(new, li, low)
        np.minimum.at(new, lj, low)
        while True:
            nxt = new[new]
            if np.array_equal(nxt, new):
                break
            new = nxt
        if np.array_equal(new, labels):
            return labels
        labels = new


def area_polygons(x: np.ndarray, y: np.ndarray, r: np.ndarray, labels: np.ndarray, *,
                  distance_m: float) -> tuple[np.ndarray, np.ndarray]:
    """One polygon (UTM 37N) per group: the union of discs of radius ``r + distance_m / 2``.

    Returns ``(group labels in ascending order, polygons)``.
    """
    groups = np.unique(labels)
    # One disc per distinct point (a distinct point has one label), grouped by label.
    first, _ = _distinct(x, y, r)
    first = first[np.argsort(labels[first], kind="stable")]
    uniq = np.column_stack([x[first], y[first], r[first], labels[first]])
    uniq = uniq[_cover(uniq[:, 0], uniq[:, 1], uniq[:, 2] + distance_m / 2) < 0]
    discs = shapely.buffer(shapely.points(uniq[:, 0], uniq[:, 1]), uniq[:, 2] + distance_m / 2,
                           quad_segs=QUAD_SEGS)
    ulab = uniq[:, 3].astype(np.int64)
    pos = np.searchsorted(groups, ulab)
    counts = np.bincount(pos, minlength=len(groups))
    polys = np.empty(len(groups), dtype=object)
    single = counts == 1
    first = np.r_[0, np.cumsum(counts)[:-1]]
    polys[single] = discs[first[single]]
    for g in np.flatnonzero(~single).tolist():
        polys[g] = shapely.union_all(discs[first[g]:first[g] + counts[g]])
    return groups, polys


def _cover(x: np.ndarray, y: np.ndarray, radius: np.ndarray) -> np.ndarray:
    """For each disc, a larger disc that holds it, or -1. A disc inside another adds nothing
    to the union (a village's 2 km circle inside a 10 km one) nor to the grouping.

    >>> _cover(np.array([0., 500, 9000]), np.array([0., 0, 0]), np.array([2000., 1000, 500])).tolist()
    [-1, 0, -1]
    """
    pts = shapely.points(x, y)
    # Only a disc larger than the smallest can hold another; search from those alone.
    big = np.flatnonzero(radius > radius.min()) if len(radius) else np.zeros(0, dtype=np.int64)
    j, i = shapely.STRtree(pts).query(pts[big], predicate="dwithin", distance=radius[big])
    j = big[j]
    d = np.hypot(x[i] - x[j], y[i] - y[j])
    inside = (i != j) & (d + radius[i] <= radius[j]) & (radius[i] < radius[j])
    cover = np.full(len(x), -1, dtype=np.int64)
    cover[i[inside]] = j[inside]
    return cover


def area_id(incident_ids: Iterable[str]) -> str:
    """A hazard area's id: ``HA-`` and a hash of its sorted incident ids (the same incidents,
    the same id, whatever the order they were read in).

    >>> area_id(["ucdp:2", "ucdp:1"]) == area_id(["ucdp:1", "ucdp:2"])
    True
    """
    h = hashlib.sha1("\n".join(sorted(incident_ids)).encode("utf-8")).hexdigest()
    return f"HA-{h[:12]}"
