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
import datetime as dt
from typing import Iterable, Iterator

from ..precision import DatePrecision
from .geometry import COORD_DIGITS

__all__ = ["Records", "RECORD_FIELDS", "PUBLIC_FIELDS", "own_ends", "point"]


def _fields() -> tuple[str, ...]:
    from ..incident import FIELDS

    return (*FIELDS, "control_agrees")


# The keys of a record, in the order Incident.to_dict gives them.
RECORD_FIELDS: tuple[str, ...] = _fields()
# The keys of a public record (its names are never shown).
PUBLIC_FIELDS = tuple(f for f in RECORD_FIELDS if f not in ("victim_names", "injured_names"))


@dataclasses.dataclass
class Records:
    """Records of incidents (see the module doc), in the order they were selected, held as
    columns: ``columns[field][i]`` is incident ``i``'s value of a :data:`RECORD_FIELDS` field."""

    columns: dict[str, list]
    starts: list[str]
    ends: list[str]
    links: list[dict | None]

    def __len__(self) -> int:
        return len(self.starts)

    @property
    def items(self) -> list[dict]:
        """One dict per incident, as ``Incident.to_dict(include_names=True)`` gives it."""
        return _rows(self.columns)

    def __iter__(self) -> Iterator[dict]:
        return iter(self.items)

    @classmethod
    def empty(cls) -> "Records":
        return cls({f: [] for f in RECORD_FIELDS}, [], [], [])

    def chunks(self, size: int | None = None) -> Iterator["Records"]:
        """These records as the chunks of a selection (:class:`~geo.store.sqlread.Selection`),
        ``size`` at a time (all at once by default)."""
        step = size or max(len(self), 1)
        for i in range(0, len(self), step):
            yield Records({f: v[i:i + step] for f, v in self.columns.items()},
                          self.starts[i:i + step], self.ends[i:i + step], self.links[i:i + step])

    def extend(self, other: "Records") -> None:
        for f, values in other.columns.items():
            self.columns[f].extend(values)
        self.starts.extend(other.starts)
        self.ends.extend(other.ends)
        self.links.extend(other.links)

    def provenance(self) -> list[dict]:
        """Per dataset, what :meth:`geo.store.sqlread.Selection.provenance` gives of a selection."""
        out: dict[str, dict] = {}
        c = self.columns
        for ds, control, lon, place in zip(c["dataset"], c["computed_control"], c["lon"],
                                           c["place_text"]):
            p = out.setdefault(ds, {"dataset": ds, "incidents": 0, "with_control": 0,
                                    "located_without_control": 0, "with_place_text": 0})
            p["incidents"] += 1
            p["with_control"] += control is not None
            p["located_without_control"] += control is None and lon is not None
            p["with_place_text"] += place is not None
        return [out[k] for k in sorted(out)]

    @classmethod
    def of(cls, incidents: Iterable) -> "Records":
        """The records of :class:`~geo.incident.Incident` objects."""
        incidents = list(incidents)
        dicts = [inc.to_dict(include_names=True) for inc in incidents]
        spans = [inc.date_interval for inc in incidents]
        return cls({f: [d[f] for d in dicts] for f in RECORD_FIELDS},
                   [a.isoformat() for a, _ in spans], [b.isoformat() for _, b in spans],
                   [getattr(inc, "public_links", None) for inc in incidents])

    def public_columns(self, key: bytes | None = None) -> dict[str, list]:
        """The public form of the records, as columns (:func:`geo.privacy.public_columns`)."""
        from ..privacy import public_columns

        return public_columns(self.columns, key=key, links=self.links)

    def public(self, key: bytes | None = None) -> list[dict]:
        """The public form of each record (:func:`geo.privacy.public_form`)."""
        return _rows(self.public_columns(key))

    def views(self, names: bool, key: bytes | None = None) -> list[dict]:
        """The records as a caller may see them: as they are with ``names``, else public."""
        return self.items if names else self.public(key)

    def features(self, *, names: bool = False, key: bytes | None = None) -> list[dict]:
        """The records as the API shows them: GeoJSON Features of their public form (or, with
        ``names``, of the whole record), made from the columns (a dict per feature, no other).

        >>> import datetime as dt
        >>> from geo.incident import Incident
        >>> f = Records.of([Incident(date=dt.date(2023, 7, 11), category="landmine", killed=1,
        ...     victim_names=["X Y"], lon=40.21, lat=35.07, dataset="t", source_id="1")]).features()[0]
        >>> f["geometry"]["coordinates"], "victim_names" in f["properties"]
        ([40.21, 35.07], False)
        """
        columns = self.columns if names else self.public_columns(key)
        fields = RECORD_FIELDS if names else PUBLIC_FIELDS
        out = []
        for values, lon, lat in zip(zip(*(columns[f] for f in fields)), columns["lon"],
                                    columns["lat"]):
            props = dict(zip(fields, values))
            out.append({"type": "Feature", "id": props["id"], "geometry": point(lon, lat),
                        "properties": props})
        return out


def point(lon: float | None, lat: float | None) -> dict | None:
    """A feature's GeoJSON point, to :data:`~geo.store.geometry.COORD_DIGITS` decimals (None
    without one)."""
    if lon is None or lat is None:
        return None
    return {"type": "Point", "coordinates": [round(lon, COORD_DIGITS), round(lat, COORD_DIGITS)]}


def _rows(columns: dict[str, list]) -> list[dict]:
    return [dict(zip(RECORD_FIELDS, values)) for values in zip(*(columns[f] for f in RECORD_FIELDS))]


def own_ends(dates: list, starts: list, ends: list, precisions: list) -> list:
    """The ``date_end`` field of each record: the stored end of the span when the source gave
    the span, ``None`` when the date's precision implies it (as :class:`Incident` keeps it)."""
    out = []
    implied: dict[tuple, tuple] = {}  # (day, precision) -> the span the precision implies
    for day, start, end, precision in zip(dates, starts, ends, precisions):
        if end is None or start != day:
            out.append(None)
            continue
        span = implied.get((day, precision))
        if span is None:
            kind = DatePrecision.parse(precision) if precision else DatePrecision.DAY
            a, b = kind.interval(dt.date.fromisoformat(day))
            span = implied[(day, precision)] = (a.isoformat(), b.isoformat())
        out.append(None if span == (day, end) else end)
    return out
