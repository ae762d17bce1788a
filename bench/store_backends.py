"""Bench: the GeoPackage store against the PostGIS store, at several sizes up to 100,000 incidents.

The incidents are the real UCDP GED extract, read and placed by the project's pipeline
once, then repeated with small offsets (about 1 km) and new ids until each size is
reached (as ``bench/map_page.py`` does). For each size and each backend, in the same run:

* **import**: ``add_many`` of every incident into a fresh store (batches of 20,000, each
  one transaction), then **re-import**: the same again (every record unchanged);
* **query**: a fixed mix the service runs: a filtered page, a box + category count, the
  month x perpetrator x governorate statistics, the governorate counts of the map;
* **export**: ``/export/incidents.geojson`` of one year, through the service core.

PostGIS runs on a throw-away local cluster (Unix socket) unless ``--postgres URL`` (or
``$INCMAP_TEST_POSTGRES``) names a server. Times are the best of ``--repeat`` runs for
queries and exports. The ratio printed is PostGIS time / GeoPackage time (below 1: PostGIS
is faster). The last line is a JSON object.

    python bench/store_backends.py                         # 10,000, 30,000, 100,000
    python bench/store_backends.py --sizes 100000 --repeat 5
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UCDP = "incidents/ucdp_ged_syria_2016-01_2019-11.csv"
QUERIES = (
    ("page", lambda s: s.query(adm1="SY07", start="2017", end="2017", limit=100, order="-killed")),
    ("box+category", lambda s: s.count(bbox="36.0,35.0,37.5,36.5", category="massacre,killing")),
    ("stats", lambda s: s.stats(group_by=("month", "perpetrator", "adm1"))),
    ("map counts", lambda s: s.stats(group_by=("adm1",), start="2017-01-01", end="2017-12-31")),
)


def incidents(n_max: int) -> list:
    """The UCDP extract, placed, repeated with ~1 km offsets and new ids up to ``n_max``."""
    from geo.gazetteer import Gazetteer
    from geo.importers import enrich, read_file
    from geo.reference.datadir import resolve

    data = resolve(None)
    batch = read_file(data.root / UCDP, "ucdp")
    enrich(batch, data=data, gaz=Gazetteer.load(data))
    base = [inc for inc in batch.incidents if inc.lon is not None]
    out, k = [], 0
    while len(out) < n_max:
        dx, dy = (0.0, 0.0) if k == 0 else (0.01 * ((k % 3) - 1), 0.01 * (((k // 3) % 3) - 1))
        for inc in base[: n_max - len(out)]:
            out.append(inc if k == 0 else dataclasses.replace(
                inc, id=None, source_id=f"{inc.source_id}#{k}", lon=inc.lon + dx, lat=inc.lat + dy))
        k += 1
    return out


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def measure(store, batch: list, repeat: int, data) -> dict:
    from service.app import API
    from service.core import Request
    from service.settings import Settings

    out = {}
    out["import"] = sum(timed(lambda: store.add_many(batch[i:i + 20_000]))
                        for i in range(0, len(batch), 20_000))
    out["reimport"] = sum(timed(lambda: store.add_many(batch[i:i + 20_000]))
                          for i in range(0, len(batch), 20_000))
    assert store.count(all_records=True) == len(batch), store.count(all_records=True)
    for name, q in QUERIES:
        q(store)  # warm (caches, the planner's statistics)
        out[f"query {name}"] = min(timed(lambda: q(store)) for _ in range(repeat))
    out["query"] = sum(out[f"query {name}"] for name, _ in QUERIES)
    api = API(Settings(data_dir=str(data.root)), store=store)
    _ = api.gazetteer, api.control_index
    req = Request(path="/export/incidents.geojson", params={"datetime": "2017-01-01/2017-12-31"})
    out["export"] = min(timed(lambda: api.export(req, "incidents", "geojson")) for _ in range(repeat))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,30000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", default=os.environ.get("INCMAP_TEST_POSTGRES"),
                        help="a server where a database may be created (default: a throw-away one)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    import psycopg

    from geo.reference.datadir import resolve
    from geo.store import open_store
    from geo.store.pgcluster import TemporaryCluster, schema_url, scratch_database

    data = resolve(None)
    t0 = time.perf_counter()
    every = incidents(max(sizes))
    print(f"{len(every):,} incidents prepared in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    cluster = None
    if args.postgres:
        admin = args.postgres
    else:
        cluster = TemporaryCluster().start()
        admin = cluster.url
    results = {}
    try:
        with tempfile.TemporaryDirectory(prefix="incmap-bench-") as tmp, \
                scratch_database(admin, f"incmap_bench_{os.getpid()}") as db:
            for n in sizes:
                batch = every[:n]
                gpkg = open_store(Path(tmp) / f"b{n}.gpkg")
                schema = f"b_{uuid.uuid4().hex[:12]}"
                with psycopg.connect(db, autocommit=True) as conn:
                    conn.execute(f'CREATE SCHEMA "{schema}"')
                pg = open_store(schema_url(db, schema))
                results[n] = {"gpkg": measure(gpkg, batch, args.repeat, data),
                              "postgis": measure(pg, batch, args.repeat, data)}
                gpkg.close()
                pg.close()
                row = results[n]
                print(f"\n{n:,} incidents          GeoPackage     PostGIS   ratio PostGIS/GeoPackage")
                for op in ("import", "reimport", *(f"query {q}" for q, _ in QUERIES), "query", "export"):
                    g, p = row["gpkg"][op], row["postgis"][op]
                    print(f"  {op:<20} {g:9.3f} s {p:9.3f} s   {p / g:6.2f}")
    finally:
        if cluster:
            cluster.stop()
    summary = {str(n): {op: {"gpkg_s": round(r["gpkg"][op], 4), "postgis_s": round(r["postgis"][op], 4),
                              "ratio": round(r["postgis"][op] / r["gpkg"][op], 3)}
                         for op in ("import", "reimport", "query", "export")}
               for n, r in results.items()}
    print(json.dumps({"bench": "store_backends", "sizes": summary}))


if __name__ == "__main__":
    main()
