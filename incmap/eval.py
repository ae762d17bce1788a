"""``incmap eval``: check the control dataset against what reports say.

For each row of a CSV with the columns ``incident_date``, ``place_text``,
``governorate`` and ``stated_control`` (other columns are ignored), the place
is geocoded (:func:`geo.geocode.geocode`), the control at that date looked up
(:meth:`geo.control.ControlIndex.control_at`) and the stated control parsed
(:func:`geo.force.parse_force`). A row *agrees* when the stated force is one of
the forces the dataset gives for that place and day (the main force, or one
named in ``also`` for shared or contested control), or the dataset's main force
is one of the forces the statement names; a bare "armed opposition factions" (``OPP``)
agrees with either opposition class (``HTS_OPP``, ``SNA``).

Statuses: ``agree``, ``disagree``, ``not geocoded`` (no place found, or the
point is outside Syria), ``unknown`` (the dataset says UNKNOWN or has no data
for that day), ``bad row`` (a date or a force phrase that cannot be read; the
message says which line and field).

>>> rows = evaluate_file("../shared/eval/seed_cases_2023-07.csv")   # doctest: +SKIP
>>> rows["control_agree"], rows["rows"]                                # doctest: +SKIP
(8, 8)
"""

from __future__ import annotations

from pathlib import Path

import click

from geo.force import forces_agree

from .common import echo_json, fail, user_errors

__all__ = ["evaluate_rows", "evaluate_file", "agrees", "register"]

REQUIRED = ("incident_date", "place_text", "governorate", "stated_control")
# Kept for the review list of disagreements (incmap control disputes --cases).
OPTIONAL = ("sentence", "report")
MAX_ROWS = 1_000_000


# One rule for "does the dataset agree with the statement": geo.force.forces_agree.
agrees = forces_agree


def read_cases(path: str | Path, text: str | None = None) -> list[dict]:
    """The rows of an eval CSV, each with its line number; InputError names a missing column."""
    from geo.errors import InputError
    from geo.tabular import csv_rows, read_text

    src = str(path)
    ragged: list = []
    _, reader = csv_rows(read_text(path) if text is None else text, src, required=REQUIRED,
                         bad_rows=ragged)
    rows = []
    for line, row in reader:
        if len(rows) >= MAX_ROWS:
            raise InputError(f"more than {MAX_ROWS} rows", source=src, line=line)
        rows.append({**{k: (row.get(k) or "").strip() for k in REQUIRED + OPTIONAL},
                     "_line": line})
    # A row with the wrong number of fields is a bad row of the batch, not the end of it.
    rows += [{**{k: "" for k in REQUIRED + OPTIONAL}, "_line": exc.line, "_error": str(exc)}
             for exc in ragged]
    return sorted(rows, key=lambda r: r["_line"])


def evaluate_rows(rows: list[dict], *, source: str = "", index=None, geocoder=None) -> dict:
    """Evaluate parsed case rows; returns the summary dict with per-row ``results``."""
    from geo.control.period import parse_day
    from geo.errors import InputError
    from geo.force import parse_force

    if index is None:
        from geo.control import ControlIndex

        index = ControlIndex.load()
    if geocoder is None:
        from geo.geocode import geocode as geocoder

    results = []
    for row in rows:
        line = row.get("_line")
        res = {"line": line, "incident_date": row["incident_date"],
               "place_text": row["place_text"], "governorate": row["governorate"],
               "stated_control": row["stated_control"], "pcode": None, "level": None,
               "name": None, "lon": None, "lat": None, "computed": None,
               "computed_forces": [], "computed_unit": None, "confidence": None,
               "stated": None, "stated_forces": [], "status": None, "message": "",
               "sentence": row.get("sentence") or "", "report": row.get("report") or ""}
        results.append(res)
        if row.get("_error"):
            res["status"], res["message"] = "bad row", row["_error"]
            continue
        try:
            day = parse_day(row["incident_date"], source=source, line=line,
                            field="incident_date")
            # Many sentences do not say who held the place: such a row is still
            # geocoded and looked up, and counted apart from agree/disagree.
            stated = parse_force(row["stated_control"], date=day, source=source, line=line,
                                 field="stated_control") if row["stated_control"] else None
        except InputError as exc:
            res["status"], res["message"] = "bad row", str(exc)
            continue
        if stated is not None:
            res["stated"], res["stated_forces"] = stated.code, list(stated.forces)
        try:
            match = geocoder(row["place_text"], governorate=row["governorate"] or None, date=day)
        except InputError as exc:
            # One row's bad governorate is that row's problem: report it, go on.
            res["status"] = "bad row"
            res["message"] = str(InputError(exc.message, source=source, line=line, field=exc.field))
            continue
        if not match.found or match.lon is None:
            res["status"], res["message"] = "not geocoded", match.note
            continue
        res.update(pcode=match.pcode, level=match.level, name=match.name_en,
                   lon=match.lon, lat=match.lat)
        ans = index.control_at(match.lon, match.lat, day)
        if ans.force is None:
            res["status"], res["message"] = "not geocoded", "the point is outside Syria"
            continue
        res.update(computed=ans.force, computed_forces=list(ans.forces), computed_unit=ans.unit,
                   confidence=ans.confidence)
        if stated is None:
            res["status"] = "no stated control"
        elif ans.force == "UNKNOWN":
            res["status"] = "unknown"
        else:
            res["status"] = "agree" if agrees(tuple(ans.forces), stated.forces) else "disagree"
    count = lambda s: sum(r["status"] == s for r in results)  # noqa: E731
    agree, disagree = count("agree"), count("disagree")
    decided = agree + disagree
    return {
        "source": source, "rows": len(results),
        "geocoded": sum(r["pcode"] is not None for r in results),
        "control_agree": agree, "control_disagree": disagree,
        "control_unknown": count("unknown"), "not_geocoded": count("not geocoded"),
        "no_stated_control": count("no stated control"), "bad_rows": count("bad row"),
        "agreement": round(agree / decided, 4) if decided else None,
        "results": results,
    }


def evaluate_file(path: str | Path, **kwargs) -> dict:
    """Read and evaluate an eval CSV (see :func:`evaluate_rows`)."""
    return evaluate_rows(read_cases(path), source=str(path), **kwargs)


@click.command("eval")
@click.argument("cases", type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print only a JSON object.")
@click.option("--split", type=click.Choice(["tune", "heldout"]),
              help="Corpus directory only: score one split (default: both, apart).")
@click.option("--failures", is_flag=True, help="Corpus directory only: list every miss.")
@click.option("--round", "rounds", multiple=True, metavar="ROUND",
              help="Corpus directory only: score the texts of this gathering round (index.csv "
                   "'round', e.g. 5en); repeat for several.")
@click.pass_obj
def eval_command(obj, cases: str, as_json: bool, split: str | None, failures: bool,
                 rounds: tuple[str, ...]) -> None:
    """Compare the control dataset with the control stated in CASES.csv, or score the report
    reader and the geocoder on a corpus directory.

    CASES.csv needs the columns incident_date, place_text, governorate and
    stated_control; other columns are ignored. Each row is geocoded, the control
    on that date looked up and compared with the stated control. A row with an
    empty stated_control is geocoded and looked up but not compared. A bad row
    (a date or a governorate that cannot be read) is reported with its line; the
    other rows are processed.

    A directory laid out like tests/corpus/snhr (index.csv, texts/, expected/,
    geocode_sentences.csv; see docs/corpus.md) is scored on (a) texts accepted, (b)
    month tallies, (c) incidents found, (d) placed, (e) killed and children, (f)
    stated control, and on geocoding and control agreement of its sentences: a
    table per split and language.

    \b
    Examples:
      incmap eval ../shared/eval/seed_cases_2023-07.csv
      incmap eval cases.csv --json
      incmap eval tests/corpus/snhr --failures
      incmap eval tests/corpus/snhr --round 5en
    """
    if Path(cases).is_dir():
        return _eval_corpus(obj, cases, as_json, split, failures, rounds)
    if not Path(cases).is_file():
        raise fail(f"{cases}: no such file")
    with user_errors():
        obj.data()
        out = evaluate_file(cases)
    if as_json:
        echo_json(out)
        return
    for r in out["results"]:
        where = (f"{r['pcode']} ({r['level']}, {r['name']})" if r["pcode"] else "-")
        status = r["status"].upper()
        if r["status"] in ("agree", "disagree", "unknown", "no stated control"):
            click.echo(f"line {r['line']}: {status:<12} {r['incident_date']}  {where}: dataset "
                       f"{'/'.join(r['computed_forces'])} ({r['confidence']}, {r['computed_unit']})"
                       f", stated {r['stated'] or '-'}  | {r['place_text'][:70]}")
        else:
            click.echo(f"line {r['line']}: {status:<12} {r['incident_date']}  {where}: "
                       f"{r['message']}  | {r['place_text'][:70]}")
    pct = f"{out['agreement']:.1%}" if out["agreement"] is not None else "n/a"
    click.echo(f"{out['rows']} rows: {out['geocoded']} geocoded, {out['control_agree']} agree, "
               f"{out['control_disagree']} disagree, {out['control_unknown']} unknown, "
               f"{out['no_stated_control']} without stated control, {out['not_geocoded']} not "
               f"geocoded, {out['bad_rows']} bad; agreement {pct}")


def _eval_corpus(obj, root: str, as_json: bool, split: str | None, failures: bool,
                 rounds: tuple[str, ...] = ()) -> None:
    from geo.report.evaluate import MEASURES, evaluate_corpus, format_table

    with user_errors():
        obj.data()
        ev = evaluate_corpus(root, split=split, rounds=rounds)
    if as_json:
        cols = {"all": {}, "tune": {"split": "tune"}, "heldout": {"split": "heldout"},
                "en": {"language": "en"}, "ar": {"language": "ar"}}
        echo_json({name: {m: dict(zip(("right", "of"), ev.count(m, **w))) for m in MEASURES}
                   for name, w in cols.items()} | {"extra_incidents": len(ev.extra_incidents)})
        return
    click.echo(format_table(ev))
    click.echo(f"incidents the answers do not have: {len(ev.extra_incidents)}")
    if failures:
        for i in ev.failures():
            click.echo(f"MISS {i.measure:<9} {i.split:<7} {i.text_id:<24} {str(i.what)[:60]!r}: "
                       f"expected {i.expected!r}, got {str(i.got)[:120]!r}")
        for tid, sentence in ev.extra_incidents:
            click.echo(f"EXTRA {tid:<24} {sentence[:100]!r}")


def register(cli) -> None:
    cli.add_command(eval_command)
