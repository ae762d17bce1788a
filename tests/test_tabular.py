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
