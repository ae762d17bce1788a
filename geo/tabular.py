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
                ) -> tuple[list[str], Iterator[tuple[list[int], dict]]]:
    r"""The header and an iterator of row blocks over a CSV text, each block as columns.

    The same reading and checks as :func:`csv_rows`, for files of a million rows: each block
    is ``(lines, {column: values})`` of up to ``chunk`` rows, each column's values a
    :class:`geo.factor.Factor` (its distinct values and, per row, which). An error in the
    file comes after the block of the rows before it, so a reader can report an earlier
    row's error first. Without ``bad_rows``, a text pyarrow reads exactly as the csv module
    would is parsed by pyarrow (:func:`_arrow_blocks`: a third of the time).

    >>> header, blocks = csv_columns("a,b\n1,2\n3,4\n", "t.csv")
    >>> [(lines, {k: v.values().tolist() for k, v in cols.items()}) for lines, cols in blocks]
    [([2, 3], {'a': ['1', '3'], 'b': ['2', '4']})]
    """
    start = _header_end(text)
    if bad_rows is None and start is not None:
        # The header alone through the csv module (its checks, its errors): the whole text
        # in a StringIO would take four bytes a character.
        try:
            reader, header = _open_csv(text[:start], source, required=required, known=known,
                                       hxl=hxl, aliases=aliases)
        except InputError:
            reader = None  # read again below, the whole text: the same error, or none
        if reader is not None and reader.line_num == 1:
            fast = _arrow_blocks(text, start, header, hxl, chunk)
            if fast is not None:
                return header, fast
    reader, header = _open_csv(text, source, required=required, known=known, hxl=hxl,
                               aliases=aliases)

    from .factor import factorize  # numpy and pandas: only for this reader

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
                yield lines, {h: factorize(c) for h, c in zip(header, zip(*rows))}
            if error is not None:
                raise error
            if len(rows) < chunk:
                return

    return header, blocks()


def _header_end(text: str) -> int | None:
    """Where the first line ends ("\n", "\r\n" or "\r"), None without a line after it."""
    ends = [i for i in (text.find("\n"), text.find("\r")) if i >= 0]
    if not ends:
        return None
    start = min(ends) + (2 if text.startswith("\r\n", min(ends)) else 1)
    return start if start < len(text) else None


def _positions(raw, byte: int):
    """Where ``byte`` is in the array ``raw``, found a block at a time (no mask as large as a
    file of a million rows)."""
    import numpy as np

    step = 1 << 24
    return np.concatenate([np.flatnonzero(raw[i:i + step] == byte) + i
                           for i in range(0, len(raw), step)] or [np.zeros(0, dtype=np.int64)])


def _arrow_blocks(text: str, start: int, header: list[str], hxl: dict | None, chunk: int):
    """:func:`csv_columns`' blocks parsed by pyarrow's CSV reader (C, several threads): each
    column a :class:`geo.factor.Factor` (its distinct values found by Arrow too). None
    when the text holds anything on which the two readers could differ, or any error: then
    the csv module reads it, and names the line of the error.

    pyarrow reads ``"a"b`` as ``ab`` where the strict csv module refuses it, and it keeps no
    line numbers; so it is used only when every quote of the text is in a well-formed quoted
    field (each starting and ending a field: no text after a closing quote) and the header is
    one line. The line of each row is then its place plus the line breaks ("\n", "\r\n" or a
    lone "\r", as the csv module counts them) inside the quoted fields of the rows before it.
    """
    import numpy as np

    encoded = text.encode("utf-8")
    body = memoryview(encoded)[len(text[:start].encode("utf-8")):]  # the rows, not copied
    raw = np.frombuffer(body, dtype=np.uint8)
    runs = _quote_runs(raw)
    if runs is None:
        return None  # a quote outside a well-formed quoted field: the strict reader decides
    try:
        import pyarrow as pa
        from pyarrow import compute as pc
        from pyarrow import csv as pacsv

        names = [f"c{i}" for i in range(len(header))]
        table = pacsv.read_csv(
            pa.py_buffer(body),
            # One thread: the same time on the clock for this file's few MB and half the CPU
            # (a 100,000-row file: 0.09 s against 0.17 s, the threads' hand-offs).
            read_options=pacsv.ReadOptions(column_names=names, use_threads=False),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(
                column_types={n: pa.string() for n in names}, null_values=[],
                strings_can_be_null=False, quoted_strings_can_be_null=False))
    except Exception:  # a ragged row, an open quote...: the csv module names its line
        return None
    from .factor import Factor, objects

    n = table.num_rows
    # Each row starts after a line break outside the quoted fields (the header's line is 1);
    # the csv module counts "\n", "\r\n" and a lone "\r" as one line each.
    breaks = _positions(raw, ord("\n"))
    returns = _positions(raw, ord("\r"))
    if len(returns):
        lone = returns[raw[np.minimum(returns + 1, len(raw) - 1)] != ord("\n")]
        breaks = np.union1d(breaks, lone)
    starts, inside_after = runs
    inside = np.zeros(len(breaks), dtype=bool)
    if len(starts):
        run = np.searchsorted(starts, breaks) - 1
        inside = (run >= 0) & (inside_after[np.maximum(run, 0)] == 1)
    ends = np.flatnonzero(~inside)
    if n not in (len(ends), len(ends) + 1) or \
            (n == len(ends) + 1) != (raw[-1] not in (ord("\n"), ord("\r"))):
        return None  # rows and line breaks disagree: not read as expected
    lines = 2 + np.r_[0, ends[:n - 1] + 1].astype(np.int64)[:n]
    columns = []
    for name in names:
        col = table.column(name)
        if n and pc.max(pc.utf8_length(col)).as_py() > MAX_FIELD:
            return None  # the csv module's error names its line
        coded = pc.dictionary_encode(col.combine_chunks())
        columns.append(Factor(coded.indices.to_numpy(zero_copy_only=False).astype(np.int64),
                              objects(coded.dictionary.to_pylist())))
    keep = np.ones(n, dtype=bool)
    first = columns[0] if columns else None
    if first is not None:
        # Blank rows are left out as the csv module's rows are (every cell blank).
        blank_first = np.array([not v.strip() for v in first.uniques.tolist()], dtype=bool)
        for row in np.flatnonzero(blank_first[first.codes]).tolist():
            if not "".join(c.uniques[c.codes[row]] for c in columns).strip():
                keep[row] = False
        if hxl is not None and n and keep[0]:
            cells = [c.uniques[c.codes[0]] for c in columns]
            if _is_hxl_row(cells):
                keep[0] = False  # the HXL hashtag row under the header
    rows = np.flatnonzero(keep)

    def blocks():
        for at in range(0, len(rows), chunk):
            part = rows[at:at + chunk]
            yield lines[part].tolist(), {h: Factor(c.codes[part], c.uniques)
                                         for h, c in zip(header, columns)}

    return blocks()


def _quote_runs(raw):
    """The runs of quotes in the bytes ``raw`` (CSV rows): where each starts and whether a
    quoted field is open after it (1) or not (0); None unless every quote is in a
    well-formed quoted field: opened where a field starts, closed where it ends, doubled
    inside. Worked out as arrays: a run of odd length opens or closes a field, so whether a
    run lies inside a field is the parity of the odd runs before it.
    """
    import numpy as np

    at = _positions(raw, ord('"'))
    if not len(at):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    first = np.r_[True, np.diff(at) > 1]
    starts = at[first]
    lengths = np.diff(np.r_[np.flatnonzero(first), len(at)])
    ends = starts + lengths  # the byte after each run
    odd = (lengths & 1).astype(np.int64)
    inside_before = (np.cumsum(odd) - odd) & 1
    inside_after = inside_before ^ odd
    if inside_after[-1]:
        return None  # a quoted field left open
    delimiter = np.zeros(256, dtype=bool)
    delimiter[[ord(","), ord("\n"), ord("\r")]] = True
    before = np.where(starts > 0, raw[np.maximum(starts - 1, 0)], ord("\n"))
    after = np.where(ends < len(raw), raw[np.minimum(ends, len(raw) - 1)], ord("\n"))
    opened = inside_before == 0  # the run starts a field: right after a comma or a line
    closed = inside_after == 0  # the run ends a field: a comma or a line break next
    if not (delimiter[before[opened]].all() and delimiter[after[closed]].all()):
        return None
    return starts, inside_after


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
