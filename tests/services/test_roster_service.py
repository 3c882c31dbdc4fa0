"""The roster service on the demo staff: a 6-week roster or a correct shortfall, saved, audited."""

from __future__ import annotations

import datetime as dt

import pytest

from hvbdesk.domain.errors import PermissionDenied, ValidationError
from hvbdesk.roster.check import violations
from hvbdesk.security.roles import Role
from hvbdesk.services.audit import AuditQuery
from hvbdesk.services.demo import fill_demo
from tests.conftest import NOW, add_actor
from tests.helpers import GUARD_SECONDS

MONDAY = dt.date(2026, 6, 15)


def test_six_weeks_for_the_demo_staff(services, database, manager):
    fill_demo(database, services.audit, seed=2, years=1, end=NOW)
    result = services.roster.plan(manager, MONDAY, 6, GUARD_SECONDS, deterministic_time=0.5)
    home, solution = result.home, result.solution
    assert solution.objective is not None and violations(home.problem, solution.assignment) == []
    # Every uncovered minimum is listed, and nothing listed is covered.
    for g in result.gaps:
        have = sum(1 for e in home.problem.staff if solution.assignment.get(e.id, {}).get(g.date_index) == g.shift)
        assert have + g.missing == home.minimum[g.date_index, g.shift]
    if result.gaps:
        assert result.explanation[0].startswith("8 behandlingsassistenter ger 1920 timmar på 6 veckor")
        assert sorted(result.temporary_staff) == ["Emma Grahn", "Nils Boman", "Tobias Vik"]
    saved = services.roster.save(manager, result.sheet)
    assert saved == sum(len(days) for days in solution.assignment.values())
    rows = services.audit.search(manager, AuditQuery(entity="roster", action="update"))
    assert rows and rows[0].detail.startswith("saved 2026-06-15..2026-07-26")


def test_only_the_manager_lays_out_the_roster(services, manager):
    assistant = add_actor(services, manager, Role.TREATMENT_ASSISTANT)
    with pytest.raises(PermissionDenied):
        services.roster.plan(assistant, MONDAY, 1, 5)
    with pytest.raises(ValidationError) as err:
        services.roster.plan(manager, MONDAY, 20, 5)
    assert err.value.problems[0].code == "weeks_range"
