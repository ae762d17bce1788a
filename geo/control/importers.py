"""Read control data from the forms it comes in, into a checked :class:`ControlDataset`.

* :func:`import_pcodes` — a CSV table ``pcode,force,valid_from,valid_to,source,confidence``
  (optional ``contested``, ``also``, ``note``);
* :func:`import_polygons` — polygon snapshots in GeoJSON, KML, GeoPackage or a
  zipped Shapefile, with a mapping from an attribute's values to forces and a
  date or date range (how USAID OTI, ISW-style and Liveuamap exports look);
* :func:`import_marks` — point marks (CSV ``lat,lon,force,date``) turned into
  areas: each community cell takes the force of the marks inside it, or of
  the nearest mark, whose distance is kept as a confidence signal.

Every error names the file and the line (CSV) or feature number (1-based, in
file order). An import either returns a whole dataset or raises: nothing is
half-loaded. Problems that do not stop an import (a repaired geometry,
overlapping areas of different forces, skipped rows when asked to skip) are
listed in :attr:`ImportResult.problems`.

>>> res = import_marks("marks.csv", ref=ref, valid_from="2017-07-01",
...                    valid_to="2017-08-31", force_field="faction")  # doctest: +SKIP
>>> len(res.dataset.periods), res.problems[:1]                        # doctest: +SKIP
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from ..errors import InputError
from ..tabular import read_text
from ..force import UnknownForce, parse_force
from ..gazetteer import haversine_km
from .dataset import ControlDataset, _polygonal, period_from_row
from .period import CONFIDENCES, ControlPeriod, check_no_overlaps, parse_day
from .tessellation import KX, Tessellation

__all__ = ["ImportResult", "import_pcodes", "import_polygons", "import_marks", "FORMATS",
           "MARK_NEAR_KM"]

FORMATS = ("geojson", "kml", "gpkg", "shp", "pcodes", "marks")
# A cell whose nearest mark is within this distance gets "medium" confidence; farther, "low".
MARK_NEAR_KM = 5.0
MAX_ERRORS = 5


@dataclass
class ImportResult:
    """A checked dataset and the problems that did not stop the import."""

    dataset: ControlDataset
    problems: list[str] = field(default_factory=list)
    summary: dict = field(default_factory=dict)


def _fail_many(errors: list[InputError], source: str) -> None:
    if len(errors) == 1:
        raise errors[0]
    shown = "; ".join(str(e) for e in errors[:MAX_ERRORS])
    more = f" (and {len(errors) - MAX_ERRORS} more)" if len(errors) > MAX_ERRORS else ""
    raise InputError(f"{len(errors)} bad rows, nothing imported: {shown}{more}", source=source)


# -- P-code tables ------------------------------------------------------------------------
def import_pcodes(path: str | os.PathLike, *, known_units=None) -> ImportResult:
    """A P-code table: ``pcode,force,valid_from,valid_to,source,confidence`` per line.

    ``known_units``: the P-codes that exist (from the gazetteer); others are refused.
    """
    src = str(path)
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    unit_col = "pcode" if "pcode" in header else "unit" if "unit" in header else None
    missing = [c for c in ("force", "valid_from") if c not in header]
    if unit_col is None or missing:
        raise InputError(f"missing column(s) {', '.join((['pcode'] if unit_col is None else []) + missing)}"
                         f"; expected pcode,force,valid_from,valid_to,source,confidence",
                         source=src, line=1)
    periods: list[ControlPeriod] = []
    errors: list[InputError] = []
    for row in reader:
        line = reader.line_num
        if None in row:
            errors.append(InputError("more values than columns", source=src, line=line))
            continue
        row = {k: (v or "") for k, v in row.items()}
        row["unit"] = row.get(unit_col, "").strip()
        try:
            periods.append(period_from_row(row, source=src, line=line, known_units=known_units))
        except InputError as exc:
            errors.append(exc)
    if errors:
        _fail_many(errors, src)
    if not periods:
        raise InputError("no rows", source=src)
    check_no_overlaps(periods, source=src)
    return ImportResult(ControlDataset(periods), [], {"periods": len(periods)})


# -- polygon snapshots --------------------------------------------------------------------
_FORCE_FIELDS = ("force", "faction", "control", "controller", "controlled_by", "held_by",
                 "Name", "name")


def _read_vector(path: Path, fmt: str, layer: str | None) -> gpd.GeoDataFrame:
    src = str(path)
    if not path.exists():
        raise InputError("no such file", source=src)
    target = str(path)
    if fmt == "shp" and path.suffix.lower() == ".zip":
        target = f"/vsizip/{path}"
    try:
        kwargs = {"layer": layer} if layer else {}
        frame = gpd.read_file(target, engine="pyogrio", **kwargs)
    except Exception as exc:  # pyogrio raises several types for unreadable files
        raise InputError(f"cannot be read as {fmt} ({exc})", source=src) from exc
    if frame.crs is None:
        frame = frame.set_crs(4326)
    elif frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    return frame


def import_polygons(path: str | os.PathLike, fmt: str, *, valid_from, valid_to=None,
                    field: str | None = None, mapping: dict[str, str] | None = None,
                    source: str = "", confidence: str = "medium", layer: str | None = None,
                    prefix: str | None = None) -> ImportResult:
    """Polygon snapshot -> one drawn area and one period per feature.

    Parameters
    ----------
    path, fmt : the file and its format: ``geojson``, ``kml``, ``gpkg`` or ``shp`` (a
        zipped Shapefile or a ``.shp``).
    valid_from, valid_to : the date (or range) the snapshot shows; ``valid_to``
        defaults to ``valid_from``.
    field : the attribute that names the force (default: the first of force,
        faction, control, controller, held_by, Name, name present).
    mapping : attribute value -> force phrase or code, for values that
        :func:`geo.force.parse_force` does not know (e.g. ``{"1": "GOV"}``).
    source, confidence : written into every period.
    prefix : area ids are ``area:<prefix>-<feature number>`` (default: the file stem).
    """
    path = Path(path)
    src = str(path)
    if fmt not in ("geojson", "kml", "gpkg", "shp"):
        raise InputError(f"unknown polygon format {fmt!r}; use geojson, kml, gpkg or shp",
                         source=src)
    start = parse_day(valid_from, source=src, field="date")
    end = parse_day(valid_to, source=src, field="date") if valid_to else start
    if end < start:
        raise InputError(f"the range ends ({end}) before it starts ({start})", source=src)
    if confidence not in CONFIDENCES:
        raise InputError(f"confidence must be one of {', '.join(CONFIDENCES)}", source=src)
    frame = _read_vector(path, fmt, layer)
    if field is None:
        field = next((f for f in _FORCE_FIELDS if f in frame.columns), None)
        if field is None:
            raise InputError(f"no force attribute found (looked for {', '.join(_FORCE_FIELDS)}); "
                             f"name it with --field. Attributes: "
                             f"{', '.join(c for c in frame.columns if c != 'geometry')}", source=src)
    elif field not in frame.columns:
        raise InputError(f"no attribute {field!r}; attributes: "
                         f"{', '.join(c for c in frame.columns if c != 'geometry')}", source=src,
                         field=field)
    mapping = {str(k).strip(): v for k, v in (mapping or {}).items()}
    stem = prefix or re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-") or "import"
    problems: list[str] = []
    errors: list[InputError] = []
    rows, periods = [], []
    for n, (value, geom) in enumerate(zip(frame[field].tolist(), frame.geometry.values), start=1):
        where = f"feature {n}"
        text = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value).strip()
        try:
            parsed = parse_force(mapping.get(text, text), date=start, source=src, field=field)
        except UnknownForce as exc:
            errors.append(InputError(f"{where}: {exc.message}" + (
                "; map it with --map VALUE=FORCE" if text else ""), source=src, field=field))
            continue
        if geom is None or geom.is_empty:
            errors.append(InputError(f"{where}: no geometry", source=src, field="geometry"))
            continue
        if not geom.is_valid:
            reason = shapely.is_valid_reason(geom)
            problems.append(f"{where}: invalid geometry ({reason}) repaired")
        try:
            geom = _polygonal(shapely.force_2d(geom), where=where, source=src)
        except InputError as exc:
            errors.append(exc)
            continue
        area_id = f"area:{stem}-{n}"
        rows.append({"id": area_id, "name": f"{path.name} {where} ({text or parsed.code})",
                     "vertices": [], "note": f"imported from {path.name}, {where}",
                     "geometry": geom, "_force": parsed.code, "_n": n})
        periods.append(ControlPeriod(area_id, parsed.code, start, end, parsed.contested,
                                     parsed.also, confidence, source or path.name,
                                     f"{field}={text}", origin=f"{src}:{where}"))
    if errors:
        _fail_many(errors, src)
    if not rows:
        raise InputError("no features", source=src)
    areas = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    problems += _overlaps_between_forces(areas, start)
    areas = areas.drop(columns=["_force", "_n"]).set_index("id", drop=False)
    return ImportResult(ControlDataset(periods, areas), problems,
                        {"features": len(rows), "forces": dict(Counter(p.force for p in periods))})


def _overlaps_between_forces(areas: gpd.GeoDataFrame, day: dt.date) -> list[str]:
    """'features 3 (GOV) and 7 (SDF) overlap by 1.2 km² on D' for areas of different forces."""
    geoms = areas.geometry.values
    tree = shapely.STRtree(geoms)
    a, b = tree.query(geoms, predicate="intersects")
    keep = (a < b) & (areas["_force"].to_numpy()[a] != areas["_force"].to_numpy()[b])
    out = []
    for i, j in zip(a[keep], b[keep]):
        inter = shapely.intersection(geoms[i], geoms[j])
        if inter.area <= 0:
            continue  # touching edges are no overlap
        lat = inter.centroid.y
        km2 = inter.area * (111.32 ** 2) * math.cos(math.radians(lat))
        out.append(f"features {areas['_n'].iloc[i]} ({areas['_force'].iloc[i]}) and "
                   f"{areas['_n'].iloc[j]} ({areas['_force'].iloc[j]}) overlap by "
                   f"{km2:.3g} km² on {day}")
    return out


# -- point marks --------------------------------------------------------------------------
def import_marks(path: str | os.PathLike, *, ref, valid_from=None, valid_to=None,
                 force_field: str = "force", date_field: str = "date",
                 lat_field: str = "lat", lon_field: str = "lon", source: str = "",
                 skip_invalid: bool = False, tess: Tessellation | None = None) -> ImportResult:
    """Point marks -> community-cell periods.

    Each community cell (the Voronoi cell of a community, clipped to its
    sub-district) takes the force of the marks inside it: "high" confidence
    when they agree, "medium" and ``contested`` with the others in ``also``
    when they do not. A cell without marks takes the force of the nearest
    mark, "medium" within ``MARK_NEAR_KM`` and "low" beyond; the distance is
    kept in the note (``nearest mark 3.2 km``). Marks whose force is UNKNOWN
    (e.g. ``NONE``) are not evidence and are skipped.

    Dates: a ``date`` column makes one snapshot per date, each valid until
    the day before the next (the last until ``valid_to`` or its own date);
    without it, ``valid_from`` (and ``valid_to``) apply to all marks.
    A ``contested`` column (true/false) and a ``mixed_with`` column (another
    force) are used when present.
    """
    src = str(path)
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    need = [c for c in (lat_field, lon_field, force_field) if c not in header]
    if need:
        raise InputError(f"missing column(s) {', '.join(need)} (have: {', '.join(header)}); "
                         f"name them with --lat-field/--lon-field/--force-field", source=src,
                         line=1)
    has_date = date_field in header
    if not has_date and valid_from is None:
        raise InputError(f"no {date_field!r} column: give the date of the marks (--date or "
                         f"--from/--to)", source=src)
    default_from = parse_day(valid_from, source=src, field="date") if valid_from else None
    default_to = parse_day(valid_to, source=src, field="date") if valid_to else default_from
    if default_to and default_from and default_to < default_from:
        raise InputError(f"the range ends ({default_to}) before it starts ({default_from})",
                         source=src)
    marks: list[tuple] = []  # (line, lon, lat, force, also, contested, day, label)
    errors: list[InputError] = []
    skipped: list[str] = []
    for row in reader:
        line = reader.line_num
        try:
            if None in row:
                raise InputError("more values than columns", source=src, line=line)
            try:
                lat = float(row[lat_field])
                lon = float(row[lon_field])
            except (TypeError, ValueError):
                raise InputError(f"coordinates {row[lat_field]!r}, {row[lon_field]!r} are not "
                                 f"numbers", source=src, line=line, field=lat_field) from None
            if not (math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90
                    and abs(lon) <= 180):
                raise InputError(f"impossible coordinates {lat}, {lon}", source=src, line=line,
                                 field=lat_field)
            day = (parse_day(row[date_field], source=src, line=line, field=date_field)
                   if has_date and (row.get(date_field) or "").strip() else default_from)
            if day is None:
                raise InputError("no date", source=src, line=line, field=date_field)
            parsed = parse_force(row[force_field] or "", date=day, source=src, line=line,
                                 field=force_field)
            also = list(parsed.also)
            mixed = (row.get("mixed_with") or "").strip()
            if mixed:
                code = parse_force(mixed, date=day, source=src, line=line, field="mixed_with").code
                if code != parsed.code and code not in also:
                    also.append(code)
            contested = parsed.contested or (row.get("contested") or "").strip().lower() in (
                "true", "1", "yes")
        except InputError as exc:
            if skip_invalid:
                skipped.append(str(exc))
                continue
            errors.append(exc)
            continue
        if parsed.code == "UNKNOWN":
            skipped.append(f"{src}, line {line}: force {row[force_field]!r} is no evidence of "
                           f"control; skipped")
            continue
        label = (row.get("label") or row.get("name") or "").strip()
        marks.append((line, lon, lat, parsed.code, tuple(also), contested, day, label))
    if errors:
        _fail_many(errors, src)
    if not marks:
        raise InputError("no usable marks", source=src)
    tess = tess or Tessellation.load(ref, None)
    lons = np.array([m[1] for m in marks])
    lats = np.array([m[2] for m in marks])
    atom, _, snap_km = tess.locate(lons, lats)
    outside = np.flatnonzero(atom < 0)
    for i in outside:
        msg = (f"{src}, line {marks[i][0]}: mark at {lats[i]}, {lons[i]} is outside Syria "
               f"({snap_km[i]:.0f} km beyond the border)")
        if not skip_invalid:
            errors.append(InputError(msg.split(": ", 1)[1], source=src, line=marks[i][0]))
        else:
            skipped.append(msg)
    if errors:
        _fail_many(errors, src)
    days = sorted({m[6] for m in marks})
    periods: list[ControlPeriod] = []
    for k, day in enumerate(days):
        end = (days[k + 1] - dt.timedelta(days=1)) if k + 1 < len(days) else (
            default_to if default_to and default_to >= day else day)
        sel = np.array([i for i, m in enumerate(marks) if m[6] == day and atom[i] >= 0])
        periods += _cells_from_marks(tess, [marks[i] for i in sel], atom[sel], day, end,
                                     source or Path(src).name)
    check_no_overlaps(periods, source=src)
    summary = {"marks": len(marks) - len(outside),
               "dates": len(days), "periods": len(periods),
               "cells_with_marks": sum(1 for p in periods if "nearest mark" not in p.note),
               "forces": dict(Counter(p.force for p in periods))}
    return ImportResult(ControlDataset(periods), skipped, summary)


def _cells_from_marks(tess: Tessellation, marks: list[tuple], atoms: np.ndarray,
                      start: dt.date, end: dt.date, source: str) -> list[ControlPeriod]:
    by_atom: dict[int, list[tuple]] = defaultdict(list)
    for m, a in zip(marks, atoms):
        by_atom[int(a)].append(m)
    # Nearest mark for cells without any, measured from the community point
    # (or the cell's inner point for a sub-district without communities).
    mx = np.array([m[1] for m in marks]) * KX
    my = np.array([m[2] for m in marks])
    mark_tree = shapely.STRtree(shapely.points(mx, my))
    empty = [a for a in range(len(tess)) if a not in by_atom]
    if empty:
        reps = shapely.point_on_surface(tess.geoms[empty])
        rx, ry = shapely.get_x(reps), shapely.get_y(reps)
        q = shapely.points(rx * KX, ry)
        p_i, m_i = mark_tree.query_nearest(q, all_matches=False)
        nearest = np.zeros(len(empty), dtype=np.int64)
        nearest[p_i] = m_i
        km = haversine_km(rx, ry, mx[nearest] / KX, my[nearest])
    units: dict[str, ControlPeriod] = {}
    for a, ms in sorted(by_atom.items()):
        counts = Counter(m[3] for m in ms)
        top = max(counts.values())
        force = next(m[3] for m in ms if counts[m[3]] == top)  # ties: first in the file
        also = [f for f in dict.fromkeys(m[3] for m in ms) if f != force]
        also += [f for m in ms for f in m[4] if f != force and f not in also]
        contested = bool(also) or any(m[5] for m in ms)
        lines = ",".join(str(m[0]) for m in ms[:6]) + ("..." if len(ms) > 6 else "")
        unit = tess.community[a] or tess.adm3[a]
        units[unit] = ControlPeriod(unit, force, start, end, contested, tuple(also),
                                    "high" if len(counts) == 1 and not contested else "medium",
                                    source, f"{len(ms)} mark(s) in the cell (lines {lines})")
    if empty:
        for a, j, d in zip(empty, nearest, km):
            unit = tess.community[a] or tess.adm3[a]
            if unit in units:
                continue
            m = marks[j]
            units[unit] = ControlPeriod(
                unit, m[3], start, end, False, tuple(m[4]),
                "medium" if d <= MARK_NEAR_KM else "low", source,
                f"nearest mark {d:.1f} km (line {m[0]}{', ' + m[7] if m[7] else ''})")
    return list(units.values())
