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

import datetime as dt
import hashlib
import json
import os
import sqlite3
import struct
import threading
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..errors import InputError, UserError
from ..incident import FIELDS, Incident
from .base import GROUP_KEYS, AddResult, Filters, IncidentStore

__all__ = ["GeoPackageStore", "StoreError", "encode_point", "decode_point", "TABLE"]

TABLE = "incidents"
RTREE = f"rtree_{TABLE}_geom"
GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10300  # GeoPackage 1.3.0
SRS_ID = 4326

WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)


class StoreError(UserError):
    """The store file cannot be used (not a GeoPackage, locked, read-only...)."""


# -- GeoPackage binary geometry ----------------------------------------------------------------
_HEADER = struct.Struct("<2sBBi")  # magic, version, flags, srs_id
_POINT = struct.Struct("<BIdd")  # byte order, type, x, y
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def encode_point(lon: float, lat: float) -> bytes:
    """A point as GeoPackage binary: header (no envelope, little endian) + WKB.

    >>> encode_point(36.0, 35.0).hex().upper()
    '47500001E6100000010100000000000000000042400000000000804140'
    """
    return _HEADER.pack(b"GP", 0, 0b00000001, SRS_ID) + _POINT.pack(1, 1, lon, lat)


def _envelope(blob: bytes | None) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) of a GeoPackage geometry; None when empty or not one."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    if flags & 0b00010000:  # empty geometry
        return None
    little = flags & 1
    indicator = (flags >> 1) & 0b111
    if indicator:
        fmt = "<4d" if little else ">4d"
        minx, maxx, miny, maxy = struct.unpack_from(fmt, blob, 8)
        return minx, maxx, miny, maxy
    wkb = blob[8 + _ENVELOPE_BYTES.get(indicator, 0):]
    if len(wkb) >= 21:
        order = "<" if wkb[0] == 1 else ">"
        gtype = struct.unpack_from(order + "I", wkb, 1)[0]
        if gtype % 1000 == 1:  # Point, PointZ, PointM, PointZM (ISO codes)
            x, y = struct.unpack_from(order + "dd", wkb, 5)
            if x != x:  # NaN coordinates: an empty point
                return None
            return x, x, y, y
    import shapely  # other geometry types: rare here (an edit in QGIS), worth the import

    geom = shapely.from_wkb(wkb)
    if geom is None or geom.is_empty:
        return None
    minx, miny, maxx, maxy = geom.bounds
    return minx, maxx, miny, maxy


def decode_point(blob: bytes | None) -> tuple[float, float] | None:
    """(lon, lat) of a stored geometry (a non-point gives its envelope's centre).

    >>> decode_point(encode_point(36.5, 35.25))
    (36.5, 35.25)
    """
    env = _envelope(blob)
    if env is None:
        return None
    minx, maxx, miny, maxy = env
    if minx == maxx and miny == maxy:
        return minx, miny
    return (minx + maxx) / 2, (miny + maxy) / 2


def _st(i: int):
    def fn(blob):
        env = _envelope(blob)
        return None if env is None else env[i]
    return fn


def _st_is_empty(blob):
    return 1 if _envelope(blob) is None else 0


# -- the table --------------------------------------------------------------------------------
# (column, GeoPackage type). Every Incident field except lon/lat (they are the geometry),
# plus derived columns for queries and change detection.
_TYPES = {
    "date": "DATE", "date_documented": "DATE", "source_date": "DATE", "date_end": "DATE",
    "killed": "INTEGER", "children": "INTEGER", "women": "INTEGER", "injured": "INTEGER",
    "deaths_total": "INTEGER", "deaths_low": "INTEGER", "deaths_high": "INTEGER",
    "location_precision": "INTEGER", "radius_m": "INTEGER",
}
_FIELD_COLUMNS = [f for f in FIELDS if f not in ("lon", "lat")]
# ``date_start`` / ``date_end`` hold the whole interval the incident's date allows
# (Incident.date_interval), so a store filter or a month group needs no date arithmetic.
# ``date_end`` is also the field: read back, Incident drops it when the precision implies it.
COLUMNS: list[tuple[str, str]] = (
    [(f, _TYPES.get(f, "TEXT")) for f in _FIELD_COLUMNS]
    + [("date_start", "DATE"), ("control_agrees", "BOOLEAN"),
       ("row_hash", "TEXT"), ("updated_at", "DATETIME")]
)
_COLNAMES = [c for c, _ in COLUMNS]
_INDEXED = ("date", "category", "perpetrator", "computed_control", "adm1_pcode", "adm2_pcode",
            "adm3_pcode", "dataset")

# An incident is counted in a month (year, day) only when the whole interval its date allows
# lies in that month; otherwise it goes to the IMPRECISE group, never to the month it starts in
# (a UCDP yearly aggregate dated 2016-01-01..2016-12-31 is no January event).
IMPRECISE = "imprecise"
_START, _END = "coalesce(date_start, date)", "coalesce(date_end, date)"


def _bucket(chars: int) -> str:
    return (f"CASE WHEN substr({_START}, 1, {chars}) = substr({_END}, 1, {chars}) "
            f"THEN substr(date, 1, {chars}) ELSE '{IMPRECISE}' END")


_GROUP_SQL = {
    "month": _bucket(7), "year": _bucket(4), "day": _bucket(10),
    "perpetrator": "perpetrator", "category": "category", "cause": "cause",
    "adm1": "adm1_pcode", "adm2": "adm2_pcode", "adm3": "adm3_pcode",
    "control": "computed_control", "stated_control": "stated_control", "dataset": "dataset",
}
_GROUP_NAME = {"adm1": "adm1_pcode", "adm2": "adm2_pcode", "adm3": "adm3_pcode",
               "control": "computed_control"}
_ORDER_SQL = {"date": "date, id", "-date": "date DESC, id DESC", "-killed": "killed DESC, date, id",
              "id": "id"}


def _row_values(inc: Incident, now: str) -> tuple[bytes | None, list[Any]]:
    d = inc.to_dict(include_names=True)
    d.pop("control_agrees")
    start, end = inc.date_interval
    geom = encode_point(inc.lon, inc.lat) if inc.lon is not None else None
    for key in ("victim_names", "injured_names"):
        d[key] = json.dumps(list(getattr(inc, key)), ensure_ascii=False) if getattr(inc, key) else None
    d["computed_forces"] = ";".join(inc.computed_forces) or None
    payload = json.dumps([d, geom.hex() if geom else None], ensure_ascii=False, sort_keys=True,
                         default=str)
    row_hash = hashlib.sha1(payload.encode("utf-8")).hexdigest()
    agrees = inc.control_agrees
    d["date_end"] = end.isoformat()
    values = [d[c] for c in _FIELD_COLUMNS] + [
        start.isoformat(), None if agrees is None else int(agrees), row_hash, now]
    return geom, values


class GeoPackageStore(IncidentStore):
    """Incidents in a GeoPackage file (created on first use).

    Parameters
    ----------
    path : the ``.gpkg`` file. Its directory is created if missing.
    readonly : open without creating or changing anything.
    """

    def __init__(self, path: str | os.PathLike, *, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._absent: set[str] = set()
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
                conn.create_function(name, 1, _st(i), deterministic=True)
            conn.create_function("ST_IsEmpty", 1, _st_is_empty, deterministic=True)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            self._all.clear()
        self._local = threading.local()

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
            if missing and not self.readonly:
                # A store written by an older version: add the new columns, keep the rows.
                with self._transaction(conn):
                    for c, t in missing:
                        conn.execute(f'ALTER TABLE "{TABLE}" ADD COLUMN "{c}" {t}')
                missing = []
            # Read-only on an older store: the missing columns read as empty.
            self._absent = {c for c, _ in missing}
            return
        if self.readonly:
            raise StoreError(f"{self.path} has no '{TABLE}' layer")
        with self._transaction(conn):
            self._create(conn)

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
        cols = ", ".join(f'"{c}" {t}' + (" NOT NULL" if c in ("id", "date", "category", "killed") else "")
                         for c, t in COLUMNS)
        conn.execute(f'CREATE TABLE "{TABLE}" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
                     f'"geom" POINT, {cols})')
        conn.execute(f'CREATE UNIQUE INDEX "idx_{TABLE}_id" ON "{TABLE}" ("id")')
        for c in _INDEXED:
            conn.execute(f'CREATE INDEX "idx_{TABLE}_{c}" ON "{TABLE}" ("{c}")')
        conn.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
            "VALUES (?, 'features', ?, ?, ?)",
            (TABLE, TABLE, "Incidents of civilian harm in Syria (syria-incident-map)", SRS_ID))
        conn.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', ?, 0, 0)",
                     (TABLE, SRS_ID))
        conn.execute("INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
                     "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')", (TABLE,))
        conn.execute(f'CREATE VIRTUAL TABLE "{RTREE}" USING rtree(id, minx, maxx, miny, maxy)')
        # The triggers of the GeoPackage R-tree extension (1.3/1.4 form).
        t, r, bbox_new = f'"{TABLE}"', f'"{RTREE}"', ('ST_MinX(NEW."geom"), ST_MaxX(NEW."geom"), '
                                                     'ST_MinY(NEW."geom"), ST_MaxY(NEW."geom")')
        conn.execute(f'CREATE TRIGGER "{RTREE}_insert" AFTER INSERT ON {t} WHEN (new."geom" NOT NULL '
                     f'AND NOT ST_IsEmpty(NEW."geom")) BEGIN INSERT OR REPLACE INTO {r} VALUES '
                     f'(NEW."fid", {bbox_new}); END')
        conn.execute(f'CREATE TRIGGER "{RTREE}_update6" AFTER UPDATE OF "geom" ON {t} WHEN '
                     f'OLD."fid" = NEW."fid" AND (NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom")) '
                     f'AND (OLD."geom" NOTNULL AND NOT ST_IsEmpty(OLD."geom")) BEGIN UPDATE {r} SET '
                     f'minx = ST_MinX(NEW."geom"), maxx = ST_MaxX(NEW."geom"), miny = ST_MinY(NEW."geom"), '
                     f'maxy = ST_MaxY(NEW."geom") WHERE id = NEW."fid"; END')
        conn.execute(f'CREATE TRIGGER "{RTREE}_update7" AFTER UPDATE OF "geom" ON {t} WHEN '
                     f'OLD."fid" = NEW."fid" AND (NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom")) '
                     f'AND (OLD."geom" ISNULL OR ST_IsEmpty(OLD."geom")) BEGIN INSERT INTO {r} VALUES '
                     f'(NEW."fid", {bbox_new}); END')
        conn.execute(f'CREATE TRIGGER "{RTREE}_update2" AFTER UPDATE OF "geom" ON {t} WHEN '
                     f'OLD."fid" = NEW."fid" AND (NEW."geom" ISNULL OR ST_IsEmpty(NEW."geom")) BEGIN '
                     f'DELETE FROM {r} WHERE id = OLD."fid"; END')
        conn.execute(f'CREATE TRIGGER "{RTREE}_update5" AFTER UPDATE ON {t} WHEN OLD."fid" != NEW."fid" '
                     f'AND (NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom")) BEGIN DELETE FROM {r} '
                     f'WHERE id = OLD."fid"; INSERT OR REPLACE INTO {r} VALUES (NEW."fid", {bbox_new}); END')
        conn.execute(f'CREATE TRIGGER "{RTREE}_update4" AFTER UPDATE ON {t} WHEN OLD."fid" != NEW."fid" '
                     f'AND (NEW."geom" ISNULL OR ST_IsEmpty(NEW."geom")) BEGIN DELETE FROM {r} WHERE id '
                     f'IN (OLD."fid", NEW."fid"); END')
        conn.execute(f'CREATE TRIGGER "{RTREE}_delete" AFTER DELETE ON {t} WHEN old."geom" NOT NULL '
                     f'BEGIN DELETE FROM {r} WHERE id = OLD."fid"; END')

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

    def _update_extent(self, conn: sqlite3.Connection) -> None:
        # Exact, from the geometries: the R-tree holds float32 boxes rounded outwards.
        ext = conn.execute(f'SELECT min(ST_MinX(geom)), min(ST_MinY(geom)), max(ST_MaxX(geom)), '
                           f'max(ST_MaxY(geom)) FROM "{TABLE}" WHERE geom IS NOT NULL').fetchone()
        conn.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                     "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?",
                     (*ext, TABLE))

    # -- writing ----------------------------------------------------------------------
    def add_many(self, incidents: Iterable[Incident]) -> AddResult:
        if self.readonly:
            raise StoreError(f"the store {self.path} is open read-only")
        # The whole batch is read (and so validated) before the transaction starts.
        batch: dict[str, Incident] = {}
        seen = 0
        for inc in incidents:
            if not isinstance(inc, Incident):
                raise TypeError(f"add_many takes Incident objects, not {type(inc).__name__}")
            seen += 1
            batch[inc.id] = inc
        duplicates = seen - len(batch)
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        rows = []
        for inc in batch.values():
            geom, values = _row_values(inc, now)
            rows.append((inc.id, geom, values))
        conn = self._conn()
        added = updated = unchanged = 0
        cols = ", ".join(f'"{c}"' for c in ["geom", *_COLNAMES])
        marks = ", ".join("?" * (len(_COLNAMES) + 1))
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in ["geom", *_COLNAMES])
        sql = (f'INSERT INTO "{TABLE}" ({cols}) VALUES ({marks}) ON CONFLICT("id") DO UPDATE SET {sets} '
               f'WHERE "{TABLE}".row_hash IS NOT excluded.row_hash')
        hash_pos = _COLNAMES.index("row_hash")
        with self._transaction(conn):
            existing: dict[str, str] = {}
            ids = list(batch)
            for i in range(0, len(ids), 900):
                chunk = ids[i:i + 900]
                q = f'SELECT id, row_hash FROM "{TABLE}" WHERE id IN ({",".join("?" * len(chunk))})'
                existing.update(conn.execute(q, chunk).fetchall())
            params = []
            for iid, geom, values in rows:
                old = existing.get(iid, False)
                if old is False:
                    added += 1
                elif old == values[hash_pos]:
                    unchanged += 1
                    continue
                else:
                    updated += 1
                params.append([geom, *values])
            try:
                conn.executemany(sql, params)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write to the incident store {self.path}: {exc}") from None
            self._update_extent(conn)
        return AddResult(added, updated, unchanged, duplicates)

    def delete(self, incident_id: str) -> bool:
        if self.readonly:
            raise StoreError(f"the store {self.path} is open read-only")
        conn = self._conn()
        with self._transaction(conn):
            n = conn.execute(f'DELETE FROM "{TABLE}" WHERE id = ?', (str(incident_id),)).rowcount
            if n:
                self._update_extent(conn)
        return n > 0

    # -- reading ----------------------------------------------------------------------
    def _where(self, f: Filters) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if f.bbox:
            w, s, e, n = f.bbox
            clauses.append(f'fid IN (SELECT id FROM "{RTREE}" WHERE minx <= ? AND maxx >= ? '
                           f'AND miny <= ? AND maxy >= ?)')
            params += [e, w, n, s]
        # A window holds an incident when the whole interval its date allows lies in it
        # ("date >= ?" also lets SQLite use the date index: date_start <= date <= date_end).
        if f.start:
            clauses.append(f"date >= ? AND {_START} >= ?")
            params += [f.start.isoformat()] * 2
        if f.end:
            clauses.append(f"date <= ? AND {_END} <= ?")
            params += [f.end.isoformat()] * 2
        if f.max_precision is not None:
            clauses.append("coalesce(location_precision, 1) <= ?")
            params.append(int(f.max_precision))
        if f.min_precision is not None:
            clauses.append("coalesce(location_precision, 1) >= ?")
            params.append(int(f.min_precision))
        for name, column in (("category", "category"), ("perpetrator", "perpetrator"),
                             ("cause", "cause"), ("control", "computed_control"),
                             ("stated_control", "stated_control"), ("adm1", "adm1_pcode"),
                             ("adm2", "adm2_pcode"), ("adm3", "adm3_pcode"),
                             ("dataset", "dataset"), ("ids", "id")):
            values = getattr(f, name)
            if values:
                clauses.append(f'"{column}" IN ({",".join("?" * len(values))})')
                params += list(values)
        if f.victims:
            # "any of": an incident that killed a child or a woman, for victims=children,women.
            clauses.append("(" + " OR ".join(f'coalesce("{v}", 0) > 0' for v in f.victims) + ")")
        if f.agrees is not None:
            clauses.append("control_agrees = ?")
            params.append(1 if f.agrees else 0)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _incident(self, row: sqlite3.Row | tuple, names: list[str]) -> Incident:
        d = dict(zip(names, row))
        fid = d.pop("fid")
        # The date_end column is the end of the interval; it is the incident's own span only
        # when the interval starts on the date (else the precision implied it: a week, a month).
        if d.pop("date_start", None) not in (None, d.get("date")):
            d["date_end"] = None
        point = decode_point(d.pop("geom"))
        d["lon"], d["lat"] = point if point else (None, None)
        for key in ("victim_names", "injured_names"):
            d[key] = json.loads(d[key]) if d.get(key) else ()
        d["computed_forces"] = tuple((d.get("computed_forces") or "").split(";")) if d.get("computed_forces") else ()
        try:
            return Incident.from_dict(d)
        except InputError as exc:
            # A row edited by hand (e.g. in QGIS) into something invalid.
            raise InputError(exc.message, source=f"{self.path} (feature {fid})", field=exc.field) from None

    def _select(self, where: str, params: list[Any], tail: str = "") -> list[Incident]:
        conn = self._conn()
        names = ["fid", "geom", *_FIELD_COLUMNS, "date_start"]
        cols = ", ".join(f'NULL AS "{c}"' if c in self._absent else f'"{c}"' for c in names)
        cur = conn.execute(f'SELECT {cols} FROM "{TABLE}"{where}{tail}', params)
        return [self._incident(r, names) for r in cur]

    def get(self, incident_id: str) -> Incident | None:
        found = self._select(" WHERE id = ?", [str(incident_id)])
        return found[0] if found else None

    def query(self, filters: Filters | None = None, *, limit: int | None = None, offset: int = 0,
              order: str = "date", **kw) -> list[Incident]:
        f = self._filters(filters, kw)
        self._check_paging(limit, offset, order)
        where, params = self._where(f)
        tail = f" ORDER BY {_ORDER_SQL[order]}"
        if limit is not None or offset:
            tail += " LIMIT ? OFFSET ?"
            params = [*params, -1 if limit is None else limit, offset]
        return self._select(where, params, tail)

    def count(self, filters: Filters | None = None, **kw) -> int:
        where, params = self._where(self._filters(filters, kw))
        return self._conn().execute(f'SELECT count(*) FROM "{TABLE}"{where}', params).fetchone()[0]

    def stats(self, filters: Filters | None = None, *,
              group_by: Sequence[str] = ("month", "perpetrator", "adm1"), **kw) -> list[dict]:
        keys = [group_by] if isinstance(group_by, str) else list(group_by)
        keys = [k for part in keys for k in str(part).split(",") if k.strip()]
        keys = [k.strip() for k in keys]
        for k in keys:
            if k not in GROUP_KEYS:
                raise InputError(f"cannot group by {k!r}; use {', '.join(GROUP_KEYS)}", field="group_by")
        where, params = self._where(self._filters(filters, kw))
        exprs = [f"{_GROUP_SQL[k]} AS g{i}" for i, k in enumerate(keys)]
        # A sum over only unknown counts stays unknown (None), not 0: UCDP records no children.
        sums = ("count(*), coalesce(sum(killed),0), sum(children), sum(women), sum(injured), "
                + ("NULL" if "deaths_total" in self._absent else "sum(deaths_total)"))
        select = ", ".join([*exprs, sums])
        group = (" GROUP BY " + ", ".join(f"g{i}" for i in range(len(keys)))
                 + " ORDER BY " + ", ".join(f"g{i}" for i in range(len(keys)))) if keys else ""
        out = []
        for row in self._conn().execute(f'SELECT {select} FROM "{TABLE}"{where}{group}', params):
            rec = {_GROUP_NAME.get(k, k): row[i] for i, k in enumerate(keys)}
            n = len(keys)
            rec.update(incidents=row[n], killed=row[n + 1], children=row[n + 2], women=row[n + 3],
                       injured=row[n + 4], deaths_total=row[n + 5])
            out.append(rec)
        return out

    def extent(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) of the stored points, from ``gpkg_contents``."""
        row = self._conn().execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                                   "WHERE table_name = ?", (TABLE,)).fetchone()
        return tuple(row) if row and row[0] is not None else None
