"""Reading dates from files, filters and parameters: one way, one error message.

>>> as_date("2023-07-09"), as_date("2016-01-01T00:00:00", "date_start")
(datetime.date(2023, 7, 9), datetime.date(2016, 1, 1))
>>> as_date("2023-07", "end", partial=True, end=True)
datetime.date(2023, 7, 31)
>>> as_date("9/7/2023", "date")
Traceback (most recent call last):
...
geo.errors.InputError: field date: not a date: '9/7/2023' (use YYYY-MM-DD)
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from .errors import InputError
from .precision import DatePrecision

__all__ = ["as_date"]

# A date, or a date-time whose time (and offset) is dropped: "2016-01-01T00:00:00Z".
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_PARTIAL = {re.compile(r"^\d{4}$"): ("-01-01", DatePrecision.YEAR),
            re.compile(r"^\d{4}-\d{2}$"): ("-01", DatePrecision.MONTH)}


def as_date(value: Any, field: str = "date", *, required: bool = False, partial: bool = False,
            end: bool = False) -> dt.date | None:
    """``value`` as a calendar date, or ``None`` when it is empty and not ``required``.

    With ``partial``, a month ("2023-07") or a year ("2023") is accepted and
    stands for its first day, or with ``end`` its last day (for interval filters).
    Anything else raises :class:`InputError` naming ``field``.
    """
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        if required:
            raise InputError("a date is required (YYYY-MM-DD)", field=field)
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    use = "YYYY-MM-DD, YYYY-MM or YYYY" if partial else "YYYY-MM-DD"
    try:
        if partial:
            for pattern, (suffix, precision) in _PARTIAL.items():
                if pattern.match(text):
                    first, last = precision.interval(dt.date.fromisoformat(text + suffix))
                    return last if end else first
        if _DATE_RE.match(text):
            return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    raise InputError(f"not a date: {text[:40]!r} (use {use})", field=field)
