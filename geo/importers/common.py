"""What every importer shares: the batch, row errors, progress (text and CSV: geo.tabular).

An importer turns a file into a :class:`Batch`: the incidents, the line each
came from, and (in lenient mode) the rows it skipped with the reason. It
never writes: :func:`geo.importers.import_file` writes a whole batch in one
transaction, after every row has been read and checked.
"""

from __future__ import annotations

import contextlib
import sys
import time
from dataclasses import dataclass, field
from typing import Callable

from ..errors import InputError
from ..incident import Incident
from ..inputrules import check_incident
from ..tabular import MAX_FIELD, csv_rows, read_text

__all__ = ["Batch", "read_text", "csv_rows", "row_error", "progress", "steps", "MAX_FIELD"]



@dataclass
class Batch:
    """The incidents read from one file."""

    source: str
    dataset: str
    incidents: list[Incident] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the line (or feature number) of each incident
    skipped: list[InputError] = field(default_factory=list)  # lenient mode: rows left out, why
    ignored: int = 0  # rows that are valid but not incidents (e.g. ACLED protests)
    rows: int = 0
    rename: dict[str, str] = field(default_factory=dict)  # Incident field -> the file's column
    geocoded: bool = False  # the reader geocoded place texts itself (with more context)
    # incident id -> (governorate, district) as the source names them (UCDP adm_1, adm_2):
    # enrich() resolves them to P-codes to place coarse locations and to cross-check points.
    units: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    def add(self, incident: Incident, line: int) -> None:
        self.incidents.append(incident)
        self.lines.append(line)

    def drop(self, indices: set[int], errors: list[InputError]) -> None:
        """Remove incidents (by index) found bad after reading, recording why."""
        if not indices:
            return
        self.incidents = [inc for i, inc in enumerate(self.incidents) if i not in indices]
        self.lines = [ln for i, ln in enumerate(self.lines) if i not in indices]
        self.skipped.extend(errors)
        self.skipped.sort(key=lambda e: e.line or 0)


def row_error(exc: InputError, source: str, line: int, rename: dict[str, str] | None = None) -> InputError:
    """``exc`` (from building an Incident) placed at ``source`` and ``line``, with the file's column name."""
    fld = exc.field
    if fld and rename:
        fld = rename.get(fld, fld)
    return InputError(exc.message, source=source, line=line if exc.line is None else exc.line,
                      field=fld)


def progress(iterable, *, total: int | None, desc: str, enabled: bool):
    """``iterable`` with a progress bar on stderr (tqdm) when ``enabled`` and stderr is a terminal."""
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=" rows", file=sys.stderr, leave=False,
                disable=None, mininterval=0.25)


class steps:
    """One line on stderr per slow step of an import, with its count and time, when
    ``enabled`` and stderr is a terminal (as the progress bars).

    >>> with steps(True).step("tagging control", 100_000):   # doctest: +SKIP
    ...     tag()
    tagging control (100,000) ... 0.4 s
    """

    def __init__(self, enabled: bool):
        self.enabled = bool(enabled) and sys.stderr.isatty()

    @contextlib.contextmanager
    def step(self, desc: str, count: int | None = None):
        if not self.enabled:
            yield
            return
        print(f"{desc}" + (f" ({count:,})" if count is not None else "") + " ...",
              end="", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        try:
            yield
        finally:
            print(f" {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)


def build(factory: Callable[[], Incident], batch: Batch, line: int, lenient: bool,
          rename: dict[str, str] | None = None) -> None:
    """Run ``factory`` for one row; add the incident, or record/raise the error with the line.

    The incident's text obeys :mod:`geo.inputrules` (no control characters, no value over
    its field's length) or the row is an error like any other.
    """
    try:
        inc = check_incident(factory())
    except InputError as exc:
        err = row_error(exc, batch.source, line, rename)
        if not lenient:
            raise err from None
        batch.skipped.append(err)
        return
    batch.add(inc, line)
