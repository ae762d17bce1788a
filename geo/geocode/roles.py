"""Giving each mention a role (step 3 of the geocoder).

The words around a mention say what it is: its kind ("Shawa village", "the
town of X"), a direction ("eastern rural X", "east of X"), whether it is
written as a place at all ("in X"), a person's origin ("from X town"), a
part or the neighbourhood of a place, NEAR ("near X"), or one end of a road
("between A and B"). These functions set those fields on the
:class:`~geo.geocode.mentions.Mention` objects; they need no gazetteer.
"""

from __future__ import annotations

from ..names import fold_arabic
from .mentions import Mention
from .read import Tok
from .words import (ANCHOR_LINK, CAMP_MODIFIERS, FACILITY_MODIFIERS, LOCATIVE, NEAR, OF, ORIGIN, PART, PLURAL_KIND, ROAD,
                    STATIONED, STOP, arabic_word)

__all__ = ["assign_roles", "is_locative", "names_a_person", "roads"]

_INSIDE = {"in", fold_arabic("في")}
_LEADS_TO = {"leads", "leading", "lead"}
_ARABIC_RELATIVE = {fold_arabic(w) for w in ("شمال", "جنوب", "شرق", "غرب")}


def assign_roles(toks: list[Tok], mentions: list[Mention]) -> None:
    n = len(toks)
    has_locative = any(t.low in LOCATIVE or t.kind for t in toks)
    bounds = [(m.i, m.j) for m in mentions]
    homes: list[Mention] = []  # "من قرية X": a hometown if another settlement is the event's
    for idx, m in enumerate(mentions):
        prev_end = bounds[idx - 1][1] if idx else 0
        next_start = bounds[idx + 1][0] if idx + 1 < len(bounds) else n
        # Kind word right after ("Shawa village") or before ("the town of X", "قرية X").
        # (Arabic puts the kind word first: "قرية X"; the word after belongs to the next name.)
        after = toks[m.j] if m.j < n and not toks[m.j].brk and not toks[m.j].arabic else None
        if after is not None and after.kind:
            m.kind, m.kind_word = after.kind, after.low
        elif after is not None and after.low in FACILITY_MODIFIERS and m.j + 1 < n and \
                toks[m.j + 1].kind == "landmark" and not toks[m.j + 1].brk:
            # "Seydnaya Military Prison": the facility word after its modifier
            m.kind, m.kind_word = "landmark", toks[m.j + 1].low
        elif after is not None and after.low in CAMP_MODIFIERS and m.j + 1 < n and \
                toks[m.j + 1].low in ("camp", "camps") and not toks[m.j + 1].brk:
            # "the Shaneina refugee camp": the camp word after its modifier (g568, round 33, after its
            # measurement: fix33)
            m.kind, m.kind_word = toks[m.j + 1].kind, toks[m.j + 1].low
        # Look back over the words between the previous mention and this one.
        k = m.i - 1
        back: list[Tok] = []
        # (Nothing before a comma belongs to this name: "in Suran town, Aleppo".)
        while k >= prev_end and len(back) < 7 and not toks[k + 1].brk:
            back.append(toks[k])
            if toks[k].brk:
                break
            k -= 1
        if m.kind is None and back and back[0].kind == "landmark" and back[0].arabic:
            # "مشفى التوليد", "مدرسة أكرم": the name after a landmark word is the landmark's.
            m.kind, m.kind_word = "landmark", back[0].low
        elif m.kind is None and len(back) >= 2 and back[1].kind == "landmark" and back[1].arabic \
                and back[0].arabic and back[0].nameable and not back[0].article \
                and back[0].low not in LOCATIVE:
            # "مدرسة (سعد الأنصاري)", "مدرسة سعد الأنصاري": a person's name, first name and
            # family, names the landmark; the family alone is no place (geo36, g552: Nisriyeh).
            m.kind, m.kind_word = "landmark", back[1].low
        if m.kind is None:
            for t in back[:3]:
                if t.kind and t.kind not in ("landmark",):
                    # "the town of X" makes X a town; "the neighbourhood of X" makes X
                    # the city around a neighbourhood, not a neighbourhood ("the
                    # neighborhoods of A, B" are A and B).
                    if t.kind == "neighbourhood" and not t.arabic and t.low not in (
                            "neighborhoods", "neighbourhoods"):
                        # (unless X is no town: the chooser decides, see Chooser.decide)
                        m.hood_of = bool(back) and back[0].low == "of"
                        break
                    if t.kind == "rural" or t.arabic or (back and back[0].low == "of"):
                        m.kind, m.kind_word = t.kind, t.low
                    break
                if t.low not in ("of", "the", "his", "her", "their", "its", "a") and not t.direction:
                    break
        words = {t.low for t in back}
        if m.kind == "rural" or any(t.kind == "rural" for t in back[:3]):
            m.rural = True
        if after is not None and after.kind == "rural":
            m.rural = True
        # Direction: "eastern rural X", "east of X", "ريف X الشرقي".
        for pos, t in enumerate(back[:4]):
            if t.direction is not None:
                m.direction = t.direction
                m.relative = pos > 0 and back[pos - 1].low == "of" and not any(
                    b.kind == "rural" for b in back[:pos])
                # "شمال بلدة تل أبيض": north of the town (not "northern rural X").
                m.relative = m.relative or (pos == 1 and t.low in _ARABIC_RELATIVE
                                            and back[0].kind == "community")
                break
            if t.low not in ("of", "the", "rural", "countryside", "suburbs", "parts", "part",
                             "in", "areas", "area") and not t.kind:
                break
        if m.direction is None:
            for t in toks[m.j:min(m.j + 3, next_start)]:
                if t.direction is not None and t.arabic:
                    m.direction = t.direction
                    break
        # (set tests by isdisjoint: no intersection set made for each)
        m.near = not words.isdisjoint(NEAR) or m.relative
        m.part = not words.isdisjoint(PART) and "administratively" not in words
        # (and "forces stationed in X shelled Y": X is where the fire came from)
        m.origin = not words.isdisjoint(ORIGIN) and "between" not in words and "road" not in words and \
            not _on_the_way(back) or not words.isdisjoint(STATIONED) or \
            _origin_further_back(toks, k, prev_end, back)
        # "shelling the road that leads to the town of Hayyan, next to the Great Mosque in Ma'ar Setat Al Khan town":
        # the town a road leads to is where it goes, not where it was hit; like a hometown, it is the place only
        # when no other is named (round 25, after its measurement, g459)
        m.origin = m.origin or not words.isdisjoint(_LEADS_TO) and "to" in words and not words.isdisjoint(ROAD)
        if _arabic_home(back):
            homes.append(m)
        m.locative = is_locative(toks, m, mentions[idx - 1] if idx else None,
                                       has_locative)
    # "من قرية كفرنان ...، أثناء توزيع الخبز ... قرب قرية تسنين": the home loses to another settlement named
    # by its kind word; alone ("وهو من قرية ميعار شاكر ...، قُتل ... داخل منزله") it may be the place
    for m in homes:
        if any(o is not m and o not in homes and o.kind == "community" and toks[o.i - 1].arabic and not o.origin
               for o in mentions if o.i > 0):
            m.origin = True
    # "the attacks against Dariyya in Damascus suburb": a name placed inside a countryside,
    # governorate or region is itself a place, whatever word comes before it.
    for a, b in zip(mentions, mentions[1:]):
        between = toks[a.j:b.i]
        if not a.locative and len(between) == 1 and between[0].low in _INSIDE and \
                not between[0].brk and (b.rural or b.kind == "adm1" or b.region is not None):
            a.locative = True
    # "the neighborhood of al-Balat (Aleppo's Old City)" (written after round 11's
    # measurement, g347): the name set off right after "the neighbourhood of X" is the
    # city around the neighbourhood, a place of the incident too.
    for a, b in zip(mentions, mentions[1:]):
        if a.hood_of and a.locative and not b.locative and b.i == a.j and b.i < n and \
                toks[b.i].brk:
            b.locative = True
    # "from Um Adasat village to the west of Manbij city in eastern Aleppo, was killed
    # in ...": a place that only qualifies the hometown is part of the origin too.
    for a, b in zip(mentions, mentions[1:]):
        between = toks[a.j:b.i]
        if a.origin and not b.origin and not b.rural and b.kind not in ("adm1", "rural") \
                and between and not any(t.brk for t in between) \
                and (b.i >= n or not toks[b.i].brk) \
                and all(t.low in ANCHOR_LINK or t.kind == "community" or t.article
                        or t.direction is not None for t in between) \
                and (b.relative or b.near or {t.low for t in between} & (OF | {"near"})):
            b.origin = True
    # "al-Fou'a and Kafrayya towns", "قريتي X وY": a plural kind word is each name's.
    for a, b in zip(mentions, mentions[1:]):
        if a.kind is not None:
            continue  # (it has its kind)
        between = [t for t in toks[a.j:b.i] if not t.article]
        after_b = toks[b.j] if b.j < n and not toks[b.j].brk else None
        plural = (after_b is not None and after_b.low in PLURAL_KIND) or any(
            t.low in PLURAL_KIND for t in toks[max(0, a.i - 2):a.i])
        if plural and len(between) <= 1 and \
                all(t.low in ("and", "و") for t in between) and \
                (between or (toks[b.i].arabic and toks[b.i].low.startswith("و"))):
            a.kind, a.kind_word = b.kind or "community", b.kind_word
            a.locative = a.locative or b.locative
    # "the villages of Tal Khalil, Hajiya and Sharmoukh": every name of a list after a plural
    # kind word is a place, as the first is (round 14).
    listing = False
    for a, b in zip(mentions, mentions[1:]):
        listing = listing or any(t.low in PLURAL_KIND for t in toks[max(0, a.i - 3):a.i])
        between = [t for t in toks[a.j:b.i] if not t.article]
        if not listing or len(between) > 1 or any(t.low not in ("and", "و") for t in between) \
                or not (between or toks[b.i].brk):
            listing = False
            continue
        b.locative = b.locative or a.locative
    # "Salah al-Din neighborhood" found as "Salah" + "al-Din": the pieces of one
    # capitalised name share the kind word that follows the last piece.
    for a, b in reversed(list(zip(mentions, mentions[1:]))):
        if b.i == a.j and not toks[b.i].brk and not toks[b.i].hyph and a.partial and \
                b.partial and a.kind is None:
            a.kind, a.kind_word = b.kind, b.kind_word
    roads(toks, mentions)


# the word before "من قرية X" that makes it a part or a neighbour of X, not a hometown: "في الحي الغربي من مدينة
# جسر الشغور", "بالقرب من قرية التروازية", "في كل من بلدة X وY", "على بعد 2 كم من مدينة X"
_NOT_HOME_AR = {fold_arabic(w) for w in ("بالقرب", "قرب", "القرب", "مقربة", "قريب", "قريبا", "قريباً", "كل", "بعد",
                                         "الحي", "حي", "أجزاء", "اجزاء", "أطراف", "اطراف", "مناطق", "أنحاء", "انحاء",
                                         "الجهة", "القسم", "الجزء", "جزء", "كم", "كيلومتر", "كيلو", "متر", "عدد")}


# "who named the girl as Shatha Dawood", "A child, named as Murhaf al Dalloum", "identified as 27-year-old
# Mousab ...": the name a victim is given, a person's (g617, geo42: Shatha had been read as the Hama village Shatheh
# over Khan Sheikhoun, the town of the sentence before). ("called", "known as" are left out: "a village called X",
# "the area known as X" are places.)
_NAMING = {"named", "identified", "naming", "identifying"}
_NAMED_WHO = {"the", "a", "girl", "boy", "child", "man", "woman", "victim", "victims", "him", "her", "them",
              "son", "daughter", "father", "mother", "brother", "sister", "wife", "husband", "infant", "baby"}


def names_a_person(toks: list[Tok], m: Mention) -> bool:
    """Is ``m`` the name a person is given: "named [the girl] as X", "identified as X"?

    A name with its own kind word ("named as X village") is still a place.
    """
    if m.kind is not None or m.j < len(toks) and not toks[m.j].brk and toks[m.j].kind:
        return False
    k = m.i - 1
    while k >= 0 and not toks[k + 1].brk and toks[k].low != "as" and (
            toks[k].article or toks[k].low.isdigit() or "year" in toks[k].low or toks[k].low == "old"):
        k -= 1  # "identified as 27-year-old Mousab"
    if k < 0 or toks[k + 1].brk or toks[k].low != "as":
        return False
    k -= 1
    while k >= 0 and not toks[k + 1].brk and toks[k].low in _NAMED_WHO:
        k -= 1
    return k >= 0 and not toks[k + 1].brk and toks[k].low in _NAMING


def _arabic_home(back: list[Tok]) -> bool:
    """"كما قُتل السويد (23 عامًا) من قرية كفرنان بريف حمص الشمالي، أثناء توزيع الخبز ... قرب قرية تسنين": "من"
    right before a settlement's kind word tells where a person is from, his home, not where he was killed (round 20,
    test batch, g414, after its measurement)."""
    return len(back) >= 2 and back[0].arabic and back[0].kind == "community" and \
        back[1].low == _FROM_AR and not (len(back) > 2 and (back[2].low in _NOT_HOME_AR or back[2].direction))


_FROM_AR = fold_arabic("من")


def _on_the_way(back: list[Tok]) -> bool:
    """"exploded on the way from Ber Kosa village": a route's start, not a hometown."""
    words = [t.low for t in back if not t.article]
    return len(words) >= 2 and words[0] == "from" and words[1] in ("way", "route", "journey")


def _origin_further_back(toks: list[Tok], k: int, stop: int, back: list[Tok]) -> bool:
    """"displaced from a village which is administratively a part of Manbej city": the
    words before the name only tie an unnamed village to it, and before them comes an
    origin word; the name is the hometown's, however long the tie."""
    if not back or back[-1].brk or not all(_tie_word(t) for t in back):
        return False
    while k >= stop and not toks[k + 1].brk:
        t = toks[k]
        if t.low in ORIGIN:
            return True
        if not _tie_word(t):
            return False
        k -= 1
    return False


def _tie_word(t: Tok) -> bool:
    # (not "in", "to", "at": they open a new place phrase, "from Homs to a village of X")
    return (t.low in ANCHOR_LINK and t.low not in ("in", "to")) or t.article or \
        t.kind == "community"


def is_locative(toks: list[Tok], m: Mention, before: Mention | None,
                 has_locative: bool) -> bool:
    """Is ``m`` written as a place ("in X", "X village") rather than, say, a person's name?

    A short text with no preposition at all ("Tishreen, Deir ez-Zor") is all places.
    """
    if not has_locative or m.kind is not None or m.region is not None:
        return True
    first = toks[m.i]
    if first.arabic:
        # (the four tests of Arabic words; a Latin word has only the massacre's)
        if _in_prefixed(first, m):
            # "حي الزهراء بحلب": the preposition ب ("in") stuck on the name is a locative
            # of its own.
            return True
        stuck = _and_stuck_on(first, m)
        if stuck and before is not None and before.j == m.i:
            # "قرى فلة والقبو", "X والقبو": the "and" stuck on the name joins it to the place
            # just before, as a separate "و" does ("in X and Y").
            return before.locative
        if stuck and _second_of_a_pair(toks, m):
            # "بين قريتي الشريدة والسبخة": the second name of a pair after "between" or a dual
            # kind word is a place even when the first is not in the gazetteer (g438), as a
            # separate "و" is below.
            return True
        if _before_its_countryside(toks, m):
            return True
    elif _names_a_massacre(toks, m):
        return True
    k = m.i - 1
    while k >= 0 and (toks[k].article or toks[k].low in ("the", "a")):
        k -= 1
    if k < 0:
        # The text opens with the name: a place if a place phrase follows
        # ("al-Sayyida Zaynab in Rural Damascus"), not "Meanwhile, the SDF...".
        nxt = toks[m.j] if m.j < len(toks) else None
        return nxt is None or (not nxt.brk and (
            nxt.kind is not None or nxt.direction is not None
            or nxt.low in ("in", "of", "near", "at", "on", "from"))) or _said_to_be_a_place(toks, m.j)
    prev = toks[k]
    if prev.low in ("and", "و") or prev.low == "or":
        # "between A and B", "the two villages of A and B": B is a place even when
        # A is not in the gazetteer.
        back = {t.low for t in toks[max(0, k - 8):k]}
        if back & {"between", "villages", "towns", "cities", fold_arabic("بين")}:
            return True
        # "in X and Y": a place only if the mention just before "and" is one.
        return before is not None and before.locative and k - before.j <= 1
    return (prev.low in LOCATIVE or prev.kind is not None or prev.direction is not None
            or (prev.arabic and (arabic_word(prev.low, LOCATIVE) is not None)))


_COUNTRYSIDE_IN = {fold_arabic("بريف"), fold_arabic("بضواحي")}
_IN_AR = fold_arabic("في")


def _before_its_countryside(toks: list[Tok], m: Mention) -> bool:
    """Is the Arabic name of ``m`` followed at once by "in the countryside of" ("بريف" / "في ريف")?

    "قصف حرستا بريف دمشق" (shelling Harasta in rural Damascus): a name placed in a countryside
    is a place, even with no preposition before it (g712, geo61).
    """
    if not toks[m.i].arabic or m.j >= len(toks) or toks[m.j].brk:
        return False
    # (not a name that goes on a word of a longer name: "منطقة حوض اليرموك في ريف درعا", the Yarmouk basin
    # region, g196; only after report prose, "قصف", "وفي", or a break)
    if m.i > 0 and not toks[m.i].brk and arabic_word(toks[m.i - 1].low, STOP) is None:
        return False
    nxt = toks[m.j]
    if nxt.low in _COUNTRYSIDE_IN:
        return True
    return nxt.low == _IN_AR and m.j + 1 < len(toks) and toks[m.j + 1].kind == "rural" and \
        not toks[m.j + 1].brk


def _names_a_massacre(toks: list[Tok], m: Mention) -> bool:
    """Is the name of ``m`` followed by "massacre" ("al-Fan al-Shamali massacre – Hama countryside")?

    A massacre is named after its place, as "مجزرة التوخار" is in Arabic (g650, geo61).
    """
    return m.j < len(toks) and not toks[m.j].brk and toks[m.j].low in ("massacre", "massacres") and \
        not toks[m.i].arabic


def _said_to_be_a_place(toks: list[Tok], j: int) -> bool:
    """Does the opening name go on "is the largest district in ...", ", the largest town in ..." (g599's sentence
    before, geo42: "Douma is the largest district in rebel-held eastern Ghouta")? Then it is a place."""
    k = j + (j < len(toks) and toks[j].low in ("is", "was") and not toks[j].brk)
    if k == j and not (j < len(toks) and toks[j].brk and toks[j].low == "the"):
        return False
    for t in toks[k:k + 4]:
        if t.brk and t is not toks[j]:
            return False
        if t.kind in ("community", "adm2", "adm3"):
            return True
    return False


def roads(toks: list[Tok], mentions: list[Mention]) -> None:
    """'the road between A and B', 'between A and B', 'A-B road', 'road from A to B'."""
    for a, b in zip(mentions, mentions[1:]):
        between = toks[a.j:b.i]
        # "بين بلدة X وقرية Y": the conjunction stuck on the kind word is still "and".
        words = {t.low for t in between if not t.kind} | {
            "و" for t in between if t.arabic and t.kind and t.low.startswith("و")}
        if not between and toks[b.i].arabic and toks[b.i].low.startswith("و"):
            words.add("و")  # "بين مدينتي سراقب وأريحا": the "and" stuck on the second name
        before = {t.low for t in toks[max(0, a.i - 4):a.i]}
        joined = ({"and", "و"} & words and ("between" in before or fold_arabic("بين") in before)) \
            or (words <= {"to", "and", "with"} and words and before & ROAD and
                before & {"from", "linking", "connecting", "between"})
        adjacent = not between and b.i < len(toks) and not toks[b.i].brk and \
            b.j < len(toks) and toks[b.j].low in ROAD
        if joined or adjacent:
            a.road_with = b
            a.near = True
            # "on the road linking A and B": both ends are places, whatever word precedes A.
            a.locative = b.locative = True


_IN_PREFIX = fold_arabic("ب")
_AND_PREFIX = fold_arabic("و")


def _second_of_a_pair(toks: list[Tok], m: Mention) -> bool:
    """Is ``m`` the Y of "بين X وY" / "قريتي X وY" (X one word, the "and" stuck on Y)?

    "بين قريتي الشريدة والسبخة في ريف محافظة الرقة": True for والسبخة.
    """
    k = m.i - 1
    if k < 1 or toks[k].brk or toks[m.i].brk or toks[k].kind is not None:
        return False
    back = {t.low for t in toks[max(0, k - 2):k]}
    return bool(back & (PLURAL_KIND | {fold_arabic("بين")}))


def _and_stuck_on(t: Tok, m: Mention) -> bool:
    """Does the name of ``m`` carry the conjunction و ("والقبو"), its names being without it?"""
    if not t.arabic or not t.low.startswith(_AND_PREFIX) or len(t.low) < 4:
        return False
    names = [fold_arabic(v[2]) for v in m.cands.values() if v[1] == "normalised"]
    return bool(names) and not any(n.startswith(_AND_PREFIX) for n in names)


def _in_prefixed(t: Tok, m: Mention) -> bool:
    """Does the name of ``m`` carry the prefix ب ("in"), its names being without it?"""
    if not t.arabic or not t.norm.startswith(_IN_PREFIX) or len(t.norm) < 4:
        return False
    names = [fold_arabic(v[2]) for v in m.cands.values() if v[1] == "normalised"]
    return bool(names) and not any(n.startswith(_IN_PREFIX) for n in names)
