"""SNHR's own figure in a page that quotes several monitors on one attack.

An incident page (Airwars': "Civilian Casualties / Incident Code / Incident date / Airwars assessment") opens with a
lead that sums up every source ("Russian warplanes killed between four and seven civilians, including two children and
two women, in an alleged attack on the Hittin compound in the the city of Maskanah, local media reported."), then gives
each monitor its own figure and blame ("The Syrian Network for Human Rights put the death toll at four civilians (two
children and two women) and also blamed Russia.", then Step News' seven). The lead's range or ceiling is no one's
count; the answers, which keep SNHR's figures, take SNHR's count, children, women and perpetrator, at the place the
lead (or SNHR's own sentence) names. Written after round 25's measurement (en-2017-03-news-25, en-2016-01-news-25,
en-2017-09-news-25, en-2017-11-massacre-25, en-2018-11-news-25, en-2016-02-news-25; round 24's en-2017-05-news-24).

>>> count, perp = snhr_figure(["The Syrian Network for Human Rights put the death toll at four civilians (two "
...                            "children and two women) and also blamed Russia."])
>>> (count.killed, count.children, count.women), perp[1]
((4, 2, 2), 'RUSSIA')
"""

from __future__ import annotations

import datetime as dt
import re

from ..governorates import find_governorates
from ..precision import DatePrecision
from .incidents import Count, ReportIncident, _build, _dates, _names, count_victims
from .narration import KILLING_PREDICATE, _lead_party
from .places import place_phrases
from .text import NUMBER_RE, Document, Sentence, parse_number

# SNHR named as a teller (with the slips outlets make: "SHRN"), or by the short name a page gives it once named or
# beside other monitors: "Shaam News and the Syrian Network said the civilians died in a Coalition strike" (round 28,
# en-2016-02-news-28, after its measurement), a sentence's first words too: "The Syrian Network reported instead that 5
# civilians perished ..." (en-2016-10-news-28)
_SNHR = re.compile(r"Syrian\s+Network\s+for\s+Human\s+Rights|\bSNHR\b|\bSHRN\b|\bSN4HR\b|\b[Tt]he\s+Syrian\s+Network\b(?!\s+for\s+(?!Human))")
# A sentence that goes on with the teller of the sentence before: "It put the death toll at 12 civilians ...", "The
# first blamed the Assad regime ...", "In the first, it blamed ...", "However, subsequent reports said ...", "But a
# second report said ...".
_GOES_ON = re.compile(r"^\W*(?:(?:However|But|And),?\s+)?(?:(?:In\s+)?(?:the|a|its)\s+(?:first|second|third|later|"
                      r"latest|last|subsequent|other)\b|subsequent\s+reports?\b|(?:It|They|Its|Their)\b)")
# A lead that sums up unnamed sources: "..., according to local sources.", "..., local media reported.",
# "..., according to multiple sources", "according to locals".
# ("killing at least 15 civilians, according to multiple reports"; en-2016-02-news-28, round 28, after its measurement)
_CROWD = re.compile(r"\b(?:according\s+to\s+(?:(?:multiple|several|various|many|local|other|some)\s+)*(?:sources|media|"
                    r"locals|activists|residents|(?<=multiple\s)reports|(?<=several\s)reports|(?<=various\s)reports)|(?:local\s+(?:media|sources|activists)|locals|activists)\s+"
                    r"(?:reported|said))\b|"
                    # (one source and the rest unnamed: "According to Al Jazeera and others, a Coalition strike on
                    # the al Nusra Front at al Tawama ... killing as many as seven inhabitants."; en-2015-05-news-27)
                    r"\baccording\s+to\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+and\s+others\b|"
                    # (reports unnamed: "Russian forces reportedly fired three missiles on Al Haal Market in Kafr Nabil,
                    # killing one man"; en-2018-04-news-48, rounds 47 and 48, after their measurement: fix4748)
                    r"\breportedly\b", re.I)
# SNHR's figure: "put the death toll at four civilians", "at least 15 civilians were killed", "for the deaths of “at
# least 10 civilians, including 2 girls”" ("documented “several civilians” killed" says deaths but no number).
_TOLL_WORDS = re.compile(r"\bdeath\s+toll\b|\bkilled\b|\bkilling\b|\bdeaths?\b|\bdied\b|\bperished\b|\bfatalit(?:y|ies)\b|"
                         # (a toll the strikes "claimed": "reported that the strikes had claimed “at least 15 civilians,
                         # including three children ...”", a figure following; en-2018-02-news-48, rounds 47 and 48,
                         # after their measurement: fix4748)
                         r"\bclaim(?:ed|ing)\s+(?:the\s+lives\s+of\s+)?[“\"]?(?:at\s+least\s+|up\s+to\s+)?(?=" + NUMBER_RE
                         + r"\s+(?:civilians?|people|persons|victims?)\b)", re.I)
# SNHR's sentence that tells who the victims were, not how many: "The casualty was named as ... by the Syrian Network
# for Human Rights", "They were later identified by the Syrian Network for Human Rights as two cousins aged 25 and 30",
# "SN4HR reported that two children were among the victims", "the family consisted of three children and their
# parents" (rounds 46 and 48's Airwars pages, after their measurement: fix4748)
_VICTIMS_TOLD = re.compile(r"\b(?:named|identified)\b[^.;]{0,120}?\bas\b|\bamong\s+the\s+(?:victims|dead|fatalities|"
                           r"casualties)\b|\b(?:family|victims|dead)\s+consisted\s+of\b", re.I)
_FIGURE = re.compile(r"(?<![\w.])(?:at\s+least\s+)?(?P<n>" + NUMBER_RE + r")\s+(?:civilians?|victims?|people|persons|"
                     r"individuals)\b", re.I)
# A toll with no noun: "put the death toll at 14 including 11 children and two women" (the victims are the page's
# civilians: en-2016-09-massacre-26, round 26, after its measurement)
# SNHR's later figure in the same sentence: "putting the death toll at five – but later ..., adding that the death
# toll had increased to six" (en-2016-08-news-26)
_BARE_TOLL = re.compile(r"\b(?:death\s+)?toll\s+(?:(?:had|has|have)\s+)?(?:(?:increased|risen|rose|climbed|reached)\s+)?"
                        r"(?:at|to)\s+(?:at\s+least\s+)?(?P<n>" + NUMBER_RE + r")(?=\s+including\b|\s*[(,.;–—]|\s+-\s|$)",
                        re.I)
# Every victim of one kind: "all four fatalities were children", "all 12 victims were women" (en-2019-05-news-26)
_ALL_OF_KIND = re.compile(r"\ball\s+(?:the\s+)?(?P<n>" + NUMBER_RE + r")\s+(?:fatalities|victims|dead|of\s+the\s+"
                          r"(?:dead|victims))\s+were\s+(?P<kind>children|women)\b", re.I)
# Whom SNHR blames: "also blamed Russia", "it blamed “suspected Russian warplanes”", "Regime forces were alleged
# responsible by the Syrian Network", "subsequent reports said Russian warplanes were responsible".
_BLAMED = re.compile(r"\bblam(?:ed|ing)\s+(?:the\s+deaths?\s+on\s+)?[“\"]?(?P<p>[^,.;:“”\"()–]{3,60}?)[”\"]?(?=\s+for\b|[,.;:()–]|"
                     r"\s+and\b|\s+while\b|$)", re.I)
# "Euphrates Post, the Syrian Network for Human Rights and Baladi News confirmed that Russia was the culprit"
# (en-2017-10-news-26, round 26, after its measurement)
_CULPRIT = re.compile(r"\bthat\s+(?P<p>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:was|were)\s+(?:the\s+)?(?:culprits?|"
                      r"perpetrators?)\b", re.I)
# Another teller's figure in SNHR's sentence: "Euphrates Post, the Syrian Network for Human Rights and Baladi News
# confirmed that Russia was the culprit, with the latter outlet noting that: Seven civilians were killed ..." (the
# latter is Baladi News; SNHR named before "and" another teller is not it)
_LATTER = re.compile(r"\b(?:with\s+)?the\s+latter\b", re.I)
# The party SNHR says killed the victim: "reported that he was killed when a “Syrian regime fixed- wing warplanes
# carried out a strike using machine guns”" (en-2019-05-news-27, round 27, after its measurement)
_KILLED_BY = re.compile(r"\bkilled\s+(?:when|by)\s+(?:an?\s+|the\s+)?[“\"]?(?P<p>[^,.;:“”\"()–]{3,60}?)[”\"]?(?=\s+(?:carried|"
                        r"struck|bombed|shelled|targeted|fired|opened)\b|[,.;:()–”\"]|\s+and\b|$)", re.I)
# One victim told without a figure: "identified a victim and reported that he was killed" (en-2019-05-news-27)
_ONE_VICTIM = re.compile(r"\b(?:identified|documented|recorded|named)\s+(?:a|one)\s+(?:single\s+)?(?:civilian\s+)?"
                         r"(?:victim|fatality)\b", re.I)
# Two victims named after their kind, with no number, then the verb of their death: "The sibling children Hajar and
# Mohammad Ahmad al Qazaq, displaced from al Ghadafa village ..., were killed" (a clause between, no full stop)
_NAMED = r"[A-Z][\w'’-]*(?:\s+(?:al|el|bin|abu|Al|El|Abu|Bin)?\s*[A-Z][\w'’-]*){0,4}"
_NAMED_PAIR_KILLED = re.compile(r"\b[Tt]he\s+(?:sibling\s+|two\s+|young\s+)?(?P<kind>children|girls|boys|brothers|sisters|"
                                r"siblings|women|men)\s+" + _NAMED + r"\s+and\s+" + _NAMED + r"(?:,[^.]{0,160},)?\s+"
                                r"(?:were|had\s+been)\s+killed\b")
# The one victim told as a child after the figure: "reported only one civilian fatality, that of a 9-year old girl"
# (en-2015-05-news-27)
_ONE_CHILD = re.compile(r"^[^.;:]{0,30}?\bthat\s+of\s+an?\s+(?:\d{1,2}[-\s]years?[-\s]old\s+)?(?:girl|boy|child)\b", re.I)
# "said the civilians died in a Coalition strike as they queued to buy bread" (en-2016-02-news-28, round 28, after its
# measurement)
_DIED_IN = re.compile(r"\b(?:died|perished|(?:was|were)\s+killed)\s+in\s+(?:an?\s+|the\s+)?(?:alleged\s+)?(?P<p>(?:US-led\s+)?"
                      r"[\w-]+(?:\s+[\w-]+)?)\s+(?:air\s*)?(?:strikes?|raids?|attacks?|bombing|shelling)\b", re.I)
# SNHR's accusation that a party commits the massacre: "The Syrian Network for Human Rights tweeted, “Syrian Regime
# forces are committing a massacre against civilians in the village of al-Misrab-Brif #Deir al-Azur”"
# (en-2017-08-massacre-33, round 33, after its measurement: fix33); the party is the words before the verb, not a
# teller's ("... said regime forces committed a massacre" is "regime forces")
_MASSACRE_BY = re.compile(r"(?P<p>(?:(?!(?:said|says|reported|tweeted|stated|wrote|that)\b)[\w-]+\s+){0,3}?[\w-]+)\s+"
                          r"(?:(?:are|is|was|were|(?:had|has|have)\s+been|had|has|have)\s+)?(?:committ(?:ing|ed)|"
                          r"perpetrat(?:ing|ed)|carr(?:ying|ied)\s+out)\s+(?:a|an(?:other)?|the|one\s+more)\s+(?:new\s+)?"
                          r"massacre\b", re.I)
_RESPONSIBLE = re.compile(r"(?P<p>(?:[\w-]+\s+){0,3}?(?:[\w-]+))\s+(?:was|were)\s+(?:alleged(?:ly)?\s+)?responsible\b",
                          re.I)


# Deaths spread over many places, a day's or a period's sum, not one attack: "in several cities across Syria",
# "25 people in the suburbs of the capital Damascus, 15 in Aleppo, 19 in several other cities".
_SPREAD = re.compile(r"\b(?:several|many|various|multiple|different|other)\s+(?:other\s+)?(?:cities|towns|areas|villages|"
                     r"regions|governorates|provinces|parts)\b|\bacross\s+(?:the\s+country|Syria)\b", re.I)


def _party(sentences: list[str]):
    """``(text, code)`` of the party SNHR's sentences blame, or None."""
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    for text in sentences:
        for m in [*_BLAMED.finditer(text), *_CULPRIT.finditer(text), *_RESPONSIBLE.finditer(text),
                  *_KILLED_BY.finditer(text), *_DIED_IN.finditer(text), *_MASSACRE_BY.finditer(text)]:
            said = re.sub(r"^(?:said\s+|that\s+)+", "", m.group("p").strip(), flags=re.I)
            try:
                return said, parse_perpetrator(said).code
            except UnknownPerpetrator:
                continue
            except Exception:  # noqa: BLE001 - a wording the parser cannot take is no party
                continue
    return None


def snhr_figure(sentences: list[str]):
    """SNHR's count (a :class:`~geo.report.incidents.Count`, None when SNHR gives no number) and the party it blames,
    from the sentences that tell SNHR's reports. Of several reports, the highest count is kept: SNHR's later reports
    on an attack add the victims it came to document ("The first ... said 10 civilians ... It put the death toll at
    12"), and a report on one victim of it ("a second report said that the child ... was killed") counts a part."""
    best = None
    for k, text in enumerate(sentences):
        if not _TOLL_WORDS.search(text):
            continue
        spanned = _spanned_from(text)
        count = spanned if spanned is not None else _count(_snhrs_part(text))
        if count is None:
            continue
        if count.killed and (best is None or count.killed > best[0].killed):
            # (whom that report blames: its own sentence, else the nearest before it that it goes on with)
            best = (count, _party([text, *reversed(sentences[:k])]))
    if best is None:
        return None, _party(sentences)
    return best


# The tellers' figures as the ends of a range: "The death toll spanned from “at least four” as reported by the Syrian
# Network for Human Rights (SN4HR) to as many as 11 as reported by Dirar Khattab" (an Airwars page; rounds 52 and 54,
# after their measurement: fix5254)
_SPANNED = re.compile(r"\b(?:toll|count|figures?)\s+(?:spanned|ranged|varied|went)\s+from\s+[“\"]?(?:at\s+least\s+)?"
                      r"(?P<a>" + NUMBER_RE + r")[”\"]?(?P<ta>[^.;]*?)\s+to\s+[“\"]?(?:as\s+many\s+as\s+|up\s+to\s+)?(?P<b>"
                      + NUMBER_RE + r")\b[”\"]?(?P<tb>[^.;]*)", re.I)


def _spanned_from(text: str) -> Count | None:
    """SNHR's figure when ``text`` gives a toll as a range whose ends are several tellers' ("The death toll spanned from
    “at least four” as reported by the Syrian Network for Human Rights (SN4HR) to as many as 11 as reported by Dirar
    Khattab": four, SNHR's end), else None.

    >>> _spanned_from("The death toll spanned from “at least four” as reported by the Syrian Network for Human Rights "
    ...               "(SN4HR) to as many as 11 as reported by Dirar Khattab.").killed
    4
    """
    m = _SPANNED.search(text)
    if m is None:
        return None
    for end, teller in (("a", "ta"), ("b", "tb")):
        said = re.match(r"\W*(?:\(?\s*as\s+)?(?:reported|documented|recorded|given|counted|put)\s+by\s+(?P<t>[^,;()]*"
                        r"(?:\([^)]*\))?)", m.group(teller))
        if said and _SNHR.search(said.group("t")) and parse_number(m.group(end)):
            return Count(parse_number(m.group(end)), None, None)
    return None


def _snhrs_part(text: str) -> str:
    """``text`` without what another teller it names after SNHR says: "Euphrates Post, the Syrian Network for Human
    Rights and Baladi News confirmed that Russia was the culprit, with the latter outlet noting that: Seven
    civilians were killed ..." keeps "... confirmed that Russia was the culprit" (the seven are Baladi News')."""
    latter = _LATTER.search(text)
    snhr = _SNHR.search(text)
    if latter and snhr and snhr.end() < latter.start() and re.search(r"\s(?:and|or)\s+(?:the\s+)?[A-Z@]",
                                                                     text[snhr.end():latter.start()]):
        return text[:latter.start()]
    other = _WHILE_OTHER.search(text, snhr.end()) if snhr else None
    if other:
        # "The Syrian Network for Human Rights reported the low estimate of three deaths while Halab News listed that 14
        # civilians were killed": the 14 are Halab News' (en-2016-11-news-40; rounds 37-40, after their measurement:
        # fix3740)
        return text[:other.start()]
    return text


# Another teller set against SNHR in the same sentence: "while Halab News listed that ...", ", whereas SOHR said ..."
_WHILE_OTHER = re.compile(r"[\s,]+(?:while|whereas)\s+(?:the\s+)?[A-Z@][\w@'’-]*(?:\s+[A-Z][\w'’-]*){0,5}\s+"
                          r"(?:listed|said|reported|put|counted|documented|recorded|stated|claimed)\b")
# SNHR's figure of one kind of victim, with no civilians counted: "said two children died", "3 women were killed"
_KIND_DIED = re.compile(r"(?<![\w.])(?P<n>" + NUMBER_RE + r")\s+(?P<kind>children|girls|boys|women)\s+(?:had\s+)?"
                        r"(?:died|perished|(?:were|had\s+been)\s+killed)\b", re.I)
# SNHR's figure as a count of deaths: "reported the low estimate of three deaths"
_DEATHS_OF = re.compile(r"\b(?:estimate|toll|count|figure)\s+of\s+(?P<n>" + NUMBER_RE + r")\s+deaths\b", re.I)


# The lower bound of a range before the figure: "Five to eight civilians", "between five and eight civilians", "5-8"
_RANGE_FROM = re.compile(r"(?<![\w.])(?:(?P<b>between)\s+)?(?P<n>" + NUMBER_RE + r")\s*(?(b)and|(?:to|-|–))\s*$", re.I)
_HOW_DIED = re.compile(r"\s+(?:when|after|as|while|because|in\s+an?\s+(?:\w+\s+)?(?:air\s*)?(?:strike|attack|raid))\b",
                       re.I)


def _count(text: str) -> Count | None:
    """SNHR's figure in one sentence: "put the death toll at four civilians (two children and two women)", "put the
    death toll at 14 including 11 children and two women", "all four fatalities were children"; None without one."""
    m = _ALL_OF_KIND.search(text)
    if m is not None and parse_number(m.group("n")):
        n = parse_number(m.group("n"))
        return Count(n, n if m.group("kind").lower() == "children" else 0, n if m.group("kind").lower() == "women" else 0)
    m = _FIGURE.search(text)
    civilians = next((c for c in _FIGURE.finditer(text, m.end()) if re.match(r"civilian", c.group(0).split()[-1], re.I)
                      and re.search(r"\bincluding\b", text[m.end():c.start()], re.I)), None) if m else None
    if civilians is not None and not re.match(r"civilian", m.group(0).split()[-1], re.I):
        # (the civilians among all the dead: "at least 19 people were killed, including five ISIS fighters and 14
        # civilians, including five children and three women"; en-2018-11-massacre-27)
        m = civilians
    if m is not None:
        # (the victims' phrase ends where the clause of how they died begins: "5 civilians perished when “International
        # Coalition warplanes fired 2 missiles on a civilian car.”" counts no one in the car's "civilian";
        # en-2016-10-news-28, round 28, after its measurement)
        phrase = text[m.start("n"):]
        how = _HOW_DIED.search(phrase)
        count = count_victims(phrase[:how.start()] if how else phrase)
        low = _RANGE_FROM.search(text[:m.start("n")])
        if count is not None and low is not None and count.killed and 0 < (parse_number(low.group("n")) or 0) < count.killed:
            # (SNHR's range, "Five to eight civilians including four children were reported killed": the
            # victims it documents are at least the lower bound, as the answers code it; en-2015-11-massacre-33,
            # round 33, after its measurement: fix33)
            count.killed = parse_number(low.group("n"))
        if count is not None and count.killed == 1 and not count.children and _ONE_CHILD.search(text[m.end():]):
            count.children = 1
        return count
    if _ONE_VICTIM.search(text):
        return Count(1, None, None)
    pair = _NAMED_PAIR_KILLED.search(text)
    if pair is not None:
        # (two victims named, with no number: "The sibling children Hajar and Mohammad Ahmad al Qazaq, displaced from
        # ..., were killed" is two children; en-2019-12-news-44, rounds 43 and 44, after their measurement: fix4344)
        young = re.search(r"children|girls|boys", pair.group("kind"), re.I) is not None
        return Count(2, 2 if young else 0, 2 if re.match(r"women|girls|sisters", pair.group("kind"), re.I) else 0)
    deaths = _DEATHS_OF.search(text)
    if deaths and parse_number(deaths.group("n")):
        return Count(parse_number(deaths.group("n")), 0, 0)
    tolls = [m for m in _BARE_TOLL.finditer(text) if parse_number(m.group("n"))]
    if tolls:
        # (the toll's noun left out is the civilians the page tells of; of a first toll and the one it "increased
        # to", the higher, as of SNHR's several reports)
        m = max(tolls, key=lambda t: parse_number(t.group("n")))
        return count_victims(m.group("n") + " civilians" + text[m.end("n"):])
    return None


def _kind_count(sentences: list[str]) -> Count | None:
    """SNHR's figure told of one kind of victim only, "The Syrian Network said two children died." (2 killed, 2
    children), or None. Read only on an incident page whose summary heading opens the page's telling: in a news story
    the kind is counted among the toll the lead gives ("At least 11 people have been killed ..." then "SNHR said four
    children died": 11 killed, 4 children)."""
    for text in sentences:
        kind = _KIND_DIED.search(_snhrs_part(text))
        if kind and parse_number(kind.group("n")):
            n = parse_number(kind.group("n"))
            children = kind.group("kind").lower() in ("children", "girls", "boys")
            return Count(n, n if children else None, None if children else n)
    return None


# A victims' figure in a sentence of deaths: "killed at least five civilians", "a family of five civilians was killed",
# "killing one man", "also killed two passing civilian motorcyclists"
_VICTIMS_FIGURE = re.compile(r"(?<![\w.])(?:at\s+least\s+)?(?P<n>" + NUMBER_RE + r")\s+(?:[a-z-]+\s+){0,2}?(?:civilians?|"
                             r"people|persons|men|man|women|woman|children|child|motorcyclists?|non-combatants|victims)\b", re.I)
_KIND = re.compile(r"(?<![\w.])(?P<n>" + NUMBER_RE + r")\s+(?P<kind>children|girls|boys)\b", re.I)


def victims_told(said: str, before: list[str]) -> Count | None:
    """The victims of SNHR's sentence ``said`` that tells who they were, not how many: the count of the nearest
    sentence of ``before`` (nearest first) that tells the deaths, with the children SNHR's sentence counts.

    >>> victims_told("SOHR and the Syrian Network for Human Rights (SN4HR) reported that two children were among the "
    ...              "victims, adding that one or two women were also killed.",
    ...              ["While Masar News reported one fatality, the remaining sources agreed that the strike had killed "
    ...               "at least five civilians."])
    Count(killed=5, children=2, women=None)
    >>> victims_told("The casualty was named as A B by the Syrian Network for Human Rights.",
    ...              ["Russian forces reportedly fired three missiles on a market, killing one man and injuring three "
    ...               "others."])
    Count(killed=1, children=None, women=None)
    """
    if not _VICTIMS_TOLD.search(said):
        return None
    killed = None
    for text in before:
        kill = KILLING_PREDICATE.search(text)
        if kill is None:
            continue
        # (the figure after the killing word, "had killed at least five civilians", else the one before it, "a family
        # of five civilians was killed"; a teller's other figure before, "Masar News reported one fatality", is not it)
        m = _VICTIMS_FIGURE.search(text, kill.end()) or next(
            (f for f in reversed(list(_VICTIMS_FIGURE.finditer(text[:kill.start()])))), None)
        if m is not None and parse_number(m.group("n")):
            killed = parse_number(m.group("n"))
            break
    if killed is None:
        return None
    kind = _KIND.search(said)
    children = parse_number(kind.group("n")) if kind else None
    return Count(killed, children if children is not None and children <= killed else None, None)


def children_told_apart(sentences: list[str], killed: int | None) -> int | None:
    """The children SNHR tells among its victims in a sentence apart from its toll, or None.

    >>> children_told_apart(["Deir Ezzor 24 and SN4HR added that among the dead were three children, while the Syrian "
    ...                      "Observatory for Human Rights (SOHR) reported on five children."], 7)
    3
    >>> children_told_apart(["SOHR said among the dead were five children."], 7) is None
    True
    """
    for text in sentences:
        snhr = _SNHR.search(text)
        if snhr is None or not re.search(r"\bamong\s+the\s+(?:victims|dead|fatalities)\b", text, re.I):
            continue
        # (the figure after SNHR's name: another teller's before it is not SNHR's)
        kind = _KIND.search(_snhrs_part(text), snhr.end())
        n = parse_number(kind.group("n")) if kind else None
        if n and (killed is None or n <= killed):
            return n
    return None


def _snhr_block(doc: Document) -> list[Sentence]:
    """The sentences that tell SNHR's figure: the first naming SNHR with a toll word, and those after it in its
    paragraph that go on with it; else the first naming SNHR for a blame alone ("The Syrian Network for Human Rights
    and Euphrates Post were among sources blaming Coalition raids.": SNHR's word on the deaths the lead tells)."""
    blame = told = None
    for p in doc.paragraphs:
        for k, s in enumerate(p.sentences):
            if not (_SNHR.search(s.text) and (_TOLL_WORDS.search(s.text) or _next_goes_on(p.sentences, k))):
                if blame is None and _SNHR.search(s.text) and (_BLAMED.search(s.text) or _MASSACRE_BY.search(s.text)) \
                        and _party([s.text]):
                    blame = [s]
                if told is None and _SNHR.search(s.text) and _VICTIMS_TOLD.search(s.text):
                    told = [s]
                continue
            block = [s]
            for t in p.sentences[k + 1:]:
                if not _GOES_ON.match(t.text):
                    break
                block.append(t)
            if any(_TOLL_WORDS.search(t.text) for t in block):
                return block
    # (SNHR's word on who the victims were, the deaths being the page's: "The casualty was named as ... by the Syrian
    # Network for Human Rights."; rounds 46 and 48, after their measurement: fix4748)
    return blame or told or []


def _next_goes_on(sentences: list[Sentence], k: int) -> bool:
    return k + 1 < len(sentences) and bool(_GOES_ON.match(sentences[k + 1].text))


def _places(text: str) -> list:
    """The places a sentence names as where it happened (not the victims' home, not where fire came from)."""
    return [ph for ph in place_phrases(text) if not ph.hometown and not ph.origin_of_fire]


# A lead that tells the strike before its deaths: "Local sources reported that airstrikes struck a popular market in
# Ras al Ein village ..." (the deaths follow: "Most sources reported that four civilians were killed"; en-2019-05-news-26)
_STRUCK = re.compile(r"\b(?:air\s*strikes?|strikes?|shelling|shells|missiles?|rockets?|warplanes?|bombs?)\s+"
                     r"(?:struck|hit|targeted|bombed|shelled)\b", re.I)
# A bare place after the strike, with no place word: "died in airstrikies on Souran, Al-Lataminah, according to local
# media" (en-2016-09-massacre-26): the names up to the clause's end, read only in such a lead
_STRIKE_ON = re.compile(r"\b(?:air\s*stri\w*|strikes?|shelling|bombing|bombardment|raids?)\s+on\s+(?P<p>(?:(?:al|el|as|ar|"
                        r"ad|ash|az)[-\s])?[A-Z][\w'’-]+(?:[\s-]+(?:(?:al|el)-)?[A-Z][\w'’-]+)*(?:,\s+(?:(?:al|el|as|ar|ad|ash|"
                        r"az)-)?[A-Z][\w'’-]+(?:[\s-]+[A-Z][\w'’-]+)*)*)(?=\s*,\s+(?:according|local|as)\b|\s*[.;]|\s+[-–—]\s|\s+"
                        r"(?:according|on|in|by)\b)")


# A bare place after the strike's target: "a Coalition strike on the al Nusra Front at al Tawama destroyed ..."
# (en-2015-05-news-27, round 27, after its measurement)
_STRIKE_AT = re.compile(r"\b(?:air\s*stri\w*|strikes?|shelling|bombing|bombardment|raids?)\s+(?:on|against)\s+"
                        r"[^,.;:]{1,40}?\s+at\s+(?P<p>(?:(?:al|el|as|ar|ad|ash|az)[-\s])?[A-Z][\w'’-]+(?:[\s-]+"
                        r"(?:(?:al|el)[-\s])?[A-Z][\w'’-]+)*)")


# An Airwars page's "Location" field: "Location\n\nالتوامة, Tawama, Aleppo, Syria" (Arabic, English, governorate)
_LOCATION = re.compile(r"^(?i:Location)[ \t]*\n(?:[ \t]*\n)*(?P<ar>[\u0600-\u06FF][\u0600-\u06FF ]*?)\s*,\s*(?P<en>[A-Za-z][^,\n]*?)"
                       r"\s*,", re.M)


def _folded(text: str) -> str:
    """``text`` lower-cased with the article left out: "al Tawama" and "Tawama" as one ("tawama")."""
    return re.sub(r"\b(?:al|el)[-\s]+|[’']", "", text.lower()).strip()


# One summary of a listing page: "Incident date\nNovember 22, 2018\nLOCATION\n..." (Airwars)
_ENTRY = re.compile(r"^Incident\s+date[ \t]*\n\s*(?P<d>[A-Z][a-z]+\s+\d{1,2},\s+(?:19|20)\d{2})[ \t]*$", re.M)


def _entries(doc: Document) -> list[tuple[int, int, dt.date]]:
    """``(start, end, incident date)`` of each summary of a page listing several incidents ([] for a page of one)."""
    found = []
    for m in _ENTRY.finditer(doc.text):
        try:
            day = dt.datetime.strptime(re.sub(r"\s+", " ", m.group("d")), "%B %d, %Y").date()
        except ValueError:
            continue
        found.append((m.start(), day))
    if len(found) < 2:
        return []
    ends = [start for start, _day in found[1:]] + [len(doc.text)]
    return [(start, end, day) for (start, day), end in zip(found, ends)]


def _in_snhr_entry(doc: Document, entries: list[tuple[int, int, dt.date]], at: int) -> bool:
    """Is ``at`` in a summary that names SNHR (or before the first summary)?"""
    for start, end, _day in entries:
        if start <= at < end:
            return bool(_SNHR.search(doc.text[start:end]))
    return True


# An Airwars incident page's own summary heading: the sentences under it sum up every source, named or not
# (with the lines an incident page may print under it first: "Last Updated: December 15, 2024", "(Previous Incident
# Code: S091)"; en-2015-07-news-46, round 46, after its measurement: fix4748)
_ASSESSMENT = re.compile(r"(?m)^[ \t]*Airwars\s+assessment[ \t]*\n(?:\s*(?:Last\s+Updated:[^\n]*|\(Previous\s+Incident\s+"
                         r"Code:[^\n]*\))[ \t]*\n)*\s*\Z", re.I)


def _lead(doc: Document, before: int, after: int = 0) -> Sentence | None:
    """The page's first sentence of deaths from ``after`` on, when it comes before ``before`` and sums up unnamed
    sources' deaths (the page opens with the summary: a report that tells SNHR's own incidents and somewhere quotes
    local sources is not such a page), or is the first one under the page's "Airwars assessment" heading (there, it
    may be SNHR's own sentence, at ``before``)."""
    for p in doc.paragraphs:
        for s in p.sentences:
            if s.start < after:
                continue
            if s.start > before:
                return None
            if KILLING_PREDICATE.search(s.text) or _STRUCK.search(s.text):
                # ("Airwars assessment" then "A man was killed, and his son was injured in Coalition airstrikes which
                # struck the street near his home.": Airwars' own summary, every source's, with no "according to"
                # (en-2017-06-news-31, round 31, after its measurement: fix31)
                summary = bool(_ASSESSMENT.search(doc.text[max(0, s.start - 120):s.start]))
                if s.start == before:
                    # (SNHR's own sentence opens the summary: "Airwars assessment" then "Five to eight civilians
                    # including four children were reported killed, ... on Hetten School in Raqqa, according to the
                    # Syrian Network for Human Rights."; the page tells SNHR's incident (en-2015-11-massacre-33, round
                    # 33, after its measurement: fix33)
                    return s if summary else None
                return s if (_CROWD.search(s.text) or summary) and not _SNHR.search(s.text) else None
    return None


# A strike told on a street or a home: it hit a town ("struck the street near his home", "off Fardous Street")
_IN_A_TOWN = re.compile(r"\b(?:struck|hit|targeted|bombed|shelled)\s+(?:the|a|an)\s+(?:street|house|home|building|market|"
                        r"bakery|school|hospital|mosque)\b|\b(?:[A-Z][\w'’-]+\s+)+Street\b")


def _town_of_governorate(place: str, text: str) -> str:
    """``place`` as the governorate's main city when it is only a governorate's name and ``text`` tells the strike on
    a street or a home, which stands in a town: "the Raqqa" with "struck the street near his home" is "the Raqqa city"
    (the geocoder reads a governorate's bare name as the governorate, its city as "X city"); else ``place``.

    >>> _town_of_governorate("the Raqqa", "Coalition airstrikes struck the street near his home.")
    'the Raqqa city'
    >>> _town_of_governorate("the Raqqa", "Coalition airstrikes killed a man.")
    'the Raqqa'
    """
    govs = find_governorates(place)
    bare = re.sub(r"^(?:the|in)\s+", "", place.strip(), flags=re.I)
    if len(govs) != 1 or len(bare.split()) > 2 or re.search(r"\b(?:city|town|province|governorate|countryside|rural|"
                                                            r"village|desert|suburbs?)\b", bare, re.I):
        return place
    return f"{place} city" if _IN_A_TOWN.search(text) else place


def _same_governorate(a: ReportIncident, b: ReportIncident) -> bool:
    """Could ``a`` and ``b`` be in one governorate (the same, or one of them unknown)?"""
    return None in (a.governorate_pcode, b.governorate_pcode) or a.governorate_pcode == b.governorate_pcode


# SNHR telling the attack with no death: "The Syrian Network for Human Rights reported the attack, but did not mention
# fatalities", "SNHR documented the strike but reported no casualties" (en-2019-06-refuse-28, round 28, after its
# measurement)
_NO_DEATH = re.compile(r"\b(?:did\s+not|didn['’]t|does\s+not|failed\s+to)\s+(?:mention|report|record|document|give|cite)\s+"
                       r"(?:any\s+)?(?:civilian\s+)?(?:fatalit(?:y|ies)|casualt(?:y|ies)|deaths?|victims?|dead|killed)\b|"
                       r"\b(?:reported|recorded|documented|mentioned)\s+no\s+(?:civilian\s+)?(?:fatalit(?:y|ies)|casualt(?:y|ies)|"
                       r"deaths?|victims?)\b", re.I)


# SNHR's words of damage to a building, and of harm to people: quoted for the one and not the other, it tells no death
_DAMAGE_ONLY = re.compile(r"\b(?:damag(?:e|ed|ing)|destroy(?:ed|ing)?|destruction)\b", re.I)
# SNHR the teller, quoted ("Syrian Network for Human Rights reported that ..."), not told to ("explained to SNHR that")
_SNHR_REPORTED = re.compile(r"(?:Syrian\s+Network\s+for\s+Human\s+Rights|\bSNHR\b)\s+(?:\([^)]*\)\s+)?(?:reported|said|"
                            r"stated|noted|recorded|documented|claim(?:s|ed))\b")
_HARM = re.compile(r"\b(?:kill\w*|dead|deaths?|died|dying|fatalit\w+|casualt\w+|victims?|martyr\w*|injur\w+|wound\w*|"
                   r"lives|bodies|massacre\w*)\b", re.I)
# Harm to people short of death: quoted for a building's damage "and staff injuries", SNHR still tells no death
# (en-2016-07-refuse-44; rounds 43 and 44, after their measurement: fix4344)
_INJURIES = re.compile(r"\b(?:(?:staff|personnel|civilian|people's|their)\s+)?(?:injur\w+|wound\w*)\b", re.I)


def _snhr_sentences(text: str) -> list[str]:
    """The sentences of a text that name SNHR."""
    doc = Document(text)
    return [s.text for p in doc.paragraphs for s in p.sentences if _SNHR.search(s.text)]


def snhr_tells_only_damage(text: str) -> bool:
    """Is SNHR quoted, as the teller, only for the damage an attack did, with no word of harm to people and no figure?
    ("Syrian Network for Human Rights reported that “Syrian regime warplanes fired missiles on Najdat al Khaled High
    School for Girls in Saraqeb city ..., damaging its building severely, on July 22nd.”" on an Airwars page whose nine
    killed are other sources'; en-2019-07-refuse-36, rounds 35 and 36, after their measurement: fix3536)

    >>> snhr_tells_only_damage("Nine civilians were killed. Syrian Network for Human Rights reported that warplanes "
    ...                        "fired missiles on a school, damaging its building severely.")
    True
    >>> snhr_tells_only_damage("Three children died. Syrian Network for Human Rights claims that the national hospital "
    ...                        "became inoperable after the raid due to the extensive damage and staff injuries.")
    True
    >>> snhr_tells_only_damage("A man died when his roof collapsed. Local activists explained to SNHR that the roof "
    ...                        "had been severely damaged by bombardment.")
    False
    """
    said = _snhr_sentences(text)
    return bool(said) and all(_SNHR_REPORTED.search(t) and _DAMAGE_ONLY.search(t) and not _HARM.search(_INJURIES.sub(" ", t))
                              for t in said) and snhr_figure(said)[0] is None


def snhr_tells_no_death(text: str) -> bool:
    """Does SNHR, quoted among other tellers, tell the attack with no death and give no figure of its own?

    The page's deaths are then other sources' (a local outlet's child killed), none of them SNHR's: the page holds no
    SNHR incident.

    >>> snhr_tells_no_death("Step News reported that a child was killed. The Syrian Network for Human Rights reported "
    ...                     "the attack, but did not mention fatalities, stating that the school's fence was damaged.")
    True
    >>> snhr_tells_no_death("SNHR said four civilians were killed; it reported no casualties in the second strike.")
    False
    >>> snhr_tells_no_death("Nine civilians were killed. Syrian Network for Human Rights reported that warplanes fired "
    ...                     "missiles on a school, damaging its building severely.")
    True
    """
    if snhr_tells_only_damage(text):
        return True
    said = _snhr_sentences(text)
    return any(_NO_DEATH.search(t) for t in said) and snhr_figure(said)[0] is None


def snhr_among_monitors(doc: Document, incidents: list[ReportIncident], period, published: dt.date | None,
                        day_known: bool) -> list[ReportIncident]:
    """``incidents`` with the attack of a page that quotes several monitors told once, with SNHR's figures.

    The page is one whose lead sums up unnamed sources' deaths at a place ("..., according to local sources") before
    a sentence that gives SNHR's own figure. The incidents read from the lead and from SNHR's sentences are one
    attack: they are replaced by one incident, at the place SNHR's sentences name (else the lead's), with SNHR's count
    (None when SNHR gives none: "documented “several civilians” killed"), children, women and perpetrator. With no
    date of its own, it takes the page's day when the page is dated to the day (an incident page's date is its
    incident's: Airwars' "Incident date", or its address, ".../rs1974-march-19-2017").
    """
    if snhr_tells_no_death(doc.text):
        return []  # (SNHR's own telling has no death: the page's deaths are other sources')
    block = _snhr_block(doc)
    entries = _entries(doc)
    entry = next((e for e in reversed(entries) if block and e[0] <= block[0].start), None)
    if entry is not None:
        # (a listing page of several incident summaries: SNHR's incident is told in its own summary, the lead
        # being that summary's first sentence, its day that summary's "Incident date"; the other summaries, which
        # do not name SNHR, are other monitors' incidents (en-2018-11-massacre-27, round 27, after its measurement)
        incidents = [i for i in incidents if _in_snhr_entry(doc, entries, i.start)]
        published, day_known = entry[2], True
    lead = _lead(doc, block[0].start, entry[0] if entry else 0) if block else None
    if lead is None:
        return incidents
    if any(_SPREAD.search(s.text) for s in (lead, *block)):
        return incidents  # a day's deaths across the country, no one attack
    count, party = snhr_figure([s.text for s in block])
    if party is None:
        # (the blame told apart from the figure: "The Syrian Network for Human Rights blamed the Syrian regime
        # instead." two paragraphs before "According to the Syrian Network for Human Rights, all four fatalities
        # were children."; en-2019-05-news-26)
        party = _party([s.text for p in doc.paragraphs for s in p.sentences if _SNHR.search(s.text)])
    if count is None and _ASSESSMENT.search(doc.text[max(0, lead.start - 120):lead.start]):
        # (an Airwars page: SNHR's own count, of one kind of victim only, "The Syrian Network said two children
        # died." under "Four to five civilians were reported killed ..."; en-2016-12-news-42, rounds 41 and 42, after
        # their measurement: fix4142)
        count = _kind_count([s.text for s in block])
    if count is None:
        # (SNHR tells who the victims were, the sentences before how many: "... the remaining sources agreed that the
        # strike had killed at least five civilians. SOHR and the Syrian Network for Human Rights (SN4HR) reported that
        # two children were among the victims"; rounds 46 and 48's Airwars pages, after their measurement: fix4748)
        count = victims_told(block[0].text, [s.text for p in reversed(doc.paragraphs) for s in reversed(p.sentences)
                                             if lead.start <= s.start < block[0].start])
    if count is not None and count.killed and not count.children:
        # (SNHR's toll in one sentence, its children in another: "The Syrian Network for Human Rights (SN4HR) reported
        # that at least seven civilians died." then "Deir Ezzor 24 and SN4HR added that among the dead were three
        # children"; en-2019-01-press-48, rounds 47 and 48, after their measurement: fix4748)
        told = children_told_apart([s.text for p in doc.paragraphs for s in p.sentences if s not in block], count.killed)
        count = Count(count.killed, told, count.women) if told else count
    if count is None and party is None:
        return incidents  # SNHR named, but for no figure and no blame of its own
    carrier = next((s for s in block if _places(s.text)), None) or lead
    placed = {(i.place_text, i.governorate_pcode) for i in incidents if i.place_text}
    if carrier is lead and entry is None and not (_places(lead.text) or _STRIKE_ON.search(lead.text) or _STRIKE_AT.search(lead.text)) \
            and len(placed) == 1:
        # (an incident page whose SNHR sentence and lead name no place, the page telling its deaths at one place only: the
        # attack is told at that place, in the sentence that names it - "Alleged Coalition airstrikes on a house and
        # vehicles killed at least four ...", then "Deir Ezzor 24 reported that Coalition planes targeted a house in al
        # Sha’afa village, ...", then "The Syrian Network reported instead that 5 civilians perished when ...";
        # en-2016-10-news-28, round 28, after its measurement)
        # (the incident's sentence that names the place: "However, the Coalition also reported that it conducted artillery
        # fire in the Raqqa." of a run of several; en-2017-06-news-31, round 31, after its measurement: fix31)
        told = next(i for i in incidents if i.place_text)
        at = doc.text.find(told.place_text, told.start, told.end)
        at = told.start if at < 0 else at
        carrier = next((s for p in doc.paragraphs for s in p.sentences if s.start <= at < s.end), lead)
    # (no date of its own: the page's, a day when the page is dated to the day)
    own = _dates(carrier.text, period, published)
    day = None if published is None else published if day_known else published.replace(day=1)
    group = [carrier]
    after_block = next((s for p in doc.paragraphs for s in p.sentences if s.start >= block[-1].end), None) if block else None
    if carrier is after_block and carrier is not lead:
        # ("... with the Syrian Network blaming SDF mortars. However, the Coalition also reported that it conducted
        # artillery fire in the Raqqa.": SNHR's sentence and the one that goes on with the place, told together;
        # en-2017-06-news-31, round 31, after its measurement: fix31)
        group = [*block, carrier]
    # (a page that prints no date, none in its address, and whose sentence names none: the incident's date is unknown;
    # en-2017-08-massacre-42, en-2015-11-news-42, Airwars pages with no date quoting SNHR's blame; rounds 41 and 42,
    # after their measurement: fix4142; built so by _build since fix4344)
    inc = _build(doc, group, period, False, published, default_day=day, date_unknown=day is None and not own)
    if inc is not None and not inc.place_text and carrier is lead:
        bare = _STRIKE_ON.search(lead.text) or _STRIKE_AT.search(lead.text)
        if bare:
            inc.place_text, inc.place_context = bare.group("p"), None
    own = next(iter(_places(carrier.text)), None)
    if inc is not None and own is not None and inc.place_text and not any(inc.place_text in g.text for g in group):
        # (the place read from before the sentence, when the sentence names its own: "... rockets on Hetten School in
        # Raqqa, according to the Syrian Network" is at the school in Raqqa, not at the page header's "Civilians in
        # the ruins of Mosul city"; en-2015-11-massacre-33, round 33, after its measurement: fix33)
        gov = find_governorates(own.text)
        inc.place_text, inc.place_context = own.text, None
        inc.governorate, inc.governorate_pcode = (gov[0].name, gov[0].pcode) if len(gov) == 1 else (None, None)
    field = _LOCATION.search(doc.text, *((entry[0], entry[1]) if entry else ()))
    if inc is not None and not inc.place_text and field:
        # (an incident page whose sentences name no place, "A US night time airstrike on a vehicle ... also killed two
        # passing civilian motorcyclists": the place is the page's "Location" field, "كفردريان, Kafr Daryan, Idlib,
        # Syria"; en-2015-07-news-46, round 46, after its measurement: fix4748)
        inc.place_text, inc.place_context = f"{field.group('en')} ({field.group('ar')})", None
    if inc is None or not inc.place_text:
        return incidents
    govs = find_governorates(doc.text)
    if inc.governorate_pcode is None and len(govs) == 1:
        # (the page tells one attack: the one governorate it names anywhere is the attack's - an Airwars page's
        # "Location" field, "المجاودة, Al Mjawda, Deir ez-Zor, Syria", and "eastern Deir Ezzor" for "the town of
        # Mjawda"; en-2017-10-news-26, round 26, after its measurement)
        inc.governorate, inc.governorate_pcode = govs[0].name, govs[0].pcode
    if field and _folded(field.group("en")) in _folded(inc.place_text) and field.group("ar") not in inc.place_text:
        # (the page's "Location" field gives the place's Arabic name beside the English the lead spells: "التوامة,
        # Tawama, Aleppo, Syria" for "al Tawama", whose English the gazetteer spells "Tuwama"; en-2015-05-news-27)
        inc.place_text = f"{inc.place_text} ({field.group('ar')})"
    elif field and entry is not None:
        # (a summary's place is its "Location" field, "هجين, Hajin, Deir Ezzor, Syria": a place read from before
        # the summary is another summary's; en-2018-11-massacre-27)
        inc.place_text, inc.place_context = f"{field.group('en')} ({field.group('ar')})", None
    # (a strike on a street or a home, at a place named only like its governorate: the governorate's main city;
    # en-2017-06-news-31, round 31, after its measurement: fix31)
    inc.place_text = _town_of_governorate(inc.place_text, " ".join(s.text for s in (lead, carrier, *block)) + " " + doc.text)
    if not own and day is not None:
        inc.date, inc.date_precision = day, DatePrecision.DAY if day_known else DatePrecision.MONTH
    inc.killed, inc.children, inc.women = (count.killed, count.children, count.women) if count else (None, None, None)
    if party is None and inc.perpetrator is None:
        # (SNHR gives the count only: the strike is the one party the lead names, "a Coalition strike on the al
        # Nusra Front at al Tawama"; en-2015-05-news-27)
        party = _lead_party(lead.text)
    if party:
        inc.perpetrator_text, inc.perpetrator, inc.perpetrator_also = party[0], party[1], ()
    # (no count of SNHR's own, but SNHR calls it a massacre: "Syrian Regime forces are committing a massacre", five
    # or more killed by SNHR's own definition; en-2017-08-massacre-33, round 33, after its measurement: fix33)
    called = count is None and any(_MASSACRE_BY.search(s.text) for s in block)
    inc.category = "massacre" if (inc.killed or 0) >= 5 or called else "killing"
    told_apart = [s for s in block if s not in group]
    if told_apart:
        # (the incident is read from SNHR's sentences as much as from the one that names the place: "Between 12 and
        # 29 civilians ... died in airstrikes on Al Bab, according to local media" gives the place, "However, the
        # Syrian Network for Human Rights blamed the Coalition for the death of 12 civilians, ..." the count and the
        # party; en-2017-02-massacre-33, en-2017-05-massacre-33, round 33, after its measurement: fix33)
        inc.sentences += [s.text for s in told_apart]
        # (and the names they give are withheld as the incident's: "the VDC - who named the girl as Shatha Dawood -
        # said she was killed"; en-2015-11-news-42, rounds 41 and 42, after their measurement: fix4142)
        named, injured, kin = _names(" ".join(s.text for s in told_apart), [])
        inc.victim_names += [n for n in (*named, *kin) if n not in inc.victim_names]
        inc.injured_names += [n for n in injured if n not in inc.injured_names]
        start, end = doc.original_span(min(s.start for s in told_apart), max(s.end for s in told_apart))
        inc.start, inc.end = min(inc.start, start), max(inc.end, end)
    inc.notes.append("a page quoting several monitors: SNHR's own figures, at the place the page names "
                     "(geo/report/monitors.py)")
    told = [lead, *block, carrier]
    # (the rest of SNHR's line is SNHR's telling and whom it quotes: "However SN4HR reported only one civilian
    # fatality, that of a 9-year old girl who was the niece of al-Nusra commander Bader al Dakas who later described
    # her death: “... She was hit by shrapnel and was killed yesterday ...”"; en-2015-05-news-27. The next line is
    # another teller's: "An August 2017 Amnesty International report documented ...", en-2017-05-news-24)
    line_end = doc.text.find("\n", block[-1].end)
    line_end = len(doc.text) if line_end < 0 else line_end
    told += [s for p in doc.paragraphs for s in p.sentences if block[-1].end <= s.start < line_end]
    # (and the page's other tellings of that day: "most local sources state that the civilians were killed on May
    # 9th, whereas Amnesty pinpoints the date of the incident at May 11th" is the same attack, its date discussed)
    rest = [i for i in incidents if not any(i.start < s.end and s.start < i.end for s in told)
            and not (inc.date_precision is DatePrecision.DAY and i.date == inc.date and _same_governorate(i, inc))
            and not _retold_in_its_month(i, inc)]
    return [inc, *rest]


def _retold_in_its_month(other: ReportIncident, inc: ReportIncident) -> bool:
    """Is ``other``, read from another teller on the page of SNHR's incident ``inc`` (dated to the day), that attack told
    again with only its month: the same month, a place in the same governorate? ('Baladi reported: “Our correspondent
    reported that there was an air raid by Russian planes in the centre of the town of Jisr al Shoughour ... which
    killed a woman and her baby”' on the page of SNHR's "at least 2 victims (a woman and her baby) died in regime
    warplanes missiles fired on Jisr AL Shoughour city ..., February 28, 2016"; en-2016-02-news-44, rounds 43 and 44,
    after their measurement: fix4344)

    >>> day = ReportIncident(date=dt.date(2016, 2, 28), governorate_pcode="SY07")
    >>> _retold_in_its_month(ReportIncident(date=dt.date(2016, 2, 1), date_precision=DatePrecision.MONTH), day)
    True
    >>> _retold_in_its_month(ReportIncident(date=dt.date(2016, 3, 1), date_precision=DatePrecision.MONTH), day)
    False
    """
    return inc.date_precision is DatePrecision.DAY and other.date_precision is DatePrecision.MONTH \
        and (other.date.year, other.date.month) == (inc.date.year, inc.date.month) and _same_governorate(other, inc)
