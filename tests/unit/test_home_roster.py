"""The home's rules on the model core: rest from shift times, weekly rest, nights, locks, holidays."""

from __future__ import annotations

import datetime as dt
import re

from hvbdesk.roster.check import violations
from hvbdesk.roster.home import DEFAULT_SHIFTS, RosterStaff, Wish, build, forbidden_successions
from hvbdesk.roster.shortfall import explain, gaps
from hvbdesk.roster.solver import RosterModel
from tests.helpers import GUARD_SECONDS

MONDAY = dt.date(2026, 11, 23)


def assistants(n: int) -> list[RosterStaff]:
    return [RosterStaff(f"ta{i}", f"Assistent {i}", "treatment_assistant", 100, False) for i in range(n)]


def test_daily_rest_forbids_evening_then_day_and_night_then_evening():
    forbidden = forbidden_successions(DEFAULT_SHIFTS, 11)
    assert forbidden["K"] == {"D", "O"} and forbidden["N"] == {"D", "K", "O"} and forbidden["D"] == set()


def test_weekly_rest_and_nights_in_a_row_are_checked():
    home = build(MONDAY, 2, assistants(1))
    # Evening, a single day off, then day: 33 hours, not 36; every other day off is missing for 7 days.
    days = {0: "K", 1: "K", 2: "K", 4: "D", 5: "D", 6: "D", 7: "D"}
    rules = {v.rule for v in violations(home.problem, {"ta0": days})}
    assert "weekly_rest" in rules
    nights = {i: "N" for i in range(4)}
    assert [v.rule for v in violations(home.problem, {"ta0": nights})].count("max_in_a_row") == 1


def test_weekdays_only_staff_are_off_on_weekends_and_holidays():
    office = RosterStaff("boss", "Chefen", "manager", 100, True)
    home = build(dt.date(2026, 12, 21), 1, [office])
    employee = home.problem.staff[0]
    assert employee.days_off == {4, 5, 6}  # 25 Dec (Juldagen), Saturday, Sunday
    assert employee.max_shifts == {"O": 7}


def test_solver_respects_locks_and_wishes():
    staff = assistants(8)
    locked = {("ta0", MONDAY): "N", ("ta1", MONDAY): None}
    wishes = [Wish("ta2", MONDAY + dt.timedelta(days=2), None, want=True, weight=50)]
    home = build(MONDAY, 2, staff, locked=locked, wishes=wishes)
    # A wish is a weight, not a rule: at 0.5 work units the roster found (4 366) still had ta2 at work on
    # the wished day; from 1.0 on it is 4 175 with the wish kept.
    solution = RosterModel(home.problem).solve(GUARD_SECONDS, workers=2, deterministic_time=1.0)
    assert solution.assignment["ta0"][0] == "N" and 0 not in solution.assignment.get("ta1", {})
    assert 2 not in solution.assignment.get("ta2", {})
    assert violations(home.problem, solution.assignment) == []


def test_a_shortfall_is_listed_and_explained():
    home = build(MONDAY, 2, assistants(4))
    solution = RosterModel(home.problem).solve(GUARD_SECONDS, workers=2, deterministic_time=0.5)
    assert violations(home.problem, solution.assignment) == []
    found = gaps(home, solution.assignment)
    assert found and sum(g.missing for g in found) * 1000 <= solution.objective
    text = explain(home, solution.assignment)
    assert text[0].startswith("4 behandlingsassistenter ger 320 timmar på 2 veckor; bemanningen kräver 574")
    assert re.search(r"ungefär \d+,\d tjänster\.$", text[0])  # a Swedish decimal comma


def test_the_proven_bound_sees_the_weekends_the_rules_leave_uncovered():
    """Eight assistants may each work 2 of 4 weekends: 16 person-weekends for the 20 that five shifts a
    weekend day need, so at least 8 weekend shifts stay uncovered (1000 each). With two workers the bound
    used to stay near 100, so a good roster would have been reported as far from the best possible. How
    close the roster comes to the bound in a given time is measured in tests/benchmarks."""
    home = build(dt.date(2027, 2, 1), 4, assistants(8))
    solution = RosterModel(home.problem).solve(GUARD_SECONDS, workers=2, deterministic_time=0.5)
    assert solution.bound >= 8000
    assert solution.objective is not None and solution.objective >= solution.bound
    assert violations(home.problem, solution.assignment) == []


def test_surplus_hours_spread_over_shifts_instead_of_piling_on_one():
    """Ten full-timers have more hours than two weeks of 2/2/1 need; the surplus goes one extra person
    here and there, not four awake nights on one Monday."""
    from hvbdesk.roster.check import objective

    home = build(dt.date(2027, 2, 1), 2, assistants(10))
    solution = RosterModel(home.problem).solve(GUARD_SECONDS, workers=2, deterministic_time=0.5)
    counts = {}
    for days in solution.assignment.values():
        for d, s in days.items():
            counts[d, s] = counts.get((d, s), 0) + 1
    assert max(n - home.wished[key] for key, n in counts.items()) <= 1
    assert objective(home.problem, solution.assignment) == solution.objective
    assert violations(home.problem, solution.assignment) == []


def test_with_no_assistant_the_shortfall_says_so_instead_of_a_demand_of_nothing():
    """It said 'bemanningen kräver 0; 574 timmar blir obemannade'."""
    home = build(MONDAY, 2, [])
    text = explain(home, {})
    assert text == [
        "Ingen behandlingsassistent med tjänst arbetar dygnet runt under perioden: alla 574 timmar "
        "som bemanningen kräver blir obemannade, ungefär 7,2 tjänster."
    ]
