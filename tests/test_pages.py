"""Pages of ``/api/incidents`` (and the OGC items): the answer made from the stored feature
texts is, byte for byte, the collection of the features made one by one; a deep
page starts from a kept key and holds the rows the offset names; the window index is ordered
as pages are, in both backends and in a store written before it was.

On a real store in both backends (the SNHR July 2023 report and the ACLED file, linked into
events: ``test_linking.both_sources``).
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from test_linking import both_sources  # noqa: F401 (a fixture)
from test_store import incidents

import service.incidents as service_incidents
from geo.export import incident_feature
from geo.store import gpkg, open_store
from geo.store.schema import WINDOW_INDEX, WINDOW_INDEX_4
from service.app import API
from service.core import Request, encode
from service.settings import Settings

STAMP = "2026-01-01T00:00:00Z"

# Page kinds: filters, a box, windows, limits and offsets (deep ones continue from kept keys:
# KEYSET_FROM is lowered below), on both routes.
KINDS = [
    ("/api/incidents", {}),
    ("/api/incidents", {"limit": "10000"}),
    ("/api/incidents", {"datetime": "2023-07-01/2023-07-31", "limit": "4"}),
    ("/api/incidents", {"datetime": "2023-07-01/2023-07-31", "limit": "4", "offset": "4"}),
    ("/api/incidents", {"datetime": "2023-07-01/2023-07-31", "limit": "4", "offset": "8"}),
    ("/api/incidents", {"datetime": "2023-07-01/2023-07-31", "limit": "3", "offset": "5"}),
    ("/api/incidents", {"datetime": "2023-07-11", "limit": "5"}),
    ("/api/incidents", {"datetime": "../2023-07-15", "limit": "3", "offset": "3"}),
    ("/api/incidents", {"bbox": "36,35,38,37", "limit": "3", "offset": "3"}),
    ("/api/incidents", {"bbox": "35.5,32.2,42.5,37.4", "datetime": "2023-07-01/..",
                        "limit": "2", "offset": "4"}),
    ("/api/incidents", {"category": "landmine,killing", "limit": "2", "offset": "3"}),
    ("/api/incidents", {"dataset": "acled", "limit": "2", "offset": "3"}),
    ("/api/incidents", {"adm1": "SY02,SY07,SY09,SY11", "limit": "2", "offset": "4"}),
    ("/api/incidents", {"max_precision": "3", "limit": "3", "offset": "3"}),
    ("/api/incidents", {"victims": "children", "limit": "2", "offset": "3"}),
    ("/api/incidents", {"all_records": "true", "limit": "4", "offset": "6"}),
    ("/api/incidents", {"limit": "10", "offset": "1000000"}),
    ("/collections/incidents/items", {"limit": "3", "offset": "6"}),
    ("/collections/incidents/items", {"adm1_pcode": "SY02,SY07,SY09,SY11", "limit": "2",
                                      "offset": "3"}),
    ("/collections/landmines/items", {"limit": "1", "offset": "1"}),
]


@pytest.fixture
def api(both_sources, data, monkeypatch):  # noqa: F811
    store, target = both_sources
    monkeypatch.setattr(service_incidents, "now_utc", lambda: STAMP)
    monkeypatch.setattr(gpkg, "KEYSET_FROM", 3)  # every page past the third row continues
    return API(Settings(data_dir=str(data.root), store_path=target))


def _answer(api, path: str, params: dict):
    req = Request(path=path, params=params, base_url="http://x")
    if path == "/api/incidents":
        return api.incidents(req)
    return api.items(req, path.split("/")[2])


@pytest.mark.parametrize("path, params", KINDS)
def test_a_page_is_its_features_made_one_by_one(api, path, params):
    """The body, byte for byte, is orjson's of the collection whose features are made one by
    one from the Incident objects (the way the route was served before the stored texts);
    asked again (its count and its start kept), it is the same."""
    res = _answer(api, path, params)
    assert res.status == 200, res.read()
    body = res.read()
    doc = json.loads(body)
    store = api.store
    ids = [f["id"] for f in doc["features"]]
    made = [incident_feature(store.get_public(i) or store.get(i), key=store.id_key) for i in ids]
    assert encode({**doc, "features": made}) == body
    assert doc["numberReturned"] == len(ids) and doc["timeStamp"] == STAMP
    assert _answer(api, path, params).read() == body


def test_members_are_written_as_their_array_by_the_one_encoder():
    """``Members`` (a page's features joined by the database) is written as the array of its
    members: the same bytes as encoding the features themselves, next to a NUL in a text or a
    key (escaped by orjson, so never taken for the place of the members), none, or two of
    them, and through the standard library's encoder when orjson refuses the document."""
    import orjson

    from service.core import Members

    feats = [{"type": "Feature", "id": "a", "properties": {"name": "حلب", "k": 1.5}},
             {"type": "Feature", "id": "b\x00", "properties": None}]
    members = b",".join(orjson.dumps(f) for f in feats)
    doc = {"type": "FeatureCollection", "features": Members(members), "note\x00": "x\x00y",
           "more": Members(b""), "numberReturned": 2}
    want = {**doc, "features": feats, "more": []}
    assert encode(doc) == orjson.dumps(want)
    assert encode({"features": Members(b"")}) == b'{"features":[]}'
    big = {"features": Members(members), "numberMatched": 2**70}  # past 64 bits: not orjson
    assert json.loads(encode(big)) == {"features": feats, "numberMatched": 2**70}


def test_the_pages_of_a_query_are_its_rows_in_order(api):
    """Paging on through a query, two at a time: the pages hold every row of the query once,
    in the store's order, as one unpaged page gives them."""
    params = {"datetime": "2011-03-01/.."}
    whole = json.loads(_answer(api, "/api/incidents", {**params, "limit": "10000"}).read())
    ids, offset = [], 0
    while True:
        page = json.loads(_answer(api, "/api/incidents",
                                  {**params, "limit": "2", "offset": str(offset)}).read())
        ids += [f["id"] for f in page["features"]]
        if not any(link["rel"] == "next" for link in page["links"]):
            break
        offset += 2
    assert len(ids) == whole["numberMatched"] > 10
    assert ids == [f["id"] for f in whole["features"]]


@pytest.mark.parametrize("backend", ["gpkg"])  # PostgreSQL gives no cheap sign of a change
@pytest.mark.parametrize("order", ["date", "-date"])
def test_a_deep_page_starts_from_a_kept_key_until_the_file_changes(both_sources, order,
                                                                   monkeypatch):  # noqa: F811
    store, target = both_sources
    window = {"start": "2011-03-01", "end": "2030-12-31"}
    monkeypatch.setattr(gpkg, "KEYSET_FROM", 10**9)  # the offset skipped: the reference
    expected = [i.id for i in store.query(**window, order=order)]
    assert len(expected) > 10
    monkeypatch.setattr(gpkg, "KEYSET_FROM", 3)

    def page(offset, limit=3):
        return [i.id for i in store.query(**window, order=order, limit=limit, offset=offset)]

    for offset in (*range(3, len(expected) + 3, 3), 10, 7, 4, len(expected) - 1,
                   len(expected), 10**6, 10**6, 8):
        assert page(offset) == expected[offset:offset + 3], offset
    kept = store._kept()
    assert [v for k, v in kept.items() if k[0] == "page starts" and k[-1] == order] \
        and store._page_start(*store._paged(store._filters(None, window), order, None, 0)[:2],
                              order, 9) == kept_start(store, expected[9])
    # Another connection deletes a row: the kept starts are dropped with the kept counts.
    other = open_store(target)
    other.delete(expected[5])
    other.close()
    assert store._kept() == {}
    assert page(9) == (expected[:5] + expected[6:])[9:12]


def kept_start(store, incident_id: str) -> tuple[str, str]:
    """(date, id) of a stored incident, as a page's start is kept."""
    return tuple(store._conn().execute("SELECT date, id FROM incidents WHERE id = ?",
                                       (incident_id,)).fetchone())


def _page_plan(store) -> str:
    where, params, tail = store._paged(store._filters(None, {"start": "2016-01-01",
                                                           "end": "2017-12-31"}), "date", 3, 0)
    # The statement's own steps (parent 0), not its subqueries' (each event once).
    return " ".join(r[3] for r in store._conn().execute(
        f"EXPLAIN QUERY PLAN SELECT fid FROM incidents{where}{tail}", params).fetchall()
        if r[1] == 0)


def test_an_older_stores_window_index_is_ordered_as_pages_are_when_opened(tmp_path):
    """A GeoPackage store whose window index was made before it was ordered by (date, id) gets
    the new one when opened for writing: a page's rows come from it in order, not sorted;
    read-only, it pages as before, the same rows."""
    path = tmp_path / "old.gpkg"
    store = open_store(path)
    store.add_many(incidents())
    pages = [[i.id for i in store.query(limit=3, offset=k)] for k in range(8)]
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX idx_incidents_window")
    conn.execute(f"CREATE INDEX idx_incidents_window ON incidents ({', '.join(WINDOW_INDEX_4)})")
    conn.commit()
    conn.close()
    old = open_store(path, readonly=True)
    assert gpkg._index_columns(old._conn(), gpkg.WINDOW_INDEX_NAME) == WINDOW_INDEX_4
    assert "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY" in _page_plan(old)  # each day sorted
    assert [[i.id for i in old.query(limit=3, offset=k)] for k in range(8)] == pages
    old.close()
    again = open_store(path)
    assert gpkg._index_columns(again._conn(), gpkg.WINDOW_INDEX_NAME) == WINDOW_INDEX
    plan = _page_plan(again)
    assert "COVERING INDEX idx_incidents_window" in plan and "TEMP B-TREE" not in plan
    assert [[i.id for i in again.query(limit=3, offset=k)] for k in range(8)] == pages
    again.close()


@pytest.mark.parametrize("backend", ["postgis"])
def test_a_postgis_store_of_schema_5_gets_the_ordered_window_index(make_store):
    """Migration 6: a PostGIS store whose window index is migration 4's gets it ordered by
    (date, id) when opened, its pages the same."""
    import psycopg

    from geo.store.postgis import MIGRATIONS

    store = make_store("pages")
    store.add_many(incidents())
    pages = [[i.id for i in store.query(limit=3, offset=k)] for k in range(8)]
    url = store.url
    store.close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DELETE FROM incmap_schema WHERE version > 5")
        conn.execute("DROP INDEX incidents_window_idx")
        conn.execute(f"CREATE INDEX incidents_window_idx ON incidents "
                     f"({', '.join(WINDOW_INDEX_4)})")
    again = open_store(url)
    assert again.schema_version() == MIGRATIONS[-1][0] == 6
    with psycopg.connect(url, autocommit=True) as conn:
        (definition,) = conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND "
            "indexname = 'incidents_window_idx'").fetchone()
    assert f"({', '.join(WINDOW_INDEX)})" in definition
    assert [[i.id for i in again.query(limit=3, offset=k)] for k in range(8)] == pages
    again.close()


@pytest.mark.parametrize("backend", ["gpkg"])  # the kept keys are the GeoPackage store's
@pytest.mark.parametrize("order", ["date", "-date"])
def test_a_deep_page_in_a_time_window_is_read_from_its_key(both_sources, order,
                                                             monkeypatch):  # noqa: F811
    """A deep page of a time window bounds the window index by its key (date, id), not by the
    window's start: SQLite takes the first bound on date it meets, and with the window's own
    "date >= ?" first it walked every row from the window's start to the key (a page at offset
    29,000 of three years of 100,000 incidents: 14.6 ms, against 0.6 ms from the key)."""
    store, _ = both_sources
    monkeypatch.setattr(gpkg, "KEYSET_FROM", 3)
    window = store._filters(None, {"start": "2011-03-01", "end": "2030-12-31"})
    where, params, tail = store._paged(window, order, 3, 6)
    plan = " ".join(row[3] for row in store._conn().execute(
        f"EXPLAIN QUERY PLAN SELECT fid FROM incidents{where}{tail}", params))
    # "(date,id)>(?,?)" the lower bound, or in "-date" order the upper one, ahead of its rows
    bound = plan.split("USING COVERING INDEX idx_incidents_window (", 1)[1].split(")")[0]
    assert "(date,id" in bound, plan
    assert [i.id for i in store.query(start="2011-03-01", end="2030-12-31", order=order,
                                      limit=3, offset=6)] == \
        [i.id for i in store.query(start="2011-03-01", end="2030-12-31", order=order)][6:9]
