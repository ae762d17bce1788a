r"""What the project accepts as input: one rule for control characters, text lengths, JSON depth.

Every input path applies the same rules, so a value refused in a CSV is
refused in GeoJSON and through the API too:

* **control characters**: C0 controls other than TAB, LF and CR (NUL, BEL,
  ESC, form feed ...), DEL, the C1 controls, lone surrogates and the
  non-characters U+FFFE / U+FFFF are refused in every text value
  (:func:`check_text`). They are never part of a name or a sentence, they make
  XML (KML exports) malformed, and NUL truncates strings in C libraries;
* **lengths**: every text field of an incident has a maximum length
  (:data:`TEXT_LIMITS`, documented in docs/incidents.md); a longer value is
  refused at import naming the file, line and field (:func:`check_incident`);
* **JSON**: a document nested deeper than :data:`MAX_JSON_DEPTH` is refused
  (:func:`load_json`) instead of exhausting the parser's stack.

The importers (:mod:`geo.importers`) call :func:`check_incident` on every
record they build; the HTTP service checks query parameters with
:func:`check_text` and parses bodies with :func:`load_json`.

>>> check_text("Tishreen village", "place_text")
'Tishreen village'
>>> check_text("line one\nline two", "notes")
'line one\nline two'
>>> check_text("a\x00b", "notes")
Traceback (most recent call last):
geo.errors.InputError: notes: control character U+0000 (NUL) at character 2; remove it (only tab and line breaks are allowed)
>>> load_json('[[[1]]]')
[[[1]]]
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from .errors import InputError

__all__ = ["CONTROL_CHARS", "CONTROL_RE", "TEXT_LIMITS", "NAME_LIMIT", "MAX_NAMES", "MAX_JSON_DEPTH",
           "check_text", "check_incident", "INCIDENT_CHECKS", "load_json", "json_depth"]

# C0 controls but TAB, LF, CR; DEL and C1; the two non-characters; and lone surrogates. Written
# with \u escapes, which Python's re and JSON Schema's (ECMA-262) regular expressions both read:
# the service's OpenAPI patterns (service/parameters.py) state CONTROL_CHARS. Lone surrogates
# are apart: no UTF-8 text (a URL, a file) can hold one, and JSON Schema validators written in
# Rust refuse a pattern that names them.
CONTROL_CHARS = r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff"
SURROGATES = r"\ud800-\udfff"
CONTROL_RE = re.compile(f"[{CONTROL_CHARS}{SURROGATES}]")

# The longest value each text field of an incident may hold, in characters. Generous for
# real text (UCDP GED joins several headlines in source_headline: up to 4,664 characters in
# 2016-2019; source_article up to 5,132) and small enough that no value bloats an export.
TEXT_LIMITS: dict[str, int] = {
    "id": 200,
    "source_id": 200,
    "dataset": 64,
    "category": 100,
    "cause": 200,
    "perpetrator": 500,
    "perpetrator_text": 500,
    "place_text": 1_000,
    "pcode": 32,
    "level": 32,
    "adm1_pcode": 32,
    "adm2_pcode": 32,
    "adm3_pcode": 32,
    "stated_control": 500,
    "stated_control_text": 500,
    "computed_control": 32,
    "source_title": 10_000,
    "source_publisher": 1_000,
    "source_url": 2_048,
    "source_sentence": 10_000,
    "notes": 10_000,
}
NAME_LIMIT = 200  # one name of a victim or an injured person
MAX_NAMES = 1_000  # names in one incident's list (no incident here killed more than ~700)
MAX_JSON_DEPTH = 64  # a GeoJSON Feature is 4 levels deep; nothing real comes near this


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    if not name:
        name = {"\x00": "NUL", "\x07": "BEL", "\x08": "BACKSPACE", "\x0b": "VERTICAL TAB",
                "\x0c": "FORM FEED", "\x1b": "ESCAPE", "\x7f": "DELETE"}.get(char, "")
    code = f"U+{ord(char):04X}"
    return f"{code} ({name})" if name else code


def check_text(value: Any, field: str, *, limit: int | None = None, source: str | None = None,
               line: int | None = None) -> Any:
    """``value`` unchanged when it is not text or obeys the rules; else an :class:`InputError`.

    ``limit`` is the most characters allowed (``None``: any length).
    """
    if not isinstance(value, str):
        return value
    m = CONTROL_RE.search(value)
    if m:
        raise InputError(f"control character {_describe(m.group())} at character {m.start() + 1}; "
                         f"remove it (only tab and line breaks are allowed)",
                         source=source, line=line, field=field)
    if limit is not None and len(value) > limit:
        raise InputError(f"{len(value):,} characters; {field} holds at most {limit:,}",
                         source=source, line=line, field=field)
    return value


def _text_check(field: str, limit: int):
    def check(value) -> None:
        check_text(value, field, limit=limit)
    return check


def _texts_pass(limit: int):
    def passes(values) -> bool:
        return all_texts_pass(values, limit)
    return passes


def all_texts_pass(values, limit: int) -> bool:
    """Does every one of ``values`` (text or None) obey :func:`check_text`? One pass of the
    pattern over all of them joined (by a line break: an allowed character), so a column of
    a million values is checked at once; False also when a value is not text."""
    texts = [v for v in values if v is not None]
    if not set(map(type, texts)) <= {str}:
        return False
    return (not texts or max(map(len, texts)) <= limit) and CONTROL_RE.search("\n".join(texts)) is None


def _names_check(field: str):
    def check(names) -> None:
        names = names or ()
        if len(names) > MAX_NAMES:
            raise InputError(f"{len(names):,} names; at most {MAX_NAMES:,}", field=field)
        for name in names:
            check_text(name, field, limit=NAME_LIMIT)
    return check


def _names_pass(values) -> bool:
    lists = [v for v in values if v]
    return (set(map(type, lists)) <= {tuple} and max(map(len, lists), default=0) <= MAX_NAMES
            and all_texts_pass([n for v in lists for n in v], NAME_LIMIT))


# (field, check, check_all) for every text field of an incident, in the order they are
# checked: ``check(value)`` raises InputError naming the field; ``check_all(values)`` says
# that every value of a column passes (True) or that some may not (False). check_incident
# applies the checks to one incident; geo.columns both to a whole column.
INCIDENT_CHECKS = (*((f, _text_check(f, limit), _texts_pass(limit)) for f, limit in TEXT_LIMITS.items()),
                   *((f, _names_check(f), _names_pass) for f in ("victim_names", "injured_names")))


def check_incident(inc, *, source: str | None = None, line: int | None = None):
    """The incident unchanged when every text field obeys the rules; else an :class:`InputError`.

    >>> from geo.incident import Incident
    >>> check_incident(Incident(date="2016-01-01", place_text="x" * 1001))
    Traceback (most recent call last):
    geo.errors.InputError: place_text: 1,001 characters; place_text holds at most 1,000
    """
    for field, check, _ in INCIDENT_CHECKS:
        try:
            check(getattr(inc, field, None))
        except InputError as exc:
            if source is None and line is None:
                raise
            raise InputError(exc.message, source=source, line=line, field=exc.field) from None
    return inc


def json_depth(doc: Any, limit: int = MAX_JSON_DEPTH) -> int:
    """How deeply ``doc`` (parsed JSON) nests, counting up to ``limit + 1`` at most.

    >>> json_depth({"a": [1, {"b": []}]}), json_depth(1)
    (4, 0)
    """
    deepest, stack = 0, [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (dict, list)):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict)
                                                          else node))
    return deepest


def load_json(text: str | bytes, *, source: str | None = None,
              max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse JSON; bad syntax or nesting deeper than ``max_depth`` is an :class:`InputError`.

    >>> load_json("[" * 100_000)
    Traceback (most recent call last):
    geo.errors.InputError: JSON nested deeper than 64 levels; nothing real is that deep
    """
    try:
        doc = json.loads(text)
    except RecursionError:
        raise InputError(f"JSON nested deeper than {max_depth} levels; nothing real is that deep",
                         source=source) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno})", source=source,
                         line=exc.lineno) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid JSON: {exc}", source=source) from None
    if json_depth(doc, max_depth) > max_depth:
        raise InputError(f"JSON nested deeper than {max_depth} levels; nothing real is that deep",
                         source=source)
    return doc
