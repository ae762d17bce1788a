"""The report's own numbers and its metadata: what an SNHR monthly report says it counted.

Every monthly report states the month's totals (killed, children, women),
their split by party (main parties; "other parties" split into landmines,
gunfire, bombings and killings of unidentified source), deaths under torture,
massacres, and the deaths among Civil Defense, medical and media personnel.
They are said several times (title, summary, the death-toll section) and not
always the same way; :func:`read_tallies` prefers the death-toll section,
checks it against the title and the summary, and lists every disagreement in
``Tallies.discrepancies`` rather than silently choosing.

Year-to-date figures ("bringing the total ... since the beginning of 2023 to
23 victims", "raising the number of massacres ... to 14 massacres, as
follows:") are kept apart in ``Tallies.ytd``: they are not the month's.

>>> from geo.report.text import Document
>>> doc = Document("IV. Civilian Death Toll\\n\\nIn March 2020, SNHR documented the killing of 103 "
...                "civilians, including 21 children and 9 women.\\n\\n- Russian forces: 12 "
...                "civilians, including two children.")
>>> t = read_tallies(doc, (2020, 3))
>>> t.killed, t.children, t.women, t.by_party["RUSSIA"].killed
(103, 21, 9, 12)
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from .incidents import _OTHER_ORG, count_victims, many_attacks
from .monitors import _SNHR as _SNHR_NAMED_EN
from .places import place_phrases
from .text import (DAYS_DOCUMENTED_RE, EXCLUDED_SECTION_RE, NUMBER_RE, Document, address_date, find_dates,
                   find_month_years, parse_number)

__all__ = ["PartyTally", "Tallies", "ReportMeta", "read_tallies", "read_meta", "MAIN_PARTIES"]

MAIN_PARTIES = ("REGIME", "RUSSIA", "OPP_SNA", "SDF", "COALITION", "HTS", "ISIS")
OTHER_SPLIT = ("OTHER_LANDMINE", "OTHER_GUNFIRE", "OTHER_BOMBING", "OTHER_UNIDENTIFIED")


@dataclass
class PartyTally:
    code: str
    label: str
    killed: int | None
    children: int | None = None
    women: int | None = None
    line: int | None = None
    sentence: str = ""

    def to_dict(self) -> dict:
        return {"code": self.code, "label": self.label, "killed": self.killed,
                "children": self.children, "women": self.women, "line": self.line}


@dataclass
class Tallies:
    """The month's numbers as the report states them (``None``: the report does not say)."""

    killed: int | None = None
    children: int | None = None
    women: int | None = None
    torture: int | None = None
    massacres: int | None = None
    massacre_killed: int | None = None
    massacre_children: int | None = None
    massacre_women: int | None = None
    by_party: dict[str, PartyTally] = field(default_factory=dict)  # main parties and OTHER
    # The massacres' victims by party ("regime forces killed 95 people" in a massacres report):
    # a share of ``massacre_killed``, never the month's party figures.
    massacre_by_party: dict[str, PartyTally] = field(default_factory=dict)
    other_parties: dict[str, PartyTally] = field(default_factory=dict)  # OTHER's split
    torture_by_party: dict[str, int] = field(default_factory=dict)
    personnel: dict[str, int] = field(default_factory=dict)  # civil_defense, medical, media
    ytd: dict[str, int] = field(default_factory=dict)
    massacres_by_party_ytd: dict[str, int] = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)  # figure -> line it was read from
    sentences: dict[str, str] = field(default_factory=dict)  # figure -> the sentence it came from
    # Figures of another period than the month (a half-year, a year, since 2011, a campaign,
    # one day): kept apart as what they are, never read as the month's.
    other_totals: list[dict] = field(default_factory=list)
    discrepancies: list[str] = field(default_factory=list)

    def any_figure(self) -> bool:
        """Does the text state any death figure (the month's or another period's)?"""
        # (a month's media workers, medical or Civil Defense personnel killed is a death figure: SNHR's
        # monthly report on media workers states no other - round 19, en-2016-03-monthly-19)
        return any(v is not None for v in (self.killed, self.torture, self.massacres)) or bool(
            self.by_party or self.torture_by_party or self.other_totals or self.ytd) or any(
            n for n in self.personnel.values())

    def running_totals_only(self) -> bool:
        """Are the text's only death figures running totals, thousands of deaths with no period of their own ("قتل
        أكثر من 200 ألف مدني ... وقتل قرابة 15 ألفاً تحت التعذيب": SNHR's count since 2011)?"""
        from .incidents import CUMULATIVE_KILLED  # noqa: PLC0415

        month = any(v is not None for v in (self.killed, self.torture, self.massacres)) or bool(
            self.by_party or self.torture_by_party or self.ytd) or any(n for n in self.personnel.values())
        return not month and bool(self.other_totals) and all(
            o.get("period") in (None, "unstated") and max(o.get("killed") or 0, o.get("torture") or 0) >= CUMULATIVE_KILLED
            for o in self.other_totals)

    def take_total(self, killed: int, children: int | None, women: int | None, line: int,
                   sentence: str) -> None:
        """The month's total, the first time it is said; said again with its breakdown ("...
        129 civilians in Syria during July" / "... the lives of 129 civilians ..., including 44
        children"), the breakdown completes it."""
        if self.killed is None:
            self.killed, self.children, self.women = killed, children, women
            self.note("killed", line, sentence)
        elif self.killed == killed and self.children is None and children is not None:
            self.children, self.women = children, women
        elif self.killed == killed and self.women is None and women is not None and \
                children in (None, self.children):
            # "78 civilians, including 14 children, killed in May" / "At least 78 people, including
            # 14 children and 11 women were killed": the fuller breakdown completes it
            self.women = women

    def note(self, figure: str, line: int, sentence: str) -> None:
        """Record where ``figure`` was read: its line and its sentence."""
        self.sources[figure] = line
        self.sentences[figure] = " ".join(sentence.split())[:600]

    def to_dict(self) -> dict:
        return {
            "killed": self.killed, "children": self.children, "women": self.women,
            "torture": self.torture, "massacres": self.massacres,
            "massacre_killed": self.massacre_killed, "massacre_children": self.massacre_children,
            "massacre_women": self.massacre_women,
            "massacre_by_party": {k: v.to_dict() for k, v in self.massacre_by_party.items()},
            "by_party": {k: v.to_dict() for k, v in self.by_party.items()},
            "other_parties": {k: v.to_dict() for k, v in self.other_parties.items()},
            "torture_by_party": dict(self.torture_by_party), "personnel": dict(self.personnel),
            "ytd": dict(self.ytd), "massacres_by_party_ytd": dict(self.massacres_by_party_ytd),
            "sources": dict(self.sources), "sentences": dict(self.sentences),
            "other_totals": [dict(o) for o in self.other_totals],
            "discrepancies": list(self.discrepancies),
        }


@dataclass
class ReportMeta:
    title: str | None = None
    publisher: str = "Syrian Network for Human Rights (SNHR)"
    publication_date: dt.date | None = None
    period: tuple[int, int] | None = None  # (year, month) covered
    # Where the month came from: "title" or "text" (the report says it covers that month),
    # "published" (inferred from the publication date: a news post, an annual report...).
    period_from: str | None = None
    # ("address day" / "address month": the publication date was read from the page's address, see read_meta; "text
    # month": the month an Arabic page with no date calls "this" one, see geo.report.arabic.month_written_ar)
    published_from: str | None = None

    @property
    def covers_month(self) -> bool:
        """Does the text say it reports one calendar month (a monthly report)?"""
        return self.period_from in ("title", "text")
    url: str | None = None

    @property
    def period_start(self) -> dt.date | None:
        return dt.date(self.period[0], self.period[1], 1) if self.period else None

    @property
    def period_end(self) -> dt.date | None:
        if not self.period:
            return None
        first = self.period_start
        return (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)

    def to_dict(self) -> dict:
        return {"title": self.title, "publisher": self.publisher,
                "publication_date": self.publication_date.isoformat() if self.publication_date else None,
                "period_start": self.period_start.isoformat() if self.period else None,
                "period_end": self.period_end.isoformat() if self.period else None,
                "url": self.url}


# -- metadata ----------------------------------------------------------------------------------

_MY = r"(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?:of\s+)?(?:19|20)\d{2}"
_MONTH_FIGURE = re.compile(
    r"(?:\b(?:killed|killing|deaths?|died|death toll|victims)\b[^.;]{0,80}?\b(?:in|during|of)\s+(?P<my>" + _MY
    + r")|\b(?:In|During)\s+(?P<my2>" + _MY + r"),\s+(?:the\s+)?(?:SNHR|Syrian Network|we)\b)")
# ("96 civilians were killed, including 15 children and 11 women, and 9 under torture in prisons,
# in May": the month after the toll's "including" list, as a press restatement words it)
_BARE_MONTH_FIGURE = re.compile(
    r"\b(?:killed|killing|deaths?|died|lives)\b(?:[^.;]{0,40}?\b(?:in|during)\s+|[^.;]{0,80}?\b(?:in|during)\s+"
    r"the\s+month\s+of\s+|,\s+including\s+[^.;]{0,100}?,\s+(?:in|during)\s+)"
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!,?\s+(?:19|20)\d{2}|\s+\d{1,2}\b)")
# A figure of another period than one month.
_OTHER_PERIOD = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)|(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}|then)"
    r"|\b(?:first|second|1st|2nd)\s+half\b|\bhalf of (?:the year|(?:19|20)\d{2})"
    r"|\b(?:in|during|throughout|for|of)\s+(?:the\s+(?:whole\s+)?(?:year\s+(?:of\s+)?)?)?(?:19|20)\d{2}(?![\d-])"
    r"|\bso far\b|\byear[- ]to[- ]date\b|\bfrom (?:January|the start)\b|\bthe (?:past|last) (?:year|\d+ years)"
    r"|\b(?:annual|cumulative)\b|\bsince\b"
    # the whole war: "It documented the death of 28,405 women during the war" (en-2020-12-press-29; fix29tot, round
    # 29, after its measurement)
    r"|\b(?:during|throughout|over the course of|in the course of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:war|conflict)\b"
    # a range of days: "between April 26 and May 30, 2019", "from January 12 until February 12"
    r"|\b(?:between|from)\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}\b[^.;]{0,30}?\b(?:and|to|until|till)\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
    # a range of months: "Around 61 Civilians Killed ... Between June and September 2021", "from June to September"
    # (stop 40, tallies40, from en-2021-09-press-56)
    r"|\b(?:between|from)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s*,?\s*(?:19|20)\d{2})?\s+(?:and|to|until|till|through)\s+(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|\s*(?:[.,;:]|$))"  # (a month with its year is masked: the end's blank)
    # "149 civilians ... were killed ... in this period": the period the text named before ("The
    # report covers the period between November 27, 2024, and December 3, 2024")
    r"|\b(?:in|during|over|throughout)\s+(?:this|that|the\s+same|the\s+said|the\s+above)\s+period\b"
    # Ramadan (a lunar month, not the report's calendar month); "in two months"; "in the First 72 Hours Following
    # Security Council Resolution 2401" (en-2018-02-press-15, written after round 15's measurement)
    r"|\bRamadan\b|رمضان|\b(?:in|over|during|within) (?:the (?:past|last|first) )?(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|\d+) (?:hours|days|months|weeks|years)\b", re.I)
# A figure of one day: "on Thursday, December 9, 2021".
_ONE_DAY = re.compile(r"\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:January|February|March|"
                      r"April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
                      # "Two weeks ago, regime air strikes in eastern Damascus killed 247 people" (a day told from the
                      # day of publication, not the month's; en-2015-09-news-23, round 23, after its measurement)
                      r"|\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d{1,2})\s+(?:days?|weeks?)\s+ago\b")


# The day a report was documented or released, told with its verb month first ("The Syrian Network for Human Rights
# (SNHR) documented on Friday, March 1, the killing of 78 civilians in Syria during the past February", Enab Baladi
# English restating SNHR's month report; round 69, test batch, en-2024-02-press-69, after its measurement: fix69): the
# release's day, not the figure's month (the day first, "on 1 April", is masked by :func:`_mask_days`)
_REPORT_DAY = re.compile(r"\b(?P<verb>(?:documented|recorded|reported|published|released|issued|announced)\s+on)\s+"
                         r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:January|February|March|April|May|June|"
                         r"July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d{2}\b)?",
                         re.I)


def figure_period(text: str, period: tuple[int, int] | None = None) -> str | None:
    """What period a figure's sentence speaks of: ``"month"`` (the report's month), ``"other"``
    (another month, a half-year, a year, "since 2011", "since the beginning of 2024") or
    ``None`` (it does not say).

    >>> figure_period("102 civilians were killed in Syria in March 2024", (2024, 3))
    'month'
    >>> figure_period("58 Civilians Killed ... Since the Beginning of 2024", (2024, 3))
    'other'
    >>> figure_period("1,864 Civilians Documented Killed in Syria in the First Half of 2019")
    'other'
    >>> figure_period("SNHR documented on Friday, March 1, the killing of 78 civilians during the past February", (2024, 2))
    'month'
    """
    text = _REPORT_DAY.sub(lambda m: m.group("verb") + " " * (m.end() - m.end("verb")), text)
    months = find_month_years(text)
    other = _OTHER_PERIOD.search(_MONTH_YEAR_MASK.sub(" ", text))
    if other or len({(y, mo) for y, mo, _ in months}) > 1:  # "between March 2011 and June 2016"
        return "other"
    if months:
        if period is None or all((y, mo) == period for y, mo, _ in months):
            return "month"
        return "other"
    # (a day's date names its day, not the month: "Sunday, March 29, 2015, government forces
    # fired a SSM missile ..., what led to the death of 17 individuals")
    names = _MONTHS_WORDS.findall(_mask_days(text))
    if names and period is not None:
        name = dt.date(2000, period[1], 1).strftime("%B")
        if all(n == name for n in names):
            return "month"
        # a day named by its weekday beside the month's figure is the release's day: "Over 1,500 civilians have died
        # ... during the month of July alone, according to a report published ... on Monday, August 1" (Enab Baladi
        # English; round 70, test batch, en-2016-07-press-70, after its measurement: fix70)
        rest = _MONTHS_WORDS.findall(_WEEKDAY_DAY.sub(" ", _mask_days(text)))
        return "month" if rest and all(n == name for n in rest) else "other"
    if re.search(r"\b(?:this|the past|last|that) month\b", text, re.I):
        return "month"
    return None


_MONTH_YEAR_MASK = re.compile(_MY)
# a day named by its weekday, month first, no year: "on Monday, August 1"
_WEEKDAY_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)\s+\d{1,2}\b(?!,?\s+(?:19|20)\d{2})")
# a period named by reference to the one before: "Over the same period", "during this period"
_SAME_PERIOD = re.compile(r"\b(?:in|during|over|throughout)\s+(?:this|that|the\s+same|the\s+said|the\s+above)\s+"
                          r"period(?:\s+of\s+time)?\b", re.I)


# A day told day first with no year ("reported on 1 April that 914 people were killed", en-2018-03-monthly-16,
# written after round 16's measurement): a release's day, like "Sunday, March 29, 2015", not the figure's month.
_DAY_MONTH = re.compile(r"(?<![\w,-])\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\b(?!,?\s+(?:of\s+)?(?:19|20)\d{2})")


def _mask_days(text: str) -> str:
    """``text`` with its day-level dates blanked.

    >>> " ".join(_mask_days("reported on 1 April that 914 were killed").split())
    'reported on that 914 were killed'
    """
    for d in reversed(find_dates(text)):
        text = text[:d.start] + " " * (d.end - d.start) + text[d.end:]
    return _DAY_MONTH.sub(lambda m: " " * len(m.group()), text)

# (SNHR's monthly "Most Notable Human Rights Violations in Syria in <month>" covers the month too,
# and so does its torture report's "21 Individuals Died due to Torture, ... in February 2017")
# The title of SNHR's monthly torture report, with or without its month: "The Killing of 45
# Individuals under Torture", "21 Individuals Died due to Torture", "12 People Tortured to Death".
_UNDATED_TORTURE_TITLE = re.compile(r"^(?:the\s+)?(?:(?:killing|death)\s+of\s+)?(?:at least\s+)?\d[\d,]*\s+"
                                    r"(?:individuals|people|persons|civilians|detainees|victims)\s+(?:(?:died|killed)\s+)?"
                                    r"(?:under|due to)\s+torture\b|^\d[\d,]*\s+(?:individuals|people|persons|civilians|"
                                    r"detainees)\s+tortured\s+to\s+death\b", re.I)
_TITLE_HINT = re.compile(r"(?:killed|death toll|civilians|victims|massacres|extrajudicial|"
                         r"died (?:due to|under) torture|human rights violations|"
                         # SNHR's older monthly report on media workers: "The Most Significant Violations
                         # against Media Activists in July 2014", "Major violation of media freedom in Syria in
                         # September 2013" (round 23, after its measurement)
                         r"violations? (?:against|of) (?:media|journalists))", re.I)


def _wrapped_title(head: list[str]) -> str | None:
    """The text's first lines joined, when they are one title broken over short lines (a PDF copy's
    layout) that names its month only on a later line.

    ["Four Media Activists Killed,", "One Injured, and Nine", "Arrested and Abducted, toll",
    "of September 2017", ...] -> "Four Media Activists Killed, One Injured, and Nine Arrested and
    Abducted, toll of September 2017" (round 24, after its measurement, en-2017-09-monthly-24).
    """
    joined = ""
    for ln in head[:5]:
        # (a wrapped title's lines are short and none ends a sentence)
        if len(ln) > 60 or ln.endswith((".", "!", "?", ":")):
            return None
        joined = f"{joined} {ln}".strip()
        if find_month_years(ln):
            return joined if _TITLE_HINT.search(joined) and joined != head[0] else None
    return None


# Lines of a saved page that are chrome, not a headline: the site's icon ("Site icon IMLebanon"), an outlet's
# byline ("بلدي نيوز – (متابعات)"), a short line with a price or a temperature ("34.44 ليرة تركية / يورو",
# "20°اسطنبول"; round 25's outlet pages).
# An Airwars incident page's field labels come before its text: "(Previous Incident Codes: R1622RS1767)", "Civilian
# Harm Status", "Civilian Casualties" (rounds 25-27); a site's "Skip to content" link.
_CHROME_LINE = re.compile(r"^Site\s+icon\b|\(?متابعات\)?\s*$|^(?=.{0,40}$).*(?:\d\.\d\d(?!\d)|\d°|°\d)"
                          r"|^\(?Previous\s+Incident\s+Codes?\b|^Civilian\s+(?:Harm\s+Status|Casualties)\s*$"
                          r"|^Skip\s+to\s+(?:main\s+)?content\b")


def _headline(lines: list[str]) -> str | None:
    """The first of ``lines`` when it reads as a headline (three words or more with a letter in them);
    when it does not (a saved page's chrome: "icon", "loader", "Logo Wide", the outlet's name, a date),
    the first after it that does, past SNHR's "founded in June 2011" boilerplate.

    >>> _headline(["icon", "التغطية الحية", "الشبكة السورية: مقتل 17 مدنياً ونزوح المئات إثر المواجهات شرقي دير الزور"])
    'الشبكة السورية: مقتل 17 مدنياً ونزوح المئات إثر المواجهات شرقي دير الزور'
    >>> _headline(["Tuesday, 07 October 2014 22:17", "25 Massacres Committed by Assad Regime in September"])
    '25 Massacres Committed by Assad Regime in September'

    A site's icon, a byline and a price or weather ticker are chrome too:

    >>> _headline(["Site icon IMLebanon", "أرقام قياسية لمجازر الأسد!"])
    'أرقام قياسية لمجازر الأسد!'
    >>> _headline(["34.44 ليرة تركية / يورو", "بلدي نيوز – (متابعات)", "قالت الشبكة السورية لحقوق الإنسان في تقرير"])
    'قالت الشبكة السورية لحقوق الإنسان في تقرير'
    >>> _headline(["Skip to content", "(Previous Incident Codes: R1622RS1767)", "Up to seven civilians died"])
    'Up to seven civilians died'
    """
    for k, ln in enumerate(lines):
        if k and re.search(r"\b(?:founded|established)\b", ln):
            continue
        if _CHROME_LINE.search(ln):
            continue
        if len(re.findall(r"[^\W\d_]{2,}", ln)) >= 3:
            return ln[:300]
    return None


# "March Death Toll 2015": SNHR's 2015 monthly title, the month before the toll and its year after it (round 34, test
# batch, en-2015-03-monthly-34, after its measurement: fix34)
_YEAR_AFTER_TOLL = re.compile(r"^(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
                              r"December)\s+Death\s+Toll\s+(?P<y>(?:19|20)\d{2})$", re.I)


# A report's title of the violations of a month, no year: "Violations against media activists in June are divided as
# follows:"
_VIOLATIONS_IN_MONTH = re.compile(r"^\W*(?:The\s+)?(?:(?:Most\s+)?(?:Significant|Notable|Prominent|Major)\s+)?violations?\s+"
                                  r"(?:against|of)\s+[^.;:]{3,60}?\s+in\s+(?:January|February|March|April|May|June|July|"
                                  r"August|September|October|November|December)\b(?!,?\s+\d)", re.I)


def read_meta(doc: Document, header: dict[str, str] | None = None) -> ReportMeta:
    """Title, publication date and the month covered (``header``: a saved page's ``published``
    and ``source`` fields, see :func:`geo.report.text.split_header`)."""
    meta = ReportMeta()
    header = header or {}
    if header.get("source", "").startswith(("http://", "https://")):
        meta.url = header["source"]
    published = re.match(r"((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?", header.get("published", ""))
    if published:
        y, mo, d = (int(g) if g else 1 for g in published.groups())
        meta.publication_date = dt.date(y, mo, d)
    lines = [ln.strip() for ln in doc.text.splitlines() if ln.strip()]
    head = lines[:80]
    for ln in head:
        ln2 = re.sub(r"^(?:Titel|Title)\s*:\s*", "", ln)
        # (SNHR's boilerplate "The Syrian Network for Human Rights (SNHR), founded in June
        # 2011, is ..." names a month but is no title)
        # (nor does a sentence that ends in a quotation: "In May 2018 the Coalition accepted responsibility for this
        # incident, with their monthly civilian casualty report noting: “During a strike ... injured.”"; round 25,
        # after its measurement, en-2017-11-news-25)
        if _TITLE_HINT.search(ln2) and find_month_years(ln2) and len(ln2) < 300 \
                and not ln2.rstrip("”\"’'").endswith(".") and not re.search(r"\b(?:founded|established)\b", ln2, re.I):
            meta.title = ln2
            break
    if meta.title is None and head:
        meta.title = _wrapped_title(head) or _headline(head[:12]) or head[0][:300]
    if meta.title:
        # (a page saved from its JSON keeps its markup escaped: "airstrikes<\\/span>, according to")
        meta.title = re.sub(r"<\\?/?[A-Za-z][^<>]{0,80}>|\\n", "", meta.title).strip()
    for ln in head if meta.publication_date is None else ():
        ln2 = re.sub(r"^(?:Published|Publication date|Date|Udgivet)\s*:?\s*", "", ln, flags=re.I)
        dates = find_dates(ln2)
        if dates and len(ln2) - (dates[0].end - dates[0].start) < 12:
            meta.publication_date = dates[0].date
            break
    for ln in head if meta.url is None else ():
        u = re.match(r"^(?:URL|Link|Source|Kilde-URL)\s*:\s*(?P<u>https?://\S+)$", ln, re.I)
        if u:
            meta.url = u.group("u")
            break
    said = address_date(meta.url) if meta.publication_date is None and not header.get("published") else None
    if said:
        # A page that prints no date of its own (an Airwars incident page's "Incident Date" field comes out empty
        # in a text copy) is dated by its address when that spells one: news.snhr.org's "/2020/12/28/", an incident
        # page's "rs1974-march-19-2017" (Airwars' incident date), a "/2015/03/" path (a month only). It is the
        # page's date, as a header's "published" would be, with the precision the address has; the text's own
        # date line and the header come first (round 25, after its measurement: four Airwars pages were refused
        # for want of any date).
        meta.publication_date, meta.published_from = said[0], "address day" if said[1] else "address month"
    if meta.title and _TITLE_HINT.search(meta.title) and figure_period(meta.title) != "other":
        my = find_month_years(meta.title) or find_month_years(_YEAR_AFTER_TOLL.sub(r"\g<m> \g<y>", meta.title))
        if my:
            meta.period, meta.period_from = (my[-1][0], my[-1][1]), "title"
    if meta.period is None:
        # "102 civilians were killed in Syria in March 2024", "In March 2020, SNHR documented
        # the killing of ...": the month of the first death figure in the text ("ways of
        # killing documented since the uprising started in March 2011" states no figure).
        for m in _MONTH_FIGURE.finditer(doc.text[:6000]):
            my = find_month_years(m.group("my") or m.group("my2"))
            # (the figure may come before its verb, in the same sentence: "at least 277
            # civilians, including two media workers, ..., were documented killed as a result
            # of the conflict in Syria in November 2019")
            lead = re.split(r"[.;!?]\s|\n", doc.text[max(0, m.start() - 200):m.start()])[-1]
            said = lead + m.group(0) if m.group("my") else doc.text[m.end():m.end() + 120]
            # (a figure of a month more than a year before the text came out is an old count recalled, not the
            # text's: "At least 100,000 deaths had been recorded in the last official count in July 2013" in a news
            # item of August 2014; round 17, test batch, en-2014-08-news-17, after its measurement)
            recalled = bool(my) and meta.publication_date is not None and (
                (meta.publication_date.year - my[0][0]) * 12 + meta.publication_date.month - my[0][1] > 12)
            if my and not recalled and _FIG.search(said) and not re.search(
                    r"since\s*$|(?:from|between)\s*$", doc.text[max(0, m.start("my") - 8):m.start("my")]):
                meta.period, meta.period_from = (my[0][0], my[0][1]), "text"
                break
    if meta.period is None and meta.publication_date is not None:
        # "774 civilians were killed in January": a month without its year, the one before
        # the publication (or of its year).
        m = next((m for m in _BARE_MONTH_FIGURE.finditer(doc.text[:6000])
                  if _FIG.search(doc.text[max(0, m.start() - 80):m.end()])), None)
        if m:
            mo = dt.datetime.strptime(m.group("m"), "%B").month
            y = meta.publication_date.year - (mo > meta.publication_date.month)
            meta.period, meta.period_from = (y, mo), "text"
    if meta.period is None and meta.publication_date is not None:
        prev = meta.publication_date.replace(day=1) - dt.timedelta(days=1)
        meta.period, meta.period_from = (prev.year, prev.month), "published"
        if meta.title and meta.publication_date.day <= 10 and _UNDATED_TORTURE_TITLE.search(meta.title) \
                and figure_period(meta.title) is None:
            # "The Killing of 45 Individuals under Torture, 42 amongst which were killed by Government
            # Forces" (SNHR's page of 2 April 2016): the title of SNHR's monthly torture report, which
            # names no month; the report on a month comes out in the first days of the next, so the
            # title's count is that month's (written after round 10's measurement, en-2016-03-torture-01)
            meta.period_from = "title"
        elif meta.title and _VIOLATIONS_IN_MONTH.match(meta.title) and not find_month_years(meta.title) \
                and figure_period(meta.title, meta.period) == "month":
            # a report's title that names the month before the publication with no year, "Violations against media
            # activists in June are divided as follows:" (SNHR's 2014 page on media workers, its year printed nowhere;
            # round 70, test batch, en-2014-06-monthly-70, after its measurement: fix70): the month it reports, its
            # year the publication's
            meta.period_from = "title"
    return meta


# -- tallies -----------------------------------------------------------------------------------

_YTD_SPLIT = re.compile(r",?\s+(?:bringing|raising|which brings|which raises|brings|raises|taking)\b", re.I)
_YTD = re.compile(r"since the (?:start|beginning)|so far (?:this|in)|from january|year to date", re.I)
_CIVILIANS = r"(?:civilians?|people|persons|individuals|victims)"
# ("Syrian Network for Human Rights reported the death of 1674 Syrians in July": a press restatement's verb and noun,
# ARA News; round 70, test batch, en-2015-07-press-70, after its measurement: fix70)
_HEADLINE = re.compile(r"(?:document(?:s|ed)|record(?:s|ed)|verif(?:ies|ied)|report(?:s|ed))\s+(?:that\s+)?(?:the\s+)?"
                       r"(?:killing|deaths?)\s+of\s+(?P<n>" + NUMBER_RE + r")\s+(?:" + _CIVILIANS + r"|Syrians)\b", re.I)
# The deaths of one cause, a share of the month's: "documented the deaths of nine civilians, including
# six children and one woman, as a result of landmine explosions", "... due to gunfire by parties ...".
# (and one party's attacks: "the killing of nine civilians – six children and three women – in
# Israeli attacks on Syria")
_CAUSE_SUBSET = re.compile(r"\b(?:as a result of|due to|caused by|resulting from|in|by)\s+(?:the\s+)?(?:\w+\s+)?"
                           r"(?:landmines?|mines?|(?:landmine\s+)?explosions?|gunfire|remnants?|cluster|"
                           r"ordnance|IEDs?|attacks?|(?:air)?strikes?|air strikes?|bombardments?|shelling|raids?)\b",
                           re.I)
# A clause that says which party killed most of a count, not whose count it is: "81 civilians,
# ..., most of whom were killed by Syrian regime forces", "with the highest percentage of
# killings being carried out at the hands of other parties", "Aleppo had the highest toll with four deaths".
# (and a percentage: "1241 civilians were killed in Syria, 68% of them in Eastern Ghouta by the Syrian regime",
# en-2018-03-monthly-16, written after round 16's measurement)
# ("the death of 1674 Syrians in July, mostly killed by forces loyal to President Bashar al-Assad": ARA News; round 70,
# test batch, en-2015-07-press-70, after its measurement: fix70)
_SHARE_CLAUSE = re.compile(r"\b(?:most|the (?:vast )?majority|the bulk)\s+of\s+(?:whom|them|which|these)\b|"
                           r",\s+(?:mostly|mainly|largely|primarily)\s+(?:killed\b|(?=by\b|at the hands of\b)|$)|"
                           r"(?<![\w.])\d+(?:\.\d+)?\s*(?:%|per\s?cent\b)\s+of\s+(?:whom|them|which|these)\b|"
                           r"\b(?:the\s+)?(?:highest|largest|greatest|biggest)\s+(?:percentage|proportion|share|"
                           r"number|part|toll)\b", re.I)
_CHILD_WORDS = r"\b(?:child|children|boys?|girls?|infants?|minors?)\b"
_WOMAN_WORDS = r"\b(?:wom[ae]n|ladies|females?)\b"
# ("524 victims were killed in these massacres, amongst 133 children and 70 women": SNHR's 2015 wording)
_INCL = re.compile(r"(?:including|among them|amongst them|,\s+amongst(?=\s+\d))\s+(?P<list>[^.;:]*)", re.I)
_AT_HANDS = re.compile(r"(?:at the hands of|killed by|by)\s+(?P<p>[^,.;:]+)", re.I)
_LABEL = re.compile(r"^(?P<label>[^:]{3,140}?):\s*(?P<rest>.+)$")
_MONTHS_WORDS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b")


# ", with four of the victims ... dying due to torture", ", with three of the 503 victims ...":
# SNHR's (2024-) clause after its "including" list naming a subset of the same victims.
_SUBSET_AFTER_LIST = re.compile(r",?\s+with\s+(?:" + NUMBER_RE + r")\s+of\s+(?:the|them|these|those)\b", re.I)
# "at a rate of 3 children per day", "(6 children a day)": a rate inside an "including" list.
_RATE_IN_LIST = re.compile(r"\s*\(?\s*(?:at\s+a\s+rate\s+of\s+)?(?:" + NUMBER_RE + r")\s+(?:children|women|"
                           r"victims|civilians|people)\s+(?:a|per|each|every)\s+day\s*\)?", re.I)


def _incl(text: str, unsaid: int | None = 0) -> tuple[int | None, int | None]:
    """Children and women in "including ..." (``None`` without such a list; ``unsaid`` for a
    kind the list leaves out: a party's "including a child" has no women, as SNHR counts)."""
    m = _INCL.search(text)
    if not m:
        return None, None
    # ("..., with four of the victims, one of them a child, dying due to torture": a subset of
    # the victims already counted, not more children; "89 children at a rate of 3 children per
    # day": a rate, not a second count)
    said = _SUBSET_AFTER_LIST.split(m.group("list"))[0]
    said = _RATE_IN_LIST.sub("", said)
    c = count_victims("1000000 civilians, including " + said)
    # ("1,213 civilian casualties, including 289 women and 302 women": one kind counted twice is a misprint, the
    # other kind's count lost; neither number can be vouched for - en-2015-09-news-23, round 23, after its measurement)
    # (within the list's first run: a later clause may count a party's share, "73 children and 30 women, 111 of whom
    # ..., including 28 children and 10 women"; a bracket is an aside, "113 children (Four children are killed every
    # day) and 92 women")
    run = re.split(r"[,;]", re.sub(r"\([^)]*\)", "", said))[0]
    twice = {kind for kind in ("children", "women") if len(re.findall(
        r"(?<![\w-])(?:" + NUMBER_RE + r")\s+" + kind + r"\b", run, re.I)) >= 2}
    # ("161 civilians, including children and women, were killed": kinds named with no count;
    # the count comes in a later sentence, never 0)
    children = (None if c.children == 0 else c.children) if re.search(_CHILD_WORDS, said, re.I) else unsaid
    women = (None if c.women == 0 else c.women) if re.search(_WOMAN_WORDS, said, re.I) else unsaid
    return (None if "children" in twice else children), (None if "women" in twice else women)


def _month_ok(text: str, period: tuple[int, int] | None, covers_month: bool = True) -> bool:
    """A sentence about the report's month: it names that month, or (in a monthly report) no
    period at all; never another month, a year, a half-year or "since ..."."""
    kind = figure_period(text, period)
    return kind == "month" or (kind is None and covers_month)


# Party names of SNHR's 2012-2016 reports that the perpetrator parser does not know.
_OLD_PARTY_NAMES = (
    (r"^(?:the\s+)?(?:syrian\s+)?government(?:al)?(?:\s+forces)?$", "REGIME"),
    (r"self[- ]management forces|kurdish self[- ]management", "SDF"),
    # "An-Nussra Front", "Fateh al Sham Front": HTS's earlier names
    (r"\b(?:an|al)?[- ]?nuss?ra\b|\bfateh al[- ]sham\b", "HTS"),
    # "the international anti-ISIS coalition": the coalition, not ISIS
    (r"\bcoalition\b|التحالف", "COALITION"),
)


# "the remaining 107 by other groups and militias": "other" says none of the parties named (SNHR's "other
# parties"), for every noun it heads ("militias" alone would be the regime's; en-2020-05-press-14, written after
# round 14's measurement). Not "other opposition factions", which names its party.
_OTHER_GROUPS = re.compile(r"^(?:the\s+)?(?:remaining\s+)?other\s+(?:armed\s+)?(?:groups|parties|factions|militias|"
                           r"actors|sides)(?:\s+and\s+(?:armed\s+)?(?:groups|parties|factions|militias|actors))?(?:\s+and)?$", re.I)


def _party(label: str):
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    # "the militia of the Democratic Union Party (PYD)": the bracket's acronym names the party, when it is
    # one (en-2017-11-press-13, written after round 13's measurement)
    acronym = re.search(r"\(\s*([A-Z]{2,6})\s*\)", label)
    if acronym and acronym.group(1) != label.strip("() "):
        code = _party(acronym.group(1))
        if code is not None:
            return code
    # "the (armed opposition factions/the Syrian National Army) killed three civilians": a name written wholly in
    # brackets, as Enab Baladi English restates SNHR's joint party (round 69, test batch, en-2024-02-press-69, after
    # its measurement: fix69), is the name itself, not an aside
    whole = re.fullmatch(r"\s*(?:the\s+)?\(\s*(?P<in>[^()]{3,})\)\s*", label, re.I)
    if whole:
        return _party(whole.group("in"))
    label = re.sub(r"\([^)]*\)", " ", label).strip(" *-:")
    # ("718 amongst which were killed by government forces 2016": a title's stray year after the party; round 34,
    # test batch, en-2016-04-monthly-34, after its measurement: fix34)
    label = re.sub(r"\s+(?:19|20)\d{2}$", "", label)
    if not label or re.search(r"\bgovernorate\b|\bmonth\b", label, re.I):
        return None
    if _OTHER_GROUPS.match(label):
        return "OTHER"
    alternatives = re.split(r"\s+or\s+(?:(?:in|by)\s+)?", label)
    if len(alternatives) > 1:
        # deaths of no one party's, offered as alternatives: "97 other civilians ... were killed either by drowning on
        # migration boats or in explosions attributed by the network to unknown parties" (Enab Baladi English; round
        # 70, test batch, en-2016-07-press-70, after its measurement: fix70): SNHR's other parties, no one cause's
        codes = [_party(a) for a in alternatives]
        if all(c is None or c in OTHER_SPLIT for c in codes) and any(c in OTHER_SPLIT for c in codes):
            return "OTHER"
    for rx, code in _OLD_PARTY_NAMES:
        if re.search(rx, label, re.I):
            return code
    try:
        parsed = parse_perpetrator(label)
    except UnknownPerpetrator:
        return None
    # "Syrian-Russian alliance forces", "the Assad regime and Russia": a joint figure, no one
    # party's (SNHR gives each party's apart).
    joint = parsed.also and re.search(r"\band\b|[-/&]|alliance|joint", label, re.I)
    return None if joint else parsed.code


def read_tallies(doc: Document, period: tuple[int, int] | None, title: str | None = None,
                 covers_month: bool = True) -> Tallies:
    """The month's figures the report states (see the module doc); ``covers_month`` False
    (a news post, an annual report) takes only figures that name the month."""
    t = Tallies()
    sections = {p.section for p in doc.paragraphs}
    toll_sections = {s for s in sections if re.search(r"death toll|civilian", s, re.I)
                     and not re.search(r"tortur|massacre|media|medical|registr", s, re.I)}

    def in_scope(p) -> bool:
        return not EXCLUDED_SECTION_RE.search(p.section or "") and not p.heading

    narrative_party: dict[str, PartyTally] = {}
    headlines: list[tuple] = []
    # The period the last sentence with a death figure named: a party's figure whose sentence
    # names none shares it ("1,057 civilians were killed in 2022 ... Russian forces killed 17,
    # ... 9 by ISIS" lists the year's; "... in December: 55 civilians ... 15 by the regime"
    # the month's).
    context, context_section = None, None
    # A massacres report ("264 Civilians Killed in 24 Massacres in July", "Not Less than 58
    # Massacres Committed in July 2015"): every victim figure of it is a massacre's.
    massacre_report = bool(title and _MASSACRE_TITLE.search(title))
    for p in doc.paragraphs:
        if not in_scope(p):
            if p.heading and not EXCLUDED_SECTION_RE.search(p.section or ""):
                # a numbered heading that is a statement, "1- Killing: SNHR documented the killing of 13 media
                # activists as follows:" (SNHR's older monthly report on media workers, en-2014-07-monthly-23;
                # round 23, after its measurement): its count of media workers is the month's
                for s in p.sentences:
                    _personnel(t, s.text, period, covers_month, doc.line_of(s.start))
            continue
        massacre_ctx = massacre_report  # also after "the massacres claimed the lives of ..."
        if p.section != context_section:
            context, context_section = None, p.section
        toll = p.section in toll_sections
        torture_sec = bool(re.search(r"tortur", p.section, re.I))
        massacre_sec = bool(re.search(r"massacre", p.section, re.I))
        before_kind = None
        previous = ""  # the paragraph's previous sentence
        for s in p.sentences:
            line = doc.line_of(s.start)
            last, previous = previous, s.text
            month_part = _YTD_SPLIT.split(s.text)[0]
            ytd_part = s.text[len(month_part):]
            kind = figure_period(month_part, period)
            if kind is None and _REFERS_BACK.match(s.text):
                kind = before_kind  # "It states that 1,057 civilians were killed": the year just named
            if kind == "other" and context is not None and _SAME_PERIOD.search(month_part) \
                    and figure_period(_SAME_PERIOD.sub(" ", month_part), period) is None:
                # "Over the same period, another six civilians ... were killed by the PYD": the period the figures
                # before named, the month's in a month's report (round 62, test batch, en-2016-05-monthly-62, after
                # its measurement: fix6162)
                kind = context
            before_kind = kind
            month_ok = kind == "month" or (kind is None and covers_month)
            # the headline: "documented the killing of 55 civilians, including 16 children and four women"
            m = _HEADLINE.search(month_part)
            after = month_part[m.end():m.end() + 90] if m else ""
            share = _SHARE_CLAUSE.search(after)
            after = after[:share.start()] if share else after
            if m and _CAUSE_SUBSET.search(after):
                m = None  # "the deaths of nine civilians ... as a result of landmine explosions": a cause's share
            # (no party's: "the killing of 1402 civilians at the hands of the main influential parties in Syria",
            # en-2016-11-monthly-01; fixen)
            if m and month_ok and not re.search(
                    r"(?:at|on) the hands of (?!(?:the\s+)?(?:(?:main|influential|key|principal|various|warring|conflicting|different)\s+)"
                    r"{0,2}parties\b|all\s+(?:the\s+)?parties)|"
                    r"\b(?:killed )?by\b(?! the parties)", after):
                ch, wo = _incl(after, unsaid=None)
                headlines.append((parse_number(m.group("n")), ch, wo, line, toll))
            # party tallies: "killing of 8 civilians at the hands of Syrian regime forces, including ..."
            shares = torture_shares(month_part)
            if shares:
                # a torture count's shares by party are the torture's, not the month's killings by party (fix69)
                if not massacre_ctx and (kind or context) in ("month", None if covers_month else "month"):
                    for code, n in shares.items():
                        t.torture_by_party.setdefault(code, n)
            elif massacre_ctx and party_figures(month_part):
                # "the massacres claimed the lives of 264 people ... regime forces killed 95
                # people": the massacres' victims by party, not the month's
                for code, label, n, ch, wo, _clause, _at in party_figures(month_part):
                    t.massacre_by_party.setdefault(code, PartyTally(code, label, n, ch, wo, line, s.text))
            elif not (torture_sec or massacre_sec) and (kind or context) in ("month", None if covers_month else "month"):
                _party_sentence(t, month_part, line, toll, narrative_party)
            elif (kind or context) == "other":
                for code, _label, n, ch, wo, clause, _at in party_figures(month_part):
                    t.other_totals.append({"text": clause.strip()[:300], "killed": n, "children": ch,
                                           "women": wo, "by": code, "line": line})
            if kind is not None and _FIG.search(month_part):
                context = kind
            # torture
            if re.search(r"(?:died|dying|deaths?) (?:due to|under|from|as a result of) torture|died of torture|tortured to death",
                         s.text, re.I):
                # the count said with its torture ("Five Deaths due to Torture", "five individuals
                # who died due to torture") before any count merely followed by "deaths" ("72
                # Civilian Deaths, Including ..., as well as Five Deaths due to Torture")
                mt = _TORTURE_SUBSET.search(month_part) or _TORTURE_COUNT.search(month_part) or re.search(
                    r"(?P<n>" + NUMBER_RE + r")\s+(?:individuals?|victims?|people|persons|"
                    r"civilians?|detainees?)\s+(?:who\s+)?(?:had\s+)?(?:died|deaths?)", month_part, re.I)
                mw = _TORTURE_NUMBER_WAS.search(month_part)
                if mw and t.torture is None and month_ok:
                    t.torture = parse_number(mw.group("n"))
                    t.sources["torture"] = line
                if mt and _RATE.match(month_part[mt.end():]):
                    mt = None  # "4 victims died under torture each day": a rate
                if mt and _torture_owner(month_part, mt.start()):
                    mt = None  # "... killed 497 civilians ... in addition to 24 civilians who died due to torture"
                if mt and (_PARTY_TOLD_BEFORE.match(s.text) or _PARTY_GOES_ON.match(s.text)) and _one_party(last):
                    mt = None  # "Additionally, among the victims were 13 ...": the party's just named
                # (the month's victims named back, "Five of the victims were tortured to death, the NGO added", in a
                # text that covers no month: the month's, when the figures before were; round 62, test batch,
                # en-2022-07-monthly-62, after its measurement: fix6162)
                back = kind is None and context == "month" and bool(mt) and mt.re is _TORTURE_COUNT \
                    and mt.group("n2") is not None
                if mt and (month_ok or back) and t.torture is None:
                    t.torture = parse_number(mt.group("n") or mt.group("n2"))
                    t.sources["torture"] = line
                my = re.search(r"to\s+(?P<n>" + NUMBER_RE + r")\s+(?:victims|individuals|people)", ytd_part)
                if my:
                    t.ytd.setdefault("torture", parse_number(my.group("n")))
            # massacres
            mm = re.search(r"(?:documented|recorded|saw)\s+(?P<n>" + NUMBER_RE + r")\s+massacres?\b",
                           month_part, re.I)
            if mm and t.massacres is None and month_ok and not _massacres_of_party(month_part[mm.end():]):
                t.massacres = parse_number(mm.group("n"))
                t.sources["massacres"] = line
            my = re.search(r"to\s+(?P<n>" + NUMBER_RE + r")\s+massacres", ytd_part)
            if my:
                t.ytd.setdefault("massacres", parse_number(my.group("n")))
            mk = re.search(r"(?:total of\s+)?(?P<n>" + NUMBER_RE + r")\s+civilians?(?P<rest>[^.]*?)"
                           r"(?:were|was)\s+killed in the (?:\w+\s+)?massacres", s.text, re.I) or re.search(
                # "the massacres claimed the lives of 103 civilians, including 45 children and 28 women"
                r"\b(?:these|the|those)\s+massacres\s+(?:claimed the lives of|killed|left)\s+(?:at least\s+)?"
                r"(?P<n>" + NUMBER_RE + r")\s+(?:civilians?|people|persons|individuals|victims)(?P<rest>[^.]*)",
                month_part, re.I) or re.search(
                # "In total, 507 were killed in those massacres including 141 children and 68 women"
                r"(?P<n>" + NUMBER_RE + r")\s+(?:were|was)\s+killed\s+in\s+(?:these|those|the)\s+massacres\b(?P<rest>[^.]*)",
                month_part, re.I)
            if mk:
                massacre_ctx = True
            if mk and t.massacre_killed is None:
                t.massacre_killed = parse_number(mk.group("n"))
                t.massacre_children, t.massacre_women = _incl(mk.group("rest"))
                t.sources["massacre_killed"] = line
            if re.search(r"landmines?", month_part, re.I):
                my = re.search(r"to\s+(?P<n>" + NUMBER_RE + r")\s+civilians", ytd_part)
                if my and re.search(r"landmine", s.text, re.I):
                    t.ytd.setdefault("landmine_killed", parse_number(my.group("n")))
            if re.search(r"since the beginning of \d{4}", s.text) and re.search(
                    r"(?:up )?to\s+(?P<n>\d[\d,]*)\s+in total", s.text):
                t.ytd.setdefault("killed", parse_number(re.search(r"to\s+(?P<n>\d[\d,]*)\s+in total",
                                                                  s.text).group("n")))
            _personnel(t, month_part, period, covers_month, line)
    if headlines:
        best = next((h for h in headlines if h[4]), headlines[0])
        t.killed, t.children, t.women = best[:3]
        t.sources["killed"] = best[3]
        for h in headlines:
            if h[:3] != best[:3]:
                t.discrepancies.append(f"month total: line {best[3]} says {best[0]}/{best[1]}/{best[2]}, "
                                       f"line {h[3]} says {h[0]}/{h[1]}/{h[2]} (killed/children/women)")
        other_lines = {h[3] for h in headlines if h[0] != best[0]} - {best[3]}
        if t.torture is not None and t.sources.get("torture") in other_lines:
            # the torture deaths of a total's sentence that is not the month's total: "Additionally, the report
            # documented the killing of 17 civilians, including two children and five women in addition to one
            # civilian who died due to torture, at the [hands of ...]" after the month's 1402 are that count's (a
            # party's, its name cut off), not the month's (stop 40, tallies40, from en-2016-11-monthly-01)
            t.other_totals.append({"text": t.sentences.get("torture", "")[:300], "torture": t.torture,
                                   "line": t.sources.pop("torture")})
            t.torture = None
            t.sentences.pop("torture", None)
    _bullets(doc, t, period, toll_sections, in_scope, covers_month)
    for code, nt in narrative_party.items():
        if code not in t.by_party and code not in t.other_parties:
            (t.other_parties if code in OTHER_SPLIT else t.by_party)[code] = nt
        else:
            have = t.by_party.get(code) or t.other_parties.get(code)
            if (have.killed, have.children, have.women) != (nt.killed, nt.children, nt.women):
                t.discrepancies.append(
                    f"{code}: line {have.line} says {have.killed}/{have.children}/{have.women}, "
                    f"line {nt.line} says {nt.killed}/{nt.children}/{nt.women} (killed/children/women)")
    _party_blocks(doc, t, period, covers_month, in_scope)
    _figure_clauses(doc, t, period, covers_month, massacre_report)
    _month_share(doc, t, period)
    _among_victims(doc, t, period, covers_month)
    _dead_who_were(doc, t, period, covers_month)
    _breakdown_list(doc, t, in_scope)
    _massacre_figures(doc, t, period, covers_month)
    if not covers_month:
        _days_documented(doc, t)
    _subtitle_share(doc, t, period, covers_month)
    _subtitle_month_massacres(doc, t, period)
    if title and _month_ok(title, period, covers_month):
        _check_title(t, title)
    other_parties_total(t)
    _check_sums(t)
    return t


# A title's subtitle line giving one party's share of the title's count: "814 Civilians Killed in July 2017" then
# "Including 225 At the Hands of the International Coalition Forces" (SNHR's 2017 monthly title; rounds 49 and 50,
# en-2017-07-monthly-50, after their measurement: fix4950)
_SUBTITLE_SHARE = re.compile(r"^\W*including\s+(?P<n>" + NUMBER_RE + r")\s+(?:(?:civilians?|people|persons|individuals|"
                             r"victims)\s+)?(?:killed\s+)?(?:at\s+the\s+hands\s+of|by)\s+(?:the\s+)?(?P<p>[^,.;:]{3,80}?)"
                             r"\s*$", re.I)
_TITLE_TOLL = re.compile(r"^\W*(?:the\s+killing\s+of\s+)?(?P<n>" + NUMBER_RE + r")\s+civilians?\b[^.;:]{0,20}?"
                         r"\bkilled\b|^\W*the\s+killing\s+of\s+(?P<n2>" + NUMBER_RE + r")\s+civilians?\b", re.I)


def _subtitle_share(doc: Document, t: Tallies, period, covers_month: bool) -> None:
    """A party's share told by the subtitle line under a title of the month's civilians killed ("814 Civilians Killed in
    July 2017" / "Including 225 At the Hands of the International Coalition Forces"): that party's month figure, when
    no sentence of the text has given it. Only the text's first lines (its head), each a paragraph of one line."""
    head = [p for p in doc.paragraphs[:4]]
    for above, p in zip(head, head[1:]):
        m = _SUBTITLE_SHARE.match(p.text.strip())
        if m is None or "\n" in p.text.strip() or not _TITLE_TOLL.match(above.text.strip()) \
                or not _month_ok(above.text, period, covers_month):
            continue
        code, n = _party(m.group("p")), parse_number(m.group("n"))
        if code is not None and n is not None and code not in t.by_party:
            t.by_party[code] = PartyTally(code, m.group("p").strip(), n, line=doc.line_of(p.start),
                                          sentence=p.text.strip())
        return


# A title of the year's massacres and the month's share under it: "No less than 374 Massacres in Syria in 2017" /
# "Including 18 in December" (SNHR's 2017 massacre report; round 70, test batch, en-2017-12-massacre-70, after its
# measurement: fix70)
_MASSACRES_TITLE = re.compile(r"^\W*(?:(?:at least|no less than|not less than)\s+)?(?:" + NUMBER_RE + r")\s+massacres\b",
                              re.I)
_SUBTITLE_MONTH_SHARE = re.compile(r"^\W*including\s+(?P<n>" + NUMBER_RE + r")\s+(?:massacres\s+)?in\s+(?P<m>January|"
                                   r"February|March|April|May|June|July|August|September|October|November|December)"
                                   r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?\s*$", re.I)


def _subtitle_month_massacres(doc: Document, t: Tallies, period) -> None:
    """The month's massacres a subtitle names under a title of a longer period's: "No less than 374 Massacres in Syria in
    2017" / "Including 18 in December" -> ``t.massacres`` 18, when no sentence gave the month's."""
    if t.massacres is not None or period is None:
        return
    head = [p for p in doc.paragraphs[:4]]
    for above, p in zip(head, head[1:]):
        m = _SUBTITLE_MONTH_SHARE.match(p.text.strip())
        if m is None or not _MASSACRES_TITLE.match(above.text.strip()) \
                or dt.datetime.strptime(m.group("m").title(), "%B").month != period[1] \
                or m.group("y") and int(m.group("y")) != period[0]:
            continue
        t.massacres = parse_number(m.group("n"))
        t.note("massacres", doc.line_of(p.start), p.text.strip())
        return


def _days_documented(doc: Document, t: Tallies) -> None:
    """A statement that covers no month and gives what it documented over a range of days ("SNHR team
    documented from the beginning of the fifth round of Geneva Talks – Thursday, March 23, 2017 until
    Thursday March 30, 2017, the following:" then "189 civilians were killed ... as follows: – Syrian
    regime force ...: 89 civilians"): the party figures read after that lead are the period's, not a
    month's. (Written after round 9's measurement, from en-2017-03-news-01.)"""
    lead = DAYS_DOCUMENTED_RE.search(doc.text)
    if lead is None or t.killed is not None:
        return
    at = doc.line_of(lead.start())
    for code, pt in list(t.by_party.items()):
        if pt.line is not None and pt.line >= at:
            t.other_totals.append({"text": lead.group(0)[:300], "killed": pt.killed, "children": pt.children,
                                   "women": pt.women, "by": code, "line": pt.line, "period": "days"})
            del t.by_party[code]


# "among the documented deaths there are 73 children and 30 women"
_AMONG_VICTIMS = re.compile(r"\bamong (?:the |them |those )?(?:documented |civilian )?(?:deaths|victims|dead|killed)\s+"
                            r"(?:there\s+)?(?:are|were)\s+(?P<list>[^.;]*)"
                            # "192 children and 163 women were among those killed / were also killed",
                            # "5 children and 3 women were among the victims" (a press restatement)
                            r"|(?P<list2>\b" + NUMBER_RE + r"\s+children\s+and\s+" + NUMBER_RE + r"\s+women)\s+"
                            r"(?:were|had been)\s+(?:also\s+)?(?:(?:among\s+(?:those|the)\s+)?killed|"
                            r"among\s+the\s+(?:victims|dead))\b"
                            # "The reported victims include 28 children and 16 women." (a sentence of its own after
                            # the month's toll; en-2020-03-press-16, written after round 16's measurement)
                            # ... also after "said that", and as "casualties": "the monitoring group said that the
                            # victims included 74 children and 44 women", "The casualties included 25 children and 12
                            # women, with four individuals ... dying due to torture" (en-2019-04-press-01,
                            # en-2024-10-press-01; fixen)
                            r"|(?:^\W*|\b(?:said|reported|stated|noted)\s+that\s+)(?:the\s+)?"
                            r"(?:(?:reported|documented|civilian)\s+)?(?:victims|dead|fatalities|casualties)\s+"
                            r"(?:also\s+)?(?:include|included)\s+(?P<list3>(?:" + NUMBER_RE + r")\s+(?:children|women)\b[^.;:]*)", re.I)


def _among_victims(doc: Document, t: Tallies, period, covers_month: bool) -> None:
    """The month's children and women said apart from its total ("among the documented deaths
    there are 73 children and 30 women")."""
    if t.killed is None or t.children is not None:
        return
    for p in doc.paragraphs:
        for s in p.sentences:
            m = _AMONG_VICTIMS.search(s.text)
            if m and m.group("list2") and re.search(r"(?:including|among them)\s+$", s.text[:m.start()], re.I):
                m = None  # "486 civilians, including 98 children and 82 women were killed by ..."
            # (or, in a text that covers no month, a sentence that names no period nor day of its own: the victims of
            # the month's total just read, "In a statement, the Syrian Network for Human Rights (SNHR) said 21 children
            # and eight women were among the victims"; round 62, test batch, en-2022-07-monthly-62, after its
            # measurement: fix6162)
            if m and (_month_ok(s.text, period, covers_month) or m.group("list2") and figure_period(s.text, period) is None
                      and not find_dates(s.text) and not _ONE_DAY.search(s.text)):
                t.children, t.women = _incl("including " + (m.group("list") or m.group("list2") or m.group("list3")),
                                             unsaid=None)
                t.note("children", doc.line_of(s.start), s.text)
                return


# The month's women (or children) told as a share of its dead, in a sentence of their own: "According to the network's
# monthly report, four of the deceased were women, and nine people, including a child, were killed under torture"
# (Enab Baladi English restating SNHR's month report; round 69, test batch, en-2024-02-press-69, after its
# measurement: fix69). Not "women or children", a share of neither alone.
_DEAD_WHO_WERE = re.compile(r"(?<![\w,.-])(?P<n>" + NUMBER_RE + r")\s+of\s+(?:the|those)\s+(?:documented\s+|civilian\s+)?"
                            r"(?:deceased|victims|dead|killed|fatalities)\s+(?:were|are)\s+(?P<noun>women|children)\b"
                            r"(?!\s+(?:or|and)\s+(?:women|children|girls|boys)\b)", re.I)


def _dead_who_were(doc: Document, t: Tallies, period, covers_month: bool) -> None:
    """The month's women and children said as a share of its dead ("four of the deceased were women"), where its
    total said none: only in a sentence of the month (or of no period, in a month's text) with no party's figure."""
    if t.killed is None:
        return
    for p in doc.paragraphs:
        for s in p.sentences:
            for m in _DEAD_WHO_WERE.finditer(s.text):
                if not _month_ok(s.text, period, covers_month) or party_figures(s.text) \
                        or re.search(r"\bmassacres?\b", s.text[:m.start()], re.I):
                    continue
                n = parse_number(m.group("n"))
                if n is None or n > t.killed:
                    continue
                if m.group("noun").lower() == "women" and t.women is None:
                    t.women = n
                    t.note("women", doc.line_of(s.start), s.text)
                elif m.group("noun").lower() == "children" and t.children is None:
                    t.children = n
                    t.note("children", doc.line_of(s.start), s.text)


def other_parties_total(t: Tallies) -> None:
    """"68 civilians killed by unidentified parties" with no "other parties" figure beside it:
    SNHR's reports since 2024 name their "other parties" so, and that one figure is theirs."""
    if "OTHER" not in t.by_party and list(t.other_parties) == ["OTHER_UNIDENTIFIED"]:
        t.by_party["OTHER"] = t.other_parties.pop("OTHER_UNIDENTIFIED")


# A death figure in any wording: "the killing of 55 civilians", "50 civilians were killed",
# "claimed the lives of 129 civilians", "a total of 503 civilian deaths", "The Death of 2231
# Individuals", "10 victims of torture".
_FIG = re.compile(r"(?P<n>" + NUMBER_RE + r")\s+(?:(?:Syrian|civilian|more|other)\s+){0,2}(?P<noun>civilians?|"
                  r"people|persons?|individuals?|victims?|deaths|fatalities|refugees|Syrians|citizens|children)\b"
                  # a headline's count without its noun: "14,388 Killed Due to Torture by ...", and a list's item
                  # ("the victims that included 36 who were killed by ..., 14 tortured to death in regime prisons")
                  r"|(?P<n_>\d[\d,]*)\s+(?=(?:Killed|Died|tortured\s+to\s+death)\b)", re.I)
# SNHR's women reports' count of the women and girls killed over a period, after its killing noun: "It documented the
# death of 28,405 women during the war" (en-2020-12-press-29; fix29tot, round 29, after its measurement). Apart from
# :data:`_FIG`, whose nouns every month's sentence is read by: women are a month's figure only inside its total.
_WOMEN_FIG = re.compile(r"(?P<n>" + NUMBER_RE + r")\s+(?P<noun>women|females)\b(?P<n_>)", re.I)
# Children as the subject of their killing, the count of a Children's Day title: "The Bleeding Innocence: 23,863
# Children Killed in Syria since March 2011", "No less than 26,446 Children Have been Killed in Syria since March
# 2011" (en-2016-11-press-29, en-2017-11-annual-29; fix29tot, round 29, after its measurement)
# The shares of such a total, a count with no noun before its killing: "..., 22,000 of whom were killed by forces
# loyal to the Syrian government, and 91 of whom were tortured to death" (read of another period only)
_OF_WHOM_FIG = re.compile(r"(?<![\d,.])(?P<n_>\d[\d,]*)\s+of\s+whom\s+(?:were|was|have\s+been|had\s+been)\s+"
                          r"(?=(?:killed|died|tortured\s+to\s+death)\b)(?P<n>)(?P<noun>)", re.I)
_CHILDREN_KILLED = re.compile(r"\s+(?:(?:have|has|had)\s+been\s+|were\s+)?killed\b", re.I)
_FIG_BEFORE = re.compile(r"(?:killings?|deaths?|lives|toll|total|murder)\s+of\s+(?:at least\s+|no less than\s+|"
                         r"about\s+|nearly\s+)?$|(?:toll|number|total)\b[^.;]{0,120}?\b(?:is|was|reached|stood at|"
                         r"amounted to)\s+(?:at least\s+)?$|(?:documented|recorded|revealed|reporting|killed|saw)\s+"
                         r"(?:the\s+)?(?:at least\s+|no less than\s+)?$"
                         # "Death toll in October 2012: 4532 civilians"
                         r"|\b(?:toll|total)\b[^.;:]{0,60}:\s*$", re.I)
def _figure_count(m: re.Match) -> int | None:
    """The count of a :data:`_FIG` match, in digits or words; None for a year written in digits ("in 2015 civilians").

    >>> _figure_count(_FIG.search("1,356 civilians")), _figure_count(_FIG.search("2015 civilians"))
    (1356, None)
    """
    raw = m.group("n") or m.group("n_")
    n = parse_number(raw)
    return None if n is None or re.match(r"[\d,]+$", raw) and 1900 <= n <= 2100 else n


_FIG_AFTER = re.compile(r"^[^.;]{0,120}?\b(?:were|was|have been|had been)?\s*(?:documented\s+)?(?:killed|died|"
                        r"dead|deaths?|shot dead|lost their lives|perished)\b", re.I)
# "... who died due to torture", "13 victims due to torture", "seven people, who died under
# torture", "seven detainees who were killed under torture"
_TORTURE_FIG = re.compile(r"^\s*,?\s*(?:[\w,]+\s+){0,4}?(?:(?:died|deaths?|killed)\s+)?(?:due to|under|from|"
                          r"as a result of|(?<=died\s)of)\s+torture|^\s*(?:of|under)\s+torture", re.I)
# "regime forces have tortured 12 people to death", "tortured at least 9 people to death": the count
# between the verb and "to death", and the title's "12 People Tortured to Death in Syria in March 2018"
# (written after round 10's measurement, en-2018-03-torture-01)
_TORTURED_TO_DEATH = re.compile(r"\btortured\s+(?:at least\s+|no less than\s+|not less than\s+)?$", re.I)
# A figure told of "these attacks" (or incidents, bombings...): the attacks the sentence before
# counted, over the period it named ("... used in at least 496 attacks between July 2012 and January
# 2023. According to the NGO, at least 1,053 civilians were killed in these attacks": en-2023-01-landmine-01,
# written after round 10's measurement)
_THESE_ATTACKS = re.compile(r"\b(?:in|during|by|from|of)\s+(?:these|those|such|the said|the above)\s+(?:attacks|"
                            r"incidents|strikes|airstrikes|air strikes|raids|bombings|explosions|operations)\b", re.I)
# "14 civilians, including five children and four women, were killed by these deadly barrel bombs": the victims of
# the weapons a sentence before counted ("at least 502 barrel bombs during the month of February"), a share of a
# period's deaths by one weapon, never one incident's and never the month's toll (round 19, test batch,
# en-2017-02-press-19, after its measurement)
_THESE_WEAPONS = re.compile(r"\b(?:by|in|from|with)\s+(?:these|those|such|the said|the above)\s+(?:[a-z-]+\s+){0,2}?"
                            r"(?:barrel\s+bombs|(?:cluster\s+)?bombs|missiles|rockets|shells|(?:cluster\s+)?munitions|"
                            r"(?:land)?mines)\b", re.I)
# "... killed under torture in the prisons of the Assad regime": one party's torture deaths.
_TORTURE_BY = re.compile(r"(?:torture|tortured to death)\s+(?:\w+\s+){0,2}?(?:in the (?:prisons|custody|detention cent(?:er|re)s) of|"
                         r"at the hands of|by)\s+(?:the\s+)?(?P<p>[^,.;:–-]{3,60})", re.I)
# "..., including 18 at the Hands of the Syrian Regime Forces": one party's share of the count.
_SHARE_BY = re.compile(r"\bincluding\s+(?P<n>" + NUMBER_RE + r")\s+(?:(?:individuals?|victims?|people|persons?|"
                       r"civilians?|detainees?)\s+)?(?:at the hands of|by|in the (?:prisons|custody|detention "
                       r"cent(?:er|re)s) of)\s+(?:the\s+)?(?P<p>[^,.;:]{3,80})", re.I)
_REFERS_BACK = re.compile(r"[\s“\"]*(?:It|They|These|This|Of these|Of them|Of whom|The report|The network|"
                          r"The organi[sz]ation)\b")
# "828 victims were killed in these massacres", "264 Civilians Killed in 24 Massacres in July":
# the massacres' victims, not the month's toll.
_IN_MASSACRES = re.compile(r"^(?:,?\s*including\s[^.;]{0,80}?)?[^.;]{0,40}?\bin\s+(?:(?:these|those|the|this|that)\s+|(?:" + NUMBER_RE
                           + r")\s+)massacres?\b", re.I)
# The title of SNHR's massacres report: "30 Massacres Documented in October 2014", "27 Documented
# Massacres in September 2014", "Not Less than
# 58 Massacres Committed in July 2015", "264 Civilians Killed in 24 Massacres in July".
# (also quoted after its label: 'Report: "At least 15 massacres were committed in Syria in July 2018"', a wire's title,
# en-2018-07-massacre-56; fixen)
_MASSACRE_TITLE = re.compile(r"^(?:[^:]{0,40}:\s*)?[\"“‘']?(?:(?:at least|not less than|no fewer than|no less than)\s+)?(?:"
                             + NUMBER_RE + r")\s+(?:documented\s+)?massacres\b|\bkilled\s+in\s+(?:" + NUMBER_RE
                             + r")\s+massacres\b", re.I)
# "Over 1,000 Civilians Killed": a rounded figure, no tally.
_ROUNDED = re.compile(r"\b(?:over|more than|nearly|almost|around|about|approximately|some)\s+$", re.I)
# ("Government forces killed at least 134 individuals as a result of torture", "Government forces have tortured to
# death, in its formal and informal detention centers, no less than 155 persons": SNHR's 2014 torture reports; round
# 70, test batch, en-2014-02-torture-70 and en-2014-07-torture-70, after its measurement: fix70)
_KILLER_SUBJECT = re.compile(r"^(?P<subj>[A-Z][\w /'-]{1,60}?)\s+(?:(?:have|has|had)\s+)?(?:killed\s+|tortured\s+to\s+death\b"
                             r"[^.;\d]{0,80}?)(?:at least\s+|no less than\s+|not less than\s+)?(?<![\w-])(?:" + NUMBER_RE + r")\b", re.I)
# "The number of victims who died under torture inside the government's detention centers was 229"
_TORTURE_NUMBER_WAS = re.compile(r"number of (?:victims|people|persons|individuals|detainees)\s+(?:who\s+)?"
                                 r"(?:had\s+)?died\s+(?:due to|under|from)\s+torture[^.;]{0,80}?\s+"
                                 r"(?:was|is|reached|stood at)\s+(?P<n>" + NUMBER_RE + r")", re.I)
# The toll as the count's subject, naming no party: "last June, death toll reached 593 civilians, including 87
# women and 141 children, were killed by the Syrian regime and its allied Iranian militias" - the month's whole
# toll (SNHR's June figure), whatever a garbled "by X" after it says; a party's toll names the party before its
# number ("the toll of civilians killed by Russian forces reached 20"). (en-2018-06-press-14, written after
# round 14's measurement)
_TOLL_REACHED = re.compile(r"(?<!['’]s )(?<!s['’] )\b(?:death\s+)?toll\s+(?:has\s+|had\s+)?(?:reached|rose\s+to|risen\s+to|"
                           r"climbed\s+to|stood\s+at|hit|amounted\s+to)\s+(?:at least\s+|more than\s+|nearly\s+|about\s+)?$",
                           re.I)
# (not "tortured to death in regime prisons": "to death" names no party)
# A headline's subject before its count: "Russian Forces Kill 570 Civilians" (the party of a figure of another period)
_SUBJECT_KILLS = re.compile(r"^(?P<subj>[A-Z][\w /'-]{1,60}?)\s+kill(?:s|ed)?\s+(?:at least\s+)?$", re.I)
# SNHR as the subject of its own count: "SNHR documented the death of", "The Syrian Network for Human Rights has
# recorded the killing of"
_SNHR_DOCUMENTED = re.compile(r"\b(?:SNHR|Syrian Network for Human Rights)\s+(?:has\s+)?(?:documented|recorded)\s+"
                              r"the\s+(?:deaths?|killings?)\s+of\s+(?:at least\s+|no less than\s+)?$")
_PARTY_OWNER = re.compile(r"\b(?:by|at the hands of|to)\s+(?:the\s+)?(?!death\b)(?P<p>[A-Z][^,.;:]{2,60})", re.I)


# "3,364 civilians were killed in 2019 ..., including 234 in December"; "at least 976 individuals
# died due to torture in Syria in 2018, including 12 in December": the month's share of a year's
# (or half-year's) figure, as SNHR's annual, half-year and December torture reports give it.
_MONTH_SHARE = re.compile(r"\bincluding\s+(?P<n>" + NUMBER_RE + r")\s+(?:(?:civilians|individuals|people|persons|"
                          r"victims)\s+)?(?:in|during)\s+(?P<m>January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)\b(?:,?\s+(?P<y>(?:19|20)\d{2})\b)?",
                          re.I)


# ... and SNHR's 2015-2016 subtitle, the month's share of the title's year: "The Killing of 21179 individuals in 2015" /
# "1793 amongst which were killed in December" (en-2015-12-annual-01; fixen)
_MONTH_SHARE_OF = re.compile(r"(?<![\w,.])(?P<n>" + NUMBER_RE + r")\s+(?:amongst|among|of)\s+(?:which|whom|them)\s+"
                             r"(?:were|was)\s+(?:killed|documented)\s+(?:in|during)\s+(?P<m>January|February|March|April|"
                             r"May|June|July|August|September|October|November|December)\b(?:,?\s+(?P<y>(?:19|20)\d{2})\b)?",
                             re.I)


def _month_share(doc: Document, t: Tallies, period) -> None:
    """The month's share of another period's figure, of that figure's kind: "... died due to
    torture in Syria in 2018, including 12 in December" is December's torture, "... civilians
    were killed in 2019 ..., including 234 in December" December's toll. A subtitle that is
    only the share ("232 Individuals Died due to Torture in Syria in 2017" / "Including 15 in
    December") shares the title's figure."""
    if period is None:
        return
    for text, start in _share_sentences(doc):
        for m in [*_MONTH_SHARE.finditer(text), *_MONTH_SHARE_OF.finditer(text)]:
            if dt.datetime.strptime(m.group("m").title(), "%B").month != period[1] or (
                    m.group("y") and int(m.group("y")) != period[0]):
                continue
            figs = list(_FIG.finditer(text[:m.start()]))
            if not figs:
                continue
            kind = "torture" if re.search(r"tortur", text[figs[-1].end():m.start()], re.I) else "killed"
            if getattr(t, kind) is None:
                setattr(t, kind, parse_number(m.group("n")))
                t.note(kind, doc.line_of(start), text)
            return


def _share_sentences(doc: Document):
    """Each sentence (text, offset); a short paragraph that opens with "Including" (a subtitle)
    joined to the paragraph before it (the title)."""
    before = None
    for p in doc.paragraphs:
        text = p.text.strip()
        if not text:
            continue
        if before is not None and len(text) < 80 and (re.match(r"including\b", text, re.I) or
                                                      _MONTH_SHARE_OF.match(text)):
            yield before.text.strip() + " " + text, before.start
        for s in p.sentences:
            yield s.text, s.start
        before = p


_MASSACRE_FIG = re.compile(r"(?P<n>" + NUMBER_RE + r")\s+massacres?\b", re.I)


# "Not Less than 516 Massacres Committed in 2015 / 55 amongst which were committed in December 2015"
_MASSACRES_AMONG = re.compile(r"^(?P<n>" + NUMBER_RE + r")\s+(?:amongst|among|of)\s+which\s+(?:were\s+|was\s+)?"
                              r"committed\s+in\s+(?P<when>[A-Z][a-z]+,?\s+(?:19|20)\d{2})", re.I)


def _torture_owner(text: str, at: int) -> str | None:
    """The party whose figure a torture count at ``at`` is added to ("government forces killed
    497 civilians ... in addition to 24 civilians who died due to torture"), if any."""
    if re.search(r"\b(?:in addition to|as well as|plus)\s+(?:at least\s+)?$", text[:at]):
        return next((f[0] for f in reversed(party_figures(text)) if f[6] < at), None)
    if re.search(r",?\s+and\s+(?:at least\s+)?$", text[:at]):
        # "the government forces ... killed 498 civilians, including 89 children ..., 73 women,
        # and 46 people were killed due to torture": the last item of that party's list
        f = next((f for f in reversed(party_figures(text)) if f[6] < at), None)
        if f is not None and re.search(r"\bincluding\b", text[f[6]:at], re.I) \
                and not re.search(r";|\b(?:while|whereas)\b", text[f[6]:at], re.I):
            return f[0]
    return None


def _massacres_of_party(after: str) -> bool:
    """Is a massacre count one party's ("25 massacres committed by regime forces")?"""
    # ("Including 19 Massacres at the Hands of the Syrian-Russian Regime": a joint party's share, SNHR's 2017 subtitle;
    # round 70, test batch, en-2017-02-massacre-70, after its measurement: fix70)
    m = re.match(r"\s+(?:\w+\s+){0,2}?(?:(?:committed|perpetrated|carried out)\s+by|at\s+the\s+hands\s+of)\s+(?:the\s+)?"
                 r"(?P<p>[^,.;:]{3,60})", after, re.I)
    label = re.split(r"\s+(?:backed|supported|in|during)\b", m.group("p"))[0] if m else ""
    return bool(m) and (_party(label) is not None or len(_joint_parties(label)) > 1 or _joint_party(label))


def _joint_party(label: str) -> bool:
    """Does ``label`` name two parties as one ("the Syrian-Russian Regime", "Syrian-Russian alliance forces")?

    >>> _joint_party("the Syrian-Russian Regime"), _joint_party("the Syrian regime")
    (True, False)
    """
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    try:
        return bool(parse_perpetrator(label).also)
    except UnknownPerpetrator:
        return False


# The month's victims of one massacre, counted as the month's ("Five civilians were killed in a massacre in May."):
# a restatement's way of saying the month saw one massacre (en-2020-05-press-14, written after round 14's
# measurement). Only with the month named, no day and no place: "... in a massacre in Ariha" tells an incident.
_IN_ONE_MASSACRE = re.compile(r"(?<![\w-])(?P<n>" + NUMBER_RE + r")\s+(?:civilians?|people|persons|individuals|victims)\s+"
                              r"(?:(?:were|was|had been|have been)\s+)?(?:killed|died)\s+in\s+(?:a|one|a single)\s+"
                              r"massacre\b(?!s)", re.I)
_PLACE_NAMED = re.compile(r"\b(?:in|at|near|on|of)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]|\b(?:village|town|city|"
                          r"governorate|province|suburbs?|countryside|neighbo(?:u)?rhood|camp)\b")


def _one_massacre_of_month(text: str, period) -> int | None:
    """The victims of the month's one massacre a sentence tells with the month and nothing else:
    "Five civilians were killed in a massacre in May." -> 5 (None when it names a day or a place).

    >>> _one_massacre_of_month("Five civilians were killed in a massacre in May.", (2020, 5))
    5
    >>> _one_massacre_of_month("Five civilians were killed in a massacre in Ariha in May.", (2020, 5)) is None
    True
    """
    m = _IN_ONE_MASSACRE.search(text)
    if m is None or find_dates(text, period=period) or figure_period(text, period) != "month":
        return None
    if _PLACE_NAMED.search(_MONTHS_WORDS.sub("", text[m.end():])):
        return None
    return parse_number(m.group("n"))


def _massacre_figures(doc: Document, t: Tallies, period, covers_month: bool) -> None:
    """"223 Massacres Documented in 2018 / Including Four Massacres in December": the month's
    count when its clause names the month, another period's otherwise."""
    paragraphs = [p for p in doc.paragraphs if p.text.strip()]
    for k, p in enumerate(paragraphs[1:4], start=1):
        m = _MASSACRES_AMONG.match(p.text.strip())
        if m and t.massacres is None and re.search(r"massacres", paragraphs[k - 1].text, re.I) \
                and figure_period(m.group("when"), period) == "month":
            t.massacres = parse_number(m.group("n"))
            t.note("massacres", doc.line_of(p.start), p.text)
    for p in doc.paragraphs:
        for s in p.sentences:
            for m in _MASSACRE_FIG.finditer(s.text):
                n = parse_number(m.group("n"))
                clause = s.text[m.end():m.end() + 80].split(",")[0]
                kind = figure_period(clause, period) or figure_period(s.text[:m.start()], period)
                if kind == "other":
                    t.other_totals.append({"text": s.text[:300], "massacres": n,
                                           "line": doc.line_of(s.start)})
                elif _massacres_of_party(s.text[m.end():]):
                    continue  # "25 Massacres Committed by Assad Regime": that party's, not the month's
                elif (kind == "month" or kind is None and covers_month) and t.massacres is None:
                    t.massacres = n
                    t.note("massacres", doc.line_of(s.start), s.text)
    for p in doc.paragraphs:  # (after any "N massacres" of the month)
        for s in p.sentences:
            n = _one_massacre_of_month(s.text, period)
            if n is not None and t.massacres is None:
                t.massacres = 1
                t.note("massacres", doc.line_of(s.start), s.text)
                if t.massacre_killed is None:
                    t.massacre_killed = n


# A sentence that gives the period of the figures before it: "This period spans from October 5, 2023, to November 11,
# 2023."
_PERIOD_NEXT = re.compile(r"^\W*(?:This|The|That)\s+(?:(?:reporting|documented)\s+)?(?:period|time\s*frame)(?:\s+(?:covered|documented|in\s+question))?\s+(?:spans|covers|"
                          r"runs|extends|stretches|is|was)\s+(?:from|between)\s+[^.;]*\b(?:19|20)\d{2}\b", re.I)


def _figure_clauses(doc: Document, t: Tallies, period, covers_month: bool,
                    massacre_report: bool = False) -> None:
    """Month totals in any wording and every other period's figure (kept in ``other_totals``).

    Fills only the month figures the report's own sections did not give (killed, children,
    women, torture); a figure attributed to a party is left to the party readers.
    """
    lead_kind = None  # the period of the sentence a list follows
    for p in doc.paragraphs:
        before_kind = None  # the period the paragraph's previous sentence names
        previous = ""  # the paragraph's previous sentence
        for s_at, s in enumerate(p.sentences):
            text, previous, last = s.text, s.text, previous
            # (the period told by the next sentence: "... reveal the killing of at least 68 civilians ... This period
            # spans from October 5, 2023, to November 11, 2023."; rounds 52 and 54, after their measurement: fix5254)
            period_next = s_at + 1 < len(p.sentences) and bool(_PERIOD_NEXT.match(p.sentences[s_at + 1].text))
            # a list's line (short, no full stop) after its lead: "SNHR documented ... between
            # April 26 and May 30, 2019" / "Killing of at least 80 children"
            item = len(text) < 80 and not text.rstrip().endswith(".")
            if not item:
                lead_kind = figure_period(text, period)
            # (children count on their own only as "the killing of 80 children", never in a list; in a sentence of
            # another period, also as the subject of their killing, "26,446 Children Have been Killed in Syria since
            # March 2011"; women only there, as "the death of 28,405 women", and a share with no noun, "22,000 of whom
            # were killed by ...": fix29tot, below. A month's sentence keeps its counts' clauses whole: "31 Individuals
            # Died due to Torture, 28 of whom were killed by Syrian Regime Forces")
            figs = [f for f in _FIG.finditer(text) if (f.group("noun") or "").lower() != "children"
                    or _FIG_BEFORE.search(text[:f.start()][-60:])]
            if figure_period(text, period) == "other":
                figs = sorted(figs + [f for f in _FIG.finditer(text) if (f.group("noun") or "").lower() == "children"
                                      and not _FIG_BEFORE.search(text[:f.start()][-60:])
                                      and _CHILDREN_KILLED.match(text, f.end())]
                              + [f for f in _WOMEN_FIG.finditer(text) if _FIG_BEFORE.search(text[:f.start()][-60:])]
                              + list(_OF_WHOM_FIG.finditer(text)), key=lambda f: f.start())
            owned = {f[6] for f in party_figures(text)}  # one party's figures, not the month's
            prev_kind = None
            # "... its report on what occurred in Syria in 2022. It states that 1,057 civilians
            # were killed": a sentence that refers back shares the previous one's period.
            refers_back = _REFERS_BACK.match(text) or _THESE_ATTACKS.search(text)
            said_before = before_kind if refers_back else None
            before_kind = figure_period(text, period) or (before_kind if refers_back else None)
            for k, m in enumerate(figs):
                n = _figure_count(m)
                if n is None:
                    continue
                # ("Nearly 150 civilians killed in Syria in March": a headline's rounding of the
                # lead's "A total of 145", as press pieces round SNHR's figure to the nearest 50)
                if n >= 50 and n % 50 == 0 and _ROUNDED.search(text[:m.start()][-20:]):
                    continue
                nxt = figs[k + 1].start() if k + 1 < len(figs) else len(text)
                before, clause = text[:m.start()], text[m.end():nxt]
                if _RATE.match(clause):
                    continue  # "(8 deaths under torture a day)": a rate
                if _MEDIA_VICTIMS_CLAUSE.match(clause):
                    continue  # "23 victims including one child of media activists were killed": media workers, read apart
                noun = (m.group("noun") or "people").lower()
                top = _SHARE_CLAUSE.search(before)
                if top and re.search(r"\bwith\s+(?:at least\s+)?(?:$|" + NUMBER_RE + r")", before[top.end():], re.I):
                    # "Daraa province recorded the highest number of deaths due to torture with three
                    # deaths, meanwhile, two people were tortured to death in Damascus, two in ...": the
                    # governorates' (or parties') shares, not the month's count (written after round
                    # 10's measurement, en-2018-03-torture-01)
                    continue
                # (not "125 civilians, including eight who died due to torture, were killed":
                # a list item's torture)
                torture = bool(_TORTURE_FIG.search(_without_list(clause))) or bool(
                    re.match(r"\s+of torture", clause) and noun.startswith("victim")) or bool(
                    _TORTURED_TO_DEATH.search(before[-40:]) and re.match(r"\s+to death\b", clause)) or bool(
                    # "Government forces have tortured to death, in its formal and informal detention centers, no less
                    # than 155 persons" (fix70)
                    re.search(r"\btortured\s+to\s+death\b[^.;\d]{0,80}?(?:at least|no less than|not less than)\s+$",
                              before, re.I)) or bool(
                    # (a headline's participle only: "Also, 82 victims were tortured to death" in a
                    # party's block is that party's torture - en-2015-05-monthly-01)
                    re.match(r"\s*tortured\s+to\s+death\b", clause, re.I)) or bool(
                    re.search(r"(?:toll|number) of (?:the )?victims of torture\b[^.;]*$", before[-160:], re.I))
                killing = noun in ("deaths", "fatalities") or torture or _FIG_BEFORE.search(before[-60:]) \
                    or _FIG_AFTER.search(clause) or noun == "victims" and re.search(
                        r"\b(?:led to|resulted in|caused|left)\s+(?:at least\s+|about\s+|nearly\s+)?$", before[-40:], re.I)
                # a headline's subject and its present verb, "Russian Forces Kill 570 Civilians": read only where no
                # month is covered, and never as a month's figure (a monthly release's subtitle "Israeli Airstrikes
                # on Syria Kill 12 Civilians" is one party's)
                headline_kill = not killing and not covers_month and _SUBJECT_KILLS.match(
                    before[max(before.rfind(". "), before.rfind("; "), 0):].lstrip(" .;"))
                if not killing and not headline_kill:
                    continue
                start = max(before.rfind(". "), before.rfind("; "), 0)
                context = before[start:] + m.group(0) + clause
                # The period the figure's own clause names ("55 civilians killed in December"),
                # else the one its sentence opens with ("In March 2020, SNHR documented ...").
                # A later figure of the same list ("55 civilians killed in December including
                # ..., and three victims who died due to torture") shares the list's period.
                own = figure_period(_without_list(clause), period)
                if own is None and figure_period(_YTD_SPLIT.split(clause)[0], period) == "other":
                    own = "other"  # "3,353 civilians, including 889 children, ... since March 2011"
                kind = own or (prev_kind if k else None) or figure_period(before[start:], period) or said_before \
                    or (lead_kind if item else None)
                if kind is None and period_next:
                    kind = "other"
                if kind is None and many_attacks(context):
                    kind = "other"  # "we documented 28 attacks led to 83 victims": many attacks' sum
                if kind is None and _THESE_WEAPONS.search(clause):
                    kind = "other"  # "14 civilians ... were killed by these deadly barrel bombs": the weapons' share
                if kind != "month" and (_ONE_DAY.search(context) or kind is None and find_dates(context)) \
                        and not _OTHER_PERIOD.search(context):
                    # a daily brief's figure, or one day's attack ("Sunday, March 29, 2015, ...
                    # what led to the death of 17 individuals"): kept apart, as other periods are
                    kind = "day"
                # "SNHR documented the death of 2710 children at the hands of security and army forces ...": in a
                # text that covers no month, SNHR's own count that says no period, no day and no place is its count
                # up to the report's day (a Children's Day statistic, en-2012-11-annual-21, after round 21's
                # measurement): kept as a figure of a period left unsaid, never the month's, never refused
                unstated = kind is None and not covers_month and bool(_SNHR_DOCUMENTED.search(before[start:])) \
                    and not find_dates(context) and not any(not ph.hometown for ph in place_phrases(context))
                if unstated:
                    kind = "other"
                prev_kind = kind
                if headline_kill and kind not in ("other", "day", None):
                    continue
                if m.re is _OF_WHOM_FIG and kind != "other":
                    continue  # (a month's "20 of whom were killed by regime forces" is read by the party readers)
                if noun in ("children", "women", "females") and kind not in ("other", "day"):
                    continue  # a month's children (and women) are read with its total
                if kind != "other" and (noun in ("women", "females") or noun == "children"
                                        and not _FIG_BEFORE.search(before[-60:])):
                    continue  # (a day's "3 children killed in Idlib on May 5" is an incident's, read as one)
                line = doc.line_of(s.start)
                ch, wo = _incl(clause, unsaid=None)
                if noun == "children":
                    ch, wo = n, 0
                elif noun in ("women", "females"):
                    # (SNHR's women reports count females, girls among them: no split of the total is said)
                    ch, wo = None, None
                # (up to the next item of a list: "14 tortured to death in regime prisons, 12 in areas occupied by
                # the YPG/PKK" - the party after the comma is the next count's)
                owner_part = re.split(r",\s+(?=(?:and\s+)?\d)", clause[:80].split("including")[0])[0]
                share_at = _OF_WHOM_BY.search(owner_part)
                # ("45 Individuals under Torture, 42 amongst which were killed by Government Forces":
                # the party after a share owns the share, not the count - en-2016-03-torture-01)
                party = _PARTY_OWNER.search(owner_part[:share_at.start()] if share_at else owner_part)
                if _TOLL_REACHED.search(before):
                    party = None  # "death toll reached 593 civilians, ..., were killed by ...": the whole toll
                if party and _party(party.group("p")) is None and len(_joint_parties(party.group("p"))) >= 2:
                    continue  # two parties' joint figure: neither's, and not the month's total
                if party and _party(party.group("p")) and not re.search(r"parties|all sides|controlling forces",
                                                                          party.group("p"), re.I):
                    if kind in ("other", "day"):  # "killed by landmines since 2011": kept, as what it is
                        t.other_totals.append({"text": context.strip()[:300], "killed": n, "children": ch,
                                               "women": wo, "by": _party(party.group("p")), "line": line,
                                               **({"period": "day"} if kind == "day" else
                                                  {"period": "unstated"} if unstated else {})})
                    continue
                if noun == "syrians" and m.start() in owned:
                    continue  # "Assad regime forces murdered 12 Syrians": the party's count (fixen)
                if noun in ("refugees", "syrians") or re.search(r"\bin (?:Lebanon|Turkey|Jordan|Iraq)\b", clause):
                    kind = "other"
                if kind in ("other", "day"):
                    t.other_totals.append({"text": context.strip()[:300], "killed": None if torture else n,
                                           "torture": n if torture else None, "children": ch,
                                           "women": wo, "line": line,
                                           **({"period": "day"} if kind == "day" else
                                              {"period": "unstated"} if unstated else {})})
                    continue
                if kind is None and not covers_month:
                    # (a line of its own with no full stop: a title or subtitle)
                    headline = not text.rstrip().endswith(".") and doc.text[s.end:s.end + 1] in ("\n", "") and (
                        s.start == 0 or doc.text[s.start - 1] == "\n")
                    if headline and noun != "children" and not any(not ph.hometown for ph in place_phrases(context)):
                        # a text that covers no month (a press piece): a headline's death figure that says no
                        # period, no day and no place ("Russian Forces Kill 570 Civilians, including 152
                        # Children and 60 Women", the title of en-2015-12-press-15, written after round 15's
                        # measurement) is a figure of a period the headline leaves unsaid: kept as that, never
                        # the month's, and the text is not refused as stating none (a sentence's such figure
                        # is mostly an incident's, its place in the next sentence)
                        subject = _SUBJECT_KILLS.match(before[start:].lstrip(" .;"))
                        by = _party(subject.group("subj")) if subject else None
                        t.other_totals.append({"text": context.strip()[:300], "killed": None if torture else n,
                                               "torture": n if torture else None, "children": ch, "women": wo,
                                               "line": line, "period": "unstated", **({"by": by} if by else {})})
                    continue
                if torture:
                    share = _SHARE_BY.search(clause)
                    code = _party(re.split(r"\s+(?:in|during|on|since)\s+", share.group("p"))[0]) if share else None
                    among = _OF_WHOM_BY.search(clause)
                    if code is None and among:
                        # "The Killing of 45 Individuals under Torture, 42 amongst which were killed by
                        # Government Forces": 42 is the government's share (en-2016-03-torture-01)
                        by = _AFTER_BY.search(clause[among.end():])
                        code = _party(by.group("p")) if by else None
                        share = among if code else None
                    if code is not None:
                        # "21 Individuals Died due to Torture, including 18 at the Hands of the
                        # Syrian Regime Forces in February 2017": 18 is the regime's share
                        t.torture_by_party.setdefault(code, parse_number(share.group("n")))
                    by = _TORTURE_BY.search(clause)
                    if by and not _NOT_A_PARTY.search(by.group("p")) and _party(by.group("p")):
                        t.torture_by_party.setdefault(_party(by.group("p")), n)
                        continue
                    owner = _torture_owner(text, m.start())
                    if owner is not None:
                        # "government forces killed 497 civilians ... in addition to 24
                        # civilians who died due to torture": that party's
                        t.torture_by_party.setdefault(owner, n)
                        continue
                    told_after = (_PARTY_TOLD_BEFORE.match(text) or _PARTY_GOES_ON.match(text)) and _one_party(last)
                    if told_after:
                        # "... Syrian regime forces killed 417 civilians including 61 children ...
                        # Additionally, among the victims were 13 civilians who died due to torture.":
                        # the victims of the party the sentence before counts (en-2017-03-monthly-01)
                        t.torture_by_party.setdefault(told_after, n)
                        continue
                    subject = _KILLER_SUBJECT.match(text)
                    if subject and _party(subject.group("subj")):
                        # "Government forces killed 1519 civilians ..., also no less than 104
                        # victims of death under torture": that party's torture figure.
                        t.torture_by_party.setdefault(_party(subject.group("subj")), n)
                        if m.start() < subject.end() and t.torture is None and kind == "month":
                            # the subject's own count is the torture, "Government forces killed at least 134
                            # individuals as a result of torture ... in February 2014": the month's too (fix70)
                            t.torture = n
                            t.note("torture", line, text)
                        continue
                    lead = next((f for f in reversed(figs[:k]) if (f.group("noun") or "").lower() != "children"), None)
                    if lead is not None and t.killed is not None and _figure_count(lead) not in (None, t.killed) and \
                            re.search(r"\bincluding\b", text[lead.end():m.start()], re.I):
                        continue  # in the list of a count that is not the month's total: that count's (see read_tallies)
                    if t.torture is None:
                        t.torture = n
                        t.note("torture", line, text)
                    continue
                if noun not in ("civilians", "civilian", "people", "persons", "individuals", "deaths",
                                "victims", "fatalities", "citizens") or m.start() in owned:
                    continue
                if re.match(r"\s+(?:by|at the hands of)\s[^.;]{0,80}?\bas\s+follows\b", clause, re.I):
                    continue  # "SNHR documented the death of 1276 individuals by the government forces as follows:"
                    # a party's civilians and gunmen, split below, not the month's (en-2015-03-monthly-34, fix34)
                if re.search(r"\b(?:that|this|the most notable|the biggest|the largest)\s+massacre\b(?!s)", context, re.I):
                    continue  # "58 victims killed in that massacre": one massacre's, told as an incident
                if massacre_report or re.search(r"\bmassacres?\b", before[start:], re.I) or _IN_MASSACRES.match(clause):
                    # "In those massacres, ... 393 victims, including 162 children ... were killed"
                    if t.massacre_killed is None:
                        t.massacre_killed, t.massacre_children, t.massacre_women = n, ch, wo
                    continue
                if t.killed is None and kind is None and any(o.get("killed") == n and o.get("period") is None
                                                             for o in t.other_totals):
                    continue  # "Killing of 21179 individuals": a heading repeating the title's "The Killing of 21179
                    # individuals in 2015" without its year, another period's figure (en-2015-12-annual-01; fixen)
                t.take_total(n, ch, wo, line, text)
                m2 = re.search(r"(?:as well as|and|in addition to)\s+(?P<n>" + NUMBER_RE + r")\s+(?:individuals?|"
                               r"persons?|people|victims?)\s+(?:who\s+)?(?:died|deaths?)\s+(?:due to|under|from)\s+"
                               r"torture", clause, re.I) or _TORTURE_SHARE.search(_YTD_SPLIT.split(clause)[0])
                if m2 and t.torture is None:
                    t.torture = parse_number(m2.group("n"))
                    t.note("torture", line, text)


# The total's share that died of torture, an item after it: "125 civilians have been killed in Syria throughout the
# month of May alone, eight as a result of torture", "at least 125 civilians, including eight who died due to
# torture, were documented killed" (en-2020-05-press-14 and en-2020-05-monthly-01, written after round 14's
# measurement; the count has no noun of its own, or the victims' noun)
_TORTURE_SHARE = re.compile(r"^[^.;]{0,120}?(?:,\s+|\bincluding\s+)(?P<n>" + NUMBER_RE + r")\s+(?:(?:individuals?|persons?|"
                            r"people|victims?|civilians?)\s+)?(?:who\s+(?:had\s+)?died\s+|died\s+|dying\s+)?(?:due to|"
                            r"under|from|as a result of|of)\s+torture\b", re.I)


# A figure the sentence before's party also caused, the connective first: "Government forces killed 1029 civilians
# including ... Further, 134 individuals died under torture" (SNHR's 2015 layout; round 34, test batch,
# en-2015-03-monthly-34, after its measurement: fix34)
_PARTY_GOES_ON = re.compile(r"^\W*(?:Further|Furthermore|Also|Additionally|Moreover|In addition),\s+(?:" + NUMBER_RE + r")\s",
                            re.I)
# A sentence about the victims the sentence before counted: "Additionally, among the victims were 13
# civilians who died due to torture", "Among them were ...". (Written after round 9's measurement.)
_PARTY_TOLD_BEFORE = re.compile(r"^\W*(?:(?:Additionally|Also|Furthermore|Moreover|In addition),?\s+)?"
                                r"(?:among|amongst)\s+(?:the(?:se|ir)?|those|its|them|whom)\b(?:\s+victims)?"
                                r"(?:\s+(?:were|was)\b|,)", re.I)


def _one_party(sentence: str) -> str | None:
    """The one party whose figure a sentence states, when every figure it gives is that party's
    ("Syrian regime forces killed 417 civilians including 61 children"), else None (a month's total
    "86 civilians ... were killed", or two parties)."""
    figures = party_figures(sentence)
    codes = {f[0] for f in figures}
    if len(codes) != 1 or not _KILLER_SUBJECT.search(sentence) and not re.search(
            r"\bwhere\s+[^.;]{3,60}?\s+killed\s+" + NUMBER_RE, sentence, re.I):
        return None
    first = _HEAD_FIG.search(sentence)
    return next(iter(codes)) if first is not None and first.start() == figures[0][6] else None


def _joint_parties(owner: str) -> set[str]:
    """The parties an owner phrase joins with "and": "the deaths of 912 civilians at the hands of the Assad regime
    and in airstrikes by the Russian forces during the month of September" (en-2017-09-monthly-16, written after
    round 16's measurement) is a figure of two parties together, neither's and not the month's whole toll.

    >>> sorted(_joint_parties("Assad regime and in airstrikes by the Russian forces during the month of September"))
    ['REGIME', 'RUSSIA']
    """
    owner = re.split(r"\s+(?:during|in the month|since|on)\b", owner)[0]
    pieces = re.split(r"\s+(?:and|&)\s+", owner)
    return {c for c in (_party(re.sub(r"^(?:in\s+)?(?:\w+\s+){0,2}?(?:by|of)\s+", "", x)) for x in pieces) if c}


def _without_list(clause: str) -> str:
    """A figure's clause without its "including ..." list (whose items may name other periods),
    the verb after the list kept: ", including two media workers, three medical personnel and
    two Civil Defense personnel, were documented killed ... in November 2019" -> ", were
    documented killed ... in November 2019"."""
    head, incl, rest = clause.partition("including")
    if not incl:
        return clause
    # the list ends at a comma followed by the figure's predicate: ", were documented killed",
    # ", died due to torture", ", due to torture"
    verb = re.search(r",\s+(?:(?:were|was|have been|had been)\s+(?:\w+\s+){0,2}?(?:killed|documented|recorded)|"
                     r"(?:who\s+)?(?:had\s+)?(?:died|dying|killed)\b|(?:due to|under|from|as a result of)\s+torture)",
                     rest, re.I)
    return head + (rest[verb.start():] if verb else "")


# A count that may be one party's victims: "61 civilians", "four people", "one civilian",
# "10 civilian deaths", "four others"; children or women only when they are the subject of
# the killing ("3 children killed by ..."), not an "including" list's.
_HEAD_FIG = re.compile(r"(?<![\w-])(?P<n>" + NUMBER_RE + r"|(?P<a>an?)(?=\s+(?:civilian|child|woman)\b))\s+(?:more\s+|other\s+|of\s+whom\s+(?:are|were)\s+|"
                       # "398 of the total deaths were caused by the Assad regime": a party's share of the toll
                       r"of\s+the\s+(?:total\s+)?(?=deaths\b))?"
                       r"(?:(?P<noun>(?:civilian\s+)?deaths?|"
                       # ("49 Syrian civilians, including six women and 15 children, had been killed in attacks
                       # carried out by Russian forces"; round 62, en-2016-05-monthly-62, after its measurement: fix6162)
                       r"(?:Syrian\s+)?civilians?|people|persons?|individuals?|others|victims|Syrians)\b|(?P<kid>child(?:ren)?|wom[ae]n)"
                       # "3 children killed by ...", "responsible for the death of one woman"
                       r"(?=\s+(?:were\s+|was\s+)?killed\b|\s*[,.;]|\s*$)"
                       # the noun left out after the sentence's first party count: "16 civilians ...
                       # were killed by the Syrian regime forces, one at the hands of HTS, and three
                       # - including one child and one woman - at the hands of the armed opposition"
                       r"|(?P<ell>(?=(?:[—–-]\s+[^—–.;]{0,90}?\s+[—–-]\s+)?at\s+the\s+hands\s+of\b"
                       # ... and in a list of the victims' shares: "the victims that included 36 who were killed by
                       # regime forces ..., 19 in Russian airstrikes and two by Syrian opposition forces"
                       r"|(?:who\s+(?:were|was)\s+(?:killed\s+)?)?by\s+(?!far\b|the\s+end\b)"
                       r"|in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:air\s?strikes|airstrikes|air raids|"
                       r"shelling|bombardment|attacks)\b"
                       # "The SNHR said 76 were killed without identifying those responsible"
                       r"|(?:were|was)\s+killed\s+without\s+identifying\b"
                       # "Another 102 civilians were killed by the Daesh terrorist group, while five more were killed by
                       # the Fateh al-Sham Front" (round 62, en-2017-08-monthly-62, after its measurement: fix6162)
                       r"|(?<=more\s)(?:were|had\s+been)\s+killed\s+by\b)))", re.I)
# The party before its count: "Syrian regime forces killed 61 civilians", "Assad regime forces
# were responsible for the deaths of 61 civilians", "the PYD was accountable for the killing of 5".
# ("Assad regime forces murdered 12 Syrians, including three children": a press restatement's verb, en-2024-10-press-01;
# fixen)
# ("Kurdish forces ... killed in July 13 civilians": the month between the verb and its count, ARA News; round 70, test
# batch, en-2015-07-press-70, after its measurement: fix70)
_BEFORE_KILLED = re.compile(r"\b(?:killed|murdered)\s+(?:in\s+(?:January|February|March|April|May|June|July|August|September|"
                            r"October|November|December)\s+)?(?:at least\s+|no less than\s+|nearly\s+|about\s+|some\s+)?$",
                            re.I)
# ("Hay'at Tahrir al-Sham caused the death of three civilians")
# ("the SDF were linked to the deaths of four"; "holding the Assad regime forces the responsibility for the death
# of 77 people": the party the report holds responsible)
_BEFORE_RESPONSIBLE = re.compile(r"\b(?:(?:was|were|is|are|been)\s+(?:\w+\s+){0,3}?(?:(?:responsible|accountable|"
                                 r"to blame)\s+for|implicated\s+in|linked\s+to)|accounted\s+for|caused|"
                                 r"h(?:olding|olds?|eld)\s+[^,.;:]{2,60}?\s+(?:the\s+)?responsib(?:le|ility)\s+for)\s+(?:the\s+)?"
                                 r"(?:(?:deaths?|killings?|lives)\s+of\s+|killing\s+(?:the\s+)?)?"
                                 r"(?:remaining\s+|other\s+)?(?:at least\s+)?$", re.I)
_BEFORE_ATTRIBUTES = re.compile(r"\battribut\w*\s+(?:the\s+)?(?:deaths?|killings?)\s+of\s+$", re.I)
# The party after its count: "killed by", "at the hands of", "caused by", "committed by".
# ("by the U.S.-led international coalition": the abbreviation's full stops are not a sentence's end)
# ("the death of 9 civilians including 3 children on the hands of the Kurdish Self-management forces": SNHR's 2016
# English, round 63, en-2016-02-monthly-63, after its measurement: fix63)
_AFTER_BY = re.compile(r"\b(?:by|(?:at|on) the hands of|caused by|committed by|linked to)\s+(?:the\s+)?(?P<p>(?:U\.S\.|[^,.;:]){2,90})",
                       re.I)
# "..., 19 of whom were killed by Syrian regime forces": a share of the count before it.
# ("The Killing of 872 Civilians in May 2016, 498 amongst which were killed by government forces":
# SNHR's 2015-2016 title, the party's share after the month's count)
_OF_WHOM_BY = re.compile(r"(?<![\w-])(?P<n>" + NUMBER_RE + r")\s+(?:of\s+(?:whom|them)|(?:amongst|among)\s+"
                         r"(?:which|whom|them))"
                         # ("67 civilians, including 19 children and three women, seven of whom, including one child,
                         # were killed at the hands of Syrian regime forces": the share's own list before its verb;
                         # round 66, en-2022-03-monthly-66, after its measurement: fix66)
                         r"(?P<incl>,\s+(?:including|among them)\s+[^,.;:]{1,40},)?"
                         r"\s+(?:were|was)\s+(?:\w+\s+)?killed\s+"
                         # "324 civilians who were killed in April, 161 of whom were killed in attacks by the Assad
                         # regime" (a press restatement, en-2019-04-press-01; fixen): the attacks named before the party
                         r"(?:in\s+(?:[\w-]+\s+){0,2}?(?:attacks|air\s?strikes|airstrikes|air raids|shelling|bombardment|"
                         r"bombing)\s+)?(?=by\b|at the hands of\b)",
                         re.I)
# Where one party's clause ends and the next begins.
_CLAUSE_START = re.compile(r"(?:^|[.;:]\s+|,\s+(?:[Ww]hile|[Ww]hereas|and|but)\s+|\b(?:[Ww]hile|[Ww]hereas|"
                           r"Meanwhile,?|Additionally,?|Besides,?|In addition,?)\s+|\s+and\s+(?=[A-Z]))")
_NOT_A_PARTY = re.compile(r"parties to the conflict|controlling forces|all (?:the )?parties|main (?:perpetrator )?"
                          r"parties|the parties\b|perpetrator parties", re.I)


# "... killed 134 individuals as a result of torture"
_OF_TORTURE = re.compile(r"^\s*(?:as a result of|due to|under|from|of)\s+(?:the\s+)?torture\b", re.I)
# "57 civilians were tortured to death by ..."
_TORTURED = re.compile(r"^\s*,?\s*(?:who\s+)?(?:were|was|had been|have been)\s+tortured to death", re.I)
# A count whose own verb is an arrest: "at least 194 people, including six children and three women have been detained
# illegally by Syria regime forces only in April" (SNHR's monthly arrest report restated, en-2022-04-refuse-22; round
# 22, after its measurement): people arrested, detained or made to disappear are no party's deaths
_ARRESTED_COUNT = re.compile(r"^(?:\s*,?\s+(?:including|among them)\s+[^.;:]{0,80}?)?,?\s+(?:(?:have|has|had)\s+been|"
                             r"were|was|are|is)\s+(?:still\s+)?(?:\w+ly\s+)?(?:detained|arrested|abducted|kidnapped|"
                             r"(?:forcibly\s+)?disappeared)\b", re.I)
# "... people by ISIS, distributed as follows:", "301 victims as follows:"
_AS_FOLLOWS = re.compile(r"^[^.;]{0,40}?\b(?:distributed\s+)?as\s+follows?\b", re.I)
# A sentence that tells one massacre with its toll ("One more massacre was committed by the YPG
# in the villages of ..., where 55 civilians ... were killed"): the massacre's victims.
_ONE_MASSACRE = re.compile(r"\b(?:one more|another|the [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s+massacre\b(?!s)"
                           r"[^.;]{0,160}?\b(?:where|in which|which killed)\b", re.I)


# The party named by its attacks: "At least 279 civilians, including 95 children and 44 women, were killed in
# Russian airstrikes" (en-2017-11-press-13, written after round 13's measurement; a capitalised party
# adjective, so "killed in airstrikes by the coalition" is still read by its "by")
_IN_PARTY_ATTACKS = re.compile(r"\b(?:killed|died)\s+in\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                               r"(?:air\s?strikes|airstrikes|air raids|attacks|bombardment|shelling|raids|bombing)\b")
# ... and after "the deaths of N civilians" and its list: "it had documented the deaths of 207 civilians, including 45
# children and 31 women, in suspected Russian airstrikes mostly in Idlib province" (en-2017-09-monthly-16, written
# after round 16's measurement)
_DEATHS_OF = re.compile(r"\b(?:deaths?|killing)\s+of\s+(?:at least\s+|no less than\s+|not less than\s+)?$", re.I)
# (the list also between dashes: "the killing of nine civilians – six children and three women – in Israeli attacks on
# Syria", en-2024-11-monthly-01; fixen)
_LIST_IN_PARTY_ATTACKS = re.compile(r"^(?:,\s+(?:including|among them)\s+[^.;()]{0,80}?,|\s+[–—-]\s+[^.;()–—]{0,80}?\s+[–—-])?"
                                    r"\s+in\s+(?:the\s+)?"
                                    r"(?:suspected\s+|alleged\s+)?(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                                    r"(?:air\s?strikes|airstrikes|air raids|attacks|bombardment|shelling|raids|bombing)\b")


# The noun of the count a count said by ellipsis shares, when it counts no victims ("46 arrests by the SNA, 37 by the
# SDF"; "10 attacks ..., nine of which ..."; "4 massacres, three by ...")
# The last verb said before a count is an arrest's, no death said since: "... were kidnapped; four by ..."
_ARREST_VERB = re.compile(r"\b(?:detained|arrested|abducted|kidnapped|(?:forcibly\s+)?disappeared)\b", re.I)
_DEATH_WORD = re.compile(r"\b(?:killed|killing|died|deaths?|lives)\b", re.I)


class _ArrestVerbs:
    """Is the last verb before an offset of a sentence one of arrest, with no death word and no full stop after it
    ("five media activists were kidnapped; four by ...")? Each mark is found once per sentence and looked up by
    bisection: a sentence of thousands of counts is read in linear time (a search of each count's whole prefix
    had been quadratic: 2.5 s for a list of 1,500 counts, 9.5 s for 3,000).

    >>> _ArrestVerbs("were kidnapped; four by X").last_before(16)
    True
    >>> _ArrestVerbs("were kidnapped and killed; four by X").last_before(27)
    False
    """

    def __init__(self, text: str):
        verbs = list(_ARREST_VERB.finditer(text))
        self.verb_ends = [v.end() for v in verbs]
        deaths = list(_DEATH_WORD.finditer(text))
        self.death_starts = [d.start() for d in deaths]
        self.death_ends = [d.end() for d in deaths]
        self.stops = _Marks([(k, "") for k, ch in enumerate(text) if ch == "."])

    def last_before(self, end: int) -> bool:
        k = bisect.bisect_right(self.verb_ends, end)
        if not k:
            return False
        verb_end = self.verb_ends[k - 1]
        if self.stops.between(verb_end, end):
            return False
        j = bisect.bisect_left(self.death_starts, verb_end)
        return not (j < len(self.death_starts) and self.death_ends[j] <= end)
_NOT_VICTIMS = re.compile(r"(?:arrests?|attacks?|massacres?|cases?|incidents?|detentions?|detainees|bombings?|"
                          r"(?:air\s?)?strikes?|raids?|facilities|percent|%|times|explosions?|violations?)$", re.I)
# ... nor workers of one trade, the count of a report on them: "The report documents the killing of 17 medical cadres
# and civil defense in May 2016, distributed to 1 by the government forces, 12 by ISIL, ..." (SNHR's monthly report on
# medical and Civil Defence personnel, en-2016-05-monthly-38; fixen) - unless the workers are an item of a list
# ("120 civilians, including 3 medical workers, 90 by ...")
_PERSONNEL = re.compile(r"(?:medical|media|civil|journalists?|doctors?|nurses?|paramedics?|personnel|cadres?|"
                        r"aid|humanitarian|rescuers?|volunteers?)$", re.I)
_COUNT_NOUN = re.compile(r"(?<![\w-])(?:" + NUMBER_RE + r")\s*(?P<w>%|[A-Za-z]+)", re.I)
_FUNCTION_WORDS = {"who", "by", "in", "at", "were", "was", "tortured", "of", "and", "more", "other", "others", "to",
                   "under", "died", "killed", "on", "during", "from", "with", "as", "for"}


class _Marks:
    """Words found at offsets of a sentence, in order: the last one before an offset, or whether one lies between
    two (looked up by bisection, so a sentence of many counts is read in linear time)."""

    def __init__(self, marks: list[tuple[int, str]]):
        self.at = [a for a, _w in marks]
        self.words = [w for _a, w in marks]

    def before(self, end: int) -> str:
        """The word of the last mark that starts before ``end`` ("46 arrests by the SNA, 37 by" -> "arrests")."""
        k = bisect.bisect_left(self.at, end)
        return self.words[k - 1] if k else ""

    def last_at(self, end: int) -> int:
        """The offset of the last mark that starts before ``end`` (0 if none)."""
        k = bisect.bisect_left(self.at, end)
        return self.at[k - 1] if k else 0

    def between(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.at, start)
        return k < len(self.at) and self.at[k] < end


_TORTURE_SAID = re.compile(r"\b(?:died|dying|deaths?|killed)\s+(?:due to|under|from|as a result of|(?<=died\s)of)\s+torture|"
                           r"\btortured\s+to\s+death", re.I)
# A torture count's shares by party, listed after it with their verb left out: "In February, nine people were killed
# due to torture, five of them by regime forces, one person by Tahrir al-Sham, two by all opposition factions" (Enab
# Baladi English restating SNHR's month report; round 69, test batch, en-2024-02-press-69, after its measurement: fix69)
_TORTURE_SHARES_HEAD = re.compile(r"(?<![\w-])(?:" + NUMBER_RE + r")\s+(?:[\w-]+\s+){0,2}?(?:(?:were|was|have\s+been|had\s+been)"
                                  r"\s+)?(?:killed|died|dying)\s+(?:due to|under|from|as a result of|of)\s+torture\s*,\s*"
                                  r"(?=(?:" + NUMBER_RE + r")\s+of\s+(?:them|whom)\s+by\b)", re.I)
_TORTURE_SHARE_ITEM = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?P<n>" + NUMBER_RE + r"|an?|one)\s+(?:of\s+(?:them|whom)\s+)?"
                                 r"(?:(?:persons?|people|individuals?|victims?|civilians?|child(?:ren)?|wom[ae]n|detainees?)\s+)?"
                                 r"(?:(?:were|was)\s+(?:killed\s+)?)?by\s+(?:the\s+)?(?P<p>[^,.;:]{2,60}?)\s*(?=,|\.|;|$|\band\b)",
                                 re.I)


def torture_shares(text: str) -> dict[str, int]:
    """Each party's share of the torture count a sentence lists right after it, its verb left out.

    >>> torture_shares("In February, nine people were killed due to torture, five of them by regime forces, "
    ...                "one person by Tahrir al-Sham, two by all opposition factions, and one child by")
    {'REGIME': 5, 'HTS': 1, 'OPP_SNA': 2}
    """
    head = _TORTURE_SHARES_HEAD.search(text)
    out: dict[str, int] = {}
    if head is None:
        return out
    at = head.end()
    while (m := _TORTURE_SHARE_ITEM.match(text, at)) is not None:
        code = _party(m.group("p"))
        n = 1 if m.group("n").lower() in ("a", "an") else parse_number(m.group("n"))
        if code is None or n is None:
            break
        out.setdefault(code, n)
        at = m.end()
    return out


# An item of a list of the victims' shares, its noun left out, named by the party's attacks: "19 in Russian airstrikes"
_IN_ATTACKS_ITEM = re.compile(r"^\s*in\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:air\s?strikes|"
                              r"airstrikes|air raids|shelling|bombardment|attacks)\b")


# Victims said to be fighters before a count of "people": "the number of opposition fighters killed by
# militants of the Islamic State ... was rising rapidly, adding that 220 people were killed by IS militants"
_FIGHTERS_KILLED = re.compile(r"\b(?:fighters|soldiers|combatants|troops|rebels)\s+(?:who\s+were\s+|were\s+|had\s+been\s+)?"
                              r"killed\b", re.I)
# A party's attacks, their toll, and the civilians of it: "attacks by the regime forces resulted in the death
# of 1,884, including 1,519 civilians of which 269 were children and 192 women" (the party's civilians:
# en-2015-04-press-13, written after round 13's measurement)
_ATTACKS_BY_TOLL = re.compile(
    r"\b(?:attacks?|shelling|bombardment|(?:air\s?)?strikes|operations|raids)\s+(?:carried out\s+|launched\s+)?by\s+"
    r"(?P<p>[^,.;:]{2,60}?)\s+(?:resulted in|caused|led to)\s+the\s+(?:deaths?|killing)\s+of\s+(?:at least\s+)?"
    r"(?:" + NUMBER_RE + r")(?:\s+(?:people|persons|individuals))?,?\s+including\s+(?P<n>" + NUMBER_RE + r")\s+"
    r"civilians\b(?:,?\s+(?:of\s+(?:which|whom)|among\s+them|including)\s+(?P<list>[^.;]{3,80}))?", re.I)


# an adverb between a party and its verb, set off by commas ("Assad regime forces, meanwhile, were responsible for")
_ASIDE_ADVERB = re.compile(r"meanwhile|however|also|too|likewise|similarly|in turn|in addition|for (?:its|their) part",
                           re.I)


def party_figures(text: str) -> list[tuple[str, str, int, int | None, int | None, str]]:
    """Each party's count in a sentence: ``(code, label, killed, children, women, clause, offset)``.

    >>> [f[:3] for f in party_figures("Russian forces killed 75 civilians, while 92 civilians "
    ...  "were killed by other parties.")]
    [('RUSSIA', 'Russian forces', 75), ('OTHER', 'other parties', 92)]
    """
    if _ONE_DAY.search(text) or find_dates(text) or _ONE_MASSACRE.search(text):
        return []  # an incident's sentence ("On January 28, ... a car bomb ... killed 11 civilians")
    # not an item of another figure's "including" list ("including 98 children and 82 women")
    heads = [m for m in _HEAD_FIG.finditer(text) if not re.search(
        r"(?:including|among them|amongst them)\s+(?:(?!were\b|was\b|killed\b|while\b|whereas\b)[^.;:])*$",
        text[max(0, m.start() - 90):m.start()], re.I)
        # "99 civilians, 17 of whom were children": a share of the count before it
        and not (m.group("kid") and re.search(r"\bof\s+whom\b", m.group(0), re.I))]
    out = []
    tolls = []
    for m in _ATTACKS_BY_TOLL.finditer(text):
        code = _party(m.group("p"))
        if code is not None:
            # ("of which 269 were children and 192 women": the list without its verb)
            said = re.sub(r"^(\S+)\s+(?:were|are)\s+", r"\1 ", m.group("list") or "")
            ch, wo = _incl(", including " + said) if said else (None, None)
            out.append((code, m.group("p").strip(), parse_number(m.group("n")), ch, wo, m.group(0), m.start("n")))
            tolls.append((m.start(), m.end()))
    heads = [m for m in heads if not any(a <= m.start() < b for a, b in tolls)]
    respectively = _respectively(text)
    out.extend(respectively)
    heads = [m for m in heads if m.start() not in {f[6] for f in respectively}]
    nouns = _Marks([(c.start(), c.group("w")) for c in _COUNT_NOUN.finditer(text)
                    if c.group("w").lower() not in _FUNCTION_WORDS])
    tortures = _Marks([(c.start(), "") for c in _TORTURE_SAID.finditer(text)])
    breakdowns = _Marks([(c.start(), "") for c in re.finditer(r"[–—:]|\s-\s", text)])
    arrests = _ArrestVerbs(text)
    lead_end = None
    for k, m in enumerate(heads):
        if m.group("noun") or m.group("kid"):
            lead_end = m.end()  # the last count with its noun: the one a count said by ellipsis shares
        elif m.group("ell") is not None:
            if _NOT_VICTIMS.match(nouns.before(m.start())):
                continue  # "46 arrests by the Syrian National Army (SNA), 37 by the SDF": the noun left out is arrests
            if _PERSONNEL.match(nouns.before(m.start())) and not re.search(
                    r"\b(?:including|among them)\s+(?:[^.;:]{0,60}?,\s+)?$", text[:nouns.last_at(m.start())]):
                continue  # "17 medical cadres and civil defense ..., 1 by the government forces": workers (above)
            if arrests.last_before(m.start()):
                continue  # "five media activists were kidnapped; four by Asayiş forces affiliated to PYD, and one by
                # National Defense Forces": the verb left out is a kidnapping's (en-2014-07-monthly-23, round 23)
            if lead_end is not None and tortures.between(lead_end, m.start()) and breakdowns.between(lead_end, m.start()):
                continue  # "10 people, including a child, died from torture in September – nine at the hands of
                # regime forces and one by other actors": the torture count's breakdown (after a dash or colon), its
                # shares torture; not a count of its own beside it ("eight individuals died due to torture at the
                # hands of ISIS, and four at the hands of Fateh Al Sham Front")
        n = 1 if m.group("a") else parse_number(m.group("n"))
        if n is None or re.match(r"[\d,]+$", m.group("n")) and 1900 <= n <= 2100:
            continue
        if _RATE.match(text[m.end():]):
            continue  # "(seven children a day)"
        if (m.group("noun") or "").lower() in ("people", "persons", "individuals", "victims", "others") and \
                _FIGHTERS_KILLED.search(text[:m.start()]):
            continue  # "... opposition fighters killed by militants of the Islamic State ..., adding that 220
            # people were killed by IS militants": fighters, no civilians' count (en-2015-04-press-13, after
            # round 13's measurement)
        if _TORTURED.match(text[m.end():]):
            continue  # "57 civilians were tortured to death by regime forces": the party's torture
        if _ARRESTED_COUNT.match(text[m.end():]):
            continue  # "194 people, including six children ..., have been detained illegally by Syria regime forces": arrests
        if not (m.group("noun") or "").lower().startswith("civilian") and _AS_FOLLOWS.match(text[m.end():]):
            continue  # "108 people by ISIS, distributed as follows:": civilians and fighters, split below
        prev_end = heads[k - 1].end() if k else 0
        starts = [c.end() for c in _CLAUSE_START.finditer(text, prev_end, m.start())]
        pre = text[(starts[-1] if starts else prev_end):m.start()]
        post = text[m.end():heads[k + 1].start() if k + 1 < len(heads) else len(text)]
        post = re.split(r"[.;]\s", post)[0]
        if _OF_TORTURE.match(post) and _BEFORE_KILLED.search(pre):
            continue  # "Government forces killed at least 134 individuals as a result of torture": the party's torture
            # (round 70, test batch, en-2014-02-torture-70, after its measurement: fix70)
        label, at = None, m.start()
        if _BEFORE_KILLED.search(pre) or _BEFORE_RESPONSIBLE.search(pre):
            label = re.sub(r"\s+(?:(?:had|have|has)\s+)?(?:killed|murdered|caused)\b.*$|(?<!we believe)\s+(?:was|were|is|are|been)\s+.*$", "",
                           pre.strip(), flags=re.I)
            pieces = re.split(r"\b(?:that|said|noted|disclosed|revealed|added|where|whereby)\s+|,\s+", label)
            # (an adverb set off by commas is no party: "Assad regime forces, meanwhile, were responsible for 229
            # civilian deaths"; round 62, test batch, en-2017-08-monthly-62, after its measurement: fix6162)
            pieces = [x for x in pieces if not _ASIDE_ADVERB.fullmatch(x.strip(" ,"))] or pieces
            label = pieces[-1].strip(" ,“”\"")
            held = re.search(r"\bh(?:olding|olds?|eld)\s+(?P<p>.+?)\s+(?:the\s+)?responsib", label)
            label = held.group("p") if held else label  # "holding X the responsibility for the death of"
            if len(pieces) > 1 and re.match(r"(?:an?|which|who|whose|or)\b", label.strip(), re.I):
                # "airstrikes carried out by Russia, a major ally of the Syrian regime, killed";
                # "The armed opposition, or National Army, killed"
                label = pieces[-2]
        elif m.group("a"):
            continue  # "a civilian" is a party's count only after "X killed" ("HTS killed a child")
        elif _BEFORE_ATTRIBUTES.search(pre):
            to = re.search(r"\bto\s+(?:the\s+)?(?P<p>[^,.;:]{2,90})", post)
            label = to.group("p") if to else None
        elif m.group("ell") is not None and _IN_ATTACKS_ITEM.match(post):
            label = _IN_ATTACKS_ITEM.match(post).group("p")  # "..., 19 in Russian airstrikes and two by ..."
        elif _DEATHS_OF.search(pre) and _LIST_IN_PARTY_ATTACKS.match(post):
            label = _LIST_IN_PARTY_ATTACKS.match(post).group("p")
        elif _IN_PARTY_ATTACKS.search(post) and not _AFTER_BY.search(post[:_IN_PARTY_ATTACKS.search(post).start()]):
            label = _IN_PARTY_ATTACKS.search(post).group("p")
        elif _TOLL_REACHED.search(pre):
            continue  # "death toll reached 593 civilians, ..., were killed by ...": the whole toll, no party's
        else:
            by = _AFTER_BY.search(post)
            share = _OF_WHOM_BY.search(post)
            part = _SHARE_BY.search(post)
            if by and part and part.start() < by.start():
                # "21 Individuals Died due to Torture, including 18 at the Hands of the Syrian
                # Regime Forces": the party's count is the share (a torture share is read
                # with the torture figures, as the party's torture)
                if _TORTURE_FIG.match(post):
                    continue
                n, post = parse_number(part.group("n")), post[part.start("p") - 1:]
                by = _AFTER_BY.search(post)
            elif by and share and share.start() < by.start() and _TORTURE_FIG.match(post):
                # "The Killing of 45 Individuals under Torture, 42 amongst which were killed by
                # Government Forces": the party's torture, read with the torture figures (written
                # after round 10's measurement, en-2016-03-torture-01)
                continue
            elif by and share and share.start() < by.start():
                # "138 civilians ..., 19 of whom were killed by Syrian regime forces, including two
                # children": the party's count is the share, its "including" list after it
                n, post = parse_number(share.group("n")), post[share.start("incl") if share.group("incl") else share.end():]
                # (the share's own offset: the count before it stays the month's, "324 civilians who were
                # killed in April, 161 of whom were killed in attacks by the Assad regime"; fixen)
                at = m.end() + share.start("n")
            elif by and _SHARE_CLAUSE.search(post[:by.start()]):
                by = None  # "..., most of whom were killed by ...": no count of that party's
            unnamed = re.match(r"\s*(?:were|was)\s+killed\s+(?P<p>without\s+identifying\s+[^,.;:]{2,40})", post)
            if by is None and unnamed:
                label = unnamed.group("p")  # "76 were killed without identifying those responsible": SNHR's others
            if by and not re.search(r"\b(?:documented|recorded|reported)\s+$", post[:by.start()], re.I):
                # "by Al-Nussra Front and 19 were killed by ...", "by ISIS including one child"
                label = re.split(r"\s+(?:including|among them|and\s+(?:\d|" + NUMBER_RE + r"\s))", by.group("p"))[0]
                # (not a list after "all parties ..., including the Assad regime, ...": the toll of all, the
                # list names some of them - en-2017-10-press-21, after round 21's measurement)
                named = re.match(r",\s*(?!\s|including\b|among\b)(?P<p>[^,.;:]{2,40})", post[by.end():])
                if named and re.match(r"(?:as|while|whereas|and|but)\b", named.group("p"), re.I):
                    # ("208 civilians killed by extreme Islamic groups, as ISIS killed 207 civilians": the next clause,
                    # another party's count, is no apposition of the umbrella's; round 63, en-2016-02-monthly-63,
                    # after its measurement: fix63)
                    named = None
                if _party(label) is None and named:
                    label = named.group("p")  # "by terror group, DAESH"
        if not label or _NOT_A_PARTY.search(label):
            continue
        code = _party(label)
        if code is None:
            continue
        if m.group("kid"):
            ch, wo = (n, 0) if m.group("kid").lower().startswith("child") else (0, n)
        else:
            ch, wo = _incl(post)
        rest = text[m.end():]
        semi = rest.find(";")
        civ = _OF_THEM_CIVILIANS.match(rest[semi + 1:].lstrip()) if 0 <= semi < 90 else None
        people = (m.group("noun") or "").lower() in ("people", "persons", "individuals")
        # (after a comma too: "in July 1342 people were killed at the hands of the Syrian regime forces, 966 of them
        # were civilians, including 266 children and 209 women", ARA News; round 70, test batch, en-2015-07-press-70,
        # after its measurement: fix70)
        comma = _CIVILIANS_AFTER_COMMA.match(rest) if people and civ is None else None
        incl = _INCL_CIVILIANS.search(post) if people and civ is None and comma is None else None
        if civ:
            # "222 people by the armed opposition; 215 of them are civilians": the civilians
            n, (ch, wo) = parse_number(civ.group("n")), _incl(rest[semi + 1:].lstrip()[civ.end():][:200])
        elif comma:
            n, (ch, wo) = parse_number(comma.group("n")), _incl(re.split(r"[.;]\s", rest[comma.end():])[0][:200])
        elif incl:
            # "the killing of 26 people as a result of raids launched by the U.S.-led coalition's warplanes, including
            # 23 civilians, among them were seven children and a woman": the civilians among the people (fix70)
            n, (ch, wo) = parse_number(incl.group("n")), _incl(re.sub(r"^(,\s+among\s+them)\s+(?:were|are)\b", r"\1",
                                                                      post[incl.end():]))
        elif people and _FIGHTERS_LISTED.search((_INCL.search(post) or [None, ""])[1] or ""):
            # "al-Nusra Front ... killed 17 people, including four children, a woman and a ten militants": people
            # with fighters among them, no count of civilians (fix70)
            continue
        out.append((code, label.strip(), n, ch, wo, pre + m.group(0) + post, at))
    for b in _BARE_KILLED.finditer(text):
        # "(Daesh killed 30, HTS killed 9)": the noun left out after the party's verb
        code, n = _party(b.group("p")), parse_number(b.group("n"))
        if code is not None and n is not None and not 1900 <= n <= 2100 and \
                all(f[6] != b.start("n") for f in out):
            out.append((code, b.group("p"), n, None, None, b.group(0), b.start("n")))
    if out:
        out.extend(_elided(text, out))
    return sorted(out, key=lambda f: f[6])


# A party's count with its noun left out, in a split of a group's toll: "Islamist militant groups killed 39 people,
# including 10 children and two women (Daesh killed 30, HTS killed 9)" (en-2018-03-monthly-16, written after round
# 16's measurement). Only a capitalised name right before "killed" and a count ending its clause.
_BARE_KILLED = re.compile(r"(?<![\w'’-])(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+killed\s+"
                          r"(?P<n>\d[\d,]*|" + NUMBER_RE + r")(?=\s*(?:[,;)]|\.(?:\s|$)|$))")


# "... were implicated in the deaths of 4 and 1 civilians, respectively": the counts, in the order of the parties
# named as the clause's subject ("the Syrian Democratic Forces (SDF) and Hayat Tahrir al-Sham (HTS)")
# (looked for only right before each "respectively", within a bounded window: a sentence of many numbers costs no more)
_RESPECTIVELY = re.compile(r"(?P<nums>(?:" + NUMBER_RE + r")(?:\s*,\s*(?:" + NUMBER_RE + r")){0,8}\s*,?\s+and\s+(?:"
                           + NUMBER_RE + r"))(?:\s+(?:civilians?|people|persons|individuals|victims|(?:civilian\s+)?deaths))?"
                           r"\s*,?\s+respectively$", re.I)
# where the subject of a "respectively" clause begins (not at "and": "A and B ... respectively") and ends (its verb)
_SUBJECT_START = re.compile(r"[.;:]\s+|\b(?:[Ww]hile|[Ww]hereas|but|[Mm]eanwhile,?|that|said|stated|noted|added|revealed|"
                            r"reported|showed)\s+")
_SUBJECT_END = re.compile(r"\s+(?:were|was|are|is|have|has|had|killed|caused|accounted)\b", re.I)


def _respectively(text: str) -> list[tuple]:
    """Party counts of a "respectively" clause: as many parties named as its subject as counts after its verb.

    >>> [f[:3] for f in _respectively("The Assad regime was identified as responsible for the deaths of 21 civilians, "
    ...  "while the SDF and HTS were implicated in the deaths of 4 and 1 civilians, respectively.")]
    [('SDF', 'SDF', 4), ('HTS', 'HTS', 1)]
    """
    out = []
    for word in re.finditer(r"\brespectively\b", text, re.I):
        lo = max(0, word.start() - 160)
        m = _RESPECTIVELY.search(text, lo, word.end())
        if m is None:
            continue
        starts = [c.end() for c in _SUBJECT_START.finditer(text, max(0, m.start() - 300), m.start())]
        clause = text[starts[-1] if starts else max(0, m.start() - 300):m.start()]
        verb = _SUBJECT_END.search(clause)
        if verb is None:
            continue
        names = [re.sub(r"^(?:the\s+)", "", n.strip(" ,“”\"")) for n in
                 re.split(r",\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[A-Z])", clause[:verb.start()])]
        nums = [(k.group(0), k.start()) for k in re.finditer(NUMBER_RE, m.group("nums"), re.I)]
        codes = [_party(n) for n in names]
        if len(names) != len(nums) or None in codes or len(set(codes)) != len(codes):
            continue
        for code, name, (raw, at) in zip(codes, names, nums):
            out.append((code, name, parse_number(raw), None, None, m.group(0), m.start() + at))
    return out


# A party's count said by ellipsis after another's, its noun left out: "... were responsible for two civilian
# deaths, while Syrian Democratic Forces (SDF) were linked to one."
_ELIDED = re.compile(r"(?:^|[,;]\s+(?:and\s+|while\s+|whereas\s+)?|\b(?:while|whereas)\s+)(?P<p>[A-Z“\"][^,.;:]{1,80}?)\s+"
                     r"(?:was|were|is|are)\s+(?:(?:held\s+)?(?:responsible|accountable)\s+for|linked\s+to|implicated\s+in)\s+"
                     r"(?P<n>" + NUMBER_RE + r")(?=\s*[.;”\"]|\s*$)", re.I)


def _elided(text: str, said: list[tuple]) -> list[tuple]:
    """The counts said by ellipsis after the parties' counts ``said`` of the same sentence."""
    out = []
    have = {f[0] for f in said}
    first = min(f[6] for f in said)
    for m in _ELIDED.finditer(text):
        code = _party(m.group("p").strip(" “\""))
        n = parse_number(m.group("n"))
        if m.start("n") <= first or code is None or code in have or n is None or _NOT_A_PARTY.search(m.group("p")):
            continue
        out.append((code, m.group("p").strip(" “\""), n, None, None, m.group(0), m.start("n")))
        have.add(code)
    return out


def _party_sentence(t: Tallies, text: str, line: int, toll: bool, narrative: dict) -> None:
    for code, label, n, ch, wo, _clause, _at in party_figures(text):
        pt = PartyTally(code, label, n, ch, wo, line, text)
        target = t.other_parties if code in OTHER_SPLIT else t.by_party
        (target if toll else narrative).setdefault(code, pt)


def _bullets(doc: Document, t: Tallies, period, toll_sections: set, in_scope,
             covers_month: bool = True) -> None:
    """"Label: N civilians, including ..." lists, and the label-then-sentence form."""
    context = ""
    for p in doc.paragraphs:
        if not in_scope(p):
            continue
        text = p.text.strip()
        m = _LABEL.match(text)
        is_list_item = bool(m) and len(m.group("label")) < 140 and parse_number(
            (re.match(r"\s*(" + NUMBER_RE + r")\b", m.group("rest"), re.I) or [None, ""])[1] or "") is not None
        if not is_list_item:
            if len(text) > 40 and not re.match(r"^[A-H]\.\s", text):
                context = text  # the sentence a list belongs to
            continue
        label, rest = m.group("label"), m.group("rest")
        code = _party(label)
        if code is None:
            continue
        n = parse_number(re.match(r"\s*(" + NUMBER_RE + r")", rest, re.I).group(1))
        ytd = bool(_YTD.search(context) or re.search(r"raising|bringing", context, re.I))
        line = doc.line_of(p.start)
        if re.search(r"massacres?", rest, re.I):
            if ytd:
                t.massacres_by_party_ytd[code] = n
            continue
        if re.search(r"tortur", p.section, re.I) or re.search(r"tortur", context, re.I):
            if not ytd:
                t.torture_by_party[code] = n
            continue
        if ytd or p.section not in toll_sections and toll_sections:
            continue
        if re.search(r"\bmassacres?\b", context, re.I):
            continue  # "The death toll of these massacres based on its perpetrators:" - their victims
        ch, wo = _incl(rest)
        pt = PartyTally(code, label.strip(" *-"), n, ch, wo, line, text)
        (t.other_parties if code in OTHER_SPLIT else t.by_party).setdefault(code, pt)


# A line that only names a party, as the 2012-2016 layouts head each party's figures:
# "First: Government Forces", "Second: The armed factions affiliated to ISIS", "Government forces:".
# ("• ISIL:", SNHR's 2015 layout: a bullet before the party; round 34, en-2015-03-monthly-34, fix34)
_PARTY_HEAD = re.compile(r"^\s*(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|"
                         r"[A-H]|\d{1,2})\s*[:.)-]\s*|[•·]\s*)?(?P<label>[A-Za-z][^:.\d]{2,70}?)\s*:?\s*$")
# A party block's own sub-heads, "a- Civilians:", "b- Gunmen:" (SNHR's 2015 layout): no party of their own
_BLOCK_SUBHEAD = re.compile(r"^\s*(?:[a-h]|\d{1,2})\s*[.)-]\s*(?:civilians?|gunmen|fighters|combatants)\s*:?\s*$", re.I)
# "215 of them are civilians": the civilians among a party's "222 people".
# a party's count of people, then its civilians: ", 966 of them were civilians", ", including 23 civilians"; a list of
# people that counts fighters ("including four children, a woman and a ten militants")
_CIVILIANS_AFTER_COMMA = re.compile(r"^[^.;]{0,90}?,\s*(?P<n>" + NUMBER_RE + r")\s+of\s+(?:them|whom)\s+(?:are|were)\s+civilians\b",
                                    re.I)
_INCL_CIVILIANS = re.compile(r",\s+including\s+(?P<n>" + NUMBER_RE + r")\s+civilians\b", re.I)
_FIGHTERS_LISTED = re.compile(r"(?<![\w-])(?:" + NUMBER_RE + r")\s+(?:[\w-]+\s+)?(?:militants|fighters|gunmen|combatants|"
                              r"soldiers)\b", re.I)
_OF_THEM_CIVILIANS = re.compile(r"(?P<n>" + NUMBER_RE + r")\s+of\s+them\s+(?:are|were)\s+civilians",
                                re.I)
# "(12 children a day)", "4 victims died under torture each day": a rate, not a tally.
_RATE = re.compile(r"^[^.;(]{0,40}?\b(?:a|each|every|per)\s+day\b", re.I)
# "382 amongst which were killed by government forces", "of whom 15 were killed by ...".
_AMONG_BY = re.compile(r"(?P<n>" + NUMBER_RE + r")\s+(?:amongst|among|of)\s+(?:which|whom|them)\s+"
                       r"(?:were\s+|was\s+)?killed\s+by\s+(?P<p>[^,.;:\n]{3,60})", re.I)


def _party_blocks(doc: Document, t: Tallies, period, covers_month: bool, in_scope) -> None:
    """Party figures of list layouts: under a line that only names a party, that party's
    first civilian figure ("SNHR documented the killing of 103 civilians including ..." under
    "Second: The armed factions affiliated to ISIS"; "222 people ...; 215 of them are
    civilians" gives 215). A figure that is a rate ("12 children a day") is none."""
    lines: list[tuple[str, int, bool]] = []
    for p in doc.paragraphs:
        # (a heading only as a party's head: "5- International Coalition Forces:" read as a heading, SNHR's 2015 layout;
        # round 34, test batch, en-2015-03-monthly-34, after its measurement: fix34)
        if not in_scope(p) and not (p.heading and not EXCLUDED_SECTION_RE.search(p.section or "")):
            continue
        offset = p.start
        for raw in p.text.split("\n"):
            lines.append((raw, offset, p.heading))
            offset += len(raw) + 1
    code, block, start = None, [], 0

    def close() -> None:
        if code is None:
            return
        text = " ".join(block)[:1500]
        if not _month_ok(text, period, covers_month):
            return
        tortured = _block_torture(text)
        if tortured is not None:
            # "Government forces killed 1381 victims ... Also, 82 victims were tortured to death"
            t.torture_by_party.setdefault(code, tortured)
        if code in t.by_party or code in t.other_parties:
            return
        n = None
        m = _OF_THEM_CIVILIANS.search(text)
        if m:
            n, rest = parse_number(m.group("n")), text[m.end():]
        else:
            for f in _FIG.finditer(text):
                if (f.group("noun") or "").lower().startswith("civilian") and not _RATE.match(
                        text[f.end():]) and (_FIG_BEFORE.search(text[:f.start()][-60:])
                                             or _FIG_AFTER.search(text[f.end():])
                                             # "... distributed as follows: A. 53 civilians, including ..."
                                             or re.search(r"as follows:?\s+(?:A|1)\s*[.)-]\s*$", text[:f.start()])):
                    n, rest = parse_number(f.group("n")), text[f.end():]
                    break
        if n is None:
            return
        ch, wo = _incl(rest[:200])
        pt = PartyTally(code, label, n, ch, wo, doc.line_of(start), text[:300])
        (t.other_parties if code in OTHER_SPLIT else t.by_party)[code] = pt

    label = ""
    for raw, offset, heading in lines:
        head = _PARTY_HEAD.match(raw) if len(raw) < 80 else None
        if head is None and len(raw) < 80:
            # "An-Nussra Front killed four victims as follows:": the party, then its split
            head = re.match(r"^\s*(?P<label>[A-Za-z][^:.\d]{2,50}?)\s+killed\s+\w+\s+\w+\s+as follows:?\s*$", raw)
        new = _party(head.group("label")) if head and not _BLOCK_SUBHEAD.match(raw) else None
        if new is not None:
            close()
            code, label, block, start = new, head.group("label").strip(), [], offset
        elif code is not None and not heading:
            block.append(raw)
    close()
    for p in doc.paragraphs:
        for m in _AMONG_BY.finditer(p.text):
            party = _party(m.group("p"))
            if party and re.search(r"\btortur", p.text[max(0, m.start() - 60):m.start()], re.I):
                # "45 Individuals under Torture, 42 amongst which were killed by Government Forces":
                # the party's torture, read with the torture figures (en-2016-03-torture-01)
                continue
            if party and party not in t.by_party and _month_ok(p.text, period, covers_month):
                t.by_party[party] = PartyTally(party, m.group("p").strip(), parse_number(m.group("n")),
                                               None, None, doc.line_of(p.start), p.text[:300])


# A count said with its torture: "Five Deaths due to Torture", "11 victims who died due to torture".
# (also the victims' share: "Disturbingly, 6 of the victims died due to torture")
_TORTURE_COUNT = re.compile(r"(?<![\w-])(?P<n>" + NUMBER_RE + r")\s+(?:of\s+(?:the|them|these|those)\s+)?"
                            r"(?:(?:individuals?|victims?|people|persons|"
                            r"civilians?|detainees?)\s+(?:who\s+)?(?:(?:had|have|were|was)\s+)?(?:also\s+)?)?"
                            r"(?:died|deaths?|killed)\s+(?:due to|under|from|as a result of|(?<=died\s)of)\s+torture"
                            # "Five of the victims were tortured to death" (round 62, en-2022-07-monthly-62, fix6162)
                            r"|(?<![\w-])(?P<n2>" + NUMBER_RE + r")\s+of\s+(?:the|them|these|those)\s+(?:victims|dead)\s+"
                            r"(?:were|had\s+been)\s+tortured\s+to\s+death", re.I)
# The victims' share that died of torture, as SNHR's monthly leads say it since late 2024: "89
# civilians were killed ..., including 25 children and 12 women, with four of the victims, one of
# them a child, dying due to torture", "with three of the 503 victims dying due to torture".
# (a title: "71 Civilian Deaths Documented in ..., With Three Dying due to Torture")
_TORTURE_SUBSET = re.compile(r"\bwith\s+(?P<n>" + NUMBER_RE + r")(?:\s+of\s+(?:the|them|these|those)(?:\s+"
                             + NUMBER_RE + r")?(?:\s+(?:victims|deaths|civilians|people|individuals))?)?"
                             r"(?:,[^,.;]{1,50},)?\s+(?:dying|who\s+died|died)\s+(?:due to|under|from)\s+torture",
                             re.I)
# A torture count in a party's block: "Also, 82 victims were tortured to death", "one victim
# who was tortured to death", "12 detainees died due to torture" (never a rate: "per day").
_BLOCK_TORTURE = re.compile(r"(?<![\w-])(?P<n>" + NUMBER_RE + r"|an?)\s+(?:(?:victims?|civilians?|people|"
                            r"persons?|individuals?|detainees?)\s+)?(?:who\s+)?(?:(?:were|was|had been|have been)"
                            r"\s+tortured to death|died\s+(?:due to|under|from)\s+torture)"
                            r"(?!\s*(?:per|a|each|every)\s+day)", re.I)


def _block_torture(text: str) -> int | None:
    m = _BLOCK_TORTURE.search(text)
    if m is None or _RATE.match(text[m.end():]):
        return None
    return 1 if m.group("n").lower() in ("a", "an") else parse_number(m.group("n"))


_INCLUDE_HEAD = re.compile(r"\b(?:the dead|the victims|victims|those killed|the toll|they)\s+(?:include|included|"
                           r"are distributed as follows|were)\s*:\s*$", re.I)


def _breakdown_list(doc: Document, t: Tallies, in_scope) -> None:
    """"The dead include:" followed by one figure a line ("349 children", "331 women", "52
    tortured to death"): the month total's children, women and torture deaths."""
    rows: list | None = None
    for p in doc.paragraphs:
        if not in_scope(p):
            continue
        text = p.text.strip()
        if _INCLUDE_HEAD.search(text):
            rows = []
            continue
        if rows is None:
            continue
        m = re.match(r"(?P<n>" + NUMBER_RE + r")\s+(?P<what>[^\n]{3,80})$", text, re.I)
        if not m:
            rows = None
            continue
        n, what = parse_number(m.group("n")), m.group("what")
        for key, rx in (("torture", r"tortur"), ("children", _CHILD_WORDS), ("women", _WOMAN_WORDS)):
            if re.search(rx, what, re.I) and getattr(t, key) is None and t.killed is not None:
                setattr(t, key, n)
                t.note(key, doc.line_of(p.start), text)
                break


# A joint count of medical and Civil Defense personnel, neither's alone (the corpus's medical_civil_defense): "The Death
# of 6 Medical Personnel and Civil Defense Staffers in March 2016", "the killing of 81 medics and civil defense personnel
# in the first half of 2016 including 11 who have fallen in June 2016" (SNHR's 2016 medical reports; round 70, test
# batch, en-2016-03-monthly-70 and en-2016-06-monthly-70, after its measurement: fix70)
_JOINT_TAIL = r"(?:\s+(?:workers?|personnel|personal|staff(?:ers)?|cadres?))?\s+and\s+(?:the\s+)?civil\s+defen[cs]e"
_JOINT_PERSONNEL = re.compile(r"(?:(?:killing|deaths?) of|including|and|,)\s+(?:at least\s+)?(?P<n>" + NUMBER_RE
                              + r")\s+(?:medical|medics)" + _JOINT_TAIL, re.I)
_JOINT_MONTH_SHARE = re.compile(r"^[^.;]{0,80}?\bincluding\s+(?P<n>" + NUMBER_RE + r")\s+(?:who\s+(?:have|has|had)\s+"
                                r"(?:fallen|been\s+killed|died)|(?:were|was)\s+killed|killed)\s+in\s+(?P<my>" + _MY + r")",
                                re.I)


def _joint_personnel(t: Tallies, text: str, period, covers_month: bool, line: int) -> None:
    """The month's joint count of medical and Civil Defense personnel killed (``t.personnel["medical_civil_defense"]``),
    and another period's in ``t.other_totals`` with the month's share it names.

    >>> t = Tallies()
    >>> _joint_personnel(t, "The report documented the killing of 81 medics and civil defense personnel in the first "
    ...                  "half of 2016 including 11 who have fallen in June 2016.", (2016, 6), False, 1)
    >>> t.personnel["medical_civil_defense"], t.other_totals[0]["medical_civil_defense"]
    (11, 81)
    """
    m = _JOINT_PERSONNEL.search(text)
    if m is None or "medical_civil_defense" in t.personnel:
        return
    n = parse_number(m.group("n"))
    if t.personnel.get("medical") == n:
        return  # the text named the same count medical alone before ("SNHR: 17 Medical staff killed in Syria in May 2016")
    share = _JOINT_MONTH_SHARE.match(text[m.end():])
    if _month_ok(text, period, covers_month):
        t.personnel["medical_civil_defense"] = n
    elif figure_period(text, period) == "other":
        if not any(o.get("medical_civil_defense") == n for o in t.other_totals):
            t.other_totals.append({"text": text.strip()[:300], "medical_civil_defense": n, "line": line})
        if share and period is not None and figure_period(share.group("my"), period) == "month":
            t.personnel["medical_civil_defense"] = parse_number(share.group("n"))


def _personnel(t: Tallies, text: str, period, covers_month: bool = True, line: int = 0) -> None:
    """The month's media workers, medical and Civil Defense personnel killed (``t.personnel``), and
    another period's kept in ``t.other_totals``.

    "A total of 855 medical personnel have been killed since civil war erupted in Syria in 2011"
    -> ``{"medical": 855, ...}`` in ``other_totals`` (a figure since 2011, not the month's).
    """
    _joint_personnel(t, text, period, covers_month, line)
    # (an outlet's title after its source's name, "SNHR: 17 Medical staff killed in Syria in May 2016": the title, its
    # count first; round 70, after its measurement: fix70)
    text = re.sub(r"^\s*[A-Z]{2,6}:\s*(?=\d)", "", text)
    for key, rx in (("civil_defense", r"civil defen[cs]e"), ("medical", r"medical"),
                    ("media", r"media|journalist")):
        if key == "media" and re.search(rx, text, re.I) and _month_ok(text, period, covers_month):
            _media_by_party(t, text, line)
        if key in t.personnel or not re.search(rx, text, re.I):
            continue
        if re.search(r"\bno deaths? (?:among|of)\b|recorded no deaths|did not record any", text, re.I):
            t.personnel[key] = 0
            continue
        # "the killing of 2 media workers"; "267 Civilians, Including One Media Worker and Five
        # Medical and Civil Defense Personnel" (a joint medical + Civil Defense count is neither's)
        # (", one medical worker, and nine victims": an item of an "including" list too)
        m = re.search(r"(?:(?:killing|deaths?) of|including|and|,)\s+(?P<n>" + NUMBER_RE + r")\s+(?:" + rx
                      + r")(?!" + _JOINT_TAIL + r")(?:\s+(?:workers?|personnel|activists?|cadres?))?\b", text, re.I) \
            or re.search(r"\b(?P<n>an?|" + NUMBER_RE + r")\s+(?:" + rx + r")\s+(?:workers?|personnel|activists?|cadres?|"
                         r"staff)\s+(?:was|were|(?:have|has|had)\s+been)\s+killed\b", text, re.I) \
            or re.match(r"\s*(?P<n>" + NUMBER_RE + r")\s+(?:" + rx + r")\s+(?:workers?|personnel|activists?|cadres?|staff)\s+"
                        r"killed\b", text, re.I) \
            or re.search(r"(?:(?:killing|deaths?) of|including|and|,)\s+(?P<n>an?|" + NUMBER_RE + r")\s+members?\s+of\s+"
                         r"(?:the\s+)?(?:" + rx + r")\s+(?:staff|personnel|cadres?|teams?|sector)\b", text, re.I)
        # (the last: "The SNHR documented the killing of a member of the medical staff by other entities", Enab Baladi
        # English restating SNHR's month report; round 69, test batch, en-2024-02-press-69, after its measurement: fix69)
        # (the last: the title of SNHR's monthly media report, its count first and the verb bare, "Two Media
        # Activists Killed, Two Injured, and Four Arrested, Toll of July 2017"; round 19, test batch,
        # en-2017-07-monthly-19, after its measurement)
        if m and _month_ok(text, period, covers_month) and not covers_month and any(
                o.get(key) is not None and re.fullmatch(r"\d{4}-\d{2}", o.get("period", "")) for o in t.other_totals):
            # "In April 2017, four media activists were killed ... And in May, five media activists perished"
            # (an outlet's text that covers no month, giving one kind's count month by month): a series of
            # months' counts, none of them the text's month; kept as the other month's is (round 24, after its
            # measurement, en-2017-06-press-24)
            t.other_totals.append({"text": text.strip()[:300], key: parse_number(m.group("n")), "line": line,
                                   "period": "%d-%02d" % period})
        elif m and _month_ok(text, period, covers_month):
            t.personnel[key] = 1 if m.group("n").lower() in ("a", "an") else parse_number(m.group("n"))
            if key == "media" and (both := media_of_two_parties(text[m.start():])):
                t.personnel[key] = both
        elif m and figure_period(text, period) == "other":
            # "A total of 855 medical personnel have been killed since civil war erupted in Syria in 2011" (an
            # outlet on SNHR's report on medical personnel, en-2020-05-press-22; round 22, after its measurement):
            # another period's, kept as such (once: a headline and its lead say it twice), as the Arabic reader
            # keeps it; a text that states it is no longer refused
            n = 1 if m.group("n").lower() in ("a", "an") else parse_number(m.group("n"))
            if n and not any(o.get(key) == n for o in t.other_totals):
                t.other_totals.append({"text": text.strip()[:300], key: n, "line": line})
                months = {(y, mo) for y, mo, _ in find_month_years(text)}
                if len(months) == 1 and not _OTHER_PERIOD.search(_MONTH_YEAR_MASK.sub(" ", text)):
                    # another month's count, "In April 2017, four media activists were killed": its month kept
                    t.other_totals[-1]["period"] = "%d-%02d" % months.pop()


# A party's count of media workers killed: "Government forces killed eight media activists", "armed opposition
# killed 1 media activist", "three media activists have been killed by the Islamic State (IS)", "23 victims including
# one child of media activists were killed by government forces in September" (SNHR's older monthly reports on media
# workers, en-2013-09-monthly-23 and en-2014-07-monthly-23; round 23, after its measurement)
_MEDIA_WORKERS = r"(?:media|journalist)\w*(?:\s+(?:workers?|activists?|personnel|cadres?|staff))?"
_MEDIA_BY = (
    re.compile(r"(?:^|[,;:]\s*|\b(?:that|while|whereas|and)\s+)(?P<p>[A-Za-z][\w\s'’-]{2,60}?)\s+killed\s+"
               r"(?P<n>" + NUMBER_RE + r")\s+" + _MEDIA_WORKERS + r"\b", re.I),
    re.compile(r"\b(?P<n>" + NUMBER_RE + r")\s+(?:victims\s+(?:[^.;]{0,40}?\s)?of\s+)?" + _MEDIA_WORKERS
               + r"\s+(?:were|was|(?:have|has)\s+been)\s+killed\s+by\s+(?P<p>[^.;,]{2,60})", re.I),
)
# "23 victims including one child of media activists were killed": the victims the count names are media workers
_MEDIA_VICTIMS_CLAUSE = re.compile(r"^\s*(?:[^.;]{0,40}?\s)?of\s+(?:the\s+)?" + _MEDIA_WORKERS
                                  + r"\s+(?:were|was|(?:have|has)\s+been)\s+killed\b", re.I)


# One killing of media workers told as two parties' figures: "the killing of one media activist at the hands of
# government forces and two media activists by armed opposition factions" (en-2016-11-press-48, rounds 47 and 48,
# after their measurement: fix4748)
_BY_HANDS = r"\s+(?:at\s+the\s+hands\s+of|by)\s+"
_MEDIA_OF_TWO = re.compile(r"^(?:(?:killing|deaths?)\s+of|including|and|,)\s+(?P<a>" + NUMBER_RE + r")\s+" + _MEDIA_WORKERS
                           + _BY_HANDS + r"[^,.;]{2,60}?\s+and\s+(?P<b>" + NUMBER_RE + r")\s+(?:other\s+)?" + _MEDIA_WORKERS
                           + _BY_HANDS, re.I)


def media_of_two_parties(text: str) -> int | None:
    """The media workers killed of a sentence that gives them as two parties' figures, from the killing on, or None.

    >>> media_of_two_parties("killing of one media activist at the hands of government forces and two media activists "
    ...                      "by armed opposition factions.")
    3
    >>> media_of_two_parties("killing of one media activist by government forces and 11 media activists injured by "
    ...                      "Russian forces.") is None
    True
    """
    m = _MEDIA_OF_TWO.match(text)
    if m is None or parse_number(m.group("a")) is None or parse_number(m.group("b")) is None:
        return None
    return parse_number(m.group("a")) + parse_number(m.group("b"))


def _media_by_party(t: Tallies, text: str, line: int) -> None:
    """A month's media workers killed by one party, kept in ``t.other_totals`` as ``{"media": n, "by": code}``
    (as the Arabic reader keeps them): never the month's civilians by party.

    "armed opposition killed 1 media activist and arrested 6" -> ``{"media": 1, "by": "OPP", ...}``.
    """
    for rx in _MEDIA_BY:
        for m in rx.finditer(text):
            label = re.split(r"\s+(?:in|during|on|since)\s+", m.group("p").strip())[0]
            code = _party(label)
            n = parse_number(m.group("n"))
            if code is None or n is None or any(o.get("media") == n and o.get("by") == code
                                                for o in t.other_totals):
                continue
            t.other_totals.append({"text": text.strip()[:300], "media": n, "by": code, "line": line})


_TITLE_RE = re.compile(r"^(?P<n>" + NUMBER_RE + r")\s+Civilians", re.I)


def _check_title(t: Tallies, title: str) -> None:
    m = _TITLE_RE.search(title)
    if not m:
        return
    n = parse_number(m.group("n"))
    c = count_victims(title.split(" Documented")[0].split(" Killed")[0])
    mt = re.search(r"(?P<n>" + NUMBER_RE + r")\s+(?:Individuals|Victims|People|Persons|Detainees)\s+"
                   r"Who\s+Died\s+(?:due to|under|from)\s+Torture", title, re.I)
    torture = parse_number(mt.group("n")) if mt else None
    stated = {"killed": n, "children": c.children if c.children else None,
              "women": c.women if c.women else None, "torture": torture}
    for key, value in stated.items():
        if value is None:
            continue
        have = getattr(t, key)
        if have is None:
            setattr(t, key, value)
            t.sources[key] = 0  # line 0: the title
        elif have != value:
            t.discrepancies.append(f"{key}: the title says {value}, the body (line "
                                   f"{t.sources.get(key)}) says {have}")


def _check_sums(t: Tallies) -> None:
    if t.killed is not None and t.by_party:
        parts = [v.killed or 0 for k, v in t.by_party.items()]
        if "OTHER" not in t.by_party and t.other_parties:
            parts += [v.killed or 0 for v in t.other_parties.values()]
        if sum(parts) != t.killed:
            t.discrepancies.append(f"the parties add up to {sum(parts)}, the month total is {t.killed}")
    other = t.by_party.get("OTHER")
    if other is not None and t.other_parties:
        for key in ("killed", "children", "women"):
            total = getattr(other, key)
            split = sum(getattr(v, key) or 0 for v in t.other_parties.values())
            if total is not None and split != total:
                t.discrepancies.append(f"other parties: {key} {total} (line {other.line}) but its "
                                       f"split adds up to {split}")


# An arrest word and a killing word (both languages), for the count a text opens with
_ARRESTED_WORD = re.compile(r"\b(?:arrest(?:s|ed|ing)?|detain(?:ed|ing)|detentions?|abduct(?:ed|ions?)|disappeared)\b|"
                            r"(?:اعتقال|اعتقل|اعتُقل|احتجاز|احتجز|اختطاف|اختفاء|إخفاء)", re.I)
_KILLED_WORD = re.compile(r"\b(?:killed|killing|died|deaths?|death\s+toll|massacres?|victims)\b|"
                          r"(?:قُ?تِ?ل|مقتل|قتلى|استشهاد|استشهد|شهداء|قضوا|قضى|وفاة|توفي|مصرع|مجزرة|مجازر|ضحايا)", re.I)
_FIRST_COUNT = re.compile(r"(?<![\d.,/:])\d{1,3}(?:,\d{3})*(?![\d/:])\s+(?!(?:19|20)\d{2}\b)\S")


def opens_with_arrests(text: str) -> bool:
    """Is the first count ``text`` gives (in its first five lines of prose) one of people arrested: the last arrest or
    killing word before it is an arrest word?

    >>> opens_with_arrests("وثقت الشبكة السورية لحقوق الإنسان اعتقال قوات النظام ما لا يقل عن 57 مدنياً بينهم 11 سيدة")
    True
    >>> opens_with_arrests("SNHR documented the killing of 57 civilians, and the arrest of 200 others.")
    False
    """
    for line in [ln for ln in text.splitlines() if len(ln.split()) > 6][:5]:
        m = _FIRST_COUNT.search(line)
        if m is None:
            continue
        said = [(w.end(), bool(_ARRESTED_WORD.fullmatch(w.group(0)))) for w in
                re.finditer(_ARRESTED_WORD.pattern + "|" + _KILLED_WORD.pattern, line[:m.start()], re.I)]
        return bool(said) and said[-1][1]
    return False


# Another monitor or outlet named as a teller of figures: in a text that names one, a figure is SNHR's only where its
# own sentence says so. The organisations whose accounts the incidents leave out (`_OTHER_ORG`), and the press and UN.
# (Case kept: "Independent" and "UN" are names only capitalised.)
_OTHER_TELLER = re.compile(r"\b(?:" + _OTHER_ORG + r"|Observatory|OHCHR|United\s+Nations|UN|White\s+Helmets|"
                           r"Civil\s+Defen[cs]e|Independent|Reuters|AFP|BBC|Al\s+Jazeera|activists|local\s+media|"
                           r"initial\s+reports)\b")
# What a total is told of: many attacks, a kind of weapon, a report ("the 457 cluster bomb attacks have killed ...",
# "According to the SNHR report, ..."), never one blast ("the blast ... caused the death of 7 people")
_MANY_OR_REPORT = re.compile(r"\b(?:attacks|(?:air)?strikes|bombings|bombardments|shellings|weapons|munitions|bombs|"
                             r"mines|report)\b", re.I)


def snhr_unstated_totals(doc: Document) -> list[dict]:
    """SNHR's death figures that say no period, no day and no place, in a text that covers no month: the
    figures of a report retold ("According to the SNHR report, the 457 cluster bomb attacks have killed 955
    civilians, including 345 children", "Chemical weapons attacks in Syria have resulted in the deaths of 1356
    civilians, including 186 children and 224 women"), each kept as a total of a period left unsaid.

    Asked only of a text in which nothing else was found (the reader would refuse it): there such a figure is
    the text's only toll, not an incident's count told before its place. A figure is SNHR's when its sentence
    names SNHR, or when the text names SNHR and no other monitor or outlet as a teller ("544 people have been
    killed ... as per Independent" is not).

    >>> from geo.report.text import Document
    >>> [(t["killed"], t["children"]) for t in snhr_unstated_totals(Document(
    ...     "SNHR released a report. Chemical weapons attacks in Syria have resulted in the deaths of 1356 civilians, "
    ...     "including 186 children and 224 women."))]
    [(1356, 186)]
    >>> snhr_unstated_totals(Document("SNHR said the area was hit. At least 544 people have been killed as per Independent."))
    []
    """
    text_is_snhr_s = bool(_SNHR_NAMED_EN.search(doc.text)) and not _OTHER_TELLER.search(doc.text)
    out: list[dict] = []
    for p in doc.paragraphs:
        for s in p.sentences:
            text = s.text
            if not (_SNHR_NAMED_EN.search(text) or text_is_snhr_s) or find_dates(text) or not _MANY_OR_REPORT.search(text):
                continue
            for m in _FIG.finditer(text):
                n = _figure_count(m)
                if n is None:
                    continue
                before, clause = text[:m.start()], text[m.end():]
                noun = (m.group("noun") or "people").lower()
                if noun in ("children", "women", "females", "refugees", "syrians") or _RATE.match(clause):
                    continue
                if re.search(r"\bin (?:Lebanon|Turkey|Jordan|Iraq)\b", clause):
                    break  # (another country's dead: "the deaths of nearly 40,000 people in Turkey")
                if not (_FIG_BEFORE.search(before[-60:]) or _FIG_AFTER.search(clause)):
                    continue
                context = before[max(before.rfind(". "), before.rfind("; "), 0):] + m.group(0) + clause
                # (a place other than the country, or the victims' home town, makes it an incident's count)
                if any(not ph.hometown and not re.fullmatch(r"(?:in\s+)?Syria", ph.text.strip(), re.I)
                       for ph in place_phrases(context)):
                    break
                ch, wo = _incl(clause, unsaid=None)
                out.append({"text": context.strip()[:300], "killed": n, "children": ch, "women": wo,
                            "line": doc.line_of(s.start), "period": "unstated"})
                break  # the sentence's first figure is its total; the rest are its parts
    return out
