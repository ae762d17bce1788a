"""The storage interface for incidents, shared by every backend.

A backend (the GeoPackage file of :mod:`geo.store.gpkg`, the PostGIS database
of :mod:`geo.store.postgis`, both over :mod:`geo.store.sql`) implements
:class:`IncidentStore`. Callers only use this interface and :class:`Filters`,
so a new backend needs no change in them.

>>> f = Filters.build(bbox="36,35,37.5,36.5", category="killing,massacre", start="2016-01-01")
>>> f.category, f.bbox
(('killing', 'massacre'), (36.0, 35.0, 37.5, 36.5))
"""

from __future__ import annotations

import abc
import datetime as dt
import re
from dataclasses import dataclass, fields
from typing import Any, Iterable, Sequence

from ..dates import as_date
from ..errors import InputError
from ..incident import CAUSES, PERPETRATORS, Incident, force_codes, parse_category
from ..precision import LocationPrecision
from .audit import AuditEntry

__all__ = ["Filters", "AddResult", "IncidentStore", "GROUP_KEYS", "MEASURES", "ORDERS",
           "VICTIM_GROUPS"]

# What stats() can group by: key -> the name of the column in the answer.
GROUP_KEYS = ("month", "year", "day", "perpetrator", "category", "cause", "adm1", "adm2", "adm3",
              "control", "stated_control", "dataset")
# What stats() sums per group (incidents: their number).
MEASURES = ("incidents", "killed", "children", "women", "injured", "deaths_total")
ORDERS = ("date", "-date", "-killed", "id")
# Victim groups a filter can ask for: incidents that killed at least one (the count columns).
VICTIM_GROUPS = ("children", "women")
_PCODE_RE = re.compile(r"^SY\d{2}(\d{2}(\d{2})?)?$")


def _tuple(value: Any) -> tuple[str, ...]:
    """``"a,b"``, ``["a", "b"]``, ``"a"`` or ``None`` as a tuple of stripped strings."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        items = value.split(",")
    else:
        items = []
        for v in value:
            items.extend(str(v).split(","))
    return tuple(dict.fromkeys(s.strip() for s in items if s and s.strip()))


def _precision(value: Any, name: str) -> int | None:
    """A location precision bound: 1-6 or a name (``district``), as its UCDP number."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, str) and not value.strip().isdigit():
            return int(LocationPrecision[value.strip().upper()])
        return int(LocationPrecision(int(value)))
    except (KeyError, ValueError, TypeError):
        raise InputError(f"{name} must be a location precision 1-6 or one of "
                         f"{', '.join(p.name.lower() for p in LocationPrecision)}, not {value!r}",
                         field=name) from None


def _boolean(value: Any, name: str) -> bool | None:
    """``True``/``False``/``None`` from a flag as a command line or a query string gives it."""
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("1", "true", "yes"):
            return True
        if low in ("0", "false", "no"):
            return False
        if low == "":
            return None
        raise InputError(f"{name} must be true or false, not {value!r}", field=name)
    return value


@dataclass(frozen=True)
class Filters:
    """What to select. Every filter is optional; several values in one filter mean "any of".

    ``bbox`` is (west, south, east, north) in degrees; ``start`` / ``end`` bound
    the date (inclusive): an incident is selected when the whole interval its date
    allows (:attr:`Incident.date_interval`) lies between them, so a year-long UCDP
    aggregate is in the year, not in its first month; ``max_precision`` /
    ``min_precision`` bound the location precision (1 a place ... 6 the country);
    ``control`` is the computed control force,
    ``stated_control`` the one the source states; ``agrees`` selects incidents
    whose two controls agree (True) or disagree (False); ``adm1`` / ``adm2`` /
    ``adm3`` are P-codes of the governorate / district / sub-district; ``victims``
    (``children``, ``women``) selects incidents that killed at least one of the group;
    ``all_records`` lists every source record of an event that several sources report
    (by default an event is selected once, as its best record among those the other
    filters select: see :mod:`geo.linking`).
    """

    bbox: tuple[float, float, float, float] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    category: tuple[str, ...] = ()
    perpetrator: tuple[str, ...] = ()
    cause: tuple[str, ...] = ()
    control: tuple[str, ...] = ()
    stated_control: tuple[str, ...] = ()
    agrees: bool | None = None
    adm1: tuple[str, ...] = ()
    adm2: tuple[str, ...] = ()
    adm3: tuple[str, ...] = ()
    dataset: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    max_precision: int | None = None
    min_precision: int | None = None
    victims: tuple[str, ...] = ()
    all_records: bool = False

    @classmethod
    def build(cls, filters: "Filters | None" = None, **kw) -> "Filters":
        """Filters from keyword values as they come from a command line or a query string.

        Unknown keys, bad dates, bad boxes, unknown categories, perpetrators,
        forces or P-codes are an :class:`InputError` naming the field.
        """
        names = {f.name for f in fields(cls)}
        unknown = sorted(k for k in kw if k not in names)
        if unknown:
            raise InputError(f"unknown filter {unknown[0]!r}; use {', '.join(sorted(names))}",
                             field=unknown[0])
        base = {f.name: getattr(filters, f.name) for f in fields(cls)} if filters else {}
        kw = {**base, **{k: v for k, v in kw.items() if v is not None}}
        out: dict[str, Any] = {}
        bbox = kw.get("bbox")
        if bbox is not None and bbox != "":
            parts = bbox.split(",") if isinstance(bbox, str) else list(bbox)
            try:
                w, s, e, n = (float(p) for p in parts)
            except (TypeError, ValueError):
                raise InputError(f"bbox must be four numbers west,south,east,north, not {bbox!r}",
                                 field="bbox") from None
            if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90 and w <= e):
                raise InputError(f"impossible bbox {bbox!r}: need -180<=west<=east<=180 and "
                                 f"-90<=south<=north<=90", field="bbox")
            out["bbox"] = (w, s, e, n)
        out["start"] = as_date(kw.get("start"), "start", partial=True)
        out["end"] = as_date(kw.get("end"), "end", partial=True, end=True)
        if out["start"] and out["end"] and out["start"] > out["end"]:
            raise InputError(f"start {out['start']} is after end {out['end']}", field="start")
        out["category"] = tuple(parse_category(c) for c in _tuple(kw.get("category")))
        perps = tuple(p.upper() for p in _tuple(kw.get("perpetrator")))
        for p in perps:
            if p not in PERPETRATORS:
                raise InputError(f"unknown perpetrator code {p!r}; use one of {', '.join(PERPETRATORS)}",
                                 field="perpetrator")
        out["perpetrator"] = perps
        causes = _tuple(kw.get("cause"))
        lower_causes = {c.lower(): c for c in CAUSES}
        for c in causes:
            if c.lower() not in lower_causes:
                raise InputError(f"unknown cause {c!r}; use one of {', '.join(CAUSES)}", field="cause")
        out["cause"] = tuple(lower_causes[c.lower()] for c in causes)
        known = force_codes()
        for name in ("control", "stated_control"):
            codes = tuple(c.upper() for c in _tuple(kw.get(name)))
            for c in codes:
                if c not in known:
                    raise InputError(f"unknown force code {c!r}; use one of {', '.join(sorted(known))}",
                                     field=name)
            out[name] = codes
        out["agrees"] = _boolean(kw.get("agrees"), "agrees")
        out["all_records"] = bool(_boolean(kw.get("all_records"), "all_records"))
        for name, length in (("adm1", 4), ("adm2", 6), ("adm3", 8)):
            codes = tuple(c.upper() for c in _tuple(kw.get(name)))
            for c in codes:
                if not (_PCODE_RE.match(c) and len(c) == length):
                    raise InputError(f"not a {name.upper()} P-code: {c!r} (e.g. "
                                     f"{ {'adm1': 'SY02', 'adm2': 'SY0205', 'adm3': 'SY020500'}[name] })",
                                     field=name)
            out[name] = codes
        for name in ("max_precision", "min_precision"):
            out[name] = _precision(kw.get(name), name)
        out["dataset"] = _tuple(kw.get("dataset"))
        victims = tuple(v.lower() for v in _tuple(kw.get("victims")))
        for v in victims:
            if v not in VICTIM_GROUPS:
                raise InputError(f"unknown victim group {v!r}; use one of {', '.join(VICTIM_GROUPS)}",
                                 field="victims")
        out["victims"] = victims
        ids = kw.get("ids")
        # A list of ids is taken as is: an id may contain a comma.
        out["ids"] = (tuple(str(i) for i in ids) if isinstance(ids, (list, tuple, set))
                      else _tuple(ids))
        return cls(**out)

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, ()) for f in fields(self) if f.name != "all_records")


@dataclass(frozen=True)
class AddResult:
    """What one :meth:`IncidentStore.add_many` did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0  # records repeated inside the batch (the last one counts)

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged

    def to_dict(self) -> dict:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "duplicates": self.duplicates}


class IncidentStore(abc.ABC):
    """Where incidents live. Every write is one transaction: all of it or nothing.

    Filters are given either as a :class:`Filters` or as keywords
    (``store.query(category="massacre", adm1="SY02")``).
    """

    path: str

    @abc.abstractmethod
    def add_many(self, incidents: Iterable[Incident], *, audit: AuditEntry | None = None) -> AddResult:
        """Insert or update (by ``id``) in ONE transaction; any error rolls everything back.

        With ``audit``, the entry is recorded in the same transaction with what changed
        (:meth:`AuditEntry.with_changes`: the ids added, the fields of each updated one).
        """

    def add(self, incident: Incident, *, audit: AuditEntry | None = None) -> AddResult:
        return self.add_many([incident], audit=audit)

    @abc.abstractmethod
    def get(self, incident_id: str) -> Incident | None:
        """The incident with this id, or ``None``."""

    @abc.abstractmethod
    def delete(self, incident_id: str, *, audit: AuditEntry | None = None) -> bool:
        """Remove one incident; ``True`` if it existed (and ``audit`` is then recorded with it)."""

    # -- the audit trail (geo.store.audit) -----------------------------------------------
    @abc.abstractmethod
    def record(self, entry: AuditEntry) -> None:
        """Record a write that changes no incident row (e.g. a confirmed link), as it is."""

    @abc.abstractmethod
    def audit_log(self, *, limit: int = 100, offset: int = 0, who: str | None = None,
                  action: str | None = None) -> list[AuditEntry]:
        """The recorded writes, newest first, optionally of one ``who`` or ``action``."""

    # -- the public view's ids (geo.privacy) ---------------------------------------------
    @property
    @abc.abstractmethod
    def id_key(self) -> bytes:
        """The secret that keys public ids (:func:`geo.privacy.public_id`): made at random
        when the store is created and kept in it, so public ids are stable with the store."""

    @abc.abstractmethod
    def get_public(self, public_id: str) -> Incident | None:
        """The incident whose public id (``incident.public(key=self.id_key)["id"]``) is this.

        A backend keeps each incident's public id beside its id (written by
        :meth:`add_many` with :meth:`public_id`) to find it; an id the public view
        withholds (one that holds a name) finds nothing here.
        """

    def public_id(self, incident: Incident) -> str:
        """The id the public sees for ``incident`` in this store."""
        from ..privacy import incident_public_id  # noqa: PLC0415

        return incident_public_id(incident, self.id_key)

    @abc.abstractmethod
    def query(self, filters: Filters | None = None, *, limit: int | None = None, offset: int = 0,
              order: str = "date", **kw) -> list[Incident]:
        """Incidents matching the filters, in ``order`` (one of :data:`ORDERS`), paged."""

    @abc.abstractmethod
    def count(self, filters: Filters | None = None, **kw) -> int:
        """How many incidents match."""

    # -- reads of many incidents, without an object per row (geo.store.sqlread) ------------
    @abc.abstractmethod
    def select(self, filters: Filters | None = None, *, limit: int | None = None,
               offset: int = 0, order: str = "date", **kw):
        """The incidents :meth:`query` would give, as a :class:`~geo.store.sqlread.Selection`:
        ``len()`` of it, its ``provenance()``, and its records read in chunks
        (:class:`~geo.store.records.Records`), so any number costs the memory of one chunk."""

    @abc.abstractmethod
    def arrays(self, filters: Filters | None = None, *, columns=("fid",),
               limit: int | None = None, offset: int = 0, order: str | None = None,
               **kw) -> dict:
        """Some columns of the selected incidents as numpy arrays (``lon``, ``lat``, ``fid``,
        any stored column), in one query."""

    @abc.abstractmethod
    def stats(self, filters: Filters | None = None, *,
              group_by: Sequence[str] = ("month", "perpetrator", "adm1"),
              measures: Sequence[str] = MEASURES, **kw) -> list[dict]:
        """Counts grouped by the keys of :data:`GROUP_KEYS`.

        One dict per group: the group keys, ``incidents``, ``killed`` (civilians),
        ``children``, ``women``, ``injured`` and ``deaths_total`` (all deaths, combatants
        included, where the source gives them) as sums of the known counts (``None`` when no
        incident of the group has that count). ``month``, ``year`` and ``day`` are
        ``"imprecise"`` for incidents whose date interval is not inside one month (year, day).
        ``measures``: those of :data:`MEASURES` wanted (the map's sums need two: the
        database then counts them from an index).
        """

    # -- one event, many sources (geo.linking) -------------------------------------------
    @abc.abstractmethod
    def event_records(self, incident_id: str) -> list[Incident]:
        """Every record of the event ``incident_id`` belongs to, the one standing for it first."""

    @abc.abstractmethod
    def link(self, a: str, b: str, *, note: str | None = None,
             audit: AuditEntry | None = None) -> list[Incident]:
        """A person's decision: records ``a`` and ``b`` report one event. Its records.

        With ``audit`` (action ``confirm-link``), the decision is recorded in the same transaction.
        """

    @abc.abstractmethod
    def split(self, incident_id: str, *, note: str | None = None,
              audit: AuditEntry | None = None) -> list[Incident]:
        """A person's decision: ``incident_id`` is no record of its event. The event's other records."""

    @abc.abstractmethod
    def link_decisions(self) -> list[dict]:
        """Every decision: ``{"a", "b", "decision", "decided_at", "note"}``."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the connection(s)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __len__(self) -> int:
        return self.count()

    @staticmethod
    def _filters(filters: Filters | None, kw: dict) -> Filters:
        if filters is not None and not kw:
            return filters
        return Filters.build(filters, **kw)

    @staticmethod
    def _check_paging(limit: int | None, offset: int, order: str) -> None:
        if limit is not None and (not isinstance(limit, int) or limit < 0):
            raise InputError(f"limit must be a whole number >= 0, not {limit!r}", field="limit")
        if not isinstance(offset, int) or offset < 0:
            raise InputError(f"offset must be a whole number >= 0, not {offset!r}", field="offset")
        if order not in ORDERS:
            raise InputError(f"unknown order {order!r}; use one of {', '.join(ORDERS)}", field="order")
