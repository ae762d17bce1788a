"""A control dataset on disk: ``periods.csv`` + ``areas.geojson`` (+ optional ``coverage.json``).

The format (docs/design.md, "Bundled control dataset"):

``periods.csv``
    ``unit,force,valid_from,valid_to,contested,also,confidence,source,note``;
    ``valid_to`` empty = open-ended; dates ISO and inclusive; ``also`` is
    ``;``-separated force codes; ``confidence`` high|medium|low.
``areas.geojson``
    polygons with properties ``id`` (``area:...``), ``name``, ``vertices``, ``note``.
``coverage.json`` (optional)
    ``{"first": "2017-07-01", "last": "2025-12-31", "last_verified": "2025-06-30"}``:
    the days the data answers for and (optional) the last day it was checked
    against dated reporting (see :mod:`geo.control.coverage`). Without it
    coverage runs from the first ``valid_from`` to the last date written in
    the file.

Datasets stack as *layers* (:meth:`ControlDataset.stack`): user-imported
layers above the bundled dataset, the first layer that has a period for a
place and day answering, and every answer naming its layer.

The same format is what ``incmap control import`` writes, so an imported
file can be queried like the bundled one.

>>> ds = ControlDataset.read("geo/data/control")            # doctest: +SKIP
>>> len(ds.periods), ds.coverage                            # doctest: +SKIP
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from ..errors import InputError
from ..force import parse_force
from ..tabular import csv_rows, read_text
from .coverage import Coverage
from .period import CONFIDENCES, ControlPeriod, check_no_overlaps, parse_day, unit_kind

__all__ = ["ControlDataset", "BUNDLED_DIR", "PERIOD_FIELDS", "read_periods_csv", "read_areas",
           "period_row", "period_from_row"]

BUNDLED_DIR = Path(__file__).resolve().parent.parent / "data" / "control"
PERIOD_FIELDS = ["unit", "force", "valid_from", "valid_to", "contested", "also", "confidence",
                 "source", "note"]
_TRUE = {"true", "yes", "1", "y", "t", "contested"}
_FALSE = {"", "false", "no", "0", "n", "f"}


def _bool(value: str, *, source, line, field) -> bool:
    v = (value or "").strip().lower()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    raise InputError(f"expected true or false, got {value[:30]!r}", source=source, line=line,
                     field=field)


def read_periods_csv(path: str | os.PathLike, *, text: str | None = None,
                     known_units=None) -> list[ControlPeriod]:
    """Read a ``periods.csv``; every error names the line and the field; overlaps are refused.

    ``known_units``: a container of unit ids that exist (P-codes and area ids);
    other units are refused.
    """
    src = str(path)
    _, rows = csv_rows(read_text(path) if text is None else text, src,
                       required=("unit", "force", "valid_from", "valid_to"))
    out = [period_from_row(row, source=src, line=line, known_units=known_units)
           for line, row in rows]
    check_no_overlaps(out, source=src)
    return out


def period_row(p: ControlPeriod) -> list[str]:
    """A period as a ``periods.csv`` row (:data:`PERIOD_FIELDS`): the inverse of
    :func:`period_from_row`."""
    return [p.unit, p.force, p.valid_from.isoformat(),
            p.valid_to.isoformat() if p.valid_to else "", "true" if p.contested else "",
            ";".join(p.also), p.confidence, p.source, p.note]


def period_from_row(row: dict, *, source: str, line: int, known_units=None) -> ControlPeriod:
    """One ``periods.csv`` row (a dict of strings) as a checked :class:`ControlPeriod`."""
    unit = (row.get("unit") or "").strip()
    if unit_kind(unit) is None:
        raise InputError(f"unit {unit[:40]!r} is not a P-code (C1234, SY02, SY0205, SY020203) "
                         f"or an area id (area:name)", source=source, line=line, field="unit")
    if known_units is not None and unit not in known_units:
        raise InputError(f"unknown unit {unit!r}", source=source, line=line, field="unit")
    day = parse_day(row.get("valid_from") or "", source=source, line=line, field="valid_from")
    end_text = (row.get("valid_to") or "").strip()
    end = parse_day(end_text, source=source, line=line, field="valid_to") if end_text else None
    if end is not None and end < day:
        raise InputError(f"valid_to {end} is before valid_from {day}", source=source, line=line,
                         field="valid_to")
    parsed = parse_force((row.get("force") or "").strip(), date=day, source=source, line=line,
                         field="force")
    also = list(parsed.also)
    for part in (row.get("also") or "").split(";"):
        if part.strip():
            code = parse_force(part.strip(), date=day, source=source, line=line, field="also").code
            if code != parsed.code and code not in also:
                also.append(code)
    confidence = (row.get("confidence") or "medium").strip().lower() or "medium"
    if confidence not in CONFIDENCES:
        raise InputError(f"confidence {confidence[:20]!r} is not one of {', '.join(CONFIDENCES)}",
                         source=source, line=line, field="confidence")
    contested = _bool(row.get("contested") or "", source=source, line=line, field="contested")
    return ControlPeriod(unit, parsed.code, day, end, contested or parsed.contested, tuple(also),
                         confidence, (row.get("source") or "").strip(),
                         (row.get("note") or "").strip(), origin=f"{source}:{line}")


def read_areas(path: str | os.PathLike) -> gpd.GeoDataFrame:
    """Read ``areas.geojson``: ids checked unique and well-formed, geometries repaired or refused."""
    src = str(path)
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read as GeoJSON ({exc})", source=src) from exc
    features = raw.get("features") if isinstance(raw, dict) else None
    if not isinstance(features, list):
        raise InputError("not a GeoJSON FeatureCollection", source=src)
    rows = []
    seen: set[str] = set()
    for i, feat in enumerate(features, start=1):
        where = f"feature {i}"
        props = (feat or {}).get("properties") or {}
        area_id = str(props.get("id") or "").strip()
        if unit_kind(area_id) != "area":
            raise InputError(f"{where}: id {area_id[:40]!r} is not an area id such as "
                             f"'area:tanf-55km'", source=src, field="id")
        if area_id in seen:
            raise InputError(f"{where}: duplicate id {area_id!r}", source=src, field="id")
        seen.add(area_id)
        try:
            geom = shapely.geometry.shape(feat.get("geometry"))
        except Exception as exc:
            raise InputError(f"{where} ({area_id}): bad geometry ({exc})", source=src,
                             field="geometry") from exc
        geom = _polygonal(geom, where=f"{where} ({area_id})", source=src)
        vertices = props.get("vertices") or []
        if isinstance(vertices, str):
            vertices = [v.strip() for v in vertices.replace(";", ",").split(",") if v.strip()]
        rows.append({"id": area_id, "name": str(props.get("name") or area_id),
                     "vertices": list(map(str, vertices)), "note": str(props.get("note") or ""),
                     "geometry": geom})
    frame = gpd.GeoDataFrame(rows, columns=["id", "name", "vertices", "note", "geometry"],
                             geometry="geometry", crs=4326)
    return frame.set_index("id", drop=False)


def _polygonal(geom, *, where: str, source: str):
    """A valid (Multi)Polygon: repaired with make_valid when needed, refused when empty or not areal."""
    if geom is None or geom.is_empty:
        raise InputError(f"{where}: empty geometry", source=source, field="geometry")
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    if geom.geom_type == "GeometryCollection":
        parts = [g for g in geom.geoms if g.geom_type in ("Polygon", "MultiPolygon")]
        geom = shapely.union_all(parts) if parts else geom
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.area == 0:
        raise InputError(f"{where}: a {geom.geom_type} is not an area; draw a polygon",
                         source=source, field="geometry")
    return geom


@dataclass
class ControlDataset:
    """Periods and drawn areas, checked: no overlaps, every area unit defined."""

    periods: list[ControlPeriod]
    areas: gpd.GeoDataFrame = field(default_factory=lambda: gpd.GeoDataFrame(
        {"id": [], "name": [], "vertices": [], "note": []}, geometry=[], crs=4326))
    declared_coverage: tuple[dt.date, dt.date] | None = None
    path: Path | None = None
    last_verified: dt.date | None = None  # from coverage.json; None: the coverage end
    name: str = ""  # the layer name answers cite; "" for a single dataset
    layers: tuple[str, ...] = ()  # stacked: the layer names, highest precedence first

    def __post_init__(self):
        check_no_overlaps(self.periods, source=str(self.path) if self.path else None)
        area_ids = set(self.areas["id"]) if len(self.areas) else set()
        for p in self.periods:
            if p.unit_kind == "area" and p.unit not in area_ids:
                raise InputError(f"period for {p.unit!r} but no such area in areas.geojson",
                                 source=p.origin or None, field="unit")

    @property
    def coverage(self) -> tuple[dt.date, dt.date] | None:
        """(first, last) day the data vouches for; None when there are no periods."""
        if self.declared_coverage:
            return self.declared_coverage
        if not self.periods:
            return None
        first = min(p.valid_from for p in self.periods)
        last = max(max(p.valid_from, p.valid_to or p.valid_from) for p in self.periods)
        return first, last

    @property
    def coverage_info(self) -> Coverage | None:
        """:attr:`coverage` with the last verified day (:class:`geo.control.coverage.Coverage`)."""
        cov = self.coverage
        return Coverage(cov[0], cov[1], self.last_verified) if cov else None

    @classmethod
    def stack(cls, layers: list["ControlDataset"]) -> "ControlDataset":
        """Layers as one dataset: the first layer with a period for a place and day answers.

        Precedence is by layer first (``layers[0]`` highest; put user-imported layers
        before the bundled dataset), then, within a layer, by unit (community > area >
        sub-district > district > governorate). Each period keeps its layer's name
        (``ControlPeriod.layer``), which every answer reports. Coverage is the union of
        the layers'; the last verified day is the latest any layer vouches for.

        >>> both = ControlDataset.stack([ControlDataset.read("my-layer"),
        ...                              ControlDataset.read()])       # doctest: +SKIP
        >>> both.layers                                                 # doctest: +SKIP
        ('my-layer', 'bundled')
        """
        if not layers:
            raise InputError("no layers to stack")
        names = [ds.name or (ds.path.name if ds.path else f"layer{i + 1}")
                 for i, ds in enumerate(layers)]
        if len(set(names)) != len(names):
            raise InputError(f"two layers have the same name: {', '.join(names)}; rename a "
                             f"folder")
        periods, frames, seen = [], [], {}
        for name, ds in zip(names, layers):
            periods += [p.with_(layer=name) for p in ds.periods]
            if len(ds.areas):
                for area_id in ds.areas["id"]:
                    if area_id in seen:
                        raise InputError(f"area {area_id!r} is in layers {seen[area_id]!r} and "
                                         f"{name!r}; area ids must differ between layers")
                    seen[area_id] = name
                frames.append(ds.areas)
        covs = [ds.coverage_info for ds in layers if ds.coverage_info]
        declared = (min(c.first for c in covs), max(c.last for c in covs)) if covs else None
        verified = max(c.verified_to for c in covs) if covs else None
        areas = pd.concat(frames) if frames else cls.__dataclass_fields__[
            "areas"].default_factory()
        return cls(periods, areas, declared, None, verified, "+".join(names), tuple(names))

    def area_conflicts(self) -> list[str]:
        """Drawn areas that overlap and are held by different forces on the same days.

        The index resolves them (the smaller area wins); this lists them so that
        an author can check each one.
        """
        if len(self.areas) < 2:
            return []
        geoms = self.areas.geometry.values
        ids = self.areas["id"].tolist()
        tree = shapely.STRtree(geoms)
        a, b = tree.query(geoms, predicate="intersects")
        by_unit: dict[str, list[ControlPeriod]] = {}
        for p in self.periods:
            by_unit.setdefault(p.unit, []).append(p)
        out = []
        for i, j in zip(a, b):
            if i >= j:
                continue
            inter = shapely.intersection(geoms[i], geoms[j])
            if inter.area <= 0:
                continue
            for p in by_unit.get(ids[i], []):
                for q in by_unit.get(ids[j], []):
                    start = max(p.valid_from, q.valid_from)
                    ends = [e for e in (p.valid_to, q.valid_to) if e is not None]
                    end = min(ends) if ends else None
                    if p.force != q.force and (end is None or start <= end):
                        out.append(f"{ids[i]} ({p.force}) and {ids[j]} ({q.force}) overlap "
                                   f"from {start} to {end or 'open end'}")
        return out

    @property
    def fingerprint(self) -> str:
        """A checksum of the areas' geometry (what the tessellation depends on)."""
        h = hashlib.sha256()
        for area_id, geom in sorted(zip(self.areas["id"], self.areas.geometry.to_wkb()),
                                    key=lambda x: x[0]):
            h.update(area_id.encode() + b"\0" + geom)
        return h.hexdigest()[:16]

    @classmethod
    def read(cls, folder: str | os.PathLike | None = None, *, known_units=None) -> "ControlDataset":
        """Read a dataset folder (the bundled one by default)."""
        folder = Path(folder) if folder is not None else BUNDLED_DIR
        periods_path = folder / "periods.csv"
        if not periods_path.is_file():
            raise InputError(f"no periods.csv in {folder}; a control dataset is a folder with "
                             f"periods.csv and (optionally) areas.geojson", source=str(folder))
        areas_path = folder / "areas.geojson"
        areas = read_areas(areas_path) if areas_path.is_file() else cls.__dataclass_fields__[
            "areas"].default_factory()
        units = None
        if known_units is not None:
            units = set(known_units) | set(areas["id"])
        periods = read_periods_csv(periods_path, known_units=units)
        coverage = verified = None
        cov_path = folder / "coverage.json"
        if cov_path.is_file():
            try:
                raw = json.loads(cov_path.read_text(encoding="utf-8"))
                coverage = (parse_day(raw["first"], source=str(cov_path), field="first"),
                            parse_day(raw["last"], source=str(cov_path), field="last"))
                if raw.get("last_verified"):
                    verified = parse_day(raw["last_verified"], source=str(cov_path),
                                         field="last_verified")
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                if isinstance(exc, InputError):
                    raise
                raise InputError(f"expected {{\"first\": \"YYYY-MM-DD\", \"last\": \"YYYY-MM-DD\"}}"
                                 f" ({exc})", source=str(cov_path)) from exc
        name = "bundled" if folder.resolve() == BUNDLED_DIR.resolve() else folder.name
        return cls(periods, areas, coverage, folder, verified, name)

    def write(self, folder: str | os.PathLike) -> Path:
        """Write the dataset to ``folder`` atomically (all files or none)."""
        folder = Path(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-"))
        try:
            with (tmp / "periods.csv").open("w", encoding="utf-8", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(PERIOD_FIELDS)
                for p in sorted(self.periods, key=lambda p: (p.unit, p.valid_from)):
                    w.writerow(period_row(p))
            if len(self.areas):
                feats = [{"type": "Feature",
                          "properties": {"id": r["id"], "name": r["name"],
                                         "vertices": list(r["vertices"]), "note": r["note"]},
                          "geometry": shapely.geometry.mapping(
                              shapely.orient_polygons(r["geometry"]))}
                         for _, r in self.areas.iterrows()]
                (tmp / "areas.geojson").write_text(json.dumps(
                    {"type": "FeatureCollection", "features": feats}, ensure_ascii=False),
                    encoding="utf-8")
            if self.declared_coverage:
                cov = {"first": self.declared_coverage[0].isoformat(),
                       "last": self.declared_coverage[1].isoformat()}
                if self.last_verified:
                    cov["last_verified"] = self.last_verified.isoformat()
                (tmp / "coverage.json").write_text(json.dumps(cov), encoding="utf-8")
            if folder.exists():
                old = folder.with_name(f".{folder.name}.old")
                shutil.rmtree(old, ignore_errors=True)
                os.replace(folder, old)
                os.replace(tmp, folder)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(tmp, folder)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return folder
