"""The map page: every layer, the legend and the date control on one offline Leaflet map.

The page holds no incident data: the control areas, the incidents, the heatmap
and the choropleth are fetched from the service for the chosen date, window
and view (see ``docs/web-map.md``). Its weight is the boundaries (~100 kB)
plus a few kB of configuration, whatever the size of the incident store.

>>> from geo.reference import load                                     # doctest: +SKIP
>>> html = render_page(load(), coverage=("2017-01-01", "2025-06-30"))  # doctest: +SKIP
>>> "<script src=\\"/static/vendor/leaflet/leaflet.js\\">" in html        # doctest: +SKIP
True
"""

from __future__ import annotations

import datetime as dt
import html

import folium
from branca.element import Element
from jinja2 import Template

from geo.reference.sources import credit_line

from .assets import OfflineMap
from .base import AppConfig, IncMapElement, IncMapLayer
from .boundaries import BoundaryLayer
from .choropleth import GovernorateChoropleth
from .context import CONTEXT_ATTRIBUTION, ContextLabels, context_layers
from .control import ControlAreas
from .find import FindPanel, PlaceSearch, TimeChart
from .hazards import DeminingPanel, HazardAreas, HistoricFrontLines
from .i18n import ARABIC
from .incidents import CATEGORY_STYLE, PRECISION_LABEL, IncidentHeatmap, IncidentLayer, categories
from .legend import CONTEXT_CREDITS_TEXT, CREDITS_TEXT, Legend
from .timecontrol import TimeControl

__all__ = ["build_map", "render_page", "forces_palette"]

SYRIA_CENTRE = (35.0, 38.5)


def forces_palette(forces=None) -> dict:
    """``{code: {code, name, short, colour}}`` from :data:`geo.force.FORCES`."""
    if forces is None:
        from geo.force import FORCES as forces
    return {code: {"code": f.code, "name": f.name, "short": f.short, "colour": f.colour}
            for code, f in forces.items()}


class _BlankBase(IncMapLayer):
    """The default base layer (unless a shaded relief is installed): no tiles, so nothing is
    fetched from another host."""

    factory = "blankLayer"

    def __init__(self, name: str = "No base map (offline)", show: bool = True):
        super().__init__({}, name=name, overlay=False, show=show)


class _Layout(IncMapElement):
    """The phone layout and the label decluttering; after the layer control (it folds it)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "IncMap.layout({{ this._parent.get_name() }});"
        "{% endmacro %}"
    )

    def __init__(self):
        super().__init__({})
        self.js_names = ["incmap_js", "incmap_find_js"]


class _MaxBounds(IncMapElement):
    """Keeps the view around Syria (the data cover nothing else)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "{{ this._parent.get_name() }}.setMaxBounds({{ this.options.bounds | tojson }});"
        "{% endmacro %}"
    )

    def __init__(self, bounds=((28.0, 30.0), (41.5, 47.0))):
        super().__init__({"bounds": [list(b) for b in bounds]})


def _iso(value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(str(value)).isoformat()


def build_map(ref, *, coverage=None, date=None, window: str = "month", forces=None,
              static_base: str = "/static/", api_base: str = "", tiles: bool = True,
              zoom_start: int = 7, data=None) -> folium.Map:
    """The folium map of the page, with every layer and control.

    Parameters
    ----------
    ref : geo.reference.Reference
        For the governorate and district boundaries (``ref.adm1``, ``ref.adm2``).
    coverage : (date, date), optional
        The date range of the slider (``ControlIndex.coverage``); default
        2011-03-15 to today.
    date : date or str, optional
        The date shown first (default: the end of ``coverage``).
    window : str
        The first incident window: week, month, quarter or year around the date.
    static_base, api_base : str
        URL prefixes of ``static/`` and of the API (``""``: same origin, relative).
    tiles : bool
        Offer OpenStreetMap tiles as an optional base layer (off at first).
    data : geo.reference.datadir.DataDir, optional
        Where the context layers (rivers, lakes, roads, relief) are looked for; default
        ``ref.data`` (the service passes its own: references are shared between folders
        that hold the same boundaries).
    """
    lo, hi = (coverage or (dt.date(2011, 3, 15), dt.date.today()))
    lo, hi = _iso(lo), _iso(hi)
    first = _iso(date) if date else hi
    first = min(max(first, lo), hi)
    if window not in ("week", "month", "quarter", "year"):
        raise ValueError(f"unknown window {window!r}; use week, month, quarter or year")
    palette = forces_palette(forces)
    from geo.incident import CAUSES, PERPETRATORS
    from geo.precision import LocationPrecision

    m = OfflineMap(location=SYRIA_CENTRE, zoom_start=zoom_start, min_zoom=5, max_zoom=16,
                   static_base=static_base, control_scale=True, prefer_canvas=False)
    m.get_root().incmap_static_base = static_base
    m.get_root().title = "Syria incident map"
    # A local icon, or the browser asks the server for /favicon.ico (a 404 in the console).
    m.get_root().header.add_child(
        Element(f'<link rel="icon" type="image/svg+xml" href="{html.escape(static_base.rstrip("/"))}/incmap/favicon.svg">'),
        name="favicon")
    # A page opened without a date asks api/map/start for the latest incidents' date and window.
    AppConfig({"date": first, "min_date": lo, "max_date": hi, "window": window,
               "api_base": api_base, "forces": palette, "start_url": "api/map/start",
               "strings": {"ar": ARABIC},
               "categories": {c["code"]: c for c in categories()},
               "perpetrators": {code: p.name for code, p in PERPETRATORS.items()},
               "causes": dict(CAUSES),
               "precisions": {int(p): PRECISION_LABEL.get(p.name, p.name.lower())
                              for p in LocationPrecision}}).add_to(m)
    # Rivers, lakes, roads and a relief when they are installed (geo.reference.context).
    context = context_layers(data if data is not None else getattr(ref, "data", None))
    _BlankBase(show="relief" not in context).add_to(m)
    if "relief" in context:
        context["relief"].add_to(m)
    if tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", show=False,
                         overlay=False).add_to(m)
    GovernorateChoropleth(ref.adm1).add_to(m)
    areas = ControlAreas().add_to(m)
    for key in ("water", "roads"):
        if key in context:
            context[key].add_to(m)
    BoundaryLayer(ref.adm2, "adm2").add_to(m)
    BoundaryLayer(ref.adm1, "adm1").add_to(m)
    ContextLabels().add_to(m)
    IncidentHeatmap().add_to(m)
    for category in CATEGORY_STYLE:
        IncidentLayer(category).add_to(m)
    HistoricFrontLines().add_to(m)
    HazardAreas().add_to(m)
    credits = {"ocha": credit_line(["ocha"]), "wikipedia": credit_line(["wikipedia"])}
    attribution = [CREDITS_TEXT]
    if context:
        attribution.append(CONTEXT_CREDITS_TEXT)
        credits["naturalearth"] = CONTEXT_ATTRIBUTION
    Legend(forces=list(palette.values()), attribution=attribution, credits=credits, position="bottomleft",
           fill_opacity=areas.options["fill_opacity"]).add_to(m)
    PlaceSearch().add_to(m)
    TimeControl(lo, hi).add_to(m)
    TimeChart().add_to(m)
    FindPanel(governorates=[{"pcode": code, "name_en": row.name_en, "name_ar": row.name_ar}
                            for code, row in ref.adm1.sort_values("name_en").iterrows()]).add_to(m)
    DeminingPanel().add_to(m)  # a tab of the find panel
    _MaxBounds().add_to(m)
    folium.LayerControl(collapsed=False, position="topleft").add_to(m)
    _Layout().add_to(m)
    return m


def _default_coverage():
    """The bundled control dataset's date range, when the control index is installed."""
    from geo.errors import UserError

    try:
        from geo.control import ControlIndex

        return ControlIndex.load().coverage
    except (ImportError, UserError):
        # No control data installed: the page still works, its control layer
        # reports the API's error, and the slider spans the default range.
        return None


_PAGES: dict = {}


def render_page(ref=None, **kwargs) -> str:
    """The full HTML page (see :func:`build_map` for the parameters).

    ``ref`` defaults to :func:`geo.reference.load` and ``coverage`` to the
    control index's; pages are cached per set of arguments (a page is the same
    for every request: the data come later, from the API).

    Examples
    --------
    >>> html = render_page(ref, coverage=("2017-01-01", "2025-06-30"))   # doctest: +SKIP
    """
    if ref is None:
        from geo.reference import load

        ref = load()
    if kwargs.get("coverage") is None:
        kwargs["coverage"] = _default_coverage()
    from geo.reference.context import installed

    data = kwargs.get("data") or getattr(ref, "data", None)
    key = (getattr(ref, "fingerprint", "") or id(ref), installed(data),
           str(getattr(data, "root", "")) if installed(data) else "",
           tuple(sorted((k, repr(v)) for k, v in kwargs.items() if k != "data")))
    if key not in _PAGES:
        if len(_PAGES) > 16:
            _PAGES.clear()
        _PAGES[key] = build_map(ref, **kwargs).get_root().render()
    return _PAGES[key]
