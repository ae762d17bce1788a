"""The legend: force colours, the hatch of joint/contested areas, incident symbols, sizes.

>>> legend = Legend(forces=[{"code": "SDF", "name": "Syrian Democratic Forces", "colour": "#CC79A7"}])
>>> legend.options["forces"][0]["code"]
'SDF'
"""

from __future__ import annotations

from jinja2 import Template

from .base import IncMapElement
from .incidents import categories as default_categories

# The page's credits: a text the interface translates, with each source's credit line (its name
# and licence, the same in every language) put in for its {key}.
CREDITS_TEXT = ("Boundaries and places: {ocha}. Control areas: this project's control dataset, built "
                "in part from {wikipedia} (see each area's source). Incidents: see each incident's source.")
CONTEXT_CREDITS_TEXT = "Rivers, lakes, roads and relief: {naturalearth}."

__all__ = ["Legend"]


class Legend(IncMapElement):
    """A collapsible legend control, built in the browser from JSON (values set as text)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "var {{ this.get_name() }} = IncMap.legend({{ this._parent.get_name() }}, "
        "{{ this.options | tojson }}).addTo({{ this._parent.get_name() }});"
        "{% endmacro %}"
    )

    def __init__(self, forces: list[dict], categories: list[dict] | None = None,
                 title: str = "Legend", position: str = "bottomright", attribution: list[str] = (),
                 credits: dict[str, str] | None = None, fill_opacity: float = 1.0):
        # fill_opacity: the control layer's, so each swatch looks like the areas it names.
        # attribution: interface texts (translated on the page) whose {key}s are credits[key].
        super().__init__({"forces": forces, "categories": categories or default_categories(),
                          "title": title, "position": position, "attribution": list(attribution),
                          "credits": dict(credits or {}),
                          "fill_opacity": float(fill_opacity)})
        self._name = "Legend"
