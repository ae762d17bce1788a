"""`incmap data install`: from a directory, a zip, the publishers' field names, and a URL."""

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import zipfile

import geopandas as gpd
import pytest

from geo.errors import DataError
from geo.reference.datadir import DataDir, resolve
from geo.reference.layers import LAYERS
from geo.reference.install import install

REQUIRED = [layer for layer in LAYERS if layer.required]


def _zip_layers(data, target, rename_adm=False):
    """A zip of the required layers, flat (as a user might download them)."""
    with zipfile.ZipFile(target, "w") as zf:
        for layer in REQUIRED:
            src = data.root / layer.path
            if rename_adm and layer.key.startswith("adm"):
                continue
            zf.write(src, arcname=f"download/{src.name}")
    return target


def test_install_from_a_directory_layout(tmp_path, data):
    done = install(data.root, tmp_path / "dest")
    keys = {d.key for d in done}
    assert {layer.key for layer in REQUIRED} <= keys
    installed = resolve(tmp_path / "dest")
    status = {r["layer"]: r for r in installed.status()}
    assert status["communities"]["features"] == 5251 and status["communities"]["ok"]
    assert (tmp_path / "dest" / "manifest.json").is_file()


def test_install_converts_hdx_field_names(tmp_path, data):
    # The COD-AB as HDX ships it: ADMn_PCODE / ADMn_EN / ADMn_AR fields, Shapefiles in a zip.
    src = tmp_path / "hdx"
    src.mkdir()
    for n in (1, 2, 3):
        frame = gpd.read_file(data.root / f"admin/syr_adm{n}_ocha_codab_20201217.geojson")
        ren = {f"adm{m}_pcode": f"ADM{m}_PCODE" for m in range(1, n + 1)}
        ren.update({f"adm{n}_name": f"ADM{n}_EN", f"adm{n}_name1": f"ADM{n}_AR"})
        frame = frame[list(ren) + ["geometry"]].rename(columns=ren)
        frame.to_file(src / f"syr_admbnda_adm{n}_uncs_unocha_20201217.shp")
    shutil.copyfile(data.path_of("communities"), src / "communities.geojson")
    archive = shutil.make_archive(str(tmp_path / "cod-ab"), "zip", src)
    done = {d.key: d for d in install(archive, tmp_path / "dest")}
    assert done["adm3"].converted == "hdx" and done["adm3"].features == 272
    assert done["communities"].converted == ""
    frame = gpd.read_file(tmp_path / "dest" / "admin/syr_adm2_ocha_codab_20201217.geojson")
    assert {"adm2_pcode", "adm2_name", "adm2_name1", "adm1_pcode"} <= set(frame.columns)


def test_a_damaged_required_layer_installs_nothing(tmp_path, data):
    src = tmp_path / "src"
    shutil.copytree(data.root / "admin", src / "admin")
    shutil.copytree(data.root / "gazetteer", src / "gazetteer")
    bad = src / "gazetteer/syr_adm4_communities_ocha_2015.geojson"
    bad.chmod(0o644)
    bad.write_text('{"type": "FeatureCollection", "features": []}')
    dest = tmp_path / "dest"
    with pytest.raises(DataError) as err:
        install(src, dest)
    assert "communities" in str(err.value) and "Nothing was installed" in str(err.value)
    assert not dest.exists()


def test_missing_source_is_a_clear_error(tmp_path):
    with pytest.raises(DataError, match="no such file"):
        install(tmp_path / "nope.zip", tmp_path / "dest")


@pytest.fixture()
def http_root(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_install_from_a_url_on_a_local_server(tmp_path, data, http_root):
    root, base = http_root
    _zip_layers(data, root / "syria-reference.zip")
    done = install(f"{base}/syria-reference.zip", tmp_path / "dest")
    assert {d.key for d in done} >= {"adm1", "adm2", "adm3", "communities"}
    assert DataDir(tmp_path / "dest").has("adm3")
    with pytest.raises(DataError, match="download failed"):
        install(f"{base}/missing.zip", tmp_path / "dest2")


def test_cli_install_then_status(tmp_path, data):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-m", "incmap", "data", "install", "--from",
                          str(data.root)], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert "Installed" in out.stdout
    dest = tmp_path / "xdg" / "syria-incident-map" / "data"
    status = subprocess.run([sys.executable, "-m", "incmap", "--data", str(dest), "data", "status"],
                            capture_output=True, text=True, env=env)
    assert status.returncode == 0 and "5251 features" in status.stdout


def test_geonames_dump_is_converted(tmp_path, data):
    src = tmp_path / "src"
    shutil.copytree(data.root / "admin", src / "admin")
    shutil.copytree(data.root / "gazetteer", src / "gazetteer")
    (src / "gazetteer/geonames_cities500_SY.csv").unlink()
    # Three rows in the format of GeoNames' SY.txt (19 tab-separated columns): a town with
    # Arabic alternate names, a mountain (not a populated place), a village.
    rows = [
        ["170063", "Aleppo", "Aleppo", "Alep,Halab,حلب", "36.20124", "37.16117", "P", "PPLA",
         "SY", "", "09", "", "", "", "1602264", "", "390", "Asia/Damascus", "2023-01-01"],
        ["163000", "Jabal", "Jabal", "", "35.0", "36.0", "T", "MT", "SY", "", "", "", "", "", "0",
         "", "500", "Asia/Damascus", "2023-01-01"],
        ["170000", "Manbij", "Manbij", "Menbij,منبج", "36.5266", "37.95497", "P", "PPLA2", "SY",
         "", "09", "", "", "", "100000", "", "400", "Asia/Damascus", "2023-01-01"],
    ]
    (src / "SY.txt").write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    done = {d.key: d for d in install(src, tmp_path / "dest")}
    assert done["geonames"].converted == "geonames dump" and done["geonames"].features == 2
    text = (tmp_path / "dest" / "gazetteer/geonames_cities500_SY.csv").read_text(encoding="utf-8")
    assert "منبج" in text and "Jabal" not in text
    (src / "SY.txt").write_text("170063\tAleppo\tonly three columns\n", encoding="utf-8")
    skipped = []
    assert "geonames" not in {d.key for d in install(src, tmp_path / "dest2", on_skip=skipped.append)}
    assert any("geonames" in m and "line 1" in m for m in skipped)
