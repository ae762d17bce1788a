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
from typing import Iterable, Iterator, Sequence
from xml.sax.saxutils import escape, quoteattr

from .geometry import COORD_DIGITS, circle_rings
from .metadata import metadata
from .records import COLUMNS, columns_of

__all__ = ["to_kml", "to_kmz", "kml_chunks", "kmz_chunks", "kmz_bytes"]


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


def _when(start: str | None, end: str | None) -> str:
    if not start:
        return ""
    if start == end:
        return f"<TimeStamp><when>{start}</when></TimeStamp>"
    return f"<TimeSpan><begin>{start}</begin><end>{end}</end></TimeSpan>"


def to_kmz(rows: Sequence[dict], **kwargs) -> bytes:
    """KMZ: the KML of :func:`to_kml` as ``doc.kml`` in a zip archive."""
    meta = metadata(rows, title=kwargs.get("title", "Incidents"), query=kwargs.get("query"),
                    circles=kwargs.get("circles", False))
    return b"".join(kmz_chunks([columns_of(rows)], meta, circles=kwargs.get("circles", False)))


class _Sink(io.RawIOBase):
    """What the zip archive writes, kept until taken: a stream the archive cannot seek in, so
    it writes each entry's sizes after its data (a data descriptor)."""

    def __init__(self):
        self._parts: list[bytes] = []
        self._at = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._parts.append(bytes(data))
        self._at += len(data)
        return len(data)

    def tell(self) -> int:
        return self._at

    def take(self) -> bytes:
        out, self._parts = b"".join(self._parts), []
        return out


def kmz_chunks(chunks: Iterable[dict], meta: dict, *, circles: bool = False,
               zip64: bool = False) -> Iterator[bytes]:
    """The KMZ of :func:`to_kmz`, written a chunk at a time (``zip64``: for a KML that may
    pass 2 GiB)."""
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("doc.kml", "w", force_zip64=zip64) as entry:
            for part in kml_chunks(chunks, meta, circles=circles):
                entry.write(part)
                yield sink.take()
    yield sink.take()


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
    return b"".join(kml_chunks([columns_of(rows)], meta, circles=circles)).decode("utf-8")


def kml_chunks(chunks: Iterable[dict], meta: dict, *, circles: bool = False) -> Iterator[bytes]:
    """The KML of :func:`to_kml` as UTF-8, written a chunk at a time (each the export's
    columns, :func:`~geo.export.records.export_columns`; ``meta``: its
    :func:`~geo.export.metadata.metadata`, the document's description)."""
    credit = "; ".join(f"{a['text']} ({a['license']})" for a in meta["attribution"])
    head = ['<?xml version="1.0" encoding="UTF-8"?>',
            '<kml xmlns="http://www.opengis.net/kml/2.2">', "<Document>",
            f"<name>{escape(meta['title'])}</name>",
            f"<description>{escape(meta['notes'] + ' Sources: ' + credit)}</description>",
            *_styles()]
    yield ("\n".join(head) + "\n").encode("utf-8")
    for columns in chunks:
        yield "".join(_placemarks(columns, circles)).encode("utf-8")
    yield b"</Document>\n</kml>\n"


def _texts(values: list, *, escaped: bool = True) -> list:
    """A column's values as XML text (``None`` stays ``None``), escaped only if the column
    holds a character to escape."""
    texts = [v if v is None or v.__class__ is str else str(v) for v in values]
    if escaped:
        joined = "".join(filter(None, texts))
        if "&" in joined or "<" in joined or ">" in joined:
            return [t if t is None else escape(t) for t in texts]
    return texts


def _placemarks(columns: dict, circles: bool) -> Iterator[str]:
    """Each incident's Placemark (the export's columns of a chunk), a line each."""
    lons, lats = columns["lon"], columns["lat"]
    rings: list = [None] * len(lons)
    if circles:
        located = [i for i, x in enumerate(lons) if x is not None]
        drawn = circle_rings([lons[i] for i in located], [lats[i] for i in located],
                             [columns["radius_m"][i] or 1 for i in located])
        for i, ring in zip(located, drawn.tolist()):
            rings[i] = ring
    data = []
    for c in COLUMNS:
        head, tail = f"<Data name={quoteattr(c)}><value>", "</value></Data>"
        data.append([None if t is None else head + t + tail for t in _texts(columns[c])])
    labels = [" ".join(str(v) for v in parts if v) for parts in zip(
        columns["date"], columns["category"],
        [a or b or "" for a, b in zip(columns["community_name"], columns["place_text"])])]
    ids = [quoteattr(str(i)) for i in columns["id"]]
    styles = _texts([c or "UNKNOWN" for c in columns["control"]])
    for i, cells in enumerate(zip(*data)):
        x, y = lons[i], lats[i]
        point = (f"<Point><coordinates>{x:.{COORD_DIGITS}f},{y:.{COORD_DIGITS}f}"
                 "</coordinates></Point>") if x is not None else ""
        if rings[i] is not None:
            shape = (f"<MultiGeometry>{point}<Polygon><outerBoundaryIs><LinearRing><coordinates>"
                     f"{_kml_coords(rings[i])}</coordinates></LinearRing></outerBoundaryIs>"
                     "</Polygon></MultiGeometry>\n")
        else:
            shape = point + "\n" if point else ""
        when = _when(columns["date_start"][i], columns["date_end"][i])
        yield (f"<Placemark id={ids[i]}>\n<name>{escape(labels[i])}</name>\n{when}\n"
               f"<styleUrl>#force-{styles[i]}</styleUrl>\n<ExtendedData>\n"
               + "\n".join(filter(None, cells))
               + f"\n</ExtendedData>\n{shape}</Placemark>\n")
