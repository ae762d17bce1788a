"""Victim names never reach the public (issue 17, finding 1): every field, every spelling.

The probe: one incident whose names appear in every text field, in its source id (and so its
id) and its URL, written with doubled and non-breaking spaces, in capitals, in Arabic with
tashkeel and tatweel. Every public output (API items, OGC features, one feature, the map's
data, the four export formats) is searched for the names' parts in every form, independently
of the code that withholds them.
"""

from __future__ import annotations

import json
import sqlite3
import urllib.parse

import pytest

from geo.incident import Incident
from geo.privacy import PUBLIC_ID_RE, WITHHELD, NameMatcher
from tests.test_api import AUTH, demo_store, is_problem, writable  # noqa: F401 (fixtures)

NAMES = ["Hanan al-Dreib", "Suhaila al-Mohammad"]
# The parts of the names a reader could recognise, in every script and form.
PARTS = ["hanan", "dreib", "suhaila", "حنان", "الدريب", "دريب", "سهيلة"]


def leaks(body: bytes | str) -> list[str]:
    """The name parts found in a response, decoded every way a client might decode it."""
    text = body.decode("utf-8", "ignore") if isinstance(body, bytes) else body
    forms = {text, urllib.parse.unquote_plus(text)}
    try:
        forms.add(json.dumps(json.loads(text), ensure_ascii=False))
    except ValueError:
        pass
    found = []
    for form in forms:
        low = " ".join(form.casefold().split())
        # Arabic written with tashkeel or tatweel is found by its letters.
        bare = "".join(c for c in low if not ("\u064b" <= c <= "\u065f" or c == "\u0640"))
        found += [p for p in PARTS if p in bare]
    return sorted(set(found))


# --------------------------------------------------------------------------- the matcher

@pytest.mark.parametrize("text", [
    "Hanan al-Dreib", "HANAN AL-DREIB", "hanan  al-dreib", "Hanan\u00a0al-Dreib",
    "Hanan\tal\nDreib", "Ｈａｎａｎ ａｌ-Ｄｒｅｉｂ", "Hanan al Dreib", "hanan_al_dreib",
    "Hanan-al-Dreib", "Hanan%20al-Dreib", "HananAlDreib", "Hanan el-Dreib", "Hanan Al-Draib",
    "حنان الدريب", "حَنان الدّريب", "حنـــان الدريـب", "Hana\u00adn al-Dreib",
])
def test_a_name_is_found_however_it_is_written(text):
    m = NameMatcher(["Hanan al-Dreib"])
    assert m.found_in(f"killed: {text}."), text
    assert not leaks(m.redact(f"killed: {text}.").replace(WITHHELD, "")), text


def test_an_arabic_name_is_found_in_latin_text():
    m = NameMatcher(["حنان الدريب"])
    assert m.redact("A woman, Hanan al-Dreib, was killed") == f"A woman, {WITHHELD}, was killed"


@pytest.mark.parametrize("text,kept", [
    ("Hanan was killed by a sniper", "was killed by a sniper"),
    ("the child HANAN, 7, and her mother", "the child"),
    ("shells hit the al-Dreib family home", "family home"),
    ("Suhaila\u00a0was hurt", "was hurt"),
    ("أصيبت سهيلة بجروح", "بجروح"),            # Suhaila, written in Arabic
    ("عائلة الدريب", "عائلة"),                 # the al-Dreib family
    ("Muhammad's son", "son"),               # another spelling of Mohammad
])
def test_a_part_of_a_name_alone_is_withheld(text, kept):
    """A victim named by a lone first name (or a family name) in the incident's own text is
    identified too: each part of a recorded name is withheld alone, in any spelling whose
    consonant skeleton has three letters or more (a shorter one, only as written)."""
    m = NameMatcher([*NAMES, "Mohammad Khaled"])
    redacted = m.redact(text)
    assert WITHHELD in redacted and kept in redacted and leaks(redacted) == []


def test_a_word_a_name_holds_with_and_without_the_article_is_withheld_alone_in_both():
    # names40: "محمد علي العلي" (ar-2021-06-news-37) holds "علي" bare and "العلي" with the article, the family's name;
    # "العلي" alone in the incident's text names him too. "على" (on) is still no "علي".
    m = NameMatcher(["محمد علي العلي"])
    assert m.redact("وقال العلي إن") == f"وقال {WITHHELD} إن"
    assert m.redact("على الطريق") == "على الطريق"
    # a name found in brackets or after "owned by" (en-2012-12-press-38, en-2012-06-massacre-40): its parts alone too
    assert NameMatcher(["Ninos Moneer"]).redact("A young man (Ninos Moneer) ... Ninos was") == \
        f"A young man ({WITHHELD}) ... {WITHHELD} was"
    assert NameMatcher(["Abdullah al Sayyed Ahmad al Najm"]).redact("when al Sayyed was arrested") == \
        f"when al {WITHHELD} was arrested"
    # a lowercase word before the name whose consonants run into it is no part of it ("by" + "Abdullah" has the
    # skeleton of "Abdullah"): it stays, and the name is still withheld whole, in Arabic script too
    m = NameMatcher(["Abdullah al Sayyed Ahmad al Najm", "Hanan al-Dreib"])
    assert m.redact("a car owned by Abdullah al Sayyed Ahmad al Najm") == f"a car owned by {WITHHELD}"
    assert m.redact("hanan dreib; قتلت حنان الدريب بلغم") == f"{WITHHELD}; قتلت {WITHHELD} بلغم"


def test_the_particles_of_a_name_are_no_name_alone():
    m = NameMatcher(["Abu Omar al-Halabi", "Abd al-Karim bin Ali"])
    assert m.redact("prayers at the Abu Bakr mosque") == "prayers at the Abu Bakr mosque"
    assert m.redact("Omar and Karim were shot") == f"{WITHHELD} and {WITHHELD} were shot"
    assert m.redact("bin Laden") == "bin Laden"
    # A one-word name was always withheld; short words of no name stay.
    assert NameMatcher(["Ali"]).redact("Ali at al-Bab") == f"{WITHHELD} at al-Bab"


def test_other_words_are_left_alone():
    m = NameMatcher(NAMES)
    text = "Shelling on Hama killed a woman and injured her neighbour in al-Dreikish"
    assert m.redact(text) == text


def test_a_lowercase_english_word_is_no_other_spelling_of_a_part():
    # round 23 (en-2021-06-news-23, found as a user): "whose origin hasn't been identified" had "hasn"
    # withheld, the consonants of the victim's "Hussein"; en-2024-09-news-01's "attacks aim solely" lost "aim".
    # A part's other spelling, found by its consonants, is written as a name is: with a capital.
    m = NameMatcher(["Dahham Abdul Ghani al Hussein"])
    text = "shells whose origin hasn't been identified"
    assert m.redact(text) == text
    assert m.redact("Hussein's family, the al-Husain home, HUSSEIN, hussein") == \
        f"{WITHHELD}'s family, the al-{WITHHELD} home, {WITHHELD}, {WITHHELD}"
    assert m.redact("the man, hussain, was shot") == f"the man, {WITHHELD}, was shot"  # the same name, normalised


# --------------------------------------------------------------------------- the model

def _probe(**kw) -> Incident:
    fields = dict(
        date="2023-07-20", category="killing", cause="gunfire", killed=1, injured=1,
        lon=37.4812, lat=36.5049, dataset="probe", source_id="Hanan al-Dreib",
        victim_names=[NAMES[0]], injured_names=[NAMES[1]],
        perpetrator="OTHER_GUNFIRE", perpetrator_text="gunmen from the family of Hanan Al-Dreib",
        stated_control="SNA", stated_control_text="held by the clan of HANAN  AL-DREIB",
        source_url="https://example.org/victims/hanan-al-dreib?who=%D8%AD%D9%86%D8%A7%D9%86",
        source_title="The killing of hanan\u00a0al-dreib",
        source_publisher="Friends of Suhaila al-Mohammad",
        source_sentence="HANAN  AL-DREIB was killed; her neighbour Suhaila\u00a0al-Mohammad was hurt.",
        notes="In Arabic: حَنان الدّريـب وسهيلة المحمد. Hanan's brother and the al-Dreib family "
              "spoke to us; SUHAILA, her neighbour, was treated.",
        place_text="Shawa, home of Hanan al-Dreib")
    fields.update(kw)
    return Incident(**fields)


def test_public_form_withholds_names_in_every_field_id_and_url():
    inc = _probe()
    pub = inc.public()
    assert leaks(json.dumps(pub, ensure_ascii=False)) == []
    assert PUBLIC_ID_RE.match(pub["id"]) and pub["source_id"] is None
    assert pub["source_url"] == "https://example.org/"
    assert pub["perpetrator"] == "OTHER_GUNFIRE" and pub["killed"] == 1
    # The authorised form keeps everything.
    full = inc.to_dict(include_names=True)
    assert full["id"] == "probe:Hanan al-Dreib" and full["victim_names"] == [NAMES[0]]


def test_public_ids_are_keyed_stable_and_not_from_personal_data():
    a, b = _probe(), _probe(killed=2)
    key = b"k" * 32
    assert a.public(key=key)["id"] == b.public(key=key)["id"]  # the same record: the same id
    assert a.public(key=key)["id"] != a.public(key=b"j" * 32)["id"]  # unknowable without the key
    # An id derived from the content (a hash over the sentence that names someone) is keyed too.
    hashed = _probe(source_id=None)
    assert hashed.id.startswith("probe:h") and PUBLIC_ID_RE.match(hashed.public()["id"])
    # Sources without names keep their ids (UCDP, ACLED: the API's tests rely on them).
    plain = _probe(victim_names=[], injured_names=[], source_id="214797")
    assert plain.public()["id"] == "probe:214797"


# --------------------------------------------------------------------------- every public path

def test_no_public_output_shows_a_name(writable):
    client, store = writable
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [37.4812, 36.5049]},
               "properties": {k: v for k, v in _probe().to_dict(include_names=True).items()
                              if k not in ("id", "lon", "lat", "computed_control",
                                           "computed_forces", "control_agrees", "adm1_pcode",
                                           "adm2_pcode", "adm3_pcode", "pcode", "level")}}
    feature["properties"]["victim_names"] = "; ".join(NAMES[:1])
    feature["properties"]["injured_names"] = NAMES[1]
    created = client.post("/api/incidents", data=json.dumps(feature), headers=AUTH)
    assert created.status_code == 201, created.get_data(as_text=True)
    assert store.get("probe:Hanan al-Dreib") is not None

    items = client.get("/api/incidents?dataset=probe").get_json()
    assert items["numberMatched"] == 1
    pid = items["features"][0]["id"]
    assert PUBLIC_ID_RE.match(pid), pid
    urls = ["/api/incidents?dataset=probe", "/collections/incidents/items?dataset=probe",
            f"/api/incidents/{pid}", f"/collections/incidents/items/{pid}",
            "/api/map/incidents?bbox=37.3,36.4,37.6,36.6&start=2023-07-20&end=2023-07-20&zoom=14",
            "/api/stats?dataset=probe"]
    urls += [f"/export/incidents.{ext}?dataset=probe" for ext in ("csv", "geojson", "kml")]
    for url in urls:
        resp = client.get(url)
        assert resp.status_code == 200, (url, resp.get_data(as_text=True)[:300])
        assert leaks(resp.get_data()) == [], url
    assert any(f["id"] == pid for f in client.get(urls[4]).get_json()["features"])
    # The GeoPackage export: every text value of every table.
    gpkg = client.get("/export/incidents.gpkg?dataset=probe")
    assert gpkg.status_code == 200
    path = store.path + ".export.gpkg"
    with open(path, "wb") as fh:
        fh.write(gpkg.get_data())
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    values = [v for t in tables for row in conn.execute(f'SELECT * FROM "{t}"') for v in row
              if isinstance(v, str)]
    conn.close()
    assert any("Shawa" in v for v in values) and leaks("\n".join(values)) == []


def test_a_name_bearing_id_cannot_be_used_to_probe_the_store(writable):
    client, store = writable
    store.add(_probe())
    quoted = urllib.parse.quote("probe:Hanan al-Dreib")
    is_problem(client.get(f"/api/incidents/{quoted}"), 404)
    is_problem(client.get(f"/collections/incidents/items/{quoted}"), 404)
    # The operator may use the store's own ids, and sees the names.
    private = client.get(f"/api/incidents/{quoted}", headers=AUTH)
    assert private.status_code == 200 and private.get_json()["properties"]["victim_names"] == [NAMES[0]]


def test_public_ids_answer_in_both_backends(make_store, data):
    """The API on a GeoPackage and on a PostGIS store: a record that names someone is found by
    its keyed public id, its own id answers only the operator, and its public text holds no name."""
    from tests.test_api import make_app

    store = make_store("public")
    store.add(_probe())
    client = make_app(data, getattr(store, "url", store.path)).test_client()
    items = client.get("/api/incidents?dataset=probe").get_json()
    (feature,) = items["features"]
    assert PUBLIC_ID_RE.match(feature["id"]) and leaks(json.dumps(items)) == []
    one = client.get(f"/collections/incidents/items/{feature['id']}")
    assert one.status_code == 200 and one.get_json()["id"] == feature["id"]
    quoted = urllib.parse.quote("probe:Hanan al-Dreib")
    is_problem(client.get(f"/api/incidents/{quoted}"), 404)
    private = client.get(f"/api/incidents/{quoted}", headers=AUTH)
    assert private.status_code == 200 and private.get_json()["properties"]["victim_names"] == [
        NAMES[0]]


def test_a_part_of_a_name_in_an_id_keys_it_but_not_in_its_dataset_label():
    """A source id holding a first name alone ("hanan-7") is keyed like one holding the whole
    name; a dataset label that shares a word with a name ("test" and "Test Person") is not."""
    first_name_id = _probe(source_id="hanan-7")
    assert PUBLIC_ID_RE.match(first_name_id.public()["id"])
    plain = _probe(dataset="test", source_id="1", victim_names=["Test Person One"],
                   injured_names=[])
    assert plain.public()["id"] == "test:1"


# -- names25: a part of a name alone is one word of the text, spelt as the name spells it ---------------

@pytest.mark.parametrize("names,text,kept", [
    # en-2022-11-news-02's title: "Four Years" ran into the consonants of "Fares"
    (["Raed al-Fares", "Hamoud Jneed"], "Four Years Have Passed Since Activist Raed al-Fares Was Killed",
     "Four Years Have Passed Since Activist"),
    (["Samer Fares"], "Four Years On", "Four Years On"),
    # ar-2021-07-news-01, ar-2024-02-news-22: "على" (on), the preposition, is not the given name "علي"
    (["حسن علي نصار الدفنان"], "للحصول على مزيد من التفاصيل", "للحصول على مزيد من التفاصيل"),
    (["نور الدين عايش العلي"], "أثناء عمله على قارب", "أثناء عمله على قارب"),
    # ar-2023-07-news-01: "يبلغ من العمر" (aged) is not "عمر" of the victim's name
    (["عمر محمد العمري"], "يبلغ من العمر 11 عاماً", "يبلغ من العمر 11 عاماً"),
    # ar-2022-09-news-01: the family name "العمر" is withheld, not the same word of "يبلغ من العمر" (aged)
    (["هيثم خالد العمر"], "يبلغ من العمر 12 عاماً", "يبلغ من العمر 12 عاماً"),
    # ar-2021-10-landmine-13: "المدنيين" has the consonants of "مدين" but is a noun
    (["مدين يحيى أبو شنب"], "حماية المدنيين في مناطقها", "حماية المدنيين في مناطقها"),
])
def test_a_word_that_only_resembles_a_part_is_kept(names, text, kept):
    assert NameMatcher(names).redact(text).startswith(kept)


@pytest.mark.parametrize("names,text", [
    (["Raed al-Fares"], "Fares was travelling"),
    (["Raed al-Fares"], "FARES was travelling"),
    (["حسن علي نصار الدفنان"], "قتل علي"),            # the given name as the name spells it
    (["حسن علي نصار الدفنان"], "مقتل حسن وعلي"),       # and after "و"
    (["عمر محمد العمري"], "عائلة العمري"),            # the family name, article and all
    (["هيثم خالد العمر"], "مقتل الطفل هيثم، عائلة العمر"),
    (["عمر محمد العمري"], "قُتل عمر"),
    (["Abdullah Hussein"], "قتل عبدالله"),            # a Latin part written in Arabic
    (["Hussein Ali"], "حسين"),                       # and in one
])
def test_a_part_spelt_as_the_name_or_in_the_other_script_is_still_withheld(names, text):
    assert WITHHELD in NameMatcher(names).redact(text)


def test_the_particle_of_a_name_goes_with_its_part():
    # the July 2023 report (../shared/reports): "the car Abdul Basit was travelling in" printed "Abdul [name withheld]"
    m = NameMatcher(["Abdul Basit Ahmad Abdul Khaleq"])
    assert m.redact("the car Abdul Basit was travelling in") == f"the car {WITHHELD} was travelling in"
    assert m.redact("near the Abdul Qader Mosque") == "near the Abdul Qader Mosque"  # another name's particle
    assert NameMatcher(["يحيى أبو شنب"]).redact("قتل أبو شنب وأبو علي") == f"قتل {WITHHELD} وأبو علي"


def test_the_readers_public_form_withholds_names_in_every_field_of_words():
    # names35, en-2023-07-news-01: the place told by the victim's house, "Mohammad's family's house in the Dawwar
    # al-Batta neighborhood in Manbij city", was printed though the sentence withheld the name
    from pathlib import Path

    from geo.report import read_report

    report = read_report(Path(__file__).parent / "corpus" / "snhr" / "texts" / "en-2023-07-news-01.txt")
    (inc,) = report.incidents
    assert "Mohammad" in inc.place_text and any(n.startswith("Mohammad") for n in inc.victim_names)
    shown = inc.to_dict(include_names=False)
    assert "Mohammad" not in json.dumps(shown, ensure_ascii=False)
    assert shown["place_text"].startswith(WITHHELD) and "Dawwar al-Batta" in shown["place_text"]
    assert inc.to_dict(include_names=True)["place_text"] == inc.place_text  # the full form keeps the words


def test_the_extract_commands_title_is_the_public_title(tmp_path):
    # the text output of 'incmap extract' withheld only the victims' names in the title, not the injured's or those
    # the whole text gives (Report.public_title does)
    from click.testing import CliRunner

    from incmap import cli

    path = tmp_path / "r.txt"
    path.write_text("Samer Kanjo, from Kafr Nabl, injured by a landmine in Idlib, March 2, 2023\n\n"
                    "On March 2, 2023, Samer Kanjo, from Kafr Nabl, was injured by a landmine explosion in "
                    "Kafr Nabl town in southern Idlib governorate. The Syrian Network for Human Rights (SNHR) "
                    "documented a civilian killed by a landmine in Kafr Nabl town on March 2, 2023.\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["extract", str(path)]).output
    assert "Kanjo" not in out.splitlines()[0]


def test_an_apostrophe_inside_a_latin_name_keeps_the_word_whole():
    # en-2021-09-torture-50 (rounds 49 and 50, after their measurement: fix4950): "De'ar" had been read as "De" and the
    # article "ar", so the title's "Hekmat al De’ar’s" kept the family name in public
    from geo.privacy import NameMatcher

    m = NameMatcher(["Hekmat Khalil al De'ar"])
    assert m.redact("Condemnation of Hekmat al De’ar’s detention") == \
        "Condemnation of [name withheld] al [name withheld]’s detention"
    assert "Sa'id" not in NameMatcher(["Mohammad Sa'id al-Hamad"]).redact("the body of Sa'id al-Hamad was found")
    # a possessive is no part of the word
    assert NameMatcher(["Hanan al-Dreib"]).redact("Hanan's family") == "[name withheld]'s family"
