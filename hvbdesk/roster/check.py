"""Checking a roster against the rules, independently of the solver: every violation by rule,
person and day, and the objective. The solver's results are checked with this in the tests, and
the roster grid uses it to show violations as the manager edits."""

from __future__ import annotations

from dataclasses import dataclass

from hvbdesk.roster.problem import RosterProblem, free_minutes

# assignment: employee id -> {day: shift id}
Assignment = dict[str, dict[int, str]]


@dataclass(frozen=True)
class Violation:
    rule: str  # day_off | succession | max_shifts | max_minutes | min_minutes | max_consecutive |
    #            min_consecutive | min_days_off | max_weekends | max_in_a_row | locked | weekly_rest |
    #            unknown_shift
    employee: str
    day: int | None
    detail: str


def _runs(worked: list[bool], value: bool) -> list[tuple[int, int]]:
    """(start, length) of each run of `value`."""
    runs, start = [], None
    for day, w in enumerate(worked + [not value]):
        if w == value and start is None:
            start = day
        elif w != value and start is not None:
            runs.append((start, day - start))
            start = None
    return runs


def violations(problem: RosterProblem, assignment: Assignment) -> list[Violation]:
    minutes = {s.id: s.minutes for s in problem.shifts}
    forbidden = {s.id: s.forbidden_next for s in problem.shifts}
    found: list[Violation] = []
    for e in problem.staff:
        mine = assignment.get(e.id, {})
        worked = [day in mine for day in range(problem.days)]
        for day, shift in sorted(mine.items()):
            if shift not in minutes:
                found.append(Violation("unknown_shift", e.id, day, shift))
            if day in e.days_off:
                found.append(Violation("day_off", e.id, day, shift))
            following = mine.get(day + 1)
            if following is not None and following in forbidden.get(shift, ()):
                found.append(Violation("succession", e.id, day, f"{shift} then {following}"))
        for shift in minutes:
            count = sum(1 for s in mine.values() if s == shift)
            if count > e.max_shifts.get(shift, 0):
                found.append(Violation("max_shifts", e.id, None, f"{count} × {shift} > {e.max_shifts.get(shift, 0)}"))
        total = sum(minutes.get(s, 0) for s in mine.values())
        if total > e.max_minutes:
            found.append(Violation("max_minutes", e.id, None, f"{total} > {e.max_minutes}"))
        if total < e.min_minutes:
            found.append(Violation("min_minutes", e.id, None, f"{total} < {e.min_minutes}"))
        for start, length in _runs(worked, True):
            if length > e.max_consecutive:
                found.append(Violation("max_consecutive", e.id, start, f"{length} days in a row > {e.max_consecutive}"))
            touches_end = start == 0 or start + length == problem.days
            if length < e.min_consecutive and not touches_end:
                found.append(Violation("min_consecutive", e.id, start, f"{length} days in a row < {e.min_consecutive}"))
        for start, length in _runs(worked, False):
            touches_end = start == 0 or start + length == problem.days
            if length < e.min_days_off and not touches_end:
                found.append(Violation("min_days_off", e.id, start, f"{length} days off < {e.min_days_off}"))
        for shift, limit in problem.max_in_a_row.items():
            in_row = [mine.get(day) == shift for day in range(problem.days)]
            for start, length in _runs(in_row, True):
                if length > limit:
                    found.append(Violation("max_in_a_row", e.id, start, f"{length} × {shift} in a row > {limit}"))
        for (who, day), shift in problem.fixed.items():
            if who == e.id and mine.get(day) != shift:
                found.append(Violation("locked", e.id, day, f"locked to {shift or 'off'}"))
        if problem.weekly_rest_minutes is not None:
            found += _weekly_rest(problem, e.id, mine, worked)
        weekends = sum(1 for days in problem.weekends() if any(worked[d] for d in days))
        if weekends > e.max_weekends:
            found.append(Violation("max_weekends", e.id, None, f"{weekends} weekends > {e.max_weekends}"))
    return found


def objective(problem: RosterProblem, assignment: Assignment) -> int:
    total = 0
    for r in problem.on_requests:
        if assignment.get(r.employee, {}).get(r.day) != r.shift:
            total += r.weight
    for r in problem.off_requests:
        if assignment.get(r.employee, {}).get(r.day) == r.shift:
            total += r.weight
    for c in problem.cover:
        assigned = sum(1 for e in problem.staff if assignment.get(e.id, {}).get(c.day) == c.shift)
        total += max(0, c.requirement - assigned) * c.weight_under + max(0, assigned - c.requirement) * c.weight_over
    return total


def _weekly_rest(problem: RosterProblem, employee: str, mine: dict[int, str], worked: list[bool]) -> list[Violation]:
    shifts = {s.id: s for s in problem.shifts}
    rested = [
        not worked[d] and free_minutes(shifts.get(mine.get(d - 1)), shifts.get(mine.get(d + 1)))
        >= problem.weekly_rest_minutes
        for d in range(problem.days)
    ]
    found = []
    for d in range(max(1, problem.days - 6)):
        if not any(rested[d:d + 7]):
            found.append(Violation("weekly_rest", employee, d,
                                   f"no {problem.weekly_rest_minutes // 60} h rest in the 7 days from day {d}"))
    return found
