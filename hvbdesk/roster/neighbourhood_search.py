"""Large-neighbourhood search for rosters too large for one CP-SAT model on a few cores.

A roster is built one person at a time (each placed where the others leave cover open), then improved
by freeing a part of it and solving that part exactly with CP-SAT while the rest stays as it is (see
part_model). A part has one of two shapes: many people over a few days, where a day's cover is
rebalanced, or a few people's whole rosters, where their hours and runs are laid out anew. Most parts
are aimed at a cover left short or over: they hold people who could take it and people with hours to
spare. Each shape's size follows how easily its parts are solved, and the shape that has lately gained
more per unit of work is chosen more often. Every step has a deterministic limit and the choices come
from a seeded generator, so a run with a deterministic budget is the same on every machine.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from ortools.sat.python import cp_model

from hvbdesk.roster.check import Assignment, objective
from hvbdesk.roster.part_model import PartModel
from hvbdesk.roster.problem import RosterProblem

STEP_WORK = 0.4  # CP-SAT work units for one part: the same on any machine (here 0.1–1 s of one core)
START_WORK = 0.05  # for one person's first roster
WINDOWS = (4, 5, 6)  # days in a part of many people
AIMED = 0.7  # share of parts aimed at an open cover (when there is one); the rest are random
LEAST_CHANCE = 0.15  # each shape is tried at least this often, however little it gained lately


@dataclass
class Shape:
    """One shape of part, the size its parts have grown to (person-days) and what it gained lately."""

    area: float
    least: float
    most: float
    rate: float | None = None  # moving average of the cost gained per work unit

    def solved(self, proved: bool) -> None:
        """A part solved to the end says the parts may grow; one cut off says they should shrink."""
        self.area = min(self.most, self.area * 1.1) if proved else max(self.least, self.area / 1.1)

    def gained(self, gain: int, work: float) -> None:
        rate = gain / max(work, 0.01)
        self.rate = rate if self.rate is None else 0.9 * self.rate + 0.1 * rate


@dataclass(frozen=True)
class Part:
    people: list[str]
    days: tuple[int, int]
    shape: Shape
    full: bool  # as many people as its size asked for (not cut short by the other threads' parts)


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
        # Threads share the people: a part takes at most its share, so that the others find theirs free.
        self._share = max(2, len(problem.staff) // self.threads)
        most = self._share * problem.days
        self.shapes = [
            Shape(min(most, 160), 2 * min(WINDOWS), most),  # many people over a few days
            Shape(min(most, 6 * problem.days), 2 * problem.days, most),  # a few people's whole rosters
        ]
        self._people = [e.id for e in problem.staff]
        self._most = {e.id: e.max_shifts for e in problem.staff}
        self._max_minutes = {e.id: e.max_minutes for e in problem.staff}
        self._minutes = {s.id: s.minutes for s in problem.shifts}
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
        groups = [[who] for who in self._people]
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
        """A first roster, one person at a time, each placed where the others leave cover open."""
        while True:
            with self._lock:
                if not groups:
                    return
                group = groups.pop(0)
                placed = {who: dict(days) for who, days in state.assignment.items()}
            effort = START_WORK
            part = None
            while part is None:  # a person who found no roster in the time gets twice the time
                if time.perf_counter() > deadline or stop.is_set():
                    return
                part, spent, _ = self._solve_part(group, placed, (0, self.problem.days), rng, deadline, work=effort)
                effort *= 2
                with self._lock:
                    state.work += spent
            with self._lock:
                state.assignment.update(part)

    def _step(self, state: SearchState, rng: random.Random, deadline: float) -> bool:
        """Free one part of the roster and solve it again; keep the result if it is no worse."""
        with self._lock:
            part = self._choose(state.assignment, rng)
            self._busy |= set(part.people)
            base = {who: dict(v) for who, v in state.assignment.items()}
        try:
            rosters, spent, proved = self._solve_part(part.people, base, part.days, rng, deadline, hint=True)
        finally:
            with self._lock:
                self._busy -= set(part.people)
        with self._lock:
            state.work += spent
            if part.full:
                part.shape.solved(proved)
            if rosters is None:
                part.shape.gained(0, spent)
                return False
            candidate = dict(state.assignment)
            candidate.update(rosters)
            cost = objective(self.problem, candidate)
            part.shape.gained(max(0, state.cost - cost), spent)
            if cost > state.cost:
                return False
            improved = cost < state.cost
            state.assignment, state.cost = candidate, cost
            return improved

    def _choose(self, assignment: Assignment, rng: random.Random) -> Part:
        """The next part: its shape by what the shapes gained lately, its place aimed at an open cover or
        at random."""
        p = self.problem
        window, rosters = self.shapes
        if window.rate is None or rosters.rate is None or window.rate + rosters.rate == 0:
            chance = 0.5
        else:
            chance = min(1 - LEAST_CHANCE, max(LEAST_CHANCE, window.rate / (window.rate + rosters.rate)))
        shape = window if p.days > max(WINDOWS) and rng.random() < chance else rosters
        length = min(p.days, rng.choice(WINDOWS)) if shape is window else p.days
        wanted = max(2, round(shape.area / length))
        if wanted > self._share:  # a larger part takes its share of the people over more days
            wanted, length = self._share, min(p.days, -(-round(shape.area) // self._share))
        free = [who for who in self._people if who not in self._busy]
        count = min(len(free), wanted)
        cells = self._open_cells(assignment) if rng.random() < AIMED else {}
        if not cells:
            first = rng.randrange(0, p.days - length + 1)
            return Part(rng.sample(free, count), (first, first + length), shape, count == wanted)
        (day, shift), excess = rng.choice(sorted(cells.items()))
        if excess < 0:
            # Short: people who may work one more of it; over a few days, only those off that day or on a
            # shift over its cover (a whole roster can be laid out around it).
            movers = [
                who
                for who in free
                if self._below_most(assignment, who, shift)
                and (
                    shape is rosters
                    or assignment.get(who, {}).get(day) is None
                    or cells.get((day, assignment[who][day]), 0) > 0
                )
            ]
        else:  # over: people on it that day
            movers = [who for who in free if assignment.get(who, {}).get(day) == shift]
        chosen = rng.sample(movers, min(max(1, count // 2), len(movers)))
        # People with hours to spare, who can take over what a mover leaves.
        spare = [who for who in free if who not in chosen and self._spare(assignment, who) > 0]
        chosen += rng.sample(spare, min(len(spare), count // 4))
        rest = [who for who in free if who not in chosen]
        chosen += rng.sample(rest, min(len(rest), count - len(chosen)))
        first = min(max(0, day - rng.randrange(length)), p.days - length)
        return Part(chosen, (first, first + length), shape, count == wanted)

    def _below_most(self, assignment: Assignment, who: str, shift: str) -> bool:
        """Whether `who` may work one more `shift` (their most of that type not reached)."""
        most = self._most[who].get(shift, 0)
        return most > 0 and sum(1 for s in assignment.get(who, {}).values() if s == shift) < most

    def _spare(self, assignment: Assignment, who: str) -> int:
        """Minutes `who` may still work."""
        return self._max_minutes[who] - sum(self._minutes[s] for s in assignment.get(who, {}).values())

    def _open_cells(self, assignment: Assignment) -> dict[tuple[int, str], int]:
        """(day, shift) of each cover off its requirement, with how many over it (negative: short)."""
        counts = Counter((day, shift) for days in assignment.values() for day, shift in days.items())
        return {
            (c.day, c.shift): counts[c.day, c.shift] - c.requirement
            for c in self.problem.cover
            if counts[c.day, c.shift] != c.requirement
        }

    def _solve_part(
        self,
        people: list[str],
        assignment: Assignment,
        days: tuple[int, int],
        rng: random.Random,
        deadline: float,
        *,
        hint: bool = False,
        work: float = STEP_WORK,
    ) -> tuple[Assignment | None, float, bool]:
        """Solve the roster of `people` on days [first, last) with everyone else's as it is.
        Returns (their rosters or None, work spent, whether the part was solved to the end)."""
        model = PartModel(self.problem, people, assignment, *days)
        if hint:
            model.hint()
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
        return model.rosters(solver), spent, status == cp_model.OPTIMAL
