"""Control of territory through time: periods, importers, the tessellation and the index.

>>> from geo.control import ControlIndex
>>> idx = ControlIndex.load()                       # doctest: +SKIP
>>> idx.control_at(37.48, 36.50, "2023-07-09").force  # doctest: +SKIP
'SNA'
"""

from .dataset import BUNDLED_DIR, ControlDataset
from .index import ANSWER_COLUMNS, Answer, ControlIndex
from .period import ControlPeriod, Overlap, check_no_overlaps, find_overlaps, parse_day

__all__ = ["ControlIndex", "Answer", "ANSWER_COLUMNS", "ControlDataset", "ControlPeriod",
           "Overlap", "find_overlaps", "check_no_overlaps", "parse_day", "BUNDLED_DIR"]
