"""End to end, Datasette style: the real app under waitress on a loopback port, called over HTTP.

Also the property test: schemathesis reads ``/openapi.json`` from the live
server, generates requests for every operation (a few examples each, to stay
quick) and checks that none is answered with a server error.
"""

from __future__ import annotations

import json
import shutil
import threading

import pytest
import requests

from test_api import AUTH, TOKEN, built_demo_store

schemathesis = pytest.importorskip("schemathesis")


@pytest.fixture(scope="module")
def live_app(data, tmp_path_factory):
    """The app the live server serves, over a private copy of the demo store."""
    from service.settings import Settings
    from server import create_app

    store = tmp_path_factory.mktemp("live") / "store.gpkg"
    shutil.copy(built_demo_store(data, tmp_path_factory), store)
    return create_app(Settings(data_dir=str(data.root), store_path=str(store), write_token=TOKEN,
                               max_upload_bytes=1_000_000))


@pytest.fixture(scope="module")
def live(live_app):
    """The service on a free loopback port (:func:`live_app`)."""
    from incmap.serve import make_server

    app = live_app
    server = make_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.effective_port}"
    try:
        yield base
    finally:
        server.close()
        thread.join(timeout=5)


def test_the_page_and_its_assets(live):
    page = requests.get(live + "/", headers={"Accept": "text/html"}, timeout=30)  # a browser
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    # Every local script and stylesheet the page names is served from /static.
    import re

    assets = set(re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text))
    assert assets, "the page loads its assets from /static"
    for asset in sorted(assets):
        assert requests.get(live + asset, timeout=30).status_code == 200, asset


def test_api_over_http(live):
    with requests.Session() as http:  # keep-alive, as a browser would
        landing = http.get(live + "/?f=json", timeout=30).json()
        assert any(l["href"] == f"{live}/openapi.json" for l in landing["links"])
        answer = http.get(live + "/api/control", params={"lat": 36.5049, "lon": 37.4812,
                                                         "date": "2023-07-09"}, timeout=30)
        assert answer.status_code == 200 and answer.json()["force"] == "SNA"
        bad = http.get(live + "/api/control", params={"lat": "north", "lon": 37}, timeout=30)
        assert bad.status_code == 400
        assert bad.headers["Content-Type"] == "application/problem+json"
        assert "lat" in bad.json()["detail"]
        export = http.get(live + "/export/landmines.geojson", timeout=60)
        assert export.status_code == 200 and export.json()["type"] == "FeatureCollection"
        assert "attachment" in export.headers["Content-Disposition"]
        nxt = http.get(live + "/collections/incidents/items?limit=5", timeout=30).json()
        link = [l["href"] for l in nxt["links"] if l["rel"] == "next"][0]
        assert link.startswith(live) and http.get(link, timeout=30).json()["numberReturned"] == 5


def test_a_large_page_is_sent_whole_from_its_bytes(live, live_app):
    """A page past server.LARGE_BODY is handed to waitress as a file over its bytes
    (server.BodyView, no copy): over HTTP it is the service core's answer, byte for byte
    (timeStamp aside), with its Content-Length; HEAD gives the length and no body; a small
    answer is sent as before."""
    import re

    from server import LARGE_BODY

    path = "/api/incidents?limit=2000&offset=3"
    # werkzeug's file wrapper: the bytes as before; the same host, so the same links
    core = live_app.test_client().get(path, base_url=live)
    assert core.status_code == 200 and len(core.data) > LARGE_BODY
    stamp = re.compile(rb'"timeStamp":"[^"]*"')
    with requests.Session() as http:
        for _ in range(2):  # the connection is kept and serves the next answer whole
            page = http.get(live + path, timeout=60)
            assert page.status_code == 200
            assert page.headers["Content-Length"] == str(len(page.content))
            assert page.headers["Content-Type"] == "application/geo+json"
            assert page.headers["X-Content-Type-Options"] == "nosniff"
            assert stamp.sub(b"", page.content) == stamp.sub(b"", core.data)
        head = http.head(live + path, timeout=60)
        assert head.status_code == 200 and head.content == b""
        assert head.headers["Content-Length"] == str(len(core.data))
        small = http.get(live + "/api/incidents?limit=1", timeout=30)
        assert small.headers["Content-Length"] == str(len(small.content)) and \
            len(small.content) < LARGE_BODY and small.json()["numberReturned"] == 1


def test_exports_are_streamed_over_http(live, data):
    """An export is sent as it is made (chunked, no length known ahead), whole; a client that
    goes away mid-file frees its export slot."""
    import csv
    import io

    with requests.get(live + "/export/incidents.csv", stream=True, timeout=120) as resp:
        assert resp.status_code == 200
        assert resp.headers.get("Transfer-Encoding") == "chunked"
        assert "Content-Length" not in resp.headers
        body = b"".join(resp.iter_content(chunk_size=None))
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    count = requests.get(live + "/api/incidents?limit=1", timeout=30).json()["numberMatched"]
    assert len(rows) == 2 + count and rows[1][0].startswith("#")
    for _ in range(6):  # more than the exports allowed at once, each dropped after its start
        with requests.get(live + "/export/incidents.kml", stream=True, timeout=120) as resp:
            assert resp.status_code == 200
            next(resp.iter_content(chunk_size=1024))
    again = requests.get(live + "/export/incidents.geojson", timeout=120)
    assert again.status_code == 200 and len(again.json()["features"]) == count


def test_writes_over_http(live):
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [37.4812, 36.5049]},
               "properties": {"id": "live:1", "date": "2023-07-20", "category": "killing",
                              "killed": 1, "victim_names": "Live Test Name"}}
    body = json.dumps({"type": "FeatureCollection", "features": [feature]})
    denied = requests.post(live + "/api/incidents", data=body, timeout=30)
    assert denied.status_code == 401 and denied.headers["WWW-Authenticate"].startswith("Bearer")
    made = requests.post(live + "/api/incidents", data=body, headers=AUTH, timeout=60)
    assert made.status_code == 201, made.text
    public = requests.get(live + "/api/incidents/live:1", timeout=30).text
    assert "Live Test Name" not in public
    assert "Live Test Name" in requests.get(live + "/api/incidents/live:1", headers=AUTH,
                                            timeout=30).text
    too_big = requests.post(live + "/api/import?format=csv", data=b"x" * 2_000_000, headers=AUTH,
                            timeout=60)
    assert too_big.status_code == 413
    assert too_big.headers["Content-Type"] == "application/problem+json"
    assert requests.delete(live + "/api/incidents/live:1", headers=AUTH, timeout=30).status_code == 204


@pytest.fixture(scope="module")
def schema(live):
    return schemathesis.openapi.from_url(live + "/openapi.json")


def test_schemathesis_finds_no_server_error(live, schema):
    """Every operation, a few generated requests each (with the token, so writes run too)."""
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import not_a_server_error

    failures = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @given(case=operation.as_strategy())
        @settings(max_examples=4, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def run(case):
            case.call_and_validate(base_url=live, headers=AUTH, timeout=120,
                                   checks=[not_a_server_error])

        try:
            run()
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - collect all, then report
            failures.append(f"{operation.method.upper()} {operation.path}: {exc}")
    assert operations >= 20
    assert not failures, "\n\n".join(failures)


def test_control_answers_conform_to_their_schema(live, schema):
    """GET /api/control: every generated answer matches the documented response schema."""
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import (content_type_conformance, not_a_server_error,
                                     response_schema_conformance, status_code_conformance)

    operation = schema["/api/control"]["GET"]

    @given(case=operation.as_strategy())
    @settings(max_examples=25, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(base_url=live, timeout=60, checks=[
            not_a_server_error, status_code_conformance, content_type_conformance,
            response_schema_conformance])

    run()


def test_incmap_serve_command(data, tmp_path, tmp_path_factory):
    """The real command: starts waitress, answers, and says where it listens."""
    import socket
    import subprocess
    import sys
    import time

    store = tmp_path / "store.gpkg"
    shutil.copy(built_demo_store(data, tmp_path_factory), store)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tmp_path / "serve.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "incmap", "--data", str(data.root), "serve",
                                 "--store", str(store), "--port", str(port), "--threads", "2"],
                                stdout=out, stderr=out)
    try:
        deadline = time.time() + 120
        while True:
            try:
                r = requests.get(f"http://127.0.0.1:{port}/api/control?lat=35.94&lon=36.63"
                                 "&date=2023-07-04", timeout=5)
                if r.status_code != 503:
                    break
                # It answers at once, and says so while it loads its data in the background.
                assert r.json()["type"].endswith("warming-up") and r.headers["Retry-After"]
                assert time.time() < deadline, log.read_text()
                time.sleep(0.5)
            except requests.ConnectionError:
                assert proc.poll() is None, log.read_text()
                assert time.time() < deadline, log.read_text()
                time.sleep(0.5)
        assert r.status_code == 200 and r.json()["force"] == "HTS_OPP"  # al-Bara, Jabal al-Zawiya
        assert f"http://127.0.0.1:{port}" in log.read_text()
        assert "read-only" in log.read_text()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_incmap_serve_with_a_bad_data_directory_says_so(tmp_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "incmap", "serve", "--data", str(tmp_path / "nowhere"),
                          "--store", str(tmp_path / "s.gpkg"), "--port", "0"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert "nowhere" in out.stderr and "Traceback" not in out.stderr


def test_incmap_serve_refuses_a_missing_store(data, tmp_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "incmap", "--data", str(data.root), "serve",
                          "--store", str(tmp_path / "typo.gpkg"), "--port", "0"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and "no incident store" in out.stderr
    assert not (tmp_path / "typo.gpkg").exists()


def test_incmap_serve_on_a_taken_port_says_so(data, tmp_path):
    import socket
    import subprocess
    import sys

    from geo.store import open_store

    store = tmp_path / "s.gpkg"
    open_store(store).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = subprocess.run([sys.executable, "-m", "incmap", "--data", str(data.root), "serve",
                              "--store", str(store), "--port", str(port)],
                             capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in out.stderr and "--port" in out.stderr
