"""What every importer shares: reading text safely, CSV rows with line numbers, the batch.

An importer turns a file into a :class:`Batch`: the incidents, the line each
came from, and (in lenient mode) the rows it skipped with the reason. It
never writes: :func:`geo.importers.import_file` writes a whole batch in one
transaction, after every row has been read and checked.
"""

from __future__ import annotations

import csv
import io
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ..errors import InputError
from ..incident import Incident, hxl_key

__all__ = ["Batch", "read_text", "csv_rows", "row_error", "progress", "MAX_FIELD"]

MAX_FIELD = 100_000  # characters in one CSV field: a longer one is a broken file, not a sentence


@dataclass
class Batch:
    """The incidents read from one file."""

    source: str
    dataset: str
    incidents: list[Incident] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the line (or feature number) of each incident
    skipped: list[InputError] = field(default_factory=list)  # lenient mode: rows left out, why
    ignored: int = 0  # rows that are valid but not incidents (e.g. ACLED protests)
    rows: int = 0
    rename: dict[str, str] = field(default_factory=dict)  # Incident field -> the file's column
    geocoded: bool = False  # the reader geocoded place texts itself (with more context)
    # incident id -> (governorate, district) as the source names them (UCDP adm_1, adm_2):
    # enrich() resolves them to P-codes to place coarse locations and to cross-check points.
    units: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    def add(self, incident: Incident, line: int) -> None:
        self.incidents.append(incident)
        self.lines.append(line)

    def drop(self, indices: set[int], errors: list[InputError]) -> None:
        """Remove incidents (by index) found bad after reading, recording why."""
        if not indices:
            return
        self.incidents = [inc for i, inc in enumerate(self.incidents) if i not in indices]
        self.lines = [ln for i, ln in enumerate(self.lines) if i not in indices]
        self.skipped.extend(errors)
        self.skipped.sort(key=lambda e: e.line or 0)


def read_text(path: str | Path) -> str:
    """The file's text, strictly UTF-8 (a byte-order mark is allowed).

    A byte that is not UTF-8 is an :class:`InputError` naming the line and
    column, because a guessed encoding silently corrupts Arabic names.
    """
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", source=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", source=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", source=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at column {col}; save the "
                         f"file as UTF-8 (it looks like {_guess(raw)})", source=str(path),
                         line=line) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError("the file contains a NUL byte: it is binary or UTF-16, not UTF-8 text",
                         source=str(path), line=line)
    return text


def _guess(raw: bytes) -> str:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "UTF-16"
    try:
        raw.decode("cp1256")
        return "Windows-1256 (Arabic) or Latin-1"
    except UnicodeDecodeError:
        return "Latin-1 or another legacy encoding"


def _is_hxl_row(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c and c.strip()]
    return bool(filled) and all(c.startswith("#") for c in filled)


def csv_rows(text: str, source: str, *, required: tuple[str, ...] = (),
             known: tuple[str, ...] | None = None, hxl: dict | None = None,
             aliases: dict[str, str] | None = None) -> tuple[list[str], Iterator[tuple[int, dict]]]:
    """The header and an iterator of (line, row dict) over a CSV text.

    ``required`` columns must be present and ``known`` (when given) lists every
    column allowed: anything else is an :class:`InputError` on line 1 naming
    the column. An HXL hashtag row right after the header is skipped; a file
    whose FIRST row is hashtags is read through ``hxl`` (``{(tag, attrs):
    column}``). ``aliases`` renames columns (case-insensitive).
    """
    csv.field_size_limit(MAX_FIELD)
    # strict: an unterminated quote or text after a closing quote is an error, not a guess.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("the file is empty (no header row)", source=source, line=1) from None
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}", source=source, line=1) from None
    if hxl is not None and _is_hxl_row(header):
        header = _from_hxl(header, hxl, source)
    header = [h.strip() for h in header]
    if aliases:
        low = {k.lower(): v for k, v in aliases.items()}
        header = [low.get(h.lower(), h) for h in header]
    dup = sorted({h for h in header if h and header.count(h) > 1})
    if dup:
        raise InputError(f"column {dup[0]!r} appears twice in the header", source=source, line=1,
                         field=dup[0])
    missing = [c for c in required if c not in header]
    if known is not None:
        # A misspelt column ("kiled") is reported as itself, before the column it hides.
        extra = [h for h in header if h and h not in known]
        if extra:
            raise InputError(f"unknown column {extra[0]!r}; the columns are: {', '.join(known)}",
                             source=source, line=1, field=extra[0])
    if missing:
        raise InputError(f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
                         f"(the header has: {', '.join(h for h in header if h) or 'nothing'})",
                         source=source, line=1, field=missing[0])

    def rows() -> Iterator[tuple[int, dict]]:
        start = reader.line_num + 1
        first = True
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise InputError(f"malformed CSV: {exc} (is a double quote left open, or text "
                                 f"after a closing quote?)", source=source, line=start) from None
            line, start = start, reader.line_num + 1
            if first and hxl is not None and _is_hxl_row(cells):
                first = False
                continue  # the HXL hashtag row under the header
            first = False
            if not any(c.strip() for c in cells):
                continue  # a blank line
            if len(cells) != len(header):
                raise InputError(f"{len(cells)} fields where the header has {len(header)}; a "
                                 f"field with a comma or a line break must be in double quotes",
                                 source=source, line=line)
            yield line, dict(zip(header, cells))

    return header, rows()


def _from_hxl(tags: list[str], hxl: dict, source: str) -> list[str]:
    out = []
    for tag in tags:
        if not tag.strip():
            out.append("")
            continue
        name = hxl.get(hxl_key(tag))
        if name is None:
            raise InputError(f"unknown HXL hashtag {tag!r}", source=source, line=1, field=tag)
        out.append(name)
    return out


def row_error(exc: InputError, source: str, line: int, rename: dict[str, str] | None = None) -> InputError:
    """``exc`` (from building an Incident) placed at ``source`` and ``line``, with the file's column name."""
    fld = exc.field
    if fld and rename:
        fld = rename.get(fld, fld)
    return InputError(exc.message, source=source, line=line if exc.line is None else exc.line,
                      field=fld)


def progress(iterable, *, total: int | None, desc: str, enabled: bool):
    """``iterable`` with a progress bar on stderr (tqdm) when ``enabled`` and stderr is a terminal."""
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=" rows", file=sys.stderr, leave=False,
                disable=None, mininterval=0.25)


def build(factory: Callable[[], Incident], batch: Batch, line: int, lenient: bool,
          rename: dict[str, str] | None = None) -> None:
    """Run ``factory`` for one row; add the incident, or record/raise the error with the line."""
    try:
        inc = factory()
    except InputError as exc:
        err = row_error(exc, batch.source, line, rename)
        if not lenient:
            raise err from None
        batch.skipped.append(err)
        return
    batch.add(inc, line)
