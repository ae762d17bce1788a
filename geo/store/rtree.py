"""A GeoPackage's R-tree of many points at once: packed, then written as SQLite lays it out.

SQLite inserts into an R-tree one entry at a time, choosing a leaf and splitting nodes:
~10-20 µs per point, minutes for millions. :func:`pack` builds the whole tree in one go
(sort-tile-recursive packing: leaves of nearby points, full nodes) and writes its nodes
straight into the R-tree's own tables (``<name>_node``, ``<name>_rowid``,
``<name>_parent``), as GDAL does when it writes a GeoPackage. The layout is SQLite's
(``ext/rtree/rtree.c``): a node is a blob as long as the root node; it starts with the
tree's depth (the root only) and the number of cells, both 16-bit big-endian; each cell is
the row id (a child's node number in an inner node), 64-bit big-endian, then minx, maxx,
miny, maxy as 32-bit big-endian floats rounded outwards as SQLite rounds them. The result
passes SQLite's own ``rtreecheck()`` and answers queries as the inserted tree would.

>>> import sqlite3
>>> conn = sqlite3.connect(":memory:")
>>> _ = conn.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
>>> pack(conn, "r", np.arange(1, 1001), np.linspace(36, 42, 1000), np.linspace(36, 42, 1000),
...      np.linspace(32, 37, 1000), np.linspace(32, 37, 1000))
>>> conn.execute("SELECT rtreecheck('r')").fetchone()[0]
'ok'
>>> conn.execute("SELECT id FROM r WHERE minx <= 36.01 AND maxy >= 32").fetchall()
[(1,), (2,)]
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["pack", "round_down", "round_up"]

_CELL = 24  # bytes: a 64-bit id and four 32-bit coordinates
_RND_TOWARDS = 1.0 - 1.0 / 8388608.0  # SQLite's factors for rounding a double to a float
_RND_AWAY = 1.0 + 1.0 / 8388608.0


def round_down(values: np.ndarray) -> np.ndarray:
    """Doubles as the 32-bit floats SQLite's R-tree stores for a minimum (not above)."""
    values = np.asarray(values, dtype=np.float64)
    f = values.astype(np.float32)
    over = f.astype(np.float64) > values
    f[over] = (values[over] * np.where(values[over] < 0, _RND_AWAY, _RND_TOWARDS)).astype(np.float32)
    return f


def round_up(values: np.ndarray) -> np.ndarray:
    """Doubles as the 32-bit floats SQLite's R-tree stores for a maximum (not below)."""
    values = np.asarray(values, dtype=np.float64)
    f = values.astype(np.float32)
    under = f.astype(np.float64) < values
    f[under] = (values[under] * np.where(values[under] < 0, _RND_TOWARDS, _RND_AWAY)).astype(np.float32)
    return f


def _tiles(boxes: np.ndarray, per_node: int) -> tuple[np.ndarray, np.ndarray]:
    """Sort-tile-recursive order of ``boxes`` (n x 4: minx, maxx, miny, maxy): the order and
    the node (0..) of each entry in that order; a node holds at most ``per_node`` entries."""
    n = len(boxes)
    nodes = math.ceil(n / per_node)
    slices = math.ceil(math.sqrt(nodes))
    per_slice = slices * per_node
    cx = boxes[:, 0].astype(np.float64) + boxes[:, 1]
    cy = boxes[:, 2].astype(np.float64) + boxes[:, 3]
    by_x = np.argsort(cx, kind="stable")
    position = np.arange(n)
    strip = position // per_slice  # vertical strips of whole nodes, left to right
    order = by_x[np.lexsort((cy[by_x], strip))]  # each strip bottom to top
    # A strip holds ``slices`` full nodes (the last strip may hold fewer).
    node = strip * slices + (position - strip * per_slice) // per_node
    return order, node


def pack(conn, name: str, ids, minx, maxx, miny, maxy) -> None:
    """Replace the content of the R-tree ``name`` with these entries, packed (module doc)."""
    size = conn.execute(f'SELECT length(data) FROM "{name}_node" WHERE nodeno = 1').fetchone()
    size = size[0] if size else None
    for part in ("node", "rowid", "parent"):
        conn.execute(f'DELETE FROM "{name}_{part}"')
    if size is None:  # never written: SQLite's own size for this page size, as it would make
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        size = min(page - 64, 4 + _CELL * 51)
    per_node = (size - 4) // _CELL
    ids = np.asarray(ids, dtype=np.int64)
    boxes = np.column_stack([round_down(minx), round_up(maxx), round_down(miny), round_up(maxy)])
    levels = []  # from the leaves up: (ids of the entries, their boxes, node of each entry)
    while True:
        if len(ids) <= per_node:
            levels.append((ids, boxes, np.zeros(len(ids), dtype=np.int64)))
            break
        order, node = _tiles(boxes, per_node)
        ids, boxes = ids[order], boxes[order]
        levels.append((ids, boxes, node))
        count = int(node.max()) + 1
        starts = np.r_[0, np.flatnonzero(np.diff(node)) + 1]
        boxes = np.column_stack([np.minimum.reduceat(boxes[:, 0], starts),
                                 np.maximum.reduceat(boxes[:, 1], starts),
                                 np.minimum.reduceat(boxes[:, 2], starts),
                                 np.maximum.reduceat(boxes[:, 3], starts)])
        ids = np.arange(count, dtype=np.int64)  # numbered below, once every level is known
    # Node numbers: the root is 1, then level by level from the top.
    counts = [int(lv[2].max()) + 1 if len(lv[2]) else 1 for lv in levels]
    first = {}
    number = 1
    for depth in range(len(levels) - 1, -1, -1):
        first[depth] = number
        number += counts[depth]
    cell = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])
    layout = np.dtype([("depth", ">u2"), ("count", ">u2"), ("cells", cell, (per_node,)),
                       ("pad", "u1", (size - 4 - _CELL * per_node,))])
    for depth, (entry_ids, entry_boxes, node) in enumerate(levels):
        if depth > 0:
            entry_ids = entry_ids + first[depth - 1]  # children: their node numbers
        blobs = np.zeros(counts[depth], dtype=layout)
        if depth == len(levels) - 1:
            blobs["depth"][0] = len(levels) - 1
        blobs["count"] = np.bincount(node, minlength=counts[depth])
        starts = np.r_[0, np.cumsum(blobs["count"].astype(np.int64))[:-1]]
        slot = np.arange(len(node)) - starts[node]
        blobs["cells"]["id"][node, slot] = entry_ids
        blobs["cells"]["box"][node, slot] = entry_boxes
        numbers = np.arange(counts[depth], dtype=np.int64) + first[depth]
        raw = blobs.tobytes()
        conn.executemany(f'INSERT INTO "{name}_node" (nodeno, data) VALUES (?, ?)',
                         zip(numbers.tolist(), (raw[i * size:(i + 1) * size]
                                                for i in range(counts[depth]))))
        owner = (node + first[depth]).tolist()
        if depth == 0:
            conn.executemany(f'INSERT INTO "{name}_rowid" (rowid, nodeno) VALUES (?, ?)',
                             zip(entry_ids.tolist(), owner))
        else:
            conn.executemany(f'INSERT INTO "{name}_parent" (nodeno, parentnode) VALUES (?, ?)',
                             zip(entry_ids.tolist(), owner))
