"""Places beyond the 2015 OCHA community list: the project's own file and the 2017 map's marks.

SNHR reports name villages the OCHA list of 2015 does not have ("al-Ahmadiya village of Tal
Abyad", "Abu Hreij"). Two sources fill such gaps; the gazetteer loads both as places of level
``community`` with their own ids (:class:`ExtraPlace`):

* ``geo/data/places/extra_places.csv`` — authored by the project, one row per place someone
  checked: ``id`` (``X0001``...), ``name_en``, ``name_ar``, ``alt_names`` (``|``-separated:
  the spellings reports use), ``lon``, ``lat``, ``adm3_pcode`` (the sub-district the point
  lies in, by reverse look-up; a test checks it), ``source`` (where the point comes from) and
  ``note``. It ships with the code.
* the labelled village marks of Wikipedia's "Syrian civil war detailed map" (2017, CC BY-SA,
  Wikipedia contributors), read at run time from the data directory
  (``control/wikipedia_detailed_map_marks_2017.csv``, layer ``marks_2017``) and never copied
  into the repository. A mark becomes a place ``W<seq>`` only when it adds something: a mark
  whose name is that of an OCHA community within :data:`SAME_PLACE_KM` is that community; a
  mark within :data:`PART_OF_KM` of an OCHA community under another name becomes a spelling
  of that community (a hamlet or a Kurdish name: "Keferzite" is Kafr Zeid); labels of bases,
  checkpoints, hills and other landmarks, and labels that are a governorate's or district's
  name, are left out.

The geocoder rates a mark's name a little below an OCHA or authored name
(``SCORES["secondary_place"]``): when the two match equally, the official list wins.

>>> [p.id for p in authored_places()][:1]                        # doctest: +SKIP
['X0001']
"""

from __future__ import annotations

import csv
import io  # noqa: F401  (the doctest of ucdp_places reads a string)
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import DataError

__all__ = ["ExtraPlace", "Quarter", "AUTHORED_PATH", "QUARTERS_PATH", "authored_places",
           "authored_quarters", "mark_places", "ucdp_places", "SAME_PLACE_KM", "PART_OF_KM",
           "SOURCE_AUTHORED", "SOURCE_MARKS", "SOURCE_UCDP"]

AUTHORED_PATH = Path(__file__).parent / "data" / "places" / "extra_places.csv"
# City quarters outside Damascus (whose neighbourhoods OCHA lists): Aleppo, Homs, Deir ez-Zor.
QUARTERS_PATH = Path(__file__).parent / "data" / "places" / "quarters.csv"
QUARTER_FIELDS = ("id", "name_en", "name_ar", "alt_names", "lon", "lat", "city_pcode", "source",
                  "note")
AUTHORED_FIELDS = ("id", "name_en", "name_ar", "alt_names", "lon", "lat", "adm3_pcode", "source",
                   "note")
SOURCE_AUTHORED = "project"
SOURCE_MARKS = "wikipedia-map-2017"
SOURCE_UCDP = "ucdp-ged"
# A mark whose name (consonant skeleton) is an OCHA community's within this distance is that
# community: nothing to add.
SAME_PLACE_KM = 5.0
# A mark this close to an OCHA community under another name is part of that community.
PART_OF_KM = 1.0
# Labels of things that are not villages (the map marks bases and landmarks as "point" too).
_NOT_A_VILLAGE = re.compile(
    r"\b(army|checkpoint|check point|station|quarry|factory|company|base|battalion|brigade|"
    r"regiment|airport|airbase|bridge|dam|silo|silos|field|oil|gas|pump|hospital|school|"
    r"prison|roundabout|junction|crossing|border|tower|mountain|mount|jabal|jebel|hill|hills|"
    r"mine|mines|plant|depot|warehouse|poultry|frarm|camp|college|academy|university|"
    r"stadium|hotel|power|plain|valley|lake|river|mall|market|cement|railway|train)\b", re.I)


_PLAIN_LATIN = str.maketrans({"ı": "i", "İ": "I", "ğ": "g", "Ğ": "G"})


@dataclass(frozen=True)
class ExtraPlace:
    """A place the OCHA list lacks, or (``part_of``) another name of a community it has."""

    id: str
    name_en: str
    name_ar: str
    names: tuple[str, ...]  # every spelling, name_en and name_ar included
    lon: float
    lat: float
    source: str  # SOURCE_AUTHORED, SOURCE_MARKS or SOURCE_UCDP
    adm3_pcode: str | None = None  # authored: as written in the file
    note: str = ""


def _split_alt(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _authored_rows(path: Path, fields, prefix: str, required: tuple[str, ...], what: str):
    """The checked rows of an authored file (extra places, city quarters): ``(row, id, lon,
    lat, names)`` each, ``names`` its English, Arabic and alternative spellings.

    Raises :class:`~geo.errors.DataError` naming the line of a bad row (a missing column,
    name or source, a point outside Syria's bounding box, a repeated or malformed id).
    """
    seen: set[str] = set()
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [f for f in fields if f not in (reader.fieldnames or ())]
        if missing:
            raise DataError(f"{path}: missing column(s) {', '.join(missing)}")
        for line, row in enumerate(reader, start=2):
            pid = (row["id"] or "").strip()
            try:
                lon, lat = float(row["lon"]), float(row["lat"])
            except ValueError:
                raise DataError(f"{path}, line {line}: lon/lat are not numbers") from None
            if not re.fullmatch(prefix + r"\d{4}", pid) or pid in seen:
                raise DataError(f"{path}, line {line}: id {pid!r} is not a new {prefix}0000-style id")
            if not all((row[f] or "").strip() for f in required):
                raise DataError(f"{path}, line {line}: {what}")
            if not (35.5 <= lon <= 42.5 and 32.2 <= lat <= 37.4):
                raise DataError(f"{path}, line {line}: ({lon}, {lat}) is outside Syria")
            seen.add(pid)
            names = [row["name_en"].strip(), (row["name_ar"] or "").strip(),
                     *_split_alt(row["alt_names"])]
            yield row, pid, lon, lat, tuple(n for n in names if n)


def authored_places(path: Path | str = AUTHORED_PATH) -> list[ExtraPlace]:
    """The rows of the project's extra-places file.

    Raises :class:`~geo.errors.DataError` naming the line of a bad row (a missing id, name or
    source, a point outside Syria's bounding box, a repeated id).
    """
    path = Path(path)
    if not path.is_file():
        return []
    return [ExtraPlace(pid, row["name_en"].strip(), (row["name_ar"] or "").strip(), names, lon, lat,
                       SOURCE_AUTHORED, (row["adm3_pcode"] or "").strip() or None,
                       (row["note"] or "").strip())
            for row, pid, lon, lat, names in _authored_rows(
                path, AUTHORED_FIELDS, "X", ("name_en", "source"), "a place needs a name and a source")]


@dataclass(frozen=True)
class Quarter:
    """A quarter of a city (Aleppo, Homs, Deir ez-Zor), a neighbourhood of ``city_pcode``."""

    id: str
    name_en: str
    name_ar: str
    names: tuple[str, ...]  # every spelling, name_en and name_ar included
    lon: float
    lat: float
    city_pcode: str  # the OCHA community of the city ("C1007" Aleppo)
    note: str = ""


def authored_quarters(path: Path | str = QUARTERS_PATH) -> list[Quarter]:
    """The rows of the project's city-quarters file (``Q0001``...; each with its source).

    The gazetteer loads them as places of level ``neighbourhood`` inside their city, like
    Damascus' OCHA neighbourhoods: "the Sheikh Maqsoud neighbourhood in Aleppo" is placed at
    the quarter's point with Aleppo (``C1007``) as its city.

    >>> [q.city_pcode for q in authored_quarters() if q.name_en == "Baba Amr"]
    ['C2528']

    Raises :class:`~geo.errors.DataError` naming the line of a bad row (a missing name, city
    or source, a point outside Syria's bounding box, a repeated id).
    """
    path = Path(path)
    if not path.is_file():
        return []
    return [Quarter(qid, row["name_en"].strip(), (row["name_ar"] or "").strip(), names, lon, lat,
                    row["city_pcode"].strip(), (row["note"] or "").strip())
            for row, qid, lon, lat, names in _authored_rows(
                path, QUARTER_FIELDS, "Q", ("name_en", "source", "city_pcode"),
                "a quarter needs a name, a city and a source")]


def mark_names(label: str) -> list[str]:
    """The spellings a map label gives: "al Husamiyah/Hesamî", "Qahtaniyah <small>(Tirbespiyê)</small>".

    >>> mark_names("Qahtaniyah <small>(Tirbespiyê)</small>")
    ['Qahtaniyah', 'Tirbespiyê']
    >>> mark_names("Abu Hariq (Abu Hurayj)")
    ['Abu Hariq', 'Abu Hurayj']
    >>> mark_names("2016 Hama offensive#Khafsin")
    ['Khafsin']
    """
    # Turkish and Kurdish letters the name folding has no rule for ("Qızıldag"): plain Latin.
    text = re.sub(r"<[^>]+>", " ", label or "").translate(_PLAIN_LATIN)
    # A wiki link as label: "2016 Hama offensive#Khafsin" names Khafsin.
    text = re.sub(r"[^/()#]*#", "", text)
    parts = re.split(r"[/()]", text)
    return [p for p in (re.sub(r"\s+", " ", p).strip(" ,-") for p in parts) if len(p) >= 3]


_UCDP_PLACE = re.compile(
    r"^(?P<name>.+?)\s+(?:(?:idp|refugee|displacement)\s+)?"
    r"(?P<kind>village|town|city|suburb|camp)$", re.I)


def ucdp_places(path: Path | str) -> list[ExtraPlace]:
    """The named places of UCDP GED events located exactly (``where_prec`` 1).

    UCDP writes where an event happened as "Al Bahrah village", "Tadmur/Palmyra town",
    "Al Rukban camp" with that place's coordinates. Each distinct name and point becomes
    one candidate (``U<n>``, numbered in file order of first use); "/" separates spellings.
    As for the map's marks, the gazetteer keeps only those that add a place or a spelling.

    >>> [p.names for p in ucdp_places(io.StringIO(
    ...     "where_prec,where_coordinates,latitude,longitude\\n"
    ...     "1,Tadmur/Palmyra town,34.5624,38.284\\n2,Hama town,35.1,36.7\\n"))]
    [('Tadmur', 'Palmyra')]
    """
    out: list[ExtraPlace] = []
    seen: set[tuple[str, float, float]] = set()
    fh = open(path, encoding="utf-8", newline="") if not hasattr(path, "read") else path
    with fh:
        for row in csv.DictReader(fh):
            if (row.get("where_prec") or "").strip() != "1":
                continue
            m = _UCDP_PLACE.match(" ".join((row.get("where_coordinates") or "").split()))
            if not m:
                continue
            names = [n for n in mark_names(m.group("name")) if not _NOT_A_VILLAGE.search(n)]
            try:
                lon, lat = round(float(row["longitude"]), 4), round(float(row["latitude"]), 4)
            except (KeyError, ValueError):
                continue
            key = (m.group("name").lower(), lon, lat)
            if not names or key in seen:
                continue
            seen.add(key)
            out.append(ExtraPlace(f"U{len(out) + 1:04d}", names[0], "", tuple(names), lon, lat,
                                  SOURCE_UCDP, note=f"UCDP GED '{m.group(0)}'"))
    return out


def mark_places(path: Path | str) -> list[ExtraPlace]:
    """The village marks of the 2017 map: labelled points inside Syria, landmarks left out.

    Whether each one is new, a spelling of an OCHA community, or that community itself is
    decided by the gazetteer, which knows the communities.
    """
    out: list[ExtraPlace] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("feature_type") != "point" or row.get("coord_ok") != "True" or \
                    row.get("in_syria_bbox") != "True":
                continue
            names = [n for n in mark_names(row.get("label", "")) if not _NOT_A_VILLAGE.search(n)]
            if not names:
                continue
            try:
                lon, lat, seq = float(row["lon"]), float(row["lat"]), int(row["seq"])
            except (KeyError, ValueError):
                continue
            out.append(ExtraPlace(f"W{seq:04d}", names[0], "", tuple(names), lon, lat,
                                  SOURCE_MARKS, note=f"mark '{row['label']}'"))
    return out
