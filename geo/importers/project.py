"""The project's own formats: incidents CSV (with an optional HXL row) and GeoJSON.

The columns are the fields of :class:`geo.incident.Incident` (documented in
docs/incidents.md). Only ``date``, ``category`` and ``killed`` are required;
every row needs ``lon`` + ``lat`` or a ``place_text``. ``victim_names`` holds
names separated by ``;``. ``computed_control``, ``computed_forces`` and
``control_agrees`` are recomputed from the control index on import, whatever
the file says, so a file cannot claim an agreement the index does not make.

>>> batch = read_csv("tests/data/incidents/project_valid.csv")   # doctest: +SKIP
>>> len(batch.incidents)                                          # doctest: +SKIP
6
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..incident import FIELDS, HXL_FIELD, Incident
from ..inputrules import check_incident, load_json
from .common import Batch, build, csv_rows, progress, read_text

__all__ = ["read_csv", "read_geojson", "CSV_COLUMNS", "REQUIRED", "DERIVED"]

REQUIRED = ("date", "category", "killed")
# Columns a file may carry (e.g. an export) that are recomputed on import.
DERIVED = ("control_agrees", "date_start", "row_hash", "updated_at", "fid")
CSV_COLUMNS = FIELDS + DERIVED
_RECOMPUTED = ("computed_control", "computed_forces") + DERIVED


def _incident(values: dict, dataset: str) -> Incident:
    d = {k: v for k, v in values.items() if k in FIELDS and k not in _RECOMPUTED}
    d = {k: (v if not isinstance(v, str) or v.strip() else None) for k, v in d.items()}
    if not d.get("dataset"):
        d["dataset"] = dataset
    if d.get("lon") is None and d.get("lat") is None and not d.get("place_text"):
        raise InputError("no place: give lon and lat, or place_text", field="place_text")
    d.setdefault("date", None)  # a row without one: the model's own error names the field
    return Incident(**d)


def read_csv(path: str | Path, *, lenient: bool = False, dataset: str = "local",
             show_progress: bool = False) -> Batch:
    """Read a project CSV; see the module doc for the columns."""
    source = str(path)
    text = read_text(path)
    _, rows = csv_rows(text, source, required=REQUIRED, known=CSV_COLUMNS, hxl=HXL_FIELD)
    batch = Batch(source, dataset)
    for line, row in progress(rows, total=text.count("\n"), desc="reading", enabled=show_progress):
        batch.rows += 1
        build(lambda: _incident(row, dataset), batch, line, lenient)
    return batch


def read_geojson(path: str | Path, *, lenient: bool = False, dataset: str = "local",
                 show_progress: bool = False) -> Batch:
    """Read a GeoJSON FeatureCollection of incidents (Point or null geometries).

    Properties are the CSV columns; a Point's coordinates are ``[lon, lat]``
    and win over ``lon`` / ``lat`` properties. Errors name the feature
    number (1-based) in place of a line.
    """
    source = str(path)
    text = read_text(path)
    doc = load_json(text, source=source)
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" \
            or not isinstance(doc.get("features"), list):
        raise InputError("not a GeoJSON FeatureCollection (need \"type\": \"FeatureCollection\" "
                         "and a \"features\" list)", source=source)
    batch = Batch(source, dataset)
    feats = doc["features"]
    for n, feat in enumerate(progress(feats, total=len(feats), desc="reading",
                                      enabled=show_progress), start=1):
        batch.rows += 1
        where = f"{source}, feature {n}"

        def make(feat=feat) -> Incident:
            if not isinstance(feat, dict) or feat.get("type") != "Feature":
                raise InputError("not a GeoJSON Feature", field="type")
            props = feat.get("properties") or {}
            if not isinstance(props, dict):
                raise InputError("properties must be an object", field="properties")
            extra = [k for k in props if k not in CSV_COLUMNS]
            if extra:
                raise InputError(f"unknown property {extra[0]!r}; the properties are: "
                                 f"{', '.join(CSV_COLUMNS)}", field=extra[0])
            values = dict(props)
            geom = feat.get("geometry")
            if geom is not None:
                if not isinstance(geom, dict) or geom.get("type") != "Point":
                    raise InputError(f"geometry must be a Point or null, not "
                                     f"{(geom or {}).get('type') if isinstance(geom, dict) else geom!r}",
                                     field="geometry")
                coords = geom.get("coordinates")
                if not isinstance(coords, list) or len(coords) < 2 or not all(
                        isinstance(c, (int, float)) and not isinstance(c, bool) for c in coords[:2]):
                    raise InputError(f"Point coordinates must be [lon, lat] numbers, not {coords!r}",
                                     field="geometry")
                values["lon"], values["lat"] = coords[0], coords[1]
            return check_incident(_incident(values, dataset))

        try:
            inc = make()
        except InputError as exc:
            err = InputError(exc.message, source=where, field=exc.field)
            if not lenient:
                raise err from None
            batch.skipped.append(err)
            continue
        batch.add(inc, n)
    return batch
