"""Scoring the candidates of a mention (step 4 of the geocoder) and the answer's radius.

A candidate's total is the sum of the :data:`~geo.geocode.scores.SCORES`
parts that apply: name quality, the level its kind word asks for, inside the
governorate, inside the context places, the direction, a little for larger
towns. The margin of the best over the best place elsewhere gives the
confidence.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right

from ..extra_places import SOURCE_AUTHORED
from ..gazetteer import Gazetteer, Place
from ..governorates import DAMASCUS, RURAL_DAMASCUS
from ..names import fold_arabic
from ..precision import RADIUS_M, LocationPrecision
from ..regions import REGIONS
from .mentions import Mention
from .scores import _KM_LAT, _KM_LON, CONTEXT_KM, SAME_PLACE_KM, SCORES, distance_km

__all__ = ["Scorer", "LEVEL_PRECISION", "OWN_SOURCES"]

LEVEL_PRECISION = {
    "community": LocationPrecision.COMMUNITY,
    "neighbourhood": LocationPrecision.COMMUNITY,
    "adm3": LocationPrecision.DISTRICT,
    "adm2": LocationPrecision.DISTRICT,
    "adm1": LocationPrecision.GOVERNORATE,
}
_SEAT_WORDS = {"city", fold_arabic("مدينة")}
_COMMUNITY_RADIUS = {0: 10_000, 1: 7_000, 2: 4_000, 3: 3_000}
# The level a kind word asks for: kind -> ({level: score}, the score of any other level).
# One table looked up per candidate instead of a dict built per call.
_KIND_SCORES: dict[str | None, tuple[dict[str, float], float]] = {
    None: ({"community": SCORES["no_kind_community"]}, 0.0),
    "community": ({"community": SCORES["kind_fits"], "neighbourhood": SCORES["kind_close"]},
                  SCORES["kind_clashes"]),
    "neighbourhood": ({"neighbourhood": SCORES["kind_fits"]}, SCORES["kind_clashes"]),
    "adm1": ({"adm1": SCORES["kind_fits"], "adm2": SCORES["kind_close"]}, SCORES["kind_clashes"]),
    "adm2": ({"adm2": SCORES["kind_fits"], "adm3": SCORES["kind_close"]}, 0.0),
    "adm3": ({"adm3": SCORES["kind_fits"], "adm2": SCORES["kind_close"]}, 0.0),
    "area": ({"adm3": SCORES["kind_close"], "community": SCORES["kind_close"]}, 0.0),
}
_KIND_SCORES["landmark"] = _KIND_SCORES[None]
_KIND_SCORES["rural"] = _KIND_SCORES["adm1"]
_KIND_SCORES["desert"] = _KIND_SCORES["area"]
_NO_LEVEL: tuple[dict[str, float], float] = ({}, 0.0)
_IN_CONTEXT = SCORES["in_context"]
# The sources of places the official spelling need not beat: OCHA's own and the project's authored places.
OWN_SOURCES = ("ocha", SOURCE_AUTHORED)


_OUTSIDE_CONTEXT = SCORES["outside_context"]


_UNIT_LEVELS = ("adm1", "adm2", "adm3")


class _Around:
    """The places of one context mention (with their name scores), indexed for what is asked of every candidate:
    :meth:`fit`, the best context score of a place among those it lies in or beside.

    Made once per context mention and scoring, it answers with a few dict look-ups and one window of
    communities by longitude what a scan of all the mention's places (most of them far namesakes) would.
    """

    __slots__ = ("by_code", "units", "damascus", "hoods", "by_adm3", "by_city", "xs", "points")

    def __init__(self, others: list[tuple[Place, float]], rural: bool):
        self.by_code: dict[str, float] = {}  # any place: the same place named again
        self.units: dict[str, float] = {}  # a governorate, district or sub-district: the places inside it
        self.damascus: float | None = None  # "rural Damascus": the places of Damascus and Rif Dimashq
        self.hoods: dict[str | None, float] = {}  # a neighbourhood: the places of its city
        self.by_adm3: dict[str | None, float] = {}  # a community: the places of its sub-district,
        self.by_city: dict[str, float] = {}  # the neighbourhoods of the city it is,
        points = []  # and the places within CONTEXT_KM of it
        for other, s in others:
            fit = _IN_CONTEXT * s
            _keep_best(self.by_code, other.pcode, fit)
            level = other.level
            if level in _UNIT_LEVELS:
                if level == "adm1" and rural and other.pcode == DAMASCUS:
                    self.damascus = fit if self.damascus is None else max(self.damascus, fit)
                else:
                    _keep_best(self.units, other.pcode, fit)
            elif level == "neighbourhood":
                _keep_best(self.hoods, other.city_pcode, fit)
            else:
                _keep_best(self.by_adm3, other.adm3_pcode, fit)
                _keep_best(self.by_city, other.pcode, fit)
                points.append((other.lon * _KM_LON, other.lon, other.lat, fit))
        points.sort()
        self.xs = [p[0] for p in points]  # (east-west km, to cut the window of a place's longitude)
        self.points = points

    def fit(self, place: Place) -> float | None:
        """The best context score of ``place`` among the places it lies in or beside (within CONTEXT_KM of a
        community); None when it lies by none of them."""
        best = self.by_code.get(place.pcode)
        fits: tuple = ()
        if self.units:
            units = self.units
            fits = (units.get(place.adm1_pcode), units.get(place.adm2_pcode), units.get(place.adm3_pcode),
                    units.get(place.city_pcode))
        if self.damascus is not None and place.adm1_pcode in (DAMASCUS, RURAL_DAMASCUS):
            fits += (self.damascus,)
        if self.hoods:
            fits += (self.hoods.get(place.city_pcode),)
        if self.points:
            fits += (self.by_adm3.get(place.adm3_pcode), self.by_city.get(place.city_pcode))
        for f in fits:
            if f is not None and (best is None or f > best):
                best = f
        if self.points:
            lon, lat = place.lon, place.lat
            x = lon * _KM_LON
            # (a place within CONTEXT_KM lies within it east-west too: the window, a kilometre wider for rounding)
            lo = bisect_left(self.xs, x - CONTEXT_KM - 1.0)
            hi = bisect_right(self.xs, x + CONTEXT_KM + 1.0, lo)
            for _, other_lon, other_lat, f in self.points[lo:hi]:
                if best is not None and f <= best:
                    continue  # (it cannot raise the best fit: no need to test it)
                # (distance_km inline, the same arithmetic)
                dx = (other_lon - lon) * _KM_LON
                dy = (other_lat - lat) * _KM_LAT
                if math.sqrt(dx * dx + dy * dy) <= CONTEXT_KM:
                    best = f
        return best


def _keep_best(table: dict, key, fit: float) -> None:
    """Keep the best fit under ``key``."""
    held = table.get(key)
    if held is None or fit > held:
        table[key] = fit


def _towards(frame: tuple[float, float, float, float], place: Place, d: tuple[float, float]) -> float:
    """How far ``place`` lies towards direction ``d`` in a unit's bounding box ``frame`` (:meth:`Scorer._frame`):
    -1 .. 1."""
    cx, hx, cy, hy = frame
    dx = (place.lon - cx) / hx
    dy = (place.lat - cy) / hy
    return max(-1.0, min(1.0, dx * d[0] + dy * d[1]))


class Scorer:
    """Scores candidate places against the context a text gives; knows each unit's extent."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.bounds: dict[str, tuple[float, float, float, float]] = {}
        self.radii: dict[str, int] = {}
        ref = gazetteer.ref
        for level in ("adm1", "adm2", "adm3"):
            frame = ref.level(level)
            for pcode, geom in zip(frame.index, frame.geometry.values):
                minx, miny, maxx, maxy = geom.bounds
                self.bounds[pcode] = (minx, miny, maxx, maxy)
                # The radius of a circle of the unit's area (degrees -> metres at its latitude).
                kx = 111_320 * math.cos(math.radians((miny + maxy) / 2))
                area_m2 = geom.area * kx * 110_574
                self.radii[pcode] = int(round(math.sqrt(area_m2 / math.pi), -2))
        self.region_centre: dict[str, tuple[float, float]] = {}
        self.region_anchors: dict[str, list[tuple[float, float]]] = {}
        for region in REGIONS.values():
            self.region_anchors[region.id] = [(gazetteer.get(c).lon, gazetteer.get(c).lat)
                                              for c in region.anchors if c in gazetteer]
            pts = [gazetteer.get(c) for c in region.anchors if c in gazetteer] or \
                  [gazetteer.get(c) for c in region.adm3 if c in gazetteer] or \
                  [gazetteer.get(region.unit)]
            self.region_centre[region.id] = (sum(p.lon for p in pts) / len(pts),
                                             sum(p.lat for p in pts) / len(pts))

    def score(self, m: Mention, context: list[Mention], govs: list[str],
               gov_dirs, anchor: Mention | None = None,
               road_end: Mention | None = None) -> list[tuple[float, str, dict]]:
        """Every candidate of ``m`` with its total and the parts of it, best first.

        ``anchor`` is the place the text ties ``m`` to ("X village east of Y town"): a
        candidate beside it is not penalised for lying across a governorate line.
        ``road_end`` is the other end of "the road linking X and Y": a village within
        ``CONTEXT_KM`` of its best reading fits ("Asnbel" is Asanbal of Mare', 5 km from
        Marea, not Sunbula 42 km off); nothing is taken from the others.
        """
        out = []
        ctx = context
        top = max((v[0] for v in anchor.cands.values()), default=0.0) if anchor else 0.0
        tied_to = [self.gaz.get(p) for p, v in (anchor.cands.items() if anchor else ())
                   if v[0] >= top - 0.05]  # the anchor's best readings only
        beside = [b for b in tied_to if b.adm1_pcode in govs]
        # (each context mention's places once, not once per candidate)
        ctx_places = [self.context_places(c) for c in ctx]
        # (what is the same for every candidate, once)
        get = self.gaz.get
        partial = SCORES["partial_name"] if m.partial else 0.0
        kind_levels, kind_other = _KIND_SCORES.get(m.kind, _NO_LEVEL)
        seat_word, area_word = m.kind_word in _SEAT_WORDS, m.kind == "area"
        gov_keys = [("gov:" + g, g) for g in govs]
        in_gov, out_gov = SCORES["in_governorate"], SCORES["outside_governorate"]
        capital, fit_of = SCORES["capital"], self.context_fit
        # (a context mention's fit through its places alone, without the method's tests of its kind, for
        # the mentions that are neither a region nor a landmark: most; their places indexed once)
        arounds = [_Around(others, c.rural) if c.region is None and c.kind != "landmark" else None
                   for c, others in zip(ctx, ctx_places)]
        frames = [(g, d, self._frame(g)) for g, d in gov_dirs]
        for code, (s_name, how, matched) in m.cands.items():
            place = get(code)
            level = place.level
            parts: dict[str, float] = {"name": s_name - partial}
            parts["kind"] = kind_levels.get(level, kind_other)
            if seat_word and level == "community" and \
                    place.capital_level >= 0:
                # Reports call seats of districts and sub-districts "cities".
                parts["kind"] += SCORES["city_is_seat"]
            elif area_word and level == "community" and place.capital_level >= 1:
                # "منطقة جب الجراح": an area named after a town is the town and the land around
                # it, not the sub-district the town is the seat of (g279).
                parts["kind"] += SCORES["area_is_seat"]
            edge = False
            for key, g in gov_keys:
                inside = place.adm1_pcode == g or code == g
                parts[key] = in_gov if inside else out_gov
                if not inside and beside and any(distance_km(
                        place.lon, place.lat, b.lon, b.lat) <= CONTEXT_KM for b in beside):
                    parts[key] = 0.0  # a governorate's edge, beside the named town
                    edge = True
            for c, others, around in zip(ctx, ctx_places, arounds):
                if around is not None:
                    fit = around.fit(place)
                    if fit is None and c.cands:
                        fit = _OUTSIDE_CONTEXT
                else:
                    fit = fit_of(place, c, others)
                if fit is None:
                    continue
                if edge and fit < 0 and any(get(p).level == "adm1" for p in c.cands):
                    fit = 0.0  # the governorate named around it, as for the argument
                if c.origin:
                    # A person's hometown says little about where they were hit:
                    # half the weight, and no penalty when far away.
                    fit = max(0.0, fit / 2)
                parts[c.text] = parts.get(c.text, 0) + fit
            if road_end is not None and level == "community":
                fit = self.road_fit(place, road_end)
                if fit:
                    parts[road_end.text] = fit
            if tied_to and not any(distance_km(place.lon, place.lat, b.lon, b.lat) <= CONTEXT_KM
                                   for b in tied_to):
                # The text ties the name to a place ("X village east of Y town"): a namesake
                # far from every reading of Y is not X.
                parts["off_anchor"] = SCORES["off_anchor"]
            for g, d, frame in frames:
                if place.adm1_pcode == g and level != "adm1":
                    # Saturates half-way out: every place clearly in the east of the
                    # governorate fits "eastern rural X" equally; other rules decide among them.
                    parts["direction"] = SCORES["direction"] * max(
                        -1.0, min(1.0, 2 * _towards(frame, place, d)))
            if place.capital_level in capital:
                parts["capital"] = capital[place.capital_level]
            out.append((sum(parts.values()), code, parts))
        out.sort(key=lambda t: (-t[0], t[1]))
        return self._official_spelling_first(m, out)

    def _official_spelling_first(self, m: Mention, out: list[tuple[float, str, dict]]) -> list:
        """``out`` with an OCHA community the text names exactly first, when the best is a place of a
        secondary source (a map mark, a UCDP place) of another spelling in the same governorate that wins
        only by the governorate's direction.

        "Sarja village in the southern suburbs of Idlib governorate" is OCHA's Sarja (C4273), not UCDP's
        "Sarjah" 33 km further south-east (g450): "southern Idlib" is half a governorate, and the community
        lies in that half, so the direction is too broad a hint to outweigh the official spelling; a
        district, a town or an anchor named in the text still counts (their parts stay in both totals), and
        so does the direction when the community lies in the other half. Round 22, test batch, after its
        measurement.
        """
        if len(out) < 2:
            return out
        best_total, best_code, best_parts = out[0]
        best = self.gaz.get(best_code)
        if best.source in OWN_SOURCES or m.cands[best_code][2].casefold() == m.text.casefold():
            return out
        for k, (total, code, parts) in enumerate(out[1:], 1):
            place = self.gaz.get(code)
            if place.source == "ocha" and place.level == "community" and place.adm1_pcode == best.adm1_pcode \
                    and m.cands[code][2].casefold() == m.text.casefold() and parts.get("direction", 0.0) >= 0.0 \
                    and total - parts.get("direction", 0.0) >= best_total - best_parts.get("direction", 0.0):
                return [out[k]] + out[:k] + out[k + 1:]
        return out

    @staticmethod
    def kind_score(kind: str | None, place: Place) -> float:
        """The score of ``place``'s level against the level ``kind`` asks for
        (:data:`_KIND_SCORES`); 0.0 for a kind that asks for no level.

        >>> Scorer.kind_score("community", Place("C1", "adm1", "", "", 0.0, 0.0))
        -0.3
        """
        levels, other = _KIND_SCORES.get(kind, _NO_LEVEL)
        return levels.get(place.level, other)

    def road_fit(self, place: Place, end: Mention) -> float:
        """The score of a village beside the best reading of a road's other end."""
        top = max((v[0] for v in end.cands.values()), default=0.0)
        for code, (s, _, _) in end.cands.items():
            other = self.gaz.get(code)
            if s >= top - 0.05 and other.level == "community" and other.pcode != place.pcode \
                    and distance_km(place.lon, place.lat, other.lon, other.lat) <= CONTEXT_KM:
                return SCORES["in_context"] * s
        return 0.0

    def context_places(self, c: Mention) -> list[tuple[Place, float]]:
        """The candidate places of context mention ``c`` its kind word allows, with their name
        scores, in the mention's order: of "Aleppo governorate" the governorate only (not the
        city), of "Manbij city" the towns and neighbourhoods named so (not the district)."""
        out = []
        for code, (s, _, _) in c.cands.items():
            other = self.gaz.get(code)
            if c.kind == "community" and other.level not in ("community", "neighbourhood"):
                continue
            if c.kind in ("adm1",) and other.level != "adm1":
                continue
            out.append((other, s))
        return out

    def context_fit(self, place: Place, c: Mention,
                    others: list[tuple[Place, float]] | None = None) -> float | None:
        """The context score of ``place`` against context mention ``c`` (None: no opinion).

        ``others`` is :meth:`context_places` of ``c`` when the caller has it already.
        """
        if c.region is not None and not c.cands:
            r = c.region
            if place.adm3_pcode in r.adm3:
                return SCORES["in_context"]
            # (within the radius of one of its anchors too: the anchors' centre can lie off
            # to one side, as Jabal al-Zawiya's does of Sarja, 11 km from al-Bara)
            points = [self.region_centre[r.id]] + self.region_anchors[r.id]
            km = min(distance_km(place.lon, place.lat, x, y) for x, y in points)
            return SCORES["in_context"] if km <= r.radius_km else SCORES["outside_context"]
        if c.kind == "landmark":
            # "near al-Jina crossroad": a landmark is beside the place, not around it.
            best = None
            for code in c.cands:
                other = self.gaz.get(code)
                if other.level == "community":
                    km = (distance_km(place.lon, place.lat, other.lon, other.lat))
                    if km <= CONTEXT_KM:
                        best = SCORES["in_context"] / 2
            return best
        best = _Around(self.context_places(c) if others is None else others, c.rural).fit(place)
        if best is not None:
            return best
        return SCORES["outside_context"] if c.cands else None

    def _frame(self, unit: str) -> tuple[float, float, float, float]:
        """The centre and half sizes of ``unit``'s bounding box: ``(cx, hx, cy, hy)``."""
        minx, miny, maxx, maxy = self.bounds[unit]
        hx, hy = (maxx - minx) / 2 or 1, (maxy - miny) / 2 or 1
        return minx + hx, hx, miny + hy, hy

    def direction(self, place: Place, unit: str, d: tuple[float, float]) -> float:
        """How far ``place`` lies towards direction ``d`` inside ``unit``: -1 .. 1."""
        return _towards(self._frame(unit), place, d)

    def radius_of(self, place: Place) -> int:
        if place.level == "community":
            return _COMMUNITY_RADIUS.get(place.capital_level, RADIUS_M[LocationPrecision.COMMUNITY])
        if place.level == "neighbourhood":
            return 1_000
        return self.radii.get(place.pcode, RADIUS_M[LEVEL_PRECISION[place.level]])

    def confidence(self, scored, primary: Mention, precision, fallback, usable) -> float:
        best_total, best_code, parts = scored[0]
        best = self.gaz.get(best_code)
        rival = None
        for total, code, _ in scored[1:]:
            other = self.gaz.get(code)
            if (distance_km(best.lon, best.lat, other.lon, other.lat)) > SAME_PLACE_KM:
                rival = total
                break
        margin = 1.0 if rival is None else max(0.0, best_total - rival)
        conf = parts["name"] * (0.55 + 0.45 * min(1.0, margin / 0.4))
        if precision == LocationPrecision.NEAR:
            conf *= 0.95
        if fallback:
            conf *= 0.9
        if not primary.locative:
            conf *= 0.7
        if primary.origin:
            conf *= 0.6
        if best_total < 1.0:
            conf *= 0.85
        return round(max(0.0, min(1.0, conf)), 2)

    def alt(self, code: str, total: float) -> dict:
        p = self.gaz.get(code)
        return {"pcode": p.pcode, "level": p.level, "name_en": p.name_en, "name_ar": p.name_ar,
                "adm1_pcode": p.adm1_pcode, "score": round(total, 3)}
