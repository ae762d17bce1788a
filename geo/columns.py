"""Many incidents as columns: checked, placed and written without a Python object per row.

An :class:`IncidentColumns` holds one column per :class:`~geo.incident.Incident` field, in
the model's types, and the line each row came from. A column is a :class:`~geo.factor.Factor` (codes
into its distinct values) or a plain numpy array, so work that depends on a value alone
(a check, a conversion, a text for the store) is done once per distinct value.

:func:`apply_rules` checks raw columns (the text of a CSV) with the model's own rules
(:data:`geo.incident.RULES`): each rule runs once per distinct combination of its fields
across the table, rows that break a rule get that rule's error, and the first rule a row
breaks is the one :class:`~geo.incident.Incident` would report, so the table and the model
accept and refuse the same rows with the same words.

>>> table, errors = apply_rules({"date": ["2016-01-01", "2016-02-30"], "killed": ["2", "1"]},
...                             [2, 3], RULES)
>>> len(table), [(row, e.field) for row, e in errors]
(1, [(1, 'date')])
>>> table.values("killed").tolist(), table.values("date_precision")[0].value
([2], 'day')
"""

from __future__ import annotations

import dataclasses
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from .errors import InputError
from .factor import Factor, factorize, objects
from .incident import COMMUNITY_KM, FIELDS, PLACED, RULES, Incident, Rule, place_codes
from .inputrules import INCIDENT_CHECKS
from .precision import LocationPrecision

# The default of each Incident field (what a row without that column gets).
DEFAULTS = {f.name: (f.default if f.default is not dataclasses.MISSING else None)
            for f in dataclasses.fields(Incident)}

__all__ = ["IncidentColumns", "apply_rules", "locate", "locate_many", "floats", "RULES",
           "CHECK_RULES"]


def _as_rule(field: str, check, check_all) -> Rule:
    def fn(value):
        check(value)
        return ()

    def many(values):
        # A column whose every value passes needs no check of each (the usual case).
        return np.full(len(values), bool(check_all(values.tolist()))), ()
    return Rule((field,), (), fn, many)


# geo.inputrules' checks of an incident's text fields, as rules over its fields.
CHECK_RULES = tuple(_as_rule(*check) for check in INCIDENT_CHECKS)


def _values(column) -> np.ndarray:
    return column.values() if isinstance(column, Factor) else column


def group(columns: Sequence, rows: np.ndarray | None = None
          ) -> tuple[np.ndarray, list[np.ndarray]]:
    """Group rows by the combination of values in ``columns``: the group of each row and,
    for each column, its value in each group. ``rows`` limits the grouping to those rows
    (the groups of ``rows[i]``)."""
    factors = [factorize(c if rows is None or isinstance(c, Factor) else c[rows])
               for c in columns]
    codes = [f.codes if rows is None or not isinstance(c, Factor) else f.codes[rows]
             for f, c in zip(factors, columns)]
    code = codes[0]
    for c, f in zip(codes[1:], factors[1:]):
        code, _ = pd.factorize(code * len(f.uniques) + c)  # small codes: no overflow
    code, present = pd.factorize(code)
    code = code.astype(np.int64, copy=False)
    if len(codes) == 1:
        return code, [factors[0].uniques.take(present)]
    first = np.full(len(present), len(code), dtype=np.int64)
    np.minimum.at(first, code, np.arange(len(code)))
    return code, [f.uniques.take(c[first]) for f, c in zip(factors, codes)]


class IncidentColumns:
    """Incidents as columns (see the module doc): ``values(field)``, ``factor(field)``,
    ``lines``; made by :func:`apply_rules` or :meth:`from_incidents`."""

    def __init__(self, columns: dict, lines: np.ndarray):
        self.lines = np.asarray(lines, dtype=np.int64)
        self.version = 0  # counts the changes (set): a copy made of the rows knows it is old
        self._columns = dict(columns)
        for name, col in self._columns.items():
            if len(col) != len(self.lines):
                raise ValueError(f"column {name} has {len(col)} rows, not {len(self.lines)}")

    def __len__(self) -> int:
        return len(self.lines)

    def __contains__(self, field: str) -> bool:
        return field in self._columns

    def values(self, field: str) -> np.ndarray:
        """The column's values as a numpy array (object, or numbers)."""
        col = self._columns.get(field)
        if col is None:
            return np.full(len(self), None, dtype=object)
        return _values(col)

    def factor(self, field: str) -> Factor:
        """The column as a :class:`~geo.factor.Factor` (made once, then kept)."""
        col = self._columns.get(field)
        if col is None:
            col = Factor(np.zeros(len(self), dtype=np.int64), objects([None]))
        if not isinstance(col, Factor):
            col = factorize(col)
        self._columns[field] = col
        return col

    def set(self, field: str, values) -> None:
        if len(values) != len(self):
            raise ValueError(f"{len(values)} values for {len(self)} rows")
        self._columns[field] = values if isinstance(values, (Factor, np.ndarray)) else objects(list(values))
        self.version += 1

    def take(self, rows) -> "IncidentColumns":
        """The rows ``rows`` (positions or a boolean mask), in that order."""
        rows = np.asarray(rows)
        if rows.dtype == bool:
            rows = np.flatnonzero(rows)
        return IncidentColumns({k: (c.take(rows) if isinstance(c, Factor) else c[rows])
                                for k, c in self._columns.items()}, self.lines[rows])

    @classmethod
    def concat(cls, tables: Sequence["IncidentColumns"]) -> "IncidentColumns":
        tables = [t for t in tables if len(t)] or list(tables[:1])
        if not tables:
            return cls({}, np.zeros(0, dtype=np.int64))
        if len(tables) == 1:
            return tables[0]
        names = dict.fromkeys(k for t in tables for k in t._columns)
        out = {}
        for name in names:
            parts = [t.factor(name) for t in tables]
            merged = factorize(np.concatenate([p.uniques for p in parts]))
            offsets = np.cumsum([0] + [len(p.uniques) for p in parts])
            out[name] = Factor(np.concatenate([merged.codes[o + p.codes]
                                               for o, p in zip(offsets, parts)]), merged.uniques)
        return cls(out, np.concatenate([t.lines for t in tables]))

    @classmethod
    def from_incidents(cls, incidents: Iterable[Incident],
                       lines: Sequence[int] | None = None) -> "IncidentColumns":
        """The columns of incidents already made (and so checked)."""
        incidents = list(incidents)
        cols = {f: objects([getattr(inc, f) for inc in incidents]) for f in FIELDS}
        return cls(cols, np.asarray(lines if lines is not None else range(1, len(incidents) + 1)))

    def incidents(self) -> list[Incident]:
        """The rows as :class:`Incident` objects (each checked again: for small tables)."""
        cols = {f: self.values(f) for f in FIELDS if f in self._columns}
        return [Incident(**dict(zip(cols, row))) for row in zip(*cols.values())]

    def rows(self, fields: Sequence[str]) -> Iterable[tuple]:
        """The values of ``fields``, one tuple per row."""
        return zip(*(self.values(f).tolist() for f in fields))


def apply_rules(raw: dict, lines: Sequence[int], rules: Sequence[Rule] = RULES
                ) -> tuple[IncidentColumns, list[tuple[int, InputError]]]:
    """Check and normalise raw columns with ``rules``, in order (see the module doc).

    ``raw`` maps field names to columns of equal length (lists, arrays or factors; a
    field not given is empty). Returns the table of the rows that break no rule and, for each
    row that breaks one, ``(row, error)`` of the first rule it breaks, in row order.
    """
    lines = np.asarray(lines, dtype=np.int64)
    n = len(lines)
    cols: dict = {}
    for name, col in raw.items():
        if col is not None:
            cols[name] = col if isinstance(col, (Factor, np.ndarray)) else objects(list(col))
    zeros = np.zeros(n, dtype=np.int64)
    failed: dict[int, InputError] = {}
    alive = np.ones(n, dtype=bool)
    for rule in rules:
        act = np.flatnonzero(alive)
        if not len(act):
            break
        # A field not given has the model's default, as in Incident(**row).
        ins = [cols[f] if f in cols else Factor(zeros, objects([DEFAULTS.get(f)]))
               for f in rule.inputs]
        code, distinct = group(ins, act)
        count = len(distinct[0]) if distinct else 1
        ok = np.zeros(count, dtype=bool)
        vouched: tuple = ()
        if rule.many is not None:
            ok, vouched = rule.many(*distinct)
        todo = np.flatnonzero(~ok)
        args = [d[todo] for d in distinct] if distinct else []
        try:
            results = list(map(rule.fn, *args))
        except InputError:
            results = [_outcome(rule.fn, a) for a in zip(*args)]
            bad = np.zeros(count, dtype=bool)
            bad[todo] = [isinstance(r, InputError) for r in results]
            rows = act[bad[code]]
            errors = dict(zip(todo.tolist(), results))
            for row, g in zip(rows.tolist(), code[bad[code]].tolist()):
                failed[row] = errors[g]
            alive[rows] = False
        codes = np.zeros(n, dtype=np.int64)
        codes[act] = code
        for k, name in enumerate(rule.outputs):
            per_group = np.full(max(count, 1), None, dtype=object)
            if ok.any():
                per_group[ok] = vouched[k]
            per_group[todo] = objects([r[k] if r.__class__ is tuple else None for r in results])
            cols[name] = Factor(codes, per_group)
    keep = np.flatnonzero(alive)
    table = IncidentColumns({k: (c.take(keep) if isinstance(c, Factor) else c[keep])
                             for k, c in cols.items()}, lines[keep])
    return table, sorted(failed.items())


def _outcome(fn, args):
    try:
        return fn(*args)
    except InputError as exc:
        return exc


def floats(column) -> np.ndarray:
    """A column of numbers or None as floats (None: NaN)."""
    values = _values(column)
    return values if values.dtype.kind == "f" else np.array(values.tolist(), dtype=float)


def locate(table: IncidentColumns, gaz, *, source: str | None = None, lenient: bool = False,
           overwrite: bool = False) -> list[tuple[int, InputError]]:
    """Place the rows with a point (:func:`locate_many` for a table, in place):
    one vectorised reverse geocoding, then :func:`~geo.incident.place_codes` once per
    distinct combination of what decides it. Returns ``[(row, error)]`` for the points
    outside Syria (raises the first unless ``lenient``)."""
    lons, lats = floats(table.values("lon")), floats(table.values("lat"))
    rows = np.flatnonzero(~np.isnan(lons))
    if not len(rows):
        return []
    r = gaz.reverse_many(lons[rows], lats[rows])
    adm3 = np.asarray(r["adm3_pcode"], dtype=object)
    outside = np.array([c is None for c in adm3.tolist()], dtype=bool)
    errors = []
    for k in np.flatnonzero(outside).tolist():
        i = int(rows[k])
        err = InputError(f"({table.values('lat')[i]}, {table.values('lon')[i]}) is outside Syria: "
                         f"{r['boundary_km'][k]:.1f} km beyond the nearest sub-district",
                         source=source, line=int(table.lines[i]), field="lat")
        if not lenient:
            raise err
        errors.append((i, err))
    inside = ~outside
    rows, adm3 = rows[inside], adm3[inside]
    community = np.asarray(r["community_pcode"], dtype=object)[inside]
    precision = table.values("location_precision")[rows]
    limit = np.array([COMMUNITY_KM.get(p or LocationPrecision.COMMUNITY, -1.0)
                      for p in precision.tolist()])
    near = np.asarray(r["community_km"])[inside] <= limit
    inputs = [adm3, community, near, *(table.values(f)[rows] for f in
                                       ("adm1_pcode", "adm2_pcode", "adm3_pcode")),
              precision, table.values("pcode")[rows], table.values("level")[rows]]
    code, distinct = group(inputs)
    placed = [place_codes(a3, com, bool(nr), (g1, g2, g3), p, pc, lv, overwrite)
              for a3, com, nr, g1, g2, g3, p, pc, lv in zip(*distinct)]
    for k, name in enumerate(PLACED):
        column = table.values(name).copy()
        column[rows] = objects([v[k] for v in placed]).take(code)
        table.set(name, column)
    return errors


def locate_many(incidents: Sequence[Incident], gaz, *, source: str | None = None,
                lines: Sequence[int] | None = None, lenient: bool = False,
                overwrite: bool = False) -> list[tuple[int, InputError]]:
    """Fill the ADM1/2/3 P-codes of incidents with coordinates; reject points outside Syria.

    Uses :meth:`Gazetteer.reverse_many` in one vectorised call. A point more
    than the gazetteer's snapping distance outside every sub-district is
    outside Syria: an :class:`InputError` naming ``source`` and the line
    (``lines[i]`` for incident ``i``). With ``lenient`` the errors are
    returned as ``[(index, error)]`` instead of raised.

    P-codes already set (by a geocoder, or the units a source names, e.g.
    UCDP's ``adm_1``) are kept unless ``overwrite``; the levels they leave
    empty are filled from the point only where the point agrees with them.
    What each incident gets is :func:`~geo.incident.place_codes`; a table of incidents is placed with
    :func:`locate` (this function runs it).
    """
    table = IncidentColumns.from_incidents(incidents, lines)
    errors = locate(table, gaz, source=source, lenient=lenient, overwrite=overwrite)
    placed = table.rows(PLACED)
    for inc, values in zip(incidents, placed):
        for name, value in zip(PLACED, values):
            setattr(inc, name, value)
    return errors
