"""The gazetteer: every named place the project knows, by P-code and by name.

Levels, from coarse to fine: ``adm1`` (governorate), ``adm2`` (district),
``adm3`` (sub-district, nahiya), ``community`` (village, town, city) and
``neighbourhood`` (Damascus neighbourhoods, and the project's sourced quarters of other
cities: ``geo/data/places/quarters.csv``).

Look-ups:

* :meth:`Gazetteer.get` — a place by P-code, with its parent chain;
* :meth:`Gazetteer.search` — by name at every level, exact, normalised,
  consonant-skeleton or fuzzy, optionally inside a governorate or district;
* :meth:`Gazetteer.reverse` / :meth:`Gazetteer.reverse_many` — a point to its
  governorate, district and sub-district (point in polygon) and the nearest
  community with its distance.

>>> gaz = Gazetteer.load()                                  # doctest: +SKIP
>>> gaz.search("Menbij")[0].place.pcode                     # doctest: +SKIP
'C1767'
>>> gaz.reverse(38.119, 36.523).adm2_pcode                  # doctest: +SKIP
'SY0202'
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import sys
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
import shapely
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from . import extra_places as extra_module
from . import names as names_module
from . import regions as regions_module
from .lookupgrid import LookupGrid
from .names import is_arabic, normalise, rough_latin, skeleton, skeleton_variants
from .reference.datadir import code_version, user_cache_dir
from .reference import Reference, load

__all__ = ["Place", "Hit", "ReverseResult", "Gazetteer", "LEVELS", "LEVEL_RANK"]

LEVELS = ("adm1", "adm2", "adm3", "community", "neighbourhood")
LEVEL_RANK = {level: i for i, level in enumerate(LEVELS)}
LEVEL_LABEL = {
    "adm1": "governorate",
    "adm2": "district",
    "adm3": "sub-district",
    "community": "community",
    "neighbourhood": "neighbourhood",
}
# Points this far outside every sub-district polygon are still given the
# nearest one: the OCHA polygons are generalised and cut off coastal towns
# (Tartous, Banyas, Jablah) and border towns (Ras al-Ain).
SNAP_KM = 12.0
ADM3_RES = 0.004  # degrees per pixel of the sub-districts' lookup grid (9 MB; 6 % edge pixels)
EARTH_KM = 6371.0088


@dataclass(frozen=True)
class Place:
    """A unit of the gazetteer."""

    pcode: str
    level: str
    name_en: str
    name_ar: str
    lon: float
    lat: float
    adm1_pcode: str | None = None
    adm2_pcode: str | None = None
    adm3_pcode: str | None = None
    city_pcode: str | None = None  # a neighbourhood's city
    capital_level: int = -1
    # "ocha", or for a place the OCHA list lacks (ids X..., W...) the source of its point:
    # "project" (geo/data/places/extra_places.csv) or "wikipedia-map-2017" (a map mark).
    source: str = "ocha"

    @property
    def label(self) -> str:
        return LEVEL_LABEL[self.level]

    @property
    def extra(self) -> bool:
        """True for a place beyond the OCHA lists (see :mod:`geo.extra_places`)."""
        return self.source != "ocha"

    def to_dict(self) -> dict:
        return {
            "pcode": self.pcode, "level": self.level, "name_en": self.name_en,
            "name_ar": self.name_ar, "lon": round(self.lon, 6), "lat": round(self.lat, 6),
            "adm1_pcode": self.adm1_pcode, "adm2_pcode": self.adm2_pcode,
            "adm3_pcode": self.adm3_pcode,
        } | ({"source": self.source} if self.extra else {})


@dataclass(frozen=True)
class Hit:
    """A search result: the place, the name that matched, and how well."""

    place: Place
    score: float  # 0..100
    matched: str  # the gazetteer name that matched
    how: str  # "exact", "normalised", "skeleton" or "fuzzy"

    def to_dict(self) -> dict:
        return {**self.place.to_dict(), "score": round(self.score, 1), "matched": self.matched,
                "how": self.how}


@dataclass(frozen=True)
class ReverseResult:
    """Where a point lies."""

    lon: float
    lat: float
    adm1_pcode: str | None
    adm2_pcode: str | None
    adm3_pcode: str | None
    inside: bool  # False when snapped to the nearest sub-district
    boundary_km: float  # distance to that sub-district (0 when inside)
    community_pcode: str | None
    community_km: float

    def to_dict(self) -> dict:
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


@dataclass
class _Name:
    pcode: str
    level: str
    name: str
    norm: str
    skel: str
    kind: str
    # Made once at load for the geocoder's skeleton look-ups, which compare vowels: is the
    # name Arabic, and its rough Latin spelling with vowels (names.rough_latin; "" for Latin).
    arabic: bool = False
    rough: str = ""


def _adm3_grid(ref: Reference, geoms: np.ndarray) -> LookupGrid | None:
    """A lookup grid of the sub-districts (:mod:`geo.lookupgrid`): the same answer as testing
    every polygon, by array indexing away from their edges. Made once per data set and
    cached; None when they are no clean coverage (then every polygon is tested)."""
    key = None
    if ref.fingerprint:
        h = hashlib.sha256(f"{ref.fingerprint}|{ADM3_RES}".encode())
        key = user_cache_dir() / f"gazetteer-adm3-grid-{h.hexdigest()[:20]}.npz"
    grid = LookupGrid.cached(key, lambda: LookupGrid.build(
        geoms, res=ADM3_RES, margin=0.05, coverage=True) if shapely.coverage_is_valid(
            geoms) else None)
    shapely.prepare(geoms)
    return grid


def haversine_km(lon1, lat1, lon2, lat2):
    """Great-circle distance in km (vectorised over numpy arrays)."""
    lon1, lat1, lon2, lat2 = map(np.radians, (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _names_by_pcode(gaz: "Gazetteer") -> dict[str, list[str]]:
    """Every name of each place by P-code (OCHA's, the aliases, the short forms), in the order they were added:
    ``Gazetteer.names_of("C1767")[:2]`` is ``['Menbij', 'منبج']``."""
    # (made at the first call and again if names were added since: the geocoder asks it of dozens of communities per
    # sentence, and a scan of the ~24,000 names took 2.7 ms each time; stop 39)
    if getattr(gaz, "_names_by_pcode_size", None) != len(gaz._names):
        by_pcode: dict[str, list[str]] = defaultdict(list)
        for n in gaz._names:
            by_pcode[n.pcode].append(n.name)
        gaz._names_by_pcode, gaz._names_by_pcode_size = by_pcode, len(gaz._names)
    return gaz._names_by_pcode


def places_by_first_word(gaz: "Gazetteer") -> dict[str, frozenset[str]]:
    """The P-codes of the places with a name of two words or more, by its first word (normalised):
    ``places_by_first_word(gaz)["qeshlet"]`` holds C1834, Qeshlet Yusef Basha."""
    # (made once per set of names, as _names_by_pcode: the geocoder asks it of every community within 40 km of a
    # town, and normalising all their names again took a few ms a call; geospeed)
    if getattr(gaz, "_first_words_size", None) != len(gaz._names):
        by_word: dict[str, set[str]] = defaultdict(set)
        for n in gaz._names:
            words = n.norm.split()
            if len(words) >= 2:
                by_word[words[0]].add(n.pcode)
        gaz._first_words = {w: frozenset(codes) for w, codes in by_word.items()}
        gaz._first_words_size = len(gaz._names)
    return gaz._first_words


def governorates_around(gaz: "Gazetteer", km: float) -> dict[str, frozenset[str]]:
    """The governorates of the OCHA communities within ``km`` of each OCHA community (as
    :meth:`Gazetteer.communities_within`), by P-code: ``governorates_around(gaz, 8.0)["C4077"]`` (Skik, Idlib) holds
    Hama's SY05 too. Made in one spatial query at the first call for ``km``."""
    # (a pure function of the gazetteer: the geocoder asks it of border villages, and one query a place cost ~70 µs,
    # a tenth of a sentence; geospeed)
    cache = gaz.__dict__.setdefault("_governorates_around", {})
    if km not in cache:
        coms = [p for p in gaz._places.values() if p.level == "community" and not p.extra]
        lon = np.array([p.lon for p in coms], dtype=float)
        lat = np.array([p.lat for p in coms], dtype=float)
        at, idx = gaz._com_tree.query(shapely.points(lon * gaz._kx, lat), predicate="dwithin", distance=km / 111.0)
        near = haversine_km(lon[at], lat[at], gaz._com_lon[idx], gaz._com_lat[idx]) <= km
        by_place: dict[str, set[str]] = defaultdict(set)
        for a, i in zip(at[near], idx[near]):
            by_place[coms[a].pcode].add(gaz.get(str(gaz._com_codes[i])).adm1_pcode)
        cache[km] = {code: frozenset(govs) for code, govs in by_place.items()}
    return cache[km]


def governorates_near(gaz: "Gazetteer", place: "Place", km: float) -> frozenset[str]:
    """The governorates of the OCHA communities within ``km`` of ``place`` (:func:`governorates_around`, or a query
    for a place of another source): ``governorates_near(gaz, gaz.get("C4077"), 8.0)`` holds SY05 and SY07."""
    table = governorates_around(gaz, km)
    near = table.get(place.pcode)
    if near is None:
        near = table[place.pcode] = frozenset(gaz.get(q).adm1_pcode
                                              for q in gaz.communities_within(place.lon, place.lat, km))
    return near


def _usable_alias(name: str) -> bool:
    # GeoNames alternate names include Cyrillic, Greek, Hebrew...: keep Latin and Arabic.
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" or "\u0600" <= c <= "\u06ff"
               or not c.isalpha() for c in name)


class Gazetteer:
    """Places by P-code and name; points to places."""

    def __init__(self, ref: Reference, map_marks: bool = True, extra_places: bool = True):
        self.ref = ref
        # With map_marks=False the secondary sources of places are left out (the 2017 map's
        # village marks and UCDP's located places); with extra_places=False every place
        # beyond the OCHA lists (geo/extra_places.py).
        self.map_marks = map_marks
        self.extra_places = extra_places
        self._places: dict[str, Place] = {}
        self._names: list[_Name] = []
        self._by_norm: dict[str, list[int]] = defaultdict(list)
        self._by_skel: dict[str, list[int]] = defaultdict(list)
        self._by_del: dict[str, set[int]] | None = None
        self._build_spatial()
        if not self._load_index():
            self._build_places()
            self._build_names()
            self._save_index()

    @classmethod
    def load(cls, data=None, *, map_marks: bool = True, extra_places: bool = True) -> "Gazetteer":
        """The gazetteer over the resolved reference data (memoised per data set).

        ``map_marks=False`` leaves out the secondary sources: the village marks of the 2017
        Wikipedia map and the exactly located places of UCDP GED events;
        ``extra_places=False`` every place beyond the OCHA lists (:mod:`geo.extra_places`).
        """
        ref = load(data)
        key = (ref.fingerprint, map_marks and extra_places, extra_places)
        cached = _GAZETTEERS.get(key)
        if cached is None:
            cached = _GAZETTEERS[key] = cls(ref, map_marks=map_marks and extra_places,
                                            extra_places=extra_places)
        return cached

    # -- the prepared index, cached -----------------------------------
    _INDEX_FIELDS = ("_places", "_names", "_by_norm", "_by_skel", "_norm_keys")

    def _index_path(self):
        """Where the name index of this data set and this code is cached.

        The key covers the reference data and the source of the modules that
        build the index, so a change to either rebuilds it.
        """
        if not self.ref.fingerprint:
            return None
        h = hashlib.sha256(self.ref.fingerprint.encode())
        h.update(code_version(names_module, extra_module, regions_module,
                              sys.modules[__name__]).encode())
        for path in (extra_module.AUTHORED_PATH, extra_module.QUARTERS_PATH):
            if path.is_file() and self.extra_places:
                h.update(path.read_bytes())
        h.update(b"extra places" if self.extra_places else b"OCHA only")
        if self.ref.data is not None and self.map_marks:
            h.update(self.ref.data.fingerprint(
                [k for k in ("marks_2017", "ucdp") if self.ref.data.has(k)]).encode())
        else:
            h.update(b"no map marks")
        return user_cache_dir() / f"gazetteer-{h.hexdigest()[:20]}.pickle"

    def _load_index(self) -> bool:
        path = self._index_path()
        if path is None or not path.is_file():
            return False
        try:
            with open(path, "rb") as fh:
                state = pickle.load(fh)
            for name in self._INDEX_FIELDS:
                setattr(self, name, state[name])
        except Exception:  # a damaged or foreign cache is rebuilt, never trusted
            self._places, self._names = {}, []
            self._by_norm, self._by_skel = defaultdict(list), defaultdict(list)
            return False
        return True

    def _save_index(self) -> None:
        path = self._index_path()
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump({name: getattr(self, name) for name in self._INDEX_FIELDS}, fh,
                            protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: a reader never sees half an index
        except OSError:
            pass  # a read-only cache only costs speed

    # -- building -------------------------------------------------------
    def _build_places(self) -> None:
        ref = self.ref
        for level in ("adm1", "adm2", "adm3"):
            frame = ref.level(level)
            points = frame.geometry.representative_point()
            for rec, pt in zip(frame.drop(columns="geometry").to_dict("records"), points):
                self._places[rec["pcode"]] = Place(
                    rec["pcode"], level, rec["name_en"], rec["name_ar"], pt.x, pt.y,
                    adm1_pcode=rec.get("adm1_pcode", rec["pcode"]) if level != "adm1" else rec["pcode"],
                    adm2_pcode=rec.get("adm2_pcode") if level == "adm3" else (rec["pcode"] if level == "adm2" else None),
                    adm3_pcode=rec["pcode"] if level == "adm3" else None,
                )
        for rec in ref.communities.drop(columns="geometry").to_dict("records"):
            self._places[rec["pcode"]] = Place(
                rec["pcode"], "community", rec["name_en"], rec["name_ar"], rec["lon"], rec["lat"],
                rec["adm1_pcode"], rec["adm2_pcode"], rec["adm3_pcode"],
                capital_level=int(rec["capital_level"]),
            )
        hoods = ref.neighbourhoods
        if len(hoods):
            points = hoods.geometry.representative_point()
            for rec, pt in zip(hoods.drop(columns="geometry").to_dict("records"), points):
                city = self._places.get(rec["city_pcode"])
                self._places[rec["pcode"]] = Place(
                    rec["pcode"], "neighbourhood", rec["name_en"], rec.get("name_ar") or "",
                    pt.x, pt.y, city.adm1_pcode if city else None,
                    city.adm2_pcode if city else None, city.adm3_pcode if city else None,
                    city_pcode=rec["city_pcode"],
                )

    def _add_name(self, pcode: str, name: str, kind: str) -> None:
        name = (name or "").strip()
        place = self._places.get(pcode)
        if not name or place is None:
            return
        norm, skel = normalise(name), skeleton(name)
        if not norm:
            return
        idx = len(self._names)
        arabic = is_arabic(name)
        self._names.append(_Name(pcode, place.level, name, norm, skel, kind, arabic,
                                 rough_latin(name) if arabic else ""))
        self._by_norm[norm].append(idx)
        if len(skel) >= 2:
            self._by_skel[skel].append(idx)
        if is_arabic(name):
            # "خربة الجوز" is also written with its construct t: "Khirbet al-Joz".
            for other in skeleton_variants(name) - {skel}:
                self._by_skel[other].append(idx)

    def _build_names(self) -> None:
        for place in self._places.values():
            self._add_name(place.pcode, place.name_en, "name")
            self._add_name(place.pcode, place.name_ar, "name")
        for rec in self.ref.aliases.to_dict("records"):
            if _usable_alias(rec["alias"]):
                self._add_name(rec["pcode"], rec["alias"], rec["kind"])
        _attach_short_names(self)  # "Kafraya Maar Tamsarin" is also "Kafraya"
        self._attach_geonames()
        _attach_extra_places(self)  # geo/extra_places.py: the places the OCHA list lacks
        _attach_quarters(self)  # geo/data/places/quarters.csv: Aleppo's, Homs' quarters
        self._norm_keys = list(self._by_norm.keys())

    def _attach_geonames(self) -> None:
        """GeoNames spellings become aliases of the community they name.

        A GeoNames place is attached to a community within 3 km whose name
        has the same consonant skeleton as one of the GeoNames names, so a
        coincidence of position alone attaches nothing.
        """
        geo = self.ref.geonames
        if geo is None or not len(geo):
            return
        com = self.ref.communities
        skels = {pcode: {skeleton(n) for n in (en, ar) if n}
                 for pcode, en, ar in zip(com.index, com["name_en"], com["name_ar"])}
        tree = shapely.STRtree(com.geometry.values)
        pts = shapely.points(geo["lon"].to_numpy(), geo["lat"].to_numpy())
        near = tree.query(pts, predicate="dwithin", distance=0.03)
        for g_i, c_i in zip(*near):
            names = geo.iloc[g_i]["names"]
            pcode = com.index[c_i]
            if skels[pcode] & {skeleton(n) for n in names}:
                for n in names:
                    if _usable_alias(n):
                        self._add_name(pcode, n, "geonames")

    def communities_within(self, lon: float, lat: float, km: float) -> list[str]:
        """OCHA communities within ``km`` of a point."""
        idx = self._com_tree.query(shapely.points(lon * self._kx, lat), predicate="dwithin",
                                   distance=km / 111.0)
        near = haversine_km(lon, lat, self._com_lon[idx], self._com_lat[idx]) <= km  # (all in one numpy call)
        return [str(self._com_codes[i]) for i in idx[near]]

    def _adm3_lookup(self) -> LookupGrid | None:
        """The sub-districts' lookup grid (:func:`_adm3_grid`), or None."""
        if self._adm3_grid is None:
            self._adm3_grid = _adm3_grid(self.ref, self._adm3_geoms) or False
        return self._adm3_grid or None

    def _build_spatial(self) -> None:
        self._adm3_grid = None
        adm3 = self.ref.adm3
        self._adm3_codes = adm3.index.to_numpy()
        self._adm3_tree = shapely.STRtree(adm3.geometry.values)
        self._adm3_geoms = adm3.geometry.values
        com = self.ref.communities
        self._com_codes = com.index.to_numpy()
        self._com_lon = com["lon"].to_numpy()
        self._com_lat = com["lat"].to_numpy()
        # Nearest neighbour in a locally equal-area plane (cos 35°N).
        self._kx = math.cos(math.radians(35.0))
        self._com_tree = shapely.STRtree(shapely.points(self._com_lon * self._kx, self._com_lat))

    # -- look-ups ------------------------------------------------------
    def __contains__(self, pcode: str) -> bool:
        return pcode in self._places

    def __len__(self) -> int:
        return len(self._places)

    def get(self, pcode: str) -> Place:
        """The place with this P-code; KeyError naming it if unknown."""
        try:
            return self._places[pcode]
        except KeyError:
            raise KeyError(f"unknown P-code {pcode!r}") from None

    def places(self, level: str | None = None) -> list[Place]:
        return [p for p in self._places.values() if level is None or p.level == level]

    def parents(self, pcode: str) -> list[Place]:
        """The chain from the governorate down to the unit's parent.

        >>> [p.pcode for p in Gazetteer.load().parents("C1767")]   # doctest: +SKIP
        ['SY02', 'SY0205', 'SY020500']
        """
        place = self.get(pcode)
        chain = []
        for code in (place.adm1_pcode, place.adm2_pcode, place.adm3_pcode, place.city_pcode):
            if code and code != pcode and code in self._places:
                chain.append(self._places[code])
        return chain

    def names_of(self, pcode: str) -> list[str]:
        return list(_names_by_pcode(self).get(pcode, ()))

    def within(self, place: Place, parent: str | None) -> bool:
        """True if ``place`` lies in the unit ``parent`` (a governorate, district or sub-district P-code)."""
        if not parent:
            return True
        return parent in (place.adm1_pcode, place.adm2_pcode, place.adm3_pcode, place.city_pcode,
                          place.pcode)

    def resolve_unit(self, text_or_pcode: str | None, level: str = "adm1") -> str | None:
        """A governorate (or district) given by P-code or by name, as a P-code.

        >>> Gazetteer.load().resolve_unit("Deir Ez-Zour")        # doctest: +SKIP
        'SY09'
        """
        if not text_or_pcode:
            return None
        if text_or_pcode in self._places:
            return text_or_pcode
        hits = self.search(text_or_pcode, level=level, limit=1, fuzzy=True)
        return hits[0].place.pcode if hits and hits[0].score >= 80 else None

    def exact_candidates(self, text: str) -> list[tuple[_Name, str]]:
        """Names whose normalised form or skeleton equals that of ``text``."""
        out: list[tuple[_Name, str]] = []
        seen: set[int] = set()
        for idx in self._by_norm.get(normalise(text), []):
            seen.add(idx)
            out.append((self._names[idx], "normalised"))
        skel = skeleton(text)
        if len(skel) >= 2:
            for idx in self._by_skel.get(skel, []):
                if idx not in seen:
                    seen.add(idx)
                    out.append((self._names[idx], "skeleton"))
        return out

    # -- fast look-ups for the geocoder ---------------------------------
    def names_by_norm(self, norm: str) -> list[_Name]:
        """Names whose normalised form is ``norm`` (already normalised)."""
        return [self._names[i] for i in self._by_norm.get(norm, ())]

    def names_by_skeleton(self, skel: str) -> list[_Name]:
        """Names whose consonant skeleton is ``skel`` (already a skeleton)."""
        return [self._names[i] for i in self._by_skel.get(skel, ())]

    def names_near_skeleton(self, skel: str) -> list[_Name]:
        """Names whose skeleton is one edit (a letter added, dropped or changed) from ``skel``.

        A symmetric-deletion index over skeletons of 4+ letters: every
        skeleton and its one-letter deletions are keys, so a misspelling
        ("Menbeij", "Kafr Nuoran") is found with a few dict look-ups instead
        of a fuzzy scan over every name. Built on first use.

        >>> [n.pcode for n in Gazetteer.load().names_near_skeleton("sraqb")][:1]  # doctest: +SKIP
        ['C4186']
        """
        if self._by_del is None:
            index: dict[str, set[int]] = defaultdict(set)
            for i, entry in enumerate(self._names):
                if len(entry.skel) >= 4:
                    for key in _deletions(entry.skel):
                        index[key].add(i)
            self._by_del = index
        if len(skel) < 4:
            return []
        found: set[int] = set()
        for key in _deletions(skel):
            found |= self._by_del.get(key, set())
        return [self._names[i] for i in sorted(found) if self._names[i].skel != skel]

    def search(self, name: str, *, within: str | None = None, level: str | None = None,
               limit: int = 10, fuzzy: bool = True, min_score: float = 70.0) -> list[Hit]:
        """Places whose name matches ``name``, best first.

        ``within`` restricts to a governorate/district/sub-district P-code;
        ``level`` to one level. Scores: exact 100, normalised 97, skeleton 85
        (less for short skeletons, which are ambiguous), fuzzy the rapidfuzz
        ratio of the normalised forms, scaled into 60–90.

        >>> [h.place.pcode for h in Gazetteer.load().search("منبج", level="community")]  # doctest: +SKIP
        ['C1767']
        """
        name = (name or "").strip()
        if not name:
            return []
        best: dict[str, Hit] = {}

        def consider(entry: _Name, score: float, how: str) -> None:
            place = self._places[entry.pcode]
            if level and place.level != level:
                return
            if within and not self.within(place, within):
                return
            prev = best.get(place.pcode)
            if prev is None or score > prev.score:
                best[place.pcode] = Hit(place, score, entry.name, how)

        for entry, how in self.exact_candidates(name):
            if entry.name == name or entry.name.casefold() == name.casefold():
                consider(entry, 100.0, "exact")
            elif how == "normalised":
                consider(entry, 97.0, "normalised")
            else:
                consider(entry, 85.0 if len(entry.skel) >= 4 else 75.0, "skeleton")
        if fuzzy and (not best or max(h.score for h in best.values()) < 97):
            norm = normalise(name)
            for key, ratio, _ in process.extract(norm, self._norm_keys, scorer=fuzz.ratio,
                                                 limit=50, score_cutoff=80):
                for idx in self._by_norm[key]:
                    consider(self._names[idx], 60.0 + (ratio - 80.0) * 1.5, "fuzzy")
        hits = [h for h in best.values() if h.score >= min_score]
        hits.sort(key=lambda h: (-h.score, -h.place.capital_level if h.place.capital_level >= 0 else 1,
                                 LEVEL_RANK[h.place.level], h.place.pcode))
        return hits[:limit]

    # -- reverse geocoding ----------------------------------------------
    def reverse_many(self, lons, lats) -> dict[str, np.ndarray]:
        """Vectorised reverse geocoding.

        Returns arrays ``adm1_pcode``, ``adm2_pcode``, ``adm3_pcode`` (None
        where a point is more than ``SNAP_KM`` outside every sub-district),
        ``inside`` (bool), ``boundary_km``, ``community_pcode`` and
        ``community_km``. A point exactly on a shared boundary goes to the
        sub-district with the lower P-code.
        """
        lons = np.asarray(lons, dtype=float)
        lats = np.asarray(lats, dtype=float)
        n = len(lons)
        lookup = self._adm3_lookup()
        if lookup is not None:
            adm3_idx, _ = lookup.find(self._adm3_geoms, lons, lats)
        else:
            adm3_idx = np.full(n, -1, dtype=np.int64)
            pt_i, poly_i = self._adm3_tree.query(shapely.points(lons, lats), predicate="intersects")
            # Lower P-code wins on shared boundaries: codes are sorted, so keep the
            # smallest polygon index per point.
            order = np.lexsort((poly_i, pt_i))
            pt_i, poly_i = pt_i[order], poly_i[order]
            first = np.ones(len(pt_i), dtype=bool)
            first[1:] = pt_i[1:] != pt_i[:-1]
            adm3_idx[pt_i[first]] = poly_i[first]
        inside = adm3_idx >= 0
        boundary_km = np.zeros(n)
        outside = np.flatnonzero(~inside)
        if len(outside):
            pts = shapely.points(lons[outside], lats[outside])
            near_pt, near_poly = self._adm3_tree.query_nearest(pts, all_matches=False)
            nearest = np.full(len(outside), -1)
            nearest[near_pt] = near_poly
            # Distance to the polygon edge, in km, from the nearest boundary point.
            edge = shapely.shortest_line(pts, self._adm3_geoms[nearest])
            coords = shapely.get_coordinates(edge).reshape(-1, 2, 2)
            km = haversine_km(coords[:, 0, 0], coords[:, 0, 1], coords[:, 1, 0], coords[:, 1, 1])
            ok = km <= SNAP_KM
            adm3_idx[outside[ok]] = nearest[ok]
            boundary_km[outside] = km
        codes = np.where(adm3_idx >= 0, self._adm3_codes[np.clip(adm3_idx, 0, None)], None)
        adm2 = np.array([c[:6] if c else None for c in codes], dtype=object)
        adm1 = np.array([c[:4] if c else None for c in codes], dtype=object)
        # Nearest community.
        q = shapely.points(lons * self._kx, lats)
        c_pt, c_idx = self._com_tree.query_nearest(q, all_matches=False)
        com_idx = np.zeros(n, dtype=np.int64)
        com_idx[c_pt] = c_idx
        com_km = haversine_km(lons, lats, self._com_lon[com_idx], self._com_lat[com_idx])
        return {
            "adm1_pcode": adm1,
            "adm2_pcode": adm2,
            "adm3_pcode": codes.astype(object),
            "inside": inside,
            "boundary_km": boundary_km,
            "community_pcode": self._com_codes[com_idx],
            "community_km": com_km,
        }

    def reverse(self, lon: float, lat: float) -> ReverseResult:
        """Where one point lies: governorate, district, sub-district, nearest community."""
        r = self.reverse_many([lon], [lat])
        return ReverseResult(
            float(lon), float(lat), r["adm1_pcode"][0], r["adm2_pcode"][0], r["adm3_pcode"][0],
            bool(r["inside"][0]), float(r["boundary_km"][0]), str(r["community_pcode"][0]),
            float(r["community_km"][0]),
        )


def _attach_short_names(gaz: Gazetteer) -> None:
    """A community OCHA names with its parent's name after it ("Kafraya Maar Tamsarin",
    "Ziyara Afrin", "كفر ناصح الاتارب") is also found by its own name ("Kafraya"):
    reports never add the parent. Only when the words after the head name the
    sub-district or district the community lies in, and the head is more than a
    generic word ("Maaret", "Kafr").

    After the measurement of round 11 (g345, g346): the words after the head may also
    name a region of :mod:`geo.regions` the community lies in ("Tamanet Elghab",
    "تمانعة الغاب" in the Ghab plain is the "Tamanaa in al-Ghab" reports name). A region
    name is matched as normalised (not by skeleton, which would read "Abyad" as "Badia"),
    and only when the community's sub-district is one of the region's.
    """
    region_norms: dict[str, set[str]] = defaultdict(set)  # sub-district -> its regions' names
    for region in regions_module.REGIONS.values():
        for adm3 in region.adm3:
            region_norms[adm3].update(normalise(n) for n in region.names)
    for place in list(gaz._places.values()):
        if place.level != "community" or place.extra:
            continue
        units = [gaz._places[c] for c in (place.adm3_pcode, place.adm2_pcode)
                 if c in gaz._places]
        unit_skels = {skeleton(n) for u in units for n in (u.name_en, u.name_ar) if n}
        regions_here = region_norms.get(place.adm3_pcode, set())
        for name in (place.name_en, place.name_ar):
            words = (name or "").split()
            if len(words) < 2 or " - " in name or "_" in name:
                continue
            for k in range(1, len(words)):
                tail = " ".join(words[k:])
                if skeleton(tail) not in unit_skels and normalise(tail) not in regions_here:
                    continue
                head = words[:k]
                while head and normalise(head[-1]) in _NEAR_WORDS:
                    head = head[:-1]  # "Um Adase near Manbaj"
                if head and not (len(head) == 1 and normalise(head[0]) in _GENERIC_HEADS):
                    gaz._add_name(place.pcode, " ".join(head), "ocha-short")
                break
    _attach_unqualified_names(gaz)
    _attach_unparcelled_names(gaz)


# A direction OCHA writes beside a village's name: "البويضة الشرقية", "كفر جوم غربية", "Eastern Buwayda".
_DIRECTION_WORDS_AR = {normalise(w) for w in (
    "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الشرقي", "الغربي", "الشمالي", "الجنوبي",
    "شرقية", "غربية", "شمالية", "جنوبية", "شرقي", "غربي", "شمالي", "جنوبي")}
_DIRECTION_WORDS_EN = {normalise(w) for w in ("Eastern", "Western", "Northern", "Southern")}
# The size OCHA writes beside one of a pair of villages ("Big Hajiyeh", "حاجية صغيرة").
_SIZE_WORDS_AR = {normalise(w) for w in (
    "كبير", "كبيرة", "الكبير", "الكبيرة", "صغير", "صغيرة", "الصغير", "الصغيرة", "وسطاني")}
_SIZE_WORDS_EN = {normalise(w) for w in ("Big", "Little", "Middle")}
# The bank OCHA writes after one of a pair of villages facing each other across the Euphrates ("طابية شامية" on the
# Sham, south-west bank, "طابية جزيرة" on the Jazira, north-east bank; geo61): halves as a size tells apart.
_BANK_WORDS_AR = {normalise(w) for w in ("شامية", "جزيرة", "الشامية", "الجزيرة")}
# Halves of one village ("Big Hajiyeh" and "Little Hajiyeh", 2.6 km apart) this close together
# share its bare name: either is the place a report names so.
_HALVES_KM = 5.0


def _without_word(name: str, last_ar: set[str], first_en: set[str]) -> str | None:
    """``name`` without the Arabic word after it in ``last_ar`` or the English word before it in
    ``first_en`` ("البويضة الشرقية" -> "البويضة"), or None when it has neither or too little is left."""
    words = (name or "").split()
    if len(words) < 2 or "-" in name or "_" in name:
        return None
    if normalise(words[-1]) in last_ar:
        head = " ".join(words[:-1])
    elif normalise(words[0]) in first_en:
        head = " ".join(words[1:])
    else:
        return None
    return head if len(head) >= 3 and normalise(head) not in _GENERIC_HEADS else None


def _one_letter_apart(a: str, b: str) -> bool:
    """Do two names of five letters or more differ by one letter added, dropped or changed?

    >>> _one_letter_apart("زعفرانه", "زعفرانيه"), _one_letter_apart("بويضه", "عبوديه")
    (True, False)
    """
    return min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) == 1


def _unqualified(name: str) -> str | None:
    """``name`` without the direction OCHA writes beside it, or None."""
    return _without_word(name, _DIRECTION_WORDS_AR, _DIRECTION_WORDS_EN)


def _unsized(name: str) -> str | None:
    """``name`` without the size OCHA writes beside it ("Big Hajiyeh", "حاجية صغيرة"), or the bank of the
    Euphrates ("طابية جزيرة" -> "طابية"), or None."""
    return _without_word(name, _SIZE_WORDS_AR, _SIZE_WORDS_EN) or _without_word(name, _BANK_WORDS_AR, set())


def _attach_unqualified_names(gaz: Gazetteer) -> None:
    """A community OCHA names with a direction ("البويضة الشرقية", "Eastern Buwayda") is also
    found by its name without it ("البويضة"), as the press writes it, when no other community
    of its governorate has that name, alone or with another direction, in either language
    (Homs's "دمينة الشرقية" and "دمينة الغربية" keep theirs; so do Aleppo's "اشكان شرقي" and
    "اشكان غربي", whose English names OCHA spells apart).

    After the measurement of round 12 (g351, ar-2012-06-press-12): "14 شخصا تم إعدامهم ميدانيا
    في البويضة في حمص" is Eastern Buwayda (C2715, al-Qusayr), not Homs city.

    Round 14: the halves of one village that OCHA tells apart by size ("Big Hajiyeh" and "Little
    Hajiyeh", "حاجية كبيرة", "Middle Sharmukh") share its bare name when there are two or more
    and all lie within ``_HALVES_KM`` of each other ("the villages of Tal Khalil, Hajiya and
    Sharmoukh", en-2014-09-press-01): either half is the place. A size alone ("Big Dar", with no
    other Dar) is part of the name. So are the halves of a village facing each other across the Euphrates, told
    apart by the bank ("طابية شامية" and "طابية جزيرة", 3.5 km apart: "the village of Al-Tabiya" east of Deir
    ez-Zor, g661, geo61; Zghir and Hawayej Thyab too).
    """
    names_in: dict[str, set[str]] = defaultdict(set)  # governorate -> its communities' names
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)  # (governorate, head) -> places
    heads_of: dict[str, list[str]] = {}
    for place in gaz._places.values():
        if place.level != "community" or place.extra:
            continue
        heads = []
        for name in (place.name_en, place.name_ar):
            if name:
                names_in[place.adm1_pcode].add(normalise(name))
            head = _unqualified(name)
            if head:
                heads.append(head)
                owners[(place.adm1_pcode, normalise(head))].add(place.pcode)
        if heads:
            heads_of[place.pcode] = heads
    # geo36 (g396): nor when another community of the governorate has an Arabic name one letter
    # from the bare one ("الزعفرانية", Zafaraniya, beside "زعفرانة غربية"): the text's "الزعفرانة"
    # may be either, and a name OCHA does not write must not outrank the other's own name.
    arabic_in: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for place in gaz._places.values():
        if place.level == "community" and not place.extra and place.name_ar:
            arabic_in[place.adm1_pcode][normalise(place.name_ar)].add(place.pcode)
    for code, heads in heads_of.items():
        adm1 = gaz._places[code].adm1_pcode
        if all(owners[(adm1, normalise(h))] == {code} and normalise(h) not in names_in[adm1] for h in heads) \
                and not any(_one_letter_apart(normalise(h), other) and codes - {code}
                            for h in heads if is_arabic(h) for other, codes in arabic_in[adm1].items()):
            for head in heads:
                gaz._add_name(code, head, "ocha-short")
    # Halves of one village told apart by size (round 14).
    sized: dict[tuple[str, str], list[tuple[Place, str]]] = defaultdict(list)
    for place in gaz._places.values():
        if place.level == "community" and not place.extra:
            for name in (place.name_en, place.name_ar):
                head = _unsized(name)
                if head:
                    sized[(place.adm1_pcode, normalise(head))].append((place, head))
    for (adm1, norm), halves in sized.items():
        if len({p.pcode for p, _ in halves}) >= 2 and norm not in names_in[adm1] and all(
                haversine_km(a.lon, a.lat, b.lon, b.lat) <= _HALVES_KM
                for a, _ in halves for b, _ in halves):
            for place, head in halves:
                gaz._add_name(place.pcode, head, "ocha-short")


# A word for a plot of land OCHA writes before the village's own name ("قطعة البوليل", "the plot of
# al-Buleil"; "مزرعة الجاموس", "the farm of al-Jamus"), which reports leave out.
_PARCEL_HEADS = {normalise(w) for w in ("قطعة", "مزرعة", "Qetet", "Mazraet", "Mazraat", "Mazraa")}


def _unparcelled(name: str) -> str | None:
    """``name`` without the plot-of-land word before it, when what is left is a name with the
    article ("قطعة البوليل" -> "البوليل", "Qetet Elbuleil" -> "Elbuleil"), or None.

    >>> _unparcelled("قطعة البوليل"), _unparcelled("مزرعة مسلم"), _unparcelled("Mazraet Beit Jin")
    ('البوليل', None, None)
    """
    words = (name or "").split()
    if len(words) != 2 or normalise(words[0]) not in _PARCEL_HEADS:
        return None
    rest = words[1]
    # Only a name with the article: "مسلم" or "Sofi" alone is a common word or a person's name.
    if not (rest.startswith("ال") or rest[:2].lower() in ("el", "al")) or len(normalise(rest)) < 4:
        return None
    return rest


def _attach_unparcelled_names(gaz: Gazetteer) -> None:
    """A community OCHA names with a plot-of-land word before its name ("قطعة البوليل", "Qetet
    Elbuleil") is also found by its name alone ("البوليل", "al-Boulayl"), as reports write it, when
    no other community of its governorate has that name or the same bare name.

    geo36 (g183, g422, g437): "قرية البوليل شرق محافظة دير الزور" is C5126, not the 2017 map's
    "Al Bulel" mark 20 km south of it.
    """
    names_in: dict[str, set[str]] = defaultdict(set)  # governorate -> its communities' names
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)  # (governorate, bare name) -> places
    bare_of: dict[str, list[str]] = defaultdict(list)
    for place in gaz._places.values():
        if place.level != "community" or place.extra:
            continue
        for name in (place.name_en, place.name_ar):
            if name:
                names_in[place.adm1_pcode].add(normalise(name))
            bare = _unparcelled(name)
            if bare:
                bare_of[place.pcode].append(bare)
                owners[(place.adm1_pcode, normalise(bare))].add(place.pcode)
    for code, bares in bare_of.items():
        adm1 = gaz._places[code].adm1_pcode
        if all(owners[(adm1, normalise(b))] == {code} and normalise(b) not in names_in[adm1] for b in bares):
            for bare in bares:
                gaz._add_name(code, bare, "ocha-short")


def _attach_quarters(gaz: Gazetteer) -> None:
    """The project's sourced city quarters (:func:`geo.extra_places.authored_quarters`):
    neighbourhoods of their city, as Damascus' OCHA neighbourhoods are, with every spelling
    reports use ("Bab Amr" for Baba Amr)."""
    for q in extra_module.authored_quarters() if gaz.extra_places else ():
        city = gaz._places.get(q.city_pcode)
        if city is None:
            continue
        gaz._places[q.id] = Place(
            q.id, "neighbourhood", q.name_en, q.name_ar, q.lon, q.lat, city.adm1_pcode,
            city.adm2_pcode, city.adm3_pcode, city_pcode=q.city_pcode,
            source=extra_module.SOURCE_AUTHORED)
        for name in q.names:
            gaz._add_name(q.id, name, "name")


def _attach_extra_places(gaz: Gazetteer) -> None:
    """The places the OCHA list lacks (:mod:`geo.extra_places`): the project's file, then
    the 2017 map's village marks and UCDP's located places that add a place or a spelling."""
    if not gaz.extra_places:
        return
    authored = extra_module.authored_places()
    secondary: list = []  # the 2017 map's marks, then UCDP's exactly located places
    data = gaz.ref.data
    if gaz.map_marks and data is not None and data.has("marks_2017"):
        secondary += extra_module.mark_places(data.path_of("marks_2017"))
    if gaz.map_marks and data is not None and data.has("ucdp"):
        secondary += extra_module.ucdp_places(data.path_of("ucdp"))
    if not authored and not secondary:
        return
    pool = authored + secondary
    where = gaz.reverse_many([p.lon for p in pool], [p.lat for p in pool])
    admin = {n.norm for n in gaz._names if n.level in ("adm1", "adm2")}
    # Skeletons of the names of the communities (and authored places) near each point, and
    # of the words of their longer names: OCHA writes some villages with a prefix or a
    # parent's name ("Kulet Elbweider" is the map's "Al Buwaydir", 1.8 km away).
    skels_of: dict[str, set[str]] = defaultdict(set)
    norms_of: dict[str, set[str]] = defaultdict(set)
    for entry in gaz._names:
        if entry.level == "community":
            skels_of[entry.pcode].add(entry.skel)
            norms_of[entry.pcode].add(entry.norm)
            if not is_arabic(entry.name):
                skels_of[entry.pcode].update(
                    s for s in (skeleton(w) for w in entry.name.split()[1:]) if len(s) >= 3)
    kept: list = []  # (place, its skeletons) of every extra place added so far
    for k, extra in enumerate(pool):
        adm3 = where["adm3_pcode"][k]
        if adm3 is None:
            continue  # outside Syria
        skels = {skeleton(n) for n in extra.names} - {""}
        kind = _EXTRA_NAME_KIND[extra.source]
        if extra.source != extra_module.SOURCE_AUTHORED:
            near = gaz.communities_within(extra.lon, extra.lat, extra_module.SAME_PLACE_KM)
            same = [c for c in near if skels & skels_of[c]]
            if same:
                # A community the gazetteer has; the label's other names are its
                # spellings ("Abu Hariq (Abu Hurayj)" is OCHA's Abu Hreik).
                for n in extra.names:
                    if normalise(n) not in norms_of[same[0]]:
                        norms_of[same[0]].add(normalise(n))
                        gaz._add_name(same[0], n, kind)
                continue
            if any(skels & ks and haversine_km(extra.lon, extra.lat, p.lon, p.lat)
                   <= extra_module.SAME_PLACE_KM for p, ks in kept):
                continue  # a place added already
            if any(normalise(n) in admin for n in extra.names):
                continue  # a governorate's or district's label
            if where["community_km"][k] <= extra_module.PART_OF_KM:
                # A hamlet or another name of the community it sits in.
                community = str(where["community_pcode"][k])
                for n in extra.names:
                    if normalise(n) not in norms_of[community]:
                        norms_of[community].add(normalise(n))
                        gaz._add_name(community, n, kind)
                continue
        gaz._places[extra.id] = Place(
            extra.id, "community", extra.name_en, extra.name_ar, extra.lon, extra.lat,
            adm3[:4], adm3[:6], adm3, source=extra.source)
        kept.append((gaz._places[extra.id], skels))
        for n in extra.names:
            gaz._add_name(extra.id, n, kind)


# Words that are no village's name alone ("Maaret" of "Maaret Atarib"), and "near" (قرب).
_GENERIC_HEADS = {normalise(w) for w in (
    "Maaret", "Maarat", "Kafr", "Kfar", "Tal", "Tell", "Um", "Umm", "Abu", "Kherbet", "Khirbet",
    "Jeb", "Jubb", "Rasm", "Ein", "Ain", "Deir", "Beit", "Mazraat", "Mazraa", "Qasr", "Ras",
    "Bir", "Arab", "Big", "Little", "Upper", "Lower", "Eastern", "Western", "Northern",
    "Southern", "معرة", "معارة", "كفر", "تل", "أم", "أبو", "خربة", "جب", "رسم", "عين", "دير",
    "بيت", "مزرعة", "قصر", "رأس", "بئر", "عرب")}
_NEAR_WORDS = {normalise(w) for w in ("near", "قرب")}

# The kind of name each source of extra places gives (scored in geo/geocode/scores.py).
_EXTRA_NAME_KIND = {extra_module.SOURCE_AUTHORED: "project",
                    extra_module.SOURCE_MARKS: "wikipedia-mark",
                    extra_module.SOURCE_UCDP: "ucdp"}


def _deletions(skel: str) -> set[str]:
    """``skel`` and every form of it with one letter deleted."""
    return {skel} | {skel[:i] + skel[i + 1:] for i in range(len(skel))}


_GAZETTEERS: dict[tuple[str, bool, bool], Gazetteer] = {}
