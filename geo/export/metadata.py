"""What an export says about itself: title, time, query, notes, and whom to credit.

The credits come from the one table of sources, :data:`geo.reference.sources.SOURCES`.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from ..reference.sources import SOURCES

__all__ = ["ATTRIBUTIONS", "attribution", "metadata"]

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


def metadata(rows: Sequence[dict], *, title: str, query: dict | None = None,
             circles: bool = False) -> dict:
    """The export's description: what, when, which filters, whom to credit."""
    return {
        "title": title,
        "generated": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "generator": "syria-incident-map",
        "count": len(rows),
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


