"""layers/: the folium layer builders and the page (rendered HTML, no browser)."""

from __future__ import annotations

import json
import re

import pytest
import shapely

import layers
from layers.assets import STATIC_DIR, VENDOR, asset_paths
from layers.boundaries import boundary_geojson, boundary_labels

COVERAGE = ("2017-01-01", "2025-06-30")


@pytest.fixture(scope="module")
def page(ref):
    return layers.render_page(ref, coverage=COVERAGE, date="2023-07-09")


def _urls(html):
    return re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)


def test_page_links_only_local_static_files(page):
    urls = _urls(page)
    assert "/static/vendor/leaflet/leaflet.js" in urls
    assert "/static/incmap/incmap.js" in urls and "/static/incmap/incmap.css" in urls
    assert all(u.startswith("/static/") for u in urls), urls
    for u in urls:
        assert (STATIC_DIR / u[len("/static/"):]).is_file(), u
    # The only absolute URLs are the optional OSM base layer (off at first) and its attribution.
    hosts = set(re.findall(r"https?://([^/\"\\]+)", page))
    assert hosts <= {"tile.openstreetmap.org", "www.openstreetmap.org"}, hosts
    assert "cdn" not in page.lower()


def test_static_base_is_configurable(ref):
    html = layers.render_page(ref, coverage=COVERAGE, static_base="/app/static/")
    assert all(u.startswith("/app/static/") for u in _urls(html))


def test_vendored_assets_carry_their_licenses():
    for path in asset_paths():
        assert path.is_file() and path.stat().st_size > 0, path
    assert "Volodymyr Agafonkin" in (STATIC_DIR / VENDOR["leaflet"][1]).read_text()
    assert "Agafonkin" in (STATIC_DIR / VENDOR["leaflet_heat"][1]).read_text()
    assert "1.9.4" in (STATIC_DIR / VENDOR["leaflet"][0]).read_text()[:200]


def test_page_weight_does_not_depend_on_incidents(page):
    # Boundaries + config; no incident is embedded, so this holds for any store.
    size = len(page.encode("utf-8"))
    assets = sum((STATIC_DIR / u[len("/static/"):]).stat().st_size for u in _urls(page))
    assert size + assets <= 1_000_000, (size, assets)
    assert "api/map/incidents" in page and '"features": [{"geometry"' not in page.split("incidentLayer")[1]


def test_page_has_every_layer_in_the_layer_control(page):
    control = page[page.index("L.control.layers"):] if "L.control.layers" in page else ""
    assert control
    names = re.findall(r'"([^"]+)" : (\w+),', page)
    labels = {n for n, _ in names}
    for label in ("No base map (offline)", "OpenStreetMap (online)", "Control areas", "Killings",
                  "Landmine sites", "Massacres", "Deaths under torture", "Heatmap (killed)",
                  "Incidents per governorate", "Governorates", "Districts"):
        assert label in labels, label
    # The OSM layer is offered but not added at first: no tile request offline.
    osm_var = dict(names)["OpenStreetMap (online)"]
    assert f"{osm_var}.addTo(" not in page


def test_page_config_dates_and_forces(page):
    m = re.search(r"IncMap\.app\(\w+, (\{.*?\})\);", page)
    config = json.loads(m.group(1))
    assert config["date"] == "2023-07-09"
    assert (config["min_date"], config["max_date"]) == COVERAGE
    from geo.force import FORCES

    assert set(config["forces"]) == set(FORCES)
    assert config["forces"]["SDF"]["colour"] == FORCES["SDF"].colour
    assert set(config["categories"]) == {"killing", "landmine", "massacre", "torture"}


def test_date_is_clamped_to_coverage(ref):
    html = layers.render_page(ref, coverage=COVERAGE, date="2030-01-01")
    assert '"date": "2025-06-30"' in html


def test_hostile_values_cannot_close_the_script(ref):
    m = layers.OfflineMap()
    evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>'
    layers.Legend(forces=[{"code": "X", "name": evil, "colour": "#000000"}]).add_to(m)
    layers.ControlAreas(data={"type": "FeatureCollection", "features": [], "source": evil}).add_to(m)
    html = m.get_root().render()
    assert evil not in html
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "\\u003c/script\\u003e" in html  # JSON-escaped, decoded back to text by the JS


def test_boundaries_have_both_names_and_stay_small(ref):
    adm1 = boundary_geojson(ref.adm1, 0.01)
    adm2 = boundary_geojson(ref.adm2, 0.005)
    assert len(adm1["features"]) == 14 and len(adm2["features"]) == 62
    aleppo = next(f for f in adm1["features"] if f["properties"]["pcode"] == "SY02")
    assert aleppo["properties"]["name_en"] == "Aleppo" and aleppo["properties"]["name_ar"] == "حلب"
    assert len(json.dumps(adm1)) + len(json.dumps(adm2)) < 150_000
    # Simplified, but still the same shape: area within 2 % of the original.
    simple = shapely.geometry.shape(aleppo["geometry"])
    assert simple.area == pytest.approx(ref.adm1.loc["SY02"].geometry.area, rel=0.02)
    labels = boundary_labels(ref.adm2)
    for lab in labels:
        assert ref.adm2.loc[lab["pcode"]].geometry.buffer(1e-3).contains(shapely.Point(lab["lon"], lab["lat"]))


def test_builders_reject_bad_arguments(ref):
    with pytest.raises(ValueError, match="unknown incident category"):
        layers.IncidentLayer("bombing")
    with pytest.raises(ValueError, match="date range is empty"):
        layers.TimeControl("2025-01-01", "2017-01-01")
    with pytest.raises(ValueError, match="unknown boundary level"):
        layers.BoundaryLayer(ref.adm3, "adm3")
    with pytest.raises(ValueError, match="unknown window"):
        layers.build_map(ref, coverage=COVERAGE, window="decade")


def test_static_js_never_inserts_server_values_as_html():
    js = (STATIC_DIR / "incmap" / "incmap.js").read_text()
    # innerHTML / insertAdjacentHTML / document.write are not used at all.
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in js, sink
    # The only HTML strings are the divIcon symbols, built from numbers and checked colours.
    html_strings = re.findall(r"html: ([^\n]+)", js)
    assert html_strings
    for expr in html_strings:
        assert "p." not in expr.replace("p.count | 0", ""), expr
