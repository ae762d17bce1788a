"""UCDP Georeferenced Event Dataset (GED) CSV -> incidents.

How the GED columns map (codebook: https://ucdp.uu.se/downloads/ged/ged241.pdf):

=====================  =====================================================================
incident               GED
=====================  =====================================================================
id                     ``ucdp:<id>``
date, date_precision   ``date_start``; ``date_prec`` via :meth:`DatePrecision.from_ucdp`
                       (1 day, 2 week, 3-4 month, 5 year)
date_end               ``date_end``: the span is kept (a yearly aggregate is 2016-01-01 ..
                       2016-12-31, not a January event)
location_precision     ``where_prec`` via :meth:`LocationPrecision.from_ucdp` (6 and 7: the
                       country; such an event is attributed to no governorate)
lon, lat               ``longitude``, ``latitude`` (for a coarse precision, UCDP's centroid of
                       the unit or of the country: a stand-in, flagged by the precision)
adm1/adm2 (hint)       ``adm_1``, ``adm_2``: kept in :attr:`Batch.units`; the import resolves
                       them to P-codes for coarse locations and cross-checks precise points
place_text             ``where_coordinates`` (e.g. "Teir Maaleh village")
killed                 ``deaths_civilians``: the civilians killed, the measure of this map
deaths_total, _low,    ``best``, ``low``, ``high``: UCDP's estimates of all deaths, combatants
deaths_high            included (kept, never counted as civilian harm)
cause                  landmine, explosive remnant, IED or car bomb when the source headline and
                       article say so of this event's place (:mod:`geo.importers.explosive`:
                       documented rules); else none (GED gives no weapon)
category               ``massacre`` when ``deaths_civilians`` >= 5 (SNHR's rule), else
                       ``landmine`` for a landmine or explosive remnant, else ``killing``
perpetrator            one-sided violence (``type_of_violence`` 3): ``side_a`` parsed (and kept
                       in ``perpetrator_text``); state-based (1) and non-state (2) events: none,
                       because GED does not say which side killed whom; the dyad is in ``notes``
source_*               ``source_headline`` (title), ``source_office`` (publisher),
                       ``source_date``, ``source_article`` (sentence)
notes                  deaths by side, civilians, unknown, UCDP's adm_1 / adm_2
=====================  =====================================================================

``country`` (when present) must be Syria: a GED file of another country is an error.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..incident import MASSACRE_MIN_KILLED, Incident, UnknownPerpetrator, parse_perpetrator
from ..precision import DatePrecision, LocationPrecision
from .common import Batch, build, csv_rows, progress, read_text
from .explosive import DEMINING_CAUSES, cause_of, classify_ucdp

__all__ = ["read_ucdp", "REQUIRED", "RENAME"]

REQUIRED = ("id", "date_start", "date_prec", "where_prec", "latitude", "longitude", "best",
            "type_of_violence")
# Incident field -> GED column, for error messages.
RENAME = {"date": "date_start", "date_precision": "date_prec", "location_precision": "where_prec",
          "lon": "longitude", "lat": "latitude", "killed": "deaths_civilians", "source_id": "id",
          "deaths_total": "best", "deaths_low": "low", "deaths_high": "high", "date_end": "date_end",
          "place_text": "where_coordinates", "source_date": "source_date",
          "perpetrator": "side_a", "category": "deaths_civilians", "source_title": "source_headline",
          "source_publisher": "source_office", "source_sentence": "source_article"}
SYRIA = {"syria", "syrian arab republic"}


def _int(row: dict, col: str, *, default: int | None = None) -> int | None:
    raw = (row.get(col) or "").strip()
    if raw == "":
        if default is not None:
            return default
        raise InputError("a value is required", field=col)
    try:
        f = float(raw)
    except ValueError:
        raise InputError(f"not a number: {raw!r}", field=col) from None
    if f != int(f):
        raise InputError(f"not a whole number: {raw!r}", field=col)
    return int(f)


def _incident(row: dict) -> Incident:
    sid = (row.get("id") or "").strip()
    if not sid:
        raise InputError("a value is required", field="id")
    country = (row.get("country") or "").strip()
    if country and country.lower() not in SYRIA:
        raise InputError(f"event in {country!r}, not Syria", field="country")
    try:
        date_prec = DatePrecision.from_ucdp(_int(row, "date_prec"))
    except KeyError:
        raise InputError(f"unknown date_prec {row['date_prec']!r} (1-5)", field="date_prec") from None
    where = _int(row, "where_prec")
    if not 1 <= where <= 7:
        raise InputError(f"unknown where_prec {where} (1-7)", field="where_prec")
    violence = _int(row, "type_of_violence")
    if violence not in (1, 2, 3):
        raise InputError(f"unknown type_of_violence {violence} (1-3)", field="type_of_violence")
    civilians = _int(row, "deaths_civilians", default=0)
    side_a = (row.get("side_a") or "").strip()
    dyad = (row.get("dyad_name") or "").strip()
    perpetrator = None
    perpetrator_text = None
    if violence == 3 and side_a:
        perpetrator_text = side_a
        try:
            perpetrator = parse_perpetrator(side_a).code
        except UnknownPerpetrator:
            perpetrator = "OTHER"  # a party outside the taxonomy (e.g. a clan): kept by name
    deaths = ", ".join(f"{label} {row[col]}" for label, col in (
        ("side a", "deaths_a"), ("side b", "deaths_b"), ("civilians", "deaths_civilians"),
        ("unknown", "deaths_unknown")) if (row.get(col) or "").strip())
    notes = "; ".join(p for p in (
        f"UCDP type_of_violence {violence}" + (f" ({dyad})" if dyad else ""),
        f"deaths: {deaths}" if deaths else "",
        f"UCDP adm_1 {row['adm_1']}" if (row.get("adm_1") or "").strip() else "",
        f"adm_2 {row['adm_2']}" if (row.get("adm_2") or "").strip() else "",
    ) if p)
    explosive = classify_ucdp(row)
    cause = cause_of(explosive, row.get("source_headline") or "")
    if civilians >= MASSACRE_MIN_KILLED:
        category = "massacre"
    else:
        category = "landmine" if cause in DEMINING_CAUSES else "killing"
    return Incident(
        date=row["date_start"],
        date_end=(row.get("date_end") or "").strip() or None,
        date_precision=date_prec,
        category=category,
        cause=cause,
        killed=civilians,
        deaths_total=row["best"],
        deaths_low=row.get("low"),
        deaths_high=row.get("high"),
        perpetrator=perpetrator,
        perpetrator_text=perpetrator_text,
        place_text=row.get("where_coordinates"),
        lon=row["longitude"],
        lat=row["latitude"],
        location_precision=LocationPrecision.from_ucdp(where),
        source_title=row.get("source_headline"),
        source_publisher=row.get("source_office"),
        source_date=_date_or_none(row.get("source_date")),
        source_sentence=row.get("source_article"),
        dataset="ucdp",
        source_id=sid,
        notes=notes,
    )


def _date_or_none(text: str | None) -> str | None:
    # GED's source_date is sometimes a list ("2016-01-01;2016-01-02"): keep the first.
    text = (text or "").strip()
    return text.split(";")[0].strip()[:10] or None


def read_ucdp(path: str | Path, *, lenient: bool = False, show_progress: bool = False) -> Batch:
    """Read a GED CSV (the whole file; every row is checked before anything is written)."""
    source = str(path)
    text = read_text(path)
    _, rows = csv_rows(text, source, required=REQUIRED)
    batch = Batch(source, "ucdp", rename=RENAME)
    total = text.count("\n")
    for line, row in progress(rows, total=total, desc="reading UCDP", enabled=show_progress):
        batch.rows += 1
        build(lambda: _incident(row), batch, line, lenient, RENAME)
        units = tuple((row.get(col) or "").strip() or None for col in ("adm_1", "adm_2"))
        if any(units):
            batch.units[f"ucdp:{(row.get('id') or '').strip()}"] = units
    return batch
