"""A governorate choropleth of incident counts in the current time window.

The governorate shapes are embedded (simplified, ~20 kB); the counts come from
``/api/map/governorates?start=&end=`` (``service.mapdata.governorate_counts``) and
are refetched when the date or the window moves.
"""

from __future__ import annotations

from .base import IncMapLayer
from .boundaries import boundary_geojson

__all__ = ["GovernorateChoropleth"]

# ColorBrewer YlOrRd, 5 classes; zero is a neutral grey.
COLOURS = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]


class GovernorateChoropleth(IncMapLayer):
    """Incidents per governorate.

    Parameters
    ----------
    adm1 : geopandas.GeoDataFrame
        The governorates (``Reference.adm1``: pcode, name_en, name_ar, geometry).
    """

    factory = "choroplethLayer"

    def __init__(self, adm1, url: str = "api/map/governorates", show: bool = False,
                 name: str = "Incidents per governorate", tolerance: float = 0.01):
        options = {"url": url, "data": boundary_geojson(adm1, tolerance),
                   "colours": COLOURS, "zero_colour": "#eeeeee"}
        super().__init__(options, name=name, overlay=True, show=show)
