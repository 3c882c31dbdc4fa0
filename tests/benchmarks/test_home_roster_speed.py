"""The home's default set-up with the demo staff: a 6-week roster (or its shortfall) within 30 s."""

from __future__ import annotations

import datetime as dt

import pytest

from hvbdesk.app import build_services, open_database
from hvbdesk.config import make_config
from tests.benchmarks.conftest import PASSPHRASE, report

pytestmark = pytest.mark.benchmark


def test_six_weeks_default_setup(ten_year_demo, monkeypatch):
    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    config = make_config(str(ten_year_demo))
    services = build_services(open_database(config, None), config)
    manager = services.users.authenticate("manager", "demo")
    today = services.beds.now().date()
    monday = today + dt.timedelta(days=7 - today.weekday())
    result = services.roster.plan(manager, monday, 6, 25)  # the rest of the 30 s is loading and checking
    s = result.solution
    report(
        "home_roster",
        status=s.status,
        objective=s.objective,
        bound=s.bound,
        gap=f"{100 * (s.gap or 0):.1f}%",
        seconds=f"{s.seconds:.1f}",
        uncovered_shifts=sum(g.missing for g in result.gaps),
    )
    services.db.dispose()
    assert s.objective is not None and s.seconds < 30


def test_four_weeks_for_eight_assistants_come_close_to_the_proven_bound():
    """The rules leave at least 8 weekend shifts uncovered (bound 8 000 and more); in 10 s on the
    machine's cores the roster should be within 5 % of the bound (a wall-clock claim, so measured here
    and not in the default run)."""
    from hvbdesk.roster.check import violations
    from hvbdesk.roster.home import RosterStaff, build
    from hvbdesk.roster.solver import RosterModel

    staff = [RosterStaff(f"ta{i}", f"Assistent {i}", "treatment_assistant", 100, False) for i in range(8)]
    home = build(dt.date(2027, 2, 1), 4, staff)
    s = RosterModel(home.problem).solve(10)
    report(
        "home_roster_4w_8",
        status=s.status,
        objective=s.objective,
        bound=s.bound,
        gap=f"{100 * (s.gap or 0):.1f}%",
        seconds=f"{s.seconds:.1f}",
    )
    assert violations(home.problem, s.assignment) == []
    assert s.bound >= 8000 and s.objective <= 1.05 * s.bound
