"""One point at a time: who controlled (lon, lat) on a day, as an :class:`Answer`.

:class:`OnePoint` is the part of :class:`~geo.control.index.ControlIndex` that answers a
single point without numpy batches: :meth:`~OnePoint.look_up` finds the raw answer (the
atom by the grid, the timeline step by bisection, the front distance if asked) and
:meth:`~OnePoint.answer` turns it into an :class:`Answer`; ``control_at`` does both.

>>> idx.control_at(37.48, 36.50, "2023-07-09").force            # doctest: +SKIP
'SNA'
>>> raw = idx.look_up(37.48, 36.50, "2023-07-09", front=True)    # doctest: +SKIP
>>> idx.answer(raw).front_km                                     # doctest: +SKIP

The front distance costs several times the rest of a look-up, so it is only measured when
asked for (``front=True``); an answer's text (``to_dict``, ``answer_json``) leaves the key
``front_km`` out when it was not (``front=False``), as ``/api/control`` does by default.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import orjson
import shapely

from ..errors import InputError
from ..force import FORCES
from .coverage import past_verified
from .period import DAY_BITS, day_number, parse_day
from .tessellation import _CAND0, FAR, RES

__all__ = ["Answer", "LookUp", "OnePoint", "point_tail", "step_middle"]

# answer_json keeps the encoded step_middle of at most this many timeline steps.
STEP_JSON_KEPT = 1 << 16


@dataclass(frozen=True)
class Answer:
    """Who controlled a point on a day, and how sure the data is."""

    lon: float
    lat: float
    date: dt.date
    force: str | None  # a force code; "UNKNOWN" in a gap; None outside Syria
    forces: tuple[str, ...]
    name: str
    contested: bool
    unit: str | None  # the unit whose period decided (P-code or area id)
    pcodes: dict = field(default_factory=dict)  # adm1, adm2, adm3, community
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None  # None: open-ended
    source: str = ""
    confidence: str | None = None
    front_km: float | None = None  # km to the nearest area of another force that day
    stale: bool = False  # the date lies past the data's coverage
    inside: bool = True  # False when snapped from just outside the country outline
    note: str = ""
    layer: str = ""  # the dataset layer whose period answered (provenance)
    last_verified: dt.date | None = None  # the data's last verified day
    days_past_verified: int = 0  # days from last_verified to date (0 on or before it)

    @property
    def colour(self) -> str | None:
        return FORCES[self.force].colour if self.force else None

    def to_dict(self, front: bool = True) -> dict:
        """The answer as JSON-able values; ``front=False``: without ``front_km`` (not asked for).

        >>> Answer(37.0, 36.0, dt.date(2023, 7, 9), None, (), "outside Syria", False,
        ...        None).to_dict(front=False).get("front_km", "absent")
        'absent'
        """
        return {
            "lon": self.lon, "lat": self.lat, "date": self.date.isoformat(),
            **step_middle(self.force, self.forces, self.name, self.contested, self.unit,
                          self.pcodes, self.valid_from, self.valid_to, self.source,
                          self.confidence),
            **point_tail(self.front_km, self.stale, self.inside, self.note, self.layer,
                         self.last_verified, self.days_past_verified, front=front),
        }

    @property
    def coverage_note(self) -> str:
        """``last verified D; this answer is N days past it`` past the last verified day."""
        return past_verified(self.last_verified, self.days_past_verified)


def step_middle(force: str | None, forces: tuple[str, ...], name: str, contested: bool,
                unit: str | None, pcodes: dict, valid_from: dt.date | None,
                valid_to: dt.date | None, source: str, confidence: str | None) -> dict:
    """The middle keys of :meth:`Answer.to_dict`, those that depend only on the timeline step
    (shared with :meth:`OnePoint.answer_json`, which encodes them once per step).

    >>> step_middle("GOV", ("GOV",), "x", False, None, {}, None, None, "", None)["forces"]
    ['GOV']
    """
    return {"force": force, "forces": list(forces), "name": name,
            "colour": FORCES[force].colour if force else None, "contested": contested,
            "unit": unit, "pcodes": dict(pcodes),
            "valid_from": valid_from.isoformat() if valid_from else None,
            "valid_to": valid_to.isoformat() if valid_to else None,
            "source": source, "confidence": confidence}


def point_tail(front_km: float | None, stale: bool, inside: bool, note: str, layer: str,
               last_verified: dt.date | None, days_past_verified: int, *,
               front: bool = True) -> dict:
    """The last keys of :meth:`Answer.to_dict`, those after the timeline step's (shared with
    :meth:`OnePoint.answer_json`, which writes them without making an Answer). ``front``
    False: no ``front_km`` key (the distance was not asked for).

    >>> point_tail(1.23456, False, True, "", "", None, 0)["front_km"]
    1.235
    >>> "front_km" in point_tail(None, False, True, "", "", None, 0, front=False)
    False
    """
    tail = {"front_km": None if front_km is None else round(front_km, 3)} if front else {}
    tail.update({"stale": stale, "inside": inside, "note": note, "layer": layer,
                 "last_verified": last_verified.isoformat() if last_verified else None,
                 "days_past_verified": days_past_verified,
                 "coverage_note": past_verified(last_verified, days_past_verified)})
    return tail


class LookUp(NamedTuple):
    """One point's raw answer (:meth:`ControlIndex.look_up`)."""

    lon: float
    lat: float
    date: dt.date
    day: int  # day number
    atom: int  # -1 outside Syria
    inside: bool  # False when snapped from just outside
    step: int  # the timeline step (the same atom and period; the outside step for atom -1)
    period: int  # index in ``periods``; -1 in a gap or outside
    front_km: float | None


class OnePoint:
    """The single-point answers of a control index (mixed into ``ControlIndex``, whose
    grid, timelines, periods and front trees they read)."""

    def control_at(self, lon: float, lat: float, date, *, front: bool = False) -> Answer:
        """Who controlled (lon, lat) on ``date`` (a date or ``YYYY-MM-DD``).

        Raises :class:`InputError` for impossible coordinates or a bad date.
        """
        return self.answer(self.look_up(lon, lat, date, front=front))

    def look_up(self, lon: float, lat: float, date, *, front: bool = False) -> "LookUp":
        """The raw answer for one point: its atom, timeline step, period and front
        distance, from which :meth:`answer` makes the :class:`Answer`.

        Raises :class:`InputError` for impossible coordinates or a bad date.
        """
        try:
            lon, lat = float(lon), float(lat)
        except (TypeError, ValueError):
            raise InputError(f"coordinates must be numbers, got {lon!r}, {lat!r}") from None
        if not (math.isfinite(lon) and -180 <= lon <= 180):
            raise InputError(f"impossible longitude {lon}", field="lon")
        if not (math.isfinite(lat) and -90 <= lat <= 90):
            raise InputError(f"impossible latitude {lat}", field="lat")
        day_date = parse_day(date, field="date")
        day = day_number(day_date)
        atom, inside = self._atom_at(lon, lat)
        if atom < 0:
            return LookUp(lon, lat, day_date, day, -1, False, self._OUTSIDE_STEP, -1, None)
        step = bisect.bisect_right(self._keys_list, (atom << DAY_BITS) + day) - 1
        period = int(self._labels[step])
        km = self._front_one(lon, lat, period, day) if front else None
        return LookUp(lon, lat, day_date, day, atom, inside, step, period, km)

    def answer(self, raw: "LookUp") -> Answer:
        """The :class:`Answer` of a :meth:`look_up`."""
        lon, lat, day_date, day, atom, inside = raw[:6]
        period, km = raw.period, raw.front_km
        return Answer(lon, lat, day_date, *self._step_values(atom, period),
                      front_km=km, stale=day > self._last_day, inside=inside if atom >= 0 else False,
                      note=self._note(raw),
                      layer=self._p_layer[period] if atom >= 0 and period >= 0 else "",
                      last_verified=self.coverage_info.verified_to if self.coverage else None,
                      days_past_verified=max(day - self._verified_day, 0))

    def _step_values(self, atom: int, period: int) -> tuple:
        """The :class:`Answer` fields a timeline step decides, in their order: force, forces,
        name, contested, unit, pcodes, valid_from, valid_to, source, confidence."""
        if atom < 0:
            return None, (), "outside Syria", False, None, {}, None, None, "", None
        pcodes = {"adm1": self._a_adm1[atom], "adm2": self._a_adm2[atom],
                  "adm3": self._a_adm3[atom], "community": self._a_com[atom]}
        if period < 0:
            return ("UNKNOWN", ("UNKNOWN",), FORCES["UNKNOWN"].name, False,
                    self._a_default_unit[atom], pcodes, None, None, "", None)
        p = self.periods[period]
        return (p.force, p.forces, FORCES[p.force].name, p.contested, p.unit, pcodes,
                p.valid_from, p.valid_to, p.source, p.confidence)

    def answer_json(self, raw: "LookUp", head: dict | None = None, *, front: bool = True) -> bytes:
        """The JSON of ``{**head, **self.answer(raw).to_dict(front)}``, byte for byte, written
        from kept parts: what depends only on the timeline step (force, period, P-codes,
        source ...) is encoded once per step and kept; only the point's own values (its
        coordinates, date, front distance, staleness and note) are encoded per answer.
        ``front``: whether the look-up measured the front distance (``look_up(front=True)``);
        without it the text has no ``front_km``.

        >>> idx.answer_json(idx.look_up(37.48, 36.50, "2023-07-09"), {"query": {}})[:40]  # doctest: +SKIP
        b'{"query":{},"lon":37.48,"lat":36.5,"date'
        """
        part = self._step_json.get(raw.step)
        if part is None:
            part = orjson.dumps(step_middle(*self._step_values(raw.atom, raw.period)))[1:-1]
            if len(self._step_json) >= STEP_JSON_KEPT:
                self._step_json.clear()  # a crude bound: refilled from the next answers
            self._step_json[raw.step] = part
        day = raw.day
        first = orjson.dumps({**(head or {}), "lon": raw.lon, "lat": raw.lat,
                              "date": raw.date.isoformat()})
        last = orjson.dumps(point_tail(
            raw.front_km, day > self._last_day, raw.inside if raw.atom >= 0 else False,
            self._note(raw), self._p_layer[raw.period] if raw.atom >= 0 and raw.period >= 0 else "",
            self.coverage_info.verified_to if self.coverage else None,
            max(day - self._verified_day, 0), front=front))
        return b"".join((first[:-1], b",", part, b",", last[1:]))

    def _note(self, raw: "LookUp") -> str:
        """The answer's note: outside, past the coverage, snapped, before it, or the period's."""
        day, atom, inside, period = raw.day, raw.atom, raw.inside, raw.period
        if atom < 0:
            return "the point lies outside Syria"
        note = ""
        if day > self._last_day:
            note = f"the data covers {self.coverage[0]} to {self.coverage[1]}; this date is later"
        elif not inside:
            note = "snapped to the nearest unit from just outside the country outline"
        if period < 0:
            if self.coverage and day < day_number(self.coverage[0]):
                note = note or f"the data starts on {self.coverage[0]}"
            return note or "no period covers this place on this date"
        return note or self.periods[period].note

    def _atom_at(self, lon: float, lat: float) -> tuple[int, bool]:
        t = self.tess
        col = int(math.floor((lon - t.x0) / RES))
        row = int(math.floor((t.y0 - lat) / RES))
        h, w = self._grid.shape
        code = int(self._grid[row, col]) if 0 <= row < h and 0 <= col < w else FAR
        if code >= 0:
            return code, True
        if code <= -_CAND0:
            k = -code - _CAND0
            _ = t.tree  # prepares the polygons
            cands = t.cand_atoms[t.cand_offsets[k]:t.cand_offsets[k + 1]].tolist()
            closed = t.cand_closed is not None and t.cand_closed[k]
            for c in cands[:-1] if closed else cands:
                if shapely.intersects_xy(t.geoms[c], lon, lat):
                    return c, True
            if closed:  # a pixel inside the country: the last candidate (Tessellation.locate)
                return cands[-1], True
        if code == FAR:
            return -1, False
        atom, inside, _ = t.locate(np.array([lon]), np.array([lat]))
        return int(atom[0]), bool(inside[0])
