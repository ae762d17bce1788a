"""Reading a place description: words, and what each word is.

The first step of the geocoder (:mod:`geo.geocode`): the text is cut into
words (Latin and Arabic), and each word is classed once, by the tables of
:mod:`geo.geocode.words`: a name word, an article, a kind word ("village"),
a direction ("eastern"), or a common word that never begins a name. Per-word
normalised forms and skeletons (:func:`geo.names.word_forms`) are kept so
that windows of words can be looked up without normalising them again.

>>> [t.low for t in tokens("Shawa village in al-Ra'ie area", True)]
['shawa', 'village', 'in', 'al', 'raie', 'area']
>>> is_mixed_case("Shawa village"), is_mixed_case("SHAWA VILLAGE")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..names import APOSTROPHE_CHARS, collapse, fold_arabic, is_arabic, word_forms
from .words import DIRECTION, KIND, STOP, arabic_word

__all__ = ["Tok", "tokens", "is_mixed_case", "clean"]

# Marks that are not letters: Arabic harakat and tatweel, and the Latin combining marks
# NFKC cannot fold into a letter ("Z̧uhūr"); left in, they would split a word in two.
_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0300-\u036F]")


def clean(text: str) -> str:
    """The text as the geocoder reads it: NFKC, without vowel marks or tatweel.

    >>> clean("حَلَب"), clean("Abū az̧ Z̧uhūr")
    ('حلب', 'Abū az Zuhūr')
    """
    if text.isascii():
        return text  # (NFKC leaves ASCII as it is, and every mark is beyond it)
    return _MARKS.sub("", unicodedata.normalize("NFKC", text))


# ("أبوالظهور" is two words, "أبو الظهور": the father-of word run into the article of the next; fix4950)
_TOKEN = re.compile(rf"(?<![^\W_])[أاإآ]بو(?=ال[^\W_]{{2}})|[^\W_]+(?:[{APOSTROPHE_CHARS}][^\W_]+)*")
# The same words in a text without "بو", where the first branch cannot match: a fifth faster, tried at every letter.
_TOKEN_PLAIN = re.compile(rf"[^\W_]+(?:[{APOSTROPHE_CHARS}][^\W_]+)*")
_BREAK = re.compile(r"[,.;:()\[\]\"!?؛،/|]|\s[-–—]\s|[–—]")
# A quotation mark that opens a name right after its kind word: Arabic press quotes names,
# "حي \" الحيدرية \"", "بلدة \"الزارة\"". The kind word still frames the name (g259).
_OPENING_QUOTE = re.compile(r"\s*[\"“«]\s*")
# Arabic writes a kind word's name in brackets as in quotes: "مدرسة (سعد الأنصاري)" (geo36, g552).
_OPENING_PAREN = re.compile(r"\s*\(\s*")


@dataclass(slots=True)
class Tok:
    """One word of a description and what it is."""

    orig: str
    start: int
    end: int
    low: str  # lower case (Latin) or folded (Arabic)
    norm: str
    skel: str
    article: bool
    arabic: bool
    cap: bool
    brk: bool  # a punctuation break before this token
    hyph: bool = False  # joined to the previous token by a hyphen
    kind: str | None = None
    direction: tuple[float, float] | None = None
    nameable: bool = False
    poss: bool = False  # a possessive ("Idlib's")


# Article forms that are also English words: an article only when hyphened to
# the next word ("as-Suwayda", "at-Tall", "an-Nabk").
_HOMOGRAPHS = {"at", "an", "as", "ad", "ed", "en", "er", "es", "et", "il", "ul", "l"}


def _word_class(word: str, mixed_case: bool):
    """What one word is, independent of its neighbours (cached by :func:`tokens`: words repeat
    across reports).

    Returns ``(word, low, norm, skel, article, arabic, cap, kind, direction, nameable)``
    or None for a word with no letters.
    """
    if word.isdigit() and word.isascii():
        # A number ("54 people", "2013", "(3)"): no name word, and nothing of the name functions
        # needed for its forms (doubled digits collapse in the normalised form, as in any word).
        return word, word, collapse(word), word, False, False, False, None, None, False, False
    arabic = is_arabic(word)
    possessive = False
    if not arabic and len(word) > 4 and word[-2] in "'’" and word[-1] in "sS":
        # "SNHR's", "city's", "Idlib's": a possessive ("Ra's al-Ain" keeps its 's).
        word, possessive = word[:-2], True
    norm, skel, article = word_forms(word)
    if not norm and not article:
        return None
    if arabic:
        low = fold_arabic(word).replace(" ", "")
        cap = True
        key = arabic_word(low, KIND)
        kind = KIND[key] if key else None
        key = arabic_word(low, DIRECTION)
        direction = DIRECTION[key] if key else None
        stop = arabic_word(low, STOP) is not None
    else:
        # (an ASCII word is its own NFKD form)
        low = word.lower() if word.isascii() else \
            unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
        low = _APOSTROPHE.sub("", low)
        cap = word[:1].isupper()
        kind = KIND.get(low)
        direction = DIRECTION.get(low)
        stop = low in STOP or low.isdigit()
        # "SNA", "HTS": acronyms are forces, not places, in a mixed-case text.
        if mixed_case and word.isupper() and 1 < len(word) <= 5:
            stop = True
    nameable = not (stop or kind or direction) or (article and not kind)
    return word, low, norm, skel, article, arabic, cap, kind, direction, nameable, possessive


_APOSTROPHE = re.compile(f"[{APOSTROPHE_CHARS}]")


# Each word's class, by whether the text is in mixed case: a plain dict per case, not an
# lru_cache, since every word of every text is looked up (no key tuple, no recency list).
_CLASSES_MIXED: dict[str, tuple | None] = {}
_CLASSES_PLAIN: dict[str, tuple | None] = {}
_UNSEEN = object()


def tokens(text: str, mixed_case: bool) -> list[Tok]:
    out: list[Tok] = []
    prev: Tok | None = None  # the last word kept
    prev_end = 0
    classes = _CLASSES_MIXED if mixed_case else _CLASSES_PLAIN
    for m in (_TOKEN if "بو" in text else _TOKEN_PLAIN).finditer(text):
        start, end = m.span()
        word = m.group()
        cls = classes.get(word, _UNSEEN)
        if cls is _UNSEEN:
            if len(classes) >= 100_000:
                classes.clear()  # bounded, as the lru_cache was
            cls = classes[word] = _word_class(word, mixed_case)
        gap = text[prev_end:start]
        prev_end = end
        if cls is None:
            continue
        # A possessive ends a name: "Idlib's al-Dana town" is two names.
        if prev is None:
            brk = False
        elif gap == " ":
            brk = prev.poss  # (a plain space: no punctuation, no opening quote)
        else:
            brk = _BREAK.search(gap) is not None or prev.poss
            if brk and prev.kind and (_OPENING_QUOTE.fullmatch(gap) or
                                      prev.arabic and _OPENING_PAREN.fullmatch(gap)):
                brk = False
        hyph = gap == "-"
        if prev is not None and prev.article and not hyph and prev.low in _HOMOGRAPHS:
            # "at Kansafra", "as others": English words, not the article of "at-Tall".
            prev.article = False
            prev.nameable = False
            prev.norm, prev.skel = prev.low, ""
        word, low, norm, skel, article, arabic, cap, kind, direction, nameable, poss = cls
        prev = Tok(word, start, end, low, norm, skel, article, arabic, cap, brk, hyph,
                   kind, direction, nameable, poss)
        out.append(prev)
    if prev is not None and prev.article and prev.low in _HOMOGRAPHS:
        prev.article = False
        prev.nameable = False
    if is_arabic(text):  # (both look at Arabic words only)
        _months_in_dates(out)
        _new_after_an_event(out)
    return out


# "مجزرة جديدة في مدينة حرستا" (a new massacre in Harasta): "جديدة" after an event's noun, before no name, is its
# adjective, not the villages named Jdideh (round 55, g711, after its measurement: fix55)
_EVENT_NOUNS_AR = {fold_arabic(w) for w in ("مجزرة", "غارة", "غارات", "حملة", "هجمة", "هجوم", "قصف", "مجازر", "جريمة")}
_NEW_AR = {fold_arabic(w) for w in ("جديدة", "جديد")}


def _new_after_an_event(toks: list[Tok]) -> None:
    """Mark "جديدة" (new) as no name word when it follows an event's noun and no name word follows it.

    >>> [t.nameable for t in tokens("مجزرة جديدة في مدينة حرستا", False)]
    [False, False, False, False, True]
    >>> tokens("قرية جديدة يابوس", False)[1].nameable
    True
    """
    for k in range(1, len(toks)):
        t = toks[k]
        if not (t.arabic and t.low in _NEW_AR and not t.brk and toks[k - 1].low in _EVENT_NOUNS_AR):
            continue
        after = toks[k + 1] if k + 1 < len(toks) else None
        if after is None or after.brk or not after.nameable:
            t.nameable = False


# Arabic month names that are also villages as written (تشرين, شباط, آذار; the others are STOP):
# a month in a date's shape, never a place. (Round 22, g424, after its measurement: "يوم
# 16تشرين الأول/ نوفمبر", "في 3 تشرين الثاني 2019" had stood for the villages named Tishrine.)
_VILLAGE_MONTHS = {fold_arabic(w) for w in ("تشرين", "شباط", "آذار", "اذار")}
_MONTH_ORDINALS = {fold_arabic(w) for w in ("الأول", "الثاني")}
_KANUN = fold_arabic("كانون")
_GLUED_DAY = re.compile(r"\d{1,2}(?=\D)")


def _months_in_dates(toks: list[Tok]) -> None:
    """Mark a month name in a date's shape as no name word: a day before it (a number, or
    glued to it: "16تشرين"), "الأول"/"الثاني" or a year after it.

    >>> [t.nameable for t in tokens("قتل في 16تشرين الأول في قرية تشرين", False)]
    [False, False, False, False, False, False, True]
    >>> tokens("في 3 شباط 2020", False)[2].nameable
    False
    """
    for k, t in enumerate(toks):
        # (most words are neither: two cheap tests before the regex)
        if not t.arabic or not (t.low[:1].isdigit() or t.low in _VILLAGE_MONTHS or t.low == _KANUN):
            continue
        glued = _GLUED_DAY.match(t.low)
        month = t.low[glued.end():] if glued else t.low
        after = toks[k + 1] if k + 1 < len(toks) else None
        if month == _KANUN and after is not None and not after.brk and after.low in _MONTH_ORDINALS:
            after.nameable = False  # ("كانون" is STOP; its "الأول" is no name either)
        if month not in _VILLAGE_MONTHS:
            continue
        before = toks[k - 1].low.lstrip("و") if k else ""
        ordinal = after is not None and not after.brk and after.low in _MONTH_ORDINALS
        if glued or ordinal or (before.isdigit() and len(before) <= 2) or (
                after is not None and not after.brk and after.low.isdigit() and len(after.low) == 4):
            t.nameable = False
            if ordinal:
                after.nameable = False


_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = b"abcdefghijklmnopqrstuvwxyz"


def is_mixed_case(text: str) -> bool:
    """Does the text use capitals as English prose does (so they mark names)?"""
    # ASCII letters counted as bytes of the UTF-8 form (a letter beyond ASCII has no ASCII
    # byte): ten times faster than two regex scans, the same counts.
    data = text.encode("utf-8", "surrogatepass")
    upper = len(data) - len(data.translate(None, _UPPER))
    lower = len(data) - len(data.translate(None, _LOWER))
    return upper > 0 and lower > 0 and upper < 0.6 * (upper + lower)
