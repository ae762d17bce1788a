"""SNHR monthly report -> :class:`~geo.incident.Incident` records, geocoded and control-tagged.

The report reader (:func:`geo.report.read_report`) gives the incidents as the
report tells them; this module makes them records of the store:

* each place is geocoded with :func:`geo.geocode.geocode` (``place_text``,
  the governorate the report names, the incident date);
* each point is tagged with the control index's answer on that date
  (``ControlIndex.control_at``) as ``computed_control``, beside the control
  the report states (``stated_control``); ``Incident.control_agrees``
  compares them;
* provenance: the report's title, publisher, publication date, URL, the
  sentences the incident came from, and its character offsets and line in
  ``notes``.

The id is ``snhr:<YYYY-MM>:<hash of the sentences>``, so importing the same
report again updates the same records instead of adding new ones.

An incident the report tells with no date (``ReportIncident.date`` None: "date unknown") cannot
be joined to control nor put on a dated map, so it is no record: :func:`read_snhr` holds it out
(``Batch.held_out``: "no date: not imported", with its line and sentence, names withheld) and
imports the rest; :func:`to_incidents` leaves it out; :func:`to_incident` refuses it.

:func:`read_snhr` is what ``incmap import REPORT.txt --format snhr`` calls
(through :func:`geo.importers.read_file`); it geocodes with the governorate
and leaves control tagging to :func:`geo.importers.enrich`, which does it
for the whole batch in one vectorised call.

>>> incidents = to_incidents(read_report("report.txt"))        # doctest: +SKIP
>>> incidents[0].stated_control, incidents[0].computed_control  # doctest: +SKIP
('HTS_OPP', 'HTS_OPP')
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import InputError
from ..incident import Incident
from ..inputrules import check_incident
from ..report import Report, ReportIncident, read_report
from .common import Batch, HeldOut

__all__ = ["read_snhr", "to_incidents", "to_incident", "held_out", "NO_DATE"]

DATASET = "snhr"
# Why an undated incident is not imported (issue #12): the store's records are dated.
NO_DATE = "no date: not imported"


def _default_geocoder():
    from ..geocode import geocode  # noqa: PLC0415 - loaded only when a report is converted

    return geocode


def _default_control():
    from ..control import ControlIndex  # noqa: PLC0415

    return ControlIndex.load()


def source_id(report: Report, inc: ReportIncident) -> str:
    """``YYYY-MM:<hash>``: the same sentences of the same month give the same id."""
    month = (f"{report.meta.period[0]:04d}-{report.meta.period[1]:02d}" if report.meta.period
             else "undated")
    key = " ".join(inc.sentence.split()) + "|" + (inc.place_text or "")
    return f"{month}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def to_incident(report: Report, inc: ReportIncident, *, geocode=None, control_index=None) -> Incident:
    """One report incident as a store record (geocoded / control-tagged when given the tools).

    ``geocode`` is a callable like :func:`geo.geocode.geocode`; ``control_index``
    an object with ``control_at(lon, lat, date)``. Raises :class:`InputError`
    (naming the report and line) when the incident breaks a rule of the model.
    """
    if inc.date is None:
        raise InputError(f"the incident has no date (the report gives none): {NO_DATE}", source=report.source,
                         line=inc.line, field="date")
    notes = list(inc.notes)
    killed = inc.killed
    if killed is None:
        # The report says it happened and not how many died: SNHR's own floor for the category.
        killed = 5 if inc.category == "massacre" else 1
        notes.append(f"the report gives no count; {killed} is the least its category allows")
    notes.append(f"report line {inc.line}, characters {inc.start}-{inc.end}")
    if inc.dates:
        notes.append("dates: " + ", ".join(f"{k} {v}" for k, v in inc.dates.items()))
    if inc.governorate:
        notes.append(f"governorate stated: {inc.governorate}")
    fields = dict(
        dataset=DATASET, source_id=source_id(report, inc), date=inc.date,
        date_precision=inc.date_precision, date_documented=inc.date_documented,
        category=inc.category, cause=inc.cause, perpetrator=inc.perpetrator,
        perpetrator_text=inc.perpetrator_text, killed=killed, children=inc.children,
        women=inc.women, injured=inc.injured, victim_names=list(inc.victim_names),
        injured_names=list(inc.injured_names),
        place_text=inc.place_text, stated_control=inc.stated_control,
        stated_control_text=inc.stated_control_text, source_title=report.public_title,
        source_publisher=report.meta.publisher, source_url=report.meta.url,
        source_date=report.meta.publication_date, source_sentence=inc.sentence,
    )
    text, governorate, context = inc.place_query()
    if geocode is not None and (inc.place_text or context):
        try:
            m = geocode(text, governorate=governorate, date=inc.date, context=context)
        except InputError as exc:
            m = None
            notes.append(f"geocoder: {exc}")
        if m is not None and m.found and m.lon is not None:
            fields.update(lon=float(m.lon), lat=float(m.lat), pcode=m.pcode, level=m.level,
                          location_precision=m.precision, radius_m=m.radius_m)
            for code in m.parents or []:
                if len(code) == 4:
                    fields["adm1_pcode"] = code
                elif len(code) == 6:
                    fields["adm2_pcode"] = code
                elif len(code) == 8:
                    fields["adm3_pcode"] = code
            if (m.level or "") in ("adm1", "adm2", "adm3"):
                fields[f"{m.level}_pcode"] = m.pcode
            notes.append(f"geocoded to {m.name_en or m.pcode} ({m.pcode}, confidence "
                         f"{m.confidence:.2f})")
        elif m is not None:
            notes.append(f"not geocoded: {m.note or 'no place matched'}")
    if control_index is not None and fields.get("lon") is not None:
        answer = control_index.control_at(fields["lon"], fields["lat"], inc.date)
        fields["computed_control"] = answer.force
        fields["computed_forces"] = tuple(answer.forces) if len(answer.forces or ()) > 1 else ()
    fields["notes"] = "; ".join(notes) or None
    try:
        return check_incident(Incident(**fields))
    except InputError as exc:
        raise InputError(exc.message, source=report.source, line=inc.line, field=exc.field) from None


def to_incidents(report: Report, *, geocode: bool | object = True, control: bool | object = True,
                 lenient: bool = False) -> list[Incident]:
    """Every incident of ``report`` as a store record.

    ``geocode`` / ``control``: True uses the project's geocoder / control
    index, False skips the step, or pass your own callable /
    index. With ``lenient`` an incident that breaks a rule of the model is
    left out (the error is in the incident's place in :func:`read_snhr`'s
    batch) instead of stopping everything.
    """
    coder = _default_geocoder() if geocode is True else (geocode or None)
    index = _default_control() if control is True else (control or None)
    out = []
    for inc in report.incidents:
        if inc.date is None:
            continue  # (date unknown: no record; see held_out)
        try:
            out.append(to_incident(report, inc, geocode=coder, control_index=index))
        except InputError:
            if not lenient:
                raise
    return out


def read_snhr(path: str | Path, *, lenient: bool = False, geocode: bool | object = True) -> Batch:
    """The :class:`~geo.importers.common.Batch` of an SNHR report, geocoded (not yet control-tagged:
    :func:`geo.importers.enrich` does that for the whole batch)."""
    report = read_report(path)
    coder = _default_geocoder() if geocode is True else (geocode or None)
    batch = Batch(str(path), DATASET)
    batch.held_out = held_out(report, str(path))
    for inc in report.incidents:
        batch.rows += 1
        if inc.date is None:
            continue  # (held out above)
        try:
            batch.add(to_incident(report, inc, geocode=coder), inc.line)
        except InputError as exc:
            if not lenient:
                raise
            batch.skipped.append(exc)
    return batch


def held_out(report: Report, source: str | None = None) -> list[HeldOut]:
    """The incidents of ``report`` that are not imported, each with why: those with no date ("no date:
    not imported"; the sentence in its public form, victims' names withheld).

    >>> from geo.report import ReportIncident
    >>> r = Report(meta=None, incidents=[ReportIncident(date=None, line=7, sentences=["A man was killed."])],
    ...            tallies=None, source="r.txt")
    >>> [str(h) for h in held_out(r)]
    ['r.txt, line 7: no date: not imported ("A man was killed.")']
    """
    return [HeldOut(source or report.source or "report", inc.line, NO_DATE, inc.to_dict()["sentence"] or "")
            for inc in report.incidents if inc.date is None]
