"""The public export record: one flat row per incident, its columns and their HXL hashtags.

>>> COLUMNS[:3]
('id', 'date', 'date_precision')
>>> HXL_ROW[COLUMNS.index("killed")]
'#affected+killed'
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from .geometry import COORD_DIGITS

__all__ = ["EXPORT_COLUMNS", "COLUMNS", "HXL_ROW", "DATE_COLUMNS", "export_rows",
           "incident_feature"]

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




def _value(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if hasattr(v, "value") and not isinstance(v, (int, float, str)):
        return v.value
    return v


def incident_feature(inc, *, names: bool = False, key: bytes | None = None) -> dict:
    """One incident as the API shows it: a GeoJSON Feature (victim names only with ``names``).

    >>> import datetime as dt
    >>> from geo.incident import Incident
    >>> f = incident_feature(Incident(date=dt.date(2023, 7, 11), category="landmine", killed=1,
    ...     victim_names=["Hanan al-Dreib"], lon=40.21, lat=35.07, source_id="x", dataset="t"))
    >>> f["geometry"]["coordinates"], "victim_names" in f["properties"]
    ([40.21, 35.07], False)
    """
    props = inc.to_dict(include_names=names, key=key)
    if not names:
        props.pop("victim_names", None)
        props.pop("injured_names", None)
    lon, lat = props.get("lon"), props.get("lat")
    geometry = None
    if lon is not None and lat is not None:
        geometry = {"type": "Point", "coordinates": [round(lon, COORD_DIGITS),
                                                     round(lat, COORD_DIGITS)]}
    return {"type": "Feature", "id": props["id"], "geometry": geometry, "properties": props}


def _place_names(gazetteer, pcode: str | None) -> tuple[str | None, str | None]:
    if gazetteer is None or not pcode:
        return None, None
    try:
        place = gazetteer.get(pcode)
    except (KeyError, LookupError):
        return None, None
    return place.name_en or None, place.name_ar or None


def _community_of(inc, gazetteer) -> str | None:
    """The community an incident is placed in: its own P-code, a neighbourhood's city."""
    if not inc.pcode:
        return None
    if inc.level == "community":
        return inc.pcode
    if inc.level == "neighbourhood" and gazetteer is not None:
        try:
            return gazetteer.get(inc.pcode).city_pcode
        except (KeyError, LookupError):
            return None
    return None


def export_rows(incidents: Iterable, *, gazetteer=None, control_index=None,
                key: bytes | None = None) -> list[dict]:
    """Flat, public records for export, one per incident, in :data:`COLUMNS` order.

    Parameters
    ----------
    incidents
        :class:`geo.incident.Incident` objects.
    gazetteer
        Gives the English and Arabic names of each P-code (left empty without it).
    control_index
        Fills the controlling force of incidents stored without one.
    key
        The store's :attr:`~geo.store.IncidentStore.id_key`, for the public ids.

    Every value comes from the incident's public form (:func:`geo.privacy.public_form`).
    """
    from ..force import FORCES
    from ..incident import PERPETRATORS, control_agrees

    rows = []
    id_key = key  # "key" names the place levels below
    incidents = list(incidents)
    missing = [i for i, inc in enumerate(incidents)
               if inc.computed_control is None and inc.lon is not None]
    filled: dict[int, str] = {}
    if control_index is not None and missing:
        frame = control_index.control_many([incidents[i].lon for i in missing],
                                           [incidents[i].lat for i in missing],
                                           [incidents[i].date for i in missing])
        filled = dict(zip(missing, frame["force"].tolist()))
    for i, inc in enumerate(incidents):
        public = inc.to_dict(include_names=False, key=id_key)
        control = inc.computed_control or filled.get(i)
        community = _community_of(inc, gazetteer)
        names = {}
        for key, pcode in (("adm1", inc.adm1_pcode), ("adm2", inc.adm2_pcode),
                           ("adm3", inc.adm3_pcode), ("community", community)):
            names[f"{key}_name"], names[f"{key}_name_ar"] = _place_names(gazetteer, pcode)
        lp = inc.location_precision
        perp = PERPETRATORS.get(inc.perpetrator) if inc.perpetrator else None
        first, last = inc.date_interval
        row = {
            **{k: _value(public.get(k)) for k in COLUMNS if k in public},
            **names,
            "community_pcode": community,
            "perpetrator_name": perp.name if perp else public["perpetrator_text"],
            "lon": None if inc.lon is None else round(inc.lon, COORD_DIGITS),
            "lat": None if inc.lat is None else round(inc.lat, COORD_DIGITS),
            "location_precision": int(lp) if lp is not None else None,
            "location_precision_name": lp.name.lower() if lp is not None else None,
            # The whole span the date allows (a month, a UCDP year-long aggregate), always given.
            "date_start": first.isoformat(),
            "date_end": last.isoformat(),
            "control": control,
            "control_name": FORCES[control].name if control in FORCES else None,
            "control_agrees": (inc.control_agrees if inc.computed_control
                               else control_agrees(inc.stated_control, control)),
            "linked_ids": ";".join(inc.linked_ids) or None,
        }
        rows.append({k: row.get(k) for k in COLUMNS})
    return rows


