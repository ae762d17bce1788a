"""``incmap serve``: the web map and the API under a production WSGI server (waitress).

With no store given, the service serves a demo store built once from the
bundled sample (the seed SNHR report's incidents and the UCDP GED extract of
the data directory) and cached in the user data directory, so a new user
sees a full map at once.
"""

from __future__ import annotations

import hashlib
import os
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from .common import stderr, user_errors

__all__ = ["register", "serve", "ensure_demo_store", "demo_store_path", "build_demo_store",
           "make_server", "DEMO_VERSION", "SEED_REPORT"]

# Bump when what goes into the demo store changes, so an old cached one is rebuilt.
DEMO_VERSION = "2"  # 2: civilians as killed, spans, precision-bounded P-codes (UCDP fix)
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
    from geo.reference.datadir import file_sha256, user_data_dir

    h = hashlib.sha256(DEMO_VERSION.encode())
    h.update(data.fingerprint(["ucdp", "adm3", "communities"]).encode())
    report = seed_report_path(data)
    h.update(file_sha256(report).encode() if report else b"no report")
    # The store holds each incident's computed control: a new control dataset means a new store.
    for path in _control_files():
        h.update(path.name.encode() + file_sha256(path).encode())
    return user_data_dir() / "demo" / f"demo-{h.hexdigest()[:20]}.gpkg"


def _control_files() -> list[Path]:
    from geo.control import BUNDLED_DIR

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
    from geo.errors import UserError
    from geo.gazetteer import Gazetteer
    from geo.importers import import_file
    from geo.store import open_store

    echo = echo or (lambda msg: None)
    gaz = Gazetteer.load(data)
    try:
        from geo.control import ControlIndex

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
    from geo.reference.datadir import resolve

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
        from geo.store import open_store

        return open_store(ensure_demo_store(data_dir, echo=echo))

    return factory


def make_server(app, host: str = "127.0.0.1", port: int = 8000, threads: int = 8):
    """A waitress server for ``app`` (``port=0`` picks a free port: ``server.effective_port``)."""
    from waitress import create_server

    return create_server(app, host=host, port=port, threads=threads, ident="incmap",
                         clear_untrusted_proxy_headers=True, channel_timeout=60)


def _read_token(path: str | None) -> str | None:
    if path is None:
        return None
    token = Path(path).read_text(encoding="utf-8").strip()
    if not token:
        raise click.ClickException(f"{path}: the token file is empty")
    return token


@click.command("serve")
@click.option("--store", "store_path", metavar="PATH",
              help="Incident store (GeoPackage). Default: $INCMAP_STORE, else the demo store built "
                   "from the seed report and the UCDP extract.")
@click.option("--data", "data_dir", metavar="DIR",
              help="Reference data directory (default: as for every command; see incmap --help).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 64),
              help="Worker threads.")
@click.option("--write-token-file", metavar="FILE", type=click.Path(exists=True, dir_okay=False),
              help="File holding the bearer token that allows writes (import, edit, delete). "
                   "Default: $INCMAP_WRITE_TOKEN; with neither the service is read-only.")
@click.option("--max-upload-mb", type=click.FloatRange(0.001, 1024), metavar="MB",
              help="Largest upload accepted (default: $INCMAP_MAX_UPLOAD_MB or 20).")
@click.pass_obj
def serve(obj, store_path, data_dir, host, port, threads, write_token_file, max_upload_mb):
    """Run the web map and the HTTP API (waitress).

    \b
    Examples:
      incmap serve                                 the demo store on http://127.0.0.1:8000
      incmap serve --store incidents.gpkg --port 8080
      INCMAP_WRITE_TOKEN=$(cat token) incmap serve --store incidents.gpkg --host 0.0.0.0

    \b
    Reads are public. Writes (POST/PUT/DELETE /api/incidents, POST /api/import) need
    'Authorization: Bearer TOKEN' with the operator's token. The API is described at
    /openapi.json; see docs/api.md.
    """
    from geo.settings import Settings
    from server import create_app

    data_dir = data_dir or (obj.data_dir if obj else None)
    store_path = store_path or (obj.store_path if obj else None)
    with user_errors():
        from geo.reference.datadir import resolve

        data = resolve(data_dir)
        settings = Settings.from_env(
            data_dir=str(data.root), store_path=store_path,
            write_token=_read_token(write_token_file),
            max_upload_bytes=int(max_upload_mb * 1024 * 1024) if max_upload_mb else None)
        if settings.store_path is not None and not Path(settings.store_path).is_file():
            # Opening would create an empty store: a mistyped path would serve an empty map.
            raise click.ClickException(
                f"no incident store at {settings.store_path}; import incidents into it first "
                f"(incmap --store {settings.store_path} import FILE --format ...), or leave out "
                "--store to serve the demo store")
        if settings.store_path is None:
            path = ensure_demo_store(data.root, echo=stderr)
            stderr(f"Serving the demo store {path} (give --store PATH for your own)")
            settings = settings.with_(store_path=str(path))
        app = create_app(settings)
        api = app.extensions["incmap.api"]
        # Open everything now, so the first visitor does not wait and a broken
        # data directory or store fails here with its message, not on a request.
        _ = api.gazetteer, api.store
        try:
            _ = api.control_index
        except Exception as exc:  # noqa: BLE001 - the map still works without control
            stderr(f"warning: the control index is not available: {exc}")
    server = make_server(app, host=host, port=port, threads=threads)
    where = f"http://{host}:{server.effective_port}"
    stderr(f"Syria incident map on {where}  (API: {where}/openapi.json; "
           f"writes {'enabled' if settings.writes_enabled else 'disabled: read-only'})")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def register(cli) -> None:
    cli.add_command(serve)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(serve())
