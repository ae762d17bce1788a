"""A lookup grid: which of some polygons holds each point, by array indexing away from edges.

A raster over the polygons (``res`` degrees per pixel): a pixel that no polygon edge comes
near holds the one polygon that covers it (or :data:`FAR`: none), and a point in it is
answered by indexing an array; a pixel an edge crosses (dilated by one pixel so that
rasterisation round-off can never hide an edge) holds a short list of candidate polygons
that are tested exactly (``shapely.intersects_xy`` on the prepared polygons). The answer is
the one an exact test of every polygon gives, the first polygon (lowest index) winning
where several hold a point (a shared edge). Used by the control tessellation
(:mod:`geo.control.tessellation`) and the gazetteer's reverse geocoding.

>>> import shapely
>>> squares = np.array([shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)], dtype=object)
>>> grid = LookupGrid.build(squares, res=0.1, margin=0.2)
>>> _ = shapely.prepare(squares)
>>> grid.find(squares, np.array([0.5, 1.0, 1.5, 3.0]), np.array([0.5, 0.5, 0.5, 0.5]))[0]
array([ 0,  0,  1, -1])
"""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import shapely

from .reference.datadir import code_version

__all__ = ["LookupGrid", "FAR", "NEAR", "CAND0"]

FAR, NEAR = -1, -2  # grid codes: in no polygon / in none, but in the zone given (near them)
CAND0 = 3  # grid value -(k + CAND0) means "candidate set k"


@dataclass
class LookupGrid:
    """The grid (int32, rows from the top edge ``y0``) and its candidate sets (CSR)."""

    grid: np.ndarray
    x0: float
    y0: float
    res: float
    cand_offsets: np.ndarray
    cand_atoms: np.ndarray
    # Per candidate set: its pixel lies wholly inside the polygons (a coverage whose outline
    # is not near), so the last candidate holds a point when no earlier one does.
    cand_closed: np.ndarray | None = None

    @classmethod
    def build(cls, geoms: np.ndarray, *, res: float, margin: float, zone=None,
              coverage: bool = False) -> "LookupGrid":
        """The grid of ``geoms`` with ``margin`` degrees around them; pixels of ``zone`` (a
        geometry) that no polygon covers are :data:`NEAR`. With ``coverage`` (the polygons
        share their edges and leave no gaps) pixels away from the outline are closed."""
        import rasterio.features  # noqa: PLC0415 (only to build: finding needs numpy alone)
        from rasterio.transform import Affine  # noqa: PLC0415
        minx, miny, maxx, maxy = shapely.total_bounds(geoms)
        x0 = math.floor((minx - margin) / res) * res
        y0 = math.ceil((maxy + margin) / res) * res
        w = int(math.ceil((maxx + margin - x0) / res))
        h = int(math.ceil((y0 - (miny - margin)) / res))
        transform = Affine(res, 0, x0, 0, -res, y0)
        # Pixel centres: burn in reverse so that the first polygon wins where two meet.
        grid = rasterio.features.rasterize(
            ((g, i) for i, g in reversed(list(enumerate(geoms)))), out_shape=(h, w),
            transform=transform, fill=FAR, all_touched=False, dtype="int32")
        if zone is not None:
            near = rasterio.features.rasterize([(zone, 1)], out_shape=(h, w), transform=transform,
                                               fill=0, all_touched=True, dtype="uint8").astype(bool)
            grid[(grid == FAR) & near] = NEAR
        # Edge pixels: each polygon's boundary, rasterised touching every pixel it
        # passes and dilated by one pixel, makes that polygon a candidate there.
        pix_parts, atom_parts = [], []
        bounds = shapely.bounds(geoms)
        for i, (g, b) in enumerate(zip(geoms, bounds)):
            c0 = max(int(math.floor((b[0] - x0) / res)) - 2, 0)
            c1 = min(int(math.ceil((b[2] - x0) / res)) + 2, w)
            r0 = max(int(math.floor((y0 - b[3]) / res)) - 2, 0)
            r1 = min(int(math.ceil((y0 - b[1]) / res)) + 2, h)
            win = Affine(res, 0, x0 + c0 * res, 0, -res, y0 - r0 * res)
            mask = rasterio.features.rasterize([(g.boundary, 1)], out_shape=(r1 - r0, c1 - c0),
                                               transform=win, fill=0, all_touched=True,
                                               dtype="uint8").astype(bool)
            rr, cc = np.nonzero(dilate(mask))
            pix_parts.append((rr + r0).astype(np.int64) * w + (cc + c0))
            atom_parts.append(np.full(len(rr), i, dtype=np.int32))
        pix = np.concatenate(pix_parts)
        atoms = np.concatenate(atom_parts)
        order = np.lexsort((atoms, pix))
        pix, atoms = pix[order], atoms[order]
        starts = np.flatnonzero(np.r_[True, pix[1:] != pix[:-1]])
        # Each edge pixel n gets grid value -(n + CAND0); its candidates are
        # atoms[starts[n]:starts[n + 1]], sorted ascending.
        grid.reshape(-1)[pix[starts]] = -(np.arange(len(starts)) + CAND0)
        offsets = np.r_[starts, len(pix)].astype(np.int64)
        closed = None
        if coverage:
            # A pixel the outer edge (or a hole's) comes near may hold points in no polygon;
            # the others are covered by their candidates.
            try:
                union = shapely.coverage_union_all(geoms)
            except shapely.errors.GEOSException:
                union = shapely.union_all(geoms)
            outline = dilate(rasterio.features.rasterize(
                [(union.boundary, 1)], out_shape=(h, w), transform=transform, fill=0,
                all_touched=True, dtype="uint8").astype(bool))
            closed = ~outline.reshape(-1)[pix[starts]]
        return cls(grid, x0, y0, res, offsets, atoms.astype(np.int32), closed)

    @classmethod
    def cached(cls, path: Path | None, build: Callable[[], "LookupGrid | None"]
               ) -> "LookupGrid | None":
        """The grid saved at ``path`` (keyed by what it was built from, and by this module),
        else ``build()`` saved there. A damaged file is rebuilt, an unwritable one skipped."""
        if path is not None:
            path = path.with_name(f"{path.stem}-{code_version(sys.modules[__name__])}.npz")
            try:
                with np.load(path) as z:
                    return cls(z["grid"], *z["origin"].tolist(), z["cand_offsets"],
                               z["cand_atoms"], z["cand_closed"] if z["cand_closed"].size else None)
            except Exception:  # missing, damaged or foreign: built again, never trusted
                pass
        grid = build()
        if grid is not None and path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.npz")
                np.savez(tmp, grid=grid.grid, origin=np.array([grid.x0, grid.y0, grid.res]),
                         cand_offsets=grid.cand_offsets, cand_atoms=grid.cand_atoms,
                         cand_closed=(grid.cand_closed if grid.cand_closed is not None
                                      else np.zeros(0, dtype=bool)))
                os.replace(tmp, path)  # atomic: a reader never sees half a grid
            except OSError:
                pass  # a read-only cache only costs time
        return grid

    def find(self, geoms: np.ndarray, lons: np.ndarray, lats: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray]:
        """The polygon holding each point (-1: none) and the grid code of its pixel (for a
        point in no polygon: :data:`FAR`, :data:`NEAR`, or a candidate set none of which
        holds it). ``geoms`` are the polygons the grid was built from, prepared."""
        n = len(lons)
        h, w = self.grid.shape
        col = np.floor((lons - self.x0) / self.res).astype(np.int64)
        row = np.floor((self.y0 - lats) / self.res).astype(np.int64)
        flat = self.grid.reshape(-1)
        if n and col.min() >= 0 and col.max() < w and row.min() >= 0 and row.max() < h:
            code = flat.take(row * w + col).astype(np.int64)  # all on the grid: no mask
        else:
            on_grid = (col >= 0) & (col < w) & (row >= 0) & (row < h)
            code = np.full(n, FAR, dtype=np.int64)
            code[on_grid] = flat[row[on_grid] * w + col[on_grid]]
        found = np.where(code >= 0, code, -1)
        exact = np.flatnonzero(code <= -CAND0)
        if len(exact):
            k = -code[exact] - CAND0
            starts, ends = self.cand_offsets[k], self.cand_offsets[k + 1]
            counts = ends - starts
            if self.cand_closed is not None:
                # In a pixel away from the outline the point lies in one of the candidates:
                # the last one needs no test (it holds the point when no earlier one does).
                closed = self.cand_closed[k]
                counts = counts - closed
            pt = np.repeat(exact, counts)
            # Candidate positions: starts repeated, plus 0..count-1 within each set.
            within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
            cand = self.cand_atoms[np.repeat(starts, counts) + within]
            # Tested polygon by polygon: each one's index stays in the cache (twice as fast).
            by_polygon = np.argsort(cand, kind="stable")
            pt, cand = pt[by_polygon], cand[by_polygon]
            hit = shapely.intersects_xy(geoms[cand], lons[pt], lats[pt])
            # Candidates are sorted ascending per set: the first hit is the lowest polygon.
            none = np.iinfo(np.int64).max
            best = np.full(n, none)
            np.minimum.at(best, pt[hit], cand[hit])
            if self.cand_closed is not None:
                by_elimination = closed & (best[exact] == none)
                best[exact[by_elimination]] = self.cand_atoms[ends[by_elimination] - 1]
            inside = exact[best[exact] != none]
            found[inside] = best[inside]
        return found, code


def dilate(mask: np.ndarray) -> np.ndarray:
    """``mask`` grown by one pixel in all eight directions."""
    grown = mask.copy()
    grown[1:, :] |= mask[:-1, :]
    grown[:-1, :] |= mask[1:, :]
    tmp = grown.copy()
    grown[:, 1:] |= tmp[:, :-1]
    grown[:, :-1] |= tmp[:, 1:]
    return grown
