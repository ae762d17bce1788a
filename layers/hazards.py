"""Layers for demining planners: suspected hazard areas, historic front lines, the area tool.

The layers load ``/api/map/hazards`` and ``/api/map/fronts`` when first shown (they
do not follow the date: they sum the whole record) and add their rows to the legend
while they are on. The planners' panel is a "Planning" tab of the find panel: the
limits of the areas, the planning files, and the area tool, which asks
``/api/map/area`` what lies inside a box the planner draws, the map's view or a
hazard area they pick. The JavaScript is ``layers/static/incmap/hazards.js``; its
texts have their Arabic in ``layers/i18n.py``.

>>> HazardAreas().options["url"], HistoricFrontLines().options["url"]
('api/map/hazards', 'api/map/fronts')
"""

from __future__ import annotations

from jinja2 import Template

from .base import IncMapElement, IncMapLayer
from .incidents import PRECISION_LABEL

__all__ = ["HazardAreas", "HistoricFrontLines", "DeminingPanel", "PLANNING_FILES"]

# The planners' files linked from the tab: [URL, link text] (service.exports, bounded).
PLANNING_FILES = [["export/hazards.csv", "hazard areas (CSV, IMSMA field names)"],
                  ["export/fronts.geojson", "historic fronts (GeoJSON)"]]

_JS = ["incmap_js", "incmap_hazards_js"]


class _PlanningLayer(IncMapLayer):
    """A layer loaded once from ``url`` when first shown (off at first)."""

    js_names = _JS

    def __init__(self, url: str, name: str, show: bool = False, **options):
        super().__init__({"url": url, **options}, name=name, overlay=True, show=show)


class HazardAreas(_PlanningLayer):
    """Suspected hazard areas, coloured by confidence, with a popup and a summary button."""

    factory = "hazardLayer"

    def __init__(self, url: str = "api/map/hazards", name: str = "Suspected hazard areas",
                 show: bool = False):
        # The popup words an area's best location precision as the incident popups do.
        super().__init__(url, name, show, precisions={k.lower(): v for k, v in PRECISION_LABEL.items()})


class HistoricFrontLines(_PlanningLayer):
    """Historic front lines: colour and weight by the days each was a front."""

    factory = "frontLayer"

    def __init__(self, url: str = "api/map/fronts", name: str = "Historic front lines",
                 show: bool = False):
        super().__init__(url, name, show)


class DeminingPanel(IncMapElement):
    """The planners' tab of the find panel: the areas' limits, the files, the area tool.

    A tab, not a panel of its own: the corners already hold the layer list, the legend,
    the date control and the find panel, and a fifth box would cover one of them (or,
    on a phone, the map). Must be added after :class:`~layers.find.FindPanel`.
    """

    js_names = _JS
    _template = Template(
        "{% macro script(this, kwargs) %}"
        "var {{ this.get_name() }} = IncMap.deminingPanel({{ this._parent.get_name() }}, "
        "{{ this.options | tojson }});"
        "{% endmacro %}"
    )

    def __init__(self, area_url: str = "api/map/area", exports=None):
        super().__init__({"area_url": area_url,
                          "exports": PLANNING_FILES if exports is None else exports})
        self._name = "DeminingPanel"
