"""The incident store: upserts, atomic writes, every filter, stats, in both backends.

The tests that take ``store`` or ``make_store`` run against the GeoPackage and the PostGIS
store (``conftest.backend``); ``gpkg_store`` ones check what only a GeoPackage file is, and
``test_postgis_*`` what only the PostGIS schema is.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
from collections import Counter

import pytest

from geo.errors import InputError
from geo.incident import Incident
from geo.store import Filters, GeoPackageStore, StoreError, default_store_path, open_store
from geo.store.gpkg import decode_point, encode_point

# A small, varied set: places in four governorates, two years, every category.
ROWS = [
    # date, category, killed, children, women, perpetrator, cause, lon, lat, adm1, adm2, stated, computed
    ("2016-01-10", "killing", 2, 1, None, "REGIME", "shelling", 36.5419, 35.6841, "SY07", "SY0705", "HTS_OPP", "HTS_OPP"),
    ("2016-01-20", "massacre", 7, 3, 2, "RUSSIA", "airstrike", 36.8219, 36.1381, "SY02", "SY0200", "HTS_OPP", "GOV"),
    ("2016-02-03", "landmine", 1, 0, 1, "OTHER_LANDMINE", "landmine", 40.6198, 34.8109, "SY09", "SY0903", None, "ISIS"),
    ("2016-02-28", "killing", 1, None, None, "ISIS", "gunfire", 38.9963, 35.9645, "SY11", "SY1101", None, "ISIS"),
    ("2017-03-01", "torture", 1, 0, 0, "REGIME", "torture", 36.0627, 32.9865, "SY12", "SY1203", "GOV", "GOV"),
    ("2017-03-15", "killing", 4, 0, 0, "SDF", "gunfire", 37.9521, 36.5272, "SY02", "SY0205", "SDF", "SDF"),
    ("2017-07-09", "massacre", 6, 2, 1, "OTHER_BOMBING", "car bomb", 37.6312, 36.608, "SY02", "SY0202", "SNA", "SNA"),
]


def incidents() -> list[Incident]:
    out = []
    for i, (date, cat, killed, ch, wo, perp, cause, lon, lat, adm1, adm2, stated, computed) in enumerate(ROWS):
        out.append(Incident(date=date, category=cat, killed=killed, children=ch, women=wo,
                            perpetrator=perp, cause=cause, lon=lon, lat=lat, adm1_pcode=adm1,
                            adm2_pcode=adm2, adm3_pcode=adm2 + "00", stated_control=stated,
                            computed_control=computed, dataset="unit" if i % 2 else "other",
                            source_id=str(i), victim_names=[f"Name {i}"] if i == 1 else ()))
    return out


@pytest.fixture
def store(make_store):
    s = make_store("sub/incidents")
    s.add_many(incidents())
    return s


@pytest.fixture
def gpkg_store(tmp_path):
    s = open_store(tmp_path / "sub" / "incidents.gpkg")
    s.add_many(incidents())
    yield s
    s.close()


def reopen(store, **kw):
    """The same store, opened again (a URL keeps its password; a path is the file)."""
    return open_store(getattr(store, "url", store.path), **kw)


# -- a valid GeoPackage ---------------------------------------------------------------------
def test_the_file_is_a_geopackage(gpkg_store):
    conn = sqlite3.connect(gpkg_store.path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 10300
    assert conn.execute("SELECT data_type, srs_id FROM gpkg_contents WHERE table_name='incidents'"
                        ).fetchone() == ("features", 4326)
    assert conn.execute("SELECT geometry_type_name FROM gpkg_geometry_columns").fetchone() == ("POINT",)
    assert conn.execute("SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN (-1, 0, 4326)"
                        ).fetchone() == (3,)
    assert conn.execute("SELECT extension_name FROM gpkg_extensions").fetchone() == ("gpkg_rtree_index",)
    assert conn.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone() == (len(ROWS),)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    ext = conn.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents").fetchone()
    assert ext == (min(r[7] for r in ROWS), min(r[8] for r in ROWS), max(r[7] for r in ROWS),
                   max(r[8] for r in ROWS))


def test_gdal_reads_it(gpkg_store):
    import pyogrio

    info = pyogrio.read_info(gpkg_store.path, layer="incidents")
    assert info["features"] == len(ROWS)
    assert info["geometry_type"] == "Point" and info["crs"] == "EPSG:4326"
    assert info["capabilities"]["fast_spatial_filter"]  # GDAL sees the R-tree
    frame = pyogrio.read_dataframe(gpkg_store.path, bbox=(37.5, 36.4, 38.0, 36.7))
    assert sorted(frame["id"]) == ["other:6", "unit:5"]


def test_ogrinfo_summary(gpkg_store):
    out = subprocess.run(["ogrinfo", "-so", gpkg_store.path, "incidents"], capture_output=True,
                         text=True, check=True).stdout
    assert f"Feature Count: {len(ROWS)}" in out
    assert "Geometry: Point" in out


def test_point_encoding_round_trip():
    blob = encode_point(36.123456789, 35.987654321)
    assert blob[:2] == b"GP" and len(blob) == 29
    assert decode_point(blob) == (36.123456789, 35.987654321)
    assert decode_point(None) is None


# -- writes ---------------------------------------------------------------------------------
def test_reimport_does_not_duplicate(store):
    again = store.add_many(incidents())
    assert (again.added, again.updated, again.unchanged) == (0, 0, len(ROWS))
    assert store.count() == len(ROWS)


def test_changed_records_are_updated_in_place(store):
    changed = incidents()
    changed[0].killed = 9
    changed[3].lon, changed[3].lat = 36.3991, 33.5699  # moved to Douma
    res = store.add_many(changed)
    assert (res.added, res.updated, res.unchanged) == (0, 2, len(ROWS) - 2)
    assert store.get("other:0").killed == 9
    # The R-tree follows the moved point.
    assert [i.id for i in store.query(bbox=(36.3, 33.5, 36.5, 33.6))] == ["unit:3"]
    assert store.query(bbox=(38.9, 35.9, 39.1, 36.0)) == []


def test_duplicates_inside_one_batch_count_once(make_store):
    s = make_store("d")
    batch = incidents()
    res = s.add_many(batch + batch[:2])
    assert (res.added, res.duplicates) == (len(ROWS), 2)
    assert s.count() == len(ROWS)


def test_a_failed_write_changes_nothing(gpkg_store):
    before = {i.id: i for i in gpkg_store.query()}
    conn = sqlite3.connect(gpkg_store.path)
    # A trigger that fails on the 3rd new row: the write is half done when it fires.
    conn.execute("CREATE TRIGGER boom BEFORE INSERT ON incidents WHEN NEW.id = 'new:2' "
                 "BEGIN SELECT RAISE(ABORT, 'boom'); END")
    conn.commit()
    conn.close()
    fresh = [Incident(date="2018-01-0%d" % (k + 1), killed=1, lon=36.5, lat=35.5, dataset="new",
                      source_id=str(k)) for k in range(5)]
    changed = incidents()
    changed[0].killed = 99
    with pytest.raises(StoreError, match="boom"):
        gpkg_store.add_many(changed + fresh)
    assert gpkg_store.count() == len(ROWS)
    assert {i.id: i for i in gpkg_store.query()} == before
    assert gpkg_store.get("new:0") is None


def test_a_batch_that_fails_while_being_read_writes_nothing(store):
    def gen():
        yield from incidents()
        yield Incident(date="2018-01-01", killed=1, dataset="new", source_id="a", lon=36.5, lat=35.5)
        raise InputError("broken row", source="f.csv", line=9)

    with pytest.raises(InputError, match="line 9"):
        store.add_many(gen())
    assert store.get("new:a") is None and store.count() == len(ROWS)


def test_delete(store):
    assert store.delete("other:0") is True
    assert store.delete("other:0") is False
    assert store.get("other:0") is None
    assert store.count(bbox=(36.5, 35.6, 36.6, 35.7)) == 0


def test_hostile_strings_are_stored_and_returned_verbatim(make_store):
    hostile = ("'); DROP TABLE incidents; --\x07 <img src=x onerror=alert(1)> \u202e\u200f"
               " \"quoted\" \\back\\slash% _under_ 🚀 دوما\nsecond line")
    s = make_store("h")
    s.add(Incident(date="2019-01-01", killed=1, lon=36.5, lat=35.5, dataset="h", source_id=hostile,
                   place_text=hostile, source_sentence=hostile, victim_names=[hostile], notes=hostile))
    (got,) = s.query(dataset="h")
    assert got.id == "h:" + hostile
    assert got.place_text == got.source_sentence == got.notes == hostile
    assert got.victim_names == (hostile,)
    assert s.get("h:" + hostile) == got
    assert s.query(ids=["h:" + hostile]) == [got]
    assert s.count() == 1  # the table is still there


# -- queries --------------------------------------------------------------------------------
def ids(found):
    return sorted(i.id for i in found)


def expected(pred):
    return sorted(i.id for i in incidents() if pred(i))


@pytest.mark.parametrize("kw,pred", [
    ({"bbox": "36.0,35.5,37.0,36.5"}, lambda i: 36.0 <= i.lon <= 37.0 and 35.5 <= i.lat <= 36.5),
    ({"start": "2016-02-01"}, lambda i: i.date >= dt.date(2016, 2, 1)),
    ({"end": "2016-02"}, lambda i: i.date <= dt.date(2016, 2, 29)),
    ({"start": "2017", "end": "2017-03-15"}, lambda i: dt.date(2017, 1, 1) <= i.date <= dt.date(2017, 3, 15)),
    ({"category": "massacre"}, lambda i: i.category == "massacre"),
    ({"category": ["landmine", "torture"]}, lambda i: i.category in ("landmine", "torture")),
    ({"perpetrator": "REGIME,RUSSIA"}, lambda i: i.perpetrator in ("REGIME", "RUSSIA")),
    ({"cause": "gunfire"}, lambda i: i.cause == "gunfire"),
    ({"control": "ISIS"}, lambda i: i.computed_control == "ISIS"),
    ({"stated_control": "HTS_OPP"}, lambda i: i.stated_control == "HTS_OPP"),
    ({"agrees": True}, lambda i: i.control_agrees is True),
    ({"agrees": "false"}, lambda i: i.control_agrees is False),
    ({"adm1": "SY02"}, lambda i: i.adm1_pcode == "SY02"),
    ({"adm2": "SY0205,SY0903"}, lambda i: i.adm2_pcode in ("SY0205", "SY0903")),
    ({"adm3": "SY070500"}, lambda i: i.adm3_pcode == "SY070500"),
    ({"dataset": "unit"}, lambda i: i.dataset == "unit"),
    ({"adm1": "SY02", "category": "massacre", "start": "2017"},
     lambda i: i.adm1_pcode == "SY02" and i.category == "massacre" and i.date.year >= 2017),
    ({"victims": "children"}, lambda i: (i.children or 0) > 0),
    ({"victims": "women,children"}, lambda i: (i.women or 0) > 0 or (i.children or 0) > 0),
    ({"victims": "women", "adm1": "SY02"}, lambda i: (i.women or 0) > 0 and i.adm1_pcode == "SY02"),
])
def test_every_filter(store, kw, pred):
    want = expected(pred)
    assert want, "the fixture must exercise the filter"
    assert ids(store.query(**kw)) == want
    assert store.count(**kw) == len(want)
    assert store.count(Filters.build(**kw)) == len(want)


def test_paging_and_order(store):
    all_by_date = [i.id for i in store.query()]
    assert all_by_date == [i.id for i in sorted(incidents(), key=lambda i: (i.date, i.id))]
    pages = [i.id for k in range(0, len(ROWS), 3) for i in store.query(limit=3, offset=k)]
    assert pages == all_by_date
    assert [i.id for i in store.query(order="-date", limit=2)] == all_by_date[::-1][:2]
    assert store.query(order="-killed", limit=1)[0].killed == max(r[2] for r in ROWS)
    assert store.query(limit=0) == []


def test_stats_month_perpetrator_governorate(store):
    rows = store.stats()
    assert set(rows[0]) == {"month", "perpetrator", "adm1_pcode", "incidents", "killed", "children",
                            "women", "injured", "deaths_total"}
    want = Counter()
    killed = Counter()
    for i in incidents():
        key = (i.date.strftime("%Y-%m"), i.perpetrator, i.adm1_pcode)
        want[key] += 1
        killed[key] += i.killed
    assert {(r["month"], r["perpetrator"], r["adm1_pcode"]): r["incidents"] for r in rows} == dict(want)
    assert {(r["month"], r["perpetrator"], r["adm1_pcode"]): r["killed"] for r in rows} == dict(killed)


def test_stats_sums_known_counts_only(store):
    by_cat = {r["category"]: r for r in store.stats(group_by="category")}
    assert by_cat["massacre"]["children"] == 5 and by_cat["massacre"]["women"] == 3
    assert by_cat["killing"]["children"] == 1   # 1 + unknown + 0
    assert by_cat["killing"]["injured"] is None  # nobody recorded any
    assert store.stats(group_by=[], category="massacre") == [
        {"incidents": 2, "killed": 13, "children": 5, "women": 3, "injured": None,
         "deaths_total": None}]


def test_stats_sums_only_the_measures_asked(store):
    keys = ("adm3", "adm2", "category", "control")
    full = store.stats(group_by=keys)
    lean = store.stats(group_by=keys, measures=("killed", "incidents"))
    assert lean == [{k: r[k] for k in ("adm3_pcode", "adm2_pcode", "category",
                                       "computed_control", "incidents", "killed")} for r in full]
    with pytest.raises(InputError, match="cannot sum"):
        store.stats(measures=("incidents", "victims"))


@pytest.mark.parametrize("kw,field", [
    ({"bbox": "1,2,3"}, "bbox"), ({"bbox": "40,30,35,36"}, "bbox"), ({"start": "yesterday"}, "start"),
    ({"start": "2017-01-01", "end": "2016-01-01"}, "start"), ({"category": "shooting"}, "category"),
    ({"perpetrator": "ALIENS"}, "perpetrator"), ({"control": "NARNIA"}, "control"),
    ({"adm1": "SY0205"}, "adm1"), ({"adm2": "Aleppo"}, "adm2"), ({"agrees": "maybe"}, "agrees"),
    ({"colour": "red"}, "colour"), ({"cause": "sorcery"}, "cause"),
])
def test_bad_filters_are_input_errors(store, kw, field):
    with pytest.raises(InputError) as err:
        store.query(**kw)
    assert err.value.field == field


def test_bad_victims_filter(store):
    with pytest.raises(InputError) as err:
        store.count(victims="men")
    assert err.value.field == "victims"


def test_bad_paging(store):
    for kw, field in (({"limit": -1}, "limit"), ({"offset": -5}, "offset"), ({"order": "random"}, "order")):
        with pytest.raises(InputError) as err:
            store.query(**kw)
        assert err.value.field == field
    with pytest.raises(InputError, match="group by"):
        store.stats(group_by="colour")


# -- opening --------------------------------------------------------------------------------
def test_open_rejects_files_that_are_not_geopackages(tmp_path):
    text = tmp_path / "notes.gpkg"
    text.write_text("hello, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a GeoPackage"):
        open_store(text)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a GeoPackage"):
        open_store(other)


def test_readonly(tmp_path, gpkg_store):
    with pytest.raises(StoreError, match="no incident store"):
        open_store(tmp_path / "missing.gpkg", readonly=True)
    ro = open_store(gpkg_store.path, readonly=True)
    assert ro.count() == len(ROWS)
    with pytest.raises(StoreError, match="read-only"):
        ro.add_many(incidents())


def test_default_store_path(monkeypatch, tmp_path):
    monkeypatch.setenv("INCMAP_STORE", str(tmp_path / "env.gpkg"))
    assert default_store_path() == tmp_path / "env.gpkg"
    assert default_store_path(tmp_path / "x.gpkg") == tmp_path / "x.gpkg"
    monkeypatch.delenv("INCMAP_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_store_path() == tmp_path / "xdg" / "syria-incident-map" / "incidents.gpkg"
    assert isinstance(open_store(), GeoPackageStore)
    with pytest.raises(StoreError, match="PostGIS"):
        open_store("postgresql://localhost/incidents")


def test_threads_share_a_store(store):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        counts = list(pool.map(lambda _: store.count(category="massacre"), range(16)))
    assert counts == [2] * 16


def test_rows_added_by_gdal_are_indexed_and_read(gpkg_store):
    """An edit made with GDAL (as QGIS does) goes through the R-tree triggers and reads back."""
    import pyogrio
    import shapely

    frame = pyogrio.read_dataframe(gpkg_store.path, layer="incidents", where="id = 'other:0'")
    frame["id"] = "gdal:1"
    frame["geometry"] = [shapely.Point(38.2, 35.1)]
    pyogrio.write_dataframe(frame, gpkg_store.path, layer="incidents", append=True)
    got = gpkg_store.query(bbox=(38.1, 35.0, 38.3, 35.2))
    assert [i.id for i in got] == ["gdal:1"] and (got[0].lon, got[0].lat) == (38.2, 35.1)
    assert gpkg_store.count() == len(ROWS) + 1
    res = gpkg_store.add_many([got[0].replace(killed=5)])  # an upsert over GDAL's row (no row_hash)
    assert (res.added, res.updated) == (0, 1) and gpkg_store.get("gdal:1").killed == 5


def test_a_store_from_an_older_version_gains_new_columns(gpkg_store):
    conn = sqlite3.connect(gpkg_store.path)
    conn.execute("ALTER TABLE incidents DROP COLUMN injured_names")
    conn.commit()
    conn.close()
    gpkg_store.close()
    ro = open_store(gpkg_store.path, readonly=True)
    assert ro.get("unit:1").injured_names == () and ro.count() == len(ROWS)
    ro.close()
    again = open_store(gpkg_store.path)
    assert again.count() == len(ROWS)
    assert again.get("unit:1").victim_names == ("Name 1",)
    again.add(Incident(date="2019-01-01", killed=1, lon=36.5, lat=35.5, dataset="n", source_id="1",
                       injured_names=["Someone"]))
    assert again.get("n:1").injured_names == ("Someone",)


def test_a_window_is_counted_from_its_index_which_an_older_store_gains(gpkg_store):
    """A count over a time window reads one index, not the rows; a store written before the
    index existed gains it when opened for writing (read-only, it counts the slow way)."""
    conn = sqlite3.connect(gpkg_store.path)
    conn.execute("DROP INDEX idx_incidents_window")
    conn.commit()
    conn.close()
    gpkg_store.close()

    def plan(store):
        where, params = store._selection(store._filters(None, {"start": "2016-01-01",
                                                               "end": "2016-12-31"}))
        return " ".join(str(r) for r in store._conn().execute(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM incidents{where}", params).fetchall())

    ro = open_store(gpkg_store.path, readonly=True)
    assert "idx_incidents_window" not in plan(ro) and ro.count(start="2016-01-01",
                                                               end="2016-12-31") == 4
    ro.close()
    again = open_store(gpkg_store.path)
    assert "COVERING INDEX idx_incidents_window" in plan(again)
    assert again.count(start="2016-01-01", end="2016-12-31") == 4
    assert again.count(start="2016-01-01", end="2016-12-31", max_precision=3) == sum(
        1 for i in again.query(start="2016-01-01", end="2016-12-31")
        if (i.location_precision or 1) <= 3)


def test_a_store_without_the_deaths_columns_gains_them(gpkg_store):
    """A store written before deaths_total/low/high existed: read-only it reads them as empty and
    its stats sum nothing; opened for writing it gains them and keeps every row."""
    conn = sqlite3.connect(gpkg_store.path)
    for col in ("deaths_total", "deaths_low", "deaths_high"):
        conn.execute(f"ALTER TABLE incidents DROP COLUMN {col}")
    conn.commit()
    conn.close()
    gpkg_store.close()
    ro = open_store(gpkg_store.path, readonly=True)
    assert ro.get("unit:1").deaths_total is None
    assert ro.stats(group_by=[])[0]["deaths_total"] is None
    ro.close()
    again = open_store(gpkg_store.path)
    assert again.count() == len(ROWS)
    again.add(Incident(date="2016-01-01", date_precision="year", killed=0, deaths_total=8179,
                       deaths_low=8000, deaths_high=9000, lon=36.5, lat=35.5, dataset="n",
                       source_id="agg"))
    got = again.get("n:agg")
    assert (got.deaths_total, got.deaths_low, got.deaths_high) == (8179, 8000, 9000)


def _spans():
    return [
        # a UCDP-style span inside one month, one over two months, a yearly aggregate, a week
        Incident(date="2016-01-11", date_end="2016-01-25", date_precision="month", killed=2,
                 deaths_total=5, lon=36.7, lat=35.1, dataset="s", source_id="jan"),
        Incident(date="2016-01-29", date_end="2016-03-29", date_precision="year", killed=1,
                 deaths_total=31, lon=36.7, lat=35.1, dataset="s", source_id="q1"),
        Incident(date="2016-01-01", date_end="2016-12-31", date_precision="year", killed=0,
                 deaths_total=8179, lon=38.99, lat=34.81, location_precision=6, dataset="s",
                 source_id="year"),
        Incident(date="2016-02-03", date_precision="week", killed=1, lon=36.7, lat=35.1,
                 dataset="s", source_id="week"),
    ]


def test_spans_round_trip_and_stay_out_of_the_months_they_overrun(make_store):
    s = make_store("spans")
    incs = _spans()
    s.add_many(incs)
    for inc in incs:
        got = s.get(inc.id)
        assert got.to_dict() == inc.to_dict() and got.date_interval == inc.date_interval
    # The year-long span is normalised away (the precision says as much); the others are kept.
    assert [i.date_end for i in incs] == [dt.date(2016, 1, 25), dt.date(2016, 3, 29), None, None]
    assert s.add_many(_spans()).unchanged == 4   # idempotent
    months = {r["month"]: r for r in s.stats(group_by="month")}
    assert months["2016-01"]["incidents"] == 1 and months["2016-01"]["killed"] == 2
    assert months["2016-02"]["incidents"] == 1            # the week of 1-7 February
    assert months["imprecise"]["incidents"] == 2 and months["imprecise"]["deaths_total"] == 8179 + 31
    years = {r["year"]: r["incidents"] for r in s.stats(group_by="year")}
    assert years == {"2016": 4}
    # A window holds an incident when its whole span lies in it.
    assert {i.source_id for i in s.query(start="2016-01", end="2016-01")} == {"jan"}
    assert {i.source_id for i in s.query(start="2016-01", end="2016-03")} == {"jan", "q1", "week"}
    assert s.count(start="2016", end="2016") == 4
    assert {i.source_id for i in s.query(start="2016-01-12", end="2016-12-31")} == {"q1", "week"}
    s.close()


def test_precision_filters(make_store):
    s = make_store("p")
    s.add_many(_spans())
    assert [i.source_id for i in s.query(min_precision="country")] == ["year"]
    assert s.count(max_precision=5) == 3                    # no precision recorded = a place
    with pytest.raises(InputError) as err:
        s.count(max_precision=9)
    assert err.value.field == "max_precision"
    s.close()


# -- both backends: the audit trail, public ids, linked events --------------------------------
def _entries(store, **kw):
    return [(e.who, e.action) for e in store.audit_log(**kw)]


def test_every_write_is_audited_with_what_it_changed(store):
    from geo.store.audit import AuditEntry

    changed = incidents()
    changed[2].killed, changed[2].cause = 5, "explosive remnant"
    fresh = Incident(date="2018-03-01", killed=1, lon=36.5, lat=35.5, dataset="new", source_id="1")
    res = store.add_many(changed + [fresh], audit=AuditEntry.now("alice", "import", source="f.csv"))
    assert (res.added, res.updated) == (1, 1)
    assert store.delete("unit:5", audit=AuditEntry.now("bob", "delete")) is True
    store.record(AuditEntry.now("carol", "confirm-link", changes={"ids": ["a:1", "b:2"]}))
    log = store.audit_log()
    assert [(e.who, e.action) for e in log] == [("carol", "confirm-link"), ("bob", "delete"),
                                                ("alice", "import")]
    link, delete, imported = log
    assert imported.source == "f.csv" and (imported.added, imported.updated) == (1, 1)
    assert imported.changes == {"added": ["new:1"], "updated": {"other:2": ["cause", "killed"]}}
    assert delete.changes == {"deleted": ["unit:5"]} and delete.deleted == 1
    assert link.changes == {"ids": ["a:1", "b:2"]}
    assert all(e.at.endswith("Z") for e in log) and log[0].seq > log[1].seq > log[2].seq
    # Filters and paging.
    assert _entries(store, who="bob") == [("bob", "delete")]
    assert _entries(store, action="import") == [("alice", "import")]
    assert _entries(store, limit=1, offset=1) == [("bob", "delete")]
    # Writes without an entry (a fixture's seed) record nothing; deleting nothing records nothing.
    assert store.delete("unit:5", audit=AuditEntry.now("bob", "delete")) is False
    assert len(store.audit_log()) == 3
    # The trail outlives the connection.
    again = reopen(store)
    assert [(e.who, e.action, e.changes) for e in again.audit_log()] == [
        (e.who, e.action, e.changes) for e in log]
    again.close()


def test_a_failed_write_records_no_audit_entry(store):
    from geo.store.audit import AuditEntry

    def gen():
        yield from incidents()
        raise InputError("broken row", source="f.csv", line=9)

    with pytest.raises(InputError):
        store.add_many(gen(), audit=AuditEntry.now("alice", "import"))
    assert store.audit_log() == []


def test_public_ids_are_kept_and_find_their_incident(store):
    from geo.privacy import PUBLIC_ID_RE

    named = Incident(date="2019-02-02", killed=1, lon=36.5, lat=35.5, dataset="probe",
                     source_id="Hanan al-Dreib", victim_names=["Hanan al-Dreib"])
    store.add(named)
    public = {i.id: store.public_id(i) for i in store.query(all_records=True)}
    # A source id that holds a name gets a keyed id; plain ones stay as they are.
    assert PUBLIC_ID_RE.match(public["probe:Hanan al-Dreib"])
    assert "hanan" not in public["probe:Hanan al-Dreib"].lower()
    assert public["other:0"] == "other:0"
    for iid, pub in public.items():
        assert store.get_public(pub).id == iid
    assert store.get_public("probe:Hanan al-Dreib") is None  # the private id is no public one
    assert store.get_public("probe:p0123456789abcdef0123") is None
    # The key is the store's: the same ids after reopening, and another store's differ.
    again = reopen(store)
    assert again.id_key == store.id_key and len(store.id_key) == 32
    assert again.get_public(public["probe:Hanan al-Dreib"]).id == "probe:Hanan al-Dreib"
    again.close()


def test_public_ids_differ_between_stores(make_store):
    a, b = make_store("a"), make_store("b")
    named = Incident(date="2019-02-02", killed=1, lon=36.5, lat=35.5, dataset="probe",
                     source_id="Hanan al-Dreib", victim_names=["Hanan al-Dreib"])
    a.add(named)
    b.add(named)
    assert a.id_key != b.id_key
    assert a.public_id(named) != b.public_id(named)


def _same_landmine() -> list[Incident]:
    """One landmine in two sources (the Tishreen case of tests/test_linking.py, made up)."""
    common = dict(date="2023-07-11", category="landmine", cause="landmine", killed=1,
                  radius_m=2000, location_precision=1)
    return [Incident(lon=40.62, lat=34.81, dataset="snhr", source_id="1", **common),
            Incident(lon=40.6167, lat=34.8125, dataset="acled", source_id="SYR1", **common)]


def test_split_and_confirmed_links_are_audited(make_store):
    from geo.store.audit import AuditEntry

    s = make_store("links")
    s.add_many(_same_landmine())
    assert [i.id for i in s.event_records("acled:SYR1")] == ["snhr:1", "acled:SYR1"]
    split = s.split("acled:SYR1", note="not the same",
                    audit=AuditEntry.now("alice", "split-link", source="test"))
    assert [i.id for i in split] == ["snhr:1"] and s.get("acled:SYR1").event_id is None
    linked = s.link("snhr:1", "acled:SYR1", audit=AuditEntry.now("bob", "confirm-link"))
    assert [i.id for i in linked] == ["snhr:1", "acled:SYR1"]
    log = s.audit_log()
    assert [(e.who, e.action) for e in log] == [("bob", "confirm-link"), ("alice", "split-link")]
    assert log[0].changes == {"ids": ["acled:SYR1", "snhr:1"], "decision": "confirmed",
                              "note": None}
    assert log[1].changes == {"ids": ["acled:SYR1", "snhr:1"], "decision": "split",
                              "note": "not the same"}
    assert log[1].source == "test"
    # A link refused (an unknown record) records nothing.
    with pytest.raises(InputError):
        s.link("snhr:1", "nope:1", audit=AuditEntry.now("bob", "confirm-link"))
    assert len(s.audit_log()) == 2


def test_splitting_a_record_from_an_event_of_three_is_one_decision(make_store):
    """Taking SNHR's record out of an event that UCDP and ACLED report too: one audit entry with
    the three records, two split decisions, both written in one transaction."""
    from geo.store.audit import AuditEntry

    s = make_store("three")
    third = Incident(lon=40.625, lat=34.812, dataset="ucdp", source_id="9", date="2023-07-11",
                     category="landmine", cause="landmine", killed=1, radius_m=2000,
                     location_precision=1)
    s.add_many([*_same_landmine(), third])
    assert len(s.event_records("snhr:1")) == 3
    others = s.split("snhr:1", audit=AuditEntry.now("alice", "split-link"))
    assert sorted(i.id for i in others) == ["acled:SYR1", "ucdp:9"]
    assert s.get("snhr:1").event_id is None and len(s.event_records("ucdp:9")) == 2
    (entry,) = s.audit_log()
    assert entry.changes["ids"] == ["acled:SYR1", "snhr:1", "ucdp:9"]
    assert sorted((d["a"], d["b"], d["decision"]) for d in s.link_decisions()) == [
        ("acled:SYR1", "snhr:1", "split"), ("snhr:1", "ucdp:9", "split")]


# -- both backends: writers at once ---------------------------------------------------------
def _batch(tag: str, n: int, start: int = 0) -> list[Incident]:
    return [Incident(date=dt.date(2018, 1, 1) + dt.timedelta(days=k % 300), killed=k % 4,
                     lon=36.2 + (k % 50) / 100, lat=35.1 + (k % 40) / 100, dataset=tag,
                     source_id=str(k)) for k in range(start, start + n)]


def test_two_imports_at_once_lose_nothing(store):
    """Two writers (two connections, as two imports or an import and the API) at the same time:
    every record of both is there, the shared ones once, and neither waits forever."""
    from concurrent.futures import ThreadPoolExecutor

    a = _batch("a", 1500) + _batch("both", 400)
    b = _batch("b", 1500) + _batch("both", 400, start=200)
    stores = [reopen(store), reopen(store)]
    try:
        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(lambda pair: pair[0].add_many(pair[1]), zip(stores, (a, b))))
    finally:
        for s in stores:
            s.close()
    assert sum(r.added for r in results) == 1500 + 1500 + 600
    assert sum(r.updated + r.unchanged for r in results) == 200   # the overlap, written twice
    assert store.count(dataset="a") == 1500 and store.count(dataset="b") == 1500
    assert store.count(dataset="both") == 600
    assert store.count(all_records=True) == len(ROWS) + 3600


def test_reads_go_on_while_a_write_is_open(store):
    """A reader is never blocked by a writer (WAL/MVCC): the count it sees is the committed one."""
    import threading

    writer = reopen(store)
    started, release = threading.Event(), threading.Event()

    def slow_batch():
        yield from _batch("slow", 50)
        started.set()
        release.wait(30)

    t = threading.Thread(target=lambda: writer.add_many(slow_batch()))
    t.start()
    try:
        assert started.wait(30)
        assert store.count() == len(ROWS)
    finally:
        release.set()
        t.join(60)
        writer.close()
    assert store.count() == len(ROWS) + 50


# -- PostGIS only ---------------------------------------------------------------------------
@pytest.fixture
def pg_store(postgres_url):
    import uuid

    import psycopg

    from geo.store.pgcluster import schema_url

    schema = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    s = open_store(schema_url(postgres_url, schema))
    s.add_many(incidents())
    yield s
    s.close()


def _pg(store):
    import psycopg

    return psycopg.connect(store.url, autocommit=True)


def test_postgis_schema_has_its_indexes_and_version(pg_store):
    from geo.store.postgis import MIGRATIONS

    with _pg(pg_store) as conn:
        indexes = dict(conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = "
                                    "'incidents' AND schemaname = current_schema()").fetchall())
        kind = conn.execute("SELECT type FROM geometry_columns WHERE f_table_name = 'incidents' "
                            "AND f_table_schema = current_schema()").fetchone()
        versions = [v for (v,) in conn.execute("SELECT version FROM incmap_schema ORDER BY version")]
    assert "USING gist (geom)" in indexes["incidents_geom_gist"]
    for column in ("date", "category", "perpetrator", "computed_control", "adm1_pcode", "adm2_pcode",
                   "adm3_pcode", "dataset", "event_id"):
        assert any(f"({column})" in d for d in indexes.values()), column
    assert "UNIQUE" in indexes["incidents_id_key"]
    assert kind == ("POINT",)
    assert versions == [v for v, _, _ in MIGRATIONS] and pg_store.schema_version() == MIGRATIONS[-1][0]


def test_postgis_bbox_uses_the_spatial_index(pg_store):
    with _pg(pg_store) as conn:
        conn.execute("SET enable_seqscan = off")  # 7 rows: the planner would rather scan them
        where, params = pg_store._selection(Filters.build(bbox="36.0,35.5,37.0,36.5", all_records=True))
        plan = "\n".join(r[0] for r in conn.execute(
            pg_store._sql(f"EXPLAIN SELECT id FROM incidents{where}"), params).fetchall())
    assert "incidents_geom_gist" in plan


@pytest.mark.parametrize("version", [1, 2])
def test_postgis_migrates_an_older_schema(pg_store, version):
    """A store at schema version 1 (before linked events, public ids and the audit trail) or 2
    (before public ids and the audit trail) gains every later version on opening: rows kept,
    each given its public id, and the audit trail records from then on."""
    from geo.store.audit import AuditEntry
    from geo.store.postgis import MIGRATIONS

    with _pg(pg_store) as conn:
        conn.execute("DELETE FROM incmap_schema WHERE version > %s", (version,))
        conn.execute("DROP TRIGGER incmap_public_features_changed ON incidents")  # version 5
        conn.execute("DROP FUNCTION incmap_public_features_changed()")
        conn.execute("DROP TABLE incmap_public_features, incmap_public_pending")
        conn.execute("DROP INDEX incidents_window_idx")  # version 4
        conn.execute("DROP TABLE incmap_meta, incmap_audit")
        conn.execute("ALTER TABLE incidents DROP COLUMN public_id")
        if version < 2:
            conn.execute("DROP TABLE incident_links")
            conn.execute("ALTER TABLE incidents DROP COLUMN event_id, DROP COLUMN event_rank")
    pg_store.close()
    old = reopen(pg_store, readonly=True)  # read-only: nothing changed, nothing recorded yet
    assert old.schema_version() == version and old.audit_log() == []
    assert old.get_public("other:0").id == "other:0" and old.count() == len(ROWS)
    assert [i.id for i in old.query(category="massacre")] == ["unit:1", "other:6"]
    old.close()
    again = reopen(pg_store)
    assert again.schema_version() == MIGRATIONS[-1][0] >= 3
    assert again.count() == len(ROWS) and again.get("unit:1").victim_names == ("Name 1",)
    assert again.link("other:0", "unit:3", audit=AuditEntry.now("alice", "confirm-link")
                      )[0].linked_ids  # the links table is back
    assert [(e.who, e.action) for e in again.audit_log()] == [("alice", "confirm-link")]
    with _pg(again) as conn:  # every row has its public id, and finds its incident by it
        pairs = conn.execute("SELECT id, public_id FROM incidents").fetchall()
        (key,) = conn.execute("SELECT value FROM incmap_meta WHERE name = 'id_key'").fetchone()
    assert pairs and all(pub for _, pub in pairs)
    assert {again.get_public(pub).id for _, pub in pairs} == {i for i, _ in pairs}
    assert again.id_key == bytes.fromhex(key)
    again.close()


def test_postgis_refuses_a_newer_schema(pg_store):
    with _pg(pg_store) as conn:
        conn.execute("INSERT INTO incmap_schema (version, description) VALUES (99, 'future')")
    with pytest.raises(StoreError, match="newer"):
        reopen(pg_store)


def test_postgis_a_failed_write_changes_nothing(pg_store):
    before = {i.id: i for i in pg_store.query()}
    with _pg(pg_store) as conn:
        conn.execute("CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                     "RAISE EXCEPTION 'boom'; END $$")
        conn.execute("CREATE TRIGGER boom BEFORE INSERT ON incidents FOR EACH ROW "
                     "WHEN (NEW.id = 'new:2') EXECUTE FUNCTION boom()")
    fresh = [Incident(date="2018-01-0%d" % (k + 1), killed=1, lon=36.5, lat=35.5, dataset="new",
                      source_id=str(k)) for k in range(5)]
    changed = incidents()
    changed[0].killed = 99
    with pytest.raises(StoreError, match="boom"):
        pg_store.add_many(changed + fresh)
    assert {i.id: i for i in pg_store.query()} == before
    assert pg_store.get("new:0") is None


def test_postgis_readonly_and_missing(pg_store, postgres_url):
    from geo.store.pgcluster import schema_url

    with pytest.raises(StoreError, match="no incident store"):
        open_store(schema_url(postgres_url, "no_such_schema"), readonly=True)
    ro = reopen(pg_store, readonly=True)
    assert ro.count() == len(ROWS)
    with pytest.raises(StoreError, match="read-only"):
        ro.add_many(incidents())
    ro.close()


def test_postgis_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot connect to the PostGIS incident store "
                                         r"postgresql://incmap:\*\*\*@/nowhere"):
        open_store("postgresql://incmap:secret@/nowhere?host=/nonexistent-socket-dir")


def test_an_area_s_sums_and_list_read_without_an_object_per_row(store):
    """/api/map/area's incidents (service.planning.area_summary, one vectorised read and the listed
    records only) are those the store's Incident objects give, in both backends."""
    import geopandas as gpd
    import shapely
    from types import SimpleNamespace

    from geo.hazard import HazardParams
    from geo.importers.explosive import is_demining
    from geo.store.base import Filters
    from service.planning import area_summary

    product = SimpleNamespace(areas=gpd.GeoDataFrame({"id": []}, geometry=[], crs=4326))
    for box, end in (((35.5, 32.0, 42.5, 37.5), None), ((36.0, 35.0, 38.0, 37.0), None),
                     ((35.5, 32.0, 42.5, 37.5), "2016-12-31"), ((10, 10, 11, 11), None)):
        params = HazardParams(end=end)
        got = area_summary(shapely.box(*box), store, product, None, params)["incidents"]
        objects = [i for i in store.query(Filters.build(bbox=box, max_precision=2, end=params.end))
                   if shapely.contains_xy(shapely.box(*box), i.lon, i.lat)]
        assert got["count"] == len(objects) and got["killed"] == sum(i.killed or 0 for i in objects)
        assert got["by_category"] == dict(Counter(i.category for i in objects))
        assert got["by_cause"] == dict(Counter(i.cause for i in objects if i.cause))
        first = sorted(objects, key=lambda i: (not is_demining(i.cause, i.category), i.date))
        assert [x["id"] for x in got["listed"]] == [i.public(store.id_key)["id"] for i in first]
        assert [x["date"] for x in got["listed"]] == [i.date.isoformat() for i in first]
        assert all("Name" not in str(x) for x in got["listed"])  # names withheld
