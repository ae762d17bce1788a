"""The store a user expects: --store after the command, and incmap serve's default store."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from geo.incident import Incident
from geo.store import open_store

HERE = Path(__file__).resolve().parent


def _run(*args):
    from incmap import cli

    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_store_after_the_command_wins(tmp_path, data, monkeypatch):
    first, second = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    monkeypatch.setenv("INCMAP_STORE", str(first))
    csv = HERE / "data" / "incidents" / "project_valid.csv"
    out = _run("--data", data.root, "import", csv, "--format", "csv", "--no-progress",
               "--store", second)
    assert out.exit_code == 0, out.stderr
    assert second.is_file() and not first.exists()
    n = open_store(second).count()
    assert n > 0
    out = _run("incidents", "query", "--store", second, "--limit", "0", "--json")
    assert out.exit_code == 0 and f'"total": {n}' in out.stdout
    out = _run("--store", tmp_path / "nowhere.gpkg", "incidents", "stats", "--by", "dataset",
               "--store", second, "--json")
    assert out.exit_code == 0 and '"incidents"' in out.stdout
    out = _run("export", "incidents", "-o", tmp_path / "x.geojson", "--store", second)
    assert out.exit_code == 0 and f"{n} incidents" in out.stderr


def _serve_choice(monkeypatch, tmp_path, data):
    """What `incmap serve` without --store serves: your store, or (None) the demo store, which
    is built in the background (here a stand-in path)."""
    from incmap.serve import _default_store

    said = []
    monkeypatch.setattr("incmap.serve.stderr", said.append)
    return _default_store() or str(tmp_path / "demo.gpkg"), " ".join(said)


def test_serve_without_a_store_serves_yours_when_it_holds_data(tmp_path, data, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("INCMAP_STORE", raising=False)
    mine = tmp_path / "xdg" / "syria-incident-map" / "incidents.gpkg"
    chosen, said = _serve_choice(monkeypatch, tmp_path, data)
    assert chosen == str(tmp_path / "demo.gpkg") and "does not exist yet" in said
    open_store(mine).close()  # created, empty
    chosen, said = _serve_choice(monkeypatch, tmp_path, data)
    assert chosen == str(tmp_path / "demo.gpkg") and f"your store {mine} is empty" in said
    with open_store(mine) as store:
        store.add(Incident(date="2023-07-11", killed=1, lon=40.62, lat=34.81, dataset="local",
                           source_id="1"))
    chosen, said = _serve_choice(monkeypatch, tmp_path, data)
    assert chosen == str(mine) and f"Serving your store {mine} (1 incidents" in said
