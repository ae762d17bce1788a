"""The monthly chart under the date slider as a user first sees it: headless Chromium on the
demo store that ``incmap serve`` serves (the UCDP GED extract and the seed SNHR report).

The chart once looked blank although nothing failed: its data came and its bars were in the
page. But UCDP names a party only for one-sided violence, so 96 % of the demo's incidents are
"not recorded", drawn in a grey of 1.4:1 on the white panel; and the month of the first view's
incidents (July 2023: 10 beside 683 at the peak) got one pixel split among 7 parties. So these
tests read the pixels of the chart's screenshot: every month with incidents must show ink of
at least 3:1 contrast with the panel (WCAG 2.1, 1.4.11 non-text contrast) in its own column,
for each split and measure. A console error fails them too.
"""

from __future__ import annotations

import json
import threading

import pytest
import requests
from test_api import built_demo_store
from test_map_browser import _wait, browser  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser

# WCAG 2.1 success criterion 1.4.11: parts of a graphic needed to understand it.
NON_TEXT_CONTRAST = 3.0

# For each pixel column of a month (the middle one: a month is ~1.9 px wide at 1400 px), the
# luminance of its darkest pixel above the axis, and of the lightest pixel of the whole plot
# (the panel behind it), from the element's own screenshot decoded in a canvas.
_INK_SCRIPT = """
var png = arguments[0], done = arguments[arguments.length - 1];
var plot = document.querySelector('.incmap-chart-svg'), box = plot.getBoundingClientRect();
var img = new Image();
img.onload = function () {
  var c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
  var g = c.getContext('2d'); g.drawImage(img, 0, 0);
  var px = g.getImageData(0, 0, c.width, c.height).data, scale = img.width / box.width;
  function lum(i) {
    var lin = [px[i], px[i + 1], px[i + 2]].map(function (v) {
      v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  }
  var out = { months: {}, background: 0 };
  for (var i = 0; i < px.length; i += 4) { out.background = Math.max(out.background, lum(i)); }
  document.querySelectorAll('.incmap-chart-month').forEach(function (hit) {
    var r = hit.getBoundingClientRect();
    var x = Math.floor(((r.left + r.right) / 2 - box.left) * scale);
    var bottom = Math.min(img.height, Math.ceil((r.bottom - box.top) * scale));
    var darkest = 1;
    for (var y = Math.max(0, Math.floor((r.top - box.top) * scale)); y < bottom; y++) {
      darkest = Math.min(darkest, lum((y * img.width + x) * 4));
    }
    out.months[hit.getAttribute('data-month')] = darkest;
  });
  done(out);
};
img.onerror = function () { done(null); };
img.src = 'data:image/png;base64,' + png;
"""


@pytest.fixture(scope="module")
def server(data, tmp_path_factory):
    waitress_server = pytest.importorskip("waitress.server")
    from server import create_app
    from service.settings import Settings

    store = built_demo_store(data, tmp_path_factory)
    app = create_app(Settings(store_path=str(store), data_dir=str(data.root)))
    srv = waitress_server.create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=srv.run, daemon=True).start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    srv.close()


def _contrast(a: float, b: float) -> float:
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def _chart_for(driver, by, measure):
    """Choose the chart's split and measure as a user does; wait until it is drawn for them."""
    driver.execute_script("""
        var by = document.querySelector('.incmap-chart-by'), m = document.querySelector('.incmap-chart-measure');
        if (by.value !== arguments[0]) { by.value = arguments[0]; by.dispatchEvent(new Event('change')); }
        if (m.value !== arguments[1]) { m.value = arguments[1]; m.dispatchEvent(new Event('change')); }""",
                          by, measure)
    return _wait(driver, f"""var c = IncMap.current.timeChart, s = IncMap.current.status.chart;
        return c && c.data && c.data.by === {json.dumps(by)} && s && s.status === 'ok' && c.data;""",
                 what=f"the chart by {by}")


@pytest.mark.parametrize("by, measure", [("perpetrator", "incidents"), ("control", "killed")])
def test_every_month_with_incidents_is_drawn_visibly(browser, server, by, measure):  # noqa: F811
    browser.get_log("browser")
    browser.get("about:blank")
    browser.get(server + "/")  # the first view, as `incmap serve` opens it
    _wait(browser, "return window.IncMap && IncMap.current && IncMap.current.readyAt",
          what="the first control map and incidents")
    data = _chart_for(browser, by, measure)
    # The route the chart calls has the months, with counts (the UCDP years and July 2023).
    route = requests.get(server + "/api/map/timeline", params={"by": by}, timeout=60).json()
    assert data["months"] == route["months"]
    counted = {m["month"]: m[measure] for m in route["months"] if m[measure] > 0}
    assert len(counted) >= 40 and "2023-07" in counted
    assert browser.find_elements("css selector", ".incmap-chart-bar")

    png = browser.find_element("css selector", ".incmap-chart-svg").screenshot_as_base64
    ink = browser.execute_async_script(_INK_SCRIPT, png)
    assert ink and ink["background"] > 0.8, ink and ink["background"]
    now = browser.execute_script("return IncMap.current.state.date.slice(0, 7)")
    faint = {month: round(_contrast(ink["months"][month], ink["background"]), 2)
             for month in counted if month != now  # that month is outlined in black anyway
             if _contrast(ink["months"][month], ink["background"]) < NON_TEXT_CONTRAST}
    assert faint == {}, f"{len(faint)} of {len(counted)} months with {measure} look blank: {faint}"
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
