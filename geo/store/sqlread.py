"""Reading many incidents without a Python object per row: the store's vectorised reads.

:class:`SQLReads` is a part of :class:`~geo.store.sql.SQLStore` (one implementation for the
GeoPackage and the PostGIS store):

* :meth:`~SQLReads.arrays`: the columns a computation needs, in one SQL query, as numpy
  arrays (the map's clusters read ``lon``, ``lat``, ``category``, ``killed`` and the control);
* :meth:`~SQLReads.select`: a :class:`Selection`, the selected rows' ``fid`` in order (8 bytes
  an incident), read in chunks of :class:`~geo.store.records.Records`: one query by primary
  key per chunk, and one for the records of their linked events. A reader of a million
  incidents holds one chunk at a time, and no statement stays open while a slow client
  reads (a GeoPackage's writers are never locked out by an export).

The store's :meth:`~geo.store.base.IncidentStore.query` builds its Incident objects from the
same records (:meth:`SQLReads._read`), so both read a row one way.

>>> sel = store.select(category="landmine", order="-date")         # doctest: +SKIP
>>> len(sel), sum(len(chunk) for chunk in sel.chunks(1000))          # doctest: +SKIP
(412, 412)
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from ..errors import InputError
from ..gcpause import paused
from .base import Filters
from .records import RECORD_FIELDS, Records, own_ends
from .schema import FIELD_COLUMNS, TABLE

if TYPE_CHECKING:
    from .sqljson import PublicJSON

__all__ = ["SQLReads", "Selection", "CHUNK"]

CHUNK = 5000  # incidents read at once: a few MB, and few enough parameters for any backend
_FETCH = 65_536  # rows fetched at once when reading fids or arrays
_ORDER_SQL = {"date": "date, id", "-date": "date DESC, id DESC", "-killed": "killed DESC, date, id",
              "id": "id"}
# What a record is read from: the fields (date_end: the end of the span the date allows),
# then the first day of that span, the event and the stored control agreement.
_READ = ["fid", *FIELD_COLUMNS, "date_start", "event_id", "control_agrees"]
_DATES = ("date", "date_documented", "date_end", "source_date", "date_start")


def _iso_column(values: list) -> list:
    """ISO text for a column of dates (PostgreSQL gives dates, SQLite their text)."""
    if not {dt.date, dt.datetime} & set(map(type, values)):
        return values
    return [v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v for v in values]


class Selection:
    """The incidents a query selects, in order: their number, provenance and records.

    Made by :meth:`SQLReads.select` (or :meth:`SQLReads.select_fids`); iterating it gives
    :class:`Records` of at most :data:`CHUNK` incidents each.
    """

    def __init__(self, store, fids, order: str | None, query: tuple | None = None):
        self.store = store
        self._fids = fids  # None: read from the query when first asked for (:attr:`fids`)
        self.order = order  # None: the order of the fids given
        # (where, params, tail) of the selection: its ORDER BY and LIMIT tail, for reading its
        # fids, its provenance and (a page) its joined features in one statement.
        self._query = query
        self._provenance: list[dict] | None = None  # counted as it was selected
        self._returned: int | None = None  # its number, when known before its fids

    @property
    def fids(self):
        """The selected rows' ``fid`` in order (an int64 array), read on first use."""
        if self._fids is None:
            self._fids = self.store._fid_array(*self._query)
        return self._fids

    def __len__(self) -> int:
        if self._fids is None and self._returned is not None:
            return self._returned
        return len(self.fids)

    def __iter__(self) -> Iterator[Records]:
        return self.chunks()

    def chunks(self, size: int | None = None) -> Iterator[Records]:
        """The records, ``size`` (:data:`CHUNK`) at a time (each chunk one query by primary key)."""
        size = size or CHUNK
        for i in range(0, len(self.fids), size):
            part = self.fids[i:i + size].tolist()
            # In the order of the fids (the selection's): sorted here, not by the database,
            # which would sort whole rows.
            with paused():
                chunk = self.store._read(f" WHERE fid IN ({','.join('?' * len(part))})", part,
                                         in_order=part)[0]
            yield chunk

    def public_json(self, size: int | None = None) -> Iterator["PublicJSON"]:
        """The public properties of the selected incidents as JSON text, ``size``
        (:data:`CHUNK`) at a time, each chunk a :class:`~geo.store.sqljson.PublicJSON`
        (records left to Python where the database cannot write them)."""
        from .sqljson import public_json

        size = size or CHUNK
        for i in range(0, len(self.fids), size):
            part = self.fids[i:i + size].tolist()
            with paused():
                chunk = public_json(self.store, f" WHERE fid IN ({','.join('?' * len(part))})",
                                    part, part)
            yield chunk

    def public_features(self, key: bytes | None = None) -> list[bytes]:
        """The public GeoJSON Feature of each selected incident as JSON text, in order: as
        the store keeps it (made when the record was written, :mod:`geo.store.sqlfeatures`),
        or made now."""
        return self.store._public_features(self.fids.tolist(), key)

    def public_features_joined(self, key: bytes | None = None) -> bytes | memoryview:
        """:meth:`public_features` joined by commas: the members of the JSON array of the
        selection's features (joined by the database when it keeps them all: for a selection
        whose fids are not read yet, in the statement that selects them; or gathered from the
        store's features file, :mod:`geo.store.featurefile`). Bytes, or a read-only view of
        the features file (a page that lies in one piece of it, not copied): join it (``b""
        .join``, :class:`service.core.Members`), do not search it (``in`` on a view compares
        single bytes)."""
        if self._fids is None and self._query is not None:
            page = self.store._joined_selection(*self._query, key=key)
            if page is not None:
                joined, self._returned = page
                if joined is not None:
                    return joined
                # A text is not stored (a linked record's): the others read, it made now.
                return b",".join(self.store._public_features(self.fids.tolist(), key))
        return self.store._public_features_joined(self.fids.tolist(), key)

    def records(self) -> Records:
        """Every record in one :class:`Records` (for a page: a few thousand at most)."""
        out = Records.empty()
        for chunk in self.chunks():
            out.extend(chunk)
        return out

    def provenance(self) -> list[dict]:
        """Per dataset of the selection: ``incidents``, how many carry a controlling force
        (``with_control``), are located without one (``located_without_control``: an export
        fills it from the control index) and name their place in words (``with_place_text``).
        What an export must credit (:func:`geo.export.metadata.attribution`).
        """
        if self._provenance is not None:
            return self._provenance
        if self._query is None:  # rows given by fid: counted from their records
            return self.records().provenance()
        where, params, tail = self._query
        store = self.store
        cols = "dataset, computed_control, place_text, geom"
        source = f"{TABLE}{where}"
        if "LIMIT" in tail:  # a page: its own rows only
            source = f"(SELECT {cols} FROM {TABLE}{where}{tail}) AS page"
        sql = (f"SELECT dataset, count(*), "
               f"sum(CASE WHEN computed_control IS NOT NULL THEN 1 ELSE 0 END), "
               f"sum(CASE WHEN computed_control IS NULL AND geom IS NOT NULL THEN 1 ELSE 0 END), "
               f"sum(CASE WHEN place_text IS NOT NULL THEN 1 ELSE 0 END) "
               f"FROM {source} GROUP BY dataset ORDER BY dataset")
        return [{"dataset": r[0], "incidents": int(r[1]), "with_control": int(r[2]),
                 "located_without_control": int(r[3]), "with_place_text": int(r[4])}
                for r in store._run(store._conn(), sql, params).fetchall()]


class SQLReads:
    """Vectorised reads over the SQL store's hooks (see the module doc)."""

    JSON_FUNCTIONS = False  # the database writes JSON (geo.store.sqljson): SQLite does

    def _lonlat_arrays(self, columns: Sequence[Sequence[Any]]):
        """(lons, lats) as float arrays (NaN: no point) from the columns of :meth:`_geom_read`."""
        import numpy as np

        pairs = [self._lonlat(values) for values in zip(*columns)]
        return (np.array([p[0] for p in pairs], dtype=float),
                np.array([p[1] for p in pairs], dtype=float))

    def _columns_sql(self, names: Sequence[str]) -> list[str]:
        return [f'NULL AS "{c}"' if c in self._absent else f'"{c}"' for c in names]

    def _fetch(self, sql: str, params: Sequence[Any]) -> Iterator[list]:
        cur = self._run(self._conn(), sql, params)
        while True:
            rows = cur.fetchmany(_FETCH)
            if not rows:
                return
            yield rows

    def arrays(self, filters: Filters | None = None, *, columns: Sequence[str] = ("fid",),
               limit: int | None = None, offset: int = 0, order: str | None = None,
               **kw) -> dict:
        """The selected incidents' ``columns`` as numpy arrays, in one SQL query.

        ``fid`` is an int64 array, ``lon`` / ``lat`` float arrays (NaN where there is no
        point), any other column an object array of its stored values.

        >>> a = store.arrays(category="massacre", columns=("lon", "lat", "killed"))  # doctest: +SKIP
        >>> a["killed"].sum() == sum(i.killed for i in store.query(category="massacre"))  # doctest: +SKIP
        True
        """
        import numpy as np

        where, params, tail = self._paged(self._filters(filters, kw), order, limit, offset)
        geo = self._geom_read() if {"lon", "lat"} & set(columns) else []
        plain = [c for c in columns if c not in ("lon", "lat")]
        sql = f"SELECT {', '.join([*geo, *self._columns_sql(plain)])} FROM {TABLE}{where}{tail}"
        parts: dict[str, list] = {c: [] for c in columns}
        for rows in self._fetch(sql, params):
            cols = list(zip(*rows))
            if geo:
                lons, lats = self._lonlat_arrays(cols[:len(geo)])
                for name, values in (("lon", lons), ("lat", lats)):
                    if name in parts:
                        parts[name].append(values)
            for name, values in zip(plain, cols[len(geo):]):
                parts[name].append(np.fromiter(values, dtype=np.int64, count=len(values))
                                   if name == "fid" else np.array(values, dtype=object))
        kinds = {"fid": np.int64, "lon": float, "lat": float}
        return {name: (np.concatenate(chunks) if chunks
                       else np.zeros(0, dtype=kinds.get(name, object)))
                for name, chunks in parts.items()}

    def _paged(self, f: Filters, order: str | None, limit: int | None,
               offset: int) -> tuple[str, list, str]:
        """``(where, params, tail)`` of a selection in ``order``, paged: the ``ORDER BY`` and
        ``LIMIT`` tail, its parameters after the filters'."""
        self._check_paging(limit, offset, order or "date")
        where, params = self._selection(f)
        tail = f" ORDER BY {_ORDER_SQL[order]}" if order else ""
        if limit is not None or offset:
            tail += " LIMIT ? OFFSET ?"
            params = [*params, 2**62 if limit is None else limit, offset]
        return where, params, tail

    def select(self, filters: Filters | None = None, *, limit: int | None = None,
               offset: int = 0, order: str = "date", provenance: bool = False,
               **kw) -> Selection:
        """The incidents the filters select, in ``order``, paged: a :class:`Selection` to
        read in chunks of records (see the module doc). With ``provenance``, its
        :meth:`Selection.provenance` is counted in the same pass (an export's metadata)."""
        import numpy as np

        f = self._filters(filters, kw)
        where, params, tail = self._paged(f, order, limit, offset)
        if not provenance:
            # Its fids are read when first asked for: a page whose features the database
            # joins needs none (Selection.public_features_joined).
            return Selection(self, None, order, (where, params, tail))
        sql = (f"SELECT fid, dataset, computed_control IS NOT NULL, geom IS NOT NULL, "
               f"place_text IS NOT NULL FROM {TABLE}{where}{tail}")
        parts, counts = [], {}
        for rows in self._fetch(sql, params):
            parts.append(np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows)))
            for _, dataset, control, located, place in rows:
                c = counts.get(dataset)
                if c is None:
                    c = counts[dataset] = [0, 0, 0, 0]
                c[0] += 1
                c[1] += bool(control)
                c[2] += bool(located) and not control
                c[3] += bool(place)
        fids = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        selection = Selection(self, fids, order)
        selection._provenance = [{"dataset": ds, "incidents": c[0], "with_control": c[1],
                                  "located_without_control": c[2], "with_place_text": c[3]}
                                 for ds, c in sorted(counts.items())]
        return selection

    def _fid_array(self, where: str, params: Sequence[Any], tail: str):
        """The ``fid`` of the rows ``SELECT ... {where}{tail}`` selects, in order (int64)."""
        import numpy as np

        parts = [np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
                 for rows in self._fetch(f"SELECT fid FROM {TABLE}{where}{tail}", params)]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def select_fids(self, fids) -> Selection:
        """A :class:`Selection` of the rows whose ``fid`` (as :meth:`arrays` reads them) is
        given, in the order given."""
        import numpy as np

        return Selection(self, np.asarray(fids, dtype=np.int64), None)

    # -- rows -> records ------------------------------------------------------------------
    def _read(self, where: str, params: Sequence[Any], tail: str = "", *,
              in_order: Sequence[int] | None = None) -> tuple[Records, list]:
        """The records of the rows ``WHERE ...`` selects (and their fids), linked events named;
        ``in_order``: the fids in the order the records are wanted."""
        geo = self._geom_read()
        cols = ", ".join([*geo, *self._columns_sql(_READ)])
        rows = self._run(self._conn(), f"SELECT {cols} FROM {TABLE}{where}{tail}",
                         params).fetchall()
        if not rows:
            return Records.empty(), []
        if in_order is not None:
            at = {fid: i for i, fid in enumerate(in_order)}
            rows.sort(key=lambda row: at[row[len(geo)]])
        columns = list(zip(*rows))
        lons, lats = self._lonlat_arrays(columns[:len(geo)])
        c = {name: list(values) for name, values in zip(_READ, columns[len(geo):])}
        for name in _DATES:
            c[name] = _iso_column(c[name])
        starts = [s or d for s, d in zip(c["date_start"], c["date"])]
        ends = [e or d for e, d in zip(c["date_end"], c["date"])]
        c["date_end"] = own_ends(c["date"], starts, c["date_end"], c["date_precision"])
        for name in ("victim_names", "injured_names"):
            c[name] = [self._names(v, name, fid) if v else () for v, fid in zip(c[name], c["fid"])]
        c["computed_forces"] = [v.split(";") if v else () for v in c["computed_forces"]]
        c["control_agrees"] = [None if v is None else bool(v) for v in c["control_agrees"]]
        c["lon"] = [None if x != x else x for x in lons.tolist()]
        c["lat"] = [None if y != y else y for y in lats.tolist()]
        events = self._event_members([e for e in c["event_id"] if e])
        c["linked_ids"] = [[m for m, _ in events.get(e, ()) if m != i] if e else ()
                           for e, i in zip(c["event_id"], c["id"])]
        links = [{m: p for m, p in events[e] if p} if e in events else None
                 for e in c["event_id"]]
        return Records({k: c[k] for k in RECORD_FIELDS}, starts, ends, links), list(c["fid"])

    def _names(self, value, field: str, fid) -> list:
        if not value:
            return ()
        try:
            names = json.loads(value)
        except ValueError:
            names = None
        if not isinstance(names, list):
            # A row edited by hand (e.g. in QGIS): its names cannot be read, so nothing is shown.
            raise InputError(f"{field} is not a JSON list of names", source=f"{self.path} "
                             f"(feature {fid})", field=field)
        return [str(n) for n in names]

    def _event_members(self, events: Sequence[str]) -> dict[str, list[tuple[str, str | None]]]:
        """Each event's records, the one standing for it first: ``(id, public id)``."""
        events = list(dict.fromkeys(events))
        members: dict[str, list[tuple[str, str | None]]] = {}
        pid = "NULL" if "public_id" in self._absent else "public_id"
        conn = self._conn()
        for i in range(0, len(events), 900):
            chunk = events[i:i + 900]
            for eid, iid, pub in self._run(
                    conn, f"SELECT event_id, id, {pid} FROM {TABLE} WHERE event_id IN "
                          f"({','.join('?' * len(chunk))}) ORDER BY event_rank, id",
                    chunk).fetchall():
                members.setdefault(eid, []).append((iid, pub))
        return members
