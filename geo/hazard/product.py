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
    country (and, with ``precision="community"``, those only near a place: for their
    district), counted for that unit (``id`` ``HU-<pcode>``) and never drawn.
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
           "INCIDENT_COLUMNS", "DEFAULT_DISTANCE_M", "MAX_DISTANCE_M", "DRAWN_PRECISIONS"]

DEFAULT_DISTANCE_M = 500.0  # incidents whose uncertainty circles come within 500 m: one area
# The largest grouping distance. A planner groups incidents hundreds of metres to a few km
# apart (the default 500 m; at 10 km the largest area on the demo data is already ~5,600 km²,
# no survey task). The grouping's work grows with the square of the distance where incidents
# are dense (geo.hazard.areas.candidate_pairs): at 50 km, 100,000 incidents took 16 s of CPU
# and 3.5 GB; at 10 km, 1.8 s and 0.8 GB (docs/demining.md, Performance).
MAX_DISTANCE_M = 10_000.0
# Drawn as areas by default: known to the community, or near a named place (UCDP
# where_prec 1-2). Coarser: counted per unit. ``precision="community"`` draws only the first.
DRAWN_PRECISIONS = (LocationPrecision.COMMUNITY, LocationPrecision.NEAR)
PRECISION_CHOICES = {"community": LocationPrecision.COMMUNITY, "near": LocationPrecision.NEAR}
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
    precision: str = "near"  # the coarsest location drawn: "community" or "near"

    def __post_init__(self):
        if self.precision not in PRECISION_CHOICES:
            raise InputError(f"precision must be community or near, not {self.precision!r}",
                             field="precision")
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
                "precision": self.precision,
                "drawn_precisions": [p.name.lower() for p in DRAWN_PRECISIONS
                                     if p <= PRECISION_CHOICES[self.precision]],
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
                  control_index=None, fronts=None, public_id=None, **kw) -> HazardProduct:
    """Suspected hazard areas from ``incidents`` (see the module doc).

    ``params`` or keyword parameters (``distance_m``, ``start``, ``end``, ``causes``);
    ``control_index`` adds each area's control history; ``fronts`` (a
    :class:`geo.control.fronts.HistoricFronts`) adds the nearest historic front;
    ``public_id`` (the store's :meth:`~geo.store.IncidentStore.public_id`) names the incidents
    by the ids the public sees, for a product that is published (an id may hold a digest of
    text that names people: :mod:`geo.privacy`).
    """
    params = params or HazardParams(**kw)
    frame = _frame([inc for inc in incidents if params.selects(inc)], public_id)
    frame = frame.sort_values("id", kind="stable").reset_index(drop=True)
    drawn = (frame["_precision"] <= int(PRECISION_CHOICES[params.precision])) & frame["lon"].notna()
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


def _frame(incidents: list, public_id=None) -> pd.DataFrame:
    """The selected incidents as columns (built column by column: 100,000 rows in ~0.3 s)."""
    def col(get):
        # Object arrays: pandas would otherwise convert every string column (slow at 100k).
        out = np.empty(len(incidents), dtype=object)
        out[:] = [get(i) for i in incidents]
        return out

    prec = col(lambda i: i.location_precision)
    return pd.DataFrame({
        "id": col(public_id or (lambda i: i.id)), "hazard_id": None,
        "date": col(lambda i: i.date.isoformat()), "cause": col(lambda i: i.cause),
        "category": col(lambda i: i.category), "killed": col(lambda i: i.killed or 0),
        "children": col(lambda i: i.children or 0), "injured": col(lambda i: i.injured or 0),
        "lon": col(lambda i: i.lon), "lat": col(lambda i: i.lat),
        "location_precision": [int(p) if p is not None else None for p in prec],
        "radius_m": [i.radius_m or (RADIUS_M[p] if p is not None else None)
                     for i, p in zip(incidents, prec)],
        "adm1_pcode": col(lambda i: i.adm1_pcode), "adm2_pcode": col(lambda i: i.adm2_pcode),
        "control": col(lambda i: i.computed_control), "dataset": col(lambda i: i.dataset),
        "source_publisher": col(lambda i: i.source_publisher),
        "_precision": [int(p) if p is not None else int(LocationPrecision.COUNTRY) for p in prec],
    }, columns=[c for c in INCIDENT_COLUMNS if not c.startswith("front")] + ["_precision"])


def _summaries(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    """Per value of ``key``: counts, dates, sources, ids, precision, most common units and
    the control at the incidents (vectorised: one group-by per kind of value)."""
    g = frame.groupby(key, sort=True)
    cause = frame["cause"]
    out = pd.DataFrame({
        "incidents": g.size(),
        "landmine": (cause.eq("landmine") | (cause.isna() & frame["category"].eq("landmine")))
        .groupby(frame[key]).sum(),
        "explosive_remnant": cause.eq("explosive remnant").groupby(frame[key]).sum(),
        "killed": g["killed"].sum(), "children": g["children"].sum(),
        "injured": g["injured"].sum(), "first_date": g["date"].min(), "last_date": g["date"].max(),
        "best": g["_precision"].min(), "worst": g["_precision"].max(),
    })
    out["incident_ids"] = frame.sort_values([key, "id"]).groupby(key, sort=True)["id"].agg(";".join)
    for col in ("adm1_pcode", "adm2_pcode"):
        counts = frame.groupby([key, col]).size().reset_index(name="n")
        counts = counts.sort_values([key, "n", col], ascending=[True, False, True])
        out[col] = counts.drop_duplicates(key).set_index(key)[col]
    counts = frame.groupby([key, "control"]).size().reset_index(name="n")
    counts = counts.sort_values([key, "n", "control"], ascending=[True, False, True])
    out["control_at_incidents"] = counts.groupby(key, sort=True).apply(
        lambda c: ";".join(f"{f}:{n}" for f, n in zip(c["control"], c["n"])), include_groups=False)
    pairs = frame[[key, "dataset", "source_publisher"]].fillna("").drop_duplicates()
    sources: dict = {}
    for k, d, p in pairs.itertuples(index=False, name=None):
        sources.setdefault(k, {}).setdefault(d, set()).update(
            x.strip() for x in p.split(";") if x.strip())
    out["sources"] = pd.Series({k: _sources(v) for k, v in sources.items()})
    for col in ("killed", "children", "injured", "incidents", "landmine", "explosive_remnant"):
        out[col] = out[col].astype(int)
    return out


def _sources(by_dataset: dict) -> str:
    items = [f"{d}: {', '.join(sorted(ps))}" if ps else d for d, ps in sorted(by_dataset.items())]
    return "; ".join(items[:12]) + (f"; and {len(items) - 12} more" if len(items) > 12 else "")


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
    frame = frame.assign(_label=labels)
    summary = _summaries(frame, "_label")
    radius = pd.Series(r).groupby(labels).max()
    areas = gpd.GeoDataFrame({
        "id": [area_id(ids.split(";")) for ids in summary["incident_ids"]],
        "kind": "area",
        **{c: summary[c].to_numpy() for c in ("incidents", "landmine", "explosive_remnant",
                                              "killed", "children", "injured", "first_date",
                                              "last_date")},
        "confidence": np.where(summary["worst"] == int(LocationPrecision.COMMUNITY), "high",
                               np.where(summary["best"] == int(LocationPrecision.COMMUNITY),
                                        "medium", "low")),
        "best_precision": [LocationPrecision(int(b)).name.lower() for b in summary["best"]],
        "radius_m": radius.loc[groups].to_numpy().astype(int),
        "area_km2": np.round(shapely.area(polys_m) / 1e6, 3),
        **{c: summary[c].to_numpy() for c in ("adm1_pcode", "adm2_pcode", "control_at_incidents",
                                              "sources", "incident_ids")},
    }, geometry=list(polys), crs=4326)
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


def _units(frame: pd.DataFrame) -> pd.DataFrame:
    if not len(frame):
        return pd.DataFrame(columns=list(UNIT_COLUMNS))
    # Known to a district (or near a place, when only communities are drawn): its district.
    district = frame["_precision"] <= int(LocationPrecision.DISTRICT)
    pcode = np.where(district & frame["adm2_pcode"].notna(), frame["adm2_pcode"],
                     np.where(frame["adm1_pcode"].notna(), frame["adm1_pcode"], "SY"))
    frame = frame.assign(_unit=pcode)
    summary = _summaries(frame, "_unit")
    units = summary.reset_index().rename(columns={"_unit": "unit_pcode"})
    units["id"] = "HU-" + units["unit_pcode"]
    units["kind"] = "unit"
    units["unit_level"] = units["unit_pcode"].str.len().map({4: "governorate", 6: "district"}
                                                            ).fillna("country")
    rows = units[list(UNIT_COLUMNS)]
    return rows.reset_index(drop=True)
