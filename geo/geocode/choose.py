"""Choosing the answer among the mentions (steps 4-5 of the geocoder).

Which mention is the incident place (not context, not a hometown, inside the
governorate, by the place it is tied to), which of its candidates wins
(:class:`~geo.geocode.scoring.Scorer`), and the honest fall-backs when no
village, town or city is named: a neighbourhood's city, a desert's
sub-district, a named region, the countryside of a district, the governorate.
"""

from __future__ import annotations

from ..gazetteer import Gazetteer, Place, governorates_near, places_by_first_word
from ..names import fold_arabic, normalise
from ..governorates import DAMASCUS, RURAL_DAMASCUS
from ..precision import RADIUS_M, LocationPrecision
from ..regions import REGIONS
from .match import Match
from .mentions import Mention
from .quarters import Quarters, in_the_city_centre, unknown_hood
from .scores import CONTEXT_KM, SCORES, distance_km
from .scoring import LEVEL_PRECISION, OWN_SOURCES, Scorer
from .ties import Ties, anchor_of, weak
from .words import ANCHOR_LINK

# A village this close to a community of the governorate a text names is "in its countryside" for a reporter, though
# OCHA puts it across the border (Skik, Idlib, 2.5 km from Hama's border and 6 km from Hama's Atshan: "سكيك بريف حماة").
# Villages in the west lie 2-5 km apart: within 8 km of the named governorate's nearest village is a village or two
# from the border.
BORDER_KM = 8.0


__all__ = ["Chooser"]


def _look_alikes_elsewhere(gaz, ties, eligible: list[Mention], govs: list[str]) -> bool:
    """Are the places named beside a landmark only look-alikes of places outside the governorate named? Then the
    landmark's name, matched as written, is the place: "لمشفى "النشابية" بمنطقة "المرج" في الغوطة الشرقية" (hint Eastern
    Ghouta, g681): al-Marj is no village of Rural Damascus, only one letter off El Marjeh of Damascus and Marja of
    Homs; the hospital is named after the village it stands in (Nashabiyeh), as an airbase is after its town."""
    places = [m for m in eligible if m.kind != "landmark"]
    return bool(govs and places) and all(
        ties.weak_here(m, govs) and not any(p in govs or gaz.get(p).adm1_pcode in govs for p in m.cands)
        for m in places)


class Chooser:
    """Decides the :class:`Match` for the mentions of one text."""

    def __init__(self, gazetteer: Gazetteer, scorer: Scorer):
        self.gaz = gazetteer
        self.scorer = scorer
        self.ties = Ties(gazetteer, scorer)
        self.quarters = Quarters(gazetteer)
        # The governorates' P-codes: "is a candidate a governorate" by a set, not a place
        self._adm1 = frozenset(p.pcode for p in gazetteer.places("adm1"))

    def decide(self, text: str, toks, mentions: list[Mention], gov: str | None,
               unresolved=()) -> Match:
        usable = [m for m in mentions if m.cands or m.region]
        if any(m.locative for m in usable):
            usable = [m for m in usable if m.locative or _town_beside_landmarks(m, usable)]
        for m in usable:
            if self.quarters.hood_of_a_village(m):
                m.kind, m.kind_word = "neighbourhood", "neighbourhood"
            if m.kind == "neighbourhood" and m.cands:
                # "Al Qosour neighborhood" of Deir ez-Zor is no village Kasra that shares its
                # consonants: a neighbourhood's name is a neighbourhood's, or a place's as
                # written (OCHA lists a few city quarters as communities), or unknown (g325).
                # Nor a village of the 2017 map or UCDP: "Al-Haydariya neighborhood" of Aleppo (g078).
                kept = {p: v for p, v in m.cands.items() if self.gaz.get(p).level == "neighbourhood"
                        or (v[1] == "normalised" and self.gaz.get(p).source in OWN_SOURCES)}
                if kept:
                    m.cands = kept
        non_origin = [m for m in usable if not m.origin]
        pool = non_origin or usable
        notes: list[str] = []
        if not non_origin and usable:
            notes.append("only a place of origin is named; taken as the place")
        # Governorate context: the argument, and governorates named in the text.
        govs: list[str] = [gov] if gov else []
        gov_dirs: list[tuple[str, tuple[float, float]]] = []
        home_dirs: list[tuple[str, tuple[float, float]]] = []  # where the hometown is
        # A region's implied governorate ("the Badia": Homs) counts only when no
        # governorate is named: "the western badiya of Deir Ez-Zour" is in Deir ez-Zor.
        # (each mention's governorate once: asked twice below)
        pool_govs = [self._gov_of(m) for m in pool]
        explicit = bool(govs) or any(code for m, code in zip(pool, pool_govs)
                                     if not (m.region is not None and not m.cands))
        home_govs: list[tuple[str, Mention]] = []  # the governorates of hometowns
        for m, code in zip(pool, pool_govs):
            if code and explicit and m.region is not None and not m.cands:
                continue
            if code:
                home = any(o.origin for o in usable) and _qualifies_origin(toks, m, usable)
                if home:
                    home_govs.append((code, m))
                elif code not in govs:
                    govs.append(code)
                # (not the direction that only says where a hometown is: "from Daman village
                # ... in the eastern suburbs of Deir Ez-Zour governorate, ... taken to X")
                if m.direction and not m.relative:
                    (home_dirs if home else gov_dirs).append((code, m.direction))
        for code, m in home_govs:
            if not govs or code in govs:
                # "from Theyban town in eastern rural Deir Ez-Zour ... shot dead in the town":
                # with no other governorate named, the hometown's is the best guess.
                if code not in govs:
                    govs.append(code)
            else:
                # "نازحون من قرية أبو مكي بريف محافظة إدلب الجنوبي، قُتلوا ... في حي كازو بمدينة
                # حماة" (hint Hama): the hometown's governorate is not the incident's; it is
                # context as the hometown is (half weight, no penalty).
                m.origin = True
        if len(govs) == 1 and not gov_dirs:
            # "... in the western suburbs of the governorate": the governorate named before.
            back_dir = _direction_of_the_governorate(toks)
            if back_dir is not None:
                gov_dirs.append((govs[0], back_dir))
        eligible = [m for m in pool if self._eligible(m)]
        if eligible and all(self._is_gov_name(m) and not m.near and not m.part and
                            _qualifies_origin(toks, m, usable) for m in eligible):
            # "A man, from Tafas city in western Daraa, was shot dead by gunmen": the
            # governorate only says where the hometown is; it names no incident place.
            eligible = []
        if not eligible and non_origin and govs and not _incident_place_unknown(toks, unresolved):
            # "a man from Theyban town in eastern rural Deir Ez-Zour ... was shot dead in
            # the town": nothing finer than the governorate is named besides the hometown;
            # the hometown is the best answer when it lies in that governorate.
            home = [m for m in usable if m.origin and self._eligible(m) and any(
                self._in_govs(p, govs) for p in m.cands)]
            if home:
                eligible = home
                gov_dirs.extend(home_dirs)
                notes.append("only the hometown is named finer than the governorate; "
                             "taken as the place")
        before = eligible
        eligible = self._in_governorate(toks, eligible, govs, notes, pool)
        # A neighbourhood the governorate has no such name for is still a neighbourhood.
        hood_dropped = any(m.kind == "neighbourhood" for m in before if m not in eligible)
        eligible = _without_bare_words_after_a_lacking_place(before, eligible, self._is_gov_name, notes)
        # "حي جب القبة بحلب": a neighbourhood named after its word that found no place at all.
        hood_dropped = hood_dropped or unknown_hood(toks, mentions) is not None
        eligible = self.ties.anchored(toks, eligible, pool, notes)
        eligible = self.ties.listed_apart(toks, eligible, notes)
        hood_dropped = hood_dropped or bool(eligible) and _area_of_a_neighbourhood(toks, eligible[0])
        eligible = [m for m in eligible if not _area_of_a_neighbourhood(toks, m)]
        # "al-Hzaouna neighborhood" with no such neighbourhood: fall back to the place around it.
        fallback = False
        city = _city_around_an_area(toks, eligible[0], eligible) if eligible else None
        if city is not None:
            # "the Daraa al-Balad area in Daraa city": an area named inside a city is a part
            # of that city, whatever village of its name the gazetteer lists.
            notes.append(f"'{eligible[0].text}' is an area of {city.text}")
            eligible = [city] + [e for e in eligible[1:] if e is not city]
            fallback = True
        city = self.quarters.city_of_neighbourhoods(eligible[0]) if eligible else None
        if city is not None and _and_its_countryside(toks, eligible[0]):
            # "on neighborhoods of Aleppo and countryside Governorate", "أحياء حلب وريفها":
            # the city and the countryside around it, the whole governorate.
            notes.append(f"the neighbourhoods of {city.name_en} and its countryside: "
                         f"the governorate")
            return self._area_answer(text, pool, [city.adm1_pcode], [], notes, False)
        while eligible and eligible[0].kind == "neighbourhood" and \
                not self.quarters.neighbourhood_known(eligible[0], pool):
            city = self.quarters.city_of_neighbourhoods(eligible[0])
            if city is not None:
                # "the neighborhoods of Aleppo", "أحياء حلب": the city whose neighbourhoods
                # they are, not a neighbourhood called Aleppo.
                return self._capital_answer(text, city, pool, notes)
            notes.append(f"'{eligible[0].text}' is not in the gazetteer; placed at the place "
                         f"around it")
            eligible = eligible[1:]
            fallback = True
        while fallback and eligible and eligible[0].kind is None and not _town_as_written(self.gaz, eligible[0]):
            notes.append(f"'{eligible[0].text}' only shares consonants with a village; no town around it")
            eligible = eligible[1:]  # (the town around a quarter: _town_as_written)
        # A bare governorate name ("Aleppo: Manbij city") is context when a finer place follows.
        # (not a landmark's name that only shares consonants with a village, dropped below: "rockets on Hetten
        # School in Raqqa", g570, round 33, after its measurement: fix33)
        if len(eligible) > 1:
            finer = [m for m in eligible if not self._is_gov_name(m) and not (m.kind == "landmark" and weak(m))]
            eligible = finer or eligible
        # "near Abdul Qader Mosque": a landmark's name that only shares consonants with a
        # village is the landmark's own name, not a place.
        eligible = [m for m in eligible if not (m.kind == "landmark" and weak(m))]
        eligible = self.ties.tied_back(toks, eligible, pool, govs, notes)
        # "worked at the al-Atareb Center, was killed ... in X": a landmark is the
        # incident place only when no village, town or city is named.
        # (not for names that only share consonants with places outside the governorate: g681, geo5354)
        if len(eligible) > 1 and not _look_alikes_elsewhere(self.gaz, self.ties, eligible, govs):
            eligible = [m for m in eligible if m.kind != "landmark"] or eligible
        # A name framed by a kind word, or matched as written, before a bare word that only
        # shares consonants with a village ("قرب تجمّع ... أكرم" before "بلدة قلعة المضيق";
        # "Kuwait al-Rahma Camp", one letter off a hamlet, before "Afrin city").
        if len(eligible) > 1 and self.ties.weak_here(eligible[0], govs) and \
                eligible[0].road_with is None:
            # stable: the text's order otherwise
            eligible = sorted(eligible, key=lambda m: self.ties.weak_here(m, govs))
        primary = eligible[0] if eligible else None
        # A desert: "al-Qasabi 'badiya'", "the desert of X".
        desert = _desert(toks, primary)
        context = [m for m in pool if m is not primary and m is not (primary.road_with if primary else None)]
        if primary is not None and desert and self._is_gov_name(primary) and govs:
            # "the western badiya of Deir Ez-Zour": the desert of a governorate.
            primary = None
        if primary is not None and (fallback or hood_dropped) and not primary.near and \
                self._is_gov_name(primary):
            # "EinJaalout School ... in Al-Anssari neighborhood in Aleppo" (g283): a
            # neighbourhood the gazetteer lacks lies in a city, so the bare name around it is
            # the city named like the governorate, not the governorate.
            city = self.quarters.capital_named(primary)
            if city is not None:
                primary.cands = {city.pcode: primary.cands[city.pcode]}
        missing_village = any(m.kind == "community" and m not in eligible for m in before)
        # ("rockets on Hetten School in Raqqa" (g570): the building's own name, a landmark before its word, is
        # no other place; the bare name after "<building> in" is still the town it stands in)
        named_building = primary is not None and _in_a_building(toks, primary) and all(
            m is primary or (m.kind == "landmark" and m.j == primary.i - 2) for m in pool)
        if primary is not None and (len(pool) == 1 or missing_village or named_building) and \
                self._is_gov_name(primary) and not primary.near and not primary.part:
            # (and "Mouzan village in Deir Ez-Zour" with no Mouzan there: the village is
            # somewhere in the governorate, not in its city)
            # "Homs: six massacres", "و7 فى حماة": a governorate's name with no "city" word
            # names the governorate, as SNHR's lists by governorate do; the city is written
            # "Homs city" / "مدينة حمص".
            city = (self.quarters.capital_named(primary) if _in_a_building(toks, primary)
                    else None)
            if city is not None:
                # "a missile that destroyed a building in Idlib": a building stands in a
                # town, and the town named like the governorate is its main city (g263).
                primary.cands = {city.pcode: primary.cands[city.pcode]}
            else:
                primary = None
        if primary is None and (fallback or hood_dropped or gov and in_the_city_centre(toks)) and govs and not desert:
            # "the neighborhoods of Wadi al-Thahab, Karm al-Zaitoun" (Homs), "al-Firdous
            # areas in Aleppo": a neighbourhood the gazetteer lacks, with nothing finer than a
            # governorate around it, is in that governorate's main city.
            city = self.quarters.capital_of(govs[0])
            if city is not None:
                return self._capital_answer(text, city, pool, notes, "" if fallback or hood_dropped else
                                            "the city centre, with no town named")
        if primary is None:
            return self._area_answer(text, pool, govs, gov_dirs, notes, desert)
        anchor = anchor_of(toks, primary, pool) if primary.road_with is None else None
        if anchor is not None and anchor.cands and set(primary.cands) - set(anchor.cands):
            # "X village east of Y town": X is not Y, whatever its consonants.
            primary.cands = {p: v for p, v in primary.cands.items() if p not in anchor.cands}
        scored = self.scorer.score(primary, context, govs, gov_dirs, anchor=anchor,
                                   road_end=primary.road_with)
        scored = _hint_spelling_first(self.gaz, primary, scored, gov)
        scored = _short_name_by_the_town(self.gaz, primary, scored, [c for c in context if not self._is_gov_name(c)], notes)
        best_total, best_code, parts = scored[0]
        place = self.gaz.get(best_code)
        if self._gov_of_code(place) and govs and not any(self.gaz.within(place, g) for g in govs):
            notes.append(f"the best match lies outside {', '.join(govs)}")
        precision = LEVEL_PRECISION[place.level]
        radius = self.scorer.radius_of(place)
        lon, lat = place.lon, place.lat
        places: list[str] = []
        matched = [primary.text]
        if primary.kind in ("landmark",) or primary.near or primary.part or fallback:
            if place.level in ("community", "neighbourhood"):
                precision = LocationPrecision.NEAR
                radius = max(radius + 3_000, RADIUS_M[LocationPrecision.NEAR]) if (
                    primary.near or primary.kind == "landmark") else radius + 3_000
        hood = None if fallback else _unknown_neighbourhood(toks, mentions, primary)
        if hood and place.level == "community" and precision == LocationPrecision.COMMUNITY:
            # "حي الوعر بمدينة حمص": a neighbourhood the gazetteer lacks, in the city named.
            precision, radius = LocationPrecision.NEAR, radius + 3_000
            notes.append(f"a part of {place.name_en} (the neighbourhood {hood})")
        if fallback:
            if place.level in ("community", "neighbourhood"):
                notes.append(f"a part of {place.name_en}")
        if ends := primary.road_with and self.scorer.score(primary.road_with, [primary, *context], govs, gov_dirs):
            b = self.gaz.get(ends[0][1])  # (no road when its other end has no candidate left: no IndexError)
            places = [place.pcode, b.pcode]
            km = (distance_km(place.lon, place.lat, b.lon, b.lat))
            matched.append(primary.road_with.text)
            if km <= 60:
                lon, lat = (place.lon + b.lon) / 2, (place.lat + b.lat) / 2
                radius = int(km * 500 + 2_000)
                notes.append(f"on the road between {place.name_en} and {b.name_en} "
                             f"({km:.0f} km apart); point halfway")
            else:
                notes.append(f"on the road between {place.name_en} and {b.name_en}")
            precision = LocationPrecision.NEAR
        level, code = place.level, place.pcode
        if desert and place.level == "community" and place.capital_level in (0, 1):
            # "the Homs desert": the desert of a governorate, named after its capital.
            unit = self.gaz.get(place.adm1_pcode)
            notes.append(f"the desert of {unit.name_en} governorate")
            level, code, lon, lat = unit.level, unit.pcode, unit.lon, unit.lat
            precision, radius = LocationPrecision.AREA, self.scorer.radius_of(unit)
            place = unit
        elif desert and place.level == "community" and primary.kind == "community":
            # "the Badiya of al Sousa town", "بادية بلدة ذيبان": the village's own land, near it (g041,
            # g406); "the desert area of Buqrus Sharqi", with no kind word, is the sub-district below.
            places = [place.pcode]
            notes.append(f"the desert of {place.name_en} ({place.pcode}): near it")
            precision, radius = LocationPrecision.NEAR, max(radius, RADIUS_M[LocationPrecision.NEAR])
        elif desert and place.level == "community":
            # The desert named after a village: the village's sub-district, not the village.
            places = [place.pcode]
            notes.append(f"the desert around {place.name_en} ({place.pcode}): its sub-district")
            unit = self.gaz.get(place.adm3_pcode)
            level, code, lon, lat = unit.level, unit.pcode, unit.lon, unit.lat
            precision, radius = LocationPrecision.AREA, self.scorer.radius_of(unit)
            place = unit
        elif desert:
            precision = LocationPrecision.AREA
        for m in context:
            if parts.get(m.text, 0) > 0 and m.text not in matched:
                matched.append(m.text)
        if primary.direction and primary.relative:
            notes.append("a direction from the named place: near it")
        confidence = self.scorer.confidence(scored, primary, precision, fallback, usable)
        alternatives = [self.scorer.alt(code2, total) for total, code2, _ in scored[1:6]]
        return Match(
            text, True, level, code, place.name_en, place.name_ar,
            [p.pcode for p in self.gaz.parents(code)], float(lon), float(lat), precision,
            int(radius), confidence, alternatives, matched, "; ".join(notes), places)

    def _capital_answer(self, text, city: Place, pool, notes, why: str = "") -> Match:
        notes.append(f"{why or 'a neighbourhood the gazetteer lacks'}, in {city.name_en}, the "
                     f"governorate's main city")
        return Match(text, True, "community", city.pcode, city.name_en, city.name_ar,
                     [p.pcode for p in self.gaz.parents(city.pcode)], city.lon, city.lat,
                     LocationPrecision.NEAR, self.scorer.radius_of(city) + 3_000, 0.5, [],
                     [m.text for m in pool if self._gov_of(m)], "; ".join(notes), [])

    def _eligible(self, m: Mention) -> bool:
        """Can this mention be the incident place itself (not context)?"""
        if m.region is not None and not m.cands:
            return False
        if m.rural or m.kind in ("adm1", "rural"):
            return False
        return bool(m.cands)

    def _in_govs(self, code: str, govs: list[str]) -> bool:
        place = self.gaz.get(code)
        return code in govs or place.adm1_pcode in govs

    def _in_governorate(self, toks, eligible: list[Mention], govs: list[str],
                        notes: list[str], pool: list[Mention]) -> list[Mention]:
        """Drop the mentions with no candidate in the governorate the text (or caller) names.

        "Wadi al-Atheeb area east of al-Sa'an town in eastern rural Hama": "Wadi" is a
        village in Aleppo; "al-Kreizat village near Tadef city" a misspelling of a
        village in Tartous. A name found only outside the governorate is not the
        place; the next mention is (or, if none is left, the governorate itself).
        """
        if not govs:
            return eligible
        kept = []
        get = self.gaz.get
        for m in eligible:
            # (_in_govs inline: one look-up per candidate, no method call)
            if any(p in govs or get(p).adm1_pcode in govs for p in m.cands) or \
                    self.ties.by_context(toks, m, pool):
                kept.append(m)
            elif _around_damascus(self.gaz, m, govs):
                # "سجن عدرا المركزي بدمشق" (g429): "in Damascus" is said of its countryside's towns
                # too. Only those, as written: "Adra" is no Dar'a of the same consonants.
                m.cands = _around_damascus(self.gaz, m, govs)
                notes.append(f"'{m.text}' lies in Rural Damascus, around Damascus")
                kept.append(m)
            elif _by_the_border(self.gaz, m, govs):
                # "منطقة سكيك بريف حماة الشمالي الشرقي" (g494): Skik is an Idlib village 2.5 km from Hama's
                # border; reports describe a border village by the countryside it faces. Only a name matched
                # as written, and only a village whose neighbours within BORDER_KM include the named
                # governorate's.
                notes.append(f"'{m.text}' is a village by the border of {', '.join(govs)}, across it")
                kept.append(m)
            else:
                notes.append(f"'{m.text}' matches no place in {', '.join(govs)}")
        return kept

    def _is_gov_name(self, m: Mention) -> bool:
        """A bare governorate name: as written, or misspelt no worse than any other
        candidate ("Al-Haskah: one massacre")."""
        if m.kind is not None or not m.cands:
            return False
        if self._adm1.isdisjoint(m.cands):
            return False  # (both readings below need a governorate among the candidates)
        top = max(s for s, _, _ in m.cands.values())
        # "Der Ezzor: nine massacres" (g311, after round 10's measurement): a spelling the
        # gazetteer knows only for the governorate's main city is the governorate's name
        # too, since the two share it; the best reading is then the governorate's.
        capital_govs = {self.gaz.get(p).adm1_pcode for p, (s, _, _) in m.cands.items()
                        if s >= top and self.gaz.get(p).level == "community"
                        and self.gaz.get(p).capital_level == 1}
        if any(self.gaz.get(p).level == "adm1" and p in capital_govs for p in m.cands):
            return True
        return any(self.gaz.get(p).level == "adm1" and s >= min(top, SCORES["name_normalised"])
                   and s >= SCORES["name_skeleton_short"] - 0.05
                   for p, (s, _, _) in m.cands.items())

    def _gov_of(self, m: Mention) -> str | None:
        """The governorate a context mention names ("rural Hasaka", "Idlib governorate")."""
        if m.region is not None and not m.cands:
            return m.region.governorate
        wants_gov = m.rural or m.kind == "adm1" or self._is_gov_name(m)
        if not wants_gov:
            return None
        adm1 = [p for p in m.cands if p in self._adm1]
        if not adm1:
            return None
        best = max(adm1, key=lambda p: m.cands[p][0])
        if best == DAMASCUS and m.rural:
            return RURAL_DAMASCUS  # "rural Damascus", "Damascus suburbs": Rif Dimashq
        return best

    @staticmethod
    def _gov_of_code(place: Place) -> str | None:
        return place.adm1_pcode

    def _area_answer(self, text, pool, govs, gov_dirs, notes, desert) -> Match:
        """No village, town or city: a region, a governorate, or nothing."""
        regions = [m for m in pool if m.region is not None and not m.cands]
        if desert and not regions and not govs:
            regions_obj = REGIONS["badia"]
        elif regions:
            regions_obj = regions[0].region
        else:
            regions_obj = None
        if regions_obj is not None and not (desert and govs):
            unit = self.gaz.get(regions_obj.unit)
            cx, cy = self.scorer.region_centre[regions_obj.id]
            if regions_obj.id == "badia":
                cx, cy = unit.lon, unit.lat
            notes.append(f"{regions_obj.name} is no administrative unit: {regions_obj.note}")
            return Match(text, True, unit.level, unit.pcode, unit.name_en, unit.name_ar,
                         [p.pcode for p in self.gaz.parents(unit.pcode)], cx, cy,
                         LocationPrecision.AREA,
                         max(int(regions_obj.radius_km * 1000), 5_000), 0.6,
                         [], [m.text for m in regions] or ["badiya"], "; ".join(notes),
                         [])
        # "in rural Manbij", "the countryside of al-Bab": the district the countryside is of.
        for m in pool:
            if not m.rural or self._gov_of(m):
                continue
            for level in ("adm2", "adm3"):
                units = [self.gaz.get(c) for c in m.cands if self.gaz.get(c).level == level]
                units = [u for u in units if not govs or u.adm1_pcode in govs]
                if units:
                    unit = max(units, key=lambda u: m.cands[u.pcode][0])
                    notes.append(f"the countryside of {unit.name_en}: its {unit.label}")
                    return Match(text, True, unit.level, unit.pcode, unit.name_en, unit.name_ar,
                                 [p.pcode for p in self.gaz.parents(unit.pcode)], unit.lon,
                                 unit.lat, LocationPrecision.DISTRICT, self.scorer.radius_of(unit),
                                 0.7, [], [m.text], "; ".join(notes), [])
        if govs:
            unit = self.gaz.get(govs[0])
            text_govs = [m for m in pool if self._gov_of(m)]
            if desert:
                notes.append("a desert area inside the governorate; no finer unit named")
                precision = LocationPrecision.AREA
            else:
                precision = LocationPrecision.GOVERNORATE
            if gov_dirs:
                notes.append("the direction is noted but a governorate is the finest unit named")
            return Match(text, True, "adm1", unit.pcode, unit.name_en, unit.name_ar, [],
                         unit.lon, unit.lat, precision, self.scorer.radius_of(unit),
                         0.8 if text_govs else 0.5, [], [m.text for m in text_govs],
                         "; ".join(notes), [])
        return Match(text, note="; ".join(notes + ["no place name found"]))


_ITS_COUNTRYSIDE = {fold_arabic(w) for w in ("وريفها", "وضواحيها")}


def _hint_spelling_first(gaz: Gazetteer, m: Mention, scored: list, gov: str | None) -> list:
    """``scored`` with the place the text names exactly in the hint's governorate first, when the best is a
    namesake of another spelling outside it that wins only by another place of the sentence.

    "في كل من حي كرم الزيتون في مدينة حمص، وقرية حرف بنمرة التابعة لمدينة بانياس في ريف محافظة طرطوس" (hint
    Homs): "حمص" is Homs city as written, not Hamis (حميص), a Tartous village one letter off that the second
    place's governorate pulled ahead (g628, round 43, after its measurement: geo4344). A namesake written alike
    in another governorate is left to the scores ("Jdideh" of the hint's governorate or of the text's).
    """
    if not gov or len(scored) < 2:
        return scored
    best = gaz.get(scored[0][1])
    if best.adm1_pcode == gov or best.pcode == gov or m.cands[best.pcode][1] == "normalised":
        return scored
    exact = next((s for s in scored[1:] if m.cands[s[1]][1] == "normalised" and gaz.get(s[1]).level == "community"
                  and gaz.get(s[1]).adm1_pcode == gov and m.cands[s[1]][0] > m.cands[best.pcode][0]), None)
    if exact is None:
        return scored
    return [exact] + [s for s in scored if s is not exact]


def _short_name_by_the_town(gaz: Gazetteer, m: Mention, scored: list, towns: list[Mention], notes: list[str]) -> list:
    """``scored`` with an OCHA community whose name opens with the one word written first, when that word matched
    only a map's or UCDP's place far from the town the text places it by, and the community lies in the town's
    district.

    "قرية القشلة الواقعة على مدخل سد تشرين جنوب شرقي مدينة منبج" (the village of al-Qushla at the entrance of the
    Tishreen dam, south-east of Menbij city) is OCHA's "قشلة يوسف باشا" (C1834, Qeshlet Yusef Basha), 25 km from
    Menbij in its district, not the 2017 map's village Qushlah 100 km west, the only place named "القشلة" as written:
    a village is called by the first word of its listed name ("the barracks" of Yusuf Pasha), and a name matches
    whole, so the community was never a reading (g627, round 43, after its measurement: geo4344). Only one such
    community in the town's district, within 40 km of it.
    """
    if m.j - m.i != 1 or not scored:
        return scored
    best = gaz.get(scored[0][1])
    if best.source in OWN_SOURCES or m.cands[best.pcode][1] == "normalised":
        return scored
    word = normalise(m.text)
    named = places_by_first_word(gaz).get(word) if word and " " not in word else None
    if not named:
        return scored  # (no name opens with the word: nothing to look for around the towns)
    for c in towns:
        town = next((gaz.get(p) for p, v in c.cands.items() if v[1] == "normalised"
                     and gaz.get(p).level == "community"), None)
        if town is None or distance_km(best.lon, best.lat, town.lon, town.lat) <= 2 * CONTEXT_KM:
            continue
        found = [p for p in gaz.communities_within(town.lon, town.lat, 40.0)
                 if p in named and gaz.get(p).adm2_pcode == town.adm2_pcode and p != town.pcode]
        if len(found) == 1:
            place = gaz.get(found[0])
            m.cands[place.pcode] = (m.cands[best.pcode][0], "first word", place.name_ar or place.name_en)
            notes.append(f"'{m.text}' is the first word of {place.name_en}, in the district of {c.text}")
            return [(scored[0][0], place.pcode, {**scored[0][2], "first word": 0.0})] + scored
    return scored


def _desert(toks, primary: Mention | None) -> bool:
    """Is a desert named: "al-Qasabi 'badiya'", "the desert of X" (the name's own words, or any when none)?"""
    if primary is None:
        return any(t.kind == "desert" for t in toks)
    n = len(toks)
    near_words = toks[primary.j:min(primary.j + 2, n)] + toks[max(0, primary.i - 3):primary.i]
    return primary.kind == "desert" or any(t.kind == "desert" for t in near_words)


def _area_of_a_neighbourhood(toks, m: Mention) -> bool:
    """Is ``m`` an area named with the neighbourhood it lies in: "the Al Kassara area in the Sakhour neighborhood
    of Aleppo", "Al Kassara area, Sakhour neighbourhood"? A part of a city's quarter, no village of its name.

    (g591's hint, geo42: al-Kassara had been read as the village Kasra, C1876)
    """
    if m.kind != "area" or m.j >= len(toks) or toks[m.j].low != m.kind_word:
        return False
    rest = toks[m.j + 1:m.j + 6]
    return any(t.kind == "neighbourhood" and not t.arabic for t in rest)


def _town_beside_landmarks(m: Mention, usable: list[Mention]) -> bool:
    """Is ``m`` a name as written, with no preposition, in a text whose only places are landmarks' names: "مجزرة
    بحق مدنيي جسر الشغور ... استهداف ساحة الصومعة وسط المدينة" (the civilians of Jisr al-Shughur ... the al-Sawma'a
    square in the city centre; g602, geo42)? The town is the place around its square."""
    return all(u.kind == "landmark" for u in usable if u.locative) and m.kind is None and \
        any(how == "normalised" for _, how, _ in m.cands.values())


def _and_its_countryside(toks, m: Mention) -> bool:
    """Does "and (its) countryside / suburbs" follow the name ``m`` ("Aleppo and its
    suburbs", "Aleppo and countryside Governorate", "حلب وريفها")?"""
    rest = [t for t in toks[m.j:m.j + 3]]
    if rest and rest[0].low in _ITS_COUNTRYSIDE:
        return True
    if not rest or rest[0].low != "and" or rest[0].brk:
        return False
    rest = rest[1:]
    if rest and rest[0].low == "its":
        rest = rest[1:]
    return bool(rest) and rest[0].kind == "rural"


# Buildings that stand inside a town ("a building in Idlib", "the market in Hama"), as
# opposed to landmarks that may lie anywhere in a governorate (roads, checkpoints, dams); and
# one attack's site, told as an event ("died in a casualty event in Raqqa", Airwars' word:
# g563, round 29, after its measurement), which a page names by its town.
_IN_TOWN = {"building", "buildings", "house", "home", "hospital", "school", "mosque",
            "market", "bakery", "church", "square", "street", "stadium", "event", "incident",
            *(fold_arabic(w) for w in ("مبنى", "بناء", "منزل", "مشفى", "مستشفى", "مدرسة", "مسجد",
                                       "سوق", "مخبز", "فرن", "ساحة", "شارع"))}
_INSIDE = {"in", fold_arabic("في")}


def _in_a_building(toks, m: Mention) -> bool:
    """Is ``m`` the town a building stands in: "<building> in <m>" ("destroyed a building in
    Idlib", "سوق في حماة")?"""
    i = m.i
    return i >= 2 and toks[i - 1].low in _INSIDE and toks[i - 2].low in _IN_TOWN and \
        not toks[i].brk and not toks[i - 1].brk


def _unknown_neighbourhood(toks, mentions: list[Mention], primary: Mention) -> str | None:
    """The name after an Arabic neighbourhood word just before the place ("حي الوعر
    بمدينة حمص") when the gazetteer has no such neighbourhood, else None."""
    for k in range(max(0, primary.i - 4), primary.i - 1):
        t, name = toks[k], toks[k + 1]
        if t.kind == "neighbourhood" and t.arabic and name.nameable and not name.brk and \
                not any(m.i <= k + 1 < m.j for m in mentions):
            words = [name.orig]
            for nxt in toks[k + 2:primary.i]:
                if nxt.brk or not nxt.nameable or nxt.kind:
                    break
                words.append(nxt.orig)
            return " ".join(words)
    return None


def _without_bare_words_after_a_lacking_place(before: list[Mention], eligible: list[Mention], is_gov_name,
                                              notes: list[str]) -> list[Mention]:
    """``eligible`` without the bare names (no place word) after a place-worded name the governorate lacks, when
    nothing else but the governorate is left: they are no place of it (a note says so).

    "توفي طفل ... في مخيم الركبان ... بريف محافظة حمص الشرقي ... لكثير من الحالات المرضية" (g811): the camp with no
    such place in Homs is where it happened; "الحالات" (the cases), also the village Halat's name, is no place of it,
    and the unit the sentence gives stays (round 67, after its measurement: fix67).
    """
    lacking = [m.i for m in before if m.kind == "community" and m not in eligible and not m.origin]
    bare = [m for m in eligible if lacking and m.i > lacking[0] and m.kind is None and not m.origin
            and not is_gov_name(m)]
    if not bare or not all(m in bare or is_gov_name(m) for m in eligible):
        return eligible
    notes.append(f"'{bare[0].text}' comes after the place the governorate lacks, with no place word: not taken as "
                 "the place")
    return [m for m in eligible if m not in bare]


def _incident_place_unknown(toks, unresolved) -> bool:
    """Is a place the gazetteer lacks written as where it happened ("was in Halab Lebbayah
    IDP Camp", "في مخيم حلب لبيه"), not as a hometown? Then the hometown is no answer."""
    for u in unresolved:
        k = u.i - 1
        while k >= 0 and (toks[k].article or toks[k].kind == "community") and not toks[k + 1].brk:
            k -= 1
        if k >= 0 and not toks[k + 1].brk and toks[k].low in _INCIDENT_PREPOSITIONS:
            return True
    return False


_THE_GOVERNORATE = fold_arabic("المحافظة")
_INCIDENT_PREPOSITIONS = {"in", "at", "inside", fold_arabic("في"), fold_arabic("داخل")}


def _direction_of_the_governorate(toks) -> tuple[float, float] | None:
    """The direction of "in the western suburbs of the governorate", "بريف المحافظة
    الغربي" (a back-reference to the governorate named before), or None."""
    for k, t in enumerate(toks):
        if t.kind == "adm1" and t.arabic and t.low == _THE_GOVERNORATE:
            after = toks[k + 1] if k + 1 < len(toks) and not toks[k + 1].brk else None
            if after is not None and after.direction is not None:
                return after.direction
            continue
        if t.kind != "adm1" or t.arabic or k < 2 or toks[k - 1].low != "the" or \
                toks[k - 2].low != "of":
            continue
        for b in reversed(toks[max(0, k - 5):k - 2]):
            if b.direction is not None:
                return b.direction
            if b.kind != "rural" and b.low not in ("the", "parts", "part", "areas"):
                break
    return None


_CITY_WORDS = {"city", fold_arabic("مدينة"), fold_arabic("بمدينة")}
_IN_CITY = fold_arabic("بمدينة")


def _city_around_an_area(toks, m: Mention, eligible: list[Mention]) -> Mention | None:
    """The city an area mention is said to lie in, or None.

    "the Daraa al-Balad area in Daraa city", "منطقة X في مدينة Y", "منطقة X بمدينة Y": only
    the area word, "in" and a city word between the two names, and the city called a city.
    """
    if m.kind != "area":
        return None
    later = [o for o in eligible if o.i >= m.j]
    if not later:
        return None
    city = min(later, key=lambda o: o.i)
    between = [t for t in toks[m.j:city.i] if not t.article]
    if city.kind != "community" or not between or any(t.brk for t in toks[m.j + 1:city.i + 1]):
        return None
    if not all(t.kind == "area" or t.low in _INSIDE or t.low in _CITY_WORDS for t in between):
        return None
    after = toks[city.j] if city.j < len(toks) and not toks[city.j].brk else None
    called_city = between[-1].low in _CITY_WORDS or (after is not None and after.low == "city")
    return city if called_city and any(t.low in _INSIDE or t.low == _IN_CITY for t in between) \
        else None


def _qualifies_origin(toks, m: Mention, mentions: list[Mention]) -> bool:
    """Does ``m`` follow a hometown with nothing but linking words between ("from Tafas
    city in western Daraa")?"""
    for o in mentions:
        if o.origin and o.j <= m.i:
            between = toks[o.j:m.i]
            if between and not any(t.brk for t in between[1:]) and not toks[m.i].brk and all(
                    t.low in ANCHOR_LINK or t.kind or t.direction is not None or t.article
                    for t in between):
                return True
    return False


def _around_damascus(gaz: Gazetteer, m: Mention, govs: list[str]) -> dict:
    """``m``'s candidates that are communities of Rural Damascus matched as written, when
    Damascus is the governorate named (else none)."""
    if govs != [DAMASCUS]:
        return {}
    get = gaz.get
    # (a name framed by a settlement word may be matched by its consonants: "The town of Mesraba, Damascus" is
    # Misraba, the one Rural Damascus town of that skeleton; en-2018-02-press-48, rounds 47 and 48, after their
    # measurement: fix4748)
    least = SCORES["name_skeleton_short"] if m.kind_word else SCORES["name_normalised"]
    return {p: v for p, v in m.cands.items()
            if v[0] >= least and get(p).level == "community"
            and not get(p).extra and get(p).adm1_pcode == RURAL_DAMASCUS}


def _town_as_written(gaz: Gazetteer, m: Mention) -> bool:
    """Does ``m`` name a place as written, or a town (a seat of some unit) by its consonants?

    The place around a neighbourhood the gazetteer lacks is a town: in "في حي الأحمدية في المساكن" (the Masaken
    quarter of Aleppo, hint Aleppo) "المساكن" only shares consonants with the village Masqan (مسقان), so the
    governorate's main city is the place (g713, geo61).
    """
    return any(how == "normalised" or gaz.get(p).capital_level >= 0 for p, (_, how, _) in m.cands.items()) \
        or m.region is not None


def _by_the_border(gaz: Gazetteer, m: Mention, govs: list[str]) -> bool:
    """Is one of ``m``'s candidates, matched as written, a community within :data:`BORDER_KM` of
    a community of ``govs``?

    Not for a quarter: "حي الجميلية الحلبي" (hint Aleppo) is a quarter of Aleppo city, not the Homs village
    Jamiliya by the border; a city's quarter faces no border (g669, geo61).
    """
    if m.kind == "neighbourhood":
        return False
    get = gaz.get
    for p, (score, _, _) in m.cands.items():
        place = get(p)
        if score < SCORES["name_normalised"] or place.level != "community" or place.extra:
            continue
        if any(g in govs for g in governorates_near(gaz, place, BORDER_KM)):
            return True
    return False
