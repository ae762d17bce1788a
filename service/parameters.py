"""Every query and path parameter of the service, declared once: its OpenAPI schema and its check.

A :class:`Param` holds the OpenAPI parameter object. A string parameter's
``pattern`` is also the syntax the service accepts: :func:`check_syntax` refuses
(400, naming the parameter) any value that does not match it, before the value
is read. So ``/openapi.json`` says exactly what the service accepts, and
schemathesis can hold it to that (``tests/test_standards.py``).

What a regular expression cannot say (a box's west edge left of its east edge,
an interval that starts before it ends, a date not after today) is named by the
schema's ``format`` and told in its description: ``ogc-bbox``, ``ogc-datetime``,
``service-date``, ``snapshot-datetime``. A parameter whose value is JSON (``polygon``) is described by its
content's JSON Schema, which :func:`schema_problem` checks.

>>> PARAMS["category"].schema["pattern"][:20]
'^(?:(?:killing|landm'
>>> matches("datetime", "2017-01-01T/2017-12-31T"), matches("datetime", "2017-01-01/yesterday")
(True, False)
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from typing import Iterable, Mapping

from geo.force import FORCES
from geo.governorates import GOVERNORATE_NAMES
from geo.hazard.product import CAUSE_CHOICES as HAZARD_CAUSES
from geo.hazard.product import MAX_DISTANCE_M as HAZARD_MAX_DISTANCE_M
from geo.incident import CATEGORIES, CAUSES, PERPETRATORS
from geo.inputrules import CONTROL_CHARS
from geo.store.audit import ACTIONS as AUDIT_ACTIONS
from geo.store.base import VICTIM_GROUPS

from .core import BBOX_NUMBER as _NUMBER, Request, bad_param, check_known, float_param, int_param

__all__ = ["Param", "PARAMS", "PROPERTY_ALIASES", "INSTANT", "DATE_2011", "BBOX_NUMBER",
           "check_params", "check_syntax", "matches", "listed", "limit_param", "page_limits",
           "int_value", "schema_problem", "GEOJSON_AREA"]


def listed(values: Iterable[str]) -> str:
    """A pattern for a comma-separated list of ``values`` (or nothing: no filter).

    >>> bool(re.fullmatch(listed(["a b", "c"]), "a b,c")), bool(re.fullmatch(listed(["c"]), "d"))
    (True, False)
    """
    one = "(?:" + "|".join(re.escape(v).replace("\\ ", " ") for v in values) + ")"
    return f"^(?:{one}(?:,{one})*)?$"


def _codes(one: str) -> str:
    return f"^(?:{one}(?:,{one})*)?$"


def _caseless(text: str) -> str:
    """A pattern of ``text`` in any case (JSON Schema's regular expressions take no flags).

    >>> print(_caseless("Dar'a (x)"))
    [Dd][Aa][Rr]'[Aa] \\([Xx]\\)
    """
    return "".join(f"[{c.upper()}{c.lower()}]" if c.upper() != c.lower()
                   else ("\\" + c if c in ".^$*+?()[]{}|\\/" else c) for c in text)


# An RFC 3339 instant as the service reads it: a full-date, optionally followed by a time.
# GDAL sends 2017-01-01T (a date alone) and 2017-01-01T10Z or 10:30Z (hours, minutes).
_TIME = r"(?:[Tt](?:\d{2}(?::\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:[Zz]|[+-]\d{2}:\d{2}))?)?"
INSTANT = r"\d{4}-\d{2}-\d{2}" + _TIME
# A date from 2011-03-01 (the uprising) to 2099-12-31, as YYYY-MM-DD.
DATE_2011 = (r"(?:2011-(?:0[3-9]|1[0-2])|20(?:1[2-9]|[2-9]\d)-(?:0[1-9]|1[0-2]))"
             r"-(?:0[1-9]|[12]\d|3[01])")
BBOX_NUMBER = _NUMBER.pattern
_BBOX_VALUE = f"{BBOX_NUMBER}(?:,{BBOX_NUMBER}){{3}}"
_BBOX = f"^(?:{_BBOX_VALUE})?$"
_DATETIME = f"^(?:{INSTANT}|(?:{INSTANT}|\\.\\.)?/{INSTANT}|{INSTANT}/(?:{INSTANT}|\\.\\.)?)?$"
_SERVICE_DATE = f"^(?:{DATE_2011})?$"
# The day of a control map: a date from 2011-03-01, or an interval that ends on one (the map of
# its last day) or is open at its end (the last day the dataset covers).
_DAY = f"{DATE_2011}{_TIME}"
_SNAPSHOT_DAY = (f"^(?:{_DAY}|(?:{INSTANT}|\\.\\.)?/{_DAY}|{INSTANT}/(?:\\.\\.)?)?$")
_FLAG = "^(?:true|false)?$"
# A governorate: its P-code, or a name of geo.governorates.GOVERNORATE_NAMES in any case.
_GOVERNORATE = "^(?:SY(?:0[1-9]|1[0-4])|" + "|".join(
    _caseless(n) for n in sorted({n for names in GOVERNORATE_NAMES.values() for n in names},
                                 key=lambda n: (-len(n), n))) + ")?$"
# Free text: anything but the control characters every input path refuses (geo.inputrules).
_TEXT = f"^[^{CONTROL_CHARS}]*$"
# Words: free text with at least one character that is not a space.
_WORDS = f"^[^{CONTROL_CHARS}]*[^\\s{CONTROL_CHARS}][^{CONTROL_CHARS}]*$"


@dataclasses.dataclass(frozen=True)
class Param:
    """One parameter: its OpenAPI object (name, in, required, schema, description)."""

    name: str
    where: str
    schema: dict
    description: str
    required: bool = False
    style: dict | None = None
    name_in_request: str | None = None  # when two parameters share a name (datetime)
    json: bool = False  # the value is JSON text; ``schema`` describes the parsed value

    @property
    def query_name(self) -> str:
        return self.name_in_request or self.name

    def openapi(self) -> dict:
        d = {"name": self.query_name, "in": self.where, "required": self.required or self.where == "path",
             "description": self.description}
        if self.json:  # OpenAPI 3: a parameter serialised as JSON is described by its content
            d["content"] = {"application/json": {"schema": self.schema}}
        else:
            d["schema"] = self.schema
        if self.style:
            d.update(self.style)
        return d

    @functools.cached_property
    def pattern(self) -> re.Pattern | None:
        # Compiled once per parameter, not looked up in re's cache on every request's check.
        raw = self.schema.get("pattern")
        return re.compile(raw) if raw else None


def _p(name, where, schema, description, required=False) -> Param:
    return Param(name, where, schema, description, required)


def _string(pattern: str, **extra) -> dict:
    return {"type": "string", "pattern": pattern, **extra}


def _text(max_length: int, **extra) -> dict:
    """Free text of at most ``max_length`` characters, with no control character."""
    return _string(_TEXT, maxLength=max_length, **extra)


# A GeoJSON (RFC 7946) position and linear ring. OpenAPI 3.0 cannot say that a ring closes, nor
# give a position's longitude and latitude each its own range (both are held to -180..180): the
# service closes a ring, repairs an invalid polygon (shapely.make_valid) and keeps its part
# inside the box of Syria.
_POSITION = {"type": "array", "items": {"type": "number", "minimum": -180, "maximum": 180},
             "minItems": 2, "maxItems": 3}
_RING = {"type": "array", "items": _POSITION, "minItems": 4, "maxItems": 1000}
_POLYGON = {"type": "array", "items": _RING, "minItems": 1, "maxItems": 20}
GEOJSON_AREA = {"oneOf": [
    {"type": "object", "required": ["type", "coordinates"], "properties": {
        "type": {"type": "string", "enum": ["Polygon"]}, "coordinates": _POLYGON}},
    {"type": "object", "required": ["type", "coordinates"], "properties": {
        "type": {"type": "string", "enum": ["MultiPolygon"]},
        "coordinates": {"type": "array", "items": _POLYGON, "minItems": 1, "maxItems": 20}}},
]}


def _limit(name: str, default: int, maximum: int, what: str = "features") -> Param:
    """A page size parameter: 1 to ``maximum``, ``default`` when absent."""
    return Param(name, "query", {"type": "integer", "minimum": 1, "maximum": maximum,
                                 "default": default},
                 f"Page size: 1 to {maximum} {what} (default {default}).",
                 name_in_request="limit")


_FORCE_CODES = sorted(FORCES)
_PARAMS = (
    _p("lat", "query", {"type": "number", "minimum": -90, "maximum": 90},
       "Latitude, WGS84 (e.g. 36.50).", True),
    _p("lon", "query", {"type": "number", "minimum": -180, "maximum": 180},
       "Longitude, WGS84 (e.g. 37.48).", True),
    _p("date", "query", _string(_SERVICE_DATE, format="service-date"),
       "The date, YYYY-MM-DD, from 2011-03-01 to today (absent or empty: today)."),
    _p("q", "query", _string(_WORDS, minLength=1, maxLength=2000),
       "The place words, e.g. \"Shawa village in al-Ra'ie area in eastern rural Aleppo\".", True),
    Param("place_q", "query", _string(_WORDS, minLength=1, maxLength=200),
          "A place name, English or Arabic, or its beginning (e.g. Menbij, منبج, Raqq).",
          required=True, name_in_request="q"),
    _p("governorate", "query", _string(_GOVERNORATE),
       "Only inside this governorate: its P-code (SY01 to SY14) or a name, in any case, OCHA's or "
       "one reports use (Aleppo, Halab, Deir-ez-Zor, Deir Ez-Zour, حلب, ...); empty for "
       "anywhere."),
    _p("bbox", "query", _string(_BBOX, format="ogc-bbox"),
       "W,S,E,N in WGS84 longitude/latitude, e.g. 36.0,35.5,38.5,37.0: longitudes -180..180 with "
       "W <= E, latitudes -90..90 with S <= N."),
    Param("view_bbox", "query", _string(f"^{_BBOX_VALUE}$", format="ogc-bbox"),
          "The view: W,S,E,N in WGS84 longitude/latitude, e.g. 36.0,35.5,38.5,37.0 (W <= E, "
          "S <= N).", required=True, name_in_request="bbox"),
    _p("datetime", "query", _string(_DATETIME, format="ogc-datetime"),
       "An RFC 3339 date or date-time, or an interval START/END with '..' or nothing for an open "
       "end (2023-07-01/2023-07-31, 2023-07-01/.., ../2019-12-31, 2017-01-01T/2017-12-31T, "
       "2017-01-01T00:00:00Z/2017-12-31T23:59:59Z); START not after END. An incident is "
       "selected when the whole span its date allows lies in the interval."),
    Param("snapshot_datetime", "query", _string(_SNAPSHOT_DAY, format="snapshot-datetime"),
          "The day of the control map: an RFC 3339 date or date-time from 2011-03-01 (a later "
          "day than today is today), or an interval START/END (START not after END), whose map "
          "is that of its last day: END, or with an open end ('START/..', 'START/') the last "
          "day the control dataset covers. Absent: the last day the control dataset covers. "
          "The response's 'date' is the day drawn.",
          name_in_request="datetime"),
    _p("category", "query", _string(listed(CATEGORIES)),
       "Comma-separated categories: " + ", ".join(CATEGORIES) + "."),
    Param("landmine_category", "query", _string(listed(["landmine"])),
          "The landmines collection holds only category landmine.", name_in_request="category"),
    _p("perpetrator", "query", _string(listed(PERPETRATORS)),
       "Comma-separated perpetrator codes (" + ", ".join(PERPETRATORS) + ")."),
    _p("control", "query", _string(listed(_FORCE_CODES)),
       "Comma-separated codes of the force that controlled the place at the time (e.g. GOV,SDF)."),
    _p("cause", "query", _string(listed(CAUSES)),
       "Comma-separated causes: " + ", ".join(CAUSES) + "."),
    _p("stated_control", "query", _string(listed(_FORCE_CODES)),
       "Comma-separated codes of the force the source says controlled the place."),
    _p("agrees", "query", _string(_FLAG),
       "Only incidents whose stated and computed control agree (true) or disagree (false)."),
    _p("adm1", "query", _string(_codes(r"SY\d{2}")),
       "Comma-separated governorate P-codes (e.g. SY02)."),
    _p("adm2", "query", _string(_codes(r"SY\d{4}")),
       "Comma-separated district P-codes (e.g. SY0202)."),
    _p("adm3", "query", _string(_codes(r"SY\d{6}")),
       "Comma-separated sub-district P-codes (e.g. SY020200)."),
    _p("dataset", "query", _text(500),
       "Comma-separated source datasets (e.g. ucdp, snhr)."),
    _p("max_precision", "query", _string("^[1-6]?$"),
       "Only incidents located at least this precisely: 1 the place, 2 near it, 3 the district, "
       "4 the governorate, 5 a named area, 6 the country (e.g. 3 for what a map can draw)."),
    _p("min_precision", "query", _string("^[1-6]?$"),
       "Only incidents located at most this precisely (e.g. 6: the country-level ones)."),
    _p("victims", "query", _string(listed(VICTIM_GROUPS)),
       "Only incidents that killed at least one of these groups (comma-separated, any of): "
       "children, women."),
    _p("order", "query", {"type": "string", "enum": ["-date", "date", "-killed"], "default": "-date"},
       "Sort: newest first (-date), oldest first (date), most killed first (-killed)."),
    _p("by", "query", {"type": "string", "enum": ["perpetrator", "control"],
                       "default": "perpetrator"},
       "Split each month by party (perpetrator) or by controlling force (control)."),
    _p("all_records", "query", _string(_FLAG),
       "true: list every source record of an event that several sources report (SNHR, ACLED, "
       "UCDP). By default such an event is counted and listed once, as its best record; its "
       "properties event_id and linked_ids name the others."),
    _p("front", "query", _string(_FLAG),
       "true: the answer also gives front_km, the distance in km to the nearest area held by "
       "another force that day (null when there is none). Off by default: it costs more than "
       "the rest of the answer."),
    _p("offset", "query", {"type": "integer", "minimum": 0, "maximum": 10**9, "default": 0},
       "Number of features to skip (the 'next' link sets it)."),
    _p("featureId", "path", {"type": "string"},
       "The feature id (an incident id, or a force code for control-areas)."),
    _p("incidentId", "path", {"type": "string"}, "The incident id."),
    _p("start", "query", _string(_SERVICE_DATE, format="service-date"),
       "First day of the window, YYYY-MM-DD (2011-03-01 or later; empty: no bound)."),
    _p("end", "query", _string(_SERVICE_DATE, format="service-date"),
       "Last day of the window, YYYY-MM-DD (not before start; empty: no bound)."),
    _p("zoom", "query", {"type": "integer", "minimum": 0, "maximum": 22},
       "The map's zoom level: clusters below 10, incidents from 10 (default 8)."),
    _p("format", "query", {"type": "string", "enum": ["csv", "geojson", "ucdp", "acled", "snhr"]},
       "The file's format.", True),
    _p("filename", "query", _text(200),
       "The file's name, kept in the import report."),
    _p("circles", "query", _string(_FLAG),
       "true: each incident's uncertainty circle (a polygon drawn in UTM zone 37N) instead of its "
       "point (not for CSV)."),
    _p("contextLayer", "path", {"type": "string", "enum": ["rivers", "lakes", "roads"]},
       "A context layer (Natural Earth, installed with incmap data install --layer NAME)."),
    _p("distance", "query", {"type": "number", "minimum": 0, "maximum": HAZARD_MAX_DISTANCE_M,
                             "default": 500},
       "Hazard areas: incidents whose uncertainty circles come within this many metres "
       "(EPSG:32637) are one area."),
    _p("causes", "query", _string(listed(HAZARD_CAUSES)),
       "Hazard areas: comma-separated causes (default: landmine,explosive remnant; also IED, "
       "car bomb)."),
    _p("precision", "query", {"type": "string", "enum": ["near", "community"], "default": "near"},
       "Hazard areas: the coarsest location drawn (community: only incidents located to their "
       "village; the others are counted for their district)."),
    Param("polygon", "query", GEOJSON_AREA,
          "A GeoJSON Polygon or MultiPolygon (lon/lat, RFC 7946), URL-encoded: rings are "
          "closed if they are not, an invalid polygon is repaired, and only its part inside the "
          "box of Syria (35.5,32.2,42.5,37.4) counts.", json=True),
    _p("hazard", "query", _text(100), "A hazard area id (HA-...)."),
    _p("ext", "path", {"type": "string", "enum": ["geojson", "gpkg", "csv", "kml", "kmz"]},
       "The file format."),
    _p("f", "query", {"type": "string", "enum": ["json"]}, "Response format: json."),
    _p("who", "query", _text(200),
       "Only the writes of this token name (e.g. alice, operator, cli:amal)."),
    _p("action", "query", {"type": "string", "enum": list(AUDIT_ACTIONS)},
       "Only writes of this kind."),
    _p("measure", "query", {"type": "string",
                            "enum": ["killed", "incidents", "children", "women", "injured",
                                     "deaths_total"]},
       "What the cells count (default killed: civilians killed)."),
    _limit("list_limit", 50, 200, "incidents"),
    _limit("search_limit", 8, 20, "places"),
    _limit("audit_limit", 100, 1000, "entries"),
    Param("statsFormat", "path", {"type": "string", "enum": ["json", "csv", "html"]},
          "The table's format.", name_in_request="ext"),
)
PARAMS: dict[str, Param] = {p.name: p for p in _PARAMS}  # by key of components/parameters

# The property names of incidents that OGC clients filter by (GDAL sends name=value for every
# query parameter named like a property): the same filters as adm1, adm2, adm3 and control.
PROPERTY_ALIASES = {"adm1_pcode": "adm1", "adm2_pcode": "adm2", "adm3_pcode": "adm3",
                    "computed_control": "control"}
for _alias, _name in PROPERTY_ALIASES.items():
    PARAMS[_alias] = dataclasses.replace(PARAMS[_name], name=_alias,
                                         description=PARAMS[_name].description
                                         + f" (the property {_alias}; the same as {_name})")


def matches(name: str, value: str) -> bool:
    """Whether ``value`` has the syntax the parameter ``name`` declares."""
    pattern = PARAMS[name].pattern  # name: the key in PARAMS
    return pattern is None or pattern.search(value) is not None


def check_syntax(params: Mapping[str, str], names: Iterable[str],
                 declared: Mapping[str, Param] | None = None) -> None:
    """400 naming the first parameter of ``names`` (keys of :data:`PARAMS`, or of ``declared``)
    whose value breaks its declared schema: the pattern, the length, the enum, an integer's or a
    number's range. Path parameters are the router's; unknown names are skipped."""
    for key in names:
        param = (declared or {}).get(key) or PARAMS.get(key)
        if param is None or param.where != "query":
            continue
        name = param.query_name
        value = params.get(name)
        if value is None:
            continue
        schema = param.schema
        if param.json:
            _check_json(name, value, schema)
            continue
        if schema.get("type") in ("integer", "number"):
            _check_number(name, value, schema)
            continue
        # JSON Schema patterns are searched, not matched whole: ours are anchored where needed.
        pattern = param.pattern
        if pattern is not None and pattern.search(value) is None:
            raise bad_param(name, f"{value[:60]!r} is not valid here; {param.description}")
        if "enum" in schema and value not in schema["enum"]:
            raise bad_param(name, f"{value[:40]!r} is not one of {', '.join(schema['enum'])}")
        limit = schema.get("maxLength")
        if limit is not None and len(value) > limit:
            raise bad_param(name, f"{len(value)} characters; give at most {limit}")
        if len(value) < schema.get("minLength", 0):
            raise bad_param(name, f"empty; {param.description}")


def _check_json(name: str, value: str, schema: dict) -> None:
    from geo.errors import InputError
    from geo.inputrules import load_json

    try:
        doc = load_json(value)
    except InputError as exc:
        raise bad_param(name, f"not JSON: {exc.message}") from None
    problem = schema_problem(doc, schema)
    if problem:
        raise bad_param(name, problem)


_JSON_TYPES = {"object": dict, "array": list, "string": str, "integer": int,
               "number": (int, float), "boolean": bool}


def schema_problem(doc, schema: dict, where: str = "") -> str | None:
    """What in ``doc`` (parsed JSON) breaks ``schema``, or ``None``: the JSON Schema keywords
    this module's schemas use (type, enum, minimum, maximum, required, properties, items,
    minItems, maxItems, oneOf).

    >>> schema_problem({"type": "Point", "coordinates": [36.2, 35.1]}, GEOJSON_AREA)
    'matches none of: "type" must be one of Polygon; "type" must be one of MultiPolygon'
    """
    at = f"{where or 'the value'}"
    if "oneOf" in schema:
        problems = [schema_problem(doc, one, where) for one in schema["oneOf"]]
        if sum(p is None for p in problems) != 1:
            return "matches none of: " + "; ".join(p for p in problems if p) if all(problems) \
                else f"{at} matches more than one form"
        return None
    kind = schema.get("type")
    if kind and (not isinstance(doc, _JSON_TYPES[kind]) or isinstance(doc, bool) != (kind == "boolean")):
        return f"{at} must be a JSON {kind}"
    if "enum" in schema and doc not in schema["enum"]:
        return f"{at} must be one of {', '.join(map(str, schema['enum']))}"
    if isinstance(doc, (int, float)) and not isinstance(doc, bool) and not (
            schema.get("minimum", -math.inf) <= doc <= schema.get("maximum", math.inf)):
        return f"{at} must be from {schema.get('minimum')} to {schema.get('maximum')}"
    if isinstance(doc, dict):
        for key in schema.get("required", ()):
            if key not in doc:
                return f"{at} has no {key!r}"
        for key, sub in schema.get("properties", {}).items():
            if key in doc:
                problem = schema_problem(doc[key], sub, f'"{key}"' if not where else f"{where}.{key}")
                if problem:
                    return problem
    if isinstance(doc, list):
        if len(doc) < schema.get("minItems", 0):
            return f"{at} needs at least {schema['minItems']} items"
        if len(doc) > schema.get("maxItems", math.inf):
            return f"{at} holds at most {schema['maxItems']} items"
        for i, item in enumerate(doc):
            problem = schema_problem(item, schema.get("items", {}), f"{where}[{i}]")
            if problem:
                return problem
    return None


def _check_number(name: str, value: str, schema: dict) -> None:
    lo, hi = schema.get("minimum", -math.inf), schema.get("maximum", math.inf)
    if schema["type"] == "integer":
        int_param({name: value}, name, lo, hi, 0)
    else:
        float_param({name: value}, name, lo, hi)


def int_value(params: Mapping[str, str], param: Param | str) -> int:
    """An integer parameter's value (``param``: a :class:`Param` or a key of :data:`PARAMS`),
    within its declared minimum and maximum; its declared default when absent."""
    p = PARAMS[param] if isinstance(param, str) else param
    s = p.schema
    return int_param(params, p.query_name, s["minimum"], s["maximum"], s["default"])


def limit_param(default: int, maximum: int) -> Param:
    """The ``limit`` parameter, with this service's default and maximum page size."""
    return _limit("limit", default, maximum)


def page_limits(settings) -> dict[str, Param]:
    """The page sizes the operator sets (:class:`~service.settings.Settings`): ``limit`` of the
    incidents and the OGC items, ``export_limit`` of one export."""
    return {"limit": limit_param(settings.default_limit, settings.max_limit),
            "export_limit": _limit("export_limit", settings.max_export, settings.max_export,
                                   "incidents in one export; more matching is a 413 unless "
                                   "paged")}


def check_params(req: Request, names: Iterable[str]) -> None:
    """An operation's parameters: none unknown (OGC API - Features), each in its declared syntax
    (but those :meth:`~service.app.API.dispatch` has checked, ``req.checked``)."""
    names = tuple(names)
    check_known(req, [PARAMS[k].query_name if k in PARAMS else k for k in names])
    check_syntax(req.params, names if req.checked is None else
                 [k for k in names if k not in req.checked])
