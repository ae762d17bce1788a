"""Benchmark: a page deep in the incident store, as an OGC client paging 10 at a time reads it.

GDAL 3.6's OAPIF driver pages 10 features at a time (no server can tell it otherwise; 3.8
reads the ``limit`` maximum OpenAPI advertises), so reading the demo store's 16,576 incidents
is 1,658 requests whose offsets go to 16,570. Each page is what
:meth:`geo.store.sql.SQLStore.query` reads with ``limit`` and ``offset``: its rows found by key
first, then read whole. A GeoPackage store keeps where the pages of a query start until the
file changes (:meth:`GeoPackageStore._paged`), so the page asked again is timed apart
(``key-first``, the median of ``--repeat``) from its first request on a store just opened
(``first``, the fastest of three), and from the next page of a client paging on (``next``).

The peer, measured in the same run on the same file: the same page read whole-row with
``ORDER BY ... LIMIT ... OFFSET`` (what the store did before), which sorts every column of
every row before the offset. The ratio is peer time / store time at each depth.

    python bench/deep_pages.py [--store PATH] [--repeat 20] [--datetime START/END] [--gdal]

``--datetime`` pages through a time window (``2017-01-01/2019-12-31``), as a client asking
``/api/incidents?datetime=...`` does.

``--gdal`` also times ``ogr2ogr`` from ``OAPIF:`` with GDAL's default page size against the
service on a loopback port (minutes). The last line printed is a JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _time(fn, repeat: int) -> float:
    fn()  # warm the cache
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def _first(path: str, offset: int, window: dict) -> float:
    """The page at ``offset`` asked first of a store just opened (nothing kept yet)."""
    from geo.store import open_store

    store = open_store(path, readonly=True)
    try:
        store.count(**window)  # as a request counts first
        t = time.perf_counter()
        store.query(limit=10, offset=offset, **window)
        return time.perf_counter() - t
    finally:
        store.close()


def _next(store, offset: int, window: dict) -> float:
    """The page after the one at ``offset``, asked right after it (a client paging on)."""
    store.query(limit=10, offset=offset, **window)
    t = time.perf_counter()
    store.query(limit=10, offset=offset + 10, **window)
    return time.perf_counter() - t


def _gdal_seconds(store: str) -> float:
    from incmap.serve import make_server
    from server import create_app
    from service.settings import Settings

    server = make_server(create_app(Settings(store_path=store)), port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            subprocess.run(["ogr2ogr", "-f", "GPKG", str(Path(tmp) / "out.gpkg"),
                            f"OAPIF:http://127.0.0.1:{server.effective_port}", "incidents"],
                           check=True, capture_output=True)
            return time.perf_counter() - t
    finally:
        server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="a GeoPackage store (default: the demo store)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--datetime", help="a time window START/END to page through")
    parser.add_argument("--gdal", action="store_true", help="also time ogr2ogr (minutes)")
    args = parser.parse_args()

    from geo.store import open_store
    from geo.store.demo import ensure_demo_store

    path = args.store or str(ensure_demo_store())
    store = open_store(path, readonly=True)
    window = dict(zip(("start", "end"), args.datetime.split("/"))) if args.datetime else {}
    total = store.count(**window)
    conn = store._conn()
    where, params = store._selection(store._filters(None, window))
    whole = f"SELECT * FROM incidents{where} ORDER BY date, id LIMIT 10 OFFSET ?"
    rows = []
    for depth in (0.0, 0.5, 1.0):
        offset = max(0, int((total - 10) * depth))
        mine = _time(lambda: store.query(limit=10, offset=offset, **window), args.repeat)
        peer = _time(lambda: conn.execute(whole, [*params, offset]).fetchall(), args.repeat)
        first = min(_first(path, offset, window) for _ in range(3))
        after = max(offset - 10, 0)
        following = min(_next(store, after, window) for _ in range(args.repeat))
        rows.append({"offset": offset, "store_ms": round(mine * 1000, 2),
                     "first_ms": round(first * 1000, 2), "next_ms": round(following * 1000, 2),
                     "whole_row_ms": round(peer * 1000, 2), "ratio": round(peer / mine, 2)})
        print(f"offset {offset:>6}: key-first {mine * 1000:7.2f} ms (first {first * 1000:7.2f}, "
              f"next {following * 1000:7.2f}), whole-row {peer * 1000:7.2f} ms, "
              f"{peer / mine:5.2f}x")
    result = {"bench": "deep_pages", "store": path, "window": args.datetime, "incidents": total, "pages": rows,
              "deepest_ratio": rows[-1]["ratio"]}
    if args.gdal:
        result["ogr2ogr_default_page_size_s"] = round(_gdal_seconds(path), 1)
        print(f"ogr2ogr, GDAL's default page size: {result['ogr2ogr_default_page_size_s']} s")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
