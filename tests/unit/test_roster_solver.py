"""The CP-SAT model on small problems: optimal, lawful by the independent checker, cancellable."""

from __future__ import annotations

import threading

from hvbdesk.roster.check import objective, violations
from hvbdesk.roster.nrp_format import read
from hvbdesk.roster.problem import Cover, Employee, RosterProblem, ShiftType
from hvbdesk.roster.solver import RosterModel
from tests.helpers import GUARD_SECONDS, NRP


def test_benchmark_instance_1_reaches_the_best_known_value():
    problem = read(NRP / "Instance1.txt")
    solution = RosterModel(problem).solve(GUARD_SECONDS, workers=2, deterministic_time=5)
    assert (solution.objective, solution.status) == (607, "optimal")
    assert violations(problem, solution.assignment) == []
    assert objective(problem, solution.assignment) == 607


def test_a_tiny_problem_with_a_known_answer():
    """Two people, three days, one shift needing one person a day. B may not work day 1, so A must;
    A works at most two days, so B takes one of the others: a perfect roster exists."""
    shift = ShiftType("D", 480)
    a = Employee("A", {"D": 2}, 2000, 0, 3, 1, 1, 1)
    b = Employee("B", {"D": 3}, 2000, 0, 3, 1, 1, 1, frozenset({1}))
    p = RosterProblem(3, [shift], [a, b], cover=[Cover(d, "D", 1, 100, 1) for d in range(3)])
    solution = RosterModel(p).solve(GUARD_SECONDS, workers=2, deterministic_time=1)
    assert solution.objective == 0 and solution.assignment["A"].get(1) == "D"
    assert violations(p, solution.assignment) == []


def test_cancel_keeps_the_best_roster_so_far():
    problem = read(NRP / "Instance6.txt")
    cancel = threading.Event()
    seen = []

    def progress(p):
        seen.append(p.objective)
        if len(seen) >= 2:
            cancel.set()

    # No work limit: only the cancel can end this search before the wall-clock limit, which is there so
    # that a cancel that does not work fails the test instead of hanging it.
    solution = RosterModel(problem).solve(120, on_progress=progress, cancel=cancel)
    assert solution.seconds < 120 and solution.objective is not None
    assert solution.objective <= seen[0] and violations(problem, solution.assignment) == []
