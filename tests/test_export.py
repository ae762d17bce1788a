"""Exports for demining planners: RFC 7946 GeoJSON, GeoPackage, CSV with HXL, KML.

The records are placed at real OCHA communities (the gazetteer), and every
format is read back by an independent reader (json + shapely, geopandas,
``ogrinfo``, an XML parser), not by the writer itself.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import xml.etree.ElementTree as ET

import pytest
import shapely
from pyproj import Geod

from geo.export import (ATTRIBUTIONS, COLUMNS, HXL_ROW, circle_polygons, export_bytes,
                        export_rows, incident_feature, to_geojson)
from geo.incident import Incident
from geo.precision import LocationPrecision

HOSTILE = '<img src=x onerror=alert(1)>"><script>alert(2)</script>'
NAMES = ["Hanan al-Dreib", "Suhaila al-Mohammad"]
SYRIA = (35.5, 32.1, 42.6, 37.6)


def at(gaz, pcode, **kw):
    """An incident placed at a gazetteer unit, as the geocoder would place it."""
    p = gaz.get(pcode)
    level_precision = {"community": LocationPrecision.COMMUNITY, "adm1": LocationPrecision.GOVERNORATE,
                       "adm2": LocationPrecision.DISTRICT, "adm3": LocationPrecision.DISTRICT}
    return Incident(pcode=p.pcode, level=p.level, adm1_pcode=p.adm1_pcode, adm2_pcode=p.adm2_pcode,
                    adm3_pcode=p.adm3_pcode, lon=p.lon, lat=p.lat,
                    location_precision=level_precision[p.level], **kw)


@pytest.fixture(scope="module")
def incidents(gaz):
    return [
        at(gaz, "C5206", date=dt.date(2023, 7, 11), category="landmine", cause="landmine",
           perpetrator="OTHER_LANDMINE", killed=1, women=1, injured=1, victim_names=NAMES,
           place_text="Tishreen village, administratively a part of al-Ashara city",
           source_sentence="A woman, identified as Hanan al-Dreib, was killed by the explosion "
                           "of a landmine; it injured Suhaila al-Mohammad.",
           stated_control="GOV", computed_control="GOV", dataset="snhr", source_id="t1",
           source_url="https://snhr.org/report"),
        at(gaz, "C1767", date=dt.date(2023, 7, 14), category="killing", cause="other",
           perpetrator="SDF", killed=1, children=1, place_text="al-Hzaouna neighborhood, Manbij",
           computed_control="SDF", dataset="snhr", source_id="t2"),
        at(gaz, "SY09", date=dt.date(2023, 7, 16), category="landmine", cause="landmine",
           perpetrator="OTHER_LANDMINE", killed=1, children=1, injured=1,
           place_text="al-Qasabi badiya", computed_control="GOV", dataset="snhr", source_id="t3"),
        at(gaz, "C1255", date=dt.date(2018, 3, 2), date_precision="month", category="landmine",
           cause="explosive remnant", perpetrator="OTHER", killed=2, dataset="ucdp",
           source_id="t4", place_text=HOSTILE, source_title='=HYPERLINK("http://evil")'),
        Incident(date=dt.date(2019, 1, 5), category="landmine", killed=1, dataset="ucdp",
                 source_id="t5", place_text="somewhere unplaced"),
        at(gaz, "C1041", date=dt.date(2023, 7, 11), category="killing", cause="anti-armour rocket",
           perpetrator="REGIME", killed=1, computed_control="HTS_OPP", stated_control="HTS_OPP",
           dataset="snhr", source_id="t6"),
    ]


@pytest.fixture(scope="module")
def rows(incidents, gaz):
    return export_rows(incidents, gazetteer=gaz)


# --------------------------------------------------------------------------- RFC 7946

def ring_is_ccw(ring) -> bool:
    """Shoelace sign on raw coordinates: positive area = counter-clockwise."""
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
    return area > 0


def check_rfc7946(doc: dict) -> int:
    """Assert RFC 7946 rules on a FeatureCollection; return the number of positions checked."""
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc, "RFC 7946 removed the crs member"
    checked = 0

    def position(pos):
        nonlocal checked
        assert len(pos) in (2, 3)
        lon, lat = pos[0], pos[1]
        # Coordinate order: longitude first. Syria's longitudes (35.5-42.6) and latitudes
        # (32.1-37.6) overlap only in 35.5-37.6, so most swapped pairs fall outside.
        assert SYRIA[0] <= lon <= SYRIA[2] and SYRIA[1] <= lat <= SYRIA[3], pos
        checked += 1

    def polygon(rings):
        for i, ring in enumerate(rings):
            assert len(ring) >= 4 and ring[0] == ring[-1], "a linear ring is closed, >= 4 positions"
            for pos in ring:
                position(pos)
            # Right-hand rule: exterior counter-clockwise, holes clockwise.
            assert ring_is_ccw(ring) == (i == 0)

    for feat in doc["features"]:
        assert feat["type"] == "Feature" and "properties" in feat
        geom = feat["geometry"]
        if geom is None:
            continue
        if geom["type"] == "Point":
            position(geom["coordinates"])
        elif geom["type"] == "Polygon":
            polygon(geom["coordinates"])
        elif geom["type"] == "MultiPolygon":
            for rings in geom["coordinates"]:
                polygon(rings)
        else:
            raise AssertionError(f"unexpected geometry {geom['type']}")
    return checked


def test_rows_carry_what_planners_need(rows, gaz):
    tishreen = rows[0]
    assert list(tishreen) == list(COLUMNS)
    assert (tishreen["adm1_pcode"], tishreen["adm1_name"]) == ("SY09", gaz.get("SY09").name_en)
    assert tishreen["adm2_name"] == gaz.get(tishreen["adm2_pcode"]).name_en
    assert tishreen["adm3_name_ar"] == gaz.get(tishreen["adm3_pcode"]).name_ar
    assert (tishreen["community_pcode"], tishreen["community_name"]) == ("C5206", "Tishrine")
    assert tishreen["location_precision"] == 1 and tishreen["location_precision_name"] == "community"
    assert tishreen["radius_m"] == 2000
    assert (tishreen["killed"], tishreen["women"], tishreen["injured"]) == (1, 1, 1)
    assert tishreen["cause"] == "landmine" and tishreen["control"] == "GOV"
    assert tishreen["control_name"] == "Syrian regime forces" and tishreen["control_agrees"] is True
    # A governorate-level incident has no community and a wide radius.
    badiya = rows[2]
    assert badiya["community_pcode"] is None and badiya["radius_m"] >= 50_000
    assert rows[3]["date_precision"] == "month"


def test_victim_names_never_exported(rows, incidents, tmp_path):
    assert "victim_names" not in COLUMNS
    assert "[name withheld]" in rows[0]["source_sentence"]
    for fmt in ("geojson", "csv", "kml", "gpkg"):
        body = export_bytes(incidents, fmt)
        for name in NAMES:
            assert name.encode() not in body, (fmt, name)


def test_geojson_is_rfc7946(rows):
    doc = json.loads(json.dumps(to_geojson(rows, title="Landmines")))
    assert check_rfc7946(doc) == 5  # five placed incidents, one point each
    assert [f["id"] for f in doc["features"]] == [r["id"] for r in rows]
    unplaced = doc["features"][4]
    assert unplaced["geometry"] is None
    credited = {a["name"] for a in doc["metadata"]["attribution"]}
    assert {"OCHA", "Wikipedia contributors", "UCDP", "GeoNames",
            "Syrian Network for Human Rights (SNHR)"} <= credited
    assert all(a["license"] for a in doc["metadata"]["attribution"])


def test_streamed_geojson_is_the_collection_even_where_orjson_refuses(rows):
    from geo.export import geojson_chunks, metadata
    from geo.export.records import columns_of

    # The stream is written by orjson; a value it refuses (an integer past 64 bits, as a
    # hand-edited store may hold) is written by the standard library instead, same text.
    for big in (None, 2**70):
        chunk = [dict(r, killed=big) if big and i == 1 else r for i, r in enumerate(rows)]
        body = b"".join(geojson_chunks(iter([columns_of(chunk[:2]), columns_of(chunk[2:])]),
                                       metadata(chunk, title="Landmines")))
        doc = json.loads(body)
        assert doc["features"] == json.loads(json.dumps(to_geojson(chunk)["features"]))
        assert check_rfc7946(doc) == 5
    assert doc["features"][1]["properties"]["killed"] == 2**70


def test_attribution_only_as_applicable(incidents, gaz):
    only_snhr = export_rows([incidents[1]], gazetteer=gaz)
    names = {a["name"] for a in to_geojson(only_snhr)["metadata"]["attribution"]}
    assert "UCDP" not in names and ATTRIBUTIONS["ocha"]["name"] in names


def test_uncertainty_circles_are_metric_and_counter_clockwise(rows):
    doc = to_geojson(rows, circles=True)
    assert check_rfc7946(doc) > 5 * 16
    geod = Geod(ellps="WGS84")
    for row, feat in zip(rows, doc["features"]):
        if feat["geometry"] is None:
            continue
        ring = feat["geometry"]["coordinates"][0]
        assert ring_is_ccw(ring)
        # Every vertex lies radius_m from the centre on the ellipsoid (within 0.5 %).
        for lon, lat in ring[:-1]:
            _, _, dist = geod.inv(row["lon"], row["lat"], lon, lat)
            assert dist == pytest.approx(row["radius_m"], rel=0.005)


def test_circle_polygons_far_from_utm_central_meridian():
    # 35.8 E is west of UTM zone 37 (36-42 E): the buffer is still the right size.
    (poly,) = circle_polygons([35.8], [35.5], [10_000])
    geod = Geod(ellps="WGS84")
    area, _ = geod.geometry_area_perimeter(poly)
    assert area == pytest.approx(3.14159 * 10_000 ** 2, rel=0.01)  # CCW: positive area
    assert shapely.is_ccw(poly.exterior)


def test_csv_has_hxl_row_and_defuses_formulas(incidents, gaz):
    text = export_bytes(incidents, "csv", gazetteer=gaz).decode("utf-8")
    table = list(csv.reader(io.StringIO(text)))
    assert tuple(table[0]) == COLUMNS and tuple(table[1]) == HXL_ROW
    assert all(tag.startswith("#") for tag in table[1])
    assert len(table) == 2 + len(incidents)
    assert all(len(r) == len(COLUMNS) for r in table)
    record = dict(zip(table[0], table[2]))
    assert record["adm1_pcode"] == "SY09" and record["lon"] and record["killed"] == "1"
    # A cell a spreadsheet would run as a formula is quoted as text.
    hostile = dict(zip(table[0], table[2 + 3]))
    assert hostile["source_title"] == "'=HYPERLINK(\"http://evil\")"
    assert hostile["place_text"] == HOSTILE
    # The HXL tags agree with the project's own CSV (geo.incident.HXL_TAGS) where they overlap.
    from geo.incident import HXL_TAGS, hxl_key

    for column, tag in zip(table[0], table[1]):
        if column in HXL_TAGS:
            assert hxl_key(HXL_TAGS[column]) == hxl_key(tag), column


def test_kml_is_well_formed_and_escaped(incidents, gaz):
    body = export_bytes(incidents, "kml", gazetteer=gaz, circles=True)
    assert b"<script>" not in body and b"<img" not in body
    root = ET.fromstring(body)
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    marks = root.findall(".//k:Placemark", ns)
    assert len(marks) == len(incidents)
    hostile = [m for m in marks if m.get("id") == incidents[3].id][0]
    values = {d.get("name"): d.find("k:value", ns).text for d in hostile.findall(".//k:Data", ns)}
    assert values["place_text"] == HOSTILE  # the text survives, as text
    coords = marks[0].find(".//k:Point/k:coordinates", ns).text
    lon, lat = map(float, coords.split(","))
    assert SYRIA[0] <= lon <= SYRIA[2] and SYRIA[1] <= lat <= SYRIA[3]


def test_geopandas_reads_every_format(incidents, gaz, tmp_path):
    import geopandas as gpd

    for fmt in ("geojson", "gpkg", "kml"):
        path = tmp_path / f"landmines.{fmt}"
        path.write_bytes(export_bytes(incidents, fmt, gazetteer=gaz, layer="landmines"))
        frame = gpd.read_file(path)
        assert len(frame) == len(incidents), fmt
        assert frame.crs is not None and frame.crs.to_epsg() == 4326, fmt
        placed = frame[~frame.geometry.isna() & ~frame.geometry.is_empty]
        assert len(placed) == 5, fmt
        assert placed.geometry.x.between(35.5, 42.6).all(), fmt
    gpkg = tmp_path / "landmines.gpkg"
    frame = gpd.read_file(gpkg, layer="landmines")
    assert frame.loc[0, "adm1_name"] == gaz.get("SY09").name_en
    assert int(frame.loc[0, "radius_m"]) == 2000


def test_gpkg_circles_layer_and_metadata(incidents, gaz, tmp_path):
    import pyogrio

    path = tmp_path / "c.gpkg"
    path.write_bytes(export_bytes(incidents, "gpkg", gazetteer=gaz, circles=True, layer="landmines"))
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert layers == {"landmines", "landmines_uncertainty"}
    info = pyogrio.read_info(path, layer="landmines")
    assert "OCHA" in info["layer_metadata"]["attribution"]
    circles = pyogrio.read_dataframe(path, layer="landmines_uncertainty")
    assert set(circles.geometry.dropna().geom_type) == {"Polygon"}


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "csv", "kml"])
def test_ogrinfo_opens_every_format(fmt, incidents, gaz, tmp_path):
    path = tmp_path / f"landmines.{fmt}"
    path.write_bytes(export_bytes(incidents, fmt, gazetteer=gaz, circles=fmt != "csv",
                                  layer="landmines"))
    out = subprocess.run(["ogrinfo", "-ro", "-al", "-so", str(path)], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    # The HXL row is a data row to GDAL's CSV driver: one more than the incidents.
    expected = len(incidents) + (1 if fmt == "csv" else 0)
    assert f"Feature Count: {expected}" in out.stdout, out.stdout


def test_export_fills_control_for_incidents_stored_without_it(incidents, gaz, data):
    from geo.control import ControlIndex

    idx = ControlIndex.load(data)
    unplaced_control = incidents[3]  # Shawa, 2018, stored without computed control
    assert unplaced_control.computed_control is None
    (row,) = export_rows([unplaced_control], gazetteer=gaz, control_index=idx)
    expected = idx.control_at(unplaced_control.lon, unplaced_control.lat, unplaced_control.date)
    assert row["control"] == expected.force and row["control_name"] == expected.name


def test_api_feature_shows_names_only_when_asked(incidents):
    public = incident_feature(incidents[0])
    assert "victim_names" not in public["properties"]
    assert "Hanan" not in json.dumps(public)
    private = incident_feature(incidents[0], names=True)
    assert private["properties"]["victim_names"] == NAMES
    assert public["geometry"]["type"] == "Point"


# --------------------------------------------------------------------------- the command line

def test_incmap_export_landmines(data, tmp_path, tmp_path_factory):
    from click.testing import CliRunner

    from incmap import cli
    from test_api import built_demo_store

    store = built_demo_store(data, tmp_path_factory)
    runner = CliRunner()
    out = tmp_path / "landmines.geojson"
    result = runner.invoke(cli, ["--store", str(store), "export", "landmines", "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert check_rfc7946(doc) >= 2
    assert {f["properties"]["category"] for f in doc["features"]} == {"landmine"}
    gpkg = tmp_path / "dz.gpkg"
    result = runner.invoke(cli, ["--store", str(store), "export", "landmines", "-o", str(gpkg),
                                 "--circles", "--adm1", "SY09"])
    assert result.exit_code == 0, result.output
    import pyogrio

    assert {n for n, _ in pyogrio.list_layers(gpkg)} == {"landmines", "landmines_uncertainty"}
    # Errors name the problem and write nothing.
    bad = runner.invoke(cli, ["--store", str(store), "export", "incidents", "-o",
                              str(tmp_path / "x.csv"), "--datetime", "2023-13-01"])
    assert bad.exit_code != 0 and "datetime" in bad.output and not (tmp_path / "x.csv").exists()
    bad = runner.invoke(cli, ["--store", str(store), "export", "incidents", "-o",
                              str(tmp_path / "x.txt")])
    assert bad.exit_code != 0 and "format" in bad.output
    bad = runner.invoke(cli, ["--store", str(tmp_path / "none.gpkg"), "export", "landmines", "-o",
                              str(tmp_path / "y.csv")])
    assert bad.exit_code != 0 and "no incident store" in bad.output
