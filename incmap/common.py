"""What every ``incmap`` command shares: the context, JSON output, errors.

Errors a user can meet are raised as :class:`click.ClickException` with a
message that names the file, line and fix; ``fail`` does that from the
project's own exception types, so no command prints a traceback for bad
input or missing data.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

import click

__all__ = ["Context", "fail", "echo_json", "user_errors", "store_option", "STORE_HELP"]

STORE_HELP = ("Incident store: a GeoPackage file, or a PostGIS database as postgresql://USER@HOST/DB "
              "(default: $INCMAP_STORE, then incidents.gpkg in the user data directory).")


@dataclass
class Context:
    data_dir: str | None = None
    store_path: str | None = None

    def data(self):
        """The resolved reference data directory (DataError if none)."""
        from geo.reference.datadir import resolve

        return resolve(self.data_dir)

    def gazetteer(self):
        from geo.gazetteer import Gazetteer

        return Gazetteer.load(self.data())


def store_option(command):
    """``--store PATH|URL`` on a command too, so it may follow it: ``incmap import FILE --store S``.

    It sets the same value as ``incmap --store S COMMAND``; given after the command, it wins.
    """

    def remember(ctx: click.Context, _param, value):
        if value:
            ctx.ensure_object(Context).store_path = value
        return value

    return click.option("--store", metavar="PATH|URL", expose_value=False, callback=remember,
                        is_eager=True, help=STORE_HELP)(command)


def fail(message: str) -> "click.ClickException":
    return click.ClickException(message)


def day(value, name: str = "date"):
    """``value`` as a day, checked before any data is loaded (a clean error naming ``name``).

    >>> day("2023-07-09")
    datetime.date(2023, 7, 9)
    """
    from geo.control.period import parse_day  # light: no numpy, no geometry

    with user_errors():
        return parse_day(value, field=name)


def echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


class user_errors:
    """Turn the project's user-facing exceptions into clean CLI errors.

    >>> with user_errors():          # doctest: +SKIP
    ...     resolve("/nowhere")
    """

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is None:
            return False
        from geo.errors import UserError

        if isinstance(exc, UserError):
            raise click.ClickException(str(exc)) from exc
        return False


def stderr(message: str) -> None:
    click.echo(message, err=True, file=sys.stderr)
