"""Render one PNG map of the control index per key date, to look at the dataset.

    python bench/render_control_maps.py [--out DIR] [--dates 2017-07-20,2023-07-01]
                                        [--bbox W,S,E,N] [--labels]

Each image shows the snapshot (:meth:`geo.control.ControlIndex.snapshot`) in the
forces' colours, contested areas hatched, low-confidence areas paler, the drawn
areas of the bundled dataset outlined, and the governorate borders. It also
times the snapshot against reading the periods file (the peer measured in the
same run) and prints a JSON line at the end, like the other bench scripts.

Needs matplotlib (``pip install matplotlib``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

KEY_DATES = ["2017-07-20", "2019-06-01", "2020-03-06", "2023-07-01", "2024-12-01", "2025-06-01"]
ROOT = Path(__file__).resolve().parent.parent


def render(index, gaz, day: str, out: Path, bbox=None, labels: bool = False) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    from geo.control.dataset import read_areas
    from geo.force import FORCES

    snap = index.snapshot(day)
    fig, ax = plt.subplots(figsize=(11, 10), dpi=110)
    import geopandas as gpd

    for _, row in snap.iterrows():
        if row.geometry is None or row.geometry.is_empty:
            continue
        alpha = 0.8  # the snapshot gives one (the lowest) confidence per force: not per area
        # GeoSeries.plot draws holes (enclaves) correctly, unlike filling exteriors
        gpd.GeoSeries([row.geometry], crs=4326).plot(
            ax=ax, color=row["colour"], alpha=alpha, linewidth=0,
            hatch="////" if row["contested"] else None)
    gaz.ref.adm1.boundary.plot(ax=ax, color="black", linewidth=0.6)
    areas_path = ROOT / "geo" / "data" / "control" / "areas.geojson"
    if areas_path.is_file():
        read_areas(areas_path).boundary.plot(ax=ax, color="#222222", linewidth=0.8,
                                             linestyle="--")
    if labels:
        com = gaz.ref.communities
        level = com["capital_level"].astype(int)
        big = com[(level >= 0) & (level <= 3)]  # governorate to sub-district seats
        ax.scatter(big["lon"], big["lat"], s=3, color="black")
        for _, c in big.iterrows():
            ax.annotate(c["name_en"], (c["lon"], c["lat"]), fontsize=5)
    present = [f for f in FORCES if f in set(snap["force"])]
    ax.legend(handles=[Patch(color=FORCES[f].colour, label=f"{f}: {FORCES[f].short}")
                       for f in present], loc="lower left", fontsize=8)
    if bbox:
        ax.set_xlim(bbox[0], bbox[2])
        ax.set_ylim(bbox[1], bbox[3])
    ax.set_aspect(1.22)
    stale = " (past coverage: stale)" if index.is_stale(day) else ""
    ax.set_title(f"Control on {day}{stale} - hatched: contested; dashed: drawn areas")
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, bbox_inches="tight")
    plt.close(fig)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "bench" / "out" / "control_maps"))
    ap.add_argument("--dates", default=",".join(KEY_DATES))
    ap.add_argument("--bbox", help="W,S,E,N to zoom in, e.g. 36.2,35.4,37.3,36.4 for Idlib")
    ap.add_argument("--labels", action="store_true", help="label the larger communities")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from geo.control import ControlIndex
    from geo.control.dataset import read_periods_csv
    from geo.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    index = ControlIndex.load()
    bbox = tuple(float(x) for x in args.bbox.split(",")) if args.bbox else None
    suffix = "_zoom" if bbox else ""
    written, snap_s = [], 0.0
    for day in [d.strip() for d in args.dates.split(",") if d.strip()]:
        t0 = time.perf_counter()
        index.snapshot(day)
        snap_s += time.perf_counter() - t0
        written.append(str(render(index, gaz, day, Path(args.out) / f"control_{day}{suffix}.png",
                                  bbox, args.labels)))
    t0 = time.perf_counter()
    read_periods_csv(ROOT / "geo" / "data" / "control" / "periods.csv")
    peer_s = time.perf_counter() - t0
    for w in written:
        print(w)
    n = max(len(written), 1)
    print(json.dumps({"maps": len(written), "snapshot_s_per_date": round(snap_s / n, 3),
                      "peer_read_periods_s": round(peer_s, 3),
                      "ratio_snapshot_to_peer": round(snap_s / n / max(peer_s, 1e-9), 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
