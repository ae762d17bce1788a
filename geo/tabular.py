r"""Reading tabular text input: strict UTF-8, CSV rows with their line numbers, HXL.

Every file a user gives the project (incident tables, control periods and
marks, evaluation cases, place lists) is read here, so every one of them
fails the same way: a byte that is not UTF-8 names its line and column, a
ragged row or an open quote names its line, a missing column is named.

>>> header, rows = csv_rows("pcode,force\nC1,GOV\n", "t.csv", required=("pcode",))
>>> header, list(rows)
(['pcode', 'force'], [(2, {'pcode': 'C1', 'force': 'GOV'})])
"""

from __future__ import annotations

import csv
import gc
import io
import itertools
from pathlib import Path
from typing import Iterator

from .errors import InputError

__all__ = ["read_text", "csv_rows", "csv_columns", "hxl_key", "MAX_FIELD"]

MAX_FIELD = 100_000  # characters in one CSV field: a longer one is a broken file, not a sentence


def hxl_key(tag: str) -> tuple[str, frozenset[str]]:
    """A hashtag as (tag, attributes) so attribute order does not matter.

    >>> hxl_key("#affected+children+killed") == hxl_key("#Affected +killed +children")
    True
    """
    parts = [p.strip().lower() for p in str(tag).replace(" ", "").split("+")]
    return parts[0], frozenset(p for p in parts[1:] if p)


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
             aliases: dict[str, str] | None = None,
             bad_rows: list | None = None) -> tuple[list[str], Iterator[tuple[int, dict]]]:
    """The header and an iterator of (line, row dict) over a CSV text.

    ``required`` columns must be present and ``known`` (when given) lists every
    column allowed: anything else is an :class:`InputError` on line 1 naming
    the column. An HXL hashtag row right after the header is skipped; a file
    whose FIRST row is hashtags is read through ``hxl`` (``{(tag, attrs):
    column}``). ``aliases`` renames columns (case-insensitive). With ``bad_rows`` (a list),
    a row with the wrong number of fields is appended there as its :class:`InputError` and
    skipped, so a batch goes on past it; without, it stops the reading.
    """
    reader, header = _open_csv(text, source, required=required, known=known, hxl=hxl,
                               aliases=aliases)
    rows = ((line, dict(zip(header, cells)))
            for line, cells in _cells(reader, header, source, hxl, bad_rows))
    return header, rows


def csv_columns(text: str, source: str, *, chunk: int = 100_000, required: tuple[str, ...] = (),
                known: tuple[str, ...] | None = None, hxl: dict | None = None,
                aliases: dict[str, str] | None = None, bad_rows: list | None = None
                ) -> tuple[list[str], Iterator[tuple[list[int], dict[str, tuple[str, ...]]]]]:
    r"""The header and an iterator of row blocks over a CSV text, each block as columns.

    The same reading and checks as :func:`csv_rows`, for files of a million rows: each block
    is ``(lines, {column: values})`` of up to ``chunk`` rows. An error in the file comes after
    the block of the rows before it, so a reader can report an earlier row's error first.

    >>> header, blocks = csv_columns("a,b\n1,2\n3,4\n", "t.csv")
    >>> [(lines, cols) for lines, cols in blocks]
    [([2, 3], {'a': ('1', '3'), 'b': ('2', '4')})]
    """
    reader, header = _open_csv(text, source, required=required, known=known, hxl=hxl,
                               aliases=aliases)

    def blocks():
        cells = _cells(reader, header, source, hxl, bad_rows)
        while True:
            lines: list[int] = []
            rows: list[list[str]] = []
            error = None
            # The cycle collector walks every object alive each time many are made; rows
            # make no cycles, so it rests while a block is read (half the time of a block).
            paused = gc.isenabled()
            gc.disable()
            try:
                for line, row in itertools.islice(cells, chunk):
                    lines.append(line)
                    rows.append(row)
            except InputError as exc:
                error = exc
            finally:
                if paused:
                    gc.enable()
            if rows:
                yield lines, dict(zip(header, zip(*rows)))
            if error is not None:
                raise error
            if len(rows) < chunk:
                return

    return header, blocks()


def _open_csv(text: str, source: str, *, required: tuple[str, ...], known: tuple[str, ...] | None,
              hxl: dict | None, aliases: dict[str, str] | None):
    """A strict CSV reader over ``text`` and the checked header (see :func:`csv_rows`)."""
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

    return reader, header


def _cells(reader, header: list[str], source: str, hxl: dict | None, bad_rows: list | None
           ) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) of each row after the header: blank lines and the HXL row left out."""
    start = reader.line_num + 1
    first = True
    width = len(header)
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"malformed CSV: {exc} (is a double quote left open, or text "
                             f"after a closing quote?)", source=source, line=start) from None
        line, start = start, reader.line_num + 1
        if first:
            first = False
            if hxl is not None and _is_hxl_row(cells):
                continue  # the HXL hashtag row under the header
        if not (cells and (cells[0].strip() or "".join(cells).strip())):
            continue  # a blank line
        if len(cells) != width:
            exc = InputError(f"{len(cells)} fields where the header has {width}; a "
                             f"field with a comma or a line break must be in double quotes",
                             source=source, line=line)
            if bad_rows is None:
                raise exc
            bad_rows.append(exc)
            continue
        yield line, cells


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
