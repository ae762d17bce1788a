"""The general finder of incidents narrated in English prose (geo/report/narration.py, issue #12).

Every sentence here is a real corpus sentence (tests/corpus/snhr/texts) unless it says otherwise. The finder
is run alone (``found=[]``) on sentences of tune texts to show that one grammar of the sentence (killing predicate,
victim count, place) reads wordings the narrow rules each read from one text; and with the other rules
(``read_report``) to show that it adds what they miss without telling an incident twice.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.report import read_report
from geo.report.narration import narrated_count, narrated_incidents
from geo.report.tallies import read_meta
from geo.report.text import Document, split_header

TEXTS = Path(__file__).parent / "corpus" / "snhr" / "texts"
NOTE = "narrates in its own words"


def _raw(text_id: str) -> str:
    return (TEXTS / f"{text_id}.txt").read_text(encoding="utf-8")


def _alone(text_id: str, sentence: str):
    """The finder alone on ``sentence`` of the text (checked to be in it), dated by the text's header."""
    header, body = split_header(_raw(text_id))
    doc = Document(body)
    meta = read_meta(doc, header)
    sentence = sentence.replace("’", "'")  # (the document folds curly quotes)
    assert sentence in doc.text
    day_known = bool(re.match(r"\d{4}-\d{2}-\d{2}", header.get("published", "")))
    return narrated_incidents(Document(sentence), meta.period, meta.publication_date, [], day_known)


def _narrated(report):
    return [i for i in report.incidents if any(NOTE in n for n in i.notes)]


# -- round 11's leftover: the militia's two youths in Tamanaa (en-2012-05-news-11) ----------------------------

def test_tamanaa_militia_youths_found_once_and_placed_by_the_village_named_before():
    report = read_report(_raw("en-2012-05-news-11"))
    youths = [i for i in report.incidents if "killed two youths in Tamanaa" in i.sentence]
    assert len(youths) == 1
    inc = youths[0]
    assert (inc.killed, inc.children or 0) == (2, 0)
    # "in Tamanaa" is a bare name; the text named it before as "the village of Tamanaa in al-Ghab"
    assert "Tamanaa in al-Ghab" in inc.place_text
    assert inc.date == dt.date(2012, 5, 1)  # the month of publication: "on Friday" of an undated page
    # the lead's seven (four women) stay one incident, not told again by the general finder
    assert [i.killed for i in report.incidents] == [7, 2]


# -- wordings the general grammar reads by itself (tune texts) ------------------------------------------------

@pytest.mark.parametrize("text_id, sentence, killed, children, women, place", [
    # active, the count after the verb, with its "including" list
    ("en-2015-04-massacre-01", "Tuesday, March 31, 2015, government warplanes fired a missile that destroyed a "
     "building in Idlib and killed 32 individuals including 13 children and 7 women.", 32, 13, 7, "Idlib"),
    # passive after "in which", the count's list between commas ("womens": the source's typo)
    ("en-2024-01-monthly-01", "The group also notes that Jordanian forces committed a massacre in Rural Suwayda, "
     "in which seven civilians, including two children and three womens, were killed", 7, 2, 3, "Rural Suwayda"),
    # the subject far from its verb, a hometown between them ("from al Talhiya village" is not the place)
    ("en-2020-06-news-02", "A 13- year-old boy, Maher Malek Nouri Durrah, from al Talhiya village in the northern "
     "suburbs of Idlib governorate, was shot dead on June 4 when snipers affiliated with Syrian regime forces opened "
     "fire against a gathering of civilians working on harvesting crops of their agricultural lands on the vicinity "
     "of Iffes village in the northern suburbs of Idlib governorate.", 1, 1, 0, "Iffes"),
    # a press lead: the target of the raids, then "have killed N"
    ("en-2019-12-news-03", "Air raids on a popular market in Maraat al-Numan in Syria’s rebel-held Idlib province "
     "have killed 11 civilians and wounded at least 20 others.", 11, 0, 0, "Maraat al-Numan"),
])
def test_one_grammar_reads_the_wordings_of_many_texts(text_id, sentence, killed, children, women, place):
    got = _alone(text_id, sentence)
    assert len(got) == 1
    inc = got[0]
    assert (inc.killed, inc.children or 0, inc.women or 0) == (killed, children, women)
    assert place in inc.place_text
    assert "al Talhiya" not in inc.place_text


def test_counts_of_the_press_victim_phrases():
    # real: en-2012-05-news-11 ("two youths"); the others are the brief's wordings (made up)
    assert narrated_count("militia men from al-Aziziyeh killed two youths in Tamanaa on Friday").killed == 2
    c = narrated_count("a woman and her two children were killed when a shell hit their house in Sarmin")
    assert (c.killed, c.children, c.women) == (3, 2, 1)
    assert narrated_count("the bodies of five men were found in Tafas").killed == 5
    assert narrated_count("Five people died in an explosion in Azaz").killed == 5


def test_weekday_of_a_dated_publication_and_yesterday():
    # made up, in the wording of the brief: "on Friday" / "yesterday" against a page published Wednesday 4 March 2020
    doc = Document("The bodies of five men were found in Tafas on Sunday. Five people died in an explosion in "
                   "Azaz yesterday.")
    got = narrated_incidents(doc, None, dt.date(2020, 3, 4), [], day_known=True)
    assert [(i.place_text, i.date) for i in got] == [("Tafas", dt.date(2020, 3, 1)), ("Azaz", dt.date(2020, 3, 3))]


# -- what is not a killing, or not one incident -----------------------------------------------------------------

@pytest.mark.parametrize("text_id, sentence", [
    # an arrest: a count, a place, a day, no killing
    ("en-2020-08-news-01", "A man from Aqrab village in Hama Governorate southern suburbs, named as Abdul Halim "
     "Touqaj, was arrested on August 15, 2019"),
    # a cumulative total since an intervention
    ("en-2018-07-press-01", "In a report released today by the network, it said that the Russian troops committed "
     "brutal massacres and killed 6187 civilians, including 1771 children since its intervention"),
    # a period's figure across the country, "bringing the death toll ... since the beginning of 2022"
    ("en-2022-08-press-01", "According to the report, 11 civilians, including five children, were killed in "
     "explosions of landmines across Syria"),
    # a part of the lead's count, not a count of its own
    ("en-2012-05-news-11", "Four women were among those killed in the village of Tamanaa in al-Ghab"),
])
def test_not_an_incident(text_id, sentence):
    assert _alone(text_id, sentence) == []


def test_a_monthly_reports_figure_with_no_day_is_the_months_tally(shared_dir):
    # the seed report (July 2023): "We also recorded the killing of 12 civilians, including one child, by
    # gunshots of unidentified source, with 10 of these victims killed in Daraa governorate." is a figure of
    # the month, not an incident in Daraa
    path = shared_dir / "reports" / "snhr_2023-07_civilian_death_toll.txt"
    assert "with 10 of these victims killed in Daraa governorate" in path.read_text(encoding="utf-8")
    report = read_report(path)
    assert report.meta.covers_month
    assert _narrated(report) == []


def test_combatants_are_no_victims():
    # made up: the corpus's English texts hold no counted combatants' death at a place
    assert narrated_count("Six fighters of the Free Syrian Army were killed in clashes in Daraa city") is None
    assert narrated_count("two soldiers were shot dead at a checkpoint in Jasim") is None
    doc = Document("Six fighters of the Free Syrian Army were killed in clashes in Daraa city.")
    assert narrated_incidents(doc, None, dt.date(2020, 3, 4), [], day_known=True) == []


def test_injuries_only_and_a_month_tally_are_not_incidents():
    # made up variants of the refused forms (injuries only; a month's figure)
    for text in ("Five civilians were injured in shelling on Ariha city.",
                 "In November 2019, 230 civilians were killed in Idlib governorate."):
        assert narrated_incidents(Document(text), None, dt.date(2020, 3, 4), [], day_known=True) == []


# -- with the other rules: nothing told twice, refusals kept ----------------------------------------------------

@pytest.mark.parametrize("text_id", ["en-2022-01-news-01", "en-2024-01-monthly-01", "en-2020-06-news-02",
                                     "en-2019-12-news-03"])
def test_headlines_and_retold_tolls_are_not_told_twice(text_id):
    # each headline or lead restates an incident the other rules read from the body
    assert _narrated(read_report(_raw(text_id))) == []


@pytest.mark.parametrize("text_id", ["en-2017-08-refuse-11", "en-2024-08-refuse-11", "en-2021-02-refuse-01"])
def test_arrest_and_injury_texts_stay_refused(text_id):
    with pytest.raises(InputError):
        read_report(_raw(text_id))


def test_a_text_whose_only_killing_is_bodies_found_is_read():
    # made up, the brief's wording: "the bodies of N men were found in W" is a killing for acceptance too
    report = read_report("source: x\npublished: 2020-03-04\n---\nThe bodies of five men were found in Tafas on "
                         "Sunday, local activists said.")
    assert [(i.killed, i.place_text, i.date) for i in report.incidents] == [(5, "Tafas", dt.date(2020, 3, 1))]


# -- round 23, after its measurement (fix23en) ------------------------------------------------------------------

def test_a_total_then_its_women_and_children_after_commas_is_one_count():
    # real: en-2015-09-news-23 (the Syrian Observer on SNHR); the women and children add up to the total
    c = narrated_count("The Syrian air force launched deadly raids on the rebel-held city of Douma near Damascus, "
                       "killing 10 civilians, six women, and four children, according to medics")
    assert (c.killed, c.children, c.women) == (10, 4, 6)
    # made up: without the serial comma; and a list that does not add up to the total stays a sum
    c = narrated_count("Shelling hit the town of Saqba, killing 7 people, four women and three children")
    assert (c.killed, c.children, c.women) == (7, 3, 4)
    c = narrated_count("Shelling hit the town of Saqba, killing 7 people, two women and three children")
    assert c.killed == 12


def test_a_count_with_its_noun_left_out_before_the_town_named():
    # real: en-2015-09-news-23 ("killed two in the town of"); made up: "killing three in the village of"
    got = _alone("en-2015-09-news-23", "In western Ghouta, regime army snipers killed two in the town of "
                 "Moadamiyet Al-Sham, according to SNHR.")
    assert len(got) == 1 and (got[0].killed, got[0].children or 0) == (2, 0)
    assert "Moadamiyet Al-Sham" in got[0].place_text
    assert narrated_count("a shell fell on a house, killing three in the village of Tafas").killed == 3
    # a number of days or of a year is no count: "killed in 2015 in the town of" has no count after the verb
    assert narrated_count("the bombardment killed in the town of Tafas") is None


def test_an_attack_snhr_says_killed_civilians_it_could_not_count():
    # Round 30 (en-2013-05-news-30): "On 5 May 2013, Israel attacked the Syrian lands ... we couldn't get any
    # victim numbers ... SNHR condemns the Israeli attack on the Syrian land Which caused the death of civilian
    # victims": one incident of that day, ISRAEL, no count and no place.
    r = read_report(_raw("en-2013-05-news-30"))
    assert [(i.date.isoformat(), i.killed, i.perpetrator, i.place_text) for i in r.incidents] == [
        ("2013-05-05", None, "ISRAEL", None)]
    assert r.incidents[0].sentence.startswith("SNHR condemns the Israeli attack")
    # made up, the same family: a Russian strike that "resulted in the deaths of several civilians"
    made_up = ("source: x\npublished: 2016-03-02\n---\nOn March 1, 2016, Russian warplanes struck a market in the north."
               " SNHR could not document the victims' number.\n\n"
               "SNHR condemns the Russian airstrike that resulted in the deaths of several civilians.\n")
    assert [(i.date.isoformat(), i.killed, i.perpetrator) for i in read_report(made_up).incidents] == [
        ("2016-03-01", None, "RUSSIA")]
    # ... but not without the attack's day, nor in another teller's words: still refused
    for text in (made_up.replace("On March 1, 2016, ", ""),
                 made_up.replace("SNHR condemns", "The ministry condemns")):
        with pytest.raises(InputError):
            read_report(text)


def test_snhr_calls_an_attack_a_massacre_with_no_figure():
    from geo.report.narration import uncounted_massacre
    # real (en-2017-11-massacre-34): "The Syrian Network for Human Rights reported that four missiles, suspected to be
    # Russian, struck the market, "causing a massacre"." - SNHR's count-less massacre at the one town the page names
    # ("in the town of Atarib"); SOHR's 61 is not SNHR's, and the page prints only "Monday": date unknown
    r = read_report(TEXTS / "en-2017-11-massacre-34.txt")
    assert [(i.date, i.killed, i.perpetrator, i.category, i.place_text) for i in r.incidents] == [
        (None, None, "RUSSIA", "massacre", "the town of Atarib")]
    # made up, the same family: "committing a massacre" by a party named; a count of the dead is other rules'
    doc = Document("Shells fell on the village of Kafr Nabl. SNHR said that regime forces shelled the village, "
                   "committing a massacre.")
    assert [(i.perpetrator, i.place_text) for i in uncounted_massacre(doc, None)] == [("REGIME", "the village of Kafr Nabl")]
    doc = Document("SNHR said that the strikes killed 12 civilians in the village of Kafr Nabl, causing a massacre.")
    assert uncounted_massacre(doc, None) == []


def test_snhr_s_report_on_one_massacre_with_no_count_and_its_place_s_control():
    from geo.report.narration import uncounted_massacre
    # real (en-2016-08-massacre-46, round 46, after its measurement: fix4546): "This report documents a gross massacre
    # that has been perpetrated by allegedly Russian forces in Al Ta’es neighborhood in Al Qouriya city where SNHR
    # contacted ..." and "The city has been under the control of ISIS since July 2014." - SNHR's own report on one
    # massacre, no count and no day in the excerpt: one incident, killed None, date unknown, ISIS control stated
    r = read_report(TEXTS / "en-2016-08-massacre-46.txt")
    assert [(i.date, i.killed, i.perpetrator, i.category, i.stated_control) for i in r.incidents] == [
        (None, None, "RUSSIA", "massacre", "ISIS")]
    assert "Qouriya city" in r.incidents[0].place_text
    # made up, the same family: "committed by", "was carried out by"; the control of "the town"
    doc = Document("This report documents a massacre that was carried out by regime forces in the town of Kafr Nabl. "
                   "The town has been under the control of armed opposition factions since 2012.")
    (i,) = uncounted_massacre(doc, None)
    assert (i.perpetrator, i.place_text, i.stated_control_text) == (
        "REGIME", "the town of Kafr Nabl", "armed opposition factions")
    doc = Document("This report documents a horrific massacre committed by Russian forces in Ariha city.")
    assert [(i.perpetrator, i.place_text, i.stated_control) for i in uncounted_massacre(doc, None)] == [
        ("RUSSIA", "Ariha city", None)]
    # a report on several massacres tells none apart
    doc = Document("This report documents a massacre committed by Russian forces in Ariha city. This report documents "
                   "a massacre committed by regime forces in Saraqib city.")
    assert uncounted_massacre(doc, None) == []


def test_another_teller_s_account_on_a_page_that_weighs_several_is_no_incident():
    # real (en-2017-05-news-46, round 46, after its measurement: fix4546): on an Airwars page ("Airwars assessment"),
    # "Zaman Alwasl reported that “Islamic State media published testimony of a doctor ... who confirmed the killing of
    # seven children ...”" is Zaman Alwasl's account of the page's attack; SNHR's ("According to the Syrian Network for
    # Human Rights, seven children died in the strike.") is the one incident
    r = read_report(TEXTS / "en-2017-05-news-46.txt")
    assert [(i.killed, i.children) for i in r.incidents] == [(7, 7)]
    assert not [i for i in r.incidents if "Zaman" in i.sentence]
    # made up: on such a page, "Baladi said ..." is no incident; without the assessment (a news story), it is read
    told = ("Baladi said that 6 civilians were killed in an air raid on the town of Maarat al-Numan on "
            "14 March 2017.")
    page = "Airwars assessment\n\nAn airstrike hit a market, local sources said.\n\n" + told + "\n"
    assert narrated_incidents(Document(page), (2017, 3), dt.date(2017, 3, 15), []) == []
    story = "An airstrike hit a market, local sources said.\n\n" + told + "\n"
    assert [i.killed for i in narrated_incidents(Document(story), (2017, 3), dt.date(2017, 3, 15), [])] == [6]
