"""Each party's month figure in the grammar SNHR (and the press restating it) uses to share a month's dead among
the parties, English and Arabic (round 14, docs/corpus.md "Round 14 (party tallies, general grammar)").

Every test reads a real sentence or text of the corpus (tests/corpus/snhr/texts), of the tune split.
"""
from pathlib import Path

from geo.incident import parse_perpetrator
from geo.report import read_report
from geo.report.arabic import _among, party_figures_ar
from geo.report.tallies import _party, figure_period, party_figures
from geo.report.text import Document

TEXTS = Path(__file__).parent / "corpus" / "snhr" / "texts"


def _sentence(text_id: str, words: str) -> str:
    """The clean sentence of a corpus text that contains ``words`` (as the reader sees it)."""
    body = (TEXTS / f"{text_id}.txt").read_text(encoding="utf-8").split("---\n", 1)[1]
    doc = Document(body, text_id)
    return next(s.text for p in doc.paragraphs for s in p.sentences if words in s.text)


def _parties(text_id: str) -> dict[str, int]:
    return {code: p.killed for code, p in read_report(TEXTS / f"{text_id}.txt").tallies.by_party.items()}


def _figures(sentence: str) -> list[tuple[str, int]]:
    return [(f[0], f[2]) for f in party_figures(sentence)]


# -- English ----------------------------------------------------------------------------------------

def test_respectively_gives_each_party_its_count_in_order():
    s = _sentence("en-2024-08-press-01", "respectively")
    assert _figures(s) == [("REGIME", 21), ("SDF", 4), ("HTS", 1)]
    assert _parties("en-2024-08-press-01") == {"REGIME": 21, "SDF": 4, "HTS": 1}


def test_respectively_needs_as_many_parties_as_counts():
    # two counts for one named party: no guess of whose the second is
    s = _sentence("en-2024-08-press-01", "respectively").replace(
        "the Syrian Democratic Forces (SDF) and Hayat Tahrir al-Sham (HTS) were", "the Syrian Democratic Forces (SDF) were")
    assert ("SDF", 4) not in _figures(s) and ("SDF", 1) not in _figures(s)


def test_a_count_said_by_ellipsis_after_another_party_count():
    s = _sentence("en-2024-09-press-01", "were linked to one")
    assert _figures(s) == [("OPP_SNA", 2), ("SDF", 1)]
    # alone (no party count before it to take its noun from), a bare "one" is nobody's count
    assert _figures("Syrian Democratic Forces (SDF) were linked to one.") == []


def test_shares_of_a_torture_count_are_not_month_party_figures():
    # "10 people ... died from torture in September – nine at the hands of regime forces and one by other actors"
    s = _sentence("en-2024-09-press-01", "died from torture")
    assert ("OTHER_UNIDENTIFIED", 1) not in _figures(s) and ("REGIME", 9) not in _figures(s)
    # (a breakdown, after the dash; a count of its own beside a party's torture count is read as that one is: "eight
    # individuals died due to torture at the hands of ISIS, and four at the hands of Fateh Al Sham Front", the year's)
    s = _sentence("en-2016-12-torture-01", "and four at the hands of Fateh Al Sham")
    assert ("ISIS", 8) in _figures(s) and ("HTS", 4) in _figures(s)
    assert _parties("en-2024-09-press-01") == {"REGIME": 18, "OPP_SNA": 2, "SDF": 1}


def test_the_party_the_report_holds_responsible_and_unnamed_parties():
    s = _sentence("en-2022-02-press-01", "holding the Assad regime forces")
    assert _figures(s) == [("REGIME", 77)]
    s = _sentence("en-2022-02-press-01", "unnamed armed parties")
    assert [(f[0], f[2], f[3], f[4]) for f in party_figures(s)] == [("OTHER_UNIDENTIFIED", 67, 21, 3)]
    assert _parties("en-2022-02-press-01") == {"REGIME": 77, "SDF": 11, "OTHER": 67}


def test_a_list_of_shares_with_the_noun_left_out():
    # "the victims that included 36 who were killed by regime forces and allied militias, 14 tortured to death in
    # regime prisons, 12 in areas occupied by the YPG/PKK terrorist group, 19 in Russian airstrikes and two by
    # Syrian opposition forces": the torture deaths are no party's month figure, nor the area's 12 (a place)
    s = _sentence("en-2020-03-press-01", "that included 36")
    assert _figures(s) == [("REGIME", 36), ("RUSSIA", 19), ("OPP_SNA", 2)]
    # the noun left out is the lead count's: arrests are no victims ("46 arrests by the Syrian National Army (SNA),
    # 37 by the SDF, and 18 by HTS")
    assert _figures(_sentence("en-2024-08-press-01", "46 arrests")) == []
    s = _sentence("en-2020-03-press-01", "without identifying")
    assert _figures(s) == [("OTHER_UNIDENTIFIED", 76)]
    parties = _parties("en-2020-03-press-01")
    assert parties["OTHER"] == 76 and "SDF" not in parties
    # the list's torture item is the month's torture count ("to death" names no party; the YPG/PKK after the
    # item's comma is the next item's)
    assert read_report(TEXTS / "en-2020-03-press-01.txt").tallies.torture == 14



# -- Arabic -----------------------------------------------------------------------------------------

def _figures_ar(sentence: str) -> list[tuple[str, int, int | None, int | None]]:
    return [f[:4] for f in party_figures_ar(sentence)]


def test_a_count_set_against_its_noun():
    # "فيما استشهد 12مدنياً بينهم 3أطفال على يد قوات سوريا الديمقراطية": no space between digits and word
    s = _sentence("ar-2018-10-press-01", "12مدنياً")
    assert ("SDF", 12, 3, None) in _figures_ar(s)
    # and the children of a total's list: "من بين القتلى 1100طفلاً، و742 امرأة" (a half-year's)
    assert _among("من بين القتلى 1100طفلاً، و742 امرأة") == (1100, 742)


def test_persons_are_not_civilians_where_the_fighters_are_counted_apart():
    # SNHR's 2014 layout: "أولاً: القوات الحكومية: أ: المدنيين: ... ب: المقاتلين:"; the opposition's "مقتل 61
    # شخصاً على يد المعارضة" counts persons (fighters among them), the regime's "1707 أشخاص مدنيين" civilians
    parties = _parties("ar-2014-09-monthly-01")
    assert parties == {"REGIME": 1707, "ISIS": 28}


def test_a_share_of_the_dead_said_to_be_children():
    # "أن 28 من القتلى أطفال إلى جانب سيدتين"
    t = read_report(TEXTS / "ar-2022-08-press-01.txt").tallies
    assert (t.killed, t.children, t.women) == (91, 28, 2)


def test_party_names_in_their_other_spellings():
    # "قوات سوريا الديموقراطية" (the SDF spelt with a waw; a half-year's figures, read by the same grammar)
    s = _sentence("ar-2017-06-press-01", "الديموقراطية")
    assert ("SDF", 153, 30, 25) in _figures_ar(s)
    # "قوات الإدارة الذاتية المرتبط بتنظيم بي كا كا"; the YPG / PKK and the PYD by their Arabic names
    for name in ("تنظيم ي ب ك / بي كا كا", "حزب الاتحاد الديمقراطي", "قوات سوريا الديموقراطية"):
        assert parse_perpetrator(name).code == "SDF"
    assert parse_perpetrator("كتائب الثوار").code == "OPP_SNA"
    # (a letter run is no party: "ي ب ك" only as its own words)
    assert parse_perpetrator("ميليشيا PYD").code == "SDF"


def test_sentences_of_thousands_of_counts_are_read():
    # a sentence of thousands of counts (a list with no "respectively", counts said by ellipsis, "N who were killed by
    # X" items) is read whole; its cost grows linearly (each "respectively" looked for right before the word, each
    # ellipsis's noun and the last arrest verb by bisection over marks found once): measured in
    # bench/long_sentences.py, not here (no timed tests)
    many = "Regime forces killed " + ", ".join(str(i) for i in range(3, 5000)) + " and 7 civilians."
    shares = "The report said 5 arrests by the SDF" + "".join(f", {i} by the SDF" for i in range(3, 3000)) + "."
    listed = "The victims included " + ", ".join(f"{i} who were killed by regime forces" for i in range(3, 1500)) + "."
    assert party_figures(many) == [] and party_figures(shares) == []  # no party's killing; arrests
    figures = party_figures(listed)
    assert len(figures) == 1497 and {f[0] for f in figures} == {"REGIME"}
    # an item after an arrest verb is an arrest, one after a death word is a killing (the marks looked up by bisection)
    assert party_figures("Five media activists were kidnapped; four by the SDF, and one by regime forces.") == []


def test_snhrs_2015_monthly_layout_month_after_title_sub_heads_and_bullets():
    from geo.report.tallies import _YEAR_AFTER_TOLL, _PARTY_GOES_ON
    # real (en-2015-03-monthly-34): the title "March Death Toll 2015" names the month the report covers; "1- Government
    # Forces:" heads the regime's block, "a- Civilians:" / "b- Gunmen:" are its sub-heads (no party of their own),
    # "• ISIL:" a party after a bullet; "5- International Coalition Forces:" (read as a heading) heads "SNHR documented
    # the death of 3 civilians; a woman and 2 children who were killed by international coalition forces"
    r = read_report(TEXTS / "en-2015-03-monthly-34.txt")
    assert r.meta.period == (2015, 3) and r.meta.covers_month
    assert _parties("en-2015-03-monthly-34") == {"REGIME": 1029, "SDF": 1, "ISIS": 241, "HTS": 16, "OPP_SNA": 84,
                                                  "COALITION": 3}
    # "SNHR documented the death of 1276 individuals by the government forces as follows:" (civilians and gunmen) is no
    # month total; "Further, 134 individuals died under torture" goes on with the government's block
    t = r.tallies
    assert t.killed is None and t.torture is None and t.torture_by_party.get("REGIME") == 134
    # made up, the same family
    assert _YEAR_AFTER_TOLL.sub(r"\g<m> \g<y>", "June Death Toll 2014") == "June 2014"
    assert _PARTY_GOES_ON.match("Also, 82 victims were tortured to death") and not _PARTY_GOES_ON.match("Also, the regime")


def test_a_titles_stray_year_after_the_party():
    # real (en-2016-04-monthly-34): "The Killing of 1041 Civilians in April 2016, 718 amongst which were killed by
    # government forces 2016" - the year after the party is no part of its name
    assert _parties("en-2016-04-monthly-34") == {"REGIME": 718}
    from geo.report.tallies import _party
    assert _party("government forces 2016") == "REGIME" and _party("Russian forces 2015") == "RUSSIA"


def test_a_party_on_the_hands_of_and_an_umbrella_before_its_member():
    # real (en-2016-02-monthly-63, quoted; round 63, after its measurement: fix63): SNHR's 2016 English "on the hands
    # of" and "the Kurdish Self-management forces" (SDF); the count is that party's, not the month's total
    s = "The report also documented the death of 9 civilians including 3 children on the hands of the Kurdish Self-management forces."
    assert _figures(s) == [("SDF", 9)]
    assert parse_perpetrator("Kurdish Self-management forces").code == "SDF"
    # real: "208 ... by extreme Islamic groups" (an umbrella, no party of ours), then ISIS's own count: the clause
    # after the comma, "as ISIS killed", is no apposition naming the umbrella
    s = ("The report mentioned that 208 civilians killed by extreme Islamic groups, as ISIS killed 207 civilians "
         "including 28 children and 51 women, while An Nussra Front")
    assert _figures(s) == [("ISIS", 207)]
    # made up, the same families; the apposition still names its party ("by terror group, DAESH")
    assert _figures("SNHR documented the death of 12 civilians on the hands of Syrian regime forces.") == [("REGIME", 12)]
    assert _figures("The report said 40 civilians were killed by extremist factions, while ISIS killed 30 civilians.") \
        == [("ISIS", 30)]
    assert _figures("The report said 14 civilians were killed by terror group, DAESH.") == [("ISIS", 14)]


def test_a_shares_own_list_between_of_whom_and_its_verb():
    # real (en-2022-03-monthly-66, quoted; round 66, after its measurement: fix66): the share's "including one child"
    # before "were killed": the regime's count is the share (7), not the month's total (67), its list the share's
    s = ("As the report documents, extrajudicial killings in Syria continued throughout March, with the total number "
         "of victims reaching 67 civilians, including 19 children and three women, seven of whom, including one child, "
         "were killed at the hands of Syrian regime forces, with the victims distributed to Daraa, Idlib, Damascus "
         "Suburbs, Homs, and Hama governorates.")
    assert _figures(s) == [("REGIME", 7)]
    assert party_figures(s)[0][3] == 1
    # made up, the same family: a share's list of two, "among them"; without a list the share is still read
    s = "In May, 120 civilians were killed, 40 of whom, including five children and two women, were killed by Russian forces."
    assert party_figures(s)[0][2:5] == (40, 5, 2)
    assert _figures("In June, 90 civilians were killed, 12 of whom, among them a woman, were killed by ISIS.") \
        == [("ISIS", 12)]
    assert _figures("In June, 90 civilians were killed, 12 of whom were killed by ISIS.") == [("ISIS", 12)]


def test_enab_baladi_english_month_restatement_release_day_bracketed_party_and_torture_shares():
    # real (en-2024-02-press-69, quoted; round 69, test batch, after its measurement: fix69): the release's day told
    # with its verb ("documented on Friday, March 1") is not the figures' month, so the party sentences after it are
    # the month's; the joint party written wholly in brackets is a party; the torture count's shares are the torture's
    from geo.report.tallies import figure_period, torture_shares
    lead = ("The Syrian Network for Human Rights (SNHR) documented on Friday, March 1, the killing of 78 civilians in "
            "Syria during the past February, including seven children.")
    assert figure_period(lead, (2024, 2)) == "month"
    s = ("Regime forces killed nine civilians, including a woman, whereas the (armed opposition factions/the Syrian "
         "National Army) killed three civilians.")
    assert _figures(s) == [("REGIME", 9), ("OPP_SNA", 3)]
    s = ("In February, nine people were killed due to torture, five of them by regime forces, one person by Tahrir "
         "al-Sham, two by all opposition factions, and one child by")
    assert torture_shares(s) == {"REGIME": 5, "HTS": 1, "OPP_SNA": 2}
    # made up, the same families: the day with its year, "released on"; the brackets' other order; shares with "and"
    assert figure_period("SNHR released on Monday, April 1, 2024, its report on the killing of 102 civilians in March "
                         "2024", (2024, 3)) == "month"
    assert figure_period("SNHR documented on March 1 the killing of 78 civilians in Syria in January", (2024, 2)) \
        == "other"
    assert _figures("Russian forces killed four civilians, while the (Syrian National Army/armed opposition "
                    "factions) killed 12 civilians.") == [("RUSSIA", 4), ("OPP_SNA", 12)]
    assert torture_shares("In March, 12 people died under torture, ten of them by regime forces, one by the SDF and "
                          "one by Hayat Tahrir al-Sham.") == {"REGIME": 10, "SDF": 1, "HTS": 1}
    # not a share list: a party's count whose share died of torture, or a torture count with no shares after it
    assert torture_shares("Regime forces killed 9 civilians, 3 of whom died due to torture.") == {}
    assert torture_shares("Nine people were killed due to torture in February.") == {}
    r = read_report("Report documents the killing of 78 civilians in Syria during February 2024\n\n"
                    "The Syrian Network for Human Rights (SNHR) documented on Friday, March 1, the killing of 78 "
                    "civilians in Syria during the past February, including seven children.\n\n" + s
                    + "\n\nRegime forces killed nine civilians, whereas the (armed opposition factions/the Syrian "
                    "National Army) killed three civilians.\n")
    assert {c: p.killed for c, p in r.tallies.by_party.items()} == {"REGIME": 9, "OPP_SNA": 3}
    assert r.tallies.torture_by_party == {"REGIME": 5, "HTS": 1, "OPP_SNA": 2}


def test_a_party_that_had_killed_and_a_release_day_named_by_its_weekday():
    # real (en-2016-07-press-70, quoted; round 70, after its measurement: fix70): "had killed", the party before its
    # verb's auxiliary
    s = ("The report, published on Monday by The Syrian Network for Human Rights, said that government forces had "
         "killed 769 civilians, including 253 children (a rate of nine children a day), and 197 women.")
    assert party_figures(s)[0][:5] == ("REGIME", "government forces", 769, 253, 197)
    # made up, the same family: "has killed", "have killed"
    assert _figures("The report said ISIS has killed 12 civilians, including three children.") == [("ISIS", 12)]
    assert _figures("Russian forces have killed 5 civilians in the month.") == [("RUSSIA", 5)]
    # real: the lead names the month and the report's release day by its weekday: the month's figure, and the party
    # sentences after it are the month's
    s = ("Over 1,500 civilians have died at the hands of the primary actors in Syria during the month of July alone, "
         "according to a report published by a UK-based rights monitor on Monday, August 1.")
    assert figure_period(s, (2016, 7)) == "month"
    # made up: another month named beside the weekday's day is still another month's figure; a day alone says no month
    assert figure_period("In June, 80 civilians died, said a report published on Monday, August 1.", (2016, 7)) == "other"
    # (with fix69's rule merged, a day right after "published on" is the release's and names no period at all)
    assert figure_period("A report published on Monday, August 1 said 80 civilians died.", (2016, 7)) is None
    assert _parties("en-2016-07-press-70") == {"REGIME": 769, "RUSSIA": 239, "SDF": 40, "ISIS": 156, "OPP_SNA": 67,
                                              "COALITION": 189, "OTHER": 97}


def test_deaths_offered_as_alternatives_of_no_party_are_the_other_parties():
    # real (en-2016-07-press-70, quoted): drowning (no party) or explosions of unknown parties: SNHR's other parties
    s = ("The report said that 97 other civilians, including 36 children, were killed either by drowning on migration "
         "boats or in explosions attributed by the network to unknown parties.")
    assert _figures(s) == [("OTHER", 97)]
    # made up, the same family; alternatives that name a party stay no other parties' figure
    assert _party("drowning at sea or landmines of unknown source") == "OTHER"
    assert _party("Russian or Syrian regime warplanes") != "OTHER"


def test_a_party_s_people_and_the_civilians_among_them():
    # real (en-2015-07-press-70, quoted; round 70, after its measurement: fix70): each party's people, then its civilians
    s = ("The network said in its monthly report, released on Saturday, that in July 1342 people were killed at the "
         "hands of the Syrian regime forces, 966 of them were civilians, including 266 children and 209 women.")
    assert party_figures(s)[0][:5] == ("REGIME", "Syrian regime forces", 966, 266, 209)
    s = ("The SNHR added that Kurdish forces of the People's Protection Units (YPG) and Asayish killed in July 13 "
         "civilians, including one child, while the Islamic State group (IS/ISIS) killed 131 people, 86 of them were "
         "civilians, including 17 women and 14 children, beside 45 militants.")
    assert [(f[0], *f[2:5]) for f in party_figures(s)] == [("SDF", 13, 1, 0), ("ISIS", 86, 14, 17)]
    s = ("The network also documented the killing of 26 people as a result of raids launched by the U.S.-led "
         "coalition's warplanes, including 23 civilians, among them were seven children and a woman.")
    assert party_figures(s)[0][0] == "COALITION" and party_figures(s)[0][2:4] == (23, 7)
    # real: people with fighters among them, no civilians counted: no party's civilians
    s = ("Also, al-Nusra Front (Syria's branch of al-Qaeda) killed 17 people, including four children, a woman and a "
         "ten militants.")
    assert _figures(s) == []
    # made up, the same families
    assert _figures("Russian forces killed 40 people, 35 of whom were civilians, including ten children.") == [("RUSSIA", 35)]
    assert _figures("ISIS killed 20 people, including 12 civilians, in Deir Ez-Zour.") == [("ISIS", 12)]
    assert _figures("The SDF killed 9 people, including two children and three fighters.") == []
    assert _figures("The SDF killed 9 civilians, including two children.") == [("SDF", 9)]
    assert _figures("ISIS killed in June 14 civilians, including a child.") == [("ISIS", 14)]
    assert _parties("en-2015-07-press-70") == {"REGIME": 966, "SDF": 13, "ISIS": 86, "OPP_SNA": 71, "COALITION": 23,
                                              "OTHER": 71}


def test_a_month_s_people_mostly_killed_by_a_party_are_no_party_s():
    # real (en-2015-07-press-70, quoted): the month's toll, most of it one party's: the month's, no party's
    s = ("Urfa, Turkey - Syrian Network for Human Rights reported the death of 1674 Syrians in July, mostly killed by "
         "forces loyal to President Bashar al-Assad.")
    assert _figures(s) == []
    assert read_report(TEXTS / "en-2015-07-press-70.txt").tallies.killed == 1674
    # made up, the same family; without "mostly" the party's
    assert _figures("SNHR documented the death of 100 civilians in July, mainly by regime forces.") == []
    assert _figures("SNHR documented the death of 100 civilians in July by regime forces.") == [("REGIME", 100)]


def test_a_party_s_torture_told_with_killed_or_tortured_to_death():
    # real (en-2014-02-torture-70, quoted; round 70, after its measurement: fix70): the party's torture, not its killings
    s = ("Government forces killed at least 134 individuals as a result of torture in regular and irregular detention "
         "centers in February 2014.")
    assert _figures(s) == []
    t = read_report(TEXTS / "en-2014-02-torture-70.txt").tallies
    assert (t.torture, t.torture_by_party, _parties("en-2014-02-torture-70")) == (134, {"REGIME": 134}, {})
    # real (en-2014-07-torture-70): "tortured to death", the place between the verb and the count
    t = read_report(TEXTS / "en-2014-07-torture-70.txt").tallies
    assert (t.torture, t.torture_by_party) == (155, {"REGIME": 155})
    # made up, the same family; a count of deaths under torture with its party after it stays that party's count
    # (en-2025-11-press-01's "Two deaths under torture committed by the Syrian Democratic Forces (SDF).")
    assert _figures("ISIS killed 12 people due to torture in its prisons in May.") == []
    assert _figures("Two deaths under torture committed by the Syrian Democratic Forces (SDF).") == [("SDF", 2)]
    t = read_report("source: https://snhr.org/x\npublished: 2015-06-02\n---\nMost Notable Cases of Torture in May 2015\n\n"
                    "The Syrian Network for Human Rights documents it. Government forces have tortured to death, in their "
                    "detention centers, no less than 97 persons in the month of May 2015.\n").tallies
    assert (t.torture, t.torture_by_party) == (97, {"REGIME": 97})


def test_a_massacre_report_s_month_count_beside_a_joint_party_s_share_and_under_a_year_s_title():
    # real (en-2017-02-massacre-70; round 70, after its measurement: fix70): the subtitle's 19 is a joint party's share,
    # the body's "no less than 28 massacres in February 2017" the month's
    assert read_report(TEXTS / "en-2017-02-massacre-70.txt").tallies.massacres == 28
    # real (en-2017-12-massacre-70): the year's 374 in the title, the month's 18 in the subtitle under it
    t = read_report(TEXTS / "en-2017-12-massacre-70.txt").tallies
    assert t.massacres == 18 and [o.get("massacres") for o in t.other_totals] == [374]
    # made up, the same families
    head = "source: https://snhr.org/x\npublished: 2018-01-02\n---\n"
    t = read_report(head + "Including 9 Massacres at the Hands of the Syrian-Russian Alliance\n\nSNHR documented 12 "
                    "massacres in December 2017, the killing of 40 civilians.\n").tallies
    assert t.massacres == 12
    t = read_report(head + "At least 300 Massacres in Syria in 2017\n\nIncluding 7 in December\n\nSNHR has published its "
                    "monthly report on the massacres, the killing of civilians.\n").tallies
    assert t.massacres == 7
    t = read_report(head + "At least 300 Massacres in Syria in 2017\n\nIncluding 7 in November\n\nSNHR has published its "
                    "monthly report on the massacres, the killing of civilians.\n").tallies
    assert t.massacres is None
