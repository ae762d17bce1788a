"""The geocoder: from the place words of a report to a P-coded place.

``geocode(text, governorate=None, date=None) -> Match`` reads prose such as
"Tishreen village, administratively a part of al-Ashara city, in eastern
rural Deir Ez-Zour governorate" and returns the unit where the incident
happened, a point, a precision (UCDP ``where_prec``), an uncertainty radius,
a confidence, the alternatives it weighed and the words that decided.

How it decides (the full rules and scores are in ``docs/geocoder.md``):

1. **Read**: the text is cut into words; each word is classed as a name
   word, a kind word ("village", "governorate", "rural", "badiya"), a
   direction ("eastern"), a preposition, or a common English word.
2. **Find mentions**: runs of name words are looked up, longest window
   first, in the gazetteer's dictionaries (normalised form, then consonant
   skeleton, then one-edit skeleton for misspellings) and in the table of
   named regions (:mod:`geo.regions`). No fuzzy scan over all names.
3. **Give each mention a role**: the incident place (the first eligible
   one), context around it ("in X area", "administratively a part of X",
   "rural X governorate", "in Jabal al-Zawiya"), a person's origin ("from
   X town"), the two ends of a road ("between A and B"), NEAR ("near X",
   "east of X", "the southern neighbourhood of X").
4. **Score the candidates** of the incident mention: name quality + the
   level its kind word asks for + inside the governorate + inside the
   context places + the direction ("eastern rural X" favours the east of X)
   + a little for larger towns. The best wins; the margin over the best
   place elsewhere gives the confidence.
5. **Fall back honestly**: a neighbourhood missing from the gazetteer gives
   its city (NEAR); a desert named after a village gives the village's
   sub-district (AREA); only a governorate gives the governorate. Nothing
   found gives ``found=False`` and says so.

The steps live in one module each: :mod:`~geo.geocode.read` and
:mod:`~geo.geocode.words` (1), :mod:`~geo.geocode.mentions` (2),
:mod:`~geo.geocode.roles` (3), :mod:`~geo.geocode.scoring` with the table in
:mod:`~geo.geocode.scores` (4), :mod:`~geo.geocode.choose` (4-5);
:mod:`~geo.geocode.geocoder` runs them and :mod:`~geo.geocode.match` is the answer.

>>> m = geocode("Shawa village in al-Ra'ie area in eastern rural Aleppo")   # doctest: +SKIP
>>> m.pcode, m.precision.name, m.parents                                     # doctest: +SKIP
('C1255', 'COMMUNITY', ['SY02', 'SY0202', 'SY020203'])
"""

from .geocoder import Geocoder, default_geocoder, geocode
from .match import Match
from .scores import SCORES

__all__ = ["Match", "Geocoder", "geocode", "default_geocoder", "SCORES"]
