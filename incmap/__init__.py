"""``incmap``: the command line of the Syria incident map.

Each command group lives in its own module of this package and registers
itself through a ``register(cli)`` function; this module only builds the
top-level group and the options every command shares.

Run ``incmap --help`` for the guide, or ``incmap COMMAND --help``.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from .common import STORE_HELP, Context

__all__ = ["main", "cli"]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--data", "data_dir", metavar="DIR", envvar="INCMAP_DATA",
              help="Reference data directory (default: $INCMAP_DATA, then ../shared/data beside "
                   "the checkout, then the user data directory filled by 'incmap data install').")
@click.option("--store", "store_path", metavar="PATH|URL", envvar="INCMAP_STORE", help=STORE_HELP)
@click.version_option(package_name="syria-incident-map")
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None, store_path: str | None) -> None:
    """Map civilian harm in Syria by the force that controlled each place at the time.

    \b
    Typical session:
      incmap data status                      which reference layers are found
      incmap gazetteer search "Kafr Nouran"   find a place by name
      incmap geocode "Shawa village in al-Ra'ie area in eastern rural Aleppo"
      incmap control --lat 36.50 --lon 37.48 --date 2023-07-09
      incmap import ucdp.csv --format ucdp    load incidents into the store
      incmap serve                            the web map and API on http://127.0.0.1:8000
    """
    ctx.obj = Context(data_dir=data_dir, store_path=store_path)


def _register_commands() -> None:
    package = sys.modules[__name__]
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name == "common":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(cli)


_register_commands()


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    cli.main(args=argv, prog_name="incmap")


if __name__ == "__main__":  # pragma: no cover
    main()
