"""Finding the place mentions in a description (step 2 of the geocoder).

Runs of name words are looked up, longest window first, in the gazetteer's
dictionaries (normalised form, then consonant skeleton, then one-edit
skeleton for misspellings) and in the table of named regions
(:mod:`geo.regions`). Each hit is a :class:`Mention`: where it is in the
text, and its candidate places with how well the name matched. The words
around it give it a role later (:mod:`geo.geocode.roles`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..gazetteer import Gazetteer
from ..names import collapse, fold_arabic, is_arabic, normalise, rough_latin, word_forms
from ..regions import REGIONS, Region
from .read import Tok
from .scores import SCORES, similarity
from .framing import (camp_framed, capitalised, construct_kind, framed, framed_by_prepositions,
                      kind_framed, name_continues, prev_word, unknown_runs)
from .words import ARABIC_PREFIXES, CAMP_MODIFIERS, LOCATIVE, PARTY_AFTER, PARTY_BEFORE

__all__ = ["Mention", "MentionFinder", "Unresolved", "MAX_WINDOW"]

# English plural community words before "of": "the villages of A and B" (a short name after them is looked up).
_PLURAL_COMMUNITY = {"villages", "towns"}

MAX_WINDOW = 6
# Names from secondary sources count a little less than OCHA's and the project's own.
_NAME_SOURCE_PENALTY = {"geonames": SCORES["geonames_alias"],
                        "wikipedia-mark": SCORES["map_mark"], "ucdp": SCORES["ucdp_place"]}
_WAW = fold_arabic("و")
_WAW_AL = fold_arabic("وال")
_BA = fold_arabic("ب")
# Arabic kind words that also begin names of places: جسر الشغور (Jisr al-Shughur), سوق وادي
# بردى, جبل ... (a community's, not a region's: the regions are found first).
_NAME_OPENING_KINDS = {"landmark", "area", "desert"}
# "Farm of" before a village's name: "مزرعة الأسدية", "Mazraat al-Asadiya" is the farm hamlet
# of al-Asadiya. When the whole phrase is no name as written, the village named after it is the
# place (g318); OCHA also lists many hamlets as "Mazraet X", found first as written.
_FARM_WORDS = {word_forms(w)[0] for w in ("مزرعة", "Mazraat", "Mazraa", "Mazra'at", "Mazraet",
                                          "Mazra'et", "Mazrat", "Mazra'a")}
# Words before a name that make it the target of an attack or the place of an event.


# The dual kind words (two villages, towns, cities) and "between": the names after them are two, joined by "و"
_PAIR_OPENERS = {fold_arabic(w) for w in ("قريتي", "بلدتي", "مدينتي", "بين")}


def _after_hood_word(toks: list[Tok], i: int) -> bool:
    """Does the name at ``i`` follow an Arabic neighbourhood word ("حي X")?"""
    return i > 0 and toks[i - 1].arabic and toks[i - 1].kind == "neighbourhood" and \
        not toks[i].brk


def _opens_a_pair(toks: list[Tok], i: int) -> bool:
    """Is the name at ``i`` the first of a pair: "قريتي الحاجية وتل خليل" (the two villages of al-Hajiya and Tal
    Khalil), "بين X وY"? Then a word with "و" stuck on ends it, even a short one ("وتل": "and Tal"), which
    :meth:`MentionFinder._conjoined` cannot tell from a name (round 25, test batch, g441, after its measurement)."""
    k = i - 1
    while k >= 0 and toks[k].article and not toks[k].brk:
        k -= 1
    return k >= 0 and toks[k].arabic and toks[k].low in _PAIR_OPENERS and not toks[i].brk


def _waw_stuck(t: Tok) -> bool:
    """An Arabic word that begins with "و" and is longer than it ("وتل", "والسبخة")."""
    return t.arabic and t.low.startswith(_WAW) and len(t.low) >= 3


_RELATIVE_AR = {fold_arabic(w) for w in ("شمال", "جنوب", "شرق", "غرب")}


def _of_a_place(toks: list[Tok], k: int) -> bool:
    """Does an Arabic "north / south / east / west of" another name begin at ``k``: "مخيم اليرموك جنوب دمشق" (the
    Yarmouk camp south of Damascus)? It ends the name before it, which a camp's or village's name the gazetteer
    lacks would otherwise run on into (g624, geo42: "اليرموك جنوب دمشق بينهم أكثر" had been one unknown camp)."""
    if not (toks[k].arabic and toks[k].low in _RELATIVE_AR):
        return False
    k += 1
    if k < len(toks) and toks[k].low in _RELATIVE_AR and not toks[k].brk:
        k += 1  # "جنوب غرب دمشق", south-west of Damascus
    return k < len(toks) and not toks[k].brk and toks[k].nameable and toks[k].direction is None


# (compared by identity, as the chooser's "m in eligible" means: a text's mentions never share a span, and the
# field-by-field comparison made two tuples of 17 fields for each of them)
@dataclass(slots=True, eq=False)
class Mention:
    i: int  # first token
    j: int  # one past the last token
    text: str
    cands: dict[str, tuple[float, str, str]]  # pcode -> (name score, how, matched name)
    region: Region | None = None
    kind: str | None = None
    kind_word: str | None = None
    direction: tuple[float, float] | None = None
    relative: bool = False  # "east of X"
    near: bool = False
    part: bool = False
    origin: bool = False
    rural: bool = False
    locative: bool = True
    road_with: "Mention | None" = None
    partial: bool = False  # only part of a longer capitalised name matched
    hood_of: bool = False  # after a singular neighbourhood word and "of": "the neighborhood of X"


@dataclass
class Unresolved:
    """A name framed as a place ("Hatla town", "Halab Lebbayah IDP Camp") the gazetteer lacks."""

    text: str
    i: int
    j: int


def _sound_alikes(skel: str) -> set[str]:
    """``skel`` with one interdental class letter ``T`` (ث, ذ) swapped for the stop a
    transliteration may write instead, or the other way round.

    >>> sorted(_sound_alikes("tbn"))
    ['Tbn']
    """
    out = set()
    for k, c in enumerate(skel):
        for other in _SOUND_ALIKE.get(c, ()):
            out.add(skel[:k] + other + skel[k + 1:])
    return out - {skel}


_SOUND_ALIKE = {"t": ("T",), "d": ("T",), "z": ("T",), "T": ("t", "d", "z")}


def _sounds_alike(norm: str, name: str) -> bool:
    """Are a short name as written and a gazetteer name close in their vowels too?"""
    if is_arabic(name):
        return similarity(rough_latin(norm), rough_latin(name)) >= 0.8
    return similarity(norm, normalise(name)) >= 0.8


@lru_cache(maxsize=100_000)
def _fold_vowels(norm: str) -> str:
    """A normalised Latin name with every vowel written "a" ("zawiya", "zawaya" -> "zawaya")."""
    return _VOWEL.sub("a", norm)


_VOWEL = re.compile(r"[aeiou]")


def _exact_name(gaz, window: list[Tok]) -> bool:
    """Are these words, without their articles, a name as written of the OCHA list or the
    project's own places (``["حلب", "الجديدة"]``: New Aleppo)?"""
    if not window or window[-1].article:
        return False
    norm = " ".join(w.norm for w in window if not w.article)
    return any(e.kind not in _NAME_SOURCE_PENALTY for e in gaz.names_by_norm(norm))


class MentionFinder:
    """The place mentions of a text, against a gazetteer and the named regions."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self._lookups: dict[tuple, tuple[dict, Region | None]] = {}
        self.region_norm: dict[str, Region] = {}
        # A region's name of two words or more with its vowels folded: SNHR's "Jabal al
        # Zaweya" is "Jabal al-Zawiya" (a one-word name stays exact: "Hula" is not "Hala").
        self.region_folded: dict[str, Region] = {}
        for region in REGIONS.values():
            for name in region.names:
                self.region_norm[normalise(name)] = region
                if len(normalise(name).split()) >= 2:
                    self.region_folded[_fold_vowels(normalise(name))] = region
        self.region_first = {key.split()[0] for key in self.region_norm} | \
            {key.split()[0] for key in self.region_folded}
        # The length and first letter of each folded name (folding keeps both, a vowel first
        # letter becoming "a"): a phrase of another shape needs no fold to know it is none.
        self._folded_shapes = {(len(key), key[0]) for key in self.region_folded}
        # Does a word's form begin a region's name (as written or with its vowels folded)?
        # Asked of every word of every text: one dict look-up once a word has been seen.
        self._opens_region: dict[str, bool] = {}

    def region_of(self, norm: str) -> Region | None:
        """The named region a normalised phrase is, as written or (two words or more) with
        other vowels."""
        region = self.region_norm.get(norm)
        if region is None and " " in norm and \
                (len(norm), "a" if norm[0] in "aeiou" else norm[0]) in self._folded_shapes:
            region = self.region_folded.get(_fold_vowels(norm))
        return region

    def _lookup(self, norm: str, skel: str, n_words: int,
                short_ok: bool = False) -> tuple[dict, Region | None]:
        key = (norm, skel, n_words, short_ok)
        hit = self._lookups.get(key)
        if hit is None:
            if len(self._lookups) > 200_000:
                self._lookups.clear()
            hit = self._lookups[key] = self._lookup_uncached(norm, skel, n_words, short_ok)
        return hit

    def _lookup_uncached(self, norm: str, skel: str, n_words: int,
                         short_ok: bool) -> tuple[dict, Region | None]:
        cands: dict[str, tuple[float, str, str]] = {}
        region = self.region_of(norm)
        for entry in self.gaz.names_by_norm(norm):
            score = SCORES["name_normalised"] - _NAME_SOURCE_PENALTY.get(entry.kind, 0.0)
            if entry.pcode not in cands or score > cands[entry.pcode][0]:
                cands[entry.pcode] = (score, "normalised", entry.name)
        min_len = 2 if short_ok else 3
        if len(skel) >= min_len and (len(skel) >= 4 or n_words == 1 or not cands):
            top = SCORES["name_skeleton"] if len(skel) >= 4 else SCORES["name_skeleton_short"]
            rough = None  # (the text's rough spelling: once, at the first Arabic name)
            penalty = _NAME_SOURCE_PENALTY.get
            for entry in self.gaz.names_by_skeleton(skel):
                if len(skel) < 3 and len(entry.norm.split()) != n_words:
                    # two consonants say little: "Tatla" (tl) is not "Ata Allah" (tl), a name of two words
                    # (en-2021-05-landmine-23; round 23, after its measurement)
                    continue
                held = cands.get(entry.pcode)
                if held is None or held[1] == "skeleton":
                    # Same consonants; the vowels decide among them (against an Arabic
                    # name, through a rough spelling that keeps long vowels): up to 0.10
                    # below ``top``.
                    if entry.arabic:
                        if rough is None:
                            rough = rough_latin(norm)
                        sim = similarity(rough, entry.rough)
                    else:
                        sim = similarity(norm, entry.norm)
                    score = top - 0.10 * (1 - sim)
                    score -= penalty(entry.kind, 0.0)
                    if held is None or score > held[0]:
                        cands[entry.pcode] = (score, "skeleton", entry.name)
        if cands and not is_arabic(norm) and 3 <= len(skel) <= 4:
            # Sound-alikes: ث and ذ are often written as the stops "t", "d" or "z" ("Teyban"
            # for ذيبان, Thiban). A short skeleton matches many villages exactly; the
            # sound-alike enters a little below them, so only the governorate, a direction
            # or a place the text ties it to can make it win.
            near = SCORES["name_near"]
            for variant in _sound_alikes(skel):
                for entry in self.gaz.names_by_skeleton(variant):
                    if entry.pcode not in cands:
                        cands[entry.pcode] = (near - _NAME_SOURCE_PENALTY.get(
                            entry.kind, 0.0), "sound-alike", entry.name)
        return cands, region

    def _arabic_far(self, norm: str, pcode: str) -> bool:
        """Is the Arabic name ``norm`` more than a letter from the place's official Arabic name?
        False for a place with none (a map mark). For Ilan (C1331, "ايلان"): "اليالني" is far,
        "ايلان" and "إيلان" are not.
        """
        place = self.gaz.get(pcode)
        name_ar = getattr(place, "name_ar", "") if place is not None else ""
        return bool(name_ar) and Levenshtein.distance(norm, normalise(name_ar)) > 1

    def find(self, text: str, toks: list[Tok],
                  mixed: bool) -> tuple[list[Mention], list[str]]:
        """The place mentions of a text, and the framed names that found nothing ("Hatla town")."""
        mentions: list[Mention] = []
        n = len(toks)
        # Named regions first, with their kind and direction words ("Eastern
        # Ghouta", "al-Ghab plain"): the whole phrase outranks a village that
        # shares one of its words (there is a "Ghota" in Raqqa).
        taken: set[int] = set()
        opens = self._opens_region
        for i in range(n):
            norm = toks[i].norm
            first = opens.get(norm)
            if first is None:
                if len(opens) > 200_000:
                    opens.clear()
                # (a number has no vowel to fold: the fold and its regex skipped for it, the same answer)
                first = opens[norm] = norm in self.region_first or \
                    not norm.isdigit() and _fold_vowels(norm) in self.region_first
            if not first or i in taken:
                continue
            for j in range(min(n, i + 5), i, -1):
                norm = " ".join([t.norm for t in toks[i:j] if t.norm])
                region = self.region_of(norm)
                if region is not None and j == i + 1 and construct_kind(toks, i):
                    # "بادية بلدة ذيبان" is the desert of Thiban, not the Syrian Badia:
                    # a kind word without its article, with a name after it.
                    region = None
                if region is not None:
                    start = i - 1 if i > 0 and toks[i - 1].article else i
                    mentions.append(Mention(start, j, text[toks[start].start:toks[j - 1].end],
                                             {}, region))
                    taken.update(range(start, j))
                    break
        i = 0
        unknown: list[tuple[int, int]] = []
        unresolved: list[str] = []
        unresolved_spans: list[tuple[int, int]] = []
        while i < n:
            t = toks[i]
            if i in taken:
                i += 1
                continue
            # (only an Arabic word that is no name word can open one: asked here, for every word)
            led = self._kind_led_name(text, toks, i, taken) if t.arabic and not t.nameable \
                else None
            if led is not None:
                mentions.append(led)
                i = led.j
                continue
            # A direction word may begin a name ("Western Tal Aar", OCHA's many
            # "Eastern X"/"X الشرقية"); it is tried as part of the name first.
            soft = t.direction is not None and i + 1 < n and not toks[i + 1].brk and (
                toks[i + 1].nameable and not toks[i + 1].article or toks[i + 1].article
                and i + 2 < n and toks[i + 2].nameable)
            if not (t.nameable or soft) or (t.article and (
                    i + 1 >= n or not toks[i + 1].nameable or toks[i + 1].brk
                    or toks[i + 1].article)):
                i += 1
                continue
            # The run of name words from i (no punctuation inside).
            end = i + 1
            pair = _opens_a_pair(toks, i)
            hood = _after_hood_word(toks, i)
            # (the tests of Arabic words asked of Arabic words only)
            while end < n and end - i < MAX_WINDOW and not toks[end].brk and end not in taken \
                    and (toks[end].nameable or (toks[end].direction is not None
                                                and toks[end].kind is None)) \
                    and not (toks[end].arabic and (self._conjoined(toks[end]) or (pair and _waw_stuck(toks[end]))
                                                   or _of_a_place(toks, end) or (hood and self._bi_place(toks[end])))) \
                    and not (toks[end].low in CAMP_MODIFIERS and camp_framed(toks, i, end, mixed)):
                # ("the Shaneina refugee camp": the camp's name ends before "refugee"; g568, round 33, after its
                # measurement: fix33)
                end += 1
            found = None
            deferred = None
            for j in range(end, i, -1):
                window = toks[i:j]
                if window[-1].article:
                    continue
                words = [w for w in window if not w.article]
                if not words or all(w.direction is not None for w in words):
                    continue
                if mixed and not capitalised(window):
                    continue
                norm = " ".join([w.norm for w in words])
                skel = collapse("".join([w.skel for w in words]))
                # A two-consonant name ("Bza'a", "Killi") only next to a kind word:
                # "Killi town", "قرية X".
                short_ok = len(skel) < 3 and (
                    (j < n and toks[j].kind in ("community", "area") and not toks[j].brk
                     and not toks[j].arabic)
                    # ("the Shaneina refugee camp", g568: the camp word after its modifier)
                    or (j < n and toks[j].low in CAMP_MODIFIERS and framed(toks, i, j))
                    or (i > 0 and toks[i - 1].arabic and toks[i - 1].kind == "community")
                    # ("hit the villages of al-Yacoubiyah and Judayda villages", g804, geo61: a list after a plural
                    # kind word names villages; not "the village of X", which a sentence may use for a place it
                    # names no better, g662)
                    or (i > 1 and toks[i - 1].low == "of" and toks[i - 2].low in _PLURAL_COMMUNITY
                        and not toks[i - 1].brk and not toks[i].brk)
                    or (mixed and framed_by_prepositions(toks, i, j))
                    # ("Aleppo (al Tawama)": a hint's bracket, a place text that is one name and nothing else)
                    or (i == 0 and j == n))
                cands, region = self._lookup(norm, skel, len(words), short_ok)
                if cands and len(skel) < 3 and short_ok and not (
                        j < n and toks[j].kind) and not (i > 0 and toks[i - 1].kind):
                    # Framed by prepositions only, a two-consonant name must also sound
                    # alike ("Dariyya" = Darayya, not Dir'iya).
                    cands = {p: v for p, v in cands.items() if v[1] == "normalised" or
                             _sounds_alike(norm, v[2])}
                if cands and len(skel) <= 3 and len(words) == 1 and words[0].arabic and i > 0 and \
                        toks[i - 1].arabic and toks[i - 1].kind == "community":
                    # "قرية اليالني": a one-word village name of three consonants or fewer, as Arabic
                    # writes it, is not a village whose Arabic name is more than a letter from it
                    # by the same consonants ("ايلان", Ilan, by its Arabic or its English name; nor
                    # "قرية عشاير" al-Ashara): geo36, g141, g292, g356, g319.
                    cands = {p: v for p, v in cands.items()
                             if v[1] != "skeleton" or not self._arabic_far(norm, p)}
                if words[0].arabic and words[0].norm[:1] in ARABIC_PREFIXES and \
                        len(words[0].norm) > 3 and not region and not any(
                            how == "normalised" for _, how, _ in cands.values()):
                    # "بدير الزور", "وحماة": a one-letter preposition or "and" stuck on the
                    # name; the name without it, when it is a name as written, wins.
                    bare_norm, bare_skel, _ = word_forms(words[0].orig[1:])
                    alt, alt_region = self._lookup(
                        " ".join([bare_norm] + [w.norm for w in words[1:]]),
                        collapse(bare_skel + "".join(w.skel for w in words[1:])), len(words),
                        short_ok)
                    if alt_region or any(how == "normalised" for _, how, _ in alt.values()):
                        cands, region = alt, alt_region
                if cands and len(skel) < 3 and j < n and toks[j].kind == "area":
                    # "al-Sa'en region": a two-consonant name beside an area word is only
                    # taken for a sub-district or district of that name (or its seat),
                    # never for some hamlet ("al-Hariri area" is no "Hur").
                    cands = {p: v for p, v in cands.items() if self._area_like(p)}
                if not cands and not region and j == end and len(words) >= 2 and len(skel) >= 5:
                    if framed(toks, i, end) and not any(
                            w.direction is not None for w in words):
                        # "بلدة معرة حرمة في": the whole phrase between a kind word and the
                        # next word is the name; one letter off beats a shorter piece of it.
                        cands = {e.pcode: (SCORES["name_near"], "near-skeleton", e.name)
                                 for e in self.gaz.names_near_skeleton(skel)}
                    elif mixed and len(words) <= 3 and not any(
                            w.hyph and not w.article and not toks[k - 1].article
                            for k, w in enumerate(window, start=i) if k > i):
                        # A capitalised phrase ("Um al-Mayadhin"): one letter off only if
                        # no piece of it is a place ("Daraa al-Mahatta" is in Daraa).
                        deferred = (j, window, skel)
                if not cands and not region and j == end and len(words) == 1 and \
                        not words[0].arabic and len(skel) == 4 and "j" in skel and \
                        kind_framed(toks, i, j):
                    # "the city of Sarajib" for سراقب (g315, after round 10's measurement): ق
                    # spoken "g" (in the east and south) is written "g" or "j", both "j" in the
                    # skeleton. Only a one-word name framed by a kind word that matches nothing
                    # else is tried with ق, a little below a name as written.
                    cands = {e.pcode: (SCORES["name_near"] - _NAME_SOURCE_PENALTY.get(
                        e.kind, 0.0), "sound-alike", e.name)
                        for e in self.gaz.names_by_skeleton(skel.replace("j", "k"))}
                if cands or region:
                    found = Mention(i, j, text[window[0].start:window[-1].end], cands, region)
                    break
                if j == end and len(words) >= 2 and camp_framed(toks, i, end, mixed):
                    # "Halab Lebbayah IDP Camp", "مخيم حلب لبيه": a camp's name the
                    # gazetteer lacks; a piece of it ("Halab", Aleppo) is not the place.
                    break
            if t.norm in _FARM_WORDS and end - i >= 2 and (found is None or not any(
                    how == "normalised" for _, how, _ in found.cands.values())):
                found = self._farm_of(text, toks, i, end, found)
            if found is None and deferred is not None:
                j, window, skel = deferred
                cands = {e.pcode: (SCORES["name_near"], "near-skeleton", e.name)
                         for e in self.gaz.names_near_skeleton(skel)}
                if cands:
                    found = Mention(i, j, text[window[0].start:window[-1].end], cands)
            if found is None and (framed(toks, i, end) or camp_framed(
                    toks, i, end, mixed) or hood) and (t.cap or not mixed):
                # ("حي جب القبة بحلب": a neighbourhood the gazetteer lacks; "القبة" found
                # alone, a village of Homs, is a piece of its name)
                unresolved.append(text[toks[i].start:toks[end - 1].end])
                unresolved_spans.append((i, end))
            if found is not None and unresolved_spans and any(a0 <= found.i and found.j <= b0
                                                              for a0, b0 in unresolved_spans):
                # "Rud al-Wahsh village": the whole framed name is unknown, so "al-Wahsh"
                # found alone is a piece of another name, not this place.
                found = None
                i += 1
                continue
            if found is not None and _party(toks, found):
                # "the Assad regime", "قوات الأسد": a party's name, not a place.
                i = found.j
                continue
            if found is not None:
                if mixed and name_continues(toks, found.j, end):
                    found.partial = True  # "Bab" of "Bab al-Salama"
                if mixed and i > 0 and toks[i - 1].nameable and toks[i - 1].cap and \
                        toks[i - 1].direction is None and \
                        not toks[i].brk and not toks[i - 1].article and (i - 1) not in taken \
                        and not toks[i].hyph:
                    found.partial = True  # "Um al-Mayadhin": "Um" before it
                    if mentions and mentions[-1].j == i:
                        mentions[-1].partial = True
                mentions.append(found)
                i = found.j
                continue
            if not t.article and (t.cap or not mixed):
                unknown.append((i, i + 1))
            i += 1
        # Misspellings: a capitalised word (or two) that found nothing, next to a
        # kind word or after a place preposition, is tried one letter off.
        for a, b in unknown_runs(toks, unknown):
            window = [w for w in toks[a:b] if not w.article]
            skel = collapse("".join(w.skel for w in window))
            near_kind = (b < n and toks[b].kind) or prev_word(toks, a) in LOCATIVE
            if len(skel) < 5 or not near_kind:
                continue
            if any(a0 <= a and b <= b0 and (a, b) != (a0, b0) for a0, b0 in unresolved_spans):
                # "Rud al-Wahsh village" is not in the gazetteer: "al-Wahsh" one letter
                # off ("al-Hawash") is a guess at a piece of it, not the place.
                continue
            cands = {e.pcode: (SCORES["name_near"], "near-skeleton", e.name)
                     for e in self.gaz.names_near_skeleton(skel)}
            if cands:
                mentions.append(Mention(a, b, text[toks[a].start:toks[b - 1].end], cands))
        mentions.sort(key=lambda m: m.i)
        found_text = {m.text for m in mentions}
        return mentions, [Unresolved(u, a, b) for u, (a, b) in zip(unresolved, unresolved_spans)
                          if u not in found_text]

    def _kind_led_name(self, text: str, toks: list[Tok], i: int,
                       taken: set[int]) -> Mention | None:
        """A place whose name begins with an Arabic word for a kind of place, as written.

        "مدينة جسر الشغور" is the town Jisr al-Shughur, not a bridge (جسر) of a place
        "الشغور" (g272): a kind word (a bridge, a market, a mountain) that, with the name
        words after it, is exactly a name of the OCHA list or of the project's own places
        is that place. Only an exact name counts, so "سوق الهال في المدينة" (the market of a
        town) stays a market.
        """
        t = toks[i]
        if not t.arabic or t.kind not in _NAME_OPENING_KINDS or t.nameable:
            return None
        n = len(toks)
        end = i + 1
        while end < n and end - i < MAX_WINDOW and not toks[end].brk and end not in taken \
                and toks[end].nameable and not self._conjoined(toks[end]):
            end += 1
        # "قرية كلية": after the word for a village, the kind word alone may be the whole name
        # (Kuliyeh, الكلية, of Jarablus; كلية is a faculty elsewhere, geo37).
        alone = i > 0 and toks[i - 1].arabic and toks[i - 1].kind == "community"
        for j in range(end, i if alone else i + 1, -1):
            norm = " ".join(w.norm for w in toks[i:j] if not w.article)
            cands = {e.pcode: (SCORES["name_normalised"], "normalised", e.name)
                     for e in self.gaz.names_by_norm(norm) if e.kind not in _NAME_SOURCE_PENALTY}
            if cands:
                if any(_exact_name(self.gaz, toks[i + 1:k]) for k in range(end, j, -1)):
                    # "منطقة حلب الجديدة" (g401, geo32): the area of New Aleppo, a quarter, not
                    # the district "منطقة حلب" and a word left over. A longer name as written
                    # after the kind word outranks the kind-led name it overlaps.
                    return None
                return Mention(i, j, text[toks[i].start:toks[j - 1].end], cands)
        return None

    def _farm_of(self, text: str, toks: list[Tok], i: int, end: int,
                 found: Mention | None) -> Mention | None:
        """"مزرعة الأسدية" (the farm of al-Asadiya) placed at the village it is named after.

        The name words after the farm word, as written (an exact name only), give the
        candidates, at the score of a skeleton match: the farm is beside the village, not it.
        Whatever the whole phrase matched stays a candidate too.
        """
        for j in range(end, i + 1, -1):
            words = [w for w in toks[i + 1:j] if not w.article]
            if not words or toks[j - 1].article:
                continue
            norm = " ".join(w.norm for w in words)
            cands = {e.pcode: (SCORES["name_skeleton"], "farm of", e.name)
                     for e in self.gaz.names_by_norm(norm)
                     if e.kind not in _NAME_SOURCE_PENALTY}
            if cands:
                if found is not None:
                    cands.update(found.cands)
                return Mention(i, j, text[toks[i].start:toks[j - 1].end], cands)
        return found

    def _area_like(self, code: str) -> bool:
        place = self.gaz.get(code)
        return place.level in ("adm2", "adm3") or (
            place.level == "community" and place.capital_level in (1, 2, 3))

    def _conjoined(self, t: Tok) -> bool:
        """An Arabic word with the conjunction و stuck on ("ومعرزيتا" = "and Maarzita",
        "والتمانعة" = "and al-Tamanaa").

        It ends the name before it; only when the word without و is a place name and
        the word with it is not (وادي, "Wadi", begins with و).
        """
        if t.arabic and t.low.startswith(_WAW_AL) and len(t.low) > 5:
            # "الهبيط والتمانعة": "and al-Tamanaa"; the name's form drops "وال" as it drops an
            # article, so only the word as written shows the "and" (round 14).
            return bool(self.gaz.names_by_norm(t.norm))
        if not t.arabic or not t.norm.startswith(_WAW) or len(t.norm) < 4:
            return False
        return bool(self.gaz.names_by_norm(t.norm[1:])) and not self.gaz.names_by_norm(t.norm)

    def _bi_place(self, t: Tok) -> bool:
        """An Arabic word with the preposition ب stuck on a place name ("بحلب" = "in Aleppo").

        After a neighbourhood word it ends the neighbourhood's name ("حي جب القبة بحلب");
        only when the word without ب is a place name as written and the word with it is not
        (بنش, Binnish, begins with ب).
        """
        if not t.arabic or not t.norm.startswith(_BA) or len(t.norm) < 4:
            return False
        bare = word_forms(t.orig[1:])[0]
        return bool(self.gaz.names_by_norm(bare)) and not self.gaz.names_by_norm(t.norm)


def _party(toks: list[Tok], m: Mention) -> bool:
    """Is the name of ``m`` a party's ("the Assad regime", "قوات الأسد")?"""
    after = toks[m.j] if m.j < len(toks) and not toks[m.j].brk else None
    before = toks[m.i - 1] if m.i > 0 and not toks[m.i].brk else None
    if after is not None and not after.arabic and after.cap and after.low == "front":
        # "the al Nusra Front", "the Levant Front" (g507, geo32): a faction's name. Only
        # with a capital: "on the Hama front" is the front line near Hama.
        return True
    if m.i > 1 and before is not None and before.low == "to" and toks[m.i - 2].low == "according" \
            and not toks[m.i - 1].brk:
        # "According to Al Jazeera and others" (g507, geo32): the source of a report,
        # not a place (Al Jazeera shares its consonants with the village Jazraya).
        return True
    return (after is not None and not after.arabic and after.low in PARTY_AFTER) or (
        before is not None and before.arabic and before.low in PARTY_BEFORE)
