"""Checking that a reference file is the layer it claims to be.

Used by ``incmap data status`` and ``incmap data install``: a layer file must
open, carry the fields the project reads, and have a plausible number of
features. Every failure is a :class:`~geo.datadir.DataError` naming the file.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from .datadir import DataError, Layer

__all__ = ["count_and_check", "file_fields"]


def file_fields(path: Path) -> tuple[list[str], int]:
    """The field names of a layer file and its feature (row) count."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            with open(path, newline="", encoding="utf-8") as fh:
                reader = csv.reader(fh)
                header = next(reader, None)
                if header is None:
                    raise DataError(f"{path}: the file is empty (expected a CSV header line).")
                count = sum(1 for _ in reader)
            return [h.strip() for h in header], count
        if suffix == ".json":
            with open(path, encoding="utf-8") as fh:
                records = json.load(fh)
            if not isinstance(records, list) or not records or not isinstance(records[0], dict):
                raise DataError(f"{path}: expected a JSON list of records.")
            return list(records[0].keys()), len(records)
        import pyogrio

        info = pyogrio.read_info(path)
        return list(info["fields"]), int(info["features"])
    except DataError:
        raise
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}).") from exc
    except Exception as exc:  # pyogrio/GDAL, JSON and OS errors all mean "damaged"
        raise DataError(f"{path}: cannot be read as a {suffix or 'data'} file: {exc}") from exc


def count_and_check(path: Path, layer: Layer) -> int:
    """Return the feature count, or raise DataError naming what is wrong."""
    fields, count = file_fields(path)
    lower = {f.lower() for f in fields}
    missing = [f for f in layer.fields if f.lower() not in lower]
    if missing:
        raise DataError(
            f"{path}: missing field(s) {', '.join(missing)} needed for layer "
            f"'{layer.key}' ({layer.title}); found fields: {', '.join(fields[:20])}"
        )
    if count < layer.min_features:
        raise DataError(
            f"{path}: only {count} features; layer '{layer.key}' needs at least "
            f"{layer.min_features}. The file looks truncated."
        )
    return count
