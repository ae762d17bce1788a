"""Context layers to read the map by: rivers, lakes, roads and shaded relief (Natural Earth).

Natural Earth (public domain, naturalearthdata.com) publishes them for the whole world;
``incmap data install --layer rivers --layer lakes --layer roads --layer relief`` fetches
them (:data:`geo.reference.sources.DOWNLOADS`) and keeps only the region of the map
(:data:`REGION`: Syria and about a degree around it):

* the vectors clipped to the region, with the fields the map shows, as RFC 7946 GeoJSON
  (:func:`clip_vector`);
* the shaded relief cut from the world raster with rasterio, as a GeoTIFF
  (:func:`cut_relief`); the map gets it as a PNG in Web Mercator (:func:`relief_png`).

None of them is required: the map offers each layer only when it is installed.

>>> REGION
(34.5, 31.5, 43.5, 38.5)
>>> clip_vector("ne_10m_rivers_lake_centerlines.shp", "rivers.geojson", "rivers")   # doctest: +SKIP
23
"""

from __future__ import annotations

import json
import threading
import warnings
from pathlib import Path

from ..errors import DataError

__all__ = ["REGION", "VECTOR_LAYERS", "CONTEXT_LAYERS", "KEPT_FIELDS", "clip_vector",
           "cut_relief", "installed", "features", "relief_png", "relief_bounds"]

# W, S, E, N in degrees: Syria spans 35.7-42.4 E and 32.3-37.3 N; the rest is its neighbours'
# rivers and roads up to the edge of the map's usual view.
REGION = (34.5, 31.5, 43.5, 38.5)
VECTOR_LAYERS = ("rivers", "lakes", "roads")
CONTEXT_LAYERS = (*VECTOR_LAYERS, "relief")
# What the map reads of each (Natural Earth's names; name_ar where the release has it).
KEPT_FIELDS = {
    "rivers": ("name", "name_en", "name_ar", "scalerank", "featurecla"),
    "lakes": ("name", "name_en", "name_ar", "scalerank", "featurecla"),
    "roads": ("name", "scalerank", "featurecla", "type"),
}
_RELIEF_MAX_PIXELS = 4096 * 4096  # a region cut larger than this is not a relief the page can draw


def _box():
    from shapely.geometry import box

    return box(*REGION)


def clip_vector(src: str | Path, dest: str | Path, key: str) -> int:
    """Clip a Natural Earth vector file to :data:`REGION`; write ``dest`` as GeoJSON.

    Keeps :data:`KEPT_FIELDS` (the lower-case names; those a release lacks are left
    out) and returns the number of features written. A file with nothing in the
    region is a :class:`DataError` naming it (not the world file asked for).
    """
    import geopandas as gpd

    src, dest = Path(src), Path(dest)
    try:
        frame = gpd.read_file(src, bbox=REGION, engine="pyogrio")
    except Exception as exc:  # GDAL's errors all mean "not the file"
        raise DataError(f"{src}: cannot be read as a {key} layer ({exc}).") from exc
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    frame = frame.clip(_box())
    frame = frame[~frame.geometry.is_empty & frame.geometry.notna()]
    if frame.empty:
        raise DataError(f"{src}: no {key} inside the map's region {REGION} (W, S, E, N); is it "
                        f"the Natural Earth world file?")
    by_lower = {c.lower(): c for c in frame.columns if c != "geometry"}
    keep = [k for k in KEPT_FIELDS[key] if k in by_lower]
    frame = frame[[by_lower[k] for k in keep] + ["geometry"]].rename(
        columns={by_lower[k]: k for k in keep})
    frame = frame.set_crs(4326, allow_override=True).reset_index(drop=True)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.unlink(missing_ok=True)
    frame.to_file(dest, driver="GeoJSON", engine="pyogrio", RFC7946="YES",
                  COORDINATE_PRECISION=5)
    return len(frame)


def cut_relief(src: str | Path, dest: str | Path) -> tuple[int, int]:
    """Cut :data:`REGION` out of a world shaded-relief raster; write ``dest`` as a GeoTIFF.

    The source is Natural Earth's ``SR_50M.tif`` (one grey band, lon/lat, georeferenced by
    the ``.tfw`` and ``.prj`` beside it). Returns the cut's (width, height) in pixels.
    """
    import rasterio
    from affine import Affine
    from rasterio.windows import Window, from_bounds

    src, dest = Path(src), Path(dest)
    try:
        ds = rasterio.open(src)
    except Exception as exc:
        raise DataError(f"{src}: cannot be read as a raster ({exc}).") from exc
    with ds:
        crs = ds.crs or _prj_crs(src)  # GDAL reads a plain TIFF's .tfw, not its .prj
        if crs is None or not crs.is_geographic:
            raise DataError(f"{src}: not georeferenced in longitude/latitude (crs {crs}); the "
                            f"shaded relief needs its .tfw and .prj beside it.")
        left, bottom, right, top = ds.bounds
        if not (left <= REGION[0] and bottom <= REGION[1] and right >= REGION[2]
                and top >= REGION[3]):
            raise DataError(f"{src}: covers {tuple(round(v, 2) for v in ds.bounds)}, not the map's "
                            f"region {REGION}; is it the world raster?")
        window = from_bounds(*REGION, transform=ds.transform).round_offsets().round_lengths()
        window = Window(window.col_off, window.row_off, max(1, window.width), max(1, window.height))
        if window.width * window.height > _RELIEF_MAX_PIXELS:
            raise DataError(f"{src}: the region would be {window.width} x {window.height} pixels; "
                            f"a relief of at most {_RELIEF_MAX_PIXELS:,} is drawn (use SR_50M).")
        band = ds.read(1, window=window)
        profile = {"driver": "GTiff", "width": band.shape[1], "height": band.shape[0], "count": 1,
                   "dtype": band.dtype, "crs": "EPSG:4326",
                   "transform": ds.transform @ Affine.translation(window.col_off, window.row_off),
                   "compress": "deflate"}
    dest.parent.mkdir(parents=True, exist_ok=True)
    with rasterio.open(dest, "w", **profile) as out:
        out.write(band, 1)
    return band.shape[1], band.shape[0]


def _prj_crs(path: Path):
    """The CRS of the ``.prj`` beside a raster (ESRI's WKT), or None."""
    from rasterio.crs import CRS
    from rasterio.errors import CRSError

    prj = path.with_suffix(".prj")
    if not prj.is_file():
        return None
    try:
        return CRS.from_wkt(prj.read_text(encoding="utf-8", errors="replace").strip(),
                            morph_from_esri_dialect=True)
    except CRSError as exc:
        raise DataError(f"{prj}: not a coordinate system ({exc}).") from exc


def installed(data) -> tuple[str, ...]:
    """The context layers installed in a data directory (:class:`~geo.reference.datadir.DataDir`)."""
    if data is None:
        return ()
    return tuple(key for key in CONTEXT_LAYERS if data.has(key))


_MEMO: dict = {}
_LOCK = threading.Lock()


def _memo(path: Path, what: str, build):
    """``build()`` once per file version (path, size, mtime)."""
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns, what)
    with _LOCK:
        if key not in _MEMO:
            if len(_MEMO) > 16:
                _MEMO.clear()
            _MEMO[key] = build()
        return _MEMO[key]


def features(data, key: str) -> dict:
    """The installed layer ``key`` (rivers, lakes or roads) as a GeoJSON FeatureCollection.

    Raises :class:`DataError` naming the command that installs it when it is not installed.
    """
    if key not in VECTOR_LAYERS:
        raise DataError(f"unknown context layer {key!r}; use one of {', '.join(VECTOR_LAYERS)}")
    if data is None or not data.has(key):
        raise DataError(f"the {key} layer is not installed: incmap data install --layer {key}")
    path = data.path_of(key)

    def read():
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)

    return _memo(path, "features", read)


def relief_bounds(path: str | Path) -> tuple[float, float, float, float]:
    """The installed relief's (W, S, E, N) in degrees: where the map lays its image."""
    import rasterio

    with rasterio.open(path) as ds:
        return tuple(float(v) for v in ds.bounds)


def relief_png(data) -> bytes:
    """The installed shaded relief, reprojected to Web Mercator (the map's), as a PNG.

    Grey with an alpha band (transparent where the source has no pixel). Web Mercator is
    separable, so the image's corners are :func:`relief_bounds` of the GeoTIFF.
    """
    if data is None or not data.has("relief"):
        raise DataError("the relief layer is not installed: incmap data install --layer relief")
    path = data.path_of("relief")
    return _memo(path, "png", lambda: _render_png(path))


def _render_png(path: Path) -> bytes:
    import numpy as np
    import rasterio
    from rasterio.errors import NotGeoreferencedWarning
    from rasterio.io import MemoryFile
    from rasterio.warp import Resampling, calculate_default_transform, reproject

    with rasterio.open(path) as src:
        transform, width, height = calculate_default_transform(
            src.crs, "EPSG:3857", src.width, src.height, *src.bounds)
        grey = np.zeros((height, width), dtype=np.uint8)
        seen = np.zeros((height, width), dtype=np.uint8)
        reproject(rasterio.band(src, 1), grey, dst_transform=transform, dst_crs="EPSG:3857",
                  resampling=Resampling.bilinear)
        reproject(np.full((src.height, src.width), 255, dtype=np.uint8), seen,
                  src_transform=src.transform, src_crs=src.crs, dst_transform=transform,
                  dst_crs="EPSG:3857", resampling=Resampling.nearest)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)  # a PNG holds no georeference
        with MemoryFile() as mem:
            with mem.open(driver="PNG", width=width, height=height, count=2, dtype="uint8") as out:
                out.write(np.stack([grey, seen]))
            return mem.read()
