"""The control map of a day: one (Multi)Polygon per force and status, clean, as GeoJSON.

:func:`dissolve_snapshot` dissolves the tessellation's atoms by the force (and the
contested flag) that holds them on a day; :func:`control_snapshot_geojson` turns that
into the one RFC 7946 FeatureCollection that the API (``/api/control/snapshot``, the
OGC ``control-areas`` collection), the web map and ``incmap control snapshot`` all
serve, with the coverage, the attribution and the licence in its metadata.

The geometry is clean because the atoms are a *coverage* (the tessellation is cleaned
with ``shapely.coverage_clean`` when it is built: no gaps, no overlaps, shared edges
identical), so dissolving them leaves no slivers. The features are then simplified
together (``shapely.coverage_simplify``: neighbours keep one shared edge, no gaps open
between them), snapped to a grid of ``10**-digits`` degrees (``set_precision`` keeps
them valid), stripped of any part too thin to see, and wound by the right-hand rule
(exterior rings counter-clockwise, holes clockwise).

The features of a day depend only on its *epoch* (the days between two change days of
the dataset share one map), so they are kept per epoch: in memory, and on disk in the
user cache (``control-snapshots-<fingerprint>``: the index's tessellation, its periods
and this module's source), so that a restart, or another process, pays nothing. The index
keeps its folded timelines in the same folder (:func:`cache_folder`, :func:`write_cached`).
:func:`warm_snapshots` fills that cache for every epoch (``incmap serve`` runs it in a
background process).

>>> fc = control_snapshot_geojson(ControlIndex.load(), "2023-07-09")    # doctest: +SKIP
>>> [f["id"] for f in fc["features"]][:3], fc["coverage"]["last_verified"]  # doctest: +SKIP
(['COALITION', 'GOV', 'HTS_OPP'], '2026-02-17')
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import shutil
import sys
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from ..errors import InputError
from ..force import FORCES
from ..reference.datadir import code_version, user_cache_dir
from ..reference.sources import SOURCES
from .coverage import Coverage
from .period import CONFIDENCES, parse_day

__all__ = ["dissolve_snapshot", "control_snapshot_geojson", "clean_polygons", "SNAPSHOT_COLUMNS",
           "SNAPSHOT_TOLERANCE", "SNAPSHOT_DIGITS", "LICENSE", "is_sliver", "warm_snapshots",
           "cache_folder", "write_cached"]

SNAPSHOT_COLUMNS = ["force", "name", "colour", "contested", "forces", "confidence", "source",
                    "valid_from", "valid_to", "units", "geometry"]
SNAPSHOT_TOLERANCE = 0.004  # degrees (~400 m): control lines are approximate anyway
SNAPSHOT_DIGITS = 4  # ~10 m
LICENSE = "CC BY-SA 4.0"  # the bundled control dataset's (derived in part from Wikipedia)
# A ring narrower than this on average (2 * area / perimeter, in degrees: ~5 m) is a
# sliver, not a place: no one can see or click it, and a dashed outline draws it as a line.
SLIVER_WIDTH = 5e-5
MAX_SOURCES = 8
MEMORY_EPOCHS = 64  # epochs' features kept in memory (each ~100-400 kB)
KEEP_CACHES = 4  # snapshot cache folders kept on disk (one per dataset version)


def is_sliver(ring) -> bool:
    """A ring whose mean width (2 * area / perimeter) is under ``SLIVER_WIDTH`` degrees."""
    poly = shapely.Polygon(ring)
    return poly.length == 0 or 2 * poly.area / poly.length < SLIVER_WIDTH


def dissolve_snapshot(geoms: np.ndarray, periods: list, atom_periods: np.ndarray,
                      forces: np.ndarray, contested: np.ndarray) -> gpd.GeoDataFrame:
    """Atoms dissolved by (force, contested): the rows of :meth:`ControlIndex.snapshot`.

    ``atom_periods[i]`` is the index in ``periods`` of the period holding atom ``i``
    (-1: none, drawn as ``UNKNOWN``); ``forces`` / ``contested`` are per atom.
    """
    forces = np.asarray(forces, dtype=object)
    contested = np.asarray(contested, dtype=bool)
    atom_periods = np.asarray(atom_periods)
    # Groups by (force, contested), sorted as a groupby would (numpy: no pandas overhead).
    names, code = np.unique(forces.astype(str), return_inverse=True)
    group = code.reshape(-1) * 2 + contested
    order = np.argsort(group, kind="stable")
    bounds = np.flatnonzero(np.r_[True, group[order][1:] != group[order][:-1], True])
    rows = []
    for s, e in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        members = order[s:e]
        g = int(group[members[0]])
        force, flag = str(names[g // 2]), g % 2
        ps = [periods[i] for i in np.unique(atom_periods[members]) if i >= 0]
        sources = sorted({p.source for p in ps if p.source})
        ends = [p.valid_to for p in ps if p.valid_to]
        rows.append({
            "force": force, "name": FORCES[force].name, "colour": FORCES[force].colour,
            "contested": bool(flag),
            "forces": tuple(dict.fromkeys([force] + [f for p in ps for f in p.forces])),
            "confidence": (max((p.confidence for p in ps), key=CONFIDENCES.index)
                           if ps else None),
            "source": _join_sources(sources),
            "valid_from": max(p.valid_from for p in ps).isoformat() if ps else None,
            "valid_to": min(ends).isoformat() if ends else None,
            "units": len({p.unit for p in ps}) or None,
            "geometry": _dissolve(geoms[members]),
        })
    return gpd.GeoDataFrame(rows, columns=SNAPSHOT_COLUMNS, geometry="geometry", crs=4326)


def _join_sources(sources: list[str]) -> str:
    return "; ".join(sources[:MAX_SOURCES]) + (
        f"; and {len(sources) - MAX_SOURCES} more" if len(sources) > MAX_SOURCES else "")


def _dissolve(geoms: np.ndarray):
    """Union of atoms that form a coverage (exact and fast); any other input by overlay."""
    try:
        out = shapely.coverage_union_all(geoms)
    except shapely.errors.GEOSException:
        out = shapely.union_all(geoms)
    return out if out.is_valid else _polygonal(shapely.make_valid(out))


def _polygonal(geom):
    """Only the areal parts of a geometry (a repair can leave lines and points behind)."""
    if geom is None or geom.is_empty:
        return shapely.MultiPolygon()
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.MultiPolygon()


def _drop_slivers(geom):
    """The polygon without parts and holes thinner than :data:`SLIVER_WIDTH`."""
    polys = []
    for poly in shapely.get_parts(geom):
        if poly.geom_type != "Polygon" or is_sliver(poly.exterior):
            continue
        polys.append(shapely.Polygon(poly.exterior,
                                     [h for h in poly.interiors if not is_sliver(h)]))
    if not polys:
        return shapely.MultiPolygon()
    return polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)


def clean_polygons(geoms, *, tolerance: float = SNAPSHOT_TOLERANCE,
                   digits: int = SNAPSHOT_DIGITS) -> np.ndarray:
    """Simplified together, on a ``10**-digits`` grid, valid, no slivers, right-hand rule.

    ``geoms`` should tile the country (as a snapshot's rows do); if they do not form a
    coverage, each is simplified on its own.

    >>> sq = shapely.Polygon([(0, 0), (0, 1), (1, 1), (1, 0)])         # clockwise
    >>> clean_polygons([sq], tolerance=0)[0].exterior.is_ccw
    True
    """
    geoms = np.asarray([_polygonal(g) for g in geoms], dtype=object)
    if tolerance:
        try:
            coverage = bool(shapely.coverage_is_valid(geoms))
        except shapely.errors.GEOSException:
            coverage = False
        geoms = (shapely.coverage_simplify(geoms, tolerance, simplify_boundary=True)
                 if coverage else shapely.simplify(geoms, tolerance, preserve_topology=True))
    geoms = shapely.set_precision(geoms, 10.0 ** -digits)
    out = np.empty(len(geoms), dtype=object)
    for i, g in enumerate(geoms):
        g = _polygonal(g if g.is_valid else shapely.make_valid(g))
        g = _drop_slivers(g)
        if not g.is_valid:  # dropping a hole can never do this; a guard, not a path
            g = _polygonal(shapely.make_valid(g))
        out[i] = shapely.orient_polygons(g, exterior_cw=False)
    return out


def _text(value) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if hasattr(value, "isoformat") and not isinstance(value, str):  # pandas Timestamp
        try:
            return None if value != value else value.isoformat()[:10]
        except (TypeError, ValueError):
            return None
    return str(value)


def _forces_of(row: dict, force: str) -> list[str]:
    """The force and the others present, from a ``forces`` tuple or an ``also`` list."""
    out = [force]
    for key in ("forces", "also"):
        value = row.get(key)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        items = value.split(";") if isinstance(value, str) else list(value)
        out.extend(str(v).strip() for v in items if str(v).strip())
    return list(dict.fromkeys(out))


def _coverage_of(index) -> Coverage | None:
    info = getattr(index, "coverage_info", None)
    if info is not None:
        return info
    cov = getattr(index, "coverage", None)
    return Coverage(*cov) if cov else None


def _parse_date(date) -> dt.date:
    if date is None or date == "":
        raise InputError("a date is required (YYYY-MM-DD)", field="date")
    return parse_day(date, field="date")


def control_snapshot_geojson(index, date, *, tolerance: float = SNAPSHOT_TOLERANCE,
                             digits: int = SNAPSHOT_DIGITS) -> dict:
    """The control areas of a date as an RFC 7946 FeatureCollection: one feature per force
    and status (held, or contested), ids ``GOV``, ``GOV.2`` (the contested one) ...

    Properties: ``force``, ``forces``, ``name``, ``colour``, ``contested``,
    ``confidence`` (the lowest drawn), ``source``, ``valid_from``, ``valid_to``,
    ``units``, ``date``. Top level: ``date``, ``stale`` (outside the coverage),
    ``coverage`` (first, last, last_verified, days_past_verified, message),
    ``attribution`` and ``license``.

    ``index`` is a :class:`~geo.control.ControlIndex` (or any object with ``snapshot(date)``
    returning rows with those columns and a ``coverage``).

    >>> fc = control_snapshot_geojson(ControlIndex.load(), "2026-06-01")   # doctest: +SKIP
    >>> fc["coverage"]["message"]                                          # doctest: +SKIP
    'last verified 2026-02-17; this answer is 104 days past it'
    """
    day = _parse_date(date)
    cov = _coverage_of(index)
    stale = bool(cov and (day > cov.last or day < cov.first))
    features = [{**f, "properties": {**f["properties"], "date": day.isoformat()}}
                for f in _features_of_epoch(index, day, tolerance, digits)]
    return {"type": "FeatureCollection", "date": day.isoformat(), "stale": stale,
            "coverage": cov.to_dict(day) if cov else None,
            "attribution": [SOURCES[k].to_dict() for k in ("ocha", "wikipedia")],
            "license": LICENSE, "features": features}


def _build_features(index, day: dt.date, tolerance: float, digits: int) -> list[dict]:
    """The features of ``day`` without their ``date`` property (the same for the epoch)."""
    # A ControlIndex dissolves atoms simplified once, together: no per-day simplification.
    presimplified = bool(tolerance) and hasattr(index, "epoch_of")
    frame = index.snapshot(day, tolerance=tolerance) if presimplified else index.snapshot(day)
    groups: dict[tuple, dict] = {}
    columns = [c for c in frame.columns if c != frame.geometry.name]
    for row, geom in zip(frame[columns].to_dict("records"), frame.geometry.values):
        if geom is None or geom.is_empty:
            continue
        force = str(row.get("force") or "UNKNOWN")
        flag = row.get("contested")
        contested = bool(flag) if flag is not None and flag == flag else False  # NaN: not flagged
        g = groups.setdefault((force, contested), {"geoms": [], "rows": []})
        g["geoms"].append(geom)
        g["rows"].append(row)
    keys = sorted(groups, key=lambda k: (k[1], k[0]))
    merged = [groups[k]["geoms"][0] if len(groups[k]["geoms"]) == 1
              else _dissolve(np.asarray(groups[k]["geoms"], dtype=object)) for k in keys]
    cleaned = clean_polygons(merged, tolerance=0 if presimplified else tolerance,
                             digits=digits) if merged else []
    features, seen = [], {}
    for (force, contested), geom in zip(keys, cleaned):
        if geom.is_empty:
            continue
        rows = groups[(force, contested)]["rows"]
        f = FORCES.get(force) or FORCES["UNKNOWN"]
        confidences = [c for c in (_text(r.get("confidence")) for r in rows) if c in CONFIDENCES]
        starts = [s for s in (_text(r.get("valid_from")) for r in rows) if s]
        ends = [e for e in (_text(r.get("valid_to")) for r in rows) if e]
        sources = sorted({s for r in rows for s in (_text(r.get("source")) or "").split("; ")
                          if s})
        units = sum(int(r["units"]) for r in rows if _text(r.get("units")) is not None) \
            if "units" in columns else len(rows)
        seen[force] = seen.get(force, 0) + 1
        features.append({
            "type": "Feature",
            "id": force if seen[force] == 1 else f"{force}.{seen[force]}",
            "properties": {
                "force": force,
                "forces": list(dict.fromkeys(x for r in rows for x in _forces_of(r, force))),
                "name": f.name, "colour": f.colour, "contested": contested,
                "confidence": max(confidences, key=CONFIDENCES.index) if confidences else None,
                "source": _join_sources(sources) if sources else None,
                "valid_from": max(starts) if starts else None,
                "valid_to": min(ends) if ends else None,
                "units": units or None,
            },
            "geometry": shapely.geometry.mapping(geom),
        })
    return features


# -- the cache: per epoch, in memory and on disk -----------------------------------------------
_MEMORY: OrderedDict = OrderedDict()
_LOCK = threading.Lock()


def _features_of_epoch(index, day: dt.date, tolerance: float, digits: int) -> list[dict]:
    fingerprint = getattr(index, "fingerprint", None)
    epoch_of = getattr(index, "epoch_of", None)
    if fingerprint is None or epoch_of is None:  # any other index: built every time
        return _build_features(index, day, tolerance, digits)
    key = (fingerprint, epoch_of(day), tolerance, digits)
    with _LOCK:
        hit = _MEMORY.get(key)
        if hit is not None:
            _MEMORY.move_to_end(key)
            return hit
    path = cache_folder(fingerprint) / f"{key[1]}-{tolerance:g}-{digits}.json"
    hit = _read_json(path)
    if hit is None:
        text = json.dumps(_build_features(index, day, tolerance, digits), separators=(",", ":"))
        _write_text(path, text)
        hit = json.loads(text)  # the same (lists, not tuples) as read from disk
    with _LOCK:
        _MEMORY[key] = hit
        while len(_MEMORY) > MEMORY_EPOCHS:
            _MEMORY.popitem(last=False)
    return hit


def warm_snapshots(index, *, tolerance: float = SNAPSHOT_TOLERANCE,
                   digits: int = SNAPSHOT_DIGITS, stop: threading.Event | None = None,
                   progress=None) -> int:
    """Build and persist the features of every epoch not yet on disk, newest first.

    Returns how many were built. ``stop`` (an event) ends it early; ``progress(done,
    total)`` is called after each epoch.

    >>> warm_snapshots(ControlIndex.load())                         # doctest: +SKIP
    198
    """
    folder = cache_folder(index.fingerprint)
    days = index.epoch_days()
    built = 0
    for i, day in enumerate(reversed(days)):
        if stop is not None and stop.is_set():
            break
        path = folder / f"{index.epoch_of(day)}-{tolerance:g}-{digits}.json"
        if not path.is_file():
            _write_text(path, json.dumps(_build_features(index, day, tolerance, digits),
                                         separators=(",", ":")))
            built += 1
        if progress:
            progress(i + 1, len(days))
    return built


def cache_folder(fingerprint: str) -> Path:
    """The user-cache folder of one dataset version (an index's :attr:`fingerprint`): its
    snapshots and the index's timelines; the code that draws the snapshots is in the key.

    >>> cache_folder(ControlIndex.load().fingerprint).name          # doctest: +SKIP
    'control-snapshots-3f2a…-9b1c…'
    """
    return user_cache_dir() / (f"control-snapshots-{fingerprint[:16]}-"
                               f"{code_version(sys.modules[__name__])}")


def _read_json(path: Path):
    try:
        with open(path, encoding="utf-8") as f:
            os.utime(path.parent)  # recently used, for pruning
            return json.load(f)
    except (OSError, ValueError):
        return None  # missing or damaged: built again


def _write_text(path: Path, text: str) -> None:
    write_cached(path, text.encode("utf-8"))


def write_cached(path: Path, data: bytes, kind: str = "control-snapshots-") -> None:
    """Write a file of a user-cache folder (:func:`cache_folder`, or another folder named
    ``kind`` + its key) atomically: another process may be reading it. Starting a folder
    prunes the oldest of its kind but ``KEEP_CACHES``; a read-only cache only costs time."""
    try:
        new = not path.parent.is_dir()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        if new:
            folders = sorted(path.parent.parent.glob(f"{kind}*"),
                             key=lambda p: p.stat().st_mtime, reverse=True)
            for old in folders[KEEP_CACHES:]:
                shutil.rmtree(old, ignore_errors=True)
    except OSError:
        pass
