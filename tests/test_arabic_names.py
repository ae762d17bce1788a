"""Victims' names in Arabic texts (geo.report.arabic_names): found after the noun of who they were,
and withheld from every public form of the incidents read from real corpus texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.privacy import WITHHELD, public_form
from geo.report import read_report
from geo.report.arabic_names import person_names_ar, split_names_ar

TEXTS = Path(__file__).parent / "corpus" / "snhr" / "texts"


@pytest.mark.parametrize("text,names", [
    # real corpus sentences
    ('وقالت مصادر محلية، إن “الشاب محمد حسين الزعبي الذي ينحدر من بلدة المسيفرة في ريف درعا الشرقي',
     ["محمد حسين الزعبي"]),
    ("أفاد مراسل حلب اليوم باستشهاد الشاب علاء مد الله الجندي تحت التعذيب", ["علاء مد الله الجندي"]),
    ("وأشار مراسل حلب اليوم إلى أنّ الشاب علاء كان أحد لاعبي نادي نوى الرياضي", ["علاء"]),
    ("الطفل “يوسف محمد النعمة”", ["يوسف محمد النعمة"]),
    ("الطفل عبد الله حيدر", ["عبد الله حيدر"]),
    # made-up variants: a naming verb, a nationality between, diacritics, two victims
    ("قتل شاب يدعى أحمد خالد العلي برصاص قناص", ["أحمد خالد العلي"]),
    # a name told before where the victim came from (real: round 18's torture post, corpus texts)
    ("مقتل مدني من حمص بسبب التعذيب داخل أحد مراكز احتجاز النظام السوري، 1 شباط بلال عبد الرزاق دعاس، من أبناء حي",
     ["بلال عبد الرزاق دعاس"]),
    ('قالت الشبكة إن "الرضيعة عايدة الزورو، من مواليد', ["عايدة الزورو"]),
    ("فادي الدالي وهيثم فرحان الدالي، من أبناء بلدة", ["هيثم فرحان الدالي"]),
    ("خنساء محمد السيد (35 عاما)، من أبناء مدينة", ["خنساء محمد السيد"]),
    ("الناشطة السورية ريم حسن", ["ريم حسن"]),
    ("استُشهِد الطِّفلُ سامر بقصف، والسيدة فاطمة محمود في المنزل", ["سامر", "فاطمة محمود"]),
    # found printed in the lead's review (real corpus sentences): nouns one after another (ar-2016-03-news-01,
    # ar-2020-12-news-18); two victims after a dual noun (ar-2024-06-news-01, ar-2021-07-news-01); the names of a
    # list before where they came from (ar-2022-08-news-01); a relative after a noun with its pronoun
    # (ar-2023-07-news-01, ar-2023-12-news-01)
    ("بقضية المواطنة الطفلة غادة فايز الشرار من محافظة ريف دمشق", ["غادة فايز الشرار"]),
    ("الناشط الإعلامي حسين خطاب المعروف باسم كارة السفراني، مصوّر", ["حسين خطاب"]),
    ("الطفلان محمد فادي الدالي وهيثم فرحان الدالي، من أبناء مدينة صوران", ["محمد فادي الدالي", "هيثم فرحان الدالي"]),
    ("الطفلان الشقيقان ليالي وحسن علي نصار الدفنان، يبلغان من العمر 12 عاماً", ["ليالي", "حسن علي نصار الدفنان"]),
    ("مدنيان اثنان، محمد عمر خليل، وصدام داني، من أبناء قرية كنصفرة", ["صدام داني", "محمد عمر خليل"]),
    ("كما تسبب انفجار الجسم بإصابة شقيقه عمار العمري بجراح خطيرة.", ["عمار العمري"]),
    ("إحدى الناجيات من مجزرة الحولة، وابنتها نور الصالح، تبلغ من العمر عامين", ["نور الصالح"]),
    # round 20 (real): a title before the name (ar-2025-09-news-20); a naming verb after the noun (ar-2020-11-news-20)
    ("في حادثتي مقتل الدكتور حيدر يونس شاهين، المرشح لعضوية مجلس الشعب، والشاب أمجد راكان السويد، على يد",
     ["حيدر يونس شاهين", "أمجد راكان السويد"]),
    ("أن الطفلة تدعى سحر محمد رعد حيحانو، من أبناء المدينة", ["سحر محمد رعد حيحانو"]),
    # round 21 (real, ar-2016-09-torture-21): a calling before a quoted name
    ('ومن بين الضحايا الموثّقين في حمص، الرياضي "جهاد قصاب" لاعب نادي الكرامة لكرة القدم', ["جهاد قصاب"]),
    # made-up variants: a given name that starts with و is no "and"; a list of three
    ("قتل الشاب محمد وليد الخطيب في القصف", ["محمد وليد الخطيب"]),
    ("مقتل ثلاثة مدنيين، أحمد علي، محمود حسن الخطيب، وصدام داني، من أبناء قرية", ["صدام داني", "محمود حسن الخطيب",
                                                                              "أحمد علي"]),

    # round 19 (real): a noun right after another noun ("الدفاع المدني الناشط ..."), the field of a media worker
    # between noun and name, and the press's alif maqsura ("الإعلامى")
    ("ونعى الدفاع المدني الناشط همام العاصي، وقال إنه قتل جراء قصف مزدوج", ["همام العاصي"]),
    ("وبيّن التقرير أن الناشط الإعلامي “محمد نور الشمالي”، قُتل في أقبية الأسد تحت التعذيب، في حين سقط الناشط"
     " الإعلامي “أحمد محمود عزيزة”، ضحية قصف الطيران الحربي الروسي", ["محمد نور الشمالي", "أحمد محمود عزيزة"]),
    ('كان بمقتل الإعلامى محمد سعيد الخطيب، "مراسل قناة العربية" برصاص مسلحين ملثمين', ["محمد سعيد الخطيب"]),
    # round 22 (real, ar-2020-07-news-22, found printed as a user): SNHR's opening of a child's death, its given name
    # one that starts with و and is a word of prose too ("وحيد", alone); made-up variants of the same family
    ("الطفل وحيد المراد، يبلغ من العمر 13 عاماً، قُتل في 5 تموز 2020", ["وحيد المراد"]),
    ("الطفلة وفاء أحمد الحسين، تبلغ من العمر 9 أعوام، قُتلت", ["وفاء أحمد الحسين"]),
    ("والشاب وسام خالد العبد الله، قُتل برصاص قناص", ["وسام خالد العبد الله"]),
])
def test_names_after_a_noun_of_who_the_victim_was(text, names):
    assert person_names_ar(text) == names


@pytest.mark.parametrize("text", [
    "قُتل الطفل الرضيع جراء القصف",              # an adjective: a first name has no article
    "والشاب الذي كان يعمل في الأرض",            # a relative pronoun
    "أبلغت سلطات النظام ذوي الشاب بوفاته",        # a preposition with a pronoun
    "مقتل المدني بريفِ دمشق جراءَ القصف",          # a preposition with a place word
    "تعرض المعتقل للتعذيب منذ اللحظة الأولى",      # a preposition with the article
    "المكتب الإعلامي للائتلاف الوطني السوري",
    "السيدة قتلت برصاص قوات النظام",             # a verb of the event
    "متعاون مع قناة TRT التركية، من أبناء مدينة",  # an adjective before where someone came from
    "قتل ثلاثة مدنيين في القصف، من أبناء البلدة",
    "قتل عدد من المدنيين وأصيب آخرون جراء قصف",   # a verb with "و" after a noun
    "قتلوا في حي السيدة زينب جنوب شرقي دمشق حين أطلقت طائرات",  # a place named after someone (ar-2012-07-daily-20)
    "قصفت الطائرات مدرسة الشهيد في البلدة",       # the same
    "في ريف إدلب، قصفت قوات النظام، مدينة أريحا، من أبناء المدينة",  # a list of no given names
    "قُتل الطفل وأمه وأخته جراء القصف",          # "and" with a relative, after the noun
    "قتل الطفل ووالده في القصف",
])
def test_report_prose_after_such_a_noun_is_no_name(text):
    assert person_names_ar(text) == []


def test_an_arabic_text_read_and_made_public_shows_no_name():
    # SY24's post of a young man tortured to death in Saydnaya (round 14): his full name, and his
    # family name alone later, are in the incident's sentence.
    report = read_report(TEXTS / "ar-2021-02-torture-14.txt")
    (inc,) = report.incidents
    assert "محمد حسين الزعبي" in inc.victim_names
    public = inc.to_dict(include_names=False)
    assert "الزعبي" not in public["sentence"] and "محمد حسين" not in public["sentence"]
    assert WITHHELD in public["sentence"] and "سجن صيدنايا" in public["sentence"]
    # the store's public form (every public output is built by it) withholds it too
    record = {"id": "t:1", "dataset": "t", "source_id": "1", "source_sentence": inc.sentence,
              "victim_names": inc.victim_names, "injured_names": []}
    shown = public_form(record, inc.victim_names)
    assert "الزعبي" not in shown["source_sentence"] and shown["victim_names"] is None


def test_a_child_named_by_a_given_name_of_prose_is_withheld_in_every_public_field():
    # round 22 (ar-2020-07-news-22), as a user pastes it: the opening is the title and the sentence
    text = (TEXTS / "ar-2020-07-news-22.txt").read_text(encoding="utf-8").split("---\n", 1)[1]
    report = read_report(text)
    (inc,) = report.incidents
    assert inc.victim_names == ["وحيد المراد"]
    record = {"id": "t:1", "dataset": "t", "source_id": "1", "source_sentence": inc.sentence,
              "source_title": report.meta.title, "place_text": inc.place_text,
              "victim_names": inc.victim_names, "injured_names": []}
    shown = public_form(record, inc.victim_names)
    assert all("المراد" not in (v or "") for v in shown.values() if isinstance(v, str))
    assert WITHHELD in shown["source_title"] and "قرية البارة" in shown["source_sentence"]


def test_a_name_after_a_noun_is_kept_beside_the_longer_name_that_holds_it():
    # "السيدة خنساء محمد السيد ... أثناء توجه السيدة خنساء مع أطفالها": the short name after the noun stays a
    # name of its own (reader._add_name, not _withhold), so the matcher of whole names withholds it alone too
    (inc,) = read_report(TEXTS / "ar-2023-12-news-01.txt").incidents
    assert {"خنساء محمد السيد", "خنساء", "نور الصالح"} <= set(inc.victim_names)
    (inc,) = read_report(TEXTS / "ar-2018-07-torture-13.txt").incidents
    assert {"علاء مد الله الجندي", "علاء"} <= set(inc.victim_names)


def test_no_name_found_in_a_text_that_gives_none():
    # the seed-like Arabic monthly restatement names no victim: nothing is withheld from it
    report = read_report(TEXTS / "ar-2018-01-monthly-14.txt")
    assert all(not inc.victim_names for inc in report.incidents)


def test_a_reports_title_shows_no_victim_of_any_of_its_incidents():
    # round 20's ar-2025-09-news-20 (its headline line, read as the title since saved pages' chrome is passed
    # over): the title names both victims; each incident's record is made public with its own names, so the
    # title is withheld of every incident's names, and of any the finders read in the title itself
    # (en-2024-07-torture-15: "Ahmad Nemer al-Halli, from the Barza neighborhood ..., was arrested")
    from geo.importers.snhr import to_incident

    report = read_report(TEXTS / "ar-2025-09-news-20.txt")
    assert "شاهين" in report.meta.title and "السويد" in report.meta.title
    for inc in report.incidents:
        title = to_incident(report, inc).public()["source_title"]
        assert "شاهين" not in title and "السويد" not in title and WITHHELD in title
    report = read_report(TEXTS / "en-2024-07-torture-15.txt")
    assert report.meta.title.startswith("Ahmad Nemer al-Halli")
    assert "Halli" not in report.public_title and "Halli" not in report.to_dict()["meta"]["title"]


# -- names25 ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,names", [
    # ar-2022-09-news-01: a name in quotes is whole to its closing quote ("العمر", age, is the family's name)
    ('مقتل الطفل "هيثم خالد العمر"، وأصيب شقيقه بجروح', ["هيثم خالد العمر"]),
    ('مقتل الطفلة «ريم أحمد الخطيب»، وإصابة والدتها', ["ريم أحمد الخطيب"]),  # made-up, other quotes
    # ar-2018-07-torture-13: "الرياضي" after a club's name is the club's adjective, no noun of a person
    ("وأشار مراسل حلب اليوم إلى أنّ الشاب علاء كان أحد لاعبي نادي نوى الرياضي لكرة القدم.", ["علاء"]),
    ("لاعب في فريق الكرامة الرياضي لكرة السلة", []),
])
def test_names25_quoted_names_and_clubs(text, names):
    assert person_names_ar(text) == names


@pytest.mark.parametrize("name,parts", [
    # ar-2021-10-landmine-13's lead, read as one name by the reader of "A، وB، قُتلوا"
    ("الأطفال الأشقاء ندى ومحمد ومدين يحيى أبو شنب", ["ندى", "محمد", "مدين يحيى أبو شنب"]),
    ("الطفلتان سارة وهبة علي الأحمد", ["سارة", "هبة علي الأحمد"]),  # made-up
    ("محمد حسين الزعبي", ["محمد حسين الزعبي"]),
    ("وليد خالد الحسن", ["وليد خالد الحسن"]),                    # a given name that starts with و
    ("الحلبي", ["الحلبي"]),
])
def test_a_run_read_as_one_name_is_split_into_the_names_it_holds(name, parts):
    assert split_names_ar(name) == parts


def test_names25_corpus_texts_public_forms():
    # ar-2021-10-landmine-13: the children's names withheld, not "للأطفال" nor "المدنيين" of SNHR's closing words
    (inc,) = read_report(TEXTS / "ar-2021-10-landmine-13.txt").incidents
    shown = inc.to_dict()["sentence"]
    assert "للأطفال" in shown and "حماية المدنيين" in shown and "ندى" not in shown and "شنب" not in shown
    # ar-2020-12-news-18: the nickname told after the name is withheld too
    inc = read_report(TEXTS / "ar-2020-12-news-18.txt").incidents[0]
    assert "السفراني" not in inc.to_dict()["sentence"] and "كارة" not in inc.to_dict()["sentence"]
    # ar-2022-09-news-01: the family name "العمر" withheld, "يبلغ من العمر" (aged) kept
    inc = read_report(TEXTS / "ar-2022-09-news-01.txt").incidents[0]
    shown = inc.to_dict()["sentence"]
    assert "هيثم" not in shown and '"' + WITHHELD + '"' in shown and "يبلغ من العمر" in shown
    # ar-2018-07-torture-13: the club's sport is printed
    inc = read_report(TEXTS / "ar-2018-07-torture-13.txt").incidents[0]
    assert "نادي نوى الرياضي لكرة القدم" in inc.to_dict()["sentence"] and "علاء" not in inc.to_dict()["sentence"]


@pytest.mark.parametrize("text, names", [
    # real (ar-2016-02-press-51, found at fix5152's merge): the name in quotes after where the media worker worked
    ('ونوهت الشبكة إلى أن فصائل الجيش الحر، قتلت الإعلامي في الإعلام الحربي التابع لميلشيا حزب الله "علي يوسف داشو" ، '
     "أثناء هجوم الأخيرة على بلدة رتيان بريف حلب.", ["علي يوسف داشو"]),
    # made up, the same family: another noun, other quotes
    ("قُتل الطبيب العامل في المشفى الميداني ببلدة كفرنبل “عمر خالد الحسن” جراء القصف.", ["عمر خالد الحسن"]),
    # an outlet's or a unit's name in quotes is no person's
    ('قُتل الإعلامي العامل مع قناة "نور الشام" في القصف.', []),
    ('قُتل الناشط في صفوف حركة "نور الدين الزنكي" خلال المعارك.', []),
])
def test_a_quoted_name_a_few_words_after_the_noun_of_who_the_victim_was(text, names):
    assert person_names_ar(text) == names


def test_the_quoted_name_after_where_the_media_worker_worked_is_withheld():
    incs = read_report(TEXTS / "ar-2016-02-press-51.txt").incidents
    rityan = [i for i in incs if "رتيان" in (i.to_dict()["sentence"] or "")]
    assert rityan and all("داشو" not in i.to_dict()["sentence"] for i in rityan)


@pytest.mark.parametrize("text, name", [
    # real (ar-2015-11-press-53, found at fix5354's merge): a media worker named after the outlet, no quotes
    ("بينما قتلت الإعلامية في إذاعة دمشق الرسمية بتول الورار في حرستا ومصور قناة المنار اللبنانية محمد علي عبد الرضا "
     "نور الدين في ريف حلب، علي يد مقاتلي فصائل المعارضة المسلحة.", "محمد علي عبد الرضا نور الدين"),
    # made up, the same family
    ("قُتل مراسل وكالة سمارت للأنباء أحمد خالد العلي في قصف على مدينة إدلب.", "أحمد خالد العلي"),
    # real (ar-2015-12-press-53, round 53, fix53b): the outlet's name quoted, its city after it, then the name; and what
    # the press called a worker between the noun and the name
    ("فقتل النظام مراسل قناة “الجزيرة” الإخبارية في حمص زكريا إبراهيم والناشط محمد الطويل في مدينة دوما بريف دمشق",
     "زكريا إبراهيم"),
    ("فيما قتل “داعش” الثلاثة الآخرين وضمنهم الإعلامي المعارض البارز ناجي الجرف.", "ناجي الجرف"),
    # made up, the same family
    ("وقتل مصور صحيفة \"الأيام\" المحلية في درعا خالد أحمد الزعبي.", "خالد أحمد الزعبي"),
    ("وقتلت الصحفية المستقلة سلمى حسن في قصف على إدلب.", "سلمى حسن"),
])
def test_a_media_worker_named_after_the_outlet_they_worked_for(text, name):
    assert name in person_names_ar(text)


def test_an_outlet_named_after_a_place_is_no_name():
    assert person_names_ar("قُتل مراسل قناة حلب اليوم في قصف على المدينة.") == []
    # (the name ends at the next victim's noun: "زكريا إبراهيم والناشط محمد الطويل" is two)
    assert "زكريا إبراهيم والناشط محمد الطويل" not in person_names_ar(
        "فقتل النظام مراسل قناة “الجزيرة” الإخبارية في حمص زكريا إبراهيم والناشط محمد الطويل في مدينة دوما")


def test_a_name_between_commas_after_the_noun_then_the_home():
    # real (ar-2016-05-news-68; round 68, after its measurement: fix68): "أن الناشط الإعلامي، X، من مدينة سراقب في ريف
    # إدلب، قتل مساء أمس" - the name between commas had been printed in the public sentence
    text = (Path(__file__).parent / "corpus" / "snhr" / "texts" / "ar-2016-05-news-68.txt").read_text(encoding="utf-8")
    body = text.split("---", 1)[1]
    names = person_names_ar(body)
    assert len(names) == 2 and all(len(n.split()) == 2 for n in names)
    rep = read_report(text)
    public = rep.incidents[0].to_dict()["sentence"]
    assert all(n not in public for n in names) and public.count("[name withheld]") == 2
    # made up, the same family; a description between the commas is no name
    assert person_names_ar("أن الصحفي، فلان الفلاني، من بلدة كفرنبل، قتل أمس") == ["فلان الفلاني"]
    assert person_names_ar("قتل الشاب، وهو طالب جامعي، من مدينة دوما، أمس.") == []
    assert person_names_ar("وأكد الناشط الإعلامي، المقيم في تركيا، من مدينة حلب، أن القصف مستمر.") == []
