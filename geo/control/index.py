"""The control index: which force held this point on this day.

The tessellation (:mod:`geo.control.tessellation`) never changes; what
changes through time is the label of each atom. For every atom the index
keeps the days its label changes and the period that holds from each of them
(the *timeline*), folded from the periods of the atom's units in precedence
order: community > drawn area (smallest first) > sub-district > district >
governorate. All timelines live in one sorted array of keys
``atom << 17 | day``, so a batch of dated points is answered with one grid
look-up and one ``searchsorted``.

>>> idx = ControlIndex.load()                                    # doctest: +SKIP
>>> a = idx.control_at(37.48, 36.50, "2023-07-09")               # doctest: +SKIP
>>> a.force, a.pcodes["adm3"], a.stale                           # doctest: +SKIP
('SNA', 'SY020101', False)
>>> idx.control_many(lons, lats, dates)                          # doctest: +SKIP
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import logging
import os
import pickle
import sys
import threading
from collections import OrderedDict
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer

from ..errors import InputError
from .. import force as force_module
from .. import tabular as tabular_module
from ..force import FORCES
from ..reference.datadir import code_version, user_cache_dir
from .dataset import BUNDLED_DIR, ControlDataset
from .front import FrontLines
from . import dataset as dataset_module
from . import guests as guests_module
from . import period as period_module
from .guests import community_guests
from .point import Answer, LookUp, OnePoint
from .snapshot import cache_folder, dissolve_snapshot, write_cached
from .period import (DAY_BITS, FIRST_DAY, LAST_DAY, ControlPeriod, day_number,
                     parse_day)
from .tessellation import _AEQD, Tessellation

__all__ = ["ControlIndex", "Answer", "LookUp", "ANSWER_COLUMNS"]

_log = logging.getLogger(__name__)

DAY0 = FIRST_DAY.toordinal()  # day numbers count from 1900-01-01
_EPOCH_1970 = dt.date(1970, 1, 1).toordinal() - DAY0
# Known force codes (UNKNOWN is not a force a front can be drawn against).
FORCE_CODES = [c for c in FORCES if c != "UNKNOWN"]
FRONT_TREES = 512  # (label state, force) trees kept; each holds only an index of shared segments
_MISSING = object()
BATCH_CHUNK = 1 << 17  # a batch larger than this gives freed heap pages back afterwards
EPOCH_TABLE_CELLS = 20_000_000  # largest (epochs x atoms) table of periods kept (int32)
ANSWER_COLUMNS = ["force", "forces", "name", "contested", "unit", "adm1", "adm2", "adm3",
                  "community", "valid_from", "valid_to", "source", "confidence", "front_km",
                  "stale", "inside", "layer", "days_past_verified"]
# ``layer`` is categorical: a handful of names over millions of rows.
_OBJECT_COLUMNS = [c for c in ANSWER_COLUMNS if c not in ("contested", "front_km", "stale",
                                                          "inside", "layer",
                                                          "days_past_verified")]


class ControlIndex(OnePoint):
    """Point-in-time control look-ups over a :class:`ControlDataset` (one point at a time:
    :class:`~geo.control.point.OnePoint`)."""

    def __init__(self, dataset: ControlDataset, ref, tess: Tessellation | None = None, *,
                 cache: bool = True):
        self.dataset = dataset
        self.ref = ref
        self.warnings: list[str] = []  # periods that apply elsewhere or never (see docs)
        self._check_units()
        self._cache = cache
        self.tess = tess or Tessellation.load(ref, dataset.areas, cache=cache)
        self._grid = np.asarray(self.tess.grid).view(np.ndarray)
        self._build_periods()
        self._build_timelines()
        self._snapshots: OrderedDict = OrderedDict()
        self._fronts: OrderedDict = OrderedDict()
        self._epoch_state: dict = {}
        self._lines: FrontLines | None = None
        self._front_lock = threading.Lock()
        self._proj = None
        self._step_json: dict[int, bytes] = {}  # OnePoint.answer_json's kept parts

    # -- loading ---------------------------------------------------------------
    _MEMO: dict = {}

    @classmethod
    def load(cls, data=None, dataset: str | os.PathLike | ControlDataset | None = None, *,
             layers=(), cache: bool = True) -> "ControlIndex":
        """The index over the bundled dataset (or ``dataset``, a folder), memoised.

        ``data`` is the reference data directory (as for :func:`geo.reference.load`).
        ``layers``: dataset folders stacked above it, the first highest
        (:meth:`ControlDataset.stack`); every answer names the layer it came from.
        """
        from ..reference import load as load_reference

        ref = load_reference(data)
        if isinstance(dataset, ControlDataset):
            return cls(dataset, ref, cache=cache)
        folders = [Path(f) for f in layers] + [Path(dataset) if dataset is not None
                                               else BUNDLED_DIR]
        key = (ref.fingerprint, *((str(f.resolve()), _stamp(f)) for f in folders))
        hit = cls._MEMO.get(key)
        if hit is None:
            sets = [_read_dataset(f) if cache else ControlDataset.read(f) for f in folders]
            ds = sets[0] if len(sets) == 1 else ControlDataset.stack(sets)
            hit = cls._MEMO[key] = cls(ds, ref, cache=cache)
        return hit

    def _check_units(self) -> None:
        ref = self.ref
        known = set(ref.communities.index) | set(ref.adm3.index) | set(ref.adm2.index) | set(
            ref.adm1.index)
        for p in self.dataset.periods:
            if p.unit_kind != "area" and p.unit not in known:
                raise InputError(f"unknown unit {p.unit!r} (no such P-code in the reference data)",
                                 source=p.origin or None, field="unit")

    def _build_periods(self) -> None:
        ps = self.dataset.periods
        self.periods: list[ControlPeriod] = list(ps)
        # Two sentinel rows after the periods: NONE (outside Syria), GAP (no period).
        self._NONE, self._GAP = len(ps), len(ps) + 1
        unknown = FORCES["UNKNOWN"]
        self._p_force = _objects([p.force for p in ps] + [None, unknown.code])
        self._p_forces = _objects([p.forces for p in ps] + [(), (unknown.code,)])
        self._p_name = _objects([FORCES[p.force].name for p in ps] + ["outside Syria",
                                                                      unknown.name])
        self._p_contested = np.array([p.contested for p in ps] + [False, False], dtype=bool)
        self._p_unit = _objects([p.unit for p in ps] + [None, None])
        self._p_from = _objects([p.valid_from for p in ps] + [None, None])
        self._p_to = _objects([p.valid_to for p in ps] + [None, None])
        self._p_source = _objects([p.source for p in ps] + ["", ""])
        self._p_conf = _objects([p.confidence for p in ps] + [None, None])
        # Force codes as small integers for the front lines (-1: UNKNOWN, no period).
        code = {c: i for i, c in enumerate(FORCE_CODES)}
        self._p_fcode = np.array([code.get(p.force, -1) for p in ps] + [-1, -1], dtype=np.int16)
        self._p_fcode_list = self._p_fcode.tolist()
        self._p_layer = _objects([p.layer or self.dataset.name for p in ps] + ["", ""])
        self._layer_names = list(dict.fromkeys(self._p_layer.tolist()))
        self._p_layer_code = np.array([self._layer_names.index(n) for n in self._p_layer],
                                      dtype=np.int16)
        cov = self.dataset.coverage
        self.coverage: tuple[dt.date, dt.date] | None = cov
        self.coverage_info = self.dataset.coverage_info
        self._last_day = day_number(cov[1]) if cov else -1
        self._verified_day = (day_number(self.coverage_info.verified_to) if cov
                              else 1 << DAY_BITS)

    def _build_timelines(self) -> None:
        t = self.tess
        # Per atom: adm pcodes for answers.
        self._a_adm3 = t.adm3
        self._a_adm2 = np.array([c[:6] for c in t.adm3], dtype=object)
        self._a_adm1 = np.array([c[:4] for c in t.adm3], dtype=object)
        self._a_com = t.community
        self._a_default_unit = np.array([c or a for c, a in zip(t.community, t.adm3)],
                                        dtype=object)
        keys, labels, self.guests, warnings, steps = self._timelines()
        self.warnings.extend(warnings)
        if self.warnings:
            _log.info("%d warning(s) about community periods: %s", len(self.warnings),
                      "; ".join(self.warnings[:3]))
        self._keys = np.asarray(keys, dtype=np.int64)
        self._labels = np.asarray(labels, dtype=np.int64)  # -1: unknown
        self._keys_list = keys  # for scalar bisect without numpy overhead
        days = self._keys & ((1 << DAY_BITS) - 1)
        self._change_days = np.unique(days[days > 0])
        self._change_list = self._change_days.tolist()
        self._table = _epoch_table(self)
        # The answer's object columns for every timeline step, and one last row for points
        # outside Syria: a batch's columns are then one ``take`` of these rows.
        (self._step_rows, self._step_contested, self._step_layer, self._step_period) = steps
        self._OUTSIDE_STEP = len(self._step_period) - 1
        # Each day's epoch, and the step table with one last column for points outside
        # (atom -1): a batch's steps are then two takes, no search and no mask.
        self._day_epoch = np.searchsorted(self._change_days, np.arange(day_number(LAST_DAY) + 1),
                                          side="right").astype(np.int32)
        if self._table is not None:
            self._steps_flat = np.c_[self._table, np.full(len(self._table), self._OUTSIDE_STEP,
                                                          dtype=np.int32)].reshape(-1)

    def _timelines(self) -> tuple:
        """(keys, labels, guests, warnings, step rows): the folded timelines, read from the
        user cache when this dataset version was folded before (a third of a second saved at
        every start: ``incmap import`` of a small file, a worker); else folded and kept there,
        in the snapshots' folder (:func:`geo.control.snapshot.cache_folder`, keyed by the
        :attr:`fingerprint`: the reference data, the tessellation and every period) under
        the name of this code's version."""
        path = None
        if self._cache:
            path = cache_folder(self.fingerprint) / f"timelines-{_timelines_code()}.pickle"
            try:
                with open(path, "rb") as f:
                    return pickle.load(f)
            except Exception:  # missing, damaged or foreign: folded again, never trusted
                pass
        state = self._fold()
        if path is not None:
            write_cached(path, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        return state

    def _fold(self) -> tuple:
        """The timelines folded from the periods (see :meth:`_timelines`)."""
        # One {unit: [(from, end, period)]} per layer, highest precedence first.
        names = self.dataset.layers or ("",)
        by_layer: dict[str, dict[str, list[tuple[int, int, int]]]] = {n: {} for n in names}
        for i, p in enumerate(self.periods):
            end = day_number(p.valid_to) + 1 if p.valid_to else 1 << DAY_BITS
            by_layer[p.layer if self.dataset.layers else ""].setdefault(p.unit, []).append(
                (day_number(p.valid_from), end, i))
        t = self.tess
        guests_of, all_hosts, all_warnings = [], {}, []
        for by_unit in by_layer.values():
            for items in by_unit.values():
                items.sort()
            guests, hosts, warnings = community_guests(t, self.ref.communities, self.periods,
                                                       by_unit)
            guests_of.append(guests)
            all_hosts.update(hosts)
            all_warnings.extend(warnings)
        keys, labels = _fold_timelines(t, list(zip(by_layer.values(), guests_of)))
        steps = _step_rows(self, np.asarray(keys, dtype=np.int64), np.asarray(labels, dtype=np.int64))
        return keys, labels, all_hosts, all_warnings, steps

    # -- the batch answer ----------------------------------------------------------
    def _period_of(self, atom: np.ndarray, days: np.ndarray) -> np.ndarray:
        """Index of the period holding (atom, day); -1 in a gap or outside."""
        return self._step_period[self._step_of(atom, days)]

    def _step_of(self, atom: np.ndarray, days: np.ndarray) -> np.ndarray:
        """The timeline step holding (atom, day); ``_OUTSIDE_STEP`` for atom -1."""
        if self._table is not None:
            # Row ``epoch``, column ``atom``; atom -1 is the previous row's last column (or,
            # in row 0, the table's very last): the outside step either way.
            return self._steps_flat.take(self._day_epoch.take(days) * (self._table.shape[1] + 1)
                                         + atom)
        else:
            step = _steps_by_keys(self._keys, atom, days)
        return np.where(atom >= 0, step, self._OUTSIDE_STEP)


    def locate(self, lons, lats, dates):
        """The raw answer: atom, period index, inside, days (for callers that want arrays)."""
        lons, lats = check_coords(lons, lats)
        days = parse_days(dates, len(lons))
        atom, inside, _ = self.tess.locate(lons, lats)
        return atom, self._period_of(atom, days), inside, days

    def control_many(self, lons, lats=None, dates=None, *, front: bool = False) -> pd.DataFrame:
        """Answer many dated points at once: one row per point, columns ``ANSWER_COLUMNS``.

        ``lons`` may be a GeoDataFrame of points (then ``dates`` is a column
        name or an array, ``lats`` is ignored, and the result keeps the frame's index).

        >>> idx.control_many([37.48, 36.63], [36.50, 35.93], ["2023-07-09", "2023-07-04"])  # doctest: +SKIP
        """
        index = None
        if isinstance(lons, gpd.GeoDataFrame):
            index = lons.index
            frame = lons.to_crs(4326) if lons.crs is not None and lons.crs.to_epsg() != 4326 else lons
            if isinstance(dates, str):
                dates = frame[dates]
            lons, lats = frame.geometry.x.to_numpy(), frame.geometry.y.to_numpy()
        lons, lats = check_coords(lons, lats)
        days = parse_days(dates, len(lons))
        n = len(lons)
        atom, inside, _ = self.tess.locate(lons, lats)
        step = self._step_of(atom, days)
        # Every object column at once: one take of the steps' rows into one new block (no
        # None-filled block first, no per-column arrays); the frame keeps it without a copy.
        # dtype=object: no string inference (pandas 3 would infer ``str``).
        out = pd.DataFrame(self._step_rows.take(step, axis=0), columns=_OBJECT_COLUMNS,
                           dtype=object, copy=False)
        period = self._step_period[step]
        contested = self._step_contested[step]
        layer = self._step_layer[step]
        del step
        extra = {"contested": contested,
                 "front_km": (self._front_km(lons, lats, atom, period, days) if front
                              else np.full(n, np.nan)),
                 "stale": days > self._last_day, "inside": inside,
                 "layer": pd.Categorical.from_codes(layer, categories=self._layer_names),
                 "days_past_verified": np.maximum(days - self._verified_day, 0)}
        for name, values in extra.items():
            out.insert(ANSWER_COLUMNS.index(name), name, values)
        if index is not None:
            out.index = index
        if n > BATCH_CHUNK:
            _trim_heap()
        return out

    # -- epochs, fronts and snapshots ------------------------------------------------
    def _epoch(self, days: np.ndarray) -> np.ndarray:
        """Epoch number: days between two change days of any atom share one map."""
        return self._day_epoch.take(days)

    def _epoch_start(self, epoch: int) -> int:
        return 0 if epoch == 0 else int(self._change_days[epoch - 1])

    def _atom_periods(self, epoch: int) -> np.ndarray:
        atoms = np.arange(len(self.tess))
        return self._period_of(atoms, np.full(len(atoms), self._epoch_start(epoch)))

    def _projected(self):
        """(lon/lat -> metres transformer, atoms in metres); both built once."""
        if self._proj is None:
            geoms = self.tess.geoms_m
            if geoms is None:
                from .tessellation import _to_metres

                geoms = _to_metres(self.tess.geoms)
            self._proj = (Transformer.from_crs(4326, _AEQD, always_xy=True), geoms)
        return self._proj

    def _epoch_codes(self, epoch: int) -> np.ndarray:
        """Each atom's force code (index in ``FORCES``; -1 unknown) in an epoch."""
        per = self._atom_periods(epoch)
        return np.where(per >= 0, self._p_fcode[np.where(per >= 0, per, -1)], -1).astype(np.int16)

    def _front_lines(self) -> FrontLines:
        if self._lines is None:
            _, geoms = self._projected()
            states = np.stack([self._epoch_codes(e) for e in range(len(self._change_days) + 1)])
            self._lines = FrontLines(geoms, states)
            _trim_heap()
        return self._lines

    def _front_tree(self, epoch: int, force: int):
        """The front segments for a point of force code ``force`` in ``epoch`` (None: no other
        force holds anything). Cached per distinct label state, so epochs whose atoms carry
        the same forces share one tree."""
        state = self._epoch_state.get(epoch)
        if state is None:
            codes = self._epoch_codes(epoch)
            digest = hashlib.blake2b(codes.tobytes(), digest_size=16).digest()
            state = self._epoch_state[epoch] = (digest, codes)
        key = (state[0], force)
        hit = self._fronts.get(key, _MISSING)
        if hit is _MISSING:
            with self._front_lock:  # a server answers from several threads
                hit = self._fronts.get(key, _MISSING)
                if hit is _MISSING:
                    hit = self._fronts[key] = self._front_lines().tree(state[1], force)
                    while len(self._fronts) > FRONT_TREES:
                        self._fronts.popitem(last=False)
        return hit

    def _front_one(self, lon: float, lat: float, period: int, day: int) -> float | None:
        """The scalar form of :meth:`_front_km` (no pandas: a single look-up stays fast)."""
        if period < 0:
            return None
        tree = self._front_tree(bisect.bisect_right(self._change_list, day),
                                self._p_fcode_list[period])
        if tree is None:
            return None
        # One point from a coordinate pair: half the cost of shapely.Point() or of an array of
        # one point (the same point; the query then gives one distance).
        one = shapely.points(np.array(self._proj[0].transform(lon, lat)))
        _, dist = tree.query_nearest(one, return_distance=True, all_matches=False)
        return float(dist[0]) / 1000.0

    def _front_km(self, lons, lats, atom, period, days) -> np.ndarray:
        """km from each point to the nearest atom held by another (known) force that day."""
        out = np.full(len(atom), np.nan)
        idx = np.flatnonzero((atom >= 0) & (period >= 0)).astype(np.int32)
        if not len(idx):
            return out
        tr, _ = self._projected()
        lons = np.asarray(lons, dtype=float).reshape(-1)
        lats = np.asarray(lats, dtype=float).reshape(-1)
        # One group per (epoch, force), so that each edge tree is built once per batch;
        # int32 keys keep the grouping at about 20 bytes a point.
        k = len(FORCE_CODES) + 1
        group = np.empty(len(idx), dtype=np.int32)
        for s in range(0, len(idx), BATCH_CHUNK):
            part = idx[s:s + BATCH_CHUNK]
            group[s:s + BATCH_CHUNK] = (self._epoch(days[part]) * k
                                        + self._p_fcode[period[part]] + 1)
        order = np.argsort(group, kind="stable")
        idx, group = idx[order], group[order]
        del order
        starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
        ends = np.r_[starts[1:], len(group)]
        for s, e in zip(starts.tolist(), ends.tolist()):
            tree = self._front_tree(int(group[s]) // k, int(group[s]) % k - 1)
            if tree is None:
                continue
            members = idx[s:e]
            x, y = tr.transform(lons[members], lats[members])
            (p_i, _), dist = tree.query_nearest(shapely.points(x, y), return_distance=True,
                                                all_matches=False)
            out[members[p_i]] = dist / 1000.0
        return out

    def snapshot(self, date, *, tolerance: float = 0) -> gpd.GeoDataFrame:
        """Dissolved polygons per force (and contested flag) on ``date``, cached per epoch.

        Columns (:func:`geo.control.snapshot.dissolve_snapshot`): force, name, colour,
        contested, forces, confidence (the lowest drawn), source (the distinct sources),
        valid_from / valid_to (the days every period drawn in the polygon holds), units,
        geometry. Areas in no period are one ``UNKNOWN`` row. With a ``tolerance``
        (degrees) the atoms simplified together (:meth:`Tessellation.simplified`) are
        dissolved: the same map, simplified, at a fraction of the cost.
        """
        day = day_number(parse_day(date, field="date"))
        epoch = int(self._epoch(np.array([day]))[0])
        key = (epoch, tolerance)
        hit = self._snapshots.get(key)
        if hit is not None:
            self._snapshots.move_to_end(key)
            return hit.copy()
        per = self._atom_periods(epoch)
        known = np.where(per >= 0, per, -1)
        geoms = self.tess.simplified(tolerance) if tolerance else self.tess.geoms
        snap = dissolve_snapshot(geoms, self.periods, per,
                                 np.where(per >= 0, self._p_force[known], "UNKNOWN"),
                                 np.where(per >= 0, self._p_contested[known], False))
        self._snapshots[key] = snap
        if len(self._snapshots) > 32:
            self._snapshots.popitem(last=False)
        return snap.copy()

    def epoch_of(self, date) -> int:
        """The epoch of ``date``: days between two change days of the dataset share one map."""
        return int(self._epoch(np.array([day_number(parse_day(date, field="date"))]))[0])

    def epoch_days(self) -> list[dt.date]:
        """The first day of every epoch within the coverage (one day per distinct map)."""
        first = day_number(self.coverage[0]) if self.coverage else 0
        days = [first] + [int(d) for d in self._change_days if d > first]
        return [dt.date.fromordinal(DAY0 + d) for d in days]

    @property
    def fingerprint(self) -> str:
        """A digest of what the maps depend on: the tessellation and every period."""
        if "_fingerprint" not in self.__dict__:
            self.__dict__["_fingerprint"] = _fingerprint(self)
        return self.__dict__["_fingerprint"]

    def is_stale(self, date) -> bool:
        return day_number(parse_day(date)) > self._last_day


def parse_days(dates, n: int) -> np.ndarray:
    """Day numbers (since 1900-01-01) of ``dates``: one date for all points, or one each."""
    if isinstance(dates, (str, dt.date)):
        return np.full(n, day_number(parse_day(dates, field="date")), dtype=np.int64)
    raw = np.asarray(dates)
    if np.issubdtype(raw.dtype, np.datetime64):
        # numpy dates need no parsing (and no pandas copies of a large batch).
        raw = raw.reshape(-1).astype("datetime64[D]")
        if len(raw) != n:
            raise InputError(f"{len(raw)} dates for {n} points")
        bad = np.flatnonzero(np.isnat(raw))
        if len(bad):
            raise InputError(f"{len(bad)} value(s) are not dates, first at point {bad[0]}",
                             field="date")
        days = raw.astype(np.int64) + _EPOCH_1970
        return _in_range(days)
    else:
        # Dates, datetimes and ISO strings; anything else becomes NaT and is refused below.
        iso = pd.Series(list(dates), dtype=object).map(
            lambda v: v.isoformat() if isinstance(v, dt.date) else v)
        values = pd.to_datetime(iso, errors="coerce", format="mixed")
    if len(values) != n:
        raise InputError(f"{len(values)} dates for {n} points")
    bad = np.flatnonzero(values.isna().to_numpy())
    if len(bad):
        raise InputError(f"{len(bad)} value(s) are not dates, first at point {bad[0]}: "
                         f"{str(list(dates)[bad[0]])[:40]!r}", field="date")
    return _in_range(values.to_numpy().astype("datetime64[D]").astype(np.int64) + _EPOCH_1970)

def check_coords(lons, lats) -> tuple[np.ndarray, np.ndarray]:
    lons = np.asarray(lons, dtype=float).reshape(-1)
    lats = np.asarray(lats, dtype=float).reshape(-1)
    if lons.shape != lats.shape:
        raise InputError(f"{len(lons)} longitudes for {len(lats)} latitudes")
    for name, v, lim in (("longitude", lons, 180), ("latitude", lats, 90)):
        bad = np.flatnonzero(~np.isfinite(v) | (np.abs(v) > lim))
        if len(bad):
            raise InputError(f"{len(bad)} impossible {name}(s), first at point {bad[0]}: "
                             f"{v[bad[0]]}", field=name[:3])
    return lons, lats


def _trim_heap() -> None:
    """Give the heap's free pages back to the system after a large one-off build or batch.

    Geometry libraries allocate many small blocks that the C allocator keeps after they
    are freed; without this a process holds tens of MB it no longer uses. glibc only;
    elsewhere a no-op.
    """
    global _MALLOC_TRIM
    if _MALLOC_TRIM is None:
        try:
            import ctypes

            _MALLOC_TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _MALLOC_TRIM = False
    if _MALLOC_TRIM:
        _MALLOC_TRIM(0)


_MALLOC_TRIM = None


def _in_range(days: np.ndarray) -> np.ndarray:
    out = np.flatnonzero((days < 0) | (days > day_number(LAST_DAY)))
    if len(out):
        raise InputError(f"{len(out)} date(s) out of range {FIRST_DAY}..{LAST_DAY}, first at "
                         f"point {out[0]}", field="date")
    return days


def _objects(values: list) -> np.ndarray:
    """A 1-D object array (np.array would turn equal-length tuples into a 2-D array)."""
    out = np.empty(len(values), dtype=object)
    out[:] = [None] * len(values)
    for i, v in enumerate(values):
        out[i] = v
    return out


def _fold_timelines(t: Tessellation, layered: list) -> tuple[list[int], list[int]]:
    """Every atom's timeline as keys ``atom << DAY_BITS | day`` and their period labels.

    ``layered``: per layer, highest first, ``({unit: [(from, end, period)]}, guests)``;
    atoms with the same chain of units share one folded timeline.
    """
    memo: dict[tuple, list[tuple[int, int]]] = {}
    keys: list[int] = []
    labels: list[int] = []
    for atom in range(len(t)):
        adm3 = t.adm3[atom]
        # Layer first, then unit precedence within the layer.
        chain = tuple((k, u) for k, (by_unit, guests) in enumerate(layered)
                      for u in ((t.community[atom],) + guests.get(atom, ())
                                + tuple(t.areas[atom]) + (adm3, adm3[:6], adm3[:4]))
                      if u and u in by_unit)
        line = memo.get(chain)
        if line is None:
            line = memo[chain] = _timeline([layered[k][0][u] for k, u in chain])
        base = atom << DAY_BITS
        keys.extend(base + d for d, _ in line)
        labels.extend(p for _, p in line)
    return keys, labels


def _epoch_table(idx: ControlIndex) -> np.ndarray | None:
    """The timeline step of every atom in every epoch (labels change only on change days):
    a batch is answered by indexing instead of a search among all timelines. None when
    it would be larger than ``EPOCH_TABLE_CELLS``."""
    n_epochs, n_atoms = len(idx._change_days) + 1, len(idx.tess)
    if n_epochs * n_atoms > EPOCH_TABLE_CELLS:
        return None
    steps = _steps_by_keys(idx._keys, np.tile(np.arange(n_atoms), n_epochs),
                           np.repeat(np.r_[0, idx._change_days], n_atoms))
    return steps.astype(np.int32).reshape(n_epochs, n_atoms)


def _steps_by_keys(keys: np.ndarray, atom: np.ndarray, days: np.ndarray) -> np.ndarray:
    """The timeline step holding each (atom, day): a search among all timelines' keys."""
    return np.searchsorted(keys, (np.maximum(atom, 0) << DAY_BITS) + days, side="right") - 1


def _stamp(folder: Path) -> tuple:
    """The files of a dataset folder as (name, modification time, size)."""
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size)
                 for p in sorted(folder.glob("*")) if p.is_file()) if folder.is_dir() else ()


def _read_dataset(folder: Path) -> ControlDataset:
    """``ControlDataset.read(folder)``, or the dataset read before, from the user cache, when
    the folder's files (:func:`_stamp`: their names, sizes and modification times) and the
    code that reads them are unchanged: a start parses no periods (0.25 s of CPU for the
    bundled 6,400). Kept like the snapshots (:func:`geo.control.snapshot.write_cached`)."""
    key = hashlib.sha256(repr((str(folder.resolve()), _stamp(folder),
                               code_version(dataset_module, period_module, force_module,
                                            tabular_module))).encode())
    path = user_cache_dir() / f"control-dataset-{key.hexdigest()[:20]}" / "dataset.pickle"
    try:
        with open(path, "rb") as f:
            ds = pickle.load(f)
        if isinstance(ds, ControlDataset):
            return ds
    except Exception:  # missing, damaged or foreign: read again, never trusted
        pass
    ds = ControlDataset.read(folder)
    write_cached(path, pickle.dumps(ds, protocol=pickle.HIGHEST_PROTOCOL), kind="control-dataset-")
    return ds


def _timelines_code() -> str:
    """The version of the code that folds timelines (this module and the guests'), for the
    name of the cached timelines: a change to it folds them again."""
    return code_version(sys.modules[__name__], guests_module)


def _fingerprint(idx: ControlIndex) -> str:
    h = hashlib.sha256(f"{idx.ref.fingerprint}|{idx.tess.key}".encode())
    for p in idx.periods:
        h.update(repr(p).encode())
    return h.hexdigest()


def _step_rows(idx: ControlIndex, keys: np.ndarray, labels: np.ndarray):
    """(object rows, contested, layer code, period) per timeline step (``keys`` and their
    period ``labels``, as :func:`_fold_timelines` gives them) of ``idx``, plus one last row
    for points outside Syria."""
    atom = (keys >> DAY_BITS).astype(np.int64)
    period = labels
    pi = np.r_[np.where(period >= 0, period, idx._GAP), idx._NONE]
    a = np.r_[atom, 0]
    inside = np.r_[np.ones(len(atom), dtype=bool), False]
    unit = np.where(period >= 0, idx._p_unit[pi[:-1]], idx._a_default_unit[atom])
    columns = {
        "force": idx._p_force[pi], "forces": idx._p_forces[pi], "name": idx._p_name[pi],
        "unit": np.r_[unit, None],
        "adm1": np.where(inside, idx._a_adm1[a], None),
        "adm2": np.where(inside, idx._a_adm2[a], None),
        "adm3": np.where(inside, idx._a_adm3[a], None),
        "community": np.where(inside, idx._a_com[a], None),
        "valid_from": idx._p_from[pi], "valid_to": idx._p_to[pi],
        "source": idx._p_source[pi], "confidence": idx._p_conf[pi]}
    rows = np.empty((len(pi), len(_OBJECT_COLUMNS)), dtype=object)
    for j, name in enumerate(_OBJECT_COLUMNS):
        # Equal values as one object: a batch's take then touches a few objects, not
        # thousands of equal strings (a fifth faster).
        same: dict = {}
        rows[:, j] = [same.setdefault(v, v) for v in columns[name]]
    return rows, idx._p_contested[pi], idx._p_layer_code[pi], np.r_[period, -1]


def _timeline(unit_periods: list[list[tuple[int, int, int]]]) -> list[tuple[int, int]]:
    """Fold periods of units in precedence order into (start day, period index) steps.

    The first step starts on day 0; -1 means no period (unknown).
    """
    bounds = {0}
    for items in unit_periods:
        for s, e, _ in items:
            bounds.add(s)
            if e < 1 << DAY_BITS:
                bounds.add(e)
    out: list[tuple[int, int]] = []
    for b in sorted(bounds):
        label = -1
        for items in unit_periods:
            j = bisect.bisect_right(items, (b, 1 << 62, 1 << 62)) - 1
            if j >= 0 and items[j][0] <= b < items[j][1]:
                label = items[j][2]
                break
        if not out or out[-1][1] != label:
            out.append((b, label))
    return out
