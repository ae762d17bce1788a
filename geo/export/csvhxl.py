"""CSV export with an HXL hashtag row under the header, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from typing import Sequence

from .records import COLUMNS, HXL_ROW

__all__ = ["to_csv"]


def to_csv(rows: Sequence[dict]) -> str:
    """CSV with a header row and an HXL hashtag row, then one row per incident."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerow(HXL_ROW)
    for row in rows:
        writer.writerow(["" if row[c] is None else _csv_value(row[c]) for c in COLUMNS])
    return out.getvalue()


def _csv_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") and not _is_number(v):
        # A cell starting with = + - @ is a formula to a spreadsheet: quote it as text.
        return "'" + v
    return v


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


