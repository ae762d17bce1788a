"""The reference layers the project reads, and checking that a file is the layer it claims to be.

Each layer is a :class:`Layer`: its path inside the data directory, the fields
the project reads from it, how many features it must have, and who published it
(a key of :data:`geo.reference.sources.SOURCES`, which gives the licence and the
attribution). ``incmap data status`` and ``incmap data install`` check a file with
:func:`count_and_check`; every failure is a :class:`~geo.errors.DataError` naming
the file.

>>> [layer.key for layer in LAYERS][:3]
['adm1', 'adm2', 'adm3']
>>> LAYER_BY_KEY["ucdp"].license
'CC BY 4.0'
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError
from .sources import SOURCES

__all__ = ["Layer", "LAYERS", "LAYER_BY_KEY", "count_and_check", "file_fields"]


@dataclass(frozen=True)
class Layer:
    """One reference layer the project reads."""

    key: str
    path: str
    title: str
    fields: tuple[str, ...]
    source: str  # a key of SOURCES: who published it, under which licence
    source_url: str  # where a user gets the file from its publisher
    required: bool = True
    min_features: int = 1  # a raster's: its pixels
    extra_paths: tuple[str, ...] = field(default=())
    shipped: tuple[str, ...] = ()  # the file's name as its publisher ships it (found by it)

    @property
    def all_paths(self) -> tuple[str, ...]:
        return (self.path, *self.extra_paths)

    @property
    def license(self) -> str:
        return SOURCES[self.source].license

    @property
    def attribution(self) -> str:
        return SOURCES[self.source].attribution


_COD_AB = "https://data.humdata.org/dataset/cod-ab-syr"
_COD_PP = "https://data.humdata.org/dataset/syria-populated-places"
_NE = "https://www.naturalearthdata.com/downloads/"

LAYERS: tuple[Layer, ...] = (
    Layer("adm1", "admin/syr_adm1_ocha_codab_20201217.geojson", "Governorates (ADM1)",
          ("adm1_pcode", "adm1_name", "adm1_name1"), "ocha", _COD_AB, min_features=14),
    Layer("adm2", "admin/syr_adm2_ocha_codab_20201217.geojson", "Districts (ADM2)",
          ("adm2_pcode", "adm2_name", "adm2_name1", "adm1_pcode"), "ocha", _COD_AB,
          min_features=60),
    Layer("adm3", "admin/syr_adm3_ocha_codab_20201217.geojson", "Sub-districts (ADM3)",
          ("adm3_pcode", "adm3_name", "adm3_name1", "adm2_pcode", "adm1_pcode"), "ocha", _COD_AB,
          min_features=270),
    Layer("communities", "gazetteer/syr_adm4_communities_ocha_2015.geojson",
          "Communities (villages, towns, cities)",
          ("PCODE", "NAME_EN", "NAME_ARA", "ADMIN3_COD", "ADMIN2_COD", "ADMIN1_COD"), "ocha",
          _COD_PP, min_features=5000),
    Layer("neighbourhoods", "gazetteer/syr_adm5_damascus_neighbourhoods_ocha_2015.geojson",
          "Damascus neighbourhoods", ("HAY_EN", "HAY_PCODE", "CITY_PCODE"), "ocha", _COD_PP,
          required=False),
    Layer("aliases", "admin/opensyria/subdistricts.json", "OpenSyria administrative aliases",
          ("name", "aliases", "externalIds"), "opensyria", "https://github.com/opensyria",
          required=False,
          extra_paths=("admin/opensyria/districts.json", "admin/opensyria/governorates.json")),
    Layer("geonames", "gazetteer/geonames_cities500_SY.csv", "GeoNames places (cities500, SY)",
          ("geonameid", "name", "latitude", "longitude", "arabic_names", "alternatenames"),
          "geonames", "https://download.geonames.org/export/dump/SY.zip", required=False),
    Layer("ucdp", "incidents/ucdp_ged_syria_2016-01_2019-11.csv", "UCDP GED events, Syria",
          ("id", "date_start", "date_prec", "where_prec", "latitude", "longitude"), "ucdp",
          "https://ucdp.uu.se/downloads/", required=False),
    Layer("marks_2017", "control/wikipedia_detailed_map_marks_2017.csv",
          "Wikipedia detailed map control marks, mid-2017", ("lat", "lon", "faction"),
          "wikipedia", "https://en.wikipedia.org/wiki/Template:Syrian_civil_war_detailed_map",
          required=False),
    Layer("towns_2023", "control/wikipedia_towns_control_2023.csv",
          "Wikipedia towns and their controlling faction, mid-2023",
          ("name", "faction_mapped", "lat", "lon"), "wikipedia",
          "https://en.wikipedia.org/wiki/Cities_and_towns_during_the_Syrian_civil_war",
          required=False),
    # The map's context layers, clipped to its region (geo/reference/context.py); all optional.
    Layer("rivers", "context/ne_10m_rivers_syria.geojson",
          "Rivers and lake centerlines around Syria (Natural Earth 1:10m)",
          ("scalerank", "featurecla", "name"), "naturalearth",
          _NE + "10m-physical-vectors/10m-rivers-lake-centerlines/", required=False,
          shipped=("ne_10m_rivers_lake_centerlines.shp",)),
    Layer("lakes", "context/ne_10m_lakes_syria.geojson",
          "Lakes and reservoirs around Syria (Natural Earth 1:10m)",
          ("scalerank", "featurecla", "name"), "naturalearth",
          _NE + "10m-physical-vectors/10m-lakes/", required=False, shipped=("ne_10m_lakes.shp",)),
    Layer("roads", "context/ne_10m_roads_syria.geojson", "Roads around Syria (Natural Earth 1:10m)",
          ("scalerank", "featurecla", "type"), "naturalearth",
          _NE + "10m-cultural-vectors/roads/", required=False, shipped=("ne_10m_roads.shp",)),
    Layer("relief", "context/ne_50m_shaded_relief_syria.tif",
          "Shaded relief around Syria (Natural Earth 1:50m, cut with rasterio)", (),
          "naturalearth", _NE + "50m-raster-data/50m-shaded-relief/", required=False,
          min_features=100, shipped=("SR_50M.tif",)),
)
LAYER_BY_KEY = {layer.key: layer for layer in LAYERS}


def file_fields(path: Path) -> tuple[list[str], int]:
    """The field names of a layer file and its feature (row) count."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            with open(path, newline="", encoding="utf-8") as fh:
                reader = csv.reader(fh)
                header = next(reader, None)
                if header is None:
                    raise DataError(f"{path}: the file is empty (expected a CSV header line).")
                count = sum(1 for _ in reader)
            return [h.strip() for h in header], count
        if suffix in (".tif", ".tiff"):
            return _raster_fields(path)
        if suffix == ".json":
            with open(path, encoding="utf-8") as fh:
                records = json.load(fh)
            if not isinstance(records, list) or not records or not isinstance(records[0], dict):
                raise DataError(f"{path}: expected a JSON list of records.")
            return list(records[0].keys()), len(records)
        import pyogrio

        info = pyogrio.read_info(path)
        return list(info["fields"]), int(info["features"])
    except DataError:
        raise
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}).") from exc
    except Exception as exc:  # pyogrio/GDAL, JSON and OS errors all mean "damaged"
        raise DataError(f"{path}: cannot be read as a {suffix or 'data'} file: {exc}") from exc


def _raster_fields(path: Path) -> tuple[list[str], int]:
    """A raster's bands (as its "fields") and its pixels (as its "features")."""
    import rasterio

    with rasterio.open(path) as ds:
        if ds.crs is None:
            raise DataError(f"{path}: the raster is not georeferenced (no CRS).")
        return [f"band{i}" for i in range(1, ds.count + 1)], ds.width * ds.height


def count_and_check(path: Path, layer: Layer) -> int:
    """Return the feature count, or raise DataError naming what is wrong."""
    fields, count = file_fields(path)
    lower = {f.lower() for f in fields}
    missing = [f for f in layer.fields if f.lower() not in lower]
    if missing:
        raise DataError(
            f"{path}: missing field(s) {', '.join(missing)} needed for layer "
            f"'{layer.key}' ({layer.title}); found fields: {', '.join(fields[:20])}"
        )
    if count < layer.min_features:
        raise DataError(
            f"{path}: only {count} features; layer '{layer.key}' needs at least "
            f"{layer.min_features}. The file looks truncated."
        )
    return count
