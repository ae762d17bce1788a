"""OGC API - Features: the landing page, conformance, the collections and their items.

The collections are the incidents, the landmine incidents (both served by
:mod:`service.incidents`) and the control areas of a date (the web map's
cached snapshot, :mod:`service.mapdata`).
"""

from __future__ import annotations

import datetime as dt

from geo.export import EXPORT_TYPES

from .core import (GEOJSON, JSON, OPENAPI, ApiError, Request, Result, bad_param, check_date_range,
                   check_known, int_param, iso, ok, operation, parse_bbox, parse_datetime_interval)
from .incidents import IncidentOps, IncidentQuery
from .mapdata import MapOps

__all__ = ["FeaturesOps", "COLLECTIONS", "SYRIA_BBOX"]

# Syria with a margin: a point far outside it is almost certainly swapped lat/lon.
SYRIA_BBOX = (35.5, 32.2, 42.5, 37.4)

COLLECTIONS = {
    "incidents": {
        "title": "Incidents of civilian harm",
        "description": "Killings, landmine and explosive-remnant explosions, massacres and deaths "
                       "under torture, each with its place (P-coded), date, victims, perpetrator "
                       "and the force that controlled the place at the time. Victim names are "
                       "shown only to an authorised caller.",
    },
    "landmines": {
        "title": "Landmine and explosive-remnant incidents",
        "description": "The incidents of category 'landmine', for humanitarian demining planners.",
    },
    "control-areas": {
        "title": "Control areas",
        "description": "The areas held by each force on a date (the bundled control dataset). "
                       "'datetime' picks the date of the snapshot (default: today).",
    },
}



class FeaturesOps:
    """The OGC API - Features operations, over the incident operations and the map's snapshots."""

    OPERATIONS = ("landing", "conformance", "collections", "collection", "items", "item")

    def __init__(self, incidents: IncidentOps, maps: MapOps):
        self.res = incidents.res
        self.incidents = incidents
        self.maps = maps

    @operation
    def landing(self, req: Request) -> Result:
        """``GET /?f=json``: the OGC API landing page."""
        check_known(req, ())
        base = req.base_url
        return ok({
            "title": "Syria incident map",
            "description": "Civilian harm in Syria by the force that controlled each place at the "
                           "time: incidents, landmines and control areas (OGC API - Features), "
                           "control and geocoding queries, statistics and exports.",
            "links": [
                {"rel": "self", "type": JSON, "title": "this document", "href": f"{base}/?f=json"},
                {"rel": "alternate", "type": "text/html", "title": "the web map", "href": f"{base}/"},
                {"rel": "service-desc", "type": OPENAPI, "title": "the API definition (OpenAPI 3)",
                 "href": f"{base}/openapi.json"},
                {"rel": "conformance", "type": JSON, "title": "conformance classes",
                 "href": f"{base}/conformance"},
                {"rel": "data", "type": JSON, "title": "collections", "href": f"{base}/collections"},
            ],
        })

    @operation
    def conformance(self, req: Request) -> Result:
        check_known(req, ())
        return ok({"conformsTo": [
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        ]})

    def _collection_doc(self, req: Request, cid: str) -> dict:
        base = req.base_url
        meta = COLLECTIONS[cid]
        doc = {
            "id": cid, "title": meta["title"], "description": meta["description"],
            "itemType": "feature",
            "crs": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"],
            "extent": {"spatial": {"bbox": [list(SYRIA_BBOX)],
                                   "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}},
            "links": [
                {"rel": "self", "type": JSON, "href": f"{base}/collections/{cid}"},
                {"rel": "items", "type": GEOJSON, "title": "the features",
                 "href": f"{base}/collections/{cid}/items"},
            ],
        }
        if cid in ("incidents", "landmines"):
            kind = "landmines" if cid == "landmines" else "incidents"
            for ext, mime in EXPORT_TYPES.items():
                doc["links"].append({"rel": "enclosure", "type": mime, "title": f"export ({ext})",
                                     "href": f"{base}/export/{kind}.{ext}"})
        else:
            try:
                first, last = self.res.control_index.coverage
                doc["extent"]["temporal"] = {"interval": [[iso(first), iso(last)]]}
            except ApiError:
                pass
        return doc

    @operation
    def collections(self, req: Request) -> Result:
        check_known(req, ())
        base = req.base_url
        return ok({"links": [{"rel": "self", "type": JSON, "href": f"{base}/collections"}],
                   "collections": [self._collection_doc(req, cid) for cid in COLLECTIONS]})

    def _known_collection(self, cid: str) -> None:
        if cid not in COLLECTIONS:
            raise ApiError(404, "Not found", f"no collection {cid[:60]!r}; the collections are "
                           f"{', '.join(COLLECTIONS)}", kind="not-found")

    @operation
    def collection(self, req: Request, cid: str) -> Result:
        self._known_collection(cid)
        check_known(req, ())
        return ok(self._collection_doc(req, cid))

    @operation
    def items(self, req: Request, cid: str) -> Result:
        """``GET /collections/{id}/items``: incidents, landmines or the control areas of a date."""
        self._known_collection(cid)
        if cid == "control-areas":
            return self._control_items(req)
        q = self.incidents.query(req, landmines=(cid == "landmines"))
        items, matched = self.incidents.fetch(q)
        doc = self.incidents.collection(req, q, items, matched)
        doc["links"].append({"rel": "collection", "type": JSON,
                             "href": f"{req.base_url}/collections/{cid}"})
        return ok(doc, content_type=GEOJSON)

    @operation
    def item(self, req: Request, cid: str, fid: str) -> Result:
        self._known_collection(cid)
        if cid == "control-areas":
            check_known(req, ("datetime",))
            day = self._snapshot_date(req)
            for feat in self.maps.snapshot_features(day):
                if str(feat["id"]) == fid:
                    return ok(feat, content_type=GEOJSON)
            raise ApiError(404, "Not found", f"no control area {fid[:60]!r} on {day}; the ids are "
                           "force codes such as GOV or SDF", kind="not-found")
        check_known(req, ())
        inc = self.incidents.get(fid)
        if cid == "landmines" and getattr(inc, "category", None) != "landmine":
            raise ApiError(404, "Not found", f"incident {fid[:60]!r} is not a landmine incident",
                           kind="not-found")
        feat = self.incidents.features([inc], req)[0]
        feat["links"] = [{"rel": "self", "type": GEOJSON,
                          "href": f"{req.base_url}/collections/{cid}/items/{fid}"},
                         {"rel": "collection", "type": JSON,
                          "href": f"{req.base_url}/collections/{cid}"}]
        return ok(feat, content_type=GEOJSON)

    def _snapshot_date(self, req: Request) -> dt.date:
        raw = req.params.get("datetime")
        if not raw:
            return dt.date.today()
        start, end = parse_datetime_interval(raw)
        if start != end:
            raise bad_param("datetime", "control areas are a snapshot: give one date, e.g. "
                                        "datetime=2023-07-09")
        return check_date_range(start, "datetime")

    def _control_items(self, req: Request) -> Result:
        check_known(req, ("datetime", "bbox", "limit", "offset"))
        day = self._snapshot_date(req)
        bbox = parse_bbox(req.params["bbox"]) if req.params.get("bbox") else None
        q = IncidentQuery(limit=int_param(req.params, "limit", 1, self.res.settings.max_limit,
                                     self.res.settings.default_limit),
                          offset=int_param(req.params, "offset", 0, 10**9, 0))
        snap = self.maps.snapshot(day)
        feats = snap["features"]
        if bbox is not None:
            feats = [f for f in feats if _bbox_overlaps(_geometry_bounds(f["geometry"]), bbox)]
        page = feats[q.offset:q.offset + q.limit]
        doc = self.incidents.collection(req, q, None, len(feats), features=page)
        doc["date"] = day.isoformat()
        # The end of coverage, said as everywhere else ("last verified D; ... N days past it").
        for key in ("stale", "coverage", "attribution", "license"):
            doc[key] = snap.get(key)
        doc["links"].append({"rel": "collection", "type": JSON,
                             "href": f"{req.base_url}/collections/control-areas"})
        return ok(doc, content_type=GEOJSON)



def _geometry_bounds(geometry: dict | None) -> tuple | None:
    if not geometry:
        return None
    import shapely

    return shapely.geometry.shape(geometry).bounds


def _bbox_overlaps(a, b) -> bool:
    if not a:
        return True
    return not (a[2] < b[0] or a[0] > b[2] or a[3] < b[1] or a[1] > b[3])

