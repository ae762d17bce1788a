"""The bundled control dataset (geo/data/control/): sound, current, and true to its sources.

Everything here runs on the real reference data (../shared/data) and the real
bundled dataset; the figures asserted are the acceptance bars of issue 5.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from geo.data.control import build as B

SEED = "eval/seed_cases_2023-07.csv"


@pytest.fixture(scope="module")
def rebuilt(data, gaz):
    return B.build(gaz=gaz, data=data)


@pytest.fixture(scope="module")
def marks(data):
    return B.load_marks(data)


def at(index, gaz, pcode, day):
    p = gaz.get(pcode)
    return index.control_at(p.lon, p.lat, day)


# -- the files -----------------------------------------------------------------------------
def test_rebuild_has_no_problems_and_matches_the_files(rebuilt):
    periods, areas, coverage, problems = rebuilt
    assert problems == []
    # periods.csv, areas.geojson, coverage.json are derived: nobody edits them by hand
    assert (B.HERE / "periods.csv").read_text(encoding="utf-8") == periods
    assert (B.HERE / "areas.geojson").read_text(encoding="utf-8") == areas
    assert json.loads(coverage) == {"first": "2011-03-15", "last": "2026-12-04",
                                   "last_verified": "2026-02-17"}


def test_engine_reads_the_dataset_with_every_unit_known(gaz):
    from geo.control.dataset import ControlDataset

    units = {p.pcode for p in gaz.places()}
    ds = ControlDataset.read(B.HERE, known_units=units)
    assert ds.coverage == (dt.date(2011, 3, 15), dt.date(2026, 12, 4))
    assert {p.confidence for p in ds.periods} <= {"high", "medium", "low"}
    assert all(p.source and p.note for p in ds.periods)


def test_every_area_vertex_is_a_community_and_rings_are_valid(gaz):
    specs = B.read_area_specs()
    assert {a.id for a in specs} >= {"area:tanf-55km", "area:aleppo-sdf-neighbourhoods",
                                     "area:peace-spring-strip", "area:idlib-pocket-2020"}
    for a in specs:
        for v in a.vertices:
            assert gaz.get(v.split("@")[0].split("~")[0]).level == "community"
        assert a.polygon(gaz).is_valid
    assert B.check_areas(gaz) == []


def test_check_finds_overlaps_unknown_forces_bad_units_and_gaps(gaz):
    good = B._row("SY020203", "SNA", dt.date(2017, 7, 1), dt.date(2025, 12, 31), False, [],
                  "high", "a note", source="test")
    bad = [
        {**good, "valid_from": "2020-01-01", "valid_to": "2020-02-01"},   # overlaps `good`
        {**good, "unit": "SY999999"},                                     # no such unit
        {**good, "unit": "C1255", "force": "MARTIANS"},                   # unknown force
        {**good, "unit": "C1256", "valid_from": "2021-01-02", "valid_to": "2021-01-01"},
        {**good, "unit": "C1257", "note": ""},                            # no note
    ]
    problems = "\n".join(B.check([good] + bad, gaz, set()))
    assert "periods overlap" in problems
    assert "SY999999" in problems and "not in the gazetteer" in problems
    assert "unknown force 'MARTIANS'" in problems
    assert "valid_to before valid_from" in problems
    assert "needs a source and a note" in problems
    assert "no sub-district, district or governorate row" in problems   # the rest of Syria


def test_bad_authored_file_names_line_and_field(tmp_path):
    from geo.errors import InputError

    path = tmp_path / "authored_periods.csv"
    path.write_text(",".join(B.PERIOD_FIELDS) + "\n,GOV,2020-01-01,,,,high,x,y\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="line 2.*field unit"):
        B.read_authored(path)
    path.write_text("unit,force\nSY02,GOV\n", encoding="utf-8")
    with pytest.raises(InputError, match="header must be"):
        B.read_authored(path)


def test_mark_force_splits_the_2017_opposition_colour_by_region():
    assert B.mark_force("OPP", None, "SY02", "SY0204") == ("SNA", "", False)
    assert B.mark_force("HTS", None, "SY07", "SY0703") == ("HTS_OPP", "", False)
    assert B.mark_force("OPP", "HTS", "SY07", "SY0703") == ("HTS_OPP", "", False)
    assert B.mark_force("OPP", None, "SY12", "SY1200") == ("OPP", "", False)
    assert B.mark_force("OPP", None, "SY04", "SY0405", in_tanf=True)[0] == "COALITION"
    assert B.mark_force("GOV", "SDF", "SY08", "SY0800") == ("SDF", "GOV", False)


# -- agreement with the sources ----------------------------------------------------------------
def test_seed_cases_all_agree(shared_dir, index):
    from incmap.eval import evaluate_file

    out = evaluate_file(shared_dir / SEED, index=index)
    assert out["rows"] == 8
    assert out["control_agree"] == 8, [(r["line"], r["status"], r["computed"], r["stated"])
                                       for r in out["results"]]


def test_towns_2023_agree_at_least_95_percent(data, index):
    out = B.measure_towns(data, index)
    assert set(out["excluded"]) == {"Manbij", "Suran"}
    assert out["towns"] >= 50
    assert out["agreement"] >= 0.95, out["misses"]


@pytest.mark.slow
def test_marks_2017_agree_at_least_90_percent(marks, index, gaz):
    assert B.measure_marks(marks, index)["agreement"] >= 0.90
    # the 2017 rows are derived from these marks: the honest figure leaves 20% out
    held = B.measure_marks_held_out(marks, gaz)
    assert held["held_out"] > 500
    assert held["agreement"] >= 0.90


# -- the history, as control-history.md states it -------------------------------------------
STABLE = [  # (community, force) for 6 Mar 2020 - 26 Nov 2024, from the brief's detailed lists
    ("C4304", "HTS_OPP"),   # al-Bara, Jabal al-Zawiya
    ("C4309", "HTS_OPP"),   # Kansafra
    ("C1022", "HTS_OPP"),   # al-Atareb
    ("C1041", "HTS_OPP"),   # Kafr Nouran
    ("C3932", "HTS_OPP"),   # Taftanaz
    ("C3867", "HTS_OPP"),   # al-Nayrab
    ("C4278", "HTS_OPP"),   # Ariha
    ("C4199", "HTS_OPP"),   # Jisr al-Shughur
    ("C4068", "GOV"),       # Kafr Nabl
    ("C4058", "GOV"),       # Hass
    ("C3916", "GOV"),       # Saraqib
    ("C3985", "GOV"),       # Maarat al-Numan
    ("C3987", "GOV"),       # Khan Shaykhun
    ("C1130", "GOV"),       # Haritan
    ("C1121", "GOV"),       # Anadan
    ("C1219", "GOV"),       # Tadef
    ("C1255", "SNA"),       # Shawa (Ar-Ra'ee)
    ("C1643", "SNA"),       # Marea
    ("C1202", "SNA"),       # al-Bab
    ("C4988", "SNA"),       # Ras al-Ain city
    ("C5792", "SNA"),       # Tell Abyad
    ("C1621", "SDF"),       # Tell Rifaat
    ("C1767", "SDF"),       # Manbij
    ("C5905", "SDF"),       # Ain Issa
    ("C5005", "SDF"),       # Abu Rasin (Zirgan), east of the strip
    ("C5929", "SDF"),       # Tabqa (al-Thawrah)
    ("C5175", "SDF"),       # Hajin
    ("C5140", "GOV"),       # Khasham, one of the seven villages
    ("C5206", "GOV"),       # Tishrine (al-Ashara)
    ("C5210", "GOV"),       # al-Ashara
    ("C5192", "GOV"),       # al-Mayadin
    ("C5787", "GOV"),       # Maadan, south bank
    ("C6107", "GOV"),       # Mahajja, Daraa
]


@pytest.mark.parametrize("day", ["2020-03-06", "2022-06-01", "2024-11-26"])
def test_stable_period_matches_the_brief(index, gaz, day):
    wrong = [(c, gaz.get(c).name_en, want, at(index, gaz, c, day).force)
             for c, want in STABLE if at(index, gaz, c, day).force != want]
    assert wrong == []


def test_drawn_neighbourhoods_and_zones(index):
    assert index.control_at(37.155, 36.228, "2023-07-01").force == "SDF"     # Sheikh Maqsoud
    assert index.control_at(37.16, 36.20, "2023-07-01").force == "GOV"       # old city
    assert index.control_at(38.70, 33.30, "2023-07-01").force == "COALITION"  # near Rukban
    assert index.control_at(38.70, 33.30, "2017-07-20").force == "COALITION"


@pytest.mark.parametrize("pcode, changes", [
    ("C1007", [("2024-11-28", "GOV"), ("2024-12-01", "HTS_OPP"), ("2024-12-08", "TRANSITIONAL")]),
    ("C1621", [("2024-11-30", "SDF"), ("2024-12-02", "SNA"), ("2025-03-01", "TRANSITIONAL")]),
    ("C1767", [("2024-12-08", "SDF"), ("2024-12-09", "SNA")]),
    ("C3916", [("2024-11-26", "GOV"), ("2024-12-01", "HTS_OPP")]),
    ("C4304", [("2024-12-07", "HTS_OPP"), ("2024-12-08", "TRANSITIONAL")]),
    ("C5086", [("2024-12-05", "GOV"), ("2024-12-11", "TRANSITIONAL")]),   # Deir ez-Zor city
    ("C6268", [("2024-12-06", "GOV"), ("2024-12-08", "ISRAEL")]),          # Quneitra (old)
    ("C5792", [("2019-10-08", "SDF"), ("2019-10-13", "SNA")]),             # Tell Abyad
    ("C3987", [("2019-08-20", "HTS_OPP"), ("2019-08-21", "GOV")]),         # Khan Shaykhun
])
def test_dated_changes(index, gaz, pcode, changes):
    for day, want in changes:
        assert at(index, gaz, pcode, day).force == want, (pcode, day)


def test_coverage_end_is_stated_and_later_dates_are_stale(index, gaz):
    assert index.coverage == (dt.date(2011, 3, 15), dt.date(2026, 12, 4))
    assert not at(index, gaz, "C1767", "2026-12-04").stale
    assert at(index, gaz, "C1767", "2026-12-05").stale


def test_golan_occupied_subdistricts_are_israel(index, gaz):
    for pcode in ("SY140003", "SY140201"):
        p = gaz.get(pcode)
        assert index.control_at(p.lon, p.lat, "2019-01-01").force == "ISRAEL"


# -- the eval command -----------------------------------------------------------------------
def test_eval_command_json(shared_dir):
    from incmap import cli

    res = CliRunner().invoke(cli, ["eval", str(shared_dir / SEED), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert {"rows", "geocoded", "control_agree", "control_disagree", "results"} <= set(out)
    assert out["rows"] == out["geocoded"] == out["control_agree"] == 8
    first = out["results"][0]
    assert {"pcode", "level", "computed", "stated"} <= set(first)


def test_eval_command_text_and_bad_rows(tmp_path):
    from incmap import cli

    cases = tmp_path / "cases.csv"
    cases.write_text(
        "incident_date,place_text,governorate,stated_control,extra\n"
        "2023-07-09,Shawa village in al-Ra'ie area in eastern rural Aleppo,Aleppo,the SDF,x\n"
        "2023-13-40,Afrin city,Aleppo,SNA,x\n"
        "2023-07-09,Afrin city,Aleppo,<script>the little green men</script>,x\n",
        encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", str(cases)])
    assert res.exit_code == 0, res.output
    lines = res.output.strip().splitlines()
    assert "DISAGREE" in lines[0] and "SNA" in lines[0]
    assert "BAD ROW" in lines[1] and "incident_date" in lines[1]
    assert "BAD ROW" in lines[2] and "stated_control" in lines[2]
    assert lines[-1].startswith("3 rows:") and "1 disagree" in lines[-1]


def test_eval_command_refuses_missing_columns_and_files(tmp_path):
    from incmap import cli

    bad = tmp_path / "bad.csv"
    bad.write_text("date,place\n2023-01-01,Afrin\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", str(bad)])
    assert res.exit_code != 0 and "missing columns incident_date" in res.output
    assert "line 1" in res.output
    res = CliRunner().invoke(cli, ["eval", str(tmp_path / "nope.csv")])
    assert res.exit_code != 0 and "no such file" in res.output


def test_agreement_rule():
    from incmap.eval import agrees

    assert agrees(("SDF", "GOV"), ("GOV",))          # a regime enclave inside SDF territory
    assert agrees(("TRANSITIONAL", "SNA"), ("SNA",))  # 2025: former SNA factions
    assert agrees(("HTS_OPP",), ("OPP",))             # "armed opposition factions" in Idlib
    assert agrees(("SNA",), ("OPP",))
    assert not agrees(("GOV",), ("OPP",))
    assert not agrees(("SNA",), ("SDF",))
    assert not agrees((), ("SDF",))


def test_eval_row_without_stated_control_is_looked_up_not_compared(tmp_path):
    from incmap.eval import evaluate_file

    cases = tmp_path / "cases.csv"
    cases.write_text(
        "incident_date,place_text,governorate,stated_control\n"
        "2023-07-09,Shawa village in al-Ra'ie area in eastern rural Aleppo,Aleppo,\n"
        "2023-07-09,Shawa village in al-Ra'ie area in eastern rural Aleppo,Aleppo,the SNA\n",
        encoding="utf-8")
    out = evaluate_file(cases)
    first, second = out["results"]
    assert first["status"] == "no stated control" and first["computed"] == "SNA"
    assert second["status"] == "agree"
    assert out["no_stated_control"] == 1 and out["bad_rows"] == 0 and out["agreement"] == 1.0


# -- 1 Jan 2016 - 30 Jun 2017: the 2017 snapshot carried back, and the dated changes -------
# Aleppo city has no community points but its own (C1007, in the west); a point of the
# east is given the way the drawn areas give it: km east and north of C1007 (Qadi Askar).
@pytest.mark.parametrize("pcode, offset, changes", [
    # east Aleppo: opposition until the regime offensive of Nov - Dec 2016
    ("C1007", (3.5, 0.5), [("2016-03-01", ("HTS_OPP", "OPP")), ("2016-10-01", ("HTS_OPP", "OPP")),
                           ("2017-01-15", ("GOV",))]),
    ("C1007", None, [("2016-10-01", ("GOV",))]),                     # west Aleppo: regime
    ("C1767", None, [("2016-05-01", ("ISIS",)), ("2016-09-01", ("SDF",))]),       # Manbij
    ("C1202", None, [("2016-12-01", ("ISIS",)), ("2017-04-01", ("SNA",))]),       # al-Bab
    ("C2227", None, [("2016-06-01", ("ISIS",)), ("2016-10-01", ("SNA",))]),       # Jarabulus
    ("C2889", None, [("2016-02-01", ("ISIS",)), ("2016-06-01", ("GOV",)),         # Palmyra
                     ("2017-01-15", ("ISIS",)), ("2017-04-01", ("GOV",))]),
    ("C2663", None, [("2016-02-01", ("ISIS",)), ("2016-06-01", ("GOV",))]),       # Qaryatayn
    ("C2498", None, [("2016-06-01", ("OPP",)), ("2016-10-01", ("GOV",))]),        # Daraya
    ("C1240", None, [("2016-06-01", ("ISIS",)), ("2017-05-01", ("GOV",))]),       # Deir Hafer
    ("C1933", None, [("2017-03-01", ("ISIS",)), ("2017-06-20", ("GOV",))]),       # Maskanah
])
def test_well_documented_2016_facts(index, gaz, pcode, offset, changes):
    p = gaz.get(pcode)
    lon, lat = (p.lon, p.lat) if offset is None else B.vertex_point(
        f"{pcode}@{offset[0]},{offset[1]}", gaz)
    for day, want in changes:
        a = index.control_at(lon, lat, day)
        assert a.force in want, (pcode, offset, day, a.force, a.unit)
        assert not a.stale


def test_2016_periods_are_sourced_and_never_overstated(rebuilt):
    """Before the 2017 snapshot nothing the author wrote is `high`; every row is sourced,
    and the offensive windows are flagged contested."""
    periods, *_ = rebuilt
    import csv as _csv
    import io

    rows = list(_csv.DictReader(io.StringIO(periods)))
    early = [r for r in rows if r["valid_from"] < "2017-07-01"]
    assert len(early) > 1000                      # the snapshot carried back, not a stub
    assert all(r["source"] and r["note"] for r in early)
    assert not [r for r in early if r["source"] == "author" and r["confidence"] == "high"]
    carried = [r for r in early if r["source"] == B.SNAPSHOT_SOURCE]
    assert all("from 2016" in r["note"] or "from 2017" in r["note"] for r in carried)
    east = [r for r in early if r["unit"] == "area:east-aleppo-2016"
            and r["valid_from"] >= "2016-01-01"]
    assert [(r["valid_to"], r["contested"]) for r in east] == [("2016-11-14", ""),
                                                               ("2016-12-22", "true")]
    # every sub-district has an answer on the first day of the coverage
    assert rows[0]["valid_from"] >= "2011-03-15"


def test_snapshot_clipped_on_both_sides_by_authored_rows():
    snap = [B._row("C1", "GOV", dt.date(2016, 1, 1), dt.date(2018, 1, 1), False, [], "low", "n")]
    authored = [{"unit": "C1", "valid_from": "2016-01-01", "valid_to": "2016-08-26"},
                {"unit": "C1", "valid_from": "2017-09-01", "valid_to": ""}]
    out = B.clip_snapshot(snap, authored)
    assert [(r["valid_from"], r["valid_to"]) for r in out] == [("2016-08-27", "2017-08-31")]


def test_bad_backward_rule_names_line_and_field(tmp_path):
    from geo.errors import InputError

    p = tmp_path / "back.csv"
    p.write_text("unit,force,area,valid_from,max_confidence,note\n"
                 "SY07,,,2016-01-01,medium,ok\n"
                 "SY06,,,2016-01-01,certain,too sure\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        B.read_backward_rules(p)
    assert e.value.line == 3 and e.value.field == "max_confidence"
    p.write_text("unit,force,area,valid_from,max_confidence,note\n"
                 "SY07,,,2015-06-01,low,before the coverage\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        B.read_backward_rules(p)
    assert e.value.line == 2 and e.value.field == "valid_from"


def test_rule_files_missing_a_column_name_it(tmp_path):
    from geo.errors import InputError

    p = tmp_path / "extent.csv"
    p.write_text("unit,force,note\nSY07,,no end date\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        B.read_extent_rules(p)
    assert e.value.line == 1 and "valid_to" in str(e.value)
    p.write_text("unit,force,area,valid_to,note\nSY07,,,2020-13-01,bad month\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        B.read_extent_rules(p)
    assert e.value.line == 2 and e.value.field == "valid_to"
