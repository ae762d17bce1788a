"""Geocoding: place words to a P-coded place (``/api/geocode``)."""

from __future__ import annotations

from .core import Request, Result, bad_param, date_param, ok, operation
from .parameters import check_params
from .resources import Resources

__all__ = ["GeocodeOps"]


class GeocodeOps:
    """The geocoding operation, over the shared :class:`~service.resources.Resources`."""

    OPERATIONS = ("geocode",)

    def __init__(self, res: Resources):
        self.res = res

    @operation
    def geocode(self, req: Request) -> Result:
        """``GET /api/geocode?q=&governorate=&date=``: place words to a P-coded place."""
        check_params(req, ("q", "governorate", "date"))
        text = (req.params.get("q") or "").strip()
        if not text:
            raise bad_param("q", "missing; give the place words, e.g. q=Shawa village in al-Ra'ie "
                                 "area in eastern rural Aleppo")
        if len(text) > 2000:
            raise bad_param("q", f"{len(text)} characters; give at most 2000")
        governorate = (req.params.get("governorate") or "").strip() or None
        if governorate is not None:
            pcode = self.res.gazetteer.resolve_unit(governorate)
            if pcode is None:
                raise bad_param("governorate", f"unknown governorate {governorate[:40]!r}; give a "
                                "name such as Aleppo or a P-code such as SY02")
            governorate = pcode
        day = date_param(req.params, "date", default_today=False) \
            if req.params.get("date") else None
        match = self._geocode(text, governorate, day)
        body = match.to_dict() if hasattr(match, "to_dict") else dict(match)
        return ok({"query": {"q": text, "governorate": governorate,
                             "date": day.isoformat() if day else None}, **body})

    def _geocode(self, text, governorate, day):
        geocoder = self.res.geocoder
        if hasattr(geocoder, "geocode"):
            return geocoder.geocode(text, governorate=governorate, date=day)
        return geocoder(text, governorate=governorate, date=day)

