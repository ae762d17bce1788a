"""The forces that control territory in Syria, and the ONE parser of force phrases.

Every module that reads a force from text (a report's "the area was under the
control of ...", a data file's ``GOV``/``SNA_TURKEY`` column, a user's query)
goes through :func:`parse_force`, so a phrase means the same force
everywhere. Codes are stable: they are written into data files, the API and
exports.

==============  ===============================================================
code            force
==============  ===============================================================
``GOV``         Syrian regime (army, security, allied militias) until 8 Dec 2024
``HTS_OPP``     HTS with armed opposition factions (joint control, one class)
``SNA``         Syrian National Army with Turkish forces
``SDF``         Syrian Democratic Forces
``ISIS``        the Islamic State
``OPP``         other armed opposition (the pre-2018 pockets)
``COALITION``   the US-led coalition (the al-Tanf zone)
``TRANSITIONAL`` the transitional authorities (after 8 Dec 2024)
``LOCAL``       local forces (e.g. the Suwayda Druze factions)
``ISRAEL``      Israeli forces (Golan buffer zone, after 8 Dec 2024)
``UNKNOWN``     not known
==============  ===============================================================

Colours come from the Okabe-Ito and Paul Tol palettes, chosen so that forces
that share a front stay apart for the common colour-vision deficiencies.

>>> parse_force("The area was under the control of Syrian regime forces").code
'GOV'
>>> parse_force("joint control of armed opposition factions and Hay'at Tahrir al-Sham (HTS)").code
'HTS_OPP'
>>> p = parse_force("contested between the SDF and the SNA")
>>> (p.code, p.also, p.contested)
('SDF', ('SNA',), True)
>>> FORCES["SDF"].name
'Syrian Democratic Forces'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .errors import InputError
from .names import is_arabic, normalise

__all__ = [
    "Force", "FORCES", "CODES", "ParsedForce", "UnknownForce", "parse_force", "forces_agree", "get_force",
    "TRANSITION_DATE",
]

# The day the Assad regime fell; from then on "the Syrian government" is the
# transitional authorities, not the regime.
TRANSITION_DATE = dt.date(2024, 12, 8)
MAX_TEXT = 500  # longer "force phrases" are not phrases: refuse rather than scan


@dataclass(frozen=True)
class Force:
    """A controlling force: stable code, display name, short label, map colour."""

    code: str
    name: str
    short: str
    colour: str  # "#RRGGBB"
    description: str = ""

    def to_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "short": self.short,
                "colour": self.colour, "description": self.description}


FORCES: dict[str, Force] = {f.code: f for f in [
    Force("GOV", "Syrian regime forces", "Regime", "#D55E00",
          "Army, security services and allied militias of the Assad government (until 8 Dec 2024)"),
    Force("HTS_OPP", "HTS and armed opposition factions", "HTS + opposition", "#009E73",
          "Joint control of Hay'at Tahrir al-Sham and armed opposition factions (Idlib region)"),
    Force("SNA", "Syrian National Army and Turkish forces", "SNA / Turkey", "#56B4E9",
          "Turkish-backed armed opposition factions with Turkish forces"),
    Force("SDF", "Syrian Democratic Forces", "SDF", "#F0E442",
          "The SDF with the Asayish and allied military councils"),
    Force("ISIS", "Islamic State (ISIS)", "ISIS", "#222222", "Territory held until 23 Mar 2019"),
    Force("OPP", "Armed opposition factions", "Opposition", "#882255",
          "Other armed opposition (the pre-2018 pockets: Daraa, Quneitra, Ghouta, north Homs)"),
    Force("COALITION", "US-led coalition", "Coalition", "#0072B2",
          "The US-led coalition with the Syrian Free Army (the 55-km zone around al-Tanf)"),
    Force("TRANSITIONAL", "Transitional authorities", "Transitional", "#CC79A7",
          "The transitional authorities in Damascus (after 8 Dec 2024)"),
    Force("LOCAL", "Local forces", "Local", "#E69F00",
          "Local armed groups, e.g. the Druze factions of Suwayda"),
    Force("ISRAEL", "Israeli forces", "Israel", "#332288",
          "Israeli forces: the occupied Golan (since 1967) and, from 8 Dec 2024, the buffer "
          "zone and parts of Quneitra"),
    Force("UNKNOWN", "Unknown", "Unknown", "#BBBBBB", "Control not known"),
]}
CODES: tuple[str, ...] = tuple(FORCES)


class UnknownForce(InputError):
    """A force phrase that :func:`parse_force` does not know."""


@dataclass(frozen=True)
class ParsedForce:
    """What a force phrase says.

    ``code`` is the main force (the first named); ``also`` the other forces
    named (shared or contested control); ``contested`` is True when the text
    says the area is contested, disputed or a front line.
    """

    code: str
    contested: bool = False
    text: str = ""
    also: tuple[str, ...] = field(default=())

    @property
    def forces(self) -> tuple[str, ...]:
        return (self.code, *self.also)

    @property
    def force(self) -> Force:
        return FORCES[self.code]

    def to_dict(self) -> dict:
        return {"code": self.code, "also": list(self.also), "contested": self.contested,
                "text": self.text}


# Cues: phrases (written plainly; normalised below with geo.names.normalise,
# the same function applied to the text) -> a raw cue. Raw cues HTS and TURKEY
# and GENERIC_GOV are folded into taxonomy codes by _combine.
_CUES: dict[str, list[str]] = {
    "HTS": [
        "Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham", "Haiat Tahrir al-Sham",
        "Hayyat Tahrir al-Sham", "Tahrir al-Sham", "HTS", "Jabhat al-Nusra", "al-Nusra Front",
        "Nusra Front", "Nusra", "Jabhat Fatah al-Sham", "HTS_OPP", "HTS-OPP",
        "هيئة تحرير الشام", "تحرير الشام", "جبهة النصرة",
    ],
    "SNA": [
        "Syrian National Army", "SNA", "SNA_TURKEY", "SNA-TURKEY", "TFSA",
        "Turkish-backed Free Syrian Army", "Turkish-backed factions", "Turkish-backed opposition",
        "Turkish-backed forces", "Euphrates Shield factions", "الجيش الوطني السوري",
        "الجيش الوطني",
    ],
    "TURKEY": ["Turkey", "TURKEY", "Turkish forces", "Turkish army", "Turkish troops",
               "Turkish", "القوات التركية", "تركيا"],
    "SDF": [
        "Syrian Democratic Forces", "SDF", "YPG", "YPJ", "PYD", "Asayish", "Asayesh",
        "Manbij Military Council", "Autonomous Administration", "Self-Administration",
        "Self Administration", "Self-management forces", "Kurdish forces", "Kurdish-led forces", "Rojava",
        "قوات سوريا الديمقراطية", "قسد", "الإدارة الذاتية",
    ],
    "GOV": [
        "Syrian regime", "Assad regime", "regime forces", "regime", "Assad forces",
        "pro-regime forces", "pro-government forces", "Syrian Arab Army", "SAA", "GOV",
        "Syrian government forces before the fall", "Assad government",
        "النظام السوري", "قوات النظام", "قوات الأسد", "النظام",
    ],
    # Wording that meant the regime before 8 Dec 2024 and the new authorities after.
    "GENERIC_GOV": [
        "Syrian government", "government forces", "Syrian army", "Syrian government forces",
        "the government", "Damascus government", "القوات الحكومية", "الحكومة السورية",
        "الجيش السوري",
    ],
    "ISIS": [
        "ISIS", "ISIL", "Islamic State", "IS fighters", "Daesh", "Daish", "Da'esh",
        "Islamic State in Iraq and the Levant", "Islamic State of Iraq and Syria",
        "داعش", "تنظيم الدولة", "الدولة الإسلامية",
    ],
    "OPP": [
        "armed opposition", "opposition", "OPP", "OPPOSITION", "opposition factions",
        "armed factions", "rebels", "rebel", "rebel groups", "Free Syrian Army", "FSA",
        "National Front for Liberation", "NFL", "Jaysh al-Islam", "Ahrar al-Sham",
        "Southern Front", "المعارضة المسلحة", "المعارضة", "فصائل المعارضة", "الجيش الحر",
    ],
    "COALITION": [
        "US-led coalition", "international coalition", "coalition forces", "coalition",
        "US forces", "American forces", "US army", "Maghawir al-Thawra", "Syrian Free Army",
        "Revolutionary Commando Army", "التحالف الدولي", "القوات الأمريكية",
    ],
    "TRANSITIONAL": [
        "transitional authorities", "transitional authority", "transitional government",
        "current transitional authorities", "new authorities", "new Syrian authorities",
        "caretaker government", "General Security", "General Security Service",
        "Syrian transitional government", "TRANSITIONAL", "Military Operations Command",
        "السلطات الانتقالية", "الحكومة الانتقالية", "الأمن العام", "إدارة العمليات العسكرية",
    ],
    "LOCAL": [
        "local forces", "local factions", "local armed groups", "local gunmen",
        "Druze factions", "Druze fighters", "Druze militias", "Men of Dignity",
        "Rijal al-Karama", "Suwayda Military Council", "local armed factions", "LOCAL",
        "الفصائل المحلية", "رجال الكرامة", "فصائل السويداء",
    ],
    "ISRAEL": ["Israel", "Israeli forces", "Israeli army", "Israeli", "IDF", "ISRAEL",
               "القوات الإسرائيلية", "إسرائيل", "الجيش الإسرائيلي"],
    "UNKNOWN": ["unknown", "UNKNOWN", "NONE", "not known", "unidentified", "غير معروف"],
}
# Words that flag contested control (normalised too).
_CONTESTED = ["contested", "disputed", "front line", "frontline", "front-line", "no man's land",
              "mixed control", "CONTESTED", "متنازع", "خط الجبهة", "خطوط التماس"]
# Words that mark the regime's auxiliaries inside a parenthesis, e.g.
# "Syrian regime forces (army, security, local militias, Shiite foreign militias)".
_PAREN = re.compile(r"\([^()]*\)")


def _norm(text: str) -> str:
    """Normalise Latin and Arabic runs separately (mixed text is common in reports)."""
    text = text.replace("_", " ").replace("+", " + ").replace("/", " / ")
    if not is_arabic(text):
        return normalise(text)
    arabic = re.sub(r"[^\u0600-\u06FF\s]", " ", text)
    latin = re.sub(r"[\u0600-\u06FF]", " ", text)
    return f"{normalise(latin)} | {normalise(arabic)}".strip(" |")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str, int]]:
    out = []
    for cue, phrases in _CUES.items():
        for phrase in phrases:
            key = _norm(phrase)
            if key:
                out.append((re.compile(r"(?<![\w\u0600-\u06FF])" + re.escape(key)
                                       + r"(?![\w\u0600-\u06FF])"), cue, len(key)))
    out.sort(key=lambda p: -p[2])  # longest phrase first, so "Syrian Free Army" beats "army"
    return out


@lru_cache(maxsize=1)
def _contested_patterns() -> list[re.Pattern]:
    return [re.compile(r"(?<![\w\u0600-\u06FF])" + re.escape(_norm(w)) + r"(?![\w\u0600-\u06FF])")
            for w in _CONTESTED]


def _cues(norm: str) -> list[str]:
    """Raw cues in order of appearance; each character is claimed by the longest phrase."""
    taken = [False] * len(norm)
    found: list[tuple[int, str]] = []
    for pattern, cue, _ in _patterns():
        for m in pattern.finditer(norm):
            if any(taken[m.start():m.end()]):
                continue
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
            found.append((m.start(), cue))
    found.sort()
    return [cue for _, cue in found]


def _combine(cues: list[str], date: dt.date | None) -> list[str]:
    """Fold raw cues into taxonomy codes, keeping the order of first mention."""
    have = set(cues)
    out: list[str] = []
    for cue in cues:
        if cue == "HTS":
            code = "HTS_OPP"
        elif cue == "TURKEY":
            code = "SNA"
        elif cue == "GENERIC_GOV":
            code = "TRANSITIONAL" if date is not None and date >= TRANSITION_DATE else "GOV"
        elif cue == "OPP" and ("HTS" in have or "SNA" in have or "TURKEY" in have):
            # "armed opposition factions and HTS" is the joint class; "armed
            # opposition factions/Syrian National Army" is the SNA.
            code = "HTS_OPP" if "HTS" in have else "SNA"
        else:
            code = cue
        if code not in out:
            out.append(code)
    if len(out) > 1 and "UNKNOWN" in out:
        out.remove("UNKNOWN")
    return out


def parse_force(text: str, *, date: dt.date | None = None, source: str | None = None,
                line: int | None = None, field: str | None = None) -> ParsedForce:
    """Map a phrase naming a controlling force to its code.

    Parameters
    ----------
    text : the phrase, e.g. "Syrian regime forces", "the SDF", "SNA_TURKEY",
        "joint control of armed opposition factions and Hay'at Tahrir al-Sham (HTS)".
    date : optional; wording such as "Syrian government forces" means the
        regime before 8 Dec 2024 and the transitional authorities from then on.
    source, line, field : where the phrase came from, for the error message.

    Raises
    ------
    UnknownForce
        When no known force is named.

    Examples
    --------
    >>> parse_force("Assad regime forces").code
    'GOV'
    >>> parse_force("the current transitional authorities in Syria").code
    'TRANSITIONAL'
    >>> parse_force("GOV+SDF").forces
    ('GOV', 'SDF')
    >>> parse_force("government forces", date=dt.date(2025, 1, 5)).code
    'TRANSITIONAL'
    """
    if not isinstance(text, str):
        raise UnknownForce(f"expected a force phrase, got {type(text).__name__}",
                           source=source, line=line, field=field)
    raw = text.strip()
    if not raw:
        raise UnknownForce("empty force; use a code such as GOV, HTS_OPP, SNA, SDF, ISIS or UNKNOWN",
                           source=source, line=line, field=field)
    if len(raw) > MAX_TEXT:
        raise UnknownForce(f"force phrase too long ({len(raw)} characters, at most {MAX_TEXT})",
                           source=source, line=line, field=field)
    if raw.upper() in FORCES:
        return ParsedForce(raw.upper(), False, raw)
    # The text outside parentheses decides; a parenthesis only helps when the
    # rest names nothing ("Syrian regime forces (army, ..., local militias)").
    outer = _norm(_PAREN.sub(" ", raw))
    codes = _combine(_cues(outer), date)
    norm = _norm(raw)
    if not codes:
        codes = _combine(_cues(norm), date)
    if not codes:
        shown = raw if len(raw) <= 80 else raw[:77] + "..."
        raise UnknownForce(
            f"unknown force {shown!r}; known: " + ", ".join(
                f"{c} ({FORCES[c].name})" for c in CODES),
            source=source, line=line, field=field)
    contested = any(p.search(norm) for p in _contested_patterns())
    return ParsedForce(codes[0], contested, raw, tuple(codes[1:]))


def get_force(code: str) -> Force:
    """The :class:`Force` for a code (exact code, any case).

    >>> get_force("sdf").colour
    '#F0E442'
    """
    force = FORCES.get(str(code).strip().upper())
    if force is None:
        raise UnknownForce(f"unknown force code {code!r}; known: {', '.join(CODES)}")
    return force


# "Armed opposition factions" with no other name is the generic phrase for any armed
# opposition: in the Idlib region it means the joint HTS_OPP class, in the Turkish-backed
# areas the SNA's factions. It agrees with either opposition class, never with the others.
GENERIC = {"OPP": {"OPP", "HTS_OPP", "SNA"}}


def forces_agree(computed: tuple[str, ...], stated: tuple[str, ...]) -> bool:
    """Does a control answer (its forces, main first) match a statement's forces?

    >>> forces_agree(("SDF", "GOV"), ("GOV",)), forces_agree(("SNA",), ("SDF",))
    (True, False)
    >>> forces_agree(("HTS_OPP",), ("OPP",)), forces_agree(("GOV",), ("OPP",))
    (True, False)
    """
    if not computed or not stated:
        return False
    if stated[0] in computed or computed[0] in stated:
        return True
    return len(stated) == 1 and computed[0] in GENERIC.get(stated[0], ())
