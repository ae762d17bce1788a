"""Statistics: the tables of a monthly report, from the stored incidents (``/api/stats``)."""

from __future__ import annotations

import dataclasses
from typing import Callable, Iterable, Mapping

from .core import ApiError, Request, Result, ok, operation
from .incidents import IncidentOps

__all__ = ["StatsOps", "report_tables", "party_tables", "tables_csv", "tables_html"]

MEASURES = ("killed", "incidents", "children", "women", "injured", "deaths_total")


class StatsOps:
    """The statistics operation, over the incident operations' query parsing."""

    OPERATIONS = ("stats", "stats_table")

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

    @operation
    def stats_table(self, req: Request, fmt: str) -> Result:
        """``GET /api/stats/table.{json|csv|html}``: party x governorate tables, one a month."""
        from .core import bad_param

        if fmt not in ("json", "csv", "html"):
            raise ApiError(404, "Not found", f"no table format {fmt[:20]!r}; use json, csv or html",
                           kind="not-found")
        q = self.incidents.query(req, paging=False, extra=("measure",))
        measure = req.params.get("measure") or "killed"
        if measure not in MEASURES:
            raise bad_param("measure", f"{measure[:20]!r}; use one of {', '.join(MEASURES)}")
        rows = self.res.store.stats(q.store_filters(), group_by=("month", "perpetrator", "adm1"))
        doc = {"query": q.describe(), **party_tables(rows, measure, self._adm1_names())}
        if fmt == "csv":
            return Result(200, {"Content-Type": "text/csv; charset=utf-8"}, tables_csv(doc))
        if fmt == "html":
            return Result(200, {"Content-Type": "text/html; charset=utf-8"}, tables_html(doc))
        return ok(doc)

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


def party_tables(rows: Iterable[dict], measure: str = "killed",
                 adm1_names: Mapping[str, str] | None = None) -> dict:
    """A report's tables: ``measure`` by party (columns) x governorate (rows), for the whole
    period and for each month (``imprecise``: incidents whose date spans more than a month).

    >>> t = party_tables([{"month": "2023-07", "perpetrator": "SDF", "adm1_pcode": "SY02",
    ...                    "killed": 2}, {"month": "2023-07", "perpetrator": "REGIME",
    ...                    "adm1_pcode": "SY02", "killed": 1}], adm1_names={"SY02": "Aleppo"})
    >>> [p["code"] for p in t["parties"]], t["tables"][0]["rows"][0]["cells"], t["tables"][0]["total"]
    (['REGIME', 'SDF'], {'REGIME': 1, 'SDF': 2}, 3)
    """
    from geo.incident import PERPETRATORS

    rows = list(rows)
    adm1_names = adm1_names or {}
    order = {code: i for i, code in enumerate(PERPETRATORS)}
    codes = sorted({r.get("perpetrator") or "" for r in rows}, key=lambda c: (order.get(c, 99), c))
    parties = [{"code": c or None, "name": PERPETRATORS[c].name if c in PERPETRATORS
                else "not recorded"} for c in codes]

    def table(label: str, subset: list[dict]) -> dict:
        cells: dict = {}
        for r in subset:
            value = r.get(measure) or 0
            row = cells.setdefault(r.get("adm1_pcode"), {})
            row[r.get("perpetrator") or ""] = row.get(r.get("perpetrator") or "", 0) + int(value)
        out = []
        for pcode in sorted(cells, key=lambda c: (c is None, c or "")):
            by_party = {c or "none": cells[pcode].get(c, 0) for c in codes}
            out.append({"adm1_pcode": pcode, "name": adm1_names.get(pcode, "not located"
                        if pcode is None else pcode), "cells": by_party,
                        "total": sum(by_party.values())})
        column_totals = {c or "none": sum(r["cells"][c or "none"] for r in out) for c in codes}
        return {"month": label, "rows": out, "totals": column_totals,
                "total": sum(column_totals.values())}

    months = sorted({str(r.get("month")) for r in rows})
    tables = [table("all", rows)] + [table(m, [r for r in rows if str(r.get("month")) == m])
                                    for m in months]
    return {"measure": measure, "parties": parties, "tables": tables}


def tables_csv(doc: dict) -> str:
    """The tables as one CSV: a row per month x governorate, a column per party, then totals."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    keys = [p["code"] or "none" for p in doc["parties"]]
    writer.writerow(["month", "adm1_pcode", "governorate", *keys, "total"])
    for t in doc["tables"]:
        for r in t["rows"]:
            writer.writerow([t["month"], r["adm1_pcode"] or "", r["name"],
                             *(r["cells"][k] for k in keys), r["total"]])
        writer.writerow([t["month"], "", "total", *(t["totals"][k] for k in keys), t["total"]])
    return out.getvalue()


def tables_html(doc: dict) -> str:
    """The tables as an HTML page, one table per month, like a monthly report's."""
    from html import escape

    keys = [p["code"] or "none" for p in doc["parties"]]
    head = "".join(f"<th scope=\"col\" title=\"{escape(p['name'])}\">{escape(k)}</th>"
                   for k, p in zip(keys, doc["parties"]))
    parts = ["<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">",
             f"<title>{escape(doc['measure'])} by party and governorate</title>",
             "<style>table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;"
             "padding:2px 6px;text-align:right}th[scope=row]{text-align:left}</style></head><body>",
             f"<h1>{escape(doc['measure'])} by party and governorate</h1>"]
    for t in doc["tables"]:
        caption = "All months" if t["month"] == "all" else f"Month {t['month']}"
        parts.append(f"<table><caption>{escape(caption)}</caption><thead><tr>"
                     f"<th scope=\"col\">governorate</th>{head}<th scope=\"col\">total</th>"
                     "</tr></thead><tbody>")
        for r in t["rows"]:
            cells = "".join(f"<td>{r['cells'][k]}</td>" for k in keys)
            parts.append(f"<tr><th scope=\"row\">{escape(str(r['name']))}</th>{cells}"
                         f"<td>{r['total']}</td></tr>")
        totals = "".join(f"<td>{t['totals'][k]}</td>" for k in keys)
        parts.append(f"</tbody><tfoot><tr><th scope=\"row\">total</th>{totals}"
                     f"<td>{t['total']}</td></tr></tfoot></table>")
    parts.append("</body></html>")
    return "\n".join(parts)
