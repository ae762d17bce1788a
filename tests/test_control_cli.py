"""``incmap control``: query, snapshot (RFC 7946), import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely
from click.testing import CliRunner

from incmap import cli

FIX = Path(__file__).parent / "data" / "control"
BASIC = str(FIX / "basic")


@pytest.fixture(scope="module")
def run(data):
    runner = CliRunner()

    def go(*args):
        return runner.invoke(cli, ["--data", str(data.root), "control", *args],
                             catch_exceptions=False)
    return go


def test_query_text_and_json(run):
    res = run("--lat", "36.53", "--lon", "37.95", "--date", "2023-07-09", "--dataset", BASIC)
    assert res.exit_code == 0, res.output
    assert "Syrian Democratic Forces (SDF)" in res.output and "C1767" in res.output
    res = run("--lat", "36.53", "--lon", "37.95", "--date", "2023-07-09", "--dataset", BASIC,
              "--json")
    doc = json.loads(res.output)
    assert doc["force"] == "SDF" and doc["pcodes"]["adm3"] == "SY020500"
    assert doc["valid_to"] == "2024-12-08" and doc["stale"] is False
    assert "front_km" not in doc  # asked for with --front
    res = run("--lat", "36.53", "--lon", "37.95", "--date", "2023-07-09", "--dataset", BASIC,
              "--json", "--front")
    asked = json.loads(res.output)
    assert isinstance(asked.pop("front_km"), float) and asked == doc
    res = run("--lat", "36.53", "--lon", "37.95", "--date", "2023-07-09", "--dataset", BASIC)
    assert "nearest area of another force" not in res.output
    res = run("--lat", "36.53", "--lon", "37.95", "--date", "2023-07-09", "--dataset", BASIC,
              "--front")
    assert "nearest area of another force" in res.output


def test_query_errors(run):
    res = run("--lat", "36.53", "--lon", "37.95", "--date", "2023-02-30", "--dataset", BASIC)
    assert res.exit_code == 1 and "not a date" in res.output and "Traceback" not in res.output
    res = run("--lat", "36.53", "--date", "2023-07-09", "--dataset", BASIC)
    assert res.exit_code == 1 and "together" in res.output
    res = run("--lat", "48.85", "--lon", "2.35", "--date", "2023-07-09", "--dataset", BASIC)
    assert res.exit_code == 1 and "outside Syria" in res.output
    res = run("--lat", "36.53", "--lon", "37.95", "--date", "2023-07-09", "--dataset", "/nowhere")
    assert res.exit_code == 1 and "no periods.csv" in res.output


def test_query_by_place_name(run, data):
    """``--place`` answers for the community the geocoder finds, English or Arabic, the same as
    asking at its point; a governorate pins a name several villages share."""
    from geo.gazetteer import Gazetteer

    gaz = Gazetteer.load(data.root)
    res = run("--place", "Menbij", "--date", "2023-07-09", "--dataset", BASIC, "--json")
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    place = doc.pop("place")
    town = gaz.get(place["pcode"])
    assert place["level"] == "community" and town.name_en == "Menbij"
    at_point = json.loads(run("--lat", str(place["lat"]), "--lon", str(place["lon"]),
                              "--date", "2023-07-09", "--dataset", BASIC, "--json").output)
    for key in ("lon", "lat"):  # the place is printed to 6 decimals, the point asked was exact
        assert round(doc.pop(key), 6) == at_point.pop(key) == place[key]
    assert doc == at_point and doc["pcodes"]["community"] == place["pcode"]
    arabic = json.loads(run("--place", town.name_ar, "--date", "2023-07-09", "--dataset", BASIC,
                            "--json").output)
    assert arabic["place"]["pcode"] == place["pcode"]
    # Tishrine is a village in Deir Ez-Zour and one in Ar-Raqqa (and a dam town in Aleppo).
    pinned = {}
    for gov in ("Deir Ez-Zour", "Ar-Raqqa"):
        res = run("--place", "Tishreen", "-g", gov, "--date", "2023-07-09", "--json")
        pinned[gov] = json.loads(res.output)["place"]["parents"][0]
    assert pinned == {"Deir Ez-Zour": "SY09", "Ar-Raqqa": "SY11"}
    res = run("--place", "Tishreen", "--date", "2023-07-09")
    assert res.exit_code == 0 and "or perhaps" in res.output  # the other Tishrines are said


def test_query_by_place_errors(run):
    res = run("--place", "Idlib", "--date", "2020-02-10", "--dataset", BASIC)
    assert res.exit_code == 1 and "control differs inside it" in res.output
    res = run("--place", "Qwxyzzy", "--date", "2020-02-10", "--dataset", BASIC)
    assert res.exit_code == 1 and "no place found" in res.output
    res = run("--place", "Menbij", "--lat", "36.5", "--date", "2020-02-10", "--dataset", BASIC)
    assert res.exit_code == 1 and "not both" in res.output
    res = run("--place", "Menbij", "--dataset", BASIC)
    assert res.exit_code == 1 and "--date" in res.output
    res = run("-g", "Aleppo", "--lat", "36.5", "--lon", "37.9", "--date", "2020-02-10")
    assert res.exit_code == 1 and "goes with --place" in res.output
    assert all("Traceback" not in r.output for r in [res])


def test_stale_is_said(run):
    res = run("--lat", "36.53", "--lon", "37.95", "--date", "2026-03-01", "--dataset", BASIC)
    assert res.exit_code == 0 and "STALE" in res.output


def test_snapshot_is_rfc7946(run, tmp_path):
    out = tmp_path / "control.geojson"
    res = run("snapshot", "--date", "2024-12-01", "-o", str(out), "--dataset", BASIC)
    assert res.exit_code == 0, res.output
    doc = json.loads(out.read_text())
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    assert doc["date"] == "2024-12-01" and doc["stale"] is False
    forces = {f["properties"]["force"] for f in doc["features"]}
    assert forces == {"GOV", "HTS_OPP", "SDF", "SNA", "UNKNOWN"}
    for f in doc["features"]:
        # The API's properties (the CLI writes the API's features; see test_control_snapshot).
        assert set(f["properties"]) == {"force", "name", "colour", "contested", "confidence",
                                        "source", "valid_from", "valid_to", "forces", "units",
                                        "date"}
        geom = shapely.geometry.shape(f["geometry"])
        assert geom.is_valid
        for poly in getattr(geom, "geoms", [geom]):
            assert poly.exterior.is_ccw  # right-hand rule
            assert all(not r.is_ccw for r in poly.interiors)
        x0, y0, x1, y1 = geom.bounds
        assert 35 < x0 < x1 < 43 and 32 < y0 < y1 < 38


def test_import_then_query(run, tmp_path):
    out = tmp_path / "ds"
    res = run("import", str(FIX / "pcodes.csv"), "--format", "pcodes", "-o", str(out))
    assert res.exit_code == 0, res.output
    assert "4 periods" in res.output
    res = run("import", str(FIX / "snapshot.geojson"), "--format", "geojson", "--field",
              "control", "--map", "1=GOV", "--date", "2016-01-01", "-o", str(out), "--merge")
    assert res.exit_code == 0, res.output
    assert "overlap" in res.output  # reported on stderr, mixed into the runner's output
    res = run("--lat", "36.53", "--lon", "37.95", "--date", "2024-12-10", "--dataset", str(out),
              "--json")
    assert json.loads(res.output)["force"] == "SNA"
    res = run("--lat", "35.5", "--lon", "36.5", "--date", "2016-01-01", "--dataset", str(out),
              "--json")
    assert json.loads(res.output)["force"] == "GOV"


def test_import_refuses_bad_files_and_writes_nothing(run, tmp_path):
    out = tmp_path / "ds"
    res = run("import", str(FIX / "pcodes_bad.csv"), "--format", "pcodes", "-o", str(out))
    assert res.exit_code == 1 and "line 3" in res.output and "Traceback" not in res.output
    assert not out.exists()
    res = run("import", str(FIX / "snapshot.geojson"), "--format", "geojson", "--field",
              "control", "-o", str(out))
    assert res.exit_code == 1 and "polygon snapshots need --date" in res.output
    res = run("import", str(FIX / "snapshot.geojson"), "--format", "geojson", "--field",
              "control", "--map", "oops", "--date", "2020-01-01")
    assert res.exit_code == 1 and "VALUE=FORCE" in res.output


def test_check_reports_the_dataset(run):
    res = run("check", "--dataset", BASIC, "--json")
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["periods"] == 11 and doc["areas"] == 1
    assert doc["coverage"] == ["2017-01-01", "2025-12-31"] and doc["area_conflicts"] == []


def test_check_warns_about_communities_without_a_cell(run, tmp_path):
    """C1261 has no cell (its point lies outside the generalised outline): check says so,
    and where its period applies."""
    ds = tmp_path / "ds"
    ds.mkdir()
    (ds / "periods.csv").write_text(
        "unit,force,valid_from,valid_to,contested,also,confidence,source,note\n"
        "C1262,GOV,2020-01-01,2020-12-31,,,high,test,\n"
        "C1261,SDF,2019-01-01,2021-12-31,,,high,test,\n", encoding="utf-8")
    res = run("check", "--dataset", str(ds), "--json")
    assert res.exit_code == 0, res.output
    warnings = json.loads(res.output)["unit_warnings"]
    assert any(w.startswith("C1261 has no cell of its own") and "C1262's cell" in w
               and "periods.csv:3" in w for w in warnings)
    assert any("C1262's GOV" in w and "overrides its SDF" in w for w in warnings)
    res = run("check", "--dataset", str(ds))
    assert res.exit_code == 0 and "warning: C1261 has no cell of its own" in res.output
    res = run("check", "--dataset", BASIC, "--json")
    assert json.loads(res.output)["unit_warnings"] == []
