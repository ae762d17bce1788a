"""Front lines: the distance from a point to the nearest area held by another force on a day.

The tessellation's atoms never change; only their labels do. So the edges
between atoms are found once (:class:`FrontLines`), each with the atom on
either side, and for a *label state* (the force of every atom, which changes
only on the dataset's change days) and a force F the lines that matter are the
edges with an atom of another known force ("the others") on exactly one side:

* an edge between F and G (G known, G != F) - a front line;
* an edge between G and an unknown atom, or the country's outline - the edge
  of G's area, which a point can be nearest to (across a gap or a bay);
* an edge between G and H (both not F) lies *inside* the others' area and can
  never be nearer than its edge, so it is dropped; so is an edge between two
  atoms that carry the same force in every state.

**Exactness.** A point of force F lies outside the others' area, so its distance
to that area is its distance to the area's boundary, which is what the kept
edges are. Two atoms share an edge when their segments are identical; where a
sub-district's edge is cut at different places on its two sides, each loose
segment is first split at the other atoms' vertices that lie within
``SNAP_M`` (5 cm) of it. An edge that stays unmatched is kept with an open
side (it lies on or inside the area, so it can only add lines that never change
the minimum). Splitting moves a line by at most ``SNAP_M``, so the answer equals
the distance to the union of the other forces' atoms to within 5 cm
(``tests/test_control_index.py`` checks this against whole polygons). Distances
are measured on the azimuthal equidistant plane of the atoms in metres (within
0.1 % of great-circle distance across the country).

Each edge set goes into an ``STRtree`` of short lines (runs of at most
``MAX_RUN`` segments with the same two sides, at most ``MAX_SEGMENT_M`` long)
taken from one shared array, so a tree costs only its index (about 80 bytes
an item; about 2,500 items for a state of the bundled dataset) and a nearest
query touches a few short lines.

>>> lines = FrontLines(tess.geoms_m)                       # doctest: +SKIP
>>> tree = lines.tree(codes, force=3)                      # doctest: +SKIP
>>> tree.query_nearest(point, return_distance=True)        # doctest: +SKIP
"""

from __future__ import annotations

import numpy as np
import shapely

__all__ = ["FrontLines", "MAX_SEGMENT_M", "NODE_CAPACITY", "SNAP_M"]

MAX_SEGMENT_M = 3000.0  # longest tree item: long edges are cut so that envelopes stay tight
MAX_RUN = 32  # most segments in one tree item (a short line along one edge)
SNAP_M = 0.05  # metres: a vertex this close to another atom's edge is taken to lie on it
# Children of a node of a front tree. GEOS' default (10) makes a nearest query measure the
# distance to many more lines than it keeps; 4 cut the query's time by about a third for
# 5 % more memory (bench points, issue 15; 2 was no faster and took 40 % more memory). The
# answer cannot change: the tree's shape decides only the order in which lines are measured.
NODE_CAPACITY = 4


class FrontLines:
    """The edges between atoms (metres), each with the atoms on its two sides.

    Parameters
    ----------
    geoms_m
        The atoms on the equidistant plane, in atom order.
    codes_over_time
        Optional ``(states, atoms)`` array of force codes: edges whose two atoms
        carry the same code in every state can never be a front and are dropped.
    """

    def __init__(self, geoms_m: np.ndarray, codes_over_time: np.ndarray | None = None):
        parts, part_atom = shapely.get_parts(geoms_m, return_index=True)  # MultiPolygons
        rings, ring_part = shapely.get_rings(parts, return_index=True)
        xy, ring_of = shapely.get_coordinates(rings, return_index=True)
        same = ring_of[1:] == ring_of[:-1]
        a, b = xy[:-1][same], xy[1:][same]  # every ring segment, in ring order
        atom = part_atom[ring_part][ring_of[:-1][same]].astype(np.int32)
        ring = ring_of[:-1][same]
        keep = np.any(a != b, axis=1)
        a, b, atom, ring = a[keep], b[keep], atom[keep], ring[keep]
        partner = _partners(a, b, atom)
        # Neighbours cut along a shared boundary at different places (a sub-district's
        # edge is cut where its own cells meet it, not where the neighbour's do): split
        # each unmatched segment at the other atoms' vertices that lie on it (within
        # SNAP_M), then match again.
        a, b, atom, ring = _split_at_vertices(a, b, atom, ring, partner < 0)
        partner = _partners(a, b, atom)
        mine = (partner < 0) | (atom < partner)
        if codes_over_time is not None and len(codes_over_time):
            # An edge between two atoms that carry the same force in every state is never a
            # front (nor the edge of an area).
            c = np.asarray(codes_over_time)
            pairs, inv = np.unique(np.column_stack([atom, np.maximum(partner, 0)]), axis=0,
                                   return_inverse=True)
            differ = np.any(c[:, pairs[:, 0]] != c[:, pairs[:, 1]], axis=0)
            mine &= (partner < 0) | differ[inv.reshape(-1)]
        # Consecutive kept segments of one ring with the same two sides are kept or dropped
        # together in every state: join them into short lines (fewer, cheaper tree items).
        side_a = np.where(partner < 0, atom, np.minimum(atom, partner))
        side_b = np.where(partner < 0, -1, np.maximum(atom, partner))
        idx = np.flatnonzero(mine)
        a, b, ring, side_a, side_b = a[idx], b[idx], ring[idx], side_a[idx], side_b[idx]
        length = np.hypot(*(b - a).T)
        brk = np.r_[True, (idx[1:] != idx[:-1] + 1) | (ring[1:] != ring[:-1])
                    | (side_a[1:] != side_a[:-1]) | (side_b[1:] != side_b[:-1])]
        brk |= length > MAX_SEGMENT_M
        brk[1:] |= length[:-1] > MAX_SEGMENT_M
        run = np.cumsum(brk) - 1
        # ... of at most MAX_RUN segments, each starting within MAX_SEGMENT_M of its line's start.
        start = np.flatnonzero(brk)
        pos = np.arange(len(run)) - start[run]
        cum = np.cumsum(length)
        along = cum - length - (cum - length)[start][run]
        sub = np.maximum(pos // MAX_RUN, (along // MAX_SEGMENT_M).astype(np.int64))
        brk2 = np.r_[True, (run[1:] != run[:-1]) | (sub[1:] != sub[:-1])]
        run = np.cumsum(brk2) - 1
        first_of = np.flatnonzero(brk2)
        # Line vertices: each run's start points plus its last end point.
        last_of = np.r_[first_of[1:], len(run)] - 1
        pts = np.concatenate([a, b[last_of]])
        pid = np.concatenate([run, run[last_of]])
        pkey = np.concatenate([np.arange(len(run)), last_of + 0.5])
        o = np.lexsort((pkey, pid))
        lines = shapely.linestrings(pts[o], indices=pid[o])
        self.side_a = side_a[first_of].astype(np.int32)
        self.side_b = side_b[first_of].astype(np.int32)
        # A single segment longer than MAX_SEGMENT_M is cut into straight pieces.
        long_ = np.flatnonzero((shapely.get_num_points(lines) == 2)
                               & (shapely.length(lines) > MAX_SEGMENT_M * 1.000001))
        if len(long_):
            n = np.ceil(shapely.length(lines[long_]) / MAX_SEGMENT_M).astype(np.int64)
            cuts = [shapely.line_interpolate_point(lines[i], np.linspace(0, 1, m + 1),
                                                   normalized=True) for i, m in zip(long_, n)]
            pieces = [shapely.linestrings(np.column_stack([
                shapely.get_coordinates(c)[:-1], shapely.get_coordinates(c)[1:]]).reshape(-1, 2, 2))
                for c in cuts]
            rest = np.setdiff1d(np.arange(len(lines)), long_)
            reps = np.repeat(long_, n)
            lines = np.concatenate([lines[rest]] + pieces)
            self.side_a = np.concatenate([self.side_a[rest], self.side_a[reps]])
            self.side_b = np.concatenate([self.side_b[rest], self.side_b[reps]])
        self.segments = lines
        self.n_atoms = len(geoms_m)

    def __len__(self) -> int:
        return len(self.segments)

    def tree(self, codes: np.ndarray, force: int) -> shapely.STRtree | None:
        """The segments bounding the area of every known force but ``force``.

        ``codes`` holds each atom's force code in the state (negative: unknown);
        ``force`` is the point's own code (negative for an explicit UNKNOWN period,
        whose "others" are then every known force). None when no other force holds
        anything.
        """
        others = (codes >= 0) & (codes != force)
        if not others.any():
            return None
        a = others[self.side_a]
        b = np.where(self.side_b >= 0, others[np.maximum(self.side_b, 0)], False)
        keep = np.flatnonzero(a != b)
        return (shapely.STRtree(self.segments[keep], node_capacity=NODE_CAPACITY) if len(keep)
                else None)


def _partners(a: np.ndarray, b: np.ndarray, atom: np.ndarray) -> np.ndarray:
    """For each segment, the other atom that has the identical segment (either direction).

    Exactly two copies from two different atoms make an edge with two sides. Anything
    else (one copy: the outline, or vertices that do not match; three or more copies or
    two of one atom: a damaged shape) is -1: every copy kept with an open side, which can
    only add lines on or inside an area, never hide one.
    """
    swap = (a[:, 0] > b[:, 0]) | ((a[:, 0] == b[:, 0]) & (a[:, 1] > b[:, 1]))
    lo = np.where(swap[:, None], b, a)
    hi = np.where(swap[:, None], a, b)
    order = np.lexsort((hi[:, 1], hi[:, 0], lo[:, 1], lo[:, 0]))
    k = np.column_stack([lo, hi])[order]
    first = np.r_[True, np.any(k[1:] != k[:-1], axis=1)]
    size = np.bincount(np.cumsum(first) - 1)
    ao = atom[order]
    pf = np.flatnonzero(first)[size == 2]
    pf = pf[ao[pf] != ao[pf + 1]]
    partner = np.full(len(a), -1, dtype=np.int32)
    partner[order[pf]] = ao[pf + 1]
    partner[order[pf + 1]] = ao[pf]
    return partner


def _split_at_vertices(a, b, atom, ring, loose):
    """Split the ``loose`` segments at every ring vertex within ``SNAP_M`` of them (not at
    their own ends); the pieces keep ring order. Moves no line by more than ``SNAP_M``."""
    sg = np.flatnonzero(loose)
    if not len(sg):
        return a, b, atom, ring
    # A vertex that lies inside another atom's segment ends two unmatched segments of its
    # own atom, so the loose segments' ends are the only candidates.
    verts = np.unique(np.concatenate([a[sg], b[sg]]), axis=0)
    tree = shapely.STRtree(shapely.linestrings(np.stack([a[sg], b[sg]], axis=1)))
    vi, li = tree.query(shapely.points(verts), predicate="dwithin", distance=SNAP_M)
    seg, v = sg[li], verts[vi]
    far = (np.hypot(*(v - a[seg]).T) > SNAP_M) & (np.hypot(*(v - b[seg]).T) > SNAP_M)
    seg, v = seg[far], v[far]
    if not len(seg):
        return a, b, atom, ring
    d = b[seg] - a[seg]
    t = np.einsum("ij,ij->i", v - a[seg], d) / np.einsum("ij,ij->i", d, d)
    o = np.lexsort((t, seg))
    seg, v = seg[o], v[o]
    counts = np.bincount(seg, minlength=len(a))
    pos = np.cumsum(counts + 1) - (counts + 1)  # where each segment's first piece goes
    j = np.arange(len(seg)) - (np.cumsum(counts) - counts)[seg]
    n = len(a) + len(seg)
    start, end = np.empty((n, 2)), np.empty((n, 2))
    start[pos] = a
    end[pos + counts] = b
    start[pos[seg] + j + 1] = v
    end[pos[seg] + j] = v
    return start, end, np.repeat(atom, counts + 1), np.repeat(ring, counts + 1)
