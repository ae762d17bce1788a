"""The audit trail: who changed what in the store, and when.

Every write to the store (an import, a create, a replace, a delete, a confirmed link between two
records) can carry an :class:`AuditEntry`; the store records it in the same transaction as the
change, filling in what changed (the ids added, the fields of each updated incident, the ids
deleted), so the trail and the data cannot disagree. An authorised caller lists it with
:meth:`geo.store.IncidentStore.audit_log` (``GET /api/audit``, ``incmap audit``).

>>> e = AuditEntry.now("alice", "create", source="request body")
>>> e.who, e.action, e.at.endswith("Z")
('alice', 'create', True)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

__all__ = ["AuditEntry", "ACTIONS", "MAX_LISTED", "changed_fields"]

# What a write may be. "confirm-link" is a person's decision that two records report one event,
# "split-link" that a record is no record of its event (geo.linking).
ACTIONS = ("import", "create", "replace", "delete", "confirm-link", "split-link")
MAX_LISTED = 1_000  # ids listed in one entry; the counts are always whole


@dataclasses.dataclass(frozen=True)
class AuditEntry:
    """One write: who (a token's name, ``cli:<user>``), when (UTC), what and what changed."""

    who: str
    action: str
    at: str
    source: str | None = None  # the file or request the write came from
    added: int = 0
    updated: int = 0
    deleted: int = 0
    changes: dict = dataclasses.field(default_factory=dict)
    seq: int | None = None  # the store's running number

    @classmethod
    def now(cls, who: str, action: str, *, source: str | None = None,
            changes: dict | None = None) -> "AuditEntry":
        """An entry stamped with the current time (the store fills the counts and changes)."""
        at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")
        return cls(who=str(who), action=str(action), at=at.replace("+00:00", "Z"), source=source,
                   changes=dict(changes or {}))

    def with_changes(self, *, added: list[str] = (), updated: dict[str, list[str]] | None = None,
                     deleted: list[str] = ()) -> "AuditEntry":
        """This entry with the counts and the (first :data:`MAX_LISTED`) ids of a write."""
        changes = dict(self.changes)
        updated = updated or {}
        if added:
            changes["added"] = list(added)[:MAX_LISTED]
        if updated:
            changes["updated"] = dict(list(updated.items())[:MAX_LISTED])
        if deleted:
            changes["deleted"] = list(deleted)[:MAX_LISTED]
        return dataclasses.replace(self, added=self.added + len(added),
                                   updated=self.updated + len(updated),
                                   deleted=self.deleted + len(deleted), changes=changes)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def changed_fields(old: dict, new: dict) -> list[str]:
    """The fields whose values differ between two records (``Incident.to_dict(True)``).

    >>> changed_fields({"killed": 2, "date": "2023-07-20"}, {"killed": 3, "date": "2023-07-20"})
    ['killed']
    """
    return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
