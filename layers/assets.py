"""The page's JavaScript and CSS, all served from ``static/``: nothing from a CDN.

folium's :class:`folium.Map` links Leaflet, jQuery, Bootstrap and Font Awesome
from CDNs by default. :class:`OfflineMap` replaces those links with the copies
under ``static/vendor/`` (each with its license file next to it), and the
app's own elements add ``static/incmap/incmap.{js,css}``.

>>> m = OfflineMap(location=[35.0, 38.5], zoom_start=7)
>>> "cdn" in m.get_root().render()
False
"""

from __future__ import annotations

from pathlib import Path

import folium

__all__ = ["STATIC_DIR", "VENDOR", "OfflineMap", "static_links", "asset_paths"]

# layers/static/ ships inside the package, so a checkout and a wheel install find it the same
# way; the server serves it at /static/.
STATIC_DIR = Path(__file__).resolve().parent / "static"

# name -> (path under static/, license file under static/, upstream)
VENDOR = {
    "leaflet": ("vendor/leaflet/leaflet.js", "vendor/leaflet/LICENSE", "npm leaflet@1.9.4"),
    "leaflet_css": ("vendor/leaflet/leaflet.css", "vendor/leaflet/LICENSE", "npm leaflet@1.9.4"),
    "leaflet_heat": ("vendor/leaflet-heat/leaflet-heat.js", "vendor/leaflet-heat/LICENSE",
                     "Leaflet.heat 0.2.0 with folium's weights patch (folium/templates)"),
    "incmap_js": ("incmap/incmap.js", None, "this project"),
    "incmap_find_js": ("incmap/incmap-find.js", None, "this project"),
    "incmap_hazards_js": ("incmap/hazards.js", None, "this project"),
    "incmap_css": ("incmap/incmap.css", None, "this project"),
    "incmap_icon": ("incmap/favicon.svg", None, "this project"),
}


def _url(base: str, name: str) -> str:
    return base.rstrip("/") + "/" + VENDOR[name][0]


def static_links(base: str = "/static/", kind: str = "js", names: list[str] | None = None) -> list:
    """``(name, url)`` pairs for folium's ``default_js`` / ``default_css``.

    >>> static_links("/static/", "css", ["leaflet_css"])
    [('leaflet_css', '/static/vendor/leaflet/leaflet.css')]
    """
    suffix = ".css" if kind == "css" else ".js"
    names = names if names is not None else [n for n, v in VENDOR.items() if v[0].endswith(suffix)]
    return [(n, _url(base, n)) for n in names]


def asset_paths() -> list[Path]:
    """Every vendored or own asset file (for checks that they all exist)."""
    out = []
    for path, lic, _ in VENDOR.values():
        out.append(STATIC_DIR / path)
        if lic:
            out.append(STATIC_DIR / lic)
    return out


class OfflineMap(folium.Map):
    """A :class:`folium.Map` whose only script and style links are Leaflet under ``static_base``.

    Parameters
    ----------
    static_base : str
        The URL prefix of ``static/`` (default ``/static/``).
    **kwargs
        Passed to :class:`folium.Map` (``tiles`` defaults to ``None``: the map
        reads without a tile server).
    """

    def __init__(self, *args, static_base: str = "/static/", **kwargs):
        kwargs.setdefault("tiles", None)
        super().__init__(*args, **kwargs)
        # Instance attributes, so the class-level CDN lists of folium stay untouched.
        self.default_js = static_links(static_base, "js", ["leaflet"])
        self.default_css = static_links(static_base, "css", ["leaflet_css"])
