"""Control queries: which force controlled a point on a date (``/api/control``, one or a batch)."""

from __future__ import annotations

import datetime as dt
import math

from .core import (ApiError, Request, Result, check_known, date_param, float_param, json_body, ok,
                   operation)
from .resources import Resources

__all__ = ["ControlOps"]


class ControlOps:
    """The control operations, over the shared :class:`~service.resources.Resources`."""

    OPERATIONS = ("control", "control_batch")

    def __init__(self, res: Resources):
        self.res = res

    @operation
    def control(self, req: Request) -> Result:
        """``GET /api/control?lat=&lon=&date=``: which force controlled a point on a date."""
        check_known(req, ("lat", "lon", "date"))
        lat = float_param(req.params, "lat", -90, 90)
        lon = float_param(req.params, "lon", -180, 180)
        day = date_param(req.params, "date")
        answer = self.res.control_index.control_at(lon, lat, day, front=True)
        body = {"query": {"lat": lat, "lon": lon, "date": day.isoformat()}, **_answer_dict(answer)}
        return ok(body)

    @operation
    def control_batch(self, req: Request) -> Result:
        """``POST /api/control``: many points at once, ``{"points": [{"lat","lon","date","id"}]}``."""
        check_known(req, ())
        doc = json_body(req)
        points = doc.get("points") if isinstance(doc, dict) else doc
        if not isinstance(points, list):
            raise ApiError(400, "Invalid body", "send a JSON object {\"points\": [{\"lat\": ..., "
                           "\"lon\": ..., \"date\": \"YYYY-MM-DD\"}, ...]}", kind="invalid-body")
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
                vals = {k: (None if p.get(k) is None else str(p.get(k))) for k in ("lat", "lon", "date")}
                lats.append(float_param(vals, "lat", -90, 90))
                lons.append(float_param(vals, "lon", -180, 180))
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


