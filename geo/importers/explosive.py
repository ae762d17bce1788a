"""Which events were explosive incidents: landmine, explosive remnant, IED/car bomb, or other.

UCDP GED gives no weapon; its events carry the headline and text of the news
items they were coded from (mostly SOHR's daily round-ups, several stories in
one text, separated by ``;``). ACLED gives a sub-event type
("Remote explosive/landmine/IED") and a one-paragraph ``notes``. This module
reads both into one of four classes (:data:`CLASSES`):

==================  ===========================================================  ============
class               the words that decide (case-insensitive)                     demining?
==================  ===========================================================  ============
``landmine``        "landmine", "land mine", "mine(s)", "minefield", "mined"     yes
                    (not "naval"/"sea" mines dropped from helicopters)
``explosive         "unexploded", "UXO", "ERW", "ordnance", "war remnants",      yes
remnant``           "remnants of the war/conflict/military operations",
                    "leftovers of the war", an explosion of a remnant or of a
                    cluster bomb/submunition (a cluster *attack* is an airstrike)
``IED``             "IED", "improvised explosive", "explosive device",           no
                    "car bomb", "booby-trapped car/motorcycle", "VBIED",
                    "explosive belt", "sticky bomb"
``other``           none of these
==================  ===========================================================  ============

A text that names mines and IEDs in one clause ("mines and IEDs in the Yarmouk
Basin") is a landmine: the order of the table is the order of precedence,
because a planner must not lose a mine accident to a co-mentioned bomb.

**Which clause concerns the event.** A round-up tells of many events, and UCDP
links the same text to each of them; so a word counts for an event only when
(rule 1) it is in a clause (a ``;``- or sentence-separated part, or a part of a
headline joined by "and") that also names the event's place (UCDP
``where_coordinates``, compared word-window by word-window on
:func:`geo.names.skeleton`, tolerant of transliteration), or (rule 2) the text
tells one story only: no clause tells of another kind of violence (airstrike,
shelling, clashes, gunfire, execution), and the first class of the table among
its words decides. Otherwise the event is ``other``: the classifier prefers
missing an accident to attaching one to the wrong village.

>>> classify_text("A farmer killed while plowing his land due to the explosion of a landmine")
'landmine'
>>> classify_text("3 casualties in the aerial bombing on Nawa and 4 others in landmine "
...               "explosion in Tasil", place="Nawa town")
'other'
>>> classify_text("3 casualties in the aerial bombing on Nawa and 4 others in landmine "
...               "explosion in Tasil", place="Tasil town")
'landmine'
>>> CAUSE_OF["explosive remnant"], DEMINING_CAUSES
('explosive remnant', ('landmine', 'explosive remnant'))
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..names import normalise, skeleton

__all__ = ["CLASSES", "CAUSE_OF", "DEMINING_CAUSES", "classify_text", "classify_ucdp",
           "classify_acled", "explosive_class", "is_demining", "cause_of"]

CLASSES = ("landmine", "explosive remnant", "IED", "other")
# The incident cause (geo.incident.CAUSES) each class gives; car bombs keep their own cause.
CAUSE_OF = {"landmine": "landmine", "explosive remnant": "explosive remnant", "IED": "IED",
            "other": None}
# The causes that feed the demining products (hazard areas); IEDs are not left on the ground.
DEMINING_CAUSES = ("landmine", "explosive remnant")

_NAVAL = re.compile(r"\b(?:naval|navy|sea)\s+mines?\b", re.I)
_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("landmine", re.compile(r"\bland\s?-?mines?\b|\bmine(?:s|field|fields)?\b|\bmined\b", re.I)),
    ("explosive remnant", re.compile(
        r"unexploded|\buxo\b|\berw\b|ordnance|\bwar(?:'s|’s)?\s+remnants?|"
        r"remnants?\s+of\s+(?:the\s+)?(?:syrian\s+)?(?:war|conflict|military|previous|battles?|"
        r"fighting)|left-?overs?\s+of\s+(?:the\s+)?war|war\s+left-?overs?|"
        r"explosion\s+of\s+(?:one\s+of\s+)?(?:the\s+|a\s+|an\s+)?(?:old\s+)?"
        r"(?:remnants?|cluster\s+(?:bomb|munition|submunition)s?|bomblets?)|"
        r"(?:ammunition|war)\s+remnants|remnant\s+of\s+(?:a\s+)?(?:shell|rocket|missile)", re.I)),
    ("IED", re.compile(
        r"\bied'?s?\b|improvised\s+explosive|explosive\s+devices?|car[\s-]+bombs?|\bvbied|"
        r"booby[\s-]*trapped\s+(?:car|vehicle|motorcycle|motorbike)|explosive\s+belt|"
        r"sticky\s+bomb|bomb-laden|\bc-?4\b", re.I)),
)
# Other kinds of violence: a text that tells of these as well tells more than one story.
_OTHER_VIOLENCE = re.compile(
    r"air\s?strike|airstrikes|air\s+raid|\braids?\b|warplanes?|helicopters?|barrel|aerial|"
    r"shell(?:s|ing|ed)?\b|artillery|mortar|rocket|missile|bombard|clash|battle|fighting|"
    r"gunfire|gunmen|shot\b|shooting|sniper|bullet|execut|assassinat|drone|suicide", re.I)
# Clauses: stories are joined by ';' and '||' (headline || article); sentences by '. ';
# round-up headlines join events with " and " / " while " / ",".
_STORY_SPLIT = re.compile(r"\s*(?:;|\|\||(?<=[a-z0-9\)])\.\s+(?=[A-Z])|…|\.\.\.)\s*")
_CLAUSE_SPLIT = re.compile(r"\s+(?:and|while|as|after|amid)\s+|,\s+(?=\d|[a-z])", re.I)
# "SOHR,2016-01-06,": the article's source prefix.
_PREFIX = re.compile(r'^"?[^,"]{2,60},\d{4}-\d{2}-\d{2},')
# Where_coordinates ends with the kind of place: "Tasil town", "Al Hasakah district".
_KIND = re.compile(r"\s+(?:village|town|city|hill|mountain|district|governorate|area|camp|"
                   r"neighbou?rhood|road|airport|airbase|base|dam|plain|desert|valley|"
                   r"river|region|crossing|checkpoint|prison|factory|field|lake|island)s?$", re.I)


def explosive_class(text: str) -> str:
    """The class of the explosive words in ``text`` (``"other"`` for none).

    >>> explosive_class("navy mines dropped by helicopters"), explosive_class("mines and IEDs")
    ('other', 'landmine')
    """
    text = _NAVAL.sub(" ", text or "")
    for name, pattern in _PATTERNS:
        if pattern.search(text):
            return name
    return "other"


def _clauses(text: str) -> list[str]:
    out: list[str] = []
    for story in _STORY_SPLIT.split(text or ""):
        story = _PREFIX.sub("", story.strip().strip('"')).strip()
        if story:
            out.extend(c for c in _CLAUSE_SPLIT.split(story) if c and c.strip())
    return out


@lru_cache(maxsize=20_000)
def _place_keys(place: str) -> tuple[tuple[int, str, str], ...]:
    """(number of words, normalised, skeleton) for each name of the place ("A/B town")."""
    out = []
    base = _KIND.sub("", (place or "").strip())
    for name in base.split("/"):
        norm = normalise(name)
        if not norm:
            continue
        out.append((len(norm.split()), norm, skeleton(name)))
    return tuple(out)


def _names_place(clause: str, keys) -> bool:
    if not keys:
        return False
    norm = normalise(clause)
    words = norm.split()
    for n, name, skel in keys:
        if re.search(rf"(?:^|\s){re.escape(name)}(?:\s|$)", norm):
            return True
        if len(skel) < 3:  # "Al Eis" -> "s": too short to compare by consonants
            continue
        for i in range(len(words) - n + 1):
            if skeleton(" ".join(words[i:i + n])) == skel:
                return True
    return False


def classify_text(text: str, place: str | None = None) -> str:
    """The class of the event a text tells of, at ``place`` when given (see the module doc).

    >>> classify_text("Mines and war remnants kill a farmer while plowing his land north of Hama")
    'landmine'
    >>> classify_text("Russia/Syria: Daily Cluster Munition Attacks")
    'other'
    """
    if explosive_class(text) == "other":  # most texts: no explosive word at all
        return "other"
    clauses = _clauses(text)
    classes = [explosive_class(c) for c in clauses]
    if not any(c != "other" for c in classes):
        return "other"
    keys = _place_keys(place) if place else ()
    # Rule 1: a clause that names the event's place and an explosive.
    here = {c for c, cl in zip(classes, clauses) if c != "other" and _names_place(cl, keys)}
    for name in CLASSES:
        if name in here:
            return name
    # Rule 2: the whole text tells one explosive story and nothing else violent.
    if any(_OTHER_VIOLENCE.search(cl if c == "other" else _strip_explosive(cl))
           for cl, c in zip(clauses, classes)):
        return "other"
    found = set(classes)
    return next(name for name in CLASSES if name in found)


def _strip_explosive(clause: str) -> str:
    # "landmine explosion of a rocket's remnant": the explosive words themselves may name
    # a rocket or shell; only what is left over can tell of another kind of violence.
    for _, pattern in _PATTERNS:
        clause = pattern.sub(" ", clause)
    return clause


_CAR_BOMB = re.compile(r"car[\s-]+bombs?|\bvbied|booby[\s-]*trapped\s+(?:car|vehicle|motorcycle|"
                       r"motorbike)|bomb-laden", re.I)


def cause_of(name: str, text: str = "") -> str | None:
    """The incident cause (:data:`geo.incident.CAUSES`) of a class: an IED whose text names a
    car bomb is a ``"car bomb"``.

    >>> cause_of("IED", "a booby-trapped car exploded"), cause_of("landmine"), cause_of("other")
    ('car bomb', 'landmine', None)
    """
    if name == "IED" and _CAR_BOMB.search(text or ""):
        return "car bomb"
    return CAUSE_OF[name]


def classify_ucdp(row: dict) -> str:
    """The class of a UCDP GED row, from ``source_headline`` and ``source_article`` at
    ``where_coordinates``."""
    text = " ; ".join(t for t in ((row.get("source_headline") or "").strip(),
                                   (row.get("source_article") or "").strip()) if t)
    return classify_text(text, (row.get("where_coordinates") or "").strip() or None)


def classify_acled(sub_event_type: str, notes: str) -> str:
    """The class of an ACLED event: ``notes`` decide among the explosive classes for the
    sub-event "Remote explosive/landmine/IED" (an IED when they name nothing else); other
    sub-events are explosive only when their notes name a landmine or a remnant.

    >>> classify_acled("Remote explosive/landmine/IED", "A landmine exploded near Maadan.")
    'landmine'
    >>> classify_acled("Remote explosive/landmine/IED", "An explosion hit a car.")
    'IED'
    >>> classify_acled("Shelling/artillery/missile attack", "Regime forces shelled Kansafra.")
    'other'
    """
    found = explosive_class(notes)
    if (sub_event_type or "").strip().lower() == "remote explosive/landmine/ied":
        return found if found != "other" else "IED"
    return found if found in DEMINING_CAUSES else "other"


def is_demining(cause: str | None, category: str | None = None) -> bool:
    """Whether an incident feeds the demining products: a landmine or explosive-remnant cause,
    or the landmine category (SNHR's "landmine or explosive remnant").

    >>> is_demining("IED"), is_demining(None, "landmine"), is_demining("explosive remnant")
    (False, True, True)
    """
    return cause in DEMINING_CAUSES or category == "landmine"
