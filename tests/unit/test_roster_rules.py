"""Each roster rule, violated once on a small hand-made roster, is found and named."""

from __future__ import annotations

import pytest

from hvbdesk.roster.check import objective, violations
from hvbdesk.roster.problem import Cover, Employee, Request, RosterProblem, ShiftType

D, N = ShiftType("D", 480), ShiftType("N", 600, frozenset({"D"}))


def person(**kw) -> Employee:
    base = dict(
        id="A",
        max_shifts={"D": 14, "N": 14},
        max_minutes=10_000,
        min_minutes=0,
        max_consecutive=5,
        min_consecutive=1,
        min_days_off=1,
        max_weekends=2,
        days_off=frozenset(),
    )
    base.update(kw)
    return Employee(**base)


def problem(e: Employee, **kw) -> RosterProblem:
    return RosterProblem(days=14, shifts=[D, N], staff=[e], **kw)


def rules(e: Employee, days: dict[int, str]) -> list[tuple[str, int | None]]:
    return [(v.rule, v.day) for v in violations(problem(e), {"A": days})]


def test_a_lawful_roster_has_no_violation():
    assert rules(person(), {0: "D", 1: "D", 2: "N", 5: "D", 6: "D"}) == []


@pytest.mark.parametrize(
    "e, days, expected",
    [
        (person(days_off=frozenset({3})), {3: "D"}, [("day_off", 3)]),
        (person(), {2: "N", 3: "D"}, [("succession", 2)]),
        (person(max_shifts={"D": 1, "N": 14}), {1: "D", 3: "D"}, [("max_shifts", None)]),
        (person(max_minutes=900), {1: "D", 3: "D"}, [("max_minutes", None)]),
        (person(min_minutes=1000), {1: "D", 3: "D"}, [("min_minutes", None)]),
        (person(max_consecutive=2), {1: "D", 2: "D", 3: "D"}, [("max_consecutive", 1)]),
        (person(min_consecutive=2), {4: "D"}, [("min_consecutive", 4)]),
        (person(min_days_off=2), {3: "D", 5: "D"}, [("min_days_off", 4)]),
        (person(max_weekends=1), {5: "D", 12: "D"}, [("max_weekends", None)]),
    ],
)
def test_each_rule_is_found_once(e, days, expected):
    assert rules(e, days) == expected


def test_runs_touching_the_ends_are_exempt_from_the_minimums():
    e = person(min_consecutive=3, min_days_off=3)
    assert rules(e, {0: "D", 13: "D"}) == []


def test_objective_counts_requests_and_cover():
    e = person()
    p = problem(
        e,
        on_requests=[Request("A", 0, "D", 5)],
        off_requests=[Request("A", 1, "D", 3)],
        cover=[Cover(0, "D", 2, 100, 1), Cover(1, "D", 0, 100, 1)],
    )
    # day 0: on-request met, cover short by one (100); day 1: off-request broken (3) and over cover (1)
    assert objective(p, {"A": {0: "D", 1: "D"}}) == 100 + 3 + 1
