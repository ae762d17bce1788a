"""Bench: incidents served per millisecond by ``/api/incidents`` and ``/api/map/incidents``.

The stores are those of ``bench/export_stream.py`` (the UCDP extract repeated; 10k, 100k and
1M incidents, cached in ``--cache``); each keeps its records' public feature texts
(:mod:`geo.store.sqlfeatures`: a store cached by an older version makes them when the API
opens it, before any timing). For each size, in this process, the fastest of
``--repeat`` runs of each request through the service core (``API.incidents``,
``API.map_incidents``: the JSON answer made, as a server sends it):

* ``/api/incidents?datetime=2017-01-01/2019-12-31&limit=N`` (N = 1,000 and 10,000, the most a
  page holds): the incidents of the page per ms. A GeoPackage store keeps a query's
  ``numberMatched`` until the file changes (the next pages of a query ask it again), so the
  repeated request is that of a client paging on; ``new query`` is the fastest first request of
  three other windows (``2017-01-0D/2019-12-31``), whose count is not kept yet;
* ``/api/map/incidents`` for three views: the country at zoom 6 over a year (sub-district
  sums beyond 10,000 incidents), Aleppo and Idlib at zoom 8 over a quarter (grid clusters),
  a city at zoom 12 over a month (each incident): the incidents the answer stands for
  (``total``) per ms.

The peer, measured in the same run, is the way these routes were served before: one
:class:`~geo.incident.Incident` object per row (``store.query``), its public form and feature
made one by one, and for the map the clusters grouped in Python. Its answers are the same
(checked). Ratio: ours per ms / the peer's. Goal (issue 15): 1,000 incidents per ms. Memory:
the most Python held during one more call of each (tracemalloc, apart from the timing).

    python bench/read_routes.py [--sizes 10000,100000,1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PAGES = (1000, 10000)
WINDOW = "2017-01-01/2019-12-31"
VIEWS = (("country, zoom 6, a year", {"bbox": "35.5,32.2,42.5,37.4", "start": "2017-01-01",
                                      "end": "2017-12-31", "zoom": "6"}),
         ("Aleppo-Idlib, zoom 8, a quarter", {"bbox": "36,35,38,37", "start": "2017-01-01",
                                              "end": "2017-03-31", "zoom": "8"}),
         ("a city, zoom 12, a month", {"bbox": "37.05,36.15,37.25,36.25", "start": "2017-01-01",
                                       "end": "2017-01-31", "zoom": "12"}))


def peer_page(store, limit: int) -> bytes:
    """``/api/incidents`` the way it was served: an Incident per row, a feature each."""
    from geo.export import incident_feature
    from service.core import dumps

    matched = store.count(start="2017-01-01", end="2019-12-31")
    items = store.query(start="2017-01-01", end="2019-12-31", limit=limit)
    feats = [incident_feature(inc, key=store.id_key) for inc in items]
    return dumps({"type": "FeatureCollection", "features": feats, "numberMatched": matched,
                  "numberReturned": len(feats)}).encode("utf-8")


def peer_view(store, params: dict, gazetteer) -> dict:
    """``/api/map/incidents`` the way it was served: an Incident per row, grouped in Python."""
    from service import mapdata as m

    box = m.view_box(store, m.parse_bbox(params["bbox"]))
    z = int(params["zoom"])
    filters = {**m._store_filters(box, params["start"], params["end"], ()),
               "max_precision": m.DRAWN_MAX_PRECISION}
    total = store.count(**filters)
    # As the route always did: the window's incidents too coarsely located to draw.
    not_drawn = store.count(**m._store_filters(None, params["start"], params["end"], ()),
                            min_precision=m.DRAWN_MAX_PRECISION + 1)
    key = store.id_key

    def feature(inc):
        props = m.incident_properties(inc, key)
        return {"type": "Feature", "id": props["id"], "geometry": m._point(inc.lon, inc.lat),
                "properties": props}

    if total <= m.points_limit(z):
        found = [i for i in store.query(limit=m.points_limit(z), order="-killed", **filters)
                 if i.lon is not None]
        return {"total": total, "not_drawn": not_drawn, "features": [feature(i) for i in found]}
    if total > m.GRID_MAX:
        return {"total": total, "not_drawn": not_drawn,
                "features": m._sums_by_subdistrict(store, filters, gazetteer)}
    found = [i for i in store.query(**filters) if i.lon is not None]
    cells = m.grid_cells([i.lon for i in found], [i.lat for i in found], z)
    groups: dict = {}
    for inc, cell in zip(found, cells.tolist()):
        groups.setdefault((inc.category, cell), []).append(inc)
    features = []
    for (category, cell), members in groups.items():
        if len(members) == 1:
            features.append(feature(members[0]))
            continue
        lons, lats = np.array([i.lon for i in members]), np.array([i.lat for i in members])
        forces = Counter(i.computed_control or "UNKNOWN" for i in members)
        features.append({"type": "Feature", "id": f"cluster:{category}:{cell}",
                         "geometry": m._point(lons.mean(), lats.mean()),
                         "properties": {"cluster": True, "category": category,
                                        "count": len(members),
                                        "killed": int(sum(i.killed or 0 for i in members)),
                                        "computed_control": forces.most_common(1)[0][0],
                                        "forces": dict(forces)}})
    return {"total": total, "not_drawn": not_drawn, "features": features}


def peak_mb(fn) -> float:
    """The most memory Python held during one more call above what it held before (MB,
    tracemalloc: measured apart from the timed calls, which it would slow)."""
    import tracemalloc

    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def fastest(fn, repeat: int) -> tuple[float, object]:
    """The fastest of ``repeat`` calls, after one to warm the caches (SQLite's, the OS's)."""
    fn()
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def measure(store_path: Path, repeat: int) -> list[dict]:
    from service.app import API
    from service.core import Request, dumps
    from service.settings import Settings

    api = API(Settings(store_path=str(store_path)))
    store, gaz = api.store, api.gazetteer
    rows = []
    for limit in PAGES:
        req = Request(path="/api/incidents", params={"datetime": WINDOW, "limit": str(limit)})
        ours_s, res = fastest(lambda: api.incidents(req), repeat)
        peer_s, body = fastest(lambda: peer_page(store, limit), repeat)
        first_s, first_served = float("inf"), 0
        for day in (2, 3, 4):
            fresh = Request(path="/api/incidents",
                            params={"datetime": f"2017-01-0{day}/2019-12-31", "limit": str(limit)})
            t = time.perf_counter()
            first = api.incidents(fresh)
            took = time.perf_counter() - t
            if took < first_s:
                first_s, first_served = took, first.json()["numberReturned"]
        doc, peer_doc = res.json(), json.loads(body)
        assert [f["id"] for f in doc["features"]] == [f["id"] for f in peer_doc["features"]]
        assert [f["properties"] for f in doc["features"]] == \
            [f["properties"] for f in peer_doc["features"]]
        rows.append({"route": f"/api/incidents limit={limit}", "served": doc["numberReturned"],
                     "ours_ms": ours_s * 1000, "peer_ms": peer_s * 1000,
                     "new_query_ms": first_s * 1000, "new_query_served": first_served,
                     "ours_mb": peak_mb(lambda: api.incidents(req).read()),
                     "peer_mb": peak_mb(lambda: peer_page(store, limit))})
    for name, params in VIEWS:
        req = Request(path="/api/map/incidents", params=params)
        ours_s, res = fastest(lambda: api.map_incidents(req), repeat)
        peer_s, peer = fastest(lambda: dumps(peer_view(store, params, gaz)), repeat)
        doc, peer_doc = res.json(), json.loads(peer)
        assert (doc["total"], doc["not_drawn"]) == (peer_doc["total"], peer_doc["not_drawn"])
        assert sorted(f["id"] for f in doc["features"]) == \
            sorted(f["id"] for f in peer_doc["features"])
        rows.append({"route": f"/api/map/incidents {name} ({doc['mode']})",
                     "served": doc["total"], "ours_ms": ours_s * 1000, "peer_ms": peer_s * 1000,
                     "ours_mb": peak_mb(lambda: api.map_incidents(req).read()),
                     "peer_mb": peak_mb(lambda: dumps(peer_view(store, params, gaz)))})
    for r in rows:
        r["ours_per_ms"] = r["served"] / r["ours_ms"]
        r["peer_per_ms"] = r["served"] / r["peer_ms"]
        r["ratio"] = r["peer_ms"] / r["ours_ms"]
        if "new_query_ms" in r:
            r["new_query_per_ms"] = r["new_query_served"] / r["new_query_ms"]
    return rows


def main(argv=None) -> dict:
    from export_stream import store_of

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "incmap-bench"))
    args = ap.parse_args(argv)
    table = []
    for n in (int(s) for s in args.sizes.split(",")):
        for r in measure(store_of(Path(args.cache), n), args.repeat):
            r = {"store": n, **{k: round(v, 1) if isinstance(v, float) else v for k, v in r.items()}}
            table.append(r)
            print(f"{n:>9,} {r['route']:66} {r['served']:>7,} served  ours {r['ours_ms']:8.1f} ms "
                  f"{r['ours_per_ms']:7.1f}/ms {r['ours_mb']:6.1f} MB  peer {r['peer_ms']:8.1f} ms "
                  f"{r['peer_per_ms']:7.1f}/ms {r['peer_mb']:6.1f} MB  ours/peer {r['ratio']:5.1f}"
                  + (f"  new query {r['new_query_ms']:6.1f} ms {r['new_query_per_ms']:7.1f}/ms"
                     if "new_query_ms" in r else ""), flush=True)
    result = {"bench": "read_routes", "rows": table,
              "min_ratio": min(r["ratio"] for r in table),
              "min_ours_per_ms": min(r["ours_per_ms"] for r in table),
              "meets_goal": all(r["ours_per_ms"] >= 1000 for r in table)}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
