"""Control queries: which force controlled a point on a date (``/api/control``, one or a batch),
and the review list of control disputes (``/api/control/disputes``, operator only)."""

from __future__ import annotations

import datetime as dt
import math

from .core import (ApiError, Request, Result, bad_param, check_known, date_param, dumps,
                   float_param, json_body, ok, operation)
from .parameters import check_syntax
from .incidents import incident_query
from .resources import Resources

__all__ = ["ControlOps"]


class ControlOps:
    """The control operations, over the shared :class:`~service.resources.Resources`."""

    OPERATIONS = ("control", "control_batch", "control_disputes")

    def __init__(self, res: Resources):
        self.res = res
        self._texts: AnswerTexts | None = None

    @operation
    def control(self, req: Request) -> Result:
        """``GET /api/control?lat=&lon=&date=``: which force controlled a point on a date."""
        # The values' syntax and ranges: float_param and date_param (as the schema says).
        check_known(req, ("lat", "lon", "date"))
        lat = float_param(req.params, "lat", -90, 90)
        lon = float_param(req.params, "lon", -180, 180)
        day = date_param(req.params, "date")
        index = self.res.control_index
        texts = self._texts
        if texts is None or texts.index is not index:
            texts = self._texts = AnswerTexts(index)
        return ok(texts.text(lat, lon, day))

    @operation
    def control_batch(self, req: Request) -> Result:
        """``POST /api/control``: many points at once, ``{"points": [{"lat","lon","date","id"}]}``."""
        check_known(req, ())
        doc = json_body(req)
        points = doc.get("points") if isinstance(doc, dict) else None
        if not isinstance(points, list) or set(doc) - {"points"}:
            raise ApiError(400, "Invalid body", "send a JSON object {\"points\": [{\"lat\": ..., "
                           "\"lon\": ..., \"date\": \"YYYY-MM-DD\"}, ...]} and nothing else",
                           kind="invalid-body")
        max_batch = self.res.settings.max_batch
        if len(points) > max_batch:
            raise ApiError(413, "Batch too large", f"{len(points)} points; send at most "
                           f"{max_batch} per request", kind="too-large")
        lons, lats, dates, ids = [], [], [], []
        for i, p in enumerate(points):
            if not isinstance(p, dict):
                raise ApiError(400, "Invalid body", f"points[{i}] is not an object with lat, lon "
                               "and date", kind="invalid-body", pointer=f"/points/{i}")
            where = f"points[{i}]"
            try:
                _check_point(p)
                vals = {k: (None if p.get(k) is None else str(p.get(k))) for k in ("lat", "lon", "date")}
                lats.append(float_param(vals, "lat", -90, 90))
                lons.append(float_param(vals, "lon", -180, 180))
                check_syntax(vals, ("date",))
                dates.append(date_param(vals, "date"))
            except ApiError as exc:
                raise ApiError(400, "Invalid body", f"{where}.{exc.detail}", kind="invalid-body",
                               pointer=f"/points/{i}/{exc.param}") from None
            ids.append(p.get("id", i))
        results = []
        if points:
            index = self.res.control_index
            frame = index.control_many(lons, lats, dates, front=True)
            verified = index.coverage_info.verified_to if index.coverage_info else None
            for i, row in enumerate(frame.to_dict(orient="records")):
                results.append({"id": ids[i], **_batch_answer(_clean_row(row), lons[i], lats[i],
                                                              dates[i], verified)})
        return ok({"count": len(results), "results": results})

    @operation
    def control_disputes(self, req: Request) -> Result:
        """``GET /api/control/disputes``: the store's stated-vs-computed disagreements.

        The review list of :mod:`geo.control.disputes` (place, date, stated, computed,
        sentence, source and a prefilled correction; the rows of ``incmap control
        disputes``), filtered like ``/api/incidents``. Operator only (the bearer token): the
        sentences can name people (names recorded with an incident are masked), so the list
        is a reviewer's working file, never a public output.
        """
        from geo.control.disputes import REVIEW_FIELDS, disputes_from_store

        self.res.require_writer(req)
        q = incident_query(req, self.res.settings, paging=False)
        rows = disputes_from_store(self.res.store, q.store_filters())
        return ok({"count": len(rows), "fields": REVIEW_FIELDS, "filters": q.describe(),
                   "disputes": rows}, headers={"Cache-Control": "no-store"})


class AnswerTexts:
    """The JSON text of ``GET /api/control`` answers, written from parts kept per period,
    per atom and per answer kind (:meth:`ControlIndex.answer_kind`).

    An answer's text is the one ``dumps({"query": ..., **answer.to_dict()})`` gives. Its
    keys come in runs that depend on one thing each: the force and its period, the unit,
    the atom's P-codes, whether it was snapped or is past the coverage; each run is
    written once from a real :class:`~geo.control.Answer` and kept (there are about as
    many as the dataset has periods and atoms). Per request only the point, the date, the front
    distance and the days past the last verified day are written.

    >>> AnswerTexts(index).text(36.50, 37.48, dt.date(2023, 7, 9))   # doctest: +SKIP
    '{"query": {"lat": 36.5, "lon": 37.48, "date": "2023-07-09"}, "lon": 37.48, ...'
    """

    # The runs of keys of Answer.to_dict between the per-request ones.
    RUNS = (("force", "forces", "name", "colour", "contested"), ("unit",), ("pcodes",),
            ("valid_from", "valid_to", "source", "confidence"),
            ("stale", "inside", "note", "layer", "last_verified"))

    def __init__(self, index):
        from geo.control.coverage import past_verified  # loaded with the index already

        self.index = index
        self._past_verified = past_verified
        self._parts: dict[tuple, str] = {}
        self._tails: dict[int, str] = {}
        self._last = index.coverage_info.verified_to if index.coverage else None
        one_two = dumps({"a": 1, "b": 2})
        self._sep = one_two[one_two.index("1") + 1:one_two.index('"b"')]  # between two keys

    def text(self, lat: float, lon: float, day: dt.date) -> str:
        index = self.index
        raw = index.look_up(lon, lat, day, front=True)
        keys = self._keys(raw)
        parts = self._parts
        try:
            runs = [parts[k] for k in keys]
        except KeyError:
            answer = _answer_dict(index.answer(raw))
            for key, names in zip(keys, self.RUNS):
                parts[key] = dumps({k: answer[k] for k in names})[1:-1]
            runs = [parts[k] for k in keys]
        days = max(raw.day - index._verified_day, 0)
        tail = self._tails.get(days)
        if tail is None:
            tail = self._tails[days] = dumps({
                "days_past_verified": days,
                "coverage_note": self._past_verified(self._last, days)})[1:]
        km = raw.front_km
        head = dumps({"query": {"lat": lat, "lon": lon, "date": day.isoformat()},
                      "lon": raw.lon, "lat": raw.lat, "date": raw.date.isoformat()})[:-1]
        front = dumps({"front_km": None if km is None else round(km, 3)})[1:-1]
        return self._sep.join((head, *runs[:4], front, runs[4], tail))

    def _keys(self, raw) -> tuple:
        """The key of each run of :attr:`RUNS` for ``raw`` (a :class:`~geo.control.LookUp`)."""
        period = raw.period if raw.atom >= 0 else "outside"
        # The unit is the period's; in a gap, the atom's own.
        unit = ("period", period) if raw.period >= 0 else ("atom", raw.atom)
        return (("force", period), ("unit", unit), ("pcodes", raw.atom), ("period", period),
                ("kind", period) + self.index.answer_kind(raw))


def _check_point(point: dict) -> None:
    """A point of a batch has the keys and JSON types the OpenAPI ControlBatch declares."""
    unknown = sorted(set(point) - {"lat", "lon", "date", "id"})
    if unknown:
        raise bad_param(unknown[0], "unknown key; a point has lat, lon, date and id")
    for key in ("lat", "lon"):
        value = point.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise bad_param(key, f"{str(value)[:40]!r} is not a JSON number")
    if "date" in point and not isinstance(point["date"], str):
        raise bad_param("date", "give the date as a string YYYY-MM-DD")
    ident = point.get("id")
    if "id" in point and (isinstance(ident, bool) or not isinstance(ident, (str, int))):
        raise bad_param("id", "an id is a string or a whole number")


def _answer_dict(answer) -> dict:
    # Answer.to_dict is JSON-ready already; dumps() turns a stray NaN into null.
    return answer.to_dict() if hasattr(answer, "to_dict") else dict(answer)


def _clean_row(row: dict) -> dict:
    out = {}
    for k, v in row.items():
        if isinstance(v, float) and not math.isfinite(v):
            v = None
        elif hasattr(v, "item") and not isinstance(v, (str, bytes)):
            try:
                v = v.item()
            except (ValueError, AttributeError):
                pass
        if v is not None and type(v).__name__ in ("NaTType",):
            v = None
        if isinstance(v, float) and not math.isfinite(v):
            v = None
        if isinstance(v, (dt.datetime,)):
            v = v.date().isoformat() if v.time() == dt.time() else v.isoformat()
        elif isinstance(v, dt.date):
            v = v.isoformat()
        out[k] = v
    return out


def _batch_answer(row: dict, lon: float, lat: float, day: dt.date,
                  last_verified: dt.date | None) -> dict:
    """A row of ``control_many`` shaped like ``Answer.to_dict`` (the single answer)."""
    from geo.control.coverage import past_verified
    from geo.force import FORCES

    force = row.get("force")
    days = int(row.get("days_past_verified") or 0)
    front = row.get("front_km")
    return {
        "lon": lon, "lat": lat, "date": day.isoformat(), "force": force,
        "forces": list(row.get("forces") or ()), "name": row.get("name"),
        "colour": FORCES[force].colour if force in FORCES else None,
        "contested": bool(row.get("contested")), "unit": row.get("unit"),
        "pcodes": {k: row.get(k) for k in ("adm1", "adm2", "adm3", "community")},
        "valid_from": row.get("valid_from"), "valid_to": row.get("valid_to"),
        "source": row.get("source"), "confidence": row.get("confidence"),
        "front_km": None if front is None else round(float(front), 3),
        "stale": bool(row.get("stale")), "inside": bool(row.get("inside")),
        "layer": row.get("layer") or "",
        "last_verified": last_verified.isoformat() if last_verified else None,
        "days_past_verified": days,
        "coverage_note": past_verified(last_verified, days),
    }


