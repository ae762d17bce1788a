"""Control disputes as data: the review list, a reviewer's decisions, authored corrections."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from geo.control.dataset import PERIOD_FIELDS, read_periods_csv
from geo.control.disputes import REVIEW_FIELDS, corrections, read_review
from geo.errors import InputError
from geo.incident import Incident
from geo.store import open_store
from incmap import cli


@pytest.fixture
def store(tmp_path, data, gaz):
    """Incidents at real places whose stated control is set against the bundled dataset's."""
    from geo.control import ControlIndex

    idx = ControlIndex.load(data)
    s = open_store(tmp_path / "incidents.gpkg")
    rows = [("C1767", "2023-07-09", "GOV", "Menbij"),         # the dataset: SDF
            ("C1767", "2023-07-09", "GOV", "Menbij city"),    # the same place and day again
            ("C3871", "2023-07-04", "HTS_OPP", "Idleb"),      # agrees
            ("C5710", "2014-06-01", "OPP", "Raqqa")]          # the dataset: ISIS
    incs = []
    for i, (pcode, day, stated, text) in enumerate(rows):
        p = gaz.get(pcode)
        a = idx.control_at(p.lon, p.lat, day)
        incs.append(Incident(
            date=day, category="killing", killed=1, lon=p.lon, lat=p.lat, pcode=pcode,
            level="community", adm1_pcode=p.adm1_pcode, adm2_pcode=p.adm2_pcode,
            adm3_pcode=p.adm3_pcode, place_text=text, stated_control=stated,
            computed_control=a.force, computed_forces=a.forces, dataset="unit",
            source_id=str(i), source_title="SNHR monthly report", source_url="https://snhr.org/x",
            source_sentence=f"Samir Example was killed in {text}, which was under control of "
                            f"the forces of {stated}.",
            victim_names=["Samir Example"]))
    s.add_many(incs)
    return s


def test_store_disagreements_become_a_review_list_and_corrections(store, data, tmp_path):
    review = tmp_path / "review.csv"
    res = CliRunner().invoke(cli, ["--data", str(data.root), "control", "disputes", "--store",
                                   str(store.path), "-o", str(review)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(review.open(encoding="utf-8")))
    assert list(rows[0]) == REVIEW_FIELDS and len(rows) == 3  # the agreeing one is not listed
    menbij = [r for r in rows if r["pcode"] == "C1767"]
    assert {(r["stated"], r["computed"], r["date"]) for r in menbij} == {
        ("GOV", "SDF", "2023-07-09")}
    assert all("Samir" not in r["sentence"] and "[name]" in r["sentence"] for r in rows)
    assert all(r["source"].startswith("SNHR monthly report") for r in rows)
    # The reviewer accepts Menbij's two rows and rejects Raqqa's.
    for r in rows:
        r["decision"] = "accept" if r["pcode"] == "C1767" else "reject"
        if r["pcode"] == "C1767":
            r["valid_from"] = "2023-07-01"
    with review.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, REVIEW_FIELDS)
        w.writeheader()
        w.writerows(rows)
    out = tmp_path / "corrections.csv"
    res = CliRunner().invoke(cli, ["control", "corrections", str(review), "-o", str(out)],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "1 period(s) from 2 accepted row(s); 1 rejected" in res.output
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(PERIOD_FIELDS)  # the authored format
    periods = read_periods_csv(out)
    assert [(p.unit, p.force, p.valid_from.isoformat(), p.valid_to.isoformat(), p.confidence)
            for p in periods] == [("C1767", "GOV", "2023-07-01", "2023-07-09", "low")]
    assert "Samir" not in text and "SNHR monthly report" in periods[0].source


def test_eval_disagreements_are_listed_too(data, tmp_path):
    cases = tmp_path / "cases.csv"
    cases.write_text("incident_date,place_text,governorate,stated_control,sentence,report\n"
                     "2023-07-09,Menbij,Aleppo,Syrian regime forces,A shell hit Menbij.,r1.txt\n"
                     "2023-07-04,Idlib city,Idlib,joint control of armed opposition factions "
                     "and Hay'at Tahrir al-Sham (HTS),A strike on Idlib.,r1.txt\n",
                     encoding="utf-8")
    res = CliRunner().invoke(cli, ["--data", str(data.root), "--store", str(tmp_path / "none"),
                                   "control", "disputes", "--cases", str(cases)],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert len(rows) == 1
    r = rows[0]
    assert (r["origin"], r["pcode"], r["stated"], r["computed"]) == ("cases.csv:2", "C1767", "GOV",
                                                                     "SDF")
    assert r["sentence"] == "A shell hit Menbij." and r["source"] == "r1.txt"


def test_review_errors_name_the_line(tmp_path):
    head = ",".join(REVIEW_FIELDS)
    bad = tmp_path / "r.csv"
    bad.write_text(head + "\n" + ",".join(["x"] * 11 + ["maybe"] + [""] * 6) + "\n",
                   encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_review(bad)
    assert err.value.line == 2 and err.value.field == "decision"
    row = dict.fromkeys(REVIEW_FIELDS, "")
    row.update(decision="accept", unit="C1767", force="Syrian regime forces",
               valid_from="2023-07-09", valid_to="2023-07-01", source="s")
    with pytest.raises(InputError) as err:
        corrections([(5, row)], source="r.csv")
    assert err.value.line == 5 and "before" in str(err.value)
    row.update(valid_to="2023-07-10", source="")
    with pytest.raises(InputError, match="needs a source"):
        corrections([(6, row)], source="r.csv")
