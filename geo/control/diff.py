"""Which communities changed hands between two dates.

Every community of the reference data (OCHA's populated places) is looked up at its
point on both dates; a community is listed when a known force held it on each date
and the forces differ (a place going to or from UNKNOWN is a gap in the data, not a
change of hands, and is left out). The date range says when the change happened as
far as the data knows: the old force is known to hold it until ``held_until`` (the
end of the period answering on the first date) and the new one from ``held_since``
(the start of the period answering on the second).

>>> frame = control_diff(ControlIndex.load(), ref, "2017-11-01", "2018-06-01")  # doctest: +SKIP
>>> frame[["pcode", "name", "from_force", "to_force"]].head(2)                   # doctest: +SKIP
    pcode     name from_force to_force
0  C1002   Yarmuk       ISIS      GOV
"""

from __future__ import annotations

import pandas as pd

from ..errors import InputError
from .period import parse_day

__all__ = ["control_diff", "DIFF_COLUMNS"]

DIFF_COLUMNS = ["pcode", "name", "adm3", "from_force", "to_force", "held_until", "held_since",
                "from_source", "to_source", "to_layer"]


def _iso(value) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else None


def control_diff(index, ref, start, end) -> pd.DataFrame:
    """The communities whose controlling force on ``start`` differs from that on ``end``.

    Columns :data:`DIFF_COLUMNS`, sorted by P-code: ``from_force`` / ``to_force`` (codes),
    ``held_until`` (last day of the period holding on ``start``; None when open),
    ``held_since`` (first day of the period holding on ``end``), the two sources and the
    layer of the second answer.
    """
    d0 = parse_day(start, field="from")
    d1 = parse_day(end, field="to")
    if d1 <= d0:
        raise InputError(f"--to ({d1}) must be after --from ({d0})", field="to")
    com = ref.communities.sort_index()
    lons, lats = com["lon"].to_numpy(), com["lat"].to_numpy()
    a = index.control_many(lons, lats, d0, front=False)
    b = index.control_many(lons, lats, d1, front=False)
    known = a["force"].notna() & b["force"].notna() & (a["force"] != "UNKNOWN") & (
        b["force"] != "UNKNOWN")
    changed = (known & (a["force"] != b["force"])).to_numpy()
    out = pd.DataFrame({
        "pcode": com.index.to_numpy()[changed],
        "name": com["name_en"].to_numpy()[changed],
        "adm3": com["adm3_pcode"].to_numpy()[changed],
        "from_force": a["force"].to_numpy()[changed],
        "to_force": b["force"].to_numpy()[changed],
        "held_until": [_iso(v) for v in a["valid_to"].to_numpy()[changed]],
        "held_since": [_iso(v) for v in b["valid_from"].to_numpy()[changed]],
        "from_source": a["source"].to_numpy()[changed],
        "to_source": b["source"].to_numpy()[changed],
        "to_layer": b["layer"].astype(str).to_numpy()[changed],
    }, columns=DIFF_COLUMNS)
    return out.reset_index(drop=True)
