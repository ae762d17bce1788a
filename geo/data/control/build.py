"""Rebuild and check the bundled control dataset.

The dataset in this folder has authored parts and derived parts:

authored (edit these)
    ``authored_periods.csv``  periods written by hand from the sources in SOURCES.md;
                              same columns as ``periods.csv``, but ``unit`` may list several
                              units separated by spaces (one row each in the output).
    ``areas.csv``             the drawn areas: ``id,name,vertices,note``; ``vertices`` are
                              community P-codes in ring order (see :func:`vertex_point`).
    ``snapshot_2017_extent.csv`` how long the community rows derived from the mid-2017
                              Wikipedia marks stay valid, region by region (first match wins).
    ``snapshot_2017_backward.csv`` how far BACK from 1 Jul 2017 they are valid, region by
                              region (first match wins; default: not carried back), and the
                              highest confidence a row carried back may keep.
derived (never edit; rebuilt here)
    ``periods.csv``           authored rows expanded + the mid-2017 snapshot rows
    ``areas.geojson``         the polygons, computed from the vertex lists
    ``coverage.json``         the first and last day the dataset vouches for

Run ``python -m geo.data.control.build`` (``--check`` only checks that the files on disk
are what a rebuild would write, and that the dataset is sound).

>>> rows = derive_snapshot_rows(load_marks(), Gazetteer.load())     # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import math
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from shapely.geometry import Point, Polygon, mapping

from geo.dates import as_date
from geo.control.dataset import PERIOD_FIELDS
from geo.control.period import CONFIDENCES
from geo.errors import InputError
from geo.force import FORCES
from geo.tabular import csv_rows, read_text

HERE = Path(__file__).resolve().parent
FORCE_CODES = tuple(FORCES)
COVERAGE = (dt.date(2011, 3, 15), dt.date(2026, 12, 4))
# The last day for which the periods are written from dated public reporting. From the day
# after to COVERAGE[1] every period still open on this day is carried forward as a derived
# `low` row (source CARRIED_SOURCE): the last known state, not a verified one.
LAST_VERIFIED = dt.date(2026, 2, 17)
CARRIED_SOURCE = "carried-forward"
# The 2017 map is never carried back before 2016: 2011-2015 is authored by hand.
SNAPSHOT_BACK_LIMIT = dt.date(2016, 1, 1)
SNAPSHOT_FROM = dt.date(2017, 7, 1)
SNAPSHOT_DEFAULT_TO = dt.date(2017, 8, 31)
SNAPSHOT_SOURCE = "wikipedia-map-2017"
EARTH_KM = 6371.0088
KX = math.cos(math.radians(35.0))  # km per degree of longitude / km per degree of latitude

# The 2017 map has one "opposition" colour; the project's taxonomy splits it by region.
NORTH_WEST_ADM1 = {"SY07", "SY05", "SY06"}          # Idlib, Hama, Latakia
NORTH_WEST_ADM2 = {"SY0200", "SY0207"}  # Jebel Saman and as-Safira (west and south of Aleppo)
EUPHRATES_SHIELD_ADM2 = {"SY0202", "SY0204", "SY0208"}  # al-Bab, Azaz, Jarabulus
# Marks with these feature types carry a controlling faction (borders, minimaps do not).
FACTION_FEATURES = {"point", "hill", "base", "industry", "oil", "air", "heli", "naval", "dam_icon"}
RADIUS_KM = 8.0       # a community farther than this from every mark gets no snapshot row
PLAIN_FEATURES = {"point"}


# --------------------------------------------------------------------------- marks
def load_marks(data=None) -> pd.DataFrame:
    """The 2017 Wikipedia marks that carry a faction, with their sub-district.

    Columns added: ``adm1``, ``adm2``, ``adm3`` (from the gazetteer's polygons),
    ``code``/``also``/``contested`` (the faction in this project's taxonomy,
    see :func:`mark_force`), ``plain`` (a plain village mark: a ``point`` of one
    faction, neither contested nor mixed).
    """
    from geo.reference.datadir import resolve
    from geo.gazetteer import Gazetteer

    data = resolve(data) if not hasattr(data, "path_of") else data
    path = data.path_of("marks_2017")
    marks = pd.read_csv(path)
    for col in ("lat", "lon", "faction", "feature_type"):
        if col not in marks.columns:
            raise InputError(f"missing column {col}", source=str(path), line=1, field=col)
    marks["line"] = marks.index + 2
    keep = (marks["faction"].isin(["GOV", "OPP", "SDF", "HTS", "ISIS", "TURKEY"])
            & marks["feature_type"].isin(FACTION_FEATURES)
            & marks["coord_ok"].astype(bool))
    marks = marks[keep].copy()
    gaz = Gazetteer.load(data)
    rev = gaz.reverse_many(marks["lon"].to_numpy(), marks["lat"].to_numpy())
    marks["adm1"], marks["adm2"], marks["adm3"] = rev["adm1_pcode"], rev["adm2_pcode"], rev["adm3_pcode"]
    marks = marks[marks["adm3"].notna()].copy()
    tanf = tanf_zone(gaz)
    in_tanf = shapely.contains_xy(tanf, marks["lon"].to_numpy(), marks["lat"].to_numpy())
    codes = [mark_force(f, m, a1, a2, t) for f, m, a1, a2, t in zip(
        marks["faction"], marks["mixed_with"], marks["adm1"], marks["adm2"], in_tanf)]
    marks["code"] = [c[0] for c in codes]
    marks["also"] = [c[1] for c in codes]
    marks["contested"] = [bool(c[2]) or bool(x) for c, x in zip(codes, marks["contested"])]
    marks["plain"] = (marks["feature_type"].isin(PLAIN_FEATURES) & ~marks["contested"]
                      & marks["mixed_with"].isna())
    return marks.reset_index(drop=True)


def mark_force(faction: str, mixed_with, adm1: str, adm2: str, in_tanf: bool = False):
    """A 2017 map faction as ``(code, also, contested)`` in this project's taxonomy.

    The 2017 map shows all non-jihadist rebels in one colour and HTS in another;
    the project's classes are regional: HTS and rebels in the north-west are the
    one joint class ``HTS_OPP``; Turkish-backed rebels of the Euphrates Shield
    area are ``SNA``; rebels in the al-Tanf zone are the ``COALITION`` zone; other
    rebel pockets are ``OPP``.

    >>> mark_force("OPP", None, "SY02", "SY0204")
    ('SNA', '', False)
    >>> mark_force("HTS", None, "SY07", "SY0700")
    ('HTS_OPP', '', False)
    >>> mark_force("GOV", "SDF", "SY08", "SY0800")
    ('SDF', 'GOV', False)
    """
    mixed = mixed_with if isinstance(mixed_with, str) and mixed_with else None
    north_west = adm1 in NORTH_WEST_ADM1 or adm2 in NORTH_WEST_ADM2

    def rebel(f):
        if f == "TURKEY":
            return "SNA"
        if f not in ("OPP", "HTS"):
            return f
        if adm2 in EUPHRATES_SHIELD_ADM2:
            return "SNA"
        if north_west:
            return "HTS_OPP"
        if in_tanf:
            return "COALITION"
        return "OPP"

    code = rebel(faction)
    if mixed is None:
        return code, "", False
    other = rebel(mixed)
    if other == code:                       # e.g. OPP mixed with HTS in Idlib: one joint class
        return code, "", False
    if {code, other} == {"GOV", "SDF"}:     # Hasakah and Qamishli: SDF with regime enclaves
        return "SDF", "GOV", False
    return code, other, True


def tanf_zone(gaz) -> Polygon:
    """The 55-km deconfliction zone around al-Tanf, as drawn in ``areas.csv``."""
    spec = read_area_specs()
    for a in spec:
        if a.id == "area:tanf-55km":
            return a.polygon(gaz)
    raise InputError("area:tanf-55km missing", source=str(HERE / "areas.csv"))


# --------------------------------------------------------------------------- areas
@dataclass
class AreaSpec:
    id: str
    name: str
    vertices: list[str]
    note: str
    line: int
    buffer_km: float = 0.0

    def polygon(self, gaz):
        """The polygon through the vertices (a circle when one vertex carries ``~R``)."""
        pts = [vertex_point(v, gaz, source="areas.csv", line=self.line) for v in self.vertices]
        if len(self.vertices) == 1 and "~" in self.vertices[0]:
            lon, lat = pts[0]
            radius = float(self.vertices[0].split("~", 1)[1])
            ring = [(lon + radius * math.sin(t) / (111.32 * math.cos(math.radians(lat))),
                     lat + radius * math.cos(t) / 110.57)
                    for t in np.linspace(0, 2 * math.pi, 73)[:-1]]
            return Polygon(ring)
        if len(pts) < 3:
            raise InputError(f"{self.id}: a polygon needs at least 3 vertices",
                             source="areas.csv", line=self.line, field="vertices")
        poly = Polygon(pts)
        if not poly.is_valid:
            raise InputError(f"{self.id}: the ring crosses itself ({shapely.is_valid_reason(poly)});"
                             f" check the vertex order", source="areas.csv", line=self.line,
                             field="vertices")
        if self.buffer_km:
            poly = _buffer_km(poly, self.buffer_km)
        return poly


def _buffer_km(poly, km: float):
    """Grow a lon/lat polygon by ``km`` (in a local equirectangular frame, exact enough at
    this scale): the front villages used as vertices then lie inside with their houses."""
    lat0 = poly.centroid.y
    kx, ky = 111.32 * math.cos(math.radians(lat0)), 110.57
    scaled = shapely.transform(poly, lambda xy: xy * np.array([kx, ky]))
    grown = scaled.buffer(km, join_style="mitre", mitre_limit=2.0)
    return shapely.transform(grown, lambda xy: xy / np.array([kx, ky]))


def vertex_point(token: str, gaz, *, source: str = "areas.csv", line: int | None = None):
    """The (lon, lat) of one vertex token.

    ``C1234``                 the community's own point;
    ``C1234@dx,dy``           ``dx`` km east and ``dy`` km north of it (used only to reach
                              past the Turkish border or into a city without community points;
                              the check in :func:`check_areas` confirms where each one lands);
    ``C1234~R``               (alone) a circle of radius ``R`` km around the community.

    >>> vertex_point("C1007@1,0", Gazetteer.load())            # doctest: +SKIP
    (37.152..., 36.203)
    """
    base = token.split("~", 1)[0]
    code, _, offset = base.partition("@")
    if code not in gaz or gaz.get(code).level != "community":
        raise InputError(f"vertex {token!r}: {code!r} is not a community P-code", source=source,
                         line=line, field="vertices")
    p = gaz.get(code)
    if not offset:
        return (p.lon, p.lat)
    try:
        dx, dy = (float(x) for x in offset.split(","))
    except ValueError as exc:
        raise InputError(f"vertex {token!r}: offset must be 'dx,dy' in km", source=source,
                         line=line, field="vertices") from exc
    return (p.lon + dx / (111.32 * math.cos(math.radians(p.lat))), p.lat + dy / 110.57)


def read_area_specs(path: Path | None = None) -> list[AreaSpec]:
    path = path or HERE / "areas.csv"
    out = []
    _, rows = csv_rows(read_text(path), str(path), required=("id", "name", "vertices"))
    for line, row in rows:
        try:
            buf = float((row.get("buffer_km") or "0").strip() or 0)
        except ValueError as exc:
            raise InputError(f"buffer_km {row.get('buffer_km')!r} is not a number",
                             source=str(path), line=line, field="buffer_km") from exc
        out.append(AreaSpec(row["id"].strip(), row["name"].strip(), row["vertices"].split(),
                            (row.get("note") or "").strip(), line, buf))
    return out


def build_areas(gaz) -> dict:
    feats = []
    for a in read_area_specs():
        poly = shapely.orient_polygons(a.polygon(gaz))
        geom = mapping(shapely.set_precision(poly, 1e-5))
        feats.append({"type": "Feature",
                      "properties": {"id": a.id, "name": a.name, "vertices": a.vertices,
                                     "buffer_km": a.buffer_km, "note": a.note},
                      "geometry": geom})
    return {"type": "FeatureCollection", "features": feats}


# --------------------------------------------------------------------------- snapshot
def km_between(lon1, lat1, lon2, lat2):
    lon1, lat1, lon2, lat2 = map(np.radians, (lon1, lat1, lon2, lat2))
    a = (np.sin((lat2 - lat1) / 2) ** 2
         + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_KM * np.arcsin(np.sqrt(a))


def vote(marks: pd.DataFrame, lons, lats, radius_km: float = RADIUS_KM) -> list[dict | None]:
    """For each point, the faction of the marks around it, weighted by closeness.

    A mark at distance d weighs 1/(d+0.3)^2, so the community's own mark (d~0)
    decides unless it is far from the point. Confidence: ``high`` when the
    nearest mark is within 1 km and >= 90% of the weight agrees; ``medium``
    within 3 km and >= 70%; ``low`` otherwise; None beyond ``radius_km``.
    """
    mx = marks["lon"].to_numpy() * KX * 111.2
    my = marks["lat"].to_numpy() * 111.2
    codes = marks["code"].to_numpy()
    contested = marks["contested"].to_numpy()
    alsos = marks["also"].to_numpy()
    out = []
    for lon, lat in zip(lons, lats):
        px, py = lon * KX * 111.2, lat * 111.2
        d = np.hypot(mx - px, my - py)
        near = np.nonzero(d <= radius_km)[0]
        if near.size == 0:
            out.append(None)
            continue
        w = 1.0 / (d[near] + 0.3) ** 2
        weights: dict[str, float] = defaultdict(float)
        for i, wi in zip(near, w):
            weights[codes[i]] += wi
        total = sum(weights.values())
        ranked = sorted(weights.items(), key=lambda kv: -kv[1])
        top, top_w = ranked[0]
        share = top_w / total
        nearest = near[np.argmin(d[near])]
        d0 = float(d[nearest])
        if d0 <= 1.0 and share >= 0.9:
            conf = "high"
        elif d0 <= 3.0 and share >= 0.7:
            conf = "medium"
        else:
            conf = "low"
        also = [c for c, wc in ranked[1:] if wc / total >= 0.25]
        is_contested = share < 0.6 or bool(contested[nearest] and codes[nearest] == top and d0 <= 1)
        if codes[nearest] == top and alsos[nearest]:
            also = sorted(set(also) | {alsos[nearest]})
        out.append({"code": top, "share": share, "d0": d0, "n": int(near.size),
                    "confidence": conf, "also": [a for a in also if a != top],
                    "contested": is_contested})
    return out


@dataclass
class ExtentRule:
    unit: str
    force: str          # "" = any
    area: str           # "" | "in:area:x" | "out:area:x"
    valid_to: dt.date
    note: str
    line: int

    def matches(self, com, code: str, inside) -> bool:
        if not (com["adm3_pcode"].startswith(self.unit) if self.unit.startswith("SY") else False):
            return False
        if self.force and code not in self.force.split(";"):
            return False
        if self.area:
            how, _, area_id = self.area.partition(":")
            inside_area = inside(area_id, com["lon"], com["lat"])
            if (how == "in") != inside_area:
                return False
        return True


def read_extent_rules(path: Path | None = None) -> list[ExtentRule]:
    path = path or HERE / "snapshot_2017_extent.csv"
    src = str(path)
    rules = []
    _, rows = csv_rows(read_text(path), src, required=("unit", "valid_to"))
    for line, row in rows:
        end = _rule_date(row, "valid_to", src, line)
        rules.append(ExtentRule(row["unit"].strip(), (row.get("force") or "").strip(),
                                (row.get("area") or "").strip(), end,
                                (row.get("note") or "").strip(), line))
    return rules


def _rule_date(row: dict, field: str, source: str, line: int) -> dt.date:
    """A rule file's date, its error placed at the file and line."""
    try:
        return as_date(row[field], field, required=True)
    except InputError as exc:
        raise InputError(exc.message, source=source, line=line, field=field) from None


@dataclass
class BackwardRule(ExtentRule):
    """How far back from 1 Jul 2017 a snapshot row is valid (``valid_to`` holds the first
    day) and the highest confidence it keeps there."""
    max_confidence: str = "medium"


def read_backward_rules(path: Path | None = None) -> list[BackwardRule]:
    """``snapshot_2017_backward.csv``: ``unit,force,area,valid_from,max_confidence,note``."""
    path = path or HERE / "snapshot_2017_backward.csv"
    src = str(path)
    rules = []
    _, rows = csv_rows(read_text(path), src,
                       required=("unit", "valid_from", "max_confidence", "note"))
    for line, row in rows:
        start = _rule_date(row, "valid_from", src, line)
        if not SNAPSHOT_BACK_LIMIT <= start <= SNAPSHOT_FROM:
            raise InputError(f"valid_from {start} must lie in {SNAPSHOT_BACK_LIMIT}..{SNAPSHOT_FROM}",
                             source=src, line=line, field="valid_from")
        cap = row["max_confidence"].strip()
        if cap not in CONFIDENCES:
            raise InputError(f"max_confidence {cap!r} is not one of {CONFIDENCES}",
                             source=src, line=line, field="max_confidence")
        if not row["note"].strip():
            raise InputError("every rule needs a note", source=src, line=line, field="note")
        rules.append(BackwardRule(row["unit"].strip(), (row.get("force") or "").strip(),
                                  (row.get("area") or "").strip(), start,
                                  row["note"].strip(), line, cap))
    return rules


def _back(rules, com, code, inside):
    """(first day, confidence cap, note) of a snapshot row: the first matching rule."""
    for r in rules:
        if r.matches(com, code, inside):
            return r.valid_to, r.max_confidence, r.note
    return SNAPSHOT_FROM, "high", ""


def _capped(conf: str, cap: str) -> str:
    return CONFIDENCES[max(CONFIDENCES.index(conf), CONFIDENCES.index(cap))]


def derive_snapshot_rows(marks: pd.DataFrame, gaz, rules=None, areas=None,
                         back_rules=None) -> list[dict]:
    """Community and sub-district rows for the mid-2017 snapshot, from the marks.

    Each community within ``RADIUS_KM`` of a mark gets the weighted vote of the
    marks around it (:func:`vote`); each sub-district gets the majority
    of its communities (low confidence), so that points far from any mark still
    have an answer. How long a row stays valid comes from the first matching
    rule of ``snapshot_2017_extent.csv``; how far back before 1 Jul 2017, from the
    first matching rule of ``snapshot_2017_backward.csv`` (a row carried back keeps
    at most that rule's confidence).
    """
    rules = read_extent_rules() if rules is None else rules
    back_rules = read_backward_rules() if back_rules is None else back_rules
    areas = areas if areas is not None else {a.id: a.polygon(gaz) for a in read_area_specs()}

    def inside(area_id, lon, lat):
        return bool(areas[area_id].contains(Point(lon, lat)))

    com = gaz.ref.communities
    votes = vote(marks, com["lon"].to_numpy(), com["lat"].to_numpy())
    # A community row outranks an area, so a community whose cell reaches into an area
    # that has its own answer in the snapshot (al-Tanf, Sheikh Maqsoud, the Damascus
    # districts held by the opposition until 2017-2018) gets no row:
    # its sub-district's row answers for it instead.
    shadowed = communities_in_cells_of(gaz, [areas[a] for a in SNAPSHOT_AREAS if a in areas])
    rows = []
    per_adm3: dict[str, Counter] = defaultdict(Counter)
    for (pcode, c), v in zip(com.iterrows(), votes):
        if v is None:
            continue
        per_adm3[c["adm3_pcode"]][v["code"]] += 1
        if pcode in shadowed:
            continue
        end, rule_note = _extent(rules, c, v["code"], inside)
        note = (f"{c['name_en']}: {v['n']} mark(s) within {RADIUS_KM:g} km, nearest "
                f"{v['d0']:.1f} km, {v['share']:.0%} of the weight {v['code']}")
        if rule_note:
            note += f"; {rule_note}"
        conf = v["confidence"]
        if end > dt.date(2018, 12, 31) and conf == "high":
            conf = "medium"   # carried forward for years: the line, not the mark, is vouched for
        start, cap, back_note = _back(back_rules, c, v["code"], inside)
        if start < SNAPSHOT_FROM:
            conf = _capped(conf, cap)
            note += f"; from {start}: {back_note}"
        rows.append(_row(pcode, v["code"], start, end, v["contested"], v["also"], conf,
                         note))
    for adm3, counts in sorted(per_adm3.items()):
        total = sum(counts.values())
        code, n = counts.most_common(1)[0]
        fake = {"adm3_pcode": adm3, "lon": gaz.get(adm3).lon, "lat": gaz.get(adm3).lat}
        end, rule_note = _extent(rules, fake, code, inside)
        others = [c for c, k in counts.most_common()[1:] if k / total >= 0.2]
        note = (f"{gaz.get(adm3).name_en}: {n} of {total} snapshot communities {code}")
        if rule_note:
            note += f"; {rule_note}"
        start, _, back_note = _back(back_rules, fake, code, inside)
        if start < SNAPSHOT_FROM:
            note += f"; from {start}: {back_note}"
        rows.append(_row(adm3, code, start, end, n / total < 0.6, others, "low", note))
    return rows


SNAPSHOT_AREAS = ("area:tanf-55km", "area:aleppo-sdf-neighbourhoods", "area:damascus-jobar",
                  "area:damascus-qaboun-barzeh")


def communities_in_cells_of(gaz, polygons, step_km: float = 1.0) -> set[str]:
    """The communities whose cell reaches into any of ``polygons``.

    Each polygon is sampled on a ``step_km`` grid plus its vertices and an inner point
    (so that a district-sized area is not missed), and each sample is located in the
    control engine's own cells (:class:`geo.control.tessellation.Tessellation`: community
    cells cut by sub-district), so a point of Damascus city counts for Damascus (C1001),
    not for the nearest Ghouta village across the sub-district line.
    """
    from geo.control.tessellation import Tessellation

    tess = Tessellation.load(gaz.ref, None)
    out: set[str] = set()
    for poly in polygons:
        w, s_, e, n = poly.bounds
        lat0 = (s_ + n) / 2
        xs = np.arange(w, e, step_km / (111.32 * math.cos(math.radians(lat0))))
        ys = np.arange(s_, n, step_km / 110.57)
        gx, gy = np.meshgrid(xs, ys)
        ring = np.asarray(poly.exterior.coords)
        inner = poly.representative_point()
        gx = np.concatenate([gx.ravel(), ring[:, 0], [inner.x]])
        gy = np.concatenate([gy.ravel(), ring[:, 1], [inner.y]])
        keep = shapely.contains_xy(poly, gx, gy) | shapely.intersects_xy(poly, gx, gy)
        if not keep.any():
            continue
        atom, inside, _ = tess.locate(gx[keep], gy[keep])
        out |= {tess.community[a] for a, i in zip(atom, inside) if a >= 0 and i
                and tess.community[a]}
    return out


def _extent(rules, com, code, inside):
    for r in rules:
        if r.matches(com, code, inside):
            return r.valid_to, r.note
    return SNAPSHOT_DEFAULT_TO, ""


def _row(unit, force, start, end, contested, also, confidence, note, source=SNAPSHOT_SOURCE):
    return {"unit": unit, "force": force, "valid_from": start.isoformat(),
            "valid_to": end.isoformat() if end else "", "contested": "true" if contested else "",
            "also": ";".join(also), "confidence": confidence, "source": source, "note": note}


# --------------------------------------------------------------------------- authored
def read_authored(path: Path | None = None) -> list[dict]:
    """``authored_periods.csv`` expanded to one row per unit, each checked."""
    path = path or HERE / "authored_periods.csv"
    header, reader = csv_rows(read_text(path), str(path))
    if header != list(PERIOD_FIELDS):
        raise InputError(f"header must be {','.join(PERIOD_FIELDS)}", source=str(path), line=1)
    rows = []
    for line, row in reader:
        units = row["unit"].split()
        if not units:
            raise InputError("no unit", source=str(path), line=line, field="unit")
        for unit in units:
            rows.append({**{k: row[k].strip() for k in PERIOD_FIELDS}, "unit": unit,
                         "_line": line})
    return rows


def clip_snapshot(snapshot: list[dict], authored: list[dict]) -> list[dict]:
    """Snapshot rows never overlap authored rows of the same unit: authored wins.

    An authored row that begins inside a snapshot row ends it the day before; one that
    ends inside it (an authored 2016 period before a row carried back) moves its start
    to the day after; one inside it splits it."""
    by_unit = defaultdict(list)
    for r in authored:
        by_unit[r["unit"]].append((_day(r["valid_from"]), _day(r["valid_to"]) or dt.date.max))
    out = []
    one = dt.timedelta(days=1)
    for r in snapshot:
        pieces = [(_day(r["valid_from"]), _day(r["valid_to"]))]
        for a_start, a_end in sorted(by_unit.get(r["unit"], [])):
            nxt = []
            for s, e in pieces:
                if a_start > e or a_end < s:
                    nxt.append((s, e))
                    continue
                if s < a_start:
                    nxt.append((s, a_start - one))
                if a_end < e:
                    nxt.append((a_end + one, e))
            pieces = nxt
        out += [{**r, "valid_from": s.isoformat(), "valid_to": e.isoformat()} for s, e in pieces]
    return out


def carry_forward(authored: list[dict], last_verified: dt.date = LAST_VERIFIED,
                  end: dt.date | None = None) -> list[dict]:
    """The last verified state carried to the coverage end: for every authored row still
    open on ``last_verified``, a ``low`` row from the next day to ``end`` that says so."""
    end = end or COVERAGE[1]
    if end <= last_verified:
        return []
    start = (last_verified + dt.timedelta(days=1)).isoformat()
    out = []
    for r in authored:
        if r["valid_to"] != last_verified.isoformat():
            continue
        out.append({**{k: r[k] for k in PERIOD_FIELDS}, "valid_from": start,
                    "valid_to": end.isoformat(), "confidence": "low", "source": CARRIED_SOURCE,
                    "note": f"not verified after {last_verified}: the last known state carried "
                            f"forward ({r['source']}, {r['confidence']}): {r['note']}"})
    return out


def _day(text):
    return dt.date.fromisoformat(text) if text else None


# --------------------------------------------------------------------------- checks
def check(rows: list[dict], gaz, area_ids: set[str]) -> list[str]:
    """Every problem of the dataset, as messages (empty = sound)."""
    problems = []
    spans = defaultdict(list)
    for r in rows:
        where = f"{r['unit']} from {r['valid_from']}"
        if r["force"] not in FORCE_CODES:
            problems.append(f"{where}: unknown force {r['force']!r}")
        for a in filter(None, r["also"].split(";")):
            if a not in FORCE_CODES:
                problems.append(f"{where}: unknown force {a!r} in also")
        if r["confidence"] not in CONFIDENCES:
            problems.append(f"{where}: confidence {r['confidence']!r}")
        if not r["source"] or not r["note"]:
            problems.append(f"{where}: every period needs a source and a note")
        try:
            start, end = _day(r["valid_from"]), _day(r["valid_to"])
        except ValueError:
            problems.append(f"{where}: bad date")
            continue
        if start is None or (end is not None and end < start):
            problems.append(f"{where}: valid_to before valid_from")
            continue
        if start < COVERAGE[0] or (end or COVERAGE[1]) > COVERAGE[1]:
            problems.append(f"{where}: outside the coverage {COVERAGE[0]}..{COVERAGE[1]}")
        u = r["unit"]
        if u.startswith("area:"):
            if u not in area_ids:
                problems.append(f"{where}: no such area")
        elif u not in gaz:
            problems.append(f"{where}: not in the gazetteer")
        spans[u].append((start, end or dt.date.max))
    for u, s in spans.items():
        s.sort()
        for (a0, a1), (b0, b1) in zip(s, s[1:]):
            if b0 <= a1:
                problems.append(f"{u}: periods overlap ({a0}..{a1} and {b0}..{b1})")
    problems += check_coverage(rows, gaz)
    return problems


def check_coverage(rows, gaz) -> list[str]:
    """Every sub-district has an answer (own, district or governorate row) every day."""
    spans = defaultdict(list)
    for r in rows:
        if not r["unit"].startswith("C") and not r["unit"].startswith("area:"):
            spans[r["unit"]].append((_day(r["valid_from"]), _day(r["valid_to"]) or COVERAGE[1]))
    problems = []
    for p in gaz.ref.adm3.index:
        units = [p, p[:6], p[:4]]
        s = sorted(x for u in units for x in spans.get(u, []))
        day = COVERAGE[0]
        for a, b in s:
            if a > day:
                break
            day = max(day, b + dt.timedelta(days=1))
        if day <= COVERAGE[1]:
            problems.append(f"{p} ({gaz.get(p).name_en}): no sub-district, district or "
                            f"governorate row on {day}")
    return problems


def check_areas(gaz) -> list[str]:
    """Offset vertices must land outside Syria (past a border) or inside their own city."""
    problems = []
    for a in read_area_specs():
        for v in a.vertices:
            if "@" in v and "~" not in v:   # a circle's centre may lie anywhere
                lon, lat = vertex_point(v, gaz)
                r = gaz.reverse(lon, lat)
                base = gaz.get(v.split("@")[0])
                if r.inside and r.adm3_pcode != base.adm3_pcode and r.boundary_km == 0:
                    problems.append(f"{a.id}: offset vertex {v} lands inside Syria in "
                                    f"{r.adm3_pcode}, not past the border or in its own unit")
    return problems


# --------------------------------------------------------------------------- measures
def measure_marks(marks: pd.DataFrame, index, day: str = "2017-07-20") -> dict:
    """Agreement of the control index with the plain village marks on ``day``.

    The dataset's 2017 community rows are derived from these same marks, so this
    measures the derivation plus the tessellation, not independent truth; see
    :func:`measure_marks_held_out` for an honest figure.
    """
    plain = marks[marks["plain"]]
    ans = index.control_many(plain["lon"].to_numpy(), plain["lat"].to_numpy(),
                             [day] * len(plain), front=False)
    ok = [code in tuple(forces) for code, forces in zip(plain["code"], ans["forces"])]
    return {"marks": len(plain), "agree": int(sum(ok)),
            "agreement": round(sum(ok) / max(len(plain), 1), 4)}


def measure_marks_held_out(marks: pd.DataFrame, gaz, *, fraction: float = 0.2,
                           seed: int = 2017) -> dict:
    """Leave out a random ``fraction`` of all marks, derive from the rest, score the plain
    held-out marks.

    A held-out mark is predicted the way the index answers a point: the derived
    row of its nearest community (its community cell), else the majority of its
    sub-district, else no answer (counted as a miss).
    """
    rng = np.random.default_rng(seed)
    test_mask = rng.random(len(marks)) < fraction
    train, test = marks[~test_mask], marks[test_mask & marks["plain"].to_numpy()]
    com = gaz.ref.communities
    votes = vote(train, com["lon"].to_numpy(), com["lat"].to_numpy())
    by_com = {pc: v for pc, v in zip(com.index, votes) if v is not None}
    per_adm3: dict[str, Counter] = defaultdict(Counter)
    for pc, v in by_com.items():
        per_adm3[com.at[pc, "adm3_pcode"]][v["code"]] += 1
    rev = gaz.reverse_many(test["lon"].to_numpy(), test["lat"].to_numpy())
    agree = 0
    for code, pc, adm3 in zip(test["code"], rev["community_pcode"], rev["adm3_pcode"]):
        v = by_com.get(pc)
        if v is not None:
            forces = (v["code"], *v["also"])
        elif per_adm3.get(adm3):
            forces = (per_adm3[adm3].most_common(1)[0][0],)
        else:
            forces = ()
        agree += code in forces
    return {"held_out": len(test), "agree": int(agree), "fraction": fraction, "seed": seed,
            "agreement": round(agree / max(len(test), 1), 4)}


TOWN_CODES = {"HTS": "HTS_OPP", "OPPOSITION": "HTS_OPP", "SNA_TURKEY": "SNA", "GOV": "GOV",
              "SDF": "SDF"}
# Rows of the 2023 town list left out of the measure, and why.
TOWN_EXCLUSIONS = {
    "Manbij": "the list reads GOV (flag mapping error); Manbij was held by the SDF until Dec 2024",
    "Suran": "the row is Suran in Hama governorate but its coordinates (36.566 N 37.213 E) are "
             "those of Suran in Azaz district, Aleppo: a GeoNames mismatch",
}


def measure_towns(data, index, day: str = "2023-06-01") -> dict:
    """Agreement with the mid-2023 town list: rows with coordinates and one faction."""
    path = data.path_of("towns_2023")
    towns = pd.read_csv(path)
    towns = towns[towns["lat"].notna() & towns["faction_mapped"].isin(TOWN_CODES)]
    excluded = towns[towns["name"].isin(TOWN_EXCLUSIONS)]
    towns = towns[~towns["name"].isin(TOWN_EXCLUSIONS)]
    ans = index.control_many(towns["lon"].to_numpy(), towns["lat"].to_numpy(),
                             [day] * len(towns), front=False)
    expected = towns["faction_mapped"].map(TOWN_CODES).to_numpy()
    ok = [e in tuple(f) for e, f in zip(expected, ans["forces"])]
    misses = [{"name": n, "stated": e, "computed": list(f)} for n, e, f, k in
              zip(towns["name"], expected, ans["forces"], ok) if not k]
    return {"towns": len(towns), "agree": int(sum(ok)),
            "agreement": round(sum(ok) / max(len(towns), 1), 4),
            "excluded": {n: TOWN_EXCLUSIONS[n] for n in excluded["name"]}, "misses": misses}


# --------------------------------------------------------------------------- build
def build(gaz=None, data=None) -> tuple[str, str, str, list[str]]:
    """(periods.csv text, areas.geojson text, coverage.json text, problems)."""
    from geo.gazetteer import Gazetteer

    gaz = gaz or Gazetteer.load(data)
    areas_fc = build_areas(gaz)
    area_ids = {f["properties"]["id"] for f in areas_fc["features"]}
    authored = read_authored()
    marks = load_marks(data)
    snapshot = clip_snapshot(derive_snapshot_rows(marks, gaz), authored)
    rows = ([{k: r[k] for k in PERIOD_FIELDS} for r in authored] + carry_forward(authored)
            + snapshot)
    rows.sort(key=lambda r: (_unit_rank(r["unit"]), r["unit"], r["valid_from"]))
    problems = check(rows, gaz, area_ids) + check_areas(gaz)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=PERIOD_FIELDS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    areas_text = json.dumps(areas_fc, ensure_ascii=False, indent=1) + "\n"
    coverage = json.dumps({"first": COVERAGE[0].isoformat(), "last": COVERAGE[1].isoformat(),
                           "last_verified": LAST_VERIFIED.isoformat()}, indent=1) + "\n"
    return buf.getvalue(), areas_text, coverage, problems


def _unit_rank(unit: str) -> int:
    if unit.startswith("area:"):
        return 1
    if unit.startswith("C"):
        return 2
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m geo.data.control.build",
                                 description="Rebuild and check the bundled control dataset.")
    ap.add_argument("--check", action="store_true",
                    help="do not write; fail if the files differ from a rebuild or have problems")
    ap.add_argument("--data", help="reference data directory (default: as incmap resolves it)")
    ap.add_argument("--measure", action="store_true",
                    help="also print the agreement measures (needs the control index)")
    args = ap.parse_args(argv)
    periods, areas, coverage, problems = build(data=args.data)
    targets = {"periods.csv": periods, "areas.geojson": areas, "coverage.json": coverage}
    if args.check:
        stale = [n for n, t in targets.items()
                 if not (HERE / n).is_file() or (HERE / n).read_text(encoding="utf-8") != t]
        for n in stale:
            problems.append(f"{n} is not what a rebuild writes; run python -m geo.data.control.build")
    else:
        for n, t in targets.items():
            tmp = HERE / f".{n}.tmp"
            tmp.write_text(t, encoding="utf-8")
            tmp.replace(HERE / n)
    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    n_rows = periods.count("\n") - 1
    n_areas = len(json.loads(areas)["features"])
    print(f"{n_rows} periods, {n_areas} areas, {len(problems)} problem(s)")
    if args.measure and not problems:
        from geo.control import ControlIndex
        from geo.reference.datadir import resolve
        from geo.gazetteer import Gazetteer

        data = resolve(args.data)
        index = ControlIndex.load(data)
        marks = load_marks(data)
        print("2017 plain marks at 2017-07-20:", json.dumps(measure_marks(marks, index)))
        print("2017 held-out marks:", json.dumps(measure_marks_held_out(marks, Gazetteer.load(data))))
        print("2023 towns at 2023-06-01:", json.dumps(measure_towns(data, index)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
