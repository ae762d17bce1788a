"""Layers for demining planners: suspected hazard areas, historic front lines, the area tool.

The layers load ``/api/map/hazards`` and ``/api/map/fronts`` when first shown (they
do not follow the date: they sum the whole record); the panel holds their legend
entries and the area tool, which asks ``/api/map/area`` what lies inside a box the
planner draws or a hazard area they pick. The JavaScript is
``layers/static/incmap/hazards.js``.

>>> HazardAreas().options["url"], HistoricFrontLines().options["url"]
('api/map/hazards', 'api/map/fronts')
"""

from __future__ import annotations

from jinja2 import Template

from .base import IncMapElement, IncMapLayer

__all__ = ["HazardAreas", "HistoricFrontLines", "DeminingPanel"]

_JS = ["incmap_js", "incmap_hazards_js"]


class _PlanningLayer(IncMapLayer):
    """A layer loaded once from ``url`` when first shown (off at first)."""

    js_names = _JS

    def __init__(self, url: str, name: str, show: bool = False):
        super().__init__({"url": url}, name=name, overlay=True, show=show)


class HazardAreas(_PlanningLayer):
    """Suspected hazard areas, coloured by confidence, with a popup and a summary button."""

    factory = "hazardLayer"

    def __init__(self, url: str = "api/map/hazards", name: str = "Suspected hazard areas",
                 show: bool = False):
        super().__init__(url, name, show)


class HistoricFrontLines(_PlanningLayer):
    """Historic front lines: colour and weight by the days each was a front."""

    factory = "frontLayer"

    def __init__(self, url: str = "api/map/fronts", name: str = "Historic front lines",
                 show: bool = False):
        super().__init__(url, name, show)


class DeminingPanel(IncMapElement):
    """The planners' panel: legend entries of both layers and the draw-an-area tool.

    Top right under the date control, folded until opened: the left corners hold the
    layer list and the choropleth legend, which must stay clickable on a small screen.
    """

    js_names = _JS
    _template = Template(
        "{% macro script(this, kwargs) %}"
        "var {{ this.get_name() }} = IncMap.deminingPanel({{ this._parent.get_name() }}, "
        "{{ this.options | tojson }}).addTo({{ this._parent.get_name() }});"
        "{% endmacro %}"
    )

    def __init__(self, position: str = "topright"):
        super().__init__({
            "position": position, "title": "Demining planning",
            "note": "Areas are built from reported accidents only: where nothing was reported "
                    "there may still be mines. Turn the layers on in the layer list; draw a box "
                    "or open a hazard area to see what lies inside. Files: /export/hazards.csv "
                    "(IMSMA field names), /export/fronts.geojson."})
        self._name = "DeminingPanel"
