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

from hvbdesk.roster import neighbourhood_search, part_model
from hvbdesk.roster.check import Assignment
from hvbdesk.roster.part_model import request_terms
from hvbdesk.roster.problem import CONTEXT_DAYS, RosterProblem, ShiftType, rest_serves


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


def default_workers() -> int:
    """One search per core, at least 2 and at most 8."""
    return min(8, max(2, os.cpu_count() or 2))


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
        self._false = self.model.new_constant(0)
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
            # Shifts that forbid the same followers in one constraint each (at most one shift a day makes
            # it exact): far fewer constraints than one per pair, and a tighter relaxation.
            for ends, followers in p.successions():
                for d in range(p.days):
                    following = p.next_day(d)
                    if following is not None:
                        m.add(
                            sum(self.x[e.id, d, s] for s in ends) + sum(self.x[e.id, following, t] for t in followers)
                            <= 1
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
        terms = request_terms(p, self.x)
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
        """The rules the home adds: weekly rest, most shifts of a kind in a row, locked cells, and every
        rule across the edges to the shifts worked just before and after the horizon."""
        p, m = self.problem, self.model
        by_id = {s.id: s for s in p.shifts}
        for (who, d), fixed in p.fixed.items():
            for s in by_id:
                if (who, d, s) in self.x:
                    m.add(self.x[who, d, s] == (1 if s == fixed else 0))
        for shift, limit in p.max_in_a_row.items():
            for e in p.staff:
                for window in self._edge_windows(limit + 1):
                    m.add(sum(self._worked_as(e.id, i, by_id[shift]) for i in window) <= limit)
        for e in p.staff:
            self._edges(e)
            if p.weekly_rest_minutes is not None:
                self._weekly_rest(e.id, p.weekly_rest_minutes, p.periods())
                if p.cyclic and p.before is not None:  # the first cycle after the week before it starts
                    self._weekly_rest(e.id, p.weekly_rest_minutes, p.first_cycle_periods(), first_cycle=True)

    def _edge_windows(self, length: int) -> list[list[int]]:
        """Stretches of `length` days that hold at least one day of the horizon, reaching into the days
        known before and after it (a base schedule wraps instead)."""
        p = self.problem
        if p.cyclic:
            return self._windows(length)
        low = -CONTEXT_DAYS if p.before is not None else 0
        high = p.days + (CONTEXT_DAYS if p.after is not None else 0)
        return [list(range(d, d + length)) for d in range(low, high - length + 1) if d < p.days and d + length > 0]

    def _edges(self, e) -> None:
        """Daily rest and days in a row against the known shifts just outside the horizon (for a base
        schedule: its first cycle against the week before it starts)."""
        p, m = self.problem, self.model
        if p.before is None and p.after is None:
            return
        by_id = {s.id: s for s in p.shifts}
        known_before, last = p.outside(e.id, -1)
        if known_before and last in by_id:
            for t in by_id[last].forbidden_next:
                if (e.id, 0, t) in self.x:
                    m.add(self.x[e.id, 0, t] == 0)
        known_after, following = p.outside(e.id, p.days)
        if known_after and following is not None:
            for s in p.shifts:
                if following in s.forbidden_next:
                    m.add(self.x[e.id, p.days - 1, s.id] == 0)
        for days in p.weekends_off_at_edges(e.id):
            for d in days:
                m.add(self.work[e.id, d] == 0)
        if p.cyclic:  # the first cycle after the week before; the repeats are in _build
            low = -CONTEXT_DAYS
            windows = [
                list(range(d, d + e.max_consecutive + 1)) for d in range(low, 0) if d + e.max_consecutive + 1 > 0
            ]
        else:
            windows = [w for w in self._edge_windows(e.max_consecutive + 1) if not all(0 <= d < p.days for d in w)]
        for window in windows:
            lits = [self._worked_as(e.id, d, None, wrap=d >= 0).negated() for d in window]
            m.add(sum(lits) <= e.max_consecutive)

    def _weekly_rest(self, e: str, needed: int, periods: list[tuple[int, int]], *, first_cycle: bool = False) -> None:
        """Each fixed period needs `needed` minutes of rest inside it, or twice that across one of its
        boundaries. A rest inside is seen from one day off and what is worked the day before and after it
        (a day off there stands for 'at least this long'): every longer run holds such a day. A rest across
        a boundary is seen from two days off beside it. Where nothing is known outside the horizon, a rest
        ends at its edge, as the checker counts it. `first_cycle`: a base schedule's days before its start are
        the week before it, not its own last days."""
        p, m = self.problem, self.model
        overflow = max([0] + [s.end - 1440 for s in p.shifts if s.end is not None])
        options: list[ShiftType | None] = [None, *p.shifts]

        def unknown(day: int) -> bool:
            return not p.cyclic and not 0 <= day < p.days and not p.outside(e, day)[0]

        def rest(first: int, last: int, start: int, end: int):
            """A literal that implies days first..last off and a rest that serves [start, end); None if none can."""
            if any(unknown(d) for d in range(first, last + 1)):
                return None
            run = [self._worked_as(e, d, None, wrap=not first_cycle or d >= 0) for d in range(first, last + 1)]
            if any(lit is self._false for lit in run):
                return None
            g = m.new_bool_var("")
            for lit in run:
                if lit is not self._true:
                    m.add_implication(g, lit)
            for before, free_from in self._rest_edges(e, first - 1, options, overflow, unknown, first_cycle):
                for after, free_to in self._rest_edges(e, last + 1, options, 0, unknown, first_cycle, after=True):
                    if not rest_serves(free_from, free_to, start, end, needed):
                        m.add_bool_or(
                            [g.negated()] + [lit.negated() for lit in (before, after) if lit is not self._true]
                        )
            return g

        for start, end in periods:
            days = range(start // 1440, -(-end // 1440))
            rests = [rest(d, d, start, end) for d in days]
            for boundary in (start, end):
                rests += [rest(d, d + 1, start, end) for d in range(boundary // 1440 - 2, boundary // 1440 + 1)]
            found = [g for g in rests if g is not None]
            if found:
                m.add_bool_or(found)

    def _rest_edges(self, e: str, day: int, options, overflow: int, unknown, first_cycle: bool, *, after: bool = False):
        """(literal, minute) pairs for what ends a rest on `day`: before it, each way the day may be worked
        with the minute the rest starts at the latest; after it, with the minute it ends at the earliest."""
        if unknown(day):
            yield self._true, (day if after else day + 1) * 1440
            return
        for shift in options:
            lit = self._worked_as(e, day, shift, wrap=not first_cycle or day >= 0)
            if lit is self._false:
                continue
            if after:
                yield lit, (day + 1) * 1440 if shift is None else day * 1440 + (shift.start or 0)
            else:
                yield lit, day * 1440 + (overflow if shift is None else (shift.end or 0))

    def _worked_as(self, e: str, day: int, shift: ShiftType | None, *, wrap: bool = True):
        """The literal 'e works `shift` on day' (or 'is off' when shift is None). Outside the horizon it is
        a constant from what is known there, and where nothing is known a day counts as off. A base
        schedule wraps, unless `wrap` is False (its first cycle against the week before it starts)."""
        p = self.problem
        if p.cyclic and wrap:
            day %= p.days
        elif not 0 <= day < p.days:
            known, worked = p.outside(e, day)
            if not known:
                worked = None
            if shift is None:
                return self._true if worked is None else self._false
            return self._true if worked == shift.id else self._false
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
        workers = workers or default_workers()
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


BY_PARTS_FROM = 5500  # person × shift type × day cells: from here a roster is improved part by part


def by_parts(problem: RosterProblem) -> bool:
    """Whether `solve` improves the roster part by part rather than as one model: from Instance 10 of the
    benchmark up, where at 60 s on two cores the parts did better (10: 4 633 against 4 849, 13: 2 428–2 735
    against 23 251); one model did better on the smaller ones (8: 1 411–1 514 against 1 444; 14: 1 400
    against 1 518), where it also proves a bound."""
    return part_model.handles(problem) and len(problem.staff) * len(problem.shifts) * problem.days >= BY_PARTS_FROM


def solve(
    problem: RosterProblem,
    time_limit: float,
    *,
    workers: int | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    cancel: threading.Event | None = None,
    seed: int = 0,
    deterministic_time: float | None = None,
) -> Solution:
    """The best roster found within the limits, by one CP-SAT model or part by part (see by_parts).
    `deterministic_time` makes either reproducible. Part by part proves no bound: it reports 0."""
    if not by_parts(problem):
        model = RosterModel(problem)
        return model.solve(
            time_limit,
            workers=workers,
            on_progress=on_progress,
            cancel=cancel,
            seed=seed,
            deterministic_time=deterministic_time,
        )
    start = time.perf_counter()
    threads = 1 if deterministic_time is not None else workers or default_workers()
    search = neighbourhood_search.NeighbourhoodSearch(problem, seed=seed, threads=threads)

    def better(state: neighbourhood_search.SearchState) -> None:
        if on_progress is not None:
            on_progress(Progress(state.cost, 0, time.perf_counter() - start))

    state = search.run(time_limit, work_limit=deterministic_time, on_better=better, stop=cancel)
    seconds = time.perf_counter() - start
    if state is None:
        return Solution({}, None, 0, seconds, "unknown")
    return Solution(state.assignment, state.cost, 0, seconds, "optimal" if state.cost == 0 else "feasible")
