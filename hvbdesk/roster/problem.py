"""A shift-scheduling problem in the terms of the Curtois–Qu benchmark, which also carry the home's
rules: the home's working-time rules are turned into these (forbidden successions from daily rest,
minute limits from FTE, runs of days, weekends), so one model core serves both."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ShiftType:
    id: str
    minutes: int
    forbidden_next: frozenset[str] = frozenset()  # shifts that may not be worked the next day
    start: int | None = None  # minutes after midnight; the home's shifts have times, the benchmark's do not
    end: int | None = None  # minutes after the start day's midnight (past 1440 when it ends the next day)


@dataclass(frozen=True)
class Employee:
    id: str
    max_shifts: dict[str, int]  # per shift type; a type not listed may not be worked
    max_minutes: int
    min_minutes: int
    max_consecutive: int
    min_consecutive: int
    min_days_off: int
    max_weekends: int
    days_off: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Request:
    employee: str
    day: int
    shift: str
    weight: int


@dataclass(frozen=True)
class Cover:
    day: int
    shift: str
    requirement: int
    weight_under: int
    weight_over: int


@dataclass(frozen=True)
class RosterProblem:
    days: int
    shifts: list[ShiftType]
    staff: list[Employee]
    on_requests: list[Request] = field(default_factory=list)
    off_requests: list[Request] = field(default_factory=list)
    cover: list[Cover] = field(default_factory=list)
    first_weekday: int = 0  # 0 = Monday
    # Rules the home adds to the benchmark's (None: not used):
    weekly_rest_minutes: int | None = None  # a free stretch at least this long in every 7 days
    max_in_a_row: dict[str, int] = field(default_factory=dict)  # e.g. {"N": 3}: nights in a row
    fixed: dict[tuple[str, int], str | None] = field(default_factory=dict)  # locked cells (None: locked off)

    def weekends(self) -> list[list[int]]:
        """Day indexes of each Saturday–Sunday pair that falls (at least partly) in the horizon."""
        out = []
        for day in range(self.days):
            weekday = (self.first_weekday + day) % 7
            if weekday == 5 or (weekday == 6 and day == 0):
                out.append([d for d in (day, day + 1) if d < self.days])
        return out


def free_minutes(before: ShiftType | None, after: ShiftType | None) -> int:
    """Minutes free around one whole day off D, on D's clock: from the end of the shift on D-1 to the
    start of the shift on D+1. With no shift on D-1, the day before is free too (from -1440); with no
    shift on D+1, the stretch runs at least to the midnight after D+1."""
    free_from = -1440 if before is None else before.end - 1440
    free_to = 2 * 1440 if after is None else 1440 + after.start
    return free_to - free_from
