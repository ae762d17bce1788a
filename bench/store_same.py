"""Whether two incident stores (GeoPackage) hold the same bytes but their timestamps.

For a change to the import that must store nothing new (issue 15's import rounds): make one
empty store, copy it (the same key of public ids), import the same file into each copy with
the two versions of the code, then compare every table row by row, in key order, with the
write's time left out (``incidents.updated_at`` and its copy in the stored feature texts,
``incmap_audit.at``, ``gpkg_contents.last_change``).

    python bench/store_same.py --empty NEW.gpkg                 # an empty store to copy
    python bench/store_same.py A.gpkg B.gpkg                    # exit 1 and the first
                                                                #   differences if not the same
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys

# Columns holding the time of the write: blanked before comparing.
TIMES = {"incidents": ("updated_at",), "incmap_audit": ("at",), "gpkg_contents": ("last_change",)}


def dump(path: str) -> dict[str, list[tuple]]:
    """Every table's rows (timestamps blanked), in the order of their whole value."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    out = {}
    for name in names:
        cur = conn.execute(f'SELECT * FROM "{name}"')
        cols = [d[0] for d in cur.description]
        blank = [i for i, c in enumerate(cols) if c in TIMES.get(name, ())]
        rows = []
        for row in cur:
            row = list(row)
            for i in blank:
                row[i] = None
            if name == "incmap_public_features":
                # the record's updated_at, as the text writes it
                row[1] = re.sub(rb'"updated_at":"[^"]*"', b'"updated_at":""', bytes(row[1]))
            rows.append(tuple(row))
        out[name] = sorted(rows, key=repr)
    out["(schema)"] = sorted(conn.execute("SELECT type, name, sql FROM sqlite_master"),
                             key=repr)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stores", nargs="*")
    ap.add_argument("--empty", help="make an empty store at this path and stop")
    args = ap.parse_args()
    if args.empty:
        from geo.store import open_store

        open_store(args.empty).close()
        return 0
    a, b = (dump(p) for p in args.stores)
    same = True
    for name in sorted(set(a) | set(b)):
        ra, rb = a.get(name), b.get(name)
        if ra == rb:
            print(f"{name}: {len(ra)} rows, same")
            continue
        same = False
        print(f"{name}: DIFFERENT ({len(ra or [])} / {len(rb or [])} rows)")
        for x, y in zip(ra or [], rb or []):
            if x != y:
                print(f"  first: {str(x)[:300]}\n     vs: {str(y)[:300]}")
                break
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
