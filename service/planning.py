"""Products for demining planners: hazard areas, historic fronts, and what lies in an area.

Operations:

* ``GET /export/hazards.{ext}``, ``/export/accidents.{ext}``, ``/export/fronts.{ext}``
  (through :class:`service.exports.ExportOps`): the files, with their parameters
  (``distance`` in metres, ``start`` / ``end``, ``causes``) in their metadata;
* ``GET /api/map/hazards`` and ``/api/map/fronts``: the same layers for the map;
* ``GET /api/map/area?bbox=W,S,E,N`` or ``?polygon=<GeoJSON geometry>`` or
  ``?hazard=HA-...``: the incidents, hazard areas and front-line exposure inside
  an area a planner drew or picked.

Products are built from the store on demand and cached per parameters (and the
store's count of explosive incidents, so an import rebuilds them).
"""

from __future__ import annotations

import json
import threading
from collections import Counter, OrderedDict

from geo.errors import InputError
from geo.export.planning import fronts_export, hazard_export

from .core import (GEOJSON, Request, Result, ApiError, bad_param, check_known, listed_param, ok,
                   operation, parse_bbox)
from .features import SYRIA_BBOX
from .resources import Resources

__all__ = ["PlanningOps", "PLANNING_KINDS", "PLANNING_PARAMS", "area_summary"]

PLANNING_KINDS = ("hazards", "accidents", "fronts")
PLANNING_PARAMS = ("distance", "start", "end", "causes", "precision")
AREA_INCIDENTS_MAX = 500  # incidents listed in an area answer (all are counted)
CACHE = 16


class PlanningOps:
    """Hazard and front products over the service's store and control index."""

    OPERATIONS = ("map_hazards", "map_fronts", "map_area")

    def __init__(self, res: Resources):
        self.res = res
        self._products: OrderedDict = OrderedDict()
        self._fronts: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    # -- building -------------------------------------------------------------------
    def params(self, req: Request):
        from geo.hazard import HazardParams

        p = req.params
        causes = listed_param(p, "causes", allowed=("landmine", "explosive remnant", "IED",
                                                     "car bomb"))
        try:
            return HazardParams(distance_m=p.get("distance") or 500.0,
                                start=p.get("start") or None, end=p.get("end") or None,
                                causes=tuple(causes or ()) or None,
                                precision=p.get("precision") or "near")
        except InputError as exc:
            raise bad_param(exc.field or "distance", exc.message) from None

    def fronts(self, start=None, end=None):
        from geo.control.fronts import HistoricFronts

        index = self.res.control_index
        key = (id(index), str(start), str(end))
        with self._lock:
            hit = self._fronts.get(key)
            if hit is None:
                hit = self._fronts[key] = HistoricFronts.build(index, start, end)
                while len(self._fronts) > CACHE:
                    self._fronts.popitem(last=False)
        return hit

    def product(self, params):
        from geo.hazard import build_hazards
        from geo.store.base import Filters

        store = self.res.store
        explosive = Filters.build(cause=list(params.causes))
        landmine_cat = Filters.build(category=["landmine"])
        key = (params, store.count(explosive), store.count(landmine_cat))
        with self._lock:
            hit = self._products.get(key)
        if hit is not None:
            return hit
        seen, incidents = set(), []
        for f in (explosive, landmine_cat):
            for inc in store.query(f):
                if inc.id not in seen:
                    seen.add(inc.id)
                    incidents.append(inc)
        index = self.res.control_or_none()
        fronts = self.fronts(params.start, params.end) if index is not None else None
        product = build_hazards(incidents, params, control_index=index, fronts=fronts,
                                public_id=store.public_id)
        with self._lock:
            self._products[key] = product
            while len(self._products) > CACHE:
                self._products.popitem(last=False)
        return product

    # -- exports --------------------------------------------------------------------
    def export(self, req: Request, kind: str, ext: str) -> bytes:
        """The body of ``/export/{hazards|accidents|fronts}.{ext}``."""
        check_known(req, ("start", "end") if kind == "fronts" else PLANNING_PARAMS)
        params = self.params(req)
        query = {k: v for k, v in req.params.items() if v}
        if kind == "fronts":
            return fronts_export(self.fronts(params.start, params.end), ext, query=query)
        product = self.product(params)
        return hazard_export(product, ext, what="accidents" if kind == "accidents" else "areas",
                             query=query)

    # -- the map ----------------------------------------------------------------------
    @operation
    def map_hazards(self, req: Request) -> Result:
        """``GET /api/map/hazards``: hazard areas (RFC 7946) and unit tallies for the map."""
        check_known(req, PLANNING_PARAMS)
        body = hazard_export(self.product(self.params(req)), "geojson")
        return ok(json.loads(body), content_type=GEOJSON)

    @operation
    def map_fronts(self, req: Request) -> Result:
        """``GET /api/map/fronts``: historic front segments for the map."""
        check_known(req, ("start", "end"))
        params = self.params(req)
        body = fronts_export(self.fronts(params.start, params.end), "geojson")
        return ok(json.loads(body), content_type=GEOJSON)

    @operation
    def map_area(self, req: Request) -> Result:
        """``GET /api/map/area``: what lies inside a drawn or picked area."""
        check_known(req, ("bbox", "polygon", "hazard") + PLANNING_PARAMS)
        params = self.params(req)
        product = self.product(params)
        area = self._area(req, product)
        index = self.res.control_or_none()
        fronts = self.fronts(params.start, params.end) if index is not None else None
        return ok(area_summary(area, self.res.store, product, fronts, params))

    def _area(self, req: Request, product):
        """The area asked about: the part common to those given (``bbox``, ``polygon``,
        ``hazard``: "the part of this hazard area inside my box"), inside the box of Syria
        (nothing is known outside it); none given: the box of Syria."""
        import shapely

        p = req.params
        parts = [shapely.box(*SYRIA_BBOX)]
        if p.get("bbox"):
            parts.append(shapely.box(*parse_bbox(p["bbox"])))
        if p.get("polygon"):
            parts.append(drawn_area(p["polygon"]))
        if p.get("hazard"):
            rows = product.areas[product.areas["id"] == p["hazard"]]
            if not len(rows):
                raise ApiError(404, "Not found", f"no hazard area {p['hazard'][:40]!r} with these "
                                                 "parameters", kind="not-found")
            parts.append(rows.geometry.iloc[0])
        return surface(shapely.intersection_all(parts))


def surface(geom):
    """The polygons of ``geom`` (a repair or an intersection can leave lines and points, which
    hold nothing); an empty polygon when there are none."""
    import shapely

    polygonal = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(polygonal) if polygonal else shapely.Polygon()


def drawn_area(text: str):
    """The area of a ``polygon=`` parameter (GeoJSON, checked against
    :data:`~service.parameters.GEOJSON_AREA`): rings closed, an invalid polygon repaired
    (``shapely.make_valid``: a bow-tie becomes two triangles). May be empty: a drawn area with
    no surface.

    >>> drawn_area('{"type": "Polygon", "coordinates": [[[36, 35], [37, 35], [37, 36], [36, 36]]]}').area
    1.0
    """
    import shapely

    from geo.inputrules import load_json

    from .parameters import GEOJSON_AREA, schema_problem

    doc = load_json(text)
    problem = schema_problem(doc, GEOJSON_AREA)
    if problem:
        raise bad_param("polygon", problem)
    polygons = [doc["coordinates"]] if doc["type"] == "Polygon" else doc["coordinates"]
    parts = []
    for rings in polygons:
        closed = [[tuple(p[:2]) for p in ring] + ([tuple(ring[0][:2])] if ring[0][:2] != ring[-1][:2]
                                                   else []) for ring in rings]
        parts.append(surface(shapely.make_valid(shapely.Polygon(closed[0], closed[1:]))))
    return surface(shapely.union_all(parts))


def area_summary(area, store, product, fronts, params) -> dict:
    """The incidents, hazard areas and historic fronts inside ``area`` (a WGS84 polygon).

    ``incidents``: every incident of the store located inside (counts by category and
    cause, civilians killed, and up to :data:`AREA_INCIDENTS_MAX` listed, explosive
    accidents first, each with its distance to the nearest historic front; coarse
    stand-in points are not counted); ``hazards``: the areas that meet it, with the
    share of each inside; ``fronts``: the length of historic front inside and its days
    (km x days of front), by pair of forces, and the nearest front when none crosses it.
    """
    import numpy as np
    import shapely
    from geo.hazard.areas import to_utm
    from geo.importers.explosive import is_demining
    from geo.store.base import Filters

    def km2(g):
        xy = shapely.get_coordinates(g)
        x, y = to_utm(xy[:, 0], xy[:, 1])
        return shapely.area(shapely.set_coordinates(g, np.column_stack([x, y]))) / 1e6

    # One vectorised read of the few columns the sums need (no Python object per row: a whole
    # country holds tens of thousands), then the records of the listed ones only.
    a = {"fid": np.zeros(0, dtype=np.int64)}
    if not area.is_empty:
        w, s, e, n = area.bounds
        filters = Filters.build(bbox=(w, s, e, n), max_precision=2, start=params.start,
                                end=params.end)
        a = store.arrays(filters, columns=("fid", "lon", "lat", "category", "cause", "killed",
                                           "date"), order="date")
        inside = shapely.contains_xy(area, a["lon"], a["lat"])
        a = {k: v[inside] for k, v in a.items()}
    n_found = len(a["fid"])
    listed = []
    if n_found:
        # Explosive accidents first, then by date (a stable sort keeps the store's order).
        first = sorted(range(n_found), key=lambda k: (not is_demining(a["cause"][k], a["category"][k]),
                                                      str(a["date"][k])))[:AREA_INCIDENTS_MAX]
        # The public form's id and place (names withheld: geo.privacy).
        for p in store.select_fids(a["fid"][first]).records().public(store.id_key):
            listed.append({"id": p["id"], "date": p["date"], "category": p["category"],
                           "cause": p["cause"], "killed": p["killed"], "lon": p["lon"],
                           "lat": p["lat"], "place": p["place_text"],
                           "control": p["computed_control"]})
    incidents = {
        "count": n_found, "killed": sum(k or 0 for k in a.get("killed", ())),
        "by_category": dict(Counter(a.get("category", ()))),
        "by_cause": dict(Counter(c for c in a.get("cause", ()) if c)),
        "listed": listed,
    }
    if fronts is not None and incidents["listed"]:
        near = fronts.nearest(shapely.points([[i["lon"], i["lat"]] for i in incidents["listed"]]))
        for k, item in enumerate(incidents["listed"]):
            item["front_distance_m"] = float(near["front_distance_m"][k])
            item["front_days"] = int(near["front_days"][k])
    hazards = []
    geoms = product.areas.geometry.to_numpy()
    if len(geoms):
        hit = np.flatnonzero(shapely.intersects(geoms, area))
        for k in hit.tolist():
            row = product.areas.iloc[k]
            inside = shapely.intersection(geoms[k], area)
            hazards.append({"id": row["id"], "incidents": int(row["incidents"]),
                            "killed": int(row["killed"]), "confidence": row["confidence"],
                            "first_date": row["first_date"], "last_date": row["last_date"],
                            "share_inside": round(km2(inside) / max(km2(geoms[k]), 1e-9), 3)})
    exposure = {"length_km": 0.0, "km_days": 0.0, "by_pair": {}, "segments": 0, "nearest": None}
    if fronts is not None and len(fronts.segments):
        seg = fronts.segments
        sg = seg.geometry.to_numpy()
        hit = np.flatnonzero(shapely.intersects(sg, area))
        from geo.control.fronts import _AEQD  # the fronts' own metric plane
        from pyproj import Transformer

        tr = Transformer.from_crs(4326, _AEQD, always_xy=True)
        for k in hit.tolist():
            part = shapely.intersection(sg[k], area)
            xy = shapely.get_coordinates(part)
            x, y = tr.transform(xy[:, 0], xy[:, 1])
            km = float(shapely.length(shapely.set_coordinates(part, np.column_stack([x, y])))) / 1000
            exposure["length_km"] += km
            exposure["km_days"] += km * int(seg["days"].iloc[k])
            for pair, days in json.loads(seg["days_by_pair"].iloc[k]).items():
                exposure["by_pair"][pair] = round(exposure["by_pair"].get(pair, 0) + km * days, 1)
        exposure["segments"] = len(hit)
        exposure["length_km"] = round(exposure["length_km"], 3)
        exposure["km_days"] = round(exposure["km_days"], 1)
        if not len(hit) and not area.is_empty:
            near = fronts.nearest([area])
            exposure["nearest"] = {"id": near["front_id"][0],
                                   "distance_m": float(near["front_distance_m"][0]),
                                   "days": int(near["front_days"][0]),
                                   "forces": near["front_forces"][0]}
    return {"area_km2": round(float(km2(area)), 3), "parameters": params.to_dict(),
            "incidents": incidents, "hazards": hazards, "fronts": exposure}
