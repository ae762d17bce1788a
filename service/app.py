"""The service: :class:`API`, the resources and every operation family behind one object.

>>> api = API(Settings())                                   # doctest: +SKIP
>>> status, headers, body = api.control(Request("/api/control",
...     {"lat": "36.50", "lon": "37.48", "date": "2023-07-09"}))   # doctest: +SKIP
>>> status, json.loads(body)["force"]                       # doctest: +SKIP
(200, 'SNA')

Each operation is one method of a family (a module of this package); this
class only composes them, so that a web adapter (``server.py``) can call
``getattr(api, route.operation)`` for each entry of :data:`service.routes.ROUTES`.
"""

from __future__ import annotations

from typing import Callable

from .control import ControlOps
from .core import OPENAPI, Request, Result, check_known, ok, operation
from .exports import ExportOps
from .features import FeaturesOps
from .geocode import GeocodeOps
from .incidents import IncidentOps
from .mapdata import MapOps
from .openapi import openapi_document
from .resources import Resources
from .settings import Settings
from .stats import StatsOps

__all__ = ["API"]


class API(Resources):
    """The service: reference data, control index, geocoder and store, behind operations.

    Resources are opened on first use, not at construction (see
    :class:`~service.resources.Resources`, whose parameters this takes).
    """

    def __init__(self, settings: Settings | None = None, *, store=None, control=None,
                 geocoder=None, gazetteer=None, store_factory: Callable | None = None):
        super().__init__(settings, store=store, control=control, geocoder=geocoder,
                         gazetteer=gazetteer, store_factory=store_factory)
        incidents = IncidentOps(self)
        maps = MapOps(self)
        features = FeaturesOps(incidents, maps)
        # OGC API - Features
        self.landing = features.landing
        self.conformance = features.conformance
        self.collections = features.collections
        self.collection = features.collection
        self.items = features.items
        self.item = features.item
        # control and geocoding queries
        control = ControlOps(self)
        self.control = control.control
        self.control_batch = control.control_batch
        self.geocode = GeocodeOps(self).geocode
        # incidents: reads, writes, imports
        self.incidents = incidents.incidents
        self.incident = incidents.incident
        self.create_incidents = incidents.create_incidents
        self.replace_incident = incidents.replace_incident
        self.delete_incident = incidents.delete_incident
        self.import_file = incidents.import_file
        # statistics, exports, the web map's data
        self.stats = StatsOps(incidents).stats
        self.export = ExportOps(incidents).export
        self.map_snapshot = maps.map_snapshot
        self.map_incidents = maps.map_incidents
        self.map_governorates = maps.map_governorates

    @operation
    def openapi(self, req: Request) -> Result:
        """``GET /openapi.json``: the API definition (built from :data:`service.routes.ROUTES`)."""
        check_known(req, ())
        return ok(openapi_document(req.base_url), content_type=OPENAPI)
