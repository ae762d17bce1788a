"""The geocoder: from the place words of a report to a P-coded place.

``geocode(text, governorate=None, date=None) -> Match`` reads prose such as
"Tishreen village, administratively a part of al-Ashara city, in eastern
rural Deir Ez-Zour governorate" and returns the unit where the incident
happened, a point, a precision (UCDP ``where_prec``), an uncertainty radius,
a confidence, the alternatives it weighed and the words that decided.

How it decides (the full rules and scores are in ``docs/geocoder.md``):

1. **Read**: the text is cut into words; each word is classed as a name
   word, a kind word ("village", "governorate", "rural", "badiya"), a
   direction ("eastern"), a preposition, or a common English word.
2. **Find mentions**: runs of name words are looked up, longest window
   first, in the gazetteer's dictionaries (normalised form, then consonant
   skeleton, then one-edit skeleton for misspellings) and in the table of
   named regions (:mod:`geo.regions`). No fuzzy scan over all names.
3. **Give each mention a role**: the incident place (the first eligible
   one), context around it ("in X area", "administratively a part of X",
   "rural X governorate", "in Jabal al-Zawiya"), a person's origin ("from
   X town"), the two ends of a road ("between A and B"), NEAR ("near X",
   "east of X", "the southern neighbourhood of X").
4. **Score the candidates** of the incident mention: name quality + the
   level its kind word asks for + inside the governorate + inside the
   context places + the direction ("eastern rural X" favours the east of X)
   + a little for larger towns. The best wins; the margin over the best
   place elsewhere gives the confidence.
5. **Fall back honestly**: a neighbourhood missing from the gazetteer gives
   its city (NEAR); a desert named after a village gives the village's
   sub-district (AREA); only a governorate gives the governorate. Nothing
   found gives ``found=False`` and says so.

>>> m = geocode("Shawa village in al-Ra'ie area in eastern rural Aleppo")   # doctest: +SKIP
>>> m.pcode, m.precision.name, m.parents                                     # doctest: +SKIP
('C1255', 'COMMUNITY', ['SY02', 'SY0202', 'SY020203'])
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz

from .errors import InputError
from .gazetteer import Gazetteer, Place
from .geocode_read import ARABIC_MARKS, Tok, is_mixed_case, tokens
from .geocode_words import LOCATIVE, NEAR, ORIGIN, PART, ROAD, arabic_word
from .names import collapse, fold_arabic, is_arabic, normalise, rough_latin
from .precision import RADIUS_M, LocationPrecision
from .regions import REGIONS, Region

__all__ = ["Match", "Geocoder", "geocode", "SCORES"]

# The scores a reader can follow (see docs/geocoder.md). A candidate's total
# is the sum of the parts that apply to it.
SCORES = {
    # how the name matched
    "name_normalised": 0.95,  # same after folding articles, vowels, Arabic letter forms
    "name_skeleton": 0.85,  # same consonant skeleton (4+ consonants)
    "name_skeleton_short": 0.75,  # same skeleton of 3 consonants: many places share it
    "name_near": 0.70,  # skeleton one letter off (a misspelling)
    # GeoNames alternate names are attached to communities by position and
    # skeleton; a few are wrong ("Bouta" on Mzeireb), so they count a little less.
    "geonames_alias": 0.05,
    # the name is only part of a longer capitalised name ("Bab" of "Bab al-Salama")
    "partial_name": 0.15,
    # the level the kind word asks for ("Shawa village" -> a community)
    "kind_fits": 0.30,
    "kind_close": 0.10,
    "kind_clashes": -0.30,
    "no_kind_community": 0.10,  # a bare name is most often a village, town or city
    "city_is_seat": 0.10,  # "X city": reports call district and sub-district seats cities
    # the governorate (argument, or named in the text)
    "in_governorate": 0.40,
    "outside_governorate": -0.50,
    # a context place named in the text ("in al-Ra'ie area", "a part of al-Ashara city")
    "in_context": 0.35,
    "outside_context": -0.10,
    # "eastern rural X": + this much for the eastern half of X (saturating half-way
    # out from the centre of its bounding box), - as much for the western half
    "direction": 0.20,
    # a little for larger places, which reports name more often (OCHA capital level)
    "capital": {0: 0.06, 1: 0.08, 2: 0.06, 3: 0.03},  # 0 is only on Sur (C5157), a data quirk
}
# A community this close to a context community counts as inside it
# ("Tishreen village, administratively a part of al-Ashara city").
CONTEXT_KM = 15.0
_WAW = fold_arabic("و")
_RUN_ON_ARTICLE = re.compile(r"\b([A-Z][a-z']{2,}?[aeiou])al-(?=[A-Za-z])")
# The two ends of a road a report names lie this close together at most.
ROAD_KM = 60.0
# Words that may stand between a village and the place it is tied to ("X village to the
# west of Y city", "X near Y", "X village of Y city").
_ANCHOR_LINK = {"near", "nearby", "close", "to", "the", "of", "in", "vicinity", "outskirts",
                "administratively", "a", "part", "village", "town", "city", "area", "km",
                "kilometers", "kilometres"}
# Candidates this close to the winner are the same place at another level
# (Manbij city / Manbij district), not a rival.
SAME_PLACE_KM = 5.0
MAX_WINDOW = 6

_LEVEL_PRECISION = {
    "community": LocationPrecision.COMMUNITY,
    "neighbourhood": LocationPrecision.COMMUNITY,
    "adm3": LocationPrecision.DISTRICT,
    "adm2": LocationPrecision.DISTRICT,
    "adm1": LocationPrecision.GOVERNORATE,
}
_SEAT_WORDS = {"city", fold_arabic("مدينة")}
_COMMUNITY_RADIUS = {0: 10_000, 1: 7_000, 2: 4_000, 3: 3_000}


@dataclass
class Match:
    """The answer of the geocoder for one description.

    ``found`` is False when no place could be read; then every place field
    is None and ``note`` says why.
    """

    text: str
    found: bool = False
    level: str | None = None
    pcode: str | None = None
    name_en: str | None = None
    name_ar: str | None = None
    parents: list[str] = field(default_factory=list)
    lon: float | None = None
    lat: float | None = None
    precision: LocationPrecision | None = None
    radius_m: int | None = None
    confidence: float = 0.0
    alternatives: list[dict] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    note: str = ""
    places: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict; ``precision`` as its name plus the UCDP and ACLED codes."""
        return {
            "text": self.text, "found": self.found, "level": self.level, "pcode": self.pcode,
            "name_en": self.name_en, "name_ar": self.name_ar, "parents": list(self.parents),
            "lon": None if self.lon is None else round(self.lon, 6),
            "lat": None if self.lat is None else round(self.lat, 6),
            "precision": self.precision.name.lower() if self.precision else None,
            "where_prec": self.precision.ucdp if self.precision else None,
            "geo_precision": self.precision.acled if self.precision else None,
            "radius_m": self.radius_m, "confidence": self.confidence,
            "alternatives": [dict(a) for a in self.alternatives], "matched": list(self.matched),
            "note": self.note, "places": list(self.places),
        }


@dataclass
class _Mention:
    i: int  # first token
    j: int  # one past the last token
    text: str
    cands: dict[str, tuple[float, str, str]]  # pcode -> (name score, how, matched name)
    region: Region | None = None
    kind: str | None = None
    kind_word: str | None = None
    direction: tuple[float, float] | None = None
    relative: bool = False  # "east of X"
    near: bool = False
    part: bool = False
    origin: bool = False
    rural: bool = False
    locative: bool = True
    road_with: "_Mention | None" = None
    partial: bool = False  # only part of a longer capitalised name matched


_KM_LAT = 110.574
_KM_LON = 111.320 * math.cos(math.radians(35.0))  # Syria spans 32-37.5 N


def _km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Distance in km on a local flat projection (within 1% over Syria for the < 100 km
    distances the rules compare; much cheaper than great-circle)."""
    dx = (lon2 - lon1) * _KM_LON
    dy = (lat2 - lat1) * _KM_LAT
    return math.sqrt(dx * dx + dy * dy)


def _similarity(a: str, b: str) -> float:
    """0..1 similarity of two normalised names (rapidfuzz ratio; a few microseconds)."""
    return fuzz.ratio(a, b) / 100.0


class Geocoder:
    """Geocode place descriptions against a gazetteer.

    >>> g = Geocoder(Gazetteer.load())                                   # doctest: +SKIP
    >>> g.geocode("al-Hzaouna neighborhood in southern Manbij city").pcode  # doctest: +SKIP
    'C1767'
    """

    def __init__(self, gazetteer: Gazetteer, cache_size: int = 50_000):
        self.gaz = gazetteer
        self._cache: dict[tuple, Match] = {}
        self._lookups: dict[tuple, tuple[dict, Region | None]] = {}
        self._cache_size = cache_size
        self._gov_cache: dict[str, str | None] = {}
        self._bounds: dict[str, tuple[float, float, float, float]] = {}
        self._radius: dict[str, int] = {}
        ref = gazetteer.ref
        for level in ("adm1", "adm2", "adm3"):
            frame = ref.level(level)
            for pcode, geom in zip(frame.index, frame.geometry.values):
                minx, miny, maxx, maxy = geom.bounds
                self._bounds[pcode] = (minx, miny, maxx, maxy)
                # The radius of a circle of the unit's area (degrees -> metres at its latitude).
                kx = 111_320 * math.cos(math.radians((miny + maxy) / 2))
                area_m2 = geom.area * kx * 110_574
                self._radius[pcode] = int(round(math.sqrt(area_m2 / math.pi), -2))
        self._region_norm: dict[str, Region] = {}
        for region in REGIONS.values():
            for name in region.names:
                self._region_norm[normalise(name)] = region
        self._region_first = {key.split()[0] for key in self._region_norm}
        self._region_centre: dict[str, tuple[float, float]] = {}
        for region in REGIONS.values():
            pts = [gazetteer.get(c) for c in region.anchors if c in gazetteer] or \
                  [gazetteer.get(c) for c in region.adm3 if c in gazetteer] or \
                  [gazetteer.get(region.unit)]
            self._region_centre[region.id] = (sum(p.lon for p in pts) / len(pts),
                                              sum(p.lat for p in pts) / len(pts))

    # -- public ---------------------------------------------------------
    def geocode(self, text: str, governorate: str | None = None, date=None) -> Match:
        """Geocode one description (see the module docstring).

        ``governorate`` (a name or P-code) restricts the choice when given;
        an unknown governorate raises :class:`~geo.errors.InputError`.
        ``date`` is accepted for the interface and not used: the gazetteer
        has one edition (2015) of names.
        """
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise InputError(f"place text must be a string, not {type(text).__name__}",
                             field="place_text")
        key = (text, governorate or None)
        hit = self._cache.get(key)
        if hit is None:
            gov = self._governorate(governorate) if governorate else None
            hit = self._geocode(text, gov)
            if self._cache_size:
                if len(self._cache) >= self._cache_size:
                    self._cache.clear()  # simple and bounded; reports repeat within a batch
                self._cache[key] = hit
        return replace(hit, parents=list(hit.parents), alternatives=list(hit.alternatives),
                       matched=list(hit.matched), places=list(hit.places))

    def _governorate(self, value: str) -> str:
        value = str(value).strip()
        if value not in self._gov_cache:
            code = self.gaz.resolve_unit(value, level="adm1")
            if code is None:
                # "Rural Damascus", "Damascus suburbs" and other report forms.
                hits = self.gaz.search(value, level="adm1", limit=1, fuzzy=False)
                code = hits[0].place.pcode if hits else None
            if code is not None and self.gaz.get(code).level != "adm1":
                code = self.gaz.get(code).adm1_pcode
            self._gov_cache[value] = code
        code = self._gov_cache[value]
        if code is None:
            raise InputError(f"unknown governorate {value!r}; use a name such as Aleppo or a "
                             f"P-code such as SY02", field="governorate")
        return code

    # -- the pipeline ---------------------------------------------------
    def _geocode(self, text: str, gov: str | None) -> Match:
        clean = ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", text))
        if len(clean) > 5000:
            clean = clean[:5000]  # a description, not a book: bound the work
        mixed = is_mixed_case(clean)
        if mixed:
            # A lost space before an article: "in Daraaal-Mahatta" is "Daraa al-Mahatta".
            clean = _RUN_ON_ARTICLE.sub(r"\1 al-", clean)
        toks = tokens(clean, mixed)
        mentions, unresolved = self._mentions(clean, toks, mixed)
        missing = "; ".join(f"'{u}' is not in the gazetteer" for u in unresolved)
        if not mentions:
            note = "no place name found" if not missing else missing
            if gov:
                note += " (only the governorate argument was given)"
            return Match(text, note=note if text.strip() else "empty place text")
        self._roles(toks, mentions)
        match = self._decide(text, toks, mentions, gov)
        if missing:
            match.note = "; ".join(p for p in (missing, match.note) if p)
        return match

    def _lookup(self, norm: str, skel: str, n_words: int,
                short_ok: bool = False) -> tuple[dict, Region | None]:
        key = (norm, skel, n_words, short_ok)
        hit = self._lookups.get(key)
        if hit is None:
            if len(self._lookups) > 200_000:
                self._lookups.clear()
            hit = self._lookups[key] = self._lookup_uncached(norm, skel, n_words, short_ok)
        return hit

    def _lookup_uncached(self, norm: str, skel: str, n_words: int,
                         short_ok: bool) -> tuple[dict, Region | None]:
        cands: dict[str, tuple[float, str, str]] = {}
        region = self._region_norm.get(norm)
        for entry in self.gaz.names_by_norm(norm):
            score = SCORES["name_normalised"] - (SCORES["geonames_alias"] if entry.kind == "geonames" else 0)
            if entry.pcode not in cands or score > cands[entry.pcode][0]:
                cands[entry.pcode] = (score, "normalised", entry.name)
        min_len = 2 if short_ok else 3
        if len(skel) >= min_len and (len(skel) >= 4 or n_words == 1 or not cands):
            top = SCORES["name_skeleton"] if len(skel) >= 4 else SCORES["name_skeleton_short"]
            for entry in self.gaz.names_by_skeleton(skel):
                if entry.pcode not in cands or cands[entry.pcode][1] == "skeleton":
                    # Same consonants; the vowels decide among them (against an Arabic
                    # name, through a rough spelling that keeps long vowels): up to 0.10
                    # below ``top``.
                    sim = _similarity(norm, entry.norm) if not is_arabic(entry.name) else \
                        _similarity(rough_latin(norm), rough_latin(entry.name))
                    score = top - 0.10 * (1 - sim)
                    if entry.kind == "geonames":
                        score -= SCORES["geonames_alias"]
                    if entry.pcode not in cands or score > cands[entry.pcode][0]:
                        cands[entry.pcode] = (score, "skeleton", entry.name)
        return cands, region

    def _mentions(self, text: str, toks: list[Tok],
                  mixed: bool) -> tuple[list[_Mention], list[str]]:
        """The place mentions of a text, and the framed names that found nothing ("Hatla town")."""
        mentions: list[_Mention] = []
        n = len(toks)
        # Named regions first, with their kind and direction words ("Eastern
        # Ghouta", "al-Ghab plain"): the whole phrase outranks a village that
        # shares one of its words (there is a "Ghota" in Raqqa).
        taken: set[int] = set()
        for i in range(n):
            if toks[i].norm not in self._region_first or i in taken:
                continue
            for j in range(min(n, i + 5), i, -1):
                norm = " ".join(t.norm for t in toks[i:j] if t.norm)
                region = self._region_norm.get(norm)
                if region is not None:
                    start = i - 1 if i > 0 and toks[i - 1].article else i
                    mentions.append(_Mention(start, j, text[toks[start].start:toks[j - 1].end],
                                             {}, region))
                    taken.update(range(start, j))
                    break
        i = 0
        unknown: list[tuple[int, int]] = []
        unresolved: list[str] = []
        unresolved_spans: list[tuple[int, int]] = []
        while i < n:
            t = toks[i]
            if i in taken:
                i += 1
                continue
            # A direction word may begin a name ("Western Tal Aar", OCHA's many
            # "Eastern X"/"X الشرقية"); it is tried as part of the name first.
            soft = t.direction is not None and i + 1 < n and not toks[i + 1].brk and (
                toks[i + 1].nameable and not toks[i + 1].article or toks[i + 1].article
                and i + 2 < n and toks[i + 2].nameable)
            if not (t.nameable or soft) or (t.article and (
                    i + 1 >= n or not toks[i + 1].nameable or toks[i + 1].brk
                    or toks[i + 1].article)):
                i += 1
                continue
            # The run of name words from i (no punctuation inside).
            end = i + 1
            while end < n and end - i < MAX_WINDOW and not toks[end].brk and end not in taken \
                    and (toks[end].nameable or (toks[end].direction is not None
                                                and toks[end].kind is None)) \
                    and not self._conjoined(toks[end]):
                end += 1
            found = None
            deferred = None
            for j in range(end, i, -1):
                window = toks[i:j]
                if window[-1].article:
                    continue
                words = [w for w in window if not w.article]
                if not words or all(w.direction is not None for w in words):
                    continue
                if mixed and not self._capitalised(window):
                    continue
                norm = " ".join(w.norm for w in words)
                skel = collapse("".join(w.skel for w in words))
                # A two-consonant name ("Bza'a", "Killi") only next to a kind word:
                # "Killi town", "قرية X".
                short_ok = (j < n and toks[j].kind in ("community", "area") and not toks[j].brk
                            and not toks[j].arabic) or (
                    i > 0 and toks[i - 1].arabic and toks[i - 1].kind == "community")
                cands, region = self._lookup(norm, skel, len(words), short_ok)
                if cands and len(skel) < 3 and j < n and toks[j].kind == "area":
                    # "al-Sa'en region": a two-consonant name beside an area word is only
                    # taken for a sub-district or district of that name (or its seat),
                    # never for some hamlet ("al-Hariri area" is no "Hur").
                    cands = {p: v for p, v in cands.items() if self._area_like(p)}
                if not cands and not region and j == end and len(words) >= 2 and len(skel) >= 5:
                    if self._framed(toks, i, end) and not any(
                            w.direction is not None for w in words):
                        # "بلدة معرة حرمة في": the whole phrase between a kind word and the
                        # next word is the name; one letter off beats a shorter piece of it.
                        cands = {e.pcode: (SCORES["name_near"], "near-skeleton", e.name)
                                 for e in self.gaz.names_near_skeleton(skel)}
                    elif mixed and len(words) <= 3 and not any(
                            w.hyph and not w.article and not toks[k - 1].article
                            for k, w in enumerate(window, start=i) if k > i):
                        # A capitalised phrase ("Um al-Mayadhin"): one letter off only if
                        # no piece of it is a place ("Daraa al-Mahatta" is in Daraa).
                        deferred = (j, window, skel)
                if cands or region:
                    found = _Mention(i, j, text[window[0].start:window[-1].end], cands, region)
                    break
            if found is None and deferred is not None:
                j, window, skel = deferred
                cands = {e.pcode: (SCORES["name_near"], "near-skeleton", e.name)
                         for e in self.gaz.names_near_skeleton(skel)}
                if cands:
                    found = _Mention(i, j, text[window[0].start:window[-1].end], cands)
            if found is None and self._framed(toks, i, end) and (t.cap or not mixed):
                unresolved.append(text[toks[i].start:toks[end - 1].end])
                unresolved_spans.append((i, end))
            if found is not None and any(a0 <= found.i and found.j <= b0
                                         for a0, b0 in unresolved_spans):
                # "Rud al-Wahsh village": the whole framed name is unknown, so "al-Wahsh"
                # found alone is a piece of another name, not this place.
                found = None
                i += 1
                continue
            if found is not None:
                if mixed and self._name_continues(toks, found.j, end):
                    found.partial = True  # "Bab" of "Bab al-Salama"
                if mixed and i > 0 and toks[i - 1].nameable and toks[i - 1].cap and \
                        toks[i - 1].direction is None and \
                        not toks[i].brk and not toks[i - 1].article and (i - 1) not in taken \
                        and not toks[i].hyph:
                    found.partial = True  # "Um al-Mayadhin": "Um" before it
                    if mentions and mentions[-1].j == i:
                        mentions[-1].partial = True
                mentions.append(found)
                i = found.j
                continue
            if not t.article and (t.cap or not mixed):
                unknown.append((i, i + 1))
            i += 1
        # Misspellings: a capitalised word (or two) that found nothing, next to a
        # kind word or after a place preposition, is tried one letter off.
        for a, b in self._unknown_runs(toks, unknown):
            window = [w for w in toks[a:b] if not w.article]
            skel = collapse("".join(w.skel for w in window))
            near_kind = (b < n and toks[b].kind) or self._prev_word(toks, a) in LOCATIVE
            if len(skel) < 5 or not near_kind:
                continue
            if any(a0 <= a and b <= b0 and (a, b) != (a0, b0) for a0, b0 in unresolved_spans):
                # "Rud al-Wahsh village" is not in the gazetteer: "al-Wahsh" one letter
                # off ("al-Hawash") is a guess at a piece of it, not the place.
                continue
            cands = {e.pcode: (SCORES["name_near"], "near-skeleton", e.name)
                     for e in self.gaz.names_near_skeleton(skel)}
            if cands:
                mentions.append(_Mention(a, b, text[toks[a].start:toks[b - 1].end], cands))
        mentions.sort(key=lambda m: m.i)
        found_text = {m.text for m in mentions}
        return mentions, [u for u in unresolved if u not in found_text]

    def _area_like(self, code: str) -> bool:
        place = self.gaz.get(code)
        return place.level in ("adm2", "adm3") or (
            place.level == "community" and place.capital_level in (1, 2, 3))

    def _conjoined(self, t: Tok) -> bool:
        """An Arabic word with the conjunction و stuck on ("ومعرزيتا" = "and Maarzita").

        It ends the name before it; only when the word without و is a place name and
        the word with it is not (وادي, "Wadi", begins with و).
        """
        if not t.arabic or not t.norm.startswith(_WAW) or len(t.norm) < 4:
            return False
        return bool(self.gaz.names_by_norm(t.norm[1:])) and not self.gaz.names_by_norm(t.norm)

    @staticmethod
    def _name_continues(toks: list[Tok], j: int, end: int) -> bool:
        """Does a capitalised name word follow at ``j`` (after an optional article), not
        joined by a hyphen ("Damascus-Daraa" is two names)?"""
        k = j
        if k < end and toks[k].article:
            k += 1
        return k < end and toks[k].cap and toks[k].nameable and not toks[k].article and \
            not toks[j].hyph

    @staticmethod
    def _framed(toks: list[Tok], i: int, end: int) -> bool:
        """Is toks[i:end] framed as one name by a kind word ("X Y village", "قرية X Y")?"""
        n = len(toks)
        after = end < n and toks[end].kind == "community" and not toks[end].brk
        before = i > 0 and toks[i - 1].kind == "community" and toks[i - 1].arabic
        return bool(after or before)

    @staticmethod
    def _capitalised(window: list[Tok]) -> bool:
        # Every name word capitalised, except one right after an article ("al-sayyida").
        for k, w in enumerate(window):
            if w.article or w.cap:
                continue
            if k > 0 and window[k - 1].article:
                continue
            return False
        return True

    @staticmethod
    def _unknown_runs(toks, unknown):
        runs = []
        for a, b in unknown:
            start = a
            # Take in an article just before ("al-Zaitun").
            if start > 0 and toks[start - 1].article and not toks[start].brk:
                start -= 1
            if runs and runs[-1][1] == start and not toks[start].brk and b - runs[-1][0] <= 3:
                runs[-1] = (runs[-1][0], b)
            else:
                runs.append((start, b))
        return runs

    @staticmethod
    def _prev_word(toks: list[Tok], i: int) -> str | None:
        k = i - 1
        while k >= 0 and toks[k].article:
            k -= 1
        return toks[k].low if k >= 0 else None

    # -- roles ------------------------------------------------------------
    def _roles(self, toks: list[Tok], mentions: list[_Mention]) -> None:
        n = len(toks)
        has_locative = any(t.low in LOCATIVE or t.kind for t in toks)
        bounds = [(m.i, m.j) for m in mentions]
        for idx, m in enumerate(mentions):
            prev_end = bounds[idx - 1][1] if idx else 0
            next_start = bounds[idx + 1][0] if idx + 1 < len(bounds) else n
            # Kind word right after ("Shawa village") or before ("the town of X", "قرية X").
            # (Arabic puts the kind word first: "قرية X"; the word after belongs to the next name.)
            after = toks[m.j] if m.j < n and not toks[m.j].brk and not toks[m.j].arabic else None
            if after is not None and after.kind:
                m.kind, m.kind_word = after.kind, after.low
            # Look back over the words between the previous mention and this one.
            k = m.i - 1
            back: list[Tok] = []
            # (Nothing before a comma belongs to this name: "in Suran town, Aleppo".)
            while k >= prev_end and len(back) < 7 and not toks[k + 1].brk:
                back.append(toks[k])
                if toks[k].brk:
                    break
                k -= 1
            if m.kind is None:
                for t in back[:3]:
                    if t.kind and t.kind not in ("landmark",):
                        # "the town of X" makes X a town; "the neighbourhood of X" makes X
                        # the city around a neighbourhood, not a neighbourhood.
                        if t.kind == "neighbourhood" and not t.arabic:
                            break
                        if t.kind == "rural" or t.arabic or (back and back[0].low == "of"):
                            m.kind, m.kind_word = t.kind, t.low
                        break
                    if t.low not in ("of", "the", "his", "her", "their", "its", "a") and not t.direction:
                        break
            words = {t.low for t in back}
            if m.kind == "rural" or any(t.kind == "rural" for t in back[:3]):
                m.rural = True
            if after is not None and after.kind == "rural":
                m.rural = True
            # Direction: "eastern rural X", "east of X", "ريف X الشرقي".
            for pos, t in enumerate(back[:4]):
                if t.direction is not None:
                    m.direction = t.direction
                    m.relative = pos > 0 and back[pos - 1].low == "of" and not any(
                        b.kind == "rural" for b in back[:pos])
                    break
                if t.low not in ("of", "the", "rural", "countryside", "suburbs", "parts", "part",
                                 "in", "areas", "area") and not t.kind:
                    break
            if m.direction is None:
                for t in toks[m.j:min(m.j + 3, next_start)]:
                    if t.direction is not None and t.arabic:
                        m.direction = t.direction
                        break
            m.near = bool(words & NEAR) or m.relative
            m.part = bool(words & PART) and not (words & {"administratively"})
            m.origin = bool(words & ORIGIN) and not (words & {"between", "road"})
            m.locative = self._is_locative(toks, m, mentions[idx - 1] if idx else None,
                                           has_locative)
        # "from Um Adasat village to the west of Manbij city in eastern Aleppo, was killed
        # in ...": a place that only qualifies the hometown is part of the origin too.
        for a, b in zip(mentions, mentions[1:]):
            between = toks[a.j:b.i]
            if a.origin and not b.origin and not b.rural and b.kind not in ("adm1", "rural") \
                    and between and not any(t.brk for t in between) \
                    and (b.i >= n or not toks[b.i].brk) \
                    and all(t.low in _ANCHOR_LINK or t.kind == "community" or t.article
                            or t.direction is not None for t in between) \
                    and (b.relative or b.near or {t.low for t in between} & {"of", "near"}):
                b.origin = True
        # "Salah al-Din neighborhood" found as "Salah" + "al-Din": the pieces of one
        # capitalised name share the kind word that follows the last piece.
        for a, b in reversed(list(zip(mentions, mentions[1:]))):
            if b.i == a.j and not toks[b.i].brk and not toks[b.i].hyph and a.partial and \
                    b.partial and a.kind is None:
                a.kind, a.kind_word = b.kind, b.kind_word
        self._roads(toks, mentions)

    def _is_locative(self, toks: list[Tok], m: _Mention, before: _Mention | None,
                     has_locative: bool) -> bool:
        """Is ``m`` written as a place ("in X", "X village") rather than, say, a person's name?

        A short text with no preposition at all ("Tishreen, Deir ez-Zor") is all places.
        """
        if not has_locative or m.kind is not None or m.region is not None:
            return True
        k = m.i - 1
        while k >= 0 and (toks[k].article or toks[k].low in ("the", "a")):
            k -= 1
        if k < 0:
            # The text opens with the name: a place if a place phrase follows
            # ("al-Sayyida Zaynab in Rural Damascus"), not "Meanwhile, the SDF...".
            nxt = toks[m.j] if m.j < len(toks) else None
            return nxt is None or (not nxt.brk and (
                nxt.kind is not None or nxt.direction is not None
                or nxt.low in ("in", "of", "near", "at", "on", "from")))
        prev = toks[k]
        if prev.low in ("and", "و") or prev.low == "or":
            # "between A and B", "the two villages of A and B": B is a place even when
            # A is not in the gazetteer.
            back = {t.low for t in toks[max(0, k - 8):k]}
            if back & {"between", "villages", "towns", "cities", fold_arabic("بين")}:
                return True
            # "in X and Y": a place only if the mention just before "and" is one.
            return before is not None and before.locative and k - before.j <= 1
        return (prev.low in LOCATIVE or prev.kind is not None or prev.direction is not None
                or (prev.arabic and (arabic_word(prev.low, LOCATIVE) is not None)))

    def _roads(self, toks: list[Tok], mentions: list[_Mention]) -> None:
        """'the road between A and B', 'between A and B', 'A-B road', 'road from A to B'."""
        for a, b in zip(mentions, mentions[1:]):
            between = toks[a.j:b.i]
            words = {t.low for t in between if not t.kind}
            before = {t.low for t in toks[max(0, a.i - 4):a.i]}
            joined = ({"and", "و"} & words and ("between" in before or fold_arabic("بين") in before)) \
                or (words <= {"to", "and", "with"} and words and before & ROAD and
                    before & {"from", "linking", "connecting", "between"})
            adjacent = not between and b.i < len(toks) and not toks[b.i].brk and \
                b.j < len(toks) and toks[b.j].low in ROAD
            if joined or adjacent:
                a.road_with = b
                a.near = True

    # -- deciding ----------------------------------------------------------
    def _eligible(self, m: _Mention) -> bool:
        """Can this mention be the incident place itself (not context)?"""
        if m.region is not None and not m.cands:
            return False
        if m.rural or m.kind in ("adm1", "rural"):
            return False
        return bool(m.cands)

    def _decide(self, text: str, toks, mentions: list[_Mention], gov: str | None) -> Match:
        usable = [m for m in mentions if m.cands or m.region]
        if any(m.locative for m in usable):
            usable = [m for m in usable if m.locative]
        non_origin = [m for m in usable if not m.origin]
        pool = non_origin or usable
        notes: list[str] = []
        if not non_origin and usable:
            notes.append("only a place of origin is named; taken as the place")
        # Governorate context: the argument, and governorates named in the text.
        govs: list[str] = [gov] if gov else []
        gov_dirs: list[tuple[str, tuple[float, float]]] = []
        # A region's implied governorate ("the Badia": Homs) counts only when no
        # governorate is named: "the western badiya of Deir Ez-Zour" is in Deir ez-Zor.
        explicit = bool(govs) or any(self._gov_of(m) for m in pool
                                     if not (m.region is not None and not m.cands))
        for m in pool:
            code = self._gov_of(m)
            if code and explicit and m.region is not None and not m.cands:
                continue
            if code:
                if code not in govs:
                    govs.append(code)
                if m.direction and not m.relative:
                    gov_dirs.append((code, m.direction))
        eligible = [m for m in pool if self._eligible(m)]
        if not eligible and non_origin and govs:
            # "a man from Theyban town in eastern rural Deir Ez-Zour ... was shot dead in
            # the town": nothing finer than the governorate is named besides the hometown;
            # the hometown is the best answer when it lies in that governorate.
            home = [m for m in usable if m.origin and self._eligible(m) and any(
                self._in_govs(p, govs) for p in m.cands)]
            if home:
                eligible = home
                notes.append("only the hometown is named finer than the governorate; "
                             "taken as the place")
        eligible = self._in_governorate(eligible, govs, notes)
        eligible = self._anchored(toks, eligible, pool, notes)
        # "al-Hzaouna neighborhood" with no such neighbourhood: fall back to the place around it.
        fallback = False
        while eligible and eligible[0].kind == "neighbourhood" and \
                not self._neighbourhood_known(eligible[0], pool):
            notes.append(f"'{eligible[0].text}' is not in the gazetteer; placed at the place "
                         f"around it")
            eligible = eligible[1:]
            fallback = True
        # A bare governorate name ("Aleppo: Manbij city") is context when a finer place follows.
        if len(eligible) > 1:
            finer = [m for m in eligible if not self._is_gov_name(m)]
            eligible = finer or eligible
        # "worked at the al-Atareb Center, was killed ... in X": a landmark is the
        # incident place only when no village, town or city is named.
        if len(eligible) > 1:
            eligible = [m for m in eligible if m.kind != "landmark"] or eligible
        primary = eligible[0] if eligible else None
        # A desert: "al-Qasabi 'badiya'", "the desert of X".
        desert = self._desert(toks, pool, primary)
        context = [m for m in pool if m is not primary and m is not (primary.road_with if primary else None)]
        if primary is not None and desert and self._is_gov_name(primary) and govs:
            # "the western badiya of Deir Ez-Zour": the desert of a governorate.
            primary = None
        if primary is None:
            return self._area_answer(text, pool, govs, gov_dirs, notes, desert)
        scored = self._score(primary, context, govs, gov_dirs)
        best_total, best_code, parts = scored[0]
        place = self.gaz.get(best_code)
        if self._gov_of_code(place) and govs and not any(self.gaz.within(place, g) for g in govs):
            notes.append(f"the best match lies outside {', '.join(govs)}")
        precision = _LEVEL_PRECISION[place.level]
        radius = self._radius_of(place)
        lon, lat = place.lon, place.lat
        places: list[str] = []
        matched = [primary.text]
        if primary.kind in ("landmark",) or primary.near or primary.part or fallback:
            if place.level in ("community", "neighbourhood"):
                precision = LocationPrecision.NEAR
                radius = max(radius + 3_000, RADIUS_M[LocationPrecision.NEAR]) if (
                    primary.near or primary.kind == "landmark") else radius + 3_000
        if fallback:
            if place.level in ("community", "neighbourhood"):
                notes.append(f"a part of {place.name_en}")
        if primary.road_with is not None:
            other = self._score(primary.road_with, [primary, *context], govs, gov_dirs)[0][1]
            b = self.gaz.get(other)
            places = [place.pcode, b.pcode]
            km = (_km(place.lon, place.lat, b.lon, b.lat))
            matched.append(primary.road_with.text)
            if km <= 60:
                lon, lat = (place.lon + b.lon) / 2, (place.lat + b.lat) / 2
                radius = int(km * 500 + 2_000)
                notes.append(f"on the road between {place.name_en} and {b.name_en} "
                             f"({km:.0f} km apart); point halfway")
            else:
                notes.append(f"on the road between {place.name_en} and {b.name_en}")
            precision = LocationPrecision.NEAR
        level, code = place.level, place.pcode
        if desert and place.level == "community" and place.capital_level in (0, 1):
            # "the Homs desert": the desert of a governorate, named after its capital.
            unit = self.gaz.get(place.adm1_pcode)
            notes.append(f"the desert of {unit.name_en} governorate")
            level, code, lon, lat = unit.level, unit.pcode, unit.lon, unit.lat
            precision, radius = LocationPrecision.AREA, self._radius_of(unit)
            place = unit
        elif desert and place.level == "community":
            # The desert named after a village: the village's sub-district, not the village.
            places = [place.pcode]
            notes.append(f"the desert around {place.name_en} ({place.pcode}): its sub-district")
            unit = self.gaz.get(place.adm3_pcode)
            level, code, lon, lat = unit.level, unit.pcode, unit.lon, unit.lat
            precision, radius = LocationPrecision.AREA, self._radius_of(unit)
            place = unit
        elif desert:
            precision = LocationPrecision.AREA
        for m in context:
            if parts.get(m.text, 0) > 0 and m.text not in matched:
                matched.append(m.text)
        if primary.direction and primary.relative:
            notes.append("a direction from the named place: near it")
        confidence = self._confidence(scored, primary, precision, fallback, usable)
        alternatives = [self._alt(code2, total) for total, code2, _ in scored[1:6]]
        return Match(
            text, True, level, code, place.name_en, place.name_ar,
            [p.pcode for p in self.gaz.parents(code)], float(lon), float(lat), precision,
            int(radius), confidence, alternatives, matched, "; ".join(notes), places)

    def _in_govs(self, code: str, govs: list[str]) -> bool:
        place = self.gaz.get(code)
        return code in govs or place.adm1_pcode in govs

    def _in_governorate(self, eligible: list[_Mention], govs: list[str],
                        notes: list[str]) -> list[_Mention]:
        """Drop the mentions with no candidate in the governorate the text (or caller) names.

        "Wadi al-Atheeb area east of al-Sa'an town in eastern rural Hama": "Wadi" is a
        village in Aleppo; "al-Kreizat village near Tadef city" a misspelling of a
        village in Tartous. A name found only outside the governorate is not the
        place; the next mention is (or, if none is left, the governorate itself).
        """
        if not govs:
            return eligible
        kept = []
        for m in eligible:
            if any(self._in_govs(p, govs) for p in m.cands):
                kept.append(m)
            else:
                notes.append(f"'{m.text}' matches no place in {', '.join(govs)}")
        return kept

    def _anchored(self, toks, eligible: list[_Mention], pool: list[_Mention],
                  notes: list[str]) -> list[_Mention]:
        """Drop a first mention the text ties to a named place it is nowhere near.

        "al-Sukariyya village west of al-Boukamal city", "Rasm Koujan village near
        al-Sa'an area", "the road between Rawd al-Wahsh and al-Sukhna": the village
        must lie by the place it is tied to (within that unit, or CONTEXT_KM of it;
        ROAD_KM for the two ends of a road). A namesake far away is not it: the
        village is taken as missing from the gazetteer and the anchor answers, NEAR.
        """
        while len(eligible) > 1:
            m = eligible[0]
            anchor = m.road_with if m.road_with is not None else self._anchor_of(toks, m, pool)
            if anchor is None or not anchor.cands:
                break
            if m.road_with is not None:
                close = any(_km(self.gaz.get(a).lon, self.gaz.get(a).lat,
                                self.gaz.get(b).lon, self.gaz.get(b).lat) <= ROAD_KM
                            for a in m.cands for b in anchor.cands)
                # Keep the end whose name matched better; drop the other.
                if close or max(s for s, _, _ in m.cands.values()) > \
                        max(s for s, _, _ in anchor.cands.values()):
                    break
            else:
                close = any((self._context_fit(self.gaz.get(p), anchor) or 0) > 0
                            for p in m.cands)
                if close:
                    break
            if anchor not in eligible:
                break
            notes.append(f"'{m.text}' is not in the gazetteer near {anchor.text}")
            anchor.near = True
            eligible = [e for e in eligible if e is not m]
            if eligible[0] is not anchor:
                eligible.remove(anchor)
                eligible.insert(0, anchor)
        return eligible

    @staticmethod
    def _anchor_of(toks, m: _Mention, pool: list[_Mention]) -> "_Mention | None":
        """The place ``m`` is tied to by "near", "of" or a direction ("X village west of Y")."""
        later = [o for o in pool if o.i >= m.j]
        if not later:
            return None
        nxt = min(later, key=lambda o: o.i)
        between = toks[m.j:nxt.i]
        if len(between) > 6 or any(t.brk for t in between[1:]) or \
                (nxt.i < len(toks) and toks[nxt.i].brk):
            return None
        words = {t.low for t in between}
        ties = words & (NEAR | {"of"}) or any(t.direction is not None for t in between)
        allowed = all(t.low in _ANCHOR_LINK or t.kind in ("community", "area")
                      or t.direction is not None or t.article for t in between)
        if not ties or not allowed or nxt.rural or nxt.kind in ("adm1", "rural", "landmark"):
            return None
        return nxt

    def _neighbourhood_known(self, m: _Mention, pool: list[_Mention]) -> bool:
        """Is the neighbourhood ``m`` names in the gazetteer?

        Only Damascus has a neighbourhood layer; OCHA also lists a few city
        quarters as communities ("Dar'a al Balad", "Yarmuk"): a community of the
        same normalised name within 8 km of the city named around it counts.
        """
        if any(self.gaz.get(p).level == "neighbourhood" for p in m.cands):
            return True
        cities = [self.gaz.get(p) for o in pool if o is not m for p in o.cands
                  if self.gaz.get(p).level == "community"]
        for code, (score, how, _) in m.cands.items():
            place = self.gaz.get(code)
            if how == "normalised" and place.level == "community" and any(
                    _km(place.lon, place.lat, c.lon, c.lat) <= 8 for c in cities):
                return True
        return False

    def _is_gov_name(self, m: _Mention) -> bool:
        return m.kind is None and any(
            self.gaz.get(p).level == "adm1" and s >= SCORES["name_normalised"]
            for p, (s, _, _) in m.cands.items())

    def _gov_of(self, m: _Mention) -> str | None:
        """The governorate a context mention names ("rural Hasaka", "Idlib governorate")."""
        if m.region is not None and not m.cands:
            return m.region.governorate
        wants_gov = m.rural or m.kind == "adm1" or self._is_gov_name(m)
        if not wants_gov:
            return None
        adm1 = [p for p in m.cands if self.gaz.get(p).level == "adm1"]
        if not adm1:
            return None
        best = max(adm1, key=lambda p: m.cands[p][0])
        if best == "SY01" and m.rural:
            return "SY03"  # "rural Damascus", "Damascus suburbs": Rif Dimashq
        return best

    @staticmethod
    def _gov_of_code(place: Place) -> str | None:
        return place.adm1_pcode

    def _desert(self, toks, pool, primary) -> bool:
        if primary is None:
            return any(t.kind == "desert" for t in toks)
        n = len(toks)
        near_words = toks[primary.j:min(primary.j + 2, n)] + toks[max(0, primary.i - 3):primary.i]
        return primary.kind == "desert" or any(t.kind == "desert" for t in near_words)

    def _score(self, m: _Mention, context: list[_Mention], govs: list[str],
               gov_dirs) -> list[tuple[float, str, dict]]:
        out = []
        ctx = context
        for code, (s_name, how, matched) in m.cands.items():
            place = self.gaz.get(code)
            parts: dict[str, float] = {
                "name": s_name - (SCORES["partial_name"] if m.partial else 0.0)}
            parts["kind"] = self._kind_score(m.kind, place)
            if m.kind_word in _SEAT_WORDS and place.level == "community" and \
                    place.capital_level >= 0:
                # Reports call seats of districts and sub-districts "cities".
                parts["kind"] += SCORES["city_is_seat"]
            for g in govs:
                parts["gov:" + g] = SCORES["in_governorate"] if place.adm1_pcode == g or \
                    code == g else SCORES["outside_governorate"]
            for c in ctx:
                fit = self._context_fit(place, c)
                if fit is not None and c.origin:
                    # A person's hometown says little about where they were hit:
                    # half the weight, and no penalty when far away.
                    fit = max(0.0, fit / 2)
                if fit is not None:
                    parts[c.text] = parts.get(c.text, 0) + fit
            for g, d in gov_dirs:
                if place.adm1_pcode == g and place.level != "adm1":
                    # Saturates half-way out: every place clearly in the east of the
                    # governorate fits "eastern rural X" equally; other rules decide among them.
                    parts["direction"] = SCORES["direction"] * max(
                        -1.0, min(1.0, 2 * self._direction(place, g, d)))
            if place.capital_level in SCORES["capital"]:
                parts["capital"] = SCORES["capital"][place.capital_level]
            out.append((sum(parts.values()), code, parts))
        out.sort(key=lambda t: (-t[0], t[1]))
        return out

    @staticmethod
    def _kind_score(kind: str | None, place: Place) -> float:
        level = place.level
        if kind is None or kind == "landmark":
            return SCORES["no_kind_community"] if level == "community" else 0.0
        if kind == "community":
            return {"community": SCORES["kind_fits"], "neighbourhood": SCORES["kind_close"]}.get(
                level, SCORES["kind_clashes"])
        if kind == "neighbourhood":
            return SCORES["kind_fits"] if level == "neighbourhood" else SCORES["kind_clashes"]
        if kind in ("adm1", "rural"):
            return {"adm1": SCORES["kind_fits"], "adm2": SCORES["kind_close"]}.get(
                level, SCORES["kind_clashes"])
        if kind == "adm2":
            return {"adm2": SCORES["kind_fits"], "adm3": SCORES["kind_close"]}.get(level, 0.0)
        if kind == "adm3":
            return {"adm3": SCORES["kind_fits"], "adm2": SCORES["kind_close"]}.get(level, 0.0)
        if kind in ("area", "desert"):
            return {"adm3": SCORES["kind_close"], "community": SCORES["kind_close"]}.get(level, 0.0)
        return 0.0

    def _context_fit(self, place: Place, c: _Mention) -> float | None:
        """The context score of ``place`` against context mention ``c`` (None: no opinion)."""
        if c.region is not None and not c.cands:
            r = c.region
            if place.adm3_pcode in r.adm3:
                return SCORES["in_context"]
            cx, cy = self._region_centre[r.id]
            km = (_km(place.lon, place.lat, cx, cy))
            return SCORES["in_context"] if km <= r.radius_km else SCORES["outside_context"]
        if c.kind == "landmark":
            # "near al-Jina crossroad": a landmark is beside the place, not around it.
            best = None
            for code in c.cands:
                other = self.gaz.get(code)
                if other.level == "community":
                    km = (_km(place.lon, place.lat, other.lon, other.lat))
                    if km <= CONTEXT_KM:
                        best = SCORES["in_context"] / 2
            return best
        fits = []
        for code, (s, _, _) in c.cands.items():
            other = self.gaz.get(code)
            if c.kind == "community" and other.level not in ("community", "neighbourhood"):
                continue
            if c.kind in ("adm1",) and other.level != "adm1":
                continue
            if other.pcode == place.pcode:
                # The text names this very place again: consistent, as good as inside.
                fits.append(SCORES["in_context"] * s)
                continue
            if other.level in ("adm1", "adm2", "adm3"):
                inside = self.gaz.within(place, other.pcode)
                if other.level == "adm1" and c.rural and other.pcode == "SY01":
                    inside = place.adm1_pcode in ("SY01", "SY03")
            elif other.level == "neighbourhood":
                inside = place.city_pcode == other.city_pcode
            else:
                inside = place.adm3_pcode == other.adm3_pcode or (_km(
                    place.lon, place.lat, other.lon, other.lat)) <= CONTEXT_KM or \
                    place.city_pcode == other.pcode
            if inside:
                fits.append(SCORES["in_context"] * s)
        if fits:
            return max(fits)
        return SCORES["outside_context"] if c.cands else None

    def _direction(self, place: Place, unit: str, d: tuple[float, float]) -> float:
        """How far ``place`` lies towards direction ``d`` inside ``unit``: -1 .. 1."""
        minx, miny, maxx, maxy = self._bounds[unit]
        hx, hy = (maxx - minx) / 2 or 1, (maxy - miny) / 2 or 1
        dx = (place.lon - (minx + hx)) / hx
        dy = (place.lat - (miny + hy)) / hy
        return max(-1.0, min(1.0, dx * d[0] + dy * d[1]))

    def _radius_of(self, place: Place) -> int:
        if place.level == "community":
            return _COMMUNITY_RADIUS.get(place.capital_level, RADIUS_M[LocationPrecision.COMMUNITY])
        if place.level == "neighbourhood":
            return 1_000
        return self._radius.get(place.pcode, RADIUS_M[_LEVEL_PRECISION[place.level]])

    def _confidence(self, scored, primary: _Mention, precision, fallback, usable) -> float:
        best_total, best_code, parts = scored[0]
        best = self.gaz.get(best_code)
        rival = None
        for total, code, _ in scored[1:]:
            other = self.gaz.get(code)
            if (_km(best.lon, best.lat, other.lon, other.lat)) > SAME_PLACE_KM:
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

    def _alt(self, code: str, total: float) -> dict:
        p = self.gaz.get(code)
        return {"pcode": p.pcode, "level": p.level, "name_en": p.name_en, "name_ar": p.name_ar,
                "adm1_pcode": p.adm1_pcode, "score": round(total, 3)}

    def _area_answer(self, text, pool, govs, gov_dirs, notes, desert) -> Match:
        """No village, town or city: a region, a governorate, or nothing."""
        regions = [m for m in pool if m.region is not None and not m.cands]
        if desert and not regions and not govs:
            regions_obj = REGIONS["badia"]
        elif regions:
            regions_obj = regions[0].region
        else:
            regions_obj = None
        if regions_obj is not None and not (desert and govs):
            unit = self.gaz.get(regions_obj.unit)
            cx, cy = self._region_centre[regions_obj.id]
            if regions_obj.id == "badia":
                cx, cy = unit.lon, unit.lat
            notes.append(f"{regions_obj.name} is no administrative unit: {regions_obj.note}")
            return Match(text, True, unit.level, unit.pcode, unit.name_en, unit.name_ar,
                         [p.pcode for p in self.gaz.parents(unit.pcode)], cx, cy,
                         LocationPrecision.AREA,
                         max(int(regions_obj.radius_km * 1000), 5_000), 0.6,
                         [], [m.text for m in regions] or ["badiya"], "; ".join(notes),
                         [])
        # "in rural Manbij", "the countryside of al-Bab": the district the countryside is of.
        for m in pool:
            if not m.rural or self._gov_of(m):
                continue
            for level in ("adm2", "adm3"):
                units = [self.gaz.get(c) for c in m.cands if self.gaz.get(c).level == level]
                units = [u for u in units if not govs or u.adm1_pcode in govs]
                if units:
                    unit = max(units, key=lambda u: m.cands[u.pcode][0])
                    notes.append(f"the countryside of {unit.name_en}: its {unit.label}")
                    return Match(text, True, unit.level, unit.pcode, unit.name_en, unit.name_ar,
                                 [p.pcode for p in self.gaz.parents(unit.pcode)], unit.lon,
                                 unit.lat, LocationPrecision.DISTRICT, self._radius_of(unit),
                                 0.7, [], [m.text], "; ".join(notes), [])
        if govs:
            unit = self.gaz.get(govs[0])
            text_govs = [m for m in pool if self._gov_of(m)]
            if desert:
                notes.append("a desert area inside the governorate; no finer unit named")
                precision = LocationPrecision.AREA
            else:
                precision = LocationPrecision.GOVERNORATE
            if gov_dirs:
                notes.append("the direction is noted but a governorate is the finest unit named")
            return Match(text, True, "adm1", unit.pcode, unit.name_en, unit.name_ar, [],
                         unit.lon, unit.lat, precision, self._radius_of(unit),
                         0.8 if text_govs else 0.5, [], [m.text for m in text_govs],
                         "; ".join(notes), [])
        return Match(text, note="; ".join(notes + ["no place name found"]))


_DEFAULT: dict[str | None, Geocoder] = {}


def default_geocoder() -> Geocoder:
    """The memoised geocoder over ``Gazetteer.load()``.

    Memoised per value of ``$INCMAP_DATA``: resolving the data directory
    checks file fingerprints, which is too slow to repeat for every
    description.
    """
    key = os.environ.get("INCMAP_DATA")
    geocoder = _DEFAULT.get(key)
    if geocoder is None:
        geocoder = _DEFAULT[key] = Geocoder(Gazetteer.load())
    return geocoder


def geocode(text: str, governorate: str | None = None, date=None) -> Match:
    """Geocode a place description with the default gazetteer.

    >>> geocode("Tishreen village, administratively a part of al-Ashara city, "
    ...         "in eastern rural Deir Ez-Zour governorate").pcode          # doctest: +SKIP
    'C5206'
    """
    return default_geocoder().geocode(text, governorate=governorate, date=date)
