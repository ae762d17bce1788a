"""Finding things out on the web map, in headless Chromium against the real app.

The store is the real UCDP GED extract (imported by the project's pipeline) plus a
few incidents that carry what UCDP does not record (a cause, women and children
killed, a stated control that agrees or not with the computed one). Each tool is
checked against the API that feeds it: the first view shows incidents; each filter
changes the map's count as ``/api/map/incidents`` says; the search finds a place by
its Arabic and by its Latin name and tells who held it; the chart's totals are
``/api/stats``'s; the list holds exactly the map's incidents (and its CSV export
the same number); the month's tallies are ``/api/stats``'s; clusters never overlap;
on a 390 x 844 phone the map keeps at least 60 % of the screen; the Arabic
interface runs right to left. Screenshots go to ``$TMPDIR/incmap-screenshots/``.
"""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

import pytest
import requests
from test_map_browser import _wait, browser  # noqa: F401 (a fixture)
from test_mapdata import seed_store
from test_mapfind import extra_incidents

pytestmark = pytest.mark.browser

SHOTS = Path(tempfile.gettempdir()) / "incmap-screenshots"
YEAR_VIEW = "#date=2018-07-15&window=year&view=7/35.0/38.5"


@pytest.fixture(scope="module")
def server(tmp_path_factory, data, gaz):
    waitress_server = pytest.importorskip("waitress.server")
    from server import create_app
    from service.settings import Settings

    path = tmp_path_factory.mktemp("mapfind") / "incidents.gpkg"
    seed_store(path, data, gaz, extra=extra_incidents()).close()
    app = create_app(Settings(store_path=str(path), data_dir=str(data.root)))
    srv = waitress_server.create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=srv.run, daemon=True).start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    srv.close()


def _open(driver, url):
    driver.get("about:blank")
    driver.get(url)
    _wait(driver, "return window.IncMap && IncMap.current && IncMap.current.readyAt",
          what="the first control map and incidents")


def _no_console_errors(driver):
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def _shot(driver, name):
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / name
    assert driver.save_screenshot(str(path)) and path.stat().st_size > 10_000
    return path


def _api(server, path, params):
    resp = requests.get(server + path, params=params, timeout=60)
    assert resp.status_code == 200, resp.text[:300]
    return resp.json()


def _map_params(driver):
    return driver.execute_script("return IncMap.current.incidents.params")


def _drawn_for(driver, name, value):
    """Wait until the map has drawn an answer for this filter value; return incidentInfo."""
    script = f"""
        var d = IncMap.current.incidents.lastData, p = IncMap.current.incidents.params;
        return d && p && p['{name}'] === '{value}' && IncMap.current.status.incidents.status === 'ok'
          && (d.filters || {{}})['{name}'] === '{value}' && IncMap.current.incidentInfo;"""
    return _wait(driver, script, what=f"the map filtered by {name}={value}")


def _open_tab(driver, tab):
    driver.execute_script(f"""
        if (IncMap.current.findPanel.tab !== '{tab}') {{ document.getElementById('incmap-tab-{tab}').click(); }}""")


# --------------------------------------------------------------------------- first view

def test_first_view_shows_the_latest_incidents(browser, server):
    browser.get_log("browser")
    _open(browser, server + "/")
    start = _api(server, "/api/map/start", {})
    state = browser.execute_script("return IncMap.current.state")
    info = browser.execute_script("return IncMap.current.incidentInfo")
    assert state["date"] == start["date"] and state["window"] == start["window"]
    # The last incidents of the store (UCDP ends in November 2019), not an empty last day.
    assert start["latest"] == "2019-11-30" and info["incidents"] == start["count"] > 0
    assert info["incidents"] == _api(server, "/api/map/incidents", _map_params(browser))["total"]
    assert f"date={start['date']}" in browser.current_url
    assert browser.find_elements("css selector", ".incmap-incident, .incmap-cluster")
    _no_console_errors(browser)
    _shot(browser, "find-first-view.png")


def test_every_choice_is_in_the_address(browser, server):
    url = (server + "/#date=2018-07-15&window=quarter&perpetrator=REGIME&victims=women"
           "&hide=massacre&tab=list&by=control&measure=killed&view=10/36.2000/37.1600")
    _open(browser, url)
    state = browser.execute_script("return IncMap.current.state")
    assert state["window"] == "quarter" and state["date"] == "2018-07-15"
    assert state["filters"] == {"perpetrator": ["REGIME"], "victims": ["women"]}
    assert state["hidden"] == ["massacre"]
    assert browser.execute_script("return IncMap.current.map.getZoom()") == 10
    params = _map_params(browser)
    assert params["perpetrator"] == "REGIME" and params["victims"] == "women"
    assert "massacre" not in params["category"].split(",")
    assert browser.execute_script("return IncMap.current.findPanel.tab") == "list"
    assert browser.find_element("css selector", ".incmap-chart-by").get_attribute("value") == "control"
    # The two incidents that killed women, both REGIME's, in the view.
    assert browser.execute_script("return IncMap.current.incidentInfo.total") == 2
    # The address is rewritten as the view moves, so it can be shared as it is.
    browser.execute_script("IncMap.current.map.setZoom(11);")
    _wait(browser, "return location.hash.indexOf('view=11/') >= 0", what="the view in the address")
    assert "perpetrator=REGIME" in browser.current_url and "hide=massacre" in browser.current_url


# --------------------------------------------------------------------------- filters

FILTER_CASES = [  # (filter, choice): each must exist in the test store's 2018 year window
    ("category", "massacre"),
    ("perpetrator", "ISIS"),
    ("cause", "shelling"),
    ("control", "SDF"),
    ("victims", "children"),
    ("agrees", "false"),
]


@pytest.mark.parametrize("name,value", FILTER_CASES)
def test_each_filter_changes_the_count_as_the_api_says(browser, server, name, value):
    _open(browser, server + YEAR_VIEW + "&tab=filters")
    base = browser.execute_script("return IncMap.current.incidentInfo.total")
    _wait(browser, "return IncMap.current.findPanel.facetCounts", what="the filter counts")
    facets = browser.execute_script("return IncMap.current.findPanel.facetCounts")
    assert facets["total"] == base
    box = f"incmap-f-{name}-{value}"
    shown = browser.execute_script(f"""
        var row = document.getElementById('{box}').closest('.incmap-filter-row');
        return [!row.hidden, row.querySelector('.incmap-count').textContent];""")
    assert shown[0], f"{name}={value} is not offered"
    if name == "category":
        # Categories are the incident layers: keep only massacres.
        for other in ("killing", "landmine", "torture"):
            browser.find_element("id", f"incmap-f-category-{other}").click()
        info = _wait(browser, """
            var p = IncMap.current.incidents.params;
            return p && p.category === 'massacre' && IncMap.current.status.incidents.status === 'ok'
              && IncMap.current.incidentInfo;""", what="the massacres alone")
    else:
        browser.find_element("id", box).click()
        info = _drawn_for(browser, name, value)
    params = _map_params(browser)
    api = _api(server, "/api/map/incidents", params)
    assert info["total"] == api["total"] != base
    assert 0 < info["total"] < base
    # The count shown beside the choice was what choosing it gives (the other filters kept).
    assert int(shown[1]) == info["total"]
    # The filter is in the address.
    if name == "category":
        assert "hide=" in browser.current_url
    else:
        assert f"{name}={value}" in browser.current_url
    # The counts follow: with the filter on, the panel's total is the map's.
    _wait(browser, f"""var f = IncMap.current.findPanel.facetCounts;
        return f && f.total === {info['total']};""", what="the counts after filtering")
    _no_console_errors(browser)


# --------------------------------------------------------------------------- search

@pytest.mark.parametrize("query,pcode,name", [("منبج", "C1767", "Menbij"),
                                              ("Raqqa", "C5710", "Ar-Raqqa")])
def test_search_finds_an_arabic_and_a_latin_name(browser, server, query, pcode, name):
    from selenium.webdriver.common.keys import Keys

    _open(browser, server + "/#date=2018-07-15&window=month")
    box = browser.find_element("id", "incmap-search-input")
    box.send_keys(query)
    _wait(browser, "var li = document.querySelectorAll('.incmap-search-hit'); return li.length > 0;",
          what="search results")
    first = browser.execute_script(
        "return document.querySelector('.incmap-search-hit .incmap-search-name').textContent")
    assert first == name
    box.send_keys(Keys.ENTER)
    info = _wait(browser, """var i = document.querySelector('.incmap-search-info');
        return i && i.textContent.indexOf('2018-07-15') >= 0 && i.textContent;""", what="the place's control")
    chosen = browser.execute_script("return IncMap.current.map._controlCorners && "
                                    "document.querySelector('.incmap-search-info .incmap-small').textContent")
    assert chosen == pcode
    answer = _api(server, "/api/map/search", {"q": query, "date": "2018-07-15"})["places"][0]
    assert answer["pcode"] == pcode
    control = _api(server, "/api/control", {"lat": answer["lat"], "lon": answer["lon"],
                                             "date": "2018-07-15"})
    from geo.force import FORCES

    # Who held it on the date, with the source and the confidence of that answer.
    assert FORCES[control["force"]].name in info
    assert control["source"] in info and control["confidence"] in info
    centre = browser.execute_script("var c = IncMap.current.map.getCenter(); return [c.lng, c.lat];")
    assert abs(centre[0] - answer["lon"]) < 0.02 and abs(centre[1] - answer["lat"]) < 0.02
    assert browser.execute_script("return IncMap.current.map.getZoom()") >= answer["zoom"]
    _shot(browser, f"find-search-{name}.png")


# --------------------------------------------------------------------------- chart

def test_the_charts_totals_equal_the_stats_api(browser, server):
    _open(browser, server + "/#date=2017-07-15&window=month&perpetrator=ISIS")
    data = _wait(browser, "var c = IncMap.current.timeChart; return c && c.data;", what="the chart")
    stats = _api(server, "/api/stats", {"perpetrator": "ISIS",
                                        "category": "killing,landmine,massacre,torture"})
    assert data["totals"]["incidents"] == stats["totals"]["incidents"] > 0
    assert data["totals"]["killed"] == stats["totals"]["killed"]
    # Month by month too: each month's bar is the stats table's month.
    by_month = {m["month"]: m["incidents"] for m in stats["by_month"]}
    assert {m["month"]: m["incidents"] for m in data["months"]} == \
        {k: v for k, v in by_month.items() if k != "imprecise"}
    # Split by controlling force, the totals do not change.
    browser.execute_script("""var s = document.querySelector('.incmap-chart-by');
        s.value = 'control'; s.dispatchEvent(new Event('change'));""")
    data = _wait(browser, "var d = IncMap.current.timeChart.data; return d.by === 'control' && d;",
                 what="the chart by force")
    assert data["totals"]["incidents"] == stats["totals"]["incidents"]
    parts = browser.execute_script("return IncMap.current.timeChart.keys")
    assert sum(parts.values()) + data["imprecise"]["incidents"] == stats["totals"]["incidents"]
    assert "ISIS" in parts
    # A click on a month goes there.
    browser.execute_script("""document.querySelector('.incmap-chart-month[data-month="2016-03"]')
        .dispatchEvent(new MouseEvent('click', {bubbles: true}));""")
    _wait(browser, "return IncMap.current.state.date === '2016-03-15'", what="the chart's month")
    _wait(browser, "return IncMap.current.controlInfo.date === '2016-03-15'", what="the month's map")
    _shot(browser, "find-chart.png")


# --------------------------------------------------------------------------- list and table

def test_the_list_equals_the_map_both_ways(browser, server):
    _open(browser, server + "/#date=2016-09-15&window=month&view=10/36.2000/37.1600&tab=list")
    info = browser.execute_script("return IncMap.current.incidentInfo")
    assert not info["clustered"] and info["total"] > 25  # more than one page
    listed = _wait(browser, "return IncMap.current.findPanel.list", what="the list")
    assert listed["numberMatched"] == info["total"]
    params = _map_params(browser)
    params.pop("zoom")
    items = []
    while len(items) < listed["numberMatched"]:
        items += _api(server, "/api/map/list", {**params, "limit": 200, "offset": len(items)})["items"]
    map_ids = set(browser.execute_script("return Object.keys(IncMap.current.incidents.markers)"))
    assert {i["id"] for i in items} == map_ids and len(items) == info["total"]
    for item in items:
        assert "victim_names" not in item and "source_sentence" not in item
    # Sorted by the most killed, then paged.
    browser.execute_script("""var s = document.querySelector('.incmap-list-order');
        s.value = '-killed'; s.dispatchEvent(new Event('change'));""")
    listed = _wait(browser, "var l = IncMap.current.findPanel.list; return l.order === '-killed' && l;",
                   what="the list by killed")
    killed = [i.get("killed", 0) for i in listed["items"]]
    assert killed == sorted(killed, reverse=True)
    browser.find_element("css selector", ".incmap-next").click()
    page2 = _wait(browser, "var l = IncMap.current.findPanel.list; return l.offset === 25 && l;",
                  what="the second page")
    assert page2["items"][0].get("killed", 0) <= killed[-1]
    assert "page=1" in browser.current_url and "order=-killed" in browser.current_url
    # A row opens its incident on the map...
    row = browser.find_element("css selector", ".incmap-list-row")
    wanted = row.get_attribute("data-id")
    row.click()
    _wait(browser, f"""var p = IncMap.current.map._popup;
        return p && IncMap.current.map.hasLayer(p) && p._source && p._source.incident
          && p._source.incident.id === '{wanted}';""", what="the row's popup")
    # ... and an incident clicked on the map is marked in the list.
    other = next(i["id"] for i in page2["items"] if i["id"] != wanted)
    browser.execute_script(f"IncMap.current.incidents.markers['{other}'].openPopup();")
    _wait(browser, f"""var r = document.querySelector('.incmap-list-row.incmap-selected');
        return r && r.getAttribute('data-id') === '{other}';""", what="the marked row")
    # The export links give exactly this selection (the popup's auto-pan moved the view:
    # the list and its links followed it).
    # The markers and the links are read in one script: the list redraws its links when the
    # view settles, and two reads could see two views.
    view = _wait(browser, """var p = IncMap.current.incidents.params, a = document.querySelector('.incmap-export-geojson');
        if (!(IncMap.current.status.incidents.status === 'ok' && !IncMap.current.incidentInfo.clustered
              && a && a.href.indexOf('bbox=' + encodeURIComponent(p.bbox)) >= 0)) { return null; }
        var links = {};
        document.querySelectorAll('.incmap-export').forEach(function (e) {
          var c = e.className.split(' '); links[c[c.length - 1]] = e.href;
        });
        return {ids: Object.keys(IncMap.current.incidents.markers), links: links};""", what="the links of this view")
    map_ids, links = set(view["ids"]), view["links"]
    assert set(links) == {"incmap-export-geojson", "incmap-export-gpkg", "incmap-export-csv"}
    geojson = requests.get(links["incmap-export-geojson"], timeout=60)
    assert geojson.status_code == 200
    assert {f["properties"]["id"] for f in geojson.json()["features"]} == map_ids
    csv = requests.get(links["incmap-export-csv"], timeout=60)
    assert csv.status_code == 200 and csv.headers["Content-Type"].startswith("text/csv")
    _no_console_errors(browser)
    _shot(browser, "find-list.png")


def test_the_months_tallies_equal_the_stats_api(browser, server):
    _open(browser, server + "/#date=2017-03-10&window=month&tab=table")
    _wait(browser, "return IncMap.current.findPanel.table", what="the tallies")
    total = browser.execute_script("return IncMap.current.findPanel.tableTotal")
    stats = _api(server, "/api/stats", {"datetime": "2017-03-01/2017-03-31",
                                        "category": "killing,landmine,massacre,torture"})
    precise = sum(r["killed"] for r in stats["table"] if r["month"] != "imprecise")
    assert total == precise > 0
    rows = browser.find_elements("css selector", ".incmap-tally tbody tr")
    assert len(rows) >= 15  # 14 governorates and the total
    assert rows[-1].find_elements("css selector", "td")[-1].text == str(total)
    _shot(browser, "find-table.png")


# --------------------------------------------------------------------------- clusters, labels

def _overlaps(rects):
    bad = []
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            if a["l"] < b["r"] - 0.5 and b["l"] < a["r"] - 0.5 and a["t"] < b["b"] - 0.5 and b["t"] < a["b"] - 0.5:
                bad.append((a, b))
    return bad


RECTS = """return Array.from(document.querySelectorAll(arguments[0])).filter(function (n) {
    return getComputedStyle(n).visibility !== 'hidden'; }).map(function (n) {
    var r = n.getBoundingClientRect(); return {l: r.left, t: r.top, r: r.right, b: r.bottom}; })
    .filter(function (r) { return r.r > r.l; });"""


@pytest.mark.parametrize("url", ["#date=2017-07-15&window=year&view=7/35.0/38.5",
                                 "#date=2018-07-15&window=year&view=6/35.0/38.5",
                                 "#date=2016-09-15&window=quarter&view=9/36.2/37.1"])
def test_clusters_never_overlap(browser, server, url):
    _open(browser, server + "/" + url)
    info = browser.execute_script("return IncMap.current.incidentInfo")
    assert info["clustered"] and info["incidents"] == info["total"]
    symbols = browser.execute_script(RECTS, ".incmap-cluster span, .incmap-incident span")
    assert len(symbols) > 5
    assert _overlaps(symbols) == []
    # The labels do not cover each other either (a governorate name may be moved, not lost).
    time.sleep(0.3)
    labels = browser.execute_script(RECTS, ".incmap-label-adm2, .incmap-label-adm3, .incmap-label-place")
    assert _overlaps(labels) == []
    assert len(browser.find_elements("css selector", ".incmap-label-adm1")) == 14
    _shot(browser, "find-clusters-" + url.split("&")[1].split("=")[1] + ".png")


def test_communities_are_labelled_at_higher_zoom(browser, server):
    _open(browser, server + "/#date=2018-07-15&window=month&view=11/36.2000/37.1600")
    _wait(browser, "return document.querySelectorAll('.incmap-label-place').length > 0",
          what="community labels")
    names = browser.execute_script("""return Array.from(document.querySelectorAll('.incmap-label-place'))
        .filter(function (n) { return getComputedStyle(n).visibility !== 'hidden'; })
        .map(function (n) { return n.textContent; });""")
    assert len(names) >= 5
    assert any(any("\u0600" <= ch <= "\u06ff" for ch in n) for n in names)
    labels = _api(server, "/api/map/labels", {"bbox": "36.9,36.0,37.4,36.4", "zoom": 11})["labels"]
    assert {lab["level"] for lab in labels} == {"adm3", "community"}
    assert browser.find_elements("css selector", ".incmap-label-adm3")
    _shot(browser, "find-places.png")


# --------------------------------------------------------------------------- phone, Arabic, a11y

def _map_share(driver):
    """The share of the screen where a tap reaches the map, not a control."""
    return driver.execute_script("""
        var free = 0, all = 0;
        for (var y = 2; y < innerHeight; y += 8) {
          for (var x = 2; x < innerWidth; x += 8) {
            all += 1;
            var e = document.elementFromPoint(x, y);
            if (e && e.closest('.leaflet-container') && !e.closest('.leaflet-control')) { free += 1; }
          }
        }
        return free / all;""")


def test_a_phone_keeps_most_of_the_screen_for_the_map(server):
    from layers import browser as chromium

    driver = chromium.open_chromium(logs=True)
    try:
        chromium.emulate_screen(driver, 390, 844)
        _open(driver, server + "/#date=2018-07-15&window=month")
        assert driver.execute_script("return [innerWidth, innerHeight]") == [390, 844]
        time.sleep(0.5)
        share = _map_share(driver)
        assert share >= 0.6, share
        # Everything is still at hand: the layers and the panels open from their buttons.
        driver.find_element("css selector", ".incmap-layers-toggle").click()
        assert driver.find_element("css selector", ".leaflet-control-layers-list").is_displayed()
        driver.find_element("css selector", ".incmap-layers-toggle").click()
        driver.find_element("id", "incmap-tab-list").click()
        _wait(driver, "return IncMap.current.findPanel.list", what="the list on a phone")
        assert driver.find_element("css selector", ".incmap-body-list").is_displayed()
        _shot(driver, "find-phone-list.png")
        driver.find_element("id", "incmap-tab-list").click()
        _shot(driver, "find-phone.png")
        _no_console_errors(driver)
    finally:
        chromium.close(driver)


def test_arabic_interface_runs_right_to_left(browser, server):
    _open(browser, server + "/#date=2018-07-15&window=month&lang=ar&tab=filters")
    assert browser.execute_script("return [document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    from layers.i18n import ARABIC, missing

    assert missing() == []
    tabs = [t.text for t in browser.find_elements("css selector", ".incmap-tab")]
    assert tabs == [ARABIC["Filters"], ARABIC["List"], ARABIC["Table"], ARABIC["Planning"]]
    heads = [h.text for h in browser.find_elements("css selector", ".incmap-legend-head")]
    assert ARABIC["Control (area colour)"] in heads
    # The credits are in Arabic too, each source's name and licence as the source gives them.
    credits = browser.find_element("css selector", ".incmap-credits").get_attribute("textContent")
    assert credits.startswith("الحدود والأماكن:") and "Boundaries" not in credits
    assert "OCHA (CC BY 3.0 IGO)" in credits and "Wikipedia" in credits and "{" not in credits
    labels = [e.text.strip() for e in browser.find_elements("css selector", ".leaflet-control-layers label")]
    assert ARABIC["Control areas"] in labels and ARABIC["Killings"] in labels
    # Renamed, the layers keep their switches.
    assert len(browser.find_elements("css selector", ".leaflet-control-layers label input")) == len(labels)
    _wait(browser, "return IncMap.current.findPanel.facetCounts && IncMap.current.timeChart.data",
          what="the counts and the chart")
    assert ARABIC["incidents match, in this view and window"] in browser.find_element(
        "css selector", ".incmap-filter-total").text
    # A right-to-left reader starts at the right: the layer list is there, the panels at the left.
    assert _sides(browser) == ("right", "left")
    _no_console_errors(browser)
    _shot(browser, "find-arabic.png")
    # Back to English from the button, the choice kept in the address.
    browser.find_element("css selector", ".incmap-lang").click()
    _wait(browser, "return window.IncMap && IncMap.current && IncMap.current.readyAt && document.documentElement.dir === 'ltr'",
          what="the English page")
    assert "lang=ar" not in browser.current_url
    assert _sides(browser) == ("left", "right")


def _sides(driver) -> tuple[str, str]:
    """Which half of the window the layer list and the find panel stand in."""
    middle = driver.execute_script("return window.innerWidth") / 2

    def side(css):
        box = driver.find_element("css selector", css).rect
        if box["x"] + box["width"] <= middle:
            return "left"
        return "right" if box["x"] >= middle else "both"
    return side(".leaflet-control-layers"), side(".incmap-find")


def test_controls_have_names_and_readable_text(browser, server):
    _open(browser, server + "/#date=2018-07-15&window=month")
    unnamed = browser.execute_script("""
        return Array.from(document.querySelectorAll('.leaflet-control input, .leaflet-control select, .leaflet-control button'))
          .filter(function (e) {
            var name = e.getAttribute('aria-label') || e.title || (e.labels && e.labels.length && e.labels[0].textContent)
              || (e.tagName === 'BUTTON' && e.textContent.trim()) || (e.closest('label') && e.closest('label').textContent.trim());
            return !name;
          }).map(function (e) { return e.outerHTML.slice(0, 80); });""")
    assert unnamed == []
    # Text of the panels has at least 4.5:1 contrast on their white background (WCAG AA).
    colours = browser.execute_script("""
        return Array.from(document.querySelectorAll('.incmap-panel, .incmap-panel *')).filter(function (e) {
          return e.childNodes.length && Array.from(e.childNodes).some(function (n) { return n.nodeType === 3 && n.textContent.trim(); });
        }).map(function (e) { return getComputedStyle(e).color; });""")

    def luminance(css):
        r, g, b = (int(v) / 255 for v in css[css.index("(") + 1:css.index(")")].split(",")[:3])
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    assert colours
    worst = min((1.0 + 0.05) / (luminance(c) + 0.05) for c in set(colours))
    assert worst >= 4.5, worst
    # The keyboard reaches the search first, then the panels; a list row opens with Enter.
    from selenium.webdriver.common.keys import Keys

    browser.find_element("css selector", "body").send_keys(Keys.TAB)
    order = []
    for _ in range(60):
        order.append(browser.execute_script(
            "var e = document.activeElement; return (e.id || e.className || e.tagName).toString();"))
        browser.switch_to.active_element.send_keys(Keys.TAB)
    assert "incmap-search-input" in order and "incmap-tab-filters" in order
    assert order.index("incmap-search-input") < order.index("incmap-tab-filters")
