"""service.mapdata: the web map's data functions, on a store seeded from the real UCDP GED extract."""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pytest
import shapely

from service import mapdata
from geo.control.snapshot import control_snapshot_geojson
from geo.errors import InputError
from geo.force import FORCES

UCDP = "incidents/ucdp_ged_syria_2016-01_2019-11.csv"


def seed_store(path, data, gaz, extra=()):
    """A GeoPackage store with the real UCDP GED extract, imported by the project's own
    pipeline (read, place, control-tag, one transaction), plus ``extra`` incidents."""
    from geo.importers import Batch, enrich, import_file
    from geo.store import open_store

    store = open_store(path)
    report = import_file(data.root / UCDP, "ucdp", store, data=data, gaz=gaz)
    assert report.result.added == 16566 and not report.skipped
    if extra:
        batch = Batch("test", "test")
        for n, inc in enumerate(extra, start=1):
            batch.add(inc, n)
        enrich(batch, gaz=gaz)
        store.add_many(batch.incidents)
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory, data, gaz):
    s = seed_store(tmp_path_factory.mktemp("mapdata") / "ucdp.gpkg", data, gaz)
    yield s
    s.close()


def _count(fc):
    return sum(f["properties"].get("count", 1) if f["properties"].get("cluster") else 1
               for f in fc["features"])


# --------------------------------------------------------------------------- incidents

def test_small_window_sends_each_incident_with_popup_fields(store):
    fc = mapdata.incidents_for_view(store, "35.5,32,42.5,37.5", "2017-01-01", "2017-01-10", 10)
    assert fc["mode"] == "points" and not fc["clustered"]
    # Incidents known only to a governorate, an area or the country are not drawn (their point
    # is a centroid): they are counted apart, and the drawn and undrawn make up the window.
    assert fc["total"] == store.count(start="2017-01-01", end="2017-01-10", max_precision=3) > 20
    assert fc["total"] + fc["not_drawn"] == store.count(start="2017-01-01", end="2017-01-10")
    assert len(fc["features"]) == fc["total"]
    for f in fc["features"]:
        p = f["properties"]
        assert "2017-01-01" <= p["date"] <= "2017-01-10"
        assert p["category"] in ("killing", "massacre")
        assert p["computed_control"] in FORCES
        assert p["adm1_pcode"].startswith("SY")
        assert "victim_names" not in p and "source_sentence" not in p
        lon, lat = f["geometry"]["coordinates"]
        assert 35.5 <= lon <= 42.5 and 32 <= lat <= 37.5


def test_bbox_and_category_filter(store):
    box = (36.0, 35.5, 37.5, 36.8)  # Aleppo and Idlib
    fc = mapdata.incidents_for_view(store, box, "2016-01-01", "2016-12-31", 12, "massacre")
    assert fc["total"] == store.count(bbox=box, start="2016-01-01", end="2016-12-31",
                                      category="massacre", max_precision=3)
    assert fc["total"] > 0
    assert {f["properties"]["category"] for f in fc["features"]} == {"massacre"}
    assert all(box[0] <= f["geometry"]["coordinates"][0] <= box[2] for f in fc["features"])


def test_many_incidents_are_grid_clustered_and_nothing_is_lost(store):
    window = dict(start="2017-01-01", end="2017-12-31")
    fc = mapdata.incidents_for_view(store, None, zoom=7, **window)
    assert fc["mode"] == "grid" and fc["clustered"]
    assert _count(fc) == fc["total"] == store.count(**window, max_precision=3) > mapdata.points_limit(7)
    clusters = [f for f in fc["features"] if f["properties"].get("cluster")]
    assert clusters and len(fc["features"]) < fc["total"] / 10
    for f in clusters:
        p = f["properties"]
        w, s, e, n = p["bbox"]
        lon, lat = f["geometry"]["coordinates"]
        assert w - 1e-5 <= lon <= e + 1e-5 and s - 1e-5 <= lat <= n + 1e-5
        assert sum(p["forces"].values()) == p["count"] >= 2
        assert p["computed_control"] == max(p["forces"], key=p["forces"].get)
    # Killed adds up too.
    killed = sum(i.killed for i in store.query(**window, max_precision=3))
    assert sum(f["properties"]["killed"] for f in fc["features"]) == killed


def test_grid_clusters_are_the_incidents_of_their_cells(store):
    """The clusters, made from column arrays, are the incidents of each cell and category
    (grouped here from Incident objects): their count, killed, forces, box and centre, and a
    cell of one incident is that incident, with its popup's fields."""
    from collections import Counter

    window = dict(start="2017-01-01", end="2017-06-30")
    fc = mapdata.incidents_for_view(store, "36,35,38,37", zoom=8, **window)
    assert fc["mode"] == "grid"
    found = [i for i in store.query(bbox=(36, 35, 38, 37), max_precision=3, **window)
             if i.lon is not None]
    cells = mapdata.grid_cells([i.lon for i in found], [i.lat for i in found], 8)
    groups: dict = {}
    for inc, cell in zip(found, cells.tolist()):
        groups.setdefault((inc.category, cell), []).append(inc)
    assert len(fc["features"]) == len(groups)
    for f, ((category, cell), members) in zip(fc["features"], groups.items()):
        p = f["properties"]
        if len(members) == 1:
            assert f["id"] == p["id"] == members[0].public(store.id_key)["id"]
            assert p == mapdata.incident_properties(members[0], store.id_key)
            continue
        forces = Counter(m.computed_control or "UNKNOWN" for m in members)
        assert f["id"] == f"cluster:{category}:{cell}"
        assert (p["count"], p["killed"]) == (len(members), sum(m.killed for m in members))
        assert p["forces"] == dict(forces) and p["computed_control"] == forces.most_common(1)[0][0]
        lons, lats = [m.lon for m in members], [m.lat for m in members]
        assert p["bbox"] == [round(v, 4) for v in (min(lons), min(lats), max(lons), max(lats))]
        assert f["geometry"]["coordinates"] == pytest.approx(
            [sum(lons) / len(lons), sum(lats) / len(lats)], abs=1e-4)


def test_a_country_level_event_is_never_drawn_as_a_point(store):
    """UCDP's country-level events sit at the country's centroid (in Hama); governorate-level
    ones at the governorate's: no view draws them there, in any mode."""
    country = [i for i in store.query(min_precision=4)]
    assert any(i.location_precision == 6 for i in country) and len(country) > 1000
    coarse_ids = {i.id for i in country}
    lon, lat = store.get("ucdp:233200").lon, store.get("ucdp:233200").lat
    box = (lon - 0.05, lat - 0.05, lon + 0.05, lat + 0.05)
    assert store.count(bbox=box, start="2016-01-01", end="2016-12-31", min_precision=6) >= 6
    for args in ((box, "2016-01-01", "2016-12-31", 12),       # points
                 (None, "2016-01-01", "2016-12-31", 7),       # grid
                 (None, None, None, 6)):                      # sub-district sums
        fc = mapdata.incidents_for_view(store, *args)
        for f in fc["features"]:
            p = f["properties"]
            assert f["id"] not in coarse_ids
            assert p.get("cluster") or p["location_precision"] <= mapdata.DRAWN_MAX_PRECISION
        window = {"start": args[1], "end": args[2]}
        assert fc["not_drawn"] == store.count(**window, min_precision=4) > 0
    # Those whose governorate is known are in the choropleth; the country-level ones are not.
    g = mapdata.governorate_counts(store, "2016-01-01", "2016-12-31")
    assert g["unplaced"] == store.count(start="2016", end="2016", min_precision=5) - sum(
        1 for i in store.query(start="2016", end="2016", min_precision=5) if i.adm1_pcode)


def test_popup_fields_carry_the_span_and_all_deaths(store):
    fc = mapdata.incidents_for_view(store, "35.5,32,42.5,37.5", "2016-01-01", "2016-01-31", 12,
                                    max_points=5000)
    props = {f["id"]: f["properties"] for f in fc["features"]}
    spans = [p for p in props.values() if "date_end" in p]
    assert spans and all(p["date"] < p["date_end"] <= "2016-01-31" for p in spans)
    assert all(p["deaths_total"] >= p["killed"] for p in props.values())


def test_clusters_get_finer_with_zoom(store):
    counts = [len(mapdata.incidents_for_view(store, None, "2017-01-01", "2017-12-31", z)["features"])
              for z in (5, 7, 9)]
    assert counts[0] < counts[1] < counts[2]


def test_huge_views_use_the_stores_subdistrict_sums(store, ref):
    fc = mapdata.incidents_for_view(store, None, None, None, 6)
    assert fc["total"] == store.count(max_precision=3) > mapdata.GRID_MAX
    assert fc["mode"] == "subdistrict" and fc["total"] + fc["not_drawn"] == 16566
    assert _count(fc) == fc["total"]
    # Each sum sits inside its own sub-district (district, for district-level incidents).
    units = {8: ref.adm3, 6: ref.adm2}
    districts = [f for f in fc["features"] if len(f["properties"]["unit"]) == 6]
    assert districts and sum(f["properties"]["count"] for f in districts) == store.count(
        max_precision=3, min_precision=3)
    for f in fc["features"][:50] + districts[:20]:
        point = shapely.Point(f["geometry"]["coordinates"])
        unit = f["properties"]["unit"]
        assert units[len(unit)].loc[unit].geometry.buffer(1e-6).contains(point)


def test_bad_parameters_name_the_field(store):
    cases = [
        (dict(bbox="1,2,3"), "bbox"),
        (dict(bbox="40,35,36,37"), "bbox"),
        (dict(bbox="nan,1,2,3"), "bbox"),
        (dict(start="2020-02-30"), "start"),
        (dict(start="2020-03-01", end="2020-02-01"), "start"),
        (dict(zoom=30), "zoom"),
        (dict(zoom="<script>"), "zoom"),
        (dict(category="<img src=x onerror=alert(1)>"), "category"),
    ]
    for kwargs, field in cases:
        with pytest.raises(InputError) as err:
            mapdata.incidents_geojson(store, **kwargs)
        assert err.value.field == field, kwargs


def test_grid_cells():
    cells = mapdata.grid_cells([36.0, 36.0001, 36.5], [35.0, 35.0001, 35.0], zoom=8)
    assert cells[0] == cells[1] != cells[2]
    assert mapdata.cell_size_deg(9) == pytest.approx(mapdata.cell_size_deg(8) / 2)
    # Cells are square on the screen: at 35°N a cell spans fewer degrees of latitude.
    lat_step = []
    for lat in np.arange(35.0, 36.0, 0.001):
        c = mapdata.grid_cells([36.0], [lat], zoom=10)[0]
        if not lat_step or c != lat_step[-1][1]:
            lat_step.append((lat, c))
    heights = np.diff([lat for lat, _ in lat_step])[1:]
    assert heights.mean() == pytest.approx(mapdata.cell_size_deg(10) * np.cos(np.radians(35.5)), rel=0.05)


def test_points_limit_rises_with_zoom():
    assert mapdata.points_limit(5) < mapdata.points_limit(8) < mapdata.points_limit(12)


# --------------------------------------------------------------------------- choropleth

def test_governorate_counts_add_up(store, gaz):
    g = mapdata.governorate_counts(store, "2017-01-01", "2017-12-31", gazetteer=gaz)
    assert len(g["governorates"]) == 14
    assert g["total"] == store.count(start="2017-01-01", end="2017-12-31")
    assert sum(x["count"] for x in g["governorates"]) + g["unplaced"] == g["total"]
    aleppo = next(x for x in g["governorates"] if x["pcode"] == "SY02")
    assert aleppo["name_ar"] == "حلب"
    assert aleppo["count"] == store.count(adm1="SY02", start="2017-01-01", end="2017-12-31") > 0
    only = mapdata.governorate_counts(store, "2017-01-01", "2017-12-31", "massacre", gazetteer=gaz)
    assert only["total"] == store.count(start="2017-01-01", end="2017-12-31", category="massacre")
    with pytest.raises(InputError):
        mapdata.governorate_counts(store, "2017-12-31", "2017-01-01")


# --------------------------------------------------------------------------- control

class _FakeIndex:
    """A control index over real governorate shapes (the real index is tested below)."""

    coverage = (dt.date(2017, 1, 1), dt.date(2025, 6, 30))

    def __init__(self, ref):
        self.ref = ref

    def snapshot(self, date):
        adm1 = self.ref.adm1
        rows = []
        for pcode in adm1.index:
            force = {"SY07": "GOV", "SY08": "SDF", "SY02": "GOV"}.get(pcode, "GOV")
            contested = pcode == "SY02"
            rows.append({"force": force, "contested": contested, "also": "SDF" if contested else "",
                         "confidence": "low" if contested else "high", "source": "test <b>src</b>",
                         "valid_from": dt.date(2020, 3, 6), "valid_to": None, "unit": pcode,
                         "geometry": adm1.loc[pcode].geometry})
        return gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)


def test_snapshot_merges_areas_with_the_same_attributes(ref):
    fc = control_snapshot_geojson(_FakeIndex(ref), "2023-07-09")
    assert fc["date"] == "2023-07-09" and fc["stale"] is False
    props = [f["properties"] for f in fc["features"]]
    assert len(props) == 3  # GOV, SDF, contested GOV+SDF
    gov = next(p for p in props if p["force"] == "GOV" and not p["contested"])
    assert gov["units"] == 12 and gov["colour"].startswith("#") and gov["valid_to"] is None
    contested = next(p for p in props if p["contested"])
    assert contested["forces"] == ["GOV", "SDF"] and contested["confidence"] == "low"
    assert contested["source"] == "test <b>src</b>"  # raw: the page escapes
    stale = control_snapshot_geojson(_FakeIndex(ref), "2026-01-01")
    assert stale["stale"] is True
    with pytest.raises(InputError) as err:
        control_snapshot_geojson(_FakeIndex(ref), "2023-13-01")
    assert err.value.field == "date"


def test_snapshot_of_the_real_control_index():
    from geo.control import ControlIndex

    idx = ControlIndex.load()
    fc = control_snapshot_geojson(idx, "2023-07-09")
    forces = {f["properties"]["force"] for f in fc["features"]}
    assert {"GOV", "HTS_OPP", "SNA", "SDF"} <= forces
    # Manbij (C1767) was SDF-held on that day: the SDF area contains it.
    manbij = shapely.Point(37.9533, 36.5281)
    holders = [f["properties"]["force"] for f in fc["features"]
               if shapely.geometry.shape(f["geometry"]).buffer(0.01).contains(manbij)]
    assert "SDF" in holders
    assert control_snapshot_geojson(idx, "2019-01-01") != fc
