"""Points in GeoPackage binary: the ``GP`` header with the SRS id, then little-endian WKB.

The GeoPackage store writes its geometries with :func:`encode_point`; every store hashes
a record with it (so a record's hash is the same in every backend).

>>> decode_point(encode_point(36.5, 35.25))
(36.5, 35.25)
"""

from __future__ import annotations

import struct

import numpy as np

__all__ = ["encode_point", "encode_points", "envelopes", "decode_point", "decode_points",
           "st_envelope_part", "st_is_empty", "SRS_ID", "COORD_DIGITS"]

SRS_ID = 4326
COORD_DIGITS = 6  # ~0.1 m: finer than any incident location (the decimals a feature's point has)

_HEADER = struct.Struct("<2sBBi")  # magic, version, flags, srs_id
_POINT = struct.Struct("<BIdd")  # byte order, type, x, y
_WKB_POINT = b"\x01\x01\x00\x00\x00"  # little endian, type 1 (Point)
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def encode_point(lon: float, lat: float) -> bytes:
    """A point as GeoPackage binary: header (no envelope, little endian) + WKB.

    >>> encode_point(36.0, 35.0).hex().upper()
    '47500001E6100000010100000000000000000042400000000000804140'
    """
    return _HEADER.pack(b"GP", 0, 0b00000001, SRS_ID) + _POINT.pack(1, 1, lon, lat)


_POINTS = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"),
                    ("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])  # packed


def encode_points(lons, lats) -> list[bytes | None]:
    """:func:`encode_point` of many points at once (None where the longitude is NaN).

    >>> encode_points(np.array([36.0, np.nan]), np.array([35.0, np.nan]))[0] == encode_point(36.0, 35.0)
    True
    """
    lons = np.asarray(lons, dtype=float)
    lats = np.asarray(lats, dtype=float)
    ok = ~np.isnan(lons)
    rec = np.zeros(int(ok.sum()), dtype=_POINTS)
    rec["magic"], rec["flags"], rec["srs"], rec["order"], rec["type"] = b"GP", 1, SRS_ID, 1, 1
    rec["x"], rec["y"] = lons[ok], lats[ok]
    size = _POINTS.itemsize
    buf = rec.tobytes()
    blobs = iter([buf[i:i + size] for i in range(0, len(buf), size)])
    return [next(blobs) if has else None for has in ok.tolist()]


def _envelope(blob: bytes | None) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) of a GeoPackage geometry; None when empty or not one."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    if flags & 0b00010000:  # empty geometry
        return None
    little = flags & 1
    indicator = (flags >> 1) & 0b111
    if indicator:
        fmt = "<4d" if little else ">4d"
        minx, maxx, miny, maxy = struct.unpack_from(fmt, blob, 8)
        return minx, maxx, miny, maxy
    wkb = blob[8 + _ENVELOPE_BYTES.get(indicator, 0):]
    if len(wkb) >= 21:
        order = "<" if wkb[0] == 1 else ">"
        gtype = struct.unpack_from(order + "I", wkb, 1)[0]
        if gtype % 1000 == 1:  # Point, PointZ, PointM, PointZM (ISO codes)
            x, y = struct.unpack_from(order + "dd", wkb, 5)
            if x != x:  # NaN coordinates: an empty point
                return None
            return x, x, y, y
    import shapely  # other geometry types: rare here (an edit in QGIS), worth the import

    geom = shapely.from_wkb(wkb)
    if geom is None or geom.is_empty:
        return None
    minx, miny, maxx, maxy = geom.bounds
    return minx, maxx, miny, maxy


def envelopes(rows) -> tuple[np.ndarray, np.ndarray]:
    """The ids and (minx, maxx, miny, maxy) boxes of ``(id, geometry)`` rows; empty ones left
    out. The store's own points are read at once, others (an edit in QGIS) one by one."""
    rows = list(rows)
    ids = np.array([i for i, _ in rows], dtype=np.int64)
    blobs = [g for _, g in rows]
    size = _POINTS.itemsize
    sized = np.fromiter((g is not None and len(g) == size for g in blobs), dtype=bool,
                        count=len(blobs))
    boxes = np.full((len(rows), 4), np.nan)
    rec = np.frombuffer(b"".join(g for g, s in zip(blobs, sized.tolist()) if s), dtype=_POINTS)
    ours = ((rec["magic"] == b"GP") & (rec["version"] == 0) & (rec["flags"] == 1)
            & (rec["order"] == 1) & (rec["type"] == 1))
    at = np.flatnonzero(sized)
    boxes[at[ours]] = np.column_stack([rec["x"], rec["x"], rec["y"], rec["y"]])[ours]
    done = np.zeros(len(rows), dtype=bool)
    done[at[ours]] = True
    for k in np.flatnonzero(~done).tolist():
        env = _envelope(blobs[k])
        if env is not None:
            boxes[k] = env
    keep = ~np.isnan(boxes).any(axis=1)
    return ids[keep], boxes[keep]


def decode_point(blob: bytes | None) -> tuple[float, float] | None:
    """(lon, lat) of a stored geometry (a non-point gives its envelope's centre).

    >>> decode_point(encode_point(36.5, 35.25))
    (36.5, 35.25)
    """
    env = _envelope(blob)
    if env is None:
        return None
    minx, maxx, miny, maxy = env
    if minx == maxx and miny == maxy:
        return minx, miny
    return (minx + maxx) / 2, (miny + maxy) / 2


def st_envelope_part(i: int):
    """An SQL function for SQLite: the ``i``-th of (minx, maxx, miny, maxy) of a geometry."""
    def fn(blob):
        env = _envelope(blob)
        return None if env is None else env[i]
    return fn


def st_is_empty(blob):
    """An SQL function for SQLite: 1 for an empty (or no) geometry."""
    return 1 if _envelope(blob) is None else 0


def decode_points(blobs) -> tuple:
    """(lons, lats) of many stored geometries as float arrays (NaN for none): the points this
    store writes (29 bytes each) decoded at once, any other through :func:`decode_point`.

    >>> lons, lats = decode_points([encode_point(36.5, 35.25), None])
    >>> lons.tolist()[0], lats.tolist()[0], bool(lons[1] != lons[1])
    (36.5, 35.25, True)
    """
    import numpy as np

    n = len(blobs)
    lons = np.full(n, np.nan)
    lats = np.full(n, np.nan)
    plain = _HEADER.size + _POINT.size
    simple = [i for i, b in enumerate(blobs) if b is not None and len(b) == plain
              and b[:4] == b"GP\x00\x01" and b[8:13] == _WKB_POINT]
    if simple:
        raw = np.frombuffer(b"".join(blobs[i] for i in simple), dtype=np.uint8).reshape(-1, plain)
        xy = raw[:, plain - 16:].copy().view("<f8")
        lons[simple], lats[simple] = xy[:, 0], xy[:, 1]
    if len(simple) < n:
        done = set(simple)
        for i, b in enumerate(blobs):
            if i not in done and b is not None:
                point = decode_point(b)
                if point:
                    lons[i], lats[i] = point
    return lons, lats
