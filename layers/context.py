"""Context layers to read the map by, with no tile server: place names, and when installed,
rivers, lakes, roads and a shaded relief.

The names come from ``/api/map/labels?bbox=&zoom=`` (``service.places.context_labels``):
sub-districts from zoom 9, communities (towns and villages, as labelled points) from
zoom 10, the capitals first. The page hides a label that would cover a group of
incidents or a more important label.

Rivers, lakes, roads and the relief are Natural Earth's (public domain), installed with
``incmap data install --layer rivers --layer lakes --layer roads --layer relief`` and cut
to the map's region (``geo.reference.context``); the page offers each only when it is
installed (:func:`context_layers`), loads the lines (``/api/map/context/{layer}``) when
they are first shown, and lays the relief (``/api/map/relief.png``) under every layer.

>>> ContextLabels().options["min_zoom"]
9
>>> ContextLines(["rivers", "lakes"]).options["urls"]
{'rivers': 'api/map/context/rivers', 'lakes': 'api/map/context/lakes'}
"""

from __future__ import annotations

from geo.reference.sources import credit_line

from .base import IncMapLayer

__all__ = ["ContextLabels", "ContextLines", "ShadedRelief", "context_layers",
           "CONTEXT_ATTRIBUTION", "ROADS_NAME"]

_JS = ["incmap_js", "incmap_find_js"]
CONTEXT_ATTRIBUTION = credit_line(["naturalearth"])
ROADS_NAME = "Roads"


class ContextLabels(IncMapLayer):
    """Place names of the view: sub-districts and communities, in English and Arabic."""

    factory = "contextLabels"
    js_names = _JS

    def __init__(self, url: str = "api/map/labels", min_zoom: int = 9, show: bool = True,
                 name: str = "Places (towns, sub-districts)"):
        super().__init__({"url": url, "min_zoom": int(min_zoom)}, name=name, overlay=True,
                         show=show)


class ContextLines(IncMapLayer):
    """Installed Natural Earth vectors (rivers, lakes, roads) as one switchable layer.

    Parameters
    ----------
    kinds : list of str
        The installed layers it draws: ``rivers``, ``lakes``, ``roads``.
    """

    factory = "contextLines"
    js_names = _JS

    def __init__(self, kinds, name: str = "Rivers and lakes", show: bool = True,
                 url: str = "api/map/context/{}"):
        super().__init__({"urls": {k: url.format(k) for k in kinds},
                          "attribution": CONTEXT_ATTRIBUTION}, name=name, overlay=True, show=show)


class ShadedRelief(IncMapLayer):
    """The installed shaded relief, a base layer under every other.

    Parameters
    ----------
    bounds : (W, S, E, N)
        Where the image lies (``geo.reference.context.relief_bounds``).
    """

    factory = "reliefLayer"
    js_names = _JS

    def __init__(self, bounds, url: str = "api/map/relief.png",
                 name: str = "Shaded relief (offline)", show: bool = True, opacity: float = 0.55):
        west, south, east, north = (float(v) for v in bounds)
        super().__init__({"url": url, "bounds": [[south, west], [north, east]],
                          "opacity": float(opacity), "attribution": CONTEXT_ATTRIBUTION},
                         name=name, overlay=False, show=show)


def context_layers(data) -> dict:
    """The installed context layers as page elements: ``{"relief", "water", "roads"}``
    (each only when its files are installed in the :class:`~geo.reference.datadir.DataDir`)."""
    from geo.reference import context

    have = set(context.installed(data))
    out = {}
    if "relief" in have:
        out["relief"] = ShadedRelief(context.relief_bounds(data.path_of("relief")))
    water = [k for k in ("rivers", "lakes") if k in have]
    if water:
        out["water"] = ContextLines(water)
    if "roads" in have:
        out["roads"] = ContextLines(["roads"], name=ROADS_NAME, show=False)
    return out
