"""The reference data a report counts with, over time: who was a member, their population, the fees and
the budget in force on any day. Built from one read of the stored history; pure, so tests give it
hand-made histories."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from hvbdesk.domain.consent import add_years

FIRST_YEAR_FEE_KEYS = {True: "fees.day_fee_member_first_year", False: "fees.day_fee_non_member_first_year"}
FEE_KEYS = {True: "fees.day_fee_member", False: "fees.day_fee_non_member"}
BUDGET_KEY = "budget.annual"


@dataclass(frozen=True)
class Dated:
    """A value in force over [valid_from, valid_to] (inclusive; open end)."""

    valid_from: dt.date
    valid_to: dt.date | None
    value: int

    def covers(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass
class ReferenceHistory:
    names: dict[str, str]  # code → name
    memberships: dict[str, list[tuple[dt.date, dt.date | None]]]  # code → periods
    populations: dict[str, list[tuple[dt.date, int]]]  # code → (valid_from, population), in order
    settings: dict[str, list[Dated]]  # key → rows in order of valid_from
    operation_start: dt.date
    defaults: dict[str, int] = field(default_factory=dict)  # a setting with no row in force

    def is_member(self, code: str, day: dt.date) -> bool:
        return any(start <= day and (end is None or day <= end) for start, end in self.memberships.get(code, ()))

    def members_on(self, day: dt.date) -> list[str]:
        return sorted(code for code in self.memberships if self.is_member(code, day))

    def population_on(self, code: str, day: dt.date) -> int | None:
        rows = self.populations.get(code, [])
        i = bisect.bisect_right([r[0] for r in rows], day)
        return rows[i - 1][1] if i else None

    def setting_on(self, key: str, day: dt.date) -> int:
        for row in reversed(self.settings.get(key, [])):
            if row.covers(day):
                return row.value
        return self.defaults[key]

    def in_first_year(self, day: dt.date) -> bool:
        return self.operation_start <= day < add_years(self.operation_start, 1)

    def fee(self, member: bool, day: dt.date) -> int:
        """The day fee in force on `day` for a member or a non-member (the first year's in the first year)."""
        key = FIRST_YEAR_FEE_KEYS[member] if self.in_first_year(day) else FEE_KEYS[member]
        return self.setting_on(key, day)

    def day_fee(self, code: str, day: dt.date) -> int:
        return self.fee(self.is_member(code, day), day)

    def budget_on(self, day: dt.date) -> int:
        return self.setting_on(BUDGET_KEY, day)
