"""The reference layers, loaded into tidy GeoDataFrames with the known quirks fixed.

Every layer comes out with the same column names, whatever its source calls
them: ``pcode``, ``name_en``, ``name_ar`` and the parent P-codes
``adm1_pcode``/``adm2_pcode``/``adm3_pcode``. Geometries are WGS84
longitude/latitude (EPSG:4326).

Fixes applied to the OCHA 2015 communities (see ``docs/data.md``):

* the Qadmous re-coding: sub-districts ``SY100202``–``SY100205`` became
  ``SY100601``–``SY100604`` when Qadmous district ``SY1006`` was split off;
* "Kafr Thoran" (C1041) is a typo for Kafr Nouran (the Arabic كفر نوران is
  right); the typo is kept as an alias so that it still finds the place;
* Arabic names stretched with tatweel are cleaned; names that hold two
  names ("A_B" in Arabic, "A - B" in English) are split, the others kept as
  aliases; stray trailing backslashes are dropped.

A prepared copy is cached as GeoParquet under the user cache directory, keyed
by the checksums of the source files and the loader version, so a warm load
reads a few small Parquet files.

>>> ref = load()                        # doctest: +SKIP
>>> ref.communities.loc["C1767", "name_en"]   # doctest: +SKIP
'Menbij'
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from ..errors import DataError
from ..governorates import REPORT_GOVERNORATE_NAMES
from ..names import display_arabic
from .datadir import DataDir, resolve, user_cache_dir

__all__ = ["Reference", "load", "QADMOUS_RECODE", "LOADER_VERSION"]

# Bump when the prepared form changes, so old caches are not reused.
LOADER_VERSION = "3"

QADMOUS_RECODE = {
    "SY100202": "SY100601",  # Anaza
    "SY100203": "SY100602",  # Qadmous
    "SY100204": "SY100603",  # Hamam Wasil
    "SY100205": "SY100604",  # Tawahin
}
NAME_FIXES = {
    # pcode: (correct English name, the wrong one kept as an alias)
    "C1041": ("Kafr Nouran", "Kafr Thoran"),
}
_SOURCE_LAYERS = ["adm1", "adm2", "adm3", "communities", "neighbourhoods", "aliases", "geonames"]


def _authored_fingerprint() -> str:
    """A short hash of the names the project authors into the prepared copy (the reports'
    governorate spellings, the name fixes), so a new spelling is not hidden by an old cache.

    >>> len(_authored_fingerprint())
    8
    """
    text = json.dumps([REPORT_GOVERNORATE_NAMES, NAME_FIXES], sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


@dataclass
class Reference:
    """The reference layers, indexed by P-code."""

    adm1: gpd.GeoDataFrame
    adm2: gpd.GeoDataFrame
    adm3: gpd.GeoDataFrame
    communities: gpd.GeoDataFrame
    neighbourhoods: gpd.GeoDataFrame
    aliases: pd.DataFrame
    geonames: pd.DataFrame
    data: DataDir | None = None
    fingerprint: str = ""

    def level(self, level: str) -> gpd.GeoDataFrame:
        return getattr(self, level)


def _read(data: DataDir, key: str) -> gpd.GeoDataFrame:
    path = data.path_of(key)
    try:
        frame = gpd.read_file(path, engine="pyogrio")
    except Exception as exc:
        raise DataError(f"{path}: cannot be read ({exc}). Reinstall the '{key}' layer.") from exc
    if frame.crs is None or frame.crs.to_epsg() != 4326:
        frame = frame.set_crs(4326, allow_override=True) if frame.crs is None else frame.to_crs(4326)
    return frame


def _need(frame: pd.DataFrame, columns: list[str], path: Path) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise DataError(f"{path}: missing field(s) {', '.join(missing)}. Reinstall this layer.")


def _admin(data: DataDir, level: int) -> gpd.GeoDataFrame:
    key = f"adm{level}"
    raw = _read(data, key)
    code, name, arabic = f"adm{level}_pcode", f"adm{level}_name", f"adm{level}_name1"
    parents = [f"adm{p}_pcode" for p in range(1, level)]
    _need(raw, [code, name, arabic, *parents], data.path_of(key))
    out = gpd.GeoDataFrame(
        {
            "pcode": raw[code].astype(str),
            "name_en": raw[name].astype(str),
            "name_ar": raw[arabic].fillna("").map(display_arabic),
            **{p: raw[p].astype(str) for p in parents},
        },
        geometry=raw.geometry.make_valid(),
        crs=4326,
    )
    if out["pcode"].duplicated().any():
        dup = out.loc[out["pcode"].duplicated(), "pcode"].tolist()[:5]
        raise DataError(f"{data.path_of(key)}: duplicate P-codes {dup}.")
    return out.set_index("pcode", drop=False).sort_index()


def _split_names(value: str, sep: str) -> list[str]:
    parts = [p.strip().rstrip("\\").strip() for p in str(value or "").split(sep)]
    return [p for p in parts if p]


def _communities(data: DataDir) -> tuple[gpd.GeoDataFrame, list[dict]]:
    raw = _read(data, "communities")
    _need(raw, ["PCODE", "NAME_EN", "NAME_ARA", "ADMIN3_COD", "ADMIN2_COD", "ADMIN1_COD"],
          data.path_of("communities"))
    geom = raw.geometry
    if (geom.geom_type == "MultiPoint").any():
        # One point per community in a MultiPoint wrapper.
        geom = geom.apply(lambda g: g.geoms[0] if g.geom_type == "MultiPoint" and len(g.geoms) else g)
    aliases: list[dict] = []
    rows = []
    for rec, point in zip(raw.to_dict("records"), geom):
        pcode = str(rec["PCODE"])
        en_names = _split_names(rec["NAME_EN"], " - ") or [str(rec["PCODE"])]
        ar_names = [display_arabic(n) for n in _split_names(rec["NAME_ARA"], "_")]
        ref_name = str(rec.get("NAM_EN_REF") or "").strip().rstrip("\\").strip()
        name_en = en_names[0] if len(en_names) == 1 else " - ".join(en_names)
        if pcode in NAME_FIXES:
            name_en, wrong = NAME_FIXES[pcode]
            aliases.append({"pcode": pcode, "level": "community", "alias": wrong,
                            "lang": "en", "kind": "source_typo"})
        for extra in ([*en_names] if len(en_names) > 1 else []) + ([ref_name] if ref_name else []):
            if extra != name_en:
                aliases.append({"pcode": pcode, "level": "community", "alias": extra,
                                "lang": "en", "kind": "ocha"})
        for extra in ar_names[1:]:
            aliases.append({"pcode": pcode, "level": "community", "alias": extra,
                            "lang": "ar", "kind": "ocha"})
        adm3 = str(rec["ADMIN3_COD"])
        adm2 = str(rec["ADMIN2_COD"])
        if adm3 in QADMOUS_RECODE:
            adm3 = QADMOUS_RECODE[adm3]
            adm2 = adm3[:6]
        capital = rec.get("CAPIT_LVL")
        rows.append({
            "pcode": pcode,
            "name_en": name_en,
            "name_ar": ar_names[0] if ar_names else "",
            "adm3_pcode": adm3,
            "adm2_pcode": adm2,
            "adm1_pcode": str(rec["ADMIN1_COD"]),
            # OCHA's capital level: 0 national, 1 governorate, 2 district, 3 sub-district.
            "capital_level": int(capital) if capital not in (None, "") and pd.notna(capital) else -1,
            "lon": float(point.x),
            "lat": float(point.y),
        })
    frame = gpd.GeoDataFrame(rows, geometry=gpd.points_from_xy(
        [r["lon"] for r in rows], [r["lat"] for r in rows]), crs=4326)
    return frame.set_index("pcode", drop=False).sort_index(), aliases


def _neighbourhoods(data: DataDir) -> gpd.GeoDataFrame:
    columns = ["pcode", "name_en", "name_ar", "city_pcode", "geometry"]
    if not data.has("neighbourhoods"):
        return gpd.GeoDataFrame(columns=columns, geometry="geometry", crs=4326).set_index(
            "pcode", drop=False)
    raw = _read(data, "neighbourhoods")
    _need(raw, ["HAY_EN", "HAY_PCODE", "CITY_PCODE"], data.path_of("neighbourhoods"))
    out = gpd.GeoDataFrame(
        {
            "pcode": raw["HAY_PCODE"].astype(str),
            "name_en": raw["HAY_EN"].astype(str).str.strip(),
            "name_ar": "",
            "city_pcode": raw["CITY_PCODE"].astype(str),
        },
        geometry=raw.geometry.make_valid(),
        crs=4326,
    )
    return out.set_index("pcode", drop=False).sort_index()


_OPENSYRIA_LEVELS = {
    "admin/opensyria/governorates.json": "adm1",
    "admin/opensyria/districts.json": "adm2",
    "admin/opensyria/subdistricts.json": "adm3",
}


def _opensyria_aliases(data: DataDir) -> list[dict]:
    out: list[dict] = []
    if not data.has("aliases"):
        return out
    for rel, level in _OPENSYRIA_LEVELS.items():
        path = data.root / rel
        try:
            records = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataError(f"{path}: cannot be read as JSON ({exc}).") from exc
        for i, rec in enumerate(records, start=1):
            pcode = (rec.get("externalIds") or {}).get("ochaPcode")
            if not pcode:
                continue
            names = rec.get("name") or {}
            values = [(names.get("en"), "en", "name"), (names.get("ar"), "ar", "name")]
            values += [(a.get("value"), a.get("language", ""), a.get("type", ""))
                       for a in rec.get("aliases") or []]
            for value, lang, kind in values:
                if value:
                    out.append({"pcode": str(pcode), "level": level, "alias": str(value),
                                "lang": lang or "", "kind": f"opensyria:{kind}"})
    return out


def _geonames(data: DataDir) -> pd.DataFrame:
    cols = ["geonameid", "name", "lat", "lon", "population", "names"]
    if not data.has("geonames"):
        return pd.DataFrame(columns=cols)
    path = data.path_of("geonames")
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    _need(raw, ["geonameid", "name", "latitude", "longitude", "arabic_names", "alternatenames"], path)
    names = (raw["name"] + "|" + raw["arabic_names"] + "|" + raw["alternatenames"]).map(
        lambda s: sorted({n.strip() for n in s.split("|") if n.strip()}))
    return pd.DataFrame({
        "geonameid": raw["geonameid"],
        "name": raw["name"],
        "lat": pd.to_numeric(raw["latitude"], errors="coerce"),
        "lon": pd.to_numeric(raw["longitude"], errors="coerce"),
        "population": pd.to_numeric(raw.get("population", 0), errors="coerce").fillna(0).astype(int),
        "names": names,
    }).dropna(subset=["lat", "lon"])


def _build(data: DataDir, fingerprint: str) -> Reference:
    adm1, adm2, adm3 = _admin(data, 1), _admin(data, 2), _admin(data, 3)
    communities, community_aliases = _communities(data)
    aliases = community_aliases + _opensyria_aliases(data)
    for pcode, names in REPORT_GOVERNORATE_NAMES.items():
        aliases += [{"pcode": pcode, "level": "adm1", "alias": n,
                     "lang": "ar" if any("\u0600" <= c <= "\u06ff" for c in n) else "en",
                     "kind": "report_usage"} for n in names]
    alias_frame = pd.DataFrame(aliases, columns=["pcode", "level", "alias", "lang", "kind"])
    alias_frame = alias_frame.drop_duplicates(["pcode", "level", "alias"]).reset_index(drop=True)
    return Reference(adm1, adm2, adm3, communities, _neighbourhoods(data), alias_frame,
                     _geonames(data), data, fingerprint)


_FRAMES = ["adm1", "adm2", "adm3", "communities", "neighbourhoods"]


def _save(ref: Reference, folder: Path) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".tmp-"))
    try:
        for name in _FRAMES:
            ref.level(name).reset_index(drop=True).to_parquet(tmp / f"{name}.parquet")
        ref.aliases.to_parquet(tmp / "aliases.parquet")
        ref.geonames.to_parquet(tmp / "geonames.parquet")
        os.replace(tmp, folder)  # atomic: a reader never sees half a cache
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if not folder.is_dir():
            raise


def _load_cached(folder: Path, data: DataDir, fingerprint: str) -> Reference | None:
    try:
        frames = {n: gpd.read_parquet(folder / f"{n}.parquet") for n in _FRAMES}
        aliases = pd.read_parquet(folder / "aliases.parquet")
        geonames = pd.read_parquet(folder / "geonames.parquet")
    except Exception:
        return None  # a damaged cache is rebuilt, never trusted
    for name, frame in frames.items():
        frames[name] = frame.set_index("pcode", drop=False)
    geonames["names"] = geonames["names"].map(list)
    return Reference(**frames, aliases=aliases, geonames=geonames, data=data,
                     fingerprint=fingerprint)


_MEMO: dict[str, Reference] = {}


def load(data: DataDir | str | os.PathLike | None = None, *, cache: bool = True) -> Reference:
    """Load the reference layers from ``data`` (resolved if not given).

    Raises :class:`~geo.errors.DataError` with a message that says what to do
    when a layer is missing or damaged.
    """
    if not isinstance(data, DataDir):
        data = resolve(data)
    fingerprint = LOADER_VERSION + "-" + _authored_fingerprint() + "-" + data.fingerprint(_SOURCE_LAYERS)
    if fingerprint in _MEMO:
        return _MEMO[fingerprint]
    folder = user_cache_dir() / f"reference-{fingerprint}"
    ref = _load_cached(folder, data, fingerprint) if cache and folder.is_dir() else None
    if ref is None:
        ref = _build(data, fingerprint)
        if cache:
            try:
                _save(ref, folder)
            except OSError:
                pass  # a read-only cache directory only costs speed
    _MEMO[fingerprint] = ref
    return ref
