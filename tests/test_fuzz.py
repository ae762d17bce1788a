"""Fuzzing the public API and the importers (issue 17): no input gives a server error.

Hypothesis draws requests for every route of service/routes.py (known and unknown parameters,
hostile text with control characters, huge and malformed numbers, random JSON and bytes as
bodies, with and without the write token) and files for every importer. A request may be
refused (4xx) and a file may be an InputError naming its line; nothing may be a 5xx or an
unhandled exception. Bounded in examples and time so it stays a few seconds in the suite.
"""

from __future__ import annotations

import json
import shutil
import urllib.parse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.errors import InputError
from geo.importers import read_file
from geo.importers.acled import REQUIRED as ACLED_REQUIRED
from geo.importers.project import CSV_COLUMNS
from geo.importers.ucdp import REQUIRED as UCDP_REQUIRED
from service.routes import ROUTES
from tests.test_api import AUTH, demo_store, make_app  # noqa: F401 (fixture)

FUZZ = settings(max_examples=80, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])

# Text as an attacker writes it: control characters, bidi marks, Arabic, huge runs, formulas.
_ALPHABET = st.sampled_from(list("aZ09 ,;:-_./%#&=+@'\"<>\\\t\r\n\x00\x07\x1b\x7f\x85\u202e"
                                 "\u00a0\ufeffحنان\U0001f680") + ["\ud800"])
TEXT = st.one_of(
    st.text(_ALPHABET, max_size=40),
    st.sampled_from(["", "-1", "1e309", "nan", "inf", "99999999999999999999", "2023-02-30",
                     "36.5,35.5,37,36", "1,2,3", "..", "2023-07-01/..", "SY02", "C1767",
                     "massacre", "GOV", "' OR 1=1 --", "x" * 2000, "[" * 200, "%00", "0"]),
    st.integers(-10**20, 10**20).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats() | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12)
_FEATURE_KEYS = st.sampled_from(list(CSV_COLUMNS) + ["type", "geometry", "properties", "zzz"])
FEATURE = st.fixed_dictionaries({
    "type": st.sampled_from(["Feature", "FeatureCollection", "Point", 7]),
    "geometry": st.one_of(st.none(), st.fixed_dictionaries({
        "type": st.sampled_from(["Point", "Polygon"]),
        "coordinates": st.lists(st.one_of(st.floats(), st.integers(), TEXT), max_size=3)})),
    "properties": st.dictionaries(_FEATURE_KEYS, st.one_of(TEXT, JSON), max_size=8),
})
BODY = st.one_of(FEATURE.map(json.dumps), JSON.map(lambda d: json.dumps(d)),
                 st.binary(max_size=200), st.just("[" * 100 + "]" * 100))
# A URL carries bytes: a lone surrogate cannot be sent (JSON bodies carry it escaped).
URL_TEXT = TEXT.map(lambda s: s.replace("\ud800", "\ufffd"))

_PARAMS = sorted({p for r in ROUTES for p in r.params} | {"f", "q", "lat", "lon", "date", "zzz"})
PARAMS = st.dictionaries(st.sampled_from(_PARAMS) | URL_TEXT, URL_TEXT, max_size=5)


@pytest.fixture(scope="module")
def fuzz_client(data, demo_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "store.gpkg"
    shutil.copy(demo_store, path)
    app = make_app(data, path, max_upload_bytes=200_000, max_export=200)
    return app.test_client()


def _path(route, values: list[str]) -> str:
    out = route.path
    for name, value in zip(route.path_params, values):
        out = out.replace("{" + name + "}", urllib.parse.quote(value, safe="") or "x")
    return out


@FUZZ
@given(route=st.sampled_from(ROUTES), path_values=st.lists(URL_TEXT, min_size=2, max_size=2),
       params=PARAMS, body=BODY, auth=st.booleans())
def test_no_request_gives_a_server_error(fuzz_client, route, path_values, params, body, auth):
    url = _path(route, path_values)
    resp = fuzz_client.open(url, method=route.method.upper(), query_string=params,
                            data=body if route.method in ("post", "put") else None,
                            headers=AUTH if auth else {})
    assert resp.status_code < 500, (route.method, url, params, resp.get_data(as_text=True)[:300])


_IMPORTERS = {
    "csv": list(CSV_COLUMNS),
    "ucdp": list(UCDP_REQUIRED) + ["deaths_civilians", "side_a", "where_coordinates",
                                  "source_headline", "date_end", "country"],
    "acled": list(ACLED_REQUIRED) + ["notes", "actor1", "location", "source"],
}


@FUZZ
@given(fmt=st.sampled_from(sorted(_IMPORTERS)), data=st.data())
def test_no_csv_file_crashes_an_importer(tmp_path_factory, fmt, data):
    columns = data.draw(st.lists(st.sampled_from(_IMPORTERS[fmt]), min_size=1, max_size=12,
                                 unique=True))
    rows = data.draw(st.lists(st.lists(TEXT, min_size=len(columns), max_size=len(columns)),
                              max_size=4))
    import csv
    import io

    out = io.StringIO()
    csv.writer(out).writerows([columns, *rows])
    path = tmp_path_factory.mktemp("csv") / f"fuzz.{fmt}.csv"
    path.write_text(out.getvalue(), encoding="utf-8", errors="surrogatepass")
    try:
        read_file(path, fmt, lenient=data.draw(st.booleans()))
    except InputError:
        pass


@FUZZ
@given(doc=st.one_of(st.fixed_dictionaries({"type": st.just("FeatureCollection"),
                                            "features": st.lists(FEATURE, max_size=3)}), JSON))
def test_no_geojson_file_crashes_the_importer(tmp_path_factory, doc):
    path = tmp_path_factory.mktemp("gj") / "fuzz.geojson"
    path.write_text(json.dumps(doc), encoding="utf-8", errors="surrogatepass")
    try:
        read_file(path, "geojson")
    except InputError:
        pass
