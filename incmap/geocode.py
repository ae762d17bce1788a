"""``incmap geocode``: turn place descriptions into P-coded places."""

from __future__ import annotations

import json

import click

from .common import echo_json, fail, user_errors

# The fields of one line of ``incmap geocode --csv`` output, in order.
CSV_FIELDS = ("found", "pcode", "level", "name_en", "name_ar", "parents", "lon", "lat",
              "precision", "where_prec", "geo_precision", "radius_m", "confidence", "places",
              "note")


def read_rows(path: str) -> tuple[list[tuple[int, int, str, str | None, str | None]], list]:
    """``(row, line, place_text, governorate, context)`` for every good data row of a CSV
    file, and the bad rows as :class:`~geo.errors.InputError` s naming their line.
    ``context`` (optional column) is the sentence before the place text in its report.

    A row with too many or too few fields, or an empty ``place_text``, is a bad row: it is
    reported and the others are read. A file that cannot be read as a whole (no
    ``place_text`` column, not UTF-8, a double quote left open) raises, before anything is
    written.
    """
    from geo.errors import InputError
    from geo.tabular import csv_rows, read_text

    rows, bad = [], []
    _, reader = csv_rows(read_text(path), path, required=("place_text",), bad_rows=bad)
    for line, rec in reader:
        text = rec["place_text"].strip()
        if not text:
            bad.append(InputError("empty place text", source=path, line=line, field="place_text"))
            continue
        gov = (rec.get("governorate") or "").strip() or None
        context = (rec.get("context") or "").strip() or None
        rows.append((len(rows) + len(bad) + 1, line, text, gov, context))
    return rows, bad


@click.command("geocode")
@click.argument("text", required=False)
@click.option("--governorate", "-g", metavar="G", help="The governorate the place lies in (name or P-code).")
@click.option("--csv", "csv_path", type=click.Path(exists=True, dir_okay=False),
              help="Geocode every row of this CSV file (column place_text, optional governorate "
                   "and context: the sentence before, for a text that names no place); "
                   "prints one JSON object per line.")
@click.option("--json", "as_json", is_flag=True, help="Print the full answer as JSON.")
@click.option("--skip-bad", is_flag=True, hidden=True,
              help="Accepted for old scripts: going on past a bad row is the default.")
@click.pass_obj
def geocode_command(obj, text: str | None, governorate: str | None, csv_path: str | None,
                    as_json: bool, skip_bad: bool) -> None:
    """Find the place a report describes: P-code, point, precision and confidence.

    \b
    Examples:
      incmap geocode "Tishreen village, administratively a part of al-Ashara city, in eastern rural Deir Ez-Zour governorate"
      incmap geocode "al-Hzaouna neighborhood in southern Manbij city" --json
      incmap geocode "Tishreen" --governorate "Deir Ez-Zour"
      incmap geocode --csv incidents.csv > places.jsonl
    """
    from geo.errors import InputError

    if (text is None) == (csv_path is None):
        raise fail("give either a TEXT to geocode or --csv FILE (not both)")
    geocoder = obj.geocoder()
    if csv_path:
        with user_errors():
            rows, bad = read_rows(csv_path)
        # A batch never dies on one row: each good row is printed, each bad row (a governorate
        # that names none, a ragged row, an empty place) is reported with its line on stderr.
        # Nothing done at all (every row bad) is a failure.
        done = 0
        for n, line, place_text, gov, context in rows:
            try:
                m = geocoder.geocode(place_text, governorate=gov, context=context)
            except InputError as exc:
                bad.append(InputError(exc.message, source=csv_path, line=line, field=exc.field))
                continue
            d = m.to_dict()
            click.echo(json.dumps({"row": n, "line": line, "text": place_text,
                                   **{k: d[k] for k in CSV_FIELDS}}, ensure_ascii=False))
            done += 1
        for exc in sorted(bad, key=lambda e: e.line or 0):
            click.echo(f"skipped: {exc}", err=True)
        if bad:
            click.echo(f"{len(bad)} of {done + len(bad)} rows skipped", err=True)
            if not done:
                raise fail("no row could be geocoded")
        return
    with user_errors():
        m = geocoder.geocode(text, governorate=governorate)
    if as_json:
        echo_json(m.to_dict())
        return
    if not m.found:
        raise fail(f"no place found in {text!r}: {m.note}")
    chain = " > ".join(geocoder.gaz.get(p).name_en for p in m.parents)
    click.echo(f"{m.pcode:<10} {m.level:<13} {m.name_en} | {m.name_ar}" + (f"  [{chain}]" if chain else ""))
    click.echo(f"point      {m.lat:.5f}, {m.lon:.5f} (lat, lon)  radius {m.radius_m} m")
    click.echo(f"precision  {m.precision.name.lower()} (UCDP where_prec {m.precision.ucdp}, "
               f"ACLED geo_precision {m.precision.acled})  confidence {m.confidence:.2f}")
    click.echo(f"matched    {', '.join(m.matched)}")
    if m.places:
        click.echo(f"places     {', '.join(m.places)}")
    if m.note:
        click.echo(f"note       {m.note}")
    for a in m.alternatives[:3]:
        click.echo(f"  also     {a['pcode']:<10} {a['level']:<13} {a['name_en']} ({a['adm1_pcode']})"
                   f" score {a['score']:.2f}")


def register(cli: click.Group) -> None:
    cli.add_command(geocode_command)
