"""The OpenAPI 3.0 document of the service, built from the route table the web adapter serves.

``paths`` comes from :data:`service.routes.ROUTES` (the same declarations
``server.py`` registers); this module adds the parameter, response and schema
components. ``/openapi.json`` serves :func:`openapi_document`.
"""

from __future__ import annotations

from geo.control.disputes import REVIEW_FIELDS

from .core import PROBLEM
from .parameters import PARAMS, page_limits
from .queryables import incident_properties
from .routes import ROUTES, Route, response
from .settings import Settings

__all__ = ["openapi_document"]


def _ref(name):  # a key of service.parameters.PARAMS
    return {"$ref": f"#/components/parameters/{name}"}


def _errors(*codes):
    text = {400: "A parameter or the body is invalid (problem details name it).",
            401: "No bearer token was sent.", 403: "The token is wrong or writes are disabled.",
            404: "Not found.", 413: "The body is too large.",
            431: "The request line or headers are too large (over 256 KiB: the server's limit).",
            503: "A resource (reference data, store, control index) is not available."}
    return {str(c): {"$ref": f"#/components/responses/E{c}"} for c in codes if c in text}


def openapi_document(base_url: str = "", settings: Settings | None = None) -> dict:
    """The OpenAPI 3.0 description of every route of the service.

    >>> doc = openapi_document("http://127.0.0.1:8000")
    >>> doc["openapi"], "/api/control" in doc["paths"]
    ('3.0.3', True)
    """
    settings = settings or Settings()
    max_batch = settings.max_batch
    read_errors = _errors(400, 404, 431, 503)
    write_errors = _errors(400, 401, 403, 404, 413, 431, 503)

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
    # Refused by the HTTP server (waitress) before the service sees it: plain text.
    responses["E431"] = {"description": "Request header fields too large"}
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
            "parameters": {name: p.openapi() for name, p in {**PARAMS,
                                                             **page_limits(settings)}.items()},
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
                "IncidentProperties": incident_properties(),
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
                        "front_km": {"type": "number", "nullable": True,
                                     "description": "Km to the nearest area held by another "
                                                    "force that day (null: none); only with "
                                                    "front=true"},
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
                "ControlBatch": {
                    "type": "object", "required": ["points"], "additionalProperties": False,
                    "properties": {"points": {
                        "type": "array", "description": f"At most {max_batch} points (the "
                        "operator's INCMAP_MAX_BATCH); more is a 413, like a too large upload.",
                        "items": {
                        "type": "object", "required": ["lat", "lon"],
                        "additionalProperties": False, "properties": {
                            "lat": {"type": "number", "minimum": -90, "maximum": 90},
                            "lon": {"type": "number", "minimum": -180, "maximum": 180},
                            "date": PARAMS["date"].schema,
                            "id": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}}}}},
            },
        },
    }
