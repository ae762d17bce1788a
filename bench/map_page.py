"""Bench: the web map with a large store, side by side with folium's default markers.

Builds (once, cached) a GeoPackage store of ``--points`` incidents: the real
UCDP GED extract, imported by the project's pipeline, repeated with small
offsets (about 1 km) and new ids until the count is reached. Then, in the same
run and the same headless Chromium:

* **ours**: the app (``server.create_app``) served by waitress; the page at
  ``/#date=...`` fetches the control map and the incidents of the view and
  time window. Measured: page weight before data (HTML + JS + CSS), the data
  fetched for the first view, and the time from navigation to the first
  control map and incidents painted (``IncMap.current.readyAt``);
* **peer**: the folium page of the same points, one ``folium.Marker`` each
  (folium's way), with the same local Leaflet so both run offline. Measured:
  Python render time, HTML size, and the time to the ``load`` event.

The last line is a JSON object. Targets (issue 7): first render <= 2 s and
page <= 1 MB before data, with 100,000 incidents in the store.

    python bench/map_page.py                      # 100,000 incidents, peer with the same
    python bench/map_page.py --points 20000 --peer-points 20000
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UCDP = "incidents/ucdp_ged_syria_2016-01_2019-11.csv"
DATE = "2018-07-15"


def copies(n: int):
    """``n`` incidents: the UCDP extract, placed by the project's pipeline, then repeated with
    small offsets (on a ring of ~1 km, so the copies stay in their sub-district) and new ids.
    A generator: the copies are made as they are taken, so a million cost no memory."""
    from geo.gazetteer import Gazetteer
    from geo.importers import enrich, read_file
    from geo.reference.datadir import resolve

    data = resolve(None)
    gaz = Gazetteer.load(data)
    batch = read_file(data.root / UCDP, "ucdp")
    enrich(batch, data=data, gaz=gaz)
    base = [inc for inc in batch.incidents if inc.lon is not None]
    made, k = 0, 0
    while made < n:
        dx, dy = (0.0, 0.0) if k == 0 else (0.01 * ((k % 3) - 1), 0.01 * (((k // 3) % 3) - 1))
        for inc in base[: n - made]:
            yield inc if k == 0 else dataclasses.replace(
                inc, id=None, source_id=f"{inc.source_id}#{k}", lon=inc.lon + dx, lat=inc.lat + dy)
        made += min(len(base), n - made)
        k += 1


def build_store(path, n: int, batch: int = 20_000) -> int:
    """A store of ``n`` incidents (:func:`copies`), added in batches; returns its count.

    ``path`` is a GeoPackage path or a PostgreSQL URL (anything ``open_store`` takes).
    """
    from geo.store import open_store

    store = open_store(path)
    chunk = []
    for inc in copies(n):
        chunk.append(inc)
        if len(chunk) == batch:
            store.add_many(chunk)
            chunk = []
    if chunk:
        store.add_many(chunk)
    count = store.count()
    store.close()
    return count


def serve(app):
    from waitress.server import create_server

    srv = create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=srv.run, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.effective_port}"


def chromium():
    from layers.browser import open_chromium

    driver = open_chromium(timeout_s=900)
    return driver, driver.incmap_profile


def resources(driver) -> dict:
    """Bytes fetched, split into the page (document, JS, CSS, images) and the data (API)."""
    entries = driver.execute_script("""
        var nav = performance.getEntriesByType('navigation')[0];
        var out = [{url: nav.name, size: nav.encodedBodySize || nav.transferSize, type: 'document'}];
        performance.getEntriesByType('resource').forEach(function (r) {
          out.push({url: r.name, size: r.encodedBodySize || r.transferSize, type: r.initiatorType});
        });
        return out;""")
    page = sum(e["size"] for e in entries if "/api/" not in e["url"])
    data = sum(e["size"] for e in entries if "/api/" in e["url"])
    calls = [f"{e['url'].split('/api/', 1)[1][:60]} {e['size']}" for e in entries if "/api/" in e["url"]]
    return {"page_bytes": page, "data_bytes": data, "requests": len(entries), "data_calls": calls}


def measure_ours(driver, base: str, runs: int, address: str = f"/#date={DATE}&window=month") -> dict:
    """``address="/"``: the first view of a page opened without a date (api/map/start first)."""
    times = []
    res = {}
    for i in range(runs):
        driver.get("about:blank")
        t0 = time.perf_counter()
        driver.get(f"{base}{address}")
        ready = None
        while time.perf_counter() - t0 < 120:
            ready = driver.execute_script("return window.IncMap && IncMap.current && IncMap.current.readyAt")
            if ready:
                break
            time.sleep(0.02)
        if not ready:
            err = driver.execute_script("return window.IncMap && IncMap.current && IncMap.current.lastError")
            raise SystemExit(f"the page did not become ready in 120 s (app error: {err})")
        times.append(ready / 1000.0)
        if i == 0:
            res = resources(driver)
            res["first_view"] = driver.execute_script("return IncMap.current.incidentInfo")
    times.sort()
    return {"first_render_s": round(times[len(times) // 2], 3), "runs_s": [round(t, 3) for t in times], **res}


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (from /proc), deepest first."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    out: list[int] = []

    def walk(p: int) -> None:
        for c in children.get(p, []):
            walk(c)
            out.append(c)

    walk(pid)
    return out


def close_browser(driver, profile: str, grace: float = 30.0) -> None:
    """Quit the browser; if it hangs (a page still running a huge script), end its processes."""
    import os
    import signal

    pid = driver.service.process.pid
    tree = _descendants(pid) + [pid]
    quitter = threading.Thread(target=driver.quit, daemon=True)
    quitter.start()
    quitter.join(grace)
    if quitter.is_alive():
        for p in tree:  # only the processes this run started: its chromedriver and its browser
            try:
                os.kill(p, signal.SIGKILL)
            except ProcessLookupError:
                pass
    shutil.rmtree(profile, ignore_errors=True)


def measure_peer(store_path: Path, n: int, workdir: Path, timeout: float) -> dict:
    """folium's way: one folium.Marker per incident, all in the HTML, in a browser of its own."""
    import folium
    from flask import Flask

    from geo.store import open_store
    from layers.assets import STATIC_DIR, static_links

    store = open_store(store_path)
    points = [(i.lat, i.lon) for i in store.query(limit=n)]
    store.close()
    t0 = time.perf_counter()
    m = folium.Map(location=[35.0, 38.5], zoom_start=7, tiles=None)
    # The same local Leaflet, so the peer runs offline too (folium's CDN links would not load).
    m.default_js = static_links("/static/", "js", ["leaflet"])
    m.default_css = static_links("/static/", "css", ["leaflet_css"])
    for lat, lon in points:
        folium.Marker([lat, lon]).add_to(m)
    html = m.get_root().render()
    render_s = time.perf_counter() - t0
    page = workdir / "peer.html"
    page.write_text(html, encoding="utf-8")
    app = Flask("peer", static_folder=str(STATIC_DIR), static_url_path="/static")
    app.add_url_rule("/", "peer", lambda: (page.read_bytes(), 200, {"Content-Type": "text/html"}))
    srv, base = serve(app)
    driver, profile = chromium()
    driver.command_executor.client_config.timeout = timeout + 30  # selenium waits 120 s by default
    driver.set_page_load_timeout(timeout)
    t0 = time.perf_counter()
    try:
        driver.get(base + "/")
        load = driver.execute_script(
            "return performance.getEntriesByType('navigation')[0].loadEventEnd;")
        load_s, finished = load / 1000.0, True
    except Exception as exc:  # a page this big may not load in the time given
        load_s, finished = time.perf_counter() - t0, f"not loaded after {timeout:.0f} s ({type(exc).__name__})"
    finally:
        close_browser(driver, profile)
        srv.close()
    return {"points": len(points), "python_render_s": round(render_s, 2),
            "page_bytes": len(html.encode("utf-8")), "first_render_s": round(load_s, 3),
            "finished": finished}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=100_000, help="incidents in the store")
    parser.add_argument("--peer-points", type=int, default=None,
                        help="markers in the folium peer (default: the same as --points; 0: skip)")
    parser.add_argument("--runs", type=int, default=3, help="page loads of ours (median reported)")
    parser.add_argument("--peer-timeout", type=float, default=600.0,
                        help="seconds the peer page may take to load before it counts as failed")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "incmap-bench"),
                        help="where the generated store is kept between runs")
    args = parser.parse_args(argv)
    peer_n = args.points if args.peer_points is None else args.peer_points

    from service.settings import Settings
    from server import create_app

    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    store_path = cache / f"incidents-{args.points}.gpkg"
    t0 = time.perf_counter()
    if not store_path.exists():
        tmp = store_path.with_suffix(".tmp.gpkg")
        tmp.unlink(missing_ok=True)
        build_store(tmp, args.points)
        tmp.rename(store_path)
    from geo.store import open_store

    with open_store(store_path) as s:
        count = s.count()
    print(f"store: {count} incidents ({store_path}, {time.perf_counter() - t0:.1f} s)", flush=True)

    app = create_app(Settings(store_path=str(store_path)))
    srv, base = serve(app)
    driver, profile = chromium()
    workdir = Path(tempfile.mkdtemp(prefix="incmap-bench-peer-"))
    try:
        # Warm the server (reference data, control index, page cache): a first visit in
        # production pays this once per process, not per page.
        driver.get(f"{base}/#date={DATE}")
        time.sleep(0.5)
        ours = measure_ours(driver, base, args.runs)
        print(f"ours: {json.dumps(ours)}", flush=True)
        # The page opened as a new viewer does: no date, so the latest incidents.
        first = measure_ours(driver, base, args.runs, "/")
        print(f"ours, first view: {json.dumps(first)}", flush=True)
    finally:
        close_browser(driver, profile)
        srv.close()
    try:
        peer = measure_peer(store_path, peer_n, workdir, args.peer_timeout) if peer_n else None
        print(f"peer: {json.dumps(peer)}", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    result = {
        "bench": "map_page", "date": dt.date.today().isoformat(), "store_incidents": count,
        "ours_first_render_s": ours["first_render_s"], "ours_page_bytes": ours["page_bytes"],
        "ours_first_data_bytes": ours["data_bytes"],
        "ours_latest_view_render_s": first["first_render_s"],
        "ours_latest_view_incidents": (first.get("first_view") or {}).get("incidents"),
        "peer_points": peer["points"] if peer else 0,
        "peer_first_render_s": peer["first_render_s"] if peer else None,
        "peer_page_bytes": peer["page_bytes"] if peer else None,
        "peer_python_render_s": peer["python_render_s"] if peer else None,
        "peer_finished": peer["finished"] if peer else None,
        # With a peer that did not finish, the ratio is a lower bound.
        "render_ratio_peer_over_ours": (round(peer["first_render_s"] / ours["first_render_s"], 1)
                                        if peer else None),
        "size_ratio_peer_over_ours": (round(peer["page_bytes"] / ours["page_bytes"], 1)
                                      if peer else None),
        "target_render_s": 2.0, "target_page_bytes": 1_000_000,
        "meets_targets": (max(ours["first_render_s"], first["first_render_s"]) <= 2.0
                          and ours["page_bytes"] <= 1_000_000),
    }
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
