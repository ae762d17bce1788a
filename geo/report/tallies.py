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

import datetime as dt
import re
from dataclasses import dataclass, field

from .incidents import count_victims
from .text import NUMBER_RE, Document, find_dates, find_month_years, parse_number

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
        return any(v is not None for v in (self.killed, self.torture, self.massacres)) or bool(
            self.by_party or self.other_totals or self.ytd)

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

_MY = r"(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?:19|20)\d{2}"
_MONTH_FIGURE = re.compile(
    r"(?:\b(?:killed|killing|deaths?|died|death toll|victims)\b[^.;]{0,80}?\b(?:in|during|of)\s+(?P<my>" + _MY
    + r")|\b(?:In|During)\s+(?P<my2>" + _MY + r"),\s+(?:the\s+)?(?:SNHR|Syrian Network|we)\b)")
# A figure of another period than one month.
_OTHER_PERIOD = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)|(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}|then)"
    r"|\b(?:first|second|1st|2nd)\s+half\b|\bhalf of (?:the year|(?:19|20)\d{2})"
    r"|\b(?:in|during|throughout|for|of)\s+(?:the\s+(?:whole\s+)?(?:year\s+(?:of\s+)?)?)?(?:19|20)\d{2}(?![\d-])"
    r"|\bso far\b|\byear[- ]to[- ]date\b|\bfrom (?:January|the start)\b|\bthe (?:past|last) (?:year|\d+ years)"
    r"|\b(?:annual|cumulative)\b|\bsince\b", re.I)


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
    """
    months = find_month_years(text)
    other = _OTHER_PERIOD.search(_MONTH_YEAR_MASK.sub(" ", text))
    if other:
        return "other"
    if months:
        if period is None or all((y, mo) == period for y, mo, _ in months):
            return "month"
        return "other"
    names = _MONTHS_WORDS.findall(text)
    if names and period is not None:
        name = dt.date(2000, period[1], 1).strftime("%B")
        return "month" if all(n == name for n in names) else "other"
    if re.search(r"\b(?:this|the past|last|that) month\b", text, re.I):
        return "month"
    return None


_MONTH_YEAR_MASK = re.compile(_MY)

_TITLE_HINT = re.compile(r"(?:killed|death toll|civilians|victims|massacres|extrajudicial)", re.I)


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
        if _TITLE_HINT.search(ln2) and find_month_years(ln2) and len(ln2) < 300 \
                and not ln2.endswith("."):
            meta.title = ln2
            break
    if meta.title is None and head:
        meta.title = head[0][:300]
    for ln in head if meta.publication_date is None else ():
        ln2 = re.sub(r"^(?:Published|Publication date|Date|Udgivet)\s*:?\s*", "", ln, flags=re.I)
        dates = find_dates(ln2)
        if dates and len(ln2) - (dates[0].end - dates[0].start) < 12:
            meta.publication_date = dates[0].date
            break
    if meta.title and figure_period(meta.title) != "other":
        my = find_month_years(meta.title)
        if my:
            meta.period, meta.period_from = (my[-1][0], my[-1][1]), "title"
    if meta.period is None:
        # "102 civilians were killed in Syria in March 2024", "In March 2020, SNHR documented
        # the killing of ...": the month of the first death figure in the text.
        for m in _MONTH_FIGURE.finditer(doc.text[:6000]):
            my = find_month_years(m.group("my"))
            if my and not re.search(r"since\s*$|(?:from|between)\s*$", doc.text[max(0, m.start("my") - 8):m.start("my")]):
                meta.period, meta.period_from = (my[0][0], my[0][1]), "text"
                break
    if meta.period is None and meta.publication_date is not None:
        prev = meta.publication_date.replace(day=1) - dt.timedelta(days=1)
        meta.period, meta.period_from = (prev.year, prev.month), "published"
    for ln in head if meta.url is None else ():
        u = re.match(r"^(?:URL|Link|Source|Kilde-URL)\s*:\s*(?P<u>https?://\S+)$", ln, re.I)
        if u:
            meta.url = u.group("u")
            break
    return meta


# -- tallies -----------------------------------------------------------------------------------

_YTD_SPLIT = re.compile(r",?\s+(?:bringing|raising|which brings|which raises|brings|raises|taking)\b", re.I)
_YTD = re.compile(r"since the (?:start|beginning)|so far (?:this|in)|from january|year to date", re.I)
_CIVILIANS = r"(?:civilians?|people|persons|individuals|victims)"
_HEADLINE = re.compile(r"(?:documented|recorded|verified)\s+(?:that\s+)?(?:the\s+)?(?:killing|deaths?)\s+of\s+"
                       r"(?P<n>" + NUMBER_RE + r")\s+" + _CIVILIANS + r"\b", re.I)
_CHILD_WORDS = r"\b(?:child|children|boys?|girls?|infants?|minors?)\b"
_WOMAN_WORDS = r"\b(?:wom[ae]n|ladies|females?)\b"
_INCL = re.compile(r"including\s+(?P<list>[^.;:]*)", re.I)
_AT_HANDS = re.compile(r"(?:at the hands of|killed by|by)\s+(?P<p>[^,.;:]+)", re.I)
_LABEL = re.compile(r"^(?P<label>[^:]{3,140}?):\s*(?P<rest>.+)$")
_MONTHS_WORDS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b")


def _incl(text: str, unsaid: int | None = 0) -> tuple[int | None, int | None]:
    """Children and women in "including ..." (``None`` without such a list; ``unsaid`` for a
    kind the list leaves out: a party's "including a child" has no women, as SNHR counts)."""
    m = _INCL.search(text)
    if not m:
        return None, None
    c = count_victims("100 civilians, including " + m.group("list"))
    said = m.group("list")
    return (c.children if re.search(_CHILD_WORDS, said, re.I) else unsaid,
            c.women if re.search(_WOMAN_WORDS, said, re.I) else unsaid)


def _month_ok(text: str, period: tuple[int, int] | None, covers_month: bool = True) -> bool:
    """A sentence about the report's month: it names that month, or (in a monthly report) no
    period at all; never another month, a year, a half-year or "since ..."."""
    kind = figure_period(text, period)
    return kind == "month" or (kind is None and covers_month)


def _party(label: str):
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415

    label = re.sub(r"\([^)]*\)", " ", label).strip(" *-:")
    if not label or re.search(r"\bgovernorate\b|\bmonth\b", label, re.I):
        return None
    try:
        return parse_perpetrator(label).code
    except UnknownPerpetrator:
        return None


def read_tallies(doc: Document, period: tuple[int, int] | None, title: str | None = None,
                 covers_month: bool = True) -> Tallies:
    """The month's figures the report states (see the module doc); ``covers_month`` False
    (a news post, an annual report) takes only figures that name the month."""
    t = Tallies()
    sections = {p.section for p in doc.paragraphs}
    toll_sections = {s for s in sections if re.search(r"death toll|civilian", s, re.I)
                     and not re.search(r"tortur|massacre|media|medical|registr", s, re.I)}
    from .text import EXCLUDED_SECTION_RE

    def in_scope(p) -> bool:
        return not EXCLUDED_SECTION_RE.search(p.section or "") and not p.heading

    narrative_party: dict[str, PartyTally] = {}
    headlines: list[tuple] = []
    for p in doc.paragraphs:
        if not in_scope(p):
            continue
        toll = p.section in toll_sections
        torture_sec = bool(re.search(r"tortur", p.section, re.I))
        massacre_sec = bool(re.search(r"massacre", p.section, re.I))
        for s in p.sentences:
            line = doc.line_of(s.start)
            month_part = _YTD_SPLIT.split(s.text)[0]
            ytd_part = s.text[len(month_part):]
            # the headline: "documented the killing of 55 civilians, including 16 children and four women"
            m = _HEADLINE.search(month_part)
            after = month_part[m.end():m.end() + 90] if m else ""
            if m and _month_ok(month_part, period, covers_month) and not re.search(
                    r"at the hands of (?!the parties|all parties)|\b(?:killed )?by\b(?! the parties)", after):
                ch, wo = _incl(after, unsaid=None)
                headlines.append((parse_number(m.group("n")), ch, wo, line, toll))
            # party tallies: "killing of 8 civilians at the hands of Syrian regime forces, including ..."
            if not (torture_sec or massacre_sec) and _month_ok(month_part, period, covers_month):
                _party_sentence(t, month_part, line, toll, narrative_party)
            # torture
            if re.search(r"(?:died|deaths?) (?:due to|under|from) torture|tortured to death", s.text, re.I):
                mt = re.search(r"(?P<n>" + NUMBER_RE + r")\s+(?:individuals?|victims?|people|persons|"
                               r"civilians?|detainees?)\s+(?:who\s+)?(?:had\s+)?(?:died|deaths?)", month_part, re.I)
                if mt and _month_ok(month_part, period, covers_month) and t.torture is None:
                    t.torture = parse_number(mt.group("n"))
                    t.sources["torture"] = line
                my = re.search(r"to\s+(?P<n>" + NUMBER_RE + r")\s+(?:victims|individuals|people)", ytd_part)
                if my:
                    t.ytd.setdefault("torture", parse_number(my.group("n")))
            # massacres
            mm = re.search(r"(?:documented|recorded|saw)\s+(?P<n>" + NUMBER_RE + r")\s+massacres?\b",
                           month_part, re.I)
            if mm and t.massacres is None and _month_ok(month_part, period, covers_month):
                t.massacres = parse_number(mm.group("n"))
                t.sources["massacres"] = line
            my = re.search(r"to\s+(?P<n>" + NUMBER_RE + r")\s+massacres", ytd_part)
            if my:
                t.ytd.setdefault("massacres", parse_number(my.group("n")))
            mk = re.search(r"(?:total of\s+)?(?P<n>" + NUMBER_RE + r")\s+civilians?(?P<rest>[^.]*?)"
                           r"(?:were|was)\s+killed in the (?:\w+\s+)?massacres", s.text, re.I)
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
            _personnel(t, month_part, period, covers_month)
    if headlines:
        best = next((h for h in headlines if h[4]), headlines[0])
        t.killed, t.children, t.women = best[:3]
        t.sources["killed"] = best[3]
        for h in headlines:
            if h[:3] != best[:3]:
                t.discrepancies.append(f"month total: line {best[3]} says {best[0]}/{best[1]}/{best[2]}, "
                                       f"line {h[3]} says {h[0]}/{h[1]}/{h[2]} (killed/children/women)")
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
    _figure_clauses(doc, t, period, covers_month)
    _massacre_figures(doc, t, period, covers_month)
    if title and _month_ok(title, period, covers_month):
        _check_title(t, title)
    _check_sums(t)
    return t


# A death figure in any wording: "the killing of 55 civilians", "50 civilians were killed",
# "claimed the lives of 129 civilians", "a total of 503 civilian deaths", "The Death of 2231
# Individuals", "10 victims of torture".
_FIG = re.compile(r"(?P<n>" + NUMBER_RE + r")\s+(?:(?:Syrian|civilian|more|other)\s+){0,2}(?P<noun>civilians?|"
                  r"people|persons?|individuals?|victims?|deaths|fatalities|refugees|Syrians|citizens)\b", re.I)
_FIG_BEFORE = re.compile(r"(?:killing|deaths?|lives|toll|total|murder)\s+of\s+(?:at least\s+|no less than\s+|"
                         r"about\s+|nearly\s+)?$|(?:documented|recorded|revealed|reporting|killed|saw)\s+"
                         r"(?:the\s+)?(?:at least\s+|no less than\s+)?$", re.I)
_FIG_AFTER = re.compile(r"^[^.;]{0,120}?\b(?:were|was|have been|had been)?\s*(?:documented\s+)?(?:killed|died|"
                        r"dead|deaths?|shot dead)\b", re.I)
_TORTURE_FIG = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:who\s+)?(?:had\s+)?(?:died|deaths?)\s+(?:due to|under|from|"
                          r"as a result of)\s+torture|^\s*(?:of|under)\s+torture", re.I)
_PARTY_OWNER = re.compile(r"\b(?:by|at the hands of|to)\s+(?:the\s+)?(?P<p>[A-Z][^,.;:]{2,60})", re.I)


_MASSACRE_FIG = re.compile(r"(?P<n>" + NUMBER_RE + r")\s+massacres?\b", re.I)


def _massacre_figures(doc: Document, t: Tallies, period, covers_month: bool) -> None:
    """"223 Massacres Documented in 2018 / Including Four Massacres in December": the month's
    count when its clause names the month, another period's otherwise."""
    for p in doc.paragraphs:
        for s in p.sentences:
            for m in _MASSACRE_FIG.finditer(s.text):
                n = parse_number(m.group("n"))
                clause = s.text[m.end():m.end() + 80].split(",")[0]
                kind = figure_period(clause, period) or figure_period(s.text[:m.start()], period)
                if kind == "other":
                    t.other_totals.append({"text": s.text[:300], "massacres": n,
                                           "line": doc.line_of(s.start)})
                elif kind == "month" and t.massacres is None:
                    t.massacres = n
                    t.note("massacres", doc.line_of(s.start), s.text)


def _figure_clauses(doc: Document, t: Tallies, period, covers_month: bool) -> None:
    """Month totals in any wording and every other period's figure (kept in ``other_totals``).

    Fills only the month figures the report's own sections did not give (killed, children,
    women, torture); a figure attributed to a party is left to the party readers.
    """
    for p in doc.paragraphs:
        for s in p.sentences:
            text = s.text
            figs = list(_FIG.finditer(text))
            prev_kind = None
            for k, m in enumerate(figs):
                n = parse_number(m.group("n"))
                if n is None or re.match(r"[\d,]+$", m.group("n")) and 1900 <= n <= 2100:
                    continue
                nxt = figs[k + 1].start() if k + 1 < len(figs) else len(text)
                before, clause = text[:m.start()], text[m.end():nxt]
                noun = m.group("noun").lower()
                torture = bool(_TORTURE_FIG.search(clause)) or bool(
                    re.match(r"\s+of torture", clause) and noun.startswith("victim"))
                killing = noun in ("deaths", "fatalities") or torture or _FIG_BEFORE.search(before[-60:]) \
                    or _FIG_AFTER.search(clause)
                if not killing:
                    continue
                start = max(before.rfind(". "), before.rfind("; "), 0)
                context = before[start:] + m.group(0) + clause
                # The period the figure's own clause names ("55 civilians killed in December"),
                # else the one its sentence opens with ("In March 2020, SNHR documented ...").
                # A later figure of the same list ("55 civilians killed in December including
                # ..., and three victims who died due to torture") shares the list's period.
                own = figure_period(clause.split("including")[0], period)
                kind = own or (prev_kind if k else None) or figure_period(before[start:], period)
                prev_kind = kind
                line = doc.line_of(s.start)
                ch, wo = _incl(clause, unsaid=None)
                party = _PARTY_OWNER.search(clause[:80].split("including")[0])
                if party and _party(party.group("p")) and not re.search(r"parties|all sides|controlling forces",
                                                                          party.group("p"), re.I):
                    if kind == "other":  # "killed by landmines since 2011": kept, as what it is
                        t.other_totals.append({"text": context.strip()[:300], "killed": n, "children": ch,
                                               "women": wo, "by": _party(party.group("p")), "line": line})
                    continue
                if noun in ("refugees", "syrians") or re.search(r"\bin (?:Lebanon|Turkey|Jordan|Iraq)\b", clause):
                    kind = "other"
                if kind == "other":
                    t.other_totals.append({"text": context.strip()[:300], "killed": None if torture else n,
                                           "torture": n if torture else None, "children": ch,
                                           "women": wo, "line": line})
                    continue
                if kind is None and not covers_month:
                    continue
                if torture:
                    if t.torture is None:
                        t.torture = n
                        t.note("torture", line, text)
                    continue
                if noun not in ("civilians", "civilian", "people", "persons", "individuals", "deaths",
                                "victims", "fatalities"):
                    continue
                if t.killed is None:
                    t.killed, t.children, t.women = n, ch, wo
                    t.note("killed", line, text)
                m2 = re.search(r"(?:as well as|and|in addition to)\s+(?P<n>" + NUMBER_RE + r")\s+(?:individuals?|"
                               r"persons?|people|victims?)\s+(?:who\s+)?(?:died|deaths?)\s+(?:due to|under|from)\s+"
                               r"torture", clause, re.I)
                if m2 and t.torture is None:
                    t.torture = parse_number(m2.group("n"))
                    t.note("torture", line, text)


def _party_sentence(t: Tallies, text: str, line: int, toll: bool, narrative: dict) -> None:
    m = re.search(r"(?P<n>" + NUMBER_RE + r")\s+" + _CIVILIANS + r"\b", text, re.I)
    if not m:
        return
    hands = re.search(r"(?:at the hands of|(?:were|was) killed by|killed by|(?P<subj>[\w /-]{3,60}?) "
                      r"(?:was|were) responsible for the killing of)\s*(?P<p>[^,.;:]*)", text, re.I)
    if not hands:
        # "Syrian regime forces killed 61 civilians, including ..."
        hands = re.search(r"^(?P<subj>[A-Z][\w /'-]{1,60}?)\s+killed\s+(?P<p>)(?=" + NUMBER_RE + r"\s+"
                          + _CIVILIANS + r")", text)
    if not hands:
        return
    label = hands.group("subj") if hands.group("subj") else hands.group("p")
    label = re.sub(r"^(?:Meanwhile|However|In \w+(?: \d{4})?),?\s+", "", label.strip(), flags=re.I)
    code = _party(label)
    if code is None or re.search(r"parties to the conflict|controlling forces", label, re.I):
        return
    n = parse_number(m.group("n"))
    ch, wo = _incl(text)
    pt = PartyTally(code, label.strip(), n, ch, wo, line, text)
    target = t.other_parties if code in OTHER_SPLIT else t.by_party
    if toll:
        target.setdefault(code, pt)
    else:
        narrative.setdefault(code, pt)


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
            if len(text) > 60 and not re.match(r"^[A-H]\.\s", text):
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
        ch, wo = _incl(rest)
        pt = PartyTally(code, label.strip(" *-"), n, ch, wo, line, text)
        (t.other_parties if code in OTHER_SPLIT else t.by_party).setdefault(code, pt)


def _personnel(t: Tallies, text: str, period, covers_month: bool = True) -> None:
    for key, rx in (("civil_defense", r"civil defen[cs]e"), ("medical", r"medical"),
                    ("media", r"media|journalist")):
        if key in t.personnel or not re.search(rx, text, re.I):
            continue
        if re.search(r"\bno deaths? (?:among|of)\b|recorded no deaths|did not record any", text, re.I):
            t.personnel[key] = 0
            continue
        m = re.search(r"(?:killing|deaths?) of (?P<n>" + NUMBER_RE + r")\s+(?:" + rx + r")", text, re.I)
        if m and _month_ok(text, period, covers_month):
            t.personnel[key] = parse_number(m.group("n"))


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
