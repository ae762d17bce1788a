"""Reading one SNHR monthly report: check it is one, then its metadata, incidents and tallies.

The pipeline behind :func:`geo.report.read_report`; the parts it calls live in
the sibling modules (:mod:`geo.report.text`, :mod:`geo.report.incidents`,
:mod:`geo.report.tallies`).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError
from .incidents import ReportIncident, extract_incidents, massacre_residual
from .tallies import OTHER_SPLIT, ReportMeta, Tallies, read_meta, read_tallies
from .text import Document, load_text

__all__ = ["Report", "ReportIncident", "Tallies", "ReportMeta", "read_report", "recount"]

# What an SNHR-like report must contain: the publisher, and the vocabulary of a death toll.
_SNHR = re.compile(r"Syrian Network for Human Rights|\bSNHR\b|الشبكة السورية لحقوق الإنسان")
_TOLL_WORDS = re.compile(r"\b(?:civilians?|killed|killing|death toll|massacres?|victims?)\b", re.I)


@dataclass
class Report:
    """A read report: ``meta`` (title, publisher, dates), ``incidents``, ``tallies``."""

    meta: ReportMeta
    incidents: list[ReportIncident]
    tallies: Tallies
    source: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        return self.meta.title

    def recount(self) -> dict:
        """The tallies recomputed from the extracted incidents (see :func:`recount`)."""
        return recount(self.incidents)

    def comparison(self) -> list[dict]:
        """Rows ``{figure, report, incidents}``: what the report states beside what its
        narrative's incidents add up to (the narrative tells only the notable incidents, so
        the incidents' figures are usually lower)."""
        t, r = self.tallies, self.recount()
        rows = [("killed", t.killed, r["killed"]), ("children", t.children, r["children"]),
                ("women", t.women, r["women"]), ("torture", t.torture, r["torture"]),
                ("massacres", t.massacres, r["massacres"])]
        for code, pt in t.by_party.items():
            rows.append((f"party {code}", pt.killed, r["by_party"].get(code, 0)))
        for code, pt in t.other_parties.items():
            rows.append((f"party {code}", pt.killed, r["by_party"].get(code, 0)))
        for code, n in r["by_party"].items():
            if code not in t.by_party and code not in t.other_parties:
                rows.append((f"party {code}", None, n))
        return [{"figure": f, "report": a, "incidents": b} for f, a, b in rows]

    def to_dict(self, include_names: bool = False) -> dict:
        return {
            "source": self.source,
            "meta": self.meta.to_dict(),
            "incidents": [i.to_dict(include_names) for i in self.incidents],
            "tallies": self.tallies.to_dict(),
            "recount": self.recount(),
            "comparison": self.comparison(),
            "warnings": list(self.warnings),
        }


def recount(incidents: list[ReportIncident]) -> dict:
    """Killed, children, women, torture, massacres and killed by party over ``incidents``.

    The "OTHER" party is the sum of its split (landmines, gunfire, bombings,
    unidentified), as the report counts it.
    """
    by_party: Counter = Counter()
    for i in incidents:
        if i.perpetrator:
            by_party[i.perpetrator] += i.killed or 0
    other = sum(by_party[c] for c in OTHER_SPLIT if c in by_party) + by_party.get("OTHER", 0)
    if other:
        by_party["OTHER"] = other
    return {
        "incidents": len(incidents),
        "killed": sum(i.killed or 0 for i in incidents),
        "children": sum(i.children or 0 for i in incidents),
        "women": sum(i.women or 0 for i in incidents),
        "injured": sum(i.injured or 0 for i in incidents),
        "torture": sum(i.killed or 0 for i in incidents if i.category == "torture"),
        "massacres": sum(1 for i in incidents if i.category == "massacre"),
        "by_party": dict(by_party),
    }


def read_report(text_or_path: "str | os.PathLike | bytes") -> Report:
    """Read an SNHR monthly report (its text, or the path of a UTF-8 text file).

    Raises
    ------
    geo.errors.InputError
        For a missing, binary, undecodable or empty file, or text that is not an
        SNHR-like report (no SNHR, no death toll vocabulary).
    """
    text, source = load_text(text_or_path)
    if not _SNHR.search(text):
        raise InputError("this is not an SNHR report: it never names the Syrian Network for "
                         "Human Rights (SNHR)", source=source)
    if len(_TOLL_WORDS.findall(text)) < 2:
        raise InputError("this is not an SNHR death-toll report: it never speaks of civilians "
                         "killed", source=source)
    doc = Document(text, source)
    meta = read_meta(doc)
    warnings: list[str] = []
    if meta.period is None:
        warnings.append("the month the report covers was not found (title, summary or date); "
                        "dates without a year cannot be read")
    incidents = extract_incidents(doc, meta.period)
    tallies = read_tallies(doc, meta.period, meta.title)
    massacre_residual(incidents, tallies.massacre_killed, tallies.massacre_children,
                      tallies.massacre_women)
    for inc in incidents:
        if inc.place_text is None:
            warnings.append(f"line {inc.line}: no place found for the incident of {inc.date}")
        if inc.perpetrator is None:
            warnings.append(f"line {inc.line}: no known perpetrator for the incident of {inc.date}"
                            + (f" ({inc.perpetrator_text!r})" if inc.perpetrator_text else ""))
    if not incidents and tallies.killed is None:
        raise InputError("no incident and no death toll found: is this an SNHR monthly death-toll "
                         "report?", source=source)
    return Report(meta, incidents, tallies, source, warnings)
