"""Control disputes as data: where a report says one force and the dataset another.

Two places record a disagreement between the control a source *states* and the
control the dataset *computes*: the incident store (``control_agrees`` false) and
``incmap eval`` over a cases file (status ``disagree``). Both become one **review
list** (:data:`REVIEW_FIELDS`): the place, P-code, date, stated and computed force,
the sentence and its source, and the columns of the correction a reviewer may
accept (``unit``, ``force``, ``valid_from``, ``valid_to``, ``confidence``,
``source``, ``note``), prefilled with the stated force on the incident's day.

The reviewer writes a ``decision`` per row:

* ``accept`` — the source is right: the row becomes a period (edit the
  correction columns first: widen the dates to what the source supports, pick
  the unit — a community P-code, a sub-district, or an area id);
* ``reject`` — the dataset is right (or the sentence is about another place);
* ``place`` — the place was read or geocoded wrongly: a reader issue, no period;
* empty — not reviewed yet.

:func:`corrections` turns the accepted rows into periods in the authored format
(``unit,force,valid_from,valid_to,contested,also,confidence,source,note``, the
header of ``geo/data/control/authored_periods.csv``), checked like any dataset
row (every error names the review file's line) and without overlaps.

Sentences can name victims (personal data): victims' names recorded with an
incident are masked (``[name]``) in the review list, and the periods written from it
carry the source and the incident, never the sentence.

>>> rows = disputes_from_store(open_store("incidents.gpkg"))          # doctest: +SKIP
>>> write_review(rows, "review.csv")                                   # doctest: +SKIP
>>> periods = corrections(read_review("review.csv"), source="review.csv")  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

from ..errors import InputError
from ..tabular import csv_rows, read_text
from .dataset import PERIOD_FIELDS, period_from_row, period_row
from .period import ControlPeriod, check_no_overlaps, unit_kind

__all__ = ["REVIEW_FIELDS", "DECISIONS", "disputes_from_store", "disputes_from_eval",
           "write_review", "read_review", "corrections", "write_periods"]

REVIEW_FIELDS = ["origin", "place", "pcode", "level", "date", "stated", "computed",
                 "computed_unit", "computed_confidence", "sentence", "source", "decision",
                 "unit", "force", "valid_from", "valid_to", "confidence", "note"]
DECISIONS = {"accept": "accept", "accepted": "accept", "yes": "accept", "y": "accept",
             "reject": "reject", "rejected": "reject", "no": "reject", "n": "reject",
             "place": "place", "": ""}
CORRECTION_CONFIDENCE = "low"  # one sentence is one witness: an author raises it with more


def _default_unit(pcode: str | None, adm3: str | None) -> str:
    if pcode and unit_kind(pcode):
        return pcode
    return adm3 or ""


def _mask(sentence: str, names) -> str:
    for name in sorted((n for n in names or () if n and len(n) > 2), key=len, reverse=True):
        sentence = re.sub(re.escape(name), "[name]", sentence, flags=re.I)
    return sentence


def _row(**kw) -> dict:
    row = {k: "" for k in REVIEW_FIELDS}
    row.update({k: ("" if v is None else str(v)) for k, v in kw.items()})
    return row


def disputes_from_store(store, **filters) -> list[dict]:
    """The store's incidents whose stated and computed control disagree, as review rows.

    ``filters`` are the store's (``start``, ``end``, ``adm1`` ...).
    """
    out = []
    for inc in store.query(agrees=False, **filters):
        if not inc.stated_control or not inc.computed_control:
            continue
        day = inc.date.isoformat()
        source = "; ".join(x for x in (inc.source_title, inc.source_url) if x)
        out.append(_row(
            origin=f"store:{inc.id}", place=inc.place_text, pcode=inc.pcode, level=inc.level,
            date=day, stated=inc.stated_control, computed=inc.computed_control,
            computed_unit="", computed_confidence="",
            sentence=_mask(inc.source_sentence or "", inc.victim_names),
            source=source or inc.dataset, unit=_default_unit(inc.pcode, inc.adm3_pcode),
            force=inc.stated_control, valid_from=day, valid_to=day,
            confidence=CORRECTION_CONFIDENCE,
            note=f"review of incident {inc.id}: the source states {inc.stated_control}, the "
                 f"dataset had {inc.computed_control}"))
    return out


def disputes_from_eval(result: dict) -> list[dict]:
    """The ``disagree`` rows of an ``incmap eval`` result (:func:`incmap.eval.evaluate_rows`)."""
    src = result.get("source") or "cases"
    out = []
    for r in result["results"]:
        if r["status"] != "disagree":
            continue
        day = r["incident_date"]
        out.append(_row(
            origin=f"{Path(src).name}:{r['line']}", place=r["place_text"], pcode=r["pcode"],
            level=r["level"], date=day, stated=r["stated"], computed=r["computed"],
            computed_unit=r["computed_unit"], computed_confidence=r["confidence"],
            sentence=r.get("sentence") or r["stated_control"],
            source=r.get("report") or src, unit=_default_unit(r["pcode"], None),
            force=r["stated"], valid_from=day, valid_to=day, confidence=CORRECTION_CONFIDENCE,
            note=f"review of {Path(src).name} line {r['line']}: the source states {r['stated']}, "
                 f"the dataset had {r['computed']}"))
    return out


def write_review(rows: list[dict], path: str | os.PathLike | None = None) -> str:
    """The review list as CSV (:data:`REVIEW_FIELDS`), written to ``path`` when given."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, REVIEW_FIELDS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    text = buf.getvalue()
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text


def read_review(path: str | os.PathLike, *, text: str | None = None) -> list[tuple[int, dict]]:
    """``(line, row)`` of a review CSV; a missing column or an unknown decision names the line."""
    src = str(path)
    _, rows = csv_rows(read_text(path) if text is None else text, src,
                       required=("decision", "unit", "force", "valid_from", "valid_to",
                                 "source"))
    out = []
    for line, row in rows:
        row = {k: (v or "").strip() for k, v in row.items() if k}
        decision = row.get("decision", "").lower()
        if decision not in DECISIONS:
            raise InputError(f"decision {row['decision'][:20]!r} is not accept, reject, place or "
                             f"empty", source=src, line=line, field="decision")
        row["decision"] = DECISIONS[decision]
        out.append((line, row))
    return out


def corrections(rows: list[tuple[int, dict]], *, source: str = "review") -> list[ControlPeriod]:
    """The accepted rows as checked periods (errors name the review line); identical rows
    (several incidents of one place and day) count once; overlaps are refused."""
    periods: list[ControlPeriod] = []
    seen = set()
    errors = []
    for line, row in rows:
        if row["decision"] != "accept":
            continue
        if not row.get("source"):
            errors.append(InputError("an accepted correction needs a source", source=source,
                                     line=line, field="source"))
            continue
        fields = {k: row.get(k, "") for k in PERIOD_FIELDS}
        fields["confidence"] = fields["confidence"] or CORRECTION_CONFIDENCE
        fields["note"] = fields["note"] or f"accepted in review ({row.get('origin', '')})"
        try:
            p = period_from_row(fields, source=source, line=line)
        except InputError as exc:
            errors.append(exc)
            continue
        key = (p.unit, p.force, p.valid_from, p.valid_to, p.contested, p.also)
        if key not in seen:
            seen.add(key)
            periods.append(p)
    if errors:
        if len(errors) == 1:
            raise errors[0]
        raise InputError(f"{len(errors)} bad accepted rows: "
                         + "; ".join(str(e) for e in errors[:5]), source=source)
    check_no_overlaps(periods, source=source)
    return periods


def write_periods(periods: list[ControlPeriod], path: str | os.PathLike | None = None) -> str:
    """Periods as rows in the authored format (:data:`PERIOD_FIELDS`)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(PERIOD_FIELDS)
    for p in sorted(periods, key=lambda p: (p.unit, p.valid_from)):
        w.writerow(period_row(p))
    text = buf.getvalue()
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text
