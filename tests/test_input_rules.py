"""Hostile input on every path: control characters, over-long text, deeply nested JSON (issue 17).

One rule for each (geo.inputrules), applied by the importers (project CSV and GeoJSON, UCDP,
ACLED, SNHR) and by the HTTP service (query parameters, JSON bodies, uploads).
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.errors import InputError
from geo.importers import read_file
from geo.incident import Incident
from geo.inputrules import MAX_JSON_DEPTH, TEXT_LIMITS
from geo.store import open_store
from tests.test_api import AUTH, FEATURE, UCDP, demo_store, is_problem, writable  # noqa: F401 (fixtures)

DATA = Path(__file__).parent / "data" / "incidents"
CSV = DATA / "project_valid.csv"
GEOJSON = DATA / "project_valid.geojson"
DOCS = Path(__file__).resolve().parent.parent / "docs"


def _csv_with(tmp_path, column: str, value: str, row: int = 0) -> tuple[Path, int]:
    """The project's valid CSV with one cell replaced; returns the file and that row's line."""
    rows = list(csv.reader(open(CSV, encoding="utf-8", newline="")))
    header = rows[0]
    rows[2 + row][header.index(column)] = value  # under the header and the HXL row
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path = tmp_path / "edited.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    # The line of that row: count the physical lines before it (cells may hold line breaks).
    before = io.StringIO()
    csv.writer(before, lineterminator="\n").writerows(rows[:2 + row])
    return path, before.getvalue().count("\n") + 1


def _geojson_with(tmp_path, key: str, value) -> Path:
    doc = json.loads(GEOJSON.read_text(encoding="utf-8"))
    doc["features"][1]["properties"][key] = value
    path = tmp_path / "edited.geojson"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- control characters

@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x0c", "\x7f", "\x85", "\ud800"])
def test_control_characters_are_refused_in_geojson_naming_feature_and_field(tmp_path, char):
    path = _geojson_with(tmp_path, "notes", f"before{char}after")
    with pytest.raises(InputError) as exc:
        read_file(path, "geojson")
    assert exc.value.field == "notes" and "feature 2" in str(exc.value)
    assert "control character" in exc.value.message


def test_control_characters_are_refused_in_csv_naming_line_and_field(tmp_path):
    path, line = _csv_with(tmp_path, "perpetrator_text", "Russian\x07 warplanes", row=1)
    with pytest.raises(InputError) as exc:
        read_file(path, "csv")
    assert (exc.value.field, exc.value.line) == ("perpetrator_text", line)
    assert "U+0007" in exc.value.message


def test_tabs_and_line_breaks_stay_allowed(tmp_path):
    path = _geojson_with(tmp_path, "notes", "line one\r\nline two\twith a tab")
    batch = read_file(path, "geojson")
    assert batch.incidents[1].notes == "line one\r\nline two\twith a tab"


def test_nul_through_the_api_is_a_400_and_nothing_is_stored(writable):
    client, store = writable
    before = store.count()
    feature = json.loads(json.dumps(FEATURE))
    feature["properties"]["place_text"] = "Shawa\x00 village"
    resp = client.post("/api/incidents", data=json.dumps(feature), headers=AUTH)
    doc = is_problem(resp, 400)
    assert doc["field"] == "place_text" and "U+0000" in doc["detail"]
    assert store.count() == before and store.get("test:1") is None
    # A query parameter with a control character is refused the same way.
    doc = is_problem(client.get("/api/geocode?q=Manbij%00"), 400)
    assert "control character" in doc["detail"]


def test_kml_stays_well_formed_when_the_store_holds_control_characters(tmp_path, gaz):
    """A store edited by hand (QGIS) can hold anything: the export still parses as XML."""
    from geo.export import export_bytes

    inc = Incident(date="2019-01-01", killed=1, lon=36.5, lat=35.5, dataset="h", source_id="1",
                   place_text="a\x00b\x07c", notes="x\x1by")
    root = ET.fromstring(export_bytes([inc], "kml", gazetteer=gaz))
    values = [v.text for v in root.iter("{http://www.opengis.net/kml/2.2}value")]
    assert "a\ufffdb\ufffdc" in values


# --------------------------------------------------------------------------- lengths

def test_a_100000_character_field_is_refused_at_import_with_file_line_field(tmp_path):
    path, line = _csv_with(tmp_path, "source_sentence", "x" * 100_000, row=2)
    with pytest.raises(InputError) as exc:
        read_file(path, "csv")
    err = exc.value
    assert (err.source, err.line, err.field) == (str(path), line, "source_sentence")
    assert f"{TEXT_LIMITS['source_sentence']:,}" in err.message
    gj = _geojson_with(tmp_path, "place_text", "y" * (TEXT_LIMITS["place_text"] + 1))
    with pytest.raises(InputError) as exc:
        read_file(gj, "geojson")
    assert exc.value.field == "place_text" and "feature 2" in str(exc.value)
    # A value at the limit is fine.
    ok = _geojson_with(tmp_path, "place_text", "y" * TEXT_LIMITS["place_text"])
    assert len(read_file(ok, "geojson").incidents[1].place_text) == TEXT_LIMITS["place_text"]


def test_over_long_names_are_refused(tmp_path):
    path = _geojson_with(tmp_path, "victim_names", "A" * 201 + "; B")
    with pytest.raises(InputError) as exc:
        read_file(path, "geojson")
    assert exc.value.field == "victim_names"


def test_ucdp_rows_obey_the_same_limits(tmp_path, data):
    lines = (data.root / UCDP).read_text(encoding="utf-8").splitlines()[:4]
    header = next(csv.reader([lines[0]]))
    row = next(csv.reader([lines[2]]))
    row[header.index("source_headline")] = "z" * 20_000
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, next(csv.reader([lines[1]])), row])
    path = tmp_path / "ucdp.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_file(path, "ucdp")
    assert exc.value.line == 3 and exc.value.field == "source_headline"


def test_every_limit_is_documented():
    text = (DOCS / "incidents.md").read_text(encoding="utf-8")
    for field, limit in TEXT_LIMITS.items():
        assert re.search(rf"`{field}`[^\n]*{limit:,}", text), field


# --------------------------------------------------------------------------- nested JSON

DEEP = "[" * 100_000 + "]" * 100_000
DEEP_OBJECT = '{"a":' * 30_000 + "1" + "}" * 30_000  # under the test service's upload limit


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT, "[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1)])
def test_deeply_nested_json_is_a_4xx_on_every_route(writable, body):
    client, store = writable
    before = store.count()
    first = client.get("/api/incidents?limit=1").get_json()["features"][0]["id"]
    for method, url, headers in (("post", "/api/control", {}),
                                 ("post", "/api/incidents", AUTH),
                                 ("put", f"/api/incidents/{first}", AUTH),
                                 ("post", "/api/import?format=geojson", AUTH)):
        resp = getattr(client, method)(url, data=body, headers=headers)
        assert 400 <= resp.status_code < 500, (url, resp.status_code)
        assert "nested deeper" in resp.get_json()["detail"], url
    assert store.count() == before


def test_incmap_import_of_deep_json_is_one_line(tmp_path):
    from incmap import cli

    path = tmp_path / "deep.geojson"
    path.write_text(DEEP_OBJECT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s.gpkg"), "import", str(path),
                                      "--format", "geojson", "--no-control"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.exception is None or \
        isinstance(result.exception, SystemExit)
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and "nested deeper" in lines[0] and str(path) in lines[0]
    assert open_store(tmp_path / "s.gpkg").count() == 0
