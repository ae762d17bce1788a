"""The map's context layers, when installed: rivers, lakes, roads and the shaded relief.

* ``/api/map/context/{contextLayer}``: rivers, lakes or roads around Syria as RFC 7946
  GeoJSON (Natural Earth, clipped to the map's region by ``incmap data install``);
* ``/api/map/relief.png``: the shaded relief in Web Mercator, the image the map lays over
  :func:`geo.reference.context.relief_bounds`.

A layer that is not installed is a 404 that names the command installing it; the page
offers only the installed ones (``layers.context``). Both answers are the same for every
request, so browsers may keep them a day.

>>> api.map_context(Request("/api/map/context/rivers", {}), "rivers")    # doctest: +SKIP
"""

from __future__ import annotations

from geo.errors import DataError
from geo.reference import context
from geo.reference.sources import credit_line

from .core import GEOJSON, ApiError, Request, Result, check_known, ok, operation
from .resources import Resources

__all__ = ["ContextOps"]

_CACHE = {"Cache-Control": "public, max-age=86400"}


def _not_installed(exc: DataError) -> ApiError:
    return ApiError(404, "Not found", str(exc), kind="not-installed")


class ContextOps:
    """The context layers' operations."""

    OPERATIONS = ("map_context", "map_relief")

    def __init__(self, res: Resources):
        self.res = res

    @operation
    def map_context(self, req: Request, layer: str) -> Result:
        """``GET /api/map/context/{contextLayer}``: an installed vector layer, as GeoJSON."""
        check_known(req, ())
        try:
            fc = context.features(self.res.data, layer)
        except DataError as exc:
            raise _not_installed(exc) from None
        return ok({**fc, "attribution": credit_line(["naturalearth"])}, content_type=GEOJSON,
                  headers=_CACHE)

    @operation
    def map_relief(self, req: Request) -> Result:
        """``GET /api/map/relief.png``: the installed shaded relief, in Web Mercator."""
        check_known(req, ())
        try:
            png = context.relief_png(self.res.data)
        except DataError as exc:
            raise _not_installed(exc) from None
        return ok(png, content_type="image/png", headers=_CACHE)
