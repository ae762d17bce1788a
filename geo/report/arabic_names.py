"""Victims' names in Arabic prose, so that every public output can withhold them.

SNHR and the outlets that quote it name a victim after the noun that says who they were:
"الشاب محمد حسين الزعبي" (the young man ...), "الطفلة تسنيم أيمن عتوم", "السيدة خنساء",
"الناشط السوري عمر الشغري", or after a verb of naming: "ويدعى ...", "المدعو ...". The name is
the run of words after that noun, up to the first word that is not part of a name: a
preposition, a relative pronoun, a verb of the event, a number or punctuation.

A name is personal data (:mod:`geo.privacy`): what this finds goes into an incident's
``victim_names``, from which the public form withholds every spelling of it. A false find
withholds a few words of a quoted sentence; a missed one publishes a name. So the run is cut
at any word that is plainly not a name, and an adjective after the noun ("الطفل الرضيع") is
no name: a first name has no article.
"""

from __future__ import annotations

import re

from .text import MONTHS_AR
from .given_names import given_ar

__all__ = ["person_names_ar", "split_names_ar"]

# The nouns a victim's name follows (the article, and "و"/"ف" before it, as written).
_PERSON_NOUNS = (
    "الشاب", "الشابة", "الطفل", "الطفلة", "الفتى", "الفتاة", "السيدة", "المواطن", "المواطنة",
    "المدني", "المدنية", "الرجل", "المسن", "المسنة", "العجوز", "الناشط", "الناشطة", "الإعلامي",
    "الاعلامي", "الإعلامية", "الإعلامى", "الصحفى", "الصحفي", "الصحفية", "الصحافي", "الطبيب", "الطبيبة", "الممرض",
    "الممرضة", "المسعف", "المتطوع", "المعتقل", "المعتقلة", "اللاجئ", "اللاجئة", "الطالب",
    "الطالبة", "المهندس", "المعلم", "المعلمة", "المدرس", "الشهيد", "الشهيدة", "الضحية",
    "المدعو", "المدعوة", "الحاج", "الحاجة", "السيد", "العسكري", "المنشق", "الرضيع", "الرضيعة",
    "الدكتور", "الدكتورة", "المحامي", "المحامية", "المهندسة", "الأستاذ", "الأستاذة", "القاضي",
    # a trade or a calling ("الرياضي "جهاد قصاب" لاعب نادي الكرامة"; round 21, ar-2016-09-torture-21)
    "الرياضي", "الرياضية", "اللاعب", "اللاعبة", "الفنان", "الفنانة", "الكاتب", "الكاتبة", "الشاعر", "الشاعرة",
    "المصور", "المصورة", "المخرج", "الممثل", "الممثلة", "المغني", "المنشد", "الرسام", "المراسل", "المراسلة",
    # two victims named one after the other ("الطفلان محمد فادي الدالي وهيثم فرحان الدالي")
    "الطفلان", "الطفلين", "الطفلتان", "الطفلتين", "الشابان", "الشابين", "الشقيقان", "الشقيقين",
    "الشقيقتان", "الشقيقتين", "الأخوان", "الأخوين", "المدنيان", "السيدتان", "السيدتين",
    # a relative named after the noun with its pronoun ("بإصابة شقيقه عمار العمري"): withheld as well
    "شقيقه", "شقيقها", "شقيقته", "شقيقتها", "ابنه", "ابنها", "ابنته", "ابنتها", "زوجته", "زوجها",
    "والده", "والدها", "والدته", "والدتها", "أخوه", "أخيه", "أخته", "أختها", "نجله", "نجلها")
_NAMING_VERBS = ("يدعى", "تدعى", "يُدعى", "تُدعى", "اسمه", "اسمها",
                 # a victim known by a kunya or a nickname ("مقتل مدني نازح ... يكنى “أبو شيماء”"; ar-2023-01-news-27, undated)
                 "يكنى", "تكنى", "يُكنى", "تُكنى", "يلقب", "تلقب", "يُلقب", "تُلقب")
# A nationality or origin said between the noun and the name ("الناشط السوري عمر الشغري").
_BETWEEN = ("السوري", "السورية", "الفلسطيني", "الفلسطينية", "الكردي", "الكردية", "اللبناني",
            "اللبنانية", "العراقي", "العراقية", "النازح", "النازحة",
            # and the field a worker is in ("الناشط الإعلامي “أحمد محمود عزيزة”"; round 19, ar-2018-08-press-19)
            "الإعلامي", "الإعلامية", "الاعلامي", "الاعلامية", "الإعلامى", "الصحفي", "الصحفية", "الميداني",
            "الحقوقي", "الحقوقية",
            # and what the press called them: "الإعلامي المعارض البارز ناجي ..." (round 53, ar-2015-12-press-53: fix53b)
            "المعارض", "البارز", "البارزة", "المستقل", "المستقلة", "الإيراني", "الإيرانية")
# Words that end a name: prepositions, pronouns, conjunctions, verbs of the event and of report
# prose. (A name's own words are nouns; none of these is one. They are compared without tashkeel.)
_NOT_NAME = frozenset("""
في من على عن إلى الى مع عبر بين بعد قبل منذ خلال أثناء اثناء حيث إذ اذ إن ان أن إنّ أنّ لكن ثم أو او
الذي التي الذين اللذين اللتين اللواتي وهو وهي هو هي وكان وكانت كان كانت يكون وقد قد لقد فقد تم وتم
قتل قُتل قتلت قُتلت قتلوا قُتلوا استشهد استشهدت استشهدوا توفي توفيت تُوفي لقي لقيت أصيب أصيبت اصيب
اصيبت أُصيب جراء إثر اثر برصاص بقصف بسبب نتيجة متأثرا متأثراً متأثرة يبلغ تبلغ البالغ البالغة عمره
عمرها العمر ابن ابنة بنت زوج زوجة والد والدة شقيق شقيقة أحد إحدى احد احدى ذوي أهالي عائلة أسرة
ينحدر تنحدر المنحدر المنحدرة من أبناء ابناء سكان النازح النازحة تحت داخل خارج لدى لدي وذلك ذلك هذا هذه
لم لن لا ما بشكل بحق بريف بمدينة ببلدة بقرية بحي بمحافظة بمنطقة بمخيم بحسب وفق حسب حتى
الأول الثاني الثالث الآخر الأخرى آخر أخرى ايضا أيضا أيضاً ايضاً فيما بينما كما وقال وقالت قال قالت وأضاف
وأضافت وأشار وأشارت وأفاد وأفادت أفاد أفادت يعمل تعمل يعملان بلدة مدينة قرية حي مخيم ريف محافظة منطقة
المعروف المعروفة الملقب الملقبة باسم بجراح بجروح بإصابة بإصابات بطلق بشظايا بجراحه بجراحها
جنوب شمال شرق غرب جنوبي شمالي شرقي غربي
""".split())
_WORD = r"[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0640]+"
_QUOTE = "\"'“”«»‘’"
_RUN = re.compile(
    r"(?:^|(?<=[\s" + _QUOTE + r"(]))[وف]?(?P<noun>" + "|".join(_PERSON_NOUNS + _NAMING_VERBS) + r")"
    # (the words after as a look-ahead: "الدفاع المدني الناشط همام العاصي" is "المدني" with no name after it,
    # then "الناشط" with one; round 19, ar-2021-07-news-19)
    r"(?=(?P<after>(?:\s+[" + _QUOTE + r"(]?" + _WORD + r"){1,6}))")
_DIACRITICS = re.compile("[\u064B-\u065F\u0640]")
_PREPOSITIONS = frozenset("في من على عن إلى الى مع عبر بين بعد قبل منذ خلال".split())
# A place's kind word right before the noun: the place bears someone's name ("حي السيدة زينب", "مدرسة الشهيد ...").
_PLACE_BEFORE = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:حي|منطقة|مقام|مسجد|جامع|بلدة|مدينة|قرية|مشفى|مستشفى|مدرسة|دوار|شارع|"
                           r"ساحة|مخيم|جسر|حاجز|كتيبة|لواء|تجمع|"
                           # (and a body the noun qualifies: "الدفاع المدني ينتشل ضحايا القصف", Civil Defence, not "the
                           # civilian" and a name; round 26, ar-2019-11-news-26)
                           r"الدفاع|المجتمع)\s+[وف]?$")
# A club or a team and its name right before the noun: the noun is its adjective ("نادي نوى الرياضي لكرة القدم", the
# sports club of Nawa; names25, ar-2018-07-torture-13 had "لكرة القدم" read as a name).
_CLUB_BEFORE = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:نادي|نادى|فريق|منتخب)(?:\s+\S+){0,2}\s+[وف]?$")
# A first word that is a preposition or conjunction with what follows it, not a first name:
# "للتعذيب", "بالقصف", "والده", "بوفاته", "ومنشآتهم" (a prefix and the article, or a prefix and
# a pronoun ending).
_NOT_FIRST = re.compile(r"^(?:لل|[وفبلك]ال)|^[وفبل].+(?:ه|ها|هم|هن|هما)$")


# A name told before where the victim came from: "بلال عبد الرزاق دعاس، من أبناء مدينة ...", "خنساء محمد
# السيد (35 عاما)، من أبناء", "عايدة الزورو، من مواليد ...".
_BEFORE_ORIGIN = re.compile(
    r"(?P<run>(?:" + _WORD + r"\s+){0,3}" + _WORD + r")[" + _QUOTE + r"]?\s*(?:\([^()]{0,30}\)\s*)?،\s*"
    r"من\s+(?:أبناء|ابناء|أهالي|اهالي|مواليد)")
# A name between commas after a noun of who the victim was, then where he came from: "أن الناشط الإعلامي، معد باريش،
# من مدينة سراقب في ريف إدلب، قتل مساء أمس" (round 68, ar-2016-05-news-68, after its measurement: fix68; the
# name had been printed in the public sentence)
_BETWEEN_COMMAS_BEFORE_HOME = re.compile(
    r"(?:^|(?<=\s))[وف]?(?:" + "|".join(_PERSON_NOUNS) + r")(?:\s+" + _WORD + r"){0,2}\s*،\s*(?P<run>(?:" + _WORD
    + r"\s+){1,3}" + _WORD + r")\s*،\s*(?:وهو\s+|وهي\s+)?(?:من|ينحدر\s+من|تنحدر\s+من)\s+(?:مدينة|قرية|بلدة|مخيم|حي)\s")
_MONTHS = frozenset(w for month in MONTHS_AR for w in month.split())  # "1 شباط" before a name
# What :func:`given_ar` says of a common given name that is no word of prose ("محمد", not "حسن").
_NAME_ONLY = (True, False)


def _name_before_origin(run: str) -> str | None:
    """The name that ends ``run`` (the words before "، من أبناء"): back to the first word that is
    no name (a stop word, a noun of who the victim was, a month), and from its first word with
    no article ("الرضيعة عايدة الزورو" -> "عايدة الزورو"); "وX" ("and X") starts a name."""
    words = run.split()
    name: list[str] = []
    for k, w in enumerate(reversed(words)):
        bare = _bare(w)
        # (a noun of who someone was ends the name, but a family name may be one: "خنساء محمد السيد")
        noun = k > 0 and (bare in _PERSON_NOUNS or (bare[:1] in "وف" and bare[1:] in _PERSON_NOUNS))
        if bare in _NOT_NAME or bare in _MONTHS or bare in _NAMING_VERBS or noun:
            break
        if bare[:1] == "و" and len(bare) > 3 and not bare.startswith("وال"):
            name.insert(0, w.strip(_QUOTE)[1:])  # "... وهيثم فرحان الدالي": and Haitham ...
            break
        name.insert(0, w.strip(_QUOTE))
    while name and (_bare(name[0]).startswith("ال") or _NOT_FIRST.match(_bare(name[0]))):
        name.pop(0)
    return " ".join(name) if len(name) >= 2 else None


def _bare(word: str) -> str:
    return _DIACRITICS.sub("", word.strip(_QUOTE))


def person_names_ar(text: str) -> list[str]:
    """The victims' names ``text`` gives after a noun of who they were, in the order written.

    >>> person_names_ar('وقالت مصادر محلية، إن "الشاب محمد حسين الزعبي الذي ينحدر من بلدة المسيفرة"')
    ['محمد حسين الزعبي']
    >>> person_names_ar("قُتلت الطفلة تسنيم أيمن عتوم، والسيدة خنساء مع أطفالها")
    ['تسنيم أيمن عتوم', 'خنساء']
    >>> person_names_ar("الناشط السوري عمر الشغري")
    ['عمر الشغري']
    >>> person_names_ar("السيد (حسن الابراهيم) وهو أحد الناجين من المجزرة")
    ['حسن الابراهيم']
    >>> person_names_ar("قُتل الطفل الرضيع جراء القصف، والشاب الذي كان يعمل")
    []
    >>> person_names_ar("مقتل مدني بسبب التعذيب، 1 شباط بلال عبد الرزاق دعاس، من أبناء حي الخالدية")
    ['بلال عبد الرزاق دعاس']
    """
    out: list[str] = []
    # (without tashkeel: "الطِّفلُ" is الطفل; the public form finds a name however it is voweled)
    plain = _DIACRITICS.sub("", text or "")
    for m in _RUN.finditer(plain):
        if _PLACE_BEFORE.search(plain, 0, m.start("noun")) or _CLUB_BEFORE.search(plain[max(0, m.start("noun") - 40):m.start("noun")]):
            continue  # "حي السيدة زينب", "مسجد الشهيد ...": a place named after someone; "نادي نوى الرياضي": a club's
        words = m.group("after").split()
        # (the nouns of who someone was, one after another: "المواطنة الطفلة غادة ...", "الناشط الإعلامي حسين ...")
        while words and (_bare(words[0]) in _BETWEEN or _bare(words[0]) in _PERSON_NOUNS
                         or _bare(words[0]) in _NAMING_VERBS):
            words = words[1:]
        names: list[list[str]] = []
        name: list[str] = []
        # a name in quotes is the name whole, to its closing quote, though a word of it is also one of prose
        # ('مقتل الطفل "هيثم خالد العمر"،': "العمر", age, is the family's name; names25)
        # (or in brackets from a common given name: 'السيد (حسن الابراهيم) وهو أحد الناجين من المجزرة أخبر الشبكة', a
        # survivor who speaks; names35, ar-2013-07-massacre-28. Not 'الدفاع المدني (منشآت وآليات)')
        if 2 <= len(words) <= 5 and (words[0][:1] in _QUOTE or words[0][:1] == "(" and _name_in_brackets(words)) and \
                plain[m.end("after"):m.end("after") + 1] in (")" if words[0][:1] == "(" else _QUOTE) \
                and not _bare(words[0]).lstrip("(").startswith("ال") and not any(_bare(w) in _PREPOSITIONS for w in words):
            quoted = " ".join(w.strip(_QUOTE + "()") for w in words)
            if quoted not in out:
                out.append(quoted)
            continue
        for w in words:
            bare = _bare(w)
            if w[:1] == "(":
                break  # (brackets hold a name only whole, above)
            if name and _and_given(bare):
                # "الطفلان محمد فادي الدالي وهيثم ...", "الشقيقان ليالي وحسن علي نصار": and the next name
                names.append(name)
                name = [w.strip(_QUOTE)[1:]]
                continue
            if bare in _NOT_NAME or len(name) >= 4 or (not name and (
                    bare.startswith("ال") or len(bare) < 2 or _NOT_FIRST.match(bare)
                    # (a given name that starts with و, even one that is a word of prose too, right
                    # after the noun is a name: "الطفل وحيد المراد، يبلغ من العمر 13 عاماً"; round 22)
                    or (bare[:1] in "وف" and (bare[1:] in _NOT_NAME or not given_ar(bare)[0]
                                              and given_ar(bare[1:]) != _NAME_ONLY)))):
                break
            name.append(w.strip(_QUOTE))
        for name in [*names, name]:
            if name and " ".join(name) not in out:
                out.append(" ".join(name))
    for m in _QUOTED_AFTER_NOUN.finditer(plain):
        quoted = _quoted_name(m)
        if quoted and quoted not in out:
            out.append(quoted)
    for m in _AFTER_OUTLET.finditer(plain):
        named = _name_after_outlet(m.group("after"))
        if named and named not in out:
            out.append(named)
    for m in _BETWEEN_COMMAS_BEFORE_HOME.finditer(plain):
        # (the whole run between the commas, no word of prose in it: "الشاب، وهو طالب جامعي، من مدينة دوما" names no one)
        name = _name_before_origin(m.group("run"))
        if name == " ".join(m.group("run").split()) and not any(name in n or n in name for n in out):
            out.append(name)
    for m in _BEFORE_ORIGIN.finditer(plain):
        name = _name_before_origin(m.group("run"))
        if name and not any(name in n or n in name for n in out):
            out.append(name)
        if name:
            # the names listed before it ("مدنيان اثنان، محمد عمر خليل، وصدام داني، من أبناء"), each from a given name
            before = plain[max(0, m.start() - 200):m.start("run")]
            for earlier in [x.strip() for x in re.split(r"[،,]", before)][-2::-1][:4]:
                earlier = re.sub(r"^و(?=\S)", "", earlier) if _and_given(earlier.split()[0] if earlier else "") else earlier
                words = earlier.split()
                if not (2 <= len(words) <= 4 and given_ar(words[0]) == _NAME_ONLY and not any(_bare(w) in _NOT_NAME for w in words)):
                    break
                if earlier not in out:
                    out.append(earlier)
    return out


# A name in quotes a few words after the noun of who the victim was, the words between telling where they worked
# ('قتلت الإعلامي في الإعلام الحربي التابع لميلشيا حزب الله "علي يوسف داشو"'; round 51, ar-2016-02-press-51, where the
# run after the noun stopped at "في" and the name was printed).
_QUOTED_AFTER_NOUN = re.compile(
    r"(?:^|(?<=\s))[وف]?(?:" + "|".join(_PERSON_NOUNS) + r")(?P<between>(?:\s+" + _WORD + r"){1,8}?)\s*[" + _QUOTE
    + r"]\s*(?P<name>" + _WORD + r"(?:\s+" + _WORD + r"){1,3})\s*[" + _QUOTE + r"]")
# What a quoted name after it is not: an outlet's, a unit's or a body's name ('مراسل قناة "نور الشام"').
_NAMED_BODY = frozenset("""قناة وكالة إذاعة صحيفة جريدة مجلة موقع شبكة مركز منظمة جمعية هيئة مؤسسة فريق مجموعة تنسيقية
حركة كتائب كتيبة لواء جيش فصيل فيلق تنظيم جبهة غرفة عملية معركة مشفى مستشفى مدرسة مسجد جامع حي""".split())


def _quoted_name(m: re.Match) -> str | None:
    """The quoted name :data:`_QUOTED_AFTER_NOUN` matched, when it is one: from a common given name, no word of prose
    in it, and no outlet's or unit's noun right before it.

    >>> _quoted_name(_QUOTED_AFTER_NOUN.search('قتلت الإعلامي في الإعلام الحربي التابع لميلشيا حزب الله "علي يوسف داشو" ،'))
    'علي يوسف داشو'
    >>> _quoted_name(_QUOTED_AFTER_NOUN.search('قُتل الإعلامي العامل مع قناة "نور الشام" في القصف'))
    """
    words = [_bare(w) for w in m.group("name").split()]
    between = [_bare(w) for w in m.group("between").split()]
    if between and (between[-1] in _NAMED_BODY or between[-1][:1] in "وبل" and between[-1][1:] in _NAMED_BODY):
        return None
    if words[0].startswith("ال") or not given_ar(words[0])[0] or any(w in _NOT_NAME for w in words):
        return None
    return " ".join(m.group("name").split())


# A media worker named after the outlet they worked for, with no quotes: "الإعلامية في إذاعة دمشق الرسمية بتول الورار",
# "ومصور قناة المنار اللبنانية محمد علي عبد الرضا نور الدين" (round 53, ar-2015-11-press-53, printed before).
_AFTER_OUTLET = re.compile(
    r"(?:^|(?<=\s))[وف]?(?:ال)?(?:إعلامي|إعلامية|اعلامي|اعلامية|صحفي|صحفية|صحافي|صحافية|مصور|مصورة|مراسل|مراسلة|ناشط|"
    r"ناشطة)\s+(?:في\s+|لدى\s+|مع\s+)?(?:قناة|إذاعة|اذاعة|وكالة|صحيفة|جريدة|مجلة|موقع|شبكة|تلفزيون)"
    # (the words after as a look-ahead: the next worker may be named within them)
    # (the outlet's name may be quoted: "مراسل قناة “الجزيرة” الإخبارية في حمص زكريا ..."; round 53, fix53b)
    r"(?=(?P<after>(?:\s+[\"“”«»]?" + _WORD + r"[\"“”«»]?){1,9}))")


def _name_after_outlet(after: str) -> str | None:
    """The name in the words after an outlet's noun: from the first word that is a common given name and no word of
    prose, up to a word of prose, at most six words ("محمد علي عبد الرضا نور الدين"), at least two.

    >>> _name_after_outlet(" دمشق الرسمية بتول الورار في حرستا")
    'بتول الورار'
    >>> _name_after_outlet(" حلب اليوم في ريف حلب")
    """
    words = after.split()
    for k, w in enumerate(words[:6]):
        if given_ar(_bare(w)) == _NAME_ONLY:
            name: list[str] = []
            for v in words[k:]:
                if _bare(v) in _NOT_NAME or len(name) >= 6 or _bare(v).startswith("وال") and _bare(v)[1:] in _PERSON_NOUNS:
                    break  # (and the next victim's noun: "زكريا إبراهيم والناشط ...")
                name.append(v)
            return " ".join(name) if len(name) >= 2 else None
    return None


def _name_in_brackets(words: list[str]) -> bool:
    """Do the bracketed ``words`` after a noun of who someone was make a name: from a common given name, or (names40, as
    "A young man (Ninos Moneer)" in English) two words of a name or more the lexicon lacks, a given name after the first
    or three words the last with the article, none a word of prose ("الشاب (نينوس منير)"; not "(منشآت وآليات)",
    "(مجهول الهوية)")."""
    bare = [_bare(w).strip("()") for w in words]
    if given_ar(bare[0])[0]:
        return True
    return len(bare) >= 2 and not bare[0].startswith("ال") and not _NOT_FIRST.match(bare[0]) \
        and not any(b in _NOT_NAME or b in _PERSON_NOUNS or b[:1] == "و" and not given_ar(b)[0] for b in bare) \
        and (any(given_ar(b)[0] for b in bare[1:]) or len(bare) >= 3 and bare[-1].startswith("ال"))


def _and_given(word: str) -> bool:
    """Is ``word`` "and" glued to a given name ("وهيثم", "وحسن"), not a given name that starts with و ("وليد")?"""
    return word[:1] == "و" and given_ar(word[1:])[0] and not given_ar(word)[0]



def split_names_ar(name: str) -> list[str]:
    """The names a run read as one holds: the nouns of who they were before them dropped (a given name has no
    article: "الأطفال الأشقاء ..."), and split at "و" glued to a given name ("ندى ومحمد ومدين يحيى أبو شنب": three
    children named before their father's and family's name). A name of one word with the article (a family's,
    "الحلبي") is kept as it is. (names25: ar-2021-10-landmine-13's lead, read as one name, withheld "للأطفال"
    as a part of it.)

    >>> split_names_ar("الأطفال الأشقاء ندى ومحمد ومدين يحيى أبو شنب")
    ['ندى', 'محمد', 'مدين يحيى أبو شنب']
    >>> split_names_ar("محمد حسين الزعبي"), split_names_ar("الحلبي")
    (['محمد حسين الزعبي'], ['الحلبي'])
    """
    words = name.split()
    if not words or not any(_bare(w).startswith("ال") for w in words[:1]) and not any(_and_given(_bare(w)) for w in words[1:]):
        return [name]
    while len(words) > 1 and _bare(words[0]).startswith("ال"):
        words = words[1:]
    out: list[list[str]] = [[]]
    for w in words:
        # (and a "و" word after a given name alone that a list has split off: "ومحمد ومدين ...", and Madyan)
        listed = len(out) > 1 and len(out[-1]) == 1 and _bare(w)[:1] == "و" and len(_bare(w)) > 3 \
            and not _bare(w).startswith("وال")
        if out[-1] and (_and_given(_bare(w)) or listed):
            out.append([w.strip(_QUOTE)[1:]])
        else:
            out[-1].append(w)
    return [" ".join(n) for n in out if n]
