"""The :class:`Geocoder`: one description in, one :class:`~geo.geocode.match.Match` out.

It runs the steps of :mod:`geo.geocode` in order — read the words
(:mod:`~geo.geocode.read`), find the mentions (:mod:`~geo.geocode.mentions`),
give them roles (:mod:`~geo.geocode.roles`), choose and score
(:mod:`~geo.geocode.choose`, :mod:`~geo.geocode.scoring`) — and keeps the
caches; :func:`geocode` is the same over the default gazetteer.
"""

from __future__ import annotations

import gc
import os
import re
from dataclasses import replace

from ..errors import InputError
from ..gazetteer import Gazetteer, governorates_around, places_by_first_word
from ..gcpause import paused
from ..governorates import find_governorates
from ..names import _first_group, normalise
from .choose import BORDER_KM, Chooser
from .match import Match
from .mentions import MentionFinder
from .quarters import in_the_city_centre, unknown_hood
from .read import clean as clean_text, is_mixed_case, tokens
from .roles import assign_roles, names_a_person
from .scores import CONTEXT_KM, distance_km
from .scoring import Scorer
from .words import COUNTRIES

__all__ = ["Geocoder", "geocode", "default_geocoder"]

_RUN_ON_ARTICLE = re.compile(r"\b([A-Z][a-z']{2,}?[aeiou])al-(?=[A-Za-z])")
# "al Sh-heil", "Ma-arrat": a hyphen after one or two letters that are no article splits
# one word ("Shheil"), not two.
_SHORT_PIECE = re.compile(
    r"\b(?!(?:al|el|il|ul|ar|er|as|es|ad|ed|at|et|az|ez|an|en|l)-)([A-Za-z]{1,2})-(?=[a-z]{2,})",
    re.I)


def _with_article(match: re.Match) -> str:
    # (r"\1 al-" as a function: re compiles a template again on every call)
    return match.group(1) + " al-"


class Geocoder:
    """Geocode place descriptions against a gazetteer.

    >>> g = Geocoder(Gazetteer.load())                                   # doctest: +SKIP
    >>> g.geocode("al-Hzaouna neighborhood in southern Manbij city").pcode  # doctest: +SKIP
    'C1767'
    """

    def __init__(self, gazetteer: Gazetteer, cache_size: int = 50_000):
        self.gaz = gazetteer
        self._cache: dict[tuple, Match] = {}
        self._cache_size = cache_size
        self._gov_cache: dict[str, tuple[str, ...]] = {}
        self.mentions = MentionFinder(gazetteer)
        self.scorer = Scorer(gazetteer)
        self.chooser = Chooser(gazetteer, self.scorer)
        # (the chooser's tables of the gazetteer, made now, not at the first sentence that asks them)
        governorates_around(gazetteer, BORDER_KM)
        places_by_first_word(gazetteer)
        # The gazetteer's few hundred thousand objects and these tables live as long as the
        # process: frozen out of the cyclic collector's walks, a full collection no longer
        # walks them all again (~80 ms every few thousand geocoded descriptions).
        gc.freeze()

    # -- public ---------------------------------------------------------
    def geocode(self, text: str, governorate: str | None = None, date=None,
                context: str | None = None) -> Match:
        """Geocode one description (see :mod:`geo.geocode`).

        ``governorate`` (a name or P-code) restricts the choice when given;
        an unknown governorate raises :class:`~geo.errors.InputError`.
        ``date`` is accepted for the interface and not used: the gazetteer
        has one edition (2015) of names. ``context`` is the sentence before
        ``text`` in its report: a sentence that names no place of its own ("We note
        that this bombing followed an aerial attack ...") takes the place that one names.

        >>> g.geocode("We note that this bombing killed a civilian.", "Idlib",
        ...           context="Russian warplanes fired missiles on Mrdikh village in the "
        ...                   "eastern suburbs of Idlib governorate.").name_en   # doctest: +SKIP
        'Maar Dibsi'
        """
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise InputError(f"place text must be a string, not {type(text).__name__}",
                             field="place_text")
        match = self._located(self._geocode_cached(text, governorate), text, governorate, context)
        return self._hinted(match, text, governorate)

    def _located(self, match: Match, text: str, governorate: str | None, context) -> Match:
        """``match``, or the place of the sentence before when ``text`` names none of its own."""
        if context and isinstance(context, str) and context.strip() and context != text \
                and not _names_a_place(match):
            before = self._geocode_cached(context, governorate)
            if _names_a_place(before):
                # A back-reference ("this bombing", "the village"): the place of the
                # sentence before, with less confidence than if the text named it.
                return replace(before, text=text, confidence=round(before.confidence * 0.8, 2),
                               note="; ".join(p for p in (
                                   "no place named: the place of the sentence before", before.note)
                                   if p))
        if context and isinstance(context, str) and context != text and match.level == "community" and \
                match.matched:
            before = self._geocode_cached(context, governorate)
            if before.level == "community" and before.pcode != match.pcode and before.matched and \
                    _short_form(match.matched[0], before.matched[0]) and \
                    distance_km(match.lon, match.lat, before.lon, before.lat) <= CONTEXT_KM:
                # "15 مدنيًا من أهالي البوير" after "أهالي قرية مشرفة البوير في ريف منبج الغربي": the name
                # shortened from the place the sentence before names in full is that place, not the
                # village 1.7 km away whose whole name it is (Boyer; g763, geo61).
                return replace(before, text=text, confidence=round(before.confidence * 0.8, 2),
                               note="; ".join(p for p in (
                                   f"'{match.matched[0]}' is short for '{before.matched[0]}' of the sentence before",
                                   before.note) if p))
        if context and isinstance(context, str) and context != text and not governorate \
                and match.level == "neighbourhood":
            # "Adnan Al Maliki School located in Al Qosour neighborhood", after "... in Deir
            # Ez-Zour governorate": a bare neighbourhood name is one of the city the text is
            # about, not Damascus's namesake (g325); few cities have a neighbourhood layer.
            gov = _adm1_of(self._geocode_cached(context, None))
            if gov and gov != _adm1_of(match):
                again = self._geocode_cached(text, gov)
                if again.found:
                    return replace(again, note="; ".join(p for p in (
                        "the governorate of the sentence before", again.note) if p))
        return match

    def _hinted(self, match: Match, text: str, governorate: str | None) -> Match:
        """``match``, or the place a documenter's hint names in brackets ("Aleppo (Al Kassara area, Sakhour
        neighbourhood)") when the text names nothing finer than the hint's governorate."""
        inner = _HINT_BRACKETS.search(governorate or "")
        if inner is None or (match.found and match.level != "adm1"):
            return match
        hinted = self._geocode_cached(inner.group(1), governorate)
        if not _names_a_place(hinted) or hinted.level == "adm1" or \
                (match.found and _adm1_of(hinted) != _adm1_of(match)):
            return match
        return replace(hinted, text=text, confidence=round(hinted.confidence * 0.8, 2),
                       note="; ".join(p for p in ("nothing finer than the governorate named: the place of the hint",
                                                  hinted.note) if p))

    def _geocode_cached(self, text: str, governorate: str | None) -> Match:
        key = (text, governorate or None)
        hit = self._cache.get(key)
        if hit is None:
            govs = self._governorate(governorate) if governorate else (None,)
            # A hint naming several governorates ("Daraa / Suwayda (border)"): the best answer
            # inside any of them.
            # (the collector paused: one description makes a few hundred short-lived objects, none
            # in a cycle, and a collection in the middle would walk the caches' objects again)
            with paused():
                tries = [self._geocode(text, gov) for gov in govs]
            hit = tries[0] if len(tries) == 1 else \
                max(tries, key=lambda m: (m.found, m.level not in (None, "adm1"), m.confidence))
            if self._cache_size:
                if len(self._cache) >= self._cache_size:
                    self._cache.clear()  # simple and bounded; reports repeat within a batch
                self._cache[key] = hit
            else:
                return hit  # fresh and kept nowhere: no cached answer to protect by a copy
        return replace(hit, parents=list(hit.parents), alternatives=list(hit.alternatives),
                       matched=list(hit.matched), places=list(hit.places))

    def _governorate(self, value: str) -> tuple[str, ...]:
        """The governorate P-codes a hint names: a name or P-code, or a documenter's phrase
        ("Aleppo countryside (east)", "Daraa / Suwayda (border)", "ريف درعا الغربي")."""
        value = str(value).strip()
        if value not in self._gov_cache:
            code = self.gaz.resolve_unit(value, level="adm1")
            if code is None:
                # "Rural Damascus", "Damascus suburbs" and other report forms.
                hits = self.gaz.search(value, level="adm1", limit=1, fuzzy=False)
                code = hits[0].place.pcode if hits else None
            if code is not None and self.gaz.get(code).level != "adm1":
                code = self.gaz.get(code).adm1_pcode
            codes = (code,) if code else tuple(g.pcode for g in find_governorates(value))
            self._gov_cache[value] = codes or self._governorate_of_place(value)
        codes = self._gov_cache[value]
        if not codes:
            raise InputError(f"unknown governorate {value!r}; use a name such as Aleppo or a "
                             f"P-code such as SY02", field="governorate")
        return codes

    # A hint's words around the place it names: "ريف منبج الجنوبي", "Manbij countryside (east)".
    _HINT_WORDS = re.compile(r"\([^)]*\)|\b(?:rural|countryside|suburbs?|outskirts|of|the|northern|southern|"
                             r"eastern|western|north|south|east|west)\b|(?:^|\s)(?:ريف|أرياف|ضواحي|محيط|"
                             r"الشرقي|الغربي|الشمالي|الجنوبي|الشمالية|الجنوبية|الشرقية|الغربية)(?=\s|$)",
                             re.IGNORECASE)

    def _governorate_of_place(self, value: str) -> tuple[str, ...]:
        """The governorate of the place a hint names when it names no governorate ("ريف منبج", the
        countryside of Manbij: Aleppo); none when the name is unknown or lies in more than two."""
        name = " ".join(self._HINT_WORDS.sub(" ", value).split())
        if len(name) < 3:
            return ()
        govs = {h.place.adm1_pcode for h in self.gaz.search(name, limit=8, fuzzy=False)
                if h.score >= 97 and h.place.adm1_pcode}
        return tuple(sorted(govs)) if len(govs) <= 2 else ()

    # -- the pipeline ---------------------------------------------------
    def _geocode(self, text: str, gov: str | None) -> Match:
        clean = clean_text(text)
        if len(clean) > 5000:
            clean = clean[:5000]  # a description, not a book: bound the work
        mixed = is_mixed_case(clean)
        # (each pattern needs its hyphen: most texts skip the scan)
        if mixed and "al-" in clean:
            # A lost space before an article: "in Daraaal-Mahatta" is "Daraa al-Mahatta".
            clean = _RUN_ON_ARTICLE.sub(_with_article, clean)
        if "-" in clean:
            clean = _SHORT_PIECE.sub(_first_group, clean)
        toks = tokens(clean, mixed)
        mentions, unresolved = self.mentions.find(clean, toks, mixed)
        # ("the VDC - who named the girl as Shatha Dawood": a person's name, no place)
        mentions = [m for m in mentions if not names_a_person(toks, m)]
        missing = "; ".join(f"'{u.text}' is not in the gazetteer" for u in unresolved)
        hood = unknown_hood(toks, mentions) if not mentions and gov else None
        if hood is not None:
            # "برميل متفجر على حي المعادي" (governorate Aleppo): a name after a neighbourhood word that matches no place
            # is a neighbourhood the gazetteer lacks; with nothing finer than the governorate around it, it is in the
            # governorate's main city, as when its name matches some village elsewhere ("حي الأنصاري"; round 31, test
            # batch, g551, after its measurement: fix31)
            city = self.chooser.quarters.capital_of(gov)
            if city is not None:
                return self.chooser._capital_answer(text, city, [], [f"'{hood.orig}' is not in the gazetteer"])
        elif not mentions and gov and in_the_city_centre(toks):
            # "ساحة وسط المدينة" (the square in the city centre), hint Hama: the city of a governorate named alone
            # is its main city, as for a neighbourhood (the chooser's rule when names are tried and none is there).
            city = self.chooser.quarters.capital_of(gov)
            if city is not None:
                return self.chooser._capital_answer(text, city, [], [], "the city centre, with no town named")
        if not mentions:
            note = "no place name found" if not missing else missing
            abroad = [t.orig for t in toks if t.low in COUNTRIES]
            if abroad:
                note = f"outside Syria ({abroad[0]}); " + note
            if gov:
                note += " (only the governorate argument was given)"
            return Match(text, note=note if text.strip() else "empty place text")
        assign_roles(toks, mentions)
        match = self.chooser.decide(text, toks, mentions, gov, unresolved)
        if missing:
            match.note = "; ".join(p for p in (missing, match.note) if p)
        return match



def _adm1_of(m: Match) -> str | None:
    """The governorate P-code of a found match (None when nothing was found)."""
    if not m.found:
        return None
    if m.level == "adm1":
        return m.pcode
    return next((p for p in m.parents if len(p) == 4 and p.startswith("SY")), None)


# "Aleppo (Al Kassara area, Sakhour neighbourhood)": the place a hint names in brackets after its governorate
_HINT_BRACKETS = re.compile(r"\(([^()]{3,})\)")


def _short_form(written: str, full: str) -> bool:
    """Is ``written`` the last words of the longer name ``full`` ("البوير" of "مشرفة البوير")?

    >>> _short_form("البوير", "مشرفة البوير"), _short_form("دوما", "دوما")
    (True, False)
    """
    a, b = normalise(written).split(), normalise(full).split()
    return 0 < len(a) < len(b) and b[-len(a):] == a


def _names_a_place(m: Match) -> bool:
    """Did the text itself name a place finer than a governorate given as an argument?"""
    return m.found and not (m.level == "adm1" and not m.matched)


_DEFAULT: dict[str | None, Geocoder] = {}


def default_geocoder() -> Geocoder:
    """The memoised geocoder over ``Gazetteer.load()``.

    Memoised per value of ``$INCMAP_DATA``: resolving the data directory
    checks file fingerprints, which is too slow to repeat for every
    description.
    """
    key = os.environ.get("INCMAP_DATA")
    geocoder = _DEFAULT.get(key)
    if geocoder is None:
        geocoder = _DEFAULT[key] = Geocoder(Gazetteer.load())
    return geocoder


def geocode(text: str, governorate: str | None = None, date=None,
            context: str | None = None) -> Match:
    """Geocode a place description with the default gazetteer.

    >>> geocode("Tishreen village, administratively a part of al-Ashara city, "
    ...         "in eastern rural Deir Ez-Zour governorate").pcode          # doctest: +SKIP
    'C5206'
    """
    return default_geocoder().geocode(text, governorate=governorate, date=date, context=context)
