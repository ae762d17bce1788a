"""Every query and path parameter of the service, declared once: its OpenAPI schema and its check.

A :class:`Param` holds the OpenAPI parameter object. A string parameter's
``pattern`` is also the syntax the service accepts: :func:`check_syntax` refuses
(400, naming the parameter) any value that does not match it, before the value
is read. So ``/openapi.json`` says exactly what the service accepts, and
schemathesis can hold it to that (``tests/test_standards.py``).

What a regular expression cannot say (a box's west edge left of its east edge,
an interval that starts before it ends, a date not after today, a governorate
the gazetteer knows) is named by the schema's ``format`` and told in its
description: ``ogc-bbox``, ``ogc-datetime``, ``service-date``, ``governorate``.

>>> PARAMS["category"].schema["pattern"][:20]
'^(?:(?:killing|landm'
>>> matches("datetime", "2017-01-01T/2017-12-31T"), matches("datetime", "2017-01-01/yesterday")
(True, False)
"""

from __future__ import annotations

import dataclasses
import re
from typing import Iterable, Mapping

from geo.force import FORCES
from geo.incident import CATEGORIES, CAUSES, PERPETRATORS
from geo.store.audit import ACTIONS as AUDIT_ACTIONS
from geo.store.base import VICTIM_GROUPS

from .core import BBOX_NUMBER as _NUMBER, Request, bad_param, check_known

__all__ = ["Param", "PARAMS", "PROPERTY_ALIASES", "INSTANT", "DATE_2011", "BBOX_NUMBER",
           "check_params", "check_syntax", "matches", "listed", "limit_param"]


def listed(values: Iterable[str]) -> str:
    """A pattern for a comma-separated list of ``values`` (or nothing: no filter).

    >>> bool(re.fullmatch(listed(["a b", "c"]), "a b,c")), bool(re.fullmatch(listed(["c"]), "d"))
    (True, False)
    """
    one = "(?:" + "|".join(re.escape(v).replace("\\ ", " ") for v in values) + ")"
    return f"^(?:{one}(?:,{one})*)?$"


def _codes(one: str) -> str:
    return f"^(?:{one}(?:,{one})*)?$"


# An RFC 3339 instant as the service reads it: a full-date, optionally followed by a time.
# GDAL sends 2017-01-01T (a date alone) and 2017-01-01T10Z or 10:30Z (hours, minutes).
_TIME = r"(?:[Tt](?:\d{2}(?::\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:[Zz]|[+-]\d{2}:\d{2}))?)?"
INSTANT = r"\d{4}-\d{2}-\d{2}" + _TIME
# A date from 2011-03-01 (the uprising) to 2099-12-31, as YYYY-MM-DD.
DATE_2011 = (r"(?:2011-(?:0[3-9]|1[0-2])|20(?:1[2-9]|[2-9]\d)-(?:0[1-9]|1[0-2]))"
             r"-(?:0[1-9]|[12]\d|3[01])")
BBOX_NUMBER = _NUMBER.pattern
_BBOX = f"^(?:{BBOX_NUMBER}(?:,{BBOX_NUMBER}){{3}})?$"
_DATETIME = f"^(?:{INSTANT}|(?:{INSTANT}|\\.\\.)?/{INSTANT}|{INSTANT}/(?:{INSTANT}|\\.\\.)?)?$"
_SERVICE_DATE = f"^(?:{DATE_2011})?$"
_SNAPSHOT_DAY = f"^(?:{DATE_2011}{_TIME})?$"
_FLAG = "^(?:true|false)?$"


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

    @property
    def query_name(self) -> str:
        return self.name_in_request or self.name

    def openapi(self) -> dict:
        d = {"name": self.query_name, "in": self.where, "required": self.required or self.where == "path",
             "schema": self.schema, "description": self.description}
        if self.style:
            d.update(self.style)
        return d

    @property
    def pattern(self) -> re.Pattern | None:
        raw = self.schema.get("pattern")
        return re.compile(raw) if raw else None


def _p(name, where, schema, description, required=False) -> Param:
    return Param(name, where, schema, description, required)


def _string(pattern: str, **extra) -> dict:
    return {"type": "string", "pattern": pattern, **extra}


_FORCE_CODES = sorted(FORCES)
_PARAMS = (
    _p("lat", "query", {"type": "number", "minimum": -90, "maximum": 90},
       "Latitude, WGS84 (e.g. 36.50).", True),
    _p("lon", "query", {"type": "number", "minimum": -180, "maximum": 180},
       "Longitude, WGS84 (e.g. 37.48).", True),
    _p("date", "query", _string(_SERVICE_DATE, format="service-date"),
       "The date, YYYY-MM-DD, from 2011-03-01 to today (absent or empty: today)."),
    _p("q", "query", {"type": "string", "minLength": 1, "maxLength": 2000, "pattern": r"\S"},
       "The place words, e.g. \"Shawa village in al-Ra'ie area in eastern rural Aleppo\".", True),
    _p("governorate", "query", {"type": "string", "format": "governorate", "maxLength": 100},
       "Only inside this governorate: a name the gazetteer knows (e.g. Aleppo, Deir Ez-Zour) or a "
       "P-code (SY02); empty for anywhere."),
    _p("bbox", "query", _string(_BBOX, format="ogc-bbox"),
       "W,S,E,N in WGS84 longitude/latitude, e.g. 36.0,35.5,38.5,37.0: longitudes -180..180 with "
       "W <= E, latitudes -90..90 with S <= N."),
    _p("datetime", "query", _string(_DATETIME, format="ogc-datetime"),
       "An RFC 3339 date or date-time, or an interval START/END with '..' or nothing for an open "
       "end (2023-07-01/2023-07-31, 2023-07-01/.., ../2019-12-31, 2017-01-01T/2017-12-31T, "
       "2017-01-01T00:00:00Z/2017-12-31T23:59:59Z); START not after END. An incident is "
       "selected when the whole span its date allows lies in the interval."),
    Param("snapshot_datetime", "query", _string(_SNAPSHOT_DAY, format="service-date"),
          "The day of the control map: one RFC 3339 date or date-time from 2011-03-01 (a later "
          "day than today is today). Absent: the last day the control dataset covers.",
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
    _p("dataset", "query", {"type": "string", "maxLength": 500},
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
    _p("filename", "query", {"type": "string", "maxLength": 200},
       "The file's name, kept in the import report."),
    _p("circles", "query", _string(_FLAG),
       "true: each incident's uncertainty circle (a polygon drawn in UTM zone 37N) instead of its "
       "point (not for CSV)."),
    _p("kind", "path", {"type": "string", "enum": [
        "landmines", "incidents", "hazards", "accidents", "fronts"]},
       "Which incidents, or a planning layer (hazard areas, their accidents, historic fronts)."),
    _p("contextLayer", "path", {"type": "string", "enum": ["rivers", "lakes", "roads"]},
       "A context layer (Natural Earth, installed with incmap data install --layer NAME)."),
    _p("distance", "query", {"type": "number", "minimum": 0, "maximum": 50000, "default": 500},
       "Hazard areas: incidents whose uncertainty circles come within this many metres "
       "(EPSG:32637) are one area."),
    _p("causes", "query", {"type": "string", "maxLength": 500},
       "Hazard areas: comma-separated causes (default: landmine,explosive remnant; also IED, "
       "car bomb)."),
    _p("precision", "query", {"type": "string", "enum": ["near", "community"], "default": "near"},
       "Hazard areas: the coarsest location drawn (community: only incidents located to their "
       "village; the others are counted for their district)."),
    _p("polygon", "query", {"type": "string", "maxLength": 100000},
       "A GeoJSON Polygon or MultiPolygon (lon/lat), URL-encoded."),
    _p("hazard", "query", {"type": "string", "maxLength": 100}, "A hazard area id (HA-...)."),
    _p("ext", "path", {"type": "string", "enum": ["geojson", "gpkg", "csv", "kml", "kmz"]},
       "The file format."),
    _p("f", "query", {"type": "string", "enum": ["json"]}, "Response format: json."),
    _p("who", "query", {"type": "string", "maxLength": 200},
       "Only the writes of this token name (e.g. alice, operator, cli:amal)."),
    _p("action", "query", {"type": "string", "enum": list(AUDIT_ACTIONS)},
       "Only writes of this kind."),
    _p("measure", "query", {"type": "string",
                            "enum": ["killed", "incidents", "children", "women", "injured",
                                     "deaths_total"]},
       "What the cells count (default killed: civilians killed)."),
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


def check_syntax(params: Mapping[str, str], names: Iterable[str]) -> None:
    """400 naming the first parameter of ``names`` (keys of :data:`PARAMS`) whose value breaks
    its declared syntax."""
    for key in names:
        if key not in PARAMS:
            continue
        param = PARAMS[key]
        name = param.query_name
        value = params.get(name)
        if value is None:
            continue
        # JSON Schema patterns are searched, not matched whole: ours are anchored where needed.
        if param.pattern is not None and param.pattern.search(value) is None:
            raise bad_param(name, f"{value[:60]!r} is not valid here; {param.description}")
        limit = param.schema.get("maxLength")
        if limit is not None and len(value) > limit:
            raise bad_param(name, f"{len(value)} characters; give at most {limit}")


def limit_param(default: int, maximum: int) -> Param:
    """The ``limit`` parameter, with this service's default and maximum page size."""
    return _p("limit", "query", {"type": "integer", "minimum": 1, "maximum": maximum,
                                 "default": default},
              f"Page size: 1 to {maximum} features (default {default}).")


def check_params(req: Request, names: Iterable[str]) -> None:
    """An operation's parameters: none unknown (OGC API - Features), each in its declared syntax."""
    names = tuple(names)
    check_known(req, [PARAMS[k].query_name if k in PARAMS else k for k in names])
    check_syntax(req.params, names)
