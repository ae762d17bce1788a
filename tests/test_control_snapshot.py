"""The control map of a day: clean geometry, one writer for the CLI and the API, the coverage end.

Snapshots at 20 dates from 2011 to 2026 over the bundled dataset are valid (Multi)Polygons,
wound by the right-hand rule (RFC 7946), without slivers, one per force and status, tiling
the country; ``incmap control snapshot`` writes the API's features; every answer past the
last verified day says how far past it is.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
import shapely
from click.testing import CliRunner

from geo.control.snapshot import SLIVER_WIDTH, control_snapshot_geojson, is_sliver
from incmap import cli

DATES = [dt.date(2011, 3, 20) + dt.timedelta(days=round(i * 5720 / 19)) for i in range(20)]


@pytest.fixture(scope="module")
def client(data, tmp_path_factory):
    from server import create_app
    from service.settings import Settings

    app = create_app(Settings(data_dir=str(data.root),
                              store_path=str(tmp_path_factory.mktemp("s") / "store.gpkg")))
    return app.test_client()


def _rings(geom):
    for poly in shapely.get_parts(geom):
        yield poly, poly.exterior, True
        for hole in poly.interiors:
            yield poly, hole, False


def test_twenty_snapshots_are_clean_and_tile_the_country(index, ref):
    country = shapely.union_all(ref.adm3.geometry.values)
    assert DATES[0].year == 2011 and DATES[-1].year == 2026 and len(set(DATES)) == 20
    for day in DATES:
        fc = control_snapshot_geojson(index, day)
        keys = [(f["properties"]["force"], f["properties"]["contested"]) for f in fc["features"]]
        assert len(keys) == len(set(keys)), (day, keys)  # one feature per force and status
        geoms = []
        for f in fc["features"]:
            assert f["geometry"]["type"] in ("Polygon", "MultiPolygon"), (day, f["id"])
            geom = shapely.geometry.shape(f["geometry"])
            assert geom.is_valid, (day, f["id"], shapely.is_valid_reason(geom))
            for _, ring, exterior in _rings(geom):
                # RFC 7946: exterior rings counter-clockwise, holes clockwise.
                assert ring.is_ccw == exterior, (day, f["id"])
                assert not is_sliver(ring), (day, f["id"], ring.length)
            geoms.append(geom)
        union = shapely.union_all(geoms)
        # The features tile the country: no gaps (beyond simplifying the outline), no overlaps.
        assert country.symmetric_difference(union).area < 0.002 * country.area, day
        assert sum(g.area for g in geoms) == pytest.approx(union.area, rel=1e-6), day


def test_sliver_rule_is_what_it_says():
    thin = shapely.box(0, 0, 1, SLIVER_WIDTH / 4).exterior
    wide = shapely.box(0, 0, 1, SLIVER_WIDTH * 4).exterior
    assert is_sliver(thin) and not is_sliver(wide)


def test_well_known_places_fall_in_the_right_feature(index, gaz):
    # Raqqa (C5710) in mid-2014 lies in the ISIS feature; Aleppo's west in 2013 in GOV's.
    for pcode, day, force in (("C5710", "2014-06-01", "ISIS"), ("C1007", "2013-06-01", "GOV")):
        place = gaz.get(pcode)
        fc = control_snapshot_geojson(index, day)
        holders = [f["properties"]["force"] for f in fc["features"]
                   if shapely.geometry.shape(f["geometry"]).buffer(0.005).contains(
                       shapely.Point(place.lon, place.lat))]
        assert force in holders, (pcode, day, holders)


def test_cli_file_equals_the_api_features(data, client, tmp_path):
    out = tmp_path / "snap.geojson"
    res = CliRunner().invoke(cli, ["--data", str(data.root), "control", "snapshot", "--date",
                                   "2015-06-01", "-o", str(out)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    doc = json.loads(out.read_text())
    api = client.get("/api/control/snapshot?date=2015-06-01").get_json()
    assert doc["features"] == api["features"]
    ogc = client.get("/collections/control-areas/items?datetime=2015-06-01&limit=100").get_json()
    assert ogc["features"] == api["features"]
    # Metadata: coverage, attribution (from geo.reference.sources) and licence.
    from geo.reference.sources import SOURCES

    assert doc["license"] == "CC BY-SA 4.0"
    assert SOURCES["ocha"].to_dict() in doc["attribution"]
    assert SOURCES["wikipedia"].to_dict() in doc["attribution"]
    assert doc["coverage"]["first"] == "2011-03-15" and doc["coverage"]["message"] == ""
    assert not [f for f in doc["features"] if f["geometry"]["type"] == "GeometryCollection"]


def test_end_of_coverage_is_said_everywhere(index, data, client, gaz):
    info = index.coverage_info
    day = info.verified_to + dt.timedelta(days=30)
    want = f"last verified {info.verified_to.isoformat()}; this answer is 30 days past it"
    manbij = gaz.get("C1767")
    # the engine
    answer = index.control_at(manbij.lon, manbij.lat, day)
    assert answer.days_past_verified == 30 and answer.coverage_note == want
    assert answer.layer == "bundled"
    assert index.control_at(manbij.lon, manbij.lat, info.verified_to).coverage_note == ""
    many = index.control_many([manbij.lon], [manbij.lat], [day])
    assert many["days_past_verified"].tolist() == [30] and many["layer"].tolist() == ["bundled"]
    # the API: a point, a batch, the snapshot, the OGC collection
    one = client.get(f"/api/control?lat={manbij.lat}&lon={manbij.lon}&date={day}").get_json()
    assert one["coverage_note"] == want and one["days_past_verified"] == 30
    batch = client.post("/api/control", json={"points": [
        {"lat": manbij.lat, "lon": manbij.lon, "date": day.isoformat()}]}).get_json()
    assert batch["results"][0]["coverage_note"] == want
    snap = client.get(f"/api/control/snapshot?date={day}").get_json()
    assert snap["coverage"]["message"] == want and snap["stale"] is False
    ogc = client.get(f"/collections/control-areas/items?datetime={day}").get_json()
    assert ogc["coverage"]["message"] == want
    # the CLI
    res = CliRunner().invoke(cli, ["--data", str(data.root), "control", "--lat", str(manbij.lat),
                                   "--lon", str(manbij.lon), "--date", day.isoformat()])
    assert res.exit_code == 0 and want in res.output
