"""The force taxonomy and the one force parser (geo/force.py)."""

from __future__ import annotations

import csv
import datetime as dt
import itertools

import numpy as np
import pytest

from geo.errors import InputError
from geo.force import CODES, FORCES, ParsedForce, UnknownForce, get_force, parse_force

EXPECTED_CODES = ["GOV", "HTS_OPP", "SNA", "SDF", "ISIS", "OPP", "COALITION", "TRANSITIONAL",
                  "LOCAL", "ISRAEL", "UNKNOWN"]


def test_codes_are_the_stable_taxonomy():
    assert list(CODES) == EXPECTED_CODES
    for code, force in FORCES.items():
        assert force.code == code
        assert force.name and force.short
        assert len(force.colour) == 7 and force.colour.startswith("#")
        int(force.colour[1:], 16)


@pytest.mark.parametrize("text, code", [
    ("Syrian regime forces", "GOV"),
    ("Assad regime forces", "GOV"),
    ("The area was under the control of Syrian regime forces at the time of the incident", "GOV"),
    ("Syrian regime forces (army, security, local militias, Shiite foreign militias)", "GOV"),
    ("Syrian regime artillery forces", "GOV"),
    ("the SDF", "SDF"),
    ("Syrian Democratic Forces' control", "SDF"),
    ("Syrian Democratic Forces\u2019 control", "SDF"),
    ("factions from the Armed Opposition and Hay'at Tahrir al Sham", "HTS_OPP"),
    ("joint control of armed opposition factions and Hay'at Tahrir al-Sham (HTS)", "HTS_OPP"),
    ("the joint control of Hay'at Tahrir al-Sham and armed opposition factions", "HTS_OPP"),
    ("HTS", "HTS_OPP"),
    ("the Syrian National Army", "SNA"),
    ("the SNA", "SNA"),
    ("all armed opposition factions/SNA", "SNA"),
    ("Turkish forces", "SNA"),
    ("the current transitional authorities in Syria", "TRANSITIONAL"),
    ("ISIS", "ISIS"),
    ("the Islamic State", "ISIS"),
    ("armed opposition factions", "OPP"),
    ("US-led coalition", "COALITION"),
    ("Syrian Free Army", "COALITION"),
    ("Free Syrian Army", "OPP"),
    ("Druze factions", "LOCAL"),
    ("Israeli forces", "ISRAEL"),
    ("قوات النظام السوري", "GOV"),
    ("هيئة تحرير الشام", "HTS_OPP"),
    ("قوات سوريا الديمقراطية", "SDF"),
    ("unknown", "UNKNOWN"),
])
def test_report_phrases(text, code):
    parsed = parse_force(text)
    assert isinstance(parsed, ParsedForce)
    assert parsed.code == code, text
    assert parsed.also == ()
    assert parsed.text == text


@pytest.mark.parametrize("code", EXPECTED_CODES)
def test_codes_parse_to_themselves(code):
    assert parse_force(code).code == code
    assert parse_force(code.lower()).code == code


def test_every_faction_code_of_the_shared_control_files_parses(shared_dir):
    marks = shared_dir / "data/control/wikipedia_detailed_map_marks_2017.csv"
    towns = shared_dir / "data/control/wikipedia_towns_control_2023.csv"
    expected = {"GOV": "GOV", "OPP": "OPP", "SDF": "SDF", "HTS": "HTS_OPP", "ISIS": "ISIS",
                "TURKEY": "SNA", "NONE": "UNKNOWN", "SNA_TURKEY": "SNA", "OPPOSITION": "OPP"}
    with marks.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    codes = {row["faction"] for row in rows} | {row["mixed_with"] for row in rows if row["mixed_with"]}
    with towns.open(encoding="utf-8") as f:
        town_codes = {row["faction_mapped"] for row in csv.DictReader(f)}
    for code in codes | (town_codes - {"MIXED_AGGREGATE", "GOV+SDF", "GOV+SDF+SNA_TURKEY"}):
        assert parse_force(code).code == expected[code], code
    shared = parse_force("GOV+SDF+SNA_TURKEY")
    assert shared.forces == ("GOV", "SDF", "SNA")
    with pytest.raises(UnknownForce):
        parse_force("MIXED_AGGREGATE")


def test_joint_control_is_one_code_and_contested_is_flagged():
    joint = parse_force("joint control of armed opposition factions and Hay'at Tahrir al-Sham (HTS)")
    assert joint.forces == ("HTS_OPP",) and not joint.contested
    fight = parse_force("contested between the SDF and the SNA")
    assert fight.code == "SDF" and fight.also == ("SNA",) and fight.contested
    assert parse_force("front line, Syrian regime forces").contested
    assert not parse_force("the SDF").contested


def test_generic_government_wording_depends_on_the_date():
    assert parse_force("Syrian government forces").code == "GOV"
    assert parse_force("Syrian government forces", date=dt.date(2024, 12, 7)).code == "GOV"
    assert parse_force("Syrian government forces", date=dt.date(2024, 12, 8)).code == "TRANSITIONAL"
    # "regime" is the Assad regime whatever the date.
    assert parse_force("Syrian regime forces", date=dt.date(2025, 3, 1)).code == "GOV"


@pytest.mark.parametrize("text", [
    "", "   ", "a different party", "landmine whose source we have not yet been able to identify",
    "MIXED_AGGREGATE", "Russian", "<script>alert(1)</script>", "x" * 600, "GOVX",
])
def test_unknown_text_is_refused_clearly(text):
    with pytest.raises(UnknownForce) as err:
        parse_force(text, source="marks.csv", line=7, field="force")
    assert isinstance(err.value, InputError)
    message = str(err.value)
    assert message.startswith("marks.csv, line 7, field force: ")
    assert "force" in message


def test_non_string_is_refused():
    with pytest.raises(UnknownForce):
        parse_force(None)  # type: ignore[arg-type]


def test_words_inside_other_words_do_not_match():
    # "regimental" is not "regime", "Issa" is not "ISIS", "snap" is not "SNA".
    for text in ("regimental", "Ain Issa", "snap", "opportunity", "sdfx"):
        with pytest.raises(UnknownForce):
            parse_force(text)


def test_get_force():
    assert get_force("sdf") is FORCES["SDF"]
    with pytest.raises(UnknownForce):
        get_force("REBELS")


# --- colours: distinguishable for normal vision and the three dichromacies ---
_SIMULATE = {  # Machado, Oliveira & Fernandes (2009), severity 1.0, linear RGB
    "normal": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}


def _lab(colour: str, matrix: np.ndarray) -> np.ndarray:
    srgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    linear = np.clip(matrix @ linear, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ linear / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("vision", list(_SIMULATE))
def test_colours_stay_apart_for_colour_blind_readers(vision):
    labs = {code: _lab(force.colour, _SIMULATE[vision]) for code, force in FORCES.items()}
    worst = min((float(np.linalg.norm(labs[a] - labs[b])), a, b)
                for a, b in itertools.combinations(labs, 2))
    # CIE76 distance >= 12: clearly different patches on a map.
    assert worst[0] >= 12, worst
