"""Where the reference data lives, what each layer is, and whether it is usable.

The project never ships OCHA, GeoNames or UCDP files. It reads them from a data
directory resolved at run time, in this order:

1. an explicit directory (``incmap --data DIR`` or ``resolve(explicit=...)``);
2. the ``INCMAP_DATA`` environment variable;
3. ``../shared/data`` beside the checkout (the development layout);
4. the user data directory that ``incmap data install`` fills
   (``$XDG_DATA_HOME/syria-incident-map/data``, by default
   ``~/.local/share/syria-incident-map/data``).

What each layer is lives in :mod:`geo.reference.layers`.

>>> resolve().path_of("adm1").name          # doctest: +SKIP
'syr_adm1_ocha_codab_20201217.geojson'
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ..errors import DataError
from .layers import LAYER_BY_KEY, LAYERS, count_and_check

__all__ = [
    "DataError",
    "DataDir",
    "resolve",
    "user_data_dir",
    "user_cache_dir",
    "code_version",
    "ENV_VAR",
]

ENV_VAR = "INCMAP_DATA"
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def code_version(*modules) -> str:
    """A digest of the source of ``modules``: the code a file of the user cache was made by,
    for its key (a change to that code makes the file again). Read once per process.

    >>> import geo.reference.datadir as m; len(code_version(m))
    12
    """
    key = tuple(m.__name__ for m in modules)
    if key not in _CODE_VERSIONS:
        h = hashlib.sha256()
        for module in modules:
            h.update(Path(module.__file__).read_bytes())
        _CODE_VERSIONS[key] = h.hexdigest()[:12]
    return _CODE_VERSIONS[key]


_CODE_VERSIONS: dict[tuple, str] = {}


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
    """One line: what is wrong, where we looked, and the command to run."""
    where = "; ".join(f"{path} ({how})" for how, path in tried)
    head = f"No usable reference data: {detail}" if detail else "No reference data found"
    return (f"{head}. Run: incmap data install  (fetches the layers from OCHA and GeoNames; "
            f"offline: incmap data install --from PATH, or --data DIR / {ENV_VAR}=DIR). "
            f"Looked in: {where}.")


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
