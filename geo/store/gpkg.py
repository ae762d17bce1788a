"""The GeoPackage incident store: one SQLite file that GDAL, ogrinfo and QGIS open as is.

Written with the standard library's :mod:`sqlite3` following the OGC
GeoPackage 1.3 encoding standard:

* ``application_id`` 'GPKG', ``user_version`` 10300;
* ``gpkg_spatial_ref_sys`` (EPSG:4326 and the two undefined systems),
  ``gpkg_contents`` (with the layer's extent), ``gpkg_geometry_columns``,
  ``gpkg_extensions``;
* the feature table ``incidents`` (``fid`` primary key, ``geom`` POINT in
  GeoPackage binary: the ``GP`` header with the SRS id, then little-endian WKB);
* the R-tree spatial index ``rtree_incidents_geom`` with the standard
  triggers, so an edit made in QGIS keeps the index right. The triggers call
  ``ST_MinX`` ... ``ST_IsEmpty``; GDAL defines them, and this module registers
  them on its own connections.

Writes are one transaction each (``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled
back on any error) and upsert on the incident ``id`` (a ``UNIQUE`` index), so
re-importing a file changes nothing and a failed import leaves the file as it was.

>>> store = GeoPackageStore("/tmp/doctest-incidents.gpkg")     # doctest: +SKIP
>>> store.add_many(incidents).added                            # doctest: +SKIP
16566
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from .geometry import (
    SRS_ID,
    decode_point,
    decode_points,
    encode_point,
    envelopes,
    st_envelope_part,
    st_is_empty,
)
from .rtree import pack
from .schema import WINDOW_INDEX
from .sql import COLUMNS, INDEXED, LINKS_TABLE, NOT_NULL, TABLE, SQLStore, StoreError
from .sqlread import _ORDER_SQL
from .sqlaudit import AUDIT, META
from . import featurefile
from .featurefile import TOKEN_SQL, TRIGGERS_SQL, FeatureFiles
from .sqlfeatures import FEATURES, PENDING, STAMPED, sqlite_triggers
from .sqljson import sqlite_json

__all__ = ["GeoPackageStore", "StoreError", "encode_point", "decode_point", "TABLE"]

RTREE = f"rtree_{TABLE}_geom"
GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10300  # GeoPackage 1.3.0
BULK_ROWS = 5_000  # an insert of this many rows rebuilds the indexes after it (_insert_rows)
BULK_CACHE_KIB = -262_144  # page cache while it does (256 MiB; the default is 2 MiB)

WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)


# The triggers of the GeoPackage 1.3 R-tree extension (the form GDAL's validate_gpkg.py checks).
# GeoPackage 1.4 replaced update1 by update5-7 because its INSERT OR REPLACE breaks under an
# UPSERT; this store never upserts (add_many inserts new ids and updates changed ones).
_BBOX_NEW = 'ST_MinX(NEW."geom"), ST_MaxX(NEW."geom"), ST_MinY(NEW."geom"), ST_MaxY(NEW."geom")'
_HAS_NEW = 'NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom")'
_NO_NEW = 'NEW."geom" ISNULL OR ST_IsEmpty(NEW."geom")'
RTREE_TRIGGERS = {
    "insert": f'AFTER INSERT ON "{TABLE}" WHEN (new."geom" NOT NULL AND NOT ST_IsEmpty(NEW."geom")) '
              f'BEGIN INSERT OR REPLACE INTO "{RTREE}" VALUES (NEW."fid", {_BBOX_NEW}); END',
    "update1": f'AFTER UPDATE OF "geom" ON "{TABLE}" WHEN OLD."fid" = NEW."fid" AND ({_HAS_NEW}) '
               f'BEGIN INSERT OR REPLACE INTO "{RTREE}" VALUES (NEW."fid", {_BBOX_NEW}); END',
    "update2": f'AFTER UPDATE OF "geom" ON "{TABLE}" WHEN OLD."fid" = NEW."fid" AND ({_NO_NEW}) '
               f'BEGIN DELETE FROM "{RTREE}" WHERE id = OLD."fid"; END',
    "update3": f'AFTER UPDATE ON "{TABLE}" WHEN OLD."fid" != NEW."fid" AND ({_HAS_NEW}) '
               f'BEGIN DELETE FROM "{RTREE}" WHERE id = OLD."fid"; '
               f'INSERT OR REPLACE INTO "{RTREE}" VALUES (NEW."fid", {_BBOX_NEW}); END',
    "update4": f'AFTER UPDATE ON "{TABLE}" WHEN OLD."fid" != NEW."fid" AND ({_NO_NEW}) '
               f'BEGIN DELETE FROM "{RTREE}" WHERE id IN (OLD."fid", NEW."fid"); END',
    "delete": f'AFTER DELETE ON "{TABLE}" WHEN old."geom" NOT NULL '
              f'BEGIN DELETE FROM "{RTREE}" WHERE id = OLD."fid"; END',
}


def _create_rtree_triggers(conn: sqlite3.Connection) -> None:
    """The 1.3 R-tree triggers, replacing the 1.4 ones an earlier version of this store wrote."""
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for old in ("update5", "update6", "update7"):
        if f"{RTREE}_{old}" in have:
            conn.execute(f'DROP TRIGGER "{RTREE}_{old}"')
    for name, body in RTREE_TRIGGERS.items():
        if f"{RTREE}_{name}" not in have:
            conn.execute(f'CREATE TRIGGER "{RTREE}_{name}" {body}')


WINDOW_INDEX_NAME = f"idx_{TABLE}_window"


def _index_columns(conn: sqlite3.Connection, name: str) -> tuple[str, ...]:
    """The columns of the index ``name``, in order (none: there is no such index).

    >>> _index_columns(sqlite3.connect(":memory:"), "idx_incidents_window")
    ()
    """
    return tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{name}")'))
# The most of the file a connection maps (SQLite caps it at its own limit, 2 GB unless built
# otherwise; the rest is read as before). Address space only: the pages are the OS's cache.
MMAP_BYTES = 2**31
COUNTS_KEPT = 64  # counts (and queries' page starts) kept per connection (GeoPackageStore._kept)
# A page this deep in the store's order (by date) starts from a kept key (GeoPackageStore._paged):
# skipping fewer rows costs less than keeping their key.
KEYSET_FROM = 1_000
STARTS_KEPT = 1_024  # page starts kept per query
# The first row of a page in each order the keys continue: what it is at or after.
_KEYSET = {"date": ">=", "-date": "<="}
PAST_END = ("", "")  # kept for an offset past a query's last row (GeoPackageStore._page_start)


def _after_key(where: str, order: str) -> str:
    """``where`` (`` WHERE ...`` or empty) with the rows at or after a key (date, id) in
    ``order``: its two parameters come before ``where``'s.

    >>> _after_key(" WHERE date >= ?", "date")
    ' WHERE (date, id) >= (?, ?) AND date >= ?'
    """
    # First, not last: SQLite bounds the window index by the first lower bound on date that
    # it meets, and a time window's own "date >= ?" would make it walk every row from the
    # window's start to the key (a page at offset 29,000 of three years of 100,000
    # incidents: 14.6 ms, against 0.6 ms from the key).
    after = f"(date, id) {_KEYSET[order]} (?, ?)"
    return f" WHERE {after} AND {where[len(' WHERE '):]}" if where else f" WHERE {after}"


class _GeoPackagePages:
    """How a GeoPackage store gives a page its stored texts: gathered from the features file
    beside the store when it is ready for the store's token (:mod:`geo.store.featurefile`),
    else joined by SQLite. Mixed into :class:`GeoPackageStore`, whose connections it uses."""

    def _snapshot_conn(self) -> sqlite3.Connection:
        """A new read-only connection of its own (a features file is built from it)."""
        uri = Path(self.path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                               timeout=30)
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        return conn

    def _encode_features(self, conn) -> None:
        super()._encode_features(conn)
        if self._has_features:  # a new token if a text changed (geo.store.featurefile)
            conn.execute(*featurefile.new_token_sql())

    def features_file(self, *, wait: bool = False) -> featurefile.FeatureFile | None:
        """The features file of the store as it is now (:mod:`geo.store.featurefile`), or
        None: not ready (made ready in the background; ``wait``: now), or the store has no
        token (its texts changed since its last write by this program)."""
        token = self._conn().execute(f"SELECT {TOKEN_SQL}").fetchone()[0]
        if token is None:
            return None
        return self._files.wait(token) if wait else self._files.ready(token)

    def _file_page(self, conn, fid_sql, params) -> tuple[bytes, int] | None:
        """(joined texts, number) of the rows ``fid_sql`` selects, gathered from the features
        file when it is ready for the store's token, read in the statement that selects them
        (one snapshot); None: read them from the store."""
        if conn.in_transaction:
            return None
        # The statement reads the token itself: asked first in a statement of its own (one
        # more read transaction, ~10-20 µs of a page of 1,000) only while no file is open.
        if not self._files.opened() and self.features_file() is None:
            return None
        token, current, triggers, fids, asked = conn.execute(
            f"SELECT {TOKEN_SQL}, {STAMPED}, {TRIGGERS_SQL}, group_concat(p.fid), count(*) "
            f"FROM ({fid_sql}) AS p", params).fetchone()
        f = self._files.ready(token) if token is not None else None  # (another: made ready)
        if f is None or not (current and triggers):
            return None
        joined = f.gather(np.fromstring(fids, dtype=np.int64, sep=",") if fids
                          else np.zeros(0, dtype=np.int64))
        return None if joined is None else (joined, asked)

    def _joined_selected(self, conn, fid_sql, params) -> tuple[bytes | None, int] | None:
        page = self._file_page(conn, fid_sql, params)
        if page is not None:
            return page
        # The selection's rows feed group_concat in its order (an ORDER BY in a subquery
        # under an aggregate is kept, as above): at 100,000 incidents, a page of 10,000 is
        # joined in a fifth less time than by reading its fids first, and no tuple per row is
        # made for the cyclic collector to walk.
        if not self.JSON_FUNCTIONS:
            return None
        # The stamp is read once, in the same statement (texts and stamp of one moment), not
        # compared on each row's join (~0.3-1 ms of a page of 10,000 at 100,000 incidents).
        joined, stored, asked, current = conn.execute(
            f'SELECT CAST(group_concat(f.feature, \',\') AS BLOB), count(f.fid), count(*), '
            f'{STAMPED} FROM ({fid_sql}) AS p LEFT JOIN "{FEATURES}" AS f ON f.fid = p.fid',
            params).fetchone()
        return (joined or b"") if current and stored == asked else None, asked


class GeoPackageStore(_GeoPackagePages, SQLStore):
    """Incidents in a GeoPackage file (created on first use).

    Parameters
    ----------
    path : the ``.gpkg`` file. Its directory is created if missing.
    readonly : open without creating or changing anything.
    """

    JSON_FUNCTIONS = sqlite_json()  # public pages written by SQLite (geo.store.sqljson)

    def __init__(self, path: str | os.PathLike, *, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        self._init_connections()
        self._absent: frozenset[str] = frozenset()
        # The texts' file beside the store, read by pages (geo.store.featurefile).
        self._files = FeatureFiles(featurefile.file_path(self.path), self._snapshot_conn)
        p = Path(self.path)
        if readonly and not p.exists():
            raise StoreError(f"no incident store at {p}; import some incidents first "
                             f"(incmap import FILE --format ...)")
        if not readonly:
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the directory for the store {p}: {exc}") from None
        self._init_schema()

    # -- connections ------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                if self.readonly:
                    uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                    conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                                           check_same_thread=False, timeout=30)
                else:
                    conn = sqlite3.connect(self.path, isolation_level=None,
                                           check_same_thread=False, timeout=30)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open the incident store {self.path}: {exc}") from None
            for i, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
                conn.create_function(name, 1, st_envelope_part(i), deterministic=True)
            conn.create_function("ST_IsEmpty", 1, st_is_empty, deterministic=True)
            # Pages read from the file's memory map, not copied by a system call each: ~3 of
            # the ~18 ms of CPU of a page of 10,000 stored features at 100,000 incidents.
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self._keep(conn)
        return conn

    def __repr__(self) -> str:
        return f"GeoPackageStore({self.path!r})"

    # -- schema -----------------------------------------------------------------------
    def _init_schema(self) -> None:
        conn = self._conn()
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a GeoPackage (SQLite) file: {exc}") from None
        if tables and app_id != GPKG_APPLICATION_ID and "gpkg_contents" not in tables:
            raise StoreError(f"{self.path} is an SQLite file but not a GeoPackage; choose another "
                             f"store path (--store PATH or INCMAP_STORE)")
        if TABLE in tables:
            have = {r[1] for r in conn.execute(f'PRAGMA table_info("{TABLE}")')}
            missing = [(c, t) for c, t in COLUMNS if c not in have]
            if "id" not in have:
                raise StoreError(f"{self.path} has a layer '{TABLE}' that is not an incident table")
            triggers = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            old_triggers = (f"{RTREE}_update1" not in triggers or
                            not {*featurefile.TRIGGERS} <= triggers)
            # No window index, or one not ordered as pages are (written before it was).
            old_window = _index_columns(conn, WINDOW_INDEX_NAME) != WINDOW_INDEX
            if not self.readonly and (missing or old_triggers or old_window or
                                      {LINKS_TABLE, AUDIT, META, FEATURES} - tables):
                # A store written by an older version: add the new columns, keep the rows, and
                # put in the triggers GeoPackage 1.3 validators expect.
                with self._transaction(conn):
                    for c, t in missing:
                        conn.execute(f'ALTER TABLE "{TABLE}" ADD COLUMN "{c}" {t}')
                    self._create_extras(conn)
                    _create_rtree_triggers(conn)
                    # Texts may have changed while no trigger took the token away: a new one.
                    conn.execute(f"DELETE FROM {META} WHERE name = ?", (featurefile.TOKEN_ROW,))
                    if "event_id" in dict(missing):  # written before events were linked
                        self._relink_window(conn, ("2011-01-01", "2100-01-01"))
                    if "public_id" in dict(missing):  # written before public ids
                        self._fill_public_ids(conn)
                missing = []
                tables.add(FEATURES)
            # Read-only on an older store: the missing columns read as empty.
            self._absent = frozenset(c for c, _ in missing)
            self._has_features = FEATURES in tables
            if not self.readonly and not self._features_current(conn):
                # The texts of an older public form (or none yet): made again.
                with self._transaction(conn):
                    self._reencode_features(conn)
            elif not self.readonly and self._has_features and conn.execute(
                    f"SELECT {TOKEN_SQL} IS NULL").fetchone()[0]:
                # Texts changed by another program (or before this version): they are what
                # pages serve now, and the triggers take the new token away at their next change.
                with self._transaction(conn):
                    conn.execute(*featurefile.new_token_sql())
            return
        if self.readonly:
            raise StoreError(f"{self.path} has no '{TABLE}' layer")
        with self._transaction(conn):
            self._create(conn)
            self._create_extras(conn)
            self._has_features = True
            self._reencode_features(conn)

    def _create_extras(self, conn: sqlite3.Connection) -> None:
        """What later versions added: the filter indexes, the table of link decisions, the key
        of public ids and the audit trail."""
        for c in INDEXED:
            conn.execute(f'CREATE INDEX IF NOT EXISTS "idx_{TABLE}_{c}" ON "{TABLE}" ("{c}")')
        if _index_columns(conn, WINDOW_INDEX_NAME) not in ((), WINDOW_INDEX):
            conn.execute(f'DROP INDEX "{WINDOW_INDEX_NAME}"')  # an older one: made again
        window = ", ".join(f'"{c}"' for c in WINDOW_INDEX)
        conn.execute(f'CREATE INDEX IF NOT EXISTS "{WINDOW_INDEX_NAME}" ON "{TABLE}" ({window})')
        conn.execute(f'CREATE TABLE IF NOT EXISTS "{LINKS_TABLE}" ("fid" INTEGER PRIMARY KEY '
                     f'AUTOINCREMENT NOT NULL, "id_a" TEXT NOT NULL, "id_b" TEXT NOT NULL, '
                     f'"decision" TEXT NOT NULL, "decided_at" DATETIME, "note" TEXT, '
                     f'UNIQUE ("id_a", "id_b"))')
        # Registered as an attributes table: GDAL and QGIS list it beside the incidents layer.
        conn.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, "
                     "description) VALUES (?, 'attributes', ?, ?)",
                     (LINKS_TABLE, LINKS_TABLE, "People's decisions on which records of different "
                                                "sources report one event"))
        conn.execute(f'CREATE TABLE IF NOT EXISTS "{META}" (name TEXT PRIMARY KEY NOT NULL, '
                     f'value TEXT NOT NULL)')
        self._create_meta_rows(conn)
        for statement in sqlite_triggers():  # each record's public feature, kept (sqlfeatures)
            conn.execute(statement)
        for statement in featurefile.sqlite_triggers():  # the texts' token (featurefile)
            conn.execute(statement)
        conn.execute(f'CREATE TABLE IF NOT EXISTS "{AUDIT}" (seq INTEGER PRIMARY KEY AUTOINCREMENT '
                     f'NOT NULL, at DATETIME NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, '
                     f'source TEXT, added INTEGER, updated INTEGER, deleted INTEGER, changes TEXT)')
        conn.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, "
                     "description) VALUES (?, 'attributes', ?, ?)",
                     (AUDIT, AUDIT, "Who changed which incidents, and when (syria-incident-map)"))

    def _create(self, conn: sqlite3.Connection) -> None:
        conn.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, "
            "srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL, "
            "organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)")
        conn.executemany(
            "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
            [("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
             ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
             ("WGS 84 geodetic", SRS_ID, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid")])
        conn.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, "
            "data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', "
            "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
            "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
            "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, "
            "column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, "
            "z TINYINT NOT NULL, m TINYINT NOT NULL, "
            "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
            "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
            "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
            "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
            "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
            "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))")
        cols = ", ".join(f'"{c}" {t}' + (" NOT NULL" if c in NOT_NULL else "") for c, t in COLUMNS)
        conn.execute(f'CREATE TABLE "{TABLE}" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
                     f'"geom" POINT, {cols})')
        conn.execute(f'CREATE UNIQUE INDEX "idx_{TABLE}_id" ON "{TABLE}" ("id")')
        conn.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
            "VALUES (?, 'features', ?, ?, ?)",
            (TABLE, TABLE, "Incidents of civilian harm in Syria (syria-incident-map)", SRS_ID))
        conn.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', ?, 0, 0)",
                     (TABLE, SRS_ID))
        conn.execute("INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
                     "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')", (TABLE,))
        conn.execute(f'CREATE VIRTUAL TABLE "{RTREE}" USING rtree(id, minx, maxx, miny, maxy)')
        _create_rtree_triggers(conn)

    class _transaction:
        def __init__(self, conn: sqlite3.Connection):
            self.conn = conn

        def __enter__(self):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreError(f"cannot write to the incident store: {exc} (another import "
                                 f"running? a read-only file?)") from None
            return self.conn

        def __exit__(self, exc_type, exc, tb):
            if exc_type is None:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.Error as err:
                    self.conn.execute("ROLLBACK")
                    raise StoreError(f"cannot commit to the incident store: {err}") from None
            else:
                self.conn.execute("ROLLBACK")
            return False

    def _update_extent(self, conn: sqlite3.Connection, grown=None) -> None:
        # Exact, from the geometries: the R-tree holds float32 boxes rounded outwards. A write
        # that only added points grows the extent by their box (no pass over the table).
        old = conn.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                           "WHERE table_name = ?", (TABLE,)).fetchone()
        if grown is not None and old is not None and old[0] is None:
            # No extent yet: the points added are all there are when the index holds no other.
            points = conn.execute(f'SELECT count(*) FROM "{RTREE}"').fetchone()[0]
            if points != grown[4]:
                grown = None
        if grown is not None and old is not None:
            ext = tuple(float(v) for v in grown[:4]) if old[0] is None else (
                min(old[0], grown[0]), min(old[1], grown[1]), max(old[2], grown[2]),
                max(old[3], grown[3]))
        else:
            ext = conn.execute(f'SELECT min(ST_MinX(geom)), min(ST_MinY(geom)), '
                               f'max(ST_MaxX(geom)), max(ST_MaxY(geom)) FROM "{TABLE}" '
                               f'WHERE geom IS NOT NULL').fetchone()
        conn.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                     "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?",
                     (*ext, TABLE))

    # -- a large write ------------------------------------------------------------------
    def _insert_rows(self, conn, insert: str, columns: list[str], chunks, points) -> None:
        if len(points[0]) < BULK_ROWS:
            return super()._insert_rows(conn, insert, columns, chunks, points)
        # Many rows: the table's indexes and its insert triggers (the R-tree's, the pending
        # feature texts') are put aside and their work done after the rows are in (sorting
        # once beats inserting into eleven B-trees and an R-tree row by row), in the write's
        # transaction: an error rolls all of it back.
        before = conn.execute(f'SELECT coalesce(max(fid), 0) FROM "{TABLE}"').fetchone()[0]
        aside = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
            "AND (type = 'index' OR name IN (?, ?))",
            (TABLE, f"{RTREE}_insert", f"{FEATURES}_insert")).fetchall()
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
        try:
            for kind, name, _ in aside:
                conn.execute(f'DROP {kind.upper()} "{name}"')
            super()._insert_rows(conn, insert, columns, chunks, points)
            self._index_points(conn, before, *points)
            if any(name == f"{FEATURES}_insert" for _, name, _ in aside):
                # What that trigger does for each row inserted (their fids follow ``before``).
                conn.execute(f'INSERT OR IGNORE INTO "{PENDING}" (fid) SELECT fid FROM '
                             f'"{TABLE}" WHERE fid > ?', (before,))
            for _, _, sql in aside:
                conn.execute(sql)
        finally:
            conn.execute(f"PRAGMA cache_size = {int(cache)}")

    def _index_points(self, conn: sqlite3.Connection, before: int, lons: np.ndarray,
                      lats: np.ndarray) -> None:
        """Put the points just inserted (the rows after fid ``before``, at ``lons``, ``lats``
        in the order inserted) in the R-tree: the whole tree packed anew
        (:func:`geo.store.rtree.pack`) when they are most of it, else one by one."""
        fids = np.array([f for (f,) in conn.execute(
            f'SELECT fid FROM "{TABLE}" WHERE fid > ? ORDER BY fid', (before,))], dtype=np.int64)
        if len(fids) != len(lons):
            raise StoreError(f"the store {self.path} changed while it was written")
        # AUTOINCREMENT: the rows inserted have rising fids in the order they were inserted.
        has = ~np.isnan(lons)
        fids, boxes = fids[has], np.column_stack([lons[has], lons[has], lats[has], lats[has]])
        held = conn.execute(f'SELECT count(*) FROM "{RTREE}_rowid"').fetchone()[0]
        if len(fids) >= held:
            old_fids, old_boxes = envelopes(conn.execute(
                f'SELECT fid, geom FROM "{TABLE}" WHERE geom IS NOT NULL AND fid <= ?', (before,)))
            pack(conn, RTREE, np.r_[old_fids, fids], *np.vstack([old_boxes.reshape(-1, 4), boxes]).T)
        else:
            conn.executemany(f'INSERT OR REPLACE INTO "{RTREE}" VALUES (?, ?, ?, ?, ?)',
                             zip(fids.tolist(), *(b.tolist() for b in boxes.T)))

    # -- the SQL store's hooks -----------------------------------------------------------
    def _geoms(self, values: dict) -> list:
        return values["geom"]

    def _geom_read(self) -> list[str]:
        return ["geom"]

    def _lonlat(self, values: Sequence[Any]) -> tuple[float | None, float | None]:
        point = decode_point(values[0])
        return point if point else (None, None)

    def _lonlat_arrays(self, columns: Sequence[Sequence[Any]]):
        return decode_points(list(columns[0]))

    def _bbox_sql(self, bbox, *, dated: bool = False) -> tuple[str, list[Any]]:
        w, s, e, n = bbox
        # In a time window SQLite reads the window's rows by the date index and keeps those
        # in the box ("+fid": not the R-tree's rows one by one, every year of them): 2 to 5
        # times faster for a map view of a month or a quarter (bench/read_routes.py).
        fid = "+fid" if dated else "fid"
        return (f'{fid} IN (SELECT id FROM "{RTREE}" WHERE minx <= ? AND maxx >= ? '
                f'AND miny <= ? AND maxy >= ?)', [e, w, n, s])

    def _date_text(self, column: str) -> str:
        return column  # dates are ISO text in a GeoPackage

    def _after_write(self, conn: sqlite3.Connection, grown=None) -> None:
        super()._after_write(conn, grown)
        self._update_extent(conn, grown)

    def _joined_features(self, conn, fids) -> bytes | None:
        # One statement and one value back, not a row per feature (a third faster for a
        # page of 10,000). The fids in order are a JSON array: its rows in that order feed
        # group_concat (SQLite keeps a subquery's ORDER BY under an aggregate: it is not
        # flattened into it).
        if not self.JSON_FUNCTIONS:
            return None
        joined, stored, asked, current = conn.execute(
            f'SELECT CAST(group_concat(f.feature, \',\') AS BLOB), count(f.fid), count(*), '
            f'{STAMPED} FROM (SELECT j.value AS fid FROM json_each(?) AS j ORDER BY j.key) AS p '
            f'LEFT JOIN "{FEATURES}" AS f ON f.fid = p.fid',
            ("[" + ",".join(map(str, fids)) + "]",)).fetchone()
        return (joined or b"") if current and stored == asked == len(fids) else None

    def _kept(self) -> dict | None:
        """What this connection keeps about the file as it is now (counts, where pages
        start), emptied when the file changes; None inside a transaction (nothing is kept).
        data_version changes when another connection (a thread's, a process's, QGIS's)
        commits, total_changes when this one writes."""
        conn = self._conn()
        if conn.in_transaction:
            return None
        version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        kept = getattr(self._local, "counts", None)
        if kept is None or kept[0] != version:
            kept = self._local.counts = (version, {})
        if len(kept[1]) > COUNTS_KEPT:
            del kept[1][next(iter(kept[1]))]  # the oldest
        return kept[1]

    def _count_rows(self, sql, params) -> int:
        # Kept per connection until the file changes (_kept): the pages of one query ask the
        # same count (an OGC client paging 10 at a time through the demo store asks it 1,658
        # times), and counting a few years of 100,000 incidents is most of a page of 1,000.
        kept = self._kept()
        if kept is None:
            return super()._count_rows(sql, params)
        key = (sql, tuple(params))
        n = kept.get(key)
        if n is None:
            n = kept[key] = super()._count_rows(sql, params)
        return n

    def _paged(self, f, order, limit, offset):
        # A deep page in the store's order starts from the key (date, id) of its first row,
        # found from the nearest start this connection keeps for the query (_kept, until the
        # file changes): a client paging on skips one page's rows in the window index, not
        # every row before it (offset 99,990 of 100,000). The same rows: (date, id) orders
        # the rows totally (ids are unique), and the kept start is that of this file.
        where, params, tail = super()._paged(f, order, limit, offset)
        if offset < KEYSET_FROM or order not in _KEYSET:
            return where, params, tail
        start = self._page_start(where, params[:-2], order, offset)
        if start is None:
            return where, params, tail
        if start is PAST_END:  # no row there: an empty page, no row skipped again
            return where, [*params[:-2], 0, 0], tail
        return _after_key(where, order), [*start, *params[:-2], params[-2], 0], tail

    def _page_start(self, where: str, params: list, order: str,
                    offset: int) -> tuple[str, str] | None:
        """(date, id) of the row at ``offset`` of the selection ``where`` in ``order``, found
        from the nearest start kept; :data:`PAST_END` when there is no such row, None when
        nothing is kept now (in a transaction)."""
        kept = self._kept()
        if kept is None:
            return None
        starts = kept.setdefault(("page starts", where, tuple(params), order), {})
        if offset in starts:
            return starts[offset]
        base = max((o for o, k in starts.items() if o < offset and k is not PAST_END),
                   default=None)
        sql, args = f"SELECT date, id FROM {TABLE}{where}", list(params)
        if base is not None:
            sql = f"SELECT date, id FROM {TABLE}{_after_key(where, order)}"
            args = [*starts[base], *params]
        sql += f" ORDER BY {_ORDER_SQL[order]} LIMIT 1 OFFSET ?"
        row = self._conn().execute(sql, [*args, offset - (base or 0)]).fetchone()
        if len(starts) >= STARTS_KEPT:
            del starts[next(iter(starts))]  # the oldest
        starts[offset] = PAST_END if row is None else (row[0], row[1])
        return starts[offset]

    def extent(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) of the stored points, from ``gpkg_contents``."""
        row = self._conn().execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                                   "WHERE table_name = ?", (TABLE,)).fetchone()
        return tuple(row) if row and row[0] is not None else None
