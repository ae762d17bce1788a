"""``incmap export``: landmine, incident, hazard-area and front-line files for planners.

The same exports as the service's ``/export/...`` routes (one code path: the
API core), written to a file: GeoJSON (RFC 7946), GeoPackage, CSV with an HXL
hashtag row, or KML. Victim names are never exported.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from .common import fail, filter_options, user_errors

__all__ = ["register", "export_group"]

FORMATS = ("geojson", "gpkg", "csv", "kml", "kmz")
SUFFIX_FORMAT = {".geojson": "geojson", ".json": "geojson", ".gpkg": "gpkg", ".csv": "csv",
                 ".kml": "kml", ".kmz": "kmz"}


def _run(obj, kind: str, output: str, fmt: str | None, circles: bool, params: dict) -> None:
    from geo.store import store_exists, store_target

    if fmt is None:
        if output == "-":
            fmt = "geojson"
        else:
            fmt = SUFFIX_FORMAT.get(Path(output).suffix.lower())
            if fmt is None:
                raise fail(f"cannot tell the format from {output!r}; name the file .geojson, "
                           f".gpkg, .csv or .kml, or give --format")
    if fmt == "gpkg" and output == "-":
        raise fail("a GeoPackage cannot be written to standard output; give -o FILE.gpkg")
    store = store_target(obj.store_path if obj else None)
    if kind != "fronts" and not store_exists(store):
        raise fail(f"no incident store at {store}; import incidents first (incmap import ...) "
                   "or give --store PATH")
    from service.app import API  # after the arguments are checked: loading takes seconds
    from service.core import Request
    from service.settings import Settings

    with user_errors():
        # The operator's own copy, on the operator's machine: not bounded like a public export.
        settings = Settings(data_dir=obj.data_dir if obj else None, store_path=str(store),
                            max_export=10**9)
        api = API(settings)
        query = {k: ("true" if v is True else "false" if v is False else v)
                 for k, v in params.items() if v is not None and v != ""}
        if circles:
            query["circles"] = "true"
        result = api.export(Request(path=f"/export/{kind}.{fmt}", params=query), kind, fmt)
        if result.status != 200:
            problem = json.loads(result.read())
            raise fail(problem.get("detail") or problem.get("title"))
        counter = _Counter(fmt, header_rows=1 if kind in ("hazards", "accidents", "fronts") else 2)
        if output == "-":
            for piece in _pieces(result.body):
                sys.stdout.buffer.write(counter.add(piece))
            return
        target = Path(output)
        # Written beside the target as it comes, then renamed: an interrupted export leaves
        # no half file, and a large one is never held in memory.
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as fh:
                for piece in _pieces(result.body):
                    fh.write(counter.add(piece))
            os.replace(tmp, target)
        finally:
            if tmp.exists():
                tmp.unlink()
    count = counter.count()
    noun = "features" if kind in ("hazards", "fronts") else "incidents"
    click.echo(f"wrote {target} ({fmt}, {counter.size:,} bytes"
               + (f", {count} {noun}" if count is not None else "") + ")", err=True)


def _pieces(body):
    """The body of a result, a piece at a time (a stream as it is made)."""
    if isinstance(body, (bytes, str)):
        yield body if isinstance(body, bytes) else body.encode("utf-8")
    else:
        yield from body


class _Counter:
    """Counts the bytes and the features of a file as it is written (GeoJSON: its Feature
    objects, whose opening no JSON text value can hold; CSV: its lines)."""

    # Every GeoJSON export is written compact by one writer (geo.export.geojson.dumps).
    FEATURES = (b'{"type":"Feature",',)

    def __init__(self, fmt: str, header_rows: int = 2):
        self.fmt = fmt
        self.header_rows = header_rows
        self.size = 0
        self.found = 0
        self.last = b""

    def add(self, piece: bytes) -> bytes:
        self.size += len(piece)
        keys = self.FEATURES if self.fmt == "geojson" else (b"\n",)
        for key in keys:
            joined = self.last[-(len(key) - 1):] + piece if len(key) > 1 else piece
            self.found += joined.count(key)
        self.last = piece or self.last
        return piece

    def count(self) -> int | None:
        if self.fmt == "geojson":
            return self.found
        if self.fmt == "csv":
            return max(self.found - self.header_rows, 0) if self.last.endswith(b"\n") else None
        return None


def _file_options(command):
    """The options every export shares: the file and its format."""
    command = click.option("--format", "fmt", type=click.Choice(FORMATS),
                           help="Format (default: from FILE).")(command)
    return click.option("-o", "--output", required=True, metavar="FILE",
                        help="Output file (.geojson, .gpkg, .csv, .kml, .kmz) or - for standard "
                             "output.")(command)


def _output_options(command):
    """The options of the incident exports: the file, its format, the uncertainty circles."""
    command = click.option("--circles", is_flag=True, help="Give each incident its uncertainty "
                           "circle as a polygon (metres, EPSG:32637).")(command)
    return _file_options(command)


@click.group("export")
def export_group() -> None:
    """Files for demining planners: GeoJSON (RFC 7946), GeoPackage, CSV with HXL, KML."""


@export_group.command("landmines")
@_output_options
@filter_options(dates="interval", category=False)
@click.pass_obj
def landmines(obj, output, fmt, circles, datetime_, **filters) -> None:
    """Landmine and explosive-remnant incidents, one feature each.

    Each has its id, date, precision and span (date_start..date_end), the P-codes
    and names of governorate, district, sub-district and community (no finer than
    the location precision allows), location precision and uncertainty radius (m),
    civilians killed/children/women/injured and all deaths where the source counts
    them (deaths_total), cause, the force that controlled the place on the date,
    and its source; the sources to credit are in the file's metadata.

    \b
    Examples:
      incmap export landmines -o landmines.geojson
      incmap export landmines -o landmines.gpkg --circles --datetime 2023-01-01/..
      incmap --store incidents.gpkg export landmines -o deir-ez-zor.csv --adm1 SY09
    """
    _run(obj, "landmines", output, fmt, circles, {"datetime": datetime_, **filters})


@export_group.command("incidents")
@_output_options
@filter_options(dates="interval")
@click.pass_obj
def incidents(obj, output, fmt, circles, datetime_, **filters) -> None:
    """All incidents (or those the filters select), one feature each.

    \b
    Examples:
      incmap export incidents -o july-2023.csv --datetime 2023-07-01/2023-07-31
      incmap export incidents -o massacres.kml --category massacre --control GOV
    """
    _run(obj, "incidents", output, fmt, circles, {"datetime": datetime_, **filters})


def _planning_options(command):
    """The parameters of the planning layers, written into the file's metadata."""
    command = click.option("--causes", metavar="CAUSES",
                           help="Causes that make hazards (default: landmine,explosive remnant; "
                                "also IED, car bomb).")(command)
    command = click.option("--end", metavar="DATE", help="Last day (YYYY-MM-DD).")(command)
    command = click.option("--start", metavar="DATE", help="First day (YYYY-MM-DD).")(command)
    return _file_options(command)


@export_group.command("hazards")
@_planning_options
@click.option("--distance", type=float, default=500.0, show_default=True, metavar="METRES",
              help="Incidents whose uncertainty circles come within this distance (m, "
                   "EPSG:32637) are one area.")
@click.option("--accidents", is_flag=True,
              help="Write the accidents behind the areas (points, with their hazard_id) "
                   "instead of the areas.")
@click.option("--precision", type=click.Choice(["near", "community"]), default="near",
              show_default=True, help="The coarsest location drawn: community draws only "
              "incidents located to their village (the others are counted per district).")
@click.pass_obj
def hazards(obj, output, fmt, start, end, causes, distance, accidents, precision) -> None:
    """Suspected hazard areas from landmine and explosive-remnant incidents.

    Each area has a stable id (HA-...), its incidents, civilians killed (children apart)
    and injured, first and last date, the forces that held it over time, its sources, a
    confidence from the location precision, and the nearest historic front. Incidents
    known only to a district or governorate are counted for that unit (kind "unit", no
    geometry). The CSV uses IMSMA field names (hazard_localid, hazard_type, ...). See
    docs/demining.md.

    \b
    Examples:
      incmap export hazards -o hazards.geojson
      incmap export hazards -o hazards.csv --distance 1000 --start 2017-01-01
      incmap export hazards -o accidents.csv --accidents
    """
    _run(obj, "accidents" if accidents else "hazards", output, fmt, False,
         {"distance": f"{distance:g}", "start": start, "end": end, "causes": causes,
          "precision": precision})


@export_group.command("fronts")
@_planning_options
@click.pass_obj
def fronts(obj, output, fmt, start, end, causes) -> None:
    """Historic front lines: where two forces met, how many days, and between whom.

    \b
    Examples:
      incmap export fronts -o fronts.geojson
      incmap export fronts -o fronts-2017.gpkg --start 2017-01-01 --end 2017-12-31
    """
    if causes:
        raise fail("--causes is for hazards, not fronts")
    _run(obj, "fronts", output, fmt, False, {"start": start, "end": end})


def register(cli) -> None:
    cli.add_command(export_group)
