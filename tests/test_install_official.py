"""`incmap data install` with no --from: the official files, fetched from a local server.

The server (127.0.0.1 only, every request bounded by a timeout) serves files laid
out like the publishers' — the HDX dataset descriptions, the COD-AB shapefiles
with HDX's ADMn_* field names, the populated places with ADM4_* names, the
GeoNames SY.zip dump — all made at test time from ../shared/data, under the
mirror layout ``MIRROR/HOST/PATH?QUERY``. It can break a download, send a
wrong file, or stop mid-file.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import http.server
import io
import json
import os
import subprocess
import sys
import threading
import urllib.parse
import zipfile
from pathlib import Path

import geopandas as gpd
import pytest
from click.testing import CliRunner

from geo.errors import DataError
from geo.reference import datadir, download
from geo.reference.datadir import DataDir, resolve
from geo.reference.install import install_official
from geo.reference.sources import DOWNLOADS

COD_AB_FILE = "https://data.humdata.org/dataset/3e5e2a1c/resource/9d1d/download/syr_adm_unocha_20201217_shp.zip"
COD_PP_FILE = "https://data.humdata.org/dataset/5b1c/resource/77aa/download/syr_pplp_adm4_unocha_20210113_shp.zip"
GEONAMES_FILE = "https://download.geonames.org/export/dump/SY.zip"
GED_FILE = "https://ucdp.uu.se/downloads/ged/ged251-csv.zip"


def _key(url: str) -> str:
    """The mirror path of an official address: HOST/PATH?QUERY."""
    parts = urllib.parse.urlsplit(url)
    return parts.netloc + parts.path + (f"?{parts.query}" if parts.query else "")


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            zf.writestr(name, content)
    return buf.getvalue()


def _shapefile_zip(frames: dict[str, gpd.GeoDataFrame], tmp: Path) -> bytes:
    out = {}
    for stem, frame in frames.items():
        frame.to_file(tmp / f"{stem}.shp", encoding="utf-8")
        for part in sorted(tmp.glob(f"{stem}.*")):
            out[part.name] = part.read_bytes()
    return _zip(out)


def _cod_ab(data: DataDir, tmp: Path) -> bytes:
    """The COD-AB as HDX ships it: syr_admbnda_adm{0..3} shapefiles, ADMn_PCODE/EN/AR fields."""
    frames = {}
    for n in (1, 2, 3):
        frame = gpd.read_file(data.root / f"admin/syr_adm{n}_ocha_codab_20201217.geojson")
        ren = {f"adm{m}_pcode": f"ADM{m}_PCODE" for m in range(1, n + 1)}
        ren.update({f"adm{n}_name": f"ADM{n}_EN", f"adm{n}_name1": f"ADM{n}_AR"})
        frame = frame[list(ren) + ["geometry"]].rename(columns=ren)
        frame.insert(0, "ADM0_EN", "Syrian Arab Republic")
        frames[f"syr_admbnda_adm{n}_uncs_unocha_20201217"] = frame
        if n == 1:
            frames["syr_admbnda_adm0_uncs_unocha_20201217"] = frame.dissolve("ADM0_EN").reset_index()[
                ["ADM0_EN", "geometry"]]
    return _shapefile_zip(frames, tmp)


def _cod_pp(data: DataDir, tmp: Path) -> bytes:
    """The populated places as HDX ships them: ADM4_PCODE/ADM4_EN/ADM4_AR and parent codes."""
    frame = gpd.read_file(data.path_of("communities"))
    ren = {"PCODE": "ADM4_PCODE", "NAME_EN": "ADM4_EN", "NAME_ARA": "ADM4_AR",
           "ADMIN3_COD": "ADM3_PCODE", "ADMIN2_COD": "ADM2_PCODE", "ADMIN1_COD": "ADM1_PCODE"}
    frame = frame[list(ren) + ["geometry"]].rename(columns=ren)
    return _shapefile_zip({"syr_pplp_adm4_unocha_20210113": frame}, tmp)


def _geonames(data: DataDir) -> bytes:
    """SY.zip: SY.txt in GeoNames' 19 tab-separated columns, plus a mountain (not a place)."""
    lines = []
    with open(data.path_of("geonames"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            alts = row["alternatenames"].replace("|", ",")
            lines.append("\t".join([row["geonameid"], row["name"], row["name"], alts,
                                    row["latitude"], row["longitude"], "P", "PPL", "SY", "",
                                    row["admin1code_geonames"], "", "", "", row["population"],
                                    "", "300", "Asia/Damascus", "2024-01-01"]))
    lines.append("\t".join(["163000", "Jabal", "Jabal", "", "35.0", "36.0", "T", "MT", "SY", "",
                            "", "", "", "", "0", "", "500", "Asia/Damascus", "2024-01-01"]))
    return _zip({"SY.txt": ("\n".join(lines) + "\n").encode(), "readme.txt": b"GeoNames dump\n"})


def _ged(data: DataDir) -> bytes:
    """The global GED CSV: the Syrian extract, plus events elsewhere and a Syrian one of 2021."""
    text = data.path_of("ucdp").read_text(encoding="utf-8")
    header, first = text.splitlines()[:2]
    cols = header.split(",")
    row = next(csv.reader([first]))
    iraq = dict(zip(cols, row), country="Iraq", country_id="645")
    later = dict(zip(cols, row), date_start="2021-03-01 00:00:00.000", id="99999999")
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
    writer.writerows([iraq, later])
    return _zip({"GEDEvent_v25_1.csv": (text.rstrip("\n") + "\n" + buf.getvalue()).encode()})


def _package(name: str, resources: list[tuple[str, str]]) -> bytes:
    """An HDX (CKAN) package_show answer listing ``(name, url)`` resources."""
    return json.dumps({"success": True, "result": {"name": name, "resources": [
        {"name": n, "url": u, "format": "zip"} for n, u in resources]}}).encode()


@pytest.fixture(scope="module")
def official_files(data, tmp_path_factory) -> dict[str, bytes]:
    tmp = tmp_path_factory.mktemp("official")
    return {
        _key(DOWNLOADS[0].url): _package("cod-ab-syr", [
            ("syr_adm_unocha_20201217_emf.zip", COD_AB_FILE.replace("shp.zip", "emf.zip")),
            ("syr_adm_unocha_20201217_SHP.zip", COD_AB_FILE)]),
        _key(DOWNLOADS[1].url): _package("syria-populated-places", [
            ("syr_pplp_adm4_unocha_20210113_SHP.zip", COD_PP_FILE)]),
        _key(COD_AB_FILE): _cod_ab(data, tmp),
        _key(COD_PP_FILE): _cod_pp(data, tmp),
        _key(GEONAMES_FILE): _geonames(data),
        _key(GED_FILE): _ged(data),
    }


class _Handler(http.server.BaseHTTPRequestHandler):
    timeout = 10  # no request can hang the suite

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - the http.server name
        srv = self.server
        key = self.path[len(srv.prefix):] if self.path.startswith(srv.prefix) else None
        srv.log.append((key, self.headers.get("Range")))
        body = srv.files.get(key)
        fault = srv.faults.get(key, [None]).pop(0) if srv.faults.get(key) else None
        if body is None or fault in (404, 500):
            code = fault or 404
            self.send_error(code)
            return
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        start = 0
        rng = self.headers.get("Range")
        if rng and self.headers.get("If-Range", etag) == etag:
            start = int(rng.split("=")[1].split("-")[0])
        self.send_response(206 if start else 200)
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        self.send_header("Content-Length", str(len(body) - start))
        self.send_header("ETag", etag)
        self.end_headers()
        rest = body[start:]
        if fault == "cut":  # promise the whole file, send half, hang up
            self.wfile.write(rest[: len(rest) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(rest)


@pytest.fixture()
def mirror(official_files, tmp_path, monkeypatch):
    """A local server of the official files; ``(server, base)``. Downloads go to tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(download.MIRROR_ENV, raising=False)
    monkeypatch.setattr(download, "RETRY_BACKOFF", 0.01)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.prefix = "/mirror/"
    server.files = dict(official_files)
    server.faults = {}
    server.log = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, f"http://127.0.0.1:{server.server_address[1]}/mirror"
    server.shutdown()
    server.server_close()


def test_default_install_fetches_converts_and_verifies(tmp_path, mirror):
    server, base = mirror
    done = {d.key: d for d in install_official(tmp_path / "dest", mirror=base, progress=False)}
    assert set(done) == {"adm1", "adm2", "adm3", "communities", "geonames"}
    assert done["adm3"].converted == "hdx" and done["adm3"].features == 272
    assert done["communities"].converted == "hdx" and done["communities"].features == 5251
    assert done["geonames"].converted == "geonames dump" and done["geonames"].features == 308
    status = {r["layer"]: r for r in resolve(tmp_path / "dest").status()}
    assert all(status[k]["ok"] for k in done)
    # The HDX dataset's file was chosen by name (the EMF decoy was never fetched).
    fetched = [k for k, _ in server.log]
    assert _key(COD_AB_FILE) in fetched and not any("emf" in k for k in fetched)
    # The installed layers are the project's: Kafr Nouran's Arabic name survived the shapefile.
    communities = gpd.read_file(tmp_path / "dest" / "gazetteer/syr_adm4_communities_ocha_2015.geojson")
    assert communities.set_index("PCODE").loc["C1041", "NAME_ARA"] == "كفر نوران"
    assert not list((tmp_path / "cache").rglob("*.zip*")), "downloads are not left behind"
    assert _key(GED_FILE) not in fetched, "the ~150 MB UCDP file is fetched only when asked for"


def test_ucdp_on_request_keeps_the_syrian_events_of_its_span(tmp_path, mirror, data):
    _, base = mirror
    done = install_official(tmp_path / "dest", only=["ucdp"], mirror=base, progress=False)
    assert [(d.key, d.converted) for d in done] == [("ucdp", "ged")]
    with open(data.path_of("ucdp"), encoding="utf-8", newline="") as fh:
        expected = sum(1 for _ in csv.reader(fh)) - 1
    assert done[0].features == expected  # the Iraqi and the 2021 events were dropped
    assert "99999999" not in (tmp_path / "dest" / done[0].path).read_text(encoding="utf-8")


def test_a_broken_download_installs_nothing(tmp_path, mirror):
    server, base = mirror
    server.faults[_key(COD_AB_FILE)] = [404]
    with pytest.raises(DataError) as err:
        install_official(tmp_path / "dest", mirror=base, progress=False)
    assert "Nothing was installed" in str(err.value) and "HTTP 404" in str(err.value)
    assert "syr_adm_unocha_20201217_shp.zip" in str(err.value)
    assert not (tmp_path / "dest").exists()
    # A server error is retried, and gives up with the address and the count of tries.
    server.faults[_key(COD_PP_FILE)] = [500] * 4
    with pytest.raises(DataError, match=r"after 4 tries \(HTTP 500"):
        install_official(tmp_path / "dest", mirror=base, progress=False)
    assert not (tmp_path / "dest").exists()


def test_a_wrong_checksum_installs_nothing_and_keeps_nothing(tmp_path, mirror):
    _, base = mirror
    pinned = [dataclasses.replace(d, sha256="0" * 64) if d.key == "cod-ab" else d for d in DOWNLOADS]
    with pytest.raises(DataError) as err:
        install_official(tmp_path / "dest", mirror=base, progress=False, downloads=pinned)
    assert "checksum mismatch" in str(err.value) and "Nothing was installed" in str(err.value)
    assert not (tmp_path / "dest").exists()
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    # The right checksum passes.
    good = hashlib.sha256(mirror[0].files[_key(COD_AB_FILE)]).hexdigest()
    pinned = [dataclasses.replace(d, sha256=good) if d.key == "cod-ab" else d for d in DOWNLOADS]
    assert len(install_official(tmp_path / "dest", mirror=base, progress=False,
                                downloads=pinned)) == 5


def test_a_damaged_file_and_a_wrong_release_install_nothing(tmp_path, mirror):
    server, base = mirror
    good = server.files[_key(COD_PP_FILE)]
    server.files[_key(COD_PP_FILE)] = b"<html>Service temporarily unavailable</html>"
    with pytest.raises(DataError, match="not a zip archive"):
        install_official(tmp_path / "dest", mirror=base, progress=False)
    assert not (tmp_path / "dest").exists()
    # A complete zip that is not the expected release: 271 sub-districts instead of 272.
    server.files[_key(COD_PP_FILE)] = good
    with zipfile.ZipFile(io.BytesIO(server.files[_key(COD_AB_FILE)])) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    shp = tmp_path / "short"
    shp.mkdir()
    for name, content in parts.items():
        (shp / name).write_bytes(content)
    adm3 = gpd.read_file(shp / "syr_admbnda_adm3_uncs_unocha_20201217.shp").iloc[1:]
    server.files[_key(COD_AB_FILE)] = _shapefile_zip(
        {"syr_admbnda_adm3_uncs_unocha_20201217": adm3}, shp)
    with pytest.raises(DataError) as err:
        install_official(tmp_path / "dest", mirror=base, progress=False)
    assert "271 features" in str(err.value) and "has 272" in str(err.value)
    assert not (tmp_path / "dest").exists()


def test_a_download_cut_mid_file_is_resumed(tmp_path, mirror):
    server, base = mirror
    size = len(server.files[_key(COD_AB_FILE)])
    server.faults[_key(COD_AB_FILE)] = ["cut"]
    done = install_official(tmp_path / "dest", mirror=base, progress=False)
    assert {d.key for d in done} >= {"adm1", "adm2", "adm3", "communities"}
    ranges = [r for k, r in server.log if k == _key(COD_AB_FILE)]
    assert ranges == [None, f"bytes={size // 2}-"]  # the retry asked only for the rest


def test_a_download_that_keeps_failing_is_resumed_by_the_next_run(tmp_path, mirror):
    server, base = mirror
    key = _key(COD_PP_FILE)
    size = len(server.files[key])
    server.faults[key] = ["cut", 500, 500, 500]
    with pytest.raises(DataError) as err:
        install_official(tmp_path / "dest", mirror=base, progress=False)
    assert "running the same command again resumes" in str(err.value)
    assert not (tmp_path / "dest").exists()
    part = next((tmp_path / "cache").rglob("*.zip.part"))
    assert part.stat().st_size == size // 2
    server.log.clear()
    done = install_official(tmp_path / "dest", mirror=base, progress=False)
    assert {d.key for d in done} >= {"communities"}
    assert [r for k, r in server.log if k == key] == [f"bytes={size // 2}-"]
    assert not part.exists()


def test_a_failed_optional_download_is_skipped_with_a_warning(tmp_path, mirror):
    server, base = mirror
    server.faults[_key(GEONAMES_FILE)] = [404]
    warnings = []
    done = install_official(tmp_path / "dest", mirror=base, progress=False, on_skip=warnings.append)
    assert {d.key for d in done} == {"adm1", "adm2", "adm3", "communities"}
    assert len(warnings) == 1 and "geonames" in warnings[0] and "HTTP 404" in warnings[0]


def test_a_dataset_without_the_expected_file_names_what_it_offers(tmp_path, mirror):
    server, base = mirror
    server.files[_key(DOWNLOADS[0].url)] = _package("cod-ab-syr", [("syr_adm_20201217.gdb.zip", "x")])
    with pytest.raises(DataError) as err:
        install_official(tmp_path / "dest", mirror=base, progress=False)
    assert "syr_adm_20201217.gdb.zip" in str(err.value) and "--from" in str(err.value)
    with pytest.raises(DataError, match="no official download for layer.s. aliases"):
        install_official(tmp_path / "dest", only=["aliases"], mirror=base, progress=False)


def test_cli_default_install_shows_a_progress_bar_per_file(tmp_path, mirror):
    server, base = mirror
    env = {**os.environ, "INCMAP_SOURCES_MIRROR": base}
    out = subprocess.run([sys.executable, "-m", "incmap", "data", "install"], capture_output=True,
                         text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "Installed 5 layer(s)" in out.stdout
    for name in ("syr_adm_unocha_20201217_shp.zip", "syr_pplp_adm4_unocha_20210113_shp.zip",
                 "SY.zip"):
        assert any(name in line and "100%" in line for line in out.stderr.split("\r")), name
    dest = tmp_path / "xdg" / "syria-incident-map" / "data"
    status = subprocess.run([sys.executable, "-m", "incmap", "--data", str(dest), "data", "status"],
                            capture_output=True, text=True, env=env, timeout=300)
    assert status.returncode == 0 and "5251 features" in status.stdout


def test_no_data_anywhere_is_one_line_naming_the_command(tmp_path, monkeypatch):
    from incmap import cli

    monkeypatch.setattr(datadir, "PROJECT_ROOT", tmp_path / "project")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("INCMAP_DATA", raising=False)
    for args in (["serve"], ["data", "status"], ["gazetteer", "search", "Manbij"],
                 ["control", "--lat", "36.5", "--lon", "37.48", "--date", "2023-07-09"]):
        result = CliRunner().invoke(cli, args)
        message = result.output.strip()
        assert result.exit_code == 1, (args, result.output)
        assert "\n" not in message and "Run: incmap data install" in message, (args, message)
