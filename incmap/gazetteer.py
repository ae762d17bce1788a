"""``incmap gazetteer``: look places up by name or by point."""

from __future__ import annotations

import click

from .common import echo_json, fail, user_errors


@click.group("gazetteer")
def gazetteer_group() -> None:
    """Look places up by name (every level, Arabic or Latin) or by coordinates."""


@gazetteer_group.command("search")
@click.argument("name")
@click.option("--governorate", "-g", metavar="G", help="Only inside this governorate (name or P-code).")
@click.option("--level", type=click.Choice(["adm1", "adm2", "adm3", "community", "neighbourhood"]),
              help="Only places of this level.")
@click.option("--limit", default=10, show_default=True, help="Most results to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def search(obj, name: str, governorate: str | None, level: str | None, limit: int,
           as_json: bool) -> None:
    """Find places named NAME, best match first.

    \b
    Examples:
      incmap gazetteer search "Kafr Nouran"
      incmap gazetteer search منبج --level community
      incmap gazetteer search Tishreen --governorate "Deir Ez-Zour" --json
    """
    with user_errors():
        gaz = obj.gazetteer()
    within = None
    if governorate:
        within = gaz.resolve_unit(governorate)
        if within is None:
            raise fail(f"unknown governorate {governorate!r}; try a name such as Aleppo or a "
                       f"P-code such as SY02")
    hits = gaz.search(name, within=within, level=level, limit=limit)
    if as_json:
        echo_json([{**h.to_dict(), "parents": [p.pcode for p in gaz.parents(h.place.pcode)]}
                   for h in hits])
        return
    if not hits:
        raise fail(f"no place matches {name!r}" + (f" in {within}" if within else ""))
    for h in hits:
        chain = " > ".join(p.name_en for p in gaz.parents(h.place.pcode))
        click.echo(f"{h.place.pcode:<10} {h.place.label:<13} {h.place.name_en} | {h.place.name_ar}"
                   f"  [{chain}]  score {h.score:.0f} ({h.how}: {h.matched})")


@gazetteer_group.command("at")
@click.argument("lat", type=float)
@click.argument("lon", type=float)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def at(obj, lat: float, lon: float, as_json: bool) -> None:
    """Reverse-geocode a point: governorate, district, sub-district, nearest community.

    \b
    Example:
      incmap gazetteer at 36.523 38.119
    """
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise fail(f"impossible coordinates: lat {lat}, lon {lon} (lat is -90..90, lon -180..180)")
    with user_errors():
        gaz = obj.gazetteer()
    r = gaz.reverse(lon, lat)
    if as_json:
        out = r.to_dict()
        for key in ("adm1_pcode", "adm2_pcode", "adm3_pcode", "community_pcode"):
            code = out.get(key)
            out[key.replace("_pcode", "_name")] = gaz.get(code).name_en if code else None
        echo_json(out)
        return
    if r.adm3_pcode is None:
        click.echo(f"({lat}, {lon}) is outside Syria: {r.boundary_km:.1f} km from the nearest "
                   f"sub-district.")
    else:
        for code in (r.adm1_pcode, r.adm2_pcode, r.adm3_pcode):
            p = gaz.get(code)
            click.echo(f"{p.label:<13} {p.pcode:<10} {p.name_en} | {p.name_ar}")
        if not r.inside:
            click.echo(f"(outside the generalised boundary by {r.boundary_km:.1f} km; snapped)")
    c = gaz.get(r.community_pcode)
    click.echo(f"{'nearest':<13} {c.pcode:<10} {c.name_en} | {c.name_ar}  {r.community_km:.2f} km")


def register(cli: click.Group) -> None:
    cli.add_command(gazetteer_group)
