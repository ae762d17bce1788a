"""The features file beside a GeoPackage store (geo.store.featurefile): a page gathered from it
is the page read from the store, byte for byte, and no text it holds is served once the store's
texts changed (a write of this program or another, a hand edit, a file corrupt or truncated)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import numpy as np
import pytest

from geo.incident import Incident
from geo.store import featurefile, open_store, sqlfeatures
from geo.store.gpkg import GeoPackageStore


def _incidents(n: int, *, killed: int = 0) -> list[Incident]:
    return [Incident(date=dt.date(2017, 1 + d % 12, 1 + d % 28), category="killing",
                     killed=killed + d % 5, lon=36.2 + d / 1000, lat=36.1, dataset="t",
                     source_id=str(d), notes="Hanan al-Dreib was killed" if d == 7 else f"note {d}",
                     victim_names=["Hanan al-Dreib"] if d == 7 else [])
            for d in range(n)]


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "s.gpkg")
    s.add_many(_incidents(60))
    yield s
    s.close()


PAGES = ({"limit": 10000}, {"limit": 25, "offset": 7}, {"order": "-killed", "limit": 30},
         {"order": "-date", "limit": 20, "offset": 3}, {"order": "id", "limit": 40, "offset": 5},
         {"start": "2017-03-01", "end": "2017-06-30", "limit": 100},
         {"bbox": (36.21, 36.0, 36.24, 36.2), "limit": 100}, {"limit": 5, "offset": 10**6})


def _from_store(store, page) -> bytes:
    """The page as the store reads it without the file (made one by one from its rows)."""
    fids = store.arrays(columns=("fid",), **{"order": "date", **page})["fid"]
    return b",".join(sqlfeatures.feature_texts(store, fids.tolist(), store.id_key))


def _gathered(store, monkeypatch, tokens: list | None = None) -> list:
    """Records each page the file gives (so a test knows it was used), and in ``tokens`` the
    token of the file that gave it."""
    seen: list = []
    gather = featurefile.FeatureFile.gather

    def spy(self, fids):
        out = gather(self, fids)
        seen.append(out)
        if tokens is not None:
            tokens.append(self.token)
        return out

    monkeypatch.setattr(featurefile.FeatureFile, "gather", spy)
    return seen


def _hand(tmp_path) -> sqlite3.Connection:
    """A connection of its own, as QGIS's (with the functions the R-tree's triggers call)."""
    return _functions(sqlite3.connect(tmp_path / "s.gpkg"))


def _functions(conn: sqlite3.Connection) -> sqlite3.Connection:
    from geo.store.geometry import st_envelope_part, st_is_empty

    for i, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        conn.create_function(name, 1, st_envelope_part(i))
    conn.create_function("ST_IsEmpty", 1, st_is_empty)
    return conn


@pytest.mark.parametrize("page", PAGES)
def test_a_page_from_the_file_is_the_page_from_the_store(store, page, monkeypatch):
    assert store.features_file(wait=True) is not None
    seen = _gathered(store, monkeypatch)
    selection = store.select(**page)
    assert selection.public_features_joined(store.id_key) == _from_store(store, page)
    assert len(seen) == 1 and seen[0] is not None  # it came from the file
    assert len(selection) == len(store.arrays(columns=("fid",), **page)["fid"])


def test_the_file_is_beside_the_store_in_the_stores_page_order(store):
    f = store.features_file(wait=True)
    path = featurefile.file_path(store.path)
    assert path.name == "s.gpkg-features" and path.exists()
    fids = store.arrays(columns=("fid",), order="date")["fid"]
    # The whole store in its order is one run of the file: its texts, each with its comma.
    assert bytes(f.texts) == _from_store(store, {"order": "date"}) + b","
    assert f.gather(fids) == bytes(f.texts)[:-1]
    # The record naming a victim is there withheld, as the store keeps it.
    assert b"Hanan" not in bytes(f.texts) and b"[name withheld]" in bytes(f.texts)


def test_a_write_after_the_file_is_built_is_served_at_once(store, tmp_path, monkeypatch):
    f = store.features_file(wait=True)
    page = {"limit": 100}
    before = store.select(**page).public_features_joined(store.id_key)
    # A write through this store: the token changes, the old file is not read.
    store.add_many(_incidents(60, killed=100))
    assert store.features_file() is None or store.features_file().token != f.token
    tokens: list = []
    seen = _gathered(store, monkeypatch, tokens)
    after = store.select(**page).public_features_joined(store.id_key)
    assert after != before and after == _from_store(store, page) and b'"killed":100' in bytes(after)
    # The asking above starts the new token's file in the background: when it is ready
    # before the page is read, the page comes from it, never from the old one.
    assert f.token not in [t for t, s in zip(tokens, seen) if s is not None]
    # ... through another connection (another process): the same.
    store.features_file(wait=True)
    other = open_store(tmp_path / "s.gpkg")
    victim = store.query(limit=1)[0]
    other.delete(victim.id)
    other.close()
    assert store.select(**page).public_features_joined(store.id_key) == _from_store(store, page)
    assert victim.id.encode() not in bytes(store.select(**page).public_features_joined(store.id_key))
    # The new texts get a file of their own, which serves the page again.
    assert store.features_file(wait=True) is not None
    del seen[:]
    assert store.select(**page).public_features_joined(store.id_key) == _from_store(store, page)
    assert seen and seen[-1] is not None


def test_a_hand_edit_takes_the_file_away_until_the_next_write(store, tmp_path, monkeypatch):
    store.features_file(wait=True)
    seen = _gathered(store, monkeypatch)
    hand = _hand(tmp_path)
    first = store.query(limit=1, order="date")[0]
    hand.execute("UPDATE incidents SET notes = 'edited by hand' WHERE id = ?", (first.id,))
    hand.commit()
    page = {"limit": 10}
    joined = store.select(**page).public_features_joined(store.id_key)
    assert b"edited by hand" in bytes(joined) and joined == _from_store(store, page)
    assert store.features_file() is None and not seen
    # A stored text changed by hand (not through the incidents): the same.
    store.add_many(_incidents(1, killed=50))  # a write: a new token
    assert store.features_file(wait=True) is not None
    hand.execute(f"UPDATE {sqlfeatures.FEATURES} SET feature = replace(feature, 'note', 'NOTE')")
    hand.commit()
    assert b"NOTE" in bytes(store.select(**page).public_features_joined(store.id_key))
    assert store.features_file() is None
    hand.close()


def test_a_text_changed_while_the_file_is_built_leaves_no_file(store, tmp_path, monkeypatch):
    monkeypatch.setattr(featurefile, "_FETCH", 10)  # texts read a statement
    token = store._conn().execute(f"SELECT {featurefile.TOKEN_SQL}").fetchone()[0]
    calls = []

    class Builder:  # the builder's connection; a write comes after its first texts
        def __init__(self):
            self.conn = store._snapshot_conn()

        def execute(self, *args):
            calls.append(args[0])
            if len(calls) == 3:
                store.add_many(_incidents(1, killed=70))
            return self.conn.execute(*args)

        def close(self):
            self.conn.close()

    path = tmp_path / "built"
    assert featurefile.build(Builder, path, token) is False and not path.exists()
    assert len(calls) == 3 and not list(tmp_path.glob("built*"))
    assert featurefile.build(store._snapshot_conn, path, token) is False  # the token is gone
    new = store._conn().execute(f"SELECT {featurefile.TOKEN_SQL}").fetchone()[0]
    assert new != token and featurefile.build(store._snapshot_conn, path, new)
    f = featurefile.FeatureFile.open(path, new)
    assert bytes(f.texts) == _from_store(store, {"order": "date"}) + b","


def test_files_are_not_rebuilt_without_rest(store, monkeypatch):
    monkeypatch.setattr(featurefile, "BUILD_SHARE", 1e-9)  # a rest of ages after each file
    first = store.features_file(wait=True)
    store.add_many(_incidents(2, killed=80))  # a new token: its file waits for the rest
    page = {"limit": 100}
    for _ in range(3):
        assert store.features_file() is None and not store._files._work
        assert store.select(**page).public_features_joined(store.id_key) == \
            _from_store(store, page)
    # Asked for now (a bench, a test), it is made.
    assert store.features_file(wait=True).token != first.token


def test_a_corrupt_truncated_or_foreign_file_is_never_read(store, monkeypatch):
    f = store.features_file(wait=True)
    path = featurefile.file_path(store.path)
    whole = path.read_bytes()
    assert featurefile.FeatureFile.open(path, f.token) is not None
    assert featurefile.FeatureFile.open(path, "another token") is None
    for broken in (whole[:-10], whole[:100], b"", whole[:-50] + b"X" + whole[-49:],
                   whole[:featurefile.HEADER + 3] + b"\xff" + whole[featurefile.HEADER + 4:]):
        path.write_bytes(broken)
        assert featurefile.FeatureFile.open(path, f.token) is None
    # A process finding such a file builds it again; until then the store answers.
    store._files = featurefile.FeatureFiles(path, store._snapshot_conn)
    page = {"limit": 30, "order": "-killed"}
    assert store.select(**page).public_features_joined(store.id_key) == _from_store(store, page)
    assert store.features_file(wait=True) is not None and path.read_bytes() == whole


def test_a_store_whose_file_cannot_be_written_reads_its_pages(store, tmp_path, monkeypatch):
    store._files = featurefile.FeatureFiles(tmp_path / "no such folder" / "f",
                                            store._snapshot_conn)
    assert store.features_file(wait=True) is None
    seen = _gathered(store, monkeypatch)
    page = {"limit": 30}
    assert store.select(**page).public_features_joined(store.id_key) == _from_store(store, page)
    assert not seen


def test_a_page_with_a_record_without_its_text_is_read_from_the_store(store, tmp_path,
                                                                       monkeypatch):
    store.features_file(wait=True)
    hand = _hand(tmp_path)
    # A row inserted by hand (no text until the next write) while the store keeps its token:
    # a token set by hand stands for "no text changed", which the insert did not do.
    row = hand.execute("SELECT * FROM incidents ORDER BY fid LIMIT 1").fetchone()
    cols = [c[1] for c in hand.execute("PRAGMA table_info(incidents)")]
    values = dict(zip(cols, row), fid=None, id="t:hand", source_id="hand")
    hand.execute(f"INSERT INTO incidents ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                 [values[c] for c in cols])
    hand.commit()
    hand.close()
    token = store._conn().execute(f"SELECT {featurefile.TOKEN_SQL}").fetchone()[0]
    assert token is not None and store.features_file() is not None
    page = {"limit": 10000}
    joined = store.select(**page).public_features_joined(store.id_key)
    assert b"t:hand" in bytes(joined) and joined == _from_store(store, page)
    # The file answers None for it, so the store's own way made the page.
    f = store.features_file()
    fids = store.arrays(columns=("fid",), order="date", limit=10000)["fid"]
    assert f.gather(fids) is None and f.gather(fids[:0]) == b""
    assert f.gather(np.array([10**9])) is None


def test_a_store_without_the_triggers_has_no_file(store, tmp_path):
    before = store.features_file(wait=True)
    path = tmp_path / "s.gpkg"
    hand = _hand(tmp_path)
    hand.execute(f'DROP TRIGGER "{sqlfeatures.FEATURES}_token_update"')
    # A text changed with no trigger to take the token away.
    hand.execute(f"UPDATE {sqlfeatures.FEATURES} SET feature = replace(feature, 'note', 'NOTE')")
    hand.commit()
    hand.close()
    reader = GeoPackageStore(path, readonly=True)  # as an older version left it, read-only
    page = {"limit": 20}
    assert b"NOTE" in bytes(reader.select(**page).public_features_joined(reader.id_key))
    assert reader.features_file(wait=True).token == before.token  # the token is still there,
    # but no page is gathered from it without the triggers ...
    assert reader._file_page(reader._conn(), "SELECT fid FROM incidents LIMIT 3", ()) is None
    reader.close()
    # ... and opened for writing, the store gets them back, with a new token.
    writer = GeoPackageStore(path)
    assert writer.features_file(wait=True).token != before.token
    assert writer._file_page(writer._conn(), "SELECT fid FROM incidents LIMIT 3", ())[1] == 3
    assert b"NOTE" in bytes(writer.select(**page).public_features_joined(writer.id_key))
    writer.close()


def test_a_store_opened_for_writing_gets_a_token_for_texts_changed_elsewhere(store, tmp_path):
    hand = sqlite3.connect(tmp_path / "s.gpkg")
    hand.execute(f"DELETE FROM incmap_meta WHERE name = '{featurefile.TOKEN_ROW}'")
    hand.commit()
    hand.close()
    assert store.features_file() is None
    reader = GeoPackageStore(tmp_path / "s.gpkg", readonly=True)
    assert reader.features_file(wait=True) is None  # read-only: nothing written
    reader.close()
    writer = GeoPackageStore(tmp_path / "s.gpkg")
    assert writer.features_file(wait=True) is not None
    page = {"limit": 15, "offset": 2}
    assert writer.select(**page).public_features_joined(writer.id_key) == \
        _from_store(writer, page)
    writer.close()


def test_an_answer_is_the_same_bytes_with_the_file(store, data):
    from server import create_app
    from service.settings import Settings

    app = create_app(Settings(data_dir=str(data.root), store_path=store.path))
    client = app.test_client()
    urls = ["/api/incidents?limit=30", "/api/incidents?limit=7&offset=50",
            "/api/incidents?datetime=2017-02-01/2017-05-31&limit=100",
            "/api/incidents?limit=5&offset=1000000",
            "/collections/incidents/items?limit=10&offset=3"]

    def answers():
        out = []
        for url in urls:
            res = client.get(url)
            assert res.status_code == 200
            out.append(re.sub(rb'"timeStamp":"[^"]*"', b"", res.data))  # the time asked
        return out

    without = answers()
    served = app.extensions["incmap.api"].store
    assert served.features_file(wait=True) is not None
    assert answers() == without
