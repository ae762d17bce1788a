"""NUMBER_AR, the pattern of an Arabic number in digits or words, matches exactly as the flat pattern it replaced,
and so does _COMPOUND_AR (issue 15, arspeed: the flat NUMBER_AR was 44,871 characters, compiled again in each of the
~50 patterns that hold it, 0.08-0.13 s each).

The old builder is kept here, frozen as it was on main, and built from today's word tables: for every spelled
number it accepted (each word of the tables; every "unit و tens"; every hundred, and every thousand, alone and with
each number below 1000 after "و"), written bare, with harakat, with tatweel and with spaces, and followed by a
word, a digit, a comma, "و" or the end of the text, both patterns give the same span, also when what follows
the number in a larger pattern makes it give back (a mark, a word). The same span is the same text, so the same
value (:func:`parse_number_ar` reads the matched text). And an English reading does not import the Arabic reader.
"""
import itertools
import os
import random
import re
import subprocess
import sys
from pathlib import Path

from geo.report import arabic
from geo.report.arabic import (_AND_AR, _AR, _HUNDREDS_AR, _MARKS_AR, _TEENS_AR, _TENS_AR, _THOUSANDS_AR,
                               _UNITS_AR, NUMBER_AR, parse_number_ar)


# -- the old builder, frozen (geo/report/arabic.py on main before arspeed) ------------------------------------

def _old_words(d: dict) -> str:
    """The words of ``d`` as an alternation, longest first, each letter allowed its harakat."""
    return "|".join(re.sub(r"(?<=[^ ])(?=.)|(?<=[^ ])$", lambda _m: _MARKS_AR, w).replace(" ", r"\s+")
                    for w in sorted(d, key=len, reverse=True))


_OLD_BELOW_100 = (r"(?:(?:" + _old_words(_UNITS_AR) + ")" + _AND_AR + "(?:" + _old_words(_TENS_AR) + ")|"
                  + _old_words({**_TEENS_AR, **_TENS_AR, **_UNITS_AR}) + ")")
_OLD_COMPOUND = (r"(?:(?:" + _old_words(_HUNDREDS_AR) + ")(?:" + _AND_AR + _OLD_BELOW_100 + ")?|(?:"
                 + _old_words(_UNITS_AR) + ")" + _AND_AR + "(?:" + _old_words(_TENS_AR) + "))")
# (with the one change made since: a thousand in words takes a rest in digits, "خمسة آلاف و43"; fixleft41)
_OLD_WORD_THOUSANDS = ("(?:" + _old_words(_THOUSANDS_AR) + r")(?![" + _AR + "])(?:" + _AND_AR + "(?:(?:" + _OLD_COMPOUND
                       + "|" + _OLD_BELOW_100 + r")(?![" + _AR + r"])|\d{1,3}(?![\d" + _AR + "])))?")
OLD_NUMBER_AR = (r"(?:\d{1,3}\s+(?:آلاف|ألفا|ألفاً|ألف)(?:\s+و\s*\d{1,3})?|\d{1,3}(?:,\d{3})+|\d+|"
                 + _OLD_WORD_THOUSANDS + "|" + _OLD_COMPOUND + "|" + _OLD_BELOW_100 + ")")

# what may follow the number inside a larger pattern: nothing; not a letter; a space and a noun; a mark (the
# number gives back its last mark); "و" and a digit (a thousand gives back its rest)
_AFTER = ("", r"(?![" + _AR + "])", r"\s+مدني", "[\u064b-\u0652]", r"\s+و\s*\d")
_FOLLOWERS = (" مدنياً", "3", "،", "", " و", " و12", "ين", "\u064c")


def _spellings(rng: random.Random, words: str) -> list[str]:
    """``words`` bare, with harakat on its letters (and a tanwin at its end), with tatweel, with wider spaces."""
    marks = itertools.cycle(["\u064e", "\u064f", "", "\u0650", "\u0651\u064e", ""][rng.randrange(6):] + ["\u064e"])
    marked = "".join(c + (next(marks) if c != " " else "") for c in words)
    return [words, marked + "\u064b", words[:2] + "\u0640" + words[2:] if len(words) > 2 and " " not in words[:3] else words,
            words.replace(" ", "  ")]


def _below_100() -> list[str]:
    return list({**_TEENS_AR, **_TENS_AR, **_UNITS_AR}) + [f"{u} و{t}" for u, t in itertools.product(_UNITS_AR, _TENS_AR)]


def _numbers(rng: random.Random) -> list[str]:
    below_100 = _below_100()
    below_1000 = list(_HUNDREDS_AR) + [f"{h} و{b}" for h, b in itertools.product(_HUNDREDS_AR, below_100)] + below_100
    out = list(_THOUSANDS_AR) + below_1000
    out += [f"{k} و{b}" for k in _THOUSANDS_AR for b in list(_HUNDREDS_AR) + below_100]
    # thousands, hundreds and the rest: a sample of the 2 million
    out += [f"{rng.choice(list(_THOUSANDS_AR))} و {rng.choice(list(_HUNDREDS_AR))} و{rng.choice(below_100)}"
            for _ in range(3000)]
    return out


def _same(old: re.Pattern, new: re.Pattern, texts: list[str]) -> None:
    for text in texts:
        a, b = old.match(text), new.match(text)
        assert (a and a.span()) == (b and b.span()), (text, old.pattern[-20:])


def test_the_number_pattern_matches_as_the_flat_one_on_every_spelled_number():
    rng = random.Random(15)
    numbers = _numbers(rng)
    assert len(numbers) > 80_000
    # every word and every "unit و tens" in each spelling and before each follower; the longer compounds in one
    # spelling and before one follower each (drawn, seeded)
    short = [w for w in numbers if w.count("و") + w.count(" ") <= 2]
    texts = [s + f for w in short for s in _spellings(rng, w) for f in _FOLLOWERS]
    longer = [rng.choice(_spellings(rng, w)) + rng.choice(_FOLLOWERS) for w in numbers]
    values = [parse_number_ar(w) for w in numbers[::20]]
    assert None not in values and len(set(values)) > 1000  # (numbers the reader reads, of many values)
    for k, after in enumerate(_AFTER):
        # (each of the longer ones with one of the patterns after it)
        _same(re.compile("(?P<n>" + OLD_NUMBER_AR + ")" + after), re.compile("(?P<n>" + NUMBER_AR + ")" + after),
              texts + longer[k::len(_AFTER)])
    # _COMPOUND_AR, read alone too (a count before its verb: "ثمانية وستين مدنياً فقدوا حياتهم")
    for k, after in enumerate(_AFTER[:3]):
        _same(re.compile(_OLD_COMPOUND + after), re.compile(arabic._COMPOUND_AR + after), texts[k::3] + longer[k::3])


def test_the_number_pattern_matches_as_the_flat_one_on_near_misses_and_digits():
    # a word cut short, a word run on into another, two words run together, the "و" with nothing after it, digits
    # and thousands in digits
    rng = random.Random(24)
    words = list(_THOUSANDS_AR) + list(_HUNDREDS_AR) + _below_100()
    texts = [w[:k] for w in words for k in range(1, len(w))] + [w + "ات" for w in words] + [w + " و" for w in words]
    texts += [w.replace(" ", "") for w in words if " " in w]  # ("ثلاثةعشر", "خمسةآلاف": run together)
    texts += ["16 ألف شخص", "41 ألفا و812", "4 آلاف و344 مدنياً", "1,234,567", "12", "ألف و", "ألفين وثلاثمئة وخمسة"]
    for after in _AFTER:
        _same(re.compile("(?P<n>" + OLD_NUMBER_AR + ")" + after), re.compile("(?P<n>" + NUMBER_AR + ")" + after),
              texts + [rng.choice(texts) + "ـ" for _ in range(200)])


def test_the_number_pattern_is_small():
    # (the flat one was 44,871 characters, its 'below 100' alternation in it four times)
    assert len(NUMBER_AR) < len(OLD_NUMBER_AR) // 2
    assert arabic._words({"ست": 6, "ستة": 6, "ستين": 60}).replace(_MARKS_AR, "") == "ست(?:ة|ين)?"


def test_an_english_reading_does_not_import_the_arabic_reader():
    # (its ~450 patterns take a second to compile: imported when the first Arabic text is read; a fresh interpreter,
    # for the test session has imported it long since)
    code = ("import sys\nfrom geo.report import read_report\n"
            "read_report('tests/corpus/snhr/texts/en-2024-08-press-01.txt')\n"
            "print(sorted(m for m in sys.modules if m.startswith('geo.report.arabic')))\n"
            "read_report('tests/corpus/snhr/texts/ar-2024-08-news-24.txt')\n"
            "print(sorted(m for m in sys.modules if m.startswith('geo.report.arabic')))\n")
    root = Path(__file__).resolve().parent.parent
    run = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(root)})
    english, arabic_too = run.stdout.splitlines()[-2:]
    assert english == "['geo.report.arabic_names']"
    assert arabic_too == "['geo.report.arabic', 'geo.report.arabic_names', 'geo.report.arabic_narration']"
