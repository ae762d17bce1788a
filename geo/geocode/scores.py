"""The geocoder's scores and distances, in one table a reader can follow.

A candidate place's total is the sum of the parts of :data:`SCORES` that
apply to it (see ``docs/geocoder.md``); the distances say when two places
count as the same, as inside a context place, or as the two ends of a road.
"""

from __future__ import annotations

import math

from rapidfuzz import fuzz

__all__ = ["SCORES", "CONTEXT_KM", "ROAD_KM", "SAME_PLACE_KM", "distance_km", "similarity"]

# The scores a reader can follow (see docs/geocoder.md). A candidate's total
# is the sum of the parts that apply to it.
SCORES = {
    # how the name matched
    "name_normalised": 0.95,  # same after folding articles, vowels, Arabic letter forms
    "name_skeleton": 0.85,  # same consonant skeleton (4+ consonants)
    "name_skeleton_short": 0.75,  # same skeleton of 3 consonants: many places share it
    "name_near": 0.70,  # skeleton one letter off (a misspelling)
    # GeoNames alternate names are attached to communities by position and
    # skeleton; a few are wrong ("Bouta" on Mzeireb), so they count a little less.
    "geonames_alias": 0.05,
    # A village mark of the 2017 Wikipedia map (geo/extra_places.py): a place or spelling
    # the OCHA list lacks, from a crowd-drawn map; the official name wins a tie.
    "map_mark": 0.08,
    # A place of a UCDP GED event located exactly ("Al Bahrah village"): a curated dataset,
    # but its names are English spellings of GeoNames'; the official name wins a tie.
    "ucdp_place": 0.06,
    # the name is only part of a longer capitalised name ("Bab" of "Bab al-Salama")
    "partial_name": 0.15,
    # the level the kind word asks for ("Shawa village" -> a community)
    "kind_fits": 0.30,
    "kind_close": 0.10,
    "kind_clashes": -0.30,
    "no_kind_community": 0.10,  # a bare name is most often a village, town or city
    "city_is_seat": 0.10,  # "X city": reports call district and sub-district seats cities
    "area_is_seat": 0.05,  # "X area" named after a seat town: the town, not its unit
    # the governorate (argument, or named in the text)
    "in_governorate": 0.40,
    "outside_governorate": -0.50,
    # a context place named in the text ("in al-Ra'ie area", "a part of al-Ashara city")
    "in_context": 0.35,
    "outside_context": -0.10,
    # a candidate farther than CONTEXT_KM from the place the text ties it to ("east of Y")
    "off_anchor": -0.30,
    # "eastern rural X": + this much for the eastern half of X (saturating half-way
    # out from the centre of its bounding box), - as much for the western half
    "direction": 0.20,
    # a little for larger places, which reports name more often (OCHA capital level)
    "capital": {0: 0.06, 1: 0.08, 2: 0.06, 3: 0.03},  # 0 is only on Sur (C5157), a data quirk
}
# A community this close to a context community counts as inside it
# ("Tishreen village, administratively a part of al-Ashara city").
CONTEXT_KM = 15.0
# The two ends of a road a report names lie this close together at most.
ROAD_KM = 60.0
# Candidates this close to the winner are the same place at another level
# (Manbij city / Manbij district), not a rival.
SAME_PLACE_KM = 5.0

_KM_LAT = 110.574
_KM_LON = 111.320 * math.cos(math.radians(35.0))  # Syria spans 32-37.5 N


def distance_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Distance in km on a local flat projection (within 1% over Syria for the < 100 km
    distances the rules compare; much cheaper than great-circle)."""
    dx = (lon2 - lon1) * _KM_LON
    dy = (lat2 - lat1) * _KM_LAT
    return math.sqrt(dx * dx + dy * dy)


def similarity(a: str, b: str) -> float:
    """0..1 similarity of two normalised names (rapidfuzz ratio; a few microseconds)."""
    return fuzz.ratio(a, b) / 100.0

