"""Control queries: which force controlled a point on a date (``/api/control``, one or a batch),
and the review list of control disputes (``/api/control/disputes``, operator only)."""

from __future__ import annotations

import datetime as dt
import math

from .core import (ApiError, Request, Result, bad_param, bool_param, date_param, float_param,
                   json_body, ok, operation)
from .parameters import check_params, check_syntax
from .incidents import incident_query
from .resources import Resources

__all__ = ["ControlOps"]


class ControlOps:
    """The control operations, over the shared :class:`~service.resources.Resources`."""

    OPERATIONS = ("control", "control_batch", "control_disputes")

    def __init__(self, res: Resources):
        self.res = res

    @operation
    def control(self, req: Request) -> Result:
        """``GET /api/control?lat=&lon=&date=[&front=true]``: which force controlled a point on a
        date; ``front=true`` adds ``front_km``, the distance to the nearest area of another force
        (asked for, like ``ControlIndex.control_at(front=True)``: it costs more than the rest)."""
        check_params(req, ("lat", "lon", "date", "front"))
        lat = float_param(req.params, "lat", -90, 90)
        lon = float_param(req.params, "lon", -180, 180)
        day = date_param(req.params, "date")
        front = bool_param(req.params, "front")
        index = self.res.control_index
        # The answer's text from parts kept per timeline step (OnePoint.answer_json): the
        # same bytes as encoding the Answer's dict, in a fraction of the time.
        return ok(index.answer_json(index.look_up(lon, lat, day, front=front),
                                    {"query": {"lat": lat, "lon": lon, "date": day.isoformat()}},
                                    front=front))

    @operation
    def control_batch(self, req: Request) -> Result:
        """``POST /api/control[?front=true]``: many points at once,
        ``{"points": [{"lat","lon","date","id"}]}``; ``front=true`` as for one point."""
        check_params(req, ("front",))
        front = bool_param(req.params, "front")
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
            frame = index.control_many(lons, lats, dates, front=front)
            verified = index.coverage_info.verified_to if index.coverage_info else None
            for i, row in enumerate(frame.to_dict(orient="records")):
                results.append({"id": ids[i], **_batch_answer(_clean_row(row), lons[i], lats[i],
                                                              dates[i], verified, front)})
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
                  last_verified: dt.date | None, front: bool) -> dict:
    """A row of ``control_many`` shaped like ``Answer.to_dict(front)`` (the single answer)."""
    from geo.control.coverage import past_verified
    from geo.force import FORCES

    force = row.get("force")
    days = int(row.get("days_past_verified") or 0)
    km = row.get("front_km")
    answer = {
        "lon": lon, "lat": lat, "date": day.isoformat(), "force": force,
        "forces": list(row.get("forces") or ()), "name": row.get("name"),
        "colour": FORCES[force].colour if force in FORCES else None,
        "contested": bool(row.get("contested")), "unit": row.get("unit"),
        "pcodes": {k: row.get(k) for k in ("adm1", "adm2", "adm3", "community")},
        "valid_from": row.get("valid_from"), "valid_to": row.get("valid_to"),
        "source": row.get("source"), "confidence": row.get("confidence"),
        "front_km": None if km is None else round(float(km), 3),
        "stale": bool(row.get("stale")), "inside": bool(row.get("inside")),
        "layer": row.get("layer") or "",
        "last_verified": last_verified.isoformat() if last_verified else None,
        "days_past_verified": days,
        "coverage_note": past_verified(last_verified, days),
    }
    if not front:  # not asked for: no key, as in the single answer
        del answer["front_km"]
    return answer


