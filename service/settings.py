"""How the service is configured: one small dataclass, from arguments or the environment.

Nothing here reads files or opens the store: a :class:`Settings` only says
where things are and what the limits are. The app factory
(``server.create_app(settings)``) and the service (``service.app.API``) do the
work, lazily, when the first request needs it.

Environment variables (each overridden by an explicit argument):

========================  ==========================================================
``INCMAP_DATA``           reference data directory (see ``geo.reference.datadir``)
``INCMAP_STORE``          the incident store (a GeoPackage file)
``INCMAP_WRITE_TOKEN``    a bearer token that allows writes (named ``operator``)
``INCMAP_TOKENS_FILE``    named write tokens, as hashes (``incmap tokens add NAME``);
                          re-read when it changes. Neither set = read-only
``INCMAP_MAX_UPLOAD_MB``  largest request body accepted, in MiB (default 20)
``INCMAP_MAX_BATCH``      most points in one ``POST /api/control`` (default 10000)
``INCMAP_MAX_EXPORT``     most incidents in one export (default 1000000; page with
                          ``limit`` / ``offset`` for more)
``INCMAP_MAX_EXPORTS``    exports made (streamed) at the same time (default 4; more get 429)
========================  ==========================================================

>>> s = Settings(store_path="/tmp/x.gpkg", write_token="correct-horse-battery")
>>> s.writes_enabled, s.max_upload_bytes
(True, 20971520)
>>> Settings.from_env({"INCMAP_MAX_UPLOAD_MB": "1"}).max_upload_bytes
1048576
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Mapping

from geo.errors import InputError

__all__ = ["Settings", "MIN_TOKEN_LENGTH"]

# A write token shorter than this is refused: it would be guessable.
MIN_TOKEN_LENGTH = 16


@dataclass(frozen=True)
class Settings:
    """Where the data and the store are, who may write, and the request limits.

    Parameters
    ----------
    data_dir
        Reference data directory; ``None`` resolves it as ``geo.reference.resolve`` does.
    store_path
        The incident store; ``None`` means the demo store (built once from the
        seed report and the UCDP extract, cached in the user data directory).
    write_token
        Bearer token for writes (import, edit, delete), named ``operator`` in the audit trail.
    tokens_file
        A file of named write tokens (:mod:`service.tokens`), re-read when it changes.
        Neither this nor ``write_token``: the service is read-only.
    max_upload_bytes
        Largest request body accepted (larger gets ``413``).
    max_batch
        Most points in one batch control query.
    default_limit, max_limit
        Page size for ``/api/incidents`` and OGC items when ``limit`` is absent, and its cap.
    max_export
        Most incidents in one export (``/export/...``): more is a ``413`` saying how to page.
        An export is streamed (its memory does not grow with it), so the bound is on the time
        one request may take: a million incidents is about a minute of one core.
    max_concurrent_exports
        Exports made at the same time, each until its file is sent; one more is a ``429``
        (retry later).
    """

    data_dir: str | None = None
    store_path: str | None = None
    write_token: str | None = field(default=None, repr=False)
    tokens_file: str | None = None
    max_upload_bytes: int = 20 * 1024 * 1024
    max_batch: int = 10_000
    default_limit: int = 100
    max_limit: int = 10_000
    max_export: int = 1_000_000
    max_concurrent_exports: int = 4

    def __post_init__(self):
        if self.write_token is not None and len(self.write_token) < MIN_TOKEN_LENGTH:
            raise InputError(f"the write token must be at least {MIN_TOKEN_LENGTH} characters "
                             "long; generate one with: python -c 'import secrets; "
                             "print(secrets.token_urlsafe(32))'", field="write_token")
        for name in ("max_upload_bytes", "max_batch", "default_limit", "max_limit", "max_export",
                     "max_concurrent_exports"):
            if getattr(self, name) < 1:
                raise InputError(f"{name} must be a positive number", field=name)
        if self.default_limit > self.max_limit:
            raise InputError("default_limit must not exceed max_limit", field="default_limit")

    @property
    def writes_enabled(self) -> bool:
        return self.write_token is not None or self.tokens_file is not None

    @property
    def demo(self) -> bool:
        """True when no store was given: the service serves the demo store."""
        return self.store_path is None

    def with_(self, **changes) -> "Settings":
        """A copy with some fields changed.

        >>> Settings().with_(max_batch=5).max_batch
        5
        """
        return replace(self, **changes)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> "Settings":
        """Settings from the environment, with explicit (non-``None``) overrides on top.

        >>> Settings.from_env({"INCMAP_STORE": "/srv/a.gpkg"}, store_path="/srv/b.gpkg").store_path
        '/srv/b.gpkg'
        """
        env = os.environ if environ is None else environ
        values: dict = {
            "data_dir": env.get("INCMAP_DATA") or None,
            "store_path": env.get("INCMAP_STORE") or None,
            "write_token": env.get("INCMAP_WRITE_TOKEN") or None,
            "tokens_file": env.get("INCMAP_TOKENS_FILE") or None,
        }
        for var, name, scale in (("INCMAP_MAX_UPLOAD_MB", "max_upload_bytes", 1024 * 1024),
                                 ("INCMAP_MAX_BATCH", "max_batch", 1),
                                 ("INCMAP_MAX_EXPORT", "max_export", 1),
                                 ("INCMAP_MAX_EXPORTS", "max_concurrent_exports", 1)):
            raw = env.get(var)
            if raw:
                try:
                    values[name] = int(float(raw) * scale)
                except ValueError:
                    raise InputError(f"{var}={raw!r} is not a number", source="environment",
                                     field=var) from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
