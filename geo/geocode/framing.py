"""How the words around a run of name words frame it: as one place name ("X village",
"the city of X", "مخيم X"), a camp's name, a name that continues, or a word a place
preposition points at. Token tests only (:class:`~geo.geocode.read.Tok` lists): no gazetteer.

>>> from geo.geocode.read import tokens
>>> toks = tokens("shelling on Kafr Nabl town", True)
>>> framed(toks, 2, 4)
True
"""

from __future__ import annotations

import re

from ..names import fold_arabic
from .read import Tok
from .words import CAMP_MODIFIERS, FACILITY_MODIFIERS

__all__ = ["name_continues", "framed", "kind_framed", "camp_framed", "construct_kind",
           "framed_by_prepositions", "capitalised", "unknown_runs", "prev_word"]

_CAMP = fold_arabic("مخيم")
_ARTICLE = re.compile("^[وبلف]?ال")
_PLACE_PREPOSITIONS = {"in", "at", "on", "near", "against", "targeting", "targeted", "shelled",
                       "bombed", "struck", "hit", "stormed", "into", "outside"}


def name_continues(toks: list[Tok], j: int, end: int) -> bool:
    """Does a capitalised name word follow at ``j`` (after an optional article), not
    joined by a hyphen ("Damascus-Daraa" is two names)? Not a facility's kind before its
    kind word: "Seydnaya Military Prison" is Seydnaya's prison."""
    k = j
    if k + 1 < len(toks) and toks[k].low in FACILITY_MODIFIERS and toks[k + 1].kind == "landmark" \
            and not toks[k + 1].brk:
        return False
    if k < end and toks[k].article:
        k += 1
    return k < end and toks[k].cap and toks[k].nameable and not toks[k].article and \
        not toks[j].hyph


def framed(toks: list[Tok], i: int, end: int) -> bool:
    """Is toks[i:end] framed as one name by a kind word ("X Y village", "قرية X Y")?"""
    n = len(toks)
    k = end
    while k + 1 < n and toks[k].low in CAMP_MODIFIERS and not toks[k].brk and \
            toks[k + 1].low in ("camp", "camps"):
        k += 1  # "X IDP Camp"
    after = k < n and toks[k].kind == "community" and not toks[k].brk
    before = i > 0 and toks[i - 1].kind == "community" and toks[i - 1].arabic
    return bool(after or before)


def kind_framed(toks: list[Tok], i: int, j: int) -> bool:
    """Is toks[i:j] framed by an English kind word: "X town", "the city of X"?"""
    after = j < len(toks) and toks[j].kind == "community" and not toks[j].brk
    before = i > 1 and toks[i - 1].low == "of" and toks[i - 2].kind == "community" and \
        not toks[i - 1].brk and not toks[i].brk
    return bool(after or before)


def camp_framed(toks: list[Tok], i: int, end: int, mixed: bool) -> bool:
    """Is toks[i:end] a camp's name: "X Y (IDP) Camp" in a capitalised text, "مخيم X Y"?"""
    n = len(toks)
    k = end
    while k < n and toks[k].low in CAMP_MODIFIERS and not toks[k].brk:
        k += 1
    after = mixed and k < n and toks[k].low in ("camp", "camps") and not toks[k].brk
    before = i > 0 and toks[i - 1].arabic and toks[i - 1].low == _CAMP
    return after or before


def construct_kind(toks: list[Tok], i: int) -> bool:
    """Is toks[i] an Arabic kind word in the construct state ("بادية X", no article)?"""
    t = toks[i]
    return t.arabic and t.kind is not None and not _ARTICLE.match(fold_arabic(t.orig)) \
        and i + 1 < len(toks) and not toks[i + 1].brk


def framed_by_prepositions(toks: list[Tok], i: int, j: int) -> bool:
    """Is the one capitalised word toks[i:j] framed as a place on both sides: a place
    preposition before it and "in" after it ("attacks against Dariyya in Damascus
    suburb")? Then a two-consonant name is looked up too."""
    words = [t for t in toks[i:j] if not t.article]
    if len(words) != 1 or not words[0].cap or j >= len(toks) or toks[j].brk or \
            toks[j].low != "in":
        return False
    k = i - 1
    while k >= 0 and toks[k].article:
        k -= 1
    return k >= 0 and not toks[k + 1].brk and toks[k].low in _PLACE_PREPOSITIONS


def capitalised(window: list[Tok]) -> bool:
    # Every name word capitalised, except one right after an article ("al-sayyida").
    for k, w in enumerate(window):
        if w.article or w.cap:
            continue
        if k > 0 and window[k - 1].article:
            continue
        return False
    return True


def unknown_runs(toks, unknown):
    runs = []
    for a, b in unknown:
        start = a
        # Take in an article just before ("al-Zaitun").
        if start > 0 and toks[start - 1].article and not toks[start].brk:
            start -= 1
        if runs and runs[-1][1] == start and not toks[start].brk and b - runs[-1][0] <= 3:
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((start, b))
    return runs


def prev_word(toks: list[Tok], i: int) -> str | None:
    k = i - 1
    while k >= 0 and toks[k].article:
        k -= 1
    return toks[k].low if k >= 0 else None
