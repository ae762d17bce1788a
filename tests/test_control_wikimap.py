"""The update path: Wikipedia's detailed-map module -> dated marks -> a layer above the bundled data.

The fixtures (tests/data/control/wikimap/) are written in the module's format by this
project: a late-2017 revision's layout (quoted numbers, the old legend) and a 2026 one
(unquoted numbers, the legend after 8 Dec 2024).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.control import ControlDataset, ControlIndex
from geo.control.wikimap import LEGENDS, mark_force, parse_lua_marks, read_module
from geo.errors import InputError
from incmap import cli

FIX = Path(__file__).parent / "data" / "control" / "wikimap"
M2017 = FIX / "module_2017-11-20.lua"
M2026 = FIX / "module_2026-09-11.lua"


def test_lua_reader_skips_comments_and_keeps_lines():
    marks = parse_lua_marks(M2017.read_text(encoding="utf-8"))
    lines = [m["_line"] for m in marks]
    assert lines == sorted(lines) and lines[0] == 11
    # The commented-out Idlib mark and the block comment's mark are not read.
    assert not [m for m in marks if "old mark" in m.get("label", "")]
    assert not [m for m in marks if m["lat"] == "35.80"]
    both = parse_lua_marks(M2026.read_text(encoding="utf-8"))
    assert both[0]["lat"] == "36.2031" and both[0]["mark"] == "Map-dot-grey-68a.svg"


@pytest.mark.parametrize("mark,legend,want", [
    ("Location dot red.svg", "to 2024-12-07", ("GOV", (), False)),
    ("Dot_green_0d0.svg", "to 2024-12-07", ("OPP", (), False)),
    ("Map-dot-grey-68a.svg", "to 2024-12-07", ("HTS_OPP", (), False)),
    ("Map-dot-grey-68a.svg", "from 2024-12-08", ("TRANSITIONAL", (), False)),
    ("Location_dot_lime.svg", "from 2024-12-08", ("LOCAL", (), False)),
    ("Location dot blue.svg", "from 2024-12-08", ("ISRAEL", (), False)),
    ("Map-ctl2-yellow+red.svg", "to 2024-12-07", ("SDF", ("GOV",), False)),
    ("80x80-red-black-anim.gif", "to 2024-12-07", ("GOV", ("ISIS",), True)),
    ("Fighter-jet-red-icon.svg", "from 2024-12-08", (None, "colour 'red' is no evidence of "
                                                           "control in this legend")),
    ("map-circle-red.svg", "to 2024-12-07", (None, "not a control mark")),
    ("Arch_dam_12x12_w.svg", "to 2024-12-07", (None, "not a control mark")),
])
def test_marks_read_per_the_legend_of_the_revision(mark, legend, want):
    assert mark_force(mark, LEGENDS[legend]) == want


def test_the_legend_follows_the_revision_date():
    old, _ = read_module(M2017, date="2017-11-20")
    new, problems = read_module(M2026, date="2026-09-11")
    by_label = lambda rows: {r["label"]: r for r in rows}  # noqa: E731
    assert by_label(old)["Idlib"]["force"] == "HTS_OPP"
    assert by_label(new)["Idlib"]["force"] == "TRANSITIONAL"
    assert by_label(old)["Abu Kamal"]["contested"] == "true"
    assert by_label(old)["Afrin (Efrîn)"]["line"] == 13  # labels are plain text for reviewers
    assert "Khmeimim Air Base" not in by_label(new) and problems
    # A colour can be mapped by hand over the legend.
    over, _ = read_module(M2026, date="2026-09-11", legend={"red": "TRANSITIONAL"})
    assert by_label(over)["Khmeimim Air Base"]["force"] == "TRANSITIONAL"


def test_bad_module_text_is_refused_with_the_line(tmp_path):
    bad = tmp_path / "bad.lua"
    bad.write_text('return { marks = {\n{ lat = "x36", long = "37", mark = "Dot_red.svg" },\n}}',
                   encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_module(bad, date="2017-11-20")
    assert err.value.line == 2 and "not numbers" in str(err.value)
    open_table = tmp_path / "open.lua"
    open_table.write_text('return { marks = {\n{ lat = 1, long = 2, mark = "Dot_red.svg" }\n',
                          encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_module(open_table, date="2017-11-20")
    assert "never closed" in str(err.value) and err.value.line == 1
    with pytest.raises(InputError, match="no control marks"):
        read_module("return { marks = {} }", date="2017-11-20")


@pytest.fixture(scope="module")
def layers(data, tmp_path_factory):
    """Both fixtures imported as layer folders with the CLI, the marks kept as CSV."""
    base = tmp_path_factory.mktemp("wikimap")
    run = CliRunner()
    out = {}
    for name, path, date, to in (("wiki-2017", M2017, "2017-11-20", "2017-12-31"),
                                 ("wiki-2026", M2026, "2026-09-11", "2026-12-31")):
        res = run.invoke(cli, ["--data", str(data.root), "control", "import", str(path),
                               "--format", "wikimap", "--date", date, "--to", to,
                               "--snapshot", str(base / f"{name}.csv"), "-o", str(base / name),
                               "--json"], catch_exceptions=False)
        assert res.exit_code == 0, res.output
        out[name] = (base / name, json.loads(res.output))
    out["base"] = base
    return out


def test_import_writes_a_dated_snapshot_and_a_layer(layers):
    folder, summary = layers["wiki-2017"]
    assert summary["outside"] == 1 and summary["legend"] == "to 2024-12-07"
    rows = list(csv.DictReader((layers["base"] / "wiki-2017.csv").open(encoding="utf-8")))
    assert {r["date"] for r in rows} == {"2017-11-20"} and len(rows) == 21
    ds = ControlDataset.read(folder)
    assert ds.coverage_info.last_verified.isoformat() == "2017-11-20"
    assert ds.coverage == (ds.coverage_info.first, ds.coverage_info.last)
    assert all("Wikipedia" in p.source and "CC BY-SA 4.0" in p.source for p in ds.periods)


def test_layers_stack_above_the_bundled_data_with_provenance(layers, data, gaz):
    idx = ControlIndex.load(data, layers=[layers["wiki-2026"][0]])
    assert idx.dataset.layers == ("wiki-2026", "bundled")
    suwayda, hasakah = gaz.get("C6147"), gaz.get("C4360")
    # Inside the layer's dates the layer answers, and says so.
    a = idx.control_at(suwayda.lon, suwayda.lat, "2026-10-01")
    assert (a.force, a.layer) == ("LOCAL", "wiki-2026") and "Wikipedia" in a.source
    assert a.days_past_verified == 20 and "2026-09-11" in a.coverage_note
    b = idx.control_at(hasakah.lon, hasakah.lat, "2026-10-01")
    assert (b.force, b.layer) == ("SDF", "wiki-2026")
    # Before the layer's first day the bundled dataset answers.
    c = idx.control_at(hasakah.lon, hasakah.lat, "2020-01-01")
    assert c.layer == "bundled" and c.force == "SDF"
    # The stacked coverage: verified to the latest day any layer vouches for.
    assert idx.coverage_info.verified_to.isoformat() == "2026-09-11"
    many = idx.control_many([suwayda.lon, hasakah.lon], [suwayda.lat, hasakah.lat],
                            ["2026-10-01", "2020-01-01"])
    assert many["layer"].tolist() == ["wiki-2026", "bundled"]


def test_diff_lists_communities_that_changed_hands(layers, data, tmp_path):
    """Between the two revisions (as layers), Idlib goes from HTS_OPP to TRANSITIONAL."""
    run = CliRunner()
    base = ["--data", str(data.root), "control", "diff", "--layer", str(layers["wiki-2026"][0]),
            "--layer", str(layers["wiki-2017"][0]), "--from", "2017-12-01", "--to", "2026-10-01"]
    res = run.invoke(cli, base + ["-o", str(tmp_path / "d.csv")], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    rows = {r["pcode"]: r for r in csv.DictReader((tmp_path / "d.csv").open(encoding="utf-8"))}
    idlib = rows["C3871"]
    assert (idlib["from_force"], idlib["to_force"]) == ("HTS_OPP", "TRANSITIONAL")
    assert idlib["held_until"] == "2017-12-31" and idlib["held_since"] == "2026-09-11"
    assert idlib["to_layer"] == "wiki-2026" and idlib["name"] == "Idleb"
    assert "C4360" not in rows  # Hasakah: SDF on both dates
    js = run.invoke(cli, base + ["--format", "json"], catch_exceptions=False)
    doc = json.loads(js.output)
    assert doc["count"] == len(rows) and {r["pcode"] for r in doc["rows"]} == set(rows)
    text = run.invoke(cli, base, catch_exceptions=False).output
    assert "C3871" in text and f"{len(rows)} communities changed hands" in text
    bad = run.invoke(cli, ["--data", str(data.root), "control", "diff", "--from", "2020-01-01",
                           "--to", "2019-01-01"])
    assert bad.exit_code == 1 and "must be after" in bad.output
