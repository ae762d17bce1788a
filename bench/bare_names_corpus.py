"""Every victim's name the bare-name finder reads in the corpus, to check each by eye for false finds.

Two lists (tab-separated, one find a line: text, name, the words around it):

* ``whole``: the finder run on every paragraph of every text (tests/corpus/snhr/texts and the shared
  reports), whatever the other finders read there too;
* ``added``: the names :func:`geo.report.read_report` adds to an incident that no other finder read.

    PYTHONPATH=. python bench/bare_names_corpus.py [whole|added] [REPORTS_DIR]

The counts of a run are in docs/corpus.md, "Names written bare (names19)".
"""

from __future__ import annotations

import sys
from pathlib import Path

from geo.errors import InputError
from geo.report import reader
from geo.report.arabic import is_arabic_text
from geo.report.bare_names import bare_names_ar, bare_names_en

ROOT = Path(__file__).resolve().parent.parent


def _texts(shared: Path) -> list[Path]:
    return sorted((ROOT / "tests" / "corpus" / "snhr" / "texts").glob("*.txt")) + sorted(shared.glob("*.txt"))


def whole(paths: list[Path]) -> None:
    for path in paths:
        text = path.read_text(encoding="utf-8")
        finder = bare_names_ar if is_arabic_text(text) else bare_names_en
        for para in text.split("\n"):
            for name in finder(para):
                at = max(para.find(name.split()[0]), 0)
                print(f"{path.stem}\t{name}\t{para[max(0, at - 80):at + len(name) + 80]}")


def added(paths: list[Path]) -> None:
    original = reader._name_bare_victims

    def recording(incidents, finder):
        before = [list(i.victim_names) for i in incidents]
        original(incidents, finder)
        for inc, names in zip(incidents, before):
            for name in inc.victim_names:
                if name not in names:
                    print(f"{path.stem}\t{name}\t{inc.sentence[:200]}")

    reader._name_bare_victims = recording
    try:
        for path in paths:
            try:
                reader.read_report(path)
            except InputError:
                pass  # a text the reader refuses has no incident to name
    finally:
        reader._name_bare_victims = original


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "whole"
    shared = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared" / "reports"
    (whole if which == "whole" else added)(_texts(shared))
