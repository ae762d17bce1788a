"""KML 2.2 export: a Placemark per incident, the attribution in the description."""

from __future__ import annotations

from typing import Sequence
from xml.sax.saxutils import escape, quoteattr

from .geometry import COORD_DIGITS, row_geometries
from .metadata import metadata
from .records import COLUMNS

__all__ = ["to_kml"]


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
             f"<description>{escape(meta['notes'] + ' Sources: ' + credit)}</description>"]
    for row, poly in zip(rows, polys):
        label = " ".join(str(v) for v in (row["date"], row["category"],
                                          row["community_name"] or row["place_text"] or "") if v)
        parts.append(f"<Placemark id={quoteattr(str(row['id']))}>")
        parts.append(f"<name>{escape(label)}</name>")
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


