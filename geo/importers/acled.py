"""ACLED CSV exports -> incidents.

Columns follow ACLED's codebook (event_id_cnty, event_date, year,
time_precision, disorder_type, event_type, sub_event_type, actor1,
assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction,
civilian_targeting, iso, region, country, admin1, admin2, admin3, location,
latitude, longitude, geo_precision, source, source_scale, notes,
fatalities, tags, timestamp). Other columns are allowed and ignored.

=====================  =====================================================================
incident               ACLED
=====================  =====================================================================
id                     ``acled:<event_id_cnty>``
date, date_precision   ``event_date`` (ISO or "11 July 2023"); ``time_precision`` 1-3
location_precision     ``geo_precision`` 1-3 via :meth:`LocationPrecision.from_acled`
place_text             ``location``, ``admin2``, ``admin1`` joined
killed                 ``fatalities`` when civilians were the target (``event_type`` "Violence
                       against civilians", or ``civilian_targeting`` "Civilian targeting"),
                       else 0: ACLED's fatalities of battles and strikes on armed groups are
                       mostly fighters, and ACLED does not split them
deaths_total           ``fatalities``: all deaths, whoever they were
cause                  ``sub_event_type`` (and ``notes`` for the weapon): air/drone strike ->
                       airstrike or drone, shelling/artillery/missile -> shelling or missile,
                       remote explosive/landmine/IED -> landmine, explosive remnant, IED or car
                       bomb by the notes (:mod:`geo.importers.explosive`; any sub-event whose
                       notes name a landmine or remnant is one), suicide bomb,
                       grenade -> explosion, armed clash / attack -> gunfire
category               ``landmine`` when the cause is a landmine or explosive remnant;
                       ``massacre`` when civilians were targeted and fatalities >= 5; else killing
perpetrator            ``actor1`` parsed; an unidentified armed group becomes the "other
                       parties" class its cause implies (gunfire, bombing, landmine)
source_*               ``source`` (publisher), ``notes`` (sentence)
=====================  =====================================================================

Protests, riots and strategic developments are not incidents of violence:
they are counted as ignored, not imported.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import InputError
from ..incident import MASSACRE_MIN_KILLED, Incident, UnknownPerpetrator, parse_cause, parse_perpetrator
from ..precision import DatePrecision, LocationPrecision
from .common import Batch, build, csv_rows, progress, read_text
from .explosive import cause_of, classify_acled

__all__ = ["read_acled", "REQUIRED", "VIOLENT_EVENT_TYPES"]

REQUIRED = ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
            "actor1", "latitude", "longitude", "geo_precision", "fatalities")
VIOLENT_EVENT_TYPES = {"battles", "explosions/remote violence", "violence against civilians"}
NON_VIOLENT_EVENT_TYPES = {"protests", "riots", "strategic developments"}
RENAME = {"date": "event_date", "date_precision": "time_precision", "lon": "longitude",
          "lat": "latitude", "killed": "fatalities", "deaths_total": "fatalities", "location_precision": "geo_precision",
          "perpetrator": "actor1", "source_id": "event_id_cnty", "place_text": "location",
          "perpetrator_text": "actor1", "source_publisher": "source", "source_sentence": "notes"}
_SUB_EVENT_CAUSE = {
    "air/drone strike": "airstrike",
    "shelling/artillery/missile attack": "shelling",
    "remote explosive/landmine/ied": "IED",
    "suicide bomb": "suicide attack",
    "grenade": "explosion",
    "armed clash": "gunfire",
    "attack": "gunfire",
    "government regains territory": "gunfire",
    "non-state actor overtakes territory": "gunfire",
    "chemical weapon": "other",
    "sexual violence": "other",
    "abduction/forced disappearance": None,
}


def _date(text: str) -> dt.date:
    raw = (text or "").strip()
    if not raw:
        raise InputError("a date is required", field="event_date")
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise InputError(f"not a date: {raw!r} (ACLED writes 2023-07-11 or 11 July 2023)",
                     field="event_date")


def _code(row: dict, col: str, allowed: range) -> int:
    raw = (row.get(col) or "").strip()
    try:
        value = int(float(raw))
    except ValueError:
        raise InputError(f"not a number: {raw!r}", field=col) from None
    if value not in allowed:
        raise InputError(f"{col} must be {allowed.start}-{allowed.stop - 1}, not {value}", field=col)
    return value


def _cause(sub_event: str, notes: str) -> str | None:
    base = _SUB_EVENT_CAUSE.get(sub_event.strip().lower(), "other")
    if base is None:
        return None
    from_notes = parse_cause(notes) if notes else None
    if base == "airstrike" and from_notes == "drone":
        return "drone"
    if base == "shelling" and from_notes in ("missile", "anti-armour rocket"):
        return from_notes
    # The explosive classes (landmine > remnant > IED/car bomb): geo.importers.explosive.
    found = classify_acled(sub_event, notes)
    if found != "other":
        return cause_of(found, notes)
    if base == "gunfire" and from_notes in ("execution", "stabbing"):
        return from_notes
    return base


def _incident(row: dict) -> Incident:
    country = (row.get("country") or "").strip()
    if country and country.lower() != "syria":
        raise InputError(f"event in {country!r}, not Syria", field="country")
    sid = (row.get("event_id_cnty") or "").strip()
    if not sid:
        raise InputError("a value is required", field="event_id_cnty")
    date = _date(row["event_date"])
    tprec = DatePrecision.from_acled(_code(row, "time_precision", range(1, 4)))
    gprec = LocationPrecision.from_acled(_code(row, "geo_precision", range(1, 4)))
    notes = (row.get("notes") or "").strip()
    cause = _cause(row.get("sub_event_type") or "", notes)
    actor = (row.get("actor1") or "").strip()
    perpetrator = None
    if actor:
        try:
            perpetrator = parse_perpetrator(actor, cause=cause).code
        except UnknownPerpetrator:
            perpetrator = "OTHER"  # a named actor outside the taxonomy: kept by name
    targeted = "civilian" in (row.get("civilian_targeting") or "").lower() or \
        (row.get("event_type") or "").strip().lower() == "violence against civilians"
    fatalities = row["fatalities"]
    try:
        killed_n = int(float(fatalities)) if str(fatalities).strip() else 0
    except ValueError:
        killed_n = 0  # the Incident reports the bad number with the field name
    # Civilians killed: only the fatalities of events that targeted civilians count as such.
    killed = fatalities if targeted else 0
    if cause in ("landmine", "explosive remnant"):
        category = "landmine"
    elif targeted and killed_n >= MASSACRE_MIN_KILLED:
        category = "massacre"
    else:
        category = "killing"
    place = ", ".join(p for p in (row.get("location"), row.get("admin2"), row.get("admin1"))
                      if p and p.strip())
    return Incident(
        date=date, date_precision=tprec, category=category, cause=cause, killed=killed,
        deaths_total=fatalities,
        perpetrator=perpetrator, perpetrator_text=actor or None, place_text=place or None,
        lon=row["longitude"], lat=row["latitude"], location_precision=gprec,
        source_publisher=row.get("source"), source_sentence=notes or None,
        dataset="acled", source_id=sid,
        notes="; ".join(p for p in (
            f"ACLED {row.get('event_type')}: {row.get('sub_event_type')}",
            f"actor2 {row['actor2']}" if (row.get("actor2") or "").strip() else "",
            f"tags {row['tags']}" if (row.get("tags") or "").strip() else "",
        ) if p),
    )


def read_acled(path: str | Path, *, lenient: bool = False, show_progress: bool = False) -> Batch:
    """Read an ACLED CSV export (Syria rows; see the module doc)."""
    source = str(path)
    text = read_text(path)
    _, rows = csv_rows(text, source, required=REQUIRED)
    batch = Batch(source, "acled", rename=RENAME)
    for line, row in progress(rows, total=text.count("\n"), desc="reading ACLED",
                              enabled=show_progress):
        batch.rows += 1
        etype = (row.get("event_type") or "").strip().lower()
        if etype in NON_VIOLENT_EVENT_TYPES:
            batch.ignored += 1
            continue
        if etype not in VIOLENT_EVENT_TYPES:
            err = InputError(f"unknown event_type {row.get('event_type')!r}; ACLED's are "
                             f"Battles, Explosions/Remote violence, Violence against civilians, "
                             f"Protests, Riots, Strategic developments",
                             source=source, line=line, field="event_type")
            if not lenient:
                raise err
            batch.skipped.append(err)
            continue
        build(lambda: _incident(row), batch, line, lenient, RENAME)
    return batch
