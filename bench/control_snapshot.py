"""Benchmark: the control map of a day (``control_snapshot_geojson``), cold, at 20 dates 2011-2026.

Each date is answered from scratch (the index's snapshot cache emptied first, and the
persisted features bypassed): the atoms (simplified together once, beforehand, as the
service does) are dissolved by force and status, snapped to the grid, cleaned of slivers
and wound by the right-hand rule, then written as GeoJSON. Then the same dates are served
as a restarted service serves them: from the features persisted on disk (memory emptied).
Goal (issue 15): one snapshot <= 100 ms.

The peer, measured in the same run on the same atoms and labels, is what a GIS user
would write: ``GeoDataFrame.dissolve(by=["force", "contested"])`` followed by
``to_json()`` (no simplification, no cleaning: usually invalid where atoms meet
imperfectly, and much larger). The ratio is ours / peer (lower is faster).

Also printed: the defects of our output over the 20 dates (wrongly wound rings,
invalid geometries, non-polygonal features); all must be 0.

    python bench/control_snapshot.py [--dates 20]

The last line printed is a JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dates", type=int, default=20)
    args = ap.parse_args()

    import geopandas as gpd
    import numpy as np
    import shapely

    from geo.control import ControlIndex
    from geo.control.period import day_number
    from geo.control import snapshot as snapshot_module
    from geo.control.snapshot import (SNAPSHOT_DIGITS, SNAPSHOT_TOLERANCE,
                                      control_snapshot_geojson)

    idx = ControlIndex.load()
    t = time.perf_counter()
    idx.tess.simplified(SNAPSHOT_TOLERANCE)
    simplify_once = time.perf_counter() - t
    n = args.dates
    dates = [dt.date(2011, 3, 20) + dt.timedelta(days=round(i * 5720 / max(n - 1, 1)))
             for i in range(n)]
    ours = peer = persisted = 0.0
    worst = 0.0
    size_ours = size_peer = 0
    wound = invalid = other = 0
    for day in dates:
        idx._snapshots.clear()
        t = time.perf_counter()
        features = snapshot_module._build_features(idx, day, SNAPSHOT_TOLERANCE, SNAPSHOT_DIGITS)
        text = json.dumps(features)
        took = time.perf_counter() - t
        ours += took
        worst = max(worst, took)
        control_snapshot_geojson(idx, day)  # persisted (if not already)
        snapshot_module._MEMORY.clear()
        idx._snapshots.clear()
        t = time.perf_counter()
        fc = control_snapshot_geojson(idx, day)
        json.dumps(fc)
        persisted += time.perf_counter() - t
        size_ours += len(text)
        for f in fc["features"]:
            g = shapely.geometry.shape(f["geometry"])
            other += g.geom_type not in ("Polygon", "MultiPolygon")
            invalid += not g.is_valid
            for p in shapely.get_parts(g):
                wound += (not p.exterior.is_ccw) + sum(r.is_ccw for r in p.interiors)
        # The peer: the same labels, dissolved by geopandas.
        epoch = int(idx._epoch(np.array([day_number(day)]))[0])
        per = idx._atom_periods(epoch)
        known = np.where(per >= 0, per, -1)
        frame = gpd.GeoDataFrame({"force": np.where(per >= 0, idx._p_force[known], "UNKNOWN"),
                                  "contested": np.where(per >= 0, idx._p_contested[known], False)},
                                 geometry=idx.tess.geoms, crs=4326)
        t = time.perf_counter()
        text = frame.dissolve(by=["force", "contested"]).reset_index().to_json()
        peer += time.perf_counter() - t
        size_peer += len(text)
    result = {"dates": n, "ours_s": round(ours, 3), "peer_dissolve_s": round(peer, 3),
              "ratio": round(ours / peer, 3), "ours_ms_per_date": round(1000 * ours / n, 1),
              "ours_worst_ms": round(1000 * worst, 1),
              "persisted_ms_per_date": round(1000 * persisted / n, 1),
              "simplify_once_s": round(simplify_once, 3),
              "ours_mb": round(size_ours / 1e6, 2), "peer_mb": round(size_peer / 1e6, 2),
              "wrongly_wound_rings": int(wound), "invalid": int(invalid),
              "non_polygonal": int(other)}
    print(f"one date: cold {result['ours_ms_per_date']} ms (worst {result['ours_worst_ms']} ms; "
          f"goal <= 100 ms), from the persisted cache {result['persisted_ms_per_date']} ms; "
          f"atoms simplified once in {simplify_once:.2f} s")
    print(f"{n} dates: ours {ours:.2f} s ({result['ours_mb']} MB), geopandas dissolve "
          f"{peer:.2f} s ({result['peer_mb']} MB); defects: {wound} wound, {invalid} invalid, "
          f"{other} non-polygonal")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
