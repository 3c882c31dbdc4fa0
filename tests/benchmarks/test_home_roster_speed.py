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
    report("home_roster", status=s.status, objective=s.objective, bound=s.bound,
           gap=f"{100 * (s.gap or 0):.1f}%", seconds=f"{s.seconds:.1f}",
           uncovered_shifts=sum(g.missing for g in result.gaps))
    services.db.dispose()
    assert s.objective is not None and s.seconds < 30
