"""The audit trail and named write tokens (issue 17, finding 8).

Every write (import, create, replace, delete) is recorded in the store, in the same
transaction as the change, with who (the token's name), when and what changed; an authorised
caller lists it (API and CLI). Tokens are several, named, kept as hashes in a file the service
re-reads when it changes, so one is revoked without a restart.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from click.testing import CliRunner

from geo.incident import Incident
from service.settings import Settings
from service.tokens import add_token, revoke_token
from tests.test_api import FEATURE, UCDP, demo_store, is_problem  # noqa: F401 (fixtures)


def ucdp_head(data, tmp_path, lines: int = 4):
    """The UCDP extract's header and first rows, as a file and as bytes."""
    head = "\n".join((data.root / UCDP).read_text(encoding="utf-8").splitlines()[:lines])
    path = tmp_path / "head.csv"
    path.write_text(head + "\n", encoding="utf-8")
    return path, head.encode()


@pytest.fixture
def service(data, demo_store, tmp_path, backend, make_store, gaz):
    """A service writable with the tokens of a tokens file, on each backend: a copy of the demo
    store (GeoPackage), or a PostGIS store holding the UCDP extract's first rows (no audit)."""
    from geo.importers import import_file
    from server import create_app

    if backend == "gpkg":
        path = tmp_path / "store.gpkg"
        shutil.copy(demo_store, path)
    else:
        seed = make_store("audit")
        import_file(ucdp_head(data, tmp_path)[0], "ucdp", seed, data=data, gaz=gaz,
                    control_index=False)
        path = seed.url
    tokens = tmp_path / "tokens"
    alice = add_token(tokens, "alice")
    bob = add_token(tokens, "bob")
    app = create_app(Settings(data_dir=str(data.root), store_path=str(path),
                              tokens_file=str(tokens)))
    return app.test_client(), app.extensions["incmap.api"].store, tokens, alice, bob


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_the_tokens_file_holds_hashes_not_tokens(tmp_path):
    tokens = tmp_path / "tokens"
    secret = add_token(tokens, "alice")
    assert len(secret) >= 32 and secret not in tokens.read_text()
    with pytest.raises(Exception):
        add_token(tokens, "alice")  # one token per name


def test_every_write_is_recorded_with_who_when_what(service, data, tmp_path):
    client, store, _, alice, bob = service
    before = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1)
    body = json.dumps({"type": "FeatureCollection", "features": [FEATURE]})
    assert client.post("/api/incidents", data=body, headers=bearer(alice)).status_code == 201
    edited = dict(FEATURE, properties={**FEATURE["properties"], "killed": 3})
    assert client.put("/api/incidents/test:1", data=json.dumps(edited),
                      headers=bearer(bob)).status_code == 200
    _, head = ucdp_head(data, tmp_path)
    assert client.post("/api/import?format=ucdp&filename=head.csv", data=head,
                       headers=bearer(bob)).status_code == 201
    assert client.delete("/api/incidents/test:1", headers=bearer(alice)).status_code == 204

    log = client.get("/api/audit", headers=bearer(alice))
    assert log.status_code == 200, log.get_data(as_text=True)
    entries = log.get_json()["entries"]
    assert [(e["who"], e["action"]) for e in entries[:4]] == [
        ("alice", "delete"), ("bob", "import"), ("bob", "replace"), ("alice", "create")]
    delete, imported, replace, create = entries[:4]
    assert create["changes"]["added"] == ["test:1"] and create["added"] == 1
    assert replace["changes"]["updated"] == {"test:1": ["killed"]}
    assert imported["source"] == "head.csv" and imported["added"] == 0  # already in the store
    assert delete["changes"]["deleted"] == ["test:1"] and delete["deleted"] == 1
    for e in entries[:4]:
        at = dt.datetime.fromisoformat(e["at"].replace("Z", "+00:00"))
        assert before <= at <= dt.datetime.now(dt.timezone.utc)
    # Filters: by who and by action.
    mine = client.get("/api/audit?who=bob", headers=bearer(alice)).get_json()["entries"]
    assert {e["who"] for e in mine} == {"bob"} and len(mine) == 2
    # The public may not read it.
    is_problem(client.get("/api/audit"), 401)
    is_problem(client.get("/api/audit", headers=bearer("x" * 40)), 403)


def test_a_failed_write_records_nothing(service):
    client, store, _, alice, _ = service
    bad = dict(FEATURE, properties={**FEATURE["properties"], "date": "2031-01-01"})
    is_problem(client.post("/api/incidents", data=json.dumps(bad), headers=bearer(alice)), 400)
    assert store.audit_log() == []


def test_tokens_are_revoked_and_added_without_a_restart(service):
    client, store, tokens, alice, bob = service
    body = json.dumps({"type": "FeatureCollection", "features": [FEATURE]})
    revoke_token(tokens, "bob")
    is_problem(client.post("/api/incidents", data=body, headers=bearer(bob)), 403)
    carol = add_token(tokens, "carol")
    assert client.post("/api/incidents", data=body, headers=bearer(carol)).status_code == 201
    assert store.audit_log(limit=1)[0].who == "carol"
    assert client.post("/api/incidents", data=body, headers=bearer(alice)).status_code == 201


def test_the_cli_records_and_lists(make_store):
    from incmap import cli
    from pathlib import Path

    store = make_store("cli")
    store_path = str(getattr(store, "url", store.path))
    sample = Path(__file__).parent / "data" / "incidents" / "acled_sample.csv"
    run = CliRunner().invoke
    r = run(cli, ["--store", store_path, "import", str(sample), "--format", "acled",
                  "--no-control", "--json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    r = run(cli, ["--store", store_path, "audit", "--json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    (entry,) = json.loads(r.output)["entries"]
    assert entry["action"] == "import" and entry["who"].startswith("cli:")
    assert entry["added"] == 6 and entry["source"].endswith("acled_sample.csv")
    r = run(cli, ["--store", store_path, "audit"], catch_exceptions=False)
    assert "import" in r.output and "acled_sample.csv" in r.output
    # --store after the command, and the filters.
    r = run(cli, ["audit", "--action", "delete", "--json", "--store", store_path],
            catch_exceptions=False)
    assert r.exit_code == 0 and json.loads(r.output)["entries"] == []


def test_the_store_records_a_write_with_no_incident_change(make_store):
    """Writes that change no incident row (a link confirmed between two records) are kept too."""
    from geo.store.audit import AuditEntry

    store = make_store("s")
    store.add(Incident(date="2019-01-01", killed=1, lon=36.5, lat=35.5, dataset="a", source_id="1"),
              audit=AuditEntry.now("alice", "create"))
    store.record(AuditEntry.now("bob", "confirm-link", changes={"link": ["a:1", "b:7"]}))
    log = store.audit_log()
    assert [(e.who, e.action) for e in log] == [("bob", "confirm-link"), ("alice", "create")]
    assert log[0].changes == {"link": ["a:1", "b:7"]}
