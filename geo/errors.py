"""The project's error types.

Every error that bad input or missing data can cause is a :class:`UserError`:
its message names what was wrong (file, line, field) and what to do. The
command line and the HTTP API show these messages as they are; anything else
is a bug.
"""

from __future__ import annotations

__all__ = ["UserError", "InputError", "DataError"]


class UserError(Exception):
    """An error whose message is meant for the person who caused it."""


class InputError(UserError, ValueError):
    """Bad input: a malformed file, a value out of range, an unknown name.

    >>> str(InputError("date is in the future", source="a.csv", line=3, field="date"))
    'a.csv, line 3, field date: date is in the future'
    """

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 field: str | None = None):
        self.message = message
        self.source = source
        self.line = line
        self.field = field
        where = ", ".join(p for p in (
            source,
            f"line {line}" if line is not None else None,
            f"field {field}" if field else None,
        ) if p)
        super().__init__(f"{where}: {message}" if where else message)


class DataError(UserError, RuntimeError):
    """Reference data is missing or damaged. The message says what to do."""
