"""Benchmark: the control map of a day (``control_snapshot_geojson``), cold, at 20 dates 2011-2026.

Each date is answered from scratch (the index's snapshot cache emptied first): the
atoms are dissolved by force and status, simplified together, snapped to the grid,
cleaned of slivers and wound by the right-hand rule, then written as GeoJSON.

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
    from geo.control.snapshot import control_snapshot_geojson

    idx = ControlIndex.load()
    n = args.dates
    dates = [dt.date(2011, 3, 20) + dt.timedelta(days=round(i * 5720 / max(n - 1, 1)))
             for i in range(n)]
    ours = peer = 0.0
    size_ours = size_peer = 0
    wound = invalid = other = 0
    for day in dates:
        idx._snapshots.clear()
        t = time.perf_counter()
        fc = control_snapshot_geojson(idx, day)
        text = json.dumps(fc)
        ours += time.perf_counter() - t
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
              "ours_mb": round(size_ours / 1e6, 2), "peer_mb": round(size_peer / 1e6, 2),
              "wrongly_wound_rings": int(wound), "invalid": int(invalid),
              "non_polygonal": int(other)}
    print(f"{n} dates: ours {ours:.2f} s ({result['ours_mb']} MB), geopandas dissolve "
          f"{peer:.2f} s ({result['peer_mb']} MB); defects: {wound} wound, {invalid} invalid, "
          f"{other} non-polygonal")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
