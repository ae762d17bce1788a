"""Who made the data the project uses, under which licence, and how to credit them.

The one table of attributions: the reference layers (:mod:`geo.reference.layers`),
the exports' metadata (:mod:`geo.export`), the web map's attribution line and the
README all say what this table says.

>>> SOURCES["ocha"].license
'CC BY 3.0 IGO'
>>> credit_line(["ocha", "ucdp"]).startswith("OCHA (CC BY 3.0 IGO)")
True

:data:`DOWNLOADS` is the other half of the table: the official files
``incmap data install`` fetches, which layers each gives, and what is verified.

>>> [d.key for d in DOWNLOADS]
['cod-ab', 'cod-pp', 'geonames', 'ucdp-ged', 'ne-rivers', 'ne-lakes', 'ne-roads', 'ne-relief']
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

__all__ = ["Source", "SOURCES", "credit_line", "Download", "DOWNLOADS", "HDX_API"]


@dataclass(frozen=True)
class Source:
    """A publisher of data the project reads or ships, and how to credit it."""

    key: str
    name: str
    license: str
    text: str
    url: str

    @property
    def attribution(self) -> str:
        """One sentence: what they made, then the licence."""
        return f"{self.text}, {self.license}"

    def to_dict(self) -> dict:
        out = asdict(self)
        del out["key"]
        return out


SOURCES: dict[str, Source] = {s.key: s for s in (
    Source("ocha", "OCHA", "CC BY 3.0 IGO",
           "Administrative boundaries, P-codes and populated places: OCHA Common "
           "Operational Datasets (COD-AB / COD-PP) for the Syrian Arab Republic, via the "
           "Humanitarian Data Exchange",
           "https://data.humdata.org/dataset/cod-ab-syr"),
    Source("opensyria", "OpenSyria", "CC BY 4.0",
           "Administrative aliases: OpenSyria", "https://github.com/opensyria"),
    Source("geonames", "GeoNames", "CC BY 4.0",
           "Place names: GeoNames (geonames.org)", "https://www.geonames.org/"),
    Source("ucdp", "UCDP", "CC BY 4.0",
           "UCDP Georeferenced Event Dataset. Sundberg, Ralph and Erik Melander (2013) "
           "'Introducing the UCDP Georeferenced Event Dataset', Journal of Peace "
           "Research 50(4); and the GED codebook",
           "https://ucdp.uu.se/downloads/"),
    Source("wikipedia", "Wikipedia contributors", "CC BY-SA 4.0",
           "Control marks used to build the bundled control dataset (the "
           "controlling force columns) and the points of the city quarters of Aleppo "
           "and Homs (geo/data/places/quarters.csv): Wikipedia contributors",
           "https://en.wikipedia.org/wiki/Template:Syrian_civil_war_detailed_map"),
    Source("snhr", "Syrian Network for Human Rights (SNHR)", "© SNHR",
           "Incidents read from the monthly reports of the Syrian Network for Human "
           "Rights; each record cites its report and sentence",
           "https://snhr.org/"),
    Source("acled", "ACLED", "ACLED terms of use",
           "Armed Conflict Location & Event Data Project (ACLED); acleddata.com",
           "https://acleddata.com/"),
    Source("naturalearth", "Natural Earth", "public domain",
           "Rivers, lakes, roads and shaded relief: made with Natural Earth, free vector and "
           "raster map data (naturalearthdata.com)",
           "https://www.naturalearthdata.com/about/terms-of-use/"),
)}


def credit_line(keys) -> str:
    """A short credit line for a page or a file footer: ``Name (licence)`` joined by ``; ``."""
    return "; ".join(f"{SOURCES[k].name} ({SOURCES[k].license})" for k in keys)


# --- The official files ``incmap data install`` fetches -----------------------------------

HDX_API = "https://data.humdata.org/api/3/action/package_show?id="
_NE = "https://naciscdn.org/naturalearth/"  # Natural Earth's own download host


@dataclass(frozen=True)
class Download:
    """One file a publisher offers, the layers made from it, and what is verified.

    ``url`` is the file itself, or, with ``pick`` set, the Humanitarian Data
    Exchange's description of a dataset (CKAN ``package_show``): the file is then
    the dataset's resource whose name matches the regular expression ``pick``
    (HDX resource addresses carry ids that change with each upload; the dataset
    name does not). Every download is then checked layer by layer: the fields
    the project reads and the feature counts in :mod:`geo.reference.layers`,
    plus ``features`` (exact counts of a fixed release) and ``sha256`` where
    they can be known.
    """

    key: str
    source: str  # a key of SOURCES: publisher and licence
    url: str
    layers: tuple[str, ...]
    pick: str = ""
    sha256: str | None = None
    features: tuple[tuple[str, int], ...] = ()
    verified: str = ""
    default: bool = True  # fetched by a plain ``incmap data install`` (else only with --layer)

    @property
    def license(self) -> str:
        return SOURCES[self.source].license


DOWNLOADS: tuple[Download, ...] = (
    Download("cod-ab", "ocha", HDX_API + "cod-ab-syr", ("adm1", "adm2", "adm3"),
             pick=r"(?i)shp.*\.zip$",
             features=(("adm1", 14), ("adm2", 62), ("adm3", 272)),
             verified="the 2020-12-17 release: 14 governorates, 62 districts, 272 sub-districts, "
                      "with P-codes and Arabic names (HDX publishes no checksum)"),
    Download("cod-pp", "ocha", HDX_API + "syria-populated-places", ("communities",),
             pick=r"(?i)(pplp|ppl).*\.zip$",
             verified="at least 5,000 community points with P-codes, English and Arabic names "
                      "and their ADM1-ADM3 codes (HDX publishes no checksum)"),
    Download("geonames", "geonames", "https://download.geonames.org/export/dump/SY.zip",
             ("geonames",),
             verified="the 19-column GeoNames dump; populated places only (rebuilt daily, so no "
                      "fixed checksum or count)"),
    Download("ucdp-ged", "ucdp", "https://ucdp.uu.se/downloads/ged/ged251-csv.zip", ("ucdp",),
             default=False,
             verified="the GED fields the importer reads; the Syrian events of 2016-01 to 2019-11 "
                      "are kept (the global file is ~150 MB, so only with --layer ucdp)"),
    # The map's context layers (geo/reference/context.py), each only with --layer: Natural
    # Earth's CDN serves the latest release under a fixed name, so no checksum or count can
    # be fixed; what is kept is clipped to the map's region and checked.
    Download("ne-rivers", "naturalearth",
             _NE + "10m/physical/ne_10m_rivers_lake_centerlines.zip", ("rivers",), default=False,
             verified="the 1:10m rivers and lake centerlines: scalerank, featurecla and name; "
                      "the lines inside the map's region are kept"),
    Download("ne-lakes", "naturalearth", _NE + "10m/physical/ne_10m_lakes.zip", ("lakes",),
             default=False,
             verified="the 1:10m lakes and reservoirs: scalerank, featurecla and name; the "
                      "polygons inside the map's region are kept"),
    Download("ne-roads", "naturalearth", _NE + "10m/cultural/ne_10m_roads.zip", ("roads",),
             default=False,
             verified="the 1:10m roads (~56,600 world-wide, ~15 MB): scalerank, featurecla and "
                      "type; the lines inside the map's region are kept"),
    Download("ne-relief", "naturalearth", _NE + "50m/raster/SR_50M.zip", ("relief",),
             default=False,
             verified="the 1:50m shaded relief (SR_50M.tif, one grey band, lon/lat from its .tfw "
                      "and .prj): the map's region is cut out with rasterio"),
)
