"""Victims' names written bare, in English and Arabic, so that every public output withholds them.

The other finders read a name where the text says it is one ("identified as", "the child NAME",
"الشاب NAME", "NAME، من أبناء"); this one reads a name said with nothing around it:

* "Mohammad Khaled al-Hamoud was killed by ...", "Ahmad and Khaled al-Ali died",
* "قُتل محمد خالد الحمود برصاص ...", "استشهد أحمد العلي", "أدى إلى مقتل محمود حسن".

A name starts at a common given name (:mod:`geo.report.given_names`; "Abdul ..."/"عبد ..." too),
takes one to six more words of a name (articles counted in English) (capitalised in English, with al-/el-/bin/Abu; in
Arabic, words that are no preposition, verb or noun of report prose, as
:mod:`geo.report.arabic_names` cuts a run), and is read only in the sentence of a death or an
injury, near its word (killed, died, shot, مقتل، قُتل، استشهد، برصاص, ...). Two given names
joined by "and" ("Ahmad and Khaled al-Ali") are two names.

A run is no one's name when it is part of a longer proper noun (a capitalised word, or a place,
force or building noun, before it: "Tal Hamid", "Abu Kamal", "Deir Hafer", "مسجد عمر بن الخطاب",
"حركة نور الدين الزنكي"), when the gazetteer knows it as a place, when a unit, a building or a
speaker's title follows it ("Hamza Division", "Khaled bin al-Walid Mosque", "said"), or when it is a
public figure's (a head of state, a commander, SNHR's chairman: they are not victims). A false find
withholds a few words of a public sentence; a missed one prints a name, so the finder leans to
withholding, but the caller still keeps out a name that would withhold a word of the incident's
place (:func:`geo.report.reader.read_report`).

A name whose first word the lexicon lacks is read where a victim is named (names25): a chain, the
first word and the father's given name or the family name after it, as the subject of a death told in
the passive, its object, or with who the person is right after it ("Murhaf Ahmad al Dalloum was killed",
"قُتل مرهف أحمد محمد الدالوم", "Zakwan Tamma'a, born in 1977", "جود حسين العلي، يبلغ من العمر"); a
nickname there ("Abu Khaled", "أم محمد"); a relative after the noun of kinship ("Rand's brother
Huthaifah"); a family name alone near a death ("the al-Halli family", "عائلة الحلبي"). A faction's or a
place's run ("Hay'at Tahrir al Sham", "Jabal al Zaweya", "أبو كمال") is none.

>>> bare_names_en("Mohammad Khaled al-Hamoud was killed by a sniper in Daraa city.")
['Mohammad Khaled al-Hamoud']
>>> bare_names_en("Ahmad and Khaled al-Ali died of their wounds.")
['Ahmad', 'Khaled al-Ali']
>>> bare_names_en("Russian forces shelled Tal Hamid and Abu Kamal, killing two civilians.")
[]
>>> bare_names_ar("قُتل محمد خالد الحمود برصاص قناص في مدينة درعا")
['محمد خالد الحمود']
>>> bare_names_ar("أدى القصف إلى مقتل محمود حسن في بلدة دير حافر")
['محمود حسن']
"""

from __future__ import annotations

import re

from ..names import fold_arabic, normalise
from .arabic_names import _NOT_FIRST, _NOT_NAME as _NOT_NAME_AR, _PERSON_NOUNS
from .given_names import GIVEN_LATIN, given_ar
from .narration import _gazetteer

__all__ = ["bare_names_en", "bare_names_ar", "is_given_name"]

# -- English ---------------------------------------------------------------------------------------

_TOKEN_EN = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*|\d+|[^\sA-Za-z\u00C0-\u024F\d]")
# A word of death or injury: the name is a victim's only in such a sentence, near this word.
_DEATH_EN = re.compile(r"\b(?:kill(?:ed|ing|s)?|died|dies|death|dead|shot|sniped|wound(?:ed|s)?|injur(?:ed|ies|y)|"
                       r"martyr(?:ed|s)?|executed|execution|tortured?|assassinat(?:ed|ion)|slain|murder(?:ed)?|"
                       r"perished|bod(?:y|ies)|corpse|victims?|lost (?:his|her|their) li(?:fe|ves))\b", re.I)
# A given name alone is a victim's only as the subject or the object of the verb of the death.
_DEATH_VERB_AFTER = re.compile(r"^\s+(?:(?:had|has|was|were)\s+)?(?:died|killed|shot|wounded|injured|succumbed|executed|"
                               r"tortured to death|passed\s+away|perished|lost\s+(?:his|her)\s+life)\b")
_DEATH_VERB_BEFORE = re.compile(r"\b(?:killed|killing|kills|shot|wounded|injured|executed|"
                                r"(?:his|her|their)\s+(?:\w+\s+)?(?:son|daughter|brother|sister|wife|husband|mother|father|"
                                r"child|nephew|niece|cousin|uncle|aunt))\s+$")
_CAPITAL_AFTER = re.compile(r"^\s+(?:al-|el-)?[A-Z]")
_NEAR = 160  # characters between the name and the word of death, either side
# Who the person is, said right after the name ("Wael ..., born in 1984, from Bdama town, was arrested ...",
# "Ali ..., aged 23, from"): SNHR's form of a detainee's or victim's entry, a name however far the death is told.
_WHO_AFTER_EN = re.compile(r"^\s*(?:,\s*|\()(?:born\s+in\s+\d{4}|aged\s+\d{1,3}\b|\d{1,3}\s+years?\s+old)")
# ... or where the person is from, after a name of two words or more ("Muhammad Aaqeb Hammam Tannou, from Darat Ezza
# city ..., was arrested in October 2019"; a place is not "from" anywhere)
_FROM_AFTER_EN = re.compile(r"^\s*,\s*(?:(?:a|an)\s+[a-z][^,.;()]{0,80},\s*)?(?:originally\s+)?from\s+(?:the\s+)?[A-Za-z]")
# Particles inside a name ("Khaled bin al-Walid", "Mohammad Abu Zeid", "Abdul Rahman").
_PARTICLES_EN = frozenset({"bin", "ibn", "bint", "Bin", "Ibn", "Abu", "Abou", "Abo", "Abd", "Abdul", "Abdel", "Abdal",
                           "Abdoul", "Umm", "Um"})
_ARTICLE_EN = re.compile(r"^(?:al|el|Al|El|AL)(?:-|$)")
# Capitalised words that are no part of a person's name: days, months, who and what the text is about.
_NOT_NAME_EN = frozenset("""
The A An In On At By For From Of And Or But With To As After Before During Since Until When While Where Which Who
This That These Those His Her Their Its He She They It We Our
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Martyr Syria Syrian Syrians Arab Arabs Kurdish Kurd Kurds Russia Russian Turkey
Turkish Iran Iranian Iraq Iraqi Lebanon Lebanese Jordan Jordanian Israel Israeli American Coalition SNHR UN
Network Forces Force Army Council Nations Rapporteur Committee Defense Defence Helmets Regime Party Parties
Governorate Report Circular Security Human Rights Center Centre Civil Islamic State Democratic Kurdish Free
Government Ministry Police Intelligence Brigade Brigades Division Battalion Regiment Corps Front Movement Group
Faction Militia Militias Units Union Organization Organisation Agency Office Authority Authorities Hospital
Mosque School University Street Road Square Roundabout Camp Neighborhood Neighbourhood District Subdistrict
Village Town City Countryside Suburbs Area Region Province Farm Farms Dam Bridge Airport Base Prison Branch
Hall Bakery Market Gate Crossing Checkpoint Station Mountain Valley Plain Lake River Hill Highway Clinic
Company Factory Department Directorate Media Press News Agency Reuters AFP Day Sharia
Idlib Aleppo Hama Homs Daraa Damascus Raqqa Latakia Tartus Hasaka Hasakah Quneitra Suwayda Sweida Deir
""".split())
# A unit, a building or a place word right after the run (any case): it names that, not a person ("Hamza
# Division", "Khaled bin al-Walid Mosque", "Omar Mukhtar Street", "Salah al-Din neighborhood").
_AFTER_NOT_PERSON_EN = frozenset("""
Division Brigade Brigades Battalion Battalions Regiment Corps Front Movement Group Groups Faction Army Forces
Militia Units Gathering Legion Mosque School Hospital Street Road Square Roundabout Camp Neighborhood
Neighbourhood District Village Town City Farm Farms Dam Bridge Airport Base Prison Hall Bakery Market Gate
Crossing Checkpoint Station Mountain Hill Highway Clinic Institute University College Stadium Park Center
Centre Foundation Association Organization Organisation Company Dispensary Area Subdistrict Sub-district
Fighters Members Militants Personnel Elements Commanders
""".split())
# Speech after the run: a spokesman, a chairman, a witness speaks; a victim does not.
# (A title alone is no sign: "Among the victims were Omar Barakat, head of the Red Crescent".)
_SPEAKER_AFTER_EN = re.compile(r"^[\s,]*(?:said|says|stated|told|added|noted|explained|confirmed|reported|announced)\b")
# Public figures a report names beside a killing who are not its victims (heads of state, commanders,
# SNHR's chairman): their family name or well-known second name.
_PUBLIC_FIGURES = frozenset(normalise(w) for w in (
    "Assad", "Asad", "Sharaa", "Shara", "Jolani", "Julani", "Joulani", "Baghdadi", "Nasrallah", "Makhlouf",
    "Ghany", "Khamenei", "Abdi", "Qurashi", "Haftar", "Erdogan",
    "الأسد", "الاسد", "الشرع", "الجولاني", "البغدادي", "نصرالله", "مخلوف", "الغني", "عبدي", "خامنئي", "القرشي"))


def _given_en(word: str) -> bool:
    """Does ``word`` start a given name ("Mohammad", "Abdullah", "Abdul" before "Rahman")?"""
    word = re.sub(r"['’]s?$", "", word)
    return word in GIVEN_LATIN or bool(_ABD.fullmatch(word))


# "Abd", "Abdul", "Abdel" before the second word of the name; "Abdulrahman", "Abdelkarim" written as one.
_ABD = re.compile(r"Abd(?:ul|el|al|oul|ou|u|o)?|Abd(?:ul|el|al|ur|u)[a-z]{3,}")


def _name_word_en(word: str, nxt: str | None) -> bool:
    """Is ``word`` a word of a name after its first ("al-Hamoud", "bin", "Khaled"; "al" before a capital)?"""
    bare = re.sub(r"['’]s?$", "", word)
    if bare in _NOT_NAME_EN:
        return False
    if bare in _PARTICLES_EN or (_ARTICLE_EN.match(bare) and "-" in bare and len(bare) > 3):
        return True
    # (the article as said before a sun letter too: "Farhan Ramadan an Hartoush", "Ahmad ash Shami";
    # round 23's en-2021-05-landmine-23 printed "an Hartoush". Not "as" or "at": English words.)
    if bare in ("al", "el", "Al", "El", "an", "ad", "ar", "ash", "az") and nxt is not None and nxt[:1].isupper():
        return True
    return bare[:1].isupper() and bare[1:2].islower()


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("; ", 0, start))
    b = min((i for i in (text.find(". ", end), text.find("\n", end), text.find("; ", end)) if i >= 0),
            default=len(text))
    return a + 1, b


def _near_death(text: str, start: int, end: int) -> bool:
    lo, hi = _sentence_bounds(text, start, end)
    before = text[max(lo, start - _NEAR):start]
    after = text[end:min(hi, end + _NEAR)]
    return bool(_DEATH_EN.search(before) or _DEATH_EN.search(after))


def _a_place(words: list[str], after_in: bool = False) -> bool:
    """Does the gazetteer know these words, or their first two or more, by that exact name? After "in",
    "at", "near" ("في", "قرب") the first word alone too: many villages bear a given name ("in Jasim", "في
    جاسم"), but a name is seldom told after these."""
    gaz = _gazetteer()
    if gaz is None:
        return False
    return any(gaz.names_by_norm(normalise(" ".join(words[:k]))) for k in range(len(words), 0 if after_in else 1, -1))


# Prepositions a place is told after, not a victim's name.
_PLACE_PREPOSITION_EN = frozenset({"in", "at", "near", "into", "outside", "around", "toward", "towards"})
_PLACE_PREPOSITION_AR = frozenset(fold_arabic(w) for w in "في قرب بالقرب نحو داخل محيط أطراف اطراف باتجاه".split())


def bare_names_en(text: str) -> list[str]:
    """The victims' names ``text`` writes bare, each in the sentence of a death or injury.

    >>> bare_names_en("Mohammed al-Hassan, 40, was shot dead; Hassan's family said")
    ['Mohammed al-Hassan']
    >>> bare_names_en("Fadel Abdul Ghany, chairman of SNHR, said the killing of civilians")
    []
    """
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_EN.finditer(text or "")]
    out: list[str] = []
    i = 0
    while i < len(toks):
        start, _, word = toks[i]
        if not _given_en(word) or not _starts_name_en(toks, i, text):
            i += 1
            continue
        j = i + 1
        run = [i]
        while j < len(toks) and len(run) < 7 and not re.search(r"['’]s$", toks[j - 1][2]) and \
                _name_word_en(toks[j][2], toks[j + 1][2] if j + 1 < len(toks) else None):
            run.append(j)
            j += 1
        while run and toks[run[-1]][2] in _PARTICLES_EN | {"al", "el", "Al", "El"}:
            run.pop()  # ("Mohammad bin" before a line break: the particle names no one)
            j -= 1
        names: list[int] = []
        if len(run) >= 2 and not _given_en(toks[run[-1]][2]) or len(run) >= 3:
            names = [run]
        elif len(run) == 1 and j + 1 < len(toks) and toks[j][2] in ("and", ",") and _given_en(toks[j + 1][2]):
            names = [run]  # "Ahmad and Khaled al-Ali": the first of two given names, alone
        elif len(run) == 2 and _given_en(toks[run[1]][2]) and toks[run[1]][2] not in _PARTICLES_EN:
            names = [run]  # "Mohammad Ali" (a given name and a father's given name)
        elif len(run) == 1 and (_DEATH_VERB_AFTER.match(text[toks[i][1]:]) or
                                _DEATH_VERB_BEFORE.search(text[:start]) and not _CAPITAL_AFTER.match(text[toks[i][1]:])):
            # a given name alone as the subject or the object of the death, or after a relative's noun:
            # "Ali had died", "killed Khaled instantly", "killed Fatima ... and her daughter Maryam"
            names = [run]
        end = toks[run[-1]][1]
        nxt = toks[j][2] if j < len(toks) else ""
        words = [re.sub(r"['’]s?$", "", toks[k][2]) for k in run]
        if names and (nxt.capitalize() in _AFTER_NOT_PERSON_EN or (nxt[:1].isupper() and nxt not in _NOT_NAME_EN
                                                       and len(run) == 7)
                      or _SPEAKER_AFTER_EN.match(text[end:end + 40])
                      or any(normalise(w) in _PUBLIC_FIGURES for w in words[1:])
                      or not (_near_death(text, start, end) or _WHO_AFTER_EN.match(text[end:])
                              or len(run) >= 2 and _FROM_AFTER_EN.match(text[end:]))
                      or _a_place(words, after_in=i > 0 and toks[i - 1][2] in _PLACE_PREPOSITION_EN)):
            names = []
        for run_ in names:
            name = " ".join(re.sub(r"['’]s?$", "", toks[k][2]) for k in run_)
            if name not in out:
                out.append(name)
        i = j
    for name in _unlisted_names_en(text, toks) + _family_names_en(text) + _bracketed_names_en(text) + _owners_en(text):
        if not any(name in n for n in out):
            out = [n for n in out if n not in name] + [name]
    return out


# -- names the lexicon does not start (names25) -------------------------------------------------------

# A victim's slot, the words before or after a run: the subject of a death told in the passive ("..., a
# 13-year-old boy, was killed", "had died"), its object ("killing X", "the death of X"). (An active verb
# after a run, "X killed", "X executed him", tells its perpetrator: "Hay'at Tahrir al Sham executed him".)
_PASSIVE_DEATH_AFTER_EN = re.compile(
    r"^\s*(?:,[^,.;]{1,80},\s*)?(?:(?:had|has)\s+)?(?:died|succumbed|passed\s+away|perished|"
    r"lost\s+(?:his|her|their)\s+li(?:fe|ves)|breathed\s+(?:his|her)\s+last|(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:shot|killed|executed|tortured|found\s+dead|sniped|assassinated|wounded|injured|slain|murdered))\b")
_OBJECT_OF_DEATH_BEFORE_EN = re.compile(
    r"\b(?:killing|killed|shot\s+dead|[Tt]he\s+(?:killing|death|murder|assassination|execution|body)\s+of)\s+$")
# Capitalised words of a headline, no name's: numbers and who was killed ("Four Civilians were killed").
_HEADLINE_WORDS = frozenset("""
One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Dozens Hundreds Thousands Several Many Civilian
Civilians Child Children Boy Boys Girl Girls Woman Women Man Men People Persons Individuals Victims Brothers Sisters
Family Families Member Members Fighter Fighters Worker Workers Activist Activists Journalist Journalists Detainee
Detainees Soldier Soldiers Personnel Volunteer Volunteers Doctor Doctors Nurse Nurses Refugee Refugees Residents
Citizens Shepherd Shepherds Farmer Farmers Mother Father Son Daughter Brother Sister Student Students Teacher
""".split())
# A noun of kinship with whose relative it is right before a run: "Rand's brother", "his son", "their cousin".
_KIN_BEFORE_EN = re.compile(r"(?:['’]s|\b(?:his|her|their))\s+(?:[a-z]+\s+)?(?:son|daughter|brother|sister|wife|husband|mother|"
                            r"father|child|nephew|niece|cousin|uncle|aunt)\s+$")
# Nicknames: "father of" / "mother of" and a given name ("Abu Khaled", "Umm Ahmad").
_KUNYA_EN = frozenset({"Abu", "Abou", "Abo", "Umm", "Um", "Om"})
# Words of a faction's or a place's name that start a run no person's name starts ("Hay'at Tahrir al Sham",
# "Failaq al Sham", "Jabal al Zaweya", "Kafr Takhareem", "Ras al Ein").
_NOT_PERSON_HEAD_EN = frozenset("""
Hay'at Hay’at Hayat Hayaat Tahrir Failaq Faylaq Jaysh Jaish Liwa Liwaa Katibat Kataib Harakat Jabhat Firqat Ferqat
Ahrar Saraya Ansar Nusra Hezbollah Hizbullah Daesh Quds Fatah Fateh Jund Junud Tajammu Asayish Asayesh
Jabal Jebel Tal Tell Kafr Kfar Deir Ras Ain Jisr Khan Wadi Bab Beit Sheikh Shaikh Qasr Hayy Harat Mazraat Mazra'at
Maarat Ma'arat Marat Tall Bir Bi'r Sahl Rif Reef Rural Ghouta Badiya Badia Suq Souq Jami Masjid
Radio Channel Television TV Magazine Newspaper Orient Enab Baladi Shaam Sham
Commander Colonel General Brigadier Major Captain Lieutenant Sergeant Officer Dr Doctor Engineer Mayor Judge Imam
Minister President Prince Emir Director Head Chief Activist Journalist Photographer Reporter Nurse Teacher Lawyer
Paramedic Volunteer Citizen Mukhtar Sayyid Haj Hajj
""".split())


# A victim named in apposition right after who was killed: "Another civilian reportedly killed, <name>, was reportedly
# displaced from Maarat al-Numan" (en-2022-08-massacre-54; rounds 52 and 54, after their measurement: fix5254)
_KILLED_APPOSITION_BEFORE_EN = re.compile(r"\b(?:civilian|man|woman|child|boy|girl|victim|person|youth|teenager)\s+"
                                          r"(?:who\s+was\s+)?(?:(?:reportedly|also|allegedly)\s+)?(?:killed|shot\s+dead|"
                                          r"executed)\s*,\s*$", re.I)


def _killed_apposition(text: str, start: int, end: int) -> bool:
    """Is the run at ``text[start:end]`` set off by commas right after who was killed ("Another civilian reportedly
    killed, <name>, was ...")?"""
    return bool(_KILLED_APPOSITION_BEFORE_EN.search(text[max(0, start - 80):start])) and text[end:end + 1] == ","


def _slot_en(text: str, start: int, end: int) -> bool:
    """Is the run at ``text[start:end]`` where a victim is named: the subject of a death in the passive, its
    object, or who the person is right after it (born in, aged, from)?"""
    after = text[end:end + 120]
    return bool(_PASSIVE_DEATH_AFTER_EN.match(after) or _OBJECT_OF_DEATH_BEFORE_EN.search(text[max(0, start - 60):start])
                or _WHO_AFTER_EN.match(after) or _FROM_AFTER_EN.match(after)
                or _killed_apposition(text, start, end))


def _not_a_person_en(text: str, toks, i: int, j: int, words: list[str], whole: bool = False) -> bool:
    """The guards of :func:`bare_names_en` on the run ``toks[i:j]``: a unit or a building after it, a
    speaker, a public figure, a faction or a place by the gazetteer."""
    from ..force import UnknownForce, parse_force  # noqa: PLC0415

    nxt = toks[j][2] if j < len(toks) else ""
    end = toks[j - 1][1]
    if nxt.capitalize() in _AFTER_NOT_PERSON_EN or _SPEAKER_AFTER_EN.match(text[end:end + 40]):
        return True
    if any(normalise(w) in _PUBLIC_FIGURES for w in words) or any(w in _NOT_PERSON_HEAD_EN for w in words):
        return True
    try:
        if parse_force(" ".join(words)).code != "UNKNOWN":
            return True
    except UnknownForce:  # (no force named: the usual case)
        pass
    if whole:  # (a nickname and a family name: "Abu Hassan al-Halabi", though a village is called "Abu Hassan")
        gaz = _gazetteer()
        return gaz is not None and bool(gaz.names_by_norm(normalise(" ".join(words))))
    return _a_place(words, after_in=i > 0 and toks[i - 1][2] in _PLACE_PREPOSITION_EN)


def _unlisted_names_en(text: str, toks) -> list[str]:
    """Names whose first word the lexicon lacks, in a victim's slot (:func:`_slot_en`):

    * a chain, a first word and the father's given name or the family name after it: "Murhaf Ahmad al
      Dalloum was killed", "killing Nour al Din Ayesh al Ali";
    * any run of two or more words of a name with who the person is right after it: "Zakwan Tamma'a,
      born in 1977, from Ariha city, ... died";
    * a nickname, "Abu"/"Umm" and a given name: "Abu Khaled was shot dead", "the killing of Umm Ahmad";
    * a relative after the noun of kinship, in the sentence of a death: "named as ..., Rand's brother
      Huthaifah, were killed".

    >>> _unlisted_names_en("Murhaf Ahmad al Dalloum was killed by a landmine.", None)
    ['Murhaf Ahmad al Dalloum']
    >>> _unlisted_names_en("Russian warplanes killed civilians in Jabal al Zaweya and Abu Kamal.", None)
    []
    """
    if toks is None:
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_EN.finditer(text or "")]
    out: list[str] = []
    i = 0
    while i < len(toks):
        word = re.sub(r"['’]s?$", "", toks[i][2])
        kunya = word in _KUNYA_EN and i + 1 < len(toks) and _given_en(toks[i + 1][2])
        if not (kunya or (word[:1].isupper() and word[1:2].islower() and not _given_en(word)
                          and word not in _NOT_NAME_EN and word not in _PARTICLES_EN
                          and not _ARTICLE_EN.match(word))) or not _starts_name_en(toks, i, text):
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(toks) and len(run) < 6 and not re.search(r"['’]s$", toks[j - 1][2]) and \
                _name_word_en(toks[j][2], toks[j + 1][2] if j + 1 < len(toks) else None):
            run.append(j)
            j += 1
        while run and toks[run[-1]][2] in _PARTICLES_EN | {"al", "el", "Al", "El"}:
            run.pop()
            j -= 1
        words = [re.sub(r"['’]s?$", "", toks[k][2]) for k in run]
        bare = [w for w in words if w not in ("al", "el", "Al", "El")]
        # (the father's given name or the family name with its article after the first word)
        chain = any(_given_en(w) for w in bare[1:]) or any(
            _ARTICLE_EN.match(toks[k][2]) or toks[k][2] in ("al", "el") for k in run[1:])
        start, end = toks[run[0]][0], toks[run[-1]][1]
        after = text[end:end + 120]
        # (two words of a name or more as the subject of a death told in the passive are a name, chain or not:
        # "Zakwan Tamma'a was killed"; places, factions and forces are not killed)
        # (names35: and as the object of a death, or with where the person is from right after it, chain or not:
        # "killed Zaher Kanjo", "the killing of Zaher Kanjo", "Zaher Kanjo, from Kafr Nabl, ..."; a place is not
        # killed nor from anywhere, and the gazetteer and the guards below keep out a place's or a faction's run)
        ok = len(bare) >= 2 and (((kunya or chain) and _slot_en(text, start, end)) or _WHO_AFTER_EN.match(after)
                                 or (_PASSIVE_DEATH_AFTER_EN.match(after) or _FROM_AFTER_EN.match(after)
                                     or _OBJECT_OF_DEATH_BEFORE_EN.search(text[max(0, start - 60):start])
                                     and "\n" not in text[start:end] or _killed_apposition(text, start, end))
                                 and not any(w in _HEADLINE_WORDS for w in bare))
        # a relative named after the noun of kinship, in the sentence of a death: "Rand's brother Huthaifah"
        ok = ok or bool(_KIN_BEFORE_EN.search(text[max(0, start - 60):start]) and _near_death(text, start, end))
        if ok and not _not_a_person_en(text, toks, i, j, words, whole=kunya and len(bare) >= 3):
            name = " ".join(words)
            if name not in out:
                out.append(name)
        i = j if j > i + 1 else i + 1
    return out


# "the al-Halli family", "the Othman family", "from Al Zubi family": the family name of victims, in the sentence of
# their death. Without the article, not a nationality, a faith or a word of prose ("the Turkistani family", "the
# Syrian family", "Entire family" at a sentence's start: there only with "the").
_FAMILY_EN = re.compile(r"(?:\b(?P<the>[Tt]he)\s+)?(?<![\w'’-])(?P<name>(?:(?:al|el|Al|El)[- ])?[A-Z][a-z][\w'’-]*)"
                        r"\s+famil(?:y|ies)\b")
_NOT_FAMILY_EN = frozenset("""
Turkistani Turkestani Uyghur Uighur Turkmen Turkoman Chechen Afghan Pakistani Palestinian Iraqi Lebanese Jordanian
Egyptian Sudanese Somali Libyan Tunisian Moroccan Algerian Saudi Yemeni Kuwaiti Emirati Qatari Iranian Afghani
Armenian Assyrian Circassian Yazidi Ezidi Bedouin Christian Muslim Alawite Alawi Druze Sunni Shia Shiite Ismaili
European American British French German Russian Turkish Kurdish Arab Syrian Foreign Royal Entire Whole Same Displaced
Poor Large Big Small Extended Host Another Other Each Every One Two Three Four Five Six Seven Eight Nine Ten Whose
Both Such Some Many Most Several Whole Nuclear Single Victim Victims Martyr Martyrs
""".split())


def _family_names_en(text: str) -> list[str]:
    """Family names told alone, "the al-Halli family", "the Othman family", near a death.

    >>> _family_names_en("Shells hit the home of the al-Halli family, killing five of them.")
    ['al-Halli']
    >>> _family_names_en("a rocket hit a car, killing three civilians from the Othman family")
    ['Othman']
    >>> _family_names_en("the al-Assad family ruled Syria")
    []
    >>> _family_names_en("Warplanes bombed a house where a Turkistani family lived, killing five.")
    []
    """
    out: list[str] = []
    for m in _FAMILY_EN.finditer(text or ""):
        name = m.group("name")
        word = re.sub(r"^(?:al|el|Al|El)[- ]", "", name)
        if word == name and (word in _NOT_FAMILY_EN or word in _NOT_NAME_EN or word in _HEADLINE_WORDS
                             or re.search(r"['’]s?$", word) or word in _NOT_PERSON_HEAD_EN
                             or not m.group("the") and _at_sentence_start(text, m.start("name"))):
            continue  # (a possessive, "Mohammad's family", is the given name's: the finders of a person read it)
        if normalise(word) in _PUBLIC_FIGURES or not _near_death(text, m.start(), m.end()) or _a_place([name]):
            continue
        names = [name]
        # (two families: "the Kanjo and Hamoud families", the first named before "and")
        first = re.search(r"\bthe\s+((?:(?:al|el|Al|El)[- ])?[A-Z][a-z][\w'’-]*)\s+and\s+$", text[:m.start("name")])
        if m.group(0).endswith("families") and first:
            other = re.sub(r"^(?:al|el|Al|El)[- ]", "", first.group(1))
            if not (other in _NOT_FAMILY_EN or other in _NOT_NAME_EN or other in _HEADLINE_WORDS
                    or normalise(other) in _PUBLIC_FIGURES or _a_place([first.group(1)])):
                names.insert(0, first.group(1))
        out += [n for n in names if n not in out]
    return out


# A name in brackets right after a noun of who the person was (names40): "A young man (Ninos Moneer) was killed in the
# bombardment", "the victim (Ahmad al Hasan, 12)". The noun says the brackets hold a person; a unit, a party, a place,
# a date or a number in brackets is none ("(HTS)", "(SDF)", "(C1250)", "(Idlib)", "(2012)"): all capitals, digits and
# a faction's, a force's or a place's words are no name's.
_BRACKETED_NAME_EN = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:man|woman|boy|girl|child|baby|infant|civilian|resident|victim|youth|teenager|student|farmer|shepherd|worker|"
    r"doctor|nurse|paramedic|activist|journalist|driver|detainee|father|mother|brother|sister|son|daughter|wife|husband)"
    r"\s*\(\s*(?P<name>[^()\d,;:]{2,80}?)\s*(?:,\s*(?:aged\s+)?\d{1,3}[^()]{0,20})?\)")


def _bracketed_names_en(text: str) -> list[str]:
    """Names in brackets after a noun of who the person was (:data:`_BRACKETED_NAME_EN`): two words of a name or
    more, or a common given name alone.

    >>> _bracketed_names_en("A young man (Ninos Moneer) was killed in the bombardment")
    ['Ninos Moneer']
    >>> _bracketed_names_en("a fighter of Hay'at Tahrir al Sham (HTS) killed a civilian (Idlib) in the area (C1250)")
    []
    """
    out: list[str] = []
    for m in _BRACKETED_NAME_EN.finditer(text or ""):
        toks = [(m.start("name") + t.start(), m.start("name") + t.end(), t.group())
                for t in _TOKEN_EN.finditer(m.group("name"))]
        words = [t[2] for t in toks]
        if not 1 <= len(words) <= 6 or not (words[0][:1].isupper() and words[0][1:2].islower()):
            continue
        if not all(_name_word_en(w, words[k + 1] if k + 1 < len(words) else None) for k, w in enumerate(words[1:], 1)):
            continue
        if words[0] in _NOT_NAME_EN or words[0] in _HEADLINE_WORDS or (len(words) == 1 and not _given_en(words[0])):
            continue
        if _not_a_person_en(text, toks, 0, len(toks), words, whole=True):
            continue
        name = " ".join(words)
        if name not in out:
            out.append(name)
    return out


# The owner of what was hit or used (names40): "a black Avanti owned by Abdullah al Sayyed Ahmad al Najm, which had
# been confiscated", "the house belonging to Mohammad al Ali". A private person's name is personal data as a
# victim's is, though no victim's: a run of two words of a name or more ("belonging to" only from a common given name:
# "belonging to Ahrar al Sham" is a faction's).
# (and the home of a person struck: "warplanes struck the house of Sheikh Daham Ka’a-ishish in the village of al Ghazli",
# en-2016-10-massacre-38, a title before the name)
_OWNER_EN = re.compile(r"\b(?P<verb>owned\s+by|belong(?:ing|s|ed)\s+to|(?:the\s+)?property\s+of|"
                       r"(?:house|home|shop|farm|car)s?\s+of)\s+(?:(?:Sheikh|Shaikh|Haj|Hajj|Dr\.?|Mr\.?|Mrs\.?|Mukhtar)\s+)?"
                       r"(?=[A-Z])")


def _owners_en(text: str) -> list[str]:
    """Names of the owners of what a text tells was hit or used (:data:`_OWNER_EN`).

    >>> _owners_en("a black Avanti owned by Abdullah al Sayyed Ahmad al Najm, which had been confiscated")
    ['Abdullah al Sayyed Ahmad al Najm']
    >>> _owners_en("warplanes struck the house of Sheikh Daham Ka’a-ishish in the village of al Ghazli")
    ['Daham Ka’a-ishish']
    >>> _owners_en("a depot owned by Hay'at Tahrir al Sham, and a car belonging to Russian forces")
    []
    """
    out: list[str] = []
    for m in _OWNER_EN.finditer(text or ""):
        toks = [(t.start(), t.end(), t.group()) for t in _TOKEN_EN.finditer(text, m.end(), min(len(text), m.end() + 120))]
        run = [0]
        while len(run) < 7 and run[-1] + 1 < len(toks) and not re.search(r"['’]s$", toks[run[-1]][2]) and _name_word_en(
                toks[run[-1] + 1][2], toks[run[-1] + 2][2] if run[-1] + 2 < len(toks) else None):
            run.append(run[-1] + 1)
        while run and toks[run[-1]][2] in _PARTICLES_EN | {"al", "el", "Al", "El", "an", "ad", "ar", "ash", "az"}:
            run.pop()
        words = [re.sub(r"['’]s?$", "", toks[k][2]) for k in run]
        if len(words) < 2 or words[0] in _NOT_NAME_EN or words[0] in _HEADLINE_WORDS or words[0] in _PARTICLES_EN \
                or m.group("verb").startswith("belong") and not _given_en(words[0]):
            continue
        if _not_a_person_en(text, toks, 0, len(run), words, whole=True):
            continue
        name = " ".join(words)
        if name not in out:
            out.append(name)
    return out


def _at_sentence_start(text: str, at: int) -> bool:
    """Is ``text[at]`` the first word of a sentence or a line (capitalised whatever it is)?"""
    return not text[:at].strip() or bool(re.search(r"[.!?:;\n\"“(]\s*$", text[:at]))


def is_given_name(word: str) -> bool:
    """Is ``word`` a common given name or a particle of names, in either script, with or without the
    article ("Ahmad", "al-Ahmad", "أحمد", "bin", "عبد"), not a family name of its own ("Shaheen")?

    >>> is_given_name("al-Ahmad"), is_given_name("محمد"), is_given_name("Shaheen")
    (True, True, False)
    """
    bare = re.sub(r"^(?:al|el|Al|El)[- ]|^ال(?=..)", "", word.strip(".,’'\"()"))
    return (_given_en(bare) or bare in _PARTICLES_EN or given_ar(bare)[0] or given_ar(word)[0]
            or bare in ("عبد", "أبو", "ابو", "بن", "بنت", "أم", "ام"))


def _starts_name_en(toks, i: int, text: str | None = None) -> bool:
    """Is token ``i`` where a name begins, not inside a longer proper noun ("Tal Hamid", "al-Hassan")? (A
    line break is no token: with ``text``, a name at the start of a line after a title that ends with a
    proper noun begins there.)"""
    if i == 0 or text is not None and "\n" in text[toks[i - 1][1]:toks[i][0]]:
        return True
    prev = toks[i - 1][2]
    if prev in (".", "\n", ";", ":", "(", ",", "\"", "“", "”", "'", "-", "–", "—"):
        return True
    if prev == "of" and i >= 2 and toks[i - 2][2][:1].islower():
        return True  # "the killing of Rashid Bakr", "the body of ...": after a common noun (not "Army of ...")
    if prev[:1].isupper() or _ARTICLE_EN.match(prev) or prev in ("of", "de"):
        # a capitalised word before it, mid-sentence: a longer name ("Tal Hamid", "Abu Kamal", "Sheikh
        # Maqsoud"); at a sentence's start ("The", "A") it may still begin a name
        return prev in ("The", "A", "And", "But") and (i < 2 or toks[i - 2][2] in (".", "\n", ";"))
    return True


# -- Arabic ----------------------------------------------------------------------------------------

_DIACRITICS_AR = re.compile("[\u064B-\u065F\u0640\u0670]")
_TOKEN_AR = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0640\u0670]+|\d+|[^\s\u0621-\u064A\u0671-\u06D3]")


def _folded_words_re(words: str) -> re.Pattern:
    """A pattern of ``words`` (and "و"/"ف" before them) as :func:`_key_ar` leaves a word: folded, so
    "وفاة" and "إصابة" match their keys "وفاه" and "اصابه" (written unfolded, they never did)."""
    return re.compile(r"^[وف]?(?:" + "|".join(sorted({fold_arabic(w) for w in words.split()}, key=len, reverse=True))
                      + r")$")


# Words of death or injury ("قُتل", "مقتل", "استشهد", "برصاص", "إصابة"), compared without tashkeel.
_DEATH_AR = _folded_words_re("""
قتل قتلت قتلوا قتلا مقتل لمقتل ومقتل مصرع استشهد استشهدت استشهدوا استشهاد توفي توفيت وفاة أصيب اصيب
أصيبت اصيبت إصابة اصابة جرح جرحى برصاص رصاص اغتيال اغتيل أعدم اعدم إعدام اعدام تعذيب التعذيب جثة
جثمان حتفه حتفها الضحية ضحية قنص بقنص قناص القتيل قتيل شهيد الشهيد
""")
# A death verb right before an ambiguous given name ("قُتل حسن ...", but "بشكل حسن"): the name's own verb.
_VERB_BEFORE_AR = _folded_words_re("""
قتل قتلت مقتل لمقتل مصرع استشهد استشهدت استشهاد توفي توفيت وفاة أصيب اصيب أصيبت اصيبت إصابة اصابة
اغتيال اغتيل إعدام اعدام أعدم اعدم قنص الضحية ضحية بينهم منهم
""")
_NEAR_AR = 7  # words between the name and the word of death, either side
# Nouns of a place, a force or a building before a given name: it names that, not a person ("تل حميد",
# "أبو كمال", "مسجد عمر بن الخطاب", "حركة نور الدين الزنكي", "كتائب عبد الله عزام").
_BEFORE_NOT_PERSON_AR = frozenset(fold_arabic(w) for w in """
تل تلة دير خان كفر عين جبل أبو ابو أم ام بيت رأس راس جسر معرة مزرعة مزارع قصر حي وادي قرية بلدة مدينة مخيم
شارع دوار ساحة جامع مسجد مدرسة مشفى مستشفى لواء ألوية فرقة كتيبة كتائب جيش حركة فيلق تجمع جبهة أحرار سرايا فصيل
قوات بن ابن بنت شيخ الشيخ ناحية منطقة سوق بوابة معبر سد مطار مركز مقر عائلة آل أسرة الرئيس رئيس السلطان سلطان
الإمام الامام الصحابي سيدنا النبي حاجز طريق اوتوستراد أوتوستراد نهر بئر بير ضيعة حارة جبال تلال كلية جامعة معهد
مؤسسة منظمة عشيرة قبيلة قائد القائد زعيم الزعيم المتحدث العميد اللواء العقيد النقيب الرائد المقدم
""".split())
# Words after the run that say it names a speaker or a leader, not a victim.
_SPEAKER_AFTER_AR = frozenset(fold_arabic(w) for w in """
قال وقال قالت أكد وأكد صرح وصرح أضاف وأضاف أشار وأشار أوضح وأوضح رئيس مدير قائد وزير المتحدث زعيم مؤسس
""".split())
# Words that end a run besides those of arabic_names: time, numbers said as words, nouns of report prose.
_STOP_AR = frozenset(fold_arabic(w) for w in """
يوم اليوم أمس امس غدا صباح صباحا مساء مساء ليلة ليل فجر ظهر عصر الأحد الاثنين الإثنين الثلاثاء الأربعاء
الخميس الجمعة السبت وهو وهي وهم كل بعض جميع عدد شخص شخصين شخصا مدني مدنيا مدنيين طفل طفلا طفلين أطفال
امرأة سيدة رجل شاب شابا عنصر عناصر مقاتل مقاتلين جندي جنود ضابط مسلحين مسلح قناص قوات القوات الجيش نظام النظام
أدى ادى أدت ادت أسفر اسفر أسفرت اسفرت أودى أودت وقع وقعت تعرض تعرضت نفذ نفذت قام قامت استهدف استهدفت عثر
وجد وجدت فارق فارقت نجا نجت بقي بقيت ظل ظلت
بجروح بجراح جروح جراح بطلق بطلقة طلق بقذيفة قذيفة بلغم لغم بانفجار انفجار بغارة غارة بشظايا شظايا بنيران نيران
نفسه نفسها عاما عام سنة سنوات شهر شهرا أشهر أيام يوما ساعة ساعات واحد اثنين ثلاثة أحد آخرين اخرين قرب بالقرب
""".split())
_NOT_NAME_AR_F = frozenset(fold_arabic(w) for w in _NOT_NAME_AR)
_PERSON_NOUNS_F = frozenset(fold_arabic(w) for w in _PERSON_NOUNS)
# "علي" as the preposition "على" typed with a dot ("قُتل علي يد ..."): the word after it says so.
_ALA_AFTER = frozenset(fold_arabic(w) for w in "يد أيدي ايدي إثر اثر قيد حساب خلفية مقربة بعد مسافة طريق وقع أثر "
                                               "الأقل الاقل".split())


def _key_ar(word: str) -> str:
    return fold_arabic(_DIACRITICS_AR.sub("", word))


_SAYYID = fold_arabic("السيد")


def _word_of_name_ar(word: str) -> bool:
    """Can ``word`` continue a name ("خالد", "الحمود", "بن", "عبد")? Not a preposition, a verb, a noun of
    report prose, a conjunction's "و" or a word with a prefix and a pronoun ("بالقصف", "والده")."""
    key = _key_ar(word)
    if not key or key.isdigit() or len(key) < 2:
        return False
    if key in _NOT_NAME_AR_F or key in _STOP_AR or key in _PERSON_NOUNS_F or _DEATH_AR.match(key):
        return False
    if key[:1] == "و" and not given_ar(word)[0] and key not in ("وليد",):
        return False
    return not _NOT_FIRST.match(_DIACRITICS_AR.sub("", word))


def _is_word_ar(tok: str) -> bool:
    return bool(re.match(r"[\u0621-\u064A\u0671-\u06D3]", tok))


def bare_names_ar(text: str) -> list[str]:
    """The victims' names ``text`` writes bare in Arabic, each near a word of death or injury.

    >>> bare_names_ar("استشهد أحمد العلي وخالد الحسين جراء القصف")
    ['أحمد العلي', 'خالد الحسين']
    >>> bare_names_ar("قُتل مدني على يد عناصر من حاجز خان شيخون، وقصفت قوات النظام تل حميد")
    []
    """
    toks = [m.group() for m in _TOKEN_AR.finditer(text or "")]
    out: list[str] = []
    i = 0
    name_end = -1  # where the last name found ends: "و" + a given name after it is the next name
    while i < len(toks):
        word = toks[i]
        conj = False
        given, ambiguous = given_ar(word)
        if not given and _key_ar(word)[:1] in ("و", "ف") and len(_key_ar(word)) > 2:
            given, ambiguous = given_ar(word[1:])
            conj = given
        abd = _key_ar(word).lstrip("وف") in ("عبد",) and i + 1 < len(toks) and _is_word_ar(toks[i + 1])
        second = name_end >= 0 and (i == name_end or i == name_end + 1 and toks[name_end] in ("،", ","))
        if not (given or abd) or not _starts_name_ar(toks, i, (conj or abd) and second, ambiguous):
            i += 1
            continue
        first = word[1:] if conj or abd and _key_ar(word) != "عبد" else word
        run = [_DIACRITICS_AR.sub("", first)]
        j = i + 1
        if abd:  # "عبد الله", "عبد الرحمن": one given name of two words
            run[-1] += " " + _DIACRITICS_AR.sub("", toks[j])
            j += 1
        if _key_ar(run[0]) == fold_arabic("علي") and j < len(toks) and _key_ar(toks[j]) in _ALA_AFTER:
            i += 1
            continue
        # ("السيد", Mr., before a name is a noun of who someone was; after a given name it is a family name:
        # "مقتل حامد الدهيدي وماهر السيد أحبش" had printed "ماهر السيد"; round 25, ar-2022-03-landmine-25)
        while j < len(toks) and len(run) < 4 and _is_word_ar(toks[j]) and (
                _word_of_name_ar(toks[j]) or _key_ar(toks[j]) == _SAYYID):
            if _key_ar(toks[j]) == "عبد" and j + 1 < len(toks) and _is_word_ar(toks[j + 1]):
                run.append(_DIACRITICS_AR.sub("", toks[j]) + " " + _DIACRITICS_AR.sub("", toks[j + 1]))
                j += 2
                continue
            run.append(_DIACRITICS_AR.sub("", toks[j]))
            j += 1
        while len(run) > 1 and _key_ar(run[-1]) in ("بن", "ابن", "بنت", "ابو", "ام"):
            run.pop()
            j -= 1
        # the first of two given names joined by "و": "أحمد وخالد العلي"
        alone = len(run) == 1 and j < len(toks) and _key_ar(toks[j])[:1] == "و" and given_ar(toks[j][1:])[0]
        if (len(run) >= 2 or alone) and not _rejected_ar(toks, i, j, run):
            name = " ".join(run)
            if name not in out:
                out.append(name)
            name_end = i + 1 if alone else j
        i = j if j > i + 1 and not alone else i + 1
    for name in (_unlisted_names_ar(toks) + _family_names_ar(toks) + _heads_of_family_ar(toks) + _death_frame_names_ar(toks)
                 + _described_names_ar(toks)):
        if not any(name in n for n in out):
            # (a longer name that holds one found: "مرهف أحمد الدالوم" over "أحمد الدالوم")
            out = [n for n in out if n not in name] + [name]
    return out


def _starts_name_ar(toks: list[str], i: int, conj: bool, ambiguous: bool) -> bool:
    prev = toks[i - 1] if i > 0 else ""
    if not conj and _key_ar(prev) in _BEFORE_NOT_PERSON_AR:
        return False
    if ambiguous:
        # "قُتل حسن ...", "وحسن ..." after a name: a given name that is also a word of prose starts a
        # name only right after the verb of the death or as the second of two names
        return conj or bool(_VERB_BEFORE_AR.match(_key_ar(prev)))
    return True


def _rejected_ar(toks: list[str], i: int, j: int, run: list[str]) -> bool:
    """Is the run no victim's name: far from any word of death, a speaker's, a public figure's, a place?"""
    near: list[str] = []
    for step, k in ((-1, i - 1), (1, j)):
        words = 0
        # (the words of the same sentence either side, punctuation not counted: "محمد الغول، وحذيفة
        # المنظوري، ومحمود الغوراني، قُتلوا")
        while 0 <= k < len(toks) and words < _NEAR_AR and toks[k] not in (".", "؛", "\n", ":"):
            if _is_word_ar(toks[k]):
                near.append(_key_ar(toks[k]))
                words += 1
            k += step
    if not any(_DEATH_AR.match(w) for w in near if w):
        return True
    if j < len(toks) and _key_ar(toks[j]) in _SPEAKER_AFTER_AR:
        return True
    if any(normalise(w) in _PUBLIC_FIGURES or fold_arabic(w) in _PUBLIC_FIGURES for w in run[1:]):
        return True
    prev = _DIACRITICS_AR.sub("", toks[i - 1]) if i > 0 and _is_word_ar(toks[i - 1]) else None
    return _a_place(run, after_in=prev is not None and fold_arabic(prev) in _PLACE_PREPOSITION_AR) or (
        prev is not None and _a_place([prev] + run[:1]))


# -- Arabic names the lexicon does not start (names25) ----------------------------------------------------

# Who the person is right after a name: the age ("، يبلغ من العمر 13 عاماً", "(35 عاماً)", "، 63 عاماً").
_AGE_AFTER_AR = re.compile(r"^[\"”»']?\s*(?:،\s*)?(?:\(\s*\d{1,3}\s*(?:عاما|عاماً|عام|سنة|سنوات|أعوام)|[يت]بلغ(?:ان)?\s+من\s+العمر|"
                           r"البالغ(?:ة)?\s+من\s+العمر|\d{1,3}\s+(?:عاما|عاماً|سنة))")
_KUNYA_AR = frozenset(fold_arabic(w) for w in "أبو ابو أبي ابي أم ام".split())
# A noun of who someone is, written without the article ("مواطن", "طفلة", "شاب"): no first word of a name.
_PERSON_NOUNS_BARE_F = frozenset(k[2:] for k in _PERSON_NOUNS_F if k.startswith("ال")) | frozenset(
    # (and a role or a trade said before a name: "مقتل المسؤول ..." is one, "مقتل مسؤول محمد العلي" too)
    fold_arabic(w) for w in """مسؤول مدير رئيس عضو قيادي مختار إمام امام خطيب مؤذن سائق بائع تاجر عامل مزارع راعي
    مجند شرطي حارس مقاتل نائب وزير محافظ قاضي عميد عقيد لواء رائد نقيب ملازم مساعد رقيب قائد شيخ حاج""".split())
# Plural participles of report prose ("المدنيين", "المهجرين", "المسلحين"): no family's name.
_PLURAL_PARTICIPLE_AR = re.compile(r"^(?:ال)?(?:م\S{2,}|\Sا\S\S)(?:ين|ون)$")
_PLURALS_AR = frozenset(fold_arabic(w) for w in "الأطفال الضحايا الشهداء القتلى الجرحى الأهالي السكان المعتقلين".split())


def _name_word_ar(tok: str) -> bool:
    return _is_word_ar(tok) and _word_of_name_ar(tok)


def _unlisted_names_ar(toks: list[str]) -> list[str]:
    """Names whose first word the lexicon lacks, in a victim's slot: right after the verb or noun of the
    death ("قُتل مثنى حميد محمد الصالح", "مقتل أبو خالد") or with the age right after the name ("جود
    حسين العلي، يبلغ من العمر 13 عاماً"):

    * a chain, a first word and the father's given name after it, three words or more (an Arab full
      name: given name, father's, grandfather's or family name);
    * a nickname, "أبو"/"أم" and a given name ("أبو محمد", "أم أحمد").

    >>> _unlisted_names_ar("قُتل مرهف حميد محمد الدالوم برصاص قناص".split())
    ['مرهف حميد محمد الدالوم']
    >>> _unlisted_names_ar("مقتل أبو خالد جراء القصف".split())
    ['أبو خالد']
    >>> _unlisted_names_ar("قصفت قوات النظام مدينة أبو كمال وقتل مواطن محمد العلي".split())
    []
    """
    out: list[str] = []
    for i, word in enumerate(toks):
        key = _key_ar(word)
        prev = _key_ar(toks[i - 1]) if i > 0 else ""
        kunya = key in _KUNYA_AR and i + 1 < len(toks) and given_ar(toks[i + 1])[0]
        if not kunya and (not _is_word_ar(word) or key.startswith("ال") or not _word_of_name_ar(word)
                          or key in _PERSON_NOUNS_BARE_F or key in _BEFORE_NOT_PERSON_AR):
            continue
        if prev in _BEFORE_NOT_PERSON_AR and not kunya:
            continue
        run = [_DIACRITICS_AR.sub("", word)]
        j = i + 1
        while j < len(toks) and len(run) < 5 and _name_word_ar(toks[j]):
            run.append(_DIACRITICS_AR.sub("", toks[j]))
            j += 1
        while len(run) > 1 and _key_ar(run[-1]) in ("بن", "ابن", "بنت", "ابو", "ام"):
            run.pop()
            j -= 1
        after = " ".join(toks[j:j + 6])
        # (after the verb, or after the verb and a role: "قُتل سائق مرهف أحمد الدالوم")
        slot = bool(_VERB_BEFORE_AR.match(prev)) or bool(_AGE_AFTER_AR.match(after)) or (
            prev in _PERSON_NOUNS_BARE_F and i > 1 and bool(_VERB_BEFORE_AR.match(_key_ar(toks[i - 2]))))
        # (the father's given name second or third: "مرهف أحمد ...", "مثنى حميد محمد الصالح")
        chain = kunya or any(given_ar(w)[0] for w in run[1:3])
        if not slot or not chain or len(run) < (2 if kunya else 3):
            continue
        if _rejected_ar(toks, i, j, run) and not _AGE_AFTER_AR.match(after):
            continue
        if _a_place(run) or _a_place(run[:2]) or any(normalise(w) in _PUBLIC_FIGURES or fold_arabic(w) in _PUBLIC_FIGURES
                                                     for w in run):
            continue
        name = " ".join(run)
        if name not in out:
            out.append(name)
    return out


# A name between the noun or the verb of a death and who the person was, after a comma (names40): "ما أدى إلى مقتل محمد
# علي العلي، نازح من مدينة دير حافر", "استشهاد X Y، البالغ من العمر ...", "وفاة X Y Z، وهو من ...". Whoever stands
# there died, a name of two to four words, known to the lexicon or not ("علي" there is the name, not "على" typed with
# dots).
_DEATH_BEFORE_DESCRIBED_AR = _folded_words_re("""
مقتل لمقتل بمقتل استشهاد باستشهاد لاستشهاد وفاة بوفاة لوفاة مصرع بمصرع قتل قتلت استشهد استشهدت توفي توفيت اغتيال
باغتيال إعدام بإعدام
""")
_DESCRIBED_AFTER_AR = re.compile(
    r"^(?:[وف]?(?:ال)?نازح[ةه]?|[وف]?(?:ال)?مهجر[ةه]?|من\s+(?:أبناء|ابناء|أهالي|اهالي|سكان|مواليد)|مواليد|"
    r"(?:ال)?بالغ[ةه]?|[يت]بلغ|و[يت]بلغ|وهو|وهي|(?:ال)?منحدر[ةه]?|[يت]نحدر)(?![\u0621-\u064A])")
_ALI = "علي"


def _described_names_ar(toks: list[str]) -> list[str]:
    """Names told between the noun or verb of a death and who the person was (:data:`_DESCRIBED_AFTER_AR`).

    >>> _described_names_ar("ما أدى إلى مقتل محمد علي العلي ، نازح من مدينة دير حافر".split())
    ['محمد علي العلي']
    >>> _described_names_ar("أدى إلى مقتل مدني نازح ، وهو من أبناء المدينة".split())
    []
    """
    out: list[str] = []
    for k, tok in enumerate(toks):
        if not _DEATH_BEFORE_DESCRIBED_AR.match(_key_ar(tok)):
            continue
        j = k + 1
        while j < len(toks) and _is_word_ar(toks[j]) and j - k <= 5:
            j += 1
        run = [_DIACRITICS_AR.sub("", w) for w in toks[k + 1:j]]
        if not 2 <= len(run) <= 4 or j >= len(toks) or toks[j] not in ("،", ",") \
                or not _DESCRIBED_AFTER_AR.match(" ".join(_DIACRITICS_AR.sub("", w) for w in toks[j + 1:j + 3])):
            continue
        first = _key_ar(run[0])
        if first.startswith("ال") or _NOT_FIRST.match(run[0]) or first in _PERSON_NOUNS_BARE_F \
                or first in _BEFORE_NOT_PERSON_AR or first in _KUNYA_AR and not given_ar(run[1])[0]:
            continue
        # (every word one of a name; "علي" as written, with its dots, is Ali)
        if not all(w == _ALI or _word_of_name_ar(w) for w in run):
            continue
        # (a given name among them, or a family name with its article last: "ممرضة متطوعة" is no one's name)
        if not (any(given_ar(w)[0] for w in run) or _key_ar(run[-1]).startswith("ال")):
            continue
        if _a_place(run) or _a_place(run[:2]) or any(normalise(w) in _PUBLIC_FIGURES or fold_arabic(w) in _PUBLIC_FIGURES
                                                     for w in run):
            continue
        name = " ".join(run)
        if name not in out:
            out.append(name)
    return out


# A death told by a verb and its object with the subject between them (names35): "فارق X الحياة" (left life), "لقي X
# حتفه/مصرعه" (met his death), "لفظ X أنفاسه" (breathed his last). Whoever stands there died: a name, known or not.
_FRAME_VERB_AR = _folded_words_re("فارق فارقت لقي لقيت لاقى لاقت لفظ لفظت")
_FRAME_OBJECT_AR = _folded_words_re("الحياة حتفه حتفها مصرعه مصرعها أنفاسه انفاسه")


def _death_frame_names_ar(toks: list[str]) -> list[str]:
    """The name between the verb and the object of a death told in a set phrase, whatever its words (a noun of who
    the person was before it is left out: "لقي الطفل ... حتفه").

    >>> _death_frame_names_ar("فارق زاهر كنجو الحياة متأثراً بجراحه".split())
    ['زاهر كنجو']
    >>> _death_frame_names_ar("لقيت الطفلة راكان كنجو حتفها جراء القصف".split())
    ['راكان كنجو']
    >>> _death_frame_names_ar("لقي مدني حتفه وفارق شاب الحياة في مدينة أبو كمال".split())
    []
    """
    out: list[str] = []
    for i, word in enumerate(toks):
        if not _FRAME_VERB_AR.match(_key_ar(word)):
            continue
        j = i + 1
        while j < len(toks) and j <= i + 7 and _is_word_ar(toks[j]) and not _FRAME_OBJECT_AR.match(_key_ar(toks[j])):
            j += 1
        if j >= len(toks) or j == i + 1 or not _FRAME_OBJECT_AR.match(_key_ar(toks[j])):
            continue
        words = toks[i + 1:j]
        while words and (_key_ar(words[0]) in _PERSON_NOUNS_F or _key_ar(words[0]) in _PERSON_NOUNS_BARE_F):
            words = words[1:]
        if not words or len(words) > 5 or not all(_word_of_name_ar(w) for w in words) \
                or _key_ar(words[0]) in _BEFORE_NOT_PERSON_AR or _a_place(words):
            continue
        name = " ".join(_DIACRITICS_AR.sub("", w) for w in words)
        if name not in out:
            out.append(name)
    return out


# "... وعائلته" (and his family): who lived in the house that was hit ("يقطن به كل من نزيه الحلبي وعائلته وتركي الحلبي
# وعائلته؛ ما تسبب بمجزرة"; round 26, ar-2024-01-massacre-26).
_KIN_AFTER_AR = frozenset(fold_arabic(w) for w in "وعائلته وعائلتها وأسرته وأسرتها واسرته واسرتها وزوجته وأطفاله "
                          "واطفاله وأولاده واولاده وأبناؤه وابناؤه".split())


def _heads_of_family_ar(toks: list[str]) -> list[str]:
    """A given name and a family name told with "and his family" near a death, whatever the given name:
    the people whose home was hit.

    >>> _heads_of_family_ar("منزلاً يقطن به كل من نزيه الحلبي وعائلته وتركي الحلبي وعائلته ما تسبب بمجزرة".split())
    ['نزيه الحلبي', 'تركي الحلبي']
    >>> _heads_of_family_ar("سقط صاروخ على منزل يقطن فيه عمر طلب وعائلته ؛ ما تسبب في مقتل 3 مدنيين".split())
    ['عمر طلب']
    >>> _heads_of_family_ar("نزح أحمد العلي وعائلته إلى المخيم".split())
    []
    """
    out: list[str] = []
    for k in range(2, len(toks)):
        if _key_ar(toks[k]) not in _KIN_AFTER_AR:
            continue
        first, family = toks[k - 2], toks[k - 1]
        if _key_ar(first)[:1] == "و" and len(_key_ar(first)) > 3 and not given_ar(first)[0]:
            first = first[1:]  # "وتركي الحلبي وعائلته": and Turki ...
        # (a family name without the article after a common given name too: "يقطن فيه عمر طلب وعائلته؛ ما تسبب في
        # مقتل 3 مدنيين", names35, the same text; not after a place's or a force's noun, "تل خليل وعائلته")
        given, ambiguous = given_ar(first)
        if not (_is_word_ar(first) and _name_word_ar(first) and _name_word_ar(family)
                and (_key_ar(family).startswith("ال") or given and not ambiguous and not _key_ar(family)[:1] == "و"
                     and not (k > 2 and _key_ar(toks[k - 3]) in _BEFORE_NOT_PERSON_AR))) \
                or _key_ar(first).startswith("ال"):
            continue
        run = [_DIACRITICS_AR.sub("", first), _DIACRITICS_AR.sub("", family)]
        if _key_ar(first) in _PERSON_NOUNS_BARE_F or _a_place(run) or not _death_follows_ar(toks, k):
            continue
        name = " ".join(run)
        if name not in out:
            out.append(name)
    return out


def _death_follows_ar(toks: list[str], k: int, span: int = 12) -> bool:
    """Is a word of death or of a massacre among the ``span`` tokens after ``k``, in the same sentence
    ("وعائلته؛ ما تسبب بمجزرة راح ضحيتها")?"""
    for tok in toks[k + 1:k + 1 + span]:
        if tok in (".", "\n"):
            return False
        key = _key_ar(tok)
        if key and (_DEATH_AR.match(key) or "مجزر" in key or "ضحي" in key):
            return True
    return False


def _death_in_sentence_ar(toks: list[str], k: int, span: int = 15) -> bool:
    """Is a word of death, of the dead or of a massacre among the ``span`` words either side of ``k``, in the same
    sentence ("أسماء 107 قتلى، 60 شخصا منهم من عائلة واحدة هي آل ...")?"""
    for step in (-1, 1):
        j, words = k + step, 0
        while 0 <= j < len(toks) and words < span and toks[j] not in (".", "\n"):
            key = _key_ar(toks[j])
            if _is_word_ar(toks[j]):
                words += 1
                if _DEATH_AR.match(key) or "مجزر" in key or "ضحي" in key or key.lstrip("وال") in ("قتلي", "شهداء"):
                    return True
            j += step
    return False


_FAMILY_NOUNS_AR = frozenset(fold_arabic(w) for w in "عائلة لعائلة وعائلة أسرة اسرة لأسرة وأسرة آل".split())


def _family_names_ar(toks: list[str]) -> list[str]:
    """The family name told alone after "عائلة"/"أسرة"/"آل", near a death: "مقتل خمسة من عائلة الحلبي".
    Not an adjective of the family ("عائلة واحدة", "العائلة النازحة": no article, or a feminine
    ending), a noun of who they were ("عائلة الضحية", "عائلة الطفل"), nor a plural ("عائلة المهجرين").

    >>> _family_names_ar("قُتل خمسة أشخاص من عائلة الحلبي جراء القصف".split())
    ['الحلبي']
    >>> _family_names_ar("قُتل خمسة أشخاص من عائلة واحدة، وعائلة الضحية".split())
    []
    >>> _family_names_ar("وثّق أسماء 107 قتلى ، 60 شخصا منهم من عائلة واحدة هي آل عبد الرزاق".split())
    ['عبد الرزاق']
    """
    out: list[str] = []
    for i, word in enumerate(toks[:-1]):
        if _key_ar(word) not in _FAMILY_NOUNS_AR:
            continue
        name = _DIACRITICS_AR.sub("", toks[i + 1])
        key = _key_ar(name)
        if key == "عبد" and i + 2 < len(toks) and _name_word_ar(toks[i + 2]):
            # "عائلة واحدة هي آل عبد الرزاق": a family named after an ancestor's "عبد ..." name, no article (names35,
            # ar-2012-05-news-01)
            name = name + " " + _DIACRITICS_AR.sub("", toks[i + 2])
            if _death_in_sentence_ar(toks, i) and not _a_place(name.split()) and name not in out:
                out.append(name)
            continue
        if not key.startswith("ال") or len(key) < 5 or key.endswith("ه") or _PLURAL_PARTICIPLE_AR.match(key) \
                or not _word_of_name_ar(name) or key in _BEFORE_NOT_PERSON_AR:
            continue
        if _DEATH_AR.match(key) or normalise(name) in _PUBLIC_FIGURES or key in _PLURALS_AR \
                or _rejected_ar(toks, i + 1, i + 2, [name]):
            continue
        if name not in out:
            out.append(name)
    return out


# -- a nickname told after a victim's name (names25) -------------------------------------------------------

_KNOWN_AS = re.compile(r"^[\"”»']?\s*,?\s*(?:(?:who\s+(?:was|is)\s+)?(?:known\s+as|nicknamed(?:\s+as)?)|"
                       r"(?:ال)?(?:معروف|ملقب|ملقّب|مكنى|مكنّى)[ةه]?\s+(?:باسم\s+|ب(?=\S))?)\s*[\"“«']?")
_NICK_WORD = re.compile(r"[\"“«'”»]?([A-Z][\w'’-]+|(?:al|el|Abu|Umm|bin)(?:-[A-Z][\w'’-]+)?|"
                        r"[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0640]+)[\"“«'”»]?")


def nickname_after(text: str, name: str) -> str | None:
    """The nickname told right after a victim's ``name`` in ``text`` ("الناشط الإعلامي حسين خطاب المعروف باسم
    كارة السفراني، مصوّر ..."; "Hamoud Jneed, known as Abu Ali, was ..."): personal data as the name is.
    One to three words of a name, up to the first word of prose.

    >>> nickname_after("الناشط الإعلامي حسين خطاب المعروف باسم كارة السفراني، مصوّر متعاون", "حسين خطاب")
    'كارة السفراني'
    >>> nickname_after("Hamoud Jneed, known as Abu Ali, was killed", "Hamoud Jneed")
    'Abu Ali'
    >>> nickname_after("al Shami Hospital, known as Ariha Surgical Hospital", "Zakwan Tamma'a") is None
    True
    """
    at = (text or "").find(name)
    if at < 0:
        return None
    m = _KNOWN_AS.match(text[at + len(name):])
    if m is None:
        return None
    words: list[str] = []
    for w in _NICK_WORD.finditer(text, at + len(name) + m.end()):
        if w.start() > (words and words[-1][1] + 2 or at + len(name) + m.end()) or len(words) == 3:
            break
        word = w.group(1)
        key = _key_ar(word)
        glued = not words and m.group(0).endswith("ب")  # ("المعروف بنشاطه": known for his activism, no name)
        if glued and _NOT_FIRST.match("ب" + _DIACRITICS_AR.sub("", word)) or word in _NOT_NAME_EN or word.lower() in ("from", "in", "the") or key in _NOT_NAME_AR_F or key in _STOP_AR \
                or _DEATH_AR.match(key) or word.capitalize() in _AFTER_NOT_PERSON_EN:
            break
        words.append((word, w.end()))
        if re.match(r"\s*[,،.؛;:(]", text[w.end():]) or w.group(0)[-1:] in "\"”»'":
            break
    return " ".join(w for w, _ in words) or None
