"""The store's reads without an object per row, and the streamed exports made from them.

On a real store in both backends (the SNHR July 2023 report, whose records name their
victims, and the ACLED file, linked into events: ``test_linking.both_sources``): the records
read column by column (``store.select``) are what the Incident objects give, their public
form is :func:`geo.privacy.public_form`'s record by record, and a streamed export is the
file the Incident objects make, whatever the chunk size.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import sqlite3
import tempfile
from pathlib import Path

import pytest
from test_linking import both_sources  # noqa: F401 (a fixture)

from geo.export import export_bytes, public_features_json, record_features
from geo.privacy import public_form
from geo.store import sqlfeatures, sqlread
from service.app import API
from service.core import Request, Stream
from service.features import COLLECTIONS
from service.settings import Settings


def as_json(value):
    """What a client sees (lists and tuples alike)."""
    return json.loads(json.dumps(value))


SELECTIONS = ({}, {"all_records": True}, {"dataset": "snhr", "order": "-killed"},
              {"category": "landmine", "limit": 3, "offset": 1}, {"order": "-date", "limit": 40})


@pytest.mark.parametrize("filters", SELECTIONS)
def test_records_are_what_the_incidents_give(both_sources, filters):  # noqa: F811
    store, _ = both_sources
    incidents = store.query(**filters)
    records = store.select(**filters).records()
    assert len(records) == len(incidents) > 0
    assert as_json(records.items) == as_json([i.to_dict(include_names=True) for i in incidents])
    assert records.starts == [i.date_interval[0].isoformat() for i in incidents]
    assert records.ends == [i.date_interval[1].isoformat() for i in incidents]
    # The public form, made column by column, is the one each Incident gives.
    key = store.id_key
    assert as_json(records.public(key)) == as_json([i.public(key) for i in incidents])


def test_the_public_form_withholds_the_names_it_reads(both_sources):  # noqa: F811
    store, _ = both_sources
    records = store.select(dataset="snhr", all_records=True).records()
    named = [r for r in records.items if r["victim_names"]]
    assert len(named) >= 5  # the report names victims
    text = json.dumps(records.public(store.id_key), ensure_ascii=False)
    for r in named:
        for name in r["victim_names"]:
            assert name not in text
    assert "[name withheld]" in text
    # The linked records are named by their public ids, as the store keeps them.
    linked = [p for p in records.public(store.id_key) if p["linked_ids"]]
    assert linked and all(store.get_public(x) is not None for p in linked for x in p["linked_ids"])


def test_chunks_selections_by_fid_and_provenance(both_sources):  # noqa: F811
    store, _ = both_sources
    selection = store.select(all_records=True, order="-date", provenance=True)
    whole = selection.records()
    parts = list(selection.chunks(4))
    assert len(parts) == math.ceil(len(whole) / 4) > 2
    assert [r for part in parts for r in part.items] == whole.items
    # Rows read by fid come in the order given.
    fids = selection.fids[::-1]
    assert store.select_fids(fids).records().items == whole.items[::-1]
    # Provenance counted while selecting = counted by SQL = counted from the records.
    counted = selection.provenance()
    assert counted == store.select(all_records=True).provenance() == whole.provenance()
    assert {p["dataset"] for p in counted} == {"snhr", "acled"}
    assert sum(p["incidents"] for p in counted) == len(whole)


def test_arrays_are_the_columns_of_the_incidents(both_sources):  # noqa: F811
    store, _ = both_sources
    a = store.arrays(columns=("fid", "lon", "lat", "killed", "category"), order="date",
                     dataset="snhr")
    incidents = store.query(dataset="snhr", order="date")
    assert a["fid"].dtype.kind == "i" and len(a["fid"]) == len(incidents)
    assert a["killed"].tolist() == [i.killed for i in incidents]
    assert a["category"].tolist() == [i.category for i in incidents]
    for lon, inc in zip(a["lon"].tolist(), incidents):
        assert (math.isnan(lon) and inc.lon is None) or lon == inc.lon
    assert store.select_fids(a["fid"]).records().items == store.select(dataset="snhr").records().items


def test_a_row_edited_by_hand_is_made_public_one_by_one(both_sources):  # noqa: F811
    store, _ = both_sources
    (first,) = store.query(dataset="acled", limit=1)
    # Someone edits the store by hand (QGIS, psql): a control character and a name.
    store._run(store._conn(), "UPDATE incidents SET place_text = ?, victim_names = ? WHERE id = ?",
               ("Hanan\x07al-Dreib's house", json.dumps(["Hanan al-Dreib"]), first.id))
    (record,) = store.select(ids=[first.id]).records().items
    (links,) = store.select(ids=[first.id]).records().links
    names = record["victim_names"]
    expected = public_form(record, names, key=store.id_key, links=links)
    (got,) = store.select(ids=[first.id]).records().public(store.id_key)
    assert as_json(got) == as_json(expected)
    assert "Hanan" not in json.dumps(got) and "\x07" not in json.dumps(got)


@pytest.mark.parametrize("filters", SELECTIONS)
def test_the_public_json_is_the_features_the_records_give(both_sources, filters):  # noqa: F811
    store, _ = both_sources
    key = store.id_key
    selection = store.select(**filters)
    made = json.loads(public_features_json(selection, key=key))
    assert made == as_json(record_features(selection.records(), key=key))
    chunks = list(selection.public_json(size=7))
    written = sum(p is not None for c in chunks for p in c.properties)
    left = sum(len(c.rest) for c in chunks)
    assert written + left == len(made) > 0
    if store.JSON_FUNCTIONS:  # SQLite writes the plain records; named or linked ones are not
        assert written > 0
        assert all(store.get(r["id"]).victim_names or store.get(r["id"]).event_id
                   for c in chunks for r in c.rest.items)


def test_the_public_json_leaves_a_hand_edited_row_to_python(both_sources):  # noqa: F811
    store, _ = both_sources
    rows = store.query(dataset="acled", limit=3, all_records=True)
    # Edited by hand: a control character, a C1 one in the notes, a text in a number column
    # (which only SQLite keeps).
    edits = (("place_text", "Deir\x07Hafer"), ("notes", "x\u0085y"),
             *((("killed", "two"),) if store.JSON_FUNCTIONS else ()))
    for (column, value), inc in zip(edits, rows):
        store._run(store._conn(), f"UPDATE incidents SET {column} = ? WHERE id = ?",
                   (value, inc.id))
    selection = store.select(ids=[i.id for i in rows], all_records=True)
    made = json.loads(public_features_json(selection, key=store.id_key))
    assert made == as_json(record_features(selection.records(), key=store.id_key))
    text = json.dumps(made)
    assert "\\u0007" not in text and "\\u0085" not in text
    assert ("two" in text) == store.JSON_FUNCTIONS
    assert all(p is None for c in selection.public_json() for p in c.properties)


def test_only_the_rows_holding_a_control_character_are_left_to_python(both_sources):  # noqa: F811
    store, _ = both_sources
    rows = store.query(all_records=True)
    assert len(rows) > 12
    # Among many plain rows: a non-breaking space and an e-acute (bytes a C1 character's
    # UTF-8 starts with: C2, C3), a DEL, a C1 character and an escaped C0 one.
    edits = {2: "Deir\u00a0Hafer", 3: "D\u00e9ir Hafer", 5: "x\x7fy", 8: "x\u0085y",
             11: "Deir\x07Hafer"}
    for k, text in edits.items():
        store._run(store._conn(), "UPDATE incidents SET notes = ? WHERE id = ?", (text, rows[k].id))
    selection = store.select(ids=[i.id for i in rows], all_records=True)
    made = json.loads(public_features_json(selection, key=store.id_key))
    assert made == as_json(record_features(selection.records(), key=store.id_key))
    if store.JSON_FUNCTIONS:
        (chunk,) = list(selection.public_json())
        by_id = {i.id: k for k, i in enumerate(rows)}
        left = {by_id[r["id"]] for r in chunk.rest.items}
        assert left == {5, 8, 11} | {k for k, i in enumerate(rows) if i.event_id or i.victim_names}


# --------------------------------------------------------------------------- stored features

def _stored(store) -> dict:
    """The public feature texts the store keeps, by fid."""
    return {int(f): bytes(t) for f, t in store._run(
        store._conn(), f"SELECT fid, feature FROM {sqlfeatures.FEATURES}").fetchall()}


def test_each_record_of_no_event_keeps_its_public_feature(both_sources):  # noqa: F811
    store, _ = both_sources
    key = store.id_key
    conn = store._conn()
    plain = {int(f) for (f,) in store._run(conn, "SELECT fid FROM incidents WHERE event_id IS NULL")}
    rows = store._run(conn, "SELECT count(*) FROM incidents").fetchone()[0]
    stored = _stored(store)
    # Kept for every record of no linked event (whose linked ids change with the others').
    assert set(stored) == plain and 0 < len(plain) < rows
    fids = sorted(stored)
    assert [stored[f] for f in fids] == sqlfeatures.feature_texts(store, fids, key)
    # Joined in the order asked, whatever it is (by the database when it can).
    backwards = store.select_fids(fids[::-1])
    assert backwards.public_features_joined(key) == \
        b",".join(sqlfeatures.feature_texts(store, fids[::-1], key))
    # Made by the public form: the victims the report names are in none of them.
    named = [r for r in store.select(dataset="snhr", all_records=True).records().items
             if r["victim_names"]]
    text = b"".join(stored.values()).decode("utf-8")
    assert named and "[name withheld]" in text
    assert not any(name in text for r in named for name in r["victim_names"])
    # A page: the stored texts and the ones made now, in the page's order.
    selection = store.select(all_records=True, order="-killed")
    assert json.loads(public_features_json(selection, key=key)) == \
        as_json(record_features(selection.records(), key=key))


PAGES = ({"limit": 10000}, {"limit": 25, "offset": 7}, {"order": "-killed", "limit": 60},
         {"dataset": "acled", "order": "-date", "limit": 500, "offset": 3},
         {"all_records": True, "order": "id", "limit": 40, "offset": 30},
         {"category": "landmine", "limit": 3}, {"dataset": "snhr", "limit": 5, "offset": 10**6})


@pytest.mark.parametrize("page", PAGES)
def test_a_page_is_joined_in_the_statement_that_selects_it(both_sources, page):  # noqa: F811
    store, _ = both_sources
    key = store.id_key
    selection = store.select(**page)
    joined = selection.public_features_joined(key)
    # The page's own rows, read by fid and made one by one, in its order.
    fids = store.arrays(columns=("fid",), **{"order": "date", **page})["fid"]
    assert joined == b",".join(sqlfeatures.feature_texts(store, fids.tolist(), key))
    assert len(selection) == len(fids) and list(selection.fids) == list(fids)
    # Another key (an answer with other public ids): every text made now.
    other = store.select(**page).public_features_joined(b"another key")
    assert other == b",".join(sqlfeatures.feature_texts(store, fids.tolist(), b"another key"))


def test_a_page_of_stored_texts_reads_no_fid_on_a_geopackage(both_sources):  # noqa: F811
    store, _ = both_sources
    key = store.id_key
    plain = [i.id for i in store.query(all_records=True) if i.event_id is None]
    assert len(plain) >= 5
    for order in ("date", "-killed", "id"):
        page = {"ids": plain, "all_records": True, "order": order, "limit": len(plain) - 1,
                "offset": 1}
        fids = store.arrays(columns=("fid",), **page)["fid"]
        selection = store.select(**page)
        assert selection.public_features_joined(key) == \
            b",".join(sqlfeatures.feature_texts(store, fids.tolist(), key))
        # Joined in the statement that selects the page (PostGIS reads the fids first).
        assert (selection._fids is None) == bool(store.JSON_FUNCTIONS)
        assert len(selection) == len(fids) == len(plain) - 1


def test_a_kept_count_follows_every_change_of_the_store(both_sources):  # noqa: F811
    store, target = both_sources
    from geo.store import open_store

    window = {"start": "2023-07-01", "end": "2023-07-31"}
    asked = store.count(**window)
    assert asked == store.count(**window) == len(store.query(**window)) > 2
    # A write through this store...
    first, second = store.query(**window, limit=2)
    store.delete(first.id)
    assert store.count(**window) == len(store.query(**window)) == asked - 1
    # ... through another (another connection: another process, QGIS)...
    other = open_store(target)
    other.delete(second.id)
    assert store.count(**window) == len(store.query(**window)) == asked - 2
    other.close()
    # ... and a hand edit on this store's own connection.
    third = store.query(**window, limit=1)[0]
    store._run(store._conn(), "UPDATE incidents SET date = ?, date_start = NULL, date_end = NULL "
                              "WHERE id = ?", ("2011-03-15", third.id))
    assert store.count(**window) == len(store.query(**window)) == asked - 3


def test_a_hand_edit_drops_the_stored_feature_until_the_next_write(both_sources):  # noqa: F811
    store, _ = both_sources
    key = store.id_key
    inc = next(i for i in store.query(dataset="acled", all_records=True) if i.event_id is None)
    fid = int(store.select(ids=[inc.id], all_records=True).fids[0])
    assert fid in _stored(store)
    # Someone names a victim by hand (QGIS, psql): the trigger drops the text made before.
    store._run(store._conn(), "UPDATE incidents SET victim_names = ?, notes = ? WHERE id = ?",
               (json.dumps(["Hanan al-Dreib"]), "Hanan al-Dreib was killed", inc.id))
    assert fid not in _stored(store)
    page = public_features_json(store.select(ids=[inc.id], all_records=True), key=key)
    assert b"Hanan" not in page and b"[name withheld] was killed" in page
    # The next write makes the texts of the rows changed since (here: a deletion).
    other = store.query(dataset="snhr", limit=1, all_records=True)[0]
    store.delete(other.id)
    assert _stored(store)[fid] == page[1:-1]


def test_texts_of_another_public_form_are_never_served(both_sources):  # noqa: F811
    store, target = both_sources
    from geo.store import open_store

    key = store.id_key
    inc = next(i for i in store.query(dataset="acled", all_records=True) if i.event_id is None)
    selection = store.select(ids=[inc.id], all_records=True)
    right = public_features_json(selection, key=key)
    # Texts made by an older redaction (stamped with its version): not read...
    conn = store._conn()
    store._run(conn, "UPDATE incmap_meta SET value = ? WHERE name = 'public_features'", ("0.0",))
    store._run(conn, f"UPDATE {sqlfeatures.FEATURES} SET feature = ?", (b'{"stale":1}',))
    reader = open_store(target, readonly=True)
    assert public_features_json(reader.select(ids=[inc.id], all_records=True), key=key) == right
    # (a page too: its texts joined where it is selected, the stamp read in that statement)
    assert public_features_json(reader.select(ids=[inc.id], all_records=True, limit=5),
                                key=key) == right
    # ... and made again when the store is opened for writing.
    writer = open_store(target)
    assert b"stale" not in b"".join(_stored(writer).values())
    assert public_features_json(writer.select(ids=[inc.id], all_records=True), key=key) == right
    for s in (reader, writer):
        s.close()


def test_a_store_written_before_the_texts_gets_them_when_opened_for_writing(tmp_path):
    from geo.incident import Incident
    from geo.store import open_store

    path = tmp_path / "old.gpkg"
    store = open_store(path)
    store.add_many([Incident(date=dt.date(2017, 3, d), category="killing", killed=d,
                             lon=36.2 + d / 100, lat=36.1, dataset="t", source_id=str(d),
                             victim_names=["Hanan al-Dreib"] if d == 2 else [])
                    for d in (1, 2, 3)])
    # As a version before them wrote it: no tables, no triggers, no stamp.
    conn = store._conn()
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                "name LIKE 'incmap_public%'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(f"DROP TABLE {sqlfeatures.FEATURES}")
    conn.execute(f"DROP TABLE {sqlfeatures.PENDING}")
    conn.execute("DELETE FROM incmap_meta WHERE name = 'public_features'")
    store.close()
    reader = open_store(path, readonly=True)  # read-only: nothing made, every text made now
    made = public_features_json(reader.select(), key=reader.id_key)
    assert b"Hanan" not in made and len(json.loads(made)) == 3
    reader.close()
    writer = open_store(path)
    stored = _stored(writer)
    assert len(stored) == 3 and b",".join(stored[f] for f in sorted(stored)) == made[1:-1]
    writer.close()


# --------------------------------------------------------------------------- streamed exports

@pytest.fixture
def api(both_sources, data):  # noqa: F811
    store, target = both_sources
    return API(Settings(data_dir=str(data.root), store_path=target, max_concurrent_exports=1))


@pytest.mark.parametrize("fmt", ["csv", "geojson", "kml"])
def test_a_streamed_export_is_the_file_the_incidents_make(api, fmt, monkeypatch):
    monkeypatch.setattr(sqlread, "CHUNK", 4)  # many chunks: each seam must not show
    store = api.store
    res = api.export(Request(path=f"/export/incidents.{fmt}", params={"all_records": "true"}),
                     "incidents", fmt)
    assert res.status == 200 and isinstance(res.body, Stream)
    pieces = list(res.body)
    assert len(pieces) > 3
    body = b"".join(pieces)
    made = export_bytes(store.query(all_records=True), fmt, gazetteer=api.gazetteer,
                        control_index=api.control_index, layer="incidents",
                        title=COLLECTIONS["incidents"]["title"],
                        key=store.id_key, query={"all_records": "true"})
    if fmt == "geojson":
        ours, theirs = json.loads(body), json.loads(made)
        assert ours["features"] == theirs["features"] and len(ours["features"]) == store.count(
            all_records=True)
        ours["metadata"].pop("generated"), theirs["metadata"].pop("generated")
        assert ours["metadata"] == theirs["metadata"]
    else:
        assert body == made
    if fmt == "csv":
        assert len(list(csv.reader(io.StringIO(body.decode())))) == 2 + store.count(all_records=True)
    if fmt == "kml":
        assert body.count(b"<Placemark ") == store.count(all_records=True)


def test_a_streamed_geopackage_holds_every_incident(api, tmp_path, monkeypatch):
    monkeypatch.setattr(sqlread, "CHUNK", 5)
    import pyogrio

    res = api.export(Request(path="/export/incidents.gpkg", params={"circles": "true"}),
                     "incidents", "gpkg")
    path = tmp_path / "x.gpkg"
    path.write_bytes(res.read())
    count = api.store.count()
    for layer in ("incidents", "incidents_uncertainty"):
        frame = pyogrio.read_dataframe(path, layer=layer)
        assert len(frame) == count and frame["id"].is_unique
        assert "OCHA" in pyogrio.read_info(path, layer=layer)["layer_metadata"]["attribution"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # Each layer's spatial index holds each placed incident.
    assert conn.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone()[0] == \
        conn.execute("SELECT count(*) FROM incidents WHERE geom IS NOT NULL").fetchone()[0] > 0


def _export_files() -> set:
    return set(Path(tempfile.gettempdir()).glob("incmap-export-*"))


def test_the_export_slot_is_held_until_the_file_is_sent(api):
    before = _export_files()
    req = Request(path="/export/incidents.gpkg", params={})
    first = api.export(req, "incidents", "gpkg")
    assert first.status == 200
    assert api.export(req, "incidents", "gpkg").status == 429  # one at a time here
    pieces = iter(first.body)
    next(pieces)  # the file is being sent...
    assert api.export(req, "incidents", "gpkg").status == 429
    assert _export_files() - before  # ...from its temporary file
    first.body.close()  # the client went away
    assert _export_files() == before  # the temporary file is gone
    second = api.export(req, "incidents", "csv")
    assert second.status == 200 and second.read().count(b"\n") == 2 + api.store.count()
    assert api.export(req, "incidents", "csv").status == 200  # read to the end: freed


def test_incmap_export_streams_and_counts(both_sources, data, tmp_path):  # noqa: F811
    from click.testing import CliRunner

    from incmap import cli

    store, target = both_sources
    for name in ("all.geojson", "all.csv"):
        out = tmp_path / name
        result = CliRunner().invoke(cli, ["--data", str(data.root), "--store", target, "export",
                                          "incidents", "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert f"{store.count()} incidents" in result.output
        assert out.stat().st_size > 1000
    doc = json.loads((tmp_path / "all.geojson").read_text(encoding="utf-8"))
    assert len(doc["features"]) == doc["metadata"]["count"] == store.count()
