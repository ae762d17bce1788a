"""Exports: files for planners (``/export/{landmines|incidents}.{ext}``; hazards, accidents
and fronts through :mod:`service.planning`)."""

from __future__ import annotations

import datetime as dt
import threading

from geo import export as ex

from .core import (ApiError, Request, Result, Stream, bad_param, bool_param, int_param, operation,
                   page_url)
from .features import COLLECTIONS
from .incidents import IncidentOps
from .parameters import int_value, page_limits
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
        """``GET /export/{kind}.{geojson|gpkg|csv|kml|kmz}``: files for planners.

        Streamed: the file is made and sent a chunk of incidents at a time
        (:func:`geo.export.export_stream`), so its size costs the server no memory. Bounded
        (issue 17): at most ``max_export`` incidents per request (more is a 413 that says how
        to page with ``limit`` / ``offset``; a ``Link: rel="next"`` header gives the next
        page) and ``max_concurrent_exports`` exports at once, each holding its slot until its
        file is sent (more is a 429), the planning layers (hazards, accidents, fronts)
        included.
        """
        if kind not in ("landmines", "incidents") + PLANNING_KINDS:
            raise ApiError(404, "Not found", f"no export {kind[:40]!r}; use landmines, incidents, "
                           f"{', '.join(PLANNING_KINDS)}", kind="not-found")
        if ext not in ex.EXPORT_TYPES:
            raise ApiError(404, "Not found", f"no export format {ext[:20]!r}; use "
                           f"{', '.join(ex.EXPORT_TYPES)}", kind="not-found")
        if kind in PLANNING_KINDS:
            release = self._slot()
            try:
                return self._file(kind, ext, self.planning.export(req, kind, ext))
            finally:
                release()
        q = self.incidents.query(req, landmines=(kind == "landmines"), paging=False,
                                 extra=("circles", "limit", "offset"))
        circles = bool_param(req.params, "circles")
        if circles and ext == "csv":
            raise bad_param("circles", "CSV has no geometry column for circles; use geojson, "
                                       "gpkg or kml")
        most = self.res.settings.max_export
        paged = bool(req.params.get("limit"))
        limit = int_value(req.params, page_limits(self.res.settings)["export_limit"])
        offset = int_param(req.params, "offset", 0, 10**9, 0)
        filters = q.store_filters()
        release = self._slot()
        try:
            store = self.res.store
            matched = store.count(filters)
            if not paged and matched - offset > most:
                raise ApiError(413, "Export too large",
                               f"{matched:,} incidents match and one export holds at most "
                               f"{most:,}. Page through them with limit={most}&offset=0, then "
                               f"offset={most}, and so on (each response's Link header gives "
                               f"the next), or narrow the query (datetime, bbox, adm1, "
                               f"category, dataset).", kind="export-too-large",
                               matched=matched, max_export=most)
            selection = store.select(filters, limit=limit, offset=offset, provenance=True)
            pieces = ex.export_stream(selection, ext, circles=circles,
                                      gazetteer=self.res.gazetteer_or_none(),
                                      control_index=self.res.control_or_none(),
                                      title=COLLECTIONS[kind]["title"], query=q.describe(),
                                      layer=kind, key=store.id_key)
        except BaseException:
            release()
            raise
        # The slot is held while the file is sent: it is made as it goes.
        result = self._file(kind, ext, Stream(pieces, on_close=release))
        if offset + len(selection) < matched:
            nxt = page_url(req, {"limit": str(limit), "offset": str(offset + limit)})
            result.headers["Link"] = f'<{nxt}>; rel="next"'
        return result

    def _slot(self):
        """One of the few exports made at a time, or a 429; returns what frees it (once)."""
        if not self.res.exports.acquire(blocking=False):
            raise ApiError(429, "Too many exports",
                           "Other exports are being made right now; retry in a few seconds.",
                           kind="busy", headers={"Retry-After": "5"})
        once = threading.Lock()

        def release() -> None:
            if once.acquire(blocking=False):
                self.res.exports.release()

        return release

    @staticmethod
    def _file(kind: str, ext: str, body) -> Result:
        stamp = dt.date.today().isoformat()
        headers = {"Content-Type": ex.EXPORT_TYPES[ext],
                   "Content-Disposition": f'attachment; filename="syria-{kind}-{stamp}.{ext}"'}
        return Result(200, headers, body)
