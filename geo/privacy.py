"""The public view of an incident: what anyone may see, with the victims' names withheld.

Names of the killed and injured are personal data. The store keeps them (it is the authorised
copy); every public output (the API's items and features, the map's data, every export
format) is built by :func:`public_form`, the one place that turns a record into its public
form:

* ``victim_names`` and ``injured_names`` are ``None``;
* every text value, whatever its field, has each occurrence of a name replaced by
  ``[name withheld]``. A name is found however it is written (:class:`NameMatcher`): any case,
  any whitespace (doubled spaces, non-breaking spaces, line breaks), Unicode compatibility
  forms (NFKC), accents, hyphens or underscores between the words, Arabic letter variants,
  diacritics (tashkeel) and tatweel, and in the other script: a Latin name is found written
  in Arabic and the other way round (the consonant skeleton of :mod:`geo.names`). Each part
  of a name is withheld alone too ("Hanan was killed", "the al-Dreib family"), but for the
  particles that name no one alone (Abu, Umm, bin, Abd, ...). A part alone is one word of the text
  (not "Four Years", which has the consonants of "Fares"), and an Arabic part in Arabic text is
  spelt as the name spells it ("المدنيين" is no "مدين", "العمر" no "عمر", "على" no "علي"; a word the name holds
  both bare and with the article, "علي" and "العلي", in either shape). A lowercase word of no name before a name is
  left out of it though its consonants run into the name's ("by" before "Abdullah");
* a source URL that names someone is cut to its site (``https://example.org/``), also when the
  name is percent-encoded;
* the id: an incident whose id may be derived from its names (the name is in it, or it is a
  digest of text that holds them: a content hash, the SNHR reader's sentence hash) gets a
  **keyed** public id, ``dataset:p`` + 20 hex digits of an HMAC-SHA256 of its id under a
  secret key the store keeps (:attr:`geo.store.IncidentStore.id_key`). It cannot be
  inverted nor checked against a guessed name without the key, and it is stable as long as
  the store is. Its ``source_id`` is withheld too. Other ids are public as they are;
* control characters (a store edited by hand may hold any) become U+FFFD, so no export is
  malformed.

>>> rec = {"id": "t:1", "dataset": "t", "source_id": "1", "victim_names": ["Hanan al-Dreib"],
...        "injured_names": [], "source_sentence": "HANAN  AL-DREIB, a woman, was killed",
...        "source_url": "https://example.org/victims/hanan-al-dreib"}
>>> pub = public_form(rec, ["Hanan al-Dreib"])
>>> pub["source_sentence"], pub["source_url"], pub["victim_names"]
('[name withheld], a woman, was killed', 'https://example.org/', None)
>>> NameMatcher(["Hanan al-Dreib"]).redact("قتلت حنان الدريب بلغم")
'قتلت [name withheld] بلغم'
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import re
import secrets
from typing import Any, Iterable, Sequence
from urllib.parse import unquote_plus, urlsplit

from .inputrules import CONTROL_RE
from .names import collapse, fold_arabic, is_arabic, word_forms

__all__ = ["WITHHELD", "PUBLIC_FORM_VERSION", "NameMatcher", "public_form", "public_columns", "public_id", "public_ids",
           "public_url",
           "is_keyed_id", "incident_public_id", "PUBLIC_ID_RE"]

WITHHELD = "[name withheld]"
# The version of the public form: raised with any change of what public_form gives (a name
# found another way, a field withheld), so every public text a store keeps made by an older
# one is made again (geo.store.sqlfeatures) and none is served.
PUBLIC_FORM_VERSION = 3  # 3: names40, a word a name holds with and without the article; "by" before a name
# A keyed public id: the dataset, ":p" and 20 hex digits (80 bits of an HMAC-SHA256).
PUBLIC_ID_RE = re.compile(r"^[^:]+:p[0-9a-f]{20}$")
# A word: letters and digits with the marks Arabic writes on them (tashkeel, tatweel) and the
# invisible format characters that may sit inside a word (soft hyphen, zero-width joiners).
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u200b-\u200f\u2060-\u2064\ufeff"
# (An apostrophe between Latin letters is inside the word, an ayn or hamza written so: "De'ar" is one word, not "De" and
# the article "ar"; not a possessive's "'s". en-2021-09-torture-50, fix4950.)
_WORD_RE = re.compile(rf"(?:[^\W_]|[{_MARKS}])+(?:['’ʼ](?![sS]\b)[a-zA-Z]+)*")
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_DIGEST_RE = re.compile(r"[0-9a-f]{12,}", re.IGNORECASE)
# A name whose consonant skeleton is shorter than this is matched by its spelling only: a
# short skeleton ("l" for "Ali") would match unrelated words.
_MIN_SKELETON = 4
# Words of a name that name no one alone (father of, mother of, son of, servant of, titles):
# a part of a name is withheld alone unless it is one of these (normalised as names are).
_PARTICLES = frozenset(word_forms(w)[0] for w in (
    "abu", "abou", "abo", "umm", "um", "om", "bin", "ben", "ibn", "bint", "abd", "abdul",
    "abdel", "abdal", "haj", "hajj", "hajji", "sheikh", "shaykh", "sayyid", "dr", "mr", "mrs",
    "أبو", "ابو", "أم", "ام", "بن", "ابن", "بنت", "عبد", "حاج", "الحاج", "شيخ", "الشيخ"))
# Keys for stores that have none (a list of incidents exported outside any store): fresh each
# process, so such ids are unlinkable across runs.
_PROCESS_KEY = secrets.token_bytes(32)


def _word_keys(word: str) -> tuple[str, str, bool]:
    """(normalised, skeleton, is_article) of one word, invisible characters removed."""
    return word_forms(_INVISIBLE_RE.sub("", word))


_ARABIC_MARKS_RE = re.compile(f"[{_MARKS}]")
# Set phrases of report prose whose last word is also a family's name, as (word before, word) normalised: a part
# alone there is prose ("يبلغ من العمر 13 عاماً", aged 13; the family al-Omar).
_PROSE_PHRASES = frozenset((word_forms(a)[0], word_forms(b)[0]) for a, b in (("من", "العمر"),))


def _part_shape(word: str) -> tuple[bool, bool, bool]:
    """(Arabic, with the article glued, ends in alif maqsura) of one word as written: what a part of a
    name alone must agree on with a word of the text (see :meth:`NameMatcher._part_fits`)."""
    word = _ARABIC_MARKS_RE.sub("", word)
    if not is_arabic(word):
        return False, False, False
    folded = fold_arabic(word)
    return True, any(folded.startswith(p) and len(folded) - len(p) >= 2 for p in ("وال", "بال", "لل", "ال")), \
        word.endswith("ى")


class NameMatcher:
    """Finds the names of one incident in any text, however it is written (see the module doc).

    >>> m = NameMatcher(["Hanan al-Dreib"])
    >>> m.redact("identified as hanan\\u00a0 AL DREIB's neighbour"), m.found_in("Hanan Dreib")
    ("identified as [name withheld]'s neighbour", True)
    >>> NameMatcher(["Ali"]).redact("all of Ali's family"), NameMatcher([]).found_in("x")
    ("all of [name withheld]'s family", False)
    """

    def __init__(self, names: Iterable[str], *, parts: bool = True):
        self._names = tuple(dict.fromkeys(n for n in names if n and n.strip()))
        self._whole: NameMatcher | None = None if parts else self
        self._keys: list[tuple[str, frozenset[str], int, bool]] = []
        # the shape of each part alone as the name writes it (Arabic, article, final ى), by its normal form
        self._part_shapes: dict[str, tuple[bool, bool, bool]] = {}
        self._after_particle: set[tuple[str, str]] = set()
        for name in self._names:
            words = _WORD_RE.findall(name)
            kept = [(n, s) for n, s, article in map(_word_keys, words) if not article and n]
            shapes = [_part_shape(w) for w in words if not _word_keys(w)[2] and _word_keys(w)[0]]
            # a particle and the word after it in the name ("Abdul" "Basit"): withheld with that part alone
            self._after_particle.update((a, b) for (a, _), (b, _) in zip(kept, kept[1:]) if a in _PARTICLES)
            if not kept:
                continue
            normal = " ".join(n for n, _ in kept)
            # The skeleton without articles, and of the name run into one word, article and
            # all ("HananAlDreib" in an id or a URL).
            skeletons = {collapse("".join(s for _, s in kept)),
                         collapse(_word_keys("".join(words))[1])}
            skeletons = frozenset(s for s in skeletons if len(s) >= _MIN_SKELETON)
            self._keys.append((normal, skeletons, len(kept), False))
            if parts and len(kept) > 1:
                # Each part alone too: "Hanan was killed", "the al-Dreib family home", in the
                # text of the incident that names Hanan al-Dreib, identify her as well. Not the
                # particles of a name ("Abu", "bin", "Abd"), which name no one alone.
                # Three consonants suffice here: the part is looked for in this incident's
                # own text only, where over-withholding a word costs little. (Another spelling
                # of a part, found by its consonants, must be written as a name is in Latin
                # script, with a capital: "hasn't" has the consonants of "Hussein".)
                for (n, sk), shape in zip(kept, shapes):
                    sk = collapse(sk)
                    if len(n) >= 3 and n not in _PARTICLES:
                        self._keys.append((n, frozenset({sk} if len(sk) >= 3 else ()), 1, True))
                        # (a word the name holds twice, once with the article: "محمد علي العلي" has "العلي" as a
                        # part alone too, the family's name; names40. Each shape the name writes it in fits.)
                        seen = self._part_shapes.get(n)
                        self._part_shapes[n] = shape if seen is None else tuple(a or b for a, b in zip(seen, shape))
        self._longest = max((k for _, _, k, _ in self._keys), default=0)

    def __bool__(self) -> bool:
        return bool(self._keys)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of every name in ``text``, left to right, not overlapping."""
        if not self._keys or not text:
            return []
        # (each word as written last: its shape, which only a part of a name alone asks for, is read then)
        words = [(m.start(), m.end(), _word_keys(m.group()), not m.group()[:1].islower(), m.group())
                 for m in _WORD_RE.finditer(text)]
        out: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            end = self._match_at(words, i)
            if end is None:
                i += 1
                continue
            if i < end and not words[i][3] and self._match_at(words, i + 1) == end \
                    and self._match_at(words[i:i + 1], 0) is None:
                # (a lowercase word of no name before it whose consonants run into the name's: "owned by Abdullah ..."
                # has the skeleton of "Abdullah ..." from "by" on, and printed "owned [name withheld]"; names40. The
                # name starts at the next word when that alone gives it, and this word is no name or part of one)
                i += 1
            # ("Abdul [name withheld] was travelling": the particle of the name goes with its part)
            start = words[i - 1][0] if i and (words[i - 1][2][0], words[i][2][0]) in self._after_particle \
                and (not out or out[-1][1] <= words[i - 1][0]) else words[i][0]
            out.append((start, words[end][1]))
            i = end + 1
        return out

    def _match_at(self, words, i: int) -> int | None:
        """The index of the last word of the longest name starting at word ``i``, or None."""
        if words[i][2][2] or not words[i][2][0]:
            return None  # a name does not start with an article
        best = None
        normals: list[str] = []
        skeleton = ""
        j = i
        # Up to two more words than the longest name: a name in Arabic may take more words
        # than its transliteration ("عبد الله" / "Abdullah"), or fewer.
        while j < len(words) and len(normals) < self._longest + 2:
            norm, skel, article = words[j][2]
            if not article and norm:
                normals.append(norm)
                skeleton = collapse(skeleton + skel)
                joined = " ".join(normals)
                for normal, skeletons, _, part in self._keys:
                    # A word of vowels only ("a") adds nothing to a skeleton: not part of a name.
                    if (joined == normal or (skel and skeleton in skeletons
                                             and (not part or words[i][3]))) and (
                            not part or self._part_fits(normal, joined == normal, words[i:j + 1],
                                                        words[i - 1] if i else None)):
                        best = j
            j += 1
        return best

    def _part_fits(self, normal: str, spelled: bool, words, before=None) -> bool:
        """May the text's ``words`` be a part of a name alone (``normal``)? A part alone is one word
        of the text, but for a Latin part written in Arabic in two ("Abdullah", "عبد الله"): four
        Latin words whose consonants run into a part's are not it ("Four Years" has those of
        "Fares"). In the same script as the name, an Arabic word is the part only spelt as it
        ("المدنيين" has the consonants of "مدين" but is a noun); a given name without the
        article is not a word with it ("العمر", age, in "يبلغ من العمر", is not "عمر"), nor a
        word written with a final ى where the name has ي ("على", on, is not "علي")."""
        arabic, article, maqsura = self._part_shapes.get(normal, (False, False, False))
        if len(words) > 1 and not (all(_part_shape(w[4])[0] for w in words) and not arabic):
            return False
        text_arabic, text_article, text_maqsura = _part_shape(words[0][4])
        if before is not None and (before[2][0], words[0][2][0]) in _PROSE_PHRASES:
            return False  # (a family name that is a word of a set phrase: "العمر" of "يبلغ من العمر")
        if arabic and text_arabic:
            # (spelt as it, or after "و"/"ف"/"ب"/"ل" glued to it: "وحسن", and Hassan)
            text_normal = words[0][2][0]
            spelled = spelled or text_normal[:1] in "وفبل" and text_normal[1:] == normal
            return spelled and not (text_article and not article) and not (text_maqsura and not maqsura)
        return True

    def redact(self, text: str | None) -> str | None:
        """``text`` with every name replaced by ``[name withheld]``."""
        if not text or not self._keys:
            return text
        spans = self.spans(text)
        if not spans and "%" in text:
            decoded = unquote_plus(text)
            if decoded != text and self.spans(decoded):
                return self.redact(decoded)  # a percent-encoded name
        for start, end in reversed(spans):
            text = text[:start] + WITHHELD + text[end:]
        return text

    def whole(self) -> "NameMatcher":
        """The matcher of the whole names only, no part alone (for a dataset's name: one that
        shares a word with a victim's name, "test" and "Test Person", names no one)."""
        if self._whole is None:
            self._whole = NameMatcher(self._names, parts=False)
        return self._whole

    def found_in(self, text: str | None) -> bool:
        """Does ``text`` name anyone (also percent-encoded)?"""
        if not text or not self._keys:
            return False
        return bool(self.spans(text)) or ("%" in text or "+" in text) and bool(
            self.spans(unquote_plus(text)))


def _clean(text: str) -> str:
    """Control characters (never valid input, see geo.inputrules) as U+FFFD."""
    return CONTROL_RE.sub("\ufffd", text)


def is_keyed_id(incident_id: str, dataset: str | None, matcher: NameMatcher) -> bool:
    """Must this id be replaced by a keyed one? When the incident names people and its id may
    be derived from them: a name is in it, or it holds a digest (of text that holds them)."""
    if not matcher:
        return False
    incident_id = incident_id or ""
    label, colon, rest = incident_id.partition(":")
    if colon:
        # The dataset label of an id ("test" of "test:1") names someone only if a whole name is
        # in it; its source part does if any part of a name is.
        if matcher.whole().found_in(label):
            return True
        incident_id = rest
    return matcher.found_in(incident_id) or bool(_DIGEST_RE.search(incident_id))


def public_id(incident_id: str, dataset: str | None, matcher: NameMatcher,
              key: bytes | None = None) -> str:
    """The id the public sees (see the module doc).

    >>> m = NameMatcher(["Hanan al-Dreib"])
    >>> public_id("ucdp:214797", "ucdp", m), public_id("t:1", "t", NameMatcher([]))
    ('ucdp:214797', 't:1')
    >>> pid = public_id("t:Hanan al-Dreib", "t", m, b"k" * 32)
    >>> pid, bool(PUBLIC_ID_RE.match(pid))
    ('t:p3baf071142e449b6a63a', True)
    """
    if not is_keyed_id(incident_id, dataset, matcher):
        return _clean(incident_id)
    digest = hmac.new(key or _PROCESS_KEY, incident_id.encode("utf-8"), hashlib.sha256).hexdigest()
    ds = dataset if dataset and not matcher.whole().found_in(dataset) and ":" not in dataset \
        else "local"
    return f"{_clean(ds)}:p{digest[:20]}"


def incident_public_id(incident, key: bytes | None = None) -> str:
    """The public id of an :class:`~geo.incident.Incident` (what its public form shows)."""
    matcher = NameMatcher(tuple(incident.victim_names) + tuple(incident.injured_names))
    return public_id(str(incident.id), incident.dataset, matcher, key)


def public_ids(ids: Sequence[str], datasets: Sequence[str | None],
               names: Sequence[Sequence[str]], key: bytes | None = None) -> list[str]:
    """:func:`public_id` of many records (``names``: each record's victim and injured names).

    A record that names no one keeps its id, cleaned (a matcher of no names is empty).

    >>> public_ids(["ucdp:1", "t:Hanan al-Dreib"], ["ucdp", "t"], [(), ["Hanan al-Dreib"]],
    ...            b"k" * 32)
    ['ucdp:1', 't:p3baf071142e449b6a63a']
    """
    ids = [str(i) for i in ids]
    # Ids without a control character (all, but for a hostile file) need no cleaning.
    clean = (lambda i: i) if CONTROL_RE.search("\n".join(ids)) is None else _clean
    return [public_id(i, d, NameMatcher(tuple(n)), key) if n else clean(i)
            for i, d, n in zip(ids, datasets, names)]


def public_url(url: str | None, matcher: NameMatcher) -> str | None:
    """``url``, or only its site when it names someone.

    >>> public_url("https://snhr.org/victims/%D8%AD%D9%86%D8%A7%D9%86-%D8%A7%D9%84%D8%AF%D8%B1%D9%8A%D8%A8",
    ...            NameMatcher(["Hanan al-Dreib"]))
    'https://snhr.org/'
    """
    if not url:
        return url
    if not matcher.found_in(url):
        return _clean(url)
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not parts.scheme or not host or matcher.found_in(host):
        return None
    return f"{parts.scheme}://{host}/"


def _public_value(value: Any, matcher: NameMatcher) -> Any:
    if isinstance(value, str):
        return matcher.redact(_clean(value))
    if isinstance(value, (list, tuple)):
        return [_public_value(v, matcher) for v in value]
    return value


def public_form(record: dict, names: Sequence[str], *, key: bytes | None = None,
                links: dict[str, str] | None = None) -> dict:
    """The public form of an incident's record (``Incident.to_dict(include_names=True)``).

    ``names`` are the incident's victim and injured names; ``key`` the store's
    :attr:`~geo.store.IncidentStore.id_key` (without one, keyed ids hold only for this process);
    ``links`` the public ids of the records of its event (``event_id``, ``linked_ids``), as the
    store gives them (``Incident.public_links``): each of those records has its own names.
    """
    matcher = NameMatcher(names)
    out = {}
    for field, value in record.items():
        if field in ("victim_names", "injured_names"):
            out[field] = None
        elif field == "source_url":
            out[field] = public_url(value, matcher)
        else:
            out[field] = _public_value(value, matcher)
    if record.get("id") is not None:
        out["id"] = public_id(str(record["id"]), record.get("dataset"), matcher, key)
        if out["id"] != _clean(str(record["id"])) and "source_id" in out:
            out["source_id"] = None  # the id was withheld: so is the source's
    links = {**(links or {}), **({str(record["id"]): out["id"]} if record.get("id") else {})}

    def linked(other: str) -> str:
        # A record the store did not name: keyed by this record's rule, to be safe.
        return links.get(other) or public_id(other, None, matcher, key)

    if record.get("event_id"):
        out["event_id"] = linked(str(record["event_id"]))
    if record.get("linked_ids"):
        out["linked_ids"] = [linked(str(x)) for x in record["linked_ids"]]
    return out


# Record fields that never hold text: not searched for control characters.
_NOT_TEXT = frozenset({"killed", "children", "women", "injured", "deaths_total", "deaths_low",
                       "deaths_high", "lon", "lat", "location_precision", "radius_m",
                       "control_agrees"})
_LISTS = frozenset({"victim_names", "injured_names", "computed_forces", "linked_ids"})


def _with_control(columns: dict[str, list], n: int) -> set[int]:
    """The rows holding a control character in any text value: one search over each column
    first (in C), then row by row only in a column that holds one (a store edited by hand)."""
    rows: set[int] = set()
    for field, values in columns.items():
        if field in _NOT_TEXT:
            continue
        texts = (itertools.chain.from_iterable(v for v in values if v) if field in _LISTS
                 else filter(None, values))
        try:
            joined = " ".join(texts)
        except TypeError:  # a number where text was expected (a hand edit): look at each
            found = True
        else:
            # Printable text (no Unicode "Other" or separator but the space) holds no control
            # character: a scan in C; only other text (line breaks, bidi marks) is searched.
            found = not joined.isprintable() and CONTROL_RE.search(joined)
        if found:
            for i, v in enumerate(values):
                items = v if isinstance(v, (list, tuple)) else (v,)
                if any(isinstance(x, str) and CONTROL_RE.search(x) for x in items):
                    rows.add(i)
    return rows


def public_columns(columns: dict[str, list], *, key: bytes | None = None,
                   links: Sequence[dict[str, str] | None] | None = None) -> dict[str, list]:
    """:func:`public_form` of many records held as columns (``columns[field][i]``: record
    ``i``'s value, the fields of ``Incident.to_dict(include_names=True)``), ``links[i]`` the
    public ids of record ``i``'s event's records (as the store gives them).

    The same answer as :func:`public_form` record by record, column by column for the records
    that name nobody (no victim or injured names) and hold no control character: their
    public form is their values with the names ``None`` and the records of their event
    named by their public ids (their own id is public as it is: nothing to withhold it for).
    The others are made public one by one. The columns given are not changed.

    >>> cols = {"id": ["t:1", "s:x"], "dataset": ["t", "s"], "source_id": ["1", "x"],
    ...         "victim_names": [[], ["Hanan al-Dreib"]], "injured_names": [[], []],
    ...         "place_text": ["Manbij", "Hanan al-Dreib's home"], "event_id": ["t:1", None],
    ...         "linked_ids": [["s:x"], []]}
    >>> pub = public_columns(cols, key=b"k" * 32, links=[{"s:x": "s:p1"}, None])
    >>> pub["linked_ids"][0], pub["victim_names"], pub["place_text"][1]
    (['s:p1'], [None, None], "[name withheld]'s home")
    """
    n = len(next(iter(columns.values()), ()))
    links = list(links) if links is not None else [None] * n
    out = dict(columns)
    for field in ("victim_names", "injured_names"):
        if field in out:
            out[field] = [None] * n
    if "event_id" in out:
        out["event_id"] = [(link or {}).get(e) or e if e else e
                           for e, link in zip(columns["event_id"], links)]
    if "linked_ids" in out:
        out["linked_ids"] = [[(link or {}).get(x) or x for x in ids] if ids else ids
                             for ids, link in zip(columns["linked_ids"], links)]
    victims = columns.get("victim_names") or [None] * n
    injured = columns.get("injured_names") or [None] * n
    special = {i for i, (v, j) in enumerate(zip(victims, injured)) if v or j}
    special |= _with_control(columns, n)
    copied: set[str] = {"victim_names", "injured_names", "event_id", "linked_ids"}
    for i in sorted(special):
        record = {field: values[i] for field, values in columns.items()}
        names = [*(record.get("victim_names") or ()), *(record.get("injured_names") or ())]
        for field, value in public_form(record, names, key=key, links=links[i]).items():
            if field not in copied:
                out[field] = list(out[field])
                copied.add(field)
            out[field][i] = value
    return out
