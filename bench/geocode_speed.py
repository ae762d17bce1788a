"""Geocoder throughput on one core, against a naive fuzzy peer, in the same run.

Descriptions: the case file (tests/data/geocode_cases.csv) plus report-style
sentences built from real gazetteer names ("X village in eastern rural G
governorate", "near X town", "the road between X and Y", Arabic), all
distinct, so the geocoder's result cache never answers; it is switched off
too (``cache_size=0``).

The peer is what one would write without a gazetteer index: rapidfuzz
``process.extractOne`` of the description against every gazetteer name
(WRatio, lower-cased), taking the place of the best name. It is timed on a
sample (it is slow) and its accuracy is measured on the case file too.

    python bench/geocode_speed.py [--n 20000]     # last line JSON

Target (issue 3): >= 5,000 descriptions per second on one core. Rates are CPU time
(time.process_time) of this single-threaded process, so other load on a shared
machine does not distort them.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import time
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from geo.gazetteer import Gazetteer
from geo.geocode import Geocoder
from geo.names import normalise
from geo.report.evaluate import place_right

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "geocode_cases.csv"
DIRECTIONS = ["eastern", "western", "northern", "southern", "northeastern", "southwestern"]
TEMPLATES = [
    "{name} village in {dir} rural {gov} governorate",
    "in front of his house in {name} town in rural {gov}",
    "near {name} village, {dir} rural {gov}",
    "the road between {name} and {other} in {dir} rural {gov} governorate",
    "a man from {other} town was shot dead in {name} village in rural {gov} governorate",
    "{name} town, administratively a part of {other} city, in {dir} rural {gov}",
    "قرية {ar} في ريف {gov_ar}",
]


def descriptions(gaz: Gazetteer, n: int, seed: int = 7) -> list[tuple[str, None]]:
    rng = random.Random(seed)
    coms = [p for p in gaz.places("community") if p.name_en and p.name_ar and not p.extra]
    gov_names = {p.pcode: (p.name_en, p.name_ar) for p in gaz.places("adm1")}
    out: set[str] = set()
    while len(out) < n:
        p, q = rng.choice(coms), rng.choice(coms)
        gov, gov_ar = gov_names[p.adm1_pcode]
        t = rng.choice(TEMPLATES)
        out.add(t.format(name=p.name_en.split(" - ")[0], other=q.name_en.split(" - ")[0],
                         dir=rng.choice(DIRECTIONS), gov=gov, ar=p.name_ar, gov_ar=gov_ar)
                + f" ({len(out)})")
    return [(t, None) for t in sorted(out)]


def self_consistency(gaz: Gazetteer, geocoder: Geocoder, n: int = 3000, seed: int = 3) -> float:
    """Share of sentences built from a random community that come back to it.

    The direction word is computed from where the community lies in its
    governorate, so it is honest. A community whose name repeats in its
    governorate (or whose Arabic name repeats, for the Arabic template) counts
    as right when any of the namesakes is returned: the text cannot tell them apart.
    """
    rng = random.Random(seed)
    # The OCHA communities, as before the extra places (geo/extra_places.py): a map mark
    # has no Arabic name to build the Arabic template from.
    coms = [c for c in gaz.places("community") if not c.extra]
    gov_names = {p.pcode: p.name_en for p in gaz.places("adm1")}
    namesakes: dict[tuple, set[str]] = {}
    for c in coms:
        namesakes.setdefault((c.adm1_pcode, normalise(c.name_en.split(" - ")[0])), set()).add(c.pcode)
        namesakes.setdefault(("ar", normalise(c.name_ar)), set()).add(c.pcode)
    templates = ["{name} village in {dir} rural {gov} governorate", "in {name} town, {gov}",
                 "near {name} village in rural {gov}",
                 "a man from {other} town was shot dead in {name} village in rural {gov} governorate",
                 "قرية {ar}"]
    right = 0
    for _ in range(n):
        p, q = rng.choice(coms), rng.choice(coms)
        name = p.name_en.split(" - ")[0]
        minx, miny, maxx, maxy = geocoder.scorer.bounds[p.adm1_pcode]
        dx = (p.lon - (minx + maxx) / 2) / ((maxx - minx) / 2)
        dy = (p.lat - (miny + maxy) / 2) / ((maxy - miny) / 2)
        d = ("eastern" if dx > 0 else "western") if abs(dx) > abs(dy) else (
            "northern" if dy > 0 else "southern")
        k = rng.randrange(len(templates))
        text = templates[k].format(name=name, dir=d, gov=gov_names[p.adm1_pcode],
                                   other=q.name_en.split(" - ")[0], ar=p.name_ar)
        ok = namesakes[("ar", normalise(p.name_ar))] if k == 4 else \
            namesakes[(p.adm1_pcode, normalise(name))]
        right += geocoder.geocode(text).pcode in (ok | {p.pcode})
    return right / n


def cases() -> list[tuple[str, str | None, set[str]]]:
    with open(CASES, encoding="utf-8") as fh:
        return [(r["place_text"], r["governorate"] or None,
                 {r["expected"], *filter(None, r["accept"].split(";"))}) for r in csv.DictReader(fh)]


class NaivePeer:
    """Fuzzy-match the whole description against every gazetteer name."""

    def __init__(self, gaz: Gazetteer):
        self.names = [e.name for e in gaz._names]
        self.codes = [e.pcode for e in gaz._names]

    def geocode(self, text: str) -> str | None:
        hit = process.extractOne(text, self.names, scorer=fuzz.WRatio,
                                 processor=utils.default_process)
        return self.codes[hit[2]] if hit else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000, help="synthetic descriptions to time")
    ap.add_argument("--peer-n", type=int, default=300, help="descriptions to time the peer on")
    args = ap.parse_args()

    gaz = Gazetteer.load()
    geocoder = Geocoder(gaz, cache_size=0)
    texts = descriptions(gaz, args.n)
    case_rows = cases()
    geocoder.geocode("warm up: Shawa village")
    gaz.names_near_skeleton("sraqb")  # build the misspelling index outside the timing

    t = time.process_time()
    found = sum(geocoder.geocode(x).found for x, _ in texts)
    ours_s = time.process_time() - t
    ours_rate = len(texts) / ours_s

    t = time.process_time()
    matches = [geocoder.geocode(x, governorate=g) for x, g, _ in case_rows]
    case_rate = len(case_rows) / (time.process_time() - t)
    # Right as the corpus judges it (geo/report/evaluate.py), outside the timing: a quarter
    # inside the expected city counts.
    ours_right = sum(place_right(m, {"expected_pcode": None, "alternative_pcodes": sorted(ok)}, gaz)
                     for m, (_, _, ok) in zip(matches, case_rows))

    peer = NaivePeer(gaz)
    sample = texts[: args.peer_n]
    t = time.process_time()
    for x, _ in sample:
        peer.geocode(x)
    peer_rate = len(sample) / (time.process_time() - t)
    peer_right = sum(peer.geocode(x) in ok for x, _, ok in case_rows)

    n_cases = len(case_rows)
    synthetic = self_consistency(gaz, geocoder)
    print(f"geocoder  {ours_rate:10.0f} descriptions/s  ({len(texts)} synthetic, {found} found; "
          f"case file {case_rate:.0f}/s)   target >= 5000/s")
    print(f"peer      {peer_rate:10.1f} descriptions/s  (rapidfuzz extractOne over "
          f"{len(peer.names)} names, {len(sample)} sampled)")
    print(f"accuracy  geocoder {ours_right}/{n_cases} = {ours_right / n_cases:.3f}   "
          f"peer {peer_right}/{n_cases} = {peer_right / n_cases:.3f}")
    print(f"self-consistency on 3000 sentences built from random communities: {synthetic:.3f}")
    print(json.dumps({
        "descriptions_per_second": round(ours_rate),
        "case_file_per_second": round(case_rate),
        "peer_descriptions_per_second": round(peer_rate, 1),
        "speed_ratio_vs_peer": round(ours_rate / peer_rate, 1),
        "accuracy": round(ours_right / n_cases, 4),
        "peer_accuracy": round(peer_right / n_cases, 4),
        "cases": n_cases,
        "synthetic_self_consistency": round(synthetic, 4),
        "target_per_second": 5000,
        "meets_target": ours_rate >= 5000,
    }))


if __name__ == "__main__":
    main()
