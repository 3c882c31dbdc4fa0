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

    def weekends(self) -> list[list[int]]:
        """Day indexes of each Saturday–Sunday pair that falls (at least partly) in the horizon."""
        out = []
        for day in range(self.days):
            weekday = (self.first_weekday + day) % 7
            if weekday == 5 or (weekday == 6 and day == 0):
                out.append([d for d in (day, day + 1) if d < self.days])
        return out
