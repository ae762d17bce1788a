"""How a place name is tied to another place the text names (part of step 4 of the geocoder).

"al Bwaider village east of Abo al Zhuhur town", "Rasm Koujan village near al-Sa'an area", "the
road between A and B", "on al Zahraa - al Hamama Road near Mazra village": the place a name is
tied to says where the name can be. These rules keep or drop the mentions the
:class:`~geo.geocode.choose.Chooser` considers; :func:`weak` says which mentions are bare words
that only share consonants with a village.
"""

from __future__ import annotations

from dataclasses import replace

from ..gazetteer import Gazetteer, Place
from ..names import fold_arabic
from .mentions import Mention
from .quarters import best_readings
from .scores import CONTEXT_KM, ROAD_KM, SCORES, distance_km
from .scoring import Scorer
from .words import ANCHOR_LINK, NEAR, OF, PLURAL_KIND

_FI = fold_arabic("في")
_NEAR_OF = NEAR | OF

__all__ = ["Ties", "anchor_of", "weak"]


def weak(m: Mention) -> bool:
    """A bare name matched only by its consonants (or one letter off): in Arabic prose
    and in long English names most such hits are common words or other names."""
    if m.kind in ("community", "neighbourhood") and any(
            how in ("normalised", "skeleton") for _, how, _ in m.cands.values()):
        return False
    return max((s for s, _, _ in m.cands.values()), default=0.0) < SCORES["name_skeleton"]



def anchor_of(toks, m: Mention, pool: list[Mention]) -> "Mention | None":
    """The place ``m`` is tied to by "near", "of" or a direction ("X village west of Y")."""
    later = [o for o in pool if o.i >= m.j]
    if not later:
        return None
    nxt = min(later, key=lambda o: o.i)
    if nxt.rural or nxt.kind in ("adm1", "rural", "landmark"):
        return None  # (no anchor whatever the words between: asked first, it is the cheapest)
    between = toks[m.j:nxt.i]
    if len(between) > 6 or any(t.brk for t in between[1:]) or \
            (nxt.i < len(toks) and toks[nxt.i].brk):
        return None
    words = {t.low for t in between}
    ties = words & _NEAR_OF or any(t.direction is not None for t in between) or (
        # "Bustan al-Qasr neighborhood in Aleppo city": a neighbourhood is in its city.
        m.kind == "neighbourhood" and words & {"in", _FI} and nxt.kind == "community")
    allowed = all(t.low in ANCHOR_LINK or t.kind in ("community", "area")
                  or t.direction is not None or t.article for t in between)
    if not ties or not allowed:
        return None
    return nxt


class Ties:
    """The tie rules over one gazetteer and its scorer."""

    def __init__(self, gazetteer: Gazetteer, scorer: Scorer):
        self.gaz = gazetteer
        self.scorer = scorer

    def _in_govs(self, code: str, govs: list[str]) -> bool:
        place = self.gaz.get(code)
        return code in govs or place.adm1_pcode in govs

    def by_context(self, toks, m: Mention, pool: list[Mention]) -> bool:
        """Does a candidate of ``m`` lie in a named region of the text ("al Shari'a village
        ... al Ghab area in Homs governorate": al-Ghab is in Hama), or beside the place
        the text ties it to ("al Bwaider village east of Abo al Zhuhur town in eastern
        Idlib": across the line, in Aleppo)? A report's governorate is loose at its
        edges; a region or a named town is not."""
        anchor = anchor_of(toks, m, pool)
        for c in pool:
            if c is m or not (c.region is not None and not c.cands or c is anchor):
                continue
            strong = [p for p, (_, how, _) in m.cands.items() if how in ("normalised", "skeleton")]
            if any((self.scorer.context_fit(self.gaz.get(p), c) or 0) > 0 for p in strong):
                return True
        return False

    def anchored(self, toks, eligible: list[Mention], pool: list[Mention],
                  notes: list[str]) -> list[Mention]:
        """Drop a first mention the text ties to a named place it is nowhere near.

        "al-Sukariyya village west of al-Boukamal city", "Rasm Koujan village near
        al-Sa'an area", "the road between Rawd al-Wahsh and al-Sukhna": the village
        must lie by the place it is tied to (within that unit, or CONTEXT_KM of it;
        ROAD_KM for the two ends of a road). A namesake far away is not it: the
        village is taken as missing from the gazetteer and the anchor answers, NEAR.
        """
        while len(eligible) > 1:
            m = eligible[0]
            anchor = m.road_with if m.road_with is not None else anchor_of(toks, m, pool)
            if anchor is None or not anchor.cands:
                break
            if m.road_with is not None:
                close = any(distance_km(self.gaz.get(a).lon, self.gaz.get(a).lat,
                                self.gaz.get(b).lon, self.gaz.get(b).lat) <= ROAD_KM
                            for a in m.cands for b in anchor.cands)
                # Keep the end whose name matched better; drop the other.
                if close or max(s for s, _, _ in m.cands.values()) > \
                        max(s for s, _, _ in anchor.cands.values()):
                    break
            else:
                close = any((self.scorer.context_fit(self.gaz.get(p), anchor) or 0) > 0
                            for p in m.cands) or self._towards(toks, m, anchor)
                if close:
                    break
            if anchor not in eligible:
                break
            notes.append(f"'{m.text}' is not in the gazetteer near {anchor.text}")
            anchor.near = True
            eligible = [e for e in eligible if e is not m]
            if eligible[0] is not anchor:
                eligible.remove(anchor)
                eligible.insert(0, anchor)
        return eligible

    def _towards(self, toks, m: Mention, anchor: Mention) -> bool:
        """Does a reading of ``m`` lie in the district of the town a direction ties it to, on that side of it?

        "قرية القسطل شرقي مدينة سلمية" (the village of al-Qastal east of the town of al-Salamiyeh): al-Qastal lies
        50 km east of al-Salamiyeh, beyond CONTEXT_KM, but in its district and to its east; a direction, unlike
        "near", spans the town's countryside (round 65, after its measurement: fix6465, g787).
        """
        d = next((t.direction for t in toks[m.j:anchor.i] if t.direction is not None), None)
        if d is None or d == (0.0, 0.0):
            return False
        towns = [self.gaz.get(a) for a in anchor.cands]
        towns = [t for t in towns if t.level == "community"]
        for p, (_, how, _) in m.cands.items():
            place = self.gaz.get(p)
            if how != "normalised" or place.level != "community":
                continue
            if any(place.adm2_pcode == t.adm2_pcode and
                   (place.lon - t.lon) * d[0] + (place.lat - t.lat) * d[1] > 0 for t in towns):
                return True
        return False

    def tied_back(self, toks, eligible: list[Mention], pool: list[Mention], govs: list[str],
                   notes: list[str]) -> list[Mention]:
        """Drop a village named as the anchor of a road or landmark it is nowhere near.

        "on al Zahraa - al Hamama Road near Mazra village": the village the gazetteer has
        under that name lies 30 km away; the road is the place (its ends are named), the
        village is missing from the gazetteer.
        """
        out = list(eligible)
        for m in eligible:
            before = [o for o in pool if o.j <= m.i and o is not m]
            if not before or not m.near:
                continue
            prev = max(before, key=lambda o: o.j)
            if prev.kind != "landmark" and prev.road_with is None and \
                    not any(o.road_with is prev for o in before):
                continue  # only a road or a landmark is placed by the village it is near
            between = toks[prev.j:m.i]
            if len(between) > 4 or not {t.low for t in between} & NEAR or \
                    any(t.brk for t in between):
                continue
            ends = [prev] + ([prev.road_with] if prev.road_with else []) + \
                [o for o in before if o.road_with is prev]
            fixed = [self.gaz.get(p) for e in ends for p, (s, how, _) in e.cands.items()
                     if how == "normalised" and (not govs or self._in_govs(p, govs))]
            if not fixed:
                continue
            ours = [self.gaz.get(p) for p in m.cands if not govs or self._in_govs(p, govs)]
            if ours and not any(distance_km(a.lon, a.lat, b.lon, b.lat) <= CONTEXT_KM
                                for a in ours for b in fixed):
                notes.append(f"'{m.text}' is not in the gazetteer near {prev.text}")
                out.remove(m)
        return out

    def weak_here(self, m: Mention, govs: list[str]) -> bool:
        """:func:`weak`, judged by the candidates inside the governorate named (when any is).

        "أثناء عملهم في حفر الأنفاق ... في قرية تل بارود ... جنوب غرب محافظة الحسكة": the
        noun "حفر" (digging) is Hafr of Homs as written, but in al-Hasakeh only a look-alike
        (Hafayer); the village framed by its kind word is the place (g277).
        """
        if weak(m) or not govs:
            return weak(m)
        inside = {p: v for p, v in m.cands.items() if self._in_govs(p, govs)}
        return bool(inside) and len(inside) < len(m.cands) and \
            weak(replace(m, cands=inside))

    def listed_apart(self, toks, eligible: list[Mention], notes: list[str]) -> list[Mention]:
        """Drop a first name of a list of villages that lies apart from all the others.

        "the villages of Tal Khalil, Hajiya and Sharmoukh in Al Hasaka province": the
        villages of one list lie together. When the names listed after the first lie within
        CONTEXT_KM of each other and no reading of the first lies within CONTEXT_KM of any of
        theirs (OCHA's Tal Khalil is 35 km from Hajiya), the first is a village the gazetteer
        lacks under that name, and the next one answers.
        """
        if len(eligible) < 3 or not any(t.low in PLURAL_KIND
                                        for t in toks[max(0, eligible[0].i - 3):eligible[0].i]):
            return eligible
        listed = [eligible[0]]
        for m in eligible[1:]:
            between = [t for t in toks[listed[-1].j:m.i] if not t.article]
            if m.kind is not None or len(between) > 1 or \
                    any(t.low not in ("and", "و") for t in between):
                break
            listed.append(m)
        if len(listed) < 3:
            return eligible
        readings = [[self.gaz.get(p) for p in best_readings(m)] for m in listed]

        def close(a: list[Place], b: list[Place]) -> bool:
            return any(distance_km(x.lon, x.lat, y.lon, y.lat) <= CONTEXT_KM
                       for x in a for y in b)

        rest = readings[1:]
        if all(close(a, b) for a, b in zip(rest, rest[1:])) and \
                not any(close(readings[0], b) for b in rest):
            notes.append(f"'{listed[0].text}' is not in the gazetteer near {listed[1].text}")
            return eligible[1:]
        return eligible
