"""The incident model: validation, the perpetrator parser, privacy, ids, placing points."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pytest

from geo.errors import InputError
from geo.columns import locate_many
from geo.incident import (CATEGORIES, FIELDS, HXL_TAGS, PERPETRATORS, Incident, UnknownPerpetrator,
                          control_agrees, hxl_key, parse_category, parse_cause,
                          parse_perpetrator)
from geo.precision import DatePrecision, LocationPrecision

SEED = "eval/seed_cases_2023-07.csv"
REPORT = "reports/snhr_2023-07_civilian_death_toll.txt"


def make(**kw) -> Incident:
    base = dict(date="2023-07-11", category="killing", killed=1, lon=40.6198, lat=34.8109,
                dataset="test", source_id="1")
    base.update(kw)
    return Incident(**base)


# -- perpetrators ---------------------------------------------------------------------------
def test_seed_case_perpetrators_parse_to_the_party_the_report_names(shared_dir):
    # The eval file's perpetrator column is the report's wording; the party each names is
    # the one the report's tallies count it under.
    expected_by_wording = [
        (r"^Syrian regime", "REGIME"),
        (r"^all armed opposition factions/SNA", "OPP_SNA"),
        (r"^SDF", "SDF"),
        (r"^landmine whose source", "OTHER_LANDMINE"),
        (r"^gunmen we have not", "OTHER_GUNFIRE"),
        (r"^car bomb whose source", "OTHER_BOMBING"),
    ]
    rows = list(csv.DictReader(open(shared_dir / SEED, encoding="utf-8")))
    assert len(rows) == 8
    for row in rows:
        want = next(code for pattern, code in expected_by_wording if re.search(pattern, row["perpetrator"]))
        assert parse_perpetrator(row["perpetrator"], cause=row["cause"]).code == want, row["perpetrator"]


def test_report_tally_headings_parse(shared_dir):
    """Every party heading of the report's tallies ("- X:" lines) names a known party."""
    text = (shared_dir / REPORT).read_text(encoding="utf-8")
    headings = re.findall(r"^- \**(.+?):\**", text, flags=re.M)
    assert len(headings) >= 10
    got = {h: parse_perpetrator(h).code for h in headings}
    assert got["Russian forces"] == "RUSSIA"
    assert got["Jordanian forces"] == "JORDAN"
    assert got["Landmines whose source we have been unable to identify"] == "OTHER_LANDMINE"
    assert got["Gunfire whose source we have been unable to identify"] == "OTHER_GUNFIRE"
    assert got["Bombings whose perpetrators we have been unable to identify"] == "OTHER_BOMBING"
    assert got["Killings by parties we have been unable to identify"] == "OTHER_UNIDENTIFIED"
    assert got["Syrian regime forces and pro-regime militias"] == "REGIME"
    assert all(code in PERPETRATORS for code in got.values())


@pytest.mark.parametrize("text,code", [
    ("International coalition forces", "COALITION"),
    ("Hay'at Tahrir al-Sham (HTS)", "HTS"),
    ("ISIS", "ISIS"),
    ("Turkish forces", "TURKEY"),
    ("Jordanian border guards", "JORDAN"),
    ("Military Forces of Syria (2000-2024)", "REGIME"),
    ("QSD: Syrian Democratic Forces", "SDF"),
    ("قوات النظام السوري", "REGIME"),
    ("other parties", "OTHER"),
    ("opp_sna", "OPP_SNA"),
])
def test_parse_perpetrator_wordings(text, code):
    assert parse_perpetrator(text).code == code


def test_joint_perpetrators_keep_the_second_party():
    p = parse_perpetrator("Syrian regime and Russian forces")
    assert (p.code, p.also) == ("REGIME", ("RUSSIA",))


def test_unidentified_uses_the_cause_hint():
    assert parse_perpetrator("Unidentified Armed Group (Syria)", cause="landmine").code == "OTHER_LANDMINE"
    assert parse_perpetrator("Unidentified Armed Group (Syria)", cause="shot dead").code == "OTHER_GUNFIRE"
    assert parse_perpetrator("Unidentified Armed Group (Syria)").code == "OTHER_UNIDENTIFIED"


@pytest.mark.parametrize("text", ["", "   ", "the weather", "<script>"])
def test_unknown_perpetrator_is_an_input_error(text):
    with pytest.raises(UnknownPerpetrator) as err:
        parse_perpetrator(text, source="f.csv", line=7)
    assert isinstance(err.value, InputError)
    assert "f.csv, line 7, field perpetrator" in str(err.value)


def test_every_ucdp_side_a_is_understood_or_explicitly_other(data):
    import pandas as pd

    sides = pd.read_csv(data.path_of("ucdp"), usecols=["side_a"])["side_a"].dropna().unique()
    unknown = []
    for side in sides:
        try:
            parse_perpetrator(side)
        except UnknownPerpetrator:
            unknown.append(side)
    assert unknown == []
    # A state outside the taxonomy is "other parties", kept by name in perpetrator_text.
    assert parse_perpetrator("Government of Iraq").code == "OTHER"
    assert parse_perpetrator("Government of Syria").code == "REGIME"
    assert parse_perpetrator("IS").code == "ISIS"


# -- categories and causes ------------------------------------------------------------------
def test_categories_and_aliases():
    assert set(CATEGORIES) == {"killing", "landmine", "massacre", "torture"}
    assert parse_category("Death under torture") == "torture"
    assert parse_category("explosive remnant") == "landmine"
    with pytest.raises(InputError, match="unknown category 'shooting'"):
        parse_category("shooting")


@pytest.mark.parametrize("text,cause", [
    ("artillery shelling", "shelling"), ("anti-armor rocket", "anti-armour rocket"),
    ("car bomb", "car bomb"), ("IED", "IED"), ("landmine (under car)", "landmine"),
    ("Russian warplanes", "airstrike"), ("a drone strike", "drone"),
    ("shot dead", "gunfire"), ("died under torture", "torture"),
])
def test_parse_cause(text, cause):
    assert parse_cause(text) == cause


# -- validation -----------------------------------------------------------------------------
@pytest.mark.parametrize("changes,field,pattern", [
    ({"lat": 95.0}, "lat", "impossible latitude"),
    ({"lon": -190.0}, "lon", "impossible longitude"),
    ({"lon": 2.35, "lat": 35.0}, "lon", "outside Syria"),
    ({"lon": 38.0, "lat": 48.85}, "lat", "outside Syria"),
    ({"lat": None}, "lat", "both lon and lat"),
    ({"date": "2011-02-28"}, "date", "before 2011-03-01"),
    ({"date": (dt.date.today() + dt.timedelta(days=3)).isoformat()}, "date", "in the future"),
    ({"date": "2023-13-01"}, "date", "not a date"),
    ({"date": None}, "date", "required"),
    ({"date_documented": "2023-07-01"}, "date_documented", "before the incident date"),
    ({"category": "shooting"}, "category", "unknown category"),
    ({"killed": -1}, "killed", "negative"),
    ({"killed": "two"}, "killed", "whole number"),
    ({"injured": 1.5}, "injured", "whole number"),
    ({"killed": "1e300"}, "killed", "implausibly large"),
    ({"radius_m": 10**20}, "radius_m", "implausibly large"),
    ({"date": "2016-01-01garbage"}, "date", "not a date"),
    ({"killed": 2, "children": 2, "women": 1}, "killed", "exceed"),
    ({"category": "massacre", "killed": 4}, "category", "at least 5"),
    ({"cause": "sorcery"}, "cause", "unknown cause"),
    ({"perpetrator": "martians"}, "perpetrator", "unknown perpetrator"),
    ({"computed_control": "NARNIA"}, "computed_control", "unknown force"),
    ({"stated_control": "the control of nobody we know"}, "stated_control", "unknown force"),
    ({"date_precision": "fortnight"}, "date_precision", "unknown date precision"),
    ({"location_precision": 9}, "location_precision", "unknown location precision"),
    ({"source_url": "javascript:alert(1)"}, "source_url", "http"),
])
def test_invalid_incidents_name_the_field(changes, field, pattern):
    with pytest.raises(InputError) as err:
        make(**changes)
    assert err.value.field == field
    assert re.search(pattern, err.value.message), err.value.message


def test_date_times_keep_their_date():
    assert make(date="2016-01-01T13:45:00Z").date.isoformat() == "2016-01-01"


def test_children_plus_women_equal_to_killed_is_fine():
    inc = make(killed=3, children=2, women=1)
    assert (inc.children, inc.women, inc.killed) == (2, 1, 3)


def test_massacre_rule_and_interval():
    inc = make(category="massacre", killed=5, date="2016-02-14", date_precision="month")
    assert inc.is_massacre and inc.date_interval == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))


def test_normalisation_of_types():
    inc = make(killed="3", injured="", location_precision="2", victim_names="A B; C D",
               perpetrator="Syrian regime forces", computed_forces="GOV;SDF")
    assert inc.killed == 3 and inc.injured is None
    assert inc.location_precision is LocationPrecision.NEAR and inc.radius_m == 10_000
    assert inc.victim_names == ("A B", "C D")
    assert (inc.perpetrator, inc.perpetrator_text) == ("REGIME", "Syrian regime forces")
    assert inc.computed_forces == ("GOV", "SDF")
    assert inc.date_precision is DatePrecision.DAY


def test_stated_control_phrase_goes_through_parse_force():
    inc = make(stated_control="joint control of armed opposition factions and Hay'at Tahrir al-Sham (HTS)",
               computed_control="HTS_OPP")
    assert inc.stated_control == "HTS_OPP"
    assert inc.stated_control_text.startswith("joint control")
    assert inc.control_agrees is True


def test_control_agreement():
    assert control_agrees("GOV", "GOV") is True
    assert control_agrees("SDF", "GOV") is False
    assert control_agrees("SDF", "GOV", ("GOV", "SDF")) is True
    assert control_agrees(None, "GOV") is None
    assert control_agrees("GOV", "UNKNOWN") is None
    assert make(stated_control="GOV", computed_control="SDF").control_agrees is False


# -- ids, serialisation, privacy ------------------------------------------------------------
def test_ids_are_stable():
    assert make().id == "test:1"
    a = make(source_id=None, place_text="x")
    b = make(source_id=None, place_text="x")
    c = make(source_id=None, place_text="y")
    assert a.id == b.id != c.id and a.id.startswith("test:h")


def test_round_trip_through_dict():
    inc = make(victim_names=["Hanan al-Dreib"], stated_control="GOV", computed_control="GOV",
               source_sentence="A woman, identified as Hanan al-Dreib, was killed.",
               date_precision="week", location_precision=1, cause="landmine", category="landmine")
    again = Incident.from_dict(inc.to_dict(include_names=True))
    assert again == inc
    assert set(inc.to_dict()) == set(FIELDS) | {"control_agrees"}


def test_public_leaves_names_out_everywhere():
    inc = make(victim_names=["Hanan al-Dreib"], injured_names=["Suhaila al-Mohammad"],
               source_sentence="A woman, identified as Hanan al-Dreib, was killed; "
                               "HANAN AL-DREIB's neighbour Suhaila al-Mohammad was injured.")
    pub = inc.public()
    assert pub["victim_names"] is None and pub["injured_names"] is None
    assert "Hanan" not in pub["source_sentence"] and "HANAN" not in pub["source_sentence"]
    assert "Suhaila" not in pub["source_sentence"]
    assert pub["source_sentence"].count("[name withheld]") == 3
    full = inc.to_dict(include_names=True)
    assert (full["victim_names"], full["injured_names"]) == (["Hanan al-Dreib"], ["Suhaila al-Mohammad"])


def test_hostile_strings_are_kept_verbatim():
    hostile = "<script>alert('x')</script> \"; DROP TABLE incidents; -- \u202egnp.exe 🚀 دوما"
    inc = make(place_text=hostile, source_title=hostile, notes=hostile)
    d = inc.public()
    assert d["place_text"] == d["source_title"] == d["notes"] == hostile


def test_hxl_tags_cover_every_field_and_are_unique():
    assert set(HXL_TAGS) == set(FIELDS) | {"control_agrees"}
    keys = [hxl_key(t) for t in HXL_TAGS.values()]
    assert len(set(keys)) == len(keys)


# -- placing points -------------------------------------------------------------------------
def test_locate_many_fills_pcodes_and_rejects_points_outside(gaz):
    incs = [
        make(lon=37.9521, lat=36.5272, location_precision=1),     # Menbij
        make(lon=35.886, lat=34.889, location_precision=3),       # Tartous coast (snapped)
        make(lon=35.5018, lat=33.8938),                            # Beirut: inside the box, not Syria
    ]
    with pytest.raises(InputError) as err:
        locate_many(incs, gaz, source="x.csv", lines=[2, 3, 4])
    assert (err.value.source, err.value.line) == ("x.csv", 4)
    assert "outside Syria" in err.value.message
    errors = locate_many(incs, gaz, source="x.csv", lines=[2, 3, 4], lenient=True)
    assert [i for i, _ in errors] == [2]
    assert (incs[0].pcode, incs[0].level, incs[0].adm2_pcode) == ("C1767", "community", "SY0205")
    assert incs[1].adm1_pcode == "SY10" and incs[1].level == "adm2" and incs[1].pcode == incs[1].adm2_pcode


def test_perpetrators_after_the_fall_of_the_regime():
    import datetime as dt

    from geo.incident import parse_perpetrator

    after, before = dt.date(2025, 3, 7), dt.date(2024, 11, 1)
    assert parse_perpetrator("Syrian government forces", date=after).code == "TRANSITIONAL"
    assert parse_perpetrator("Syrian government forces", date=before).code == "REGIME"
    assert parse_perpetrator("remnants of the Assad regime", date=after).code == "REGIME"
    assert parse_perpetrator("personnel of the General Security", date=after).code == "TRANSITIONAL"
    assert parse_perpetrator("local Druze factions in Suwayda", date=after).code == "LOCAL"
    inc = Incident(date=after, category="killing", killed=1, perpetrator="REGIME",
                   perpetrator_text="Syrian army", lon=36.3, lat=33.5, dataset="t", source_id="1")
    assert inc.perpetrator == "TRANSITIONAL"
    explicit = Incident(date=after, category="killing", killed=1, perpetrator="REGIME",
                        lon=36.3, lat=33.5, dataset="t", source_id="2")
    assert explicit.perpetrator == "REGIME"


# -- spans, all deaths, and attribution bounded by the location precision --------------------
def test_date_end_keeps_a_span_the_precision_does_not_imply():
    inc = Incident(date="2016-01-11", date_end="2016-01-25", date_precision="month")
    assert inc.date_interval == (dt.date(2016, 1, 11), dt.date(2016, 1, 25))
    assert inc.to_dict()["date_end"] == "2016-01-25"
    # The span the precision implies is written one way only: without date_end.
    same = Incident(date="2016-01-01", date_end="2016-12-31", date_precision="year")
    assert same.date_end is None and same.date_interval == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    with pytest.raises(InputError) as err:
        Incident(date="2016-01-11", date_end="2016-01-10")
    assert err.value.field == "date_end" and "before it starts" in str(err.value)
    with pytest.raises(InputError) as err:
        Incident(date="2016-01-11", date_end="2099-01-01")
    assert err.value.field == "date_end" and "future" in str(err.value)


def test_killed_are_civilians_and_cannot_exceed_all_deaths():
    inc = Incident(date="2016-01-01", killed=643, deaths_total=8179, deaths_low=8000, deaths_high=9000)
    assert (inc.killed, inc.deaths_total) == (643, 8179)
    with pytest.raises(InputError) as err:
        Incident(date="2016-01-01", killed=10, deaths_total=3)
    assert err.value.field == "killed"
    with pytest.raises(InputError) as err:
        Incident(date="2016-01-01", deaths_low=-1)
    assert err.value.field == "deaths_low"
    for name in ("date_end", "deaths_total", "deaths_low", "deaths_high"):
        assert name in FIELDS and name in HXL_TAGS


def test_locate_many_attributes_no_finer_than_the_precision(gaz):
    # Hama city's point, at each precision. UCDP's country centroid lies in Hama governorate.
    lon, lat = 36.75, 35.13
    incs = [Incident(date="2016-01-01", lon=lon, lat=lat, location_precision=p) for p in range(1, 7)]
    assert locate_many(incs, gaz) == []
    codes = [(i.adm1_pcode, i.adm2_pcode, i.adm3_pcode) for i in incs]
    assert all(codes[0]) and codes[1] == codes[0]
    assert codes[2] == (codes[0][0], codes[0][1], None) and incs[2].level == "adm2"
    assert codes[3] == (codes[0][0], None, None) and incs[3].level == "adm1"
    assert codes[4] == codes[5] == (None, None, None)            # named area, country
    assert incs[5].pcode is None and incs[5].level is None
    # A governorate the source names is kept for a named area, and wins over the centroid's.
    area = Incident(date="2016-01-01", lon=lon, lat=lat, location_precision=5, adm1_pcode="SY05")
    gov = Incident(date="2016-01-01", lon=lon, lat=lat, location_precision=4, adm1_pcode="SY07")
    locate_many([area, gov], gaz)
    assert (area.adm1_pcode, area.adm2_pcode, area.adm3_pcode) == ("SY05", None, None)
    assert (gov.adm1_pcode, gov.adm2_pcode, gov.pcode) == ("SY07", None, "SY07")
