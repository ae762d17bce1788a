"""The tools to find things out on the map: place search, filters, incident list, tallies, time chart.

Each is an element of the page that renders one line of JavaScript
(``IncMap.placeSearch``, ``IncMap.findPanel``, ``IncMap.timeChart`` in
``layers/static/incmap/incmap-find.js``); the data come from the service
(``/api/map/search``, ``/api/map/facets``, ``/api/map/list``, ``/api/stats``,
``/api/map/timeline``; see ``docs/web-map.md``), so the page weight does not
grow with the number of incidents.

>>> FindPanel(governorates=[{"pcode": "SY02", "name_en": "Aleppo", "name_ar": "حلب"}]).options["tabs"]
['filters', 'list', 'table']
"""

from __future__ import annotations

from jinja2 import Template

from .base import IncMapElement

__all__ = ["PlaceSearch", "FindPanel", "TimeChart", "PERPETRATOR_COLOURS", "PERPETRATOR_SHORT",
           "EXPORT_FORMATS"]

# The chart's colour of each party (geo.incident.PERPETRATORS), the force colours of
# geo.force.FORCES where a party is one of the forces, greys for the unidentified.
PERPETRATOR_COLOURS = {
    "REGIME": "#D55E00", "RUSSIA": "#8C2D04", "OPP_SNA": "#56B4E9", "SDF": "#F0E442",
    "COALITION": "#0072B2", "HTS": "#009E73", "ISIS": "#222222", "TRANSITIONAL": "#CC79A7",
    "LOCAL": "#E69F00", "TURKEY": "#1F78B4", "JORDAN": "#A6761D", "ISRAEL": "#332288",
    "OTHER_LANDMINE": "#999999", "OTHER_GUNFIRE": "#AAAAAA", "OTHER_BOMBING": "#888888",
    "OTHER_UNIDENTIFIED": "#BBBBBB", "OTHER": "#CCCCCC", "NONE": "#DDDDDD",
}
# Short names of the parties for the tallies' column heads (the full name is the head's title).
PERPETRATOR_SHORT = {
    "REGIME": "Regime", "RUSSIA": "Russia", "OPP_SNA": "Opposition / SNA", "SDF": "SDF",
    "COALITION": "Coalition", "HTS": "HTS", "ISIS": "ISIS", "TRANSITIONAL": "Transitional",
    "LOCAL": "Local factions", "TURKEY": "Turkey", "JORDAN": "Jordan", "ISRAEL": "Israel",
    "OTHER_LANDMINE": "Landmines (unidentified)", "OTHER_GUNFIRE": "Gunfire (unidentified)",
    "OTHER_BOMBING": "Bombings (unidentified)", "OTHER_UNIDENTIFIED": "Unidentified",
    "OTHER": "Other parties",
}
# The export links of the list: the /export route's formats (service.exports).
EXPORT_FORMATS = [["geojson", "GeoJSON"], ["gpkg", "GeoPackage"], ["csv", "CSV"]]


class _Tool(IncMapElement):
    """An element made by ``IncMap.<factory>(map, options)`` from incmap-find.js."""

    factory = ""
    js_names = ["incmap_js", "incmap_find_js"]
    _template = Template(
        "{% macro script(this, kwargs) %}"
        "var {{ this.get_name() }} = IncMap.{{ this.factory }}("
        "{{ this._parent.get_name() }}, {{ this.options | tojson }});"
        "{% endmacro %}"
    )

    def __init__(self, options: dict):
        super().__init__(options)
        self._name = type(self).__name__


class PlaceSearch(_Tool):
    """A search box (English or Arabic names) that flies to the place and tells who held it.

    The answer (``/api/map/search?q=&date=``) gives each place's control on the chosen
    date with its source and confidence.
    """

    factory = "placeSearch"

    def __init__(self, url: str = "api/map/search", position: str = "topleft"):
        super().__init__({"url": url, "position": position})


class FindPanel(_Tool):
    """Filters with counts, the incident list of the view (with its export links) and the
    month's tallies by party x governorate, in one tabbed panel.

    Parameters
    ----------
    governorates : list of dict
        ``pcode``, ``name_en``, ``name_ar`` of each governorate (the tallies' columns).
    """

    factory = "findPanel"

    def __init__(self, governorates: list[dict], position: str = "topright",
                 facets_url: str = "api/map/facets", list_url: str = "api/map/list",
                 stats_url: str = "api/stats", export_url: str = "export/incidents",
                 page_size: int = 25):
        super().__init__({"position": position, "tabs": ["filters", "list", "table"],
                          "facets_url": facets_url, "list_url": list_url,
                          "stats_url": stats_url, "export_url": export_url,
                          "exports": EXPORT_FORMATS, "page_size": int(page_size),
                          "governorates": governorates, "short": PERPETRATOR_SHORT})


class TimeChart(_Tool):
    """Incidents or civilians killed per month, stacked by party or by controlling force,
    under the date slider; a click on a month moves the map there.

    Must be added after :class:`~layers.timecontrol.TimeControl` (it draws into it).
    """

    factory = "timeChart"

    def __init__(self, url: str = "api/map/timeline", height: int = 70):
        super().__init__({"url": url, "height": int(height),
                          "perpetrator_colours": PERPETRATOR_COLOURS})
