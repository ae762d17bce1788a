"""Importers: files of incidents -> checked, placed, control-tagged incidents -> the store.

``import_file(path, fmt, store)`` does the whole job in three steps:

1. **read** (:func:`read_file`): the format's reader turns every row into an
   :class:`~geo.incident.Incident`; bad input is an
   :class:`~geo.errors.InputError` naming the file, line and field
   (``lenient=True`` skips bad rows and reports them instead);
2. **enrich** (:func:`enrich`): incidents with only a place text are
   geocoded; every point is reverse-geocoded in one vectorised call
   (governorate, district, sub-district P-codes; points outside Syria are
   rejected) and tagged with the force that controlled it on the incident's
   date (``ControlIndex.control_many``);
3. **write**: one ``store.add_many`` call, one transaction: a failure leaves
   the store as it was; records already stored (same id) are updated, not
   duplicated.

Formats: ``csv`` and ``geojson`` (the project's own, :mod:`.project`),
``ucdp`` (:mod:`.ucdp`), ``acled`` (:mod:`.acled`), ``snhr`` (SNHR report
text, through :func:`geo.report.read_report`).

>>> report = import_file("ucdp.csv", "ucdp", open_store("incidents.gpkg"))  # doctest: +SKIP
>>> report.result.added                                                       # doctest: +SKIP
16566
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..columns import floats, group, locate
from ..factor import objects
from ..gcpause import paused
from ..errors import InputError
from ..precision import LocationPrecision
from ..store.audit import AuditEntry
from ..store.base import AddResult, IncidentStore
from .common import Batch, HeldOut, progress, row_error, steps

__all__ = ["FORMATS", "read_file", "enrich", "import_file", "ImportReport", "Batch"]

FORMATS = ("csv", "geojson", "ucdp", "acled", "snhr")


def read_file(path: str | Path, fmt: str, *, lenient: bool = False,
              show_progress: bool = False) -> Batch:
    """Read a file of incidents in ``fmt`` (one of :data:`FORMATS`); nothing is written."""
    fmt = (fmt or "").strip().lower()
    if fmt == "csv":
        from .project import read_csv
        return read_csv(path, lenient=lenient, show_progress=show_progress)
    if fmt in ("geojson", "json"):
        from .project import read_geojson
        return read_geojson(path, lenient=lenient, show_progress=show_progress)
    if fmt == "ucdp":
        from .ucdp import read_ucdp
        return read_ucdp(path, lenient=lenient, show_progress=show_progress)
    if fmt == "acled":
        from .acled import read_acled
        return read_acled(path, lenient=lenient, show_progress=show_progress)
    if fmt == "snhr":
        return _read_snhr(path, lenient=lenient)
    raise InputError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}", field="format")


def _read_snhr(path: str | Path, *, lenient: bool) -> Batch:
    """An SNHR report through the report reader's adapter (:mod:`geo.importers.snhr`)."""
    from .snhr import read_snhr

    batch = read_snhr(path, lenient=lenient)
    batch.geocoded = True  # with the governorate the report names: better than text alone
    return batch


def _control_index(data=None):
    from ..control import ControlIndex

    return ControlIndex.load(data)


def enrich(batch: Batch, *, data=None, gaz=None, control_index=None, lenient: bool = False,
           geocode_missing: bool = True, show_progress: bool = False) -> dict:
    """Place and control-tag the incidents of a batch, in place. Returns what it did.

    * incidents with a ``place_text`` and no point are geocoded (when the
      geocoder is available), each distinct text once; those it cannot place keep no point;
    * every point is reverse-geocoded (:func:`geo.columns.locate`); a
      point outside Syria is an error naming the line (skipped if ``lenient``);
    * every point is tagged with the control index's answer at the incident's
      date: ``computed_control`` and ``computed_forces``.

    The batch is worked on as columns (:attr:`Batch.table`): a million rows take seconds.
    ``gaz`` / ``control_index`` default to the loaded ones for ``data``;
    ``control_index=False`` skips control tagging.
    """
    from ..gazetteer import Gazetteer

    info = {"geocoded": 0, "unlocated": 0, "control_tagged": 0, "warnings": []}
    say = steps(show_progress)
    with say.step("loading the gazetteer"):
        gaz = gaz or Gazetteer.load(data)
    table = batch.table
    if geocode_missing and not batch.geocoded:
        info["geocoded"] = _geocode(table, gaz, show_progress)
    info["unlocated"] = int(np.isnan(floats(table.values("lon"))).sum())
    stated = _stated_units(batch, gaz)
    with say.step("reverse-geocoding", len(table) - info["unlocated"]):
        errors = locate(table, gaz, source=batch.source, lenient=True)
    if errors:
        errors = [(i, row_error(e, batch.source, e.line, batch.rename)) for i, e in errors]
        if not lenient:
            raise errors[0][1]
        batch.drop({i for i, _ in errors}, [e for _, e in errors])
        table = batch.table
    adm1 = table.values("adm1_pcode")
    ids = table.values("id")
    row_of = {iid: i for i, iid in enumerate(ids.tolist())} if stated else {}
    outside = sum(1 for iid, (unit, _) in stated.items()
                  if unit and iid in row_of and adm1[row_of[iid]] and adm1[row_of[iid]] != unit)
    info["outside_stated_governorate"] = outside
    if outside:
        info["warnings"].append(f"{outside} point(s) lie in another governorate than the one the "
                                f"source names (near a boundary, or a coordinate error)")
    if control_index is False:
        return info
    if control_index is None:
        with say.step("loading the control index"):
            control_index = _control_index(data)
    lons, lats = floats(table.values("lon")), floats(table.values("lat"))
    located = np.flatnonzero(~np.isnan(lons))
    if len(located):
        with say.step("tagging control", len(located)):
            info["control_tagged"] = _tag_control(table, control_index, located, lons, lats)
    return info


def _geocode(table, gaz, show_progress: bool) -> int:
    """Geocode the place texts of the rows without a point, each distinct text once."""
    lons = floats(table.values("lon"))
    texts = table.values("place_text")
    need = np.flatnonzero(np.isnan(lons) & np.array([bool(t) for t in texts.tolist()], dtype=bool))
    if not len(need):
        return 0
    from ..geocode import Geocoder

    coder = Geocoder(gaz)
    code, (distinct,) = group([texts[need]])
    found = []
    for text in progress(distinct.tolist(), total=len(distinct), desc="geocoding place texts",
                         enabled=show_progress):
        try:
            m = coder.geocode(text)  # the geocoder reads no date
        except InputError:
            m = None  # text the geocoder refuses (e.g. too long): no point
        found.append((float(m.lon), float(m.lat), m.pcode, m.level, m.precision, m.radius_m)
                     if m is not None and m.found and m.lon is not None else None)
    hit = np.array([f is not None for f in found], dtype=bool)[code]
    rows = need[hit]
    for k, name in enumerate(("lon", "lat", "pcode", "level", "location_precision", "radius_m")):
        column = table.values(name).copy()
        column[rows] = objects([None if f is None else f[k] for f in found])[code[hit]]
        table.set(name, column)
    return int(len(rows))


def _tag_control(table, control_index, located, lons, lats) -> int:
    """Tag the located rows with the control index's answer at each row's date."""
    dates = table.factor("date")
    days = np.array(dates.uniques.tolist(), dtype="datetime64[D]")[dates.codes[located]]
    try:
        # The distance to the front line is not stored: skip computing it.
        answers = control_index.control_many(lons[located], lats[located], days, front=False)
    except TypeError:
        answers = control_index.control_many(lons[located], lats[located], days)
    force = np.asarray(answers["force"].to_numpy(), dtype=object)
    present = (np.asarray(answers["forces"].to_numpy(), dtype=object) if "forces" in answers
               else np.full(len(located), (), dtype=object))
    code, (force_d, present_d) = group([force, present])
    control = [f if isinstance(f, str) and f else None for f in force_d.tolist()]
    forces = [tuple(p) if isinstance(p, (tuple, list)) and len(p) > 1 else () for p in present_d]
    for name, per in (("computed_control", control), ("computed_forces", forces)):
        column = table.values(name).copy()
        column[located] = objects(per)[code]
        table.set(name, column)
    return int(sum(1 for c in objects(control)[code]
                   if c and c != "UNKNOWN"))


def _stated_units(batch: Batch, gaz) -> dict[str, tuple[str | None, str | None]]:
    """The governorate and district the source names for each incident, as P-codes.

    For a coarse location (district, governorate, named area) they are the
    incident's units, set before :func:`locate` (which keeps them and
    fills no finer level than the precision allows): UCDP places such events
    at the unit's centroid, so the source's unit decides, not the centroid.
    A precise point keeps the units it falls in; ``enrich`` counts those that
    lie outside the governorate the source names.
    """
    if not batch.units:
        return {}
    cache: dict[tuple[str, str], str | None] = {}

    def resolve(name: str | None, level: str) -> str | None:
        if not name:
            return None
        key = (name, level)
        if key not in cache:
            try:
                cache[key] = gaz.resolve_unit(name, level)
            except (InputError, KeyError, ValueError):
                cache[key] = None
        return cache[key]

    table = batch.table
    ids = table.values("id").tolist()
    precision = table.values("location_precision").tolist()
    units = {name: table.values(name).copy() for name in ("adm1_pcode", "adm2_pcode", "adm3_pcode")}
    out: dict[str, tuple[str | None, str | None]] = {}
    for i, iid in enumerate(ids):
        names = batch.units.get(iid)
        if not names:
            continue
        adm1 = resolve(names[0], "adm1")
        adm2 = resolve(names[1], "adm2")
        if adm2 and adm1 and not adm2.startswith(adm1):
            adm2 = None  # a district name matched in another governorate: not trusted
        out[iid] = (adm1 or (adm2[:4] if adm2 else None), adm2)
        prec = precision[i] or LocationPrecision.COMMUNITY
        if prec >= LocationPrecision.DISTRICT and prec is not LocationPrecision.COUNTRY:
            units["adm1_pcode"][i] = out[iid][0]
            units["adm2_pcode"][i] = adm2 if prec is LocationPrecision.DISTRICT else None
            units["adm3_pcode"][i] = None
    for name, column in units.items():
        table.set(name, column)
    return out


@dataclass
class ImportReport:
    """What an import did."""

    source: str
    format: str
    rows: int
    result: AddResult
    skipped: list[InputError] = field(default_factory=list)
    ignored: int = 0
    held_out: list[HeldOut] = field(default_factory=list)  # told, not imported (an undated SNHR incident), why
    geocoded: int = 0
    unlocated: int = 0
    control_tagged: int = 0
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {"source": self.source, "format": self.format, "rows": self.rows,
                **self.result.to_dict(), "skipped": len(self.skipped),
                "skipped_rows": [{"line": e.line, "field": e.field, "error": str(e)} for e in self.skipped],
                "ignored": self.ignored, "held_out": [h.to_dict() for h in self.held_out],
                "geocoded": self.geocoded, "unlocated": self.unlocated,
                "control_tagged": self.control_tagged, "warnings": self.warnings,
                "seconds": round(self.seconds, 3)}


def import_file(path: str | Path, fmt: str, store: IncidentStore, *, lenient: bool = False,
                data=None, gaz=None, control_index=None, show_progress: bool = False,
                audit: AuditEntry | None = None) -> ImportReport:
    """Read, enrich and write one file in one transaction (see the module doc).

    ``audit`` (:class:`geo.store.audit.AuditEntry`: who, which action) is recorded with the
    write, in the same transaction.
    """
    t0 = time.perf_counter()
    # Reading and writing make millions of short-lived tuples and lists, in no reference
    # cycle: the cyclic collector would walk them (and the gazetteer's and control index's
    # objects) again and again, about a tenth of the import's CPU (bench/import_csv.py).
    with paused():
        batch = read_file(path, fmt, lenient=lenient, show_progress=show_progress)
        info = enrich(batch, data=data, gaz=gaz, control_index=control_index, lenient=lenient,
                      show_progress=show_progress)
        result = store.add_table(batch.table, audit=audit, show_progress=show_progress)
    return ImportReport(str(path), fmt, batch.rows, result, batch.skipped, batch.ignored, batch.held_out,
                        info["geocoded"], info["unlocated"], info["control_tagged"],
                        info["warnings"], time.perf_counter() - t0)
