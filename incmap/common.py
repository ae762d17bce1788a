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

__all__ = ["Context", "fail", "echo_json", "user_errors"]


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
