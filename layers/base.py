"""The base of the app's own folium elements: a template, its JS/CSS, its options.

Each element renders a few lines of JavaScript that call into
``static/incmap/incmap.js`` (``IncMap.controlLayer(map, options)`` ...).
Options go into the page as JSON through Jinja's ``tojson`` filter, which
escapes ``<``, ``>``, ``&`` and ``'``, so no value can close the script
element; the JS then puts every value into the page with ``textContent``.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from jinja2 import Template

from .assets import static_links

__all__ = ["IncMapElement", "IncMapLayer", "AppConfig"]


class _Assets(JSCSSMixin):
    """Adds the app's JS and CSS links (deduplicated by name by folium)."""

    static_base = "/static/"

    def render(self, **kwargs):
        base = getattr(self.get_root(), "incmap_static_base", self.static_base)
        self.default_js = static_links(base, "js", self.js_names)
        self.default_css = static_links(base, "css", self.css_names)
        super().render(**kwargs)

    js_names = ["incmap_js"]
    css_names = ["incmap_css"]


class IncMapElement(_Assets, MacroElement):
    """A non-layer element (a control, the app config)."""

    def __init__(self, options: dict):
        super().__init__()
        self.options = options


class IncMapLayer(_Assets, Layer):
    """A layer listed in folium's LayerControl, built by an ``IncMap.*`` JS factory."""

    factory = ""  # e.g. "controlLayer"
    _template = Template(
        "{% macro script(this, kwargs) %}"
        "var {{ this.get_name() }} = IncMap.{{ this.factory }}("
        "{{ this._parent.get_name() }}, {{ this.options | tojson }});"
        "{% endmacro %}"
    )

    def __init__(self, options: dict, name: str, overlay: bool = True, show: bool = True,
                 control: bool = True):
        super().__init__(name=name, overlay=overlay, control=control, show=show)
        self._name = type(self).__name__
        self.options = options


class AppConfig(IncMapElement):
    """The page's settings for the JS app: date range, forces, categories, API base.

    Must be added to the map before the dynamic layers.
    """

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "IncMap.app({{ this._parent.get_name() }}, {{ this.options | tojson }});"
        "{% endmacro %}"
    )

    def __init__(self, options: dict):
        super().__init__(options)
        self._name = "IncMapApp"
