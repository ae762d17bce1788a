"""Places on the web map: search by name (English or Arabic) and the context labels of a view.

* ``/api/map/search?q=&date=`` (:func:`place_search`): the gazetteer's places whose name
  matches (whole names first, then names that start with the words typed), each with who
  controlled it on ``date``, the source and the confidence of that answer;
* ``/api/map/labels?bbox=&zoom=`` (:func:`context_labels`): the names to read the map by at
  that zoom: sub-districts from :data:`SUBDISTRICT_MIN_ZOOM`, communities (towns and villages)
  as labelled points from :data:`COMMUNITY_MIN_ZOOM`, the capitals first.

Values are raw text; the page puts them in with ``textContent``.

>>> [p["name_en"] for p in place_search(Gazetteer.load(), "منبج")["places"]][:1]   # doctest: +SKIP
['Menbij']
"""

from __future__ import annotations

import threading

from geo.errors import InputError

from .core import Request, Result, bad_param, date_param, int_param, ok, operation
from .core import parse_bbox as bbox_param
from .parameters import PARAMS, int_value
from .resources import Resources

__all__ = ["PlaceOps", "place_search", "context_labels", "SUBDISTRICT_MIN_ZOOM",
           "COMMUNITY_MIN_ZOOM", "LABELS_MAX"]

SUBDISTRICT_MIN_ZOOM = 9
COMMUNITY_MIN_ZOOM = 10
LABELS_MAX = 600  # labels in one answer: the page hides those that would overlap anyway
SEARCH_LEVELS = ("adm1", "adm2", "adm3", "community", "neighbourhood")
MAX_QUERY = PARAMS["place_q"].schema["maxLength"]  # characters of a search
PREFIX_SCORE = 90.0  # a name that starts with the text typed (whole names score 97-100)
# The zoom the page flies to for a place of each level.
FLY_ZOOM = {"adm1": 8, "adm2": 9, "adm3": 10, "community": 12, "neighbourhood": 14}

_PREFIX: dict[int, list] = {}  # id(gazetteer) -> [(normalised name, pcode)], sorted
_PREFIX_LOCK = threading.Lock()


def _prefix_index(gazetteer) -> list[tuple[str, str]]:
    """Every English and Arabic name of the gazetteer's places, normalised, sorted (built once)."""
    from geo.names import normalise

    key = id(gazetteer)
    with _PREFIX_LOCK:
        if key not in _PREFIX:
            rows = set()
            for level in SEARCH_LEVELS:
                for place in gazetteer.places(level):
                    for name in (place.name_en, place.name_ar):
                        norm = normalise(name or "")
                        if norm:
                            rows.add((norm, place.pcode))
            _PREFIX[key] = sorted(rows)
        return _PREFIX[key]


def _starting_with(gazetteer, text: str, limit: int) -> list[str]:
    import bisect

    from geo.names import normalise

    norm = normalise(text)
    if len(norm) < 2:
        return []
    # The normaliser drops an article only from a whole word: "دير الز" is on its way to
    # "دير الزور", whose normal form is "دير زور"; so the last word is tried without it too.
    words = norm.split(" ")
    variants = [norm]
    for article in ("ال", "al", "el"):
        if words[-1].startswith(article) and len(words[-1]) > len(article):
            variants.append(" ".join([*words[:-1], words[-1][len(article):]]))
    index = _prefix_index(gazetteer)
    out: list[str] = []
    for prefix in variants:
        i = bisect.bisect_left(index, (prefix, ""))
        while i < len(index) and index[i][0].startswith(prefix) and len(out) < limit * 4:
            out.append(index[i][1])
            i += 1
    return list(dict.fromkeys(out))


def _capital_rank(place) -> int:
    """0 the national capital, 1 a governorate's, 2 a district's, 3 a sub-district's, 4 none."""
    return place.capital_level if place.capital_level >= 0 else 4


def _place_dict(gazetteer, place, score: float, matched: str) -> dict:
    parents = [p for p in gazetteer.parents(place.pcode) if p.pcode != place.pcode]
    return {"pcode": place.pcode, "level": place.level, "name_en": place.name_en,
            "name_ar": place.name_ar, "lon": place.lon, "lat": place.lat,
            "parents": [{"pcode": p.pcode, "name_en": p.name_en, "name_ar": p.name_ar}
                        for p in parents],
            "zoom": FLY_ZOOM.get(place.level, 11), "score": round(float(score), 1),
            "matched": matched}


def place_search(gazetteer, q: str, *, date=None, control_index=None, limit: int = 8) -> dict:
    """Places whose English or Arabic name matches ``q``, with their control on ``date``.

    Whole names (exact 100, normalised 97: :meth:`Gazetteer.search`) come first, then
    places whose name starts with ``q`` (:data:`PREFIX_SCORE`: a search box is typed into),
    then skeleton and fuzzy likenesses; bigger places first among equals. With a
    control index and a date, each place gets ``control``: ``force``, ``name``,
    ``contested``, ``source``, ``confidence``, ``valid_from``, ``valid_to``, ``stale``.
    """
    text = (q or "").strip()
    if not text:
        raise InputError("give the words to search for (q), e.g. Menbij or منبج", field="q")
    if len(q) > MAX_QUERY:
        raise InputError(f"q: {len(q)} characters; give at most {MAX_QUERY}", field="q")
    rank = {level: i for i, level in enumerate(SEARCH_LEVELS)}
    scored = {h.place.pcode: (float(h.score), h.place, h.matched)
              for h in gazetteer.search(text, limit=limit * 2)}
    # A name that starts with the words typed beats a fuzzy likeness (a search box is typed
    # into: "Raqq" means Ar-Raqqa, not Ariqa), never a whole name.
    for code in _starting_with(gazetteer, text, limit):
        if code not in scored or scored[code][0] < PREFIX_SCORE:
            scored[code] = (PREFIX_SCORE, gazetteer.get(code), text)
    ordered = sorted(scored.values(), key=lambda t: (
        -t[0], _capital_rank(t[1]),
        rank.get(t[1].level, 9), t[1].name_en or ""))
    found = [_place_dict(gazetteer, place, score, matched)
             for score, place, matched in ordered[:limit]]
    if control_index is not None and date is not None and found:
        frame = control_index.control_many([p["lon"] for p in found], [p["lat"] for p in found],
                                           [date] * len(found))
        from geo.force import FORCES

        for place, row in zip(found, frame.to_dict("records")):
            force = str(row.get("force") or "UNKNOWN")
            valid_to = row.get("valid_to")
            place["control"] = {
                "force": force, "name": (FORCES.get(force) or FORCES["UNKNOWN"]).name,
                "contested": bool(row.get("contested")) if row.get("contested") == row.get("contested") else False,
                "source": _text(row.get("source")), "confidence": _text(row.get("confidence")),
                "valid_from": _text(row.get("valid_from")), "valid_to": _text(valid_to),
                "stale": bool(row.get("stale")) if row.get("stale") == row.get("stale") else False,
            }
    return {"q": text, "date": date.isoformat() if date else None, "places": found}


def _text(value):
    if value is None or value != value:  # NaN
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)


def context_labels(gazetteer, bbox, zoom: int, *, limit: int = LABELS_MAX) -> dict:
    """The sub-district and community names to label a view with at ``zoom``.

    Returns ``{"zoom", "labels": [{"pcode", "level", "name_en", "name_ar", "lon", "lat",
    "rank"}]}``: sub-districts from zoom :data:`SUBDISTRICT_MIN_ZOOM`, communities from
    :data:`COMMUNITY_MIN_ZOOM`, in priority order (``rank`` 0 first: sub-districts, then
    the capitals of governorates, districts and sub-districts, then the other communities).
    """
    w, s, e, n = bbox
    levels = []
    if zoom >= SUBDISTRICT_MIN_ZOOM:
        levels.append("adm3")
    if zoom >= COMMUNITY_MIN_ZOOM:
        levels.append("community")
    out = []
    for level in levels:
        for place in gazetteer.places(level):
            if place.lon is None or not (w <= place.lon <= e and s <= place.lat <= n):
                continue
            if level == "adm3":
                rank = 0
            else:
                rank = 1 + _capital_rank(place)
            out.append({"pcode": place.pcode, "level": level, "name_en": place.name_en,
                        "name_ar": place.name_ar, "lon": round(place.lon, 5),
                        "lat": round(place.lat, 5), "rank": rank})
    out.sort(key=lambda r: (r["rank"], r["pcode"]))
    return {"zoom": zoom, "truncated": len(out) > limit, "labels": out[:limit]}


class PlaceOps:
    """The map's place operations: search and context labels."""

    OPERATIONS = ("map_search", "map_labels")

    def __init__(self, res: Resources):
        self.res = res

    @operation
    def map_search(self, req: Request) -> Result:
        """``GET /api/map/search?q=&date=``: places by name, with their control on the date."""
        q = req.params.get("q") or ""
        if not q.strip():
            raise bad_param("q", "missing; give a place name, e.g. Menbij or منبج")
        day = date_param(req.params, "date", default_today=False) if req.params.get("date") else None
        limit = int_value(req.params, "search_limit")
        return ok(place_search(self.res.gazetteer, q, date=day, limit=limit,
                               control_index=self.res.control_or_none() if day else None))

    @operation
    def map_labels(self, req: Request) -> Result:
        """``GET /api/map/labels?bbox=&zoom=``: sub-district and community names of the view."""
        if not req.params.get("bbox"):
            raise bad_param("bbox", "missing; give the view as W,S,E,N")
        bbox = bbox_param(req.params["bbox"])
        zoom = int_param(req.params, "zoom", 0, 22, 10)
        return ok(context_labels(self.res.gazetteer, bbox, zoom))
