"""Installing the reference layers from their publishers' files.

``install(source)`` takes a directory, a zip archive or an ``http(s)://`` URL
of either, finds each layer in it, checks that it has the fields the project
needs, and installs it under its canonical name in the user data directory
(or ``dest``). Files may come

* laid out like ``../shared/data`` (same relative paths),
* flat, with the canonical file names, or
* as the publishers ship them: the OCHA COD-AB files with ``ADM1_PCODE`` /
  ``ADM1_EN`` / ``ADM1_AR`` fields (GeoJSON, GeoPackage or Shapefile) are
  renamed to the fields the project reads; the GeoNames ``SY.txt`` dump is
  converted to the ``cities500`` CSV with its Arabic names; Natural Earth's
  world files (rivers, lakes, roads, shaded relief) are cut to the map's
  region (:mod:`geo.reference.context`).

All layers are checked in a staging directory first; the destination is only
touched when every required layer passed, so a failed install changes nothing.

>>> install("/path/to/cod-ab-syr.zip")                     # doctest: +SKIP
[InstalledLayer(key='adm1', ...), ...]
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import tempfile
import urllib.parse
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import DataError
from . import context
from .datadir import file_sha256, user_cache_dir, user_data_dir
from .download import MAX_DOWNLOAD_BYTES, fetch, hdx_resource_url, mirrored
from .layers import LAYER_BY_KEY, LAYERS, Layer, count_and_check, file_fields
from .sources import DOWNLOADS

__all__ = ["install", "install_official", "InstalledLayer", "MAX_DOWNLOAD_BYTES",
           "MAX_UNPACKED_BYTES", "MAX_RATIO", "MAX_MEMBERS", "MAX_ZIP_DEPTH"]
_GEO_SUFFIXES = (".geojson", ".json", ".gpkg", ".shp", ".csv", ".txt")

# The OCHA COD-AB field names as HDX ships them -> the names the project reads.
_HDX_FIELDS = {
    f"adm{n}": {
        **{f"adm{m}_pcode": f"ADM{m}_PCODE" for m in range(1, n + 1)},
        f"adm{n}_name": f"ADM{n}_EN",
        f"adm{n}_name1": f"ADM{n}_AR",
    }
    for n in (1, 2, 3)
}
# The populated places as HDX ships them (ADM4_* fields) -> the 2015 edition's names we read.
_HDX_FIELDS["communities"] = {
    "PCODE": "ADM4_PCODE", "NAME_EN": "ADM4_EN", "NAME_ARA": "ADM4_AR",
    "ADMIN3_COD": "ADM3_PCODE", "ADMIN2_COD": "ADM2_PCODE", "ADMIN1_COD": "ADM1_PCODE",
}

# The span the ucdp layer's file name (ucdp_ged_syria_2016-01_2019-11.csv) promises.
_GED_SPAN = ("2016-01-01", "2019-11-30")

_GEONAMES_COLUMNS = [
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
    "feature_class", "feature_code", "country_code", "cc2", "admin1_code", "admin2_code",
    "admin3_code", "admin4_code", "population", "elevation", "dem", "timezone", "modification_date",
]


@dataclass
class InstalledLayer:
    key: str
    path: str
    source: str
    features: int
    sha256: str
    license: str
    converted: str = ""


# Limits on what an archive may unpack to (a "zip bomb" is a small file that unpacks to a
# huge one): all the reference layers together are ~25 MB; an OCHA Shapefile's .dbf, padded
# with spaces, compresses ~50 times.
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024  # everything unpacked from one source, nested too
MAX_RATIO = 200  # unpacked / packed size of one member (checked past 1 MiB)
MAX_MEMBERS = 10_000  # files and folders in one archive
MAX_ZIP_DEPTH = 2  # an archive inside an archive, no deeper
_RATIO_FROM = 1024 * 1024


class _Budget:
    """The bytes still allowed to be unpacked from one source."""

    def __init__(self):
        self.left = MAX_UNPACKED_BYTES


def _unpack(path: Path, folder: Path, *, depth: int = 1, budget: _Budget | None = None) -> Path:
    """Unpack a zip archive (and the archives in it) into ``folder``, within the limits above.

    A path escaping the folder, too many members, nesting deeper than
    :data:`MAX_ZIP_DEPTH`, a member more compressed than :data:`MAX_RATIO` or more
    than :data:`MAX_UNPACKED_BYTES` in all is a :class:`DataError`. The bytes are
    counted as they are written, whatever sizes the archive claims.
    """
    if not zipfile.is_zipfile(path):
        return path
    if depth > MAX_ZIP_DEPTH:
        raise DataError(f"{path.name}: archives nested more than {MAX_ZIP_DEPTH} deep; unpack "
                        f"the inner archive yourself and install from it")
    budget = budget or _Budget()
    out = folder / (path.stem + "-unzipped")
    root = out.resolve()
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
            if len(members) > MAX_MEMBERS:
                raise DataError(f"{path}: {len(members):,} members in the archive; at most "
                                f"{MAX_MEMBERS:,} are unpacked")
            for member in members:
                dest = (out / member.filename).resolve()
                # Refuse paths that would escape the staging folder.
                if dest != root and root not in dest.parents:
                    raise DataError(f"{path}: unsafe path in archive: {member.filename}")
                if member.is_dir():
                    dest.mkdir(parents=True, exist_ok=True)
                    continue
                dest.parent.mkdir(parents=True, exist_ok=True)
                _extract(zf, member, dest, path, budget)
    except zipfile.BadZipFile as exc:
        raise DataError(f"{path}: not a readable zip archive ({exc})") from None
    for inner in sorted(out.rglob("*.zip")):
        _unpack(inner, inner.parent, depth=depth + 1, budget=budget)
    return out


def _extract(zf: zipfile.ZipFile, member: zipfile.ZipInfo, dest: Path, path: Path,
             budget: _Budget) -> None:
    written = 0
    with zf.open(member) as src, open(dest, "wb") as out:
        while chunk := src.read(1 << 20):
            written += len(chunk)
            if written > budget.left:
                raise DataError(f"{path}: unpacks to more than {MAX_UNPACKED_BYTES >> 20} MiB; "
                                f"refusing (is it the right file?)")
            if written > _RATIO_FROM and written > MAX_RATIO * max(member.compress_size, 1):
                raise DataError(f"{path}: {member.filename} unpacks to more than {MAX_RATIO} "
                                f"times its packed size (compression ratio); refusing a "
                                f"possible zip bomb")
            out.write(chunk)
    budget.left -= written


def _fields_lower(path: Path) -> set[str]:
    try:
        fields, _ = file_fields(path)
    except DataError:
        return set()
    return {f.lower() for f in fields}


def _find(layer: Layer, root: Path, files: list[Path]) -> tuple[Path | None, str]:
    """The file in ``files`` that is ``layer``; returns (path, how)."""
    if root.is_dir() and (root / layer.path).is_file():
        return root / layer.path, "same path"
    wanted = Path(layer.path).name
    for f in files:
        if f.name == wanted:
            return f, "same name"
    for f in files:
        if f.name in layer.shipped:
            return f, "shipped"
    if not layer.fields:  # a raster: only its names say which file it is
        return None, ""
    need = {f.lower() for f in layer.fields}
    hdx = _HDX_FIELDS.get(layer.key)
    for f in files:
        if f.suffix.lower() not in _GEO_SUFFIXES or f.suffix.lower() == ".txt":
            continue
        fields = _fields_lower(f)
        if need <= fields:
            return f, "fields"
        if hdx and {v.lower() for v in hdx.values()} <= fields:
            return f, "hdx"
    if layer.key == "geonames":
        for f in files:
            if f.name == "SY.txt":
                return f, "geonames dump"
    return None, ""


def _convert_hdx(src: Path, dest: Path, layer: Layer) -> None:
    import geopandas as gpd

    frame = gpd.read_file(src)
    by_lower = {c.lower(): c for c in frame.columns}
    renames = {by_lower[v.lower()]: k for k, v in _HDX_FIELDS[layer.key].items()}
    frame = frame.rename(columns=renames)
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    frame.to_file(dest, driver="GeoJSON")


def _convert_geonames(src: Path, dest: Path) -> None:
    """GeoNames ``SY.txt`` -> the populated places with Arabic names, as CSV."""
    with open(src, encoding="utf-8", newline="") as fh, open(dest, "w", encoding="utf-8",
                                                              newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["geonameid", "name", "latitude", "longitude", "population",
                         "admin1code_geonames", "arabic_names", "alternatenames"])
        for n, line in enumerate(fh, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != len(_GEONAMES_COLUMNS):
                raise DataError(f"{src}, line {n}: expected {len(_GEONAMES_COLUMNS)} tab-separated "
                                f"columns of the GeoNames dump, found {len(cols)}.")
            row = dict(zip(_GEONAMES_COLUMNS, cols))
            if row["feature_class"] != "P":
                continue
            alts = [a for a in row["alternatenames"].split(",") if a]
            arabic = [a for a in alts if any("\u0600" <= c <= "\u06ff" for c in a)]
            writer.writerow([row["geonameid"], row["name"], row["latitude"], row["longitude"],
                             row["population"] or 0, row["admin1_code"], "|".join(arabic),
                             "|".join(alts)])


def _convert_ged(src: Path, dest: Path) -> None:
    """UCDP GED (the global CSV) -> the Syrian events of the span the layer's file name states."""
    first, last = _GED_SPAN
    with open(src, encoding="utf-8", newline="") as fh, open(dest, "w", encoding="utf-8",
                                                              newline="") as out:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "country" not in reader.fieldnames:
            raise DataError(f"{src}: no 'country' column; not a UCDP GED file.")
        writer = csv.DictWriter(out, fieldnames=reader.fieldnames)
        writer.writeheader()
        for row in reader:
            if row["country"] == "Syria" and first <= (row.get("date_start") or "")[:10] <= last:
                writer.writerow(row)


def install(source: str | os.PathLike, dest: str | os.PathLike | None = None,
            only: list[str] | None = None, on_skip=None,
            progress: bool = False) -> list[InstalledLayer]:
    """Install the layers found in ``source`` into ``dest`` (the user data directory).

    Raises :class:`DataError` naming the problem when a required layer is not
    found or fails its check; ``dest`` is then left as it was. An optional
    layer that fails its check is skipped, and ``on_skip(message)`` is told why.
    """
    source_text = str(source)
    wanted = [layer for layer in LAYERS if not only or layer.key in only]
    with tempfile.TemporaryDirectory(prefix="incmap-install-") as tmp_name:
        tmp = Path(tmp_name)
        if source_text.startswith(("http://", "https://")):
            target = _download_dir() / _url_file_name(source_text)
            try:
                root = _unpack(fetch(source_text, target, progress=progress), tmp)
            finally:
                target.unlink(missing_ok=True)
        else:
            local = Path(source_text).expanduser()
            if not local.exists():
                raise DataError(f"{local}: no such file or directory.")
            root = _unpack(local, tmp) if local.is_file() else local
        return _install_found(wanted, {layer.key: root for layer in wanted}, dest, tmp, on_skip)


def install_official(dest: str | os.PathLike | None = None, only: list[str] | None = None,
                     on_skip=None, *, mirror: str | None = None, progress: bool = True,
                     downloads=DOWNLOADS) -> list[InstalledLayer]:
    """Fetch the layers from their publishers (:data:`~geo.reference.sources.DOWNLOADS`) and install them.

    Each file is downloaded with resume and retry (:func:`~geo.reference.download.fetch`,
    from ``mirror`` or ``$INCMAP_SOURCES_MIRROR`` when given), unpacked, converted
    and checked like :func:`install`, plus the exact feature counts of a fixed
    release; nothing is installed unless every required layer passed. A failed
    download that gives only optional layers is skipped with ``on_skip``.

    >>> install_official()                                     # doctest: +SKIP
    [InstalledLayer(key='adm1', ...), ...]
    """
    by_layer = {key: d for d in downloads for key in d.layers}
    if only:
        unknown = [k for k in only if k not in by_layer]
        if unknown:
            raise DataError(f"no official download for layer(s) {', '.join(unknown)}; download "
                            "them yourself and run: incmap data install --from PATH "
                            f"(official downloads give: {', '.join(by_layer)})")
    default = {key for d in downloads if d.default for key in d.layers}
    wanted = [layer for layer in LAYERS
              if layer.key in by_layer and (layer.key in only if only else layer.key in default)]
    needed = [d for d in downloads if any(layer.key in d.layers for layer in wanted)]
    cache = _download_dir()
    with tempfile.TemporaryDirectory(prefix="incmap-install-") as tmp_name:
        tmp = Path(tmp_name)
        roots: dict[str, Path] = {}
        fetched: list[Path] = []
        try:
            for item in needed:
                essential = any(LAYER_BY_KEY[k].required or only for k in item.layers)
                try:
                    url = (hdx_resource_url(item.url, item.pick, mirror=mirror) if item.pick
                           else mirrored(item.url, mirror))
                    path = fetch(url, cache / item.key / _url_file_name(url),
                                 sha256=item.sha256, progress=progress)
                    fetched.append(path)
                    if url.lower().split("?")[0].endswith(".zip") and not zipfile.is_zipfile(path):
                        raise DataError(f"{url}: not a zip archive (the download is damaged, or "
                                        "the server sent a page instead of the file).")
                    root = _unpack(path, tmp / item.key)
                except DataError as exc:
                    if essential:
                        raise DataError(f"Nothing was installed: {exc}") from exc
                    if on_skip:
                        on_skip(f"optional layer(s) {', '.join(item.layers)} skipped: {exc}")
                    continue
                roots.update({key: root for key in item.layers})
            expected = {key: n for item in needed for key, n in item.features}
            return _install_found([la for la in wanted if la.key in roots or la.required], roots,
                                  dest, tmp, on_skip, expected)
        finally:
            for path in fetched:
                path.unlink(missing_ok=True)


def _download_dir() -> Path:
    """Where downloads are written (and an interrupted one waits to be resumed)."""
    return user_cache_dir() / "downloads"


def _url_file_name(url: str) -> str:
    return Path(urllib.parse.urlparse(url).path).name or "download"


def _install_found(wanted: list[Layer], roots: dict[str, Path], dest, tmp: Path, on_skip,
                   expected: dict[str, int] | None = None) -> list[InstalledLayer]:
    """Find each wanted layer under its root, convert and check it in ``tmp``, then install all."""
    dest = Path(dest) if dest else user_data_dir() / "data"
    listed: dict[Path, list[Path]] = {}
    stage = tmp / "stage"
    installed: list[InstalledLayer] = []
    problems: list[str] = []
    for layer in wanted:
        root = roots.get(layer.key)
        if root is not None and root not in listed:
            files = sorted(root.rglob("*")) if root.is_dir() else [root]
            listed[root] = [f for f in files if f.is_file()]
        found, how = _find(layer, root, listed[root]) if root is not None else (None, "")
        if found is None:
            if layer.required:
                problems.append(f"required layer '{layer.key}' ({layer.title}) not found; "
                                f"get it from {layer.source_url}")
            continue
        target = stage / layer.path
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            if how == "hdx":
                _convert_hdx(found, target, layer)
            elif how == "geonames dump":
                _convert_geonames(found, target)
            elif how == "fields" and layer.key == "ucdp":
                how = "ged"
                _convert_ged(found, target)
            elif layer.key in context.CONTEXT_LAYERS and how in ("shipped", "fields"):
                how = "clipped"  # a world file: only the map's region is kept
                if layer.key == "relief":
                    context.cut_relief(found, target)
                else:
                    context.clip_vector(found, target, layer.key)
            else:
                shutil.copyfile(found, target)
                for extra in layer.extra_paths:
                    cand = (found.parent / Path(extra).name)
                    if cand.is_file():
                        (stage / extra).parent.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(cand, stage / extra)
            features = count_and_check(target, layer)
            want = (expected or {}).get(layer.key)
            if want is not None and features != want:
                raise DataError(f"{target}: {features} features; the official release of layer "
                                f"'{layer.key}' has {want}. The file is not the release expected.")
        except DataError as exc:
            if layer.required:
                problems.append(str(exc).replace(str(target), str(found)))
                continue
            target.unlink(missing_ok=True)
            if on_skip:
                on_skip(f"optional layer '{layer.key}' skipped: {exc}")
            continue
        installed.append(InstalledLayer(layer.key, layer.path, str(found), features,
                                        file_sha256(target), layer.license,
                                        how if how in ("hdx", "geonames dump", "ged", "clipped") else ""))
    if problems:
        raise DataError("Nothing was installed:\n  - " + "\n  - ".join(problems))
    dest.mkdir(parents=True, exist_ok=True)
    for item in installed:
        for rel in LAYER_BY_KEY[item.key].all_paths:
            staged = stage / rel
            if staged.is_file():
                (dest / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(staged, dest / rel) if _same_fs(staged, dest) else \
                    shutil.copyfile(staged, dest / rel)
    manifest = dest / "manifest.json"
    previous = json.loads(manifest.read_text()) if manifest.is_file() else {}
    previous.update({i.key: {**asdict(i), "installed": dt.datetime.now(dt.timezone.utc)
                             .isoformat(timespec="seconds")} for i in installed})
    manifest.write_text(json.dumps(previous, indent=2, ensure_ascii=False))
    return installed


def _same_fs(a: Path, b: Path) -> bool:
    try:
        return os.stat(a).st_dev == os.stat(b).st_dev
    except OSError:
        return False
