"""The service core: requests, results, problem details and parameter parsing.

Every operation of the service (the families in :mod:`service.control`,
:mod:`service.incidents`, :mod:`service.features`, :mod:`service.stats`,
:mod:`service.exports` and :mod:`service.mapdata`) takes a :class:`Request`
(the parsed query parameters, the body, the caller's ``Authorization`` header
and the base URL) and returns a :class:`Result` ``(status, headers, body)``
with the body already encoded. No web framework is involved: ``server.py`` is
only the Flask adapter around :class:`service.API` (the pygeoapi layout).

Errors are RFC 9457 problem details (``application/problem+json`` with
``type``, ``title``, ``status``, ``detail``, ``instance``); a bad parameter is
a 4xx that names the parameter and says what to send instead, never a 500.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import json
import logging
import math
import re
import time
from typing import Any, Callable, Iterable, Mapping, NamedTuple
from urllib.parse import quote_plus

import orjson

from geo.errors import InputError, UserError
from geo.incident import CATEGORIES as INCIDENT_CATEGORIES
from geo.inputrules import check_text, load_json

__all__ = ["Request", "Result", "Stream", "ApiError", "problem", "ok", "encode", "dumps", "Members",
           "operation", "bad_param",
           "check_known", "float_param", "int_param", "bool_param", "listed_param", "parse_date",
           "date_param", "check_date_range", "parse_datetime_interval", "parse_bbox", "json_body",
           "check_param_text",
           "page_url", "now_utc", "iso", "BBOX_NUMBER", "CATEGORIES", "JSON", "GEOJSON", "PROBLEM", "OPENAPI"]

log = logging.getLogger("incmap.api")

JSON = "application/json"
GEOJSON = "application/geo+json"
PROBLEM = "application/problem+json"
OPENAPI = "application/vnd.oai.openapi+json;version=3.0"

# Problem types are tag URIs (RFC 4151): stable names, described in docs/api.md ("Errors").
PROBLEM_BASE = "tag:syria-incident-map,2025:problem/"

CATEGORIES = tuple(INCIDENT_CATEGORIES)
EARLIEST = dt.date(2011, 3, 1)  # the uprising: no incident or control answer before it


# --------------------------------------------------------------------------- requests, results

class Stream:
    """A response body made a piece at a time (an export of a million incidents).

    Iterating it gives the pieces, as bytes: ``server.py`` hands it to the WSGI server, which
    sends each as it comes. :meth:`read` joins them (tests, callers in Python). ``on_close``
    runs once, when the pieces are all given or the stream is closed before (the server
    closes it when the client goes away): it frees what the body held (an export's slot).

    >>> s = Stream(iter([b"a", b"b"]), on_close=lambda: print("closed"))
    >>> s.read()
    closed
    b'ab'
    """

    def __init__(self, pieces: Iterable[bytes], *, on_close: Callable[[], None] | None = None):
        self._pieces = pieces
        self._on_close = on_close
        self._closed = False

    def __iter__(self):
        try:
            for piece in self._pieces:
                if piece:
                    yield piece
        except Exception:
            # The status line went out: the client sees a cut-off body (no final chunk).
            log.exception("a streamed response failed while it was being sent")
            raise
        finally:
            self.close()

    def read(self) -> bytes:
        """Every piece, joined."""
        return b"".join(self)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            close = getattr(self._pieces, "close", None)
            if close is not None:
                close()  # a generator's finally blocks: temporary files removed
        finally:
            if self._on_close is not None:
                self._on_close()

    def __del__(self):
        self.close()


class Result(NamedTuple):
    """What an operation returns: HTTP status, headers, and the encoded body (bytes, text,
    or a :class:`Stream` of bytes)."""

    status: int
    headers: dict
    body: bytes | str | Stream

    def read(self) -> bytes:
        """The body as bytes (a stream read to its end)."""
        if isinstance(self.body, Stream):
            return self.body.read()
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body

    def json(self) -> Any:
        """The body decoded as JSON (for tests and callers in Python)."""
        return json.loads(self.read())


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
    checked
        Set by :meth:`service.app.API.dispatch` only: it has checked every parameter's text
        and the syntax of these (keys of :data:`service.parameters.PARAMS`), so the operation
        does not check them again. ``None`` (a direct caller): the operation checks all.
    """

    path: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)
    base_url: str = ""
    authorization: str | None = None
    body: bytes = b""
    content_type: str = ""
    accept: str = ""
    checked: frozenset[str] | None = None


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


class Members:
    """The members of a JSON array, already written and joined by commas (``b'{..},{..}'``):
    a value of a document's top level that :func:`encode` writes as that array, copying the
    members once (a page of 10,000 features is 14 MB: bracketed, then copied into orjson's
    output as an ``orjson.Fragment``, it was copied twice).

    >>> encode({"a": Members(b'1,2'), "b": Members(b''), "c": 3})
    b'{"a":[1,2],"b":[],"c":3}'
    """

    __slots__ = ("text",)

    def __init__(self, text: bytes | memoryview):  # a view: copied once, into the answer
        self.text = text


# What encode writes where a Members value goes: a NUL byte, which orjson never writes (it
# escapes every control character, keys included), so the text is cut exactly there.
_MEMBERS_MARK = orjson.Fragment(b"\x00")


def encode(obj) -> bytes:
    """JSON as UTF-8 bytes, the body of an answer: names as they are (no ``\\u`` escapes),
    NaN and infinity as ``null``, dates as ISO text. orjson writes it (ten times faster than
    the standard library: a page of 10,000 incidents is 15 MB of JSON). A :class:`Members`
    value of a dict's top level is written as the array of its members.

    >>> encode({"date": dt.date(2017, 1, 2), "killed": float("nan"), "name": "حلب"}).decode()
    '{"date":"2017-01-02","killed":null,"name":"حلب"}'
    """
    members = None
    if type(obj) is dict:
        members = [v.text for v in obj.values() if type(v) is Members]
        if members:
            obj = {k: _MEMBERS_MARK if type(v) is Members else v for k, v in obj.items()}
    try:
        text = orjson.dumps(obj, default=_json_default,
                            option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY)
    except orjson.JSONEncodeError:
        # What orjson refuses but JSON allows (an integer beyond 64 bits, deep nesting).
        if members:
            it = iter(members)
            obj = {k: json.loads(b"[" + next(it) + b"]") if v is _MEMBERS_MARK else v
                   for k, v in obj.items()}
        return json.dumps(_clean_floats(obj), ensure_ascii=False, default=_json_default,
                          allow_nan=False).encode("utf-8")
    if not members:
        return text
    parts = text.split(b"\x00")
    pieces = [parts[0]]
    for text_of, after in zip(members, parts[1:]):
        pieces += (b"[", text_of, b"]", after)
    return b"".join(pieces)


def dumps(obj) -> str:
    """JSON text (:func:`encode`'s, as text)."""
    return encode(obj).decode("utf-8")


def ok(body, *, status: int = 200, content_type: str = JSON, headers: dict | None = None) -> Result:
    text = body if isinstance(body, (str, bytes)) else encode(body)
    return Result(status, {"Content-Type": content_type, **(headers or {})}, text)


# --------------------------------------------------------------------------- parameters

def check_known(req: Request, allowed: Iterable[str]) -> None:
    """OGC API - Features asks for a 400 on parameters the operation does not define."""
    allowed = set(allowed) | {"f"}
    unknown = sorted(k for k in req.params if k not in allowed)
    if unknown:
        raise ApiError(400, "Unknown parameter",
                       f"unknown query parameter(s): {', '.join(unknown)}; this operation takes "
                       f"{', '.join(sorted(allowed))}", kind="unknown-parameter", param=unknown[0])
    fmt = req.params.get("f")
    if fmt is not None and fmt != "json":
        raise bad_param("f", f"unsupported format {fmt[:20]!r}; use f=json")


def float_param(params: Mapping[str, str], name: str, lo: float, hi: float, *, required=True,
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


def int_param(params: Mapping[str, str], name: str, lo: int, hi: int, default: int) -> int:
    raw = params.get(name)
    if raw is None:
        return default
    if not re.fullmatch(r"\d{1,12}", raw):
        raise bad_param(name, f"{raw[:40]!r} is not a whole number; give {lo} to {hi}")
    value = int(raw)
    if not lo <= value <= hi:
        raise bad_param(name, f"{value} is out of range; give {lo} to {hi}")
    return value


_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# An RFC 3339 date-time, and the partial forms GDAL's OGC API client sends: "2017-01-01T"
# (a date alone), "2017-01-01T10Z" and "2017-01-01T10:30Z".
_INSTANT_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](?:(\d{2})(?::(\d{2})(?::(\d{2})"
                         r"(\.\d{1,9})?)?)?([Zz]|[+-]\d{2}:\d{2}))?$")


def parse_date(raw: str, name: str = "date", *, instant: bool = False) -> dt.date:
    """An RFC 3339 full-date (or, with ``instant``, a date-time) as the calendar date it names.

    >>> parse_date("2023-07-09"), parse_date("2023-07-09T23:10:00Z", instant=True)
    (datetime.date(2023, 7, 9), datetime.date(2023, 7, 9))
    >>> parse_date("2017-01-01T", instant=True), parse_date("2017-01-01T10Z", instant=True)
    (datetime.date(2017, 1, 1), datetime.date(2017, 1, 1))
    """
    text = raw.strip()
    m = _DATE_RE.match(text) or (_INSTANT_RE.match(text) if instant else None)
    if not m:
        example = "YYYY-MM-DD or an RFC 3339 date-time" if instant else "YYYY-MM-DD"
        raise bad_param(name, f"{raw[:40]!r} is not an RFC 3339 date; write {example}, "
                              "e.g. 2023-07-09")
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if len(m.groups()) > 3 and m.group(4) is not None:
            hour, minute = int(m.group(4)), int(m.group(5) or 0)
            second, zone = int(m.group(6) or 0), m.group(8)
            if hour > 23 or minute > 59 or second > 60:  # 60: a leap second
                raise ValueError(f"no time {hour:02d}:{minute:02d}:{second:02d}")
            if zone not in ("Z", "z") and (int(zone[1:3]) > 23 or int(zone[4:6]) > 59):
                raise ValueError(f"no offset {zone}")
    except ValueError as exc:
        raise bad_param(name, f"{raw[:40]!r} is not a valid date ({exc})") from None
    return day


def parse_datetime_interval(raw: str, name: str = "datetime") -> tuple[dt.date | None, dt.date | None]:
    """An OGC ``datetime``: one instant, or ``start/end`` with ``..`` (or nothing) for an open end.

    Each end may be a date or an RFC 3339 date-time (``2017-01-01T00:00:00Z``,
    or GDAL's ``2017-01-01T``); the interval covers the calendar days they name.

    >>> parse_datetime_interval("2023-07-01/..")
    (datetime.date(2023, 7, 1), None)
    >>> parse_datetime_interval("2017-01-01T/2017-12-31T")
    (datetime.date(2017, 1, 1), datetime.date(2017, 12, 31))
    """
    text = raw.strip()
    if "/" not in text:
        day = parse_date(text, name, instant=True)
        return day, day
    parts = text.split("/")
    if len(parts) != 2:
        raise bad_param(name, f"{raw[:40]!r}: an interval is START/END, e.g. "
                              "2023-07-01/2023-07-31 or 2023-07-01/..")
    start_raw, end_raw = parts
    start = None if start_raw in ("", "..") else parse_date(start_raw, name, instant=True)
    end = None if end_raw in ("", "..") else parse_date(end_raw, name, instant=True)
    if start is None and end is None:
        raise bad_param(name, "an interval needs at least one end, e.g. 2023-07-01/.. (leave "
                              "datetime out for all dates)")
    if start and end and start > end:
        raise bad_param(name, f"the interval starts ({start}) after it ends ({end})")
    return start, end


# A decimal as bbox declares it; GDAL writes boxes with %.18g (37.3999999999999986, 1e-05).
BBOX_NUMBER = re.compile(r"-?\d{1,3}(?:\.\d{1,20})?(?:[eE][-+]?\d{1,3})?")


def parse_bbox(raw: str, name: str = "bbox") -> tuple[float, float, float, float]:
    """``W,S,E,N`` in WGS84 longitude/latitude.

    >>> parse_bbox("35.5,32.2,42.5,37.4")
    (35.5, 32.2, 42.5, 37.4)
    """
    parts = raw.split(",")
    if len(parts) != 4 or not all(BBOX_NUMBER.fullmatch(p) for p in parts):
        raise bad_param(name, f"{raw[:60]!r}: give four decimal numbers W,S,E,N "
                              "(longitude/latitude), e.g. 36.0,35.5,38.5,37.0")
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


def listed_param(params: Mapping[str, str], name: str, *, allowed: Iterable[str]) -> list[str] | None:
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


def bool_param(params: Mapping[str, str], name: str, default: bool = False) -> bool:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    low = raw.strip().lower()
    if low in ("1", "true", "yes", "on"):
        return True
    if low in ("0", "false", "no", "off"):
        return False
    raise bad_param(name, f"{raw[:20]!r} is not true or false")



def check_date_range(day: dt.date, name: str) -> dt.date:
    if day < EARLIEST:
        raise bad_param(name, f"{day} is before {EARLIEST}: the service covers the conflict "
                              "since March 2011")
    if day > dt.date.today() + dt.timedelta(days=1):
        raise bad_param(name, f"{day} is in the future")
    return day



def date_param(params: Mapping[str, str], name: str, *, default_today=True) -> dt.date:
    """A date parameter in the service's range; today when absent (or a 400 if required)."""
    raw = params.get(name)
    if raw is None or raw.strip() == "":
        if default_today:
            return dt.date.today()
        raise bad_param(name, "missing; give a date YYYY-MM-DD")
    return check_date_range(parse_date(raw, name), name)


def json_body(req: Request):
    """The request's JSON body (:func:`geo.inputrules.load_json`: bad or too deeply nested is a 400)."""
    if not req.body:
        raise ApiError(400, "Empty body", "the request has no body; send JSON",
                       kind="invalid-body")
    try:
        return load_json(req.body)
    except InputError as exc:
        raise ApiError(400, "Invalid JSON", f"the body is not valid JSON: {exc.message}",
                       kind="invalid-body") from None


def check_param_text(req: Request) -> None:
    """Every query parameter name and value obeys the one rule for control characters."""
    for name, value in req.params.items():
        try:
            check_text(name, "parameter name")
            check_text(value, name)
        except InputError as exc:
            raise bad_param(str(name)[:40], exc.message) from None


# A query's names and values as urlencode writes them, kept: a page's links write the same
# ones again on every request (datetime, limit, ...), ~10 µs a link.
_quoted = functools.lru_cache(maxsize=4096)(quote_plus)


def _query_text(value) -> str:
    return _quoted(value if isinstance(value, (str, bytes)) else str(value))


def page_url(req: Request, changes: dict) -> str:
    """The request's URL with ``changes`` to its query (``urlencode``'s text, of strings).

    >>> page_url(Request("/api/incidents", {"datetime": "2017-01-01/..", "limit": "5"},
    ...                  base_url="http://h"), {"offset": "5"})
    'http://h/api/incidents?datetime=2017-01-01%2F..&limit=5&offset=5'
    """
    params = {**req.params, **changes}
    query = "&".join([f"{_query_text(k)}={_query_text(v)}" for k, v in params.items()])
    return f"{req.base_url}{req.path}" + (f"?{query}" if query else "")


_STAMP = [(None, "")]  # (the second, its text): the answers of one second share it


def now_utc() -> str:
    """The time now to the second, as answers stamp it (``2026-01-02T03:04:05Z``)."""
    second = int(time.time())
    kept = _STAMP[0]
    if kept[0] != second:
        text = dt.datetime.fromtimestamp(second, dt.timezone.utc).isoformat().replace(
            "+00:00", "Z")
        kept = _STAMP[0] = (second, text)
    return kept[1]


def iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)




# --------------------------------------------------------------------------- the operations

def api_problem(exc: ApiError, req: Request) -> Result:
    """The problem-details answer to ``req`` for ``exc``."""
    extra = dict(exc.extra)
    if exc.param:
        extra.setdefault("invalid_params", [{"name": exc.param, "reason": exc.detail}])
        extra.setdefault("field", exc.param)  # as invalid-input problems name it
    return problem(exc.status, exc.title, exc.detail, instance=req.path, kind=exc.kind,
                   headers=exc.headers, **extra)


def operation(func: Callable) -> Callable:
    """Turn every error of an operation into a problem-details result."""

    @functools.wraps(func)
    def wrapper(self, req: Request, *args, **kwargs) -> Result:
        try:
            if req.checked is None:  # not through API.dispatch, which checked the text
                check_param_text(req)
            return func(self, req, *args, **kwargs)
        except ApiError as exc:
            return api_problem(exc, req)
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
