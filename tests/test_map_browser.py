"""The web map in a real browser: headless Chromium against the real app served by waitress.

The store is seeded from the real UCDP GED extract plus incidents whose texts
are hostile HTML; the page must load offline (no request to another host),
without console errors, show its layers and legend, move the control map
through time without reloading, open an incident's popup on a click, and run
none of the hostile markup.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest
from test_mapdata import seed_store

pytestmark = pytest.mark.browser

HOSTILE_PLACE = '<img src=x onerror="window.__xss=(window.__xss||0)+1">'
HOSTILE_TITLE = '"><script>window.__xss=(window.__xss||0)+1</script>'
HOSTILE_ID = "xss:1"
# Menbij city centre; 15 July 2018 (UCDP covers 2016-01 .. 2019-11).
HOSTILE_LON, HOSTILE_LAT, HOSTILE_DATE = 37.9533, 36.5281, dt.date(2018, 7, 15)


def _hostile_incidents():
    from geo.incident import Incident

    common = dict(date=HOSTILE_DATE, lon=HOSTILE_LON, lat=HOSTILE_LAT, dataset="xss")
    return [
        Incident(category="landmine", cause="landmine", killed=2, children=1,
                 perpetrator="OTHER_LANDMINE", perpetrator_text=HOSTILE_TITLE,
                 place_text=HOSTILE_PLACE, source_title=HOSTILE_TITLE,
                 source_url='https://example.org/r?q="><script>window.__xss=1</script>',
                 source_id="1", **common),
        Incident(category="torture", cause="torture", killed=1, place_text=HOSTILE_TITLE,
                 source_publisher=HOSTILE_PLACE, source_url="https://example.org/report?a=<b>",
                 source_id="2", **{**common, "lon": HOSTILE_LON + 0.02}),
    ]


@pytest.fixture(scope="module")
def server(tmp_path_factory, data, gaz):
    pytest.importorskip("selenium")
    waitress_server = pytest.importorskip("waitress.server")
    from service.settings import Settings
    from server import create_app

    path = tmp_path_factory.mktemp("mapweb") / "incidents.gpkg"
    seed_store(path, data, gaz, extra=_hostile_incidents()).close()
    app = create_app(Settings(store_path=str(path), data_dir=str(data.root)))
    srv = waitress_server.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    srv.close()


@pytest.fixture(scope="module")
def browser():
    from layers import browser as chromium

    if not chromium.available():
        pytest.fail(f"the browser tests need {chromium.CHROMIUM} and {chromium.CHROMEDRIVER} "
                    "(see .ci/run)")
    driver = chromium.open_chromium(logs=True)
    yield driver
    chromium.close(driver)


def _wait(driver, script, timeout=30.0, what="condition"):
    end = time.monotonic() + timeout
    value = None
    while time.monotonic() < end:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    errors = driver.execute_script("return window.IncMap && IncMap.current && IncMap.current.lastError")
    raise AssertionError(f"timed out waiting for {what} (app error: {errors})")


def _requests(driver):
    """Every URL the page requested, from Chrome's performance (DevTools) log."""
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def _control_forces(driver):
    return driver.execute_script("""
        var out = [];
        IncMap.current.map.eachLayer(function (l) {
          if (l.incmapKind === 'control') {
            l.eachLayer(function (f) { out.push(f.feature.properties.force + (f.feature.properties.contested ? '*' : '')); });
          }
        });
        return out.sort();""")


@pytest.fixture(scope="module")
def loaded(browser, server):
    browser.get_log("performance")  # drop what the browser did before the page (its new tab)
    browser.get(server + "/#date=2018-07-15&window=month")
    _wait(browser, "return window.IncMap && IncMap.current && IncMap.current.controlInfo "
                   "&& IncMap.current.incidentInfo", what="the first control map and incidents")
    browser.execute_script("window.__sameDocument = 1;")
    return browser


def test_page_loads_offline_without_console_errors(loaded, server):
    host = urlparse(server).netloc
    urls = _requests(loaded)
    assert any(u.endswith("/static/vendor/leaflet/leaflet.js") for u in urls)
    assert any("/api/map/incidents?" in u for u in urls)
    assert any("/api/control/snapshot?date=2018-07-15" in u for u in urls)
    # Anything that leaves the browser (http, https, ws, ftp ...) must go to the app's host.
    foreign = [u for u in urls if urlparse(u).scheme not in ("data", "blob", "about", "chrome")
               and urlparse(u).netloc != host]
    assert foreign == []
    errors = [e for e in loaded.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_layers_and_legend_are_present(loaded):
    from geo.force import FORCES

    labels = [e.text.strip() for e in loaded.find_elements("css selector", ".leaflet-control-layers label")]
    for name in ("No base map (offline)", "OpenStreetMap (online)", "Control areas", "Killings",
                 "Landmine sites", "Massacres", "Deaths under torture", "Heatmap (killed)",
                 "Incidents per governorate", "Governorates", "Districts"):
        assert name in labels, (name, labels)
    forces = loaded.find_elements("css selector", ".incmap-legend .incmap-legend-force")
    assert [f.get_attribute("data-force") for f in forces] == list(FORCES)
    assert forces[0].text == FORCES[next(iter(FORCES))].name
    assert len(loaded.find_elements("css selector", ".incmap-legend .incmap-legend-category")) == 4
    # Each swatch looks like its areas: the force colour at the control layer's fill opacity,
    # outlined in the force colour (so ISIS's near-black reads as the dark grey of the map).
    from layers.control import ControlAreas

    alpha = ControlAreas().options["fill_opacity"]
    for f in forces:
        colour = FORCES[f.get_attribute("data-force")].colour
        r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        sw = f.find_element("css selector", ".incmap-swatch")
        assert sw.value_of_css_property("background-color") == f"rgba({r}, {g}, {b}, {alpha})"
        assert sw.value_of_css_property("border-top-color") == f"rgba({r}, {g}, {b}, 1)"
    # Boundaries are drawn with both names (labels show from zoom 6).
    labels = loaded.find_elements("css selector", ".incmap-label-adm1")
    assert len(labels) == 14
    assert any("Aleppo" in l.text and "حلب" in l.text for l in labels)
    # Incidents are on the map, coloured by force and clustered at this zoom if many.
    info = loaded.execute_script("return IncMap.current.incidentInfo")
    assert info["incidents"] > 0 and info["start"] == "2018-06-30" and info["end"] == "2018-07-30"
    assert loaded.find_elements("css selector", ".incmap-incident, .incmap-cluster")


def test_moving_the_date_changes_the_control_layer(loaded):
    before = _control_forces(loaded)
    assert before and loaded.execute_script("return IncMap.current.controlInfo.date") == "2018-07-15"
    # Use the picker as a person does; no page reload follows.
    loaded.execute_script("""
        var p = document.querySelector('.incmap-time-date');
        p.value = '2023-07-09'; p.dispatchEvent(new Event('change'));""")
    _wait(loaded, "return IncMap.current.controlInfo.date === '2023-07-09'", what="the new control map")
    after = _control_forces(loaded)
    assert after != before
    # ISIS held territory in July 2018 (the Yarmouk basin, the desert) and none in 2023.
    assert any(f.startswith("ISIS") for f in before)
    assert not any(f.startswith("ISIS") for f in after)
    assert loaded.execute_script("return window.__sameDocument") == 1
    assert "date=2023-07-09" in loaded.current_url
    # The incident window moved with the date.
    _wait(loaded, "return IncMap.current.incidentInfo.start === '2023-06-24'", what="the new window")
    # The slider moves it too.
    loaded.execute_script("""
        var s = document.querySelector('.incmap-time-slider');
        s.value = String(Number(s.value) - 2200); s.dispatchEvent(new Event('change'));""")
    _wait(loaded, "return IncMap.current.controlInfo.date < '2018-01-01'", what="the slider's date")


def test_click_on_an_incident_opens_its_popup_and_runs_no_script(loaded):
    from selenium.common.exceptions import NoAlertPresentException, StaleElementReferenceException

    loaded.execute_script(f"""
        var p = document.querySelector('.incmap-time-date');
        p.value = '{HOSTILE_DATE.isoformat()}'; p.dispatchEvent(new Event('change'));
        IncMap.current.map.setView([{HOSTILE_LAT}, {HOSTILE_LON}], 13);""")
    # The date and the view each reload the markers: a marker found between the two loads is
    # gone when clicked (a stale element), so wait for a quiet map and click again if so.
    for attempt in range(3):
        icon = _wait(loaded, f"""
            var app = IncMap.current, found = null;
            if (Object.values(app.status || {{}}).some(function (s) {{ return s.status === 'loading'; }})) {{
              return null;
            }}
            app.map.eachLayer(function (l) {{
              if (l.incident && l.incident.id === '{HOSTILE_ID}' && l._icon) {{ found = l._icon; }}
            }});
            return found;""", what="the hostile incident's marker")
        try:
            icon.click()
            # Leaflet fades popups in: wait until it is fully shown.
            popup = _wait(loaded, """
                var p = document.querySelector('.leaflet-popup');
                return p && getComputedStyle(p).opacity === '1' && p.querySelector('.leaflet-popup-content');""",
                          what="the popup")
            text = popup.text
            break
        except StaleElementReferenceException:
            if attempt == 2:
                raise
    assert HOSTILE_PLACE in text and HOSTILE_TITLE in text
    assert "2 killed, 1 child" in text and "children" not in text and "Landmine sites" in text
    # Read in one script: the popup's auto-pan reloads the markers, and a popup re-rendered
    # between two WebDriver calls would make the second one's element stale.
    shown = loaded.execute_script("""
        var c = document.querySelector('.leaflet-popup-content');
        return c && {media: c.querySelectorAll('img, script').length,
                     links: Array.prototype.map.call(c.querySelectorAll('a'), function (a) {
                       return [a.href, a.getAttribute('rel')]; })};""")
    assert shown and shown["media"] == 0
    # The source link keeps its URL as an attribute value, nothing more.
    links = shown["links"]
    assert len(links) == 1 and links[0][0].startswith("https://example.org/r?q=")
    assert links[0][1] == "noopener noreferrer"
    time.sleep(0.5)
    # Still open after the popup's auto-pan reloaded the view.
    assert loaded.execute_script("return !!document.querySelector('.leaflet-popup-content')")
    assert loaded.execute_script("return window.__xss") is None
    with pytest.raises(NoAlertPresentException):
        loaded.switch_to.alert.text
    out = Path(tempfile.gettempdir()) / "incmap-screenshots"
    out.mkdir(exist_ok=True)
    shot = out / "map-popup.png"
    assert loaded.save_screenshot(str(shot)) and shot.stat().st_size > 10_000


def test_hostile_texts_run_no_script_anywhere(loaded):
    # Zoomed out, the hostile incidents join clusters; the tooltips and legend are text too.
    loaded.execute_script("IncMap.current.map.setView([35.0, 38.5], 7);")
    _wait(loaded, "return IncMap.current.incidentInfo && IncMap.current.map.getZoom() === 7",
          what="the country view")
    time.sleep(0.5)
    assert loaded.execute_script("return window.__xss") is None
    assert loaded.execute_script(
        "return Array.from(document.scripts).filter(function (s) { return s.textContent.indexOf('__xss') >= 0; }).length") == 0
    assert loaded.execute_script("return document.querySelectorAll('img[src=\"x\"]').length") == 0
    out = Path(tempfile.gettempdir()) / "incmap-screenshots"
    out.mkdir(exist_ok=True)
    assert loaded.save_screenshot(str(out / "map-country.png"))


def test_choropleth_and_heatmap_switch_on(loaded, server):
    import requests

    def toggle(name):
        for label in loaded.find_elements("css selector", ".leaflet-control-layers label"):
            if label.text.strip() == name:
                label.find_element("css selector", "input").click()
                return
        raise AssertionError(f"no layer {name!r}")

    loaded.execute_script("IncMap.current.map.setView([35.0, 38.5], 7);")
    toggle("Incidents per governorate")
    toggle("Heatmap (killed)")
    counts = _wait(loaded, """
        var out = null;
        IncMap.current.map.eachLayer(function (l) { if (l.incmapKind === 'choropleth' && l.counts) { out = l.counts; } });
        return out;""", what="the choropleth counts")
    state = loaded.execute_script("return IncMap.current.state")
    api = requests.get(f"{server}/api/map/governorates",
                       params={"start": state["start"], "end": state["end"]}, timeout=30).json()
    expected = {g["pcode"]: g["count"] for g in api["governorates"]}
    assert {k: v["count"] for k, v in counts.items()} == expected
    assert sum(expected.values()) > 0
    legend = loaded.find_element("css selector", ".incmap-choro-legend")
    assert "Incidents per governorate" in legend.text and state["start"] in legend.text
    assert loaded.find_elements("css selector", "canvas.leaflet-heatmap-layer")
    errors = [e for e in loaded.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    toggle("Incidents per governorate")
    assert not loaded.find_elements("css selector", ".incmap-choro-legend")


def test_low_zoom_shows_server_clusters_that_zoom_in_on_click(loaded):
    from selenium.webdriver.support.ui import Select

    loaded.execute_script("""
        var p = document.querySelector('.incmap-time-date');
        p.value = '2017-07-15'; p.dispatchEvent(new Event('change'));
        IncMap.current.map.setView([35.0, 38.5], 7);""")
    Select(loaded.find_element("css selector", ".incmap-time-window")).select_by_value("year")
    info = _wait(loaded, """
        var i = IncMap.current.incidentInfo;
        return i && i.start === '2017-01-14' && i.end === '2018-01-13' && i;""", what="a year of incidents")
    assert info["clustered"] and info["incidents"] == info["total"] > info["features"]
    from selenium.common.exceptions import StaleElementReferenceException

    # the clusters are redrawn when the view settles: read them and pick the biggest in one
    # script, and pick again if it was redrawn before the click
    for attempt in range(5):
        numbers, biggest, zoom = loaded.execute_script("""
            var cs = Array.from(document.querySelectorAll('.incmap-cluster'));
            var ns = cs.map(function (c) { var t = c.textContent.trim(); return /^[0-9]+$/.test(t) ? +t : 0; });
            var top = ns.length ? ns.indexOf(Math.max.apply(null, ns)) : -1;
            return [ns, top < 0 ? null : cs[top], IncMap.current.map.getZoom()];""")
        assert numbers and max(numbers) > 1
        try:
            biggest.click()
            break
        except StaleElementReferenceException:
            if attempt == 4:
                raise
    _wait(loaded, f"return IncMap.current.map.getZoom() > {zoom}", what="the zoom after a cluster click")
    assert loaded.execute_script("return window.__sameDocument") == 1


def test_long_texts_are_cut_where_the_page_shows_them(loaded):
    """A 100,000-character field would freeze the tab: the page shows at most MAX_SHOWN."""
    most = loaded.execute_script("return IncMap.util.MAX_SHOWN")
    shown = loaded.execute_script("""
        var long = 'x'.repeat(100000);
        var table = IncMap.infoTable([['Notes', long]]);
        return [IncMap.util.el('strong', null, long).textContent, table.querySelector('td').textContent];""")
    for text in shown:
        assert len(text) == most and text.endswith("\u2026")
    assert loaded.execute_script("return IncMap.util.el('td', null, 'short').textContent") == "short"
