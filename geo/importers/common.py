"""What every importer shares: the batch, row errors, progress (text and CSV: geo.tabular).

An importer turns a file into a :class:`Batch`: the incidents, the line each
came from, and (in lenient mode) the rows it skipped with the reason. It
never writes: :func:`geo.importers.import_file` writes a whole batch in one
transaction, after every row has been read and checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..columns import IncidentColumns
from ..errors import InputError
from ..incident import Incident
from ..inputrules import check_incident
from ..progress import progress, steps
from ..tabular import MAX_FIELD, csv_rows, read_text

__all__ = ["Batch", "HeldOut", "read_text", "csv_rows", "row_error", "progress", "steps", "MAX_FIELD"]



@dataclass
class Batch:
    """The incidents read from one file: a table (:class:`~geo.columns.IncidentColumns`) with
    the line each row came from. Readers of a row at a time :meth:`add` incidents; readers of
    columns :meth:`extend` the table; :attr:`incidents` gives the rows as Incident objects."""

    source: str
    dataset: str
    skipped: list[InputError] = field(default_factory=list)  # lenient mode: rows left out, why
    ignored: int = 0  # rows that are valid but not incidents (e.g. ACLED protests)
    rows: int = 0
    rename: dict[str, str] = field(default_factory=dict)  # Incident field -> the file's column
    geocoded: bool = False  # the reader geocoded place texts itself (with more context)
    # incident id -> (governorate, district) as the source names them (UCDP adm_1, adm_2):
    # enrich() resolves them to P-codes to place coarse locations and to cross-check points.
    units: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # incidents the source tells that cannot be records, each with why (an SNHR report's undated ones): not
    # errors, so never a reason to refuse the file, and not written
    held_out: list["HeldOut"] = field(default_factory=list)
    _parts: list[IncidentColumns] = field(default_factory=list, repr=False)
    _added: list[tuple[Incident, int]] = field(default_factory=list, repr=False)
    _made: tuple | None = field(default=None, repr=False)

    def add(self, incident: Incident, line: int) -> None:
        self._added.append((incident, line))

    def extend(self, table: IncidentColumns) -> None:
        self._flush()
        self._parts.append(table)

    def _flush(self) -> None:
        if self._added:
            incs, lines = zip(*self._added)
            self._added = []
            self._parts.append(IncidentColumns.from_incidents(incs, lines))

    @property
    def table(self) -> IncidentColumns:
        self._flush()
        if len(self._parts) != 1:
            self._parts = [IncidentColumns.concat(self._parts) if self._parts
                           else IncidentColumns.from_incidents([])]
        return self._parts[0]

    @table.setter
    def table(self, table: IncidentColumns) -> None:
        self._added = []
        self._parts = [table]

    @property
    def incidents(self) -> list[Incident]:
        """The rows as :class:`Incident` objects (made once per state of the table)."""
        table = self.table
        if self._made is None or self._made[0] is not table or self._made[1] != table.version:
            self._made = (table, table.version, table.incidents())
        return self._made[2]

    @property
    def lines(self) -> list[int]:
        return self.table.lines.tolist()

    def drop(self, indices: set[int], errors: list[InputError]) -> None:
        """Remove incidents (by index) found bad after reading, recording why."""
        if not indices:
            return
        keep = np.ones(len(self.table), dtype=bool)
        keep[list(indices)] = False
        self.table = self.table.take(keep)
        self.skipped.extend(errors)
        self.skipped.sort(key=lambda e: e.line or 0)


@dataclass(frozen=True)
class HeldOut:
    """An incident a source tells that is not imported, and why: ``line`` of the source, ``reason``, and
    ``sentence`` (its public form: victims' names withheld).

    >>> str(HeldOut("report.txt", 12, "no date: not imported", "A man was killed in Mahajja."))
    'report.txt, line 12: no date: not imported ("A man was killed in Mahajja.")'
    """

    source: str
    line: int
    reason: str
    sentence: str = ""

    def __str__(self) -> str:
        said = self.sentence if len(self.sentence) <= 200 else self.sentence[:199] + "…"
        return f"{self.source}, line {self.line}: {self.reason}" + (f' ("{said}")' if said else "")

    def to_dict(self) -> dict:
        return {"line": self.line, "reason": self.reason, "sentence": self.sentence}


def row_error(exc: InputError, source: str, line: int, rename: dict[str, str] | None = None) -> InputError:
    """``exc`` (from building an Incident) placed at ``source`` and ``line``, with the file's column name."""
    fld = exc.field
    if fld and rename:
        fld = rename.get(fld, fld)
    return InputError(exc.message, source=source, line=line if exc.line is None else exc.line,
                      field=fld)


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
