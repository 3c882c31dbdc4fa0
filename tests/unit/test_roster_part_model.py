"""The model of one part of a roster: the shifts held outside it bound what it may do inside (the rules
read across its edges), the cover counts the people outside it, and a part solved to the end is never
worse for the whole roster."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from ortools.sat.python import cp_model

from hvbdesk.roster.check import objective, violations
from hvbdesk.roster.nrp_format import read
from hvbdesk.roster.part_model import PartModel, handles
from hvbdesk.roster.problem import Cover, Employee, RosterProblem, ShiftType
from hvbdesk.roster.solver import RosterModel
from tests.helpers import GUARD_SECONDS, NRP

DAY = ShiftType("D", 480)
NIGHT = ShiftType("N", 480, forbidden_next=frozenset({"D"}))


def person(who: str = "A", **rules: int) -> Employee:
    values = dict(
        max_minutes=28 * 480, min_minutes=0, max_consecutive=5, min_consecutive=1, min_days_off=1, max_weekends=4
    )
    values.update(rules)
    return Employee(who, {"D": 28, "N": 28}, **values)


def solve(problem: RosterProblem, people: list[str], base, first: int, last: int):
    model = PartModel(problem, people, base, first, last)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_deterministic_time = 5
    solver.parameters.max_time_in_seconds = GUARD_SECONDS
    assert solver.solve(model.model) == cp_model.OPTIMAL
    return model.rosters(solver)


def wanted(days: list[int], shift: str = "D") -> list[Cover]:
    return [Cover(d, shift, 1, 100, 1) for d in days]


def test_the_cover_counts_the_people_outside_the_part():
    """B works the day's one shift: A, freed, stays off (a second would be over cover), which the part
    can only know from B's held roster."""
    problem = RosterProblem(1, [DAY], [person("A"), person("B")], cover=wanted([0]))
    assert solve(problem, ["A"], {"B": {0: "D"}}, 0, 1) == {"A": {}}
    assert solve(problem, ["A"], {"B": {}}, 0, 1) == {"A": {0: "D"}}


def test_days_in_a_row_are_read_across_the_part_s_first_edge():
    problem = RosterProblem(7, [DAY], [person(max_consecutive=3)], cover=wanted([3, 4]))
    held = {"A": {0: "D", 1: "D", 2: "D"}}
    rosters = solve(problem, ["A"], held, 3, 7)
    assert rosters == {"A": {0: "D", 1: "D", 2: "D", 4: "D"}}  # day 3 would be a fourth in a row
    assert violations(problem, rosters) == []


def test_a_succession_is_read_across_the_part_s_last_edge():
    """A night on day 2 may not be followed by the day shift held on day 3."""
    problem = RosterProblem(4, [DAY, NIGHT], [person()], cover=wanted([2], "N"))
    rosters = solve(problem, ["A"], {"A": {3: "D"}}, 0, 3)
    assert rosters["A"].get(2) is None and rosters["A"][3] == "D"
    assert solve(problem, ["A"], {"A": {}}, 0, 3)["A"].get(2) == "N"  # with day 3 off it would be laid


def test_the_held_shifts_count_toward_the_hours_and_the_weekends():
    hours = RosterProblem(14, [DAY], [person(max_minutes=3 * 480)], cover=wanted([10, 11]))
    rosters = solve(hours, ["A"], {"A": {0: "D", 1: "D"}}, 7, 14)
    assert sum(1 for d in rosters["A"] if d >= 7) == 1  # the third shift of three
    weekends = RosterProblem(14, [DAY], [person(max_weekends=1)], cover=wanted([12]))
    assert 12 not in solve(weekends, ["A"], {"A": {5: "D"}}, 7, 14)["A"]  # the first weekend was worked


def test_a_short_run_is_read_across_an_edge():
    """At least two days in a row: a single day worked just inside the part, next to a held day off, would
    be a run of one."""
    problem = RosterProblem(6, [DAY], [person(min_consecutive=2)], cover=wanted([3]))
    rosters = solve(problem, ["A"], {"A": {}}, 3, 4)  # only day 3 free, days 2 and 4 held off
    assert rosters == {"A": {}}


def test_parts_solved_to_the_end_never_make_the_whole_roster_worse():
    """Random parts of a lawful roster of Instance 4: merged back, each is lawful by the independent
    checker, and no worse than the roster it came from (so the part's objective is the whole roster's,
    up to what it holds)."""
    problem = read(NRP / "Instance7.txt")
    base = RosterModel(problem).solve(GUARD_SECONDS, workers=1, deterministic_time=1).assignment
    start = objective(problem, base)
    rng = random.Random(7)
    people = [e.id for e in problem.staff]
    for _ in range(12):
        length = rng.choice([1, 3, 7, problem.days])
        first = rng.randrange(0, problem.days - length + 1)
        part = rng.sample(people, rng.randint(1, 6))
        model = PartModel(problem, part, base, first, first + length)
        model.hint()
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.max_deterministic_time = 2
        solver.parameters.max_time_in_seconds = GUARD_SECONDS
        status = solver.solve(model.model)
        assert status in (cp_model.OPTIMAL, cp_model.FEASIBLE)  # the held roster itself is a solution
        merged = {**base, **model.rosters(solver)}
        assert violations(problem, merged) == []
        if status == cp_model.OPTIMAL:
            assert objective(problem, merged) <= start
            base, start = merged, objective(problem, merged)


def test_the_home_s_rules_keep_the_whole_model():
    problem = read(NRP / "Instance4.txt")
    assert handles(problem)
    for extra in ({"weekly_rest_minutes": 36 * 60}, {"max_in_a_row": {"N": 3}}, {"cyclic": True}, {"before": {}}):
        home = replace(problem, **extra)
        assert not handles(home)
        with pytest.raises(ValueError):
            PartModel(home, [], {}, 0, 1)


def test_a_part_with_nothing_free_still_holds_the_hours():
    """A person whose freed days are all days off: what is held must still meet the hours (it was left
    unchecked, so a part could keep a roster short of them)."""
    short = RosterProblem(7, [DAY], [person(min_minutes=2 * 480, days_off=frozenset({5, 6}))], cover=wanted([5]))
    model = PartModel(short, ["A"], {"A": {0: "D"}}, 5, 7)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = GUARD_SECONDS
    assert solver.solve(model.model) == cp_model.INFEASIBLE
    assert solve(short, ["A"], {"A": {0: "D", 1: "D"}}, 5, 7) == {"A": {0: "D", 1: "D"}}
