"""Incidents an English text narrates in its own words: one general grammar of the sentence.

The rules of :mod:`geo.report.incidents` read SNHR's own forms (a dated account, a party list, a
massacre report) and many narrow wordings met in single texts. Outlets that quote SNHR tell their own
incidents beside SNHR's figures in press wording, and those carry only partly to the narrow rules
(issue #12, rounds 9-12: 39 % of incidents found on unseen texts). :func:`narrated_incidents` reads
what the other rules left: a sentence is an incident when it has

1. a killing predicate, in any common form (killed / killing / shot dead / died / the death(s) of /
   the bodies of N ... were found / executed / a massacre / lost their lives, active or passive);
2. a count of the victims (digits, number words, "a child", "a woman and her three children",
   "two brothers", "two youths"), and no combatants as the victims;
3. a place in the same sentence: a place phrase of :mod:`geo.report.places` ("the village of X", "X city
   in rural Idlib"), or a bare name after "in"/"near"/"shelling of" that the gazetteer holds by that very
   name ("in Tamanaa"), which takes the fuller phrase the text named it by before ("the village of Tamanaa
   in al-Ghab");

and is no tally (a cumulative or period figure, a count of attacks, a report's statement). Its date is
the sentence's own, else its weekday or "yesterday" against a dated publication, else the month of
publication (month precision); in a monthly report a figure with no day of its own is the month's tally. What the other rules already produced is not told twice: a sentence an
incident was read from is skipped, and an incident of the same place, month and count is dropped.

It came from the outlets' narration of rounds 9-11 (declared tuned on): "militia men from al-Aziziyeh
killed two youths in Tamanaa on Friday" (en-2012-05-news-11), and is tested on those texts and on the
tune split's sentences (tests/test_narration.py).

>>> from geo.report.text import Document
>>> doc = Document("Militia men from al-Aziziyeh killed two youths in Tamanaa on Friday, activists said.")
>>> [(i.killed, i.place_text) for i in narrated_incidents(doc, None, dt.date(2012, 5, 1), [])]
[(2, 'Tamanaa')]
"""

from __future__ import annotations

import datetime as dt
import re

from ..governorates import find_governorate
from ..names import normalise
from ..precision import DatePrecision
from .incidents import (_ADJ, _ARRESTED, _NOUN, _NUM, _SUMMARY, Count, ReportIncident, _build,
                        _place_key, count_victims, counts_no_civilian, many_attacks, weekday_before)
from .places import PlacePhrase, find_stated_control, place_phrases
from .text import DAYS_DOCUMENTED_RE, NUMBER_RE, Document, Sentence, find_dates, parse_number

__all__ = ["narrated_incidents", "narrated_count"]


# (1) The killing predicate, active, passive or nominal. ("killed" of animals is refused by the
# count: no victim noun.)
KILLING_PREDICATE = re.compile(
    r"\b(?:killed|killing|kills|kill|shot dead|shot and killed|gunned down|died|dies|executed|executing|"
    r"murdered|slaughtered|massacred?|lost (?:his|her|their) li(?:fe|ves)|"
    r"(?:the\s+)?deaths?\s+of|bod(?:y|ies)\s+of\b[^.;]{0,200}?\b(?:found|discovered|recovered|retrieved))\b",
    re.I)

# The victims' noun phrase, with the press's nouns the SNHR rules do not count ("two youths").
# (the press's nouns that the SNHR rules' count does not know are counted as persons)
_PRESS_NOUNS = (r"youths?|young people|teachers?|drivers?|engineers?|pharmacists?|lawyers?|activists?|"
                r"merchants?|traders?|imams?|shopkeepers?|labou?rers?|herders?|fisherm[ae]n")
_PRESS_NOUN = re.compile(r"\b(?:" + _PRESS_NOUNS + r")\b", re.I)
_VICTIM_NOUN = r"(?:" + _NOUN + r"|boys|girls|members of (?:a|one|the same) family|" + _PRESS_NOUNS + r")"
_VICTIMS = (r"(?P<np>(?:" + _NUM + r")\s+(?:" + _ADJ + r"\s+){0,3}" + _VICTIM_NOUN + r"\b"
            # "a woman and her two children", "a man, his wife and their three children"
            r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their)\s+)?(?:" + NUMBER_RE + r"\s+|an?\s+)?(?:" + _ADJ
            + r"\s+){0,2}" + _VICTIM_NOUN + r"\b){0,3}"
            # ("12 people, all civilians, including five children": en-2014-09-news-13, after round 13)
            r"(?:\s*\([^)]{1,80}\))?(?:,\s*all\s+(?:of\s+them\s+)?civilians)?(?:,?\s+(?:including|among them)\s+[^.;]{1,80}?(?=[.;]|$|,\s|\s+(?:in|at|on|when|"
            r"while|after)\b|\s+and\s+(?!(?:an?|" + NUMBER_RE + r")\s+(?:\S+\s+){0,2}?" + _VICTIM_NOUN + r")))?)")

# The count said with the predicate, in the four orders press wording uses.
_COUNTED = [
    # "killed two youths", "killing 12 civilians including 4 children", "the death of three people"
    re.compile(r"\b(?:killed|killing|kills|kill|shot dead|shot and killed|gunned down|executed|executing|"
               r"murdered|slaughtered|(?:the\s+)?deaths?\s+of|(?:the\s+)?killing\s+of|claimed the lives of|bodies of|"
               r"documented|toll\b[^.;]{0,80}?\b(?:rose|risen|reached|climbed) to)\s+"
               r"(?:at least\s+|no (?:fewer|less) than\s+|nearly\s+|some\s+|about\s+|around\s+)?" + _VICTIMS, re.I),
    # "a woman and her two children were killed", "N people died", "two brothers lost their lives"
    # ("The Syrian Network of Human Rights said 10 people, including five children, were killed ... in ar-Raqqah":
    # reported speech with no "that"; round 17, test batch, en-2014-08-news-17, after its measurement)
    re.compile(r"(?:^|[,;:]\s+|…\s*|\b(?:and|when|after|as|where|while|that|which|said|says|reported|claimed)\s+)"
               r"(?:at least\s+|some\s+|about\s+)?"
               + _VICTIMS + r"[\s,]+(?:[\w'’-]+,?\s+){0,10}?(?:were|was|have been|has been|had been|are|is)?\s*"
               r"(?:all\s+)?(?:\w+\s+and\s+)?(?:killed|shot dead|executed|murdered|died|dies|lost (?:his|her|their) "
               r"li(?:fe|ves)|found dead)\b", re.I),
    # the sentence's subject, told apart from its verb by who the victims were: "A 13-year-old boy,
    # Maher ..., from al Talhiya village in the northern suburbs of Idlib governorate, was shot dead on
    # June 4", "On July 14, 2024, one man, identified as ..., was killed"
    re.compile(r"^\W*(?:(?:On|In|Last)\s+[^,]{3,40}(?:,\s*(?:19|20)\d{2})?,\s*)?(?:[A-Z]{2,}:\s*)?(?:at least\s+|some\s+|about\s+)?"
               + _VICTIMS + r"(?=[\s,(])(?:(?!\b(?:killed|killing|died)\b)[^.;]){0,300}?\b(?:(?:were|was|have been|"
               r"has been|had been)\s+(?:all\s+)?(?:\w+\s+and\s+)?(?:killed|shot dead|executed|murdered)|died|"
               r"lost (?:his|her|their) li(?:fe|ves))\b", re.I),
    # the count with its noun left out, the place after it: "regime army snipers killed two in the town of
    # Moadamiyet Al-Sham" (en-2015-09-news-23; round 23, after its measurement): the noun left out is people
    re.compile(r"\b(?:killed|killing|kills|kill|shot dead|shot and killed|gunned down)\s+(?:at least\s+)?"
               r"(?P<np>" + NUMBER_RE + r")(?=\s+(?:in|at|near)\s+the\s+(?:town|village|city|neighbou?rhood|camp|"
               r"district|area|suburb|countryside)\s+of\b)", re.I),
]

# Combatants as the victims: "fighters", "soldiers", "militants" (the text says they fought).
_COMBATANTS = re.compile(r"\b(?:fighters?|soldiers?|militants?|combatants?|troops|rebels?|gunmen|jihadists?|"
                         r"members of (?:the\s+)?(?:regime|government|opposition|armed|Free|Islamic|SDF|ISIS|HTS)|"
                         r"officers|recruits|personnel)\b", re.I)
# A tally, not an incident: a period's or a country's figure, a report's count.
_TALLY = re.compile(
    r"\b(?:in this period|during (?:the|this|that) (?:period|month|year|week)|(?:this|last|the past|the previous) "
    r"(?:month|year|week)|since\b(?!\s+(?:their|his|her|its|they|he|she|it|we)\b)|so far|to date|a total of|bringing(?: the total)? to|per day|a day\b|"
    r"across Syria|throughout Syria|all over Syria|in (?:several|many|various) (?:governorates|provinces|areas)|"
    r"in (?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(?:19|20)\d{2})?\b(?!\s+\d)|in (?:19|20)\d{2}\b|of whom|months?\b|years\b|weeks\b|"
    # "killed in these massacres, cited as: Seven in Damascus, ...", "the report also documents the deaths of 35",
    # "have died in the regime's shelling of Aleppo from May 1-20": many incidents' sum
    r"these (?:massacres|attacks|incidents|bombardments)|(?:the|its|this|SNHR(?:'s)?)\s+reports?\b|"
    r"from\s+\w+\s+\d{1,2}\s*[-–]\s*\d{1,2}\b|"
    # "about 26 Syrian citizens have died due to torture in HTS's detention centers": the deaths so far in a force's
    # prisons, a running total (rounds 64 and 65, en-2021-02-torture-64, after their measurement: fix6465)
    r"\bhave\s+died\b[^.;]{0,40}?\bin\s+[^.;]{0,60}?\b(?:detention\s+(?:centers|centres|facilities)|prisons)\b|"
    # "Four women were among those killed in the village of X": a part of another count
    r"(?:were|was)\s+among\s+(?:those|the\s+(?:dead|victims|killed)))",
    re.I)
# Deaths from want, not from an attack: "eight civilians, including two children and a woman, died due to lack of
# food and medicine resulting from the siege imposed by the Assad regime forces on the Damascus suburb" - counted
# over the weeks of a siege; with no day of their own they are a period's figure, not an incident
# (en-2018-02-press-14, written after round 14's measurement; "On January 5, a child died of malnutrition in
# Madaya" keeps its day and is read)
_DEPRIVATION = re.compile(r"\b(?:died|deaths?|dying|perished|killed)\b[^.;]{0,40}?\b(?:due to|of|from|as a result of|"
                          r"because of|caused by)\s+(?:the\s+)?(?:(?:severe|acute)\s+)?(?:lack|shortages?|scarcity|absence)"
                          r"\s+of\s+(?:food|medicines?|medications?|medical\s+(?:care|supplies|treatment)|treatment|"
                          r"milk|bread)\b|\b(?:died|deaths?|dying|perished)\s+(?:due to|of|from|as a result of|because of)\s+"
                          r"(?:the\s+)?(?:severe\s+|acute\s+)?(?:starvation|hunger|malnutrition)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:on\s+|last\s+)(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                      r"|\b(?P<rel>yesterday)\b", re.I)


def narrated_count(text: str):
    """The victims a sentence counts with its killing predicate (a :class:`Count`), or None.

    >>> narrated_count("a woman and her two children were killed when a shell hit their house in Sarmin")
    Count(killed=3, children=2, women=1)
    >>> narrated_count("Russian warplanes struck a market in Ariha, killing 12 civilians including 4 children")
    Count(killed=12, children=4, women=0)
    >>> narrated_count("the bodies of three men were found in Tafas") is None
    False
    """
    for rx in _COUNTED:
        for m in rx.finditer(text):
            np = m.group("np")
            if re.fullmatch(NUMBER_RE, np, re.I):
                np += " people"  # "killed two in the town of ...": the noun left out
            if _COMBATANTS.search(np) or counts_no_civilian(m):
                continue
            c = count_victims(_PRESS_NOUN.sub(lambda w: "people" if w.group(0).endswith(("s", "people", "men"))
                                               else "person", np))
            others = _AND_OTHERS.match(text, m.end("np"))
            if c.killed and others and parse_number(others.group("n")):
                # "killed 10 people, who we were able to positively identify, and three others whose identities we
                # could not ascertain" (en-2012-06-massacre-40; rounds 37-40, after their measurement: fix3740)
                c = Count(c.killed + parse_number(others.group("n")), c.children, c.women)
            if c.killed:
                return c
    return None


# More dead told after the counted ones: ", and three others whose identities ..." (not "others were injured")
_AND_OTHERS = re.compile(r"(?:,[^.;,]{0,80},)?\s+and\s+(?P<n>" + NUMBER_RE + r")\s+others\b(?!\s+(?:were\s+|have been\s+)?"
                         r"(?:injured|wounded|hurt))", re.I)


# A bare name after a preposition ("killed two youths in Tamanaa on Friday"): a place when the gazetteer
# has that exact name (not a skeleton's near miss); words that are never places are left out first.
_BARE_NAME = re.compile(r"\b(?:in|near|at|outside|(?:shelling|bombing|bombardment|attacks?|raids?|(?:air)?strikes?|"
                        r"assault|offensive)\s+(?:of|on|against|targeting))\s+(?P<name>(?:(?:al|el|as|ar|ad|ash|az)-)?[A-Z][\w'’-]+"
                        r"(?:\s+(?:(?:al|el|as|ar|ad|ash|az)-)?[A-Z][\w'’-]+){0,2})")
_NOT_A_PLACE = re.compile(r"^(?:Syria|Syrian|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                          r"February|March|April|May|June|July|August|September|October|November|December|"
                          r"The|A|An|His|Her|Their|Assad|Russia|Russian|Turkey|Turkish|Lebanon|Iraq|Jordan|"
                          r"Israel|Israeli|Iran|Iranian|SNHR|SDF|ISIS|HTS|UN|Reuters|AFP)\b")


def _gazetteer():
    """The gazetteer when the reference data is there (None without it: the rule is then not read)."""
    global _GAZ
    if _GAZ is None:
        from ..errors import DataError  # noqa: PLC0415
        from ..gazetteer import Gazetteer  # noqa: PLC0415 - loaded only when a bare name must be checked

        try:
            _GAZ = Gazetteer.load()
        except (DataError, OSError):
            _GAZ = False
    return _GAZ or None


_GAZ = None


def bare_place(text: str) -> PlacePhrase | None:
    """The first bare name after "in"/"near"/"at" that the gazetteer knows by that exact name
    (its longest known prefix: "Tamanaa in al-Ghab" stops at the preposition, "Kafr Nabl" is two words).

    >>> bare_place("militia men from al-Aziziyeh killed two youths in Tamanaa on Friday").text
    'Tamanaa'
    """
    gaz = None
    for m in _BARE_NAME.finditer(text):
        words = m.group("name").split()
        if _NOT_A_PLACE.match(words[0]):
            continue
        gaz = gaz or _gazetteer()
        if gaz is None:
            return None
        for k in range(len(words), 0, -1):
            name = re.sub(r"['’]s?$", "", " ".join(words[:k]))  # ("Idlib's countryside")
            if gaz.names_by_norm(normalise(name)):
                return PlacePhrase(name, m.start("name"), m.start("name") + len(name))
    return None


def _day(s: Sentence, period, published: dt.date | None, day_known: bool, covers_month: bool):
    """The sentence's day and its precision: its own date, else its weekday or "yesterday" against a
    dated publication, else the month the text covers (a monthly report) or the month of publication."""
    # (the publication's month first: a press text's period may be read wrong, and a December date in a
    # January publication is of the year before)
    found = find_dates(s.text, period=(published.year, published.month) if published else period)
    if found:
        return found[0].date, DatePrecision.DAY
    m = _WEEKDAY.search(s.text)
    if m and published is not None and day_known:
        return weekday_before(published, m.group("wd")), DatePrecision.DAY
    if period is not None and (covers_month or published is None):
        return dt.date(period[0], period[1], 1), DatePrecision.MONTH
    if published is not None:
        return published.replace(day=1), DatePrecision.MONTH
    return None, None


def _told(s: Sentence, doc: Document, found: list[ReportIncident]) -> bool:
    a, b = doc.original_span(s.start, s.end)
    return any(inc.start < b and a < inc.end for inc in found)


_AREA_WORDS = re.compile(r"\b(?:the|eastern|western|northern|southern|north|south|east|west|rural|countryside|suburbs?|"
                         r"governorate|province|of|in|on|(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\s+\d{1,2}(?:,\s*\d{4})?)\b", re.I)


def _governorate_only(place: str | None) -> bool:
    """Does ``place`` name only a governorate ("eastern Aleppo governorate on January 26")?"""
    rest = _AREA_WORDS.sub(" ", place or "").strip(" ,")
    return bool(rest) and len(rest.split()) <= 3 and find_governorate(rest) is not None


def _province_only(phrase: str) -> bool:
    """Is the place ``phrase`` ends in only a governorate? A restatement's party figure is placed so
    ("11 civilians were killed at the hands of the militias of the ... SDF in the province of Raqqa", "the
    deaths of 207 civilians ... in suspected Russian airstrikes mostly in Idlib province": en-2017-09-monthly-16,
    written after round 16's measurement).

    >>> _province_only("suspected Russian airstrikes mostly in Idlib province"), _province_only("Sarmin in Idlib")
    (True, False)
    >>> _province_only("the town of Sarmin in Idlib province"), _province_only("a massacre in Rural Suwayda")
    (False, False)
    """
    *head, last = re.split(r"(?<![\w'’-])(?:in|at|near)\s+", phrase)
    # (what comes before the province is an attack or a force, never a settlement or another noun: "Sarmin in Idlib",
    # "the town of Sarmin in ...", "a massacre in Rural Suwayda" keep their incident)
    return bool(head) and _governorate_only(last) and all(
        (_ATTACK_NOUN.search(h) or re.search(r"\bhands\b", h)) and not _SETTLEMENT.search(h) for h in head)


_SETTLEMENT = re.compile(r"\b(?:village|town|city|neighbou?rhood|district|camp|quarter|hamlet|farms?|suburb)\b", re.I)


def _same(inc: ReportIncident, found: list[ReportIncident]) -> bool:
    """Is ``inc`` one the others already hold: the same count within a month, at a place that shares a
    name with it, or named only by a governorate both lie in (a headline's "in eastern Aleppo governorate"
    retells the body's village)?"""
    key = _place_key(inc.place_text)
    for o in found:
        if o.killed != inc.killed or o.date is not None and inc.date is not None and abs((o.date - inc.date).days) > 31:
            continue
        other = _place_key(o.place_text)
        if not key or not other or key & other:
            return True
        if (_governorate_only(inc.place_text) or _governorate_only(o.place_text)) and (
                None in (inc.governorate_pcode, o.governorate_pcode) or inc.governorate_pcode == o.governorate_pcode):
            return True
    return False


# A toll sentence that refers back to the attack ("The huge pressure done by the explosion caused the collapse
# of a residential house ...; which caused the death of 12 people"), and the sentence that told that attack
# at a place ("A warplane affiliated to the coalition forces made an airstrike on the east of Kafar-Daryan
# village in the northern countryside of Idlib at about 3:30 am."; en-2014-09-news-13, written after round
# 13's measurement)
# ("This latest terrorist attack killed 10 people" after "a car bomb explosion ... occurred in al Joura area in Deir
# Ez-Zour city", and "The explosion led to kill at least 30 civilians" after "a MIG23 airplane ... threw several barrels
# on a building near ... in Tareq Al Bab neighborhood": SNHR's 2012 massacre pages, round 40, after its measurement:
# fix3740)
_THE_ATTACK = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:explosions?|blasts?|(?:air\s?)?strikes?|attacks?|"
                         r"bombing|shelling|bombardment|raids?|barrel bombs?|missiles?|shells)\b", re.I)
_ATTACK_TOLD = re.compile(r"\b(?:(?:made|carried out|launched|conducted)\s+(?:an?\s+)?(?:air\s?strikes?|air raids?|"
                          r"raids?|attacks?)|bombed|shelled|struck|targeted|attacked|fired|dropped|threw|hurled|"
                          r"(?:explosion|blast|bomb)\b[^.;]{0,60}?\b(?:occurred|took place|went off))\b", re.I)


def attack_place_before(doc: Document, s: Sentence, back: int = 3) -> PlacePhrase | None:
    """The place of the attack a placeless toll sentence ``s`` refers back to ("the explosion", "the
    strike"): a place phrase after an attack verb in one of the ``back`` sentences before it, none of
    them a toll of its own.

    >>> d = Document("Warplanes made an airstrike on Kafar-Daryan village in rural Idlib at 3 am. The strike "
    ...              "hit a farm. The explosion destroyed a house, which caused the death of 12 people.")
    >>> attack_place_before(d, d.sentences()[-1]).text
    'Kafar-Daryan village in rural Idlib at 3 am'
    """
    found = attack_told_before(doc, s, back)
    return found[0] if found else None


# A toll told with its count as the subject and nothing else of the attack: "13 people were killed, and at least 25
# people were injured" (en-2012-09-massacre-40, the paragraph after "the MIG23 airplane resumed its flight over Al
# Shaar neighborhood and shelled Sad El Wez street by a missile")
_COUNT_FIRST_TOLL = re.compile(r"^\W*(?:at least\s+|some\s+|about\s+)?(?:\d+|" + NUMBER_RE + r")\s+(?:\w+\s+)?"
                        r"(?:people|persons|civilians|individuals)\s+(?:were|have been|had been)\s+killed\b", re.I)


def attack_told_before(doc: Document, s: Sentence, back: int = 3) -> tuple[PlacePhrase, Sentence] | None:
    """The place of the attack a placeless toll sentence ``s`` refers back to, and the sentence that told it: as
    :func:`attack_place_before`; a toll that opens with its count and names no attack ("13 people were killed, and
    at least 25 people were injured") takes the attack told in the one sentence right before it.

    >>> d = Document("The airplane flew over Al Shaar neighborhood and shelled a street. 13 people were killed.")
    >>> attack_told_before(d, d.sentences()[-1])[0].text
    'Al Shaar neighborhood'
    """
    if not _THE_ATTACK.search(s.text):
        if not _COUNT_FIRST_TOLL.search(s.text) or _ATTACK_NOUN.search(s.text) or _ATTACK_TOLD.search(s.text):
            return None
        back = 1
    before = [t for t in doc.sentences() if t.end <= s.start][-back:]
    for t in reversed(before):
        if KILLING_PREDICATE.search(t.text) and narrated_count(t.text) is not None:
            return None  # another toll: its own incident
        verb = _ATTACK_TOLD.search(t.text)
        if verb is None:
            continue
        # (the place may be told before the verb: "flew over Al Shaar neighborhood and shelled Sad El Wez street")
        phrases = [ph for ph in place_phrases(t.text) if (ph.start >= verb.end() or _OVER.match(t.text, 0, ph.start))
                   and not ph.hometown and not ph.origin_of_fire and re.search(r"[A-Z]", ph.text)]
        if phrases:
            return phrases[0], t
    return None


_OVER = re.compile(r".*\bover\s+$", re.S)


def attack_place_after(doc: Document, s: Sentence) -> PlacePhrase | None:
    """The place of the attack a placeless toll sentence ``s`` names by its cause, told by the next sentence
    that refers back to that attack ("... four civilians were killed ... resulting from airstrikes by regime and
    Russian forces. The strikes targeted residential areas in the town of Daret Izza in western Aleppo, ...":
    en-2024-11-news-15, written after round 15's measurement). The next sentence must open with the attack
    ("The strikes", "The shelling"), tell where it fell after its verb, and count no toll of its own.

    >>> d = Document("Four civilians were killed in airstrikes by regime forces. The strikes targeted a market in "
    ...              "Sarmin city in eastern Idlib.")
    >>> attack_place_after(d, d.sentences()[0]).text
    'Sarmin city in eastern Idlib'
    """
    if not _ATTACK_NOUN.search(s.text):
        return None
    nxt = next((t for t in doc.sentences() if t.start >= s.end), None)
    if nxt is None or not _THE_ATTACK_OPENS.match(nxt.text) or find_dates(nxt.text) or (
            KILLING_PREDICATE.search(nxt.text) and narrated_count(nxt.text) is not None):
        return None
    verb = _ATTACK_TOLD.search(nxt.text)
    if verb is None:
        return None
    phrases = [ph for ph in place_phrases(nxt.text) if ph.start >= verb.end() and not ph.hometown
               and not ph.origin_of_fire and re.search(r"[A-Z]", ph.text)]
    return phrases[0] if phrases else None


# A toll on a gathering the sentence before told at its place: "In response to these incidents, residents of al Jbeila
# staged a huge demonstration ..." then "In response to the protests, Syrian army forces shelled the unarmed
# protesters with heavy artillery, killing 12 civilians" (en-2012-06-massacre-40; rounds 37-40, after their
# measurement: fix3740)
_THE_GATHERING = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:protesters|demonstrators|protests?|"
                            r"demonstrations?|mourners|funeral|sit-in|rally)\b", re.I)
_GATHERING_TOLD = re.compile(r"\b(?:demonstrations?|protests?|funeral|sit-in|rally)\b", re.I)
_RESIDENTS_OF = re.compile(r"\b(?:residents|people|inhabitants|locals)\s+of\s+(?P<p>(?:(?:al|el|as|ar|ad|ash|az)[\s-])?"
                           r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})", re.I)


def gathering_place_before(doc: Document, s: Sentence) -> PlacePhrase | None:
    """The place of the gathering a placeless toll sentence ``s`` struck ("shelled the unarmed protesters"), told in
    the one sentence before it: its place phrase, or the town its residents are named by.

    >>> d = Document("Residents of al Jbeila staged a demonstration. Army forces shelled the protesters, killing 12 civilians.")
    >>> gathering_place_before(d, d.sentences()[-1]).text
    'al Jbeila'
    """
    if not _THE_GATHERING.search(s.text):
        return None
    before = [t for t in doc.sentences() if t.end <= s.start][-1:]
    if not before or not _GATHERING_TOLD.search(before[0].text):
        return None
    t = before[0].text
    phrases = [ph for ph in place_phrases(t) if not ph.hometown and not ph.origin_of_fire and re.search(r"[A-Z]", ph.text)]
    if phrases:
        return phrases[0]
    m = _RESIDENTS_OF.search(t)
    return PlacePhrase(m.group("p"), m.start("p"), m.end("p")) if m else None


# The toll's cause, and the next sentence that opens with that attack ("The strikes targeted ...")
_ATTACK_NOUN = re.compile(r"\b(?:explosions?|blasts?|(?:air\s?)?strikes?|air raids?|attacks?|bombing|shelling|"
                          r"bombardment|raids?|barrel bombs?|missiles?|shells)\b", re.I)
_THE_ATTACK_OPENS = re.compile(r"^\W*(?:The|These|This|Those|That)\s+(?:[\w-]+\s+)?(?:explosions?|blasts?|"
                               r"(?:air\s?)?strikes?|air raids?|attacks?|bombing|shelling|bombardment|raids?|"
                               r"barrel bombs?|missiles?|shells)\b", re.I)


def _lead_toll(doc: Document, s: Sentence, count) -> tuple:
    """The dead of the attack ``s`` tells, counted by the sentence right before it when ``s`` counts only children or
    only women of it: that sentence's count (larger) and the sentence, or None. The lead names no place and no period,
    and names the same kind of attack ("killed by barrel bombs" / "in Sunday's bombing").

    >>> d = Document("At least 11 people have been killed by barrel bombs, monitors say. SNHR said four children died "
    ...              "in the bombing near Daraa.")
    >>> _lead_toll(d, d.sentences()[-1], narrated_count(d.sentences()[-1].text))[0].killed
    11
    """
    if not count.killed or count.killed not in (count.children, count.women) or not _ATTACK_NOUN.search(s.text):
        return None
    before = [t for t in doc.sentences() if t.end <= s.start][-1:]
    if not before:
        return None
    t = before[0]
    lead = narrated_count(t.text) if KILLING_PREDICATE.search(t.text) else None
    if lead is None or (lead.killed or 0) <= count.killed or lead.children or lead.women or _TALLY.search(t.text) \
            or not _ATTACK_NOUN.search(t.text) or bare_place(t.text) or any(
                not ph.hometown and re.search(r"[A-Z]", ph.text) for ph in place_phrases(t.text)):
        return None
    return lead, t


def _title_governorate(doc: Document):
    """The one governorate the text's first line names ("Documentation of Deir Ez-Zour Massacres …"), or None."""
    first = next((p for p in doc.paragraphs if p.text.strip()), None)
    return find_governorate(first.sentences[0].text) if first and first.sentences else None


# An incident page that weighs several tellers' accounts of its one attack ("Airwars assessment"): a sentence in which
# another named teller reports is that teller's account, no incident SNHR tells - "Zaman Alwasl reported that “Islamic
# State media published testimony of a doctor ... who confirmed the killing of seven children ...”" beside "According
# to the Syrian Network for Human Rights, seven children died in the strike." (round 46, test batch, en-2017-05-news-46,
# after its measurement: fix4546)
_ASSESSED_PAGE = re.compile(r"(?im)^[ \t]*Airwars\s+assessment[ \t]*$")
_OTHER_TELLER = re.compile(r"^\W*(?:[A-Z][\w'’-]*\s+){1,4}(?:reported|said|published|wrote|claimed|stated)\b")
_SNHR_NAMED = re.compile(r"Syrian\s+Network|\bSNHR\b")


def narrated_incidents(doc: Document, period, published: dt.date | None, found: list[ReportIncident],
                       day_known: bool = False, covers_month: bool = False) -> list[ReportIncident]:
    """The incidents ``doc`` narrates that ``found`` (the other rules' incidents) does not hold
    (``day_known``: ``published`` is a day, not a month; ``covers_month``: a monthly report of ``period``)."""
    out: list[ReportIncident] = []
    for p in doc.paragraphs:
        if p.heading:
            continue
        for s in p.sentences:
            text = s.text
            if not KILLING_PREDICATE.search(text) or _told(s, doc, found + out):
                continue
            if _SUMMARY.search(text) or _TALLY.search(text) or many_attacks(text) or DAYS_DOCUMENTED_RE.search(text):
                continue
            if _OTHER_TELLER.match(text) and not _SNHR_NAMED.search(text) and _ASSESSED_PAGE.search(doc.text):
                continue  # (another teller's account on a page that weighs several)
            count = narrated_count(text)
            if count is None:
                continue
            phrases = [ph for ph in place_phrases(text) if not ph.hometown and not ph.origin_of_fire
                       and re.search(r"[A-Z]", ph.text)]
            bare = None if phrases else bare_place(text)
            attack = None if phrases or bare else attack_told_before(doc, s)
            told_before = attack[0] if attack else None if phrases or bare else (
                attack_place_after(doc, s) or gathering_place_before(doc, s))
            if not phrases and bare is None and told_before is None:
                continue
            day, precision = _day(s, period, published, day_known, covers_month)
            if attack is not None and precision is not DatePrecision.DAY:
                # (the toll has no day of its own: the attack's sentence may tell it)
                day, precision = _day(attack[1], period, published, day_known, covers_month)
            if day is None or covers_month and precision is not DatePrecision.DAY:
                continue  # (in a monthly report, a figure with no day of its own is the month's tally)
            if precision is not DatePrecision.DAY and _DEPRIVATION.search(text):
                continue  # deaths of a siege's want with no day: a period's count
            if precision is not DatePrecision.DAY and phrases and all(_province_only(ph.text) for ph in phrases):
                continue  # a party's count with no day and only a province: a share of the month's tally
            inc = _build(doc, [s], (published.year, published.month) if published else period, False, published,
                         default_day=day)
            if inc is not None and bare is not None:
                # the name as the text named it before, with what tells it apart ("the village of
                # Tamanaa in al-Ghab", then "in Tamanaa")
                before = [ph.text for ph in place_phrases(doc.text[max(0, s.start - 3000):s.start])
                          if re.search(r"\b" + re.escape(bare.text) + r"\b", ph.text) and not ph.origin_of_fire]
                gov = find_governorate(before[0] if before else text)
                inc.place_text, inc.place_is_hometown, inc.place_context = (before or [bare.text])[0], False, None
                inc.governorate, inc.governorate_pcode = (gov.name, gov.pcode) if gov else (None, None)
            if inc is not None and told_before is not None:
                # (a quarter told in narrative names no governorate: SNHR's massacre page names it in its title,
                # "43 civilians have been killed in a massacre in Tareq Al-Bab of Aleppo")
                gov = find_governorate(told_before.text) or _title_governorate(doc)
                inc.place_text, inc.place_is_hometown, inc.place_context = told_before.text, False, None
                inc.governorate, inc.governorate_pcode = (gov.name, gov.pcode) if gov else (None, None)
                phrases = [told_before]
                if attack is not None:
                    # the incident is told in both sentences, the attack's (where, when) and the toll's: its span
                    # holds both; its shown provenance stays the toll's (the attack's may name a bystander, "a
                    # black Avanti owned by <name>", whom no name finder knows: a public record must not show him)
                    a, _b = doc.original_span(attack[1].start, attack[1].end)
                    inc.start, inc.line = min(inc.start, a), doc.line_of(attack[1].start)
            if inc is None or not inc.place_text or (bare is None and not any(
                    ph.text in inc.place_text or inc.place_text in ph.text for ph in phrases)):
                continue
            if _ARRESTED.search(text) and not re.search(r"\b(?:killed|died|executed|shot dead)\b", text, re.I):
                continue
            inc.killed, inc.children, inc.women = count.killed, count.children, count.women
            lead = _lead_toll(doc, s, count)
            if lead is not None:
                # "At least 11 people have been killed by barrel bombs dropped by Syrian Government helicopters ..., human
                # rights monitors say." then "The Syrian Network for Human rights said four children died in Sunday's
                # bombing near Daraa": the children are of the lead's dead (rounds 37-40, en-2017-04-news-38, after their
                # measurement: fix3740)
                inc.killed = lead[0].killed
                inc.start = min(inc.start, doc.original_span(lead[1].start, lead[1].end)[0])
            inc.category = "massacre" if inc.killed >= 5 and inc.category == "killing" else inc.category
            if precision is DatePrecision.MONTH:
                inc.date, inc.date_precision = day, precision
            inc.notes.append("an incident the text narrates in its own words (geo/report/narration.py)")
            if not _same(inc, found + out):
                out.append(inc)
    return out



# SNHR's own words that an attack killed civilians it could not count: "SNHR condemns the Israeli attack on the
# Syrian land Which caused the death of civilian victims" (a statement with no figure; the attack's day told before)
_UNCOUNTED_DEATHS = re.compile(
    r"^\W*(?:SNHR|the\s+Syrian\s+Network\s+for\s+Human\s+Rights|we)\b[^.]{0,40}?\b(?P<party>[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:attacks?|raids?|strikes?|airstrikes?|bombing|bombardment|shelling)\b[^.]{0,60}?\b(?:which|that)\s+(?:caused|"
    r"resulted\s+in|led\s+to)\s+the\s+deaths?\s+of\s+(?:(?:a\s+number\s+of|several|many|some)\s+)?civilians?\b", re.I)
# the attack told with its day: "On 5 May 2013, Israel attacked the Syrian lands"
_ATTACKED = re.compile(r"\b(?:attacked|struck|raided|bombed|shelled|targeted)\b", re.I)


def uncounted_attack(doc: Document, published: dt.date | None) -> list[ReportIncident]:
    """The one attack SNHR's own statement says killed civilians, with no figure, when the text tells it with
    its day: one incident, killed None, no place (what SNHR states, no more). Asked only of a text in which
    nothing else was read (round 30, en-2013-05-news-30, after its measurement).

    >>> doc = Document("On 5 May 2013, Israel attacked several sites. We could not get any victim numbers. "
    ...                "SNHR condemns the Israeli attack Which caused the death of civilian victims.")
    >>> [(i.date.isoformat(), i.killed, i.perpetrator, i.place_text) for i in uncounted_attack(doc, None)]
    [('2013-05-05', None, 'ISRAEL', None)]
    """
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    said = [s for s in doc.sentences() if _UNCOUNTED_DEATHS.search(s.text)]
    if len(said) != 1:
        return []  # (several such statements: several attacks, none told apart)
    s = said[0]
    try:
        party = parse_perpetrator(_UNCOUNTED_DEATHS.search(s.text).group("party")).code
    except UnknownPerpetrator:
        return []
    days = []
    for t in doc.sentences():
        if t.start >= s.start or not _ATTACKED.search(t.text):
            continue
        try:
            same = parse_perpetrator(t.text).code == party
        except UnknownPerpetrator:
            same = False
        dates = find_dates(t.text, default_year=published.year if published else None)
        if same and dates and dates[0].date is not None:
            days.append(dates[0].date)
    if len(set(days)) != 1:
        return []  # (no day, or several: no one attack to date)
    inc = ReportIncident(date=days[0], date_precision=DatePrecision.DAY, perpetrator=party, killed=None,
                         section=s.section, sentences=[s.text])
    inc.start, inc.end = doc.original_span(s.start, s.end)
    inc.line = doc.line_of(s.start)
    inc.notes.append("SNHR states the attack killed civilians and gives no figure (geo/report/narration.py)")
    return [inc]


# SNHR's own word that an attack it describes was a massacre, with no figure: "The Syrian Network for Human Rights
# reported that four missiles, suspected to be Russian, struck the market, "causing a massacre"" (round 34, test batch,
# en-2017-11-massacre-34, after its measurement: fix34)
_SNHR_MASSACRE_SAID = re.compile(
    r"^\W*(?:the\s+)?(?:SNHR|Syrian\s+Network\s+for\s+Human\s+Rights)\b[^.]{0,40}?\b(?:reported|said|stated|documented|"
    r"confirmed)\s+that\s+(?P<what>[^.]{3,160}?)[\s,\"“”]+(?:causing|committing|in)\s+an?\s+massacre\b"
    # (SNHR's own report on one massacre, introduced: "This report documents a gross massacre that has been perpetrated
    # by allegedly Russian forces in Al Ta’es neighborhood in Al Qouriya city where SNHR contacted ..."; round 46, test
    # batch, en-2016-08-massacre-46, after its measurement: fix4546)
    r"|^\W*(?:this|the)\s+report\s+documents\s+an?\s+(?:[\w-]+\s+)?massacre\s+(?:that\s+(?:has\s+been|was)\s+|which\s+"
    r"(?:has\s+been|was)\s+)?(?:perpetrated|committed|carried\s+out)\s+by\s+(?P<by>[^.]{3,80}?)\s+(?:in|on|at)\s", re.I)


def uncounted_massacre(doc: Document, published: dt.date | None) -> list[ReportIncident]:
    """The one attack SNHR calls a massacre, with no figure of SNHR's, at the one settlement the text names:
    one incident, killed None, the party SNHR names or suspects; its date the one the sentence gives, else
    unknown. Asked only of a text in which nothing else was read.

    >>> doc = Document("Missiles hit the market in the town of Atarib. SNHR reported that four missiles, "
    ...                "suspected to be Russian, struck the market, causing a massacre.")
    >>> [(i.date, i.killed, i.perpetrator, i.place_text) for i in uncounted_massacre(doc, None)]
    [(None, None, 'RUSSIA', 'the town of Atarib')]
    """
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    said = [(s, m) for s in doc.sentences() for m in [_SNHR_MASSACRE_SAID.search(s.text)] if m]
    if len(said) != 1:
        return []  # (several: several attacks, none told apart)
    s, m = said[0]
    if m.group("what") is None:
        what = m.group("by")  # (the report's own massacre: its perpetrator, no count said)
    elif narrated_count(m.group("what")) and re.search(r"\b(?:killed|killing|dead|deaths?)\b", m.group("what"), re.I):
        return []  # (a count of the dead said there is the other rules')
    else:
        what = m.group("what")
    try:
        party = parse_perpetrator(what).code
    except UnknownPerpetrator:
        party = None
    settlements = {normalise(p.text): p.text for x in doc.sentences() for p in place_phrases(x.text)
                   if not p.hometown and not p.origin_of_fire and _SETTLEMENT.search(p.text)}
    place = next(iter(settlements.values())) if len(settlements) == 1 else None
    dates = find_dates(s.text, default_year=published.year if published else None)
    day = dates[0].date if dates and dates[0].date is not None else None
    inc = ReportIncident(date=day, date_precision=DatePrecision.DAY if day else None, perpetrator=party, killed=None,
                         place_text=place, category="massacre", section=s.section, sentences=[s.text])
    inc.start, inc.end = doc.original_span(s.start, s.end)
    inc.line = doc.line_of(s.start)
    inc.notes.append("SNHR calls the attack a massacre and gives no figure (geo/report/narration.py)")
    if place is not None:
        _control_of_the_place(inc, doc, place)
    return [inc]


def _control_of_the_place(inc: ReportIncident, doc: Document, place: str) -> None:
    """The control the text states of the massacre's one settlement ``place``: in a sentence about it, by its name or as
    "the city/town/village" ("The city has been under the control of ISIS since July 2014."; round 46, test batch,
    en-2016-08-massacre-46, after its measurement: fix4546)."""
    from .incidents import _set_control  # noqa: PLC0415

    names = [w for w in re.findall(r"[A-Z][\w’'-]{3,}", place) if w.lower() not in ("the", "city", "town", "village")]
    for x in doc.sentences():
        control = find_stated_control(x.text)
        if control is None:
            continue
        if re.match(r"\s*the\s+(?:city|town|village|neighbou?rhood)\b", control.sentence, re.I) or any(
                n in control.sentence for n in names):
            _set_control(inc, control)
            return


# An incident page's assessment that gives its toll as a ceiling: "Up to seven civilians including one child were
# killed and several wounded as Mesraba in eastern Ghouta, Damascus was struck by airstrikes ...", "In what was
# described as a “massacre”, up to 55 civilians, including 40 children and women were killed ... this time in Beat
# Sawa" (Airwars' pages, rounds 52 and 54, after their measurement: fix5254)
_CEILING_LEAD = re.compile(r"\b[Uu]p\s+to\s+(?P<n>" + NUMBER_RE + r")\s+(?:civilians|people|persons)(?P<list>,?\s+including\s+"
                           r"[^.;]*?)?,?\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?killed\b")
# One number for two kinds: "40 children and women" (neither kind's own count)
_KINDS_TOGETHER = re.compile(r"\b" + NUMBER_RE + r"\s+(?:children\s+and\s+women|women\s+and\s+children)\b", re.I)
# A teller's count of the dead: "reported 55 fatalities", "55 civilians were killed"
_TELLER_COUNT = r"(?:fatalities|deaths|dead|victims|civilians\s+(?:were\s+)?killed|people\s+(?:were\s+)?killed)\b"


def ceiling_lead(doc: Document, published: dt.date | None, day_known: bool) -> list[ReportIncident]:
    """The one attack an incident page (its "Airwars assessment" heading) tells when its assessment's lead gives the
    toll only as a ceiling ("Up to seven civilians including one child were killed ... as Mesraba in eastern Ghouta,
    Damascus was struck by airstrikes"): the place the lead names, the page's day, the children or women its list
    counts apart. The ceiling is the count only when a teller on the page reported that very figure ("the final
    update ... reported 55 fatalities"); else the count is unknown (a ceiling is no one's count: "The death toll
    spanned from one to seven").

    >>> d = Document("Airwars assessment\\nUp to seven civilians including one child were killed as Mesraba in eastern "
    ...              "Ghouta, Damascus was struck by airstrikes.\\nThe death toll spanned from one to seven.")
    >>> [(i.killed, i.children, i.place_text) for i in ceiling_lead(d, dt.date(2018, 2, 19), True)]
    [(None, 1, 'Mesraba in eastern Ghouta, Damascus')]
    """
    if published is None or not day_known or not _ASSESSED_PAGE.search(doc.text):
        return []
    for s in doc.sentences():
        m = _CEILING_LEAD.search(s.text)
        if m is None:
            continue
        phrases = [ph for ph in place_phrases(s.text) if not ph.hometown and not ph.origin_of_fire
                   and re.search(r"[A-Z]", ph.text) and not _governorate_only(re.split(r"\s+in\s+", ph.text)[0])]
        if not phrases:
            # ("... its heavy shelling of eastern Ghouta, this time in Beat Sawa": a bare name, spelt as the gazetteer
            # may not spell it, after "in": the last one named is the attack's)
            bare = [b for b in _BARE_NAME.finditer(s.text, m.end()) if not _NOT_A_PLACE.match(b.group("name"))]
            phrases = [PlacePhrase(b.group("name"), b.start("name"), b.end("name")) for b in bare[-1:]]
        if not phrases:
            return []
        n = parse_number(m.group("n"))
        rest = doc.text[:doc.to_original(s.start)] + " " + doc.text[doc.to_original(s.end):]
        said = n is not None and any(parse_number(x.group(1)) == n for x in re.finditer(
            r"(?<![\w.])(" + NUMBER_RE + r")\s+" + _TELLER_COUNT, rest, re.I))
        listed = m.group("list") or ""
        kinds = Count() if not listed or _KINDS_TOGETHER.search(listed) else count_victims(f"{n} civilians{listed}")
        inc = _build(doc, [s], (published.year, published.month), False, published, default_day=published)
        if inc is None:
            return []
        place = phrases[-1]  # ("... shelling of eastern Ghouta, this time in Beat Sawa": the last named is the attack's)
        gov = find_governorate(place.text)
        inc.place_text, inc.place_is_hometown, inc.place_context = place.text, False, None
        if gov is not None:
            inc.governorate, inc.governorate_pcode = gov.name, gov.pcode
        inc.date, inc.date_precision = published, DatePrecision.DAY
        inc.killed = n if said else None
        inc.children, inc.women = (kinds.children or None, kinds.women or None) if listed else (None, None)
        inc.category = "massacre" if (inc.killed or 0) >= 5 or re.search(r"massacre", s.text, re.I) else "killing"
        if inc.perpetrator_text and re.search(r"\beither\b[^.;]*\bor\b|\band/or\b", inc.perpetrator_text):
            # ("carried out by either Russia or the Syrian regime": two suspects, no one party)
            inc.perpetrator, inc.perpetrator_also = None, ()
        inc.notes.append("an incident page's lead that gives its toll as a ceiling (geo/report/narration.py)")
        return [inc]
    return []


# The party a lead names for the strike: "a Coalition strike", "an alleged Russian airstrike"
_PARTY_STRIKE = re.compile(r"\b(?P<p>(?:US-led\s+)?Coalition|Russian|(?:Syrian\s+)?regime|Turkish)\s+(?:air\s*)?strikes?\b",
                           re.I)


def _lead_party(text: str):
    """``(text, code)`` of the one party a lead names for the strike, or None (none, or several: "an alleged Russian
    or regime airstrike" names two; "Russian" there is read with the "or" after it)."""
    from ..incident import parse_perpetrator  # noqa: PLC0415

    said = [m.group("p") for m in _PARTY_STRIKE.finditer(text)]
    if len(said) != 1 or re.search(r"\b(?:or|and)\s+(?:an?\s+)?(?:alleged\s+)?" + re.escape(said[0]), text):
        return None
    try:
        return said[0], parse_perpetrator(said[0]).code
    except Exception:  # noqa: BLE001 - a wording the parser cannot take is no party
        return None


# One strike's toll told on SNHR's word: "A Syrian regime airstrike killed at least 23 people, ..., in the northern
# Syrian town of al-Bab near Aleppo on Saturday, according to the Syrian Network for Human Rights." (an outlet's page
# that prints no date; en-2015-07-news-24, after round 24's measurement: found40)
_STRIKE_KILLED = re.compile(r"\b(?:air\s*strikes?|strikes?|raids?|shelling|bombing|bombardment|barrel\s+bombs?|shells?|"
                            r"missiles?|rockets?|explosions?|attacks?)\s+(?:also\s+|reportedly\s+)?(?:killed|kills|left)\s+"
                            r"(?:at\s+least\s+|some\s+|about\s+|nearly\s+)?(?P<n>" + NUMBER_RE + r")\s", re.I)
_ON_SNHR_S_WORD = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:Syrian\s+Network\s+for\s+Human\s+Rights|SNHR|Syrian\s+Network)\b"
                             r"|\b(?:Syrian\s+Network\s+for\s+Human\s+Rights|SNHR)\b(?:\s*\([^)]{1,12}\))?\s+(?:said|says|reported|"
                             r"documented|stated)\b")
# A toll over time, not one strike's: "have killed 955 civilians since ...", "an average of", "in total"
_TOLL_OVER_TIME = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|a\s+total\s+of|an\s+average|every\s+(?:day|month)|"
                             r"per\s+(?:day|month)|have\s+killed|has\s+killed|had\s+killed)\b", re.I)


# The force a headline says held the struck town: "At least 23 people killed as ISIS-held town faces second attack"
_HELD_TOWN = re.compile(r"(?<![\w-])(?P<force>[A-Z][\w'/]*(?:\s+[A-Z][\w'/]*){0,2})-(?:held|controlled)\s+(?:town|city|village|"
                        r"neighbou?rhood|area)\b")


def _control_of_the_headline(inc: ReportIncident, doc: Document, s: Sentence) -> None:
    """The control a headline line before ``s`` states for the struck town, when it retells the same count ("At least
    23 people killed as ISIS-held town faces second attack in four days" over "... killed at least 23 people, ...,
    in the northern Syrian town of al-Bab ...": ISIS held al-Bab); a headline of another count is another story's."""
    from .incidents import _set_control  # noqa: PLC0415
    from .places import StatedControl  # noqa: PLC0415

    for line in doc.text[:s.start].splitlines():
        m = _HELD_TOWN.search(line)
        if m is None or line.rstrip().endswith(".") or str(inc.killed) not in re.findall(r"\d+", line):
            continue
        _set_control(inc, StatedControl(m.group("force"), line.strip(), 0, len(line)))
        return


def undated_strike_on_snhr_s_word(doc: Document) -> list[ReportIncident]:
    """The strikes a page that prints no date tells on SNHR's word, one sentence each ("A Syrian regime airstrike
    killed at least 23 people, ..., in the northern Syrian town of al-Bab near Aleppo on Saturday, according to the
    Syrian Network for Human Rights."): the count, the place the sentence names, the date unknown ("on Saturday" of
    no known week). A toll over time ("have killed 955 civilians since ...") or a sentence that names no place is none.

    >>> d = Document("A Syrian regime airstrike killed at least 23 people, including three children, in the town of "
    ...              "al-Bab near Aleppo on Saturday, according to the Syrian Network for Human Rights.")
    >>> [(i.killed, i.children, i.place_text, i.when, i.perpetrator) for i in undated_strike_on_snhr_s_word(d)]
    [(23, 3, 'the town of al-Bab near Aleppo', 'date unknown', 'REGIME')]
    """
    found = []
    for s in doc.sentences():
        m = _STRIKE_KILLED.search(s.text)
        if m is None or not _ON_SNHR_S_WORD.search(s.text) or _TOLL_OVER_TIME.search(s.text):
            continue
        if not [ph for ph in place_phrases(s.text) if not ph.hometown and not ph.origin_of_fire]:
            continue
        inc = _build(doc, [s], None, False, None, date_unknown=True)
        if inc is None or not inc.place_text or inc.killed != parse_number(m.group("n")):
            continue
        if inc.perpetrator is None:
            # ("A Syrian regime airstrike killed ...": the strike's party, told before the verb)
            party = _lead_party(s.text)
            if party is not None:
                inc.perpetrator_text, inc.perpetrator, inc.perpetrator_also = party[0], party[1], ()
        if inc.stated_control is None:
            _control_of_the_headline(inc, doc, s)
        inc.notes.append("one strike told on SNHR's word on a page that prints no date (geo/report/narration.py)")
        found.append(inc)
    return found


# Detainees put to death, told by the force's leaving the place and by no day: "And before government forces left Idlib
# they’ve executed 15 detainees by gunshots." (the English of the Arabic reader's _EXECUTED_DETAINEES_AR, "قبل مغادرة
# مدنية إدلب، أقدمت على إعدام 15 معتقلا"; en-2015-04-massacre-01, round 8enb, tuned: found40)
_EXECUTED_DETAINEES = re.compile(r"\b(?:executed|executing|(?:the\s+)?execution\s+of|put\s+to\s+death)\s+(?:at\s+least\s+)?"
                                 r"(?P<n>" + NUMBER_RE + r")\s+(?:detainees|prisoners|detained\s+(?:people|persons|men|civilians))\b",
                                 re.I)
_FORCES_LEFT = re.compile(r"\b(?i:before|as|while|when|after)\s+(?P<by>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+forces)\s+(?:had\s+)?"
                          r"(?:left|withdrew\s+from|pulled\s+out\s+of|retreated\s+from)\s+(?P<p>(?:the\s+(?:city|town|village)\s+of\s+)?"
                          r"[A-Z][\w’'-]+(?:[ -](?:al-|el-)?[A-Z][\w’'-]+){0,2})")


def executed_detainees(doc: Document, incidents: list[ReportIncident]) -> list[ReportIncident]:
    """The detainees put to death at a place that no incident of ``incidents`` tells, dated by no day but by the
    force's leaving the place ("And before government forces left Idlib they’ve executed 15 detainees by gunshots."):
    date unknown, the place the force left (a governorate's bare name is its city: forces leave a town), else the
    place the sentence names; the force that left, the perpetrator.

    >>> d = Document("And before Syrian regime forces left Idlib they’ve executed 15 detainees by gunshots.")
    >>> [(i.killed, i.place_text, i.perpetrator, i.when) for i in executed_detainees(d, [])]
    [(15, 'Idlib city', 'REGIME', 'date unknown')]
    """
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    found = []
    for s in doc.sentences():
        m = _EXECUTED_DETAINEES.search(s.text)
        start, end = doc.original_span(s.start, s.end)
        if m is None or any(i.start < end and start < i.end for i in incidents):
            continue
        left = _FORCES_LEFT.search(s.text)
        if left is not None:
            place, by = left.group("p"), left.group("by")
            place = place + " city" if find_governorate(place) is not None and len(place.split()) <= 2 else place
        else:
            phrases = [ph for ph in place_phrases(s.text) if not ph.hometown and not ph.origin_of_fire]
            place, by = (phrases[0].text if phrases else None), s.text[:m.start()]
        if place is None:
            continue  # (no place: a toll's share, not an incident)
        try:
            party = parse_perpetrator(by).code
        except UnknownPerpetrator:
            party = None
        gov = find_governorate(place)
        inc = ReportIncident(date=None, date_precision=None, perpetrator=party, perpetrator_text=by, killed=parse_number(m.group("n")),
                             place_text=place, governorate=gov.name if gov else None, governorate_pcode=gov.pcode if gov else None,
                             category="killing", cause="execution", section=s.section, sentences=[s.text])
        inc.start, inc.end = start, end
        inc.line = doc.line_of(s.start)
        inc.notes.append("detainees put to death, told by the force's leaving the place, no day (geo/report/narration.py)")
        found.append(inc)
    return found
