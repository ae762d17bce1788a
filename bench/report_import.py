"""Benchmark: what reading one report costs before any reading: importing the report reader and compiling its patterns.

Each figure is a fresh interpreter (a pattern compiled once is cached for the process, so only a new one shows the
wait a user has), timed inside it (the import) or around it (a command), ``--repeat`` times, against peers measured in
the same run: ``python -c pass`` (the interpreter's start-up) and ``import json, re`` with one 1,000-character
pattern compiled (``peer_import_s``):

* ``import geo.report`` (what an English reading, ``incmap import``, the service load);
* ``import geo.report.arabic, geo.report.arabic_narration`` after it (the Arabic reader, imported when the first
  Arabic text is read);
* ``incmap extract`` of one Arabic text and of one English text, wall;
* in one process: the length of NUMBER_AR (an Arabic number in digits or words, held by ~50 patterns) and its
  compile time, against the 1,000-character peer pattern.

``--root`` times another checkout with this same script (main, to compare in one run).
Goals (issue 15, arspeed): ``import geo.report`` <= 1.5 s, ``incmap extract`` of one Arabic text <= 3 s.

    python bench/report_import.py [--repeat 3] [--root ../main]     # last line JSON
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AR_TEXT = "tests/corpus/snhr/texts/ar-2024-08-news-24.txt"
EN_TEXT = "tests/corpus/snhr/texts/en-2024-08-press-01.txt"
# a pattern of about 1,000 characters: an alternation of 77 words, each a letter, digits and a class
PEER_PATTERN = "(?:" + "|".join(f"w{k:03d}[a-z]{{6}}" for k in range(77)) + ")"

_TIMED = """
import time
{setup}
t, c = time.perf_counter(), time.process_time()
{code}
print(time.perf_counter() - t, time.process_time() - c)
"""


def timed(root: Path, code: str, setup: str = "", repeat: int = 3) -> tuple[list[float], list[float]]:
    """Seconds ``code`` takes in each of ``repeat`` fresh interpreters (after ``setup``, untimed): wall, and CPU
    (what a quiet machine's wall would be; the CPU time does not grow with other processes' load)."""
    env = dict(os.environ, PYTHONPATH=str(root))
    walls, cpus = [], []
    for _ in range(repeat):
        run = subprocess.run([sys.executable, "-c", _TIMED.format(setup=setup, code=code)], cwd=root, env=env,
                             capture_output=True, text=True, check=True)
        w, c = run.stdout.split()[-2:]
        walls.append(float(w))
        cpus.append(float(c))
    return walls, cpus


def wall(root: Path, args: list[str], repeat: int = 3) -> tuple[list[float], list[float]]:
    """Seconds of each of ``repeat`` runs of ``python args`` in ``root``: wall, and CPU (user and system)."""
    env = dict(os.environ, PYTHONPATH=str(root))
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([sys.executable, *args], cwd=root, env=env, capture_output=True, check=True)
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def number_pattern(root: Path) -> dict:
    """NUMBER_AR's length and compile time, and the peer pattern's, in one process (best of 5 each)."""
    code = f"""
import re, time, json
from geo.report.arabic import NUMBER_AR
def best(p):
    out = []
    for _ in range(5):
        re.purge(); t = time.process_time(); re.compile(p); out.append(time.process_time() - t)
    return min(out)
print(json.dumps({{"number_ar_chars": len(NUMBER_AR), "number_ar_compile_s": best(NUMBER_AR),
                  "peer_pattern_chars": len({PEER_PATTERN!r}), "peer_pattern_compile_s": best({PEER_PATTERN!r})}}))
"""
    env = dict(os.environ, PYTHONPATH=str(root))
    run = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True)
    return json.loads(run.stdout.splitlines()[-1])


def measure(root: Path, repeat: int) -> dict:
    out = {}
    for key, (walls, cpus) in {
        "python": wall(root, ["-c", "pass"], repeat),
        "peer_import": timed(root, f"import json, re; re.compile({PEER_PATTERN!r})", repeat=repeat),
        "import_geo_report": timed(root, "import geo.report", repeat=repeat),
        "import_arabic_after": timed(root, "import geo.report.arabic, geo.report.arabic_narration",
                                     setup="import geo.report", repeat=repeat),
        "extract_ar": wall(root, ["-m", "incmap", "extract", AR_TEXT], repeat),
        "extract_en": wall(root, ["-m", "incmap", "extract", EN_TEXT], repeat),
    }.items():
        out[key + "_s"] = [round(x, 3) for x in walls]
        out[key + "_cpu_s"] = [round(x, 3) for x in cpus]
    out.update({k: round(v, 4) if isinstance(v, float) else v for k, v in number_pattern(root).items()})
    out["import_ratio"] = round(min(out["import_geo_report_cpu_s"]) / min(out["peer_import_cpu_s"]), 1)
    out["number_ar_compile_ratio"] = round(out["number_ar_compile_s"] / out["peer_pattern_compile_s"], 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout to time (default: this one)")
    args = ap.parse_args()
    root = args.root.resolve()
    load = os.getloadavg()[0]
    m = measure(root, args.repeat)
    print(f"{root} (load {load:.2f}; each figure {args.repeat} fresh interpreters)")
    print(f"import geo.report {m['import_geo_report_s']} s wall, {m['import_geo_report_cpu_s']} s CPU (goal <= 1.5 s; "
          f"peer import json, re + one 1k pattern {m['peer_import_cpu_s']} s CPU, ratio {m['import_ratio']}); "
          f"the Arabic modules after it {m['import_arabic_after_s']} s wall, {m['import_arabic_after_cpu_s']} s CPU")
    print(f"incmap extract: Arabic text {m['extract_ar_s']} s wall, {m['extract_ar_cpu_s']} s CPU (goal <= 3 s); "
          f"English text {m['extract_en_s']} s wall, {m['extract_en_cpu_s']} s CPU (python -c pass {m['python_s']} s wall, "
          f"{m['python_cpu_s']} s CPU)")
    print(f"NUMBER_AR {m['number_ar_chars']} characters, compiled in {m['number_ar_compile_s']} s; a "
          f"{m['peer_pattern_chars']}-character pattern {m['peer_pattern_compile_s']} s (ratio {m['number_ar_compile_ratio']})")
    print(json.dumps({"benchmark": "report_import", "root": str(root), "load": round(load, 2), **m}))


if __name__ == "__main__":
    main()
