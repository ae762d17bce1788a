"""The incident table as every SQL backend of the store lays it out: columns, types, indexes.

The GeoPackage store (:mod:`geo.store.gpkg`) and the PostGIS store (:mod:`geo.store.postgis`)
create the same columns (:data:`COLUMNS`, in each backend's types) and write the same values
(:func:`row_values`, whose hash is the same in both), so a store moves from one to the other
unchanged. Linked events (:mod:`geo.linking`) live in ``event_id`` / ``event_rank`` and in the
table of people's decisions, :data:`LINKS_TABLE`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from ..errors import UserError
from ..incident import FIELDS, Incident
from ..linking import event_rank
from .geometry import encode_point

__all__ = ["TABLE", "LINKS_TABLE", "StoreError", "FIELD_COLUMNS", "COLUMNS", "WRITTEN", "INDEXED",
           "NOT_NULL", "IMPRECISE", "START", "END", "row_values", "iso"]

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
NOT_NULL = ("id", "date", "category", "killed")

# An incident is counted in a month (year, day) only when the whole interval its date allows
# lies in that month; otherwise it goes to the IMPRECISE group, never to the month it starts in
# (a UCDP yearly aggregate dated 2016-01-01..2016-12-31 is no January event).
IMPRECISE = "imprecise"
# The first and last day an incident's date allows, in SQL.
START, END = "coalesce(date_start, date)", "coalesce(date_end, date)"


def row_values(inc: Incident, now: str, public_id: str) -> list[Any]:
    """The values of :data:`WRITTEN` for one incident (its hash is the same in every backend)."""
    d = inc.to_dict(include_names=True)
    for key in ("control_agrees", "event_id", "linked_ids"):
        d.pop(key)
    start, end = inc.date_interval
    geom = encode_point(inc.lon, inc.lat) if inc.lon is not None else None
    for key in ("victim_names", "injured_names"):
        d[key] = json.dumps(list(getattr(inc, key)), ensure_ascii=False) if getattr(inc, key) else None
    d["computed_forces"] = ";".join(inc.computed_forces) or None
    payload = json.dumps([d, geom.hex() if geom else None], ensure_ascii=False, sort_keys=True,
                         default=str)
    row_hash = hashlib.sha1(payload.encode("utf-8")).hexdigest()
    d["date_end"] = end.isoformat()
    lp = inc.location_precision
    return [d[c] for c in FIELD_COLUMNS] + [
        start.isoformat(), inc.control_agrees, row_hash, now,
        event_rank(inc.dataset, None if lp is None else int(lp)), public_id]


def iso(value) -> str | None:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value
