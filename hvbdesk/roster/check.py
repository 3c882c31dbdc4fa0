"""Checking a roster against the rules, independently of the solver: every violation by rule,
person and day, and the objective. The solver's results are checked with this in the tests, and
the roster grid uses it to show violations as the manager edits."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace

from hvbdesk.roster.problem import CONTEXT_DAYS, Employee, RosterProblem, rest_inside, rest_serves

# assignment: employee id -> {day: shift id}
Assignment = dict[str, dict[int, str]]


@dataclass(frozen=True)
class Violation:
    rule: str  # day_off | succession | max_shifts | max_minutes | min_minutes | max_consecutive |
    #            min_consecutive | min_days_off | max_weekends | weekend_edge | max_in_a_row | locked | weekly_rest |
    #            unknown_shift | role
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
    found: list[Violation] = []
    for e in problem.staff:
        mine = assignment.get(e.id, {})
        found += _day_and_count_rules(problem, e, mine)
        found += [
            Violation("weekend_edge", e.id, days[0], "next to a weekend worked just outside the roster")
            for days in problem.weekends_off_at_edges(e.id)
            if any(d in mine for d in days)
        ]
        if problem.weekly_rest_minutes is not None:
            weekly = _weekly_rest(problem, e.id, mine)
            if problem.cyclic and problem.before is not None:  # the first cycle after the week before
                said = {v.day for v in weekly}
                weekly += [v for v in _weekly_rest(problem, e.id, mine, first_cycle=True) if v.day not in said]
            found += weekly
        if not problem.cyclic:
            found += _sequence_rules_at_edges(problem, e, mine)
            continue
        # A base schedule repeats: check three laps and keep what starts in the middle one, so that a
        # run or a rest across the seam is seen whole.
        n = problem.days
        laps = replace(problem, days=3 * n, cyclic=False)
        mine3 = {d + lap * n: s for d, s in mine.items() for lap in range(3)}
        if len(mine) == n and n > e.max_consecutive:
            found.append(Violation("max_consecutive", e.id, 0, f"every day worked > {e.max_consecutive}"))
        repeated = [
            replace(v, day=v.day - n)
            for v in _sequence_rules(laps, e, mine3)
            if v.day is not None and n <= v.day < 2 * n
        ]
        found += repeated
        if problem.before is not None:  # the first cycle against the week before the schedule starts
            seen = {(v.rule, v.day) for v in repeated}
            first = replace(problem, cyclic=False, after=None)
            found += [v for v in _sequence_rules_at_edges(first, e, mine) if (v.rule, v.day) not in seen]
    return found


def _sequence_rules_at_edges(problem: RosterProblem, e: Employee, mine: dict[int, str]) -> list[Violation]:
    """The sequence rules over the horizon and the days worked just outside it (continuity with the periods
    before and after): a run or a succession that reaches into the horizon is reported on its first day
    inside it."""
    before = CONTEXT_DAYS if problem.before is not None else 0
    after = CONTEXT_DAYS if problem.after is not None else 0
    if not before and not after:
        return _sequence_rules(problem, e, mine)
    known = dict(mine)
    for day in [*range(-before, 0), *range(problem.days, problem.days + after)]:
        _, shift = problem.outside(e.id, day)
        if shift is not None:
            known[day] = shift
    wide = replace(problem, days=problem.days + before + after)
    found = []
    for v, end in _sequence_rules(wide, e, {d + before: s for d, s in known.items()}, with_ends=True):
        first, last = v.day - before, end - before  # type: ignore[operator]
        if last >= 0 and first < problem.days:
            found.append(replace(v, day=min(max(first, 0), problem.days - 1)))
    return found


def _day_and_count_rules(problem: RosterProblem, e: Employee, mine: dict[int, str]) -> list[Violation]:
    minutes = {s.id: s.minutes for s in problem.shifts}
    found = []
    for day, shift in sorted(mine.items()):
        if shift not in minutes:
            found.append(Violation("unknown_shift", e.id, day, shift))
        elif e.max_shifts.get(shift, 0) == 0:
            found.append(Violation("role", e.id, day, shift))
        if day in e.days_off:
            found.append(Violation("day_off", e.id, day, shift))
    for shift in minutes:
        count = sum(1 for s in mine.values() if s == shift)
        if 0 < e.max_shifts.get(shift, 0) < count:
            found.append(Violation("max_shifts", e.id, None, f"{count} × {shift} > {e.max_shifts.get(shift, 0)}"))
    total = sum(minutes.get(s, 0) for s in mine.values())
    if total > e.max_minutes:
        found.append(Violation("max_minutes", e.id, None, f"{total} > {e.max_minutes}"))
    if total < e.min_minutes:
        found.append(Violation("min_minutes", e.id, None, f"{total} < {e.min_minutes}"))
    for (who, day), locked in sorted(problem.fixed.items(), key=lambda item: item[0][1]):
        if who == e.id and mine.get(day) != locked:
            found.append(Violation("locked", e.id, day, f"locked to {locked or 'off'}"))
    worked = [day in mine for day in range(problem.days)]
    weekends = sum(1 for days in problem.weekends() if any(worked[d] for d in days))
    if weekends > e.max_weekends:
        found.append(Violation("max_weekends", e.id, None, f"{weekends} weekends > {e.max_weekends}"))
    return found


def _sequence_rules(problem: RosterProblem, e: Employee, mine: dict[int, str], with_ends: bool = False) -> list:
    """Successions, runs of days and of one shift. `with_ends`: (violation, last day it concerns) pairs."""
    forbidden = {s.id: s.forbidden_next for s in problem.shifts}
    found: list[tuple[Violation, int]] = []
    worked = [day in mine for day in range(problem.days)]
    for day, shift in sorted(mine.items()):
        following = mine.get(day + 1)
        if following is not None and following in forbidden.get(shift, ()):
            found.append((Violation("succession", e.id, day, f"{shift} then {following}"), day + 1))
    for start, length in _runs(worked, True):
        if length > e.max_consecutive:
            found.append(
                (
                    Violation("max_consecutive", e.id, start, f"{length} days in a row > {e.max_consecutive}"),
                    start + length - 1,
                )
            )
        touches_end = start == 0 or start + length == problem.days
        if length < e.min_consecutive and not touches_end:
            found.append(
                (
                    Violation("min_consecutive", e.id, start, f"{length} days in a row < {e.min_consecutive}"),
                    start + length - 1,
                )
            )
    for start, length in _runs(worked, False):
        touches_end = start == 0 or start + length == problem.days
        if length < e.min_days_off and not touches_end:
            found.append(
                (Violation("min_days_off", e.id, start, f"{length} days off < {e.min_days_off}"), start + length - 1)
            )
    for shift, limit in problem.max_in_a_row.items():
        in_row = [mine.get(day) == shift for day in range(problem.days)]
        for start, length in _runs(in_row, True):
            if length > limit:
                found.append(
                    (
                        Violation("max_in_a_row", e.id, start, f"{length} × {shift} in a row > {limit}"),
                        start + length - 1,
                    )
                )
    return found if with_ends else [v for v, _ in found]


def objective(problem: RosterProblem, assignment: Assignment) -> int:
    total = 0
    for r in problem.on_requests:
        if assignment.get(r.employee, {}).get(r.day) != r.shift:
            total += r.weight
    for r in problem.off_requests:
        if assignment.get(r.employee, {}).get(r.day) == r.shift:
            total += r.weight
    worked = Counter((day, shift) for e in problem.staff for day, shift in assignment.get(e.id, {}).items())
    for c in problem.cover:
        assigned = worked[c.day, c.shift]
        total += max(0, c.requirement - assigned) * c.weight_under + max(0, assigned - c.requirement) * c.weight_over
        if c.weight_over:
            total += problem.crowding_weight * max(0, assigned - c.requirement - 1)
    return total + soft_goals(problem, assignment)


def soft_goals(problem: RosterProblem, assignment: Assignment) -> int:
    """The home's soft goals, as the solver counts them: hours short of target, uneven spread."""
    minutes = {s.id: s.minutes for s in problem.shifts}
    total = 0
    if problem.under_target_weight:
        for e in problem.staff:
            if e.target_minutes is not None:
                worked = sum(minutes.get(s, 0) for s in assignment.get(e.id, {}).values())
                total += problem.under_target_weight * -(-max(0, e.target_minutes - worked) // 60)
    if problem.fair_weight:
        for counts in fair_counts(problem, assignment).values():
            if counts:
                total += problem.fair_weight * (max(counts.values()) - min(counts.values()))
    return total


def fair_counts(problem: RosterProblem, assignment: Assignment) -> dict[str, dict[str, int]]:
    """Per fair shift kind (and 'weekend'): each person's count, scaled by their hours."""
    out: dict[str, dict[str, int]] = {}
    for kind, group in problem.fair_groups().items():
        counts = {}
        for e in group:
            mine = assignment.get(e.id, {})
            if kind == "weekend":
                count = sum(1 for days in problem.weekends() if any(d in mine for d in days))
            else:
                count = sum(1 for s in mine.values() if s == kind)
            counts[e.id] = problem.fair_scale(e) * count
        out[kind] = counts
    return out


def _weekly_rest(
    problem: RosterProblem, employee: str, mine: dict[int, str], *, first_cycle: bool = False
) -> list[Violation]:
    """Each fixed 7-day period needs the weekly rest inside it, or twice that across one of its boundaries
    (Arbetstidslagen 14 § as read for shift work). Shifts just outside the horizon are counted when known;
    where nothing is known a rest counts only up to the horizon's edge. A base schedule is read as repeating,
    or with `first_cycle` as its first cycle after the week before it starts. The detail is the longest rest
    inside, in minutes, for the sentence that names the week."""
    needed = problem.weekly_rest_minutes
    if needed is None:
        return []
    shifts = {s.id: s for s in problem.shifts}
    n = problem.days
    periods = problem.periods()
    if first_cycle:
        worked = {d + lap * n: s for d, s in mine.items() for lap in (0, 1)}
        worked.update({d: s for d in range(-CONTEXT_DAYS, 0) if (s := problem.outside(employee, d)[1]) is not None})
        periods = problem.first_cycle_periods()
    elif problem.cyclic:
        worked = {d + lap * n: s for d, s in mine.items() for lap in (-1, 0, 1)}
    else:
        worked = dict(mine)
        for day in [*range(-CONTEXT_DAYS, 0), *range(n, n + CONTEXT_DAYS)]:
            _, shift = problem.outside(employee, day)
            if shift is not None:
                worked[day] = shift
    busy = sorted(
        (d * 1440 + shifts[s].start, d * 1440 + shifts[s].end)  # type: ignore[operator]
        for d, s in worked.items()
        if s in shifts and shifts[s].start is not None and shifts[s].end is not None
    )
    # Where nothing is known outside the horizon, a rest is counted only up to its edge: an unknown week
    # before is not a rest that could serve the first period.
    low = 0 if problem.before is None and not problem.cyclic else -math.inf
    high = n * 1440 if problem.after is None and not problem.cyclic else math.inf
    edges = [low] + [x for span in busy for x in span] + [high]
    free = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2) if edges[i + 1] > edges[i]]
    found = []
    for start, end in periods:
        if any(rest_serves(a, b, start, end, needed) for a, b in free):
            continue
        longest = max((rest_inside(a, b, start, end) for a, b in free), default=0.0)
        day = (start // 1440) % n if problem.cyclic else max(0, start // 1440)
        found.append(Violation("weekly_rest", employee, day, str(int(longest))))
    return found
