"""``incmap extract``: read an SNHR monthly report; print its incidents and its own tallies."""

from __future__ import annotations

import click

from .common import echo_json, user_errors


def _n(value) -> str:
    return "-" if value is None else str(value)


@click.command("extract")
@click.argument("report", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--include-names", is_flag=True,
              help="Include victim names (personal data; left out by default, and withheld "
                   "from the quoted sentences).")
@click.option("--url", metavar="URL", default=None,
              help="The page's address, for a text saved without its 'source:' header line: a "
                   "page that prints no date is dated by an address that spells one.")
def extract_cmd(report: str, as_json: bool, include_names: bool, url: str | None) -> None:
    """Read the SNHR report REPORT (UTF-8 text) and print every incident its narrative
    describes, each with the sentence it came from, and the report's own tallies beside the
    same figures recomputed from those incidents.

    The narrative tells only the month's notable incidents, so the recomputed figures are
    normally lower than the report's; the comparison shows what the narrative covers.
    Nothing is written: use 'incmap import REPORT --format snhr' to store the incidents.

    \b
    Examples:
      incmap extract ../shared/reports/snhr_2023-07_civilian_death_toll.txt
      incmap extract report.txt --json > report.json
      incmap extract page.txt --url https://airwars.org/civilian-casualties/cs336-october-11-2016
    """
    from geo.report import read_report

    from pathlib import Path

    with user_errors():
        r = read_report(Path(report), url=url)  # always a file: a missing one is "no such file"
    if as_json:
        echo_json(r.to_dict(include_names=include_names))
        return
    m = r.meta
    # (the public title withholds the injured's names and those the whole text gives too)
    title = (m.title if include_names else r.public_title) or "(no title)"
    click.echo(title)
    # A post's inferred month (the one before publication) is no period the text covers.
    period = (f"covers {m.period_start} .. {m.period_end}" if m.covers_month
              else "names no month it covers")
    click.echo(f"{m.publisher}; published {_n(m.publication_date)}; {period}")
    undated = sum(1 for i in r.incidents if i.date is None)
    n = len(r.incidents)
    click.echo(f"\n{n} incident{'' if n == 1 else 's'} in the narrative"
               + (f" ({undated} of unknown date: the text gives none; 'incmap import' holds them out)" if undated else "")
               + "\n")
    for k, inc in enumerate(r.incidents, start=1):
        d = inc.to_dict(include_names=include_names)
        when = inc.when  # ("date unknown" when the text gives none: 'incmap import' holds such an incident out)
        if d["date_documented"]:
            when += f", documented {d['date_documented']}"
        click.echo(f"[{k}] {when}  {d['category']}"
                   + (f" / {d['cause']}" if d["cause"] else "")
                   + f"  by {d['perpetrator'] or '?'}"
                   + (f" ({d['perpetrator_text']})" if d["perpetrator_text"] else ""))
        click.echo(f"    killed {_n(d['killed'])} (children {_n(d['children'])}, women "
                   f"{_n(d['women'])}), injured {_n(d['injured'])}")
        click.echo(f"    place: {d['place_text'] or '?'}"
                   + (" [victim's home place]" if d["place_is_hometown"] else "")
                   + f"  | governorate: {d['governorate'] or '?'}"
                   + (f" ({d['governorate_pcode']})" if d["governorate_pcode"] else ""))
        if d["stated_control"]:
            click.echo(f"    stated control: {d['stated_control']} ({d['stated_control_text']})")
        if include_names and d.get("victim_names"):
            click.echo(f"    victims: {'; '.join(d['victim_names'])}")
        for note in d["notes"]:
            click.echo(f"    note: {note}")
        click.echo(f"    line {d['line']} (chars {d['start']}-{d['end']}): {d['sentence']}")
        click.echo("")
    click.echo(f"{'figure':<28}{'report':>8}{'incidents':>11}")
    for row in r.comparison():
        click.echo(f"{row['figure']:<28}{_n(row['report']):>8}{_n(row['incidents']):>11}")
    t = r.tallies
    if t.other_parties:
        click.echo("(other parties' split: " + ", ".join(
            f"{c} {_n(p.killed)}" for c, p in t.other_parties.items()) + ")")
    if t.massacre_killed is not None:
        click.echo(f"massacres' victims: {t.massacre_killed} (children {_n(t.massacre_children)}, women "
                   f"{_n(t.massacre_women)})" + ("; by party: " + ", ".join(
                       f"{c} {_n(p.killed)}" for c, p in t.massacre_by_party.items()) if t.massacre_by_party else ""))
    if t.torture_by_party:
        click.echo("torture by party: " + ", ".join(f"{c} {n}" for c, n in t.torture_by_party.items()))
    if t.personnel:
        click.echo("personnel killed: " + ", ".join(f"{k} {v}" for k, v in t.personnel.items()))
    if t.ytd:
        click.echo("year to date: " + ", ".join(f"{k} {v}" for k, v in t.ytd.items()))
    for d in t.discrepancies:
        click.echo(f"the report disagrees with itself: {d}")
    for w in r.warnings:
        click.echo(f"warning: {w}", err=True)


def register(cli: click.Group) -> None:
    cli.add_command(extract_cmd)
