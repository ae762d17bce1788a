"""The standards, as real third-party clients read them, against the real service over HTTP.

GDAL's OGC API - Features driver (``ogr2ogr``/``ogrinfo`` from ``OAPIF:``), OWSLib,
GDAL's ``validate_gpkg.py`` (Debian's python3-gdal, run with the system Python),
libhxl's ``hxlvalidate`` and schemathesis with every check, each against the app
under waitress on a loopback port over a private copy of the demo store. Counts
are compared with the service's own ``numberMatched``, and those with the store.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import requests

from test_api import built_demo_store

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
KML = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture(scope="module")
def store_copy(data, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("standards") / "store.gpkg"
    shutil.copy(built_demo_store(data, tmp_path_factory), path)
    return path


@pytest.fixture(scope="module")
def live(data, store_copy):
    """The read-only service (as most deployments run) on a free loopback port."""
    from incmap.serve import make_server
    from server import create_app
    from service.app import API
    from service.settings import Settings

    api = API(Settings(data_dir=str(data.root), store_path=str(store_copy)))
    api.warm_fronts()  # as `incmap serve`'s warm-up does before it says it is ready
    server = make_server(create_app(api=api), host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()
        thread.join(timeout=5)


def matched(base: str, path: str, **params) -> int:
    doc = requests.get(base + path, params={**params, "limit": 1}, timeout=60).json()
    return doc["numberMatched"]


def run(*args, **kwargs) -> subprocess.CompletedProcess:
    out = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=600,
                         **kwargs)
    return out


def ogr_count(path: Path, layer: str) -> int:
    out = run("ogrinfo", "-ro", "-so", path, layer)
    assert out.returncode == 0, out.stderr
    return int(next(l for l in out.stdout.splitlines() if "Feature Count" in l).split(":")[1])


# --------------------------------------------------------------------------- GDAL (OAPIF)

@pytest.mark.parametrize("where,spat,api", [
    ("category='landmine'", None, {"category": "landmine"}),
    ("date >= '2017-01-01' AND date <= '2017-12-31'", None, {"datetime": "2017-01-01/2017-12-31"}),
    ("adm1_pcode='SY02' AND perpetrator='ISIS'", (36.0, 35.5, 38.5, 37.0),
     {"adm1": "SY02", "perpetrator": "ISIS", "bbox": "36.0,35.5,38.5,37.0"}),
    ("computed_control='SDF'", (38.0, 35.0, 42.5, 37.4),
     {"control": "SDF", "bbox": "38.0,35.0,42.5,37.4"}),
])
def test_ogr2ogr_from_oapif_matches_the_api(live, tmp_path, where, spat, api):
    out_file = tmp_path / "out.gpkg"
    args = ["ogr2ogr", "-f", "GPKG", out_file, f"OAPIF:{live}", "incidents", "-where", where,
            # GDAL 3.6 pages 10 at a time unless told (3.8 reads the limit OpenAPI advertises).
            "-oo", "PAGE_SIZE=2000", "--debug", "on"]
    if spat:
        args += ["-spat", *spat]
    out = run(*args)
    assert out.returncode == 0, out.stderr[-2000:]
    expected = matched(live, "/collections/incidents/items", **api)
    assert 0 < expected < matched(live, "/collections/incidents/items")
    assert ogr_count(out_file, "incidents") == expected
    # The filter ran on the server: GDAL asked for it, not for every feature.
    fetches = [l for l in out.stderr.splitlines() if "Fetch(" in l and "/items?" in l]
    assert fetches and all(("datetime=" in l) == ("datetime" in api) for l in fetches[1:])
    assert "Full filter will be evaluated on client side" not in out.stderr


def test_gdal_reads_typed_fields_dates_and_extents(live):
    out = run("ogrinfo", "-ro", "-so", f"OAPIF:{live}", "incidents")
    assert out.returncode == 0, out.stderr
    fields = dict(l.strip().split(": ", 1) for l in out.stdout.splitlines()
                  if l.endswith("(0.0)"))
    for name in ("killed", "children", "women", "injured", "deaths_total"):
        assert fields[name].startswith("Integer"), (name, fields[name])
    assert fields["date"].startswith("Date") and fields["date_end"].startswith("Date")
    assert "TEMPORAL_INTERVAL_MIN=2016-01-01" in out.stdout


def test_gdal_gets_a_dated_control_map(live, tmp_path):
    """A GIS user's control map of a day: the date rides on the service URL, as QGIS puts it."""
    day = "2017-07-20"
    out_file = tmp_path / "control.gpkg"
    out = run("ogr2ogr", "-f", "GPKG", out_file, f"OAPIF:{live}/collections/control-areas"
              f"?datetime={day}", "control-areas")
    assert out.returncode == 0, out.stderr[-2000:]
    doc = requests.get(f"{live}/collections/control-areas/items",
                       params={"datetime": day, "limit": 1000}, timeout=60).json()
    assert ogr_count(out_file, "control-areas") == doc["numberMatched"] > 1
    forces = run("ogrinfo", "-ro", "-q", "-sql", 'SELECT DISTINCT force FROM "control-areas"',
                 out_file).stdout
    assert "ISIS" in forces and "GOV" in forces
    # A layer's time range, as QGIS sends it: the map of its last day.
    ranged = tmp_path / "ranged.gpkg"
    out = run("ogr2ogr", "-f", "GPKG", ranged, f"OAPIF:{live}/collections/control-areas"
              f"?datetime=2017-01-01T00:00:00Z/{day}T23:59:59Z", "control-areas")
    assert out.returncode == 0, out.stderr[-2000:]
    assert ogr_count(ranged, "control-areas") == doc["numberMatched"]
    # Without a date: the last day the dataset covers, a real map, not UNKNOWN over Syria.
    latest = requests.get(f"{live}/collections/control-areas/items", timeout=60).json()
    coverage = requests.get(f"{live}/collections/control-areas", timeout=60).json()
    assert latest["date"] == min(coverage["extent"]["temporal"]["interval"][0][1],
                                 __import__("datetime").date.today().isoformat())
    assert {f["properties"]["force"] for f in latest["features"]} - {"UNKNOWN"}


def test_control_areas_follow_rfc_7946(live):
    """Exterior rings counter-clockwise, holes clockwise, valid polygons, no crs member."""
    import shapely
    from shapely.geometry import shape

    rings = 0
    for day in ("2013-06-01", "2017-07-20", "2020-03-06", "2023-07-09"):
        doc = requests.get(f"{live}/collections/control-areas/items",
                           params={"datetime": day, "limit": 1000}, timeout=120).json()
        assert "crs" not in doc and doc["features"]
        for feature in doc["features"]:
            geometry = feature["geometry"]
            assert shape(geometry).is_valid, (day, feature["id"])
            polygons = ([geometry["coordinates"]] if geometry["type"] == "Polygon"
                        else geometry["coordinates"])
            for polygon in polygons:
                for i, ring in enumerate(polygon):
                    rings += 1
                    assert shapely.is_ccw(shapely.LinearRing(ring)) == (i == 0), (day, feature["id"])
    assert rings > 100


# --------------------------------------------------------------------------- OWSLib

def test_owslib_lists_collections_and_pages_items(live):
    from owslib.ogcapi.features import Features

    api = Features(live)  # no Accept header: the landing page must be JSON
    ids = api.feature_collections()
    assert set(ids) == {"incidents", "landmines", "control-areas"}
    assert "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables" in \
        api.conformance()["conformsTo"]
    month = "2016-01-01/2016-01-31"
    total = matched(live, "/collections/incidents/items", datetime=month)
    seen, offset = [], 0
    while True:
        page = api.collection_items("incidents", limit=50, offset=offset, datetime=month)
        seen += [f["id"] for f in page["features"]]
        if not any(l["rel"] == "next" for l in page["links"]):
            break
        offset += 50
    assert len(seen) == len(set(seen)) == total > 100
    assert api.collection_items("landmines")["numberMatched"] == matched(
        live, "/api/incidents", category="landmine")
    assert "category" in api.collection_queryables("incidents")["properties"]


def test_content_negotiation_on_the_landing_page(live):
    assert requests.get(live + "/", timeout=30).headers["Content-Type"].startswith(
        "application/json")
    browser = requests.get(live + "/", headers={"Accept": "text/html,application/xhtml+xml,"
                                                          "application/xml;q=0.9,*/*;q=0.8"},
                           timeout=30)
    assert browser.headers["Content-Type"].startswith("text/html")
    assert requests.get(live + "/?f=html", timeout=30).headers["Content-Type"].startswith(
        "text/html")
    assert requests.get(live + "/?f=AAA", timeout=30).status_code == 400


# --------------------------------------------------------------------------- GeoPackage

def validate_gpkg(path: Path) -> subprocess.CompletedProcess:
    # Debian's python3-gdal: the system Python has the bindings, the venv does not.
    return run("/usr/bin/python3", "-m", "osgeo_utils.samples.validate_gpkg", path)


def test_store_and_exports_pass_validate_gpkg(live, store_copy, tmp_path):
    out = validate_gpkg(store_copy)
    assert out.returncode == 0, out.stdout + out.stderr
    export = tmp_path / "landmines.gpkg"
    export.write_bytes(requests.get(live + "/export/landmines.gpkg?circles=true",
                                    timeout=300).content)
    out = validate_gpkg(export)
    assert out.returncode == 0, out.stdout + out.stderr
    info = run("ogrinfo", "-ro", "-so", export, "landmines").stdout
    for column in ("date", "date_start", "date_end"):
        assert f"\n{column}: Date" in info, column
    assert ogr_count(export, "landmines") == ogr_count(export, "landmines_uncertainty") == \
        matched(live, "/collections/landmines/items")


def test_a_store_with_an_audit_trail_and_link_decisions_passes_validate_gpkg(store_copy,
                                                                            tmp_path):
    """The store's own tables beside the incidents (link decisions, the audit trail: attributes
    tables; the key of public ids: not registered, not a layer) keep it a valid GeoPackage."""
    import sqlite3

    from geo.incident import Incident
    from geo.store import open_store
    from geo.store.audit import AuditEntry

    path = tmp_path / "audited.gpkg"
    shutil.copy(store_copy, path)
    store = open_store(path)
    common = dict(date="2023-07-11", category="landmine", cause="landmine", killed=1,
                  radius_m=2000, location_precision=1)
    store.add_many([Incident(lon=40.62, lat=34.81, dataset="snhr", source_id="v1", **common),
                    Incident(lon=40.6167, lat=34.8125, dataset="acled", source_id="V1", **common)],
                   audit=AuditEntry.now("alice", "import", source="two.csv"))
    store.split("acled:V1", note="checking", audit=AuditEntry.now("bob", "split-link"))
    store.link("snhr:v1", "acled:V1", audit=AuditEntry.now("bob", "confirm-link"))
    store.delete("snhr:v1", audit=AuditEntry.now("alice", "delete"))
    assert len(store.audit_log()) == 4 and store.link_decisions()
    store.close()
    with sqlite3.connect(path) as conn:
        contents = dict(conn.execute("SELECT table_name, data_type FROM gpkg_contents"))
        assert conn.execute("SELECT count(*) FROM incmap_audit").fetchone()[0] == 4
    assert contents == {"incidents": "features", "incident_links": "attributes",
                        "incmap_audit": "attributes"}
    out = validate_gpkg(path)
    assert out.returncode == 0, out.stdout + out.stderr


def test_a_store_with_the_old_triggers_is_mended_on_open(store_copy, tmp_path):
    import sqlite3

    from geo.store.gpkg import RTREE, GeoPackageStore

    old = tmp_path / "old.gpkg"
    shutil.copy(store_copy, old)
    with sqlite3.connect(old) as conn:  # the 1.4 set an earlier version wrote
        conn.execute(f'DROP TRIGGER "{RTREE}_update1"')
        conn.execute(f'DROP TRIGGER "{RTREE}_update3"')
    assert validate_gpkg(old).returncode != 0
    store = GeoPackageStore(old)
    first = store.query(limit=1)[0]
    store.add_many([__import__("dataclasses").replace(first, killed=first.killed + 1)])
    store.close()
    assert validate_gpkg(old).returncode == 0


# --------------------------------------------------------------------------- HXL, KML

def test_csv_export_passes_hxlvalidate(live, tmp_path):
    path = tmp_path / "incidents.csv"
    path.write_bytes(requests.get(live + "/export/incidents.csv?datetime=2017-01-01/2017-12-31",
                                  timeout=300).content)
    out = run(BIN / "hxlvalidate", path)
    assert out.returncode == 0 and "Validation succeeded" in out.stdout + out.stderr, \
        (out.stdout + out.stderr)[-2000:]
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(rows) - 2 == matched(live, "/api/incidents", datetime="2017-01-01/2017-12-31")


def test_libhxl_reads_civilians_and_all_deaths_apart(live, tmp_path):
    """HXL patterns match every column holding their attributes (libhxl's TagPattern.match), so
    #affected+killed matches the children, women and all-deaths columns too, by design. What a
    libhxl user gets: a value or a sum by #affected+killed is the civilians killed (the first
    column that matches, never empty), #affected+killed! selects that column alone, and
    #affected+killed+total is all deaths. The tags stay as they are (see docs/api.md)."""
    import hxl

    query = {"dataset": "ucdp", "datetime": "2016-01-01/2016-12-31"}
    path = tmp_path / "ucdp-2016.csv"
    path.write_bytes(requests.get(f"{live}/export/incidents.csv", params=query, timeout=300).content)
    source = hxl.data(str(path), hxl.input.InputOptions(allow_local=True)).cache()
    columns = source.columns
    matching = [c.header for c in hxl.TagPattern.parse("#affected+killed").get_matching_columns(
        columns)]
    assert matching[0] == "killed" and "deaths_total" in matching
    assert [c.header for c in hxl.TagPattern.parse("#affected+killed!").get_matching_columns(
        columns)] == ["killed"]
    assert [c.header for c in hxl.TagPattern.parse(
        "#affected+killed-total-children-women").get_matching_columns(columns)] == ["killed"]
    rows = list(source)
    for row in rows:
        assert row.get("#affected+killed") == row.get("#affected+killed!") == \
            row.values[columns.index(next(c for c in columns if c.header == "killed"))]
    # Sums by governorate, as HXL tools make them, equal the service's own statistics.
    stats = requests.get(f"{live}/api/stats", params=query, timeout=120).json()
    sums = source.count("#adm1+code", aggregators=[
        "sum(#affected+killed) as Civilians#affected+killed",
        "sum(#affected+killed+total) as Deaths#affected+killed+total"])
    got = {r.get("#adm1+code"): (float(r.get("#affected+killed!")),
                                 float(r.get("#affected+killed+total")))
           for r in sums if r.get("#adm1+code")}
    want = {g["adm1_pcode"]: (g["killed"], g["deaths_total"]) for g in stats["by_governorate"]
            if g["adm1_pcode"]}
    assert got == want and len(want) >= 10


def test_kml_has_time_and_force_styles_and_kmz_is_it_zipped(live, tmp_path):
    query = "datetime=2016-01-01/2016-12-31&adm1=SY02"
    kml = requests.get(f"{live}/export/incidents.kml?{query}", timeout=300).content
    kmz = requests.get(f"{live}/export/incidents.kmz?{query}", timeout=300).content
    doc = ET.fromstring(kml)
    marks = doc.findall(f".//{KML}Placemark")
    assert len(marks) == matched(live, "/api/incidents", datetime="2016-01-01/2016-12-31",
                                 adm1="SY02") > 0
    styles = {s.get("id") for s in doc.findall(f".//{KML}Style")}
    for mark in marks:
        data = {d.get("name"): d.findtext(f"{KML}value") for d in mark.iter(f"{KML}Data")}
        stamp, span = mark.find(f"{KML}TimeStamp"), mark.find(f"{KML}TimeSpan")
        if data["date_start"] == data["date_end"]:
            assert stamp.findtext(f"{KML}when") == data["date"]
        else:
            assert (span.findtext(f"{KML}begin"), span.findtext(f"{KML}end")) == (
                data["date_start"], data["date_end"])
        assert mark.findtext(f"{KML}styleUrl") == f"#force-{data.get('control') or 'UNKNOWN'}"
        assert mark.findtext(f"{KML}styleUrl")[1:] in styles
    with zipfile.ZipFile(io.BytesIO(kmz)) as archive:
        inner = archive.read("doc.kml")
    assert ET.fromstring(inner).findall(f".//{KML}Placemark").__len__() == len(marks)
    assert len(kmz) < len(kml) / 5
    (tmp_path / "x.kmz").write_bytes(kmz)
    out = run("ogrinfo", "-ro", "-al", "-so", tmp_path / "x.kmz")
    assert out.returncode == 0 and f"Feature Count: {len(marks)}" in out.stdout


# --------------------------------------------------------------------------- stats table

def test_stats_table_in_json_csv_and_html(live):
    query = {"datetime": "2016-01-01/2016-12-31", "dataset": "ucdp"}
    stats = requests.get(f"{live}/api/stats", params=query, timeout=120).json()
    table = requests.get(f"{live}/api/stats/table.json", params=query, timeout=120).json()
    whole = table["tables"][0]
    assert whole["month"] == "all" and whole["total"] == stats["totals"]["killed"]
    by_perp = {r["perpetrator"] or "none": r["killed"] for r in stats["by_perpetrator"]}
    assert whole["totals"] == by_perp
    by_gov = {r["adm1_pcode"]: r["killed"] for r in stats["by_governorate"]}
    assert {r["adm1_pcode"]: r["total"] for r in whole["rows"]} == by_gov
    months = {r["month"]: r["killed"] for r in stats["by_month"]}
    assert {t["month"]: t["total"] for t in table["tables"][1:]} == months
    text = requests.get(f"{live}/api/stats/table.csv", params=query, timeout=120).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [int(r["total"]) for r in rows if r["month"] == "all" and r["governorate"] == "total"
            ] == [whole["total"]]
    html = requests.get(f"{live}/api/stats/table.html", params={**query, "measure": "incidents"},
                        timeout=120)
    assert html.headers["Content-Type"].startswith("text/html")
    assert html.text.count("<table>") == len(table["tables"])
    assert f"<td>{stats['totals']['incidents']}</td></tr></tfoot>" in html.text


# --------------------------------------------------------------------------- OpenAPI

def schemathesis(live: str, cwd: Path, *args) -> subprocess.CompletedProcess:
    """``schemathesis run --checks all`` against the live service, with the formats' generators."""
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "schemathesis_hooks",
           "PYTHONPATH": os.pathsep.join([str(HERE), str(HERE.parent),
                                          os.environ.get("PYTHONPATH", "")])}
    return run(BIN / "schemathesis", "run", f"{live}/openapi.json", "--checks", "all",
               "--seed", "7", "--no-color", "--request-timeout", "300", *args, cwd=cwd, env=env)


def test_schemathesis_all_checks_pass(live, tmp_path):
    """Every operation but the exports: the schema says exactly what the service accepts."""
    # One worker: CPython 3.11's ast.parse (hypothesis describes filters with it) is not
    # thread-safe ("AST constructor recursion depth mismatch" under two workers).
    out = schemathesis(live, tmp_path, "--max-examples", "6", "--workers", "1",
                       "--exclude-path-regex", r"^/export/")
    assert out.returncode == 0, out.stdout[-6000:] + out.stderr[-2000:]


def test_schemathesis_on_the_exports(live, tmp_path):
    """The export route on its own, a few cases: each is a whole file, so fewer and slower."""
    out = schemathesis(live, tmp_path, "--max-examples", "3", "--workers", "1",
                       "--include-path-regex", r"^/export/", "--phases",
                       "examples,coverage,fuzzing")
    assert out.returncode == 0, out.stdout[-6000:] + out.stderr[-2000:]


def test_rfc3339_intervals_in_the_forms_clients_send(live):
    total = matched(live, "/collections/incidents/items", datetime="2017-01-01/2017-12-31")
    for form in ("2017-01-01T/2017-12-31T", "2017-01-01T00:00:00Z/2017-12-31T23:59:59Z",
                 "2017-01-01T00Z/2017-12-31T23:59Z", "2017-01-01t00:00:00.5+02:00/2017-12-31"):
        assert matched(live, "/collections/incidents/items", datetime=form) == total, form
    assert matched(live, "/api/incidents", datetime="../2016-12-31") + matched(
        live, "/api/incidents", datetime="2017-01-01/") <= matched(live, "/api/incidents")
    for bad in ("2017-01-01T25Z", "2017-02-30", "2017/2016", "..", "/"):
        assert requests.get(f"{live}/api/incidents", params={"datetime": bad},
                            timeout=30).status_code == 400, bad
