"""Weekly rest per fixed 7-day period (Arbetstidslagen 14 § as read for shift work) and continuity with
the shifts worked just before and after a roster: in the checker, and in the solver re-checked by it."""

from __future__ import annotations

import datetime as dt

from hvbdesk.roster.check import violations
from hvbdesk.roster.home import RosterStaff, build
from hvbdesk.roster.problem import Employee, RosterProblem, ShiftType
from hvbdesk.roster.sheet import PERIOD, RosterSheet
from hvbdesk.roster.solver import RosterModel
from tests.helpers import GUARD_SECONDS

H = 60
SHIFTS = [
    ShiftType("A", 8 * H, start=7 * H, end=15 * H),
    ShiftType("B", 8 * H, start=14 * H, end=22 * H),
    ShiftType("M", 8 * H, start=10 * H, end=18 * H),
    ShiftType("L", 8 * H, start=16 * H, end=24 * H),
]


def problem(days: int, **extra) -> RosterProblem:
    someone = Employee("p", {s.id: days for s in SHIFTS}, 10_000, 0, days, 1, 1, days)
    return RosterProblem(days, SHIFTS, [someone], weekly_rest_minutes=36 * H, **extra)


def weekly(p: RosterProblem, days: dict[int, str]) -> list[tuple[int | None, str]]:
    return [(v.day, v.detail) for v in violations(p, {"p": days}) if v.rule == "weekly_rest"]


def test_36_hours_inside_the_week_is_enough_and_33_is_not():
    week = {0: "A", 1: "A", 2: "B", 4: "M", 5: "A", 6: "A"}  # Wednesday 22:00 to Friday 10:00: 36 h
    assert weekly(problem(7), week) == []
    assert weekly(problem(7), {**week, 4: "A"}) == [(0, str(33 * H))]  # to Friday 07:00: 33 h


def test_72_hours_across_the_boundary_serves_both_weeks():
    # Saturday 15:00 to Tuesday 16:00: 73 h, of which only 33 h inside week 1 (and 40 h inside week 2).
    days = {d: "A" for d in range(6)} | {8: "L"} | {d: "A" for d in range(9, 14)}
    assert weekly(problem(14), days) == []
    # Ending Tuesday 14:00 instead: 71 h, and week 1 has no weekly rest.
    assert weekly(problem(14), days | {8: "B"}) == [(0, str(33 * H))]


def test_57_hours_across_the_boundary_with_nothing_inside_is_refused():
    # Saturday 22:00 to Tuesday 07:00: 57 h, of which 26 h in week 1 and 31 h in week 2.
    days = {d: "A" for d in range(5)} | {5: "B"} | {d: "A" for d in range(8, 14)}
    assert weekly(problem(14), days) == [(0, str(26 * H)), (7, str(31 * H))]


def test_the_example_of_week_52():
    """Off from Saturday 22:00 to Tuesday 07:00 (57 h, 31 h inside week 52), at most 33 h free inside the
    week, then off from Saturday 15:30 to Monday 07:00 (39.5 h, 32.5 h inside): week 52 has no weekly rest,
    though every rolling 7 days held a day off with 36 h around it."""
    erik = RosterStaff("erik", "Erik Dalström", "treatment_assistant", 100, False)
    home = build(dt.date(2026, 12, 14), 3, [erik])
    d = {day: i for i, day in enumerate(home.dates)}
    shifts = {
        dt.date(2026, 12, 16): "D",
        dt.date(2026, 12, 17): "D",
        dt.date(2026, 12, 18): "D",
        dt.date(2026, 12, 19): "K",  # Saturday, ends 22:00
        dt.date(2026, 12, 22): "D",  # Tuesday 07:00
        dt.date(2026, 12, 23): "D",
        dt.date(2026, 12, 24): "K",  # Thursday, ends 22:00
        dt.date(2026, 12, 26): "D",  # Saturday 07:00–15:30
        dt.date(2026, 12, 28): "D",  # Monday 07:00
    }
    assignment = {"erik": {d[day]: s for day, s in shifts.items()}}
    found = [v for v in violations(home.problem, assignment) if v.rule == "weekly_rest"]
    assert [(home.dates[v.day], v.detail) for v in found] == [(dt.date(2026, 12, 21), str(33 * H))]
    from hvbdesk.gui.roster.roster_texts import sentence
    from hvbdesk.roster.sheet import SheetViolation

    text = sentence(RosterSheet(PERIOD, home, assignment), SheetViolation(found[0], None))
    assert text == (
        "Erik Dalström has no 36 hours' rest in a row in week 52 (from Mon 21/12); the longest rest inside it is 33 h."
    )


def test_the_periods_follow_the_setting():
    # Periods from Sunday 00:00 (144 h after Monday 00:00): a roster from Monday starts inside one.
    p = problem(14, week_start_minute=144 * H)
    assert p.periods() == [(-1440, 6 * 1440), (6 * 1440, 13 * 1440), (13 * 1440, 20 * 1440)]


# --- continuity -----------------------------------------------------------------------------------


def assistants(n: int) -> list[RosterStaff]:
    return [RosterStaff(f"ta{i}", f"Assistent {i}", "treatment_assistant", 100, False) for i in range(n)]


MONDAY = dt.date(2026, 11, 23)


def test_rules_apply_across_the_first_day():
    sunday = MONDAY - dt.timedelta(days=1)
    home = build(MONDAY, 1, assistants(1), before={"ta0": {sunday: "N"}})
    found = {(v.rule, v.day) for v in violations(home.problem, {"ta0": {0: "D"}})}
    assert ("succession", 0) in found  # a night to 07:30 Monday, then a day shift from 07:00
    worked = {MONDAY - dt.timedelta(days=i): "D" for i in range(1, 5)}
    home = build(MONDAY, 1, assistants(1), before={"ta0": worked})
    found = [(v.rule, v.day) for v in violations(home.problem, {"ta0": {0: "D", 1: "D"}})]
    assert ("max_consecutive", 0) in found  # four days before and two now: six in a row
    alone = build(MONDAY, 1, assistants(1))  # nothing known before: as before, nothing is assumed
    assert [v.rule for v in violations(alone.problem, {"ta0": {0: "D", 1: "D"}})] == []


def test_rules_apply_across_the_last_day():
    home = build(MONDAY, 1, assistants(1), after={"ta0": {MONDAY + dt.timedelta(days=7): "D"}})
    found = {(v.rule, v.day) for v in violations(home.problem, {"ta0": {6: "K"}})}
    assert ("succession", 6) in found  # an evening to 22:00 Sunday, then Monday 07:00: 9 hours


def test_the_solver_keeps_the_rules_across_both_edges():
    staff = assistants(8)
    sunday, next_monday = MONDAY - dt.timedelta(days=1), MONDAY + dt.timedelta(days=14)
    before = {m.id: {sunday: "N"} | {MONDAY - dt.timedelta(days=i): "D" for i in range(2, 6)} for m in staff[:4]}
    after = {m.id: {next_monday: "D"} for m in staff}
    home = build(MONDAY, 2, staff, before=before, after=after)
    solution = RosterModel(home.problem).solve(GUARD_SECONDS, workers=2, deterministic_time=1.0)
    assert solution.assignment and violations(home.problem, solution.assignment) == []
    for m in staff[:4]:
        assert solution.assignment.get(m.id, {}).get(0) in (None, "N")  # after a night: off, or another night
        assert solution.assignment.get(m.id, {}).get(13) != "K"  # an evening before Monday's day shift


def test_a_base_schedule_s_first_cycle_follows_the_week_before_it():
    sunday = MONDAY - dt.timedelta(days=1)
    before = {"ta0": {sunday: "N"} | {MONDAY - dt.timedelta(days=i): "D" for i in range(2, 6)}}
    home = build(MONDAY, 1, assistants(1), base=True, before=before)
    found = {(v.rule, v.day) for v in violations(home.problem, {"ta0": {0: "D"}})}
    assert ("succession", 0) in found  # the night before the first Monday, then a day shift
    staff = assistants(8)
    home = build(MONDAY, 2, staff, base=True, before={m.id: before["ta0"] for m in staff[:3]})
    solution = RosterModel(home.problem).solve(GUARD_SECONDS, workers=2, deterministic_time=1.0)
    assert solution.assignment and violations(home.problem, solution.assignment) == []
    assert all(solution.assignment.get(m.id, {}).get(0) in (None, "N") for m in staff[:3])


def test_a_weekend_worked_before_or_after_frees_the_next_one():
    saturday_before = MONDAY - dt.timedelta(days=2)
    home = build(MONDAY, 2, assistants(1), before={"ta0": {saturday_before: "D"}})
    found = [(v.rule, v.day) for v in violations(home.problem, {"ta0": {5: "D"}})]
    assert ("weekend_edge", 5) in found  # the weekend before was worked: this one is off
    assert [v.rule for v in violations(home.problem, {"ta0": {12: "D"}})] == []  # the second one is free
    sunday_after = MONDAY + dt.timedelta(days=20)
    home = build(MONDAY, 2, assistants(1), after={"ta0": {sunday_after: "K"}})
    assert ("weekend_edge", 12) in [(v.rule, v.day) for v in violations(home.problem, {"ta0": {13: "N"}})]
    staff = assistants(8)
    home = build(MONDAY, 2, staff, before={m.id: {saturday_before: "D"} for m in staff[:4]})
    solution = RosterModel(home.problem).solve(GUARD_SECONDS, workers=2, deterministic_time=1.0)
    assert solution.assignment and violations(home.problem, solution.assignment) == []
    assert not any(d in (5, 6) for m in staff[:4] for d in solution.assignment.get(m.id, {}))


def test_a_base_schedule_s_first_week_has_its_weekly_rest_and_weekend_after_the_week_before():
    # Read as repeating, the cycle's last three days and its first free give its first week a rest across the boundary;
    # after a weekend worked before the schedule starts, that rest is 33 hours and the first weekend is
    # the second in a row.
    saturday, sunday = MONDAY - dt.timedelta(days=2), MONDAY - dt.timedelta(days=1)
    cycle = {1: "D", 2: "K", 4: "D", 5: "D", 6: "D", 8: "D", 9: "D", 10: "D"}
    alone = build(MONDAY, 2, assistants(1), base=True)
    assert [v.rule for v in violations(alone.problem, {"ta0": cycle})] == []
    home = build(MONDAY, 2, assistants(1), base=True, before={"ta0": {saturday: "D", sunday: "K"}})
    found = {(v.rule, v.day, v.detail) for v in violations(home.problem, {"ta0": cycle})}
    assert found == {
        ("weekly_rest", 0, str(33 * 60)),
        ("weekend_edge", 5, "next to a weekend worked just outside the roster"),
    }
    staff = assistants(8)
    before = {m.id: {saturday: "D", sunday: "K"} for m in staff[:3]}
    home = build(MONDAY, 2, staff, base=True, before=before)
    solution = RosterModel(home.problem).solve(GUARD_SECONDS, workers=2, deterministic_time=1.0)
    assert solution.assignment and violations(home.problem, solution.assignment) == []
    assert not any(d in (5, 6) for m in staff[:3] for d in solution.assignment.get(m.id, {}))
