"""Large rosters improved part by part: lawful by the independent checker, reproducible with a work limit,
never worse than the roster it starts from, and cancellable."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from hvbdesk.roster.check import objective, violations
from hvbdesk.roster.neighbourhood_search import NeighbourhoodSearch, SearchState
from hvbdesk.roster.nrp_format import read
from hvbdesk.roster.problem import Cover
from hvbdesk.roster.solver import by_parts, solve
from tests.helpers import GUARD_SECONDS, NRP


def test_large_benchmark_rosters_are_laid_out_by_parts_and_the_home_s_are_not():
    assert by_parts(read(NRP / "Instance10.txt")) and by_parts(read(NRP / "Instance13.txt"))
    assert not by_parts(read(NRP / "Instance8.txt")) and not by_parts(read(NRP / "Instance14.txt"))
    # A goal that compares people with each other (the home's fair spread) keeps the one model.
    assert not by_parts(replace(read(NRP / "Instance10.txt"), fair_weight=1, fair_shifts=("D",)))


def test_by_parts_is_lawful_and_the_same_on_every_run():
    problem = read(NRP / "Instance10.txt")
    seen: list[int] = []
    first = solve(problem, GUARD_SECONDS, deterministic_time=2, on_progress=lambda p: seen.append(p.objective))
    assert first.objective is not None and violations(problem, first.assignment) == []
    assert objective(problem, first.assignment) == first.objective
    assert seen == sorted(seen, reverse=True) and seen[-1] == first.objective  # each report better than the last
    assert first.bound == 0 and first.status == "feasible"  # part by part proves no bound, and says so
    again = solve(problem, GUARD_SECONDS, deterministic_time=2)
    assert again.assignment == first.assignment


def test_the_search_never_keeps_a_worse_roster():
    problem = read(NRP / "Instance4.txt")
    costs: list[int] = []

    def better(state: SearchState) -> None:
        costs.append(state.cost)
        assert objective(problem, state.assignment) == state.cost

    state = NeighbourhoodSearch(problem, seed=3).run(GUARD_SECONDS, work_limit=3, on_better=better)
    assert state is not None and violations(problem, state.assignment) == []
    assert costs == sorted(costs, reverse=True) and state.cost == costs[-1]


def test_cancel_ends_the_search_with_the_best_roster_so_far():
    problem = read(NRP / "Instance10.txt")
    cancel = threading.Event()
    seen: list[int] = []

    def progress(p):
        seen.append(p.objective)
        cancel.set()  # at the first roster, however long the machine took to build it

    # No work limit: only the cancel ends this search before the guard, which fails the test if it does not.
    solution = solve(problem, GUARD_SECONDS, workers=2, on_progress=progress, cancel=cancel)
    assert solution.seconds < GUARD_SECONDS and solution.objective == seen[-1]
    assert violations(problem, solution.assignment) == []


def test_an_error_in_a_search_thread_reaches_the_caller():
    """A cover for a shift type the problem does not have cannot be modelled: the caller (in the app, the
    off-thread helper that shows the error) gets the error instead of a search that quietly found nothing."""
    problem = read(NRP / "Instance4.txt")
    broken = replace(problem, cover=[*problem.cover, Cover(0, "no such shift", 1, 100, 1)])
    with pytest.raises(KeyError):
        NeighbourhoodSearch(broken, threads=2).run(GUARD_SECONDS, work_limit=1)
