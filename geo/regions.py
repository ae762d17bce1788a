"""Named regions that are no administrative unit: Jabal al-Zawiya, Eastern Ghouta, ...

Reports place incidents "in Jabal al-Zawiya" or "in the Eastern Ghouta". These
areas have no P-code, so each is written here as the set of OCHA sub-districts
(ADM3) that make up most of it, plus a few community P-codes that lie inside
it (anchors). A reader can check every row against the gazetteer:
``incmap gazetteer search Kansafra`` lies in ``SY070501`` (Ehsem), which is in
the Jabal al-Zawiya row.

The geocoder uses a region two ways:

* as context: a candidate place inside one of the region's sub-districts,
  or within ``radius_km`` of the anchors' centre or of one of its anchors, gains
  the container score;
* as an answer of last resort, when the text names only the region: the
  region's ``unit`` (the admin unit that holds most of it) with precision
  AREA, never an invented village.

The sub-district lists are approximations of areas with no official edges;
they were drawn from the sub-districts' community lists (common usage in
reports and Wikipedia's descriptions of each area).

>>> REGIONS["jabal-zawiya"].adm3
('SY070501', 'SY070203')
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Region", "REGIONS"]


@dataclass(frozen=True)
class Region:
    """A named area with no P-code of its own."""

    id: str
    name: str  # English display name
    names: tuple[str, ...]  # spellings reports use (Latin and Arabic), matched after normalising
    adm3: tuple[str, ...]  # the sub-districts that make up most of the area
    anchors: tuple[str, ...]  # communities inside it (checkable examples)
    unit: str  # the admin unit returned when the text names only the region
    radius_km: float = 15.0  # anchors' centre +- this counts as inside
    governorate: str | None = None  # the governorate a bare mention implies
    note: str = ""


_R = Region
REGIONS: dict[str, Region] = {r.id: r for r in [
    _R("jabal-zawiya", "Jabal al-Zawiya",
       ("Jabal al-Zawiya", "Jabal al-Zawiyah", "Jabal Zawiya", "Jebel Zawiya", "Jabal az-Zawiya",
        "Jabal Alzawiya", "Zawiya mountain", "جبل الزاوية"),
       ("SY070501", "SY070203"), ("C4304", "C4309", "C4071", "C4062"), "SY070501", 15, "SY07",
       "the hills south of Ariha: Ehsem and Kafr Nobol sub-districts (al-Bara, Kansafra, "
       "Maarat Hurma, Kafr Uwaid)"),
    _R("jabal-akrad", "Jabal al-Akrad",
       ("Jabal al-Akrad", "Jabal Akrad", "Jebel al-Akrad", "Kurd Mountain", "جبل الأكراد"),
       ("SY060303", "SY060301"), ("C3704", "C3751", "C3750"), "SY060303", 12, "SY06",
       "north-east Latakia: Kansaba and Salanfa sub-districts (Salma, Kabani, Kinsabba)"),
    _R("jabal-turkman", "Jabal al-Turkman",
       ("Jabal al-Turkman", "Jabal Turkman", "Jebel Turkman", "Turkmen Mountain", "Bayirbucak",
        "جبل التركمان"),
       ("SY060002", "SY060004", "SY060005"), ("C3498", "C3557"), "SY060002", 15, "SY06",
       "north Latakia on the Turkish border: Rabee'a, Qastal Maaf and Kasab sub-districts"),
    _R("ghab", "al-Ghab plain",
       ("al-Ghab", "Ghab plain", "Sahl al-Ghab", "al-Ghab plain", "Ghab", "سهل الغاب", "الغاب"),
       ("SY050202", "SY050203", "SY050201", "SY050204"), ("C3207",), "SY050202", 20, "SY05",
       "the Orontes valley west of Hama: Ziyara, Shat-ha, Tell Salhib and Madiq Castle "
       "sub-districts"),
    _R("eastern-ghouta", "Eastern Ghouta",
       ("Eastern Ghouta", "East Ghouta", "Ghouta", "al-Ghouta al-Sharqiya", "Eastern Ghutah",
        "الغوطة الشرقية", "الغوطة"),
       ("SY030200", "SY030201", "SY030106", "SY030105", "SY030104", "SY030204"),
       ("C2338", "C2314", "C2315", "C2320"), "SY03", 12, "SY03",
       "east of Damascus: Duma, Harasta, Arbin, Kafr Batna, Maliha and Nashabiyeh "
       "sub-districts, in Duma and Markaz Rif Dimashq districts"),
    _R("western-ghouta", "Western Ghouta",
       ("Western Ghouta", "West Ghouta", "al-Ghouta al-Gharbiya", "الغوطة الغربية"),
       ("SY030900", "SY030901", "SY030800"), (), "SY030900", 12, "SY03",
       "south-west of Damascus: Darayya, Sahnaya and Qatana sub-districts"),
    # Both Ghoutas together ("several location in Eastern & Western Ghoutas", the 2013 sarin
    # attack struck both): the governorate that holds them, not one of the two.
    _R("both-ghoutas", "Eastern and Western Ghouta",
       ("Eastern and Western Ghouta", "Eastern and Western Ghoutas", "Eastern & Western Ghouta",
        "Eastern & Western Ghoutas", "East and West Ghouta", "the two Ghoutas", "both Ghoutas",
        "Ghoutas", "الغوطتين", "الغوطتان", "الغوطتين الشرقية والغربية",
        "الغوطة الشرقية والغربية"),
       ("SY030200", "SY030201", "SY030106", "SY030105", "SY030104", "SY030204", "SY030900",
        "SY030901", "SY030800"), ("C2338", "C2314", "C2315", "C2320"), "SY03", 25, "SY03",
       "the Eastern and Western Ghouta named together: Rural Damascus"),
    _R("shahba", "Shahba (northern Aleppo)",
       ("Shahba region", "Shahba area", "Shahba canton", "al-Shahba region"),
       ("SY020402", "SY020404"), ("C1621", "C1640"), "SY020402", 12, "SY02",
       "north of Aleppo city: Tall Refaat and Nabul sub-districts. A bare 'Shahba' is the "
       "Suwayda town/sub-district SY130300, so only 'Shahba region/area' means this"),
    _R("hula", "al-Hula",
       ("al-Hula", "Houla", "al-Houla", "Hula plain", "الحولة"),
       ("SY040101",), ("C2541", "C2556"), "SY040101", 8, "SY04",
       "north-west of Homs: Taldu sub-district (Taldou, Kafr Laha)"),
    _R("qalamoun", "Qalamoun",
       ("Qalamoun", "al-Qalamoun", "Qalamun", "Qalamoun mountains", "القلمون",
        "Eastern Qalamoun", "Western Qalamoun", "القلمون الشرقي", "القلمون الغربي"),
       ("SY030600", "SY030601", "SY030500", "SY030501", "SY030300", "SY030301", "SY030302",
        "SY030303"), ("C2416", "C2394", "C2387"), "SY03", 35, "SY03",
       "the mountains north of Damascus: Nabk, Deir Attiyeh, Yabroud, Esal El-Ward, Qutayfah, "
       "Jirud, Ma'loula and Raheiba sub-districts"),
    _R("badia", "the Syrian Badia (desert)",
       ("al-Badia", "al-Badiya", "Syrian desert", "Syrian Badia", "Syrian Badiya", "Badiat al-Sham",
        "البادية", "بادية الشام", "البادية السورية"),
       ("SY040500", "SY040501", "SY040106", "SY030202", "SY030203", "SY050304", "SY090104",
        "SY090103", "SY110301"), (), "SY0405", 150, "SY04",
       "the steppe and desert of central and eastern Syria: Tadmor, Sokhneh, Qaryatein, "
       "Sabe Byar, Dhameer, Oqeirbat, Tabni, Muhasan and Mansura sub-districts; with a "
       "governorate named, the answer is that governorate"),
    _R("lajat", "al-Lajat",
       ("Lajat", "al-Lajat", "al-Leja", "Lajah", "اللجاة"),
       ("SY120201", "SY130302"), (), "SY120201", 15, "SY12",
       "the lava field north-east of Daraa: Masmiyyeh and Ariqa sub-districts"),
    _R("wadi-barada", "Wadi Barada",
       ("Wadi Barada", "Barada valley", "وادي بردى"),
       ("SY030702",), (), "SY030702", 10, "SY03",
       "the Barada valley north-west of Damascus: Ein Elfijeh sub-district"),
    _R("jabal-arab", "Jabal al-Arab",
       ("Jabal al-Arab", "Jabal al-Druze", "Jabal al-Druz", "Jebel Druze", "جبل العرب"),
       (), (), "SY13", 40, "SY13", "the Druze mountain: Suwayda governorate"),
]}
