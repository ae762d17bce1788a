"""Places beyond the OCHA 2015 list (geo/extra_places.py): the project's authored file, the
2017 Wikipedia map's village marks and UCDP GED's located places, read at run time from the
data directory; and OCHA's own longer names found by their short form (geo/gazetteer.py)."""

from __future__ import annotations

import csv

import pytest

from geo.errors import DataError
from geo.extra_places import (AUTHORED_PATH, SOURCE_UCDP, authored_places, mark_names,
                               mark_places, ucdp_places)


def test_authored_rows_are_sourced_and_their_parent_is_where_the_point_lies(gaz):
    rows = authored_places()
    assert len(rows) >= 3
    for p in rows:
        assert p.source and "http" not in p.name_en
        with open(AUTHORED_PATH, encoding="utf-8") as fh:
            source = {r["id"]: r["source"] for r in csv.DictReader(fh)}[p.id]
        assert len(source) > 20  # a citation, not a word
        # The parent P-code written in the file is the reverse look-up of the point.
        assert gaz.reverse(p.lon, p.lat).adm3_pcode == p.adm3_pcode, p.id
        place = gaz.get(p.id)
        assert place.extra and place.level == "community" and place.adm3_pcode == p.adm3_pcode


def test_authored_file_errors_name_the_line(tmp_path):
    f = tmp_path / "extra.csv"
    f.write_text("id,name_en,name_ar,alt_names,lon,lat,adm3_pcode,source,note\n"
                 "X0001,A,,,38.7,36.6,SY110200,a source,\n"
                 "X0001,B,,,38.7,36.6,SY110200,a source,\n", encoding="utf-8")
    with pytest.raises(DataError, match="line 3"):
        authored_places(f)
    f.write_text("id,name_en,name_ar,alt_names,lon,lat,adm3_pcode,source,note\n"
                 "X0002,B,,,12.0,48.0,,a source,\n", encoding="utf-8")
    with pytest.raises(DataError, match="outside Syria"):
        authored_places(f)


def test_mark_labels_give_their_spellings():
    assert mark_names("al Husamiyah/Hesamî") == ["al Husamiyah", "Hesamî"]
    assert mark_names("Qahtaniyah <small>(Tirbespiyê)</small>") == ["Qahtaniyah", "Tirbespiyê"]


def test_marks_add_places_and_spellings_not_duplicates(gaz, data):
    marks = {m.id: m for m in mark_places(data.path_of("marks_2017"))}
    # Bases and checkpoints are no villages.
    assert not any("Checkpoint" in m.name_en for m in marks.values())
    # A village the OCHA list lacks: a place of its own, with its sub-district.
    rasm = gaz.get("W3453")  # 'Rasm al Ahmar' in the al-Saan area of eastern Hama
    assert rasm.extra and rasm.adm3_pcode == "SY050302" and rasm.source == "wikipedia-map-2017"
    # A mark the authored file holds (al-Ahmadiya, X0001) is not added twice.
    assert "W5643" not in gaz and "X0001" in gaz
    # A mark at an OCHA community under another name is a spelling of that community.
    assert "Abu Hurayj" in gaz.names_of("C3277")  # 'Abu Hariq (Abu Hurayj)' at Abu Hreik
    # A mark with the same name as the community it sits at adds no place.
    assert not any(p.extra and p.name_en == "Babisqa" and p.pcode.startswith("W")
                   for p in gaz.places("community"))  # the authored X0003 holds it
    # A governorate's label is no village.
    assert not [p for p in gaz.places("community") if p.extra and p.name_en == "Aleppo"]


def test_geocoder_finds_the_missing_villages(gaz):
    from geo.geocode import Geocoder

    g = Geocoder(gaz)
    m = g.geocode("A nine-year-old child from al Ahmadiya village of Tal Abyad in northern "
                  "Raqqa governorate was killed", governorate="Raqqa")
    assert m.pcode == "X0001"
    assert m.parents == ["SY11", "SY1102", "SY110200"]
    # "Teyban" (ذيبان, Thiban) is not Tabni (طبني, same consonants) in the east of Deir ez-Zor.
    m = g.geocode("A man from Teyban town in the eastern suburbs of Deir Ez-Zour governorate "
                  "was shot dead in the town")
    assert m.pcode == "C5202"
    # ... while Tabni, written as Tabni, stays Tabni.
    assert g.geocode("Tabni town", governorate="Deir Ez-Zour").pcode == "C5131"
    # An OCHA name beats a map mark of the same spelling elsewhere in the governorate.
    assert g.geocode("Menbij city").pcode == "C1767"
    # Majdal Shams, in the occupied Golan, has no OCHA community; "the occupied Golan" as a hint is
    # Quneitra governorate. Round 9's held-out sentence g293 (ar-2024-07-press-01), after its measurement.
    m = g.geocode("سقوط صاروخ على أرضية الملعب البلدي لكرة القدم في قرية مجدل شمس في الجولان السوري المحتل",
                  governorate="الجولان المحتل")
    assert (m.pcode, m.parents) == ("X0005", ["SY14", "SY1400", "SY140003"])
    # Rasm al-Yatna (رسم اليتنة) is the 2017 map's Rasm al-Tineh (رسم التينة), the press's other spelling of the
    # same village of As-Saan (round 19's held-out g408, ar-2024-01-news-19, after its measurement)
    m = g.geocode("على خيم مدنيين يعملون في رعي الأغنام في قرية رسم اليتنة في ناحية السعن في ريف مدينة سلمية في ريف"
                  " محافظة حماة الشرقي", governorate="ريف حماة الشرقي")
    assert (m.pcode, m.parents) == ("X0007", ["SY05", "SY0503", "SY050302"])
    # geo37: Bala of the Eastern Ghouta (UCDP's point, g432), Fnaijin of northern rural Deir ez-Zor (the 2017
    # map's Fanajin, g407), al-Shannan opposite al-Quriyeh (UCDP's Ash Shinan, g406) in Arabic and English.
    m = g.geocode("جراء قصف الطيران بصواريخ فراغية بلدة بالا في الغوطة الشرقية بريف دمشق.", governorate="ريف دمشق")
    assert (m.pcode, m.parents) == ("X0011", ["SY03", "SY0302", "SY030204"])
    m = g.geocode("هاجم مسلحون منزلاً في قرية فنيجين بريف محافظة دير الزور الشمالي",
                  governorate="ريف دير الزور الشمالي")
    assert m.pcode == "X0012"
    assert g.geocode("in Fanajin village in the northern countryside of Deir ez-Zor").pcode == "X0012"
    assert g.geocode("قتل طفل في قرية الشنان بريف دير الزور الشرقي").pcode == "X0010"
    m = g.geocode("A man from al Shannan village which is administratively a part of Theyban town was killed "
                  "in the Badiya (desert area) of Shannan village", governorate="Deir Ez-Zour (east)")
    assert m.pcode == "X0010"


def test_without_map_marks_only_ocha_and_the_authored_file(data):
    from geo.gazetteer import Gazetteer

    plain = Gazetteer.load(data, map_marks=False)
    assert "X0001" in plain and "W5643" not in plain
    assert not any(p.pcode.startswith("W") for p in plain.places("community"))


def test_ocha_only(data):
    from geo.gazetteer import Gazetteer

    plain = Gazetteer.load(data, extra_places=False)
    assert not any(p.extra for p in plain.places("community"))


def test_ucdp_places_read_exactly_located_names(data):
    places = ucdp_places(data.path_of("ucdp"))
    assert len(places) > 1000 and all(p.source == SOURCE_UCDP for p in places)
    names = {n for p in places for n in p.names}
    assert {"Tadmur", "Palmyra", "Al Bahrah"} <= names  # "Tadmur/Palmyra town"
    assert not any("Airbase" in n or "checkpoint" in n.lower() for n in names)


def test_ucdp_adds_villages_and_spellings_not_duplicates(gaz):
    # Al Bahrah (Hajin sub-district) is missing from OCHA's list: a place of its own.
    bahra = [p for p in gaz.places("community") if p.source == "ucdp-ged" and p.name_en == "Al Bahrah"]
    assert len(bahra) == 1 and bahra[0].adm3_pcode == "SY090201"
    # A UCDP spelling of an OCHA town is a name of that town, not a second place.
    assert not any(p.source == "ucdp-ged" and p.name_en in ("Tadmur", "Ariha", "Manbij")
                   for p in gaz.places("community"))


def test_ocha_names_with_a_parent_are_found_by_their_own_name(gaz):
    # "Kafraya Maar Tamsarin" (Maaret Tamsrin sub-district) and "Kafraya Elmaarra" (Al Ma'ra).
    assert "Kafraya" in gaz.names_of("C3952") and "Kafraya" in gaz.names_of("C4045")
    assert "Ziyara" in gaz.names_of("C1358")  # "Ziyara Afrin"
    # A generic first word is no name: "Maaret" of "Maaret Atarib".
    assert "Maaret" not in gaz.names_of("C1038")


def test_a_mark_beside_a_longer_ocha_name_is_its_spelling(gaz):
    # The 2017 map's "Al Buwaydir", 1.8 km from OCHA's "Kulet Elbweider".
    assert "Al Buwaydir" in gaz.names_of("C1116")
    assert not any(p.name_en == "Al Buwaydir" for p in gaz.places("community") if p.extra)


def test_quarters_are_sourced_neighbourhoods_of_their_city(gaz):
    from geo.extra_places import QUARTERS_PATH, authored_quarters

    rows = authored_quarters()
    assert len(rows) >= 3
    with open(QUARTERS_PATH, encoding="utf-8") as fh:
        source = {r["id"]: r["source"] for r in csv.DictReader(fh)}
    for q in rows:
        assert len(source[q.id]) > 20  # a citation, not a word
        place, city = gaz.get(q.id), gaz.get(q.city_pcode)
        assert place.level == "neighbourhood" and place.city_pcode == city.pcode
        # The point lies in its city's sub-district and within a few km of the city's point.
        assert gaz.reverse(q.lon, q.lat).adm3_pcode == city.adm3_pcode == place.adm3_pcode, q.id
        assert ((q.lon - city.lon) ** 2 + (q.lat - city.lat) ** 2) ** 0.5 < 0.1, q.id


def test_quarter_file_errors_name_the_line(tmp_path):
    from geo.extra_places import authored_quarters

    f = tmp_path / "quarters.csv"
    f.write_text("id,name_en,name_ar,alt_names,lon,lat,city_pcode,source,note\n"
                 "Q0001,A,,,37.1,36.2,C1007,a source,\n"
                 "Q0002,B,,,37.1,36.2,,a source,\n", encoding="utf-8")
    with pytest.raises(DataError, match="line 3"):
        authored_quarters(f)


def test_a_quarter_named_with_its_city_is_placed_at_the_quarter(gaz):
    from geo.geocode import Geocoder

    g = Geocoder(gaz)
    # en-2024-12-news-01 (tune): "... neighborhoods adjacent to al-Sheikh Maqsoud and al-Ashrafiya"
    # in Aleppo city; the quarter keeps Aleppo (C1007) as the unit it lies in.
    m = g.geocode("neighborhoods adjacent to al-Sheikh Maqsoud", governorate="Aleppo")
    assert (m.pcode, m.level, m.parents[-1]) == ("Q0001", "neighbourhood", "C1007")
    for text in ("حي الشيخ مقصود في حلب", "Sheikh Maqsoud neighborhood in Aleppo city"):
        assert g.geocode(text).pcode == "Q0001", text
    m = g.geocode("قصف حي بابا عمرو بحمص")
    assert (m.pcode, m.parents[-1]) == ("Q0003", "C2528")


def test_no_sentence_elsewhere_is_placed_at_a_quarter(gaz):
    """Every real sentence of the corpus placed at a quarter expects that quarter's
    governorate: a quarter's name never takes a sentence about a village elsewhere
    (Baamra in Hama and Tartous shares Baba Amr's consonants)."""
    from pathlib import Path

    from geo.geocode import Geocoder

    g = Geocoder(gaz)
    rows = list(csv.DictReader(open(Path(__file__).parent / "corpus" / "snhr" /
                                    "geocode_sentences.csv", encoding="utf-8")))
    assert len(rows) > 300
    for r in rows:
        m = g.geocode(r["text"], governorate=r["governorate_hint"] or None,
                      context=r["context"] or None)
        if m.found and m.pcode and m.pcode.startswith("Q"):
            want = (r["expected_pcode"] or "")
            assert gaz.get(m.pcode).city_pcode == want or not want, r["id"]
    assert g.geocode("Baamra village", governorate="Tartous").pcode == "C5486"


def test_shoura_near_sasa_is_placed_at_the_map_mark(gaz):
    # g425 (geo36): "مساكن قرية شورى قرب بلدة سعسع غرب محافظة ريف دمشق"; the 2017 map marks
    # "Choura" 3 km south-east of Sa'sa'.
    from geo.geocode.geocoder import Geocoder
    m = Geocoder(gaz).geocode('إثر انفجار عبوة ناسفة في مساكن قرية "شورى" قرب بلدة "سعسع" غرب محافظة ريف دمشق',
                              governorate="غرب محافظة ريف دمشق")
    assert m.pcode == "X0009" and gaz.get("X0009").adm3_pcode == "SY030802"


def test_al_qubeir_beside_maarzaf_is_an_authored_village(gaz):
    # g581 (geo4344): the sentence before, "بعد حصار قرية القبير بريف حماة الشمالي الغربي ...", had been the 2017 map's
    # Kubbariyah by its consonants; al-Qubeir (X0013, the village of the June 2012 massacre, 2.6 km from Maarzaf) is
    # authored from its Wikipedia article's point.
    from geo.geocode.geocoder import Geocoder
    g = Geocoder(gaz)
    m = g.geocode("وثّقت “الشبكة السورية لحقوق الإنسان” مقتل 50 مدنيًا بينهم عشرة أطفال وتسع سيدات.",
                  governorate="ريف حماة الشمالي الغربي",
                  context="بعد حصار قرية القبير بريف حماة الشمالي الغربي من قبل قوات النظام السوري مدعومة بآليات ثقيلة")
    assert m.pcode == "X0013" and gaz.get("X0013").adm3_pcode == "SY050500"
    assert g.geocode("shabiha killed civilians in al-Qubeir village in the Hama countryside").pcode == "X0013"


def test_al_sawaghiya_beside_al_fuah_is_an_authored_village(gaz):
    # g644 (geo61): "قرية الصواغية بريف محافظة إدلب الشمالي الشرقي" had been the 2017 map's mark al-Suwaghiyah, which
    # has no Arabic name, so the answer's spelling did not name it; al-Sawaghiya (X0014) is authored at the mark's point
    # with its Arabic name, and the mark adds nothing of its own
    from geo.geocode.geocoder import Geocoder
    g = Geocoder(gaz)
    m = g.geocode("أثناء لعبهما بها قرب منزلهما في قرية الصواغية بريف محافظة إدلب الشمالي الشرقي، الخاضعة لسيطرة "
                  "مشتركة بين فصائل في المعارضة المسلحة وهيئة تحرير الشام.",
                  governorate="ريف محافظة إدلب الشمالي الشرقي")
    assert m.pcode == "X0014" and gaz.get("X0014").adm3_pcode == "SY070002"
    assert g.geocode("shelling on al Sawaghiya village in the northern suburbs of Idlib").pcode == "X0014"
    assert "W4987" not in gaz


def test_mashmashan_of_jisr_al_shughur_is_an_authored_village(gaz):
    # g807 (ar-2018-02-news-66; round 66, after its measurement: fix66): "قرية مشمشان بريف جسر الشغور الشرقي" had been
    # placed at Western Marj Akhdar (C4212), 0.3 km from the 2017 map's mark Mishmishan (no Arabic name); Mashmashan
    # (X0015) is authored at the mark's point (UCDP's located "Mishmishan village" agrees) with its Arabic name
    from geo.geocode.geocoder import Geocoder
    g = Geocoder(gaz)
    m = g.geocode('وحسب مراسل "أورينت"، تم مقتل 6 مدنيين وإصابة 15 آخرين في قرية مشمشان بريف جسر الشغور الشرقي، جراء 4 '
                  "غارات جوية بالصواريخ الفراغية من قبل طائرات الاحتلال الروسي",
                  governorate="ريف جسر الشغور الشرقي")
    assert m.pcode == "X0015" and gaz.get("X0015").adm2_pcode == "SY0704"
    assert g.geocode("Airstrikes target Mishmishan village in Jisr al-Shughur countryside").pcode == "X0015"
    # the neighbouring OCHA village keeps its own name
    assert g.geocode("قرية المرج الأخضر الغربي بريف جسر الشغور").pcode == "C4212"
