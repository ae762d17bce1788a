"""The one reader of tabular input files: every command fails the same, precise way."""

import subprocess
import sys

import pytest

from geo.errors import InputError
from geo.tabular import csv_rows, read_text


def test_not_utf8_names_line_and_column(tmp_path):
    f = tmp_path / "cp1256.csv"
    f.write_bytes("place_text\nShawa\n".encode() + "منبج\n".encode("cp1256"))
    with pytest.raises(InputError) as err:
        read_text(f)
    assert err.value.line == 3 and "column 1" in str(err.value) and "Windows-1256" in str(err.value)


def test_utf16_and_missing_files(tmp_path):
    f = tmp_path / "u16.csv"
    f.write_bytes("a,b\n1,2\n".encode("utf-16"))
    with pytest.raises(InputError, match="UTF-16"):
        read_text(f)
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "none.csv")


@pytest.mark.parametrize("text,line,message", [
    ("unit,force\nC1,GOV,extra\n", 2, "3 fields where the header has 2"),
    ('unit,force\nC1,"GOV\n', 2, "malformed CSV"),
    ("force\nGOV\n", 1, "missing column unit"),
    ("unit,unit\nC1,C2\n", 1, "appears twice"),
    ("", 1, "empty"),
])
def test_bad_csv_names_the_line(text, line, message):
    with pytest.raises(InputError) as err:
        header, rows = csv_rows(text, "t.csv", required=("unit",))
        list(rows)
    assert err.value.line == line and message in str(err.value)


def test_rows_keep_their_file_line_numbers():
    text = 'unit,note\nC1,"two\nlines"\n\nC2,x\n'
    _, rows = csv_rows(text, "t.csv", required=("unit",))
    assert [(line, row["unit"]) for line, row in rows] == [(2, "C1"), (5, "C2")]


def test_control_import_of_a_legacy_encoded_file_is_refused_with_its_line(tmp_path):
    f = tmp_path / "pcodes.csv"
    f.write_bytes(b"pcode,force,valid_from\nC1255,SNA,2023-01-01\nC1767,\xe3\xe4\xc8\xcc,2023-01-01\n")
    out = subprocess.run([sys.executable, "-m", "incmap", "control", "import", str(f),
                          "--format", "pcodes"], capture_output=True, text=True)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "line 3" in out.stderr and "UTF-8" in out.stderr


# Texts on which pyarrow's reading and the strict csv module's could differ: quotes (doubled,
# after a closing quote, in an unquoted field, left open), line breaks in fields ("\n",
# "\r\n", a lone "\r"), blank rows, the HXL row, ragged rows, a field past MAX_FIELD.
EDGE_TEXTS = [
    'a,b\n1,2\n3,4\n', 'a,b\n"x"y,2\n', 'a,b\n"x,2\n', 'a,b\n1,2\n\n3,4\n', 'a,b\n1,2\n , \n3,4\n\n',
    'a,b\n1,2,3\n', 'a,b\n"l1\nl2",2\n"q""x""\ny\nz",3\n5,6', 'a,b\nx"y,2\n', 'a,b\n"a" ,2\n',
    'a,b\n"abc""",x\n"d",e\n', 'a,b\n"abc"""x,1\n', 'a,b\n#x,#y\n1,2\n', 'a,b\n', 'a,b\n,\n',
    'a\n\n1\n\n', 'a,b\n"' + "x" * 100_001 + '",1\n', 'a,b\n\x1c,\x1f\n1,2\n', 'a,b\n"",""\n',
    'a,b\n"a\n\n\nb",1\n2,3\n', 'a,b\n1,"x"', 'a,b\n1,"x', 'a,b\n1,x"\n', 'a,b\n"é,ü\nش",1\n3,4\n',
    '"a",b\n"1",2\n', 'a,b\n\n\n"x\ny",1\n\n3,4\n', 'a,b\r\n1,2\r\n3,4\r\n', 'a,b\r1,2\r3,4',
    'a,b\r\n"x\r\ny",1\r\n2,3', 'a,b\n"x\ry",1\n2,3\n', 'a,b\r\n\r\n1,2\r\n', 'a,b\n"x"\r\n1,2',
    'a,b\n1,2\n\r\n"q\r",3\r\r\n4,5\n',
]


def _read_columns(text, monkeypatch, arrow: bool):
    from geo import tabular

    if not arrow:
        monkeypatch.setattr(tabular, "_arrow_blocks", lambda *a, **k: None)
    try:
        header, blocks = tabular.csv_columns(text, "t.csv", hxl={}, chunk=2)
        return header, [(list(lines), {k: v.values().tolist() for k, v in cols.items()})
                        for lines, cols in blocks]
    except InputError as exc:
        return str(exc), exc.line
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_pyarrow_reads_a_csv_as_the_csv_module_does_or_leaves_it_to_it(text, monkeypatch):
    """Same rows, same values, same line numbers, same errors: pyarrow reads only the texts
    it reads exactly as the strict csv module (every quote in a well-formed quoted field)."""
    assert _read_columns(text, monkeypatch, True) == _read_columns(text, monkeypatch, False)


def test_pyarrow_reads_the_plain_and_quoted_texts_and_not_the_doubtful_ones():
    """The fast reader is really used for ordinary files (quoted fields over several lines,
    Windows line ends) and never for a quote the csv module would refuse."""
    from geo import tabular

    def fast(text):
        start = tabular._header_end(text)
        reader, header = tabular._open_csv(text[:start], "t.csv", required=(), known=None,
                                           hxl=None, aliases=None)
        return tabular._arrow_blocks(text, start, header, None, 10) is not None

    assert fast('a,b\n"l1\nl2",2\n"q""x""",3\n')
    assert fast('a,b\r\n"x\r\ny",1\r\n2,3\r\n')
    assert not fast('a,b\n"x"y,2\n') and not fast('a,b\n"a" ,2\n') and not fast('a,b\n1,"x')
