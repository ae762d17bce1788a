"""The reference data: where it is found, what each layer is, who made it, and loading it.

* :mod:`geo.reference.sources` — publishers, licences and attribution (the one table);
* :mod:`geo.reference.layers` — the layers the project reads, and checking a layer file;
* :mod:`geo.reference.datadir` — finding the data directory (``--data``, ``INCMAP_DATA``,
  ``../shared/data``, the user data directory);
* :mod:`geo.reference.install` — ``incmap data install``;
* :mod:`geo.reference.loader` — the layers as tidy GeoDataFrames with the known quirks fixed.

>>> ref = load()                                  # doctest: +SKIP
>>> ref.communities.loc["C1767", "name_en"]       # doctest: +SKIP
'Menbij'
"""

from __future__ import annotations

import importlib

from .datadir import DataDir, resolve

__all__ = ["load", "Reference", "QADMOUS_RECODE", "resolve", "DataDir"]

# The loader (geopandas, pyogrio) is imported on first use (PEP 562): finding the data
# directory, or a command checking its arguments, should not cost seconds of imports.
_LOADER = ("load", "Reference", "QADMOUS_RECODE")


def __getattr__(name: str):
    if name in _LOADER:
        value = getattr(importlib.import_module(".loader", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
