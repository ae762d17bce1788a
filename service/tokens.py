"""Who may write: named bearer tokens, kept as hashes in a file re-read when it changes.

A tokens file holds one token a line, ``NAME sha256:HEX`` (``#`` starts a comment); the token
itself is never stored, only its SHA-256 (tokens are 256-bit random strings: a fast hash is
enough). The service re-reads the file whenever its size or modification time changes, so a
token is added or revoked (``incmap tokens add|revoke``) without a restart. The single token of
``INCMAP_WRITE_TOKEN`` still works and is named ``operator``.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "tokens"
>>> token = add_token(path, "alice")
>>> Tokens(tokens_file=path).who(token), Tokens(tokens_file=path).who("guess" * 8)
('alice', None)
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import threading
from pathlib import Path

from geo.errors import InputError

__all__ = ["Tokens", "add_token", "revoke_token", "token_names", "hash_token", "OPERATOR"]

OPERATOR = "operator"  # the name of the INCMAP_WRITE_TOKEN token
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")


def hash_token(token: str) -> str:
    """``sha256:HEX`` of a token, as the tokens file keeps it."""
    return "sha256:" + hashlib.sha256(token.encode("utf-8")).hexdigest()


def _read(path: Path) -> dict[str, str]:
    """name -> hash, from a tokens file (an InputError naming the line when it is malformed)."""
    out: dict[str, str] = {}
    if not path.is_file():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2 or not _NAME_RE.match(parts[0]) or not re.fullmatch(
                r"sha256:[0-9a-f]{64}", parts[1]):
            raise InputError("a token line is 'NAME sha256:HEX' (write it with incmap tokens add)",
                             source=str(path), line=n)
        out[parts[0]] = parts[1]
    return out


def _write(path: Path, tokens: dict[str, str]) -> None:
    """Replace the file atomically (a reader never sees half of it), readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    text = "# incmap write tokens: NAME sha256:HEX (incmap tokens add|revoke|list)\n" + "".join(
        f"{name} {digest}\n" for name, digest in tokens.items())
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def add_token(path: str | os.PathLike, name: str) -> str:
    """Make a new token named ``name``, keep its hash in ``path``; return the token (shown once)."""
    path = Path(path)
    if not _NAME_RE.match(name or ""):
        raise InputError(f"a token name is 1-64 letters, digits, '.', '_', '@' or '-', not "
                         f"{str(name)[:70]!r}", field="name")
    tokens = _read(path)
    if name in tokens:
        raise InputError(f"there is already a token named {name!r}; revoke it first",
                         source=str(path), field="name")
    token = secrets.token_urlsafe(32)
    _write(path, {**tokens, name: hash_token(token)})
    return token


def revoke_token(path: str | os.PathLike, name: str) -> None:
    """Remove the token named ``name`` (an InputError when there is none)."""
    path = Path(path)
    tokens = _read(path)
    if name not in tokens:
        raise InputError(f"no token named {name!r}; the names are: {', '.join(tokens) or 'none'}",
                         source=str(path), field="name")
    del tokens[name]
    _write(path, tokens)


def token_names(path: str | os.PathLike) -> list[str]:
    return list(_read(Path(path)))


class Tokens:
    """The tokens that allow writes: the operator's one and those of a tokens file."""

    def __init__(self, *, write_token: str | None = None,
                 tokens_file: str | os.PathLike | None = None):
        self._operator = hash_token(write_token) if write_token else None
        self.path = Path(tokens_file) if tokens_file else None
        self._seen: tuple | None = None
        self._hashes: dict[str, str] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self._operator is not None or self.path is not None

    def _current(self) -> dict[str, str]:
        """name -> hash, re-read when the file changed (an unreadable file allows no one)."""
        if self.path is None:
            return {}
        try:
            st = self.path.stat()
            stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError:
            return {}
        with self._lock:
            if stamp != self._seen:
                try:
                    self._hashes = _read(self.path)
                except (InputError, OSError, UnicodeDecodeError):
                    self._hashes = {}  # fail closed: a broken file allows no writes
                self._seen = stamp
            return self._hashes

    def who(self, token: str | None) -> str | None:
        """The name of ``token``, or ``None`` when it allows nothing."""
        if not token:
            return None
        digest = hash_token(token)
        found = None
        if self._operator is not None and hmac.compare_digest(digest, self._operator):
            found = OPERATOR
        for name, known in self._current().items():
            if hmac.compare_digest(digest, known):  # every entry compared: no timing hint
                found = found or name
        return found
