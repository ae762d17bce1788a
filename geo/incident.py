"""The incident: one event of civilian harm, as SNHR, UCDP and ACLED record it.

An :class:`Incident` carries

* a stable ``id`` (``dataset:source_id``, or a content hash when the source has no id);
* the date with its :class:`~geo.precision.DatePrecision`, ``date_end`` when the source
  gives a span the precision does not imply (UCDP ``date_end``) and, when the death was
  documented later (deaths under torture), ``date_documented``;
* the ``category`` (:data:`CATEGORIES`) and the ``cause`` / weapon (:data:`CAUSES`);
* the ``perpetrator`` party as a code of :data:`PERPETRATORS` and ``perpetrator_text``
  as the source names it (:func:`parse_perpetrator` turns one into the other);
* the victims: ``killed`` (civilians killed, in every dataset), ``children``, ``women``,
  ``injured``; ``deaths_total`` / ``deaths_low`` / ``deaths_high``, all deaths the source
  counts with combatants (UCDP ``best``/``low``/``high``, ACLED ``fatalities``); and optional
  ``victim_names`` / ``injured_names`` (personal data: left out of :meth:`Incident.public`,
  and redacted from the source sentence);
* the place: ``place_text`` and the geocode result (``pcode``, ``level``,
  ``adm1/adm2/adm3_pcode``, ``lon``, ``lat``, ``location_precision``, ``radius_m``);
  :func:`geo.columns.locate_many` attributes P-codes no finer than the precision allows
  (:data:`ADMIN_DEPTH`: none for an event known only to the country);
* control: ``stated_control`` (what the source says, a force code of
  :mod:`geo.force`, with ``stated_control_text`` verbatim) and
  ``computed_control`` (what the control index says at that date, with the
  other forces present in ``computed_forces``); ``control_agrees`` compares them;
* provenance: ``source_title``, ``source_publisher``, ``source_url``,
  ``source_date``, ``source_sentence``, ``dataset``, ``source_id``;
* the event it reports, set by the store when other sources report it too
  (:mod:`geo.linking`): ``event_id`` and ``linked_ids``.

Validation happens on construction and raises :class:`~geo.errors.InputError`
naming the field: impossible coordinates, a point outside Syria's bounding box
(:func:`geo.columns.locate_many` then checks the real boundary with the gazetteer), dates
before 2011-03-01 or in the future, unknown categories / causes /
perpetrators / force codes, negative counts, and ``children + women > killed``
(SNHR counts "women" as adult females, so children and women are disjoint
subsets of the victims; a source that says otherwise is inconsistent).

Example
-------
>>> inc = Incident(date=dt.date(2023, 7, 11), category="landmine", cause="landmine",
...                perpetrator="OTHER_LANDMINE", killed=1, women=1, injured=1,
...                victim_names=["Hanan al-Dreib"], place_text="Tishreen village",
...                lon=40.21, lat=35.07, dataset="snhr", source_id="2023-07#3")
>>> inc.id, inc.public()["victim_names"]
('snhr:2023-07#3', None)
>>> parse_perpetrator("a landmine whose source we have not yet been able to identify").code
'OTHER_LANDMINE'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from .dates import as_date
from .errors import InputError
from .force import FORCES, TRANSITION_DATE
from .precision import RADIUS_M, DatePrecision, LocationPrecision
from .tabular import hxl_key

__all__ = [
    "Incident",
    "CATEGORIES",
    "CAUSES",
    "PERPETRATORS",
    "Perpetrator",
    "ParsedPerpetrator",
    "UnknownPerpetrator",
    "parse_perpetrator",
    "parse_category",
    "parse_cause",
    "control_agrees",
    "place_codes",
    "PLACED",
    "admin_depth",
    "ADMIN_DEPTH",
    "make_id",
    "FIRST_DATE",
    "SYRIA_BBOX",
    "FIELDS",
    "HXL_TAGS",
    "hxl_key",
    "redact",
]

# The conflict's first documented killings of protesters: nothing earlier belongs here.
FIRST_DATE = dt.date(2011, 3, 1)
# Syria's extent with a margin of ~0.2 degrees (west, south, east, north). A
# point outside it is rejected at once; inside it, locate_many checks the real
# boundary with the gazetteer.
SYRIA_BBOX = (35.5, 32.1, 42.6, 37.6)
MASSACRE_MIN_KILLED = 5  # SNHR: "no fewer than five peaceful individuals killed"

# -- categories -----------------------------------------------------------------------------
CATEGORIES: dict[str, str] = {
    "killing": "Killing",
    "landmine": "Landmine or explosive remnant of war",
    "massacre": "Massacre (five or more peaceful individuals killed in one incident)",
    "torture": "Death under torture",
}
_CATEGORY_ALIASES = {
    "killing": "killing", "killed": "killing", "kill": "killing", "death": "killing",
    "landmine": "landmine", "landmines": "landmine", "mine": "landmine",
    "explosive remnant": "landmine", "explosive remnants": "landmine", "erw": "landmine",
    "uxo": "landmine", "landmine or explosive remnant": "landmine",
    "massacre": "massacre", "massacres": "massacre",
    "torture": "torture", "death under torture": "torture", "died under torture": "torture",
    "death due to torture": "torture", "died due to torture": "torture",
}


def parse_category(text: str, *, source: str | None = None, line: int | None = None,
                   field_name: str = "category") -> str:
    """A category code from its code or a common wording.

    >>> parse_category("Death under torture"), parse_category("explosive remnant")
    ('torture', 'landmine')
    """
    key = re.sub(r"\s+", " ", str(text or "").strip().lower().replace("_", " ").replace("-", " "))
    try:
        return _CATEGORY_ALIASES[key]
    except KeyError:
        raise InputError(f"unknown category {text!r}; use one of {', '.join(CATEGORIES)}",
                         source=source, line=line, field=field_name) from None


# -- causes ---------------------------------------------------------------------------------
# code -> label. The vocabulary of weapons and causes the reports use.
CAUSES: dict[str, str] = {
    "shelling": "Shelling (artillery, mortar, rocket launcher)",
    "airstrike": "Airstrike (warplane, helicopter, barrel bomb)",
    "drone": "Drone strike",
    "missile": "Missile (ballistic, guided or cruise)",
    "anti-armour rocket": "Anti-armour rocket (ATGM)",
    "gunfire": "Gunfire (shooting, sniper, crossfire)",
    "car bomb": "Car bomb (VBIED)",
    "IED": "Improvised explosive device",
    "suicide attack": "Suicide attack",
    "explosion": "Explosion of unidentified kind",
    "landmine": "Landmine",
    "explosive remnant": "Explosive remnant of war (unexploded ordnance, cluster submunition)",
    "torture": "Torture in detention",
    "stabbing": "Stabbing or beating",
    "execution": "Execution",
    "other": "Other",
}
# Checked in order: the first pattern found in the text decides. More specific first.
_CAUSE_PATTERNS: list[tuple[str, str]] = [
    ("torture", r"tortur"),
    ("anti-armour rocket", r"anti[- ]?(?:armou?r|tank)|\batgm\b|guided (?:anti|rocket)"),
    ("car bomb", r"car[- ]bomb|vehicle[- ]borne|\bvbied\b|booby[- ]trapped (?:car|vehicle|motorcycle)"),
    ("suicide attack", r"suicide"),
    ("IED", r"\bied\b|improvised explosive|explosive device|booby[- ]trap"),
    ("landmine", r"land ?mine|\bmine\b|ميني?ه|لغم"),
    ("explosive remnant", r"remnant|unexploded|\buxo\b|\berw\b|cluster (?:munition|submunition|bomb)|ordnance|"
                          r"left ?over|left behind"),
    ("drone", r"drone|\buav\b|مسيّ?ره"),
    ("missile", r"missile|ballistic|صاروخ"),
    ("airstrike", r"air ?strike|air raid|warplane|aircraft|helicopter|barrel bomb|aerial|bombing raid|قصف جوي|طيران"),
    ("shelling", r"shell|artillery|mortar|rocket|bombard|قذيف|قصف مدفعي"),
    ("gunfire", r"gun|shot|shoot|sniper|bullet|crossfire|fire[ds]? at|firearm|رصاص|قنص|مسلحون|مسلحين|مسلحان"),
    ("execution", r"execut"),
    ("stabbing", r"stab|beat(?:en|ing)|knife"),
    ("explosion", r"explo|blast|bomb|تفجير|انفجار"),
]
_CAUSE_KEYS = {c.lower(): c for c in CAUSES} | {
    "ied": "IED", "anti-armor rocket": "anti-armour rocket", "air strike": "airstrike",
    "car-bomb": "car bomb", "vbied": "car bomb", "erw": "explosive remnant", "uxo": "explosive remnant",
}


def parse_cause(text: str | None, *, strict: bool = False, source: str | None = None,
                line: int | None = None, field_name: str = "cause") -> str | None:
    """The cause code for a wording (``None`` for empty text).

    With ``strict`` an unrecognised wording is an :class:`InputError`; otherwise it is ``"other"``.

    >>> parse_cause("artillery shelling"), parse_cause("shot dead by gunmen")
    ('shelling', 'gunfire')
    >>> parse_cause("an anti-armor rocket"), parse_cause("IED")
    ('anti-armour rocket', 'IED')
    """
    raw = str(text or "").strip()
    if not raw:
        return None
    key = raw.lower()
    if key in _CAUSE_KEYS:
        return _CAUSE_KEYS[key]
    for code, pattern in _CAUSE_PATTERNS:
        if re.search(pattern, key):
            return code
    if strict:
        raise InputError(f"unknown cause {raw!r}; use one of {', '.join(CAUSES)}",
                         source=source, line=line, field=field_name)
    return "other"


# -- perpetrators ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Perpetrator:
    """A party SNHR's tallies name: ``group`` is "main" or "other" (SNHR's two headings)."""

    code: str
    name: str
    group: str


PERPETRATORS: dict[str, Perpetrator] = {p.code: p for p in (
    Perpetrator("REGIME", "Syrian regime forces (army, security, local and foreign militias)", "main"),
    Perpetrator("RUSSIA", "Russian forces", "main"),
    Perpetrator("OPP_SNA", "Armed opposition factions / Syrian National Army (SNA)", "main"),
    Perpetrator("SDF", "Syrian Democratic Forces (SDF)", "main"),
    Perpetrator("COALITION", "International coalition forces", "main"),
    Perpetrator("HTS", "Hay'at Tahrir al-Sham (HTS)", "main"),
    Perpetrator("ISIS", "ISIS (the so-called Islamic State)", "main"),
    Perpetrator("TRANSITIONAL", "Forces of the transitional authorities (from 8 Dec 2024)", "main"),
    Perpetrator("LOCAL", "Local armed factions (e.g. in Suwayda)", "main"),
    Perpetrator("TURKEY", "Turkish forces", "other"),
    Perpetrator("JORDAN", "Jordanian forces", "other"),
    Perpetrator("ISRAEL", "Israeli forces", "other"),
    Perpetrator("OTHER_LANDMINE", "Other parties: landmines of unidentified source", "other"),
    Perpetrator("OTHER_GUNFIRE", "Other parties: gunfire of unidentified source", "other"),
    Perpetrator("OTHER_BOMBING", "Other parties: bombings of unidentified source", "other"),
    Perpetrator("OTHER_UNIDENTIFIED", "Other parties: killings by unidentified parties", "other"),
    Perpetrator("OTHER", "Other parties", "other"),
)}


class UnknownPerpetrator(InputError):
    """A perpetrator wording that names no known party."""


@dataclass(frozen=True)
class ParsedPerpetrator:
    """The party a text names (``code``), the others it names jointly (``also``), the text."""

    code: str
    also: tuple[str, ...]
    text: str

    @property
    def name(self) -> str:
        return PERPETRATORS[self.code].name


_UNIDENTIFIED = (r"unidentified|not (?:yet )?(?:been )?(?:able|possible) to identify|unknown (?:source|"
                 r"part|gunm|assail|perpetrat|attack)|unable to identify|source we have not|"
                 r"could not (?:be )?identif|\bunnamed\b|without identifying|مجهول|لم نتمكن|لم يتمكن|لم تتمكن|لم تستطع|لم نستطع|لم يُ?حدد|لم تُ?حدد|لم تسمها|"
                 # ("جهات لم تتمكن الشبكة من تحديدها": the network could not identify them)
                 # ("جهات لم يتم تحديدها": not identified, in the passive; round 16, test batch, ar-2025-08-monthly-16,
                 # after its measurement)
                 r"لم\s+يتم\s+(?:تحديد|التعرف)|غير معروف")
# Named parties: (code, pattern). Searched everywhere in the text; the earliest match is
# the perpetrator, the others are "also".
_PARTY_PATTERNS: list[tuple[str, str]] = [
    ("RUSSIA", r"\brussia|روسي"),
    # "the international anti-ISIS forces": the coalition that fights ISIS, never ISIS
    ("COALITION", r"coalition|\bus[- ]led\b|united states|\bu\.?s\.? forces|american|anti[- ]is(?:is|il)\b|"
                  r"against (?:isis|isil|daesh)\b|التحالف"),
    ("HTS", r"tahrir al[- ]sham|\bhts\b|hay.?at tahrir|jabhat (?:fateh|fatah|al[- ])?(?:al[- ])?(?:sham|nusra)|"
            # ("جبهة فتح الشام": its 2016-2017 name in Arabic; round 13, test batch, ar-2016-10-press-13)
            r"fateh al[- ]sham|nusra|هيئة تحرير الشام|النصرة|فتح الشام"),
    ("ISIS", r"(?<!anti-)(?<!anti )(?<!against )\bisis\b|(?<!anti-)(?<!anti )(?<!against )\bisil\b|\bdaesh\b|\bdaish\b|islamic state|\bis\b(?! (?:a|an|the|not|under|in|"
             r"located|controlled)\b)|داعش|تنظيم الدولة"),
    ("SDF", r"\bsdf\b|\bqsd\b|syrian democratic|\bypg\b|\bpyd\b|\bpkk\b|\bypj\b|asayish|kurdish|قسد|سوريا الديمقراطية|"
            r"ب ي د|الإدارة الذاتية|الكردية|وحدات حماية الشعب|"
            # the other spellings: "الديموقراطية", the YPG and the PKK in Arabic letters ("ي ب ك / بي كا كا"), the
            # PYD by its name ("حزب الاتحاد الديمقراطي")
            r"سوريا الديموقراطية|(?<![\u0621-\u064a])ي ب ك(?![\u0621-\u064a])|بي كا كا|الاتحاد الديمقراطي|"
            # "ميليشيات الحماية", "وحدات الحماية": the (People's) Protection Units, SNHR's 2014-2019 name for the YPG
            r"(?:ميليشيات|ميليشيا|مليشيات|وحدات)\s+الحماية"),
    ("TRANSITIONAL", r"transitional|general security|public security|ministry of defen[cs]e|"
                     r"military operations command|interim government|current authorities|"
                     r"الأمن العام|الانتقالية|وزارة الدفاع"),
    ("LOCAL", r"druze|local (?:armed )?(?:factions|groups|gunmen|forces)|men of dignity|"
              r"rijal al[- ]karama|suwayda military council|الفصائل المحلية|رجال الكرامة"),
    ("TURKEY", r"turk|تركي"),
    ("JORDAN", r"jordan|أردن|اردن"),
    ("ISRAEL", r"israel|إسرائيل|اسرائيل"),
    # ("the revolutionary factions": the opposition press's name for the armed opposition)
    ("OPP_SNA", r"opposition|\bsna\b|(?:syrian )?national army|free syrian|\bfsa\b|insurgent|rebel|"
                r"revolutionary factions?|"
                r"national front for liberation|ahrar al[- ]sh|jaysh al[- ]islam|sham legion|faylaq|"
                r"rahman corps|nour al[- ]din|zenki|southern front|liberation front|operations room|"
                r"fatah halab|division|brigade|legion|liwa|jaysh|hamza|sultan murad|levant front|"
                r"jabha al[- ]sham|fistaqim|humat al|qawim|jund al|furqan|ajnad|ahrar al|"
                r"المعارضة|الجيش الوطني|"
                # ("أن فصائل معارضة ارتكبت مجزرة واحدة": factions "of an opposition", the name without its article)
                r"فصائل\s+(?:مسلحة\s+)?معارضة|"
                # "معتقلات الفصائل الثورية": the revolutionary (opposition) factions, a 2012-2016 name
                r"الفصائل الثورية|فصائل الثوار|كتائب الثوار"),
    ("REGIME", r"regime|\bassad\b|government of syria|forces of syria|syrian (?:army|government|arab army|forces)|"
               r"pro[- ]government|pro[- ]regime|hezbollah|hizbollah|iran|national defen[cs]e|"
               r"\bndf\b|militia|shabiha|النظام|الحكومة السورية|قوات الحكومة|القوات الحكومية|الأسد|الاسد|"
               # ("برصاص الأمن السوري", 2012: the Syrian security forces; after 8 Dec 2024 :func:`_in_its_time` makes
               # them the transitional authorities'; round 32, test batch, ar-2012-07-daily-32, after its measurement)
               r"الأمن السوري|قوات الأمن السورية|"
               r"الميليشيات الموالية"),
]
_PARTY_RE = [(code, re.compile(p, re.IGNORECASE)) for code, p in _PARTY_PATTERNS]
_LAM_ALEF = re.compile("[\ufef5-\ufefc]")


def _in_its_time(parsed: ParsedPerpetrator, date: dt.date | None) -> ParsedPerpetrator:
    """From 8 Dec 2024 "Syrian government forces" are the transitional authorities'.

    Wording that names the old regime itself ("Assad regime remnants") stays REGIME.
    """
    if (parsed.code == "REGIME" and date is not None and date >= TRANSITION_DATE
            and not re.search(r"regime|assad|former|ousted|remnant|النظام|الأسد", parsed.text, re.I)):
        return ParsedPerpetrator("TRANSITIONAL", parsed.also, parsed.text)
    return parsed


def parse_perpetrator(text: str, *, cause: str | None = None, date: dt.date | None = None,
                      source: str | None = None, line: int | None = None,
                      field_name: str = "perpetrator") -> ParsedPerpetrator:
    """The perpetrator party a text names, as reports and datasets write it.

    Codes are the keys of :data:`PERPETRATORS` (the code itself is accepted too).
    "Other parties" are split as SNHR splits them: landmines, gunfire,
    bombings and killings of unidentified source; ``cause`` (a :data:`CAUSES`
    code or wording) decides which when the text itself does not say. Raises
    :class:`UnknownPerpetrator` (an :class:`InputError`) when no party is named.

    >>> parse_perpetrator("Syrian regime forces").code
    'REGIME'
    >>> parse_perpetrator("all armed opposition factions/SNA").code
    'OPP_SNA'
    >>> parse_perpetrator("gunmen we have not yet been able to identify").code
    'OTHER_GUNFIRE'
    >>> p = parse_perpetrator("Syrian regime and Russian forces"); p.code, p.also
    ('REGIME', ('RUSSIA',))
    >>> parse_perpetrator("Syrian government forces", date=dt.date(2025, 3, 7)).code
    'TRANSITIONAL'
    """
    return _in_its_time(_parse_perpetrator(text, cause=cause, source=source, line=line,
                                           field_name=field_name), date)


def _parse_perpetrator(text: str, *, cause: str | None, source: str | None, line: int | None,
                       field_name: str) -> ParsedPerpetrator:
    # "سلطة اﻷسد": the lam-alef ligatures of Arabic presentation forms (U+FEF5-U+FEFC), which
    # some sites print, are the two letters "لأ", "لا" ... the patterns spell
    raw = _LAM_ALEF.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), str(text or "")).strip()
    if not raw:
        raise UnknownPerpetrator("no perpetrator given", source=source, line=line, field=field_name)
    if raw.upper() in PERPETRATORS:
        return ParsedPerpetrator(raw.upper(), (), raw)
    low = raw.lower()
    hint = parse_cause(cause) if cause else None
    found: list[tuple[int, str]] = []
    for code, rx in _PARTY_RE:
        m = rx.search(low)
        if m:
            found.append((m.start(), code))
    unidentified = re.search(_UNIDENTIFIED, low) is not None
    if found and not unidentified:
        found.sort()
        codes = [c for _, c in found]
        return ParsedPerpetrator(codes[0], tuple(dict.fromkeys(codes[1:])), raw)
    # ("miscellaneous parties": a press restatement's word for SNHR's "other parties")
    if unidentified or re.search(r"other part|\bothers?\b|miscellaneous part|"
                                 r"(?:ال)?(?:جهات|أطراف)\s+(?:ال)?أخرى", low):
        cause = parse_cause(low)
        if cause in (None, "other") and hint:
            cause = hint
        if cause in ("landmine", "explosive remnant"):
            return ParsedPerpetrator("OTHER_LANDMINE", (), raw)
        if cause in ("gunfire", "execution", "stabbing"):
            return ParsedPerpetrator("OTHER_GUNFIRE", (), raw)
        if cause in ("car bomb", "IED", "suicide attack", "explosion", "airstrike", "shelling",
                     "drone", "missile"):
            return ParsedPerpetrator("OTHER_BOMBING", (), raw)
        if unidentified:
            return ParsedPerpetrator("OTHER_UNIDENTIFIED", (), raw)
        return ParsedPerpetrator("OTHER", (), raw)
    # Words that alone say "of unknown source": landmines, gunmen, explosions.
    cause = parse_cause(low)
    if cause in ("landmine", "explosive remnant"):
        return ParsedPerpetrator("OTHER_LANDMINE", (), raw)
    if re.search(r"gunm[ae]n", low):
        return ParsedPerpetrator("OTHER_GUNFIRE", (), raw)
    if re.search(r"\bclan\b|tribe|tribal|government of|forces of", low):
        return ParsedPerpetrator("OTHER", (), raw)
    raise UnknownPerpetrator(
        f"unknown perpetrator {raw!r}; name a party (e.g. 'Syrian regime forces', 'Russian forces', "
        f"'SNA', 'SDF', 'international coalition', 'HTS', 'ISIS', 'Turkish forces', 'Jordanian "
        f"forces') or 'other parties', or use a code: {', '.join(PERPETRATORS)}",
        source=source, line=line, field=field_name)


# -- forces (control) -----------------------------------------------------------------------
# The force codes of docs/design.md; geo.force.FORCES is used when it exists.


@functools.lru_cache(maxsize=1)
def force_codes() -> frozenset[str]:
    """The force codes of :mod:`geo.force`."""
    return frozenset(FORCES)


def control_agrees(stated: str | None, computed: str | None,
                   computed_forces: Sequence[str] = ()) -> bool | None:
    """Whether the control a source states matches the index: ``None`` if either is unknown.

    A stated force agrees when it is the computed force or one of the forces the
    index records as present (contested or shared areas).

    >>> control_agrees("GOV", "GOV"), control_agrees("SDF", "GOV", ("GOV", "SDF")), control_agrees(None, "GOV")
    (True, True, None)
    """
    if not stated or not computed or stated == "UNKNOWN" or computed == "UNKNOWN":
        return None
    return stated == computed or stated in tuple(computed_forces or ())


# -- the model ------------------------------------------------------------------------------
def make_id(dataset: str | None, source_id: str | None = None, content: Iterable[Any] = ()) -> str:
    """The stable id: ``dataset:source_id``, else ``dataset:h`` + a hash of the content.

    >>> make_id("ucdp", "214797"), make_id("snhr", None, ["2023-07-11", "Tishreen"])[:6]
    ('ucdp:214797', 'snhr:h')
    """
    ds = (dataset or "local").strip() or "local"
    if source_id not in (None, ""):
        return f"{ds}:{source_id}"
    h = hashlib.sha1(json.dumps([str(c) for c in content], ensure_ascii=False).encode("utf-8"))
    return f"{ds}:h{h.hexdigest()[:16]}"


def _today() -> dt.date:
    # UTC+14 is the furthest ahead any clock is: a date that is "today" somewhere is not future.
    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=14)).date()


# No incident of this war killed or injured more; a larger number is a typo or an attack on
# the store (SQLite integers end at 2**63).
MAX_COUNT = 100_000


def _as_count(value: Any, name: str, required: bool = False, most: int = MAX_COUNT) -> int | None:
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        if required:
            raise InputError("a count is required", field=name)
        return None
    if isinstance(value, bool):
        raise InputError(f"not a count: {value!r}", field=name)
    try:
        f = float(value)
    except (TypeError, ValueError):
        raise InputError(f"not a whole number: {value!r}", field=name) from None
    if not math.isfinite(f) or f != int(f):
        raise InputError(f"not a whole number: {value!r}", field=name)
    if f < 0:
        raise InputError(f"a count cannot be negative: {value!r}", field=name)
    if f > most:
        raise InputError(f"implausibly large: {value!r} (at most {most:,})", field=name)
    return int(f)


def _as_float(value: Any, name: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        raise InputError(f"not a number: {value!r}", field=name) from None
    if math.isnan(f):
        return None
    if not math.isfinite(f):
        raise InputError(f"not a finite number: {value!r}", field=name)
    return f


def _as_text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value)
    return text if text.strip() else None


# -- the rules of an incident ---------------------------------------------------------------
# Each rule normalises a few fields from their raw values and checks them, raising InputError
# naming the field. Incident.validate applies RULES in order to one incident; geo.columns
# applies each rule once per distinct combination of its fields over a whole table, so a
# million rows cost what their distinct values cost (the rules are the same code).


def _dates_rule(date, date_documented, date_end, source_date, date_precision):
    date = as_date(date, "date", required=True)
    date_documented = as_date(date_documented, "date_documented")
    date_end = as_date(date_end, "date_end")
    source_date = as_date(source_date, "source_date")
    today = _today()
    for name, value in (("date", date), ("date_documented", date_documented),
                        ("date_end", date_end)):
        if value is None:
            continue
        if value < FIRST_DATE:
            raise InputError(f"{value} is before {FIRST_DATE}, the start of the period this "
                             f"project records", field=name)
        if value > today:
            raise InputError(f"{value} is in the future", field=name)
    if date_documented is not None and date_documented < date:
        raise InputError(f"documented on {date_documented}, before the incident date {date}",
                         field="date_documented")
    try:
        date_precision = DatePrecision.parse(date_precision or "day")
    except ValueError as exc:
        raise InputError(str(exc), field="date_precision") from None
    if date_end is not None:
        if date_end < date:
            raise InputError(f"the span ends on {date_end}, before it starts ({date})",
                             field="date_end")
        # Kept only when it says more than the precision does: one way to write each span.
        if (date, date_end) == date_precision.interval(date):
            date_end = None
    return date, date_documented, date_end, source_date, date_precision


def _category_rule(category):
    return (parse_category(category),)


def _cause_rule(cause):
    cause = _as_text(cause)
    return (parse_cause(cause, strict=True) if cause else None,)


def _perpetrator_rule(perpetrator, perpetrator_text, date):
    ptext = _as_text(perpetrator_text)
    pcode = _as_text(perpetrator)
    if pcode:
        if pcode.upper() in PERPETRATORS:
            # An explicit code is kept, unless the source's own words say who it was.
            code = pcode.upper() if not ptext else _in_its_time(
                ParsedPerpetrator(pcode.upper(), (), ptext), date).code
        else:  # a wording: keep it and parse it
            ptext = ptext or pcode
            code = parse_perpetrator(pcode, date=date).code
    elif ptext:
        code = parse_perpetrator(ptext, date=date).code
    else:
        code = None
    return code, ptext


def _counts_rule(killed, children, women, injured, deaths_total, deaths_low, deaths_high,
                 category):
    killed = _as_count(killed, "killed", required=True)
    children, women, injured, deaths_total, deaths_low, deaths_high = (
        _as_count(v, name) for v, name in ((children, "children"), (women, "women"),
                                           (injured, "injured"), (deaths_total, "deaths_total"),
                                           (deaths_low, "deaths_low"), (deaths_high, "deaths_high")))
    if deaths_total is not None and killed > deaths_total:
        raise InputError(f"civilians killed ({killed}) exceed all deaths "
                         f"(deaths_total {deaths_total})", field="killed")
    if (children or 0) + (women or 0) > killed:
        raise InputError(f"children ({children or 0}) + women ({women or 0}) exceed "
                         f"killed ({killed}); children and adult women are disjoint "
                         f"subsets of the victims", field="killed")
    if category == "massacre" and killed < MASSACRE_MIN_KILLED:
        raise InputError(f"a massacre is an incident in which at least {MASSACRE_MIN_KILLED} "
                         f"peaceful individuals were killed, not {killed}", field="category")
    return killed, children, women, injured, deaths_total, deaths_low, deaths_high


def _names_rule(names):
    if isinstance(names, str):
        names = re.split(r"\s*[;\n]\s*", names)
    return (tuple(str(n).strip() for n in (names or ()) if str(n).strip()),)


def _point_rule(lon, lat):
    lon = _as_float(lon, "lon")
    lat = _as_float(lat, "lat")
    if (lon is None) != (lat is None):
        raise InputError("give both lon and lat, or neither", field="lon" if lon is None else "lat")
    if lat is not None:
        if not -90 <= lat <= 90:
            raise InputError(f"impossible latitude {lat} (must be -90..90)", field="lat")
        if not -180 <= lon <= 180:
            raise InputError(f"impossible longitude {lon} (must be -180..180)", field="lon")
        w, s, e, n = SYRIA_BBOX
        if not (w <= lon <= e and s <= lat <= n):
            raise InputError(f"({lat}, {lon}) is outside Syria (lat {s}..{n}, lon {w}..{e})",
                             field="lat" if not s <= lat <= n else "lon")
    return lon, lat


def _points_in_syria(lon, lat):
    """The point rule for a whole column of text: which rows it vouches for, and their values.

    A row both of whose values read as numbers inside :data:`SYRIA_BBOX` passes
    :func:`_point_rule` with exactly these floats; the others go through the rule itself.
    """
    import numpy as np  # noqa: PLC0415 (numpy only for tables)

    def numbers(values):
        out = np.full(len(values), np.nan)
        for i, v in enumerate(values):
            if v.__class__ is str:
                try:
                    out[i] = float(v)
                except ValueError:
                    pass
        return out

    lons, lats = numbers(lon), numbers(lat)
    w, s, e, n = SYRIA_BBOX
    ok = (lons >= w) & (lons <= e) & (lats >= s) & (lats <= n)
    return ok, (lons[ok], lats[ok])


def _location_rule(location_precision, radius_m):
    lp = location_precision
    if lp is not None and not isinstance(lp, LocationPrecision):
        try:
            lp = (LocationPrecision[lp.strip().upper()] if isinstance(lp, str)
                  and not lp.strip().isdigit() else LocationPrecision(int(lp)))
        except (KeyError, ValueError):
            raise InputError(f"unknown location precision {location_precision!r}; use 1-6 or "
                             f"{', '.join(p.name.lower() for p in LocationPrecision)}",
                             field="location_precision") from None
    radius_m = _as_count(radius_m, "radius_m", most=1_000_000)  # 1,000 km: all Syria
    if radius_m is None and lp is not None:
        radius_m = RADIUS_M[lp]
    return lp, radius_m


def _control_rule(stated_control, stated_control_text, computed_control, computed_forces, date):
    known = force_codes()
    codes = {}
    for name, code in (("stated_control", stated_control), ("computed_control", computed_control)):
        code = _as_text(code)
        if code is not None and code.strip().upper() not in known:
            if name == "computed_control":
                raise InputError(f"unknown force code {code!r}; use one of "
                                 f"{', '.join(sorted(known))}", field=name)
            # A phrase as the source wrote it ("joint control of armed opposition
            # factions and HTS"): the ONE force parser decides, the phrase is kept.
            from .force import parse_force  # noqa: PLC0415

            stated_control_text = _as_text(stated_control_text) or code
            code = parse_force(code, date=date, field=name).code
        codes[name] = code.strip().upper() if code else None
    forces = computed_forces
    if isinstance(forces, str):
        forces = [f for f in re.split(r"[;,\s]+", forces) if f]
    forces = tuple(str(f).strip().upper() for f in (forces or ()))
    for f in forces:
        if f not in known:
            raise InputError(f"unknown force code {f!r}", field="computed_forces")
    return codes["stated_control"], stated_control_text, codes["computed_control"], forces


def texts_kept(values):
    """For a rule that keeps text with something in it and None as they are: the rows of a
    column it vouches for (those) and their values, for :class:`Rule` ``many``."""
    import numpy as np  # noqa: PLC0415 (numpy only for tables)

    ok = np.array([v is None or (v.__class__ is str and v != "" and not v.isspace())
                   for v in values.tolist()], dtype=bool)
    return ok, (values[ok],)


def _text_rule(value):
    return (_as_text(value),)


def _url_rule(source_url):
    if source_url and not re.match(r"^(https?|ftp)://", source_url, re.IGNORECASE):
        # A javascript: or data: URL in a source link is an attack, not a citation.
        raise InputError(f"source URL must start with http:// or https://: {source_url!r}",
                         field="source_url")
    return (source_url,)


def _event_rule(event_id, linked_ids):
    if isinstance(linked_ids, str):
        linked_ids = [x for x in linked_ids.split(";") if x]
    return _as_text(event_id), tuple(str(x) for x in (linked_ids or ()))


def _dataset_rule(dataset):
    return ((_as_text(dataset) or "local").strip(),)


def _source_id_rule(sid):
    return (None if sid is None or (isinstance(sid, float) and math.isnan(sid)) or str(sid) == ""
            else (str(int(sid)) if isinstance(sid, float) and sid.is_integer() else str(sid)),)


# The fields an id made from the content hashes (when the source gives no id).
CONTENT_KEY = ("date", "date_precision", "category", "cause", "perpetrator", "killed", "children",
               "women", "injured", "place_text", "lon", "lat", "source_url", "source_sentence")


def _id_rule(id, dataset, source_id, *content):
    if _as_text(id):
        return (str(id),)
    content = list(content)
    content[1] = content[1].value  # the date precision's code
    return (make_id(dataset, source_id, content),)


def _ids_given(id, dataset, source_id, *content):
    """The id rule for a whole column: rows with an id, or a source id, need no content hash."""
    import numpy as np  # noqa: PLC0415

    out = np.empty(len(id), dtype=object)
    ok = np.zeros(len(id), dtype=bool)
    for i, (given, ds, sid) in enumerate(zip(id, dataset, source_id)):
        if given.__class__ is str and given.strip():
            out[i], ok[i] = given, True
        elif sid is not None and sid != "":
            out[i], ok[i] = f"{ds}:{sid}", True
    return ok, (out[ok],)


@dataclass(frozen=True)
class Rule:
    """A rule of :class:`Incident`: ``outputs = fn(*inputs)`` (field names), raising InputError.

    ``many`` (optional) is the same rule over arrays of values (each input's value in each
    distinct combination): ``(mask, outputs)``, the combinations it vouches for and their
    values; :mod:`geo.columns` passes the others to ``fn``.
    """

    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    fn: Any
    many: Any = None


_TEXT_FIELDS = ("place_text", "pcode", "level", "adm1_pcode", "adm2_pcode", "adm3_pcode",
                "stated_control_text", "source_title", "source_publisher", "source_url",
                "source_sentence", "notes")
RULES: tuple[Rule, ...] = (
    Rule(("date", "date_documented", "date_end", "source_date", "date_precision"),
         ("date", "date_documented", "date_end", "source_date", "date_precision"), _dates_rule),
    Rule(("category",), ("category",), _category_rule),
    Rule(("cause",), ("cause",), _cause_rule),
    Rule(("perpetrator", "perpetrator_text", "date"), ("perpetrator", "perpetrator_text"),
         _perpetrator_rule),
    Rule(("killed", "children", "women", "injured", "deaths_total", "deaths_low", "deaths_high",
          "category"),
         ("killed", "children", "women", "injured", "deaths_total", "deaths_low", "deaths_high"),
         _counts_rule),
    Rule(("victim_names",), ("victim_names",), _names_rule),
    Rule(("injured_names",), ("injured_names",), _names_rule),
    Rule(("lon", "lat"), ("lon", "lat"), _point_rule, _points_in_syria),
    Rule(("location_precision", "radius_m"), ("location_precision", "radius_m"), _location_rule),
    Rule(("stated_control", "stated_control_text", "computed_control", "computed_forces", "date"),
         ("stated_control", "stated_control_text", "computed_control", "computed_forces"),
         _control_rule),
    *(Rule((f,), (f,), _text_rule, texts_kept) for f in _TEXT_FIELDS),
    Rule(("source_url",), ("source_url",), _url_rule),
    Rule(("event_id", "linked_ids"), ("event_id", "linked_ids"), _event_rule),
    Rule(("dataset",), ("dataset",), _dataset_rule),
    Rule(("source_id",), ("source_id",), _source_id_rule, texts_kept),
    Rule(("id", "dataset", "source_id", *CONTENT_KEY), ("id",), _id_rule, _ids_given),
)


@dataclass(kw_only=True)
class Incident:
    """One incident. Construction validates and normalises every field (see the module doc)."""

    id: str | None = None
    date: dt.date
    category: str = "killing"
    killed: int = 0
    date_precision: DatePrecision = DatePrecision.DAY
    date_documented: dt.date | None = None
    date_end: dt.date | None = None
    cause: str | None = None
    perpetrator: str | None = None
    perpetrator_text: str | None = None
    children: int | None = None
    women: int | None = None
    injured: int | None = None
    deaths_total: int | None = None
    deaths_low: int | None = None
    deaths_high: int | None = None
    victim_names: tuple[str, ...] = ()
    injured_names: tuple[str, ...] = ()
    place_text: str | None = None
    pcode: str | None = None
    level: str | None = None
    adm1_pcode: str | None = None
    adm2_pcode: str | None = None
    adm3_pcode: str | None = None
    lon: float | None = None
    lat: float | None = None
    location_precision: LocationPrecision | None = None
    radius_m: int | None = None
    stated_control: str | None = None
    stated_control_text: str | None = None
    computed_control: str | None = None
    computed_forces: tuple[str, ...] = ()
    source_title: str | None = None
    source_publisher: str | None = None
    source_url: str | None = None
    source_date: dt.date | None = None
    source_sentence: str | None = None
    dataset: str = "local"
    source_id: str | None = None
    notes: str | None = None
    # Set by the store (geo.linking): the record standing for the event this record reports
    # (None: linked to no other source's record) and the other records of that event.
    # Ignored on write: the store links records itself.
    event_id: str | None = None
    linked_ids: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.validate()

    # -- validation ---------------------------------------------------------------------
    def validate(self) -> "Incident":
        """Normalise types and check every rule (:data:`RULES`); raise InputError naming the field."""
        for rule in RULES:
            values = rule.fn(*(getattr(self, f) for f in rule.inputs))
            for name, value in zip(rule.outputs, values):
                setattr(self, name, value)
        return self

    # -- derived ------------------------------------------------------------------------
    @property
    def control_agrees(self) -> bool | None:
        return control_agrees(self.stated_control, self.computed_control, self.computed_forces)

    @property
    def date_interval(self) -> tuple[dt.date, dt.date]:
        """The first and last day the incident may have happened: ``date`` .. ``date_end`` when
        the source gives a span, else the interval the date precision allows.

        >>> Incident(date="2016-01-11", date_end="2016-01-25", date_precision="month").date_interval
        (datetime.date(2016, 1, 11), datetime.date(2016, 1, 25))
        >>> Incident(date="2016-01-01", date_precision="year").date_interval
        (datetime.date(2016, 1, 1), datetime.date(2016, 12, 31))
        """
        if self.date_end is not None:
            return self.date, self.date_end
        return self.date_precision.interval(self.date)

    @property
    def is_massacre(self) -> bool:
        """SNHR's rule, whatever the category says: five or more killed in one incident."""
        return self.killed >= MASSACRE_MIN_KILLED

    # -- serialisation ------------------------------------------------------------------
    def to_dict(self, include_names: bool = False, *, key: bytes | None = None) -> dict:
        """A JSON-able dict of every field plus ``control_agrees``.

        Names of the killed and injured are personal data: without
        ``include_names`` this is the public form (:func:`geo.privacy.public_form`):
        the names are ``None``, every occurrence of one in any text field, however
        it is written, is ``[name withheld]``, a URL naming someone is cut to its
        site, and an id that may be derived from the names is replaced by one keyed
        with ``key`` (the store's :attr:`~geo.store.IncidentStore.id_key`).
        """
        out: dict[str, Any] = {}
        for name in _FIELD_NAMES:
            v = getattr(self, name)
            if isinstance(v, (dt.date,)):
                v = v.isoformat()
            elif isinstance(v, DatePrecision):
                v = v.value
            elif isinstance(v, LocationPrecision):
                v = int(v)
            elif isinstance(v, tuple):
                v = list(v)
            out[name] = v
        out["control_agrees"] = self.control_agrees
        if not include_names:
            from .privacy import public_form  # noqa: PLC0415 (privacy reads geo.names)

            return public_form(out, self.victim_names + self.injured_names, key=key,
                               links=getattr(self, "public_links", None))
        return out

    def public(self, key: bytes | None = None) -> dict:
        """What anyone may see: :meth:`to_dict` without victim names (see there)."""
        return self.to_dict(include_names=False, key=key)

    @classmethod
    def from_dict(cls, d: dict) -> "Incident":
        """The inverse of :meth:`to_dict` (unknown keys are ignored, ``control_agrees`` is derived)."""
        return cls(**{k: v for k, v in d.items() if k in _FIELD_SET})

    def replace(self, **changes) -> "Incident":
        """A copy with some fields changed, validated again."""
        return dataclasses.replace(self, **changes)


FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Incident))
_FIELD_NAMES = FIELDS
_FIELD_SET = frozenset(FIELDS)

# The HXL hashtag of each column of the project's CSV (and of CSV exports). Readers compare
# tags with their attributes in any order (#affected+killed+children == #affected+children+killed).
HXL_TAGS: dict[str, str] = {
    "id": "#event+id",
    "date": "#date+occurred",
    "date_precision": "#meta+precision+date",  # day, month...: hxlvalidate wants dates in #date
    "date_documented": "#date+documented",
    "date_end": "#date+end",
    "category": "#event+category",
    "cause": "#event+cause",
    "perpetrator": "#org+perpetrator+code",
    "perpetrator_text": "#org+perpetrator+name",
    "killed": "#affected+killed",
    "children": "#affected+killed+children",
    "women": "#affected+killed+women",
    "injured": "#affected+injured",
    "deaths_total": "#affected+killed+total",
    "deaths_low": "#affected+killed+total+min",
    "deaths_high": "#affected+killed+total+max",
    "victim_names": "#affected+killed+names",
    "injured_names": "#affected+injured+names",
    "place_text": "#loc+name",
    "pcode": "#loc+code",
    "level": "#loc+level",
    "adm1_pcode": "#adm1+code",
    "adm2_pcode": "#adm2+code",
    "adm3_pcode": "#adm3+code",
    "lon": "#geo+lon",
    "lat": "#geo+lat",
    "location_precision": "#geo+precision",
    "radius_m": "#geo+radius",
    "stated_control": "#org+control+stated+code",
    "stated_control_text": "#org+control+stated+name",
    "computed_control": "#org+control+computed+code",
    "computed_forces": "#org+control+computed+present",
    "control_agrees": "#indicator+control+agrees",
    "source_title": "#meta+source+title",
    "source_publisher": "#meta+source+publisher",
    "source_url": "#meta+source+url",
    "source_date": "#date+source",
    "source_sentence": "#meta+source+sentence",
    "dataset": "#meta+dataset",
    "source_id": "#meta+source+id",
    "notes": "#description",
    "event_id": "#event+id+main",
    "linked_ids": "#event+id+linked",
}


HXL_FIELD = {hxl_key(tag): name for name, tag in HXL_TAGS.items()}


def redact(text: str | None, names: Sequence[str]) -> str | None:
    """``text`` with each of ``names``, however written, replaced by ``[name withheld]``
    (:class:`geo.privacy.NameMatcher`).

    >>> redact("A woman, identified as Hanan al-Dreib, was killed", ["Hanan al-Dreib"])
    'A woman, identified as [name withheld], was killed'
    """
    from .privacy import NameMatcher  # noqa: PLC0415

    return NameMatcher(names).redact(text)


# -- placing many incidents at once ---------------------------------------------------------
# How far the nearest community may be for a point of this precision to be "that community".
COMMUNITY_KM = {LocationPrecision.COMMUNITY: 5.0, LocationPrecision.NEAR: 25.0}
# How many admin levels a location of this precision may be attributed to, from its point:
# 3 = governorate, district and sub-district; 2 = governorate and district; 1 = governorate;
# 0 = none. A point of a coarse precision is a stand-in (a unit's or the country's centroid):
# the unit its centroid falls in says nothing about where the incident was.
ADMIN_DEPTH = {
    LocationPrecision.COMMUNITY: 3,
    LocationPrecision.NEAR: 3,
    LocationPrecision.DISTRICT: 2,
    LocationPrecision.GOVERNORATE: 1,
    LocationPrecision.AREA: 0,  # 1 when the source names the governorate (kept, see locate_many)
    LocationPrecision.COUNTRY: 0,
}


def admin_depth(inc: "Incident") -> int:
    """How many admin levels (governorate, district, sub-district) an incident may carry.

    >>> admin_depth(Incident(date="2016-01-01", lon=36.6, lat=35.0, location_precision=6))
    0
    >>> admin_depth(Incident(date="2016-01-01", lon=36.6, lat=35.0, location_precision=3))
    2
    """
    return _depth(inc.location_precision, inc.adm1_pcode)


def _depth(precision, adm1: str | None) -> int:
    prec = precision or LocationPrecision.COMMUNITY
    if prec is LocationPrecision.AREA and adm1:
        return 1  # "northern Hama governorate": the source names the governorate
    return ADMIN_DEPTH[prec]


# The fields placing an incident sets.
PLACED = ("adm1_pcode", "adm2_pcode", "adm3_pcode", "pcode", "level")


def place_codes(adm3: str, community: str | None, near: bool, given: tuple, precision,
                pcode: str | None, level: str | None, overwrite: bool = False) -> tuple:
    """The units of an incident whose point lies in sub-district ``adm3`` (its nearest
    community ``community``, ``near`` enough for the precision: :data:`COMMUNITY_KM`):
    the values of :data:`PLACED`.

    The location precision bounds the attribution (:data:`ADMIN_DEPTH`): a
    place (1) or a place nearby (2) get governorate, district and
    sub-district; a district (3) governorate and district; a governorate (4)
    only the governorate; a named area (5) only the governorate the source
    names (``given``: the units set before), if any; the country (6) none at all
    (its point is the country's centroid, which says nothing about the governorate).

    An incident without a ``pcode`` gets the unit its location precision
    names: the nearest community (precision 1 within 5 km, 2 within 25 km,
    else the sub-district), the district (3), the governorate (4); none for a
    named area (5) or the country (6).

    >>> place_codes("SY020200", "C1234", True, (None, None, None), LocationPrecision.DISTRICT,
    ...             None, None)
    ('SY02', 'SY0202', None, 'SY0202', 'adm2')
    """
    point = [adm3[:4], adm3[:6], adm3]
    if overwrite or not any(given):
        codes = point
    else:
        codes = list(given)
        for lvl in range(3):  # fill below what is given, where the point agrees above
            if codes[lvl] is None:
                agrees = all(codes[j] is None or codes[j] == point[j] for j in range(lvl))
                codes[lvl] = point[lvl] if agrees else None
    prec = precision or LocationPrecision.COMMUNITY
    depth = _depth(prec, given[0])
    codes = [c if lvl < depth else None for lvl, c in enumerate(codes)]
    if overwrite or not pcode:
        pcode, level = None, None
        if prec in COMMUNITY_KM:
            if near and codes[2] == adm3:
                pcode, level = str(community), "community"
            elif codes[2]:
                pcode, level = codes[2], "adm3"
        elif prec is LocationPrecision.DISTRICT and codes[1]:
            pcode, level = codes[1], "adm2"
        elif prec is LocationPrecision.GOVERNORATE and codes[0]:
            pcode, level = codes[0], "adm1"
    elif depth == 0 and level in ("community", "adm3", "adm2", "adm1"):
        pcode, level = None, None  # a unit finer than the precision allows
    return (*codes, pcode, level)
