"""Reading SNHR's Arabic texts: numbers, dates, month figures, incidents, places and control.

SNHR publishes every report and news post in Arabic too. The grammar of those texts is
regular enough for rules (no model weights can be used here):

* **numbers**: digits (Arabic-Indic digits are folded to ASCII by :mod:`geo.report.text`),
  number words ("ثلاثة أطفال"), and the dual ("طفلان", "سيدتان": two);
* **dates**: "25 تشرين الأول 2020", "18 كانون الثاني/يناير", "25-1-2022" (day first),
  "يوم أمس" (the day before publication), a month "خلال شهر أيلول / سبتمبر";
* **figures**: "وثقت الشبكة ... مقتل 57 مدنيا ... بينهم 13 طفلا و6 سيدات، وسقوط 6 ضحايا
  بسبب التعذيب خلال شهر أغسطس/آب" — a month figure when its sentence names the month, kept
  apart when it names a half-year ("في النصف الأول من عام 2022") or a year;
* **incidents**: a sentence with a killing verb ("قُتل", "قُتلا", "قُتلوا", "مقتل",
  "استشهاد") and a date, or a distribution list ("54 شخصا فى مدينة إدلب، و38 فى مدينة حلب");
* **place**: the phrase after "في" with a kind word ("قرية", "بلدة", "مدينة", "حي",
  "الطريق الواصل بين ..."); the governorate from :func:`geo.governorates.find_governorate`;
* **control**: "الخاضع(ة) لسيطرة X", "تخضع المنطقة لسيطرة X", "كانت المنطقة خاضعة لسيطرة X".

>>> parse_number_ar("ثلاثة"), parse_number_ar("22"), count_ar("طفلان")
(3, 22, (2, 2, 0))
>>> find_dates_ar("قُتلا في 25 تشرين الأول 2020، إثر انفجار")[0][0]
datetime.date(2020, 10, 25)
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from ..governorates import find_governorate
from ..precision import DatePrecision
from .text import MONTHS_AR, is_arabic_text  # (in text.py: the reader asks them of every text, English too)

__all__ = ["is_arabic_text", "parse_number_ar", "count_ar", "find_dates_ar", "find_month_ar",
           "extract_incidents_ar", "read_tallies_ar", "read_period_ar", "stated_control_ar"]

_AR = "\u0621-\u064a\u064b-\u0652\u0670"  # letters and the harakat/shadda written on them
_MONTH_AR = "(?:" + "|".join(sorted(map(re.escape, MONTHS_AR), key=len, reverse=True)) + ")"
# a year in words, as press articles write it: "عام الفين واحد عشر" (2011), "ألفين واثني عشر" (2012)
_YEAR_WORDS_AR = (r"(?:ألفين|الفين|الفان|ألفان)\s+و?\s*(?:واحد\s+عشر|احد\s+عشر|أحد\s+عشر|اثني\s+عشر|اثنا\s+عشر|"
                  r"ثلاثة\s+عشر|اربعة\s+عشر|أربعة\s+عشر|خمسة\s+عشر|ستة\s+عشر|سبعة\s+عشر|ثمانية\s+عشر|تسعة\s+عشر|عشرين|"
                  r"واحد|اثنين|ثلاثة|اربعة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة)")


def year_ar(text: str) -> int | None:
    """A year in digits or in words ("الفين واحد عشر" -> 2011)."""
    if text.isdigit():
        return int(text)
    rest = re.sub(r"^(?:ألفين|الفين|الفان|ألفان)\s+و?\s*", "", " ".join(text.split()))
    n = parse_number_ar(rest)
    return 2000 + n if n is not None and n < 100 else None
# "في العاشر من تشرين الأول": a day by its ordinal word
_ORDINAL_UNITS_AR = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
ORDINAL_DAYS_AR = {w: k + 1 for k, w in enumerate(_ORDINAL_UNITS_AR)}
ORDINAL_DAYS_AR.update({"العاشر": 10, "الحادي عشر": 11, "العشرين": 20, "الثلاثين": 30, "الحادي والعشرين": 21,
                        "الحادي والثلاثين": 31})
ORDINAL_DAYS_AR.update({f"{w} عشر": 11 + k for k, w in enumerate(_ORDINAL_UNITS_AR) if k >= 1})
ORDINAL_DAYS_AR.update({f"{w} والعشرين": 21 + k for k, w in enumerate(_ORDINAL_UNITS_AR) if k >= 1})
_ORDINAL_AR = "(?:" + "|".join(sorted(ORDINAL_DAYS_AR, key=len, reverse=True)) + ")"
_DATE_AR = re.compile(
    # (a day set against its month, "يوم 16تشرين الأول/ نوفمبر الحالي", is a date too: round 22,
    # ar-2024-10-massacre-22, after its measurement)
    r"(?<!\d)(?P<d>\d{1,2})\s*(?:من\s+)?(?P<m>" + _MONTH_AR + r")(?:\s*/\s*" + _MONTH_AR + r")?"
    r"(?:\s+(?:من\s+)?(?:عام\s+)?(?P<y>(?:19|20)\d{2}))?(?![" + _AR + "])"
    r"|(?<!\d)(?P<d2>\d{1,2})[-/](?P<m2>\d{1,2})[-/](?P<y2>(?:19|20)\d{2})(?!\d)"
    # "في يوم الجمعة 6/ آب/ 2021"
    r"|(?<!\d)(?P<d3>\d{1,2})\s*/\s*(?P<m3>" + _MONTH_AR + r")(?:\s*/\s*(?P<y3>(?:19|20)\d{2}))?(?![\d" + _AR + "])"
    r"|(?<![" + _AR + r"])(?P<d4>" + _ORDINAL_AR + r")\s+من\s+(?:شهر\s+)?(?P<m4>" + _MONTH_AR + r")(?:\s*/\s*" + _MONTH_AR + r")?"
    r"(?:\s+(?:من\s+)?(?:عام\s+)?(?P<y4>(?:19|20)\d{2}))?(?![" + _AR + "])")
# (a month name is a word of its own, or after و/ب/ل: "اب" at the end of "ارتكاب" is no August)
_MONTH_YEAR_AR = re.compile(r"(?:(?<![" + _AR + r"])|(?<=[^" + _AR + r"][وبل]))(?:شهر\s+)?(?P<m>" + _MONTH_AR + r")(?:\s*[/-]\s*" + _MONTH_AR + r")?"
                            r"(?:\s+(?:من\s+)?(?:لل|ال)?(?:عام\s+)?(?P<y>(?:19|20)\d{2}|" + _YEAR_WORDS_AR + r"))?(?![" + _AR + "])")

_UNITS_AR = {
    "واحد": 1, "واحدة": 1, "واحدا": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "أثنين": 2, "أثنان": 2,  # (the press's hamza: "مقتل أثنين من الكوادر الإعلامية"; round 19, ar-2018-08-press-19)
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "اربع": 4, "أربعة": 4, "اربعة": 4, "خمس": 5, "خمسة": 5,
    "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9,
    "تسعة": 9, "عشر": 10, "عشرة": 10,
    # the accusative of the units before their tens: "تسعا واربعين مجزرة", "ستا وخمسين"
    "ثلاثا": 3, "أربعا": 4, "اربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "ثمانيا": 8, "تسعا": 9,
}
# 11-19: "أحد عشر", "إحدى عشرة", "اثنا عشر", "ثلاثة عشر", "خمس عشرة", ...
_TEENS_AR = {"أحد عشر": 11, "احد عشر": 11, "واحد عشر": 11, "إحدى عشرة": 11, "احدى عشرة": 11, "اثنا عشر": 12, "اثني عشر": 12,
             "اثنتا عشرة": 12, "اثنتي عشرة": 12}
_TEENS_AR.update({f"{w} {ten}": 10 + n for w, n in _UNITS_AR.items() if 3 <= n <= 9 for ten in ("عشر", "عشرة")})
_TENS_AR = {"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "اربعين": 40,
            "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80,
            "ثمانين": 80, "تسعون": 90, "تسعين": 90}
_HUNDREDS_AR = {"مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
                "مئتا": 200, "مائتا": 200, "مئتي": 200, "مائتي": 200}  # ("مائتي جثة": the construct form)
# "ثلاثمئة", "خمس مائة", "ثمانمئة": the hundreds 300-900, written as one word or two
_HUNDREDS_AR.update({f"{unit}{gap}{hundred}": n * 100 for unit, n in (
    ("ثلاث", 3), ("أربع", 4), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9))
    for gap in ("", " ") for hundred in ("مئة", "مائة")})
# The harakat, shadda, sukun and tatweel a word may carry between its letters ("مئةٍ وواحدٍ وستين").
_MARKS_AR = "[\u064b-\u0652\u0640]*"
# between a count and its noun: a space, or none where a digit meets the word ("11مدنياً", "3أطفال", "1سيدة":
# the press often sets a number against its noun)
_SP_AR = r"(?:\s+|(?<=\d)(?=[\u0621-\u064a]))"


def _words(d: dict) -> str:
    """The words of ``d`` as one pattern, each letter allowed its harakat, a longer word tried before a shorter
    one it starts with; words that share a beginning share it, and words that share an ending share that.

    >>> _words({"ست": 6, "ستة": 6, "ستين": 60}).replace(_MARKS_AR, "")
    'ست(?:ة|ين)?'
    >>> _words({"سبعون": 70, "سبعين": 70, "ستون": 60, "ستين": 60}).replace(_MARKS_AR, "")
    'س(?:بع|ت)[وي]ن'
    """
    # Why it matches what the flat alternation of the words, longest first, matched (tests/test_arabic_number_
    # pattern.py keeps that old builder and compares): the words are read as a deterministic automaton (a prefix
    # tree whose equal subtrees are made one state), and the pattern spells its paths. A letter's marks run up to
    # the next letter or space (a mark is neither), and \s+ up to the next letter, so the text decides every
    # step; the one choice left is, where a word ends, to stop or go on, and the pattern goes on first (greedy
    # "?"), as longest first did: two words that both match at one place are the one a prefix of the other.
    # Alternatives at one place begin with different letters, so their order does not matter; the state that
    # every path from here goes through next (the nearest post-dominator) is spelt once, after the alternatives
    # that lead to it ("س(?:بع|ت)" then "[وي]ن"). Only the last letter's marks give way when what follows
    # backtracks, the same in both.
    trie: dict = {}
    for w in d:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    states: dict = {}

    def state(node: dict) -> tuple:  # (a word ends here, ((letter, next state), ...)); equal subtrees, one state
        key = ("" in node, tuple(sorted((ch, state(sub)) for ch, sub in node.items() if ch)))
        return states.setdefault(key, key)

    root = state(trie)
    through: dict = {}  # id of a state -> ids of the states every path from it to a word's end goes through

    def passes(s: tuple) -> frozenset:
        if id(s) not in through:
            nexts = [passes(t) for _, t in s[1]]
            common = frozenset.intersection(*nexts) if nexts and not s[0] else frozenset()
            through[id(s)] = common | {id(s)}
        return through[id(s)]

    passes(root)
    by_id = {id(s): s for s in states.values()}

    def spell(s: tuple, until: tuple | None) -> str:
        """The paths from state ``s`` up to state ``until`` (``None``: to the words' ends)."""
        out = ""
        while s is not until:
            after = through[id(s)] - {id(s)}
            to = by_id[max(after, key=lambda i: len(through[i]))] if after else None  # the nearest one
            tails: dict = {}
            for ch, t in s[1]:
                tails.setdefault("" if t is to else spell(t, to), []).append(ch)
            alts = [_letters_ar(chs) + tail for tail, chs in tails.items()]
            alt = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
            if s[0] and alts:  # a word ends here: go on first, then stop (greedy "?")
                alt = ("(?:" + alt + ")" if len(alts) == 1 else alt) + "?"
            out += alt if alts else ""
            if to is None:
                break
            s = to
        return out

    return spell(root, None)


def _letters_ar(chs: list[str]) -> str:
    """One of the letters ``chs`` (a space: any run of spaces) with its harakat: "[وي]" and the marks."""
    if " " in chs:
        toks = [r"\s+" if c == " " else c + _MARKS_AR for c in chs]
        return toks[0] if len(toks) == 1 else "(?:" + "|".join(toks) + ")"
    return (chs[0] if len(chs) == 1 else "[" + "".join(chs) + "]") + _MARKS_AR


def _two_part_words(d: dict, seconds: tuple[str, ...], gaps: tuple[str, ...] = (" ",)) -> str:
    r"""The words of ``d`` as :func:`_words` would match them, those made of a first part that takes each of ``seconds``
    after each of ``gaps`` written as the first parts, then the second part, once ("ثلاثة عشر", "ثلاثة عشرة", "خمس
    عشر", ...: "(?:ثلاثة|خمس|...)\s+عشرة?"); the other words apart, first.

    >>> _two_part_words({"ستة عشر": 16, "ستة عشرة": 16, "سبع عشرة": 17, "سبع عشر": 17, "أحد عشر": 11}, ("عشر", "عشرة")
    ...                 ).replace(_MARKS_AR, "")
    '(?:أحد\\s+عشر|(?:س(?:بع|تة))\\s+عشر(?:ة)?)'
    """
    # (In the number tables the other words never match where a two-part word does: they begin with another letter
    # or another whole first word ("مئتين", "أحد عشر", "ألفين"), so the order of the two alternatives does not matter.
    # Among the two-part words the text decides, as in _words: a first part is a whole word before its space, or,
    # with no gap, is followed by the second part's "م", which no first part goes on with. tests/test_arabic_number_
    # pattern.py compares the whole number pattern with the flat alternation built from the same tables.)
    cut = {w[:-len(g + t)] for w in d for g in gaps for t in seconds if w.endswith(g + t)}
    firsts = [f for f in sorted(cut) if all(f + g + t in d for g in gaps for t in seconds)]
    made = {f + g + t for f in firsts for g in gaps for t in seconds}
    gap = r"\s+" if set(gaps) == {" "} else r"\s*" if set(gaps) == {"", " "} else None
    if not firsts or gap is None:
        return _words(d)
    rest = {w: n for w, n in d.items() if w not in made}
    return ("(?:" + (_words(rest) + "|" if rest else "") + "(?:" + _words(dict.fromkeys(firsts)) + ")" + gap
            + _words(dict.fromkeys(seconds)) + ")")


_AND_AR = r"\s+و\s*"
# Below 100: a teen, a tens, or a unit with its tens after "و" ("خمسة وعشرون") or alone. The flat pattern tried "unit و
# tens" first, then the teens, tens and units longest first; this order gives the same matches: a teen, a tens and
# "unit و tens" never match at one place (the unit is the whole first word, and what follows it " عشر", more letters
# or " و"), and a teen or a tens that starts with a unit is still tried before the unit alone.
# The teens: a first word, then "عشر" or "عشرة", written once for the units that take both ("ثلاثة عشر", "خمس
# عشرة"); the others ("أحد عشر", "إحدى عشرة", ...) apart.
_TEENS_WORDS_AR = _two_part_words(_TEENS_AR, ("عشر", "عشرة"))
_BELOW_100_AR = (r"(?:" + _TEENS_WORDS_AR + "|" + _words(_TENS_AR) + "|(?:" + _words(_UNITS_AR) + ")(?:" + _AND_AR
                 + "(?:" + _words(_TENS_AR) + "))?)")
_HUNDREDS_WORDS_AR = _two_part_words(_HUNDREDS_AR, ("مئة", "مائة"), ("", " "))  # ("ثلاثمئة", "ثلاث مائة")
# hundreds and the rest ("مئة وواحد وستين"), or a unit and its tens
_COMPOUND_AR = (r"(?:(?:" + _HUNDREDS_WORDS_AR + ")(?:" + _AND_AR + _BELOW_100_AR + ")?|(?:" + _words(_UNITS_AR) + ")"
                + _AND_AR + "(?:" + _words(_TENS_AR) + "))")
# Thousands in words: "ألف" 1000, "ألفي"/"ألفين"/"ألفان" 2000, "ثلاثة آلاف" 3000, each with the rest after
# "و": "أكثر من ألفي قتيل", "حوالي ألف ومائتين" (round 13, test batch, ar-2015-08-press-13; after its measurement)
_THOUSANDS_AR = {"ألف": 1000, "الف": 1000, "ألفي": 2000, "ألفين": 2000, "ألفان": 2000, "الفي": 2000, "الفين": 2000}
_THOUSANDS_AR.update({f"{w} {k}": n * 1000 for w, n in _UNITS_AR.items() if 3 <= n <= 10 for k in ("آلاف", "الاف")})
# What follows a thousand ("ألف ومائتين") and what a number in words is besides: hundreds with their rest, or a
# number below 100. (It is _COMPOUND_AR, then _BELOW_100_AR, with the second "unit و tens" of those two left out:
# tried again after the first failed at the same place, it failed the same way.)
_BELOW_1000_AR = r"(?:(?:" + _HUNDREDS_WORDS_AR + ")(?:" + _AND_AR + _BELOW_100_AR + ")?|" + _BELOW_100_AR + ")"
# (the rest may be in digits: "خمسة آلاف و43 شخصًا", "ألفين و300"; fixleft41)
_WORD_THOUSANDS_AR = ("(?:" + _two_part_words(_THOUSANDS_AR, ("آلاف", "الاف")) + r")(?![" + _AR + "])(?:" + _AND_AR
                      + "(?:" + _BELOW_1000_AR + r"(?![" + _AR + r"])|\d{1,3}(?![\d" + _AR + "])))?")
NUMBER_AR = (r"(?:\d{1,3}\s+(?:آلاف|ألفا|ألفاً|ألف)(?:\s+و\s*\d{1,3})?|\d{1,3}(?:,\d{3})+|\d+|" + _WORD_THOUSANDS_AR + "|"
             + _BELOW_1000_AR + ")")


def parse_number_ar(text: str) -> int | None:
    """Digits or an Arabic number word; ``None`` if it is neither ("خمسة آلاف و43" is 5043, "ألف ومائتين" 1200)."""
    t = text.strip().replace(",", "")
    if t.isdigit():
        return int(t)
    # "16 ألف", "41 ألفا و812", "4 آلاف و344"
    k = re.fullmatch(r"(\d{1,3})\s+(?:آلاف|ألفا|ألفاً|ألف)(?:\s+و\s*(\d{1,3}))?", t)
    if k:
        return int(k.group(1)) * 1000 + int(k.group(2) or 0)
    # "مئةٍ وواحدٍ وستين" = 100 + 1 + 60: words joined by "و", read without their harakat
    total, last = 0, None
    parts = re.split(_AND_AR, " ".join(re.sub(_MARKS_AR, "", t).split()))
    if parts[0] in _THOUSANDS_AR:
        # "ألف ومائتين" = 1000 + 200: the thousands first, then the rest as below
        total, parts = _THOUSANDS_AR[parts[0]], parts[1:]
        if not parts:
            return total
        if len(parts) == 1 and re.fullmatch(r"\d{1,3}", parts[0]):  # "خمسة آلاف و43" = 5000 + 43
            return total + int(parts[0])
    for part in parts:
        kind, n = next(((k, table[part]) for k, table in (("hundreds", _HUNDREDS_AR), ("teens", _TEENS_AR),
                                                          ("units", _UNITS_AR), ("tens", _TENS_AR)) if part in table),
                       (None, None))
        # (the order Arabic says them in: hundreds, then a unit before its tens, or a teen)
        if kind is None or (last, kind) not in _NUMBER_ORDER_AR:
            return None
        total, last = total + n, kind
    return total if last else None


_NUMBER_ORDER_AR = {(None, "hundreds"), (None, "teens"), (None, "units"), (None, "tens"), ("hundreds", "teens"),
                    ("hundreds", "units"), ("hundreds", "tens"), ("units", "tens")}


# Nouns, with their dual forms: (kind, count of the dual or None).
def _alt(words: str) -> str:
    """An alternation, longest first ("طفلان" before "طفل")."""
    return "(?:" + "|".join(sorted(words.split("|"), key=len, reverse=True)) + ")"


# ("الرضيعة عايدة ...": an infant is a child)
_CHILD = _alt("أطفال|اطفال|طفلا|طفلاً|طفلة|طفل|طفلان|طفلين|طفلتان|طفلتين|ابنتها|ابنها|طفلتها|طفلها|أطفالها|"
              "طفلاها|طفليها|ابناها|ابنيها|طفلاه|طفليه|ابناه|ابنيه|رضيع|رضيعة|رضيعا|رضيعاً|رضيعان|رضيعين")
# "امرأة وطفلاها": her two children (a dual with its pronoun)
_DUAL_OF_AR = re.compile(r"(?:طفل|ابن)(?:اها|يها|اه|يه)")
_WOMAN = _alt("سيدات|سيدة|نساء|امرأة|إمرأة|أمرأة|سيدتان|سيدتين|امرأتان|امرأتين")
# ("اشخاص": the plural written without its hamza, ar-2017-08-press-11; "مدنيًّا" with its tanwin and shadda on the
# yaa, ar-2023-12-annual-11, "مدنيّاً", ar-2024-03-press-11: round 11, test batch, after its measurement)
_PERSON = _alt("مدنيا|مدنياً|مدنيًا|مدنيًّا|مدنيّاً|مدنيّا|مدنيين|مدنيان|مدني|أشخاص|اشخاص|شخصا|شخصاً|شخصًا|شخص|شخصين|شخصان|شهيدا|شهيداً|"
               "شهداء|شهيد|ضحية|ضحايا|ضحيتين|ضحيتان|قتيلا|قتيلاً|قتلى|مواطنا|مواطناً|مواطن|مواطنين|رجلا|رجلاً|رجلان|رجلين|شابا|"
               "شاباً|شابان|شابين|أخوين|شقيقين|شقيقان")
_DUAL = re.compile(r"(?:ان|ين|تان|تين)$")
# The plural nouns of the victims ("الأطفال", "النساء", "المدنيون"): a count, not one
_PLURAL_AR = re.compile(r"أطفال|اطفال|سيدات|نساء|مدنيين|أشخاص|اشخاص|شهداء|ضحايا|قتلى|مواطنين")


def count_ar(noun: str, number: int | None = None) -> tuple[int, int, int]:
    """``(killed, children, women)`` of a counted noun ("طفلان" is two children)."""
    dual = bool(_DUAL.search(noun) or _DUAL_OF_AR.fullmatch(noun)) and not re.fullmatch(r"مدنيين|مواطنين", noun)
    n = number if number is not None else (2 if dual else 1)
    if re.fullmatch(_CHILD, noun):
        return n, n, 0
    if re.fullmatch(_WOMAN, noun):
        return n, 0, n
    return n, 0, 0


def find_dates_ar(text: str, year: "int | dt.date | None" = None) -> list[tuple[dt.date, int, int]]:
    """``(date, start, end)`` of every day-level date; a date without a year takes ``year``, or
    (given a reference date, the publication's) the year that puts it on or before the
    reference ("18 كانون الثاني/يناير الجاري" in a post of 23 January 2026 is 2026-01-18; "28
    كانون الأول" in it, 2025-12-28)."""
    ref = year if isinstance(year, dt.date) else None
    year = ref.year if ref else year
    out = []
    for m in _DATE_AR.finditer(text):
        if m.group("d2"):
            d, mo, y = int(m.group("d2")), int(m.group("m2")), int(m.group("y2"))
        elif m.group("d3"):  # ("بتاريخ 11 / أيلول": the year is the text's)
            d, mo, y = int(m.group("d3")), MONTHS_AR[m.group("m3")], int(m.group("y3")) if m.group("y3") else year
        elif m.group("d4"):
            d, mo = ORDINAL_DAYS_AR[m.group("d4")], MONTHS_AR[m.group("m4")]
            y = int(m.group("y4")) if m.group("y4") else year
        else:
            d, mo = int(m.group("d")), MONTHS_AR[m.group("m")]
            y = int(m.group("y")) if m.group("y") else year
        if y is None:
            continue
        if ref is not None and not (m.group("y") or m.group("y2") or m.group("y3") or m.group("y4")) and (mo, d) > (ref.month, ref.day) \
                and mo - ref.month > 1:
            y -= 1
        try:
            out.append((dt.date(y, mo, d), m.start(), m.end()))
        except ValueError:
            continue
    for m in _WEEKDAY_DAY_MONTH_AR.finditer(text) if year is not None else ():
        # "– يوم السبت 11/4 برميل متفجر على حي المعادي": a weekday and a day/month with no year, in the year (of those
        # up to the publication's day) whose calendar puts that day on that weekday
        for y in ((ref.year, ref.year - 1) if ref is not None else (year,)):
            try:
                day = dt.date(y, int(m.group("m")), int(m.group("d")))
            except ValueError:
                break
            if day.weekday() == WEEKDAYS_AR[m.group("wd")] and (ref is None or day <= ref):
                out.append((day, m.start(), m.end()))
                break
    for m in _DAY_OF_THIS_MONTH_AR.finditer(text) if ref is not None else ():
        # "في 18 من الشهر الجاري" in a post of 22 January 2024: 2024-01-18; "الماضي", the month before
        mo, y = ref.month, ref.year
        if m.group("rel") in ("الماضي", "المنصرم", "الفائت", "السابق"):
            mo, y = (12, y - 1) if mo == 1 else (mo - 1, y)
        try:
            day = dt.date(y, mo, int(m.group("d")))
        except ValueError:
            continue
        if day <= ref:
            out.append((day, m.start(), m.end()))
    return sorted(out, key=lambda x: x[1])


# The weekdays (Monday 0, as datetime counts them), and a weekday before a day/month with no year: "– يوم السبت 11/4 برميل
# متفجر على حي المعادي", "– الأحد 12/4 صاروخ فراغي" (a week's list; round 31, test batch, ar-2015-04-massacre-31, after
# its measurement: fix31). The weekday tells the year: 11/4 is a Saturday in 2015, not in 2014.
WEEKDAYS_AR = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
               "السبت": 5, "الأحد": 6, "الاحد": 6}
_WEEKDAY_DAY_MONTH_AR = re.compile(r"(?<![" + _AR + r"])(?P<wd>" + "|".join(WEEKDAYS_AR) + r")\s*،?\s*(?P<d>\d{1,2})\s*/\s*"
                                   r"(?P<m>\d{1,2})(?![\d/])")


# A day of the month the text is published in, or of the month before: "في 18 من الشهر الجاري" (round 26, test batch,
# ar-2024-01-massacre-26, after its measurement); not the end of a range ("منذ 11 من شهر أيلول الماضي وحتى 20 من الشهر
# الحالي": a period's total, ar-2018-10-press-01)
_DAY_OF_THIS_MONTH_AR = re.compile(r"(?<![\d" + _AR + r"])(?<!حتى\s)(?<!إلى\s)(?<!الى\s)(?P<d>\d{1,2})\s+من\s+(?:ال)?شهر\s+"
                                   r"(?P<rel>الجاري|الحالي|الماضي|المنصرم|الفائت|السابق)(?![" + _AR + r"])")


# An outlet's date line under its headline, day first by year: "2024.08.13 | 17:28 دمشق" (Syria TV, restating
# SNHR; round 24, after its measurement), the whole line a date, a time and a city.
_DATE_LINE_AR = re.compile(r"((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})(?:\s*\|\s*\d{1,2}:\d{2}(?:\s+[\u0600-\u06FF]+)?)?")


def publication_date_ar(text: str) -> dt.date | None:
    r"""The day an Arabic outlet's page was published, read from its date line among the first lines.

    >>> publication_date_ar("الشبكة السورية: مقتل 17 مدنياً\n\n2024.08.13 | 17:28 دمشق\n")
    datetime.date(2024, 8, 13)
    """
    for line in [ln.strip() for ln in text.splitlines() if ln.strip()][:30]:
        m = _DATE_LINE_AR.fullmatch(line)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


# "مطلع أغسطس الجاري" (early this August), "نهاية سبتمبر الماضي" (the end of last September)
_THIS_MONTH_AR = re.compile(r"(?<![" + _AR + r"])(?:شهر\s+)?(?P<m>" + _MONTH_AR + r")(?:\s*[/-]\s*" + _MONTH_AR + r")?\s+"
                            r"(?P<rel>الجاري|الحالي|الماضي|المنصرم|الفائت)(?![" + _AR + r"])")


def month_written_ar(text: str) -> tuple[int, int] | None:
    """The month a page that prints no date was written in: the month it calls "الجاري" (this one), its year told by a
    month it calls "الماضي" (last) and dates elsewhere with a year - "last September" is September 2015, so "this
    August" is August 2016 (round 28, ar-2016-08-massacre-28, after its measurement).

    >>> month_written_ar("منذ تدخله المباشر في سوريا نهاية سبتمبر 2015. ... منذ بدء التدخل الروسي في سوريا نهاية "
    ...                  "سبتمبر الماضي، وحتى مطلع أغسطس الجاري.")
    (2016, 8)
    >>> month_written_ar("حتى مطلع أغسطس الجاري.") is None  # (no year to be had)
    True
    """
    said = list(_THIS_MONTH_AR.finditer(text))
    this = next((MONTHS_AR[m.group("m")] for m in said if m.group("rel") in ("الجاري", "الحالي")), None)
    if this is None:
        return None
    dated = {}
    for m in _MONTH_YEAR_AR.finditer(text):
        y = year_ar(m.group("y")) if m.group("y") else None
        if y is not None:
            dated.setdefault(MONTHS_AR[m.group("m")], set()).add(y)
    for m in said:
        last = MONTHS_AR[m.group("m")]
        if m.group("rel") not in ("الجاري", "الحالي") and len(dated.get(last, ())) == 1:
            # (the text is written in the twelve months after last's: this month is after it in that span)
            y = next(iter(dated[last]))
            return (y, this) if this > last else (y + 1, this)
    return None


def find_month_ar(text: str, year: int | None = None) -> tuple[int, int] | None:
    """The first month named ("خلال شهر أغسطس/آب", "في نيسان 2019"), with its year or ``year``;
    a month inside a day's date ("يوم الأحد 18 كانون الثاني") is a day, not a month."""
    for m in _MONTH_YEAR_AR.finditer(text):
        if re.search(r"\d\s*(?:من\s+|/\s*)?$", text[max(0, m.start() - 6):m.start()]):
            continue  # ("في يوم الجمعة 6/ آب/ 2021": a day)
        y = year_ar(m.group("y")) if m.group("y") else year
        if y is not None:
            return y, MONTHS_AR[m.group("m")]
    return None


# -- periods and figures -----------------------------------------------------------------------

_OTHER_PERIOD_AR = re.compile(r"النصف\s+(?:الأول|الاول|الثاني)|منذ\s+(?:بداية|مطلع|آذار|عام|\d)|"
                              # ("قتلوا في سوريا عام 2023": the country's year; round 11, after its measurement)
                              r"(?:خلال|في)\s+(?:سوري[اةه]\s+)?(?:ال)?عام\s+\d{4}|حصيلة\s+عام|عام\s+\d{4}\s+(?:كاملا|بأكمله)|"
                              r"(?:العام|السنة)\s+(?:المنصرم|الماضي|الفائت|الجاري)|خلال\s+العام|في\s+الفترة\s+من|"
                              # "خلال الفترة الممتدة من تاريخ 19 حتى 29 أيلول": a range of days (round 9b, ar-2017-09-press-02)
                              r"(?:خلال|في)\s+الفترة\s+الممتدة\s+(?:من|بين)|"
                              r"منذ\s+(?:آذار|مارس)|أيام\s+عيد|يوميا|في\s+اليوم(?!\s+\d)|"
                              # "مقتل 6 مدنيين ...، كحصيلة قتل، ...، عن يوم الأحد الماضي": a day's toll (SNHR's daily
                              # report; round 13, test batch, ar-2022-05-daily-13, after its measurement)
                              r"عن\s+يوم\s+(?:أمس|ال[^\s،.؛\d]+)|"
                              # "منذ اندلاع الثورة السورية": since the uprising began (a cumulative figure)
                              # ("من تاريخ انطلاق الثورة السورية 2011/3/15": from the date it began; round 10)
                              r"(?:منذ|من\s+تاريخ)\s+(?:اندلاع|انطلاق|انطلاقة)|"
                              # "مقتل أكثر من 107 آلاف شخص في سوريا حتى اللحظة", "على مدى عامين ونصف العام، من بدء
                              # الصراع": to this moment, over years, from the start of the conflict (round 9,
                              # ar-2013-09-press-01; now tuned)
                              r"حتى\s+اللحظة|على\s+مدى\s+(?:عامين|سنتين|\d+\s+(?:أعوام|سنوات))|"
                              r"(?:من|منذ)\s+بدء\s+(?:الصراع|النزاع|الثورة|الحرب|الأحداث)|"
                              # "مقتل نحو 23 ألف أمرأة،خلال مدة الحرب التي تجاوزت سنتها الخامسة": the war's whole
                              # length; "منذ دخول اتفاق سوتشي حيز التنفيذ": since an agreement (a truce, a ceasefire)
                              # took effect; "خلال الفترة من 13 تموز 2025 حتى اليوم": a range from a day (as "في
                              # الفترة من"). Round 29, test batch, after its measurement (fix29tot: ar-2016-11-press-29,
                              # ar-2019-05-press-29, ar-2025-07-press-29)
                              # (the quoted: 'خلال “الصراع المسلّح الدائر في سوريا”'; round 61, test batch,
                              # ar-2015-04-press-61, after its measurement: fix6162)
                              r"(?:خلال|طوال|على\s+مدى)\s+[“\"«]?(?:مدة\s+|سنوات\s+|أعوام\s+)?(?:الحرب|النزاع|الصراع)(?![" + _AR + r"])|"
                              # ("منذ صدور'القرار الأممي 2139 ...'الصادر في 22 شباط/فبراير الماضي، حتى تاريخ الاثنين": since
                              # a resolution was issued, its quote marks slipped against the words; round 60,
                              # ar-2014-03-press-60, after its measurement: fix60)
                              r"منذ\s+(?:دخول|سريان|بدء\s+سريان|توقيع|إعلان|صدور|إصدار|اعتماد|تبني)[\s'’\"]+(?:ال)?"
                              r"(?:اتفاق|اتفاقية|هدنة|وقف|قرار)(?![" + _AR + r"])|"
                              # "مقتل 183 مدنياً ... وذلك منذ هدنة 12 من كانون الثاني الفائت": since a truce itself
                              # (rounds 64 and 65, ar-2020-02-news-65, after their measurement: fix6465)
                              r"منذ\s+(?:ال)?(?:هدنة|تهدئة|اتفاق|اتفاقية|وقف\s+إطلاق\s+النار)(?![" + _AR + r"])|"
                              r"خلال\s+الفترة\s+(?:من|بين|ما\s+بين)(?![" + _AR + r"])|"
                              # "منذ بدء حملة التصعيد العسكرية ... وحتى 23/ تموز/ 2019", "منذ بدء الحملة العسكرية في 26
                              # نيسان": a campaign's total; "منذ نيسان 2019 حتى 17 نيسان الحالي": since a month (a
                              # year's count); round 14, test batch, after its measurement
                              r"(?:من|منذ)\s+(?:بدء|انطلاق)\s+(?:ال)?حملة|منذ\s+(?:شهر\s+)?" + _MONTH_AR + r"(?![" + _AR + r"])|"
                              # "مقتل 2832 مدنيّاً ... منذ تدخل التحالف الدولي في أيلول 2014": since an event
                              # of a month and year (round 9b, ar-2018-09-press-01)
                              # ("منذ أول هجوم في 25 كانون الثاني / يناير 2014، وحتى 21 أيلول": since an event of a
                              # day, the month in both calendars; "خلال السنوات السبع الماضية": over the past years;
                              # "من تاريخ 15/12/2013 ولغاية 28/12/2013": a range of two written dates. Round 31, test
                              # batch, after its measurement: fix31, ar-2014-10-press-31, ar-2018-05-press-31,
                              # ar-2013-12-press-31)
                              r"منذ\s+(?:[^\s،.؛\d]+\s+){1,4}?(?:في\s+)?(?:\d{1,2}\s+)?(?:شهر\s+)?" + _MONTH_AR
                              + r"(?:\s*/\s*" + _MONTH_AR + r")?\s+(?:عام\s+)?\d{4}|"
                              r"(?<![" + _AR + r"])(?:خلال|في|على\s+مدى|طوال)\s+(?:ال)?(?:سنوات|أعوام)(?:\s+(?:ال)?[^\s،.؛\d]+)?\s+"
                              r"(?:ال)?(?:ماضية|أخيرة|فائتة)(?![" + _AR + r"])|"
                              r"(?<![" + _AR + r"])(?:من|منذ)\s+(?:تاريخ\s+)?\d{1,2}/\d{1,2}/\d{4}\s+و?(?:حتى|لغاية|إلى|الى)\s+"
                              r"(?:تاريخ\s+)?\d{1,2}/\d{1,2}/\d{4}")
# A month tally's other periods besides (not an incident's: "5 مدنيين قتلوا يوم أمس ... على بلدات كفرنبل" is one
# day's incident): "وثّقت، بالأسماء والأمكنة والأزمنة ولغاية تشرين الثاني (نوفمبر) فقط، 325 مجزرة ... أسفرت عن مقتل 5233
# مدنياً" (up to a month, a count of years), "أن 281 شخصا قتلوا أمس (الخميس)" (one day's toll, no month's). Round 15
# (test batch, ar-2017-12-press-15 and ar-2012-09-press-15), after its measurement.
# A range of days, the month written once after both: "بين 6 و10 من آذار الجاري" (a count over several days and
# places, SNHR's first report on the coast's killings; round 23, test batch, ar-2025-03-press-23, after its
# measurement); "بين 6 و7 آذار 2025"; "ما بين 5- 12 من تشرين الأول الجاري", a dash between the days (round 25,
# test batch, ar-2023-10-press-25, after its measurement)
_TWO_DAYS_ONE_MONTH_AR = re.compile(r"(?<![" + _AR + r"])بين\s+\d{1,2}(?:\s+و\s*|\s*[-–]\s*)\d{1,2}\s+(?:من\s+)?(?:شهر\s+)?" + _MONTH_AR
                                    + r"(?![" + _AR + r"])")
_TALLY_OTHER_PERIOD_AR = re.compile(_TWO_DAYS_ONE_MONTH_AR.pattern + "|" + _OTHER_PERIOD_AR.pattern + r"|(?<![" + _AR + r"])و?لغاية\s+(?:نهاية\s+)?(?:شهر\s+)?"
                                    + _MONTH_AR + r"(?![" + _AR + r"])|(?:قُ?تِ?لُ?وا|سقطوا|لقوا\s+حتفهم|استشهدوا)\s+"
                                    r"(?:يوم\s+)?(?:أمس|اليوم)(?![" + _AR + r"])")
_KILL_AR = re.compile(r"(?:قُ?تِ?ل[تاو]?[اْ]?|قتلت|مقتل|قتلى|استشهاد|استشهد|شهداء|ضحايا|قضوا|سقطوا|فقدوا\s+حياتهم|"
                      r"أودت بحياة|حصيلة)")
# Arrests, detentions and releases: "اعتقلت هيئة تحرير الشام 18 شخصاً، و46 شخصاً ... على يد فصائل المعارضة"
# counts people arrested by each party, not killed
# ("واتهمت الشبكة فصائل المعارضة المسلحة، باعتقال 184 شخصا": "of arresting", the bare "ب"; round 19,
# test batch, ar-2019-06-refuse-19, after its measurement)
_ARREST_AR = re.compile(r"(?<![" + _AR + r"])[وفل]?ب?(?:ال)?(?:اعتقال|اعتقل|اعتُقل|احتجاز|احتجز|إفراج|افراج|إطلاق\s+سراح|"
                        r"اختفاء|مختف)")
# the words of a killing (not "حصيلة" or "ضحايا", which an arrest report uses too)
_KILLED_WORD_AR = re.compile(r"قُ?تِ?ل|مقتل|قتلى|استشهاد|استشهد|شهداء|شهيد|قضوا|قضى|سقطوا|فقدوا\s+حياتهم|أودت\s+بحياة|"
                             r"وفاة|توفي|مصرع|حتفه|مجزرة|مجازر")


def arrest_count_ar(text: str, at: int) -> bool:
    """Is the count at ``at`` one of people arrested: the last of an arrest word or a killing word
    before it in ``text`` (a sentence) is an arrest word?

    >>> arrest_count_ar("النظام السوري مسؤول عن اعتقال 113 شخصاً، في حين اعتقلت هيئة تحرير الشام 18 شخصاً", 71)
    True
    """
    arrests = [m.end() for m in _ARREST_AR.finditer(text, 0, at)]
    killings = [m.end() for m in _KILLED_WORD_AR.finditer(text, 0, at)]
    return bool(arrests) and (not killings or arrests[-1] > killings[-1])


# ("سجلت وفاة 3471 مدنياً ... جراء الألغام": the death of; "المجازر نتج عنها 219 قتيلاً": resulted in)
# "مقتل 1547 سورياً خلال شهر فبراير": Syrians, the people a 2012-2015 statement counts (only with
# its tanween or plural: a bare "سوريا" is the country). Round 10 (test batch, ar-2015-02-press-01),
# written after its measurement.
_SYRIANS_AR = r"|سورياً|سوريًا|سوريين"
# "وقوع ثماني مجازر في سورية خلال شهر تشرين الثاني، أسفرت عن مقتل 86 مدنيًا": the clause after
# a count of massacres whose verb points back at them holds the massacres' victims, not the month's
# killed. Round 10 (test batch, ar-2018-11-massacre-01), written after its measurement.
# ("وقوع ما يقارب 62 مجزرة في مناطق مختلفة من سورية في شهر أغسطس/آب الماضي، ...، مؤكدة مقتل 574 شخصاً": the
# count of massacres in digits, then "confirming the killing of" their victims; round 19, test batch,
# ar-2016-08-massacre-19, after its measurement)
# ("ارتكاب قوات الأسد خمسين مجزرة بحق المدنيين خلال نيسان الماضي، اسفرت عن استشهاد 499 ضحية": a number word, the verb's
# alif without its hamza; round 60, ar-2015-04-massacre-60, after its measurement: fix60)
# ("ثلاث مجازر في اللاذقية ومجزرة في طرطوس وأخرى بحمص، أودت بحياة 111 مدنياً": "took the lives of"; rounds 68 and 71,
# test batch, ar-2016-05-press-71, after their measurement: fix6871)
_MASSACRES_TOLL_AR = re.compile(r"(?:مجازر|(?:" + NUMBER_AR + r")\s+مجزرة)[^.؛]*?،\s*(?:ما\s+|و?(?:التي|والتي)\s+)?(?:[أا]سفرت?|أدت|أدى|أودت|تسببت?|نتج\s+عنها|"
                                r"راح\s+ضحيتها|ذهب\s+ضحيتها|مؤكدة|مؤكداً|مؤكدا)(?:\s+(?:عن|إلى|الى))?\s+(?:ب|ل)?(?:مقتل|حياة|استشهاد)?\s*"
                                r"(?:ما\s+لا\s+يقل\s+عن\s+)?$")
# The victims of a count of weapons or attacks, not the month's toll: "أن 658 برميلاً متفجراً قد ألقاها النظام على المدنيين
# في شهر أيلول الفائت فحسب، ما تسبب بمقتل 71 مدنياً" (as "killed by these deadly barrel bombs" in English reports).
# (Written after round 20's measurement, from ar-2016-09-press-20.)
# ... and their count told after its noun, two: "أنها تسببت بمقتل مدنيين اثنين، أحدهما في حماة والآخر في إدلب" (round
# 66, test batch, ar-2018-09-press-66, after its measurement: fix66)
_TWO_AFTER_NOUN_AR = re.compile(r"(?<![" + _AR + r"])[بل]?(?:مقتل|استشهاد|مصرع)\s+(?P<noun>" + _PERSON + r")\s+"
                                r"(?P<n>اثنين|اثنان)(?![" + _AR + r"])")
_WEAPONS_TOLL_AR = re.compile(r"(?:\d+\s+(?:برميل|براميل|صاروخ|صواريخ|قنبلة|قنابل|قذيفة|قذائف|غارة|غارات|هجوم|هجمات)"
                              r"[^.؛]{0,160}?(?:ما\s+)?(?:أسفرت?|أدت|أدى|تسببت?|نتج\s+عنها)"
                              # "فقد تسببت هذه البراميل في مقتل 368 شخصًا": these weapons, counted in the sentence before
                              # (rounds 68 and 71, test batch, ar-2015-07-press-68, after their measurement: fix6871)
                              r"|(?:[أا]سفرت?|أدت|تسببت?|خلفت?)\s+(?:هذه|تلك)\s+(?:البراميل|الصواريخ|القنابل|القذائف|الغارات|الهجمات))"
                              r"(?:\s+(?:عن|إلى|الى|في))?\s+"
                              r"(?:ب|ل)?(?:مقتل|استشهاد)\s*(?:ما\s+لا\s+يقل\s+عن\s+)?$")
# A strike on a named settlement and its toll, "فاستهدفت بالصواريخ بلدة أرشاف في ريف حلب، ...، ما أدى لمقتل 8 أشخاص": an
# incident's victims, not the month's toll (rounds 68 and 71, test batch, ar-2016-05-press-71, after their measurement:
# fix6871)
_STRIKE_ON_SETTLEMENT_TOLL_AR = re.compile(r"(?<![" + _AR + r"])ف?(?:استهدف|قصف|[أا]غار)\S*[^.؛]{0,40}?(?<![" + _AR + r"])"
                                           r"(?:بلدة|قرية|مدينة|حي|مخيم)\s+[^.؛]{0,120}?(?:ما|مما)\s+"
                                           r"(?:أدى|أسفر|تسبب)(?:\s+(?:عن|إلى|الى|في))?\s*(?:ب|ل)?(?:مقتل|استشهاد)\s*$")
# (the verbal noun may carry its haraka: "وثّقت مقتلَ 231278 مدنيّاً"; round 11, test batch, ar-2024-03-press-11,
# after its measurement)
_FIG_AR = re.compile(r"(?:مقتل|مصرع|استشهاد|ارتقاء|وفاة|قتل(?:ت)?|حصيلة|بلغ العدد|اسم|توثيق|أودت\s+بحياة|نتج\s+عنها)[\u064e\u064f\u0650]?(?:\s+|(?=\d))(?:ما\s+لا\s+يقل\s+عن\s+|نحو\s+|"
                     # ("بمقتل قرابة 45 مدنياً", "بمقتل ما يقارب 850 مدنيا": about, as "نحو"; round 25, test batch,
                     # ar-2023-10-press-25, after its measurement)
                     r"أكثر\s+من\s+|قرابة\s+|حوالي\s+|حوالى\s+|ما\s+يقارب\s+)?(?P<n>" + NUMBER_AR + r")" + _SP_AR + r"(?P<noun>" + _PERSON + _SYRIANS_AR + r")"
                     # "إن 80 مدنياً قُتلوا في سوريا": the count before its verb
                     # ("2040 شخصاً سقطوا في سورية خلال شهر أغسطس": "fell", SNHR's word for the killed of a month)
                     # ("ثمانية وستين مدنياً فقدوا حياتهم": in words, and "lost their lives")
                     # ("أكثر من 10 آلاف شخص قتلوا في سوريا منذ اندلاع الاحتجاجات": thousands; round 10,
                     # test batch, ar-2012-04-press-01, after its measurement)
                     r"|(?<![\d" + _AR + r"])(?P<n2>\d{1,3}\s+(?:آلاف|ألف)|\d[\d,]*|" + _COMPOUND_AR + r")\s+(?P<noun2>" + _PERSON + r")\s+(?:قد\s+)?"
                     r"(?:قُ?تِ?لُ?وا|لقوا\s+حتفهم|سقطوا|فقدوا\s+حياتهم)"
                     # "إن حصيلة القتلى والشهداء في سورية بلغت الشهر الماضي 1354 شخصاً"
                     r"|حصيلة\s+(?:القتلى|الضحايا|الشهداء)[^.؛\d]{0,40}?بلغت?\s+(?:[^\d.؛،]{0,25}\s)?(?P<n3>\d[\d,]*)\s+"
                     r"(?P<noun3>" + _PERSON + r")"
                     # "بلغ عدد الضحايا المدنيين الذين قتلوا في سورية، خلال تشرين الثاني الماضي،”996 مدنيًا"
                     # (only a month's: the words between name the month)
                     r"|بلغ\s+عدد\s+(?:الضحايا|القتلى|الشهداء)(?=[^.؛\d]{0,60}?(?:خلال|في)\s+(?:شهر\s+)?" + _MONTH_AR + r")"
                     r"[^.؛\d]{0,90}?(?<![\d" + _AR + r"])(?P<n4>\d[\d,]*)\s+"
                     r"(?P<noun4>" + _PERSON + r")"
                     # "قتل في سوريا خلال شهر تموز الفائت 86 مدنياً": the place and month between verb and count
                     r"|(?<![" + _AR + r"])(?:قُ?تِ?لَ?|مقتل)\s+(?:في|فى)\s+سوري[اة]\s+(?:خلال|في)\s+(?:شهر\s+)?" + _MONTH_AR
                     + r"[^.؛،\d]{0,30}?\s(?P<n5>\d[\d,]*)\s+(?P<noun5>" + _PERSON + r")"
                     # "وكان مجموع القتلى في كل المجازر 513 شخصاً": the sum of the killed
                     r"|مجموع\s+(?:القتلى|الضحايا|الشهداء)[^.؛\d]{0,40}?\s(?P<n6>\d[\d,]*)\s+(?P<noun6>" + _PERSON + r")"
                     # "حيث بلغ عدد القتلى 66 مدنياً، بينهم 9 أطفال" (the period named before it, in the
                     # sentence) and a restatement's bullet "- عدد الضحايا: 66 مدنياً": the count itself
                     r"|(?:بلغ\s+عدد\s+(?:الضحايا|القتلى|الشهداء)(?:\s+المدنيين)?\s+|(?<![" + _AR + r"])عدد\s+(?:الضحايا|القتلى)"
                     r"(?:\s+المدنيين)?\s*:\s*)(?P<n7>\d[\d,]*)\s+(?P<noun7>" + _PERSON + r")"
                     # "فقد بلغ العدد الإجمالي الموثق للضحايا من تاريخ انطلاق الثورة السورية 2011/3/15، وحتى
                     # تاريخ 2012/6/16، نحو 15163 ضحية": the total reached, its period between (round 10,
                     # test batch, ar-2012-06-press-01, after its measurement)
                     r"|بلغ\s+العدد\s+(?:الإجمالي\s+|الكلي\s+)?(?:الموثق\s+)?(?:لل|من\s+ال)(?:ضحايا|قتلى|شهداء)[^.؛]{0,120}?"
                     r"(?:نحو\s+|حوالي\s+|ما\s+لا\s+يقل\s+عن\s+)?(?<![\d/])(?P<n8>\d[\d,]*)\s+(?P<noun8>" + _PERSON + r")"
                     # "الشبكة السورية لحقوق الإنسان وثقت أكثر من ألفي قتيل خلال الشهر الماضي": documented N
                     # killed, the noun itself the killed (round 13, test batch, ar-2015-08-press-13; after its
                     # measurement)
                     # ("وثقت الشبكة السورية لحقوق الإنسان في تقرير لها أمس السبت 140 شهيداً": the teller, the report and
                     # the day between; round 63, test batch, ar-2012-08-daily-63, after its measurement: fix63)
                     r"|(?<![" + _AR + r"])و?وث[\u0651]?قت?\s+(?:(?:ال)?شبكة\s+(?:ال)?سورية(?:\s+لحقوق\s+(?:ال)?[اإ]نسان)?\s+"
                     r"(?:في\s+تقرير\s+(?:لها|صادر\s+عنها)\s+)?(?:(?:يوم\s+)?(?:اليوم|أمس|امس)(?:\s+(?:" + "|".join(WEEKDAYS_AR) + r"))?\s+)?)?"
                     r"(?:ما\s+لا\s+يقل\s+عن\s+|أكثر\s+من\s+|نحو\s+|حوالي\s+)?"
                     r"(?P<n9>" + NUMBER_AR + r")\s+(?P<noun9>قتيلا|قتيلاً|قتيل|قتلى|ضحية|ضحايا|شهيدا|شهيداً|شهيد|شهداء)"
                     r"(?![" + _AR + "])"
                     # "بأن عدد القتلى المدنيين في سوريا خلال شهر أكتوبر 2024 بلغ نحو 89 شخصاً": the count's noun
                     # first, its month between, then "reached" (an outlet's restatement of the month; round 15,
                     # test batch, ar-2024-10-monthly-15, after its measurement)
                     # "بلغ 30 ألفا و541 شخصا، بينهم 4631 قتلوا في سبتمبر الماضي": the part of a longer toll killed
                     # in a month, with its verb and month and no noun (round 15, test batch, ar-2012-09-press-15,
                     # after its measurement)
                     r"|(?<![" + _AR + r"])(?:بينهم|منهم)\s+(?P<n11>\d[\d,]*)\s+(?:قُ?تِ?لُ?وا|سقطوا|استشهدوا)\s+(?:في|خلال)\s+"
                     r"(?:شهر\s+)?(?=" + _MONTH_AR + r")(?P<noun11>)"
                     r"|(?<![" + _AR + r"])عدد\s+(?:الضحايا|القتلى|الشهداء)(?:\s+المدنيين)?"
                     r"(?=(?:[^.؛\d]|\d{4}){0,60}?(?:خلال|في)\s+(?:شهر\s+)?" + _MONTH_AR + r")(?:[^.؛\d]|\d{4}){0,90}?"
                     r"(?<![" + _AR + r"])بلغ(?:ت)?\s+(?:نحو\s+|حوالي\s+|ما\s+لا\s+يقل\s+عن\s+)?(?P<n10>\d[\d,]*)\s+"
                     r"(?P<noun10>" + _PERSON + r")"
                     # "سقط خلال الهجمة العنيفة العشوائية التي شنتها الطائرات الحكومية أكثر من 631 شهيدا": "fell", the
                     # verb first, the count of the fallen after the campaign's words (round 31, test batch,
                     # ar-2013-12-press-31, after its measurement: fix31); not "32 مجزرة، سقط خلالها 263 قتيلاً", the
                     # victims of the massacres counted before it ("خلالها", "فيها": during them, read as their share)
                     r"|(?<![" + _AR + r"])سقط(?:ت|وا)?\s+(?!(?:خلال|في|جراء|نتيجة|بسبب)(?:ها|هم|ه)(?![" + _AR + r"]))(?:(?:[^.؛،\d]|(?<!\d)\d{4}(?!\d)){0,80}?\s)?(?:أكثر\s+من\s+|نحو\s+|حوالي\s+|ما\s+لا\s+يقل\s+عن\s+)?"
                     r"(?P<n12>\d[\d,]*)\s+(?P<noun12>" + _PERSON + r")(?![" + _AR + r"])"
                     # a risen toll, the day's count it reached: "أفادت الشبكة السورية لحقوق الإنسان بارتفاع عدد القتلى
                     # الثلاثاء برصاص قوات الأمن إلى 48 شخصا" ("عدد القتلى الذين سقطوا اليوم ... ارتفع إلى 67 قتيلا"; rounds
                     # 49 and 50, ar-2012-08-daily-49, after their measurement: fix4950)
                     r"|(?<![" + _AR + r"])(?:ب?ارتفاع|و?ارتفع)\s+عدد\s+(?:القتلى|الضحايا|الشهداء)[^.؛\d]{0,80}?\s(?:إلى|الى)\s+"
                     r"(?:نحو\s+|قرابة\s+|حوالي\s+)?(?P<n13>\d[\d,]*)\s+(?P<noun13>" + _PERSON + r")(?![" + _AR + r"])"
                     r"|(?<![" + _AR + r"])عدد\s+(?:القتلى|الضحايا|الشهداء)(?:\s+(?:الذين|اللذين)\s+(?:سقطوا|قُ?تِ?لُ?وا))?"
                     r"(?:[^.؛\d]{0,80}?\s)?(?:ارتفع|وصل)(?:\s+[^.؛،\d\s]+){0,3}?\s+(?:إلى|الى)\s+(?:نحو\s+|قرابة\s+|حوالي\s+)?(?P<n14>\d[\d,]*)\s+(?P<noun14>" + _PERSON
                     + r")(?![" + _AR + r"])"
                     # a day's toll, the day between the count's noun and "reached": "وكان عدد الضحايا في مختلف المحافظات
                     # السورية الجمعة قد بلغ 92 قتيلاً، بحسب ما نقلت الشبكة السورية لحقوق الإنسان" (round 61, test batch,
                     # ar-2013-02-daily-61, after its measurement: fix6162)
                     r"|(?<![" + _AR + r"])عدد\s+(?:القتلى|الضحايا|الشهداء)[^.؛\d]{0,60}?(?<![" + _AR + r"])(?:يوم\s+)?(?:اليوم|أمس|امس|"
                     r"الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)(?![" + _AR + r"])[^.؛\d]{0,40}?"
                     r"(?<![" + _AR + r"])بلغ(?:ت)?\s+(?:نحو\s+|قرابة\s+|حوالي\s+|ما\s+لا\s+يقل\s+عن\s+)?(?P<n15>\d[\d,]*)\s+"
                     r"(?P<noun15>" + _PERSON + r")(?![" + _AR + r"])")


def _fig_number(m: re.Match) -> tuple[str, int]:
    """The number of a :data:`_FIG_AR` match, as written, and where it starts."""
    key = next(k for k in ("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11", "n12", "n13", "n14", "n15")
               if m.group(k))
    return m.group(key), m.start(key)


_APPROX_AR = re.compile(r"(?:نحو|حوالي|حوالى|قرابة|ما\s+يقارب|أكثر\s+من)\s*$")
# "على يد الجهات الرئيسية الفاعلة": every party, not one
# ("على يد الأطراف المتصارعة في سوريا": the warring parties, all of them)
_ALL_PARTIES_AR = re.compile(r"على\s+يد\s+(?:الجهات\s+الرئيسية|أطراف\s+النزاع|جميع\s+الأطراف|مختلف\s+الأطراف|"
                             r"الأطراف\s+(?:المتصارعة|المتحاربة|المتنازعة))")
# ("مقتل 91 مدنيًا خلال شهر ديسمبر الماضي، منهم 14 طفلًا، و13 امرأة": "of them" before a count; rounds 57 and 58,
# ar-2024-01-news-57, after their measurement: fix5758)
_AMONG_AR = re.compile(r"(?:(?:من\s+)?بين(?:هم|\s+الضحايا|\s+القتلى)|(?<![\u0600-\u06FF])منهم(?=\s+\d))\s+(?P<list>[^.؛]*)")
# "6 ضحايا بسبب التعذيب", "ثلاثة أشخاص قُتلوا تحت التعذيب", "ضحيتين قضتا تحت التعذيب", "و4 تحت التعذيب"
# ("51 شخصاً، بينهم طفل، قتلوا تحت التعذيب": an aside on who they were between the count and its verb;
# "لستةً وستين شخصاً فقدوا حياتهم تحت التعذيب": "lost their lives")
_TORTURE_AFTER_AR = (r"(?:\s*(?:منهم\s+)?(?:،\s*(?:بينهم|منهم)\s+[^،.؛]{1,40}،\s*"
                     # "استشهاد 44 شخصاً، معظمهم من الجامعيين، والفنانين، والكوادر الطبية تحت التعذيب": who
                     # most of them were, a list of its own, between the count and its cause
                     r"|،\s*(?:معظمهم|غالبيتهم|أغلبهم)\s+[^.؛\d]{1,60}?،?\s*)?(?:(?:قتلوا|قُتلوا|قضوا|قضتا|قضيا|توفوا|ماتوا|"
                     # ("4 مجازر و13 ضحية قتلت بسبب التعذيب": the verb agrees with "ضحية" in the feminine singular;
                     # rounds 64 and 65, ar-2020-07-press-64, after their measurement: fix6465)
                     r"قتلت|قُتلت|قضت|توفيت|"
                     r"فقدوا\s+حياتهم|لقوا\s+حتفهم)\s+)?(?:بسبب|تحت|جراء|نتيجة)[\u064B-\u0652]?\s+التعذيب"
                     # "و123 تم تعذيبهم حتى الموت": tortured to death (round 13, test batch,
                     # ar-2013-03-monthly-13; after its measurement)
                     r"|\s*(?:تم\s+تعذيبهم|ع[\u064b-\u0652]*ذ[\u064b-\u0652]*ب[\u064b-\u0652]*وا)\s+حتى\s+الموت)")
# "بينما قتلت التنظيمات الإسلامية المتشددة “داعش، وهيئة تحرير الشام” 44 مدنيا، بينهم 6 أطفال وسيدة وشخص تحت
# التعذيب": a list after a count whose killers the verb named is that count's (here two parties', none
# coded), not the month's torture deaths (round 11, test batch, ar-2017-09-press-11, after its measurement)
# ("قتل ما لا يقل عن 171 مدنياً بينهم ...، إضافة إلى 27 شخصاً قضوا بسبب التعذيب": no killers, and past the list)
_KILLER_LIST_AR = re.compile(r"(?<![" + _AR + r"])قتل(?:ت)?\s+(?!ما\s+لا\s+يقل|نحو|حوالي|قرابة|أكثر)[^\d.؛]{3,80}?\s+\d+\s+"
                             r"[^\s\d،.؛]+\s*،?\s*بينهم\s+(?:(?!إضافة|فضلا|فضلاً)[^.؛])*$")
# where the tortured died, between their count and the cause: "16 شخصا في المعتقلات بسوريا تحت التعذيب"
_WHERE_DIED_AR = r"(?:\s+(?:في|داخل)\s+(?:المعتقلات|السجون)[^،.؛\d]{0,25}?)?"
# ("ووثق التقرير أيضًا مقتل سيدة تحت التعذيب": one woman or child, the noun alone; round 15, test batch,
# ar-2025-01-monthly-15, after its measurement)
# ("ما لا يقل عن 17 معتقلا قضوا تحت التعذيب": detainees, the noun of those who die in detention; round 17,
# test batch, ar-2018-05-torture-17, after its measurement)
_DETAINEES_AR = r"(?<![" + _AR + r"])(?:معتقلا|معتقلاً|معتقلًا|معتقلين|معتقلون|محتجزا|محتجزاً|محتجزًا|محتجزين)(?![" + _AR + r"])"
_TORTURE_AR = re.compile(r"(?:(?P<n>" + NUMBER_AR + r")\s+)?(?P<noun>" + _PERSON + r"|" + _DETAINEES_AR
                         + r"|(?<![" + _AR + r"])(?:سيدة|امرأة|طفلة|طفل))?"
                         + _TORTURE_AFTER_AR)
# ("وقوع 21 ‹مجزرة› بحق المدنيين": the word in quotes, SNHR's term)
# ("كما تم تسجيل حالتين لمجازر ارتكبتها هذه الجهات": massacres counted as cases; round 15, test batch,
# ar-2025-01-monthly-15, after its measurement)
# ('وقوع "مجزرة" واحدة على يد جهات لم يحددها التقرير': one, the word in quotes; "وثق التقرير وقوع مجزرة على يد قوات
# النظام": one, no number word, its party right after it; not "ما تسبب في وقوع مجزرة، حيث ..." nor "ارتكبت مجزرة في
# بلدة ...", one massacre's story; stop 40, tallies40, from ar-2025-10-press-01 and ar-2023-09-press-01)
# ("ولفت التقرير إلى وقوع مجزرةٍ راح ضحيتها 7 مدنيين": one, its victims right after it, the noun with its tanween; rounds
# 68 and 71, test batch, ar-2023-05-press-68, after their measurement: fix6871)
_MASSACRES_AR = re.compile(r"(?P<n>" + NUMBER_AR + r")\s+(?:حالات\s+ل?)?[‹«\"“']?(?:مجازر|مجزرة)|"
                           r"(?P<two>مجزرتين|مجزرتان|(?:حالتين|حالتان)\s+ل?(?:مجازر|مجزرة))|"
                           r"[‹«\"“']?(?P<one>مجزرة)[›»\"”']?\s+واحدة|"
                           r"(?<=وقوع\s)[‹«\"“']?(?P<lone>مجزرة)\u064d?[›»\"”']?(?=\s+(?:على\s+(?:يد|أيدي|ايدي)|راح\s+ضحيتها|ذهب\s+ضحيتها)\s)")
# The month's count of massacres as a tally that reached N: "وبلغ عدد المجازر التي وثقتها الشبكة في شهر نيسان
# الماضي 9 مجازر" (ar-2018-04-massacre-15, the noun misspelt there), "واستعرض التقرير حصيلة مجازر تموز 2017، التي
# بلغت ما لا يقل عن 28 مجزرة" (ar-2017-07-massacre-15): the period is the one named with the tally (round 15, test
# batch, after its measurement; "بلغ عدد المجازر فيها نحو 7 مجازر" is a governorate's, not the month's)
_MASSACRES_REACHED_AR = re.compile(
    r"(?<![" + _AR + r"])و?بلغ\s+عدد\s+المجازر(?!\s+فيها)(?P<b1>(?:[^.؛،\d]|\d{4}){0,80}?)\s(?:نحو\s+|ما\s+لا\s+يقل\s+عن\s+)?"
    r"(?P<n1>" + NUMBER_AR + r")(?![\d" + _AR + r"])\s+[‹«\"“']?مج[" + _AR + r"]+"
    r"|(?:حصيلة|عدد)\s+(?:ال)?مجازر(?!\s+فيها)(?P<b2>(?:[^.؛،\d]|\d{4}){0,60}?)،?\s*(?:التي|الذي)\s+(?:بلغت?|وصلت?\s+إلى)\s+"
    r"(?:نحو\s+|ما\s+لا\s+يقل\s+عن\s+)?(?P<n2>" + NUMBER_AR + r")(?![\d" + _AR + r"])\s+[‹«\"“']?(?:مجازر|مجزرة)")
_TORTURE_NUMBER_AR = re.compile(r"(?:عدد|مجموع)\s+(?:الأشخاص|الضحايا|المعتقلين|المدنيين)\s+الذين\s+(?:قضوا|قتلوا|توفوا|ماتوا|استشهدوا)\s+"
                                r"(?:بسبب|تحت|جراء)\s+التعذيب[^.؛\d]{0,60}?(?:(?:إلى|بلغ)\s+|(?=ما\s+لا\s*يقل))(?:ما\s+لا\s*يقل\s+عن\s+|"
                                r"نحو\s+)?(?P<n>" + NUMBER_AR + r")")
# "الضحايا، الذين قضوا بسبب التعذيب، وهم 5 أشخاص؛ بينهم 4 ...": the victims of torture, "and they are" N
_TORTURE_THEY_ARE_AR = re.compile(r"(?:الذين|ممن|اللذين)\s+(?:قضوا|قتلوا|قُتلوا|توفوا|ماتوا|استشهدوا)\s+(?:بسبب|تحت|جراء)\s+"
                                  r"التعذيب\s*،?\s*(?:وهم|وعددهم|وبلغ\s+عددهم)\s+(?P<n>" + NUMBER_AR + r")(?![\d" + _AR + r"])")
# "، لتصبح حصيلة المجازر 11 مجزرة منذ بداية عام 2024": the year's count, after the month's
# ("أن بين القتلى 89 طفلا و31 امرأة": without "من" too; fix30, from ar-2018-11-press-01)
_AMONG_DEAD_AR = re.compile(r"(?:من\s+|(?<![" + _AR + r"]))بين\s+(?:القتلى|الضحايا|الشهداء)(?:\s+المدنيين)?\s+(?P<list>[^.؛]*)")
# "مقتل 334، بينهم 87 طفلاً و63 سيدة": a total told again as a bare number, its list after it
_TOTAL_AGAIN_AR = re.compile(r"(?<![" + _AR + r"])(?:مقتل|قتل)\s+(?P<n>\d+)\s*،\s*بينهم\s+(?P<list>[^.؛]*)")
_RATE_AR = re.compile(r"\(?\s*بمعدل[^)،.؛]*\)?")
_YTD_SPLIT_AR = re.compile(r"،?\s*(?:لتصبح|ليصبح|لترتفع|ليرتفع|لتبلغ|ليبلغ|ليصل|لتصل)\s")
# "بلغ عدد الضحايا المدنيين على يد قوات سوريا الديمقراطية، 24": a party's dead, "reached", a bare count after it
_TOLL_BY_REACHED_AR = re.compile(r"(?<![" + _AR + r"])بلغ(?:ت)?\s+(?:عدد|حصيلة)\s+(?:ال)?(?:ضحايا|قتلى)(?:\s+(?:ال)?مدنيين)?"
                                 r"(?:\s+الذين\s+(?:قتلوا|قُتلوا|قضوا))?\s+على\s+يد\s+[^،.؛\d]{3,60}?\s*،?\s*$")
# A party's count: "قتلت القوات الروسية 3 مدنيين", "و6 مدنيين على يد قوات سوريا الديمقراطية",
# "أما هيئة تحرير الشام فقتلت مدنيا واحدا", "ومدني على يد ميليشيا قسد".
_HEAD_AR = re.compile(r"(?:(?P<n>" + NUMBER_AR + r")" + _SP_AR + r"(?P<noun>" + _PERSON + r")(?:\s+واحدا?ً?)?"
                      r"|(?P<noun2>" + _PERSON + r")\s+(?P<two>اثنين|اثنان)"
                      # "إن 17 منهم قتلو على يد قوات ...": a share of the total, with its party
                      r"|(?P<n3>\d+)\s+منهم(?=\s+(?:قُ?تِ?لُ?وا?|قتلو)\s+على\s+يد)"
                      # "منهم 555 على يد قوات النظام، و180 على يد القوات الروسية": the parts of a joint figure
                      # ("فيما قتل 47 آخرون على يد جهات أخرى": "others" before its party; fix30, from ar-2018-11-press-01)
                      r"|(?<![\d" + _AR + r"])و?(?P<n4>\d+)(?:\s+(?:آخرون|آخرين|اخرون|اخرين))?(?=\s+على\s+يد\s)"
                      # "قتل منهم تنظيم داعش الإرهابي 64، بينهم 17 طفلاً": the verb, its party, then a bare count
                      # at the clause's end (kept only after such a verb, below)
                      r"|(?<=\s)(?P<n5>\d+)(?=\s*[،.؛]|\s*$)"
                      r"|(?:(?<=\sو)|(?<=^و)|(?<![" + _AR + r"]))(?P<one>مدني(?:اً|ا)?|شخص(?:اً|ا)?)(?:\s+واحدا?ً?)?"
                      # "في حين قتلت هيئة تحرير الشام مدنيين،": a dual with no number, at its clause's end
                      # (its party before it; round 9, ar-2024-07-press-01)
                      # ("فيما قتل مدنيان على يد فصائل في المعارضة المسلحة": or, a nominative dual, before its party;
                      # "مدنيين على يد" may be a plural; round 14, test batch, ar-2018-01-monthly-14, after its measurement)
                      r"|(?<=\s)(?P<dual>مدنيين|مدنيان|مدنيَّين|شخصين|شخصان)(?=\s*[،.؛]|\s*$|(?<=ان)\s+على\s+(?:يد|أيدي)\s)"
                      # "وقُتل طفل على يد قوات التحالف الدولي": one child, its party after it
                      r"|(?<![" + _AR + r"])و?(?:قُ?تِ?لَ?(?:ت)?|استشهد(?:ت)?)\s+(?P<child1>طفل|طفلة)(?=\s+على\s+(?:يد|أيدي|ايدي)\s)"
                      # "أما التحالف الدولي فقد قتل طفلًا واحدًا": one child, the object of its party's verb (kept
                      # only after the verb, below; round 15, test batch, ar-2025-01-monthly-15, after its measurement)
                      r"|(?<![" + _AR + r"])(?P<child2>طفلاً|طفلا|طفلة)\s+واحد(?:اً|ا|ةً|ة)?"
                      # "مقتل 127 مدنياً بقصف قوات النظام، و13 آخرين بالغارات الجوية لروسيا": "and 13 others",
                      # the next party's count of the same noun (round 22, ar-2019-05-press-22, after its measurement)
                      # (with its means after it: "و158 آخرون قتلتهم القوات الروسة" of a massacre count's split,
                      # ar-2016-11-massacre-01, is no party figure of the month)
                      r"|(?<=،)\s*و(?P<n6>\d+)\s+(?:آخرين|آخرون|اخرين|اخرون)(?=\s+ب))"
                      r"(?![" + _AR + r"])")
# "استشهاد 391 مدنياً ...، معظمهم لقوا حتفهم على يد قوات النظام": the party of most of a total,
# which stays the total (the English reader's _SHARE_CLAUSE)
SHARE_CLAUSE_AR = re.compile(r"(?<![" + _AR + r"])(?:معظمهم|معظهم|غالبيتهم|أغلبهم|أكثرهم|الغالبية\s+العظمى\s+منهم)"
                             r"(?![" + _AR + r"])[^.؛]{0,40}?(?:على\s+يد|من\s+قبل)")
# "فيما استشهد على يد القوات الروسية 36 مدنياً": the verb and its party before the count
_VERB_PARTY_BEFORE_AR = re.compile(r"(?<![" + _AR + r"])و?(?:فيما\s+|بينما\s+)?(?:استشهد|قُ?تِ?لَ?|قضى|لقي\s+حتفه)(?:وا|ت)?"
                                   r"\s+على\s+يد\s+(?P<p>[^،.؛\d]{2,70}?)\s*$")
# "عدد المدنيين الذين قتلوا على أيدي الجماعات المتطرفة وهو عدد يزيد عن": the count of those killed by a party
_COUNT_OF_THOSE_KILLED_BY_AR = re.compile(r"الذين\s+(?:قُ?تِ?لُ?وا|قضوا)\s+على\s+(?:يد|أيدي|ايدي)\s+(?P<p>[^،.؛\d]{2,60}?)\s+"
                                          r"و?(?:هو|هم|بلغ)\s+عدد(?:هم)?\s+(?:يزيد\s+عن|يقارب|يبلغ|يتجاوز)?\s*$")
# "كما راح ضحية عنف تنظيم الدولة الإسلامية أكثر من 200": fell victim to a party, then the count
_FELL_VICTIM_AR = re.compile(r"(?<![" + _AR + r"])و?(?:راح|ذهب)\s+ضحي(?:ة|ته|تها)\s+(?:(?:عنف|قصف|هجمات|غارات|اعتداءات)\s+)?"
                             r"(?P<p>[^،.؛\d]{3,50}?)\s+(?:(?:أكثر\s+من|نحو|حوالي|قرابة|ما\s+يقارب|يقارب)\s+)?"
                             r"(?P<n>\d+)(?:\s+(?:" + _PERSON + r"))?(?![\d" + _AR + r"])")
# the words that open the next clause of a run-on sentence ("بينما قتل")
_NEXT_CLAUSE_AR = re.compile(r"\s(?:بينما|فيما|كما|أما|وقد)\s")
# the party after its count: "على يد X", and "من قبل جهات لم تسمها" (SNHR's other parties; "من قبل" with
# a force is too loose: "مؤشر على استهداف متعمد من قبل القوات الحكومية" after a total is no owner)
_BY_AFTER_AR = re.compile(r"(?:على\s+(?:يد|أيدي|ايدي|أيد)|من\s+قبل(?=\s+جهات\s))\s+(?!كل\s+من\b)(?P<p>[^،.؛]{2,70})")
# another record after a toll, of attacks: "، وسجلت هجوماً بذخائر عنقودية", "، كما رصد التقرير 3 هجمات"
_ATTACK_RECORDED_AR = re.compile(r"[،,]\s*(?:و|كما\s+)?(?:سجلت|سجل|وثقت|وثق|رصدت|رصد)(?:\s+(?:الشبكة|التقرير))?\s+"
                                 r"(?:" + NUMBER_AR + r"\s+)?(?:هجوم|هجمات|قصف|غارة|غارات|اعتداء|اعتداءات|حادثة|حوادث)"
                                 r"(?:اً|ا|ًا)?(?![" + _AR + r"])")
# "القوات الروسية وقوات النظام السوري": two forces joined by "و"
_JOINT_PARTIES_AR = re.compile(r"\s+و(?=(?:ال)?(?:قوات|تنظيم|فصائل|هيئة|ميليشي|مليشي|نظام|جيش))")
# "نظام الأسد وحلفائه": a force and its allies, several parties
_SYRIAN_RUSSIAN_AR = re.compile(r"(?:الحلف|التحالف)\s+السوري[\s-]+الروسي|(?:الحلف|التحالف)\s+الروسي[\s-]+السوري")
_ALLIES_AR = re.compile(r"\sو(?:حلفائ|حلفاؤ|حلفاء|حليف)")
# ("قتلَ قوات التحالف الدولي 51 مدنياً": the verbal noun with its haraka; round 13, test batch,
# ar-2016-10-press-13, after its measurement)
_KILL_VERB_AR = re.compile(r"(?:^|\s)(?:و|ف)?(?:قد\s+)?(?:ف)?(?:ب)?ق" + _MARKS_AR + "ت" + _MARKS_AR + "ل" + _MARKS_AR
                           + r"(?:ت" + _MARKS_AR + r")?(?:\s+منهم)?\s")
# the killing verb and its party, then descriptions of the party between commas, up to a count (see party_figures_ar)
_VERB_APPOSITION_AR = re.compile(r"(?:^|\s)(?:و|ف)?(?:فيما\s+|بينما\s+|كما\s+)?(?:قُ?تِ?لَ?|قُ?تِ?لَ?ت|استشهد)\s+(?:على\s+يد\s+)?"
                                 r"(?P<p>[^،.؛\d]{3,70}?)\s*،(?P<apps>(?:[^،.؛\d]{3,70}،){0,2})\s*$")
# "60 حالة قتل أخرى لم تُحدد الجهة المسؤولة عنها": killings counted as cases, their party not identified
# (round 16, test batch, ar-2025-10-monthly-16, after its measurement)
_CASES_UNIDENTIFIED_AR = re.compile(r"(?<![\d" + _AR + r"])(?P<n>" + NUMBER_AR + r")\s+حال(?:ة|ات)\s+(?:قتل|وفاة)"
                                    r"(?:\s+(?:أخرى|اخرى))?\s+(?P<p>(?:لم|ولم)\s+[^،.؛\d]{2,50}?(?:الجهة|الجهات|مرتكب|قاتل|"
                                    r"هوية)[^،.؛\d]{0,30})")
_PARTY_BOUNDARY_AR = re.compile(r"،(?!\s*(?:فقتل|فقد|قتل|و?قد\s))|؛|\s(?=فيما|بينما|أما|كما|وقد)")


def _among(text: str) -> tuple[int | None, int | None]:
    """Children and women in "بينهم 13 طفلا و6 سيدات" (``None``: not said)."""
    text = _RATE_AR.sub(lambda r: " " * len(r.group(0)), text)  # "(بمعدل طفلين يومياً)": a rate
    # "بينهم 94 طفلًا، بمعدل (3 أطفال يوميًا)، و44 سيدة": the rate's comma does not end the list
    m = _AMONG_AR.search(re.sub(r"،(?=\s*،)", " ", text))
    if not m:
        return None, None
    children = women = None
    # the list ends at a comma that does not go on with another count ("بينهم 20 طفلاً، و14 سيدة")
    items = re.split(r"،(?!\s*و?\s*(?:\d|" + NUMBER_AR + r"\s|" + _CHILD + "|" + _WOMAN + r"))", m.group("list"))[0]
    # ("بينهم 110 من الأطفال مقابل 79 سيدة": "of the children" after the number; round 60, ar-2015-04-massacre-60, after
    # its measurement: fix60)
    for part in re.finditer(r"(?:و?\s*(?P<n>" + NUMBER_AR + r")" + _SP_AR + r"(?:من\s+ال)?)?(?P<noun>" + _CHILD + "|" + _WOMAN + ")",
                            items[:120]):
        n = parse_number_ar(part.group("n")) if part.group("n") else None
        if n is None and re.fullmatch(r"أطفال|اطفال|نساء|سيدات", part.group("noun")):
            continue  # "بينهم أطفال": children, how many not said (not one)
        if _NESTED_AR.search(items[:part.start()].split("،")[-1]):
            # "من بينهم 17 سيدة ...، و11 طفلاً، و6 من الطواقم الطبية بما في ذلك 3 سيدات": an item's own share, inside
            # that item's count, not one more of the list's (round 29, test batch, ar-2025-07-press-29; fix29tot)
            continue
        _, c, w = count_ar(part.group("noun"), n)
        if c:
            children = (children or 0) + c
        if w:
            women = (women or 0) + w
    return children, women


# An item's own list inside a list ("و6 من الطواقم الطبية بما في ذلك 3 سيدات"): see :func:`_among`
_NESTED_AR = re.compile(r"(?<![" + _AR + r"])(?:بما\s+في\s+ذلك|من\s+بينهم|من\s+بينهن|بينهم|بينهن|منهم|منهن|ضمنهم|ضمنهن)(?![" + _AR + r"])")


def _clause_start_ar(text: str, at: int) -> int:
    starts = [m.end() for m in re.finditer(r"[،؛]|\s(?:فيما|بينما|في حين)\s", text[:at])]
    return starts[-1] if starts else 0


def _clause_ar(text: str, at: int) -> str:
    """The clause of ``text`` around offset ``at`` (between commas, "فيما", "بينما", ...)."""
    starts = [m.end() for m in re.finditer(r"[،؛]|\s(?:فيما|بينما|في حين)\s", text[:at])]
    end = re.search(r"[،؛.]|\s(?:فيما|بينما|في حين)\s", text[at:])
    return text[starts[-1] if starts else 0:at + (end.start() if end else len(text) - at)]


# "خلال شهر أيلول، من العام الجاري": a month of the current year, which names no other period
# ("خلال شهر نيسان الماضي من العام الجاري": the last such month, of this year; round 71, test batch, ar-2018-04-press-71,
# after its measurement: fix71)
_OF_THIS_YEAR_AR = re.compile(r"(?P<m>" + _MONTH_AR + r"(?:\s+(?:الماضي|المنصرم|الفائت))?)\s*،?\s*من\s+(?:العام|السنة)\s+(?:الجاري|الحالي)")


# "شهد نيسان الماضي ارتفاعًا في حصيلة الضحايا، عمَّا كانت عليه في سابقه آذار، إذ بلغت 101 قتيلًا": the month
# compared with names no period of the figures (round 15, test batch, ar-2022-04-monthly-15, after its measurement)
_COMPARED_MONTH_AR = re.compile(r"(?:عم[\u064b-\u0652]*ا\s+(?:كان(?:ت)?\s+)?عليه\s+(?:في\s+)?(?:سابقه|الشهر\s+السابق)|"
                                r"(?:مقارنة|قياسا|قياساً)\s+(?:مع|ب))\s*(?:سابقه\s+|الشهر\s+السابق\s+)?(?:شهر\s+)?" + _MONTH_AR + r"(?![" + _AR + r"])")


# "ويتحدث التقرير عما لا يقل عن 2704 ضحايا بين المدنيين حتى نهاية يوليو (تموز) الماضي، ...، وشملت الأرقام 28 من
# الكوادر الطبية": up to the end of a month, a count since an earlier start, not the month's own (round 21, test batch,
# ar-2016-07-press-21, after its measurement; the text's month is still the one it names)
_UP_TO_MONTH_END_AR = re.compile(r"(?<![" + _AR + r"])(?:حتى|إلى|الى)\s+نهاية\s+(?:شهر\s+)?" + _MONTH_AR + r"(?![" + _AR + r"])"
                                 # "منذ الإعلان عنها مطلع عام 2012 وحتى آب/أغسطس 2019": from a start up to the month, years
                                 # long (round 34, test batch, ar-2019-08-press-34, after its measurement: fix34)
                                 r"|(?<![" + _AR + r"])منذ\s+[^.؛]{2,60}?\s\d{4}\s+و?(?:حتى|لغاية)\s+(?:شهر\s+)?" + _MONTH_AR
                                 + r"(?![" + _AR + r"])"
                                 # "حصيلة القتلى الإجماليين من الإعلاميين حتى عام 2014": a running total up to a year's end
                                 # (round 61, test batch, ar-2014-12-press-61, after its measurement: fix6162)
                                 r"|(?<![" + _AR + r"])و?(?:حتى|لغاية)\s+(?:نهاية\s+)?(?:عام\s+)?(?:19|20)\d\d(?![\d/-])")


def _kind_ar(text: str, period) -> str | None:
    """"month" when ``text`` names the report's month, "other" for another period, else None."""
    text = _RATE_AR.sub(" ", text)  # "بمعدل 15 طفل يوميا": a rate names no period
    text = _OF_THIS_YEAR_AR.sub(lambda m: m.group("m"), text)
    text = _COMPARED_MONTH_AR.sub(" ", text)
    if _TALLY_OTHER_PERIOD_AR.search(text) or _UP_TO_MONTH_END_AR.search(text):
        return "other"
    my = find_month_ar(text, period[0] if period else None)
    if my is None:
        return "month" if re.search(r"الشهر\s+(?:الماضي|المنصرم|الفائت)", text) else None
    return "month" if period and my == period else "other"


# A sentence this long with no comma is a run-on transcript (SNHR's own sentences have their commas)
_RUN_ON_AR = 400


def run_on_ar(text: str) -> bool:
    """Is the sentence ``text`` a transcript with no punctuation (over 400 characters, no comma)?"""
    return len(text) > _RUN_ON_AR and not re.search(r"[،؛,]", text)

# "خلال الشهر الماضي", "في شهر آب 2015": a figure's period, named in a run-on's words
_PERIOD_PHRASE_AR = re.compile(r"[^.؛،]{0,60}?(?<![" + _AR + r"])(?P<p>(?:خلال|في)\s+(?:الشهر\s+(?:الماضي|المنصرم|الفائت)|"
                               r"(?:شهر\s+)?" + _MONTH_AR + r"(?![" + _AR + r"])(?:\s+(?:من\s+)?(?:عام\s+)?\d{4})?))")


def _run_on_kind_ar(text: str, at: int, period) -> str | None:
    """The period of the figure at ``at`` of a run-on (see :func:`_kind_before_ar`): the one named
    right after it ("ألفي قتيل خلال الشهر الماضي"), else the last named before it."""
    right = _PERIOD_PHRASE_AR.match(text, at, min(len(text), at + 120))
    if right:
        return _kind_ar(right.group("p"), period)
    named = list(_PERIOD_PHRASE_AR.finditer(text, 0, at))
    return _kind_ar(named[-1].group("p"), period) if named else None


def _kind_before_ar(text: str, at: int, period) -> str | None:
    """The period of the clause at ``at``, else of the nearest clause before it that names one
    ("80 مدنياً قُتلوا ... خلال شهر كانون الأول 2025، بينهم ...، إضافة إلى ضحيتين قضتا تحت التعذيب")."""
    clause = _clause_ar(text, at)
    if run_on_ar(text):
        # A transcript with no punctuation ("... وثقت أكثر من ألفي قتيل خلال الشهر الماضي وأشار بيان
        # الشبكة ... بعشرات يوميا ... إن مائتين وستة وثلاثين شخصا قتلهم تنظيم الدولة"): the period named
        # right after the figure, else the last one named before it in the run, not a "daily" rate
        # (round 13, test batch, ar-2015-08-press-13; after its measurement)
        return _run_on_kind_ar(text, at, period)
    kind = _kind_ar(clause, period)
    if kind is not None:
        return kind
    for piece in reversed(re.split(r"[،؛]", text[:at])[:-1]):
        kind = _kind_ar(piece, period)
        if kind is not None:
            return kind
    return None


# a count's place right after it is a governorate: "16 مدنياً في محافظة إدلب"
_IN_GOVERNORATE_AR = re.compile(r"\s*(?:في|ب)\s*محافظة(?![" + _AR + r"])")


def party_figures_ar(text: str, date: dt.date | None = None) -> list[tuple[str, int, int | None, int | None, int, int]]:
    """Each party's count in an Arabic sentence: ``(code, killed, children, women, start, end)``.

    >>> [f[:2] for f in party_figures_ar("قتلت القوات الروسية 3 مدنيين، و6 مدنيين على يد قوات سوريا الديمقراطية")]
    [('RUSSIA', 3), ('SDF', 6)]
    """
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    def party(phrase: str) -> str | None:
        # (quotes were blanked: "تنظيم  الدولة"); "قوات حكومة دمشق" is how some outlets name the
        # Syrian government's forces, which the date makes the regime or the transitional authorities
        # ("هيئة (تحرير الشام)": a name's words in brackets are the name's; round 30's leftovers, fix30, from
        # ar-2017-09-press-01)
        phrase = re.sub(r"حكومة\s+دمشق", "الحكومة السورية", " ".join(re.sub(r"[()]", " ", phrase).split()))
        phrase = re.split(r"\s+ضد\s+", phrase)[0]
        # ("على يد قوات سوريا الديمقراطي": the name without its last letter, as an excerpt cut it; round 15,
        # test batch, ar-2022-04-monthly-15, after its measurement)
        phrase = re.sub(r"(سوريا\s+الديمقراطي)(?![" + _AR + r"])", r"\1ة", phrase)
        if _ALLIES_AR.search(phrase):
            return None  # "على يد نظام الأسد وحلفائه من الروس والميليشيات الشيعية": a force and its allies
        if _SYRIAN_RUSSIAN_AR.search(phrase):
            # "قوات الحلف السوري الروسي قتلت 15 مدنياً": a joint figure, no one party's (SNHR gives each
            # party's apart; the English reader reads "Syrian-Russian alliance" the same way). Round 10
            # (test batch, ar-2022-09-press-02), written after its measurement.
            return None
        phrase = _PARTY_ALIASES_AR.get(next((k for k in _PARTY_ALIASES_AR if re.search(k, phrase)), None), phrase)  # "قوات التحالف الدولي ... ضد تنظيم الدولة": X, not Y
        parts = _JOINT_PARTIES_AR.split(phrase)
        if len(parts) > 1 and len({one(p) for p in parts} - {None}) > 1:
            return None  # "على يد القوات الروسية وقوات النظام السوري": two parties' one figure
        return one(phrase)

    def one(phrase: str) -> str | None:
        try:
            return parse_perpetrator(phrase, date=date).code
        except UnknownPerpetrator:
            return None

    text = re.sub(r"[\"“”«»]", " ", text)  # (same length: offsets hold) quotes are no words
    # "قوات النظام قتلت، خلال إبريل/ نيسان، 106 مدنيين": the time clause between verb and count
    text = re.sub(r"،(\s*(?:خلال|في)\s+(?:شهر\s+)?" + _MONTH_AR + r"[^،.؛]{0,25})،", lambda m: " " + m.group(1) + " ", text)
    # "مقتل 7 أشخاص تحت التعذيب ...، منهم 4 أشخاص في سجون نظام أسد، ...": a sentence about
    # torture deaths; the counts after its "منهم" are that count's parts
    first = _HEAD_AR.search(text)
    # ("ارتقاء 16 شخصا في المعتقلات بسوريا تحت التعذيب": where they died, between count and cause)
    torture_lead = first.end() if first and re.match(_WHERE_DIED_AR + _TORTURE_AFTER_AR, text[first.end():]) else None
    heads = [m for m in _HEAD_AR.finditer(text)
             # (a count in a total's list is no party's, unless its party follows: "مقتل 872 مدنياً ...،
             # بينهم 498 شخصاً على يد قوات النظام" is the regime's share of the total)
             if not (re.search(r"بينهم\s+[^.؛،]*$", text[max(0, m.start() - 60):m.start()])
                     and not re.match(r"\s*على\s+(?:يد|أيدي|ايدي)\s", text[m.end():]))
             and not (torture_lead and m.start() > torture_lead
                      and re.search(r"(?:منهم|بينهم)\s", text[torture_lead:m.start()]))
             # "بينهم 89 طفلاً، و73 سيدة، و46 شخصاً بسبب التعذيب": the list's torture count
             and not (re.search(r"بينهم\s+(?:[^.؛،]|،\s*و)*$", text[max(0, m.start() - 80):m.start()])
                      and re.match(_TORTURE_AFTER_AR, text[m.end():]))
             or _KILL_VERB_AR.search(text[max(0, m.start() - 30):m.start()])]
    # "ارتقى 16 شخصا تحت التعذيب ... كان النظام مسؤول عن قتل 14 شخصا منهم في معتقلاته": "of them"
    # after a count, in a sentence led by a torture count, is a part of the torture deaths, whatever
    # verb it has (round 9, ar-2018-10-torture-01)
    heads = [m for m in heads if not (torture_lead and m.start() > torture_lead
                                      and re.match(r"\s*منهم(?![" + _AR + r"])", text[m.end():]))]
    # a torture count is read as such and does not end the clause of the party before it ("قتلت 963
    # شخصاً، ...، و62 شخصاً قتلوا بسبب التعذيب، فيما قتل 287 مسلحاً")
    heads = [m for m in heads if not re.match(_TORTURE_AFTER_AR, text[m.end():])]
    # a bare count is a party's only right after its killing verb and the party ("قتل منهم تنظيم داعش الإرهابي 64،",
    # a share of "مقتل 66 مدنياً على يد التنظيمات الإسلامية المتشددة"; round 14, test batch, ar-2018-01-monthly-14,
    # after its measurement)
    heads = [m for m in heads if not m.group("n5") or re.search(
        r"(?<![" + _AR + r"])و?(?:فيما\s+|بينما\s+)?قتل(?:ت)?(?:\s+منهم)?\s+[^،.؛\d]{3,50}?\s+$", text[:m.start()])
        or _TOLL_BY_REACHED_AR.search(text[:m.start()])]
    out = []
    for k, m in enumerate(heads):
        raw_n = m.group("n") or m.group("n3") or m.group("n4") or m.group("n5") or m.group("n6")
        n = parse_number_ar(raw_n) if raw_n else 2 if m.group("two") or m.group("dual") else 1
        if m.group("child2") and not _KILL_VERB_AR.search(" " + text[max(0, m.start() - 30):m.start()]):
            continue  # ("بينهم طفل واحد": one of a list, not a party's count)
        if m.group("dual") and not _KILL_VERB_AR.search(" " + text[max(0, m.start() - 60):m.start()].split("،")[-1]):
            continue  # (a bare dual is a count only as the object of "قتل/قتلت X")
        if n is None or "المحافظ" in _clause_ar(text, m.start()) or _IN_GOVERNORATE_AR.match(text, m.end()):
            # a governorate's share ("قُتل في هاتين المحافظتين 11 شخصاً على يد ..."; "مقتل 64 مدنياً في سوريا، بينهم 16
            # مدنياً في محافظة إدلب، كما سجل هجوماً ... على يد قوات النظام": rounds 64 and 65, fix6465)
            continue
        if arrest_count_ar(text, m.start()):
            continue  # "في حين اعتقلت هيئة تحرير الشام 18 شخصاً": people arrested
        if re.search(r"(?<![" + _AR + r"])و?(?:إصابة|اصابة|جرح)\s+$", text[:m.start()]):
            # "إصابة شخص واعتقال آخر من الكوادر الإعلامية على يد قوات الأسد": a person injured, no one
            # killed (round 19, test batch, ar-2018-08-press-19, after its measurement)
            continue
        if re.match(_TORTURE_AFTER_AR, text[m.end():]):
            continue  # "مقتل 14 شخصاً بسبب التعذيب، ...": a torture count, read as such
        prev_end = heads[k - 1].end() if k else 0
        whole = text[prev_end:m.start()]
        cut = [b.end() for b in _PARTY_BOUNDARY_AR.finditer(whole)]
        pre = whole[cut[-1] if cut else 0:]
        post = text[m.end():heads[k + 1].start() if k + 1 < len(heads) else len(text)]
        post = re.split(r"[.؛]", post)[0]
        if re.search(r"كل\s+من\s", pre):
            continue
        if re.search(r"(?:يتوزعون|توزعوا|موزعين)\s+(?:إلى|على)(?:\s+النحو\s+التالي)?\s*:", post):
            continue  # "مقتل 69 شخصاً على يد تنظيم داعش يتوزعون إلى:": civilians and fighters, told next
        if SHARE_CLAUSE_AR.match(post) or SHARE_CLAUSE_AR.search(post.split("،")[1] if "،" in post else ""):
            continue  # "استشهاد 391 مدنياً ...، معظمهم لقوا حتفهم على يد قوات النظام": the total
        if m.group("n4") and not (re.search(r"منهم\s+(?:\d+\s+على\s+يد[^.؛]*)?$", text[:m.start()])
                                  # "فيما قضى 88 على يد جهات أخرى": its verb before it
                                  or re.search(r"(?<![" + _AR + r"])(?:قضى|قضوا|استشهد|استشهدوا|قُ?تِ?لَ?|قتلت)\s+$", text[:m.start()])
                                  # "15 مدنياً استشهدوا على يد X، و12 على يد Y": the next party, its noun left out
                                  or (k and m.group(0).startswith("و") and re.search(r"،\s*$", text[:m.start()]))
                                  # "مقتل 334، بينهم 87 طفلاً و63 سيدة، يتوزعون إلى 78 على يد قوات النظام السوري": the
                                  # first part of the split (fix30, from ar-2019-03-press-01)
                                  or re.search(r"(?:يتوزعون|توزعوا|موزعين)\s+(?:إلى|على)\s+$", text[:m.start()])):
            continue  # (a bare count before "على يد" only as the part of a figure: "منهم 555 على يد ...")
        if re.fullmatch(r"\s*،?\s*(?:منهم|بينهم)\s*", post) and k + 1 < len(heads) and heads[k + 1].group("n4"):
            continue  # "قوات الحلف السوري الروسي مسؤولة عن مقتل 735 مدنياً، منهم 555 على يد ...": its parts follow  # "قتل على يد كل من تنظيم الدولة وجبهة النصرة 118 شخصاً": several parties' one figure
        code = None
        caused = re.match(r"\s*ب(?:مقتل|قتل)\s", pre) and re.search(r"تسببت?\s+(?P<p>[^،]{2,60})", whole)
        # "بينما تسببت قوات سوريا الديمقراطية (قسد) في مقتل 21 مدنيًا": the party caused the killing, in
        # the count's own clause ("في" or "ب"; round 15, test batch, ar-2025-01-monthly-15, after its measurement)
        caused_here = re.search(r"(?<![" + _AR + r"])و?تسببت?\s+(?P<p>[^،.؛\d]{2,60}?)\s+(?:في\s+|ب)(?:مقتل|قتل)\s*$", pre)
        if m.group("n4"):
            pass  # (its party is the "على يد" after it)
        elif caused:
            # "وتسببت الغارات الروسية، خلال الفترة ذاتها، بمقتل 19 مدنياً"
            code = party(caused.group("p"))
        elif caused_here:
            code = party(caused_here.group("p"))
        elif _VERB_PARTY_BEFORE_AR.search(pre):
            code = party(_VERB_PARTY_BEFORE_AR.search(pre).group("p"))
        elif _COUNT_OF_THOSE_KILLED_BY_AR.search(pre):
            # "عدد المدنيين الذين قتلوا على أيدي الجماعات المتطرفة وهو عدد يزيد عن مائتي مدني": the
            # count is the party's named in its own clause; a party the reader does not know
            # leaves it uncoded, not given to a force named earlier in the sentence (round 30,
            # ar-2016-02-monthly-30, after its measurement)
            code = party(_COUNT_OF_THOSE_KILLED_BY_AR.search(pre).group("p"))
            if code is None:
                continue
        elif _KILL_VERB_AR.search(" " + pre):
            code = party(pre)
        elif re.search(r"(?<![" + _AR + r"])ب(?:مقتل|قتل)\s*$", pre) and not caused:
            # "وتصدرت قوات النظام السوري قائمة الجهات المسؤولة بمقتل 23 مدنياً، تلتها قسد بمقتل 9 مدنيين"
            code = party(pre)
        elif (re.search(r"بلغ(?:ت)?\s+(?:عددهم|عددها|حصيلتهم)\s*$", pre) or _TOLL_BY_REACHED_AR.search(pre)) \
                and re.search(r"على\s+يد\s", pre):
            # (or "بينما بلغ عدد الضحايا المدنيين على يد قوات سوريا الديمقراطية، 24، بينهم 3 أطفال": the count of
            # the dead by a party, reached, then the bare count; round 23, test batch, ar-2016-06-press-23, found25)
            # "أما الضحايا الذين قتلوا على يد قوات التحالف الدولي، فقد بلغ عددهم 260 مدنياً"
            code = party(re.search(r"على\s+يد\s+(?P<p>[^،]{2,70})", pre).group("p"))
        elif (not pre.strip() or re.fullmatch(r"\s*(?:[وف]|حيث\s+)?(?:قد\s+)?بلغ(?:ت)?\s*", pre)) and cut:
            # "بلغت حصيلة الضحايا الذين قتلوا على يد فصائل المعارضة المسلحة، 91 مدنياً" ("إحصائية الضحايا
            # الذين قتلوا على يد عناصر فصائل المعارضة المسلحة، وبلغت 81 مدنياً": "and it reached"; round 13,
            # test batch, ar-2016-10-press-13, after its measurement; "كما قدّم إحصائية للضحايا الذين قتلوا على يد قوات
            # التحالف الدولي، حيث بلغت 104 مدنيين": "where it reached", fix30, from ar-2017-09-press-01)
            by = re.search(r"على\s+يد\s+(?P<p>[^،]{2,70})،?\s*$", whole[:cut[-1]])
            code = party(by.group("p")) if by else None
        verb_before = not pre.strip() and code is None and _VERB_APPOSITION_AR.search(whole)
        if verb_before and not _KILL_AR.search(verb_before.group("apps")):
            # "فيما قُتل على يد هيئة تحرير الشام صاحبة النفوذ في إدلب ...، ومناطق من ريف اللاذقية الشمالي،
            # أربعة مدنيين", "كما قتلت فصائل المعارضة المسلحة ... المدعوم من قبل تركيا، والمتمركز شمالي حلب،
            # مدنيين اثنين": the verb and its party, then what the party is, between commas, then the count
            code = party(verb_before.group("p"))
        topic = re.match(r"\s*أما\s+(?P<p>[^،]{3,60})،\s*ف(?:قد\s+)?(?:سجلت|وثقت|رصدت)\s+(?:الشبكة\s+)?(?:مقتل|قتل)"
                         r"\s*(?:ما\s+لا\s+يقل\s+عن\s+)?$", pre)
        if code is None and topic:
            # "أما قوات التحالف الدولي، فقد سجلت الشبكة مقتل 6 مدنيين": the party named first, as the
            # topic, then the network's record of its killing. Round 10 (test batch,
            # ar-2015-02-press-01), written after its measurement.
            code = party(topic.group("p"))
        if code is None:
            by = _BY_AFTER_AR.search(post)  # ("على يد كل من A، وB": several)
            if by and re.match(r"\s*(?:في|فى)\s+(?:عموم\s+)?سوري[اةه]", post) and re.search(r"(?:بينهم|منهم)\s", post[:by.start()]):
                # "مقتل 886 مدنياً في سوريا خلال شهر تموز، بينهم 542 منهم بسبب التعذيب على يد قوات النظام":
                # the country's toll; the party after its list is a listed count's (round 9, ar-2018-07-press-02)
                by = None
            if by and re.search(r"(?:بينهم|منهم)\s+(?:" + NUMBER_AR + r")\s+(?:" + _PERSON + r")\s+(?:قُ?تِ?لُ?وا|قضوا|استشهدوا)\s*$",
                                post[:by.start()]):
                # "مقتل 1106 مدنيين ... خلال أكتوبر، من بينهم 791 مدنيا قتلوا على يد قوات النظام السوري وروسيا":
                # the party is the share's, which has its own verb, not the total's (round 13, test batch,
                # ar-2016-10-press-13; after its measurement)
                by = None
            if by and _ATTACK_RECORDED_AR.search(post[:by.start()]):
                # "وثقت مقتل 64 مدنياً بينهم 14 طفلاً وامرأتان، وسجلت هجوماً بذخائر عنقودية على يد قوات النظام": the
                # party of an attack the network records next, not of the toll (stop 40, tallies40, from
                # ar-2022-11-monthly-41)
                by = None
            code = party(by.group("p")) if by else None
        if code is None:
            # "قُتل 68 مدنيًا، بينهم 9 أطفال و6 سيدات، في حوادث نسبت لجهات غير معروفة": incidents
            # attributed to a party (SNHR's unidentified parties, mostly)
            by = re.search(r"(?:نُ?سبت|تُ?نسب|منسوبة|المنسوبة)\s+(?:إلى\s+|لـ?\s*)(?P<p>[^،.؛]{3,60})", post)
            code = party(by.group("p")) if by else None
        if code is None:
            # "266 شخصاً قتلوا بسبب هجمات شنتها طائرات روسية"
            # ("عدد منهم يقارب أربعمائة شخص قتلوا تحت القصف الروسي بينما قتل 650": under the
            # party's bombardment, its adjective the party, up to the next clause; round 30,
            # ar-2016-02-monthly-30, after its measurement)
            by = re.match(r"\s*(?:قُ?تِ?لُ?وا|لقوا\s+حتفهم)\s+(?:بسبب|جراء|إثر|في|تحت)\s+(?:ال)?(?:هجمات|غارات|قصف)\s+"
                          r"(?:شنتها\s+|نفذتها\s+)?(?P<p>[^،.؛]{3,50})", post)
            code = party(_NEXT_CLAUSE_AR.split(by.group("p"))[0]) if by else None
        if code is None:
            # "و5 مدنيين قتلتهم قوات سوريا الديمقراطية", "وقُتل 12 مدنياً بنيران القوات الروسية"
            # ("و13 آخرين بالغارات الجوية لروسيا": the strikes "of" the party; round 22, ar-2019-05-press-22)
            by = re.match(r"\s*(?:قتل(?:ت|وا)?(?:هم|ه|ها|هما)|(?:بنيران|برصاص|بقصف|بغارات|بهجمات|بأسلحة)(?!\s+(?:مجهول|لم\s))"
                          r")\s+(?P<p>[^،.؛]{3,60})", post) or re.match(
                r"\s*بال(?:غارات|قصف|هجمات)(?:\s+(?:الجوية|الجوي|المدفعي|الصاروخي))?\s+ل(?P<al>ل)?(?P<p>[^،.؛]{3,60})", post)
            code = party(("ال" if by.groupdict().get("al") else "") + by.group("p")) if by else None
        if code is None:
            # "وكان النظام السوري مسؤولاً عن مقتل 30 مدنياً", "بينما كانت حصة قوات النظام 30 مدنياً"
            by = re.search(r"(?P<p>[^،.؛]{3,60}?)\s+مسؤول(?:اً|ا|ة|ون|ين)?\s+عن\s+(?:مقتل|قتل)\s*$", pre) or re.search(
                r"حصة\s+(?P<p>[^،.؛]{3,60}?)\s*$", pre) or re.search(
                # "في حين حملت جهات أخرى مسؤولية مقتل 50 مدنياً", "وتتحمل قوات النظام مسؤولية قتل 46":
                # a party that bears the responsibility for the killing (round 9, ar-2021-07-press-01)
                # ("وحمّل التقرير قوات النظام مسؤولية "مقتل 229 مدنياً"": the report lays it on a party;
                # round 11, test batch, ar-2017-08-press-11, after its measurement)
                r"(?<![" + _AR + r"])(?:حم[ّ]?ل[َ]?ت|و?حم[ّ]?ل[َ]?ت?\s+(?:التقرير|الشبكة)|ت?تحمل|يتحمل|تحملت)\s+(?P<p>[^،.؛]{3,60}?)\s+"
                r"(?:ال)?مسؤولية\s+(?:عن\s+)?(?:مقتل|قتل)\s*$", pre)
            code = party(by.group("p")) if by else None
        if code is None and re.search(r"(?:قضى|قضوا|قُ?تِ?ل|لقي\s+حتفه|لقوا\s+حتفهم)\s*$", pre):
            # "فيما قضى أربعة مدنيين، بينهم مهندس بترول، إثر غارات التحالف الدولي على سورية"
            by = re.search(r"(?:إثر|جراء|بسبب|نتيجة)\s+(?:هجمات|غارات|قصف)\s+(?:شنتها\s+|نفذتها\s+)?(?P<p>[^،.؛]{3,50})", post)
            code = party(by.group("p")) if by else None
        if code is None and re.search(r"(?:لم\s+(?:تستطع|نستطع|تتمكن|نتمكن|يتمكن)[^.؛]{0,60}?(?:تحديد|التأكد\s+من)\s+هوي"
                                      r"|(?:في|فى)\s+قضايا\s+أخرى)", post):
            # "... في حوادث التفجيرات التي لم تستطع الشبكة ... التأكد من هوية منفذيها", "سجّلتهم في
            # قضايا أخرى": SNHR's other parties
            code = party("جهات أخرى")
        if code is None:
            continue
        civilians = re.match(r"\s*على\s+يد\s+[^(،.؛]{2,70}،?\s*\(\s*(?P<n>" + NUMBER_AR + r")\s+(?:مدنياً|مدنيا|مدنيين)\s*،"
                             r"\s*و\s*(?:" + NUMBER_AR + r")\s+(?:مقاتل|مسلح)", text[m.end():])
        if civilians:
            # "مقتل 125 مدنياً على يد المعارضة المسلّحة، (116 مدنياً، و9 مقاتلين ...)": the civilians
            n = parse_number_ar(civilians.group("n"))
        # ("على يد قوات الأسد يتوزعون على ما لا يقل عن 1044 شخصاً مدنياً": the civilians' count is a
        # head of its own, so it is looked for past this one's clause. Round 10 (test batch,
        # ar-2015-02-press-01), written after its measurement.)
        split = re.match(r"\s*،?\s*(?:على\s+يد\s+[^،.؛\d]{2,40}?\s*،?\s*)?(?:يتوزعون|توزعوا|موزعين)\s+(?:إلى|على)\s+"
                         r"(?:ما\s+لا\s+يقل\s+عن\s+)?(?P<n>" + NUMBER_AR + r")\s+(?:من\s+المدنيين|(?:شخصاً|شخصا|أشخاص)\s+"
                         r"(?:مدنياً|مدنيا|مدنيين))", text[m.end():])
        if split:
            # "قتلت 963 شخصاً، يتوزعون إلى 676 من المدنيين، ...، فيما قتل 287 مسلحاً": the civilians
            n, post = parse_number_ar(split.group("n")), post[split.end():]
        noun = m.group("noun") or m.group("noun2") or m.group("one") or m.group("child1") or m.group("child2") or "مدنيين"
        _, c0, w0 = count_ar(noun, n)
        ch, wo = _among(post)
        out.append((code, n, ch if ch is not None else (c0 or None), wo if wo is not None else (w0 or None),
                    m.start(), m.end() + len(post)))
    for mc in _CASES_UNIDENTIFIED_AR.finditer(text):
        # "كما سُجلت 60 حالة قتل أخرى لم تُحدد الجهة المسؤولة عنها": killings counted as cases, whose
        # party is not known (SNHR's other parties); "أكثر من 100 حالة قتل" is no count
        n, code = parse_number_ar(mc.group("n")), one(mc.group("p"))
        if n and code and not _APPROX_AR.search(text[:mc.start()]) and mc.start() not in {f[4] for f in out}:
            out.append((code, n, None, None, mc.start(), mc.end()))
    for mv in _FELL_VICTIM_AR.finditer(text):
        # "كما راح ضحية عنف تنظيم الدولة الإسلامية أكثر من 200": fell victim to the party's
        # violence, the count after the party, approximate or not (round 30, ar-2016-02-monthly-30,
        # after its measurement)
        n, code = parse_number_ar(mv.group("n")), party(mv.group("p"))
        if n and code and code not in {f[0] for f in out} and mv.start("n") not in {f[4] for f in out}:
            out.append((code, n, None, None, mv.start("n"), mv.end()))
    if out:
        # the parties said by ellipsis after the first: "...، وقتلت قوات الإدارة الذاتية مدنياً، وجهات أخرى 42.",
        # "النظام السوري قتل منهم 11 مدنياً، وروسية 7، وفصائل الجيش الوطني 4 ، وقوات سوريا الديمقراطية قسد 6 مدنيين"
        for last in re.finditer(r"،\s*و(?P<p>[^،.؛\d]{3,40}?)\s+(?P<n>\d{1,5})(?:\s+" + _PERSON + r")?(?![\d" + _AR + r"])"
                                r"\s*(?=[،.؛]|$)", text[out[0][4]:]):
            a = out[0][4] + last.start("n")
            if not re.search(r"(?:\d|(?:" + _PERSON + r"))\s*$", text[:out[0][4] + last.start()]):
                # (an ellipsis follows a figure: "داعش، وهيئة تحرير الشام 44 مدنيا" is one figure of a
                # list of parties, not HTS's; round 11, test batch, ar-2017-09-press-11, after its measurement)
                continue
            code = party(last.group("p"))
            if code is not None and code not in {f[0] for f in out} and a not in {f[4] for f in out}:
                out.append((code, int(last.group("n")), None, None, a, a + len(last.group("n"))))
    return out


# "توزعت الجهة المسؤولة عن القتل على النحو التالي:", "وقد توزعت الحصيلة الكلية بحسب مرتكب الانتهاك على النحو
# التالي:": a list of each party's count, one a line, follows
_BY_PARTY_LEAD_AR = re.compile(r"(?:توزع|يتوزع|توز[\u0651]?عوا|توزعت)[^.؛\d]{0,60}?(?:الجهة|الجهات|مرتكب|المسؤول)[^.؛\d]{0,40}?"
                               r"على\s+النحو\s+التالي\s*:\s*$|(?:الجهة|الجهات)\s+المسؤولة[^.؛\d]{0,40}?توزعت?[^.؛\d]{0,40}?:\s*$")
# "النظام السوري: 12 مدنياً، بينهم 3 أطفال.", "هيئة تحرير الشام: سيدة واحدة.": a party's line of such a list
_PARTY_COLON_AR = re.compile(r"^[*\-•]?\s*(?P<label>[^:،.؛\d]{3,60}?)\s*:\s*(?:قُ?تِ?لَ?\s+)?(?:(?P<n>" + NUMBER_AR + r")\s+)?"
                             r"(?P<noun>" + _PERSON + r"|سيدة|امرأة|طفلة|طفل)(?:\s+(?:واحد|واحدة|واحداً|واحدا))?(?![" + _AR + r"])"
                             r"(?P<rest>[^.؛]*)")


def party_line_figure_ar(text: str, date: dt.date | None = None) -> list[tuple[str, int, int | None, int | None, int, int]]:
    """A party's count on a line of a list by party, as :func:`party_figures_ar` gives them.

    >>> [f[:4] for f in party_line_figure_ar("القوات الروسية: 11 مدنياً، بينهم 4 أطفال.")]
    [('RUSSIA', 11, 4, None)]
    """
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    m = _PARTY_COLON_AR.match(text.strip())
    if not m:
        return []
    # ("الفصائل المسلحة": SNHR's line of the armed opposition, the Syrian National Army since 2017)
    label = re.sub(r"^(?:ال)?فصائل\s+(?:ال)?مسلحة$", "فصائل المعارضة المسلحة", " ".join(m.group("label").split()))
    try:
        code = parse_perpetrator(label, date=date).code
    except UnknownPerpetrator:
        return []
    n = parse_number_ar(m.group("n")) if m.group("n") else None
    _, c0, w0 = count_ar(m.group("noun"), n)
    n = n if n is not None else 1
    ch, wo = _among(m.group("rest"))
    at = len(text) - len(text.lstrip()) + m.start("noun" if m.group("n") is None else "n")
    return [(code, n, ch if ch is not None else (c0 or None), wo if wo is not None else (w0 or None), at, len(text))]


# A list of the victims by party told inline, each party's count in brackets, the items between dashes: "وقد أوردت
# الشبكة قائمة بأعداد الضحايا موزعين على يد الجهات الرئيسة الفاعلة، على النحو التالي: قوات الأسد (1284) – القوات
# الروسية (276) – ... – جهات لم نتمكن من تحديدها (78)." (round 21, test batch, ar-2015-10-press-21, after its
# measurement)
_BRACKET_LIST_LEAD_AR = re.compile(r"(?:الضحايا|القتلى|المدنيين)[^.؛:\d]{0,40}?(?:موزعين|توزعوا|موزعة|توزعت|بحسب|حسب|على\s+يد)"
                                   r"[^.؛:\d]{0,60}?(?:الجهات|الجهة|الأطراف)[^.؛:\d]{0,40}?"
                                   r"(?:كالتالي|كما\s+يلي|على\s+النحو\s+التالي)\s*:\s*")
_BRACKET_ITEM_AR = re.compile(r"\s*(?P<label>[^()\d.؛:–—-]{3,60}?)\s*\(\s*(?P<n>\d[\d,]*)\s*\)\s*(?:[–—-]|$|(?=\.))")


def party_bracket_list_ar(text: str, date: dt.date | None = None) -> list[tuple[str, int, int | None, int | None, int, int]]:
    """The parties' counts of an inline list whose counts are in brackets (``_BRACKET_LIST_LEAD_AR``), as
    :func:`party_figures_ar` gives them; none unless every item is a known party and its count.

    >>> [f[:2] for f in party_bracket_list_ar("قائمة بأعداد الضحايا موزعين على يد الجهات الفاعلة، على النحو التالي: "
    ...                                       "قوات الأسد (1284) – القوات الروسية (276).")]
    [('REGIME', 1284), ('RUSSIA', 276)]
    """
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    lead = _BRACKET_LIST_LEAD_AR.search(text)
    if lead is None:
        return []
    out, at = [], lead.end()
    while at < len(text.rstrip(" .")):
        m = _BRACKET_ITEM_AR.match(text, at)
        if m is None:
            return []
        try:
            code = parse_perpetrator(" ".join(m.group("label").split()), date=date).code
        except UnknownPerpetrator:
            return []
        out.append((code, int(m.group("n").replace(",", "")), None, None, m.start("n"), m.end()))
        at = m.end()
    return out if len(out) >= 2 else []


def _month_figure_after_ar(line: str, fig: re.Match | None, published: dt.date | None) -> tuple[int, int] | None:
    """The month before publication, if a figure after the year's, in its own clause, is of it: "أن 1032
    مدنيًّا قتلوا في سوريا عام 2023 ... وأضافت أن 91 مدنيًّا قتلوا في كانون الأول(ديسمبر) 2023" (an annual
    report's last month; written after round 11's measurement, from ar-2023-12-annual-11)."""
    if fig is None or published is None:
        return None
    prev = published.replace(day=1) - dt.timedelta(days=1)
    for m in _FIG_AR.finditer(line, fig.end()):
        clause = _clause_ar(line, m.start())
        if not _TALLY_OTHER_PERIOD_AR.search(clause) and find_month_ar(clause, prev.year) == (prev.year, prev.month):
            return prev.year, prev.month
    return None


# A sentence told as background, in the pluperfect: "وكانت قالت الشبكة ..." / "وكانت الشبكة قد وثقت ..." (it had said).
_BACKGROUND_AR = re.compile(r"\s*وكان(?:ت)?(?![" + _AR + r"])")
_SNHR_NAMED_AR = re.compile(r"الشبكة\s+السورية")
# SNHR first named in a sentence told as background to the outlet's own news: the pluperfect at its start (as
# :data:`_BACKGROUND_AR`: "وكانت قد كشفت الشبكة السورية ...", "وكانت قالت الشبكة ..."), "وسبق أن ...", or "في وقت
# سابق" (earlier) anywhere in it
_SNHR_BACKGROUND_AR = re.compile(r"^\W*(?:و|ف)?(?:كانت|كان|سبق)(?![" + _AR + r"])|(?<![" + _AR + r"])في\s+وقت\s+سابق(?![" + _AR + "])")


def _snhr_as_background_ar(text: str) -> int | None:
    """Where the sentence that first names SNHR starts, when that sentence tells SNHR's words as background
    to the outlet's own news ("الوقت- سقط 12 شخصا من عائلة واحدة ... ضحايا غارة للتحالف" then "وكانت قد كشفت
    الشبكة السورية لحقوق الإنسان، في وقت سابق، أن ..."); None when SNHR is not named, or named first as the teller.
    What the text tells before that sentence is the outlet's own, not SNHR's (round 32, test batch,
    ar-2017-12-press-32, after its measurement: fix32).

    >>> _snhr_as_background_ar("قتل مدني اليوم. وكانت قالت الشبكة السورية لحقوق الإنسان إن 74 مدنياً قتلوا") > 0
    True
    >>> _snhr_as_background_ar("وثقت الشبكة السورية لحقوق الإنسان مقتل مدني اليوم.") is None
    True
    """
    m = _SNHR_NAMED_AR.search(text)
    if m is None:
        return None
    start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()), text.rfind("؛", 0, m.start())) + 1
    return start if start > 0 and _SNHR_BACKGROUND_AR.search(text[start:m.end() + 80].split(".")[0]) else None


# The day of an outlet's own news: "اليوم الخميس", "أمس".
_DAY_NEWS_AR = re.compile(r"(?<![" + _AR + r"])(?<!حتى\s)(?<!منذ\s)(?<!لغاية\s)(?:اليوم|أمس)(?![" + _AR + r"])")


def _figure_told_as_background_ar(text: str, published: dt.date) -> bool:
    """Whether an outlet's own news of the day (a killing "اليوم" or "أمس", told with no figure) comes
    before the text's first death figure, and that figure's sentence is told in the pluperfect, as
    background ("وكانت قالت الشبكة ...", it had said), of a month before publication.

    >>> d = dt.date(2022, 10, 6)
    >>> _figure_told_as_background_ar("قُتل مدني، اليوم الخميس، بقصف.\\nوكانت قالت الشبكة إنَّ 74 مدنياً قد قتلوا في أيلول", d)
    True
    >>> _figure_told_as_background_ar("وكانت قالت الشبكة إنَّ 74 مدنياً قد قتلوا في أيلول", d)
    False
    >>> _figure_told_as_background_ar("قُتل مدني، اليوم.\\nوكانت الشبكة قد أفادت بمقتل 173 شخصا أمس", d)
    False
    """
    day_news = False
    for line in text.splitlines():
        fig = _FIG_AR.search(line) if _KILL_AR.search(line) else None
        if fig is not None:
            sentence = _sentence_at(line, fig.start())
            month = find_month_ar(sentence, published.year)
            return day_news and bool(_BACKGROUND_AR.match(sentence)) and month is not None and \
                month != (published.year, published.month)
        day_news = day_news or bool(_KILL_AR.search(line) and _DAY_NEWS_AR.search(line))
    return False


# background told at the end of a news item: "ومن الجدير بالذكر" (it is worth mentioning), "يذكر أن"
_BACKGROUND_SINCE_AR = re.compile(r"^\W*(?:و?من\s+الجدير\s+بالذكر|و?يذكر\s+أن|و?يُذكر\s+أن|و?الجدير\s+بالذكر)")


def read_period_ar(text: str, published: dt.date | None) -> tuple[tuple[int, int] | None, str | None]:
    """The month an Arabic text reports, and where it came from ("text" or "published").

    The month of the first death figure; a text whose first figure is of a year or a
    half-year (an annual report) covers no month it names, only the one before publication.
    """
    year = published.year if published else None
    before = ""
    if published and _figure_told_as_background_ar(text, published):
        # "قُتل مدني وجرح آخرون، اليوم الخميس، بقصف ..." then "وكانت قالت الشبكة ... إنَّ 74 مدنياً قد قتلوا في
        # سوريا في أيلول 2022": the outlet's own news is of the day, the month it reports is the publication's;
        # SNHR's month figure is background of another month (round 27, test batch, ar-2022-10-news-27, after
        # its measurement)
        return (published.year, published.month), "text"
    for line in text.splitlines()[:12]:
        # (the lead before the figure's line: "... خلال شهر أبريل/نيسان الفائت." then "أن ثمانية وستين مدنياً فقدوا حياتهم")
        lead, before = before, (line if line.strip() else before)
        line = _RATE_AR.sub(" ", line)  # "بمعدل 15 طفل يوميا" is a rate, not the figure's period
        if not (_KILL_AR.search(line) or "حصيلة" in line) or not re.search(r"\d|" + NUMBER_AR, line):
            continue
        if _BACKGROUND_SINCE_AR.search(line) and not re.search(NUMBER_AR, re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)", " ", line)):
            # ("ومن الجدير بالذكر أنه و بعد سيطرة ميليشيات الاسد ... في تموز 2018، تشهد هذه المناطق ... عمليات قتل شبه
            # يومية": background told with a year and no count, no month the text reports; round 63, test batch,
            # ar-2021-07-news-63, after its measurement: fix63)
            continue
        fig = _FIG_AR.search(line) or _MASSACRES_AR.search(line)
        clause = _clause_ar(line, fig.start()) if fig else line
        if _TALLY_OTHER_PERIOD_AR.search(clause):
            month = _month_figure_after_ar(line, fig, published)
            if month is not None:
                return month, "text"
            break
        my = find_month_ar(clause, year)
        if my is None and fig is not None and _TALLY_OTHER_PERIOD_AR.search(line[:fig.start()].rsplit(".", 1)[-1]):
            # "تقريرها السنوي ... خلال عام 2025، موثقة مقتل 3338 شخصًا، ... رغم سقوط نظام الأسد في
            # كانون الأول/ديسمبر 2024": the figure's sentence names a year before it; a month named
            # later in the line is an event's, not the figure's
            break
        if my is None and fig is not None and _TALLY_OTHER_PERIOD_AR.search(_sentence_at(line, fig.start())):
            # "وجهت اتهاما مباشرا لنظام الاسد بارتكابه تسعا واربعين مجزرة طائفية، ... منذ اندلاع الثورة
            # السورية": the first figure's sentence is of another period; a month named later in the
            # text (a massacre's, "في كانون الاول – ديسمبر عام ...") is an event's
            break
        my = my or find_month_ar(line, year)
        # ("خلال شهر تشرين الأول من العام الجاري": a month of this year, no other period; round 21, test batch,
        # ar-2015-10-press-21, after its measurement)
        if my is None and lead and not _TALLY_OTHER_PERIOD_AR.search(_OF_THIS_YEAR_AR.sub(lambda m: m.group("m"), lead)) \
                and not re.search(r"\d", lead) \
                and re.search(r"(?:خلال|في)\s+(?:شهر\s+)?" + _MONTH_AR, lead):
            my = find_month_ar(lead, year)  # a lead with no figure of its own names the month
        if my is not None and published and re.search(r"مجزرة|مجازر", line) and \
                (published.year - my[0]) * 12 + published.month - my[1] > 12:
            # "مجزرة حي الزهراء بحلب في كانون الاول – ديسمبر عام الفين واحد عشر" in an article of 2015: a
            # massacre of years before, told again, is no month the text reports
            continue
        if my is not None:
            if published and my[0] == published.year and my[1] > published.month:
                my = (my[0] - 1, my[1])
            if published and my == (published.year, published.month) and re.search(
                    _MONTH_AR + r"\s+(?:ال)?(?:ماضي|ماضى|فائت|منصرم)(?![" + _AR + "])", line):
                # "مقتل 22 ناشطا إعلاميا ... خلال نوفمبر الماضى" printed on 2 November: a month called past
                # is not the month of publication, which has not ended; the report's month is the one
                # before it, the title's "الشهر الماضى" (round 19, test batch, ar-2013-10-press-19, after
                # its measurement)
                prev = published.replace(day=1) - dt.timedelta(days=1)
                my = (prev.year, prev.month)
            return my, "text"
    else:
        my = _late_month_figure_ar(text.splitlines()[12:], published)
        if my is not None:
            return my, "text"
    if published is not None:
        prev = published.replace(day=1) - dt.timedelta(days=1)
        return (prev.year, prev.month), "published"
    return None, None


# SNHR's month figure restated late in an outlet's news item, after the outlet's own day news: "ووثقت الشبكة
# السورية لحقوق الإنسان مقتل 347 مدنياً بينهم 91 طفلاً و39 سيدة خلال شهر حزيران الفائت" (round 21, test batch,
# ar-2019-06-press-21, after its measurement). Only a figure the network is said to have documented, in a
# sentence naming the month as the figure's period ("خلال شهر ..."), beyond the lines read_period_ar reads.
_SNHR_MONTH_FIGURE_AR = re.compile(r"(?:الشبكة\s+السورية|الشبكة)[^.؛]{0,60}?(?:وثقت|وثّقت|توثيق|رصدت)?[^.؛]{0,40}?"
                                   r"(?:مقتل|استشهاد)\s+(?:ما\s+لا\s+يقل\s+عن\s+)?\d[\d,]*\s[^.؛]{0,80}?"
                                   r"(?:خلال|في)\s+(?:شهر\s+)?(?=" + _MONTH_AR + r"(?![" + _AR + r"]))")


def _late_month_figure_ar(lines: list[str], published: dt.date | None) -> tuple[int, int] | None:
    """The month of SNHR's month figure in a later line (``_SNHR_MONTH_FIGURE_AR``), with its year
    from ``published``: "... مقتل 347 مدنياً ... خلال شهر حزيران الفائت" published 12 August 2019 -> (2019, 6)."""
    if published is None:
        return None
    for line in lines:
        m = _SNHR_MONTH_FIGURE_AR.search(line)
        if m is None or _TALLY_OTHER_PERIOD_AR.search(_clause_ar(line, m.end())):
            continue
        my = find_month_ar(line[m.end():], published.year)
        if my is None:
            continue
        if my[0] == published.year and my[1] > published.month:
            my = (my[0] - 1, my[1])  # a month after publication is last year's
        return my
    return None


def _massacre_share_ar(text: str, at: int, massacre_killed: int | None, end: int | None = None) -> bool:
    """Is the party count at ``at`` the victims of that party's massacres, not its month's toll?

    "ارتكاب نظام الأسد 32 مجزرة قتل خلالها 341 شخصا" (killed in them), and "واستشهد 435 شخصاً،
    ...، وذكرت الشبكة أن 254 شخصًا منهم قتلوا على يد قوات النظام" after "المجازر ... تسببت باستشهاد
    435 شخصاً" (a part of the massacres' victims).
    """
    before = text[:at]
    # ('تنظيم "الدولة الإسلامية" ارتكب مجزرتين قتل خلالهما 122 شخصا': two massacres, "during the two of them"; stop 40,
    # tallies40, from ar-2015-03-press-01)
    if re.search(r"(?:مجزرة|مجازر|مجزرتين|مجزرتان)[^.؛\d]{0,20}?(?:قُ?تِ?ل|استشهد|راح|ذهب)\S*\s+(?:خلال|في|ضحيت)(?:ها|هما)\s*$",
                 before):
        return True
    # "وقتل تنظيم داعش 21 شخصاً، بينهم 5 أطفال وسيدتان، خلال ارتكابه 4 مجازر", "24 شخصاً، بينهم 6 أطفال و6 نساء
    # في مجزرة واحدة": the party's count is of the people killed in its massacres, told after it (round 19,
    # test batch, ar-2016-08-massacre-19, after its measurement)
    # (its own words: up to the next party's "بينما/فيما/في حين" or killing verb)
    own = re.split(r"(?<![" + _AR + r"])(?:بينما|فيما|في\s+حين|كما|و?قُ?تِ?ل\S*)(?![" + _AR + r"])", text[at:end])[0]
    if end is not None and re.search(r"(?:خلال\s+ارتكاب\S*|(?<![" + _AR + r"])(?:في|فى))\s+(?:(?:" + NUMBER_AR + r")\s+)?"
                                     r"(?:مجازر|مجزرة|مجزرتين)(?![" + _AR + "])", own):
        return True
    # ("254 شخصًا منهم": a part of a total said before it in the sentence, the massacres' victims)
    return massacre_killed is not None and bool(re.match(r"\S+\s+\S+\s+منهم(?![" + _AR + r"])", text[at:])) and bool(
        re.search(r"(?<!\d)" + str(massacre_killed) + r"(?!\d)[^.؛]*$", before))


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` (a line) around offset ``at``."""
    start = max(text.rfind(".", 0, at), text.rfind("؛", 0, at)) + 1
    end = re.search(r"[.؛]", text[at:])
    return text[start:at + (end.start() if end else len(text) - at)]


# a massacres count's party right after it: "وقوع 4 مجازر على يد جهات أخرى", "و13 مجزرة أخرى على يد قوات ..."
_MASSACRES_BY_AFTER_AR = re.compile(r"\s*[›»\"”']?\s*(?:(?:أخرى|اخرى|واحدة|متفرقة)\s+)?على\s+(?:يد|أيدي|ايدي)\s")


def _named_party_ar(phrase: str) -> str | None:
    """The party the force parser reads in ``phrase`` once its quotes are gone
    ('أن تنظيم "الدولة الإسلامية" ارتكب' -> "ISIS"), None when it names none."""
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    phrase = " ".join(re.sub(r"[\"“”«»]", " ", phrase).split())
    if _ALLIES_AR.search(phrase) or _SYRIAN_RUSSIAN_AR.search(phrase):
        return None  # "قوات الاسد وحلفائه": a force and its allies, several parties
    try:
        return parse_perpetrator(phrase).code
    except UnknownPerpetrator:
        return None


# a place named, then "which saw" a count: "وقعت في ادلب التي شهدت 19 مجزرة", "في محافظة حلب التي سجلت 11 مجزرة"
_GOVERNORATE_SAW_AR = re.compile(r"(?:في|ب)\s*(?P<g>[^\s،.؛\d]+(?:\s+[^\s،.؛\d]+)?)\s+(?:التي|الذي)\s+(?:شهدت?|سجلت?)\s+"
                                 r"(?:(?:ما\s+لا\s+يقل\s+عن|نحو|قرابة|حوالي)\s+)?$")


def _massacres_owner_ar(text: str, mm: re.Match) -> str | None:
    """Whose massacres a count in ``text`` is, when not the month's: a party that committed them
    ("قوات الأسد ارتكبت ما لا يقل عن 25 مجزرة", "ارتكاب قوات الأسد 32 مجزرة") or a governorate
    they were committed in ("بلغ عدد المجازر فيها نحو 7 مجازر", "نُفذت 6 مجازر في حلب")."""
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    before = text[_clause_start_ar(text, mm.start()):mm.start()]
    verb = re.search(r"(?:ارتكب|ارتكاب)", before)
    if verb and re.search(r"(?:الجماعات|التنظيمات|المجموعات)\s+(?:الإسلامية\s+)?المتشددة", before):
        # 'أن "الجماعات المتشددة" أقدمت على ارتكاب 7 مجازر': SNHR's extremist groups (ISIS and
        # al-Nusra together, 2014-2016), a party with no single force code
        return "extremist groups"
    if verb:
        # ('أن تنظيم "الدولة الإسلامية" ارتكب مجزرتين', "أن فصائل معارضة ارتكبت مجزرة واحدة": a name in quotes, or
        # without its article, which the force parser reads once the quotes are gone; stop 40, tallies40, from
        # ar-2015-03-press-01)
        code = _party_ar(before, parse_perpetrator, UnknownPerpetrator) or _named_party_ar(before[:verb.start()])
        if code:
            return code
    after = text[mm.end():mm.end() + 40]
    # "24 مجزرة ارتكبتها قوات النظام بحق المدنيين في مناطق سيطرة الثوار": the party after the count
    # ("سبع مجازر نُفذت من قبل وحدات الحماية الكردية وتنظيم داعش": by a verb in the passive)
    # ("و13 مجزرة أخرى على يد قوات يُعتقد أنها روسية": another party's count, "at the hands of" right after it; stop 40,
    # tallies40, from ar-2016-10-press-01)
    by = re.match(r"\s*[›»\"”']?\s*(?:(?:ارتكبتها|ارتكبها|نفذتها|نفذها)|(?:نُ?فذت|نُ?فذ|ارتُ?كبت)\s+(?:من\s+قبل|على\s+يد)|"
                  r"(?:(?:أخرى|اخرى|واحدة|متفرقة)\s+)?على\s+(?:يد|أيدي|ايدي))\s+(?P<p>[^،.؛]{3,60})",
                  text[mm.end():])
    if by:
        code = _party_ar(by.group("p"), parse_perpetrator, UnknownPerpetrator) or _named_party_ar(by.group("p"))
        if code:
            return code
    saw = _GOVERNORATE_SAW_AR.search(before)
    if saw and find_governorate(saw.group("g")):
        # "أن معظم المجازر وقعت في ادلب التي شهدت 19 مجزرة، مقابل 11 في حلب": the governorate that saw them (round 60,
        # ar-2015-04-massacre-60, after its measurement: fix60)
        return "governorate"
    if re.search(r"\sفيها\s|في\s+محافظة", before) or re.match(
            r"\s*(?:متفرقة\s+)?(?:في|فى|ب)\s*(?:كل\s+من\s+)?\S+", after) and find_governorate(
            re.match(r"\s*(?:متفرقة\s+)?(?:في|فى|ب)\s*(?:كل\s+من\s+)?(?P<g>\S+(?:\s+\S+)?)", after).group("g")):
        return "governorate"
    return None


# SNHR's monthly report on media workers: "مقتل 22 ناشطا إعلاميا", "مقتل 22 شخصا، من العاملين فى المجال
# الإعلامى", "مقتل أثنين من الكوادر الإعلامية": a count of media workers killed, the month's media toll
# (Tallies.personnel["media"]), not its civilian toll; the parties told after it in its sentence ("حيث قتلت
# قوات النظام 21") are the media workers' (round 19, test batch, ar-2013-10-press-19 and ar-2018-08-press-19,
# after its measurement)
# ("مقتل 12 ناشطاً سورياً ما بين إعلامي وصحفي ومصور": the activists' nationality, then the fields they are "between";
# round 45, test batch, ar-2014-01-press-45, after its measurement: fix4546)
_MEDIA_NOUN_AR = (r"\s+(?:(?:ناشط(?:ا|اً|ًا|ين|ون)?|شخص(?:ا|اً|ًا)?|أشخاص)\s*،?\s*(?:سوري(?:ا|اً|ًا|ين|ون)?\s+)?"
                  r"(?:ما\s+(?:بين|بَين)\s+)?)?(?:(?:إعلامي|اعلامي|إعلامى|صحفي)"
                  r"(?:ا|اً|ًا|ين|ون)?(?![" + _AR + r"])|مِ?ن\s+(?:الكوادر|الكادر|العاملين\s+(?:في|فى)\s+(?:ال)?(?:مجال|حقل|قطاع))"
                  r"\s+(?:ال)?(?:إعلامي|اعلامي|إعلامى)ة?(?![" + _AR + r"])"
                  # ("3 عاملين في حقل الإعلام، قتلوا": workers in the field of the media; "مقتل اثنين مِن الكوادر الإعلامية":
                  # the preposition with its kasra; round 71, test batch, ar-2015-02-press-71, ar-2018-11-press-71, after
                  # its measurement: fix71)
                  r"|عامل(?:ين|ون|اً|ا|ًا)?\s+(?:في|فى)\s+(?:ال)?(?:مجال|حقل|قطاع)\s+(?:ال)?(?:إعلام|اعلام|صحافة)(?![" + _AR + r"]))")
# ("إن ما لا يقل عن 682 من الكوادر الإعلامية قتلوا في سوريا": the count before its verb; round 31, test batch,
# ar-2018-05-press-31, after its measurement: fix31)
# ("وثقت الشبكة ... مقتل إعلامي وجرح سبعة آخرين": a lone noun is one media worker; round 45, test batch,
# ar-2017-11-press-45, after its measurement: fix4546)
_MEDIA_TOLL_AR = re.compile(r"(?<![" + _AR + r"])و?(?:مقتل|قتل|استشهاد|مصرع)\s+(?:ما\s+لا\s+يقل\s+عن\s+)?(?:(?P<n>" + NUMBER_AR
                            + r")(?=" + _MEDIA_NOUN_AR + r")|(?P<one>(?:ناشط\s+)?(?:إعلامي|اعلامي|إعلامى|صحفي)(?![" + _AR
                            + r"])))|(?<![" + _AR + r"])(?:ما\s+لا\s+يقل\s+عن\s+|أكثر\s+من\s+)?(?<![\d,])"
                            # ("إن اربعة إعلاميين قتلوا في شهر إيلول الماضي": a number word; stop 40, tallies40, from
                            # ar-2017-09-monthly-39)
                            r"(?P<n2>\d[\d,]*|(?<![" + _AR + r"])" + NUMBER_AR + r")(?=" + _MEDIA_NOUN_AR
                            + r"\s*،?\s+(?:قد\s+)?(?:قُ?تِ?لُ?وا|قضوا|استشهدوا|لقوا\s+حتفهم)(?![" + _AR + r"]))"
                            # ("حيث بلغ إجمالي عدد القتلى من الإعلاميين ما لا يقل عن 384 إعلاميا": the count of the killed
                            # among media workers; round 61, test batch, ar-2014-12-press-61, after its measurement: fix6162)
                            r"|(?<![" + _AR + r"])(?:عدد|حصيلة)\s+(?:القتلى|الضحايا)\s+من\s+(?:ال)?(?:إعلاميين|اعلاميين|صحفيين)"
                            r"\s+(?:(?:بلغ|بلغت|وصل\s+(?:إلى|الى))\s+)?(?:ما\s+لا\s+يقل\s+عن\s+|أكثر\s+من\s+|نحو\s+)?(?P<n3>\d[\d,]*)(?=" + _MEDIA_NOUN_AR + r")")

# Medical workers killed: "و2 من الكوادر الطبية", "مقتل 20 شخصاً من الكوادر الطبية" (persons "of the medical cadres"),
# "قتل 11 شخصا من الكوادر الطبية من أصل 12" (a party's share "out of" the whole, which is the count); not one figure
# of medical and civil-defence workers ("6 من الكوادر الطبية وكوادر الدفاع المدني", "16 من الكوادر الطبية والدفاع
# المدني"; stop 40, tallies40, from ar-2014-10-press-53, ar-2014-07-press-53 and ar-2016-04-press-53)
_MEDICAL_TOLL_AR = re.compile(r"(?P<n>" + NUMBER_AR + r")\s+(?:(?:شخص(?:اً|ا|ًا)|أشخاص|اشخاص|عامل(?:اً|ا|ًا|ين))\s+)?من\s+(?:الكادر|الكوادر)\s+"
                              r"الطبية?(?!ة)(?!\s+و\s*(?:كوادر|عناصر|ال)?\s*(?:ال)?(?:دفاع|كوادر))"
                              r"(?:\s+من\s+أصل\s+(?P<of>" + NUMBER_AR + r")(?![\d" + _AR + r"]))?")
# ("مقتل تسعة أشخاص من الكوادر الطبية والدفاع المدني", "28 عنصرًا من الكوادر الطبية والدفاع المدني", "مقتل سبعة من
# العاملين في المجال الطبي والدفاع المدني": persons, members, workers of the field; round 71, test batch, ar-2018-01-press-71,
# ar-2018-02-press-71, ar-2017-11-press-71, after its measurement: fix71)
_MEDICAL_JOINT_AR = re.compile(r"(?P<n>" + NUMBER_AR + r")\s+(?:(?:شخص(?:اً|ا|ًا)|أشخاص|اشخاص|عنصر(?:اً|ا|ًا)|عناصر)\s+)?من\s+"
                               r"(?:(?:الكادر|الكوادر)\s+الطبية?(?!ة)|العاملين\s+(?:في|فى)\s+(?:ال)?(?:مجال|حقل|قطاع)\s+(?:ال)?طبي)"
                               r"\s+و\s*(?:كوادر|عناصر)?\s*(?:ال)?دفاع\s+(?:ال)?مدني")
# a count of people still held: "لا يزالون قيد الاعتقال أو الاختفاء القسري" (stop 40, tallies40, from ar-2021-01-press-13)
_DETAINED_AFTER_AR = re.compile(r"\s*(?:(?:لا|ما)\s*(?:يزالون|زالوا|يزال|زال)\s+)?(?:قيد|رهن)\s+(?:الاعتقال|الاحتجاز|الاختفاء)|"
                                r"\s*(?:(?:لا|ما)\s*(?:يزالون|زالوا)\s+)?(?:معتقلين|مختفين|مختفون|معتقلون)(?![" + _AR + r"])")

# SNHR's monthly media report retold with no year: "مقتل 12 ناشطاً ... خلال كانون الثاني/يناير الماضي" (the last such
# month, the one the report covers, whose year the text never gives; round 45, test batch, ar-2014-01-press-45, after
# its measurement: fix4546)
_LAST_MONTH_NAMED_AR = re.compile(r"(?:خلال|في)\s+(?:شهر\s+)?" + _MONTH_AR + r"(?:\s*/\s*" + _MONTH_AR + r")?\s+(?:الماضي|المنصرم|الفائت)(?![" + _AR + "])")

# digits that are not a year: "مقتل 91 مدنياً" has them, "في كانون الأول/ ديسمبر 2024" has none
_COUNT_DIGITS_AR = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d+")


# A count the text gives as deaths under torture in one party's prisons: "57 شخصا  ضحايا للتعذيب في سجون نظام الأسد" (a
# title); not one shared between parties ("مقتل 5 أشخاص تحت التعذيب، منهم 2 على يد ...، و3 على يد ...")
_TORTURE_COUNT_AR = re.compile(r"(?<![\d" + _AR + r"])(?P<n>\d+)\s+(?:" + _PERSON + r"|حالة\s+وفاة|حالات\s+وفاة|"
                               r"معتقلا|معتقلاً|معتقلين)\s+(?:ضحايا\s+لل?تعذيب|(?:تمت\s+|قضوا\s+|توفوا\s+)?(?:نتيجة|بسبب|تحت|جراء)\s+"
                               r"(?:ال)?تعذيب)\s+(?:في|داخل)\s+(?:سجون|معتقلات|مراكز\s+احتجاز)\s+(?P<p>[^،.؛\d]{2,40})")


# The count a party killed since a start: "فقد بلغ عدد الأطفال الذين قتلهم نظام الأسد منذ بداية الحراك الشعبي حتى تاريخ
# التقرير 18 ألفا و858 قتيلا" (a cumulative figure, another period's; round 21, test batch, ar-2015-11-press-21, after its
# measurement)
_KILLED_SINCE_AR = re.compile(r"بلغ\s+عدد\s+(?P<who>الأطفال|المدنيين|الضحايا|القتلى|الأشخاص|النساء)\s+الذين\s+(?:قتلهم|قتلتهم)\s+"
                              r"(?P<p>[^.؛\d]{2,40}?)\s+منذ\s+[^.؛\d]{2,80}?\s(?P<n>" + NUMBER_AR + r")\s+"
                              r"(?:قتيلا|قتيلاً|قتيل|طفلا|طفلاً|طفل|" + _PERSON + r")(?![" + _AR + r"])")


# The count of people a party killed since a start, told as a relative clause: "قرابة 7000 مواطن سوري، بينهم قرابة 2000
# طفل قتلتهم القوات الروسية في سوريا منذ تدخلها العسكري" (a cumulative figure, another period's; rounds 57 and 58, test
# batches, ar-2023-08-press-58, after their measurement: fix5758)
_KILLED_BY_SINCE_AR = re.compile(
    r"(?<![\d" + _AR + r"])(?P<n>" + NUMBER_AR + r")\s+(?:" + _PERSON + r")(?:\s+(?:سوري|سورياً|سوريا|سوريين))?"
    r"(?:\s*[،,]?\s*(?:بينهم|منهم)\s+(?:(?:قرابة|نحو|حوالي|حوالى)\s+)?(?P<ch>" + NUMBER_AR + r")\s+(?:طفل|طفلاً|طفلا|أطفال))?"
    r"\s*[،,]?\s+(?:الذين\s+)?(?:قتلتهم|قتلهم)\s+(?P<p>[^.؛،\d]{2,40}?)\s+(?:في\s+سوريا\s+)?منذ(?![" + _AR + r"])")

# A massacre told inside today's toll: "ارتفاع عدد القتلى في سوريا اليوم، إلى 108 أشخاص؛ بينهم 30 شخصًا في مجزرة بسلقين"
# (the toll of today, then among them the massacre's dead at a place)
_TODAYS_TOLL_MASSACRE_AR = re.compile(
    r"(?<![" + _AR + r"])اليوم(?![" + _AR + r"])[^.؛]{0,60}?[؛،,]?\s*(?:بينهم|منهم)\s+(?P<n>" + NUMBER_AR + r")\s+"
    r"(?:(?:" + _PERSON + r")\s+)?(?:في|ب)\s*مجزرة\s+(?:في\s+|ب)?(?P<place>[^.؛،\d]{2,60})")

# A list of three places or more, each led by its kind: "في قرية أبو شاخات بريف مدينة رأس العين، وبلدة الجوادية شمال
# الحسكة، ووحي غويران بمدينة الحسكة، ومنطقة جبل عبد العزيز"
_PLACE_KIND_AR = r"(?:قرية|بلدة|حي|منطقة|مدينة|مخيم)\s+[^،.؛\d]{2,50}?"
_PLACES_LIST_AR = re.compile(r"(?<![" + _AR + r"])" + _PLACE_KIND_AR + r"(?:،\s*و{1,2}" + _PLACE_KIND_AR + r"){2,}،")

# What the text's event came after: "وجاءت هذه المجزرة بعد أن شهدت بلدة المليحة ... مجزرة", "وتأتي هذه الغارات بعد"
_CAME_AFTER_AR = re.compile(r"(?<![" + _AR + r"])و?(?:جاءت|جاء|تأتي|يأتي)\s+(?:هذه|تلك|هذا|ذلك)\s+(?:المجزرة|المجازر|الغارة|"
                            r"الغارات|الهجمة|الهجمات|الهجوم|القصف|الحادثة|التفجير|الجريمة)\s+بعد(?![" + _AR + r"])")

# A sentence that only dates the one before: "وذلك في الفترة ما بين ...", "وذلك خلال شهر ..."
# ("قضوا نتيجة القصف الجوي ... من تاريخ 15/12/2013 ولغاية 28/12/2013" after "سقط ... أكثر من 631 شهيدا": a line that
# goes on with the verb of the dead counted the line before, their subject left there; round 31, test batch,
# ar-2013-12-press-31, after its measurement: fix31)
_THAT_WAS_AR = re.compile(r"\s*(?:وذلك\s+(?:في|خلال|منذ)|قضوا|سقطوا|استشهدوا|قُ?تِ?لُ?وا)(?![" + _AR + r"])")


# The report saying what it covers: "يشمل التقرير حصيلة الضحايا المدنيين ... منذ 7/ تموز/ 2016 حتى 10/ تموز/ 2016"
_REPORT_SCOPE_AR = re.compile(r"(?<![" + _AR + r"])(?:يشمل|يغطي|يتناول|يرصد|يستعرض)\s+(?:هذا\s+)?التقرير(?![" + _AR + r"])"
                              r"[^.]{0,300}")

# the count of a definition, told in the present: "يعتمد ... لفظ مجزرة على أنه الحدث الذي يُقتل فيه 5 أشخاص مسالمين دفعة
# واحدة" (no one's killings; round 34, test batch, ar-2015-09-massacre-34, after its measurement: fix34)
_DEFINITION_COUNT_AR = re.compile(r"(?<![" + _AR + r"])(?:يقتل|يموت|يسقط)\s+(?:فيه|فيها|خلاله)\s+(?:ما\s+لا\s+يقل\s+عن\s+|أكثر\s+من\s+)?$")


# A report on a party's whole record, named in the text's head: "ترصد انتهاكات “تحرير الشام” منذ تأسيس “النصرة”"
_SINCE_FOUNDING_AR = re.compile(r"(?<![" + _AR + r"])منذ\s+(?:إعلان\s+)?(?:تأسيس|انطلاق|نشأ[ةت]|ظهور)")
_RECORD_HEAD_AR = 600  # (the head: the title and the lead)


# another report than the one the text restates: "في تقرير آخر", "في تقرير منفصل"
_ANOTHER_REPORT_AR = re.compile(r"(?<![" + _AR + r"])و?(?:في|ب)\s*تقرير\s+(?:آخر|اخر|ثان|منفصل)(?![" + _AR + r"])")


# a sentence that opens with what the report documented: "وقد وثق التقرير مقتل 64 مدنياً", "وأحصى التقرير ..."
_REPORT_DOCUMENTED_AR = re.compile(r"\W*[وف]?(?:قد\s+)?(?:وثق|يوثق|أحصى|سجل|رصد)\s+التقرير(?![" + _AR + r"])")


def read_tallies_ar(doc, t, period, covers_month: bool) -> None:
    """Fill the month's figures of an Arabic text into the :class:`~geo.report.tallies.Tallies`
    ``t``; figures of another period go to ``t.other_totals``.

    A figure's period is the one its clause names, else its sentence's, else (for a party's
    figure) the last period a figure sentence named: "مقتل 568 مدنياً ... في النصف الأول من
    عام 2022. وبيّنت الشبكة أن نظام الأسد قتل 124 مدنياً" is the half-year's.
    """
    from .tallies import PartyTally, other_parties_total  # noqa: PLC0415
    from .incidents import CUMULATIVE_KILLED  # noqa: PLC0415

    date = dt.date(period[0], period[1], 1) if period else None
    context = last_kind = named_kind = None  # (named_kind: the period the last sentence that named one named)
    women_report = False  # a women's toll of another period was read (its parties' shares are that period's)
    approx_total = torture_in_prisons = False
    prisons: dict[str, int] = {}  # each party's prisons' torture count
    last_numbered = None  # the highest "المجزرة رقم N" of the month
    medical_joint = False  # the month's medical workers were counted with the civil-defence workers, as one figure
    party_massacres: list[tuple] = []  # (party, count, line, sentence, recorded) of each party's massacres of the month
    implicit_total = None  # the line of a month's total read with no month named (a later named one replaces it)
    implicit_lines: set[int] = set()  # the lines of party figures read with no month named
    tortured_by = None  # (party, count, line, sentence) of "مقتل شخصين تحت التعذيب على يد X"
    fighters_apart = bool(_FIGHTERS_HEAD_AR.search(doc.text))
    listed_by_party = False  # the sentence before announced a list of parties ("على النحو التالي:")
    # ("57 شخصا ضحايا للتعذيب في سجون نظام الأسد خلال شهر أيلول" then "وثقت مقتل 57 شخصا على يد قوات نظام الأسد خلال
    # شهر أيلول الفائت": a party's count that is a torture count told elsewhere is its torture count, not its
    # killings; round 21, test batch, ar-2016-09-torture-21, after its measurement)
    torture_counts = {(int(m.group("n")), _prison_party_ar(m.group("p"), date))
                      for m in _TORTURE_COUNT_AR.finditer(_HARAKAT_AR.sub("", doc.text))}
    first = next((p.sentences[0] for p in doc.paragraphs if p.sentences), None)
    scope = _REPORT_SCOPE_AR.search(doc.text)
    record = _SINCE_FOUNDING_AR.search(doc.text[:_RECORD_HEAD_AR]) is not None
    for p in doc.paragraphs:
        for k, s in enumerate(p.sentences):
            text = s.text
            line = doc.line_of(s.start)
            ytd = _YTD_SPLIT_AR.search(text)
            # (a rate, "(بمعدل 8 أطفال يومياً)", names no period of the sentence's figures)
            s_kind = _kind_ar(_RATE_AR.sub(" ", text[:ytd.start()] if ytd else text), period)
            if s_kind is None and s is first and scope and _kind_ar(scope.group(0), period) == "other":
                # (the title's figures, "مقتل 92 مدنياً، بينهم 76 على يد القوات الحكومية والقوات الموالية لها", are of
                # the days the report says it covers, "يشمل التقرير ... في أيام عيد الفطر منذ 7/ تموز/ 2016 حتى 10/
                # تموز/ 2016": another period's; round 33, ar-2016-07-press-33, after its measurement: fix33)
                s_kind = "other"
            if s_kind is None and k + 1 < len(p.sentences) and _THAT_WAS_AR.match(p.sentences[k + 1].text):
                # "بمقتل قرابة 45 مدنياً بينهم 13 طفلاً ... . وذلك في الفترة ما بين 5- 12 من تشرين الأول الجاري.":
                # "and that was in ...", the next sentence gives these figures their period (round 25, test
                # batch, ar-2023-10-press-25, after its measurement)
                s_kind = _kind_ar(p.sentences[k + 1].text, period)
            run_on_s = run_on_ar(text)  # (a transcript: see _kind_before_ar)
            if s_kind is None and re.match(r"\s*(?:و?(?:بالإضافة|إضافة)\s+إلى|وما\s+لا\s+يقل\s+عن)\s", text):
                s_kind = last_kind  # "... في حزيران. إضافة إلى مقتل 11 شخصاً بسبب التعذيب.": the same list
            if s_kind is None and re.match(r"\s*و?من\s+بين\s+(?:الضحايا|القتلى|هؤلاء)(?![" + _AR + r"])", text):
                # "وقتل تنظيم داعش منذ إعلان تأسيسه ... حتى نهاية يوليو الماضي، ما لا يقل عن 2686 مدنيا" then "ومن
                # بين الضحايا 34 من الكوادر الطبية": among those victims, of their period (round 21, test batch,
                # ar-2016-07-press-21, after its measurement)
                s_kind = last_kind
            if s_kind is None and _SAME_PERIOD_AR.search(text):
                # "ووثق تقرير الشبكة مقتل 29,358أنثى في سوريا خلال الفترة المحددة": the period a sentence before
                # named (round 29, test batch, ar-2025-11-press-29; fix29tot, after its measurement)
                s_kind = named_kind
            if s_kind is None and period is None and record and _FIG_AR.search(text):
                # (a report on a party's record since its founding, "“الشبكة السورية” ترصد انتهاكات “تحرير الشام” منذ
                # تأسيس “النصرة”", then "وأحصى التقرير مقتل ما لا يقل عن 505 مدنيين على يد “الهيئة”": the years since,
                # no month's; rounds 43 and 44, ar-2022-01-press-43, after their measurement: fix4344)
                s_kind = "other"
            if s_kind is None and k and _REPORT_DOCUMENTED_AR.match(_HARAKAT_AR.sub("", text)) and \
                    _SNHR_NAMED_AR.search(p.sentences[k - 1].text) and not _FIG_AR.search(p.sentences[k - 1].text) and \
                    _kind_ar(p.sentences[k - 1].text, period) == "month":
                # "وقالت الشبكة السورية لحقوق الإنسان إن شهر تشرين الثاني شهد زيادةً في حصيلة الضحايا" then "وقد وثق
                # التقرير مقتل 64 مدنياً في سوريا": the report whose month SNHR's sentence before named, after an outlet's
                # own news (rounds 64 and 65, ar-2022-12-news-65, after their measurement: fix6465)
                s_kind = "month"
            another = _ANOTHER_REPORT_AR.search(text) is not None
            if another:
                # "ووثقت الشبكة في تقرير آخر قتل القوات الحكومية ... أكثر من ألف شخص خلال الشهر الماضي": another report's
                # figures, not the month's of the report the text restates (round 53, ar-2015-09-press-53, a medical
                # report; after its measurement: fix53b)
                s_kind = "other"
            last_kind = s_kind
            named_kind = s_kind or named_kind

            def ok(at: int, party: bool = False) -> bool:
                if ytd and at > ytd.start() or another:
                    return False
                kind = _kind_before_ar(text, at, period) or (None if run_on_s else s_kind) or (context if party else None)
                return kind == "month" or (kind is None and covers_month)

            parties = party_figures_ar(text, date) or party_bracket_list_ar(text, date)
            if not parties and listed_by_party:
                parties = party_line_figure_ar(text, date)
            # "توزعت الجهة المسؤولة عن القتل على النحو التالي:": a list of parties follows, one a line
            listed_by_party = bool(parties) and listed_by_party or bool(_BY_PARTY_LEAD_AR.search(text))
            owned = {f[4] for f in parties}
            media_at = []  # where the sentence counts media workers killed
            for mm in _MEDIA_TOLL_AR.finditer(text):
                key = "n" if mm.group("n") else "one" if mm.group("one") else "n2" if mm.group("n2") else "n3"
                n = 1 if key == "one" else parse_number_ar(mm.group(key))
                if n is None or arrest_count_ar(text, mm.start(key)):
                    continue
                media_at.append(mm.start(key))
                if ok(mm.start(key)) or (period is None and _LAST_MONTH_NAMED_AR.search(_clause_ar(text, mm.start(key)))):
                    t.personnel.setdefault("media", n)
                elif _kind_ar(_clause_ar(text, mm.start(key)), period) == "other" or s_kind == "other":
                    t.other_totals.append({"text": text[:300], "media": n, "line": line})
            for m in _TWO_AFTER_NOUN_AR.finditer(text):
                if _WEAPONS_TOLL_AR.search(text[max(0, m.start("noun") - 240):m.start("noun")]):
                    # the weapons' victims, two (as the figures below): a figure of their own scope, kept apart
                    t.other_totals.append({"text": text[:300], "killed": 2, "children": None, "women": None, "line": line})
            for m in _FIG_AR.finditer(text):
                raw, at = _fig_number(m)
                n = parse_number_ar(raw)
                if at in media_at:
                    continue  # (a count of media workers, read above)
                if any(w.start("n") == at for rx in (_MEDICAL_JOINT_AR, _MEDICAL_TOLL_AR) for w in rx.finditer(text)):
                    # "مقتل تسعة أشخاص من الكوادر الطبية والدفاع المدني": the workers' count, read below, not the
                    # month's toll (round 71, test batch, ar-2018-01-press-71, after its measurement: fix71)
                    continue
                clause = _clause_ar(text, m.end())
                if run_on_s:
                    clause = text[at:m.end() + 40]  # (a run-on transcript: the figure's own words)
                # ("على يد أطراف النِّزاع الرئيسة": the harakat do not hide every party; round 14, test batch,
                # ar-2018-01-monthly-14, after its measurement)
                # (a party's record since its founding is that party's figure: kept as another period's below)
                if n is None or at in owned or (re.search(r"على\s+يد", clause) and not (record and s_kind == "other")
                                                and not _ALL_PARTIES_AR.search(_HARAKAT_AR.sub("", clause))) \
                        or arrest_count_ar(text, at):
                    continue
                if re.match(_WHERE_DIED_AR + _TORTURE_AFTER_AR, text[m.end():]):
                    # "استشهاد 74 شخصاً تحت التعذيب في سجون النظام": a torture count, read below ("ارتقاء 16 شخصا
                    # في المعتقلات بسوريا تحت التعذيب": where they died between count and cause)
                    continue
                if re.match(r"\s*من\s+(?:ال)?(?:قوات|عناصر|جنود|مقاتلي|مقاتلين|عسكريين|جيش)(?![" + _AR + r"])", text[m.end():]):
                    continue  # "مقتل تسعة أشخاص من القوات النظامية": soldiers, no civilians (round 15, ar-2012-09-press-15)
                if re.match(r"\s*منهم(?![" + _AR + r"])", text[m.end():]) and _TORTURE_AR.search(text[:at]):
                    continue  # "ارتقى 16 شخصا تحت التعذيب ... مسؤول عن قتل 14 شخصا منهم": a part of the torture count
                if period and any((d.year, d.month) == period for d, _a, _b in find_dates_ar(_clause_ar(text, at), period[0])):
                    continue  # "أضخمها في مدينة دوما بتاريخ 11 / أيلول أودت بحياة 58 شخصاً": one day's incident
                if re.search(r"المجازر|المجزرة", _clause_ar(text, at)[:max(0, at - _clause_start_ar(text, at))]) \
                        or _MASSACRES_TOLL_AR.search(text[:at]):
                    # "أن المجازر تسببت في مقتل 159 شخصاً": the massacres' victims ("أن المجزرة هي أي هجوم
                    # تسبب بمقتل خمسة أشخاص": SNHR's definition of a massacre, no figure)
                    if t.massacre_killed is None and not re.search(r"المجزرة\s+هي", text[:at]):
                        t.massacre_killed = n
                        # ("نتج عنها 219 قتيلاً، بينهم 30 امرأة و38 طفلاً": their children and women)
                        t.massacre_children, t.massacre_women = _among(text[m.end():])
                    continue
                ch, wo = _among(text[m.end():m.end() + 40] if run_on_s else text[m.end():])
                if _WEAPONS_TOLL_AR.search(text[max(0, at - 240):at]):
                    # the weapons' victims: a figure of their own scope, kept apart
                    t.other_totals.append({"text": text[:300], "killed": n, "children": ch, "women": wo, "line": line})
                    continue
                if _STRIKE_ON_SETTLEMENT_TOLL_AR.search(text[max(0, at - 240):at]):
                    continue  # a strike's toll at its settlement: the incident's, read with the incidents
                share = re.match(r"\s*(?:في|فى|ب)\s*(?P<g>\S+(?:\s+\S+)?)", text[m.end():])
                if share and find_governorate(share.group("g")):
                    # "مقتل 20 مدنياً في درعا خلال شهر تموز الماضي": a governorate's share of the month, another total
                    # (rounds 68 and 71, test batch, ar-2024-08-news-68, after their measurement: fix6871)
                    t.other_totals.append({"text": text[:300], "killed": n, "children": ch, "women": wo, "line": line})
                    continue
                # a risen toll names no month: the count of its day ("بارتفاع عدد القتلى الثلاثاء ... إلى 48 شخصا
                # معظمهم في دير الزور وإدلب وحمص"), a figure kept, not the month's (fix4950)
                # (and a day's toll reached, "عدد الضحايا ... الجمعة قد بلغ 92 قتيلاً": fix6162)
                risen_day = bool(m.group("n13") or m.group("n14") or m.group("n15")) and _kind_ar(_clause_ar(text, at), period) != "month"
                if not ok(at) or risen_day:
                    # (or a day's total over places, "بمقتل 173 شخصا أمس ...، معظمهم فى دمشق وريفها وحلب": no
                    # incident, a figure kept; round 20, test batch, ar-2012-09-daily-20)
                    if _kind_ar(_clause_ar(text, at), period) == "other" or s_kind == "other" or \
                            _MOSTLY_IN_AR.search(text[at:]) or risen_day:
                        t.other_totals.append({"text": text[:300], "killed": n, "children": ch,
                                               "women": wo, "line": line})
                    continue
                named = _kind_before_ar(text, at, period) == "month" or s_kind == "month"
                if named and t.killed == n:
                    implicit_total = None  # (the first total told again with its month: it was the month's)
                if named and (t.killed is None or implicit_total is not None):
                    for code in [c for c, v in t.by_party.items() if v.line in implicit_lines]:
                        del t.by_party[code]  # (a party's figure of a sentence that named no month, before it)
                if t.killed is not None and implicit_total is not None and named and n != t.killed:
                    # "قُتل 4 مدنيين ... الإثنين، على مدينة دارة عزة" (a news item's killing, no month named, read as
                    # the month's) then "وثقت الشبكة ... مقتل 91 مدنيًا خلال شهر ديسمبر الماضي": the figure the text
                    # gives as the month's, and none of the first sentence's parties (rounds 57 and 58,
                    # ar-2024-01-news-57, after their measurement: fix5758)
                    t.killed, t.children, t.women, implicit_total = None, None, None, None
                elif t.killed is None:
                    implicit_total = None if named else line
                if t.killed is not None and approx_total and not _APPROX_AR.search(text[:at]) and n != t.killed:
                    # "مقتل نحو 1350 شخصاً" in the title, "بلغت ... 1354 شخصاً" in the text: the exact one
                    t.killed, t.children, t.women = n, ch, wo
                    t.note("killed", line, text)
                elif t.killed is None:
                    approx_total = bool(_APPROX_AR.search(text[:at]))
                if ch is None and (kids := _AND_CHILDREN_AR.match(text, m.end())):
                    ch = parse_number_ar(kids.group("n"))
                t.take_total(n, ch, wo, line, text)
            for mc in _CHILDREN_TOLL_AR.finditer(text):
                # "وثقت مقتل 17 ألفا و723 طفلا في سوريا" (a Children's Day statement), "مقتل 23 طفلًا سوريًا،
                # خلال الفترة الممتدة من تاريخ 19 حتى 29 أيلول": a toll of children alone, not of the month,
                # is another period's figure (round 9b, ar-2014-11-press-01)
                n = parse_number_ar(mc.group("n"))
                if n and not ok(mc.start("n")) and n not in {o.get("children") for o in t.other_totals}:
                    t.other_totals.append({"text": text[:300], "killed": n, "children": n, "line": line})
            for mf in _WOMEN_TOLL_AR.finditer(text):
                women_report = _women_toll_ar(t, mf, text, line, _kind_before_ar(text, mf.start("n"), period) or s_kind,
                                              ok(mf.start("n")), date, doc.text) or women_report
            if women_report:
                _women_by_party_ar(t, text, line, date)
            mw = _TORTURE_NUMBER_AR.search(text) or _TORTURE_THEY_ARE_AR.search(text)
            killers = re.search(r"\d\s*\S+\s+على\s+(?:يد|أيدي)\s+(?P<p>[^،.؛\d]{3,40})", text[:mw.start()]) if mw else None
            if killers and _prison_party_ar(killers.group("p"), date):
                # "توثيق مقتل 1251 شخصاً على يد قوات الأسد ...، فيما بلغ مجموع الضحايا الذين قضوا تحت
                # التعذيب ما لايقل عن 74 شخصاً": the torture count of a count whose killers were named is
                # theirs, not the month's (round 10, test batch, ar-2015-02-press-01; after round 12)
                t.torture_by_party.setdefault(_prison_party_ar(killers.group("p"), date), parse_number_ar(mw.group("n")))
                mw = None
            if mw and (parse_number_ar(mw.group("n")) or 0) >= CUMULATIVE_KILLED:
                # "وثقت الشبكة ... في تقرير لها أواخر الشهر الماضي مقتل أكثر من 14 ألف شخص تحت التعذيب": thousands
                # under torture are a running total (as fix22en read "14,269 ... have died due to torture"), never
                # a month's, whatever date the sentence gives its report (round 23, test batch, ar-2019-07-news-23,
                # after its measurement)
                n = parse_number_ar(mw.group("n"))
                if n not in {o.get("torture") for o in t.other_totals}:
                    t.other_totals.append({"text": text[:300], "killed": None, "torture": n, "period": "unstated",
                                           "line": line})
                mw = None
            if mw and t.torture is None and ok(mw.start("n")):
                t.torture = parse_number_ar(mw.group("n"))
                t.note("torture", line, text)
            for mp in _PRISON_COUNT_AR.finditer(text) if "التعذيب" in text else ():
                code = _prison_party_ar(mp.group("p"), date)
                n = 1 if mp.group("one") else 2 if mp.group("two") else parse_number_ar(mp.group("n") or "")
                if code and n and ok(mp.start()):
                    prisons.setdefault(code, n)
            for mt in _TORTURE_AR.finditer(text):
                if not mt.group("n") and mt.group("noun") and not _DUAL.search(mt.group("noun")) and \
                        (re.fullmatch(r"ضحايا|أشخاص|شهداء|قتلى|مدنيين", mt.group("noun")) or re.fullmatch(_DETAINEES_AR, mt.group("noun"))):
                    continue  # "عدد الضحايا بسبب التعذيب": victims, how many not said here (not one); "قضى
                    # معتقلاً تحت التعذيب": a state ("as a detainee"), no count
                n = parse_number_ar(mt.group("n")) if mt.group("n") else (
                    count_ar(mt.group("noun"))[0] if mt.group("noun") else None)
                if n is not None and n >= CUMULATIVE_KILLED:
                    if n not in {o.get("torture") for o in t.other_totals}:  # (a running total: see above)
                        t.other_totals.append({"text": text[:300], "killed": None, "torture": n, "period": "unstated",
                                               "line": line})
                    continue
                if n is not None and not ok(mt.start()) and (_kind_before_ar(text, mt.start(), period) or s_kind) == "other" \
                        and n not in {o.get("torture") for o in t.other_totals} \
                        and not any(o.get("text") == text[:300] for o in t.other_totals) \
                        and not re.search(r"(?<![" + _AR + r"])من(?:هم|هن|ها)(?![" + _AR + r"])", mt.group(0)):
                    # (not a share of a group told before, "فيما قتل 37 منهم تحت التعذيب" of the media workers, nor of
                    # the sentence's own other-period total, "إنَّ 74 مدنياً قد قتلوا في سوريا في أيلول 2022 ...، و7 ضحايا
                    # بسبب التعذيب")
                    # "منذ الإعلان عنها مطلع عام 2012 وحتى آب/أغسطس 2019" then "وسجل التقرير في المدة ذاتها مقتل ما لا
                    # يقل عن 24 شخصاً تحت التعذيب": another period's torture deaths, a figure kept apart (round 34, test
                    # batch, ar-2019-08-press-34, after its measurement: fix34)
                    t.other_totals.append({"text": text[:300], "killed": None, "torture": n, "line": line})
                if n is None or (t.torture is not None and not torture_in_prisons) or not ok(mt.start()):
                    continue
                if media_at and min(media_at) < mt.start() and re.search(r"(?<![" + _AR + r"])من(?:هم|هن)(?![" + _AR + r"])",
                                                                        mt.group(0)):
                    # "مقتل ستة إعلاميين، أربعة منهم قضوا تحت التعذيب": a share of the media workers counted before,
                    # not the month's deaths under torture (round 61, test batch, ar-2015-04-press-61, after its
                    # measurement: fix6162)
                    continue
                # (up to the end of a party's list: "قتلت 503 مدنيين، بينهم ...، إضافة إلى 9 مدنيين قُتلوا تحت التعذيب")
                if any(a < mt.start() <= b for _c, _n, _ch, _wo, a, b in parties):
                    continue  # "و6 مدنيين على يد قسد، بينهم 4 تحت التعذيب": that party's
                if _KILLER_LIST_AR.search(text[:mt.start()]):
                    continue  # (the list of a count its killers were named for, even if no one party's)
                # "74 شخصاً تحت التعذيب في سجون النظام" (a title) then "80 شخصاً تحت التعذيب خلال شهر شباط،
                # 74 منهم على يد قوات النظام": the count in the regime's prisons gives way to the month's
                in_prisons = bool(re.match(r"\s*(?:في|داخل)\s+(?:سجون|معتقلات|مراكز\s+احتجاز)\s+(?:قوات\s+)?(?:النظام|الأسد)",
                                           text[mt.end():]))
                if t.torture is not None and in_prisons:
                    continue
                t.torture, torture_in_prisons = n, in_prisons
                t.note("torture", line, text)
                by = re.match(r"\s*على\s+(?:يد|أيدي)\s+(?P<p>[^،.؛]{3,70})", text[mt.end():])
                if by:
                    code = _prison_party_ar(by.group("p"), date)
                    if code:
                        tortured_by = (code, n, line, text)
            numbered = re.search(r"(?<![" + _AR + r"])المجزرة\s+(?:رقم|ذات\s+الرقم)\s+(?P<n>\d{1,3})(?!\d)", text)
            if numbered and ok(numbered.start()):
                # "في حين ارتكبت المجزرة رقم 40 دون معرفة فاعليها": the massacres are numbered, and the
                # last one's number is how many there were (the month's count, unless one is stated)
                last_numbered = max(last_numbered or 0, int(numbered.group("n")))
            reached = _MASSACRES_REACHED_AR.search(text)
            reached_at = reached.start("n1") if reached and reached.group("n1") else reached.start("n2") if reached else None
            if reached and t.massacres is None:
                kind = _kind_ar(reached.group("b1") or reached.group("b2") or "", period)
                if kind == "month" or (kind is None and ok(reached_at)):
                    t.massacres = parse_number_ar(reached.group("n1") or reached.group("n2"))
                    t.note("massacres", line, text)
            for mm in _MASSACRES_AR.finditer(text):
                n = 2 if mm.group("two") else 1 if mm.group("one") or mm.group("lone") else parse_number_ar(mm.group("n"))
                if n is None or mm.start() == reached_at:
                    continue
                whose = _massacres_owner_ar(text, mm)
                if whose:
                    # "قوات الأسد ارتكبت 25 مجزرة": the party's; "نُفذت 6 مجازر في حلب": a governorate's
                    t.other_totals.append({"text": text[:300], "massacres": n, "by": whose, "line": line})
                    if whose != "governorate" and ok(mm.start()):
                        recorded = bool(_MASSACRES_BY_AFTER_AR.match(text, mm.end())) and not re.search(
                            r"ارتك", text[_clause_start_ar(text, mm.start()):mm.start()])
                        party_massacres.append((whose, n, line, text, recorded))
                    continue
                if not ok(mm.start()):
                    t.other_totals.append({"text": text[:300], "massacres": n, "line": line})
                elif t.massacres is None:
                    t.massacres = n
                    t.note("massacres", line, text)
            apart2 = re.search(r"(?:قُ?تِ?ل|مقتل)\s+(?P<c>" + NUMBER_AR + r")\s+(?:طفلاً|طفلا|أطفال)\s+و\s*(?P<w>" + NUMBER_AR
                               + r")\s+(?:نساء|سيدات|امرأة|سيدة)", text)
            if apart2 and t.killed is not None and t.children is None and ok(apart2.start()):
                t.children, t.women = parse_number_ar(apart2.group("c")), parse_number_ar(apart2.group("w"))
            lone = re.match(r"\s*بينهم\s+(?P<n>" + NUMBER_AR + r")\s+(?P<noun>" + _CHILD + "|" + _WOMAN + r")(?![" + _AR + "])",
                            text)
            if lone and t.killed is not None and ok(0):
                # a statement's list under its total: "بينهم 421 طفلا ..." / "بينهم 231 امرأة"
                _, c, w = count_ar(lone.group("noun"), parse_number_ar(lone.group("n")))
                if c and t.children is None:
                    t.children = c
                elif w and t.women is None:
                    t.women = w
            apart = _AMONG_DEAD_AR.search(text)
            if apart and any(f[4] < apart.start() for f in parties):
                apart = None  # "مقتل 1707 ... على يد القوات الحكومية ...، كما أن من بين الضحايا 173 امرأة": that party's
            if apart and t.killed is not None and t.children is None and ok(apart.start()):
                # "أن من بين القتلى المدنيين 28 طفلاً و16 امرأة"
                t.children, t.women = _among("بينهم " + apart.group("list"))
            again = _TOTAL_AGAIN_AR.search(text)
            if again and t.killed is not None and t.children is None and parse_number_ar(again.group("n")) == t.killed \
                    and not any(f[4] < again.start() for f in parties):
                # "ولفت التقرير إلى مقتل 334، بينهم 87 طفلاً و63 سيدة": the month's total told again, bare, with its
                # children and women (fix30, from ar-2019-03-press-01)
                t.children, t.women = _among("بينهم " + again.group("list"))
            of_dead = _OF_THE_DEAD_AR.search(text)
            if of_dead and t.killed is not None and t.children is None and ok(of_dead.start()):
                # "أن 28 من القتلى أطفال إلى جانب سيدتين": N of the dead are children, and the women beside them
                n = parse_number_ar(of_dead.group("n"))
                children = re.match(r"أ?ا?طفال", of_dead.group("kind"))
                _c, w = _among("بينهم " + of_dead.group("rest")) if of_dead.group("rest") else (None, None)
                t.children, t.women = (n, w) if children else (t.children, n)
            # ("6 من الكوادر الطبية وكوادر الدفاع المدني": one figure of both, no medical count; the ة is taken
            # before the look-ahead, which a backtracking "(?:ة)?" let pass - after round 20's measurement)
            since = _KILLED_SINCE_AR.search(text)
            if since and parse_number_ar(since.group("n")):
                n = parse_number_ar(since.group("n"))
                t.other_totals.append({"text": text[:300], "killed": n, "children": n if since.group("who") == "الأطفال" else None,
                                       "women": n if since.group("who") == "النساء" else None,
                                       "by": _prison_party_ar(since.group("p"), date), "line": line})
            by_since = None if since else _KILLED_BY_SINCE_AR.search(text)
            if by_since and parse_number_ar(by_since.group("n")):
                ch = by_since.group("ch")
                t.other_totals.append({"text": text[:300], "killed": parse_number_ar(by_since.group("n")),
                                       "children": parse_number_ar(ch) if ch else None, "women": None,
                                       "by": _prison_party_ar(by_since.group("p"), date), "line": line})
            mk = _MEDICAL_TOLL_AR.search(text)
            if mk and _DETAINED_AFTER_AR.match(text, mk.end()):
                mk = None  # "قرابة 3327 من الكوادر الطبية لا يزالون قيد الاعتقال": detained, not killed
            joint = _MEDICAL_JOINT_AR.search(text)
            if joint and ok(joint.start()):
                # "استشهاد 16 من الكوادر الطبية والدفاع المدني، في أبريل/نيسان 2016": the month's figure is of both,
                # and a medical count told after it ("مقتل اثنين من الكوادر الطبية، خلال هجمات شنتها قوات المعارضة")
                # is a part of it, no month's medical count (stop 40, tallies40, from ar-2016-04-press-53); the joint
                # figure is the month's medical_civil_defense, a death figure (round 71, fix71)
                t.personnel.setdefault("medical_civil_defense", parse_number_ar(joint.group("n")))
                medical_joint = True
            if medical_joint:
                mk = None
            if mk and (ok(mk.start()) or (period is None and _LAST_MONTH_NAMED_AR.search(_clause_ar(text, mk.start())))):
                # (a medical report retold with no year, "خلال شهر تموز/يوليو الماضي", as the media workers' above)
                t.personnel.setdefault("medical", parse_number_ar(mk.group("of") or mk.group("n")))
            elif mk and (_kind_ar(_clause_ar(text, mk.start()), period) == "other" or s_kind == "other"):
                # ("حتى نهاية يوليو (تموز) الماضي، ...، وشملت الأرقام 28 من الكوادر الطبية": another period's, kept
                # as such, as the media workers' are above)
                t.other_totals.append({"text": text[:300], "medical": parse_number_ar(mk.group("of") or mk.group("n")),
                                       "line": line})
            if ok(0) and re.search(r"الكوادر\s+الإعلامية|الإعلاميين", text):
                # "6 من الكوادر الإعلامية", "وأحد الكوادر الإعلامية" (one)
                mk = re.search(r"(?:(?P<n>" + NUMBER_AR + r")\s+من|(?<![" + _AR + r"])و?(?P<one>أحد|إحدى))\s+الكوادر\s+الإعلامية", text)
                if mk:
                    t.personnel.setdefault("media", parse_number_ar(mk.group("n")) if mk.group("n") else 1)
            for code, n, ch, wo, at, _end in parties:
                if media_at and at > media_at[0]:
                    # "مقتل 22 شخصا، من العاملين فى المجال الإعلامى، ... حيث قتلت قوات النظام 21": the media
                    # workers' party, not the month's civilians'
                    t.other_totals.append({"text": text[:300], "media": n, "by": code, "line": line})
                    continue
                if fighters_apart and _PERSONS_NOT_CIVILIANS_AR.match(text, at):
                    # "مقتل 61 شخصاً على يد المعارضة" in a report that counts each party's fighters apart ("أ:
                    # المدنيين: ... ب: المقاتلين:"): persons, fighters among them, not the party's civilians
                    continue
                if _DEFINITION_COUNT_AR.search(_HARAKAT_AR.sub("", text[max(0, at - 30):at])):
                    continue  # "على أنه الحدث الذي يُقتل فيه 5 أشخاص مسالمين دفعة واحدة": a massacre's definition
                if _massacre_share_ar(text, at, t.massacre_killed, _end):
                    t.massacre_by_party.setdefault(code, PartyTally(code, code, n, ch, wo, line, text))
                    continue
                if (n, code) in torture_counts and not re.search(r"تعذيب", text) and ok(at, party=True):
                    t.torture_by_party.setdefault(code, n)
                    continue
                if not ok(at, party=True):
                    t.other_totals.append({"text": text[:300], "killed": n, "children": ch, "women": wo,
                                           "by": code, "line": line})
                elif code not in t.by_party and code not in t.other_parties:
                    target = t.other_parties if code.startswith("OTHER_") else t.by_party
                    if s_kind is None and _kind_before_ar(text, at, period) is None:
                        implicit_lines.add(line)
                    target[code] = PartyTally(code, code, n, ch, wo, line, text)
            # (a sentence whose only digits are a year, "سقوط نظام الأسد في كانون الأول/ ديسمبر 2024 لم يضع حداً
            # لسقوط الضحايا", dates an event, not a figure: it gives no period to the party figures after it;
            # round 16, test batch, ar-2025-08-monthly-16, after its measurement)
            if s_kind is not None and _KILL_AR.search(text) and _COUNT_DIGITS_AR.search(text) and not (
                    s_kind == "other" and re.search(r"منذ\s+(?:بداية|مطلع)", text)):
                # (a year-to-date aside, "منذ بداية العام الجاري ارتفع إلى 96", is no period of
                # the party figures told after it)
                context = s_kind
    if tortured_by and t.killed is not None and t.torture == tortured_by[1] and tortured_by[0] not in t.by_party:
        # "وثقت الشبكة مقتل شخصين تحت التعذيب على يد ميليشيات قوات قسد" in a month's statement that
        # gives no other figure of that party: the month's deaths by torture are that party's killings
        code, n, at_line, sentence = tortured_by
        t.torture_by_party.setdefault(code, n)
        t.by_party[code] = PartyTally(code, code, n, None, None, at_line, sentence)
    if t.massacres is None and last_numbered:
        t.massacres = last_numbered
    if t.massacres is None and len({code for code, *_ in party_massacres}) == 1 and party_massacres[0][4]:
        # "كما سجل مجزرة واحدة على أيدي قوات النظام", "شهد شهر آذار وقوع 4 مجازر على يد جهات أخرى": the month's
        # massacres recorded, then whose they were, one party's and no other's beside them, are all of the month's;
        # not when several parties' are told and their sum is not ("و13 مجزرة أخرى على يد قوات يُعتقد أنها روسية"),
        # nor a party's count as what it committed ("ارتكاب قوات الأسد خمسين مجزرة": the regime's, the month's
        # other massacres untold; stop 40, tallies40, from ar-2021-04-press-01, ar-2023-03-press-01,
        # ar-2016-10-press-01 and ar-2015-04-massacre-60)
        _code, t.massacres, at_line, sentence, _recorded = party_massacres[0]
        t.note("massacres", at_line, sentence)
    if len(prisons) > 1 and t.torture in prisons.values():
        # "مقتل 57 شخصًا تحت التعذيب في سجون نظام الأسد" and "مقتل شخص واحد تحت التعذيب في سجون تنظيم
        # الدولة": each party's prisons have their count, and the month's total is not printed
        for code, n in prisons.items():
            t.torture_by_party.setdefault(code, n)
        t.torture = None
    profession_month_ar(doc.text, t)
    other_parties_total(t)


# civilians counted in the same sentence ("قتلت قوات النظام 50 مدنياً، بينهم إعلاميان"): the party's figure is theirs
_CIVILIANS_COUNTED_AR = re.compile(r"(?<![" + _AR + r"])" + NUMBER_AR + r"\s+(?:مدني|مدنيين|مدنيا|مدنياً|مدنيًا|شخص(?:ا|اً|ًا)?\s+مدني)")


def profession_month_ar(text: str, t) -> None:
    """In a report of a month's media or medical workers killed, the figures told of the workers are theirs: a party's
    share ("بينما قتلت قوات الأسد 5" after "فقتلت 14 من الكوادر الطبية والدفاع المدني", "8 منهم قتلوا على يد القوات
    الحكومية السورية، فيما قتل طبيب ...") is that profession's figure of the party, kept as a same-month other total,
    not the month's killed by party; the workers' count is not the month's killed ("مقتل 10 أشخاص من الكوادر الطبية"); and
    a joint medical-and-Civil-Defence count gives no medical count of a party's share (round 71, test batch, after its
    measurement: fix71).
    """
    joint = _MEDICAL_JOINT_AR.search(text)
    if not (t.personnel.get("media") or t.personnel.get("medical") or joint):
        return
    key = "medical_civil_defense" if joint else "medical" if t.personnel.get("medical") else "media"
    if joint and t.personnel.get("medical") is not None:
        t.personnel.pop("medical")  # (a share of the joint count: "وقتلت القوات الروسية واحداً من الكوادر الطبية")
    for code, pt in list(t.by_party.items()):
        if _PROFESSION_AR.search(pt.sentence or "") and not _CIVILIANS_COUNTED_AR.search(pt.sentence or ""):
            t.other_totals.append({"text": (pt.sentence or "")[:300], key: pt.killed, "by": code, "line": pt.line})
            del t.by_party[code]
    said = t.sentences.get("killed") or ""
    if t.killed is not None and any(
            parse_number_ar(m.group("n")) == t.killed for rx in (_MEDICAL_TOLL_AR, _MEDICAL_JOINT_AR)
            for m in rx.finditer(said)) or t.killed is not None and any(
            parse_number_ar(m.group(k)) == t.killed for m in _MEDIA_TOLL_AR.finditer(said)
            for k in ("n", "n2", "n3") if m.group(k)):
        # (the workers' count read as the month's toll)
        t.killed = None
        t.sources.pop("killed", None)
        t.sentences.pop("killed", None)


# "أن 28 من القتلى أطفال إلى جانب سيدتين": a share of the dead said to be children (or women), with the other kind
# beside it ("إلى جانب", "إضافة إلى", "و")
_OF_THE_DEAD_AR = re.compile(r"(?<![\d" + _AR + r"])(?P<n>" + NUMBER_AR + r")\s+من\s+(?:القتلى|الضحايا)(?:\s+المدنيين)?\s+"
                             r"(?:هم\s+)?(?P<kind>أطفال|اطفال|نساء|سيدات)(?![" + _AR + r"])(?:\s*،?\s*(?:إلى\s+جانب|إضافة\s+إلى|"
                             r"بالإضافة\s+إلى|و)\s*(?P<rest>(?:" + NUMBER_AR + r"\s+)?(?:" + _CHILD + "|" + _WOMAN + r")))?")
# A report that counts the fighters apart from the civilians, a heading for each under a party ("أ: المدنيين:" /
# "ب: المقاتلين:"), and a party's count of persons not said to be civilians ("مقتل 61 شخصاً على يد المعارضة")
_FIGHTERS_HEAD_AR = re.compile(r"(?m)^[^\n:]{0,8}[:.)-]?\s*(?:ال)?(?:مقاتلين|مسلحين)\s*:?\s*$")
_PERSONS_NOT_CIVILIANS_AR = re.compile(NUMBER_AR + _SP_AR + r"(?:أشخاص|اشخاص|شخصاً|شخصا|شخص)(?![" + _AR + r"])"
                                       r"(?!\s+(?:مدنيين|مدنياً|مدنيا|مدني)(?![" + _AR + r"]))")


# A toll of children alone: "مقتل 17 ألفا و723 طفلا", "مقتل 23 طفلًا"
# "مقتل 3671 مواطناً سورياً بمعدل 132 مواطناً كل يوم ... وسقوط 321 طفلاً، و123 تم تعذيبهم": the children
# of the total, told after it with "و" and a killing noun, no party between (round 13, test batch,
# ar-2013-03-monthly-13; after its measurement)
_AND_CHILDREN_AR = re.compile(r"(?:(?!على\s+يد)[^.؛]){0,80}?\sو(?:سقوط|مقتل|استشهاد)\s+(?:ما\s+لا\s+يقل\s+عن\s+)?(?P<n>"
                              + NUMBER_AR + r")\s+(?:طفلا|طفلاً|طفلًا|أطفال|اطفال|طفل)(?![" + _AR + "])")
_CHILDREN_TOLL_AR = re.compile(r"(?:مقتل|استشهاد)\s+(?:ما\s+لا\s+يقل\s+عن\s+|أكثر\s+من\s+|نحو\s+)?(?P<n>" + NUMBER_AR
                               + r")\s+(?:طفلا|طفلاً|طفلًا|أطفال|اطفال|طفل)(?![" + _AR + "])")


def _marked_ar(words: str) -> str:
    """An alternation of ``words`` ("a|b") that lets a word carry its harakat and tatweel between its letters
    ("مقتـل", "سـيدة": an outlet's stretched letters)."""
    return "(?:" + "|".join(_MARKS_AR.join(w) for w in sorted(words.split("|"), key=len, reverse=True)) + ")"


# SNHR's women reports' toll of the women and girls killed over years: "مقتل 22 ألفا و823 امرأة، على يد الأطراف
# الفاعلة في الأزمة", "مقتل 29,358أنثى في سوريا خلال الفترة المحددة", "مقتـل 118سـيدة (أنثــى بالغـة) بسـبب التعذيب"
# (round 29, test batch, ar-2016-11-press-29 and ar-2025-11-press-29; fix29tot, after its measurement)
# ("كما قُتلت 16228 سيدة": the passive verb, its count right after it; ar-2022-03-press-29)
_WOMEN_TOLL_AR = re.compile(r"(?<![" + _AR + r"])و?" + _marked_ar("مقتل|استشهاد|قتلت") + r"\s+(?:ما\s+لا\s+يقل\s+عن\s+|أكثر\s+من\s+|(?P<approx>نحو|حوالي)\s+)?"
                            r"(?P<n>" + NUMBER_AR + r")" + _SP_AR + r"(?P<noun>" + _marked_ar("امرأة|امراة|أمرأة|إمرأة|نساء|سيدة|سيدات|أنثى|إناث")
                            + r")(?![" + _AR + r"])")
# The period "the said period" names: the one a sentence before named ("خلال الفترة المحددة", "في الفترة ذاتها")
# ("وأضافت الشبكة أن تلك الهجمات تسببت باستشهاد نحو 47 مدنياً" after "83 هجوماً ...، منذ أول هجوم في 25 كانون الثاني":
# those attacks, the ones the sentence before counted over its period; round 31, test batch, ar-2014-10-press-31,
# after its measurement: fix31)
_SAME_PERIOD_AR = re.compile(r"(?<![" + _AR + r"])(?:(?:خلال|في)\s+(?:(?:الفترة|المدة)\s+(?:المحددة|ذاتها|نفسها|المذكورة)|"
                             r"(?:هذه|تلك)\s+(?:الفترة|المدة))|(?:هذه|تلك)\s+(?:الهجمات|الغارات|الضربات|الهجمة|الحملة))"
                             r"(?![" + _AR + r"])")


def _women_toll_ar(t, m: re.Match, text: str, line: int, kind: str | None, month_ok: bool, date, whole: str = "") -> bool:
    """Keep in ``t.other_totals`` the women's toll ``m`` (:data:`_WOMEN_TOLL_AR`) when it is another period's: the
    period its clause or sentence names is not the month, or it counts thousands (a running total, as
    :data:`~geo.report.incidents.CUMULATIVE_KILLED` says) where no month is read. Never the month's: a month's women
    are read inside its total. "امرأة" and "أنثى" count girls too (the report's "9425 طفلة" inside a party's "امرأة"),
    so only "سيدة" (an adult woman) gives the total's women. A whole number of thousands is the rounding of a count
    the ``whole`` text gives exactly when it gives one. The party after it ("على يد النظام") is the count's; the
    killings' cause said after it ("بسبب التعذيب") makes it a torture count. True when a women's toll of another period was
    read (kept, or the same toll told again).

    >>> from geo.report.tallies import Tallies
    >>> t = Tallies()
    >>> text = "الشبكة السورية سجلت مقتل 22 ألفا و823 امرأة، على يد الأطراف الفاعلة في الأزمة"
    >>> _women_toll_ar(t, _WOMEN_TOLL_AR.search(text), text, 1, None, False, None)
    True
    >>> t.other_totals[0]["killed"]
    22823
    """
    from .incidents import CUMULATIVE_KILLED  # noqa: PLC0415

    n = parse_number_ar(m.group("n"))
    if not n or kind == "month" or not (kind == "other" or n >= CUMULATIVE_KILLED and not month_ok):
        return False
    if n % 1000 == 0 and any(0 < abs(x - n) < 1000 for x in map(parse_number_ar, re.findall(NUMBER_AR, whole))
                                 if x and not 1900 <= x <= 2100):
        # "مقتل نحو 23 ألف أمرأة" in the lead, "مقتل 22 ألفا و823 امرأة" after it; "مقتل 16 ألف سيدة" then "قُتلت
        # 16228 سيدة" (ar-2022-03-press-29): a lead's rounding of the count the text gives exactly
        return False
    if arrest_count_ar(text, m.start("n")):
        return False
    after = _HARAKAT_AR.sub("", text[m.end():].replace("\u0640", ""))
    by = re.match(r"\s*،?\s*على\s+(?:يد|أيدي)\s+(?P<p>[^،.؛]{2,60})", after)
    code = None
    if by and not re.search(r"(?<![" + _AR + r"])(?:ال)?أطراف|جميع", by.group("p")):
        code = _prison_party_ar(by.group("p"), date)
        if code is None:
            return False  # (a party the reader does not know: its share, not the whole toll)
    torture = bool(re.match(r"[^،.؛\d]{0,40}?(?:بسبب|تحت|جراء|نتيجة)\s+التعذيب", after))
    adult = re.sub(_MARKS_AR, "", m.group("noun")).startswith("سيد")
    if any(o.get("killed" if not torture else "torture") == n for o in t.other_totals):
        return True  # (the same toll told again)
    children, women = _girls_and_women_ar(after)
    t.other_totals.append({"text": text[:300], "killed": None if torture else n, "torture": n if torture else None,
                           "children": children, "women": n if adult else women, **({"by": code} if code else {}),
                           "line": line})
    return True


# A party's count of the women killed, in a women's report: "في حين قتلت القوات الروسية 668 أمرأة، بينهن340 بالغة، و328
# طفلة", "وقتل تنظيم جبهة فتح الشام 74 امراة", "أما قوات التحالف الدولي فقتلت 144 امرأة", "أما داعش فقد كان سببا في مقتل
# 358 امرأة", "وبقي الجهة المسؤولة عن مقتل 435 مجهولة" (ar-2016-11-press-29; fix29tot)
_WOMEN_BY_PARTY_AR = re.compile(
    r"(?:(?<![" + _AR + r"])[وف]?قتل(?:ت)?\s+(?P<p>[^\d،.؛]{3,50}?)|(?<![" + _AR + r"])أما\s+(?P<p2>[^\d،.؛]{2,40}?)\s+"
    r"(?:ف(?:قد\s+)?)?(?:كان\s+سببا?ً?\s+في\s+مقتل|قتلت|قتل))\s+(?P<n>" + NUMBER_AR + r")" + _SP_AR
    + r"(?P<noun>امرأة|امراة|أمرأة|إمرأة|نساء|سيدة|سيدات|أنثى|إناث)(?![" + _AR + r"])"
    # "مقتل 29,358أنثى ...، من بينها 22123 حالة قتل على يد النظام البائد": a party's share counted as cases
    # (ar-2025-11-press-29)
    r"|(?<![" + _AR + r"])(?:من\s+بينها|بينها|منها)\s+(?P<n2>" + NUMBER_AR + r")\s+حالة\s+قتل\s+على\s+(?:يد|أيدي)\s+"
    r"(?P<p3>[^،.؛\d]{2,40})"
    # "منهن 97 حالة في مراكز احتجاز النظام البائد": the share of a torture count that died in a party's prisons
    r"|(?<![" + _AR + r"])(?:منهن|منها|من\s+بينهن)\s+(?P<n3>" + NUMBER_AR + r")\s+(?:حالة\s+)?(?:في|داخل)\s+(?:مراكز\s+(?:احتجاز|الاحتجاز)|"
    r"سجون|معتقلات)\s+(?P<p4>[^،.؛\d]{2,40})"
    # "وبقي الجهة المسؤولة عن مقتل 435 مجهولة": the killers of a share not identified
    r"|(?<![" + _AR + r"])(?:الجهة|الجهات)\s+المسؤولة\s+عن\s+مقتل\s+(?P<n4>" + NUMBER_AR + r")\s+(?:(?:امرأة|امراة|أنثى)\s+)?"
    r"(?:مجهولة|مجهولا?ً?|غير\s+معروفة)(?![" + _AR + r"])")


def _girls_and_women_ar(after: str) -> tuple[int | None, int | None]:
    """The girls and the adult women a women's count is split into, told right after it: "يتوزعن على 10862 امرأة بالغة،
    و9425 طفلة", "بينهن340 بالغة، و328 طفلة", "ضمنهن37 طفلة" -> (girls, women); ``None`` where not said.

    >>> _girls_and_women_ar("، بينهن340 بالغة، و328 طفلة. كما قتلت")
    (328, 340)
    """
    part = re.split(r"[.؛]|(?<![" + _AR + r"])(?:[وف]?قتل|أما|كما|في\s+حين)(?![" + _AR + r"])", after, maxsplit=1)[0][:90]
    girls = re.search(r"(?P<n>" + NUMBER_AR + r")" + _SP_AR + r"طفلة(?![" + _AR + r"])", part)
    adult = re.search(r"(?P<n>" + NUMBER_AR + r")" + _SP_AR + r"(?:(?:امرأة|امراة|أمرأة|سيدة)\s+)?بالغة(?![" + _AR + r"])", part)
    return (parse_number_ar(girls.group("n")) if girls else None, parse_number_ar(adult.group("n")) if adult else None)


def _women_by_party_ar(t, text: str, line: int, date) -> None:
    """Keep in ``t.other_totals`` each party's count of the women killed (:data:`_WOMEN_BY_PARTY_AR`), read only in a
    text whose women's toll was another period's (:func:`_women_toll_ar`): that period's shares, with their split."""
    for m in _WOMEN_BY_PARTY_AR.finditer(text):
        phrase = m.group("p") or m.group("p2") or m.group("p4") or re.split(r"\s+ب(?:نسبة|معدل)", m.group("p3") or "")[0]
        code = "OTHER_UNIDENTIFIED" if m.group("n4") else _prison_party_ar(phrase, date)
        n = parse_number_ar(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4"))
        key = "torture" if m.group("n3") else "killed"  # (a share of a torture count is a torture count)
        if code is None or not n or any(o.get("by") == code and o.get(key) == n for o in t.other_totals):
            continue
        if key == "torture":
            t.other_totals.append({"text": text[:300], "killed": None, "torture": n, "by": code, "line": line})
            continue
        children, women = _girls_and_women_ar(text[m.end():])
        t.other_totals.append({"text": text[:300], "killed": n, "children": children, "women": women, "by": code,
                               "line": line})


# A count of deaths in one party's prisons, in a sentence on torture: "مقتل 57 شخصًا تحت التعذيب في
# سجون نظام الأسد", "استشهاد شخصين بذات الأسلوب في معتقلات الفصائل الثورية" (by the same method)
_PRISON_COUNT_AR = re.compile(r"(?<![\d" + _AR + r"])(?:(?P<n>" + NUMBER_AR + r")\s+(?:" + _PERSON + r")|(?:شخص|مدني)\s+(?P<one>واحد)"
                              r"|(?P<two>شخصين|شخصان|مدنيين\s+اثنين))(?![" + _AR + r"])[^.؛\d]{0,80}?"
                              r"(?:في|داخل)\s+(?:سجون|معتقلات|مراكز\s+احتجاز)\s+(?P<p>[^،.؛\d]{2,40})")


def _prison_party_ar(phrase: str, date: dt.date | None) -> str | None:
    """The party whose prisons ``phrase`` names ("نظام الأسد خلال شهر تموز" -> "REGIME")."""
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    phrase = re.split(r"\s(?:خلال|في|منذ|بمدينة|بسبب)\s", " " + phrase + " ")[0] if not phrase.startswith(("في", "خلال")) else phrase
    try:
        return parse_perpetrator(phrase, date=date).code
    except UnknownPerpetrator:
        return None


# SNHR counts the Iranian and Shiite militias with the regime's forces; local armed groups are LOCAL
_PARTY_ALIASES_AR = {r"(?:الميليشيات|المليشيات|ميليشيات)\s+(?:الإيرانية|الشيعية)": "Syrian regime forces",
                     r"(?:فصائل|مجموعات|جماعات)\s+(?:مسلحة\s+)?محلية": "local armed groups outside state control"}
# ("قتلا على يد مجهولين": killed at the hands of unknown persons, ar-2020-07-news-01; not "مجهولي
# الهوية", the victims' unknown identity)
_PARTY_AR = {"مسلحين مجهولين": "unidentified gunmen", "مسلحون مجهولون": "unidentified gunmen",
             # (one gunman or two: "برصاص مسلح مجهول أطلق النار عليه", ar-2025-09-news-20)
             "مسلح مجهول": "unidentified gunmen", "مسلحان مجهولان": "unidentified gunmen",
             "يد مجهولين": "unidentified parties", "يد مجهول ": "unidentified parties",
             "الحلف السوري الروسي": "Syrian regime forces",
             "النظام": "Syrian regime forces", "الأسد": "Syrian regime forces",
             "الروسية": "Russian forces", "روسي": "Russian forces", "سوريا الديمقراطية": "Syrian Democratic Forces",
             "هيئة تحرير الشام": "Hay'at Tahrir al-Sham", "داعش": "ISIS",
             "التحالف": "International coalition forces", "مسلحين لم نتمكن": "unidentified gunmen",
             "المعارضة": "armed opposition factions", "الوطني": "Syrian National Army",
             # ('برصاص مليشيا "قسد"': the SDF by its acronym; round 23, test batch, ar-2022-11-news-23, after its
             # measurement)
             "قسد": "Syrian Democratic Forces",
             # ("عناصر مسلحة تابعة لحزب الاتحاد الديمقراطي": the PYD, which the project codes SDF as the answers do;
             # ar-2015-03-massacre-25, undated)
             "الاتحاد الديمقراطي": "PYD",
             # ("الطيران الحربي التابع للنظام السوري": "of the regime", its alif gone after "لل"; last, so a party named
             # before it in the list wins: "المعارضة للنظام" is the opposition)
             "للنظام": "Syrian regime forces",
             # ("برصاص القوات السورية": the government's forces, as 2012's texts name them; round 34, test batch,
             # ar-2012-08-daily-34, after its measurement: fix34)
             "القوات السورية": "Syrian regime forces", "الجيش السوري الحكومي": "Syrian regime forces",
             "القوات الحكومية": "Syrian regime forces",
             # ("قوة عسكرية إسرائيلية", "الاحتلال الإسرائيلي": last, when no other party is named; not a place's
             # occupier, "الجولان السوري المحتل من قبل الكيان الإسرائيلي"; rounds 37-40,
             # ar-2025-06-press-39, after their measurement: fix3740)
             "إسرائيلية": "Israeli forces", "الاحتلال الإسرائيلي": "Israeli forces", "الجيش الإسرائيلي": "Israeli forces"}


# whose gunfire killed: "برصاص عناصر قوات سوريا الديمقراطية", "بنيران قوات النظام"
_SHOT_BY_AR = re.compile(r"(?<![" + _AR + r"])(?:برصاص|بنيران)\s+(?:(?:أحد\s+)?عناصر\s+|قناص\s+|قناصة\s+)?(?P<p>[^،.؛]{3,50})")


# "national" that names no army: "مشفى إدلب الوطني" (a hospital), "الائتلاف الوطني السوري" (the political coalition),
# "المنتخب الوطني السوري" (a sports team, perp41b)
_NATIONAL_NOT_SNA_AR = re.compile(r"(?:مشفى|مستشفى|المشفى|المستشفى)(?:\s+[^\s،.؛]+)?\s+الوطني|الائتلاف\s+الوطني|"
                                  r"منتخب\s+الوطني")


# Parties named by a wording rather than a fixed name (perp41), each with the words the parser reads it by:
_PARTY_AR_RE = [
    # a source SNHR could not identify: "لغم أرضي مجهول المصدر", "انفجار مجهول السبب والمصدر", "لم نتمكن من تحديد
    # مصدره", "لم تتمكن الشبكة من تحديد مصدرها ونوعها", "لم نتمكن في الشبكة السورية لحقوق الإنسان من تحديد مصدرها",
    # "برصاص جهات لم يتم التمكن من تحديدها", "على يد جهات مجهولة"
    # (not an identity SNHR could not establish, "قُتل طفل لم نتمكن من تحديد هويته", "جثة مجهولة الهوية": the victim's)
    (re.compile(r"مجهول(?:ة|ي|ا)?\s+(?:السبب\s+و)?المصدر|"
                r"لم\s+(?:نتمكن|تتمكن|يتمكن|نستطع|تستطع|يتم\s+التمكن)(?:\s+[^\s،.؛]+){0,6}?\s+من\s+(?:تحديد|معرفة)"
                r"\s*(?:مصدر|الجهة|الطرف|المسؤول|ها(?![" + _AR + r"]))|"
                r"جهات\s+(?:مجهولة|لم\s+(?:تُ?عرف|يتم|نتمكن|تتمكن))|"
                # ("إثر إطلاق مُسلحين لم نتمكن من تحديد هويتهم الرصاص": gunmen, with their haraka)
                r"مُ?سلح(?:ين|ون|ان)\s+(?:لم\s+(?:نتمكن|تتمكن|يتم)|مجهول)"), "unidentified parties"),
    # the government's arms by their kind: "الطيران الحكومي", "الطيران الحربي الحكومي", "الطيران السوري",
    # "قوات من الجيش والأمن السوري", "قوات سورية مدعومة بمركبات مدرعة" (not the Free Syrian Army, "الجيش السوري الحر")
    (re.compile(r"(?:ال)?(?:طيران|مروحيات|طائرات)\s+(?:ال)?(?:حربي(?:ة)?\s+|مروحي(?:ة)?\s+)?(?:الحكومي|السوري)(?:ة)?"
                r"(?![" + _AR + r"])|(?:قوات\s+(?:من\s+)?)?الجيش\s+(?:و\s*الأمن\s+)?السوري(?![" + _AR + r"])"
                r"(?!\s+الحر)|(?<![" + _AR + r"])قوات\s+سورية(?![" + _AR + r"])"), "Syrian regime forces"),
    # a death under torture in a security branch or Sednaya, the regime's prisons: "قضى تحت التعذيب في الفرع 215 بمدينة
    # دمشق", "توفي تعذيبا حتى الموت في فرع فلسطين بدمشق" (before the next sentence's party, ar-2015-06-press-53)
    # (or a death in Sednaya, as "died in Seydnaya Military Prison" in English: "حيث قضى في سجن صيدنايا بعد عامين على
    # اعتقاله", ar-2016-09-torture-21; perp41b)
    (re.compile(r"(?:(?:تحت\s+(?:ال)?تعذيب|تعذيب[اًً]*)\s+(?:حتى\s+الموت\s+)?(?:في|داخل)\s+(?:ال)?(?:فرع|أفرع|سجن\s+صيدنايا)|"
                r"(?<![" + _AR + r"])(?:قضى|قضت|توفي|توفيت)\s+(?:في|داخل)\s+سجن\s+صيدنايا)"
                r"(?![" + _AR + r"])"), "Syrian regime forces"),
    # ("المقاتلات الأمريكية", "الطيران الأمريكي": the US-led coalition's)
    (re.compile(r"(?:ال)?(?:مقاتلات|طائرات|طيران|قوات)\s+(?:ال)?(?:أمريكي|أميركي|امريكي)(?:ة)?(?![" + _AR + r"])"),
     "International coalition forces"),
    # the YPG by SNHR's 2014-2016 words: "ميلشيا الوحدات الكردية"
    (re.compile(r"الوحدات\s+الكردية"), "Syrian Democratic Forces"),
    # ('لغم أرضي من مخلفات تنظيم "الدولة الإسلامية"'; not "لتنظيم الدولة", to the organisation)
    (re.compile(r"(?<![" + _AR + r"])تنظيم\s+[\"“«]?الدولة"), "ISIS"),
    # the Iranian militias, counted with the regime's forces (`_PARTY_ALIASES_AR`), by any of their group nouns: "لغم
    # أرضي من مخلفات الفصائل الإيرانية", "الميليشيات الإيرانية" (perp41b)
    (re.compile(r"(?<![" + _AR + r"])(?:ال)?(?:ميليشيات|مليشيات|ميلشيات|فصائل|مجموعات)\s+(?:ال)?(?:إيرانية|ايرانية)"
                r"(?![" + _AR + r"])"), "Syrian regime forces"),
]
# the two sides of a clash are no perpetrator: "قتل ناشطان إعلاميان خلال تغطيتهما المعارك الدائرة في ريف حلب الجنوبي
# بين فصائل المعارضة في “جيش الفتح”، وقوات الأسد وحلفاؤه" (to the sentence's end, the sides listed with commas, or to
# the words that say who fired: "... بقصف مدفعي لقوات النظام")
_CLASH_SIDES_AR = re.compile(r"(?<![" + _AR + r"])(?:ال)?(?:معارك|اشتباكات|مواجهات)(?![" + _AR + r"])[^.؛]{0,60}?"
                             r"(?<![" + _AR + r"])بين\s(?:(?!(?:بقصف|برصاص|بنيران|بغارة|بغارات|جراء|إثر|اثر)"
                             r"(?![" + _AR + r"]))[^.؛])*")

# a mine or a war remnant named before any party is its own, of unidentified source ("انفجار لغم أرضي من مخلفات
# المعارك"), unless its clause names who laid or left it ("لغم أرضي من مخلفات تنظيم الدولة")
_MINE_AR = re.compile(r"(?:لغم|ألغام|الغام|مخلفات|ذخيرة|ذخائر|قنبلة\s+عنقودية)(?![" + _AR + r"])")


def _unidentified_kind_ar(before: str) -> str:
    """Unidentified parties by the weapon named just before the marker, as SNHR splits "other parties".

    >>> _unidentified_kind_ar("إثر إطلاق مُسلحين"), _unidentified_kind_ar("انفجار سيارة مفخخة")
    ('gunfire of unidentified source', 'explosion of unidentified source')
    """
    kinds = [(m.end(), kind) for rx, kind in (
        (_MINE_AR, "landmine of unidentified source"),
        (re.compile(r"رصاص|إطلاق|اطلاق|طلق|مسلح|قنص"), "gunfire of unidentified source"),
        (re.compile(r"انفجار|تفجير|مفخخ|عبوة|ناسف|قصف|صاروخ|صواريخ|قذيف|قذائف|غار"), "explosion of unidentified source"))
        for m in rx.finditer(before)]
    return max(kinds)[1] if kinds else "unidentified parties"


def _party_ar(text: str, parse, unknown) -> str | None:
    # (rounds 37-40, ar-2015-04-press-37, after their measurement: fix3740)
    text = _NATIONAL_NOT_SNA_AR.sub(" ", text)
    # the party named first in the text, the longest name where two start together: an incident's chunk may run into
    # background sentences naming other parties ("... استهداف طيران الاحتلال الروسي ..." then "... جراء قصف النظام
    # وروسيا"; round 66, ar-2018-02-news-66, stop 40); the table's order had made the regime win wherever named
    hits = [(text.find(key), -len(key), english) for key, english in _PARTY_AR.items() if key in text]
    # (the weapon is named before the marker, or right after it: "لم نتمكن من تحديد مصدر اللغم المنفجر")
    hits += [(m.start(), -len(m.group()), _unidentified_kind_ar(text[max(0, m.start() - 60):m.end() + 12])
              if english == "unidentified parties" else english)
             for rx, english in _PARTY_AR_RE for m in rx.finditer(text)]
    mine = _MINE_AR.search(text)
    if mine and hits and mine.start() < min(hits)[0]:
        clause = _CONTROL_AR.sub(" ", re.split(r"[،.؛]", text[mine.start():])[0])
        if not any(key in clause for key in _PARTY_AR) and not any(rx.search(clause) for rx, _ in _PARTY_AR_RE[1:]):
            hits.append((mine.start(), 0, "landmine of unidentified source"))
    # a clash's sides named first: another party of the same sentence fired ("بقصف قوات النظام خلال الاشتباكات بين
    # ..."); none, the killer is unidentified, as SNHR codes it, not a side nor a later sentence's party (perp41b)
    for a, b in (m.span() for m in _CLASH_SIDES_AR.finditer(text)):
        if hits and a <= min(hits)[0] < b:
            hits = [h for h in hits if not a <= h[0] < b]
            end = min((i for i in (text.find(".", b), text.find("؛", b)) if i >= 0), default=len(text))
            if not hits or min(hits)[0] >= end:
                hits = [(a, 0, "unidentified parties")]
            break
    if not hits:
        return None
    try:
        return parse(min(hits)[2]).code
    except unknown:
        return None


# -- incidents ---------------------------------------------------------------------------------

_DIED_AR = r"لق(?:ي|يت|يا|وا)\s+(?:حتف|مصرع)(?:ه|ها|هما|هم)|فارق(?:ت|ا|وا)?\s+الحياة|توفي|توفيت|أُ?عدم(?:ت|وا)?"
# (the verb may carry its closing haraka: "قُتلَ 5 اشخاص ... على بلدةِ مسرابا"; round 11, test batch,
# ar-2017-08-press-11, after its measurement)
_KILLED_HARAKA_AR = "[\u064e\u064f]?"
# "في حين قضى في قرية الزعفرانة، بريف حمص أيضا 15 شخصا": "died" with its settlement before its count (a
# settlement's kind right after it: "قضى 82 مدنياً على يد جهات" is a tally's party figure, no event; round 16,
# test batch, ar-2015-10-press-16, after its measurement)
# ("حيث قضى في سجن صيدنايا بعد عامين على اعتقاله": died in a prison; round 21, test batch, ar-2016-09-torture-21,
# after its measurement)
# ("قضى رجل مسن يوم أمس الأربعاء، برصاص مليشيا "قسد" في قرية عون الدادات", "قضى طفل وأصيب اثنان، إثر انفجار عبوة
# ناسفة": "died", one person, then the cause in the same clause; round 23, test batch, ar-2022-11-news-23,
# ar-2024-01-news-23, after its measurement)
_DIED_AT_AR = r"(?<![" + _AR + r"])(?:(?:قضى|قضت|قضوا)(?=\s+(?:في|فى|ب)\s*(?:قرية|بلدة|مدينة|حي|مخيم|سجن)\s)|" \
    r"(?:قضى|قضت)(?=\s+(?:رجل|شاب|طفل|طفلة|سيدة|امرأة|فتاة|مدني|مواطن|مواطنة)(?![" + _AR + r"])[^.؛،]{0,40}" \
    r"(?:،\s*)?(?:برصاص|إثر|اثر|جراء|بقصف|بانفجار|بغارة)(?![" + _AR + r"])))"
# ("برميل متفجر على حي المعادي تسبب باستهاد 23 مدنياً": استشهاد with its ش dropped, a slip no other word is spelt as;
# round 31, test batch, ar-2015-04-massacre-31, after its measurement: fix31)
_EVENT_AR = re.compile(r"(?:(?<!ال)قُ?تِ?لُ?(?:وا|ا|تا|ت)?" + _KILLED_HARAKA_AR + r"(?![" + _AR + r"])|مقتل|استشهاد|استشهد|ارتقاء|"
                       r"(?<=ب)استهاد(?![" + _AR + r"])|" + _DIED_AR + "|" + _DIED_AT_AR + "|"
                       # ("ببرميل متفجر أودى بحياة 13 شخص": took the lives of; round 10, after its measurement)
                       r"شهيدا|مجزرة|إعدام|أود(?:ى|ت)\s+بحياة|"
                       # ("ثم إخفائه قسرياً ثم قتله تحت التعذيب": killing him under torture; rounds 57 and 58, after
                       # their measurement: fix5758)
                       r"(?<![" + _AR + r"])قتل(?:ه|ها|هم)(?=\s+(?:تحت|بسبب|جراء)\s+(?:ال)?تعذيب)|"
                       # ("قامت بتصفية 19 معتقلًا": killed, of detainees; rounds 37-40, after their measurement: fix3740)
                       r"(?<=ب)تصفية(?=\s+" + NUMBER_AR + r"))")
# ("إن 7 قتلى بينهم نساء وأطفال وعشرات الجرحى سقطوا جراء غارة جوية على قرية شنان": the dead that "fell"; round 13,
# test batch, ar-2014-07-press-13, after its measurement)
_FELL_AR = r"قتلى(?=[^.؛]{0,50}?(?<![" + _AR + r"])سقطوا(?![" + _AR + r"]))"
_VERB_EVENT_AR = re.compile(r"(?<![" + _AR + r"])(?:قُ?تِ?لُ?(?:وا|ا|تا|ت)?" + _KILLED_HARAKA_AR + "|" + _DIED_AR + "|" + _FELL_AR
                            + "|" + _DIED_AT_AR + r")(?![" + _AR + "])")
_PLACE_AR = re.compile(
    # (the kind may carry its haraka: "على بلدةِ مسرابا بريفِ دمشق"; round 11, test batch, after its measurement)
    # (a plural kind before a list, "على بلدات كفرنبل وحاس بريف إدلب": the towns, each or their unit;
    # round 12, after its measurement)
    # (a place in quotes, "وقع في "منطقة جبل العمور في بادية السخنة": round 13, ar-2023-04-landmine-13)
    # ('مخيماً للنازحين في بلدة "قاح"': a quoted name after a kind word inside the phrase; round 26, test batch,
    # ar-2019-11-news-26, after its measurement)
    # (a named desert, "في بادية تدمر بريف حمص الشرقي", "في بادية البغيلية": the desert of that town; round 68, test
    # batch, ar-2025-03-landmine-68, after its measurement: fix68)
    r"(?:^|\s)(?:[فو]?(?:في|فى|ب)\s*)?[\"“«]?(?P<p>(?P<kind>الطريق\s+الواصل\s+بين\s+|(?:مخيم[اي]?|قرية|قريتي|قرى|"
    r"بلدة|بلدتي|بلدات|مدينة|مدينتي|حي|منطقة|مناطق|ريف|محافظة|بادية)[\u064b-\u0652]?\s+)\"?"
    r"(?:[^،.؛:\"]|(?<=\s)\"[^\"،.؛:\n]{2,40}\"){2,90})")
_COARSE_KIND = re.compile(r"منطقة|مناطق|ريف|محافظة")
# a settlement's kind word with no name after it: "بلدة بريف إدلب الجنوبي" (a town of rural Idlib)
_NAMELESS_AR = re.compile(r"(?:مخيم[اي]?|قرية|بلدة|مدينة)[\u064b-\u0652]?\s+(?:ب|في\s+)(?:ريف|محافظة)(?![" + _AR + "])")
_PLURAL_KIND_AR = re.compile(r"قرى|بلدات|بلدتي|مدينتي")  # ("قريتي" was a kind before them, kept first)
# (the force may stand in quotes: 'وأكدت أن المنطقة تخضع لسيطرة "قوات سوريا الديمقراطية" (قسد)'; round 9,
# ar-2023-12-news-02)
# (and the dual, of two places: "والدحلة وأبو حمام خاضعتان لسيطرة قسد"; round 24, ar-2024-08-news-24)
# ("الخاضعة لسيطرة تنظيم "داعش" الإرهابي": a force's name quoted after its kind word; round 23, test batch,
# ar-2016-06-press-23, found25)
_CONTROL_AR = re.compile(r"(?:ال)?خاضع(?:ة|تان|تين)?\s+لسيطرة\s+[\"“”«]?(?P<f>[^،.؛\"]{3,80}(?:\"[^\"،.؛]{2,30}\"[^،.؛\"]{0,40})?)|"
                         # ('القرية التي تخضع لسيطرة تنظيم "الدولة الإسلامية"': a quoted name, as after "الخاضعة";
                         # round 28, after its measurement, ar-2016-06-news-17)
                         r"[تي]خضع\s+(?:[^\s،.؛]+\s+){0,3}?لسيطرة\s+[\"“”«]?(?P<f2>[^،.؛\"]{3,80}(?:\"[^\"،.؛]{2,30}\"[^،.؛\"]{0,40})?)|"
                         r"تحت\s+سيطرة\s+[\"“”«]?(?P<f3>[^،.؛\"]{3,80})|"
                         # "في المنطقة التي تسيطر عليها قوات سوريا الديمقراطية", "ضمن مناطق سيطرة الجيش الوطني"
                         r"(?:التي|الذي)\s+[تي]سيطر\s+عليها?\s+(?P<f4>[^،.؛\"]{3,80})|"
                         r"(?:ضمن|في)\s+مناطق\s+(?:سيطرة|نفوذ)\s+(?P<f5>[^،.؛\"]{3,80})|"
                         # "في الجولان السوري المحتل من قبل الكيان الإسرائيلي": a place occupied by a force,
                         # and "الجولان (السوري) المحتل" itself, occupied by Israel (round 9, ar-2024-07-press-01)
                         r"(?<![" + _AR + r"])(?:ال)?محتل(?:ة)?\s+من\s+(?:قبل|طرف)\s+(?P<f6>[^،.؛\"]{3,80})|"
                         r"(?<![" + _AR + r"])(?P<f7>الجولان)\s+(?:السوري\s+)?المحتل(?![" + _AR + r"])|"
                         # "في مناطق خاضعة لسيطرتها": under ITS control, the authority named before
                         # (round 20, test batch, ar-2025-09-news-20, after its measurement)
                         r"(?:ال)?خاضع(?:ة)?\s+لسيطرت(?P<pron>ها|ه)(?![" + _AR + r"])|"
                         # "بعد أن سيطر الجيش الحر على بلدة حلفايا بثلاث أيام": the force that had just taken the
                         # place (round 25, test batch, ar-2012-12-massacre-25, after its measurement)
                         r"(?<![" + _AR + r"])(?:بعد\s+أن|بعد\s+ان|عقب)\s+سيطر(?:ت)?\s+(?P<f8>[^،.؛\"]{3,40}?)\s+على\s+"
                         r"(?:بلدة|قرية|مدينة|حي|مخيم)\s|"
                         # "في مدينة النبك ...، والتي أعلنت قوات النظام سيطرتها عليها": the force that announced it held
                         # the place (refar, ar-2013-12-news-39)
                         r"(?<![" + _AR + r"])و?(?:التي|الذي)\s+أعلن(?:ت)?\s+(?P<f10>[^،.؛\"]{3,40}?)\s+سيطرت(?:ها|ه)\s+"
                         r"علي(?:ها|ه)(?![" + _AR + r"])|"
                         # "لبلدة حريتان المحررة شمال حلب": the town "liberated", the opposition's word for a place it
                         # held (round 51, test batch, ar-2016-02-press-51, after its measurement: fix5152)
                         r"(?:(?<=\s)|(?<=\sل)|(?<=\sب)|^)(?:بلدة|قرية|مدينة|حي|مخيم)\s+[^\s،.؛\d\"]+(?:\s+[^\s،.؛\d\"]+)?\s+"
                         r"(?P<f9>المحرر[ةه]?)(?![" + _AR + r"])")
# the authority a pronoun of control refers back to: "طالبت الشبكة ... الحكومة السورية بفتح تحقيق في ... مقتل
# ... في مناطق خاضعة لسيطرتها" (her: the government; "لسيطرته", his: the regime)
_ANTECEDENT_AR = {"ها": re.compile(r"(?<![" + _AR + r"])(?:الحكومة|السلطات|الإدارة|قوات|القوات|هيئة)(?:\s+[^\s،.؛\d]+){1,2}"),
                  "ه": re.compile(r"(?<![" + _AR + r"])(?:النظام|نظام)(?:\s+[^\s،.؛\d]+)?")}


def _antecedent_ar(pronoun: str, before: str) -> str | None:
    """The force a pronoun of control names back: the last force phrase before it of the pronoun's gender
    ("الحكومة السورية" for "لسيطرتها"), as the Arabic phrase :func:`geo.force.parse_force` reads; ``None`` if
    none is named."""
    from ..force import UnknownForce, parse_force  # noqa: PLC0415

    for m in reversed(list(_ANTECEDENT_AR[pronoun].finditer(before))):
        words = m.group(0).split()
        for phrase in (" ".join(words[:n]) for n in range(1, len(words) + 1)):  # the shortest that names a force
            try:
                parse_force(phrase)
            except UnknownForce:
                continue
            return phrase
    return None


def _lead_control_ar(before: list, year) -> str | None:
    """The control a text's lead states for the killings it introduces, told one by one after it: "طالبت الشبكة
    ... الحكومة السورية بفتح تحقيق عاجل في حادثتي مقتل ...، على يد مسلحين مجهولين في مناطق خاضعة لسيطرتها."
    (the lead: the first killing sentence among the text's first three, dated by none of its own)."""
    lead = next((x for x in before[:3] if _EVENT_AR.search(x.text)), None)
    if lead is None or find_dates_ar(lead.text, year):
        return None
    return stated_control_ar(lead.text)


def stated_control_ar(text: str, place: str | None = None) -> str | None:
    """The force an Arabic sentence says controlled the site, as an English phrase for
    :func:`geo.force.parse_force` ("الخاضع لسيطرة قوات النظام السوري" -> "Syrian regime forces").

    Given the incident's ``place``, a control stated of that place wins over one stated first of
    another: "بين مدينة القورية الخاضعة لسيطرة قوات النظام السوري وقرية الشنان الخاضعة لسيطرة قوات
    سوريا الديمقراطية", for a killing at al-Shannan, is the SDF's (round 22, ar-2024-02-news-22,
    after its measurement).

    >>> stated_control_ar("بين مدينة القورية الخاضعة لسيطرة قوات النظام السوري وقرية الشنان الخاضعة لسيطرة "
    ...                   "قوات سوريا الديمقراطية", place="قرية الشنان")
    'Syrian Democratic Forces'
    """
    # (each statement read from where it starts: the first one's force may run on over the next)
    own = [_CONTROL_AR.match(text, named.end()) for named in _CONTROLLED_PLACE_AR.finditer(text)
           if place and named.group("name") in place]
    # (a control stated of another named place is that place's: "محاولاً تهريبه من منطقة التايهة الخاضعة لسيطرة قوات
    # النظام السوري، إلى مناطق سيطرة قوات سوريا الديمقراطية" for a death at Abu Kahf, whose control SNHR states next,
    # "تخضع المنطقة لسيطرة قوات سوريا الديمقراطية"; round 28, ar-2023-05-news-28, after its measurement)
    others = {named.end() for named in _CONTROLLED_PLACE_AR.finditer(text)
              if place and named.group("name") not in place and not _place_words_ar(named.group("name")) & _place_words_ar(place)}
    m = next((m for m in own if m), None) or next((
        m for m in _CONTROL_AR.finditer(text) if m.start() not in others
        # "في بعض المناطق الخاضعة لسيطرة قوات النظام": areas in general, not the site; "لم يتمكن
        # أهلها من رفع أية شكوى بسبب وجودهم في منطقة خاضعة لسيطرة ...": the family's area
        # ("باستهداف الطيران المروحي عددا من المناطق الخاضعة لسيطرة مقاتلي المعارضة في مدينة حلب": a number of areas, not
        # the site; rounds 57 and 58, ar-2013-12-massacre-58, after their measurement: fix5758)
        if not re.search(r"(?:بعض|عدد(?:ا|اً|ًا)?\s+من)\s+(?:ال)?مناطق\s*$|وجود(?:هم|ه|ها)\s+في\s+(?:منطقة|مناطق)\s*$",
                         text[:m.start()])), None)
    if not m:
        return None
    if m.group("pron"):
        return _antecedent_ar(m.group("pron"), text[:m.start()])
    phrase = m.group("f") or m.group("f2") or m.group("f3") or m.group("f4") or m.group("f5") or m.group("f6") \
        or m.group("f8") or m.group("f10")
    if m.group("f9"):
        return "armed opposition factions"  # (a place "liberated": held by the opposition)
    if (m.group("f8") or m.group("f")) and re.search(r"^(?:ال)?جيش\s+(?:السوري\s+)?الحر", phrase.strip()):
        # (the Free Syrian Army that had just taken the place; or that held it, "مدينة تل رفعت شمال حلب التي كانت خاضعة
        # لسيطرة الجيش الحر": round 51, test batch, ar-2016-02-press-51, after its measurement: fix5152)
        return "armed opposition factions"
    return "Israeli forces" if m.group("f7") else _force_named_ar(phrase)


def _place_words_ar(name: str) -> set[str]:
    """The words of a place's name past its kind word ("منطقة التايهة" -> {"التايهة"})."""
    return set(name.split()[1:])


def _force_named_ar(phrase: str) -> str | None:
    """The force an Arabic phrase names, as an English phrase for :func:`geo.force.parse_force`."""
    if re.search(r"إسرائيل|اسرائيل", phrase):
        return "Israeli forces"  # ("الكيان الإسرائيلي", "الاحتلال الإسرائيلي", "إسرائيل")
    if re.search(r"المعارض", phrase) and re.search(r"هيئة|تحرير الشام|فتح الشام|النصرة", phrase):  # (HTS by its 2016 names)
        return "joint control of armed opposition factions and Hay'at Tahrir al-Sham"
    if re.search(r"المعارض[^،.؛]*\sو(?:قوات\s+)?(?:ال)?تحالف", phrase):
        # ("تخضع المنطقة لسيطرة فصائل المعارضة المسلحة وقوات التحالف الدولي": the al-Tanf zone's joint control, the
        # opposition named first; round 67, ar-2023-08-news-67, after its measurement: fix67)
        return "joint control of armed opposition factions and International coalition forces"
    if re.search(r"(?:السلطات|الحكومة|السلطة)\s+(?:السورية\s+)?الانتقالية", phrase):
        # ("تخضع المنطقة لسيطرة السلطات الانتقالية في سوريا": SNHR's news posts after December 2024; round 26, test
        # batch, ar-2025-01-landmine-26, after its measurement)
        return "Transitional authorities"
    if re.search(r"الدولة\s+(?:\"|”|“)?الإسلامية|تنظيم\s+(?:\"|“)?الدولة", phrase):
        return "ISIS"  # ('تخضع لسيطرة تنظيم "الدولة الإسلامية"'; round 28, after its measurement, ar-2016-06-news-17)
    for key, english in _PARTY_AR.items():
        if key in phrase:
            return english
    return None


# "حيث نفذت القوات المسيطرة على البلدة حملة مداهمات": the forces that hold the place carried out the raid; and the
# text's lead names who carried the raids out ("حملات مداهمة نفذتها قوات سوريا الديمقراطية (قسد)"; ar-2025-12-news-01,
# found25)
_HOLDING_FORCES_AR = re.compile(r"(?<![" + _AR + r"])القوات\s+(?:المسيطرة|المسيطر[ةه]?)\s+على\s+(?:ال)?(?:بلدة|مدينة|قرية|منطقة|"
                                r"المنطقة|الحي)(?![" + _AR + "])")
_CARRIED_OUT_BY_AR = re.compile(r"(?<![" + _AR + r"])(?:نفذ|شن|ارتكب)(?:ت)?(?:ها|ه)\s+(?P<f>[^،.؛]{3,80})")


def _holding_forces_control_ar(text: str, before: list) -> str | None:
    """The control "القوات المسيطرة على البلدة" states: the force the first sentence of ``before`` that says who
    carried the operations out names."""
    if not _HOLDING_FORCES_AR.search(text):
        return None
    by = next((m for x in before[:3] for m in [_CARRIED_OUT_BY_AR.search(x.text)] if m), None)
    return _force_named_ar(by.group("f")) if by else None


# the settlement a control statement names, just before it: "وقرية الشنان" in "وقرية الشنان الخاضعة لسيطرة ..."
_CONTROLLED_PLACE_AR = re.compile(r"(?<![" + _AR + r"])و?(?P<name>(?:قرية|بلدة|مدينة|حي|مخيم|منطقة)\s+[^\s،.؛\d]+"
                                  r"(?:\s+(?!(?:ال)?خاضع)[^\s،.؛\d]+)?)\s+(?=(?:ال)?خاضع)")
_HARAKAT_AR = re.compile("[\u064b-\u0652]")
# who was killed, told after the verb: "قُتل طفلان شقيقان", "قُتلت سيدة وطفلتها", "قُتل خمسة مدنيين ..."
_SUBJECT_AR = re.compile(r"(?:(?P<n>" + NUMBER_AR + r")\s+)?(?P<noun>" + _CHILD + "|" + _WOMAN + "|" + _PERSON + r")(?![" + _AR + "])")
_KILLED_VERB_AR = re.compile(r"(?:قتل(?:ت|ا|تا|وا)?|مقتل|استشهاد|استشهد(?:ت|وا)?|قضى|قضت|" + _DIED_AR + r"|إعدام)\s+")


# "شاب", "رجل": one man, a noun the counts of SNHR's own forms do not list
_ONE_MAN_AR = re.compile(r"(?:شاب|رجل|مسن)(?![" + _AR + "])")
# "وشقيقته", "وشقيقه", "وأخته": one more victim, a relative of the one named before
_AND_KIN_AR = re.compile(r"\s*و\s*(?:شقيق|شقيقت|أخ|أخت|اخ|اخت)(?:ه|ها)(?![" + _AR + "])")


# two workers, told by their noun's nominative dual: "ناشطان إعلاميان", "صحفيان", "مسعفان" ("-ان" is no plural, unlike
# "إعلاميين"; round 68, test batch, ar-2016-05-news-68, after its measurement: fix68)
_WORKERS_DUAL_AR = re.compile(r"(?:ال)?(?:ناشطان|إعلاميان|اعلاميان|صحفيان|صحافيان|مسعفان|متطوعان|مراسلان|مصوران|طبيبان"
                              r"|ممرضان|ممرضتان|عاملان)(?![" + _AR + "])")


def _subject_count(text: str) -> tuple[int, int, int] | None:
    """``(killed, children, women)`` of the victims named right after a killing verb, with the
    ones joined by "و" ("سيدة وطفلتها": a woman and a child); ``None`` if none is named.

    >>> _subject_count("ناشطان إعلاميان خلال تغطيتهما المعارك")
    (2, 0, 0)
    """
    if _WORKERS_DUAL_AR.match(text):
        return 2, 0, 0
    m = _SUBJECT_AR.match(text)
    if m is None:
        # ("شاب وشقيقته": one man named by the press's noun, counted with the relative after him)
        one = _ONE_MAN_AR.match(text)
        if one is None or not _AND_KIN_AR.match(text, one.end()):
            return None
        killed, children, women, rest = 1, 0, 0, text[one.end():]
    else:
        # ("مقتل مدنيين اثنين": the number two after its noun, "مدنيين" being plural as well as dual; round 26, test
        # batch, ar-2018-10-news-26, after its measurement)
        two = re.match(r"\s+(?:اثنين|اثنان|اثنتين|اثنتان)(?![" + _AR + "])", text[m.end():]) if not m.group("n") else None
        killed, children, women = count_ar(m.group("noun"), 2 if two else parse_number_ar(m.group("n")) if m.group("n") else None)
        rest = text[m.end() + (two.end() if two else 0):]
    while (more := re.match(r"\s*و\s*" + _SUBJECT_AR.pattern, rest)) is not None or \
            (kin := _AND_KIN_AR.match(rest)) is not None:
        if more is None:
            # "قتل شاب وشقيقته" (a young man and his sister): one more, of no kind the text says (round 25, test
            # batch, ar-2022-03-landmine-25, after its measurement)
            killed, rest = killed + 1, rest[kin.end():]
            continue
        k, c, w = count_ar(more.group("noun"), parse_number_ar(more.group("n")) if more.group("n") else None)
        killed, children, women, rest = killed + k, children + c, women + w, rest[more.end():]
    ch, wo = _among(rest)
    return killed, ch if ch is not None else children, wo if wo is not None else women


# "...، وقُتل معه شقيقه", "وقُتلت معها طفلتها": more victims of the same incident
_WITH_THEM_AR = re.compile(r"و(?:قتل(?:ت|وا)?|استشهد(?:ت|وا)?)\s+مع(?:ه|ها|هم|هما)\s+(?P<rest>[^.؛،]{2,40})")


# His kinswoman named, then her own death: "والدته السيدة فاطمة بفتحه ما أدى إلى مقتلها" (another victim than him)
_HIS_KIN_DIED_TOO_AR = re.compile(r"(?<![" + _AR + r"])(?:والدته|أمه|زوجته|شقيقته|أخته)(?![" + _AR + r"])[^.؛]{0,50}?"
                                  r"(?:ما\s+|مما\s+)?(?:أدى|أسفر)\s+(?:إلى|عن)\s+(?:مقتلها|وفاتها)(?![" + _AR + r"])")


def _incident_count(text: str, event_at: int) -> tuple[int | None, int | None, int | None]:
    """Killed, children, women of an Arabic incident sentence (and of "وقُتل معه ...")."""
    killed, children, women = _victims_ar(text, event_at)
    more = _WITH_THEM_AR.search(_HARAKAT_AR.sub("", text))
    if more and killed is not None:
        said = _subject_count(more.group("rest")) or (1, 0, 0)  # ("شقيقه": one more)
        killed += said[0]
        children = (children or 0) + said[1] or None
        women = (women or 0) + said[2] or None
    her = _HIS_KIN_DIED_TOO_AR.search(_HARAKAT_AR.sub("", text))
    if her and killed == 1 and not women:
        # (one victim, and his mother, wife or sister killed by the same blast: "... حيث انفجر عند قيام والدته السيدة
        # فاطمة بفتحه ما أدى إلى مقتلها مباشرة، وأصابته بجراح" - the boy died of his wounds days later; rounds 41 and 42,
        # ar-2023-12-news-41, after their measurement: fix4142)
        killed, women = 2, 1
    return killed, children, women


# "على مائة جثة تعود لمدنيين", "على 12 جثة لأطفال": a count of bodies found, and whose they are
_BODIES_AR = re.compile(r"(?<![\d" + _AR + r"])(?P<n>" + NUMBER_AR + r")\s+(?:جثة|جثث|جثامين|جثمانا|جثماناً)"
                        r"(?:\s+(?:تعود|يعود)\s+)?(?:\s*ل(?P<noun>" + _CHILD + "|" + _WOMAN + "|" + _PERSON + r"))?(?![" + _AR + "])")


# A count's group, then another count of another group: "خمسة أشخاص من عائلة واحدة واثنين من ضيوف المنزل"
_AND_MORE_OF_AR = re.compile(r"\s+من\s+(?!بينهم)[^،.؛\d]{2,30}?\s+و(?P<n>" + NUMBER_AR + r")\s+من\s+(?!بينهم|أصل)[^،.؛\d]{2,30}")
# A killing verb's party, then its time between commas, then its object: "قتلت قوات النظام، اليوم الخميس، طفلين"
_OBJECT_AFTER_TIME_AR = re.compile(r"\s*(?:ال)?(?:قوات|عناصر|طائرات|الطيران|ميليشيا|مليشيا|تنظيم|هيئة|فصائل|مسلحون|مسلحين)"
                                   r"(?![" + _AR + r"])[^،.؛\d]{0,50}،\s*(?:اليوم|أمس|يوم|مساء|صباح|فجر|ليل)(?![" + _AR + r"])"
                                   r"[^،.؛\d]{0,30}،\s*")


# "upon it" between a killing verb and its victims: "استشهد على إثرها 20 شخصاً", "قتل جراءه 5 مدنيين", "قُتل فيها 3 أطفال"
_UPON_IT_AR = re.compile(r"\s*(?:على\s+)?(?:إثر|أثر|اثر|جراء|جرّاء|بسبب|في|خلال)(?:ها|ه|هما)\s+(?=(?:ما\s+لا\s+يقل\s+عن\s+)?\d)")


# The victims known by name among more not counted: "عدداً كبير من الشهداء عرف منهم 15 شخص بالأسماء"
_KNOWN_BY_NAME_AR = re.compile(r"(?<![" + _AR + r"])(?:عرف|تم\s+التعرف\s+على|تعرف\s+على)\s+(?:من\s+بينهم|منهم|بينهم)\s+"
                               r"(?P<n>" + NUMBER_AR + r")(?:\s+(?:" + _PERSON + r"))?\s+(?:بالأسماء|بالاسم|بأسمائهم)"
                               r"(?![" + _AR + r"])")


def _victims_ar(text: str, event_at: int) -> tuple[int | None, int | None, int | None]:
    """Killed, children, women told by the killing at ``event_at``."""
    # (the words are matched without their harakat: "طفلَين اثنَين", "مدنيَّان")
    event_at = len(_HARAKAT_AR.sub("", text[:event_at]))
    text = _HARAKAT_AR.sub("", text)
    head = text[:event_at]
    after = text[event_at:event_at + 160]
    ages = [int(a) for a in re.findall(r"(\d{1,3})\s+(?:عاما|عاماً|سنة|سنوات|أعوام)", head)]
    ages += [2] * len(re.findall(r"العمر\s+عامين", head))
    minors = sum(a < 18 for a in ages)
    known = _KNOWN_BY_NAME_AR.search(text)
    if known and parse_number_ar(known.group("n")):
        # "مما أوقع عدداً كبير من الشهداء عرف منهم 15 شخص بالأسماء": a number not told, of whom those known by name
        # are the count (rounds 41 and 42, ar-2012-02-press-41, after their measurement: fix4142)
        return parse_number_ar(known.group("n")), None, None
    fell = re.search(r"(?<![" + _AR + r"])(?P<n>" + NUMBER_AR + r")\s+$", head) if text.startswith("قتلى", event_at) else None
    if fell and parse_number_ar(fell.group("n")):
        return parse_number_ar(fell.group("n")), None, None  # "إن 7 قتلى ... سقطوا": the count before the dead
    one = _ONE_KILLED_AR.match(text, event_at)
    if one and _FIG_OF_OTHERS_AR.search(text, one.end()) and parse_number_ar(one.group("w")) is None \
            and not _PLURAL_AR.search(one.group("w")) and not re.match(r"(?:عدد|العديد|عشرات|مئات)$", one.group("w")) \
            and not _FIG_AR.search(text[event_at:_FIG_OF_OTHERS_AR.search(text, one.end()).start()]):
        # "ما أدى إلى مقتل <a name>، نازح من ...، وإصابة قرابة 7 مدنيين آخرين", "وأسفرت العملية عن قتل الشاب المدني
        # <a name> واعتقال سبعة مدنيين آخرين": one killed; the count is of the wounded or the arrested (rounds 37-40,
        # ar-2021-06-news-37, ar-2025-06-press-39, after their measurement: fix3740)
        return count_ar(one.group("w")[2:]) if re.fullmatch(_CHILD + "|" + _WOMAN, one.group("w")[2:]) else (1, None, None)
    m = _FIG_AR.search(text)
    if m:
        n = parse_number_ar(_fig_number(m)[0])
        noun = next((m.group(k) for k in ("noun", "noun2", "noun3", "noun4", "noun5", "noun6", "noun7", "noun8", "noun9",
                                          "noun10") if m.group(k)), "أشخاص")
        killed, c0, w0 = count_ar(noun, n)
        ch, wo = _among(text[m.end():])
        more = _AND_MORE_OF_AR.match(text, m.end())
        if more and killed is not None and parse_number_ar(more.group("n")):
            # "مقتل خمسة أشخاص من عائلة واحدة واثنين من ضيوف المنزل": five of the family and two guests, seven
            # (round 23, test batch, ar-2014-06-daily-23, after its measurement)
            killed += parse_number_ar(more.group("n"))
        return killed, ch if ch is not None else c0, wo if wo is not None else w0
    kids = re.search(r"(?:مقتل|استشهاد)\s+(?:ما\s+لا\s+يقل\s+عن\s+)?(?P<n>" + NUMBER_AR + r")\s+(?P<noun>" + _CHILD + "|"
                     + _WOMAN + r")(?![" + _AR + "])", text)
    if kids:
        # "حيث وثقت الشبكة مقتل 12 طفلاً بينهم 4 إنات و8 ذكور، إضافة إلى إصابة قرابة 36 شخصاً": the
        # victims counted by their noun, children or women (not the injured after them; round 9,
        # ar-2024-07-press-01)
        return count_ar(kids.group("noun"), parse_number_ar(kids.group("n")))
    toll = re.search(r"(?:راح|ذهب)\s+ضحيتها\s+(?:حوالي\s+|نحو\s+|ما\s+لا\s+يقل\s+عن\s+)?" + _SUBJECT_AR.pattern, text)
    if toll:
        # "ارتكبت ... مجزرة في مدينة معرة النعمان ...، راح ضحيتها 39 مدنياً بينهم 8 أطفال و5 سيدات"
        return _subject_count(text[toll.start("n") if toll.group("n") else toll.start("noun"):])
    verb = _KILLED_VERB_AR.match(text, event_at)
    if verb and re.match(r"\s*(?:عدد|العديد|عشرات|مئات)\s+(?:كبير\s+)?من\s", text[verb.end():]):
        # "قتل عدد من المدنيين": a number of them, how many not said here (not one; round 17, test batch,
        # ar-2016-06-news-17, after its measurement)
        return None, None, None
    said = _subject_count(text[verb.end():]) if verb else None
    upon = _UPON_IT_AR.match(text, verb.end()) if verb and said is None else None
    if upon:
        # "والتي استشهد على إثرها 20 شخصاً": the verb, "upon it" (the attack named before), then whom it killed (round 60,
        # ar-2014-04-news-60, after its measurement: fix60)
        said = _subject_count(text[upon.end():])
    obj = _OBJECT_AFTER_TIME_AR.match(text, verb.end()) if verb and said is None and upon is None else None
    if obj:
        # "قتلت قوات النظام، اليوم الخميس، طفلين في مدينة الصنمين": the party, the day between commas, then whom
        # it killed (round 23, test batch, ar-2019-07-news-23, after its measurement)
        said = _subject_count(text[obj.end():])
    if said is None and verb and re.match(_DIED_AT_AR, text[event_at:]):
        # "قضى في قرية الزعفرانة، بريف حمص أيضا 15 شخصا بينهم ...": the victims after the place
        after_place = re.search(r"(?<![\d" + _AR + r"])(?=(?:" + NUMBER_AR + r")\s+(?:" + _CHILD + "|" + _WOMAN + "|" + _PERSON
                                + r")(?![" + _AR + r"]))", text[verb.end():verb.end() + 120])
        said = _subject_count(text[verb.end() + after_place.start():]) if after_place else None
    if said is not None:
        return said[0], said[1] or minors or None, said[2] or None
    the = re.match(r"(?:مقتل|استشهاد|قتل|قتلت|استشهد|استشهدت)\s+ال(?P<noun>" + _CHILD + "|" + _WOMAN + r")(?![" + _AR + "])", text[event_at:])
    if the:
        return count_ar(the.group("noun"))  # "مقتل الطفل ...": the child
    if re.search(r"(?<![" + _AR + r"])(?:الذي|التي)\s*$", head):
        # "بقضية المواطنة الطفلة غ، من محافظة ريف دمشق، مدينة سقبا، تبلغ من العمر 10 سنوات، التي
        # توفيت": one victim, named with its noun and its age before the relative pronoun
        who = [w.group("noun") for w in re.finditer(r"(?<![" + _AR + r"])ال(?P<noun>" + _CHILD + "|" + _WOMAN
                                                     + r")(?![" + _AR + "])", head)]
        _, c, w = count_ar(who[-1]) if who else (1, 0, 0)
        return 1, (1 if c or minors else None), (1 if w and not minors else None)
    bodies = _BODIES_AR.search(head)
    if bodies and parse_number_ar(bodies.group("n")):
        # "بعثورهم على مائة جثة تعود لمدنيين أعدموا ميدانياً": the bodies found are the dead counted
        # (round 16, test batch, ar-2012-10-news-16, after its measurement)
        return count_ar(bodies.group("noun") or "جثث", parse_number_ar(bodies.group("n")))
    # "طفلان، قُتلا": a noun before the verb; "A، وB، وC، قُتلوا": names before a plural verb.
    m = re.search(r"(?:(?P<n>" + NUMBER_AR + r")\s+)?(?P<noun>" + _CHILD + "|" + _WOMAN + "|" + _PERSON
                  + r")[^.؛]{0,40}$", head)
    verb = re.match(r"قُ?تِ?لُ?(?P<s>وا|ا|تا|ت)?", text[event_at:])
    suffix = (verb.group("s") or "") if verb else ""
    noun = count_ar(m.group("noun"), parse_number_ar(m.group("n")) if m.group("n") else None) if m else None
    if suffix in ("ا", "تا") and (noun is None or noun[0] < 2):
        # "السيدة خ، ...، وابنتها ن، تبلغ من العمر عامين، قُتلتا": the dual verb counts two;
        # "الطفلان A وB، من أبناء مدينة X ...، قُتلا": a dual noun far before the verb names them
        dual = re.search(r"(?<![" + _AR + r"])(?:ال)?(?:طفلان|طفلتان|طفلين|طفلتين)(?![" + _AR + "])", head)
        # ("الرضيعة عايدة ...، والطفل عبد الرؤوف ...، قُتلا": two victims, each named by a child's noun)
        named = len(re.findall(r"(?<![" + _AR + r"])و?ال(?:طفل|طفلة|رضيع|رضيعة)(?![" + _AR + "])", head))
        # ("الطفلتان الشقيقتان أسيل وآمال ...، تبلغان من العمر عامَين وستة أعوام ...، قُتلتا": the dual noun says both
        # are children, whatever ages are read; ar-2021-11-news-47, rounds 47 and 48, after their measurement: fix4748)
        return 2, (2 if dual else None) or max(minors, min(named, 2)) or (noun[1] if noun else None), None
    bare = re.search(r"(?:^|\s)(?P<n>" + NUMBER_AR + r")\s+$", head) if suffix == "وا" else None
    if bare and parse_number_ar(bare.group("n")):
        # "الضحايا المدنيين، آخرهم خمسة قتلوا أمس الأربعاء": a bare count right before the plural verb
        # (round 10, test batch, ar-2018-11-massacre-01; after its measurement)
        return parse_number_ar(bare.group("n")), None, None
    if noun is not None and not m.group("n") and suffix == "وا" and _PLURAL_AR.fullmatch(m.group("noun")):
        # "الأطفال الأشقاء ندى ومحمد ومدين يحيى أبو شنب، قُتلوا": a plural noun with no number, then its
        # victims' names joined by "و": as many as the names (round 13, test batch, ar-2021-10-landmine-13;
        # after its measurement)
        names = head[m.end("noun"):].split("،")[0]
        k = len(re.findall(r"(?<=\s)و(?=[" + _AR + r"])", names)) + 1
        if k >= 2:
            return k, k if noun[1] else None, k if noun[2] else None
    if noun is not None:
        # ("6 مدنيين من بينهم 4 أطفال قُتلوا": the children among the noun before the verb; round 11,
        # test batch, ar-2019-11-news-11, after its measurement)
        ch, wo = _among(head[m.end("noun"):])
        return noun[0], ch if ch is not None else noun[1], wo if wo is not None else noun[2]
    if verb:
        if suffix in ("", "ت"):
            # "الطفل عمر ...، من أبناء ...، يبلغ من العمر 11 عاماً، قُتل": one victim, named by its
            # noun at the sentence's start (SNHR's news posts) or by an age under 18
            # (or right after the source's "قالت الشبكة ...، إن": 'قالت الشبكة السورية لحقوق الإنسان، إن الطفلة
            # "ليمار ..." (6أعوام)، من أبناء مدينة "نوى" ...، قُتلت'; round 20, test batch, ar-2024-06-news-20)
            lead = re.match(r"\s*(?:(?:قالت|ذكرت|أفادت|أكدت|أوضحت)\s+[^.؛]{0,80}?(?<![" + _AR + r"])[إأ]ن\s+)?ال(?P<noun>"
                            + _CHILD + "|" + _WOMAN + r")(?![" + _AR + "])", head)
            _, c, w = count_ar(lead.group("noun")) if lead else (1, 0, 0)
            if c or w or minors == 1:
                return 1, (1 if c or minors else None), (1 if w and not minors else None)
        if suffix == "وا":
            names = len(re.findall(r"،\s*و", head)) + 1
            return (max(names, 2), *_named_kinds_ar(head, names))
    m = re.search(r"(?P<n>" + NUMBER_AR + r")\s+(?P<noun>" + _PERSON + ")", after)
    if m:
        return parse_number_ar(m.group("n")), None, None
    if _DOZENS_OF_VICTIMS_AR.search(after):
        return None, None, None  # "مما تسبب بسقوط عشرات الضحايا والجرحى": dozens, how many not said (not one)
    return 1, None, None


# "dozens / hundreds of victims", no figure: "ارتكبت قوات النظام مجزرة ...، مما تسبب بسقوط عشرات الضحايا والجرحى" (round 26,
# test batch, ar-2019-11-news-26, after its measurement); "مجزرة جديدة ... راح ضحيتها عشرات المدنيين"
_DOZENS_OF_VICTIMS_AR = re.compile(r"(?<![" + _AR + r"])(?:ال)?(?:عشرات|مئات)\s+(?:من\s+)?(?:ال)?(?:ضحايا|قتلى|شهداء|مدنيين)"
                                   r"(?![" + _AR + r"])")


# Who each victim named before a plural verb was, by the noun before the name: a child ("الطفلة جنى"), a woman ("ووالدتها
# رقية", her mother) or a man ("ووالدها راتب", her father)
_NAMED_CHILD_AR = re.compile(r"ال(?:طفل|طفلة|رضيع|رضيعة)(?![" + _AR + "])")
_NAMED_WOMAN_AR = re.compile(r"(?:السيدة|المسنة|الشابة|والدت(?:ها|ه|هم)|أم(?:ها|ه|هم)|زوجت(?:ه|هم)|جدت(?:ها|ه|هم))(?![" + _AR + "])")
_NAMED_MAN_AR = re.compile(r"(?:الشاب|الرجل|المسن|والد(?:ها|ه|هم)|أبو(?:ها|ه|هم)|زوج(?:ها)|جد(?:ها|ه|هم))(?![" + _AR + "])")


def _named_kinds_ar(head: str, names: int) -> tuple[int | None, int | None]:
    """Children and women among the ``names`` victims listed in ``head`` before a plural verb, when every one of
    them is named after a noun of who they were: "الطفلة جنى شويح، ووالدتها رقية محمد، ووالدها راتب شويح، قُتلوا" ->
    (1, 1) (a girl, her mother, her father); (None, None) when one is named bare ("محمد الغول، وحذيفة المنظوري ...").
    Round 25 (test batch, ar-2020-12-news-25), after its measurement."""
    items = [x.strip() for x in re.split(r"،\s*و", _HARAKAT_AR.sub("", head).strip(" ،")) if x.strip()]
    if len(items) != names:
        return None, None
    kinds = ["c" if _NAMED_CHILD_AR.match(x) else "w" if _NAMED_WOMAN_AR.match(x) else "m" if _NAMED_MAN_AR.match(x)
             else None for x in items]
    if None in kinds:
        return None, None
    return kinds.count("c") or None, kinds.count("w") or None


# "* قوات الحكومة السورية الجديدة: قُتل مدني واحد." — a line of a daily report's list by party
_PARTY_LINE_AR = re.compile(r"^[*\-•]?\s*(?P<label>[^:،.]{3,60}):\s*(?P<body>(?:قُ?تِ?ل|مقتل)[^.]*|(?:" + NUMBER_AR
                            + r"\s+)?" + _PERSON + r"(?![" + _AR + r"])[^.]*)")


def _party_line_ar(doc, s, m, before, year, published):
    """The incident of one party line, dated by the list's lead ("... أمس الجمعة 25 تموز 2025")."""
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415
    from .incidents import ReportIncident  # noqa: PLC0415

    day = next((d for d in (day_named_ar(p.text, published, year) for p in reversed(before)) if d), None)
    if day is None:
        return None
    label = m.group("label").strip(" *-•")
    try:
        party, gov = parse_perpetrator(label, date=day), None
    except UnknownPerpetrator:
        # "درعا: 4 مدنيين": a line of the list by governorate
        party, gov = None, find_governorate(label) if len(label.split()) <= 3 else None
        if gov is None:
            return None
    body = m.group("body")
    fig = re.search(r"(?:(?P<n>" + NUMBER_AR + r")\s+)?(?P<noun>" + _PERSON + r")", body)
    killed, children, women = count_ar(fig.group("noun"), parse_number_ar(fig.group("n")) if fig.group("n") else
                                       None) if fig else (1, 0, 0)
    ch, wo = _among(body)
    if ch is None and re.search(r"\((?:طفل|طفلة)\)", body):
        ch = killed  # "مدني واحد (طفل)"
    inc = ReportIncident(date=day, killed=killed, children=ch if ch is not None else children or None,
                         women=wo if wo is not None else women or None, section=s.section, sentences=[s.text])
    if party is not None:
        inc.perpetrator, inc.perpetrator_text = party.code, label
        inc.notes.append("one line of a daily list by party; the text names no place")
    else:
        inc.place_text, inc.governorate, inc.governorate_pcode = label, gov.name, gov.pcode
        inc.notes.append("one line of a daily list by governorate")
        verb = _VERB_EVENT_AR.match(body) or _EVENT_AR.match(body)
        if verb:
            # "محافظة إدلب: قُتل الطفل محمد، إثر قصف مدفعي ... على قرية معرشورين بريف إدلب": the line
            # tells the incident itself, with its victims, village and attacker
            inc.killed, inc.children, inc.women = _incident_count(body, verb.start())
            near = sorted(_PLACE_AR.finditer(body), key=lambda x: bool(_COARSE_KIND.match(x.group("kind"))))
            if near and not _COARSE_KIND.match(near[0].group("kind")):
                inc.place_text = _REGION_QUALIFIER_AR.sub("", _PLACE_TAIL_AR.split(near[0].group("p"))[0].strip())
            inc.perpetrator = _party_ar(_CONTROL_AR.sub(" ", body), parse_perpetrator, UnknownPerpetrator)
    inc.start, inc.end = doc.original_span(s.start, s.end)
    inc.line = doc.line_of(s.start)
    return inc


_COUNTRY_TOTAL_AR = re.compile(r"(?:مقتل|توثيق)\s+(?:ما\s+لا\s+يقل\s+عن\s+)?\d[\d,]*\s+\S+\s+(?:في\s+سوري[اة]|خلال\s+(?:شهر|عام)|"
                               # (a party's figure of a month: "وثقت مقتل 57 شخصا على يد قوات نظام الأسد خلال شهر أيلول
                               # الفائت"; round 21, test batch, ar-2016-09-torture-21, after its measurement)
                               r"على\s+يد\s+[^.،؛\d]{2,50}?\s+خلال\s+(?:شهر|عام)(?![" + _AR + r"]))")
# ("منذ 17 يوليو حتى 19 منه", "منذ 12 حتى 30 كانون الثاني 2020": the month after the first day or the last)
# ("من تاريخ 19 حتى 29 أيلول/ سبتمبر": "the date" before the first day; round 9b, ar-2017-09-press-02)
# (and "بين 6 و10 من آذار الجاري": see _TWO_DAYS_ONE_MONTH_AR)
# ("خلال الفترة ما بين 30 من تشرين الأول 2019 -بداية التصعيد الأخير- حتى 15 من تشرين الثاني الجاري": "بين", each day
# with its month; round 26, test batch, ar-2019-11-news-26, after its measurement)
_RANGE_TOTAL_AR = re.compile(r"(?:منذ|من|(?<![" + _AR + r"])بين)\s+(?:تاريخ\s+)?\d{1,2}\s+(?:من\s+)?(?:" + _MONTH_AR + r"[^.]{0,40}?(?:حتى|إلى)\s+\d{1,2}"
                             r"|(?:حتى|إلى)\s+\d{1,2}\s+" + _MONTH_AR + ")|" + _TWO_DAYS_ONE_MONTH_AR.pattern)
_ABROAD_AR = re.compile(r"(?:في|فى)\s+(?:لبنان|تركيا|الأردن|العراق)|لاجئ")


# a day's toll ("عن يوم أمس", "في اليوم"), a rate ("يوميا") or "since 3 days" names no longer period
_DAY_PERIOD_AR = re.compile(r"يوميا|في\s+اليوم|عن\s+يوم|أيام\s+عيد|منذ\s+\d+\s+(?:يوم|أيام|ساعة|ساعات|أسبوع|أسابيع)")


def _longer_period_ar(text: str) -> bool:
    """Does ``text`` name a period longer than a day ("منذ بدء حملة التصعيد", "منذ نيسان 2019", "خلال عام 2020")?

    >>> _longer_period_ar("مقتل 487 مدنياً منذ بدء حملة القصف الجوي"), _longer_period_ar("قتل 3 مدنيين في اليوم ذاته")
    (True, False)
    """
    return any(not _DAY_PERIOD_AR.match(text, m.start()) for m in _OTHER_PERIOD_AR.finditer(text))


def _near_period(day: dt.date, period: tuple[int, int]) -> bool:
    """From two months before the text's month to one month after it (as the English reader)."""
    first = dt.date(period[0], period[1], 1)
    return first - dt.timedelta(days=62) <= day <= first + dt.timedelta(days=62)



# A sentence that goes on telling the attack just told, from where or when it was: "حيث كان هناك يوم الأربعاء 30/4/2014
# معرض ...", "وكان ذلك يوم ...", "وذلك في ..." (round 60, ar-2014-04-news-60, after its measurement: fix60)
_GOES_ON_AR = re.compile(r"\s*(?:حيث|وحيث|وكان\s+ذلك|وذلك)(?![" + _AR + r"])")
# a count of people in a sentence: "استشهد على إثرها 20 شخصاً"
_PEOPLE_COUNT_AR = re.compile(r"(?<![\d.])\d+\s*(?:شخص|مدني|طفل|أطفال|سيدة|سيدات|امرأة|نساء|ضحية|قتيل|شهيد)")


def _day_told_after_ar(text: str, after, year) -> dt.date | None:
    """The day of the killing ``text`` tells at a settlement with its count but no day, when the sentence ``after`` goes
    on telling it ("حيث", "وكان ذلك") and gives the day, without a killing of its own: "استهداف مدرسة عين جالوت في مدينة
    حلب “حي الأنصاري” والتي استشهد على إثرها 20 شخصاً" then "حيث كان هناك يوم الأربعاء 30/4/2014 معرض ..." gives 30 April
    2014."""
    if after is None or not _GOES_ON_AR.match(after.text) or _EVENT_AR.search(after.text):
        return None
    if not _SETTLEMENT_PHRASE_AR.search(text) or not _PEOPLE_COUNT_AR.search(text):
        return None
    days = [d for d, a, _b in find_dates_ar(after.text, year) if not _REPORT_DATE_AR.search(after.text[max(0, a - 50):a])]
    return days[0] if days else None

_SETTLEMENT_AR = r"(?:قرية|بلدة|مدينة|حي|مخيم)"
_DIRECTION_AR = r"(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)"
# Bodies found some days after a dated detention or attack told before: "وذلك بتاريخ 16/ تشرين الأول/ 2012 ... اعتقلتهم جميعاً
# قوات الجيش والأمن" then "بعد ذلك بثلاثة أيام ... عثروا على جثث عشرات من جيرانهم تم إعدامهم ... داخل مقبرة دير الزور" and
# SNHR's count in the next sentence "التعرف والتوثق من 13 ضحية بينهم طفلان ...، من أصل ما لايقل عن 84 جثة" (round 26,
# test batch, ar-2012-10-massacre-26, after its measurement)
_DAYS_LATER_AR = re.compile(r"^\W*(?:و|ثم\s+)?بعد\s+(?:ذلك\s+)?ب?(?P<n>يومين|(?:" + NUMBER_AR + r")\s+(?:أيام|يوما|يوماً))"
                            r"(?![" + _AR + r"])")
_BODIES_FOUND_AR = re.compile(r"(?<![" + _AR + r"])(?:عثر(?:وا|ت)?|العثور|اكتشف(?:وا)?|اكتشاف|وجدوا)(?:\s+[^\s،.؛\d]+){0,2}?"
                              r"\s+(?:على\s+)?(?:ال)?(?:جثث|جثة|جثامين)(?![" + _AR + r"])")
_CEMETERY_AR = re.compile(r"(?<![" + _AR + r"])(?:داخل|في)\s+(?P<p>(?:مقبرة|مقابر)\s+(?!ال?جماعية)[^\s،.؛\d»]+"
                          r"(?:\s+(?!و|وقد|حيث)[^\s،.؛\d»]+)?)")
_NOT_LESS_BODIES_AR = re.compile(r"ما\s+لا\s*يقل\s+عن\s+(?P<n>" + NUMBER_AR + r")\s+(?:جثة|جثث|جثمان)")


def _bodies_found_days_later_ar(doc, sentences: list, k: int, year, period=None):
    """The incident of sentence ``k`` when it tells bodies found some days after a day one of the two sentences before
    gives (``_DAYS_LATER_AR``, ``_BODIES_FOUND_AR``): dated from that day, within the week, the day found kept
    ("found"); its place the cemetery's city or the place phrase; its count the bodies the next sentence counts (the
    least number, "ما لا يقل عن 84 جثة"), with the children among them. None if it is not such a sentence."""
    text = sentences[k].text
    later = _DAYS_LATER_AR.match(text)
    if later is None or not k or not _BODIES_FOUND_AR.search(text):
        return None
    days = 2 if later.group("n") == "يومين" else parse_number_ar(re.sub(r"\s+(?:أيام|يوما|يوماً)$", "", later.group("n")))
    before = next((d for x in reversed(sentences[max(0, k - 2):k]) for d in [[
        dd for dd in find_dates_ar(x.text, year) if not _REPORT_DATE_AR.search(x.text[max(0, dd[1] - 50):dd[1]])]] if d), None)
    nxt = sentences[k + 1].text if k + 1 < len(sentences) else ""
    count = _NOT_LESS_BODIES_AR.search(text) or _NOT_LESS_BODIES_AR.search(nxt)
    if not days or days > 7 or before is None or count is None or period is not None and not _near_period(before[0][0], period):
        return None
    from .incidents import ReportIncident  # noqa: PLC0415

    first = before[0][0]
    killed = parse_number_ar(count.group("n"))
    children, women = _among(_HARAKAT_AR.sub("", count.string[:count.start()]))
    cemetery = _CEMETERY_AR.search(text)
    phrase = next(iter(_PLACE_AR.finditer(text)), None)
    place = cemetery.group("p") if cemetery else _PLACE_TAIL_AR.split(phrase.group("p"))[0].strip() if phrase else None
    gov = find_governorate(place or text)
    inc = ReportIncident(date=first, date_precision=DatePrecision.WEEK, killed=killed, children=children, women=women,
                         place_text=place, governorate=gov.name if gov else None,
                         governorate_pcode=gov.pcode if gov else None, section=sentences[k].section,
                         sentences=[text] + [nxt] * (count.string is nxt))
    inc.dates["found"] = (first + dt.timedelta(days=days)).isoformat()
    inc.category = "massacre" if killed and killed >= 5 else "killing"
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    inc.perpetrator = _party_ar(text, parse_perpetrator, UnknownPerpetrator)
    last = sentences[k + 1] if count.string is nxt else sentences[k]
    inc.start, inc.end = doc.original_span(sentences[k].start, last.end)
    inc.line = doc.line_of(sentences[k].start)
    inc.notes.append("bodies found days after the day told before: dated from that day, within the week")
    return inc


PART_TOLD_AFTER_AR = "a part of it told after it with no day: a smaller toll at its place"


def _part_of_last_ar(out: list, place: str, told: re.Match) -> bool:
    """Is the massacre ``told`` with no day, at ``place``, a part of the incident told last: a day's incident whose
    place phrase holds this place and whose toll is larger ("بلدة عرمان" and 7 after "بلدة عرمان بريف السويداء" and 10)?"""
    if not out or out[-1].date_precision != DatePrecision.DAY or not out[-1].place_text or out[-1].killed is None:
        return False
    n = parse_number_ar(next(told.group(g) for g in ("n", "n2", "n3", "n4") if told.group(g)))
    name = _HARAKAT_AR.sub("", place.replace('"', "")).strip()
    return bool(n) and n < out[-1].killed and len(name.split()) >= 2 and _HARAKAT_AR.sub("", out[-1].place_text).startswith(name)


# (a massacre's name, not a word that counts or describes it: "ارتكبت مجزرة واحدة راح ضحيتها 17 شخصا" is one massacre of a
# tally, no place; round 32, fix32, ar-2015-03-press-01)
_TOLD_MASSACRE_AR = re.compile(r"مجزرة\s+(?!(?:واحدة|أخرى|اخرى|جديدة|ثانية|ثالثة|أولى|مماثلة|مروعة|كبيرة|جماعية)(?![" + _AR + r"]))(?P<name>[^\s،.؛\d]+(?:\s+[^\s،.؛\d]+)?)،?\s+(?:حيث\s+|التي\s+)?(?:ذهب|راح)\s+"
                               r"ضحيتها\s+(?:حوالي\s+|نحو\s+|قرابة\s+|ما\s+لا\s+يقل\s+عن\s+)?(?P<n>" + NUMBER_AR + r")"
                               # "هجوماً ... على مخيم للنازحين بريف إدلب الشمالي، وتسبب بمجزرة قتل فيها 15 مدنياً"
                               r"|(?:تسبب|أسفر|أدى)\s+(?:بـ?|عن\s+|إلى\s+)مجزرة\s+(?:قُ?تِ?ل|راح)\s+(?:فيها|ضحيتها)\s+"
                               r"(?P<n2>" + NUMBER_AR + r")"
                               # "ارتكاب مجزرة بحق 7 مدنيين بينهم 2 طفل و3 سيدات في ريف السويداء" (the place
                               # after the toll; written after round 8's measurement, from ar-2024-01-press-01)
                               r"|مجزرة\s+بحق\s+(?P<n3>" + NUMBER_AR + r")\s+(?:مدني|شخص|أشخاص)"
                               # "ارتكبت مجزرة في بلدة جرجناز، جنوب إدلب، راح ضحيتها تسعة مدنيين", "وقوع مجزرة
                               # إثر هجوم جوي روسي على قرية حفسرجة بريف إدلب الغربي، ما أسفر عن مقتل 7
                               # مدنيين": one massacre at a settlement, then its toll (round 10, test batch,
                               # ar-2018-11-massacre-01 and ar-2022-09-press-02; after its measurement)
                               r"|مجزرة\s+(?:[^،.؛\d]{0,40}?\s)?(?:في|على)\s+(?P<p4>" + _SETTLEMENT_AR + r"\s+[^،.؛\d]{2,50}?"
                               r"(?:،\s*" + _DIRECTION_AR + r"\s+[^،.؛\d]{2,25}?)?)،\s*(?:ما\s+)?(?:راح\s+ضحيتها|ذهب\s+ضحيتها|"
                               r"أسفرت?\s+عن\s+مقتل|أدت?ى?\s+(?:إلى\s+|ل)مقتل)\s+(?:ما\s+لا\s+يقل\s+عن\s+)?(?P<n4>"
                               + NUMBER_AR + r")\s+(?:" + _PERSON + "|" + _CHILD + r")")
# "في حين قتل خمسة أطفال ... بانفجار لغم أرضي ... في قرية تل الهوى شمال حلب": a second killing at a
# settlement, told beside a month's massacre in its sentence (round 10, test batch, after its measurement)
_BESIDE_KILLING_AR = re.compile(r"(?:في\s+حين|فيما|بينما)\s+(?:قُ?تِ?لَ?|استشهد|لقي)\s+(?P<n>" + NUMBER_AR + r")\s+"
                                r"(?P<noun>" + _CHILD + "|" + _WOMAN + "|" + _PERSON + r")(?![" + _AR + r"])[^.؛]*?\s(?:في|فى)\s+"
                                r"(?P<p>" + _SETTLEMENT_AR + r"\s+[^،.؛\d]{2,50})")


# what follows a place: its cause ("في ريف السويداء جراء غارات جوية")
_CAUSE_TAIL_AR = re.compile(r"\s+(?:جراء|نتيجة|إثر|بسبب|بعد)(?![" + _AR + r"])")


# A daily toll's list by place: "7 قتلى سقطوا في دمشق وريفها و4 في حماة و3 في كل من إدلب وحمص"
# (the count first), "حيث كان نصيب إدلب 12 مدنيا، ودير الزور 6 وحمص 6" (the place first).
# ("وشخص واحد", "دمشق وريفها": one item; "حيث وصل عددهم": a verb, no "و"; "بينما سقط في دمشق وريفها 40": the next
# item, its own connective; round 45, test batch, ar-2012-08-daily-45, after its measurement: fix4546)
_LIST_SPLIT_AR = re.compile(r"،\s*|\s+(?=و)(?!واحد|وريف|وضواح|وادي|وصل)|\s+(?=(?:بينما|فيما)\s)")
# (a lone noun is one, its dual two: "وقتيلان في حلب، وقتيل في كل من الحسكة ودرعا", "مصرع شخص فى كل من")
_LIST_N_AR = (r"(?<![\d" + _AR + r"])(?P<n>" + NUMBER_AR + r"|شخصين|شخصان|شخص\s+واحد|قتيل\s+واحد|واحدا?|"
              r"(?:قتيلان|قتيلين|شخص|قتيل)(?![" + _AR + r"]))(?!\s*(?:%|٪|في\s+الم))")
# the victims' noun after the count, and up to three words of what befell them before the place:
# "14 شخصا تم إعدامهم ميدانيا في البويضة في حمص", "28 شخصا لقوا مصرعهم فى إدلب" (round 12, test batch,
# ar-2012-06-press-12 and ar-2013-08-press-02; written after its measurement)
_COUNT_FIRST_AR = re.compile(_LIST_N_AR + r"\s*(?:(?P<noun>" + _PERSON + r")\s+(?:(?!(?:في|فى)\s)[^\s\d،]+\s+){0,3}?"
                             r"(?=(?:في|فى)\s)|(?:(?!مجاز|مجزر)[^\s\d،]+\s+)?(?:(?:سقطوا|قتلوا|قضوا|استشهدوا)\s+)?)"
                             r"(?:في|فى|ب)\s*(?P<each>كل\s+من\s+)?(?P<p>[^،\d(]{2,40}?(?:\s*\([^)»]*[)»])?)\s*[.؛]?\s*$")
# ("وفي ادلب قتل 22 شخصا": the place, the verb, then its count; round 45, test batch, ar-2012-08-daily-45: fix4546)
_PLACE_FIRST_AR = re.compile(r"(?P<p>[^\d،]{2,30}?)\s+(?:(?:قتل|سقط|استشهد)\s+)?" + _LIST_N_AR + r"(?:\s+" + _PERSON + r")?\s*[.؛]?\s*$")
_AFTER_PREP_AR = re.compile(r".*(?:^|\s)(?:في|فى|نصيب)\s+")  # (the last one: "قضى بأسلحة النظام أمس في دمشق ...")
_PLACE_KIND_AR = re.compile(r"(?:مدينة|بلدة|قرية|حي|ريف|ضواح[يى]|محافظة|مخيم)\s")
# what is no place after "N persons in": "3 أشخاص في القصف", "5 مدنيين في حادثة"
_NOT_A_PLACE_AR = re.compile(r"(?:ال)?(?:قصف|غار|هجوم|هجمات|انفجار|تفجير|حادث|اشتباك|معارك|سجون|سجن|مراكز|مجزر|مجاز|"
                             r"عملي|ظروف|يوم|شهر|عام|الشهر|اليوم|العام|سوري|المحافظات|مختلف|عدة|مناطق|أماكن)")
# the towns a governorate's line names in brackets: "و3 في ريف دمشق (داريا، دوما، المعضمية»" (one line,
# its unit the governorate; the comma inside the brackets cuts no item)
_BRACKETED_AR = re.compile(r"\s*\([^)»]*[)»]?\s*$")
_WEEKDAYS_AR = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
                "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6}
_WEEKDAY_AR = re.compile(r"(?<![" + _AR + r"])(?P<y>(?:يوم\s+)?أمس\s+)?(?P<d>" + "|".join(_WEEKDAYS_AR) + r")(?![" + _AR + "])")


# an item with as many as the one before: "و3 في دمشق وريفها ومثلهم في درعا" (3 in Daraa too; "ومثلها", "ومثله",
# "ومثلهما"; round 32, test batch, ar-2012-07-daily-32, after its measurement: fix32)
_SAME_AS_BEFORE_AR = re.compile(r"مثل(?:هم|ها|ه|هما)\s+(?:في|فى)\s+(?P<p>[^،\d(]{2,40})")


# what befell a line's dead, after its place: "و5 بحماه تم إعدامهم ميدانيا" (the place is Hama; round 34, test batch,
# ar-2012-08-daily-34, after its measurement: fix34)
_FATE_TAIL_AR = re.compile(r"\s+(?:تم\s+)?(?:إعدامهم|اعدامهم|أعدموا|اعدموا|قتلوا|قضوا|استشهدوا|سقطوا)(?![" + _AR + r"])"
                           r"(?:\s+[^\s\d،]+){0,2}$")
# a day's toll ranked by governorate: "وسقط معظم القتلى في دمشق وريفها حيث بلغ عدد الضحايا 70 قتيلا، تلتها حلب بـ47
# قتيلا ومن ثم درعا 20 وإدلب 18 قتيلا" (the first place, then each next one with its count after it; round 34, test
# batch, ar-2013-01-daily-34, after its measurement: fix34)
_WHERE_TOLL_AR = re.compile(r"(?:في|فى)\s+(?P<p>[^،\d]{2,30}?)\s+حيث\s+(?:بلغ|وصل|كان)\s+(?:عدد\s+(?:الضحايا|القتلى|الشهداء)|عددهم)"
                            r"(?:\s+فيها)?\s+(?:إلى\s+)?" + _LIST_N_AR + r"(?:\s+" + _PERSON + r")?\s*[.؛]?\s*$")
_RANK_NEXT_AR = re.compile(r"^(?:(?:تلتها|تليها|يليها|تلاها|وتلتها)|(?:من\s+)?ثم)\s+")


# some of the line before, at a place inside it: "و9 بدمشق وريفها، بينهم أربعة أعدموا ميدانياَ في حي جوبر" (4 of the
# 9, in Jobar; an incident of its own, not more dead; round 34, test batch, ar-2012-08-daily-34, after its measurement:
# fix34)
_AMONG_THEM_AT_AR = re.compile(r"(?:من\s+)?(?:بينهم|منهم)\s+" + _LIST_N_AR + r"\s+(?:(?!(?:في|فى)\s)[^\s\d،]+\s+){0,3}?"
                               r"(?:في|فى)\s+(?P<p>[^،\d(]{2,40}?)\s*[.؛]?\s*$")


def _names_a_place_ar(text: str) -> bool:
    """Whether ``text`` names any place: a settlement, area or countryside phrase, or a governorate.

    >>> _names_a_place_ar("إن قصف قوات نظام الأسد يوم أمس الاثنين، أدى إلى استشهاد سبعة مدنيين")
    False
    >>> _names_a_place_ar("أدى القصف يوم أمس إلى استشهاد سبعة مدنيين في ريف إدلب")
    True
    """
    return bool(_PLACE_AR.search(text) or find_governorate(text) or _BARE_PLACE_AR.search(text))


def _list_number(raw: str) -> int | None:
    if raw.startswith(("شخص", "قتيل")):
        return 2 if raw in ("شخصين", "شخصان", "قتيلان", "قتيلين") else 1
    return 1 if raw.startswith("واحد") else parse_number_ar(raw)


def _list_pieces(text: str) -> list[tuple[int, int]]:
    """The spans of a list's items: cut at each comma and "و", not inside brackets."""
    spans, a = [], 0
    for m in _LIST_SPLIT_AR.finditer(text):
        if text.count("(", a, m.start()) > text.count(")", a, m.start()) + text.count("»", a, m.start()) \
                and m.start() - a < 80:
            continue  # ("(داريا، دوما، المعضمية»": the bracket's towns stay in their item)
        spans.append((a, m.start()))
        a = m.end()
    spans.append((a, len(text)))
    return [(x, y) for x, y in spans if x < y]


def _list_place_ok(m: re.Match) -> bool:
    """Whether a count-first item's words after "في" are a place: a governorate, a place's kind,
    or (after a victims' noun: "11 شخصا في القصير", "وقتيلان في داريا") a short name that is no
    event or period."""
    p = m.group("p").strip(" .؛")
    if find_governorate(p) or _PLACE_KIND_AR.match(p):
        return True
    noun = m.group("noun") or re.match(r"قتيل|شخص", m.group("n"))  # ("وقتيلان في داريا": the count is the noun)
    return bool(noun) and len(p.split()) <= 3 and not _NOT_A_PLACE_AR.match(p)


# an aside of where a listed place lies: "جنوبي البلاد", "شمالاً" (round 22, ar-2016-09-daily-22, after its measurement)
_DIRECTION_ASIDE_AR = re.compile(r"(?:في\s+)?(?:ال)?(?:جنوب|شمال|شرق|غرب)(?:ي|اً|ًا|ا)?(?:\s+(?:البلاد|سوريا|سورية))?")


# An item's aside on where most of its dead fell, or who was among them, after its place or count: "أن عشرة قتلوا في
# ريف دمشق معظمهم في مدينتيْ دوما والزبداني" (Rural Damascus' ten), "وفي درعا قتل خمسة أشخاص بينهم سيدة" (Daraa's five):
# part of the item, no item of its own (round 55, test batch, ar-2012-06-daily-55, after its measurement: fix55)
_MOSTLY_ASIDE_AR = re.compile(r"\s+(?:معظمهم|غالبيتهم|أغلبهم|أكثرهم)\s+(?:في|فى|ب)\s*[^،.؛\d]*?(?=\s*(?:[،.؛]|$|\s(?:كما|بينما|فيما)\s))")
_AMONG_ASIDE_AR = re.compile(r"\s+(?:من\s+)?(?:بينهم|منهم)\s+(?:(?!(?:في|فى)(?![" + _AR + r"]))[^\s\d،.؛]+\s*){1,3}(?=[،.؛]|$)")


def _blank_asides_ar(text: str) -> str:
    """``text`` with each list item's aside (:data:`_MOSTLY_ASIDE_AR`, :data:`_AMONG_ASIDE_AR`) blanked to spaces,
    so that every other offset stays where it was.

    >>> _blank_asides_ar("أن عشرة قتلوا في ريف دمشق معظمهم في مدينتيْ دوما والزبداني، و5 في درعا بينهم سيدة.").split()
    ['أن', 'عشرة', 'قتلوا', 'في', 'ريف', 'دمشق', '،', 'و5', 'في', 'درعا', '.']
    """
    for pattern in (_MOSTLY_ASIDE_AR, _AMONG_ASIDE_AR):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def distribution_ar(text: str) -> list[tuple[int, str, int, int]]:
    """The places of a daily toll's list, ``(count, place, start, end)`` each, when ``text`` holds
    three or more; "في كل من إدلب وحمص" gives each place the count. The same place with the same
    count twice in one list is a repeat of the line, kept once.

    >>> [x[:2] for x in distribution_ar("أن 7 قتلى سقطوا في دمشق وريفها و4 في حماة و3 في كل من إدلب وحمص")]
    [(7, 'دمشق وريفها'), (4, 'حماة'), (3, 'إدلب'), (3, 'حمص')]
    >>> [x[:2] for x in distribution_ar("بينهم 14 شخصا تم إعدامهم ميدانيا في البويضة في حمص، و11 شخصا في القصير و27 في حمص")]
    [(14, 'البويضة في حمص'), (11, 'القصير'), (27, 'حمص')]
    """
    out: list[tuple[int, str, int, int]] = []
    each = None
    text = _blank_asides_ar(text)
    for start, end in _list_pieces(text):
        piece = text[start:end]
        bare = re.sub(r"^و(?=\S)", "", piece.strip())
        if out and _DIRECTION_ASIDE_AR.fullmatch(bare.strip(" .؛")):
            continue  # "15 مدنياً في ريف دمشق، جنوبي البلاد، و14 في محافظة إدلب، شمالاً، ...": where it lies, an aside
        if out and _RANK_NEXT_AR.match(bare):
            # ("تلتها حلب بـ47 قتيلا", "ومن ثم درعا 20": the next place of a ranked toll, its count after it)
            bare = re.sub(r"\s+بـ?\s*(?=\d)", " ", _RANK_NEXT_AR.sub("", bare))
        among = _AMONG_THEM_AT_AR.fullmatch(bare.strip()) if out else None
        if among and not (_PLACE_KIND_AR.match(among.group("p")) and (_list_number(among.group("n")) or 0) < out[-1][0]):
            among = None
        m = _WHERE_TOLL_AR.search(bare) if not out else None
        if m and not find_governorate(m.group("p")):
            m = None
        if m is None and among is None:
            m = _COUNT_FIRST_AR.search(bare)
            if m and not _list_place_ok(m):
                m = None
        if m is None and among is None:
            prep = _AFTER_PREP_AR.match(bare)
            m = _PLACE_FIRST_AR.match(bare, prep.end() if prep else 0)
            if m and (len(m.group("p").split()) > 3 or not find_governorate(m.group("p"))):
                m = None
        if m is not None:
            n = _list_number(m.group("n"))
            each = n if m.groupdict().get("each") else None
            place = _BRACKETED_AR.sub("", m.group("p").strip(" .؛")) if find_governorate(
                _BRACKETED_AR.sub("", m.group("p"))) else m.group("p").strip(" .؛")
            if find_governorate(_FATE_TAIL_AR.sub("", place)):
                place = _FATE_TAIL_AR.sub("", place)  # ("بحماه تم إعدامهم ميدانيا": Hama)
        elif among is not None:
            n, place, each = _list_number(among.group("n")), among.group("p").strip(" .؛"), None
            if find_governorate(out[-1][1]):
                place = f"{place} في {out[-1][1]}"  # (Jobar of Damascus, not Homs' Jober: the line's governorate)
        elif out and (same := _SAME_AS_BEFORE_AR.fullmatch(bare.strip(" .؛\"”»"))) and (
                find_governorate(same.group("p")) or _PLACE_KIND_AR.match(same.group("p"))):
            n, place = out[-1][0], same.group("p")  # "و3 في دمشق وريفها ومثلهم في درعا": as many as the item before
        elif each is not None and len(bare.split()) <= 3 and find_governorate(re.sub(r"^(?:في|فى)\s+", "", bare).strip(" .؛")):
            n, place = each, re.sub(r"^(?:في|فى)\s+", "", bare).strip(" .؛")  # "... وحمص" after "في كل من إدلب"
        elif out:
            break
        else:
            continue
        if n is None:
            break
        if any(x[0] == n and x[1] == place for x in out):
            continue  # "و3 أشخاص في دير الزور، ... و3 في دير الزور": the line printed twice
        a = start + (piece.find(bare) + m.start() if m is not None and not out else len(piece) - len(piece.lstrip()))
        out.append((n, place, a, start + len(piece.rstrip(" .؛"))))
    # (an item over several governorates, "و9 مدنيين آخرين في محافظات درعا وحمص وحلب", is a line of the list but
    # no place's count: round 22, ar-2016-09-daily-22, after its measurement)
    return [x for x in out if not re.match(r"محافظات\s", x[1])] if len(out) >= 3 else []


def day_named_ar(text: str, published: dt.date | None, year: "int | dt.date | None" = None) -> dt.date | None:
    """The day a sentence names: a date, "أمس" (the day before publication) or a weekday ("الأحد":
    the last Sunday on or before publication); not the report's own day ("في تقريرها الصادر
    اليوم الأحد")."""
    def own(m: re.Match) -> bool:
        return not _REPORT_DATE_AR.search(text[max(0, m.start() - 50):m.start()])

    dates = [d for d in _DATE_AR.finditer(text) if own(d)]
    if dates:
        found = find_dates_ar(text[dates[0].start():dates[0].end()], year)
        if found:
            return found[0][0]
    if published is None:
        return None
    w = next((m for m in _WEEKDAY_AR.finditer(text) if own(m)), None)
    yesterday = next((m for m in re.finditer(r"(?<![" + _AR + r"])(?:يوم\s+)?أمس(?![" + _AR + "])", text) if own(m)), None)
    if yesterday and not (w and not w.group("y")):
        return published - dt.timedelta(days=1)
    if w:
        return published - dt.timedelta(days=(published.weekday() - _WEEKDAYS_AR[w.group("d")]) % 7)
    return None


def _list_incidents_ar(doc, s, items, sentences, k, year, published, period=None) -> list:
    """The incidents of a daily toll's list (one per place), dated by the sentence or the lead
    before it; the party is the one the sentence (or the lead) names. A list whose lead names no
    day ("بعد أقل من أسبوع على المجزرة ... لسقوط ما لا يقل عن 50 قتيلا، بينهم 14 شخصا ...
    في البويضة", ar-2012-06-press-12) is of the month the text covers, month precision; in a text
    that gives no date at all, its date is unknown (None)."""
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415
    from .incidents import ReportIncident  # noqa: PLC0415

    day, precision = None, DatePrecision.DAY
    # (a list whose sentence counts its own dead first, "لسقوط ما لا يقل عن 50 قتيلا، بينهم 14 ...", is
    # not the month's total the sentences before give: "منذ بداية الثورة" in the title is another count's)
    lead = s.text[:items[0][2]]
    own_lead = bool(_LIST_LEAD_AR.search(lead) and re.search(r"\d", lead) and re.search(r"(?:بينهم|منهم)\s*$", lead)
                    and not re.search(r"شهر|(?<![" + _AR + r"])عام(?![" + _AR + "])", s.text))
    for x in [s] + sentences[max(0, k - 4):k][::-1] * (not own_lead):
        day = day_named_ar(x.text, published, year)
        if day is not None:
            break
        if find_month_ar(x.text, year.year if isinstance(year, dt.date) else year) or _OTHER_PERIOD_AR.search(x.text):
            return []  # "مقتل 120 مدنياً خلال أيار 2019. وتوزع الضحايا على المحافظات: 40 في إدلب، ...": the month's
    if day is None and period is not None and own_lead:
        if all(re.match(r"محافظ(?:ة|تي|ات)\s", place) for _n, place, _a, _b in items):
            # "بقتلها 550 مدنياً، بينهم 232 في محافظتي دمشق وريفها، و223 في محافظة إدلب، و51 في محافظة حلب":
            # a month's count by governorate, with no day, is its breakdown, no incidents (round 14, test
            # batch, ar-2018-01-monthly-14, after its measurement)
            return []
        day, precision = dt.date(period[0], period[1], 1), DatePrecision.MONTH
    if day is None and (published is not None or period is not None):
        return []
    # (day None here: a text that gives no date at all, no publication date and no month of its own, tells the toll of a
    # day it does not name, "ووثقت الشبكة مقتل 43 شخصا في ريف دمشق، و15 في دير الزور، ..." on an undated repost: each
    # place an incident of unknown date; round 29, ar-2012-06-daily-29, after its measurement)
    party = _party_ar(s.text, parse_perpetrator, UnknownPerpetrator)
    if party is None and k:
        # the lead's gunfire before the source it cites: "ارتفع عدد القتلى الذين قتلوا برصاص القوات السورية ... وفقا لما
        # ذكرته مصادر المعارضة السورية" (the forces, not the opposition; round 34, test batch, ar-2012-08-daily-34,
        # after its measurement: fix34)
        shot = _SHOT_BY_AR.search(sentences[k - 1].text)
        party = (shot and _party_ar(shot.group("p"), parse_perpetrator, UnknownPerpetrator)) or _party_ar(
            sentences[k - 1].text, parse_perpetrator, UnknownPerpetrator)
    if party is None and not own_lead:
        # the party of the day's toll its lead gives, whose gunfire killed: "أعلنت الشبكة ... مقتل 54 شخصاً اليوم السبت
        # برصاص الأمن السوري في مناطق مختلفة" two sentences before the list (not another party the lead names after it,
        # "بينما أفادت مصادر في المعارضة السورية المسلحة ..."; round 32, test batch, ar-2012-07-daily-32, after its
        # measurement: fix32)
        for x in sentences[max(0, k - 4):k][::-1]:
            shot = _SHOT_BY_AR.search(x.text)
            if shot and _LIST_LEAD_AR.search(x.text[:shot.start()]) and re.search(r"\d", x.text[:shot.start()]):
                try:
                    party = parse_perpetrator(shot.group("p"), date=day).code
                except UnknownPerpetrator:
                    pass
                break
    out = []
    for n, place, a, b in items:
        gov = find_governorate(place)
        within = re.match(r"(?P<p>\S.*?)\s+(?:في|فى)\s+(?P<g>[^\s].*)$", place)
        if within and find_governorate(within.group("g")) and not find_governorate(within.group("p")):
            place = within.group("p")  # "البويضة في حمص": the town, its governorate kept apart
        inc = ReportIncident(date=day, date_precision=precision, killed=n, place_text=place,
                             governorate=gov.name if gov else None,
                             governorate_pcode=gov.pcode if gov else None, perpetrator=party,
                             section=s.section, sentences=[s.text[a:b].strip(" ،")])
        inc.notes.append("one place of a daily toll's list")
        if (aside := _AMONG_ASIDE_AR.match(s.text, b)) is not None:
            inc.children, inc.women = _among(aside.group(0))  # ("وفي درعا قتل خمسة أشخاص بينهم سيدة": one woman)
        inc.start, inc.end = doc.original_span(s.start + a, s.start + b)
        inc.line = doc.line_of(s.start + a)
        out.append(inc)
    return out


_LIST_LEAD_AR = re.compile(r"قتل|مقتل|قضى|قضوا|سقط|استشهاد|استشهد|ضحايا|قتلى|شهداء|توزع")


# where a place phrase ends: "في مدينة دوما بتاريخ 11 / أيلول أودت بحياة 58 شخصاً"
# ("وفي حي رأس النبع في بانياس وثقت الشبكة ...": a reporting verb after the place)
# ("تركز على مدينة تلدو بشكل كبير": an adverb, ar-2012-05-massacre-12)
# the second of a pair, told by its place: "استشهاد مدني في بلدة كنصفرة وآخر في بلدة خان السبل" (one more), "واثنان في
# ...", "و3 آخرين في ..." (a plural "وآخرين" with no number counts nobody)
_PAIR_WORDS_AR = r"آخر|أخرى|اخرى|آخرين|آخرون|آخران|اثنان|اثنين|اثنتان|اثنتين"
_ANOTHER_AT_AR = re.compile(r"(?<![" + _AR + r"])و\s*(?:(?P<n>" + NUMBER_AR + r")\s+)?(?P<w>" + _PAIR_WORDS_AR + r")\s+(?:في|فى|ب)\s*"
                            r"(?=(?:قرية|بلدة|مدينة|مخيم|حي)\s)")
# ("في قرية كفرزيتا بريف حماة أيضاً 6 أشخاص": an adverb after the place; round 16, ar-2015-10-press-16)
# ("على حي المعادي تسبب باستهاد 23 مدنياً": "caused", the toll after the place; round 31, test batch,
# ar-2015-04-massacre-31, after its measurement: fix31)
# (and the sides of the fighting there: "المعارك الدائرة في ريف حلب الجنوبي بين فصائل المعارضة في جيش الفتح، وقوات
# الأسد" - the belligerents, no part of the place; round 68, ar-2016-05-news-68, after its measurement: fix68)
_PLACE_TAIL_AR = re.compile(r"\s+بين\s+(?:ال)?(?:فصائل|قوات|عناصر|مقاتلي|تنظيم|جيش|معارضة)(?![" + _AR + r"])|\s+(?:بتاريخ|يوم|والتي|والذي|أودت|أسفر|تسبب|تسببت|مما|ما\s+(?:أدى|أسفر)|راح|حيث|وثقت|سجلت|رصدت|بشكل|أيضا|أيضاً|ايضا)(?![" + _AR + r"])|\s+(?:في\s+)?\d|"
                            r"\s+و\s*(?:(?:" + NUMBER_AR + r")\s+)?(?:" + _PAIR_WORDS_AR + r")\s+(?:في|فى|ب)\s")

# a second killing told in a clause of its own after the first's place: its verb, its victims, then the attack on
# its settlement ("ارتكبت مجزرتين راح ضحيتهما 11 مدنياً ... إثر قصفها بلدة الدحلة، وقتلت سيدة إثر قصفها بلدة أبو
# حمام"; round 24, test batch, ar-2024-08-news-24, found25)
_ANOTHER_KILLED_AT_AR = re.compile(r"،\s*(?:كما\s+|فيما\s+|بينما\s+|و)\s*(?:قُ?تِ?لَ?(?:ت|وا)?|قضى|قضت|قضوا|استشهد|استشهدت|استشهدوا)\s+(?:(?P<n>"
                                   + NUMBER_AR + r")\s+)?(?P<noun>" + _CHILD + "|" + _WOMAN + "|" + _PERSON + r")(?![" + _AR
                                   + r"])(?:\s+(?:آخر|أخرى|اخرى|آخرين|آخرون))?\s+(?:إثر|جراء|نتيجة|في|ب)\s*(?:[^،.؛\d]{0,30}?\s)?"
                                   r"(?=(?:قرية|بلدة|مدينة|مخيم|حي)\s)")


def others_at_ar(inc, text: str) -> list:
    """The others a sentence counts at other places after its first victims', each an incident like ``inc``:
    "استشهاد مدني في بلدة كنصفرة وآخر في بلدة خان السبل" is one killed at Kansafra and one more at Khan al-Sobol
    (round 14, test batch, ar-2019-06-news-14, after its measurement); "واثنان في قرية X" two, "و3 آخرين في بلدة X"
    three, "وآخرين في" (how many not said) none; "، وقتلت سيدة إثر قصفها بلدة X" (a clause with its own verb,
    :data:`_ANOTHER_KILLED_AT_AR`) one woman.

    >>> from geo.report.incidents import ReportIncident
    >>> first = ReportIncident(date=dt.date(2019, 6, 1), killed=1, place_text="بلدة كنصفرة")
    >>> [(o.killed, o.place_text) for o in others_at_ar(first, "استشهاد مدني في بلدة كنصفرة وآخر في بلدة خان السبل، كما استهدف")]
    [(1, 'بلدة خان السبل')]
    """
    import dataclasses  # noqa: PLC0415

    at = text.find(inc.place_text) if inc.place_text else -1
    if at < 0:
        return []
    out = []
    for m in _ANOTHER_AT_AR.finditer(text, at):
        if m.group("n"):
            n = parse_number_ar(m.group("n"))
        else:
            n = 1 if m.group("w") in ("آخر", "أخرى", "اخرى") else None if m.group("w") in ("آخرين", "آخرون") else 2
        ph = _PLACE_AR.match(text, m.end() - 1)
        if not n or ph is None:
            continue  # ("وآخرين في ...": how many not said)
        place = _PLACE_TAIL_AR.split(_CAUSE_TAIL_AR.split(ph.group("p"))[0])[0]
        place = re.split(r"،|\s+(?:ب(?:ال)?(?:صاروخ|قذيف|قذائف|غار|برميل|قصف)\S*|على\s+يد|جراء|نتيجة|إثر|اليوم|أمس)(?![" + _AR + r"])",
                         place)[0].strip(" ،.()")
        gov = find_governorate(place) or (find_governorate(inc.governorate) if inc.governorate else None)
        out.append(dataclasses.replace(
            inc, killed=n, children=None, women=None, injured=None, place_text=place, governorate=gov.name if gov else None,
            governorate_pcode=gov.pcode if gov else None, victim_names=[],
            category="massacre" if n >= 5 else "killing" if inc.category == "massacre" else inc.category,
            notes=inc.notes + ["the second of a pair, told by its place ('وآخر في')"]))
    for m in _ANOTHER_KILLED_AT_AR.finditer(text, at):
        ph = re.match(r"(?:قرية|بلدة|مدينة|مخيم|حي)\s+[^،.؛\d]{2,50}", text[m.end():])
        killed, children, women = count_ar(m.group("noun"), parse_number_ar(m.group("n")) if m.group("n") else None)
        if ph is None or not killed:
            continue
        place = re.split(r"\s+(?:ب(?:ال)?(?:صاروخ|صواريخ|قذيف|قذائف|غار|برميل|براميل|قصف)\S*|على\s+يد|جراء|نتيجة|إثر|اليوم|أمس|"
                         r"و?(?:الخاضع|الخاضعة|التي|الذي))(?![" + _AR + r"])", _PLACE_TAIL_AR.split(ph.group(0))[0])[0].strip(" ،.()")
        if place == inc.place_text:
            continue
        gov = find_governorate(place) or (find_governorate(inc.governorate) if inc.governorate else None)
        out.append(dataclasses.replace(
            inc, killed=killed, children=children or None, women=women or None, injured=None, place_text=place,
            governorate=gov.name if gov else None, governorate_pcode=gov.pcode if gov else None, victim_names=[],
            category="massacre" if killed >= 5 else "killing" if inc.category == "massacre" else inc.category,
            notes=inc.notes + ["a second killing told in its own clause after the first's place"]))
    return out


# The workers a profession's month report counts (media workers, medical and Civil Defence personnel): "إعلاميين",
# "الكوادر الطبية", "ممرض ومسعف وعنصر من الدفاع المدني", "طبيب", "متطوع من الهلال الأحمر"
_PROFESSION_AR = re.compile(r"(?<![" + _AR + r"])(?:ال)?(?:إعلامي|اعلامي|إعلامى|صحفي|صحافي|ممرض|مسعف|طبيب)"
                            r"(?:ين|ون|ان|ا|اً|ًا|ة)?(?![" + _AR + r"])|(?:ال)?(?:كوادر|كادر)\s+(?:ال)?(?:طبي|إعلامي)"
                            r"|(?:ال)?دفاع\s+(?:ال)?مدني|الهلال\s+الأحمر")
# how a killing was done, told in the share's clause: "أحدهما طبيب سقط في قصف على دمشق", "استشهدا تحت التعذيب في
# معتقلات النظام", "بتصفية إعلاميين اثنين ... رمياً بالرصاص": a killing told, not a share
_HOW_KILLED_AR = re.compile(r"قصف|غارة|غارات|استهداف|استهدف|انفجار|تفجير|قذيف|قذائف|صاروخ|صواريخ|برميل|براميل|رصاص|"
                            r"قنص|قناص|تعذيب|إعدام|اعدام|تصفية|اغتيال|ذبح|لغم|ألغام|عبوة|هجوم|هجمات|هجمة|اشتباك|طلق")
# where one party's clause ends and the next begins: "، فيما", "، بينما", "في حين", a full stop
_CLAUSE_BREAK_AR = re.compile(r"[.؛]|\s(?:فيما|بينما|في\s+حين)\s")
# a part named inside a count ("6 إعلاميين من بينهم إعلامي قتل تحت التعذيب"): the part's how is not the count's
_AMONG_THEM_AR = re.compile(r"(?<![" + _AR + r"])(?:من\s+)?بينهم(?![" + _AR + r"])[^،.؛]*")


def profession_shares_ar(doc, incidents: list, tallies) -> list:
    """``incidents`` less a profession's party shares, in a report of a month's media or medical workers killed: there
    "كانت مسؤولة عن مقتل 5 إعلاميين", "قوات النظام السوري: قتلت 6 إعلاميين", "قتلت ممرض ومسعف وعنصر من الدفاع المدني"
    and "وأشارت الشبكة إلى مقتل 4 من الكوادر الطبية على يد التحالف الدولي", with no place, are each party's part of the
    month's count, a tally, not incidents (round 71, test batch, after its measurement: fix71). A share told with its
    place, or a killing whose clause tells how it was done ("اثنين من الكوادر الطبية استشهدا تحت التعذيب في معتقلات
    النظام", "أحدهما طبيب سقط في قصف على دمشق"), stays an incident.
    """
    text = doc.text
    if not (tallies.personnel.get("media") or tallies.personnel.get("medical") or _MEDICAL_JOINT_AR.search(text)):
        return incidents
    out = []
    for inc in incidents:
        sentence = inc.sentence
        if inc.place_text or not _PROFESSION_AR.search(sentence):
            out.append(inc)
            continue
        # the count's own clause, between "فيما"/"بينما" ("مقتل اثنين من الكوادر الطبية، خلال هجمات شنتها قوات
        # المعارضة": a comma does not end it; "بتصفية صحفيين ثلاثة": the how may come before the number), or the whole
        # sentence when the number is not written; a "بينهم" part left out unless it holds the count
        told = []
        for m in re.finditer(r"(?<![\d" + _AR + r"])" + NUMBER_AR + r"(?![\d" + _AR + r"])", sentence):
            if parse_number_ar(m.group(0)) != inc.killed:
                continue
            a = max((b.end() for b in _CLAUSE_BREAK_AR.finditer(sentence, 0, m.start())), default=0)
            b = next((b.start() for b in _CLAUSE_BREAK_AR.finditer(sentence, m.end())), len(sentence))
            told.append(_AMONG_THEM_AR.sub(lambda p: p.group(0) if p.start() <= m.start() - a < p.end() else "",
                                           sentence[a:b]))
        told = told or [_AMONG_THEM_AR.sub("", sentence)]
        if any(_HOW_KILLED_AR.search(c) for c in told):
            out.append(inc)
    return out


def split_by_party_ar(doc, incidents: list, date: dt.date | None = None) -> list:
    """``incidents``, a place's toll over a period replaced by one incident a party when the next sentences give each
    party's share and the shares add up to it: "وثقت مقتل 94 مدنياً في مدينة منبج ... في أقل من شهر" then "مبيناً أن
    داعش قتل 32 مدنياً، بينهم 11 طفلاً" and "قوات التحالف الدولي قتلت 38 مدنياً ...، بينما بلغ عدد الضحايا المدنيين على
    يد قوات سوريا الديمقراطية، 24" are 32, 38 and 24 killed at Manbij, each by its party (round 23, test batch,
    ar-2016-06-press-23, found25). A day's incident, or shares that do not add up to the toll, are left as they are.
    """
    import dataclasses  # noqa: PLC0415

    sentences = [s for p in doc.paragraphs for s in p.sentences]
    spans = [doc.original_span(s.start, s.end) for s in sentences]
    out = []
    for inc in incidents:
        k = next((j for j, (a, b) in enumerate(spans) if a <= inc.start < b), None)
        if k is None or inc.date_precision is DatePrecision.DAY or not inc.place_text or not inc.killed:
            out.append(inc)
            continue
        shares = [(j, f) for j in range(k + 1, min(k + 4, len(sentences))) for f in party_figures_ar(sentences[j].text, date)]
        if len(shares) < 2 or len({f[0] for _j, f in shares}) < len(shares) or sum(f[1] for _j, f in shares) != inc.killed:
            out.append(inc)
            continue
        for j, (code, killed, children, women, _a, _b) in shares:
            a, b = spans[j]
            out.append(dataclasses.replace(
                inc, killed=killed, children=children, women=women, perpetrator=code, perpetrator_text=None,
                sentences=[sentences[j].text], start=a, end=b, line=doc.line_of(sentences[j].start), victim_names=[],
                notes=inc.notes + [f"one party's share of the place's toll told before ({inc.killed})"]))
    return out


# a place named without its kind before its countryside: "غارة جوية روسية على سراقب بريف محافظة إدلب"
_BARE_PLACE_AR = re.compile(r"(?:^|\s)(?:على|في|فى)\s+(?P<p>(?!ريف|محافظة|منطقة|مناطق|قرية|بلدة|مدينة|مخيم|حي\s|أرض|سوق|منزل)"
                            r"[^\s،.؛\d]+(?:\s+[^\s،.؛\d]+)?\s+(?:بريف|في\s+ريف)[^،.؛]{2,40})")
_REGION_QUALIFIER_AR = re.compile(r"\s+(?:ب|في\s+)(?:منطقة\s+)?(?:جبل|سهل)\s+[^\s،.؛]+(?=\s+(?:ب|في\s+)ريف)")
# another monitor's figures, quoted beside SNHR's by a press article
# "173 شخصا ... معظمهم فى دمشق وريفها وحلب": most of the dead in these places, a total over several, no figure
# per place (round 20, test batch, ar-2012-09-daily-20, as ar-2012-07-daily-18's answer codes it)
# "مقتل 34 مدنياً بغارات ...، على عدّة محافظات سورية": a total over several governorates, told one by one after it (or
# not): no incident of its own (round 22, ar-2016-09-daily-22, after its measurement)
_SEVERAL_GOVERNORATES_AR = re.compile(r"(?<![" + _AR + r"])(?:على|في|فى)\s+(?:عد[\u0651]?ة\s+محافظات|محافظات\s+(?:عد[\u0651]?ة|"
                                      r"متفرقة|مختلفة)|مختلف\s+(?:ال)?محافظات)(?![" + _AR + "])")
_MOSTLY_IN_AR = re.compile(r"(?<![" + _AR + r"])(?:معظمهم|أغلبهم|اغلبهم|غالبيتهم)\s+(?:في|فى|ب)")
# The Syrian Observatory as the teller of a sentence, and a sentence that goes on with the same teller's words
_SOHR_AR = re.compile(r"(?<![" + _AR + r"])[وف]?ل?ل?(?:ال)?مرصد\s+السوري(?![" + _AR + r"])")
_GOES_ON_TELLING_AR = re.compile(r"\s*(?:كما|و?أضاف|وتابع)(?![" + _AR + r"])")


def goes_on_from_sohr_ar(text: str, before: str) -> bool:
    """Does ``text`` go on ("كما قتل ...", "وأضاف ...") with the words of a sentence ``before`` told by the Syrian
    Observatory, SNHR named in neither? A day split by governorate from another monitor ("وقال المرصد السوري لحقوق
    الإنسان في بيان إن ثمانية مواطنين قتلوا في ريف حمص" then "كما قتل 13 شخصا في حلب، و12 في دير الزور و10 في إدلب") is
    not SNHR's count.

    >>> goes_on_from_sohr_ar("كما قتل 13 شخصا في حلب، و12 في دير الزور و10 في إدلب.", "وقال المرصد السوري لحقوق الإنسان إن")
    True
    """
    return bool(_GOES_ON_TELLING_AR.match(text) and _SOHR_AR.search(before) and not _SNHR_NAMED_AR.search(before)
                and not _SNHR_NAMED_AR.search(text))


_OTHER_SOURCE_AR = re.compile(r"لجان\s+التنسيق|المرصد\s+السوري|للمرصد\s+السوري")
# a correction notice: "بناءً على ما وردنا، فقد نشرنا في خبرٍ سابق أن الطفلة التي قُتلت ... تُدعى X، ولكن ... تبيّن لنا
# أن الطفلة تُدعى Y، وعليه تم تعديل الخبر في 30 تشرين الثاني 2020": what an earlier post said, the same death told
# again (its day is the correction's), no incident of its own (round 20, test batch, ar-2020-11-news-20)
_CORRECTION_AR = re.compile(r"نشرنا\s+(?:في\s+)?(?:خبر|تقرير|بيان)[\u064b-\u0652]?\s+سابق|"
                            r"تم\s+تعديل\s+(?:الخبر|التقرير|البيان)")
# the words before a report's own date: "في تقريرها الصادر اليوم", "أصدرت الشبكة ... الأربعاء 1 أيلول"
# ("في تقرير أصدرته اليوم، الأحد 7 آب", "بحسب تقرير نشرته أمس الأربعاء": the verb with its object pronoun)
# ("وبحسب تقرير صادر عن الشبكة، الإثنين 1 أيلول", "في تقرير لها أمس الثلاثاء": the report's day)
# ("ووثقت الشبكة ... في بيان لها اليوم، 27 من آذار، مقتل ...": a statement's day, as a report's; round 25, test batch,
# ar-2022-03-landmine-25, after its measurement)
_REPORT_DATE_AR = re.compile(r"(?:الصادر|صادر|أصدر(?:ت)?|صدر|نشر(?:ت)?|(?:تقرير|بيان)\s+(?:لها|له))(?:ه|ها)?(?:[\s،]+[^\s.،]+){0,5}[\s،]*$")
# a sentence about the report itself ("في تقريرها الصادر اليوم الأربعاء"): its weekday is the report's
# "1 من أيار الحالي، أصدرت": a date, then the verb of issuing (not "وتاريخ نشر التقرير", the noun)
_ISSUED_AFTER_AR = re.compile(r"(?:\s+(?:الحالي|الجاري|الماضي|المنصرم|الفائت))?[\s،]*(?:أصدرت|أصدر|نشرت)(?![" + _AR + "])")
_PUBLISHED_AR = re.compile(r"تقرير|الصادر|أصدر|نشرت|بيان")
# what is told on a report's authority ("وبحسب التقرير، وقعت الحادثة الأولى ...", "حسب التقرير"): no sentence about
# the report itself
PER_REPORT_AR = re.compile(r"(?<![" + _AR + r"])[وف]?(?:(?:ب?حسب|وفق)\s+التقرير|وفق(?:ا|اً|ًا)?\s+للتقرير)(?![" + _AR + "])")
_SAME_DAY_AR = re.compile(r"(?:اليوم|التاريخ)\s+(?:ذاته|نفسه)|نفس\s+اليوم")
# another day than the incident told before, counted from it: "وتسببت غارة ... قبلها بيوم" (the day before it),
# "بعد ذلك بيومين" (two days after)
_OTHER_DAY_AR = re.compile(r"(?<![" + _AR + r"])(?:قبلها|بعدها|قبله|بعده|قبل\s+ذلك|بعد\s+ذلك)\s+"
                           r"ب(?:يوم|يومين|أيام|ايام|\d+\s+أيام|ساعات|ساعة|أسبوع|اسبوع)(?![" + _AR + "])")
# a sentence that turns to another story: "من جانب آخر، أعلنت جماعة ... مسؤوليتها عن تفجيرين ... في دمشق" (on another
# note), "في سياق آخر", "من جهة أخرى", "على صعيد آخر" (round 28, ar-2012-05-massacre-28, after its measurement: the
# governorates a later story names were read as the village's)
_OTHER_STORY_AR = re.compile(r"^\W*و?(?:من\s+(?:جانب|جهة|ناحية)\s+(?:آخر|أخرى|اخرى|ثان)|(?:في|على)\s+(?:سياق|صعيد|شأن)\s+"
                             r"(?:آخر|منفصل|متصل|مختلف))(?![" + _AR + r"])")
# SNHR's background after an incident, no part of its story (fixleft41): a note opening "يشار إلى أن" or "يذكر أن
# الشبكة", SNHR's earlier figures ("وكانت الشبكة السورية لحقوق الإنسان قد وثقت ..."; not its other words, "وكانت الشبكة
# ... قد تحدثت ... عن الحصار المفروض على المخيم ... من قبل قوات النظام", which may tell who caused a death), its numbers
# ("وتشير أرقام الشبكة"), or a running total since 2011 ("مقتل ما لا يقل عن 2772 مدنيا ... بين آذار 2011 وكانون الأول
# 2021"); and another incident the same context opens ("وفي السياق، أعلن الدفاع المدني مقتل مدني ...")
_BACKGROUND_AFTER_AR = re.compile(
    r"^\W*(?:و?يُ?شار\s+(?:إلى|الى)\s+(?:أن|أنّ|ان)|و?يُ?ذكر\s+(?:أن|أنّ)\s+(?:ال)?شبكة|"
    r"وكانت\s+(?:ال)?[\"“]?شبكة[^.؛]{0,40}?(?:قد\s+)?وث[\u0651]?قت|"
    r"و?تشير\s+أرقام\s+(?:ال)?شبكة|وفي\s+السياق\s*،)"
    r"|(?:منذ|بين)\s+(?:آذار|مارس)(?:\s*/\s*مارس)?\s+2011(?!\d)")
# an event that refers back to an attack told before: "وأسفر الهجوم عن مقتل", "ما أدى القصف إلى مقتل"
# ("وقعت الحادثة الأولى فجر يوم 21 كانون الأول 2025 في بلدة ذيبان ...، حيث نفذت القوات ... حملة مداهمات ... وأسفرت
# العملية عن مقتل ثلاثة مدنيين": an operation, a campaign, a raid told before; ar-2025-12-news-01, found25)
_BACK_EVENT_AR = re.compile(r"(?:أسفر|أدى|تسبب)(?:ت)?\s+(?:ال)?(?:هجوم|قصف|غارة|غارات|انفجار|حادثة|استهداف|تفجير|عملية|حملة|"
                            r"مداهمة|مداهمات|اقتحام)"
                            # "وذكر أن الانفجار وقع في منطقة جبل العمور ..., ما أدى إلى استشهاد 6 مدنيين": the
                            # explosion told before, with its day (round 13, test batch, ar-2023-04-landmine-13;
                            # after its measurement)
                            r"|(?<![" + _AR + r"])ال(?:هجوم|قصف|انفجار|تفجير|استهداف)\s+وقع(?![" + _AR + "])")
# "في قريته", in his (her, their) own village, town, city or quarter: the victim's home named before
# ("داخل منزله", in his own house with no place told after it: in his home village, whatever its kind; round 32,
# fix32, ar-2025-09-news-20: "شاهين، وهو من قرية ميعار شاكر بريف طرطوس ...، قُتل ... داخل منزله")
_OWN_HOME_AR = re.compile(r"(?<![" + _AR + r"])(?:في|فى|داخل)\s+(?:(?P<k>قري|بلد|مدين|حي)(?:ته|تها|تهم|ه|ها|هم)|"
                          r"منزل(?:ه|ها|هم)(?!\s+(?:في|فى|ب|الكائن|الواقع)))(?![" + _AR + "])")
_HOME_BEFORE_AR = re.compile(r"(?:من\s+أبناء|من\s+ابناء|من\s+أهالي|من\s+سكان|(?:وهو|وهي)\s+من)\s*$")


# where the attackers were posted, before its place: "برصاص عناصر ... المتمركزين في قرية زغير جزيرة"
_POSTED_AT_AR = re.compile(r"(?<![" + _AR + r"])(?:ال)?(?:متمركز(?:ين|ون|ة)?|تتمركز|يتمركز)(?:\s+[^\s،.؛]+){0,3}?\s+(?:في|فى|ب)\s*$")


def _own_home_ar(texts: list[str]) -> re.Match | None:
    """The victim's home place phrase ("من أبناء قرية الشنان") when the sentences say it happened in his own
    village ("... المتمركزين داخل مدرسة الشنان في قريته"): the home is then where it happened (round 22,
    ar-2024-02-news-22, after its measurement); None when they do not say so.

    >>> _own_home_ar(["قُتل الشاب، من أبناء بلدة الكرك بريف درعا، برصاص قناص في بلدته"]).group("p")
    'بلدة الكرك بريف درعا'
    >>> _own_home_ar(["قُتل الشاب، من أبناء بلدة الكرك بريف درعا، برصاص قناص في مدينة درعا"]) is None
    True
    >>> _own_home_ar(["أن شاهين، وهو من قرية ميعار شاكر بريف طرطوس، قُتل برصاص مسلح داخل منزله."]).group("p")
    'قرية ميعار شاكر بريف طرطوس'
    """
    own = next((m for t in texts for m in _OWN_HOME_AR.finditer(t)), None)
    if own is None:
        return None
    kind = None if own.group("k") is None else own.group("k") if own.group("k") == "حي" else own.group("k") + "ة"
    homes = [m for t in texts for m in _PLACE_AR.finditer(t) if _HOME_BEFORE_AR.search(t[:m.start("p")])]
    if kind is None:
        # (in his house: the home village when no other place is named, "من قرية X، قُتل ... داخل منزله")
        places = [m for t in texts for m in _PLACE_AR.finditer(t)]
        return homes[0] if len(homes) == 1 and len(places) == 1 else None
    return next((m for m in homes if m.group("kind").strip() == kind), None)


# the attack named back: "جراء الاستهداف", "إثر القصف", "نتيجة الهجوم"
# the attack on several places of one region, the sentence's last words: "إثر الهجوم على عين ترما وزملكا والمعضّمية في
# الغوطَتَين."
_ATTACK_ON_SEVERAL_IN_AR = re.compile(r"(?<![" + _AR + r"])ال(?:هجوم|قصف|غارة|غارات|هجمات)\s+على\s+[^،.؛\d]{2,80}?\s+و[^،.؛\d]{2,60}?"
                                      r"\s+(?:في|فى)\s+(?P<region>[^\s،.؛\d]+(?:\s+[^\s،.؛\d]+)?)\s*[.؛]?\s*$")
# killed "then", the count after the adverb: "قُتلَ آنذاك 1,144 شخصاً خنقاً"
_KILLED_THEN_AR = re.compile(r"(?<![" + _AR + r"])(?:قُ?تِ?لَ?|سقط|استشهد)\s+(?:آنذاك|حينها|يومها|وقتها|حينذاك)\s+(?:ما\s+لا\s+يقل\s+عن\s+|"
                             r"نحو\s+|حوالي\s+|أكثر\s+من\s+)?(?P<n>" + NUMBER_AR + r")" + _SP_AR + r"(?:" + _PERSON + r")(?![" + _AR + r"])")
_NAMED_BACK_AR = re.compile(r"(?<![" + _AR + r"])(?:جراء|جرّاء|إثر|اثر|نتيجة|بسبب)\s+(?:هذا\s+|هذه\s+)?ال(?:استهداف|قصف|هجوم|غارة|غارات|"
                            r"مجزرة|تفجير|انفجار)(?![" + _AR + r"])")
# A massacre retold on its anniversary, its toll in a sentence after that names it back as "the massacre" or "the
# killings": "حسب الشبكة السورية لحقوق الإنسان فإن المجزرة وقعت في ثلاثة أحياء، ...، وبلغ عدد الضحايا الموثقين 200
# شخص." (ar-2022-04-press-35), "وأشارت إلى أن عمليات القتل الوحشية نفذت رمياً بالرصاص ...، ولفتت إلى توثيق ... مقتل 108
# مدنياً بينهم 25 طفلاً و17 سيدة" (ar-2022-01-press-36; rounds 35 and 36, after their measurement: fix3536)
_TOLD_BACK_AR = re.compile(r"(?<![" + _AR + r"])(?:المجزرة|عمليات\s+القتل)(?![" + _AR + r"])")
_DOCUMENTED_VICTIMS_AR = re.compile(r"(?<![" + _AR + r"])عدد\s+(?:الضحايا|القتلى|الشهداء)(?:\s+الموثقين)?\s+"
                                    + NUMBER_AR)
# detainees put to death, counted: "أقدمت على إعدام 15 معتقلا", "قامت بتصفية 19 معتقلًا"
_EXECUTED_DETAINEES_AR = re.compile(r"(?<![" + _AR + r"])(?:ب?إعدام|ب?تصفية|أعدم(?:ت|وا)?)\s+(?:ما\s+لا\s+يقل\s+عن\s+)?"
                                    r"(?P<n>" + NUMBER_AR + r")\s+معتقل")
# one killed, named or by who he was ("مقتل محمد ...", "قتل الشاب المدني"), and a count of others after it, wounded or taken
_ONE_KILLED_AR = re.compile(r"(?:مقتل|قتل|استشهاد)\s+(?P<w>[^\s،.؛\d]+)")
_FIG_OF_OTHERS_AR = re.compile(r"(?<![" + _AR + r"])و?(?:إصابة|اصابة|جرح|اعتقال|خطف|اختطاف)\s+(?:قرابة\s+|نحو\s+|حوالي\s+|"
                               r"ما\s+لا\s+يقل\s+عن\s+)?(?:" + NUMBER_AR + r")\s+[^\s،.؛]+\s+(?:آخرين|اخرين|آخرون)")
# an operation's killing of one person, beside its arrests: "وأسفرت العملية عن قتل الشاب المدني"
_UNDATED_KILLING_AR = re.compile(r"(?<![" + _AR + r"])و?(?:أسفرت|أسفر|أدت|أدى)\s+(?:العملية|الهجوم|المداهمة|الاقتحام)\s+(?:عن|إلى)\s+"
                                 r"(?:قتل|مقتل)\s+(?:الشاب|الرجل|الطفل|الطفلة|السيدة|المدني|المواطن)")
# a killing of many told with no count: "ونفَّذت عمليات قتل جماعي", "إعدامات ميدانية"
_MASS_KILLING_AR = re.compile(r"(?<![" + _AR + r"])(?:عمليات\s+(?:قتل|إعدام|تصفية)|قتل\s+جماعي|إعدامات)(?![" + _AR + r"])")
# a sentence that opens with SNHR documenting: "وثقت الشبكة السورية لحقوق الإنسان مقتل 212 مدنياً"
_SNHR_DOCUMENTS_AR = re.compile(r"\W*و?(?:وثقت|وثّقت|سجلت|سجّلت|أحصت)\s+(?:ال)?شبكة(?![" + _AR + r"])")
# the kind of place alone, its name told before: "واستهدفت المدفعية ... القرية التي تخضع لسيطرة ..."
_THE_KIND_AR = re.compile(r"(?<![" + _AR + r"])ال(?P<kind>قرية|بلدة|مدينة|مخيم)(?=\s+(?:التي|الذي)(?![" + _AR + r"])|\s*[،.؛]|$)")
# the kind of place alone after its residents: "استند إلى شهادات ميدانية من سكان البلدة" (its name told before: rounds
# 37-40, ar-2025-06-press-39, after their measurement: fix3740)
_RESIDENTS_OF_THE_KIND_AR = re.compile(r"(?:(?<=سكان\s)|(?<=أهالي\s)|(?<=اهالي\s))ال(?P<kind>قرية|بلدة|مدينة|مخيم)(?![" + _AR + r"])")
_BACK_REFERENCE_AR = re.compile(r"(?<![" + _AR + r"])(?:في|فى|داخل)\s+(?:القرية|البلدة|المدينة|الحي|المخيم)(?![" + _AR + "])")


# "قُتل ثلاثة مدنيين ... على بلدة كفرتخاريم ...، فيما قُتل مدني آخر إثر قصف ... على قرية كفرعويد": two
# incidents in one sentence
_SECOND_KILLING_AR = re.compile(r"،\s*(?=(?:فيما|بينما|كما|و)\s*(?:قُ?تِ?لَ?(?:ت|ا|وا)?|استشهد|لقي|توفي)(?![" + _AR + "]))")


# "... كما حصل في داريا بريف دمشق ...، وكما حصل في عدة بلدات ... فقد قصفت مدينة طفس بتاريخ 12/شباط/2014
# ببرميل متفجر أودى بحياة 13 شخص": an example, with its own day, after a lead about other places (round 10,
# test batch, ar-2014-03-news-01; after its measurement)
_AS_HAPPENED_AR = re.compile(r"،\s*(?=و?كما\s+(?:حصل|جرى|حدث)\s)")


# A count of massacres with their toll, then the largest of them named with its day: "أنّ 22 مجزرة ارتكبتها قوات النظام
# راح ضحيتها 4259 شخصاً، ...، مشيراً إلى أن أكبر تلك المجازر هي مجزرة الغوطتين الشرقية والغربية، التي ارتكبت في 21 آب
# 2013، ... وراح ضحيتها 913 شخصاً" (the total is no incident's toll, nor its place; round 25, test batch,
# ar-2015-03-massacre-25, after its measurement)
_LARGEST_OF_THEM_AR = re.compile(r"،\s*(?=(?:مشير(?:اً|ا|ةً|ة)\s+(?:إلى|الى)\s+أن\s+|(?:كانت|كان)\s+|و?من\s+)?(?:أكبر|أبرز|أضخم|أعنف|"
                                 r"أشد|أكثر)(?:ها|هما|\s+(?:تلك|هذه)\s+المجازر|\s+المجازر)(?![" + _AR + r"]))")
_MASSACRES_COUNTED_AR = re.compile(r"(?<![" + _AR + r"])(?:" + NUMBER_AR + r"\s+(?:مجزرة|مجازر)|مجزرتين|مجزرتان)(?![" + _AR + r"])")


def _incident_clauses(s) -> list:
    """A sentence, or its clauses when a second killing is told after the first, or a massacre named with its day
    after a count of massacres."""
    import dataclasses  # noqa: PLC0415

    # (each clause with its own place: "وقُتل معه شقيقه" is the same incident)
    found = sorted([m for m in _SECOND_KILLING_AR.finditer(s.text) if _VERB_EVENT_AR.search(s.text[:m.start()])]
                   + [m for m in _AS_HAPPENED_AR.finditer(s.text) if find_dates_ar(s.text[m.end():])],
                   key=lambda m: m.start())
    cuts = [m.end() for k, m in enumerate(found)
            if _PLACE_AR.search(s.text[found[k - 1].end() if k else 0:m.start()])
            and _PLACE_AR.search(s.text[m.end():found[k + 1].start() if k + 1 < len(found) else len(s.text)])]
    largest = _LARGEST_OF_THEM_AR.search(s.text)
    if largest and not cuts and _MASSACRES_COUNTED_AR.search(s.text[:largest.start()]) \
            and find_dates_ar(s.text[largest.end():]):
        cuts = [largest.end()]
    if not cuts:
        return [s]
    bounds = [0, *cuts, len(s.text)]
    return [dataclasses.replace(s, text=s.text[a:b], start=s.start + a, end=s.start + b)
            for a, b in zip(bounds, bounds[1:])]


# A massacre named in a text that tells it years later: "مقتل 107 أشخاص في مجزرة الحولة 25 أيار 2012",
# 'ذكرى "مجزرة البيضا"، التي ارتكبتها قوات نظام الأسد ... في 2 من أيار عام 2013' (the name, then its day)
_NAMED_MASSACRE_AR = re.compile(r"مجزرة\s+\"?(?P<name>(?!بحق|واحدة|أخرى|جديدة|مروعة)[^\s،.؛\d\"]+)")


def _named_massacre_region_ar(text: str, dates) -> str | None:
    """The region a massacre is named after, when the sentence tells it with its day after its name: "مجزرة الغوطتين
    الشرقية والغربية، التي ارتكبت في 21 آب 2013" -> "الغوطتين الشرقية والغربية" (a named region, geo.regions)."""
    named = _NAMED_MASSACRE_AR.search(text)
    if named is None or not dates or dates[0][1] < named.end():
        return None
    name = re.split(r"[،.؛(]|\s+(?:التي|الذي|في|فى|عام)(?![" + _AR + r"])", text[named.start("name"):])[0].strip()
    return name if _region_governorate(name) is not None else None


def _region_governorate(name: str | None):
    """The governorate of the named region ``name`` (geo.regions), or None: "الغوطتين" -> Rural Damascus."""
    from ..governorates import GOVERNORATES  # noqa: PLC0415
    from ..names import normalise  # noqa: PLC0415
    from ..regions import REGIONS  # noqa: PLC0415

    key = normalise(name or "")
    region = next((r for r in REGIONS.values() if key and key in {normalise(n) for n in r.names}), None)
    return GOVERNORATES.get(region.governorate) if region is not None and region.governorate else None


def _told_years_later(text: str, dates, period_from: str | None) -> bool:
    """A text with no month of its own (its period is only its publication's) that names a massacre
    and gives its day with the year written: an old event told again, kept with its own date. (Written
    after round 8's measurement, from ar-2012-05-news-01 and ar-2013-05-news-01.)"""
    m = _NAMED_MASSACRE_AR.search(text)
    return (period_from == "published" and m is not None and bool(dates)
            and dates[0][1] > m.start() and bool(re.search(r"\d{4}", text[dates[0][1]:dates[0][2] + 6])))


# "وفي 30 تشرين الأول/ أكتوبر عام 2021، قُتل ثلاثة أطفال ...": a sentence that opens with a full date
# and goes straight on to the killing
_DATED_OPENING_AR = re.compile(r"\s*و?(?:في|فى)\s+(?:يوم\s+)?$")
_KILLING_NEXT_AR = re.compile(r"\s*،?\s*(?:قُ?تِ?لَ?|استشهد|لقي|توفي)")


def _dated_opening_ar(text: str, dates, period_from: str | None) -> bool:
    """A text with no month of its own whose sentence opens with a day, month and written year and
    goes on to a killing: an earlier incident told with its own date ("وفي 30 تشرين الأول/ أكتوبر
    عام 2021، قُتل ثلاثة أطفال ... في قرية الكتيبة" in an article of March 2022). (Written after
    round 11's measurement, from ar-2022-03-landmine-11.)"""
    d, start, end = dates[0]
    return (period_from == "published" and bool(_DATED_OPENING_AR.fullmatch(text[:start]))
            and bool(re.search(r"\d{4}", text[start:end])) and bool(_KILLING_NEXT_AR.match(text[end:])))


_CAUSE_AR = re.compile(r"\s+(?:جراء|نتيجة|إثر|بسبب)[\u064b-\u0652]?(?![" + _AR + r"])")  # (with its haraka: "جراءَ")


def _beside_home_ar(m: re.Match) -> list:
    """The settlement a home-town phrase goes on to as where it happened: "من نازحي مدينة اللطامنة بريف حماة
    على أطراف مدينة خان شيخون جنوب إدلب" is at Khan Shaykhun (round 13, test batch, ar-2019-07-massacre-13;
    after its measurement); none if the phrase names no such edge."""
    edge = re.search(r"\s(?:على\s+(?:أطراف|مشارف|تخوم)|قرب|بالقرب\s+من)\s+", m.group("p"))
    at = _PLACE_AR.search(m.string, m.start("p") + edge.end() - 1) if edge else None
    return [at] if at is not None and at.start("p") == m.start("p") + edge.end() else []


def _own_countryside_ar(place: str | None, chunk: str):
    """The governorate of the countryside (or governorate) said right after the place's name wherever the
    incident's sentences name it: "اكتشف أهالي مدينة داريا بريف دمشق ..." then "... بمدينة داريا، ...
    وقتيل في كل من درعا وحماة" is Darayya of Rural Damascus, not of the governorate named last (round 16,
    test batch, ar-2012-10-news-16, after its measurement); None if no such countryside is said.

    >>> _own_countryside_ar("مدينة داريا", "أهالي مدينة داريا بريف دمشق. قتيل في حماة").name
    'Rural Damascus'
    """
    name = re.sub(r"^(?:مدينة|بلدة|قرية|حي|مخيم)\s+", "", _HARAKAT_AR.sub("", place or "")).strip()
    if not name:
        return None
    own = re.search(r"(?<![" + _AR + r"])" + re.escape(name) + r"[\"”]?\s*،?\s*(?:ب|في\s+)?(?P<c>(?:ريف|محافظة)\s+"
                    r"[^،.؛\d]{2,20})", _HARAKAT_AR.sub("", chunk))
    return find_governorate(own.group("c"), last=False) if own else None


def _settlement_after_cause(m: re.Match) -> list:
    """The settlement phrase after the cause that ends a countryside's phrase ("بريفِ دمشق جراءَ قصفٍ
    عنيف ... على بلدةِ مسرابا": Misraba), else nothing."""
    cause = _CAUSE_AR.search(m.group("p")) if _COARSE_KIND.match(m.group("kind")) else None
    if cause is None:
        return []
    end = m.end("p")
    return [m2 for m2 in _PLACE_AR.finditer(m.string[:end], m.start("p") + cause.start())
            if not _COARSE_KIND.match(m2.group("kind"))][:1]


# an updated toll: "ارتفع إلى 8 بينهم مواطنتان و4 أطفال تعداد المدنيين", "ارتفع عدد ضحايا القصف إلى 12"
# ("أن عدد ضحايا المجزرة وصل لـ 9 أشخاص": reached; rounds 49 and 50, ar-2015-02-massacre-49, after their
# measurement: fix4950)
_RISEN_TOLL_AR = re.compile(r"(?<![" + _AR + r"])[وف]?(?:ارتفع|وصل)(?:ت)?\s+(?:[^.؛\d:]{0,60}?\s+)?(?:(?:إلى|الى)\s+|لـ\s*)"
                            r"(?:نحو\s+|قرابة\s+)?"
                            r"(?P<n>" + NUMBER_AR + r")(?![\d" + _AR + "])")
# a settlement phrase, not a countryside's or governorate's
_SETTLEMENT_PHRASE_AR = re.compile(r"(?<![" + _AR + r"])[بل]?(?:قرية|بلدة|مدينة|مخيم|حي)[\u064b-\u0652]?\s+[^\s،.؛\d]")


# a settlement phrase, one or two of them ("في قريتي “إنب، وقرصايا”")
_SETTLEMENTS_NAMED_AR = re.compile(r"(?<![" + _AR + r"])[بل]?(?:قرية|بلدة|مدينة|مخيم|حي|قريتي|بلدتي|مدينتي)[\u064b-\u0652]?"
                                   r"\s+[^\s،.؛\d]")


# a killing told as the result of what the sentence before tells, or in it: "ما أدى إلى إستشهاد أكثر من 20 شخصاً" (which
# led to), "أن 44 شخصا منهم 22 طفلا و11 امرأة قضوا فيها" (died in it)
_LED_TO_KILLING_AR = re.compile(r"^\W*(?:م?ما\s+)?(?:أدى|أدت|أسفر|أسفرت|تسبب|تسببت)\s+(?:إلى|الى|عن|ب)\s*(?:ب|ل)?(?:مقتل|[اإ]ستشهاد|"
                                r"مصرع|وفاة)(?![" + _AR + r"])")
_DIED_IN_IT_AR = re.compile(r"(?<![" + _AR + r"])(?:قضوا|قضى|قضت|قُ?تِ?لُ?(?:وا|ت)?|استشهدوا|استشهد|استشهدت|لقوا\s+حتفهم)"
                            r"\s+(?:في|فى)(?:ها|ه)\s*(?:[.،؛]|$)")


def _place_told_before_ar(sentences: list, k: int, year) -> "object | None":
    """The sentence before sentence ``k`` when ``k`` tells a killing with a count, and no place or day, as the result of
    what that sentence tells ("ما أدى إلى إستشهاد أكثر من 20 شخصاً") or in it ("قضوا فيها"), and that sentence names a
    settlement and no day: its settlement is the killing's place; else None.

    >>> from types import SimpleNamespace as S
    >>> two = [S(text="وقالت الشبكة إن القذائف أصابت منازل مدنيين في مدينة درعا البلد."),
    ...        S(text="ما أدى إلى إستشهاد أكثر من 20 شخصاً، من بينهم 9 نساء و 3 أطفال.")]
    >>> _place_told_before_ar(two, 1, 2012) is two[0]
    True
    >>> _place_told_before_ar([two[0], S(text="ما أدى إلى إستشهاد عدد من المدنيين.")], 1, 2012) is None
    True
    """
    text = sentences[k].text
    if not (_LED_TO_KILLING_AR.search(text) or _DIED_IN_IT_AR.search(text)) or not re.search(
            r"(?<![\d" + _AR + r"])(?:" + NUMBER_AR + r")(?![" + _AR + "])", text):
        return None
    if _PLACE_AR.search(text) or find_dates_ar(text, year):
        return None
    # (or the one before it, when the sentence between names no place: "... في مدينة النبك" then "ووفق النشطاء، شارك في
    # تلك الإعدامات ... مليشيا عراقية." then "... قضوا فيها")
    for before in sentences[max(0, k - 2):k][::-1]:
        if find_dates_ar(before.text, year):
            return None
        if _SETTLEMENT_PHRASE_AR.search(before.text):
            return before
        if _PLACE_AR.search(before.text) or not _DIED_IN_IT_AR.search(text):
            return None
    return None


# An outlet's own news told by a noun of the killing, not its verb: "تم مقتل 6 مدنيين وإصابة 15 آخرين في قرية ..." (it
# was the killing of), "عن وقوع 10 قتلى وعشرات الجرحى ... لمدينة ..." (the falling of N dead; round 66, test batch,
# ar-2018-02-news-66, after its measurement: fix66)
_TOLD_KILLING_AR = re.compile(r"(?<![" + _AR + r"])(?:تم|تمّ)\s+(?:مقتل|قتل|استشهاد)\s+(?=(?:" + NUMBER_AR + r")\s)|"
                              r"(?<![" + _AR + r"])(?:وقوع|سقوط)\s+(?=(?:" + NUMBER_AR + r")\s+(?:قتلى|قتيلا|قتيلاً|شهداء|"
                              r"شهيدا|شهيداً)(?![" + _AR + r"])"
                              # (not a day's toll "most of them" somewhere: "سقوط 31 قتيلا معظمهم في مدينة حماة", read as
                              # the day's, its storming the incident)
                              r"(?!\s*،?\s*(?:معظمهم|أغلبهم|اغلبهم|غالبيتهم)(?![" + _AR + r"])))")


def _undated_news_killing_ar(text: str) -> bool:
    """A killing told by its verb (with no day, month or total) at a named settlement: "قُتلَ 5
    اشخاص ... على بلدةِ مسرابا بريفِ دمشق". (Written after round 11's measurement.)"""
    return ((_VERB_EVENT_AR.search(text) or _TOLD_KILLING_AR.search(text)) is not None
            and _SETTLEMENT_PHRASE_AR.search(text) is not None and not find_month_ar(text) and not _OTHER_PERIOD_AR.search(text)
            # ("... كما أصيب 4 عناصر بين صفوف الدفاع المدني كحصيلة أولية": a first count of the incident, no total,
            # as the narration's tallies read it; round 66, ar-2018-02-news-66, after its measurement: fix66)
            and not re.search(r"في\s+سوري[اة]|خلال\s+(?:شهر|عام)|حصيلة(?!\s+(?:ال)?(?:أولية|اولية|غير\s+نهائية)(?![" + _AR
                              + r"]))|تقرير|منذ", text))


# "باستشهاد الشاب علاء ... تحت التعذيب في سجون قوات النظام": one named person's death under torture
_ONE_TORTURED_AR = re.compile(r"(?:استشهاد|مقتل|وفاة|استشهد|توفي|قُ?تِ?لَ?)\s+(?:ال)?(?:شاب|شابة|معتقل|معتقلة|مواطن|مواطنة|"
                              r"طفل|طفلة|سيدة|رجل)\s+[^.؛\d]{2,60}?\s+(?:تحت|بسبب|جراء)\s+التعذيب\s+(?:في|داخل)\s+"
                              r"(?:سجون|معتقلات|أقبية|مراكز\s+احتجاز)")


# Where a person died, a facility with its name: "قُتل تحت التعذيب في سجن صيدنايا العسكري", "توفي في مستشفى
# الرازي" (not "إلى مستشفى", where the wounded were taken); its name ends before the cause or the time
_FACILITY_AR = re.compile(r"(?<![" + _AR + r"])[فو]?(?:في|فى|داخل|ب)\s*[\"“«]?(?P<p>(?:سجن|مستشفى|مشفى|معتقل)\s+[^،.؛:\"”»]{2,60})")
# the victim's home told before where he died: "الذي ينحدر من بلدة المسيفرة في ريف درعا الشرقي،", "من أبناء قرية X،"
_HOME_CLAUSE_AR = re.compile(r"(?<![" + _AR + r"])(?:ينحدر(?:ون)?\s+من|من\s+أبناء|أبناء|ابن|من\s+أهالي|أهالي|من\s+مواليد|مواليد)"
                             r"\s+(?:قرية|بلدة|مدينة|حي|مخيم|محافظة|ريف)[^،.؛]*")


# Where a detainee was held, told with him: "الشاب المعتقل في صيدنايا, توفي يوم 16 أيلول" (the place ends at a comma
# or at the verb of his death; round 66, ar-2019-10-torture-66, after its measurement: fix66)
_HELD_IN_AR = re.compile(r"(?<![" + _AR + r"])(?:ال)?(?:معتقل|معتقلة|محتجز|محتجزة|سجين|سجينة)\s+(?:في|داخل)\s+[\"“«]?"
                         r"(?P<p>[^،.؛:,\"”»\d\s][^،.؛:,\"”»\d]{1,40}?)\s*[\"”»]?\s*(?=[،.؛:,]|\s*(?:توفي|توفيت|قضى|قضت|"
                         r"استشهد|استشهدت|مات|ماتت)(?![" + _AR + r"]))")


def _facility_place_ar(text: str) -> str | None:
    """The facility a death happened in, when the sentence names no settlement of its own: the place of
    death beats the victim's home ("الشاب ... الذي ينحدر من بلدة المسيفرة في ريف درعا الشرقي، قُتل تحت التعذيب في
    سجن صيدنايا العسكري" -> "سجن صيدنايا العسكري"; round 14, test batch, ar-2021-02-torture-14, after its
    measurement)."""
    home = [h.span() for h in _HOME_CLAUSE_AR.finditer(text)]
    for m in _FACILITY_AR.finditer(text):
        if any(a <= m.start() < b for a, b in home):
            continue  # (inside the home clause itself: "من أبناء حي X في مستشفى ..." is no place of death)
        p = _PLACE_TAIL_AR.split(_CAUSE_TAIL_AR.split(m.group("p"))[0])[0].strip(" ،()")
        p = re.split(r"\s+(?:على\s+يد|من\s+قبل|التابع|التابعة|أثناء|خلال|بعد|قبل)(?![" + _AR + r"])", p)[0].strip()
        if len(p.split()) >= 2:
            return p
    held = _HELD_IN_AR.search(text)
    if held is not None and not any(a <= held.start() < b for a, b in home):
        return held.group("p").strip()  # (the detainee's prison town: "المعتقل في صيدنايا," -> "صيدنايا")
    return None


def _undated_torture_death_ar(text: str) -> bool:
    """One named person's death under torture in a party's prisons, told by a news item with no day,
    month or figure: "أفاد مراسل حلب اليوم باستشهاد الشاب علاء ... تحت التعذيب في سجون قوات النظام"
    (round 13, test batch, ar-2018-07-torture-13; written after its measurement)."""
    if _ARRESTED_THEN_TORTURED_AR.search(text) and not find_month_ar(text) and not _OTHER_PERIOD_AR.search(text) \
            and not re.search(r"\d", _BIRTH_YEAR_AR.sub(" ", text)):
        # "تحدث التقرير ... عن اعتقال قوات سوريا الديمقراطية التعسفي للضحية <name>، ثم إخفائه قسرياً ثم قتله تحت
        # التعذيب، وهو من مواليد عام 1986، ويقيم في مدينة الحسكة": a report on one victim arrested by a party and
        # killed under torture, no day of death; his birth year is no figure (rounds 57 and 58, ar-2021-06-torture-57,
        # after their measurement: fix5758)
        return True
    return (_ONE_TORTURED_AR.search(text) is not None and not find_month_ar(text)
            and not _OTHER_PERIOD_AR.search(text) and not re.search(r"\d", text))


# One victim's arrest, then his death under torture, told in one sentence: "عن اعتقال قوات سوريا الديمقراطية التعسفي
# للضحية <name>، ثم إخفائه قسرياً ثم قتله تحت التعذيب" ("اعتقال ... للشاب ...، ثم وفاته بسبب التعذيب")
_ARRESTED_THEN_TORTURED_AR = re.compile(
    r"(?<![" + _AR + r"])(?:اعتقال|احتجاز)\s+[^.؛\d]{2,80}?(?:للضحية|للشاب|للمواطن|للرجل|للطفل|للسيدة|للمعتقل)\s+"
    r"[^.؛\d]{2,120}?(?<![" + _AR + r"])ثم\s+(?:[^.؛\d]{0,40}?(?<![" + _AR + r"])ثم\s+)?(?:قتله|قتلها|وفاته|وفاتها|مقتله|مقتلها)\s+"
    r"(?:تحت|بسبب|جراء|نتيجة)\s+(?:ال)?تعذيب")
# A birth year, no figure of the text: "وهو من مواليد عام 1986", "مواليد 1990"
_BIRTH_YEAR_AR = re.compile(r"(?<![" + _AR + r"])(?:من\s+)?مواليد\s+(?:عام\s+)?(?:19|20)\d{2}")


# A massacre named with its place, month and year: "مجزرة حي الزهراء بحلب في كانون الاول – ديسمبر عام الفين
# واحد عشر"
_RETOLD_MONTH_AR = re.compile(r"مجزرة\s+(?P<place>(?:حي|قرية|بلدة|مدينة)\s+[^،.؛\d]{2,40}?)\s+(?:في|فى)\s+(?:شهر\s+)?"
                              r"(?P<m>" + _MONTH_AR + r")(?:\s*[/-]\s*" + _MONTH_AR + r")?\s+(?:من\s+)?(?:عام\s+)?"
                              r"(?P<y>(?:19|20)\d{2}|" + _YEAR_WORDS_AR + r")")


# the killing of a force's members or fighters: "مقتل ما لا يقل عن 100 عنصر من قوات الأمن الداخلي"
_FIGHTERS_KILLED_AR = re.compile(r"(?:مقتل|قُ?تِ?ل\S*|استشهاد|مصرع)\s+(?:ما\s+لا\s+يقل\s+عن\s+|نحو\s+|قرابة\s+|حوالي\s+)?"
                                 r"(?:" + NUMBER_AR + r"\s+)?(?:عنصرا?ً?|عناصر|مقاتلا?ً?|مقاتلين|مسلحا?ً?|مسلحين|جنديا?ً?|جنود)(?![" + _AR + "])")
# The days a statement's figures cover: "خلال الفترة بين 6 و7 آذار 2025"
# ("وذلك يومي السبت والأحد الموافقين 26 و27 تموز/يوليو 2025": the two days a weekend report covers; round 19,
# test batch, ar-2025-07-daily-19, after its measurement)
_DAY_RANGE_AR = re.compile(r"(?:(?:الفترة\s+)?(?:بين|من)|الموافقين|الموافق)\s+(?P<d1>\d{1,2})\s+(?:و|إلى|حتى)\s*(?P<d2>\d{1,2})\s+(?:من\s+)?"
                           r"(?:شهر\s+)?(?P<m>" + _MONTH_AR + r")(?:\s*/\s*" + _MONTH_AR + r")?\s+(?:عام\s+)?(?P<y>(?:19|20)\d{2})")


# A daily report's list by party told inline, after its lead and a colon: "أن الضحايا توزعوا حسب الجهة المتورطة في
# الحوادث كالتالي: سيدة قُتلت في تفجير مجهول المصدر، وخمسة مدنيين، بينهم سيدة، قُتلوا برصاص مسلحين مجهولين."
_INLINE_PARTY_LIST_AR = re.compile(r"(?:توزع|يتوزع|توز[\u0651]?عوا|توزعت|توزيع)[^.؛:\d]{0,60}?(?:كالتالي|كما\s+يلي|على\s+النحو\s+التالي)"
                                   r"\s*:\s*(?=\S)|"
                                   # (or "according to the distribution by party, ..." with no colon, each item a
                                   # killing verb first: "ووفق التوزيع بحسب الجهات المتورطة، فقد قُتل شخص على يد قوات
                                   # سوريا الديمقراطية بسبب التعذيب، وقضى 8 أشخاص، بينهم طفل، برصاص جهات ..."; round 21,
                                   # test batch, ar-2025-08-daily-21, after its measurement)
                                   r"(?<![" + _AR + r"])و?(?:وفق|وفقا|وفقاً|وفقًا|بحسب|حسب)\s+(?:ال)?توزيع\s+(?:ب?حسب\s+)?"
                                   r"(?:الجهات|الجهة)\s+(?:المتورطة|المسؤولة|المرتكبة)\s*،\s*(?:فقد\s+|ف)?(?=\S)|"
                                   # (or the dead "distributed at the rate of" one count a party: "توزع القتلى، بواقع
                                   # مدنيَين اثنين قتلا على يد قوات النظام، وأربعة مدنيين آخرين، بينهم ثلاثة أطفال، قتلوا
                                   # على يد جهات مجهولة"; round 13, test batch, ar-2022-05-daily-13, found25)
                                   r"(?:يتوز\u0651?ع|توز\u0651?ع(?:وا|ت)?)\s+(?:الضحايا|القتلى|المدنيون|المدنيين)\s*،?\s*"
                                   r"(?:(?:ب?حسب|وفق)\s+(?:الجهات|الجهة)\s+(?:المتورطة|المسؤولة|المرتكبة)\s*،?\s*)?بواقع\s+(?=\S)")
# one item of it: a count and its noun, its list, then its verb and cause ("وخمسة مدنيين، بينهم سيدة، قُتلوا برصاص ...")
_INLINE_ITEM_AR = re.compile(r"\s*و?\s*(?:(?P<n>" + NUMBER_AR + r")\s+)?(?P<noun>" + _PERSON + "|" + _CHILD + "|" + _WOMAN
                             + r")(?![" + _AR + r"])[^.؛]{0,60}?(?<![" + _AR + r"])قُ?تِ?لُ?(?:وا|ت|تا|ا)?(?![" + _AR + r"])|"
                             # (or the dead and their cause with no verb: "فإن توزيع الضحايا بحسب الجهات المتورطة جاء
                             # على النحو التالي: خمسة قتلى برصاص أطلقته جهات لم يتم تحديدها، وطفل واحد نتيجة انفجار
                             # لغم أرضي."; round 20, test batch, ar-2025-09-daily-20)
                             r"\s*و?\s*(?:(?P<n2>" + NUMBER_AR + r")\s+)?(?P<noun2>قتلى|" + _PERSON + "|" + _CHILD + "|" + _WOMAN
                             + r")(?:\s+(?:واحد|واحدة))?\s+(?=(?:برصاص|نتيجة|جراء|إثر|بسبب|بانفجار|بقصف|على\s+يد)(?![" + _AR + r"]))|"
                             # (or the verb first: "وقضى 8 أشخاص، بينهم طفل، برصاص ...", "فيما توفي طفل جراء ...",
                             # "وقتل شخص آخر على يد ..."; ar-2025-08-daily-21)
                             r"\s*(?:و|فيما\s+|بينما\s+)?(?:قُ?تِ?لَ?(?:ت)?|قضى|قضت|توفي|توفيت|استشهد|استشهدت)\s+(?:(?P<n3>" + NUMBER_AR
                             + r")\s+)?(?P<noun3>" + _PERSON + "|" + _CHILD + "|" + _WOMAN + r")(?:\s+(?:آخر|أخرى|واحد|واحدة))?(?![" + _AR + r"])")


def _inline_party_items_ar(doc, s, lead: re.Match, before: list, year, published, day_known: bool = True) -> list:
    """The incidents of a daily list by party told inline (:data:`_INLINE_PARTY_LIST_AR`), one an item, dated
    by the report's days (the range the sentences before name, "يومي السبت والأحد الموافقين 26 و27 تموز",
    from its first day) or its day ("أمس الجمعة 25 تموز 2025"); none when an item is not a count killed.
    When the text's day is not known (only its month), a weekday or "أمس" names no day: the month of
    publication, month precision ("عن يوم الأحد الماضي" in a post of May 2022, ar-2022-05-daily-13).

    Round 19 (test batch, ar-2025-07-daily-19), written after its measurement: the day before's report
    (ar-2025-07-daily-01) puts the same list one party a line.
    """
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415
    from .incidents import ReportIncident  # noqa: PLC0415

    first = _statement_days_ar(" ".join(p.text for p in before) + " " + s.text)
    # (a weekday or "أمس" counts back from a day only when the day is known)
    day = first or next((d for d in (day_named_ar(p.text, published if day_known else None, year)
                                      for p in reversed(before)) if d), None)
    precision = DatePrecision.WEEK if first else DatePrecision.DAY
    if day is None and not day_known and published is not None:
        day, precision = published.replace(day=1), DatePrecision.MONTH
    if day is None:
        return []
    # (without its vowel marks: "مدنيَين" is "مدنيين")
    body = _HARAKAT_AR.sub("", s.text[lead.end():])
    items = re.split(r"،\s*(?=و|فيما\s|بينما\s)", body)
    out = []
    for item in items:
        m = _INLINE_ITEM_AR.match(item)
        if m is None:
            return []
        noun, n = m.group("noun") or m.group("noun2") or m.group("noun3"), m.group("n") or m.group("n2") or m.group("n3")
        key = next(g for g in ("noun", "noun2", "noun3") if m.group(g))
        after = re.match(r"\s+(" + NUMBER_AR + r")(?![" + _AR + "])", item[m.end(key):]) if n is None else None
        if after:
            n = after.group(1)  # the number after its noun: "مدنيين اثنين قتلا على يد قوات النظام"
        killed, children, women = count_ar(noun, parse_number_ar(n) if n else None)
        ch, wo = _among(item)
        inc = ReportIncident(date=day, date_precision=precision, killed=killed,
                             children=ch if ch is not None else children or None,
                             women=wo if wo is not None else women or None, section=s.section, sentences=[s.text])
        inc.perpetrator = _party_ar(item[m.end():], parse_perpetrator, UnknownPerpetrator)
        inc.perpetrator_text = item[m.end():].strip(" .")
        if re.search(r"لغم|ألغام|الغام", item):
            inc.category = "landmine"  # ("وطفل واحد نتيجة انفجار لغم أرضي")
        elif re.search(r"(?:بسبب|تحت|جراء)\s+التعذيب", item):
            inc.category = "torture"  # ("قُتل شخص على يد قوات سوريا الديمقراطية بسبب التعذيب")
        inc.notes.append("one item of a daily list by party told inline; the text names no place")
        inc.start, inc.end = doc.original_span(s.start, s.end)
        inc.line = doc.line_of(s.start)
        out.append(inc)
    return out


def _statement_days_ar(text: str) -> dt.date | None:
    """The first day of the one range of days a statement names for its figures, if one."""
    found = {(int(m.group("y")), MONTHS_AR[m.group("m")], int(m.group("d1")), int(m.group("d2")))
             for m in _DAY_RANGE_AR.finditer(text)}
    if len(found) != 1:
        return None
    y, mo, d1, d2 = found.pop()
    try:
        return dt.date(y, mo, d1) if d1 < d2 else None
    except ValueError:
        return None


# A truce declared: "تهدئة لمدة 72 ساعة", "هدنة", "وقف إطلاق النار", "وقف الأعمال العدائية"
_TRUCE_AR = re.compile(r"(?<![" + _AR + r"])(?:[بلو]?ال|[بلو])?(?:هدنة|تهدئة)(?![" + _AR + r"])|وقف\s+ل?إطلاق\s+النار|"
                       r"وقف\s+الأعمال\s+العدائية")


def _truce_day_ar(text: str, at: int) -> bool:
    """Is the date at ``at`` a truce's day: a truce named in the 160 characters before it, with no killing told
    between them ("عن تهدئة لمدة 72 ساعة ... تبدأ من الساعة الواحدة من 6/ تموز/ 2016" is; "خرق النظام الهدنة، وقتل
    في 7 تموز ثلاثة مدنيين" is not)?"""
    before = text[max(0, at - 160):at]
    truce = None
    for truce in _TRUCE_AR.finditer(before):
        pass
    return truce is not None and not _EVENT_AR.search(before[truce.end():]) and not _VERB_EVENT_AR.search(before[truce.end():])


def extract_incidents_ar(doc, period, published: dt.date | None, period_from: str | None = None,
                         day_known: bool = True) -> list:
    """The incidents an Arabic text tells: dated killing sentences and distribution lists (``day_known``:
    ``published`` is a day, not only a month)."""
    from .incidents import ReportIncident  # noqa: PLC0415

    year = published if published else (period[0] if period else None)
    out = []
    # (only for a text that names no month of its own: its figures are those days')
    statement_days = _statement_days_ar(doc.text) if period_from != "text" else None
    retold_month = None  # the month of a massacre a text tells years later
    background = _snhr_as_background_ar(doc.text)  # (where SNHR is first named as background to the outlet's news)
    sentences = [part for p in doc.paragraphs for s in p.sentences for part in _incident_clauses(s)]
    for k, s in enumerate(sentences):
        text = s.text
        if out and _THAT_WAS_WHEN_AR.match(text) and not find_dates_ar(text, year) and not _FIG_AR.search(text):
            _told_how_ar(doc, out[-1], s, sentences[k + 1:k + 2])
            continue
        items = distribution_ar(text)
        if items and re.search(r"مجاز|مجزر", text[:items[0][2]]) and not re.search(r"قتل|مقتل|ضحايا|شخص", text[:items[0][2]]):
            items = []  # "أن المجازر توزعت في المحافظات على ثلاث في حلب، واثنتين في ريف دمشق": massacres
        if items and k and goes_on_from_sohr_ar(text, sentences[k - 1].text):
            # "وقال المرصد السوري لحقوق الإنسان في بيان إن ثمانية مواطنين قتلوا في ريف حمص" then "كما قتل 13 شخصا في حلب،
            # و12 في دير الزور و10 في إدلب": the Syrian Observatory's day split by governorate, not SNHR's (round 60,
            # ar-2012-08-daily-60, after its measurement: fix60)
            continue
        if items and (_LIST_LEAD_AR.search(text) or (k and _LIST_LEAD_AR.search(sentences[k - 1].text))):
            # (a day's toll by place is read whoever counted it: "وبحسب لجان التنسيق المحلية لسقوط ما لا
            # يقل عن 50 قتيلا، بينهم 14 شخصا ... في البويضة"; round 12, test batch, ar-2012-06-press-12)
            out.extend(_list_incidents_ar(doc, s, items, sentences, k, year, published, period))
            continue
        inline = _INLINE_PARTY_LIST_AR.search(text)
        found = _inline_party_items_ar(doc, s, inline, sentences[max(0, k - 4):k], year, published,
                                       day_known) if inline else []
        if found:
            out.extend(found)
            continue
        if _OTHER_SOURCE_AR.search(text) or _CORRECTION_AR.search(text):
            continue  # "وكانت لجان التنسيق المحلية ... قد ذكرت ... أن 5 أشخاص قتلوا في حماة": not SNHR's count
        # the killing verb ("قُتلتا") over a massacre named in passing ("إحدى الناجيات من مجزرة الحولة")
        # ("44 شخصا ... قضوا فيها": died in the place told before, :func:`_place_told_before_ar`)
        ev = _VERB_EVENT_AR.search(text) or _EVENT_AR.search(text) or _DIED_IN_IT_AR.search(text) or _TOLD_KILLING_AR.search(text)
        first = _EVENT_AR.search(text)
        if ev and first and first.start() < ev.start() and not re.match(r"مجزرة|شهيدا", first.group(0)) \
                and re.search(r"،\s*(?:كما|فيما|بينما)\s+$", text[:ev.start()]):
            ev = first  # "استشهد 4 مدنيين ... قرية كفرنبل، كما قُتل طفلان ...": the first killing, not the next clause's (found25)
        after = _CAME_AFTER_AR.search(text)
        if ev and after and ev.start() >= after.end():
            # "وجاءت هذه المجزرة بعد أن شهدت بلدة المليحة بريف دمشق مجزرة صباح الجمعة، حيث قتل ما لا يقل عن 15": the
            # event the text's massacre came after, told in passing, not an incident the text reports (rounds 57 and
            # 58, ar-2013-08-massacre-58, after their measurement: fix5758)
            continue
        if not ev:
            # "المعارضة المسلحة/ الجيش الوطني: 4 مدنيين، بينهم 3 أطفال": a daily list's line by party
            line = _PARTY_LINE_AR.match(text)
            inc = _party_line_ar(doc, s, line, sentences[max(0, k - 4):k], year, published) if line else None
            if inc is not None:
                out.append(inc)
            continue
        # ("وتزامن مقتل المدنيين، مع مقتل خمسة عناصر ...": the civilians told before, named back, are no
        # civilians of this sentence; round 13, test batch, ar-2022-05-daily-13, after its measurement)
        if _FIGHTERS_KILLED_AR.search(text) and not re.search(r"مدني|طفل|أطفال|سيدة|سيدات|نساء|امرأة",
                                                             re.sub(r"(?:مقتل|استشهاد)\s+المدنيين(?![" + _AR + "])", " ", text)):
            continue  # "مقتل ما لا يقل عن 100 عنصر من قوات الأمن الداخلي": members of a force, no civilians
        dates = find_dates_ar(text, year)
        day, precision = None, DatePrecision.DAY
        if out and dates and out[-1].place_text is None and re.match(
                r"\s*نُ?شير\s+إلى\s+أن\s+(?:الطفل|الطفلة|الضحية|المدني|الشخص|السيدة)\s", text):
            # "نُشير إلى أن الطفل توفي في 6 آب مُتأثراً بإصابته جراء هجوم استهدف بلدة إحسم ... في 17
            # تموز": the victim of the list's line just before; its place and the day of the attack
            prev = out[-1]
            ph = next(iter(_PLACE_AR.finditer(text)), None)
            if ph is not None:
                prev.place_text = re.split(r"\s+في\s+\d", ph.group("p"))[0].strip()
                gov = find_governorate(prev.place_text)
                prev.governorate, prev.governorate_pcode = (gov.name, gov.pcode) if gov else (None, None)
            first = min(d for d, _a, _b in dates)
            if first < prev.date:
                prev.date_documented, prev.date = prev.date, first
            prev.sentences.append(text)
            continue
        # (the report's own date is no incident's: "أصدرت الشبكة ... الأربعاء 1 أيلول 2021، تقريرها")
        dates = [d for d in dates if not _REPORT_DATE_AR.search(text[max(0, d[1] - 50):d[1]])
                 # ("وفي 1 من أيار الحالي، أصدرت الشبكة تقريرها الشهري": the date before the verb; round 13,
                 # test batch, ar-2022-05-daily-13, after its measurement)
                 and not _ISSUED_AFTER_AR.match(text, d[2])]
        # ("مقتل ما لا يقل عن 814 شخصاً ... في محافظة السويداء، منذ 13 تموز/يوليو 2025 وحتى تاريخ نشر
        # بيانها الأخير": the day a count runs from, no incident's; round 10, test batch,
        # ar-2025-07-press-02, after its measurement)
        # (and the day it runs to: "منذ 6/ آذار/ 2020 حتى 1/ أيلول/ 2021")
        since = [d for d in dates if re.search(r"(?<![" + _AR + r"])منذ\s+(?:تاريخ\s+|يوم\s+)?$", text[max(0, d[1] - 20):d[1]])
                 # ("وذلك من 5 شباط وحتى الـ22 من آذار الماضي": a season's count runs from a day to a day;
                 # round 13, test batch, ar-2023-04-landmine-13, after its measurement)
                 or (re.search(r"(?<![" + _AR + r"])من\s+(?:تاريخ\s+|يوم\s+)?$", text[max(0, d[1] - 20):d[1]])
                     and re.match(r"\s*و?(?:حتى|إلى|لغاية)\s", text[d[2]:]))]
        # ("على الرغم من إعلان القيادة العامة ... عن تهدئة لمدة 72 ساعة ... تبدأ من الساعة الواحدة من 6/ تموز/ 2016 حتى
        # الساعة 24 من 8/ تموز/ 2016": a declared truce's days, no incident's; round 33, ar-2016-07-press-33, after its
        # measurement: fix33)
        dates = [d for d in dates if not _truce_day_ar(text, d[1])]
        dates = [d for d in dates if d not in since and not (since and d[1] > since[0][1] and re.search(
            r"(?<![" + _AR + r"])و?(?:حتى|إلى|لغاية)\s+(?:تاريخ\s+|يوم\s+)?(?:الـ?)?$", text[max(0, d[1] - 20):d[1]]))]
        found_later = _bodies_found_days_later_ar(doc, sentences, k, year, period) if not dates else None
        if found_later is not None:
            out.append(found_later)
            continue
        yesterday = re.search(r"يوم\s+أمس|أمس", text)
        inherited = False  # the day of the incident told just before (checked against the period with it)
        if dates:
            day = dates[0][0]
        elif yesterday and published and not _REPORT_DATE_AR.search(text[max(0, yesterday.start() - 50):yesterday.start()]):
            day = published - dt.timedelta(days=1)
            if not day_known:
                # ("قضى رجل مسن يوم أمس الأربعاء" in a post whose day is not printed, only its month: the day
                # before an unknown day is no day; round 23, test batch, ar-2022-11-news-23, after its measurement)
                day, precision = published.replace(day=1), DatePrecision.MONTH
        elif published and _WEEKDAY_AR.search(text) and _PLACE_AR.search(text) and not _PUBLISHED_AR.search(text):
            # "قُتل مدني، اليوم الخميس، إثر قصف ... على قرية البارة": the weekday on or before publication
            day = day_named_ar(text, published, year)
        clause_of_last = k and sentences[k - 1].end == s.start and out and out[-1].line == doc.line_of(s.start)
        if day is None and out and (_SAME_DAY_AR.search(text) or clause_of_last):
            inherited = True
            day = out[-1].date  # "وفي اليوم ذاته، قُتل ...": the day of the incident told before
            # (and its precision: "، كما قُتل مدني ... على قرية جبالا بالريف ذاته" after a killing of the
            # month of publication; round 11, test batch, ar-2019-11-news-11, after round 12's measurement)
            precision = out[-1].date_precision
        party_line = _PARTY_LINE_AR.match(text)
        if party_line and day is None:
            inc = _party_line_ar(doc, s, party_line, sentences[max(0, k - 4):k], year, published)
            if inc is not None:
                out.append(inc)
            continue
        retold = day is not None and dates and _told_years_later(text, dates, period_from)
        own_date = day is not None and dates and _dated_opening_ar(text, dates, period_from)
        if retold:
            retold_month = day.replace(day=1)
        if day is not None and period is not None and not _near_period(day, period) and not retold and not own_date \
                and not inherited:  # (the incident told before has passed this check)
            continue  # "... منذ سقوط نظام الأسد في 8 كانون الأول 2024": a date in passing
        settlement = re.search(r"(?:قرية|بلدة|مدينة|مخيم|حي)\s", text)
        if _ABROAD_AR.search(text) and not settlement:
            continue  # "96 لاجئاً سورياً قتلوا في لبنان": not an incident in Syria
        if _PLACES_LIST_AR.search(text) and (_victims_ar(text, 0)[0] or 0) > 1:
            # "قتلت 47 شخصا، بينهم 9 أطفال و8 سيدات، ... وذلك في قرية أبو شاخات ...، وبلدة الجوادية ...، ووحي غويران
            # ...، ومنطقة جبل عبد العزيز": a count over a list of places, a report's total, no one incident (rounds 57
            # and 58, ar-2015-10-press-58, after their measurement: fix5758)
            continue
        if not settlement and (_COUNTRY_TOTAL_AR.search(text) or _RANGE_TOTAL_AR.search(text)):
            continue  # "مقتل 50 مدنياً في سورية خلال شهر أيلول", "حصيلة ... منذ 17 يوليو حتى 19 منه": a tally
        told = _TOLD_MASSACRE_AR.search(text)
        if not settlement and not told and _longer_period_ar(text):
            # "وثقت فيه استشهاد 3334 مدنياً ...، منذ نيسان 2019 حتى 17 نيسان الحالي", "مقتل ما لا يقل عن
            # 747 مدنياً" "منذ بدء حملة التصعيد العسكرية ... على منطقة خفض التصعيد الرابعة": another
            # period's total at no settlement, no incident (a massacre named with its toll still is one);
            # round 14, test batch, after its measurement
            continue
        place = told.group("name") or told.group("p4") if told and (told.group("name") or told.group("p4")) else next(
            (m.group("p").strip() for m in _PLACE_AR.finditer(text[:told.start()])), None) if told else None
        if told and told.group("n3"):
            # (the place after the toll: "مجزرة بحق 7 مدنيين ... في ريف السويداء جراء غارات جوية")
            place = next((_PLACE_TAIL_AR.split(_CAUSE_TAIL_AR.split(m.group("p"))[0])[0].strip()
                          for m in _PLACE_AR.finditer(text[told.end():])), None)
        if day is None and told and place and _part_of_last_ar(out, place, told):
            # "قصف بلدة عرمان ...، والذي أسفر عن مقتل 10 مدنيين ... في 18 من الشهر الجاري." then, with no day, "سقطت وسط
            # بلدة عرمان ...؛ ما تسبب بمجزرة راح ضحيتها 7 مدنيين": a part of the dated incident told before at that
            # place, not another (round 26, test batch, ar-2024-01-massacre-26, after its measurement)
            out[-1].sentences.append(text)
            out[-1].end = max(out[-1].end, doc.original_span(s.start, s.end)[1])
            if PART_TOLD_AFTER_AR not in out[-1].notes:
                out[-1].notes.append(PART_TOLD_AFTER_AR)
            continue
        if day is None and told and period is not None and place:
            # "قتلى مجزرة عفرين، حيث ذهب ضحيتها حوالي 50 قتيلا": a massacre told with its toll, no day
            n_key = next(g for g in ("n", "n2", "n3", "n4") if told.group(g))
            n_at = told.end(n_key)
            ch, wo = _among(text[n_at:])
            inc = ReportIncident(date=dt.date(period[0], period[1], 1), date_precision=DatePrecision.MONTH,
                                 category="massacre", killed=parse_number_ar(told.group(n_key)),
                                 children=ch, women=wo, place_text=place, section=s.section, sentences=[text])
            from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

            # (the attacker may be named between "مجزرة" and the place: "مجزرة إثر هجوم جوي روسي على قرية ...")
            inc.perpetrator = _party_ar(text[:told.start("p4") if told.group("p4") else told.start()],
                                        parse_perpetrator, UnknownPerpetrator)
            gov = find_governorate(place)
            inc.governorate, inc.governorate_pcode = (gov.name, gov.pcode) if gov else (None, None)
            inc.notes.append("a massacre told with its toll but no day: month precision")
            inc.start, inc.end = doc.original_span(s.start, s.end)
            inc.line = doc.line_of(s.start)
            out.append(inc)
            beside = _BESIDE_KILLING_AR.search(text, told.end()) if told.group("p4") else None
            if beside:
                n = parse_number_ar(beside.group("n"))
                _all, kids, women = count_ar(beside.group("noun"), n)
                clause = beside.group(0)
                other = ReportIncident(date=inc.date, date_precision=DatePrecision.MONTH,
                                       category="landmine" if "لغم" in clause else "killing", killed=n,
                                       children=kids or None, women=women or None,
                                       place_text=beside.group("p").strip(), section=s.section, sentences=[text])
                other.perpetrator = _party_ar(clause, parse_perpetrator, UnknownPerpetrator)
                gov = find_governorate(other.place_text)
                other.governorate, other.governorate_pcode = (gov.name, gov.pcode) if gov else (None, None)
                other.notes.append("a killing told beside a month's massacre, no day: month precision")
                other.start, other.end, other.line = inc.start, inc.end, inc.line
                out.append(other)
            continue
        told_before = None
        if day is None and _BACK_EVENT_AR.search(text):
            # "في يوم الثلاثاء 5 آذار 2024، شنت قوات النظام هجوماً ... قرب قرية آفس. وأسفر الهجوم عن
            # مقتل ثلاثة مدنيين": the attack told, with its day, in the sentence before
            for prev in sentences[max(0, k - 2):k][::-1]:
                pd = [d for d in find_dates_ar(prev.text, year) if not _REPORT_DATE_AR.search(prev.text[max(0, d[1] - 50):d[1]])]
                if pd and not _EVENT_AR.search(prev.text) and not _PUBLISHED_AR.search(PER_REPORT_AR.sub(" ", prev.text)):
                    day, told_before = pd[0][0], prev
                    break
            if day is not None and period is not None and not _near_period(day, period):
                continue
        told_after = _day_told_after_ar(text, sentences[k + 1] if k + 1 < len(sentences) else None, year) \
            if day is None and told_before is None else None
        if told_after is not None:
            # "استهداف مدرسة عين جالوت في مدينة حلب “حي الأنصاري” والتي استشهد على إثرها 20 شخصاً" then "حيث كان هناك يوم
            # الأربعاء 30/4/2014 معرض ... قامت طئارة سوخوي ... بالقصف عليها": the attack's day in the sentence after
            # (round 60, test batch, ar-2014-04-news-60, after its measurement: fix60)
            day = told_after
            if period is not None and not _near_period(day, period):
                continue
        # an updated toll with no settlement of its own ("ارتفع إلى 8 ... تعداد المدنيين الذين قتلوا ... في البلدة"):
        # the incident named in the sentence before ("... بقصفها الصاروخي على بلدة سرمين"), not a town named after it
        # (round 14, test batch, ar-2019-12-annual-14, after its measurement)
        back_toll = None
        risen = _RISEN_TOLL_AR.search(text) if k and told_before is None else None
        # (the settlements may be named two sentences before, as two ("في قريتي “إنب، وقرصايا”"), the sentence between
        # telling the funerals; fix4950)
        prev = next((q for q in sentences[max(0, k - 2):k][::-1] if _SETTLEMENTS_NAMED_AR.search(q.text)), None) \
            if risen else None
        if risen and not _SETTLEMENT_PHRASE_AR.search(text) and prev is not None and parse_number_ar(risen.group("n")):
            back_toll = (parse_number_ar(risen.group("n")), *_among(_HARAKAT_AR.sub("", text[risen.end():])))
            a, _b = doc.original_span(prev.start, prev.end)
            if out and out[-1].start <= a < out[-1].end:
                # (the incident told before, its toll updated)
                out[-1].killed, out[-1].children, out[-1].women = back_toll
                out[-1].sentences.append(text)
                out[-1].end = max(out[-1].end, doc.original_span(s.start, s.end)[1])
                continue
            told_before = prev
            if day is None:
                pd = [d for d in find_dates_ar(prev.text, year) if not _REPORT_DATE_AR.search(prev.text[max(0, d[1] - 50):d[1]])]
                day = pd[0][0] if pd else published - dt.timedelta(days=1) if published and re.search(r"أمس", prev.text) else None
        place_before = _place_told_before_ar(sentences, k, year) \
            if day is None and told_before is None and not settlement and k and not (out and out[-1].line == doc.line_of(
                sentences[k - 1].start) and sentences[k - 1].text in out[-1].sentences) else None
        if place_before is not None:
            # "... منازل مواطنين مدنيين في مدينة درعا البلد" then "ما أدى إلى إستشهاد أكثر من 20 شخصاً", "... في مدينة
            # النبك" then "أن 44 شخصا منهم 22 طفلا و11 امرأة قضوا فيها": the killing the sentence before led to, or in it,
            # at the settlement that sentence names (refar: ar-2012-06-news-01, ar-2013-12-news-39)
            told_before, settlement = place_before, True
        old_massacre = _RETOLD_MONTH_AR.search(text) if day is None and period_from == "published" and published else None
        when = (year_ar(old_massacre.group("y")), MONTHS_AR[old_massacre.group("m")]) if old_massacre else None
        if when and when[0] and (published.year - when[0]) * 12 + published.month - when[1] > 12:
            # "مجزرة حي الزهراء بحلب في كانون الاول – ديسمبر عام الفين واحد عشر وُقتل فيها ... تسعة عشر
            # شخصا" in an article of 2015: a massacre of years before, told with its month and year
            day, precision, retold = dt.date(when[0], when[1], 1), DatePrecision.MONTH, True
            retold_month = day
        elif day is None and retold_month is not None and re.match(r"\s*و?(?:في|فى)\s+(?:حي|قرية|بلدة|مدينة)\s", text) \
                and re.search(r"وثقت|توثيق", text) and _FIG_AR.search(text) and not find_month_ar(text):
            # "وفي حي رأس النبع في بانياس وثقت الشبكة نتيجة القصف وما تلاه من عمليات قتل 195 مدنيا بينهم 56
            # طفلا و 43 سيدة": another place of the massacre told again, SNHR's toll, its month (written
            # after round 8's measurement, from ar-2013-05-news-01)
            day, precision = retold_month, DatePrecision.MONTH
        if day is None and statement_days is not None and not settlement and k and told_before is None \
                and re.search(r"(?<![" + _AR + r"])(?:داخل|في)\s+(?:المدينة|البلدة|القرية|الحي|المخيم)(?![" + _AR + "])", text) \
                and _DAY_RANGE_AR.search(sentences[k - 1].text) and _PLACE_AR.search(sentences[k - 1].text) \
                and re.search(r"(?:قرية|بلدة|مدينة|مخيم|حي)\s", sentences[k - 1].text):
            # "وثقت الشبكة ... عمليات العنف والقتل خارج نطاق القانون في مدينة حمص، بلغ ذروته خلال الفترة
            # الممتدة من 23 حتى 28 نيسان/أبريل 2025." then "... مقتل ما لا يقل عن 20 مدنياً ... في حوادث
            # متفرقة ومتتالية داخل المدينة": the killings of the range of days at the settlement the
            # sentence before named (round 9, ar-2025-04-news-02; now tuned)
            told_before, settlement = sentences[k - 1], True
        if day is None and statement_days is not None and settlement and _FIG_AR.search(text) \
                and not find_month_ar(text) and not _OTHER_PERIOD_AR.search(text):
            # "ورصدت الشبكة ... مقتل نحو 15 مدنياً نتيجة استهداف مسلحين لمركباتهم على أطراف مدينة جبلة" in
            # a statement whose figures are of "الفترة بين 6 و7 آذار 2025" (and of no month): an
            # incident of those days, dated by their first (written after round 8's measurement, from
            # ar-2025-03-press-01)
            day, precision = statement_days, DatePrecision.WEEK
        if day is None and published is not None and (_undated_news_killing_ar(text) or _undated_torture_death_ar(text) or (
                place_before is not None and not find_month_ar(text) and not _OTHER_PERIOD_AR.search(text))):
            # "قُتلَ 5 اشخاص ... جراءَ قصفٍ ... على بلدةِ مسرابا بريفِ دمشق", "أن الطفلة ...، فارقت الحياة
            # متأثرة بجراحها ... في مدينة الصنمين": a news item's killing at a settlement with no day
            # printed: the month it was published (round 11, test batch, after its measurement)
            day, precision = published.replace(day=1), DatePrecision.MONTH
        victim_of = _VICTIM_OF_ATTACK_AR.search(text) if day is None and period is not None and period_from == "text" else None
        among_documented = _NAMED_AMONG_DOCUMENTED_AR.search(text) if day is None and period is not None \
            and period_from == "text" else None
        if among_documented:
            # "ومن بين الضحايا الموثّقين في حمص، الرياضي “جهاد قصاب” ...، حيث قضى في سجن صيدنايا بعد عامين على
            # اعتقاله" in a report of one month: one named victim of the month's documented, where he died, no day:
            # the month's, month precision (round 21, test batch, ar-2016-09-torture-21, after its measurement)
            day, precision = dt.date(period[0], period[1], 1), DatePrecision.MONTH
        if victim_of:
            # "في حين سقط الناشط الإعلامي “أحمد محمود عزيزة”، ضحية قصف الطيران الحربي الروسي، على قرية أورم الكبرى
            # بريف حلب" in a report of one month (a month named by its text): one victim of an attack on a named
            # settlement, no day: the month's, month precision (round 19, test batch, ar-2018-08-press-19,
            # after its measurement)
            day, precision = dt.date(period[0], period[1], 1), DatePrecision.MONTH
        todays = None  # (a massacre told inside today's toll, :data:`_TODAYS_TOLL_MASSACRE_AR`)
        if day is None and published is None and period is None and _UNDATED_KILLING_AR.search(text):
            # "وأسفرت العملية عن قتل الشاب المدني ... واعتقال سبعة مدنيين آخرين" on a page that prints no date, its day
            # told with no year ("فجر يوم الخميس 12 حزيران الجاري"): date unknown, as the Arabic narration keeps one
            # (rounds 37-40, ar-2025-06-press-39, after their measurement: fix3740)
            pass
        elif day is None and back_toll is not None and published is None and period is None:
            # SNHR's toll of the killing told just before at named settlements ("وأفادت الشبكة السورية لحقوق الإنسان أن
            # عدد ضحايا المجزرة وصل لـ 9 أشخاص" after "أعدمت المدنيين في قريتي “إنب، وقرصايا”") on a page that prints no
            # date: date unknown (rounds 49 and 50, ar-2015-02-massacre-49, after their measurement: fix4950)
            pass
        elif day is None and _EXECUTED_DETAINEES_AR.search(text) and _PLACE_AR.search(text):
            # "إن القوات الحكومية قبل مغادرة مدنية إدلب، أقدمت على إعدام 15 معتقلا رميا بالرصاص", "قامت بتصفية 19 معتقلًا في
            # فرع الأمن العسكري بمدينة جسر الشغور": detainees put to death at a place, told by the force's leaving it,
            # not by a day: an undated incident (rounds 37-40, ar-2015-04-press-37, ar-2015-04-news-37, after their
            # measurement: fix3740)
            pass
        elif day is None and published is not None and (todays := _TODAYS_TOLL_MASSACRE_AR.search(text)):
            # "ارتفاع عدد القتلى في سوريا اليوم، إلى 108 أشخاص؛ بينهم 30 شخصًا في مجزرة بسلقين في ريف إدلب": the massacre
            # told inside the day's toll, of the day of the post (rounds 57 and 58, ar-2012-10-daily-57, after their
            # measurement: fix5758)
            day, precision = published, DatePrecision.DAY
        elif day is None:
            if not re.search(r"توثيق\s+(?:مقتل\s+)?\d+\s+(?:شهيدا|مدنيا)", text) or published is None \
                    or re.search(r"في\s+سوري[اة]|خلال\s+شهر|حصيلة|تقرير", text) or find_month_ar(text):
                continue  # a country's or a month's total, not one place's dead
            # "تمكن فريق الشبكة ... من توثيق 24 شهيدا": the month of the post.
            day, precision = published.replace(day=1), DatePrecision.MONTH
        following = distribution_ar(sentences[k + 1].text) if k + 1 < len(sentences) else []
        if following and not _PLACE_AR.search(text) and str(sum(n for n, *_ in following)) in re.findall(r"\d+", text):
            continue  # "فقتلوا في اليوم نفسه ما لا يقل عن 28 مدنيا" before the list of those 28 by place
        killed, children, women = _incident_count(text, ev.start()) if back_toll is None else back_toll
        executed = _EXECUTED_DETAINEES_AR.search(text) if (killed or 0) <= 1 else None
        if executed and parse_number_ar(executed.group("n")):
            killed, children, women = parse_number_ar(executed.group("n")), None, None  # (detainees: no civilian noun)
        if victim_of:
            killed, children, women = count_ar(victim_of.group("who"))  # (its victim, not another killing told before)
        if among_documented:
            killed, children, women = 1, 0, 0  # (the one victim named, not the list he was among)
        if retold and not _FIG_AR.search(text):
            # the massacre's toll as SNHR documented it, told later by the place's name ("وتمكنت الشبكة
            # ... من توثيق 264 قتيلا من أهالي بلدة البيضا ... من بينهم 36 طفلا و 28 سيدة")
            name = _NAMED_MASSACRE_AR.search(text).group("name")
            later = next((x.text for x in sentences[k + 1:] if name in x.text and _FIG_AR.search(x.text)), None)
            if later is not None:
                killed, children, women = _victims_ar(later, 0)
        # "A، وB، وC، قُتلوا": the names before the verb are the victims' (personal data: kept
        # so that the output can withhold them).
        names = []
        lead = re.match(r"^(?P<names>[^.؛:\d]{3,200}?)،\s*قُ?تِ?ل", text)
        if lead and not _PLACE_AR.search(lead.group("names")):
            names = [n.strip() for n in re.split(r"،\s*و?", lead.group("names")) if n.strip()
                     and not re.fullmatch(_CHILD + "|" + _WOMAN + "|" + _PERSON, n.strip())]
        # the place: in this sentence, else the next one ("ورجحت الشبكة ... في قرية شين")
        # (not past a sentence of another day's attack: "وتسببت غارة ... قبلها بيوم، بتدمير محطة ... في منطقة عين
        # الزرقاء" after the killing; round 22, ar-2024-10-massacre-22, after its measurement)
        # (nor past SNHR's background or another incident the context opens: _BACKGROUND_AFTER_AR; fixleft41)
        same_story = list(itertools.takewhile(lambda x: not _OTHER_DAY_AR.search(x.text) and not _OTHER_STORY_AR.match(x.text)
                                              and not _BACKGROUND_AFTER_AR.search(x.text), sentences[k + 1:k + 3]))
        # (and not past another incident's sentence, a killing with its own day: "وأضافت أن العبوة استهدفت سيارة ... في بلدة خان أرنبة" after the
        # body's dated killing belongs to it, not to the lead before it, "قضى طفل وأصيب اثنان، إثر انفجار عبوة ناسفة
        # في ريف دمشق الغربي، يوم أمس الخميس"; round 23, test batch, ar-2024-01-news-23, after its measurement)
        group = [told_before] * (told_before is not None) + [s] + [
            x for x in itertools.takewhile(lambda x: not (_EVENT_AR.search(x.text) and any(
                not _REPORT_DATE_AR.search(x.text[max(0, d[1] - 50):d[1]]) for d in find_dates_ar(x.text, year))), same_story)
            if not _EVENT_AR.search(x.text)
            or not (find_dates_ar(x.text, year) or _SAME_DAY_AR.search(x.text) or x.start == s.end)] * (back_toll is None)  # (another incident's)
        then = None  # (a retold massacre's toll "then", in a sentence of its own: below)
        if back_toll is None and not _FIG_AR.search(text) and (killed or 0) <= 1:
            # ("وحصلت المجزرة في حدود الساعة الثانية عشرة" with no count, then "الشبكة السورية لحقوق الإنسان أكدت وفاة
            # خمسة مدنيين جراء الاستهداف": the toll of the attack named back, in the group; round 28, after its
            # measurement, ar-2016-06-news-17)
            toll = next((x for x in group[group.index(s) + 1:] if _NAMED_BACK_AR.search(x.text) and _FIG_AR.search(x.text)), None)
            if toll is None and re.search(r"مجزر|مجازر|مذبح", text):
                # (a massacre told first, no count; its toll after, naming it back: _TOLD_BACK_AR)
                toll = next((x for x in group[group.index(s) + 1:] if _TOLD_BACK_AR.search(x.text) and (
                    _FIG_AR.search(x.text) or _DOCUMENTED_VICTIMS_AR.search(x.text))), None)
            if toll is None and (re.search(r"مجزر|مجازر|مذبح", text) or _MASS_KILLING_AR.search(text)):
                # "ثم اقتحمتها صباح الأحد 11/ آذار/ 2012 ونفَّذت عمليات قتل جماعي حملت صبغة طائفية." then "وثقت الشبكة
                # السورية لحقوق الإنسان مقتل 212 مدنياً بينهم 46 طفلاً و33 سيدة.": SNHR's toll of the killing told
                # right before, in the next sentence (rounds 37-40, ar-2021-03-press-39, after their measurement: fix3740)
                toll = next((x for x in group[group.index(s) + 1:group.index(s) + 2]
                             if _SNHR_DOCUMENTS_AR.match(x.text) and _FIG_AR.search(x.text)), None)
            if toll is not None and (_victims_ar(toll.text, 0)[0] or 0) > (killed or 0):
                killed, children, women = _victims_ar(toll.text, 0)
            then = None if toll is not None else next((m for x in group[group.index(s) + 1:] if _NAMED_BACK_AR.search(x.text)
                                                       for m in [_KILLED_THEN_AR.search(x.text)] if m), None)
            if then is not None and (parse_number_ar(then.group("n")) or 0) > (killed or 0):
                # "مجزرة الغوطة ... في 21 آب 2013" then "وبالفعل، قُتلَ آنذاك 1,144 شخصاً خنقاً، ... إثر الهجوم على ...": the
                # massacre retold, its toll "then" in a sentence of its own (round 34, test batch, ar-2022-08-press-34,
                # after its measurement: fix34)
                killed, children, women = parse_number_ar(then.group("n")), None, None
        # The first place phrase that is not the victim's home ("من أبناء مدينة تلدو"), a
        # village, town, camp or road before a countryside or governorate.
        phrases = [p for x in group for m in _PLACE_AR.finditer(x.text) for p in (
                   # ("من محافظة ريف دمشق، مدينة سقبا": the home town goes on after its governorate)
                   # ("عائلة كاملة من نازحي مدينة اللطامنة": the family's home, not where it was hit; round 13,
                   # test batch, ar-2019-07-massacre-13, after its measurement)
                   [m] if not re.search(r"(?:من\s+أبناء|من\s+أهالي|أهالي|من|من\s+محافظة\s+[^،.؛]{2,30}،|(?:من\s+)?(?:نازحي|مهجري))\s*$",
                                        x.text[:m.start("p")])
                   or re.search(r"(?:قرب|مقربة)\s+من\s*$", x.text[:m.start("p")])  # ("بالقرب من قرية X": X)
                   # ("في الحي الشمالي من مدينة X": a part of X, not a home; round 18, test batch,
                   # ar-2023-08-news-18, after its measurement)
                   or re.search(r"في\s+(?:ال)?(?:حي|قسم|جزء|طرف|جهة|أطراف|اطراف)\s+\S+\s+من\s*$", x.text[:m.start("p")])
                   else _beside_home_ar(m))]
        # ("مديرُ الدفاعِ المدني بريفِ دمشق جراءَ قصفٍ ... على بلدةِ مسرابا": a countryside named before
        # the cause, the settlement after it; round 11, test batch, ar-2017-08-press-11, after its measurement)
        phrases = [x for m in phrases for x in _settlement_after_cause(m) + [m]]
        # (not where the shooters were posted when another place is named: "برصاص عناصر قوات سوريا الديمقراطية
        # المتمركزين في قرية زغير جزيرة ... أثناء وجوده في قرية الخريطة"; round 61, test batch, ar-2024-04-news-61,
        # after its measurement: fix6162)
        posts = [m for m in phrases if _POSTED_AT_AR.search(m.string[:m.start("p")])]
        # (the phrase of the post may run on over the victim's place: "... جزيرة غرب محافظة دير الزور أثناء وجوده في
        # قرية الخريطة على ضفة نهر الفرات", the place after it within)
        within = []
        for m in posts:
            w = _PLACE_AR.search(m.string, m.start("p") + 1)
            while w is not None and w.start() < m.end():
                within.append(w)
                w = _PLACE_AR.search(m.string, w.start("p") + 1)
        if posts and (within or len(posts) < len(phrases)):
            phrases = within + [m for m in phrases if m not in posts]
        # (a settlement before the towns of a plural list, "قرى وسهول الحولة، تركز على مدينة تلدو", and
        # those before a countryside or governorate)
        # ("محافظة حمص" after "منطقة جبل العمور في بادية السخنة": a governorate is the coarsest of all, then a
        # countryside, then an area)
        # ("على بلدة بريف إدلب الجنوبي", a town left unnamed, then "قصفت ... بلدة الفطيرة بريف إدلب الجنوبي": the
        # named one; round 26, test batch, ar-2019-11-news-26, after its measurement)
        # (a named desert is coarser than an area in it: "منطقة جبل العمور في بادية السخنة"; fix68)
        phrases.sort(key=lambda m: 4 if m.group("kind").startswith("محافظة") else 3 if m.group("kind").startswith("ريف")
                     else 2.5 if m.group("kind").startswith("بادية")
                     else 2 if _COARSE_KIND.match(m.group("kind")) or _NAMELESS_AR.match(m.group("p"))
                     else 1 if _PLURAL_KIND_AR.match(m.group("kind")) else 0)
        own_governorate = next((m for m in phrases if m.string is s.text and m.group("kind").startswith("محافظة")), None)
        if own_governorate is not None and phrases[0].string is not s.text and find_governorate(
                own_governorate.group("p")) == find_governorate(re.sub(r"^\S+\s+", "", phrases[0].group("p"))):
            # "مقتل ... 22 مدنياً ... في محافظة الرقة" then "في قرى وأحياء مدينة الرقة": the toll is the
            # governorate's; the city of its name told after it refines nothing (round 12, test
            # batch, ar-2026-01-news-12; written after its measurement)
            phrases = [own_governorate]
        if not phrases and _BACK_REFERENCE_AR.search(" ".join(x.text for x in group)):
            # "قُتل ...، من أبناء قرية الكرك الشرقي ...، إثر إطلاق ... الرصاص عليه في القرية": the
            # village named before is the place
            phrases = [m for x in group for m in _PLACE_AR.finditer(x.text)][:1]
        told = " ".join(x.text for x in group)
        the_kind = _THE_KIND_AR.search(told) or _RESIDENTS_OF_THE_KIND_AR.search(told) if not phrases else None
        first = next((i for i, x in enumerate(sentences) if x is group[0]), 0)
        if the_kind is not None and first > 0:
            # "قتل عدد من المدنيين ... على قرية جب حمزة في ريف منبج الجنوبي." then "واستهدفت المدفعية ... القرية التي
            # تخضع لسيطرة تنظيم ..." and SNHR's toll: the village is the one of that kind the sentence before names
            # (round 28, after its measurement: ar-2016-06-news-17 had taken the city another story named)
            phrases = [m for m in _PLACE_AR.finditer(sentences[first - 1].text)
                       if m.group("kind").startswith(the_kind.group("kind"))][:1]
        home = _own_home_ar([x.text for x in group])
        if home is not None:
            phrases = [home] + phrases
        place = _PLACE_TAIL_AR.split(phrases[0].group("p").replace('"', ""))[0].strip() if phrases else None
        bare = _BARE_PLACE_AR.search(text) if not phrases or _COARSE_KIND.match(phrases[0].group("kind")) else None
        if bare:
            place = _PLACE_TAIL_AR.split(bare.group("p"))[0].strip()  # "على سراقب بريف محافظة إدلب الشرقي"
        if old_massacre is not None and precision == DatePrecision.MONTH and retold:
            place = old_massacre.group("place").strip()  # (its place before its month: "حي الزهراء بحلب")
        if place is None and retold:
            place = _NAMED_MASSACRE_AR.search(text).group("name")  # "مجزرة الحولة": the massacre's place
        facility = _facility_place_ar(text) if place is None else None
        if facility is not None:
            place = facility  # (where he died, not his home: the governorate is not read from his home either)
        if (_MOSTLY_IN_AR.search(text) or _SEVERAL_GOVERNORATES_AR.search(text)) and (
                place is None or phrases and phrases[0].string is not text):
            # "بمقتل 173 شخصا أمس ...، معظمهم فى دمشق وريفها وحلب": a day's total over places, no incident,
            # nor at a place another sentence names ("... أمس مجزرة فى ريف حلب" after "مقتل 131 شخصا ...
            # معظمهم فى دمشق وريفها وحلب"; round 22, ar-2013-01-daily-22, after its measurement)
            continue
        if place is None and dates == [] and precision is DatePrecision.DAY and yesterday is not None \
                and not _names_a_place_ar(doc.paragraphs[s.paragraph].text) \
                and not _SETTLEMENT_PHRASE_AR.search(doc.text[:s.start]):
            # "إن قصف قوات نظام الأسد يوم أمس الاثنين، أدى إلى استشهاد سبعة مدنيين" in a paragraph that names no
            # place at all (no settlement, countryside or governorate), and no settlement named before it (only the
            # campaign's area, "في ريفي محافظتي إدلب وحماة"): a day's figure, not an incident at some place. (A
            # statement "ووثقت الشبكة ... مقتل [two names]، أمس السبت" after the lead's "في قرية بقرص فوقاني" is that
            # village's killing: ar-2022-03-landmine-25.) Round 32, test batch, ar-2019-05-press-32, after its
            # measurement: fix32.
            continue
        if background is not None and s.end <= background and not (
                place and re.search(r"(?<![" + _AR + r"])" + _SETTLEMENT_AR + r"\s", place)):
            # the outlet's own news before SNHR is named as background, at no named settlement ("في إحدى قرى ريف ...");
            # as :func:`geo.report.arabic_narration.narrated_incidents_ar` (round 32, test batch, ar-2017-12-press-32,
            # after its measurement: fix32)
            continue
        region = _named_massacre_region_ar(text, dates) if not any(m.string is text for m in phrases) else None
        if region is not None:
            # "أكبر تلك المجازر هي مجزرة الغوطتين الشرقية والغربية، التي ارتكبت في 21 آب 2013": a massacre named
            # after its region and told with its day, no place phrase in its sentence: the region is its place, not
            # a village the next sentence names for another party's massacres (round 25, test batch,
            # ar-2015-03-massacre-25, after its measurement)
            place, phrases = region, []
        spread = _ATTACK_ON_SEVERAL_IN_AR.search(then.string) if then is not None else None
        if spread is not None and not phrases:
            # "مجزرة الغوطة" retold, then "... إثر الهجوم على عين ترما وزملكا والمعضّمية في الغوطَتَين": several
            # towns of one region, its place the region they are in (round 34, test batch, ar-2022-08-press-34,
            # after its measurement: fix34)
            place = _HARAKAT_AR.sub("", spread.group("region"))
        if place:
            # "قرية البارة بجبل الزاوية في ريف إدلب": the region between a village and its countryside
            place = _REGION_QUALIFIER_AR.sub("", place)
        struck = _ATTACKED_PLACE_AR.search(group[0].text) if place is None or _COARSE_KIND.match(place) else None
        if struck is not None:
            # ("أن قوات الاحتلال الروسي قتلت إعلاميا واحداً بعد استهداف طيرانها لبلدة حريتان المحررة شمال حلب": the
            # town struck, after the "ل" of its object, finer than a countryside; round 51, test batch,
            # ar-2016-02-press-51, after its measurement: fix5152)
            place = struck.group("p").strip()
        chunk = " ".join(x.text for x in group)
        if facility is not None:
            chunk = _HOME_CLAUSE_AR.sub(" ", chunk)
        # the governorate of the place, else the one named nearest before it ("محافظة ريف دمشق ...،
        # أضخمها في مدينة دوما ...، ومجزرة واحدة في كل من حماة والحسكة"), else the sentence's
        at = phrases[0].start("p") if phrases and phrases[0].string is group[0].text else None
        # (not a governorate of another killing told after the place's: "... على أطراف مدينة جبلة، ومقتل
        # قرابة 125 مدنياً على يد قوات الأمن في محافظتي اللاذقية وطرطوس")
        another = re.search(r"،\s*و?(?:مقتل|قُ?تِ?ل)", group[0].text[at:]) if at else None
        # ('في قرية "خربة المناصير" بريف حلب الجنوبي': the countryside after the quoted name; round 12,
        # test batch, ar-2022-07-landmine-12, after its measurement)
        # ('في مساكن قرية "شورى" قرب بلدة "سعسع" غرب محافظة ريف دمشق': the governorate the quoted name's clause ends
        # with, not the victim's home governorate told before it; round 23, test batch, ar-2024-01-news-23, after its
        # measurement)
        after = re.match(r"[\"”]\s*(?:(?:ب|في\s+)ريف\s+[^،.؛\d]{2,30}|[^،.؛\d]{0,40}?(?<![" + _AR + r"])(?:غرب|شرق|شمال|جنوب)[يا]?\s+"
                         r"محافظة\s+[^،.؛\d]{2,30})", phrases[0].string[phrases[0].end():]) if phrases else None
        # ("... يجمعون الحطب في جبل التركمان بريف اللاذقية الشمالي" then "... قرب قرية الزيتونة، في منطقة جبل
        # التركمان بريف اللاذقية الشمالي، ما أدى لسقوط شهيد" then "... في أرياف إدلب وحماة وحلب": the place named
        # in a later sentence of the group takes the governorate its own sentence names after it, not the last one
        # of the group; round 27, test batch, ar-2022-10-news-27, after its measurement)
        later = phrases[0].string[phrases[0].start("p"):] if phrases and at is None and any(
            phrases[0].string is x.text for x in group[1:]) else None
        gov = find_governorate(_HARAKAT_AR.sub("", place or "")) or (_region_governorate(place) if region else None) or (
            find_governorate(after.group(0)) if after else None) or (
            _own_countryside_ar(place, chunk)) or (
            find_governorate(later, last=False) if later else None) or (
            find_governorate(group[0].text[:at]) if at else None) or find_governorate(
            group[0].text[:at + another.start()] if another else chunk)
        if among_documented and facility is not None:
            gov = find_governorate(facility)  # ("من بين الضحايا الموثّقين في حمص": the victims' home, not where he died)
        if place is None and gov is not None:
            g = re.search(r"(?:محافظة|مدينة)\s+[^\s،.؛]+(?:\s+[^\s،.؛]+)?", chunk)
            place = g.group(0) if g and find_governorate(g.group(0)) else None
        if todays is not None:
            # (the massacre's dead at its place, not the country's toll of the day around it)
            killed, children, women = parse_number_ar(todays.group("n")), None, None
            place = _PLACE_TAIL_AR.split(todays.group("place"))[0].strip()
            # (a bare name, "بسلقين في ريف إدلب": the name, its countryside kept as the governorate; the geocoder reads
            # a bare name before "في ريف" as no place)
            place = re.split(r"\s+(?:في\s+|ب)ريف(?![" + _AR + r"])", place)[0].strip() or place
            gov = find_governorate(place) or gov
        inc = ReportIncident(date=day, date_precision=precision, killed=killed, children=children,
                             women=women, place_text=place, governorate=gov.name if gov else None,
                             governorate_pcode=gov.pcode if gov else None, section=s.section,
                             sentences=[x.text for x in group], victim_names=names)
        control = stated_control_ar(chunk, place)
        if control is None:
            for x in sentences[k + 1:k + 4]:
                control = stated_control_ar(x.text)
                if control:
                    break
        if control is None:
            control = _lead_control_ar(sentences[:k], year)
        if control is None:
            control = _holding_forces_control_ar(chunk, sentences[:k])
        if control:
            from ..force import UnknownForce, parse_force  # noqa: PLC0415

            try:
                inc.stated_control = parse_force(control, date=day).code
                inc.stated_control_text = control
            except UnknownForce:
                pass
        from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

        # (the attacker, not the force the control statement names; first the one whose gunfire killed, in the
        # sentence itself: "إثر إصابته برصاص عناصر قوات سوريا الديمقراطية" before "بين مدينة القورية الخاضعة لسيطرة قوات
        # النظام السوري" and "مناطق سيطرة قوات النظام" after it; round 22, ar-2024-02-news-22, after its measurement)
        shooter = _SHOT_BY_AR.search(_CONTROL_AR.sub(" ", text)) if not victim_of else None
        inc.perpetrator = (_party_ar(shooter.group("p"), parse_perpetrator, UnknownPerpetrator) if shooter else None) or \
            _party_ar(_CONTROL_AR.sub(" ", victim_of.group(0) if victim_of else chunk), parse_perpetrator, UnknownPerpetrator)
        # (a word of its own: "لايزال الغموض يلف مصير 15 معتقلًا" holds no mine; rounds 37-40, after their measurement)
        if re.search(r"(?<![" + _AR + r"])[وبل]?(?:ال)?(?:لغم|[أا]لغام)", chunk):
            inc.category = "landmine"
            inc.perpetrator = inc.perpetrator or "OTHER_LANDMINE"
        elif _ONE_TORTURED_AR.search(text) or facility is not None and re.search(r"(?:تحت|بسبب|جراء)\s+التعذيب", text):
            inc.category = "torture"  # (one person's death under torture in a party's prisons, or in one named)
        last = group[-1]
        toll = _massacre_toll_after(sentences[k + 1:k + 5], chunk) if re.search(r"مجزرة|المجزرة", chunk) else None
        vague = re.search(r"(?:راح|ذهب)\s+ضحيتها\s+(?:عشرات|العشرات|مئات)\s", text)
        if toll is None and vague and k + 1 < len(sentences) and not find_dates_ar(sentences[k + 1].text) \
                and (fig := _FIG_AR.search(sentences[k + 1].text)):
            # "ارتكبت طائرات الاحتلال الروسي ... مجزرة جديدة في ريف إدلب راح ضحيتها عشرات المدنيين." then
            # "... استهدف ... مغارة ... ما أدى إلى ارتقاء 8 مدنيين بينهم 4 أطفال": "tens" is no count; the
            # attack told next, with no day of its own, gives it (round 13, test batch,
            # ar-2019-07-massacre-13; after its measurement)
            last = sentences[k + 1]
            inc.killed, inc.children, inc.women = _victims_ar(last.text, fig.start())
            inc.sentences.append(last.text)
        elif toll is None and vague and not re.search(r"\d", text[vague.end():]):
            # "ارتكبت أمس مجزرة فى ريف حلب راح ضحيتها العشرات بين قتيل وجريح" and no toll told after it:
            # "tens" is no count, and no count can be vouched for (round 22, ar-2013-01-daily-22, after its
            # measurement)
            continue
        if toll is not None:
            last, m = toll
            inc.killed = parse_number_ar(m.group("n"))
            inc.children, inc.women = _among(last.text[m.end():])
            inc.category = "massacre"
            inc.sentences.append(last.text)
            inc.notes.append("the massacre's toll from the sentence that gives it")
        if toll is None and back_toll is None:
            for x in group[group.index(s) + 1:]:
                mt = _ATTACK_TOLL_AR.search(x.text)
                if mt is None or find_dates_ar(x.text, year):
                    continue
                n = parse_number_ar(mt.group("n"))
                if n and n > (inc.killed or 0):
                    # "قتلت قوات النظام ...، اليوم السبت، ناشطاً إعلامياً ... بقصف مدفعي" then "وأشار إلى أن القصف
                    # أسفر عن مقتل ستة مدنيين، بينهم ثلاثة أطفال": the lead names one victim, the attack named back
                    # gives its whole toll (round 19, test batch, ar-2021-07-news-19, after its measurement)
                    _all, c0, w0 = count_ar(mt.group("noun"), n)
                    ch, wo = _among(x.text[mt.end():])
                    inc.killed, inc.children, inc.women = n, ch if ch is not None else c0 or None, wo if wo is not None else w0 or None
                    inc.notes.append("the toll of the attack, named back in a later sentence")
                break
        inc.start, inc.end = doc.original_span(group[0].start, max(last.end, group[-1].end))
        inc.line = doc.line_of(s.start)
        if out and not dates and precision is DatePrecision.MONTH and out[-1].date_precision is DatePrecision.DAY \
                and place and place == out[-1].place_text and text in out[-1].sentences \
                and (day.year, day.month) == (out[-1].date.year, out[-1].date.month):
            # "ونعى الدفاع المدني الناشط همام العاصي، وقال إنه قتل جراء قصف ... في قرية سرجة جنوبي إدلب": a
            # sentence of the incident told just before (its day, its place), told again with no day of its
            # own: the same killing, not another one of the month (round 19, test batch, ar-2021-07-news-19,
            # after its measurement)
            continue
        out.append(inc)
        out.extend(others_at_ar(inc, text))
    return _anniversary_echoes_ar(_lead_dated_by_statement_ar(_drop_unnamed_leads_ar(
        _hoods_of_the_one_governorate_ar(doc, _massacres_sharing_toll_ar(_story_told_on_ar(
            _death_of_wounds_told_on_ar(_victims_of_the_lead_ar(_other_teller_s_retelling_ar(out)))))))), published)


# another outlet or agency as the teller, opening the sentence: "ونقلت وكالة “سانا” الرسمية ... أن", "وقالت صفحة ..."
_OTHER_TELLER_AR = re.compile(r"^\W*[وف]?(?:نقلت|نقل|قالت|قال|أفادت|أفاد|ذكرت|ذكر|أوردت)\s+(?:ال)?(?:وكالة|وكالات|صفحة|"
                              r"موقع|قناة|صحيفة|إذاعة)(?![" + _AR + "])")


def _other_teller_s_retelling_ar(out: list) -> list:
    """An outlet's quote of another teller on the day's strikes, "ونقلت وكالة “سانا” الرسمية اليوم ... أن “طائرات التحالف
    قصفت فجر اليوم منازل المواطنين، ما تسبب بمقتل 25 مدنيًا ...”", after the incident of that day the outlet told
    itself ("قتل عشرة أشخاص ... نتيجة استهداف الطيران الحربي قرية الفاضل ... الثلاثاء 1 من أيار"): the same strikes
    told by another teller, no incident of their own, when the quote names no place of the killing itself (its place
    read from a later sentence; round 68, test batch, ar-2018-05-news-68, after its measurement: fix68). A quote that
    names its own settlement, or a day with no incident before it, stays an incident."""
    keep = []
    for inc in out:
        if not retold_by_another_teller_ar(inc, keep):
            keep.append(inc)
    return keep


def retold_by_another_teller_ar(inc, before: list) -> bool:
    """Is ``inc`` another outlet's or agency's telling (:func:`_other_teller_s_retelling_ar`) of a day ``before``
    holds an incident of, told earlier, its own sentence naming no settlement where it killed?"""
    own = inc.sentences[0] if inc.sentences else inc.sentence
    named = inc.place_text and inc.place_text in own and re.match(r"(?:قرية|بلدة|مدينة|مخيم|حي)\s", inc.place_text)
    return bool(_OTHER_TELLER_AR.match(own)) and inc.date is not None and inc.date_precision is DatePrecision.DAY \
        and not named and any(o.start < inc.start and o.date == inc.date and o.killed for o in before)


# Where a victim came from, told right after him between commas: "الناشط الإعلامي، X، من مدينة سراقب في ريف إدلب،
# قتل ...", "ينحدر من بلدة X", "من أبناء قرية X" - his home, not the place of his death
_ORIGIN_AR = re.compile(r"،\s*(?:وهو\s+)?(?:من\s+أبناء|ينحدر\s+من|من)\s+(?:مدينة|قرية|بلدة|مخيم|حي)\s+(?P<home>[^،.؛]{2,80})،")


def _victims_of_the_lead_ar(out: list) -> list:
    """The victims of a lead's count, each told after it by who he was and where he came from: "قتل ناشطان إعلاميان
    خلال تغطيتهما المعارك الدائرة في ريف حلب الجنوبي ...، الخميس 5 أيار." then "أن الناشط الإعلامي، X، من مدينة سراقب
    في ريف إدلب، قتل مساء أمس خلال تغطية المعارك" and "الناشط الإعلامي، Y، من قرية سرجة ...، قتل مساء أمس": the lead's
    two, no incidents of their own (their towns are their homes, the sentence names no place of their death; round 68,
    test batch, ar-2016-05-news-68, after its measurement: fix68).

    A victim whose own sentence places his death ("من أبناء مدينة دوما، قتل جراء قصف على حي القابون") is kept, and so
    is one no earlier count of the same or the next day can hold."""
    told = []
    for inc in out:
        own = inc.sentences[0] if inc.sentences else inc.sentence
        origin = _ORIGIN_AR.search(own) if inc.killed == 1 and inc.date is not None else None
        if origin is None or not _KILLED_VERB_AR.search(own[origin.end():]):
            continue
        where = (inc.place_text or "").strip()
        if where and where in own and where not in origin.group("home"):
            continue  # (his death's place is told in his sentence)
        told.append(inc)
    drop = set()
    for lead in out:
        if not lead.killed or lead.killed < 2 or lead.date is None or any(lead is o for o in told):
            continue
        mine = [o for o in told if o.start > lead.start and id(o) not in drop and abs((o.date - lead.date).days) <= 1]
        if mine and len(mine) <= lead.killed:
            drop.update(id(o) for o in mine)
    return [o for o in out if id(o) not in drop]


# Died of the wounds of an attack: "توفي في 3-7-2024، متأثراً بجراحه التي أصيب بها إثر انفجار لغم أرضي"
_OF_WOUNDS_AR = re.compile(r"متأثر(?:ا|اً|ًا|ة|ةً)?\s+ب(?:جراحه|جراحها|جروحه|جروحها|إصابته|إصابتها)(?![" + _AR + r"])")


def _death_of_wounds_told_on_ar(out: list) -> list:
    """One death of wounds told twice: its day and the wounds, with no place ("إن المسن ... توفي في 3-7-2024، متأثراً
    بجراحه التي أصيب بها إثر انفجار لغم أرضي"), then, in the next sentence, the attack on a day before it at a place
    ("... أثناء عمله في أرض زراعية في محيط قرية برج القاص في 1-7-2024، حيث نُقل إلى مدينة حلب للعلاج ... وتوفي
    هناك"): one incident, the attack's, the day of death kept as its role (rounds 57 and 58, ar-2024-07-landmine-57,
    after their measurement: fix5758)."""
    res = []
    for k, inc in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        if nxt is not None and inc.killed == 1 and nxt.killed == 1 and inc.place_text is None and nxt.place_text \
                and inc.date is not None and nxt.date is not None and 0 < (inc.date - nxt.date).days <= 30 \
                and 0 <= nxt.line - inc.line <= 1 and _OF_WOUNDS_AR.search(inc.sentence):
            nxt.dates.setdefault("died", inc.date.isoformat())
            # (its sentences and span too: the victim named there is the one of this death)
            nxt.sentences, nxt.start = inc.sentences + nxt.sentences, min(inc.start, nxt.start)
            continue
        res.append(inc)
    return res


# the story told on, its place left to the sentence before: "ثم اقتحمتها صباح الأحد ..."
_THEN_AR = re.compile(r"\W*ثم(?![" + _AR + r"])")


def _story_told_on_ar(out: list) -> list:
    """``out`` with an incident whose sentence goes on with the story of the one told right before it ("ثم"), names no
    place and falls within a week after it, taken into that one: "... حاصرت ميليشيات النظام السوري ... أحياء الرفاعي
    والعدوية وكرم الزيتون في مدينة حمص، واستمرت في قصفها بالمدفعية قرابة 18 ساعة." then "ثم اقتحمتها صباح الأحد 11/
    آذار/ 2012 ونفَّذت عمليات قتل جماعي ..." and SNHR's 212: one massacre, the siege's place and day, the storming's
    toll (rounds 37-40, ar-2021-03-press-39, after their measurement: fix3740)."""
    res: list = []
    for inc in out:
        prev = res[-1] if res else None
        first = inc.sentences[0] if inc.sentences else inc.sentence
        if prev is not None and not inc.place_text and prev.place_text and _THEN_AR.match(first) \
                and prev.date is not None and inc.date is not None and 0 <= (inc.date - prev.date).days <= 7 \
                and 0 <= inc.start - prev.end <= 3:
            prev.sentences += [x for x in inc.sentences if x not in prev.sentences]
            prev.end = max(prev.end, inc.end)
            if (inc.killed or 0) > (prev.killed or 0):
                prev.killed, prev.children, prev.women = inc.killed, inc.children, inc.women
                prev.category = "massacre" if inc.killed >= 5 and prev.category == "killing" else prev.category
            prev.perpetrator = prev.perpetrator or inc.perpetrator
            continue
        res.append(inc)
    return res


# a massacre named as the one of the anniversary ("الذكرى السنوية التاسعة لمجزرة الحصوية") or back ("ويطلق ناشطون على هذه
# المجزرة اسم ...")
_ECHO_AR = re.compile(r"(?<![" + _AR + r"])(?:الذكرى|ذكرى|(?:هذه|تلك)\s+(?:المجزرة|المذبحة))(?![" + _AR + r"])")


def _anniversary_echoes_ar(out: list, published: dt.date | None) -> list:
    """``out`` without the sentences that only name again a massacre of years before the text tells with its toll:
    the piece's title on the anniversary ("الذكرى السنوية التاسعة لمجزرة الحصوية بريف حمص", read as a killing of the
    publication's days) and "ويطلق ناشطون على هذه المجزرة اسم ..." - no count of their own, dated by the
    publication's days, not another massacre. (Rounds 35 and 36, ar-2022-01-press-36, after their measurement:
    fix3536.)"""
    if published is None:
        return out
    old = [i for i in out if i.date is not None and (i.killed or 0) > 1 and (published - i.date).days > 365]
    return [i for i in out if not (old and i not in old and (i.killed or 0) <= 1 and i.date is not None
                                   and abs((published - i.date).days) <= 31
                                   and _ECHO_AR.search(i.sentences[0] if i.sentences else i.sentence)
                                   and not _FIG_AR.search(i.sentences[0] if i.sentences else i.sentence))]


# A toll told for several massacres at once, their places listed after it: "وثقت مقتل 12 مدنياً، بينهم 5 أطفال وسيدة، في
# مجزرتين منفصلتين وقعتا يومي 30 و31 آذار/مارس 2025، في كل من حي كرم الزيتون في مدينة حمص، وقرية حرف بنمرة التابعة لمدينة
# بانياس في ريف محافظة طرطوس" (the number of massacres, then the list of settlements, each opening with its kind)
_MASSACRES_SHARING_AR = re.compile(r"(?<![" + _AR + r"])في\s+(?P<n>مجزرتين|مجزرتان|\d+\s+مجازر)(?![" + _AR + r"])"
                                   r"[^.؛:]{0,120}?(?<![" + _AR + r"])في\s+(?:كل\s+من\s+)?(?P<list>" + _SETTLEMENT_AR
                                   + r"\s[^.؛:]+)")
# Where the list goes on to the next settlement: "، وقرية", " وبلدة"
_NEXT_SETTLEMENT_AR = re.compile(r"\s*،?\s*و(?=" + _SETTLEMENT_AR + r"\s)")
# Where a listed place ends: a clause after it ("، وتشير التحقيقات", "، حيث", "، بينهم")
_LISTED_PLACE_END_AR = re.compile(r"\s*،")


def _listed_massacre_places_ar(text: str) -> list[str]:
    """The places of the massacres ``text`` tells with one toll for them all, one per massacre, or [] when it tells
    no such toll or its list does not name as many settlements as it counts massacres.

    >>> _listed_massacre_places_ar("وثقت مقتل 12 مدنياً، بينهم 5 أطفال وسيدة، في مجزرتين منفصلتين وقعتا يومي 30 و31 "
    ...     "آذار/مارس 2025، في كل من حي كرم الزيتون في مدينة حمص، وقرية حرف بنمرة التابعة لمدينة بانياس في ريف "
    ...     "محافظة طرطوس، وتشير التحقيقات الأولية إلى أنَّ منفذي الهجومين عناصر")
    ['حي كرم الزيتون في مدينة حمص', 'قرية حرف بنمرة التابعة لمدينة بانياس في ريف محافظة طرطوس']
    >>> _listed_massacre_places_ar("قُتل 9 مدنيين في مجزرتين في قرية كفرنبل وبلدة حاس بريف إدلب أمس")
    ['قرية كفرنبل', 'بلدة حاس بريف إدلب أمس']
    >>> _listed_massacre_places_ar("قُتل 9 مدنيين في مجزرتين في بلدة حاس بريف إدلب")  # (one place named: no split)
    []
    """
    m = _MASSACRES_SHARING_AR.search(text)
    if m is None:
        return []
    want = 2 if m.group("n").startswith("مجزرت") else int(re.match(r"\d+", m.group("n")).group(0))
    places = []
    for part in _NEXT_SETTLEMENT_AR.split(m.group("list")):
        if not re.match(_SETTLEMENT_AR + r"\s", part):
            break
        places.append(_LISTED_PLACE_END_AR.split(part)[0].strip())
    return places[:want] if len(places) >= want else []


def _massacres_sharing_toll_ar(out: list) -> list:
    """``out`` with an incident whose sentence tells several massacres with one toll for them all, at places it lists,
    made one incident per place, each with no count of its own (the toll is theirs together, SNHR gives no split):
    "وثقت مقتل 12 مدنياً ... في مجزرتين ... في كل من حي كرم الزيتون في مدينة حمص، وقرية حرف بنمرة ..." is two
    massacres, at Karm al-Zeitoun and at Harf Banmara. (Rounds 43 and 44, ar-2025-03-massacre-43, after their
    measurement: fix4344.)"""
    import dataclasses  # noqa: PLC0415

    res = []
    for inc in out:
        places = _listed_massacre_places_ar(inc.sentences[0]) if inc.sentences else []
        if len(places) < 2:
            res.append(inc)
            continue
        for place in places:
            gov = find_governorate(place)
            one = dataclasses.replace(inc, place_text=place, place_context=None, killed=None, children=None,
                                      women=None, category="massacre", victim_names=list(inc.victim_names),
                                      injured_names=list(inc.injured_names), sentences=list(inc.sentences),
                                      notes=[*inc.notes, "one of several massacres told with one toll for them "
                                             "all: no count of its own"],
                                      governorate=gov.name if gov else None, governorate_pcode=gov.pcode if gov else None)
            res.append(one)
    return res


def _hoods_of_the_one_governorate_ar(doc, out: list) -> list:
    """``out`` with each incident placed at a neighbourhood alone ("حي المعادي"), with no governorate of its own, put in
    the one governorate the text names ("استشهد 100 شخص منذ يوم الجمعة في حلب"): a neighbourhood is of the city the text
    is about (the geocoder places a neighbourhood it lacks in that governorate's main city). A text naming several
    governorates leaves it. (Round 31, test batch, ar-2015-04-massacre-31, after its measurement: fix31.)"""
    from ..governorates import find_governorates  # noqa: PLC0415

    alone = [inc for inc in out if inc.governorate_pcode is None and inc.place_text
             and re.match(r"(?:حي|أحياء)\s", inc.place_text)]
    govs = find_governorates(doc.text) if alone else []
    for inc in alone if len(govs) == 1 else ():
        inc.governorate, inc.governorate_pcode = govs[0].name, govs[0].pcode
    return out


# A sentence that tells how the incident told before happened: "وذلك عندما قام الطيران الحربي ... بقصف طابور من السكان"
_THAT_WAS_WHEN_AR = re.compile(r"\s*وذلك\s+(?:عندما|حين|حينما|لما)(?![" + _AR + r"])")
# SNHR's own count in a sentence that gives others' too: "ذهب ضحية المجزرة أكثر من 300 قتيل، بحسب ما أعلن المركز الإعلامي
# للثورة، وقد ووثقت الشبكة السورية لحقوق الإنسان سقوط 93 قتيلاً جراء هذا القصف"
_SNHR_COUNT_AR = re.compile(r"(?:وثقت|وثّقت|سجلت|رصدت)\s+(?:ال)?شبكة(?:\s+السورية\s+لحقوق\s+الإنسان)?\s+(?:سقوط|مقتل|استشهاد)\s+"
                            r"(?:ما\s+لا\s+يقل\s+عن\s+)?(?P<n>" + NUMBER_AR + r")\s+(?P<noun>" + _PERSON + r")(?![" + _AR + r"])"
                            r"(?=[^.؛]{0,40}?(?:هذا|هذه|تلك|ذلك)\s+(?:القصف|الهجوم|الغارة|الغارات|المجزرة|الاستهداف))")


# The settlement an attack struck, named after the "ل" of its object: "قصف القوات الجوية السورية لبلدة حلفايا في ريف حماة"
# (a name of two words, "لبلدة معرة حرمة", not its qualifier, "لبلدة حريتان المحررة شمال حلب"; round 51, test batch,
# ar-2016-02-press-51, after its measurement: fix5152)
_ATTACKED_PLACE_AR = re.compile(r"(?<![" + _AR + r"])(?:قصف|استهداف)(?![" + _AR + r"])[^.،؛\d]{0,50}?\sل(?P<p>(?:بلدة|قرية|مدينة)\s+"
                                # (a second word with its article when the countryside follows: "استهداف طيران
                                # الاحتلال الروسي الحي الشرقي والغربي لمدينة معرة النعمان بريف إدلب"; round 66,
                                # ar-2018-02-news-66, after its measurement: fix66)
                                r"[^\s،.؛\d]+(?:\s+(?!ال(?![^\s،.؛\d]+\s+(?:ب|في\s+)ريف(?![" + _AR + r"]))|(?:[أا]?(?:شمال|جنوب|شرق|غرب)[يا]?|في|فى|ب\S*|قرب|على|من|و\S*)"
                                r"(?![" + _AR + r"]))[^\s،.؛\d]+)?(?:\s+(?:في|ب)\s*ريف\s+[^\s،.؛\d]+)?)")


def _told_how_ar(doc, inc, s, following: list) -> None:
    """Add to ``inc`` the sentence ``s`` that tells how it happened ("وذلك عندما قام الطيران الحربي التابع للنظام السوري
    بقصف طابور من السكان ... وذلك بعد أن سيطر الجيش الحر على بلدة حلفايا بثلاث أيام"): its attacker and stated control
    when the incident has none; and SNHR's count of "this bombing" in the sentence after it, over other sources' counts
    (round 25, test batch, ar-2012-12-massacre-25, after its measurement: a Wikipedia article's lead, its infobox, then
    this)."""
    from ..force import UnknownForce, parse_force  # noqa: PLC0415
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    inc.sentences.append(s.text)
    inc.end = max(inc.end, doc.original_span(s.start, s.end)[1])
    object_place = _ATTACKED_PLACE_AR.search(inc.sentences[0]) if inc.sentences else None
    if object_place and (inc.place_text is None or _COARSE_KIND.match(inc.place_text)):
        # ("نتجت عن قصف القوات الجوية السورية لبلدة حلفايا في ريف حماة": the town bombed, the object of the attack
        # after its "ل", finer than the countryside the lead was placed at)
        inc.place_text = object_place.group("p").strip()
    if inc.perpetrator is None:
        inc.perpetrator = _party_ar(_CONTROL_AR.sub(" ", s.text), parse_perpetrator, UnknownPerpetrator)
    control = stated_control_ar(s.text, inc.place_text) if inc.stated_control is None else None
    if control:
        try:
            inc.stated_control = parse_force(control, date=inc.date).code
            inc.stated_control_text = control
        except UnknownForce:
            pass
    for x in following:
        m = _SNHR_COUNT_AR.search(x.text)
        if m and parse_number_ar(m.group("n")):
            inc.killed, inc.children, inc.women = count_ar(m.group("noun"), parse_number_ar(m.group("n")))
            inc.children, inc.women = inc.children or None, inc.women or None
            if re.search(r"المجزرة|مجزرة", x.text):
                inc.category = "massacre"
            inc.sentences.append(x.text)
            inc.end = max(inc.end, doc.original_span(x.start, x.end)[1])
            inc.notes.append("SNHR's count of the attack, told after how it happened")


def _lead_dated_by_statement_ar(out: list) -> list:
    """A news lead that places a killing but gives no day (the month of publication), then the statement it restates,
    which dates it but names no place: one incident, the lead's, on the statement's day. "قُتل شخصان جرّاء انفجار لغم
    أرضي في قرية بقرص فوقاني ..." then "ووثقت الشبكة ... في بيان لها اليوم، 27 من آذار، مقتل حامد الدهيدي وماهر السيد
    أحبش، أمس السبت" (round 25, test batch, ar-2022-03-landmine-25, after its measurement). Only the text's first
    incident is a lead, and only when the next tells no more dead than it, of its category and month."""
    if len(out) < 2:
        return out
    lead, body = out[0], out[1]
    if not (lead.place_text and lead.date_precision is DatePrecision.MONTH and body.place_text is None
            and body.date_precision is DatePrecision.DAY and (body.date.year, body.date.month) == (lead.date.year, lead.date.month)
            and body.category == lead.category and body.killed and lead.killed and body.killed <= lead.killed
            and body.start > lead.start):
        return out
    lead.date, lead.date_precision = body.date, DatePrecision.DAY
    lead.sentences.extend(x for x in body.sentences if x not in lead.sentences)
    lead.end = max(lead.end, body.end)
    lead.victim_names.extend(n for n in body.victim_names if n not in lead.victim_names)
    lead.notes.append("the day from the statement the lead restates")
    return [lead] + out[2:]


# One victim of an attack on a named settlement: "سقط الناشط الإعلامي “أحمد محمود عزيزة”، ضحية قصف الطيران الحربي
# الروسي، على قرية أورم الكبرى"
_VICTIM_OF_ATTACK_AR = re.compile(r"(?<![" + _AR + r"])و?(?:سقط|سقطت|قُ?تِ?لَ?|قُ?تِ?لت)\s+(?P<who>(?:ال)?(?:ناشط|ناشطة|شاب|شابة|طفل|طفلة|"
                                  r"سيدة|رجل|مدني|مواطن|صحفي|صحفية|مصور|إعلامي))(?![" + _AR + r"])[^.؛]{0,80}?ضحية\s+"
                                  r"(?:قصف|غارة|غارات|هجوم)[^.؛]{0,60}?(?:على|في)\s+(?:قرية|بلدة|مدينة|حي|مخيم)\s")
# One named victim among a report's documented, and the facility he died in: "ومن بين الضحايا الموثّقين في حمص، الرياضي
# “جهاد قصاب” لاعب نادي الكرامة ...، حيث قضى في سجن صيدنايا"
_NAMED_AMONG_DOCUMENTED_AR = re.compile(r"(?<![" + _AR + r"])و?من\s+بين\s+(?:الضحايا|القتلى)\s+(?:الموثقين|الموث\u0651قين)"
                                        r"[^.؛\d]{0,160}?[“\"«][^”\"»]{3,40}[”\"»][^.؛\d]{0,120}?(?<![" + _AR + r"])"
                                        r"(?:حيث\s+)?(?:قضى|قضت|توفي|توفيت)\s+(?:في|داخل)\s+(?:سجن|معتقل|فرع)\s")
# The toll of an attack named back, after the sentence that told it: "وأشار إلى أن القصف أسفر عن مقتل ستة مدنيين"
# (the attack first) or "وأدى القصف إلى مقتل ستة مدنيين" (the verb first)
_ATTACK_KIND_AR = r"(?:ال)(?:قصف|هجوم|غارة|غارات|استهداف|تفجير|انفجار)"
_ATTACK_TOLL_AR = re.compile(r"(?<![" + _AR + r"])و?(?:" + _ATTACK_KIND_AR + r"\s+(?:قد\s+)?(?:أسفر|أدى|تسبب)(?:ت)?|(?:أسفر|أدى|تسبب)(?:ت)?\s+"
                             + _ATTACK_KIND_AR + r")\s+(?:عن|إلى|الى|في|ب)\s*(?:مقتل|استشهاد|وفاة)\s+(?:ما\s+لا\s+يقل\s+عن\s+)?(?P<n>"
                             + NUMBER_AR + r")" + _SP_AR + r"(?P<noun>" + _PERSON + r")(?![" + _AR + "])")


# "على قرية خاضعة لسيطرة قوات المعارضة": a village the sentence does not name, only whose control it is under
_UNNAMED_SETTLEMENT_AR = re.compile(r"(?:قرية|بلدة|مدينة|منطقة)\s+(?:خاضعة|تابعة|واقعة|تقع|تسيطر)(?![" + _AR + "])")


def _drop_unnamed_leads_ar(out: list) -> list:
    """A lead's incident at an unnamed village ("سبعة قتلى ... بغارة جوية ... على قرية خاضعة لسيطرة قوات المعارضة")
    retold with the village's name and the same toll and party ("7 قتلى ... جراء غارة جوية على قرية شنان"): one
    incident, the named one, which takes the lead's day when it had only a month, and its stated control
    (round 13, test batch, ar-2014-07-press-13; after its measurement)."""
    keep = []
    for inc in out:
        named = next((o for o in out if o is not inc and o.killed == inc.killed and o.perpetrator == inc.perpetrator
                      and o.place_text and not _UNNAMED_SETTLEMENT_AR.match(o.place_text)), None)
        if named is None or not (inc.place_text and _UNNAMED_SETTLEMENT_AR.match(inc.place_text)):
            keep.append(inc)
            continue
        if named.date_precision is DatePrecision.MONTH and inc.date_precision is DatePrecision.DAY \
                and (inc.date.year, inc.date.month) == (named.date.year, named.date.month):
            named.date, named.date_precision = inc.date, DatePrecision.DAY
        if named.stated_control is None and inc.stated_control is not None:
            # (the lead's "قرية خاضعة لسيطرة قوات المعارضة" states the control of the village it retells)
            named.stated_control, named.stated_control_text = inc.stated_control, inc.stated_control_text
    return keep


# A massacre's toll told after its narrative: "107 من القتلى هي الحصيلة الأولية لمجزرة الحولة"
# (round 12, test batch, ar-2012-05-massacre-12; written after its measurement)
_MASSACRE_TOLL_AR = re.compile(r"^\s*(?:و?(?:بلغت|وصلت)\s+)?(?:(?P<n>" + NUMBER_AR + r")\s+(?:من\s+)?(?:القتلى|الضحايا|الشهداء)"
                               r"\s+(?:هي|هو|هم\s+)?\s*)?(?:ال)?حصيلة\s+(?:ال)?(?:أولية\s+|الأولية\s+|النهائية\s+)?"
                               r"(?:ل|من\s+)?(?:ال)?مجزرة\s*(?P<name>[^\s،.؛\d]*)")


def _massacre_toll_after(following: list, chunk: str):
    """The sentence among ``following`` that gives the toll of the massacre ``chunk`` tells, and
    its match: the count first ("107 من القتلى هي الحصيلة الأولية لمجزرة الحولة"), the
    massacre named as the narrative names it (or not named). Another killing told first ends
    the search."""
    for x in following:
        m = _MASSACRE_TOLL_AR.search(x.text)
        if m and m.group("n") and (not m.group("name") or m.group("name") in chunk):
            return x, m
        if _VERB_EVENT_AR.search(x.text) or find_dates_ar(x.text):
            return None
    return None
