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
from .incidents import FILTER_PARAMS

__all__ = ["Route", "ROUTES", "response"]


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

    @property
    def path_params(self) -> list[str]:
        """The path parameters, in the order of the template.

        >>> ROUTES[5].path, ROUTES[5].path_params
        ('/collections/{collectionId}/items/{featureId}', ['collectionId', 'featureId'])
        """
        return re.findall(r"\{(\w+)\}", self.path)


_FC = {"$ref": "#/components/schemas/FeatureCollection"}
_FEATURE = {"$ref": "#/components/schemas/Feature"}
_FILTERS = tuple(FILTER_PARAMS)
_OGC = ("OGC API - Features",)
_MAP = ("web map",)
_GEOJSON_BODY = {"required": True, "content": {GEOJSON: {"schema": {"type": "object"}},
                                               JSON: {"schema": {"type": "object"}}}}

ROUTES: tuple[Route, ...] = (
    # --- OGC API - Features (service.features); "/" is the map page unless JSON is asked for
    Route("get", "/", "landing", "getLandingPage",
          "The web map (HTML), or the OGC API landing page with f=json", ("f",),
          {"200": {"description": "The map page or the landing page",
                   "content": {"text/html": {"schema": {"type": "string"}},
                               JSON: {"schema": {"type": "object"}}}}}, tags=_OGC),
    Route("get", "/conformance", "conformance", "getConformance", "OGC conformance classes",
          tags=_OGC),
    Route("get", "/collections", "collections", "getCollections", "The collections", tags=_OGC),
    Route("get", "/collections/{collectionId}", "collection", "describeCollection",
          "One collection", ("collectionId",), tags=_OGC),
    Route("get", "/collections/{collectionId}/items", "items", "getFeatures",
          "The features of a collection (control-areas: 'datetime' picks the date)",
          ("collectionId", "limit", "offset", *_FILTERS),
          {"200": response("A page of features", GEOJSON, _FC)}, tags=_OGC),
    Route("get", "/collections/{collectionId}/items/{featureId}", "item", "getFeature",
          "One feature", ("collectionId", "featureId", "datetime"),
          {"200": response("The feature", GEOJSON, _FEATURE)}, tags=_OGC, slashes=("featureId",)),
    # --- control queries (service.control)
    Route("get", "/api/control", "control", "getControl",
          "Which force controlled a point on a date", ("lat", "lon", "date"),
          {"200": response("The control answer: force, source, confidence, front_km, stale", JSON,
                           {"$ref": "#/components/schemas/ControlAnswer"})}),
    Route("post", "/api/control", "control_batch", "postControlBatch",
          "The control answer for many points",
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
    # --- statistics (service.stats)
    Route("get", "/api/stats", "stats", "getStats",
          "Counts by month x perpetrator x governorate; civilians killed, children, women, all "
          "deaths (deaths_total), massacres, deaths under torture. A span that is not inside one "
          "month is in the month 'imprecise'", _FILTERS),
    # --- the web map's data (service.mapdata)
    Route("get", "/api/map/incidents", "map_incidents", "getMapIncidents",
          "Incidents (or clusters) for the map view", ("bbox", "start", "end", "zoom", "category"),
          {"200": response("Features", GEOJSON, _FC)}, tags=_MAP),
    Route("get", "/api/map/governorates", "map_governorates", "getMapGovernorates",
          "Counts per governorate (the choropleth)", ("start", "end", "category"), tags=_MAP),
    # --- exports for demining planners (service.exports)
    Route("get", "/export/{kind}.{ext}", "export", "export",
          "A file for planners: GeoJSON (RFC 7946), GeoPackage, CSV with HXL, KML",
          ("kind", "ext", *_FILTERS, "circles"),
          {"200": {"description": "The file", "content": {
              GEOJSON: {"schema": {"type": "object"}},
              "application/geopackage+sqlite3": {"schema": {"type": "string", "format": "binary"}},
              "text/csv": {"schema": {"type": "string"}},
              "application/vnd.google-earth.kml+xml": {"schema": {"type": "string"}}}}},
          tags=("exports",)),
    # --- this document (service.openapi)
    Route("get", "/openapi.json", "openapi", "getOpenAPI", "This document",
          responses={"200": response("OpenAPI 3", OPENAPI)}),
)
