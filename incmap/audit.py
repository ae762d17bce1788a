"""``incmap audit`` and ``incmap tokens``: who changed the store, and who may write through the API."""

from __future__ import annotations

import getpass

import click

from geo.store.audit import ACTIONS

from .common import echo_json, store_option, user_errors

__all__ = ["register", "cli_writer"]


def cli_writer() -> str:
    """Who a command-line write is recorded as: ``cli:<login name>``."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "cli:unknown"


@click.command("audit")
@click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--who", help="Only the writes of this token name (or cli:USER).")
@click.option("--action", type=click.Choice(ACTIONS))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (with the ids changed).")
@store_option
@click.pass_obj
def audit_cmd(obj, limit: int, offset: int, who: str | None, action: str | None,
              as_json: bool) -> None:
    """The writes recorded in the store, newest first: who, when, what changed.

    \b
    Examples:
      incmap audit --limit 20
      incmap audit --who alice --json
      incmap audit --action split-link --store postgresql://incmap@db/incidents
    """
    from geo.store import open_store

    with user_errors():
        store = open_store(obj.store_path, readonly=True)  # a file, or a postgresql:// URL
        try:
            entries = store.audit_log(limit=limit, offset=offset, who=who, action=action)
        finally:
            store.close()
    if as_json:
        echo_json({"entries": [e.to_dict() for e in entries]})
        return
    for e in entries:
        counts = ", ".join(f"{n} {k}" for k, n in (("added", e.added), ("updated", e.updated),
                                                   ("deleted", e.deleted)) if n) or "no change"
        click.echo(f"{e.at}  {e.who:<16} {e.action:<12} {counts}"
                   + (f"  from {e.source}" if e.source else ""))


@click.group("tokens")
def tokens_group() -> None:
    """Named write tokens for the API, kept as hashes in a file (INCMAP_TOKENS_FILE).

    The service re-reads the file when it changes: adding or revoking a token needs no restart.
    """


def _path(path: str | None) -> str:
    import os

    path = path or os.environ.get("INCMAP_TOKENS_FILE")
    if not path:
        raise click.ClickException("give --file PATH or set INCMAP_TOKENS_FILE")
    return path


_FILE = click.option("--file", "path", metavar="PATH", help="The tokens file (default: "
                     "$INCMAP_TOKENS_FILE).")


@tokens_group.command("add")
@click.argument("name")
@_FILE
def add_cmd(name: str, path: str | None) -> None:
    """Make a token for NAME and print it (once: only its hash is kept)."""
    from service.tokens import add_token

    with user_errors():
        token = add_token(_path(path), name)
    click.echo(token)


@tokens_group.command("revoke")
@click.argument("name")
@_FILE
def revoke_cmd(name: str, path: str | None) -> None:
    """Revoke the token of NAME (the running service stops accepting it at once)."""
    from service.tokens import revoke_token

    with user_errors():
        revoke_token(_path(path), name)
    click.echo(f"revoked {name}")


@tokens_group.command("list")
@_FILE
def list_cmd(path: str | None) -> None:
    """The names of the tokens."""
    from service.tokens import token_names

    with user_errors():
        for name in token_names(_path(path)):
            click.echo(name)


def register(cli: click.Group) -> None:
    cli.add_command(audit_cmd)
    cli.add_command(tokens_group)
