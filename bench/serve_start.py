"""Benchmark: how soon ``incmap serve`` answers, cold and warm, and how fast ``incmap --help`` is.

* cold: a first run (empty cache and user data directories, so the tessellation, the
  demo store and every other cache are built): seconds until ``/conformance`` answers
  200, and until ``/api/control`` does (before, it answers 503 "warming up");
* warm: the same with the caches of the cold run in place;
* ``incmap --help``, against the peer ``python -c pass`` in the same run (the
  interpreter's own start-up), best of ``--repeat``;
* an argument error (``incmap control --date 2023-13-45 ...``): it must fail before
  loading any data.

Goals (issue 15): /conformance <= 3 s even cold; ``incmap --help`` <= 0.5 s.

    python bench/serve_start.py [--repeat 5]        # last line JSON
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def _status(port: int, path: str) -> int | None:
    try:
        with urllib.request.urlopen(f"http://{HOST}:{port}{path}", timeout=5) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except OSError:
        return None


def serve_times(env: dict) -> dict:
    with socket.socket() as s:
        s.bind((HOST, 0))
        port = s.getsockname()[1]
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "incmap", "serve", "--host", HOST,
                             "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out: dict = {"conformance_s": None, "control_s": None, "warming_up_seen": False}
    try:
        while time.perf_counter() - t0 < 900 and proc.poll() is None:
            if out["conformance_s"] is None and _status(port, "/conformance") == 200:
                out["conformance_s"] = round(time.perf_counter() - t0, 2)
            if out["conformance_s"] is not None:
                code = _status(port, "/api/control?lat=36.5&lon=37.48&date=2023-07-09")
                out["warming_up_seen"] |= code == 503
                if code == 200:
                    out["control_s"] = round(time.perf_counter() - t0, 2)
                    break
            time.sleep(0.1)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return out


def best(cmd: list[str], repeat: int, env: dict) -> tuple[float, int]:
    times, code = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        code = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True).returncode
        times.append(time.perf_counter() - t)
    return min(times), code


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("INCMAP_STORE", None)
    root = tempfile.mkdtemp(prefix="incmap-cold-")
    fresh = dict(env, XDG_CACHE_HOME=f"{root}/cache", XDG_DATA_HOME=f"{root}/data")
    cold = serve_times(fresh)
    warm = serve_times(fresh)
    help_s, _ = best([sys.executable, "-m", "incmap", "--help"], args.repeat, env)
    peer_s, _ = best([sys.executable, "-c", "pass"], args.repeat, env)
    bad_s, bad_code = best([sys.executable, "-m", "incmap", "control", "--lat", "36.5", "--lon",
                            "37.48", "--date", "2023-13-45"], args.repeat, env)
    print(f"cold first run: /conformance {cold['conformance_s']} s (goal <= 3 s), /api/control "
          f"{cold['control_s']} s ('warming up' before: {cold['warming_up_seen']})")
    print(f"warm: /conformance {warm['conformance_s']} s, /api/control {warm['control_s']} s")
    print(f"incmap --help {help_s:.2f} s (goal <= 0.5 s) against python -c pass {peer_s:.2f} s "
          f"(ratio {help_s / peer_s:.1f}); a bad --date fails in {bad_s:.2f} s (exit {bad_code})")
    print(json.dumps({"benchmark": "serve_start", "cold": cold, "warm": warm,
                      "help_s": round(help_s, 3), "python_s": round(peer_s, 3),
                      "help_ratio": round(help_s / peer_s, 2), "bad_argument_s": round(bad_s, 3),
                      "bad_argument_exit": bad_code}))


if __name__ == "__main__":
    main()
