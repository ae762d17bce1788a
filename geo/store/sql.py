"""What every SQL backend of the store shares: the filters, statistics, writes and reads.

:class:`SQLStore` implements :class:`~geo.store.base.IncidentStore` once, in SQL that
SQLite (the GeoPackage store) and PostgreSQL (the PostGIS store) both run; a backend
supplies only what differs: its connection and transaction, how it writes and reads a
point, its spatial filter, and the parameter mark. Statements are written with ``?``
marks; :meth:`SQLStore._sql` turns them into the backend's. Its parts: the table's layout
(:mod:`geo.store.schema`), linked events (:mod:`geo.store.sqlevents`: a selection counts an
event once, as the best-ranked of its records that the filters select, unless
:attr:`Filters.all_records`), the audit trail and public ids (:mod:`geo.store.sqlaudit`), and
the reads of many incidents without an object per row (:mod:`geo.store.sqlread`: columns as
arrays, selections read in chunks of records).
"""

from __future__ import annotations

import abc
import datetime as dt
import threading
from contextlib import AbstractContextManager, nullcontext
from typing import Any, Iterable, Sequence

import numpy as np
import pandas as pd

from ..columns import IncidentColumns
from ..factor import Factor
from ..errors import InputError, UserError
from ..incident import Incident
from ..privacy import public_ids
from ..progress import progress, steps
from .audit import MAX_LISTED, AuditEntry
from .base import GROUP_KEYS, MEASURES, AddResult, Filters, IncidentStore
from .schema import (
    COLUMNS,
    IMPRECISE,
    INDEXED,
    LINKS_TABLE,
    NOT_NULL,
    TABLE,
    WRITTEN,
    StoreError,
    row_columns,
)
from .schema import END as _END
from .schema import START as _START
from .sqlaudit import AUDIT, META, SQLAuditTrail
from .sqlevents import SQLEvents
from .sqlfeatures import SQLPublicFeatures
from .sqlread import _ORDER_SQL, SQLReads, Selection

__all__ = ["SQLStore", "Selection", "StoreError", "COLUMNS", "TABLE", "LINKS_TABLE", "META", "AUDIT", "INDEXED",
           "NOT_NULL", "IMPRECISE"]

_GROUP_COLUMN = {
    "perpetrator": "perpetrator", "category": "category", "cause": "cause",
    "adm1": "adm1_pcode", "adm2": "adm2_pcode", "adm3": "adm3_pcode",
    "control": "computed_control", "stated_control": "stated_control", "dataset": "dataset",
}
_GROUP_NAME = {"adm1": "adm1_pcode", "adm2": "adm2_pcode", "adm3": "adm3_pcode",
               "control": "computed_control"}
_LIST_FILTERS = (("category", "category"), ("perpetrator", "perpetrator"), ("cause", "cause"),
                 ("control", "computed_control"), ("stated_control", "stated_control"),
                 ("adm1", "adm1_pcode"), ("adm2", "adm2_pcode"), ("adm3", "adm3_pcode"),
                 ("dataset", "dataset"), ("ids", "id"))


class SQLStore(SQLReads, SQLEvents, SQLAuditTrail, SQLPublicFeatures, IncidentStore):
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

    _geom_sql = "?"  # the SQL expression that writes a point from one value of _geoms

    @abc.abstractmethod
    def _geoms(self, values: dict) -> list:
        """The value that writes each row's point (or no point), from
        :func:`~geo.store.schema.row_columns` (``geom``: GeoPackage binary, ``lon``, ``lat``)."""

    @abc.abstractmethod
    def _geom_read(self) -> list[str]:
        """The SQL expressions that read a point: decoded by :meth:`_lonlat`."""

    @abc.abstractmethod
    def _lonlat(self, values: Sequence[Any]) -> tuple[float | None, float | None]:
        """(lon, lat) from the values of :meth:`_geom_read`."""

    @abc.abstractmethod
    def _bbox_sql(self, bbox: tuple[float, float, float, float], *,
                  dated: bool = False) -> tuple[str, list[Any]]:
        """A WHERE clause selecting the points in (west, south, east, north); ``dated``: the
        selection has a time window too (the database may start from the dates)."""

    @abc.abstractmethod
    def _date_text(self, column: str) -> str:
        """An SQL expression giving a date column as ISO text."""

    def _distinct(self, a: str, b: str) -> str:
        return f"{a} IS NOT {b}"

    def _after_write(self, conn, grown: tuple | None = None) -> None:
        """Called inside every write transaction after its changes: the public feature texts
        of the rows written (:mod:`geo.store.sqlfeatures`), and a backend's own (the
        GeoPackage extent); ``grown``: the write only added rows, their points within (west,
        south, east, north), how many (a fifth value)."""
        self._encode_features(conn)

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
    def add_many(self, incidents: Iterable[Incident], *, audit: AuditEntry | None = None) -> AddResult:
        incidents = list(incidents)
        for inc in incidents:
            if not isinstance(inc, Incident):
                raise TypeError(f"add_many takes Incident objects, not {type(inc).__name__}")
        return self.add_table(IncidentColumns.from_incidents(incidents), audit=audit)

    def add_table(self, table: IncidentColumns, *, audit: AuditEntry | None = None,
                  show_progress: bool = False) -> AddResult:
        self._writable()
        say = steps(show_progress)
        # A record repeated in the batch: the last one counts, at the place of the first.
        codes, _ = pd.factorize(table.values("id"))
        last = np.full(int(codes.max()) + 1 if len(codes) else 0, -1, dtype=np.int64)
        np.maximum.at(last, codes, np.arange(len(codes)))
        duplicates = len(table) - len(last)
        if duplicates:
            table = table.take(last)
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        with say.step("preparing the rows", len(table)):
            ids = table.values("id").tolist()
            names = [v + i for v, i in zip(table.values("victim_names").tolist(),
                                            table.values("injured_names").tolist())]
            values = row_columns(table, now, public_ids(ids, table.values("dataset").tolist(),
                                                        names, self.id_key))
        hashes = values["row_hash"]
        conn = self._conn()
        with self._transaction(conn):
            existing = self._hashes(conn, ids)
            new, changed = [], []
            unchanged = 0
            for k, (iid, h) in enumerate(zip(ids, hashes)):
                old = existing.get(iid, False)
                if old is False:
                    new.append(k)
                elif old == h:
                    unchanged += 1
                else:
                    changed.append(k)
            added_ids = [ids[k] for k in new]
            updated_ids = [ids[k] for k in changed]
            if audit is not None:
                before = table.take(changed[:MAX_LISTED]).incidents() if changed else []
                self._insert_audit(conn, audit.with_changes(
                    added=added_ids, updated=self._changes(updated_ids[:MAX_LISTED],
                                                           {i.id: i for i in before})))
            try:
                self._write_rows(conn, values, np.asarray(new, dtype=np.int64),
                                 np.asarray(changed, dtype=np.int64), show_progress)
            except Exception as exc:
                if isinstance(exc, UserError):
                    raise
                raise self._error(exc) from None
            written = np.sort(np.asarray(new + changed, dtype=np.int64))
            if len(written):
                with say.step("linking events"):
                    starts = values["date_start"].take(written).uniques
                    ends = values["date_end"].take(written).uniques
                    self._link(conn, updated_ids, min(starts), max(ends))
            grown = None
            if not changed and len(new):
                lons, lats = values["lon"][new], values["lat"][new]
                points = int((~np.isnan(lons)).sum())
                if points:
                    grown = (np.nanmin(lons), np.nanmin(lats), np.nanmax(lons), np.nanmax(lats),
                             points)
            # The public feature texts of the rows written (about 2 s per 100,000 rows).
            with (say.step("making the public feature texts", len(written)) if len(written)
                  else nullcontext()):
                self._after_write(conn, grown if not changed else None)
        return AddResult(len(added_ids), len(updated_ids), unchanged, duplicates)

    def _write_rows(self, conn, values: dict, new: np.ndarray, changed: np.ndarray,
                    show_progress: bool) -> None:
        """Insert the rows ``new`` and update the rows ``changed`` of ``values`` (row_columns)."""
        geom_sql = self._geom_sql
        cols = ", ".join(f'"{c}"' for c in ["geom", *WRITTEN])
        marks = ", ".join([geom_sql, *("?" * len(WRITTEN))])
        # Plain INSERTs and UPDATEs, no upsert: the GeoPackage 1.3 R-tree triggers (INSERT OR
        # REPLACE in update1) are not safe under an UPSERT.
        insert = f"INSERT INTO {TABLE} ({cols}) VALUES ({marks})"
        sets = ", ".join([f'"geom" = {geom_sql}', *(f'"{c}" = ?' for c in WRITTEN)])
        update = f"UPDATE {TABLE} SET {sets} WHERE id = ?"
        geoms = self._geoms(values)
        bar = progress(None, total=len(new) + len(changed), desc="writing to the store",
                       enabled=show_progress)

        def rows(at: np.ndarray, tail: bool):
            for i in range(0, len(at), WRITE_CHUNK):
                part = at[i:i + WRITE_CHUNK]
                columns = [[geoms[k] for k in part.tolist()],
                           *(_take(values[c], part) for c in WRITTEN)]
                if tail:
                    columns.append(_take(values["id"], part))
                yield list(zip(*columns))

        self._insert_rows(conn, insert, [c for c in ["geom", *WRITTEN]],
                          (r for r in _ticking(rows(new, False), bar)),
                          (values["lon"][new], values["lat"][new]))
        for chunk in _ticking(rows(changed, True), bar):
            self._run_many(conn, update, chunk)
        if bar is not None:
            bar.close()

    def _insert_rows(self, conn, insert: str, columns: list[str], chunks: Iterable[list],
                     points: tuple[np.ndarray, np.ndarray]) -> None:
        """Insert rows, a chunk at a time (a backend may load many rows faster); ``points``:
        the rows' longitudes and latitudes (NaN: no point)."""
        for chunk in chunks:
            self._run_many(conn, insert, chunk)

    def _hashes(self, conn, ids: list[str]) -> dict[str, str]:
        """The stored hash of each of ``ids`` that is stored."""
        stored = self._run(conn, f"SELECT count(*) FROM {TABLE}").fetchone()[0]
        if stored <= len(ids):
            # As many ids asked as there are rows (a large import): one pass over the table.
            return dict(self._run(conn, f"SELECT id, row_hash FROM {TABLE}").fetchall())
        out: dict[str, str] = {}
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            out.update(self._run(conn, f"SELECT id, row_hash FROM {TABLE} WHERE id IN "
                                       f"({','.join('?' * len(chunk))})", chunk).fetchall())
        return out

    def delete(self, incident_id: str, *, audit: AuditEntry | None = None) -> bool:
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
            if audit is not None:
                self._insert_audit(conn, audit.with_changes(deleted=[str(incident_id)]))
            self._after_write(conn)
        return True

    # -- reading ----------------------------------------------------------------------
    def _where(self, f: Filters) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if f.bbox:
            clause, values = self._bbox_sql(f.bbox, dated=bool(f.start or f.end))
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
        if f.victims:
            # "any of": an incident that killed a child or a woman, for victims=children,women.
            clauses.append("(" + " OR ".join(f'coalesce("{v}", 0) > 0' for v in f.victims) + ")")
        if f.agrees is not None:
            clauses.append("control_agrees = ?")
            params.append(bool(f.agrees))
        return " AND ".join(clauses), params

    def _selection(self, f: Filters) -> tuple[str, list[Any]]:
        """`` WHERE ...`` for the filters: each event once (its best selected record) by default."""
        where, params = self._where(f)
        if not f.all_records and "event_id" not in self._absent:
            inner = "event_id IS NOT NULL" + (f" AND {where}" if where else "")
            # "event_id IS NULL OR id IN (...)", written so that no database serves its first
            # half from the event_id index: nearly every row has no event, and SQLite would
            # read them all through it (40 times slower than the date index for a month).
            once = (f"NOT (event_id IS NOT NULL AND id NOT IN (SELECT id FROM (SELECT id, "
                    f"row_number() OVER (PARTITION BY event_id ORDER BY event_rank, id) AS n "
                    f"FROM {TABLE} WHERE {inner}) AS ranked WHERE n = 1))")
            where, params = (f"{where} AND {once}" if where else once), params + params
        return (f" WHERE {where}" if where else ""), params

    def _select(self, where: str, params: list[Any], tail: str = "") -> list[Incident]:
        """The Incident objects of the rows ``WHERE ...`` selects (read as records, then
        validated: a row edited by hand into something invalid is an error naming it)."""
        records, fids = self._read(where, params, tail)
        found = []
        for item, links, fid in zip(records.items, records.links, fids):
            try:
                inc = Incident.from_dict(item)
            except InputError as exc:
                # A row edited by hand (e.g. in QGIS) into something invalid.
                raise InputError(exc.message, source=f"{self.path} (feature {fid})",
                                 field=exc.field) from None
            if links is not None:
                # The public form names the other records by their public ids (geo.privacy).
                inc.public_links = links
            found.append(inc)
        return found

    def get(self, incident_id: str) -> Incident | None:
        found = self._select(" WHERE id = ?", [str(incident_id)])
        return found[0] if found else None

    def query(self, filters: Filters | None = None, *, limit: int | None = None, offset: int = 0,
              order: str = "date", **kw) -> list[Incident]:
        where, params, tail = self._paged(self._filters(filters, kw), order, limit, offset)
        if "LIMIT" not in tail:
            return self._select(where, params, tail)
        # A page: its rows found by key first, then read whole. Sorting keys only makes a deep
        # page (an OGC client paging 10 at a time to offset 16,000) five times cheaper.
        return self._select(f" WHERE fid IN (SELECT fid FROM {TABLE}{where}{tail})", params,
                            f" ORDER BY {_ORDER_SQL[order]}")

    def count(self, filters: Filters | None = None, **kw) -> int:
        where, params = self._selection(self._filters(filters, kw))
        return self._count_rows(f"SELECT count(*) FROM {TABLE}{where}", params)

    def _count_rows(self, sql: str, params: Sequence[Any]) -> int:
        """What ``sql`` (``SELECT count(*) ...``) counts (a backend may keep it while the
        store is unchanged)."""
        return self._run(self._conn(), sql, params).fetchone()[0]

    def _bucket(self, chars: int) -> str:
        start, end = self._date_text(_START), self._date_text(_END)
        return (f"CASE WHEN substr({start}, 1, {chars}) = substr({end}, 1, {chars}) "
                f"THEN substr({self._date_text('date')}, 1, {chars}) ELSE '{IMPRECISE}' END")

    def stats(self, filters: Filters | None = None, *,
              group_by: Sequence[str] = ("month", "perpetrator", "adm1"),
              measures: Sequence[str] = MEASURES, **kw) -> list[dict]:
        keys = [group_by] if isinstance(group_by, str) else list(group_by)
        keys = [k.strip() for part in keys for k in str(part).split(",") if k.strip()]
        for k in keys:
            if k not in GROUP_KEYS:
                raise InputError(f"cannot group by {k!r}; use {', '.join(GROUP_KEYS)}", field="group_by")
        wanted = [m for m in MEASURES if m in measures]
        if len(wanted) != len(set(measures)):
            raise InputError(f"cannot sum {sorted(set(measures) - set(MEASURES))}; use "
                             f"{', '.join(MEASURES)}", field="measures")
        where, params = self._selection(self._filters(filters, kw))
        buckets = {"month": 7, "year": 4, "day": 10}
        exprs = [f"{self._bucket(buckets[k]) if k in buckets else _GROUP_COLUMN[k]} AS g{i}"
                 for i, k in enumerate(keys)]
        # A sum over only unknown counts stays unknown (None), not 0: UCDP records no children.
        sql_of = {"incidents": "count(*)", "killed": "coalesce(sum(killed),0)",
                  "children": "sum(children)", "women": "sum(women)", "injured": "sum(injured)",
                  "deaths_total": "NULL" if "deaths_total" in self._absent else "sum(deaths_total)"}
        select = ", ".join([*exprs, *(sql_of[m] for m in wanted)])
        group = (" GROUP BY " + ", ".join(f"g{i}" for i in range(len(keys)))
                 + " ORDER BY " + ", ".join(f"g{i} NULLS FIRST" for i in range(len(keys)))) if keys else ""
        out = []
        n = len(keys)
        for row in self._run(self._conn(), f"SELECT {select} FROM {TABLE}{where}{group}", params):
            rec = {_GROUP_NAME.get(k, k): row[i] for i, k in enumerate(keys)}
            rec.update(zip(wanted, row[n:]))
            out.append(rec)
        return out


WRITE_CHUNK = 20_000  # rows sent to the database at a time (and a step of the progress bar)


def _take(column, rows: np.ndarray) -> list:
    if isinstance(column, Factor):
        return column.uniques.take(column.codes[rows]).tolist()
    if isinstance(column, list):
        return [column[k] for k in rows.tolist()]
    return column[rows].tolist()


def _ticking(chunks, bar):
    for chunk in chunks:
        yield chunk
        if bar is not None:
            bar.update(len(chunk))
