"""How precisely a date or a location is known: one type each, used everywhere.

Location precision follows UCDP GED ``where_prec`` (1 = exact place,
2 = within ~25 km of a named place, 3 = second-order unit (district),
4 = first-order unit (governorate), 5 = a named area of no admin unit,
6 = the country, 7 = international waters/air) and maps onto ACLED
``geo_precision`` (1 = town, 2 = near a town / a part of a region,
3 = a region / province).

>>> LocationPrecision.from_ucdp(3).name, LocationPrecision.COMMUNITY.acled
('DISTRICT', 1)
>>> DatePrecision.from_ucdp(2), DatePrecision.parse("month")
(<DatePrecision.WEEK: 'week'>, <DatePrecision.MONTH: 'month'>)
"""

from __future__ import annotations

import datetime as dt
from enum import Enum, IntEnum

__all__ = ["LocationPrecision", "DatePrecision", "RADIUS_M"]


class LocationPrecision(IntEnum):
    """Where an incident is known to have happened, finest first (UCDP codes)."""

    COMMUNITY = 1  # the village, town, city or neighbourhood itself
    NEAR = 2  # near a named place, on a road between two, or a part of a city
    DISTRICT = 3  # only the district (ADM2) or sub-district (ADM3)
    GOVERNORATE = 4  # only the governorate (ADM1)
    AREA = 5  # a named area that is no admin unit (a desert, a mountain range)
    COUNTRY = 6

    @classmethod
    def from_ucdp(cls, where_prec: int) -> "LocationPrecision":
        value = int(where_prec)
        if value == 7:
            return cls.COUNTRY
        return cls(min(max(value, 1), 6))

    @property
    def ucdp(self) -> int:
        return int(self)

    @property
    def acled(self) -> int:
        return {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3}[int(self)]

    @classmethod
    def from_acled(cls, geo_precision: int) -> "LocationPrecision":
        return {1: cls.COMMUNITY, 2: cls.NEAR, 3: cls.GOVERNORATE}[int(geo_precision)]


# A typical uncertainty radius for each precision, in metres, used when a
# geocoder has nothing better (a unit's own size is better when known).
RADIUS_M = {
    LocationPrecision.COMMUNITY: 2_000,
    LocationPrecision.NEAR: 10_000,
    LocationPrecision.DISTRICT: 30_000,
    LocationPrecision.GOVERNORATE: 80_000,
    LocationPrecision.AREA: 50_000,
    LocationPrecision.COUNTRY: 400_000,
}


class DatePrecision(str, Enum):
    """How precisely an incident's date is known (UCDP ``date_prec``, ACLED ``time_precision``)."""

    DAY = "day"
    WEEK = "week"  # within the stated week (UCDP 2, ACLED 2)
    MONTH = "month"  # within the stated month (UCDP 3-4, ACLED 3)
    YEAR = "year"  # within the year (UCDP 5)

    @classmethod
    def parse(cls, value: "str | DatePrecision") -> "DatePrecision":
        try:
            return cls(str(value.value if isinstance(value, cls) else value).strip().lower())
        except ValueError:
            raise ValueError(f"unknown date precision {value!r}; use day, week, month or year") from None

    @classmethod
    def from_ucdp(cls, date_prec: int) -> "DatePrecision":
        return {1: cls.DAY, 2: cls.WEEK, 3: cls.MONTH, 4: cls.MONTH, 5: cls.YEAR}[int(date_prec)]

    @classmethod
    def from_acled(cls, time_precision: int) -> "DatePrecision":
        return {1: cls.DAY, 2: cls.WEEK, 3: cls.MONTH}[int(time_precision)]

    @property
    def ucdp(self) -> int:
        return {"day": 1, "week": 2, "month": 3, "year": 5}[self.value]

    def interval(self, day: dt.date) -> tuple[dt.date, dt.date]:
        """The first and last day the date could mean.

        >>> DatePrecision.MONTH.interval(dt.date(2023, 2, 14))
        (datetime.date(2023, 2, 1), datetime.date(2023, 2, 28))
        """
        if self is DatePrecision.DAY:
            return day, day
        if self is DatePrecision.WEEK:
            start = day - dt.timedelta(days=day.weekday())
            return start, start + dt.timedelta(days=6)
        if self is DatePrecision.MONTH:
            start = day.replace(day=1)
            nxt = (start + dt.timedelta(days=32)).replace(day=1)
            return start, nxt - dt.timedelta(days=1)
        return day.replace(month=1, day=1), day.replace(month=12, day=31)
