"""The geocoder's answer for one description: :class:`Match`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..precision import LocationPrecision

__all__ = ["Match"]


@dataclass
class Match:
    """The answer of the geocoder for one description.

    ``found`` is False when no place could be read; then every place field
    is None and ``note`` says why.
    """

    text: str
    found: bool = False
    level: str | None = None
    pcode: str | None = None
    name_en: str | None = None
    name_ar: str | None = None
    parents: list[str] = field(default_factory=list)
    lon: float | None = None
    lat: float | None = None
    precision: LocationPrecision | None = None
    radius_m: int | None = None
    confidence: float = 0.0
    alternatives: list[dict] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    note: str = ""
    places: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict; ``precision`` as its name plus the UCDP and ACLED codes."""
        return {
            "text": self.text, "found": self.found, "level": self.level, "pcode": self.pcode,
            "name_en": self.name_en, "name_ar": self.name_ar, "parents": list(self.parents),
            "lon": None if self.lon is None else round(self.lon, 6),
            "lat": None if self.lat is None else round(self.lat, 6),
            "precision": self.precision.name.lower() if self.precision else None,
            "where_prec": self.precision.ucdp if self.precision else None,
            "geo_precision": self.precision.acled if self.precision else None,
            "radius_m": self.radius_m, "confidence": self.confidence,
            "alternatives": [dict(a) for a in self.alternatives], "matched": list(self.matched),
            "note": self.note, "places": list(self.places),
        }
