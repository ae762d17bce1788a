"""Pausing Python's cyclic garbage collector while many short-lived objects are made.

Reading a chunk of a few thousand incidents makes a few hundred thousand tuples, lists and
dicts, none in a reference cycle; the collector would walk them all again every few hundred
allocations (a fifth of the time of a read). :func:`paused` turns it off for such a block and
back on after (reference counting still frees everything); blocks in several threads nest.

>>> import gc
>>> with paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
import threading

__all__ = ["paused", "paused_iter"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


class _Paused:
    """The block of :func:`paused` (a class, not a generator's context manager: the geocoder enters one per
    description, and the generator's machinery was two thirds of its cost; geospeed)."""

    __slots__ = ()

    def __enter__(self) -> None:
        global _depth, _was_enabled
        with _lock:
            if _depth == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _depth += 1

    def __exit__(self, *exc) -> None:
        global _depth
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


_PAUSED = _Paused()


def paused() -> _Paused:
    """No cyclic collection inside the block (if it was on, it is on again after the last
    block of any thread ends)."""
    return _PAUSED


def paused_iter(items):
    """The items of an iterator, each one made with the collector paused (and not while the
    caller holds it: a server sending it to a slow client)."""
    items = iter(items)
    try:
        while True:
            with paused():
                try:
                    item = next(items)
                except StopIteration:
                    return
            yield item
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()  # its own clean-up (a temporary file) when the caller stops early
