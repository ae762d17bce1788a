"""Who controlled a place when: the runs of forces at points over a date range.

>>> control_timelines(ControlIndex.load(), [38.0], [35.95], "2014-01-01", "2018-12-31")  # doctest: +SKIP
[[{'force': 'ISIS', 'from': '2014-01-01', 'to': '2017-06-05'}, {'force': 'SDF', ...}]]
"""

from __future__ import annotations

import numpy as np

from .index import ControlIndex
from .period import day_date, day_number, parse_day

__all__ = ["control_timelines"]


def control_timelines(index: ControlIndex, lons, lats, start, end) -> list[list[dict]]:
    """For each point, the runs ``{"force", "from", "to"}`` (inclusive ISO dates) of the force
    that controlled it between ``start`` and ``end``; ``UNKNOWN`` where no period says."""
    lo = day_number(parse_day(start, field="start"))
    hi = day_number(parse_day(end, field="end"))
    lons = np.asarray(lons, float).reshape(-1)
    lats = np.asarray(lats, float).reshape(-1)
    if not len(lons):
        return []
    # The map changes only on change days: one look-up per point and change day in range.
    change = index._change_days
    days = np.r_[lo, change[(change > lo) & (change <= hi)]].astype(np.int64)
    atom, _, _, _ = index.locate(lons, lats, [day_date(lo)] * len(lons))
    per = index._period_of(np.repeat(atom, len(days)), np.tile(days, len(atom)))
    force = np.where(per >= 0, index._p_force[np.where(per >= 0, per, -1)], "UNKNOWN")
    force = np.where(np.repeat(atom, len(days)) >= 0, force, None).reshape(len(atom), len(days))
    out = []
    for row in force.tolist():
        runs: list[dict] = []
        for k, f in enumerate(row):
            if f is None:
                continue
            if runs and runs[-1]["force"] == f:
                continue
            if runs:
                runs[-1]["to"] = day_date(int(days[k]) - 1).isoformat()
            runs.append({"force": f, "from": day_date(int(days[k])).isoformat(), "to": None})
        if runs:
            runs[-1]["to"] = day_date(hi).isoformat()
        out.append(runs)
    return out
