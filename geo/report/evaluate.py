"""Score the report reader and the geocoder against a corpus of real texts with hand-written answers.

A corpus is a directory laid out like ``tests/corpus/snhr/`` (see ``docs/corpus.md``):
``index.csv`` (``id, language, form, split, ...``), ``texts/<id>.txt`` (a header, ``---``, the
text), ``expected/<id>.json`` (the answer written by hand) and ``geocode_sentences.csv``.
Seven measures are scored per text, as the project is judged:

====  ======================  ==========================================================
(a)   ``accepted``            the text is read when it reports killings, refused when not
(b)   ``tallies``             each month figure the text states (killed, children, women,
                              torture, massacres, media, medical, killed by party) read
                              right; a figure the reader gives that the text does not
                              state for the month (a year total, a title's number) is wrong
(c)   ``found``               each expected incident has an extracted incident from the
                              same sentences
(d)   ``placed``              its place geocodes to the expected unit (not scored when the
                              text names no place for it)
(e)   ``counts``              its killed and children are right
(f)   ``control``             its stated control is read right (none when none is stated)
(g)   ``perpetrator``         its party is read right (when the answer gives one; see
                              :func:`perpetrator_right`)
====  ======================  ==========================================================

and two on the sentence file: ``geocode`` (each sentence, with the documenter's governorate
hint, geocodes to the expected unit) and ``agreement`` (the control dataset at that point and
day agrees with the control the sentence states).

>>> ev = evaluate_corpus("tests/corpus/snhr")                         # doctest: +SKIP
>>> ev.rate("found", split="tune")                                    # doctest: +SKIP
0.95
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..names import normalise

__all__ = ["CorpusText", "Evaluation", "load_corpus", "evaluate_corpus", "evaluate_sentences",
           "MEASURES", "format_table", "accepted_perpetrators", "perpetrator_right"]

MEASURES = ("accepted", "tallies", "found", "placed", "counts", "control", "perpetrator", "geocode",
            "agreement")
# The month figures a text can state, by the corpus's key and the reader's attribute.
SCALAR_TALLIES = {"killed": "killed", "children": "children", "women": "women",
                  "torture": "torture", "massacres": "massacres"}
PERSONNEL_TALLIES = {"media": "media", "medical": "medical"}
# Corpus force codes the project's force parser spells otherwise.
_SAME_FORCE = {"HTS": "HTS_OPP", "OPP": "HTS_OPP", "REGIME": "GOV"}
# Corpus party codes (by_party) as the reader's perpetrator codes (geo.incident.PERPETRATORS).
_SAME_PARTY = {"GOV": "REGIME", "OPP": "OPP_SNA", "SNA": "OPP_SNA", "SNA+OPP": "OPP_SNA"}
# The reader's codes for a party the text does not identify: the corpus's UNKNOWN.
_UNIDENTIFIED = ("OTHER_UNIDENTIFIED", "OTHER_GUNFIRE", "OTHER_BOMBING", "OTHER_LANDMINE")
# The corpus's party codes as written in a free-text perpetrator_joint / perpetrator_suspected.
_PARTY_CODE = re.compile(r"\b(GOV|REGIME|RUSSIA|SDF|COALITION|HTS|ISIS|OPP|SNA|ISRAEL|JORDAN|TURKEY|"
                         r"TRANSITIONAL|LOCAL)\b")


@dataclass
class CorpusText:
    """One text of the corpus: its id, split, language, form, body and expected answer."""

    id: str
    language: str
    form: str
    split: str
    text: str
    expected: dict
    source_url: str = ""
    raw: str = ""  # the file as stored: header (source, published) + text
    round: str = ""  # the gathering round (index.csv ``round``: "2", "4b", "5en", ...)


@dataclass
class Item:
    """One scored item: which measure, right or not, and what was expected and read."""

    measure: str
    right: bool
    text_id: str
    split: str
    language: str
    form: str
    what: str = ""
    expected: object = None
    got: object = None


@dataclass
class Evaluation:
    """Every scored item of a run; rates per measure, split, language and form."""

    items: list[Item] = field(default_factory=list)
    extra_incidents: list[tuple[str, str]] = field(default_factory=list)  # (text id, sentence)

    def select(self, measure: str, **where) -> list[Item]:
        return [i for i in self.items if i.measure == measure
                and all(getattr(i, k) == v for k, v in where.items() if v is not None)]

    def rate(self, measure: str, **where) -> float | None:
        sel = self.select(measure, **where)
        return sum(i.right for i in sel) / len(sel) if sel else None

    def count(self, measure: str, **where) -> tuple[int, int]:
        sel = self.select(measure, **where)
        return sum(i.right for i in sel), len(sel)

    def failures(self, measure: str | None = None, **where) -> list[Item]:
        return [i for i in self.items if not i.right and (measure is None or i.measure == measure)
                and all(getattr(i, k) == v for k, v in where.items() if v is not None)]


# -- loading --------------------------------------------------------------------------------

def _body(raw: str) -> str:
    """The text after the header's ``---`` line."""
    head, sep, body = raw.partition("\n---\n")
    return body if sep else raw


def load_corpus(root: str | Path) -> list[CorpusText]:
    """The texts of the corpus at ``root``, in index order.

    Raises :class:`~geo.errors.InputError` naming the index line of a text or answer that
    is missing.
    """
    root = Path(root)
    index = root / "index.csv"
    if not index.is_file():
        raise InputError("no index.csv: is this a corpus directory?", source=str(root))
    out = []
    with open(index, encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            tid = row["id"]
            tpath, epath = root / "texts" / f"{tid}.txt", root / "expected" / f"{tid}.json"
            if not tpath.is_file() or not epath.is_file():
                raise InputError(f"text or expected answer of {tid!r} missing", source=str(index),
                                 line=line)
            raw = tpath.read_text(encoding="utf-8")
            out.append(CorpusText(tid, row["language"], row["form"], row.get("split", "tune"),
                                  _body(raw), json.loads(epath.read_text(encoding="utf-8")),
                                  row.get("source_url", ""), raw, (row.get("round") or "").strip()))
    return out


# -- scoring one text -----------------------------------------------------------------------

def _same_force(a: str | None, b: str | None) -> bool:
    return _SAME_FORCE.get(a, a) == _SAME_FORCE.get(b, b)


def _party_codes(code: str) -> set[str]:
    """The reader's codes that are the corpus's party ``code``: ``"GOV"`` -> ``{"REGIME"}``."""
    return set(_UNIDENTIFIED) if code == "UNKNOWN" else {_SAME_PARTY.get(code, code)}


def accepted_perpetrators(exp: dict) -> set[str]:
    """The reader's perpetrator codes that are right for an expected incident (docs/corpus.md).

    The answer's party; with ``perpetrator_joint``, any party the joint names (a list's codes, or
    RUSSIA when its text names Russia); with ``perpetrator_suspected``, the suspected party's code
    when the value writes one, and the unidentified codes.

    >>> sorted(accepted_perpetrators({"perpetrator": "GOV", "perpetrator_joint": "Syrian-Russian alliance"}))
    ['REGIME', 'RUSSIA']
    >>> sorted(accepted_perpetrators({"perpetrator": "UNKNOWN", "perpetrator_suspected": "ISIS cells"}))
    ['ISIS', 'OTHER_BOMBING', 'OTHER_GUNFIRE', 'OTHER_LANDMINE', 'OTHER_UNIDENTIFIED']
    """
    codes = _party_codes(exp["perpetrator"])
    joint = exp.get("perpetrator_joint")
    if isinstance(joint, list):
        for code in joint:
            codes |= _party_codes(code)
    elif joint and re.search(r"russ|روس", str(joint), re.I):
        codes.add("RUSSIA")
    suspected = exp.get("perpetrator_suspected")
    if suspected:
        codes |= set(_UNIDENTIFIED)
        for code in _PARTY_CODE.findall(str(suspected)):
            codes |= _party_codes(code)
    return codes


def perpetrator_right(exp: dict, got: str | None) -> bool:
    """Is the reader's perpetrator code ``got`` the expected incident's party?

    >>> perpetrator_right({"perpetrator": "GOV"}, "REGIME"), perpetrator_right({"perpetrator": "UNKNOWN"}, "OTHER")
    (True, False)
    """
    return got is not None and got in accepted_perpetrators(exp)


def expected_units(exp: dict) -> set[str]:
    """The P-codes that count as the right place for an expected incident or sentence row."""
    units = {exp.get("expected_pcode")} | {str(a).split()[0] for a in exp.get("alternative_pcodes") or ()}
    return {u for u in units if u}


def place_right(match, exp: dict, gazetteer=None) -> bool:
    """Is a geocoder match the expected place?

    A place missing from the 2015 gazetteer (``gazetteer_gap``) is right when the match is a
    place beyond the OCHA list (:mod:`geo.extra_places`) that has one of the names the answer
    gives, in the answer's governorate and, when the answer names parent units by P-code, in
    the district of one of them.
    """
    if match is None or not match.found:
        return exp.get("expected_unit_level") == "outside-syria"
    if match.pcode in expected_units(exp):
        return True
    if gazetteer is not None and match.pcode in gazetteer and \
            gazetteer.get(match.pcode).level == "neighbourhood" and \
            gazetteer.get(match.pcode).city_pcode in expected_units(exp):
        # "al-Sheikh Saed area in al-Mazza neighborhood in Damascus city" placed at the
        # Mazzeh neighbourhood where the answer has Damascus city: a finer place inside the
        # answer's city, named by the text, is right. (Only a neighbourhood inside its city:
        # a village inside an expected sub-district claims a precision the text did not give.)
        return True
    gap = exp.get("gazetteer_gap")
    if not gap or gazetteer is None or not match.pcode or match.pcode not in gazetteer:
        return False
    place = gazetteer.get(match.pcode)
    if not place.extra:
        return False
    gov = exp.get("governorate")
    if gov and gazetteer.resolve_unit(gov) not in (None, place.adm1_pcode):
        return False
    parents = re.findall(r"SY\d{4,6}", " ".join(str(v) for k, v in gap.items()
                                                if k.startswith("parent")))
    if parents and not any(place.adm2_pcode == code[:6] for code in parents):
        return False
    # The answer's names, Latin and Arabic apart (normalise reads a mixed string as Arabic).
    said = f"{gap.get('place', '')} {exp.get('place', '')}"
    pieces = [normalise(p) for p in re.split(r"[,;()/]|\bnear\b|\bvillage\b", said) if p.strip()]
    return any(normalise(n) and normalise(n) in piece
               for n in gazetteer.names_of(place.pcode) for piece in pieces)


def _span(text: str, sentence: str) -> tuple[int, int] | None:
    k = text.find(sentence)
    if k < 0:
        k = text.find(sentence[:80])
    return (k, k + len(sentence)) if k >= 0 else None


def _pair(text: str, expected: list[dict], got: list) -> list[tuple[dict, object]]:
    """Each expected incident with the extracted incident told in the same sentences, or None.

    An extracted incident matches when its sentences overlap the expected sentence; among
    several, the one with the same date, then the same count, wins. Each is used once.
    """
    used: set[int] = set()
    pairs = []
    for exp in expected:
        span = _span(text, exp.get("sentence", ""))
        best, best_key = None, None
        for k, inc in enumerate(got):
            if k in used:
                continue
            overlap = span is not None and inc.start < span[1] and span[0] < inc.end
            # (both dates unknown rank as the same; but an unknown date pairs nothing by itself)
            same_day = str(inc.date)[:10] == str(exp.get("date"))[:10]
            if not overlap and not (same_day and inc.date is not None and span is None):
                continue
            key = (same_day, inc.killed == exp.get("killed"),
                   bool(inc.place_text) and normalise(str(exp.get("place"))) in normalise(inc.place_text or ""))
            if best_key is None or key > best_key:
                best, best_key = k, key
        if best is not None:
            used.add(best)
        pairs.append((exp, got[best] if best is not None else None))
    return pairs


def score_text(ct: CorpusText, *, geocoder=None, gazetteer=None) -> tuple[list[Item], list[str]]:
    """The scored items of one text, and the sentences of incidents the answer does not have."""
    from .reader import read_report

    exp = ct.expected
    items: list[Item] = []

    def add(measure, right, what="", expected=None, got=None):
        items.append(Item(measure, bool(right), ct.id, ct.split, ct.language, ct.form, what,
                          expected, got))

    try:
        report = read_report(ct.raw, url=ct.source_url or None)
        refused = None
    except InputError as exc:
        report, refused = None, exc.message
    add("accepted", (report is not None) == bool(exp["accepted"]), "accepted",
        exp["accepted"], refused or True)
    if report is None:
        for inc in exp.get("incidents", ()):
            add("found", False, inc.get("place", ""), inc.get("date"), None)
        return items, []

    # (b) month tallies: the month, each stated figure, and no figure the text does not state.
    t, want = report.tallies, exp.get("tallies") or {}
    month = exp.get("month")
    got_month = f"{report.meta.period[0]:04d}-{report.meta.period[1]:02d}" if report.meta.period else None
    if month and want:
        add("tallies", got_month == month, "month", month, got_month)
    for key, attr in SCALAR_TALLIES.items():
        value = getattr(t, attr)
        if key in want or value is not None:
            add("tallies", value == want.get(key), key, want.get(key), value)
    for key, attr in PERSONNEL_TALLIES.items():
        value = t.personnel.get(attr)
        if key in want or value is not None:
            add("tallies", value == want.get(key), key, want.get(key), value)
    got_party = {c: p.killed for c, p in t.by_party.items()}
    want_party = {_SAME_PARTY.get(code, code): n for code, n in (want.get("by_party") or {}).items()}
    for code, n in want_party.items():
        got = got_party.get(code)
        add("tallies", got == n, f"party {code}", n, got)
    for code, got in got_party.items():  # a party figure the text does not give for the month
        if code not in want_party:
            add("tallies", False, f"party {code}", None, got)

    # (c)-(f) incidents.
    pairs = _pair(ct.raw, exp.get("incidents") or [], report.incidents)
    matched = set()
    for e, inc in pairs:
        what = f"{e.get('date')} {e.get('place')}"
        add("found", inc is not None, what, e.get("sentence", "")[:100], None)
        if inc is None:
            continue
        matched.add(id(inc))
        m = None
        text, governorate, context = inc.place_query()
        if geocoder is not None and (text or governorate):
            try:
                m = geocoder(text, governorate=governorate, date=inc.date, context=context)
            except InputError:
                m = None
        if not (expected_units(e) or e.get("gazetteer_gap") or e.get("expected_unit_level")):
            pass  # the text names no place for it (a daily list's party line): nothing to place
        else:
            add("placed", place_right(m, e, gazetteer), what,
                sorted(expected_units(e)) or (e.get("gazetteer_gap") or {}).get("place"),
                f"{inc.place_text!r} -> {getattr(m, 'pcode', None)} {getattr(m, 'name_en', None)}")
        want_children = e.get("children") or 0
        add("counts", inc.killed == e.get("killed") and (inc.children or 0) == want_children, what,
            (e.get("killed"), want_children), (inc.killed, inc.children))
        add("control", _same_force(inc.stated_control, e.get("stated_control")), what,
            e.get("stated_control"), inc.stated_control)
        if e.get("perpetrator"):
            accepted = sorted(accepted_perpetrators(e) - _party_codes(e["perpetrator"]))
            add("perpetrator", perpetrator_right(e, inc.perpetrator), what,
                e["perpetrator"] + (f" (or {'/'.join(accepted)})" if accepted else ""), inc.perpetrator)
    extra = [inc.sentence[:120] for inc in report.incidents if id(inc) not in matched]
    return items, extra


def evaluate_corpus(root: str | Path, *, split: str | None = None, geocoder=None,
                    sentences: bool = True, control_index=None,
                    rounds: tuple[str, ...] = ()) -> Evaluation:
    """Score every text of the corpus at ``root`` (one split, or all), and its sentence file.

    ``rounds`` keeps the texts of those gathering rounds only (index.csv ``round``), and the
    sentence rows taken from them: a batch measured on its own, e.g. ``rounds=("5en",)``.
    """
    from ..gazetteer import Gazetteer

    if geocoder is None:
        from ..geocode import geocode as geocoder
    gaz = Gazetteer.load()
    ev = Evaluation()
    corpus = load_corpus(root)
    known = {ct.round for ct in corpus}
    unknown = [r for r in rounds if r not in known]
    if unknown:
        raise InputError(f"no text of round {', '.join(unknown)} in the corpus (rounds: "
                         f"{', '.join(sorted(known))})", source=str(Path(root) / "index.csv"))
    texts = [ct for ct in corpus if (split is None or ct.split == split)
             and (not rounds or ct.round in rounds)]
    for ct in texts:
        items, extra = score_text(ct, geocoder=geocoder, gazetteer=gaz)
        ev.items.extend(items)
        ev.extra_incidents.extend((ct.id, s) for s in extra)
    if sentences and (Path(root) / "geocode_sentences.csv").is_file():
        expected = {ct.id: ct.expected for ct in corpus}
        rows = evaluate_sentences(root, expected, split=split, geocoder=geocoder,
                                  gazetteer=gaz, control_index=control_index)
        if rounds:
            ids = {ct.id for ct in texts}
            rows = [i for i in rows if i.text_id in ids]
        ev.items.extend(rows)
    return ev


def _first_day(value: str) -> dt.date | None:
    value = (value or "").split("..")[0].strip()
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return dt.datetime.strptime(value[:n], fmt).date()
        except ValueError:
            continue
    return None


def evaluate_sentences(root: str | Path, expected: dict[str, dict], *, split: str | None = None,
                       geocoder=None, gazetteer=None, control_index=None) -> list[Item]:
    """Geocode each row of ``geocode_sentences.csv`` and check the control it states.

    A row is scored for ``geocode`` when it names an expected unit (a P-code, a level
    ``outside-syria``, or a gazetteer gap of its source text), and for ``agreement`` when it
    states a control and the point lies in Syria.
    """
    from ..force import forces_agree, parse_force

    if geocoder is None:
        from ..geocode import geocode as geocoder
    if control_index is None:
        from ..control import ControlIndex

        control_index = ControlIndex.load()
    items: list[Item] = []
    path = Path(root) / "geocode_sentences.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        if split is not None and row.get("split") != split:
            continue
        language = "ar" if re.search("[\u0600-\u06ff]", row["text"]) else "en"
        form = row["source_id"].split("-")[3] if row["source_id"].count("-") >= 3 else ""
        # The incident of the text's answer this sentence tells (if any): its alternative
        # units ("a road between two villages of one sub-district": either village) count.
        incident = _sentence_gap(expected, row["source_id"], row["text"])
        exp = {"expected_pcode": row["expected_pcode"], "expected_unit_level": row["expected_level"],
               "alternative_pcodes": [a for a in (row.get("alternative_pcodes") or "").split("|")
                                      if a] + list(incident.get("alternative_pcodes") or ())}
        if row.get("gap_names"):
            # A sentence from a page outside texts/ names its gap in its own columns.
            exp["gazetteer_gap"] = {"place": row["gap_names"].replace("|", "; "),
                                    "parent": row.get("gap_parent") or ""}
        elif not row["expected_pcode"] and row["expected_level"] == "community":
            exp.update(incident)
        day = _first_day(row["date"])
        try:
            m = geocoder(row["text"], governorate=row["governorate_hint"] or None, date=day,
                         context=row.get("context") or None)
        except InputError as exc:
            m, note = None, exc.message
        else:
            note = m.note
        scored = bool(expected_units(exp) or exp.get("gazetteer_gap")
                      or exp.get("expected_unit_level") == "outside-syria")
        got = f"{getattr(m, 'pcode', None)} {getattr(m, 'name_en', None)} ({note})"
        if scored:
            items.append(Item("geocode", place_right(m, exp, gazetteer), row["source_id"],
                              row.get("split", ""), language, form, row["id"] + " " + row["text"][:80],
                              sorted(expected_units(exp)) or exp.get("expected_unit_level"), got))
        stated = row.get("expected_stated_control")
        if stated and m is not None and m.found and m.lon is not None and day is not None:
            ans = control_index.control_at(m.lon, m.lat, day)
            if ans.force and ans.force != "UNKNOWN":
                ok = forces_agree(tuple(ans.forces), parse_force(stated, date=day).forces)
                items.append(Item("agreement", ok, row["source_id"], row.get("split", ""), language,
                                  form, row["id"] + " " + row["text"][:80], stated,
                                  f"{'/'.join(ans.forces)} at {got}"))
    return items


def _sentence_gap(expected: dict, source_id: str, text: str) -> dict:
    for inc in (expected.get(source_id) or {}).get("incidents", ()):
        s = inc.get("sentence", "")
        if s and (s[:60] in text or text[:60] in s):
            return inc
    return {}


def format_table(ev: Evaluation) -> str:
    """A plain-text table: one row per measure, columns per split and language."""
    cols = [("all", {}), ("tune", {"split": "tune"}), ("heldout", {"split": "heldout"}),
            ("en", {"language": "en"}), ("ar", {"language": "ar"})]
    width = max(10, max(map(len, MEASURES)) + 1)
    lines = [f"{'measure':<{width}}" + "".join(f"{name:>16}" for name, _ in cols)]
    for measure in MEASURES:
        row = f"{measure:<{width}}"
        for _, where in cols:
            r, n = ev.count(measure, **where)
            row += f"{(f'{r}/{n} {r / n:.0%}' if n else '-'):>16}"
        lines.append(row)
    return "\n".join(lines)
