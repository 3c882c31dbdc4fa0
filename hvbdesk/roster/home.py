"""The home's roster set-up, turned into the model core's terms.

Defaults from the issue and the Working Hours Act (Arbetstidslagen 1982:673): 11 hours' rest in
every 24, 36 hours' rest in every 7 days, ordinary hours on average at most a full-time week times
the FTE over the period. Shifts (Dag, Kväll, Natt, Kontor), demand and limits are data.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from hvbdesk.domain import public_holidays
from hvbdesk.domain.settings import FromSettings
from hvbdesk.roster.problem import CONTEXT_DAYS, Cover, Employee, Request, RosterProblem, ShiftType


@dataclass(frozen=True)
class ShiftDef:
    code: str
    name: str
    start: dt.time
    end: dt.time
    break_minutes: int
    roles: frozenset[str]

    @property
    def span(self) -> tuple[int, int]:
        start = self.start.hour * 60 + self.start.minute
        end = self.end.hour * 60 + self.end.minute
        return start, end if end > start else end + 1440

    @property
    def paid_minutes(self) -> int:
        start, end = self.span
        return end - start - self.break_minutes


@dataclass(frozen=True)
class Demand:
    """Minimum and wished number on a shift, per weekday (0 = Monday) and on public holidays."""

    shift: str
    minimum: tuple[int, ...]  # seven values
    wished: tuple[int, ...]
    holiday_minimum: int
    holiday_wished: int


OFFICE_ROLES = frozenset({"manager", "treatment_lead", "coordinator", "physician", "psychologist", "nurse"})
DEFAULT_SHIFTS = (
    ShiftDef("D", "Dag", dt.time(7), dt.time(15, 30), 30, frozenset({"treatment_assistant"})),
    ShiftDef("K", "Kväll", dt.time(14), dt.time(22), 30, frozenset({"treatment_assistant"})),
    ShiftDef("N", "Natt", dt.time(21, 30), dt.time(7, 30), 0, frozenset({"treatment_assistant"})),
    ShiftDef("O", "Kontor", dt.time(8), dt.time(16, 30), 30, OFFICE_ROLES),
)
DEFAULT_DEMAND = (
    Demand("D", (2,) * 7, (2,) * 7, 2, 2),
    Demand("K", (2,) * 7, (2,) * 7, 2, 2),
    Demand("N", (1,) * 7, (1,) * 7, 1, 1),
)


@dataclass(frozen=True)
class RosterWeights(FromSettings):
    """How much each soft goal weighs in the objective, each a setting (roster.weight_*)."""

    under_minimum: int  # an uncovered minimum weighs far more than anything else
    under_wished: int
    over_wished: int
    wish: int
    fairness: int  # per step of uneven spread (one night for a full-timer is 10 steps)
    under_target_hour: int


RosterWeights.SETTING_KEYS = {
    name: f"roster.weight_{name}"
    for name in ("under_minimum", "under_wished", "over_wished", "wish", "fairness", "under_target_hour")
}


CROWDING = 4  # a second person over the wished number on one shift costs 1 + 4 times the first


@dataclass(frozen=True)
class RosterRules(FromSettings):
    """The working-time rules, each a setting (domain/settings.py declares its default)."""

    daily_rest_hours: int
    weekly_rest_hours: int
    full_time_week_hours: float
    max_consecutive_days: int
    max_nights_in_a_row: int
    weekends_every: int  # at most every N:th weekend
    week_start_hour: int  # the fixed weekly-rest periods start this many hours after Monday 00:00


ROSTER_RULE_KEYS = {
    "daily_rest_hours": "roster.daily_rest_hours",
    "weekly_rest_hours": "roster.weekly_rest_hours",
    "full_time_week_hours": "roster.full_time_week_hours",
    "max_consecutive_days": "roster.max_consecutive_days",
    "max_nights_in_a_row": "roster.max_nights_in_a_row",
    "weekends_every": "roster.weekends_every",
    "week_start_hour": "roster.week_start_hour",
}
RosterRules.SETTING_KEYS = ROSTER_RULE_KEYS


@dataclass(frozen=True)
class RosterStaff:
    id: str
    name: str
    role: str
    fte_percent: int | None  # None: temporary staff, called in for what is left
    weekdays_only: bool
    absences: frozenset[dt.date] = frozenset()

    @property
    def temporary(self) -> bool:
        return self.fte_percent is None


@dataclass(frozen=True)
class Wish:
    staff_id: str
    day: dt.date
    shift: str | None  # None: a day off
    want: bool  # True: wants it, False: wants to avoid it
    weight: int | None = None  # None: the wish weight from the settings


@dataclass(frozen=True)
class HomeRoster:
    problem: RosterProblem
    dates: list[dt.date]
    shifts: dict[str, ShiftDef]
    staff: dict[str, RosterStaff]
    minimum: dict[tuple[int, str], int]
    wished: dict[tuple[int, str], int]
    holidays: list[bool]
    rules: RosterRules


def forbidden_successions(shifts: tuple[ShiftDef, ...], rest_hours: int) -> dict[str, frozenset[str]]:
    """t may not follow s on the next day when the rest between them is under `rest_hours`."""
    out = {}
    for s in shifts:
        _, s_end = s.span
        out[s.code] = frozenset(t.code for t in shifts if 1440 + t.span[0] - s_end < rest_hours * 60)
    return out


def build(
    start: dt.date,
    weeks: int,
    staff: list[RosterStaff],
    *,
    shifts: tuple[ShiftDef, ...] = DEFAULT_SHIFTS,
    demand: tuple[Demand, ...] = DEFAULT_DEMAND,
    rules: RosterRules | None = None,
    weights: RosterWeights | None = None,
    wishes: Sequence[Wish] = (),
    locked: Mapping[tuple[str, dt.date], str | None] | None = None,
    base: bool = False,
    before: Mapping[str, Mapping[dt.date, str]] | None = None,
    after: Mapping[str, Mapping[dt.date, str]] | None = None,
) -> HomeRoster:
    """The model for `weeks` weeks from `start`. `base`: a base schedule, which repeats (the day after
    the last is the first) and knows no public holidays. Temporary staff (no FTE) get no target.
    `before` / `after`: who works what in the week before the first day and after the last (saved, or
    from the base schedule); every rule is then applied across both edges. None: nothing is known."""
    rules = rules or RosterRules.defaults()
    weights = weights or RosterWeights.defaults()
    days = weeks * 7
    dates = [start + dt.timedelta(days=i) for i in range(days)]
    if base:
        is_holiday = [False] * days
    else:
        public = public_holidays.swedish(d.year for d in dates)
        is_holiday = [d in public and d.weekday() != 6 for d in dates]  # Sundays are weekends already
    forbidden = forbidden_successions(shifts, rules.daily_rest_hours)
    shift_types = [ShiftType(s.code, s.paid_minutes, forbidden[s.code], *s.span) for s in shifts]
    full_time = rules.full_time_week_hours * 60 * weeks
    employees = []
    for member in staff:
        allowed = {s.code: days for s in shifts if member.role in s.roles}
        off = {
            i
            for i, d in enumerate(dates)
            if d in member.absences or (member.weekdays_only and (d.weekday() >= 5 or is_holiday[i]))
        }
        absent = sum(1 for d in dates if d in member.absences)
        if member.fte_percent is None:  # temporary staff
            max_minutes, target = int(full_time), None
        else:  # an absence lowers the hours to work in proportion
            max_minutes = target = int(full_time * member.fte_percent / 100 * (days - absent) / days)
        employees.append(
            Employee(
                member.id,
                allowed,
                max_minutes,
                0,
                rules.max_consecutive_days,
                1,
                1,
                math.ceil(weeks / rules.weekends_every),
                frozenset(off),
                target,
            )
        )
    covers, minimum, wished_by = [], {}, {}
    by_shift = {d.shift: d for d in demand}
    for i, day in enumerate(dates):
        for s in shifts:
            d = by_shift.get(s.code)
            if d is None:
                continue
            low = d.holiday_minimum if is_holiday[i] else d.minimum[day.weekday()]
            wished = d.holiday_wished if is_holiday[i] else d.wished[day.weekday()]
            minimum[i, s.code], wished_by[i, s.code] = low, wished
            if low:
                covers.append(Cover(i, s.code, low, weights.under_minimum, 0))
            if wished > low:
                covers.append(Cover(i, s.code, wished, weights.under_wished, weights.over_wished))
            elif wished:
                covers.append(Cover(i, s.code, wished, 0, weights.over_wished))
    index = {d: i for i, d in enumerate(dates)}
    on: list[Request] = []
    off_requests: list[Request] = []
    for w in wishes:
        if w.day not in index:
            continue
        targets = [w.shift] if w.shift else [s.code for s in shifts]
        weight = weights.wish if w.weight is None else w.weight
        for code in targets:
            (on if w.want and w.shift else off_requests).append(Request(w.staff_id, index[w.day], code, weight))
    fixed = {(who, index[day]): shift for (who, day), shift in (locked or {}).items() if day in index}
    round_clock = tuple(s.code for s in shifts if s.code in by_shift and s.span[1] > 17 * 60)
    problem = RosterProblem(
        days,
        shift_types,
        employees,
        on,
        off_requests,
        covers,
        start.weekday(),
        weekly_rest_minutes=rules.weekly_rest_hours * 60,
        week_start_minute=rules.week_start_hour * 60,
        max_in_a_row=_night_limits(shifts, rules),
        weekends_every=rules.weekends_every,
        fixed=fixed,
        cyclic=base,
        before=_context(before, dates[0], -1),
        after=_context(after, dates[-1], days),
        under_target_weight=weights.under_target_hour,
        fair_shifts=round_clock,
        fair_weight=weights.fairness,
        crowding_weight=CROWDING * weights.over_wished,
    )
    return HomeRoster(
        problem, dates, {s.code: s for s in shifts}, {m.id: m for m in staff}, minimum, wished_by, is_holiday, rules
    )


def _context(
    known: Mapping[str, Mapping[dt.date, str]] | None, edge: dt.date, index_of_edge: int
) -> dict[str, dict[int, str]] | None:
    """Shifts by date outside the horizon as shifts by day index (negative before it, past it after)."""
    if known is None:
        return None
    step = -1 if index_of_edge < 0 else 1
    out: dict[str, dict[int, str]] = {}
    for who, by_date in known.items():
        for day, shift in by_date.items():
            offset = (day - edge).days
            if offset * step > 0 and abs(offset) <= CONTEXT_DAYS:
                out.setdefault(who, {})[index_of_edge + offset - step] = shift
    return out


def _night_limits(shifts: tuple[ShiftDef, ...], rules: RosterRules) -> dict[str, int]:
    """A night shift is one that runs past midnight; nights in a row are limited."""
    return {s.code: rules.max_nights_in_a_row for s in shifts if s.span[1] > 1440}
