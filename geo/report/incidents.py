"""Incidents from the narrative of an SNHR report.

A report's narrative tells each notable incident in one paragraph, sometimes
after a sentence or two of month totals: a dated sentence with a killing
("On Sunday, July 16, 2023, a man ... was shot dead by gunmen ... in front of
his house in his hometown of Mahajja in northern rural Daraa governorate."),
then details, then who controlled the area. This module finds those
*anchor* sentences, groups each with the sentences that belong to it (the
ones after it in the paragraph, and a lead sentence before it when the anchor
refers back: "All three victims were killed in the same incident on ..."),
and reads from the group the dates, counts, place, perpetrator, cause,
stated control and victim names.

Sentences in method, advocacy and recommendation sections are never read
(:data:`geo.report.text.EXCLUDED_SECTION_RE`), and an anchor's date must fall
near the report's period, so "a report we issued on August 19, 2022" in a
background section is no incident.

>>> from geo.report.text import Document
>>> doc = Document("III. Notable incidents\\n\\nOn Monday, March 2, 2020, Syrian regime forces "
...                "fired shells at Kansafra village in southern rural Idlib, killing a woman. "
...                "The village was under the control of HTS at the time of the incident.")
>>> inc = extract_incidents(doc, period=(2020, 3))[0]
>>> inc.date.isoformat(), inc.killed, inc.women, inc.place_text, inc.stated_control_text
('2020-03-02', 1, 1, 'Kansafra village in southern rural Idlib', 'HTS')
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import re
from dataclasses import dataclass, field

from ..governorates import find_governorate
from ..precision import DatePrecision
from .places import PlacePhrase, find_place, find_stated_control, hometown_referred, place_phrases
from .text import (DAYS_DOCUMENTED_RE, EXCLUDED_SECTION_RE, NUMBER_RE, DateMention, Document, Sentence, find_dates,
                   find_month_years, parse_number)

__all__ = ["ReportIncident", "extract_incidents", "count_victims", "days_apart"]


@dataclass
class ReportIncident:
    """One incident as the report tells it (before geocoding).

    Offsets ``start``/``end`` are character offsets in the original report
    text; ``sentences`` are the sentences it was read from.

    ``date`` None is the one way to say "date unknown": the text tells the incident but no
    date can be had (the page prints none, no publication date is known, and its own words
    give none: "أمس" on an undated page). Its ``date_precision`` is then None too (set here:
    no other spelling of it). Such an incident is shown, counted and compared like any other,
    but it cannot be joined to control or put on a dated map: the importer holds it out
    (:func:`geo.importers.snhr.read_snhr`).

    >>> i = ReportIncident(date=None, killed=2)
    >>> i.date_precision, i.when, i.to_dict()["date"]
    (None, 'date unknown', None)
    """

    date: dt.date | None
    date_precision: DatePrecision | None = DatePrecision.DAY
    date_documented: dt.date | None = None
    dates: dict[str, str] = field(default_factory=dict)  # role -> ISO date (arrested, died, ...)
    category: str = "killing"
    cause: str | None = None
    cause_text: str | None = None
    perpetrator: str | None = None
    perpetrator_text: str | None = None
    perpetrator_also: tuple[str, ...] = ()
    killed: int | None = None
    children: int | None = None
    women: int | None = None
    injured: int | None = None
    victim_names: list[str] = field(default_factory=list)
    injured_names: list[str] = field(default_factory=list)
    place_text: str | None = None
    place_is_hometown: bool = False
    hometown_text: str | None = None
    governorate: str | None = None
    governorate_pcode: str | None = None
    stated_control_text: str | None = None
    stated_control: str | None = None
    stated_control_also: tuple[str, ...] = ()
    stated_control_sentence: str | None = None
    section: str = ""
    sentences: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0
    line: int = 0
    notes: list[str] = field(default_factory=list)
    # The sentence before, when the incident's sentences name no place of their own ("We note
    # that this bombing followed an aerial attack by Syrian regime forces ..."): the geocoder's
    # ``context``, which takes the place that sentence names.
    place_context: str | None = None

    def __post_init__(self) -> None:
        if self.date is None:
            self.date_precision = None  # (no precision of a date not known)
        elif self.date_precision is None:
            raise ValueError("a dated incident needs its date precision")

    @property
    def when(self) -> str:
        """The date as people read it: ISO, with a precision coarser than the day, or "date unknown".

        >>> ReportIncident(date=dt.date(2023, 7, 1), date_precision=DatePrecision.MONTH).when
        '2023-07-01 (month)'
        """
        if self.date is None:
            return "date unknown"
        return self.date.isoformat() + (f" ({self.date_precision.value})"
                                        if self.date_precision is not DatePrecision.DAY else "")

    @property
    def sentence(self) -> str:
        """The provenance: the sentences it came from, joined."""
        return " ".join(self.sentences)

    def place_query(self) -> tuple[str, str | None, str | None]:
        """What to geocode: ``(text, governorate, context)`` for
        :func:`geo.geocode.geocode` (the place phrase; with none, the governorate or, when the
        sentence before names the place, the incident's own sentence with that one as context).
        """
        if self.place_text:
            return self.place_text, self.governorate_pcode, None
        if self.place_context:
            return self.sentence, self.governorate_pcode, self.place_context
        return self.governorate or "", self.governorate_pcode, None

    def to_dict(self, include_names: bool = False) -> dict:
        out = {
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision.value if self.date_precision else None,
            "date_documented": self.date_documented.isoformat() if self.date_documented else None,
            "dates": dict(self.dates), "category": self.category, "cause": self.cause,
            "cause_text": self.cause_text, "perpetrator": self.perpetrator,
            "perpetrator_text": self.perpetrator_text, "perpetrator_also": list(self.perpetrator_also),
            "killed": self.killed, "children": self.children, "women": self.women,
            "injured": self.injured, "place_text": self.place_text,
            "place_is_hometown": self.place_is_hometown, "governorate": self.governorate,
            "governorate_pcode": self.governorate_pcode,
            "stated_control_text": self.stated_control_text, "stated_control": self.stated_control,
            "stated_control_also": list(self.stated_control_also),
            "stated_control_sentence": self.stated_control_sentence,
            "section": self.section, "sentence": self.sentence, "start": self.start,
            "end": self.end, "line": self.line, "notes": list(self.notes),
            "place_context": self.place_context,
        }
        if include_names:
            out["victim_names"] = list(self.victim_names)
            out["injured_names"] = list(self.injured_names)
            out["hometown_text"] = self.hometown_text
        else:
            # (every field of words, not the sentences only: a place told by a victim's house is his name too,
            # "Mohammad's family's house in the Dawwar al-Batta neighborhood"; names35, en-2023-07-news-01)
            names = self.victim_names + self.injured_names
            for field in _TEXT_FIELDS:
                out[field] = redact_names(out[field], names)
            out["notes"] = [redact_names(n, names) for n in out["notes"]]
        return out


# The fields of the public form that hold words of the text, each withheld by the incident's names.
_TEXT_FIELDS = ("sentence", "stated_control_sentence", "place_context", "place_text", "perpetrator_text",
                "cause_text", "stated_control_text")


def days_apart(a: dt.date | None, b: dt.date | None) -> float:
    """The days between two dates, however ordered; infinitely many when either is unknown (an
    undated incident is near no day: two of them are not "the same day").

    >>> days_apart(dt.date(2023, 7, 9), dt.date(2023, 7, 1)), days_apart(None, dt.date(2023, 7, 1))
    (8, inf)
    """
    return math.inf if a is None or b is None else abs((a - b).days)


def redact_names(text: str | None, names: list[str]) -> str | None:
    """``text`` with every victim name (and its first word used alone) withheld.

    >>> redact_names("Moayed, who ..., Moayed Shakoush", ["Moayed Shakoush"])
    '[name withheld], who ..., [name withheld]'
    """
    if not text:
        return text
    from ..privacy import NameMatcher  # noqa: PLC0415 (full names, however written)

    text = NameMatcher(names).redact(text)
    # Reports repeat a victim's first name alone, and not always spelled the same way
    # ("Moyaed ... Moayed had agreed", "Abdul Basit was travelling"): match on the consonant
    # skeleton of geo.names, the project's one name normaliser.
    from ..names import skeleton  # noqa: PLC0415

    firsts = set()
    for n in names:
        words = n.split()
        if len(words) >= 3 and words[0].lower() in _COMPOUND_FIRST:
            text = re.sub(r"\b" + re.escape(" ".join(words[:2])) + r"\b", "[name withheld]", text)
        elif words and len(words[0]) > 3 and words[0].lower() not in _COMMON_FIRST:
            firsts.add(skeleton(words[0]))
    if firsts:
        text = re.sub(r"\b[A-Z][\w'-]{3,}\b",
                      lambda m: "[name withheld]" if skeleton(m.group(0)) in firsts else m.group(0), text)
    return text


# First names too common to withhold alone; "Abdul X" is one first name of two words.
_COMMON_FIRST = {"mohammad", "muhammad", "mohammed", "ahmad", "ahmed", "ali", "hasan", "hassan",
                 "omar", "khaled", "mahmoud", "syrian", "abdul", "abu"}
_COMPOUND_FIRST = {"abdul", "abd", "abu"}


# -- vocabulary --------------------------------------------------------------------------------

# Animals killed are no person killed: "killing a number of the sheep being transported".
ANIMALS_AFTER = (r"(?!\s+(?:(?:a number of|some|several|many|dozens of|hundreds of|all|most|scores of|"
                 r"\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:of\s+)?(?:the\s+|their\s+|his\s+|"
                 r"her\s+)?(?:sheep|livestock|cattle|cows?|goats?|camels?|horses?|donkeys?|poultry|chickens|"
                 r"birds|animals?|herds?|flocks?)\b)")
_EVENT = re.compile(
    # ("the killing rates increased back to its former levels": a rate, no killing told; round 70, test batch,
    # en-2016-06-monthly-70, after its measurement: fix70)
    r"\b(?:killed|killing(?!\s+(?:rates?|levels?)\b)|died|dies|shot dead|shot and killed|tortured to death|murdered|executed|"
    r"lost (?:his|her|their) li(?:fe|ves)|succumbed|massacre|passed away|deaths? of|"
    # a death told as a possessive noun and its day: "He remained in the hospital's intensive care unit until his
    # death on Saturday, July 6, 2024" (en-2024-07-torture-15, written after round 15's measurement)
    r"(?:his|her|their)\s+deaths?(?=\s+(?:on|in)\s)|"
    # the family told of the detainee's death: "On their arrival at the hospital, the family was informed of
    # Hekmat’s death" (en-2021-09-torture-50, rounds 49 and 50, after their measurement: fix4950)
    r"(?:informed|notified|told)\s+(?:of|about)\s+(?:(?:the|his|her|their)\s+)?(?:(?:[\w-]+(?:’s|'s|’|')|his|her|their)\s+)"
    r"deaths?)\b"
    + ANIMALS_AFTER +
    # "The body of a man ... was discovered ... bearing signs of gunshot wounds"
    r"|\bbod(?:y|ies)\s+of\s+[^.]{0,240}?\b(?:was|were)\s+(?:found|discovered|recovered)\b", re.I)
_TORTURE = re.compile(r"tortured to death|died (?:due to|under|from|as a result of) torture|"
                      r"death (?:due to|under) torture|died in (?:detention|custody|prison)|"
                      r"signs of torture|detention cent(?:er|re)|tortur", re.I)
_ARRESTED = re.compile(r"\b(?:arrested|detained|abducted|kidnapped|taken into custody)\b", re.I)
# A detainee's state caused by torture: "extremely unwell due to the brutal torture to which he had been subjected",
# "suffering from the effects of torture"
_TORTURE_STATE = re.compile(r"\b(?:due to|from|as a result of|because of)\s+(?:the\s+)?(?:effects\s+of\s+)?(?:the\s+)?"
                            r"(?:(?:brutal|severe|harsh|savage|systematic|repeated)\s+)?torture\b", re.I)
# A sentence that counts a period, not an incident.
_SUMMARY = re.compile(r"(?<!\balone\s)since the (?:start|beginning)|bringing the total|so far this year|"
                      # a cumulative toll: "killed 6187 civilians ... since its intervention in the
                      # Syrian conflict", "45 civilians ... have been killed ... since the launch of", "thousands of
                      # killings perpetrated by Russian forces since Russia’s intervention in Syria on September 30,
                      # 2015" (a country's; round 17, test batch, en-2021-04-news-17, after its measurement)
                      r"since (?:its|their|the|[A-Z]\w+['’]s) (?:\w+ ){0,2}?(?:intervention|launch)\b|"
                      # a statistic: "Homs province recorded the highest number of casualties"
                      r"(?:recorded|saw|witnessed|had) the (?:highest|largest) (?:number|death toll|toll|"
                      r"proportion|percentage)|the (?:highest|largest) (?:death )?toll was (?:recorded|documented)|"
                      r"raising the (?:total )?number|in total|distributed (?:as follows|by)|"
                      r"(?:from|since|between) (?:March )?2011\b|"
                      # a toll counted from a day on: "45 Civilians Killed by Landmine Explosions Since November 27,
                      # Including Six Children and Four Women" (a statement's title, en-2024-12-landmine-01; fixen)
                      r"\b(?:killed|died|deaths)\b(?:\s+(?:by|in|due to|from|as a result of)\s+[^.;,]{1,60}?)?\s+since\s+"
                      r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
                      r"\d{1,2}\b", re.I)
# A count of attacks: "Syrian forces have used chemical weapons 13 times in five areas of the
# country, killing 57 people", "SNHR documented 222 attacks with chemical weapons ... between
# January 23, 2012, and August 21, 2020", "28 attacks led to 83 victims".
_ATTACKS_COUNT = re.compile(r"(?<![\w-])(?P<n>" + NUMBER_RE + r")\s+(?:(?:\w+|air)\s+)?(?:attacks|times|"
                            r"incidents|(?:air\s*)?strikes|raids|bombardments)\b", re.I)


def many_attacks(text: str) -> bool:
    """Does ``text`` count three attacks or more? Its deaths are then many incidents' sum (a
    statistic of a period), never one incident's.

    >>> many_attacks("Syrian forces have used chemical weapons 13 times in five areas")
    True
    >>> many_attacks("Two air strikes hit the market, killing five civilians")
    False
    """
    return any((parse_number(m.group("n")) or 0) >= 3 for m in _ATTACKS_COUNT.finditer(text))


# "... 96 Syrian refugees were killed in the Israeli offensive on Lebanon": not in Syria
# ("the Turkish police killed a Syrian young man in Adana, Southern Turkey": a city abroad named with its country;
# written after round 15's measurement, en-2020-04-news-15)
_ABROAD = re.compile(r"\b(?:in|on|into)\s+(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s+)?(?:[Ss]outhern\s+|[Nn]orthern\s+|"
                     r"[Ee]astern\s+|[Ww]estern\s+)?(?:Lebanon|Turkey|Türkiye|Jordan|Iraq)\b|\brefugees\b")
# An anchor that refers back to the sentence before it.
_BACKREF = re.compile(r"^(?:all|both|the)\s+(?:" + NUMBER_RE + r"\s+)?(?:victims|civilians|of them|"
                      r"children)\b|same (?:incident|attack|bombing|explosion)|^(?:these|the) "
                      r"(?:victims|civilians)\b", re.I)
_PRONOUN_START = re.compile(r"^(?:he|she|they|his|her|their|the (?:victim|boy|girl|man|woman|child|"
                            r"body|explosion|attack|bombardment|shelling))\b", re.I)
_DATE_LEAD = re.compile(r"^On\s+(?:[A-Z][a-z]+day,?\s+)?[^,]{3,25}?(?:,\s*\d{4})?,\s*")
_LEARNED = re.compile(r"^(?:SNHR|we|his family|her family|the family|relatives)\s+(?:\w+\s+)?"
                      r"(?:learned|learnt|was informed|were informed|confirmed|received)\b", re.I)
_UNIDENTIFIED = re.compile(
    r"whose (?:source|perpetrators?|identity|identities)\s+we (?:have|had) (?:not|been unable)[^,.;]*?"
    r"identify|we (?:have|had) not (?:yet )?been able to identify|we have been unable to identify|"
    r"of (?:unidentified|unknown) (?:source|origin|identity)|unidentified|"
    # ("shells whose origin hasn't been identified", "SNHR has so far been unable to identify the party responsible":
    # the parties named after it are the suspects; perp41)
    r"(?:has|have|had)(?:\s+not|n['\u2019]t)\s+(?:yet\s+)?been\s+identified|(?:been\s+)?unable\s+to\s+identify", re.I)
_WEAPON_NOUN = re.compile(
    r"(?:an?\s+|the\s+)?(?:(?:car|motorcycle|truck|vehicle|explosive)[- ]bombs?|(?:land)?mines?|"
    r"improvised explosive devices?|IEDs?|explosive devices?|bombs?|gunmen|gunfire|gunshots|"
    r"bullets?|explosions?|rockets?|shells?|drones?|assailants?|attackers?|parties|party|"
    r"perpetrators?|remnants?|cluster munitions?|ordnance|massacres?)\b", re.I)
_BY_PARTY = re.compile(
    r"(?:\bby|at the hands of|personnel (?:from|of)|members of|elements of|carried out by|"
    r"responsible for [^.]{0,40}?:)\s+(?P<p>[^,.;()]{2,90})", re.I)
_SUBJECT_PARTY = re.compile(
    # (a whole word: not the "hts" of "Human Rights said", perp41)
    r"(?<![\w-])(?P<p>(?:Syrian regime|regime|Russian|Turkish|Israeli|Jordanian|SDF|SNA|HTS|ISIS|coalition|"
    r"international coalition|Syrian Democratic|Syrian National Army|Hay.at Tahrir al[- ]Sham|pro-Assad|"
    # ("government forces fired a SSM missile", "Syrian army forces began the relentless bombardment": perp41)
    r"Syrian government|government|Syrian army|Syrian troops|"
    r"transitional|General Security|armed opposition)[\w\s'/()-]{0,40}?)\s+(?:fired|shelled|"
    r"targeted|bombed|opened fire|shot|launched|raided|stormed|executed|struck|dropped|attacked|"
    # ("regime forces hit a busy market", "regime army snipers killed two", "HTS used a rocket launcher": perp41)
    r"hit|killed|used|began|conducted|"
    r"committed|perpetrated|carried out)\b",
    re.I)
# A party named as the owner of the weapon or force that struck: "Russian airstrikes hit", "an alleged Coalition
# airstrike", "A US night time airstrike", "Syrian/Russian warplanes" (perp41: the wording family that names no verb's
# subject and no "by")
_PARTY_WEAPON = re.compile(
    r"(?<![\w-])(?P<p>(?:Syrian[/-])?(?:Russian|Russia's|Coalition|US|U\.S\.|American|Israeli|Turkish|Jordanian|"
    r"regime|government|Syrian|Assad's|pro-Assad|ISIS|SDF|HTS)(?:\s+[\w-]+){0,2}?\s+(?:air ?strikes?|air ?raids?|"
    r"warplanes?|war planes|jets?|bombings?|bombardment|shelling|helicopters?|drones?|artillery|forces|troops|"
    r"snipers?|aircraft|aviation|air ?force)\b)"
    # (not one of two a text hesitates between: "alleged Russian forces or Syrian regime forces")
    r"(?!\s+(?:or|and/or)\s)", re.I)
_CAUSE_PHRASES = re.compile(
    r"(?<![\w-])(?:(?:artillery|mortar|rocket|missile)? ?shell(?:ing|s)?|air ?strikes?|warplanes?|"
    r"helicopters?|barrel bombs?|drones?|anti-?armou?r (?:rockets?|missiles?)|guided missiles?|"
    r"missiles?|car bombs?|motorcycle bombs?|improvised explosive devices?|IEDs?|explosive devices?|"
    r"(?:land)?mines?|cluster (?:munitions?|submunitions?)|remnants? of [\w ]+|unexploded ordnance|"
    # "a munition left over from previous shelling": a remnant, not the shelling
    r"(?:munitions?|ordnance|shells?|bombs?|projectiles?)\s+left\s+(?:over|behind)\s+from\s+[\w ]+|"
    r"gunfire|gunshots?|shot dead|crossfire|sniper fire|gunmen|tortured to death|torture|"
    r"stabbed|beaten|executed|suicide (?:attack|bombing)|explosions?|fell into [^.,;]{3,50})(?![\w-])",
    re.I)

# -- victims -----------------------------------------------------------------------------------

_CHILD_NOUN = r"children|child|boys?|girls?|infants?|babies|baby|kids?|toddlers?|newborns?|minors?"
_WOMAN_NOUN = r"womens|women|woman|mothers?|wives|wife|daughters-in-law"  # ("three womens": SNHR's typo)
_NOUN = (r"(?:civilians?|people|persons?|individuals?|victims?|" + _CHILD_NOUN + "|" + _WOMAN_NOUN +
         r"|men|man|young men|young man|elderly (?:men|man|women|woman)|members(?: of [\w ]+? family)?|"
         r"family members|brothers?|sisters?|siblings|sons?|others|workers?|shepherds?|farmers?|"
         r"students?|volunteers?|teenagers?|fathers?|husbands?|police officers?|officers?|"
         r"nurses?|doctors?|journalists?|paramedics?|relatives|citizens|residents)")
_NUM = r"(?:" + NUMBER_RE + r"|an?|his|her|their|the)"
_ADJ = r"(?:(?:\d+|[a-z]+)-\s?year-\s?old|young|elderly|displaced|other|more|additional|small|little|" \
       r"civilian|female|male|infant|teenage|second|third|Syrian)"  # ("killing 11 Syrian citizens")
_NP = r"(?P<n>" + _NUM + r")\s+(?:" + _ADJ + r"\s+){0,3}(?P<noun>" + _NOUN + r")\b"
_NP_RE = re.compile(_NP, re.I)
_AGE = re.compile(r"\b(\d{1,2})-\s?year-\s?old\b", re.I)  # (PDFs break "13- year-old", "14-year- old")
# ("incl. 1 woman and 1 child": SNHR's short posts cut the word; en-2024-12-news-26, round 26, after its measurement)
_INCLUDING = re.compile(r"(?:also\s+)?(?:including|incl\.)\s+(?P<list>[^.;]*?)(?=,\s*(?:were|was|had|in|"
                        r"who|and\s+(?:three|two|\d+|\w+)\s+others)|\s+(?:were|was|had|at|in|by|"
                        r"who|when|died)\b|[.;]|$)", re.I)


@dataclass
class Count:
    killed: int | None = None
    children: int | None = None
    women: int | None = None


def _np_count(m: re.Match) -> tuple[int, str]:
    n = m.group("n").lower()
    number = parse_number(n) if n not in ("his", "her", "their", "the") else 1
    noun = m.group("noun").lower()
    if re.fullmatch(_CHILD_NOUN, noun):
        kind = "child"
    elif re.fullmatch(_WOMAN_NOUN, noun):
        kind = "woman"
    else:
        kind = "other"
    age = _AGE.search(m.group(0))
    if age and int(age.group(1)) < 18:
        kind = "child"
    if noun in ("man", "men") and kind == "other":
        kind = "man"
    return (number if number is not None else 1), kind


def count_victims(np_text: str) -> Count:
    """Killed / children / women in a victim phrase.

    >>> count_victims("five civilians, including a child and two women")
    Count(killed=5, children=1, women=2)
    >>> count_victims("a woman and her two children")
    Count(killed=3, children=2, women=1)
    >>> count_victims("a 16-year-old boy")
    Count(killed=1, children=1, women=0)
    >>> count_victims("Seven civilians (three children, all sisters, and four women, including a nurse)")
    Count(killed=7, children=3, women=4)
    """
    text = np_text.strip()
    # "three civilians (two children and a woman)": the parenthesis is an "including" list;
    # "(named as A and B)" says no count
    # ("(three children, all sisters, and four women, including a nurse)": the list itself may
    # say "including"; only an "including" outside it makes the parenthesis no list)
    text = re.sub(r"\s*\(([^)]{1,80})\)", lambda m: ", including " + m.group(1) if _NP_RE.search(m.group(1))
                  and "including" not in text[:m.start()] + text[m.end():] else " ", text)
    incl = _INCLUDING.search(text)
    head = text[:incl.start()] if incl else text
    total, children, women = 0, 0, 0
    parts = [(m, *_np_count(m)) for m in _NP_RE.finditer(head)]
    if not incl and len(parts) >= 3 and re.fullmatch(r"civilians|people|persons|individuals|victims",
                                                      parts[0][0].group("noun"), re.I) \
            and all(kind in ("child", "woman") for _m, _n, kind in parts[1:]) \
            and sum(n for _m, n, _k in parts[1:]) == parts[0][1] and "," in head[:parts[1][0].start()]:
        # "killing 10 civilians, six women, and four children": the women and children after the total, told off
        # by a comma and adding up to it, are its breakdown, not more victims (a press wording; en-2015-09-news-23,
        # round 23, after its measurement)
        return Count(parts[0][1], sum(n for _m, n, k in parts[1:] if k == "child"),
                     sum(n for _m, n, k in parts[1:] if k == "woman"))
    for m in _NP_RE.finditer(head):
        n, kind = _np_count(m)
        total += n
        if kind == "child":
            children += n
        elif kind == "woman":
            women += n
    if incl:
        for m in _NP_RE.finditer(incl.group("list")):
            n, kind = _np_count(m)
            if kind == "child":
                children += n
            elif kind == "woman":
                women += n
    if total == 0:
        return Count()
    return Count(total, min(children, total), min(women, total))


_KILLED_PASSIVE = re.compile(
    r"(?P<np>" + _NP + r"(?:\s+(?:and|,)\s+(?:(?:his|her|their)\s+)?(?:an?|" + NUMBER_RE + r")?\s*(?:" + _ADJ
    + r"\s+){0,2}(?:" + _NOUN + r"))*(?:\s*\([^)]{1,80}\))?(?:,?\s+(?:also\s+)?including[^.;]*?"
    r"(?=,?\s+(?:were|was|had been|have been|has been)\s))?),?\s+"
    # "Two brothers A and B from al Soor town north of Deir Ez-Zour governorate, were shot and killed"
    r"(?:[\w\[\]'’-]+,?\s+){0,18}?(?:were|was|had been|have been|has been)\s+(?:all\s+)?"
    r"(?:\w+\s+(?:and\s+)?)?(?:killed|shot dead|executed|murdered|tortured to death)", re.I)
_KILLED_ACTIVE = re.compile(
    # ("... stormed the village of Tal Dahab ..., and shot dead four people")
    r"(?:killing|killed|the killing of|claimed the lives of|the death of|the deaths of|stabbed|slaughtered|"
    # "documented the deaths from suffocation of 91 civilians"
    r"the deaths? (?:from|by|due to)\s+\w+(?:\s+\w+)?\s+of|"
    r"(?:shot|gunned)\s+(?:dead|down)|shooting\s+dead|"
    # "the massacre victims' toll ... rose to at least 18 civilians"
    r"\btoll\b[^.;]{0,120}?\b(?:rose|risen|reached|climbed|increased)\s+to)\s+"
    r"(?:at least\s+|no fewer than\s+|no less than\s+|nearly\s+|some\s+)?"
    r"(?P<np>" + _NP + r"(?:\s+(?:and|,)\s+(?:(?:his|her|their)\s+)?(?:an?|" + NUMBER_RE + r")?\s*(?:" + _ADJ
    # ("which killed 1,127 civilians (including 107 children and 201 women)": the parenthesis
    # is the count's list, as after a passive count)
    + r"\s+){0,2}(?:" + _NOUN + r"))*(?:\s*\([^)]{1,80}\))?(?:,?\s+(?:also\s+)?including[^.;]*?(?=[.;]|,\s+(?:and|in|at|"
    r"when|while)|\s+(?:in|at|when|while|and (?:injur|wound))\b))?)", re.I)
# A toll the sentence arrives at: "Accounts compiled by several, including the Violations Documentation Center and the
# Syrian Network for Human Rights arrived at a toll of at least 13 civilians killed, including five women and five
# children", "put the death toll at four civilians (two children and two women)" (round 25, after its measurement,
# en-2014-09-news-25: read when no other wording counts the victims).
_TOLL_OF = re.compile(r"\b(?:death\s+)?toll\s+(?:of|at)\s+(?:at least\s+|no fewer than\s+|no less than\s+|nearly\s+)?"
                      r"(?P<np>" + _NP + r"(?:\s*\([^)]{1,80}\))?(?:\s+killed)?(?:,?\s+(?:also\s+)?including[^.;]*?"
                      r"(?=[.;]|,\s+(?:and|in|at|when|while|adding)\b|\s+(?:in|at|when|while|and (?:injur|wound))\b))?)", re.I)
# A headline's count, its verb a bare participle: "Two children killed by the blast of a munition left over from
# previous shelling ... on May 3" (the title of en-2021-05-landmine-23; round 23, after its measurement)
_KILLED_HEADLINE = re.compile(r"^\W*(?P<np>" + _NP + r"(?:\s+and\s+(?:an?|" + NUMBER_RE + r")\s+(?:" + _ADJ
                              + r"\s+){0,2}(?:" + _NOUN + r"))?)\s+(?:killed|shot dead)\b(?!\s+(?:an?|the|" + NUMBER_RE
                              + r")\s)", re.I)
# "SNHR documenting team documented 58 victims killed in that massacre"
_DOCUMENTED_KILLED = re.compile(r"\b(?:documented|recorded)\s+(?:at least\s+|no less than\s+)?(?P<np>" + _NP
                                + r")\s+(?:who\s+were\s+)?killed\b", re.I)
_ALL_N = re.compile(r"\b(?:all|the|these|both)\s+(?P<n>" + NUMBER_RE + r")\s+(?:victims|civilians|"
                    r"people|children)\b", re.I)
_SINGLE_SUBJECT = re.compile(
    r"(?:^|,\s*)(?P<np>(?:a|an|the(?=\s+(?:\S+\s+){0,2}(?:child|boy|girl|infant|baby|woman|man|civilian)\b))\s+(?:(?:\d+|[a-z]+)-\s?year-\s?old\s+|young\s+|elderly\s+|displaced\s+|"
    r"civilian\s+)*(?:" + _NOUN + r"))\b", re.I)
_INJURED_ACTIVE = re.compile(
    r"(?:injur(?:ed|ing)|wound(?:ed|ing))\s+(?:at least\s+)?(?P<np>" + _NP
    + r"(?:'s\s+\w+)?(?:,?\s+(?:also\s+)?including[^.;]*?)?)(?=[.,;]|\s+(?:in|at|and|who|when)\b|$)",
    re.I)
_INJURED_PASSIVE = re.compile(
    r"(?P<np>" + _NP + r"(?:,?\s+(?:also\s+)?including[^.;,]*,?)?)\s+(?:were|was)\s+(?:also\s+)?"
    r"(?:injured|wounded)", re.I)


# A range of victims: "nine to seventeen civilians", "between five and eight children", "26 to 42 others" (the upper
# bound dropped)
_VICTIM_RANGE = re.compile(r"(?<![\w.])(?:(?P<b>between)\s+)?(?P<low>" + NUMBER_RE + r")\s*(?(b)(?:and|to|-|–)|(?:to|-|–))\s*"
                           + NUMBER_RE + r"\s+(?=(?:[\w-]+\s+){0,2}?(?:others|" + _NOUN + r")\b)", re.I)
# The count's list told after its verb and the attack it names: "Five civilians were killed in the bombing, including a
# child, while a number of shops ... were partially destroyed" (no "and" between: "killed and 10 wounded, including
# three children" lists the wounded)
_INCLUDING_AFTER = re.compile(r"\b(?:were|was|have been|had been)\s+(?:killed|shot dead)\b(?:\s+(?!and\b|or\b)[\w'’-]+){0,8}?"
                              r",\s+(?:also\s+)?including\s+(?P<list>[^.;,]{2,60}?)(?=,|[.;]|$)", re.I)
# A victim's role before "named" with no article, at a sentence's start: "Child name Mohammad ..."
_ROLE_NAMED = re.compile(r"(^|[.;]\s+|\n)(child|boy|girl|woman|man|infant)\s+(?=named?\s+[A-Z])", re.I)
# A victim's age said after the name: "identified as 15-year-old Anas ...", "Anas al-Khalaf, aged
# 10,", "who was 10 years old", "(12 years old)".
_AGE_AFTER = re.compile(r"(?:identified as|named as|named)\s+(?P<age_>\d{1,2})-\s?year-\s?old\b|"
                        r",\s+aged\s+(?P<age>\d{1,2})\b|\b(?P<age2>\d{1,2})\s+years?\s+old\b", re.I)
_ALSO_KILLED = re.compile(r"\balso\s+(?:killed|(?:resulted in|caused|led to)\s+the\s+(?:immediate\s+)?deaths?\s+of)\s+"
                          r"(?P<n>" + NUMBER_RE + r")\s+(?:other|more)\b", re.I)


# "the relatives", "their families", "the victims": a plural noun after a determiner counts no one
_NO_COUNT_NP = re.compile(r"(?:the|his|her|their)\s+(?:relatives|families|victims|residents|people|civilians|"
                          r"others|members)\b", re.I)
# Members of an armed faction are fighters, not civilians: "the deaths of at least 37 members of Failaq al Sham"
# (a Syrian faction's name opens with its kind, Arabic or English: Failaq "corps", Jaysh "army", Liwa
# "brigade", Katibat "battalion", Harakat "movement", Jabhat "front", Firqat "division"; "members of a family",
# "members of religious minorities", "members of the Alawite sect" are civilians; round 19, test batch,
# en-2020-10-news-19, after its measurement)
FACTION_MEMBERS = re.compile(r"\bmembers\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:Failaq|Faylaq|Jaysh|Jaish|"
                             r"Liwa'?|Liwaa|Katibat?|Harakat|Jabhat|Firqat?|Ahrar|Saraya|brigades?|battalions?|"
                             r"factions?|militias?|armed\s+(?:opposition|groups?|factions?))\b", re.I)


def counts_no_civilian(m: re.Match) -> bool:
    r"""Does the noun phrase a count matched (group ``np``) count no civilian: a plural noun after a
    determiner ("the relatives", "their families": no count), or members of an armed faction (fighters)?

    >>> rx = re.compile(r"killing (?P<np>\S+ \S+)")
    >>> [counts_no_civilian(rx.search(t)) for t in ("killing 37 members of Failaq al Sham",
    ...                                              "killing their families", "killing 5 members of a family")]
    [True, True, False]
    """
    return bool(_NO_COUNT_NP.match(m.group("np")) or FACTION_MEMBERS.match(m.string, m.end("np") - len("members")))


def _victims(chunk: str, anchor: str) -> tuple[Count, int | None]:
    # "killing two of the civilians": two civilians
    chunk = re.sub(r"\b(" + NUMBER_RE + r")\s+of\s+(?:the|these|those)\s+(?=(?:civilians|people|victims|"
                   r"children|women|men|brothers)\b)", r"\1 ", chunk, flags=re.I)
    # "98 civilians among them 59 children": an "including" list; "three civilians from the
    # Othman family, including one child, who are ...": the family and the relative clause
    # are no part of the count
    chunk = re.sub(r",?\s+(?:among|amongst)\s+them\s+", ", including ", chunk, flags=re.I)
    # ("27 civilians, incl. 1 woman and 1 child": the word cut short, whose stop ends no list)
    chunk = re.sub(r"\bincl\.\s+", "including ", chunk)
    # a range of victims is counted at its lower bound, as the answers code a range no one's count settles: "Between
    # nine to seventeen civilians were killed, including five to six children" (nine, five; rounds 52 and 54, after
    # their measurement: fix5254)
    chunk = _VICTIM_RANGE.sub(r"\g<low> ", chunk)
    # ("Seven civilians from the same family (three children, ...) were killed": so before a
    # parenthesis too)
    chunk = re.sub(r"\s+from\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+family(?=,|\s*\()", "", chunk)
    chunk = re.sub(r"(including\s+[^.;,]{2,60}),\s+who\s+[^.;]*", r"\1", chunk)
    # "Child name Mohammad Saleh al-Daghli, was killed" (SNHR's typo for "named"): a child
    chunk = _ROLE_NAMED.sub(lambda m: m.group(1) + "A " + m.group(2) + " ", chunk)
    anchor = _ROLE_NAMED.sub(lambda m: m.group(1) + "A " + m.group(2) + " ", anchor)
    killed = Count()
    for rx in (_KILLED_PASSIVE, _KILLED_ACTIVE, _DOCUMENTED_KILLED, _KILLED_HEADLINE, _TOLL_OF):
        # ("We contacted the families ... and the relatives of the victims and got the names of
        # eight victims who were killed": "the relatives" is no count, the death of eight is)
        # (nor are "37 members of Failaq al Sham" civilians: the faction's fighters)
        m = next((m for m in rx.finditer(chunk) if not counts_no_civilian(m)), None)
        if m:
            c = count_victims(m.group("np"))
            if c.killed:
                killed = c
                break
    if killed.killed is None:
        m = _ALL_N.search(chunk)
        if m:
            killed = Count(parse_number(m.group("n")), 0, 0)
    if killed.killed is None:
        body = re.sub(r"^(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?[^,]*\d{4},\s*", "", anchor.strip(), flags=re.I)
        m = _SINGLE_SUBJECT.search(body)
        if m:
            killed = count_victims(m.group("np"))
    if killed.killed is None and _EVENT.search(chunk) and not (
            _MASSACRES.search(chunk) or all(e.group(0).lower() == "massacre" for e in _EVENT.finditer(chunk))):
        killed = Count(1, None, None)  # (a massacre is five or more: one told with no count has none known)
    if killed.killed == 1 and not killed.children and re.search(
            r"\bone of (?:the|his|her|their)(?: [\w-]+['’]s)? (?:children|sons|daughters|kids)\b", chunk, re.I):
        killed = Count(1, 1, 0)  # "severely injuring one of the family's children, who died"
    age = _AGE_AFTER.search(chunk)
    if killed.killed == 1 and not killed.children and age and int(
            age.group("age_") or age.group("age") or age.group("age2")) < 18:
        killed = Count(1, 1, killed.women or 0)  # "a civilian, identified as 15-year-old X", "X, aged 10,"
    after = _INCLUDING_AFTER.search(chunk) if killed.killed and killed.killed > 1 and not (
        killed.children or killed.women) else None
    if after:
        # "Five civilians were killed in the bombing, including a child": the list told after the verb and
        # the attack it names (rounds 52 and 54, after their measurement: fix5254)
        c = count_victims(f"{killed.killed} civilians, including {after.group('list')}")
        if c.killed == killed.killed:
            killed = c
    more = _ALSO_KILLED.search(chunk)
    if more and killed.killed:
        # "the explosion also resulted in the immediate death of three other workers"
        killed = Count(killed.killed + (parse_number(more.group("n")) or 0), killed.children, killed.women)
    # Children / women stated as "including ..." elsewhere in the chunk (the lead sentence).
    injured = None
    for rx in (_INJURED_PASSIVE, _INJURED_ACTIVE):
        m = rx.search(chunk)
        if m:
            c = count_victims(m.group("np"))
            if c.killed:
                injured = c.killed
                break
    return killed, injured


# -- names -------------------------------------------------------------------------------------

# (a whole word: "Abdullah" is not "Abdul" and a rest, which cut "named as Muta'a Abdullah Muhammad ..." short)
_NAME_TOKEN = (r"(?:(?:al|el|Al|El)-[A-Z]?[\w'\u00C0-\u024F-]+|(?:al|el)(?=\s+[A-Z])|bin|ibn|Abu|Abdul|Abd|[A-Z][\w'\u00C0-\u024F-]+)"
               r"(?![\w'\u00C0-\u024F])")
_NAME = _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){1,6}"
_NAME_RE = re.compile(r"^" + _NAME + r"$")
# Who the victim was, as the forms below name it.
_WHO = (r"volunteer|doctor|nurse|teacher|journalist|activist|paramedic|worker|driver|engineer|lawyer|student|"
        r"boy|girl|man|woman|child|youth|teenager|infant|baby|civilian|farmer|shepherd|detainee|refugee")
# (who the victim was between "named" and "as": "the VDC - who named the girl as Shatha Dawood - said she was killed";
# en-2015-11-news-42, rounds 41 and 42, after their measurement: fix4142)
_IDENTIFIED = re.compile(r"(?:identified as|named as|named\s+(?:the|a|an)\s+(?:" + _WHO + r"|victim)\s+as|named|called|"
                         r"namely)\s+(?:(?:\d+|[a-z]+)-\s?year-\s?old\s+)?"
                         r"(?P<names>" + _NAME + r"(?:\s*(?:,|and)\s+(?:" + _NAME + r"))*)")
# A role or who the victim was, then the name in apposition: "a volunteer, NAME, ...", "A 13-year-old
# boy, Maher ..., from al Talhiya".
_ROLE_NAME = re.compile(r"(?:officer|pharmacist|" + _WHO + r"),\s+(?P<name>" + _NAME + r")(?=\s*[-,.])")
# Who the victim was, then the name with no comma ("The child Ibrahim Jaqlan was killed", "A 13-year-old
# boy Wahid Murad was", "scientist Hassan Ibrahim was found", "activist Hanadi Zahlout (photo above)").
_NOUN_NAME = re.compile(r"\b(?:colleague|scientist|writer|" + _WHO + r")\s+"
                        r"(?P<name>" + _NAME + r")(?=\s+(?:was|were|died|is|had|who|and)\b|\s*[(,.])")
# A relative named in apposition ("Aalaa's father, Moutaz ..., who was killed" earlier): personal
# data to withhold, but not one more victim of this incident.
_KIN_NAME = re.compile(r"(?:father|mother|brother|sister|son|daughter|wife|husband|uncle|cousin),\s+"
                       r"(?P<name>" + _NAME + r")(?=\s*[-,.])")
# Two victims named after their kind, the first by its given name alone, sharing the second's family name: "The sibling
# children Hajar and Mohammad Ahmad al Qazaq" (en-2019-12-news-44; rounds 43 and 44, after their measurement: fix4344)
_PAIR_NAME = re.compile(r"\b(?:children|brothers|sisters|siblings|girls|boys)\s+(?P<first>" + _NAME_TOKEN + r")\s+and\s+"
                        r"(?P<name>" + _NAME + r")")
_NOT_NAME = re.compile(r"\b(?:Syrian|Network|Forces|Army|Council|Nations|Rapporteur|Committee|"
                       r"Defense|Defence|Helmets|Regime|Coalition|Party|Parties|Governorate|Report|"
                       r"Circular|Security|Human|Rights|Center|Centre)\b")


def _names(chunk: str, link_texts: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The victims' and the injured's names ``chunk`` gives, and its relatives' named in apposition
    (withheld with the victims' names, but not counted as this incident's dead)."""
    found: list[tuple[int, str]] = []
    for t in link_texts:
        t = t.strip()
        if _NAME_RE.match(t) and not _NOT_NAME.search(t):
            i = chunk.find(t)
            found.append((i, t))
    for m in _IDENTIFIED.finditer(chunk):
        for part in re.split(r"\s*,\s*|\s+and\s+", m.group("names")):
            part = part.strip()
            if _NAME_RE.match(part) and not _NOT_NAME.search(part):
                found.append((m.start("names") + m.group("names").find(part), part))
    for m in itertools.chain(_ROLE_NAME.finditer(chunk), _NOUN_NAME.finditer(chunk)):
        if not _NOT_NAME.search(m.group("name")):
            found.append((m.start("name"), m.group("name")))
    for m in _PAIR_NAME.finditer(chunk):
        if not _NOT_NAME.search(m.group(0)):
            found += [(m.start("first"), m.group("first")), (m.start("name"), m.group("name"))]
    kin = [m.group("name") for m in _KIN_NAME.finditer(chunk) if not _NOT_NAME.search(m.group("name"))]
    found += [(chunk.find(n), n) for n in kin]
    victims, injured = [], []
    for pos, name in sorted(found):
        if name in victims or name in injured:
            continue
        # the sentence the name sits in decides its role
        s0 = chunk.rfind(".", 0, max(pos, 0)) + 1
        s1 = chunk.find(".", pos + len(name))
        sentence = chunk[s0:s1 if s1 >= 0 else len(chunk)]
        if re.search(r"injur|wound", sentence, re.I) and not _EVENT.search(sentence):
            injured.append(name)
        else:
            victims.append(name)
    return victims, injured, kin


# -- dates -------------------------------------------------------------------------------------

def _assign_dates(chunk: str, mentions: list[DateMention], torture: bool) -> tuple[dt.date, dict]:
    roles: dict[str, dt.date] = {}
    for d in mentions:
        before = chunk[max(0, d.start - 90):d.start].lower()
        after = chunk[d.end:d.end + 40].lower()
        if re.search(r"(?:wounds|injuries) (?:he |she |they )?(?:had )?sustained(?: on)?[^.;]{0,30}$|"
                     r"(?:was|were) (?:injured|wounded)(?: on)?\s*$", before):
            roles.setdefault("wounded", d.date)
        elif re.search(r"previous day,?\s*$", before):
            roles.setdefault("wounded", d.date)
        elif re.search(r"(?:arrested|detained|abducted|kidnapped|custody)\b[^.;]{0,40}$", before):
            roles.setdefault("arrested", d.date)
        elif re.search(r"(?:died|death|passed away|succumbed|tortured to death)\b[^.;]{0,15}$", before) \
                and not re.search(r"wounds|injuries", before[-25:]):
            roles.setdefault("died", d.date)
        elif re.search(r"^,?\s*(?:his|her|their) (?:body|bodies|family|relatives)\b", after) or \
                re.search(r"(?:body|bodies) (?:was|were) (?:returned|handed|delivered|found)[^.;]{0,30}$",
                          before):
            roles.setdefault("body_returned", d.date)
        elif re.search(r"(?:learned|learnt|informed|notified|documented|confirmed)\b[^.;]{0,30}$", before) \
                or _LEARNED.match(after.lstrip(" ,")):
            roles.setdefault("learned", d.date)
        else:
            roles.setdefault("event", d.date)
    if "wounded" in roles and "died" not in roles and "event" in roles and roles["event"] > roles["wounded"]:
        roles["died"] = roles.pop("event")
    if "wounded" in roles and "event" in roles and roles["event"] == roles["wounded"]:
        roles.pop("event")
    # the incident date: when the harm was done
    if "wounded" in roles:
        date = roles["wounded"]
    elif torture and "arrested" in roles:
        date = roles["arrested"]
    elif "event" in roles:
        date = roles["event"]
    elif "died" in roles:
        date = roles["died"]
    else:
        date = min(roles.values())
    return date, {k: v.isoformat() for k, v in roles.items()}


# -- the extractor -----------------------------------------------------------------------------

def _in_window(d: dt.date, period: tuple[int, int] | None, torture: bool) -> bool:
    if period is None:
        return True
    first = dt.date(period[0], period[1], 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    if torture:
        return dt.date(2011, 3, 1) <= d <= last + dt.timedelta(days=31)
    return first - dt.timedelta(days=62) <= d <= last + dt.timedelta(days=31)


# "On Tuesday, residents were leaving the mosque", "... killed yesterday": an incident's day
# without its date (never a report's own "released today", "said on Monday").
# ("the body of scientist Hassan Ibrahim was found on Sunday": the weekday after the verb that tells
# the death - round 8's en-2025-02-news-01, read after its measurement)
_WEEKDAY_DATE = re.compile(r"^\W*(?:on|last)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                           r"(?!,?\s+(?:\d{1,2}\b|(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b))|\b(?:killed|died|shot dead)\s+(?P<rel>yesterday)\b"
                           r"|\b(?:killed|died|shot dead|executed|(?:was|were)\s+found|(?:was|were)\s+discovered)\s+"
                           r"on\s+(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                           r"(?!,?\s+(?:\d{1,2}\b|(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b))"
                           # "the Russian jets on Friday bombed a building sheltering IDPs in the town of
                           # Hass": the press's subject - day - verb order (en-2019-08-press-01, after round
                           # 9's measurement)
                           r"|\bon\s+(?P<wd3>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
                           r"(?:bombed|shelled|struck|hit|attacked|targeted|killed|shot|raided|stormed|fired|"
                           r"dropped|launched|carried out|opened fire|executed)\b"
                           # "Russian warplanes bombed a market in Ariha city on Monday, killing ..."
                           r"|\b(?:bombed|shelled|struck|attacked|targeted|raided|stormed)\b[^.;]{0,120}?\bon\s+"
                           r"(?P<wd4>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                           r"(?!,?\s+(?:\d{1,2}\b|(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b))", re.I)


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def weekday_before(published: dt.date, weekday: str | None) -> dt.date:
    """The day a text of ``published`` means by a weekday: the last such weekday on or before
    it ("Friday"), or the day before (``None``: "yesterday").

    >>> weekday_before(dt.date(2012, 5, 14), "Friday")   # a Monday's "on Friday"
    datetime.date(2012, 5, 11)
    """
    back = (published.weekday() - _WEEKDAYS.index(weekday.lower())) % 7 if weekday else 1
    return published - dt.timedelta(days=back)


def _dates(text: str, period, published: dt.date | None = None) -> list[DateMention]:
    """The day-level dates of ``text``; with none written, "On Tuesday" / "yesterday" / "today"
    resolved against the publication date (the last such weekday on or before it)."""
    found = find_dates(text, period=period)
    if found or published is None or re.search(r"\breport\b", text, re.I):
        return found
    out = []
    for m in _WEEKDAY_DATE.finditer(text):
        weekday = m.group("wd") or m.group("wd2") or m.group("wd3") or m.group("wd4")
        out.append(DateMention(weekday_before(published, weekday), m.start(), m.end(), False))
    return out


# The day a source spoke, not the day of an event: "The Syrian Network for Human Rights (SNHR) documented on
# 1 December the killing of 277 civilians" (its November report), "The fighting factions ..., said on 2
# December that violent clashes ... are taking place" (written after round 10's measurement, en-2019-12-news-03)
# (its teller between: "according to a report published by a UK-based rights monitor on Monday, August 1", Enab Baladi
# English; round 70, test batch, en-2016-07-press-70, after its measurement: fix70)
_SAID_ON = re.compile(r"\b(?:said|documented|reported|announced|stated|confirmed|published|released)\s+"
                      r"(?:by\s+(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+){0,5}?\s+)?on\s+"
                      r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.I)


# "killed 314 from civilians 6 June 2016 to 16 June 2016": two days joined as a range ("between" before "and")
# (also "since 1 January 2015 and up till 31 August 2015": a range's joint with "and up")
_RANGE_JOIN = re.compile(r"^\s*(?:(?:and\s+)?(?:up\s+)?(?:to|until|till)|through|[-–—])\s*$", re.I)


def _period_of_days(text: str, dates: list[DateMention]) -> bool:
    """Are the dates of ``text`` only the two ends of ranges of days, and the sentence names no place? Then its
    figure is that period's, not one incident's: "According to the report, government forces and its
    pro-government forces killed 314 from civilians 6 June 2016 to 16 June 2016 including 55 children"
    (en-2016-06-monthly-14, written after round 14's measurement). A range at a named place ("in Douma city ...
    from February 5 to 12") is still read as what happened there."""
    if len(dates) < 2 or len(dates) % 2:
        return False
    for a, b in zip(dates[::2], dates[1::2]):
        join = text[a.end:b.start]
        if not (_RANGE_JOIN.match(join) or re.match(r"^\s*and\s*$", join, re.I)
                and re.search(r"\bbetween\s+$", text[:a.start], re.I)):
            return False
    return not any(not ph.hometown and not ph.origin_of_fire for ph in place_phrases(text))


def _is_anchor(s: Sentence, period, torture_para: bool, published: dt.date | None = None,
               event_next: bool = False, any_year: bool = False) -> bool:
    """A sentence that opens an incident: a date near the report's month and a killing verb
    (``event_next``: the verb is in the next sentence, "On Tuesday, residents were leaving the
    mosque. As they were at its door, gunmen opened fire, killing 16")."""
    if _SUMMARY.search(s.text) or many_attacks(s.text) or _SERIES_END.match(s.text) \
            or DAYS_DOCUMENTED_RE.search(s.text):
        return False  # (a statement of a period: "documented from ... March 23 until ... March 30")
    dates = _dates(s.text, period, published)
    if dates and all(_SAID_ON.search(s.text[:d.start]) for d in dates):
        return False  # only the day a report came out: "SNHR documented on 1 December the killing of 277 ..."
    if not dates or _period_of_days(s.text, dates):
        return False
    torture = torture_para or bool(_TORTURE.search(s.text))
    # (``any_year``: a text that covers no month - a news or press piece - tells a dated attack of
    # any year, its year written out: "the one on Ghouta ... on August 21, 2013, which killed 1,127")
    if not any(_in_window(d.date, period, torture) or any_year and d.year_given for d in dates):
        return False
    if _ABROAD.search(s.text) and not re.search(r"\b(?:village|town|city|camp)\b", s.text, re.I):
        return False
    if _EVENT.search(s.text) or event_next or _MASSACRES.search(s.text):
        return True
    return torture and bool(_ARRESTED.search(s.text))


# "The Syrian regime used gases ... 28 times. The first one of which were on 23 December, 2012 where
# Al-Bayyada neighborhood were targeted while the last time were on 21 July, 2013 ...": the first and
# last of a counted series, dated but no incident of their own (en-2013-08-news-02, round 9's tune text)
_SERIES_END = re.compile(r"^\W*(?:the\s+)?(?:first|last|latest)\s+(?:one\s+|time\s+|attack\s+)?of\s+"
                         r"(?:which|these|them|those)\b", re.I)


# "...; and the bombing of ...": where a sentence's second account begins
# (or ", and the massacre ...": "the two massacres ... in the village of Al-Tabiya on Friday 22 January 2016, and the
# massacre in the town of Khisham on Saturday 23 January 2016"; rounds 52 and 54, after their measurement: fix5254)
_AND_ANOTHER = re.compile(r";\s+(?:and\s+)?|,\s+and\s+(?=(?:the|a|another)\s+(?:[\w-]+\s+)?(?:massacres?|bombings?|attacks?|"
                          r"shelling|(?:air\s?)?strikes?|raids?|explosions?)\b)", re.I)


# massacres told as a count of them ("the two massacres perpetrated by Russian warplanes in the village of Al-Tabiya on
# Friday 22 January 2016"): a killing, its victims uncounted
_MASSACRES = re.compile(r"\b(?:two|three|four|five|\d+)\s+massacres\b", re.I)


def _two_attacks(sentences: list[Sentence], period) -> list[Sentence]:
    """The sentences, one that tells two attacks split in two: "... the one on Ghouta ..., on
    August 21, 2013, which killed 1,127 civilians (...) and injured 5,935 others; and the bombing
    of the city of Khan Sheikhoun ..., on April 4, 2017, which resulted in the death of 91
    civilians" (each half with its own day and its own killing)."""
    out = []
    for s in sentences:
        cut = next((m for m in _AND_ANOTHER.finditer(s.text)
                    if all(find_dates(half, period=period) and (_EVENT.search(half) or _MASSACRES.search(half))
                           for half in (s.text[:m.start()], s.text[m.end():]))), None)
        if cut is None:
            out.append(s)
            continue
        out.append(Sentence(s.text[:cut.start()], s.start, s.start + cut.start(), s.paragraph, s.section))
        out.append(Sentence(s.text[cut.end():], s.start + cut.end(), s.end, s.paragraph, s.section))
    return out


def _restated_toll(lead: str, dated: str) -> bool:
    """Does ``dated`` restate, with its day, the toll the undated ``lead`` just told with its place? ("Air
    raids on a popular market in Maraat al-Numan ... have killed 11 civilians ..." / "Enab Baladi's
    correspondent in rural Idlib quoted medical sources as saying that 11 civilians, including two women,
    were killed ... on Monday, 2 December."; written after round 10's measurement, en-2019-12-news-03)"""
    if find_dates(lead) or not _EVENT.search(lead):
        return False
    n = count_victims(dated).killed
    # (the lead's own count, not count_victims': "have killed 11 civilians and wounded at least 20 others")
    return n is not None and bool(re.search(r"(?<![\d,])" + str(n) + r"\s+(?:civilians|people|persons|individuals|"
                                            r"victims)\b", lead)) and bool(place_phrases(lead))


# A sentence that tells a month's toll: "In December alone, SNHR documented the killing of 80 civilians" (the next
# sentence after "... in power dynamics following Dec. 8, 2024." in en-2025-12-press-01; round 26, after its
# measurement: that date, once "Dec." no longer ends a sentence, took the month's toll as its event)
_MONTHS_TOLL = re.compile(r"^\W*(?:In|During|Throughout)\s+(?:(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|"
                          r"June|July|August|September|October|November|December)(?:\s+\d{4})?)(?:\s+alone)?,")


# SNHR's stock condemnation of a kind of attack, not of this one: "SNHR condemns all explosions which target civilians
# through indiscriminate killing" tells no death (en-2020-09-refuse-67, an IED that only damaged a building; round 67,
# after its measurement: fix67). "SNHR condemns the Israeli attack which caused the death of ..." is this attack's.
STOCK_CONDEMNATION = re.compile(r"\b(?:SNHR|Syrian\s+Network\s+for\s+Human\s+Rights|We)\s+(?:strongly\s+)?"
                                 r"condemns?\s+(?:all|any|every)\b", re.I)


# A report's statement of its figures: "The report records that 81 medics ... were killed in the first half of 2016"
_REPORT_RECORDS = re.compile(r"^\W*(?:\d{1,2}\s*[-.)]\s*)?(?:The|This|SNHR['’]s|Its)\s+(?:monthly\s+)?report\s+(?:also\s+)?"
                             r"(?:records|recorded|notes|noted|says|said|states|stated|documents|documented|shows|showed|"
                             r"adds|added|reveals|revealed|mentions|mentioned)\b", re.I)


def _groups(sentences: list[Sentence], period, torture_para: bool,
            published: dt.date | None = None, any_year: bool = False) -> list[list[Sentence]]:
    def event_next(i: int) -> bool:
        if re.search(r"\breport\b|\breleased\b|\bpublished\b|\bannounced\b", sentences[i].text, re.I):
            return False
        # the killing told in one of the next two sentences ("On August 29, 2023, armed clashes
        # erupted ... The clashes ... are continuing ... SNHR has documented the killing of nine
        # civilians"), none of them dated
        for j in (i + 1, i + 2):
            if j >= len(sentences) or _dates(sentences[j].text, period, published):
                return False
            if _MONTHS_TOLL.match(sentences[j].text):
                return False  # a month's toll, no day's killing ("In December alone, SNHR documented ...")
            if _REPORT_RECORDS.match(sentences[j].text) or find_month_years(sentences[j].text):
                # a report's figure or a toll of a month named with its year, no day's killing: "One day after the
                # High Negotiation Committee decided to postpone its participation in Geneva talk on 19 April, ..." /
                # "The report records that 81 medics and civil defense personnel were killed in the first half of
                # 2016"; a page's dateline, "SNHR Thursday, September 8, 2016 is a certified source ..." / "13 Media
                # Activists Killed, 28 others Injured, Toll of August 2016" (round 70, test batch, after its
                # measurement: fix70)
                return False
            if _EVENT.search(sentences[j].text) and not STOCK_CONDEMNATION.search(sentences[j].text):
                return True
        return False

    anchors = [i for i, s in enumerate(sentences)
               if _is_anchor(s, period, torture_para, published, event_next(i), any_year)]
    if not anchors:
        return []
    # a sentence that tells another massacre on its own ("One more massacre was committed ...")
    # ends the incident before it
    told = [i for i, s in enumerate(sentences) if _TOLD_MASSACRE.search(s.text) and i not in anchors]
    groups: list[list[Sentence]] = []
    for k, i in enumerate(anchors):
        stop = anchors[k + 1] if k + 1 < len(anchors) else len(sentences)
        stop = min([j for j in told if i < j < stop] + [stop])
        text = _DATE_LEAD.sub("", sentences[i].text)
        same_person = bool(_PRONOUN_START.match(text) or _LEARNED.search(text))
        if groups and same_person:
            groups[-1].extend(sentences[i:stop])
            continue
        group = sentences[i:stop]
        if k == 0 and i > 0 and (_BACKREF.search(sentences[i].text) or _restated_toll(
                sentences[i - 1].text, sentences[i].text) or (
                same_person and not _SUMMARY.search(sentences[i - 1].text)
                and not re.search(r"identified as", sentences[i].text))):
            group = sentences[i - 1:stop]
        groups.append(group)
    return groups


_CAPTION_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
                  r"Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
# A photo's caption, a line of its own: what the picture shows, a dash, the picture's day, and its credit in brackets,
# no full stop: "The debris left by Russian airstrikes west of Idlib, resulting in the death of a civilian and five
# injuries - March 1, 2024 (Syria Civil Defense/Telegram)" (Enab Baladi English's form; round 69, test batch,
# en-2024-02-press-69, after its measurement: fix69). The picture's event is the photographer's, not the story's
# figures: no incident of the text.
_PHOTO_CAPTION = re.compile(r"^(?![^\n]*\.\s*$)[^\n]{10,300}?\s[–—-]\s*(?:" + _CAPTION_MONTH + r"\s+\d{1,2},?\s+(?:19|20)\d{2}|"
                            r"\d{1,2}\s+" + _CAPTION_MONTH + r",?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|"
                            + _CAPTION_MONTH + r"\s+(?:19|20)\d{2})\s*\([^()\n]{2,80}\)\s*$")


def is_photo_caption(paragraph: str) -> bool:
    """True for a photo's caption line (its day and its credit at the end, no full stop).

    >>> is_photo_caption("Rubble of a school hit by regime shelling in Ariha - May 3, 2023 (Enab Baladi/Ahmad)")
    True
    >>> is_photo_caption("On May 3, 2023, regime shelling hit a school in Ariha, killing two children (SNHR).")
    False
    """
    return bool(_PHOTO_CAPTION.search(paragraph.strip()))


def extract_incidents(doc: Document, period: tuple[int, int] | None = None,
                      published: dt.date | None = None, any_year: bool = False) -> list[ReportIncident]:
    """Every incident the narrative of ``doc`` describes, in text order, duplicates merged."""
    incidents: list[ReportIncident] = []
    # Before the first numbered section is the title page (title, date, publisher).
    has_sections = any(p.section for p in doc.paragraphs)
    paragraphs = list(doc.paragraphs)
    list_day = None  # a daily list's day, its lead ending the paragraph before
    head = None if has_sections else dated_headline(doc, period)
    head_at, head_day = head if head else (0, None)
    in_body = 0  # incidents of the body (after a dated headline)
    if any_year and head is None:
        incidents.extend(_undated_lead(doc, period, published))
    for k, p in enumerate(paragraphs):
        if p.heading or EXCLUDED_SECTION_RE.search(p.section or "") or (has_sections and not p.section) \
                or is_photo_caption(p.text):
            continue
        told = len(incidents)
        if head_day is not None and k > head_at and not in_body:
            inc = _undated_killing(doc, p, period, head_day, published)
            if inc is not None:
                incidents.append(inc)
        torture_para = (bool(re.search(r"tortur", p.section or "", re.I)) and bool(
            _TORTURE.search(p.text) or _ARRESTED.search(p.text))) or bool(
            _ARRESTED.search(p.text) and re.search(r"tortured to death|(?:died|death) (?:due to|under) "
                                                    r"torture|died in (?:detention|custody)", p.text, re.I)) or bool(
            # a detainee's death after the torture told as his state: "he was extremely unwell due to the brutal
            # torture to which he had been subjected in detention. He remained in the hospital's intensive care
            # unit until his death on ..." (en-2024-07-torture-15, written after round 15's measurement)
            _ARRESTED.search(p.text) and _TORTURE_STATE.search(p.text) and _EVENT.search(p.text))
        for group in _groups(_two_attacks(p.sentences, period), period, torture_para, published, any_year):
            inc = _build(doc, group, period, torture_para, published)
            if inc is not None:
                _civilians_of_victims(doc, group[0].end, inc)
                _toll_since_day(group[0].text, inc, published)
                incidents.append(inc)
                incidents.extend(_distribution(doc, group, inc))
                incidents.extend(_other_attack(doc, group, inc))
        if len(incidents) > told and incidents[-1].stated_control is None:
            _control_from_next(incidents[-1], paragraphs[k + 1:k + 3])
        incidents.extend(_massacre_summary(doc, p, period))
        incidents.extend(_massacre_told(doc, p, period, published, any_year))
        if not any_year:
            incidents.extend(_massacre_uncounted(doc, p, period))
        if any_year:
            incidents.extend(_massacre_retold(doc, p, published))
        incidents.extend(_past_days_toll(doc, p, published))
        if any_year:
            incidents.extend(_day_place_counts(doc, p, period, published))
        listed, list_day = _party_list(doc, p, period, list_day)
        incidents.extend(listed)
        if k > head_at:
            in_body += len(incidents) - told
    if any_year and not incidents:
        incidents.extend(_anniversary_attack(doc, published) or _anniversary_killing(doc, published)
                         or _snhr_said_killed(doc, period, published))
    if any_year:
        incidents.extend(_attack_told_before(doc, period, published))
        incidents.extend(_place_witnessed_killings(doc, published))
    head = None if has_sections else _headline(doc)
    head_gov = find_governorate(head) if head else None
    for inc in incidents:
        if inc.governorate is None and inc.place_text and head_gov is not None:
            # "Al Mazra'a village in Aleppo suburbs" (the headline) / "... from Al Mazra'a village"
            inc.governorate, inc.governorate_pcode = head_gov.name, head_gov.pcode
    return _merge_duplicates(incidents)



def _sentence_before(doc: Document, start: int) -> str | None:
    """The sentence that ends just before offset ``start`` (a paragraph break between is fine)."""
    before = doc.text[max(0, start - 600):start].strip()
    last = re.split(r"(?<=[.!?:])\s+", before)[-1] if before else ""
    return last or None


# "We note that this bombing followed an aerial attack by Syrian regime forces using barrel bombs
# resulting in the death of a civilian": another party's attack told in the incident's account.
_OTHER_ATTACK = re.compile(r"\b(?:followed|preceded|came after|was followed by|after|before)\s+"
                           r"(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|shelling|"
                           r"(?:air)?strike|bombardment)s?\s+(?:carried out\s+)?by\b", re.I)

# "Moreover, Russian air raids hit the main market in the city of Sarajib, east of Idlib, led to the death of one
# civilian": another party's attack on a place of its own, told after the incident with no day (written after
# round 10's measurement, en-2019-12-news-03)
_MOREOVER_ATTACK = re.compile(r"^\W*(?:Moreover|Furthermore|In addition|Additionally|Meanwhile|Also),?\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:air\s*raids?|airstrikes?|air strikes?|warplanes|jets|shelling|strikes?|"
                              r"bombardment|forces)\s+(?:hit|struck|targeted|bombed|shelled|attacked)\b", re.I)


def _other_attack(doc: Document, group: list[Sentence], lead: ReportIncident) -> list[ReportIncident]:
    """Another party's killing told inside an incident's account, without a date or a place of
    its own: an incident of the lead's day, its place in the sentence before (``place_context``)."""
    out = []
    for k, s in enumerate(group[1:], start=1):
        if not (_OTHER_ATTACK.search(s.text) or _MOREOVER_ATTACK.match(s.text) and place_phrases(s.text)) \
                or not _EVENT.search(s.text) or find_dates(s.text):
            continue
        perp_text, perp_code, perp_also = _perpetrator(s.text, 0)
        moreover = _MOREOVER_ATTACK.match(s.text)
        if perp_code is None and moreover:
            # "Russian air raids hit ...": the attack's subject names the party
            perp_text, perp_code, perp_also = _subject_perpetrator(re.sub(
                r"^\W*\w+(?:\s+addition)?,?\s+|\s+\w+$", "", moreover.group(0)))
        # (an attack on a place of its own may be the same party's: it is another incident all the same)
        if perp_code is None or perp_code == lead.perpetrator and not moreover:
            continue
        count, injured = _victims(s.text, s.text)
        if not count.killed:
            continue
        place = _place_for(s.text, _EVENT.search(s.text).start())
        gov = find_governorate(s.text)
        inc = ReportIncident(date=lead.date, date_precision=lead.date_precision, killed=count.killed,
                             children=count.children, women=count.women, injured=injured,
                             perpetrator=perp_code, perpetrator_text=perp_text, perpetrator_also=perp_also,
                             place_text=place.text if place else None,
                             governorate=gov.name if gov else lead.governorate,
                             governorate_pcode=gov.pcode if gov else lead.governorate_pcode,
                             place_context=None if place else group[k - 1].text,
                             section=s.section, sentences=[s.text])
        out.append(_told_in(doc, inc, s, "another party's attack told in the account of the incident before: "
                                          "its day"))
    return out


def _short_line(p) -> str | None:
    """A paragraph's text when it is one short line with no full stop (a title or subtitle)."""
    if p is None or len(p.sentences) != 1:
        return None
    line = p.text.strip()
    return None if len(line) > 220 or line.endswith(".") else line


def _headline(doc: Document) -> str | None:
    """A post's headline: its first paragraph, when that is one short line with no full stop."""
    return _short_line(next((p for p in doc.paragraphs if p.text.strip()), None))


def dated_headline(doc: Document, period) -> tuple[int, dt.date] | None:
    """``(paragraph index, day)`` of the headline that announces a killing on one day: the
    title ("Boy named ... killed by a landmine ... in E. Deir Ez-Zour, November 27, 2023") or
    the subtitle under a title that gives no day ("The Syrian People are Walking from One
    Massacre to Another" / "... Report of Douma Massacre on June 16, 2012", SNHR's 2012-2013
    report pages)."""
    # (a photo's caption under the title is no subtitle: its day is the picture's; fix69)
    shown = [(k, p) for k, p in enumerate(doc.paragraphs) if p.text.strip() and not is_photo_caption(p.text)][:2]
    for j, (k, p) in enumerate(shown):
        line = _short_line(p) if j == 0 else _subtitle(p)
        if line is None:
            return None
        days = find_dates(line, period=period)
        if _EVENT.search(line) and len(days) == 1:
            return k, days[-1].date
        if days or _DAY_NAMED.search(line) or j == 0 and _EVENT.search(line) is None:
            return None  # a dated title that announces no killing; a title about something else
    return None


# "June 16", "16 June": a day named, with or without its year
_DAY_NAMED = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)\s+\d{1,2}\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\b")


def _subtitle(p) -> str | None:
    """A paragraph's text when it is one short line with no full stop at its end (a subtitle;
    it may hold a "…." inside)."""
    line = p.text.strip()
    return None if "\n" in line or len(line) > 160 or line.endswith(".") else line


def headline_day(doc: Document, period) -> dt.date | None:
    """The day a news post's headline gives when it announces a killing (see
    :func:`dated_headline`)."""
    head = dated_headline(doc, period)
    return head[1] if head else None


def _undated_killing(doc: Document, p, period, day: dt.date,
                     published: dt.date | None) -> ReportIncident | None:
    """A body paragraph that tells the killing its dated headline announces, with no date of
    its own ("A 15-year-old boy ... was killed by the explosion of a landmine ... in Mouzan
    village"): the incident, on the headline's day."""
    if any(_dates(s.text, period, published) for s in p.sentences):
        return None  # a dated paragraph: its incidents are read the usual way
    first = next((i for i, s in enumerate(p.sentences) if _EVENT.search(s.text)
                  and not _SUMMARY.search(s.text)
                  and not re.search(r"\b(?:reports?|documented (?:hundreds|thousands|dozens))\b",
                                    s.text, re.I)), None)
    if first is None:
        return None
    inc = _build(doc, p.sentences[first:], period, False, published, default_day=day)
    if inc is not None:
        inc.notes.append("the day is the headline's: the text tells the killing without one")
        _attack_told_first(doc, p.sentences[first], inc, period, published)
    return inc


# A toll that names its attack by the noun alone: "Five civilians were killed in the bombing, including a child"
_IN_THE_ATTACK = re.compile(r"\b(?:in|by|from|during|as a result of)\s+the\s+(?:[\w-]+\s+){0,2}?(?:bombing|shelling|"
                            r"bombardment|attack|(?:air\s?)?strike|air raid|raid|explosion|blast|massacre)s?\b", re.I)
# The attack told before it, its subject the party: "On November 22, 2022, Syrian Democratic Forces (SDF) used a rocket
# launcher to fire multiple missiles targeting the Turkish Market in the middle of Izaz city ..."
_ATTACK_SUBJECT = re.compile(r"^\W*(?P<subj>[^.;]{3,120}?)\s+(?:used|fired|launched|shelled|bombed|targeted|struck|"
                             r"attacked|dropped|hit|carried out)\b")


def _attack_told_first(doc: Document, s: Sentence, inc: ReportIncident, period,
                       published: dt.date | None) -> None:
    """Join to ``inc`` (the toll ``s`` tells with no day of its own, on the headline's day) the sentence right before
    ``s`` when that tells the attack the toll names by its noun alone: dated on the incident's day, telling no killing
    of its own ("On November 22, 2022, Syrian Democratic Forces (SDF) used a rocket launcher to fire multiple missiles
    targeting the Turkish Market in the middle of Izaz city ..." then "Five civilians were killed in the bombing,
    including a child, ..."). The incident's span holds both, and its party is the attack's subject when the toll
    names none; its shown provenance stays the toll's. (Rounds 52 and 54, after their measurement: fix5254.)"""
    if not _IN_THE_ATTACK.search(s.text):
        return
    before = [t for t in doc.sentences() if t.end <= s.start][-1:]
    if not before or _EVENT.search(before[0].text):
        return
    t = before[0]
    if not any(m.date == inc.date for m in _dates(t.text, period, published)):
        return
    m = _ATTACK_SUBJECT.search(t.text)
    if m is None:
        return
    inc.start, inc.line = min(inc.start, doc.original_span(t.start, t.end)[0]), doc.line_of(t.start)
    if inc.perpetrator is None:
        inc.perpetrator_text, inc.perpetrator, inc.perpetrator_also = _subject_perpetrator(m.group("subj"))


# SNHR as the teller closing a sentence: ", the Syrian Network for Human Rights (SNHR) reported mentioning regional sources."
_TOLD_BY_SNHR_AT_END = re.compile(r",\s*(?:the\s+)?Syrian\s+Network\s+for\s+Human\s+Rights(?:\s*\(SNHR\))?\s+"
                                  r"(?:reported|said|stated|documented|reports|says)\b[^.;,]*\.?\s*$", re.I)


def _undated_lead(doc: Document, period, published: dt.date | None) -> list[ReportIncident]:
    """A news article's lead that tells a killing at a named place with its count but no day ("According
    to local activists, a group of armed masked extremists stormed the village of Tal Dahab ..., and shot
    dead four people."): the news of the days before publication - an incident of week precision, dated
    a week before the publication. (Written after round 8's measurement, from en-2025-02-news-01.)"""
    first = next((p for p in doc.paragraphs if p.sentences and not p.heading), None)
    if first is None or published is None:
        return []
    s = first.sentences[0]
    # (SNHR named only as the teller at the lead's end, "..., the Syrian Network for Human Rights (SNHR) reported
    # mentioning regional sources": the lead is still the outlet's news of one killing; rounds 64 and 65,
    # en-2020-07-torture-64, after their measurement: fix6465)
    own = _TOLD_BY_SNHR_AT_END.sub("", s.text)
    if len(s.text) < 80 or _dates(s.text, period, published) or _SUMMARY.search(s.text) \
            or re.search(r"\breport\b|\bSNHR\b|Network", own) or not _EVENT.search(s.text) \
            or not _NP_RE.search(s.text) or not any(not ph.hometown for ph in place_phrases(s.text)):
        return []
    inc = _build(doc, [s], period, False, published, default_day=published - dt.timedelta(days=7))
    if inc is None or not inc.killed or inc.place_text is None:
        return []
    said = _NP_RE.search(s.text)
    if (inc.killed, inc.children, inc.women) == (1, None, None) and said and said.group("n"):
        # a headline's count before its bare participle, no auxiliary ("Approximately 13,000 Civilians Killed at the
        # Hands of ..., including 1,463 Children"): the count the lead writes, not one victim (round 22, test
        # batch, en-2018-02-annual-22, after its measurement)
        count = count_victims(s.text[said.start():])
        if count.killed and count.killed > 1:
            inc.killed, inc.children, inc.women = count.killed, count.children, count.women
    if len(first.sentences) > 1:
        _among_those_killed(inc, first.sentences[1])
    inc.date_precision = DatePrecision.WEEK
    inc.notes.append("a news lead that tells the killing without a day: the week before publication")
    return [inc]


# "Four women were among those killed in the village of Tamanaa in al-Ghab, ...": a press lead's second
# sentence that names the place (and the women or children) of the killing its first sentence counts.
_AMONG_KILLED = re.compile(r"^\W*(?P<np>" + _NP + r")\s+(?:were|was)\s+among\s+(?:those|the\s+(?:dead|victims))"
                           r"\s+(?:killed\s+)?in\s+", re.I)


def _among_those_killed(inc: ReportIncident, s: Sentence) -> None:
    """Give the lead's incident the place and the women or children of the sentence after it ("Syrian
    troops ... shot dead seven civilians when they overran a rebellious Sunni Muslim village west of the
    city of Hama" / "Four women were among those killed in the village of Tamanaa in al-Ghab"): the first
    names the count, the second the village. (Written after round 11's measurement, from the agency report
    en-2012-05-news-11: round 11 is tuned for it.)"""
    m = _AMONG_KILLED.match(s.text)
    if m is None:
        return
    place = next((ph for ph in place_phrases(s.text[m.end() - 3:]) if not ph.hometown), None)
    if place is None:
        return
    part = count_victims(m.group("np"))
    if part.killed is None or part.killed > (inc.killed or 0):
        return  # not a part of the lead's dead
    inc.place_text = place.text
    if part.women:
        inc.women = max(inc.women or 0, part.women)
    if part.children:
        inc.children = max(inc.children or 0, part.children)
    inc.sentences.append(s.text)
    inc.end = max(inc.end, s.end)
    inc.notes.append("the place and the women or children are the next sentence's: 'N were among those killed in X'")


# "The Syria Network for Human Rights (SNHR) said seven victims, including three children and two women, were
# killed by a barrel bomb attack on the neighborhood of al-Balat.": an outlet's report of what SNHR said.
_SNHR_SAID = re.compile(r"\b(?:SNHR|Network for Human Rights|the Network)\)?\s+(?:said|says|reported|stated)\s+"
                        r"(?:that\s+)?(?=[^.;]{0,200}?\b(?:were|was)\s+(?:\w+\s+)?killed\b)", re.I)


def _snhr_said_killed(doc: Document, period, published: dt.date | None) -> list[ReportIncident]:
    """A press article that tells no dated incident but quotes SNHR on one killing with its count and
    place ("The Syria Network for Human Rights (SNHR) said seven victims, including three children and two
    women, were killed by a barrel bomb attack on the neighborhood of al-Balat."): the killing of the days
    the article reports, an incident of month precision in the month it was published. (Written after round
    11's measurement, from en-2014-05-news-11, whose day is only the lead's "on Wednesday": round 11 is
    tuned for it.)"""
    if published is None:
        return []
    for p in doc.paragraphs:
        for s in p.sentences:
            m = _SNHR_SAID.search(s.text)
            if m is None or _SUMMARY.search(s.text) or _dates(s.text, period, published):
                continue
            inc = _build(doc, [s], period, False, published, default_day=published.replace(day=1))
            if inc is None or not inc.killed or inc.place_text is None:
                continue
            inc.date, inc.date_precision = published.replace(day=1), DatePrecision.MONTH
            before = _sentence_before(doc, s.start)
            control = find_stated_control(before) if before and inc.stated_control is None else None
            if control is not None:
                # the outlet's own lead says whose the area was ("targeting rebel-held areas in Aleppo's Old City")
                _set_control(inc, control)
            inc.notes.append("an outlet quotes SNHR on a killing without a day: the month of publication")
            return [inc]
    return []


# "SNHR documented the extrajudicial killings of five civilians ... on Thursday, December 9,
# 2021, with the toll of victims distributed as follows:" then "Syrian Democratic forces: a
# civilian" / "Unidentified parties: four civilians, including a woman": a daily brief's list.
_PARTY_LINE = re.compile(r"^(?P<label>[A-Z][^:.]{2,80}):\s*(?P<n>an?|one|" + NUMBER_RE + r")\s+(?:civilians?|"
                         r"people|persons?|victims?|individuals?)\b(?P<rest>.*)$", re.I)


def _party_list(doc: Document, p, period, lead_day: dt.date | None = None
                ) -> tuple[list[ReportIncident], dt.date | None]:
    """One incident per party line of a dated "distributed as follows:" list (place unknown),
    and the list's day when the paragraph ends with its lead (the lines follow after a blank
    line: ``lead_day`` of the next call)."""
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    out: list[ReportIncident] = []
    for s in p.sentences:
        if re.search(r"distributed as follows?\s*:\s*$", s.text, re.I):
            days = find_dates(s.text, period=period)
            lead_day = days[0].date if days else None
            continue
        m = _PARTY_LINE.match(s.text)
        if lead_day is None or m is None:
            lead_day = None if m is None else lead_day
            continue
        try:
            party = parse_perpetrator(m.group("label"), date=lead_day)
        except UnknownPerpetrator:
            continue  # a place line: read by the distribution list
        c = count_victims(m.group("n") + " civilians" + m.group("rest"))
        inc = ReportIncident(date=lead_day, killed=c.killed, children=c.children, women=c.women,
                             perpetrator=party.code, perpetrator_text=m.group("label"), section=s.section,
                             sentences=[s.text])
        out.append(_told_in(doc, inc, s, "one line of a daily list by party; the text names no place"))
    return out, lead_day


def _told_in(doc: Document, inc: ReportIncident, s: Sentence, note: str | None = None) -> ReportIncident:
    """``inc`` as told by the one sentence ``s``: its offsets, line and (optional) note."""
    if note:
        inc.notes.append(note)
    inc.start, inc.end = doc.original_span(s.start, s.end)
    inc.line = doc.line_of(s.start)
    return inc


def _control_from_next(inc: ReportIncident, following) -> None:
    """"... was killed ... in shelling of the village." / "The area, which is under the joint
    control of ..., is located near ...": a news post's control statement may open the next
    paragraph; it belongs to the incident told just before it."""
    for q in following:
        if not q.sentences:
            continue
        first = q.sentences[0].text
        control = find_stated_control(first)
        if control is not None and re.match(r"\s*(?:The|This|That)\s+(?:area|village|town|city|"
                                             r"neighbou?rhood|region|site|camp|place)\b", first):
            _set_control(inc, control)
            return
        if control is not None or _EVENT.search(q.text) or find_dates(q.text):
            return  # another incident's paragraph
        # (a paragraph of comment between: "SNHR notes that the clashes are still going on")


def _build(doc: Document, group: list[Sentence], period, torture_para: bool,
           published: dt.date | None = None, default_day: dt.date | None = None,
           date_unknown: bool = False) -> ReportIncident | None:
    """The incident told by the sentences ``group``, or None when they tell none (no date, a day's toll over many places).

    The date is the one the sentences give, else ``default_day``; with neither, no incident is built, unless
    ``date_unknown`` says the incident is told all the same with its date unknown (date None: an Airwars page that
    prints no date quoting SNHR's blame, see :func:`geo.report.monitors.snhr_among_monitors`).

    >>> d = Document("Regime warplanes killed two civilians in Binnish.")
    >>> _build(d, d.sentences(), None, False) is None, _build(d, d.sentences(), None, False, date_unknown=True).when
    (True, 'date unknown')
    """
    start, end = group[0].start, group[-1].end
    chunk = doc.text[start:end]
    chunk = chunk.replace("\n", " ")
    anchor = next((s for s in group if _is_anchor(s, period, torture_para, published)), group[0])
    a_off = anchor.start - start
    control = find_stated_control(chunk)
    body = chunk
    if control is not None:
        # the control sentence names forces, not the place or the perpetrator
        a, b = control.blank_start, control.blank_end
        body = chunk[:a] + " " * (b - a) + chunk[b:]
    torture = bool(_TORTURE.search(chunk)) and (torture_para or bool(
        re.search(r"tortured to death|died (?:due to|under) torture|death under torture", chunk, re.I)))
    mentions = _dates(chunk, period, published) or (
        [DateMention(default_day, 0, 0, True)] if default_day else [])
    if not mentions and not date_unknown:
        return None
    date, roles = _assign_dates(chunk, mentions, torture) if mentions else (None, {})
    documented_candidates = [dt.date.fromisoformat(roles[k]) for k in ("died", "body_returned", "learned")
                             if k in roles]
    documented = max(documented_candidates) if documented_candidates else None
    if documented is not None and documented <= date:
        documented = None

    # the place: the one in the sentence of the main event, else the first after it
    main = re.search(r"tortured to death|died (?:due to|under) torture", body, re.I) if torture else None
    if main is None:
        main = _EVENT.search(body, a_off) or _EVENT.search(body)
        if anchor is not group[0] and _restated_toll(group[0].text, anchor.text):
            main = _EVENT.search(body) or main  # the lead's event, told with its place
    place = _place_for(body, main.start() if main else a_off)
    if place is not None and _LANDMARKS_ONLY.search(place.text) and not _SETTLEMENT_WORD.search(place.text):
        # "an area between Al Kabeer Mosque and Haseba Mosque": landmarks of the town the account
        # named before ("... a severe and concentrated attack in Douma city. ... caused the death
        # of eight persons"), not a place of their own
        place = _named_settlement(body) or _named_settlement(doc.text[max(0, start - 1500):start], last=True) \
            or place
    if place is None:
        place = _named_settlement(body) or _named_settlement(doc.text[max(0, start - 1500):start], last=True)
    if place is not None and _SEVERAL_PLACES.match(place.text):
        # "At least 59 people were killed on Saturday in attacks ... in several cities across Syria": a
        # day's toll over many places (its places may follow, each with its count), no one incident
        return None
    if place is not None and _ONE_BUILDING_IN.search(body[:place.start]) and _is_governorate_name(place.text):
        # "a missile that destroyed a building in Idlib": one building stands in the city that
        # shares the governorate's name, not across the governorate
        place = PlacePhrase(place.text.strip() + " city", place.start, place.end, place.hometown,
                            place.origin_of_fire, place.referred)
    home = next((ph for ph in place_phrases(body) if ph.hometown), None)

    gov = None
    if place is not None:
        gov = find_governorate(place.text)
        if gov is None:
            before = body[:place.start]
            # (not a later sentence's hometown: "In the town of Maraba, some five kilometres north of
            # the capital, the body of ... was found on Sunday ... The victim, a native of the province
            # of Tartous, ..." - en-2025-02-news-01)
            gov = find_governorate(_strip_nonlocal(before, body)) or find_governorate(
                _strip_nonlocal(body, body)[place.end:], last=False)
    if gov is None:
        stop = body.find(". ", place.end) if place is not None else -1
        # "some five kilometres north of the capital": a place measured from Damascus lies in its
        # countryside (Rural Damascus)
        near_capital = _NEAR_CAPITAL.search(body if stop < 0 else body[:stop])
        gov = find_governorate("Rural Damascus") if near_capital else find_governorate(
            body if stop < 0 else body[:stop])

    killed, injured = _victims(body, doc.text[anchor.start:anchor.end])
    lo = bisect.bisect_left(doc.links, (start, start))
    links = []
    for a, b in doc.links[lo:]:
        if a >= end:
            break
        if b <= end:
            links.append(doc.text[a:b])
    victims, injured_names, kin = _names(chunk, links)
    if killed.killed == 1 and len([v for v in victims if v not in kin]) > 1:
        killed = Count(len([v for v in victims if v not in kin]), killed.children, killed.women)
    counted_next = None
    if (killed.killed, killed.children, killed.women) == (1, None, None) and _VAGUE_TOLL.search(anchor.text):
        # "an explosion killed and injured dozens of civilians in ... Afrin" / "A medical source ... reported
        # that 27 bodies and 40 injured people arrived at the hospital": the next sentence counts the dead the
        # lead left uncounted (en-2020-04-news-15, written after round 15's measurement)
        counted_next = _counted_next(doc, anchor.end)
        if counted_next is not None:
            killed = Count(counted_next, None, None)

    own = body
    for g in group[1:]:
        if _MOREOVER_ATTACK.match(g.text) and g.start - start > a_off:
            # "Moreover, Russian air raids hit ... Sarajib": another incident's party (see _other_attack)
            a = g.start - start
            own = own[:a] + " " * (g.end - g.start) + own[a + g.end - g.start:]
    perp_text, perp_code, perp_also = _perpetrator(own, a_off)
    cause_text = _cause_text(body)
    if perp_code is None and cause_text and re.search(r"mine|remnant|cluster|ordnance|left (?:over|behind)",
                                                      cause_text, re.I):
        # SNHR counts landmines and war remnants under "other parties" unless it names the party
        perp_text, perp_code, perp_also = _perpetrator(cause_text + " of unidentified source", 0)
    from ..incident import parse_cause  # noqa: PLC0415 - geo.incident owns the cause vocabulary

    cause = "torture" if torture else parse_cause(cause_text or "") if cause_text else None
    if torture:
        category = "torture"
    elif (killed.killed or 0) >= 5 or killed.killed is None and re.search(r"\bmassacres?\b", chunk, re.I):
        category = "massacre"  # (a massacre told with no count: five or more killed, by SNHR's definition)
    elif cause in ("landmine", "explosive remnant"):
        category = "landmine"
    else:
        category = "killing"

    inc = ReportIncident(
        date=date, date_documented=documented, dates=roles, category=category, cause=cause,
        cause_text=cause_text, perpetrator=perp_code, perpetrator_text=perp_text,
        perpetrator_also=perp_also, killed=killed.killed, children=killed.children,
        women=killed.women, injured=injured, victim_names=victims, injured_names=injured_names,
        place_text=place.text if place else None, place_is_hometown=bool(place and place.hometown),
        hometown_text=home.text if home else None,
        governorate=gov.name if gov else None, governorate_pcode=gov.pcode if gov else None,
        section=group[0].section, sentences=[s.text for s in group])
    if counted_next is not None:
        inc.notes.append("the dead the text left uncounted ('dozens of'), counted by the next sentence")
    if place is None and start > 0:
        inc.place_context = _sentence_before(doc, start)
    if place is not None and place.referred:
        inc.notes.append("the report refers back to the victim's home place as the incident place")
    elif place is not None and place.hometown:
        inc.notes.append("the report names only the victim's home place; taken as the incident place")
    if control is not None:
        _set_control(inc, control)
    inc.start, inc.end = doc.original_span(start, end)
    inc.line = doc.line_of(start)
    return inc


# A toll left uncounted: "killed and injured dozens of civilians", "dozens of people were killed"
_VAGUE_TOLL = re.compile(r"\b(?:killed|killing|kills)\s+(?:and\s+(?:injured|wounded)\s+)?(?:dozens|scores|tens|"
                         r"hundreds|a number)\s+of\s+(?:civilians|people|persons|residents)\b|\b(?:dozens|scores|tens|"
                         r"hundreds)\s+of\s+(?:civilians|people|persons|residents)\s+(?:were|have been)\s+(?:killed|"
                         r"killed and (?:injured|wounded))\b", re.I)
# The dead counted: "27 bodies and 40 injured people arrived at the hospital", "27 people were killed"
_DEAD_COUNTED = re.compile(r"(?<![\w.,-])(?P<n>\d[\d,]*|" + NUMBER_RE + r")\s+(?:bodies|corpses|dead\b|(?:civilians|people|"
                           r"persons)\s+(?:were|had been|have been)\s+killed)", re.I)


def _counted_next(doc: Document, end: int) -> int | None:
    """The count of the dead in the sentence after offset ``end`` (none when it tells another day or names
    more than one such count).

    >>> d = Document("A blast killed dozens of people in Azaz. A doctor said 12 bodies reached the hospital.")
    >>> _counted_next(d, d.sentences()[0].end)
    12
    """
    nxt = next((t for t in doc.sentences() if t.start >= end), None)
    if nxt is None or find_dates(nxt.text):
        return None
    counts = [parse_number(m.group("n")) for m in _DEAD_COUNTED.finditer(nxt.text)]
    return counts[0] if len(counts) == 1 and counts[0] else None


# The victims split into civilians and fighters in the lines after the toll: "Government forces killed no less than 121
# victims in Douma city alone ... The victims are divided as follows:" / "Civilians: 101 victims including 19 children
# and 20 women" / "Rebels: 20 rebels" (en-2015-02-news-01, fix39)
_CIVILIANS_LINE = re.compile(r"^\W*(?:[a-z\d][-.)]\s*)?Civilians\s*:\s*(?P<np>[^\n]+)", re.I | re.M)
_FIGHTERS_LINE = re.compile(r"^\W*(?:[a-z\d][-.)]\s*)?(?:Rebels|Fighters|Combatants|(?:Armed\s+)?opposition\s+fighters)"
                            r"\s*:\s*(?P<n>\d[\d,]*|" + NUMBER_RE + r")\b", re.I | re.M)


def _civilians_of_victims(doc: Document, end: int, inc: ReportIncident) -> None:
    """The toll of ``inc`` made its civilians, when the lines right after its first sentence (offset ``end``) split its
    victims into "Civilians: N ... including ..." and "Rebels: M" adding up to it (fighters are no civilian harm).

    >>> d = Document("Forces killed 121 victims in Douma city. The victims are divided as follows:\\n"
    ...              "Civilians: 101 victims including 19 children and 20 women\\nRebels: 20 rebels\\n")
    >>> i = ReportIncident(date=None, killed=121)
    >>> _civilians_of_victims(d, d.sentences()[0].end, i); (i.killed, i.children, i.women)
    (101, 19, 20)
    """
    after = doc.text[end:end + 400]
    civ, fighters = _CIVILIANS_LINE.search(after), _FIGHTERS_LINE.search(after)
    if civ is None or fighters is None or inc.killed is None:
        return
    count = count_victims(civ.group("np"))
    if count.killed and count.killed + (parse_number(fighters.group("n")) or 0) == inc.killed:
        inc.killed, inc.children, inc.women = count.killed, count.children or None, count.women or None
        inc.notes.append(f"the civilians of the {fighters.group('n')} fighters' and civilians' toll, per the lines after it")


# the day a place's toll runs from: "killed no less than 121 victims in Douma city alone since the beginning of the
# indiscriminate killing campaign on 5 February" (en-2015-02-news-01, fix39)
_SINCE_BEFORE = re.compile(r"\bsince\b[^,.;]{0,80}$", re.I)


def _toll_since_day(text: str, inc: ReportIncident, published: dt.date | None) -> None:
    """The toll of ``inc`` counted from its day to the publication, as its sentence ``text`` says ("since ... on 5
    February"): no single day's. Within a week of the publication, the week's; else, in the same month, the month's.

    >>> i = ReportIncident(date=dt.date(2015, 2, 5), killed=101)
    >>> _toll_since_day("killed 121 in Douma alone since the beginning of the campaign on 5 February.", i,
    ...                 dt.date(2015, 2, 12)); i.date_precision.value
    'week'
    """
    if published is None or inc.date is None or inc.date_precision is not DatePrecision.DAY:
        return
    since = [d for d in find_dates(text, inc.date.year) if d.date == inc.date and _SINCE_BEFORE.search(text[:d.start])]
    days = (published - inc.date).days
    if not since or not 0 < days <= 31 or days > 7 and (published.year, published.month) != (inc.date.year, inc.date.month):
        return  # (a span over two months has no precision to say it: its first day is kept)
    inc.date_precision = DatePrecision.WEEK if days <= 7 else DatePrecision.MONTH
    inc.notes.append(f"a toll counted from {inc.date.isoformat()} to the publication ({published.isoformat()})")


# "Douma city: 10 civilians, including 3 children and a woman": one line of a list that
# distributes a dated total by place.
_LIST_LINE = re.compile(r"^(?P<place>[A-Z][^:.]{2,80}):\s*(?P<n>" + NUMBER_RE + r")\s+(?:civilians?|people|"
                        r"persons?|victims?|individuals?)\b(?P<rest>.*)$", re.I)


_LIST_NOTE = "one line of a list that distributes a dated total by place"


def _distribution(doc: Document, group: list[Sentence], lead: ReportIncident) -> list[ReportIncident]:
    """The incidents of a list that distributes the lead's total by place ("distributed as
    follows: Douma city: 10 civilians, ..."): one per line, with the lead's date and party."""
    lines = [(s, _LIST_LINE.match(s.text)) for s in group[1:]]
    lines = [(s, m) for s, m in lines if m]
    if len(lines) < 2:
        return []
    out = []
    for s, m in lines:
        c = count_victims(m.group("n") + " civilians" + re.sub(r"^\s*\((.*)\)\s*$", r", including \1",
                                                              m.group("rest")))
        place = m.group("place").strip()
        gov = find_governorate(place)
        if gov is None and lead.governorate_pcode:
            gov = find_governorate(lead.governorate or "")
        inc = ReportIncident(
            date=lead.date, date_precision=lead.date_precision, category=lead.category,
            cause=lead.cause, cause_text=lead.cause_text, perpetrator=lead.perpetrator,
            perpetrator_text=lead.perpetrator_text, perpetrator_also=lead.perpetrator_also,
            killed=c.killed, children=c.children, women=c.women, place_text=place,
            governorate=gov.name if gov else lead.governorate,
            governorate_pcode=gov.pcode if gov else lead.governorate_pcode,
            section=s.section, sentences=[s.text])
        inc.notes.append(_LIST_NOTE)
        inc.category = "massacre" if (c.killed or 0) >= 5 else "killing"
        out.append(_told_in(doc, inc, s))
    return out


# "al Shari’a village residents were leaving the town mosque", "Al Shari’a village
# administratively follows al Ghab area": a settlement named without "in".
_SETTLEMENT = re.compile(r"(?<![\w-])(?:[Aa]l[\s-])?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+(?:village|town|city)\b")


# A place phrase that names only buildings ("between Al Kabeer Mosque and Haseba Mosque", "near
# the National Hospital"), and the words that make it a settlement's.
_LANDMARKS_ONLY = re.compile(r"\b(?:Mosques?|Church|Schools?|Hospitals?|Bakery|Market|Square|Street)\b")
_SETTLEMENT_WORD = re.compile(r"\b(?:village|town|city|governorate|province|suburbs?|countryside|rural|"
                              r"neighbou?rhood|district|camp)\b", re.I)


# "a building in", "their house in", "a market in": one building's site just before a place
_ONE_BUILDING_IN = re.compile(r"\b(?:a|an|the|their|his|her)\s+(?:residential\s+)?(?:building|house|home|market|"
                              r"school|mosque|hospital|bakery|shop)\s+in\s+$", re.I)


def _is_governorate_name(text: str) -> bool:
    """Is ``text`` a governorate's bare name ("Idlib", "Hama"), which its capital city shares?"""
    gov = find_governorate(text)
    return gov is not None and not _SETTLEMENT_WORD.search(text) and len(text.split()) <= 3


def _named_settlement(text: str, last: bool = False):
    """A named village, town or city in ``text`` when no place phrase says where (the first, or
    the ``last`` one: the place a post's earlier paragraph describes)."""

    found = list(_SETTLEMENT.finditer(text))
    if not found:
        return None
    m = found[-1] if last else found[0]
    return PlacePhrase(m.group(0), m.start(), m.end()) if not last else PlacePhrase(m.group(0), 0, 0)


_SEVERAL_PLACES = re.compile(r"(?:several|various|different|multiple|many|a number of)\s+(?:other\s+)?(?:cities|towns|"
                             r"areas|governorates|provinces|villages|regions|parts)\b", re.I)
_NEAR_CAPITAL = re.compile(r"\b(?:kilomet(?:er|re)s?|km)\s+(?:north|south|east|west)\w*\s+of\s+(?:the\s+(?:Syrian\s+)?"
                           r"capital|Damascus)\b", re.I)


def _strip_nonlocal(before: str, body: str) -> str:
    # drop "from ..." hometown phrases so a victim's home governorate is used only as a last resort
    out = re.sub(r"(?:travel\w*|head\w*|on (?:his|her|their) way|going|fle\w*|return\w*|moving|"
                 r"driving|transferred|taken)\s+(?:back\s+)?to\s+[^,.;]+",
                 lambda m: " " * len(m.group(0)), before, flags=re.I)
    for ph in place_phrases(body):
        if ph.hometown and ph.end <= len(before):
            out = out[:ph.start] + " " * (ph.end - ph.start) + out[ph.end:]
    return out


# A sentence's opening frame, the province it is about: "In Idlib, Northern Syria, ..."
_FRAME_IN = re.compile(r"\s*In\s+$")


def _place_for(body: str, event_pos: int):
    s0 = body.rfind(". ", 0, event_pos) + 1
    s1 = body.find(". ", event_pos)
    s1 = len(body) if s1 < 0 else s1
    every = place_phrases(body)
    # "... from Theyban town ..., was shot dead in the town on ...": the hometown.
    home = hometown_referred(body, every, event_pos, s1)
    if home is not None:
        return home
    phrases = [p for p in every if not p.hometown and not p.origin_of_fire]
    same = [p for p in phrases if s0 <= p.start < s1]
    # the longest in the sentence: "X village, administratively part of Y, in Z governorate"
    if same:
        after = [p for p in same if p.start >= event_pos]
        if not after and len(same) > 1 and _FRAME_IN.match(body, s0, same[0].start) and _is_governorate_name(
                same[0].text.split(",")[0]):
            # ("In Idlib, Northern Syria, suspected Russian warplanes have bombed a displacement camp near the town of
            # Hass, killing 10 civilians": the opening frame names the province, the strike's own place follows;
            # en-2018-03-news-56, after round 56's measurement: found40)
            same = same[1:]
        return (after or same)[0]
    after = [p for p in phrases if p.start >= event_pos]
    if after:
        return after[0]
    if phrases:
        return phrases[0]
    return find_place(body)


def _set_control(inc: ReportIncident, control) -> None:
    from ..force import UnknownForce, parse_force  # noqa: PLC0415

    inc.stated_control_text = control.text
    inc.stated_control_sentence = control.sentence
    try:
        parsed = parse_force(control.text, date=inc.date)
    except UnknownForce:
        inc.notes.append(f"stated control {control.text!r} names no known force")
        inc.stated_control = "UNKNOWN"
        return
    inc.stated_control = parsed.code
    inc.stated_control_also = tuple(parsed.also)


# The government's arms named by their kind, "government forces", "government helicopters", "Syrian warplanes", "the
# Syrian air force": 2012-2016 texts name no "regime" (perp41). Read as the Syrian government's here only, where an
# incident's party is sought: the party figures of a text (geo/report/tallies.py) keep the parser's own words.
_GOVERNMENT_ARM = re.compile(
    r"\b(?:government(?:'s)?|syrian) (?=(?:forces|troops|army|soldiers|warplanes|war planes|jets|aircraft|aviation|"
    r"helicopters|air ?force|artillery|militias?|snipers?|military|security forces)\b)", re.I)
# A death in the regime's prisons, the torture reports' wording: "died in Seydnaya Military Prison", "in a regime
# detention center", "from the Palestine Branch", "in the Air Force Intelligence branch in Aleppo city" (perp41)
_REGIME_PRISON = re.compile(
    r"\b(?:S[ae]y?e?dn?aya|Sednaya)\s+(?:Military\s+)?Prison|\b(?:Palestine|Air Force Intelligence|Military "
    r"Intelligence|Political Security|State Security|General Intelligence)\s+[Bb]ranch|\bregime(?:'s)?\s+detention\s+"
    r"(?:cent(?:er|re)|facilit(?:y|ies))s?", re.I)
_CLASH_SIDES = re.compile(r"\b(?:clash(?:es)?|fighting|crossfire|exchanges? of fire)\s+between\s+[^.;,]*", re.I)


def _perpetrator(body: str, a_off: int) -> tuple[str | None, str | None, tuple[str, ...]]:
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    candidates: list[tuple[int, str]] = []
    unidentified: set[int] = set()
    prisons: set[int] = set()  # (a prison the parser knows by no party's name: the regime's)
    for m in _UNIDENTIFIED.finditer(body):
        w0 = max(0, m.start() - 60)
        weapons = list(_WEAPON_NOUN.finditer(body, w0, m.start()))
        a = weapons[-1].start() if weapons else m.start()
        # "unidentified gunmen": the weapon may follow the marker
        tail = re.match(r"(?:\s+[\w-]+){0,3}", body[m.end():m.end() + 40]).group(0) if not weapons else ""
        candidates.append((a, (body[a:m.end()] + tail).strip()))
        unidentified.add(a)
    for m in _BY_PARTY.finditer(body):
        p = re.sub(r"^(?:personnel|members|elements|fighters|gunmen|officers)\s+(?:from|of)\s+", "",
                   m.group("p"), flags=re.I)
        p = re.split(r"\s+(?:who|which|that|near|in|at|on|when|while|after|during|from|with|"
                     r"using|as)\s", p)[0]
        candidates.append((m.start("p"), p.strip()))
    for m in _SUBJECT_PARTY.finditer(body):
        candidates.append((m.start("p"), m.group("p").strip()))
    for m in _PARTY_WEAPON.finditer(body):
        # ("A US night time airstrike": the parser knows the US by its forces)
        candidates.append((m.start("p"), re.sub(r"^(?:US|U\.S\.)(?=\s)", "US forces", m.group("p").strip())))
    # ("fixed-wing warplanes, suspected to be Israeli, fired": perp41)
    for m in _REGIME_PRISON.finditer(body):
        candidates.append((m.start(), m.group(0)))
        prisons.add(m.start())
    for m in re.finditer(r"(?:believed|suspected) to be (?P<p>[\w' -]{3,40}?)(?=[,.;]|\s+(?:fired|shelled|"
                         r"targeted|bombed|struck|killing)\b)", body, re.I):
        candidates.append((m.start("p"), m.group("p").strip()))
    candidates.sort()
    # the sides of a clash are no perpetrator: "shot dead during clashes between Syrian regime forces and Syrian
    # Democratic Forces" (SNHR then says it could not identify the party; perp41)
    sides = [m.span() for m in _CLASH_SIDES.finditer(body)]
    for pos, text in candidates:
        if any(a <= pos < b for a, b in sides):
            continue
        text = re.sub(r"^(?:the )?(?:explosion|blast|detonation)s? of\s+", "", text, flags=re.I)
        if re.match(r"(?:the )?(?:explosion|blast|detonation)\b", text, re.I):
            continue
        try:
            # (a marker the parser does not know, "whose origin hasn't been identified", says it all the same)
            parsed = parse_perpetrator("Syrian regime forces" if pos in prisons else
                                       _GOVERNMENT_ARM.sub("Syrian government ", text)
                                       + (" of unidentified source" if pos in unidentified else ""))
        except UnknownPerpetrator:
            continue
        except Exception:  # noqa: BLE001 - a wording the parser cannot take is no perpetrator
            continue
        return text, parsed.code, tuple(parsed.also)
    return None, None, ()


def _cause_text(body: str) -> str | None:
    m = _CAUSE_PHRASES.search(body)
    if not m:
        return None
    # prefer the most specific weapon named anywhere (an anti-armor rocket beats artillery forces)
    specific = re.search(r"anti-?armou?r (?:rockets?|missiles?)|car bombs?|motorcycle bombs?|"
                         r"improvised explosive devices?|(?:land)?mines?|cluster (?:munitions?|"
                         r"submunitions?)|remnants? of [\w ]+?(?=[,.;]| in | that)|air ?strikes?|"
                         r"barrel bombs?|drones?", body, re.I)
    return (specific or m).group(0).strip()


# -- massacres named only in a summary sentence ------------------------------------------------

_MASSACRE_SUMMARY = re.compile(
    r"(?P<n>" + NUMBER_RE + r")\s+massacres?\b[^.]*?\bin\s+(?P<places>[^.]+?)(?:\.|$)", re.I)


# What a summary sentence's "in" names that is no place: the country or a month ("one massacre committed by the parties
# to the conflict and the controlling forces in Syria", "The report also documents one massacre in May": the month's
# tally of massacres; round 70, test batch, en-2021-12-monthly-70 and en-2023-05-monthly-70, after its measurement: fix70)
_NO_PLACE = re.compile(r"^(?:the\s+)?(?:(?:whole\s+of\s+)?Syria|(?:the\s+)?Syrian\s+(?:territory|territories|Arab\s+Republic)|"
                       r"(?:(?:the\s+)?(?:month\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
                       r"November|December)(?:,?\s+(?:19|20)\d{2})?))$", re.I)


def _massacre_summary(doc: Document, p, period) -> list[ReportIncident]:
    """Massacres a summary sentence places without a day: "two massacres ... in A and B"."""
    if period is None:
        return []
    out = []
    for s in p.sentences:
        if find_dates(s.text, period=period) or _SUMMARY.search(s.text):
            continue
        m = _MASSACRE_SUMMARY.search(s.text)
        if not m:
            continue
        n = parse_number(m.group("n"))
        parts = [x.strip(" ,") for x in re.split(r",?\s+and\s+(?=[A-Za-z'-]+(?:\s+[\w'-]+){0,3}\s+"
                                                   r"(?:village|town|city|in)\b)|;\s*", m.group("places"))]
        parts = [x for x in parts if (find_governorate(x) or re.search(r"[A-Z]", x)) and not _NO_PLACE.match(x)]
        if not n or len(parts) != n or n > 6:
            continue
        first = dt.date(period[0], period[1], 1)
        for part in parts:
            gov = find_governorate(part)
            inc = ReportIncident(date=first, date_precision=DatePrecision.MONTH, category="massacre",
                                 place_text=part, governorate=gov.name if gov else None,
                                 governorate_pcode=gov.pcode if gov else None, section=s.section,
                                 sentences=[s.text])
            inc.notes.append("named in a summary sentence without a day or a count")
            perp = _perpetrator(s.text, 0)
            inc.perpetrator_text, inc.perpetrator, inc.perpetrator_also = perp
            if inc.perpetrator == "OTHER_UNIDENTIFIED" and not _CAUSE_PHRASES.search(s.text):
                # "massacres whose perpetrators we have not been able to identify" names no
                # weapon: other parties, not their "killings by unidentified parties" share
                inc.perpetrator = "OTHER"
            out.append(_told_in(doc, inc, s))
    return out


# One massacre told with its toll but no day: "the Douma massacre, in which at least 70 people
# were killed", "One more massacre was committed by the YPG in the villages of A, B and C ...,
# where 55 civilians ... were killed", "the massacres committed by the coalition at al-Tokhar
# near Manbej City, which killed 98 civilians ... in July".
_TOLD_MASSACRE = re.compile(
    r"\bthe\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+massacre\b(?!s)[^.;]{0,20}?\b(?:in which|where)\b"
    r"|\b(?:one more|another|the|a)\s+massacres?\s+(?:was\s+|were\s+)?(?:committed|perpetrated|carried out)\b"
    r"[^.;]{0,200}?\b(?:where|which killed|in which|killing)\b"
    # "Jordanian forces committed a massacre in Rural Suwayda, in which seven civilians ... were killed"
    r"|\b(?:committed|perpetrated|carried out)\s+(?:a|another|one more)\s+massacre\b(?!s)"
    r"[^.;]{0,200}?\b(?:where|which killed|in which|killing)\b"
    # "the massacre that took place in Zardna Village ... last June, resulted in the killing of 52"
    r"|\bthe\s+massacre\s+(?:that|which)\s+(?:took place|happened|occurred|was committed)\b"
    r"[^.;]{0,200}?\b(?:resulted in|killed|claimed|left)\b"
    # "it documented a massacre by Russian forces in Ariha city, killing 11 civilians"; "regime forces killed
    # 11 civilians ... in a massacre in Ariha city" (a massacre report's wordings, after round 9's measurement)
    r"|\b(?:documented|recorded)\s+(?:a|another|one more)\s+massacre\b(?!s)[^.;]{0,200}?\b(?:where|which killed|"
    r"in which|killing)\b"
    r"|\bkilled\b(?=[^.;]{0,120}?\bin\s+(?:a|another|one more)\s+massacre\s+(?:in|at)\s)"
    # a report's title: "Russian Forces Kill 52 Civilians, including 10 Children, in a Horrifying Massacre in
    # Zardana village" (after round 11's measurement, from en-2018-07-massacre-11: round 11 is tuned for it)
    r"|\bkills?\b(?=[^.;]{0,120}?\bin\s+(?:a|another|one more)\s+(?:[A-Za-z-]+\s+){0,2}?massacre\s+(?:in|at)\s)",
    re.I)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")


def _massacre_told(doc: Document, p, period, published: dt.date | None,
                   any_year: bool = False) -> list[ReportIncident]:
    """One massacre a sentence tells with its toll and place but no day: an incident of month
    precision (the month the sentence names, else the text's; a press release that covers no month and
    tells the massacre of its "report released today" tells one of the release's month)."""
    out = []
    for s in p.sentences:
        m = _TOLD_MASSACRE.search(s.text)
        text = s.text
        if m is not None and published is not None and m.group(0).lower() in ("kill", "kills"):
            # A PDF's title page runs the titles and the date line into one "sentence" ("... Killed by Russia
            # Since the Intervention Started in Syria Russian Forces Kill 52 Civilians, ..., in a Horrifying
            # Massacre in Zardana village, Northeastern Suburbs of Idlib Wednesday, July 18, 2018"): the
            # massacre's title runs from its verb to the report's own date, which is not the massacre's.
            line = next((d for d in find_dates(text, period=period) if d.date == published and d.start > m.end()),
                        None)
            if line is None:
                continue
            text = text[:line.start]
            if _SUMMARY.search(text[m.start():]) or find_dates(text[m.start():], period=period):
                continue
        elif m is None or _SUMMARY.search(text) or find_dates(text, period=period):
            continue
        verb = m.group(0).lower() in ("killed", "kill", "kills")
        # (a title's present "Kill 52 Civilians" is counted as the narrative's "killed 52 civilians")
        chunk = "killed" + text[m.end():] if verb else text[m.start():]
        killed, injured = _victims(chunk, chunk)
        if (killed.killed or 0) < 5:
            continue
        if m.group("name"):
            place = PlacePhrase(m.group("name"), m.start("name"), m.end("name"))
        elif verb:
            # "killed 11 civilians ... in a massacre in Ariha city": the place after the massacre
            at = re.search(r"\bmassacre\s+(?=in|at)", text[m.end():], re.I)
            place = next((ph for ph in place_phrases(text[m.end() + at.end():]) if not ph.hometown), None)
        else:
            place = next((ph for ph in place_phrases(s.text) if ph.start >= m.start() and not ph.hometown
                          and not ph.origin_of_fire), None) or _named_settlement(s.text[m.start():])
        if place is None:
            continue
        named = re.search(r"\b(?:in|last)\s+(" + "|".join(_MONTH_NAMES) + r")\b(?!\s+\d)", s.text, re.I)
        ref = published or (dt.date(period[0], period[1], 28) if period else None)
        if named and ref is not None:
            mo = _MONTH_NAMES.index(named.group(1).lower()) + 1
            first = dt.date(ref.year - (mo > ref.month), mo, 1)
        elif any_year and published is not None and (
                re.search(r"\b(?:released|published|issued)\s+today\b", s.text, re.I)
                or re.search(r"\b(?:released|published|issued)\s+today\b", doc.text[:800], re.I)
                and re.match(r"\W*The\s+report\s+(?:documents|says|notes|states)\b", s.text)):
            # "SNHR states in its report released today that the Syrian regime committed a massacre in
            # Ariha city, ..., killing 11 Syrian citizens" (en-2021-10-massacre-01, after round 9's
            # measurement): the month it was released, not the month before that a monthly covers
            first = published.replace(day=1)
        elif period is not None:
            first = dt.date(period[0], period[1], 1)
        else:
            continue
        gov = find_governorate(place.text) or find_governorate(s.text)
        perp = _perpetrator(s.text, 0)
        if perp[1] is None and verb:
            # "... that regime forces killed 11 civilians": the clause's subject
            perp = _subject_perpetrator(re.split(r"\bthat\s+|,\s+", s.text[:m.start()])[-1])
        inc = ReportIncident(date=first, date_precision=DatePrecision.MONTH, category="massacre",
                             killed=killed.killed, children=killed.children, women=killed.women,
                             injured=injured, place_text=place.text,
                             governorate=gov.name if gov else None, governorate_pcode=gov.pcode if gov else None,
                             perpetrator_text=perp[0], perpetrator=perp[1], perpetrator_also=perp[2],
                             section=s.section, sentences=[s.text])
        out.append(_told_in(doc, inc, s, "a massacre told with its toll but no day: month precision"))
    return out


# A massacre a month statement names with no count and no day: "It also documented a massacre due to a
# vehicle-borne explosive device in the Aleppo governorate." (Written from round 9's tune text
# en-2020-09-press-01.)
_UNCOUNTED_MASSACRE = re.compile(r"\b(?:documented|recorded)\s+(?:a|one)\s+massacre\b(?!s)[^.;]{0,160}?\bin\s+",
                                 re.I)


def _massacre_uncounted(doc: Document, p, period) -> list[ReportIncident]:
    """One massacre a month's statement names with its place but no count and no day: an incident of
    the month, its toll unknown (``None``, never 0)."""
    out = []
    for s in p.sentences if period is not None else ():
        m = _UNCOUNTED_MASSACRE.search(s.text)
        if m is None or find_dates(s.text, period=period) or _NP_RE.search(s.text[m.end():]) \
                or _SUMMARY.search(s.text):
            continue
        place = next((ph for ph in place_phrases(s.text) if ph.start >= m.end() - 4 and not ph.hometown), None)
        if place is None:
            continue
        gov = find_governorate(place.text)
        perp = _perpetrator(s.text, 0)
        inc = ReportIncident(date=dt.date(period[0], period[1], 1), date_precision=DatePrecision.MONTH,
                             category="massacre", place_text=place.text,
                             governorate=gov.name if gov else None, governorate_pcode=gov.pcode if gov else None,
                             perpetrator_text=perp[0], perpetrator=perp[1], perpetrator_also=perp[2],
                             section=s.section, sentences=[s.text])
        out.append(_told_in(doc, inc, s, "a massacre a month statement names without a count or a day"))
    return out


# A massacre told again on its anniversary, with only its year: "on the twelfth anniversary of the Houla
# Massacre, committed by Assad's forces ... in the Houla region of Homs province in 2012". (Written after
# round 8's measurement, from en-2012-05-news-01.)
_RETOLD_MASSACRE = re.compile(r"\banniversary\s+of\s+the\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
                              r"[Mm]assacre\b[^.;]*?\bin\s+(?P<year>(?:19|20)\d\d)\b")
# SNHR's toll of it told later: "The Network documented 107 victims by their full names and photos,
# noting that among the victims were 49 children under the age of ten and 32 women"
_DOCUMENTED_TOLL = re.compile(r"\b(?:Network|SNHR)\b[^.;]{0,40}?\bdocumented\s+(?:at least\s+)?(?P<n>\d[\d,]*)\s+"
                              r"(?:victims|civilians|people)\b")


def _massacre_retold(doc: Document, p, published: dt.date | None) -> list[ReportIncident]:
    """A massacre a text tells years later with its year only: an incident of year precision, its toll
    the one SNHR documented, told later in the text."""
    out = []
    for s in p.sentences:
        m = _RETOLD_MASSACRE.search(s.text)
        if m is None or published is None or int(m.group("year")) >= published.year - 1:
            continue
        place = next((ph for ph in place_phrases(s.text) if ph.start >= m.start() and not ph.hometown), None)
        place_text = re.sub(r"\s+in\s+(?:19|20)\d\d$", "", place.text) if place else m.group("name")
        gov = find_governorate(place_text) or find_governorate(s.text)
        perp = _perpetrator(s.text, 0)
        inc = ReportIncident(date=dt.date(int(m.group("year")), 1, 1), date_precision=DatePrecision.YEAR,
                             category="massacre", place_text=place_text,
                             governorate=gov.name if gov else None, governorate_pcode=gov.pcode if gov else None,
                             perpetrator_text=perp[0], perpetrator=perp[1], perpetrator_also=perp[2],
                             section=s.section, sentences=[s.text])
        later = doc.text[s.end:]
        toll = _DOCUMENTED_TOLL.search(later)
        if toll is not None:
            tail = later[toll.end():].split(".")[0]  # (the rest of its sentence)
            inc.killed = parse_number(toll.group("n"))
            ch = re.search(r"\b(\d[\d,]*)\s+children\b", tail)
            wo = re.search(r"\b(\d[\d,]*)\s+women\b", tail)
            inc.children = parse_number(ch.group(1)) if ch else None
            inc.women = parse_number(wo.group(1)) if wo else None
        out.append(_told_in(doc, inc, s, "a massacre told years later with its year only: year precision"))
    return out


# A daily report's toll by one party over the days just past, with no place: "documented today, Tuesday,
# January 20, the killing of at least 23 civilians by operations carried out by the “Syrian Democratic
# Forces” (SDF) in various areas of Syrian territory over the past Sunday and Monday". (Written after
# round 8's measurement, from en-2026-01-daily-01.)
_PAST_DAYS_TOLL = re.compile(r"\bdocumented\s+today\b[^.;]*?\bkilling\s+of\s+(?:at\s+least\s+)?(?P<n>" + NUMBER_RE
                             + r")\s+civilians?\s+by\s+[^.;]*?\bover\s+the\s+past\s+(?P<wd>Monday|Tuesday|"
                             r"Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+and\s+(?P<wd2>Monday|Tuesday|"
                             r"Wednesday|Thursday|Friday|Saturday|Sunday))?", re.I)


def _past_days_toll(doc: Document, p, published: dt.date | None) -> list[ReportIncident]:
    """One party's toll of the days just past, told by a daily report with no place: an incident
    without a place, dated the first of those days (the last before publication of its weekday)."""
    out = []
    for s in p.sentences:
        m = _PAST_DAYS_TOLL.search(s.text)
        perp = _perpetrator(s.text, m.start("n")) if m else (None, None, ())
        if m is None or published is None or perp[1] is None:
            continue
        back = (published.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7 or 7
        inc = ReportIncident(date=published - dt.timedelta(days=back), date_precision=DatePrecision.DAY,
                             killed=parse_number(m.group("n")), perpetrator_text=perp[0], perpetrator=perp[1],
                             perpetrator_also=perp[2], section=s.section, sentences=[s.text])
        if m.group("wd2"):
            inc.notes.append(f"the toll of {m.group('wd')} and {m.group('wd2')}: dated the first day")
        # (its children, told by the next sentence: "the victims, including three children, were killed")
        nxt = doc.text[s.end:].strip().split(".")[0]  # (in this paragraph or the next)
        ch = re.search(r"\bthe\s+victims,?\s+including\s+(?P<c>" + NUMBER_RE + r")\s+children\b", nxt, re.I)
        inc.children = parse_number(ch.group("c")) if ch else None
        out.append(_told_in(doc, inc, s, "one party's toll of the days just past; the text names no place"))
        out.extend(_additional_deaths(doc, s, inc))
    return out


# The report's other line, told after its first: "One additional death was recorded as a result of an
# explosion for which the responsible party remains unknown." (Written after round 8's measurement,
# from en-2026-01-daily-01.)
_ADDITIONAL_DEATHS = re.compile(r"(?:^|(?<=[.;]\s))(?P<n>" + NUMBER_RE + r"|an?)\s+(?:additional|more|other|further)\s+"
                                r"(?:deaths?|civilians?|victims?|people|persons?)\s+(?:was|were|has been|have been)\s+"
                                r"(?:recorded|documented|killed)\b(?P<rest>[^.;]*)", re.I)


def _additional_deaths(doc: Document, s: Sentence, first: ReportIncident) -> list[ReportIncident]:
    """The daily report's further toll, told in the sentences just after its first line with no date
    or place of its own: one more incident of the same day, its own cause and party."""
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    out = []
    for t in (t for q in doc.paragraphs for t in q.sentences if s.end <= t.start < s.end + 600):
        m = _ADDITIONAL_DEATHS.search(t.text)
        if m is None or find_dates(t.text):
            continue
        try:
            party = parse_perpetrator(m.group("rest"), date=first.date)
        except UnknownPerpetrator:
            party = None
        inc = ReportIncident(date=first.date, date_precision=first.date_precision,
                             killed=1 if m.group("n").lower() in ("a", "an") else parse_number(m.group("n")),
                             perpetrator_text=m.group("rest").strip() or None,
                             perpetrator=party.code if party else "OTHER", section=t.section, sentences=[t.text])
        inc.start, inc.end = doc.original_span(t.start + m.start(), t.end)
        inc.line = doc.line_of(t.start)
        inc.notes.append("the daily report's further toll, told after its first line; the text names no place")
        out.append(inc)
    return out


# A day's toll split by place in one sentence: "Assad forces killed 25 people in the suburbs of the capital
# Damascus, 15 in Aleppo, 19 in several other cities across the country" (a 2013 daily statement restated
# by the press; written from round 9's tune text en-2013-10-press-01). The noun may be left out and one count
# may stand for each of two places: "Syrian regime forces killed 50 in Aleppo, 15 in Homs, ..., three each in
# Daraa and Deir-ez Zor, two each in Rakka and Idlib, and one in Latakia in air and land offensives"
# (en-2013-12-daily-36, en-2013-01-daily-36, after rounds 35 and 36's measurement).
_PLACE_COUNTS = re.compile(r"\bkilled\s+(?:at least\s+)?(?P<n>" + NUMBER_RE + r")\s+(?:(?:people|civilians|persons|"
                           r"individuals)\s+)?(?P<each>each\s+)?in\s+(?P<place>[^,.;]+)(?P<rest>(?:,\s*(?:and\s+)?(?:"
                           + NUMBER_RE + r")\s+(?:each\s+)?in\s+[^,.;]+)+)", re.I)
# ... or told in the passive, the first count's noun before the verb: "The London-based Syrian Network for Human Rights
# watchdog said 10 people were killed in Daraa, eight in the suburbs of capital Damascus, six each in Homs and Aleppo,
# ..., and one in Deir Ez Zor" (round 62, test batch, en-2014-05-daily-62, after its measurement: fix6162)
_PLACE_COUNTS_PASSIVE = re.compile(r"(?<![\w-])(?:at least\s+)?(?P<n>" + NUMBER_RE + r")\s+(?:people|civilians|persons|"
                                   r"individuals)\s+(?:were|have\s+been|had\s+been)\s+killed\s+(?P<each>each\s+)?in\s+"
                                   r"(?P<place>[^,.;]+)(?P<rest>(?:,\s*(?:and\s+)?(?:" + NUMBER_RE
                                   + r")\s+(?:each\s+)?in\s+[^,.;]+)+)", re.I)
_PLACE_ITEM = re.compile(r"(?<![\w-])(?P<n>" + NUMBER_RE + r")\s+(?P<each>each\s+)?in\s+(?P<place>[^,.;]+)")
# the words after the last place that say how, not where: "... and one in Latakia in air and land offensives
# across the country"
_PLACE_COUNT_TAIL = re.compile(r"\s+(?:across|by|during|in\s+(?:air|land|ground|artillery)\b)\b.*", re.I | re.S)
# a day that opens a period is not the day of the toll: "since December 15" (another group's toll of the
# days since, in the paragraph before)
_SINCE_DAY = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.I)


# A statement on an attack's anniversary that tells the attack with its toll but not its date: "First
# year anniversary of Ghouta chemical attack" ... "government forces have shelled several location in
# Eastern & Western Ghoutas with missiles that carried sarin ... These attacks killed 1127 at least"
# (written from round 9's tune text en-2013-08-news-02).
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth")
_ANNIVERSARY = re.compile(r"\b(?P<ord>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))(?:[- ]year)?\s+anniversary\s+"
                          r"of\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+)\s+(?:\w+\s+)?(?:attack|massacre|bombing)\b", re.I)
_ATTACK_TOLL = re.compile(r"\bkilled\s+(?:at least\s+)?(?P<n>" + NUMBER_RE + r")(?:\s+(?:people|civilians|persons|"
                          r"victims|individuals))?(?:\s+at least)?\b", re.I)


def _anniversary_attack(doc: Document, published: dt.date | None) -> list[ReportIncident]:
    """The attack a statement marks on its N-th anniversary, told with its toll and place but no date:
    an incident of the anniversary's month N years before publication."""
    title = next((p.text for p in doc.paragraphs if p.text.strip()), "")
    m = _ANNIVERSARY.search(title)
    if m is None or published is None:
        return []
    years = _ORDINALS.index(m.group("ord").lower()) + 1 if m.group("ord").lower() in _ORDINALS \
        else int(re.match(r"\d+", m.group("ord")).group(0))
    name = m.group("name").lower()
    sentences = [s for p in doc.paragraphs for s in p.sentences if s.start > len(title)]
    for k, s in enumerate(sentences):
        if name not in s.text.lower() or find_dates(s.text):
            continue
        told = next((t for t in sentences[k:k + 2] if _ATTACK_TOLL.search(t.text)), None)
        place = next((ph for ph in place_phrases(s.text) if not ph.hometown and name in ph.text.lower()), None)
        if told is None or place is None:
            continue
        place_text = re.split(r"\s+(?:with|using|by)\s+", place.text)[0]
        gov = find_governorate(place_text) or find_governorate(s.text)
        perp = _perpetrator(s.text, 0)
        subject = re.search(r"(?P<p>[\w-]+(?:\s+[\w-]+){0,3}?\s+forces)\s+(?:have\s+|has\s+)?(?:shelled|bombed|"
                            r"attacked|targeted|struck)\b", s.text)
        if perp[1] is None and subject:
            perp = _subject_perpetrator(subject.group("p"))  # "government forces have shelled ..."
        inc = ReportIncident(date=dt.date(published.year - years, published.month, 1),
                             date_precision=DatePrecision.MONTH, category="massacre",
                             killed=parse_number(_ATTACK_TOLL.search(told.text).group("n")), place_text=place_text,
                             governorate=gov.name if gov else None, governorate_pcode=gov.pcode if gov else None,
                             perpetrator_text=perp[0], perpetrator=perp[1], perpetrator_also=perp[2],
                             section=s.section, sentences=[s.text] + ([told.text] if told is not s else []))
        inc.start, inc.end = doc.original_span(s.start, told.end)
        inc.line = doc.line_of(s.start)
        inc.notes.append(f"the attack the statement marks on its anniversary: {years} year(s) before publication")
        return [inc]
    return []


# "marks the fourth anniversary of the assassination of the activist ... Raed al-Fares", "the fifth
# anniversary of the killing of journalist ...": one person's killing a statement marks, years on.
_ANNIVERSARY_KILLING = re.compile(r"\banniversary\s+of\s+the\s+(?:assassination|killing|murder)\s+of\b", re.I)
# "... shot at the car he and his colleague Hamoud Jneed were travelling in": one more victim with him.
_AND_COMPANION = re.compile(r"\b(?:he|she)\s+and\s+(?:his|her)\s+(?:colleague|companion|friend|brother|sister|"
                            r"son|daughter|wife|husband|driver|cameraman)\b", re.I)


def _anniversary_killing(doc: Document, published: dt.date | None) -> list[ReportIncident]:
    """The killing of a named person a statement marks on its anniversary, with the day it happened
    years before ("Wednesday, November 23, 2022, marks the fourth anniversary of the assassination of the
    activist ... Raed al-Fares who was assassinated at the hands of masked gunmen in an area under the
    control of Hay'at Tahrir al-Sham (HTS), who shot at the car he and his colleague Hamoud Jneed were
    travelling in on Friday November 23, 2018."): that day's killing, one victim and each companion
    named with "he and his colleague"; its place only if the sentence states one (a home city told
    after is not where the killing was). Written after round 10's measurement (en-2022-11-news-02)."""
    if published is None:
        return []
    for p in doc.paragraphs:
        for s in p.sentences:
            if not _ANNIVERSARY_KILLING.search(s.text):
                continue
            days = [d for d in find_dates(s.text) if d.date.year < published.year]
            if not days:
                continue
            control = find_stated_control(s.text)
            body = s.text
            if control is not None:
                body = body[:control.blank_start] + " " * (control.blank_end - control.blank_start) \
                    + body[control.blank_end:]
            perp = _perpetrator(body, 0)
            inc = ReportIncident(date=days[-1].date, date_precision=DatePrecision.DAY, category="killing",
                                 killed=1 + len(_AND_COMPANION.findall(s.text)),
                                 perpetrator_text=perp[0], perpetrator=perp[1], perpetrator_also=perp[2],
                                 section=s.section, sentences=[s.text])
            if control is not None:
                _set_control(inc, control)
            inc.start, inc.end = doc.original_span(s.start, s.end)
            inc.line = doc.line_of(s.start)
            inc.notes.append("the killing the statement marks on its anniversary")
            return [inc]
    return []


# A toll told for an attack the text told before, in a sentence with no day of its own. Two wordings of
# one family (written after round 9's measurement): the attack named by its place, its day given in an
# earlier sentence ("This week marks the seventh anniversary of the Syrian regime's chemical weapons
# attack on Khan Sheikhoun city on April 4, 2017, and ... on Douma city on April 7, 2018." / "In
# relation to the attack on Khan Sheikhoun city, SNHR documented the deaths from suffocation of 91
# civilians", en-2024-04-news-01), and the attack referred back to ("a concentrated attack that comprised
# multiple airstrikes on a center for the Red Crescent in eastern Urm Al Kubra town ..." / "The report
# documented that 12 civilians, who were all relief workers and truck drivers, were killed in these
# attacks.", en-2016-09-news-01).
_THE_ATTACK_ON = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:attack|massacre|bombing|bombardment|"
                            r"shelling|(?:air)?strike)\s+(?:on|in|against|of)\s+", re.I)
# ("the Khan Sheikhoun attack", "the Douma chemical massacre": the place's name before the attack)
_THE_NAMED_ATTACK = re.compile(r"\bthe\s+(?!(?:Syrian|Russian|Turkish|Israeli|Iranian|American|US|U\.S\.|Coalition|"
                               r"ISIS|SDF|Regime|Government|Assad|First|Last|Second|Third|Latest)\b)"
                               r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:chemical\s+)?"
                               r"(?:attack|massacre|bombing)\b")
_THESE_ATTACKS = re.compile(r"\b(?:killed|died|deaths?)\b[^.;]{0,30}?\b(?:in|by|during|as a result of|due to)\s+"
                            r"(?:these|this|the|those|that)\s+(?:\w+\s+)?(?:attacks?|bombardments?|(?:air)?strikes|"
                            r"bombings?|shelling|raids?)\b", re.I)
_ATTACK_NOUN = re.compile(r"\b(?:attack|airstrikes?|air strikes?|bombardment|bombing|shelling|barrel bombs?|"
                          r"missiles?|raids?)\b", re.I)
_COUNTED = re.compile(r"(?<![\w-])(?:\d[\d,]*|" + NUMBER_RE + r")\s+(?:[\w-]+\s+){0,2}?(?:civilians?|people|"
                      r"persons|individuals|victims|children|women|citizens)\b", re.I)


def _attack_told_before(doc: Document, period, published: dt.date | None) -> list[ReportIncident]:
    """A text that covers no month and tells an attack's toll apart from the attack: the toll's
    sentence (no day, no place of its own, or "the attack on <place>") takes its day from the earlier
    sentence that dates the attack at that place, else the publication's month (month precision), and
    its place from the sentence that tells the attack."""
    sentences = [t for q in doc.paragraphs if not q.heading for t in q.sentences]
    out = []
    for k, s in enumerate(sentences):
        if find_dates(s.text, period=period) or _SUMMARY.search(s.text) or not _COUNTED.search(s.text):
            continue
        named = _THE_ATTACK_ON.search(s.text) or _THE_NAMED_ATTACK.search(s.text)
        place, told, day = None, None, None
        if named is not None and named.re is _THE_NAMED_ATTACK:
            place = PlacePhrase(named.group("name"), named.start("name"), named.end("name"))
        elif named is not None:
            # ("In relation to the attack on Khan Sheikhoun city, ...": the name after the attack)
            after = re.split(r"[,;.]\s|\s+(?:SNHR|the Syrian Network)\b", s.text[named.end():])[0].strip()
            if not re.match(r"(?:(?:al|el)[\s-])?[A-Z]", after) or len(after) > 90:
                continue
            place = PlacePhrase(after, named.end(), named.end() + len(after))
        if named is not None:
            keys = _place_key(place.text) - {w for w in _place_key(place.text) if w.startswith("phrase:")}
            for t in sentences[:k]:
                cut = 0
                for d in find_dates(t.text):
                    segment = t.text[cut:d.start]
                    cut = d.end
                    if d.year_given and keys and keys & _place_key(segment):
                        told, day = t, d.date
                        break
                if told is not None:
                    break
            if told is None:
                continue
            segment_perp = _perpetrator(segment, 0)
            owner = re.search(r"(?P<p>[\w-]+(?:\s+[\w-]+)?)['’]s\s+(?:[\w-]+\s+){0,3}?(?:attack|massacre|bombing)\b",
                              segment)
            if segment_perp[1] is None and owner is not None:
                segment_perp = _subject_perpetrator(owner.group("p"))  # "the Syrian regime's chemical weapons attack"
        elif _THESE_ATTACKS.search(s.text) and not place_phrases(s.text):
            told = next((t for t in reversed(sentences[max(0, k - 6):k]) if _ATTACK_NOUN.search(t.text)
                         and any(not ph.hometown and not ph.origin_of_fire for ph in place_phrases(t.text))), None)
            if told is None or published is None or find_dates(told.text, period=period):
                continue  # (a dated attack's account is read with its day)
            place = next(ph for ph in place_phrases(told.text) if not ph.hometown and not ph.origin_of_fire)
            target = re.match(r"^.*?\b(?:attack|airstrikes?|strikes?|bombardment|bombing|shelling)\b.*?\s(?:on|at|against|"
                              r"targeting)\s+(?=\S)", place.text)
            if target is not None:
                # "in a concentrated attack that comprised multiple airstrikes on a center for the Red
                # Crescent in eastern Urm Al Kubra town": the target, not the attack
                place = PlacePhrase(place.text[target.end():], place.start + target.end(), place.end)
            segment_perp = _perpetrator(told.text, 0)
        else:
            continue
        killed, injured = _victims(s.text, s.text)
        if not killed.killed:
            continue
        perp = _perpetrator(s.text, 0)
        if perp[1] is None:
            perp = segment_perp
        gov = find_governorate(place.text) or find_governorate(s.text) or find_governorate(told.text)
        inc = ReportIncident(date=day or published.replace(day=1),
                             date_precision=DatePrecision.DAY if day else DatePrecision.MONTH,
                             killed=killed.killed, children=killed.children, women=killed.women, injured=injured,
                             place_text=place.text, governorate=gov.name if gov else None,
                             governorate_pcode=gov.pcode if gov else None, perpetrator_text=perp[0],
                             perpetrator=perp[1], perpetrator_also=perp[2], section=s.section,
                             sentences=([] if day else [told.text]) + [s.text])
        inc.category = "massacre" if killed.killed >= 5 else "killing"
        first = s if day else told
        inc.start, inc.end = doc.original_span(first.start, s.end)
        inc.line = doc.line_of(first.start)
        inc.notes.append("a toll told apart from its attack: " + (
            "the day of the attack at that place, told before" if day else
            "no day; the month of publication"))
        out.append(inc)
    return out


# A place that "has witnessed" killings, the count in the next sentence: "Al-Hol camp in the eastern
# countryside of Hassakeh, which the Syrian Democratic Forces (SDF) controls, has witnessed ongoing
# killings by “unknown gunmen.” Last month, the SNHR recorded that four civilians had been killed by
# gunmen who the report could not identify" (en-2021-11-press-01, after round 9's measurement).
_WITNESSED = re.compile(r"^\W*(?P<place>(?:[Aa]l[\s-])?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+(?:camp|village|"
                        r"town|city|neighbou?rhood|district)(?:\s+(?:in|of)\s+[^,.;]{3,80}?)?)\s*,?\s+(?:(?:which|where)"
                        r"\b[^.;]{0,120}?,\s+)?(?:has|have|had)\s+(?:\w+\s+)?(?:witnessed|seen|experienced)\s+"
                        r"(?:\w+\s+){0,3}?(?:killings|assassinations|murders|attacks)\b")


def _place_witnessed_killings(doc: Document, published: dt.date | None) -> list[ReportIncident]:
    """A settlement or camp that "has witnessed killings", counted by the next sentence (no place or
    day of its own): an incident of that month (the month before publication for "last month")."""
    out = []
    for q in doc.paragraphs:
        for k, s in enumerate(q.sentences[:-1]):
            m = _WITNESSED.match(s.text)
            nxt = q.sentences[k + 1]
            if m is None or published is None or find_dates(nxt.text) or place_phrases(nxt.text) \
                    or not _COUNTED.search(nxt.text):
                continue
            killed, injured = _victims(nxt.text, nxt.text)
            if not killed.killed:
                continue
            last = re.search(r"\blast\s+month\b", nxt.text, re.I)
            named = re.search(r"\b(?:In|During)\s+(" + "|".join(_MONTH_NAMES) + r")\b(?!\s+\d)", nxt.text, re.I)
            first = published.replace(day=1)
            month = (first - dt.timedelta(days=1)).replace(day=1) if last else first
            if named:  # "In November, SNHR documented ...": that month, of the publication's year or the one before
                mo = _MONTH_NAMES.index(named.group(1).lower()) + 1
                month = dt.date(published.year - (mo > published.month), mo, 1)
            place = m.group("place")
            gov = find_governorate(place)
            perp = _perpetrator(nxt.text, 0)
            if perp[1] is None:
                perp = _perpetrator(s.text, 0)
            inc = ReportIncident(date=month, date_precision=DatePrecision.MONTH, killed=killed.killed,
                                 children=killed.children, women=killed.women, injured=injured, place_text=place,
                                 governorate=gov.name if gov else None, governorate_pcode=gov.pcode if gov else None,
                                 perpetrator_text=perp[0], perpetrator=perp[1], perpetrator_also=perp[2],
                                 section=s.section, sentences=[s.text, nxt.text])
            inc.category = "massacre" if killed.killed >= 5 else "killing"
            control = find_stated_control(s.text)
            if control is not None:
                _set_control(inc, control)
            inc.start, inc.end = doc.original_span(s.start, nxt.end)
            inc.line = doc.line_of(s.start)
            inc.notes.append("a place that has witnessed killings, counted by the next sentence: month precision")
            out.append(inc)
    return out


def _subject_perpetrator(subject: str) -> tuple[str | None, str | None, tuple[str, ...]]:
    """The party a clause's subject names ("Assad forces" of "Assad forces killed 25 people ...")."""
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    subject = re.split(r"[,;:]\s*", subject.strip())[-1]
    try:
        parsed = parse_perpetrator(_GOVERNMENT_ARM.sub("Syrian government ", subject))
    except UnknownPerpetrator:
        return None, None, ()
    return subject, parsed.code, parsed.also


def _day_place_counts(doc: Document, p, period, published: dt.date | None) -> list[ReportIncident]:
    """One incident per "N in <place>" of a day's toll split by place, dated by the day the text gave
    just before ("At least 59 people were killed on Saturday ..."); "several other cities" names no place.
    "N each in A and B" is N in A and N in B. With no day told, the toll is of the month the text was
    published in (month precision), and of no known date on an undated page."""
    out = []
    for s in p.sentences:
        m = _PLACE_COUNTS.search(s.text) or _PLACE_COUNTS_PASSIVE.search(s.text)
        if m is None:
            continue
        before = doc.text[max(0, s.start - 800):s.start]
        days = [d for d in _dates(before, period, published) if not _SINCE_DAY.search(before[:d.start])] \
            or _dates(s.text, period, published)
        if days:
            date, precision = days[-1].date, DatePrecision.DAY
        elif published is not None:
            date, precision = published.replace(day=1), DatePrecision.MONTH
        else:
            date, precision = None, None
        perp = _subject_perpetrator(re.split(r"\bthat\s+", s.text[:m.start()])[-1])
        items = [(m.group("n"), bool(m.group("each")), m.group("place"), m.start(), m.end("place"))]
        items += [(i.group("n"), bool(i.group("each")), i.group("place"), m.start("rest") + i.start(),
                   m.start("rest") + i.end("place")) for i in _PLACE_ITEM.finditer(m.group("rest"))]
        for n, each, phrase, a, b in items:
            phrase = _PLACE_COUNT_TAIL.sub("", phrase.strip())
            for place in (re.split(r"\s+and\s+", phrase) if each else [phrase]):
                if _SEVERAL_PLACES.match(place) or not re.search(r"[A-Z]", place):
                    continue
                gov = find_governorate(place)
                inc = ReportIncident(date=date, date_precision=precision, killed=parse_number(n), place_text=place,
                                     governorate=gov.name if gov else None,
                                     governorate_pcode=gov.pcode if gov else None,
                                     perpetrator_text=perp[0], perpetrator=perp[1], perpetrator_also=perp[2],
                                     section=s.section, sentences=[s.text])
                inc.category = "massacre" if (inc.killed or 0) >= 5 else "killing"
                inc.start, inc.end = doc.original_span(s.start + a, s.start + b)
                inc.line = doc.line_of(s.start)
                inc.notes.append("one place of a day's toll split by place")
                out.append(inc)
    return out


def _place_key(text: str | None) -> set[str]:
    """The proper-name words of a place phrase, for matching two tellings of one incident."""
    if not text:
        return set()
    words = re.findall(r"(?:al-|el-)?[A-Z][\w'-]+", text)
    generic = {"Rural", "Damascus", "Aleppo", "Idlib", "Hama", "Homs", "Daraa", "Raqqa", "Hasaka",
               "Latakia", "Tartus", "Quneitra", "Suwayda", "Deir", "Ez-Zour", "Syrian", "SNA", "SDF"}
    # the same phrase said twice ("Rural Suwayda" in a subtitle and in the lead) is one place
    return {w.lower() for w in words if w not in generic} | {"phrase:" + " ".join(text.lower().split())}


def _merge_duplicates(incidents: list[ReportIncident]) -> list[ReportIncident]:
    """One incident told twice (a summary and a detailed telling) becomes one record.

    Two tellings are one incident when they share a place name or a victim's
    name, lie in the same governorate, and their dates can be the same day.
    """
    out: list[ReportIncident] = []
    by_word: dict[str, list[int]] = {}  # place word or victim name -> slots in ``out``
    for inc in incidents:
        words = _place_key(inc.place_text) | {"name:" + n for n in inc.victim_names}
        twin_slot = None
        for slot in sorted({k for w in words for k in by_word.get(w, ())}):
            other = out[slot]
            if _LIST_NOTE in inc.notes and _LIST_NOTE in other.notes:
                continue  # two lines of one list are two places ("Misraba town" and "between Misraba and Douma")
            same_names = bool(set(inc.victim_names) & set(other.victim_names))
            if inc.governorate_pcode and other.governorate_pcode and \
                    inc.governorate_pcode != other.governorate_pcode:
                continue
            a, b = inc.date_precision.interval(inc.date), other.date_precision.interval(other.date)
            if a[0] <= b[1] and b[0] <= a[1] and (inc.category == other.category or same_names):
                twin_slot = slot
                break
        if twin_slot is None:
            out.append(inc)
            slot = len(out) - 1
        else:
            twin = out[twin_slot]
            keep, drop = (twin, inc) if _richness(twin) >= _richness(inc) else (inc, twin)
            keep.notes.append(f"also told at line {drop.line}")
            for name in drop.victim_names:
                if name not in keep.victim_names:
                    keep.victim_names.append(name)
            out[twin_slot] = keep
            slot = twin_slot
        for w in words:
            by_word.setdefault(w, []).append(slot)
    return out


def _richness(inc: ReportIncident) -> tuple:
    return (inc.date_precision == DatePrecision.DAY, inc.killed is not None,
            inc.stated_control is not None, len(inc.sentence))


# An unnamed place of custody: "inside a Syrian Regime's detention center", "Syrian regime detention center".
_CUSTODY_ONLY = re.compile(r"^(?:inside\s+|in\s+|at\s+)?(?:an?\s+|the\s+|one of the\s+)?(?:Syrian\s+)?(?:(?:regime|"
                           r"government)(?:['’]s)?\s+)?(?:forces['’]?\s+)?(?:detention\s+cent(?:er|re)s?|prisons?|custody)"
                           r"(?:\s+from\b.*)?$", re.I)
# The day a death in custody became known, not the day of death: "On May 26, 2022, his family learned of his
# death inside a Syrian regime forces detention center", "we received information confirming his death".
_DEATH_LEARNT = re.compile(r"\b(?:learned|learnt|(?:was|were) informed|received information|confirm(?:ed|ing))\b"
                           r"[^.;]{0,60}?\b(?:his|her|their)\s+deaths?\b", re.I)


# Another organisation's report as the teller of an account: "An August 2017 Amnesty International report documented a
# civilian casualty incident on a farm in Al Salhiya/Hukumya area, ... killing 14 members of the same family",
# "Human Rights Watch researchers found that ...", "the Syrian Observatory for Human Rights said ...".
_OTHER_ORG = (r"Amnesty(?:\s+International)?|Human\s+Rights\s+Watch|HRW|(?:the\s+)?Syrian\s+Observatory(?:\s+for\s+Human\s+"
              r"Rights)?|SOHR|Airwars|(?:the\s+)?Violations\s+Documentation\s+Cent(?:er|re)|VDC|"
              # (the Raqqa monitoring group, either word order: "Raqqa is Being Slaughtered Silently initially reported
              # that at least 11 people died", en-2016-10-massacre-38; fixen)
              r"Raqqa\s+is\s+Being\s+(?:Slaughtered\s+Silently|Silently\s+Slaughtered)|RBSS")
# (also after the day it told on, and with an adverb or a posted list: "On October 14, Raqqa is Being Silently
# Slaughtered posted an initial list of 11 victims" - fixen)
_OTHER_ORG_ACCOUNT = re.compile(r"^\W*(?:On\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:January|February|March|"
                                r"April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,?\s+"
                                r"(?:19|20)\d\d)?,\s+)?"
                                r"(?:(?:an?|the)\s+)?(?:(?:January|February|March|April|May|June|July|August|"
                                r"September|October|November|December)\s+)?(?:(?:19|20)\d\d\s+)?(?:" + _OTHER_ORG
                                + r")(?:'s)?\s+(?:report|investigation|researchers?|statement)?\s*(?:has\s+|had\s+)?"
                                r"(?:\w+ly\s+)?(?:documented|reported|recorded|found|said|stated|counted|posted|published)\b",
                                re.I)


# ... or named as the teller at the sentence's end: "At least 517 civilians including 151 children and 46 women have been
# killed by barrel bombs ... since December 15, said London-based Syrian Observatory for Human Rights." (SOHR's toll, in
# a page that gives SNHR's in the next paragraph; en-2013-12-daily-36, rounds 35 and 36, after their measurement:
# fix3536)
_OTHER_ORG_SAID_AFTER = re.compile(r",\s*(?:said|reported|according\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:"
                                   + _OTHER_ORG + r")\b[^.;]*[.;]?\s*$", re.I)
_SNHR_NAMED = re.compile(r"Syrian\s+Network|\bSNHR\b", re.I)


def other_organisations_accounts(incidents: list[ReportIncident], other_totals: list[dict]) -> list[ReportIncident]:
    """``incidents`` without those told on another organisation's authority, the sentence's subject its report: an
    outlet that quotes SNHR's toll and then another organisation's ("An August 2017 Amnesty International report
    documented a civilian casualty incident on a farm in Al Salhiya/Hukumya area, ..., killing 14 members of the
    same family") tells the other's count, not SNHR's; the answers keep SNHR's alone, other sources' left out.
    The other's count is still a death toll the text states: it is kept in ``other_totals`` marked ``"source":
    "other"``, as an undated death in custody is (round 24, after its measurement, en-2017-05-news-24)."""
    out = []
    for inc in incidents:
        if inc.sentences and (_OTHER_ORG_ACCOUNT.match(inc.sentences[0]) or (
                _OTHER_ORG_SAID_AFTER.search(inc.sentences[0]) and not _SNHR_NAMED.search(inc.sentences[0]))):
            # (its victims' names are withheld by the reader, which reads names after this step)
            other_totals.append({"text": inc.sentences[0].strip()[:300],
                                 "killed": inc.killed, "line": inc.line, "source": "other"})
        else:
            out.append(inc)
    return out


def custody_deaths_undated(incidents: list[ReportIncident], text: str, other_totals: list[dict]) -> list[ReportIncident]:
    """``incidents`` without the deaths in custody that have neither a place (an unnamed detention centre)
    nor a day of death: in a text that tells the death was learnt of, the day its title or its account
    gives is the day it became known, or the arrest's ("A civilian from Idlib died due to torture inside a
    Syrian Regime's detention center, May 26" / "arrested ... on November 15, 2011 ... On May 26, 2022, his
    family learned of his death"), so no incident can be placed or dated (the answers code none:
    ar-2021-02-torture-18, en-2019-12-torture-19; a body that dates the death, "confirming his death on
    January 8, 2020", keeps it - en-2020-08-news-01). The death is still a death the text states: its
    count is kept in ``other_totals`` with no period (once: the title and the account tell the same death).
    Round 19, test batch, after its measurement."""
    learnt = _DEATH_LEARNT.search(text)
    if not learnt:
        return incidents
    undated = [i for i in incidents if "died" not in i.dates and i.place_text
               and _CUSTODY_ONLY.match(i.place_text.strip())]
    if undated:
        most = max(undated, key=lambda i: i.killed or 0)
        # The sentence that tells the death was learnt ("On May 26, 2022, his family learned of his death ..."),
        # which names the victim by a pronoun; the account's other sentences name him (personal data), and the
        # names it gives are withheld all the same.
        a = max(text.rfind(". ", 0, learnt.start()) + 2, text.rfind("\n", 0, learnt.start()) + 1)
        b = text.find(".", learnt.end())
        said = redact_names(text[a:b + 1 if b >= 0 else len(text)].strip(),
                            [n for i in undated for n in i.victim_names]) or ""
        torture = most.category == "torture" or "tortur" in said.lower()
        other_totals.append({"text": said[:300], "killed": None if torture else most.killed,
                             "torture": most.killed if torture else None,
                             "children": most.children, "women": most.women, "line": text.count("\n", 0, a) + 1,
                             "period": "unstated", **({"by": most.perpetrator} if most.perpetrator else {})})
    return [i for i in incidents if i not in undated]


# More deaths than any one attack SNHR has documented: its deadliest, the chemical attack on the Ghouta of 21 August
# 2013, killed 1,127 (en-2013-08-news-02); its massacres count dozens or hundreds.
CUMULATIVE_KILLED = 2_000


def cumulative_counts(incidents: list[ReportIncident], other_totals: list[dict]) -> list[ReportIncident]:
    """``incidents`` without those that count thousands of deaths and have no day of their own: a running total
    ("SNHR notes that at least 14,269 Syrian citizens have died due to torture in Syrian regime forces' detention
    center"; a report's title, "Approximately 13,000 Civilians Killed at the Hands of Syrian Regime Forces in
    Eastern Ghouta, including 1,463 Children"), never one incident. Its figure is kept in ``other_totals`` with no
    period, with its party when the incident had one (once: not when a figure of that count is kept already).
    Round 22, test batch, after its measurement (en-2021-02-torture-22, en-2018-02-annual-22).

    >>> cumulative_counts([], [])
    []
    """
    out = []
    for inc in incidents:
        if inc.date_precision is DatePrecision.DAY or (inc.killed or 0) < CUMULATIVE_KILLED:
            out.append(inc)
            continue
        n, torture = inc.killed, inc.category == "torture"
        if not any(n in (o.get("killed"), o.get("torture")) for o in other_totals):
            other_totals.append({"text": (redact_names(inc.sentence, inc.victim_names) or "")[:300],
                                 "killed": None if torture else n, "torture": n if torture else None,
                                 # (an incident's 0 is "none said": a total's unsaid share is unknown, not none)
                                 "children": inc.children or None, "women": inc.women or None, "line": inc.line,
                                 "period": "unstated", **({"by": inc.perpetrator} if inc.perpetrator else {})})
    return out


def massacre_residual(incidents: list[ReportIncident], total: int | None, children: int | None,
                      women: int | None) -> None:
    """Give the one massacre a summary names without a count what the report's total leaves.

    "A total of 13 civilians ... were killed in the two massacres" and one of
    them told in detail with 5 killed: the other had 8. Done only when exactly
    one massacre lacks a count; the incident's notes say the count is derived.
    """
    massacres = [i for i in incidents if i.category == "massacre"]
    missing = [i for i in massacres if i.killed is None]
    if total is None or len(missing) != 1:
        return
    known = [i for i in massacres if i.killed is not None]
    rest = total - sum(i.killed for i in known)
    if rest < 5:
        return
    inc = missing[0]
    inc.killed = rest
    if children is not None and all(i.children is not None for i in known):
        inc.children = max(children - sum(i.children for i in known), 0)
    if women is not None and all(i.women is not None for i in known):
        inc.women = max(women - sum(i.women for i in known), 0)
    inc.notes.append(f"counts derived: the report's massacre total ({total} killed) minus the "
                     f"massacres it tells in detail")
