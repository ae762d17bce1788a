"""What the features of each collection hold and what they can be filtered by, as JSON Schema.

* :func:`queryables`: OGC API - Features Part 3, ``/collections/{id}/queryables``:
  the properties a client may filter ``items`` by, one query parameter each
  (``category=landmine``, ``adm1_pcode=SY02``, ``datetime=``).
* :func:`feature_schema`: ``/collections/{id}/schema`` (the collection's
  ``describedby`` link): a GeoJSON Feature whose ``properties`` are typed, so
  that GDAL and QGIS read ``children`` or ``killed`` as integers even on a page
  where every value is null.

>>> queryables("landmines", "http://x/q")["properties"]["category"]["enum"]
['landmine']
>>> feature_schema("incidents", "http://x/s")["properties"]["properties"]["properties"]["children"]["type"]
'integer'
"""

from __future__ import annotations

from geo.force import FORCES
from geo.incident import CATEGORIES, CAUSES, FIELDS, PERPETRATORS

__all__ = ["queryables", "feature_schema", "incident_properties", "CONTROL_PROPERTIES"]

JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema"

_INTEGER_FIELDS = {"killed", "children", "women", "injured", "deaths_total", "deaths_low",
                   "deaths_high", "location_precision", "radius_m"}
_DATE_FIELDS = {"date", "date_end", "date_documented", "source_date"}
_FIELD_NOTES = {
    "killed": "Civilians killed (UCDP deaths_civilians; ACLED fatalities of events that "
              "targeted civilians; SNHR's civilian victims).",
    "deaths_total": "All deaths the source counts, combatants included (UCDP best, ACLED "
                    "fatalities); null when the source counts only civilians.",
    "deaths_low": "UCDP's low estimate of all deaths.",
    "deaths_high": "UCDP's high estimate of all deaths.",
    "date_end": "The last day of the span the source gives, when the date precision does not "
                "imply it (e.g. a UCDP event of 2016-01-11..2016-01-25); null otherwise.",
    "location_precision": "UCDP where_prec: 1 the place, 2 near it, 3 the district, 4 the "
                          "governorate, 5 a named area, 6 the country. At 4-6 the point is a "
                          "stand-in (a centroid) and no finer P-code is given.",
    "radius_m": "Uncertainty radius in metres.",
}


def incident_properties() -> dict:
    """The properties of an incident Feature (``Incident.to_dict``), every one nullable."""
    props = {}
    for name in (*FIELDS, "control_agrees"):
        if name in _INTEGER_FIELDS:
            schema = {"type": "integer", "minimum": 0}
        elif name in ("lon", "lat"):
            schema = {"type": "number"}
        elif name == "control_agrees":
            schema = {"type": "boolean"}
        elif name in ("victim_names", "injured_names", "computed_forces", "linked_ids"):
            schema = {"type": "array", "items": {"type": "string"}}
        elif name in _DATE_FIELDS:
            schema = {"type": "string", "format": "date"}
        else:
            schema = {"type": "string"}
        schema["nullable"] = True
        if name in _FIELD_NOTES:
            schema["description"] = _FIELD_NOTES[name]
        props[name] = schema
    return {"type": "object", "properties": props}




CONTROL_PROPERTIES = {
    "force": {"type": "string", "enum": sorted(FORCES), "description": "The controlling force."},
    "forces": {"type": "array", "items": {"type": "string"},
               "description": "Every force present (more than one when contested or shared)."},
    "name": {"type": "string"}, "colour": {"type": "string"},
    "contested": {"type": "boolean"},
    "confidence": {"type": "string", "enum": ["high", "medium", "low"]},
    "source": {"type": "string"},
    "valid_from": {"type": "string", "format": "date"},
    "valid_to": {"type": "string", "format": "date", "nullable": True},
    "date": {"type": "string", "format": "date", "description": "The day of the snapshot."},
}
_GEOMETRY = {"incidents": "https://geojson.org/schema/Point.json",
             "landmines": "https://geojson.org/schema/Point.json",
             "control-areas": "https://geojson.org/schema/MultiPolygon.json"}


def queryables(cid: str, url: str) -> dict:
    """The queryables of a collection (Part 3): each a query parameter of its ``items``."""
    if cid == "control-areas":
        props = {"datetime": {"type": "string", "format": "date",
                              "description": "The day of the control map (an interval: its "
                                             "last day)."}}
    else:
        codes = lambda values: {"type": "string", "enum": list(values)}
        props = {
            "datetime": {"type": "string", "format": "date", "x-ogc-role": "primary-instant",
                         "description": "The incident's date: an interval selects the incidents "
                                        "whose whole date span lies in it."},
            "category": codes(["landmine"] if cid == "landmines" else CATEGORIES),
            "perpetrator": codes(PERPETRATORS), "cause": codes(CAUSES),
            "computed_control": codes(sorted(FORCES)), "stated_control": codes(sorted(FORCES)),
            "adm1_pcode": {"type": "string", "pattern": "^SY[0-9]{2}$"},
            "adm2_pcode": {"type": "string", "pattern": "^SY[0-9]{4}$"},
            "adm3_pcode": {"type": "string", "pattern": "^SY[0-9]{6}$"},
            "dataset": {"type": "string"},
        }
    props["geometry"] = {"$ref": _GEOMETRY[cid], "x-ogc-role": "primary-geometry"}
    return {"$schema": JSON_SCHEMA, "$id": url, "type": "object",
            "title": f"Queryables of {cid}", "properties": props, "additionalProperties": False}


def feature_schema(cid: str, url: str) -> dict:
    """A GeoJSON Feature of the collection, its properties typed."""
    props = CONTROL_PROPERTIES if cid == "control-areas" else incident_properties()["properties"]
    return {"$schema": JSON_SCHEMA, "$id": url, "title": f"A feature of {cid}", "type": "object",
            "required": ["type", "geometry", "properties"],
            "properties": {"type": {"type": "string", "enum": ["Feature"]},
                           "id": {"type": "string"},
                           "geometry": {"$ref": _GEOMETRY[cid]},
                           "properties": {"type": "object", "properties": props}}}
