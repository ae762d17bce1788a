"""The date control: a slider and a date picker that move the map through time.

Moving the date reloads the control areas of that date and the incidents of
the window around it (a week, a month, three months, a year, or a chosen
interval) without reloading the page; the state is kept in the URL's
``#date=...`` so a link shows the same view.

>>> TimeControl("2017-01-01", "2025-06-30").options["windows"][1]
['month', 'incidents: 1 month around']
"""

from __future__ import annotations

import datetime as dt

from jinja2 import Template

from .base import IncMapElement

__all__ = ["TimeControl", "WINDOWS"]

WINDOWS = [
    ["week", "incidents: 1 week around"],
    ["month", "incidents: 1 month around"],
    ["quarter", "incidents: 3 months around"],
    ["year", "incidents: 1 year around"],
    ["custom", "incidents: chosen interval"],
]


def _iso(value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(str(value)).isoformat()


class TimeControl(IncMapElement):
    """Slider + picker over ``[min_date, max_date]``."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "var {{ this.get_name() }} = IncMap.timeControl({{ this._parent.get_name() }}, "
        "{{ this.options | tojson }}).addTo({{ this._parent.get_name() }});"
        "{% endmacro %}"
    )

    def __init__(self, min_date, max_date, position: str = "topright", debounce_ms: int = 250):
        lo, hi = _iso(min_date), _iso(max_date)
        if lo > hi:
            raise ValueError(f"the date range is empty: {lo} is after {hi}")
        super().__init__({"min_date": lo, "max_date": hi, "position": position,
                          "windows": WINDOWS, "debounce_ms": int(debounce_ms)})
        self._name = "TimeControl"
