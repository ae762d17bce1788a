"""Every route of the service, declared once: what the web adapter serves and OpenAPI describes.

A :class:`Route` names the HTTP method, the path (an OpenAPI template such as
``/api/incidents/{incidentId}``), the :class:`service.API` operation that
answers it and how OpenAPI documents it. ``server.py`` registers one Flask
route per entry of :data:`ROUTES`; :func:`service.openapi.openapi_document`
builds ``paths`` from the same entries, so the two cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import re

from .core import GEOJSON, JSON, OPENAPI
from .features import COLLECTIONS, ITEM_PARAMS, SCHEMA_JSON, TOLERATED
from .incidents import FILTER_PARAMS

__all__ = ["Route", "ROUTES", "response", "allowed_methods"]


def response(description: str, media: str = JSON, schema: dict | None = None) -> dict:
    """An OpenAPI response object with one media type."""
    return {"description": description,
            "content": {media: {"schema": schema or {"type": "object"}}}}


@dataclasses.dataclass(frozen=True)
class Route:
    """One route: the adapter's dispatch and the OpenAPI operation, from one declaration.

    Parameters
    ----------
    method, path
        ``"get"``, ``"post"`` ...; the path as an OpenAPI template (``{name}``: a path parameter).
    operation
        The name of the :class:`service.API` method; it is called with the request and the
        path parameters, in the order of the template.
    operation_id, summary, params, responses, tags
        The OpenAPI operation (``params`` name entries of ``components/parameters``;
        ``responses`` default to ``200 OK``; the error responses are added by the builder).
    secured
        Writes: need the operator's bearer token (documented as ``security``).
    request_body
        The OpenAPI request body; a route with one gets the request's body from the adapter.
    slashes
        Path parameters that may hold a ``/`` (ids): the adapter matches them greedily.
    bound
        Arguments fixed by the path itself, passed before the path parameters: each OGC
        collection has its own paths (``/collections/incidents/items``), so that OpenAPI
        can say which parameters each one takes and GDAL finds them.
    """

    method: str
    path: str
    operation: str
    operation_id: str
    summary: str
    params: tuple[str, ...] = ()
    responses: dict | None = None
    tags: tuple[str, ...] = ("service",)
    secured: bool = False
    request_body: dict | None = None
    slashes: tuple[str, ...] = ()
    bound: tuple[str, ...] = ()

    @property
    def path_params(self) -> list[str]:
        """The path parameters, in the order of the template.

        >>> ROUTES[7].path, ROUTES[7].path_params
        ('/collections/incidents/items/{featureId}', ['featureId'])
        """
        return re.findall(r"\{(\w+)\}", self.path)


_FC = {"$ref": "#/components/schemas/FeatureCollection"}
_FEATURE = {"$ref": "#/components/schemas/Feature"}
_FILTERS = tuple(FILTER_PARAMS)
_OGC = ("OGC API - Features",)
_MAP = ("web map",)
_MAP_FILTERS = ("category", "perpetrator", "cause", "control", "agrees", "victims")  # mapdata.MAP_FILTERS
_PLANNING = ("distance", "start", "end", "causes", "precision")
_GEOJSON_BODY = {"required": True, "content": {GEOJSON: {"schema": {"type": "object"}},
                                               JSON: {"schema": {"type": "object"}}}}


def _collection_routes(cid: str) -> tuple[Route, ...]:
    """The OGC API - Features routes of one collection."""
    name = "".join(w.title() for w in cid.split("-"))
    base = f"/collections/{cid}"
    feature = {"200": response("The feature", GEOJSON, _FEATURE)}
    return (
        Route("get", base, "collection", f"describe{name}Collection",
              f"The collection {cid}: extents, links", TOLERATED, tags=_OGC, bound=(cid,)),
        Route("get", f"{base}/queryables", "queryables", f"get{name}Queryables",
              f"What the items of {cid} can be filtered by (OGC API - Features Part 3)",
              responses={"200": response("A JSON Schema", SCHEMA_JSON)}, tags=_OGC, bound=(cid,)),
        Route("get", f"{base}/schema", "feature_schema", f"get{name}Schema",
              f"The JSON Schema of a feature of {cid}",
              responses={"200": response("A JSON Schema", SCHEMA_JSON)}, tags=_OGC, bound=(cid,)),
        Route("get", f"{base}/items", "items", f"get{name}Features",
              f"The features of {cid}" + (" on a date ('datetime'; default: the last day the "
                                          "control dataset covers)" if cid == "control-areas"
                                          else ""),
              ITEM_PARAMS[cid], {"200": response("A page of features", GEOJSON, _FC)},
              tags=_OGC, bound=(cid,)),
        Route("get", f"{base}/items/{{featureId}}", "item", f"get{name}Feature",
              f"One feature of {cid}",
              ("featureId", "snapshot_datetime") if cid == "control-areas" else ("featureId",),
              feature,
              tags=_OGC, slashes=("featureId",), bound=(cid,)),
    )


_EXPORT_FILE = {"description": "The file", "content": {
    GEOJSON: {"schema": {"type": "object"}},
    "application/geopackage+sqlite3": {"schema": {"type": "string", "format": "binary"}},
    "text/csv": {"schema": {"type": "string"}},
    "application/vnd.google-earth.kml+xml": {"schema": {"type": "string"}},
    "application/vnd.google-earth.kmz": {"schema": {"type": "string", "format": "binary"}}}}
_EXPORTS = {
    "incidents": ("Incidents as a file: GeoJSON (RFC 7946), GeoPackage, CSV with HXL, KML, KMZ",
                  (*_FILTERS, "circles", "export_limit", "offset")),
    "landmines": ("Landmine incidents as a file, for demining planners",
                  tuple("landmine_category" if p == "category" else p for p in _FILTERS)
                  + ("circles", "export_limit", "offset")),
    "hazards": ("Suspected hazard areas as a file, for demining planners", _PLANNING),
    "accidents": ("The incidents of the suspected hazard areas (IMSMA accident fields)",
                  _PLANNING),
    "fronts": ("Historic front-line segments as a file", ("start", "end")),
}


def _export_routes() -> tuple[Route, ...]:
    """``/export/{kind}.{ext}``, one route per kind (their parameters differ)."""
    out = []
    for kind, (summary, params) in _EXPORTS.items():
        responses = {"200": _EXPORT_FILE}
        if "export_limit" in params:
            responses["413"] = {"description": "More incidents match than one export holds: "
                                               "page with limit and offset, or narrow the query"}
        responses["429"] = {"description": "Too many exports are being built: retry later"}
        out.append(Route("get", f"/export/{kind}.{{ext}}", "export", f"export{kind.title()}",
                         summary, ("ext", *params), responses, tags=("exports",), bound=(kind,)))
    return tuple(out)


ROUTES: tuple[Route, ...] = (
    # --- OGC API - Features (service.features); "/" is the map page unless JSON is asked for
    Route("get", "/", "landing", "getLandingPage",
          "The OGC API landing page (JSON), or the web map (HTML) when the client asks for HTML "
          "(Accept: text/html, or f=html)", ("f", *TOLERATED),
          {"200": {"description": "The landing page or the map page",
                   "content": {JSON: {"schema": {"type": "object"}},
                               "text/html": {"schema": {"type": "string"}}}}}, tags=_OGC),
    Route("get", "/conformance", "conformance", "getConformance", "OGC conformance classes",
          TOLERATED, tags=_OGC),
    Route("get", "/collections", "collections", "getCollections", "The collections", TOLERATED,
          tags=_OGC),
    *(route for cid in COLLECTIONS for route in _collection_routes(cid)),
    # --- control queries (service.control)
    Route("get", "/api/control", "control", "getControl",
          "Which force controlled a point on a date", ("lat", "lon", "date", "front"),
          {"200": response("The control answer: force, source, confidence, stale (front_km "
                           "with front=true)", JSON,
                           {"$ref": "#/components/schemas/ControlAnswer"})}),
    Route("post", "/api/control", "control_batch", "postControlBatch",
          "The control answer for many points", ("front",),
          responses={"200": response("One answer per point"),
                     "413": {"$ref": "#/components/responses/E413"}},
          request_body={"required": True, "content": {JSON: {"schema": {
              "$ref": "#/components/schemas/ControlBatch"}}}}),
    Route("get", "/api/control/disputes", "control_disputes", "getControlDisputes",
          "Control disputes: incidents whose stated control differs from the dataset's, as a "
          "review list (operator only: sentences can name people)", _FILTERS,
          {"200": response("The review list", JSON,
                           {"$ref": "#/components/schemas/ControlDisputes"})}, secured=True),
    Route("get", "/api/control/snapshot", "map_snapshot", "getControlSnapshot",
          "The control areas of a date (for the map)", ("date",),
          {"200": response("Control areas", GEOJSON, _FC)}, tags=_MAP),
    # --- geocoding (service.geocode)
    Route("get", "/api/geocode", "geocode", "geocode", "Place words to a P-coded place",
          ("q", "governorate", "date")),
    # --- incidents: reads public, writes with the operator's token (service.incidents)
    Route("get", "/api/incidents", "incidents", "getIncidents", "Incidents, filtered and paged",
          (*_FILTERS, "limit", "offset"),
          {"200": response("A page of incidents", GEOJSON, _FC)}),
    Route("post", "/api/incidents", "create_incidents", "createIncidents",
          "Add or replace incidents (GeoJSON)", responses={"201": response("The ids written")},
          secured=True, request_body=_GEOJSON_BODY),
    Route("get", "/api/incidents/{incidentId}", "incident", "getIncident", "One incident",
          ("incidentId",),
          {"200": response("The incident", GEOJSON,
                           {"$ref": "#/components/schemas/IncidentFeature"})},
          slashes=("incidentId",)),
    Route("put", "/api/incidents/{incidentId}", "replace_incident", "replaceIncident",
          "Replace an incident (a GeoJSON Feature)", ("incidentId",),
          {"200": response("The incident", GEOJSON, _FEATURE)}, secured=True,
          request_body=_GEOJSON_BODY, slashes=("incidentId",)),
    Route("delete", "/api/incidents/{incidentId}", "delete_incident", "deleteIncident",
          "Delete an incident", ("incidentId",), {"204": {"description": "Deleted"}},
          secured=True, slashes=("incidentId",)),
    Route("post", "/api/import", "import_file", "importFile",
          "Load a file of incidents (one transaction: all or nothing)", ("format", "filename"),
          {"201": response("The ids written")}, secured=True,
          request_body={"required": True, "content": {
              "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
              "multipart/form-data": {"schema": {"type": "object", "properties": {
                  "file": {"type": "string", "format": "binary"}}}}}}),
    # --- the audit trail (service.audit): who wrote what, for authorised callers
    Route("get", "/api/audit", "audit_log", "getAuditLog",
          "The recorded writes (import, create, replace, delete, confirm-link, split-link), newest "
          "first: who, when, what changed", ("audit_limit", "offset", "who", "action"),
          {"200": response("The entries")}, secured=True),
    # --- events that several sources report (service.events)
    Route("get", "/api/events/{incidentId}", "incident_event", "getIncidentEvent",
          "Every source record of the event an incident belongs to", ("incidentId",),
          {"200": response("The event's records", GEOJSON, _FC)}, slashes=("incidentId",)),
    Route("post", "/api/events/link", "link_incidents", "linkIncidents",
          "Confirm that two records report one event ({\"ids\": [A, B], \"note\": ...})",
          responses={"200": response("The event's records", GEOJSON, _FC)}, secured=True,
          request_body={"required": True, "content": {"application/json": {"schema": {
              "type": "object", "required": ["ids"], "properties": {
                  "ids": {"type": "array", "items": {"type": "string"}, "minItems": 2,
                          "maxItems": 2},
                  "note": {"type": "string", "maxLength": 2000}}}}}}),
    Route("post", "/api/events/split", "split_incident", "splitIncident",
          "Take a record out of its event ({\"id\": A, \"note\": ...}); kept apart from now on",
          responses={"200": response("The record's event, now itself alone", GEOJSON, _FC)},
          secured=True,
          request_body={"required": True, "content": {"application/json": {"schema": {
              "type": "object", "required": ["id"], "properties": {
                  "id": {"type": "string"}, "note": {"type": "string", "maxLength": 2000}}}}}}),
    # --- statistics (service.stats)
    Route("get", "/api/stats/table.{ext}", "stats_table", "getStatsTable",
          "A report's table: civilians killed (or another measure) by party x governorate, one "
          "table per month and one for the whole period, as JSON, CSV or HTML",
          ("statsFormat", *_FILTERS, "measure"),
          {"200": {"description": "The table", "content": {
              JSON: {"schema": {"type": "object"}}, "text/csv": {"schema": {"type": "string"}},
              "text/html": {"schema": {"type": "string"}}}}}),
    Route("get", "/api/stats", "stats", "getStats",
          "Counts by month x perpetrator x governorate; civilians killed, children, women, all "
          "deaths (deaths_total), massacres, deaths under torture. A span that is not inside one "
          "month is in the month 'imprecise'", _FILTERS),
    # --- the web map's data (service.mapdata)
    Route("get", "/api/map/incidents", "map_incidents", "getMapIncidents",
          "Incidents (or clusters) for the map view", ("bbox", "start", "end", "zoom", *_MAP_FILTERS),
          {"200": response("Features", GEOJSON, _FC)}, tags=_MAP),
    Route("get", "/api/map/governorates", "map_governorates", "getMapGovernorates",
          "Counts per governorate (the choropleth)", ("start", "end", *_MAP_FILTERS), tags=_MAP),
    # --- the web map's finding tools (service.mapfind, service.places)
    Route("get", "/api/map/start", "map_start", "getMapStart",
          "The first view: the latest date with incidents drawn and a window that shows them",
          tags=_MAP),
    Route("get", "/api/map/list", "map_list", "getMapList",
          "The incidents the map draws for a view, window and filters: sorted, paged, the "
          "popup's fields (no victim names)",
          ("bbox", "start", "end", *_MAP_FILTERS, "order", "list_limit", "offset"), tags=_MAP),
    Route("get", "/api/map/facets", "map_facets", "getMapFacets",
          "For each filter, the incidents of the view each choice gives with the other filters",
          ("bbox", "start", "end", *_MAP_FILTERS), tags=_MAP),
    Route("get", "/api/map/timeline", "map_timeline", "getMapTimeline",
          "Incidents and civilians killed per month, by party or controlling force (the chart)",
          ("by", *_MAP_FILTERS), tags=_MAP),
    Route("get", "/api/map/search", "map_search", "getMapSearch",
          "Places by English or Arabic name, with who controlled each on a date",
          ("place_q", "date", "search_limit"), tags=_MAP),
    Route("get", "/api/map/labels", "map_labels", "getMapLabels",
          "Sub-district and community names for a view (context labels)", ("view_bbox", "zoom"),
          tags=_MAP),
    # --- context layers, when installed (service.context)
    Route("get", "/api/map/context/{contextLayer}", "map_context", "getMapContextLayer",
          "Rivers, lakes or roads around Syria (Natural Earth), when installed",
          ("contextLayer",), {"200": response("Features", GEOJSON, _FC)}, tags=_MAP),
    Route("get", "/api/map/relief.png", "map_relief", "getMapRelief",
          "The shaded relief around Syria (Natural Earth) in Web Mercator, when installed",
          responses={"200": {"description": "The image", "content": {
              "image/png": {"schema": {"type": "string", "format": "binary"}}}}}, tags=_MAP),
    # --- demining planning layers (service.planning)
    Route("get", "/api/map/hazards", "map_hazards", "getMapHazards",
          "Suspected hazard areas (and unit tallies) for the map", _PLANNING,
          {"200": response("Hazard areas", GEOJSON, _FC)}, tags=_MAP),
    Route("get", "/api/map/fronts", "map_fronts", "getMapFronts",
          "Historic front-line segments: days as a front, between whom", ("start", "end"),
          {"200": response("Front segments", GEOJSON, _FC)}, tags=_MAP),
    Route("get", "/api/map/area", "map_area", "getMapArea",
          "Incidents, hazard areas and front-line exposure inside a drawn or picked area: the "
          "part common to those of bbox, polygon and hazard given, inside the box of Syria "
          "(35.5,32.2,42.5,37.4; none given: that box)",
          ("bbox", "polygon", "hazard", *_PLANNING), tags=_MAP),
    # --- exports (service.exports): one path per kind, so that each says what it takes
    *_export_routes(),
    # --- this document (service.openapi)
    Route("get", "/openapi.json", "openapi", "getOpenAPI", "This document", TOLERATED,
          responses={"200": response("OpenAPI 3", OPENAPI)}),
)


def _template_re(route: Route) -> re.Pattern:
    def variable(m: re.Match) -> str:
        return ".+" if m[1] in route.slashes else "[^/]+"

    parts = re.split(r"(\{\w+\})", route.path)
    return re.compile("".join(re.sub(r"\{(\w+)\}", variable, p) if p.startswith("{")
                              else re.escape(p) for p in parts) + "$")


_TEMPLATES = [(_template_re(r), len(r.path_params), r.method) for r in ROUTES]
# A route's own path when it has no variables: only the routes of that very path match it with
# the fewest (none), so its methods are known beforehand.
_CONCRETE = {path: tuple(sorted({r.method for r in ROUTES if r.path == path}))
             for path in {r.path for r in ROUTES if not r.path_params}}


def allowed_methods(path: str) -> tuple[str, ...]:
    """The methods of ``path`` as OpenAPI matches it: a concrete path before a templated one.

    ``/api/events/link`` is only POST, though ``/api/events/{incidentId}`` (GET) matches it too.

    >>> allowed_methods("/api/events/link"), allowed_methods("/api/events/acled:1")
    (('post',), ('get',))
    >>> allowed_methods("/api/incidents/a/b"), allowed_methods("/nowhere")
    (('delete', 'get', 'put'), ())
    """
    concrete = _CONCRETE.get(path)  # asked on every request: most name a route without variables
    if concrete is not None:
        return concrete
    found = [(variables, method) for pattern, variables, method in _TEMPLATES
             if pattern.match(path)]
    if not found:
        return ()
    fewest = min(v for v, _ in found)
    return tuple(sorted({m for v, m in found if v == fewest}))
