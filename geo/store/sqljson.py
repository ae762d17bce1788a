"""The public properties of incidents as JSON text, written by the database itself.

A page of ``/api/incidents`` is thousands of GeoJSON features of forty fields each. For
the records that name nobody (no victim or injured names), hold no control character and
belong to no linked event, the public form (:func:`geo.privacy.public_form`) is the record
itself with its names left out, so SQLite's JSON functions can write it, in C, row by row:
Python only adds what the database cannot make (the point read from the geometry, the
``date_end`` the record keeps, the control agreement) and joins the pieces.

Every other record (it names someone, links to other records, holds a control character,
or a value of a type the record never holds, as after a hand edit in QGIS) is left to
Python: :func:`public_json` gives its record (:class:`~geo.store.records.Records`), which the
caller makes public the one way (:meth:`Records.public_columns`). So does a backend without
these functions (PostGIS): every record is given as a record.

The text parses to the properties ``geo.export.record_features`` makes of the same record
(``tests/test_store_reads.py`` compares them on real records, named and linked ones too).

>>> chunk = next(store.select(category="landmine").public_json())   # doctest: +SKIP
>>> json.loads(chunk.properties[0])["victim_names"]                  # doctest: +SKIP
Traceback (most recent call last):
KeyError: 'victim_names'
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import json
import sqlite3
from typing import Sequence

from ..privacy import CONTROL_RE
from .records import PUBLIC_FIELDS, Records, own_ends
from .schema import _TYPES, TABLE

__all__ = ["PublicJSON", "PUBLIC_FIELDS", "public_json", "sqlite_json"]

# What Python adds to the database's text: the end of the date's span as the record keeps it,
# the point (from the geometry), the event (none, for the records written here), the agreement.
_ADDED = ("date_end", "lon", "lat", "event_id", "linked_ids", "control_agrees")
_NUMBERS = tuple(f for f, kind in _TYPES.items() if kind == "INTEGER")
_STRING = json.encoder.encode_basestring


def _runs() -> list[tuple[str, ...]]:
    """The fields between those Python adds, in order: each run one ``json_object``."""
    runs: list[list[str]] = [[]]
    for f in PUBLIC_FIELDS:
        if f in _ADDED:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(f)
    return [tuple(r) for r in runs if r]


_RUNS = _runs()
# The layout public_json joins the pieces in (a field added to the record must be placed).
assert PUBLIC_FIELDS == (*_RUNS[0], "date_end", *_RUNS[1], "lon", "lat", *_RUNS[2],
                         "event_id", "linked_ids", "control_agrees"), PUBLIC_FIELDS


@dataclasses.dataclass
class PublicJSON:
    """A chunk of selected incidents, in order: for each, its public properties as JSON
    (UTF-8 bytes, ``properties[i]``), or ``None`` when Python makes them: then it is the next
    record of ``rest``. ``ids`` are the JSON of each one's id (public as it is; for the
    others ``None``); ``lons`` / ``lats`` its point (``None``: none) and ``lon_texts`` /
    ``lat_texts`` their JSON in the properties."""

    ids: list[bytes | None]
    properties: list[bytes | None]
    lons: list[float | None]
    lats: list[float | None]
    lon_texts: list[bytes]
    lat_texts: list[bytes]
    rest: Records

    def __len__(self) -> int:
        return len(self.properties)

    @classmethod
    def of(cls, records: Records) -> "PublicJSON":
        """Records all left to Python."""
        n = len(records)
        lons, lats = list(records.columns["lon"]), list(records.columns["lat"])
        return cls([None] * n, [None] * n, lons, lats, _texts(lons), _texts(lats), records)


def _texts(values: list[float | None]) -> list[bytes]:
    return [b"null" if v is None else b"%r" % v for v in values]


def sqlite_json() -> bool:
    """Whether this Python's SQLite has the JSON functions (built in since SQLite 3.38)."""
    try:
        sqlite3.connect(":memory:").execute("SELECT json_object('a', json('[]'))").fetchone()
    except sqlite3.Error:
        return False
    return True


def _column(store, name: str) -> str:
    return "NULL" if name in store._absent else f'"{name}"'


def _sql(store, where: str) -> str:
    objects = []
    for run in _RUNS:
        args = []
        for f in run:
            value = _column(store, f)
            if f == "computed_forces":
                # Stored "GOV;SDF" is the list ["GOV", "SDF"] (codes: no quote to escape;
                # other text is read by Python, see below).
                value = (f"json(CASE WHEN coalesce({value}, '') = '' OR {value} GLOB "
                         f"'*[^A-Z0-9_;]*' THEN '[]' "
                         f"ELSE '[\"' || replace({value}, ';', '\",\"') || '\"]' END)")
            args.append(f"'{f}', {value}")
        # The members alone: the object's braces cut (its first and last character); as
        # UTF-8 bytes, which Python takes as they are (no text decoded and encoded again).
        objects.append(f"CAST(rtrim(substr(json_object({', '.join(args)}), 2), '}}') AS BLOB)")
    # Written here: a record naming nobody, of no event, holding only the types a record
    # holds (a hand edit may leave a text or a real in a number column: Python reads it).
    plain = [f"coalesce({_column(store, 'victim_names')}, '') = ''",
             f"coalesce({_column(store, 'injured_names')}, '') = ''",
             f"{_column(store, 'event_id')} IS NULL",
             f"coalesce({_column(store, 'computed_forces')}, '') NOT GLOB '*[^A-Z0-9_;]*'",
             *(f"typeof({_column(store, f)}) IN ('integer', 'null')"
               for f in (*_NUMBERS, "control_agrees"))]
    cols = [*store._geom_read(), "fid", "CAST(json_quote(id) AS BLOB)", *objects,
            *(_column(store, c) for c in ("date", "date_start", "date_end", "date_precision",
                                          "control_agrees")),
            f"({' AND '.join(plain)})"]
    return f"SELECT {', '.join(cols)} FROM {TABLE}{where}"


# Bytes that no control character's UTF-8 holds: deleted, what is left is worth a look.
# (The database's JSON escapes C0 characters as \\u00XX; DEL is 7F, C1 is C2 80-9F,
# U+FFFE/FFFF are EF BF BE/BF, surrogates ED A0-BF.)
_PLAIN_BYTES = bytes(b for b in range(256) if b not in b"\x7f\xc2\xed\xef")


def _with_control(runs: Sequence[Sequence[bytes]]) -> set[int]:
    r"""The rows whose JSON may hold a control character (:data:`geo.privacy.CONTROL_RE`):
    escaped by the database (``\u00XX``) or kept as it is (DEL, C1). A scan in C of each
    run's text first; where one may be, only the rows holding the bytes found are looked at.

    >>> sorted(_with_control([[b'"a"', b'"b\\u0001"', b'"c\xc2\x85"', b'"d\xc2\xa0"']]))
    [1, 2]
    """
    rows: set[int] = set()
    for texts in runs:
        joined = b"\n".join(texts)  # a newline is in neither pattern: no match spans two rows
        escaped = _ESCAPED in joined
        kept = joined.translate(None, _PLAIN_BYTES)
        if not escaped and not kept:
            continue
        starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))

        def rows_at(needle: bytes) -> set[int]:
            out, at = set(), joined.find(needle)
            while at >= 0:
                out.add(bisect.bisect_right(starts, at) - 1)
                at = joined.find(needle, at + 1)
            return out

        found = rows_at(_ESCAPED) if escaped else set()
        maybe: set[int] = set()
        for byte in set(kept):
            maybe |= rows_at(bytes([byte]))
        rows |= found | {i for i in maybe - found if _suspect(texts[i])}
    return rows


_ESCAPED = b"\\u00"  # a character the database's JSON escaped


def _suspect(text: bytes) -> bool:
    if _ESCAPED in text:
        return True
    return bool(text.translate(None, _PLAIN_BYTES)) and CONTROL_RE.search(
        text.decode("utf-8", "surrogatepass")) is not None


def public_json(store, where: str, params: Sequence, in_order: Sequence[int]) -> PublicJSON:
    """The public JSON (:class:`PublicJSON`) of the rows ``WHERE ...`` selects, whose fids
    are ``in_order``, in that order."""
    if not store.JSON_FUNCTIONS:
        return PublicJSON.of(store._read(where, params, in_order=in_order)[0])
    geo = len(store._geom_read())
    try:
        rows = store._run(store._conn(), _sql(store, where), params).fetchall()
    except sqlite3.Error:  # e.g. a blob in a text column (a hand edit): read as records
        return PublicJSON.of(store._read(where, params, in_order=in_order)[0])
    if not rows:
        return PublicJSON.of(Records.empty())
    at = {fid: i for i, fid in enumerate(in_order)}
    rows.sort(key=lambda row: at[row[geo]])
    columns = list(zip(*rows))
    lons, lats = store._lonlat_arrays(columns[:geo])
    fids, ids = columns[geo], columns[geo + 1]
    first, middle, last = columns[geo + 2:geo + 5]
    date, start, end, precision, agrees, plain = columns[geo + 5:]
    kept_ends = own_ends(list(date), [s or d for s, d in zip(start, date)], list(end),
                         list(precision))
    ends = [b"null" if e is None else _STRING(e).encode("utf-8") for e in kept_ends]
    withheld = _with_control((first, middle, last, ends))
    lon_list = [None if x != x else x for x in lons.tolist()]
    lat_list = [None if y != y else y for y in lats.tolist()]
    lon_texts, lat_texts = _texts(lon_list), _texts(lat_list)
    props = [b'{%b,"date_end":%b,%b,"lon":%b,"lat":%b,%b,"event_id":null,"linked_ids":[],'
             b'"control_agrees":%b}' % (a, e, b, x, y, c, _AGREES.get(g, b"null"))
             for a, e, b, x, y, c, g in zip(first, ends, middle, lon_texts, lat_texts, last,
                                            agrees)]
    out_ids = list(ids)
    rest = [i for i, ok in enumerate(plain) if not ok or i in withheld]
    for i in rest:
        props[i] = out_ids[i] = None
    fids_rest = [fids[i] for i in rest]
    records = (store._read(f" WHERE fid IN ({','.join('?' * len(rest))})", fids_rest,
                           in_order=fids_rest)[0] if rest else Records.empty())
    return PublicJSON(out_ids, props, lon_list, lat_list, lon_texts, lat_texts, records)


_AGREES = {1: b"true", 0: b"false", None: b"null"}
