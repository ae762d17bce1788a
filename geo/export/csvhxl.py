"""CSV export with an HXL hashtag row under the header, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from operator import itemgetter
from typing import Iterable, Iterator, Sequence

from .records import COLUMNS, HXL_ROW, columns_of

__all__ = ["to_csv", "csv_chunks"]


def to_csv(rows: Sequence[dict]) -> str:
    """CSV with a header row and an HXL hashtag row, then one row per incident."""
    return b"".join(csv_chunks([columns_of(rows)])).decode("utf-8")


def csv_chunks(chunks: Iterable[dict]) -> Iterator[bytes]:
    """The CSV of :func:`to_csv` as UTF-8, written a chunk at a time (each the export's
    columns, :func:`~geo.export.records.export_columns`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerow(HXL_ROW)
    for columns in chunks:
        writer.writerows(zip(*(_csv_cells(c, columns[c]) for c in COLUMNS)))
        yield out.getvalue().encode("utf-8")
        out.seek(0)
        out.truncate()
    yield out.getvalue().encode("utf-8")


# OWASP "CSV injection": a cell starting with = + - @ TAB or CR is (or can start) a formula.
# Spreadsheets skip leading whitespace first, and some fold the fullwidth forms to ASCII.
_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


# Export columns that hold numbers (or nothing): written as they are.
_NUMBERS = frozenset({"killed", "children", "women", "injured", "deaths_total", "deaths_low",
                      "deaths_high", "lon", "lat", "location_precision", "radius_m"})


def _csv_cells(column: str, values: list) -> list:
    """A column's cells: as they are (the writer writes None as empty) unless the column may
    hold a formula-like text or a boolean: then each through :func:`_csv_value`."""
    if column in _NUMBERS:
        return values
    if column == "control_agrees":  # true / false
        return [_csv_value(v) for v in values]
    try:
        firsts = set(map(itemgetter(0), filter(None, values)))  # in C: no Python code per cell
    except TypeError:  # not text (a boolean, a number where text was expected)
        return [_csv_value(v) for v in values]
    if any(c in _FORMULA_START or c.isspace() for c in firsts):
        return [_csv_value(v) for v in values]
    return values


def _csv_value(v):
    """A cell: empty for None, true/false, a formula-like text defused."""
    kind = v.__class__
    if kind is str:
        # Most cells start with a letter or a digit: no formula, no need to look further.
        if v and (v[0] in _FORMULA_START or v[0].isspace()) and is_formula(v):
            return "'" + v  # the leading apostrophe makes a spreadsheet show the cell as text
        return v
    if v is None:
        return ""
    if kind is bool:
        return "true" if v else "false"
    return v


def is_formula(text: str) -> bool:
    """Would a spreadsheet read this cell as a formula? Numbers (``-3``, ``+1.5``) are not.

    >>> is_formula("=1+2"), is_formula("\t=1+2"), is_formula(" @SUM(A1)"), is_formula("-3")
    (True, True, True, False)
    """
    if text[:1] in ("\t", "\r"):
        return True
    stripped = text.lstrip()
    return stripped[:1] in _FORMULA_START and not _is_number(stripped)


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False
