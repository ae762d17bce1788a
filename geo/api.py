"""The API core: every operation of the service, without any web framework.

Each operation takes a :class:`Request` (the parsed query parameters, the
body, the caller's ``Authorization`` header and the base URL) and returns a
:class:`Result` ``(status, headers, body)`` with the body already encoded.
``server.py`` is only a thin list of Flask routes around it (the pygeoapi
layout), so the same core can run under any WSGI/ASGI framework or be called
directly in tests.

Errors are RFC 9457 problem details (``application/problem+json`` with
``type``, ``title``, ``status``, ``detail``, ``instance``); a bad parameter is
a 4xx that names the parameter and says what to send instead, never a 500.

>>> api = API(Settings())                                   # doctest: +SKIP
>>> status, headers, body = api.control(Request("/api/control",
...     {"lat": "36.50", "lon": "37.48", "date": "2023-07-09"}))   # doctest: +SKIP
>>> status, json.loads(body)["force"]                       # doctest: +SKIP
(200, 'SNA')
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import hmac
import json
import logging
import math
import re
import threading
from typing import Any, Callable, Iterable, Mapping, NamedTuple

from .errors import InputError, UserError
from .export import EXPORT_TYPES
from .incident import CATEGORIES as INCIDENT_CATEGORIES
from .settings import Settings

__all__ = ["API", "Request", "Result", "ApiError", "problem", "parse_datetime_interval",
           "parse_bbox", "COLLECTIONS", "CATEGORIES"]

log = logging.getLogger("incmap.api")

JSON = "application/json"
GEOJSON = "application/geo+json"
PROBLEM = "application/problem+json"
OPENAPI = "application/vnd.oai.openapi+json;version=3.0"

# Problem types are tag URIs (RFC 4151): stable names, described in docs/api.md ("Errors").
PROBLEM_BASE = "tag:syria-incident-map,2025:problem/"

CATEGORIES = tuple(INCIDENT_CATEGORIES)
# Syria with a margin: a point far outside it is almost certainly swapped lat/lon.
SYRIA_BBOX = (35.5, 32.2, 42.5, 37.4)
EARLIEST = dt.date(2011, 3, 1)  # the uprising: no incident or control answer before it

COLLECTIONS = {
    "incidents": {
        "title": "Incidents of civilian harm",
        "description": "Killings, landmine and explosive-remnant explosions, massacres and deaths "
                       "under torture, each with its place (P-coded), date, victims, perpetrator "
                       "and the force that controlled the place at the time. Victim names are "
                       "shown only to an authorised caller.",
    },
    "landmines": {
        "title": "Landmine and explosive-remnant incidents",
        "description": "The incidents of category 'landmine', for humanitarian demining planners.",
    },
    "control-areas": {
        "title": "Control areas",
        "description": "The areas held by each force on a date (the bundled control dataset). "
                       "'datetime' picks the date of the snapshot (default: today).",
    },
}


# --------------------------------------------------------------------------- requests, results

class Result(NamedTuple):
    """What an operation returns: HTTP status, headers, and the encoded body."""

    status: int
    headers: dict
    body: bytes | str

    def json(self) -> Any:
        """The body decoded as JSON (for tests and callers in Python)."""
        return json.loads(self.body)


@dataclasses.dataclass
class Request:
    """One request, as the API core sees it.

    Parameters
    ----------
    path
        The request path (used as the problem ``instance`` and in links).
    params
        Query parameters, one value each (the first when repeated).
    base_url
        ``scheme://host[:port]`` plus any mount prefix, without a trailing slash;
        used for absolute links (OGC ``self``/``next``).
    authorization
        The ``Authorization`` header, if any.
    body, content_type
        The request body and its media type (writes and batch queries).
    accept
        The ``Accept`` header (content negotiation on ``/``).
    """

    path: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)
    base_url: str = ""
    authorization: str | None = None
    body: bytes = b""
    content_type: str = ""
    accept: str = ""


class ApiError(Exception):
    """An error that becomes a problem-details response.

    >>> ApiError(400, "Invalid parameter", "lat must be a number", param="lat").status
    400
    """

    def __init__(self, status: int, title: str, detail: str, *, kind: str | None = None,
                 param: str | None = None, headers: dict | None = None, **extra):
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.kind = kind
        self.param = param
        self.headers = headers or {}
        self.extra = extra


def bad_param(name: str, reason: str) -> ApiError:
    return ApiError(400, "Invalid parameter", f"{name}: {reason}", kind="invalid-parameter",
                    param=name)


def problem(status: int, title: str, detail: str, *, instance: str = "", kind: str | None = None,
            headers: dict | None = None, **extra) -> Result:
    """An RFC 9457 problem-details response.

    >>> r = problem(404, "Not found", "no incident with id 'x'", instance="/api/incidents/x")
    >>> r.status, r.headers["Content-Type"], json.loads(r.body)["title"]
    (404, 'application/problem+json', 'Not found')
    """
    doc = {
        "type": PROBLEM_BASE + kind if kind else "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
    }
    if instance:
        doc["instance"] = instance
    doc.update({k: v for k, v in extra.items() if v is not None})
    return Result(status, {"Content-Type": PROBLEM, **(headers or {})}, dumps(doc))


def _json_default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _clean_floats(value):
    """NaN and infinity are not JSON: they become null."""
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dict):
        return {k: _clean_floats(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean_floats(v) for v in value]
    return value


def dumps(obj) -> str:
    """JSON text: UTF-8 names as they are, no NaN."""
    try:
        return json.dumps(obj, ensure_ascii=False, default=_json_default, allow_nan=False)
    except ValueError:
        return json.dumps(_clean_floats(obj), ensure_ascii=False, default=_json_default,
                          allow_nan=False)


def ok(body, *, status: int = 200, content_type: str = JSON, headers: dict | None = None) -> Result:
    text = body if isinstance(body, (str, bytes)) else dumps(body)
    return Result(status, {"Content-Type": content_type, **(headers or {})}, text)


# --------------------------------------------------------------------------- parameters

def _check_known(req: Request, allowed: Iterable[str]) -> None:
    """OGC API - Features asks for a 400 on parameters the operation does not define."""
    allowed = set(allowed) | {"f"}
    unknown = sorted(k for k in req.params if k not in allowed)
    if unknown:
        raise ApiError(400, "Unknown parameter",
                       f"unknown query parameter(s): {', '.join(unknown)}; this operation takes "
                       f"{', '.join(sorted(allowed))}", kind="unknown-parameter", param=unknown[0])
    fmt = req.params.get("f")
    if fmt is not None and fmt not in ("json", "geojson"):
        raise bad_param("f", f"unsupported format {fmt!r}; use f=json")


def _float(params: Mapping[str, str], name: str, lo: float, hi: float, *, required=True,
           default=None) -> float | None:
    raw = params.get(name)
    if raw is None or raw.strip() == "":
        if required:
            raise bad_param(name, f"missing; give a number between {lo:g} and {hi:g}")
        return default
    try:
        value = float(raw)
    except ValueError:
        raise bad_param(name, f"{raw[:40]!r} is not a number") from None
    if not math.isfinite(value) or not lo <= value <= hi:
        raise bad_param(name, f"{raw[:40]!r} is out of range; give a number between {lo:g} "
                              f"and {hi:g}")
    return value


def _int(params: Mapping[str, str], name: str, lo: int, hi: int, default: int) -> int:
    raw = params.get(name)
    if raw is None or raw.strip() == "":
        return default
    if not re.fullmatch(r"\s*\+?\d{1,12}\s*", raw):
        raise bad_param(name, f"{raw[:40]!r} is not a whole number; give {lo} to {hi}")
    value = int(raw)
    if not lo <= value <= hi:
        raise bad_param(name, f"{value} is out of range; give {lo} to {hi}")
    return value


_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DATETIME_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def parse_date(raw: str, name: str = "date") -> dt.date:
    """An RFC 3339 full-date or date-time, as the calendar date it names.

    >>> parse_date("2023-07-09"), parse_date("2023-07-09T23:10:00Z")
    (datetime.date(2023, 7, 9), datetime.date(2023, 7, 9))
    """
    text = raw.strip()
    m = _DATE_RE.match(text) or _DATETIME_RE.match(text)
    if not m:
        raise bad_param(name, f"{raw[:40]!r} is not an RFC 3339 date; write YYYY-MM-DD, "
                              "e.g. 2023-07-09")
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if len(m.groups()) > 3:
            dt.datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00").replace("t", "T"))
    except ValueError as exc:
        raise bad_param(name, f"{raw[:40]!r} is not a valid date ({exc})") from None
    return day


def parse_datetime_interval(raw: str, name: str = "datetime") -> tuple[dt.date | None, dt.date | None]:
    """An OGC ``datetime``: one date, or ``start/end`` with ``..`` (or nothing) for an open end.

    >>> parse_datetime_interval("2023-07-01/..")
    (datetime.date(2023, 7, 1), None)
    >>> parse_datetime_interval("2023-07-09")
    (datetime.date(2023, 7, 9), datetime.date(2023, 7, 9))
    """
    text = raw.strip()
    if "/" not in text:
        day = parse_date(text, name)
        return day, day
    parts = text.split("/")
    if len(parts) != 2:
        raise bad_param(name, f"{raw[:40]!r}: an interval is START/END, e.g. "
                              "2023-07-01/2023-07-31 or 2023-07-01/..")
    start_raw, end_raw = parts
    start = None if start_raw in ("", "..") else parse_date(start_raw, name)
    end = None if end_raw in ("", "..") else parse_date(end_raw, name)
    if start is None and end is None:
        raise bad_param(name, "an interval needs at least one end, e.g. 2023-07-01/.. (leave "
                              "datetime out for all dates)")
    if start and end and start > end:
        raise bad_param(name, f"the interval starts ({start}) after it ends ({end})")
    return start, end


def parse_bbox(raw: str, name: str = "bbox") -> tuple[float, float, float, float]:
    """``W,S,E,N`` in WGS84 longitude/latitude.

    >>> parse_bbox("35.5,32.2,42.5,37.4")
    (35.5, 32.2, 42.5, 37.4)
    """
    parts = raw.split(",")
    if len(parts) != 4:
        raise bad_param(name, f"{raw[:60]!r}: give four numbers W,S,E,N (longitude/latitude), "
                              "e.g. 36.0,35.5,38.5,37.0")
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise bad_param(name, f"{raw[:60]!r}: every value must be a number") from None
    if not all(math.isfinite(v) for v in (w, s, e, n)):
        raise bad_param(name, "values must be finite numbers")
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= 90 and -90 <= n <= 90):
        raise bad_param(name, "longitudes must lie in -180..180 and latitudes in -90..90 "
                              "(the order is W,S,E,N)")
    if s > n:
        raise bad_param(name, f"south ({s:g}) is north of north ({n:g}); the order is W,S,E,N")
    if w > e:
        raise bad_param(name, f"west ({w:g}) is east of east ({e:g}); boxes across the "
                              "antimeridian are not supported (Syria is nowhere near it)")
    return w, s, e, n


def _listed(params: Mapping[str, str], name: str, *, allowed: Iterable[str]) -> list[str] | None:
    """A comma-separated parameter whose values must be among ``allowed``."""
    raw = params.get(name)
    if raw is None or raw.strip() == "":
        return None
    values = [v.strip() for v in raw.split(",") if v.strip()]
    allowed = list(allowed)
    bad = [v for v in values if v not in allowed]
    if bad:
        raise bad_param(name, f"unknown value {bad[0][:40]!r}; use one or more of "
                              f"{', '.join(allowed)} (comma-separated)")
    return values or None


def _bool(params: Mapping[str, str], name: str, default: bool = False) -> bool:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    low = raw.strip().lower()
    if low in ("1", "true", "yes", "on"):
        return True
    if low in ("0", "false", "no", "off"):
        return False
    raise bad_param(name, f"{raw[:20]!r} is not true or false")


# --------------------------------------------------------------------------- the operations

def operation(func: Callable) -> Callable:
    """Turn every error of an operation into a problem-details result."""

    @functools.wraps(func)
    def wrapper(self: "API", req: Request, *args, **kwargs) -> Result:
        try:
            return func(self, req, *args, **kwargs)
        except ApiError as exc:
            extra = dict(exc.extra)
            if exc.param:
                extra.setdefault("invalid_params", [{"name": exc.param, "reason": exc.detail}])
            return problem(exc.status, exc.title, exc.detail, instance=req.path, kind=exc.kind,
                           headers=exc.headers, **extra)
        except InputError as exc:
            return problem(400, "Invalid input", str(exc), instance=req.path, kind="invalid-input",
                           field=exc.field, line=exc.line)
        except UserError as exc:
            # Missing reference data or store: the operator's to fix, not the caller's.
            return problem(503, "Service unavailable", str(exc), instance=req.path,
                           kind="unavailable")
        except Exception:  # noqa: BLE001 - the one place where a bug becomes a 500
            log.exception("internal error in %s", func.__name__)
            return problem(500, "Internal server error",
                           "The service failed while answering this request. This is a bug: "
                           "please report it with the request URL.", instance=req.path)

    return wrapper


class API:
    """The service: reference data, control index, geocoder and store, behind operations.

    Resources are opened on first use, not at construction, so that creating
    the app is instant and a missing piece only fails the requests that need it.

    Parameters
    ----------
    settings
        :class:`~geo.settings.Settings`.
    store, control, geocoder, gazetteer
        Already-opened resources (tests and the demo build pass them in).
    store_factory
        Called once, on first use, to open the store when none is given
        (the demo store of ``incmap serve``).
    """

    def __init__(self, settings: Settings | None = None, *, store=None, control=None,
                 geocoder=None, gazetteer=None, store_factory: Callable | None = None):
        self.settings = settings or Settings()
        self._store = store
        self._store_factory = store_factory
        self._control = control
        self._geocoder = geocoder
        self._gazetteer = gazetteer
        self._data = None
        self._lock = threading.RLock()
        self._snapshots: dict = {}  # date -> control snapshot GeoJSON (insertion-ordered LRU)

    # ------------------------------------------------------------------ resources
    def _open(self, what: str, opener: Callable):
        """Open a resource; its failure is the operator's problem (503), not the caller's."""
        try:
            return opener()
        except ApiError:
            raise
        except UserError as exc:
            raise ApiError(503, "Service unavailable", f"{what} could not be opened: {exc}",
                           kind="unavailable") from None

    @property
    def data(self):
        if self._data is None:
            from .reference.datadir import resolve

            self._data = self._open("the reference data", lambda: resolve(self.settings.data_dir))
        return self._data

    @property
    def reference(self):
        """The reference layers (``geo.reference.load``), for the map page."""
        from .reference import load

        data = self.data
        return self._open("the reference layers", lambda: load(data))

    def _resource(self, attr: str, what: str, opener: Callable):
        """The resource held in ``attr``, opened once, on first use, by one thread."""
        value = getattr(self, attr)
        if value is None:
            with self._lock:
                value = getattr(self, attr)
                if value is None:
                    value = self._open(what, opener)
                    setattr(self, attr, value)
        return value

    @property
    def gazetteer(self):
        from .gazetteer import Gazetteer

        return self._resource("_gazetteer", "the gazetteer", lambda: Gazetteer.load(self.data))

    @property
    def control_index(self):
        from .control import ControlIndex

        return self._resource("_control", "the control index",
                              lambda: ControlIndex.load(self.data))

    @property
    def geocoder(self):
        from .geocode import Geocoder

        return self._resource("_geocoder", "the geocoder", lambda: Geocoder(self.gazetteer))

    @property
    def store(self):
        from .store import open_store

        if self._store is None and self._store_factory is None and self.settings.store_path is None:
            raise ApiError(503, "Service unavailable",
                           "No incident store is configured: start the service with "
                           "--store PATH or set INCMAP_STORE.", kind="unavailable")
        opener = self._store_factory or (lambda: open_store(self.settings.store_path))
        return self._resource("_store", "the incident store", opener)

    # ------------------------------------------------------------------ access
    def authorised(self, req: Request) -> bool:
        """True when the request carries the operator's bearer token."""
        token = self.settings.write_token
        header = (req.authorization or "").strip()
        if token is None or not header.lower().startswith("bearer "):
            return False
        return hmac.compare_digest(header[7:].strip().encode(), token.encode())

    def require_writer(self, req: Request) -> None:
        """401 without credentials, 403 with wrong ones or when writes are disabled."""
        if self.settings.write_token is None:
            raise ApiError(403, "Writes disabled",
                           "This service is read-only: the operator has not configured a write "
                           "token (INCMAP_WRITE_TOKEN).", kind="writes-disabled")
        header = (req.authorization or "").strip()
        if not header.lower().startswith("bearer "):  # none, or another scheme (Basic, ...)
            raise ApiError(401, "Authentication required",
                           "Writes need the operator's token: send 'Authorization: Bearer TOKEN'.",
                           kind="unauthorised", headers={"WWW-Authenticate": 'Bearer realm="incmap"'})
        if not self.authorised(req):
            raise ApiError(403, "Forbidden", "The bearer token is not valid for writes.",
                           kind="forbidden",
                           headers={"WWW-Authenticate": 'Bearer realm="incmap", '
                                                        'error="invalid_token"'})

    # ------------------------------------------------------------------ control
    def _date_param(self, params: Mapping[str, str], name: str, *, default_today=True) -> dt.date | None:
        raw = params.get(name)
        if raw is None or raw.strip() == "":
            if default_today:
                return dt.date.today()
            raise bad_param(name, "missing; give a date YYYY-MM-DD")
        return check_date_range(parse_date(raw, name), name)

    @operation
    def control(self, req: Request) -> Result:
        """``GET /api/control?lat=&lon=&date=``: which force controlled a point on a date."""
        _check_known(req, ("lat", "lon", "date"))
        lat = _float(req.params, "lat", -90, 90)
        lon = _float(req.params, "lon", -180, 180)
        day = self._date_param(req.params, "date")
        answer = self.control_index.control_at(lon, lat, day)
        body = {"query": {"lat": lat, "lon": lon, "date": day.isoformat()}, **_answer_dict(answer)}
        return ok(body)

    @operation
    def control_batch(self, req: Request) -> Result:
        """``POST /api/control``: many points at once, ``{"points": [{"lat","lon","date","id"}]}``."""
        _check_known(req, ())
        doc = _json_body(req)
        points = doc.get("points") if isinstance(doc, dict) else doc
        if not isinstance(points, list):
            raise ApiError(400, "Invalid body", "send a JSON object {\"points\": [{\"lat\": ..., "
                           "\"lon\": ..., \"date\": \"YYYY-MM-DD\"}, ...]}", kind="invalid-body")
        if len(points) > self.settings.max_batch:
            raise ApiError(413, "Batch too large", f"{len(points)} points; send at most "
                           f"{self.settings.max_batch} per request", kind="too-large")
        lons, lats, dates, ids = [], [], [], []
        for i, p in enumerate(points):
            if not isinstance(p, dict):
                raise ApiError(400, "Invalid body", f"points[{i}] is not an object with lat, lon "
                               "and date", kind="invalid-body", pointer=f"/points/{i}")
            where = f"points[{i}]"
            try:
                vals = {k: (None if p.get(k) is None else str(p.get(k))) for k in ("lat", "lon", "date")}
                lats.append(_float(vals, "lat", -90, 90))
                lons.append(_float(vals, "lon", -180, 180))
                dates.append(self._date_param(vals, "date"))
            except ApiError as exc:
                raise ApiError(400, "Invalid body", f"{where}.{exc.detail}", kind="invalid-body",
                               pointer=f"/points/{i}/{exc.param}") from None
            ids.append(p.get("id", i))
        results = []
        if points:
            frame = self.control_index.control_many(lons, lats, dates)
            for i, row in enumerate(frame.to_dict(orient="records")):
                results.append({"id": ids[i], **_batch_answer(_clean_row(row), lons[i], lats[i],
                                                              dates[i])})
        return ok({"count": len(results), "results": results})

    # ------------------------------------------------------------------ geocode
    @operation
    def geocode(self, req: Request) -> Result:
        """``GET /api/geocode?q=&governorate=&date=``: place words to a P-coded place."""
        _check_known(req, ("q", "governorate", "date"))
        text = (req.params.get("q") or "").strip()
        if not text:
            raise bad_param("q", "missing; give the place words, e.g. q=Shawa village in al-Ra'ie "
                                 "area in eastern rural Aleppo")
        if len(text) > 2000:
            raise bad_param("q", f"{len(text)} characters; give at most 2000")
        governorate = (req.params.get("governorate") or "").strip() or None
        if governorate is not None:
            pcode = self.gazetteer.resolve_unit(governorate)
            if pcode is None:
                raise bad_param("governorate", f"unknown governorate {governorate[:40]!r}; give a "
                                "name such as Aleppo or a P-code such as SY02")
            governorate = pcode
        day = self._date_param(req.params, "date", default_today=False) \
            if req.params.get("date") else None
        match = self._geocode(text, governorate, day)
        body = match.to_dict() if hasattr(match, "to_dict") else dict(match)
        return ok({"query": {"q": text, "governorate": governorate,
                             "date": day.isoformat() if day else None}, **body})

    def _geocode(self, text, governorate, day):
        geocoder = self.geocoder
        if hasattr(geocoder, "geocode"):
            return geocoder.geocode(text, governorate=governorate, date=day)
        return geocoder(text, governorate=governorate, date=day)

    # ------------------------------------------------------------------ incidents
    def _incident_query(self, req: Request, *, landmines: bool = False, paging: bool = True,
                        extra: Iterable[str] = ()) -> "IncidentQuery":
        names = [*FILTER_PARAMS, *extra]
        if paging:
            names += ["limit", "offset"]
        _check_known(req, names)
        p = req.params
        q = IncidentQuery()
        if p.get("bbox"):
            q.bbox = parse_bbox(p["bbox"])
        if p.get("datetime"):
            q.start, q.end = parse_datetime_interval(p["datetime"])
        for name in FILTER_PARAMS[2:]:
            raw = (p.get(name) or "").strip()
            if raw:
                if len(raw) > 500:
                    raise bad_param(name, f"{len(raw)} characters; give at most 500")
                q.filters[name] = raw
        if landmines:
            cats = {c.strip().lower() for c in q.filters.get("category", "landmine").split(",")}
            if cats - {"landmine", ""}:
                raise bad_param("category", "the landmines collection holds only category "
                                            "'landmine'")
            q.filters["category"] = "landmine"
        if paging:
            q.limit = _int(p, "limit", 1, self.settings.max_limit, self.settings.default_limit)
            q.offset = _int(p, "offset", 0, 10**9, 0)
        q.store_filters()  # validates every value (400 naming the field)
        return q

    def _features(self, incidents, req: Request) -> list[dict]:
        from .export import incident_feature

        names = self.authorised(req)
        return [incident_feature(inc, names=names) for inc in incidents]

    @operation
    def incidents(self, req: Request) -> Result:
        """``GET /api/incidents``: incidents as GeoJSON, filtered and paged."""
        q = self._incident_query(req)
        items, matched = self._query(q)
        return ok(self._collection(req, q, items, matched), content_type=GEOJSON)

    def _collection(self, req: Request, q: "IncidentQuery", items, matched: int,
                    features: list[dict] | None = None) -> dict:
        feats = features if features is not None else self._features(items, req)
        links = [{"rel": "self", "type": GEOJSON, "title": "this page",
                  "href": _url(req, {})}]
        if q.limit is not None and q.offset + len(feats) < matched:
            links.append({"rel": "next", "type": GEOJSON, "title": "next page",
                          "href": _url(req, {"offset": str(q.offset + q.limit),
                                             "limit": str(q.limit)})})
        if q.offset:
            links.append({"rel": "prev", "type": GEOJSON, "title": "previous page",
                          "href": _url(req, {"offset": str(max(q.offset - (q.limit or 0), 0)),
                                             "limit": str(q.limit)})})
        return {"type": "FeatureCollection", "features": feats,
                "numberMatched": matched, "numberReturned": len(feats),
                "timeStamp": _now(), "links": links}

    @operation
    def incident(self, req: Request, incident_id: str) -> Result:
        """``GET /api/incidents/{id}``: one incident as a GeoJSON Feature."""
        _check_known(req, ())
        inc = self._get(incident_id)
        return ok(self._features([inc], req)[0], content_type=GEOJSON)

    def _get(self, incident_id: str):
        inc = self.store.get(incident_id)
        if inc is None:
            raise ApiError(404, "Not found", f"no incident with id {incident_id[:80]!r}",
                           kind="not-found")
        return inc

    def _query(self, q: "IncidentQuery"):
        """The store's answer for a query: (incidents on this page, number matched)."""
        filters = q.store_filters()
        store = self.store
        matched = store.count(filters)
        items = store.query(filters, limit=q.limit, offset=q.offset)
        return items, matched

    # ------------------------------------------------------------------ writes
    @operation
    def create_incidents(self, req: Request) -> Result:
        """``POST /api/incidents``: add (or update by id) incidents given as GeoJSON."""
        self.require_writer(req)
        _check_known(req, ())
        doc = _json_body(req)
        if isinstance(doc, dict) and doc.get("type") == "Feature":  # one incident: wrap it
            body = json.dumps({"type": "FeatureCollection", "features": [doc]}).encode()
            req = dataclasses.replace(req, body=body)
        report = self._import(req, "geojson", "request body")
        return ok(report, status=201)

    @operation
    def replace_incident(self, req: Request, incident_id: str) -> Result:
        """``PUT /api/incidents/{id}``: replace one incident (a GeoJSON Feature)."""
        self.require_writer(req)
        _check_known(req, ())
        self._get(incident_id)
        doc = _json_body(req)
        if not isinstance(doc, dict) or doc.get("type") != "Feature":
            raise ApiError(400, "Invalid body", "send one GeoJSON Feature", kind="invalid-body")
        props = doc.get("properties") if isinstance(doc.get("properties"), dict) else {}
        given = doc.get("id", props.get("id"))
        if given not in (None, "", incident_id):
            raise ApiError(400, "Invalid body", f"the Feature's id {str(given)[:80]!r} differs "
                           f"from the URL's {incident_id[:80]!r}", kind="invalid-body")
        doc = {**doc, "id": incident_id, "properties": {**props, "id": incident_id}}
        body = json.dumps({"type": "FeatureCollection", "features": [doc]}).encode()
        self._import(dataclasses.replace(req, body=body), "geojson", "request body")
        return ok(self._features([self._get(incident_id)], req)[0], content_type=GEOJSON)

    @operation
    def delete_incident(self, req: Request, incident_id: str) -> Result:
        """``DELETE /api/incidents/{id}``."""
        self.require_writer(req)
        _check_known(req, ())
        self._get(incident_id)
        with self._lock:
            self.store.delete(incident_id)
        return Result(204, {}, b"")

    @operation
    def import_file(self, req: Request) -> Result:
        """``POST /api/import?format=``: load a file (CSV, GeoJSON, UCDP, ACLED, SNHR report text)."""
        self.require_writer(req)
        _check_known(req, ("format", "filename"))
        fmt = (req.params.get("format") or "").strip().lower()
        from .importers import FORMATS as formats
        if fmt not in formats:
            raise bad_param("format", f"{fmt[:20]!r} is not an import format; use one of "
                                      f"{', '.join(formats)}")
        name = re.sub(r"[^\w.\-]+", "_", (req.params.get("filename") or f"upload.{fmt}"))[:100]
        return ok(self._import(req, fmt, name), status=201)

    def _import(self, req: Request, fmt: str, name: str) -> dict:
        """Read, place, control-tag and store an uploaded file in one transaction.

        Any problem is a 400 naming the line and field, and nothing is written.
        """
        import tempfile
        from pathlib import Path

        if not req.body:
            raise ApiError(400, "Empty body", "the request has no body; send the file's content",
                           kind="invalid-body")
        if len(req.body) > self.settings.max_upload_bytes:
            raise ApiError(413, "Upload too large", f"{len(req.body)} bytes; the limit is "
                           f"{self.settings.max_upload_bytes}", kind="too-large")
        from .importers import import_file

        try:
            control = self.control_index
        except (ApiError, UserError):
            control = False
        suffix = {"csv": ".csv", "geojson": ".geojson", "ucdp": ".csv", "acled": ".csv",
                  "snhr": ".txt"}[fmt]
        with tempfile.TemporaryDirectory(prefix="incmap-upload-") as tmp:
            path = Path(tmp) / ((Path(name).stem[:80] or "upload") + suffix)
            path.write_bytes(req.body)
            try:
                with self._lock:  # one writer at a time: imports are whole transactions
                    report = import_file(path, fmt, self.store, data=self.data,
                                         gaz=self.gazetteer, control_index=control)
            except InputError as exc:
                # Name the upload, not the temporary file it was kept in.
                raise InputError(exc.message.replace(str(path), name), source=name,
                                 line=exc.line, field=exc.field) from None
        doc = report.to_dict() if hasattr(report, "to_dict") else dict(report)
        doc["source"] = name
        return doc

    # ------------------------------------------------------------------ OGC API - Features
    @operation
    def landing(self, req: Request) -> Result:
        """``GET /?f=json``: the OGC API landing page."""
        _check_known(req, ())
        base = req.base_url
        return ok({
            "title": "Syria incident map",
            "description": "Civilian harm in Syria by the force that controlled each place at the "
                           "time: incidents, landmines and control areas (OGC API - Features), "
                           "control and geocoding queries, statistics and exports.",
            "links": [
                {"rel": "self", "type": JSON, "title": "this document", "href": f"{base}/?f=json"},
                {"rel": "alternate", "type": "text/html", "title": "the web map", "href": f"{base}/"},
                {"rel": "service-desc", "type": OPENAPI, "title": "the API definition (OpenAPI 3)",
                 "href": f"{base}/openapi.json"},
                {"rel": "conformance", "type": JSON, "title": "conformance classes",
                 "href": f"{base}/conformance"},
                {"rel": "data", "type": JSON, "title": "collections", "href": f"{base}/collections"},
            ],
        })

    @operation
    def conformance(self, req: Request) -> Result:
        _check_known(req, ())
        return ok({"conformsTo": [
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        ]})

    def _collection_doc(self, req: Request, cid: str) -> dict:
        base = req.base_url
        meta = COLLECTIONS[cid]
        doc = {
            "id": cid, "title": meta["title"], "description": meta["description"],
            "itemType": "feature",
            "crs": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"],
            "extent": {"spatial": {"bbox": [list(SYRIA_BBOX)],
                                   "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}},
            "links": [
                {"rel": "self", "type": JSON, "href": f"{base}/collections/{cid}"},
                {"rel": "items", "type": GEOJSON, "title": "the features",
                 "href": f"{base}/collections/{cid}/items"},
            ],
        }
        if cid in ("incidents", "landmines"):
            kind = "landmines" if cid == "landmines" else "incidents"
            for ext, mime in EXPORT_TYPES.items():
                doc["links"].append({"rel": "enclosure", "type": mime, "title": f"export ({ext})",
                                     "href": f"{base}/export/{kind}.{ext}"})
        else:
            try:
                first, last = self.control_index.coverage
                doc["extent"]["temporal"] = {"interval": [[_iso(first), _iso(last)]]}
            except ApiError:
                pass
        return doc

    @operation
    def collections(self, req: Request) -> Result:
        _check_known(req, ())
        base = req.base_url
        return ok({"links": [{"rel": "self", "type": JSON, "href": f"{base}/collections"}],
                   "collections": [self._collection_doc(req, cid) for cid in COLLECTIONS]})

    def _known_collection(self, cid: str) -> None:
        if cid not in COLLECTIONS:
            raise ApiError(404, "Not found", f"no collection {cid[:60]!r}; the collections are "
                           f"{', '.join(COLLECTIONS)}", kind="not-found")

    @operation
    def collection(self, req: Request, cid: str) -> Result:
        self._known_collection(cid)
        _check_known(req, ())
        return ok(self._collection_doc(req, cid))

    @operation
    def items(self, req: Request, cid: str) -> Result:
        """``GET /collections/{id}/items``: incidents, landmines or the control areas of a date."""
        self._known_collection(cid)
        if cid == "control-areas":
            return self._control_items(req)
        q = self._incident_query(req, landmines=(cid == "landmines"))
        items, matched = self._query(q)
        doc = self._collection(req, q, items, matched)
        doc["links"].append({"rel": "collection", "type": JSON,
                             "href": f"{req.base_url}/collections/{cid}"})
        return ok(doc, content_type=GEOJSON)

    @operation
    def item(self, req: Request, cid: str, fid: str) -> Result:
        self._known_collection(cid)
        if cid == "control-areas":
            _check_known(req, ("datetime",))
            day = self._snapshot_date(req)
            for feat in self._snapshot_features(day):
                if str(feat["id"]) == fid:
                    return ok(feat, content_type=GEOJSON)
            raise ApiError(404, "Not found", f"no control area {fid[:60]!r} on {day}; the ids are "
                           "force codes such as GOV or SDF", kind="not-found")
        _check_known(req, ())
        inc = self._get(fid)
        if cid == "landmines" and getattr(inc, "category", None) != "landmine":
            raise ApiError(404, "Not found", f"incident {fid[:60]!r} is not a landmine incident",
                           kind="not-found")
        feat = self._features([inc], req)[0]
        feat["links"] = [{"rel": "self", "type": GEOJSON,
                          "href": f"{req.base_url}/collections/{cid}/items/{fid}"},
                         {"rel": "collection", "type": JSON,
                          "href": f"{req.base_url}/collections/{cid}"}]
        return ok(feat, content_type=GEOJSON)

    def _snapshot_date(self, req: Request) -> dt.date:
        raw = req.params.get("datetime")
        if not raw:
            return dt.date.today()
        start, end = parse_datetime_interval(raw)
        if start != end:
            raise bad_param("datetime", "control areas are a snapshot: give one date, e.g. "
                                        "datetime=2023-07-09")
        return check_date_range(start, "datetime")

    def _snapshot(self, day: dt.date) -> dict:
        """The control areas of a date (``geo.mapdata``), cached: a snapshot takes a while."""
        with self._lock:
            cached = self._snapshots.get(day)
        if cached is None:
            from . import mapdata

            cached = mapdata.control_snapshot_geojson(self.control_index, day)
            seen: dict[str, int] = {}
            for feat in cached["features"]:
                force = feat["properties"].get("force") or "UNKNOWN"
                seen[force] = seen.get(force, 0) + 1
                feat["id"] = force if seen[force] == 1 else f"{force}.{seen[force]}"
                feat["properties"].setdefault("date", day.isoformat())
            with self._lock:
                self._snapshots[day] = cached
                while len(self._snapshots) > 32:
                    self._snapshots.pop(next(iter(self._snapshots)))
        return cached

    def _snapshot_features(self, day: dt.date) -> list[dict]:
        return self._snapshot(day)["features"]

    def _control_items(self, req: Request) -> Result:
        _check_known(req, ("datetime", "bbox", "limit", "offset"))
        day = self._snapshot_date(req)
        bbox = parse_bbox(req.params["bbox"]) if req.params.get("bbox") else None
        q = IncidentQuery(limit=_int(req.params, "limit", 1, self.settings.max_limit,
                                     self.settings.default_limit),
                          offset=_int(req.params, "offset", 0, 10**9, 0))
        feats = self._snapshot_features(day)
        if bbox is not None:
            feats = [f for f in feats if _bbox_overlaps(_geometry_bounds(f["geometry"]), bbox)]
        page = feats[q.offset:q.offset + q.limit]
        doc = self._collection(req, q, None, len(feats), features=page)
        doc["date"] = day.isoformat()
        doc["links"].append({"rel": "collection", "type": JSON,
                             "href": f"{req.base_url}/collections/control-areas"})
        return ok(doc, content_type=GEOJSON)

    # ------------------------------------------------------------------ statistics
    @operation
    def stats(self, req: Request) -> Result:
        """``GET /api/stats``: the tables of a monthly report, from the stored incidents.

        Counts by month x perpetrator x governorate; killed, children, women and
        injured; the same by perpetrator (SNHR's main parties and "other parties"),
        by governorate and by month; massacres, deaths under torture and landmine
        incidents, each by perpetrator. Takes the incident filters.
        """
        q = self._incident_query(req, paging=False)
        filters = q.store_filters()
        store = self.store
        table = store.stats(filters, group_by=("month", "perpetrator", "adm1"))
        by_category = {}
        for category in ("massacre", "torture", "landmine"):
            if filters.category and category not in filters.category:
                by_category[category] = []
                continue
            narrowed = dataclasses.replace(filters, category=(category,))
            by_category[category] = store.stats(narrowed, group_by=("perpetrator",))
        return ok({"query": q.describe(),
                   **report_tables(table, by_category, self._adm1_names())})

    def _adm1_names(self) -> dict[str, str]:
        try:
            return {p.pcode: p.name_en for p in self.gazetteer.places("adm1")}
        except ApiError:
            return {}

    # ------------------------------------------------------------------ exports
    @operation
    def export(self, req: Request, kind: str, ext: str) -> Result:
        """``GET /export/{landmines|incidents}.{geojson|gpkg|csv|kml}``: files for planners."""
        from . import export as ex

        if kind not in ("landmines", "incidents"):
            raise ApiError(404, "Not found", f"no export {kind[:40]!r}; use landmines or incidents",
                           kind="not-found")
        if ext not in ex.EXPORT_TYPES:
            raise ApiError(404, "Not found", f"no export format {ext[:20]!r}; use "
                           f"{', '.join(ex.EXPORT_TYPES)}", kind="not-found")
        q = self._incident_query(req, landmines=(kind == "landmines"), paging=False,
                                 extra=("circles",))
        circles = _bool(req.params, "circles")
        if circles and ext == "csv":
            raise bad_param("circles", "CSV has no geometry column for circles; use geojson, "
                                       "gpkg or kml")
        incidents = list(self.store.query(q.store_filters()))
        body = ex.export_bytes(incidents, ext, circles=circles, gazetteer=self._gazetteer_or_none(),
                               control_index=self._control_or_none(),
                               title=COLLECTIONS[kind]["title"], query=q.describe(), layer=kind)
        stamp = dt.date.today().isoformat()
        return Result(200, {"Content-Type": ex.EXPORT_TYPES[ext],
                            "Content-Disposition":
                                f'attachment; filename="syria-{kind}-{stamp}.{ext}"'}, body)

    def _control_or_none(self):
        """The control index, to fill the control of incidents stored without one."""
        try:
            return self.control_index
        except ApiError:
            return None

    def _gazetteer_or_none(self):
        try:
            return self.gazetteer
        except ApiError:
            return None

    # ------------------------------------------------------------------ the web map's data
    @operation
    def map_snapshot(self, req: Request) -> Result:
        """``GET /api/control/snapshot?date=``: the control areas of a date, for the map."""
        day = self._date_param(req.params, "date")
        return ok(self._snapshot(day), content_type=GEOJSON)

    def _map_window(self, req: Request):
        # The map's routes ignore parameters they do not know (unlike the OGC ones): they
        # serve the page's own JavaScript, which may add cache keys.
        p = req.params
        start = self._date_param(p, "start", default_today=False) if p.get("start") else None
        end = self._date_param(p, "end", default_today=False) if p.get("end") else None
        if start and end and start > end:
            raise bad_param("start", f"start ({start}) is after end ({end})")
        category = _listed(p, "category", allowed=CATEGORIES)
        return start, end, category

    @operation
    def map_incidents(self, req: Request) -> Result:
        """``GET /api/map/incidents?bbox=&start=&end=&zoom=&category=``: the view's incidents."""
        start, end, category = self._map_window(req)
        bbox = parse_bbox(req.params["bbox"]) if req.params.get("bbox") else None
        zoom = _int(req.params, "zoom", 0, 22, 8)
        from . import mapdata

        return ok(mapdata.incidents_geojson(self.store, bbox=bbox, start=start, end=end,
                                            zoom=zoom, category=category,
                                            gazetteer=self._gazetteer_or_none()),
                  content_type=GEOJSON)

    @operation
    def map_governorates(self, req: Request) -> Result:
        """``GET /api/map/governorates?start=&end=&category=``: counts for the choropleth."""
        start, end, category = self._map_window(req)
        from . import mapdata

        return ok(mapdata.governorate_counts(self.store, start=start, end=end, category=category,
                                             gazetteer=self._gazetteer_or_none()))

    # ------------------------------------------------------------------ the API definition
    @operation
    def openapi(self, req: Request) -> Result:
        _check_known(req, ())
        from .openapi import openapi_document  # noqa: PLC0415 - only this route needs it

        return ok(openapi_document(req.base_url), content_type=OPENAPI)


# --------------------------------------------------------------------------- helpers

# The incident filters every incident operation takes (the store's Filters, plus the OGC
# names bbox and datetime).
FILTER_PARAMS = ("bbox", "datetime", "category", "perpetrator", "cause", "control",
                 "stated_control", "agrees", "adm1", "adm2", "adm3", "dataset", "max_precision",
                 "min_precision")


@dataclasses.dataclass
class IncidentQuery:
    """Parsed incident filters and paging."""

    bbox: tuple | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    filters: dict = dataclasses.field(default_factory=dict)
    limit: int | None = None
    offset: int = 0

    def store_filters(self):
        """The store's :class:`~geo.store.base.Filters` (InputError naming a bad field)."""
        from .store.base import Filters

        return Filters.build(bbox=self.bbox, start=self.start, end=self.end, **self.filters)

    def describe(self) -> dict:
        d = dict(self.filters)
        if self.bbox:
            d["bbox"] = list(self.bbox)
        if self.start or self.end:
            d["datetime"] = f"{_iso(self.start) or '..'}/{_iso(self.end) or '..'}"
        return d


def check_date_range(day: dt.date, name: str) -> dt.date:
    if day < EARLIEST:
        raise bad_param(name, f"{day} is before {EARLIEST}: the service covers the conflict "
                              "since March 2011")
    if day > dt.date.today() + dt.timedelta(days=1):
        raise bad_param(name, f"{day} is in the future")
    return day


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


def _batch_answer(row: dict, lon: float, lat: float, day: dt.date) -> dict:
    """A row of ``control_many`` shaped like ``Answer.to_dict`` (the single answer)."""
    from .force import FORCES

    force = row.get("force")
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
    }


def _json_body(req: Request):
    if not req.body:
        raise ApiError(400, "Empty body", "the request has no body; send JSON",
                       kind="invalid-body")
    try:
        return json.loads(req.body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, "Invalid JSON", f"the body is not valid JSON: {exc}",
                       kind="invalid-body") from None


def _url(req: Request, changes: dict) -> str:
    from urllib.parse import urlencode

    params = {k: v for k, v in req.params.items()}
    params.update(changes)
    query = urlencode(params)
    return f"{req.base_url}{req.path}" + (f"?{query}" if query else "")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _geometry_bounds(geometry: dict | None) -> tuple | None:
    if not geometry:
        return None
    import shapely

    return shapely.geometry.shape(geometry).bounds


def _bbox_overlaps(a, b) -> bool:
    if not a:
        return True
    return not (a[2] < b[0] or a[0] > b[2] or a[3] < b[1] or a[1] > b[3])


_SUMS = ("incidents", "killed", "children", "women", "injured", "deaths_total")


def _add(acc: dict, row: dict) -> None:
    for k in _SUMS:
        v = row.get(k)
        if v is not None:
            acc[k] = (acc.get(k) or 0) + int(v)
        else:
            acc.setdefault(k, None)


def _grouped(rows: Iterable[dict], key: Callable) -> dict:
    out: dict = {}
    for row in rows:
        _add(out.setdefault(key(row), {}), row)
    return out


def _perpetrator_rows(groups: dict) -> list[dict]:
    """One row per perpetrator, SNHR's main parties first, then the other parties."""
    from .incident import PERPETRATORS

    order = {code: i for i, code in enumerate(PERPETRATORS)}
    rows = []
    for code, sums in sorted(groups.items(), key=lambda kv: (order.get(kv[0], 99), str(kv[0]))):
        p = PERPETRATORS.get(code)
        rows.append({"perpetrator": code, "name": p.name if p else "not recorded",
                     "group": p.group if p else None, **sums})
    return rows


def report_tables(table: list[dict], by_category: Mapping[str, list[dict]],
                  adm1_names: Mapping[str, str] | None = None) -> dict:
    """A monthly report's tables from the store's grouped counts.

    Parameters
    ----------
    table
        ``store.stats(group_by=("month", "perpetrator", "adm1"))``.
    by_category
        For ``massacre``, ``torture`` and ``landmine``: ``store.stats(group_by=("perpetrator",))``
        over the incidents of that category.

    >>> t = report_tables([{"month": "2023-07", "perpetrator": "SDF", "adm1_pcode": "SY02",
    ...                     "incidents": 1, "killed": 1, "children": 1, "women": 0, "injured": None}],
    ...                   {"massacre": [], "torture": [], "landmine": []})
    >>> t["totals"]["killed"], t["by_perpetrator"][0]["group"]
    (1, 'main')
    """
    adm1_names = adm1_names or {}
    totals: dict = {}
    for row in table:
        _add(totals, row)
    for k in _SUMS:
        totals.setdefault(k, 0 if k in ("incidents", "killed") else None)
    by_perp = _grouped(table, lambda r: r.get("perpetrator"))
    other = {}
    for code, sums in by_perp.items():
        if code and code.startswith("OTHER"):
            _add(other, sums)
    by_gov = _grouped(table, lambda r: r.get("adm1_pcode"))
    by_month = _grouped(table, lambda r: r.get("month"))

    def category(name: str) -> dict:
        rows = by_category.get(name, [])
        sums: dict = {}
        for row in rows:
            _add(sums, row)
        return {**{k: sums.get(k, 0 if k in ("incidents", "killed") else None) for k in _SUMS},
                "by_perpetrator": _perpetrator_rows({r.get("perpetrator"): {k: r.get(k) for k in _SUMS}
                                                     for r in rows})}

    return {
        "totals": totals,
        "by_perpetrator": _perpetrator_rows(by_perp),
        "other_parties": other or None,
        "by_governorate": [{"adm1_pcode": code, "name": adm1_names.get(code), **sums}
                           for code, sums in sorted(by_gov.items(), key=lambda kv: str(kv[0]))],
        "by_month": [{"month": m, **sums} for m, sums in sorted(by_month.items(),
                                                                   key=lambda kv: str(kv[0]))],
        "table": table,
        "massacres": category("massacre"),
        "torture": category("torture"),
        "landmines": category("landmine"),
    }
