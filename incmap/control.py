"""``incmap control``: who controlled a place on a date; snapshots; importing control data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import day, echo_json, fail, user_errors

DATASET_HELP = ("A control dataset folder (periods.csv + areas.geojson); default: the bundled "
                "dataset.")
LAYER_HELP = ("A dataset folder stacked above the dataset (repeatable; the first given wins "
              "where layers overlap); answers name the layer they came from.")


def _index(obj, dataset: str | None, layers=()):
    _check_folders(dataset, layers)
    from geo.control import ControlIndex

    with user_errors():
        return ControlIndex.load(obj.data(), dataset, layers=layers)


def _check_folders(dataset: str | None, layers=()) -> None:
    """A missing dataset or layer folder is said before anything is loaded."""
    for folder in [dataset, *layers]:
        if folder is not None and not (Path(folder) / "periods.csv").is_file():
            raise fail(f"no periods.csv in {folder}; a control dataset is a folder with "
                       "periods.csv and (optionally) areas.geojson")


def layer_option(f):
    return click.option("--layer", "layers", multiple=True, metavar="DIR", help=LAYER_HELP)(f)


@click.group("control", invoke_without_command=True)
@click.option("--lat", type=float, help="Latitude (WGS84 degrees).")
@click.option("--lon", type=float, help="Longitude (WGS84 degrees).")
@click.option("--place", metavar="TEXT",
              help="A town, village or neighbourhood by name, English or Arabic, instead of "
                   "--lat/--lon (e.g. \"Saraqib\", \"Tishreen village in Deir Ez-Zour\", سراقب).")
@click.option("-g", "--governorate", metavar="G",
              help="With --place: the governorate it lies in (name or P-code).")
@click.option("--date", "date", metavar="YYYY-MM-DD", help="The day to ask about.")
@click.option("--dataset", metavar="DIR", help=DATASET_HELP)
@layer_option
@click.option("--front", is_flag=True,
              help="Also the distance to the nearest area of another force (front_km).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def control_group(ctx: click.Context, lat: float | None, lon: float | None, place: str | None,
                  governorate: str | None, date: str | None, dataset: str | None,
                  layers: tuple[str, ...], front: bool, as_json: bool) -> None:
    """Which force controlled a place on a date.

    \b
    Examples:
      incmap control --lat 36.50 --lon 37.48 --date 2023-07-09
      incmap control --lat 35.93 --lon 36.63 --date 2023-07-04 --json
      incmap control --lat 36.50 --lon 37.48 --date 2023-07-09 --front
      incmap control --place Saraqib --date 2020-02-10
      incmap control --place "Tishreen village" -g "Deir Ez-Zour" --date 2017-10-01
      incmap control snapshot --date 2023-07-09 -o control.geojson
      incmap control diff --from 2017-11-01 --to 2018-06-01
      incmap control --layer my-layer --lat 36.50 --lon 37.48 --date 2026-06-01
      incmap control import marks.csv --format marks --force-field faction \\
          --from 2017-07-01 --to 2017-08-31 -o my-dataset
    """
    if ctx.invoked_subcommand is not None:
        return
    if place is not None and (lat is not None or lon is not None):
        raise fail("give either --place or --lat and --lon, not both")
    if governorate is not None and place is None:
        raise fail("--governorate goes with --place")
    if place is None and (lat is None or lon is None or date is None):
        if lat is None and lon is None and date is None:
            click.echo(ctx.get_help())
            return
        raise fail("give --lat, --lon and --date together (e.g. --lat 36.50 --lon 37.48 "
                   "--date 2023-07-09), or --place and --date")
    if date is None:
        raise fail("give --date with --place (e.g. --place Saraqib --date 2020-02-10)")
    date = day(date)
    for name, value, limit in (("latitude", lat, 90), ("longitude", lon, 180)):
        if value is not None and not -limit <= value <= limit:
            raise fail(f"impossible {name} {value}")
    found = None
    if place is not None:
        found = _place(ctx.obj, place, governorate)
        lat, lon = found.lat, found.lon
    idx = _index(ctx.obj, dataset, layers)
    with user_errors():
        answer = idx.control_at(lon, lat, date, front=front)
    if as_json:
        doc = answer.to_dict(front)
        if found is not None:
            place_doc = found.to_dict()
            doc = {"place": {k: place_doc[k] for k in PLACE_FIELDS}, **doc}
        echo_json(doc)
        return
    if answer.force is None:
        raise fail(f"{lat}, {lon} lies outside Syria")
    if found is not None:
        click.echo(f"{place!r} is {found.name_en} | {found.name_ar} ({found.pcode}, {found.level}), "
                   f"geocoding confidence {found.confidence:.2f}")
        others = [a for a in found.alternatives if a["level"] in POINT_LEVELS] if not governorate else []
        for alt in others[:2]:
            click.echo(f"  or perhaps {alt['name_en']} ({alt['pcode']}, {alt['adm1_pcode']}): "
                       "name it with --governorate or give --lat/--lon")
        lat, lon = round(lat, 5), round(lon, 5)
    click.echo(f"{answer.date}  {lat}, {lon}: {answer.name} ({answer.force})"
               + (" [contested: also " + ", ".join(answer.forces[1:]) + "]"
                  if answer.contested and len(answer.forces) > 1 else
                  " [contested]" if answer.contested else
                  (" [shared with " + ", ".join(answer.forces[1:]) + "]"
                   if len(answer.forces) > 1 else "")))
    pc = answer.pcodes
    click.echo(f"  place: {pc.get('community') or '-'} in {pc.get('adm3')} / {pc.get('adm2')} / "
               f"{pc.get('adm1')}" + ("" if answer.inside else " (snapped from just outside)"))
    if answer.force != "UNKNOWN":
        click.echo(f"  period: {answer.valid_from} to {answer.valid_to or 'open'}, unit "
                   f"{answer.unit}, confidence {answer.confidence}")
        click.echo(f"  source: {answer.source or '-'} (layer {answer.layer})")
    if answer.front_km is not None:
        click.echo(f"  nearest area of another force: {answer.front_km:.1f} km")
    if answer.stale:
        click.echo(f"  STALE: the data covers {idx.coverage[0]} to {idx.coverage[1]}")
    if answer.coverage_note:
        click.echo(f"  {answer.coverage_note}")
    if answer.note:
        click.echo(f"  note: {answer.note}")


# What ``--place --json`` says of the place it found.
PLACE_FIELDS = ("text", "pcode", "level", "name_en", "name_ar", "parents", "lon", "lat",
                "confidence", "alternatives")
# Control differs inside a sub-district or larger unit: only a point place is answered.
POINT_LEVELS = ("community", "neighbourhood")


def _place(obj, text: str, governorate: str | None):
    """The town, village or neighbourhood ``text`` names, by the project's geocoder."""
    geocoder = obj.geocoder()
    with user_errors():
        m = geocoder.geocode(text, governorate=governorate)
    if not m.found:
        raise fail(f"no place found in {text!r}: {m.note}")
    if m.level not in POINT_LEVELS:
        raise fail(f"{text!r} names only the {m.level} {m.name_en} ({m.pcode}), and control differs "
                   "inside it: name a town, village or neighbourhood, or give --lat and --lon")
    return m


@control_group.command("snapshot")
@click.option("--date", "date", required=True, metavar="YYYY-MM-DD", help="The day.")
@click.option("-o", "--output", metavar="FILE", help="Write GeoJSON here (default: stdout).")
@click.option("--dataset", metavar="DIR", help=DATASET_HELP)
@layer_option
@click.pass_obj
def snapshot(obj, date: str, output: str | None, dataset: str | None,
             layers: tuple[str, ...]) -> None:
    """The control areas on a date as GeoJSON (RFC 7946), one feature per force and status.

    The same features as the API's /api/control/snapshot and OGC control-areas
    collection (valid, right-hand-rule winding, simplified to ~400 m on a ~10 m grid),
    with the coverage, attribution and licence at the top level.

    \b
    Example:
      incmap control snapshot --date 2023-07-09 -o control.geojson
    """
    date = day(date)
    from geo.control.snapshot import control_snapshot_geojson

    idx = _index(obj, dataset, layers)
    with user_errors():
        doc = control_snapshot_geojson(idx, date)
    text = json.dumps(doc, ensure_ascii=False)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        note = (doc.get("coverage") or {}).get("message")
        click.echo(f"{output}: {len(doc['features'])} areas on {date}"
                   + (" (STALE: past the data's coverage)" if doc["stale"] else "")
                   + (f" ({note})" if note else ""), err=True)
    else:
        click.echo(text)


@control_group.command("check")
@click.option("--dataset", metavar="DIR", help=DATASET_HELP)
@layer_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def check(obj, dataset: str | None, layers: tuple[str, ...], as_json: bool) -> None:
    """Load a control dataset and report its coverage, size, conflicts and warnings.

    Warnings name community periods whose P-code has no cell of its own (its point is
    the same as another community's, or lies just outside the outline): they answer for
    the cell that holds the point, after that cell's own periods.

    \b
    Example:
      incmap control check --dataset my-dataset
    """
    from collections import Counter

    idx = _index(obj, dataset, layers)
    ds = idx.dataset
    report = {
        "dataset": str(ds.path), "layers": list(ds.layers) or [ds.name],
        "periods": len(ds.periods), "areas": len(ds.areas),
        "coverage": [d.isoformat() for d in idx.coverage] if idx.coverage else None,
        "last_verified": (idx.coverage_info.verified_to.isoformat() if idx.coverage_info
                          else None),
        "atoms": len(idx.tess), "change_days": len(idx._change_days),
        "forces": dict(Counter(p.force for p in ds.periods)),
        "confidence": dict(Counter(p.confidence for p in ds.periods)),
        "area_conflicts": ds.area_conflicts(),
        # Community periods answered by another cell (or never): see docs/control-engine.md.
        "unit_warnings": list(idx.warnings),
    }
    if as_json:
        echo_json(report)
        return
    for k in ("dataset", "layers", "periods", "areas", "coverage", "last_verified", "atoms",
              "change_days", "forces", "confidence"):
        click.echo(f"{k}: {report[k]}")
    for c in report["area_conflicts"]:
        click.echo(f"conflict (the smaller area wins): {c}")
    for w in report["unit_warnings"]:
        click.echo(f"warning: {w}")


def _write_rows(frame, output: str | None, fmt: str, text_columns: list[tuple[str, str, int]],
                title: str) -> None:
    """Write ``frame`` as CSV or JSON (to ``output`` or stdout), or as a text table."""
    import io

    if fmt == "csv":
        buf = io.StringIO()
        frame.to_csv(buf, index=False, lineterminator="\n")
        text = buf.getvalue()
    elif fmt == "json":
        text = json.dumps({"title": title, "count": len(frame),
                           "rows": json.loads(frame.to_json(orient="records", force_ascii=False))},
                          ensure_ascii=False, indent=1)
    else:
        lines = ["  ".join(f"{head:<{width}}" for _, head, width in text_columns)]
        for row in frame.to_dict("records"):
            lines.append("  ".join(f"{str(row[col] if row[col] is not None else '-')[:width]:<{width}}"
                                   for col, _, width in text_columns))
        lines.append(title)
        text = "\n".join(lines) + "\n"
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"{output}: {title}", err=True)
    else:
        click.echo(text, nl=False)


@control_group.command("diff")
@click.option("--from", "date_from", required=True, metavar="D", help="The first date.")
@click.option("--to", "date_to", required=True, metavar="D", help="The second date.")
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default=None,
              help="Output format (default: text, or what -o's extension says).")
@click.option("-o", "--output", metavar="FILE", help="Write here instead of stdout.")
@click.option("--dataset", metavar="DIR", help=DATASET_HELP)
@layer_option
@click.pass_obj
def diff(obj, date_from: str, date_to: str, fmt: str | None, output: str | None,
         dataset: str | None, layers: tuple[str, ...]) -> None:
    """The communities that changed hands between two dates.

    One row per community (P-code, name, from-force, to-force, and the date range of
    the change: the old force known until HELD_UNTIL, the new one from HELD_SINCE).
    Places going to or from UNKNOWN are left out.

    \b
    Examples:
      incmap control diff --from 2017-11-01 --to 2018-06-01
      incmap control diff --from 2024-11-26 --to 2024-12-15 -o changes.csv
      incmap control diff --layer wiki-2026 --from 2026-02-01 --to 2026-09-11 --format json
    """
    day(date_from, "from"), day(date_to, "to")
    from geo.control.diff import control_diff
    from geo.reference import load

    idx = _index(obj, dataset, layers)
    with user_errors():
        frame = control_diff(idx, load(obj.data()), date_from, date_to)
    if fmt is None:
        ext = Path(output).suffix.lower().lstrip(".") if output else ""
        fmt = ext if ext in ("csv", "json") else "text"
    _write_rows(frame, output, fmt,
                [("pcode", "pcode", 6), ("name", "name", 24), ("from_force", "from", 12),
                 ("to_force", "to", 12), ("held_until", "held until", 10),
                 ("held_since", "held since", 10), ("to_layer", "layer", 10)],
                f"{len(frame)} communities changed hands between {date_from} and {date_to}")


@control_group.command("disputes")
@click.option("--store", "store_path", metavar="PATH",
              help="The incident store (default: the global --store / $INCMAP_STORE).")
@click.option("--cases", multiple=True, metavar="CSV",
              help="Also evaluate these cases files (as incmap eval does) and list their "
                   "disagreements (repeatable).")
@click.option("--start", metavar="D", help="Store: incidents from this date.")
@click.option("--end", metavar="D", help="Store: incidents up to this date.")
@click.option("-o", "--output", metavar="FILE", help="Write the review list here (CSV).")
@click.pass_obj
def disputes(obj, store_path: str | None, cases: tuple[str, ...], start: str | None,
             end: str | None, output: str | None) -> None:
    """The review list of control disputes: where a source states one force and the
    dataset computes another (the store's disagreements and incmap eval's).

    One row per dispute: origin, place, P-code, date, stated, computed, sentence,
    source, and a correction prefilled with the stated force on that day. A reviewer
    writes accept / reject / place in the decision column (editing the correction's
    unit, dates and confidence as the source allows), then turns the accepted rows
    into authored periods with `incmap control corrections` (docs/control-dataset.md,
    "Reviewing control disputes").

    \b
    Examples:
      incmap control disputes --store incidents.gpkg -o review.csv
      incmap control disputes --cases ../shared/eval/seed_cases_2023-07.csv -o review.csv
    """
    from geo.control.disputes import disputes_from_eval, disputes_from_store, write_review
    from geo.store import open_store, store_exists, store_target

    from .eval import evaluate_file

    rows: list[dict] = []
    with user_errors():
        path = store_target(store_path or obj.store_path)
        if store_exists(path):
            store = open_store(path, readonly=True)
            rows += disputes_from_store(store, start=start, end=end)
        elif store_path or not cases:
            raise fail(f"no incident store at {path}; give --store PATH or --cases CSV")
        for case_file in cases:
            if not Path(case_file).is_file():
                raise fail(f"{case_file}: no such file")
            obj.data()
            rows += disputes_from_eval(evaluate_file(case_file))
        text = write_review(rows, output)
    if output:
        click.echo(f"{output}: {len(rows)} control disputes to review", err=True)
    else:
        click.echo(text, nl=False)


@control_group.command("corrections")
@click.argument("review", type=click.Path(dir_okay=False))
@click.option("-o", "--output", metavar="FILE",
              help="Write the periods here (default: stdout).")
@click.pass_obj
def corrections_(obj, review: str, output: str | None) -> None:
    """Turn the accepted rows of a reviewed disputes list into authored periods.

    Writes rows in the authored format (unit,force,valid_from,valid_to,contested,also,
    confidence,source,note) for geo/data/control/authored_periods.csv (or a layer's
    periods.csv); every row is checked, and an error names the review file's line.

    \b
    Example:
      incmap control corrections review.csv -o corrections.csv
    """
    from geo.control.disputes import corrections, read_review, write_periods

    if not Path(review).is_file():
        raise fail(f"{review}: no such file")
    with user_errors():
        rows = read_review(review)
        periods = corrections(rows, source=review)
        text = write_periods(periods, output)
    counts = {d: sum(r["decision"] == d for _, r in rows) for d in ("accept", "reject", "place")}
    summary = (f"{len(periods)} period(s) from {counts['accept']} accepted row(s); "
               f"{counts['reject']} rejected, {counts['place']} place problem(s), "
               f"{len(rows) - sum(counts.values())} not reviewed")
    if output:
        click.echo(f"{output}: {summary}", err=True)
    else:
        click.echo(text, nl=False)
        click.echo(summary, err=True)


def _mapping(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        if "=" not in item:
            raise fail(f"--map {item!r}: write VALUE=FORCE, e.g. --map 1=GOV")
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out


@control_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", required=True,
              type=click.Choice(["geojson", "kml", "gpkg", "shp", "pcodes", "marks", "wikimap"]),
              help="What FILE is.")
@click.option("-o", "--output", metavar="DIR",
              help="Write the result as a dataset folder (periods.csv + areas.geojson); "
                   "with --merge, add to the dataset already there.")
@click.option("--merge", is_flag=True, help="Add to the dataset in DIR instead of replacing it.")
@click.option("--date", "date", metavar="D", help="The date the file shows (polygons, marks).")
@click.option("--from", "date_from", metavar="D", help="First day of the range the file shows.")
@click.option("--to", "date_to", metavar="D", help="Last day of that range.")
@click.option("--field", metavar="NAME", help="Polygons: the attribute naming the force.")
@click.option("--map", "maps", multiple=True, metavar="VALUE=FORCE",
              help="Polygons: map an attribute value to a force; wikimap: a mark colour to a "
                   "force, over the revision's legend (repeatable).")
@click.option("--snapshot", "snapshot_csv", metavar="CSV",
              help="Wikimap: also write the revision's marks here (the dated village-level "
                   "snapshot, lat,lon,force,...,line).")
@click.option("--layer", metavar="NAME", help="GeoPackage/KML: the layer to read.")
@click.option("--force-field", default="force", show_default=True, help="Marks: force column.")
@click.option("--date-field", default="date", show_default=True, help="Marks: date column.")
@click.option("--source", default="", help="Source note for every period.")
@click.option("--confidence", default="medium", show_default=True,
              type=click.Choice(["high", "medium", "low"]), help="Polygons: confidence.")
@click.option("--skip-invalid", is_flag=True,
              help="Marks: skip bad rows (each one reported) instead of refusing the file.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_obj
def import_(obj, file: str, fmt: str, output: str | None, merge: bool, date: str | None,
            date_from: str | None, date_to: str | None, field: str | None, maps: tuple[str, ...],
            snapshot_csv: str | None, layer: str | None, force_field: str, date_field: str,
            source: str, confidence: str, skip_invalid: bool, as_json: bool) -> None:
    """Read control data from FILE, check it, and optionally write it as a dataset.

    \b
    Formats:
      geojson|kml|gpkg|shp  polygon snapshots; --field names the force attribute, --map
                            VALUE=FORCE maps its values, --date or --from/--to the dates
      pcodes                CSV pcode,force,valid_from,valid_to,source,confidence
      marks                 CSV lat,lon,force[,date]: community cells take the force of
                            their marks, or of the nearest mark (distance kept)
      wikimap               the text of Wikipedia's Module:Syrian Civil War detailed map
                            (one revision); --date is the revision's date (it picks the
                            legend: the colours changed on 8 Dec 2024), --to the last day
                            the layer answers for; marks -> cells as for marks
    \b
    Examples:
      incmap control import oti.geojson --format geojson --field control \\
          --map 1=GOV --map 2=SDF --date 2020-03-06 -o my-dataset
      incmap control import table.csv --format pcodes -o my-dataset --merge
      incmap control import module.lua --format wikimap --date 2026-09-11 \
          --to 2026-12-31 --snapshot marks-2026-09-11.csv -o wiki-2026
    Query the result with: incmap control --dataset my-dataset --lat .. --lon .. --date ..
    or stack it above the bundled dataset: incmap control --layer wiki-2026 ...
    """
    from geo.control.dataset import ControlDataset
    from geo.control.importers import import_marks, import_pcodes, import_polygons

    start = date or date_from
    end = date_to or date
    with user_errors():
        if fmt == "pcodes":
            gaz = obj.gazetteer()
            known = {p.pcode for p in gaz.places() if p.level in ("adm1", "adm2", "adm3",
                                                                  "community")}
            result = import_pcodes(file, known_units=known)
        elif fmt == "marks":
            from geo.reference import load

            result = import_marks(file, ref=load(obj.data()), valid_from=start, valid_to=end,
                                  force_field=force_field, date_field=date_field, source=source,
                                  skip_invalid=skip_invalid)
        elif fmt == "wikimap":
            from geo.control.wikimap import import_module
            from geo.reference import load

            if not start:
                raise fail("wikimap needs --date: the date of the module's revision")
            result = import_module(file, ref=load(obj.data()), date=start,
                                   valid_to=date_to, legend=_mapping(maps), source=source,
                                   snapshot=snapshot_csv, skip_invalid=skip_invalid)
        else:
            if not start:
                raise fail("polygon snapshots need --date (or --from and --to)")
            result = import_polygons(file, fmt, valid_from=start, valid_to=end, field=field,
                                     mapping=_mapping(maps), source=source,
                                     confidence=confidence, layer=layer)
        dataset = result.dataset
        if output and merge and (Path(output) / "periods.csv").is_file():
            import pandas as pd

            old = ControlDataset.read(output)
            clash = set(old.areas["id"]) & set(dataset.areas["id"])
            if clash:
                raise fail(f"area id(s) already in {output}: {', '.join(sorted(clash)[:5])}")
            areas = old.areas if not len(dataset.areas) else (
                dataset.areas if not len(old.areas) else
                pd.concat([old.areas, dataset.areas]))
            covs = [c for c in (old.coverage_info, dataset.coverage_info) if c]
            dataset = ControlDataset(
                old.periods + dataset.periods, areas,
                (min(c.first for c in covs), max(c.last for c in covs)) if covs else None,
                Path(output), max((c.verified_to for c in covs), default=None))
        if output:
            dataset.write(output)
    summary = {**result.summary, "file": file, "format": fmt,
               "periods": len(result.dataset.periods), "problems": result.problems,
               "written": output}
    if as_json:
        echo_json(summary)
        return
    for p in result.problems[:50]:
        click.echo(f"warning: {p}", err=True)
    if len(result.problems) > 50:
        click.echo(f"warning: ... and {len(result.problems) - 50} more", err=True)
    click.echo(f"{file}: {len(result.dataset.periods)} periods"
               + (f", {len(result.dataset.areas)} areas" if len(result.dataset.areas) else "")
               + f", {len(result.problems)} problem(s)"
               + (f"; written to {output}" if output else " (checked only; -o DIR to write)"))


def register(cli: click.Group) -> None:
    cli.add_command(control_group)
