"""One event, many sources: which records of different datasets report the same killing.

SNHR, ACLED and UCDP often record the same incident (the landmine at Tishreen on
11 July 2023 is ``snhr:…`` and ``acled:…``). Counting both doubles every statistic, so the
store links them into one *event* and counts it once. Every source record is kept.

Two records of **different datasets** are the same event when

* their dates agree: the intervals their dates allow (:attr:`Incident.date_interval`),
  widened by :data:`WINDOW_DAYS` (a death reported the next day), overlap, and neither
  interval is longer than :data:`MAX_SPAN_DAYS` (a monthly or yearly aggregate is no one event);
* their places agree: the distance between the points is within the sum of their precision
  radii (:data:`geo.precision.RADIUS_M`), neither radius over :data:`MAX_RADIUS_M`;
* their categories agree (equal, or killing and massacre: a count decides which one it is),
  and so do their causes when both give one (:data:`CAUSE_FAMILIES`);
* their victim counts are compatible (:func:`counts_compatible`).

An event holds at most one record per dataset; among several candidates the closest
(in place, date and count) is chosen. A person's decision overrides the rules:
``confirmed`` links two records whatever the rules say, ``split`` keeps them apart.

The record that stands for the event (its ``event_id``) is the best documented one:
:data:`DATASET_RANK`, then the finer location, then the id.

>>> a = LinkRecord("snhr:1", "snhr", dt.date(2023, 7, 11), dt.date(2023, 7, 11), 40.62, 34.81,
...                2000, "landmine", "landmine", 1, None)
>>> b = LinkRecord("acled:SYR1", "acled", dt.date(2023, 7, 11), dt.date(2023, 7, 11), 40.63,
...                34.82, 2000, "landmine", "IED", 1, 1)
>>> same_event(a, b)
True
>>> link_events([a, b])
{'snhr:1': 'snhr:1', 'acled:SYR1': 'snhr:1'}
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping

__all__ = ["LinkRecord", "same_event", "counts_compatible", "link_events", "event_rank",
           "WINDOW_DAYS", "MAX_SPAN_DAYS", "MAX_RADIUS_M", "DATASET_RANK", "CAUSE_FAMILIES",
           "CONFIRMED", "SPLIT", "DECISIONS"]

WINDOW_DAYS = 2          # sources date one death a day or two apart (death vs. report)
MAX_SPAN_DAYS = 7        # a record known only to the month is no one event
MAX_RADIUS_M = 30_000    # a record placed only to a governorate is no one place
DEFAULT_RADIUS_M = 2_000  # a point with no stated precision: a place
# Which record stands for the event: the human documenters first, then the event datasets.
DATASET_RANK = {"snhr": 0, "local": 1, "acled": 2, "ucdp": 3}
OTHER_DATASET_RANK = 1
# Causes that may describe the same killing as sources word it differently.
CAUSE_FAMILIES = (
    frozenset({"landmine", "explosive remnant", "IED", "explosion"}),
    frozenset({"car bomb", "IED", "suicide attack", "explosion"}),
    frozenset({"airstrike", "drone", "missile", "shelling", "anti-armour rocket", "explosion"}),
    frozenset({"gunfire", "execution", "stabbing", "torture"}),
)
CONFIRMED, SPLIT = "confirmed", "split"
DECISIONS = (CONFIRMED, SPLIT)


@dataclass(frozen=True)
class LinkRecord:
    """What linking needs of one stored record (the store reads these, not whole incidents)."""

    id: str
    dataset: str
    start: dt.date
    end: dt.date
    lon: float | None
    lat: float | None
    radius_m: int | None
    category: str
    cause: str | None
    killed: int
    deaths_total: int | None
    location_precision: int | None = None

    @property
    def linkable(self) -> bool:
        """Precise enough in time and place to be matched with another source's record."""
        return (self.lon is not None and (self.end - self.start).days < MAX_SPAN_DAYS
                and self.radius <= MAX_RADIUS_M)

    @property
    def radius(self) -> int:
        return self.radius_m if self.radius_m is not None else DEFAULT_RADIUS_M

    @property
    def victims(self) -> int:
        """Civilians killed, or all deaths where the source does not single out civilians."""
        return self.killed or self.deaths_total or 0


def distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in metres.

    >>> round(distance_m(36.0, 35.0, 36.0, 36.0))
    111195
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(min(1.0, math.sqrt(h)))


def counts_compatible(a: int, b: int) -> bool:
    """Two victim counts that may be one incident's: equal, one apart, or within a third.

    >>> counts_compatible(1, 1), counts_compatible(1, 2), counts_compatible(6, 8), counts_compatible(1, 6)
    (True, True, True, False)
    """
    return abs(a - b) <= max(1, round(max(a, b) / 3))


def _causes_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b or a == b or "other" in (a, b):
        return True
    return any(a in fam and b in fam for fam in CAUSE_FAMILIES)


def _categories_compatible(a: str, b: str) -> bool:
    return a == b or {a, b} == {"killing", "massacre"}


def _score(a: LinkRecord, b: LinkRecord) -> float | None:
    """How far apart two records are (lower is closer), or ``None`` when they cannot be one event."""
    if a.dataset == b.dataset or not (a.linkable and b.linkable):
        return None
    window = dt.timedelta(days=WINDOW_DAYS)
    if a.start > b.end + window or b.start > a.end + window:
        return None
    if not _categories_compatible(a.category, b.category) or not _causes_compatible(a.cause, b.cause):
        return None
    if not counts_compatible(a.victims, b.victims):
        return None
    d = distance_m(a.lon, a.lat, b.lon, b.lat)
    reach = a.radius + b.radius
    if d > reach:
        return None
    days = max((a.start - b.end).days, (b.start - a.end).days, 0)
    return d / reach + days / (WINDOW_DAYS + 1) + abs(a.victims - b.victims) / max(a.victims, b.victims, 1)


def same_event(a: LinkRecord, b: LinkRecord) -> bool:
    """True when the rules (module doc) say two records report one event."""
    return _score(a, b) is not None


def event_rank(dataset: str, location_precision: int | None) -> int:
    """Which record stands for its event: lower first (see :data:`DATASET_RANK`).

    >>> event_rank("snhr", 1) < event_rank("acled", 1) < event_rank("ucdp", 1)
    True
    """
    return DATASET_RANK.get(dataset, OTHER_DATASET_RANK) * 10 + (location_precision or 1)


def _candidates(records: list[LinkRecord]) -> list[tuple[float, str, str]]:
    """Every pair of records that may be one event, with its score (a grid in place and day)."""
    cell = 0.6  # degrees: more than two of the largest linkable radii
    grid: dict[tuple[int, int, int], list[LinkRecord]] = defaultdict(list)
    usable = [r for r in records if r.linkable]
    for r in usable:
        for day in range(r.start.toordinal(), r.end.toordinal() + 1):
            grid[(day, int(r.lon // cell), int(r.lat // cell))].append(r)
    pairs: dict[tuple[str, str], float] = {}
    for r in usable:
        cx, cy = int(r.lon // cell), int(r.lat // cell)
        for day in range(r.start.toordinal() - WINDOW_DAYS, r.end.toordinal() + WINDOW_DAYS + 1):
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for other in grid.get((day, cx + dx, cy + dy), ()):
                        if other.id <= r.id or (r.id, other.id) in pairs:
                            continue
                        s = _score(r, other)
                        if s is not None:
                            pairs[(r.id, other.id)] = s
    return sorted((s, a, b) for (a, b), s in pairs.items())


def link_events(records: Iterable[LinkRecord],
                decisions: Mapping[tuple[str, str], str] | None = None) -> dict[str, str]:
    """The event of every record: ``{record id: event id}`` (the id of the record standing for it).

    ``decisions`` maps a pair of ids (in either order) to ``"confirmed"`` or ``"split"``.
    A record linked to nothing is its own event.
    """
    records = list(records)
    by_id = {r.id: r for r in records}
    parent = {r.id: r.id for r in records}
    datasets = {r.id: {r.dataset} for r in records}
    members = {r.id: {r.id} for r in records}
    split: set[frozenset[str]] = set()
    confirmed: list[tuple[str, str]] = []
    for (a, b), decision in (decisions or {}).items():
        if a in by_id and b in by_id:
            if decision == SPLIT:
                split.add(frozenset((a, b)))
            elif decision == CONFIRMED:
                confirmed.append((a, b))

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str, forced: bool) -> None:
        ra, rb = root(a), root(b)
        if ra == rb:
            return
        if any(frozenset((x, y)) in split for x in members[ra] for y in members[rb]):
            return
        if not forced and datasets[ra] & datasets[rb]:
            return  # one record per dataset in an event
        parent[rb] = ra
        members[ra] |= members.pop(rb)
        datasets[ra] |= datasets.pop(rb)

    for a, b in sorted(confirmed):
        union(a, b, forced=True)
    for _, a, b in _candidates(records):
        union(a, b, forced=False)
    groups: dict[str, list[LinkRecord]] = defaultdict(list)
    for r in records:
        groups[root(r.id)].append(r)
    out: dict[str, str] = {}
    for group in groups.values():
        lead = min(group, key=lambda r: (event_rank(r.dataset, r.location_precision), r.id))
        for r in group:
            out[r.id] = lead.id
    return out
