"""The planners' layers in a real browser: hazard areas, historic fronts, the area tool.

Same app and store as ``test_map_browser.py`` (the UCDP extract plus hostile incidents,
one of them a landmine whose texts are HTML): the two layers draw as many areas and
lines as the API sends, with their rows in the legend while they are on; a hazard
area's popup shows its counts and no markup runs; the three ways of choosing an area
(picking a hazard area, drawing a box, the map's view) return what the API says lies
inside; the keyboard reaches the planning tools after the panels.

Then the whole page with these layers on, at 1366 x 768 and at 390 x 844, in English and in
Arabic: nothing covers anything and nothing leaves the window; the Planning tab's tools are on
top where they are drawn; the tabs keep to one line; on a phone the map keeps at least 60 % of
the screen (planners' tab open or not) and a hazard popup opens clear of the controls; popup
heads, legend rows and the tab are in the page's language (every text of the planners' layers
has its Arabic). One page load per screen and language, shared by its tests, which run after
those of ``page`` (the same browser). Screenshots go to ``$TMPDIR/incmap-screenshots/``.
"""

from __future__ import annotations

import csv as csvlib
import io

import time

import pytest
import requests
from test_map_browser import HOSTILE_LAT, HOSTILE_LON, _wait, browser, server  # noqa: F401
from test_map_find_browser import _map_share, _shot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page(browser, server):  # noqa: F811 - the imported fixtures
    browser.get(server + "/#date=2018-07-15&window=month")
    _wait(browser, "return window.IncMap && IncMap.current && IncMap.current.controlInfo",
          what="the page")
    for name in ("Suspected hazard areas", "Historic front lines"):
        labels = [e for e in browser.find_elements("css selector", ".leaflet-control-layers label")
                  if e.text.strip() == name]
        assert labels, name
        labels[0].find_element("css selector", "input").click()
    _wait(browser, """var n = 0; IncMap.current.map.eachLayer(function (l) {
        if ((l.incmapKind === 'hazards' || l.incmapKind === 'fronts') && l.count) { n += 1; } });
        return n === 2;""", what="hazard areas and fronts drawn")
    return browser


def _layer_count(driver, kind):
    return driver.execute_script("""var kind = arguments[0], out = null;
        IncMap.current.map.eachLayer(function (l) {
          if (l.incmapKind === kind) { out = l.getLayers().length; } });
        return out;""", kind)


def _api(server, path, params=None):
    resp = requests.get(server + path, params=params or {}, timeout=120)
    assert resp.status_code == 200, resp.text[:300]
    return resp.json()


def _shown(driver, selector):
    return [e for e in driver.find_elements("css selector", selector) if e.is_displayed()]


def test_layers_draw_what_the_api_sends_with_legend_rows(page, server):
    hazards = _api(server, "/api/map/hazards")["features"]
    drawn = [f for f in hazards if f["geometry"]]
    assert len(drawn) > 50  # the UCDP extract's explosive accidents
    assert _layer_count(page, "hazards") == len(drawn)
    # Units known only to a district or governorate are counted, never drawn.
    assert page.execute_script("""var n = null; IncMap.current.map.eachLayer(function (l) {
        if (l.incmapKind === 'hazards') { n = l.units.length; } }); return n;""") == len(hazards) - len(drawn)
    assert _layer_count(page, "fronts") == len(_api(server, "/api/map/fronts")["features"]) > 300
    # Their rows are in the map's legend, under their own heads, while the layers are on.
    legend = page.find_element("css selector", ".incmap-legend")
    rows = _shown(legend, ".incmap-legend-hazard")
    assert [r.get_attribute("data-confidence") for r in rows] == ["high", "medium", "low"]
    assert len(_shown(legend, ".incmap-legend-front")) == 4
    heads = [h.get_attribute("textContent") for h in legend.find_elements("css selector", ".incmap-legend-head")]
    assert "Suspected hazard areas (confidence)" in heads
    assert "Historic front lines (days as a front)" in heads
    # A front's class in the legend is the colour its lines are drawn in.
    colours = page.execute_script("""var out = {}; IncMap.current.map.eachLayer(function (l) {
        if (l.incmapKind === 'fronts') { l.eachLayer(function (f) { out[f.options.color] = 1; }); } });
        return Object.keys(out).sort();""")
    swatches = sorted({e.value_of_css_property("border-top-color")
                       for e in legend.find_elements("css selector", ".incmap-legend-front .incmap-line-swatch")})
    assert len(colours) == len(swatches) == 4
    # Turned off, the layer's rows go with it.
    _switch(page, "Suspected hazard areas")
    assert _shown(legend, ".incmap-legend-hazard") == [] and len(_shown(legend, ".incmap-legend-front")) == 4
    _switch(page, "Suspected hazard areas")
    _wait(page, "return document.querySelectorAll('.incmap-legend-hazard').length === 3 && "
                "!document.querySelector('.incmap-legend-hazards').hidden", what="the rows back")


def _switch(driver, name):
    """Click a layer's switch in the layer list (by its name on the page)."""
    labels = [e for e in driver.find_elements("css selector", ".leaflet-control-layers label")
              if e.get_attribute("textContent").strip() == name]
    assert labels, name
    driver.execute_script("arguments[0].click();", labels[0].find_element("css selector", "input"))


def test_the_planning_tab_opened_with_the_limits_and_the_files(page, server):
    # Turning a planning layer on opened the planners' tab of the find panel.
    assert page.execute_script("return IncMap.current.findPanel.tab") == "planning"
    body = page.find_element("css selector", ".incmap-body-planning")
    assert body.is_displayed()
    text = body.get_attribute("textContent")
    assert "reported accidents only" in text
    # Its links give the planning files, bounded like every export.
    links = {a.get_attribute("textContent"): a.get_attribute("href")
             for a in body.find_elements("css selector", "a")}
    assert set(links) == {"hazard areas (CSV, IMSMA field names)", "historic fronts (GeoJSON)"}
    csv = requests.get(links["hazard areas (CSV, IMSMA field names)"], timeout=120)
    assert csv.status_code == 200 and "text/csv" in csv.headers["Content-Type"]
    ids = [row["hazard_localid"] for row in csvlib.DictReader(io.StringIO(csv.text))]
    assert sorted(ids) == sorted(f["properties"]["id"] for f in _api(server, "/api/map/hazards")["features"])
    fronts = requests.get(links["historic fronts (GeoJSON)"], timeout=120)
    assert fronts.status_code == 200 and len(fronts.json()["features"]) == _layer_count(page, "fronts")


def test_hazard_popup_and_pick_an_area(page):
    # The hostile landmine's area: its popup shows the counts, and no script ran.
    hazard_id = page.execute_script(f"""var id = null, at = L.latLng({HOSTILE_LAT}, {HOSTILE_LON});
        IncMap.current.map.eachLayer(function (l) {{
          if (l.incmapKind !== 'hazards') {{ return; }}
          l.eachLayer(function (f) {{
            if (!id && f.getBounds().contains(at)) {{ f.openPopup(at); id = f.feature.properties.id; }}
          }});
        }});
        return id;""")
    assert hazard_id and hazard_id.startswith("HA-")
    popup = page.find_element("css selector", ".incmap-hazard-popup")
    text = popup.get_attribute("textContent")  # the popup may lie outside the window
    assert hazard_id in text and "Civilians killed" in text and "Nearest historic front" in text
    assert page.execute_script("return window.__xss || 0") == 0
    page.execute_script("arguments[0].click();",
                        popup.find_element("css selector", "button.incmap-hazard-summarise"))
    summary = _wait(page, "return IncMap.current.map._incmapAreaSummary", what="area summary")
    assert [h["id"] for h in summary["hazards"]][:1] == [hazard_id] or \
        hazard_id in [h["id"] for h in summary["hazards"]]
    assert summary["incidents"]["count"] >= 1
    out = page.find_element("css selector", ".incmap-area-out").get_attribute("textContent")
    assert "Incidents located inside" in out


def test_draw_a_box(page, server):
    page.execute_script("IncMap.current.map._incmapAreaSummary = null;")
    page.find_element("css selector", "button.incmap-area-tool").click()
    # A box over western Aleppo countryside, drawn with the map's own mouse events.
    page.execute_script("""var m = IncMap.current.map;
        m.fire('mousedown', {latlng: L.latLng(36.0, 36.6)});
        m.fire('mousemove', {latlng: L.latLng(36.4, 37.2)});
        m.fire('mouseup', {latlng: L.latLng(36.4, 37.2)});""")
    summary = _wait(page, "return IncMap.current.map._incmapAreaSummary", what="box summary")
    assert summary["incidents"]["count"] > 0
    assert summary["fronts"]["length_km"] > 0 and summary["fronts"]["by_pair"]
    assert page.execute_script("return IncMap.current.map.dragging.enabled()")
    out = page.find_element("css selector", ".incmap-area-out").get_attribute("textContent")
    assert "Historic front inside" in out
    # What the panel says is what the API says of that box.
    api = _api(server, "/api/map/area", {"bbox": "36.60000,36.00000,37.20000,36.40000"})
    assert summary["incidents"]["count"] == api["incidents"]["count"]
    assert [h["id"] for h in summary["hazards"]] == [h["id"] for h in api["hazards"]]
    assert f"{api['incidents']['count']} ({api['incidents']['killed']} civilians killed)" in out
    # Front pairs by the forces' names, not their codes.
    from geo.force import FORCES

    pair = next(iter(api["fronts"]["by_pair"]))
    assert " – ".join(FORCES[c].short for c in pair.split("|")) in out


def test_tap_two_corners_or_escape(page, server):
    tool = page.find_element("css selector", "button.incmap-area-tool")
    # A touch screen taps one corner, then the other.
    page.execute_script("IncMap.current.map._incmapAreaSummary = null;")
    tool.click()
    assert tool.get_attribute("aria-pressed") == "true"
    page.execute_script("""var m = IncMap.current.map;
        m.fire('mousedown', {latlng: L.latLng(35.0, 36.5)}); m.fire('mouseup', {latlng: L.latLng(35.0, 36.5)});
        m.fire('mousedown', {latlng: L.latLng(35.3, 37.0)}); m.fire('mouseup', {latlng: L.latLng(35.3, 37.0)});""")
    summary = _wait(page, "return IncMap.current.map._incmapAreaSummary", what="two-tap summary")
    api = _api(server, "/api/map/area", {"bbox": "36.50000,35.00000,37.00000,35.30000"})
    assert summary["incidents"]["count"] == api["incidents"]["count"]
    assert tool.get_attribute("aria-pressed") == "false"
    # Escape stops drawing: the map pans again and nothing is asked.
    page.execute_script("IncMap.current.map._incmapAreaSummary = null;")
    tool.click()
    assert not page.execute_script("return IncMap.current.map.dragging.enabled()")
    from selenium.webdriver.common.keys import Keys

    tool.send_keys(Keys.ESCAPE)
    assert page.execute_script("return IncMap.current.map.dragging.enabled()")
    assert tool.get_attribute("aria-pressed") == "false"
    page.execute_script("""var m = IncMap.current.map;
        m.fire('mousedown', {latlng: L.latLng(35.0, 36.5)}); m.fire('mouseup', {latlng: L.latLng(35.5, 37.5)});""")
    assert page.execute_script("return IncMap.current.map._incmapAreaSummary") is None


def test_the_view_from_the_keyboard(page, server):
    """No mouse: the planner moves the map and asks what lies in the view."""
    from selenium.webdriver.common.keys import Keys

    page.execute_script("IncMap.current.map._incmapAreaSummary = null;"
                        "IncMap.current.map.setView([36.2, 37.1], 9, {animate: false});")
    button = page.find_element("css selector", "button.incmap-area-view")
    page.execute_script("arguments[0].focus();", button)
    button.send_keys(Keys.ENTER)
    summary = _wait(page, "return IncMap.current.map._incmapAreaSummary", what="the view's summary")
    bbox = page.execute_script("""var b = IncMap.current.map.getBounds();
        return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(5); }).join(',');""")
    api = _api(server, "/api/map/area", {"bbox": bbox})
    assert summary["incidents"]["count"] == api["incidents"]["count"] > 0
    assert summary["area_km2"] == api["area_km2"]


def test_the_keyboard_reaches_the_planning_tools_after_the_panels(page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    # From the first control of the page (the zoom buttons, top left), as a keyboard user starts.
    page.execute_script("IncMap.current.map.closePopup();"
                        "document.querySelector('.leaflet-control-zoom-in').focus();")
    order = []
    for _ in range(120):
        ActionChains(page).send_keys(Keys.TAB).perform()
        order.append(page.execute_script("""var e = document.activeElement;
            return (e.id || (typeof e.className === 'string' && e.className) || e.tagName).toString();"""))
    steps = ["incmap-search-input", "incmap-tab-filters", "incmap-tab-planning", "incmap-area-tool",
             "incmap-area-view"]
    assert all(s in order for s in steps), order
    assert [order.index(s) for s in steps] == sorted(order.index(s) for s in steps)
    # The two planning layers' switches are reached too, each named by its label.
    names = page.execute_script("""return Array.from(document.querySelectorAll('.leaflet-control-layers-overlays input'))
        .map(function (i) { return i.closest('label').textContent.trim(); });""")
    assert {"Suspected hazard areas", "Historic front lines"} <= set(names)


# --------------------------------------------------------------------------- layout, Arabic

SCREENS = {"desktop": (1366, 768), "phone": (390, 844)}


def _rects(driver, selector):
    return driver.execute_script("""return Array.from(document.querySelectorAll(arguments[0]))
        .filter(function (n) { return n.offsetWidth > 0 && n.offsetHeight > 0; })
        .map(function (n) { var r = n.getBoundingClientRect();
          return {name: n.className, l: r.left, t: r.top, r: r.right, b: r.bottom}; });""", selector)


def _overlap(a, b):
    return a["l"] < b["r"] - 0.5 and b["l"] < a["r"] - 0.5 and a["t"] < b["b"] - 0.5 and b["t"] < a["b"] - 0.5


def _reachable(driver, element):
    """The element is on the screen and on top where it is drawn (nothing covers it)."""
    return driver.execute_script("""var e = arguments[0], r = e.getBoundingClientRect();
        if (r.bottom > innerHeight || r.right > innerWidth || r.top < 0 || r.left < 0) { return false; }
        var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit === e || e.contains(hit);""", element)


@pytest.fixture(scope="module",
                params=[("desktop", "en"), ("desktop", "ar"), ("phone", "en"), ("phone", "ar")],
                ids=lambda p: "-".join(p))
def planning_page(request, browser, server):  # noqa: F811 - the imported fixtures
    """The page at one screen size and language with both planning layers on."""
    from layers import browser as chromium

    screen, lang = request.param
    width, height = SCREENS[screen]
    chromium.emulate_screen(browser, width, height, mobile=screen == "phone",
                            scale=2.0 if screen == "phone" else 1.0)
    browser.get("about:blank")
    browser.get(server + "/#date=2018-07-15&window=month" + ("&lang=ar" if lang == "ar" else ""))
    _wait(browser, "return window.IncMap && IncMap.current && IncMap.current.readyAt", what="the page")
    assert browser.execute_script("return [innerWidth, innerHeight]") == [width, height]
    from layers.hazards import HazardAreas, HistoricFrontLines
    from layers.i18n import ARABIC

    names = [layer().layer_name for layer in (HazardAreas, HistoricFrontLines)]
    if lang == "ar":
        names = [ARABIC[n] for n in names]
    toggle = browser.find_elements("css selector", ".incmap-layers-toggle")
    if screen == "phone":  # the layer list is folded behind its button
        toggle[0].click()
    for name in names:
        label = [e for e in browser.find_elements("css selector", ".leaflet-control-layers label")
                 if e.text.strip() == name]
        assert label, (name, lang)
        label[0].find_element("css selector", "input").click()
    if screen == "phone":
        toggle[0].click()
    _wait(browser, """var n = 0; IncMap.current.map.eachLayer(function (l) {
        if ((l.incmapKind === 'hazards' || l.incmapKind === 'fronts') && l.count) { n += 1; } });
        return n === 2;""", what="hazard areas and fronts drawn")
    yield browser, screen, lang
    chromium.emulate_screen(browser, 0, 0)


def test_nothing_covers_anything_with_the_planners_tools(planning_page):
    driver, screen, lang = planning_page
    controls = _rects(driver, ".leaflet-control")
    names = " ".join(c["name"] for c in controls)
    for part in ("incmap-search", "leaflet-control-layers", "incmap-legend", "incmap-time", "incmap-find"):
        assert part in names, part
    overlaps = [(a["name"], b["name"]) for i, a in enumerate(controls) for b in controls[i + 1:]
                if _overlap(a, b)]
    assert overlaps == []
    if screen == "desktop":
        # Every control lies inside the window, and the planners' tab is open with its tools at hand.
        for c in controls:
            assert c["r"] <= 1366 and c["b"] <= 768 and c["l"] >= 0 and c["t"] >= 0, c
        assert driver.execute_script("return IncMap.current.findPanel.tab") == "planning"
        body = driver.find_element("css selector", ".incmap-body-planning")
        assert body.size["height"] >= 120
    else:
        # On a phone the panels start folded and the map keeps the screen, planners' tab or not.
        assert driver.execute_script("return IncMap.current.findPanel.tab") is None
        assert _map_share(driver) >= 0.6
        driver.find_element("id", "incmap-tab-planning").click()
    tools = [driver.find_element("css selector", "button.incmap-area-tool"),
             driver.find_element("css selector", "button.incmap-area-view")]
    assert all(_reachable(driver, t) for t in tools)
    # The tabs stay on one line (four tabs and the language button).
    tops = {round(r["t"]) for r in _rects(driver, ".incmap-tab, .incmap-lang")}
    assert len(_rects(driver, ".incmap-tab")) == 4 and max(tops) - min(tops) <= 4
    _shot(driver, f"demining-{screen}-{lang}.png")
    if screen == "phone":
        driver.find_element("id", "incmap-tab-planning").click()
        assert _map_share(driver) >= 0.6


def _open_a_hazard_popup(driver):
    """Open the popup of the largest hazard area, centred in the view at zoom 9."""
    hazard_id = driver.execute_script("""var best = null;
        IncMap.current.map.eachLayer(function (l) {
          if (l.incmapKind !== 'hazards') { return; }
          l.eachLayer(function (f) { if (!best || f.feature.properties.incidents > best.feature.properties.incidents) { best = f; } });
        });
        IncMap.current.map.setView(best.getBounds().getCenter(), 9, {animate: false});
        best.openPopup(best.getBounds().getCenter());
        return best.feature.properties.id;""")
    popup = _wait(driver, "return document.querySelector('.incmap-hazard-popup')", what="the popup")
    return hazard_id, popup


def test_a_hazard_popup_opens_clear_of_the_controls_in_either_language(planning_page, server):
    driver, screen, lang = planning_page
    hazard_id, popup = _open_a_hazard_popup(driver)
    time.sleep(0.6)  # the map pans the popup into view
    box = _rects(driver, ".leaflet-popup")[0]
    assert box["t"] >= 0 and box["b"] <= SCREENS[screen][1] and box["l"] >= 0 and box["r"] <= SCREENS[screen][0]
    if screen == "phone":  # the map pans it clear of the controls (on a desktop it may open beside them)
        assert [c["name"] for c in _rects(driver, ".leaflet-control") if _overlap(c, box)] == []
    props = next(f["properties"] for f in _api(server, "/api/map/hazards")["features"]
                 if f["properties"]["id"] == hazard_id)
    text = popup.get_attribute("textContent")
    assert hazard_id in text and f"{props['first_date']} … {props['last_date']}" in text
    heads = [th.get_attribute("textContent") for th in popup.find_elements("css selector", "th")]
    from layers.i18n import ARABIC

    english = ["Incidents", "Civilians killed", "Injured", "Dates", "Confidence", "Area",
               "Control at the incidents", "Held by, over time", "Nearest historic front", "Sources"]
    assert heads == ([ARABIC[h] for h in english] if lang == "ar" else english)
    # One line per period of control, as many as the API gives.
    assert len(popup.find_elements("css selector", ".incmap-runs li")) == len(props["control_history"])
    if lang == "ar":
        for english_text in ("What lies inside this area?", "landmine", "explosive remnant"):
            assert english_text not in text
        assert ARABIC["What lies inside this area?"] in text
    _shot(driver, f"demining-popup-{screen}-{lang}.png")


def test_the_planners_texts_are_in_the_pages_language(planning_page):
    driver, screen, lang = planning_page
    from layers.i18n import ARABIC, missing

    assert missing() == []
    legend_heads = [h.get_attribute("textContent") for h in
                    driver.find_elements("css selector", ".incmap-legend-hazards .incmap-legend-head, "
                                                         ".incmap-legend-fronts .incmap-legend-head")]
    tab = driver.find_element("id", "incmap-tab-planning").get_attribute("textContent")
    planning = driver.find_element("css selector", ".incmap-body-planning").get_attribute("textContent")
    rows = [r.get_attribute("textContent") for r in driver.find_elements("css selector", ".incmap-legend-hazard, .incmap-legend-front")]
    texts = {"tab": "Planning", "legend": ["Suspected hazard areas (confidence)", "Historic front lines (days as a front)"],
             "rows": ["high: every incident located to its village", "medium: some located only near a place",
                      "low: located only near a place (~10 km)", "under 3 months", "3-12 months", "1-3 years",
                      "more than 3 years"],
             "planning": ["Draw an area", "What lies in the view?", "historic fronts (GeoJSON)"]}
    say = (lambda t: ARABIC[t]) if lang == "ar" else (lambda t: t)
    assert tab == say(texts["tab"])
    assert legend_heads == [say(t) for t in texts["legend"]]
    assert rows == [say(t) for t in texts["rows"]]
    for t in texts["planning"]:
        assert say(t) in planning
        if lang == "ar":
            assert t not in planning
