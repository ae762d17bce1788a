"""KML 2.2 export: a Placemark per incident, dated and styled by force; KMZ is it zipped.

Each Placemark has a ``TimeStamp`` (a date known to the day) or a ``TimeSpan``
(``date_start``..``date_end``: a week, a month, a UCDP span), so Google Earth's
time slider works, and the style of the force that controlled the place
(``#force-GOV`` ...: the web map's colours). The attribution is the document's
description.
"""

from __future__ import annotations

import io
import zipfile
from typing import Sequence
from xml.sax.saxutils import escape, quoteattr

from .geometry import COORD_DIGITS, row_geometries
from .metadata import metadata
from .records import COLUMNS

__all__ = ["to_kml", "to_kmz", "kmz_bytes"]


def _kml_colour(hex_rgb: str, alpha: str = "ff") -> str:
    """``#RRGGBB`` as KML's ``aabbggrr``.

    >>> _kml_colour("#0072B2")
    'ffb27200'
    """
    rgb = hex_rgb.lstrip("#").lower()
    return alpha + rgb[4:6] + rgb[2:4] + rgb[0:2]


def _styles() -> list[str]:
    from ..force import FORCES

    out = []
    for code, force in FORCES.items():
        colour = force.colour or "#777777"
        out.append(f'<Style id="force-{code}"><IconStyle><color>{_kml_colour(colour)}</color>'
                   f"<scale>0.7</scale></IconStyle><LineStyle><color>{_kml_colour(colour)}</color>"
                   f"<width>1</width></LineStyle><PolyStyle><color>{_kml_colour(colour, '40')}"
                   "</color></PolyStyle></Style>")
    return out


def _when(row: dict) -> str:
    start, end = row["date_start"], row["date_end"]
    if not start:
        return ""
    if start == end:
        return f"<TimeStamp><when>{start}</when></TimeStamp>"
    return f"<TimeSpan><begin>{start}</begin><end>{end}</end></TimeSpan>"


def to_kmz(rows: Sequence[dict], **kwargs) -> bytes:
    """KMZ: the KML of :func:`to_kml` as ``doc.kml`` in a zip archive."""
    return kmz_bytes(to_kml(rows, **kwargs))


def kmz_bytes(kml: str) -> bytes:
    """A KML document as a KMZ: ``doc.kml`` in a zip archive (every KMZ this project writes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", kml)
    return buffer.getvalue()


def _kml_coords(coords) -> str:
    return " ".join(f"{x:.{COORD_DIGITS}f},{y:.{COORD_DIGITS}f}" for x, y in coords)


def to_kml(rows: Sequence[dict], *, circles: bool = False, title: str = "Incidents",
           query: dict | None = None) -> str:
    """KML 2.2: one Placemark per incident (a point, or a point and its circle)."""
    meta = metadata(rows, title=title, query=query, circles=circles)
    credit = "; ".join(f"{a['text']} ({a['license']})" for a in meta["attribution"])
    polys = row_geometries(rows, True) if circles else [None] * len(rows)
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<kml xmlns="http://www.opengis.net/kml/2.2">', "<Document>",
             f"<name>{escape(title)}</name>",
             f"<description>{escape(meta['notes'] + ' Sources: ' + credit)}</description>",
             *_styles()]
    for row, poly in zip(rows, polys):
        label = " ".join(str(v) for v in (row["date"], row["category"],
                                          row["community_name"] or row["place_text"] or "") if v)
        parts.append(f"<Placemark id={quoteattr(str(row['id']))}>")
        parts.append(f"<name>{escape(label)}</name>")
        parts.append(_when(row))
        parts.append(f"<styleUrl>#force-{escape(row['control'] or 'UNKNOWN')}</styleUrl>")
        parts.append("<ExtendedData>")
        for c in COLUMNS:
            v = row[c]
            if v is not None:
                parts.append(f"<Data name={quoteattr(c)}><value>{escape(str(v))}</value></Data>")
        parts.append("</ExtendedData>")
        point = (f"<Point><coordinates>{row['lon']:.{COORD_DIGITS}f},{row['lat']:.{COORD_DIGITS}f}"
                 "</coordinates></Point>") if row["lon"] is not None else ""
        if poly is not None:
            ring = _kml_coords(poly.exterior.coords)
            parts.append(f"<MultiGeometry>{point}<Polygon><outerBoundaryIs><LinearRing><coordinates>"
                         f"{ring}</coordinates></LinearRing></outerBoundaryIs></Polygon>"
                         "</MultiGeometry>")
        elif point:
            parts.append(point)
        parts.append("</Placemark>")
    parts += ["</Document>", "</kml>"]
    return "\n".join(parts) + "\n"


