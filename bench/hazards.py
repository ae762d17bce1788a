"""Benchmark: suspected hazard areas for 100,000 incidents, against geopandas buffer + dissolve.

The incidents: real village points (the OCHA communities) drawn with replacement,
weighted towards a few hundred "mined" villages as real accident data is, with the
precision mix of the UCDP extract: 70 % located to the village (2 km uncertainty;
one in seven of them at an exact spot up to ~1 km from the village point), 25 % near
it (10 km, at the village point, as UCDP places where_prec 2 events), 5 % only to
the district (counted, never drawn). Dates 2016-2023.

Ours: :func:`geo.hazard.build_hazards` - the whole product (grouping, polygons,
ids, counts, dates, confidence, unit tallies), without the control history and
front distance (measured apart, as "with fronts"). The peer: geopandas, as a GIS
user would do it: project to EPSG:32637, ``buffer`` each incident by its radius +
d/2, ``dissolve`` (unary union), ``explode`` into areas, ``sjoin`` the incidents
back and count them per area. Both run in this process on the same incidents at
several sizes; the number of areas must agree.

Wall-clock seconds depend on what else the machine runs (the ratio does not: both are
timed in the same run); ``cpu_seconds`` is this process's own time.

Run:  python bench/hazards.py [--sizes 10000,30000,100000] [--distance 500]
The last line is a JSON object: sizes, seconds, peer seconds, ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic(n: int, seed: int = 20):
    from geo.precision import LocationPrecision
    from geo.reference import load

    com = load().communities
    rng = np.random.default_rng(seed)
    hot = rng.choice(len(com), 400, replace=False)
    pick = np.where(rng.random(n) < 0.6, rng.choice(hot, n), rng.integers(0, len(com), n))
    lon = com["lon"].to_numpy()[pick]
    lat = com["lat"].to_numpy()[pick]
    kind = rng.random(n)
    # Sources place an event at a named place's point whatever its precision (UCDP's
    # where_prec 2 is "near" that place); some give the exact spot (here within ~1 km).
    exact = kind < 0.10
    lon = lon + exact * rng.uniform(-0.01, 0.01, n)
    lat = lat + exact * rng.uniform(-0.01, 0.01, n)
    prec = np.where(kind < 0.70, 1, np.where(kind < 0.95, 2, 3))
    day0 = dt.date(2016, 1, 1).toordinal()
    days = rng.integers(0, 8 * 365, n)
    out = []
    for k in range(n):
        p = LocationPrecision(int(prec[k]))
        d = dt.date.fromordinal(day0 + int(days[k]))
        out.append(SimpleNamespace(
            id=f"bench:{k}", date=d, date_interval=(d, d), cause="landmine", category="landmine",
            killed=int(k % 3 == 0), children=0, injured=int(k % 2), lon=float(lon[k]),
            lat=float(lat[k]), location_precision=p, radius_m={1: 2000, 2: 10000, 3: 30000}[int(p)],
            adm1_pcode=com["adm1_pcode"].iloc[pick[k]], adm2_pcode=com["adm2_pcode"].iloc[pick[k]],
            computed_control="GOV", dataset="bench", source_publisher="bench"))
    return out


def peer(records, distance: float) -> int:
    """geopandas: buffer, dissolve, explode, sjoin back, count per area."""
    import geopandas as gpd

    drawn = [r for r in records if int(r.location_precision) <= 2]
    pts = gpd.GeoDataFrame({"id": [r.id for r in drawn], "killed": [r.killed for r in drawn],
                            "r": [r.radius_m for r in drawn]},
                           geometry=gpd.points_from_xy([r.lon for r in drawn],
                                                       [r.lat for r in drawn]), crs=4326)
    m = pts.to_crs(32637)
    discs = m.copy()
    discs["geometry"] = m.buffer(m["r"] + distance / 2, quad_segs=16)
    areas = discs.dissolve().explode(index_parts=False).reset_index(drop=True)[["geometry"]]
    joined = gpd.sjoin(m, areas, predicate="within")
    counts = joined.groupby("index_right").agg(incidents=("id", "size"), killed=("killed", "sum"))
    areas = areas.join(counts).to_crs(4326)
    return len(areas)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,30000,100000")
    ap.add_argument("--distance", type=float, default=500.0)
    ap.add_argument("--no-peer-above", type=int, default=100_000,
                    help="skip the peer above this size (it is slow)")
    args = ap.parse_args()
    from geo.control import ControlIndex
    from geo.control.fronts import HistoricFronts
    from geo.hazard import build_hazards

    sizes = [int(s) for s in args.sizes.split(",")]
    everything = synthetic(max(sizes))
    index = ControlIndex.load()
    t = time.perf_counter()
    fronts = HistoricFronts.build(index)
    fronts_s = time.perf_counter() - t
    print(f"historic fronts: {len(fronts.segments)} segments in {fronts_s:.2f} s")
    rows = []
    for n in sizes:
        records = everything[:n]
        t, c = time.perf_counter(), time.process_time()
        product = build_hazards(records, distance_m=args.distance)
        ours, ours_cpu = time.perf_counter() - t, time.process_time() - c
        t = time.perf_counter()
        build_hazards(records, distance_m=args.distance, control_index=index, fronts=fronts)
        ours_full = time.perf_counter() - t
        row = {"incidents": n, "areas": len(product.areas), "seconds": round(ours, 3),
               "cpu_seconds": round(ours_cpu, 3),
               "seconds_with_control_and_fronts": round(ours_full, 3)}
        if n <= args.no_peer_above:
            t = time.perf_counter()
            n_peer = peer(records, args.distance)
            peer_s = time.perf_counter() - t
            row.update({"peer_seconds": round(peer_s, 3), "peer_areas": n_peer,
                        "ratio": round(peer_s / ours, 2)})
            # The peer's MultiPolygon-free parts can split an area whose discs only touch
            # at a chord; the counts must agree to within that.
            assert abs(n_peer - len(product.areas)) <= max(2, len(product.areas) // 100), \
                (n_peer, len(product.areas))
        rows.append(row)
        print(f"{n:>7} incidents: {len(product.areas)} areas in {ours:.2f} s (cpu {ours_cpu:.2f} s) "
              f"({ours_full:.2f} s with control history and fronts)"
              + (f"; geopandas buffer+dissolve {row['peer_seconds']:.2f} s, "
                 f"ratio {row['ratio']:.1f}x" if "ratio" in row else ""))
    print(json.dumps({"benchmark": "hazards", "distance_m": args.distance, "sizes": rows,
                      "fronts_seconds": round(fronts_s, 3),
                      "goal": "100k incidents in under 10 s"}))


if __name__ == "__main__":
    main()
