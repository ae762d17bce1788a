"""``incmap import`` and ``incmap incidents``: load incidents into the store and query it."""

from __future__ import annotations


import click

from .common import echo_json, filter_options, stderr, store_option, user_errors

FORMAT_HELP = ("csv (the project's CSV, optional HXL row), geojson, ucdp (UCDP GED CSV), "
               "acled (ACLED CSV export), snhr (SNHR report text)")


def _store(obj, readonly: bool = False):
    from geo.store import open_store

    with user_errors():
        return open_store(obj.store_path, readonly=readonly)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", required=True,
              type=click.Choice(["csv", "geojson", "ucdp", "acled", "snhr"], case_sensitive=False),
              help=FORMAT_HELP)
@click.option("--lenient", is_flag=True,
              help="Skip bad rows (and list them) instead of refusing the whole file.")
@click.option("--json", "as_json", is_flag=True, help="Print the import report as JSON.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--no-control", is_flag=True,
              help="Do not tag incidents with the controlling force (computed control stays empty).")
@store_option
@click.pass_obj
def import_cmd(obj, file: str, fmt: str, lenient: bool, as_json: bool, no_progress: bool,
               no_control: bool) -> None:
    """Load the incidents of FILE into the store (--store PATH or $INCMAP_STORE).

    Every row is checked, reverse-geocoded and tagged with the force that
    controlled its place on its date, then the whole file is written in ONE
    transaction: an error leaves the store unchanged. Importing the same file
    again updates records in place (same id) and never duplicates them. A record
    that another source already reports (same date, place, category and victims)
    is linked to it: the event is counted once (see incmap incidents event).

    \b
    Examples:
      incmap import ../shared/data/incidents/ucdp_ged_syria_2016-01_2019-11.csv --format ucdp
      incmap --store /tmp/test.gpkg import mine.csv --format csv --lenient
      incmap import report.txt --format snhr --store postgresql://incmap@db/incidents
    """
    from geo.importers import import_file
    from geo.store import AuditEntry

    from .audit import cli_writer

    store = _store(obj)
    with user_errors():
        data = obj.data()
        report = import_file(file, fmt.lower(), store, lenient=lenient, data=data,
                             control_index=False if no_control else None,
                             show_progress=not no_progress and not as_json,
                             audit=AuditEntry.now(cli_writer(), "import", source=str(file)))
    store.close()
    if as_json:
        echo_json({**report.to_dict(), "store": store.path})
        return
    r = report.result
    click.echo(f"{file}: {report.rows} rows read; {r.added} added, {r.updated} updated, "
               f"{r.unchanged} unchanged" + (f", {r.duplicates} repeated in the file" if r.duplicates else "")
               + f" in {report.seconds:.1f} s -> {store.path}")
    if report.ignored:
        click.echo(f"{report.ignored} rows are not incidents of violence (protests, riots, "
                   f"strategic developments) and were ignored")
    click.echo(f"control-tagged: {report.control_tagged}"
               + (f"; geocoded from place text: {report.geocoded}" if report.geocoded else "")
               + (f"; without a point: {report.unlocated}" if report.unlocated else ""))
    if report.held_out:
        # (told by the source, and not in the store: an undated incident cannot be joined to control or mapped)
        n = len(report.held_out)
        click.echo(f"{n} incident{'' if n == 1 else 's'} held out (not imported):")
        for h in report.held_out:
            click.echo(f"  {h}")
    for w in report.warnings:
        stderr(f"warning: {w}")
    if report.skipped:
        stderr(f"{len(report.skipped)} bad rows skipped (--lenient):")
        for err in report.skipped[:50]:
            stderr(f"  {err}")
        if len(report.skipped) > 50:
            stderr(f"  ... and {len(report.skipped) - 50} more (use --json for all)")


@click.group("incidents")
def incidents_group() -> None:
    """Query the incident store (--store PATH or $INCMAP_STORE)."""


def _filters(kw: dict):
    from geo.store import Filters

    with user_errors():
        return Filters.build(**{k: v for k, v in kw.items() if v is not None})


@incidents_group.command("query")
@filter_options
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="Most incidents to print (0: all).")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@click.option("--order", type=click.Choice(["date", "-date", "-killed", "id"]), default="date",
              show_default=True)
@click.option("--names", "include_names", is_flag=True,
              help="Include victim names (personal data: only for authorised use).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def query_cmd(obj, limit: int, offset: int, order: str, include_names: bool, as_json: bool, **kw) -> None:
    """List the incidents that match the filters.

    \b
    Examples:
      incmap incidents query --governorate SY02 --start 2016-07 --end 2016-12 --category massacre
      incmap incidents query --bbox 36.0,35.5,37.0,36.5 --perpetrator RUSSIA --json
      incmap incidents query --control SDF --disagrees
    """
    f = _filters(kw)
    store = _store(obj, readonly=True)
    with user_errors():
        total = store.count(f)
        found = store.query(f, limit=limit or None, offset=offset, order=order)
        key = store.id_key
    store.close()
    if as_json:
        echo_json({"total": total, "offset": offset, "returned": len(found),
                   "incidents": [inc.to_dict(include_names=include_names, key=key)
                                 for inc in found]})
        return
    for inc in found:
        shown = inc.to_dict(include_names=include_names, key=key)  # public unless --names
        where = inc.pcode or inc.adm3_pcode or "-"
        click.echo(f"{inc.date} {inc.category:<8} killed {inc.killed:>4}  {inc.perpetrator or '-':<18} "
                   f"control {inc.computed_control or '-':<8} {where:<10} "
                   f"{_clip(shown['place_text'])}  [{shown['id']}]")
    click.echo(f"{len(found)} of {total} shown" + (f" (from {offset})" if offset else ""), err=True)


def _clip(text: str | None, n: int = 60) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


@incidents_group.command("stats")
@filter_options
@click.option("--by", "group_by", default="month,perpetrator,adm1", show_default=True,
              help="Group by any of: month, year, day, perpetrator, category, cause, adm1, adm2, "
                   "adm3, control, stated_control, dataset (comma-separated).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def stats_cmd(obj, group_by: str, as_json: bool, **kw) -> None:
    """Counts of incidents and victims, grouped (by month x perpetrator x governorate by default).

    killed counts civilians; deaths_total all deaths the source counts (UCDP best, ACLED
    fatalities), combatants included. An incident whose date span is not inside one month
    (a UCDP yearly aggregate) is counted under the month "imprecise"; one located only to the
    country has no governorate ("-").

    \b
    Examples:
      incmap incidents stats --by adm1
      incmap incidents stats --by year,perpetrator --dataset ucdp --json
    """
    f = _filters(kw)
    store = _store(obj, readonly=True)
    with user_errors():
        rows = store.stats(f, group_by=group_by)
    store.close()
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("no incidents match", err=True)
        return
    keys = list(rows[0].keys())
    widths = {k: max(len(k), *(len(str(r[k] if r[k] is not None else "-")) for r in rows)) for k in keys}
    click.echo("  ".join(k.ljust(widths[k]) for k in keys))
    for r in rows:
        click.echo("  ".join(str(r[k] if r[k] is not None else "-").ljust(widths[k]) for k in keys))


@incidents_group.command("event")
@click.argument("incident_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_option
@click.pass_obj
def event_cmd(obj, incident_id: str, as_json: bool) -> None:
    """Every source record of the event INCIDENT_ID belongs to (SNHR, ACLED, UCDP...).

    \b
    Example:
      incmap incidents event "snhr:2023-07:732dc3895f59"
    """
    store = _store(obj, readonly=True)
    with user_errors():
        records = store.event_records(incident_id)
    store.close()
    _print_event(records, as_json)


def _print_event(records, as_json: bool) -> None:
    if as_json:
        # The operator's tool: names withheld, but the store's ids, to link and split with.
        echo_json({"event_id": records[0].event_id or records[0].id,
                   "records": [{**r.to_dict(), "id": r.id, "event_id": r.event_id,
                                "linked_ids": list(r.linked_ids)} for r in records]})
        return
    for r in records:
        lead = "*" if r.id == (r.event_id or r.id) else " "
        click.echo(f"{lead} {r.date} {r.category:<8} killed {r.killed:>4}  {r.dataset:<6} "
                   f"{_clip(r.place_text, 40)}  [{r.id}]")
    click.echo(f"{len(records)} record(s) of one event (* stands for it)", err=True)


@incidents_group.command("link")
@click.argument("first")
@click.argument("second")
@click.option("--note", help="Why (kept with the decision).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_option
@click.pass_obj
def link_cmd(obj, first: str, second: str, note: str | None, as_json: bool) -> None:
    """Confirm that records FIRST and SECOND report one event (kept over re-imports).

    \b
    Example:
      incmap incidents link "snhr:2023-07:732dc3895f59" "acled:SYR123456" --note "same victim"
    """
    from geo.store import AuditEntry

    from .audit import cli_writer

    store = _store(obj)
    with user_errors():
        records = store.link(first, second, note=note,
                             audit=AuditEntry.now(cli_writer(), "confirm-link", source="incmap"))
    store.close()
    _print_event(records, as_json)


@incidents_group.command("split")
@click.argument("incident_id")
@click.option("--note", help="Why (kept with the decision).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_option
@click.pass_obj
def split_cmd(obj, incident_id: str, note: str | None, as_json: bool) -> None:
    """Take INCIDENT_ID out of its event: it is counted on its own, and never linked back to
    those records again (a later import respects the decision).

    \b
    Example:
      incmap incidents split "acled:SYR123456" --note "another landmine, the next village"
    """
    from geo.store import AuditEntry

    from .audit import cli_writer

    store = _store(obj)
    with user_errors():
        store.split(incident_id, note=note,
                    audit=AuditEntry.now(cli_writer(), "split-link", source="incmap"))
        records = store.event_records(incident_id)
    store.close()
    _print_event(records, as_json)


def register(cli: click.Group) -> None:
    cli.add_command(import_cmd)
    cli.add_command(incidents_group)
