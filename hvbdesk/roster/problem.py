"""A shift-scheduling problem in the terms of the Curtois–Qu benchmark, which also carry the home's
rules: the home's working-time rules are turned into these (forbidden successions from daily rest,
minute limits from FTE, runs of days, weekends), so one model core serves both."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

CONTEXT_DAYS = 7  # how far before and after a roster the shifts worked are read


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
    target_minutes: int | None = None  # the hours the home aims at (None: no target, e.g. temporary staff)


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
    weekly_rest_minutes: int | None = None  # a free stretch this long inside each fixed 7-day period
    # Where the fixed periods start: minutes after Monday 00:00 (Arbetstidslagen 14 §: a fixed division;
    # a rest across a boundary of at least twice the minimum serves both periods).
    week_start_minute: int = 0
    max_in_a_row: dict[str, int] = field(default_factory=dict)  # e.g. {"N": 3}: nights in a row
    weekends_every: int = 0  # a weekend worked just outside the horizon frees the next N-1 (0: not used)
    fixed: dict[tuple[str, int], str | None] = field(default_factory=dict)  # locked cells (None: locked off)
    cyclic: bool = False  # a base schedule: the day after the last is the first again
    # Soft goals the home adds (0: not used):
    under_target_weight: int = 0  # per hour a person's roster falls short of their target_minutes
    fair_shifts: tuple[str, ...] = ()  # spread these (and weekends) evenly, in proportion to each one's hours
    fair_weight: int = 0
    # Per person beyond the first over a wished number: surplus hours spread over shifts and days
    # instead of piling up on one (four awake nights on a Monday).
    crowding_weight: int = 0
    # What is worked just outside the horizon (continuity with the periods before and after): staff id ->
    # {day: shift} for days -CONTEXT_DAYS..-1 and days..days+CONTEXT_DAYS-1, a day not listed being off.
    # None: nothing is known there, and a day outside counts as off.
    before: dict[str, dict[int, str]] | None = None
    after: dict[str, dict[int, str]] | None = None

    def outside(self, employee: str, day: int) -> tuple[bool, str | None]:
        """(known, shift) of a day outside the horizon: known from the context, else (False, None)."""
        side = self.before if day < 0 else self.after
        if side is None:
            return False, None
        return True, side.get(employee, {}).get(day)

    def periods(self) -> list[tuple[int, int]]:
        """The fixed weekly-rest periods that overlap the horizon, as [start, end) in minutes from day 0's
        midnight (on a base schedule, those of one cycle)."""
        week = 7 * 1440
        offset = (self.week_start_minute - self.first_weekday * 1440) % week
        start = offset - week if offset else 0
        if self.cyclic:  # the periods tile one cycle; the search and the check see the seam whole
            return [(start + j * week, start + (j + 1) * week) for j in range(max(1, self.days // 7))]
        return [(t, t + week) for t in range(start, self.days * 1440, week)]

    def first_cycle_periods(self) -> list[tuple[int, int]]:
        """The periods at a base schedule's start whose rest may reach into the week before it: a later one
        is served by the same rests whether the days before the start are that week or the cycle's end."""
        return [(a, b) for a, b in replace(self, cyclic=False).periods() if a < 3 * 1440]

    def weekends_off_at_edges(self, employee: str) -> list[list[int]]:
        """The weekends inside the horizon that must be off because the weekend just outside it was worked
        (at most one weekend in every `weekends_every`, read across the edges to the known weeks). A base
        schedule's first cycle is read against the week before it starts; its repeats against itself."""
        if self.weekends_every < 2:
            return []
        inside = self.weekends()
        out: list[list[int]] = []
        for side, days, near in (
            (self.before, range(-CONTEXT_DAYS, 0), inside[: self.weekends_every - 1]),
            (
                None if self.cyclic else self.after,
                range(self.days, self.days + CONTEXT_DAYS),
                inside[len(inside) - self.weekends_every + 1 :],
            ),
        ):
            if side is None:
                continue
            worked = any(
                (self.first_weekday + d) % 7 in (5, 6) and side.get(employee, {}).get(d) is not None for d in days
            )
            if worked:
                out += [w for w in near if w not in out]
        return out

    def successions(self) -> list[tuple[list[str], list[str]]]:
        """(shifts, the shifts that may not follow any of them), grouping shifts that forbid the same ones:
        one constraint per group is exact, as a person works at most one shift a day."""
        known = {s.id for s in self.shifts}
        groups: dict[frozenset[str], list[str]] = {}
        for s in self.shifts:
            followers = frozenset(s.forbidden_next & known)
            if followers:
                groups.setdefault(followers, []).append(s.id)
        return [(ends, sorted(followers)) for followers, ends in groups.items()]

    def next_day(self, day: int) -> int | None:
        """The day after `day` inside the horizon (wrapping on a base schedule), or None."""
        if day + 1 < self.days:
            return day + 1
        return 0 if self.cyclic else None

    def fair_groups(self) -> dict[str, list[Employee]]:
        """Who each fair shift kind (and 'weekend') is spread among: people with hours to aim at who
        may take the shift. Someone away the whole period (a target of 0) is left out."""
        aimed = [e for e in self.staff if e.target_minutes]
        groups = {shift: [e for e in aimed if e.max_shifts.get(shift, 0) > 0] for shift in self.fair_shifts}
        if self.fair_shifts:
            groups["weekend"] = [e for e in aimed if any(e.max_shifts.get(s, 0) for s in self.fair_shifts)]
        return groups

    def fair_scale(self, employee: Employee) -> int:
        """Weight of one shift of a kind for `employee`: about 10 for the fullest, more for part-timers,
        so that 'even' means in proportion to hours."""
        hours = lambda e: e.max_minutes if e.target_minutes is None else e.target_minutes  # noqa: E731
        most = max(hours(e) for e in self.staff)
        return max(1, round(10 * most / max(1, hours(employee))))

    def weekends(self) -> list[list[int]]:
        """Day indexes of each Saturday–Sunday pair that falls (at least partly) in the horizon."""
        out = []
        for day in range(self.days):
            weekday = (self.first_weekday + day) % 7
            if weekday == 5 or (weekday == 6 and day == 0):
                out.append([d for d in (day, day + 1) if d < self.days])
        return out


def rest_inside(free_from: float, free_to: float, start: int, end: int) -> float:
    """Minutes of the free stretch [free_from, free_to) that lie inside the period [start, end)."""
    return max(0.0, min(free_to, end) - max(free_from, start))


def rest_serves(free_from: float, free_to: float, start: int, end: int, needed: int) -> bool:
    """Whether a free stretch gives the period its weekly rest: `needed` minutes inside it, or twice that
    across one of its boundaries (such a rest serves the periods on both sides)."""
    if rest_inside(free_from, free_to, start, end) >= needed:
        return True
    return free_to - free_from >= 2 * needed and any(free_from < t < free_to for t in (start, end))


def free_minutes(before: ShiftType | None, after: ShiftType | None) -> int:
    """Minutes free around one whole day off D, on D's clock: from the end of the shift on D-1 to the
    start of the shift on D+1. With no shift on D-1, the day before is free too (from -1440); with no
    shift on D+1, the stretch runs at least to the midnight after D+1."""
    free_from = -1440 if before is None or before.end is None else before.end - 1440
    free_to = 2 * 1440 if after is None or after.start is None else 1440 + after.start
    return free_to - free_from
