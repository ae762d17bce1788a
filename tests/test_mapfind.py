"""The map's finding tools on real data: first view, list, filter counts, chart, place search, labels.

The store is the real UCDP GED extract imported by the project's pipeline, plus a few
incidents with what UCDP does not record (a cause, women and children killed, a stated
control that agrees or not with the computed one).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from test_mapdata import seed_store

from geo.errors import InputError
from service import mapdata, mapfind, places

# Aleppo city, 15 July 2018 (the regime held it; UCDP covers 2016-01 .. 2019-11).
ALEPPO = (37.16, 36.20)
DAY = dt.date(2018, 7, 15)


def extra_incidents():
    """What UCDP does not record: causes, women and children, stated control (agreeing or not)."""
    from geo.incident import Incident

    common = dict(date=DAY, dataset="find", category="killing", perpetrator="REGIME")
    return [
        Incident(lon=ALEPPO[0], lat=ALEPPO[1], cause="shelling", killed=3, women=2, children=1,
                 stated_control="GOV", place_text="Aleppo, al-Shaar", source_id="1",
                 victim_names=["Name One", "Name Two"], **common),
        Incident(lon=ALEPPO[0] + 0.01, lat=ALEPPO[1], cause="airstrike", killed=2, women=1,
                 stated_control="SDF", place_text="Aleppo, Bustan al-Qasr", source_id="2",
                 **common),
        Incident(lon=ALEPPO[0] - 0.01, lat=ALEPPO[1] + 0.01, cause="shelling", killed=1,
                 children=1, stated_control="GOV", place_text="Aleppo, Salah al-Din",
                 source_id="3", **common),
    ]


@pytest.fixture(scope="module")
def store(tmp_path_factory, data, gaz):
    s = seed_store(tmp_path_factory.mktemp("mapfind") / "find.gpkg", data, gaz,
                   extra=extra_incidents())
    yield s
    s.close()


YEAR = dict(start="2017-07-18", end="2019-01-11")


def test_victims_filter_selects_children_or_women(store):
    assert store.count(victims="children") == 2
    assert store.count(victims="women") == 2
    assert store.count(victims="children,women") == 3  # any of
    with pytest.raises(InputError) as err:
        store.count(victims="men")
    assert err.value.field == "victims"


def test_first_view_is_the_latest_incidents(store):
    first = mapfind.first_view(store)
    latest = store.query(limit=1, order="-date", max_precision=3)[0].date
    assert first["latest"] == latest.isoformat() == "2019-11-30"
    assert first["end"] == first["latest"] and first["window"] == "month"
    assert first["count"] == store.count(start=first["start"], end=first["end"],
                                         max_precision=3) >= mapfind.FIRST_VIEW_MIN
    start, end = dt.date.fromisoformat(first["start"]), dt.date.fromisoformat(first["end"])
    assert dt.date.fromisoformat(first["date"]) == start + (end - start) / 2


def test_the_list_is_what_the_map_draws(store):
    box = "36.9,36.0,37.4,36.4"
    view = mapdata.incidents_for_view(store, box, "2016-08-31", "2016-09-30", 10,
                                      filters={"control": "GOV,HTS_OPP"})
    page = mapfind.incident_list(store, box, "2016-08-31", "2016-09-30",
                                 {"control": "GOV,HTS_OPP"}, order="-killed", limit=200)
    assert page["numberMatched"] == view["total"] == len(page["items"]) > 20
    assert {i["id"] for i in page["items"]} == {f["id"] for f in view["features"]}
    killed = [i.get("killed", 0) for i in page["items"]]
    assert killed == sorted(killed, reverse=True)
    for item in page["items"]:
        assert item["computed_control"] in ("GOV", "HTS_OPP")
        assert "victim_names" not in item and "source_sentence" not in item
    # No victim name on the map's routes, even for incidents that have them.
    named = mapfind.incident_list(store, None, DAY, DAY, {"victims": "women"}, limit=10)
    assert named["numberMatched"] == 2
    assert "Name One" not in repr(named)
    two = mapfind.incident_list(store, box, "2016-08-31", "2016-09-30", None, order="date",
                                limit=5, offset=5)
    assert [i["date"] for i in two["items"]] == sorted(i["date"] for i in two["items"])
    for kwargs, field in ((dict(order="killed"), "order"), (dict(limit=0), "limit")):
        with pytest.raises(InputError) as err:
            mapfind.incident_list(store, None, None, None, None, **kwargs)
        assert err.value.field == field


def test_each_choice_counts_what_choosing_it_gives(store):
    chosen = {"category": "killing", "control": "GOV"}
    got = mapfind.facet_counts(store, None, YEAR["start"], YEAR["end"], chosen)
    drawn = dict(YEAR, max_precision=3)
    assert got["total"] == store.count(**drawn, **chosen)
    facets = got["facets"]
    # A category's count keeps the other filters (the force), not the category chosen.
    for cat, n in facets["category"].items():
        assert n == store.count(**drawn, category=cat, control="GOV")
    for force, n in facets["control"].items():
        assert n == store.count(**drawn, category="killing", control=force)
    assert sum(facets["control"].values()) == store.count(**drawn, category="killing")
    for perp, n in facets["perpetrator"].items():
        assert n == store.count(**drawn, **chosen, perpetrator=perp)
    # The three added incidents, beside the UCDP events whose cause the importer reads from
    # their text (geo/importers/explosive.py: IED, car bomb).
    for cause, n in facets["cause"].items():
        assert n == store.count(**drawn, **chosen, cause=cause)
    assert {c: facets["cause"][c] for c in ("airstrike", "shelling")} == {"airstrike": 1,
                                                                           "shelling": 2}
    for group, n in facets["victims"].items():
        assert n == store.count(**drawn, **chosen, victims=group)
    assert facets["victims"] == {"children": 2, "women": 2}
    assert facets["agrees"] == {"true": 2, "false": 1}
    # The disagreement: Aleppo was the regime's, the source said the SDF's.
    other = mapfind.facet_counts(store, None, YEAR["start"], YEAR["end"], {"agrees": "false"})
    assert other["total"] == 1 and other["facets"]["control"] == {"GOV": 1}


def test_the_timeline_adds_up_to_the_stats(store):
    from service.stats import report_tables

    for by in ("perpetrator", "control"):
        tl = mapfind.timeline(store, by, {"category": "killing,massacre"})
        table = store.stats(category="killing,massacre", group_by=("month", "perpetrator", "adm1"))
        stats = report_tables(table, {"massacre": [], "torture": [], "landmine": []})
        assert tl["totals"]["incidents"] == stats["totals"]["incidents"] > 10_000
        assert tl["totals"]["killed"] == stats["totals"]["killed"]
        months = {m["month"]: m for m in stats["by_month"]}
        assert tl["imprecise"]["incidents"] == months["imprecise"]["incidents"] > 0
        for m in tl["months"]:
            assert m["incidents"] == months[m["month"]]["incidents"]
            assert sum(p["incidents"] for p in m["parts"].values()) == m["incidents"]
    jul = next(m for m in mapfind.timeline(store, "control")["months"] if m["month"] == "2018-07")
    assert jul["parts"]["GOV"]["incidents"] == store.count(start="2018-07-01", end="2018-07-31",
                                                           control="GOV")
    with pytest.raises(InputError) as err:
        mapfind.timeline(store, "governorate")
    assert err.value.field == "by"


def test_map_filters_are_checked(store):
    assert mapdata.map_filters({"perpetrator": "ISIS,REGIME", "zoom": "7", "agrees": ""}) == \
        {"perpetrator": "ISIS,REGIME"}
    for params, field in (({"perpetrator": "GOV"}, "perpetrator"), ({"control": "<b>"}, "control"),
                          ({"agrees": "maybe"}, "agrees"), ({"victims": "men"}, "victims"),
                          ({"cause": "x" * 600}, "cause")):
        with pytest.raises(InputError) as err:
            mapdata.map_filters(params)
        assert err.value.field == field
    # The map's own answers apply them.
    fc = mapdata.incidents_for_view(store, None, *YEAR.values(), 7, filters={"perpetrator": "ISIS"})
    assert fc["total"] == store.count(**YEAR, perpetrator="ISIS", max_precision=3) > 0
    g = mapdata.governorate_counts(store, *YEAR.values(), filters={"victims": "women"})
    assert g["total"] == 2 and next(x for x in g["governorates"] if x["pcode"] == "SY02")["count"] == 2


# --------------------------------------------------------------------------- places

def test_search_finds_arabic_and_latin_names_with_their_control(gaz):
    from geo.control import ControlIndex

    index = ControlIndex.load()
    ar = places.place_search(gaz, "منبج", date=DAY, control_index=index)["places"]
    assert ar[0]["pcode"] == "C1767" and ar[0]["name_en"] == "Menbij"
    control = ar[0]["control"]
    answer = index.control_at(ar[0]["lon"], ar[0]["lat"], DAY)
    assert control["force"] == answer.force == "SDF"
    assert control["source"] == answer.source and control["confidence"] == answer.confidence
    latin = places.place_search(gaz, "Raqqa")["places"]
    assert latin[0]["name_ar"] == "الرقة" and "control" not in latin[0]
    assert [p["name_en"] for p in latin[0]["parents"]][0] == "Ar-Raqqa"
    # Typed half-way, the town comes before any likeness.
    assert places.place_search(gaz, "Raqq")["places"][0]["pcode"] == latin[0]["pcode"]
    assert places.place_search(gaz, "دير الز")["places"][0]["name_en"] == "Deir-ez-Zor"
    with pytest.raises(InputError) as err:
        places.place_search(gaz, "  ")
    assert err.value.field == "q"


def test_context_labels_follow_the_zoom(gaz):
    box = (36.9, 36.0, 37.4, 36.4)
    assert places.context_labels(gaz, box, 8)["labels"] == []
    sub = places.context_labels(gaz, box, 9)["labels"]
    assert sub and {lab["level"] for lab in sub} == {"adm3"}
    both = places.context_labels(gaz, box, 11)["labels"]
    assert {lab["level"] for lab in both} == {"adm3", "community"}
    ranks = [lab["rank"] for lab in both]
    assert ranks == sorted(ranks)
    # Aleppo city (a governorate capital) is the first community.
    first = next(lab for lab in both if lab["level"] == "community")
    assert first["name_en"] == "Aleppo" and first["name_ar"] == "حلب"
    assert all(box[0] <= lab["lon"] <= box[2] and box[1] <= lab["lat"] <= box[3] for lab in both)
    assert len(places.context_labels(gaz, (35.5, 32.0, 42.5, 37.5), 12, limit=50)["labels"]) == 50


def test_the_routes_answer_and_name_bad_parameters(store, gaz, data):
    from service.app import API
    from service.core import Request
    from service.settings import Settings

    api = API(Settings(data_dir=str(data.root)), store=store, gazetteer=gaz)
    ok = api.map_list(Request("/api/map/list", {"start": "2018-07-01", "end": "2018-07-31",
                                               "victims": "women", "limit": "5"}))
    assert ok.status == 200 and ok.json()["numberMatched"] == 2
    assert api.map_start(Request("/api/map/start", {})).json()["latest"] == "2019-11-30"
    assert api.map_facets(Request("/api/map/facets", {"perpetrator": "ISIS"})).status == 200
    assert api.map_timeline(Request("/api/map/timeline", {"by": "control"})).json()["by"] == "control"
    assert api.map_search(Request("/api/map/search", {"q": "حلب"})).json()["places"][0]["pcode"] in (
        "C1007", "SY02")
    assert api.map_labels(Request("/api/map/labels", {"bbox": "36.9,36.0,37.4,36.4",
                                                      "zoom": "10"})).status == 200
    for op, params, field in (
            (api.map_list, {"order": "random"}, "order"),
            (api.map_list, {"limit": "5000"}, "limit"),
            (api.map_facets, {"control": "NOPE"}, "control"),
            (api.map_timeline, {"by": "x"}, "by"),
            (api.map_search, {}, "q"),
            (api.map_labels, {}, "bbox"),
            (api.map_incidents, {"victims": "men"}, "victims")):
        bad = op(Request("/x", params))
        assert bad.status == 400, (params, bad.body)
        assert field in bad.json()["detail"] or field in repr(bad.json().get("invalid_params"))
    # Exports and the incident API take the victim filter too (the list's export link).
    exported = api.export(Request("/export/incidents.geojson", {"victims": "children"}),
                          "incidents", "geojson")
    body = exported.read()
    assert exported.status == 200 and len(json.loads(body)["features"]) == 2
    assert b"Name One" not in body  # the list's export link shows no victim name


def test_every_interface_text_has_arabic():
    from layers.i18n import ARABIC, interface_texts, missing

    assert missing() == []
    texts = interface_texts()
    assert {"Filters", "Killings", "Syrian regime forces", "Landmine"} <= texts
    assert all(ARABIC[t].strip() for t in texts)
