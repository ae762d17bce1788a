"""Read the text of Wikipedia's "Syrian Civil War detailed map" module into dated control marks.

English Wikipedia keeps its village-level map of Syria as a Lua module,
``Module:Syrian_Civil_War_detailed_map`` (the raw text of any revision is at
``https://en.wikipedia.org/w/index.php?title=Module:Syrian_Civil_War_detailed_map&action=raw&oldid=REV``).
It returns a table whose ``marks`` are one Lua table per place::

    { lat = "35.950", long = "39.010", mark = "Dot_yellow_ff4.svg", marksize = "8",
      label = "[[Raqqa]]", link = "Raqqa" },           -- older revisions: quoted numbers
    {lat= 36.20, long= 37.16, mark= "Map-dot-grey-68a.svg", label= "[[Aleppo]]"},  -- 2026

The *colour* in the mark's file name says who holds the place, per the legend in
the module's ``caption``; the legend changed with the fall of the regime (8 December
2024), so the same colour means different forces before and after (:data:`LEGENDS`):

=========  ============================  ==========================================
colour     legend to 7 Dec 2024           legend from 8 Dec 2024
=========  ============================  ==========================================
red        Government (``GOV``)           Russian forces (bases only: skipped)
green/lime main rebels (``OPP``)          Druze militias (``LOCAL``)
yellow     Kurds / SDF (``SDF``)          SDF (``SDF``)
grey       Tahrir al-Sham (``HTS_OPP``)   transitional government and Turkish forces
                                          (``TRANSITIONAL``)
black      ISIL (``ISIS``)                ISIL (``ISIS``)
blue       local unaffiliated forces      Israel Defense Forces (``ISRAEL``)
           (``LOCAL``)
=========  ============================  ==========================================

Mark families: dots (``Location dot red.svg``, ``Dot_yellow_ff4.svg``,
``Map-dot-grey-68a.svg``), stable mixed control (``Map-ctl2-red+yellow.svg``: the
first colour holds, the others share), contested (``80x80-red-lime-anim.gif``),
rural presence (``3x3dot-red.svg``) and bases (``Abm-red-icon.png``,
``Fighter-jet-red-icon.svg``, ``Helicopter-red-icon.svg``) carry control; siege rings
(``map-circle-*``, ``map-arcNN-*``), border posts, dams, ports and the like do not
and are skipped. Lua comments (``--`` and ``--[[ ]]``) are skipped: a commented-out
mark is not on the map.

:func:`read_module` gives the marks of one revision as a *dated village-level
snapshot* (rows ``lat,lon,force,mixed_with,contested,date,label,mark,line``, written
by :func:`write_snapshot`); :func:`import_module` turns it into control periods
through :func:`geo.control.importers.import_marks`.

Sources (how the format and the legends were learnt): the public copies of the
module text and of its sister modules' captions (e.g. the "Syrian and Iraqi
insurgency detailed map" caption: red Government, green main rebels, yellow SDF,
grey HTS, black ISIL, blue local unaffiliated forces), and a 2026 description of the
current legend (grey = transitional government & Turkish armed forces, yellow =
SDF, lime = Druze militias, blue = IDF, red = Russian forces at Hmeimim and Tartus,
black = ISIL). Wikipedia text is CC BY-SA 4.0: a layer made from it carries that
licence and credits "Wikipedia contributors".

>>> marks, problems = read_module(TEXT, date="2017-11-20")          # doctest: +SKIP
>>> marks[0]["force"], marks[0]["line"]                              # doctest: +SKIP
('SDF', 12)
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from pathlib import Path

from ..errors import InputError
from ..force import FORCES, TRANSITION_DATE
from ..tabular import read_text
from .period import parse_day

__all__ = ["LEGENDS", "legend_for", "parse_lua_marks", "mark_force", "read_module",
           "write_snapshot", "import_module", "SNAPSHOT_FIELDS", "MODULE", "MODULE_URL"]

MODULE = "Module:Syrian Civil War detailed map"
MODULE_URL = ("https://en.wikipedia.org/w/index.php?title=Module:Syrian_Civil_War_detailed_map"
              "&action=raw")
SNAPSHOT_FIELDS = ["lat", "lon", "force", "mixed_with", "contested", "date", "label", "mark",
                   "line"]

# colour -> force code (None: a colour in the legend that is no evidence of control).
LEGENDS: dict[str, dict[str, str | None]] = {
    "to 2024-12-07": {"red": "GOV", "lime": "OPP", "yellow": "SDF", "grey": "HTS_OPP",
                      "black": "ISIS", "blue": "LOCAL"},
    "from 2024-12-08": {"grey": "TRANSITIONAL", "yellow": "SDF", "lime": "LOCAL",
                        "blue": "ISRAEL", "black": "ISIS",
                        # Russian forces, at their two bases only: the ground around them
                        # is the transitional authorities', which the neighbours' marks say.
                        "red": None, "darkred": None},
}
_COLOUR = re.compile(r"darkred|red|lime|green|yellow|grey|gray|black|blue|white|orange|purple")
_ALIASES = {"green": "lime", "gray": "grey"}
# File-name families that carry control; anything else (border posts, dams, ports, oil,
# industry, siege rings) is no evidence of who holds the place.
_CONTROL_FAMILY = re.compile(r"\bdot\b|dot[-_ ]|[-_ ]dot|map-ctl\d|anim|abm-|fighter-jet|helicopter|"
                             r"\d+x\d+dot", re.I)
_NOT_CONTROL = re.compile(r"map-circle|map-arc|mountain[ _]pass|arch[ _]dam|anchor|gota|"
                          r"nuclearpowerplant", re.I)


def legend_for(day: dt.date) -> dict[str, str | None]:
    """The legend of a revision of ``day``: the old one before 8 Dec 2024, the new one after."""
    return LEGENDS["from 2024-12-08" if day >= TRANSITION_DATE else "to 2024-12-07"]


# -- a small Lua reader: tables of key = value, strings, numbers, comments -------------
_TOKEN = re.compile(r"""
    (?P<comment>--\[(?P<cl>=*)\[.*?\](?P=cl)\]|--[^\n]*)
  | (?P<long>\[(?P<ll>=*)\[.*?\](?P=ll)\])
  | (?P<string>"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')
  | (?P<number>-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>[{}=,;\[\]])
  | (?P<space>\s+)
  | (?P<other>.)
""", re.S | re.X)


def _unquote(text: str) -> str:
    body = text[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def parse_lua_marks(text: str, *, source: str | None = None) -> list[dict]:
    """Every Lua table with ``lat``, ``long`` (or ``lon``) and ``mark`` keys, in file order.

    Each is a dict of its ``key = value`` fields (strings and numbers as text) plus
    ``_line``, the line its ``{`` is on. Commented-out tables are not returned.

    >>> parse_lua_marks('marks = {\\n -- { lat = 1, long = 2, mark = "x" },\\n'
    ...                 '{ lat = "36.2", long = 37.1, mark = "Dot_red.svg", label = "[[A|B]]" }}')
    [{'lat': '36.2', 'long': '37.1', 'mark': 'Dot_red.svg', 'label': '[[A|B]]', '_line': 3}]
    """
    stack: list[dict] = []
    out: list[dict] = []
    line = 1
    key: str | None = None  # a name just read, waiting to see whether "=" follows
    pending: str | None = None  # the key of "key =", waiting for its value
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        value = m.group(kind)
        start_line = line
        line += value.count("\n")
        if kind in ("comment", "space"):
            continue
        if kind == "other":
            raise InputError(f"unexpected character {value!r} in the module text", source=source,
                             line=start_line)
        if kind == "punct" and value == "{":
            stack.append({"_line": start_line})
            key = pending = None
            continue
        if kind == "punct" and value == "}":
            if not stack:
                raise InputError("a '}' closes no table", source=source, line=start_line)
            table = stack.pop()
            if {"lat", "mark"} <= set(table) and ("long" in table or "lon" in table):
                out.append({k: v for k, v in table.items() if k != "_line"}
                           | {"_line": table["_line"]})
            key = pending = None
            continue
        if kind == "punct" and value == "=":
            pending, key = key, None
            continue
        if kind == "punct":  # , ; [ ]
            key = None
            continue
        if kind == "name" and pending is None:
            key = value
            continue
        if pending is not None and stack:
            if kind == "string":
                stack[-1][pending] = _unquote(value)
            elif kind == "long":
                stack[-1][pending] = re.sub(r"^\[=*\[|\]=*\]$", "", value)
            else:
                stack[-1][pending] = value
        pending = key = None
    if stack:
        raise InputError(f"the table opened on line {stack[-1]['_line']} is never closed",
                         source=source, line=stack[-1]["_line"])
    return out


# -- marks -> forces -----------------------------------------------------------------------
def mark_force(mark: str, legend: dict[str, str | None]):
    """``(force, also, contested)`` for a mark's file name, or ``(None, reason)`` to skip it.

    >>> mark_force("Map-ctl2-red+yellow.svg", LEGENDS["to 2024-12-07"])
    ('GOV', ('SDF',), False)
    >>> mark_force("80x80-red-lime-anim.gif", LEGENDS["to 2024-12-07"])
    ('GOV', ('OPP',), True)
    >>> mark_force("Mountain pass 12x12 e.svg", LEGENDS["to 2024-12-07"])[1]
    'not a control mark'
    """
    name = mark.strip()
    low = name.lower().replace("_", " ")
    if _NOT_CONTROL.search(low) or not _CONTROL_FAMILY.search(low):
        return None, "not a control mark"
    colours = [_ALIASES.get(c, c) for c in _COLOUR.findall(low)]
    if not colours:
        return None, "no colour in the mark's name"
    unknown = [c for c in colours if c not in legend]
    if unknown:
        return None, f"colour {unknown[0]!r} is not in the legend"
    forces = [legend[c] for c in colours]
    if forces[0] is None:
        return None, f"colour {colours[0]!r} is no evidence of control in this legend"
    also = tuple(dict.fromkeys(f for f in forces[1:] if f and f != forces[0]))
    return forces[0], also, "anim" in low


def _label(text: str) -> str:
    """``[[Raqqa|ar-Raqqa <small>(x)</small>]]`` -> ``ar-Raqqa (x)``: for reviewers."""
    text = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", r"\1", text or "")
    text = re.sub(r"<[^>]+>|'''?|&nbsp;", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def read_module(path_or_text: str | os.PathLike, *, date, legend: dict | None = None,
                skip_invalid: bool = False) -> tuple[list[dict], list[str]]:
    """The control marks of one revision: ``(rows, problems)``.

    ``date`` is the revision's date (the marks show the map on that day); it picks
    the legend (:func:`legend_for`) unless ``legend`` (colour -> force code) is given,
    which is laid over it. Rows have :data:`SNAPSHOT_FIELDS`. Marks that carry no
    control are skipped and counted in ``problems``; a mark with unreadable
    coordinates is an error naming its line (or, with ``skip_invalid``, a problem).
    """
    if isinstance(path_or_text, str) and ("{" in path_or_text or "\n" in path_or_text):
        text, src = path_or_text, "<module text>"
    else:
        src = str(path_or_text)
        text = read_text(path_or_text)
    day = parse_day(date, source=src, field="date")
    table = dict(legend_for(day))
    for colour, force in (legend or {}).items():
        colour = _ALIASES.get(colour.strip().lower(), colour.strip().lower())
        if force is not None and force not in FORCES:
            raise InputError(f"legend: {force!r} is not a force code ({', '.join(FORCES)})",
                             source=src, field="legend")
        table[colour] = force
    rows, problems, errors = [], [], []
    skipped: dict[str, int] = {}
    for entry in parse_lua_marks(text, source=src):
        line = entry["_line"]
        try:
            lat = float(entry["lat"])
            lon = float(entry.get("long", entry.get("lon")))
        except (TypeError, ValueError):
            exc = InputError(f"coordinates {entry.get('lat')!r}, {entry.get('long')!r} are not "
                             f"numbers", source=src, line=line, field="lat")
            if not skip_invalid:
                errors.append(exc)
            else:
                problems.append(str(exc))
            continue
        got = mark_force(entry["mark"], table)
        if got[0] is None:
            skipped[got[1]] = skipped.get(got[1], 0) + 1
            continue
        force, also, contested = got
        rows.append({"lat": lat, "lon": lon, "force": force,
                     "mixed_with": also[0] if also else "",
                     "contested": "true" if contested else "", "date": day.isoformat(),
                     "label": _label(entry.get("label", "")), "mark": entry["mark"],
                     "line": line})
    if errors:
        shown = "; ".join(str(e) for e in errors[:5])
        raise InputError(errors[0].message if len(errors) == 1 else
                         f"{len(errors)} marks with bad coordinates, nothing imported: {shown}",
                         source=src, line=errors[0].line if len(errors) == 1 else None)
    problems += [f"{n} mark(s) skipped: {why}" for why, n in sorted(skipped.items())]
    if not rows:
        raise InputError("no control marks found (is this the module's text? marks look like "
                         "{ lat = ..., long = ..., mark = \"Location dot red.svg\" })", source=src)
    return rows, problems


def write_snapshot(rows: list[dict], path: str | os.PathLike) -> Path:
    """Write the marks as the dated village-level snapshot CSV (:data:`SNAPSHOT_FIELDS`)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, SNAPSHOT_FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    os.replace(tmp, path)
    return path


def import_module(path: str | os.PathLike, *, ref, date, valid_to=None, legend=None,
                  snapshot: str | os.PathLike | None = None, skip_invalid: bool = False,
                  source: str = "", tess=None):
    """The module's marks of ``date`` -> control periods (an :class:`ImportResult`).

    The marks are written as the snapshot CSV (to ``snapshot``, or a temporary file)
    and read by :func:`geo.control.importers.import_marks`: each community cell takes
    the force of its marks, or of the nearest mark. Marks outside Syria (the module
    also shows places across the borders) are skipped and counted in the problems.
    The periods run from ``date`` to ``valid_to`` (default: ``date``); the dataset's
    coverage is that range, verified on ``date``.
    """
    import tempfile

    import numpy as np

    from .importers import import_marks
    from .tessellation import Tessellation

    rows, problems = read_module(path, date=date, legend=legend, skip_invalid=skip_invalid)
    day = parse_day(date, field="date")
    end = parse_day(valid_to, field="to") if valid_to else day
    if end < day:
        raise InputError(f"the range ends ({end}) before it starts ({day})", source=str(path))
    tess = tess or Tessellation.load(ref, None)
    atom, _, _ = tess.locate(np.array([r["lon"] for r in rows]), np.array([r["lat"] for r in rows]))
    outside = int((atom < 0).sum())
    rows = [r for r, a in zip(rows, atom) if a >= 0]
    if outside:
        problems.append(f"{outside} mark(s) outside Syria skipped")
    if not rows:
        raise InputError("no control marks inside Syria", source=str(path))
    note = source or (f"Wikipedia, {MODULE} as of {day.isoformat()} (Wikipedia contributors, "
                      f"CC BY-SA 4.0)")
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = write_snapshot(rows, snapshot or Path(tmp) / "marks.csv")
        result = import_marks(csv_path, ref=ref, valid_from=day, valid_to=end, source=note,
                              skip_invalid=skip_invalid, tess=tess)
    ds = result.dataset
    ds.declared_coverage, ds.last_verified = (day, end), day
    result.problems = problems + result.problems
    result.summary.update({"module_marks": len(rows) + outside, "outside": outside,
                           "legend": "from 2024-12-08" if day >= TRANSITION_DATE
                           else "to 2024-12-07"})
    return result
