"""Where incidents are kept: the :class:`IncidentStore` interface and its backends.

Callers open a store with :func:`open_store` and use only the interface of
:class:`IncidentStore` (``add_many``, ``get``, ``delete``, ``query``,
``count``, ``stats``), so another backend (PostGIS) can be added here
without touching them.

The store path, in order: an explicit path (``incmap --store PATH``), the
``INCMAP_STORE`` environment variable, then ``incidents.gpkg`` in the user
data directory (``$XDG_DATA_HOME/syria-incident-map/``).

>>> store = open_store("/tmp/example-incidents.gpkg")         # doctest: +SKIP
>>> store.count(category="massacre", adm1="SY02")             # doctest: +SKIP
12
"""

from __future__ import annotations

import os
from pathlib import Path

from ..reference.datadir import user_data_dir
from .base import GROUP_KEYS, ORDERS, AddResult, Filters, IncidentStore
from .gpkg import GeoPackageStore
from .sql import StoreError

__all__ = ["open_store", "default_store_path", "IncidentStore", "GeoPackageStore", "Filters",
           "AddResult", "StoreError", "GROUP_KEYS", "ORDERS", "STORE_ENV"]

STORE_ENV = "INCMAP_STORE"


def default_store_path(explicit: str | os.PathLike | None = None) -> Path:
    """The store file: ``explicit``, else ``$INCMAP_STORE``, else the user data directory's."""
    if explicit:
        return Path(explicit)
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV])
    return user_data_dir() / "incidents.gpkg"


def open_store(path: str | os.PathLike | None = None, *, readonly: bool = False) -> IncidentStore:
    """Open (creating if needed) the incident store at ``path`` (see :func:`default_store_path`).

    A ``.gpkg`` path (or any other file path) is a GeoPackage. A
    ``postgresql://`` URL is reserved for a PostGIS backend, which is not
    written yet: it raises :class:`StoreError` saying so.
    """
    raw = str(path) if path else os.environ.get(STORE_ENV, "")
    if raw.startswith(("postgresql:", "postgres:", "PG:")):
        raise StoreError("a PostGIS store is not available yet; use a GeoPackage file path")
    target = str(default_store_path(path))
    return GeoPackageStore(target, readonly=readonly)
