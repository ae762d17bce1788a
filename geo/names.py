"""Place-name normalisation for Arabic and for Latin transliterations.

Reports, datasets and the OCHA gazetteer write the same place many ways:
"Deir Ez-Zour", "Deir-ez-Zor", "Dayr az Zawr", "دير الزور". This module is the
one place that decides when two spellings are the same name. It offers two
keys of increasing tolerance:

``normalise(name)``
    A light form for exact comparison: case, accents, punctuation, articles
    and the common vowel spellings folded. Arabic is folded on hamza/alef
    forms, ta marbuta, alef maqsura, tatweel and diacritics.

``skeleton(name)``
    A consonant key that is the same for an Arabic name and its Latin
    transliterations: ``skeleton("كفر نوران") == skeleton("Kafr Nouran")``.
    It is lossy on purpose and is used to find candidates, which are then
    scored on the lighter forms.

Examples
--------
>>> normalise("Deir Ez-Zour") == normalise("Deir-ez-Zor")
True
>>> skeleton("Dayr az Zawr") == skeleton("Deir Ez-Zour") == skeleton("دير الزور")
True
>>> skeleton("Menbij") == skeleton("Manbij") == skeleton("منبج")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "is_arabic",
    "fold_arabic",
    "normalise",
    "skeleton",
    "tokens",
    "display_arabic",
    "word_forms",
    "APOSTROPHE_CHARS",
    "collapse",
    "rough_latin",
    "skeleton_variants",
]

_ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks.
_ARABIC_DIACRITICS = ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED))
_TATWEEL = "\u0640"

_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",  # Persian yeh
        "ې": "ي",
        "ک": "ك",  # keheh
        "ؤ": "و",
        "ئ": "ي",
        "ڤ": "ف",
        "گ": "ك",
        "پ": "ب",
        "چ": "ج",
    }
)
# The same fold with the diacritics and tatweel dropped in the same pass.
_ARABIC_UNMARK_FOLD = {**_ARABIC_FOLD, ord(_TATWEEL): None,
                       **{cp: None for lo, hi in _ARABIC_DIACRITICS for cp in range(lo, hi + 1)}}

# Arabic letters to a Latin consonant class, as transliterations write them.
# Letters that transliterations render as vowels (alef, waw, yeh, ayn, hamza,
# ta marbuta) map to nothing.
_ARABIC_TO_SKELETON = {
    # ث and ذ are both written "th" (and ذ "dh"): one class, T.
    "ب": "b", "ت": "t", "ث": "T", "ج": "j", "ح": "h", "خ": "K", "د": "d",
    "ذ": "T", "ر": "r", "ز": "z", "س": "s", "ش": "S", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "", "غ": "G", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "", "ي": "", "ا": "",
    "ء": "", "ة": "",
}

# Latin article forms that precede a word in transliterations ("al-Bab",
# "Deir ez-Zor", "Ras al-Ain", "ash-Shaddadi").
_LATIN_ARTICLES = {
    "al", "el", "il", "ul", "ar", "er", "as", "es", "ad", "ed", "at", "et",
    "az", "ez", "an", "en", "ash", "esh", "ath", "adh", "al'", "l",
}
# Words that begin with "al" but carry no article.
_NOT_ARTICLES = {"aleppo", "alawite", "alawites"}
# Words that describe a place's kind, not its name; dropped by ``core_words``.
PLACE_KIND_WORDS = {
    "village", "town", "city", "governorate", "province", "district",
    "subdistrict", "sub-district", "nahiya", "nahiyat", "area", "region",
    "neighborhood", "neighbourhood", "camp", "farm", "farms", "suburbs",
    "countryside", "rural", "markaz", "center", "centre",
}


def is_arabic(text: str) -> bool:
    """True when ``text`` contains Arabic letters.

    >>> is_arabic("منبج"), is_arabic("Manbij")
    (True, False)
    """
    return bool(_ARABIC_RE.search(text or ""))


def display_arabic(text: str) -> str:
    """Clean an Arabic name for display: drop tatweel runs and stray spaces.

    Some OCHA names stretch letters with tatweel ("حامـــو"); that is a
    typographic effect, not part of the name.

    >>> display_arabic("حامـــو")
    'حامو'
    """
    text = unicodedata.normalize("NFKC", text or "").replace(_TATWEEL, "")
    return " ".join(text.split())


def fold_arabic(text: str) -> str:
    """Fold Arabic spelling variants: diacritics, tatweel, hamza/alef forms,
    ta marbuta (to heh), alef maqsura (to yeh), Persian letters.

    >>> fold_arabic("إدلب") == fold_arabic("ادلب")
    True
    >>> fold_arabic("حماة") == fold_arabic("حماه")
    True
    """
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate(_ARABIC_UNMARK_FOLD)
    text = _NOT_ARABIC_WORD.sub(" ", text)
    return " ".join(text.split())


_NOT_ARABIC_WORD = re.compile(r"[^\u0600-\u06FF0-9 ]+")


def _arabic_table(letters: dict[str, str]) -> dict[int, str | None]:
    """A ``str.translate`` table over the letters ``fold_arabic`` leaves (the Arabic block,
    digits): each letter to its class in ``letters``, a digit kept, anything else dropped.
    One C pass instead of a dictionary look-up per letter in Python."""
    table: dict[int, str | None] = {ord(" "): None}
    for cp in range(0x0600, 0x0700):
        c = chr(cp)
        if c in letters:
            table[cp] = letters[c] or None
        elif not c.isdigit():
            table[cp] = None
    return table


_ARABIC_SKELETON_TABLE = _arabic_table(_ARABIC_TO_SKELETON)


def _strip_arabic_article(word: str) -> str:
    for prefix in ("وال", "بال", "لل", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix):]
    return word


# Latin letters with no decomposition to a base letter, as written in Turkish and
# Kurdish transliterations ("Qamışlı", "Əs-Sueveyda"): without this they split a word.
_LATIN_LETTERS = str.maketrans({"ı": "i", "ə": "e", "Ə": "e", "ł": "l", "Ł": "l", "ø": "o",
                                "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae"})


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text  # (ASCII has no accents and is its own NFKD form)
    decomposed = unicodedata.normalize("NFKD", text.translate(_LATIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Every mark SNHR and the gazetteers write for an apostrophe, hamza or ayn ("Dar'a",
# "Ya‘rubiyah", "Ma`arrat"): one class, shared with the geocoder's tokenizer.
APOSTROPHE_CHARS = "\u2018\u2019\u02BC\u02BB\u02BE\u02BF\u0060\u00B4'"
_APOSTROPHES = re.compile(f"[{APOSTROPHE_CHARS}]")


def _latin_words(text: str) -> list[str]:
    text = _strip_accents(text).lower()
    text = _APOSTROPHES.sub("", text)
    # "al-Bab", "Deir-ez-Zor", "Dar'a": hyphens and punctuation separate words.
    text = _NOT_LATIN_WORD.sub(" ", text)
    return text.split()


_NOT_LATIN_WORD = re.compile(r"[^a-z0-9]+")


def _fold_latin_word(word: str) -> str:
    # Common transliteration vowels: ou/oo -> u, ee/ie -> i, aa -> a, ei/ey/ai -> ay,
    # a final -eh/-ah/-e -> -a ("Hasakeh", "Hasakah", "Hasaka").
    word = word.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    word = word.replace("aa", "a").replace("ei", "ay").replace("ey", "ay")
    word = word.replace("o", "u")
    word = _DOUBLED.sub(_first_group, word)  # doubled letters
    # (the words are [a-z0-9]+: a final -eh/-ah by its end, not by a pattern compiled per call)
    if len(word) > 3 and word.endswith(("eh", "ah")):
        word = word[:-2] + "a"
    if word.endswith("ie"):
        word = word[:-1]
    return word.replace("ai", "ay")  # "Saida" = "Sayda", "Ain" = "Ayn"; after "-ie"


def _runs_article_in(w: str) -> bool:
    """Does ``w`` start with an article run into it ("Elbara", "Alhasakah", OCHA's "Eljoz")?"""
    if w in _NOT_ARTICLES:
        return False
    return (w[:2] in ("al", "el") and len(w) >= 6) or (w[:2] == "el" and len(w) == 5) \
        or w == "albu"


def _drop_latin_articles(words: list[str]) -> list[str]:
    out = []
    for i, w in enumerate(words):
        if w in _LATIN_ARTICLES and i + 1 < len(words):
            continue
        # A run-together article: "Elbara", "Alhasakah".
        if _runs_article_in(w):
            w = w[2:]
        out.append(w)
    return out


@lru_cache(maxsize=200_000)
def normalise(name: str) -> str:
    """The light comparison form of a place name (Arabic or Latin).

    >>> normalise("Al-Hasakeh"), normalise("Hasaka")
    ('hasaka', 'hasaka')
    >>> normalise("Idleb") == normalise("Idlib"), skeleton("Idleb") == skeleton("Idlib")
    (False, True)
    >>> normalise("الرقة") == normalise("رقه")
    True
    """
    if not name:
        return ""
    if is_arabic(name):
        words = [_strip_arabic_article(w) for w in fold_arabic(name).split()]
        return " ".join(w for w in words if w)
    words = _drop_latin_articles(_latin_words(name))
    return " ".join(_fold_latin_word(w) for w in words)


_LATIN_DIGRAPHS = [
    ("kh", "K"), ("sh", "S"), ("ch", "S"), ("gh", "G"), ("th", "T"),
    ("dh", "T"), ("dj", "j"), ("ph", "f"), ("ck", "k"), ("ts", "s"),
]
_LATIN_SKELETON = str.maketrans(
    {"q": "k", "c": "k", "v": "w", "g": "j", "p": "b", "x": "ks", "e": "", "a": "",
     "i": "", "o": "", "u": "", "y": "", "w": ""}
)


def _latin_skeleton_word(word: str) -> str:
    for a, b in _LATIN_DIGRAPHS:
        word = word.replace(a, b)
    # A word-final h is ta marbuta or a vowel mark ("Hamah", "Raqqah").
    if len(word) > 2 and word.endswith("h"):
        word = word[:-1]
    return word.translate(_LATIN_SKELETON)


def _arabic_skeleton_word(word: str) -> str:
    word = _strip_arabic_article(word)
    if len(word) > 2 and word.endswith("ه"):  # folded ta marbuta
        word = word[:-1]
    return word.translate(_ARABIC_SKELETON_TABLE)


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """A consonant key shared by an Arabic name and its transliterations.

    Spaces are removed, so run-together words ("KafrNouran") match too.
    Doubled consonants collapse and ``g`` reads as ``j`` (Egyptian-style
    transliterations).

    >>> skeleton("Kafr Nouran") == skeleton("كفر نوران") == skeleton("KafrNouran")
    True
    >>> skeleton("Tishreen") == skeleton("Tishrine") == skeleton("تشرين")
    True
    """
    if not name:
        return ""
    if is_arabic(name):
        parts = [_arabic_skeleton_word(w) for w in fold_arabic(name).split()]
    else:
        words = _drop_latin_articles(_latin_words(name))
        parts = [_latin_skeleton_word(w) for w in words]
    key = "".join(parts)
    return _DOUBLED.sub(_first_group, key)


def tokens(name: str) -> list[str]:
    """The normalised words of a name.

    >>> tokens("Deir Ez-Zour governorate")
    ['dayr', 'zur', 'guvernurate']
    """
    return normalise(name).split()


def core_words(name: str) -> str:
    """The normalised name without words that only say what kind of place it is.

    >>> core_words("Manbij city")
    'manbij'
    """
    kept = [w for w in normalise(name).split() if w not in PLACE_KIND_WORDS]
    return " ".join(kept)


@lru_cache(maxsize=200_000)
def collapse(key: str) -> str:
    """Collapse doubled letters, as ``skeleton`` does after joining its words.

    >>> collapse("kfrnnrn")
    'kfrnrn'
    """
    return _DOUBLED.sub(_first_group, key)


_DOUBLED = re.compile(r"(.)\1+")


def _first_group(match: re.Match) -> str:
    """A match's first group: the replacement r"\\1" without the template ``re`` compiles
    again on every ``sub`` call (a third of the time of a short word's sub)."""
    return match.group(1)


@lru_cache(maxsize=200_000)
def word_forms(word: str) -> tuple[str, str, bool]:
    """``(normalised, skeleton, is_article)`` of ONE word as it is treated inside a name.

    The geocoder joins these per-word forms over windows of a sentence
    instead of normalising every window from scratch: for a window that
    does not end in an article, ``" ".join`` of the normalised forms of its
    non-article words equals ``normalise(window)``, and ``collapse`` of the
    joined skeletons equals ``skeleton(window)``.

    >>> word_forms("al"), word_forms("Nouran")
    (('', '', True), ('nuran', 'nrn', False))
    >>> word_forms("مدينة")
    ('مدينه', 'mdn', False)
    """
    if not word:
        return "", "", False
    if is_arabic(word):
        folded = fold_arabic(word).replace(" ", "")
        return _strip_arabic_article(folded), _arabic_skeleton_word(folded), False
    words = _latin_words(word)
    if not words:
        return "", "", False
    w = "".join(words)
    if w in _LATIN_ARTICLES:
        return "", "", True
    if _runs_article_in(w):
        w = w[2:]
    return _fold_latin_word(w), _latin_skeleton_word(w), False


_ARABIC_ROUGH = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d",
    "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "",
    "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "a", "و": "u",
    "ي": "i", "ء": "",
}
_ARABIC_ROUGH_TABLE = _arabic_table(_ARABIC_ROUGH)
_LATIN_ROUGH = str.maketrans({"e": "a", "y": "i", "w": "u", "o": "u", "q": "k", "g": "j",
                              "x": "k", " ": ""})


@lru_cache(maxsize=200_000)
def rough_latin(name: str) -> str:
    """A rough Latin spelling WITH vowels, the same for Arabic and Latin forms.

    Used to tell apart places whose consonant skeletons are equal: Arabic long
    vowels are written (alef -> a, waw -> u, yeh -> i), so "al-Lataminah" is
    nearer "اللطامنة" (``ltamna``) than "لطمين" (``ltmin``).

    >>> rough_latin("اللطامنة"), rough_latin("al-Lataminah")
    ('ltamna', 'latamina')
    """
    if not name:
        return ""
    if is_arabic(name):
        words = [_strip_arabic_article(w) for w in fold_arabic(name).split()]
        out = "".join(words).translate(_ARABIC_ROUGH_TABLE)
    else:
        out = normalise(name).replace("kh", "k").replace("sh", "s").replace("gh", "g")
        out = out.replace("th", "t").replace("dh", "d").translate(_LATIN_ROUGH)
    return _DOUBLED.sub(_first_group, out)


def skeleton_variants(name: str) -> set[str]:
    """Every consonant key ``name`` may be written with; ``skeleton(name)`` among them.

    An Arabic ta marbuta that ends a word inside a name (construct state) is
    pronounced "t" and most transliterations write it: "خربة الجوز" is
    "Khirbet al-Joz", "معرة النعمان" is "Maarat al-Numan"; others drop it
    ("Sayyida Zaynab"). The gazetteer indexes both forms.

    >>> skeleton("Khirbet al-Joz") in skeleton_variants("خربة الجوز")
    True
    """
    keys = {skeleton(name)}
    if name and is_arabic(name):
        words = fold_arabic(name).split()
        if len(words) > 1 and any(w.endswith("ه") and len(w) > 2 for w in words[:-1]):
            parts = [_arabic_skeleton_word(w) + ("t" if k < len(words) - 1 and w.endswith("ه")
                                                 and len(w) > 2 else "")
                     for k, w in enumerate(words)]
            keys.add(_DOUBLED.sub(_first_group, "".join(parts)))
    return keys
