"""Large-neighbourhood search for rosters too large for one CP-SAT model on a few cores.

A roster is built a few people at a time (each group solved with the cover the others already give),
then improved by freeing a part of it and solving that part exactly with CP-SAT while the rest stays as
it is: a few people's whole rosters, the people who can work an uncovered shift, or more people over a
stretch of days. The part's size follows how easily its parts are solved. Every step has a deterministic
limit and the choices come from a seeded generator, so a run with a deterministic budget is the same on
every machine.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable

from ortools.sat.python import cp_model

from hvbdesk.roster.check import Assignment, objective
from hvbdesk.roster.problem import RosterProblem

STEP_WORK = 0.4  # CP-SAT work units for one part: the same on any machine (here 1–3 s of one core)
START_GROUP = 4  # people per group while the first roster is built
START_WORK = 0.2


def suits(problem: RosterProblem) -> bool:
    """Whether the roster splits by people: no goal compares one person's roster with another's."""
    return not problem.fair_weight and not problem.crowding_weight


@dataclass
class SearchState:
    assignment: Assignment
    cost: int
    work: float = 0.0  # CP-SAT work units spent


class NeighbourhoodSearch:
    """`threads` parts are solved at once, on different people; with one thread the search is the same on
    every run."""

    def __init__(self, problem: RosterProblem, seed: int = 0, threads: int = 1):
        self.problem = problem
        self.seed, self.threads = seed, max(1, threads)
        self.size = min(len(problem.staff), 6)
        self._people = [e.id for e in problem.staff]
        self._able_set = {s.id: {e.id for e in problem.staff if e.max_shifts.get(s.id, 0) > 0} for s in problem.shifts}
        self._lock = threading.Lock()
        self._busy: set[str] = set()  # people in a part being solved

    def run(
        self,
        time_limit: float,
        *,
        work_limit: float | None = None,
        on_better: Callable[[SearchState], None] | None = None,
        stop: threading.Event | None = None,
    ) -> SearchState | None:
        """The best roster found within the limits (None if not even a first one was built in time)."""
        deadline = time.perf_counter() + time_limit
        stop = stop or threading.Event()
        state = SearchState({}, 0)
        groups = [self._people[i : i + START_GROUP] for i in range(0, len(self._people), START_GROUP)]
        self._in_threads(lambda rng: self._build(state, groups, rng, deadline, stop), stop)
        if len(state.assignment) < len(self._people):
            return None
        state.cost = objective(self.problem, state.assignment)
        if on_better is not None:
            on_better(state)

        def improve(rng: random.Random) -> None:
            while time.perf_counter() < deadline and not stop.is_set() and state.cost > 0:
                if work_limit is not None and state.work >= work_limit:
                    return
                if self._step(state, rng, deadline) and on_better is not None:
                    with self._lock:
                        on_better(state)

        self._in_threads(improve, stop)
        return state

    def _in_threads(self, task: Callable[[random.Random], None], stop: threading.Event) -> None:
        """Run `task` on each thread with its own seeded generator; an error in one stops the others and is
        raised here, rather than lost with its thread."""
        if self.threads == 1:
            task(random.Random(self.seed))
            return
        errors: list[BaseException] = []

        def guarded(rng: random.Random) -> None:
            try:
                task(rng)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread below
                errors.append(exc)
                stop.set()

        workers = [
            threading.Thread(target=guarded, args=(random.Random(self.seed + i),), daemon=True)
            for i in range(self.threads)
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        if errors:
            raise errors[0]

    def _build(
        self, state: SearchState, groups: list[list[str]], rng: random.Random, deadline: float, stop: threading.Event
    ) -> None:
        """A first roster, a few people at a time, each group placed where the others leave cover open."""
        while True:
            with self._lock:
                if not groups:
                    return
                group = groups.pop(0)
                placed = {who: dict(days) for who, days in state.assignment.items()}
            effort = START_WORK
            part = None
            while part is None:  # a group that found no roster in its time gets twice the time
                if time.perf_counter() > deadline or stop.is_set():
                    return
                part, spent, _ = self._solve_part(group, placed, None, rng, deadline, work=effort)
                effort *= 2
                with self._lock:
                    state.work += spent
            with self._lock:
                state.assignment.update(part)

    def _step(self, state: SearchState, rng: random.Random, deadline: float) -> bool:
        """Free one part of the roster and solve it again; keep the result if it is no worse."""
        with self._lock:
            people, days = self._neighbourhood(state.assignment, rng)
            self._busy |= set(people)
            base = {who: dict(v) for who, v in state.assignment.items()}
        try:
            part, spent, proved = self._solve_part(people, base, days, rng, deadline, hint=True)
        finally:
            with self._lock:
                self._busy -= set(people)
        with self._lock:
            state.work += spent
            # A part solved to the end says the part may grow; one cut off says it should shrink.
            self.size = min(len(self._people), self.size + 1) if proved else max(2, self.size - 1)
            if part is None:
                return False
            candidate = dict(state.assignment)
            candidate.update(part)
            cost = objective(self.problem, candidate)
            if cost > state.cost:
                return False
            improved = cost < state.cost
            state.assignment, state.cost = candidate, cost
            return improved

    def _neighbourhood(self, assignment: Assignment, rng: random.Random) -> tuple[list[str], tuple[int, int] | None]:
        """People to free, and the days they are freed on (None: all days)."""
        free = [p for p in self._people if p not in self._busy]
        size = min(self.size, len(free))
        kind = rng.random()
        cells = self._open_cells(assignment) if kind >= 0.3 else {}
        if not cells or kind < 0.3:
            if kind < 0.85 or self.problem.days < 8:
                return rng.sample(free, size), None
            length = 7 * rng.randint(1, 2)
            first = rng.randrange(0, self.problem.days - length + 1)
            wide = min(len(free), size * max(1, self.problem.days // length))
            return rng.sample(free, wide), (first, first + length)
        (day, shift), excess = rng.choice(sorted(cells.items()))
        if excess < 0:  # short: people able to take it who are off that day or on a shift over its cover
            movers = [
                p
                for p in free
                if p in self._able_set[shift]
                and (assignment.get(p, {}).get(day) is None or cells.get((day, assignment[p][day]), 0) > 0)
            ]
        else:  # over: people on it that day
            movers = [p for p in free if assignment.get(p, {}).get(day) == shift]
        if kind < 0.85 or self.problem.days < 8:
            chosen = rng.sample(movers, min(size, len(movers)))
            rest = [p for p in free if p not in chosen]
            return chosen + rng.sample(rest, min(len(rest), size - len(chosen))), None
        # The same, over the week around that day, with more people.
        wide = min(len(free), size * max(1, self.problem.days // 7))
        chosen = rng.sample(movers, min(wide, len(movers)))
        rest = [p for p in free if p not in chosen]
        chosen += rng.sample(rest, min(len(rest), wide - len(chosen)))
        first = min(max(0, day - 3), self.problem.days - 7)
        return chosen, (first, first + 7)

    def _open_cells(self, assignment: Assignment) -> dict[tuple[int, str], int]:
        """(day, shift) of each cover off its requirement, with how many over it (negative: short)."""
        counts = self._counts(assignment, set(self._people))
        return {
            (c.day, c.shift): counts[c.day, c.shift] - c.requirement
            for c in self.problem.cover
            if counts[c.day, c.shift] != c.requirement
        }

    def _counts(self, assignment: Assignment, people: set[str]) -> Counter:
        counts: Counter = Counter()
        for who in people:
            for day, shift in assignment.get(who, {}).items():
                counts[day, shift] += 1
        return counts

    def _solve_part(
        self,
        people: list[str],
        assignment: Assignment,
        days: tuple[int, int] | None,
        rng: random.Random,
        deadline: float,
        *,
        hint: bool = False,
        work: float = STEP_WORK,
    ) -> tuple[Assignment | None, float, bool]:
        """Solve the roster of `people` (on `days`, else all) with everyone else's as it is.
        Returns (their rosters or None, work spent, whether the part was solved to the end)."""
        from hvbdesk.roster.solver import RosterModel  # imported here: the solver module imports this one

        p = self.problem
        chosen = set(people)
        others = set(assignment) - chosen
        counts = self._counts(assignment, others)
        cover = [replace(c, already=counts[c.day, c.shift]) for c in p.cover]
        fixed = dict(p.fixed)
        if days is not None:
            for who in people:
                mine = assignment.get(who, {})
                for d in range(p.days):
                    if not days[0] <= d < days[1] and (who, d) not in fixed:
                        fixed[who, d] = mine.get(d)
        part = replace(p, staff=[e for e in p.staff if e.id in chosen], cover=cover, fixed=fixed)
        model = RosterModel(part)
        if hint:
            model.hint({who: assignment.get(who, {}) for who in people})
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.max_deterministic_time = work
        # Only the run's own deadline cuts a part short in seconds, so that a part's result does not depend
        # on the machine's load.
        solver.parameters.max_time_in_seconds = max(0.05, deadline - time.perf_counter())
        # On samples of Instance 13's parts: with the cuts of level 2, 5 of 8 solved to the end (none at
        # the default level 1); a light presolve (no probing or symmetry, one round) then took 1.6 s for
        # 8 parts against 2.1 s with probing off alone, as many solved to the end.
        solver.parameters.linearization_level = 2
        solver.parameters.cp_model_probing_level = 0
        solver.parameters.symmetry_level = 0
        solver.parameters.max_presolve_iterations = 1
        solver.parameters.random_seed = rng.randrange(1 << 30)
        status = solver.solve(model.model)
        spent = solver.deterministic_time
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None, spent, False
        out: Assignment = {who: {} for who in people}
        for (who, d, s), v in model.x.items():
            if solver.value(v):
                out[who][d] = s
        return out, spent, status == cp_model.OPTIMAL
