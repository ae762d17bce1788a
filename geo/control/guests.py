"""Communities with control periods but no cell of their own in the tessellation.

Two communities can share a point (the tessellation gives one cell per point),
and a point can lie just outside the generalised outline. Such a community's
periods answer, as a *guest*, for the cell that holds its point.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .period import OPEN_END, day_date, unit_kind

__all__ = ["community_guests"]


def community_guests(tess, communities, periods, by_unit: dict):
    """Communities with periods but no cell of their own, as guests of the cell holding
    their point.

    Returns ``({atom: (P-code, ...)}, {P-code: host P-code or None}, warnings)``.

    A community has no cell when its point is the same as a lower P-code's (the
    tessellation gives one cell per point) or lies just outside the outline where the
    generalised boundary cuts its cell away. Its periods then answer for the cell that
    holds its point (found like any point, snapped within ``SNAP_KM``), after that
    cell's own community's periods and before drawn areas and sub-districts.
    """
    t = tess
    com = communities
    warnings: list[str] = []
    own = set(c for c in t.community if c)
    homeless = sorted(u for u in by_unit if unit_kind(u) == "community" and u not in own)
    hosts: dict[str, str | None] = {}
    guests: dict[int, list[str]] = {}
    for code in homeless:
        lon, lat = float(com.at[code, "lon"]), float(com.at[code, "lat"])
        atom, inside, km = t.locate(np.array([lon]), np.array([lat]))
        a = int(atom[0])
        lines = ", ".join(periods[i].origin or periods[i].unit
                          for _, _, i in by_unit[code])
        n = len(by_unit[code])
        if a < 0:
            hosts[code] = None
            warnings.append(f"{code}: its point ({lon:.5f}, {lat:.5f}) lies outside "
                                 f"Syria, so its {n} period(s) never apply ({lines})")
            continue
        host = t.community[a]
        same = host is not None and (float(com.at[host, "lon"]), float(com.at[host, "lat"])) \
            == (lon, lat)
        cell = f"{host}'s cell" if host else f"the cell of {t.adm3[a]}"
        why = (f"its point is the same as {host}'s, which keeps the cell" if same else
               f"its point lies in {cell}" + ("" if inside[0] else
                                              f", snapped from {km[0]:.1f} km outside "
                                              f"the outline"))
        hosts[code] = host
        warnings.append(f"{code} has no cell of its own: {why}; its {n} period(s) "
                             f"answer for {cell} on days {host or t.adm3[a]} has none "
                             f"({lines})")
        targets = (np.flatnonzero(t.community == host) if host else
                   np.flatnonzero((t.adm3 == t.adm3[a]) & pd.isna(t.community)))
        for target in targets.tolist():
            guests.setdefault(target, []).append(code)
        for p_from, p_end, i in by_unit.get(host, []) if host else []:
            for q_from, q_end, j in by_unit[code]:
                start, end = max(p_from, q_from), min(p_end, q_end)
                p, q = periods[i], periods[j]
                if start < end and p.force != q.force:
                    last = "open end" if end >= OPEN_END else day_date(end - 1)
                    warnings.append(
                        f"{code}: {host}'s {p.force} ({p.origin or host}) overrides its "
                        f"{q.force} ({q.origin or code}) from {day_date(start)} to {last}")
    return {a: tuple(v) for a, v in guests.items()}, hosts, warnings
