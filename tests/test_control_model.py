"""Control periods and the dataset format (geo/control/period.py, dataset.py)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from geo.control.dataset import ControlDataset, read_areas, read_periods_csv
from geo.control.period import ControlPeriod, check_no_overlaps, find_overlaps, parse_day, unit_kind
from geo.errors import InputError

FIX = Path(__file__).parent / "data" / "control"
D = dt.date


def test_unit_kinds():
    assert [unit_kind(u) for u in ("C1767", "SY020500", "SY0205", "SY02", "area:tanf-55km",
                                   "Manbij", "SY2", "area:")] == [
        "community", "adm3", "adm2", "adm1", "area", None, None, None]


def test_parse_day():
    assert parse_day("2023-07-09") == D(2023, 7, 9)
    assert parse_day(dt.datetime(2023, 7, 9, 12)) == D(2023, 7, 9)
    for bad in ("2023-02-30", "9 July 2023", "", "1850-01-01"):
        with pytest.raises(InputError) as err:
            parse_day(bad, source="x.csv", line=4, field="valid_from")
        assert str(err.value).startswith("x.csv, line 4, field valid_from: ")


def test_period_checks_itself():
    with pytest.raises(InputError, match="before valid_from"):
        ControlPeriod("C1767", "SDF", D(2020, 1, 2), D(2020, 1, 1))
    with pytest.raises(InputError, match="unknown force code"):
        ControlPeriod("C1767", "REBELS", D(2020, 1, 1))
    with pytest.raises(InputError, match="confidence"):
        ControlPeriod("C1767", "SDF", D(2020, 1, 1), confidence="sure")
    p = ControlPeriod("C1767", "SDF", D(2020, 1, 1), D(2020, 12, 31))
    assert p.covers(D(2020, 1, 1)) and p.covers(D(2020, 12, 31))
    assert not p.covers(D(2019, 12, 31)) and not p.covers(D(2021, 1, 1))
    assert ControlPeriod("C1767", "SDF", D(2020, 1, 1)).covers(D(2099, 1, 1))


def test_overlaps_name_the_unit_and_the_days():
    a = ControlPeriod("C1767", "SDF", D(2017, 1, 1), D(2024, 12, 8), origin="p.csv:2")
    b = ControlPeriod("C1767", "SNA", D(2024, 12, 1), None, origin="p.csv:3")
    c = ControlPeriod("C1767", "SNA", D(2024, 12, 9), None)  # touches a, no overlap
    other = ControlPeriod("SY0205", "GOV", D(2017, 1, 1), None)
    assert find_overlaps([a, c, other]) == []
    found = find_overlaps([a, b, other])
    assert len(found) == 1
    o = found[0]
    assert (o.unit, o.start, o.end) == ("C1767", D(2024, 12, 1), D(2024, 12, 8))
    text = str(o)
    assert "C1767" in text and "2024-12-01" in text and "2024-12-08" in text and "p.csv:3" in text
    # Open-ended periods overlap everything after them; nested periods are caught too.
    long = ControlPeriod("SY02", "GOV", D(2017, 1, 1), None)
    inner1 = ControlPeriod("SY02", "SDF", D(2018, 1, 1), D(2018, 2, 1))
    inner2 = ControlPeriod("SY02", "SNA", D(2019, 1, 1), D(2019, 2, 1))
    assert len(find_overlaps([long, inner1, inner2])) == 2
    with pytest.raises(InputError, match="2 overlapping period"):
        check_no_overlaps([long, inner1, inner2])


def test_read_fixture_dataset():
    ds = ControlDataset.read(FIX / "basic")
    assert len(ds.periods) == 11
    assert ds.coverage == (D(2017, 1, 1), D(2025, 12, 31))
    box = [p for p in ds.periods if p.unit == "area:box"][0]
    assert box.contested and box.also == ("GOV",) and box.confidence == "low"
    assert list(ds.areas["id"]) == ["area:box"]


def test_coverage_without_declaration(tmp_path):
    (tmp_path / "periods.csv").write_text(
        "unit,force,valid_from,valid_to\nC1767,SDF,2017-01-01,2024-12-08\n"
        "C1767,SNA,2024-12-09,\nSY02,GOV,2017-03-01,2025-06-30\n")
    assert ControlDataset.read(tmp_path).coverage == (D(2017, 1, 1), D(2025, 6, 30))


@pytest.mark.parametrize("row, field, words", [
    ("Aleppo,GOV,2017-01-01,,,,,,", "unit", "not a P-code"),
    ("SY02,Martians,2017-01-01,,,,,,", "force", "unknown force"),
    ("SY02,GOV,2017-01-32,,,,,,", "valid_from", "not a date"),
    ("SY02,GOV,2017-01-01,2016-01-01,,,,,", "valid_to", "before valid_from"),
    ("SY02,GOV,2017-01-01,,maybe,,,,", "contested", "true or false"),
    ("SY02,GOV,2017-01-01,,,Martians,,,", "also", "unknown force"),
    ("SY02,GOV,2017-01-01,,,,sure,,", "confidence", "confidence"),
])
def test_periods_csv_errors_name_line_and_field(tmp_path, row, field, words):
    path = tmp_path / "periods.csv"
    path.write_text("unit,force,valid_from,valid_to,contested,also,confidence,source,note\n"
                    "C1767,SDF,2017-01-01,,,,high,ok,\n" + row + "\n")
    with pytest.raises(InputError) as err:
        read_periods_csv(path)
    assert err.value.line == 3 and err.value.field == field
    assert words in str(err.value) and str(path) in str(err.value)


def test_periods_csv_refuses_overlaps_and_missing_columns(tmp_path):
    path = tmp_path / "periods.csv"
    path.write_text("unit,force,valid_from,valid_to\nC1767,SDF,2017-01-01,\nC1767,SNA,2024-12-09,\n")
    with pytest.raises(InputError, match=r"C1767.*2024-12-09"):
        read_periods_csv(path)
    path.write_text("unit,force,from\nC1767,SDF,2017-01-01\n")
    with pytest.raises(InputError, match="missing column"):
        read_periods_csv(path)


def test_period_for_an_undefined_area_is_refused(tmp_path):
    (tmp_path / "periods.csv").write_text("unit,force,valid_from,valid_to\narea:nowhere,GOV,2017-01-01,\n")
    with pytest.raises(InputError, match="area:nowhere"):
        ControlDataset.read(tmp_path)


def test_areas_are_checked_and_repaired(tmp_path):
    bowtie = [[[38.0, 36.0], [39.0, 37.0], [39.0, 36.0], [38.0, 37.0], [38.0, 36.0]]]
    feats = [{"type": "Feature", "properties": {"id": "area:tie", "vertices": "C1001;C1002"},
              "geometry": {"type": "Polygon", "coordinates": bowtie}}]
    path = tmp_path / "areas.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    areas = read_areas(path)
    assert areas.geometry.iloc[0].is_valid and areas.geometry.iloc[0].area == pytest.approx(0.5)
    assert areas["vertices"].iloc[0] == ["C1001", "C1002"]
    feats.append(dict(feats[0]))
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    with pytest.raises(InputError, match="feature 2: duplicate id"):
        read_areas(path)
    line = {"type": "Feature", "properties": {"id": "area:line"},
            "geometry": {"type": "LineString", "coordinates": [[38, 36], [39, 37]]}}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [line]}))
    with pytest.raises(InputError, match="feature 1 .*LineString is not an area"):
        read_areas(path)


def test_write_round_trip_is_atomic_and_lossless(tmp_path):
    ds = ControlDataset.read(FIX / "basic")
    out = ds.write(tmp_path / "copy")
    again = ControlDataset.read(out)
    key = lambda p: (p.unit, p.valid_from)  # noqa: E731
    assert sorted(again.periods, key=key) == sorted(ds.periods, key=key)
    assert again.coverage == ds.coverage
    assert again.areas.geometry.iloc[0].equals(ds.areas.geometry.iloc[0])
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_area_conflicts_are_listed(tmp_path):
    def box(x0, x1):
        return [[[x0, 35.0], [x1, 35.0], [x1, 36.0], [x0, 36.0], [x0, 35.0]]]
    feats = [{"type": "Feature", "properties": {"id": f"area:{n}"},
              "geometry": {"type": "Polygon", "coordinates": box(x0, x1)}}
             for n, x0, x1 in (("a", 36.0, 37.0), ("b", 36.5, 37.5), ("c", 37.0, 38.0))]
    (tmp_path / "areas.geojson").write_text(json.dumps({"type": "FeatureCollection",
                                                         "features": feats}))
    (tmp_path / "periods.csv").write_text(
        "unit,force,valid_from,valid_to\n"
        "area:a,GOV,2018-01-01,2018-12-31\n"
        "area:b,SDF,2018-06-01,\n"        # overlaps a in space and time: a conflict
        "area:c,GOV,2017-01-01,\n")       # touches a only along an edge; overlaps b, same days
    conflicts = ControlDataset.read(tmp_path).area_conflicts()
    assert conflicts == [
        "area:a (GOV) and area:b (SDF) overlap from 2018-06-01 to 2018-12-31",
        "area:b (SDF) and area:c (GOV) overlap from 2018-06-01 to open end"]
