"""UCDP GED import: the whole real file, precision codes, reverse geocoding, control, bad rows."""

from __future__ import annotations

import subprocess
import datetime as dt
from collections import Counter

import pandas as pd
import pytest

from geo.errors import InputError
from geo.importers import enrich, import_file, read_file
from geo.incident import Incident
from geo.precision import DatePrecision, LocationPrecision
from geo.store import open_store


def _control_index(data):
    """The real control index over the bundled dataset."""
    from geo.control import ControlIndex

    return ControlIndex.load(data)


@pytest.fixture(scope="module")
def ged(data) -> pd.DataFrame:
    return pd.read_csv(data.path_of("ucdp"), dtype={"id": str})


@pytest.fixture(scope="module")
def loaded(data, gaz, tmp_path_factory):
    """The whole UCDP file imported once into a fresh store."""
    path = tmp_path_factory.mktemp("ucdp") / "incidents.gpkg"
    store = open_store(path)
    index = _control_index(data)
    report = import_file(data.path_of("ucdp"), "ucdp", store, data=data, gaz=gaz,
                         control_index=index)
    yield store, report, index
    store.close()


@pytest.mark.slow
def test_the_whole_file_loads(loaded, ged):
    store, report, _ = loaded
    assert len(ged) == 16_566
    assert report.rows == len(ged) and report.result.added == len(ged)
    assert report.skipped == [] and store.count() == len(ged)
    assert sorted(i.source_id for i in store.query()) == sorted(ged["id"])


@pytest.mark.slow
def test_ogrinfo_shows_every_feature(loaded):
    store, _, _ = loaded
    out = subprocess.run(["ogrinfo", "-so", store.path, "incidents"], capture_output=True, text=True,
                         check=True).stdout
    assert "Feature Count: 16566" in out


@pytest.mark.slow
def test_a_bulk_write_leaves_every_index_trigger_and_feature_text(loaded):
    """The whole file is one bulk write (gpkg.BULK_ROWS): its indexes, R-tree and pending
    feature texts are made after the rows, then its triggers are back."""
    from geo.store.gpkg import RTREE
    from geo.store.sqlfeatures import FEATURES, PENDING, feature_texts

    store, report, _ = loaded
    conn = store._conn()
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {f"{RTREE}_insert", f"{FEATURES}_insert"} <= triggers
    indexes = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' "
        "AND sql IS NOT NULL")}
    assert {"idx_incidents_id", "idx_incidents_window", "idx_incidents_public_id"} <= indexes
    assert conn.execute(f'SELECT count(*) FROM "{PENDING}"').fetchone() == (0,)
    assert conn.execute(f'SELECT count(*) FROM "{RTREE}"').fetchone() == (store.count(),)
    plain = [f for (f,) in conn.execute("SELECT fid FROM incidents WHERE event_id IS NULL "
                                        "ORDER BY fid")]
    stored = dict(conn.execute(f'SELECT fid, feature FROM "{FEATURES}"').fetchall())
    assert len(plain) > 10_000 and sorted(stored) == plain
    assert [stored[f] for f in plain[:3000]] == feature_texts(store, plain[:3000], store.id_key)


@pytest.mark.slow
def test_reimport_changes_nothing(loaded, data, gaz):
    store, _, index = loaded
    again = import_file(data.path_of("ucdp"), "ucdp", store, data=data, gaz=gaz,
                        control_index=index if index is not None else False)
    assert (again.result.added, again.result.updated, again.result.unchanged) == (0, 0, 16_566)
    assert store.count() == 16_566


@pytest.mark.slow
def test_precision_codes_are_mapped(loaded, ged):
    store, _, _ = loaded
    got = store.stats(group_by=[])[0]["incidents"]
    assert got == len(ged)
    incs = store.query()
    date_prec = Counter(i.date_precision for i in incs)
    want = Counter(DatePrecision.from_ucdp(v) for v in ged["date_prec"])
    assert date_prec == want and date_prec[DatePrecision.MONTH] == ((ged["date_prec"] == 3) | (ged["date_prec"] == 4)).sum()
    where = Counter(i.location_precision for i in incs)
    assert where == Counter(LocationPrecision.from_ucdp(v) for v in ged["where_prec"])


@pytest.mark.slow
def test_every_event_is_reverse_geocoded_into_the_right_governorate(loaded, ged, gaz):
    store, _, _ = loaded
    incs = {i.source_id: i for i in store.query()}
    # Every event is attributed as deep as its location precision allows, and no deeper.
    for i in incs.values():
        depth = {1: 3, 2: 3, 3: 2, 4: 1, 5: 1 if i.adm1_pcode else 0, 6: 0}[int(i.location_precision)]
        codes = (i.adm1_pcode, i.adm2_pcode, i.adm3_pcode)
        assert all(codes[:depth]) and not any(codes[depth:]), (i.id, i.location_precision, codes)
    assert sum(i.adm1_pcode is not None for i in incs.values()) == (ged["where_prec"] <= 4).sum() + (
        (ged["where_prec"] == 5) & ged["adm_1"].notna()).sum()
    # UCDP names the governorate of most events: our point-in-polygon must agree.
    named = ged[ged["adm_1"].notna()]
    codes = {a: gaz.resolve_unit(a.replace(" Governorate", "")) for a in named["adm_1"].unique()}
    assert None not in codes.values()
    agree = sum(codes[a] == incs[sid].adm1_pcode for sid, a in zip(named["id"], named["adm_1"]))
    assert agree / len(named) >= 0.98
    # Exact places (where_prec 1) sit at a community: the P-code names one within 5 km.
    exact = [incs[sid] for sid in ged.loc[ged["where_prec"] == 1, "id"]]
    assert sum(i.level == "community" for i in exact) / len(exact) >= 0.9


@pytest.mark.slow
def test_categories_and_perpetrators_follow_the_rules(loaded, ged):
    store, _, _ = loaded
    assert store.count(category="massacre") == (ged["deaths_civilians"] >= 5).sum()
    one_sided = ged[ged["type_of_violence"] == 3]
    attributed = store.count(dataset="ucdp") - sum(
        r["incidents"] for r in store.stats(group_by="perpetrator") if r["perpetrator"] is None)
    assert attributed == len(one_sided)
    regime = one_sided["side_a"].eq("Government of Syria").sum()
    assert store.count(perpetrator="REGIME") == regime
    assert store.count(perpetrator="ISIS") == one_sided["side_a"].eq("IS").sum()
    # killed counts civilians (deaths_civilians); UCDP's estimate of all deaths is kept apart.
    rows = store.stats(group_by="year")
    assert sum(r["killed"] for r in rows) == ged["deaths_civilians"].sum()
    assert sum(r["deaths_total"] for r in rows) == ged["best"].sum()
    incs = store.query()
    assert sum(i.deaths_low for i in incs) == ged["low"].sum()
    assert sum(i.deaths_high for i in incs) == ged["high"].sum()


@pytest.mark.slow
def test_a_country_level_aggregate_is_attributed_to_no_governorate(loaded, ged):
    """GED's yearly country-level aggregates sit at UCDP's country centroid (in Hama): they are
    not Hama's, not January's, and their deaths are not civilians unless UCDP says so."""
    store, _, _ = loaded
    row = ged.set_index("id").loc["233200"]
    assert (row["where_prec"], row["date_prec"], row["best"]) == (6, 5, 8179)
    inc = store.get("ucdp:233200")
    assert inc.location_precision is LocationPrecision.COUNTRY and inc.lon is not None
    assert (inc.adm1_pcode, inc.adm2_pcode, inc.adm3_pcode, inc.pcode) == (None, None, None, None)
    assert inc.killed == row["deaths_civilians"] == 0 and inc.deaths_total == 8179
    assert inc.date_interval == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    country = ged[ged["where_prec"] >= 6]
    assert store.count(max_precision=6, min_precision=6) == len(country)
    assert all(i.adm1_pcode is None for i in store.query(min_precision=6))
    # Nothing of a country-level event is counted under any governorate.
    by_adm1 = {r["adm1_pcode"]: r for r in store.stats(group_by="adm1")}
    assert by_adm1[None]["incidents"] == len(country) + (
        (ged["where_prec"] == 5) & ged["adm_1"].isna()).sum()


@pytest.mark.slow
def test_coarse_locations_take_the_units_ucdp_names(loaded, ged, gaz):
    store, _, _ = loaded
    incs = {i.source_id: i for i in store.query(min_precision=3, max_precision=5)}
    checked = 0
    for sid, where, adm1, adm2 in ged[["id", "where_prec", "adm_1", "adm_2"]].itertuples(index=False):
        if where not in (3, 4, 5) or not isinstance(adm1, str):
            continue
        inc = incs[sid]
        assert inc.adm1_pcode == gaz.resolve_unit(adm1, "adm1"), (sid, adm1)
        if where == 3:
            named = gaz.resolve_unit(adm2, "adm2") if isinstance(adm2, str) else None
            # The district UCDP names when the gazetteer knows it; else the one the point is in.
            assert inc.adm2_pcode and inc.adm2_pcode.startswith(inc.adm1_pcode)
            assert named is None or inc.adm2_pcode == named, (sid, adm2)
        checked += 1
    assert checked > 900


@pytest.mark.slow
def test_monthly_stats_match_a_direct_computation(loaded, ged):
    """stats for Hama in January 2016 = the CSV's rows of Hama whose whole span is in January,
    summing deaths_civilians (the same rules, computed with pandas)."""
    store, _, _ = loaded
    rows = {(r["month"], r["adm1_pcode"]): r for r in store.stats(group_by=("month", "adm1"))}
    hama = rows[("2016-01", "SY05")]
    span = (ged["date_start"].str[:7] == "2016-01") & (ged["date_end"].str[:7] == "2016-01")
    want = ged[span & (ged["adm_1"] == "Hamah Governorate") & (ged["where_prec"] <= 5)]
    # Points of precise events near a boundary may fall in a neighbour: within 5 %.
    assert abs(hama["incidents"] - len(want)) <= max(2, 0.05 * len(want))
    assert abs(hama["killed"] - want["deaths_civilians"].sum()) <= max(2, 0.05 * want["deaths_civilians"].sum())
    assert hama["killed"] < 100 and hama["deaths_total"] < 1000   # not the 16,681 of the bug
    # Year-long and other multi-month spans are in the "imprecise" group, in no month.
    multi = ged[ged["date_start"].str[:7] != ged["date_end"].str[:7]]
    imprecise = [r for (m, _), r in rows.items() if m == "imprecise"]
    assert sum(r["incidents"] for r in imprecise) == len(multi)
    assert sum(r["killed"] for r in imprecise) == multi["deaths_civilians"].sum()
    # A window of January 2016 does not hold a span that runs past it.
    jan = store.query(start="2016-01", end="2016-01")
    assert all(i.date_interval[1] <= dt.date(2016, 1, 31) for i in jan)
    assert len(jan) == span.sum()
    assert store.get("ucdp:233200") in store.query(start="2016", end="2016")


@pytest.mark.slow
def test_every_event_is_control_tagged(loaded):
    store, report, index = loaded
    assert index is not None, "the bundled control dataset did not load"
    assert report.control_tagged + store.count(control="UNKNOWN") == 16_566
    # Every event inside the control data's coverage gets a known force; before it, UNKNOWN.
    first, last = index.coverage
    assert report.control_tagged == store.count(start=first, end=last)
    assert store.count(control="UNKNOWN", start=first, end=last) == 0
    assert store.count(control="GOV") > 1000
    assert store.count(control="ISIS") > 100


def test_control_tagging_uses_the_index_interface(data, gaz, tmp_path):
    """enrich() writes what ControlIndex.control_many answers, point by point, with the date."""
    path = _sample(data, tmp_path, 5)
    batch = read_file(path, "ucdp")
    seen = {}

    class Index:
        def control_many(self, lons, lats, dates, front=True):
            seen.update(lons=list(lons), dates=list(dates), front=front)
            forces = ["GOV", "ISIS", "SDF", "UNKNOWN", "HTS_OPP"]
            present = [("GOV",), ("ISIS",), ("SDF", "GOV"), ("UNKNOWN",), ("HTS_OPP",)]
            return pd.DataFrame({"force": forces, "forces": present})

    info = enrich(batch, gaz=gaz, control_index=Index())
    assert seen["lons"] == [i.lon for i in batch.incidents]
    assert seen["dates"] == [i.date for i in batch.incidents] and seen["front"] is False
    assert [i.computed_control for i in batch.incidents] == ["GOV", "ISIS", "SDF", "UNKNOWN", "HTS_OPP"]
    assert batch.incidents[2].computed_forces == ("SDF", "GOV")
    assert info["control_tagged"] == 4


# -- bad input ------------------------------------------------------------------------------
def _sample(data, tmp_path, n: int, edit=None, encoding="utf-8") -> str:
    """The header and the first ``n`` rows of the real file, optionally edited."""
    lines = data.path_of("ucdp").read_text(encoding="utf-8").splitlines()[: n + 1]
    if edit:
        lines = edit(lines)
    out = tmp_path / "ged.csv"
    out.write_bytes(("\n".join(lines) + "\n").encode(encoding, errors="replace"))
    return str(out)


def _replace_field(lines, row: int, column: str, value: str):
    import csv
    import io

    header = next(csv.reader([lines[0]]))
    cells = next(csv.reader([lines[row]]))
    cells[header.index(column)] = value
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(cells)
    lines[row] = buf.getvalue()
    return lines


@pytest.mark.parametrize("column,value,field,message", [
    ("latitude", "95.2", "latitude", "impossible latitude"),
    ("longitude", "abc", "longitude", "not a number"),
    ("latitude", "33.8938", "latitude", "outside Syria"),          # with longitude 36.7: Lebanon
    ("date_start", "2031-01-01", "date_start", "in the future"),
    ("date_start", "2010-12-31", "date_start", "before 2011-03-01"),
    ("date_prec", "9", "date_prec", "unknown date_prec"),
    ("where_prec", "0", "where_prec", "unknown where_prec"),
    ("best", "-3", "best", "negative"),
    ("type_of_violence", "4", "type_of_violence", "unknown type_of_violence"),
    ("country", "Lebanon", "country", "not Syria"),
    ("id", "", "id", "required"),
])
def test_bad_rows_name_file_line_and_field(data, gaz, tmp_path, column, value, field, message):
    def edit(lines):
        lines = _replace_field(lines, 3, column, value)
        if message == "outside Syria":
            lines = _replace_field(lines, 3, "longitude", "35.55")
        return lines

    path = _sample(data, tmp_path, 5, edit)
    store = open_store(tmp_path / "s.gpkg")
    store.add(Incident(date="2016-01-01", killed=1, lon=36.7, lat=34.8, dataset="ucdp", source_id="x"))
    before = store.count()
    with pytest.raises(InputError) as err:
        import_file(path, "ucdp", store, gaz=gaz, control_index=False)
    e = err.value
    assert (e.source, e.line, e.field) == (path, 4, field), str(e)
    assert message in e.message
    assert store.count() == before  # nothing written


def test_lenient_skips_bad_rows_and_keeps_the_rest(data, gaz, tmp_path):
    def edit(lines):
        lines = _replace_field(lines, 2, "latitude", "95")
        return _replace_field(lines, 5, "date_start", "2099-01-01")

    path = _sample(data, tmp_path, 8, edit)
    store = open_store(tmp_path / "s.gpkg")
    report = import_file(path, "ucdp", store, gaz=gaz, control_index=False, lenient=True)
    assert [(e.line, e.field) for e in report.skipped] == [(3, "latitude"), (6, "date_start")]
    assert report.result.added == 6 == store.count()


def test_wrong_columns(tmp_path, gaz):
    path = tmp_path / "x.csv"
    path.write_text("id,date,lat,lon\n1,2016-01-01,35,36\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_file(path, "ucdp")
    assert err.value.line == 1 and err.value.field == "date_start"
    assert "missing columns date_start" in err.value.message


def test_broken_encoding_names_the_line(data, tmp_path):
    path = _sample(data, tmp_path, 5)
    raw = open(path, "rb").read().splitlines(keepends=True)
    raw[4] = raw[4].replace(b"1,", b"\xff\xfe1,", 1)  # Latin-1 bytes in a UTF-8 file
    open(path, "wb").write(b"".join(raw))
    with pytest.raises(InputError) as err:
        read_file(path, "ucdp")
    assert err.value.line == 5 and "not valid UTF-8" in err.value.message


def test_ragged_rows_are_refused(data, tmp_path):
    path = _sample(data, tmp_path, 4, lambda lines: lines[:3] + [lines[3] + ",extra"] + lines[4:])
    with pytest.raises(InputError) as err:
        read_file(path, "ucdp")
    assert err.value.line == 4 and "fields where the header has" in err.value.message


def test_progress_bar_goes_to_stderr(data, tmp_path, capsys):
    path = _sample(data, tmp_path, 3)
    batch = read_file(path, "ucdp", show_progress=True)
    assert len(batch.incidents) == 3
    assert capsys.readouterr().out == ""
