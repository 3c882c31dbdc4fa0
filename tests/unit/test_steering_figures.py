"""The steering report's counting rules on hand-made stays, against numbers worked out by hand."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from ortools.sat.python import cp_model

from hvbdesk.domain.enums import LegalBasis, LegalSex, PlaceKind
from hvbdesk.domain.municipalities import split_by_population
from hvbdesk.domain.reference_history import Dated, ReferenceHistory
from hvbdesk.reports.steering_figures import compute
from hvbdesk.reports.steering_inputs import ReportInputs, StayFact
from hvbdesk.reports.suppression import HIDDEN, SMALL, Grid, suppress

D = dt.date
A, B, C, S = "2084", "2029", "2061", "2082"  # Avesta member; Leksand leaves; Smedjebacken joins; Säter never
PLACES = {PlaceKind.ORDINARY: 8, PlaceKind.ACUTE: 2}


START = D(2020, 1, 1)


def history(*, operation_start: dt.date = START, budget: int = 3_650_000) -> ReferenceHistory:
    return ReferenceHistory(
        names={A: "Avesta", B: "Leksand", C: "Smedjebacken", S: "Säter"},
        memberships={A: [(D(2020, 1, 1), None)], B: [(D(2020, 1, 1), D(2024, 12, 31))], C: [(D(2025, 1, 1), None)]},
        populations={
            A: [(D(2020, 1, 1), 30_000)],
            B: [(D(2020, 1, 1), 15_000)],
            C: [(D(2020, 1, 1), 10_000)],
            S: [(D(2020, 1, 1), 11_000)],
        },
        settings={
            "fees.day_fee_member": [Dated(D(2020, 1, 1), None, 3000)],
            "fees.day_fee_non_member": [Dated(D(2020, 1, 1), None, 4000)],
            "fees.day_fee_member_first_year": [Dated(D(2020, 1, 1), None, 3500)],
            "fees.day_fee_non_member_first_year": [Dated(D(2020, 1, 1), None, 4500)],
            "budget.annual": [Dated(D(2020, 1, 1), None, budget)],
        },
        operation_start=operation_start,
    )


_ids = itertools.count(1)


def stay(admitted, discharged, code, kind=PlaceKind.ORDINARY, sex=LegalSex.FEMALE, age=17, basis=LegalBasis.SOL):
    n = next(_ids)
    return StayFact(n, n, kind, admitted, discharged, code, basis, sex, age)


# The period crosses the end of a leap year: 2024-12-30 .. 2025-01-02, four dates.
FIRST, LAST = D(2024, 12, 30), D(2025, 1, 2)


def edge_stays() -> list[StayFact]:
    return [
        stay(D(2024, 12, 1), D(2025, 2, 1), A),  # before and after: 4 care days
        stay(D(2024, 12, 20), D(2024, 12, 30), S),  # discharged on the first date: 0
        stay(D(2025, 1, 2), None, C, PlaceKind.ACUTE),  # admitted on the last date: 1 (C a member since 1 Jan)
        stay(D(2024, 12, 31), D(2024, 12, 31), B),  # same-day stay: 1 (B still a member on 31 Dec)
        stay(D(2024, 11, 1), None, B),  # ongoing: 4, two as member and two after leaving
        stay(D(2024, 12, 31), D(2025, 1, 1), C, PlaceKind.ACUTE),  # one night, before C joined: 1
    ]


def test_care_days_and_occupancy_at_the_edges():
    f = compute(ReportInputs(history(), PLACES, edge_stays()), FIRST, LAST)
    by_code = {m.code: m for m in f.municipalities}
    assert {c: m.care_days for c, m in by_code.items()} == {A: 4, B: 5, C: 2}
    assert S not in by_code  # its only stay ended on the first date: no care day, no admission in the period
    assert f.care_days == {PlaceKind.ORDINARY: 9, PlaceKind.ACUTE: 2}
    assert f.occupancy == {"ordinary": 9 / 32, "acute": 2 / 8, "total": 11 / 40}
    assert [(m.month, m.care_days, m.dates) for m in f.months] == [
        (D(2024, 12, 1), (5, 1), 2),
        (D(2025, 1, 1), (4, 1), 2),
    ]
    assert {c: m.admissions for c, m in by_code.items()} == {A: 0, B: 1, C: 2}


def test_membership_changing_inside_the_period_sets_each_day_s_fee():
    f = compute(ReportInputs(history(), PLACES, edge_stays()), FIRST, LAST)
    by_code = {m.code: m for m in f.municipalities}
    assert (by_code[B].member_days, by_code[B].non_member_days) == (3, 2)
    assert (by_code[C].member_days, by_code[C].non_member_days) == (1, 1)
    # A: 4 × 3000; B: 3 × 3000 + 2 × 4000; C: 1 × 3000 + 1 × 4000
    assert {c: m.revenue for c, m in by_code.items()} == {A: 12_000, B: 17_000, C: 7_000}
    assert by_code[B].member_at_end is False and by_code[C].member_at_end is True
    assert f.money.revenue == 36_000


def test_budget_and_deficit_across_a_leap_year_end():
    f = compute(ReportInputs(history(), PLACES, edge_stays()), FIRST, LAST)
    # 3 650 000 × 2/366 (2024 is a leap year) + 3 650 000 × 2/365 = 19 945.36 + 20 000
    assert f.money.budgeted_cost == 39_945
    assert f.money.result == 36_000 - 39_945
    # Members on the last date: A (30 000) and C (10 000); B has left. 3 945 × 3/4 = 2 958.75, × 1/4 = 986.25:
    # the krona left over goes to the larger remainder.
    assert f.money.deficit_shares == {A: 2_959, C: 986}
    assert f.money.break_even_fee == round(39_945 / (10 * 4 * 0.8))
    assert f.money.cost_per_care_day == round(39_945 / 11)


def test_no_deficit_no_shares():
    f = compute(ReportInputs(history(budget=365_000), PLACES, edge_stays()), FIRST, LAST)
    assert f.money.result > 0 and f.money.deficit_shares == {}


def test_first_year_of_operation_charges_the_higher_fee_from_the_home_s_start():
    stays = [stay(D(2024, 12, 1), None, A), stay(D(2024, 12, 1), None, S)]
    f = compute(ReportInputs(history(operation_start=D(2024, 1, 1)), PLACES, stays), FIRST, LAST)
    by_code = {m.code: m.revenue for m in f.municipalities}
    # 30 and 31 Dec 2024 are in the first year, 1 and 2 Jan 2025 are not.
    assert by_code[A] == 2 * 3500 + 2 * 3000
    assert by_code[S] == 2 * 4500 + 2 * 4000


def test_a_period_of_one_day_and_an_empty_home():
    f = compute(ReportInputs(history(), PLACES, []), D(2025, 3, 1), D(2025, 3, 1))
    assert f.total_care_days == 0 and f.occupancy["total"] == 0.0
    assert f.money.budgeted_cost == round(3_650_000 / 365)
    assert sum(f.money.deficit_shares.values()) == f.money.budgeted_cost


def test_the_seed_example_split_by_population():
    f = compute(ReportInputs(history(), PLACES, []), FIRST, LAST)
    rows = {code: (all_, fewer) for code, _, all_, fewer in f.example.rows}
    assert rows[C][0] == 7_554  # the seed's figure for Smedjebacken when everyone takes part
    assert rows[S][1] is None and rows[B][1] is None  # Säter and Leksand stay out in the second column
    assert sum(a for a, _ in rows.values()) == f.example.total
    assert sum(b or 0 for _, b in rows.values()) == f.example.total
    assert rows[C][1] == round(f.example.total * 10_000 / 40_000)


def test_split_by_population_adds_up_exactly():
    shares = split_by_population(100, {"a": 1, "b": 1, "c": 1})
    assert sum(shares.values()) == 100 and sorted(shares.values()) == [33, 33, 34]
    assert split_by_population(0, {"a": 5}) == {"a": 0}


def test_persons_counted_once_by_their_latest_stay():
    stays = [
        stay(D(2024, 6, 1), D(2024, 12, 31), A, sex=LegalSex.MALE, age=17),
        stay(D(2024, 12, 31), None, A, sex=LegalSex.MALE, age=18),
    ]
    stays[1] = StayFact(
        99,
        stays[0].person,
        *[
            getattr(stays[1], f)
            for f in ("kind", "admitted", "discharged", "municipality", "legal_basis", "legal_sex", "age_at_admission")
        ],
    )
    f = compute(ReportInputs(history(), PLACES, stays), FIRST, LAST)
    assert f.people_count == 1
    assert f.people[0].grid.cells == ((0, 0), (0, 1))  # a man, 18–20 at his latest admission


def test_period_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError):
        compute(ReportInputs(history(), PLACES, []), LAST, FIRST)


# --- suppression -----------------------------------------------------------------------------------


def _readings(grid: Grid, shown: dict) -> dict:
    """Every value each hidden position can take, for a reader who knows the rule: "<3" is 1 or 2, "×"
    is 0 or at least 3, and every row and column adds up to its total. All solutions are enumerated."""
    rows, cols = len(grid.cells), len(grid.cells[0])
    model = cp_model.CpModel()
    value = {}
    for p, text in shown.items():
        if text == SMALL:
            value[p] = model.new_int_var(1, 2, str(p))
        elif text == HIDDEN:
            value[p] = model.new_int_var_from_domain(
                cp_model.Domain.from_intervals([[0, 0], [3, grid.total + 5]]), str(p)
            )
        else:
            value[p] = int(text)
    for r in range(rows + 1):
        model.add(sum(value[(r, c)] for c in range(cols)) == value[(r, cols)])
    for c in range(cols + 1):
        model.add(sum(value[(r, c)] for r in range(rows)) == value[(rows, c)])
    hidden = [p for p, v in value.items() if not isinstance(v, int)]
    possible: dict = {p: set() for p in hidden}

    class Collect(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self):
            for p in hidden:
                possible[p].add(self.value(value[p]))

    solver = cp_model.CpSolver()
    solver.parameters.enumerate_all_solutions = True
    solver.parameters.num_workers = 1
    solver.solve(model, Collect())
    return possible


@pytest.mark.parametrize(
    "cells",
    [
        ((1, 5, 7), (4, 2, 9)),
        ((2, 0, 3), (0, 4, 6)),
        ((1, 2), (3, 4)),
        ((0, 0, 1), (5, 6, 0)),
        ((3, 1), (0, 0)),
        ((19, 2, 8, 0), (20, 5, 5, 2)),
    ],
)
def test_no_small_cell_can_be_worked_out(cells):
    grid = Grid(cells)
    shown = suppress(grid)
    rows, cols = len(cells), len(cells[0])
    for r in range(rows + 1):
        for c in range(cols + 1):
            value = grid.cells[r][c] if r < rows and c < cols else None
            if value is not None and 1 <= value <= 2:
                assert shown[(r, c)] == SMALL
    for position, values in _readings(grid, shown).items():
        if shown[position] == SMALL:
            assert values == {1, 2}, f"{position} can be worked out from {shown}"


def test_nothing_hidden_without_small_numbers():
    shown = suppress(Grid(((10, 12), (8, 9))))
    assert set(shown.values()) == {"10", "12", "8", "9", "22", "17", "18", "21", "39"}
