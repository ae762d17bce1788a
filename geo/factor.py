"""A column as codes into its distinct values, for columnar work on many rows.

A column of 100,000 rows that names 300 places is coded as 300 distinct values and, per row,
which one: a rule or a look-up then runs once per distinct value (:meth:`Factor.map`), not
once per row. Used by the CSV reader (:mod:`geo.tabular`), the incident columns
(:mod:`geo.columns`) and the store's writers. numpy and pandas only: nothing of the project.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["Factor", "factorize", "objects"]


class Factor:
    """A column as codes into its distinct values: ``values == uniques[codes]``.

    >>> f = factorize(["a", None, "a"])
    >>> f.codes.tolist(), f.uniques.tolist(), f.values().tolist()
    ([0, 1, 0], ['a', None], ['a', None, 'a'])
    """

    __slots__ = ("codes", "uniques")

    def __init__(self, codes: np.ndarray, uniques: np.ndarray):
        self.codes = codes
        self.uniques = uniques

    def __len__(self) -> int:
        return len(self.codes)

    def values(self) -> np.ndarray:
        return self.uniques.take(self.codes)

    def map(self, fn) -> "Factor":
        """``fn`` of each distinct value (one call per value), as a factor with the same codes."""
        return Factor(self.codes, objects([fn(v) for v in self.uniques]))

    def take(self, rows: np.ndarray) -> "Factor":
        return Factor(self.codes[rows], self.uniques)


def objects(values: list) -> np.ndarray:
    """A 1-d object array of ``values`` (numpy would make tuples a second dimension)."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def factorize(values) -> Factor:
    """The distinct values of a column, ``None`` (and NaN) as one missing value ``None``.

    A column holds values of one type: pandas would merge 1 with 1.0 and True.
    """
    if isinstance(values, Factor):
        return values
    arr = values if isinstance(values, np.ndarray) else objects(list(values))
    codes, uniques = pd.factorize(arr)
    codes = codes.astype(np.int64, copy=False)
    uniques = objects(uniques.tolist()) if uniques.dtype != object else np.asarray(uniques)
    missing = codes < 0
    if missing.any():
        codes[missing] = len(uniques)
        uniques = objects([*uniques.tolist(), None])
    return Factor(codes, uniques)
