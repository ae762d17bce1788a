"""The web service: the Flask adapter around the service core (``service``).

One Flask route per entry of :data:`service.routes.ROUTES` (the table the
OpenAPI document is built from): each parses the request into a
:class:`service.core.Request`, calls the route's operation of
:class:`service.app.API` (or ``layers.page`` for the map page on ``/``) and
turns the ``(status, headers, body)`` it returns into a response. Nothing is
loaded at import or in :func:`create_app`; resources open on first use.

>>> from service.settings import Settings
>>> app = create_app(Settings(store_path="incidents.gpkg"))     # doctest: +SKIP
>>> app.test_client().get("/api/control?lat=36.5&lon=37.48&date=2023-07-09").json["force"]  # doctest: +SKIP
'SNA'

Run it with ``incmap serve`` (waitress), not the Flask development server.
"""

from __future__ import annotations

import functools
import re
import threading
from urllib.parse import parse_qsl

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from service.app import API
from service.core import ApiError, Request, Result, problem
from service.routes import ROUTES, Route, allowed_methods
from service.settings import Settings

__all__ = ["create_app", "BodyView", "large_body", "LARGE_BODY"]

# A body at least this long is handed to waitress as a file (see :func:`large_body`): a page of
# 1,000 incidents is ~1.4 MB, of 10,000 ~14 MB. Waitress copies a body given as bytes into its
# buffer, and past 1 MB (its outbuf_overflow) into a temporary file it then reads back.
LARGE_BODY = 256 * 1024


# What the large bodies being sent from memory may hold together. Waitress keeps a body handed to
# it as a file until the client has read it all; a hundred slow clients of pages of 10,000 would
# hold 1.4 GB. Past this, a body goes as bytes again: waitress spills it to a temporary file.
LARGE_BODIES_HELD = 256 * 1024 * 1024
_held = [0]
_held_lock = threading.Lock()


class BodyView:
    """An answer's bytes as a read-only file whose reads are views of them, not copies: what
    waitress's ``wsgi.file_wrapper`` sends from (it reads a chunk, sends it to the socket, then
    reads it again to skip it). Its bytes count towards :data:`LARGE_BODIES_HELD` until it is
    closed (waitress closes it when the answer is sent or the client has gone).

    >>> f = BodyView(b"abcdef"); bytes(f.read(4)), f.tell(), f.seek(0, 2), bytes(f.read())
    (b'abcd', 4, 6, b'')
    """

    __slots__ = ("_view", "_pos", "_held")

    def __init__(self, body: bytes, held: int = 0):
        self._view = memoryview(body)
        self._pos = 0
        self._held = held

    def read(self, size: int = -1) -> memoryview:
        end = len(self._view) if size is None or size < 0 else min(self._pos + size,
                                                                     len(self._view))
        start, self._pos = self._pos, max(end, self._pos)
        return self._view[start:self._pos]

    def seek(self, offset: int, whence: int = 0) -> int:
        base = (0, self._pos, len(self._view))[whence]
        self._pos = max(base + offset, 0)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        self._view = memoryview(b"")
        held, self._held = getattr(self, "_held", 0), 0  # (0 if __init__ failed before it)
        if held:
            with _held_lock:
                _held[0] -= held

    def __del__(self) -> None:  # a body never closed (an error between) is released all the same
        self.close()


def _hold(size: int) -> bool:
    """Count ``size`` bytes as held from memory, if :data:`LARGE_BODIES_HELD` leaves room."""
    with _held_lock:
        if _held[0] + size > LARGE_BODIES_HELD:
            return False
        _held[0] += size
        return True


@functools.cache
def _waitress_file():
    """Waitress's ``wsgi.file_wrapper`` class (imported when a large body is first sent)."""
    try:
        from waitress.buffers import ReadOnlyFileBasedBuffer
    except ImportError:  # another WSGI server: bodies are given as bytes
        return None
    return ReadOnlyFileBasedBuffer


def large_body(body, environ: dict):
    """What a WSGI response's body is given as: a large body of bytes (:data:`LARGE_BODY`)
    under waitress (``incmap serve``), its ``wsgi.file_wrapper`` over a :class:`BodyView`, sent
    from the bytes themselves; under any other server (whose file wrapper may hand the reads
    to code that takes bytes only) or small, None (the bytes as they are). A page of 10,000
    incidents (13.6 MB) cost waitress ~10 ms of CPU more as bytes (copied to a buffer, then to a
    temporary file and read back)."""
    wrapper = environ.get("wsgi.file_wrapper")
    if (type(body) is not bytes or len(body) < LARGE_BODY or wrapper is None
            or wrapper is not _waitress_file() or not _hold(len(body))):
        return None
    return wrapper(BodyView(body, held=len(body)))



def create_app(settings: Settings | None = None, *, api: API | None = None,
               store_factory=None) -> Flask:
    """The Flask app for ``settings`` (default: from the environment).

    Parameters
    ----------
    settings
        Where the data and store are, the write token and limits.
    api
        An already-built API core (tests pass one with resources opened).
    store_factory
        Opens the store on first use when ``settings.store_path`` is ``None``;
        by default the demo store (built once from the seed report and the
        UCDP extract, then cached: see ``geo.store.demo.ensure_demo_store``).
    """
    settings = settings or Settings.from_env()
    if api is None:
        if settings.store_path is None and store_factory is None:
            from geo.store.demo import demo_store_factory

            store_factory = demo_store_factory(settings.data_dir)
        api = API(settings, store_factory=store_factory)
    from layers.assets import STATIC_DIR

    app = Flask(__name__, static_folder=str(STATIC_DIR), static_url_path="/static")
    app.config["MAX_CONTENT_LENGTH"] = settings.max_upload_bytes
    app.json.ensure_ascii = False
    app.extensions["incmap.api"] = api

    def req(body: bool = False) -> Request:
        r = request._get_current_object()  # looked up once, not through the proxy each time
        data = b""
        if body:
            upload = r.files.get("file") if r.mimetype == "multipart/form-data" else None
            data = upload.read() if upload is not None else r.get_data(cache=False)
        headers = r.headers
        return Request(
            path=r.path,
            params=query_params(r),
            # Not request.host_url: it re-encodes the whole URL, a third of a control query's time.
            base_url=f"{r.scheme}://{r.host}{r.script_root}",
            authorization=headers.get("Authorization"),
            body=data,
            content_type=r.mimetype or "",
            accept=headers.get("Accept", ""),
        )

    def respond(result: Result) -> Response:
        status, headers, body = result
        sent = large_body(body, request.environ)
        if sent is not None:
            return Response(sent, status=status, direct_passthrough=True,
                            headers={**headers, "Content-Length": str(len(body))})
        return Response(body, status=status, headers=headers)

    def view(route: Route):
        names = [ARGUMENT_NAMES.get(n, n) for n in route.path_params]

        def handle(**path):
            return respond(api.dispatch(route, req(body=route.request_body is not None),
                                        *(path[n] for n in names)))

        return handle

    def landing():
        # "/" is the OGC API landing page (JSON), or the web map for a client that asks for HTML
        # (a browser): OWSLib, GDAL and curl send no Accept header or */*.
        fmt = request.args.get("f")
        if fmt == "html" or (fmt is None and _wants_html()):
            return map_page()
        return view(landing_route)()

    landing_route = next(r for r in ROUTES if r.operation == "landing")
    for route in ROUTES:
        handler = landing if route is landing_route else view(route)
        app.add_url_rule(flask_rule(route), endpoint=f"{route.method}:{route.path}",
                         view_func=handler, methods=[route.method.upper()])

    def map_page():
        from layers.page import render_page

        if api.warming:  # a first run builds its caches: a page that reloads itself
            return Response(WARMING_PAGE, status=503, headers={
                "Retry-After": "5", "Content-Type": "text/html; charset=utf-8"})
        try:
            ref = api.reference
        except ApiError as exc:
            return respond(problem(exc.status, exc.title, exc.detail, instance="/"))
        kwargs = {"data": api.data}  # where its context layers are installed
        try:
            kwargs["coverage"] = api.control_index.coverage
        except ApiError:
            pass  # the page still shows incidents; the control layer says it has no data
        html = render_page(ref, **kwargs)
        return Response(html, status=200, content_type="text/html; charset=utf-8")

    @app.before_request
    def methods_as_openapi_says():
        # OpenAPI matches a concrete path before a templated one, Flask any rule that fits:
        # /api/events/link is only POST, though the GET rule /api/events/<path:id> fits it too.
        allowed = allowed_methods(request.path)
        if not allowed:
            return None  # not an API route (static files) or none at all: Flask answers
        methods = {m.upper() for m in allowed} | {"OPTIONS"}
        if "GET" in methods:
            methods.add("HEAD")
        if request.method == "OPTIONS":
            return Response(status=200, headers={"Allow": ", ".join(sorted(methods))})
        if request.method not in methods:
            raise MethodNotAllowed(valid_methods=sorted(methods))
        return None

    @app.after_request
    def no_sniffing(response: Response) -> Response:
        # JSON that quotes hostile text must never be run as HTML by a browser guessing types.
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    # --- errors as problem details ---------------------------------------------------------------
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        detail = exc.description or exc.name
        if exc.code == 413:
            detail = (f"the request body is larger than the limit of "
                      f"{settings.max_upload_bytes} bytes (INCMAP_MAX_UPLOAD_MB)")
        elif exc.code == 404:
            detail = f"no route {request.path[:200]!r}; the API is described at /openapi.json"
        elif exc.code == 405:
            allowed = ", ".join(exc.valid_methods or ()) if hasattr(exc, "valid_methods") else ""
            detail = f"{request.method} is not allowed on {request.path[:200]}" + (
                f"; use {allowed}" if allowed else "")
        result = problem(exc.code or 500, exc.name, detail, instance=request.path)
        headers = dict(result.headers)
        for key, value in exc.get_headers():
            if key.lower() == "allow":
                headers["Allow"] = value
        return Response(result.body, status=result.status, headers=headers)

    @app.errorhandler(Exception)
    def internal_error(exc: Exception):
        app.logger.exception("unhandled error on %s", request.path)
        result = problem(500, "Internal server error",
                         "The service failed while answering this request. This is a bug: please "
                         "report it with the request URL.", instance=request.path)
        return respond(result)

    return app


def _wants_html() -> bool:
    """The client lists text/html and prefers it to JSON (a browser does; */* is not asking)."""
    accept = request.accept_mimetypes
    return "text/html" in accept.values() and \
        accept.quality("text/html") >= accept.quality("application/json") and \
        accept["text/html"] > 0


WARMING_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="5"><title>Syria incident map: warming up</title></head>
<body><p>The Syria incident map has just started and is loading its data (on a first run it
builds its caches, which can take a few minutes). This page reloads itself.</p></body></html>
"""


def query_params(r) -> dict[str, str]:
    """The query parameters of the request ``r``, the first value of each name: what
    ``r.args.to_dict(flat=True)`` gives, parsed as werkzeug parses ``args``, without the
    ``MultiDict`` made and copied on each request.

    >>> from werkzeug.test import EnvironBuilder
    >>> query_params(EnvironBuilder(query_string="a=1&b=%C3%A9&a=2&c=").get_request())
    {'a': '1', 'b': 'é', 'c': ''}
    """
    params: dict[str, str] = {}
    for name, value in parse_qsl(r.query_string.decode(), keep_blank_values=True,
                                 errors="werkzeug.url_quote"):
        params.setdefault(name, value)
    return params


# The Flask variables are named as the operations name their arguments.
ARGUMENT_NAMES = {"collectionId": "cid", "featureId": "fid", "incidentId": "incident_id"}


def flask_rule(route: Route) -> str:
    """The route's path as a Flask rule: ``{id}`` becomes ``<id>``, or ``<path:id>`` for ids.

    >>> flask_rule(Route("get", "/api/incidents/{incidentId}", "incident", "getIncident", "",
    ...                  slashes=("incidentId",)))
    '/api/incidents/<path:incident_id>'
    """
    def variable(m: re.Match) -> str:
        name = ARGUMENT_NAMES.get(m[1], m[1])
        return f"<path:{name}>" if m[1] in route.slashes else f"<{name}>"

    return re.sub(r"\{(\w+)\}", variable, route.path)
