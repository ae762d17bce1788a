"""OGC API - Features: the landing page, conformance, the collections and their items.

The collections are the incidents, the landmine incidents (both served by
:mod:`service.incidents`) and the control areas of a date (the web map's
cached snapshot, :mod:`service.mapdata`).
"""

from __future__ import annotations

import datetime as dt

from geo.export import EXPORT_TYPES

from .core import (GEOJSON, JSON, OPENAPI, ApiError, Request, Result, check_date_range,
                   int_param, iso, ok, operation, parse_bbox, parse_datetime_interval)
from .incidents import FILTER_PARAMS, IncidentOps, IncidentQuery
from .mapdata import MapOps
from .parameters import PROPERTY_ALIASES, check_params
from .queryables import feature_schema, queryables

__all__ = ["FeaturesOps", "COLLECTIONS", "SYRIA_BBOX", "ITEM_PARAMS", "CONFORMANCE",
           "SCHEMA_JSON", "QUERYABLES_REL"]

SCHEMA_JSON = "application/schema+json"
QUERYABLES_REL = "http://www.opengis.net/def/rel/ogc/1.0/queryables"
CONFORMANCE = (
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
)
# What GDAL and QGIS may append to every request (a user's query string on the service URL).
TOLERATED = ("datetime", "bbox")
# The query parameters of each collection's items.
_INCIDENT_ITEMS = ("limit", "offset", *FILTER_PARAMS, *PROPERTY_ALIASES)
ITEM_PARAMS = {"incidents": _INCIDENT_ITEMS,
               "landmines": tuple("landmine_category" if p == "category" else p
                                  for p in _INCIDENT_ITEMS),
               "control-areas": ("limit", "offset", "snapshot_datetime", "bbox")}

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
        "description": "The areas held by each force on a day (the bundled control dataset). "
                       "'datetime' picks the day: a date, or an interval whose last day is "
                       "drawn (default: the last day the control dataset covers).",
    },
}



class FeaturesOps:
    """The OGC API - Features operations, over the incident operations and the map's snapshots."""

    OPERATIONS = ("landing", "conformance", "collections", "collection", "items", "item",
                  "queryables", "feature_schema")

    def __init__(self, incidents: IncidentOps, maps: MapOps):
        self.res = incidents.res
        self.incidents = incidents
        self.maps = maps

    @operation
    def landing(self, req: Request) -> Result:
        """``GET /`` (JSON): the OGC API landing page (``f=html``: the map page, in server.py)."""
        check_params(req, ("f", *TOLERATED))
        base = req.base_url
        return ok({
            "title": "Syria incident map",
            "description": "Civilian harm in Syria by the force that controlled each place at the "
                           "time: incidents, landmines and control areas (OGC API - Features), "
                           "control and geocoding queries, statistics and exports.",
            "links": [
                {"rel": "self", "type": JSON, "title": "this document", "href": f"{base}/?f=json"},
                {"rel": "alternate", "type": "text/html", "title": "the web map",
                 "href": f"{base}/?f=html"},
                {"rel": "service-desc", "type": OPENAPI, "title": "the API definition (OpenAPI 3)",
                 "href": f"{base}/openapi.json"},
                {"rel": "conformance", "type": JSON, "title": "conformance classes",
                 "href": f"{base}/conformance"},
                {"rel": "data", "type": JSON, "title": "collections", "href": f"{base}/collections"},
            ],
        })

    @operation
    def conformance(self, req: Request) -> Result:
        check_params(req, TOLERATED)
        return ok({"conformsTo": list(CONFORMANCE)})

    def _collection_doc(self, req: Request, cid: str) -> dict:
        base = req.base_url
        meta = COLLECTIONS[cid]
        crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
        doc = {
            "id": cid, "title": meta["title"], "description": meta["description"],
            "itemType": "feature", "crs": [crs84], "storageCrs": crs84,
            "extent": {"spatial": {"bbox": [list(SYRIA_BBOX)], "crs": crs84}},
            "links": [
                {"rel": "self", "type": JSON, "href": f"{base}/collections/{cid}"},
                {"rel": "items", "type": GEOJSON, "title": "the features",
                 "href": f"{base}/collections/{cid}/items"},
                {"rel": QUERYABLES_REL, "type": SCHEMA_JSON, "title": "what items can be "
                 "filtered by", "href": f"{base}/collections/{cid}/queryables"},
                {"rel": "describedby", "type": SCHEMA_JSON, "title": "the features' schema",
                 "href": f"{base}/collections/{cid}/schema"},
                # GDAL before 3.7 looks for the rel as an early draft spelt it.
                {"rel": "describedBy", "type": SCHEMA_JSON, "title": "the features' schema",
                 "href": f"{base}/collections/{cid}/schema"},
            ],
        }
        if cid in ("incidents", "landmines"):
            kind = "landmines" if cid == "landmines" else "incidents"
            for ext, mime in EXPORT_TYPES.items():
                doc["links"].append({"rel": "enclosure", "type": mime, "title": f"export ({ext})",
                                     "href": f"{base}/export/{kind}.{ext}"})
            first, last = self._incident_span(cid)
            if first:
                doc["extent"]["temporal"] = {"interval": [[first, last]],
                                             "trs": "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"}
        else:
            try:
                first, last = self.res.control_index.coverage
                doc["extent"]["temporal"] = {
                    "interval": [[iso(first), iso(last)]],
                    "trs": "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"}
            except ApiError:
                pass
        return doc

    def _incident_span(self, cid: str) -> tuple[str | None, str | None]:
        """The first and last incident date of a collection (its temporal extent)."""
        filters = {"category": "landmine"} if cid == "landmines" else {}
        store = self.res.store
        first = store.query(limit=1, order="date", **filters)
        last = store.query(limit=1, order="-date", **filters)
        if not first:
            return None, None
        end = last[0].date_interval[1]
        return iso(first[0].date), iso(end)

    @operation
    def collections(self, req: Request) -> Result:
        check_params(req, TOLERATED)
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
        check_params(req, TOLERATED)
        return ok(self._collection_doc(req, cid))

    @operation
    def queryables(self, req: Request, cid: str) -> Result:
        """``GET /collections/{id}/queryables``: OGC API - Features Part 3, a JSON Schema."""
        self._known_collection(cid)
        check_params(req, ())
        return ok(queryables(cid, f"{req.base_url}/collections/{cid}/queryables"),
                  content_type=SCHEMA_JSON)

    @operation
    def feature_schema(self, req: Request, cid: str) -> Result:
        """``GET /collections/{id}/schema``: the JSON Schema of the features (GDAL reads the types)."""
        self._known_collection(cid)
        check_params(req, ())
        return ok(feature_schema(cid, f"{req.base_url}/collections/{cid}/schema"),
                  content_type=SCHEMA_JSON)

    @operation
    def items(self, req: Request, cid: str) -> Result:
        """``GET /collections/{id}/items``: incidents, landmines or the control areas of a date."""
        self._known_collection(cid)
        if cid == "control-areas":
            return self._control_items(req)
        check_params(req, ITEM_PARAMS[cid])
        params = dict(req.params)
        for alias, name in PROPERTY_ALIASES.items():  # adm1_pcode=SY02 is adm1=SY02
            if alias in params:  # both given: either value
                value = params.pop(alias)
                params[name] = ",".join(v for v in (params.get(name), value) if v)
        q = self.incidents.query(Request(req.path, params), landmines=(cid == "landmines"))
        items, matched = self.incidents.fetch(q)
        doc = self.incidents.collection(req, q, items, matched)
        doc["links"].append({"rel": "collection", "type": JSON,
                             "href": f"{req.base_url}/collections/{cid}"})
        return ok(doc, content_type=GEOJSON)

    @operation
    def item(self, req: Request, cid: str, fid: str) -> Result:
        self._known_collection(cid)
        if cid == "control-areas":
            check_params(req, ("snapshot_datetime",))
            day = self._snapshot_date(req)
            for feat in self.maps.snapshot_features(day):
                if str(feat["id"]) == fid:
                    return ok(feat, content_type=GEOJSON)
            raise ApiError(404, "Not found", f"no control area {fid[:60]!r} on {day}; the ids are "
                           "force codes such as GOV or SDF", kind="not-found")
        check_params(req, ())
        inc = self.incidents.get(fid, req)
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
        """The day whose control map ``datetime`` asks for.

        One date (or date-time): that day; a day after today is today. None: the last
        day the control dataset covers, so that the default is a real map rather than
        the unknown beyond the data. An interval (QGIS and GDAL send one for a layer's
        time range): the map of its last day, END, or with an open end the default day.
        Each of its features holds on that day, so it meets the interval, which is what
        OGC API - Features asks of the features a ``datetime`` selects.
        """
        today = dt.date.today()
        last = min(self.res.control_index.coverage[1], today)
        raw = req.params.get("datetime")
        if not raw:
            return last
        _, end = parse_datetime_interval(raw)
        return check_date_range(min(end or last, today), "datetime")

    def _control_items(self, req: Request) -> Result:
        check_params(req, ITEM_PARAMS["control-areas"])
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
        if "/" in (req.params.get("datetime") or ""):
            doc["date_rule"] = (f"control areas are a map of one day: for the interval "
                                f"{req.params['datetime'][:60]}, the map of {day} (its last day; "
                                f"an open end is the last day the control dataset covers)")
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
