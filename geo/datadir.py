"""Where the reference data lives, what each layer is, and whether it is usable.

The project never ships OCHA, GeoNames or UCDP files. It reads them from a data
directory resolved at run time, in this order:

1. an explicit directory (``incmap --data DIR`` or ``resolve(explicit=...)``);
2. the ``INCMAP_DATA`` environment variable;
3. ``../shared/data`` beside the checkout (the development layout);
4. the user data directory that ``incmap data install`` fills
   (``$XDG_DATA_HOME/syria-incident-map/data``, by default
   ``~/.local/share/syria-incident-map/data``).

Each layer is described by a :class:`Layer`: its path inside the data
directory, the fields the project reads from it, its license and where to get
it from its publisher.

>>> [layer.key for layer in LAYERS][:3]
['adm1', 'adm2', 'adm3']
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UserError

__all__ = [
    "Layer",
    "LAYERS",
    "LAYER_BY_KEY",
    "DataError",
    "DataDir",
    "resolve",
    "user_data_dir",
    "user_cache_dir",
    "ENV_VAR",
]

ENV_VAR = "INCMAP_DATA"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class DataError(UserError, RuntimeError):
    """Reference data is missing or damaged. The message says what to do."""


@dataclass(frozen=True)
class Layer:
    """One reference layer the project reads."""

    key: str
    path: str
    title: str
    fields: tuple[str, ...]
    license: str
    attribution: str
    source_url: str
    required: bool = True
    min_features: int = 1
    extra_paths: tuple[str, ...] = field(default=())

    @property
    def all_paths(self) -> tuple[str, ...]:
        return (self.path, *self.extra_paths)


OCHA_ATTRIBUTION = (
    "Administrative boundaries and populated places: OCHA Common Operational "
    "Datasets (COD-AB / COD-PP) for the Syrian Arab Republic, via the Humanitarian "
    "Data Exchange, CC BY 3.0 IGO"
)

LAYERS: tuple[Layer, ...] = (
    Layer(
        "adm1", "admin/syr_adm1_ocha_codab_20201217.geojson", "Governorates (ADM1)",
        ("adm1_pcode", "adm1_name", "adm1_name1"), "CC BY 3.0 IGO", OCHA_ATTRIBUTION,
        "https://data.humdata.org/dataset/cod-ab-syr", min_features=14,
    ),
    Layer(
        "adm2", "admin/syr_adm2_ocha_codab_20201217.geojson", "Districts (ADM2)",
        ("adm2_pcode", "adm2_name", "adm2_name1", "adm1_pcode"), "CC BY 3.0 IGO",
        OCHA_ATTRIBUTION, "https://data.humdata.org/dataset/cod-ab-syr", min_features=60,
    ),
    Layer(
        "adm3", "admin/syr_adm3_ocha_codab_20201217.geojson", "Sub-districts (ADM3)",
        ("adm3_pcode", "adm3_name", "adm3_name1", "adm2_pcode", "adm1_pcode"),
        "CC BY 3.0 IGO", OCHA_ATTRIBUTION, "https://data.humdata.org/dataset/cod-ab-syr",
        min_features=270,
    ),
    Layer(
        "communities", "gazetteer/syr_adm4_communities_ocha_2015.geojson",
        "Communities (villages, towns, cities)",
        ("PCODE", "NAME_EN", "NAME_ARA", "ADMIN3_COD", "ADMIN2_COD", "ADMIN1_COD"),
        "CC BY 3.0 IGO", OCHA_ATTRIBUTION,
        "https://data.humdata.org/dataset/syria-populated-places", min_features=5000,
    ),
    Layer(
        "neighbourhoods", "gazetteer/syr_adm5_damascus_neighbourhoods_ocha_2015.geojson",
        "Damascus neighbourhoods", ("HAY_EN", "HAY_PCODE", "CITY_PCODE"),
        "CC BY 3.0 IGO", OCHA_ATTRIBUTION,
        "https://data.humdata.org/dataset/syria-populated-places", required=False,
    ),
    Layer(
        "aliases", "admin/opensyria/subdistricts.json",
        "OpenSyria administrative aliases", ("name", "aliases", "externalIds"),
        "CC BY 4.0", "Administrative aliases: OpenSyria, CC BY 4.0",
        "https://github.com/opensyria", required=False,
        extra_paths=("admin/opensyria/districts.json", "admin/opensyria/governorates.json"),
    ),
    Layer(
        "geonames", "gazetteer/geonames_cities500_SY.csv", "GeoNames places (cities500, SY)",
        ("geonameid", "name", "latitude", "longitude", "arabic_names", "alternatenames"),
        "CC BY 4.0", "Place names: GeoNames (geonames.org), CC BY 4.0",
        "https://download.geonames.org/export/dump/SY.zip", required=False,
    ),
    Layer(
        "ucdp", "incidents/ucdp_ged_syria_2016-01_2019-11.csv", "UCDP GED events, Syria",
        ("id", "date_start", "date_prec", "where_prec", "latitude", "longitude"),
        "CC BY 4.0",
        "UCDP Georeferenced Event Dataset (Sundberg & Melander 2013; Davies et al.), CC BY 4.0",
        "https://ucdp.uu.se/downloads/", required=False,
    ),
    Layer(
        "marks_2017", "control/wikipedia_detailed_map_marks_2017.csv",
        "Wikipedia detailed map control marks, mid-2017", ("lat", "lon", "faction"),
        "CC BY-SA 4.0", "Control marks: Wikipedia contributors, CC BY-SA 4.0",
        "https://en.wikipedia.org/wiki/Template:Syrian_civil_war_detailed_map", required=False,
    ),
    Layer(
        "towns_2023", "control/wikipedia_towns_control_2023.csv",
        "Wikipedia towns and their controlling faction, mid-2023",
        ("name", "faction_mapped", "lat", "lon"), "CC BY-SA 4.0",
        "Town control list: Wikipedia contributors, CC BY-SA 4.0",
        "https://en.wikipedia.org/wiki/Cities_and_towns_during_the_Syrian_civil_war",
        required=False,
    ),
)
LAYER_BY_KEY = {layer.key: layer for layer in LAYERS}


def user_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "syria-incident-map"


def user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "syria-incident-map"


def _candidates(explicit: str | os.PathLike | None) -> list[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    if explicit:
        found.append(("--data option", Path(explicit)))
    if os.environ.get(ENV_VAR):
        found.append((f"{ENV_VAR} environment variable", Path(os.environ[ENV_VAR])))
    found.append(("../shared/data beside the checkout", PROJECT_ROOT.parent / "shared" / "data"))
    found.append(("../shared/data beside the working directory", Path.cwd().parent / "shared" / "data"))
    found.append(("user data directory (incmap data install)", user_data_dir() / "data"))
    return found


def _missing_message(tried: list[tuple[str, Path]], detail: str = "") -> str:
    lines = ["No usable reference data directory was found." + (f" {detail}" if detail else "")]
    lines.append("Looked in:")
    for how, path in tried:
        lines.append(f"  - {path}  ({how})")
    lines += [
        "To fix it, do one of:",
        f"  - point the project at a data directory: incmap --data DIR ... or export {ENV_VAR}=DIR",
        "  - install the layers from their publishers: incmap data install --from PATH_OR_URL",
        "    (see README.md, 'Reference data', for the OCHA COD-AB and GeoNames downloads)",
    ]
    return "\n".join(lines)


def resolve(explicit: str | os.PathLike | None = None) -> "DataDir":
    """Find the data directory, or raise :class:`DataError` saying what to do.

    An explicit directory or ``INCMAP_DATA`` that is wrong is an error, not a
    reason to fall back silently to another directory.
    """
    tried = _candidates(explicit)
    for how, path in tried:
        chosen_by_user = how.startswith("--data") or how.startswith(ENV_VAR)
        if not path.is_dir():
            if chosen_by_user:
                raise DataError(_missing_message([(how, path)], f"{path} is not a directory."))
            continue
        data = DataDir(path, how)
        missing = [layer for layer in LAYERS if layer.required and not (path / layer.path).is_file()]
        if not missing:
            return data
        if chosen_by_user:
            names = ", ".join(f"{m.key} ({m.path})" for m in missing)
            raise DataError(_missing_message([(how, path)], f"Missing required layers: {names}."))
    raise DataError(_missing_message(tried))


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class DataDir:
    """A resolved data directory.

    >>> data = resolve()            # doctest: +SKIP
    >>> data.path_of("adm1").name   # doctest: +SKIP
    'syr_adm1_ocha_codab_20201217.geojson'
    """

    def __init__(self, root: Path, how: str = "explicit"):
        self.root = Path(root)
        self.how = how
        self._checksums: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"DataDir({str(self.root)!r})"

    def path_of(self, key: str) -> Path:
        return self.root / LAYER_BY_KEY[key].path

    def has(self, key: str) -> bool:
        return all((self.root / p).is_file() for p in LAYER_BY_KEY[key].all_paths)

    def checksum(self, key: str) -> str:
        """SHA-256 over the layer's files (memoised by size and mtime)."""
        layer = LAYER_BY_KEY[key]
        h = hashlib.sha256()
        for rel in layer.all_paths:
            p = self.root / rel
            st = p.stat()
            memo_key = f"{p}:{st.st_size}:{st.st_mtime_ns}"
            if memo_key not in self._checksums:
                self._checksums[memo_key] = file_sha256(p)
            h.update(self._checksums[memo_key].encode())
        return h.hexdigest()

    def fingerprint(self, keys: list[str]) -> str:
        """One key for a set of layers, for caches derived from them."""
        h = hashlib.sha256()
        for key in keys:
            h.update(key.encode())
            h.update(self.checksum(key).encode() if self.has(key) else b"absent")
        return h.hexdigest()[:20]

    def status(self) -> list[dict]:
        """One record per layer: found or not, path, features, checksum, license."""
        from .layercheck import count_and_check

        out = []
        for layer in LAYERS:
            rec = {
                "layer": layer.key,
                "title": layer.title,
                "path": str(self.root / layer.path),
                "required": layer.required,
                "license": layer.license,
                "found": self.has(layer.key),
            }
            if rec["found"]:
                try:
                    rec["features"] = count_and_check(self.root / layer.path, layer)
                    rec["checksum"] = self.checksum(layer.key)[:16]
                    rec["ok"] = True
                except DataError as exc:
                    rec["ok"] = False
                    rec["error"] = str(exc)
            else:
                rec["ok"] = not layer.required
            out.append(rec)
        return out

    def describe(self) -> str:
        return json.dumps({"root": str(self.root), "how": self.how})
