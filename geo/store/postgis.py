"""The PostGIS incident store: one PostgreSQL database that a team, and many servers, share.

Chosen by URL: ``incmap --store postgresql://user@host/db`` (any libpq connection URL:
``postgresql:///incidents?host=/run/postgresql`` for a Unix socket; a ``options=-csearch_path=S``
parameter puts the store in schema ``S``). Written with psycopg 3.

* the table ``incidents``: the same columns as the GeoPackage store's (:data:`~geo.store.sql.COLUMNS`),
  typed (``date``, ``integer``, ``boolean``, ``timestamptz``; text in the ``C`` collation, so ids and
  groups sort as in the GeoPackage store), the point in ``geom geometry(Point, 4326)`` with a
  **GiST** index, B-tree indexes for every filter, ``id`` unique;
* ``incident_links``: people's decisions on linked events (:mod:`geo.linking`);
* ``incmap_schema``: the schema version. Opening a store applies the :data:`MIGRATIONS` it lacks,
  in order, in one transaction, under an advisory lock (two servers starting at once migrate once).

Concurrency: readers never wait (MVCC). Every write is one transaction that first takes a
transaction-level advisory lock on the store, so writers (two imports at once, an import and an
edit through the API) run one after the other: nothing is lost, and no two writers can deadlock.

>>> store = PostGISStore("postgresql://incmap@db.example.org/incidents")   # doctest: +SKIP
>>> store.count(category="landmine", adm1="SY09")                        # doctest: +SKIP
41
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Sequence

import numpy as np

from .geometry import SRS_ID
from .schema import WINDOW_INDEX, WINDOW_INDEX_4
from .sql import COLUMNS, INDEXED, LINKS_TABLE, NOT_NULL, TABLE, SQLStore, StoreError
from .sqlaudit import AUDIT, META
from .sqlfeatures import FEATURES, STAMPED, postgres_statements

__all__ = ["PostGISStore", "MIGRATIONS", "SCHEMA_TABLE", "is_postgres_url", "redact_url"]

SCHEMA_TABLE = "incmap_schema"
_PG_TYPES = {"DATE": "date", "INTEGER": "integer", "BOOLEAN": "boolean",
             "DATETIME": "timestamptz", "TEXT": 'text COLLATE "C"'}
_EVENT_COLUMNS = ("event_id", "event_rank")
_LATER_COLUMNS = (*_EVENT_COLUMNS, "public_id")  # added by migrations after the first


def _column(name: str, kind: str) -> str:
    return f'"{name}" {_PG_TYPES[kind]}' + (" NOT NULL" if name in NOT_NULL else "")


def _migration_1() -> list[str]:
    cols = ", ".join(_column(c, t) for c, t in COLUMNS if c not in _LATER_COLUMNS)
    return [
        f'CREATE TABLE {TABLE} ("fid" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, '
        f'"geom" geometry(Point, {SRS_ID}), {cols}, CONSTRAINT {TABLE}_id_key UNIQUE ("id"))',
        f'CREATE INDEX {TABLE}_geom_gist ON {TABLE} USING gist ("geom")',
        *(f'CREATE INDEX {TABLE}_{c}_idx ON {TABLE} ("{c}")' for c in INDEXED
          if c not in _LATER_COLUMNS),
    ]


def _migration_2() -> list[str]:
    kinds = dict(COLUMNS)
    return [
        *(f"ALTER TABLE {TABLE} ADD COLUMN {_column(c, kinds[c])}" for c in _EVENT_COLUMNS),
        f'CREATE INDEX {TABLE}_event_id_idx ON {TABLE} ("event_id")',
        f'CREATE TABLE {LINKS_TABLE} ("id_a" text COLLATE "C" NOT NULL, "id_b" text COLLATE "C" '
        f'NOT NULL, "decision" text NOT NULL, "decided_at" timestamptz, "note" text, '
        f'PRIMARY KEY ("id_a", "id_b"))',
    ]


def _migration_3() -> list[str]:
    return [
        f'ALTER TABLE {TABLE} ADD COLUMN "public_id" text COLLATE "C"',
        f'CREATE INDEX {TABLE}_public_id_idx ON {TABLE} ("public_id")',
        f'CREATE TABLE {META} ("name" text PRIMARY KEY, "value" text NOT NULL)',
        f'CREATE TABLE {AUDIT} ("seq" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, '
        f'"at" text NOT NULL, "who" text NOT NULL, "action" text NOT NULL, "source" text, '
        f'"added" integer, "updated" integer, "deleted" integer, "changes" text)',
        f'CREATE INDEX {AUDIT}_who_idx ON {AUDIT} ("who")',
    ]


# (version, what it does, its statements). Append; never change one that has shipped.
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "the incident table: typed columns, the point with a GiST index, filter indexes",
     _migration_1()),
    (2, "linked events: event_id and event_rank, the table of people's link decisions",
     _migration_2()),
    (3, "public ids (and the key that makes them), the audit trail", _migration_3()),
    (4, "an index for counts over a time window (read without the rows)",
     [f'CREATE INDEX {TABLE}_window_idx ON {TABLE} ({", ".join(WINDOW_INDEX_4)})']),
    (5, "each record's public feature as JSON text, kept by a trigger (geo.store.sqlfeatures)",
     postgres_statements()),
    (6, "the window index ordered as pages are (date, id), covering their common filters",
     [f"DROP INDEX IF EXISTS {TABLE}_window_idx",
      f'CREATE INDEX {TABLE}_window_idx ON {TABLE} ({", ".join(WINDOW_INDEX)})']),
]


_EWKB = np.dtype([("order", "u1"), ("type", "<u4"), ("srid", "<i4"), ("x", "<f8"), ("y", "<f8")])


def ewkb_points(lons, lats) -> list[str | None]:
    """Points as hex EWKB with the SRID (PostGIS reads it as text), None where lon is NaN.

    >>> ewkb_points(np.array([36.0]), np.array([35.0]))
    ['0101000020E610000000000000000042400000000000804140']
    """
    lons = np.asarray(lons, dtype=float)
    lats = np.asarray(lats, dtype=float)
    ok = ~np.isnan(lons)
    rec = np.zeros(int(ok.sum()), dtype=_EWKB)
    rec["order"], rec["type"], rec["srid"] = 1, 0x20000001, SRS_ID
    rec["x"], rec["y"] = lons[ok], lats[ok]
    text = rec.tobytes().hex().upper()
    size = 2 * _EWKB.itemsize
    points = iter([text[i:i + size] for i in range(0, len(text), size)])
    return [next(points) if has else None for has in ok.tolist()]


def is_postgres_url(target: Any) -> bool:
    """True for a PostgreSQL connection URL.

    >>> is_postgres_url("postgresql://incmap@localhost/incidents"), is_postgres_url("x.gpkg")
    (True, False)
    """
    return str(target or "").startswith(("postgresql://", "postgres://"))


def redact_url(url: str) -> str:
    """The URL without its password, fit for a log line or an error.

    >>> redact_url("postgresql://incmap:s3cret@db/incidents")
    'postgresql://incmap:***@db/incidents'
    """
    import re

    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


class PostGISStore(SQLStore):
    """Incidents in a PostGIS database (the schema is created, or migrated, on first use).

    Parameters
    ----------
    url : a PostgreSQL connection URL (``postgresql://user@host/db``).
    readonly : open without creating or changing anything.
    """

    mark = "%s"

    def __init__(self, url: str, *, readonly: bool = False):
        try:
            import psycopg
        except ImportError:  # pragma: no cover - a dependency of the package
            raise StoreError("the PostGIS store needs psycopg 3: pip install 'psycopg[binary]'") from None
        self._psycopg = psycopg
        self.url = url
        self.path = redact_url(url)
        self.readonly = readonly
        self._init_connections()
        conn = self._conn()
        self._lock_key = self._run(conn, "SELECT hashtext(current_schema() || ?)",
                                   (f".{TABLE}",)).fetchone()[0]
        if readonly:
            if self._run(conn, "SELECT to_regclass(?)", (TABLE,)).fetchone()[0] is None:
                raise StoreError(f"no incident store at {self.path}; import some incidents first "
                                 f"(incmap import FILE --format ... --store URL)")
            # A store of an older schema, not migrated (read-only changes nothing): the columns
            # later migrations add read as empty, as in an older GeoPackage store.
            present = {c for (c,) in self._run(
                conn, "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                      "current_schema() AND table_name = ?", (TABLE,)).fetchall()}
            self._absent = frozenset(c for c, _ in COLUMNS if c not in present)
            self._has_features = self._run(conn, "SELECT to_regclass(?)",
                                           (FEATURES,)).fetchone()[0] is not None
        else:
            self._migrate(conn)

    # -- connections ------------------------------------------------------------------
    def _conn(self):
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            try:
                # No server-side prepared statements: a generic plan for a list of 900 ids
                # (the upsert's hash look-up) scans the table 100 times slower than a custom one.
                conn = self._psycopg.connect(self.url, autocommit=True, prepare_threshold=None,
                                             application_name="incmap")
            except self._psycopg.Error as exc:
                raise StoreError(f"cannot connect to the PostGIS incident store {self.path}: "
                                 f"{str(exc).strip()}") from None
            if self.readonly:
                conn.execute("SET default_transaction_read_only = on")
            self._keep(conn)
        return conn

    def __repr__(self) -> str:
        return f"PostGISStore({self.path!r})"

    @contextmanager
    def _transaction(self, conn):
        try:
            with conn.transaction():
                # One writer at a time on this store: nothing lost, no deadlock between writers.
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (self._lock_key,))
                yield conn
        except self._psycopg.Error as exc:
            raise StoreError(f"cannot write to the incident store {self.path}: "
                             f"{str(exc).strip()}") from None

    def _run_many(self, conn, text: str, rows: list[Sequence[Any]]) -> None:
        if rows:
            # One statement for many rows: prepared once, then sent in a pipeline.
            conn.prepare_threshold = 0
            try:
                with conn.cursor() as cur:
                    cur.executemany(self._sql(text), rows)
            finally:
                conn.prepare_threshold = None

    # -- schema -----------------------------------------------------------------------
    def schema_version(self) -> int:
        """The version of the store's schema (the last migration applied)."""
        row = self._run(self._conn(), f"SELECT max(version) FROM {SCHEMA_TABLE}").fetchone()
        return row[0] or 0

    def _migrate(self, conn) -> None:
        with self._transaction(conn):
            if self._run(conn, "SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone() is None:
                try:
                    with conn.transaction():
                        conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                except self._psycopg.Error as exc:
                    raise StoreError(f"PostGIS is not installed in {self.path} and cannot be "
                                     f"({str(exc).strip()}); as a database owner run: "
                                     f"CREATE EXTENSION postgis;") from None
            conn.execute(f"CREATE TABLE IF NOT EXISTS {SCHEMA_TABLE} (version integer PRIMARY KEY, "
                         f"description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
            current = conn.execute(f"SELECT coalesce(max(version), 0) FROM {SCHEMA_TABLE}").fetchone()[0]
            if current > MIGRATIONS[-1][0]:
                raise StoreError(f"the store {self.path} has schema version {current}, newer than "
                                 f"this incmap knows ({MIGRATIONS[-1][0]}); upgrade incmap")
            for version, description, statements in MIGRATIONS:
                if version <= current:
                    continue
                for statement in statements:
                    conn.execute(statement)
                self._run(conn, f"INSERT INTO {SCHEMA_TABLE} (version, description) VALUES (?, ?)",
                          (version, description))
                if version == 2 and current >= 1:  # rows written before events were linked
                    self._relink_window(conn, ("2011-01-01", "2100-01-01"))
                if version == 3:
                    self._create_meta_rows(conn)
                    self._fill_public_ids(conn)  # rows written before public ids
            # The public feature texts of an older public form (or none yet): made again.
            self._has_features = True
            self._reencode_features(conn)

    # -- the SQL store's hooks -----------------------------------------------------------
    _geom_sql = "?::geometry"  # hex EWKB: the text form PostGIS reads (in COPY too)

    def _geoms(self, values: dict) -> list:
        return ewkb_points(values["lon"], values["lat"])

    def _insert_rows(self, conn, insert: str, columns: list[str], chunks, points) -> None:
        # COPY: the rows stream to the server in one statement (a pipeline of INSERTs costs a
        # round of parsing and planning per row).
        names = ", ".join(f'"{c}"' for c in columns)
        with conn.cursor() as cur, cur.copy(f"COPY {TABLE} ({names}) FROM STDIN") as copy:
            for chunk in chunks:
                for row in chunk:
                    copy.write_row(row)

    def _geom_read(self) -> list[str]:
        return ["ST_X(geom)", "ST_Y(geom)"]

    def _lonlat(self, values: Sequence[Any]) -> tuple[float | None, float | None]:
        return values[0], values[1]

    def _lonlat_arrays(self, columns: Sequence[Sequence[Any]]):
        import numpy as np

        return np.array(columns[0], dtype=float), np.array(columns[1], dtype=float)

    def _bbox_sql(self, bbox, *, dated: bool = False) -> tuple[str, list[Any]]:
        return f"geom && ST_MakeEnvelope(?, ?, ?, ?, {SRS_ID})", list(bbox)

    def _date_text(self, column: str) -> str:
        return f"to_char({column}, 'YYYY-MM-DD')"

    def _distinct(self, a: str, b: str) -> str:
        return f"{a} IS DISTINCT FROM {b}"

    def _joined_features(self, conn, fids) -> bytes | None:
        # One statement and one value back, not a row per feature: the fids as an array,
        # unnested with their positions, the texts joined in that order.
        joined, stored, asked = self._run(
            conn, f"SELECT string_agg(f.feature, ','::bytea ORDER BY j.n), count(f.fid), "
                  f"count(*) FROM unnest(?::bigint[]) WITH ORDINALITY AS j(fid, n) "
                  f"LEFT JOIN {FEATURES} AS f ON f.fid = j.fid AND {STAMPED}",
            (list(fids),)).fetchone()
        return bytes(joined or b"") if stored == asked == len(fids) else None

    def extent(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) of the stored points."""
        row = self._run(self._conn(), f"SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) "
                                      f"FROM (SELECT ST_Extent(geom) AS e FROM {TABLE}) AS x").fetchone()
        return tuple(row) if row and row[0] is not None else None
