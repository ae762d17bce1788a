"""Progress on a terminal for the slow steps of a long job (an import of a million rows).

:func:`progress` wraps an iterable (or counts by hand, ``progress(None, ...)``) in a bar;
:class:`steps` prints one line per step with its count and time. Both write to stderr and
only when it is a terminal, so scripts, tests and the service see nothing.
"""

from __future__ import annotations

import contextlib
import sys
import time

__all__ = ["progress", "steps"]


def progress(iterable, *, total: int | None, desc: str, enabled: bool):
    """``iterable`` with a progress bar on stderr (tqdm) when ``enabled`` and stderr is a terminal.

    ``iterable`` None: a bar to move by hand (``bar.update(n)``; None when not ``enabled``).
    """
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=" rows", file=sys.stderr, leave=False,
                disable=None, mininterval=0.25)


class steps:
    """One line on stderr per slow step of an import, with its count and time, when
    ``enabled`` and stderr is a terminal (as the progress bars).

    >>> with steps(True).step("tagging control", 100_000):   # doctest: +SKIP
    ...     tag()
    tagging control (100,000) ... 0.4 s
    """

    def __init__(self, enabled: bool):
        self.enabled = bool(enabled) and sys.stderr.isatty()

    @contextlib.contextmanager
    def step(self, desc: str, count: int | None = None):
        if not self.enabled:
            yield
            return
        print(f"{desc}" + (f" ({count:,})" if count is not None else "") + " ...",
              end="", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        try:
            yield
        finally:
            print(f" {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
