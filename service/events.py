"""Events that several sources report: every record of one, and a person's link or split.

``GET /api/events/{incidentId}`` lists every source record of the event the incident
belongs to (SNHR, ACLED, UCDP: see :mod:`geo.linking`); ``POST /api/events/link``
(``{"ids": [A, B], "note": "..."}``) confirms that two records report one event, and
``POST /api/events/split`` (``{"id": A, "note": "..."}``) takes a record out of its event.
Decisions are kept by the store and survive re-imports. Writes need the operator's token.
"""

from __future__ import annotations

from geo.errors import InputError
from geo.store.audit import AuditEntry

from .core import GEOJSON, ApiError, Request, Result, check_known, json_body, ok, operation
from .incidents import IncidentOps

__all__ = ["EventOps"]


class EventOps:
    """The event operations, over the incident operations."""

    OPERATIONS = ("incident_event", "link_incidents", "split_incident")

    def __init__(self, incidents: IncidentOps):
        self.res = incidents.res
        self.incidents = incidents

    def _event(self, req: Request, records) -> dict:
        feats = self.incidents.features(records, req)
        return {"type": "FeatureCollection", "event_id": records[0].event_id or records[0].id,
                "numberMatched": len(feats), "numberReturned": len(feats), "features": feats}

    @operation
    def incident_event(self, req: Request, incident_id: str) -> Result:
        """``GET /api/events/{id}``: every source record of the incident's event."""
        check_known(req, ())
        inc = self.incidents.get(incident_id, req)  # 404 when there is none
        return ok(self._event(req, self.res.store.event_records(inc.id)), content_type=GEOJSON)

    def _store_id(self, incident_id: str, req: Request) -> str:
        """The store's id of a record named by its public or (for a writer) its own id."""
        try:
            return self.incidents.get(incident_id, req).id
        except ApiError:
            raise InputError(f"no incident {incident_id[:80]!r} in the store", field="ids") from None

    def _body(self, req: Request) -> dict:
        doc = json_body(req)
        if not isinstance(doc, dict):
            raise ApiError(400, "Invalid body", "send a JSON object", kind="invalid-body")
        note = doc.get("note")
        if note is not None and (not isinstance(note, str) or len(note) > 2000):
            raise InputError("note must be a text of at most 2000 characters", field="note")
        return doc

    @operation
    def link_incidents(self, req: Request) -> Result:
        """``POST /api/events/link``: confirm that two records report one event."""
        who = self.res.require_writer(req)
        check_known(req, ())
        doc = self._body(req)
        ids = doc.get("ids")
        if not (isinstance(ids, list) and len(ids) == 2 and all(isinstance(i, str) for i in ids)):
            raise InputError("ids must be a list of two incident ids", field="ids")
        with self.res.lock:
            a, b = (self._store_id(i, req) for i in ids)
            records = self.res.store.link(a, b, note=doc.get("note"),
                                          audit=AuditEntry.now(who, "confirm-link",
                                                               source="POST /api/events/link"))
        return ok(self._event(req, records), content_type=GEOJSON)

    @operation
    def split_incident(self, req: Request) -> Result:
        """``POST /api/events/split``: take a record out of its event (kept apart from now on)."""
        who = self.res.require_writer(req)
        check_known(req, ())
        doc = self._body(req)
        iid = doc.get("id")
        if not isinstance(iid, str) or not iid:
            raise InputError("id must be an incident id", field="id")
        iid = self._store_id(iid, req)
        with self.res.lock:
            self.res.store.split(iid, note=doc.get("note"),
                                 audit=AuditEntry.now(who, "split-link",
                                                      source="POST /api/events/split"))
        return ok(self._event(req, self.res.store.event_records(iid)), content_type=GEOJSON)
