"""A year's steering report on a 10-year demo database: figures, PDF, CSV and Excel within 2 seconds
each (issue 13). Imports are warm, as in the running program; the first call is not counted."""

from __future__ import annotations

import datetime as dt
import statistics
import time

import pytest

from hvbdesk.app import build_services, open_database
from hvbdesk.config import make_config
from tests.benchmarks.conftest import PASSPHRASE, report

pytestmark = pytest.mark.benchmark
LIMIT_S = 2.0


def test_a_year_s_report(ten_year_demo, monkeypatch, tmp_path):
    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    config = make_config(str(ten_year_demo))
    services = build_services(open_database(config, None), config)
    viewer = services.users.authenticate("steering_viewer", "demo")
    last = services.beds.now().date().replace(month=1, day=1) - dt.timedelta(days=1)
    first = last.replace(month=1, day=1)
    runs = {
        "figures": lambda: services.steering.figures(viewer, first, last),
        "pdf": lambda: services.steering.pdf(viewer, first, last),
        "csv": lambda: services.steering.write(viewer, first, last, tmp_path / "r.csv"),
        "xlsx": lambda: services.steering.write(viewer, first, last, tmp_path / "r.xlsx"),
        "ten_years_pdf": lambda: services.steering.pdf(viewer, first.replace(year=first.year - 9), last),
    }
    figures = {}
    for name, run in runs.items():
        run()
        times = []
        for _ in range(3):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        figures[f"{name}_ms"] = round(statistics.median(times) * 1000)
    report("steering_report_year", **figures)
    services.db.dispose()
    assert figures["pdf_ms"] <= LIMIT_S * 1000, figures
    assert figures["figures_ms"] <= LIMIT_S * 1000, figures
    assert figures["xlsx_ms"] <= LIMIT_S * 1000, figures
