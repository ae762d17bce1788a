"""What an export says about itself: title, time, query, notes, and whom to credit.

The credits come from the one table of sources, :data:`geo.reference.sources.SOURCES`.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from ..reference.sources import SOURCES

__all__ = ["ATTRIBUTIONS", "attribution", "metadata", "provenance_rows"]

# Who must be credited, as plain dicts (name, license, text, url), keyed like SOURCES.
ATTRIBUTIONS = {key: source.to_dict() for key, source in SOURCES.items()}


def attribution(rows: Sequence[dict]) -> list[dict]:
    """The sources to credit for these records.

    OCHA (P-codes and names) always; Wikipedia when a controlling force is
    given (the bundled control dataset is built from its marks); UCDP, SNHR and
    ACLED when their records are present; GeoNames when a place was geocoded
    from text (the geocoder reads GeoNames' Arabic names).
    """
    keys = ["ocha"]
    if any(r.get("control") for r in rows):
        keys.append("wikipedia")
    datasets = {str(r.get("dataset") or "").lower() for r in rows}
    if any(r.get("place_text") and (r.get("dataset") or "").lower() not in ("ucdp", "acled")
           for r in rows):
        keys.append("geonames")
    for ds in ("ucdp", "snhr", "acled"):
        if any(d.startswith(ds) for d in datasets):
            keys.append(ds)
    return [ATTRIBUTIONS[k] for k in keys]


def provenance_rows(provenance: Sequence[dict], *, control_filled: bool = False) -> list[dict]:
    """Rows that stand for a selection in :func:`attribution`, one per dataset, from its
    provenance (:meth:`geo.store.sqlread.Selection.provenance`): an export that streams its
    rows credits its sources before it has read them. ``control_filled``: the export fills
    the control of located incidents stored without one (from the control index).

    >>> [a["name"] for a in attribution(provenance_rows([{"dataset": "ucdp", "incidents": 3,
    ...     "with_control": 0, "located_without_control": 3, "with_place_text": 3}],
    ...     control_filled=True))]
    ['OCHA', 'Wikipedia contributors', 'UCDP']
    """
    return [{"dataset": p["dataset"],
             "control": "given" if p["with_control"] or (
                 control_filled and p["located_without_control"]) else None,
             "place_text": "given" if p["with_place_text"] else None}
            for p in provenance if p["incidents"]]


def metadata(rows: Sequence[dict], *, title: str, query: dict | None = None,
             circles: bool = False, count: int | None = None) -> dict:
    """The export's description: what, when, which filters, whom to credit (of ``rows``: the
    export's, or :func:`provenance_rows`), and ``count`` incidents (default: the rows)."""
    return {
        "title": title,
        "generated": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "generator": "syria-incident-map",
        "count": len(rows) if count is None else count,
        "query": query or {},
        "geometry": ("uncertainty circle (buffered in EPSG:32637)" if circles
                     else "point (WGS84 longitude/latitude)"),
        "notes": "Victim names are withheld. killed counts civilians killed; deaths_total "
                 "(deaths_low..deaths_high) all deaths the source counts, combatants included. "
                 "date_start..date_end is the span the date allows. location_precision follows "
                 "UCDP where_prec (1 exact place .. 6 country); at 4-6 the point is a stand-in "
                 "(the governorate's or the country's centroid) and no finer unit is given; "
                 "radius_m is the uncertainty radius in metres. "
                 "control is the force that controlled the place on the date, from the "
                 "project's bundled control dataset.",
        "attribution": attribution(rows),
    }


