"""The corpus evaluation's perpetrator measure (geo/report/evaluate.py; docs/corpus.md, "Perpetrators scored")."""

from __future__ import annotations

from pathlib import Path

from geo.report.evaluate import (MEASURES, Evaluation, Item, accepted_perpetrators, format_table, load_corpus,
                                 perpetrator_right, score_text)

CORPUS = Path(__file__).parent / "corpus" / "snhr"


def test_party_codes_are_compared_as_the_party_tallies_are():
    assert perpetrator_right({"perpetrator": "GOV"}, "REGIME")
    assert perpetrator_right({"perpetrator": "OPP"}, "OPP_SNA") and perpetrator_right({"perpetrator": "SNA"}, "OPP_SNA")
    assert perpetrator_right({"perpetrator": "RUSSIA"}, "RUSSIA") and perpetrator_right({"perpetrator": "SDF"}, "SDF")
    assert not perpetrator_right({"perpetrator": "GOV"}, "RUSSIA")
    assert not perpetrator_right({"perpetrator": "GOV"}, None)  # no perpetrator read is a miss
    assert not perpetrator_right({"perpetrator": "HTS"}, "OPP_SNA")


def test_unknown_is_the_reader_s_unidentified_codes_not_other_parties():
    for code in ("OTHER_UNIDENTIFIED", "OTHER_GUNFIRE", "OTHER_BOMBING", "OTHER_LANDMINE"):
        assert perpetrator_right({"perpetrator": "UNKNOWN"}, code)
    assert not perpetrator_right({"perpetrator": "UNKNOWN"}, "OTHER")
    assert not perpetrator_right({"perpetrator": "UNKNOWN"}, "REGIME")
    assert perpetrator_right({"perpetrator": "OTHER"}, "OTHER")
    assert not perpetrator_right({"perpetrator": "OTHER"}, "OTHER_UNIDENTIFIED")


def test_a_joint_regime_russian_answer_accepts_either_party():
    # the answers' forms: a list of codes, or the text's words
    for joint in (["GOV", "RUSSIA"], "Syrian/Russian", "the Syrian-Russian alliance", "loyalist and Russian bombing",
                  "'الطيران الحربي التابع للنظام وروسيا' (regime and Russian warplanes, no split)"):
        exp = {"perpetrator": "GOV", "perpetrator_joint": joint}
        assert accepted_perpetrators(exp) == {"REGIME", "RUSSIA"}, joint
        assert not perpetrator_right(exp, "SDF") and not perpetrator_right(exp, "OTHER_UNIDENTIFIED")
    # the regime with Iranian militias is the regime's alone
    assert accepted_perpetrators({"perpetrator": "GOV", "perpetrator_joint": "قوات الأسد والميليشيات الإيرانية"}) \
        == {"REGIME"}


def test_a_suspected_party_or_unknown():
    exp = {"perpetrator": "UNKNOWN", "perpetrator_suspected": "GOV"}
    assert perpetrator_right(exp, "REGIME") and perpetrator_right(exp, "OTHER_GUNFIRE")
    assert not perpetrator_right(exp, "RUSSIA")
    assert accepted_perpetrators({"perpetrator": "UNKNOWN", "perpetrator_suspected": "ISIS cells"}) >= {"ISIS"}
    # a value that writes no force code adds the unidentified codes only
    assert accepted_perpetrators({"perpetrator": "UNKNOWN",
                                  "perpetrator_suspected": "armed groups operating outside the law"}) \
        == accepted_perpetrators({"perpetrator": "UNKNOWN"})
    # "GOV or RUSSIA (the text hesitates between them)": both, and UNKNOWN
    hesitant = {"perpetrator": "GOV", "perpetrator_suspected": "GOV or RUSSIA (the text hesitates between them)"}
    assert {"REGIME", "RUSSIA", "OTHER_UNIDENTIFIED"} <= accepted_perpetrators(hesitant)


def test_each_found_incident_with_an_answer_party_is_scored(data):
    """en-2018-03-news-01: seven Eastern Ghouta places bombed by "Syrian-Russian alliance forces" (GOV, joint):
    the reader's RUSSIA is right; the miss line says what else the answer takes."""
    ct = next(t for t in load_corpus(CORPUS) if t.id == "en-2018-03-news-01")
    items, _ = score_text(ct)
    found = [i for i in items if i.measure == "found" and i.right]
    scored = [i for i in items if i.measure == "perpetrator"]
    assert len(scored) == len(found) == 7
    assert all(i.right and i.got == "RUSSIA" and i.expected == "GOV (or RUSSIA)" for i in scored)


def test_the_table_has_a_perpetrator_row_in_line_with_the_others():
    assert MEASURES.index("perpetrator") == MEASURES.index("control") + 1
    ev = Evaluation([Item("perpetrator", True, "t", "tune", "en", "news"),
                     Item("perpetrator", False, "t", "tune", "en", "news"),
                     Item("control", True, "t", "tune", "en", "news")])
    lines = format_table(ev).splitlines()
    row = next(x for x in lines if x.startswith("perpetrator"))
    assert "1/2 50%" in row and len({len(x) for x in lines}) == 1
