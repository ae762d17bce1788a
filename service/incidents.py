"""Incidents: the filtered, paged query, one incident, writes and file imports.

``GET /api/incidents``, ``GET|PUT|DELETE /api/incidents/{id}``, ``POST /api/incidents``
and ``POST /api/import``. :func:`incident_query` (the filters every incident
operation takes) and the paged FeatureCollection are shared with the OGC API
collections (:mod:`service.features`), the statistics and the exports.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from typing import Any, Iterable

from geo.errors import InputError, UserError
from geo.store.audit import AuditEntry

from .core import (GEOJSON, ApiError, Members, Request, Result, bad_param, check_known, int_param,
                   iso, json_body, now_utc, ok, operation, page_url, parse_bbox,
                   parse_datetime_interval)
from .resources import Resources
from .settings import Settings

__all__ = ["IncidentOps", "IncidentQuery", "incident_query", "FILTER_PARAMS"]

# The incident filters every incident operation takes (the store's Filters, plus the OGC
# names bbox and datetime).
FILTER_PARAMS = ("bbox", "datetime", "category", "perpetrator", "cause", "control",
                 "stated_control", "agrees", "adm1", "adm2", "adm3", "dataset", "max_precision",
                 "min_precision", "all_records", "victims")

@dataclasses.dataclass
class IncidentQuery:
    """Parsed incident filters and paging."""

    bbox: tuple | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    filters: dict = dataclasses.field(default_factory=dict)
    limit: int | None = None
    offset: int = 0
    # The last Filters built and what they were built from: a request checks its filters
    # (incident_query) and then reads with them; Filters.build is ~20-50 µs of a page.
    _built: tuple | None = dataclasses.field(default=None, init=False, repr=False, compare=False)

    def store_filters(self):
        """The store's :class:`~geo.store.base.Filters` (InputError naming a bad field): built
        once for the query's values (asked again, the same object)."""
        from geo.store.base import Filters

        key = (self.bbox, self.start, self.end, tuple(self.filters.items()))
        if self._built is None or self._built[0] != key:
            self._built = (key, Filters.build(bbox=self.bbox, start=self.start, end=self.end,
                                              **self.filters))
        return self._built[1]

    def describe(self) -> dict:
        d = dict(self.filters)
        if self.bbox:
            d["bbox"] = list(self.bbox)
        if self.start or self.end:
            d["datetime"] = f"{iso(self.start) or '..'}/{iso(self.end) or '..'}"
        return d

def incident_query(req: Request, settings: Settings, *, landmines: bool = False,
                   paging: bool = True, extra: Iterable[str] = ()) -> IncidentQuery:
    """The incident filters (and paging) of a request, each value checked (400 naming it)."""
    from .parameters import check_params

    names = [*FILTER_PARAMS, *extra]
    if paging:
        names += ["limit", "offset"]
    check_params(req, names)
    p = req.params
    q = IncidentQuery()
    if p.get("bbox"):
        q.bbox = parse_bbox(p["bbox"])
    if p.get("datetime"):
        q.start, q.end = parse_datetime_interval(p["datetime"])
    for name in FILTER_PARAMS[2:]:
        raw = (p.get(name) or "").strip()
        if raw:
            if len(raw) > 500:
                raise bad_param(name, f"{len(raw)} characters; give at most 500")
            q.filters[name] = raw
    if landmines:
        cats = {c.strip().lower() for c in q.filters.get("category", "landmine").split(",")}
        if cats - {"landmine", ""}:
            raise bad_param("category", "the landmines collection holds only category "
                                        "'landmine'")
        q.filters["category"] = "landmine"
    if paging:
        q.limit = int_param(p, "limit", 1, settings.max_limit, settings.default_limit)
        q.offset = int_param(p, "offset", 0, 10**9, 0)
    q.store_filters()  # validates every value (400 naming the field)
    return q

class IncidentOps:
    """The incident operations, over the shared :class:`~service.resources.Resources`."""

    OPERATIONS = ("incidents", "incident", "create_incidents", "replace_incident",
                  "delete_incident", "import_file")

    def __init__(self, res: Resources):
        self.res = res

    def query(self, req: Request, **kwargs) -> IncidentQuery:
        """:func:`incident_query` with this service's page limits."""
        return incident_query(req, self.res.settings, **kwargs)

    def features(self, incidents, req: Request) -> list[dict]:
        """GeoJSON Features of incidents (Incident objects, or the store's
        :class:`~geo.store.records.Records`): public, or with names for an authorised caller."""
        from geo.export import record_features
        from geo.store.records import Records

        records = incidents if isinstance(incidents, Records) else Records.of(incidents)
        return record_features(records, names=self.res.authorised(req), key=self.res.store.id_key)

    @operation
    def incidents(self, req: Request) -> Result:
        """``GET /api/incidents``: incidents as GeoJSON, filtered and paged."""
        q = self.query(req)
        items, matched = self.fetch(q)
        return ok(self.collection(req, q, items, matched), content_type=GEOJSON)

    def page_features(self, selection, req: Request) -> tuple[Any, int]:
        """The features of a page (a :class:`~geo.store.sqlread.Selection`) and their number:
        for the public, the JSON text of the features (:class:`~service.core.Members`: the
        members of :func:`geo.export.public_features_json`, most written by the database, no
        dict per feature), for an authorised caller the features with names."""
        if self.res.authorised(req):
            return self.features(selection.records(), req), len(selection)
        return Members(selection.public_features_joined(self.res.store.id_key)), len(selection)

    def collection(self, req: Request, q: "IncidentQuery", items, matched: int,
                    features: list[dict] | None = None) -> dict:
        """A page as a FeatureCollection: the features of ``items`` (a Selection), or the
        ``features`` given."""
        if features is not None:
            feats, returned = features, len(features)
        else:
            feats, returned = self.page_features(items, req)
        links = [{"rel": "self", "type": GEOJSON, "title": "this page",
                  "href": page_url(req, {})}]
        if q.limit is not None and q.offset + returned < matched:
            links.append({"rel": "next", "type": GEOJSON, "title": "next page",
                          "href": page_url(req, {"offset": str(q.offset + q.limit),
                                             "limit": str(q.limit)})})
        if q.offset:
            links.append({"rel": "prev", "type": GEOJSON, "title": "previous page",
                          "href": page_url(req, {"offset": str(max(q.offset - (q.limit or 0), 0)),
                                             "limit": str(q.limit)})})
        return {"type": "FeatureCollection", "features": feats,
                "numberMatched": matched, "numberReturned": returned,
                "timeStamp": now_utc(), "links": links}

    @operation
    def incident(self, req: Request, incident_id: str) -> Result:
        """``GET /api/incidents/{id}``: one incident as a GeoJSON Feature."""
        check_known(req, ())
        inc = self.get(incident_id, req)
        return ok(self.features([inc], req)[0], content_type=GEOJSON)

    def get(self, incident_id: str, req: Request | None = None):
        """The incident with this id: its public id, or (for an authorised caller, ``req``)
        the store's own id too. A 404 when there is none."""
        store = self.res.store
        inc = store.get_public(incident_id)
        if inc is None and req is not None and self.res.authorised(req):
            inc = store.get(incident_id)
        if inc is None:
            raise ApiError(404, "Not found", f"no incident with id {incident_id[:80]!r}",
                           kind="not-found")
        return inc

    def fetch(self, q: "IncidentQuery"):
        """The store's answer for a query: (the page's :class:`~geo.store.sqlread.Selection`,
        number matched): read column by column when its features are made (no Incident
        object per row)."""
        filters = q.store_filters()
        store = self.res.store
        matched = store.count(filters)
        return store.select(filters, limit=q.limit, offset=q.offset), matched

    # ------------------------------------------------------------------ writes
    @operation
    def create_incidents(self, req: Request) -> Result:
        """``POST /api/incidents``: add (or update by id) incidents given as GeoJSON."""
        who = self.res.require_writer(req)
        check_known(req, ())
        doc = json_body(req)
        if isinstance(doc, dict) and doc.get("type") == "Feature":  # one incident: wrap it
            body = json.dumps({"type": "FeatureCollection", "features": [doc]}).encode()
            req = dataclasses.replace(req, body=body)
        report = self._import(req, "geojson", "request body", AuditEntry.now(who, "create"))
        return ok(report, status=201)

    @operation
    def replace_incident(self, req: Request, incident_id: str) -> Result:
        """``PUT /api/incidents/{id}``: replace one incident (a GeoJSON Feature)."""
        who = self.res.require_writer(req)
        check_known(req, ())
        target = self.get(incident_id, req).id  # the store's id, also when given the public one
        doc = json_body(req)
        if not isinstance(doc, dict) or doc.get("type") != "Feature":
            raise ApiError(400, "Invalid body", "send one GeoJSON Feature", kind="invalid-body")
        props = doc.get("properties") if isinstance(doc.get("properties"), dict) else {}
        given = doc.get("id", props.get("id"))
        if given not in (None, "", incident_id, target):
            raise ApiError(400, "Invalid body", f"the Feature's id {str(given)[:80]!r} differs "
                           f"from the URL's {incident_id[:80]!r}", kind="invalid-body")
        doc = {**doc, "id": target, "properties": {**props, "id": target}}
        body = json.dumps({"type": "FeatureCollection", "features": [doc]}).encode()
        self._import(dataclasses.replace(req, body=body), "geojson", "request body",
                     AuditEntry.now(who, "replace"))
        return ok(self.features([self.res.store.get(target)], req)[0], content_type=GEOJSON)

    @operation
    def delete_incident(self, req: Request, incident_id: str) -> Result:
        """``DELETE /api/incidents/{id}``."""
        who = self.res.require_writer(req)
        check_known(req, ())
        target = self.get(incident_id, req).id
        with self.res.lock:
            self.res.store.delete(target, audit=AuditEntry.now(who, "delete"))
        return Result(204, {}, b"")

    @operation
    def import_file(self, req: Request) -> Result:
        """``POST /api/import?format=``: load a file (CSV, GeoJSON, UCDP, ACLED, SNHR report text)."""
        who = self.res.require_writer(req)
        check_known(req, ("format", "filename"))
        fmt = (req.params.get("format") or "").strip().lower()
        from geo.importers import FORMATS as formats
        if fmt not in formats:
            raise bad_param("format", f"{fmt[:20]!r} is not an import format; use one of "
                                      f"{', '.join(formats)}")
        name = re.sub(r"[^\w.\-]+", "_", (req.params.get("filename") or f"upload.{fmt}"))[:100]
        return ok(self._import(req, fmt, name, AuditEntry.now(who, "import")), status=201)

    def _import(self, req: Request, fmt: str, name: str, audit: AuditEntry) -> dict:
        """Read, place, control-tag and store an uploaded file in one transaction.

        Any problem is a 400 naming the line and field, and nothing is written; ``audit`` is
        recorded with the write (its source: ``name``).
        """
        audit = dataclasses.replace(audit, source=name)
        import tempfile
        from pathlib import Path

        if not req.body:
            raise ApiError(400, "Empty body", "the request has no body; send the file's content",
                           kind="invalid-body")
        if len(req.body) > self.res.settings.max_upload_bytes:
            raise ApiError(413, "Upload too large", f"{len(req.body)} bytes; the limit is "
                           f"{self.res.settings.max_upload_bytes}", kind="too-large")
        from geo.importers import import_file

        try:
            control = self.res.control_index
        except (ApiError, UserError):
            control = False
        suffix = {"csv": ".csv", "geojson": ".geojson", "ucdp": ".csv", "acled": ".csv",
                  "snhr": ".txt"}[fmt]
        with tempfile.TemporaryDirectory(prefix="incmap-upload-") as tmp:
            path = Path(tmp) / ((Path(name).stem[:80] or "upload") + suffix)
            path.write_bytes(req.body)
            try:
                with self.res.lock:  # one writer at a time: imports are whole transactions
                    report = import_file(path, fmt, self.res.store, data=self.res.data,
                                         gaz=self.res.gazetteer, control_index=control,
                                         audit=audit)
            except InputError as exc:
                # Name the upload, not the temporary file it was kept in.
                raise InputError(exc.message.replace(str(path), name), source=name,
                                 line=exc.line, field=exc.field) from None
        doc = report.to_dict() if hasattr(report, "to_dict") else dict(report)
        doc["source"] = name
        return doc

