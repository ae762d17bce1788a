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

    def chunks(self, size: int | None = None) -> Iterator["Records"]:
        """These records as the chunks of a selection (:class:`~geo.store.sqlread.Selection`),
        ``size`` at a time (all at once by default)."""
        step = size or max(len(self.items), 1)
        for i in range(0, len(self.items), step):
            yield Records(self.items[i:i + step], self.starts[i:i + step], self.ends[i:i + step],
                          self.links[i:i + step])

    def provenance(self) -> list[dict]:
        """Per dataset, what :meth:`geo.store.sqlread.Selection.provenance` gives of a selection."""
        out: dict[str, dict] = {}
        for r in self.items:
            p = out.setdefault(r["dataset"], {"dataset": r["dataset"], "incidents": 0,
                                              "with_control": 0, "located_without_control": 0,
                                              "with_place_text": 0})
            p["incidents"] += 1
            p["with_control"] += r["computed_control"] is not None
            p["located_without_control"] += r["computed_control"] is None and r["lon"] is not None
            p["with_place_text"] += r["place_text"] is not None
        return [out[k] for k in sorted(out)]

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
