"""The days a control dataset answers for, the last day it was checked, and how far past it a date is.

A dataset *covers* ``first`` to ``last``; past ``last`` an answer is *stale*. Within
its coverage it may carry the last known state forward beyond the last day its
authors checked against dated reporting (``last_verified``). Every answer after
``last_verified`` says so, in the same words everywhere (CLI, API, map):
``last verified 2026-02-17; this answer is 290 days past it``.

>>> cov = Coverage(dt.date(2011, 3, 15), dt.date(2026, 12, 4), dt.date(2026, 2, 17))
>>> cov.days_past(dt.date(2026, 3, 1)), cov.message(dt.date(2026, 3, 1))
(12, 'last verified 2026-02-17; this answer is 12 days past it')
>>> cov.message(dt.date(2025, 1, 1))
''
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["Coverage", "past_verified"]


def past_verified(last_verified: dt.date | None, days: int) -> str:
    """The one wording of "this answer is past the last verified day" (``""`` when it is not).

    >>> past_verified(dt.date(2026, 2, 17), 1)
    'last verified 2026-02-17; this answer is 1 day past it'
    """
    if not days or last_verified is None:
        return ""
    return (f"last verified {last_verified.isoformat()}; this answer is {days} "
            f"day{'s' if days != 1 else ''} past it")


@dataclass(frozen=True)
class Coverage:
    """First and last day answered, and the last day verified (``last`` when not declared)."""

    first: dt.date
    last: dt.date
    last_verified: dt.date | None = None

    @property
    def verified_to(self) -> dt.date:
        """The last day checked against dated reporting."""
        return self.last_verified or self.last

    def days_past(self, day: dt.date) -> int:
        """Days from the last verified day to ``day`` (0 on or before it)."""
        return max((day - self.verified_to).days, 0)

    def message(self, day: dt.date) -> str:
        """``last verified D; this answer is N days past it`` for a day past it, else ``""``."""
        return past_verified(self.verified_to, self.days_past(day))

    def to_dict(self, day: dt.date | None = None) -> dict:
        """JSON-ready: first, last, last_verified, and for ``day`` the days past it and the message."""
        out = {"first": self.first.isoformat(), "last": self.last.isoformat(),
               "last_verified": self.verified_to.isoformat()}
        if day is not None:
            out["days_past_verified"] = self.days_past(day)
            out["message"] = self.message(day)
        return out
