"""The CP-SAT model: hard rules as constraints, requests and cover as a weighted objective.

Runs with a time limit, reports each better roster and the proven bound as it goes, and can be
cancelled, keeping the best roster found so far. With a deterministic limit the search is the same on
every run, however busy the machine: what the tests use, so that none depends on the machine's speed.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from typing import Callable

from ortools.sat.python import cp_model

from hvbdesk.roster.check import Assignment
from hvbdesk.roster.problem import RosterProblem, ShiftType, free_minutes


@dataclass(frozen=True)
class Progress:
    objective: int
    bound: int
    seconds: float


@dataclass(frozen=True)
class Solution:
    assignment: Assignment
    objective: int | None
    bound: int
    seconds: float
    status: str  # optimal | feasible | infeasible | unknown

    @property
    def gap(self) -> float | None:
        if self.objective is None:
            return None
        return 0.0 if self.objective == 0 else (self.objective - self.bound) / self.objective


FEW_WORKER_SUBSOLVERS = ("max_lp", "core", "default_lp", "no_lp", "quick_restart", "reduced_costs")


class _Reporter(cp_model.CpSolverSolutionCallback):
    def __init__(self, on_progress: Callable[[Progress], None] | None, cancel: threading.Event | None, start: float):
        super().__init__()
        self._on_progress, self._cancel, self._start = on_progress, cancel, start

    def on_solution_callback(self) -> None:
        if self._on_progress is not None:
            self._on_progress(
                Progress(int(self.objective_value), int(self.best_objective_bound), time.perf_counter() - self._start)
            )
        if self._cancel is not None and self._cancel.is_set():
            self.stop_search()


class RosterModel:
    def __init__(self, problem: RosterProblem):
        self.problem = problem
        self.model = cp_model.CpModel()
        self.x: dict[tuple[str, int, str], cp_model.IntVar] = {}
        self.work: dict[tuple[str, int], cp_model.IntVar] = {}
        self.weekends_worked: dict[str, list[cp_model.IntVar]] = {}
        self._true = self.model.new_constant(1)
        self._build()

    def _build(self) -> None:
        p, m = self.problem, self.model
        shift_ids = [s.id for s in p.shifts]
        minutes = {s.id: s.minutes for s in p.shifts}
        for e in p.staff:
            for d in range(p.days):
                vars_today = []
                for s in shift_ids:
                    v = m.new_bool_var(f"x[{e.id},{d},{s}]")
                    self.x[e.id, d, s] = v
                    vars_today.append(v)
                    if d in e.days_off or e.max_shifts.get(s, 0) == 0:
                        m.add(v == 0)
                works = m.new_bool_var(f"w[{e.id},{d}]")
                m.add(sum(vars_today) == works)  # at most one shift a day; works says whether it is worked
                self.work[e.id, d] = works
            for shift in p.shifts:
                for t in shift.forbidden_next:
                    if t in minutes:
                        for d in range(p.days):
                            following = p.next_day(d)
                            if following is not None:
                                m.add_bool_or(
                                    [self.x[e.id, d, shift.id].negated(), self.x[e.id, following, t].negated()]
                                )
            for s in shift_ids:
                m.add(sum(self.x[e.id, d, s] for d in range(p.days)) <= e.max_shifts.get(s, 0))
            total = sum(minutes[s] * self.x[e.id, d, s] for d in range(p.days) for s in shift_ids)
            m.add(total <= e.max_minutes)
            m.add(total >= e.min_minutes)
            w = [self.work[e.id, d] for d in range(p.days)]
            for window in self._windows(e.max_consecutive + 1):
                m.add(sum(w[i] for i in window) <= e.max_consecutive)
            # Runs shorter than the minimum are forbidden unless they touch either end of the horizon.
            for k in range(1, e.min_consecutive):
                for window in self._windows(k + 2):
                    m.add_bool_or([w[window[0]]] + [w[i].negated() for i in window[1:-1]] + [w[window[-1]]])
            for k in range(1, e.min_days_off):
                for window in self._windows(k + 2):
                    m.add_bool_or([w[window[0]].negated()] + [w[i] for i in window[1:-1]] + [w[window[-1]].negated()])
            weekend_vars = []
            for days in p.weekends():
                worked = m.new_bool_var("")
                m.add_max_equality(worked, [w[d] for d in days])
                weekend_vars.append(worked)
            self.weekends_worked[e.id] = weekend_vars
            m.add(sum(weekend_vars) <= e.max_weekends)
            # Redundant: the minutes bound the number of days worked, which helps the search.
            longest, shortest = max(minutes.values()), min(minutes.values())
            m.add(sum(w) <= e.max_minutes // shortest)
            m.add(sum(w) >= -(-e.min_minutes // longest))

        self._home_rules()
        terms = []
        for r in p.on_requests:
            if (r.employee, r.day, r.shift) in self.x:
                terms.append(r.weight * (1 - self.x[r.employee, r.day, r.shift]))
        for r in p.off_requests:
            if (r.employee, r.day, r.shift) in self.x:
                terms.append(r.weight * self.x[r.employee, r.day, r.shift])
        for c in p.cover:
            assigned = sum(self.x[e.id, c.day, c.shift] for e in p.staff)
            under = m.new_int_var(0, c.requirement, "")
            over = m.new_int_var(0, len(p.staff), "")
            m.add(assigned - c.requirement == over - under)
            terms.append(c.weight_under * under + c.weight_over * over)
            if c.weight_over and p.crowding_weight:
                crowded = m.new_int_var(0, len(p.staff), "")
                m.add(crowded >= over - 1)
                terms.append(p.crowding_weight * crowded)
        terms += self._soft_goals()
        m.minimize(sum(terms))

    def _windows(self, length: int) -> list[list[int]]:
        """Day indexes of each stretch of `length` days inside the horizon (wrapping on a base schedule)."""
        days = self.problem.days
        if length > days:
            return []
        if self.problem.cyclic:
            return [[(d + i) % days for i in range(length)] for d in range(days)]
        return [list(range(d, d + length)) for d in range(days - length + 1)]

    def _soft_goals(self) -> list:
        """Hours short of each person's target, and an uneven spread of the fair shifts and weekends."""
        p, m = self.problem, self.model
        minutes = {s.id: s.minutes for s in p.shifts}
        terms = []
        if p.under_target_weight:
            for e in p.staff:
                if e.target_minutes is None:
                    continue
                total = sum(minutes[s] * self.x[e.id, d, s] for d in range(p.days) for s in minutes)
                short_hours = m.new_int_var(0, e.target_minutes // 60 + 1, "")
                m.add(60 * short_hours >= e.target_minutes - total)
                terms.append(p.under_target_weight * short_hours)
        if not p.fair_weight:
            return terms
        for kind, members in p.fair_groups().items():
            if len(members) < 2:
                continue
            flags = {
                e.id: self.weekends_worked[e.id]
                if kind == "weekend"
                else [self.x[e.id, d, kind] for d in range(p.days)]
                for e in members
            }
            top = max(p.fair_scale(e) * len(flags[e.id]) for e in members)
            high, low = m.new_int_var(0, top, ""), m.new_int_var(0, top, "")
            for e in members:
                scaled = p.fair_scale(e) * sum(flags[e.id])
                m.add(high >= scaled)
                m.add(low <= scaled)
            terms.append(p.fair_weight * (high - low))
        return terms

    def _home_rules(self) -> None:
        """The rules the home adds: weekly rest, most shifts of a kind in a row, locked cells."""
        p, m = self.problem, self.model
        by_id = {s.id: s for s in p.shifts}
        for (who, d), fixed in p.fixed.items():
            for s in by_id:
                if (who, d, s) in self.x:
                    m.add(self.x[who, d, s] == (1 if s == fixed else 0))
        for shift, limit in p.max_in_a_row.items():
            for e in p.staff:
                for window in self._windows(limit + 1):
                    m.add(sum(self.x[e.id, i, shift] for i in window) <= limit)
        if p.weekly_rest_minutes is None:
            return
        options = [None, *p.shifts]
        short = [(a, b) for a in options for b in options if free_minutes(a, b) < p.weekly_rest_minutes]
        for e in p.staff:
            rest = []
            for d in range(p.days):
                g = m.new_bool_var(f"rest[{e.id},{d}]")
                m.add_implication(g, self.work[e.id, d].negated())
                for a, b in short:
                    before = self._worked_as(e.id, d - 1, a)
                    after = self._worked_as(e.id, d + 1, b)
                    if before is not None and after is not None:
                        m.add_bool_or([g.negated(), before.negated(), after.negated()])
                rest.append(g)
            for window in self._windows(7) or [list(range(p.days))]:
                m.add_bool_or([rest[i] for i in window])

    def _worked_as(self, e: str, day: int, shift: ShiftType | None):
        """The literal 'e works `shift` on day' (or 'is off' when shift is None); outside the horizon
        a day counts as off."""
        if self.problem.cyclic:
            day %= self.problem.days
        elif not 0 <= day < self.problem.days:
            return self._true if shift is None else None
        if shift is None:
            return self.work[e, day].negated()
        return self.x[e, day, shift.id]

    def hint(self, assignment: Assignment) -> None:
        for (e, d, s), v in self.x.items():
            self.model.add_hint(v, 1 if assignment.get(e, {}).get(d) == s else 0)

    def solve(
        self,
        time_limit: float,
        *,
        workers: int | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
        seed: int = 0,
        deterministic_time: float | None = None,
    ) -> Solution:
        """`deterministic_time` (CP-SAT's work units, near seconds on an idle machine) makes the search
        reproducible: the workers' tasks are interleaved in fixed batches, whatever the load and however
        many workers run. `time_limit` then only guards against a run that never ends."""
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = time_limit
        workers = workers or min(8, max(2, os.cpu_count() or 2))
        solver.parameters.num_workers = workers
        if deterministic_time is not None:
            solver.parameters.max_deterministic_time = deterministic_time
            solver.parameters.interleave_search = True
        if workers < 8:
            # With few workers CP-SAT's one full-problem search is 'default_lp', whose relaxation does not
            # see that the weekend rule leaves shifts uncovered: on the home's 6-week roster its bound stayed
            # at 129 against 12 144, and its roster was 30 % worse after 20 s. 'max_lp' first fixes both.
            for name in FEW_WORKER_SUBSOLVERS:
                solver.parameters.subsolvers.append(name)
        solver.parameters.random_seed = seed
        start = time.perf_counter()
        reporter = _Reporter(on_progress, cancel, start)
        if cancel is not None:
            watcher = threading.Thread(target=self._watch_cancel, args=(solver, cancel), daemon=True)
            watcher.start()
        status = solver.solve(self.model, reporter)
        seconds = time.perf_counter() - start
        if cancel is not None:
            cancel.set()  # ends the watcher
        names = {cp_model.OPTIMAL: "optimal", cp_model.FEASIBLE: "feasible", cp_model.INFEASIBLE: "infeasible"}
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return Solution({}, None, int(solver.best_objective_bound), seconds, names.get(status, "unknown"))
        assignment: Assignment = {}
        for (e, d, s), v in self.x.items():
            if solver.value(v):
                assignment.setdefault(e, {})[d] = s
        cost = int(round(solver.objective_value))
        if status == cp_model.FEASIBLE:
            cost = self._settled_cost(assignment, cost)
        return Solution(assignment, cost, int(round(solver.best_objective_bound)), seconds, names[status])

    def _settled_cost(self, assignment: Assignment, reported: int) -> int:
        """The roster's own cost. A search stopped early may leave the penalty variables above what its
        shifts cost (4253 reported for a roster that costs 4223), which overstated the score and the gap;
        with the shifts fixed, CP-SAT finds the true cost in milliseconds."""
        self.model.clear_hints()
        self.hint(assignment)
        settle = cp_model.CpSolver()
        settle.parameters.fix_variables_to_their_hinted_value = True
        settle.parameters.num_workers = 1
        settle.parameters.max_time_in_seconds = 5
        if settle.solve(self.model) == cp_model.OPTIMAL:
            return min(reported, int(round(settle.objective_value)))
        return reported

    @staticmethod
    def _watch_cancel(solver: cp_model.CpSolver, cancel: threading.Event) -> None:
        cancel.wait()
        solver.stop_search()
