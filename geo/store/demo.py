"""The demo store: the seed SNHR report (July 2023) and the UCDP GED extract, built once and cached.

With no store given, the service serves this store, so a new user sees a full
map at once. It is built from the data directory's UCDP extract and the seed
report beside it, and cached in the user data directory under a name keyed by
the checksums of its inputs (and of the bundled control dataset, since each
incident's computed control is stored), so new inputs mean a new store.
``incmap serve`` and ``server.create_app`` both use :func:`ensure_demo_store`.
"""

from __future__ import annotations

import hashlib
import os
from contextlib import contextmanager
from pathlib import Path

__all__ = ["ensure_demo_store", "demo_store_path", "build_demo_store", "demo_store_factory",
           "seed_report_path", "DEMO_VERSION", "SEED_REPORT"]

# Bump when what goes into the demo store changes, so an old cached one is rebuilt.
DEMO_VERSION = "3"  # 3: UCDP explosive classes (landmine, remnant, IED); 2: civilians as killed
# The seed report, beside the data directory (../shared/reports/ in the development layout).
SEED_REPORT = Path("reports") / "snhr_2023-07_civilian_death_toll.txt"


def seed_report_path(data) -> Path | None:
    """The seed report beside the data directory, or ``None`` when it is not there."""
    for base in (data.root, data.root.parent):
        path = base / SEED_REPORT
        if path.is_file():
            return path
    return None


def demo_store_path(data) -> Path:
    """Where the demo store for this data directory is cached (keyed by its inputs' checksums).

    >>> demo_store_path(resolve()).name          # doctest: +SKIP
    'demo-3f1c9a0b2e7d4c51a6b8.gpkg'
    """
    from ..reference.datadir import file_sha256, user_data_dir

    h = hashlib.sha256(DEMO_VERSION.encode())
    h.update(data.fingerprint(["ucdp", "adm3", "communities"]).encode())
    report = seed_report_path(data)
    h.update(file_sha256(report).encode() if report else b"no report")
    # The store holds each incident's computed control: a new control dataset means a new store.
    for path in _control_files():
        h.update(path.name.encode() + file_sha256(path).encode())
    return user_data_dir() / "demo" / f"demo-{h.hexdigest()[:20]}.gpkg"


def _control_files() -> list[Path]:
    from ..control import BUNDLED_DIR

    folder = Path(BUNDLED_DIR)
    return sorted(p for p in folder.glob("*") if p.is_file() and p.suffix in (".csv", ".geojson"))


@contextmanager
def _file_lock(path: Path):
    """An exclusive lock between processes (two servers starting at once build once)."""
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def build_demo_store(data, path: Path, *, echo=None) -> dict:
    """Build the demo store at ``path``: the UCDP extract and the seed report's incidents.

    Returns what was loaded: ``{"ucdp": n, "report": m}``.
    """
    from ..errors import UserError
    from ..gazetteer import Gazetteer
    from ..importers import import_file
    from . import open_store

    echo = echo or (lambda msg: None)
    gaz = Gazetteer.load(data)
    try:
        from ..control import ControlIndex

        control = ControlIndex.load(data)
    except (ImportError, UserError) as exc:
        echo(f"  warning: no control index ({exc}); incidents are stored without computed control")
        control = False
    loaded = {}
    store = open_store(path)
    try:
        if data.has("ucdp"):
            echo(f"  loading the UCDP GED extract ({data.path_of('ucdp').name}) ...")
            result = import_file(data.path_of("ucdp"), "ucdp", store, data=data, gaz=gaz,
                                 control_index=control)
            loaded["ucdp"] = _count(result)
        report = seed_report_path(data)
        if report is not None:
            echo(f"  loading the seed report ({report.name}) ...")
            result = import_file(report, "snhr", store, data=data, gaz=gaz,
                                 control_index=control)
            loaded["report"] = _count(result)
    finally:
        store.close()
    return loaded


def _count(report) -> int:
    """Incidents an import wrote (added, updated or unchanged)."""
    return int(report.result.total)


def ensure_demo_store(data_dir=None, *, echo=None) -> Path:
    """The demo store's path, building it first if it is not cached yet.

    The store is built into a temporary file and renamed into place, so an
    interrupted build leaves nothing half-written behind.
    """
    from ..reference.datadir import resolve

    data = resolve(data_dir)
    path = demo_store_path(data)
    if path.is_file():
        return path
    with _file_lock(path.with_suffix(".lock")):
        if path.is_file():  # built by another process while we waited
            return path
        echo = echo or (lambda msg: None)
        echo(f"Building the demo store (once) at {path}")
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.gpkg")
        try:
            build_demo_store(data, tmp, echo=echo)
            os.replace(tmp, path)
        finally:
            for leftover in (tmp, Path(str(tmp) + "-journal"), Path(str(tmp) + "-wal"),
                             Path(str(tmp) + "-shm")):
                if leftover.exists():
                    leftover.unlink()
    return path


def demo_store_factory(data_dir=None, *, echo=None):
    """A function that opens the demo store (building it on first use), for ``create_app``."""

    def factory():
        from . import open_store

        return open_store(ensure_demo_store(data_dir, echo=echo))

    return factory
