"""The UCDP GED extract in a PostGIS store: every event, idempotent, the same answers as a GeoPackage.

The extract (16,566 events) is imported once into PostGIS through the real import
pipeline; its records are then written as they are into a GeoPackage store, and the two
stores must agree on counts, statistics and exports, and the service answers from PostGIS.
"""

from __future__ import annotations

import json

import pytest

from geo.store import open_store

pytestmark = pytest.mark.slow
GED_EVENTS = 16_566


@pytest.fixture(scope="module")
def ucdp_stores(postgres_url, data, tmp_path_factory):
    import psycopg

    from geo.importers import import_file
    from geo.store.pgcluster import schema_url

    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute('DROP SCHEMA IF EXISTS "ucdp" CASCADE')
        conn.execute('CREATE SCHEMA "ucdp"')
    pg = open_store(schema_url(postgres_url, "ucdp"))
    first = import_file(data.path_of("ucdp"), "ucdp", pg, data=data)
    again = import_file(data.path_of("ucdp"), "ucdp", pg, data=data)
    gpkg = open_store(tmp_path_factory.mktemp("ucdp") / "ucdp.gpkg")
    gpkg.add_many(pg.query(all_records=True))
    yield pg, gpkg, first, again
    pg.close()
    gpkg.close()


def test_every_event_once_and_idempotent(ucdp_stores):
    pg, _, first, again = ucdp_stores
    assert first.rows == GED_EVENTS and first.result.added == GED_EVENTS
    assert (again.result.added, again.result.updated, again.result.unchanged) == (0, 0, GED_EVENTS)
    assert pg.count() == pg.count(all_records=True) == GED_EVENTS  # one dataset: nothing linked


@pytest.mark.parametrize("group_by", ["month,perpetrator,adm1", "year,category", "control",
                                      "adm3,cause", "day"])
def test_stats_equal_the_geopackage_store(ucdp_stores, group_by):
    pg, gpkg, _, _ = ucdp_stores
    assert pg.stats(group_by=group_by) == gpkg.stats(group_by=group_by)


@pytest.mark.parametrize("filters", [{}, {"adm1": "SY07", "start": "2017"},
                                     {"bbox": "36.0,35.0,37.5,36.5", "category": "massacre"},
                                     {"max_precision": 2, "control": "ISIS"}])
def test_queries_equal_the_geopackage_store(ucdp_stores, filters):
    pg, gpkg, _, _ = ucdp_stores
    assert pg.count(**filters) == gpkg.count(**filters) > 0
    assert pg.query(limit=200, order="-killed", **filters) == gpkg.query(limit=200, order="-killed",
                                                                           **filters)


@pytest.mark.parametrize("ext", ["geojson", "csv"])
def test_exports_equal_the_geopackage_store(ucdp_stores, data, ext):
    from service.app import API
    from service.core import Request
    from service.settings import Settings

    pg, gpkg, _, _ = ucdp_stores
    bodies = []
    for store in (pg, gpkg):
        api = API(Settings(data_dir=str(data.root)), store=store)
        exported = api.export(Request(path=f"/export/incidents.{ext}",
                                      params={"adm1": "SY02"}), "incidents", ext)
        assert exported.status == 200
        bodies.append(exported.read())
    if ext == "geojson":
        a, b = (json.loads(x) for x in bodies)
        assert len(a["features"]) > 1000 and a["features"] == b["features"]
    else:
        assert bodies[0] == bodies[1]


def test_the_service_answers_from_postgis(ucdp_stores, data):
    from server import create_app
    from service.app import API
    from service.settings import Settings

    pg, gpkg, _, _ = ucdp_stores
    api = API(Settings(data_dir=str(data.root)), store=pg)
    client = create_app(api.settings, api=api).test_client()
    doc = client.get("/api/incidents?adm1=SY07&limit=5").get_json()
    assert doc["numberMatched"] == gpkg.count(adm1="SY07") and len(doc["features"]) == 5
    stats = client.get("/api/stats?datetime=2017-01-01/2017-12-31").get_json()
    assert stats and client.get("/api/map/governorates?start=2017-01-01&end=2017-12-31").status_code == 200
