"""The service through Flask's test client, on real data: every route, errors, access control.

The store is the demo store ``incmap serve`` builds (the UCDP GED extract and
the seed SNHR report of July 2023), built once per session in a temporary
directory. Expected answers come from independent readings of the same
files (pandas over the UCDP CSV, the report reader's own tallies, the
control index called directly), not from the service itself.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from service.settings import Settings

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
UCDP = "incidents/ucdp_ged_syria_2016-01_2019-11.csv"
REPORT = Path("reports") / "snhr_2023-07_civilian_death_toll.txt"
PROBLEM = "application/problem+json"


@functools.lru_cache(maxsize=None)
def _build(root: str, base: str) -> Path:
    from geo.reference.datadir import resolve
    from geo.store.demo import build_demo_store

    path = Path(base) / "demo-store" / "demo.gpkg"
    path.parent.mkdir(parents=True, exist_ok=True)
    build_demo_store(resolve(root), path)
    return path


def built_demo_store(data, tmp_path_factory) -> Path:
    """The demo store for ``data``, built once per test run in pytest's temporary directory."""
    return _build(str(data.root), str(tmp_path_factory.getbasetemp()))


def make_app(data, store_path, **settings):
    from server import create_app

    return create_app(Settings(data_dir=str(data.root), store_path=str(store_path),
                               write_token=TOKEN, **settings))


@pytest.fixture(scope="session")
def demo_store(data, tmp_path_factory) -> Path:
    return built_demo_store(data, tmp_path_factory)


@pytest.fixture(scope="module")
def app(data, demo_store):
    return make_app(data, demo_store)


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


@pytest.fixture
def writable(data, demo_store, tmp_path):
    """A client on a private copy of the demo store, for write tests."""
    path = tmp_path / "store.gpkg"
    shutil.copy(demo_store, path)
    app = make_app(data, path, max_upload_bytes=200_000)
    return app.test_client(), app.extensions["incmap.api"].store


@pytest.fixture(scope="module")
def ucdp(data) -> pd.DataFrame:
    frame = pd.read_csv(data.root / UCDP, usecols=["id", "date_start", "date_end", "latitude",
                                                   "longitude"])
    frame["date_start"] = pd.to_datetime(frame["date_start"]).dt.date
    frame["date_end"] = pd.to_datetime(frame["date_end"]).dt.date
    return frame


@pytest.fixture(scope="module")
def report(shared_dir):
    from geo.report import read_report

    return read_report(shared_dir / REPORT)


def is_problem(resp, status: int) -> dict:
    """Assert an RFC 9457 problem-details response with this status; return it."""
    assert resp.status_code == status, resp.get_data(as_text=True)[:500]
    assert resp.mimetype == PROBLEM
    doc = resp.get_json(force=True)
    assert {"type", "title", "status", "detail"} <= set(doc)
    assert doc["status"] == status and doc["detail"] and doc["title"]
    assert doc.get("instance", "").startswith("/")
    return doc


# --------------------------------------------------------------------------- OGC API - Features

def test_landing_page_json_and_map_page(client):
    doc = client.get("/?f=json").get_json()
    rels = {link["rel"]: link["href"] for link in doc["links"]}
    assert {"self", "service-desc", "conformance", "data"} <= set(rels)
    assert rels["service-desc"].endswith("/openapi.json")
    assert client.get("/", headers={"Accept": "application/json"}).get_json()["title"]
    page = client.get("/", headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.mimetype == "text/html"
    assert b"<html" in page.data.lower()


def test_conformance_and_collections(client):
    classes = client.get("/conformance").get_json()["conformsTo"]
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core" in classes
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson" in classes
    cols = client.get("/collections").get_json()["collections"]
    assert [c["id"] for c in cols] == ["incidents", "landmines", "control-areas"]
    for c in cols:
        one = client.get(f"/collections/{c['id']}").get_json()
        assert one["id"] == c["id"] and any(l["rel"] == "items" for l in one["links"])
    is_problem(client.get("/collections/nowhere"), 404)


def test_items_paging_follows_next_links(client, demo_store):
    from geo.store import open_store

    total = open_store(demo_store, readonly=True).count()
    page = client.get("/collections/incidents/items?limit=50").get_json()
    assert page["numberMatched"] == total > 16_000
    assert page["numberReturned"] == len(page["features"]) == 50
    seen = {f["id"] for f in page["features"]}
    nxt = [l["href"] for l in page["links"] if l["rel"] == "next"][0]
    assert "offset=50" in nxt
    page2 = client.get(nxt.split("localhost", 1)[1]).get_json()
    assert page2["numberReturned"] == 50 and not seen & {f["id"] for f in page2["features"]}
    last = client.get(f"/collections/incidents/items?limit=50&offset={total - 3}").get_json()
    assert last["numberReturned"] == 3 and not [l for l in last["links"] if l["rel"] == "next"]


def test_items_bbox_and_datetime_match_the_ucdp_file(client, ucdp):
    bbox, start, end = (36.8, 35.9, 37.6, 36.5), dt.date(2017, 1, 1), dt.date(2017, 3, 31)
    inside = ucdp[ucdp.longitude.between(bbox[0], bbox[2]) & ucdp.latitude.between(bbox[1], bbox[3])
                  & (ucdp.date_start >= start) & (ucdp.date_end <= end)]
    q = f"bbox={','.join(map(str, bbox))}&datetime={start}/{end}&limit=10000"
    doc = client.get(f"/collections/incidents/items?{q}").get_json()
    assert doc["numberMatched"] == len(inside) > 50
    assert {f["properties"]["source_id"] for f in doc["features"]} == set(inside.id.astype(str))
    # Open-ended intervals. An incident is in the interval when its whole span is (a UCDP
    # aggregate of 2016-01-01..2016-12-31 is not in January).
    early = client.get("/api/incidents?datetime=../2016-01-31&limit=1").get_json()
    assert early["numberMatched"] == int((ucdp.date_end <= dt.date(2016, 1, 31)).sum())
    assert early["numberMatched"] < int((ucdp.date_start <= dt.date(2016, 1, 31)).sum())
    late = client.get("/api/incidents?datetime=2019-11-01/..&dataset=ucdp&limit=1").get_json()
    assert late["numberMatched"] == int((ucdp.date_start >= dt.date(2019, 11, 1)).sum())


def test_landmines_collection_holds_only_landmines(client, report):
    doc = client.get("/collections/landmines/items?limit=1000").get_json()
    expected = [i for i in report.incidents if i.category == "landmine"]
    assert doc["numberMatched"] >= len(expected) >= 2
    assert {f["properties"]["category"] for f in doc["features"]} == {"landmine"}
    one = doc["features"][0]["id"]
    assert client.get(f"/collections/landmines/items/{one}").get_json()["id"] == one
    is_problem(client.get("/collections/landmines/items?category=killing"), 400)


def test_control_areas_pick_the_snapshot_by_datetime(client):
    doc = client.get("/collections/control-areas/items?datetime=2023-07-09&limit=100").get_json()
    forces = {f["properties"]["force"] for f in doc["features"]}
    assert {"GOV", "SDF", "SNA", "HTS_OPP"} <= forces
    assert doc["numberMatched"] == len(doc["features"]) and doc["date"] == "2023-07-09"
    older = client.get("/collections/control-areas/items?datetime=2017-07-20").get_json()
    assert "ISIS" in {f["properties"]["force"] for f in older["features"]}
    assert "ISIS" not in forces
    gov = client.get("/collections/control-areas/items/GOV?datetime=2023-07-09").get_json()
    assert gov["properties"]["force"] == "GOV" and gov["geometry"]["type"] in ("Polygon", "MultiPolygon")
    # An interval (QGIS and GDAL send the layer's time range): the map of its last day, said so.
    ranged = client.get("/collections/control-areas/items?datetime=2023-07-01/2023-07-09"
                        "&limit=100").get_json()
    assert ranged["date"] == "2023-07-09" and "2023-07-09" in ranged["date_rule"]
    assert ranged["features"] == doc["features"]
    for form in ("../2017-07-20", "2011-03-01T00:00:00Z/2017-07-20T23:59:59Z", "/2017-07-20",
                 "2000-01-01/2017-07-20T"):
        other = client.get(f"/collections/control-areas/items?datetime={form}").get_json()
        assert other["date"] == "2017-07-20" and other["features"] == older["features"], form
    latest = client.get("/collections/control-areas/items").get_json()
    for open_end in ("2017-01-01/..", "2017-01-01/"):
        other = client.get(f"/collections/control-areas/items?datetime={open_end}").get_json()
        assert other["date"] == latest["date"] and other["features"] == latest["features"]
    gov_range = client.get("/collections/control-areas/items/GOV?datetime=2023-07-01/2023-07-09")
    assert gov_range.get_json() == gov
    # An interval that ends before the dataset begins, or ends before it starts: a 400.
    for bad in ("2000-01-01/2010-12-31", "2017-07-20/2017-01-01", "../.."):
        is_problem(client.get(f"/collections/control-areas/items?datetime={bad}"), 400)


# --------------------------------------------------------------------------- control and geocode

SEED_POINTS = [  # (community P-code, date, the control the report states)
    ("C1255", "2023-07-09", "SNA"),      # Shawa, al-Ra'ie area: the car bomb massacre
    ("C1767", "2023-07-14", "SDF"),      # Manbij
    ("C1041", "2023-07-11", "HTS_OPP"),  # Kafr Nouran
    ("C5206", "2023-07-11", "GOV"),      # Tishreen, Deir Ez-Zour
]


@pytest.mark.parametrize("pcode,date,stated", SEED_POINTS)
def test_control_answers_the_seed_cases(client, gaz, pcode, date, stated):
    place = gaz.get(pcode)
    doc = client.get(f"/api/control?lat={place.lat}&lon={place.lon}&date={date}").get_json()
    assert doc["force"] == stated
    assert doc["source"] and doc["confidence"] in ("high", "medium", "low")
    assert "front_km" not in doc and doc["stale"] is False  # the front distance: asked for
    assert doc["query"] == {"lat": place.lat, "lon": place.lon, "date": date}
    asked = client.get(f"/api/control?lat={place.lat}&lon={place.lon}&date={date}"
                       "&front=true").get_json()
    assert isinstance(asked.pop("front_km"), float) and asked == doc
    assert client.get(f"/api/control?lat={place.lat}&lon={place.lon}&date={date}"
                      "&front=false").get_json() == doc


def test_control_batch_equals_single_answers(client, gaz):
    points = [{"id": p, "lat": gaz.get(p).lat, "lon": gaz.get(p).lon, "date": d}
              for p, d, _ in SEED_POINTS]
    doc = client.post("/api/control?front=true", json={"points": points}).get_json()
    plain = client.post("/api/control", json={"points": points}).get_json()
    assert doc["count"] == plain["count"] == len(points)
    for point, answer, without in zip(points, doc["results"], plain["results"]):
        single = client.get(f"/api/control?lat={point['lat']}&lon={point['lon']}"
                            f"&date={point['date']}&front=true").get_json()
        assert answer["id"] == point["id"]
        for key in ("force", "forces", "name", "colour", "contested", "unit", "pcodes",
                    "valid_from", "valid_to", "source", "confidence", "stale", "inside"):
            assert answer[key] == single[key], key
        assert answer["front_km"] == pytest.approx(single["front_km"], abs=0.01)
        # Not asked for: no front distance, everything else the same.
        assert "front_km" not in without and without == {k: v for k, v in answer.items()
                                                          if k != "front_km"}


def test_control_answers_are_the_index_answers(app, client):
    """``GET /api/control`` answers what the index answers, written in full, for points
    inside, snapped from outside and outside Syria, on dates before the coverage, in it and
    past it."""
    import random

    from service.core import EARLIEST, dumps

    index = app.extensions["incmap.api"].control_index
    rng = random.Random(15)
    first, last = index.coverage
    days = [EARLIEST + dt.timedelta(days=rng.randrange((dt.date.today() - EARLIEST).days + 2))
            for _ in range(300)]
    days += [first - dt.timedelta(days=1), last, last + dt.timedelta(days=1)]
    points = [(round(rng.uniform(35.4, 42.6), 5), round(rng.uniform(32.1, 37.5), 5), d)
              for d in days]
    kinds = set()
    for lon, lat, day in points:
        query = {"query": {"lat": lat, "lon": lon, "date": day.isoformat()}}
        text = client.get(f"/api/control?lat={lat}&lon={lon}&date={day}&front=true"
                          ).get_data(as_text=True)
        answer = index.control_at(lon, lat, day, front=True)
        kinds.add((answer.inside, answer.stale, day < first, answer.force is None))
        assert text == dumps({**query, **answer.to_dict()}), (lon, lat, day)
        # By default the front distance is neither measured nor written.
        text = client.get(f"/api/control?lat={lat}&lon={lon}&date={day}").get_data(as_text=True)
        plain = index.control_at(lon, lat, day)
        assert plain.front_km is None
        assert text == dumps({**query, **plain.to_dict(front=False)}), (lon, lat, day)
    # inside, snapped and outside; in the coverage, past it and before it
    assert {k[0] for k in kinds} == {True, False} and {k[3] for k in kinds} == {True, False}
    assert {k[1] for k in kinds} == {True, False} and {k[2] for k in kinds} == {True, False}
    assert (False, False, False, False) in kinds  # snapped, in the coverage


@pytest.mark.parametrize("query,param", [
    ("lat=abc&lon=37&date=2023-07-09", "lat"),
    ("lat=36.5&lon=737&date=2023-07-09", "lon"),
    ("lon=37&date=2023-07-09", "lat"),
    ("lat=36.5&lon=37&date=2023-13-45", "date"),
    ("lat=36.5&lon=37&date=1999-01-01", "date"),
    ("lat=36.5&lon=37&date=2999-01-01", "date"),
    ("lat=NaN&lon=37", "lat"),
    ("lat=36.5&lon=37&when=today", "when"),
    ("lat=36.5&lon=37&front=yes", "front"),
    ("lat=36.5&lon=37&front=1", "front"),
])
def test_control_bad_parameters_are_400_naming_the_parameter(client, query, param):
    doc = is_problem(client.get(f"/api/control?{query}"), 400)
    assert doc["invalid_params"][0]["name"] == param


@pytest.mark.parametrize("params,param", [
    ({"lat": "abc", "lon": "37", "date": "2023-07-09"}, "lat"),
    ({"lat": "36.5", "lon": "37", "date": "2023-7-9"}, "date"),
    ({"lat": "36.5", "lon": "37", "date": "2023-07-09\x01"}, "date"),
    ({"lat": "36.5", "lon": "37", "when": "today"}, "when"),
])
def test_control_checks_once_through_dispatch_and_whole_when_called_directly(app, params, param):
    """``API.dispatch`` checks a route's parameters and marks the request (``checked``), so the
    operation does not check them again; a direct call (nothing marked) is checked whole, with
    the same 400 naming the same parameter."""
    from service.core import Request
    from service.routes import ROUTES

    api = app.extensions["incmap.api"]
    route = next(r for r in ROUTES if r.operation == "control")
    direct = Request("/api/control", dict(params))
    refused = api.control(direct)
    assert refused.status == 400 and direct.checked is None
    assert json.loads(refused.body)["invalid_params"][0]["name"] == param
    assert api.dispatch(route, Request("/api/control", dict(params))) == refused
    good = {"lat": "36.5", "lon": "37.48", "date": "2023-07-09"}
    via = Request("/api/control", good)
    answer = api.dispatch(route, via)
    assert via.checked == {"lat", "lon", "date", "front"}
    assert answer == api.control(Request("/api/control", good)) and answer[0] == 200


def test_control_batch_errors(client, app):
    assert is_problem(client.post("/api/control", data="{not json"), 400)
    doc = is_problem(client.post("/api/control", json={"points": [{"lat": 36, "lon": 37},
                                                                   {"lat": "x", "lon": 37}]}), 400)
    assert doc["pointer"] == "/points/1/lat"
    doc = is_problem(client.post("/api/control?front=maybe", json={"points": []}), 400)
    assert doc["invalid_params"][0]["name"] == "front"
    doc = is_problem(client.post("/api/control?when=today", json={"points": []}), 400)
    assert doc["invalid_params"][0]["name"] == "when"
    too_many = {"points": [{"lat": 36.5, "lon": 37.5}] * (app.extensions["incmap.api"]
                                                         .settings.max_batch + 1)}
    is_problem(client.post("/api/control", json=too_many), 413)


def test_geocode(client):
    doc = client.get("/api/geocode", query_string={
        "q": "in front of a car repair workshop in Shawa village in al-Ra'ie area in eastern "
             "rural Aleppo"}).get_json()
    assert doc["pcode"] == "C1255" and doc["found"] is True
    tishreen = client.get("/api/geocode", query_string={
        "q": "Tishreen village", "governorate": "Deir Ez-Zour"}).get_json()
    assert tishreen["pcode"] == "C5206"
    is_problem(client.get("/api/geocode"), 400)
    is_problem(client.get("/api/geocode?q=Tishreen&governorate=Atlantis"), 400)


# --------------------------------------------------------------------------- incidents

def test_incident_filters(client, report):
    doc = client.get("/api/incidents?dataset=snhr&limit=100").get_json()
    assert doc["numberMatched"] == len(report.incidents)
    by = lambda q: client.get(f"/api/incidents?dataset=snhr&{q}").get_json()["numberMatched"]
    assert by("category=massacre") == sum(i.category == "massacre" for i in report.incidents)
    assert by("perpetrator=OTHER_LANDMINE") == sum(i.perpetrator == "OTHER_LANDMINE"
                                                   for i in report.incidents)
    assert by("adm1=SY02") >= 2  # Shawa and Manbij are in Aleppo governorate
    assert by("control=SNA") >= 1 and by("control=SNA,SDF") >= 2
    for q, param in (("category=picnic", "category"), ("perpetrator=MARTIANS", "perpetrator"),
                     ("control=XYZ", "control"), ("adm1=SY9", "adm1"), ("limit=0", "limit"),
                     ("limit=100001", "limit"), ("offset=-1", "offset"), ("bbox=1,2,3", "bbox"),
                     ("bbox=40,30,35,37", "bbox"), ("datetime=2023-07-31/2023-07-01", "datetime"),
                     ("datetime=yesterday", "datetime"), ("colour=red", "colour")):
        problem = is_problem(client.get(f"/api/incidents?{q}"), 400)
        assert param in json.dumps(problem), (q, problem)


def test_victim_names_only_for_an_authorised_caller(client, report):
    named = [i for i in report.incidents if i.victim_names]
    assert named, "the seed report names victims"
    public = client.get("/api/incidents?dataset=snhr&limit=100").get_data(as_text=True)
    private = client.get("/api/incidents?dataset=snhr&limit=100", headers=AUTH).get_data(as_text=True)
    for inc in named:
        for name in inc.victim_names:
            assert name not in public
            assert name in private
    wrong = client.get("/api/incidents?dataset=snhr&limit=100",
                       headers={"Authorization": "Bearer not-the-token-at-all"})
    assert all(n not in wrong.get_data(as_text=True) for i in named for n in i.victim_names)
    # Exports and map data leave them out even for the operator.
    for url in ("/export/incidents.csv?dataset=snhr", "/export/incidents.geojson?dataset=snhr",
                "/api/map/incidents?start=2023-07-01&end=2023-07-31&zoom=12"):
        body = client.get(url, headers=AUTH).get_data(as_text=True)
        assert all(n not in body for i in named for n in i.victim_names), url


def test_one_incident_and_404(client):
    first = client.get("/api/incidents?dataset=snhr&limit=1").get_json()["features"][0]
    one = client.get(f"/api/incidents/{first['id']}").get_json()
    assert one["id"] == first["id"] and one["type"] == "Feature"
    is_problem(client.get("/api/incidents/no-such-incident"), 404)


# --------------------------------------------------------------------------- writes

FEATURE = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [37.4812, 36.5049]},
           "properties": {"id": "test:1", "date": "2023-07-20", "category": "landmine",
                          "cause": "landmine", "perpetrator": "OTHER_LANDMINE", "killed": 2,
                          "children": 1, "victim_names": "Test Person One; Test Person Two",
                          "place_text": "Shawa village"}}


def test_writes_need_the_token(writable):
    client, store = writable
    before = store.count()
    body = json.dumps({"type": "FeatureCollection", "features": [FEATURE]})
    assert is_problem(client.post("/api/incidents", data=body), 401)
    assert is_problem(client.post("/api/incidents", data=body,
                                  headers={"Authorization": f"Basic {TOKEN}"}), 401)
    assert is_problem(client.post("/api/incidents", data=body,
                                  headers={"Authorization": "Bearer wrong-token-wrong-token"}), 403)
    first = client.get("/api/incidents?limit=1").get_json()["features"][0]["id"]
    is_problem(client.delete(f"/api/incidents/{first}"), 401)
    is_problem(client.put(f"/api/incidents/{first}", data=json.dumps(FEATURE)), 401)
    is_problem(client.post("/api/import?format=csv", data=b"x"), 401)
    assert store.count() == before


def test_read_only_service_refuses_writes(data, demo_store):
    from server import create_app

    client = create_app(Settings(data_dir=str(data.root), store_path=str(demo_store))).test_client()
    doc = is_problem(client.post("/api/incidents", data="{}", headers=AUTH), 403)
    assert "read-only" in doc["detail"]


def test_create_edit_delete(writable):
    client, store = writable
    before = store.count()
    body = json.dumps({"type": "FeatureCollection", "features": [FEATURE]})
    created = client.post("/api/incidents", data=body, headers=AUTH)
    assert created.status_code == 201, created.get_data(as_text=True)
    assert store.count() == before + 1
    inc = client.get("/api/incidents/test:1").get_json()["properties"]
    assert inc["adm1_pcode"] == "SY02" and inc["computed_control"] == "SNA"
    assert "victim_names" not in inc
    assert client.get("/api/incidents/test:1", headers=AUTH).get_json()["properties"][
        "victim_names"] == ["Test Person One", "Test Person Two"]
    edited = dict(FEATURE, properties={**FEATURE["properties"], "killed": 3})
    resp = client.put("/api/incidents/test:1", data=json.dumps(edited), headers=AUTH)
    assert resp.status_code == 200 and resp.get_json()["properties"]["killed"] == 3
    assert store.count() == before + 1
    assert client.delete("/api/incidents/test:1", headers=AUTH).status_code == 204
    is_problem(client.get("/api/incidents/test:1"), 404)
    is_problem(client.delete("/api/incidents/test:1", headers=AUTH), 404)
    assert store.count() == before


def test_malformed_uploads_change_nothing(writable, data):
    client, store = writable
    before = store.count()
    good = json.loads(json.dumps(FEATURE))
    bad = json.loads(json.dumps(FEATURE))
    bad["properties"].update(id="test:2", date="2031-01-01")  # in the future
    body = json.dumps({"type": "FeatureCollection", "features": [good, bad]})
    doc = is_problem(client.post("/api/incidents", data=body, headers=AUTH), 400)
    assert "future" in doc["detail"] and doc.get("field") == "date"
    assert store.count() == before and store.get("test:1") is None
    # A CSV with a broken row: the error names the file, line and field.
    lines = (data.root / UCDP).read_text(encoding="utf-8").splitlines()[:6]
    broken = lines[:4] + [lines[4].replace(",36.", ",96.", 1)] + lines[5:]
    resp = client.post("/api/import?format=ucdp&filename=events.csv", headers=AUTH,
                       data="\n".join(broken).encode())
    doc = is_problem(resp, 400)
    assert "events.csv" in doc["detail"] and doc.get("line") == 5, doc
    assert store.count() == before
    is_problem(client.post("/api/import?format=ucdp", headers=AUTH, data=b"\xff\xfe\x00garbage"), 400)
    is_problem(client.post("/api/import?format=pdf", headers=AUTH, data=b"x"), 400)
    is_problem(client.post("/api/incidents", headers=AUTH, data=b"{not json"), 400)
    assert store.count() == before


def test_upload_size_limit(writable):
    client, store = writable
    before = store.count()
    resp = client.post("/api/import?format=csv", headers=AUTH, data=b"x" * 300_000)
    doc = is_problem(resp, 413)
    assert "limit" in doc["detail"]
    assert store.count() == before


def test_import_ucdp_rows_is_idempotent(writable, data):
    client, store = writable
    before = store.count()
    head = "\n".join((data.root / UCDP).read_text(encoding="utf-8").splitlines()[:21]).encode()
    resp = client.post("/api/import?format=ucdp&filename=head.csv", headers=AUTH, data=head)
    assert resp.status_code == 201, resp.get_data(as_text=True)
    doc = resp.get_json()
    assert doc["rows"] == 20 and doc["added"] == 0 and doc["unchanged"] + doc["updated"] == 20
    assert store.count() == before


def test_multipart_upload(writable):
    client, store = writable
    body = json.dumps({"type": "FeatureCollection", "features": [FEATURE]}).encode()
    import io

    resp = client.post("/api/import?format=geojson", headers=AUTH,
                       data={"file": (io.BytesIO(body), "one.geojson")},
                       content_type="multipart/form-data")
    assert resp.status_code == 201, resp.get_data(as_text=True)
    assert store.get("test:1") is not None


# --------------------------------------------------------------------------- statistics

def test_stats_reproduce_the_report_from_its_incidents(client, report):
    doc = client.get("/api/stats?datetime=2023-07-01/2023-07-31&dataset=snhr").get_json()
    recount = report.recount()  # the report reader's own tables over the same incidents
    assert doc["totals"]["incidents"] == recount["incidents"] == len(report.incidents)
    for key in ("killed", "children", "women", "injured"):
        assert (doc["totals"][key] or 0) == recount[key], key
    assert doc["torture"]["killed"] == recount["torture"]
    assert doc["massacres"]["incidents"] == recount["massacres"]
    by_party = {r["perpetrator"]: r["killed"] for r in doc["by_perpetrator"]}
    for code, killed in recount["by_party"].items():
        if code != "OTHER":
            assert by_party[code] == killed, code
    assert doc["other_parties"]["killed"] == recount["by_party"]["OTHER"]
    # Where the narrative tells every incident, the report's own tables are reproduced:
    # its massacres (two, 13 killed, 5 children, 1 woman) and the torture victims' party.
    t = report.tallies
    assert (doc["massacres"]["incidents"], doc["massacres"]["killed"],
            doc["massacres"]["children"], doc["massacres"]["women"]) == (
        t.massacres, t.massacre_killed, t.massacre_children, t.massacre_women)
    assert {r["perpetrator"] for r in doc["torture"]["by_perpetrator"]} == set(t.torture_by_party)
    # The month x perpetrator x governorate table adds up to the totals.
    assert sum(r["killed"] for r in doc["table"]) == doc["totals"]["killed"]
    assert {r["month"] for r in doc["table"]} == {"2023-07"}
    govs = {r["adm1_pcode"]: r for r in doc["by_governorate"]}
    assert govs["SY02"]["name"] == "Aleppo" and govs["SY02"]["killed"] >= 6


def test_stats_over_ucdp_months(client, ucdp):
    doc = client.get("/api/stats?datetime=2018-01-01/2018-12-31&dataset=ucdp").get_json()
    in_2018 = ucdp[(ucdp.date_start >= dt.date(2018, 1, 1)) & (ucdp.date_end <= dt.date(2018, 12, 31))]
    assert doc["totals"]["incidents"] == len(in_2018)
    months = {r["month"]: r["incidents"] for r in doc["by_month"]}
    # A span that runs over two months is counted in neither: in the "imprecise" group.
    start, end = (in_2018[c].map(lambda d: d.strftime("%Y-%m")) for c in ("date_start", "date_end"))
    expected = start.where(start == end, "imprecise").value_counts().to_dict()
    assert months == expected and expected["imprecise"] > 0


def test_stats_count_civilians_and_keep_all_deaths_apart(client, data):
    ged = pd.read_csv(data.root / UCDP, usecols=["date_start", "date_end", "deaths_civilians",
                                                 "best", "where_prec"])
    doc = client.get("/api/stats?datetime=2017-01-01/2017-12-31&dataset=ucdp").get_json()
    year = ged[(ged.date_start >= "2017-01-01") & (ged.date_end <= "2017-12-31")]
    assert doc["totals"]["killed"] == year.deaths_civilians.sum() > 0
    assert doc["totals"]["deaths_total"] == year.best.sum() > doc["totals"]["killed"]
    # Country-level events are in no governorate's row.
    govs = {r["adm1_pcode"]: r for r in doc["by_governorate"]}
    assert govs[None]["incidents"] >= (year.where_prec == 6).sum() > 0
    assert sum(r["incidents"] for r in doc["by_governorate"]) == len(year)


# --------------------------------------------------------------------------- exports and map

def test_exports_carry_civilians_all_deaths_span_and_precision(client):
    import csv as csvmod
    import io

    resp = client.get("/export/incidents.csv?dataset=ucdp&datetime=2016-01-01/2016-12-31")
    assert resp.status_code == 200
    lines = list(csvmod.reader(io.StringIO(resp.data.decode("utf-8"))))
    header, hxl = lines[0], lines[1]
    for col, tag in (("deaths_total", "#affected+killed+total"), ("date_end", "#date+end"),
                     ("location_precision", "#geo+precision"), ("radius_m", "#geo+radius")):
        assert hxl[header.index(col)] == tag
    rows = {r["id"]: r for r in (dict(zip(header, line)) for line in lines[2:])}
    agg = rows["ucdp:233200"]   # GED's 2016 country-level aggregate
    assert (agg["killed"], agg["deaths_total"], agg["date_start"], agg["date_end"]) == (
        "0", "8179", "2016-01-01", "2016-12-31")
    assert (agg["location_precision"], agg["location_precision_name"], agg["radius_m"]) == (
        "6", "country", "400000")
    assert agg["adm1_pcode"] == agg["adm2_pcode"] == agg["adm3_pcode"] == agg["community_pcode"] == ""
    doc = client.get("/export/incidents.geojson?dataset=ucdp&datetime=2016-01-01/2016-01-31").get_json()
    props = [f["properties"] for f in doc["features"]]
    assert props and all(p["date_end"] <= "2016-01-31" for p in props)
    assert all(p["deaths_total"] >= p["killed"] for p in props)
    assert "ucdp:233200" not in {p["id"] for p in props}
    # The precision filters: the country-level records of 2016, and none of them drawable.
    country = client.get("/api/incidents?dataset=ucdp&datetime=2016-01-01/2016-12-31"
                         "&min_precision=6&limit=1000").get_json()
    ids = {f["id"] for f in country["features"]}
    assert "ucdp:233200" in ids and all(f["properties"]["adm1_pcode"] is None
                                        for f in country["features"])
    drawable = client.get("/api/incidents?dataset=ucdp&max_precision=3&limit=10000").get_json()
    assert not ids & {f["id"] for f in drawable["features"]}
    bad = client.get("/api/incidents?max_precision=9")
    assert bad.status_code == 400 and bad.get_json()["field"] == "max_precision"


def test_landmine_export_geojson(client, report):
    from test_export import check_rfc7946

    resp = client.get("/export/landmines.geojson")
    assert resp.status_code == 200 and resp.mimetype == "application/geo+json"
    assert "attachment" in resp.headers["Content-Disposition"]
    doc = json.loads(resp.data)
    check_rfc7946(doc)
    n = client.get("/api/incidents?category=landmine&limit=1").get_json()["numberMatched"]
    assert len(doc["features"]) == n >= 2
    props = doc["features"][0]["properties"]
    for key in ("id", "date", "date_precision", "adm1_pcode", "adm1_name", "adm2_name", "adm3_name",
                "community_pcode", "location_precision", "radius_m", "killed", "children", "women",
                "injured", "cause", "control", "source_title"):
        assert key in props, key
    circles = json.loads(client.get("/export/landmines.geojson?circles=true").data)
    check_rfc7946(circles)
    assert {f["geometry"]["type"] for f in circles["features"] if f["geometry"]} == {"Polygon"}


@pytest.mark.parametrize("ext", ["geojson", "gpkg", "csv", "kml"])
def test_landmine_export_opens_in_geopandas_and_ogrinfo(client, ext, tmp_path):
    import subprocess

    import geopandas as gpd

    n = client.get("/api/incidents?category=landmine&limit=1").get_json()["numberMatched"]
    path = tmp_path / f"landmines.{ext}"
    path.write_bytes(client.get(f"/export/landmines.{ext}").data)
    if ext != "csv":
        frame = gpd.read_file(path)
        assert len(frame) == n and frame.crs.to_epsg() == 4326
        assert set(frame["category"]) == {"landmine"}
    if shutil.which("ogrinfo"):
        out = subprocess.run(["ogrinfo", "-ro", "-al", "-so", str(path)], capture_output=True,
                             text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        # GDAL reads the CSV's HXL row as one more record.
        assert f"Feature Count: {n + (ext == 'csv')}" in out.stdout


@pytest.mark.parametrize("ext,mime", [("gpkg", "application/geopackage+sqlite3"),
                                      ("csv", "text/csv"),
                                      ("kml", "application/vnd.google-earth.kml+xml")])
def test_exports_in_every_format(client, ext, mime, tmp_path):
    import geopandas as gpd

    resp = client.get(f"/export/incidents.{ext}?datetime=2023-07-01/2023-07-31")
    assert resp.status_code == 200 and resp.mimetype == mime
    path = tmp_path / f"x.{ext}"
    path.write_bytes(resp.data)
    n = client.get("/api/incidents?datetime=2023-07-01/2023-07-31&limit=1").get_json()["numberMatched"]
    if ext == "csv":
        frame = pd.read_csv(path, skiprows=[1])  # the second row is the HXL hashtags
    else:
        frame = gpd.read_file(path)
    assert len(frame) == n > 0


def test_export_errors(client):
    is_problem(client.get("/export/landmines.pdf"), 404)
    is_problem(client.get("/export/everything.geojson"), 404)
    is_problem(client.get("/export/landmines.csv?circles=true"), 400)
    is_problem(client.get("/export/incidents.geojson?datetime=tomorrow"), 400)


def test_map_endpoints(client):
    snap = client.get("/api/control/snapshot?date=2023-07-09")
    assert snap.status_code == 200
    doc = snap.get_json()
    assert doc["date"] == "2023-07-09" and doc["stale"] is False
    assert {"force", "name", "colour", "contested", "confidence", "source", "valid_from",
            "valid_to"} <= set(doc["features"][0]["properties"])
    view = client.get("/api/map/incidents?bbox=35.5,32.2,42.5,37.4&start=2017-01-01"
                      "&end=2017-12-31&zoom=6").get_json()
    assert view["type"] == "FeatureCollection" and view["features"]
    govs = client.get("/api/map/governorates?start=2023-07-01&end=2023-07-31").get_json()
    assert len(govs["governorates"]) == 14
    is_problem(client.get("/api/map/incidents?bbox=nonsense"), 400)
    is_problem(client.get("/api/control/snapshot?date=never"), 400)


# --------------------------------------------------------------------------- the API definition

def test_openapi_describes_every_route(client, app):
    doc = client.get("/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    described = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = (rule.rule.replace("<path:", "<").replace("<cid>", "{collectionId}")
                .replace("<fid>", "{featureId}").replace("<incident_id>", "{incidentId}")
                .replace("<kind>", "{kind}").replace("<ext>", "{ext}")
                .replace("<contextLayer>", "{contextLayer}"))
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (path, method) in described, (path, method)


def test_unknown_route_and_method_are_problems(client):
    is_problem(client.get("/api/nothing-here"), 404)
    doc = is_problem(client.patch("/api/control"), 405)
    assert "GET" in doc["detail"]


# --------------------------------------------------------------------------- settings, parsing

def test_settings_from_environment():
    s = Settings.from_env({"INCMAP_STORE": "/srv/a.gpkg", "INCMAP_WRITE_TOKEN": TOKEN,
                           "INCMAP_MAX_UPLOAD_MB": "2", "INCMAP_MAX_BATCH": "50"})
    assert (s.store_path, s.writes_enabled, s.max_upload_bytes, s.max_batch) == (
        "/srv/a.gpkg", True, 2 * 1024 * 1024, 50)
    assert Settings.from_env({"INCMAP_STORE": "/srv/a.gpkg"}, store_path="/b.gpkg").store_path == "/b.gpkg"
    assert TOKEN not in repr(s)  # the token never shows in logs
    from geo.errors import InputError

    with pytest.raises(InputError, match="at least 16"):
        Settings(write_token="short")
    with pytest.raises(InputError, match="INCMAP_MAX_UPLOAD_MB"):
        Settings.from_env({"INCMAP_MAX_UPLOAD_MB": "lots"})


@pytest.mark.parametrize("text,expected", [
    ("2023-07-09", (dt.date(2023, 7, 9), dt.date(2023, 7, 9))),
    ("2023-07-01/2023-07-31", (dt.date(2023, 7, 1), dt.date(2023, 7, 31))),
    ("../2023-07-31", (None, dt.date(2023, 7, 31))),
    ("2023-07-01/..", (dt.date(2023, 7, 1), None)),
    ("/2023-07-31", (None, dt.date(2023, 7, 31))),
    ("2023-07-01T10:00:00Z/2023-07-02T00:00:00+03:00", (dt.date(2023, 7, 1), dt.date(2023, 7, 2))),
])
def test_datetime_intervals(text, expected):
    from service.core import parse_datetime_interval

    assert parse_datetime_interval(text) == expected


@pytest.mark.parametrize("text", ["", "../..", "2023-07-01/2023-06-01", "2023-02-30", "July",
                                  "2023-07-01/2023-07-02/2023-07-03", "2023-07-01T25:00:00Z"])
def test_bad_datetime_intervals(text):
    from service.core import ApiError, parse_datetime_interval

    with pytest.raises(ApiError) as err:
        parse_datetime_interval(text)
    assert err.value.status == 400 and err.value.param == "datetime"


def test_demo_store_is_built_once_and_cached(data, demo_store, tmp_path, monkeypatch):
    import geo.store.demo as serve

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    builds = []

    def fake_build(data_dir, path, echo=None):  # the real build is tested by every other test
        builds.append(path)
        shutil.copy(demo_store, path)
        return {"ucdp": 1}

    monkeypatch.setattr(serve, "build_demo_store", fake_build)
    first = serve.ensure_demo_store(str(data.root))
    second = serve.ensure_demo_store(str(data.root))
    assert first == second and first.is_file() and len(builds) == 1
    assert first.parent == tmp_path / "syria-incident-map" / "demo"
    assert sorted(p.name for p in first.parent.iterdir()) == [first.name, first.stem + ".lock"]


def test_failed_demo_build_leaves_nothing(data, tmp_path, monkeypatch):
    import geo.store.demo as serve

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))

    def broken(data_dir, path, echo=None):
        Path(path).write_bytes(b"half a store")
        raise RuntimeError("disk full")

    monkeypatch.setattr(serve, "build_demo_store", broken)
    with pytest.raises(RuntimeError):
        serve.ensure_demo_store(str(data.root))
    folder = tmp_path / "syria-incident-map" / "demo"
    assert [p.suffix for p in folder.iterdir()] == [".lock"]


def test_app_without_a_store_serves_the_demo_store(data, demo_store, tmp_path, monkeypatch):
    import geo.store.demo as serve
    from server import create_app

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(serve, "build_demo_store",
                        lambda data_dir, path, echo=None: shutil.copy(demo_store, path))
    client = create_app(Settings(data_dir=str(data.root))).test_client()  # nothing built yet
    assert not (tmp_path / "syria-incident-map").exists()
    doc = client.get("/api/incidents?dataset=snhr&limit=1").get_json()
    assert doc["numberMatched"] >= 8
    assert list((tmp_path / "syria-incident-map" / "demo").glob("demo-*.gpkg"))


def test_resources_open_once_and_a_missing_store_is_a_503(tmp_path):
    import json as _json

    from service.app import API
    from service.core import Request
    from geo.store import open_store

    store = open_store(tmp_path / "s.gpkg")
    api = API(Settings(), store=store)  # a store passed in needs no configured path
    assert api.store is store
    status, _, body = api.incidents(Request("/api/incidents", {}))
    assert status == 200 and _json.loads(body)["numberMatched"] == 0
    assert api.gazetteer is api.gazetteer  # opened once
    status, _, body = API(Settings()).incidents(Request("/api/incidents", {}))
    problem = _json.loads(body)
    assert status == 503 and "--store PATH" in problem["detail"]


def test_a_large_body_is_read_by_waitress_from_its_bytes():
    """server.large_body: a body of at least LARGE_BODY bytes under waitress is its file
    wrapper over a BodyView, which waitress reads (a chunk, then the same chunk again to skip
    it) into exactly the body; a small body, text, or another server's file wrapper (which
    may hand the reads to code that takes bytes only) keep the bytes as they are."""
    from waitress.buffers import ReadOnlyFileBasedBuffer
    from werkzeug.wsgi import FileWrapper

    from server import LARGE_BODY, BodyView, large_body

    body = bytes(range(256)) * (LARGE_BODY // 256 + 3)
    sent = large_body(body, {"wsgi.file_wrapper": ReadOnlyFileBasedBuffer})
    assert isinstance(sent, ReadOnlyFileBasedBuffer) and isinstance(sent.file, BodyView)
    assert sent.prepare(len(body)) == len(body)
    out = []
    while sent.remain:
        chunk = sent.get(100_003)  # as waitress's channel: read, send, then skip what it sent
        out.append(bytes(chunk[:77_777]))
        sent.skip(len(out[-1]), True)
    assert b"".join(out) == body
    sent.close()
    assert large_body(body[:LARGE_BODY - 1], {"wsgi.file_wrapper": ReadOnlyFileBasedBuffer}) is None
    assert large_body(body.decode("latin-1"), {"wsgi.file_wrapper": ReadOnlyFileBasedBuffer}) is None
    assert large_body(body, {"wsgi.file_wrapper": FileWrapper}) is None
    assert large_body(body, {}) is None
    view = BodyView(b"0123456789")
    assert bytes(view.read(3)) == b"012" and view.seek(-2, 2) == 8 and bytes(view.read(5)) == b"89"
    assert view.seek(2) == 2 and view.seek(3, 1) == 5 and bytes(view.read()) == b"56789"


def test_large_bodies_held_from_memory_are_bounded(monkeypatch):
    """server.large_body: the large bodies waitress holds from memory (until slow clients have read
    them) stay within LARGE_BODIES_HELD together; past it a body goes as bytes (waitress spills it
    to a temporary file), and a body closed, or dropped unclosed, frees its room."""
    import gc

    from waitress.buffers import ReadOnlyFileBasedBuffer

    import server

    monkeypatch.setattr(server, "LARGE_BODIES_HELD", 3 * server.LARGE_BODY)
    env = {"wsgi.file_wrapper": ReadOnlyFileBasedBuffer}
    body = b"x" * server.LARGE_BODY
    held_before = server._held[0]
    first, second, third = (server.large_body(body, env) for _ in range(3))
    assert all(isinstance(s, ReadOnlyFileBasedBuffer) for s in (first, second, third))
    assert server.large_body(body, env) is None  # a slow client's fourth: as bytes
    first.close()  # waitress closes an answer sent (or its client gone)
    fourth = server.large_body(body, env)
    assert isinstance(fourth, ReadOnlyFileBasedBuffer)
    del second
    gc.collect()  # dropped without close (an error between): its room is freed all the same
    fifth = server.large_body(body, env)
    assert isinstance(fifth, ReadOnlyFileBasedBuffer)
    assert server._held[0] - held_before == 3 * server.LARGE_BODY  # third, fourth, fifth
    for s in (third, fourth, fifth):
        s.close()
    assert server._held[0] == held_before


@pytest.mark.parametrize("query", ["a=1&b=%C3%A9&a=2&c=", "a=%FF&b=%zz&c=+x+", "x", "&&=&a==b",
                                   "a;b=c", "datetime=2017-01-01/2019-12-31&limit=1000",
                                   "k=%E2%82", "a=1&A=2", "é=ü&lat=36.5"])
def test_query_params_are_werkzeugs_first_args(query):
    """server.query_params (the request's query, parsed once, no MultiDict) gives what
    request.args.to_dict() gives: the first value of each name, in order, bad escapes kept."""
    from werkzeug.test import EnvironBuilder
    from werkzeug.wrappers import Request as WerkzeugRequest

    from server import query_params

    environ = EnvironBuilder().get_environ()
    environ["QUERY_STRING"] = query.encode("utf-8").decode("latin-1")
    r = WerkzeugRequest(environ)
    expected = r.args.to_dict(flat=True)
    got = query_params(r)
    assert got == expected and list(got) == list(expected)


@pytest.mark.parametrize("params", [{"datetime": "2017-01-01/2019-12-31", "limit": "1000"},
                                    {"a b": "c&d", "x": "é/ü ~.-_", "n": 5, "b": b"q r"}, {},
                                    {"bbox": "36,35,37.5,36.5", "category": "killing,massacre"}])
def test_page_links_are_urlencodes_text(params):
    """service.core.page_url quotes through a kept quote_plus: the text urlencode writes."""
    from urllib.parse import urlencode

    from service.core import Request, page_url

    req = Request("/api/incidents", params, base_url="http://h:8000")
    for changes in ({}, {"offset": "10", "limit": "5"}, {"limit": 7}):
        query = urlencode({**params, **changes})
        assert page_url(req, changes) == "http://h:8000/api/incidents" + (
            f"?{query}" if query else "")


def test_incident_filters_are_built_once_for_the_same_values():
    """IncidentQuery.store_filters: asked again for the same values, the same Filters (a page
    checks its filters, then reads with them); other values, other Filters."""
    from service.core import Request
    from service.incidents import incident_query

    q = incident_query(Request("/api/incidents", {"datetime": "2017-01-01/2019-12-31",
                                                  "category": "killing"}), Settings())
    first = q.store_filters()
    assert q.store_filters() is first
    q.filters["category"] = "massacre"
    assert q.store_filters().category == ("massacre",) and q.store_filters() is not first
    q.start = dt.date(2018, 1, 1)
    assert q.store_filters().start == dt.date(2018, 1, 1)
