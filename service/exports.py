"""Exports: files for planners (``/export/{landmines|incidents}.{ext}``; hazards, accidents
and fronts through :mod:`service.planning`)."""

from __future__ import annotations

import datetime as dt

from geo import export as ex

from .core import ApiError, Request, Result, bad_param, bool_param, operation
from .features import COLLECTIONS
from .incidents import IncidentOps
from .planning import PLANNING_KINDS, PlanningOps

__all__ = ["ExportOps"]


class ExportOps:
    """The export operation, over the incident operations' query parsing."""

    OPERATIONS = ("export",)

    def __init__(self, incidents: IncidentOps, planning: PlanningOps | None = None):
        self.res = incidents.res
        self.incidents = incidents
        self.planning = planning or PlanningOps(incidents.res)

    @operation
    def export(self, req: Request, kind: str, ext: str) -> Result:
        """``GET /export/{landmines|incidents}.{geojson|gpkg|csv|kml}``: files for planners."""
        if kind not in ("landmines", "incidents") + PLANNING_KINDS:
            raise ApiError(404, "Not found", f"no export {kind[:40]!r}; use landmines, incidents, "
                           f"{', '.join(PLANNING_KINDS)}", kind="not-found")
        if ext not in ex.EXPORT_TYPES:
            raise ApiError(404, "Not found", f"no export format {ext[:20]!r}; use "
                           f"{', '.join(ex.EXPORT_TYPES)}", kind="not-found")
        if kind in PLANNING_KINDS:
            return self._file(kind, ext, self.planning.export(req, kind, ext))
        q = self.incidents.query(req, landmines=(kind == "landmines"), paging=False,
                                 extra=("circles",))
        circles = bool_param(req.params, "circles")
        if circles and ext == "csv":
            raise bad_param("circles", "CSV has no geometry column for circles; use geojson, "
                                       "gpkg or kml")
        incidents = list(self.res.store.query(q.store_filters()))
        body = ex.export_bytes(incidents, ext, circles=circles, gazetteer=self.res.gazetteer_or_none(),
                               control_index=self.res.control_or_none(),
                               title=COLLECTIONS[kind]["title"], query=q.describe(), layer=kind)
        return self._file(kind, ext, body)

    @staticmethod
    def _file(kind: str, ext: str, body: bytes) -> Result:
        stamp = dt.date.today().isoformat()
        return Result(200, {"Content-Type": ex.EXPORT_TYPES[ext],
                            "Content-Disposition":
                                f'attachment; filename="syria-{kind}-{stamp}.{ext}"'}, body)

