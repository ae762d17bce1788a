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

from ..columns import CHECK_RULES, apply_rules
from ..errors import InputError
from ..incident import FIELDS, HXL_FIELD, RULES, Incident, Rule, texts_kept
from ..inputrules import check_incident, load_json
from ..tabular import csv_columns
from .common import Batch, progress, read_text, row_error

__all__ = ["read_csv", "read_geojson", "CSV_COLUMNS", "REQUIRED", "DERIVED"]

REQUIRED = ("date", "category", "killed")
# Columns a file may carry (e.g. an export) that are recomputed on import.
DERIVED = ("control_agrees", "date_start", "row_hash", "updated_at", "fid")
CSV_COLUMNS = FIELDS + DERIVED
_RECOMPUTED = ("computed_control", "computed_forces") + DERIVED


def _blank(value):
    return (value if not isinstance(value, str) or value.strip() else None,)


def _has_place(lon, lat, place_text):
    if lon is None and lat is None and not place_text:
        raise InputError("no place: give lon and lat, or place_text", field="place_text")
    return ()


def _prepare(fields, dataset: str) -> list[Rule]:
    """What a row of the project's formats goes through before the model's rules: blank
    values are none, the dataset defaults to the importer's, a row must have a place."""
    return [*(Rule((f,), (f,), _blank, texts_kept) for f in fields),
            Rule(("dataset",), ("dataset",), lambda ds: (ds or dataset,)),
            Rule(("lon", "lat", "place_text"), (), _has_place)]


def _incident(values: dict, dataset: str) -> Incident:
    d = {k: v for k, v in values.items() if k in FIELDS and k not in _RECOMPUTED}
    for rule in _prepare(list(d), dataset):
        d.update(zip(rule.outputs, rule.fn(*(d.get(f) for f in rule.inputs))))
    d.setdefault("date", None)  # a row without one: the model's own error names the field
    return Incident(**d)


def read_csv(path: str | Path, *, lenient: bool = False, dataset: str = "local",
             show_progress: bool = False) -> Batch:
    """Read a project CSV; see the module doc for the columns.

    Read as columns (:mod:`geo.columns`): every rule of a row (this module's, the model's,
    :mod:`geo.inputrules`) runs once per distinct value, so a million rows take seconds.
    """
    source = str(path)
    text = read_text(path)
    header, blocks = csv_columns(text, source, required=REQUIRED, known=CSV_COLUMNS,
                                 hxl=HXL_FIELD)
    fields = [h for h in header if h in FIELDS and h not in _RECOMPUTED]
    rules = [*_prepare(fields, dataset), *RULES, *CHECK_RULES]
    batch = Batch(source, dataset)
    bar = progress(None, total=text.count("\n"), desc="reading", enabled=show_progress)
    del text
    for lines, columns in blocks:
        raw = {f: columns[f] for f in fields}
        raw.setdefault("dataset", [None] * len(lines))
        batch.rows += len(lines)
        table, errors = apply_rules(raw, lines, rules)
        for row, exc in errors:
            err = row_error(exc, source, lines[row])
            if not lenient:
                raise err
            batch.skipped.append(err)
        batch.extend(table)
        if bar is not None:
            bar.update(lines[-1] - bar.n)
    if bar is not None:
        bar.close()
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
