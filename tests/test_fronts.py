"""Historic front lines: on sample dates they are the boundaries between the snapshot's forces."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
import shapely
from pyproj import Transformer

from geo.control.fronts import HistoricFronts
from geo.errors import InputError

AEQD = "+proj=aeqd +lat_0=35 +lon_0=38.5 +datum=WGS84 +units=m +no_defs"
DATES = ["2012-09-01", "2016-01-01", "2017-08-01", "2019-11-01", "2025-03-01"]


def _metres(geom):
    tr = Transformer.from_crs(4326, AEQD, always_xy=True)
    return shapely.transform(geom, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))


def _pieces(geom) -> np.ndarray:
    """A (multi)line as its two-point pieces, none longer than 200 m (a long piece's middle
    says little about its ends)."""
    parts = shapely.segmentize(shapely.get_parts(geom), 200.0)
    xy, which = shapely.get_coordinates(parts, return_index=True)
    same = which[1:] == which[:-1]
    return shapely.linestrings(np.stack([xy[:-1][same], xy[1:][same]], axis=1))


def _near(pieces: np.ndarray, target, tol: float) -> np.ndarray:
    """Which pieces have their midpoint within ``tol`` metres of ``target`` (an array)."""
    mids = shapely.line_interpolate_point(pieces, 0.5, normalized=True)
    hit, _ = shapely.STRtree(target).query(mids, predicate="dwithin", distance=tol)
    out = np.zeros(len(pieces), dtype=bool)
    out[hit] = True
    return out


def _snapshot_fronts(index, date):
    """The boundaries between the snapshot's polygons of two different known forces, by pair:
    the pieces of one force's boundary that lie on (within 1 m of) another force's area."""
    snap = index.snapshot(date)
    snap = snap[snap["force"] != "UNKNOWN"]
    areas = {f: _metres(shapely.union_all(g.geometry.to_numpy())) for f, g in snap.groupby("force")}
    out = {}
    forces = sorted(areas)
    for i, fa in enumerate(forces):
        pieces = _pieces(areas[fa].boundary)
        for fb in forces[i + 1:]:
            shared = pieces[_near(pieces, np.array([areas[fb]]), 1.0)]
            if len(shared):
                out[frozenset((fa, fb))] = shared
    return out


@pytest.mark.parametrize("date", DATES)
def test_fronts_on_a_date_are_the_snapshot_boundaries(index, fronts, date):
    expected = _snapshot_fronts(index, date)
    got = {frozenset(r.forces.split("|")): _pieces(_metres(r.geometry))
           for r in fronts.on(date).itertuples()}
    total = sum(shapely.length(e).sum() for e in expected.values())
    assert total > 0
    missing = extra = 0.0
    for pair in set(expected) | set(got):
        e, g = expected.get(pair), got.get(pair)
        if e is None:
            extra += shapely.length(g).sum()
        elif g is None:
            missing += shapely.length(e).sum()
        else:
            missing += shapely.length(e[~_near(e, g, 25.0)]).sum()
            extra += shapely.length(g[~_near(g, e, 25.0)]).sum()
    # The same lines, between the same forces, to within 25 m and 0.5 % of their length (measured: under 0.25 %).
    assert missing / total < 0.005, (date, missing, total)
    assert extra / total < 0.005, (date, extra, total)


def test_segments_carry_their_history(fronts):
    seg = fronts.segments
    assert len(seg) > 100 and seg["id"].is_unique
    assert (seg.geometry.geom_type == "LineString").all() and seg.geometry.is_valid.all()
    for row in seg.itertuples():
        runs = json.loads(row.runs)
        days = sum((dt.date.fromisoformat(r["to"]) - dt.date.fromisoformat(r["from"])).days + 1
                   for r in runs)
        assert days == row.days == sum(json.loads(row.days_by_pair).values())
        assert runs[0]["from"] == row.first_date and runs[-1]["to"] == row.last_date
        assert set(row.forces.split(";")) == {"|".join(r["forces"]) for r in runs}
        assert fronts.start.isoformat() <= row.first_date <= row.last_date <= fronts.end.isoformat()


def test_ids_are_deterministic_and_the_range_clips(index, fronts):
    again = HistoricFronts.build(index)
    assert again.segments["id"].tolist() == fronts.segments["id"].tolist()
    part = HistoricFronts.build(index, "2017-01-01", "2017-12-31")
    assert part.segments["days"].max() <= 365
    assert (part.segments["first_date"] >= "2017-01-01").all()
    assert (part.segments["last_date"] <= "2017-12-31").all()
    with pytest.raises(InputError, match="before"):
        HistoricFronts.build(index, "2018-01-01", "2017-01-01")


def test_nearest_front(fronts):
    # A point on a front of 2017 is at distance 0 from a segment; a point far out in the
    # desert is farther, and a polygon crossing a front touches it.
    line = fronts.on("2017-08-01").geometry.iloc[0]
    on_line = shapely.line_interpolate_point(shapely.get_parts(line)[0], 0.5, normalized=True)
    res = fronts.nearest([on_line, shapely.Point(40.0, 33.6), None])
    assert res["front_distance_m"][0] < 1.0 and res["front_days"][0] >= 1
    assert res["front_id"][0] in set(fronts.segments["id"])
    assert res["front_distance_m"][1] > res["front_distance_m"][0]
    assert res["front_id"][2] is None and np.isnan(res["front_distance_m"][2])
