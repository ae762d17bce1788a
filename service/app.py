"""The service: :class:`API`, the resources and every operation family behind one object.

>>> api = API(Settings())                                   # doctest: +SKIP
>>> status, headers, body = api.control(Request("/api/control",
...     {"lat": "36.50", "lon": "37.48", "date": "2023-07-09"}))   # doctest: +SKIP
>>> status, json.loads(body)["force"]                       # doctest: +SKIP
(200, 'SNA')

Each operation is one method of a family (a module of this package, whose
class lists them in ``OPERATIONS``); this class only composes them, so that
``api.control(req)`` works and a web adapter (``server.py``) can call
``getattr(api, route.operation)`` for each entry of :data:`service.routes.ROUTES`.
"""

from __future__ import annotations

from typing import Callable

from .audit import AuditOps
from .context import ContextOps
from .control import ControlOps
from .core import OPENAPI, ApiError, Request, Result, api_problem, check_param_text, ok, operation
from .events import EventOps
from .exports import ExportOps
from .features import TOLERATED, FeaturesOps
from .geocode import GeocodeOps
from .incidents import IncidentOps
from .mapdata import MapOps
from .mapfind import MapFindOps
from .openapi import openapi_document
from .parameters import check_params, check_syntax, page_limits
from .places import PlaceOps
from .planning import PlanningOps
from .resources import Resources
from .routes import Route
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
        self._page_limits = page_limits(self.settings)  # the settings never change
        incidents = IncidentOps(self)
        maps = MapOps(self)
        planning = self._planning = PlanningOps(self)
        families = (FeaturesOps(incidents, maps), ControlOps(self), GeocodeOps(self), incidents,
                    StatsOps(incidents), ExportOps(incidents, planning), EventOps(incidents), maps,
                    planning, AuditOps(self), MapFindOps(self), PlaceOps(self), ContextOps(self))
        for family in families:  # each family's operations become methods of the service
            for name in family.OPERATIONS:
                if hasattr(self, name):
                    raise TypeError(f"two operations named {name}")
                setattr(self, name, getattr(family, name))

    def warm_fronts(self) -> None:
        """Build the historic front lines the hazard map uses by default (seconds of work), so
        the first hazard request after start does not pay for them (``incmap serve`` calls this
        once its warm-up has opened the control index)."""
        self._planning.fronts(None, None)

    def dispatch(self, route: Route, req: Request, *path: str) -> Result:
        """Answer ``req`` on ``route`` (an entry of :data:`service.routes.ROUTES`).

        Its declared query parameters are checked first, each against the schema
        ``/openapi.json`` gives it (a 400 naming the first that breaks it), so the document
        says exactly what every route accepts; then the route's operation answers, told
        (``req.checked``, set here on the request) which it need not check again.
        """
        declared = self._page_limits
        try:
            check_param_text(req)
            check_syntax(req.params, route.params, declared)
        except ApiError as exc:
            return api_problem(exc, req)
        # The request now says what is checked (those checked against PARAMS' own schema, not
        # an operator's page size): an operation's check_params would check them the same way.
        req.checked = frozenset(k for k in route.params if k not in declared)
        return getattr(self, route.operation)(req, *route.bound, *path)

    @operation
    def openapi(self, req: Request) -> Result:
        """``GET /openapi.json``: the API definition (built from :data:`service.routes.ROUTES`)."""
        check_params(req, TOLERATED)
        return ok(openapi_document(req.base_url, self.settings), content_type=OPENAPI)
