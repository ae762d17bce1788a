"""The legend: force colours, the hatch of joint/contested areas, incident symbols, sizes.

>>> legend = Legend(forces=[{"code": "SDF", "name": "Syrian Democratic Forces", "colour": "#CC79A7"}])
>>> legend.options["forces"][0]["code"]
'SDF'
"""

from __future__ import annotations

from jinja2 import Template

from .base import IncMapElement
from .incidents import categories as default_categories

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
                 title: str = "Legend", position: str = "bottomright", attribution: str = "",
                 fill_opacity: float = 1.0):
        # fill_opacity: the control layer's, so each swatch looks like the areas it names.
        super().__init__({"forces": forces, "categories": categories or default_categories(),
                          "title": title, "position": position, "attribution": attribution,
                          "fill_opacity": float(fill_opacity)})
        self._name = "Legend"
