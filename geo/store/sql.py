"""What every SQL backend of the store shares: the columns, the filters, statistics, upserts, links.

:class:`SQLStore` implements :class:`~geo.store.base.IncidentStore` once, in SQL that
SQLite (the GeoPackage store) and PostgreSQL (the PostGIS store) both run; a backend
supplies only what differs: its connection and transaction, how it writes and reads a
point, its spatial filter, and the parameter mark. Statements are written with ``?``
marks; :meth:`SQLStore._sql` turns them into the backend's.

Linked events (:mod:`geo.linking`): every record carries ``event_id`` (the record that
stands for its event, ``NULL`` when no other source reports it) and ``event_rank``. A
selection counts an event once, as the best-ranked of its records that the filters select,
unless :attr:`Filters.all_records`. People's decisions are kept in the ``incident_links``
table and re-applied whenever the store links records again.
"""

from __future__ import annotations

import abc
import datetime as dt
import hashlib
import json
import threading
from contextlib import AbstractContextManager
from typing import Any, Iterable, Sequence

from ..errors import InputError, UserError
from ..incident import FIELDS, Incident
from ..linking import CONFIRMED, DECISIONS, SPLIT, WINDOW_DAYS, LinkRecord, event_rank, link_events
from .base import GROUP_KEYS, AddResult, Filters, IncidentStore
from .geometry import encode_point

__all__ = ["SQLStore", "StoreError", "COLUMNS", "TABLE", "LINKS_TABLE", "INDEXED", "IMPRECISE"]

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
       ("updated_at", "DATETIME"), ("event_rank", "INTEGER"), ("event_id", "TEXT")]
)
# What an upsert writes: everything but event_id, which linking sets.
WRITTEN = [c for c, _ in COLUMNS if c != "event_id"]
INDEXED = ("date", "category", "perpetrator", "computed_control", "adm1_pcode", "adm2_pcode",
           "adm3_pcode", "dataset", "event_id")
NOT_NULL = ("id", "date", "category", "killed")

# An incident is counted in a month (year, day) only when the whole interval its date allows
# lies in that month; otherwise it goes to the IMPRECISE group, never to the month it starts in
# (a UCDP yearly aggregate dated 2016-01-01..2016-12-31 is no January event).
IMPRECISE = "imprecise"
_START, _END = "coalesce(date_start, date)", "coalesce(date_end, date)"
_GROUP_COLUMN = {
    "perpetrator": "perpetrator", "category": "category", "cause": "cause",
    "adm1": "adm1_pcode", "adm2": "adm2_pcode", "adm3": "adm3_pcode",
    "control": "computed_control", "stated_control": "stated_control", "dataset": "dataset",
}
_GROUP_NAME = {"adm1": "adm1_pcode", "adm2": "adm2_pcode", "adm3": "adm3_pcode",
               "control": "computed_control"}
_ORDER_SQL = {"date": "date, id", "-date": "date DESC, id DESC", "-killed": "killed DESC, date, id",
              "id": "id"}
_LIST_FILTERS = (("category", "category"), ("perpetrator", "perpetrator"), ("cause", "cause"),
                 ("control", "computed_control"), ("stated_control", "stated_control"),
                 ("adm1", "adm1_pcode"), ("adm2", "adm2_pcode"), ("adm3", "adm3_pcode"),
                 ("dataset", "dataset"), ("ids", "id"))
_LINK_COLUMNS = ("id", "dataset", "date_start", "date_end", "date", "radius_m", "category",
                 "cause", "killed", "deaths_total", "location_precision", "event_id")


def row_values(inc: Incident, now: str) -> list[Any]:
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
        event_rank(inc.dataset, None if lp is None else int(lp))]


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


class SQLStore(IncidentStore):
    """The store over an SQL database; subclasses give the backend's hooks (see the module doc)."""

    mark = "?"
    _absent: frozenset[str] = frozenset()   # columns an older read-only store lacks

    # -- connections: one per thread ---------------------------------------------------
    def _init_connections(self) -> None:
        self._local = threading.local()
        self._all: list = []
        self._lock = threading.Lock()

    def _keep(self, conn):
        """Make ``conn`` this thread's connection (closed by :meth:`close`)."""
        self._local.conn = conn
        with self._lock:
            self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                try:
                    conn.close()
                except Exception:  # noqa: BLE001 - a connection already broken is closed enough
                    pass
            self._all.clear()
        self._local = threading.local()

    # -- the backend's hooks ----------------------------------------------------------
    @abc.abstractmethod
    def _conn(self):
        """This thread's connection (:meth:`_keep` it)."""

    @abc.abstractmethod
    def _transaction(self, conn) -> AbstractContextManager:
        """One write transaction, one writer at a time; rolled back on any error."""

    @abc.abstractmethod
    def _geom_write(self, lon: float | None, lat: float | None) -> tuple[str, list[Any]]:
        """The SQL expression and parameters that write a point (or no point)."""

    @abc.abstractmethod
    def _geom_read(self) -> list[str]:
        """The SQL expressions that read a point: decoded by :meth:`_lonlat`."""

    @abc.abstractmethod
    def _lonlat(self, values: Sequence[Any]) -> tuple[float | None, float | None]:
        """(lon, lat) from the values of :meth:`_geom_read`."""

    @abc.abstractmethod
    def _bbox_sql(self, bbox: tuple[float, float, float, float]) -> tuple[str, list[Any]]:
        """A WHERE clause selecting the points in (west, south, east, north)."""

    @abc.abstractmethod
    def _date_text(self, column: str) -> str:
        """An SQL expression giving a date column as ISO text."""

    def _distinct(self, a: str, b: str) -> str:
        return f"{a} IS NOT {b}"

    def _after_write(self, conn) -> None:
        """Called inside every write transaction after its changes (the GeoPackage extent)."""

    def _error(self, exc: Exception) -> StoreError:
        return StoreError(f"cannot write to the incident store {self.path}: {exc}")

    def _sql(self, text: str) -> str:
        return text if self.mark == "?" else text.replace("?", self.mark)

    def _run(self, conn, text: str, params: Sequence[Any] = ()):
        return conn.execute(self._sql(text), params)

    def _run_many(self, conn, text: str, rows: list[Sequence[Any]]) -> None:
        if rows:
            conn.executemany(self._sql(text), rows)

    def _writable(self) -> None:
        if getattr(self, "readonly", False):
            raise StoreError(f"the store {self.path} is open read-only")

    # -- writing ----------------------------------------------------------------------
    def add_many(self, incidents: Iterable[Incident]) -> AddResult:
        self._writable()
        # The whole batch is read (and so validated) before the transaction starts.
        batch: dict[str, Incident] = {}
        seen = 0
        for inc in incidents:
            if not isinstance(inc, Incident):
                raise TypeError(f"add_many takes Incident objects, not {type(inc).__name__}")
            seen += 1
            batch[inc.id] = inc
        duplicates = seen - len(batch)
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        geom_sql, _ = self._geom_write(None, None)
        cols = ", ".join(f'"{c}"' for c in ["geom", *WRITTEN])
        marks = ", ".join([geom_sql, *("?" * len(WRITTEN))])
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in ["geom", *WRITTEN])
        sql = (f'INSERT INTO {TABLE} ({cols}) VALUES ({marks}) ON CONFLICT ("id") DO UPDATE SET '
               f'{sets} WHERE {self._distinct(f"{TABLE}.row_hash", "excluded.row_hash")}')
        hash_pos = WRITTEN.index("row_hash")
        added = updated = unchanged = 0
        conn = self._conn()
        with self._transaction(conn):
            existing = self._hashes(conn, list(batch))
            params, written = [], []
            for iid, inc in batch.items():
                values = row_values(inc, now)
                old = existing.get(iid, False)
                if old is False:
                    added += 1
                elif old == values[hash_pos]:
                    unchanged += 1
                    continue
                else:
                    updated += 1
                params.append([*self._geom_write(inc.lon, inc.lat)[1], *values])
                written.append(inc)
            try:
                self._run_many(conn, sql, params)
            except Exception as exc:
                if isinstance(exc, UserError):
                    raise
                raise self._error(exc) from None
            self._link(conn, written)
            self._after_write(conn)
        return AddResult(added, updated, unchanged, duplicates)

    def _hashes(self, conn, ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            out.update(self._run(conn, f"SELECT id, row_hash FROM {TABLE} WHERE id IN "
                                       f"({','.join('?' * len(chunk))})", chunk).fetchall())
        return out

    def delete(self, incident_id: str) -> bool:
        self._writable()
        conn = self._conn()
        with self._transaction(conn):
            row = self._run(conn, f"SELECT event_id FROM {TABLE} WHERE id = ?",
                            (str(incident_id),)).fetchone()
            if row is None:
                return False
            self._run(conn, f"DELETE FROM {TABLE} WHERE id = ?", (str(incident_id),))
            if row[0] is not None:  # the rest of its event: linked again without it
                self._relink_window(conn, self._event_window(conn, [row[0]]))
            self._after_write(conn)
        return True

    # -- events ----------------------------------------------------------------------
    def _link_records(self, conn, lo: str, hi: str) -> list[tuple[LinkRecord, str | None]]:
        """The records whose dates come near [lo, hi], with their current event."""
        geo = self._geom_read()
        cols = ", ".join([*(f'"{c}"' for c in _LINK_COLUMNS), *geo])
        rows = self._run(conn, f"SELECT {cols} FROM {TABLE} WHERE {_END} >= ? AND {_START} <= ?",
                         (lo, hi)).fetchall()
        out = []
        n = len(_LINK_COLUMNS)
        for r in rows:
            lon, lat = self._lonlat(r[n:])
            start = dt.date.fromisoformat(_iso(r[2]) or _iso(r[4]))
            end = dt.date.fromisoformat(_iso(r[3]) or _iso(r[4]))
            out.append((LinkRecord(r[0], r[1], start, end, lon, lat, r[5], r[6], r[7], r[8] or 0,
                                   r[9], r[10]), r[11]))
        return out

    def _decisions(self, conn) -> dict[tuple[str, str], str]:
        return {(a, b): d for a, b, d in self._run(
            conn, f"SELECT id_a, id_b, decision FROM {LINKS_TABLE}").fetchall()}

    def _event_window(self, conn, event_ids: Iterable[str]) -> tuple[str, str] | None:
        ids = list(dict.fromkeys(event_ids))
        if not ids:
            return None
        row = self._run(conn, f"SELECT min({_START}), max({_END}) FROM {TABLE} WHERE event_id IN "
                              f"({','.join('?' * len(ids))})", ids).fetchone()
        return (_iso(row[0]), _iso(row[1])) if row and row[0] is not None else None

    def _link(self, conn, written: list[Incident]) -> None:
        """Link the records just written (and their neighbours in time) into events."""
        if not written:
            return
        intervals = [inc.date_interval for inc in written]
        lo, hi = min(i[0] for i in intervals), max(i[1] for i in intervals)
        # Their former partners, wherever they are in time, are linked again too.
        ids = [inc.id for inc in written]
        old = set()
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            old.update(e for (e,) in self._run(
                conn, f"SELECT DISTINCT event_id FROM {TABLE} WHERE event_id IS NOT NULL AND id IN "
                      f"({','.join('?' * len(chunk))})", chunk).fetchall())
        window = self._event_window(conn, old)
        if window:
            lo, hi = min(lo.isoformat(), window[0]), max(hi.isoformat(), window[1])
        else:
            lo, hi = lo.isoformat(), hi.isoformat()
        self._relink_window(conn, (lo, hi))

    def _relink_window(self, conn, window: tuple[str, str] | None) -> None:
        """Recompute the events of every record within reach of the window [lo, hi]."""
        if window is None:
            return
        pad = dt.timedelta(days=2 * WINDOW_DAYS + 8)
        lo = (dt.date.fromisoformat(window[0]) - pad).isoformat()
        hi = (dt.date.fromisoformat(window[1]) + pad).isoformat()
        # One dataset in reach and no links to undo: nothing can be linked (a UCDP import).
        datasets = self._run(conn, f"SELECT count(DISTINCT dataset), count(event_id) FROM {TABLE} "
                                   f"WHERE {_END} >= ? AND {_START} <= ?", (lo, hi)).fetchone()
        if datasets[0] < 2 and not datasets[1]:
            return
        loaded = self._link_records(conn, lo, hi)
        events = link_events((r for r, _ in loaded), self._decisions(conn))
        ranks = {r.id: event_rank(r.dataset, r.location_precision) for r, _ in loaded}
        size: dict[str, int] = {}
        for lead in events.values():
            size[lead] = size.get(lead, 0) + 1
        changes = []
        for rec, current in loaded:
            lead = events[rec.id]
            new = lead if size[lead] > 1 else None
            if new != current:
                changes.append((new, ranks[rec.id], rec.id))
        self._run_many(conn, f"UPDATE {TABLE} SET event_id = ?, event_rank = ? WHERE id = ?", changes)

    def _decide(self, a: str, b: str, decision: str, note: str | None) -> None:
        if decision not in DECISIONS:
            raise InputError(f"a link decision is one of {', '.join(DECISIONS)}, not {decision!r}",
                             field="decision")
        a, b = sorted((str(a), str(b)))
        if a == b:
            raise InputError("a record cannot be linked to itself", field="ids")
        conn = self._conn()
        with self._transaction(conn):
            found = dict(self._run(conn, f"SELECT id, event_id FROM {TABLE} WHERE id IN (?, ?)",
                                   (a, b)).fetchall())
            for x in (a, b):
                if x not in found:
                    raise InputError(f"no incident {x!r} in the store", field="ids")
            self._run(conn, f"DELETE FROM {LINKS_TABLE} WHERE id_a = ? AND id_b = ?", (a, b))
            now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            self._run(conn, f"INSERT INTO {LINKS_TABLE} (id_a, id_b, decision, decided_at, note) "
                            f"VALUES (?, ?, ?, ?, ?)", (a, b, decision, now, note))
            events = [e for e in found.values() if e] + [a, b]
            window = self._event_window(conn, events) or (None, None)
            dates = self._run(conn, f"SELECT min({_START}), max({_END}) FROM {TABLE} WHERE id IN "
                                    f"(?, ?)", (a, b)).fetchone()
            lo = min(x for x in (window[0], _iso(dates[0])) if x)
            hi = max(x for x in (window[1], _iso(dates[1])) if x)
            self._relink_window(conn, (lo, hi))
            self._after_write(conn)

    def link(self, a: str, b: str, *, note: str | None = None) -> list[Incident]:
        self._writable()
        self._decide(a, b, CONFIRMED, note)
        return self.event_records(a)

    def split(self, incident_id: str, *, note: str | None = None) -> list[Incident]:
        self._writable()
        members = [i.id for i in self.event_records(incident_id) if i.id != incident_id]
        if not members:
            raise InputError(f"{incident_id!r} is linked to no other record", field="id")
        for other in members:
            self._decide(incident_id, other, SPLIT, note)
        return [self.get(m) for m in members]

    def event_records(self, incident_id: str) -> list[Incident]:
        inc = self.get(incident_id)
        if inc is None:
            raise InputError(f"no incident {incident_id!r} in the store", field="id")
        if inc.event_id is None:
            return [inc]
        return self._select(" WHERE event_id = ?", [inc.event_id], " ORDER BY event_rank, id")

    def link_decisions(self) -> list[dict]:
        rows = self._run(self._conn(), f"SELECT id_a, id_b, decision, decided_at, note FROM "
                                       f"{LINKS_TABLE} ORDER BY id_a, id_b").fetchall()
        return [{"a": a, "b": b, "decision": d, "decided_at": _iso(t), "note": n}
                for a, b, d, t, n in rows]

    # -- reading ----------------------------------------------------------------------
    def _where(self, f: Filters) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if f.bbox:
            clause, values = self._bbox_sql(f.bbox)
            clauses.append(clause)
            params += values
        # A window holds an incident when the whole interval its date allows lies in it
        # ("date >= ?" also lets the database use the date index: date_start <= date <= date_end).
        if f.start:
            clauses.append(f"date >= ? AND {_START} >= ?")
            params += [f.start.isoformat()] * 2
        if f.end:
            clauses.append(f"date <= ? AND {_END} <= ?")
            params += [f.end.isoformat()] * 2
        if f.max_precision is not None:
            clauses.append("coalesce(location_precision, 1) <= ?")
            params.append(int(f.max_precision))
        if f.min_precision is not None:
            clauses.append("coalesce(location_precision, 1) >= ?")
            params.append(int(f.min_precision))
        for name, column in _LIST_FILTERS:
            values = getattr(f, name)
            if values:
                clauses.append(f'"{column}" IN ({",".join("?" * len(values))})')
                params += list(values)
        if f.agrees is not None:
            clauses.append("control_agrees = ?")
            params.append(bool(f.agrees))
        return " AND ".join(clauses), params

    def _selection(self, f: Filters) -> tuple[str, list[Any]]:
        """`` WHERE ...`` for the filters: each event once (its best selected record) by default."""
        where, params = self._where(f)
        if not f.all_records and "event_id" not in self._absent:
            inner = f"event_id IS NOT NULL" + (f" AND {where}" if where else "")
            once = (f"(event_id IS NULL OR id IN (SELECT id FROM (SELECT id, row_number() OVER "
                    f"(PARTITION BY event_id ORDER BY event_rank, id) AS n FROM {TABLE} "
                    f"WHERE {inner}) AS ranked WHERE n = 1))")
            where, params = (f"{where} AND {once}" if where else once), params + params
        return (f" WHERE {where}" if where else ""), params

    def _incident(self, values: Sequence[Any], names: list[str], ngeo: int) -> Incident:
        d = dict(zip(names, values[ngeo:]))
        fid = d.pop("fid")
        # The date_end column is the end of the interval; it is the incident's own span only
        # when the interval starts on the date (else the precision implied it: a week, a month).
        if _iso(d.pop("date_start", None)) not in (None, _iso(d.get("date"))):
            d["date_end"] = None
        d["lon"], d["lat"] = self._lonlat(values[:ngeo])
        for key in ("victim_names", "injured_names"):
            d[key] = json.loads(d[key]) if d.get(key) else ()
        d["computed_forces"] = tuple(d["computed_forces"].split(";")) if d.get("computed_forces") else ()
        try:
            return Incident.from_dict(d)
        except InputError as exc:
            # A row edited by hand (e.g. in QGIS) into something invalid.
            raise InputError(exc.message, source=f"{self.path} (feature {fid})", field=exc.field) from None

    def _select(self, where: str, params: list[Any], tail: str = "") -> list[Incident]:
        conn = self._conn()
        geo = self._geom_read()
        names = ["fid", *FIELD_COLUMNS, "date_start", "event_id"]
        cols = ", ".join([*geo, *(f'NULL AS "{c}"' if c in self._absent else f'"{c}"' for c in names)])
        rows = self._run(conn, f"SELECT {cols} FROM {TABLE}{where}{tail}", params).fetchall()
        found = [self._incident(r, names, len(geo)) for r in rows]
        events = list(dict.fromkeys(i.event_id for i in found if i.event_id))
        if events:
            members: dict[str, list[str]] = {}
            for i in range(0, len(events), 900):
                chunk = events[i:i + 900]
                for eid, iid in self._run(conn, f"SELECT event_id, id FROM {TABLE} WHERE event_id IN "
                                                f"({','.join('?' * len(chunk))}) ORDER BY event_rank, id",
                                          chunk).fetchall():
                    members.setdefault(eid, []).append(iid)
            for inc in found:
                if inc.event_id:
                    inc.linked_ids = tuple(m for m in members.get(inc.event_id, ()) if m != inc.id)
        return found

    def get(self, incident_id: str) -> Incident | None:
        found = self._select(" WHERE id = ?", [str(incident_id)])
        return found[0] if found else None

    def query(self, filters: Filters | None = None, *, limit: int | None = None, offset: int = 0,
              order: str = "date", **kw) -> list[Incident]:
        f = self._filters(filters, kw)
        self._check_paging(limit, offset, order)
        where, params = self._selection(f)
        tail = f" ORDER BY {_ORDER_SQL[order]}"
        if limit is not None or offset:
            tail += " LIMIT ? OFFSET ?"
            params = [*params, 2**62 if limit is None else limit, offset]
        return self._select(where, params, tail)

    def count(self, filters: Filters | None = None, **kw) -> int:
        where, params = self._selection(self._filters(filters, kw))
        return self._run(self._conn(), f"SELECT count(*) FROM {TABLE}{where}", params).fetchone()[0]

    def _bucket(self, chars: int) -> str:
        start, end = self._date_text(_START), self._date_text(_END)
        return (f"CASE WHEN substr({start}, 1, {chars}) = substr({end}, 1, {chars}) "
                f"THEN substr({self._date_text('date')}, 1, {chars}) ELSE '{IMPRECISE}' END")

    def stats(self, filters: Filters | None = None, *,
              group_by: Sequence[str] = ("month", "perpetrator", "adm1"), **kw) -> list[dict]:
        keys = [group_by] if isinstance(group_by, str) else list(group_by)
        keys = [k.strip() for part in keys for k in str(part).split(",") if k.strip()]
        for k in keys:
            if k not in GROUP_KEYS:
                raise InputError(f"cannot group by {k!r}; use {', '.join(GROUP_KEYS)}", field="group_by")
        where, params = self._selection(self._filters(filters, kw))
        buckets = {"month": 7, "year": 4, "day": 10}
        exprs = [f"{self._bucket(buckets[k]) if k in buckets else _GROUP_COLUMN[k]} AS g{i}"
                 for i, k in enumerate(keys)]
        # A sum over only unknown counts stays unknown (None), not 0: UCDP records no children.
        sums = ("count(*), coalesce(sum(killed),0), sum(children), sum(women), sum(injured), "
                + ("NULL" if "deaths_total" in self._absent else "sum(deaths_total)"))
        select = ", ".join([*exprs, sums])
        group = (" GROUP BY " + ", ".join(f"g{i}" for i in range(len(keys)))
                 + " ORDER BY " + ", ".join(f"g{i} NULLS FIRST" for i in range(len(keys)))) if keys else ""
        out = []
        for row in self._run(self._conn(), f"SELECT {select} FROM {TABLE}{where}{group}", params):
            rec = {_GROUP_NAME.get(k, k): row[i] for i, k in enumerate(keys)}
            n = len(keys)
            rec.update(incidents=row[n], killed=row[n + 1], children=row[n + 2], women=row[n + 3],
                       injured=row[n + 4], deaths_total=row[n + 5])
            out.append(rec)
        return out
