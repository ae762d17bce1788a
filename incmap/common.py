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

    def geocoder(self):
        """The project's geocoder over the gazetteer (its loading errors said as CLI errors)."""
        from geo.geocode import Geocoder

        with user_errors():
            return Geocoder(self.gazetteer())


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


def filter_options(command=None, *, dates: str = "range", category: bool = True):
    """The incident filters of a command, named as the store's and the API's filters.

    ``dates="range"`` gives ``--start``/``--end`` (``incmap incidents``); ``"interval"`` gives
    ``--datetime START/END`` (the API's parameter, for ``incmap export``). Each filter reaches
    the command as its store name (``adm1``, ``all_records`` ...; ``datetime_`` for the
    interval); flags left out are ``None``.
    """
    if command is None:
        return lambda c: filter_options(c, dates=dates, category=category)
    options = [click.option("--bbox", metavar="W,S,E,N", help="Longitude/latitude box in degrees.")]
    if dates == "range":
        options += [
            click.option("--start", metavar="DATE",
                         help="First date (YYYY-MM-DD, YYYY-MM or YYYY). An incident is selected "
                              "when the whole span its date allows lies between --start and --end."),
            click.option("--end", metavar="DATE", help="Last date (inclusive).")]
    else:
        options.append(click.option(
            "--datetime", "datetime_", metavar="INTERVAL",
            help="A date or START/END, '..' for an open end (2023-07-01/2023-07-31)."))
    options.append(click.option(
        "--max-precision", "max_precision", metavar="P",
        help="Only incidents located at least this precisely: 1 place, 2 near it, 3 district, "
             "4 governorate, 5 named area, 6 country (or the name)."))
    if category:
        options.append(click.option("--category", metavar="C[,C]",
                                    help="killing, landmine, massacre, torture."))
    options += [
        click.option("--perpetrator", metavar="P[,P]",
                     help="Perpetrator codes: REGIME, RUSSIA, OPP_SNA, SDF, COALITION, HTS, ISIS, "
                          "TURKEY, JORDAN, ISRAEL, OTHER_LANDMINE, OTHER_GUNFIRE, OTHER_BOMBING, "
                          "OTHER_UNIDENTIFIED, OTHER."),
        click.option("--cause", metavar="C[,C]",
                     help="Cause/weapon, e.g. shelling,airstrike,landmine,explosive remnant."),
        click.option("--control", metavar="F[,F]",
                     help="The force that controlled the place at the time: GOV, HTS_OPP, SNA, "
                          "SDF, ISIS, ..."),
        click.option("--stated-control", "stated_control", metavar="F[,F]",
                     help="Control stated by the source."),
        click.option("--agrees/--disagrees", default=None,
                     help="Only incidents whose stated and computed control agree / disagree."),
        click.option("--governorate", "--adm1", "adm1", metavar="P[,P]",
                     help="Governorate P-code(s), e.g. SY02."),
        click.option("--district", "--adm2", "adm2", metavar="P[,P]",
                     help="District P-code(s), e.g. SY0205."),
        click.option("--subdistrict", "--adm3", "adm3", metavar="P[,P]",
                     help="Sub-district P-code(s), e.g. SY020500."),
        click.option("--dataset", metavar="D[,D]", help="Dataset(s): ucdp, acled, snhr, local."),
        click.option("--all-records", "all_records", is_flag=True, default=None,
                     help="Every source record of an event several sources report (by default "
                          "such an event counts once, as its best record; its other records are "
                          "named in linked_ids)."),
    ]
    for option in reversed(options):
        command = option(command)
    return store_option(command)


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
