"""Linked events in SQL: which records of different sources report one killing.

:class:`SQLEvents` is a part of :class:`~geo.store.sql.SQLStore`. Every record carries
``event_id`` (the record that stands for its event, ``NULL`` when no other source reports it)
and ``event_rank``; after each write the records within reach of it in time are linked again
(:func:`geo.linking.link_events`), re-applying the people's decisions kept in
:data:`~geo.store.schema.LINKS_TABLE`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Iterable

from ..errors import InputError
from ..incident import Incident
from ..linking import (
    CONFIRMED,
    DECISIONS,
    SPLIT,
    WINDOW_DAYS,
    LinkRecord,
    event_rank,
    link_events,
)
from .audit import AuditEntry
from .schema import END as _END
from .schema import LINKS_TABLE, TABLE
from .schema import START as _START
from .schema import iso as _iso

__all__ = ["SQLEvents"]

_LINK_COLUMNS = ("id", "dataset", "date_start", "date_end", "date", "radius_m", "category",
                 "cause", "killed", "deaths_total", "location_precision", "event_id")




class SQLEvents:
    """Linking, link decisions and event look-ups over the SQL store's hooks."""

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

    def _link(self, conn, updated: list[str], lo: str, hi: str) -> None:
        """Link the records just written, dated within [lo, hi] (ISO), and their neighbours
        in time into events; ``updated``: the ids written over (new records have no event)."""
        # Their former partners, wherever they are in time, are linked again too.
        old = set()
        for i in range(0, len(updated), 900):
            chunk = updated[i:i + 900]
            old.update(e for (e,) in self._run(
                conn, f"SELECT DISTINCT event_id FROM {TABLE} WHERE event_id IS NOT NULL AND id IN "
                      f"({','.join('?' * len(chunk))})", chunk).fetchall())
        window = self._event_window(conn, old)
        if window:
            lo, hi = min(lo, window[0]), max(hi, window[1])
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

    def _decide(self, pairs: list[tuple[str, str]], decision: str, note: str | None,
                audit: AuditEntry | None = None) -> None:
        """Record a person's decision on each pair of records, in one transaction (a split of
        an event of three records is two decisions: both or neither), and link again."""
        if decision not in DECISIONS:
            raise InputError(f"a link decision is one of {', '.join(DECISIONS)}, not {decision!r}",
                             field="decision")
        pairs = [tuple(sorted((str(a), str(b)))) for a, b in pairs]
        ids = sorted({x for pair in pairs for x in pair})
        if any(a == b for a, b in pairs):
            raise InputError("a record cannot be linked to itself", field="ids")
        conn = self._conn()
        with self._transaction(conn):
            marks = ",".join("?" * len(ids))
            found = dict(self._run(conn, f"SELECT id, event_id FROM {TABLE} WHERE id IN ({marks})",
                                   ids).fetchall())
            for x in ids:
                if x not in found:
                    raise InputError(f"no incident {x!r} in the store", field="ids")
            now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            for a, b in pairs:
                self._run(conn, f"DELETE FROM {LINKS_TABLE} WHERE id_a = ? AND id_b = ?", (a, b))
                self._run(conn, f"INSERT INTO {LINKS_TABLE} (id_a, id_b, decision, decided_at, "
                                f"note) VALUES (?, ?, ?, ?, ?)", (a, b, decision, now, note))
            events = [e for e in found.values() if e] + ids
            window = self._event_window(conn, events) or (None, None)
            dates = self._run(conn, f"SELECT min({_START}), max({_END}) FROM {TABLE} WHERE id IN "
                                    f"({marks})", ids).fetchone()
            lo = min(x for x in (window[0], _iso(dates[0])) if x)
            hi = max(x for x in (window[1], _iso(dates[1])) if x)
            self._relink_window(conn, (lo, hi))
            if audit is not None:
                self._insert_audit(conn, dataclasses.replace(audit, changes={
                    **audit.changes, "ids": ids, "decision": decision, "note": note}))
            self._after_write(conn)

    def link(self, a: str, b: str, *, note: str | None = None,
             audit: AuditEntry | None = None) -> list[Incident]:
        self._writable()
        self._decide([(a, b)], CONFIRMED, note, audit)
        return self.event_records(a)

    def split(self, incident_id: str, *, note: str | None = None,
              audit: AuditEntry | None = None) -> list[Incident]:
        self._writable()
        members = [i.id for i in self.event_records(incident_id) if i.id != incident_id]
        if not members:
            raise InputError(f"{incident_id!r} is linked to no other record", field="id")
        self._decide([(incident_id, other) for other in members], SPLIT, note, audit)
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
