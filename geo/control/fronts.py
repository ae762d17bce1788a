"""Historic front lines: where two forces met, for how many days, and between whom.

The control index labels the atoms of a fixed tessellation with a force on
every day; its :class:`~geo.control.front.FrontLines` holds every edge between
two atoms (in metres). An edge is a *front* on a day when the atoms on its two
sides carry two different known forces that day (an edge against an unknown
atom or the country's outline is not). Because labels change only on the
dataset's change days, the history of every edge is read epoch by epoch (198
epochs in the bundled dataset) and summed in days, clipped to a date range.

Edges with the same history (the same runs of the same two forces) are joined
into one line (``shapely.line_merge``), and every connected line is a
**segment**: the features of the ``fronts`` export and map layer, each with

* ``id`` -- ``FL-`` and a hash of its history and geometry (stable across rebuilds);
* ``days`` -- how many days in the range it was a front; ``first_date`` / ``last_date``;
* ``forces`` -- the pairs of forces it lay between (``"GOV|ISIS"``) and ``days_by_pair``;
* ``runs`` -- the spans: ``[{"from", "to", "forces": ["GOV", "ISIS"]}, ...]``;
* ``length_km``.

:func:`HistoricFronts.on` gives the lines that were a front on one date; they
coincide with the boundaries between the forces of ``ControlIndex.snapshot``
on that date (``tests/test_fronts.py`` checks a sample of dates).
:meth:`HistoricFronts.nearest` gives, for points or polygons, the distance to
the nearest historic front and how long that front was one.

>>> fronts = HistoricFronts.build(ControlIndex.load())         # doctest: +SKIP
>>> fronts.segments.iloc[0][["id", "forces", "days"]].tolist()  # doctest: +SKIP
['FL-3b1f0c2a9d', 'GOV|OPP', 1612]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

import numpy as np
import shapely
from pyproj import Transformer

from ..errors import InputError
from .index import FORCE_CODES, ControlIndex
from .period import day_date, day_number, parse_day
from .tessellation import _AEQD

__all__ = ["HistoricFronts", "FRONT_COLUMNS"]

PIECE_M = 250.0  # an unpaired edge is judged in pieces this long at most
NEIGHBOUR_M = 1.0  # ... each paired with the nearest other atom this close to its middle
FRONT_COLUMNS = ("id", "forces", "days", "first_date", "last_date", "length_km", "days_by_pair",
                 "runs")


@dataclass
class HistoricFronts:
    """The front segments over a date range (``segments``: a GeoDataFrame in WGS84).

    Build with :meth:`build`; ``start`` / ``end`` are the inclusive range.
    """

    segments: "object"  # geopandas.GeoDataFrame, columns FRONT_COLUMNS + geometry
    start: dt.date
    end: dt.date
    _geoms_m: np.ndarray
    _edges: dict  # raw per-edge arrays, for on(date)

    # -- building --------------------------------------------------------------------
    @classmethod
    def build(cls, index: ControlIndex, start=None, end=None) -> "HistoricFronts":
        """The historic fronts of ``index`` between ``start`` and ``end`` (inclusive).

        Defaults: the dataset's coverage, ending no later than today.
        """
        import geopandas as gpd

        cov = index.coverage
        if cov is None:
            raise InputError("the control dataset has no periods: no fronts to draw")
        start = parse_day(start, field="start") if start else cov[0]
        end = parse_day(end, field="end") if end else min(cov[1], dt.date.today())
        if end < start:
            raise InputError(f"end {end} is before start {start}", field="end")
        edge_geoms, a, b = _edges(index)
        pairs, pair_of = np.unique(np.column_stack([a, b]), axis=0, return_inverse=True)
        pair_of = pair_of.reshape(-1)
        # Epoch e holds the days [bounds[e], bounds[e + 1]); clip them to the range.
        change = index._change_days.astype(np.int64)
        bounds = np.r_[0, change, 1 << 30]
        lo, hi = day_number(start), day_number(end) + 1
        e_from = np.clip(bounds[:-1], lo, hi)
        e_to = np.clip(bounds[1:], lo, hi)
        live = np.flatnonzero(e_to > e_from)
        codes = np.stack([index._epoch_codes(int(e)) for e in live])  # (epochs, atoms)
        ca, cb = codes[:, pairs[:, 0]], codes[:, pairs[:, 1]]
        front = (ca >= 0) & (cb >= 0) & (ca != cb)  # (epochs, pairs)
        lo_code, hi_code = np.minimum(ca, cb), np.maximum(ca, cb)
        spans = (e_from[live], e_to[live])
        # Each pair's history: runs of consecutive epochs with the same two forces.
        history: list[tuple] = []
        for p in range(len(pairs)):
            runs: list[list] = []
            for k in np.flatnonzero(front[:, p]).tolist():
                fa, fb = FORCE_CODES[lo_code[k, p]], FORCE_CODES[hi_code[k, p]]
                f0, f1 = int(spans[0][k]), int(spans[1][k])
                if runs and runs[-1][2:] == [fa, fb] and runs[-1][1] == f0:
                    runs[-1][1] = f1
                else:
                    runs.append([f0, f1, fa, fb])
            history.append(tuple(tuple(r) for r in runs))
        tr_back = Transformer.from_crs(_AEQD, 4326, always_xy=True)
        groups: dict[tuple, list[int]] = {}
        for i, p in enumerate(pair_of.tolist()):
            if history[p]:
                groups.setdefault(history[p], []).append(i)
        rows, geoms_m = [], []
        for runs, members in sorted(groups.items()):
            merged = shapely.line_merge(shapely.union_all(edge_geoms[members]))
            for part in shapely.get_parts(merged):
                rows.append(_segment_row(runs, part))
                geoms_m.append(part)
        geoms_m = np.array(geoms_m, dtype=object)
        wgs = shapely.transform(geoms_m, lambda xy: np.column_stack(tr_back.transform(
            xy[:, 0], xy[:, 1]))) if len(geoms_m) else geoms_m
        frame = gpd.GeoDataFrame(rows, columns=list(FRONT_COLUMNS), geometry=list(wgs), crs=4326)
        frame = frame.sort_values("id", kind="stable").reset_index(drop=True)
        order = np.argsort([r["id"] for r in rows], kind="stable")
        edges = {"geoms": edge_geoms, "pair_of": pair_of, "history": history}
        return cls(frame, start, end, geoms_m[order], edges)

    # -- questions ---------------------------------------------------------------------
    def on(self, date) -> "object":
        """The lines that were a front on ``date`` (GeoDataFrame: forces, geometry in WGS84).

        One row per pair of forces, the edges between them joined.
        """
        import geopandas as gpd

        day = day_number(parse_day(date, field="date"))
        by_pair: dict[str, list[int]] = {}
        for i, p in enumerate(self._edges["pair_of"].tolist()):
            for f0, f1, fa, fb in self._edges["history"][p]:
                if f0 <= day < f1:
                    by_pair.setdefault(f"{fa}|{fb}", []).append(i)
                    break
        tr_back = Transformer.from_crs(_AEQD, 4326, always_xy=True)
        rows, geoms = [], []
        for forces, members in sorted(by_pair.items()):
            line = shapely.line_merge(shapely.union_all(self._edges["geoms"][members]))
            rows.append({"forces": forces, "length_km": round(line.length / 1000, 3)})
            geoms.append(shapely.transform(line, lambda xy: np.column_stack(
                tr_back.transform(xy[:, 0], xy[:, 1]))))
        return gpd.GeoDataFrame(rows, columns=["forces", "length_km"], geometry=geoms, crs=4326)

    def nearest(self, geoms_wgs84) -> dict[str, np.ndarray]:
        """For each geometry (WGS84 points or polygons): the nearest historic front.

        Returns arrays ``front_id``, ``front_distance_m`` (0 when the front crosses the
        geometry), ``front_days`` and ``front_forces``; NaN / None when there is no front.

        >>> fronts.nearest(shapely.points([[37.16, 36.2]]))["front_days"]   # doctest: +SKIP
        array([1480])
        """
        geoms = np.asarray(geoms_wgs84, dtype=object).reshape(-1)
        n = len(geoms)
        out = {"front_id": np.full(n, None, dtype=object), "front_distance_m": np.full(n, np.nan),
               "front_days": np.full(n, np.nan), "front_forces": np.full(n, None, dtype=object)}
        ok = np.flatnonzero(~shapely.is_missing(geoms) & ~shapely.is_empty(geoms))
        if not len(ok) or not len(self._geoms_m):
            return out
        to_m = Transformer.from_crs(4326, _AEQD, always_xy=True)
        g_m = shapely.transform(geoms[ok], lambda xy: np.column_stack(to_m.transform(
            xy[:, 0], xy[:, 1])))
        tree = shapely.STRtree(self._geoms_m)
        (gi, si), dist = tree.query_nearest(g_m, return_distance=True, all_matches=False)
        seg = self.segments
        out["front_id"][ok[gi]] = seg["id"].to_numpy()[si]
        out["front_distance_m"][ok[gi]] = np.round(dist, 1)
        out["front_days"][ok[gi]] = seg["days"].to_numpy()[si]
        out["front_forces"][ok[gi]] = seg["forces"].to_numpy()[si]
        return out

    def params(self) -> dict:
        """What a reader needs to rebuild this: the range and the method."""
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "method": "edges between tessellation atoms held by two different known forces, "
                          "day by day, from the bundled control dataset; edges with the same "
                          "history joined into segments"}


def _edges(index: ControlIndex) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every edge between two atoms (metres) with its two atoms (``a < b``).

    :class:`FrontLines` pairs the segments two atoms share exactly; a segment it could
    not pair (the two sides cut at different places) has an open side. Each such
    segment is cut into two-point pieces of at most ``PIECE_M``, and each piece is given
    the nearest other atom within ``NEIGHBOUR_M`` of its middle (the two sides of a
    boundary can be drawn a little apart); the copy of the lower atom is kept.
    """
    lines = index._front_lines()
    shut = np.flatnonzero(lines.side_b >= 0)
    geoms = [lines.segments[shut]]
    a, b = [lines.side_a[shut]], [lines.side_b[shut]]
    loose = np.flatnonzero(lines.side_b < 0)
    xy, which = shapely.get_coordinates(shapely.segmentize(lines.segments[loose], PIECE_M),
                                        return_index=True)
    same = which[1:] == which[:-1]
    pieces = shapely.linestrings(np.stack([xy[:-1][same], xy[1:][same]], axis=1))
    own = lines.side_a[loose][which[:-1][same]]
    mids = shapely.line_interpolate_point(pieces, 0.5, normalized=True)
    atoms = index._projected()[1]
    pi, ai = shapely.STRtree(atoms).query(mids, predicate="dwithin", distance=NEIGHBOUR_M)
    other = ai != own[pi]
    pi, ai = pi[other], ai[other]
    # One neighbour a piece, the nearest (a piece near a corner can come close to a third).
    dist = shapely.distance(mids[pi], atoms[ai])
    o = np.lexsort((dist, pi))
    pi, ai = pi[o], ai[o]
    first = np.r_[True, pi[1:] != pi[:-1]] if len(pi) else np.zeros(0, dtype=bool)
    pi, ai = pi[first], ai[first]
    keep = own[pi] < ai
    geoms.append(pieces[pi[keep]])
    a.append(own[pi[keep]])
    b.append(ai[keep].astype(own.dtype))
    return np.concatenate(geoms), np.concatenate(a), np.concatenate(b)


def _segment_row(runs: tuple, geom_m) -> dict:
    days_by_pair: dict[str, int] = {}
    for f0, f1, fa, fb in runs:
        days_by_pair[f"{fa}|{fb}"] = days_by_pair.get(f"{fa}|{fb}", 0) + (f1 - f0)
    coords = np.round(shapely.get_coordinates(geom_m), 0)
    h = hashlib.sha1(json.dumps(runs).encode() + coords.tobytes()).hexdigest()[:10]
    ordered = sorted(days_by_pair, key=lambda k: (-days_by_pair[k], k))
    return {
        "id": f"FL-{h}",
        "forces": ";".join(ordered),
        "days": int(sum(days_by_pair.values())),
        "first_date": day_date(runs[0][0]).isoformat(),
        "last_date": day_date(runs[-1][1] - 1).isoformat(),
        "length_km": round(float(geom_m.length) / 1000, 3),
        "days_by_pair": json.dumps({k: days_by_pair[k] for k in ordered}),
        "runs": json.dumps([{"from": day_date(f0).isoformat(), "to": day_date(f1 - 1).isoformat(),
                             "forces": [fa, fb]} for f0, f1, fa, fb in runs]),
    }
