"""Rivers, lakes, roads and a shaded relief from Natural Earth: installed, served, drawn.

There is no internet here, so Natural Earth's real files cannot be fetched: a local server
(the one of ``test_install_official.py``) serves files laid out like Natural Earth's at
their official addresses — the rivers, lakes and roads as world shapefiles with Natural
Earth's field names, the shaded relief as a plain TIFF georeferenced by its ``.tfw`` and
``.prj`` — made at test time. The rivers and roads run through the gazetteer's real towns
(the Euphrates from Jarablus to Abu Kamal, the Orontes, the Damascus-Aleppo road); each
file also holds features far from Syria and one that crosses the map's edge, which the
install must cut. Then the service serves what was installed and the page draws it.
"""

from __future__ import annotations

import json
import os
import threading
import time
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString, box

from geo.reference.context import REGION
from geo.reference.datadir import DataDir, resolve
from geo.reference.install import install_official
from geo.reference.sources import DOWNLOADS
from test_install_official import _key, _shapefile_zip, _zip, mirror  # noqa: F401 (a fixture)

NE = {d.key: d.url for d in DOWNLOADS if d.source == "naturalearth"}
CONTEXT = ["rivers", "lakes", "roads", "relief"]
RELIEF_STEP = 0.25  # degrees per pixel of the fixture's world raster (Natural Earth's: 1/30)
WGS84_PRJ = ('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,'
             '298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]')


def _towns(gaz, names):
    """The gazetteer's coordinates of these communities, in order."""
    out = []
    for name in names:
        hit = gaz.search(name, level="community", limit=1)[0].place
        out.append((hit.lon, hit.lat))
    return out


def _rivers(gaz) -> gpd.GeoDataFrame:
    rows = [
        ("Euphrates", "الفرات", 1, _towns(gaz, ["Jarablus", "Al-Thawrah", "Ar-Raqqa", "Deir-ez-Zor", "Abu Kamal"])),
        ("Orontes", "العاصي", 3, _towns(gaz, ["Ar-Rastan", "Hama", "Jisr-Ash-Shugur"])),
        ("Tigris", "دجلة", 1, [(43.13, 36.34), (44.36, 33.31)]),  # Mosul to Baghdad: cut at 43.5 E
        ("Nile", "النيل", 1, [(31.23, 30.04), (32.90, 24.09)]),  # far away: dropped
    ]
    return gpd.GeoDataFrame({
        "dissolve": [f"{i}River" for i in range(len(rows))], "scalerank": [r[2] for r in rows],
        "featurecla": ["River"] * len(rows), "name": [r[0] for r in rows],
        "name_alt": [None] * len(rows), "rivernum": list(range(len(rows))),
        "name_en": [r[0] for r in rows], "name_ar": [r[1] for r in rows],
        "geometry": [LineString(r[3]) for r in rows]}, crs=4326)


def _lakes() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({
        "scalerank": [3, 0], "featurecla": ["Reservoir", "Lake"],
        "name": ["Lake Assad", "Lake Victoria"], "name_ar": ["بحيرة الأسد", "بحيرة فيكتوريا"],
        "geometry": [box(38.05, 35.85, 38.55, 36.05), box(32.0, -2.5, 34.0, 0.0)]}, crs=4326)


def _roads(gaz) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({
        "scalerank": [5, 6], "featurecla": ["Road", "Road"],
        "type": ["Major Highway", "Secondary Highway"], "sov_a3": ["SYR", "EGY"],
        "name": ["M5", ""], "continent": ["Asia", "Africa"],
        "geometry": [LineString(_towns(gaz, ["Damascus", "Homs", "Hama", "Aleppo"])),
                     LineString([(31.23, 30.04), (29.92, 31.20)])]}, crs=4326)


def _relief(tmp: Path, prj: bool = True) -> bytes:
    """SR_50M.zip: a world TIFF with no georeference in it, a .tfw and a .prj beside it."""
    import rasterio
    from rasterio.errors import NotGeoreferencedWarning

    width, height = int(360 / RELIEF_STEP), int(180 / RELIEF_STEP)
    lon = -180 + RELIEF_STEP * (np.arange(width) + 0.5)
    lat = 90 - RELIEF_STEP * (np.arange(height) + 0.5)
    # Ridges running north-south, lit from the west: a grey like a shaded relief's.
    grey = (150 + 80 * np.sin(np.radians(lon * 20))[None, :] * np.cos(np.radians(lat))[:, None])
    path = tmp / "SR_50M.tif"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        with rasterio.open(path, "w", driver="GTiff", width=width, height=height, count=1,
                           dtype="uint8") as out:
            out.write(grey.astype("uint8"), 1)
    files = {"SR_50M.tif": path.read_bytes(),
             "SR_50M.tfw": f"{RELIEF_STEP}\n0\n0\n{-RELIEF_STEP}\n{-180 + RELIEF_STEP / 2}\n"
                           f"{90 - RELIEF_STEP / 2}\n".encode(),
             "SR_50M.README.html": b"<p>Natural Earth shaded relief</p>"}
    if prj:
        files["SR_50M.prj"] = WGS84_PRJ.encode()
    return _zip(files)


@pytest.fixture(scope="module")
def official_files(gaz, tmp_path_factory) -> dict[str, bytes]:
    """Natural Earth's four files at their official addresses (overrides the OCHA set)."""
    tmp = tmp_path_factory.mktemp("naturalearth")
    parts = {}
    for key, frame in (("ne-rivers", _rivers(gaz)), ("ne-lakes", _lakes()),
                       ("ne-roads", _roads(gaz))):
        stem = Path(NE[key]).stem
        (tmp / key).mkdir()
        parts[_key(NE[key])] = _shapefile_zip({stem: frame}, tmp / key)
    parts[_key(NE["ne-relief"])] = _relief(tmp)
    return parts


def _install(dest: Path, base: str, only=CONTEXT):
    return {d.key: d for d in install_official(dest, only=list(only), mirror=base, progress=False)}


def test_the_context_layers_install_cut_to_the_map(tmp_path, mirror):  # noqa: F811
    _, base = mirror
    done = _install(tmp_path / "dest", base)
    assert set(done) == set(CONTEXT) and {d.converted for d in done.values()} == {"clipped"}
    assert {d.license for d in done.values()} == {"public domain"}
    dest = tmp_path / "dest"
    rivers = gpd.read_file(dest / done["rivers"].path)
    # The Nile is gone, the Tigris is cut at the map's edge, the Arabic names survived.
    assert sorted(rivers["name"]) == ["Euphrates", "Orontes", "Tigris"]
    assert dict(zip(rivers["name"], rivers["name_ar"]))["Euphrates"] == "الفرات"
    assert rivers.total_bounds[2] <= REGION[2] + 1e-9 and rivers.total_bounds[1] >= REGION[1] - 1e-9
    assert set(rivers.columns) == {"name", "name_en", "name_ar", "scalerank", "featurecla", "geometry"}
    assert list(gpd.read_file(dest / done["lakes"].path)["name"]) == ["Lake Assad"]
    roads = gpd.read_file(dest / done["roads"].path)
    assert list(roads["type"]) == ["Major Highway"] and done["roads"].features == 1
    # The relief: the region cut from the world raster, georeferenced from the .tfw and .prj.
    import rasterio

    with rasterio.open(dest / done["relief"].path) as ds:
        assert ds.crs.to_epsg() == 4326
        assert tuple(round(v, 6) for v in ds.bounds) == REGION
        assert (ds.width, ds.height) == (round((REGION[2] - REGION[0]) / RELIEF_STEP),
                                         round((REGION[3] - REGION[1]) / RELIEF_STEP))
        assert done["relief"].features == ds.width * ds.height
        assert 70 <= int(ds.read(1).min()) < int(ds.read(1).max()) <= 230
    status = {r["layer"]: r for r in DataDir(dest).status()}
    assert all(status[k]["ok"] for k in CONTEXT)
    # A plain install leaves them alone (each is fetched only when asked for).
    assert all(not d.default for d in DOWNLOADS if d.source == "naturalearth")


def test_a_file_with_nothing_near_syria_is_skipped_saying_why(tmp_path, mirror, gaz):  # noqa: F811
    server, base = mirror
    far = _rivers(gaz).iloc[[3]]  # only the Nile
    (tmp_path / "far").mkdir()
    server.files[_key(NE["ne-rivers"])] = _shapefile_zip({"ne_10m_rivers_lake_centerlines": far},
                                                         tmp_path / "far")
    told = []
    done = install_official(tmp_path / "dest", only=["rivers", "lakes"], mirror=base,
                            progress=False, on_skip=told.append)
    # An optional layer that fails its check is skipped, as every optional layer is.
    assert [d.key for d in done] == ["lakes"]
    assert len(told) == 1 and "optional layer 'rivers' skipped" in told[0]
    assert "no rivers inside the map's region" in told[0]
    assert "ne_10m_rivers_lake_centerlines.shp" in told[0]
    assert not (tmp_path / "dest" / "context" / "ne_10m_rivers_syria.geojson").exists()


def test_a_relief_without_its_prj_is_skipped_saying_why(tmp_path, mirror):  # noqa: F811
    server, base = mirror
    server.files[_key(NE["ne-relief"])] = _relief(tmp_path, prj=False)
    told = []
    assert install_official(tmp_path / "dest", only=["relief"], mirror=base, progress=False,
                            on_skip=told.append) == []
    assert len(told) == 1
    assert "SR_50M.tif: not georeferenced in longitude/latitude" in told[0]
    assert ".tfw and .prj" in told[0]
    assert not (tmp_path / "dest" / "context").exists()


# --------------------------------------------------------------------------- the service, the page

@pytest.fixture(scope="module")
def context_data(data, official_files, tmp_path_factory):
    """A data directory: the shared reference data (linked, not copied) plus the context
    layers installed from the local server."""
    import http.server

    from test_install_official import _Handler

    root = tmp_path_factory.mktemp("context-data")
    for entry in data.root.iterdir():
        if entry.name != "context":
            os.symlink(entry, root / entry.name)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.prefix, server.files, server.faults, server.log = "/mirror/", dict(official_files), {}, []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.MonkeyPatch.context() as patch:  # downloads go to the test's folder
            patch.setenv("XDG_CACHE_HOME", str(root.parent / "context-cache"))
            _install(root, f"http://127.0.0.1:{server.server_address[1]}/mirror")
    finally:
        server.shutdown()
        server.server_close()
    return resolve(root)


@pytest.fixture(scope="module")
def client(context_data):
    from server import create_app
    from service.settings import Settings

    return create_app(Settings(data_dir=str(context_data.root))).test_client()


def test_the_service_serves_what_was_installed(client, context_data):
    for key in ("rivers", "lakes", "roads"):
        resp = client.get(f"/api/map/context/{key}")
        assert resp.status_code == 200 and resp.content_type == "application/geo+json"
        body = resp.get_json()
        installed = json.loads(context_data.path_of(key).read_text(encoding="utf-8"))
        assert [f["properties"] for f in body["features"]] == [f["properties"] for f in installed["features"]]
        assert "Natural Earth (public domain)" in body["attribution"]
    resp = client.get("/api/map/relief.png")
    assert resp.status_code == 200 and resp.content_type == "image/png"
    from rasterio.io import MemoryFile

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with MemoryFile(resp.data) as mem, mem.open() as png:
            assert png.count == 2 and png.width > 20 and png.height > 20
            assert png.read(2).min() == 255  # the whole region has relief: no hole
    assert client.get("/api/map/context/rivers?x=1").status_code == 400


def test_a_layer_not_installed_is_a_404_naming_the_command(data):
    from server import create_app
    from service.settings import Settings

    plain = create_app(Settings(data_dir=str(data.root))).test_client()
    if (data.root / "context").exists():
        pytest.fail("the shared data directory has context layers; this test needs one without")
    resp = plain.get("/api/map/context/roads")
    assert resp.status_code == 404
    assert "incmap data install --layer roads" in resp.get_json()["detail"]
    assert plain.get("/api/map/relief.png").status_code == 404
    assert plain.get("/api/map/context/elevation").status_code in (400, 404)


def test_the_page_offers_only_the_installed_layers(client, data, context_data):
    from geo.reference import load
    from layers.page import render_page

    with_context = render_page(load(context_data), coverage=("2017-01-01", "2025-06-30"),
                               data=context_data)
    without = render_page(load(data), coverage=("2017-01-01", "2025-06-30"))
    # (The names are in both pages: the Arabic table of the interface holds them.)
    for made in ("IncMap.contextLines(", "IncMap.reliefLayer(", "api/map/context/rivers",
                 "api/map/context/roads", "api/map/relief.png", "Natural Earth (public domain)"):
        assert made in with_context and made not in without, made
    # The page holds no context data: its weight grows by a few hundred bytes.
    assert len(with_context) - len(without) < 2000
    # The service's page is the one with them (its data directory has them).
    page = client.get("/", headers={"Accept": "text/html"})
    assert page.status_code == 200 and b"IncMap.reliefLayer(" in page.data


@pytest.mark.browser
def test_the_map_draws_the_rivers_and_the_relief(context_data, tmp_path_factory):
    waitress_server = pytest.importorskip("waitress.server")
    from server import create_app
    from service.settings import Settings
    from test_map_browser import _wait
    from test_map_find_browser import _shot
    from layers import browser as chromium

    from geo.store import open_store

    path = tmp_path_factory.mktemp("context-store") / "incidents.gpkg"
    open_store(path).close()  # no incidents: the rivers and the relief are what is looked at
    app = create_app(Settings(store_path=str(path), data_dir=str(context_data.root)))
    srv = waitress_server.create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=srv.run, daemon=True).start()
    driver = chromium.open_chromium(logs=True)
    try:
        chromium.emulate_screen(driver, 1366, 768, mobile=False, scale=1.0)
        driver.get(f"http://127.0.0.1:{srv.effective_port}/#date=2018-07-15&window=month&view=7/35.0/38.5")
        _wait(driver, "return window.IncMap && IncMap.current && IncMap.current.readyAt", what="the page")
        count = _wait(driver, """var n = null; IncMap.current.map.eachLayer(function (l) {
            if (l.incmapKind === 'context-water') { n = l.count; } }); return n;""", what="the rivers")
        assert count == 3 + 1  # three rivers and Lake Assad
        # The relief lies under everything, where the installed GeoTIFF says.
        img = _wait(driver, """var out = null; IncMap.current.map.eachLayer(function (l) {
            if (l.incmapKind === 'relief' && l.getElement() && l.getElement().complete
                && l.getElement().naturalWidth) { var b = l.getBounds();
              out = [l.getElement().naturalWidth, b.getWest(), b.getSouth(), b.getEast(), b.getNorth(),
                     l.getElement().closest('.leaflet-tile-pane') !== null]; } }); return out;""",
                    what="the relief image")
        assert img[0] > 20 and [round(v, 6) for v in img[1:5]] == list(REGION) and img[5]
        base = [e.get_attribute("textContent").strip() for e in driver.find_elements(
            "css selector", ".leaflet-control-layers-base label")]
        assert base[:2] == ["No base map (offline)", "Shaded relief (offline)"]
        checked = driver.execute_script("""return Array.from(document.querySelectorAll(
            '.leaflet-control-layers-base input')).map(function (i) { return i.checked; });""")
        assert checked[:2] == [False, True]
        # Legend rows for the water while it is on, none for roads (off at first).
        hidden = driver.execute_script("""return ['water', 'roads'].map(function (k) {
            return document.querySelector('.incmap-legend-' + k).hidden; });""")
        assert hidden == [False, True]
        time.sleep(0.5)
        _shot(driver, "context-layers.png")
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == []
    finally:
        chromium.close(driver)
        srv.close()
