"""A base schedule repeats: rules across its seam are checked and solved; the soft goals (hours
close to target, an even spread of evenings, nights and weekends) are counted alike by the solver
and the independent checker; the sheet keeps temporary staff out of the solver."""

from __future__ import annotations

import datetime as dt

from hvbdesk.roster.check import fair_counts, objective, soft_goals, violations
from hvbdesk.roster.home import Demand, RosterStaff, RosterWeights, build
from hvbdesk.roster.sheet import BASE, PERIOD, RosterSheet
from hvbdesk.roster.solver import RosterModel
from tests.helpers import GUARD_SECONDS

MONDAY = dt.date(2026, 11, 23)


def assistants(n: int, fte: int = 100) -> list[RosterStaff]:
    return [RosterStaff(f"ta{i}", f"Assistent {i}", "treatment_assistant", fte, False) for i in range(n)]


def test_the_seam_of_a_base_schedule_is_checked():
    home = build(MONDAY, 2, assistants(1), base=True)
    # Evening on the last Sunday, day on the first Monday: under 11 hours' rest across the seam.
    rules = [(v.rule, v.day) for v in violations(home.problem, {"ta0": {13: "K", 0: "D"}})]
    assert ("succession", 13) in rules
    # Three days at the end and three at the start make six in a row (the limit is five).
    six = {11: "D", 12: "D", 13: "D", 0: "D", 1: "D", 2: "D"}
    assert ("max_consecutive", 11) in [(v.rule, v.day) for v in violations(home.problem, {"ta0": six})]
    # The same cells on a period (no seam) break neither rule.
    period = build(MONDAY, 2, assistants(1))
    assert {v.rule for v in violations(period.problem, {"ta0": six})} <= {"max_weekends"}


def test_a_solved_base_schedule_has_no_violation_across_its_seam():
    home = build(MONDAY, 2, assistants(8), base=True)
    solution = RosterModel(home.problem).solve(GUARD_SECONDS, workers=2, deterministic_time=0.5)
    assert solution.objective is not None
    assert violations(home.problem, solution.assignment) == []
    assert objective(home.problem, solution.assignment) == solution.objective


def test_hours_short_of_target_are_counted_per_started_hour():
    home = build(MONDAY, 1, assistants(1), weights=RosterWeights.defaults(fairness=0, under_target_hour=2))
    # 40 h target; two day shifts of 8 h give 24 h short: 48.
    assert soft_goals(home.problem, {"ta0": {0: "D", 1: "D"}}) == 48


def test_an_uneven_spread_of_nights_costs_in_proportion_to_hours():
    home = build(
        MONDAY,
        2,
        assistants(2) + [RosterStaff("half", "Halvtid", "treatment_assistant", 50, False)],
        weights=RosterWeights.defaults(fairness=1, under_target_hour=0),
    )
    counts = fair_counts(home.problem, {"ta0": {0: "N", 1: "N"}, "half": {3: "N"}})
    # One night for a half-timer weighs as two for a full-timer.
    assert counts["N"] == {"ta0": 20, "ta1": 0, "half": 20}
    # Nights 20 apart; evenings and weekends even (none worked).
    assert soft_goals(home.problem, {"ta0": {0: "N", 1: "N"}, "half": {3: "N"}}) == 20


def test_the_solver_spreads_nights_evenly():
    only_nights = (Demand("N", (1,) * 7, (1,) * 7, 1, 1),)
    home = build(MONDAY, 1, assistants(7), demand=only_nights, weights=RosterWeights.defaults(under_target_hour=0))
    solution = RosterModel(home.problem).solve(GUARD_SECONDS, workers=2, deterministic_time=0.5)
    assert solution.status == "optimal" and solution.objective == 0
    assert set(fair_counts(home.problem, solution.assignment)["N"].values()) == {10}  # one night each


def test_temporary_staff_stay_out_of_the_solver_and_their_shifts_count_as_cover():
    staff = assistants(2) + [RosterStaff("tmp", "Vikarie", "treatment_assistant", None, False)]
    home = build(MONDAY, 1, staff)
    sheet = RosterSheet(PERIOD, home, {"tmp": {0: "N"}})
    problem = sheet.solver_problem()
    assert [e.id for e in problem.staff] == ["ta0", "ta1"]
    night_monday = [c for c in problem.cover if c.day == 0 and c.shift == "N"]
    assert night_monday and all(c.requirement == 0 for c in night_monday)
    sheet.apply({"ta0": {1: "D"}, "tmp": {5: "D"}})
    assert sheet.assignment["tmp"] == {0: "N"} and sheet.assignment["ta0"] == {1: "D"}
    assert sheet.target("tmp") is None and sheet.target("ta0") == 40 * 60


def test_a_sheet_lists_violations_with_the_kept_ones_marked():
    home = build(MONDAY, 1, assistants(1), base=True)
    sheet = RosterSheet(BASE, home, {"ta0": {0: "K", 1: "D"}})
    found = sheet.violations()
    assert [f.violation.rule for f in found] == ["succession"] and found[0].kept_reason is None
    sheet.kept[found[0].key] = "Byte på egen begäran"
    assert sheet.violations()[0].kept_reason == "Byte på egen begäran"
    sheet.set("ta0", 1, None)
    assert sheet.violations() == []


def test_someone_away_the_whole_period_does_not_count_in_the_spread():
    away = RosterStaff(
        "away", "Borta", "treatment_assistant", 100, False, frozenset(MONDAY + dt.timedelta(days=i) for i in range(7))
    )
    home = build(MONDAY, 1, assistants(2) + [away], weights=RosterWeights.defaults(fairness=1, under_target_hour=0))
    assert all("away" not in group for group in fair_counts(home.problem, {}).values())
    # Both present assistants with one night each: an even spread costs nothing.
    assert soft_goals(home.problem, {"ta0": {0: "N"}, "ta1": {3: "N"}}) == 0
