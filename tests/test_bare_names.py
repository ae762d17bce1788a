"""Victims' names written bare (geo.report.bare_names): found at a common given name in the sentence
of a death, in English and Arabic, never in the names of places, forces and buildings built on given
names, and withheld from every public form of the incidents read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.privacy import WITHHELD, public_form
from geo.report import read_report
from geo.report.arabic_names import person_names_ar
from geo.report.bare_names import bare_names_ar, bare_names_en, is_given_name
from geo.report.given_names import AMBIGUOUS_AR, GIVEN_AR, GIVEN_LATIN

TEXTS = Path(__file__).parent / "corpus" / "snhr" / "texts"


@pytest.mark.parametrize("text,names", [
    # real corpus sentences (en-2022-05-news-01, en-2022-04-news-02, en-2022-11-torture-13,
    # en-2016-09-news-01, en-2022-11-news-02, en-2020-06-news-05, en-2023-11-news-01, en-2025-02-news-01)
    ("Yahya Qasem al Refa’ei, a taxi driver, was shot and killed on May 9, 2022 by unidentified gunmen while "
     "working in Nahta town east of Daraa governorate", ["Yahya Qasem al Refa’ei"]),
    ("Two brothers Abdul Qader and Khalifa Ali al Khalifa from al Soor town north of Deir Ez-Zour governorate, "
     "were shot and killed by unidentified gunmen in al Jasemi village", ["Abdul Qader", "Khalifa Ali al Khalifa"]),
    ("On November 29, 2022, his family learnt that Ali had died in Seydnaya Military Prison", ["Ali"]),
    ("were killed in these attacks. Among the victims were Omar Barakat, head of the Red Crescent in the town",
     ["Omar Barakat"]),
    ("masked gunmen in an area under the control of Hay’at Tahrir al-Sham (HTS), who shot at the car he and his "
     "colleague Hamoud Jneed were travelling in on Friday November 23, 2018", ["Hamoud Jneed"]),
    ("Abdullah Ahmad al Sheikh Dani from Kansafra village in the southern suburbs of Idlib governorate was killed",
     ["Abdullah Ahmad al Sheikh Dani"]),
    ("The rocket killed Khaled instantly and completely destroyed the bulldozer", ["Khaled"]),
    ("Sources said that the victims included Jawad Ahmad Jawad, the village’s mayor", ["Jawad Ahmad Jawad"]),
    # made-up variants: other spellings and other names of the lexicon, "A and B", a relative
    # who the person is, right after the name, however far the death is told (en-2022-05-torture-19, a detainee's
    # entry; made-up variants of the age)
    ("Wael Juma Khalilo, born in 1984, from Bdama town in Idlib governorate western suburbs, was arrested by "
     "Military Security personnel of the Syrian regime forces on November 15, 2011 as he passed a checkpoint on "
     "the road between Bdama town and Latakia governorate.", ["Wael Juma Khalilo"]),
    ("Ali Walid al-Masri, aged 23, from al-Mzayreeb town, was arrested in 2013.", ["Ali Walid al-Masri"]),
    ("Khaled Hassan (31 years old), from Saraqeb, was arrested at a checkpoint.", ["Khaled Hassan"]),
    # ... or where the person is from (en-2020-04-news-20, a detainee's entry)
    ("Muhammad Aaqeb Hammam Tannou, from Darat Ezza city in the western suburbs of Aleppo governorate, was arrested "
     "in October 2019, by members affiliated with Hay'at Tahrir al Sham", ["Muhammad Aaqeb Hammam Tannou"]),
    # after "of" and a common noun (en-2020-10-news-19: "resulted in the killing of Rashid Bakr, from Kafr Takhreem
    # town, a media activist"; a made-up variant)
    ("The bombardment resulted in the killing of Rashid Bakr, from Kafr Takhreem town, a media activist",
     ["Rashid Bakr"]),
    ("The body of Khaled Hassan was found near the river.", ["Khaled Hassan"]),
    ("Mohammed Khalid al-Hamoud was killed by a sniper in Daraa city.", ["Mohammed Khalid al-Hamoud"]),
    ("Muhammad and Mahmud el-Ali died of their wounds.", ["Muhammad", "Mahmud el-Ali"]),
    ("A landmine killed Fatma Ahmed al-Ali and her daughter Mariam.", ["Fatma Ahmed al-Ali", "Mariam"]),
    ("Zeinab Hussein, 9, was killed; Aisha Mustafa was wounded.", ["Zeinab Hussein", "Aisha Mustafa"]),
    ("Abdulrahman Youssef Darwish died under torture in a regime prison.", ["Abdulrahman Youssef Darwish"]),
    ("Shiyar Ahmad Kawa was shot dead at a checkpoint.", ["Shiyar Ahmad Kawa"]),
    ("the shelling wounded Hassan's brother", ["Hassan"]),  # a name's possessive is withheld too
    # round 23 (real, en-2021-05-landmine-23, "an Hartoush" printed): the article as said before a sun letter;
    # made-up variants, and "an" before a place is no name's
    ("Two children, named as Muhammad Abdullah al Tayyari and Farhan Ramadan an Hartoush, aged 10 and 11 "
     "respectively, were killed on May 3, 2021", ["Muhammad Abdullah al Tayyari", "Farhan Ramadan an Hartoush"]),
    ("Ahmad Khaled ash Shami was killed by a sniper", ["Ahmad Khaled ash Shami"]),
    ("Ahmad Khaled was killed in an Idlib village", ["Ahmad Khaled"]),
])
def test_english_names_written_bare(text, names):
    assert bare_names_en(text) == names


@pytest.mark.parametrize("text", [
    # places built on given names, forces, buildings, public figures, SNHR's chairman
    "Russian warplanes bombed Abu Kamal city, killing five civilians.",
    "Regime forces shelled Tal Hamid village, killing a child.",
    "Shelling on Deir Hafer and Khan Sheikhoun killed two women; Umm Batina was hit too.",
    "Gunmen killed a man in Sheikh Maqsoud neighborhood.",
    "A barrel bomb hit Salah al-Din neighborhood of Aleppo city, killing a child.",
    "The Hamza Division killed a civilian in Afrin.",
    "Sultan Murad Division gunmen killed a civilian.",
    "A shell hit Khaled bin al-Walid Mosque, killing three worshippers.",
    "Nour al-Din al-Zinki Movement fighters shot dead a young man.",
    "Bashar al-Assad's forces killed 10 civilians.",
    "Forces loyal to Ahmad al-Sharaa killed two civilians.",
    "SNHR chairman Fadel Abdul Ghany said the killing of civilians must stop.",
    "Mohammad Ali Forces killed a man.",
    "The Army of Omar al-Mukhtar killed a man.",  # "of" inside a proper noun
    "Martyr Abdou Salama School was shelled, killing a child.",  # (en-2024-07-refuse-16)
    "A child was killed in Jasim al-Balad when a shell hit.",  # a town with a given name's, after "in"
    # a name far from any death: not a victim's
    "Mohammad Khaled al-Hamoud, a local council member, spoke at the meeting in Idlib city.",
    "Ahmad al-Hassan said the market reopened.",
])
def test_english_prose_that_is_no_victims_name(text):
    assert bare_names_en(text) == []


@pytest.mark.parametrize("text,names", [
    # real corpus sentence (ar-2021-10-landmine-13): the father's and family names after the last child's
    ("الأطفال الأشقاء ندى ومحمد ومدين يحيى أبو شنب، قُتلوا في 30 تشرين الأول 2021، إثر انفجار لغم أرضي",
     ["يحيى أبو شنب"]),
    # real corpus sentence (ar-2022-01-news-01): three names before their plural verb, "و" before each
    ("محمد الغول، وحذيفة المنظوري، ومحمود الغوراني، قُتلوا في 25-1-2022، إثر إطلاق مُسلحين",
     ["محمد الغول", "حذيفة المنظوري", "محمود الغوراني"]),
    # made-up variants
    ("قُتل محمد خالد الحمود برصاص قناص في مدينة درعا", ["محمد خالد الحمود"]),
    ("استشهد أحمد العلي وعبد الرحمن الخطيب جراء القصف", ["أحمد العلي", "عبد الرحمن الخطيب"]),
    ("أدى إلى مقتل محمود حسن", ["محمود حسن"]),
    ("قتل حسن محمد العبد الله جراء القصف", ["حسن محمد العبد الله"]),  # an ambiguous name after the verb
    ("استشهد أحمد وخالد العلي", ["أحمد", "خالد العلي"]),
    ("قُتلت فاطمة أحمد العلي وابنتها", ["فاطمة أحمد العلي"]),
    ("أصيبت زينب حسين وعائشة مصطفى بجروح", ["زينب حسين", "عائشة مصطفى"]),
    ("قُتِلَ مُحَمَّدُ خالدٍ الحمودُ برصاص", ["محمد خالد الحمود"]),  # tashkeel
    ("أصيب أحمد خالد العلي ثم فارق الحياة", ["أحمد خالد العلي"]),
    ("قتل محمود العلي أدى إلى حالة من الخوف", ["محمود العلي"]),  # a verb ends the name
    # round 22 (real, ar-2021-04-torture-22, found printed as a user): the word of death "وفاة" (and "إصابة", "جثة")
    # ends in ta marbuta, which the words' keys fold to heh: written unfolded in the pattern, it never matched
    ("ووثقت الشبكة وفاة العسكري المنشق عن قوات النظام “إبراهيم عيسى الخبي” من بلدة مسحرة بريف القنيطرة",
     ["إبراهيم عيسى الخبي"]),
    ("وأدى الانفجار إلى إصابة أحمد خالد العلي", ["أحمد خالد العلي"]),
    ("عُثر على جثة محمود حسن الخطيب قرب الطريق", ["محمود حسن الخطيب"]),
])
def test_arabic_names_written_bare(text, names):
    assert bare_names_ar(text) == names


@pytest.mark.parametrize("text", [
    "قصفت الطائرات الروسية مدينة البوكمال وأبو كمال ما أدى إلى مقتل خمسة مدنيين",
    "قصفت قوات النظام بلدة تل حميد ما أدى إلى مقتل طفل",
    "قُتل مدنيان في دير حافر وخان شيخون وأم باطنة",
    "قتل رجل برصاص قناص في حي الشيخ مقصود",
    "قتل عناصر فرقة الحمزة مدنيا",
    "قتل عناصر من لواء السلطان مراد مدنيا",
    "قتل عناصر حركة نور الدين الزنكي شابا",
    "قصفت الطائرات مسجد خالد بن الوليد ما أدى إلى مقتل ثلاثة",
    "قتلت قوات بشار الأسد عشرة مدنيين",
    "قتل مدنيان على يد قوات أحمد الشرع",
    "قتل مدني علي يد عناصر الحاجز",                  # "على" typed "علي"
    "قال فضل عبد الغني إن مقتل المدنيين جريمة",
    "أشار التقرير إلى وجود لتنظيم الدولة في المنطقة وقتل مدنيين",  # "وجود" is no "و" + a name
    "استشهد بطلق ناري أثناء عمله على جني نبتة الفطر",  # (ar-2024-01-news-13) "جني" is a harvest
    "قُتل شاب في جاسم المحطة برصاص مجهولين",            # a town with a given name's, after "في"
    "نشرت الشبكة أسماء الضحايا الذين قتلوا في القصف",      # "أسماء" (names), not the given name Asmaa
    "وقع صدام عنيف أدى إلى مقتل مدنيين",                  # "صدام" (a clash)
    "وصل محمد خالد الحمود إلى المدينة يوم أمس",          # no death near it
])
def test_arabic_prose_that_is_no_victims_name(text):
    assert bare_names_ar(text) == []


def test_the_lexicon_holds_a_few_hundred_names_in_both_scripts():
    assert len(GIVEN_AR) >= 250 and len(GIVEN_LATIN) >= 600
    assert {"Mohammad", "Mohammed", "Muhammad", "Mohamed", "Khaled", "Khalid", "Fatima", "Zainab"} <= GIVEN_LATIN
    assert {"حسن", "نور", "علي"} <= AMBIGUOUS_AR and "جمعة" not in GIVEN_AR  # Friday is no name in prose


def test_a_longer_name_found_later_takes_the_place_of_the_shorter_it_holds():
    # round 23 (en-2021-05-landmine-23): "named as ... Farhan Ramadan an Hartoush" was read "Farhan Ramadan" by the
    # naming finder; the bare finder's whole name now replaces it, so the family name is withheld too
    report = read_report(TEXTS / "en-2021-05-landmine-23.txt")
    names = [n for inc in report.incidents for n in inc.victim_names]
    assert "Farhan Ramadan an Hartoush" in names and "Farhan Ramadan" not in names
    shown = " ".join(str(v) for inc in report.incidents for v in inc.to_dict().values())
    assert "Hartoush" not in shown and "Tayyari" not in shown


def test_a_corpus_text_gains_its_bare_names_and_keeps_its_place():
    # en-2022-05-news-01: the taxi driver named bare before his killing; his incident stays in Nahta
    report = read_report(TEXTS / "en-2022-05-news-01.txt")
    (inc,) = [i for i in report.incidents if any("Refa" in n for n in i.victim_names)]
    assert "Nahta" in inc.place_text and inc.killed == 1
    public = json.dumps(inc.to_dict(), ensure_ascii=False)
    assert "Refa" not in public and "Yahya" not in public and "Qasem" not in public and "Nahta" in public


def test_a_family_named_after_its_village_is_withheld_though_the_place_word_goes_too():
    # en-2022-11-news-01: "Child name Mohammad Saleh al-Daghli, was killed ... near al-Dghali village": the family
    # name is the village's (another spelling); the name is withheld, the P-code still places the incident
    report = read_report(TEXTS / "en-2022-11-news-01.txt")
    (inc,) = report.incidents
    assert "Mohammad Saleh al-Daghli" in inc.victim_names and inc.killed == 1 and inc.children == 1
    record = {"id": "t:1", "dataset": "t", "source_id": "1", "source_sentence": inc.sentence,
              "place_text": inc.place_text, "victim_names": inc.victim_names, "injured_names": []}
    public = json.dumps(public_form(record, inc.victim_names), ensure_ascii=False)
    shown = json.dumps(inc.to_dict(), ensure_ascii=False)
    for part in ("Mohammad", "Saleh", "Daghli"):
        assert part not in public and part not in shown
    assert "Dghali" not in public  # the village's word goes with the family name (a name is never shown)


@pytest.mark.parametrize("text,parts", [
    ("Syrian Network for Human Rights (SNHR)\n\nOn May 9, 2022, Mohammad Khaled al-Hamoud was shot dead by "
     "Syrian regime forces in Tafas city in western Daraa governorate.\n", ["Mohammad", "Khaled", "Hamoud"]),
    ("الشبكة السورية لحقوق الإنسان\n\nفي 9 أيار 2022، قُتل محمد خالد الحمود برصاص قوات النظام السوري في مدينة "
     "طفس بريف درعا الغربي.\n", ["محمد", "خالد", "الحمود"]),
])
def test_a_bare_name_read_and_made_public_shows_no_part_of_it(text, parts):
    (inc,) = read_report(text).incidents
    assert inc.killed == 1 and inc.governorate_pcode == "SY12"  # the name adds no victim, moves no place
    assert not person_names_ar(text)  # no other finder reads this name
    shown = inc.to_dict(include_names=False)
    record = {"id": "t:1", "dataset": "t", "source_id": "1", "source_sentence": inc.sentence,
              "place_text": inc.place_text, "victim_names": inc.victim_names, "injured_names": []}
    public = public_form(record, inc.victim_names)
    for part in parts:
        assert part not in json.dumps(shown, ensure_ascii=False) and part not in json.dumps(public, ensure_ascii=False)
    assert WITHHELD in shown["sentence"] and WITHHELD in public["source_sentence"]
    assert public["place_text"] == inc.place_text and public["victim_names"] is None


def test_a_family_name_alone_is_withheld_when_the_text_gives_the_whole_name_elsewhere(shared_dir):
    # ar-2025-09-news-20: the lead names "الدكتور حيدر يونس شاهين" and "الشاب أمجد راكان السويد"; each incident's own
    # sentence only "شاهين" / "السويد"
    report = read_report(TEXTS / "ar-2025-09-news-20.txt")
    shown = json.dumps([i.to_dict() for i in report.incidents], ensure_ascii=False)
    assert len(report.incidents) == 2 and "شاهين" not in shown and "السويد" not in shown
    assert sorted(n for i in report.incidents for n in i.victim_names) == ["أمجد راكان السويد", "حيدر يونس شاهين"]
    # the July 2023 report: no victim gains another's name from a common given name they share
    july = read_report(shared_dir / "reports" / "snhr_2023-07_civilian_death_toll.txt")
    for inc in july.incidents:
        for name in inc.victim_names:
            assert any(w in inc.sentence for w in name.split() if not is_given_name(w)) or name in inc.sentence, name


def test_docstring_examples():
    import doctest

    import geo.report.bare_names
    import geo.report.given_names

    for module in (geo.report.bare_names, geo.report.given_names):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0, module.__name__


# -- names25: names the lexicon does not start, nicknames, family names alone ------------------------------

@pytest.mark.parametrize("text,names", [
    # real corpus sentences: en-2020-02-news-24 (a first name the lexicon lacks, and who he is right after it),
    # en-2020-06-news-04 (a relative after the noun of kinship), en-2024-08-torture-15 (SNHR's entry of a detainee:
    # who he is, then where he is from), en-2020-02-refuse-19 (an injured reporter; not the radio he works for)
    ("Zakwan Tamma’a, born in 1977, from Ariha city, an anesthesia technician and the administrative manager of al "
     "Shami Hospital, ... died on February 1, 2020.", ["Zakwan Tamma’a"]),
    ("Three children from Idlib city, named as Salah Ghajar, Rand Saed al Din and Rand’s brother Huthaifah, were "
     "killed when a cluster munition left behind from previous bombing exploded", ["Salah Ghajar", "Huthaifah"]),
    ("Abdullah Hussein al-Akhras, a defector from the Syrian regime army, originally from Ghabagheb town in "
     "northern rural Daraa governorate, was arrested in September 2023", ["Abdullah Hussein al-Akhras"]),
    ("The media activist Asmar Aslan, born in 1995, a reporter of Radio al Kul, from Saraqeb city in the eastern "
     "suburbs of Idlib governorate, was injured", ["Asmar Aslan"]),
    # made-up variants of corpus names (en-2021-09-news-02 "Murhaf al Dalloum", ar-2024-02-news-22
    # "نور الدين عايش العلي"), told bare: a chain of an unknown first word, the father's name, the family's
    ("Murhaf Ahmad al Dalloum was killed on September 29 when munitions exploded", ["Murhaf Ahmad al Dalloum"]),
    ("Murhaf al Dalloum, a 13-year-old boy, was shot dead by a sniper", ["Murhaf al Dalloum"]),
    ("The shelling resulted in the killing of Nour al Din Ayesh al Ali, from al Shannan village",
     ["Nour al Din Ayesh al Ali"]),
    ("Syrian regime forces killed Zuhdi Khaled Qanbar in Idlib", ["Zuhdi Khaled Qanbar"]),
    ("Ghayath Tamma, aged 23, was arrested in 2019", ["Ghayath Tamma"]),
    # nicknames
    ("Abu Khaled was shot dead by unidentified gunmen", ["Abu Khaled"]),
    ("the killing of Umm Ahmad and her two children", ["Umm Ahmad"]),
    ("Syrian regime forces killed Abu Hassan al-Halabi, a nurse, in Ariha", ["Abu Hassan al-Halabi"]),
    # a family name alone, the family's death
    ("Shells hit the home of the al-Halli family, killing five of them", ["al-Halli"]),
])
def test_english_names_the_lexicon_does_not_start(text, names):
    assert bare_names_en(text) == names


@pytest.mark.parametrize("text", [
    "Regime forces shelled Abu Dali village, killing two civilians.",
    "Two civilians were killed in Abu Kamal city; the killing of Abu Kamal residents went on.",
    "A landmine exploded in Tal Abyad, killing a child.",
    "In March Abu Omar Mosque was shelled, killing two.",
    "the Syrian Network for Human Rights documented the killing of 12 civilians in September",
    "Hay’at Tahrir al Sham executed him by firing squad in a detention center",
    "Jaysh al Islam killed two civilians; Ferqat al-Sultan Murad shot dead a man",
    "a Turkistani family were living there; one of the family’s children was killed",
    "Russian warplanes killed civilians in Jabal al Zaweya and Kafr Takhareem",
    "the death of Umm al Khalakhil residents",
    "the al-Assad family has killed thousands",
    "The media activist, a reporter of Radio al Kul, from Saraqeb city, was injured",
    "killing Deir Ez-Zour Military Council members in Syrian Democratic Forces raids",
])
def test_english_prose_built_on_names_is_no_unlisted_name(text):
    assert bare_names_en(text) == []


@pytest.mark.parametrize("text,names", [
    # made-up variants of ar-2024-08-news-22 ("الطفل مثنى حميد محمد الصالح، ... يبلغ من العمر 13 عاماً، قُتل"),
    # told bare: a first word the lexicon lacks, after the verb of the death or before the age
    ("قُتل مرهف أحمد محمد الدالوم إثر إصابته بطلق ناري", ["مرهف أحمد محمد الدالوم"]),
    ("أدى القصف إلى مقتل زهدي حميد خالد قنبر في قرية البوليل", ["زهدي حميد خالد قنبر"]),
    ("جود حسين العلي، يبلغ من العمر 13 عاماً، قُتل في 7-8-2024", ["جود حسين العلي"]),
    # nicknames
    ("مقتل أبو خالد جراء القصف", ["أبو خالد"]),
    ("مقتل أم محمد وطفلها جراء القصف", ["أم محمد"]),
    ("قُتل أبو حسن الحلبي برصاص قناص", ["أبو حسن الحلبي"]),
    # a family name alone, the family's death
    ("قُتل خمسة أشخاص من عائلة الحلبي جراء القصف", ["الحلبي"]),
    ("مقتل عائلة العلي بالكامل جراء القصف", ["العلي"]),
])
def test_arabic_names_the_lexicon_does_not_start(text, names):
    assert bare_names_ar(text) == names


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام مدينة أبو كمال ما أدى إلى مقتل طفل",
    "استشهد أبو كمال",
    "مقتل خمسة أشخاص من عائلة واحدة",
    "قتل طفل من عائلة المهجرين، ومقتل 3 مدنيين من عائلة النازحين، وعائلة الضحية",
    "قتل طفلان في تل أبيض",
    "قُتل عناصر من هيئة تحرير الشام",
    "قتل ثلاثة أشخاص من آل الأسد",
    "مقتل شباط محمد علي",
    "قُتل مدني في قرية أبو ظهور",
    "قُتل مواطن في الشبكة السورية لحقوق الإنسان",
])
def test_arabic_prose_built_on_names_is_no_unlisted_name(text):
    assert bare_names_ar(text) == []


def test_a_given_name_alone_of_a_name_the_text_gives_is_withheld(shared_dir):
    # en-2024-08-torture-15: the entry names "Abdullah Hussein al-Akhras"; the incident's sentence "Abdullah’s family
    # received notification ... that he had died", "SNHR can confirm that Abdullah was in good health"
    report = read_report(TEXTS / "en-2024-08-torture-15.txt")
    shown = json.dumps([i.to_dict() for i in report.incidents], ensure_ascii=False)
    assert "Abdullah" not in shown and "Akhras" not in shown
    assert [n for i in report.incidents for n in i.victim_names] == ["Abdullah Hussein al-Akhras"]
    # en-2020-02-news-24: the public sentence withholds the name the lexicon does not start
    (inc,) = read_report(TEXTS / "en-2020-02-news-24.txt").incidents
    assert "Zakwan" not in inc.to_dict()["sentence"] and inc.to_dict()["sentence"].startswith(WITHHELD)


@pytest.mark.parametrize("text,name,nick", [
    # ar-2020-12-news-18
    ("الناشط الإعلامي حسين خطاب المعروف باسم كارة السفراني،  مصوّر متعاون مع قناة TRT التركية", "حسين خطاب",
     "كارة السفراني"),
    ("قُتل محمد العلي الملقب بأبو خالد، من أبناء مدينة إدلب", "محمد العلي", "أبو خالد"),  # made-up
    ("Hamoud Jneed, known as Abu Ali, was killed", "Hamoud Jneed", "Abu Ali"),          # made-up
    ('the activist Raed al-Fares, nicknamed "Raed Kafranbel", was assassinated', "Raed al-Fares", "Raed Kafranbel"),
    # counter-cases: a building's other name (en-2020-02-news-24), no nickname
    ("al Shami Hospital, known as Ariha Surgical Hospital, in Ariha city", "al Shami", None),
    ("Hamoud Jneed, from Kafranbel, was killed", "Hamoud Jneed", None),
    ("حسين خطاب المعروف بنشاطه في المدينة", "حسين خطاب", None),
])
def test_a_nickname_told_after_a_name(text, name, nick):
    from geo.report.bare_names import nickname_after

    assert nickname_after(text, name) == nick


@pytest.mark.parametrize("text,names", [
    # two words of a name or more as the subject of a death told in the passive (made-up variants of
    # en-2020-02-news-24's "Zakwan Tamma'a")
    ("Zakwan Tamma’a was killed by a shell fired at al Shami Hospital", ["Zakwan Tamma’a"]),
    ("Ghayath Qanbar had been shot dead at a checkpoint", ["Ghayath Qanbar"]),
    # a headline's capitalised words, places and services are none
    ("Four Civilians were killed in Idlib", []),
    ("Two Brothers were killed by a landmine", []),
    ("Kafr Nabl was shelled and two were killed", []),
    ("Civil Defense volunteers were killed in Jisr al-Shughour", []),
])
def test_a_run_of_a_name_as_the_subject_of_a_passive_death(text, names):
    assert bare_names_en(text) == names


@pytest.mark.parametrize("text,names", [
    # a role or a trade before a name is no word of it (made-up)
    ("مقتل مسؤول محمد حسين العلي برصاص مجهولين", ["محمد حسين العلي"]),
    ("مقتل مختار محمد حسين العلي برصاص مجهولين", ["محمد حسين العلي"]),
    ("قُتل سائق مرهف أحمد الدالوم", ["مرهف أحمد الدالوم"]),
])
def test_a_role_before_an_unlisted_name_is_no_word_of_it(text, names):
    assert bare_names_ar(text) == names
    assert not any(w in " ".join(bare_names_en("the killing of Commander Abu Khaled al-Halabi")) for w in ("Commander",))


def test_al_sayyid_after_a_given_name_is_a_family_name():
    # round 25 (ar-2022-03-landmine-25): "مقتل حامد الدهيدي وماهر السيد أحبش" printed "ماهر السيد": "السيد" (Mr.)
    # before a name is a noun of who someone was, after a given name it is part of the name
    text = (TEXTS / "ar-2022-03-landmine-25.txt").read_text(encoding="utf-8")
    report = read_report(text)
    held = [inc for inc in report.incidents if "أحبش" in inc.sentence]
    assert held and "ماهر السيد أحبش" in held[0].victim_names
    public = public_form({"id": "t", "dataset": "t", "source_sentence": held[0].sentence},
                         list(held[0].victim_names))["source_sentence"]
    assert "ماهر" not in public and "أحبش" not in public and WITHHELD in public
    # made-up variants: the family name last, and "السيد" before a name still a noun of who someone was
    assert bare_names_ar("قتل محمد السيد برصاص قناص") == ["محمد السيد"]
    assert person_names_ar("قُتل السيد أحمد العلي برصاص قناص") == ["أحمد العلي"]


def test_civil_defence_is_no_civilian_before_a_name():
    # round 26 (ar-2019-11-news-26): a photo caption "الدفاع المدني ينتشل ضحايا القصف" (Civil Defence recovers the
    # victims) had "ينتشل ضحايا القصف" withheld as the name of "the civilian"
    assert person_names_ar("الدفاع المدني ينتشل ضحايا القصف على ريف إدلب (الأناضول)") == []
    assert person_names_ar("وقالت منظمة المجتمع المدني إن القصف ...") == []
    assert person_names_ar("قُتل المدني محمد الحسين برصاص قناص") == ["محمد الحسين"]


def test_who_lived_in_the_house_with_their_family_is_named():
    # round 26 (ar-2024-01-massacre-26): "يقطن به كل من نزيه الحلبي وعائلته وتركي الحلبي وعائلته؛ ما تسبب بمجزرة"
    # printed both names (neither given name is in the lexicon)
    report = read_report((TEXTS / "ar-2024-01-massacre-26.txt").read_text(encoding="utf-8"))
    held = [inc for inc in report.incidents if "عرمان" in inc.sentence]
    assert held and {"نزيه الحلبي", "تركي الحلبي"} <= set(held[0].victim_names)
    public = public_form({"id": "t", "dataset": "t", "source_sentence": held[0].sentence},
                         list(held[0].victim_names))["source_sentence"]
    assert "نزيه" not in public and "تركي الحلبي" not in public
    # made-up variants: another kin word; no death in the sentence, or no family name, is no name
    assert bare_names_ar("قصفت الطائرات منزل سليم الخطيب وأطفاله ما أدى إلى مقتل أربعة منهم") == ["سليم الخطيب"]
    assert bare_names_ar("نزح سليم الخطيب وعائلته إلى المخيم.") == []
    assert bare_names_ar("قصفت الطائرات منزلاً يقطنه مدنيون وعائلته ما أدى إلى مقتلهم") == []


# -- names35: the documented gaps of names25, and the leaks the corpus's public lines showed ----------------------

@pytest.mark.parametrize("text,names", [
    # real: en-2024-06-news-01 (the family's name was printed in the incident's sentence and the title),
    # en-2014-02-news-13 ("Al" written apart, no "the")
    ("fired an anti-armor guided rocket at a workers car in an agricultural land in al-Wasata area on the eastern "
     "outskirts of al-Atareb city in western rural Aleppo governorate, killing three civilians from the Othman family, "
     "including one child", ["Othman"]),
    ("Two of the bodies were without heads. Most of the martyrs were from Al Zubi family.", ["Al Zubi"]),
    # made-up variants: the brief's, a plural, the family's members as the subject
    ("Shells hit the home of the Hamoud family, killing five of them.", ["Hamoud"]),
    ("Members of the Hamoud family were killed in the shelling.", ["Hamoud"]),
    ("the airstrike killed eleven members of the Kanjo and Hamoud families", ["Kanjo", "Hamoud"]),
])
def test_an_english_family_named_alone_without_the_article(text, names):
    assert bare_names_en(text) == names


@pytest.mark.parametrize("text", [
    # real: en-2017-05-news-29 (a nationality), en-2016-05-massacre-01-type prose (made-up)
    "the Russian warplanes bombed a poultry house where a Turkistani family were living, killing five",
    "Entire family killed in the shelling of Ariha.",
    "the Syrian family was forced to flee after the killing",
    "The Assad family ordered the killing of protesters.",
    "Five members of the same family were killed; His family said",
    "the Syrian and Turkistani families were killed",
    "Mohammad's family's house was hit, killing him",  # the given name's possessive: the finders of a person
])
def test_no_family_name_in_a_nationality_or_prose(text):
    assert not [n for n in bare_names_en(text) if n != "Mohammad"]


@pytest.mark.parametrize("text,names", [
    # the brief's made-up variants: no given name the lexicon knows, no article
    ("Regime forces killed Shaher Kanjo in Kafr Nabl.", ["Shaher Kanjo"]),
    ("the killing of Shaher Kanjo by a sniper", ["Shaher Kanjo"]),
    ("The killing of Rakan Kanjo in Idlib.", ["Rakan Kanjo"]),
    ("A sniper shot dead Muta'a Kanjo near his home.", ["Muta'a Kanjo"]),
    ("Shaher Kanjo, from Kafr Nabl, was killed by a sniper.", ["Shaher Kanjo"]),
    ("Shaher Kanjo, a farmer, from Kafr Nabl, died in the shelling.", ["Shaher Kanjo"]),
    # the subject of an active verb of death
    ("Shaher Kanjo died of his wounds on Monday.", ["Shaher Kanjo"]),
    ("Rakan Kanjo lost his life in the shelling.", ["Rakan Kanjo"]),
    ("Rakan Kanjo passed away in the hospital after he was shot.", ["Rakan Kanjo"]),
    ("Ali lost his life when a shell hit his house.", ["Ali"]),
])
def test_a_two_word_name_the_lexicon_does_not_start_in_a_victims_slot(text, names):
    assert bare_names_en(text) == names


@pytest.mark.parametrize("text", [
    "Russian warplanes killed civilians in Abu Kamal and Tal Abyad.",
    "The shelling killed Syrian Network volunteers.",
    "Regime forces killed Hay'at Tahrir al-Sham fighters.",
    "the killing of Abu Kamal residents",
    "Jaysh al-Islam, from Douma, killed two.",
    "Twelve Civilians, from Idlib, Were Killed",
    "the death of Hafez Assad",
    "Syrian Regime Forces Killed 12 Civilians in March 2018",
    "the Assad regime killed Free Syrian Army fighters",
    "Up to four civilians were reported killed\nSummary\nIncident date",  # a page's furniture across a line break
])
def test_places_factions_and_headlines_in_those_slots_are_no_names(text):
    assert bare_names_en(text) == []


@pytest.mark.parametrize("text,names", [
    # made-up: the set phrases of a death with the subject between verb and object, a name the lexicon lacks
    ("فارق راكان كنجو الحياة متأثراً بجراحه", ["راكان كنجو"]),
    ("لقي الشاب راكان كنجو حتفه جراء القصف", ["راكان كنجو"]),
    ("لفظ مطاع كنجو أنفاسه الأخيرة في المشفى", ["مطاع كنجو"]),
    ("لقيت الطفلة راكان كنجو حتفها", ["راكان كنجو"]),
    # real: ar-2012-05-news-01 (a family named after an ancestor's "عبد ..." name, printed in the public sentence)
    ("حسب ما قالته في تقريرها الذي وثّق أسماء 107 قتلى، 60 شخصا منهم من عائلة واحدة هي آل عبد الرزاق، مؤكدة أن هناك "
     "جثثاً أخرى", ["عبد الرزاق"]),
    # real: ar-2024-01-massacre-26 (a common given name and a family name with no article, "and his family")
    ("وذكر التقرير، أن صاروخاً على الأقل سقط على منزل في الجهة الشرقية من بلدة عرمان، يقطن فيه عمر طلب وعائلته؛ ما "
     "تسبب في مقتل 3 مدنيين، بينهم سيدتان.", ["عمر طلب"]),
])
def test_arabic_names_in_the_set_phrases_and_families_names35(text, names):
    assert bare_names_ar(text) == names


@pytest.mark.parametrize("text", [
    "لقي مدني حتفه وفارق شاب الحياة في مدينة أبو كمال",
    "لقي ثلاثة مدنيين حتفهم جراء القصف",
    "فارق المعتقل الحياة تحت التعذيب",
    "قصفت الطائرات قرية تل خليل وعائلته قتل",
    "قُتل خمسة أشخاص من عائلة واحدة في تل أبيض",
])
def test_arabic_prose_in_those_phrases_is_no_name(text):
    assert bare_names_ar(text) == []


def test_a_survivor_named_in_brackets_after_the_noun():
    # real: ar-2013-07-massacre-28, 'السيد (حسن الابراهيم) وهو أحد الناجين من المجزرة أخبر الشبكة' was printed
    assert person_names_ar("السيد (حسن الابراهيم) وهو أحد الناجين من المجزرة أخبر الشبكة") == ["حسن الابراهيم"]
    # real: ar-2020-02-press-13, brackets after "المدني" of civil defence hold no name
    assert person_names_ar("و13 على مراكز للدفاع المدني (منشآت وآليات) على يد قوات الحلف") == []


@pytest.mark.parametrize("stem,name,gone", [
    ("en-2024-06-news-01", "Othman", "Othman"),
    ("ar-2012-05-news-01", "عبد الرزاق", "آل عبد الرزاق"),
    ("ar-2013-07-massacre-28", "حسن الابراهيم", "حسن الابراهيم"),
    ("ar-2024-01-massacre-26", "عمر طلب", "عمر طلب"),
])
def test_names35_corpus_names_leave_every_public_output(stem, name, gone):
    report = read_report(TEXTS / f"{stem}.txt")
    assert any(name in i.victim_names for i in report.incidents)
    shown = json.dumps(report.to_dict(include_names=False), ensure_ascii=False)
    assert gone not in shown and WITHHELD in shown


# -- names the reader missed in rounds 37-40 (names40) ----------------------------------------------------------------

@pytest.mark.parametrize("text,names", [
    # real: ar-2021-06-news-37 (a name after "مقتل" and before who the person was; "علي" is Ali, not "على")
    ("قام انتحاري بتفجير نفسه بواسطة حزام ناسف كان يرتديه وسط سوق بلدة الراعي بريف محافظة حلب الشمالي الشرقي، في 7 "
     "حزيران 2021، ما أدى إلى مقتل محمد علي العلي، نازح من مدينة دير حافر شرق محافظة حلب، وإصابة قرابة 7 مدنيين",
     ["محمد علي العلي"]),
    # made up: the same family with the other words of who the person was
    ("أدى القصف إلى استشهاد مرهف حميد الدالوم، البالغ من العمر 40 عاماً", ["مرهف حميد الدالوم"]),
    ("وثقت الشبكة وفاة خالد الحمود، وهو من أبناء بلدة كفرنبل", ["خالد الحمود"]),
    ("تسبب في مقتل جود عثمان، من أهالي قرية", ["جود عثمان"]),
])
def test_arabic_name_between_the_death_and_who_the_person_was(text, names):
    assert bare_names_ar(text) == names


@pytest.mark.parametrize("text", [
    "أدى القصف إلى مقتل مدني نازح، وهو من أبناء المدينة",
    "أدى إلى مقتل ممرضة متطوعة، وهي من أهالي البلدة",
    "مقتل قائد الفصيل، وهو من أبناء دير الزور",
    "أسفر عن مقتل طفلين اثنين، وهما من أبناء البلدة",
    "ما أدى إلى مقتل 3 مدنيين، وهم من أبناء مدينة دير حافر",
])
def test_prose_between_the_death_and_who_the_person_was_is_no_name(text):
    assert bare_names_ar(text) == []


@pytest.mark.parametrize("text,names", [
    # real: en-2012-12-press-38 (an Assyrian given name the lexicon lacks, in brackets after "a young man")
    ("A Meg fighter jet bombarded the Assyrian Christian village of Tal Nasri on 14 November 2012. A young man (Ninos "
     "Moneer) was killed in the bombardment and many others were injured.", ["Ninos Moneer"]),
    # made up: other nouns of who the person was, an age in the brackets
    ("The victim (Ahmad al Hasan, 12) died of his wounds.", ["Ahmad al Hasan"]),
    ("A woman (Maryam) and a child were killed.", ["Maryam"]),
    # real: en-2012-06-massacre-40 (the owner of the car used for a bombing: a private person, not a victim)
    ("with residents identifying the vehicle as a black Avanti owned by Abdullah al Sayyed Ahmad al Najm, which had "
     "been confiscated by the regime’s Military Security division in Deir Ez-Zour when al Sayyed was arrested",
     ["Abdullah al Sayyed Ahmad al Najm"]),
    ("a house belonging to Mohammad Khaled al Ali was shelled, killing two", ["Mohammad Khaled al Ali"]),
    # real: en-2016-10-massacre-38 (the home struck, its owner named with a title)
    ("at least 11 people died when unidentified warplanes struck the house of Sheikh Daham Ka’a-ishish in the village "
     "of al Ghazli.", ["Daham Ka’a-ishish"]),
])
def test_english_names_in_brackets_after_a_person_and_owners(text, names):
    assert bare_names_en(text) == names


@pytest.mark.parametrize("text", [
    "A civilian (HTS) was killed, and a child (SDF) and a man (C1250)",
    "A child (Idlib) was killed; a woman (2012) died; a boy (Kurdish) was injured",
    "a fighter of Hay'at Tahrir al Sham (HTS) killed a young man (Syrian) in Idlib",
    "a depot owned by Hay'at Tahrir al Sham, and a car belonging to Jaish al Islam, owned by Syrian Democratic Forces",
    "a car belonging to Russian forces was hit, killing two",
    "shells hit the house of Tal Hamid's mayor and the home of Bashar al-Assad's cousin, killing two",
    "the house of Representatives; the home of Hay'at Tahrir al Sham fighters was shelled, killing two",
])
def test_units_parties_places_and_numbers_in_those_slots_are_no_names(text):
    assert bare_names_en(text) == []


def test_arabic_name_in_brackets_the_lexicon_lacks():
    # made up, the Arabic of en-2012-12-press-38's "A young man (Ninos Moneer)": a name in brackets after the noun of
    # who the person was, its first word no common given name
    assert person_names_ar("قتل الشاب (نينوس منير) في القصف") == ["نينوس منير"]
    assert person_names_ar("الطفل (كاوا حسن) جراء القصف") == ["كاوا حسن"]
    # prose, parties and places in brackets are none
    for text in ("و13 على مراكز للدفاع المدني (منشآت وآليات) على يد", "الشاب (من أبناء المدينة)", "الطفل (قسد) قتل",
                 "المدني (ريف حلب)", "الشهيد (البطل المغوار)", "الضحية (مجهول الهوية) قتل"):
        assert person_names_ar(text) == [], text


def test_owners_of_the_houses_and_shops_hit_names40_sweep():
    # real: en-2017-11-massacre-25 and en-2016-10-news-28 (found by the sweep; in no public line today)
    assert bare_names_en("The raids targeted the municipality building and the house of Majid al-Issa and the house of "
                         "Turki al-Qahayt and the shops of A’raj Al-Shamluk at the main road") == [
        "Majid al-Issa", "Turki al-Qahayt", "A’raj Al-Shamluk"]
    assert bare_names_en("the bombing took place at the house of Hassan Abdallah al Ali, who was described as hosting "
                         "members of ISIS") == ["Hassan Abdallah al Ali"]


@pytest.mark.parametrize("stem,name,gone", [
    ("en-2016-10-massacre-38", "Daham Ka'a-ishish", "Daham"),
    ("ar-2021-06-news-37", "محمد علي العلي", "محمد علي العلي"),
    ("en-2012-12-press-38", "Ninos Moneer", "Ninos Moneer"),
])
def test_names40_corpus_names_leave_every_public_output(stem, name, gone):
    report = read_report(TEXTS / f"{stem}.txt")
    shown = json.dumps(report.to_dict(include_names=False), ensure_ascii=False)
    if stem == "en-2016-10-massacre-38":
        # (the incidents that held the name are the Raqqa monitors' accounts, left out as another organisation's since
        # fixen: the name is in no incident at all, so in no public output; its sentence's reading is tested above)
        assert not any(name in i.victim_names for i in report.incidents) and gone not in shown
        return
    assert any(name in i.victim_names for i in report.incidents)
    assert gone not in shown and WITHHELD in shown


@pytest.mark.parametrize("text, names", [
    # the real sentence (en-2022-08-massacre-54, rounds 52 and 54, after their measurement: fix5254), a name the
    # lexicon lacks set off by commas right after who was killed
    ("Another civilian reportedly killed, Tayseer Ramadan, was reportedly displaced from Maarat al-Numan.",
     ["Tayseer Ramadan"]),
    # variants of the family
    ("A child killed, Hamoud Shaqra, was ten.", ["Hamoud Shaqra"]),
    ("One woman who was killed, Rasha Kanjo, was displaced.", ["Rasha Kanjo"]),
    # a place in the slot is no name
    ("A civilian killed, Kafr Nabl, was shelled.", []),
])
def test_a_name_in_apposition_after_who_was_killed(text, names):
    assert bare_names_en(text) == names
