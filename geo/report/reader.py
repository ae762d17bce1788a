"""Reading one SNHR monthly report: check it is one, then its metadata, incidents and tallies.

The pipeline behind :func:`geo.report.read_report`; the parts it calls live in
the sibling modules (:mod:`geo.report.text`, :mod:`geo.report.incidents`,
:mod:`geo.report.tallies`).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError
from ..precision import DatePrecision
from ..names import normalise
from .arabic_names import person_names_ar, split_names_ar
from .bare_names import bare_names_ar, bare_names_en, is_given_name, nickname_after
from .incidents import (ANIMALS_AFTER, STOCK_CONDEMNATION, ReportIncident, cumulative_counts, custody_deaths_undated, dated_headline,
                        days_apart, extract_incidents, massacre_residual, other_organisations_accounts)
from .narration import (ceiling_lead, executed_detainees, narrated_incidents, uncounted_attack, uncounted_massacre,
                        undated_strike_on_snhr_s_word)
from .monitors import snhr_among_monitors, snhr_tells_no_death, snhr_tells_only_damage
from .tallies import OTHER_SPLIT, ReportMeta, Tallies, opens_with_arrests, read_meta, read_tallies, snhr_unstated_totals
from .text import Document, find_dates, is_arabic_text, load_text, split_header

__all__ = ["Report", "ReportIncident", "Tallies", "ReportMeta", "read_report", "recount"]

# What an SNHR text names: the publisher (English or Arabic).
_SNHR = re.compile(r"Syrian Network for Human Rights|\bSNHR\b|الشبكة السورية لحقوق الإنسان")
# A report of killings, in any wording and in either language.
_KILLING = re.compile(
    r"\b(?:killed|killing|killings|died|death toll|deaths?|shot dead|massacres?|executed|"
    r"tortured to death|lost (?:his|her|their) li(?:fe|ves)|murdered|gunned down)\b" + ANIMALS_AFTER +
    # "the bodies of five men were found in Tafas" (the general finder's predicate, geo/report/narration.py)
    r"|\bbod(?:y|ies)\s+of\b[^.]{0,200}?\b(?:found|discovered|recovered|retrieved)\b" +
    r"|(?:قتل|قُتل|مقتل|قتلى|[اإ]ستشها?د|شهيد|شهداء|مجزرة|مجازر|التعذيب|وفاة|توفي|لقي حتفه|حصيلة)", re.I)
# What a text that reports no killing is about instead: the reason it is refused.
_INJURED = re.compile(r"\b(?:injur(?:ed|ing|ies|y)|wound(?:ed|ing|s))\b|(?:إصابة|جرح|جرحى)", re.I)
# A person's death told in so many words (not "death toll", not "executed" of a warrant).
_A_DEATH = re.compile(r"\b(?:died|(?:was|were) killed|(?:his|her|their) deaths?|tortured to death|shot dead)\b"
                      r"|(?:توفي|وفاته|وفاة|قُتل|استشهد|لقي حتفه)")
_ARRESTS = re.compile(r"\b(?:arbitrary arrests?|arrests?|detentions?|detainees|enforced disappearances?)\b"
                      r"|(?:اعتقال|احتجاز|الاختفاء القسري|معتقل)", re.I)

@dataclass
class Report:
    """A read report: ``meta`` (title, publisher, dates), ``incidents``, ``tallies``."""

    meta: ReportMeta
    incidents: list[ReportIncident]
    tallies: Tallies
    source: str | None = None
    warnings: list[str] = field(default_factory=list)
    # The victims' names the whole text gives (after a noun of who someone was, or bare), however
    # they are attached to incidents: what the public title withholds besides the incidents' own.
    text_names: list[str] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        return self.meta.title

    def recount(self) -> dict:
        """The tallies recomputed from the extracted incidents (see :func:`recount`)."""
        return recount(self.incidents)

    def comparison(self) -> list[dict]:
        """Rows ``{figure, report, incidents}``: what the report states beside what its
        narrative's incidents add up to (the narrative tells only the notable incidents, so
        the incidents' figures are usually lower)."""
        t, r = self.tallies, self.recount()
        rows = [("killed", t.killed, r["killed"]), ("children", t.children, r["children"]),
                ("women", t.women, r["women"]), ("torture", t.torture, r["torture"]),
                ("massacres", t.massacres, r["massacres"])]
        for code, pt in t.by_party.items():
            rows.append((f"party {code}", pt.killed, r["by_party"].get(code, 0)))
        for code, pt in t.other_parties.items():
            rows.append((f"party {code}", pt.killed, r["by_party"].get(code, 0)))
        for code, n in r["by_party"].items():
            if code not in t.by_party and code not in t.other_parties:
                rows.append((f"party {code}", None, n))
        return [{"figure": f, "report": a, "incidents": b} for f, a, b in rows]

    @functools.cached_property
    def public_title(self) -> str | None:
        """The title with every victim's name withheld: the names of all the report's incidents (the
        title is the whole report's: one incident's record must not show another's victim), and any
        the whole text gives (``text_names``: "Ahmad Nemer al-Halli, from the Barza neighborhood ...,
        was arrested", a detainee's post whose opening line is its title). Made once: every record of
        the report carries it."""
        title = self.meta.title
        names = [n for i in self.incidents for n in (*i.victim_names, *i.injured_names)] + self.text_names
        if not title or not names:
            return title
        from .incidents import redact_names  # noqa: PLC0415

        return redact_names(title, names)

    def to_dict(self, include_names: bool = False) -> dict:
        meta = self.meta.to_dict()
        if not include_names and meta["title"]:
            meta["title"] = self.public_title
        return {
            "source": self.source,
            "meta": meta,
            "incidents": [i.to_dict(include_names) for i in self.incidents],
            "tallies": self.tallies.to_dict(),
            "recount": self.recount(),
            "comparison": self.comparison(),
            "warnings": list(self.warnings),
        }


def recount(incidents: list[ReportIncident]) -> dict:
    """Killed, children, women, torture, massacres and killed by party over ``incidents``.

    The "OTHER" party is the sum of its split (landmines, gunfire, bombings,
    unidentified), as the report counts it.
    """
    by_party: Counter = Counter()
    for i in incidents:
        if i.perpetrator:
            by_party[i.perpetrator] += i.killed or 0
    other = sum(by_party[c] for c in OTHER_SPLIT if c in by_party) + by_party.get("OTHER", 0)
    if other:
        by_party["OTHER"] = other
    return {
        "incidents": len(incidents),
        "killed": sum(i.killed or 0 for i in incidents),
        "children": sum(i.children or 0 for i in incidents),
        "women": sum(i.women or 0 for i in incidents),
        "injured": sum(i.injured or 0 for i in incidents),
        "torture": sum(i.killed or 0 for i in incidents if i.category == "torture"),
        "massacres": sum(1 for i in incidents if i.category == "massacre"),
        "by_party": dict(by_party),
    }


def _unsaid_is_unknown(inc: ReportIncident) -> None:
    """Make the incident's children or women ``None`` (unknown) where a 0 only says the text did not tell them.

    The readers count a victims' phrase with 0 for a group it does not name ("6 مدنيين", "five civilians,
    including two children": women 0); a 0 is known only when the other group's count fills the dead.

    >>> inc = ReportIncident(None, killed=6, children=0, women=0); _unsaid_is_unknown(inc); (inc.children, inc.women)
    (None, None)
    >>> inc = ReportIncident(None, killed=3, children=3, women=0); _unsaid_is_unknown(inc); (inc.children, inc.women)
    (3, 0)
    """
    # (a user saw "children 0, women 0" for six civilians whose ages the text never gives: fixleft41)
    children, women = inc.children, inc.women
    if children == 0 and (inc.killed is None or (women or 0) < inc.killed):
        inc.children = None
    if women == 0 and (inc.killed is None or (children or 0) < inc.killed):
        inc.women = None


def read_report(text_or_path: "str | os.PathLike | bytes", url: str | None = None) -> Report:
    """Read an SNHR monthly report (its text, or the path of a UTF-8 text file).

    ``url`` is the page's address when the text does not carry it in a saved page's header
    (``source: https://...``); a header's own address comes first. A page that prints no date
    is dated by its address when that spells one (:func:`geo.report.text.address_date`):
    ``read_report(text, url="https://airwars.org/civilian-casualties/cs336-october-11-2016")``.

    Raises
    ------
    geo.errors.InputError
        For a missing, binary, undecodable or empty file, or text that is not an
        SNHR-like report (no SNHR, no death toll vocabulary).
    """
    text, source = load_text(text_or_path)
    killing = _KILLING.search(text)
    if not _SNHR.search(text) and not killing:
        raise InputError("this is not an SNHR report: it never names the Syrian Network for "
                         "Human Rights (SNHR) and reports no killing", source=source)
    header, body = split_header(text)
    if url and not header.get("source"):
        # (a text saved with no header, its address kept beside it: a corpus index's source_url; round 28,
        # after its measurement, en-2016-10-news-28, an Airwars incident page dated only by its address)
        header["source"] = url
    doc = Document(body, source)
    meta = read_meta(doc, header)
    warnings: list[str] = []
    if meta.period is None:
        warnings.append("the month the report covers was not found (title, summary or date); "
                        "dates without a year cannot be read")
    # (the day is known when the header gives it, or the text's own date line does, or the page's address)
    day_known = bool(re.match(r"\d{4}-\d{2}-\d{2}", header.get("published", ""))) or (
        meta.publication_date is not None and not header.get("published")) or meta.published_from == "address day"
    arabic = is_arabic_text(doc.text)
    if arabic:
        # SNHR's Arabic edition: the same questions, asked in Arabic grammar. (Its modules are imported when the
        # first Arabic text is read: their patterns take about a second to compile, which an English reading
        # need not wait for; issue 15.)
        from .arabic import (extract_incidents_ar, month_written_ar, profession_shares_ar, publication_date_ar, read_period_ar,  # noqa: PLC0415
                             read_tallies_ar, split_by_party_ar)
        from .arabic_narration import minor_told_after_ar, narrated_incidents_ar  # noqa: PLC0415
        line_date = publication_date_ar(doc.text) if meta.publication_date is None or meta.published_from else None
        if line_date is not None:
            # (an outlet's date line, "2024.08.13 | 17:28 دمشق", that the English reading leaves; it comes before
            # the page's address)
            meta.publication_date, meta.published_from, day_known = line_date, None, True
        elif meta.publication_date is None and (written := month_written_ar(doc.text)) is not None:
            # (a page with no date that calls a month "this" one: written in it, a month only)
            meta.publication_date, meta.published_from = dt.date(*written, 1), "text month"
        meta.period, meta.period_from = read_period_ar(doc.text, meta.publication_date)
        incidents = extract_incidents_ar(doc, meta.period, meta.publication_date, meta.period_from, day_known)
        incidents += narrated_incidents_ar(doc, meta.period, meta.publication_date, incidents, day_known,
                                           meta.covers_month)
        incidents = split_by_party_ar(doc, minor_told_after_ar(doc, incidents), meta.publication_date)
        tallies = Tallies()
        read_tallies_ar(doc, tallies, meta.period, meta.covers_month)
        # (a media or medical month report's party shares are its tally's parts; round 71, after its measurement: fix71)
        incidents = profession_shares_ar(doc, incidents, tallies)
        if not incidents and tallies.killed is None:
            # (a massacre told with its place and no count, or SNHR's count after its story; round 55, test batch, after its measurement: fix55)
            from .arabic_narration import snhr_count_of_the_story_ar, uncounted_attack_ar, uncounted_massacres_ar  # noqa: PLC0415
            incidents = snhr_count_of_the_story_ar(doc, meta.publication_date) or uncounted_massacres_ar(
                doc, meta.publication_date, day_known) or uncounted_attack_ar(doc, meta.publication_date)
    else:
        incidents = extract_incidents(doc, meta.period, meta.publication_date, any_year=not meta.covers_month)
        incidents += narrated_incidents(doc, meta.period, meta.publication_date, incidents, day_known,
                                        meta.covers_month)
        incidents = snhr_among_monitors(doc, incidents, meta.period, meta.publication_date, day_known)
        incidents += executed_detainees(doc, incidents)
        if not incidents:
            # (an incident page whose lead gives its toll as a ceiling, "Up to seven civilians ... were killed ... as
            # Mesraba ... was struck": its one attack; rounds 52 and 54, after their measurement: fix5254)
            incidents = ceiling_lead(doc, meta.publication_date, day_known)
        if not incidents and meta.publication_date is None and meta.period is None:
            # (an outlet's page with no date that tells a strike on SNHR's word: its date unknown; found40)
            incidents = undated_strike_on_snhr_s_word(doc)
        tallies = read_tallies(doc, meta.period, meta.title, covers_month=meta.covers_month)
    incidents = custody_deaths_undated(drop_retellings(incidents, doc, meta.period), doc.text, tallies.other_totals)
    incidents = other_organisations_accounts(cumulative_counts(incidents, tallies.other_totals),
                                             tallies.other_totals)
    if arabic:
        _name_victims(incidents, person_names_ar, _add_name)
    _name_victims(incidents, bare_names_ar if arabic else bare_names_en)
    _tidy_names(incidents, arabic)
    text_names = _text_names(doc.text, arabic)
    _name_from_whole_text(incidents, text_names)
    _withhold_other_accounts_names(tallies.other_totals, arabic)
    massacre_residual(incidents, tallies.massacre_killed, tallies.massacre_children,
                      tallies.massacre_women)
    for inc in incidents:
        _unsaid_is_unknown(inc)
    for inc in incidents:
        if inc.place_text is None:
            warnings.append(f"line {inc.line}: no place found for the incident of {inc.date or 'unknown date'}")
        if inc.perpetrator is None:
            warnings.append(f"line {inc.line}: no known perpetrator for the incident of {inc.date or 'unknown date'}"
                            + (f" ({inc.perpetrator_text!r})" if inc.perpetrator_text else ""))
    if not _SNHR.search(text):
        warnings.append("the text never names the Syrian Network for Human Rights (SNHR); read "
                        "as an SNHR post")
    if not incidents and not tallies.any_figure() and not arabic:
        # (SNHR's own word that a dated attack killed civilians it could not count: one incident with no count)
        incidents = uncounted_attack(doc, meta.publication_date) or uncounted_massacre(doc, meta.publication_date)
    if not incidents and not tallies.any_figure() and not arabic and not meta.covers_month:
        # (SNHR's figure of a report retold, with no period, day or place: "the 457 cluster bomb attacks have killed
        # 955 civilians"; round 56, after its measurement)
        tallies.other_totals.extend(snhr_unstated_totals(doc))
    if not incidents and not tallies.any_figure():
        raise InputError(_refusal(text, killing, body), source=source)
    if not incidents and tallies.killed is None and not tallies.by_party and not tallies.torture \
            and snhr_tells_only_damage(body if body is not None else text):
        # (the page's totals are other sources', SNHR quoted for no death: en-2019-07-refuse-36, Airwars' nine killed
        # where SNHR is quoted only for a school's damage; rounds 35 and 36, after their measurement: fix3536)
        raise InputError(_refusal(text, killing, body), source=source)
    if arabic and incidents and not tallies.any_figure() and _outlet_s_own_count_ar(doc.text):
        # (round 35 and 36, ar-2022-01-refuse-35, ar-2023-03-refuse-36, after their measurement: fix3536)
        raise InputError("no SNHR figure: the killings and their counts are the outlet's own (its correspondent's); "
                         "SNHR is named only without a figure", source=source)
    if arabic and incidents and not tallies.any_figure() and _other_monitor_s_count_ar(doc.text):
        # (rounds 43 and 44, ar-2022-02-refuse-43, after their measurement: fix4344)
        raise InputError("no SNHR figure: the killing and its count are another monitor's (the Syrian Observatory's); "
                         "SNHR is named only without a figure, for a general statement", source=source)
    if not incidents and tallies.running_totals_only() and opens_with_arrests(doc.text):
        # (an arrest report that recalls SNHR's record since 2011, "قتل أكثر من 200 ألف مدني، ... وقتل قرابة 15 ألفاً
        # تحت التعذيب": no toll of its own; round 28, ar-2023-08-refuse-28, after its measurement)
        raise InputError("no incident and no death toll found: the text reports arrests and detentions; the only "
                         "deaths it counts are running totals with no period of their own (" + ", ".join(
                             f"{max(o.get('killed') or 0, o.get('torture') or 0):,}" for o in tallies.other_totals)
                         + "), not a toll of its own", source=source)
    if arabic and not incidents and tallies.killed is None and not tallies.by_party and not tallies.torture \
            and tallies.other_totals and all(_others_say_ar(o.get("text") or "") for o in tallies.other_totals) \
            and _snhr_counts_no_death_ar(doc.text):
        # (round 61, test batch, ar-2020-09-refuse-61, after its measurement: fix6162)
        raise InputError("no SNHR figure: the killings and their counts are other sources' (activists', said on "
                         "their word); SNHR is named only for arrests or detentions, with no death", source=source)
    return Report(meta, incidents, tallies, source, warnings, text_names)


# others as the teller of a sentence's figure, at its opening: "قال نشطاء سوريون على مواقع التواصل الاجتماعي إن ...
# قتلوا 53 مدنيا", "وأفاد ناشطون أن ...", "بحسب ناشطين"
_OTHERS_SAY_AR = re.compile(r"^\W*(?:و?(?:قال|ذكر|أفاد|افاد|أكد|اكد|أعلن|اعلن|نقل)(?:ت)?\s+|و?(?:بحسب|حسب|وفق(?:اً|ا)?\s+ل?)\s*)"
                            r"(?:ال)?(?:نشطاء|ناشطون|ناشطين|ناشطو|أهالي|اهالي|مصادر\s+محلية|شهود\s+عيان)(?![\u0621-\u064a])")


def _others_say_ar(sentence: str) -> bool:
    """Whether an Arabic sentence's figure is told on others' word (activists, locals, witnesses), SNHR not named in it.

    >>> _others_say_ar("قال نشطاء سوريون على مواقع التواصل الاجتماعي إن الحرس الثوري ... قتلوا 53 مدنيا")
    True
    >>> _others_say_ar("وقال ناشطون إن الشبكة السورية لحقوق الإنسان وثقت مقتل 5 مدنيين")
    False
    """
    from .arabic import _SNHR_NAMED_AR  # noqa: PLC0415

    return bool(_OTHERS_SAY_AR.search(sentence)) and not _SNHR_NAMED_AR.search(sentence)


def _snhr_counts_no_death_ar(text: str) -> bool:
    """Whether the Arabic sentences that name SNHR tell an arrest, and none a killing or a death figure (an arrest it documented,
    "وثقت الشبكة السورية لحقوق الإنسان اعتقال 5 مدنيين", its count of detainees): SNHR's voice counts no death.

    >>> _snhr_counts_no_death_ar("قتل نشطاء 5. وثقت الشبكة السورية لحقوق الإنسان اعتقال 5 مدنيين.")
    True
    >>> _snhr_counts_no_death_ar("ووثقت الشبكة السورية لحقوق الإنسان مقتل 4 مدنيين.")
    False
    """
    from .arabic import _ARREST_AR, _FIG_AR, _KILL_AR, _SNHR_NAMED_AR  # noqa: PLC0415

    # (a sentence a site broke over lines is one: "قالت الشبكة السورية لحقوق الإنسان\nبمدينة اللطامنة ... إن قوات
    # جيش النظام قصفتها")
    # (and SNHR named for an arrest: not for an attack it tells with no word of the dead, "قالت الشبكة السورية لحقوق
    # الإنسان بمدينة اللطامنة في حماة إن قوات جيش النظام قصفتها", whose dead the text counts beside it)
    snhr = [x for x in re.split(r"[.!؟]+|\n\s*\n", text) if _SNHR_NAMED_AR.search(x)]
    return any(_ARREST_AR.search(x) for x in snhr) and not any(_FIG_AR.search(x) or _KILL_AR.search(x) for x in snhr)


# the outlet's own voice: "وقال مراسلنا في درعا"، "وكشف مراسلنا عن مقتل أربعة أشخاص"
_OUR_CORRESPONDENT_AR = re.compile(r"(?<![\u0621-\u064a])مراسل(?:نا|ينا)(?![\u0621-\u064a])")


def _outlet_s_own_count_ar(text: str) -> bool:
    """Whether an Arabic text is an outlet's own report of a killing, its correspondent's ("مراسلنا"), SNHR named only
    in sentences with no figure (a legal judgement, "فيما تشير الشبكة السورية لحقوق الإنسان إلى أنّ قوات الجيش الوطني
    قد ارتكبت انتهاكاً ...", or a report of another month, "أصدرت في شهر تشرين الأول الماضي، تقريرا"): no SNHR toll.

    >>> _outlet_s_own_count_ar("وكشف مراسلنا عن مقتل أربعة أشخاص. فيما تشير الشبكة السورية لحقوق الإنسان إلى أنّ ذلك انتهاك.")
    True
    >>> _outlet_s_own_count_ar("وقال مراسلنا إن غارة قتلت 4 مدنيين. ووثقت الشبكة السورية لحقوق الإنسان مقتل 4 مدنيين.")
    False
    """
    return bool(_OUR_CORRESPONDENT_AR.search(text)) and _snhr_named_with_no_toll_ar(text)


def _snhr_named_with_no_toll_ar(text: str, *, killing_words: bool = False) -> bool:
    """Whether an Arabic text names SNHR only in sentences with no figure (digits or number words; with
    ``killing_words``, no killing word either): SNHR's voice gives no toll of its own.

    >>> _snhr_named_with_no_toll_ar("قُتل طفل. وأشارت الشبكة السورية لحقوق الإنسان إلى أن الألغام تهديد.")
    True
    >>> _snhr_named_with_no_toll_ar("وثقت الشبكة السورية لحقوق الإنسان مقتل 4 مدنيين.")
    False
    """
    from .arabic import _FIG_AR, _KILL_AR, _SNHR_NAMED_AR  # noqa: PLC0415

    snhr = [x for x in re.split(r"[.!؟\n]+", text) if _SNHR_NAMED_AR.search(x)]
    return bool(snhr) and not any(_FIG_AR.search(x) or (killing_words and _KILL_AR.search(x)) or re.search(r"\d", x)
                                  for x in snhr)


# another monitor named as the killing's source: "وبحسب المرصد السوري لحقوق الانسان، فإن الطفل ... لقي حتفه"
_PER_OTHER_MONITOR_AR = re.compile(r"(?<![\u0621-\u064a])(?:و?بحسب|و?حسب|و?وفق(?:اً|ا)?\s*ل?|و?نقلاً\s+عن|و?أفاد|و?ذكر)\s+"
                                   r"(?:ال)?المرصد\s+السوري(?![\u0621-\u064a])")


def _other_monitor_s_count_ar(text: str) -> bool:
    """Whether an Arabic text tells a killing per another monitor (the Syrian Observatory: "وبحسب المرصد السوري لحقوق
    الانسان، فإن الطفل ... لقي حتفه"), SNHR named only in sentences with no figure (a general warning, "وأشارت الشبكة
    السورية لحقوق الإنسان إلى أن مخلفات الأسلحة ... لا تزال تُشكِّل تهديداً"): no SNHR toll.

    >>> _other_monitor_s_count_ar("وبحسب المرصد السوري لحقوق الانسان، قُتل طفل. وأشارت الشبكة السورية لحقوق الإنسان إلى أن "
    ...                           "الألغام تهديد.")
    True
    >>> _other_monitor_s_count_ar("وبحسب المرصد السوري، قُتل طفل. واحصت الشبكة السورية لحقوق الإنسان مقتل اكثر من مئة.")
    False
    """
    # (SNHR's own toll in words counts: "و كانت قد احصت الشبكة السورية لحقوق الانسان مقتل اكثر من مئة شخص")
    return bool(_PER_OTHER_MONITOR_AR.search(text)) and _snhr_named_with_no_toll_ar(text, killing_words=True)


def _name_victims(incidents: list[ReportIncident], finder, take=None) -> None:
    """Add to each incident's ``victim_names`` the names ``finder`` finds in its sentences, so the
    public form withholds them: written bare ("Mohammad Khaled al-Hamoud was killed", "قُتل محمد خالد
    الحمود"; :mod:`geo.report.bare_names`), or after a noun of who the victim was ("الشاب محمد حسين
    الزعبي"; :func:`person_names_ar`, taken by :func:`_add_name`).

    Read after the incidents are counted and merged: a name found so adds no victim to a count and
    joins no two tellings. A name the incident's place, home town or perpetrator holds whole is not
    taken: the finder must not swallow the place it is told at. A name of which only a part is a
    place is taken, and the public form withholds that word in the place too: a family is often
    named after its village ("Child name Mohammad Saleh al-Daghli, was killed ... near al-Dghali
    village"), and a name is never shown (the P-code still places the incident).
    """
    for inc in incidents:
        for text in (*inc.sentences, inc.place_context, inc.stated_control_sentence):
            for name in finder(text or ""):
                (take or _withhold)(inc, name)


def _tidy_names(incidents: list[ReportIncident], arabic: bool) -> None:
    """The names of each incident as the public form must withhold them (names25): an Arabic run read as one name
    split into the names it holds (:func:`split_names_ar`), and a nickname told right after a name added
    (:func:`nickname_after`: "حسين خطاب المعروف باسم كارة السفراني")."""
    for inc in incidents:
        if arabic:
            inc.victim_names[:] = list(dict.fromkeys(p for n in inc.victim_names for p in split_names_ar(n)))
        shown = " ".join(t for t in (*inc.sentences, inc.sentence) if t)
        for name in list(inc.victim_names) + list(inc.injured_names):
            nick = nickname_after(shown, name)
            if nick:
                _add_name(inc, nick)


def _add_name(inc: ReportIncident, name: str) -> None:
    """Add ``name`` to the incident's ``victim_names`` unless it has it already: the take of a name said
    after a noun of who the victim was ("السيدة خنساء").

    Looser than :func:`_withhold`, on purpose: the noun says the words name a person, so no place
    check is needed, and a short name a longer one holds is kept as a name of its own ("السيدة خنساء"
    beside "خنساء محمد السيد", ar-2023-12-news-01; "الشاب علاء", ar-2018-07-torture-13), so that the
    matcher of whole names (:meth:`geo.privacy.NameMatcher.whole`) withholds it alone too."""
    if name not in inc.victim_names and name not in inc.injured_names:
        inc.victim_names.append(name)


def _withhold(inc: ReportIncident, name: str) -> None:
    """Add ``name`` to the incident's ``victim_names`` unless a name it has holds it, or its place, home
    town or perpetrator holds it whole (a finder must not swallow the place); a name it has that ``name``
    holds gives way to it ("Farhan Ramadan" to "Farhan Ramadan an Hartoush": the longer is withheld whole,
    the shorter's words still as parts)."""
    if any(name in n for n in (*inc.victim_names, *inc.injured_names)):
        return
    if any(f" {normalise(name)} " in f" {normalise(t)} "
           for t in (inc.place_text, inc.hometown_text, inc.perpetrator_text) if t):
        return
    if any(n in name for n in inc.injured_names):
        return  # an injured person's name, found again longer: kept as the injured's
    inc.victim_names[:] = [n for n in inc.victim_names if n not in name]
    inc.victim_names.append(name)


def _withhold_other_accounts_names(other_totals: list[dict], arabic: bool) -> None:
    """Withhold the victims' names in the sentences of another organisation's accounts kept as other totals (public):
    "Raqqa is Being Slaughtered Silently initially reported that ... struck the house of Sheikh [name withheld] ..."
    (en-2016-10-massacre-38; fixen)."""
    from .incidents import redact_names  # noqa: PLC0415

    for o in other_totals:
        if o.get("source") == "other" and o.get("text"):
            o["text"] = redact_names(o["text"], _text_names(o["text"], arabic))


def _text_names(text: str, arabic: bool) -> list[str]:
    """The victims' names the whole ``text`` (Arabic or not) gives: after a noun of who someone was, or bare."""
    return (person_names_ar(text) + bare_names_ar(text)) if arabic else bare_names_en(text)


def _name_from_whole_text(incidents: list[ReportIncident], names: list[str]) -> None:
    """Add to each incident's ``victim_names`` the ``names`` the whole text gives (:func:`_text_names`)
    whose family name is in the incident's own sentences, so the public form withholds that part too:
    a lead names the victim in full ("مقتل الدكتور حيدر يونس شاهين ...") and the incident's sentence by
    the family name alone ("وأوضحت الشبكة أن شاهين، وهو من قرية ..."). Taken as :func:`_withhold` takes
    a name."""
    from ..privacy import NameMatcher  # noqa: PLC0415 (how the public form finds a name)

    if not names:
        return
    # (a name another incident holds is that incident's victim's: its given name in this incident's sentences is
    # another person's, "Ahmad" of two victims of a monthly report)
    held = {n for i in incidents for n in (*i.victim_names, *i.injured_names)}
    for inc in incidents:
        shown = " | ".join(t for t in (*inc.sentences, inc.sentence, inc.place_context,
                                       inc.stated_control_sentence) if t)
        for name in names:
            # (a word of it that is no common given name - its family name - must be in the sentences: a given
            # name alone there may be someone else's, "Ahmad" of another victim; a name of given names only is
            # left to the finders of the incident's own sentences)
            own = [w for w in name.split() if not is_given_name(w)]
            if own and NameMatcher(own).found_in(shown) or name not in held and _first_name_told(name, shown):
                _withhold(inc, name)


def _first_name_told(name: str, shown: str) -> bool:
    """Does ``shown`` name the victim by the first word of ``name``, a given name, alone and as a name is written
    (capitalised, no proper noun's word before it): "Abdullah Hussein al-Akhras, a defector ..." in a text
    whose incident says "Abdullah's family received notification ... that he had died"? (names25) A name of
    three words or more only: the whole text tells that this given name is the victim's."""
    words = name.split()
    if len(words) < 3 or not re.fullmatch(r"[A-Z][a-z'’]{2,}", words[0]) or not is_given_name(words[0]):
        return False
    return any(not re.search(r"(?:[A-Z][\w'’-]*|\b(?:al|el))[\s-]+$", shown[:m.start()][-30:])
               for m in re.finditer(r"(?<![\w'’-])" + re.escape(words[0]) + r"(?![\w-])", shown))


def _headline_s_count_on_the_body_s_day(incidents: list[ReportIncident], title_end: int) -> list[ReportIncident]:
    """``incidents`` with a headline's counted incident of a month given the day of the body's one incident that month
    when that one tells no count of its own (read as one, children and women unknown), which is then its telling, not
    another incident: "Hama city massacre 2012… 49 civilians died on one day" then "On Monday 16/7/2012, Al Hamidiyeh
    neighborhood in Hama city was exposed to brutal military-security campaign ..." (en-2012-07-massacre-40; fixleft41).
    """
    for inc in incidents:
        # (English only: the Arabic readers give an uncounted noun's children and women None too, "طفل" is one child)
        if inc.start >= title_end or inc.date is None or inc.date_precision is not DatePrecision.MONTH \
                or not inc.killed or inc.killed < 2 or is_arabic_text(inc.sentence):
            continue
        month = [o for o in incidents if o.start >= title_end and o.date is not None
                 and (o.date.year, o.date.month) == (inc.date.year, inc.date.month)]
        if len(month) == 1 and month[0].date_precision is DatePrecision.DAY \
                and (month[0].killed, month[0].children, month[0].women) == (1, None, None):
            inc.date, inc.date_precision = month[0].date, DatePrecision.DAY
            return [o for o in incidents if o is not month[0]]
    return incidents


def drop_retellings(incidents: list[ReportIncident], doc: Document,
                    period: tuple[int, int] | None = None) -> list[ReportIncident]:
    """Incidents told twice in another form: a headline, or a day's total over a list.

    * A news post's headline ("Gunmen killed a civilian in western Daraa ... on May 9") retells
      the incident its body tells; it is dropped when the body has an incident of that day.
    * "133 killed yesterday" followed by the list of where ("54 in Idlib city, 38 in Aleppo
      city, ...") is the list's total, not one more incident.
    """
    first = next((p for p in doc.paragraphs if p.text.strip()), None)
    head = dated_headline(doc, period)
    title_end = doc.to_original(first.sentences[0].end) if first and first.sentences else -1
    if head is not None and head[0] > 0 and doc.paragraphs[head[0]].sentences:
        # a dated subtitle under the title is the headline ("... Report of Douma Massacre on June 16, 2012")
        title_end = doc.to_original(doc.paragraphs[head[0]].sentences[-1].end)
    foot = [p for p in reversed(doc.paragraphs) if p.text.strip()][:1]  # the text's last paragraph
    incidents = _headline_s_count_on_the_body_s_day(incidents, title_end)
    out = []
    for inc in incidents:
        # (an undated incident is on no known day: none is "the same day" as it, none within ten days)
        same_day = [o for o in incidents if o is not inc and inc.date is not None and o.date == inc.date]
        # the headline's date may be the death's, the body's the wounding's (a few days apart),
        # or the day SNHR learnt of a death under torture the body dates by the arrest
        # (a news lead's undated killing, dated by the week before publication, is its own incident:
        # the body's dated ones are other killings - en-2025-02-news-01)
        if inc.start < title_end and inc.date_precision is not DatePrecision.WEEK and any(o.start >= title_end and any(
                days_apart(d, inc.date) <= 10 for d in _days_of(o)) for o in incidents):
            continue
        if inc.start > title_end and _headline_line(inc.sentence, foot) and any(
                o.start < inc.start and days_apart(o.date, inc.date) <= 10 for o in incidents):
            continue  # the page's title repeated at its foot ("Gunmen killed a civilian ... on May 9")
        if inc.place_text and _headline_line(inc.sentences[0] if inc.sentences else inc.sentence,
                                             doc.paragraphs) and any(
                o.start > inc.start and o is not inc and o.killed == inc.killed and o.place_text and days_apart(o.date, inc.date) <= 10
                and " ".join(inc.place_text.split()[:2]) in o.place_text for o in incidents):
            # "مقتل طفل وإصابة عشرات المدنيين بجراح إثر انفجاريَن مُتتاليَين في مدينة جرابلس بريف حلب، في 27 نيسان"
            # (a headline's lone line) then the body's "... في مدينة جرابلس بريف محافظة حلب الشرقي، في 27 نيسان
            # 2021، ... أسفر الانفجارَين عن مقتل الطفل": the same death at the same town (round 20, test batch,
            # ar-2021-04-news-20, after its measurement)
            continue
        if (inc.place_text is None or re.match(r"(?:محافظة|ريف)\s", inc.place_text)) and any(
                o.start > inc.start and o.killed == inc.killed and o.place_text
                and not re.match(r"(?:محافظة|ريف|منطقة|مناطق)\s", o.place_text) for o in same_day):
            # 'وثقت الشبكة مقتل طفلَين، إثر انفجار لغم أرضي شمال غرب محافظة الحسكة في 30-8-2022' then the
            # same two, that day, 'في قرية الناصرية التابعة لمدينة رأس العين': an Arabic post's lead
            # retells the incident its body places
            continue
        parts = _lead_parts(inc, incidents)
        if parts:
            # "At least 24 people have been killed by barrel bombs ... in Hama and ar-Raqqah on Sunday" then "10
            # people ... were killed ... in ar-Raqqah" and "14 others died ... in Hama": the lead's sum over the
            # places it names, each told after it, is no incident of its own; its day is theirs when they
            # have none (round 17, test batch, en-2014-08-news-17, after its measurement)
            for o in parts:
                if o.date_precision is DatePrecision.MONTH and (o.date.year, o.date.month) == (inc.date.year, inc.date.month):
                    o.date, o.date_precision = inc.date, inc.date_precision
            continue
        listed = [o for o in same_day if o.start > inc.start and "\n" not in o.sentence]
        # (an item of the list itself, "و23 فى ضواحى دمشق", is no total of the items after it)
        if len(listed) >= 3 and inc.killed and inc.killed >= sum(o.killed or 0 for o in listed) \
                and all(o.end - o.start < 120 for o in listed) and inc.end - inc.start >= 120:
            continue
        out.append(inc)
    return out


def _lead_parts(inc: ReportIncident, incidents: list[ReportIncident]) -> list[ReportIncident]:
    """The incidents told after ``inc`` that ``inc`` sums: two or more, each at a place ``inc``'s
    sentence names, of the same month, whose deaths add up to exactly ``inc``'s (else ``[]``).

    "At least 24 people have been killed ... in Hama and ar-Raqqah on Sunday" sums "10 people ...
    in ar-Raqqah" and "14 others ... in Hama"."""
    if not inc.killed or inc.date_precision is not DatePrecision.DAY:
        return []  # (an undated lead, too: its parts cannot be told to be of its day)
    lead = inc.sentence.lower()
    parts = [o for o in incidents if o.start > inc.end and o.killed and o.place_text and o.date is not None
             and (o.date.year, o.date.month) == (inc.date.year, inc.date.month)
             and (o.date == inc.date or o.date_precision is DatePrecision.MONTH)
             and re.search(r"(?<![\w-])" + re.escape(o.place_text.lower()) + r"(?![\w-])", lead)]
    places = {o.place_text.lower() for o in parts}
    return parts if len(parts) >= 2 and len(places) == len(parts) and sum(o.killed for o in parts) == inc.killed else []


def _days_of(inc: ReportIncident) -> list[dt.date]:
    """The incident's date (None when unknown) and the days of its roles (wounded, died, learned, ...)."""
    return [inc.date] + [dt.date.fromisoformat(v) for v in inc.dates.values()]


def _headline_line(text: str, paragraphs) -> bool:
    """Is ``text`` a lone short line with no full stop (a headline), one of ``paragraphs`` told in one sentence?

    >>> doc = Document("Gunmen killed a civilian in Daraa on May 9\\n\\nThe body. It says more.")
    >>> _headline_line("Gunmen killed a civilian in Daraa on May 9", doc.paragraphs)
    True
    """
    text = text.strip()
    return len(text) < 160 and not text.endswith(".") and any(
        len(p.sentences) == 1 and p.text.strip() == text for p in paragraphs)


# A year before the conflict the corpus maps (March 2011 on): "in Hama city in 1982". Not a year of the killings:
# a birth year ("born in 1986", "من مواليد عام 1986"), the start of a period that runs into the conflict ("since
# 1986", "منذ عام 2000") or a count ("about 2000 children", "قرابة 2000 طفل").
_YEAR_BEFORE_2011 = re.compile(
    r"(?<!\d)(?<![\d,.])(?<!\bborn )(?<!\bborn in )(?<!\bsince )(?<!مواليد )(?<!مواليد عام )(?<!منذ )(?<!منذ عام )"
    r"(19[4-9]\d|200\d|2010)\b(?![.,]\d)"
    r"(?!\s+(?:children|child|people|persons|civilians|victims|men|women|Syrians|citizens|"
    r"طفل|أطفال|شخص|أشخاص|مدني|مدنيين|مدنياً|مواطن|مواطنين|ضحية|قتيل|سيدة|امرأة))", re.I)
# A count's lead-in: "about 2000", "قرابة 2000", "at least 2000", "بينهم 2000".
_COUNT_BEFORE = re.compile(
    r"(?:\b(?:about|some|nearly|almost|around|approximately|over|at least|more than)|قرابة|نحو|حوالي|حوالى|"
    r"أكثر من|ما لا يقل عن|بينهم|منهم)\s*$", re.I)


def _before_conflict(text: str) -> list[str]:
    """The years before 2011 the sentences telling of killings name, when those sentences give no day of
    an event: "the 40th anniversary of the 1982 Hama massacre" -> ``['1982']``; none when a sentence of
    a killing gives a day ("killed on 5 March 2012")."""
    told = [s for s in re.split(r"(?<=[.!?])\s+", text) if _KILLING.search(s)]
    if any(find_dates(s, default_year=2011) for s in told):  # (any year: a day without one counts too)
        return []
    return sorted({m.group(1) for s in told for m in _YEAR_BEFORE_2011.finditer(s)
                   if not _COUNT_BEFORE.search(s[:m.start()])})


def _refusal(text: str, killing, body: str | None = None) -> str:
    """Why a text with no incident and no death figure is refused, in words that are true of it
    (``body``: the text without its header lines, whose dates are the copy's, not the killings')."""
    arrests = len(_ARRESTS.findall(text))
    if arrests >= 2 and arrests > len(_KILLING.findall(text)):
        if _A_DEATH.search(text):
            # (a detainee's death is a killing SNHR counts: "not killings" would be untrue of it)
            return ("no incident and no death toll found: the text reports arrests and detentions, and the "
                    "deaths it tells have no day, place or figure that could be read")
        return ("no incident and no death toll found: the text reports arrests and detentions, "
                "not killings")
    if killing is None and _INJURED.search(text):
        # "wounding both drivers and killing a number of the sheep": people hurt, no one killed
        return "no incident and no death toll found: the text reports people injured, no one killed"
    if killing is None:
        return "no incident and no death toll found: the text reports no killing"
    if snhr_tells_no_death(text if body is None else body):
        return ("no incident and no death toll found: SNHR's own account tells the attack with no one killed; the "
                "deaths the text tells are other sources'")
    told = re.split(r"(?<=[.!?])\s+", text if body is None else body)
    if any(STOCK_CONDEMNATION.search(t) for t in told) and not any(
            _KILLING.search(t) for t in told if not STOCK_CONDEMNATION.search(t)):
        # "An IED ... exploded in ... council building ..., partially damaging the building. ... SNHR condemns all
        # explosions which target civilians through indiscriminate killing" (en-2020-09-refuse-67, round 67: fix67)
        # (and "injuring four civilians" with the same stock sentence, en-2020-08-refuse-40: people hurt, no one killed)
        hurt = " that injured people" if any(_INJURED.search(t) for t in told) else ""
        return (f"no incident and no death toll found: the text tells an attack{hurt} with no one killed; its only "
                "word of killing is SNHR's stock condemnation of such attacks")
    before = _before_conflict(text if body is None else body)
    if before:
        # "the 40th anniversary of the 1982 Hama massacre": a killing of another era, not one to map
        return ("no incident and no death toll found: the killings the text speaks of are of "
                + ", ".join(before) + ", before the conflict (March 2011), and it states no figure")
    figure = next((m for t in told if _KILLING.search(t) for m in [_DEATH_FIGURE.search(t)] if m), None)
    if figure:
        # ("killed more than 843 people ... in 18 days", "Eight martyrs from the same family have fallen": a count is
        # told, so "no figure" would be untrue of it; en-2014-02-news-01, en-2013-02-massacre-35; fixleft41)
        return ("no incident and no death toll found: the text speaks of killings and counts dead ('"
                + " ".join(figure.group(0).split()) + "'), but with no day, place or period the reader could tie "
                "the count to")
    return ("no incident and no death toll found: the text speaks of killings but states no "
            "dated incident and no figure")


# a count of dead in English: "843 people", "Eight martyrs", "five children from one family"
_DEATH_FIGURE = re.compile(r"\b(?:(?!(?:19|20)\d\d\b)\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
                           r"thousands)\s+(?:[a-z-]+\s+){0,2}?(?:civilians|people|persons|victims|martyrs|children|"
                           r"women|men|individuals|bodies)\b", re.I)
