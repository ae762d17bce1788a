"""The static tessellation of Syria that control labels are attached to, and its lookup grid.

The map is cut once into *atoms*:

1. each sub-district (ADM3) polygon is split into the Voronoi cells of the
   communities whose points lie in it (one cell per community; a
   sub-district without communities is one cell);
2. every drawn area (``areas.geojson``) splits the cells its edge crosses;
3. the atoms are cleaned into an exact coverage (shared edges identical), so that
   dissolving them by force leaves no slivers.

Control changes through time only change the *labels* of atoms, never their
shapes, so the shapes are built once and cached (``user_cache_dir()``, keyed
by the reference data, the areas and this module's version).

Points are located with a raster **lookup grid** (``RES`` degrees per pixel):
a pixel that no atom edge comes near holds the one atom that covers it, and
is answered by array indexing; a pixel an edge crosses (dilated by one pixel
so that rasterisation round-off can never hide an edge) holds a short list of
candidate atoms that are tested exactly with prepared polygons. A pixel away from
the country's outline is covered by its candidates, so when none but the last
holds a point, the last does without a test (about half the exact tests).
A point outside every atom is snapped to the atom owning the nearest point of the
atoms' outline (:mod:`geo.control.outline`: a few candidate segments per bucket of
the map, measured in numpy).

Rules (documented in docs/control-engine.md, checked by the tests):

* **Shared boundary**: a point on the edge between atoms belongs to the atom
  that comes first in the atom order, which sorts by sub-district P-code,
  then community P-code, then drawn-area ids.
* **Outside**: a point outside every atom but within ``SNAP_KM`` (great-circle
  km to the nearest point of the nearest atom, the same rule as the
  gazetteer) is snapped to that atom (``inside`` False); farther points are
  outside Syria and get no answer.

>>> tess = Tessellation.load(ref, areas)                     # doctest: +SKIP
>>> tess.locate(np.array([37.48]), np.array([36.50]))        # doctest: +SKIP
(array([1234]), array([ True]), array([0.]))
"""

from __future__ import annotations

import hashlib
import math
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely
from pyproj import Transformer
from rasterio.transform import Affine

from ..reference.datadir import user_cache_dir
from ..gazetteer import SNAP_KM
from ..lookupgrid import CAND0, FAR, NEAR, LookupGrid
from .outline import Outline

__all__ = ["Tessellation", "TESS_VERSION", "RES"]

TESS_VERSION = "6"
RES = 0.002  # degrees per grid pixel (~180-220 m): 38 MB of int32 for the whole country
MARGIN = 0.2  # degrees of grid around Syria: more than SNAP_KM in every direction
KX = math.cos(math.radians(35.0))  # lon scale for Voronoi cells in a locally isotropic plane
KEEP_CACHES = 6  # tessellations kept in the cache (each is about 45 MB)
CHUNK = 1 << 16  # points located per block
# Grid codes (geo.lookupgrid): outside beyond SNAP_KM / outside, maybe within SNAP_KM;
# -(k + _CAND0) means "candidate set k".
FAR, NEAR, _CAND0 = FAR, NEAR, CAND0
# An azimuthal equidistant plane centred on Syria: within 500 km of the
# centre, distances on it are within 0.1 % of the great-circle distance.
_AEQD = "+proj=aeqd +lat_0=35 +lon_0=38.5 +datum=WGS84 +units=m +no_defs"


def _polygonal(geom):
    """Keep only the areal part of an overlay result (drop slivers' lines and points)."""
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    parts = [g for g in parts if not g.is_empty]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)


@dataclass
class Tessellation:
    """Atoms (shapes + the units they belong to) and the grid that finds them."""

    geoms: np.ndarray  # shapely Polygons/MultiPolygons, WGS84, in atom order
    community: np.ndarray  # object: community P-code of the atom's cell, or None
    adm3: np.ndarray  # object: the sub-district P-code
    areas: list  # per atom: tuple of area ids containing it, smallest area first
    grid: np.ndarray  # int32 (H, W)
    x0: float
    y0: float  # top edge
    cand_offsets: np.ndarray  # CSR over candidate sets
    cand_atoms: np.ndarray
    key: str = ""
    geoms_m: np.ndarray | None = None  # the same atoms on the equidistant plane (metres)
    # Per candidate set: its pixel lies wholly inside the atoms (the outline is not near).
    cand_closed: np.ndarray | None = None

    # -- building ------------------------------------------------------
    @classmethod
    def build(cls, ref, areas=None, key: str = "") -> "Tessellation":
        """Cut the reference sub-districts into community cells, then by the drawn areas."""
        cells = _community_cells(ref)
        geoms = [c[0] for c in cells]
        members: list[tuple[str, ...]] = [()] * len(geoms)
        info = [(c[1], c[2]) for c in cells]  # (adm3, community)
        if areas is not None and len(areas):
            order = np.argsort(shapely.area(areas.geometry.values))[::-1]  # big first
            for j in order:
                area_id, area = areas["id"].iloc[j], areas.geometry.iloc[j]
                shapely.prepare(area)
                tree = shapely.STRtree(geoms)
                hits = tree.query(area, predicate="intersects")
                new_geoms, new_members, new_info = [], [], []
                hit_set = set(hits.tolist())
                for i, g in enumerate(geoms):
                    pieces = [(g, members[i])]
                    if i in hit_set:
                        inside = _polygonal(shapely.intersection(g, area))
                        outside = _polygonal(shapely.difference(g, area))
                        # Smaller areas are cut later and so listed first: most specific first.
                        pieces = [(piece, m) for piece, m in ((inside, (area_id, *members[i])),
                                                             (outside, members[i]))
                                  if piece is not None and piece.area > 0]
                    for piece, m in pieces:
                        new_geoms.append(piece)
                        new_members.append(m)
                        new_info.append(info[i])
                geoms, members, info = new_geoms, new_members, new_info
        order = sorted(range(len(geoms)),
                       key=lambda i: (info[i][0], info[i][1] or "", members[i]))
        geoms_arr = np.empty(len(order), dtype=object)
        geoms_arr[:] = [geoms[i] for i in order]
        geoms_arr = _as_coverage(geoms_arr)
        community = np.array([info[i][1] for i in order], dtype=object)
        adm3 = np.array([info[i][0] for i in order], dtype=object)
        members = [members[i] for i in order]
        grid, x0, y0, offsets, cand, closed = _rasterise(
            geoms_arr, shapely.coverage_union_all(ref.adm3.geometry.values))
        return cls(geoms_arr, community, adm3, members, grid, x0, y0, offsets, cand, key,
                   _to_metres(geoms_arr), closed)

    # -- cache ---------------------------------------------------------
    @classmethod
    def load(cls, ref, areas=None, *, cache: bool = True) -> "Tessellation":
        """Build, or read from the cache when the inputs are unchanged."""
        h = hashlib.sha256(f"{TESS_VERSION}|{RES}|{MARGIN}|{SNAP_KM}|{ref.fingerprint}".encode())
        if areas is not None and len(areas):
            for area_id, wkb in sorted(zip(areas["id"], areas.geometry.to_wkb())):
                h.update(area_id.encode() + b"\0" + wkb)
        key = h.hexdigest()[:20]
        folder = user_cache_dir() / f"control-tess-{key}"
        if cache and folder.is_dir():
            try:
                tess = cls._read(folder, key)
            except Exception:
                tess = None  # a damaged cache is rebuilt, never trusted
            if tess is not None:
                try:
                    os.utime(folder)  # "recently used", for pruning
                except OSError:
                    pass
                return tess
        tess = cls.build(ref, areas, key)
        if cache:
            try:
                tess._write(folder)
                _prune(folder.parent, keep=KEEP_CACHES)
            except OSError:
                pass  # a read-only cache only costs time
        return tess

    def _write(self, folder: Path) -> None:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".tmp-tess-"))
        try:
            wkb = shapely.to_wkb(self.geoms)
            lengths = np.array([len(b) for b in wkb], dtype=np.int64)
            wkb_m = shapely.to_wkb(self.geoms_m)
            lengths_m = np.array([len(b) for b in wkb_m], dtype=np.int64)
            np.save(tmp / "grid.npy", self.grid)
            np.savez(tmp / "atoms.npz", wkb=np.frombuffer(b"".join(wkb), dtype=np.uint8),
                     lengths=lengths, wkb_m=np.frombuffer(b"".join(wkb_m), dtype=np.uint8),
                     lengths_m=lengths_m, cand_offsets=self.cand_offsets, cand_atoms=self.cand_atoms,
                     cand_closed=self.cand_closed,
                     origin=np.array([self.x0, self.y0]),
                     community=np.array([c or "" for c in self.community], dtype=str),
                     adm3=np.array(self.adm3.tolist(), dtype=str),
                     areas=np.array(["|".join(a) for a in self.areas], dtype=str))
            os.replace(tmp, folder)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            if not folder.is_dir():
                raise

    @classmethod
    def _read(cls, folder: Path, key: str) -> "Tessellation":
        grid = np.load(folder / "grid.npy", mmap_mode="r")  # paged in on demand: fast start
        with np.load(folder / "atoms.npz") as z:
            geoms = _from_wkb_blob(z["wkb"], z["lengths"])
            geoms_m = _from_wkb_blob(z["wkb_m"], z["lengths_m"])
            community = np.array([c or None for c in z["community"].tolist()], dtype=object)
            adm3 = np.array(z["adm3"].tolist(), dtype=object)
            areas = [tuple(a.split("|")) if a else () for a in z["areas"].tolist()]
            x0, y0 = z["origin"].tolist()
            return cls(np.asarray(geoms, dtype=object), community, adm3, areas, grid, x0, y0,
                       z["cand_offsets"], z["cand_atoms"], key, np.asarray(geoms_m, dtype=object),
                       z["cand_closed"])

    # -- queries -------------------------------------------------------
    def __len__(self) -> int:
        return len(self.geoms)

    @property
    def lookup(self) -> LookupGrid:
        """The lookup grid of the atoms (:mod:`geo.lookupgrid`)."""
        return LookupGrid(self.grid, self.x0, self.y0, RES, self.cand_offsets, self.cand_atoms,
                          self.cand_closed)

    @property
    def transform(self) -> Affine:
        return Affine(RES, 0, self.x0, 0, -RES, self.y0)

    @property
    def tree(self) -> shapely.STRtree:
        t = self.__dict__.get("_tree")
        if t is None:
            shapely.prepare(self.geoms)
            t = self.__dict__["_tree"] = shapely.STRtree(self.geoms)
        return t

    @property
    def outline(self) -> Outline:
        """The atoms' outline (:mod:`geo.control.outline`): the nearest atom to a point
        outside them all."""
        o = self.__dict__.get("_outline")
        if o is None:
            o = self.__dict__["_outline"] = Outline.of(self.geoms)
        return o

    def simplified(self, tolerance: float) -> np.ndarray:
        """The atoms simplified together (``shapely.coverage_simplify``): still a coverage,
        so a map of any day is the union of these, with no per-day simplification.

        Kept in memory and beside the cached tessellation (computed once, ~1 s).
        """
        memo = self.__dict__.setdefault("_simplified", {})
        hit = memo.get(tolerance)
        if hit is not None:
            return hit
        path = user_cache_dir() / f"control-tess-{self.key}" / f"simplified-{tolerance:g}.npz"
        try:
            with np.load(path) as z:
                hit = _from_wkb_blob(z["wkb"], z["lengths"])
        except (OSError, ValueError, KeyError):
            hit = None
        if hit is None or len(hit) != len(self.geoms):
            hit = shapely.coverage_simplify(self.geoms, tolerance, simplify_boundary=True)
            if self.key and path.parent.is_dir():
                wkb = shapely.to_wkb(hit)
                try:
                    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz")
                    with os.fdopen(fd, "wb") as f:
                        np.savez(f, wkb=np.frombuffer(b"".join(wkb), dtype=np.uint8),
                                 lengths=np.array([len(b) for b in wkb], dtype=np.int64))
                    os.replace(tmp, path)
                except OSError:
                    pass  # a read-only cache only costs time
        memo[tolerance] = hit = np.asarray(hit, dtype=object)
        return hit

    def locate(self, lons: np.ndarray, lats: np.ndarray):
        """The atom of each point (-1 outside), whether it lies inside, and km snapped.

        Returns ``(atom, inside, snap_km)`` arrays.
        """
        lons = np.asarray(lons, dtype=float)
        lats = np.asarray(lats, dtype=float)
        n = len(lons)
        if n > CHUNK:
            # Blocks bound the temporary memory of a large batch.
            parts = [self.locate(lons[i:i + CHUNK], lats[i:i + CHUNK]) for i in range(0, n, CHUNK)]
            return tuple(np.concatenate([p[k] for p in parts]) for k in range(3))
        _ = self.tree  # prepares the polygons
        atom, code = self.lookup.find(self.geoms, lons, lats)
        inside = atom >= 0
        snap_km = np.zeros(n)
        unresolved = [np.flatnonzero(code == NEAR), np.flatnonzero((code <= -_CAND0) & ~inside)]
        rest = np.concatenate(unresolved)
        self._snap(lons, lats, rest, atom, snap_km)
        return atom, inside, snap_km

    def _snap(self, lons, lats, rest, atom, snap_km) -> None:
        """Points (indices ``rest``) outside every atom take the nearest one within ``SNAP_KM``."""
        if len(rest):
            near_atom, km = self._nearest(lons[rest], lats[rest])
            ok = km <= SNAP_KM
            atom[rest[ok]] = near_atom[ok]
            snap_km[rest] = km

    def _nearest(self, lons, lats):
        return self.outline.nearest(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))

    def locate_exact(self, lons, lats):
        """The same answer as :meth:`locate` by brute force (no grid): for tests and checks."""
        lons = np.asarray(lons, dtype=float)
        lats = np.asarray(lats, dtype=float)
        pts = shapely.points(lons, lats)
        # Every atom whose box holds the point, then the exact test with the prepared atom
        # (a query predicate would test each point against an unprepared polygon).
        p_i, a_i = self.tree.query(pts)
        hit = shapely.intersects_xy(self.geoms[a_i], lons[p_i], lats[p_i])
        p_i, a_i = p_i[hit], a_i[hit]
        atom = np.full(len(pts), -1, dtype=np.int64)
        best = np.full(len(pts), np.iinfo(np.int64).max)
        np.minimum.at(best, p_i, a_i)
        inside = best != np.iinfo(np.int64).max
        atom[inside] = best[inside]
        snap_km = np.zeros(len(pts))
        rest = np.flatnonzero(~inside)
        self._snap(lons, lats, rest, atom, snap_km)
        return atom, inside, snap_km


def _as_coverage(geoms: np.ndarray) -> np.ndarray:
    """The atoms as a clean polygonal coverage: no overlaps, shared edges vertex for vertex.

    The reference sub-districts and the cuts by Voronoi cells and drawn areas leave
    neighbours whose shared edges differ by round-off (a vertex on one side, none on
    the other); dissolving such atoms leaves zero-width slivers, which a map draws as
    thin lines inside an area. ``coverage_clean`` snaps them into one edge (moving
    vertices by round-off only); an atom it would empty keeps its shape.
    """
    cleaned = shapely.coverage_clean(geoms)
    keep = (~shapely.is_empty(cleaned)) & shapely.is_valid(cleaned) & np.isin(
        shapely.get_type_id(cleaned), (3, 6))  # Polygon, MultiPolygon
    return np.where(keep, cleaned, geoms)


def _prune(cache: Path, keep: int) -> None:
    """Drop all but the ``keep`` most recently used tessellation caches."""
    folders = sorted(cache.glob("control-tess-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in folders[keep:]:
        shutil.rmtree(old, ignore_errors=True)


def _from_wkb_blob(blob: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    buf = blob.tobytes()
    ends = np.cumsum(lengths)
    return shapely.from_wkb([buf[s:e] for s, e in zip(ends - lengths, ends)])


def _to_metres(geoms: np.ndarray) -> np.ndarray:
    """The atoms on the equidistant plane, for front-line distances in metres."""
    tr = Transformer.from_crs(4326, _AEQD, always_xy=True)
    return shapely.transform(geoms, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))


def _community_cells(ref) -> list[tuple]:
    """(geometry, adm3 P-code, community P-code or None) for every cell."""
    adm3 = ref.adm3.sort_index()
    polys = adm3.geometry.values
    codes = adm3.index.to_numpy()
    com = ref.communities.sort_index()
    lon, lat = com["lon"].to_numpy(), com["lat"].to_numpy()
    pts = shapely.points(lon, lat)
    tree = shapely.STRtree(polys)
    # Each community goes to the sub-district its point lies in (the lower
    # P-code on a shared edge), else to the nearest one (coastal towns that the
    # generalised polygons cut off): cells follow where places are, not codes.
    home = np.full(len(pts), np.iinfo(np.int64).max)
    p_i, a_i = tree.query(pts, predicate="intersects")
    np.minimum.at(home, p_i, a_i)
    out_i = np.flatnonzero(home == np.iinfo(np.int64).max)
    if len(out_i):
        q_p, q_a = tree.query_nearest(pts[out_i], all_matches=False)
        home[out_i[q_p]] = q_a
    cells = []
    com_codes = com.index.to_numpy()
    for j, (code, poly) in enumerate(zip(codes, polys)):
        idx = np.flatnonzero(home == j)
        if len(idx) == 0:
            cells.append((poly, code, None))
            continue
        # Two communities at the same coordinates share one cell: the lower P-code keeps it.
        seen: dict[tuple[float, float], int] = {}
        for i in idx:
            seen.setdefault((lon[i], lat[i]), i)
        keep = np.array(sorted(seen.values()))
        if len(keep) == 1:
            cells.append((poly, code, com_codes[keep[0]]))
            continue
        gens = shapely.multipoints(np.column_stack([lon[keep] * KX, lat[keep]]))
        minx, miny, maxx, maxy = poly.bounds
        extent = shapely.box(minx * KX - 1, miny - 1, maxx * KX + 1, maxy + 1)
        vor = shapely.voronoi_polygons(gens, extend_to=extent, ordered=True)
        vor_cells = shapely.get_parts(vor)
        vor_cells = shapely.transform(vor_cells, lambda xy: xy * np.array([1 / KX, 1.0]))
        for i, cell in zip(keep, vor_cells):
            piece = _polygonal(shapely.intersection(cell, poly))
            if piece is not None and piece.area > 0:
                cells.append((piece, code, com_codes[i]))
    return cells


def _rasterise(geoms: np.ndarray, country):
    """The lookup grid and the candidate sets of the pixels that atom edges cross."""
    # Outside pixels that may lie within SNAP_KM of Syria need the exact nearest test.
    # The zone within SNAP_KM (+1 km for the projection and the pixel size) of
    # the country, buffered on an equidistant plane; MARGIN (0.2 deg, >17 km
    # at 37.5 N) keeps it on the grid.
    to_m = Transformer.from_crs(4326, _AEQD, always_xy=True)
    to_deg = Transformer.from_crs(_AEQD, 4326, always_xy=True)
    zone = shapely.transform(country, lambda xy: np.column_stack(to_m.transform(xy[:, 0], xy[:, 1])))
    zone = shapely.buffer(zone, (SNAP_KM + 1.0) * 1000.0, quad_segs=4)
    zone = shapely.transform(zone, lambda xy: np.column_stack(to_deg.transform(xy[:, 0], xy[:, 1])))
    g = LookupGrid.build(geoms, res=RES, margin=MARGIN, zone=zone, coverage=True)
    return g.grid, g.x0, g.y0, g.cand_offsets, g.cand_atoms, g.cand_closed
