"""The outline of the atoms: which atom is nearest to a point outside them all, and how far.

A point just outside the country is snapped to the nearest atom (see
:mod:`geo.control.tessellation`). The nearest atom owns the nearest point of the
atoms' *outline* (the edges of their union, holes included: the edges no two atoms
share), so only the outline is searched, cut into short straight segments.

Points are grouped by a coarse bucket (``BUCKET`` degrees). For each bucket met, the
segments that can be nearest to some point in it are found once, from its centre ``c``
and half-diagonal ``r``: if the nearest segment to ``c`` is at ``d``, every point of the
bucket has a segment within ``d + r``, and a segment farther than ``d + 2r`` from ``c``
is farther than that from every point of the bucket. A point is then answered by the
planar distance (in degrees, as GEOS measures it) to each of its bucket's few segments,
in numpy; ties go to the lower segment.

>>> near = Outline.of(tess.geoms)                                  # doctest: +SKIP
>>> atom, km = near.nearest(np.array([35.88]), np.array([34.89]))  # doctest: +SKIP
"""

from __future__ import annotations

import math
import threading

import numpy as np
import shapely

from ..gazetteer import haversine_km

__all__ = ["Outline", "outline_segments"]

PIECE = 0.16  # longest segment (degrees): a long one would match many buckets
BUCKET = 0.01  # bucket size (degrees, about 1 km)


def outline_segments(geoms: np.ndarray, longest: float = PIECE
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(start xy, end xy, index of the geometry) of every segment of the rings of ``geoms``
    that no other ring has (in a clean coverage, the outline of their union), cut into
    pieces of at most ``longest`` degrees."""
    parts, part_of = shapely.get_parts(geoms, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    xy, ring_of = shapely.get_coordinates(rings, return_index=True)
    seg = np.flatnonzero(ring_of[1:] == ring_of[:-1])
    a, b = xy[seg], xy[seg + 1]
    # A shared edge is the same two vertices in both rings (in either direction).
    flip = (a[:, 0] > b[:, 0]) | ((a[:, 0] == b[:, 0]) & (a[:, 1] > b[:, 1]))
    key = np.where(flip[:, None], np.c_[b, a], np.c_[a, b])
    order = np.lexsort(key.T[::-1])
    same = np.all(key[order[1:]] == key[order[:-1]], axis=1)  # each sorted next to its twin
    shared = np.zeros(len(key), dtype=bool)
    shared[order[1:][same]] = shared[order[:-1][same]] = True
    once = ~shared
    a, b, owner = a[once], b[once], part_of[ring_part[ring_of[seg[once]]]]
    pieces = np.maximum(np.ceil(np.hypot(*(b - a).T) / longest), 1).astype(np.int64)
    which = np.repeat(np.arange(len(a)), pieces)
    k = np.arange(len(which)) - np.repeat(np.cumsum(pieces) - pieces, pieces)
    a_w, step = a[which], (b - a)[which] / pieces[which][:, None]
    start = np.where((k == 0)[:, None], a_w, a_w + step * k[:, None])
    end = np.where((k + 1 == pieces[which])[:, None], b[which], a_w + step * (k + 1)[:, None])
    return start, end, owner[which].astype(np.int64)


class Outline:
    """The outline segments of some polygons and their buckets of candidate segments."""

    def __init__(self, start: np.ndarray, end: np.ndarray, owner: np.ndarray):
        self.start, self.end, self.owner = start, end, owner
        self.tree = shapely.STRtree(shapely.linestrings(np.stack([start, end], axis=1)))
        self._buckets: dict[int, np.ndarray] = {}
        self._lock = threading.Lock()

    @classmethod
    def of(cls, geoms: np.ndarray) -> "Outline":
        return cls(*outline_segments(geoms))

    def __len__(self) -> int:
        return len(self.owner)

    def nearest(self, lons: np.ndarray, lats: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The polygon owning the nearest outline point of each point, and the great-circle
        km to that point."""
        n = len(lons)
        if not n or not len(self.owner):
            return np.zeros(n, dtype=np.int64), np.full(n, np.inf)
        bucket = _bucket(lons, lats)
        keys, inverse = np.unique(bucket, return_inverse=True)
        sets = self._candidates(keys)
        counts_b = np.array([len(s) for s in sets], dtype=np.int64)
        flat = np.concatenate(sets).astype(np.int64)
        offsets = np.r_[0, np.cumsum(counts_b)]
        inverse = inverse.reshape(-1)
        counts = counts_b[inverse]
        pt = np.repeat(np.arange(n), counts)
        within = np.arange(len(pt)) - np.repeat(np.cumsum(counts) - counts, counts)
        seg = flat[np.repeat(offsets[inverse], counts) + within]
        px, py = lons[pt], lats[pt]
        ax, ay = self.start[seg, 0], self.start[seg, 1]
        dx, dy = self.end[seg, 0] - ax, self.end[seg, 1] - ay
        length2 = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(length2 > 0, ((px - ax) * dx + (py - ay) * dy) / length2, 0.0)
        t = np.clip(t, 0.0, 1.0)
        qx, qy = ax + t * dx, ay + t * dy
        d2 = (px - qx) ** 2 + (py - qy) ** 2
        # Per point (pairs are grouped by point, segments ascending): the first closest.
        starts = np.cumsum(counts) - counts
        best = np.minimum.reduceat(d2, starts)
        at = np.flatnonzero(d2 == np.repeat(best, counts))
        first = at[np.r_[True, pt[at][1:] != pt[at][:-1]]]
        km = haversine_km(lons, lats, qx[first], qy[first])
        return self.owner[seg[first]], km

    def _candidates(self, keys: np.ndarray) -> list[np.ndarray]:
        """The candidate segments of each bucket (computed once per bucket, kept)."""
        missing = [k for k in keys.tolist() if k not in self._buckets]
        if missing:
            with self._lock:  # a server answers from several threads
                self._fill([k for k in missing if k not in self._buckets])
        return [self._buckets[k] for k in keys.tolist()]

    def _fill(self, keys: list[int]) -> None:
        if not keys:
            return
        k = np.array(keys, dtype=np.int64)
        bx, by = k // _ROWS - _ROWS // 2, k % _ROWS - _ROWS // 2
        centres = shapely.points((bx + 0.5) * BUCKET, (by + 0.5) * BUCKET)
        r = BUCKET * math.sqrt(2) / 2
        (c_i, _), dist = self.tree.query_nearest(centres, return_distance=True,
                                                 all_matches=False)
        d = np.empty(len(keys))
        d[c_i] = dist
        # A little slack over d + 2r: round-off must never drop the nearest segment.
        c_i, s_i = self.tree.query(centres, predicate="dwithin", distance=d + 2 * r + 1e-9)
        order = np.lexsort((s_i, c_i))
        c_i, s_i = c_i[order], s_i[order]
        bounds = np.searchsorted(c_i, np.arange(len(keys) + 1))
        for j, key in enumerate(keys):
            self._buckets[key] = s_i[bounds[j]:bounds[j + 1]].astype(np.int32)


_ROWS = 1 << 14  # buckets numbered column * _ROWS + row, both offset to be positive


def _bucket(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    bx = np.floor(lons / BUCKET).astype(np.int64) + _ROWS // 2
    by = np.floor(lats / BUCKET).astype(np.int64) + _ROWS // 2
    return bx * _ROWS + by
