"""The party grammar on hostile sentences of thousands of counts: cost grows linearly.

A sentence of N counts (a list with no "respectively", counts said by ellipsis, "N who were killed by X" items)
is read by :func:`geo.report.tallies.party_figures`; the peer, measured in the same run on the same sentence, is the
least any reader must do: find the counts (``re.finditer`` of the number pattern). Printed per size: CPU ms of each,
their ratio, and how much each grew from the size before (2.0 is linear when the size doubles).

    python bench/long_sentences.py [--sizes 1500,3000,6000]     # last line JSON

Written when the "listed" family was found quadratic (2.5 s at 1,500 counts, 9.5 s at 3,000: each count's whole
prefix was searched for an arrest verb); ``tests/test_party_tallies.py`` checks the readings, not the time.
"""

from __future__ import annotations

import argparse
import json
import re
import time

from geo.report.tallies import party_figures
from geo.report.text import NUMBER_RE

FAMILIES = {
    "many": lambda n: "Regime forces killed " + ", ".join(str(i) for i in range(3, n)) + " and 7 civilians.",
    "shares": lambda n: "The report said 5 arrests by the SDF" + "".join(f", {i} by the SDF" for i in range(3, n)) + ".",
    "listed": lambda n: "The victims included " + ", ".join(f"{i} who were killed by regime forces"
                                                             for i in range(3, n)) + ".",
}


def _cpu(fn, arg) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        fn(arg)
        best = min(best, time.process_time() - t)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1500,3000,6000")
    sizes = [int(s) for s in ap.parse_args().sizes.split(",")]
    number = re.compile(NUMBER_RE, re.I)
    rows = []
    for family, make in FAMILIES.items():
        prev = None
        for n in sizes:
            s = make(n)
            ours, peer = _cpu(party_figures, s), _cpu(lambda t: list(number.finditer(t)), s)
            grew = None if prev is None else ours / prev
            rows.append({"family": family, "counts": n, "ours_ms": round(ours, 1), "peer_ms": round(peer, 1),
                         "ratio": round(ours / peer, 1), "grew": None if grew is None else round(grew, 2)})
            print(f"{family:7} {n:>6} counts: party_figures {ours:8.1f} ms, counts found {peer:6.1f} ms, "
                  f"{ours / peer:5.1f}x the peer" + ("" if grew is None else f", grew {grew:.2f}x"))
            prev = ours
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
