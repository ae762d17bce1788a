"""``incmap serve``: the web map and the API under a production WSGI server (waitress).

With no store given, the service serves the user's default store (``incidents.gpkg`` in
the user data directory, where ``incmap import`` puts incidents) when it holds any; else
the demo store (``geo.store.demo``: the seed SNHR report's incidents and the UCDP GED
extract of the data directory, built once and cached), so a new user sees a full map at
once. It says which one it serves.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .common import stderr, user_errors

__all__ = ["register", "serve", "make_server"]


def make_server(app, host: str = "127.0.0.1", port: int = 8000, threads: int = 8):
    """A waitress server for ``app`` (``port=0`` picks a free port: ``server.effective_port``)."""
    from waitress import create_server

    try:
        return create_server(app, host=host, port=port, threads=threads, ident="incmap",
                             clear_untrusted_proxy_headers=True, channel_timeout=60)
    except OSError as exc:  # the port is taken, the host is not this machine's, ...
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc} "
                                   f"(another server on that port? give --port N, or "
                                   f"--port 0 for any free port)") from None


def _read_token(path: str | None) -> str | None:
    if path is None:
        return None
    token = Path(path).read_text(encoding="utf-8").strip()
    if not token:
        raise click.ClickException(f"{path}: the token file is empty")
    return token


@click.command("serve")
@click.option("--store", "store_path", metavar="PATH|URL",
              help="Incident store: a GeoPackage file or postgresql://USER@HOST/DB. Default: "
                   "$INCMAP_STORE, else your store (incidents.gpkg in the user data directory) "
                   "when it holds incidents, else the demo store built from the seed report and "
                   "the UCDP extract.")
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
      incmap serve                                 your store (or the demo) on http://127.0.0.1:8000
      incmap serve --store incidents.gpkg --port 8080
      incmap serve --store postgresql://incmap@db.example.org/incidents --host 0.0.0.0
      INCMAP_WRITE_TOKEN=$(cat token) incmap serve --store incidents.gpkg --host 0.0.0.0

    \b
    Reads are public. Writes (POST/PUT/DELETE /api/incidents, POST /api/import) need
    'Authorization: Bearer TOKEN' with the operator's token. The API is described at
    /openapi.json; see docs/api.md.
    """
    data_dir = data_dir or (obj.data_dir if obj else None)
    store_path = store_path or (obj.store_path if obj else None)
    with user_errors():
        from geo.reference.datadir import resolve

        data = resolve(data_dir)
        from service.settings import Settings

        settings = Settings.from_env(
            data_dir=str(data.root), store_path=store_path,
            write_token=_read_token(write_token_file),
            max_upload_bytes=int(max_upload_mb * 1024 * 1024) if max_upload_mb else None)
        from geo.store import redact_url, store_exists

        store_factory = None
        if settings.store_path is not None:
            if not store_exists(settings.store_path):
                # Opening would create an empty store: a mistyped path would serve an empty map.
                raise click.ClickException(
                    f"no incident store at {redact_url(settings.store_path)}; import incidents into "
                    f"it first (incmap import FILE --format ... --store "
                    f"{redact_url(settings.store_path)}), or leave out --store to serve your "
                    "default store or the demo")
            stderr(f"Serving the store {redact_url(settings.store_path)}")
        else:
            mine = _default_store()
            if mine is not None:
                settings = settings.with_(store_path=mine)
            else:
                from geo.store.demo import demo_store_factory

                store_factory = demo_store_factory(str(data.root), echo=stderr)
        from server import create_app

        app = create_app(settings, store_factory=store_factory)
        api = app.extensions["incmap.api"]
    server = make_server(app, host=host, port=port, threads=threads)
    where = f"http://{host}:{server.effective_port}"
    # The data opens in the background: the service answers at once (routes that need
    # what is still loading say "warming up"); a broken data directory or store is said
    # here, and by the requests that need it.
    api.warm_up(then=lambda: _ready(api, str(data.root)))
    stderr(f"Syria incident map on {where}  (API: {where}/openapi.json; "
           f"writes {'enabled' if settings.writes_enabled else 'disabled: read-only'})")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def _default_store() -> str | None:
    """The user's default store when it holds incidents (said), else ``None`` (the demo is
    served, built in the background on a first run: said why)."""
    from geo.store import open_store, store_exists, store_target

    mine = store_target(None)
    held = 0
    if store_exists(mine):
        store = open_store(mine, readonly=True)
        try:
            held = store.count(all_records=True)
        finally:
            store.close()
    if held:
        stderr(f"Serving your store {mine} ({held:,} incidents; --store PATH|URL for another)")
        return mine
    why = "is empty" if store_exists(mine) else "does not exist yet"
    stderr(f"Serving the demo store (built on the first run): your store {mine} {why} (incmap "
           f"import FILE --format ... fills it; --store PATH|URL serves another)")
    return None


def _ready(api, data_root: str) -> None:
    """After the warm-up: say what failed, build the hazard map's front lines, then draw every
    day's control map in the background (a separate, low-priority process: the service's
    threads keep the CPU)."""
    if api.warm_error:
        stderr(f"warning: {api.warm_error}")
    else:
        stderr("Ready: the data is loaded.")
    if api.control_or_none() is not None:
        try:
            api.warm_fronts()
        except Exception as exc:  # noqa: BLE001 - the hazard requests will say it again
            stderr(f"warning: front lines: {getattr(exc, 'detail', exc)}")
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        ctx.Process(target=warm_control_snapshots, args=(data_root,), daemon=True,
                    name="incmap-snapshots").start()


def warm_control_snapshots(data_root: str) -> None:
    """Build and persist the control map of every epoch not yet cached (see
    ``geo.control.snapshot.warm_snapshots``), at low priority."""
    try:
        os.nice(10)
    except (OSError, AttributeError):
        pass
    from geo.control import ControlIndex
    from geo.control.snapshot import warm_snapshots
    from geo.reference.datadir import resolve

    warm_snapshots(ControlIndex.load(resolve(data_root)))


def register(cli) -> None:
    cli.add_command(serve)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(serve())
