"""The resources behind every operation, opened once, on first use, and who may write.

:class:`Resources` holds the settings and lazily opens the reference data,
gazetteer, control index, geocoder and incident store, so that creating the
service is instant and a missing piece only fails the requests that need it
(a ``503`` naming it). The operation families (``service.control``,
``service.incidents`` ...) share one instance.

:meth:`Resources.warm_up` opens them in a background thread instead (``incmap serve``:
the service answers at once, even on a first run that builds its caches); until a
resource is ready, a request that needs it gets ``503 Warming up`` with ``Retry-After``
rather than waiting.
"""

from __future__ import annotations

import threading
from typing import Callable

from geo.errors import UserError

from .core import ApiError, Request
from .settings import Settings
from .tokens import Tokens

__all__ = ["Resources"]


class Resources:
    """Settings, the lazily opened resources, the write lock and the access check.

    Parameters
    ----------
    settings
        :class:`~service.settings.Settings`.
    store, control, geocoder, gazetteer
        Already-opened resources (tests and the demo build pass them in).
    store_factory
        Called once, on first use, to open the store when none is given
        (the demo store of ``incmap serve``).
    """

    def __init__(self, settings: Settings | None = None, *, store=None, control=None,
                 geocoder=None, gazetteer=None, store_factory: Callable | None = None):
        self.settings = settings or Settings()
        self._store = store
        self._store_factory = store_factory
        self._control = control
        self._geocoder = geocoder
        self._gazetteer = gazetteer
        self._data = None
        self.lock = threading.RLock()
        self.tokens = Tokens(write_token=self.settings.write_token,
                             tokens_file=self.settings.tokens_file)
        # Exports being built now (each holds its rows in memory): more wait for a 429.
        self.exports = threading.BoundedSemaphore(self.settings.max_concurrent_exports)
        self._warming: set[str] = set()  # resources the warm-up thread has yet to open
        self._warmer = threading.local()  # .active: this thread is the warm-up
        self.warm_error: str | None = None

    # ------------------------------------------------------------------ resources
    def _open(self, what: str, opener: Callable):
        """Open a resource; its failure is the operator's problem (503), not the caller's."""
        try:
            return opener()
        except ApiError:
            raise
        except UserError as exc:
            raise ApiError(503, "Service unavailable", f"{what} could not be opened: {exc}",
                           kind="unavailable") from None

    @property
    def data(self):
        if self._data is None:
            from geo.reference.datadir import resolve

            self._data = self._open("the reference data", lambda: resolve(self.settings.data_dir))
        return self._data

    @property
    def reference(self):
        """The reference layers (``geo.reference.load``), for the map page."""
        from geo.reference import load

        if "reference" in self._warming and not getattr(self._warmer, "active", False):
            raise _warming_up("the reference layers")
        data = self.data
        return self._open("the reference layers", lambda: load(data))

    # ------------------------------------------------------------------ warming up
    # (property, the attribute holding it), first the ones others need.
    WARM_ORDER = (("reference", "reference"), ("gazetteer", "_gazetteer"),
                  ("control_index", "_control"), ("store", "_store"), ("geocoder", "_geocoder"))

    def warm_up(self, then: Callable | None = None) -> threading.Thread:
        """Open every resource in a background thread (first the ones others need).

        Meanwhile a request that needs one gets ``503 Warming up``. A resource that fails
        to open is left to fail on the requests that need it (``warm_error`` says which).
        ``then()`` runs in the thread once all are open (e.g. more caches to fill).
        """
        self._warming.update(attr for _, attr in self.WARM_ORDER)

        def run():
            self._warmer.active = True
            for name, attr in self.WARM_ORDER:
                try:
                    getattr(self, name)
                except Exception as exc:  # noqa: BLE001 - said by the requests that need it
                    self.warm_error = f"{name}: {getattr(exc, 'detail', exc)}"
                finally:
                    self._warming.discard(attr)
            if then is not None:
                then()

        thread = threading.Thread(target=run, name="incmap-warm-up", daemon=True)
        thread.start()
        return thread

    @property
    def warming(self) -> bool:
        """True while the warm-up is still opening resources."""
        return bool(self._warming)

    def _resource(self, attr: str, what: str, opener: Callable):
        """The resource held in ``attr``, opened once, on first use, by one thread."""
        value = getattr(self, attr)
        if value is None:
            if attr in self._warming and not getattr(self._warmer, "active", False):
                raise _warming_up(what)
            with self.lock:
                value = getattr(self, attr)
                if value is None:
                    value = self._open(what, opener)
                    setattr(self, attr, value)
        return value

    @property
    def gazetteer(self):
        from geo.gazetteer import Gazetteer

        return self._resource("_gazetteer", "the gazetteer", lambda: Gazetteer.load(self.data))

    @property
    def control_index(self):
        if self._control is not None:  # asked on every control request
            return self._control
        from geo.control import ControlIndex

        return self._resource("_control", "the control index",
                              lambda: ControlIndex.load(self.data))

    @property
    def geocoder(self):
        from geo.geocode import Geocoder

        return self._resource("_geocoder", "the geocoder", lambda: Geocoder(self.gazetteer))

    @property
    def store(self):
        from geo.store import open_store

        if self._store is None and self._store_factory is None and self.settings.store_path is None:
            raise ApiError(503, "Service unavailable",
                           "No incident store is configured: start the service with "
                           "--store PATH or set INCMAP_STORE.", kind="unavailable")
        opener = self._store_factory or (lambda: open_store(self.settings.store_path))
        return self._resource("_store", "the incident store", opener)

    # ------------------------------------------------------------------ access
    def writer(self, req: Request) -> str | None:
        """The name of the token the request carries (:mod:`service.tokens`), or ``None``."""
        header = (req.authorization or "").strip()
        if not header.lower().startswith("bearer "):
            return None
        return self.tokens.who(header[7:].strip())

    def authorised(self, req: Request) -> bool:
        """True when the request carries a valid write token."""
        return self.writer(req) is not None

    def require_writer(self, req: Request) -> str:
        """The writer's name; 401 without credentials, 403 with wrong ones or writes disabled."""
        header = (req.authorization or "").strip()
        # No credentials is a 401 even on a read-only service: the client must learn the scheme.
        if not header.lower().startswith("bearer "):  # none, or another scheme (Basic, ...)
            raise ApiError(401, "Authentication required",
                           "Writes need a write token: send 'Authorization: Bearer TOKEN'.",
                           kind="unauthorised", headers={"WWW-Authenticate": 'Bearer realm="incmap"'})
        if not self.tokens.enabled:
            raise ApiError(403, "Writes disabled",
                           "This service is read-only: the operator has not configured a write "
                           "token (INCMAP_WRITE_TOKEN or INCMAP_TOKENS_FILE).",
                           kind="writes-disabled")
        name = self.writer(req)
        if name is None:
            raise ApiError(403, "Forbidden", "The bearer token is not valid for writes.",
                           kind="forbidden",
                           headers={"WWW-Authenticate": 'Bearer realm="incmap", '
                                                        'error="invalid_token"'})
        return name

    def gazetteer_or_none(self):
        """The gazetteer, or ``None`` when it cannot be opened (the caller does without)."""
        try:
            return self.gazetteer
        except ApiError as exc:
            if exc.kind == "warming-up":  # not missing: answering without it would be wrong
                raise
            return None

    def control_or_none(self):
        """The control index, to fill the control of incidents stored without one."""
        try:
            return self.control_index
        except ApiError as exc:
            if exc.kind == "warming-up":
                raise
            return None


def _warming_up(what: str) -> ApiError:
    return ApiError(503, "Warming up",
                    f"The service has just started and is still loading {what} (on a first "
                    "run it builds its caches, which can take a few minutes); try again in a "
                    "few seconds.", kind="warming-up", headers={"Retry-After": "5"})
