"""Report periods: a month, a quarter, a year, or any first..last (inclusive)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def month(year_: int, number: int) -> Period:
    return Period(dt.date(year_, number, 1), dt.date(year_, number, calendar.monthrange(year_, number)[1]))


def quarter(year_: int, number: int) -> Period:
    first = month(year_, 3 * number - 2).first
    return Period(first, month(year_, 3 * number).last)


def year(year_: int) -> Period:
    return Period(dt.date(year_, 1, 1), dt.date(year_, 12, 31))
