"""Suspected hazard areas for demining planners: the areas, their counts, control and fronts.

:func:`build_hazards` takes incidents (any iterable of :class:`~geo.incident.Incident`),
keeps the landmine and explosive-remnant ones (:func:`geo.importers.explosive.is_demining`,
or the causes the planner names) in the date range, and returns a :class:`HazardProduct`:

``areas`` (GeoDataFrame, WGS84, RFC 7946 orientation), one row per area:
    ``id`` (``HA-`` + hash of its incident ids: stable across rebuilds while its
    incidents are the same), ``kind`` ("area"), ``incidents``, ``landmine`` /
    ``explosive_remnant`` (incidents by cause), ``killed``, ``children`` (of the killed),
    ``injured``, ``first_date``, ``last_date``, ``confidence``, ``best_precision``,
    ``radius_m`` (the largest uncertainty radius), ``area_km2``, ``adm1_pcode`` /
    ``adm2_pcode`` (most of its incidents), ``control_at_incidents``
    ("ISIS:3;GOV:1"), ``control_history`` (who held its centre when, JSON runs),
    ``sources``, ``incident_ids``, and the nearest historic front: ``front_id``,
    ``front_distance_m``, ``front_days``, ``front_forces``.
``units`` (DataFrame): incidents known only to a district, governorate or the
    country, counted for that unit (``id`` ``HU-<pcode>``) and never drawn.
``incidents`` (DataFrame): every selected incident with its ``hazard_id`` (area or
    unit), precision and nearest historic front.
``params``: what a planner needs to rebuild it (distance, range, causes, precision).

**Confidence** comes from the location precision of the area's incidents: ``high``
when every one is known to its community (UCDP ``where_prec`` 1), ``medium`` when some
are and others only near a place (within ~25 km), ``low`` when none is.

>>> product = build_hazards(store.query(), distance_m=500)        # doctest: +SKIP
>>> product.areas[["id", "incidents", "confidence"]].head(1)       # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np
import pandas as pd

from ..dates import as_date
from ..errors import InputError
from ..importers.explosive import DEMINING_CAUSES, is_demining
from ..precision import RADIUS_M, LocationPrecision
from .areas import UTM_EPSG, area_id, area_polygons, group_points, to_utm, to_wgs84

__all__ = ["build_hazards", "HazardProduct", "HazardParams", "AREA_COLUMNS", "UNIT_COLUMNS",
           "INCIDENT_COLUMNS", "DEFAULT_DISTANCE_M", "DRAWN_PRECISIONS"]

DEFAULT_DISTANCE_M = 500.0  # incidents whose uncertainty circles come within 500 m: one area
MAX_DISTANCE_M = 50_000.0
# Drawn as areas: known to the community, or near a named place. Coarser: counted per unit.
DRAWN_PRECISIONS = (LocationPrecision.COMMUNITY, LocationPrecision.NEAR)
CAUSE_CHOICES = ("landmine", "explosive remnant", "IED", "car bomb")

AREA_COLUMNS = ("id", "kind", "incidents", "landmine", "explosive_remnant", "killed", "children",
                "injured", "first_date", "last_date", "confidence", "best_precision", "radius_m",
                "area_km2", "adm1_pcode", "adm2_pcode", "control_at_incidents",
                "control_history", "sources", "front_id", "front_distance_m", "front_days",
                "front_forces", "incident_ids")
UNIT_COLUMNS = ("id", "kind", "unit_pcode", "unit_level", "incidents", "landmine",
                "explosive_remnant", "killed", "children", "injured", "first_date", "last_date",
                "sources", "incident_ids")
INCIDENT_COLUMNS = ("id", "hazard_id", "date", "cause", "category", "killed", "children",
                    "injured", "lon", "lat", "location_precision", "radius_m", "adm1_pcode",
                    "adm2_pcode", "control", "dataset", "source_publisher", "front_id",
                    "front_distance_m", "front_days", "front_forces")


@dataclass(frozen=True)
class HazardParams:
    """The planner's choices, written into every export so the file can be rebuilt.

    >>> HazardParams(distance_m=1000).to_dict()["distance_m"]
    1000.0
    """

    distance_m: float = DEFAULT_DISTANCE_M
    start: dt.date | None = None
    end: dt.date | None = None
    causes: tuple[str, ...] = DEMINING_CAUSES

    def __post_init__(self):
        try:
            d = float(self.distance_m)
        except (TypeError, ValueError):
            raise InputError(f"distance must be a number of metres, not {self.distance_m!r}",
                             field="distance") from None
        if not 0 <= d <= MAX_DISTANCE_M:
            raise InputError(f"distance must be 0-{MAX_DISTANCE_M:.0f} m, not {d:g}",
                             field="distance")
        object.__setattr__(self, "distance_m", d)
        for name in ("start", "end"):
            v = getattr(self, name)
            if v is not None and not isinstance(v, dt.date):
                object.__setattr__(self, name, as_date(v, field=name))
        if self.start and self.end and self.end < self.start:
            raise InputError(f"end {self.end} is before start {self.start}", field="end")
        causes = tuple(dict.fromkeys(self.causes or DEMINING_CAUSES))
        bad = [c for c in causes if c not in CAUSE_CHOICES]
        if bad:
            raise InputError(f"unknown cause {bad[0]!r}; use {', '.join(CAUSE_CHOICES)}",
                             field="causes")
        object.__setattr__(self, "causes", causes)

    def selects(self, inc) -> bool:
        if self.causes == DEMINING_CAUSES:
            ok = is_demining(inc.cause, inc.category)
        else:
            ok = inc.cause in self.causes or ("landmine" in self.causes
                                              and inc.category == "landmine" and not inc.cause)
        if not ok:
            return False
        lo, hi = inc.date_interval
        return (self.start is None or lo >= self.start) and (self.end is None or hi <= self.end)

    def to_dict(self) -> dict:
        return {"distance_m": self.distance_m,
                "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None,
                "causes": list(self.causes), "crs_for_distances": f"EPSG:{UTM_EPSG}",
                "drawn_precisions": [p.name.lower() for p in DRAWN_PRECISIONS],
                "disc_radius": "uncertainty radius + distance / 2"}


@dataclass
class HazardProduct:
    """Hazard areas, unit tallies and the incidents behind them (see the module doc)."""

    areas: "object"  # GeoDataFrame
    units: pd.DataFrame
    incidents: pd.DataFrame
    params: HazardParams
    fronts: dict = field(default_factory=dict)  # the fronts' own parameters, when measured

    def summary(self) -> dict:
        """The counts a method note quotes."""
        drawn = int(self.areas["incidents"].sum()) if len(self.areas) else 0
        return {"areas": len(self.areas), "incidents_in_areas": drawn,
                "multi_incident_areas": int((self.areas["incidents"] > 1).sum()),
                "units": len(self.units),
                "incidents_in_units": int(self.units["incidents"].sum()) if len(self.units) else 0,
                "incidents": len(self.incidents)}


def build_hazards(incidents: Iterable, params: HazardParams | None = None, *,
                  control_index=None, fronts=None, **kw) -> HazardProduct:
    """Suspected hazard areas from ``incidents`` (see the module doc).

    ``params`` or keyword parameters (``distance_m``, ``start``, ``end``, ``causes``);
    ``control_index`` adds each area's control history; ``fronts`` (a
    :class:`geo.control.fronts.HistoricFronts`) adds the nearest historic front.
    """
    params = params or HazardParams(**kw)
    rows = [_row(inc) for inc in incidents if params.selects(inc)]
    frame = pd.DataFrame(rows, columns=[c for c in INCIDENT_COLUMNS if not c.startswith("front")]
                         + ["_precision"])
    frame = frame.sort_values("id", kind="stable").reset_index(drop=True)
    drawn = frame["_precision"].isin([int(p) for p in DRAWN_PRECISIONS]) & frame["lon"].notna()
    areas = _areas(frame[drawn], params, control_index)
    units = _units(frame[~drawn])
    frame["hazard_id"] = None
    if len(areas):
        members = areas[["id", "incident_ids"]].assign(m=areas["incident_ids"].str.split(";"))
        frame["hazard_id"] = frame["id"].map(dict(
            (m, a) for a, ms in zip(members["id"], members["m"]) for m in ms))
    if len(units):
        frame.loc[~drawn, "hazard_id"] = frame.loc[~drawn, "id"].map(dict(
            (m, u) for u, ms in zip(units["id"], units["incident_ids"].str.split(";")) for m in ms))
    fronts_params = {}
    if fronts is not None:
        import shapely

        fronts_params = fronts.params()
        near = fronts.nearest(areas.geometry.to_numpy()) if len(areas) else None
        for k in ("front_id", "front_distance_m", "front_days", "front_forces"):
            if near is not None:
                areas[k] = near[k]
        pts = shapely.points(frame["lon"].to_numpy(float), frame["lat"].to_numpy(float))
        pts[~drawn.to_numpy()] = None  # a stand-in point is no place to measure from
        near = fronts.nearest(pts)
        for k in ("front_id", "front_distance_m", "front_days", "front_forces"):
            frame[k] = near[k]
    for col in ("front_id", "front_distance_m", "front_days", "front_forces"):
        if col not in frame:
            frame[col] = None
        if col not in areas:
            areas[col] = None
    frame = frame.drop(columns="_precision")[list(INCIDENT_COLUMNS)]
    return HazardProduct(areas[list(AREA_COLUMNS) + ["geometry"]], units, frame, params,
                         fronts_params)


def _row(inc) -> dict:
    prec = inc.location_precision
    return {"id": inc.id, "hazard_id": None, "date": inc.date.isoformat(), "cause": inc.cause,
            "category": inc.category, "killed": inc.killed or 0, "children": inc.children or 0,
            "injured": inc.injured or 0, "lon": inc.lon, "lat": inc.lat,
            "location_precision": int(prec) if prec is not None else None,
            "radius_m": inc.radius_m or (RADIUS_M[prec] if prec is not None else None),
            "adm1_pcode": inc.adm1_pcode, "adm2_pcode": inc.adm2_pcode,
            "control": inc.computed_control, "dataset": inc.dataset,
            "source_publisher": inc.source_publisher,
            "_precision": int(prec) if prec is not None else int(LocationPrecision.COUNTRY)}


def _counts(g: pd.DataFrame) -> dict:
    by_dataset: dict[str, set] = {}
    for d, p in zip(g["dataset"].fillna(""), g["source_publisher"].fillna("")):
        by_dataset.setdefault(d, set()).update(x.strip() for x in p.split(";") if x.strip())
    sources = [f"{d}: {', '.join(sorted(ps))}" if ps else d for d, ps in sorted(by_dataset.items())]
    return {"incidents": len(g),
            "landmine": int((g["cause"] == "landmine").sum() + ((g["cause"].isna())
                                                                 & (g["category"] == "landmine")).sum()),
            "explosive_remnant": int((g["cause"] == "explosive remnant").sum()),
            "killed": int(g["killed"].sum()), "children": int(g["children"].sum()),
            "injured": int(g["injured"].sum()),
            "first_date": g["date"].min(), "last_date": g["date"].max(),
            "sources": "; ".join(sources[:12]) + (f"; and {len(sources) - 12} more"
                                                   if len(sources) > 12 else ""),
            "incident_ids": ";".join(sorted(g["id"]))}


def _areas(frame: pd.DataFrame, params: HazardParams, control_index) -> "object":
    import geopandas as gpd
    import shapely

    cols = list(AREA_COLUMNS) + ["geometry"]
    if not len(frame):
        return gpd.GeoDataFrame(columns=cols, geometry="geometry", crs=4326)
    x, y = to_utm(frame["lon"].to_numpy(float), frame["lat"].to_numpy(float))
    r = frame["radius_m"].fillna(RADIUS_M[LocationPrecision.COMMUNITY]).to_numpy(float)
    labels = group_points(x, y, r, distance_m=params.distance_m)
    groups, polys_m = area_polygons(x, y, r, labels, distance_m=params.distance_m)
    polys = to_wgs84(polys_m)
    frame = frame.assign(_label=labels, _r=r)
    rows = []
    for (label, g), poly_m in zip(frame.groupby("_label", sort=True), polys_m):
        row = _counts(g)
        prec = set(g["_precision"])
        best = min(prec)
        row.update({
            "id": area_id(g["id"]), "kind": "area",
            "confidence": ("high" if prec == {int(LocationPrecision.COMMUNITY)} else
                           "medium" if best == int(LocationPrecision.COMMUNITY) else "low"),
            "best_precision": LocationPrecision(best).name.lower(),
            "radius_m": int(g["_r"].max()),
            "area_km2": round(float(shapely.area(poly_m)) / 1e6, 3),
            "adm1_pcode": _mode(g["adm1_pcode"]), "adm2_pcode": _mode(g["adm2_pcode"]),
            "control_at_incidents": ";".join(f"{k}:{v}" for k, v in Counter(
                g["control"].dropna()).most_common()),
        })
        rows.append(row)
    areas = gpd.GeoDataFrame(rows, geometry=list(polys), crs=4326)
    areas["control_history"] = None
    if control_index is not None and len(areas):
        from ..control.timeline import control_timelines

        centre = shapely.point_on_surface(areas.geometry.to_numpy())
        start = params.start or (control_index.coverage[0] if control_index.coverage else None)
        end = params.end or min(control_index.coverage[1], dt.date.today()) \
            if control_index.coverage else None
        if start and end:
            lines = control_timelines(control_index, shapely.get_x(centre), shapely.get_y(centre),
                                      start, end)
            areas["control_history"] = [json.dumps(t) for t in lines]
    for col in cols:
        if col not in areas:
            areas[col] = None
    return areas.sort_values("id", kind="stable").reset_index(drop=True)


def _mode(values: pd.Series):
    v = values.dropna()
    return v.mode().iloc[0] if len(v) else None


def _units(frame: pd.DataFrame) -> pd.DataFrame:
    if not len(frame):
        return pd.DataFrame(columns=list(UNIT_COLUMNS))
    district = frame["_precision"] == int(LocationPrecision.DISTRICT)
    pcode = np.where(district & frame["adm2_pcode"].notna(), frame["adm2_pcode"],
                     np.where(frame["adm1_pcode"].notna(), frame["adm1_pcode"], "SY"))
    frame = frame.assign(_unit=pcode)
    rows = []
    for unit, g in frame.groupby("_unit", sort=True):
        row = _counts(g)
        level = {4: "governorate", 6: "district"}.get(len(unit), "country")
        row.update({"id": f"HU-{unit}", "kind": "unit", "unit_pcode": unit, "unit_level": level})
        rows.append(row)
    return pd.DataFrame(rows, columns=list(UNIT_COLUMNS))
