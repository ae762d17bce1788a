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


def register(cli: click.Group) -> None:
    cli.add_command(data_group)
