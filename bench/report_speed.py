"""Report reader throughput on one core, against a peer in the same run.

Texts: every text of the evaluation corpus (tests/corpus/snhr/texts: English and Arabic monthly
reports, press openings, news posts) and the seed monthly report (../shared/reports), read in
turn with :func:`geo.report.read_report` (refused texts count: refusing is reading too).

The peer is the least any reader must do: load, clean and split the same texts into paragraphs
and sentences (:class:`geo.report.text.Document`) without reading anything from them. The ratio
says what the reading rules cost on top of that.

    python bench/report_speed.py [--rounds 5]     # last line JSON

Target (issue 12): >= 200 reports per minute on one core. Rates are CPU time
(time.process_time) of this single-threaded process.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from geo.errors import InputError
from geo.report import read_report
from geo.report.text import Document, split_header

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "reports" / "snhr_2023-07_civilian_death_toll.txt"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    paths = sorted((ROOT / "tests" / "corpus" / "snhr" / "texts").glob("*.txt"))
    if SEED.is_file():
        paths.append(SEED)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    kb = sum(len(t.encode()) for t in texts) / 1024
    for t in texts[:3]:  # warm the imports and the compiled patterns
        try:
            read_report(t)
        except InputError:
            pass
    t0 = time.process_time()
    for _ in range(args.rounds):
        for t in texts:
            try:
                read_report(t)
            except InputError:
                pass
    ours = (time.process_time() - t0) / (args.rounds * len(texts))
    t0 = time.process_time()
    for _ in range(args.rounds):
        for t in texts:
            Document(split_header(t)[1])
    peer = (time.process_time() - t0) / (args.rounds * len(texts))
    per_min = 60 / ours
    print(f"{len(texts)} texts ({kb:.0f} kB), {args.rounds} rounds")
    print(f"read_report   {ours * 1000:.1f} ms/text = {per_min:,.0f} reports/min")
    print(f"peer (split)  {peer * 1000:.1f} ms/text = {60 / peer:,.0f} texts/min")
    print(json.dumps({"reports_per_minute": round(per_min), "ms_per_report": round(ours * 1000, 2),
                      "peer_texts_per_minute": round(60 / peer),
                      "cost_ratio_vs_peer": round(ours / peer, 1), "texts": len(texts),
                      "target_per_minute": 200, "meets_target": per_min >= 200}))


if __name__ == "__main__":
    main()
