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

from .datadir import DataDir, resolve
from .loader import QADMOUS_RECODE, Reference, load

__all__ = ["load", "Reference", "QADMOUS_RECODE", "resolve", "DataDir"]
