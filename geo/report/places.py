"""Where an SNHR incident happened and who the report says controlled it.

Two readers over the text of one incident (the governorate it names is read
by :func:`geo.governorates.find_governorate`, the project's one table of
governorate spellings):

* :func:`find_place` — the incident place, not the victim's hometown:
  "identified as X from Ma'dan town in the rural Raqqa governorate, was killed
  ... in al-Qasabi 'badiya' (desert) in western rural Deir Ez-Zour
  governorate" gives the desert, not Ma'dan. A "from ..." clause is the
  hometown (used only when the text names no other place); "fired from ..."
  is where the fire came from and never the place.
* :func:`find_stated_control` — the sentence that says who controlled the
  incident site ("The area was under the control of ...", "which is
  controlled by ...", "in an SDF-controlled area") and not the ones that name
  a force for another place ("fired from areas controlled by ...", "a crossing
  linking the SDF-controlled area and ...").

>>> find_place("a man from Jasim city in rural Daraa governorate was shot dead in Nawa city "
...            "in western rural Daraa governorate").text
'Nawa city in western rural Daraa governorate'
>>> find_stated_control("Regime forces fired shells from areas controlled by them at Ariha. "
...                     "The city was under the control of HTS at the time of the incident.").text
'HTS'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..governorates import find_governorate

__all__ = ["PlacePhrase", "find_place", "place_phrases", "hometown_referred",
           "StatedControl", "find_stated_control", "PLACE_WORDS"]


# -- places ------------------------------------------------------------------------------------

MAX_PHRASE = 260
# Words that make a phrase a place (a named settlement or a spot in one).
PLACE_WORDS = (
    r"villages?|towns?|city|cities|neighbou?rhood|governorate|province|suburbs?|countryside|rural|area|"
    r"district|sub-?district|camp|desert|badiya|road|highway|motorway|crossroads?|roundabout|"
    r"checkpoint|farms?|valley|mountains?|plain|market|hospital|bridge|street|region|outskirts|"
    r"hometown|square|prison|detention|branch|school|mosque|plains|hill|lake|river|dam|border|"
    r"crossing|industrial|quarter|district|junction|entrance|Ghouta"
)
_PLACE_WORD_RE = re.compile(r"\b(?:" + PLACE_WORDS + r")\b", re.I)
# Locative openings. Compound ones are part of the place text ("in front of his house ...").
_LOCATIVE = re.compile(
    r"(?<![\w-])(?:(?P<keep>in front of|on the outskirts of|on the edge of|near|outside|inside|"
    r"between|around|close to)\s|(?P<drop>in|at|on|into|to(?=\s+(?:an?|the)\s+(?:\w+\s+){0,2}"
    r"(?:detention|prison|branch|hospital|checkpoint|center|centre))"
    # "the bombing of the city of Khan Sheikhoun in the southern countryside of Idlib province"
    r"|of(?=\s+the\s+(?:city|town|village)\s+of\s+[A-Z])"
    # "the MIG23 airplane resumed its flight over Al Shaar neighborhood and shelled ..." (en-2012-09-massacre-40; rounds
    # 37-40, after their measurement: fix3740): a named quarter flown over and struck
    r"|over(?=\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?:al|el|as|ar|ad|ash|az)-)?(?-i:[A-Z])[\w'’-]+){0,3}\s+"
    r"(?:neighbou?rhood|village|town|city|camp|district))"
    # "near a tent ... south of Binnesh city in the southern suburbs of Idlib governorate" (en-2019-12-news-44; rounds 43
    # and 44, after their measurement: fix4344): the town a spot lies by, named before its governorate's suburbs
    r"|(?:south|north|east|west)(?:-?(?:east|west))?\s+of(?=\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?:al|el|as|ar|ad|ash|az)-)?"
    r"(?-i:[A-Z])[\w'’-]+){0,3}\s+(?:city|town|village)\s+in\s+the\s+\w+\s+(?:suburbs|countryside)\s+of\s)"
    # "gunmen stormed the village of Tal Dahab": the place an attack went into, named without "in"
    r"|(?:stormed|raided|attacked|besieged)(?=\s+the\s+(?:city|town|village|neighbou?rhood)\s+of\s+[A-Z]))\s)", re.I)
# Where a place phrase stops: the clause ends or an event clause begins.
_STOP = re.compile(
    r"[.;:!?]|,(?!\s*(?:administratively|also|which is administratively|part of|in\s(?!which\b|whom\b)|near\s|"
    r"southern|northern|eastern|western|in the)\b"
    # "the villages of Tal Khalil, Hajiya and Sharmoukh": a list of names goes on
    r"|\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+[A-Z])|\s(?:while|when|during|as|after|before|killing|"
    r"injuring|wounding|resulting|who|which|where|by|and (?:injured|wounded|killed)|killed|died|"
    r"exploded|detonated|injured|wounded|left|claimed|including|among them|amongst them|"
    # "in Zardna Village ... last June": a time, not the place
    r"last (?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"week|month|year)|"
    r"was|were|had|has|have|fired|bearing|leaving|under|witnessed|experienced|and shelled|and bombed|and struck|"
    # "in Douma city alone since the beginning of ...": "alone" says the count is the place's only (fix39)
    r"alone)\b|\s-\s|\(the area", re.I)
# A settlement named as its sentence's subject, with no preposition: "The town of Atarib in Aleppo's countryside
# witnessed a horrific regime attack on Thursday, where 13 people ... were killed" (en-2024-11-news-15, written after
# round 15's measurement: the countryside after "in" is where the town lies, not the place)
# The subject of a clause of the strike too: "... were killed along with several wounded as the town of Saqba, eastern
# Ghouta, Damascus, was struck by air raids" (en-2018-02-news-48, rounds 47 and 48, after their measurement: fix4748)
_SUBJECT_PLACE = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\n)|(?<=\b[Aa]s\s)|(?<=\b[Ww]hen\s))\W*(?P<p>[Tt]he\s+(?:city|town|village|neighbou?rhood|camp)\s+of"
                            r"\s+(?:(?:al|el|as|ar|ad|ash|az)[\s-])?[A-Z])")
# A settlement named bare as the subject of the strike's clause: "... were killed and several wounded as Saqba in
# eastern Ghouta, Damascus was subject to intense air and artillery shelling", "as Mesraba in eastern Ghouta, Damascus
# was struck by airstrikes" (Airwars' assessments; rounds 52 and 54, after their measurement: fix5254)
_AS_STRUCK = re.compile(r"(?<=\b[Aa]s\s)(?P<p>(?:(?:al|el|as|ar|ad|ash|az)[\s-])?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|as|ar|ad|ash|az)"
                        r"[\s-])?[A-Z][\w'’-]+){0,3}(?:\s+(?:city|town|village|neighbou?rhood|camp))?(?:,?\s+in\s+[^,.;]{3,60}?)?"
                        r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?),?\s+(?:was|were)\s+(?:(?:again|also|heavily|"
                        r"repeatedly|reportedly)\s+)?(?:struck|hit|subject(?:ed)?\s+to|targeted|shelled|bombed|attacked|"
                        r"raided|pounded)\b")
# A massacre named by its settlement as a line's subject: "Hama city massacre 2012… 49 civilians died on one day"
# (SNHR's 2012 title, en-2012-07-massacre-40; rounds 37-40, after their measurement: fix3740)
_NAMED_MASSACRE = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\n))\W*(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:city|town|"
                             r"village|neighbou?rhood|camp))\s+[Mm]assacre\b")
_FROM = re.compile(r"(?<![\w-])(?:from|native of|hailing from|a resident of|resident of|"
                   r"originally from|displaced from)\s", re.I)
# Verbs before "from" that make it the origin of fire, not a hometown.
_FIRE_ORIGIN = re.compile(r"(?:fired|launched|shelled|coming|came|originat\w*|shells?|rockets?|"
                          r"missiles?|bombardment|shelling|positions|direction|attack(?:ed)?)"
                          r"(?:\s+\w+){0,3}\s*$", re.I)
# Where the attackers stood, not where their fire fell: "Syrian regime forces ..., stationed on Brigade 46 near
# Orm al Kubra village ..., fired three mortar shells at al Atareb Surgical Hospital" (en-2021-03-news-13,
# written after round 13's measurement; not "located", which a target's own place also follows)
_STATIONED = re.compile(r"\b(?:stationed|positioned|deployed|entrenched|garrisoned)\s*$", re.I)
_AFFILIATION = re.compile(r"(?:personnel|members?|elements?|officers?|forces|fighters|gunmen|"
                          r"soldiers|troops|patrols?|agents?|militiamen|recruits)\s*$", re.I)
# An outlet's reporter before a place: where the news came from, not where the killing was ("Enab Baladi's
# correspondent in rural Idlib quoted medical sources as saying that 11 civilians ... were killed";
# written after round 10's measurement, en-2019-12-news-03)
_REPORTER = re.compile(r"\b(?:correspondents?|reporters?|stringers?)\s*$", re.I)
_NOT_PLACE_HEAD = re.compile(r"^(?:(?:the|a|an)\s+)?(?:crossfire|clashes|artillery|shelling|an? attack|"
                             r"the attack|the car|a car|the explosion|wounds|the same|front of (?:the|a) "
                             r"(?:car|vehicle)|(?:his|her|their) (?:way|work|car)|the month|the "
                             r"beginning|total|custody|detention(?! cent))", re.I)


@dataclass
class PlacePhrase:
    """A place phrase: ``text``, offsets in the searched text, and whether it is a hometown."""

    text: str
    start: int
    end: int
    hometown: bool = False
    origin_of_fire: bool = False
    referred: bool = False  # the hometown, which the text refers back to as the place


def _phrase_end(text: str, start: int) -> int:
    # The phrase runs to the first stop after at least one word.
    # A place phrase is short: look no further than MAX_PHRASE (also keeps long junk linear).
    limit = min(len(text), start + MAX_PHRASE + 40)
    m = _STOP.search(text, start + 1, limit)
    return m.start() if m else limit


# A phrase ending in a street, and the town told after it: "... Palestine Street, Al Tabaqa." (the name runs to the
# sentence's or clause's end)
_STREET_END = re.compile(r"\b(?:Street|Road|Avenue)$")
_STREET_TOWN = re.compile(r",\s+(?P<t>(?:(?:al|el|Al|El)[-\s])?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|Al|El)[-\s])?[A-Z][\w'’-]+){0,2})"
                          r"(?=\s*(?:[.;]|,\s+(?:according|local|as|in|on|killing|killed)\b|$))")


# A neighbourhood, then the town it lies in by its direction, after a comma: "al Jam’iya neighbourhood, south of Jisr al
# Shoghour city" (the name alone is no place of the gazetteer: the town places it; rounds 52 and 54, after their
# measurement: fix5254)
_HOOD_END = re.compile(r"\b(?:neighbou?rhoods?|quarter|district)$", re.I)
_HOOD_TOWN = re.compile(r",\s+(?P<t>(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?"
                        r"(?:(?:al|el|Al|El)[-\s])?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|as|ash|ar|ad|Al|El)[-\s])?[A-Z][\w'’-]+){0,3}"
                        r"(?:\s+(?:city|town|village))?)(?=\s*(?:[.;,”\"]|$))")


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# the desert around a named settlement: "the Badiya (desert area) of", "the desert of"
_DESERT_OF = re.compile(r"^(?:the\s+)?(?:Badiya|desert)(?:\s+\([^)]{0,30}\))?\s+of\s+(?=(?:the\s+)?(?:(?:al|el)[\s-])?[A-Z])", re.I)


def place_phrases(text: str) -> list[PlacePhrase]:
    """Every place phrase in ``text``: locative ones and "from ..." ones (hometown / origin of fire)."""
    out: list[PlacePhrase] = []
    spans: list[tuple[int, int]] = []
    for m in _FROM.finditer(text):
        start = m.end()
        end = _phrase_end(text, start)
        # "fired from X town at Y village": the origin ends where the target begins
        cut = re.search(r"\s(?:at|on|onto|towards?|into|targeting|against)\s", text[start:end])
        if cut:
            end = start + cut.start()
        phrase = text[start:end].strip(" ,")
        if not phrase or not _is_place(phrase):
            continue
        before = text[max(0, m.start() - 60):m.start()]
        if _AFFILIATION.search(before):
            continue  # "personnel from the regime's State Security": who, not where
        if re.search(r"(?:left over|left|remnants?|dating|dated|leftover|resulting|suffering)\s*$",
                     before, re.I) or not re.match(
                # ("a native of the province of Tartous": a hometown named by its unit)
                # ("from al Keshkiya town which is ...": SNHR's article apart, then the capital - en-2021-03-landmine-23)
                r"(?:the\s+)?(?:(?:al|el|as|ar|ad|ash|az)(?:-|\s+(?=[A-Z]))|[A-Z]|(?:his|her|their)\s+hometown|"
                r"(?:province|governorate|city|town|village)\s+of\s+[A-Z])", phrase):
            continue
        fire = bool(_FIRE_ORIGIN.search(before))
        out.append(PlacePhrase(phrase, start, start + len(phrase), hometown=not fire,
                               origin_of_fire=fire))
        spans.append((m.start(), start + len(phrase)))
    for m in _NAMED_MASSACRE.finditer(text):
        out.append(PlacePhrase(m.group("p"), m.start("p"), m.end("p")))
        spans.append((m.start("p"), m.end("p")))
    for m in _AS_STRUCK.finditer(text):
        if not any(a <= m.start("p") < b for a, b in spans):
            out.append(PlacePhrase(m.group("p"), m.start("p"), m.end("p")))
            spans.append((m.start("p"), m.end("p")))
    for m in _SUBJECT_PLACE.finditer(text):
        start = m.start("p")
        end = _phrase_end(text, m.end("p"))
        phrase = text[start:end].strip(" ,")
        if _is_place(phrase):
            out.append(PlacePhrase(phrase, start, start + len(phrase)))
            spans.append((start, start + len(phrase)))
    for m in _LOCATIVE.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if _REPORTER.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "Enab Baladi's correspondent in rural Idlib quoted medical sources": where the news came from
        start = m.start() if m.group("keep") else m.end()
        end = _phrase_end(text, m.end())
        # "travelling in on the road ...": a dangling preposition before the real one
        lead = re.match(r"(?:(?:in|at|on|into)\s+)+(?!front of)", text[start:end])
        if lead and not m.group("keep"):
            start += lead.end()
        # "opened fire on him in Tafas city": the person, then the place
        obj = re.match(r"(?:him|her|them|it|us)\s+(?:in|at|on|near)\s+", text[start:end])
        if obj and not m.group("keep"):
            start += obj.end()
        # "the Russian jets on Friday bombed a building ... in the town of Hass": a day, then the target
        day = re.match(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:bombed|shelled|"
                       r"struck|hit|attacked|targeted|raided|stormed)\s+", text[start:end])
        if day and not m.group("keep"):
            start += day.end()
        phrase = text[start:end].strip(" ,")
        town = _STREET_TOWN.match(text, start + len(phrase)) if _STREET_END.search(phrase) else None
        if town:
            # (a street, then its town after a comma: "an alleged Coalition airstrike on Filastin Palestine Street, Al
            # Tabaqa." - the street alone matched another place's "Palestine"; en-2017-04-massacre-27, round 27)
            phrase = text[start:town.end("t")]
        hood_town = _HOOD_TOWN.match(text, start + len(phrase)) if _HOOD_END.search(phrase) else None
        if hood_town:
            phrase = text[start:hood_town.end("t")]
        # "a market in Ariha city on Monday": the day is no part of the place
        # ("the Badiya (desert area) of Shannan village on May 4": nor a date)
        # ("the town of Khisham on Saturday 23 January 2016": the weekday and the day after it)
        phrase = re.sub(r"\s+on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+\d{1,2}\s+" + _MONTHS
                        + r"(?:,?\s+\d{4})?)?|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)$", "", phrase)
        # "the Badiya (desert area) of al Sousa town in the eastern suburbs of Deir Ez-Zour governorate": the desert
        # of a settlement, placed at the settlement (en-2020-12-news-01, en-2021-05-news-19; fix39)
        desert = _DESERT_OF.match(phrase)
        if desert:
            start, phrase = start + desert.end(), phrase[desert.end():]
        if not phrase or not _is_place(phrase):
            continue
        if m.group("keep") and m.group("keep").lower() == "between":
            first = re.split(r"\s+and\s+", phrase[8:], maxsplit=1)[0]
            if not _PLACE_WORD_RE.search(first):
                continue  # "clashes between local factions and ...": parties, not places
        fire = bool(_STATIONED.search(text[max(0, m.start() - 40):m.start()]))
        out.append(PlacePhrase(phrase, start, start + len(phrase), origin_of_fire=fire))
        spans.append((m.start(), start + len(phrase)))
    out.sort(key=lambda p: p.start)
    return out


def _is_place(phrase: str) -> bool:
    if _NOT_PLACE_HEAD.match(phrase):
        return False
    if len(phrase) > MAX_PHRASE:
        return False
    has_name = re.search(r"(?:^|\s)(?:al-|el-|as-|ar-|ad-|ash-|az-)?[A-Z][\w'-]+", phrase)
    if not has_name:
        return False
    # a capitalised word alone ("Syrian regime forces") is not a place: it needs a place word
    # or a governorate name
    return bool(_PLACE_WORD_RE.search(phrase) or find_governorate(phrase))


# "was shot dead in the town", "attack on his home village", "in the town's X neighborhood":
# the place is the hometown named before.
_BACK_REFERENCE = re.compile(
    r"\b(?:(?:in|on|at|near|into|inside|outside)\s+(?:the|his|her|their)|"
    # "in shelling of the village by ...", "an airstrike targeting the town"
    r"(?:shelling|bombing|bombardment|attack|strikes?|raid)\s+(?:of|on|targeting|against)\s+the)\s+"
    r"(?:own\s+)?(?:home\s+)?(?:town|village|city|hometown)(?:'s|’s)?\b(?!\s+of\b)", re.I)


def hometown_referred(text: str, phrases: list[PlacePhrase], start: int = 0,
                      end: int | None = None) -> PlacePhrase | None:
    """The hometown when the text refers back to it as the place ("shot dead in the town").

    The reference must come at or after ``start`` (the event verb) and before ``end``,
    with no other place phrase between ``start`` and it; the hometown is the last
    "from ..." phrase before it.
    """
    end = len(text) if end is None else end
    back = next((m for m in _BACK_REFERENCE.finditer(text, start, end)), None)
    if back is None:
        return None
    homes = [p for p in phrases if p.hometown and p.end <= back.start()]
    others = [p for p in phrases if not p.hometown and not p.origin_of_fire
              and start <= p.start < back.start()]
    if not homes or others:
        return None
    home = homes[-1]
    return PlacePhrase(home.text, home.start, home.end, hometown=True, referred=True)


def find_place(text: str, prefer_after: int = 0) -> PlacePhrase | None:
    """The incident place in ``text``: the first non-hometown place phrase at or after
    ``prefer_after`` (the event verb), else the first before it, else the hometown.

    When the text refers back to the hometown before any other place after the event
    ("... from Theyban town ..., was shot dead in the town on ..."), the hometown is the place.

    >>> find_place("A man from Nahta town in eastern Daraa was shot dead in the town on May 9").text
    'Nahta town in eastern Daraa'
    """
    phrases = place_phrases(text)
    home = hometown_referred(text, phrases, prefer_after)
    if home is not None:
        return home
    local = [p for p in phrases if not p.hometown and not p.origin_of_fire]
    after = [p for p in local if p.start >= prefer_after]
    if after:
        return after[0]
    if local:
        return local[0]
    homes = [p for p in phrases if p.hometown]
    return homes[0] if homes else None


# -- stated control ----------------------------------------------------------------------------

@dataclass
class StatedControl:
    """What the report says about who controlled the incident site."""

    text: str  # the force phrase ("the joint control of armed opposition factions and HTS")
    sentence: str  # the whole clause it came from
    start: int  # offsets of ``sentence`` in the searched text
    end: int
    blank_start: int = 0  # the span that is about control only (a sentence or a "which ..." clause)
    blank_end: int = 0


_SITE_NOUN = (r"(?:area|village|town|city|neighbou?rhood|region|site|camp|district|sub-?district|"
              r"countryside|locality|road|market|place|location|farm|farms|desert|badiya|it)")
_UNDER = (r"(?:under\s+(?:the\s+)?(?:(?:joint|shared|full|effective|complete)\s+)?control\s+of"
          r"|(?:jointly\s+)?controlled\s+(?:jointly\s+)?by|held\s+by)")
_CONTROL_PATTERNS = [
    # "The area was under the control of X at the time of the incident."
    re.compile(r"\b(?:the|this|that|which|the\s+\w+)\s+" + _SITE_NOUN
               + r"(?:\s+(?:where|in which)\s+[^.,;]{0,60}?)?\s+(?:is|was|were|are|"
               r"had been|has been|remains|remained)\s*,?\s+(?:still\s+|then\s+|"
               r"at the time(?: of the (?:incident|attack))?,?\s+)?" + _UNDER + r"\s+(?P<force>[^.;]+)",
               re.I),
    # "..., which is controlled by X" / "which was under the joint control of X"
    re.compile(r"\b(?:which|that)\s+(?:is|was|are|were)\s+(?:then\s+|at the time\s+)?" + _UNDER
               + r"\s+(?P<force>[^.;]+)", re.I),
    # "Al-Hol camp ..., which the Syrian Democratic Forces (SDF) controls, has witnessed ...": the force
    # as the clause's subject (en-2021-11-press-01, after round 9's measurement)
    re.compile(r"\bwhich\s+(?P<force>the\s+(?:(?!\b(?:has|have|had|is|was|were|must|be|been)\b)[^.;,]){2,80}?)\s+"
               r"(?:controls?|controlled|holds)\s*(?=[,.;]|\s+at\s+the\s+time\b)", re.I),
    # "in an area under the control of X" / "in areas controlled by X"
    re.compile(r"\b(?:in|inside|within)\s+(?:an?\s+|the\s+)?(?:area|areas|region|territory|part)\s+"
               + _UNDER + r"\s+(?P<force>[^.;]+)", re.I),
    # "densely populated areas under ISIS control" (the force between "under" and "control", no possessive; rounds 52
    # and 54, after their measurement: fix5254)
    # (not "the areas under their control": the governing forces SNHR calls on, whoever they are)
    re.compile(r"\b(?:areas|regions|territory|territories|towns|villages|cities|neighbou?rhoods)\s+under\s+"
               r"(?!(?:their|its|his|her|our|whose|whichever|joint|full|effective|the\s+control)\b)(?P<force>(?:the\s+)?(?:[\w'/-]+\s+){0,2}?[\w/-]+?)(?:'s|’s|'|’)?\s+control\b", re.I),
    # "X village is under the Syrian Democratic Forces' control"
    re.compile(r"\b" + _SITE_NOUN + r"\s+(?:is|was|are|were)\s+(?:still\s+|then\s+)?under\s+"
               r"(?:the\s+)?(?:(?:joint|full)\s+)?(?P<force>[^.;,]{2,80}?)(?:'s|’s|'|’)\s+control\b",
               re.I),
    # "in the SDF-controlled area", "in an HTS-held town"; an attack's target: "its aerial campaign targeting
    # rebel-held areas in Aleppo's Old City" (after round 11's measurement, from en-2014-05-news-11)
    re.compile(r"\b(?:in|inside|within|targeting|against)\s+(?:an?\s+|the\s+)?"
               # (not "in the center of the SDF-controlled city of Manbij": the force is the next pattern's adjective)
               r"(?!(?:cent(?:er|re)|heart|middle|outskirts|edge|entrance)\s+of\b)(?P<force>(?:[\w'/]+\s+){0,3}?[\w'/]+)"
               r"-(?:controlled|held)\s+(?:area|areas|territory|region|village|town|city|part|"
               r"countryside|neighbou?rhood)", re.I),
    # the force as the named settlement's adjective, inside the place phrase: "in the center of the Syrian National
    # Army-controlled city of Afrin" (en-2020-04-news-15, written after round 15's measurement); nothing is blanked,
    # the phrase stays the place
    re.compile(r"\b(?:of|in|at|on|near|targeting|against)\s+the\s+(?P<adj_force>(?:[\w'/]+\s+){0,3}?[\w'/]+)"
               r"-(?:controlled|held)\s+(?:city|town|village|neighbou?rhood|camp)\s+of\s+(?:(?:al|el)[\s-])?[A-Z]"),
    # the force as the adjective of a city's quarter named after the city's possessive: "in Aleppo's opposition-held
    # Kallaseh district" (en-2016-01-news-67, round 67, after its measurement: fix67); nothing is blanked
    re.compile(r"\b(?:in|inside|within|on|at|targeting|against)\s+[A-Z][\w'-]*(?:'s|’s)\s+"
               r"(?P<adj_force>(?:[\w'/]+\s+){0,2}?[\w'/]+)-(?:controlled|held)\s+(?:(?:al|el)[\s-])?[A-Z][\w'’-]*"
               r"(?:\s+(?:(?:al|el)[\s-])?[A-Z][\w'’-]*){0,2}\s+(?:district|neighbou?rhood|quarter)\b"),
    # "... after faction of the armed opposition- supported by Turkish forces- seize control
    # over the city on February 26": who took the site before the incident
    re.compile(r"\b(?:after|since|when)\s+(?P<force>[^.;,]{3,90}?)\s+(?:had\s+)?(?:seized?|took|taken|captured|"
               r"regained|retook|seizing)\s+(?:full\s+)?control\s+(?:of|over)\s+(?:the\s+)?(?:city|town|village|"
               r"area|neighbou?rhood)\b", re.I),
]
# Words in the clause before a control phrase that make it about another place.
_OTHER_PLACE = re.compile(r"\b(?:from|linking|link|links|between|towards?|bordering|adjacent|"
                          r"across|opposite|overlooking|facing|into|separating)\b(?:\s+[\w'-]+){0,6}\s*[\w,'-]*\s*$",
                          re.I)
# A place someone (or a body) was carried to after the incident: "White Helmets received it and transferred it to the
# Military Hospital in Afrin city, which is under the control of the SNA" states who holds the hospital, not the place
# of the death (en-2022-12-torture-50, rounds 49 and 50, after their measurement: fix4950).
_CARRIED_TO = re.compile(r"\b(?:transferred|transported|carried|handed\s+over|delivered|brought|referred|"
                         r"evacuated|rushed)\s+(?:(?:it|him|her|them|(?:the|his|her|their)\s+"
                         r"(?:body|bodies|remains))\s+)?(?:back\s+)?to\b(?:\s+[\w'’()-]+){0,8}\s*[\w,'’-]*\s*$", re.I)
# ... unless the death happened there: "transferred to a prison, which is controlled by X, where he died"
_DIED_THERE = re.compile(r"[^.;]*?,\s*where\s+[^.;]{0,60}?\b(?:died|killed|tortured|shot|executed|death)\b", re.I)
_FORCE_END = re.compile(r"\s+(?:at the time(?: of the (?:incident|attack|killing|explosion|bombing|"
                        r"massacre))?|when|during|while|since|until|as of)\b.*$", re.I)


def find_stated_control(text: str) -> StatedControl | None:
    """The control the text states for the incident site, or ``None``.

    >>> find_stated_control("The area is under the joint control of armed opposition factions "
    ...                     "and Hay'at Tahrir al-Sham (HTS).").text
    "armed opposition factions and Hay'at Tahrir al-Sham (HTS)"
    >>> find_stated_control("killed at a crossing linking the SDF-controlled area and the "
    ...                     "regime-controlled area") is None
    True
    """
    best: StatedControl | None = None
    for rx in _CONTROL_PATTERNS:
        for m in rx.finditer(text):
            clause_start = max(text.rfind(".", 0, m.start()) + 1, text.rfind(";", 0, m.start()) + 1)
            before = text[clause_start:m.start()]
            # Only the words since the last comma decide: "..., which is controlled by"
            # attaches to what precedes it in the same clause.
            tail = before[-80:]
            if _OTHER_PLACE.search(tail) and not re.match(r"\s*(?:the|this)\s", text[m.start():]):
                continue
            if _CARRIED_TO.search(tail) and not _DIED_THERE.match(text, m.start()):
                continue  # the control of where someone was carried afterwards, not of the incident site
            if re.search(r"\bareas\b", m.group(0), re.I) and re.search(
                    r"\b(?:continues?|threats?|poses?|posing|constitutes?)\b", before, re.I):
                continue  # "war remnants continue to constitute a threat to civilians in the areas controlled by ..."
            adjective = "adj_force" in rx.groupindex
            raw = m.group("adj_force") if adjective else m.group("force")
            force = _FORCE_END.sub("", raw.strip().split(",")[0]).strip(" ,")
            force = re.sub(r"^(?:the\s+)?(?:joint\s+)?control\s+of\s+", "", force, flags=re.I)
            # "the armed opposition- supported by Turkish forces-": the supporter holds nothing
            force = re.sub(r"\s*[-–,(]?\s*(?:supported|backed)\s+by\b.*$", "", force, flags=re.I).strip(" -–,")
            if force.count(")") > force.count("("):
                force = force.rstrip(" )")
            if not force or len(force) > 200 or re.search(
                    r"\b(?:from|linking|links?|between|towards?|crossing|fired)\b", force, re.I):
                continue
            end = text.find(".", m.end())
            end = len(text) if end < 0 else end + 1
            found = StatedControl(force, text[clause_start:end].strip(), clause_start, end)
            if adjective:
                found.blank_start = found.blank_end = m.start("adj_force")
            elif rx is _CONTROL_PATTERNS[0] and re.match(r"\s*(?:the|this|that)\s", text[clause_start:m.start() + 6]
                                                      , re.I) and not text[clause_start:m.start()].strip():
                found.blank_start, found.blank_end = clause_start, end
            else:
                # a clause inside an event sentence: blank only the clause itself
                raw_force_end = m.start("force") + len(m.group("force").split(",")[0])
                found.blank_start, found.blank_end = m.start(), raw_force_end
            if best is None or found.start < best.start:
                best = found
        if best is not None:
            break
    return best
