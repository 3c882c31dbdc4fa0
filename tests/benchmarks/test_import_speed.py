"""Imports that scale (issue 11): 10 000 stays and 50 000 staff rows, each all or nothing, under 10 s."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from hvbdesk.services.imports import PLACEMENT_COLUMNS
from tests.benchmarks.conftest import report
from tests.helpers import STAFF_HEADER, placement_row, pnr, write_csv

pytestmark = pytest.mark.benchmark


def stays(count: int) -> list[list[str]]:
    """Back to back in the ten places, three days each, ending before NOW (2026-06-15); each young person
    17 at admission, with a fictional personnummer of their own."""
    rows = []
    start = dt.datetime(2026, 6, 10, 10, 0) - dt.timedelta(days=3 * (count // 10 + 1))
    for i in range(count):
        place, slot = i % 10 + 1, i // 10
        admitted = start + dt.timedelta(days=3 * slot)
        discharged = admitted + dt.timedelta(days=3, hours=-1)
        birth = (admitted - dt.timedelta(days=17 * 365 + 30)).date()
        number = pnr(f"{birth:%Y%m%d}", 980 + i % 10)  # birth dates differ by slot, serials by place
        kind = "acute" if place >= 9 else "ordinary"
        rows.append(
            placement_row(
                number,
                place=str(place),
                admitted=f"{admitted:%Y-%m-%d %H:%M}",
                discharged=f"{discharged:%Y-%m-%d %H:%M}",
                reason="planned",
                kind=kind,
                first=f"Namn{i}",
                last="Test",
            )
        )
    return rows


@pytest.mark.parametrize("count", [1_000, 10_000])
def test_placements_import(services, manager, tmp_path, count):
    path = write_csv(tmp_path / "p.csv", PLACEMENT_COLUMNS, stays(count))
    started = time.perf_counter()
    result = services.imports.import_placements(manager, path)
    seconds = time.perf_counter() - started
    report(
        f"import_placements_{count}",
        backend="sqlite" if services.db.is_sqlite else "postgresql",
        rows=count,
        seconds=f"{seconds:.1f}",
    )
    assert result.created == count
    if count == 10_000:
        assert seconds < 10


def test_staff_import(services, manager, tmp_path):
    rows = [[f"Förnamn{i}", f"Efternamn{i}", "treatment_assistant", "municipality", "100", "no"] for i in range(50_000)]
    path = write_csv(tmp_path / "s.csv", STAFF_HEADER, rows)
    started = time.perf_counter()
    result = services.imports.import_staff(manager, path)
    seconds = time.perf_counter() - started
    report(
        "import_staff_50000",
        backend="sqlite" if services.db.is_sqlite else "postgresql",
        rows=50_000,
        seconds=f"{seconds:.1f}",
    )
    assert result.created == 50_000 and seconds < 10
