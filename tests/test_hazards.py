"""Suspected hazard areas on the UCDP extract plus the SNHR report (the demo store).

Expected answers come from the incidents themselves (read back from the store), not
from the hazard module: membership by point-in-polygon, counts by summing the members.
"""

from __future__ import annotations

import csv
import io
import json
import random
import zipfile
import xml.etree.ElementTree as ET

import numpy as np
import pyogrio
import pytest
import shapely
from click.testing import CliRunner

from geo.errors import InputError
from geo.export.planning import IMSMA_HAZARD, hazard_export
from geo.hazard import HazardParams, build_hazards, group_points
from geo.hazard.areas import _distinct, candidate_pairs, to_utm
from geo.hazard.product import MAX_DISTANCE_M
from geo.importers.explosive import is_demining
from geo.precision import LocationPrecision
from geo.store import open_store
from test_api import built_demo_store, make_app


@pytest.fixture(scope="module")
def store_path(data, tmp_path_factory):
    return built_demo_store(data, tmp_path_factory)


@pytest.fixture(scope="module")
def incidents(store_path):
    store = open_store(store_path)
    try:
        return [i for i in store.query() if is_demining(i.cause, i.category)]
    finally:
        store.close()


@pytest.fixture(scope="module")
def public_id(store_path):
    """The store's public ids, which published products name incidents by (geo.privacy)."""
    store = open_store(store_path)
    key = store.id_key
    store.close()
    from geo.privacy import incident_public_id

    return lambda inc: incident_public_id(inc, key)


@pytest.fixture(scope="module")
def product(incidents, index, fronts):
    return build_hazards(incidents, distance_m=500, control_index=index, fronts=fronts)


@pytest.fixture(scope="module")
def published(incidents, index, fronts, public_id):
    """The product as the service publishes it: incidents named by their public ids."""
    return build_hazards(incidents, distance_m=500, control_index=index, fronts=fronts,
                         public_id=public_id)


def test_both_sources_feed_the_product(incidents, product):
    datasets = {i.dataset for i in incidents}
    assert {"ucdp", "snhr"} <= datasets
    assert len(product.incidents) == len(incidents) > 200
    assert set(product.incidents["dataset"]) == datasets


def test_every_located_incident_lies_in_exactly_one_area_whose_counts_match(incidents, product):
    areas = product.areas
    geoms = areas.geometry.to_numpy()
    members = {a: set(ids.split(";")) for a, ids in zip(areas["id"], areas["incident_ids"])}
    located = [i for i in incidents if i.location_precision is not None
               and i.location_precision <= LocationPrecision.NEAR]
    community = [i for i in located if i.location_precision <= LocationPrecision.COMMUNITY]
    assert len(community) > 100
    for inc in located:
        inside = np.flatnonzero(shapely.contains_xy(geoms, inc.lon, inc.lat))
        assert len(inside) == 1, inc.id
        assert inc.id in members[areas["id"].iloc[inside[0]]], inc.id
    by_id = {i.id: i for i in incidents}
    assert sum(len(m) for m in members.values()) == len(located)
    for row in areas.itertuples():
        mine = [by_id[i] for i in members[row.id]]
        assert row.incidents == len(mine)
        assert row.killed == sum(i.killed or 0 for i in mine)
        assert row.children == sum(i.children or 0 for i in mine)
        assert row.injured == sum(i.injured or 0 for i in mine)
        assert row.first_date == min(i.date for i in mine).isoformat()
        assert row.last_date == max(i.date for i in mine).isoformat()
        assert row.explosive_remnant == sum(i.cause == "explosive remnant" for i in mine)
        assert row.landmine + row.explosive_remnant == len(mine)
        precisions = {i.location_precision for i in mine}
        assert row.confidence == ("high" if precisions == {LocationPrecision.COMMUNITY} else
                                  "medium" if LocationPrecision.COMMUNITY in precisions else "low")


def test_coarse_incidents_are_counted_for_their_unit_never_drawn(incidents, product):
    coarse = [i for i in incidents if i.location_precision is None
              or i.location_precision > LocationPrecision.NEAR]
    assert coarse, "the extract has district- and governorate-level accidents"
    units = product.units
    ids = {m for s in units["incident_ids"] for m in s.split(";")}
    assert ids == {i.id for i in coarse}
    for inc in coarse:
        row = units[units["incident_ids"].str.split(";").map(lambda m: inc.id in m)].iloc[0]
        if inc.location_precision == LocationPrecision.DISTRICT and inc.adm2_pcode:
            assert row["unit_pcode"] == inc.adm2_pcode
        elif inc.adm1_pcode:
            assert row["unit_pcode"] == inc.adm1_pcode
    drawn = {m for s in product.areas["incident_ids"] for m in s.split(";")}
    assert not drawn & ids


def test_polygons_are_valid_disjoint_and_rfc7946(product):
    geoms = product.areas.geometry.to_numpy()
    assert shapely.is_valid(geoms).all()
    assert set(shapely.get_type_id(geoms)) <= {3, 6}  # Polygon, MultiPolygon
    tree = shapely.STRtree(geoms)
    a, b = tree.query(geoms, predicate="intersects")
    assert (a == b).all(), "two hazard areas overlap"
    doc = json.loads(hazard_export(product, "geojson"))
    for f in doc["features"]:
        g = f["geometry"]
        if g is None:
            assert f["properties"]["kind"] == "unit"
            continue
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for rings in polys:
            for k, ring in enumerate(rings):
                xy = np.asarray(ring)
                assert (xy[0] == xy[-1]).all()
                signed = np.sum(xy[:-1, 0] * xy[1:, 1] - xy[1:, 0] * xy[:-1, 1]) / 2
                # RFC 7946 3.1.6: exterior rings counter-clockwise, holes clockwise.
                assert (signed > 0) if k == 0 else (signed < 0)
    assert "crs" not in doc
    meta = doc["metadata"]
    assert meta["parameters"]["distance_m"] == 500.0
    assert {a["name"] for a in meta["attribution"]} >= {"UCDP", "OCHA"}
    assert "absence of incidents is not the absence of hazard" in meta["limits"]


def test_ids_are_deterministic(incidents, product, index, fronts):
    shuffled = list(incidents)
    random.Random(7).shuffle(shuffled)
    again = build_hazards(shuffled, distance_m=500, control_index=index, fronts=fronts)
    assert again.areas["id"].tolist() == product.areas["id"].tolist()
    assert shapely.equals(again.areas.geometry.to_numpy(), product.areas.geometry.to_numpy()).all()
    # An area whose incidents are unchanged keeps its id when others are dropped.
    keep = {m for s in product.areas["incident_ids"].iloc[:5] for m in s.split(";")}
    fewer = build_hazards([i for i in incidents if i.id in keep], distance_m=500)
    assert set(product.areas["id"].iloc[:5]) <= set(fewer.areas["id"])


def test_distance_nests_areas(incidents):
    small = build_hazards(incidents, distance_m=0)
    large = build_hazards(incidents, distance_m=5000)
    assert len(large.areas) < len(small.areas)
    big = [set(s.split(";")) for s in large.areas["incident_ids"]]
    for s in small.areas["incident_ids"]:
        members = set(s.split(";"))
        assert sum(members <= b for b in big) == 1  # each small area inside one large area


def test_date_range_and_causes(incidents):
    part = build_hazards(incidents, start="2018-01-01", end="2018-12-31")
    assert len(part.incidents) and (part.incidents["date"].str[:4] == "2018").all()
    only = build_hazards(incidents, causes=("explosive remnant",))
    assert set(only.incidents["cause"]) == {"explosive remnant"}
    with pytest.raises(InputError, match="distance"):
        HazardParams(distance_m=-5)
    with pytest.raises(InputError, match="unknown cause"):
        HazardParams(causes=("sorcery",))


def test_precision_community_draws_only_village_located_incidents(incidents, product):
    strict = build_hazards(incidents, precision="community")
    drawn = {m for s in strict.areas["incident_ids"] for m in s.split(";")}
    by_id = {i.id: i for i in incidents}
    assert drawn and all(by_id[m].location_precision == LocationPrecision.COMMUNITY for m in drawn)
    assert len(drawn) + strict.units["incidents"].sum() == len(incidents)
    # Smaller discs: the areas are smaller than with the near-located incidents drawn too.
    assert strict.areas["area_km2"].median() < product.areas["area_km2"].median()
    with pytest.raises(InputError, match="precision"):
        HazardParams(precision="street")


def test_the_largest_distance_bounds_the_work(incidents):
    """The worst request the API allows (every cause, near-located incidents drawn, the
    largest distance) is bounded in work, not timed: the grouping examines a few candidate
    pairs per distinct point (its cost and memory grow with the square of the distance where
    incidents are dense: at 50 km, 100,000 incidents took 16 s and 3.5 GB)."""
    assert MAX_DISTANCE_M == 10_000
    with pytest.raises(InputError, match="distance"):
        HazardParams(distance_m=MAX_DISTANCE_M + 1)
    drawn = [i for i in incidents if i.lon is not None and i.location_precision is not None
             and i.location_precision <= LocationPrecision.NEAR]
    x, y = to_utm([i.lon for i in drawn], [i.lat for i in drawn])
    r = np.array([i.radius_m or 2000 for i in drawn], float)
    first, _ = _distinct(x, y, r)
    pairs = len(candidate_pairs(x[first], y[first], r[first], distance_m=MAX_DISTANCE_M)[0])
    # 138 distinct points, 697 pairs at 10 km (382 at 500 m); 50 km would examine 2,088.
    assert pairs <= 8 * len(first), (pairs, len(first))
    worst = build_hazards(incidents, distance_m=MAX_DISTANCE_M, causes=("landmine",
                          "explosive remnant", "IED", "car bomb"))
    # Every disc is a 64-gon: the areas hold no more vertices than the discs unioned.
    assert shapely.get_num_coordinates(worst.areas.geometry.to_numpy()).sum() \
        <= 65 * len(worst.incidents)


def test_group_points_links_by_uncertainty():
    # 3 km apart with 1 km radii: linked at distance 1 km (3 <= 1 + 1 + 1), not at 0.5 km.
    x, y, r = np.array([0.0, 3000.0]), np.array([0.0, 0.0]), np.array([1000.0, 1000.0])
    assert group_points(x, y, r, distance_m=1000).tolist() == [0, 0]
    assert group_points(x, y, r, distance_m=500).tolist() == [0, 1]


def test_front_exposure_is_measured(product):
    areas = product.areas
    assert areas["front_id"].notna().all()
    assert (areas["front_distance_m"] >= 0).all() and (areas["front_days"] >= 1).all()
    acc = product.incidents
    drawn = acc["hazard_id"].str.startswith("HA-")
    assert acc.loc[drawn, "front_distance_m"].notna().all()
    assert acc.loc[~drawn, "front_distance_m"].isna().all()  # stand-in points are not measured
    history = json.loads(areas["control_history"].iloc[0])
    assert history[0]["from"] <= history[-1]["to"] and all(h["force"] for h in history)


def test_exports_in_every_format(product, tmp_path):
    n = len(product.areas) + len(product.units)
    text = hazard_export(product, "csv").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == n
    assert list(rows[0])[:len(IMSMA_HAZARD)] == [name for name, _ in IMSMA_HAZARD]
    assert {r["hazard_type"] for r in rows} == {"SHA"}
    assert all(r["param_distance_m"] == "500.0" for r in rows)
    acc = list(csv.DictReader(io.StringIO(hazard_export(product, "csv", what="accidents")
                                          .decode("utf-8"))))
    assert len(acc) == len(product.incidents)
    assert {r["accident_type"] for r in acc} <= {"Mine accident", "UXO/AXO accident"}
    path = tmp_path / "h.gpkg"
    path.write_bytes(hazard_export(product, "gpkg"))
    frame = pyogrio.read_dataframe(path, layer="hazards")
    assert len(frame) == n and set(frame["id"]) == set(r["hazard_localid"] for r in rows)
    meta = pyogrio.read_info(path, layer="hazards")["layer_metadata"]
    assert json.loads(meta["parameters"])["distance_m"] == 500.0
    kml = ET.fromstring(hazard_export(product, "kml"))
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    assert len(kml.findall(".//k:Placemark", ns)) == n
    assert "distance_m" in kml.find(".//k:Document/k:description", ns).text
    # KMZ, as for incidents: the same KML zipped (the export route offers it for every kind).
    with zipfile.ZipFile(io.BytesIO(hazard_export(product, "kmz"))) as archive:
        assert archive.namelist() == ["doc.kml"]
        assert archive.read("doc.kml") == hazard_export(product, "kml")


def test_http_and_cli(data, store_path, tmp_path, published):
    product = published
    client = make_app(data, store_path).test_client()
    r = client.get("/export/hazards.geojson?distance=500")
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/geo+json")
    doc = r.get_json()
    ids = {f["id"] for f in doc["features"] if f["properties"]["kind"] == "area"}
    assert ids == set(product.areas["id"])
    assert client.get("/export/fronts.csv").status_code == 200
    assert client.get("/export/hazards.geojson?distance=-1").status_code == 400
    assert client.get("/api/map/hazards?distance=10001").status_code == 400  # MAX_DISTANCE_M
    assert client.get("/export/hazards.geojson?causes=sorcery").status_code == 400
    assert client.get("/export/hazards.geojson?colour=red").status_code == 400
    # Pick an area: its own incidents are inside, and so is the front it touches.
    one = product.areas.sort_values("incidents").iloc[-1]
    area = client.get(f"/api/map/area?hazard={one['id']}").get_json()
    assert [(h["id"], h["share_inside"]) for h in area["hazards"]] == [(one["id"], 1.0)]
    listed = {i["id"] for i in area["incidents"]["listed"]}
    assert set(one["incident_ids"].split(";")) <= listed  # explosive accidents listed first
    assert all(i["front_distance_m"] >= 0 for i in area["incidents"]["listed"])
    assert area["incidents"]["count"] >= one["incidents"]
    drawn = client.get("/api/map/area", query_string={"polygon": json.dumps(
        shapely.geometry.mapping(shapely.box(36.0, 35.0, 37.0, 36.0)))}).get_json()
    assert drawn["fronts"]["length_km"] > 0 and drawn["incidents"]["count"] > 0
    assert client.get("/api/map/area?bbox=1,2,3").status_code == 400
    # No area drawn or picked: the box of Syria, every hazard area in it.
    whole = client.get("/api/map/area").get_json()
    assert {h["id"] for h in whole["hazards"]} == set(product.areas["id"])
    assert whole["incidents"]["count"] > drawn["incidents"]["count"]
    # Several: the part they share (the hazard area inside a box around it is the whole area;
    # inside a box elsewhere, nothing).
    w, s, e, n = one.geometry.bounds
    around = client.get(f"/api/map/area?bbox={w},{s},{e},{n}&hazard={one['id']}").get_json()
    assert (around["area_km2"], around["incidents"]["count"]) == (
        area["area_km2"], area["incidents"]["count"])
    apart = client.get(f"/api/map/area?bbox={e + 0.5},{n + 0.5},{e + 0.6},{n + 0.6}"
                       f"&hazard={one['id']}").get_json()
    assert apart["area_km2"] == 0 and apart["incidents"]["count"] == 0 and apart["hazards"] == []
    assert client.get("/api/map/hazards").get_json()["type"] == "FeatureCollection"
    assert client.get("/api/map/fronts?start=2017-01-01&end=2017-12-31").status_code == 200

    from incmap import cli

    out = tmp_path / "hz.csv"
    res = CliRunner().invoke(cli, ["--data", str(data.root), "--store", str(store_path), "export",
                                   "hazards", "-o", str(out), "--distance", "500"])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8").startswith("hazard_localid,")
    res = CliRunner().invoke(cli, ["--data", str(data.root), "export", "fronts", "-o",
                                   str(tmp_path / "f.geojson"), "--start", "2017-01-01"])
    assert res.exit_code == 0, res.output
    doc = json.loads((tmp_path / "f.geojson").read_text())
    assert doc["metadata"]["parameters"]["start"] == "2017-01-01" and doc["features"]
    # The command counts the features it wrote (the layers' JSON is not the incidents').
    assert f"bytes, {len(doc['features'])} " in res.output, res.output


def test_serve_builds_the_default_fronts_before_the_first_hazard_request(data, store_path, monkeypatch):
    # `incmap serve`'s warm-up calls API.warm_fronts: the first hazard request then reads the
    # fronts it built instead of building them (seconds of work a request would wait for).
    from geo.control.fronts import HistoricFronts
    from server import create_app
    from service.app import API
    from service.settings import Settings

    api = API(Settings(data_dir=str(data.root), store_path=str(store_path)))
    api.warm_fronts()

    def built_on_a_request(*args, **kwargs):
        raise AssertionError("front lines built while answering a request")

    monkeypatch.setattr(HistoricFronts, "build", built_on_a_request)
    r = create_app(api=api).test_client().get("/api/map/hazards?distance=500")
    assert r.status_code == 200 and r.get_json()["features"]
