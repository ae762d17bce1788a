"""Downloading the publishers' files: resume, retry, checksum, a progress bar per file.

:func:`fetch` writes ``URL`` to ``dest`` through ``dest.part``: an interrupted
transfer is retried at once from where it stopped (an HTTP ``Range`` request,
guarded by ``If-Range`` so a file that changed on the server is fetched anew),
and a ``.part`` left by a run that gave up is resumed by the next run. A file
is only moved to ``dest`` when it is complete and, when one is known, its
SHA-256 matches. Every failure is a :class:`~geo.errors.DataError` naming the
address and what to do.

:func:`mirrored` points an official address at a mirror (``--mirror`` or
``INCMAP_SOURCES_MIRROR``): ``https://HOST/PATH?QUERY`` is fetched from
``MIRROR/HOST/PATH?QUERY``, the layout ``wget --mirror`` writes.

>>> mirrored("https://download.geonames.org/export/dump/SY.zip", "http://127.0.0.1:8080/m")
'http://127.0.0.1:8080/m/download.geonames.org/export/dump/SY.zip'
>>> fetch("https://download.geonames.org/export/dump/SY.zip", Path("SY.zip"))  # doctest: +SKIP
PosixPath('SY.zip')
"""

from __future__ import annotations

import http.client
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from ..errors import DataError
from .datadir import file_sha256

__all__ = ["fetch", "mirrored", "hdx_resource_url", "MIRROR_ENV", "MAX_DOWNLOAD_BYTES"]

MIRROR_ENV = "INCMAP_SOURCES_MIRROR"
MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024
_CHUNK = 1 << 16
RETRY_BACKOFF = 1.0  # seconds before the first retry; doubled each time
_USER_AGENT = "syria-incident-map (incmap data install)"


def mirrored(url: str, mirror: str | None = None) -> str:
    """``url`` as served by ``mirror`` (default ``$INCMAP_SOURCES_MIRROR``; none: ``url``)."""
    mirror = mirror if mirror is not None else os.environ.get(MIRROR_ENV, "")
    if not mirror:
        return url
    parts = urllib.parse.urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return f"{mirror.rstrip('/')}/{parts.netloc}{parts.path}{query}"


class _Interrupted(Exception):
    """The transfer stopped before the end; worth another try."""


def _attempt(url: str, part: Path, meta: Path, timeout: float, progress: bool) -> None:
    """One request: append to ``part`` from where it ends, or start it again."""
    from tqdm import tqdm

    have = part.stat().st_size if part.is_file() else 0
    validator = json.loads(meta.read_text()).get("validator", "") if meta.is_file() and have else ""
    headers = {"User-Agent": _USER_AGENT}
    if have and validator:  # without a validator a resumed file could splice two versions
        headers["Range"] = f"bytes={have}-"
        headers["If-Range"] = validator
    else:
        have = 0
    try:
        resp = urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 416:  # our .part is longer than the file: start again
            part.unlink(missing_ok=True)
            raise _Interrupted("HTTP 416 for a resumed request") from exc
        if exc.code in (408, 429) or exc.code >= 500:
            raise _Interrupted(f"HTTP {exc.code} {exc.reason}") from exc
        raise DataError(f"{url}: download failed (HTTP {exc.code} {exc.reason}).") from exc
    with resp:
        start = 0
        if resp.status == 206:
            match = re.match(r"bytes (\d+)-", resp.headers.get("Content-Range", ""))
            start = int(match.group(1)) if match else -1
            if start != have:
                part.unlink(missing_ok=True)
                raise _Interrupted(f"the server resumed at byte {start}, not {have}")
        length = resp.headers.get("Content-Length")
        total = start + int(length) if length and length.isdigit() else None
        if total is not None and total > MAX_DOWNLOAD_BYTES:
            raise DataError(f"{url}: {total >> 20} MiB, larger than {MAX_DOWNLOAD_BYTES >> 20} MiB; "
                            "refusing.")
        validator = resp.headers.get("ETag") or resp.headers.get("Last-Modified") or ""
        meta.write_text(json.dumps({"url": url, "validator": validator}))
        size = start
        name = Path(urllib.parse.urlsplit(url).path).name or url
        with open(part, "ab" if start else "wb") as out, \
                tqdm(total=total, initial=start, desc=name, unit="B", unit_scale=True,
                     unit_divisor=1024, file=sys.stderr, disable=not progress, leave=True,
                     dynamic_ncols=True) as bar:
            while True:
                try:
                    chunk = resp.read(_CHUNK)
                except (http.client.IncompleteRead, ConnectionError, TimeoutError, OSError) as exc:
                    raise _Interrupted(f"connection lost after {size} bytes ({exc})") from exc
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_DOWNLOAD_BYTES:
                    raise DataError(f"{url}: larger than {MAX_DOWNLOAD_BYTES >> 20} MiB; refusing.")
                out.write(chunk)
                bar.update(len(chunk))
        if total is not None and size < total:
            raise _Interrupted(f"the server stopped after {size} of {total} bytes")


def fetch(url: str, dest: Path, *, sha256: str | None = None, retries: int = 3,
          timeout: float = 60.0, progress: bool = True) -> Path:
    """Download ``url`` to ``dest`` completely, or raise :class:`DataError`.

    An interrupted transfer is retried ``retries`` times, each resuming where the
    last stopped; when all fail, ``dest.part`` is kept for the next call to resume.
    A file whose SHA-256 differs from ``sha256`` is deleted, never kept.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    meta = dest.with_name(dest.name + ".part.json")
    if meta.is_file() and json.loads(meta.read_text()).get("url") != url:
        part.unlink(missing_ok=True)  # a .part of another address: not ours to resume
    last = ""
    for attempt in range(retries + 1):
        try:
            _attempt(url, part, meta, timeout, progress)
            break
        except _Interrupted as exc:
            last = str(exc)
        except urllib.error.URLError as exc:
            last = str(exc.reason)
        except (http.client.HTTPException, ConnectionError, TimeoutError) as exc:
            last = f"{type(exc).__name__}: {exc}"
        if attempt < retries:
            time.sleep(RETRY_BACKOFF * 2 ** attempt)
    else:
        kept = part.stat().st_size if part.is_file() else 0
        keep = (f"; the {kept} bytes received are kept in {part} and running the same command "
                "again resumes from there") if kept else ""
        raise DataError(f"{url}: download failed after {retries + 1} tries ({last}){keep}. "
                        "Check the connection, or download the file yourself and run: "
                        "incmap data install --from FILE")
    if sha256:
        got = file_sha256(part)
        if got != sha256.lower():
            part.unlink(missing_ok=True)
            meta.unlink(missing_ok=True)
            raise DataError(f"{url}: checksum mismatch (SHA-256 {got}, expected {sha256}); the "
                            "file was deleted. The publisher may have changed it, or it was "
                            "corrupted on the way; nothing was installed.")
    os.replace(part, dest)
    meta.unlink(missing_ok=True)
    return dest


def hdx_resource_url(dataset_url: str, pick: str, *, mirror: str | None = None,
                     timeout: float = 60.0) -> str:
    """The address of the file of an HDX dataset whose resource name matches ``pick``.

    ``dataset_url`` is the dataset's CKAN ``package_show`` address; the
    returned address is already :func:`mirrored`.
    """
    url = mirrored(dataset_url, mirror)
    last = ""
    for attempt in range(3):
        try:
            req = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                package = json.loads(resp.read(8 << 20))
            break
        except urllib.error.HTTPError as exc:
            if exc.code < 500:
                raise DataError(f"{url}: the dataset description could not be read (HTTP "
                                f"{exc.code} {exc.reason}).") from exc
            last = f"HTTP {exc.code}"
        except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
            last = str(getattr(exc, "reason", exc))
        except ValueError as exc:
            raise DataError(f"{url}: the dataset description is not JSON ({exc}).") from exc
        time.sleep(RETRY_BACKOFF * attempt)
    else:
        raise DataError(f"{url}: download failed ({last}). Check the connection, or download the "
                        "files yourself and run: incmap data install --from PATH")
    resources = (package.get("result") or {}).get("resources") or []
    names = []
    for res in resources:
        name = res.get("name") or Path(urllib.parse.urlsplit(res.get("url", "")).path).name
        names.append(name)
        if re.search(pick, name) and res.get("url"):
            return mirrored(res["url"], mirror)
    raise DataError(f"{url}: no file of the dataset matches {pick!r} (it offers: "
                    f"{', '.join(names) or 'nothing'}). Download the layers yourself and run: "
                    "incmap data install --from PATH")
