"""Control periods: which force held a unit from one day to another.

A :class:`ControlPeriod` ties a *unit* (a community P-code ``C1255``, a
sub-district ``SY020203``, a district ``SY0205``, a governorate ``SY02`` or a
drawn area ``area:tanf-55km``) to a force for an inclusive date range. The
periods of one unit must not overlap; a gap means "unknown".

>>> p = ControlPeriod("SY020203", "SDF", parse_day("2020-03-06"), None, source="ISW")
>>> p.covers(parse_day("2023-07-09")), p.unit_kind
(True, 'adm3')
>>> find_overlaps([p, ControlPeriod("SY020203", "GOV", parse_day("2021-01-01"),
...                                 parse_day("2021-02-01"))])[0].unit
'SY020203'
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from ..errors import InputError
from ..force import FORCES

__all__ = ["ControlPeriod", "Overlap", "find_overlaps", "check_no_overlaps", "parse_day",
           "unit_kind", "CONFIDENCES", "FIRST_DAY", "LAST_DAY"]

CONFIDENCES = ("high", "medium", "low")
# Dates outside these bounds are typing errors, not history.
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2099, 12, 31)
DAY_BITS = 17  # day numbers fit in 17 bits: 2**17 days > 1900..2099
OPEN_END = 1 << DAY_BITS  # the day number past every period's end: an open-ended period


def day_number(d: dt.date) -> int:
    """Days since :data:`FIRST_DAY`: the index's and the tessellation's day numbers.

    >>> day_number(dt.date(1900, 1, 2))
    1
    """
    return d.toordinal() - FIRST_DAY.toordinal()


def day_date(day: int) -> dt.date:
    """The date of a day number (see :func:`day_number`)."""
    return dt.date.fromordinal(int(day) + FIRST_DAY.toordinal())
_UNIT_PATTERNS = [
    ("community", re.compile(r"^C\d{4,5}$")),
    ("adm3", re.compile(r"^SY\d{6}$")),
    ("adm2", re.compile(r"^SY\d{4}$")),
    ("adm1", re.compile(r"^SY\d{2}$")),
    ("area", re.compile(r"^[a-z][a-z0-9_-]*:[^\s,;]+$")),
]


def unit_kind(unit: str) -> str | None:
    """``community``, ``adm3``, ``adm2``, ``adm1``, ``area`` or None for a malformed unit id.

    >>> unit_kind("C1767"), unit_kind("SY02"), unit_kind("area:tanf-55km"), unit_kind("Aleppo")
    ('community', 'adm1', 'area', None)
    """
    for kind, pattern in _UNIT_PATTERNS:
        if pattern.match(unit or ""):
            return kind
    return None


def parse_day(value, *, source: str | None = None, line: int | None = None,
              field: str | None = None) -> dt.date:
    """An ISO day (``2023-07-09``), a date or a datetime, checked to be plausible.

    >>> parse_day("2023-07-09")
    datetime.date(2023, 7, 9)
    """
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        text = str(value).strip()
        try:
            day = dt.date.fromisoformat(text[:10]) if re.match(r"^\d{4}-\d{2}-\d{2}", text) else None
        except ValueError:
            day = None
        if day is None:
            raise InputError(f"not a date: {text[:40]!r}; write it as YYYY-MM-DD",
                             source=source, line=line, field=field)
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InputError(f"date {day.isoformat()} is out of range ({FIRST_DAY}..{LAST_DAY})",
                         source=source, line=line, field=field)
    return day


@dataclass(frozen=True)
class ControlPeriod:
    """One unit held by one force (possibly shared or contested) over inclusive dates."""

    unit: str
    force: str
    valid_from: dt.date
    valid_to: dt.date | None = None  # None: open-ended
    contested: bool = False
    also: tuple[str, ...] = ()
    confidence: str = "medium"
    source: str = ""
    note: str = ""
    origin: str = field(default="", compare=False)  # "file:line", for messages
    layer: str = field(default="", compare=False)  # the dataset layer it came from (provenance)

    def __post_init__(self):
        if self.force not in FORCES:
            raise InputError(f"unknown force code {self.force!r}", source=self.origin or None)
        if self.confidence not in CONFIDENCES:
            raise InputError(f"confidence {self.confidence!r} is not one of {', '.join(CONFIDENCES)}",
                             source=self.origin or None)
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise InputError(f"valid_to {self.valid_to} is before valid_from {self.valid_from}",
                             source=self.origin or None)

    @property
    def unit_kind(self) -> str | None:
        return unit_kind(self.unit)

    @property
    def forces(self) -> tuple[str, ...]:
        return (self.force, *self.also)

    def covers(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def with_(self, **changes) -> "ControlPeriod":
        return replace(self, **changes)


@dataclass(frozen=True)
class Overlap:
    """Two periods of one unit that claim the same days."""

    unit: str
    first: ControlPeriod
    second: ControlPeriod
    start: dt.date
    end: dt.date | None

    def __str__(self) -> str:
        end = self.end.isoformat() if self.end else "open end"
        where = " and ".join(p.origin for p in (self.first, self.second) if p.origin)
        return (f"unit {self.unit}: {self.first.force} ({self.first.valid_from}..."
                f"{self.first.valid_to or ''}) and {self.second.force} ({self.second.valid_from}..."
                f"{self.second.valid_to or ''}) overlap from {self.start} to {end}"
                + (f" [{where}]" if where else ""))


def find_overlaps(periods) -> list[Overlap]:
    """Every pair of periods of the same unit (and layer) whose dates overlap (sorted by unit, date).

    Periods of different layers never overlap: a layer stacked above another wins where
    both speak (see :meth:`geo.control.dataset.ControlDataset.stack`).
    """
    by_unit: dict[tuple[str, str], list[ControlPeriod]] = defaultdict(list)
    for p in periods:
        by_unit[(p.unit, p.layer)].append(p)
    out: list[Overlap] = []
    for key in sorted(by_unit):
        unit = key[0]
        items = sorted(by_unit[key], key=lambda p: p.valid_from)
        # Sweep: keep the period reaching furthest so far; any later start before its end overlaps.
        reach: ControlPeriod | None = None
        for p in items:
            if reach is not None and (reach.valid_to is None or p.valid_from <= reach.valid_to):
                ends = [e for e in (reach.valid_to, p.valid_to) if e is not None]
                out.append(Overlap(unit, reach, p, p.valid_from, min(ends) if ends else None))
            if reach is None or (reach.valid_to is not None
                                 and (p.valid_to is None or p.valid_to > reach.valid_to)):
                reach = p
    return out


def check_no_overlaps(periods, *, source: str | None = None, limit: int = 10) -> None:
    """Raise :class:`InputError` listing the overlaps (unit and dates) if there are any."""
    overlaps = find_overlaps(periods)
    if overlaps:
        shown = "; ".join(str(o) for o in overlaps[:limit])
        more = f" (and {len(overlaps) - limit} more)" if len(overlaps) > limit else ""
        raise InputError(f"{len(overlaps)} overlapping period(s): {shown}{more}", source=source)
