"""Importers: P-code tables, polygon snapshots in four formats, point marks (geo/control/importers.py)."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections import Counter
from pathlib import Path

import geopandas as gpd
import pytest

from geo.control import ControlDataset, ControlIndex
from geo.control.importers import import_marks, import_pcodes, import_polygons
from geo.errors import InputError

FIX = Path(__file__).parent / "data" / "control"
MARKS_2017 = "data/control/wikipedia_detailed_map_marks_2017.csv"
D = dt.date


@pytest.fixture(scope="module")
def known(gaz):
    return {p.pcode for p in gaz.places() if p.level in ("adm1", "adm2", "adm3", "community")}


# -- P-code tables -------------------------------------------------------------------------
def test_pcode_table(known):
    res = import_pcodes(FIX / "pcodes.csv", known_units=known)
    ps = sorted(res.dataset.periods, key=lambda p: (p.unit, p.valid_from))
    assert [(p.unit, p.force, p.valid_to) for p in ps] == [
        ("C1767", "SDF", D(2024, 12, 8)), ("C1767", "SNA", None),
        ("SY0203", "SNA", None), ("SY020500", "SDF", D(2024, 12, 8))]
    assert ps[0].source == "fixture" and ps[1].confidence == "medium"


def test_pcode_table_errors_list_every_bad_line(known):
    with pytest.raises(InputError) as err:
        import_pcodes(FIX / "pcodes_bad.csv", known_units=known)
    msg = str(err.value)
    assert "5 bad rows, nothing imported" in msg
    for line, words in [(3, "unknown unit 'C9999'"), (4, "unknown force 'the Martians'"),
                        (5, "not a date"), (6, "before valid_from")]:
        assert f"line {line}" in msg and words in msg, (line, msg)


def test_pcode_table_overlaps_are_refused(known):
    with pytest.raises(InputError, match=r"unit C1767.*overlap from 2024-12-01 to 2024-12-08"):
        import_pcodes(FIX / "pcodes_overlap.csv", known_units=known)


# -- polygon snapshots ---------------------------------------------------------------------
def _as_format(tmp_path: Path, fmt: str) -> Path:
    frame = gpd.read_file(FIX / "snapshot.geojson")
    if fmt == "geojson":
        return FIX / "snapshot.geojson"
    if fmt == "kml":
        path = tmp_path / "snapshot.kml"
        frame.to_file(path, driver="KML", engine="pyogrio")
        return path
    if fmt == "gpkg":
        path = tmp_path / "snapshot.gpkg"
        frame.to_crs(3857).to_file(path, driver="GPKG", engine="pyogrio")  # reprojected on read
        return path
    folder = tmp_path / "shp"
    folder.mkdir()
    frame.to_file(folder / "snapshot.shp", driver="ESRI Shapefile", engine="pyogrio")
    path = tmp_path / "snapshot.zip"
    with zipfile.ZipFile(path, "w") as z:
        for f in folder.iterdir():
            z.write(f, f.name)
    return path


@pytest.mark.parametrize("fmt", ["geojson", "kml", "gpkg", "shp"])
def test_polygon_snapshot_formats(tmp_path, fmt):
    path = _as_format(tmp_path, fmt)
    res = import_polygons(path, fmt, valid_from="2020-03-06", valid_to="2020-12-31",
                          field="control", mapping={"1": "GOV"}, source="test export")
    ds = res.dataset
    assert [p.force for p in ds.periods] == ["GOV", "SDF", "SNA"]
    assert all((p.valid_from, p.valid_to) == (D(2020, 3, 6), D(2020, 12, 31)) for p in ds.periods)
    assert list(ds.areas["id"]) == ["area:snapshot-1", "area:snapshot-2", "area:snapshot-3"]
    assert all(g.is_valid for g in ds.areas.geometry)
    # The bow tie (feature 3) is repaired and reported; features 1 and 2 overlap.
    assert any(p.startswith("feature 3: invalid geometry") for p in res.problems), res.problems
    overlap = [p for p in res.problems if "overlap" in p]
    assert len(overlap) == 1 and "features 1 (GOV) and 2 (SDF)" in overlap[0]
    assert ds.areas.geometry.iloc[0].bounds == pytest.approx((36.0, 35.0, 37.0, 36.0), abs=1e-6)


def test_polygon_snapshot_is_queryable(tmp_path, ref):
    res = import_polygons(FIX / "snapshot.geojson", "geojson", valid_from="2020-03-06",
                          field="control", mapping={"1": "GOV"})
    res.dataset.write(tmp_path / "ds")
    idx = ControlIndex(ControlDataset.read(tmp_path / "ds"), ref)
    assert idx.control_at(36.5, 35.5, "2020-03-06").force == "GOV"
    assert idx.control_at(37.5, 35.5, "2020-03-06").force == "SDF"
    # In the overlap the smaller area wins (both are 1 deg wide; the SDF box is larger).
    assert idx.control_at(36.95, 35.5, "2020-03-06").force == "GOV"
    assert idx.control_at(36.5, 35.5, "2020-03-07").force == "UNKNOWN"


def test_polygon_errors_name_the_feature(tmp_path):
    with pytest.raises(InputError) as err:
        import_polygons(FIX / "snapshot.geojson", "geojson", valid_from="2020-03-06",
                        field="control")
    assert "feature 1" in str(err.value) and "'1'" in str(err.value) and "--map" in str(err.value)
    with pytest.raises(InputError, match="no attribute 'owner'"):
        import_polygons(FIX / "snapshot.geojson", "geojson", valid_from="2020-03-06",
                        field="owner")
    with pytest.raises(InputError, match="not a date"):
        import_polygons(FIX / "snapshot.geojson", "geojson", valid_from="March 2020")
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [')
    with pytest.raises(InputError, match="cannot be read as geojson"):
        import_polygons(broken, "geojson", valid_from="2020-03-06")
    points = tmp_path / "points.geojson"
    points.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                      '"properties": {"force": "GOV"}, "geometry": {"type": "Point", '
                      '"coordinates": [36, 35]}}]}')
    with pytest.raises(InputError, match="feature 1: a Point is not an area"):
        import_polygons(points, "geojson", valid_from="2020-03-06")


# -- point marks ---------------------------------------------------------------------------
def test_marks_with_dates_make_consecutive_periods(ref):
    res = import_marks(FIX / "marks.csv", ref=ref)
    ds = res.dataset
    manbij = sorted((p for p in ds.periods if p.unit == "C1767"), key=lambda p: p.valid_from)
    assert [(p.force, p.valid_from, p.valid_to) for p in manbij] == [
        ("SDF", D(2019, 1, 1), D(2024, 12, 31)), ("SNA", D(2025, 1, 1), D(2025, 1, 1))]
    assert manbij[0].confidence == "high" and "2 mark(s)" in manbij[0].note
    # Every cell is labelled on each date; cells far from marks are low confidence.
    per_day = Counter(p.valid_from for p in ds.periods)
    assert per_day[D(2019, 1, 1)] == per_day[D(2025, 1, 1)] > 5000
    far = [p for p in ds.periods if p.confidence == "low"]
    assert far and all("nearest mark" in p.note and float(p.note.split()[2]) > 5 for p in far)
    assert res.summary["marks"] == 9 and res.summary["dates"] == 2


def test_marks_errors_name_the_lines(ref, tmp_path):
    with pytest.raises(InputError) as err:
        import_marks(FIX / "marks_bad.csv", ref=ref)
    msg = str(err.value)
    assert "3 bad rows" in msg
    assert "line 3" in msg and "not numbers" in msg
    assert "line 4" in msg and "Klingons" in msg
    assert "line 6" in msg and "not a date" in msg
    # With the other bad rows fixed, the mark in Paris is refused by its line.
    lines = (FIX / "marks_bad.csv").read_text().splitlines()
    fixed = tmp_path / "marks.csv"
    fixed.write_text("\n".join(lines[:2] + [lines[1], lines[1], lines[4], lines[1]]) + "\n")
    with pytest.raises(InputError, match="line 5: .*outside Syria"):
        import_marks(fixed, ref=ref)
    res = import_marks(FIX / "marks_bad.csv", ref=ref, skip_invalid=True)
    assert res.summary["marks"] == 1 and len(res.problems) == 4


def test_marks_need_a_date(ref, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("lat,lon,force\n36.53,37.95,SDF\n")
    with pytest.raises(InputError, match="--date"):
        import_marks(path, ref=ref)


def test_real_2017_marks(ref, shared_dir):
    path = shared_dir / MARKS_2017
    with pytest.raises(InputError, match=r"line 1377, field lat: .*not numbers"):
        import_marks(path, ref=ref, valid_from="2017-07-01", force_field="faction")
    res = import_marks(path, ref=ref, valid_from="2017-07-01", valid_to="2017-08-31",
                       force_field="faction", skip_invalid=True)
    ds = res.dataset
    assert len(ds.periods) == len({p.unit for p in ds.periods}) > 5000
    forces = Counter(p.force for p in ds.periods)
    assert forces["GOV"] > 1500 and forces["SDF"] > 1000 and forces["ISIS"] > 100
    # The NONE map furniture is reported, not used; the bad row too.
    assert sum("NONE" in p for p in res.problems) == 36
    assert sum("line 1377" in p for p in res.problems) == 1
    # Each plain village mark agrees with its own cell's label (the cell holds it) unless
    # the cell is mixed; mixed cells are flagged contested.
    idx = ControlIndex(ds, ref)
    import pandas as pd
    marks = pd.read_csv(path)
    marks = marks[(marks["feature_type"] == "point") & marks["lon"].notna()
                  & ~marks["faction"].isin(["NONE"])]
    got = idx.control_many(marks["lon"], marks["lat"], ["2017-07-20"] * len(marks), front=False)
    want = marks["faction"].map({"GOV": "GOV", "SDF": "SDF", "OPP": "OPP", "HTS": "HTS_OPP",
                                 "ISIS": "ISIS", "TURKEY": "SNA"}).to_numpy()
    agree = (got["force"].to_numpy() == want)
    assert agree.mean() > 0.9
    assert got["contested"].to_numpy()[~agree].all()
