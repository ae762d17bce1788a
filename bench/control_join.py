"""Benchmark: tag 1,000,000 dated points with the force in control, against two peers.

The peers, for every distinct date, with that date's snapshot polygons
(``ControlIndex.snapshot``, built and prepared before the clock starts, so a
peer is timed on the point tests alone):

* ``shapely.contains_xy`` of the date's points against each prepared polygon
  (the fastest plain shapely answer; it returns the force only);
* ``geopandas.sjoin`` of the date's points with the snapshot.

Ours: ``ControlIndex.control_many`` on all points at once (grid + timelines; the
whole answer: force, unit, P-codes, period, source, ...), and with the front-line
distance (``front=True``; off by default). Each is timed ``--repeat`` times,
interleaved with the peers (the machine is shared: the ratios of the same round
are what count, the best round of each is printed). The answers are compared.

Also measured: a single in-process look-up (``control_at``) with and without
the front-line distance, the warm start-up of a fresh process (import +
``ControlIndex.load`` + one answer), its resident memory after loading, and its
peak resident memory while it tags a batch of the same size (without and with
``front_km``).

Run:  python bench/control_join.py [--points N] [--dates K] [--dataset DIR]
The last line is a JSON object with points, seconds, sjoin_seconds, ratio, ...
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import timeit
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_CHILD = """
import sys, time
t = time.perf_counter()
from geo.control import ControlIndex
idx = ControlIndex.load(dataset=sys.argv[1] or None)
a = idx.control_at(37.48, 36.50, "2023-07-09")
startup = time.perf_counter() - t
def status(key):  # this process's own memory (ru_maxrss would include the parent's before exec)
    with open("/proc/self/status") as f:
        return int(next(l for l in f if l.startswith(key)).split()[1]) / 1024
def reset_peak():  # Linux: VmHWM restarts from the current resident size
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass
loaded = status("VmRSS:")
import numpy as np
rng = np.random.default_rng(0)
n = int(sys.argv[2])
lons, lats = rng.uniform(35.7, 42.4, n), rng.uniform(32.3, 37.35, n)
dates = np.datetime64("2017-07-01") + rng.integers(0, 3100, n)
before = status("VmRSS:")  # + the inputs (24 bytes a point)
reset_peak()
out = idx.control_many(lons, lats, dates, front=False)
peak = status("VmHWM:")
del out
reset_peak()
before_front = status("VmRSS:")
out = idx.control_many(lons, lats, dates, front=True)
peak_front = status("VmHWM:")
after = status("VmRSS:")
print(f"{startup:.4f} {loaded:.1f} {before:.1f} {peak:.1f} {before_front:.1f} {peak_front:.1f} "
      f"{after:.1f}")
"""


def _child(dataset: str, n: int) -> tuple[float, ...]:
    out = subprocess.run([sys.executable, "-c", _CHILD, dataset, str(n)], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    return tuple(float(v) for v in out.stdout.split()[-7:])


def _points(idx, n: int, k: int, seed: int):
    """n points spread uniformly over the country (2 % just outside it), on k distinct dates."""
    import shapely

    rng = np.random.default_rng(seed)
    country = shapely.union_all(idx.ref.adm3.geometry.values)
    shapely.prepare(country)
    x0, y0, x1, y1 = country.bounds
    lons, lats = [], []
    inside_needed = int(n * 0.98)
    got = 0
    while got < inside_needed:
        x = rng.uniform(x0, x1, n)
        y = rng.uniform(y0, y1, n)
        keep = shapely.contains_xy(country, x, y)
        lons.append(x[keep])
        lats.append(y[keep])
        got += keep.sum()
    lons = np.concatenate(lons)[:inside_needed]
    lats = np.concatenate(lats)[:inside_needed]
    # The rest near the border (within ~15 km), where snapping and the exact path work.
    border = shapely.get_coordinates(country.boundary)
    pick = border[rng.integers(0, len(border), n - inside_needed)]
    lons = np.r_[lons, pick[:, 0] + rng.normal(0, 0.06, len(pick))]
    lats = np.r_[lats, pick[:, 1] + rng.normal(0, 0.06, len(pick))]
    first, last = idx.coverage
    span = (last - first).days
    pool = np.datetime64(first) + np.sort(rng.choice(span + 1, size=min(k, span + 1),
                                                     replace=False))
    dates = pool[rng.integers(0, len(pool), n)]
    order = rng.permutation(n)
    return lons[order], lats[order], dates[order]


def contains_xy_peer(lons, lats, groups: dict, snaps: dict) -> np.ndarray:
    """The plain shapely answer: each date's points against each prepared polygon of the
    date's snapshot (``groups``: date -> point indices; ``snaps``: date -> snapshot)."""
    import shapely

    out = np.full(len(lons), None, dtype=object)
    for d, members in groups.items():
        x, y = lons[members], lats[members]
        got = np.full(len(members), None, dtype=object)
        for force, geom in zip(snaps[d]["force"].to_numpy(), snaps[d].geometry.values):
            got[shapely.contains_xy(geom, x, y)] = force
        out[members] = got
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--points", type=int, default=1_000_000)
    ap.add_argument("--dates", type=int, default=60, help="distinct dates among the points")
    ap.add_argument("--dataset", default="", help="control dataset folder (default: bundled)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--repeat", type=int, default=3, help="timed rounds (best kept)")
    args = ap.parse_args()

    import geopandas as gpd
    import pandas as pd

    from geo.control import ControlIndex
    from geo.control.dataset import BUNDLED_DIR

    dataset = args.dataset
    if not dataset and not (BUNDLED_DIR / "periods.csv").is_file():
        # No bundled dataset yet: the real 2017 village marks, imported.
        from geo.control.importers import import_marks
        from geo.reference.datadir import resolve
        from geo.reference import load

        data = resolve(None)
        res = import_marks(data.root / "control/wikipedia_detailed_map_marks_2017.csv",
                           ref=load(data), valid_from="2017-07-01", valid_to="2017-08-31",
                           force_field="faction", skip_invalid=True)
        dataset = str(res.dataset.write(Path(tempfile.mkdtemp()) / "marks2017"))
    print(f"dataset: {dataset or BUNDLED_DIR}")
    idx = ControlIndex.load(dataset=dataset or None)
    print(f"  {len(idx.periods):,} periods, {len(idx.tess):,} atoms, "
          f"{len(idx._change_days)} change days, coverage {idx.coverage[0]}..{idx.coverage[1]}")

    lons, lats, dates = _points(idx, args.points, args.dates, args.seed)
    n = len(lons)
    print(f"points: {n:,} on {len(np.unique(dates))} dates")

    # The peer's snapshots, built before its clock starts.
    t = time.perf_counter()
    day_index = pd.Index(dates)
    groups = {d: np.flatnonzero(day_index == d) for d in np.unique(dates)}
    snaps = {d: idx.snapshot(pd.Timestamp(d).date())[["force", "geometry"]] for d in groups}
    print(f"snapshots for the peer: {time.perf_counter() - t:.1f} s (not timed)")

    import shapely

    for snap in snaps.values():
        shapely.prepare(snap.geometry.values)

    def peer_contains():
        return contains_xy_peer(lons, lats, groups, snaps)

    def peer_sjoin():
        out = np.full(n, None, dtype=object)
        for d, members in groups.items():
            pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lons[members], lats[members]),
                                   crs=4326)
            joined = gpd.sjoin(pts, snaps[d], how="left", predicate="intersects")
            joined = joined[~joined.index.duplicated(keep="first")]
            out[members] = joined["force"].to_numpy()
        return out

    def timed(fn):
        t = time.perf_counter()
        value = fn()
        return time.perf_counter() - t, value

    # Warm every lazy structure (prepared atoms, the outline's buckets near the points, the
    # grid pages they touch, the front-line trees), as the peer's prepared snapshots are:
    # the whole batch once, and a sample with the front distance. The first call's time is
    # printed too (a process's first batch pays for these).
    cold_s, _ = timed(lambda: idx.control_many(lons, lats, dates))
    warm = np.random.default_rng(7).integers(0, n, min(n, 50_000))
    idx.control_many(lons[warm], lats[warm], dates[warm], front=True)
    print(f"  first call (cold): ours {cold_s:.2f} s")
    rounds = []
    for _ in range(args.repeat):
        ours_s, ours = timed(lambda: idx.control_many(lons, lats, dates))
        contains_s, contains = timed(peer_contains)
        front_s, with_front = timed(lambda: idx.control_many(lons, lats, dates, front=True))
        sjoin_s, peer = timed(peer_sjoin)
        rounds.append((ours_s, contains_s, front_s, sjoin_s))
        print(f"  round: ours {ours_s:.2f} s, contains_xy {contains_s:.2f} s, with front_km "
              f"{front_s:.2f} s, sjoin {sjoin_s:.2f} s")
        del with_front
    seconds, contains_seconds, front_seconds, sjoin_seconds = (min(r[k] for r in rounds)
                                                                for k in range(4))
    # Per round ratios, then the median: each peer against ours of the same round.
    contains_ratio = float(np.median([r[1] / r[0] for r in rounds]))
    ratio = float(np.median([r[3] / r[0] for r in rounds]))
    front_cost = float(np.median([r[2] / r[0] for r in rounds]))
    print(f"ours:  control_many {seconds:.2f} s ({n / seconds:,.0f} points/s); "
          f"with front_km {front_seconds:.2f} s ({front_cost:.1f}x; off by default)")
    print(f"peer:  shapely.contains_xy {contains_seconds:.2f} s; geopandas.sjoin "
          f"{sjoin_seconds:.2f} s")
    print(f"ratio: {contains_ratio:.2f}x faster than contains_xy (goal >= 2x), {ratio:.1f}x "
          f"faster than sjoin (goal >= 50x)")
    same = pd.notna(contains) & ours["inside"].to_numpy()
    agree_contains = float((ours["force"].to_numpy()[same] == contains[same]).mean())
    print(f"agreement with contains_xy on {same.sum():,} inside points: {agree_contains:.6f}")

    # Agreement with the peer on points strictly inside the country (the peer cannot snap).
    inside = ours["inside"].to_numpy() & pd.notna(peer)
    agree = float((ours["force"].to_numpy()[inside] == peer[inside]).mean())
    print(f"agreement with sjoin on {inside.sum():,} inside points: {agree:.6f}")

    # A single in-process look-up.
    rng = np.random.default_rng(1)
    m = 20_000
    sample = rng.integers(0, n, m)
    days = [pd.Timestamp(dates[i]).date() for i in sample]
    pts = [(float(lons[i]), float(lats[i]), days[j]) for j, i in enumerate(sample)]
    for p in pts[:200]:
        idx.control_at(*p)
    it = iter(pts * 3)
    single = timeit.timeit(lambda: idx.control_at(*next(it)), number=m) / m * 1e6
    it = iter(pts * 3)
    single_front = timeit.timeit(lambda: idx.control_at(*next(it), front=True),
                                 number=m) / m * 1e6
    print(f"single look-up: {single:.1f} us (goal <= 20 us); with front_km {single_front:.1f} us")

    # A fresh process: warm start-up and resident memory (after loading; during a batch of
    # the same size as above, uniform over the bounding box and the coverage, without and
    # with front_km).
    _child(dataset, 1000)  # fills the caches if needed
    startup = min(_child(dataset, 1000)[0] for _ in range(2))
    _, rss_loaded, rss_before, rss_peak, rss_before_front, rss_peak_front, rss_after = _child(
        dataset, n)
    per_row = (rss_peak - rss_before) * 1e6 / n
    per_row_front = (rss_peak_front - rss_before_front) * 1e6 / n
    print(f"warm start-up (import + load + one answer): {startup:.2f} s (goal <= 2 s)")
    print(f"resident memory: {rss_loaded:.0f} MB after load and one answer (goal <= 300 MB)")
    print(f"  batch of {n:,}: peak {rss_peak:.0f} MB ({per_row:.0f} bytes a point over the "
          f"{rss_before:.0f} MB before it); with front_km peak {rss_peak_front:.0f} MB "
          f"({per_row_front:.0f} bytes a point); {rss_after:.0f} MB holding the result")
    print(json.dumps({
        "points": n, "dates": len(groups), "seconds": round(seconds, 3),
        "cold_seconds": round(cold_s, 3),
        "contains_xy_seconds": round(contains_seconds, 3),
        "contains_xy_ratio": round(contains_ratio, 2),
        "sjoin_seconds": round(sjoin_seconds, 3), "ratio": round(ratio, 1),
        "front_seconds": round(front_seconds, 3), "front_cost": round(front_cost, 2),
        "agreement": round(agree, 6), "agreement_contains_xy": round(agree_contains, 6),
        "single_us": round(single, 2), "single_front_us": round(single_front, 2),
        "startup_s": round(startup, 3), "rss_mb": round(rss_loaded, 1),
        "rss_batch_peak_mb": round(rss_peak, 1), "rss_batch_bytes_per_point": round(per_row),
        "rss_front_batch_peak_mb": round(rss_peak_front, 1),
        "rss_front_batch_bytes_per_point": round(per_row_front),
        "rss_after_batch_mb": round(rss_after, 1),
        "dataset": str(dataset or BUNDLED_DIR), "atoms": len(idx.tess),
        "periods": len(idx.periods),
    }))


if __name__ == "__main__":
    main()
