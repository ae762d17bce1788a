"""Explosive-incident classes (landmine, remnant, IED/car bomb, other) on real UCDP rows."""

from __future__ import annotations

import csv

import pytest

from geo.importers.explosive import (CLASSES, classify_acled, classify_text, classify_ucdp,
                                     explosive_class, is_demining)
from geo.importers.ucdp import read_ucdp


@pytest.fixture(scope="module")
def ged(data) -> dict[str, dict]:
    with open(data.path_of("ucdp"), encoding="utf-8", newline="") as fh:
        return {r["id"]: r for r in csv.DictReader(fh)}


# Real GED rows, read by a person: (id, class, why).
CASES = [
    ("264719", "landmine", "A landmine explosion kills a child north of Al-Raqqah city"),
    ("313815", "landmine", "explosion of a landmine of the regime's leftovers in Abtaa town"),
    ("299860", "landmine", "Mine explosion of regime forces' remnants ... al-Eiss"),
    ("317876", "landmine", "Mines and war remnants kill a farmer while plowing his land"),
    ("278559", "explosive remnant", "Explosion of more remnants of military operations in Daraa"),
    ("311628", "explosive remnant", "The war's remnants claim the life of a child"),
    ("242251", "IED", "civilians were killed due IEDs explosions in Albab city"),
    ("216473", "IED", "detonated a booby trapped car at the garage of Police Officers' Club"),
    # A round-up: the landmine was in Tasil; this event is at Ash Shaykh Miskin.
    ("216598", "other", "aerial bombing on Nawa and ... landmine explosion in Tasil"),
    # Naval mines dropped by helicopters are an air attack, not a landmine.
    ("315641", "other", "explosive barrels and navy mines dropped by helicopters"),
    # A cluster-munition *attack* is an airstrike, not a remnant.
    ("300883", "other", "Russia/Syria: Daily Cluster Munition Attacks"),
]


@pytest.mark.parametrize("sid,expected,why", CASES)
def test_real_rows(ged, sid, expected, why):
    assert classify_ucdp(ged[sid]) == expected, why


def test_the_round_up_rule_follows_the_place(ged):
    # One headline, two events: only the event at the place the mine clause names is a mine.
    text = ged["216598"]["source_headline"]
    assert classify_text(text, "Tasil town") == "landmine"
    assert classify_text(text, "Nawa town") == "other"
    assert classify_text(text, "Ash Shaykh Miskin town") == "other"


def test_whole_extract_finds_the_accidents(ged):
    """Every class is found, and a landmine/remnant row's own text names a mine or remnant."""
    classes = {sid: classify_ucdp(r) for sid, r in ged.items()}
    counts = {c: sum(v == c for v in classes.values()) for c in CLASSES}
    # Before the classifier the import found 0 of the 186 texts that speak of mines or remnants.
    assert counts["landmine"] + counts["explosive remnant"] >= 150
    assert counts["IED"] >= 100
    for sid, c in classes.items():
        if c in ("landmine", "explosive remnant"):
            text = ged[sid]["source_headline"] + " " + ged[sid]["source_article"]
            assert explosive_class(text) in ("landmine", "explosive remnant"), sid
        if c == "other":
            continue
    # No text without an explosive word is classed explosive.
    assert all(c == "other" for sid, c in classes.items()
               if explosive_class(ged[sid]["source_headline"] + " " + ged[sid]["source_article"])
               == "other")


def test_ucdp_import_sets_cause_and_category(ged, data):
    batch = read_ucdp(data.path_of("ucdp"))
    by_id = {i.source_id: i for i in batch.incidents}
    mine = by_id["264719"]
    assert (mine.cause, mine.category) == ("landmine", "landmine")
    assert by_id["216473"].cause == "car bomb" and by_id["216473"].category != "landmine"
    assert by_id["242251"].cause == "IED"
    # A massacre stays a massacre (SNHR's rule first) but keeps its explosive cause.
    for inc in batch.incidents:
        if inc.killed >= 5:
            assert inc.category == "massacre"
        elif inc.cause in ("landmine", "explosive remnant"):
            assert inc.category == "landmine"
        else:
            assert inc.category == "killing"
    demining = [i for i in batch.incidents if is_demining(i.cause, i.category)]
    assert len(demining) == sum(classify_ucdp(r) in ("landmine", "explosive remnant")
                                for r in ged.values())


def test_acled_notes_decide_the_explosive_class():
    sub = "Remote explosive/landmine/IED"
    assert classify_acled(sub, "A child was killed by a landmine near Maadan.") == "landmine"
    assert classify_acled(sub, "Unexploded ordnance exploded in a field.") == "explosive remnant"
    assert classify_acled(sub, "An IED planted by unknown persons exploded.") == "IED"
    assert classify_acled(sub, "An explosion hit a market.") == "IED"
    assert classify_acled("Attack", "Gunmen shot a man dead.") == "other"
    assert classify_acled("Armed clash", "A landmine went off during clashes.") == "landmine"
