"""Where incidents are kept: the :class:`IncidentStore` interface and its backends.

Callers open a store with :func:`open_store` and use only the interface of
:class:`IncidentStore` (``add_many``, ``get``, ``delete``, ``query``, ``count``,
``stats``, and the event links ``link``, ``split``, ``event_records``), so the
backend is a matter of the store's name:

* a file path (``incidents.gpkg``): a GeoPackage (:mod:`geo.store.gpkg`), one machine;
* a ``postgresql://`` URL: a PostGIS database (:mod:`geo.store.postgis`) a team and
  several servers share.

The store, in order: an explicit name (``incmap --store PATH_OR_URL``), the
``INCMAP_STORE`` environment variable, then ``incidents.gpkg`` in the user
data directory (``$XDG_DATA_HOME/syria-incident-map/``).

>>> store = open_store("/tmp/example-incidents.gpkg")         # doctest: +SKIP
>>> store.count(category="massacre", adm1="SY02")             # doctest: +SKIP
12
>>> open_store("postgresql://incmap@db.example.org/incidents")  # doctest: +SKIP
PostGISStore('postgresql://incmap@db.example.org/incidents')
"""

from __future__ import annotations

import os
from pathlib import Path

from ..reference.datadir import user_data_dir
from .audit import AuditEntry
from .base import GROUP_KEYS, ORDERS, AddResult, Filters, IncidentStore

__all__ = ["open_store", "default_store_path", "store_target", "store_exists", "IncidentStore",
           "GeoPackageStore", "Filters", "AddResult", "AuditEntry", "StoreError", "GROUP_KEYS",
           "ORDERS", "STORE_ENV", "is_postgres_url", "redact_url"]

STORE_ENV = "INCMAP_STORE"

# The backends need numpy and pandas (about a second to import): they load on first use, so
# that a command which never opens a store (``incmap --help``, ``incmap audit --help``) and a
# module which only needs a light part (``geo.store.audit``'s actions) stay fast.
_LAZY = {"GeoPackageStore": ".gpkg", "StoreError": ".sql", "is_postgres_url": ".postgis",
         "redact_url": ".postgis"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_store_path(explicit: str | os.PathLike | None = None) -> Path:
    """The store file: ``explicit``, else ``$INCMAP_STORE``, else the user data directory's."""
    if explicit:
        return Path(explicit)
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV])
    return user_data_dir() / "incidents.gpkg"


def store_target(explicit: str | os.PathLike | None = None) -> str:
    """The store to open, as a path or a URL (see the module doc).

    >>> store_target("postgresql://incmap@localhost/incidents")
    'postgresql://incmap@localhost/incidents'
    """
    from .postgis import is_postgres_url

    for candidate in (explicit, os.environ.get(STORE_ENV)):
        if candidate and is_postgres_url(candidate):
            return str(candidate)
        if candidate:
            break
    return str(default_store_path(explicit))


def store_exists(target: str | os.PathLike) -> bool:
    """True when the store holds an incident table (a URL is asked; a path must be a file)."""
    from .postgis import is_postgres_url
    from .sql import StoreError

    target = str(target)
    if not is_postgres_url(target):
        return Path(target).is_file()
    try:
        open_store(target, readonly=True).close()
    except StoreError:
        return False
    return True


def open_store(path: str | os.PathLike | None = None, *, readonly: bool = False) -> IncidentStore:
    """Open (creating if needed) the incident store at ``path`` (see :func:`store_target`).

    A ``postgresql://`` URL is a PostGIS store; any other name a GeoPackage file.
    """
    from .postgis import is_postgres_url

    target = store_target(path)
    if is_postgres_url(target):
        from .postgis import PostGISStore

        return PostGISStore(target, readonly=readonly)
    from .gpkg import GeoPackageStore

    return GeoPackageStore(target, readonly=readonly)
