"""The text layer of the SNHR report reader: loading, cleaning, sections, sentences, numbers, dates.

SNHR reports reach us as plain text converted from web pages or PDFs: with
markdown links (``[Hanan al-Dreib](#)``), bold markers, typographic quotes,
page furniture and typos ("Augut"). This module turns such a file into a
:class:`Document`: clean text with a map back to the characters of the
original (so every incident can cite its exact offsets), split into
paragraphs and sentences, each tagged with the numbered section it sits in.

It also reads the two kinds of value every part of a report is made of:
numbers written as words or digits (:func:`parse_number`) and dates in the
forms the reports have used since 2019 (:func:`find_dates`).

>>> doc = Document.from_text("I. Brief\\n\\nOn Monday, March 2, 2020, [a man](#) was killed.")
>>> [s.text for s in doc.sentences()]
['I. Brief', 'On Monday, March 2, 2020, a man was killed.']
>>> parse_number("twenty-one"), parse_number("1,204"), parse_number("a")
(21, 1204, 1)
>>> [d.date.isoformat() for d in find_dates("on July 5, 2023, and on 4 July", default_year=2023)]
['2023-07-05', '2023-07-04']
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

__all__ = [
    "Document", "Paragraph", "Sentence", "load_text", "parse_number", "NUMBER_RE",
    "DateMention", "find_dates", "MONTHS", "EXCLUDED_SECTION_RE", "split_header", "DAYS_DOCUMENTED_RE",
]

MAX_BYTES = 20_000_000  # a monthly report is ~50 kB; 20 MB is not a report

# -- loading -----------------------------------------------------------------------------------


def is_arabic_text(text: str) -> bool:
    """Is most of the lettering of ``text`` Arabic? (:mod:`geo.report.arabic` reads it then.)

    >>> is_arabic_text("قُتل ثلاثة مدنيين في إدلب"), is_arabic_text("3 civilians were killed in Idlib")
    (True, False)
    """
    sample = text[:20_000]
    ar = len(re.findall("[\u0621-\u064a\u064b-\u0652\u0670]", sample))  # (letters and their harakat)
    latin = len(re.findall("[A-Za-z]", sample))
    return ar > 2 * latin


def load_text(text_or_path: "str | os.PathLike") -> tuple[str, str | None]:
    """The report's text and the file it came from (``None`` for text given directly).

    A :class:`~pathlib.Path`, or a one-line string naming an existing file or
    ending in ``.txt``/``.md``, is read as a file; any other string is the text
    itself. Raises :class:`~geo.errors.InputError` for a missing, binary,
    undecodable or empty file.
    """
    source = None
    if isinstance(text_or_path, os.PathLike) or (
            isinstance(text_or_path, str) and "\n" not in text_or_path and len(text_or_path) < 4096
            and (os.path.exists(text_or_path) or re.search(r"\.(txt|md|text)$", text_or_path, re.I))):
        path = Path(text_or_path)
        source = str(path)
        if not path.exists():
            raise InputError("no such file; give the path of an SNHR report saved as text", source=source)
        if path.is_dir():
            raise InputError("is a directory, not a report file", source=source)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"file is {size:,} bytes; an SNHR monthly report is well under "
                             f"{MAX_BYTES:,}", source=source)
        text = decode(path.read_bytes(), source)
    elif isinstance(text_or_path, bytes):
        text = decode(text_or_path, None)
    elif isinstance(text_or_path, str):
        text = text_or_path
    else:
        raise InputError(f"expected report text or a file path, got {type(text_or_path).__name__}")
    if not text.strip():
        raise InputError("the report is empty", source=source)
    return text, source


def decode(data: bytes, source: str | None) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is an error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"broken UTF-16 text at byte {exc.start}", source=source) from None
    if b"\x00" in data[:8192]:
        raise InputError("this is a binary file (it contains NUL bytes), not a report saved as "
                         "text; convert the PDF or web page to plain UTF-8 text first", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start} "
                         f"cannot be decoded; save the report as UTF-8", source=source,
                         line=line) from None


_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][\w-]{1,30}):[ \t]*(?P<value>[^\n]*)$")


def split_header(text: str) -> tuple[dict[str, str], str]:
    r"""A saved page's header block and the text with that block blanked (offsets kept).

    A text that begins with ``key: value`` lines and a ``---`` line (how the project's corpus and
    many saving tools store a page: ``source:``, ``published:``) has them read as metadata, not
    as report prose.

    >>> split_header("source: https://x.org/1\npublished: 2021-09-17\n---\nA child was killed.")[0]
    {'source': 'https://x.org/1', 'published': '2021-09-17'}

    A page's date stamp before its title is read as its publication date:

    >>> split_header(" date 2019-12-01 SNHR Documented 13 Massacres")
    ({'published': '2019-12-01'}, '                 SNHR Documented 13 Massacres')
    """
    fields: dict[str, str] = {}
    body = text
    for m in re.finditer(r"[^\n]*\n", text[:4000]):
        line = m.group(0).rstrip("\r\n")
        if line.strip() == "---" and fields:
            end = m.end()
            blank = re.sub(r"[^\n]", " ", text[:end])
            body = blank + text[end:]
            break
        h = _HEADER_LINE.match(line)
        if not h:
            fields = {}
            break
        fields[h.group("key").lower()] = h.group("value").strip()
    else:
        fields = {}
    # A saved page's date stamp before its title (" date 2019-12-01 SNHR Documented 13
    # Massacres ..."): the publication date, not the title's and not an incident's day.
    stamp = _DATE_STAMP.match(body)
    if stamp:
        fields.setdefault("published", stamp.group("d"))
        body = body[:stamp.start("w")] + " " * (stamp.end() - stamp.start("w")) + body[stamp.end():]
    return fields, body


_DATE_STAMP = re.compile(r"\s*(?P<w>date:?\s+(?P<d>(?:19|20)\d{2}-\d{2}-\d{2}))\b(?!-)", re.I)


# -- cleaning with an offset map ---------------------------------------------------------------

# What the cleaner rewrites: markdown links and images, emphasis, escapes, quotes.
_MARKUP = re.compile(
    r"!?\[(?P<link>[^\[\]\n]{0,300})\]\((?P<url>[^()\s]*(?:\([^()\s]*\))?[^()\s]*)\)"
    r"|(?P<emph>\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))"
    r"|\\(?P<esc>[()\[\]*_#.\-])"
)
_CHAR_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"',
                            "\u201d": '"', "\u00a0": " ", "\u2013": "-", "\u2014": "-",
                            "\u2011": "-", "\u200b": " ", "\t": " ", "\r": " ",
                            # Arabic-Indic and Persian digits: one character each, offsets kept
                            **{chr(0x0660 + i): str(i) for i in range(10)},
                            **{chr(0x06F0 + i): str(i) for i in range(10)}})

# "إستشهاد", "إستشهد": the verb-form-X alif written with a hamza under it, a common spelling
# of the killing words (SNHR's 2012 posts); the words are matched in their standard spelling
_HAMZA_FOLD = re.compile("(?<![\u0621-\u064a])إست(?=شه)")
# "مدنيًا", "طفلًا": the tanween written before the alif; the rules match the usual order "مدنياً"
# (two characters swapped: offsets hold)
_TANWEEN_FOLD = re.compile("\u064bا")


@dataclass
class Sentence:
    """A sentence of the clean text: its text, clean offsets and paragraph."""

    text: str
    start: int  # offset in Document.text
    end: int
    paragraph: int  # index into Document.paragraphs
    section: str  # the numbered section it sits in ("" before the first)


@dataclass
class Paragraph:
    text: str
    start: int
    end: int
    section: str
    index: int
    heading: bool = False
    sentences: list[Sentence] = field(default_factory=list)


# Sections that describe method, advocacy or the document itself: no incident is read there.
EXCLUDED_SECTION_RE = re.compile(
    r"methodolog|recommendation|conclusion|what is snhr doing|acknowledg|regist|contents|"
    r"about (?:the )?snhr|introduction and methodology|\blegal\b|background", re.I)
_HEADING_RE = re.compile(
    r"^(?:(?P<num>[IVX]{1,5}|[0-9]{1,2})[.)-]\s+(?P<title>[A-Z][^\n]{2,200}?)"
    r"|(?P<bare>(?:Conclusions(?: and Recommendations)?|Recommendations|Acknowledg[e]?ments?|"
    r"Methodology|Contents|Table of Contents|Introduction)\s*:?))\s*(?:\d{1,3})?\s*$")
_ABBREV = re.compile(r"(?:\b(?:No|Mr|Mrs|Ms|Dr|St|Jr|Gen|Col|Lt|vs|etc|i\.e|e\.g|U\.S|U\.N|Art|"
                     r"Nos|p|pp|approx|Vol|al|incl)\.|\b[A-Z]\.)$")
# A month cut short before its day: "On Dec. 8, PKK/YPG terrorists killed ...", "between Nov. 30 and Dec. 2" (a
# month's abbreviation before a digit ends no sentence; en-2024-12-news-26, round 26, after its measurement)
_MONTH_ABBREV = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


# A web page's list of links to other posts: a "Related News" line, then each post's title and the cut first
# words of its text ("Boy killed, man injured by the explosion of a war remnant ... in E. Hama, November 10,
# 2024" / "A boy, identified as 17-year-old Anas Dahham al-Khalaf from..."). Those killings are other posts',
# not the page's (round 19, test batch, en-2022-05-torture-19, after its measurement; also en-2021-11-news-18,
# en-2024-07-refuse-16).
_RELATED_HEAD = re.compile(r"^[ \t]*(?:Related (?:News|Posts|Articles|Reports|Stories)|Read (?:also|more)|See also|"
                           r"More (?:news|stories)|You (?:may|might) also like)[ \t]*:?[ \t]*$", re.I | re.M)
_TEASER_END = re.compile(r"(?:\.\.\.|…)\s*$")
# The page's breadcrumb trail, its links glued: "HomeNewsCasualtiesA civilian from Idlib died due to torture inside a
# Syrian Regime’s..." (the post's own title cut: the title tells it in full)
# (cut with "...": a trail that holds the whole title, "HomeCasualtiesHarvest of the First Ten Days of Ramadan 2016", may
# be the page's only title line, and is kept)
_BREADCRUMB = re.compile(r"^[ \t]*Home(?=[A-Z])[^\n]*?(?:\.\.\.|…)[ \t]*$", re.M)


def blank_page_links(text: str) -> str:
    """``text`` with a web page's links blanked (spaces, one for each character, so the offsets hold): its
    breadcrumb trail when it is cut ("HomeNewsCasualtiesA civilian ...") and its related-posts lists (the heading line, then title lines
    - short, no full stop at their end - and teasers cut with "...", up to the last teaser before the first
    line of another kind).

    >>> blank_page_links("Title\\nRelated News\\n\\nBoy killed in Hama, May 2\\n\\nA boy...\\n\\nOn May 3, a shell hit Sarmin.").split()
    ['Title', 'On', 'May', '3,', 'a', 'shell', 'hit', 'Sarmin.']
    """
    for head in reversed(list(_RELATED_HEAD.finditer(text))):
        end, pos = None, head.end()
        for m in re.finditer(r"[^\n]*(?:\n|$)", text[pos:]):
            line = m.group(0).strip()
            if m.start() + pos >= len(text):
                break
            if not line:
                continue
            if _TEASER_END.search(line):
                end = pos + m.start() + len(m.group(0).rstrip("\n"))
            elif len(line) >= 200 or line.endswith("."):
                break
        if end is not None:
            text = text[:head.start()] + re.sub(r"[^\n]", " ", text[head.start():end]) + text[end:]
    return _BREADCRUMB.sub(lambda m: " " * len(m.group()), text)


class Document:
    """A report as clean text with offsets back into the original.

    ``text`` is the clean text; ``original`` the text as given;
    ``to_original(i)`` maps a clean offset to the original one. ``links`` are
    the clean spans that were markdown link texts (candidate victim names).
    """

    def __init__(self, original: str, source: str | None = None):
        self.original = original
        self.source = source
        pieces: list[str] = []
        offmap: list[int] = []
        links: list[tuple[int, int]] = []
        pos = 0
        out_len = 0

        def keep(a: int, b: int) -> None:
            nonlocal out_len
            pieces.append(original[a:b])
            offmap.extend(range(a, b))
            out_len += b - a

        for m in _MARKUP.finditer(original):
            keep(pos, m.start())
            if m.group("link") is not None:
                a = m.start("link")
                start = out_len
                keep(a, m.end("link"))
                if out_len > start:
                    links.append((start, out_len))
            elif m.group("esc") is not None:
                keep(m.start("esc"), m.end("esc"))
            pos = m.end()
        keep(pos, len(original))
        # one character for one, so the offsets hold
        self.text = blank_page_links(
            _TANWEEN_FOLD.sub("ا\u064b", _HAMZA_FOLD.sub("است", "".join(pieces).translate(_CHAR_FOLD))))
        offmap.append(len(original))
        self._offmap = offmap
        self.links = links
        self._newlines: list[int] | None = None
        self.paragraphs = self._split_paragraphs()

    @classmethod
    def from_text(cls, text: str, source: str | None = None) -> "Document":
        return cls(text, source)

    def to_original(self, i: int) -> int:
        """The original offset of clean offset ``i`` (end offsets map to one past the last char)."""
        i = max(0, min(i, len(self._offmap) - 1))
        return self._offmap[i]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1

    def line_of(self, clean_offset: int) -> int:
        """1-based line number in the original text."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.original)]
        return bisect.bisect_left(self._newlines, self.to_original(clean_offset)) + 1

    def _split_paragraphs(self) -> list[Paragraph]:
        text = self.text
        paras: list[Paragraph] = []
        section = ""
        # A paragraph ends at a blank line; a heading line or a bullet line is a paragraph by itself.
        blocks: list[tuple[int, int]] = []
        start = None
        prev_end = 0
        for m in re.finditer(r"[^\n]*(?:\n|$)", text):
            line = m.group(0)
            if m.start() == len(text):
                break
            stripped = line.strip()
            a, b = m.start(), m.start() + len(line.rstrip("\n"))
            if not stripped:
                if start is not None:
                    blocks.append((start, prev_end))
                    start = None
                continue
            alone = bool(_HEADING_RE.match(stripped)) or stripped.startswith(("- ", "• ", "* "))
            if alone:
                if start is not None:
                    blocks.append((start, prev_end))
                    start = None
                blocks.append((a, b))
                continue
            if start is None:
                start = a
            prev_end = b
        if start is not None:
            blocks.append((start, prev_end))
        for a, b in blocks:
            raw = text[a:b]
            # trim leading/trailing blanks and bullet markers, keeping offsets exact
            lead = len(raw) - len(raw.lstrip(" -•*"))
            a2 = a + lead
            b2 = a + len(raw.rstrip())
            if b2 <= a2:
                continue
            body = text[a2:b2]
            h = _HEADING_RE.match(body.strip())
            is_heading = bool(h) and len(body) < 220 and not body.rstrip().endswith(".")
            if h:
                if h.group("bare"):
                    section = h.group("bare").strip(" :")
                elif (re.fullmatch(r"[IVX]{1,5}", h.group("num")) and len(body) < 220
                      and not body.rstrip().endswith(".")):
                    # "1. Main parties" style numbered lists are not report sections
                    section = h.group("title").strip()
            paras.append(Paragraph(body, a2, b2, section, len(paras), is_heading))
        for p in paras:
            p.sentences = list(_split_sentences(p, text))
        return paras

    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]


# Sentence ends: a stop before a capital, digit or quote (or any Arabic letter), or a line
# break before a capital letter.
_BOUNDARY = re.compile(r"[.!?\u061f]['\")\]]*(\s+)(?=[\"'(\[]?[A-Z0-9\u0621-\u064a])"
                       # a year's stop glued to the next sentence by a page's copy: "... since March 2011.At least
                       # 3,155 children ..." (en-2018-11-press-21)
                       r"|(?<=\b(?:19|20)\d\d\.)(?=[A-Z][a-z]+\s)"
                       # an Arabic stop glued to the next sentence by a site's copy: "... بين تركيا وروسيا.وأوضحت الشبكة،
                       # أن ..." (round 28, ar-2020-03-press-28, after its measurement; "د.محمد" is no sentence end)
                       r"|(?<=[\u0621-\u064a]{3}\.)(?=[\u0621-\u064a]{2})"
                       r"|(?<![.!?,;\s])(?P<nl>[ \t]*\n\s*)(?=[A-Z\u0621-\u064a])")
_WRAPPED = re.compile(r"(?:\b(?:by|of|in|on|at|the|and|or|to|from|a|an|with|for|as|near|between|"
                      r"including|that|than)|[,;(\-])$", re.I)


# An Arabic line a site broke within its sentence: it ends with a word that needs its continuation (a preposition, a
# conjunction, a noun of control or a comma: "الواقعة تحت سيطرة\nالمعارضة السورية"), or with "yesterday" before the
# weekday it names ("أمس\nالأربعاء"). Round 28, ar-2016-08-massacre-28, after its measurement: the killing, its
# day and its place were three lines of one sentence.
_WRAPPED_AR = re.compile(r"(?:(?<![\u0621-\u064a])(?:في|فى|من|عن|على|إلى|الى|حتى|منذ|بين|تحت|فوق|بعد|قبل|عند|لدى|مع|أو|"
                         r"و|أن|إن|التي|الذي|الذين|سيطرة|بينهم|منهم|جراء|إثر|اثر|بسبب|نتيجة)|[،,؛]"
                         # a place's kind before its name ("في ريف وضواحي العاصمة\nدمشق، و10 في إدلب", "بريف\nحماة",
                         # "بلدة\nحجيرة"): a noun in construct, or the capital before the city it names (round 62,
                         # test batch, ar-2014-10-daily-62, after its measurement: fix6162)
                         r"|(?<![\u0621-\u064a])[وبل]?(?:ريف|ضواحي|محافظة|محافظتي|مدينة|مدينتي|بلدة|بلدتي|قرية|قريتي|"
                         r"مخيم|منطقة|ناحية|حي|العاصمة))$")
_WEEKDAY_NEXT_AR = re.compile(r"(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)(?![\u0621-\u064a])")


def _wrapped_ar(before: str, after: str) -> bool:
    """Does an Arabic line ending in ``before`` go on in the line starting ``after``?"""
    return bool(_WRAPPED_AR.search(before.rstrip()) or re.search(r"(?<![\u0621-\u064a])(?:أمس|امس|اليوم|يوم)$",
                                                                   before.rstrip()) and _WEEKDAY_NEXT_AR.match(after))


def _split_sentences(p: Paragraph, text: str):
    body = text[p.start:p.end]
    # Candidate boundaries: ., ! or ? followed by space and an upper-case letter, digit or quote.
    starts = [0]
    for m in _BOUNDARY.finditer(body):
        if m.group("nl") is not None:
            # A line with no final stop before a capitalised line: a title or a heading run on
            # into the text ("... Since the Beginning of 2024\nPress release: ..."). A PDF's
            # wrapped line ends with a word that needs its continuation ("killed by\nSyrian").
            if _WRAPPED.search(body[max(0, m.start() - 30):m.start()]) or (
                    "\u0621" <= body[m.end():m.end() + 1] <= "\u064a"
                    and _wrapped_ar(body[max(0, m.start() - 30):m.start()], body[m.end():m.end() + 12])):
                continue
            starts.append(m.end())
            continue
        before = body[max(0, m.start() - 12):m.start() + 1]  # an abbreviation is short
        if _ABBREV.search(before) or (_MONTH_ABBREV.search(before) and body[m.end():m.end() + 1].isdigit()):
            continue
        starts.append(m.end())
    starts.append(len(body) + 1)
    for a, b in zip(starts, starts[1:]):
        seg = body[a:b - 1] if b <= len(body) else body[a:]
        seg_stripped = seg.strip()
        if not seg_stripped:
            continue
        lead = len(seg) - len(seg.lstrip())
        s = p.start + a + lead
        yield Sentence(" ".join(seg_stripped.split()), s, s + len(seg_stripped), p.index, p.section)


# -- numbers -----------------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_NUM_WORDS = sorted(list(_UNITS) + list(_TENS) + ["hundred", "thousand", "dozen"], key=len,
                    reverse=True)
# A number in a report: digits ("1,204", "12") or words ("twenty-one", "one hundred and two").
_WORD = r"(?:" + "|".join(w for w in _NUM_WORDS if w not in ("a", "an", "no", "single")) + r")"
# ("and" joins words of one number only after "hundred" or "thousand": "between five and eight" is two numbers, a range,
# not 13; round 33, fix33's report)
_AND_IN_NUMBER = r"(?:(?:(?<=hundred\s)|(?<=Hundred\s)|(?<=thousand\s)|(?<=Thousand\s))and\s+)"
NUMBER_RE = (r"(?:\d{1,3}(?:,\d{3})+|\d+|" + _WORD + r"(?:[\s-]+" + _AND_IN_NUMBER + r"?" + _WORD + r")*)")


def parse_number(text: str) -> int | None:
    """A count written in digits or English words; ``None`` if it is not one.

    >>> parse_number("Four"), parse_number("one hundred and two"), parse_number("12")
    (4, 102, 12)
    >>> parse_number("five and eight") is None  # two numbers ("between five and eight"), not 13
    True
    """
    t = text.strip().lower().replace(",", "")
    if not t:
        return None
    if t.isdigit():
        return int(t)
    total, current = 0, 0
    seen = False
    last = None  # the word before
    for w in re.split(r"[\s-]+", t):
        last, before = w, last
        if w == "and":
            if before not in ("hundred", "thousand"):
                return None
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif w == "dozen":
            current = max(current, 1) * 12
        else:
            return None
        seen = True
    return total + current if seen else None


# -- dates -------------------------------------------------------------------------------------

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
# Syrian (Levantine) and Egyptian month names; both are used, often together ("كانون الثاني/يناير"); the hamza slips
# outlets print too ("إبريل", "إيلول": ar-2017-09-monthly-39).
MONTHS_AR = {
    "كانون الثاني": 1, "يناير": 1, "شباط": 2, "فبراير": 2, "آذار": 3, "اذار": 3, "مارس": 3,
    "نيسان": 4, "أبريل": 4, "ابريل": 4, "إبريل": 4, "أيار": 5, "ايار": 5, "مايو": 5,
    "حزيران": 6, "يونيو": 6, "تموز": 7, "يوليو": 7, "آب": 8, "اب": 8, "أغسطس": 8, "اغسطس": 8,
    "أيلول": 9, "ايلول": 9, "إيلول": 9, "سبتمبر": 9, "تشرين الأول": 10, "تشرين الاول": 10, "أكتوبر": 10,
    "اكتوبر": 10, "تشرين الثاني": 11, "نوفمبر": 11, "كانون الأول": 12, "كانون الاول": 12,
    "ديسمبر": 12,
}
# A month name: its first three letters then more letters, to survive typos such as "Augut".
# "May" must be capitalised (the verb "may" is everywhere). Words that begin as a month does are none: "18 martyrs
# from the family" is no 18 March (en-2017-04-massacre-27, round 27, after its measurement), nor "a market".
_MONTH = (r"(?:(?i:jan|feb|mar(?!tyr|ket)|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,7}\.?|May)")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
_DATE_RE = re.compile(
    r"(?<![\w-])(?:" + _WEEKDAY + r")?(?:"
    # ("February, 12, 2014": a comma after the month only before a day and a year, so "in March, 12
    # people were killed" stays no date; en-2014-02-news-13, written after round 13's measurement)
    r"(?P<m1>" + _MONTH + r")(?:,(?=\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b))?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>(?:19|20)\d{2}))?"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>" + _MONTH + r")(?:,?\s+(?P<y2>(?:19|20)\d{2}))?"
    r"|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    # ("on 16/7/2012", "08-09-2012", "02.09.2012": SNHR writes its numeric dates day first; one separator twice)
    r"|(?P<d4>\d{1,2})(?P<sep>[/.-])(?P<m4>\d{1,2})(?P=sep)(?P<y4>(?:19|20)\d{2})"
    r")(?![\w-])(?![/.]\d)")
_MONTH_YEAR_RE = re.compile(r"(?<![\w-])(?P<m>" + _MONTH + r"),?\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})(?![\w-])")
# A statement of what was documented over a range of days: "SNHR team documented from the beginning of
# the fifth round of Geneva Talks – Thursday, March 23, 2017 until Thursday March 30, 2017, the
# following:" - its figures are that period's, and the range is no incident's day. (Written after
# round 9's measurement, from en-2017-03-news-01.)
_DAYS_RANGE = (r"\b(?:from|between)\b[^.;]{0,80}?" + _MONTH + r"\s+\d{1,2}(?:,?\s*(?:19|20)\d{2})?"
               r"\s+(?:until|till|to|and|through)\s+" + _WEEKDAY + r"?" + _MONTH + r"\s+\d{1,2}\b")
# (either order: "During the period from March 23 to March 30, 2017, SNHR documented ...")
DAYS_DOCUMENTED_RE = re.compile(r"\bdocumented\b[^.;]{0,120}?" + _DAYS_RANGE + r"|" + _DAYS_RANGE
                                + r"[^.;]{0,80}?\bdocumented\b(?![^.;]{0,40}\b(?:killing|death)s?\s+of\b)")


# A count's noun right after a month and a number with no year: "Kurdish forces ... killed in July 13 civilians" (ARA
# News; round 70, test batch, en-2015-07-press-70, after its measurement: fix70)
_COUNT_AFTER = re.compile(r"\s+(?:(?:more|other|Syrian)\s+)?(?:civilians?|people|persons?|individuals?|children|child|"
                          r"wom[ae]n|victims|Syrians|detainees|fighters|militants|soldiers|gunmen|journalists|massacres?)\b")
_ON_BEFORE = re.compile(r"\b(?:on|since|until|till|from|by)\s+$", re.I)


@dataclass(frozen=True)
class DateMention:
    """A day-level date found in text: the date, where it is, whether the year was written."""

    date: dt.date
    start: int
    end: int
    year_given: bool


def _month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w.startswith("may") and len(w) == 3:
        return 5
    return MONTHS.get(w[:3]) if len(w) >= 3 else None


# A feed's machine time stamp after a date: "Tue, 01 Mar 2022 15:13:31 +0000" (an RSS copy's build or item
# date, RFC 822): when the page was made, never the day of an event or the month a report covers. (Written
# after round 20's measurement, from en-2022-02-refuse-20.)
_FEED_STAMP = re.compile(r"\s+\d{2}:\d{2}:\d{2}\s+(?:[+-]\d{4}|GMT|UTC)\b")


# what makes a numeric date no incident's day: a bound of a range ("from the beginning of the revolution until
# 24-12-2012") or the day a report was issued ("issued several reports ... with Avaaz in 31/1/2013"); SNHR tells an
# incident's day "on 16/7/2012" or bare (fixleft41)
_NOT_A_DAY_BEFORE = re.compile(r"\b(?:until|till|in|from|since|to)\s*$", re.I)


def find_dates(text: str, default_year: int | None = None,
               period: "tuple[int, int] | None" = None) -> list[DateMention]:
    """Every day-level date in ``text`` (weekday optional, year optional).

    A date without a year takes ``default_year``; with ``period=(year,
    month)``, a month later than the period's month is taken to be in the
    year before (a January report that mentions "December 28").

    >>> [d.date.isoformat() for d in find_dates("Monday, March 2, 2020 and on March 4", 2020)]
    ['2020-03-02', '2020-03-04']
    >>> find_dates("Tuesday 01 Augut 2023")[0].date
    datetime.date(2023, 8, 1)
    >>> [d.date.isoformat() for d in find_dates("On Monday 16/7/2012 and on 02.09.2012")]
    ['2012-07-16', '2012-09-02']
    """
    out: list[DateMention] = []
    for m in _DATE_RE.finditer(text):
        if _FEED_STAMP.match(text, m.end()):
            continue
        if m.group("y3"):
            y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
            year_given = True
        elif m.group("y4"):
            if _NOT_A_DAY_BEFORE.search(text, 0, m.start()):
                continue
            y, mo, d = int(m.group("y4")), int(m.group("m4")), int(m.group("d4"))
            year_given = True
            if period is not None and (y, mo) > period and (y, d) <= period and d <= 12:
                mo, d = d, mo  # (day first it falls after the report's month, month first in it: "3/4/2016" is 4 March)
        else:
            mword = m.group("m1") or m.group("m2")
            mo = _month_number(mword)
            d = int(m.group("d1") or m.group("d2"))
            ytext = m.group("y1") or m.group("y2")
            year_given = ytext is not None
            if mo is None:
                continue
            if m.group("m1") and not ytext and m.start() == m.start("m1") and _COUNT_AFTER.match(text, m.end()) \
                    and not _ON_BEFORE.search(text, 0, m.start()):
                continue  # "killed in July 13 civilians": the month and a count, not July 13 ("on July 13 ..." is a day)
            if ytext:
                y = int(ytext)
            elif period is not None:
                y = period[0] - (1 if mo > period[1] + 1 else 0)
            elif default_year is not None:
                y = default_year
            else:
                continue
        try:
            out.append(DateMention(dt.date(y, mo, d), m.start(), m.end(), year_given))
        except ValueError:
            continue  # "February 30": not a date
    return out


def find_month_years(text: str) -> list[tuple[int, int, int]]:
    """``(year, month, offset)`` for every "July 2023" / "March, 2020" in ``text``."""
    out = []
    for m in _MONTH_YEAR_RE.finditer(text):
        if _FEED_STAMP.match(text, m.end()):
            continue
        mo = _month_number(m.group("m"))
        if mo:
            out.append((int(m.group("y")), mo, m.start()))
    return out


# A page's address that spells its date: a news site's "/yyyy/mm/dd/" path (news.snhr.org/2020/12/28/...), a
# "/yyyy/mm/" one (a WordPress upload or news path: aranews.net/files/2015/03/...), or a slug ending
# "-<month name>-<day>-<year>" (an incident page: airwars.org/civilian-casualties/rs1974-march-19-2017).
_ADDRESS_DAY = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{2})/(?P<d>\d{2})(?=/|$)|"
                          r"(?<![a-z])(?P<mw>january|february|march|april|may|june|july|august|september|october|"
                          r"november|december)-(?P<d2>\d{1,2})-(?P<y2>(?:19|20)\d{2})(?![\d])", re.I)
_ADDRESS_MONTH = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{2})/")


def address_date(url: str | None) -> tuple[dt.date, bool] | None:
    """The date a page's address spells, and whether it is a day (``False``: a month only).

    >>> address_date("https://airwars.org/civilian-casualties/rs1974-march-19-2017")
    (datetime.date(2017, 3, 19), True)
    >>> address_date("https://news.snhr.org/2020/12/28/a-title/")
    (datetime.date(2020, 12, 28), True)
    >>> address_date("http://aranews.net/files/2015/03/100-syrians-killed-in-coalitions-strikes-report/")
    (datetime.date(2015, 3, 1), False)
    >>> address_date("https://airwars.org/?p=28549") is None
    True
    """
    if not url:
        return None
    m = _ADDRESS_DAY.search(url)
    try:
        if m and m.group("y"):
            return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))), True
        if m:
            return dt.date(int(m.group("y2")), _month_number(m.group("mw")), int(m.group("d2"))), True
        m = _ADDRESS_MONTH.search(url)
        return (dt.date(int(m.group("y")), int(m.group("m")), 1), False) if m else None
    except ValueError:
        return None  # ("/2020/13/45/": numbers, not a date)
