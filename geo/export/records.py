"""The public export record: one flat row per incident, its columns and their HXL hashtags.

>>> COLUMNS[:3]
('id', 'date', 'date_precision')
>>> HXL_ROW[COLUMNS.index("killed")]
'#affected+killed'
"""

from __future__ import annotations

from typing import Iterable

from ..store.geometry import COORD_DIGITS
from ..store.records import point

__all__ = ["EXPORT_COLUMNS", "COLUMNS", "HXL_ROW", "DATE_COLUMNS", "export_rows", "export_columns",
           "rows_of", "columns_of",
           "incident_feature", "record_feature", "record_features", "public_features_json"]

# (column, HXL hashtag) in export order.
EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "#event+id"),
    ("date", "#date+occurred"),
    ("date_precision", "#meta+precision+date"),  # day, month, year...: not itself a date
    ("date_start", "#date+start"),
    ("date_end", "#date+end"),
    ("date_documented", "#date+documented"),
    ("category", "#event+category"),
    ("cause", "#event+cause"),
    ("perpetrator", "#org+perpetrator+code"),
    ("perpetrator_name", "#org+perpetrator+name"),
    ("killed", "#affected+killed"),
    ("children", "#affected+killed+children"),
    ("women", "#affected+killed+women"),
    ("injured", "#affected+injured"),
    # All deaths, combatants included. An HXL pattern matches every column holding its
    # attributes, so #affected+killed also matches these (and the children and women); libhxl's
    # row value and sums by it are the civilians (the first match, never empty), and
    # #affected+killed! selects that column alone (tests/test_standards.py).
    ("deaths_total", "#affected+killed+total"),
    ("deaths_low", "#affected+killed+total+min"),
    ("deaths_high", "#affected+killed+total+max"),
    ("adm1_pcode", "#adm1+code"),
    ("adm1_name", "#adm1+name"),
    ("adm1_name_ar", "#adm1+name+i_ar"),
    ("adm2_pcode", "#adm2+code"),
    ("adm2_name", "#adm2+name"),
    ("adm2_name_ar", "#adm2+name+i_ar"),
    ("adm3_pcode", "#adm3+code"),
    ("adm3_name", "#adm3+name"),
    ("adm3_name_ar", "#adm3+name+i_ar"),
    ("community_pcode", "#loc+community+code"),
    ("community_name", "#loc+community+name"),
    ("community_name_ar", "#loc+community+name+i_ar"),
    ("place_text", "#loc+name"),
    ("lon", "#geo+lon"),
    ("lat", "#geo+lat"),
    ("location_precision", "#geo+precision"),
    ("location_precision_name", "#geo+precision+name"),
    ("radius_m", "#geo+radius"),
    ("control", "#org+control+computed+code"),
    ("control_name", "#org+control+computed+name"),
    ("stated_control", "#org+control+stated+code"),
    ("control_agrees", "#indicator+control+agrees"),
    ("source_title", "#meta+source+title"),
    ("source_publisher", "#meta+source+publisher"),
    ("source_url", "#meta+source+url"),
    ("source_date", "#date+source"),
    ("source_sentence", "#meta+source+sentence"),
    ("dataset", "#meta+dataset"),
    # One event, many sources (geo.linking): the record standing for the event, and the others.
    ("event_id", "#event+id+main"),
    ("linked_ids", "#event+id+linked"),
)
COLUMNS = tuple(c for c, _ in EXPORT_COLUMNS)
DATE_COLUMNS = ("date", "date_start", "date_end", "date_documented", "source_date")
HXL_ROW = tuple(t for _, t in EXPORT_COLUMNS)


def incident_feature(inc, *, names: bool = False, key: bytes | None = None) -> dict:
    """One incident as the API shows it: a GeoJSON Feature (victim names only with ``names``).

    >>> import datetime as dt
    >>> from geo.incident import Incident
    >>> f = incident_feature(Incident(date=dt.date(2023, 7, 11), category="landmine", killed=1,
    ...     victim_names=["Hanan al-Dreib"], lon=40.21, lat=35.07, source_id="x", dataset="t"))
    >>> f["geometry"]["coordinates"], "victim_names" in f["properties"]
    ([40.21, 35.07], False)
    """
    return record_feature(inc.to_dict(include_names=names, key=key), names=names)


def record_features(records, *, names: bool = False, key: bytes | None = None) -> list[dict]:
    """:func:`incident_feature` of each record of a :class:`geo.store.records.Records`
    (:meth:`~geo.store.records.Records.features`)."""
    return records.features(names=names, key=key)


def public_features_json(selection, *, key: bytes | None = None) -> bytes:
    """The JSON array of the public GeoJSON Features of a selection (the store's
    :meth:`~geo.store.IncidentStore.select`): what ``record_features`` gives of its records,
    as JSON: each feature's text as the store keeps it (:mod:`geo.store.sqlfeatures`: made
    when the record was written), or made now, most by the database.

    >>> json.loads(public_features_json(store.select(limit=2)))[0]["type"]  # doctest: +SKIP
    'Feature'
    """
    # One copy of the (15 MB for 10,000) members, not two (b"[" + ... + b"]").
    return b"".join((b"[", selection.public_features_joined(key), b"]"))


_NAMES = ("victim_names", "injured_names")


def record_feature(props: dict, *, names: bool = False) -> dict:
    """A record as a GeoJSON Feature: the public form's (or, ``names``, the whole record)."""
    if not names:
        props = {k: v for k, v in props.items() if k not in _NAMES}
    return {"type": "Feature", "id": props["id"], "geometry": point(props.get("lon"), props.get("lat")),
            "properties": props}


def _place_names(gazetteer, pcode: str | None) -> tuple[str | None, str | None]:
    if gazetteer is None or not pcode:
        return None, None
    try:
        place = gazetteer.get(pcode)
    except (KeyError, LookupError):
        return None, None
    return place.name_en or None, place.name_ar or None


def _city_of(gazetteer, pcode: str) -> str | None:
    try:
        return gazetteer.get(pcode).city_pcode
    except (KeyError, LookupError):
        return None


# The export columns that are the public record's own fields, as they are.
_RECORD_COLUMNS = ("id", "date", "date_precision", "date_documented", "category", "cause",
                   "perpetrator", "killed", "children", "women", "injured", "deaths_total",
                   "deaths_low", "deaths_high", "adm1_pcode", "adm2_pcode", "adm3_pcode",
                   "place_text", "location_precision", "radius_m", "stated_control",
                   "source_title", "source_publisher", "source_url", "source_date",
                   "source_sentence", "dataset", "event_id")


def export_rows(incidents: Iterable, *, gazetteer=None, control_index=None,
                key: bytes | None = None) -> list[dict]:
    """Flat, public records for export, one per incident, in :data:`COLUMNS` order
    (:func:`export_columns`, a dict per row).

    Every value comes from the incident's public form (:func:`geo.privacy.public_form`),
    the other records of its event too (``linked_ids``: their public ids).
    """
    return rows_of(export_columns(incidents, gazetteer=gazetteer, control_index=control_index,
                                  key=key))


def rows_of(columns: dict[str, list]) -> list[dict]:
    """Export columns as rows: a dict per incident, in :data:`COLUMNS` order."""
    return [dict(zip(COLUMNS, values)) for values in zip(*(columns[c] for c in COLUMNS))]


def columns_of(rows: Iterable[dict]) -> dict[str, list]:
    """Export rows as columns (the inverse of :func:`rows_of`)."""
    rows = list(rows)
    return {c: [r[c] for r in rows] for c in COLUMNS}


def export_columns(incidents, *, gazetteer=None, control_index=None,
                   key: bytes | None = None) -> dict[str, list]:
    """The export's values, a list per column of :data:`COLUMNS`, an item per incident.

    Parameters
    ----------
    incidents
        :class:`geo.incident.Incident` objects, or :class:`geo.store.records.Records` (a
        chunk of the store's :meth:`~geo.store.IncidentStore.select`).
    gazetteer
        Gives the English and Arabic names of each P-code (left empty without it).
    control_index
        Fills the controlling force of incidents stored without one.
    key
        The store's :attr:`~geo.store.IncidentStore.id_key`, for the public ids.

    Built column by column from the public form (:meth:`Records.public_columns`): the
    names of a P-code are looked up once per chunk.
    """
    from ..force import FORCES
    from ..incident import PERPETRATORS, control_agrees
    from ..precision import LocationPrecision
    from ..store.records import Records

    records = incidents if isinstance(incidents, Records) else Records.of(incidents)
    pub = records.public_columns(key)
    n = len(records)
    col: dict[str, list] = {c: pub[c] for c in _RECORD_COLUMNS}
    lons, lats = pub["lon"], pub["lat"]
    control = list(pub["computed_control"])
    missing = [i for i in range(n) if control[i] is None and lons[i] is not None]
    if control_index is not None and missing:
        frame = control_index.control_many([lons[i] for i in missing], [lats[i] for i in missing],
                                           [col["date"][i] for i in missing])
        for i, force in zip(missing, frame["force"].tolist()):
            control[i] = force
    cities: dict[str, str | None] = {}
    community = []
    for level, pcode in zip(pub["level"], pub["pcode"]):
        if pcode and level == "community":
            community.append(pcode)
        elif pcode and level == "neighbourhood" and gazetteer is not None:
            community.append(cities[pcode] if pcode in cities
                             else cities.setdefault(pcode, _city_of(gazetteer, pcode)))
        else:
            community.append(None)
    col["community_pcode"] = community
    names: dict[str | None, tuple[str | None, str | None]] = {}
    for level in ("adm1", "adm2", "adm3", "community"):
        pairs = [names[p] if p in names else names.setdefault(p, _place_names(gazetteer, p))
                 for p in col[f"{level}_pcode"]]
        col[f"{level}_name"] = [a for a, _ in pairs]
        col[f"{level}_name_ar"] = [b for _, b in pairs]
    col["perpetrator_name"] = [PERPETRATORS[p].name if p in PERPETRATORS else text
                               for p, text in zip(col["perpetrator"], pub["perpetrator_text"])]
    col["lon"] = [None if v is None else round(v, COORD_DIGITS) for v in lons]
    col["lat"] = [None if v is None else round(v, COORD_DIGITS) for v in lats]
    precision_names = {int(p): p.name.lower() for p in LocationPrecision}
    col["location_precision_name"] = [precision_names.get(p) for p in col["location_precision"]]
    # The whole span the date allows (a month, a UCDP year-long aggregate), always given.
    col["date_start"], col["date_end"] = records.starts, records.ends
    col["control"] = control
    col["control_name"] = [FORCES[c].name if c in FORCES else None for c in control]
    col["control_agrees"] = [agrees if computed else control_agrees(stated, c)
                             for agrees, computed, stated, c in zip(
                                 pub["control_agrees"], pub["computed_control"],
                                 pub["stated_control"], control)]
    col["linked_ids"] = [";".join(ids) or None if ids else None for ids in pub["linked_ids"]]
    return {c: col[c] for c in COLUMNS}
