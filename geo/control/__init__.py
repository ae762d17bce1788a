"""Control of territory through time: periods, importers, the tessellation and the index.

>>> from geo.control import ControlIndex
>>> idx = ControlIndex.load()                       # doctest: +SKIP
>>> idx.control_at(37.48, 36.50, "2023-07-09").force  # doctest: +SKIP
'SNA'

The names below are imported on first use (PEP 562), so that ``geo.control.period``
(dates, periods) is cheap to import: a command checks its arguments before numpy,
shapely and geopandas are loaded.
"""

from __future__ import annotations

import importlib

_WHERE = {"BUNDLED_DIR": "dataset", "ControlDataset": "dataset", "ANSWER_COLUMNS": "index",
          "Answer": "index", "ControlIndex": "index", "ControlPeriod": "period",
          "Overlap": "period", "check_no_overlaps": "period", "find_overlaps": "period",
          "parse_day": "period"}

__all__ = ["ControlIndex", "Answer", "ANSWER_COLUMNS", "ControlDataset", "ControlPeriod",
           "Overlap", "find_overlaps", "check_no_overlaps", "parse_day", "BUNDLED_DIR"]


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
