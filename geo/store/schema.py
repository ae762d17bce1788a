"""The incident table as every SQL backend of the store lays it out: columns, types, indexes.

The GeoPackage store (:mod:`geo.store.gpkg`) and the PostGIS store (:mod:`geo.store.postgis`)
create the same columns (:data:`COLUMNS`, in each backend's types) and write the same values
(:func:`row_columns`, whose hash is the same in both), so a store moves from one to the other
unchanged. Linked events (:mod:`geo.linking`) live in ``event_id`` / ``event_rank`` and in the
table of people's decisions, :data:`LINKS_TABLE`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from typing import Any

import numpy as np

from ..columns import IncidentColumns, floats, group
from ..factor import Factor, objects
from ..errors import UserError
from ..incident import FIELDS, control_agrees
from ..linking import event_rank
from ..precision import DatePrecision, LocationPrecision
from .geometry import encode_points

__all__ = ["TABLE", "LINKS_TABLE", "StoreError", "FIELD_COLUMNS", "COLUMNS", "WRITTEN", "INDEXED",
           "WINDOW_INDEX", "WINDOW_INDEX_4",
           "NOT_NULL", "IMPRECISE", "START", "END", "HASHED", "row_columns", "iso"]

TABLE = "incidents"
LINKS_TABLE = "incident_links"


class StoreError(UserError):
    """The store cannot be used (not a GeoPackage, no server, locked, read-only...)."""


# (column, type). Every Incident field except lon/lat (the geometry) and the event fields
# (the store sets them), plus derived columns for queries, change detection and events.
_TYPES = {
    "date": "DATE", "date_documented": "DATE", "source_date": "DATE", "date_end": "DATE",
    "killed": "INTEGER", "children": "INTEGER", "women": "INTEGER", "injured": "INTEGER",
    "deaths_total": "INTEGER", "deaths_low": "INTEGER", "deaths_high": "INTEGER",
    "location_precision": "INTEGER", "radius_m": "INTEGER",
}
FIELD_COLUMNS = [f for f in FIELDS if f not in ("lon", "lat", "event_id", "linked_ids")]
# ``date_start`` / ``date_end`` hold the whole interval the incident's date allows
# (Incident.date_interval), so a store filter or a month group needs no date arithmetic.
# ``date_end`` is also the field: read back, Incident drops it when the precision implies it.
COLUMNS: list[tuple[str, str]] = (
    [(f, _TYPES.get(f, "TEXT")) for f in FIELD_COLUMNS]
    + [("date_start", "DATE"), ("control_agrees", "BOOLEAN"), ("row_hash", "TEXT"),
       ("updated_at", "DATETIME"), ("event_rank", "INTEGER"), ("event_id", "TEXT"),
       ("public_id", "TEXT")]
)
# What an upsert writes: everything but event_id, which linking sets.
WRITTEN = [c for c, _ in COLUMNS if c != "event_id"]
INDEXED = ("date", "category", "perpetrator", "computed_control", "adm1_pcode", "adm2_pcode",
           "adm3_pcode", "dataset", "event_id", "public_id")
# One index holding what a count over a time window reads (the window, the precision the map
# draws, each event once) and what the map sums per sub-district: SQLite and PostgreSQL count
# and sum from it without reading the rows (5 times faster over a few years of 100,000
# incidents, the map's sums 1.7 times). Ordered as a page is (``date, id``: the store's
# order), so a page's rows come from it in order, neither read nor sorted, and the rows a
# deep page skips are skipped in it; it covers the filters most pages add (the dataset, the
# perpetrator, the governorate).
WINDOW_INDEX = ("date", "id", "date_start", "date_end", "location_precision", "event_id",
                "adm3_pcode", "adm2_pcode", "adm1_pcode", "category", "computed_control",
                "perpetrator", "dataset", "killed")
# The window index as stores written before it was ordered by ``date, id`` have it (PostGIS
# migration 4; a GeoPackage store opened for writing replaces it).
WINDOW_INDEX_4 = ("date", "date_start", "date_end", "location_precision", "event_id", "id",
                  "adm3_pcode", "adm2_pcode", "category", "computed_control", "killed")
NOT_NULL = ("id", "date", "category", "killed")

# An incident is counted in a month (year, day) only when the whole interval its date allows
# lies in that month; otherwise it goes to the IMPRECISE group, never to the month it starts in
# (a UCDP yearly aggregate dated 2016-01-01..2016-12-31 is no January event).
IMPRECISE = "imprecise"
# The first and last day an incident's date allows, in SQL.
START, END = "coalesce(date_start, date)", "coalesce(date_end, date)"


# The fields a record's hash is made of (every field but the event's and the derived
# control_agrees), in the order of their names.
HASHED = sorted(f for f in FIELDS if f not in ("control_agrees", "event_id", "linked_ids"))


def _stored(field: str, value: Any) -> Any:
    """A field's value as the store writes it (and hashes it)."""
    if field in ("victim_names", "injured_names"):
        return json.dumps(list(value), ensure_ascii=False) if value else None
    if field == "computed_forces":
        return ";".join(value) or None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, DatePrecision):
        return value.value
    if isinstance(value, LocationPrecision):
        return int(value)
    return value


def row_columns(table: IncidentColumns, now: str, public_ids: list[str]) -> dict[str, Any]:
    """The columns of :data:`WRITTEN` for a table of incidents (factors or lists, one value
    per row), ``geom`` (GeoPackage points, None without one) and ``lon`` / ``lat``.

    The hash of a row is SHA-1 of the JSON of ``[record, point]``: the record is the
    incident's fields as stored (:func:`_stored`, keys sorted), the point its GeoPackage
    binary in hex: the same in every backend, and made from each distinct value's JSON
    once per table.
    """
    out: dict[str, Any] = {}
    stored = {f: table.factor(f) if f in _AS_IS else table.factor(f).map(lambda v, f=f: _stored(f, v))
              for f in HASHED}
    for f in FIELD_COLUMNS:
        out[f] = stored[f]
    lons, lats = floats(table.values("lon")), floats(table.values("lat"))
    geom = encode_points(lons, lats)
    # The JSON of [record, point], row by row, from each distinct value's JSON; a field of
    # one value in the whole table is joined to its neighbour's values, not to every row.
    parts: list[Factor] = []
    pending = ""
    for f in HASHED:
        pieces = _pieces(f, stored[f])
        codes = pieces.codes
        if not len(codes) or codes.min() == codes.max():
            text = pieces.uniques[codes[0]] if len(codes) else ""
            if parts:
                parts[-1] = Factor(parts[-1].codes, _suffixed(parts[-1].uniques, f", {text}"))
            else:
                pending = f"{pending}{text}, "
        else:
            parts.append(Factor(codes, objects([pending + u for u in pieces.uniques.tolist()])))
            pending = ""
    n = len(table)
    if not parts:
        parts.append(Factor(np.zeros(n, dtype=np.int64), objects([pending[:-2]])))
    parts[0] = Factor(parts[0].codes, objects(["[{" + u for u in parts[0].uniques.tolist()]))
    parts[-1] = Factor(parts[-1].codes, _suffixed(parts[-1].uniques, "}"))
    columns = [p.values().tolist() for p in parts]
    columns.append([f'"{g.hex()}"]' if g is not None else "null]" for g in geom])
    sha1 = hashlib.sha1
    out["row_hash"] = [sha1(text.encode("utf-8")).hexdigest()
                       for text in map(", ".join, zip(*columns))]
    intervals = group([table.factor("date"), table.factor("date_end"),
                       table.factor("date_precision")])
    spans = [_interval(d, e, p) for d, e, p in zip(*intervals[1])]
    out["date_start"] = Factor(intervals[0], objects([a for a, _ in spans]))
    out["date_end"] = Factor(intervals[0], objects([b for _, b in spans]))
    agrees = group([table.factor("stated_control"), table.factor("computed_control"),
                    table.factor("computed_forces")])
    out["control_agrees"] = Factor(agrees[0], objects([control_agrees(*v)
                                                       for v in zip(*agrees[1])]))
    out["updated_at"] = Factor(np.zeros(n, dtype=np.int64), objects([now]))
    ranks = group([table.factor("dataset"), table.factor("location_precision")])
    out["event_rank"] = Factor(ranks[0], objects([event_rank(ds, None if lp is None else int(lp))
                                                  for ds, lp in zip(*ranks[1])]))
    out["public_id"] = public_ids
    out["geom"], out["lon"], out["lat"] = geom, lons, lats
    return out


def _suffixed(values: np.ndarray, suffix: str) -> np.ndarray:
    return objects([v + suffix for v in values.tolist()])


def _pieces(field: str, values: Factor) -> Factor:
    """``"field": value`` in JSON for each distinct value (text and numbers the quick way)."""
    key = f"{json.dumps(field)}: "
    null = f"{key}null"
    kinds = {v.__class__ for v in values.uniques.tolist()}
    if kinds <= {str, type(None)}:
        enc = _STRING
        return Factor(values.codes, objects([null if v is None else key + enc(v)
                                             for v in values.uniques.tolist()]))
    if kinds <= {float, type(None)} and np.isfinite(
            np.array([v for v in values.uniques.tolist() if v is not None], dtype=float)).all():
        rep = float.__repr__
        return Factor(values.codes, objects([null if v is None else key + rep(v)
                                             for v in values.uniques.tolist()]))
    return values.map(lambda v: f"{key}{_json(v)}")


# Fields stored as they are held (text, numbers): no conversion to make.
_AS_IS = frozenset(f for f in HASHED if f not in (
    "victim_names", "injured_names", "computed_forces", "date", "date_documented", "date_end",
    "source_date", "date_precision", "location_precision"))
_STRING = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) writes a str as


def _json(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, default=str)`` for the scalars a record holds."""
    kind = value.__class__
    if kind is str:
        return _STRING(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def _interval(date: dt.date, date_end: dt.date | None, precision: DatePrecision) -> tuple[str, str]:
    start, end = (date, date_end) if date_end is not None else precision.interval(date)
    return start.isoformat(), end.isoformat()


def iso(value) -> str | None:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value
