"""The audit trail and the public ids, as every SQL backend of the store keeps them.

:class:`SQLAuditTrail` is a part of :class:`~geo.store.sql.SQLStore`: the audit trail
(:mod:`geo.store.audit`) is the table :data:`AUDIT`, written in the transaction of the write it
records; the key of public ids (:mod:`geo.privacy`) is a row of :data:`META`, made once per store,
and each incident's public id is a column beside its id, so a public id finds its incident.
"""

from __future__ import annotations

import json
import secrets

from ..incident import Incident
from .audit import AuditEntry, changed_fields
from .schema import TABLE
from .schema import iso as _iso

__all__ = ["SQLAuditTrail", "AUDIT", "META"]

# The store's own settings (the key of public ids): not a layer, so QGIS does not list it.
META = "incmap_meta"
# The audit trail: an attributes table in a GeoPackage, so QGIS shows who changed what.
AUDIT = "incmap_audit"


class SQLAuditTrail:
    """The audit trail and public ids over the SQL store's hooks (``_run``, ``_conn``, ...)."""

    _key: bytes | None = None

    # -- the audit trail (geo.store.audit) ------------------------------------------------
    def _changes(self, ids: list[str], batch: dict[str, Incident]) -> dict[str, list[str]]:
        """For each updated id, the fields its new version changes."""
        out: dict[str, list[str]] = {}
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            for old in self._select(f' WHERE id IN ({",".join("?" * len(chunk))})', chunk):
                out[old.id] = changed_fields(old.to_dict(include_names=True),
                                             batch[old.id].to_dict(include_names=True))
        return {iid: out.get(iid, []) for iid in ids}

    def _insert_audit(self, conn, entry: AuditEntry) -> None:
        self._run(conn, f"INSERT INTO {AUDIT} (at, who, action, source, added, updated, deleted, "
                        f"changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  (entry.at, entry.who, entry.action, entry.source, entry.added, entry.updated,
                   entry.deleted, json.dumps(entry.changes, ensure_ascii=False, default=str)))

    def record(self, entry: AuditEntry) -> None:
        self._writable()
        conn = self._conn()
        with self._transaction(conn):
            self._insert_audit(conn, entry)

    def audit_log(self, *, limit: int = 100, offset: int = 0, who: str | None = None,
                  action: str | None = None) -> list[AuditEntry]:
        self._check_paging(limit, offset, "id")
        if "public_id" in self._absent:
            return []  # a read-only store of an older version: nothing recorded yet
        clauses, params = [], []
        for column, value in (("who", who), ("action", action)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._run(self._conn(),
                         f"SELECT seq, at, who, action, source, added, updated, deleted, changes "
                         f"FROM {AUDIT}{where} ORDER BY seq DESC LIMIT ? OFFSET ?",
                         [*params, limit, offset]).fetchall()
        return [AuditEntry(who=r[2], action=r[3], at=_iso(r[1]), source=r[4], added=r[5] or 0,
                           updated=r[6] or 0, deleted=r[7] or 0,
                           changes=json.loads(r[8]) if r[8] else {}, seq=r[0]) for r in rows]

    # -- the public view's ids (geo.privacy) -----------------------------------------------
    @property
    def id_key(self) -> bytes:
        key = getattr(self, "_key", None)
        if key is None:
            row = None
            if "public_id" not in self._absent:
                row = self._run(self._conn(), f"SELECT value FROM {META} WHERE name = 'id_key'").fetchone()
            # A read-only store of an older version has no key: public ids live for this process.
            key = self._key = bytes.fromhex(row[0]) if row else secrets.token_bytes(32)
        return key

    def _create_meta_rows(self, conn) -> None:
        """The key of public ids, made once per store (in a table the backend created)."""
        if self._run(conn, f"SELECT 1 FROM {META} WHERE name = 'id_key'").fetchone() is None:
            self._run(conn, f"INSERT INTO {META} (name, value) VALUES ('id_key', ?)",
                      (secrets.token_hex(32),))
        self._key = None

    def _fill_public_ids(self, conn) -> None:
        """Public ids for the rows of a store written before they existed."""
        self._key = None
        rows = self._select(" WHERE public_id IS NULL", [])
        self._run_many(conn, f"UPDATE {TABLE} SET public_id = ? WHERE id = ?",
                       [(self.public_id(inc), inc.id) for inc in rows])

    def get_public(self, public_id: str) -> Incident | None:
        if "public_id" in self._absent:  # a read-only store of an older version
            inc = self.get(public_id)
            return inc if inc is not None and self.public_id(inc) == public_id else None
        found = self._select(" WHERE public_id = ?", [str(public_id)])
        return found[0] if found else None
