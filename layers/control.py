"""Control areas for a date: one colour per force, joint or contested areas hatched.

The layer loads ``/api/control/snapshot?date=`` (see ``geo.control.snapshot.control_snapshot_geojson``)
whenever the page's date moves, so the page never reloads. Each area's
tooltip gives the force, the other forces present, the period, the
confidence and the source.

>>> layer = ControlAreas()
>>> layer.options["url"]
'api/control/snapshot'
"""

from __future__ import annotations

from .base import IncMapLayer

__all__ = ["ControlAreas"]


class ControlAreas(IncMapLayer):
    """The control map of the chosen date.

    Parameters
    ----------
    url : str
        The snapshot endpoint, relative to the app's ``api_base``.
    data : dict, optional
        A snapshot FeatureCollection to show at once (a static map, e.g. an
        export); the layer still reloads when the date moves.
    fill_opacity : float
        Opacity of the area fill (the boundaries and labels stay readable).
    """

    factory = "controlLayer"

    def __init__(self, url: str = "api/control/snapshot", data: dict | None = None,
                 fill_opacity: float = 0.35, name: str = "Control areas", show: bool = True):
        options = {"url": url, "fill_opacity": float(fill_opacity)}
        if data is not None:
            options["data"] = data
        super().__init__(options, name=name, overlay=True, show=show)
