"""folium layer builders for the Syria incident map: data in, folium objects out.

No HTTP and no storage here: ``server.py`` passes the reference data and the
control coverage in, and the page's JavaScript (``static/incmap/incmap.js``)
fetches the rest from the service. See ``docs/web-map.md``.
"""

from .assets import STATIC_DIR, OfflineMap
from .boundaries import BoundaryLayer, boundary_geojson
from .choropleth import GovernorateChoropleth
from .control import ControlAreas
from .incidents import CATEGORY_STYLE, IncidentHeatmap, IncidentLayer, categories
from .legend import Legend
from .page import build_map, forces_palette, render_page
from .timecontrol import TimeControl

__all__ = ["STATIC_DIR", "OfflineMap", "BoundaryLayer", "boundary_geojson", "GovernorateChoropleth",
           "ControlAreas", "CATEGORY_STYLE", "IncidentHeatmap", "IncidentLayer", "categories", "Legend",
           "build_map", "forces_palette", "render_page", "TimeControl"]
