"""Where a neighbourhood lies: in the gazetteer (Damascus' neighbourhood layer, a city
quarter OCHA lists as a community), or in a city the text names, or in the governorate's
main city. The chooser (:mod:`geo.geocode.choose`) asks; this answers from the gazetteer.
"""

from __future__ import annotations

from ..gazetteer import Gazetteer, Place
from ..names import fold_arabic
from .mentions import Mention
from .scores import distance_km

__all__ = ["Quarters", "best_readings", "in_the_city_centre", "unknown_hood"]

# Plural neighbourhood words: "the neighborhoods of X" / "أحياء X" may name the city X.
_PLURAL_HOODS = {"neighborhoods", "neighbourhoods", fold_arabic("أحياء")}


# Singular English neighbourhood words, written after the name: "Al Shaar neighborhood".
_HOOD_WORDS = {"neighborhood", "neighbourhood", "quarter"}
_HOOD_OR_DISTRICT = _HOOD_WORDS | {"district"}
# A control adjective's second half, between a city's possessive and its quarter: "Aleppo's opposition-held X district".
_HELD = {"held", "controlled"}


def unknown_hood(toks, mentions: list[Mention]):
    """The word naming a neighbourhood that matches no place at all, or None: the name after an Arabic
    neighbourhood word ("برميل متفجر على حي المعادي", "حي جب القبة بحلب") or before an English one ("resumed its
    flight over Al Shaar neighborhood and shelled Sad El Wez street"), in no mention.

    With nothing finer than a governorate around it, such a neighbourhood lies in the governorate's main city
    (:meth:`Quarters.capital_of`): the one finder of the geocoder's path with no mention at all (fix31, fix3740) and
    of the chooser's (geo42). Not the neighbourhood of a village or of the countryside, a kind word after it:
    "al Sayyed Ayed neighborhood in Tatla village in the northeastern suburbs" (g453).

    >>> [t.orig for t in [unknown_hood(tokens("over Al Shaar neighborhood", True), [])]]  # doctest: +SKIP
    ['Shaar']
    """
    for t in toks:
        if t.kind == "neighbourhood" or t.low in _HOOD_OR_DISTRICT:
            break
    else:
        return None  # (no neighbourhood word: most texts, asked of every one; a loop, no generator)

    def free(k: int) -> bool:
        return not any(m.i <= k < m.j for m in mentions)

    for k in range(len(toks) - 1):
        t, name = toks[k], toks[k + 1]
        if t.kind == "neighbourhood" and t.arabic and name.nameable and not name.brk and free(k + 1):
            return name
    for k in range(1, len(toks)):
        t, name = toks[k], toks[k - 1]
        if t.low in _HOOD_WORDS and not t.brk and name.cap and name.nameable and not name.article and \
                free(k - 1) and not any(u.kind in ("community", "rural") for u in toks[k + 1:]):
            return name
    for k in range(1, len(toks)):
        # "in Aleppo's opposition-held Kallaseh district", "Homs's regime-held al-Waer district": a district named
        # after a city's possessive is the city's quarter, not an administrative district (en-2016-01-news-67,
        # round 67, after its measurement: fix67)
        t, name = toks[k], toks[k - 1]
        if t.low != "district" or t.brk or not (name.cap and name.nameable) or not free(k - 1):
            continue
        j = k - 2
        while j >= 0 and (toks[j].article or toks[j].low in _HELD or toks[j + 1].low in _HELD) and \
                not toks[j].poss:
            j -= 1  # (the name's article, the control adjective "opposition-held" before it)
        if j >= 0 and toks[j].poss and toks[j].cap:
            return name
    return None


# "وسط المدينة", "the city centre": the centre of the city the report is about.
_CENTRE = {fold_arabic("وسط"), "centre", "center"}
_THE_CITY = {fold_arabic("المدينة"), "city"}


def in_the_city_centre(toks) -> bool:
    """Does the text place it in "the city centre" ("ساحة العاصي وسط المدينة", "the city center", "the center of
    the city")? With no town named and a governorate around it, the city is the governorate's main city: "توجه
    الآلاف ... باتجاه ساحة العاصي وسط المدينة" (hint Hama: Hama city; g606's sentence before, geo4344)."""
    for k in range(len(toks) - 1):
        a, b = toks[k], toks[k + 1]
        if b.brk:
            continue
        if a.arabic and a.low in _CENTRE and b.low in _THE_CITY:
            return True
        if a.low == "city" and b.low in _CENTRE:
            return True
        if a.low in _CENTRE and b.low == "of" and k + 3 < len(toks) and toks[k + 2].low == "the" and \
                toks[k + 3].low == "city" and not toks[k + 2].brk and not toks[k + 3].brk:
            return True
    return False


class Quarters:
    """Neighbourhood questions over one gazetteer."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        # Each governorate's main city, found once (the first of the list, as a scan finds it)
        self._capitals: dict[str, Place] = {}
        for place in gazetteer.places("community"):
            if place.capital_level == 1:
                self._capitals.setdefault(place.adm1_pcode, place)

    def capital_of(self, gov: str) -> Place | None:
        """The main city of a governorate (OCHA capital level 1), if it has one."""
        return self._capitals.get(gov)

    def capital_named(self, m: Mention) -> Place | None:
        """The governorate's main city when ``m`` names a governorate as written and that
        city is one of its candidates ("Idlib": Idlib city C3871), else None."""
        for code, (score, how, _) in m.cands.items():
            if self.gaz.get(code).level == "adm1" and how == "normalised":
                city = self.capital_of(code)
                return city if city is not None and city.pcode in m.cands else None
        return None

    def city_of_neighbourhoods(self, m: Mention) -> Place | None:
        """The governorate's main city when ``m`` follows a plural neighbourhood word and
        names that city as written ("the neighborhoods of Aleppo", "أحياء حلب"), else None.
        A singular word keeps the name a neighbourhood's ("al-Hzaouna neighborhood")."""
        if m.kind_word not in _PLURAL_HOODS:
            return None
        for code, (score, how, _) in m.cands.items():
            place = self.gaz.get(code)
            if place.level == "adm1" and how == "normalised":
                return self.capital_of(code)
        return None

    def neighbourhood_known(self, m: Mention, pool: list[Mention]) -> bool:
        """Is the neighbourhood ``m`` names in the gazetteer?

        Damascus has OCHA's neighbourhood layer, Aleppo and Homs the project's sourced
        quarters (``geo/data/places/quarters.csv``); OCHA also lists a few city
        quarters as communities ("Dar'a al Balad", "Yarmuk"): a community of the
        same normalised name within 8 km of the city named around it counts.
        """
        # The other names' best readings only: "بحلب" is Aleppo, not the villages that share
        # its consonants, one of which lies by the town al-Zahraa ("حي الزهراء بحلب").
        cities = [self.gaz.get(p) for o in pool if o is not m for p in best_readings(o)
                  if self.gaz.get(p).level == "community"]
        hoods = [self.gaz.get(p) for p in m.cands if self.gaz.get(p).level == "neighbourhood"]
        # (A Damascus neighbourhood is not "the Bustan al-Qasr neighborhood in Aleppo city":
        # with a city named, the neighbourhood must lie by it; "حي X بحلب" names the city
        # right after the neighbourhood, with no kind word.)
        named_city = [o for o in pool if o is not m and o.i >= m.j and (
            o.kind == "community" or o.i == m.j and o.kind is None and any(
                self.gaz.get(p).level == "community" for p in best_readings(o)))]
        if hoods and (not named_city or any(
                distance_km(h.lon, h.lat, c.lon, c.lat) <= 8 for h in hoods for c in cities)):
            return True
        for code, (score, how, _) in m.cands.items():
            place = self.gaz.get(code)
            if how == "normalised" and place.level == "community" and any(
                    distance_km(place.lon, place.lat, c.lon, c.lat) <= 8 for c in cities):
                return True
            # "قتلوا فى حى النشابية" (g303, written after round 10's measurement): with no
            # city named, "حي" before a town's name as written is the town (a sub-district
            # seat or larger), as reports call the towns of the Ghouta quarters.
            if how == "normalised" and place.level == "community" and not cities and \
                    0 <= place.capital_level <= 3:
                return True
        return False

    def hood_of_a_village(self, m: Mention) -> bool:
        """Is ``m`` "the neighbourhood of X" where X is only a village's name?"""
        # "a barrel bomb attack on the neighborhood of al-Balat" (g347, written after
        # round 11's measurement): "the neighbourhood of X" makes X the city around a
        # neighbourhood only when X can be a town (a seat of some unit); a name that
        # is only a village's (Balat, a hamlet of As-Safira) is the neighbourhood's
        # own name, which the gazetteer lacks: it lies in the city named after it
        # ("(Aleppo's Old City)") or else in the governorate's main city.
        return bool(m.hood_of and m.kind is None and m.cands and not any(
            self.gaz.get(p).level == "neighbourhood" or self.gaz.get(p).capital_level >= 0
            for p in m.cands))


def best_readings(m: Mention) -> list[str]:
    """The P-codes of ``m``'s best readings (within 0.05 of its top name score)."""
    top = max((v[0] for v in m.cands.values()), default=0.0)
    return [p for p, v in m.cands.items() if v[0] >= top - 0.05]
