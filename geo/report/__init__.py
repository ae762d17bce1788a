"""The SNHR report reader: a monthly report's text -> its incidents and its own tallies.

The Syrian Network for Human Rights publishes a monthly report of the
civilians killed in Syria. Its narrative tells the month's notable incidents
one by one; its death-toll sections give the month's numbers by party. This
module reads both, so that the incidents can be mapped (see
:mod:`geo.importers.snhr`) and the numbers compared::

    >>> report = read_report("../shared/reports/snhr_2023-07_civilian_death_toll.txt")  # doctest: +SKIP
    >>> len(report.incidents), report.tallies.killed                                     # doctest: +SKIP
    (10, 55)

It is written for the family of monthly reports (2019 onwards), not one file:
the parts live in

* :mod:`geo.report.reader` — the reading pipeline (:func:`read_report`), the
  :class:`Report` it returns and the recount of its incidents;
* :mod:`geo.report.text` — loading, cleaning (markdown links, quotes),
  sections, sentences, numbers as words or digits, dates;
* :mod:`geo.report.incidents` — incident paragraphs -> :class:`ReportIncident`;
* :mod:`geo.report.places` — the incident place (not the victim's hometown),
  the governorate, and the control the report states for the site;
* :mod:`geo.report.tallies` — metadata and the report's own figures.

Perpetrators go through :func:`geo.incident.parse_perpetrator`, forces
through :func:`geo.force.parse_force`: the project's one parser for each.

Example
-------
>>> text = '''Syrian Network for Human Rights
... 12 Civilians Documented Killed in March 2020 in Syria
... Monday, April 1, 2020
...
... III. Most Notable Incidents
...
... On Monday, March 2, 2020, Russian warplanes fired missiles at Kafr Nouran town in western
... rural Aleppo governorate, killing three civilians, including two children. The town is
... under the control of Hay'at Tahrir al-Sham.
... '''
>>> r = read_report(text)
>>> i = r.incidents[0]
>>> (i.date.isoformat(), i.killed, i.children, i.perpetrator, i.governorate, i.stated_control)
('2020-03-02', 3, 2, 'RUSSIA', 'Aleppo', 'HTS_OPP')
>>> r.meta.period
(2020, 3)
"""

from .incidents import ReportIncident
from .reader import Report, read_report, recount
from .tallies import ReportMeta, Tallies

__all__ = ["Report", "ReportIncident", "Tallies", "ReportMeta", "read_report", "recount"]
