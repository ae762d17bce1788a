"""The control index: exact against a brute-force shapely answer, fast paths, fronts, snapshots.

The brute force here works from first principles (the ADM3 polygons, the
community points, the drawn areas and the periods), not from the index's own
tessellation, so it checks the tessellation too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
import shapely.ops

from geo.control import ANSWER_COLUMNS, ControlDataset, ControlIndex
from geo.control.importers import import_marks
from geo.control.tessellation import KX
from geo.errors import InputError

FIX = Path(__file__).parent / "data" / "control"
MARKS_2017 = "data/control/wikipedia_detailed_map_marks_2017.csv"
D = dt.date


@pytest.fixture(scope="session")
def basic(ref):
    return ControlIndex(ControlDataset.read(FIX / "basic"), ref)


@pytest.fixture(scope="session")
def marks2017(ref, shared_dir):
    res = import_marks(shared_dir / MARKS_2017, ref=ref, valid_from="2017-07-01",
                       valid_to="2017-08-31", force_field="faction", skip_invalid=True)
    return ControlIndex(res.dataset, ref)


class Brute:
    """Who held a point on a day, by brute force from the source shapes and periods."""

    def __init__(self, ref, dataset: ControlDataset):
        self.adm3 = ref.adm3.sort_index()
        self.adm3_geoms = self.adm3.geometry.values
        com = ref.communities.sort_index()
        pts = shapely.points(com["lon"], com["lat"])
        # Where each community point lies (lowest P-code on an edge, nearest polygon if outside).
        home = []
        for p in pts:
            inside = [i for i, g in enumerate(self.adm3_geoms) if g.covers(p)]
            home.append(min(inside) if inside else int(np.argmin(shapely.distance(self.adm3_geoms, p))))
        self.com = com.assign(home=home)
        self.areas = dataset.areas.assign(size=shapely.area(dataset.areas.geometry.values)) \
            .sort_values("size") if len(dataset.areas) else dataset.areas
        self.periods = dataset.periods

    def units(self, lon, lat):
        p = shapely.Point(lon, lat)
        inside = [i for i, g in enumerate(self.adm3_geoms) if g.covers(p)]
        if not inside:
            return None
        j = min(inside)
        adm3 = self.adm3.index[j]
        coms = self.com[self.com["home"] == j].drop_duplicates(["lon", "lat"])
        community = None
        if len(coms):
            d2 = ((coms["lon"] - lon) * KX) ** 2 + (coms["lat"] - lat) ** 2
            community = d2.idxmin()
        areas = [a for a, g in zip(self.areas["id"], self.areas.geometry) if g.covers(p)]
        return [u for u in [community, *areas, adm3, adm3[:6], adm3[:4]] if u]

    def force(self, chain, day):
        for unit in chain:
            for per in self.periods:
                if per.unit == unit and per.covers(day):
                    return per.force, unit
        return "UNKNOWN", None


def _random_points(n, seed, start=D(2016, 6, 1), days=3600):
    rng = np.random.default_rng(seed)
    lons = rng.uniform(35.6, 42.4, n)
    lats = rng.uniform(32.3, 37.35, n)
    dates = np.datetime64(start) + rng.integers(0, days, n)
    return lons, lats, dates


@pytest.mark.parametrize("which", ["basic", "marks2017"])
def test_batch_equals_brute_force_from_first_principles(request, ref, which):
    idx = request.getfixturevalue(which)
    brute = Brute(ref, idx.dataset)
    lons, lats, dates = _random_points(1500, seed=7 if which == "basic" else 8,
                                       start=D(2016, 6, 1) if which == "basic" else D(2017, 6, 15),
                                       days=3600 if which == "basic" else 100)
    got = idx.control_many(lons, lats, dates, front=False)
    checked = 0
    for i in range(len(lons)):
        chain = brute.units(lons[i], lats[i])
        if chain is None:
            continue  # outside every sub-district: see the snapping test
        day = pd.Timestamp(dates[i]).date()
        force, unit = brute.force(chain, day)
        row = got.iloc[i]
        assert row["inside"], (lons[i], lats[i])
        assert row["adm3"] == chain[-3] and row["community"] == (
            chain[0] if chain[0].startswith("C") else None), (lons[i], lats[i])
        assert row["force"] == force, (lons[i], lats[i], day, chain)
        if unit:
            assert row["unit"] == unit
        checked += 1
    assert checked > 700  # the country fills about 55% of its bounding box


def test_single_answers_equal_batch_answers(basic):
    lons, lats, dates = _random_points(300, seed=3)
    many = basic.control_many(lons, lats, dates, front=True)
    for i in range(len(lons)):
        a = basic.control_at(lons[i], lats[i], pd.Timestamp(dates[i]).date(), front=True)
        row = many.iloc[i]
        assert a.force == (row["force"] if isinstance(row["force"], str) else None)
        assert a.unit == row["unit"] and a.inside == row["inside"] and a.stale == row["stale"]
        assert a.pcodes.get("adm3") == row["adm3"]
        if a.front_km is None:
            assert np.isnan(row["front_km"])
        else:
            assert a.front_km == pytest.approx(row["front_km"], abs=1e-9)


def test_grid_equals_exact_polygon_test(marks2017):
    tess = marks2017.tess
    lons, lats, _ = _random_points(100_000, seed=11)
    a1, in1, km1 = tess.locate(lons, lats)
    a2, in2, km2 = tess.locate_exact(lons, lats)
    assert np.array_equal(a1, a2) and np.array_equal(in1, in2)
    snapped = (a1 >= 0) & ~in1
    assert np.allclose(km1[snapped], km2[snapped])
    # Most points are answered by the grid alone; the rest by the exact test.
    col = np.floor((lons - tess.x0) / 0.002).astype(int)
    row = np.floor((tess.y0 - lats) / 0.002).astype(int)
    assert (tess.grid[row, col] >= 0).mean() > 0.4


@pytest.mark.slow
def test_a_million_points_equal_brute_force(marks2017, basic):
    """1,000,000 dated points: grid + timelines == shapely point-in-polygon + a period scan."""
    for idx in (basic, marks2017):
        lons, lats, _ = _random_points(1_000_000, seed=2024)
        rng = np.random.default_rng(5)
        pool = np.datetime64("2016-06-01") + np.sort(rng.choice(3600, 40, replace=False))
        dates = pool[rng.integers(0, len(pool), len(lons))]
        got = idx.control_many(lons, lats, dates, front=False)
        atom, _, _ = idx.tess.locate_exact(lons, lats)
        # The brute-force answer once per distinct (atom, date) (about 200,000 of them, not
        # a million): the first period, in dataset order, of the first unit of the atom's
        # precedence chain that covers the day.
        by_unit: dict = {}
        for p in idx.periods:
            by_unit.setdefault(p.unit, []).append(p)
        keys, inverse = np.unique(np.column_stack([atom, dates.astype(np.int64)]), axis=0,
                                  return_inverse=True)
        t = idx.tess
        answers = np.empty(len(keys), dtype=object)
        for k, (a, d) in enumerate(keys.tolist()):
            if a < 0:
                answers[k] = None
                continue
            day = (np.datetime64(d, "D")).astype(object)
            chain = [u for u in (t.community[a], *t.areas[a], t.adm3[a], t.adm3[a][:6],
                                 t.adm3[a][:4]) if u]
            answers[k] = next((p.force for u in chain for p in by_unit.get(u, ())
                               if p.covers(day)), "UNKNOWN")
        want = answers[inverse.reshape(-1)]
        assert np.array_equal(got["force"].to_numpy(), want)


def test_shared_boundary_rule_first_atom_wins(marks2017):
    tess = marks2017.tess
    # Shared vertices of neighbouring atoms lie exactly on both (or three) atoms.
    rng = np.random.default_rng(1)
    pts = []
    for a in rng.choice(len(tess), 60, replace=False):
        for x, y in shapely.get_coordinates(tess.geoms[a])[:: 7]:
            pts.append((x, y))
    xs, ys = np.array(pts).T
    atom, inside, _ = tess.locate(xs, ys)
    hits = [np.flatnonzero(shapely.intersects_xy(tess.geoms, x, y)) for x, y in zip(xs, ys)]
    shared = [i for i, h in enumerate(hits) if len(h) > 1]
    assert len(shared) > 50
    for i in shared:
        assert atom[i] == hits[i].min() and inside[i]


def test_precedence_and_periods(basic):
    # Manbij town: its own community period beats the sub-district and governorate.
    a = basic.control_at(37.950, 36.530, "2023-07-09")
    assert (a.force, a.unit, a.pcodes["community"], a.confidence) == ("SDF", "C1767", "C1767", "high")
    assert (a.valid_from, a.valid_to) == (D(2017, 1, 1), D(2024, 12, 8))
    assert basic.control_at(37.950, 36.530, "2024-12-09").force == "SNA"
    # The drawn box beats the district; contested with an "also" force; only in 2017.
    box = basic.control_at(37.16, 36.20, "2017-06-01")
    assert (box.force, box.forces, box.contested, box.unit) == ("ISIS", ("ISIS", "GOV"), True,
                                                                 "area:box")
    assert basic.control_at(37.16, 36.20, "2018-06-01").unit == "SY0200"
    # Day resolution at the edges of periods (inclusive ends).
    assert basic.control_at(37.16, 36.20, "2024-11-28").force == "GOV"
    assert basic.control_at(37.16, 36.20, "2024-11-29").force == "HTS_OPP"
    assert basic.control_at(37.16, 36.20, "2024-12-09").force == "TRANSITIONAL"
    # Afrin before Olive Branch falls back to the governorate row.
    assert basic.control_at(36.87, 36.51, "2018-03-17").unit == "SY02"
    assert basic.control_at(36.87, 36.51, "2018-03-18").unit == "SY0203"


def test_gaps_are_unknown_and_late_dates_are_stale(basic):
    idlib = (36.63, 35.93)
    assert basic.control_at(*idlib, "2018-12-31").force == "HTS_OPP"
    gap = basic.control_at(*idlib, "2019-06-01")
    assert gap.force == "UNKNOWN" and gap.forces == ("UNKNOWN",) and gap.front_km is None
    assert gap.pcodes["adm1"] == "SY07"
    assert basic.control_at(*idlib, "2016-01-01").force == "UNKNOWN"
    assert not basic.control_at(*idlib, "2025-12-31").stale
    late = basic.control_at(*idlib, "2026-01-01")
    assert late.stale and late.force == "HTS_OPP" and "2025-12-31" in late.note
    many = basic.control_many([idlib[0]] * 2, [idlib[1]] * 2, ["2025-12-31", "2026-01-01"])
    assert many["stale"].tolist() == [False, True]


def test_outside_and_snapped(basic):
    paris = basic.control_at(2.35, 48.85, "2020-01-01")
    assert paris.force is None and not paris.inside and paris.unit is None
    # Tartous city lies just off the generalised coastline: snapped, not lost.
    tartous = basic.control_at(35.8867, 34.8890, "2020-01-01")
    assert tartous.pcodes["adm1"] == "SY10" and tartous.force == "UNKNOWN"
    atom, inside, km = basic.tess.locate_exact(np.array([35.8867]), np.array([34.8890]))
    assert atom[0] >= 0


def test_bad_input_is_refused(basic):
    with pytest.raises(InputError, match="latitude"):
        basic.control_at(37.0, 95.0, "2020-01-01")
    with pytest.raises(InputError, match="longitude"):
        basic.control_at(float("nan"), 35.0, "2020-01-01")
    with pytest.raises(InputError, match="not a date"):
        basic.control_at(37.0, 35.0, "yesterday")
    with pytest.raises(InputError, match="first at point 1"):
        basic.control_many([37.0, 37.0], [35.0, 135.0], ["2020-01-01"] * 2)
    with pytest.raises(InputError, match="not dates, first at point 2"):
        basic.control_many([37.0] * 3, [35.0] * 3, ["2020-01-01", "2020-01-02", "soon"])
    with pytest.raises(InputError, match="2 dates for 3 points"):
        basic.control_many([37.0] * 3, [35.0] * 3, ["2020-01-01", "2020-01-02"])


def test_geodataframe_input(basic):
    frame = gpd.GeoDataFrame({"day": ["2023-07-09", "2017-06-01"]},
                             geometry=gpd.points_from_xy([37.95, 37.16], [36.53, 36.20]), crs=4326)
    out = basic.control_many(frame, dates="day")
    assert list(out.columns) == ANSWER_COLUMNS
    assert out["force"].tolist() == ["SDF", "ISIS"]
    projected = frame.to_crs(32637).set_axis(["a", "b"])
    out = basic.control_many(projected, dates="day")
    assert out["force"].to_dict() == {"a": "SDF", "b": "ISIS"}


def test_front_km_is_the_distance_to_the_nearest_other_force(marks2017):
    idx = marks2017
    day = "2017-07-20"
    snap = idx.snapshot(day)
    tr, _ = idx._projected()
    lons, lats, _ = _random_points(400, seed=21)
    got = idx.control_many(lons, lats, [day] * len(lons), front=True)
    proj = snap.to_crs("+proj=aeqd +lat_0=35 +lon_0=38.5 +datum=WGS84 +units=m +no_defs")
    checked = 0
    for i in np.flatnonzero(got["force"].notna().to_numpy()):
        force = got["force"].iloc[i]
        if force == "UNKNOWN":
            continue
        others = proj[(proj["force"] != force) & (proj["force"] != "UNKNOWN")]
        x, y = tr.transform(lons[i], lats[i])
        dists = shapely.distance(others.geometry.values, shapely.Point(x, y))
        want = dists.min()
        assert got["front_km"].iloc[i] == pytest.approx(want / 1000, abs=1e-3)
        # ... and it is the great-circle distance within 0.5 %.
        if want > 5000:
            near = shapely.ops.nearest_points(others.geometry.values[int(np.argmin(dists))],
                                              shapely.Point(x, y))[0]
            lon2, lat2 = tr.transform(near.x, near.y, direction="INVERSE")
            from geo.gazetteer import haversine_km
            gc = haversine_km(lons[i], lats[i], lon2, lat2)
            assert got["front_km"].iloc[i] == pytest.approx(gc, rel=0.005)
        checked += 1
    assert checked > 150
    # A point on a front line is at 0 km.
    a = idx.control_at(37.95, 36.53, day, front=True)
    assert a.force == "SDF" and 0 < a.front_km < 60


def test_snapshot_is_a_dissolved_partition(basic, ref):
    snap = basic.snapshot("2024-12-01")
    assert snap.crs.to_epsg() == 4326
    assert set(snap["force"]) == {"GOV", "HTS_OPP", "SDF", "SNA", "UNKNOWN"}
    assert not snap.duplicated(["force", "contested"]).any()
    assert all(g.is_valid for g in snap.geometry)
    country = shapely.union_all(ref.adm3.geometry.values).area
    assert shapely.area(snap.geometry.values).sum() == pytest.approx(country, rel=1e-6)
    hts = snap[snap["force"] == "HTS_OPP"].iloc[0]
    # The days all periods drawn in the polygon hold: SY0200's offensive period and SY07's.
    assert (hts["valid_from"], hts["valid_to"]) == ("2024-11-29", "2024-12-08")
    # Every random point's batch answer agrees with the snapshot polygon it falls in.
    lons, lats, _ = _random_points(2000, seed=5)
    got = basic.control_many(lons, lats, ["2024-12-01"] * len(lons), front=False)
    pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lons, lats), crs=4326)
    joined = gpd.sjoin(pts, snap[["force", "geometry"]], how="left", predicate="within")
    joined = joined[~joined.index.duplicated()]
    inside = got["inside"].to_numpy() & joined["force"].notna().to_numpy()
    assert inside.sum() > 900
    assert (joined["force"].to_numpy()[inside] == got["force"].to_numpy()[inside]).all()
    # Cached: the same object content, fast.
    assert basic.snapshot("2024-12-02").equals(snap)
    assert basic.snapshot("2024-12-09")["force"].isin(["TRANSITIONAL"]).any()


def test_coverage(basic, marks2017):
    assert basic.coverage == (D(2017, 1, 1), D(2025, 12, 31))
    assert marks2017.coverage == (D(2017, 7, 1), D(2017, 8, 31))
    assert marks2017.control_at(37.95, 36.53, "2017-09-01").stale


def test_bundled_dataset_loads_and_answers(data):
    idx = ControlIndex.load(data)
    assert idx is ControlIndex.load(data)  # memoised
    first, last = idx.coverage
    assert first <= D(2017, 7, 20) and last >= D(2024, 12, 31)
    a = idx.control_at(37.95, 36.53, "2023-07-14")  # Manbij, mid-2023
    assert a.force in {"SDF", "GOV", "SNA"} and a.pcodes["adm2"] == "SY0205"
    assert not a.stale and a.source


def test_answer_json_is_the_answer_encoded_also_from_kept_parts(data, gaz):
    """``answer_json`` (the text of ``/api/control``) equals encoding ``Answer.to_dict``, for
    real community points moved a little (some outside the outline, some snapped) on dates
    before, in and past the coverage; asked again, its kept parts of each timeline step
    serve another point of the same step (another day, another place in the atom)."""
    import random

    from service.core import encode

    idx = ControlIndex.load(data)
    first, last = idx.coverage
    rng = random.Random(21)
    places = gaz.places("community")
    points = []
    for _ in range(400):
        p = rng.choice(places)
        day = first + dt.timedelta(days=rng.randrange(-60, (last - first).days + 400))
        points.append((p.lon + rng.uniform(-0.03, 0.03), p.lat + rng.uniform(-0.03, 0.03), day))
    points += [(35.0, 33.0, last), (36.62, 35.93, first - dt.timedelta(days=2))]
    idx._step_json.clear()
    kinds = set()
    for rounds in range(2):
        for lon, lat, day in points:
            raw = idx.look_up(lon, lat, day, front=True)
            a = idx.answer(raw)
            kinds.add((a.inside, a.stale, a.force is None, a.force == "UNKNOWN"))
            head = {"query": {"lat": lat, "lon": lon, "date": day.isoformat()}}
            assert idx.answer_json(raw, head) == encode({**head, **a.to_dict()}), (lon, lat, day)
            # Another day of the same step: the kept part answers, the day's values change.
            other = raw._replace(day=raw.day + 1, date=raw.date + dt.timedelta(days=1))
            assert idx.answer_json(other) == encode(idx.answer(other).to_dict())
            # Without the front distance (not asked for): the same text but for front_km.
            plain = idx.look_up(lon, lat, day)
            assert plain == raw._replace(front_km=None)
            text = idx.answer_json(plain, head, front=False)
            assert text == encode({**head, **idx.answer(plain).to_dict(front=False)})
            assert b'"front_km"' not in text and b'"front_km"' in idx.answer_json(raw, head)
    assert {k[0] for k in kinds} == {True, False} and {k[1] for k in kinds} == {True, False}
    assert {k[2] for k in kinds} == {True, False} and {k[3] for k in kinds} == {True, False}


# -- the front-line distance: the fast path against the slow exact one ------------------------

def _front_km_exact(idx, lons, lats, dates):
    """km to the nearest atom (polygon, metres) held by another known force: the definition,
    by brute force - an STRtree of whole polygons per (epoch, force), no edges."""
    from geo.control.index import FORCE_CODES

    tr, geoms = idx._projected()
    atom, period, _, days = idx.locate(lons, lats, dates)
    out = np.full(len(lons), np.nan)
    trees = {}
    for i in np.flatnonzero((atom >= 0) & (period >= 0)):
        epoch = int(idx._epoch(days[i:i + 1])[0])
        force = idx.periods[period[i]].force
        key = (epoch, force)
        if key not in trees:
            per = idx._atom_periods(epoch)
            codes = np.array([idx.periods[p].force if p >= 0 else "UNKNOWN" for p in per])
            others = np.flatnonzero((codes != force) & np.isin(codes, FORCE_CODES))
            trees[key] = shapely.STRtree(geoms[others]) if len(others) else None
        if trees[key] is None:
            continue
        x, y = tr.transform(lons[i], lats[i])
        _, dist = trees[key].query_nearest(shapely.Point(x, y), return_distance=True,
                                           all_matches=False)
        out[i] = dist[0] / 1000
    return out


@pytest.mark.parametrize("which", ["basic", "marks2017", "bundled"])
def test_front_km_fast_path_equals_the_exact_definition(request, data, which):
    from geo.control.front import SNAP_M

    if which == "bundled":
        idx = ControlIndex.load(data)
    else:
        idx = request.getfixturevalue(which)
    first, last = idx.coverage
    lons, lats, dates = _random_points(2500, seed=31, start=first - dt.timedelta(days=30),
                                       days=(last - first).days + 60)
    # Some points just outside the outline, where snapping and the outline's edges matter.
    border = shapely.get_coordinates(shapely.union_all(idx.ref.adm3.geometry.values).boundary)
    rng = np.random.default_rng(32)
    pick = border[rng.integers(0, len(border), 300)] + rng.normal(0, 0.03, (300, 2))
    lons, lats = np.r_[lons, pick[:, 0]], np.r_[lats, pick[:, 1]]
    dates = np.r_[dates, dates[:300]]
    fast = idx.control_many(lons, lats, dates, front=True)["front_km"].to_numpy()
    want = _front_km_exact(idx, lons, lats, dates)
    assert np.array_equal(np.isnan(fast), np.isnan(want))
    ok = ~np.isnan(want)
    # (The fixture only covers Aleppo and Idlib: elsewhere it has no period, so no distance.)
    assert ok.sum() > (200 if which == "basic" else 700)
    # Exact up to the documented tolerance: edges are matched with vertices SNAP_M apart.
    assert np.abs(fast[ok] - want[ok]).max() <= SNAP_M / 1000
    assert (want[ok] < 2).sum() > 5  # some points near a front, where it matters most
    single = [idx.control_at(lons[i], lats[i], pd.Timestamp(dates[i]).date(), front=True).front_km
              for i in range(0, len(lons), 25)]
    for got, i in zip(single, range(0, len(lons), 25)):
        assert (got is None) == bool(np.isnan(want[i]))
        if got is not None:
            assert abs(got - want[i]) <= SNAP_M / 1000


def test_single_front_km_equals_every_line_measured(data, gaz):
    """The front distance of one ``/api/control`` look-up (``look_up``: one nearest query in
    the tree of a label state and force) is the very number a brute-force measure gives, the
    distance to every line of that tree's edge set, and the number of the batch path
    (``control_many``), on real community points moved a little on dates across the
    coverage. Exact equality: a tree's shape (``NODE_CAPACITY``) may change only how fast
    the nearest line is found, never which distance is found."""
    import bisect
    import random

    idx = ControlIndex.load(data)
    first, last = idx.coverage
    rng = random.Random(47)
    places = gaz.places("community")
    pts = []
    for _ in range(1500):
        p = rng.choice(places)
        pts.append((p.lon + rng.uniform(-0.02, 0.02), p.lat + rng.uniform(-0.02, 0.02),
                    first + dt.timedelta(days=rng.randrange((last - first).days + 1))))
    raws = [idx.look_up(lon, lat, day, front=True) for lon, lat, day in pts]
    single = np.array([np.nan if r.front_km is None else r.front_km for r in raws])
    lons, lats, days = (np.array([p[k] for p in pts]) for k in range(3))
    batch = idx.control_many(lons, lats, days, front=True)["front_km"].to_numpy()
    assert np.array_equal(single, batch, equal_nan=True)
    # Brute force: each point against every line of its (label state, force) edge set.
    tr, _ = idx._projected()
    x, y = tr.transform(lons, lats)
    brute = np.full(len(pts), np.nan)
    groups: dict = {}
    for i, r in enumerate(raws):
        if r.period >= 0:
            key = (bisect.bisect_right(idx._change_list, r.day), idx._p_fcode_list[r.period])
            groups.setdefault(key, []).append(i)
    for (epoch, force), members in groups.items():
        tree = idx._front_tree(epoch, force)
        if tree is None:
            continue
        m = np.array(members)
        d = shapely.distance(shapely.points(x[m], y[m])[:, None], tree.geometries[None, :])
        brute[m] = d.min(axis=1) / 1000.0
    assert np.array_equal(single, brute, equal_nan=True)
    assert (~np.isnan(single)).sum() > 1200 and (single < 2).sum() > 50  # near fronts too


def test_front_lines_drop_only_edges_inside_one_force(marks2017):
    """The edge set for a force is the outline of the others' area: no edge between two of
    the force's own atoms, none between two atoms of other forces."""
    idx = marks2017
    lines = idx._front_lines()
    codes = idx._epoch_codes(int(idx._epoch(np.array([_day_of("2017-07-20")]))[0]))
    for force in np.unique(codes[codes >= 0]).tolist():
        tree = lines.tree(codes, force)
        kept = set(map(id, tree.geometries))
        others = (codes >= 0) & (codes != force)
        for j, seg in enumerate(lines.segments):
            a = others[lines.side_a[j]]
            b = others[lines.side_b[j]] if lines.side_b[j] >= 0 else False
            assert (id(seg) in kept) == (a != b)
        assert 0 < len(tree.geometries) < len(lines)


def _day_of(text):
    from geo.control.period import day_number as _day

    return _day(D.fromisoformat(text))


# -- communities without a cell of their own --------------------------------------------------

def test_a_community_without_a_cell_answers_for_the_cell_holding_its_point(ref):
    """C1261 (Silsileh) lies 1.1 km outside the generalised outline, so the tessellation
    gives it no cell; its periods answer for C1262's cell, after C1262's own."""
    from geo.control.period import ControlPeriod

    idx0 = ControlIndex(ControlDataset.read(FIX / "basic"), ref)
    assert "C1261" not in set(idx0.tess.community) and "C1262" in set(idx0.tess.community)
    periods = [ControlPeriod("C1262", "GOV", D(2020, 1, 1), D(2020, 12, 31), origin="t:2"),
               ControlPeriod("C1261", "SDF", D(2019, 1, 1), D(2021, 12, 31), origin="t:3")]
    idx = ControlIndex(ControlDataset(periods), ref)
    lon, lat = ref.communities.loc["C1261", ["lon", "lat"]]
    a = idx.control_at(lon, lat, "2019-06-01")
    assert (a.force, a.unit, a.pcodes["community"], a.inside) == ("SDF", "C1261", "C1262", False)
    assert idx.control_at(lon, lat, "2020-06-01").unit == "C1262"  # the cell's own period wins
    assert idx.control_at(lon, lat, "2021-06-01").force == "SDF"
    # Everywhere in C1262's cell, not only at the point.
    lon2, lat2 = ref.communities.loc["C1262", ["lon", "lat"]]
    assert idx.control_at(lon2, lat2, "2021-06-01").unit == "C1261"
    many = idx.control_many([lon, lon2], [lat, lat2], ["2019-06-01", "2020-06-01"], front=False)
    assert many["unit"].tolist() == ["C1261", "C1262"]
    assert idx.guests == {"C1261": "C1262"}
    text = " | ".join(idx.warnings)
    assert "C1261 has no cell of its own" in text and "C1262's cell" in text and "t:3" in text
    assert "C1262's GOV (t:2) overrides its SDF (t:3) from 2020-01-01 to 2020-12-31" in text


def test_communities_at_the_same_point_share_the_lower_codes_cell(ref):
    """Two communities at identical coordinates: the lower P-code keeps the cell, the other
    one's periods answer for it where the keeper has none, and a warning says so."""
    import dataclasses

    from geo.control.period import ControlPeriod

    adm3 = ref.adm3[ref.adm3.index.str.startswith("SY0205")]
    com = ref.communities[ref.communities["adm3_pcode"].isin(adm3.index)].copy()
    low, high = sorted(com.index)[:2]
    com.loc[high, ["lon", "lat"]] = com.loc[low, ["lon", "lat"]].to_numpy()
    small = dataclasses.replace(ref, adm3=adm3, communities=com, fingerprint="test-same-point")
    periods = [ControlPeriod(low, "SDF", D(2018, 1, 1), D(2018, 12, 31), origin="t:2"),
               ControlPeriod(high, "GOV", D(2017, 1, 1), None, origin="t:3")]
    idx = ControlIndex(ControlDataset(periods), small, cache=False)
    assert low in set(idx.tess.community) and high not in set(idx.tess.community)
    lon, lat = com.loc[low, ["lon", "lat"]]
    assert idx.control_at(lon, lat, "2018-06-01").unit == low
    assert idx.control_at(lon, lat, "2019-06-01").unit == high  # the guest fills the gap
    assert idx.control_at(lon, lat, "2017-06-01").force == "GOV"
    assert any(f"its point is the same as {low}'s" in w for w in idx.warnings)
    assert any(f"{low}'s SDF (t:2) overrides its GOV (t:3) from 2018-01-01 to 2018-12-31" in w
               for w in idx.warnings)


def test_a_dataset_without_homeless_communities_has_no_warnings(basic):
    assert basic.warnings == [] and basic.guests == {}


def test_large_batches_are_answered_in_blocks_with_the_same_result(marks2017):
    """Past BATCH_CHUNK points the batch is written block by block into one preallocated
    frame: every column equals the answers of small batches, and nothing is copied per row."""
    from geo.control.index import BATCH_CHUNK

    lons, lats, dates = _random_points(BATCH_CHUNK * 2 + 999, seed=41, start=D(2017, 6, 20),
                                       days=80)
    big = marks2017.control_many(lons, lats, dates, front=True)
    step = BATCH_CHUNK // 3
    parts = pd.concat([marks2017.control_many(lons[i:i + step], lats[i:i + step],
                                              dates[i:i + step], front=True)
                       for i in range(0, len(lons), step)], ignore_index=True)
    assert list(big.columns) == ANSWER_COLUMNS and len(big) == len(lons)
    pd.testing.assert_frame_equal(big, parts)
    assert big["force"].dtype == object and big["front_km"].notna().sum() > len(lons) // 3
    # The twelve object columns share one block (no per-column copies).
    objects = [c for c in ANSWER_COLUMNS if big[c].dtype == object]
    assert len(objects) == 12
    base = big["force"].to_numpy().base
    assert all(np.shares_memory(big[c].to_numpy(), base) for c in objects)


def test_timelines_are_kept_in_the_snapshot_cache_and_folded_again_when_damaged(
        basic, ref, tmp_path, monkeypatch):
    """The folded timelines are read back from the user cache (a start pays no folding), in
    the snapshots' folder of the index's fingerprint; a damaged file is folded again."""
    from geo.control.snapshot import cache_folder

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    ds = ControlDataset.read(FIX / "basic")
    first = ControlIndex(ds, ref, tess=basic.tess)
    kept = list(cache_folder(first.fingerprint).glob("timelines-*.pickle"))
    assert len(kept) == 1

    def no_folding(self):
        raise AssertionError("folded again although the cache holds the timelines")

    with monkeypatch.context() as m:
        m.setattr(ControlIndex, "_fold", no_folding)
        again = ControlIndex(ds, ref, tess=basic.tess)
    for name in ("_keys", "_labels", "_step_rows", "_step_period", "_table"):
        assert np.array_equal(getattr(again, name), getattr(basic, name)), name
    assert again.guests == basic.guests and again.warnings == basic.warnings
    lons, lats = np.array([36.2, 37.1]), np.array([33.5, 36.2])
    days = np.array(["2016-03-01", "2019-06-01"], dtype="datetime64[D]")
    pd.testing.assert_frame_equal(again.control_many(lons, lats, days),
                                  basic.control_many(lons, lats, days))
    kept[0].write_bytes(b"not a pickle")
    damaged = ControlIndex(ds, ref, tess=basic.tess)
    assert np.array_equal(damaged._keys, basic._keys)
    assert kept[0].read_bytes() != b"not a pickle"  # written anew


def test_a_dataset_read_before_comes_from_the_cache_until_its_files_change(tmp_path, monkeypatch):
    """The periods are parsed once per version of the folder's files; an edit (a new size or
    modification time) is read, and a damaged cache file is read past."""
    import os
    import shutil

    from geo.control import dataset as dataset_module
    from geo.control.index import _read_dataset

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "ds"
    shutil.copytree(FIX / "basic", folder)
    first = _read_dataset(folder)
    reads = []
    real = dataset_module.ControlDataset.read.__func__

    def counted(cls, *args, **kwargs):
        reads.append(args)
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(dataset_module.ControlDataset, "read", classmethod(counted))
    again = _read_dataset(folder)
    assert reads == [] and again.periods == first.periods
    assert again.coverage == first.coverage and again.name == first.name
    periods = folder / "periods.csv"
    lines = periods.read_text(encoding="utf-8").splitlines(keepends=True)
    periods.write_text("".join(lines[:-1]), encoding="utf-8")  # the last period taken out
    os.utime(periods, ns=(1, 1))
    edited = _read_dataset(folder)
    assert len(reads) == 1 and len(edited.periods) == len(first.periods) - 1
    for kept in (tmp_path / "cache").rglob("dataset.pickle"):
        kept.write_bytes(b"damaged")
    assert len(_read_dataset(folder).periods) == len(edited.periods) and len(reads) == 2
