"""Incidents as plain records: what the store's vectorised reads give, a chunk at a time.

A :class:`Records` holds, for up to a few thousand incidents, the dict
``Incident.to_dict(include_names=True)`` gives for each (every field and ``control_agrees``,
dates as ISO text), and beside them what the store keeps for them: the first and last day
each date allows (``starts`` / ``ends``) and the public ids of the records of each one's
event (``links``, what :func:`geo.privacy.public_form` names them by). The store builds them
from its columns (:meth:`~geo.store.sql.SQLStore.select`: no :class:`~geo.incident.Incident`
object per row, nothing validated again: the store holds what an Incident wrote);
:meth:`Records.of` builds them from Incident objects, so the writers that take records
(exports, features) serve both.

>>> import datetime as dt
>>> from geo.incident import Incident
>>> recs = Records.of([Incident(date=dt.date(2016, 3, 1), date_precision="month", killed=2,
...                             category="killing", dataset="t", source_id="1")])
>>> recs.items[0]["id"], recs.starts, recs.ends
('t:1', ['2016-03-01'], ['2016-03-31'])
>>> recs.public()[0]["victim_names"] is None
True
"""

from __future__ import annotations

import dataclasses
from typing import Iterable, Iterator

__all__ = ["Records", "RECORD_FIELDS"]


def _fields() -> tuple[str, ...]:
    from ..incident import FIELDS

    return (*FIELDS, "control_agrees")


# The keys of a record, in the order Incident.to_dict gives them.
RECORD_FIELDS: tuple[str, ...] = _fields()


@dataclasses.dataclass
class Records:
    """Records of incidents (see the module doc), in the order they were selected."""

    items: list[dict]
    starts: list[str]
    ends: list[str]
    links: list[dict | None]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[dict]:
        return iter(self.items)

    @classmethod
    def of(cls, incidents: Iterable) -> "Records":
        """The records of :class:`~geo.incident.Incident` objects."""
        incidents = list(incidents)
        spans = [inc.date_interval for inc in incidents]
        return cls([inc.to_dict(include_names=True) for inc in incidents],
                   [a.isoformat() for a, _ in spans], [b.isoformat() for _, b in spans],
                   [getattr(inc, "public_links", None) for inc in incidents])

    def public(self, key: bytes | None = None) -> list[dict]:
        """The public form of each record (:func:`geo.privacy.public_forms`)."""
        from ..privacy import public_forms

        return public_forms(self.items, key=key, links=self.links)

    def views(self, names: bool, key: bytes | None = None) -> list[dict]:
        """The records as a caller may see them: as they are with ``names``, else public."""
        return self.items if names else self.public(key)
