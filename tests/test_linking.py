"""One event, many sources: records of SNHR, ACLED and UCDP that report one killing count once.

The rules (geo.linking) on made-up pairs, then the real case in both store backends: the
SNHR July 2023 report and an ACLED file (ACLED's column layout) that both report the
landmine at Tishreen on 11 July 2023.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.linking import CONFIRMED, SPLIT, LinkRecord, link_events, same_event

HERE = Path(__file__).resolve().parent
ACLED = HERE / "data" / "incidents" / "acled_deir_ez_zor_2023-07.csv"
TISHREEN_ACLED = "acled:SYR127301"


def rec(id, dataset, day="2023-07-11", lon=40.62, lat=34.81, radius=2000, category="landmine",
        cause="landmine", killed=1, deaths=None, end=None):
    start = dt.date.fromisoformat(day)
    return LinkRecord(id, dataset, start, dt.date.fromisoformat(end) if end else start, lon, lat,
                      radius, category, cause, killed, deaths)


# -- the rules -------------------------------------------------------------------------------
def test_the_same_landmine_in_two_sources_is_one_event():
    assert same_event(rec("s", "snhr"), rec("a", "acled", lon=40.6167, lat=34.8125, cause="IED"))


@pytest.mark.parametrize("other,why", [
    (rec("a", "snhr"), "the same dataset"),
    (rec("a", "acled", day="2023-07-14"), "three days later"),
    (rec("a", "acled", lon=40.50, lat=34.99), "20 km away: beyond both radii"),
    (rec("a", "acled", category="killing", cause="gunfire"), "another category"),
    (rec("a", "acled", cause="airstrike"), "an incompatible cause"),
    (rec("a", "acled", killed=6), "six victims, not one"),
    (rec("a", "acled", day="2023-07-01", end="2023-07-31"), "a month-long record"),
    (rec("a", "acled", radius=80_000), "placed only to the governorate"),
])
def test_what_is_not_one_event(other, why):
    assert not same_event(rec("s", "snhr"), other), why


def test_near_dates_radii_and_counts_are_one_event():
    base = rec("s", "snhr", killed=7, category="massacre", cause="airstrike", radius=10_000)
    other = rec("u", "ucdp", day="2023-07-12", lon=40.70, lat=34.85, killed=0, deaths=9,
                category="killing", cause=None, radius=10_000)   # ~8.5 km, a day later, 9 vs 7
    assert same_event(base, other)


def test_an_event_holds_one_record_per_dataset_and_the_closest_wins():
    snhr = rec("snhr:1", "snhr")
    near = rec("acled:near", "acled", lon=40.621, lat=34.811)
    far = rec("acled:far", "acled", lon=40.63, lat=34.82)
    ucdp = rec("ucdp:1", "ucdp", lon=40.625, lat=34.812)
    events = link_events([far, ucdp, near, snhr])
    assert events == {"snhr:1": "snhr:1", "acled:near": "snhr:1", "ucdp:1": "snhr:1",
                      "acled:far": "acled:far"}


def test_decisions_override_the_rules():
    snhr, acled = rec("snhr:1", "snhr"), rec("acled:1", "acled")
    elsewhere = rec("acled:2", "acled", lon=36.5, lat=35.5, day="2023-07-20")
    assert link_events([snhr, acled], {("acled:1", "snhr:1"): SPLIT})["acled:1"] == "acled:1"
    assert link_events([snhr, elsewhere], {("acled:2", "snhr:1"): CONFIRMED})["acled:2"] == "snhr:1"


# -- the SNHR report and an ACLED file, in both backends --------------------------------------
def run(*args, data):
    from incmap import cli

    result = CliRunner().invoke(cli, ["--data", str(data.root), *map(str, args)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def both_sources(make_store, data, shared_dir):
    """A store holding the SNHR July 2023 report and the ACLED file, imported by the CLI with
    --store after the command."""
    store = make_store("linked")
    target = getattr(store, "url", store.path)
    report = shared_dir / "reports" / "snhr_2023-07_civilian_death_toll.txt"
    run("import", report, "--format", "snhr", "--no-progress", "--store", target, data=data)
    run("import", ACLED, "--format", "acled", "--no-progress", "--store", target, data=data)
    return store, target


def _tishreen_snhr(store):
    (snhr,) = store.query(dataset="snhr", category="landmine", start="2023-07-11", end="2023-07-11")
    return snhr


def test_the_tishreen_landmine_counts_once(both_sources):
    store, _ = both_sources
    day = {"start": "2023-07-11", "end": "2023-07-11", "category": "landmine"}
    snhr = _tishreen_snhr(store)
    assert snhr.place_text.startswith("Tishreen") and snhr.event_id == snhr.id
    assert snhr.linked_ids == (TISHREEN_ACLED,)
    acled = store.get(TISHREEN_ACLED)
    assert (acled.event_id, acled.linked_ids) == (snhr.id, (snhr.id,))
    # Tishreen once (as SNHR's record) and the other landmine, at Thiban, 20 km away.
    assert sorted(i.id for i in store.query(**day)) == ["acled:SYR127302", snhr.id]
    assert store.count(**day) == 2 and store.count(**day, all_records=True) == 3
    (row,) = store.stats(group_by=[], **day)
    assert (row["incidents"], row["killed"]) == (2, 2)
    assert store.stats(group_by=[], all_records=True, **day)[0]["killed"] == 3
    # Every record is kept; the ones that are no same event stay apart.
    for other in ("acled:SYR127302", "acled:SYR127303", "acled:SYR127304"):
        assert store.get(other).event_id is None
    # Filtering by a source selects that source's record: ACLED's view is whole.
    assert store.count(dataset="acled") == 4


def test_reimporting_either_file_keeps_one_event(both_sources, data, shared_dir):
    store, target = both_sources
    before = store.count(all_records=True), store.count()
    out = run("import", ACLED, "--format", "acled", "--no-progress", "--store", target, data=data)
    assert "0 added, 0 updated, 4 unchanged" in out
    assert (store.count(all_records=True), store.count()) == before
    assert _tishreen_snhr(store).linked_ids == (TISHREEN_ACLED,)


def test_exports_and_the_api_show_the_link(both_sources, data):
    from service.app import API
    from service.core import Request
    from service.settings import Settings

    store, target = both_sources
    api = API(Settings(data_dir=str(data.root), store_path=target, write_token="t" * 32))
    query = {"datetime": "2023-07-11/2023-07-11"}
    exported = api.export(Request(path="/export/landmines.geojson", params=query),
                          "landmines", "geojson")
    status, body = exported.status, exported.read()
    feats = json.loads(body)["features"]
    assert status == 200 and len(feats) == 2
    tishreen = next(f["properties"] for f in feats if f["properties"]["linked_ids"])
    assert tishreen["dataset"] == "snhr" and tishreen["linked_ids"] == TISHREEN_ACLED
    assert tishreen["event_id"] == tishreen["id"]
    exported = api.export(Request(path="/export/landmines.csv",
                                  params={**query, "all_records": "true"}), "landmines", "csv")
    status, body = exported.status, exported.read()
    assert body.decode().count("\n") - 2 == 3      # a header, the HXL row, three records
    status, _, body = api.incidents(Request(path="/api/incidents", params=query))
    assert json.loads(body)["numberMatched"] == 4  # Tishreen once, Thiban, the clash, Atarib
    status, _, body = api.incident_event(Request(path="/api/events/x"), TISHREEN_ACLED)
    doc = json.loads(body)
    assert status == 200 and [f["id"] for f in doc["features"]] == [tishreen["id"], TISHREEN_ACLED]
    assert all("victim_names" not in f["properties"] for f in doc["features"])
    # The map popup data carry the link too.
    status, _, body = api.map_incidents(Request(path="/api/map/incidents", params={
        "start": "2023-07-11", "end": "2023-07-11", "zoom": "12", "category": "landmine",
        "bbox": "40.0,34.5,41.0,35.5"}))
    props = [f["properties"] for f in json.loads(body)["features"]]
    assert [p.get("linked_ids") for p in props if p["id"] == tishreen["id"]] == [[TISHREEN_ACLED]]
    assert TISHREEN_ACLED not in {p["id"] for p in props}


def test_a_person_splits_and_links_again(both_sources, data):
    store, target = both_sources
    day = {"start": "2023-07-11", "end": "2023-07-11", "category": "landmine"}
    out = run("incidents", "split", TISHREEN_ACLED, "--note", "checking", "--store", target, data=data)
    assert TISHREEN_ACLED in out and "snhr:" not in out and "1 record(s) of one event" in out
    assert store.count(**day) == 3 and store.get(TISHREEN_ACLED).event_id is None
    # A re-import does not undo a person's decision.
    run("import", ACLED, "--format", "acled", "--no-progress", "--store", target, data=data)
    store.add_many([store.get(TISHREEN_ACLED).replace(notes="edited")])
    assert store.count(**day) == 3
    snhr = _tishreen_snhr(store)
    out = run("incidents", "link", snhr.id, TISHREEN_ACLED, "--json", "--store", target, data=data)
    doc = json.loads(out)
    assert doc["event_id"] == snhr.id and [r["id"] for r in doc["records"]] == [snhr.id, TISHREEN_ACLED]
    assert store.count(**day) == 2
    decisions = store.link_decisions()
    assert [d["decision"] for d in decisions] == ["confirmed"] and decisions[0]["note"] is None


def test_the_api_links_and_splits_with_the_token(both_sources, data):
    from service.app import API
    from service.core import Request
    from service.settings import Settings

    store, target = both_sources
    token = "t" * 32
    api = API(Settings(data_dir=str(data.root), store_path=target, write_token=token))
    body = json.dumps({"id": TISHREEN_ACLED, "note": "not the same"}).encode()
    status, _, _ = api.split_incident(Request(path="/api/events/split", body=body,
                                              content_type="application/json"))
    assert status == 401
    auth = f"Bearer {token}"
    status, _, out = api.split_incident(Request(path="/api/events/split", body=body, authorization=auth,
                                                content_type="application/json"))
    assert status == 200 and [f["id"] for f in json.loads(out)["features"]] == [TISHREEN_ACLED]
    snhr = _tishreen_snhr(store)
    status, _, out = api.link_incidents(Request(path="/api/events/link", authorization=auth,
                                                content_type="application/json",
                                                body=json.dumps({"ids": [TISHREEN_ACLED, snhr.id]}).encode()))
    assert status == 200 and json.loads(out)["event_id"] == snhr.id
    status, _, out = api.link_incidents(Request(path="/api/events/link", authorization=auth,
                                                content_type="application/json",
                                                body=json.dumps({"ids": [snhr.id, "nope:1"]}).encode()))
    assert status == 400 and "nope:1" in json.loads(out)["detail"]


def test_deleting_the_record_that_stands_for_an_event_leaves_the_other_alone(both_sources):
    store, _ = both_sources
    snhr = _tishreen_snhr(store)
    assert store.delete(snhr.id)
    acled = store.get(TISHREEN_ACLED)
    assert (acled.event_id, acled.linked_ids) == (None, ())
    assert store.count(start="2023-07-11", end="2023-07-11", category="landmine") == 2


def test_link_decisions_are_in_the_audit_trail_from_the_cli_and_the_api(both_sources, data,
                                                                        tmp_path):
    """A person's split and link, through the CLI and through the API with named tokens, are
    recorded with who, the two records, the decision and the note; a refused one is not."""
    from server import create_app
    from service.settings import Settings
    from service.tokens import add_token

    store, target = both_sources
    run("incidents", "split", TISHREEN_ACLED, "--note", "checking", "--store", target, data=data)
    snhr = _tishreen_snhr(store)
    run("incidents", "link", snhr.id, TISHREEN_ACLED, "--store", target, data=data)
    entries = json.loads(run("audit", "--json", "--store", target, data=data))["entries"]
    assert [e["action"] for e in entries] == ["confirm-link", "split-link", "import", "import"]
    assert len({e["who"] for e in entries}) == 1 and entries[0]["who"].startswith("cli:")
    pair = sorted([snhr.id, TISHREEN_ACLED])
    assert entries[0]["changes"] == {"ids": pair, "decision": "confirmed", "note": None}
    assert entries[1]["changes"] == {"ids": pair, "decision": "split", "note": "checking"}

    tokens = tmp_path / "tokens"
    alice, bob = add_token(tokens, "alice"), add_token(tokens, "bob")
    client = create_app(Settings(data_dir=str(data.root), store_path=target,
                                 tokens_file=str(tokens))).test_client()
    as_alice, as_bob = ({"Authorization": f"Bearer {t}"} for t in (alice, bob))
    r = client.post("/api/events/split", json={"id": TISHREEN_ACLED, "note": "again"},
                    headers=as_alice)
    assert r.status_code == 200, r.get_data(as_text=True)
    r = client.post("/api/events/link", json={"ids": [TISHREEN_ACLED, snhr.id]}, headers=as_bob)
    assert r.status_code == 200 and r.get_json()["event_id"] == snhr.id
    r = client.post("/api/events/link", json={"ids": [snhr.id, "nope:1"]}, headers=as_bob)
    assert r.status_code == 400
    log = client.get("/api/audit?limit=2", headers=as_alice).get_json()["entries"]
    assert [(e["who"], e["action"]) for e in log] == [("bob", "confirm-link"),
                                                      ("alice", "split-link")]
    assert log[1]["changes"] == {"ids": pair, "decision": "split", "note": "again"}
    linked = client.get("/api/audit?action=confirm-link", headers=as_bob).get_json()["entries"]
    assert [e["who"] for e in linked] == ["bob", entries[0]["who"]]
    assert store.get(TISHREEN_ACLED).event_id == snhr.id
