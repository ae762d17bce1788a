"""The OpenAPI 3.0 document of the service, built from the route table the web adapter serves.

``paths`` comes from :data:`service.routes.ROUTES` (the same declarations
``server.py`` registers); this module adds the parameter, response and schema
components. ``/openapi.json`` serves :func:`openapi_document`.
"""

from __future__ import annotations

from geo.control.disputes import REVIEW_FIELDS
from geo.importers import FORMATS as IMPORT_FORMATS
from geo.incident import FIELDS, PERPETRATORS

from .core import CATEGORIES, PROBLEM
from .features import COLLECTIONS
from .routes import ROUTES, Route, response

__all__ = ["openapi_document"]


def _param(name, where, schema, description, required=False):
    return {"name": name, "in": where, "required": required or where == "path",
            "schema": schema, "description": description}


_P = {
    "lat": _param("lat", "query", {"type": "number", "minimum": -90, "maximum": 90},
                  "Latitude, WGS84 (e.g. 36.50).", True),
    "lon": _param("lon", "query", {"type": "number", "minimum": -180, "maximum": 180},
                  "Longitude, WGS84 (e.g. 37.48).", True),
    "date": _param("date", "query", {"type": "string", "format": "date"},
                   "The date, YYYY-MM-DD (default: today)."),
    "q": _param("q", "query", {"type": "string", "minLength": 1, "maxLength": 2000},
                "The place words, e.g. \"Shawa village in al-Ra'ie area in eastern rural Aleppo\".",
                True),
    "governorate": _param("governorate", "query", {"type": "string"},
                          "Only inside this governorate (name or P-code, e.g. Aleppo or SY02)."),
    "bbox": _param("bbox", "query", {"type": "array", "minItems": 4, "maxItems": 4,
                                     "items": {"type": "number"}},
                   "W,S,E,N in WGS84 longitude/latitude, e.g. 36.0,35.5,38.5,37.0."),
    "datetime": _param("datetime", "query", {"type": "string"},
                       "A date or an RFC 3339 interval START/END with '..' for an open end, "
                       "e.g. 2023-07-01/2023-07-31 or 2023-07-01/... An incident is selected "
                       "when the whole span its date allows lies in the interval."),
    "category": _param("category", "query", {"type": "string"},
                       "Comma-separated categories: " + ", ".join(CATEGORIES) + "."),
    "perpetrator": _param("perpetrator", "query", {"type": "string"},
                          "Comma-separated perpetrator codes (" + ", ".join(PERPETRATORS) + ")."),
    "control": _param("control", "query", {"type": "string"},
                      "Comma-separated codes of the force that controlled the place at the time "
                      "(e.g. GOV,SDF)."),
    "cause": _param("cause", "query", {"type": "string"},
                    "Comma-separated causes (e.g. landmine, shelling, gunfire, car bomb)."),
    "stated_control": _param("stated_control", "query", {"type": "string"},
                             "Comma-separated codes of the force the source says controlled the "
                             "place."),
    "agrees": _param("agrees", "query", {"type": "boolean"},
                     "Only incidents whose stated and computed control agree (true) or "
                     "disagree (false)."),
    "adm1": _param("adm1", "query", {"type": "string"},
                   "Comma-separated governorate P-codes (e.g. SY02)."),
    "adm2": _param("adm2", "query", {"type": "string"},
                   "Comma-separated district P-codes (e.g. SY0202)."),
    "adm3": _param("adm3", "query", {"type": "string"},
                   "Comma-separated sub-district P-codes (e.g. SY020200)."),
    "dataset": _param("dataset", "query", {"type": "string"},
                      "Comma-separated source datasets (e.g. ucdp, snhr)."),
    "max_precision": _param("max_precision", "query", {"type": "integer", "minimum": 1, "maximum": 6},
                            "Only incidents located at least this precisely: 1 the place, 2 near "
                            "it, 3 the district, 4 the governorate, 5 a named area, 6 the country "
                            "(e.g. 3 for what a map can draw)."),
    "min_precision": _param("min_precision", "query", {"type": "integer", "minimum": 1, "maximum": 6},
                            "Only incidents located at most this precisely (e.g. 6: the "
                            "country-level ones)."),
    "limit": _param("limit", "query", {"type": "integer", "minimum": 1, "maximum": 10000,
                                       "default": 100}, "Page size."),
    "offset": _param("offset", "query", {"type": "integer", "minimum": 0, "default": 0},
                     "Number of features to skip (the 'next' link sets it)."),
    "collectionId": _param("collectionId", "path", {"type": "string",
                                                    "enum": list(COLLECTIONS)},
                           "The collection."),
    "featureId": _param("featureId", "path", {"type": "string"},
                        "The feature id (an incident id, or a force code for control-areas)."),
    "incidentId": _param("incidentId", "path", {"type": "string"}, "The incident id."),
    "start": _param("start", "query", {"type": "string", "format": "date"},
                    "First day of the window, YYYY-MM-DD."),
    "end": _param("end", "query", {"type": "string", "format": "date"},
                  "Last day of the window, YYYY-MM-DD."),
    "zoom": _param("zoom", "query", {"type": "integer", "minimum": 0, "maximum": 22},
                   "Map zoom: low zoom gives clusters."),
    "circles": _param("circles", "query", {"type": "boolean", "default": False},
                      "Give each incident its uncertainty circle as a polygon."),
    "format": _param("format", "query", {"type": "string", "enum": list(IMPORT_FORMATS)},
                     "The file's format.", True),
    "filename": _param("filename", "query", {"type": "string"},
                       "The file's name, for error messages."),
    "kind": _param("kind", "path", {"type": "string", "enum": ["landmines", "incidents"]},
                   "Which incidents."),
    "ext": _param("ext", "path", {"type": "string", "enum": ["geojson", "gpkg", "csv", "kml"]},
                  "The file format."),
    "f": _param("f", "query", {"type": "string", "enum": ["json"]},
                "Response format: json (the landing page as JSON instead of the map page)."),
}


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


def _incident_schema() -> dict:
    """The properties of an incident Feature (``Incident.to_dict``), every one nullable."""
    props = {}
    for name in (*FIELDS, "control_agrees"):
        if name in _INTEGER_FIELDS:
            schema = {"type": "integer", "minimum": 0}
        elif name in ("lon", "lat"):
            schema = {"type": "number"}
        elif name == "control_agrees":
            schema = {"type": "boolean"}
        elif name in ("victim_names", "injured_names", "computed_forces"):
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


def _ref(name):
    return {"$ref": f"#/components/parameters/{name}"}


def _errors(*codes):
    text = {400: "A parameter or the body is invalid (problem details name it).",
            401: "No bearer token was sent.", 403: "The token is wrong or writes are disabled.",
            404: "Not found.", 413: "The body is too large.",
            503: "A resource (reference data, store, control index) is not available."}
    return {str(c): {"$ref": f"#/components/responses/E{c}"} for c in codes if c in text}


def openapi_document(base_url: str = "") -> dict:
    """The OpenAPI 3.0 description of every route of the service.

    >>> doc = openapi_document("http://127.0.0.1:8000")
    >>> doc["openapi"], "/api/control" in doc["paths"]
    ('3.0.3', True)
    """
    read_errors = _errors(400, 404, 503)
    write_errors = _errors(400, 401, 403, 404, 413, 503)

    def operation(route: Route) -> dict:
        d = {"operationId": route.operation_id, "summary": route.summary,
             "tags": list(route.tags), "parameters": [_ref(p) for p in route.params],
             "responses": dict(route.responses or {"200": response("OK")})}
        d["responses"].update(write_errors if route.secured else read_errors)
        if route.request_body is not None:
            d["requestBody"] = route.request_body
        if route.secured:
            d["security"] = [{"bearer": []}]
        return d

    paths: dict = {}
    for route in ROUTES:
        paths.setdefault(route.path, {})[route.method] = operation(route)
    problem_schema = {"type": "object", "required": ["type", "title", "status"], "properties": {
        "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
        "detail": {"type": "string"}, "instance": {"type": "string"}}}
    responses = {f"E{c}": {"description": d, "content": {PROBLEM: {"schema": {
        "$ref": "#/components/schemas/Problem"}}}} for c, d in (
        (400, "Invalid request"), (401, "Authentication required"), (403, "Forbidden"),
        (404, "Not found"), (413, "Too large"), (503, "Unavailable"))}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Syria incident map", "version": "0.1.0",
                 "description": "Civilian harm in Syria by the force that controlled each place at "
                                "the time. Reads are public; writes need the operator's bearer "
                                "token. Errors are RFC 9457 problem details.",
                 "license": {"name": "AGPL-3.0-or-later"}},
        "servers": [{"url": base_url or "/"}],
        "paths": paths,
        "components": {
            "parameters": _P,
            "responses": responses,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Problem": problem_schema,
                "FeatureCollection": {"type": "object", "required": ["type", "features"],
                                      "properties": {"type": {"type": "string",
                                                              "enum": ["FeatureCollection"]},
                                                     "features": {"type": "array", "items": {
                                                         "$ref": "#/components/schemas/Feature"}},
                                                     "numberMatched": {"type": "integer"},
                                                     "numberReturned": {"type": "integer"}}},
                "Feature": {"type": "object", "required": ["type", "properties"],
                            "properties": {"type": {"type": "string", "enum": ["Feature"]},
                                           "geometry": {"nullable": True, "type": "object"},
                                           "properties": {"nullable": True, "type": "object"}}},
                "IncidentProperties": _incident_schema(),
                "IncidentFeature": {"type": "object", "required": ["type", "properties"],
                                    "properties": {"type": {"type": "string", "enum": ["Feature"]},
                                                   "id": {"type": "string"},
                                                   "geometry": {"nullable": True, "type": "object"},
                                                   "properties": {"$ref": "#/components/schemas/"
                                                                          "IncidentProperties"}}},
                "ControlAnswer": {
                    "type": "object",
                    "required": ["force", "forces", "name", "contested", "source", "stale"],
                    "properties": {
                        "query": {"type": "object"},
                        "lon": {"type": "number"}, "lat": {"type": "number"},
                        "date": {"type": "string", "format": "date"},
                        "force": {"type": "string", "nullable": True,
                                  "description": "Force code; null outside Syria"},
                        "forces": {"type": "array", "items": {"type": "string"}},
                        "name": {"type": "string"},
                        "colour": {"type": "string", "nullable": True},
                        "contested": {"type": "boolean"},
                        "unit": {"type": "string", "nullable": True},
                        "pcodes": {"type": "object"},
                        "valid_from": {"type": "string", "format": "date", "nullable": True},
                        "valid_to": {"type": "string", "format": "date", "nullable": True},
                        "source": {"type": "string"},
                        "confidence": {"type": "string", "nullable": True,
                                       "enum": ["high", "medium", "low", None]},
                        "front_km": {"type": "number", "nullable": True},
                        "stale": {"type": "boolean"},
                        "inside": {"type": "boolean"},
                        "note": {"type": "string"},
                    }},
                "ControlDisputes": {
                    "type": "object", "required": ["count", "fields", "disputes"],
                    "properties": {
                        "count": {"type": "integer"},
                        "fields": {"type": "array", "items": {"type": "string"}},
                        "filters": {"type": "object"},
                        "disputes": {"type": "array", "items": {
                            "type": "object",
                            "properties": {f: {"type": "string"} for f in REVIEW_FIELDS}}}}},
                "ControlBatch": {"type": "object", "required": ["points"], "properties": {
                    "points": {"type": "array", "items": {
                        "type": "object", "required": ["lat", "lon"], "properties": {
                            "lat": {"type": "number", "minimum": -90, "maximum": 90},
                            "lon": {"type": "number", "minimum": -180, "maximum": 180},
                            "date": {"type": "string", "format": "date"},
                            "id": {"type": "string"}}}}}},
            },
        },
    }
