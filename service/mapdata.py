"""The web map's data: GeoJSON-able dicts for the control areas, the incidents of a view, the choropleth.

Pure functions over the control index, the incident store and the gazetteer;
:class:`MapOps` (below) serves them at ``/api/control/snapshot``, ``/api/map/incidents``
and ``/api/map/governorates`` (see ``docs/web-map.md``). Values are raw text:
the page's JavaScript puts them in with ``textContent``.

The incidents of a view are sent so that the answer stays small whatever the
size of the store:

* up to :func:`points_limit` incidents (300 at zoom <= 7 ... ``max_points``): each one, with the fields a popup shows
  (never victim names);
* more: a grid of cells about ``CELL_PX`` screen pixels wide at the request's
  zoom, one cluster per cell and category (``cluster: true``, ``count``,
  ``killed``, the dominant controlling force, the members' bounding box); a
  cell with one incident sends the incident itself;
* more than ``GRID_MAX``: the store's own per-sub-district sums (one SQL
  ``GROUP BY``), placed at each sub-district's label point.

>>> cells = grid_cells([36.0, 36.001, 38.0], [35.0, 35.001, 35.5], zoom=6)
>>> int(cells[0] == cells[1]), int(cells[0] == cells[2])
(1, 0)
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from typing import Any, Iterable

import numpy as np

from geo.dates import as_date
from geo.errors import InputError

from .core import (CATEGORIES, GEOJSON, Request, Result, bad_param, date_param, int_param,
                   listed_param, ok, operation)
from .core import parse_bbox as bbox_param
from .parameters import check_syntax
from .resources import Resources

__all__ = [
    "MapOps", "incidents_for_view", "incidents_geojson",
    "governorate_counts", "incident_properties", "popup_items", "map_filters", "MAP_FILTERS", "view_box", "points_limit", "grid_cells", "cell_size_deg", "parse_bbox",
    "MAX_POINTS", "GRID_MAX", "CELL_PX", "MAP_FIELDS", "DRAWN_MAX_PRECISION",
]

MAX_POINTS = 1000  # individual incidents in one answer at high zoom; more are clustered
# At low zoom fewer individual symbols: a country view of 1,000 symbols is unreadable.
POINTS_BY_ZOOM = ((7, 300), (9, 600))
GRID_MAX = 10_000  # more than this in a view: sub-district sums from the store
CELL_PX = 64  # a cluster cell, in screen pixels at the request's zoom
# Drawn as points: incidents located to a place, near one, or to a district (with its radius
# in the popup). Coarser ones (a governorate, a named area, the country) have only a stand-in
# point (a centroid): they are counted in the governorate choropleth when their governorate is
# known, and reported as ``not_drawn``, never drawn where their centroid happens to lie.
DRAWN_MAX_PRECISION = 3  # LocationPrecision.DISTRICT
DIGITS = 4  # ~10 m

# The incident filters the map's routes take besides the view and window (the store's
# Filters names; the same as /api/incidents and /export take, so an export link is the view).
MAP_FILTERS = ("category", "perpetrator", "cause", "control", "agrees", "victims")

# What a map popup shows. Victim names and the source sentence (which often
# names victims) never leave the server on this route.
MAP_FIELDS = (
    "id", "date", "date_precision", "date_end", "date_documented", "category", "cause", "perpetrator",
    "perpetrator_text", "killed", "children", "women", "injured", "deaths_total", "place_text",
    "pcode", "level",
    "adm1_pcode", "adm2_pcode", "adm3_pcode", "location_precision", "radius_m", "stated_control",
    "computed_control", "computed_forces", "control_agrees", "source_title", "source_publisher",
    "source_url", "source_date", "dataset", "event_id", "linked_ids",
)


# --------------------------------------------------------------------------- parameters

def parse_bbox(value: Any) -> tuple[float, float, float, float] | None:
    """``"W,S,E,N"`` or a 4-sequence as floats, checked.

    >>> parse_bbox("35.5,32.2,42.5,37.4")
    (35.5, 32.2, 42.5, 37.4)
    """
    if value is None or value == "":
        return None
    parts = str(value).split(",") if isinstance(value, str) else list(value)
    try:
        w, s, e, n = (float(p) for p in parts)
    except (TypeError, ValueError):
        raise InputError(f"bbox must be four numbers W,S,E,N, not {str(value)[:60]!r}",
                         field="bbox") from None
    if not all(math.isfinite(v) for v in (w, s, e, n)) or not (
            -180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise InputError(f"impossible bbox {str(value)[:60]!r}: need -180<=W<=E<=180, "
                         "-90<=S<=N<=90", field="bbox")
    return (w, s, e, n)


def _zoom(value: Any) -> int:
    try:
        z = int(value)
    except (TypeError, ValueError):
        raise InputError(f"zoom must be a whole number 0-22, not {str(value)[:20]!r}",
                         field="zoom") from None
    if not 0 <= z <= 22:
        raise InputError(f"zoom must be 0-22, not {z}", field="zoom")
    return z


def _categories(value: Any) -> tuple[str, ...]:
    from geo.incident import parse_category

    if value is None or value == "":
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(dict.fromkeys(parse_category(str(c).strip(), field_name="category")
                               for c in items if str(c).strip()))


# --------------------------------------------------------------------------- control
# control_snapshot_geojson (geo.control.snapshot, imported on first use) is the one writer
# of the control areas of a date: the map, the OGC control-areas collection and
# `incmap control snapshot` share it.


# --------------------------------------------------------------------------- incidents

def points_limit(zoom: int, max_points: int = MAX_POINTS) -> int:
    """How many incidents a view at ``zoom`` shows one by one before clustering.

    >>> points_limit(6), points_limit(9), points_limit(12)
    (300, 600, 1000)
    """
    for upto, limit in POINTS_BY_ZOOM:
        if zoom <= upto:
            return min(limit, max_points)
    return max_points


def incident_properties(incident, key: bytes | None = None) -> dict:
    """The fields of one incident a map popup shows (no victim names); empty ones left out.

    >>> from geo.incident import Incident
    >>> p = incident_properties(Incident(date=dt.date(2023, 7, 11), category="landmine",
    ...     killed=1, lon=40.21, lat=35.07, victim_names=["X Y"], dataset="t", source_id="1"))
    >>> p["id"], "victim_names" in p
    ('t:1', False)
    """
    from geo.store.records import Records

    return popup_items(Records.of([incident]), key)[0]


def popup_items(records, key: bytes | None = None) -> list[dict]:
    """The popup's fields of each of a :class:`~geo.store.records.Records`, from their public
    form (:func:`geo.privacy.public_form`: names withheld); its ``lon`` and ``lat`` are the
    caller's to place it."""
    pub = records.public_columns(key)
    fields = [(k, pub[k]) for k in MAP_FIELDS]
    # Empty fields are left out: an answer of 1,500 incidents stays a few hundred kB.
    return [{k: v for k, values in fields if (v := values[i]) or v == 0}  # 0 and False kept
            for i in range(len(records))]


def cell_size_deg(zoom: int, cell_px: int = CELL_PX) -> float:
    """The width of a cluster cell in degrees of longitude at a Web Mercator zoom level.

    >>> round(cell_size_deg(8), 3)
    0.352
    """
    return cell_px * 360.0 / (256.0 * 2 ** int(zoom))


def grid_cells(lons: Iterable[float], lats: Iterable[float], zoom: int,
               cell_px: int = CELL_PX) -> np.ndarray:
    """A cell id per point: a square grid in Web Mercator, ``cell_px`` pixels at ``zoom``.

    Points in the same cell get the same id (an int64).
    """
    lon = np.asarray(lons, dtype=float)
    lat = np.clip(np.asarray(lats, dtype=float), -85.0, 85.0)
    # Mercator y in "degrees", so a cell is square on the screen.
    y = np.degrees(np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)))
    size = cell_size_deg(zoom, cell_px)
    ix = np.floor((lon + 180.0) / size).astype(np.int64)
    iy = np.floor((y + 180.0) / size).astype(np.int64)
    return ix * 1_000_000_000 + iy


def _point(lon: float, lat: float) -> dict:
    return {"type": "Point", "coordinates": [round(float(lon), DIGITS), round(float(lat), DIGITS)]}


def _features(records, key: bytes | None) -> list[dict]:
    """The popup features of the located ones of some records."""
    lons, lats = records.columns["lon"], records.columns["lat"]
    return [{"type": "Feature", "id": props["id"], "geometry": _point(x, y), "properties": props}
            for props, x, y in zip(popup_items(records, key), lons, lats)
            if x is not None and y is not None]


def _clusters(a: dict, cells: np.ndarray) -> list[dict | int]:
    """Incidents grouped by category and cell: each group, in the order of its first
    incident, a cluster feature, or (a group of one) the position of its incident in ``a``.

    ``a``: the arrays of the view's located incidents (:meth:`IncidentStore.arrays`:
    ``lon``, ``lat``, ``category``, ``killed``, ``computed_control``), in the store's order.
    """
    cats, cat_code = np.unique(a["category"].astype(str), return_inverse=True)
    keys = np.stack([cat_code.astype(np.int64), cells], axis=1)
    _, first, group, counts = np.unique(keys, axis=0, return_index=True, return_inverse=True,
                                        return_counts=True)
    group = group.ravel()
    lon, lat = a["lon"], a["lat"]
    killed = np.array([k or 0 for k in a["killed"]], dtype=float)
    sums = {name: np.bincount(group, weights=w, minlength=len(first))
            for name, w in (("lon", lon), ("lat", lat), ("killed", killed))}
    lo_lon = np.full(len(first), np.inf)
    hi_lon = np.full(len(first), -np.inf)
    lo_lat, hi_lat = lo_lon.copy(), hi_lon.copy()
    np.minimum.at(lo_lon, group, lon)
    np.maximum.at(hi_lon, group, lon)
    np.minimum.at(lo_lat, group, lat)
    np.maximum.at(hi_lat, group, lat)
    # Forces per group, in the order they first appear (a tie goes to the first, as a Counter).
    forces = np.array([f or "UNKNOWN" for f in a["computed_control"]], dtype=object)
    names, force_code = np.unique(forces.astype(str), return_inverse=True)
    pairs = np.stack([group.astype(np.int64), force_code.ravel().astype(np.int64)], axis=1)
    pair, pair_first, pair_counts = np.unique(pairs, axis=0, return_index=True, return_counts=True)
    by_group: dict[int, list] = {}
    for (g, f), at, c in sorted(zip(pair.tolist(), pair_first.tolist(), pair_counts.tolist()),
                                key=lambda t: (t[0][0], t[1])):
        by_group.setdefault(g, []).append((str(names[f]), c))
    out: list[dict | int] = []
    for g in np.argsort(first, kind="stable").tolist():
        if counts[g] == 1:
            out.append(int(first[g]))
            continue
        members = by_group[g]
        top = max(members, key=lambda m: m[1])  # the first of the most common
        out.append({
            "type": "Feature", "id": f"cluster:{cats[keys[first[g], 0]]}:{int(keys[first[g], 1])}",
            "geometry": _point(sums["lon"][g] / counts[g], sums["lat"][g] / counts[g]),
            "properties": {
                "cluster": True, "category": str(cats[keys[first[g], 0]]), "count": int(counts[g]),
                "killed": int(sums["killed"][g]), "computed_control": top[0],
                "forces": dict(members),
                "bbox": [round(float(v), DIGITS) for v in (lo_lon[g], lo_lat[g], hi_lon[g],
                                                           hi_lat[g])],
            },
        })
    return out


def map_filters(params: Any) -> dict:
    """The map's incident filters (:data:`MAP_FILTERS`) from query parameters, each checked.

    Values stay as the page sent them (comma-separated codes); a bad one is an
    :class:`InputError` naming its field, which the API turns into a 400.

    >>> map_filters({"perpetrator": "GOV,RUS", "victims": "children", "zoom": "7"})
    {'perpetrator': 'GOV,RUS', 'victims': 'children'}
    """
    from geo.store.base import Filters

    out = {}
    for name in MAP_FILTERS:
        raw = params.get(name) if hasattr(params, "get") else None
        if raw is None or str(raw).strip() == "":
            continue
        if len(str(raw)) > 500:
            raise InputError(f"{name}: {len(str(raw))} characters; give at most 500", field=name)
        out[name] = str(raw).strip()
    Filters.build(**out)  # every value checked, the error naming its field
    return out


def view_box(store, bbox):
    """The view's box as a filter, or ``None`` when it holds every stored point.

    A country view's box selects nothing away, but the store would still read its
    spatial index in full for each count (seconds over 100,000 incidents): dropped.
    """
    if bbox is None:
        return None
    extent = getattr(store, "extent", None)
    extent = extent() if callable(extent) else None
    if extent and bbox[0] <= extent[0] and bbox[1] <= extent[1] and bbox[2] >= extent[2] \
            and bbox[3] >= extent[3]:
        return None
    return bbox


def _store_filters(bbox, start, end, categories, filters: dict | None = None) -> dict:
    out: dict[str, Any] = dict(filters or {})
    if bbox is not None:
        out["bbox"] = bbox
    if start is not None:
        out["start"] = start
    if end is not None:
        out["end"] = end
    if categories:
        out["category"] = ",".join(categories)
    return out


def _sums_by_subdistrict(store, filters: dict, gazetteer) -> list[dict]:
    """Per sub-district (or district, for district-level incidents), category and control
    sums from the store, at label points."""
    if gazetteer is None:
        from geo.gazetteer import Gazetteer

        gazetteer = Gazetteer.load()
    rows = store.stats(group_by=("adm3", "adm2", "category", "control"),
                       measures=("incidents", "killed"), **filters)
    by_cell: dict[tuple, dict] = {}
    for r in rows:
        # An incident known only to its district (precision 3) is summed at the district.
        unit = r.get("adm3_pcode") or r.get("adm2_pcode")
        try:
            place = gazetteer.get(unit) if unit else None
        except KeyError:  # a code the gazetteer does not know: left off the map
            place = None
        if place is None:
            continue
        key = (r.get("category"), unit)
        c = by_cell.setdefault(key, {"count": 0, "killed": 0, "forces": Counter(), "place": place})
        c["count"] += int(r.get("incidents") or 0)
        c["killed"] += int(r.get("killed") or 0)
        c["forces"][r.get("computed_control") or "UNKNOWN"] += int(r.get("incidents") or 0)
    features = []
    for (category, unit), c in sorted(by_cell.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        p = c["place"]
        features.append({
            "type": "Feature", "id": f"unit:{category}:{unit}", "geometry": _point(p.lon, p.lat),
            "properties": {"cluster": True, "category": category, "count": c["count"],
                           "killed": c["killed"], "computed_control": c["forces"].most_common(1)[0][0],
                           "forces": dict(c["forces"]), "unit": unit, "bbox": None},
        })
    return features


def incidents_for_view(store, bbox=None, start=None, end=None, zoom=8, categories=None, *,
                       filters: dict | None = None, max_points: int = MAX_POINTS,
                       grid_max: int = GRID_MAX, cell_px: int = CELL_PX, gazetteer=None) -> dict:
    """The incidents of a map view and time window, as a GeoJSON FeatureCollection.

    Parameters
    ----------
    store : geo.store.IncidentStore
    bbox : str or (W, S, E, N), optional
        The view; ``None`` for everywhere.
    start, end : date or "YYYY-MM-DD", optional
        The time window (inclusive).
    zoom : int
        The map's zoom level: it sets the cluster cell size.
    categories : str or list of str, optional
        ``killing``, ``landmine``, ``massacre``, ``torture`` (default all).
    filters : dict, optional
        More of the store's filters (:data:`MAP_FILTERS`: ``perpetrator``, ``cause``,
        ``control``, ``agrees``, ``victims``), as :func:`map_filters` gives them.

    Returns
    -------
    dict
        ``{"type": "FeatureCollection", "features": [...], "total": n (drawn), "not_drawn": m
        (the window's incidents located only to a governorate, an area or the country),
        "clustered": bool,
        "mode": "points"|"grid"|"subdistrict", "zoom": z, "start": .., "end": ..}``.

    Examples
    --------
    >>> fc = incidents_for_view(store, "36,35,38,37", "2023-07-01", "2023-07-31", 8)   # doctest: +SKIP
    >>> fc["features"][0]["properties"]["category"]                                     # doctest: +SKIP
    'killing'
    """
    box = view_box(store, parse_bbox(bbox))
    day0, day1 = as_date(start, "start"), as_date(end, "end")
    if day0 and day1 and day0 > day1:
        raise InputError(f"start {day0} is after end {day1}", field="start")
    z = _zoom(zoom)
    cats = _categories(categories)
    extra = {k: v for k, v in (filters or {}).items() if k != "category"}
    filters = {**_store_filters(box, day0, day1, cats, extra), "max_precision": DRAWN_MAX_PRECISION}
    # The window's incidents too coarsely located to draw (anywhere: their points are stand-ins).
    not_drawn = store.count(**_store_filters(None, day0, day1, cats, extra),
                            min_precision=DRAWN_MAX_PRECISION + 1)
    out = {"type": "FeatureCollection", "not_drawn": not_drawn, "zoom": z,
           "start": day0.isoformat() if day0 else None, "end": day1.isoformat() if day1 else None,
           "categories": list(cats) or None, "filters": extra or None}
    key = store.id_key
    # The view's count reads the spatial index's rows in the box (thousands); the window's,
    # anywhere, only the window index. When the window holds no more than a grid shows, the
    # view holds no more either (each event counts once in both), and the rows read below
    # are its total: no count of the box.
    anywhere = {k: v for k, v in filters.items() if k != "bbox"}
    total = None
    if box is None or store.count(**anywhere) > grid_max:
        total = out["total"] = store.count(**filters)
    if total is not None and total > grid_max:
        return {**out, "clustered": True, "mode": "subdistrict",
                "features": _sums_by_subdistrict(store, filters, gazetteer)}
    # One vectorised read of what the points or clusters need (no Python object per row).
    a = store.arrays(columns=("fid", "lon", "lat", "category", "killed", "computed_control",
                              "date", "id"), **filters)
    total = out["total"] = len(a["fid"])
    # In the store's order (date, id): the order clusters and the incidents are listed in.
    order = np.lexsort((a["id"].astype(str), np.array([str(d) for d in a["date"]], dtype=str)))
    a = {k: v[order] for k, v in a.items()}
    if total <= points_limit(z, max_points):
        # The incidents themselves, most killed first (then by date, as the store orders).
        most = np.argsort(-np.array([k or 0 for k in a["killed"]], dtype=np.int64), kind="stable")
        records = store.select_fids(a["fid"][most]).records()
        return {**out, "clustered": False, "mode": "points", "features": _features(records, key)}
    located = ~(np.isnan(a["lon"]) | np.isnan(a["lat"]))
    a = {k: v[located] for k, v in a.items()}
    groups = _clusters(a, grid_cells(a["lon"], a["lat"], z, cell_px))
    # A cell with one incident sends the incident itself, with its popup's fields.
    alone = [g for g in groups if isinstance(g, int)]
    single = iter(_features(store.select_fids(a["fid"][alone]).records(), key))
    features = [next(single) if isinstance(g, int) else g for g in groups]
    return {**out, "clustered": True, "mode": "grid", "features": features}


def incidents_geojson(store, *, bbox=None, start=None, end=None, zoom=8, category=None,
                      **kwargs) -> dict:
    """:func:`incidents_for_view` with the keyword names :class:`MapOps` uses."""
    return incidents_for_view(store, bbox, start, end, zoom, category, **kwargs)


# --------------------------------------------------------------------------- choropleth

def governorate_counts(store, start=None, end=None, category=None, gazetteer=None, *,
                       filters: dict | None = None) -> dict:
    """Incidents and killed per governorate in a time window (the choropleth's data).

    Returns ``{"start", "end", "category", "total", "governorates": [{"pcode", "name_en",
    "name_ar", "count", "killed"}]}`` with every governorate present (0 when none).

    Examples
    --------
    >>> governorate_counts(store, "2023-07-01", "2023-07-31")["governorates"][0]   # doctest: +SKIP
    {'pcode': 'SY01', 'name_en': 'Damascus', 'name_ar': 'دمشق', 'count': 0, 'killed': 0}
    """
    day0, day1 = as_date(start, "start"), as_date(end, "end")
    if day0 and day1 and day0 > day1:
        raise InputError(f"start {day0} is after end {day1}", field="start")
    cats = _categories(category)
    extra = {k: v for k, v in (filters or {}).items() if k != "category"}
    rows = store.stats(group_by=("adm1",), **_store_filters(None, day0, day1, cats, extra))
    if gazetteer is None:
        from geo.gazetteer import Gazetteer

        gazetteer = Gazetteer.load()
    counts = {r.get("adm1_pcode"): r for r in rows}
    out = []
    for place in _governorates(gazetteer):
        r = counts.get(place.pcode) or {}
        out.append({"pcode": place.pcode, "name_en": place.name_en, "name_ar": place.name_ar,
                    "count": int(r.get("incidents") or 0), "killed": int(r.get("killed") or 0)})
    unplaced = counts.get(None) or {}
    return {"start": day0.isoformat() if day0 else None, "end": day1.isoformat() if day1 else None,
            "category": list(cats) or None,
            "total": int(sum(int(r.get("incidents") or 0) for r in rows)),
            "unplaced": int(unplaced.get("incidents") or 0),
            "governorates": out}


def _governorates(gazetteer) -> list:
    ref = getattr(gazetteer, "ref", None) or getattr(gazetteer, "reference", None)
    if ref is not None:
        codes = list(ref.adm1["pcode"])
    else:
        codes = [f"SY{i:02d}" for i in range(1, 15)]
    return [p for p in (gazetteer.get(c) for c in codes) if p is not None]


# --------------------------------------------------------------------------- the operations

class MapOps:
    """The web map's operations, and the cache of control snapshots they share with OGC items."""

    OPERATIONS = ("map_snapshot", "map_incidents", "map_governorates")

    def __init__(self, res: Resources):
        self.res = res
        self._snapshots: dict = {}  # date -> control snapshot GeoJSON (insertion-ordered LRU)

    @operation
    def map_snapshot(self, req: Request) -> Result:
        """``GET /api/control/snapshot?date=``: the control areas of a date, for the map."""
        check_syntax(req.params, ("date",))
        day = date_param(req.params, "date")
        return ok(self.snapshot(day), content_type=GEOJSON)

    def _map_window(self, req: Request):
        # The map's routes ignore parameters they do not know (unlike the OGC ones): they
        # serve the page's own JavaScript, which may add cache keys.
        p = req.params
        check_syntax(p, ("start", "end", "category", "bbox", "zoom"))
        start = date_param(p, "start", default_today=False) if p.get("start") else None
        end = date_param(p, "end", default_today=False) if p.get("end") else None
        if start and end and start > end:
            raise bad_param("start", f"start ({start}) is after end ({end})")
        category = listed_param(p, "category", allowed=CATEGORIES)
        return start, end, category, map_filters(p)

    @operation
    def map_incidents(self, req: Request) -> Result:
        """``GET /api/map/incidents?bbox=&start=&end=&zoom=&category=&perpetrator=...``: the
        view's incidents (the filters of :data:`MAP_FILTERS`)."""
        start, end, category, filters = self._map_window(req)
        bbox = bbox_param(req.params["bbox"]) if req.params.get("bbox") else None
        zoom = int_param(req.params, "zoom", 0, 22, 8)
        return ok(incidents_geojson(self.res.store, bbox=bbox, start=start, end=end,
                                    zoom=zoom, category=category, filters=filters,
                                    gazetteer=self.res.gazetteer_or_none()),
                  content_type=GEOJSON)

    @operation
    def map_governorates(self, req: Request) -> Result:
        """``GET /api/map/governorates?start=&end=&category=``: counts for the choropleth."""
        start, end, category, filters = self._map_window(req)
        return ok(governorate_counts(self.res.store, start=start, end=end, category=category,
                                     gazetteer=self.res.gazetteer_or_none(), filters=filters))

    def snapshot(self, day: dt.date) -> dict:
        """The control areas of a date (:func:`control_snapshot_geojson`), cached (it is slow)."""
        with self.res.lock:
            cached = self._snapshots.get(day)
        if cached is None:
            from geo.control.snapshot import control_snapshot_geojson

            cached = control_snapshot_geojson(self.res.control_index, day)
            with self.res.lock:
                self._snapshots[day] = cached
                while len(self._snapshots) > 32:
                    self._snapshots.pop(next(iter(self._snapshots)))
        return cached

    def snapshot_features(self, day: dt.date) -> list[dict]:
        return self.snapshot(day)["features"]
