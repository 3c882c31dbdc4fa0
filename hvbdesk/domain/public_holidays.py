"""Sweden's public holidays, from the `holidays` package.

Its first use imports every country's table (~300 modules, 0.15 s): the app makes that first use while the
user types at the login dialog (`load`), so that the roster page's first visit does not wait for it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import holidays


def swedish(years: Iterable[int], *, language: str | None = None) -> holidays.HolidayBase:
    """The public holidays of the given years; a date is `in` it, and its name is `get(date)`."""
    return holidays.country_holidays("SE", years=sorted(set(years)), language=language)


def load() -> None:
    swedish([dt.date.today().year])
