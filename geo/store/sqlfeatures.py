"""Each incident's public GeoJSON Feature as JSON text, made when the record is written.

A page of ``/api/incidents`` (and of the OGC items) is its records' public features joined:
the store keeps each one's text, so a page reads bytes and joins them (no JSON made per
request). The text is made one way, stored or not: :func:`feature_texts` (the records naming
nobody written by the database, :mod:`geo.store.sqljson`; the others from their public form,
:func:`geo.privacy.public_form`), so a stored text is the answer the request would make.

* :data:`FEATURES` (``fid``, ``feature``): the text of every record of no linked event (a
  linked record's ``linked_ids`` name its event's other records, which change without it:
  those are made per request, as before).
* Triggers keep it true whoever writes the table (this program, or a person in QGIS): a row
  inserted or updated is put in :data:`PENDING` and its stored text deleted; a row deleted
  takes its text with it. Every write of the store ends by making the pending texts
  (:meth:`SQLPublicFeatures._encode_features`, in the write's transaction); until then
  (a hand edit) the row's text is made per request.
* The texts' version, :data:`STAMP` (the public form's, :data:`geo.privacy.PUBLIC_FORM_VERSION`,
  and this text's layout, :data:`FEATURE_FORMAT`), is kept in the store's ``incmap_meta``: a
  store of another stamp is re-encoded when opened for writing, and its texts are never read
  (a redaction changed: no text made by the old one is served).

>>> store.select(limit=2).public_features(store.id_key)[0][:30]   # doctest: +SKIP
b'{"type":"Feature","id":"ucdp:1'
"""

from __future__ import annotations

from typing import Sequence

from ..privacy import PUBLIC_FORM_VERSION
from .geometry import COORD_DIGITS
from .schema import TABLE
from .sqlaudit import META

__all__ = ["FEATURES", "PENDING", "FEATURE_FORMAT", "STAMP", "STAMPED", "SQLPublicFeatures",
           "feature_texts", "sqlite_triggers", "postgres_statements"]

FEATURES = "incmap_public_features"
PENDING = "incmap_public_pending"
# The layout of a feature's text (:func:`feature_texts`): raised when it changes, so every
# store re-encodes its texts.
FEATURE_FORMAT = 1
STAMP = f"{PUBLIC_FORM_VERSION}.{FEATURE_FORMAT}"
_STAMP_ROW = "public_features"
# SQL: the stored texts are of STAMP. In the statement that reads them, so a read sees texts
# and stamp of one moment (a writer of another version re-encodes them in one transaction).
STAMPED = f"(SELECT value FROM {META} WHERE name = '{_STAMP_ROW}') = '{STAMP}'"
_CHUNK = 5000  # rows made or read at once (parameters in one statement)


def feature_texts(store, fids: Sequence[int], key: bytes | None) -> list[bytes]:
    """The public GeoJSON Feature of each row ``fids`` names that exists, in that order, as
    JSON (UTF-8): what :meth:`Records.features` gives of its record, written as orjson writes
    it (most by the database, :func:`geo.store.sqljson.public_json`)."""
    import numpy as np
    import orjson

    out: list[bytes] = []
    for chunk in store.select_fids(fids).public_json():
        made = iter(chunk.rest.features(key=key)) if len(chunk.rest) else iter(())
        lons = np.array([np.nan if v is None else v for v in chunk.lons], dtype=float)
        lats = np.array([np.nan if v is None else v for v in chunk.lats], dtype=float)
        # A point of COORD_DIGITS decimals already (k / 10**6, as the store keeps most) is
        # its own rounding: its text is the property's.
        same = ((np.round(lons, COORD_DIGITS) == lons) & (np.round(lats, COORD_DIGITS) == lats))
        for fid, props, lon, lat, x, y, kept in zip(chunk.ids, chunk.properties, chunk.lons,
                                                    chunk.lats, chunk.lon_texts,
                                                    chunk.lat_texts, same.tolist()):
            if props is None:
                out.append(orjson.dumps(next(made)))
            elif lon is None or lat is None:
                out.append(b'{"type":"Feature","id":%b,"geometry":null,"properties":%b}'
                           % (fid, props))
            else:
                if not kept:
                    x, y = b"%r" % round(lon, COORD_DIGITS), b"%r" % round(lat, COORD_DIGITS)
                out.append(b'{"type":"Feature","id":%b,"geometry":{"type":"Point",'
                           b'"coordinates":[%b,%b]},"properties":%b}' % (fid, x, y, props))
    return out


def sqlite_triggers() -> list[str]:
    """The tables and triggers of a GeoPackage store (see the module doc)."""
    return [
        f'CREATE TABLE IF NOT EXISTS "{FEATURES}" (fid INTEGER PRIMARY KEY NOT NULL, '
        f'feature BLOB NOT NULL)',
        f'CREATE TABLE IF NOT EXISTS "{PENDING}" (fid INTEGER PRIMARY KEY NOT NULL)',
        f'CREATE TRIGGER IF NOT EXISTS "{FEATURES}_insert" AFTER INSERT ON "{TABLE}" '
        f'BEGIN INSERT OR IGNORE INTO "{PENDING}" (fid) VALUES (NEW.fid); END',
        f'CREATE TRIGGER IF NOT EXISTS "{FEATURES}_update" AFTER UPDATE ON "{TABLE}" '
        f'BEGIN DELETE FROM "{FEATURES}" WHERE fid IN (OLD.fid, NEW.fid); '
        f'INSERT OR IGNORE INTO "{PENDING}" (fid) VALUES (NEW.fid); END',
        f'CREATE TRIGGER IF NOT EXISTS "{FEATURES}_delete" AFTER DELETE ON "{TABLE}" '
        f'BEGIN DELETE FROM "{FEATURES}" WHERE fid = OLD.fid; '
        f'DELETE FROM "{PENDING}" WHERE fid = OLD.fid; END',
    ]


def postgres_statements() -> list[str]:
    """The same for a PostGIS store (a migration): one trigger function for the three."""
    return [
        f"CREATE TABLE {FEATURES} (fid bigint PRIMARY KEY, feature bytea NOT NULL)",
        f"CREATE TABLE {PENDING} (fid bigint PRIMARY KEY)",
        f"CREATE FUNCTION {FEATURES}_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' THEN DELETE FROM {FEATURES} WHERE fid = OLD.fid; END IF; "
        f"IF TG_OP = 'DELETE' THEN DELETE FROM {PENDING} WHERE fid = OLD.fid; RETURN OLD; END IF; "
        f"IF TG_OP = 'UPDATE' AND NEW.fid <> OLD.fid THEN "
        f"DELETE FROM {FEATURES} WHERE fid = NEW.fid; END IF; "
        f"INSERT INTO {PENDING} (fid) VALUES (NEW.fid) ON CONFLICT DO NOTHING; "
        f"RETURN NEW; END $$",
        f"CREATE TRIGGER {FEATURES}_changed AFTER INSERT OR UPDATE OR DELETE ON {TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {FEATURES}_changed()",
    ]


class SQLPublicFeatures:
    """The stored feature texts over the SQL store's hooks (``_run``, ``_conn``, ...)."""

    # Whether the store has the tables (False: a read-only store of an older version).
    _has_features = False

    def _features_current(self, conn) -> bool:
        """Whether the stored texts may be read: the tables are there, of :data:`STAMP`."""
        if not self._has_features:
            return False
        row = self._run(conn, f"SELECT value FROM {META} WHERE name = ?", (_STAMP_ROW,)).fetchone()
        return row is not None and row[0] == STAMP

    def _public_features(self, fids: Sequence[int], key: bytes | None) -> list[bytes]:
        """The public feature text of each row ``fids`` names that exists, in that order:
        stored, or made now (:func:`feature_texts`)."""
        conn = self._conn()
        stored: dict[int, bytes] = {}
        if fids and key == self.id_key and self._has_features:
            for i in range(0, len(fids), _CHUNK):
                part = fids[i:i + _CHUNK]
                stored.update(self._run(conn, f"SELECT fid, feature FROM {FEATURES} WHERE "
                                              f"{STAMPED} AND fid IN ({','.join('?' * len(part))})",
                                        part).fetchall())
        if not stored:
            return feature_texts(self, fids, key)
        missing = [f for f in fids if f not in stored]
        if missing:
            made = feature_texts(self, missing, key)
            if len(made) != len(missing):  # a row deleted meanwhile: made as a whole again
                return feature_texts(self, fids, key)
            stored.update(zip(missing, made))
        # bytes: psycopg may give a bytea as a memoryview
        return [bytes(stored[f]) for f in fids]

    def _public_features_joined(self, fids: Sequence[int], key: bytes | None) -> bytes:
        """:meth:`_public_features` joined by commas (the members of a JSON array): when
        every text is stored, joined by the database (:meth:`_joined_features`)."""
        if fids and key == self.id_key and self._has_features:
            joined = self._joined_features(self._conn(), fids)
            if joined is not None:
                return joined
        return b",".join(self._public_features(fids, key))

    def _joined_selection(self, where: str, params: Sequence, tail: str, *,
                          key: bytes | None) -> tuple[bytes | None, int] | None:
        """The stored texts of the rows ``SELECT fid FROM {TABLE}{where}{tail}`` selects,
        joined by commas in that order, and their number, in one statement (no fid comes to
        Python). The texts are None when one is not stored or they are not :data:`STAMPED`
        (the caller reads the fids and makes what is missing, :meth:`_public_features`);
        the whole None when it was not tried: ``key`` is not the store's, it is not a page
        (``tail`` without ``LIMIT``), or the backend cannot (:meth:`_joined_selected`)."""
        if key != self.id_key or not self._has_features or " LIMIT " not in tail:
            # A page only: its ORDER BY decides its rows, so no database drops it.
            return None
        return self._joined_selected(self._conn(), f"SELECT fid FROM {TABLE}{where}{tail}",
                                     params)

    def _joined_selected(self, conn, fid_sql: str,
                         params: Sequence) -> tuple[bytes | None, int] | None:
        """(joined texts or None, number) of the rows ``fid_sql`` selects, or None (see
        :meth:`_joined_selection`; a backend that can join them in that statement says how)."""
        return None

    def _joined_features(self, conn, fids: Sequence[int]) -> bytes | None:
        """The stored texts of ``fids`` joined by commas in that order, or None when one is
        not stored, or they are not :data:`STAMPED` (a backend that can join them in one
        statement says how)."""
        return None

    def _encode_features(self, conn) -> None:
        """Make the texts of the rows written since the last time (:data:`PENDING`), in the
        write's transaction."""
        if not self._has_features:
            return
        pending = [int(r[0]) for r in self._run(conn, f"SELECT fid FROM {PENDING} ORDER BY fid")]
        key = self.id_key
        for i in range(0, len(pending), _CHUNK):
            part = pending[i:i + _CHUNK]
            marks = ",".join("?" * len(part))
            plain = [int(r[0]) for r in self._run(
                conn, f"SELECT fid FROM {TABLE} WHERE event_id IS NULL AND fid IN ({marks}) "
                      f"ORDER BY fid", part).fetchall()]
            self._run(conn, f"DELETE FROM {FEATURES} WHERE fid IN ({marks})", part)
            if plain:
                self._run_many(conn, f"INSERT INTO {FEATURES} (fid, feature) VALUES (?, ?)",
                               list(zip(plain, feature_texts(self, plain, key))))
        if pending:
            self._run(conn, f"DELETE FROM {PENDING}")

    def _reencode_features(self, conn) -> None:
        """Every text made again when the store's are of another :data:`STAMP` (in a write
        transaction: a store opened for writing)."""
        if not self._has_features or self._features_current(conn):
            return
        self._run(conn, f"DELETE FROM {FEATURES}")
        self._run(conn, f"DELETE FROM {PENDING}")
        self._run(conn, f"INSERT INTO {PENDING} (fid) SELECT fid FROM {TABLE}")
        self._encode_features(conn)
        self._run(conn, f"DELETE FROM {META} WHERE name = ?", (_STAMP_ROW,))
        self._run(conn, f"INSERT INTO {META} (name, value) VALUES (?, ?)", (_STAMP_ROW, STAMP))
