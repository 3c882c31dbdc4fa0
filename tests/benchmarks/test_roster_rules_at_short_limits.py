"""Twenty rosters in a row for the demo staff at short time limits (5–10 s each, wall clock), each saved
before the next is laid out: none may break the weekly rest per fixed period, the daily rest or the days
in a row, across the edge to the saved roster before it included (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from hvbdesk.app import build_services, open_database
from hvbdesk.config import make_config
from tests.benchmarks.conftest import PASSPHRASE, make_demo, report

pytestmark = pytest.mark.benchmark
RULES = {"weekly_rest", "succession", "max_consecutive", "max_in_a_row", "weekend_edge"}


@pytest.fixture(scope="module")
def one_year_demo(tmp_path_factory):
    return make_demo(tmp_path_factory, 1, 9)  # the demo the check used


def test_twenty_rosters_keep_the_rules_across_their_edges(one_year_demo, monkeypatch):
    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    config = make_config(str(one_year_demo))
    services = build_services(open_database(config, None), config)
    manager = services.users.authenticate("manager", "demo")
    today = services.beds.now().date()
    start = today + dt.timedelta(days=7 - today.weekday())
    broken, objectives, limits = [], [], []
    for k in range(20):
        limit = 5 + k % 6  # 5–10 s
        result = services.roster.plan(manager, start, 6, limit)
        sheet = result.sheet
        if k:
            assert sheet.edges[0] == "saved"
        found = [f.violation for f in sheet.violations() if f.violation.rule in RULES]
        broken += [(start.isoformat(), v.rule, v.employee, v.day) for v in found]
        objectives.append(result.solution.objective)
        limits.append(limit)
        services.roster.save(manager, sheet)
        start += dt.timedelta(days=42)
    report(
        "roster_rules_20",
        rosters=20,
        broken=len(broken),
        objectives="/".join(str(o) for o in objectives),
        limits="/".join(map(str, limits)),
    )
    services.db.dispose()
    assert broken == []
    assert all(o is not None for o in objectives)
