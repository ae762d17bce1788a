"""Gazetteer start-up: cold (no cache) and warm, against a naive peer.

Each measurement runs in a fresh Python process, so imports count as they do
for a user. The peer is what a loader without the prepared cache does: read
the raw OCHA layers with geopandas.read_file.

    python bench/gazetteer_load.py            # prints a table, last line JSON

Targets (issue 2): cold build <= 30 s, warm start <= 1 s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

LOAD = """
import time; t = time.perf_counter()
from geo.gazetteer import Gazetteer
g = Gazetteer.load()
assert len(g) > 5000
print(time.perf_counter() - t)
"""

PEER = """
import time; t = time.perf_counter()
import geopandas as gpd
from geo.reference.datadir import resolve
d = resolve()
frames = [gpd.read_file(d.path_of(k)) for k in ("adm1", "adm2", "adm3", "communities", "neighbourhoods")]
print(time.perf_counter() - t)
"""


def run(code: str, env: dict) -> float:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache}
        wall = time.perf_counter()
        cold = run(LOAD, env)
        warm = min(run(LOAD, env) for _ in range(3))
        peer = min(run(PEER, env) for _ in range(3))
    print(f"cold build (no cache)     {cold:6.2f} s   target <= 30 s")
    print(f"warm start (cached)       {warm:6.2f} s   target <= 1 s")
    print(f"peer: geopandas.read_file {peer:6.2f} s   (raw layers only, no name index)")
    print(json.dumps({"cold_seconds": round(cold, 3), "warm_seconds": round(warm, 3),
                      "peer_read_file_seconds": round(peer, 3),
                      "warm_vs_peer_ratio": round(peer / warm, 2),
                      "bench_wall_seconds": round(time.perf_counter() - wall, 1)}))


if __name__ == "__main__":
    main()
