"""The project's own CSV (with HXL) and GeoJSON formats: round trips, hostile strings, bad files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.incident import FIELDS, HXL_TAGS
from geo.importers import import_file, read_file
from geo.store import open_store

DATA = Path(__file__).parent / "data" / "incidents"
CSV = DATA / "project_valid.csv"
GEOJSON = DATA / "project_valid.geojson"


def _rows(path=CSV) -> list[dict]:
    rows = list(csv.DictReader(open(path, encoding="utf-8", newline="")))
    return rows[1:]  # the HXL row


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "p.gpkg")
    yield s
    s.close()


def test_csv_with_hxl_row_imports_every_row(store, gaz):
    report = import_file(CSV, "csv", store, gaz=gaz, control_index=False)
    rows = _rows()
    assert report.rows == len(rows) == report.result.added == store.count()
    by_id = {i.source_id: i for i in store.query()}
    for row in rows:
        inc = by_id[row["source_id"]]
        assert inc.date.isoformat() == row["date"]
        assert inc.killed == int(row["killed"])
        assert inc.lon == float(row["lon"]) and inc.lat == float(row["lat"])
        assert inc.victim_names == tuple(n.strip() for n in row["victim_names"].split(";") if n.strip())
        assert inc.adm3_pcode and inc.adm3_pcode.startswith(inc.adm1_pcode)
    r1 = by_id["r1"]
    assert (r1.perpetrator, r1.cause, r1.stated_control) == ("REGIME", "shelling", "HTS_OPP")
    assert r1.date_documented.isoformat() == "2023-07-05" and r1.adm1_pcode == "SY07"
    assert by_id["r3"].perpetrator == "OTHER_LANDMINE" and by_id["r4"].category == "massacre"


def test_reimport_is_idempotent(store, gaz):
    import_file(CSV, "csv", store, gaz=gaz, control_index=False)
    again = import_file(CSV, "csv", store, gaz=gaz, control_index=False)
    assert (again.result.added, again.result.unchanged) == (0, len(_rows()))


def test_hostile_strings_survive_verbatim(store, gaz):
    import_file(CSV, "csv", store, gaz=gaz, control_index=False)
    row = next(r for r in _rows() if r["source_id"] == "hostile")
    inc = store.get("fixture:hostile")
    for name in ("place_text", "source_title", "source_sentence", "notes"):
        assert getattr(inc, name) == row[name], name
    assert "\u202e" in inc.source_title and "\n" in inc.notes and "<script>" in inc.place_text


def test_geojson_imports_points_and_null_geometries(store, gaz):
    report = import_file(GEOJSON, "geojson", store, gaz=gaz, control_index=False)
    doc = json.loads(GEOJSON.read_text(encoding="utf-8"))
    assert report.result.added == len(doc["features"]) == store.count()
    assert report.unlocated == 1
    nogeom = store.get("fixture:nogeom-gj")
    assert nogeom.lon is None and nogeom.adm1_pcode is None
    # The same records as the CSV, apart from the id.
    store_csv = open_store(Path(store.path).with_name("c.gpkg"))
    import_file(CSV, "csv", store_csv, gaz=gaz, control_index=False)
    for inc in store_csv.query():
        twin = store.get(inc.id + "-gj")
        assert twin.to_dict(include_names=True) | {"id": None, "source_id": None} == \
            inc.to_dict(include_names=True) | {"id": None, "source_id": None}


def test_export_dicts_import_back(store, gaz, tmp_path):
    """What to_dict() writes (as GeoJSON properties) is a valid project GeoJSON."""
    import_file(CSV, "csv", store, gaz=gaz, control_index=False)
    feats = []
    for inc in store.query():
        props = inc.to_dict(include_names=True)
        lon, lat = props.pop("lon"), props.pop("lat")
        feats.append({"type": "Feature", "properties": props,
                      "geometry": {"type": "Point", "coordinates": [lon, lat]}})
    path = tmp_path / "out.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    again = import_file(path, "geojson", store, gaz=gaz, control_index=False)
    assert (again.result.added, again.result.updated) == (0, 0)


def test_csv_whose_header_is_hxl_only(tmp_path, gaz):
    fields = ["date", "category", "killed", "lon", "lat", "perpetrator", "victim_names"]
    tags = [HXL_TAGS[f] for f in fields]
    tags[2] = "#affected +killed"   # spacing and attribute order do not matter
    path = tmp_path / "hxl.csv"
    path.write_text(",".join(tags) + "\n2019-04-02,killing,3,36.4,35.9,Russian forces,A; B\n",
                    encoding="utf-8")
    (inc,) = read_file(path, "csv").incidents
    assert (inc.killed, inc.perpetrator, inc.victim_names) == (3, "RUSSIA", ("A", "B"))


def _write(tmp_path, text: str, name="bad.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


HEADER = "date,category,killed,lon,lat,place_text\n"


@pytest.mark.parametrize("body,line,field,message", [
    ("2019-01-01,killing,1,36.4,35.9,a\n2019-01-02,shooting,1,36.4,35.9,b\n", 3, "category", "unknown category"),
    ("2019-01-01,killing,1,36.4,95,a\n", 2, "lat", "impossible latitude"),
    ("2019-01-01,killing,1,35.50,33.89,Beirut\n", 2, "lat", "outside Syria"),
    ("2099-01-01,killing,1,36.4,35.9,a\n", 2, "date", "in the future"),
    ("2019-01-01,killing,-2,36.4,35.9,a\n", 2, "killed", "negative"),
    ("2019-01-01,killing,1,,,\n", 2, "place_text", "no place"),
    ("2019-01-01,killing,1,36.4,35.9,a\n2019-01-01,killing,1,36.4,35.9,\"unterminated\n", 3, None,
     "double quote left open"),
    ("2019-01-01,killing,1,36.4,35.9,a,extra\n", 2, None, "fields where the header has"),
])
def test_bad_rows(tmp_path, gaz, body, line, field, message):
    path = _write(tmp_path, HEADER + body)
    store = open_store(tmp_path / "s.gpkg")
    with pytest.raises(InputError) as err:
        import_file(path, "csv", store, gaz=gaz, control_index=False)
    assert (err.value.source, err.value.line, err.value.field) == (str(path), line, field), str(err.value)
    assert message in err.value.message
    assert store.count() == 0


@pytest.mark.parametrize("text,field,message", [
    ("date,category,kiled,lon,lat\n", "kiled", "unknown column"),
    ("date,category,lon,lat\n", "killed", "missing column killed"),
    ("date,date,category,killed\n", "date", "appears twice"),
    ("", None, "empty"),
    ("#date+occurred,#nonsense\n", "#nonsense", "unknown HXL hashtag"),
])
def test_wrong_columns(tmp_path, text, field, message):
    path = _write(tmp_path, text)
    with pytest.raises(InputError) as err:
        read_file(path, "csv")
    assert err.value.line == 1 and err.value.field == field and message in err.value.message


def test_broken_encodings(tmp_path):
    latin = _write(tmp_path, HEADER + "2019-01-01,killing,1,36.4,35.9,Dayr az Zawr\n"
                   "2019-01-01,killing,1,36.4,35.9,Saint-Étienne\n", name="latin.csv", encoding="latin-1")
    with pytest.raises(InputError) as err:
        read_file(latin, "csv")
    assert err.value.line == 3 and "not valid UTF-8" in err.value.message
    utf16 = _write(tmp_path, HEADER + "2019-01-01,killing,1,36.4,35.9,دوما\n", name="u16.csv",
                   encoding="utf-16")
    with pytest.raises(InputError, match="UTF-8|UTF-16"):
        read_file(utf16, "csv")
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "missing.csv", "csv")


def test_lenient_reports_bad_rows_and_imports_the_rest(tmp_path, gaz):
    path = _write(tmp_path, HEADER + "2019-01-01,killing,1,36.4,35.9,a\n"
                  "2019-01-02,killing,x,36.4,35.9,b\n2019-01-03,killing,1,35.50,33.89,c\n"
                  "2019-01-04,killing,2,36.5,35.8,d\n")
    store = open_store(tmp_path / "s.gpkg")
    report = import_file(path, "csv", store, gaz=gaz, control_index=False, lenient=True)
    assert [(e.line, e.field) for e in report.skipped] == [(3, "killed"), (4, "lat")]
    assert store.count() == 2


@pytest.mark.parametrize("doc,message", [
    ("{not json", "not valid JSON"),
    ('{"type": "Feature"}', "FeatureCollection"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"date": '
     '"2019-01-01", "category": "killing", "killed": 1}, "geometry": {"type": "LineString", '
     '"coordinates": [[36, 35], [37, 36]]}}]}', "must be a Point"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"date": '
     '"2019-01-01", "category": "killing", "killed": 1, "colour": "red"}, "geometry": null}]}',
     "unknown property 'colour'"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"date": '
     '"2019-01-01", "category": "killing", "killed": 1}, "geometry": {"type": "Point", '
     '"coordinates": [36.3, 95]}}]}', "impossible latitude"),
])
def test_bad_geojson(tmp_path, doc, message):
    path = _write(tmp_path, doc, name="bad.geojson")
    with pytest.raises(InputError) as err:
        read_file(path, "geojson")
    assert message in str(err.value)
    if "features" in doc and "Feature\"}" not in doc:
        assert "feature 1" in str(err.value)


def test_unknown_format(tmp_path):
    with pytest.raises(InputError, match="unknown format 'kml'"):
        read_file(CSV, "kml")


def test_every_column_is_documented():
    doc = (Path(__file__).parent.parent / "docs" / "incidents.md").read_text(encoding="utf-8")
    for name in FIELDS:
        assert f"`{name}`" in doc, name


def test_rows_with_only_a_place_text_are_geocoded(tmp_path, gaz):
    path = _write(tmp_path, HEADER + "2019-01-01,killing,1,,,Manbij city in eastern rural Aleppo\n")
    store = open_store(tmp_path / "s.gpkg")
    report = import_file(path, "csv", store, gaz=gaz, control_index=False)
    assert (report.geocoded, report.unlocated) == (1, 0)
    (inc,) = store.query()
    assert (inc.pcode, inc.adm2_pcode) == ("C1767", "SY0205") and inc.lon is not None
