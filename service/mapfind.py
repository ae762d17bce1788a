"""What the web map asks to find things out: the first view, the list, the filter counts, the chart.

Pure functions over the incident store, and :class:`MapFindOps`, which serves them:

* ``/api/map/start`` (:func:`first_view`): the latest date with incidents drawn and the
  smallest window that shows a good number of them, for a page opened without a date;
* ``/api/map/list`` (:func:`incident_list`): the incidents of the view, window and filters,
  sorted and paged, with the popup's fields (never victim names): the same selection the
  map draws, so its ``numberMatched`` is the map's ``total``;
* ``/api/map/facets`` (:func:`facet_counts`): for each filter, how many of the view's
  incidents each choice would give with the other filters kept (counts that follow the filters);
* ``/api/map/timeline`` (:func:`timeline`): incidents and civilians killed per month,
  stacked by party or by controlling force, with the filters; its totals are ``/api/stats``'s.

>>> first_view(store)                                     # doctest: +SKIP
{'date': '2019-11-15', 'window': 'month', 'start': '2019-10-31', 'end': '2019-11-30', ...}
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from geo.dates import as_date
from geo.errors import InputError

from .core import Request, Result, int_param, ok, operation
from .core import parse_bbox as bbox_param
from .parameters import PARAMS, int_value
from .mapdata import DRAWN_MAX_PRECISION, map_filters, parse_bbox, popup_items, view_box
from .resources import Resources

__all__ = ["MapFindOps", "first_view", "incident_list", "facet_counts", "timeline",
           "WINDOW_HALF_DAYS", "LIST_ORDERS", "FACETS", "TIMELINE_BY"]

# The page's incident windows: days either side of the date (static/incmap/incmap.js, App.WINDOWS).
WINDOW_HALF_DAYS = {"week": 3, "month": 15, "quarter": 45, "year": 182}
# The list's sort orders (the store's): newest first, oldest first, most killed first.
LIST_ORDERS = ("-date", "date", "-killed")
LIST_MAX = PARAMS["list_limit"].schema["maximum"]  # rows in one page of the list
# The filters whose choices get counts, and the store's name of each group column.
FACETS = {"category": "category", "perpetrator": "perpetrator", "cause": "cause",
          "control": "computed_control"}
TIMELINE_BY = {"perpetrator": "perpetrator", "control": "computed_control"}
FIRST_VIEW_MIN = 50  # incidents a first view should show, if a window up to a year has them


def _window(start, end) -> tuple[dt.date | None, dt.date | None]:
    day0, day1 = as_date(start, "start"), as_date(end, "end")
    if day0 and day1 and day0 > day1:
        raise InputError(f"start {day0} is after end {day1}", field="start")
    return day0, day1


def _selection(store, bbox, start, end, filters: dict | None) -> dict:
    """The store filters of what the map draws for a view, window and the map's filters."""
    out: dict[str, Any] = {**(filters or {}), "max_precision": DRAWN_MAX_PRECISION}
    box = view_box(store, parse_bbox(bbox))
    if box is not None:
        out["bbox"] = box
    day0, day1 = _window(start, end)
    if day0:
        out["start"] = day0
    if day1:
        out["end"] = day1
    return out


def first_view(store, *, min_incidents: int = FIRST_VIEW_MIN) -> dict:
    """The date and window a page opened without one shows: the latest incidents drawn.

    The window ends on the latest date with an incident the map can draw; it is the
    smallest of a month, three months and a year that holds ``min_incidents`` (else a year).
    ``date`` is the window's middle (the page's windows are centred on the date).
    ``{"date": None}`` when the store has nothing to draw.
    """
    latest = store.query(limit=1, order="-date", max_precision=DRAWN_MAX_PRECISION)
    if not latest:
        return {"date": None, "window": "month", "latest": None, "count": 0}
    last = latest[0].date
    choice = None
    for window in ("month", "quarter", "year"):
        half = WINDOW_HALF_DAYS[window]
        date = last - dt.timedelta(days=half)
        start, end = date - dt.timedelta(days=half), date + dt.timedelta(days=half)
        count = store.count(start=start, end=end, max_precision=DRAWN_MAX_PRECISION)
        choice = {"date": date.isoformat(), "window": window, "start": start.isoformat(),
                  "end": end.isoformat(), "latest": last.isoformat(), "count": count}
        if count >= min_incidents:
            break
    return choice


def incident_list(store, bbox=None, start=None, end=None, filters: dict | None = None, *,
                  order: str = "-date", limit: int = 50, offset: int = 0) -> dict:
    """One page of the incidents the map draws for a view, window and filters.

    Returns ``{"numberMatched", "numberReturned", "order", "limit", "offset", "items"}``;
    each item has the popup's fields (:func:`service.mapdata.popup_items`: no victim
    names) and ``lon``, ``lat``.

    >>> page = incident_list(store, None, "2017-01-01", "2017-01-31", {"perpetrator": "GOV"},
    ...                      order="-killed", limit=10)            # doctest: +SKIP
    >>> page["numberMatched"] == store.count(start="2017-01-01", end="2017-01-31",
    ...     perpetrator="GOV", max_precision=3)                    # doctest: +SKIP
    True
    """
    if order not in LIST_ORDERS:
        raise InputError(f"order must be one of {', '.join(LIST_ORDERS)}, not {str(order)[:20]!r}",
                         field="order")
    if not 1 <= int(limit) <= LIST_MAX:
        raise InputError(f"limit must be 1-{LIST_MAX}, not {limit}", field="limit")
    selection = _selection(store, bbox, start, end, filters)
    matched = store.count(**selection)
    records = store.select(limit=int(limit), offset=int(offset), order=order, **selection).records()
    items = popup_items(records, store.id_key)  # public ids, stable with the store
    for row, lon, lat in zip(items, records.columns["lon"], records.columns["lat"]):
        row["lon"], row["lat"] = lon, lat
    return {"numberMatched": matched, "numberReturned": len(items), "order": order,
            "limit": int(limit), "offset": int(offset), "items": items}


def facet_counts(store, bbox=None, start=None, end=None, filters: dict | None = None) -> dict:
    """For each filter, the number of the view's incidents each choice gives, the others kept.

    Returns ``{"total": n, "facets": {"category": {"killing": 12, ...}, "perpetrator": {...},
    "cause": {...}, "control": {...}, "victims": {"children": n, "women": m},
    "agrees": {"true": n, "false": m}}}``; ``total`` is what the map draws with every filter.
    """
    filters = dict(filters or {})
    total = store.count(**_selection(store, bbox, start, end, filters))
    facets: dict[str, dict] = {}
    for name, column in FACETS.items():
        others = {k: v for k, v in filters.items() if k != name}
        rows = store.stats(group_by=(name,), **_selection(store, bbox, start, end, others))
        facets[name] = {str(r.get(column) or "UNKNOWN" if name == "control" else r.get(column)):
                        int(r["incidents"]) for r in rows if r.get(column) or name == "control"}
    others = {k: v for k, v in filters.items() if k != "victims"}
    facets["victims"] = {group: store.count(**_selection(store, bbox, start, end, {**others, "victims": group}))
                         for group in ("children", "women")}
    others = {k: v for k, v in filters.items() if k != "agrees"}
    facets["agrees"] = {flag: store.count(**_selection(store, bbox, start, end, {**others, "agrees": flag}))
                        for flag in ("true", "false")}
    return {"total": total, "facets": facets}


def timeline(store, by: str = "perpetrator", filters: dict | None = None) -> dict:
    """Incidents and civilians killed per month, each split by party or by controlling force.

    Over the whole store (the chart spans the slider), with the map's filters. Incidents
    whose date span is not inside one month are counted in ``imprecise``, as ``/api/stats``
    does, so ``sum(months) + imprecise`` is its ``totals``.

    Returns ``{"by", "months": [{"month": "2017-03", "incidents", "killed", "parts":
    {key: {"incidents", "killed"}}}], "imprecise": {...}, "totals": {"incidents", "killed"}}``.
    """
    if by not in TIMELINE_BY:
        raise InputError(f"by must be one of {', '.join(TIMELINE_BY)}, not {str(by)[:20]!r}",
                         field="by")
    column = TIMELINE_BY[by]
    rows = store.stats(group_by=("month", by), **(filters or {}))
    months: dict[str, dict] = {}
    for r in rows:
        m = months.setdefault(r["month"], {"month": r["month"], "incidents": 0, "killed": 0,
                                           "parts": {}})
        key = str(r.get(column) or ("UNKNOWN" if by == "control" else "NONE"))
        part = m["parts"].setdefault(key, {"incidents": 0, "killed": 0})
        for k in ("incidents", "killed"):
            part[k] += int(r.get(k) or 0)
            m[k] += int(r.get(k) or 0)
    imprecise = months.pop("imprecise", {"incidents": 0, "killed": 0, "parts": {}})
    imprecise.pop("month", None)
    ordered = [months[k] for k in sorted(months)]
    totals = {k: sum(m[k] for m in ordered) + imprecise[k] for k in ("incidents", "killed")}
    return {"by": by, "months": ordered, "imprecise": imprecise, "totals": totals}


class MapFindOps:
    """The map's finding operations: first view, list, filter counts, time chart."""

    OPERATIONS = ("map_start", "map_list", "map_facets", "map_timeline")

    def __init__(self, res: Resources):
        self.res = res

    def _view(self, req: Request):
        p = req.params
        bbox = bbox_param(p["bbox"]) if p.get("bbox") else None
        return bbox, p.get("start") or None, p.get("end") or None, map_filters(p)

    @operation
    def map_start(self, req: Request) -> Result:
        """``GET /api/map/start``: the first view's date and window (the latest incidents)."""
        return ok(first_view(self.res.store))

    @operation
    def map_list(self, req: Request) -> Result:
        """``GET /api/map/list?bbox=&start=&end=&<filters>&order=&limit=&offset=``."""
        bbox, start, end, filters = self._view(req)
        limit = int_value(req.params, "list_limit")
        offset = int_param(req.params, "offset", 0, 10**9, 0)
        return ok(incident_list(self.res.store, bbox, start, end, filters,
                                order=req.params.get("order") or "-date", limit=limit,
                                offset=offset))

    @operation
    def map_facets(self, req: Request) -> Result:
        """``GET /api/map/facets?bbox=&start=&end=&<filters>``: counts for each filter choice."""
        bbox, start, end, filters = self._view(req)
        return ok(facet_counts(self.res.store, bbox, start, end, filters))

    @operation
    def map_timeline(self, req: Request) -> Result:
        """``GET /api/map/timeline?by=perpetrator|control&<filters>``: the monthly chart."""
        _, _, _, filters = self._view(req)
        return ok(timeline(self.res.store, req.params.get("by") or "perpetrator", filters))
