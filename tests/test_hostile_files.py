"""Hostile files in and out (issue 17): spreadsheet formulas in CSV exports, zip bombs on install."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from geo.errors import DataError
from geo.export.csvhxl import to_csv
from geo.export.records import COLUMNS
from geo.reference import install as installer
from geo.reference.install import install
from tests.test_api import demo_store  # noqa: F401 (fixture)


# --------------------------------------------------------------------------- CSV formulas (OWASP)

def _cell(value):
    row = {c: None for c in COLUMNS}
    row["source_title"] = value
    table = list(csv.reader(io.StringIO(to_csv([row]))))
    return table[2][COLUMNS.index("source_title")]


@pytest.mark.parametrize("payload", [
    "=1+2", "+1+2", "-1+2", "@SUM(A1)", "\t=1+2", "\r=1+2", "\t", "\r",
    " =HYPERLINK(\"http://evil\")", "\u00a0=1+2", "\n=cmd|' /C calc'!A0", "  @x",
    "\uff1d1+2",  # FULLWIDTH EQUALS SIGN: some spreadsheets fold it to "="
])
def test_formula_cells_are_quoted_as_text(payload):
    assert _cell(payload) == "'" + payload


@pytest.mark.parametrize("number", ["-3", "+1.5", "-0.25", "1e5", "-12", " -3"])
def test_numbers_are_not_mangled(number):
    assert _cell(number) == number


def test_plain_text_is_untouched():
    for text in ("Tishreen village", "a=b", "دوما", "", "x - y"):
        assert _cell(text) == text


# --------------------------------------------------------------------------- zip bombs

def _bomb(path, size: int, name: str = "adm1.geojson"):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(name, b"\x00" * size)
    return path


def test_a_highly_compressed_member_is_refused(tmp_path):
    bomb = _bomb(tmp_path / "bomb.zip", 64 * 1024 * 1024)  # 64 MiB of zeros in ~64 kB
    assert bomb.stat().st_size < 200_000
    with pytest.raises(DataError) as exc:
        install(bomb, tmp_path / "dest")
    assert "ratio" in str(exc.value) and "bomb.zip" in str(exc.value)
    assert not (tmp_path / "dest").exists()


def test_the_total_size_is_limited(tmp_path, monkeypatch):
    monkeypatch.setattr(installer, "MAX_UNPACKED_BYTES", 1024 * 1024)
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for i in range(3):
            zf.writestr(f"part{i}.csv", b"x" * 600_000)
    with pytest.raises(DataError) as exc:
        install(path, tmp_path / "dest")
    assert "MiB" in str(exc.value)


def test_a_lying_header_does_not_get_past_the_size_limit(tmp_path, monkeypatch):
    """The limits count the bytes actually written, not the sizes the archive claims."""
    monkeypatch.setattr(installer, "MAX_UNPACKED_BYTES", 100_000)
    path = tmp_path / "liar.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.csv", b"y" * 300_000)
    raw = bytearray(path.read_bytes())
    # Rewrite the central directory's uncompressed size of the member to 10 bytes.
    cd = raw.rfind(b"PK\x01\x02")
    raw[cd + 24:cd + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    with pytest.raises(DataError):
        install(path, tmp_path / "dest")


def test_too_many_members_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(installer, "MAX_MEMBERS", 50)
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(51):
            zf.writestr(f"f{i}.txt", b"x")
    with pytest.raises(DataError) as exc:
        install(path, tmp_path / "dest")
    assert "51" in str(exc.value) and "members" in str(exc.value)


def test_nested_archives_are_limited_in_depth(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("x.txt", b"x")
    for level in range(installer.MAX_ZIP_DEPTH + 1):
        outer = io.BytesIO()
        with zipfile.ZipFile(outer, "w") as zf:
            zf.writestr(f"level{level}.zip", inner.getvalue())
        inner = outer
    path = tmp_path / "nested.zip"
    path.write_bytes(inner.getvalue())
    with pytest.raises(DataError) as exc:
        install(path, tmp_path / "dest")
    assert "nested" in str(exc.value)


# --------------------------------------------------------------------------- bounded exports

@pytest.fixture
def bounded(data, demo_store):
    from tests.test_api import make_app

    app = make_app(data, demo_store, max_export=50, max_concurrent_exports=1)
    return app.test_client(), app.extensions["incmap.api"]


def test_a_public_export_larger_than_the_bound_is_a_413_saying_how_to_page(bounded):
    from tests.test_api import is_problem

    client, api = bounded
    matched = api.store.count()
    assert matched > 50
    doc = is_problem(client.get("/export/incidents.csv"), 413)
    assert doc["matched"] == matched and doc["max_export"] == 50
    assert "limit=50" in doc["detail"] and "offset" in doc["detail"]
    first = client.get("/export/incidents.csv?limit=50")
    assert first.status_code == 200
    assert 'rel="next"' in first.headers["Link"] and "offset=50" in first.headers["Link"]
    # An export is made as it is sent, holding its slot: read it before asking the next page.
    pages = [list(csv.reader(io.StringIO(first.get_data(as_text=True))))[2:]]
    second = client.get("/export/incidents.csv?limit=50&offset=50")
    assert second.status_code == 200
    ids = pages + [list(csv.reader(io.StringIO(second.get_data(as_text=True))))[2:]]
    assert len(ids[0]) == len(ids[1]) == 50 and not {r[0] for r in ids[0]} & {r[0] for r in ids[1]}
    is_problem(client.get("/export/incidents.csv?limit=51"), 400)
    # A narrow query within the bound needs no paging.
    assert client.get("/export/incidents.geojson?dataset=snhr&category=massacre").status_code == 200


def test_concurrent_exports_are_limited_with_a_429(bounded):
    from tests.test_api import is_problem

    client, api = bounded
    assert api.exports.acquire(blocking=False)  # an export being built
    try:
        resp = client.get("/export/incidents.kml?limit=10")
        doc = is_problem(resp, 429)
        assert resp.headers["Retry-After"] and "retry" in doc["detail"].lower()
    finally:
        api.exports.release()
    assert client.get("/export/incidents.kml?limit=10").status_code == 200


def test_exports_are_bounded_by_default():
    from service.settings import Settings

    s = Settings.from_env({"INCMAP_MAX_EXPORT": "500", "INCMAP_MAX_EXPORTS": "3"})
    assert (Settings().max_export, s.max_export, s.max_concurrent_exports) == (1_000_000, 500, 3)
