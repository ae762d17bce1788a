"""The stored public feature texts in one read-only file beside the store: a page gathered from it.

A page of 10,000 features read from SQLite (:mod:`geo.store.sqlfeatures`) costs ~11 ms of CPU at
100,000 incidents, most of it looking each text up by ``fid`` (~6 ms) and joining them (~4 ms).
The *features file* holds the same texts back to back, each followed by a comma, in the store's
page order (``date, id``), with two arrays by ``fid`` (where each text starts and ends): a page
is its fids (one statement over the window index) and one copy per run of texts that lie one
after the other in the file; a page in the store's order is one run.

* **Where**: beside the store, ``<store>-features`` (as SQLite's ``-journal`` and ``-wal``).
  One file per store, replaced whole (written to a temporary file, then renamed: a reader never
  sees a file half written, and a process still mapping the old one keeps it). Never written
  in place: a mapped file cut short would kill its reader (SIGBUS). A store whose folder
  cannot be written to has none: its pages are read from SQLite.
* **When it is current**: the store keeps a *token* (a random value, :data:`TOKEN_ROW` of
  ``incmap_meta``). Triggers on the texts' table delete it whenever any text is inserted,
  changed or deleted, by anyone (this program, an older version of it, a person in QGIS); a
  write of this program ends by setting a new one when it is gone. The file holds the texts as
  they were under one token, and is read only while the store holds that token, read in the
  same statement as the page's fids. No token (texts changed by another program, or a store
  not written since this version) means no file: the page is read from SQLite.
* **Built** in a background thread, when a page finds no file of its token, a few thousand
  texts a statement, each statement reading the token too (a change meanwhile: no file; no
  read transaction is held, so a writer waits for one statement at most), then a rest
  (:data:`BUILD_SHARE`). Until it is ready (and if it cannot be built), pages are read from
  SQLite.
  Opened only after a check of its header (token, text stamp, sizes) and of the CRC-32 of its
  contents: a file truncated, corrupt or of another token is built again.
* **Cost**: on disk, the texts' size (141 MB at 100,000 incidents) plus 16 bytes per ``fid``;
  in memory, file-backed pages of the page cache (shared, dropped by the kernel when short),
  none of the process's heap beyond a page being copied. Built in ~0.6 s of CPU at 100,000.
* A page holding a record without a stored text (a linked event's, a row edited by hand since
  the last write) is read from SQLite, as before.

The PostGIS store has none (its pages are read from PostgreSQL).

>>> store.features_file(wait=True).gather(np.array([3, 1]))   # doctest: +SKIP
b'{"type":"Feature","id":"...'
"""

from __future__ import annotations

import json
import mmap
import os
import secrets
import sqlite3
import threading
import time
import zlib
from pathlib import Path
from typing import Callable

import numpy as np

from .schema import TABLE
from .sqlaudit import META
from .sqlfeatures import FEATURES, STAMP, STAMPED

__all__ = ["TOKEN_ROW", "TOKEN_SQL", "TRIGGERS", "TRIGGERS_SQL", "FeatureFile", "FeatureFiles",
           "file_path", "sqlite_triggers", "new_token_sql", "build"]

TOKEN_ROW = "public_features_token"
TOKEN_SQL = f"(SELECT value FROM {META} WHERE name = '{TOKEN_ROW}')"
TRIGGERS = tuple(f"{FEATURES}_token_{op}" for op in ("insert", "update", "delete"))
# SQL: the triggers are all there (a store whose triggers were dropped by hand has no file).
TRIGGERS_SQL = (f"(SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                f"({', '.join(repr(t) for t in TRIGGERS)})) = {len(TRIGGERS)}")
MAGIC = b"INCMAPFF"
HEADER = 4096  # bytes before the arrays: MAGIC, then the header's JSON, then NUL bytes
_FETCH = 5000  # texts read at once while building
# The most of a core a store's files take over time: after a file took t seconds to make ready,
# none is started for t * (1 / BUILD_SHARE - 1) seconds (a store written every few seconds is
# read from SQLite, not rebuilt without end: 6.8 s a build at 1,000,000 incidents).
BUILD_SHARE = 0.1


def sqlite_triggers() -> list[str]:
    """The triggers that take the token away whenever a stored text changes."""
    return [f'CREATE TRIGGER IF NOT EXISTS "{name}" AFTER {op} ON "{FEATURES}" '
            f"BEGIN DELETE FROM {META} WHERE name = '{TOKEN_ROW}'; END"
            for name, op in zip(TRIGGERS, ("INSERT", "UPDATE", "DELETE"))]


def new_token_sql() -> tuple[str, tuple]:
    """The statement (and its parameters) that gives the store a new token if it has none:
    the last statement of a write, after its texts are made."""
    return (f"INSERT OR IGNORE INTO {META} (name, value) VALUES (?, ?)",
            (TOKEN_ROW, secrets.token_hex(16)))


def file_path(store_path: str) -> Path:
    """Where a store's features file lives: ``/data/incidents.gpkg-features``."""
    return Path(f"{store_path}-features")


class FeatureFile:
    """A features file, mapped read-only: :meth:`gather` makes a page of it."""

    def __init__(self, token: str, starts: np.ndarray, ends: np.ndarray, texts: memoryview):
        self.token = token
        self.starts, self.ends, self.texts = starts, ends, texts

    @classmethod
    def open(cls, path: Path, token: str) -> "FeatureFile | None":
        """The file at ``path`` if it holds the texts of ``token`` and is whole (its sizes
        and CRC-32 as its header says), else None."""
        try:
            with open(path, "rb") as f:
                mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # missing, unreadable, empty
            return None
        try:
            if mapped[:len(MAGIC)] != MAGIC:
                return None
            head = json.loads(mapped[len(MAGIC):HEADER].rstrip(b"\x00"))
            slots, size = int(head["slots"]), int(head["bytes"])
            if (head["token"], head["stamp"]) != (token, STAMP) or \
                    len(mapped) != HEADER + 16 * slots + size:
                return None
            view = memoryview(mapped)
            texts_at = HEADER + 16 * slots
            if [zlib.crc32(view[HEADER:texts_at]), zlib.crc32(view[texts_at:])] != head["crc32"]:
                return None
        except (ValueError, KeyError, TypeError):
            return None
        starts = np.frombuffer(mapped, dtype="<i8", count=slots, offset=HEADER)
        ends = np.frombuffer(mapped, dtype="<i8", count=slots, offset=HEADER + 8 * slots)
        texts = view[HEADER + 16 * slots:]
        if slots and not (0 <= starts.min() and ends.max() <= size and (starts <= ends).all()):
            return None
        return cls(token, starts, ends, texts)

    def gather(self, fids: np.ndarray) -> bytes | memoryview | None:
        """The texts of ``fids`` (int64), in that order, joined by commas; None when one is
        not in the file (no stored text: the caller reads the page from the store). Texts
        that lie in one piece of the file (a page in the store's order) are a read-only view
        of it: not copied here, but once, where the answer is written (~1.5 ms of a page of
        10,000).

        >>> ff.gather(np.array([], dtype=np.int64))               # doctest: +SKIP
        b''
        """
        if not len(fids):
            return b""
        if fids.min() < 0 or fids.max() >= len(self.starts):
            return None
        starts, ends = self.starts[fids], self.ends[fids]
        if (starts == ends).any():  # no text kept
            return None
        # Runs of texts that follow one another in the file: one slice each (each text ends
        # with its comma, so a run is already joined; the page's last comma is cut).
        cut = np.flatnonzero(starts[1:] != ends[:-1])
        run_starts = [int(starts[0]), *starts[cut + 1].tolist()]
        run_ends = [*ends[cut].tolist(), int(ends[-1]) - 1]
        texts = self.texts
        if len(run_starts) == 1:
            return texts[run_starts[0]:run_ends[0]]
        return b"".join([texts[a:b] for a, b in zip(run_starts, run_ends)])


def build(connect: Callable[[], sqlite3.Connection], path: Path, token: str) -> bool:
    """Write the features file of ``token`` at ``path`` from the store (``connect()``: a new
    connection to it); False when the store no longer holds that token (or its texts are of
    another stamp, or its triggers are gone). Read :data:`_FETCH` texts a statement, each
    with the token (no read transaction held for the whole build: a writer waits for one
    statement at most; the texts of one token are the texts of one moment). Written to a
    temporary file, then renamed."""
    conn = connect()
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        now, current, triggers, slots = conn.execute(
            f'SELECT {TOKEN_SQL}, {STAMPED}, {TRIGGERS_SQL}, '
            f'(SELECT coalesce(max(fid), -1) + 1 FROM "{FEATURES}")').fetchone()
        if now != token or not current or not triggers:
            return False
        starts = np.zeros(slots, dtype="<i8")
        ends = np.zeros(slots, dtype="<i8")
        crc, at, after = 0, 0, ("", "")
        sql = (f'SELECT {TOKEN_SQL}, f.fid, CAST(f.feature AS BLOB), i.date, i.id '
               f'FROM "{TABLE}" AS i JOIN "{FEATURES}" AS f ON f.fid = i.fid '
               f'WHERE (i.date, i.id) > (?, ?) ORDER BY i.date, i.id LIMIT {_FETCH}')
        with open(tmp, "wb") as out:
            out.seek(HEADER + 16 * slots)  # the header and arrays are written last
            while True:
                rows = conn.execute(sql, after).fetchall()
                if not rows:
                    break
                if rows[0][0] != token:  # a text changed meanwhile: this file is of no use
                    return False
                fids = np.fromiter((r[1] for r in rows), dtype=np.int64, count=len(rows))
                if fids.max() >= slots:
                    return False
                sizes = np.fromiter((len(r[2]) + 1 for r in rows), dtype=np.int64,
                                    count=len(rows))
                chunk = b",".join([r[2] for r in rows]) + b","
                out.write(chunk)
                crc = zlib.crc32(chunk, crc)
                ends[fids] = at + np.cumsum(sizes)
                starts[fids] = ends[fids] - sizes
                at += len(chunk)
                after = rows[-1][3:5]
            arrays = starts.tobytes() + ends.tobytes()
            head = MAGIC + json.dumps({"token": token, "stamp": STAMP, "slots": slots,
                                       "bytes": at, "crc32": [zlib.crc32(arrays), crc]}).encode()
            out.seek(0)
            out.write(head.ljust(HEADER, b"\x00"))
            out.write(arrays)
        os.replace(tmp, path)
        return True
    finally:
        conn.close()
        tmp.unlink(missing_ok=True)


class FeatureFiles:
    """A store's features file, opened (or built in the background) per token.

    :meth:`ready` gives the file of a token if it is open, else None and starts making it
    ready (opened if whole, built if not) in a thread of its own, unless the last one made
    ready is too recent (:data:`BUILD_SHARE`); :meth:`wait` makes it ready now.
    """

    def __init__(self, path: Path, connect: Callable[[], sqlite3.Connection]):
        self.path, self.connect = path, connect
        self._lock = threading.Lock()
        self._file: FeatureFile | None = None
        self._work: dict[str, threading.Thread] = {}  # token -> the thread making it ready
        self._failed: set[str] = set()  # tokens whose file could not be built
        self._rest_until = 0.0  # time.monotonic() before which no file is started (BUILD_SHARE)

    def ready(self, token: str, *, now: bool = False) -> FeatureFile | None:
        f = self._file
        if f is not None and f.token == token:
            return f
        with self._lock:
            if token in self._failed or token in self._work:
                return None
            if len(self._work) >= 2:  # tokens going by faster than files are built
                return None
            if not now and time.monotonic() < self._rest_until:
                return None
            thread = threading.Thread(target=self._prepare, args=(token,), daemon=True,
                                      name="incmap-features-file")
            self._work[token] = thread
        thread.start()
        return None

    def opened(self) -> bool:
        """A file is open (of any token: :meth:`ready` says whether it is the store's now)."""
        return self._file is not None

    def wait(self, token: str) -> FeatureFile | None:
        """The file of ``token``, made ready now if needed (tests, benches)."""
        if self.ready(token, now=True) is None:
            thread = self._work.get(token)
            if thread is not None:
                thread.join()
        f = self._file
        return f if f is not None and f.token == token else None

    def _prepare(self, token: str) -> None:
        began = time.monotonic()
        try:
            f = FeatureFile.open(self.path, token)
            if f is None and build(self.connect, self.path, token):
                f = FeatureFile.open(self.path, token)
            if f is not None:
                self._file = f
            else:
                self._failed.add(token)
        except Exception:  # noqa: BLE001 - an unwritable folder, a full disk...: no file
            self._failed.add(token)
        finally:
            with self._lock:
                self._work.pop(token, None)
                took = time.monotonic() - began
                self._rest_until = time.monotonic() + took * (1 / BUILD_SHARE - 1)
