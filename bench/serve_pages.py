"""Bench: pages of ``/api/incidents`` as served over HTTP: the server's CPU a request.

``incmap serve`` (waitress, ``--threads 2``) on a loopback port over the bench stores of
``bench/read_routes.py`` (10k, 100k and 1M incidents, cached in ``--cache``). For each page
(``datetime=2017-01-01/2019-12-31&limit=N``, N = 10,000 and 1,000) one keep-alive client asks
it in batches (10 requests of a page of 10,000, 50 of a page of 1,000), after two to warm, and
then pages through the whole window in order (a walk: offset 0, N, 2N, ..., a batch each;
``--scale`` times more of each in a batch);
the server process's CPU seconds (user + system, ``/proc/PID/stat``) over each batch, the best
of ``--batches``: what serving a page costs the machine, apart from the client reading it.
``served a ms``: the page's incidents per ms of that CPU (goal, issue 15: 1,000).

    python bench/serve_pages.py [--sizes 10000,100000] [--pages 10000,1000] [--batches 6] [--scale 3]
    # the last line printed is JSON
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
WINDOW = "2017-01-01/2019-12-31"
PAGES = ((10000, 10), (1000, 50))  # (limit, requests a batch)


def _cpu_s(pid: int) -> float:
    """The process's user + system CPU seconds (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    r = conn.getresponse()
    return r.status, r.read()


def _walk(conn, pid: int, path: str, matched: int, limit: int, batches: int,
          scale: int = 1) -> dict:
    """A client paging through the whole window in order (offset 0, limit, 2 limit, ...):
    the server's CPU a page, the best of ``batches`` batches of ``scale`` walks each (the first
    walk finds each page's start from the one before, the next ones from the starts the
    server keeps)."""
    offsets = range(0, matched, limit)
    costs, nbytes = [], 0
    for _ in range(batches):
        before, nbytes = _cpu_s(pid), 0
        for _ in range(scale):
            for offset in offsets:
                status, body = _get(conn, f"{path}&offset={offset}")
                assert status == 200, status
                nbytes += len(body)
        costs.append((_cpu_s(pid) - before) / (len(offsets) * scale) * 1000)
        nbytes //= scale
    best = min(costs)
    served = matched / len(offsets)
    return {"page": limit, "walk": len(offsets), "served": round(served), "bytes": nbytes // len(offsets),
            "server_cpu_ms": round(best, 2), "batches_ms": [round(c, 2) for c in costs],
            "served_per_ms": round(served / best, 1) if best else None}


def measure(store: Path, batches: int, scale: int = 1, pages=PAGES) -> list[dict]:
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "incmap", "serve", "--store", str(store),
                               "--port", str(port), "--threads", "2"], cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rows = []
    try:
        conn, deadline = None, time.time() + 900
        while True:  # until it answers a page (a store of another version is migrated first)
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
                if _get(conn, f"/api/incidents?datetime={WINDOW}&limit=1")[0] == 200:
                    break
            except OSError:
                pass
            if time.time() > deadline or server.poll() is not None:
                raise SystemExit(f"incmap serve did not answer a page of {store}")
            time.sleep(0.5)
        # Until the server is idle: what it starts in the background on its first pages (the
        # features file of geo.store.featurefile opened or built) is not a request's cost.
        _get(conn, f"/api/incidents?datetime={WINDOW}&limit=10")
        before, settle = _cpu_s(server.pid), time.time() + 120
        while time.time() < settle:
            time.sleep(1.0)
            now = _cpu_s(server.pid)
            if now - before < 0.02:
                break
            before = now
        for limit, per_batch in pages:
            per_batch *= scale
            path = f"/api/incidents?datetime={WINDOW}&limit={limit}"
            status, body = _get(conn, path)
            assert status == 200, status
            served = json.loads(body)["numberReturned"]
            _get(conn, path)
            costs = []
            for _ in range(batches):
                before = _cpu_s(server.pid)
                for _ in range(per_batch):
                    assert len(_get(conn, path)[1]) == len(body)
                costs.append((_cpu_s(server.pid) - before) / per_batch * 1000)
            best = min(costs)
            rows.append({"page": limit, "served": served, "bytes": len(body),
                         "server_cpu_ms": round(best, 2),
                         "batches_ms": [round(c, 2) for c in costs],
                         "served_per_ms": round(served / best, 1) if best else None})
            rows.append(_walk(conn, server.pid, path, json.loads(body)["numberMatched"], limit,
                              batches, scale))
    finally:
        server.terminate()
        server.wait()
    return rows


def main(argv=None) -> dict:
    from export_stream import store_of

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--batches", type=int, default=6)
    ap.add_argument("--scale", type=int, default=1,
                    help="requests a batch times this, walks a batch too (a finer measure: the "
                         "CPU clock ticks in 10 ms)")
    ap.add_argument("--pages", default="10000,1000", help="the page sizes measured")
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "incmap-bench"))
    args = ap.parse_args(argv)
    table = []
    for n in (int(s) for s in args.sizes.split(",")):
        pages = [p for p in PAGES if str(p[0]) in args.pages.split(",")]
        for r in measure(store_of(Path(args.cache), n), args.batches, args.scale, pages):
            table.append({"store": n, **r})
            kind = f"walk of {r['walk']:>3} pages" if "walk" in r else "the first page"
            print(f"{n:>9,} page of {r['page']:>6,}, {kind}: {r['served']:>6,} served, "
                  f"{r['bytes'] / 2**20:5.1f} MB, server CPU {r['server_cpu_ms']:6.1f} ms "
                  f"({r['served_per_ms']} a ms; batches {r['batches_ms']})", flush=True)
    result = {"bench": "serve_pages", "rows": table, "load": os.getloadavg(),
              "meets_goal": all((r["served_per_ms"] or 0) >= 1000 for r in table)}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
