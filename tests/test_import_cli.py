"""``incmap import`` and ``incmap incidents query|stats`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from incmap import cli

DATA = Path(__file__).parent / "data" / "incidents"


def run(*args, env=None):
    result = CliRunner().invoke(cli, list(args), env=env or {}, catch_exceptions=False)
    return result


@pytest.fixture
def store_path(tmp_path):
    return str(tmp_path / "cli.gpkg")


def test_import_query_stats(store_path):
    r = run("--store", store_path, "import", str(DATA / "acled_sample.csv"), "--format", "acled",
            "--no-control", "--json")
    assert r.exit_code == 0, r.output
    report = json.loads(r.output)
    assert (report["added"], report["ignored"], report["store"]) == (6, 1, store_path)

    r = run("--store", store_path, "incidents", "query", "--category", "massacre", "--json")
    body = json.loads(r.output)
    assert body["total"] == 1 and body["incidents"][0]["id"] == "acled:SYR900003"
    assert body["incidents"][0]["victim_names"] is None

    r = run("--store", store_path, "incidents", "query", "--governorate", "SY02", "--order", "-date")
    assert r.exit_code == 0
    lines = [ln for ln in r.output.splitlines() if "acled:" in ln]
    assert [ln.split("[")[-1].rstrip("]") for ln in lines] == ["acled:SYR900007", "acled:SYR900003"]

    r = run("--store", store_path, "incidents", "stats", "--by", "adm1", "--json")
    stats = {row["adm1_pcode"]: row["incidents"] for row in json.loads(r.output)}
    assert sum(stats.values()) == 6 and stats["SY02"] == 2


def test_store_from_environment(store_path):
    r = run("import", str(DATA / "project_valid.csv"), "--format", "csv", "--no-control",
            env={"INCMAP_STORE": store_path})
    assert r.exit_code == 0, r.output
    assert "6 added" in r.output
    r = run("incidents", "query", "--json", "--limit", "2", "--offset", "1",
            env={"INCMAP_STORE": store_path})
    body = json.loads(r.output)
    assert (body["total"], body["returned"], body["offset"]) == (6, 2, 1)


def test_names_only_on_request(store_path):
    run("--store", store_path, "import", str(DATA / "project_valid.csv"), "--format", "csv", "--no-control")
    public = json.loads(run("--store", store_path, "incidents", "query", "--json").output)
    assert all(i["victim_names"] is None for i in public["incidents"])
    assert not any("Radayya" in (i["source_sentence"] or "") for i in public["incidents"])
    named = json.loads(run("--store", store_path, "incidents", "query", "--names", "--json").output)
    assert ["Radayya al-Othman"] in [i["victim_names"] for i in named["incidents"]]


def test_bad_file_is_a_clean_error_and_writes_nothing(store_path, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("date,category,killed,lon,lat\n2019-01-01,killing,1,36.4,35.9\n"
                   "2019-01-02,shooting,1,36.4,35.9\n", encoding="utf-8")
    r = run("--store", store_path, "import", str(bad), "--format", "csv", "--no-control")
    assert r.exit_code == 1
    assert f"{bad}, line 3, field category: unknown category 'shooting'" in r.output
    assert "Traceback" not in r.output
    r = run("--store", store_path, "incidents", "stats", "--by", "dataset", "--json")
    assert json.loads(r.output) == []

    r = run("--store", store_path, "import", str(bad), "--format", "csv", "--no-control", "--lenient")
    assert r.exit_code == 0 and "1 added" in r.output and "line 3" in r.output


def test_bad_filters(store_path):
    run("--store", store_path, "import", str(DATA / "acled_sample.csv"), "--format", "acled", "--no-control")
    r = run("--store", store_path, "incidents", "query", "--bbox", "1,2")
    assert r.exit_code == 1 and "bbox" in r.output
    r = run("--store", store_path, "incidents", "stats", "--by", "colour")
    assert r.exit_code == 1 and "cannot group by 'colour'" in r.output


def test_query_without_a_store(tmp_path):
    r = run("--store", str(tmp_path / "none.gpkg"), "incidents", "query")
    assert r.exit_code == 1 and "no incident store" in r.output


def test_import_tags_control_by_default(store_path):
    r = run("--store", store_path, "import", str(DATA / "project_valid.csv"), "--format", "csv", "--json")
    assert r.exit_code == 0, r.output
    from geo.control import ControlIndex

    first, last = ControlIndex.load().coverage
    body = json.loads(run("--store", store_path, "incidents", "query", "--json").output)
    covered = [i for i in body["incidents"] if first.isoformat() <= i["date"] <= last.isoformat()]
    # The coverage starts in January 2016, so every fixture row is inside it.
    assert json.loads(r.output)["control_tagged"] == len(covered) == 6
    assert all(i["computed_control"] for i in body["incidents"])
    # The fixture's stated controls are the report's own: the index agrees with each.
    stated = [i for i in covered if i["stated_control"]]
    assert [i["control_agrees"] for i in stated] == [True] * 5
    # The row without a stated control: Douma in March 2016 was held by the opposition.
    (douma,) = [i for i in covered if not i["stated_control"]]
    assert douma["date"] == "2016-03-02" and douma["computed_control"] == "OPP"
    assert douma["control_agrees"] is None


def test_snhr_report_import_keeps_stated_control(store_path, shared_dir):
    """The seed report through `incmap import --format snhr`: its seed cases, stated control kept."""
    import csv

    from geo.force import parse_force

    report = shared_dir / "reports" / "snhr_2023-07_civilian_death_toll.txt"
    r = run("--store", store_path, "import", str(report), "--format", "snhr", "--no-control", "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["added"] >= 8
    stored = json.loads(run("--store", store_path, "incidents", "query", "--dataset", "snhr",
                            "--limit", "0", "--json").output)["incidents"]
    seeds = list(csv.DictReader(open(shared_dir / "eval" / "seed_cases_2023-07.csv", encoding="utf-8")))
    for seed in seeds:
        want = parse_force(seed["stated_control"]).code
        same_day = [i for i in stored if i["date"] == seed["incident_date"] and i["stated_control"] == want]
        assert same_day, (seed["incident_date"], seed["place_text"])
        assert all(i["adm1_pcode"] for i in same_day)
    # Re-importing the report does not duplicate it.
    again = json.loads(run("--store", store_path, "import", str(report), "--format", "snhr",
                           "--no-control", "--json").output)
    assert again["added"] == 0 and again["unchanged"] == len(stored)


def test_snhr_import_holds_out_an_undated_incident_and_imports_the_rest(store_path, monkeypatch):
    """Issue #12 (undated): an incident the report tells with no date cannot be joined to control or mapped:
    the import says it is held out ("no date: not imported", its line and sentence, names withheld), imports
    the dated ones in the same transaction, and does not fail."""
    import geo.importers.snhr as snhr
    from geo.report import ReportIncident

    real = snhr.read_report

    def with_undated(path):
        report = real(path)
        report.incidents.append(ReportIncident(
            date=None, killed=1, perpetrator="SDF", place_text="قرية الزر بريف محافظة دير الزور الشرقي", line=99,
            sentences=["قُتل الشاب Hanan Dreib برصاص عناصر قوات “قسد” في قرية الزر بريف محافظة دير الزور الشرقي."],
            victim_names=["Hanan Dreib"]))
        return report

    monkeypatch.setattr(snhr, "read_report", with_undated)
    text = Path(__file__).parent / "data" / "reports" / "snhr_2020-03_style.txt"
    r = run("--store", store_path, "import", str(text), "--format", "snhr", "--no-control")
    assert r.exit_code == 0, r.output
    assert "5 rows read; 4 added" in r.output
    assert "1 incident held out (not imported):" in r.output
    assert f"{text}, line 99: no date: not imported" in r.output and "قرية الزر" in r.output
    assert "Hanan" not in r.output and "[name withheld]" in r.output
    stored = json.loads(run("--store", store_path, "incidents", "query", "--limit", "0", "--json").output)
    assert stored["total"] == 4 and all(i["date"] for i in stored["incidents"])
    again = json.loads(run("--store", store_path, "import", str(text), "--format", "snhr", "--no-control",
                           "--json").output)
    assert again["unchanged"] == 4 and again["held_out"] == [
        {"line": 99, "reason": "no date: not imported",
         "sentence": "قُتل الشاب [name withheld] برصاص عناصر قوات “قسد” في قرية الزر بريف محافظة دير الزور الشرقي."}]
    # the library's other ways in: to_incidents leaves it out, to_incident refuses it by name
    from geo.errors import InputError

    report = with_undated(text)
    assert len(snhr.to_incidents(report, geocode=False, control=False)) == 4
    with pytest.raises(InputError, match="no date: not imported"):
        snhr.to_incident(report, report.incidents[-1])


def test_snhr_import_of_a_text_whose_incidents_are_all_undated(store_path):
    """A real text that prints no date (ar-2023-01-news-27): imported without error, nothing written, the incident
    held out with its line (each of them)."""
    text = Path(__file__).parent / "corpus" / "snhr" / "texts" / "ar-2023-01-news-27.txt"
    r = run("--store", store_path, "import", str(text), "--format", "snhr", "--no-control", "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    # (two since fix39: the answer's al-Tarwaziya killing, line 9, is read too)
    assert (out["added"], out["rows"]) == (0, 2)
    assert [(h["line"], h["reason"]) for h in out["held_out"]] == [(8, "no date: not imported"),
                                                                    (9, "no date: not imported")]
    assert "شيماء" not in out["held_out"][0]["sentence"] and "اليازجي" not in out["held_out"][1]["sentence"]
    stored = json.loads(run("--store", store_path, "incidents", "query", "--json").output)
    assert stored["total"] == 0


def test_snhr_report_import_stores_both_controls_and_agreement(store_path, shared_dir):
    report = shared_dir / "reports" / "snhr_2023-07_civilian_death_toll.txt"
    r = run("--store", store_path, "import", str(report), "--format", "snhr", "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["control_tagged"] == out["added"]
    stored = json.loads(run("--store", store_path, "incidents", "query", "--limit", "0",
                            "--json").output)["incidents"]
    stated = [i for i in stored if i["stated_control"]]
    assert len(stated) >= 8
    for inc in stated:
        assert inc["computed_control"] and inc["control_agrees"] is not None
    # The agreement flag is queryable; every stated control of this report matches the index.
    agree = json.loads(run("--store", store_path, "incidents", "query", "--agrees", "--json").output)
    assert agree["total"] == sum(i["control_agrees"] is True for i in stated) == len(stated)


def test_snhr_import_of_a_real_text_with_a_dated_and_an_undated_incident(store_path):
    """ar-2015-03-massacre-25: the Ghouta chemical attack (21 August 2013) is imported; the PYD's massacre at al-Hajiya
    and Tal Khalil, of no date the text gives, is held out with its line."""
    text = Path(__file__).parent / "corpus" / "snhr" / "texts" / "ar-2015-03-massacre-25.txt"
    out = json.loads(run("--store", store_path, "import", str(text), "--format", "snhr", "--no-control", "--json").output)
    assert (out["rows"], out["added"]) == (2, 1)
    assert [(h["line"], h["reason"]) for h in out["held_out"]] == [(21, "no date: not imported")]
    assert "قريتي الحاجية وتل خليل" in out["held_out"][0]["sentence"]
    stored = json.loads(run("--store", store_path, "incidents", "query", "--json").output)["incidents"]
    assert [(i["date"], i["killed"]) for i in stored] == [("2013-08-21", 913)]
