"""ACLED CSV import: codebook columns mapped to the incident model (a small file written for it)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.importers import import_file, read_file
from geo.precision import DatePrecision, LocationPrecision
from geo.store import open_store

SAMPLE = Path(__file__).parent / "data" / "incidents" / "acled_sample.csv"


@pytest.fixture(scope="module")
def rows():
    return {r["event_id_cnty"]: r for r in csv.DictReader(open(SAMPLE, encoding="utf-8"))}


@pytest.fixture
def imported(tmp_path, gaz):
    store = open_store(tmp_path / "a.gpkg")
    report = import_file(SAMPLE, "acled", store, gaz=gaz, control_index=False)
    yield store, report
    store.close()


def test_violent_events_are_imported_protests_ignored(imported, rows):
    store, report = imported
    violent = [r for r in rows.values() if r["event_type"] != "Protests"]
    assert report.rows == len(rows) and report.ignored == 1
    assert store.count() == len(violent) == report.result.added
    assert store.get("acled:SYR900006") is None


def test_fields_are_mapped(imported, rows):
    store, _ = imported
    for sid, row in rows.items():
        inc = store.get(f"acled:{sid}")
        if inc is None:
            continue
        # Civilians killed: the fatalities of events that targeted civilians only; all of them
        # are kept as deaths_total (a battle's or a strike's dead are mostly fighters).
        targeted = (row["civilian_targeting"] == "Civilian targeting"
                    or row["event_type"] == "Violence against civilians")
        assert inc.killed == (int(row["fatalities"]) if targeted else 0)
        assert inc.deaths_total == int(row["fatalities"])
        assert (inc.lat, inc.lon) == (float(row["latitude"]), float(row["longitude"]))
        assert inc.date_precision is DatePrecision.from_acled(int(row["time_precision"]))
        assert inc.location_precision is LocationPrecision.from_acled(int(row["geo_precision"]))
        assert inc.perpetrator_text == row["actor1"] and inc.source_publisher == row["source"]
        assert inc.source_sentence == row["notes"] and row["location"] in inc.place_text
    # "9 July 2023" is read as well as ISO dates.
    assert store.get("acled:SYR900003").date == dt.date(2023, 7, 9)


@pytest.mark.parametrize("sid,perpetrator,cause,category", [
    ("SYR900001", "REGIME", "shelling", "killing"),
    ("SYR900002", "OTHER_LANDMINE", "landmine", "landmine"),
    ("SYR900003", "OTHER_BOMBING", "car bomb", "massacre"),   # civilians targeted, 6 killed
    ("SYR900004", "TURKEY", "drone", "killing"),              # fighters, not civilians
    ("SYR900005", "OTHER_GUNFIRE", "gunfire", "killing"),
    ("SYR900007", "HTS", "gunfire", "killing"),
])
def test_perpetrator_cause_category(imported, sid, perpetrator, cause, category):
    store, _ = imported
    inc = store.get(f"acled:{sid}")
    assert (inc.perpetrator, inc.cause, inc.category) == (perpetrator, cause, category)


def test_reverse_geocoded_to_acled_admin1(imported, rows, gaz):
    store, _ = imported
    for inc in store.query():
        assert inc.adm1_pcode == gaz.resolve_unit(rows[inc.source_id]["admin1"]), inc.id


def _edited(tmp_path, sid: str, **changes) -> Path:
    rows = list(csv.DictReader(open(SAMPLE, encoding="utf-8")))
    for r in rows:
        if r["event_id_cnty"] == sid:
            r.update(changes)
    out = tmp_path / "edited.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return out


@pytest.mark.parametrize("changes,field,message", [
    ({"time_precision": "4"}, "time_precision", "must be 1-3"),
    ({"geo_precision": "x"}, "geo_precision", "not a number"),
    ({"event_date": "2023-02-30"}, "event_date", "not a date"),
    ({"event_date": "2099-01-01"}, "event_date", "in the future"),
    ({"latitude": "-91"}, "latitude", "impossible latitude"),
    ({"latitude": "31.95", "longitude": "35.93"}, "latitude", "outside Syria"),  # Amman
    ({"fatalities": "-1"}, "fatalities", "negative"),
    ({"country": "Iraq"}, "country", "not Syria"),
    ({"event_type": "Earthquake"}, "event_type", "unknown event_type"),
])
def test_bad_rows_name_line_and_column(tmp_path, gaz, changes, field, message):
    path = _edited(tmp_path, "SYR900005", **changes)
    store = open_store(tmp_path / "s.gpkg")
    with pytest.raises(InputError) as err:
        import_file(path, "acled", store, gaz=gaz, control_index=False)
    assert (err.value.line, err.value.field) == (6, field), str(err.value)
    assert message in err.value.message and str(path) in str(err.value)
    assert store.count() == 0


def test_missing_codebook_columns(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("event_id_cnty,event_date,latitude,longitude\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_file(path, "acled")
    assert err.value.line == 1 and "time_precision" in err.value.message


def test_lenient(tmp_path, gaz):
    path = _edited(tmp_path, "SYR900005", latitude="95")
    store = open_store(tmp_path / "s.gpkg")
    report = import_file(path, "acled", store, gaz=gaz, control_index=False, lenient=True)
    assert [(e.line, e.field) for e in report.skipped] == [(6, "latitude")]
    assert store.count() == 5
