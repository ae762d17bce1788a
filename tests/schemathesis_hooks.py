"""Schemathesis hooks: how to generate the string formats ``/openapi.json`` names.

A regular expression cannot say that a box's west edge is left of its east edge,
that an interval starts before it ends or that a date is not after today.
``service/parameters.py`` names those rules as formats
(``ogc-bbox``, ``ogc-datetime``, ``service-date``, ``snapshot-datetime``) and describes
them; these strategies generate exactly the values they describe, so schemathesis
can hold the service to its schema. Loaded with ``SCHEMATHESIS_HOOKS=schemathesis_hooks``
(``tests/`` on ``PYTHONPATH``), or imported by a test.
"""

from __future__ import annotations

import datetime as dt

import schemathesis
from hypothesis import strategies as st

EARLIEST = dt.date(2011, 3, 1)
_days = st.dates(min_value=EARLIEST, max_value=dt.date.today())
_any_days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


def _instant(days):
    """A day as a date, GDAL's date-only form, or a date-time in UTC."""
    return st.one_of(days.map(str), days.map(lambda d: f"{d}T"),
                     days.map(lambda d: f"{d}T00:00:00Z"), days.map(lambda d: f"{d}T23:59:59Z"))


@st.composite
def _interval(draw):
    a, b = sorted((draw(_any_days), draw(_any_days)))
    form = draw(st.sampled_from(["one", "both", "open-start", "open-end", "empty-start",
                                 "empty-end", "none"]))
    ia = draw(_instant(st.just(a)))
    ib = draw(_instant(st.just(b)))
    return {"one": ia, "both": f"{ia}/{ib}", "open-start": f"../{ib}", "open-end": f"{ia}/..",
            "empty-start": f"/{ib}", "empty-end": f"{ia}/", "none": ""}[form]


@st.composite
def _bbox(draw):
    lon = st.integers(-180_000, 180_000).map(lambda v: v / 1000)
    lat = st.integers(-90_000, 90_000).map(lambda v: v / 1000)
    w, e = sorted((draw(lon), draw(lon)))
    s, n = sorted((draw(lat), draw(lat)))
    return ",".join(f"{v:.3f}" for v in (w, s, e, n))


@st.composite
def _snapshot_day(draw):
    """A control map's day: one date from 2011-03-01, or an interval that ends on one."""
    end = draw(_days)
    start = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=end))
    form = draw(st.sampled_from(["one", "both", "open-start", "open-end", "empty-end", "none"]))
    last, first = draw(_instant(st.just(end))), draw(_instant(st.just(start)))
    return {"one": last, "both": f"{first}/{last}", "open-start": f"../{last}",
            "open-end": f"{first}/..", "empty-end": f"{first}/", "none": ""}[form]


schemathesis.openapi.format("service-date", st.one_of(st.just(""), _days.map(str)))
schemathesis.openapi.format("snapshot-datetime", _snapshot_day())
schemathesis.openapi.format("ogc-datetime", _interval())
schemathesis.openapi.format("ogc-bbox", st.one_of(st.just(""), _bbox()))


@schemathesis.hook
def map_query(context, query):
    """The map's window: ``start`` is not after ``end`` (two parameters, so no schema can say it)."""
    if not isinstance(query, dict):
        return query
    start, end = query.get("start"), query.get("end")
    if isinstance(start, str) and isinstance(end, str) and len(start) == len(end) == 10 \
            and start > end:
        query = {**query, "start": end, "end": start}
    return query
