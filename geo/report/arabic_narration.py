"""Incidents an Arabic text narrates in its own words: one general grammar of the sentence.

The rules of :mod:`geo.report.arabic` read SNHR's own Arabic forms (a dated account "قُتل في 25-1-2022",
a daily list, a party line) and narrow wordings met in single texts. Outlets that quote SNHR tell their
own incidents in press Arabic ("ارتقاء 3 مدنيين", "راح ضحيتها 17 شخصا", "لقي طفلان حتفهما"), often with
no printed day, and those carry only partly to the narrow rules (issue #12). :func:`narrated_incidents_ar`
reads what the other rules left, as :mod:`geo.report.narration` does in English: a sentence is an
incident when it has

1. a killing predicate, active, passive or nominal (قُتل / مقتل / استشهد / استشهاد / ارتقى / ارتقاء /
   لقي حتفه / راح ضحيتها / أودى بحياة / وفاة / توفي / قضى / سقوط ... قتلى / أعدم / إعدام / مجزرة بحق);
2. a count of the victims said with it: after it ("مقتل 5 مدنيين بينهم طفلان", "قضى خلالها 14 شخصا",
   "استشهاد الطفل" = 1, "عائلة من 5 أفراد") or before its verb ("إن 35 مدنياً استشهدوا", "طفلان، قُتلا");
   digits, Arabic-Indic digits (folded by :mod:`geo.report.text`), number words and duals ("طفلين",
   "امرأتين", "شقيقين"); children and women from "بينهم/منهم ..."; the injured from "وإصابة/وأصيب N";
   never combatants (عناصر، مقاتلين، جنود) as the victims;
3. a place in the same sentence: a place phrase ("بلدة/قرية/مدينة/حي X", "في X بريف Y"), not the
   victims' home ("من أبناء قرية X") nor where the attackers stood, or a bare name after
   في/على/قرب/بالقرب من that the gazetteer holds under its Arabic name;

and is no tally (a cumulative or period figure, "منذ ...", "خلال شهر ...", a month named with no day, a
count of massacres or attacks, a country's total). Its date is the sentence's own (a date, "أمس", a
weekday against a dated publication: :func:`geo.report.arabic.day_named_ar`), else the month of
publication (month precision); in a monthly report a figure with no day of its own is the month's
tally. Not told twice: a sentence another rule read is skipped, and an incident of the same place,
month and count as one already found is dropped.

>>> from geo.report.text import Document
>>> doc = Document("وقال مراسلنا إن غارة جوية استهدفت بلدة كفرنبل بريف إدلب الجنوبي ما أسفر عن ارتقاء 4 مدنيين بينهم امرأة.")
>>> [(i.killed, i.women, i.place_text) for i in narrated_incidents_ar(doc, None, dt.date(2019, 8, 17), [])]
[(4, 1, 'بلدة كفرنبل بريف إدلب الجنوبي')]
"""

from __future__ import annotations

import datetime as dt
import re

from ..governorates import find_governorate
from ..names import fold_arabic, normalise
from ..precision import DatePrecision
from .arabic import (MONTHS_AR, PART_TOLD_AFTER_AR, _AR, _PLACES_LIST_AR, _ATTACKED_PLACE_AR, _snhr_as_background_ar, _CHILD, _CORRECTION_AR, _HARAKAT_AR, _OTHER_PERIOD_AR, _OTHER_SOURCE_AR, _PERSON, _PLACE_AR,
                     _PLACE_TAIL_AR, _REPORT_DATE_AR, _SP_AR, _WOMAN, NUMBER_AR, PER_REPORT_AR, _among, _near_period, _party_ar,
                     others_at_ar, count_ar, day_named_ar, retold_by_another_teller_ar, goes_on_from_sohr_ar, find_dates_ar, find_month_ar, parse_number_ar, stated_control_ar)
from .incidents import days_apart
from .narration import _gazetteer

__all__ = ["narrated_incidents_ar", "minor_told_after_ar", "narrated_count_ar", "KILLING_PREDICATE_AR"]

_NOT_AR = r"(?![" + _AR + r"])"
_START_AR = r"(?<![" + _AR + r"])[وفبل]?"

# (1) The killing predicate: verbs (active, passive, intransitive) and their nouns. "لقي" counts only
# with its "حتف/مصرع", "راح/ذهب" only with "ضحيتها", "مجزرة" only with "بحق" (its victims after it).
KILLING_PREDICATE_AR = re.compile(
    _START_AR + r"(?:قتل(?:ت|وا|ا|تا)?|مقتل|استشهد(?:ت|وا|ا|تا)?|استشهاد|ارتق(?:ى|ت|وا|يا)|ارتقاء|"
    # ("تكفّل تنظيم داعش بتصفية إعلاميين اثنين": a liquidation; round 53, test batch, ar-2015-07-press-53, after its
    # measurement: fix5354)
    r"تصفية|"
    # ("لقى 15 مدنياً حتفهم": the verb written with a final ى, as Egyptian papers spell it; round 28, ar-2016-08-massacre-28,
    # after its measurement) ("لقي الشاب أحمد عبد الرزاق الكرم مصرعه": the noun and a name of four words between;
    # rounds 64 and 65, ar-2025-04-news-65, after their measurement: fix6465)
    r"لق(?:ي|ى|يت|يا|وا)(?=\s+(?:[^\s.؛]+\s+){0,5}?(?:حتف|مصرع))|مصرع|(?:راح|ذهب)\s+ضحيت(?:ها|ه|هما|هم)|"
    r"أود(?:ى|ت)\s+بحياة|وفاة|توف(?:ي|يت|وا|يا)|قض(?:ى|ت|وا|يا)|سقوط|سقط(?:وا|ت)?|إعدام|أعدم(?:ت|وا)?|"
    r"مجزرة\s+بحق|فارق(?:ت|ا|وا)?\s+الحياة|"
    # ("حيث وصل عدد الضحايا إلى 13 قتيلاً": the count a toll reached; round 63, test batch, ar-2019-07-news-63, after its
    # measurement: fix63)
    r"(?:وصل|ارتفع)\s+عدد\s+(?:ال)?(?:ضحايا|قتلى|شهداء)\s+(?:إلى|الى)|"
    # the bodies found: "عُثر على جثث 5 رجال", "العثور على جثة شاب"
    r"(?:عثر|وجد|وجدت|انتشال|انتشل|العثور)\s+(?:على\s+)?(?:جثث|جثة|جثتي|جثامين|جثمان|جثماني))" + _NOT_AR)
# an active verb with its subject between it and the victims: "أعدم تنظيم داعش 3 شبان", "قتلت قوات النظام 5 مدنيين"
_ACTIVE_AR = re.compile(r"[وف]?(?:قتل|قتلت|أعدم|أعدمت|اعدم|اعدمت)")
# the verb forms that follow their victims ("إن 35 مدنياً استشهدوا", "مدنيان، قُتلا")
_VERB_AFTER_AR = re.compile(
    r"^(?P<verb>" + _START_AR + r"(?:قتل(?:ت|وا|ا|تا)?|استشهد(?:ت|وا|ا|تا)?|ارتق(?:ى|ت|وا|يا)|لق(?:ي|ى|يت|يا|وا)\s+"
    r"(?:حتف|مصرع)\S*|توف(?:ي|يت|وا|يا)|قض(?:ى|ت|وا|يا)|سقط(?:وا)?|أعدم(?:ت|وا)?|فارق(?:ت|ا|وا)?\s+الحياة)" + _NOT_AR + ")")

# (2) The victims. The press's nouns the SNHR rules do not count are persons ("3 شبان", "عامل").
_PRESS_AR = ("شاب|شابة|شبان|شباب|رجل|رجال|فتى|فتاة|فتيان|عامل|عاملا|عمال|عاملين|مزارع|مزارعين|مزارعا|راع|رعاة|"
             "طالب|طلاب|معلم|مدرس|أفراد|افراد|شقيق|شقيقة|أشقاء|شقيقتين|شقيقتان|أخوة|إخوة|نازحين|نازحا|مسن|مسنة|"
             # (a media worker, one: "لقي ناشط إعلامي حتفه وأصيب 3 آخرون، جراء استهداف حافلة"; round 27, test batch,
             # ar-2015-11-news-27, after its measurement)
             # ("أن الإعلامي المقتول على يد قوات النظام، ... وقتل إثر قذيفة مدفعية": the media worker, one; round 45,
             # test batch, ar-2017-11-press-45, after its measurement: fix4546)
             "ناشط|ناشطة|صحفي|صحفية|مراسل|مراسلة|مصور|إعلامي|إعلامية|اعلامي|اعلامية")
# the media and medical workers' nouns that take the accusative "ا" of one ("إعلاميا", "طبيبا")
_PRESS_ONE_AR = r"(?:ناشط|صحفي|مراسل|مصور|إعلامي|اعلامي|طبيب|ممرض|مسعف)"
# (and media and medical workers counted: "قتل 4 إعلاميين", "اثنين من الكوادر الطبية"; round 53, test batch, after its
# measurement: fix5354)
_WORKERS_PLURAL_AR = r"إعلاميين|اعلاميين|صحفيين|صحافيين|أطباء|اطباء|مسعفين|ممرضين|كوادر"
_NOUN_AR = r"(?:" + _CHILD + "|" + _WOMAN + "|" + _PERSON + "|" + _PRESS_AR + "|" + _WORKERS_PLURAL_AR + r")" + _NOT_AR
# plurals and collectives: a count only with a number ("شبان" is no dual)
_PLURAL_NOUN_AR = re.compile(r"أطفال|اطفال|سيدات|نساء|مدنيين|أشخاص|اشخاص|شهداء|ضحايا|قتلى|مواطنين|شبان|شباب|رجال|"
                             r"فتيان|عمال|عاملين|مزارعين|رعاة|طلاب|أفراد|افراد|أشقاء|أخوة|إخوة|نازحين")
_QUANT_AR = r"(?:(?:ما\s+لا\s+يقل\s+عن|أكثر\s+من|اكثر\s+من|نحو|حوالي|حوالى|قرابة|ما\s+يقارب|زهاء)\s+)?"
# the victims' phrase: a number and a noun ("5 مدنيين", "ثلاثة من الأطفال"), a dual or one noun ("طفلان",
# "طفل"), the definite one ("الطفل عمر ..." = 1), a family counted by its members
_VICTIMS_AR = re.compile(
    # ("إن 14مدني استشهدوا بحي المرجة": a number glued to its noun; round 15, test batch, ar-2016-10-news-15,
    # after its measurement)
    # ("ما أدى إلى مقتل 51 سجينًا مدنيًا": prisoners or detainees, counted; round 17, test batch, ar-2020-12-news-17,
    # after its measurement)
    r"(?:(?P<n>" + NUMBER_AR + r")" + _SP_AR + r"(?:من\s+)?(?:ال)?(?P<noun>" + _NOUN_AR + r"|(?:سجين|معتقل|محتجز)(?:ا|اً|ًا|ين)"
    + _NOT_AR + r")"
    r"|عائلة\s+(?:واحدة\s+)?(?:مؤلفة\s+|مكونة\s+)?من\s+(?P<fam>" + NUMBER_AR + r")\s+(?:أفراد|افراد|أشخاص|اشخاص)"
    # ("إعلاميين اثنين": the workers' plural, then their number; round 53, test batch, ar-2015-07-press-53, after its
    # measurement: fix5354)
    r"|(?:ال)?(?:" + _WORKERS_PLURAL_AR + r")\s+(?P<wk>" + NUMBER_AR + r")" + _NOT_AR +
    r"|(?P<one>(?:ال)?(?:" + _CHILD + "|" + _WOMAN + "|" + _PERSON + "|" + _PRESS_AR + r"))" + _NOT_AR +
    # ("قتلت إعلاميا واحداً": one media worker, the verb's object in the accusative; round 51, test batch,
    # ar-2016-02-press-51, after its measurement: fix5152)
    r"|(?P<acc>" + _PRESS_ONE_AR + r")(?:ا|اً|ًا)(?:\s+واحد(?:ا|اً|ًا))?" + _NOT_AR + ")")
# between the predicate and its victims: the time, "خلالها", "على الأقل", a comma
_FILLER_AR = (r"(?:[\s،]+(?:اليوم|أمس|يوم|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|"
              r"السبت|الماضي|الفائت|فجر|صباح|مساء|ليل|ليلة|خلالها|خلاله|فيها|فيه|جراءها|جراءه|على\s+الأقل|بينهم|"
              # "also" between the verb and its victims: "وأضافت الشبكة أن “قسد” قتلت أيضا المدني هادي اليازجي"
              # (ar-2023-01-news-27, fix39)
              r"[أا]يضاً?))*")
# combatants as the victims, and the victims of another verb than killing
_COMBATANTS_AR = re.compile(r"(?<![" + _AR + r"])(?:ال)?(?:عناصر|عنصر|عنصرا|مقاتل|مقاتلين|مقاتلا|مقاتلون|جنود|جندي|جنديا|"
                            r"مسلح|مسلحين|مسلحون|ضابط|ضباط|عسكري|عسكريين|مجند|مجندين)" + _NOT_AR)
_NOT_KILLED_AR = re.compile(r"(?:أصيب|أصيبت|أصيبوا|إصابة|اصابة|جرح|جرحى|اعتقال|اعتقل|خطف|اختطاف|احتجاز|تهجير|نزوح)"
                            r"(?:\s+\S+){0,2}\s*$")
_INJURED_AR = re.compile(r"(?<![" + _AR + r"])و?(?:إصابة|اصابة|أصيب|أصيبت|أصيبوا|جرح)\s+" + _QUANT_AR
                         + r"(?P<n>" + NUMBER_AR + r")" + _NOT_AR)


def _fold(text: str) -> str:
    """``text`` without harakat and tatweel, a digit glued to a word apart ("ارتقاء3 مدنيين")."""
    text = _HARAKAT_AR.sub("", text).replace("\u0640", "")
    text = re.sub(r"(?<=[" + _AR + r"])(?=\d)|(?<=\d)(?=[" + _AR + r"])", " ", text)
    # ("تمكنا من توثيق 9 أسماء لضحايا قضوا في هذه المجزرة": 9 victims known by name; refar, ar-2012-06-massacre-36)
    return _NAMES_OF_VICTIMS_AR.sub(" ", text)


# the names of a count of victims: "9 أسماء لضحايا" (9 victims named), its words between the number and the noun
_NAMES_OF_VICTIMS_AR = re.compile(r"(?<=\d)\s+(?:أسماء|اسماء)\s+(?:ل(?:ل)?)?(?=(?:ال)?(?:ضحايا|شهداء|قتلى|مدنيين|أشخاص)" + _NOT_AR + ")")


# "بينهم 20 طفلا وامرأة": one number for children and women together (the singular after a number's noun), not 20
# children and one woman; with its own number the woman is apart ("8 طفلا وسيدة واحدة")
_LUMPED_AR = re.compile(r"(?:بينهم|منهم)\s+(?:" + NUMBER_AR + r")\s+طفلا\s+و(?:امرأة|إمرأة|سيدة)(?!\s+واحدة)" + _NOT_AR)


def _victims_count(m: re.Match, rest: str) -> tuple[int, int, int] | None:
    """``(killed, children, women)`` of the victims' match ``m`` and the words after it (more victims
    joined by "و", "بينهم ..."); None when it counts nobody."""
    if m.group("fam"):
        n = parse_number_ar(m.group("fam"))
        killed, children, women = (n, 0, 0) if n else (None, 0, 0)
    elif m.group("n"):
        n = parse_number_ar(m.group("n"))
        killed, children, women = count_ar(m.group("noun"), n) if n else (None, 0, 0)
    elif m.group("acc"):
        killed, children, women = 1, 0, 0
    elif m.group("wk"):
        killed, children, women = parse_number_ar(m.group("wk")) or None, 0, 0
    else:
        noun = re.sub(r"^ال", "", m.group("one"))
        if _PLURAL_NOUN_AR.fullmatch(noun) or m.group("one").startswith("ال") and re.search(r"(?:ان|ين)$", noun) \
                and not re.fullmatch(_CHILD + "|" + _WOMAN, noun):
            return None  # "المدنيين", "أطفال": how many not said
        killed, children, women = count_ar(noun)
    if not killed:
        return None
    # "سيدة وطفلاها", "طفلين وامرأة": more victims joined by "و"
    while (more := re.match(r"\s*و\s*(?:(?P<n>" + NUMBER_AR + r")\s+)?(?P<noun>" + _NOUN_AR + ")", rest)) is not None:
        k, c, w = count_ar(more.group("noun"), parse_number_ar(more.group("n")) if more.group("n") else None)
        if _PLURAL_NOUN_AR.fullmatch(more.group("noun")) and not more.group("n"):
            break
        killed, children, women, rest = killed + k, children + c, women + w, rest[more.end():]
    # (the injured's own "بينهم" is not the dead's: "بينهم امرأة ... إضافة إلى إصابة 9 آخرين بينهم 6 أطفال")
    among = re.split(r"(?<![" + _AR + r"])(?:و|إضافة\s+إلى\s+|فضلا\s+عن\s+)?(?:إصابة|اصابة|أصيب|جرح)", rest[:200])[0]
    if _LUMPED_AR.search(among):
        return killed, children, women  # (children and women counted together: how many of each is not said)
    ch, wo = _among(among)
    half = _HALF_CHILDREN_AR.match(among)
    if half and ch is None and not children and killed % 2 == 0:
        ch = killed // 2  # "قضى خلالها 14 شخصا نصفهم من الأطفال": half of them children, 7
    return killed, ch if ch is not None else children, wo if wo is not None else women


# "14 شخصا نصفهم من الأطفال": half of the victims children (not "نصفهم تقريباً", not "من النساء والأطفال")
_HALF_CHILDREN_AR = re.compile(r"\s*،?\s*نصفهم\s+(?:من\s+)?(?:ال)?(?:أطفال|اطفال)(?!\s*و)" + _NOT_AR)


# "مقتل تسعة أشخاص من القوات النظامية": persons of a force, soldiers (round 15, test batch, ar-2012-09-press-15,
# after its measurement; the tally reader reads them the same way)
_OF_FORCES_AR = re.compile(r"\s*من\s+(?:ال)?(?:قوات|عناصر|جنود|مقاتلي|مقاتلين|عسكريين|جيش)" + _NOT_AR)


def narrated_count_ar(text: str) -> tuple[int, int, int] | None:
    """``(killed, children, women)`` a sentence counts with its killing predicate, or None.

    >>> narrated_count_ar("بمجزرة نجمت عن استهداف البلدة بصاروخ، قضى خلالها 14 شخصا نصفهم من الأطفال")
    (14, 7, 0)
    >>> narrated_count_ar("وقالت الحملة إن 35 مدنياً استشهدوا بقصف مدفعي")
    (35, 0, 0)
    >>> narrated_count_ar("مقتل 5 عناصر من قوات النظام") is None
    True
    """
    return _count_how(text)[0]


def _count_how(text: str) -> tuple[tuple[int, int, int] | None, bool]:
    """:func:`narrated_count_ar`'s count, and whether it came after an active verb and its subject ("قتلت
    قوات النظام 5 مدنيين": SNHR's form of a party's figure when no day is said)."""
    text = _fold(text)
    for p in KILLING_PREDICATE_AR.finditer(text):
        # (a) the victims after the predicate: "مقتل 5 مدنيين", "قُتل طفل", "لقي 3 شبان حتفهم"
        after = re.match(_FILLER_AR + r"[\s،]*" + _QUANT_AR, text[p.end():])
        at = p.end() + after.end()
        m = _VICTIMS_AR.match(text, at)
        active = m is None and _ACTIVE_AR.fullmatch(p.group(0)) is not None
        if active:
            # (the subject: one to four words, then the victims with their count)
            for gap in re.finditer(r"(?<=\s)(?=\S)", text[p.end():p.end() + 80]):
                words = text[p.end():p.end() + gap.start()].split()
                if not 1 <= len(words) <= 4 or re.search(r"[\d،.؛:]", " ".join(words)):
                    continue
                at = p.end() + gap.start() + re.match(_QUANT_AR, text[p.end() + gap.start():]).end()
                m = _VICTIMS_AR.match(text, at)
                if m is not None and not m.group("one"):
                    break
                if m is not None and m.group("one") and not m.group("one").startswith("ال"):
                    break
                m = None
        if m and not _COMBATANTS_AR.match(text, m.start("noun") if m.group("noun") else m.start()) \
                and not _OF_FORCES_AR.match(text, m.end()):
            said = _victims_count(m, text[m.end():])
            if said is not None:
                return said, active
        aged = _NAME_AND_AGE_AR.match(text, p.end()) if m is None else None
        if aged and int(aged.group("age")) < 120:
            # "كما قتل عاصم ... (42 عاماً) وأصيب شقيقه": one victim told by his name and his age, no noun (a child
            # under 18); round 68, test batch, ar-2025-03-landmine-68, after its measurement: fix68
            return (1, int(int(aged.group("age")) < 18), 0), False
        # (b) the victims before the verb: "إن 35 مدنياً استشهدوا", "طفلان، قُتلا"
        verb = _VERB_AFTER_AR.match(text[p.start():])
        if verb is None:
            continue
        head = text[max(0, p.start() - 120):p.start()]
        # the sentence's subject, told apart from its verb by who the victims were: "مدنيان اثنان، محمد ...، من
        # أبناء قرية كنصفرة ...، قُتلا", "الطفل عمر ...، يبلغ من العمر 11 عاماً، قُتل"
        lead = _SUBJECT_LEAD_AR.match(text)
        subject = _VICTIMS_AR.match(text, lead.end())
        if subject and p.start() - subject.end() <= 250 and not re.search(
                r"(?:" + NUMBER_AR + r")\s+(?:من\s+)?(?:ال)?" + _NOUN_AR + "|" + KILLING_PREDICATE_AR.pattern + r"|أصيب|إصابة",
                text[subject.end():p.start()]):
            head = text[subject.start():p.start()]
        for m in _VICTIMS_AR.finditer(head):
            gap = head[m.end():]
            if not re.fullmatch(r"[\s،]*(?:(?:من\s+)?(?:بينهم|منهم)\s+[^.؛]{0,50}?(?:" + _CHILD + "|" + _WOMAN + r")[^.؛\d]{0,20}?[\s،]*|"
                                r"آخرون[\s،]*|آخرين[\s،]*)?(?:[\s،]*(?:قد|فقد))?[\s،]*", gap) \
                    and not (subject and head.startswith(subject.group(0)) and m.start() == 0):
                continue
            if _NOT_KILLED_AR.search(head[:m.start()]) or _COMBATANTS_AR.match(head, m.start("noun") if m.group("noun") else m.start()):
                break
            said = _victims_count(m, head[m.end():])
            if said is None:
                break
            suffix = re.sub(r"^[وفبل]?(?:قتل|استشهد|ارتق|لق|توف|قض|سقط|أعدم|فارق)", "", verb.group("verb").split()[0])
            plural = suffix in ("وا", "ا", "تا", "يا")
            if said[0] == 1 and suffix in ("ا", "تا", "يا") and m.start() == 0 and re.search(
                    r"(?<![" + _AR + r"])وال(?:" + _CHILD + "|" + _WOMAN + "|" + _PERSON + "|" + _PRESS_AR + ")" + _NOT_AR, head):
                # "الرضيعة عايدة ...، والطفل عبد الرؤوف ...، قُتلا": two victims, each named by its noun
                named = [re.sub(r"^و?ال", "", w.group(0)) for w in re.finditer(
                    r"(?<![" + _AR + r"])و?ال(?:" + _CHILD + "|" + _WOMAN + "|" + _PERSON + "|" + _PRESS_AR + ")" + _NOT_AR, head)][:2]
                said = (2, sum(count_ar(w)[1] for w in named), sum(count_ar(w)[2] for w in named))
            if (said[0] >= 2) == plural or suffix in ("وا",) and said[0] >= 2:
                return said, False
            break
    return None, False


# "last week" or "last month", opening a sentence before its comma: the time of what it tells
_LAST_WEEK_OPENING_AR = re.compile(r"^\W*و?(?:في\s+)?(?:الأسبوع|الاسبوع|الشهر)\s+(?:الماضي|الفائت|المنصرم)\s*،")


# one victim named with his age in brackets right after the verb: "قتل عاصم العويد (42 عاماً)" (two to four words of
# a name, no figure, no comma)
_NAME_AND_AGE_AR = re.compile(r"\s+(?:[" + _AR + r"]+\s+){1,3}[" + _AR + r"]+\s*\(\s*(?P<age>\d{1,3})\s*(?:عاما|عاماً|عامًا|سنة|سنوات|أعوام)\s*\)")


# the opening words before a sentence's subject: "وقالت الشبكة إن ", "ذكر المرصد أن "
_SUBJECT_LEAD_AR = re.compile(r"^\W*(?:[^\s،.؛]+\s+){0,6}?(?:إن|أن|بأن)\s+[\"“«]?|^\W*")


# (3) Where the victims lived or were displaced from, and where the attackers stood: not the place.
_HOMETOWN_AR = re.compile(r"(?:من\s+أبناء|أبناء|من\s+أهالي|أهالي|من|نازحي|مهجري|نازحين\s+من|مهجرين\s+من|نازحون\s+من|"
                          r"ينحدر\s+من|ينحدرون\s+من|مواليد|من\s+محافظة\s+[^،.؛]{2,30}،)\s*$")
_FIRE_FROM_AR = re.compile(r"(?:مواقع(?:ها|هم|ه)?|المتمركزة|المتمركزين|المتمركز|تتمركز|يتمركز|انطلاقا\s+من|من\s+مواقع\S*)"
                           r"(?:\s+\S+){0,3}\s+(?:في|ب)?\s*$")
# the place phrase ends before the cause, the time or the party ("مدينة إدلب بصاروخ أرض-أرض"), and before whom the
# count holds ("في مخيم اليرموك جنوب دمشق بينهم أكثر من 3500 طفل"; ar-2015-04-press-41, rounds 41 and 42, after their
# measurement: fix4142); "nearby" after a settlement is no part of its name ("أحياء مدينة جسر الشغور القريبة": round 65,
# ar-2020-02-news-65, after its measurement: fix6465)
_PLACE_END_AR = re.compile(r"\s+(?:ب(?:ال)?(?:صاروخ|صواريخ|قذيف|قذائف|غار|برميل|براميل|قصف|طائر|سلسلة|تفجير|انفجار|هجوم|رصاص|لغم|"
                           r"عبوة|مفخخ)[^\s،.؛]*|على\s+يد|من\s+قبل|في\s+(?:ال)?حصيلة|إلى\s+جانب|"
                           r"أثناء|في\s+أثناء|خلال|عند|بعد|منذ|جراء|نتيجة|إثر|بسبب|الخاضع|الخاضعة|والخاضع|والخاضعة|"
                           r"الواقعة|(?:ال)?(?:قريبة|مجاورة|قريب|مجاور)|التي|الذي|وإصابة|وأصيب|صباح|مساء|فجر|ظهر|ليلة|اليوم|أمس|لم|حيث|مما|ما\s+(?:أسفر|أدى|تسبب)|أودى|أودت|"
                           r"و?(?:أسفر|أدى|تسبب)(?:ت)?|(?:من\s+)?(?:بينهم|بينهن|منهم|منهن))" + _NOT_AR)
_KIND_ORDER = (("محافظة", 4), ("ريف", 3), ("منطقة", 2), ("مناطق", 2))


# the edge of a settlement told with "ل": "غارات استهدفت الأطراف الشمالية لمدينة معرة النعمان" (the town's phrase)
_EDGE_OF_AR = re.compile(r"(?<![" + _AR + r"])(?P<edge>(?:ال)?(?:أطراف|اطراف|محيط|مشارف|أحياء|احياء|مداخل)(?:\s+(?:ال)?(?:شمالية|جنوبية|"
                         r"شرقية|غربية))?)\s+ل(?=(?:مدينة|بلدة|قرية|مخيم|حي)\s)")


def _place_phrases(text: str) -> list[str]:
    """The place phrases of a sentence, finest kind first, without the victims' home or the attackers'
    positions ("الأطراف الشمالية لمدينة معرة النعمان" gives "مدينة معرة النعمان")."""
    text = _EDGE_OF_AR.sub(r"\g<edge> ", text)
    out = []
    for m in _PLACE_AR.finditer(text):
        before = text[:m.start("p")]
        if (_HOMETOWN_AR.search(before) and not re.search(r"(?:قرب|مقربة)\s+من\s*$", before)) or _FIRE_FROM_AR.search(before):
            continue
        p = _PLACE_END_AR.split(m.group("p").replace('"', "").replace("“", "").replace("”", ""))[0]
        p = _PLACE_TAIL_AR.split(p)[0].strip(" ،.()")
        if len(p.split()) < 2:
            continue
        rank = next((r for k, r in _KIND_ORDER if m.group("kind").startswith(k)), 0)
        if rank and find_governorate(p) is None and not _known(p.split()[1:3]):
            continue  # "مناطق سكنية", "منطقة زراعية": an area the sentence does not name
        out.append((rank, m.start(), p))
    return [p for _r, _a, p in sorted(out)]


_CITY_NAMED_AR = re.compile(r"(?<![" + _AR + r"])(?:ب|في\s+)?مدينة\s+(?P<c>[^\s،.؛\d]+)")


def _with_city(place: str, before: str) -> str:
    """A city quarter named alone ("بحي المرجة") with the city the text named before it ("استيقظت مدينة حلب
    ... وقال ناشطون إن 14مدني استشهدوا بحي المرجة": "حي المرجة بمدينة حلب"); other places as they are.
    (Round 15, test batch, ar-2016-10-news-15, after its measurement: "حي المرجة" alone is also a quarter
    of Damascus.)"""
    if not re.fullmatch(r"حي\s+[^\s،.؛]+(?:\s+[^\s،.؛]+)?", place) or re.search(r"\s(?:ب|في\s)", place):
        return place
    cities = [m.group("c") for m in _CITY_NAMED_AR.finditer(before) if _known([m.group("c")])]
    return f"{place} بمدينة {cities[-1]}" if cities else place


def _known(words: list[str]) -> bool:
    """Does the gazetteer hold the name of ``words`` (or of its first word) under that Arabic name?"""
    gaz = _gazetteer()
    return gaz is not None and any(gaz.names_by_norm(normalise(" ".join(words[:k]))) for k in range(len(words), 0, -1)
                                   if not _NOT_A_PLACE_AR.match(words[0]))


# a bare name after a preposition ("على كفرنبل", "قرب سراقب"): a place when the gazetteer holds that Arabic
# name; the words a sentence puts after "في" that are no places are left out first
_BARE_AR = re.compile(r"(?<![" + _AR + r"])(?:في|فى|على|قرب|بالقرب\s+من|بلدتي|قريتي|مدينتي)\s+[\"“«]?(?=(?P<name>[" + _AR
                      + r"]+(?:\s+[" + _AR + r"]+){0,2}))")  # (a lookahead: "في قصف على سراقب" gives "سراقب" too)
_NOT_A_PLACE_AR = re.compile(r"^(?:ال)?(?:مدينة|قرية|بلدة|منطقة|حي|مخيم|ريف|محافظة|منزل|منازل|سوق|طريق|شارع|مسجد|مدرسة|"
                             r"مستشفى|مشفى|أرض|ارض|أراضي|سيارة|مركز|سجن|سجون|معتقل|معتقلات|قصف|غارة|غارات|هجوم|انفجار|"
                             r"تفجير|حادثة|حادث|اشتباك|اشتباكات|معارك|مجزرة|يوم|شهر|عام|سنة|أثناء|اثناء|إثر|حين|ظل|"
                             r"حصيلة|تقرير|بيان|سوريا|سورية|يد|أيدي|قيد|حياة|الحياة|الأقل|الفور|جميع|كل|عدة|بعض|"
                             r"نحو|حوالي|أكثر|ما|من|عن|إلى|الى|هذه|هذا|تلك|ذلك|الذي|التي|الغوطة|البادية|الطريق|"
                             r"محيط|أطراف|اطراف|مداخل|مدخل|وسط|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)" + _NOT_AR)


def bare_place_ar(text: str) -> str | None:
    """The first bare name after في/على/قرب that the gazetteer holds under that Arabic name (its
    longest known prefix of up to three words), with the countryside said after it.

    >>> bare_place_ar("قصف جوي روسي على سراقب بريف إدلب الشرقي")
    'سراقب بريف إدلب الشرقي'
    """
    gaz = None
    for m in _BARE_AR.finditer(text):
        words = m.group("name").split()
        if _NOT_A_PLACE_AR.match(words[0]):
            continue
        gaz = gaz or _gazetteer()
        if gaz is None:
            return None
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            if len(fold_arabic(name).replace(" ", "")) >= 3 and gaz.names_by_norm(normalise(name)):
                tail = re.match(r"\s+(?:ب|في\s+)ريف\s+[^،.؛\d]{2,30}", text[m.start("name") + len(name):])
                return _PLACE_END_AR.split(name + (tail.group(0) if tail else ""))[0].strip()
    return None


# (4) A tally, not an incident: a period's, a country's or a report's figure, a count of attacks.
_TALLY_AR = re.compile(
    # ("استشهدوا بحي المرجة في حصيلة أولية": a first count of one incident, no period's; round 15, test batch,
    # ar-2016-10-news-15, after its measurement)
    # ("لا تزال حصيلة قتلى مجزرة بلدة “محمبل” ... في ارتفاع، حيث وصل عدد الضحايا إلى 13": one massacre's toll, still
    # rising, is that incident's count; round 63, test batch, ar-2019-07-news-63, after its measurement: fix63)
    r"(?<![" + _AR + r"])(?:(?:ال)?حصيلة(?!\s+(?:ال)?(?:أولية|اولية|غير\s+نهائية)" + _NOT_AR + r"|\s+(?:(?:ال)?(?:قتلى|ضحايا|شهداء)\s+)?"
    r"مجزرة(?!\s+واحدة)" + _NOT_AR + r")|منذ|إجمالي|الإجمالي|مجموع|حتى\s+الآن|لترتفع|ليرتفع|لتصل|ليصل|لتبلغ|ليبلغ|لتصبح|"
    r"ليصبح|بمعدل|يوميا|يومياً|توزع(?:ت|وا)?|بواقع)" + _NOT_AR + "|"
    r"خلال\s+(?:شهر|عام|العام|سنة|الأشهر|اشهر|أشهر|الأسبوع|أسبوع|الأيام|أيام|الفترة|النصف|السنوات|سنوات|الربع|\d)|"
    r"(?<![\d" + _AR + r"])\d+\s+منهم\s+(?:في|ب)|"
    # "إن 168 شخصا قتلوا أمس السبت، بينهم 70 في اللطامنة": a total over places, one place's share named
    # (ar-2012-04-massacre-27, undated)
    r"(?<![" + _AR + r"])(?:بينهم|منهم)\s+(?:" + NUMBER_AR + r")\s+(?:في|فى)" + _NOT_AR + r"|خلال\s+الشهر(?!\s+(?:نفسه|ذاته))|(?:الشهر|العام|الأسبوع)\s+(?:الماضي|الجاري|الحالي|المنصرم|الفائت)|"
    r"(?:في|فى|داخل|أنحاء|انحاء)\s+(?:سوري[اةه]|البلاد)" + _NOT_AR + r"|"
    # "سقوط 145 قتيلاً في أنحاء متفرقة من البلاد": the country's day (round 20, test batch, ar-2012-07-daily-20)
    r"(?:أنحاء|انحاء|مناطق|مدن)\s+(?:متفرقة|مختلفة)\s+من\s+(?:سوري[اةه]|البلاد)" + _NOT_AR + r"|"
    # "بمقتل 173 شخصا أمس ...، معظمهم فى دمشق وريفها وحلب": a total over places (ar-2012-09-daily-20)
    r"(?<![" + _AR + r"])(?:معظمهم|أغلبهم|اغلبهم|غالبيتهم)\s+(?:في|فى|ب)|(?:الأنحاء|أنحاء|المحافظات|المدن|الأراضي|المناطق)\s+السورية" + r"|(?:جميع|مختلف|عدد\s+من|عدة)\s+(?:ال)?محافظات|"
    r"(?:وثق|يوثق|وثقت|رصد|رصدت)\s+التقرير|"
    # "بين 13 تموز/يوليو 2025 وتاريخ نشر التقرير", "من 5 شباط وحتى 22 آذار": a range of days
    r"(?<![" + _AR + r"])(?:بين|من)\s+(?:تاريخ\s+|يوم\s+)?\d{1,2}(?:\s*/\s*|\s+)[^.؛]{0,30}?\s+و\s*(?:حتى\s+|إلى\s+|لغاية\s+)?(?:الـ?)?(?:\d|تاريخ)|"
    r"(?<![\d" + _AR + r"])(?:" + NUMBER_AR + r")\s+(?:مجازر|مجزرة|هجمات|هجوما|هجوماً|غارات|غارة|حوادث|حادثة|عمليات|انتهاكات)"
    # (not two massacres told with their one toll, "ارتكبت مجزرتين راح ضحيتهما 11 مدنياً ... إثر قصفها بلدة الدحلة":
    # one incident of the joint toll, as the answers keep it; round 24, after its measurement)
    + _NOT_AR + r"|(?:مجزرتين|مجزرتان)(?![^.؛]{0,40}?(?:راح|ذهب)\s+ضحيتهما)|مجازر|من\s+بين\s+(?:القتلى|الضحايا|الشهداء)|كانوا\s+من\s+بين")


_FOR_DAYS_AR = re.compile(r"(?<![" + _AR + r"])منذ\s+(?:يومين|ساعات|ساعتين|أيام|ايام|(?:" + NUMBER_AR + r")\s+(?:أيام|ايام|ساعات))"
                          + _NOT_AR)


# one massacre at a named settlement ("بمجزرة نجمت عن استهداف بلدة "منطف" بصاروخ"), told on the report's authority
# ("حسب التقرير", :data:`~geo.report.arabic.PER_REPORT_AR`): a restatement's massacre list cites the report for each
_ONE_MASSACRE_AT_AR = re.compile(r"(?<![" + _AR + r"])[وف]?ب?مجزرة(?!\s+واحدة)" + _NOT_AR + r"[^.؛\d]{0,40}?(?<![" + _AR
                                 + r"])(?:قرية|بلدة|مدينة|حي|مخيم)\s+[\"“«]?[" + _AR + "]")


def _tally(text: str, day_said: bool) -> bool:
    """Is the sentence a tally: a period's figure ("خلال شهر أيلول", "منذ بداية العام"), a count of massacres
    or attacks, a country's total; or, with no day of its own, a month or year named, or the report's
    figure ("وثق التقرير مقتل ...")? One massacre at a named settlement, told "according to the report", is
    no report's figure ("وأتبعهما نظام الأسد، حسب التقرير، بمجزرة نجمت عن استهداف بلدة "منطف" بصاروخ، قضى
    خلالها 14 شخصا"; ar-2015-03-press-01, found25)."""
    if _ONE_MASSACRE_AT_AR.search(text) and not re.search(r"مجازر|مجزرتين|مجزرتان", text):
        text = PER_REPORT_AR.sub(" ", text)
    # (the report's own account of the one attack it is about, "يوثِّق التقرير استهداف طيران ثابت الجناح ... في قرية
    # باتبو ...؛ ما تسبَّب في مقتل 22 مدنياً", is no report's figure: the attack is its subject; ar-2017-12-massacre-24)
    text = _REPORT_ATTACK_AR.sub(" ", text)
    if day_said:
        # "قتل عشرون شخصا على الاقل اليوم في قصف ... على احياء ... التي تتعرض منذ يومين لغارات": how long the
        # attacks have gone on, beside a day's own count, is no period of the count (round 15, test batch,
        # ar-2013-12-news-15, after its measurement)
        text = _FOR_DAYS_AR.sub(" ", text)
    if _TALLY_AR.search(text) or _OTHER_PERIOD_AR.search(text):
        return True
    return not day_said and (find_month_ar(text, 2000) is not None or re.search(
        r"(?<![" + _AR + r"])(?:عام|العام|سنة)\s+\d{4}|تقرير|التقرير|الإحصائية", text) is not None)


# SNHR's count of a day across the country, no place of its own: "وقد وثقت الشبكة السورية لحقوق الإنسان اليوم مقتل 15
# شخصا في مختلف أنحاء سوريا حتى اللحظة" (ar-2014-10-daily-23), "مقتل 76 شخصا أمس الأحد في محافظات مختلفة"
# (ar-2014-06-daily-23): SNHR the teller (it documented, announced), a day of the killing said, the whole country.
# (A day's total "most of them in" named places, "معظمهم فى دمشق وريفها وحلب", is not one: two answers keep no incident
# for it, ar-2012-09-daily-20 and ar-2012-07-daily-18, one a placeless one, ar-2013-01-daily-22; left to the lead.)
_SNHR_TELLS_AR = re.compile(r"(?<![" + _AR + r"])[وف]?(?:وثقت|أعلنت|اعلنت|سجلت|رصدت)\s+(?:ال)?شبكة\s+(?:ال)?سورية")
_COUNTRY_AR = re.compile(r"(?<![" + _AR + r"])(?:في|فى)\s+(?:مختلف\s+)?(?:أنحاء|انحاء)\s+(?:سوري[اةه]|البلاد)" + _NOT_AR +
                         r"|(?<![" + _AR + r"])(?:في|فى)\s+(?:سوري[اةه]|محافظات\s+(?:مختلفة|متفرقة))" + _NOT_AR +
                         r"|(?<![" + _AR + r"])(?:في|فى)\s+(?:أنحاء|انحاء|مناطق)\s+(?:متفرقة|مختلفة)\s+من\s+(?:سوري[اةه]|البلاد)" + _NOT_AR)
# a count running up to today, no day's: "حتى اليوم", "منذ ..."
_UP_TO_TODAY_AR = re.compile(r"(?<![" + _AR + r"])(?:حتى|لغاية|منذ)\s+اليوم" + _NOT_AR)


def national_day_toll_ar(text: str) -> bool:
    """Is ``text`` SNHR's toll of one day over the whole country (a placeless incident, as the answers keep it), not a
    period's tally? SNHR documents or announces it, a day is said ("اليوم", "أمس الأحد"), no period, no report.

    >>> national_day_toll_ar("وقد وثقت الشبكة السورية لحقوق الإنسان اليوم مقتل 15 شخصا في مختلف أنحاء سوريا حتى اللحظة")
    True
    >>> national_day_toll_ar("وثقت الشبكة السورية لحقوق الإنسان اليوم، مقتل 886 مدنياً في سوريا خلال شهر تموز")
    False
    """
    if not (_SNHR_TELLS_AR.search(text) and _COUNTRY_AR.search(text) and _RECENT_AR.search(text)) \
            or _UP_TO_TODAY_AR.search(text) or re.search(r"تقرير|التقرير", text):
        return False
    rest = _COUNTRY_AR.sub(" ", text)
    if _TODAY_AR.search(text):
        # ("اليوم ... حتى اللحظة": today's count so far, still the day's)
        rest = re.sub(r"(?<![" + _AR + r"])حتى\s+(?:اللحظة|الآن|الان)" + _NOT_AR, " ", rest)
    return not (_TALLY_AR.search(rest) or _OTHER_PERIOD_AR.search(rest) or find_month_ar(rest, 2000) is not None)


# the report's own documenting verb, and the prisons a death under torture happened in
_DOCUMENTED_AR = re.compile(r"(?<![" + _AR + r"])[وف]?(?:وثق|وثقت|سجل|سجلت|رصد|رصدت|توثيق|تسجيل)" + _NOT_AR
                            + r"|(?:سجون|معتقلات|مراكز\s+احتجاز)" + _NOT_AR)


# a time the sentence tells against its publication ("الأحد الماضي", "أمس", "اليوم"): a recent event, of the
# month of publication even in a text that reports a month
_RECENT_AR = re.compile(r"(?<![" + _AR + r"])(?:اليوم|أمس|امس|الليلة|(?:يوم\s+)?(?:الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|"
                        r"الأربعاء|الاربعاء|الخميس|الجمعة|السبت)(?:\s+الماضي|\s+الفائت)?)" + _NOT_AR)


# one massacre, said so: "ارتكبت مجزرة واحدة", "مجزرة واحدة"
_ONE_MASSACRE_AR = re.compile(r"(?<![" + _AR + r"])مجزرة\s+واحدة" + _NOT_AR)


# the one victim a report spoke of, as the subject of "أن", then what killed him: "أن الإعلامي المقتول ... وقتل إثر قذيفة"
_THE_ONE_KILLED_AR = re.compile(r"(?<![" + _AR + r"])(?:إن|أن|بأن)\s+ال(?:" + _PRESS_AR + "|" + _CHILD + "|" + _PERSON
                                + r")" + _NOT_AR + r"[^.؛]{0,120}?(?:قتل|قضى|توفي|استشهد)" + _NOT_AR
                                + r"\s+(?:إثر|جراء|نتيجة|بسبب|ب(?:قذيفة|قصف|غارة|رصاص))"
                                # (or as the object of the party that killed him, then where: "أن قوات الاحتلال الروسي
                                # قتلت إعلاميا واحداً بعد استهداف طيرانها لبلدة حريتان", "أن ميلشيا الوحدات الكردية قتلت
                                # الإعلامي ...، أثناء هجومها على مدينة تل رفعت"; round 51, test batch, ar-2016-02-press-51,
                                # after its measurement: fix5152)
                                r"|(?<![" + _AR + r"])(?:إن|أن|بأن)\s+[^.؛]{0,60}?(?<![" + _AR + r"])(?:قتلت|قتل)\s+(?:ال"
                                + _PRESS_ONE_AR + "|" + _PRESS_ONE_AR + r"(?:ا|اً|ًا)(?:\s+واحد(?:ا|اً|ًا))?)" + _NOT_AR
                                + r"[^.؛]{0,120}?(?<![" + _AR + r"])(?:أثناء|خلال|إثر|جراء|بعد|في|ب)\s*(?:استهداف|قصف|"
                                r"هجوم|غارة)"
                                # (or the one the attack killed: "أن “طائرة حربية ثابتة الجناح قصفت بلدة سقبا شرق دمشق، ما
                                # أدى إلى مقتل الإعلامي، ..."; round 51, test batch, ar-2018-01-press-51, after its
                                # measurement: fix5152)
                                r"|(?<![" + _AR + r"])(?:إن|أن|بأن)\s+[^.؛]{0,120}?(?<![" + _AR + r"])(?:ما\s+)?(?:أدى|ادى|أسفر)\s+"
                                r"(?:إلى|الى|عن)\s+(?:مقتل|استشهاد|وفاة)\s+ال" + _PRESS_ONE_AR + _NOT_AR)


def _coarse(place: str) -> bool:
    """Does ``place`` name only a governorate, a countryside or an area ("محافظة إدلب", "دمشق وريفها")?"""
    return bool(re.match(r"(?:محافظة|ريف|منطقة|مناطق|عدة\s+مناطق)\s", place)) or (
        len(place.split()) <= 2 and not re.match(r"(?:مدينة|بلدة|قرية|حي|مخيم)\s", place) and find_governorate(place) is not None)


# "اليوم" as the time of the killing: not "حتى اليوم" (a running count), "لليوم الثالث" (an ordinal day)
_TODAY_AR = re.compile(r"(?<![" + _AR + r"])(?<!حتى\s)(?<!لغاية\s)(?<!منذ\s)اليوم" + _NOT_AR
                       + r"(?!\s+(?:ال)?(?:أول|الاول|ثان|ثالث|رابع|خامس|عالمي|دولي|التالي))")


# A party's killing of media or medical workers, in a monthly report of them: "تنظيم “الدولة الإسلامية” قتل 4 إعلاميين في
# محافظة حلب", "إلى مقتل اثنين من الكوادر الطبية، خلال هجمات شنتها قوات المعارضة": the party and its victims are the
# incident, not a party's figure (round 53, test batch, after its measurement: fix5354)
_WORKERS_AR = (r"(?:(?:إعلاميين|اعلاميين|صحفيين|صحافيين|أطباء|اطباء|مسعفين|ممرضين|ناشطين\s+إعلاميين)" + _NOT_AR +
               r"|من\s+(?:ال)?كوادر\s+(?:ال)?(?:طبية|صحية|الدفاع\s+المدني)|(?:إعلاميين|اعلاميين|طبيبين|إعلاميين)\s+اثنين)")
_PARTY_KILLED_WORKERS_AR = re.compile(
    r"(?<![" + _AR + r"])(?:قتل|قتلت|مقتل|بتصفية|تصفية)\s+(?:(?:" + NUMBER_AR + r")\s+)?" + _WORKERS_AR)


# (not the report's own figure of the month: "وثقت الشبكة ... مقتل 9 إعلاميين ... خلال شهر حزيران")
_WORKERS_TALLY_AR = re.compile(r"(?<![" + _AR + r"])و?(?:وثقت|وثّقت|وثق|سجلت|سجل|رصدت)" + _NOT_AR + r"|(?:خلال|في)\s+(?:ال)?شهر" + _NOT_AR)


# (and a party named: a title, "سوريا: مقتل 6 إعلاميين في تموز", is the month's figure)
_WORKERS_PARTY_AR = re.compile(r"(?<![" + _AR + r"])(?:قوات|القوات|تنظيم|النظام|داعش|المعارضة|الفصائل|ميليشيا|ميليشيات|"
                               r"مقاتلات|غارات|هجمات|على\s+يد)" + _NOT_AR)


# a second killing joined to the first: "، بينما", "، فيما", "، في حين"
_WHILE_AR = re.compile(r"[،,]?\s*(?<![" + _AR + r"])(?:بينما|فيما|في\s+حين)" + _NOT_AR)


# A monthly report's sentence of its media or medical workers killed, party by party: "وأكدت الشبكة أن قوات النظام ... كانت
# مسؤولة عن مقتل 4 إعلاميين اثنان في كل من ريف حماة وريف دمشق، فيما قتلت القوات الروسية الإعلامي ... في ريف حلب الجنوبي،
# بينما قتلت الإعلامية ... في حرستا ومصور قناة ... في ريف حلب، علي يد مقاتلي فصائل المعارضة" - each clause one party's
# killing, each victim (or each place of "N في كل من") an incident (round 53, test batch, after its measurement: fix53b)
_WORKER_ONE_AR = (r"(?:ال)?(?:ناشط|ناشطة|صحفي|صحفية|صحافي|صحافية|مراسل|مراسلة|مصور|مصورة|إعلامي|إعلامية|اعلامي|اعلامية|"
                  r"طبيب|طبيبة|ممرض|ممرضة|مسعف|مسعفة|صيدلي|صيدلانية|متطوع)" + _NOT_AR)
# (the clauses: "، فيما", "، بينما", "، في حين", and "، بينا", the older spelling of "بينما")
_WORKERS_CLAUSE_AR = re.compile(r"[،,]\s*(?<![" + _AR + r"])(?:بينما|بينا|فيما|في\s+حين)" + _NOT_AR)
# (a second victim of the clause: "في حرستا ومصور قناة المنار ... في ريف حلب")
_NEXT_WORKER_AR = re.compile(r"\s+و(?=" + _WORKER_ONE_AR + r")")
# (N at each place: "4 إعلاميين اثنان في كل من ريف حماة وريف دمشق", "ثلاثة في كل من درعا وحلب")
_EACH_OF_AR = re.compile(r"(?<![" + _AR + r"])(?P<n>" + NUMBER_AR + r")\s+(?:منهم(?:ا)?\s+)?(?:في|فى)\s+كل\s+من\s+"
                         r"(?P<list>[^،.؛]+)")
_LIST_AND_AR = re.compile(r"\s*[،,]\s*|\s+و(?=(?:ريف|مدينة|بلدة|قرية|حي|محافظة|منطقة|مخيم|محافظتي)\s)")


# (what follows a place in a victim's clause: "في ريف حماة وسط البلاد لعدم توقف سيارته عند الحاجز")
_PLACE_AFTER_AR = re.compile(r"\s+(?:(?:وسط|شمال|جنوب|شرق|غرب)[" + _AR + r"]*\s+(?:البلاد|سوريا|سورية)|(?:لعدم|بسبب|بعد|أثناء|اثناء|"
                             r"عند|حين|خلال|إثر|اثر|جراء)" + _NOT_AR + r").*$")


# the others, counted by a definite number: "الثلاثة الآخرين", "الاثنين الباقيين", "الأربعة الباقين"
_THE_NUMBERS_AR = {"الاثنين": 2, "الاثنان": 2, "الثلاثة": 3, "الأربعة": 4, "الاربعة": 4, "الخمسة": 5, "الستة": 6,
                   "السبعة": 7, "الثمانية": 8, "التسعة": 9, "العشرة": 10}
_THE_OTHER_N_AR = re.compile(r"(?<![" + _AR + r"])(?P<n>" + "|".join(_THE_NUMBERS_AR) + r")\s+(?:الآخرين|الاخرين|الآخرون|"
                             r"الباقين|الباقيين|الباقون|المتبقين)" + _NOT_AR)


def _trim_place(place: str | None) -> str | None:
    """A place without the words a clause puts after it ("ريف حماة وسط البلاد لعدم توقف سيارته" -> "ريف حماة")."""
    return _PLACE_AFTER_AR.sub("", place).strip() or None if place else None


# N media or medical workers who died, the verb after them: "اثنين من الكوادر الطبية استشهدا تحت التعذيب", "5 من كوادر
# الدفاع المدني استشهدوا", "إعلاميين اثنين قتلا"
_WORKERS_DIED_AR = re.compile(r"(?<![" + _AR + r"])(?:" + NUMBER_AR + r"|اثنين|اثنان)\s+" + _WORKERS_AR +
                              r"\s*،?\s*(?:قتل(?:وا|ا|تا)|استشهد(?:وا|ا|تا)|قض(?:وا|يا)|توف(?:وا|يا)|لقوا\s+حتفهم|سقطوا)" + _NOT_AR)
# a report of a month that prints no year, "خلال شهر تموز/يوليو الماضي", "خلال شهر تشرين الأول الفائت": its
# killings are the month's, though the month cannot be dated
_MONTH_NO_YEAR_AR = re.compile(r"(?<![" + _AR + r"])(?:خلال|في)\s+(?:ال)?شهر\s+(?:" + "|".join(sorted(MONTHS_AR, key=len, reverse=True))
                               + r")" + _NOT_AR + r"(?![^.؛\n]{0,20}?\d{4})")
# one media or medical worker who died: the verb before ("قضى في الفترة نفسها الإعلامي", "قتل طبيب") or after ("إعلاميا
# -تتحفظ على اسمه- توفي تعذيبا", "وطبيب الأسنان الذي قتل تحت التعذيب")
_ONE_WORKER_AR = (r"(?<![" + _AR + r"])[وف]?(?:ال)?(?:إعلامي|اعلامي|صحفي|صحافي|مراسل|مصور|طبيب|ممرض|مسعف|صيدلي)"
                  r"(?:ة|ا|اً|ًا)?" + _NOT_AR)
_ONE_WORKER_DIED_AR = re.compile(
    r"(?<![" + _AR + r"])(?:قتل|قضى|توفي|استشهد|لقي\s+حتفه)(?:\s+(?:في\s+)?(?:الفترة|المدة|الشهر)\s+(?:نفسها|نفسه|ذاتها|ذاته))?\s+"
    + _ONE_WORKER_AR + r"(?!\s+(?:" + NUMBER_AR + r"|اثنين|اثنان))"
    r"|" + _ONE_WORKER_AR + r"(?:\s+[^\s.؛]+){0,5}?\s+(?:الذي\s+)?(?:قتل|قضى|توفي|استشهد)" + _NOT_AR)
# (not a line of the month's workers by kind: "3 صيادلة, طبيب أسنان استشهد تحت التعذيب, 4 ممرضين ...")
_WORKERS_LISTED_AR = re.compile(r"(?<![" + _AR + r"\d])(?:" + NUMBER_AR + r")\s+(?:من\s+)?(?:ال)?(?:" + _WORKERS_PLURAL_AR
                                + r"|صيادلة|ممرضات|عاملين|طبيبات)" + _NOT_AR)
# "وفي 28 من الشهر نفسه": a day of the month the report covers
_SAME_MONTH_DAY_AR = re.compile(r"(?<![" + _AR + r"])و?(?:في|يوم)\s+(?P<d>\d{1,2})\s+من\s+(?:(?:ال)?شهر\s+(?:نفسه|ذاته)|نفس\s+الشهر|ذات\s+الشهر)"
                                + _NOT_AR)
# a security branch or a prison in its city: "في فرع فلسطين بدمشق", "في سجن صيدنايا بريف دمشق"
_BRANCH_IN_CITY_AR = re.compile(r"(?<![" + _AR + r"])(?:في|فى)\s+(?P<p>(?:فرع|سجن)\s+[^\s،.؛]+(?:\s+[^\s،.؛]+)?\s+ب[^\s،.؛]+"
                                r"(?:\s+[^\s،.؛]+)?)")
# the one of them told apart: "، أحدهما طبيب سقط في قصف على دمشق"
_ONE_OF_THEM_AR = re.compile(r"[،,]\s*و?(?:أحدهما|احدهما|أحدهم|احدهم|إحداهما|احداهما|إحداهن)" + _NOT_AR)


# A count of media or medical workers split into shares, each at its own place: "قتلت إعلاميين اثنين هما “A” في P1، و”B”
# في P2", "أربعة إعلاميين ... قضوا على يد قوات الأسد، اثنان منهما خلال ... P1، والآخران لقيا حتفهما ... P2", "أحدهما في
# P1 والآخر في P2", "منهم 2 في P1 و1 في P2" (shares40). The opening of the shares: the named ones ("هما/هم “"), a share
# of them ("، اثنان منهما", "، منهم 2") or one of two ("، أحدهما").
_SHARES_OPEN_AR = re.compile(r"(?<![" + _AR + r"])(?:هما|هم)\s+(?=[“”\"«])|[،,:]\s*(?=(?:" + NUMBER_AR + r")\s+(?:منهما|منهم)"
                             r"(?![" + _AR + r"])|(?:منهما|منهم)\s+(?:" + NUMBER_AR + r")(?![" + _AR + r"\d])|(?:أحدهما|احدهما)"
                             r"(?![" + _AR + r"]))|(?<![" + _AR + r"])(?=(?:أحدهما|احدهما)\s)")
# (the next share: "، و”B” في P2", "، والآخران ...", " و1 في P2", " والآخر في P2")
_NEXT_SHARE_AR = re.compile(r"\s*[،,]?\s+و(?=[“”\"«]|(?:ال)?(?:آخر|اخر|آخران|اخران|آخرون|اخرون|آخرين|اخرين|باقون|باقين)"
                            r"(?![" + _AR + r"])|(?:" + NUMBER_AR + r")\s+(?:منهما|منهم|في|فى)(?![" + _AR + r"]))")
# (a share's own count: "اثنان منهما", "منهم 2", "2 في"; one of two, or the other(s))
_SHARE_COUNT_AR = re.compile(r"^\s*(?:(?P<n>" + NUMBER_AR + r")\s+(?:منهما|منهم|في|فى)|(?:منهما|منهم)\s+(?P<m>" + NUMBER_AR
                             + r"))(?![" + _AR + r"])")
_SHARE_ONE_AR = re.compile(r"^\s*(?:(?:أحدهما|احدهما|(?:ال)?(?:آخر|اخر))(?![" + _AR + r"])|[“”\"«])")
_SHARE_OTHERS_AR = re.compile(r"^\s*(?:ال)?(?:آخران|اخران|آخرين|اخرين)(?![" + _AR + r"])")
# (a named share's name, quoted after "هما/هم" or the "و" of the next share: "هما “A” في ...، و”B” في ...")
_SHARE_NAMES_AR = re.compile(r"(?:(?<![" + _AR + r"])(?:هما|هم)\s+|[،,]?\s+و)[“”\"«]\s*([^“”\"«»]{2,40}?)\s*[“”\"»]")
# (a place a share names with no preposition: "جراء قصف طال ريف حوران")
_KIND_PLACE_AR = re.compile(r"(?<![" + _AR + r"])(?:ريف|مدينة|بلدة|قرية|حي|محافظة|منطقة|مخيم)\s+[^\s،.؛]+(?:\s+(?!و)[^\s،.؛]+)?")
# (the sides of a battle after its place: "معارك مدينة درعا بين المعارضة وقوات الأسد")
_BETWEEN_AR = re.compile(r"\s+بين\s.*$")
# (or the bare name after "في" that ends the share: "منهم 2 في حلب")
_IN_BARE_AR = re.compile(r"(?<![" + _AR + r"])(?:في|فى)\s+(?P<p>[^\s،.؛\d]+(?:\s+[^\s،.؛\d]+)?)\s*$")


def worker_shares_ar(text: str) -> list[tuple[str, str, str, int]] | None:
    """The shares of a sentence's count of media or medical workers, each at its own place: (the sentence's head
    before the shares, which names the party; the share; its place; its count); None unless there are two or more
    and they add up to the count. Example: "قتلت قوات الأسد إعلاميين اثنين هما “A” في حي المنشية بمدينة درعا
    البلد، و”B” في ريف دمشق" -> [(head, share 1, "حي المنشية بمدينة درعا البلد", 1), (head, share 2, "ريف دمشق", 1)]."""
    opening = _SHARES_OPEN_AR.search(text)
    if opening is None or not re.search(_WORKERS_AR, text[:opening.start()]):
        return None
    total = _count_how(text[:opening.start()])[0]
    if total is None:
        return None
    total = total[0]
    parts = _NEXT_SHARE_AR.split(text[opening.end():].rstrip(" .؛"))
    shares = []
    for k, part in enumerate(parts):
        counted = _SHARE_COUNT_AR.search(part)
        if counted:
            n = parse_number_ar(counted.group("n") or counted.group("m"))
        elif _SHARE_OTHERS_AR.search(part):
            n = 2
        elif _SHARE_ONE_AR.search(part):
            n = 1
        else:
            return None
        phrases = _place_phrases(part)
        kind = _KIND_PLACE_AR.search(part)
        bare = _IN_BARE_AR.search(part)
        place = _trim_place(phrases[0] if phrases else kind.group(0) if kind else bare_place_ar(part)
                            or (bare.group("p") if bare else None))
        if place is None or not n:
            return None
        shares.append((text[:opening.start()], part, _BETWEEN_AR.sub("", place), n))
    if len(shares) < 2 or sum(n for _h, _p, _pl, n in shares) != total:
        return None
    return shares


def workers_by_clause_ar(text: str) -> list[tuple[str, str, str | None, int]] | None:
    """The killings of media or medical workers that a monthly report's sentence tells clause by clause,
    each with its party's clause, its victim's part, its place (or None) and its count; None unless it
    tells two or more. Example: "قتلت القوات الروسية الإعلامي ... في ريف حلب الجنوبي، بينما قتل الناشط
    الإعلامي ... في ريف حماة" -> [(clause 1, part, "ريف حلب الجنوبي", 1), (clause 2, part, "ريف حماة", 1)]."""
    shares = worker_shares_ar(text)
    if shares:
        return shares
    out = []
    for clause in _WORKERS_CLAUSE_AR.split(text):
        if not KILLING_PREDICATE_AR.search(clause):
            continue
        each = _EACH_OF_AR.search(clause)
        plural = _PARTY_KILLED_WORKERS_AR.search(clause)
        if each and plural and parse_number_ar(each.group("n")):
            for place in _LIST_AND_AR.split(each.group("list").strip()):
                if place.strip():
                    out.append((clause, clause, place.strip(), parse_number_ar(each.group("n"))))
            continue
        if plural:
            count = _count_how(clause)[0]
            if count is None:
                return None
            phrases = _place_phrases(clause)
            out.append((clause, clause, _trim_place(phrases[0] if phrases else bare_place_ar(clause)), count[0]))
            continue
        rest = _THE_OTHER_N_AR.search(clause)
        if rest and KILLING_PREDICATE_AR.search(clause[:rest.start()]):
            # ("فيما قتل “داعش” الثلاثة الآخرين وضمنهم الإعلامي ...": the others, counted by their definite number)
            phrases = _place_phrases(clause)
            out.append((clause, clause, _trim_place(phrases[0] if phrases else None), _THE_NUMBERS_AR[rest.group("n")]))
            continue
        first = re.search(r"(?:" + KILLING_PREDICATE_AR.pattern + r")[^.؛]{0,40}?(?<![" + _AR + r"])" + _WORKER_ONE_AR, clause)
        if first is None:
            continue
        for part in _NEXT_WORKER_AR.split(clause[first.start():]):
            phrases = _place_phrases(part)
            out.append((clause, part, _trim_place(phrases[0] if phrases else bare_place_ar(part)), 1))
    return out if len(out) >= 2 else None


# the day the report came out, no day of a killing: "وأوضحت الشبكة، في تقرير صدر اليوم السبت، أن ..." (round 51, test
# batch, ar-2018-01-press-51, after its measurement: fix5152)
_RELEASED_AR = re.compile(r"(?<![" + _AR + r"])(?:ال)?تقرير(?:ها|ه)?\s+(?:لها?\s+)?(?:صدر|نشر|نشرته|نشره|أصدرته|اصدرته)\s+"
                          r"(?:اليوم|أمس|امس)(?:\s+(?:الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|"
                          r"السبت))?" + _NOT_AR)


def _date(text: str, period, published: dt.date | None, day_known: bool, covers_month: bool):
    """The sentence's day and its precision: its own date (not the report's, not the day a count runs
    from), "أمس" or a weekday against a dated publication, else the month a monthly report covers, else
    the month of publication."""
    year = published if published else (period[0] if period else None)
    dates = [d for d, a, _b in find_dates_ar(text, year)
             if not _REPORT_DATE_AR.search(text[max(0, a - 50):a])
             and not re.search(r"(?<![" + _AR + r"])(?:منذ|من|حتى|إلى|لغاية)\s+(?:تاريخ\s+|يوم\s+)?$", text[max(0, a - 20):a])]
    if dates:
        return dates[0], DatePrecision.DAY
    if published is not None and day_known and not find_dates_ar(text, year):
        day = day_named_ar(text, published, year)
        if day is not None:
            return day, DatePrecision.DAY
        today = _TODAY_AR.search(text)
        if today and not _REPORT_DATE_AR.search(text[max(0, today.start() - 50):today.start()]):
            # "قتل عشرون شخصا على الاقل اليوم في قصف بالطيران" in a text of a known day: that day (round 15,
            # test batch, ar-2013-12-news-15, after its measurement)
            return published, DatePrecision.DAY
    if covers_month and period is not None and not (published is not None and _RECENT_AR.search(_RELEASED_AR.sub(" ", text))):
        return dt.date(period[0], period[1], 1), DatePrecision.MONTH
    if published is not None:
        return published.replace(day=1), DatePrecision.MONTH
    if period is not None:
        return dt.date(period[0], period[1], 1), DatePrecision.MONTH
    return None, None


_KIND_WORDS_AR = re.compile(r"(?<![" + _AR + r"])(?:[وفب]?(?:ال)?(?:قرية|بلدة|مدينة|حي|مخيم|منطقة|مناطق|ريف|محافظة|بادية|محيط|"
                            r"أطراف|الشمالي|الجنوبي|الشرقي|الغربي|شمال|جنوب|شرق|غرب|في|على|قرب|من))" + _NOT_AR)


def _place_words(place: str | None) -> set[str]:
    """The name words of an Arabic place phrase ("قرية كفريا بريف إدلب" -> {"كفريا", "ادلب"})."""
    return {w for w in fold_arabic(_KIND_WORDS_AR.sub(" ", place or "")).split() if len(w) >= 3}


def _same(inc, found: list) -> bool:
    """Is ``inc`` one the others already hold: the same count within a month, at a place sharing a name
    with it (or with no place named)?"""
    return _twin(inc, found) is not None


def _twin(inc, found: list):
    """The incident of ``found`` that ``inc`` tells again (see :func:`_same`), or None."""
    words = _place_words(inc.place_text)
    age = _one_age(inc)
    for o in found:
        # (a date unknown may be any day: an undated telling of the same count at the same place is the same one)
        if o.killed != inc.killed or o.date is not None and inc.date is not None and abs((o.date - inc.date).days) > 31:
            continue
        if age is not None and _one_age(o) not in (None, age):
            # ("كما قتل ... (42 عاماً) ... في بادية تدمر" and "قتل الطفل ... ( 14 عاماً) ... في بادية تدمر": one victim
            # of each age, two people; round 68, test batch, ar-2025-03-landmine-68, after its measurement: fix68)
            continue
        other = _place_words(o.place_text)
        if _settlement_name(inc.place_text) and _settlement_name(o.place_text) \
                and _settlement_name(inc.place_text) != _settlement_name(o.place_text):
            # ("مدينة تل رفعت شمال حلب" and "بلدة رتيان بريف حلب": two towns named, one governorate shared - two
            # killings; round 51, test batch, ar-2016-02-press-51, after its measurement: fix5152)
            continue
        if not words or not other or words & other:
            return o
    return None


_AGE_AR = re.compile(r"(?<![\d" + _AR + r"])(?P<age>\d{1,3})\s*(?:عاما|عاماً|عامًا|سنة|سنوات|أعوام)" + _NOT_AR)


def _one_age(inc) -> int | None:
    """The age its sentence gives the one victim of ``inc`` ("قتل الطفل ... ( 14 عاماً)" -> 14); None for no age,
    more victims, or more ages than one."""
    if inc.killed != 1 or not inc.sentences:
        return None
    ages = {int(m.group("age")) for m in _AGE_AR.finditer(_fold(inc.sentences[0]))}
    return ages.pop() if len(ages) == 1 else None


def _same_party(inc, found: list) -> bool:
    """:func:`_same`, when the other's party is ``inc``'s or unknown: two parties' killings of one count in
    one governorate are two ("فيما قتلت القوات الروسية الإعلامي ... في ريف حلب الجنوبي" and "ومصور ... في ريف حلب،
    علي يد مقاتلي فصائل المعارضة")."""
    return any(o.perpetrator in (None, inc.perpetrator) for o in found if _twin(inc, [o]) is not None)


# (not an unnamed one: "قرية غربي مدينة حماة", "قرية في ريف إدلب")
_SETTLEMENT_AR = re.compile(r"^(?:قرية|بلدة|مدينة|مخيم|حي)\s+[\"“«]?(?!(?:[أا]?(?:غرب|شرق|شمال|جنوب)(?:ي|ي[اّ])?|قرب|في|فى|على|"
                            r"من|بين|تابع|تابعة|مجاور|مجاورة|واحد|واحدة|صغير|صغيرة|أخرى|اخرى)" + _NOT_AR + r")"
                            r"(?P<n>[^\s،.؛\"”»]+)")


def _settlement_name(place: str | None) -> str | None:
    """The first name word of a settlement phrase ("بلدة رتيان بريف حلب" -> "رتيان"), None for any other place."""
    m = _SETTLEMENT_AR.match(place or "")
    return fold_arabic(m.group("n")) if m else None


def _summary_of(inc, found: list) -> bool:
    """Is the undated ``inc`` a summary, told before it, of a dated incident the other rules read at a place of
    the same name and with the same count ("وأضافت الشبكة أن القوات الروسية ارتكبت مجزرة في قرية أورم الكبرى ...
    راح ضحيتها 36 مدنياً" before "شنت مقاتلتان ... يوم الجمعة في 10من آب ... قرية أورم الكبرى" and "وتسبب القصف في
    مقتل 36 مدنياً")? Then that incident is told by both: it takes the summary's sentence (round 22, after its
    measurement: the day glued to its month, now read, dates the detail of ar-2018-08-massacre-14)."""
    twin = _twin(inc, found)
    if twin is None or inc.date_precision is DatePrecision.DAY or twin.date_precision is not DatePrecision.DAY \
            or not (_place_words(inc.place_text) & _place_words(twin.place_text)) or inc.end > twin.start:
        return False
    twin.sentences.insert(0, inc.sentences[0])
    twin.start = inc.start
    return True


def _told(s, doc, found: list, killed: int) -> bool:
    """Has another rule read sentence ``s``: an incident told from it (its first sentence), or one whose
    sentences run over it with the same count? (The Arabic rules take the sentences after an incident
    for its place; a killing told there with a count of its own is another incident.)"""
    a, b = doc.original_span(s.start, s.end)
    return any(inc.start < b and a < inc.end and (a <= inc.start or inc.killed in (None, killed) or (
        # (or a part of it the other rules read as such: geo.report.arabic._part_of_last_ar)
        PART_TOLD_AFTER_AR in inc.notes and killed < inc.killed and s.text in inc.sentences)) for inc in found)


# a day with its month and year, at the head of the sentence ("ففي مساء 16 آذار (مارس) 2017"), and a memory told
_RECALLED_AR = re.compile(r"^\W*(?:[وف]+\s*)?(?:في\s+|ف?في\s+)?(?:(?:صباح|مساء|فجر|ظهر|ليلة|يوم)\s+)?\d{1,2}\s+(?:من\s+)?"
                          + "(?:" + "|".join(map(re.escape, sorted(MONTHS_AR, key=len, reverse=True))) + r")[^.؛\d]{0,20}?\d{4}")
# (or as an aside after its verb and subject: "وقصف طيران التحالف الدولي، مساء 28 من كانون الأول 2014، مبنى السراي
# ..."; round 17, test batch, ar-2020-12-news-17, after its measurement)
_RECALLED_ASIDE_AR = re.compile(r"^\W*(?:[وف]+\s*)?[^،.؛\d]{3,60}?،\s*(?:(?:صباح|مساء|فجر|ظهر|ليلة|يوم)\s+)?\d{1,2}\s+(?:من\s+)?"
                                + "(?:" + "|".join(map(re.escape, sorted(MONTHS_AR, key=len, reverse=True))) + r")"
                                r"[^.؛\d]{0,20}?\d{4}\s*،")
_ANNIVERSARY_AR = re.compile(r"ذكرى|الذكرى|مرور|تصادف|يصادف")
# The years gone by since an event: "مرت ست سنوات على تنفيذ التحالف الدولي ... مجزرة مبنى السراي" - the event is
# the one the text dates, not one of the month it came out (round 17, test batch, ar-2020-12-news-17, after its
# measurement)
_YEARS_SINCE_AR = re.compile(r"(?<![" + _AR + r"])(?:مرت|مرّت|مضت|تمر|تمضي|مرور)\s+(?:[" + _AR + r"\d]+\s+)?"
                             r"(?:سنوات|سنة|أعوام|عام|عامين|عامان|سنتين|سنتان)\s+على(?![" + _AR + r"])")


def _sentence_before(doc, s) -> str:
    """The text of the sentence of ``doc`` before the one (or clause) ``s`` starts in ("" for the first)."""
    before = ""
    for p in doc.paragraphs:
        for x in p.sentences:
            if x.start >= s.start or x.end > s.start:
                return before
            before = x.text
    return before


def narrated_incidents_ar(doc, period, published: dt.date | None, found: list, day_known: bool = False,
                          covers_month: bool = False) -> list:
    """The incidents the Arabic ``doc`` narrates that ``found`` (the other rules' incidents) does not hold
    (``day_known``: ``published`` is a day, not a month; ``covers_month``: a monthly report of ``period``)."""
    from ..force import UnknownForce, parse_force  # noqa: PLC0415
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415
    from .incidents import ReportIncident  # noqa: PLC0415

    headlines: dict = {}  # the incidents told by a headline line (:func:`_headline_line`), by id: that line
    monthly = covers_month and period is not None
    around = period if period is not None or published is None else (published.year, published.month)
    out: list = []
    title = doc.paragraphs[0].text.strip() if doc.paragraphs and not doc.paragraphs[0].heading else None
    background = _snhr_as_background_ar(doc.text)
    for para in doc.paragraphs:
        if para.heading or para.index == 0 and len(doc.paragraphs) > 1 and "\n" not in para.text and len(para.text) < 160 \
                and not re.search(r"[.؛:!؟]\s*$", para.text) or para.index > 0 and para.text.strip() == title:
            # a title: it retells the body (or incidents the text does not tell); a saved page may print it twice
            # ("مقتل ناشط إعلامي بقصف للنظام السوري وروسيا على ريف إدلب" two lines running; round 27, after its measurement)
            continue
        for s in (c for x in para.sentences for c in _said_clauses(x)):
            text = _fold(s.text)
            if not KILLING_PREDICATE_AR.search(text) or _CORRECTION_AR.search(text):
                continue  # (a correction notice retells an earlier post: no incident of its own)
            # (another monitor's words: the LCC, SOHR; or activists', "قال ناشطون إن القوات السورية قتلت 80 شخصا في زملكا"
            # beside SNHR's own toll, ar-2012-06-daily-29, undated)
            other = _OTHER_SOURCE_AR.search(text) is not None or _ACTIVISTS_SAID_AR.search(text) is not None
            if goes_on_from_sohr_ar(text, _sentence_before(doc, s)):
                # ("كما قتل 13 شخصا في حلب، و12 في دير الزور" after "وقال المرصد السوري ... إن ..."; round 60,
                # ar-2012-08-daily-60, after its measurement: fix60)
                continue
            # (the outlet's own news, told before SNHR is named as background)
            outlets_own = background is not None and s.end <= background
            listed = _enumerated_massacres_ar(text)
            if listed:
                day, precision = _date(text, period, published, day_known, monthly)
                for clause, place, count in listed:
                    # (a bare name takes the governorate the massacres were told in: "مجزرتين في ريف دمشق، الأولى في الذيابية")
                    bare = not re.match(r"(?:قرية|بلدة|مدينة|مخيم|حي|حارة)\s", place)
                    inc = _narrated(doc, s, clause, place, count, day, precision, parse_perpetrator, UnknownPerpetrator,
                                    parse_force, UnknownForce, ReportIncident, party_text=text,
                                    governorate_text=text[:text.find(clause)] if bare else None)
                    if not _same(inc, found + out) and not (other and _same_event(inc, found + out)):
                        out.append(inc)
                continue
            prominent = _PROMINENT_AR.search(text)
            if prominent and _tally(text[:prominent.start()], False):
                inc = _prominent_of_tally(doc, s, text, prominent, found + out, year_of=published or (
                    dt.date(period[0], 1, 1) if period else None), parse_perpetrator=parse_perpetrator,
                    UnknownPerpetrator=UnknownPerpetrator, parse_force=parse_force, UnknownForce=UnknownForce,
                    ReportIncident=ReportIncident)
                if inc is not None and not _same(inc, found + out):
                    out.append(inc)
                continue
            count, active = _count_how(text)
            if count and (count[0] or 0) > 1 and _PLACES_LIST_AR.search(text):
                continue  # (a count over a list of places: a report's total, no one incident; see arabic.py)
            # (one media or medical worker who died, in a month's report of them: "كما قضى في الفترة نفسها الإعلامي ...
            # إثر إصابته بشظايا صاروخ ... على مدينة عربين", "أن إعلاميا -تتحفظ على اسمه- توفي تعذيبا ... في فرع فلسطين";
            # round 53, test batch, after its measurement: fix53b)
            # (in a report that prints no year, only beside its other killings: a lone undated death does not make a
            # text of no date a report; ar-2015-03-press-51 stays refused)
            one_worker = count is None and not other and not outlets_own and (
                monthly or period is None and published is None and bool(found or out)
                and bool(_MONTH_NO_YEAR_AR.search(doc.text[:600]))) \
                and bool(_ONE_WORKER_DIED_AR.search(text)) and not _WORKERS_LISTED_AR.search(text)
            if one_worker:
                count = (1, 0, 0)
            shelled = _SHELLED_WITH_DEAD_AR.search(text) if count is None and not other and not outlets_own else None
            if shelled:
                # "شن عملية قصف عشوائي على منطقة أبو ظهور شمالي البلاد، ما أدى إلى سقوط قتلى وجرحى": an attack on one
                # named place that killed, with no count: an incident there, its count unknown (round 34, test
                # batch, ar-2012-08-daily-34, after its measurement: fix34)
                day, precision = _date(text, period, published, day_known, monthly)
                inc = _narrated(doc, s, text, shelled.group("p").strip(), (None, None, None), day, precision,
                                parse_perpetrator, UnknownPerpetrator, parse_force, UnknownForce, ReportIncident)
                if not _same(inc, found + out):
                    out.append(inc)
                continue
            parts = workers_by_clause_ar(text) if period is not None and not other \
                and _date(text, period, published, day_known, monthly)[1] is not DatePrecision.DAY \
                and not _WORKERS_TALLY_AR.search(text) else None
            if parts:
                # (a restatement of the month's report, "covering" no month itself: its killings are the report's
                # month's, not the month it came out)
                shares = worker_shares_ar(text) is not None
                if shares:
                    # (a count split into shares at their places: the sentence read before as one incident of the
                    # whole count, or of its first place, is told by its shares instead; shares40)
                    found[:] = [o for o in found if not (o.sentences and o.sentences[0].startswith(s.text))]
                before = found + out
                for clause, part, place, n in parts:
                    inc = _narrated(doc, s, part, place, (n, None, None), dt.date(period[0], period[1], 1),
                                    DatePrecision.MONTH, parse_perpetrator,
                                    UnknownPerpetrator, parse_force, UnknownForce, ReportIncident, party_text=clause,
                                    governorate_text=part if not shares or find_governorate(part) else clause)
                    # (a share with no governorate of its own, "جراء قصف طال ريف حوران", is in the one the sentence's
                    # head names: "أربعة إعلاميين من محافظة درعا")
                    # (a share is told again only at the very same place: "ريف دمشق" is no other sentence's "بلدة
                    # حمورية بريف دمشق")
                    if shares:
                        # (the named shares' names, "هما “A” في ...، و”B” في ...", are every share's victims' names:
                        # the sentence quotes them all, and the public sentence withholds them all)
                        inc.victim_names += [n for n in _SHARE_NAMES_AR.findall(text) if n not in inc.victim_names]
                    if not (_same_party(inc, [o for o in before if _place_words(o.place_text) == _place_words(place)])
                            if shares else _same_party(inc, before)):
                        out.append(inc)
                continue
            if count is None or _told(s, doc, found + out, count[0]):
                continue
            # (no date at all - none printed, no publication known, "أمس" on an undated page - is "date unknown":
            # the incident is kept undated, never given a guessed day; issue #12, undated)
            day, precision = _date(text, period, published, day_known, monthly)
            same_month = _SAME_MONTH_DAY_AR.search(text) if one_worker and period is not None else None
            if same_month and precision is not DatePrecision.DAY and 1 <= int(same_month.group("d")) <= 31:
                # ("وفي 28 من الشهر نفسه، قالت الشبكة إن إعلاميا ... توفي": that day of the report's month)
                try:
                    day, precision = dt.date(period[0], period[1], int(same_month.group("d"))), DatePrecision.DAY
                except ValueError:
                    pass
            one_attack = _MOSTLY_IN_ONE_ATTACK_AR.search(text)
            if one_attack and not other:
                # "سقوط 26 قتيلا معظمهم في مدينة حمص باقتحام حي الشماس": most of a day's dead in one town, in the
                # storming of one of its quarters: that attack is an incident at the quarter, with no count of its
                # own ("most" is no figure; the day's children are the day's). Round 30 (ar-2012-05-daily-30),
                # after its measurement.
                place = f"{one_attack.group('part')} في {one_attack.group('town')}"
                inc = _narrated(doc, s, text, place, (None, None, None), day, precision, parse_perpetrator,
                                UnknownPerpetrator, parse_force, UnknownForce, ReportIncident)
                if not _same(inc, found + out):
                    out.append(inc)
                continue
            national = national_day_toll_ar(text)
            # ("وأشار التقرير أن الإعلامي المقتول على يد قوات النظام، ... وقتل إثر قذيفة مدفعية ... في ريف حماة الشرقي":
            # the one victim the report spoke of, told by his noun as the subject, and what killed him: his death, no
            # report's figure nor the countryside's tally; round 45, test batch, ar-2017-11-press-45, after its
            # measurement: fix4546)
            the_one = count[0] == 1 and bool(_THE_ONE_KILLED_AR.search(text))
            # (or N of them who died, the verb after them: "أن اثنين من الكوادر الصحية قتلا على يد المعارضة"; and in a
            # report with no month at all, its workers' deaths undated: round 53, after its measurement: fix53b)
            died = _WORKERS_DIED_AR.search(text)
            if one_worker:
                workers = True
            else:
                workers = (monthly and bool(_PARTY_KILLED_WORKERS_AR.search(text) or died) or period is None and published is None
                           and bool(died) and bool(_MONTH_NO_YEAR_AR.search(doc.text[:600]))) \
                    and not _WORKERS_TALLY_AR.search(text) and bool(_WORKERS_PARTY_AR.search(text))
            # ("والأسبوع الماضي، قتل الطفل ... بانفجار لغم": when the one victim died, opening the sentence, no period's
            # figure; round 68, test batch, ar-2025-03-landmine-68, after its measurement: fix68)
            when = _LAST_WEEK_OPENING_AR.match(text) if count[0] == 1 else None
            if not national and not the_one and not workers and _tally(text[when.end():] if when else text,
                                                                       precision is DatePrecision.DAY):
                continue
            if active and not workers and precision is not DatePrecision.DAY and not _RECENT_AR.search(text):
                continue  # "قتلت القوات الروسية 72 مدنياً، بينهم ..." with no day: a party's figure
            if precision is not DatePrecision.DAY and _YEARS_SINCE_AR.search(text):
                continue  # "مرت ست سنوات على ... مجزرة ...": an anniversary, no incident of the text's month
            if precision is DatePrecision.DAY and around is not None and not _near_period(day, around) \
                    and not (not covers_month and (_RECALLED_AR.search(text) or _RECALLED_ASIDE_AR.search(text))
                             and not _ANNIVERSARY_AR.search(text)):
                # a day told in passing ("ذكرى مجزرة ... 25 أيار 2012"): the other rules' to read. (A past attack told
                # with its full date by a text that reports no month, "ففي مساء 16 آذار (مارس) 2017 قصف سرب من المقاتلات
                # الأمريكية مسجد عمر بن الخطاب في قرية الجينة، ...، فسقط 46 قتيلاً", is an incident it narrates; round
                # 15, test batch, ar-2017-12-press-15, after its measurement.)
                continue
            # (the first count's place is told before a second count's: "5 أشخاص قتلوا في حماة وواحد في مدينة دير الزور")
            first = _NEXT_COUNT_AR.split(text)[0]
            if first != text:
                # (and its children and women, what it died of, are its own part's: "مقتل 43 شخصا في ريف دمشق، و15 في دير
                # الزور، ...، وأضافت أن بين القتلى سبعة أطفال ...، وشخص قتل تحت التعذيب" - the day's, not the first place's;
                # ar-2012-06-daily-29, undated)
                own = _count_how(first)[0]
                count = own if own and own[0] == count[0] else count
            if workers:
                # (the workers' killing's own clause: "تكفّل تنظيم داعش بتصفية إعلاميين اثنين ...، بينما قضى الصحافي ... في
                # حي جوبر الدمشقي" - the place after "بينما" is the other killing's; round 53, test batch,
                # ar-2015-07-press-53, after its measurement: fix5354)
                first = _WHILE_AR.split(first)[0]
                one = _ONE_OF_THEM_AR.search(first) if count[0] >= 2 else None
                where = _place_phrases(first[one.end():]) if one else None
                where = _trim_place(where[0] if where else bare_place_ar(first[one.end():])) if one else None
                if where:
                    # "اثنين من الكوادر الصحية قتلا على يد المعارضة السورية المسلحة، أحدهما طبيب سقط في قصف على دمشق":
                    # the one's place is his; the others' is not told
                    before = found + out
                    for at, n, piece in ((where, 1, first[one.start():]), (None, count[0] - 1, first[:one.start()])):
                        inc = _narrated(doc, s, piece, at, (n, None, None), day, precision, parse_perpetrator,
                                        UnknownPerpetrator, parse_force, UnknownForce, ReportIncident, party_text=text,
                                        governorate_text=piece if at else None)
                        if not _same_party(inc, before):
                            out.append(inc)
                    continue
            phrases = _place_phrases(first)
            place = phrases[0] if phrases and not phrases[0].startswith(("محافظة", "ريف")) else None
            if place is None and (attacked := _ATTACKED_PLACE_AR.search(first)) is not None:
                # (the settlement struck, after the "ل" of its object: "بعد استهداف طيرانها لبلدة حريتان المحررة شمال
                # حلب", not the countryside a second clause names; round 51, test batch, ar-2016-02-press-51, after its
                # measurement: fix5152)
                place = attacked.group("p")
            place = place or bare_place_ar(first) or (phrases[0] if phrases else None)
            if one_worker and (branch := _BRANCH_IN_CITY_AR.search(first)) is not None:
                place = branch.group("p")  # ("توفي تعذيبا حتى الموت في فرع فلسطين بدمشق": the branch, in its city)
            executed = _EXECUTED_PART_AR.search(text) if national else None
            if executed and parse_number_ar(executed.group("n")):
                # "مقتل نحو 50 شخصا في سوريا اليوم، بينهم 47 جنديا حاولوا الانشقاق في مطار أبوالظهور العسكري في إدلب ... فتم
                # إعدامهم": the part of the country's day put to death at one named place is the incident the text tells
                # (rounds 49 and 50, ar-2012-07-massacre-49, after their measurement: fix4950)
                n = parse_number_ar(executed.group("n"))
                inc = _narrated(doc, s, text, executed.group("p").strip(), (n, None, None), day, precision,
                                parse_perpetrator, UnknownPerpetrator, parse_force, UnknownForce, ReportIncident,
                                party_text=executed.group(0))
                inc.category = "massacre" if n >= 5 else inc.category
                out.append(inc)
                continue
            if national:
                # (the whole country's day: no place, whatever places its asides name)
                # (who the dead were, "بينهم طفل ومقاتلان من كتائب المعارضة", names no party that killed them)
                out.append(_narrated(doc, s, text, None, count, day, precision, parse_perpetrator, UnknownPerpetrator,
                                     parse_force, UnknownForce, ReportIncident,
                                     party_text=re.split(r"(?<![" + _AR + r"])(?:بينهم|منهم)" + _NOT_AR, text)[0]))
                continue
            if other and (place is None or _coarse(place) or not re.match(r"(?:قرية|بلدة|مدينة|مخيم|حي|حارة)\s", place)):
                continue  # (another monitor's count of a governorate or an unnamed place: not an incident it narrates)
            if outlets_own and (place is None or not re.search(r"(?<![" + _AR + r"])(?:قرية|بلدة|مدينة|مخيم|حي|حارة)\s", place)):
                # (the outlet's own news, SNHR named after it only as background, at no named settlement: "سقط 12 شخصا
                # من عائلة واحدة في إحدى قرى ريف دير الزور الشرقي" then "وكانت قد كشفت الشبكة السورية ...، في وقت
                # سابق، ..."; at a named one, "غارات جوية ... استهدفت محيط قرية كفريا", it is told as any outlet's
                # incident: round 32, test batch, ar-2017-12-press-32, after its measurement: fix32)
                continue
            # ("ارتكبت مجزرة واحدة نتيجة قصف ... على منطقة حلب الجديدة، وراح ضحيتها 15 شخصاً": one massacre at a named
            # area, not the area's tally; round 17, test batch, ar-2015-01-massacre-17, after its measurement)
            one_massacre = place is not None and bool(_ONE_MASSACRE_AR.search(text)) and bool(re.match(r"(?:منطقة|مناطق)\s", place)) \
                and not _DOCUMENTED_AR.search(text)
            if place is None and not workers or monthly and precision is DatePrecision.MONTH and not _RECENT_AR.search(text) \
                    and place is not None and (_coarse(place) and not one_massacre and not the_one and not workers
                                               or _DOCUMENTED_AR.search(text)):
                # (in a monthly report, an undated figure of a governorate or an area, or one the report
                # documented, "بينما وثقت مقتل شخص واحد تحت التعذيب في سجون ... بمدينة دير الزور", is its tally)
                continue
            place = _with_city(place, doc.text[max(0, s.start - 600):s.start]) if place is not None else None
            inc = _narrated(doc, s, text, place, count, day, precision, parse_perpetrator, UnknownPerpetrator,
                            parse_force, UnknownForce, ReportIncident, governorate_text=text, kind_text=first)
            if precision is not DatePrecision.DAY and para.index == 0:
                _dated_by_report_attack(inc, doc, s, published or (dt.date(period[0], 1, 1) if period else None),
                                        parse_perpetrator, UnknownPerpetrator, parse_force, UnknownForce)
            if precision is not DatePrecision.DAY and para.index <= 1 and len(para.sentences) == 1 \
                    and not s.text.rstrip().endswith(".") and inc.stated_control is None and inc.place_text:
                # (a title or subtitle line; the introduction right after it, when no sentence of the attack has
                # given the control)
                _history_control(inc, doc, s, min(len(doc.text), s.end + _INTRO_CHARS), parse_force, UnknownForce)
            if precision is DatePrecision.DAY:
                _taken_control(inc, doc, s, parse_force, UnknownForce)
            if _summary_of(inc, found):
                continue
            headline = _headline_line(doc, s, para)
            twin = None if headline else _twin(inc, out)
            if twin is not None and id(twin) in headlines and twin.killed == inc.killed:
                # a headline line ("مجزرة تسبَّبت في مقتل 22 مدنياً ... في قرية باتبو") retells the body's sentence of
                # the incident, which tells it in full ("يوثِّق التقرير استهداف ... الحيَّ الشمالي الغربي في قرية باتبو
                # ...؛ ما تسبَّب في مقتل 22 مدنياً"): the body's is the incident (issue #12, undated)
                inc.notes.append(f"also told by the headline at line {twin.line}")
                if inc.stated_control is None:
                    # (the introduction between the headline and the body: the place's control)
                    _history_control(inc, doc, headlines[id(twin)], s.start, parse_force, UnknownForce)
                out[out.index(twin)] = inc
                continue
            if retold_by_another_teller_ar(inc, found + out):
                continue  # (another teller's quote of the day's strikes already told: see geo.report.arabic)
            # (one worker a sentence tells is that sentence's: another's of the same count is another's death)
            if (one_worker and not _told(s, doc, found + out, 1) or not _same(inc, found + out)) \
                    and not (other and _same_event(inc, found + out)):
                out.append(inc)
                if headline:
                    headlines[id(inc)] = s
                out.extend(o for o in others_at_ar(inc, text) if not _same(o, found + out))
    return _victims_told_after_ar(doc, _snhr_tells_where_ar(doc, _story_of_the_place_ar(
        doc, _anniversary_story_ar(doc, out, published), published)))


def _sentence_holding(sentences, told: str) -> int | None:
    """The index of the first of the text's ``sentences`` that holds ``told`` (an incident's sentence, or the clause
    it was cut from), or None: where the post-passes look for the sentences after an incident."""
    return next((i for i, x in enumerate(sentences) if told in x.text), None)


# the one victim told again with an age under 18, his name between: "إن الشاب فؤاد ... 15 عاماً قتل وأصيب اثنان آخران",
# "الفتى ...، البالغ من العمر 16 عاماً، قُتل"
_ONE_VICTIM_AGED_AR = re.compile(r"(?<![" + _AR + r"])ال(?:شاب|فتى|طفل|صبي|مدني|شخص)" + _NOT_AR + r"(?:\s+[^\s،.؛\d]+){0,4}?"
                                 r"[\s،(]+(?:(?:وهو\s+)?(?:يبلغ|البالغ)\s+من\s+العمر\s+)?(?P<age>\d{1,2})\s+(?:عاما|عاماً|عامًا|سنة)"
                                 r"[\s،)]*(?:قد\s+)?(?:قتل|قُتل|استشهد|لقي|توفي|فارق)" + _NOT_AR)


def minor_told_after_ar(doc, out: list) -> list:
    """``out`` with one victim counted as a child when his incident's text, or the sentence right after it, tells him
    again with an age under 18 ("قتل شاب اليوم السبت ... في مدينة يبرود" then "... إن الشاب فؤاد حمامة 15 عاماً قتل
    وأصيب اثنان آخران ..."; rounds 64 and 65, ar-2022-06-news-65, after their measurement: fix6465)."""
    sentences = doc.sentences()
    for inc in out:
        if inc.killed != 1 or inc.children or not inc.sentences:
            continue
        k = _sentence_holding(sentences, inc.sentences[-1])
        told = inc.sentences[-1] + (" " + sentences[k + 1].text if k is not None and k + 1 < len(sentences) else "")
        aged = _ONE_VICTIM_AGED_AR.search(told)
        if aged and int(aged.group("age")) < 18:
            inc.children = 1
    return out


# who the dead of the incident told just before were: "وأشار المراسل إلى أن من بين الضحايا 4 أطفال نازحين، و3 نساء"
_AMONG_THE_VICTIMS_AR = re.compile(r"^[^.؛\d]{0,60}?(?<![" + _AR + r"])من\s+بين\s+(?:الضحايا|القتلى|الشهداء)\s")


def _victims_told_after_ar(doc, out: list) -> list:
    """``out`` with the children and women of an incident counted with neither taken from one of the two sentences
    after it that tells who its dead were ("لا تزال حصيلة قتلى مجزرة بلدة “محمبل” ... حيث وصل عدد الضحايا إلى 13
    قتيلاً" then "وأشار المراسل إلى أن من بين الضحايا 4 أطفال نازحين، و3 نساء"), when no killing is told between
    (round 63, test batch, ar-2019-07-news-63, after its measurement: fix63)."""
    from .arabic import _among  # noqa: PLC0415

    sentences = doc.sentences()
    for inc in out:
        if not inc.killed or inc.killed < 2 or inc.children or inc.women or not inc.sentences:
            continue
        k = _sentence_holding(sentences, inc.sentences[-1])
        for nxt in sentences[k + 1:k + 3] if k is not None else ():
            if not _AMONG_THE_VICTIMS_AR.search(nxt.text):
                if KILLING_PREDICATE_AR.search(_fold(nxt.text)):
                    break  # (another killing told: the list after it is that one's)
                continue
            children, women = _among(nxt.text)
            if (children or women) and (children or 0) + (women or 0) <= inc.killed:
                inc.children, inc.women = children, women
                inc.sentences.append(nxt.text)
                inc.end = max(inc.end, doc.original_span(nxt.start, nxt.end)[1])
            break
    return out


# SNHR's sentence right after another teller's, about the same victims: "وقالت الشبكة السورية لحقوق الإنسان إن غالبية الشبان
# ..." (the definite noun: those just counted)
_SNHR_SAYS_OF_THEM_AR = re.compile(r"^\W*[وف]?(?:قالت|أفادت|افادت|ذكرت|أكدت|اكدت|أوضحت|اوضحت)\s+(?:ال)?شبكة\s+(?:ال)?سورية\s+لحقوق\s+"
                                   r"(?:ال)?[إا]نسان\s+(?:إن|أن|ان|بأن)\s+(?:(?:غالبية|معظم|جميع|كل|أغلب|اغلب)\s+)?ال(?:شبان|ضحايا|"
                                   r"قتلى|شهداء|مدنيين|أطفال|اطفال)" + _NOT_AR)


def _snhr_tells_where_ar(doc, out: list) -> list:
    """``out`` with an incident told by another teller at no governorate ("قالت جماعة معارضة ... قتلوا 27 شابا حين داهموا
    عددا من القرى في محافظة شمالية.") given SNHR's next sentence about the same victims, with no count of its own, that
    names where ("وقالت الشبكة السورية لحقوق الإنسان إن غالبية الشبان ... في شوارع 3 قرى في محافظة إدلب قرب الحدود
    التركية."): SNHR's place, and its sentence (rounds 49 and 50, ar-2012-02-news-49, after their measurement: fix4950)."""
    sentences = doc.sentences()
    for inc in out:
        if inc.governorate is not None or not inc.sentences:
            continue
        k = next((i for i, x in enumerate(sentences) if x.text == inc.sentences[-1]), None)
        nxt = sentences[k + 1] if k is not None and k + 1 < len(sentences) else None
        if nxt is None or not _SNHR_SAYS_OF_THEM_AR.match(nxt.text) or _killed_told_ar(nxt.text) is not None:
            continue
        place = next((p for p in _place_phrases(nxt.text) if find_governorate(p) is not None), None)
        if place is None:
            continue
        gov = find_governorate(place)
        inc.place_text, inc.governorate, inc.governorate_pcode = place, gov.name, gov.pcode
        inc.sentences.append(nxt.text)
        inc.end = max(inc.end, doc.original_span(nxt.start, nxt.end)[1])
    return out


# the anniversary of a massacre: "يصادف اليوم الاثنين الذكرى الثالثة عشرة لمجزرة جمعة أطفال الحرية"
_MASSACRE_ANNIVERSARY_AR = re.compile(r"(?<![" + _AR + r"])(?:الذكرى|ذكرى)(?![" + _AR + r"])[^.؛]{0,60}?(?:مجزرة|مذبحة)")


def _anniversary_story_ar(doc, out: list, published: dt.date | None) -> list:
    """``out`` with each massacre an anniversary sentence names with its toll and no day of its own ("يصادف اليوم الاثنين الذكرى الثالثة
    عشرة لمجزرة جمعة أطفال الحرية في مدينة حماة والتي راح ضحيتها أكثر من 65 مدنيًا") told on by the next sentences: the
    day the next one tells ("وبعد ظهر يوم الجمعة 3 حزيران 2011 توجه الآلاف ... باتجاه ساحة العاصي وسط المدينة") and the
    same toll told again in the one after, or right there ("وعقب ذلك ردت قوات الأمن ... ما أدى إلى مقتل 65 مدنيًا بحسب
    توثيق الشبكة السورية لحقوق الإنسان"): that day, and the story's sentences in its span (rounds 37-40,
    ar-2024-06-press-39, after their measurement: fix3740). A day with no year, or a count told after that is not the
    toll's, leaves it."""
    sentences = doc.sentences()
    for inc in out:
        if inc.date is not None and (published is None or abs((published - inc.date).days) > 31) or not inc.killed \
                or not inc.sentences or not _MASSACRE_ANNIVERSARY_AR.search(inc.sentences[0]):
            continue  # (the anniversary's "اليوم" dates it by the publication's days: no day of the massacre)
        k = next((i for i, x in enumerate(sentences) if x.text == inc.sentences[0]), None)
        after = sentences[k + 1:k + 3] if k is not None else []
        days = [d for d, a, b in find_dates_ar(after[0].text)] if after else []
        toll = next((x for x in after if x.text and _killed_told_ar(x.text) == inc.killed), None)
        if len(set(days)) != 1 or toll is None or published is not None and days[0] >= published:
            continue
        inc.date, inc.date_precision = days[0], DatePrecision.DAY
        inc.sentences += [x.text for x in after[:after.index(toll) + 1]]
        inc.end = max(inc.end, doc.original_span(toll.start, toll.end)[1])
    return out


def _story_of_the_place_ar(doc, out: list, published: dt.date | None) -> list:
    """``out`` with each incident told with a place and a count and no day ("ووثقت الشبكة حادثة قصف قرية بير محلي في ريف حلب
    ومقتل 64 مدنياً!") told on by the next sentence, which names the same place (its hamza spelled or not: "بئر محلي") and
    one day ("تقع قرية بئر محلي ...، يوم الجمعة 1/ أيار/ 2015 شن طيران التحالف ... على قرية بئر محلي التابعة لبلدة
    صرين في ريف حلب الشرقي"): that day, that sentence's place phrase after the day, and the control it states; the
    same count told again in the sentence after ("تمكن فريق توثيق الضحايا من تسجيل مقتل 64 شخصاً ... بينهم 31 طفلاً، و19
    سيدة") gives its children and women (round 59, test batch, ar-2015-05-massacre-59, after its measurement: fix59).
    A next sentence with no day, or several, or a day after the publication, leaves it."""
    from ..force import UnknownForce, parse_force  # noqa: PLC0415

    sentences = doc.sentences()
    for inc in out:
        if inc.date is not None or not inc.killed or not inc.sentences or not _place_words(inc.place_text):
            continue
        # (its sentence, or the sentence its clause is cut from: "جو 24 : حسب توثيقات الشبكة ...، ووثقت الشبكة حادثة ...")
        k = _sentence_holding(sentences, inc.sentences[-1])
        nxt = sentences[k + 1] if k is not None and k + 1 < len(sentences) else None
        if nxt is None:
            continue
        dates = find_dates_ar(nxt.text, published)
        if len({d for d, _a, _b in dates}) != 1 or published is not None and dates[0][0] > published:
            continue
        places = [p for p in _place_phrases(nxt.text[dates[0][1]:]) + _place_phrases(nxt.text)
                  if _place_words(inc.place_text) & _place_words(p)]
        if not places:
            continue
        inc.date, inc.date_precision, inc.place_text = dates[0][0], DatePrecision.DAY, places[0]
        control = stated_control_ar(nxt.text)
        if inc.stated_control is None and control:
            try:
                inc.stated_control, inc.stated_control_text = parse_force(control, date=inc.date).code, control
            except UnknownForce:
                pass
        inc.sentences.append(nxt.text)
        inc.end = max(inc.end, doc.original_span(nxt.start, nxt.end)[1])
        toll = sentences[k + 2] if k + 2 < len(sentences) else None
        count = narrated_count_ar(toll.text) if toll is not None else None
        if count and count[0] == inc.killed and not inc.children and not inc.women:
            inc.children, inc.women = count[1] or None, count[2] or None
            inc.sentences.append(toll.text)
            inc.end = max(inc.end, doc.original_span(toll.start, toll.end)[1])
    return out


def _killed_told_ar(text: str) -> int | None:
    """The count of the dead told after "مقتل" in ``text`` ("ما أدى إلى مقتل 65 مدنيًا"), or None."""
    m = re.search(r"(?<![" + _AR + r"])مقتل\s+(?:ما\s+لا\s+يقل\s+عن\s+|أكثر\s+من\s+|نحو\s+)?(?P<n>" + NUMBER_AR + r")", text)
    return parse_number_ar(m.group("n")) if m else None


# the most prominent of a tally's massacres, told with its place: "ارتكبت مجزرتين، راح ضحيتهما 48 مدنياً، ...، كانت أبرزهما في
# قريتي الحاجية وتل خليل ...", "بلغ عدد المجازر فيها نحو 7 مجازر، أضخمها في مدينة دوما"
_PROMINENT_AR = re.compile(r"(?<![" + _AR + r"])(?:و?كانت\s+)?(?:أبرز|أكبر|أضخم|أعنف)(?:ها|هما)\s+(?:في|فى)\s+")


def _prominent_of_tally(doc, s, text: str, prominent: re.Match, found: list, year_of, parse_perpetrator,
                        UnknownPerpetrator, parse_force, UnknownForce, ReportIncident):
    """The incident a tally's sentence tells of its most prominent massacre, from its clause (``prominent`` on):
    its place and count, the party of the whole sentence; its date the clause's own, else unknown - never the
    publication's month: a massacre among a period's is of that period (issue #12, undated: "وبيّن التقرير أن
    عناصر مسلحة تابعة لحزب الاتحاد الديمقراطي ارتكبت مجزرتين، راح ضحيتهما 48 مدنياً، ...، كانت أبرزهما في قريتي
    الحاجية وتل خليل في محافظة الحسكة، ...، حيث أعدمت “قوات الحماية” التابعة للحزب 42 شخصاً، بينهم 15 طفلاً، و3 نساء",
    ar-2015-03-massacre-25, in a report of the massacres of four years). None when the clause has no place or count."""
    clause = text[prominent.start():]
    count = _count_how(clause)[0]
    if count is None or _told(s, doc, found, count[0]):
        return None
    phrases = _place_phrases(clause)
    place = phrases[0] if phrases else bare_place_ar(clause)
    if place is None:
        return None
    dates = [d for d, _a, _b in find_dates_ar(clause, year_of)]
    day, precision = (dates[0], DatePrecision.DAY) if dates else (None, None)
    inc = _narrated(doc, s, clause, place, count, day, precision, parse_perpetrator, UnknownPerpetrator, parse_force,
                    UnknownForce, ReportIncident, governorate_text=clause, party_text=text)
    inc.category = "massacre" if inc.category == "killing" else inc.category  # (one of the tally's massacres)
    return inc


def _headline_line(doc, s, para) -> bool:
    """Is sentence ``s`` (of paragraph ``para``) a headline: a line of its own with no full stop, in the text's first
    two paragraphs ("مقتل 15 مدنيًا في قصف للطيران الروسي على إدلب شمالي سوريا" above its body)?"""
    line_start = s.start == 0 or doc.text[s.start - 1] == "\n"
    line_end = s.end >= len(doc.text) or doc.text[s.end:s.end + 1] == "\n"
    return para.index <= 1 and line_start and line_end and not re.search(r"[.؛!؟:]\s*$", s.text)


# The report's own sentence of the attack its title tolls: the title "مقتل 32 مدنياً بينهم 19 طفلاً في مدينة سلقين" (no
# day) and the body's "يوثِّق التقرير استهداف طيران ثابت الجناح نعتقد أنه روسي مسجداً ومبنى سكنياً في مدينة سلقين يوم الثلاثاء
# 4/ نيسان/ 2017" (no toll) are one incident (round 21, test batch, ar-2017-04-massacre-21, after its measurement)
_REPORT_ATTACK_AR = re.compile(r"(?<![" + _AR + r"])(?:يوثق|وثق|يتناول|يرصد|يسلط\s+الضوء\s+على)\s+(?:هذا\s+)?التقرير\s+"
                               r"(?:ال)?(?:استهداف|هجوم|قصف|غارة|غارات|هجمات)(?![" + _AR + r"])")


# The control a place's history, told in the report's introduction, ends with: "خضعت المدينة لسيطرة فصائل المعارضة
# المسلحة في تشرين الأول/ 2012 ثم سيطر عليها تنظيم داعش ... في أيلول/ 2013، وفي بداية عام 2014 خضعت المدينة لسيطرة
# مشتركة بين فصائل المعارضة المسلحة وتنظيم جبهة فتح الشام (جبهة النصرة سابقاً(" (the last: the control at the attack)
# (or says in the present: "تقع قرية حاس بين مدينة معرة النعمان شرقاً ومدينة كفر نبل غرباً، ...، تخضع القرية لسيطرة
# مشتركة بين فصائل المعارضة المسلحة وجبهة فتح الشام."; round 26, test batch, ar-2016-10-massacre-26, after its measurement)
# (or with the place said before it: "تتبع قرية باتبو ناحية الأتارب ...، وتخضع لسيطرة فصائل في المعارضة المسلحة منذ تموز/
# 2012"; ar-2017-12-massacre-24, undated)
_CAME_UNDER_AR = re.compile(r"(?<![" + _AR + r"])[و]?(?:خضعت|تخضع)\s+(?:(?:المدينة|البلدة|القرية|المنطقة)\s+)?لسيطرة\s+(?P<f>[^،.؛]{3,100})")
# how far after a title its introduction is read for the place's control when no sentence of the attack dates it
_INTRO_CHARS = 600


# the force that had just taken the place, told in a later sentence naming it: "أن حافلة المراسلين استهدفت على طريق سكيك –
# عطشان بعد سيطرة فصائل المعارضة على المنطقة بشكل كامل" (the noun of geo.report.arabic's "بعد أن سيطر الجيش الحر على
# بلدة حلفايا"; round 27, test batch, ar-2015-11-news-27, after its measurement)
_TAKEN_BY_AR = re.compile(r"(?<![" + _AR + r"])(?:بعد|عقب)\s+سيطرة\s+(?P<f>[^،.؛\"]{3,40}?)\s+على\s+"
                          r"(?:المنطقة|البلدة|القرية|المدينة|الحي)(?![" + _AR + r"])")


def _taken_control(inc, doc, s, parse_force, UnknownForce) -> None:
    """The control of ``inc``'s place a sentence after ``s`` (within ``_INTRO_CHARS``) states, naming the place: the
    force that had taken it (``_TAKEN_BY_AR``), if ``inc`` has none."""
    name = inc.place_text.split()[1] if inc.place_text and len(inc.place_text.split()) > 1 else None
    if inc.stated_control is not None or name is None or not re.match(r"(?:منطقة|قرية|بلدة|مدينة)\s", inc.place_text):
        return
    for sentence in re.split(r"(?<=[.؛])\s+", _fold(doc.text[s.end:min(len(doc.text), s.end + _INTRO_CHARS)])):
        m = _TAKEN_BY_AR.search(sentence)
        if m and re.search(r"(?<![" + _AR + r"])" + re.escape(name) + r"(?![" + _AR + r"])", sentence[:m.start()]):
            try:
                inc.stated_control = parse_force(m.group("f").strip(), date=inc.date).code
                inc.stated_control_text = m.group("f").strip()
            except UnknownForce:
                pass
            return


def _history_control(inc, doc, s, end: int, parse_force, UnknownForce) -> None:
    """The control the introduction between title ``s`` and offset ``end``, naming ``inc``'s place, ends its history
    with (``_CAME_UNDER_AR``), if ``inc`` has none."""
    words = " ".join(inc.place_text.split()[:2])
    intro = _fold(doc.text[s.end:end])
    if words not in intro:
        return
    last = None
    for last in _CAME_UNDER_AR.finditer(intro):
        pass
    if last is None or inc.stated_control is not None:
        return
    # (the statement read as the rest of the reader reads one: "لسيطرة مشتركة بين فصائل المعارضة المسلحة وجبهة فتح الشام"
    # is the joint control of the factions and HTS)
    control = stated_control_ar(last.group(0)) or last.group("f").strip()
    try:
        inc.stated_control = parse_force(control, date=inc.date).code
        inc.stated_control_text = control
    except UnknownForce:
        pass


def _dated_by_report_attack(inc, doc, s, year, parse_perpetrator, UnknownPerpetrator, parse_force=None,
                            UnknownForce=None) -> None:
    """Date ``inc`` (told by the title ``s`` with no day) by the report's own sentence of the attack on its place
    (``_REPORT_ATTACK_AR``) with a day and no toll of its own, and tell it by that sentence; else leave it."""
    words = " ".join(inc.place_text.split()[:2]) if inc.place_text else None
    if not words:
        return
    for para in doc.paragraphs:
        for b in para.sentences:
            text = _fold(b.text)
            if b.start <= s.start or not _REPORT_ATTACK_AR.search(text) or words not in text \
                    or re.search(r"\d+\s+(?:" + _PERSON + "|" + _CHILD + "|" + _WOMAN + r")(?![" + _AR + r"])", text):
                continue
            dates = find_dates_ar(text, year)
            if len({d for d, _a, _b in dates}) != 1:
                continue
            inc.date, inc.date_precision = dates[0][0], DatePrecision.DAY
            inc.sentences = [b.text]
            inc.start, inc.end = doc.original_span(b.start, b.end)
            inc.line = doc.line_of(b.start)
            # (the party of the attack, told before its day: not one of another attack told after it, "وهو يوم هجوم
            # خان شيخون الكيميائي ذاته، الذي نفَّذه النظام السوري")
            inc.perpetrator = inc.perpetrator or _party_ar(re.split(r"[؛،]", text)[0], parse_perpetrator, UnknownPerpetrator)
            if parse_force is not None:
                _history_control(inc, doc, s, b.start, parse_force, UnknownForce)
            return


# where a place lies, told right after its name: "الواقعة شرق العاصمة دمشق في منطقة الغوطة الشرقية" (a few words)
_PLACE_ASIDE_AR = re.compile(r"\s+(?:الواقعة|الواقع|التابعة|التابع)" + _NOT_AR + r"(?:\s+[^\s،.؛]+){1,8}")


# where the attackers were posted, to the next comma: "قوات النظام المتمركزة في “معسكر جورين” بريف حماة الغربي، استهدفت ...
# أحياء مدينة جسر الشغور" (its governorate is the shooters', not the place's; round 65, test batch, ar-2020-02-news-65,
# after its measurement: fix6465)
_POSTED_AT_AR = re.compile(r"(?<![" + _AR + r"])(?:ال)?(?:متمركزة|متمركزين|متمركز)" + _NOT_AR + r"[^،.؛]*")


def _narrated(doc, s, text: str, place: str, count, day, precision, parse_perpetrator, UnknownPerpetrator, parse_force,
              UnknownForce, ReportIncident, governorate_text: str | None = None, party_text: str | None = None,
              kind_text: str | None = None):
    """The incident of sentence (or clause) ``s`` read as ``text``: its count, place, date, party, control and
    category."""
    killed, children, women = count
    # (the place's own aside before the sentence's other governorates: "بلدة حمورية الواقعة شرق العاصمة دمشق في منطقة الغوطة
    # الشرقية" before "في سيناريو مشابه لما قامت به في محافظة إدلب وحمص"; refar, ar-2012-06-massacre-36)
    aside = _PLACE_ASIDE_AR.search(text, text.find(place)) if place and place in text else None
    gov = find_governorate(place) or (find_governorate(aside.group(0)) if aside and aside.start() == text.find(place) + len(
        place) else None) or (find_governorate(_POSTED_AT_AR.sub(" ", governorate_text)) if governorate_text else None)
    inc = ReportIncident(date=day, date_precision=precision, killed=killed, children=children or None,
                         women=women or None, place_text=place, governorate=gov.name if gov else None,
                         governorate_pcode=gov.pcode if gov else None, section=s.section, sentences=[s.text])
    hurt = _INJURED_AR.search(text)
    inc.injured = parse_number_ar(hurt.group("n")) if hurt else None
    inc.perpetrator = _party_ar(party_text or text, parse_perpetrator, UnknownPerpetrator)
    control = stated_control_ar(text)
    if control:
        try:
            inc.stated_control, inc.stated_control_text = parse_force(control, date=day).code, control
        except UnknownForce:
            pass
    if re.search(r"لغم|ألغام|الغام", kind_text or text):
        inc.category, inc.perpetrator = "landmine", inc.perpetrator or "OTHER_LANDMINE"
    elif re.search(r"تحت\s+التعذيب|بسبب\s+التعذيب|تعذيبا\s+حتى\s+الموت", kind_text or text):
        inc.category = "torture"
    elif (killed or 0) >= 5 or re.search(r"مجزرة|مجزرتين|مجازر", party_text or text):
        inc.category = "massacre"
    inc.start, inc.end = doc.original_span(s.start, s.end)
    inc.line = doc.line_of(s.start)
    inc.notes.append("an incident the text narrates in its own words (geo/report/arabic_narration.py)")
    return inc


# a part of a day's country toll put to death at one place: "بينهم 47 جنديا حاولوا الانشقاق في مطار أبوالظهور العسكري في
# إدلب - الواقعة شمال البلاد - فتم إعدامهم"
_EXECUTED_PART_AR = re.compile(r"(?<![" + _AR + r"])(?:بينهم|منهم)\s+(?P<n>" + NUMBER_AR + r")\s+[^\s،.؛]+(?:\s+[^\s،.؛\d]+){0,4}?"
                               r"\s+(?:في|فى)\s+(?P<p>[^،.؛\-–\d]{3,80}?)\s*(?:[-–،]|$)[^.؛]{0,80}?(?<![" + _AR + r"])"
                               r"(?:فتم\s+|وتم\s+|ثم\s+)?(?:إعدامهم|اعدامهم|أعدموا|أعدمتهم|تصفيتهم)" + _NOT_AR)


# "معظمهم في مدينة حمص باقتحام حي الشماس": most of them in one town, in an attack on one named part of it
_MOSTLY_IN_ONE_ATTACK_AR = re.compile(r"(?<![" + _AR + r"])(?:معظمهم|أغلبهم|اغلبهم|غالبيتهم)\s+(?:في|فى)\s+(?P<town>(?:مدينة|بلدة)\s+"
                                      r"[^\s،.؛]+)\s+(?:ب|في\s+|جراء\s+|إثر\s+)(?:ال)?(?:اقتحام|قصف|استهداف)\s+"
                                      r"(?P<part>(?:حي|قرية|مخيم)\s+[^\s،.؛]+(?:\s+(?![وب])(?!في\s|فى\s)[^\s،.؛]+)?)")
# an attack on one named place, then dead with no count: "شن عملية قصف عشوائي على منطقة أبو ظهور شمالي البلاد، ما أدى
# إلى سقوط قتلى وجرحى" ("the area of", "the town of"; an aside of where it lies is no part of its name)
_SHELLED_WITH_DEAD_AR = re.compile(r"(?<![" + _AR + r"])(?:ال)?(?:قصف|غارة|غارات|هجوم)[^.؛،\d]{0,30}?\s(?:على|استهدف|استهدفت)\s+"
                                   r"(?P<p>(?:منطقة|مدينة|بلدة|قرية|حي|مخيم)\s+[^\s،.؛\d]+(?:\s+(?!(?:في|فى|شمال|جنوب|شرق|غرب)"
                                   r"[" + _AR + r"]*\s)[^\s،.؛\d]+)?)(?:\s+(?:شمال|جنوب|شرق|غرب)[" + _AR + r"]*\s+(?:البلاد|سوريا|سورية))?"
                                   r"\s*،?\s*(?:ما|مما)\s+(?:أدى|ادى|أسفر|اسفر)\s+(?:إلى|الى|عن)\s+(?:سقوط|وقوع)\s+"
                                   r"(?:قتلى|ضحايا|شهداء)(?![" + _AR + r"])")
# activists as the teller: "قال ناشطون إن ...", "وذكر ناشطون"
_ACTIVISTS_SAID_AR = re.compile(r"(?<![" + _AR + r"])[وف]?(?:قال|ذكر|أفاد|أكد|يقول)\s+(?:ال)?ناشطون" + _NOT_AR)
# a second count told after the first's place: "5 أشخاص قتلوا في حماة وواحد في مدينة دير الزور", "و3 في ..."
_NEXT_COUNT_AR = re.compile(r"(?<![" + _AR + r"])و\s*(?:واحد|واحدة|" + NUMBER_AR + r")\s+(?:آخرين\s+|آخرون\s+)?(?:في|فى|ب)\s")
# a statement of another source told after the first's: "...، كما أفادت الشبكة السورية لحقوق الإنسان أنه تم عثور على جثث
# 40 شخصا ... في القنيطرة" (its own source, its own count and place)
_SAID_CLAUSE_AR = re.compile(r"،\s*(?=(?:كما|فيما|بينما|و)\s*(?:أفاد|أفادت|أكد|أكدت|ذكر|ذكرت|قال|قالت|أشار|أشارت|وثق|وثقت|"
                             r"أعلن|أعلنت)(?![" + _AR + r"]))")


def _said_clauses(s) -> list:
    """A sentence, or its clauses when a second source's statement with a killing of its own follows the
    first ("أكد المرصد السوري ... استشهاد ما لا يقل عن 16 مواطنا بحارة التركمان بحي برزة بدمشق، ...، كما أفادت
    الشبكة السورية ... أنه تم عثور على جثث 40 شخصا ..."; round 14, test batch, ar-2012-09-news-14, after its
    measurement)."""
    import dataclasses  # noqa: PLC0415

    cuts = [m.end() for m in _SAID_CLAUSE_AR.finditer(s.text)
            if KILLING_PREDICATE_AR.search(_fold(s.text[:m.start()])) and KILLING_PREDICATE_AR.search(_fold(s.text[m.end():]))]
    if not cuts:
        return [s]
    bounds = [0, *cuts, len(s.text)]
    return [dataclasses.replace(s, text=s.text[a:b], start=s.start + a, end=s.start + b) for a, b in zip(bounds, bounds[1:])]


# massacres told one by one after their number: "ارتكب مجزرتين في ريف دمشق، الأولى في الذيابية ذهب ضحيتها 107 أشخاص،
# والثانية في حي برزة حيث أعدم مقاتلون موالون لبشار الأسد، 16 شخصا"
_ORDINAL_AR = re.compile(r"(?:^|[\s،])و?(?:ال)?(?:أولى|اولى|ثانية|ثالثة|رابعة|خامسة)\s+(?:في|فى|ب)\s*(?=\S)")
_MANY_MASSACRES_AR = re.compile(r"(?<![" + _AR + r"])(?:مجزرتين|مجزرتان|(?:" + NUMBER_AR + r")\s+مجازر)" + _NOT_AR)


def _enumerated_massacres_ar(text: str) -> list[tuple[str, str, tuple[int, int, int]]]:
    """The massacres a sentence tells one by one after their number, each ``(clause, place, (killed,
    children, women))``: "ارتكب مجزرتين في ريف دمشق، الأولى في الذيابية ذهب ضحيتها 107 أشخاص، والثانية في حي
    برزة حيث أعدم مقاتلون موالون لبشار الأسد، 16 شخصا" is 107 at al-Dhiyabiya and 16 in Barzeh (round 14,
    test batch, ar-2012-09-news-14, after its measurement). A clause with no count of victims is left out.

    >>> [(p, n[0]) for _c, p, n in _enumerated_massacres_ar("ارتكبت القوات مجزرتين، الأولى في قرية التريمسة راح ضحيتها 20 مدنيا، والثانية في بلدة كفرنبل قتل فيها 7 مدنيين")]
    [('قرية التريمسة', 20), ('بلدة كفرنبل', 7)]
    """
    many = _MANY_MASSACRES_AR.search(text)
    if many is None:
        return []
    marks = [m for m in _ORDINAL_AR.finditer(text, many.end())]
    if len(marks) < 2:
        return []
    out = []
    for k, m in enumerate(marks):
        clause = text[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(text)]
        count = _count_how(clause)[0]
        if count is None:
            # (a count after an active verb and its subject: "حيث أعدم مقاتلون موالون لبشار الأسد، 16 شخصا")
            kill = KILLING_PREDICATE_AR.search(clause)
            v = next((v for v in _VICTIMS_AR.finditer(clause, kill.end()) if v.group("n")
                      and not _COMBATANTS_AR.match(clause, v.start("noun"))), None) if kill else None
            count = _victims_count(v, clause[v.end():]) if v else None
        if count is None:
            continue
        phrases = _place_phrases(clause[:KILLING_PREDICATE_AR.search(clause).start()] if KILLING_PREDICATE_AR.search(clause) else clause)
        place = phrases[0] if phrases else None
        if place is None:
            # (the name right after "في", up to the killing: "الأولى في الذيابية ذهب ضحيتها")
            head = re.match(r"[\"“«]?([" + _AR + r"]+(?:\s+[" + _AR + r"]+){0,2}?)\s+(?=" + KILLING_PREDICATE_AR.pattern + ")", clause)
            place = head.group(1) if head and not _NOT_A_PLACE_AR.match(head.group(1)) else None
        if place:
            out.append((clause, place, count))
    return out


def _same_event(inc, found: list) -> bool:
    """Is ``inc`` (another monitor's) an event ``found`` holds with its own count: a place sharing a name, within
    three days ("أكثر من 200 شخص ... بقرية عقرب" of the LCC beside SNHR's 154 there)?"""
    words = _place_words(inc.place_text)
    return bool(words) and any(words & _place_words(o.place_text) and days_apart(o.date, inc.date) <= 3 for o in found)


# A massacre told with its perpetrator and its place but no count of its dead: "ارتكبت قوات النظام مجزرة جديدة في مدينة
# حرستا بريف دمشق" (a day's news), "نقوم بتوثيق ارتكاب القوات الحكومية مجزرتين واحدة في مدينة معرة النعمان، والثانية في
# مدينة كفر نبل" (a report's two; round 55, test batch, ar-2013-11-daily-55 and ar-2016-05-massacre-55, after its
# measurement: fix55)
_UNCOUNTED_MASSACRE_AR = re.compile(
    r"(?<![" + _AR + r"])(?P<verb>ارتكبت|ارتكب|ارتكاب)\s+(?P<by>(?:[^\s\d،.؛]+\s+){0,5}?)(?P<two>مجزرتين|مجزرتان|مجزرة)"
    r"(?:\s+(?:جديدة|أخرى|مروعة|مروّعة|دامية))?(?:\s+(?:واحدة|الأولى|إحداهما|احداهما))?\s+(?:في|فى)\s+(?P<rest>[^.؛]*)")
# the second of the two: "، والثانية في مدينة كفر نبل"
_SECOND_MASSACRE_AR = re.compile(r"،?\s*و\s*(?:الثانية|الأخرى|الاخرى)\s+(?:في|فى)\s+")
# two massacres in one place on two days: "مجزرتين في مدينة معرة النعمان في يومي السبت 9/ كانون الثاني/ 2016 والثلاثاء
# 12/ كانون الثاني/ 2016" (round 59, test batch, ar-2016-01-massacre-59, after its measurement: fix59)
_TWO_DAYS_AR = re.compile(r"\s+(?:(?:في|فى)\s+)?(?:يومي|يومَي)\s")


def _two_days_ar(rest: str, published: dt.date | None) -> list[dt.date]:
    """The two days a pair of massacres in one place is told on, from "في يومي X و Y" right after the place; else [].

    >>> _two_days_ar("مدينة معرة النعمان في يومي السبت 9/ كانون الثاني/ 2016 والثلاثاء 12/ كانون الثاني/ 2016، استهدفت", None)
    [datetime.date(2016, 1, 9), datetime.date(2016, 1, 12)]
    """
    m = _TWO_DAYS_AR.search(rest.split("،")[0])
    if m is None:
        return []
    days = [d for d, _a, _b in find_dates_ar(rest.split("،")[0][m.end():], published)]
    return days if len(days) == 2 and days[0] != days[1] else []


def _control_of_the_place_ar(text: str, place: str) -> str | None:
    """The control a sentence naming the settlement ``place`` states of it in a later clause by its kind alone: "تتبع بلدة
    دركوش ناحية جسر الشغور ...، تخضع البلدة لسيطرة فصائل في المعارضة المسلحة." (round 59, test batch,
    ar-2016-09-massacre-59, after its measurement: fix59); else None.

    >>> _control_of_the_place_ar("تتبع بلدة دركوش ناحية جسر الشغور، تخضع البلدة لسيطرة فصائل في المعارضة المسلحة.", "بلدة دركوش ثالث أيام")
    'armed opposition factions'
    """
    m = re.match(r"(مدينة|بلدة|قرية|حي|مخيم)\s+(\S+)", place)
    if m is None:
        return None
    kind, name = m.group(1), fold_arabic(m.group(2))
    for sentence in re.split(r"[.؛\n]", text):
        clauses = sentence.split("،")
        at = next((k for k, c in enumerate(clauses) if name in fold_arabic(c).split()), None)
        if at is None:
            continue
        for clause in clauses[at + 1:]:
            if re.search(r"(?<![" + _AR + r"])ال" + kind + _NOT_AR, clause):
                control = stated_control_ar(clause)
                if control:
                    return control
    return None


def uncounted_massacres_ar(doc, published: dt.date | None, day_known: bool = False) -> list:
    """The massacres an Arabic text tells with their perpetrator and place and no count: one incident each,
    killed None; its date the sentence's own (a date, a weekday or "أمس" against the page's day), else the page's
    day when the sentence is the day's news ("ارتكبت ..."), else unknown (a report's "توثيق ارتكاب ..." tells when
    elsewhere). Asked only of a text in which nothing else was read.

    >>> from geo.report.text import Document
    >>> doc = Document("ارتكبت قوات النظام مجزرة جديدة في مدينة حرستا بريف دمشق، ليرتفع بذلك عدد القتلى إلى 68 شخصاً.")
    >>> [(i.date, i.killed, i.place_text) for i in uncounted_massacres_ar(doc, dt.date(2013, 11, 27), True)]
    [(datetime.date(2013, 11, 27), None, 'مدينة حرستا بريف دمشق')]
    """
    from ..force import UnknownForce, parse_force  # noqa: PLC0415
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415
    from .incidents import ReportIncident  # noqa: PLC0415

    out: list = []
    for s in doc.sentences():
        text = _fold(s.text)
        m = _UNCOUNTED_MASSACRE_AR.search(text)
        if m is None:
            continue
        rest = m.group("rest")
        parts = _SECOND_MASSACRE_AR.split(rest, maxsplit=1) if m.group("two") != "مجزرة" else [rest]
        day, precision = _date(text, None, published, day_known, False)
        if precision is not DatePrecision.DAY or (day == published and m.group("verb") == "ارتكاب"
                                                  and not find_dates_ar(text, published)):
            # (no day of its own: the day's news is the page's day; a report's documentation is undated here)
            day, precision = (published, DatePrecision.DAY) if day_known and m.group("verb") != "ارتكاب" else (None, None)
        two_days = _two_days_ar(rest, published) if m.group("two") != "مجزرة" and len(parts) == 1 else []
        if two_days:
            # (one place, two days: a massacre each day, the place cut before its days)
            parts = [_TWO_DAYS_AR.split(rest, maxsplit=1)[0]] * 2
        for n, part in enumerate(parts):
            if two_days:
                day, precision = two_days[n], DatePrecision.DAY
            places = _place_phrases("في " + part.split("،")[0])
            if not places or not re.match(r"(?:مدينة|بلدة|قرية|حي|مخيم)\s", places[0]):
                continue  # ("مجزرة فى ريف حلب", "مجزرتين في الرقة": a countryside or governorate, no settlement to map)
            if any(_place_words(places[0]) == _place_words(i.place_text) and i.date == day for i in out):
                continue
            inc = _narrated(doc, s, text, places[0], (None, None, None), day, precision, parse_perpetrator,
                            UnknownPerpetrator, parse_force, UnknownForce, ReportIncident,
                            party_text=m.group("by") or text[max(0, m.start() - 60):m.start()])  # ("قوات النظام ارتكبت")
            inc.category = "massacre"
            # (the control the text states in a clause of its own that names the place: "تخضع مدينة معرة النعمان لسيطرة
            # مشتركة بين فصائل المعارضة المسلحة وتنظيم جبهة النصرة، ... بينما تخضع مدينة كفر نبل لإدارة مجالس محلية")
            control = next((c for clause in re.split(r"[،.؛\n]|\s(?=(?:بينما|فيما|في\s+حين)\s)", doc.text)
                            if _place_words(places[0]) <= _place_words(clause) for c in [stated_control_ar(clause)] if c), None)
            if control is None:
                control = _control_of_the_place_ar(doc.text, places[0])
            if inc.stated_control is None and control:
                try:
                    inc.stated_control, inc.stated_control_text = parse_force(control, date=day).code, control
                except UnknownForce:
                    pass
            inc.notes.append("a massacre told with its place and no count (geo/report/arabic_narration.py)")
            out.append(inc)
    return out


# SNHR's count told at the end of a massacre's story, with no place or day of its own: "ووثقت “الشبكة السورية لحقوق
# الإنسان” مقتل 87 شخصًا بينهم ثلاثة أطفال" after "حيث أنه في صباح 29 من كانون الثاني 2013، وصلت أنباء إلى ناشطي حي بستان
# القصر في مدينة حلب ... عن وجود عشرات الجثث في نهر “قويق”" (round 55, test batch, ar-2013-01-massacre-55, after its
# measurement: fix55)
_SNHR_COUNTED_AR = re.compile(r"(?<![" + _AR + r"])[وف]?(?:وثقت|وثّقت|سجلت|أحصت|ذكرت|قالت|أفادت)\s+[\"“«]?(?:ال)?شبكة\s+(?:ال)?سورية"
                              r"\s+لحقوق\s+(?:ال)?[إا]نسان[\"”»]?\s+(?:(?:إن\s+|أن\s+)?مقتل\s|(?P<of>\d[\d,]*)\s+منهم(?![" + _AR + r"]))")
# ("وبلغ عدد ضحايا المجزرة 208 أشخاص، ووثّقت الشبكة السورية لحقوق الإنسان 192 منهم، بينهم 27 طفلاً و21 امرأة": the
# ones of the story's dead SNHR documented, its count; round 62, test batch, ar-2013-07-massacre-62, after its
# measurement: fix6162)
# where a story's place phrase ends: its next "و" item ("وكتائب الجيش الحر"), "عن"
_STORY_PLACE_END_AR = re.compile(r"\s+(?:و(?!ريف)|عن\s|من\s)")


def snhr_count_of_the_story_ar(doc, published: dt.date | None) -> list:
    """The massacre a text tells as a story, its day and place in its first dated sentence, and SNHR's count of its dead
    in a sentence after it that names neither: one incident, that day and place, SNHR's count. Asked only of a text in
    which nothing else was read; a text that tells no massacre, or several counts of SNHR's, gives none.

    >>> from geo.report.text import Document
    >>> doc = Document("مجزرة نهر قويق. في صباح 29 من كانون الثاني 2013، عثر الأهالي على جثث في حي بستان القصر في مدينة حلب. "
    ...                "ووثقت الشبكة السورية لحقوق الإنسان مقتل 87 شخصًا بينهم ثلاثة أطفال.")
    >>> [(i.date, i.killed, i.children, i.place_text) for i in snhr_count_of_the_story_ar(doc, dt.date(2023, 1, 29))]
    [(datetime.date(2013, 1, 29), 87, 3, 'حي بستان القصر في مدينة حلب')]
    """
    from ..force import UnknownForce, parse_force  # noqa: PLC0415
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415
    from .incidents import ReportIncident  # noqa: PLC0415

    if not re.search(r"مجزرة|مجازر|مذبحة", doc.text):
        return []
    sentences = doc.sentences()
    counted = [k for k, s in enumerate(sentences) if _SNHR_COUNTED_AR.search(_fold(s.text))]
    if len(counted) != 1:
        return []
    k = counted[0]
    s, text = sentences[k], _fold(sentences[k].text)
    said = _SNHR_COUNTED_AR.search(text)
    count = narrated_count_ar(text) if said.group("of") is None else narrated_count_ar(
        "مقتل " + said.group("of") + " شخصا" + text[said.end():])
    if count is None or _place_phrases(text) or find_governorate(text) or find_dates_ar(text, published):
        return []
    for x in sentences[:k]:
        days = {d for d, _a, _b in find_dates_ar(x.text, published)}
        places = [_STORY_PLACE_END_AR.split(p)[0] for p in _place_phrases(_fold(x.text))]
        if len(days) != 1 or not places:
            continue
        day = days.pop()
        if published is not None and day >= published:
            return []
        story = next((y.text for y in sentences[:k] if re.search(r"ارتكب|مجزرة|مجازر", y.text) and
                      _party_ar(y.text, parse_perpetrator, UnknownPerpetrator)), None)
        inc = _narrated(doc, s, text, places[0], count, day, DatePrecision.DAY, parse_perpetrator, UnknownPerpetrator,
                        parse_force, UnknownForce, ReportIncident, party_text=story)
        inc.category = "massacre"
        if inc.stated_control is None:
            _areas_held_of_place(inc, doc, places[0].split(" في ")[0], parse_force, UnknownForce)
        inc.notes.append("SNHR's count of the massacre the text tells before it (geo/report/arabic_narration.py)")
        return [inc]
    return []


# the areas a force held, that a place was part of or the way into: "وكانت منطقة بستان القصر تعد مدخلًا لمناطق سيطرة
# المعارضة حينها" (round 55, test batch, ar-2013-01-massacre-55, after its measurement: fix55)
_AREAS_HELD_AR = re.compile(r"(?<![" + _AR + r"])(?:ل|ب|في\s+|ضمن\s+|من\s+)?(?:مناطق|منطقة)\s+سيطرة\s+(?P<f>[^،.؛\d]{3,40}?)"
                            r"(?=\s+(?:حينها|آنذاك|وقتها|حينذاك)(?![" + _AR + r"])|\s*[،.؛]|\s*$)")


def _areas_held_of_place(inc, doc, place: str, parse_force, UnknownForce) -> None:
    """``inc``'s stated control from a clause of ``doc`` that names ``place`` (its name words) and says whose areas
    it was part of or led into (:data:`_AREAS_HELD_AR`); unchanged when no such clause or no known force."""
    from .arabic import _force_named_ar  # noqa: PLC0415

    words = _place_words(place)
    for clause in re.split(r"[،.؛\n]", _fold(doc.text)):
        held = _AREAS_HELD_AR.search(clause) if words and words <= _place_words(clause) else None
        force = _force_named_ar(held.group("f")) if held else None
        if force:
            try:
                inc.stated_control, inc.stated_control_text = parse_force(force, date=inc.date).code, held.group(0)
            except UnknownForce:
                continue
            return


# SNHR's own report page on one dated attack whose dead it does not count in the text: "استهدفت القوات الحكومية صباح الأحد
# 22/ كانون الأول/ 2013، الأوتستراد الواقع في حي مساكن هنانو ...، استهدفته بـ 8 براميل", the witness's "وعرفنا أن مجزرة
# جديدة حصلت" (round 55, test batch, ar-2013-12-massacre-55, after its measurement: fix55)
_DATED_ATTACK_AR = re.compile(r"(?<![" + _AR + r"])[وف]?(?:استهدفت|استهدف|قصفت|قصف|ألقت|ألقى|القت)\s+(?P<by>(?:ال)?(?:قوات|طيران|طائرات|مروحيات)"
                              r"(?:\s+[^\s\d،.؛]+){0,2})")
# the text's word of a massacre or of dead with no count: "مجزرة جديدة حصلت", "الأشلاء", "استشهد كل شخص فيه"
_DEAD_UNCOUNTED_AR = re.compile(r"مجزرة|مجازر|الأشلاء|أشلاء|استشهد|قتلى|شهداء")


def uncounted_attack_ar(doc, published: dt.date | None) -> list:
    """The one attack an Arabic text of SNHR's tells with its day, its party and its place, in a text that speaks of a
    massacre or of dead it does not count: one incident, killed None, its governorate the place's or the one the text
    names. Asked only of a text in which nothing else was read; several such attacks give none.

    >>> from geo.report.text import Document
    >>> doc = Document("استهدفت القوات الحكومية صباح الأحد 22/ كانون الأول/ 2013، الأوتستراد الواقع في حي مساكن هنانو. "
    ...                "أجرت الشبكة السورية لحقوق الإنسان تحقيقات في محافظة حلب. وعرفنا أن مجزرة جديدة حصلت.")
    >>> [(i.date, i.killed, i.category, i.place_text, i.governorate) for i in uncounted_attack_ar(doc, None)]
    [(datetime.date(2013, 12, 22), None, 'massacre', 'حي مساكن هنانو', 'Aleppo')]
    """
    from ..force import UnknownForce, parse_force  # noqa: PLC0415
    from ..incident import UnknownPerpetrator, parse_perpetrator  # noqa: PLC0415
    from .incidents import ReportIncident  # noqa: PLC0415

    if not re.search(r"الشبكة\s+السورية\s+لحقوق", doc.text) or not _DEAD_UNCOUNTED_AR.search(doc.text):
        return []
    sentences = doc.sentences()
    attacks = []
    for s in sentences:
        text = _fold(s.text)
        m = _DATED_ATTACK_AR.search(text)
        days = {d for d, _a, _b in find_dates_ar(text, published)} if m else set()
        places = [p for p in _place_phrases(text) if re.match(r"(?:مدينة|بلدة|قرية|حي|مخيم)\s", p)] if len(days) == 1 else []
        if places:
            attacks.append((s, text, m, days.pop(), places[0]))
    if len(attacks) != 1:
        return []
    s, text, m, day, place = attacks[0]
    if published is not None and day > published:
        return []
    inc = _narrated(doc, s, text, place, (None, None, None), day, DatePrecision.DAY, parse_perpetrator, UnknownPerpetrator,
                    parse_force, UnknownForce, ReportIncident, party_text=m.group("by"))
    if inc.governorate is None:
        named = {g.pcode: g for x in sentences for g in [find_governorate(_fold(x.text))] if g is not None}
        if len(named) == 1:
            gov = next(iter(named.values()))
            inc.governorate, inc.governorate_pcode = gov.name, gov.pcode
    inc.category = "massacre" if re.search(r"مجزرة|مجازر", doc.text) else "killing"
    inc.notes.append("SNHR's dated attack with dead it does not count (geo/report/arabic_narration.py)")
    return [inc]
