"""The planners' layers in a real browser: hazard areas, historic fronts, the area tool.

Same app and store as ``test_map_browser.py`` (the UCDP extract plus hostile incidents,
one of them a landmine whose texts are HTML): the two layers draw with their legend
entries, a hazard area's popup shows its counts and no markup runs, and both ways of
choosing an area (picking a hazard area, drawing a box) return the incidents, hazard
areas and front-line exposure inside it.
"""

from __future__ import annotations

import pytest
from test_map_browser import HOSTILE_LAT, HOSTILE_LON, _wait, browser, server  # noqa: F401

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


def test_layers_draw_with_legend_entries(page):
    assert _layer_count(page, "hazards") > 50  # the UCDP extract's explosive accidents
    assert _layer_count(page, "fronts") > 300
    legend = page.find_element("css selector", ".incmap-demining")
    rows = legend.find_elements("css selector", ".incmap-legend-hazard")
    assert [r.get_attribute("data-confidence") for r in rows] == ["high", "medium", "low"]
    assert len(legend.find_elements("css selector", ".incmap-legend-front")) == 4
    assert "reported accidents only" in legend.get_attribute("textContent")
    # Turning a planning layer on opened the panel.
    assert legend.find_element("css selector", ".incmap-legend-body").is_displayed()


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


def test_draw_a_box(page):
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
