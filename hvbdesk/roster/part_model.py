"""The CP-SAT model of one part of a larger roster: some people over a stretch of days, with everyone
else's shifts, and these people's shifts outside the stretch, held as they are.

Only the free cells get variables and only the rules that reach into the stretch get constraints, with
what is held folded into constants: a part of 120 people over two days is built in milliseconds, where
the whole roster's model takes a second to build and more to presolve. It knows the benchmark's rules
only (see `handles`); the home's rosters keep the whole model.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ortools.sat.python import cp_model

from hvbdesk.roster.check import Assignment
from hvbdesk.roster.problem import Employee, RosterProblem

Literal = Any  # a held cell is the int 0 or 1, a free one a CP-SAT literal


def handles(problem: RosterProblem) -> bool:
    """Whether the problem has only the benchmark's rules: none of the home's additions (weekly rest,
    shifts in a row, locks, base schedules, the weeks around the roster, goals comparing hours or people)."""
    return (
        problem.weekly_rest_minutes is None
        and not problem.max_in_a_row
        and problem.weekends_every < 2
        and not problem.fixed
        and not problem.cyclic
        and problem.before is None
        and problem.after is None
        and not problem.under_target_weight
        and not problem.fair_weight
        and not problem.crowding_weight
    )


def request_terms(problem: RosterProblem, x: dict) -> list:
    """The requests' costs over the cells a model has variables for (the whole roster's or a part's)."""
    terms = []
    for r in problem.on_requests:
        if (r.employee, r.day, r.shift) in x:
            terms.append(r.weight * (1 - x[r.employee, r.day, r.shift]))
    for r in problem.off_requests:
        if (r.employee, r.day, r.shift) in x:
            terms.append(r.weight * x[r.employee, r.day, r.shift])
    return terms


def _holds_true(lits: list[Literal]) -> bool:
    return any(isinstance(lit, int) and lit == 1 for lit in lits)


def _negated(lit: Literal) -> Literal:
    return 1 - lit if isinstance(lit, int) else lit.negated()


class PartModel:
    """`people`'s shifts on days first..last-1 are free; the rest of `base` is held."""

    def __init__(self, problem: RosterProblem, people: list[str], base: Assignment, first: int, last: int):
        if not handles(problem):
            raise ValueError("a part model knows the benchmark's rules only")
        self.problem, self.base = problem, base
        self.first, self.last = max(0, first), min(problem.days, last)
        self.model = cp_model.CpModel()
        self.x: dict[tuple[str, int, str], cp_model.IntVar] = {}
        self._work: dict[tuple[str, int], Literal] = {}
        chosen = set(people)
        self._staff = [e for e in problem.staff if e.id in chosen]
        self._minutes = {s.id: s.minutes for s in problem.shifts}
        for e in self._staff:
            self._person(e)
        self.model.minimize(sum(request_terms(problem, self.x) + self._cover(chosen)))

    def _free(self, day: int) -> bool:
        return self.first <= day < self.last

    def _lit(self, who: str, day: int, shift: str) -> Literal:
        if self._free(day):
            return self.x.get((who, day, shift), 0)
        return 1 if self.base.get(who, {}).get(day) == shift else 0

    def _works(self, who: str, day: int) -> Literal:
        if self._free(day):
            return self._work[who, day]
        return 1 if day in self.base.get(who, {}) else 0

    def _person(self, e: Employee) -> None:
        p, m = self.problem, self.model
        for d in range(self.first, self.last):
            cells = []
            if d not in e.days_off:
                for s in p.shifts:
                    if e.max_shifts.get(s.id, 0) > 0:
                        v = m.new_bool_var(f"x[{e.id},{d},{s.id}]")
                        self.x[e.id, d, s.id] = v
                        cells.append(v)
            if cells:
                works = m.new_bool_var(f"w[{e.id},{d}]")
                m.add(sum(cells) == works)
                self._work[e.id, d] = works
            else:
                self._work[e.id, d] = 0
        for ends, followers in p.successions():
            for d in range(max(0, self.first - 1), min(self.last, p.days - 1)):
                self._at_most([self._lit(e.id, d, s) for s in ends] + [self._lit(e.id, d + 1, t) for t in followers], 1)
        held = [s for d, s in self.base.get(e.id, {}).items() if not self._free(d)]
        counts = Counter(held)
        free_days = range(self.first, self.last)
        for s in p.shifts:
            cells = [self.x[e.id, d, s.id] for d in free_days if (e.id, d, s.id) in self.x]
            if cells:
                m.add(sum(cells) <= e.max_shifts.get(s.id, 0) - counts[s.id])
        held_minutes = sum(self._minutes[s] for s in held)
        mine = [
            (self._minutes[s.id], self.x[e.id, d, s.id])
            for d in free_days
            for s in p.shifts
            if (e.id, d, s.id) in self.x
        ]
        if mine:
            total = sum(minutes * v for minutes, v in mine)
            m.add_linear_constraint(total, e.min_minutes - held_minutes, e.max_minutes - held_minutes)
        elif not e.min_minutes <= held_minutes <= e.max_minutes:
            m.add_bool_or([])  # nothing free and what is held breaks the hours: no roster for this part
        # Runs of days worked and off, seen through each stretch of days that reaches into the free days.
        for window in self._windows(e.max_consecutive + 1):
            self._at_most([self._works(e.id, d) for d in window], e.max_consecutive)
        for k in range(1, e.min_consecutive):
            for window in self._windows(k + 2):
                w = [self._works(e.id, d) for d in window]
                self._clause([w[0], *(_negated(lit) for lit in w[1:-1]), w[-1]])
        for k in range(1, e.min_days_off):
            for window in self._windows(k + 2):
                w = [self._works(e.id, d) for d in window]
                self._clause([_negated(w[0]), *w[1:-1], _negated(w[-1])])
        weekends = [self._weekend(e.id, days) for days in p.weekends()]
        self._at_most(weekends, e.max_weekends)

    def _windows(self, length: int) -> list[range]:
        """Stretches of `length` days inside the horizon that hold at least one free day."""
        low = max(0, self.first - length + 1)
        high = min(self.last - 1, self.problem.days - length)
        return [range(d, d + length) for d in range(low, high + 1)]

    def _weekend(self, who: str, days: list[int]) -> Literal:
        lits = [self._works(who, d) for d in days]
        if _holds_true(lits):
            return 1
        free = [lit for lit in lits if not isinstance(lit, int)]
        if len(free) <= 1:
            return free[0] if free else 0
        worked = self.model.new_bool_var("")
        self.model.add_max_equality(worked, free)
        return worked

    def _at_most(self, lits: list[Literal], limit: int) -> None:
        held = sum(lit for lit in lits if isinstance(lit, int))
        free = [lit for lit in lits if not isinstance(lit, int)]
        if free:
            self.model.add(sum(free) <= limit - held)
        elif held > limit:
            self.model.add_bool_or([])  # what is held already breaks the rule: no roster for this part

    def _clause(self, lits: list[Literal]) -> None:
        if _holds_true(lits):
            return
        self.model.add_bool_or([lit for lit in lits if not isinstance(lit, int)])

    def _cover(self, chosen: set[str]) -> list:
        """Cover on the free days, counting what the people outside the part work there."""
        p, m = self.problem, self.model
        others: Counter = Counter()
        for who, days in self.base.items():
            if who not in chosen:
                for d, s in days.items():
                    if self._free(d):
                        others[d, s] += 1
        terms = []
        for c in p.cover:
            if not self._free(c.day):
                continue
            if c.shift not in self._minutes:
                raise KeyError(f"cover for an unknown shift type: {c.shift}")
            cells = [self.x[e.id, c.day, c.shift] for e in self._staff if (e.id, c.day, c.shift) in self.x]
            if not cells:
                continue  # nobody in the part can change this cover
            assigned = sum(cells)
            already = others[c.day, c.shift]
            under = m.new_int_var(0, c.requirement, "")
            over = m.new_int_var(0, len(self._staff) + already, "")
            m.add(assigned + already - c.requirement == over - under)
            terms.append(c.weight_under * under + c.weight_over * over)
        return terms

    def hint(self) -> None:
        for (who, d, s), v in self.x.items():
            self.model.add_hint(v, 1 if self.base.get(who, {}).get(d) == s else 0)

    def rosters(self, solver: cp_model.CpSolver) -> Assignment:
        """The part's people's whole rosters: their held shifts and, on the free days, the solved ones."""
        out: Assignment = {
            e.id: {d: s for d, s in self.base.get(e.id, {}).items() if not self._free(d)} for e in self._staff
        }
        for (who, d, s), v in self.x.items():
            if solver.value(v):
                out[who][d] = s
        return out
