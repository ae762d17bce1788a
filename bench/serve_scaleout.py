"""Bench: several waitress processes on one PostGIS store, under a bounded load on loopback.

Scaling out (docs/scaling.md) means stateless app servers behind a load balancer, all on
one PostGIS database. This measures it on this machine, in one run:

1. a throw-away PostgreSQL cluster (Unix socket only), or ``--postgres URL``;
2. the UCDP GED extract imported into it with ``incmap import ... --store URL``;
3. ``--processes`` (default 4) ``incmap serve --store URL`` processes on 127.0.0.1, and, as
   the peer in the same run, one process alone;
4. a bounded load: ``--requests`` requests (default 2,000) from ``--clients`` threads, spread
   round-robin over the processes (the load balancer's part), stopping early after
   ``--seconds``; the mix is what the map and the API ask: incident pages, statistics,
   map views, governorate counts, control answers. While it runs, one write (an ACLED file
   through ``POST /api/import`` with the write token) goes through one of the processes.

Only 127.0.0.1 is used. Printed: requests per second, latency percentiles, errors (any
status but 200/201, or a failed connection), for N processes and for one; the ratio is
N processes' throughput / one process's. The last line is a JSON object.

    python bench/serve_scaleout.py
    python bench/serve_scaleout.py --processes 4 --requests 4000 --clients 16
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PATHS = (
    "/api/incidents?adm1=SY07&datetime=2017-01-01/2017-12-31&limit=50",
    "/api/incidents?bbox=36.0,35.0,37.5,36.5&category=massacre&limit=20",
    "/api/stats?datetime=2018-01-01/2018-12-31",
    "/api/map/incidents?bbox=35.5,32.3,42.4,37.4&start=2017-01-01&end=2017-06-30&zoom=7",
    "/api/map/incidents?bbox=36.5,35.8,37.5,36.6&start=2016-01-01&end=2016-12-31&zoom=11",
    "/api/map/governorates?start=2016-01-01&end=2019-12-31",
    "/api/control?lat=36.50&lon=37.48&date=2018-07-09",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_servers(n: int, store: str, token: str, log_dir: Path) -> list[tuple[subprocess.Popen, int]]:
    import requests

    servers = []
    env = {**os.environ, "INCMAP_WRITE_TOKEN": token, "PYTHONPATH": str(ROOT)}
    for i in range(n):
        port = free_port()
        log = open(log_dir / f"serve-{i}.log", "w")
        proc = subprocess.Popen([sys.executable, "-m", "incmap", "serve", "--store", store,
                                 "--host", "127.0.0.1", "--port", str(port), "--threads", "4"],
                                stdout=log, stderr=log, env=env)
        servers.append((proc, port))
    deadline = time.time() + 300
    for proc, port in servers:
        while True:
            try:
                if requests.get(f"http://127.0.0.1:{port}/api/control?lat=36.5&lon=37.48&date=2018-07-09",
                                timeout=30).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                raise SystemExit(f"a server did not start; see {log_dir}")
            time.sleep(0.5)
    return servers


def stop_servers(servers) -> None:
    for proc, _ in servers:
        proc.terminate()
    for proc, _ in servers:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def load(ports: list[int], n_requests: int, clients: int, seconds: float, token: str,
         write: bytes | None) -> dict:
    """Send the bounded load; the figures."""
    import requests

    lock = threading.Lock()
    counter = iter(range(n_requests))
    latencies: list[float] = []
    errors: list[str] = []
    stop_at = time.time() + seconds
    write_status: list[int] = []

    def worker():
        session = requests.Session()
        while time.time() < stop_at:
            with lock:
                k = next(counter, None)
            if k is None:
                return
            url = f"http://127.0.0.1:{ports[k % len(ports)]}{PATHS[k % len(PATHS)]}"
            t0 = time.perf_counter()
            try:
                r = session.get(url, timeout=60)
                ok = r.status_code == 200
                detail = f"{r.status_code} {url}"
            except requests.RequestException as exc:
                ok, detail = False, f"{type(exc).__name__} {url}"
            with lock:
                latencies.append(time.perf_counter() - t0)
                if not ok:
                    errors.append(detail)

    def writer():
        time.sleep(1.0)
        r = requests.post(f"http://127.0.0.1:{ports[0]}/api/import?format=acled&filename=acled.csv",
                          data=write, headers={"Authorization": f"Bearer {token}"}, timeout=120)
        write_status.append(r.status_code)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    if write is not None:
        threads.append(threading.Thread(target=writer))
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    lat = sorted(latencies)
    return {"processes": len(ports), "requests": len(lat), "seconds": round(wall, 2),
            "per_second": round(len(lat) / wall, 1), "errors": len(errors),
            "error_examples": errors[:5],
            "p50_ms": round(1000 * statistics.median(lat), 1),
            "p95_ms": round(1000 * lat[int(0.95 * (len(lat) - 1))], 1),
            "max_ms": round(1000 * lat[-1], 1),
            "write_status": write_status[0] if write_status else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--postgres", default=os.environ.get("INCMAP_TEST_POSTGRES"))
    args = parser.parse_args()

    import tempfile

    from geo.store.pgcluster import TemporaryCluster, scratch_database

    cluster = None
    admin = args.postgres
    if not admin:
        cluster = TemporaryCluster().start()
        admin = cluster.url
    token = secrets.token_urlsafe(32)
    acled = (ROOT / "tests" / "data" / "incidents" / "acled_deir_ez_zor_2023-07.csv").read_bytes()
    out = {}
    try:
        with scratch_database(admin, f"incmap_scale_{os.getpid()}") as store:
            from geo.reference.datadir import resolve

            ucdp = resolve(None).path_of("ucdp")
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "incmap", "import", str(ucdp), "--format", "ucdp",
                            "--no-progress", "--store", store], check=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
            print(f"UCDP extract imported into PostGIS in {time.perf_counter() - t0:.0f} s",
                  file=sys.stderr)
            with tempfile.TemporaryDirectory(prefix="incmap-scale-") as tmp:
                for n, write in ((1, None), (args.processes, acled)):
                    servers = start_servers(n, store, token, Path(tmp))
                    try:
                        ports = [p for _, p in servers]
                        load(ports, min(100, args.requests), args.clients, 60, token, None)  # warm
                        out[n] = load(ports, args.requests, args.clients, args.seconds, token, write)
                    finally:
                        stop_servers(servers)
                    r = out[n]
                    print(f"{n} process(es): {r['requests']} requests in {r['seconds']} s = "
                          f"{r['per_second']}/s; p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, max "
                          f"{r['max_ms']} ms; errors {r['errors']}"
                          + (f"; the import during the load: HTTP {r['write_status']}" if write else ""))
    finally:
        if cluster:
            cluster.stop()
    many, one = out[args.processes], out[1]
    print(f"throughput ratio, {args.processes} processes / 1: {many['per_second'] / one['per_second']:.2f} "
          f"(on {os.cpu_count()} CPU cores, client included)")
    print(json.dumps({"bench": "serve_scaleout", "cpu_cores": os.cpu_count(),
                      "one": one, "many": many,
                      "ratio": round(many["per_second"] / one["per_second"], 2)}))


if __name__ == "__main__":
    main()
