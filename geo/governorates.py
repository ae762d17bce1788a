"""The fourteen governorates by the names and spellings reports use: one table for the project.

The gazetteer knows the governorates by their official names (OCHA, OpenSyria);
reports write them many other ways ("Damascus suburbs", "Deir Ez-Zour",
"Dara'a", "eastern Ghouta"). Both users of those spellings read them here:

* :data:`REPORT_GOVERNORATE_NAMES` — the extra names added to the gazetteer's
  aliases (:mod:`geo.reference`), so the geocoder resolves "Rural Damascus"
  like "Rif Dimashq";
* :data:`GOVERNORATES` and :func:`find_governorate` — the report reader's
  patterns (:mod:`geo.report.places`), which find a governorate inside a
  phrase ("in the eastern suburbs of Hama").

>>> find_governorate("in the eastern suburbs of Hama").name
'Hama'
>>> GOVERNORATES[RURAL_DAMASCUS].name
'Rural Damascus'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Governorate", "GOVERNORATES", "find_governorate", "find_governorates", "REPORT_GOVERNORATE_NAMES",
           "OCHA_GOVERNORATE_NAMES", "GOVERNORATE_NAMES",
           "DAMASCUS", "RURAL_DAMASCUS"]

DAMASCUS = "SY01"
# "rural Damascus", "Damascus suburbs": the governorate around the city, Rif Dimashq.
RURAL_DAMASCUS = "SY03"

# Names that reports use for governorates and that no source lists.
REPORT_GOVERNORATE_NAMES = {
    "SY03": ["Damascus suburbs", "Rural Damascus", "Rif Dimashq", "Reef Damascus",
             "Damascus countryside", "Rif Damascus", "Damascus Rif", "ريف دمشق"],
    "SY09": ["Deir Ez-Zour", "Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor", "Deir al-Zour"],
    "SY07": ["Idlib", "Idleb"],
    "SY08": ["Hasaka", "Hasakah", "Al-Hasakeh", "Hassakeh", "Hasakeh", "el-Haseqqeh"],
    "SY05": ["Hama", "Hamah"],
    "SY12": ["Daraa", "Dara'a", "Deraa", "Dar'a", "Dera'a"],
    "SY11": ["Raqqa", "Ar-Raqqa", "al-Raqqa", "Rakka"],
    "SY10": ["Tartous", "Tartus", "Tartous"],
    "SY06": ["Latakia", "Lattakia", "Al-Lathiqiyah"],
    # ("Al Sawida", "Al Sawaida": SNHR's massacre reports of 2015 list the governorate so)
    "SY13": ["Suwayda", "As-Sweida", "Sweida", "Suwaida", "al-Suwayda", "Al Sawida", "Al Sawaida"],
    "SY14": ["Quneitra", "Al-Quneitra", "Qunaitra"],
    "SY04": ["Homs", "Hims"],
    "SY02": ["Aleppo", "Halab"],
    "SY01": ["Damascus", "Dimashq"],
}
for _p, _names in {"SY03": ["ضواحي دمشق", "الغوطة الشرقية"], "SY07": ["ادلب"], "SY05": ["حماه"]}.items():
    REPORT_GOVERNORATE_NAMES[_p] = REPORT_GOVERNORATE_NAMES[_p] + _names

# OCHA's names of the governorates (English and Arabic), as the gazetteer holds them.
OCHA_GOVERNORATE_NAMES = {
    "SY01": ("Damascus", "دمشق"), "SY02": ("Aleppo", "حلب"), "SY03": ("Rural Damascus", "ريف دمشق"),
    "SY04": ("Homs", "حمص"), "SY05": ("Hama", "حماة"), "SY06": ("Lattakia", "اللاذقية"),
    "SY07": ("Idleb", "إدلب"), "SY08": ("Al-Hasakeh", "الحسكة"), "SY09": ("Deir-ez-Zor", "دير الزور"),
    "SY10": ("Tartous", "طرطوس"), "SY11": ("Ar-Raqqa", "الرقة"), "SY12": ("Dar'a", "درعا"),
    "SY13": ("As-Sweida", "السويداء"), "SY14": ("Quneitra", "القنيطرة"),
}
# The names a caller may give for a governorate (the API's ``governorate=``, case aside): OCHA's
# and the reports' spellings of the governorate itself (not the Ghouta, a part of it).
GOVERNORATE_NAMES: dict[str, tuple[str, ...]] = {
    p: tuple(dict.fromkeys([*OCHA_GOVERNORATE_NAMES[p],
                            *(n for n in REPORT_GOVERNORATE_NAMES[p]
                              if n not in ("ضواحي دمشق", "الغوطة الشرقية"))]))
    for p in sorted(OCHA_GOVERNORATE_NAMES)}


@dataclass(frozen=True)
class Governorate:
    pcode: str
    name: str  # as SNHR reports spell it


# Spellings in report order of preference; patterns are matched case-insensitively.
# Rural Damascus must be tried before Damascus.
_GOV_PATTERNS: list[tuple[str, str, str]] = [
    # ("the suburbs of the capital Damascus", "the suburbs of capital Damascus")
    ("SY03", "Rural Damascus", r"(?:rural|suburbs? of|countryside of|outskirts of)\s+(?:(?:the\s+)?capital,?\s+)?damascus"
                               r"|damascus\s+(?:suburbs|countryside|rural|outskirts|rif)"
                               r"|rif\s+dimashq|reef\s+dimashq|(?:eastern|western)\s+ghouta"),
    ("SY01", "Damascus", r"damascus|dimashq"),
    ("SY02", "Aleppo", r"aleppo|halab"),
    ("SY04", "Homs", r"homs|hims"),
    ("SY05", "Hama", r"hama(?:h)?(?![a-z])"),
    ("SY06", "Latakia", r"lat(?:t)?akia|ladhiqiya|al-?ladhiqiyah"),
    ("SY07", "Idlib", r"idl[ie]b"),
    # ("el-Haseqqeh": a Turkish outlet's spelling)
    ("SY08", "Hasaka", r"(?:al-?|el-?)?has(?:s)?(?:ak|eq|eqq)(?:a|ah|eh)"),
    ("SY09", "Deir Ez-Zour", r"deir[\s-]*(?:ez|ez-|el|al|az|e)?[\s-]*z(?:ou|o|u)r|dayr\s+az[\s-]*zawr"),
    ("SY10", "Tartus", r"tart(?:o)?us"),
    ("SY11", "Raqqa", r"(?:al-?|ar-?)?ra(?:qq?|kk)a(?:h)?(?![a-z])"),
    ("SY12", "Daraa", r"dar(?:'|a)?a(?:'|a)?(?![a-z])|dera'?a(?![a-z])|dar'a"),
    ("SY13", "Suwayda", r"(?:al-?|as-?)?(?:suwayda|sweida|suwaida|sweida'|swaida)"
                        r"|al[\s-]sawa?ida(?![a-z])"),
    # the Golan Heights are Quneitra governorate's (OCHA lists its Golan communities under SY14)
    ("SY14", "Quneitra", r"quneitra|qunaitra|kuneitra|golan(?![a-z])"),
]
# Arabic names, as SNHR's Arabic texts write them (with or without hamza, "ضواحي دمشق" for the
# suburbs); a clitic و/ب/ل/ف may be attached ("بريف", "وحمص").
_GOV_PATTERNS_AR: list[tuple[str, str]] = [
    ("SY03", r"ريف\s+(?:محافظة\s+)?دمشق|ضواح[يى]\s+(?:العاصمة\s+)?دمشق|الغوطة\s+(?:الشرقية|الغربية)|الغوطتين"),
    ("SY01", r"دمشق|العاصمة\s+وضواحيها"),
    ("SY02", r"حلب"),
    ("SY04", r"حمص"),
    ("SY05", r"حماة|حماه"),
    ("SY06", r"اللاذقية|اللاذقيه"),
    ("SY07", r"[إا]دلب"),
    ("SY08", r"الحسكة|الحسكه"),
    ("SY09", r"دير\s*الزور"),
    ("SY10", r"طرطوس"),
    ("SY11", r"الرقة|الرقه"),
    ("SY12", r"درعا"),
    ("SY13", r"السويداء"),
    ("SY14", r"القنيطرة|الجولان"),
]
GOVERNORATES: dict[str, Governorate] = {p: Governorate(p, n) for p, n, _ in _GOV_PATTERNS}
_GOV_RE = [(GOVERNORATES[p], re.compile(r"(?<![\w-])(?:" + rx + r")", re.I)) for p, _, rx in _GOV_PATTERNS]
_GOV_RE += [(GOVERNORATES[p], re.compile(r"(?<![\u0621-\u064a])[وبلف]?(?:" + rx + r")(?![\u0621-\u064a])"))
            for p, rx in _GOV_PATTERNS_AR]


def find_governorates(text: str) -> list[Governorate]:
    """Every governorate named in ``text``, in order, once each: a documenter's hint may name
    several ("Daraa / Suwayda (border)") or one in any report spelling ("Aleppo countryside",
    "ريف درعا الغربي").

    >>> [g.pcode for g in find_governorates("Daraa / Suwayda (border)")]
    ['SY12', 'SY13']
    >>> [g.pcode for g in find_governorates("ريف درعا الغربي")]
    ['SY12']
    """
    hits = _hits(text)
    out: list[Governorate] = []
    for _, _, gov in sorted(hits, key=lambda h: h[0]):
        if gov not in out:
            out.append(gov)
    return out


def _hits(text: str) -> list[tuple[int, int, Governorate]]:
    hits: list[tuple[int, int, Governorate]] = []
    taken: list[tuple[int, int]] = []
    for gov, rx in _GOV_RE:
        for m in rx.finditer(text or ""):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            hits.append((m.start(), m.end(), gov))
    return hits


def find_governorate(text: str, *, last: bool = True) -> Governorate | None:
    """The governorate named in ``text`` (the last one by default: the widest unit comes last).

    >>> find_governorate("Shawa village in al-Ra'ie area in eastern rural Aleppo").pcode
    'SY02'
    >>> find_governorate("al-Sayyidah Zaynab in Damascus suburbs").name
    'Rural Damascus'
    >>> find_governorate("in Tadmur town") is None
    True
    """
    hits = _hits(text)
    if not hits:
        return None
    hits.sort(key=lambda h: h[0])
    return (hits[-1] if last else hits[0])[2]
