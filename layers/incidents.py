"""Incident layers: killings, landmine sites, massacres, deaths under torture, and a heatmap.

Each category is its own switchable layer with its own symbol, coloured by
the force that controlled the place on the day (``computed_control``) and
sized by the number killed. The data come from
``/api/map/incidents?bbox=&start=&end=&zoom=&category=`` for the current view
and time window (see ``service.mapdata.incidents_for_view``): individual incidents
when there are few, server-side grid clusters (``cluster: true``, ``count``,
``killed``) when there are many, so the page weight does not grow with the
number of incidents.

>>> [c["code"] for c in categories()]
['killing', 'landmine', 'massacre', 'torture']
"""

from __future__ import annotations

from .base import IncMapLayer

__all__ = ["CATEGORY_STYLE", "PRECISION_LABEL", "categories", "IncidentLayer", "IncidentHeatmap"]

# How a popup words geo.precision.LocationPrecision.
PRECISION_LABEL = {"COMMUNITY": "the place itself", "NEAR": "near the place",
                   "DISTRICT": "district only", "GOVERNORATE": "governorate only",
                   "AREA": "a named area", "COUNTRY": "country only"}

# category code -> (layer label, symbol). Symbols are CSS shapes in incmap.css.
CATEGORY_STYLE = {
    "killing": ("Killings", "circle"),
    "landmine": ("Landmine sites", "triangle"),
    "massacre": ("Massacres", "square"),
    "torture": ("Deaths under torture", "diamond"),
}


def categories() -> list[dict]:
    """The incident categories with their label and symbol, in display order."""
    return [{"code": c, "label": label, "symbol": symbol}
            for c, (label, symbol) in CATEGORY_STYLE.items()]


class IncidentLayer(IncMapLayer):
    """The incidents of one category in the current view and time window.

    Parameters
    ----------
    category : str
        One of :data:`CATEGORY_STYLE`.
    url : str
        The incidents endpoint, relative to the app's ``api_base``.
    """

    factory = "incidentLayer"

    def __init__(self, category: str, url: str = "api/map/incidents", show: bool = True,
                 name: str | None = None):
        if category not in CATEGORY_STYLE:
            raise ValueError(f"unknown incident category {category!r}; "
                             f"use one of {', '.join(CATEGORY_STYLE)}")
        super().__init__({"category": category, "url": url},
                         name=name or CATEGORY_STYLE[category][0], overlay=True, show=show)


class IncidentHeatmap(IncMapLayer):
    """A heatmap of the same incidents (weighted by the square root of the number killed)."""

    factory = "heatLayer"
    js_names = ["leaflet_heat", "incmap_js"]

    def __init__(self, url: str = "api/map/incidents", show: bool = False,
                 radius: int = 22, blur: int = 18, min_opacity: float = 0.3,
                 name: str = "Heatmap (killed)"):
        super().__init__({"url": url, "radius": radius, "blur": blur, "min_opacity": min_opacity},
                         name=name, overlay=True, show=show)
