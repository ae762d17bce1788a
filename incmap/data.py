"""``incmap data``: the reference layers, where they are found and how to install them."""

from __future__ import annotations

import click

from .common import echo_json, user_errors


@click.group("data")
def data_group() -> None:
    """Reference data: status and installation."""


@data_group.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
@click.pass_obj
def status(obj, as_json: bool) -> None:
    """List each reference layer: found or not, path, features, checksum, license.

    \b
    Example:
      incmap data status
      incmap --data /srv/syria-data data status --json
    """
    with user_errors():
        data = obj.data()
        records = data.status()
    if as_json:
        echo_json({"root": str(data.root), "how": data.how, "layers": records})
    else:
        click.echo(f"Data directory: {data.root}  ({data.how})")
        for r in records:
            state = "ok" if r.get("ok") and r["found"] else ("missing" if not r["found"] else "DAMAGED")
            need = "required" if r["required"] else "optional"
            feats = f"{r['features']:>6} features" if "features" in r else " " * 15
            click.echo(f"  {r['layer']:<15} {state:<8} {need:<9} {feats}  "
                       f"{r.get('checksum', ''):<16}  {r['license']:<14} {r['path']}")
            if r.get("error"):
                click.echo(f"      {r['error']}")
    if any(not r.get("ok") for r in records):
        raise SystemExit(1)


@data_group.command("install")
@click.option("--from", "source", default=None, metavar="PATH_OR_URL",
              help="Install from a directory, a zip archive, or an http(s):// URL of either, "
                   "instead of fetching from the publishers (offline use).")
@click.option("--to", "dest", metavar="DIR", default=None,
              help="Install here instead of the user data directory.")
@click.option("--layer", "only", multiple=True, help="Install only this layer (repeatable).")
@click.option("--mirror", metavar="URL", envvar="INCMAP_SOURCES_MIRROR", default=None,
              help="Fetch the official files from this mirror: https://HOST/PATH is read from "
                   "URL/HOST/PATH (default: $INCMAP_SOURCES_MIRROR, else the publishers).")
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="A progress bar per downloaded file (on stderr).")
def install_cmd(source: str | None, dest: str | None, only: tuple[str, ...], mirror: str | None,
                progress: bool) -> None:
    """Install the reference layers: from their publishers, or from files you have.

    With no --from, the official files are downloaded (OCHA COD-AB and populated
    places from the Humanitarian Data Exchange, the GeoNames SY dump; on request,
    the UCDP GED and Natural Earth's rivers, lakes, roads and shaded relief for
    the map; the list, with what is verified, is geo/reference/sources.py DOWNLOADS), with a
    progress bar each; an interrupted download is retried and resumed, also by
    the next run. Each layer is found by its path, its file name, or its fields
    (the OCHA files with ADM1_PCODE/ADM1_EN/ADM1_AR fields are converted; so is
    the GeoNames SY.txt dump), checked, and installed into the user data
    directory. If a required layer is missing or damaged, nothing is installed.

    \b
    Examples:
      incmap data install                        fetch from OCHA and GeoNames
      incmap data install --from ~/Downloads/syr_adm_unocha.zip
      incmap data install --from ../shared/data --to /srv/incmap/data
      incmap data install --mirror http://mirror.lan/incmap   an offline mirror
      incmap data install --layer rivers --layer lakes --layer roads --layer relief
                                                 the map's context (Natural Earth)
    """
    from geo.reference.install import install, install_official

    def warn(msg: str) -> None:
        click.echo(f"warning: {msg}", err=True)

    with user_errors():
        if source:
            done = install(source, dest, list(only) or None, on_skip=warn, progress=progress)
        else:
            done = install_official(dest, list(only) or None, on_skip=warn, mirror=mirror,
                                    progress=progress)
    for item in done:
        note = f" (converted: {item.converted})" if item.converted else ""
        click.echo(f"  {item.key:<15} {item.features:>6} features  {item.sha256[:16]}  "
                   f"{item.license}{note}")
    click.echo(f"Installed {len(done)} layer(s).")


def register(cli: click.Group) -> None:
    cli.add_command(data_group)
