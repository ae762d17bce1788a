"""Benchmark: how cost grows with the number of incidents: 10k, 100k and 1M in one table.

For each size, a fresh Python process (so that memory is its own) loads the control
index from its warm cache, draws that many dated points over the country (as
``bench/control_join.py`` does: 2 % near the border, 60 dates) and measures:

* ``control_many`` (the whole answer, no front distance): the first (cold) call's time and
  peak resident memory above what the process held before (Linux ``VmHWM``, reset before
  the call), then the best of three warm rounds;
* the peer in the same process: ``shapely.contains_xy`` of each date's points against
  that date's prepared snapshot polygons (built before the clock starts);
* ``control_many(front=True)``: time, for the cost of the front-line distance.

Cost is linear when time and memory per point stay flat down the table.

    python bench/scale.py [--sizes 10000,100000,1000000]      # table, last line JSON
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[2])
import numpy as np, pandas as pd, shapely
from geo.control import ControlIndex
from control_join import _points, contains_xy_peer

def status(key):
    with open("/proc/self/status") as f:
        return int(next(l for l in f if l.startswith(key)).split()[1]) / 1024

def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass

idx = ControlIndex.load()
n = int(sys.argv[1])
lons, lats, dates = _points(idx, n, 60, 42)
groups = {d: np.flatnonzero(dates == d) for d in np.unique(dates)}
snaps = {d: idx.snapshot(pd.Timestamp(d).date()) for d in groups}
for s in snaps.values():
    shapely.prepare(s.geometry.values)
# A thousand points build what every batch shares (the prepared atoms, the outline: about
# 30 MB once per process). The first whole call (it also fills the outline's buckets and
# grid pages its points meet, as the peer's snapshots are prepared before its clock) gives
# the peak memory; then a sample with the front distance warms the front trees.
idx.control_many(lons[:1000], lats[:1000], dates[:1000])
before = status("VmRSS:"); reset_peak()
t = time.perf_counter(); res = idx.control_many(lons, lats, dates)
cold = time.perf_counter() - t
cold_peak = status("VmHWM:") - before
del res
warm = slice(0, min(n, 20000))
idx.control_many(lons[warm], lats[warm], dates[warm], front=True)
rounds = []
for rnd in range(3):
    t = time.perf_counter(); res = idx.control_many(lons, lats, dates)
    ours = time.perf_counter() - t
    del res
    t = time.perf_counter()
    contains_xy_peer(lons, lats, groups, snaps)
    peer = time.perf_counter() - t
    t = time.perf_counter(); res = idx.control_many(lons, lats, dates, front=True)
    front = time.perf_counter() - t
    del res
    rounds.append({"ours_s": ours, "peer_s": peer, "front_s": front})
out = dict(min(rounds, key=lambda r: r["ours_s"]))  # the best round; each round's ratio
out["peak_mb"], out["cold_s"] = cold_peak, cold
out["ratios"] = [r["peer_s"] / r["ours_s"] for r in rounds]
out["front_costs"] = [r["front_s"] / r["ours_s"] for r in rounds]
print(json.dumps(out))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    args = ap.parse_args()
    rows = []
    print(f"{'points':>10} {'ours s':>8} {'us/pt':>6} {'cold s':>7} {'peak MB':>8} {'B/pt':>5} "
          f"{'contains_xy s':>13} {'ratio':>6} {'front s':>8} {'front x':>7}")
    for n in (int(v) for v in args.sizes.split(",")):
        done = subprocess.run([sys.executable, "-c", _CHILD, str(n), str(ROOT / "bench")],
                              capture_output=True, text=True, cwd=ROOT, check=True)
        r = json.loads(done.stdout.strip().splitlines()[-1])
        ratio = sorted(r["ratios"])[len(r["ratios"]) // 2]
        row = {"points": n, "seconds": round(r["ours_s"], 4),
               "us_per_point": round(r["ours_s"] / n * 1e6, 3),
               "cold_seconds": round(r["cold_s"], 4), "peak_mb": round(r["peak_mb"], 1),
               "bytes_per_point": round(r["peak_mb"] * 1048576 / n),
               "contains_xy_seconds": round(r["peer_s"], 4), "ratio_vs_contains_xy": round(ratio, 2),
               "front_seconds": round(r["front_s"], 4),
               "front_cost": round(sorted(r["front_costs"])[len(r["front_costs"]) // 2], 2)}
        rows.append(row)
        print(f"{n:>10,} {row['seconds']:>8.3f} {row['us_per_point']:>6.2f} "
              f"{row['cold_seconds']:>7.3f} {row['peak_mb']:>8.1f} {row['bytes_per_point']:>5} "
              f"{row['contains_xy_seconds']:>13.3f} {row['ratio_vs_contains_xy']:>6.2f} "
              f"{row['front_seconds']:>8.3f} {row['front_cost']:>7.2f}")
    print(json.dumps({"benchmark": "scale", "rows": rows}))


if __name__ == "__main__":
    main()
