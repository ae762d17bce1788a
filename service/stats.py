"""Statistics: the tables of a monthly report, from the stored incidents (``/api/stats``)."""

from __future__ import annotations

import dataclasses
from typing import Callable, Iterable, Mapping

from .core import ApiError, Request, Result, ok, operation
from .incidents import IncidentOps

__all__ = ["StatsOps", "report_tables"]


class StatsOps:
    """The statistics operation, over the incident operations' query parsing."""

    OPERATIONS = ("stats",)

    def __init__(self, incidents: IncidentOps):
        self.res = incidents.res
        self.incidents = incidents

    @operation
    def stats(self, req: Request) -> Result:
        """``GET /api/stats``: the tables of a monthly report, from the stored incidents.

        Counts by month x perpetrator x governorate; killed, children, women and
        injured; the same by perpetrator (SNHR's main parties and "other parties"),
        by governorate and by month; massacres, deaths under torture and landmine
        incidents, each by perpetrator. Takes the incident filters.
        """
        q = self.incidents.query(req, paging=False)
        filters = q.store_filters()
        store = self.res.store
        table = store.stats(filters, group_by=("month", "perpetrator", "adm1"))
        by_category = {}
        for category in ("massacre", "torture", "landmine"):
            if filters.category and category not in filters.category:
                by_category[category] = []
                continue
            narrowed = dataclasses.replace(filters, category=(category,))
            by_category[category] = store.stats(narrowed, group_by=("perpetrator",))
        return ok({"query": q.describe(),
                   **report_tables(table, by_category, self._adm1_names())})

    def _adm1_names(self) -> dict[str, str]:
        try:
            return {p.pcode: p.name_en for p in self.res.gazetteer.places("adm1")}
        except ApiError:
            return {}


_SUMS = ("incidents", "killed", "children", "women", "injured", "deaths_total")


def _add(acc: dict, row: dict) -> None:
    for k in _SUMS:
        v = row.get(k)
        if v is not None:
            acc[k] = (acc.get(k) or 0) + int(v)
        else:
            acc.setdefault(k, None)


def _grouped(rows: Iterable[dict], key: Callable) -> dict:
    out: dict = {}
    for row in rows:
        _add(out.setdefault(key(row), {}), row)
    return out


def _perpetrator_rows(groups: dict) -> list[dict]:
    """One row per perpetrator, SNHR's main parties first, then the other parties."""
    from geo.incident import PERPETRATORS

    order = {code: i for i, code in enumerate(PERPETRATORS)}
    rows = []
    for code, sums in sorted(groups.items(), key=lambda kv: (order.get(kv[0], 99), str(kv[0]))):
        p = PERPETRATORS.get(code)
        rows.append({"perpetrator": code, "name": p.name if p else "not recorded",
                     "group": p.group if p else None, **sums})
    return rows


def report_tables(table: list[dict], by_category: Mapping[str, list[dict]],
                  adm1_names: Mapping[str, str] | None = None) -> dict:
    """A monthly report's tables from the store's grouped counts.

    Parameters
    ----------
    table
        ``store.stats(group_by=("month", "perpetrator", "adm1"))``.
    by_category
        For ``massacre``, ``torture`` and ``landmine``: ``store.stats(group_by=("perpetrator",))``
        over the incidents of that category.

    >>> t = report_tables([{"month": "2023-07", "perpetrator": "SDF", "adm1_pcode": "SY02",
    ...                     "incidents": 1, "killed": 1, "children": 1, "women": 0, "injured": None}],
    ...                   {"massacre": [], "torture": [], "landmine": []})
    >>> t["totals"]["killed"], t["by_perpetrator"][0]["group"]
    (1, 'main')
    """
    adm1_names = adm1_names or {}
    totals: dict = {}
    for row in table:
        _add(totals, row)
    for k in _SUMS:
        totals.setdefault(k, 0 if k in ("incidents", "killed") else None)
    by_perp = _grouped(table, lambda r: r.get("perpetrator"))
    other = {}
    for code, sums in by_perp.items():
        if code and code.startswith("OTHER"):
            _add(other, sums)
    by_gov = _grouped(table, lambda r: r.get("adm1_pcode"))
    by_month = _grouped(table, lambda r: r.get("month"))

    def category(name: str) -> dict:
        rows = by_category.get(name, [])
        sums: dict = {}
        for row in rows:
            _add(sums, row)
        return {**{k: sums.get(k, 0 if k in ("incidents", "killed") else None) for k in _SUMS},
                "by_perpetrator": _perpetrator_rows({r.get("perpetrator"): {k: r.get(k) for k in _SUMS}
                                                     for r in rows})}

    return {
        "totals": totals,
        "by_perpetrator": _perpetrator_rows(by_perp),
        "other_parties": other or None,
        "by_governorate": [{"adm1_pcode": code, "name": adm1_names.get(code), **sums}
                           for code, sums in sorted(by_gov.items(), key=lambda kv: str(kv[0]))],
        "by_month": [{"month": m, **sums} for m, sums in sorted(by_month.items(),
                                                                   key=lambda kv: str(kv[0]))],
        "table": table,
        "massacres": category("massacre"),
        "torture": category("torture"),
        "landmines": category("landmine"),
    }
