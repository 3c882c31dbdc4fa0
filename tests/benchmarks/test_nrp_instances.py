"""The public Curtois–Qu benchmark: objective, bound and time on Instances 1–14 at 60 s each."""

from __future__ import annotations

import pytest

from hvbdesk.roster.check import objective, violations
from hvbdesk.roster.nrp_format import read
from hvbdesk.roster.solver import by_parts, solve
from tests.benchmarks.conftest import report
from tests.helpers import NRP

pytestmark = pytest.mark.benchmark
BEST_KNOWN = {
    1: 607,
    2: 828,
    3: 1001,
    4: 1716,
    5: 1143,
    6: 1950,
    7: 1056,
    8: 1300,
    9: 439,
    10: 4631,
    11: 3443,
    12: 4040,
    13: 1348,
    14: 1278,
}


@pytest.mark.parametrize("number", sorted(BEST_KNOWN))
def test_instance(number):
    problem = read(NRP / f"Instance{number}.txt")
    solution = solve(problem, 60)
    assert solution.objective is not None, f"no roster for instance {number}"
    assert violations(problem, solution.assignment) == []
    assert objective(problem, solution.assignment) == solution.objective
    report(
        f"nrp{number}",
        objective=solution.objective,
        bound=solution.bound,
        best_known=BEST_KNOWN[number],
        seconds=f"{solution.seconds:.1f}",
        status=solution.status,
        method="parts" if by_parts(problem) else "model",
    )
    if number <= 3:
        assert solution.objective == BEST_KNOWN[number] and solution.seconds < 60
