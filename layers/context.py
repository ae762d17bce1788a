"""Context layers to read the map by, with no tile server: sub-district and community names.

The names come from ``/api/map/labels?bbox=&zoom=`` (``service.places.context_labels``):
sub-districts from zoom 9, communities (towns and villages, as labelled points) from
zoom 10, the capitals first. The page hides a label that would cover a group of
incidents or a more important label.

>>> ContextLabels().options["min_zoom"]
9
"""

from __future__ import annotations

from .base import IncMapLayer

__all__ = ["ContextLabels"]


class ContextLabels(IncMapLayer):
    """Place names of the view: sub-districts and communities, in English and Arabic."""

    factory = "contextLabels"
    js_names = ["incmap_js", "incmap_find_js"]

    def __init__(self, url: str = "api/map/labels", min_zoom: int = 9, show: bool = True,
                 name: str = "Places (towns, sub-districts)"):
        super().__init__({"url": url, "min_zoom": int(min_zoom)}, name=name, overlay=True,
                         show=show)
