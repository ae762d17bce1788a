"""The web service: a thin list of Flask routes around the API core (``geo.api``).

Each route parses the request into a :class:`geo.api.Request`, calls one
operation of :class:`geo.api.API` (or ``layers.page`` for the map page) and
turns the ``(status, headers, body)`` it returns into a response. Nothing is
loaded at import or in :func:`create_app`; resources open on first use.

>>> from geo.settings import Settings
>>> app = create_app(Settings(store_path="incidents.gpkg"))     # doctest: +SKIP
>>> app.test_client().get("/api/control?lat=36.5&lon=37.48&date=2023-07-09").json["force"]  # doctest: +SKIP
'SNA'

Run it with ``incmap serve`` (waitress), not the Flask development server.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

from geo.api import API, ApiError, Request, Result, problem
from geo.settings import Settings

__all__ = ["create_app"]

ROOT = Path(__file__).resolve().parent


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
        UCDP extract, then cached: see ``incmap.serve.ensure_demo_store``).
    """
    settings = settings or Settings.from_env()
    if api is None:
        if settings.store_path is None and store_factory is None:
            from incmap.serve import demo_store_factory

            store_factory = demo_store_factory(settings.data_dir)
        api = API(settings, store_factory=store_factory)
    app = Flask(__name__, static_folder=str(ROOT / "static"), static_url_path="/static")
    app.config["MAX_CONTENT_LENGTH"] = settings.max_upload_bytes
    app.json.ensure_ascii = False
    app.extensions["incmap.api"] = api

    def req(body: bool = False) -> Request:
        data = b""
        if body:
            upload = request.files.get("file") if request.mimetype == "multipart/form-data" else None
            data = upload.read() if upload is not None else request.get_data(cache=False)
        return Request(
            path=request.path,
            params=request.args.to_dict(flat=True),
            # Not request.host_url: it re-encodes the whole URL, a third of a control query's time.
            base_url=f"{request.scheme}://{request.host}{request.script_root}",
            authorization=request.headers.get("Authorization"),
            body=data,
            content_type=request.mimetype or "",
            accept=request.headers.get("Accept", ""),
        )

    def respond(result: Result) -> Response:
        status, headers, body = result
        return Response(body, status=status, headers=headers)

    # --- OGC API - Features and the page -------------------------------------------------
    @app.get("/")
    def landing():
        if request.args.get("f") == "json" or _wants_json():
            return respond(api.landing(req()))
        return map_page()

    @app.get("/conformance")
    def conformance():
        return respond(api.conformance(req()))

    @app.get("/collections")
    def collections():
        return respond(api.collections(req()))

    @app.get("/collections/<cid>")
    def collection(cid):
        return respond(api.collection(req(), cid))

    @app.get("/collections/<cid>/items")
    def items(cid):
        return respond(api.items(req(), cid))

    @app.get("/collections/<cid>/items/<path:fid>")
    def item(cid, fid):
        return respond(api.item(req(), cid, fid))

    @app.get("/openapi.json")
    def openapi():
        return respond(api.openapi(req()))

    # --- queries -----------------------------------------------------------------------------
    @app.get("/api/control")
    def control():
        return respond(api.control(req()))

    @app.post("/api/control")
    def control_batch():
        return respond(api.control_batch(req(body=True)))

    @app.get("/api/geocode")
    def geocode():
        return respond(api.geocode(req()))

    @app.get("/api/stats")
    def stats():
        return respond(api.stats(req()))

    # --- incidents: reads public, writes with the operator's token ------------------------------
    @app.get("/api/incidents")
    def incidents():
        return respond(api.incidents(req()))

    @app.post("/api/incidents")
    def create_incidents():
        return respond(api.create_incidents(req(body=True)))

    @app.get("/api/incidents/<path:incident_id>")
    def incident(incident_id):
        return respond(api.incident(req(), incident_id))

    @app.put("/api/incidents/<path:incident_id>")
    def replace_incident(incident_id):
        return respond(api.replace_incident(req(body=True), incident_id))

    @app.delete("/api/incidents/<path:incident_id>")
    def delete_incident(incident_id):
        return respond(api.delete_incident(req(), incident_id))

    @app.post("/api/import")
    def import_file():
        return respond(api.import_file(req(body=True)))

    # --- exports for demining planners --------------------------------------------------------
    @app.get("/export/<kind>.<ext>")
    def export(kind, ext):
        return respond(api.export(req(), kind, ext))

    # --- web map routes (layers/) ---
    @app.get("/api/control/snapshot")
    def control_snapshot():
        return respond(api.map_snapshot(req()))

    @app.get("/api/map/incidents")
    def map_incidents():
        return respond(api.map_incidents(req()))

    @app.get("/api/map/governorates")
    def map_governorates():
        return respond(api.map_governorates(req()))

    def map_page():
        from layers.page import render_page

        try:
            ref = api.reference
        except ApiError as exc:
            return respond(problem(exc.status, exc.title, exc.detail, instance="/"))
        kwargs = {}
        try:
            kwargs["coverage"] = api.control_index.coverage
        except ApiError:
            pass  # the page still shows incidents; the control layer says it has no data
        html = render_page(ref, **kwargs)
        return Response(html, status=200, content_type="text/html; charset=utf-8")
    # --- end of web map routes ---

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


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json" and "text/html" not in request.accept_mimetypes.values()
