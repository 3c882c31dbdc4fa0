"""`hvbdesk report steering` (issue 13): the steering viewer takes the year's report out as a PDF and the
figures as CSV; bad periods and file names are refused in words, with no file left behind."""

from __future__ import annotations

import csv
import datetime as dt

from tests.cli.conftest import PASSPHRASE, run_cli
from tests.helpers import pdftotext

ENV = {"HVBDESK_DB_PASSPHRASE": PASSPHRASE, "HVBDESK_PASSWORD": "demo"}


def _period() -> tuple[str, str]:
    last = dt.date.today() - dt.timedelta(days=1)
    return (last - dt.timedelta(days=180)).isoformat(), last.isoformat()


def test_the_steering_viewer_writes_the_pdf_and_the_csv(demo_dir, tmp_path):
    first, last = _period()
    pdf, table = tmp_path / "rapport.pdf", tmp_path / "rapport.csv"
    done = run_cli(
        "report",
        "steering",
        "--from",
        first,
        "--to",
        last,
        "--out",
        str(pdf),
        "--csv",
        str(table),
        "--user",
        "steering_viewer",
        env=ENV,
        data_dir=demo_dir / "data",
    )
    assert done.returncode == 0, done.stderr
    text = pdftotext(pdf.read_bytes())
    assert "Rapport till styrgruppen" in text and "Innehåller inga personuppgifter" in text and "Sekretess" not in text
    rows = list(csv.reader(table.open(encoding="utf-8")))
    sections = {r[0] for r in rows[1:]}
    assert rows[0] == ["section", "key", "value"]
    assert {
        "care_days",
        "admissions",
        "fee_revenue",
        "occupancy",
        "budgeted_cost",
        "result",
        "deficit_share",
    } <= sections
    care = {k: int(v) for s, k, v in rows[1:] if s == "care_days"}
    assert care["total"] == sum(v for k, v in care.items() if k != "total") > 0


def test_bad_input_is_refused_in_words(demo_dir, tmp_path):
    first, last = _period()
    out = tmp_path / "x.pdf"
    backwards = run_cli(
        "report",
        "steering",
        "--from",
        last,
        "--to",
        first,
        "--out",
        str(out),
        "--user",
        "steering_viewer",
        env=ENV,
        data_dir=demo_dir / "data",
    )
    assert backwards.returncode == 1 and "Till och med" in backwards.stderr and "Traceback" not in backwards.stderr
    wrong = run_cli(
        "report",
        "steering",
        "--from",
        first,
        "--to",
        last,
        "--out",
        str(tmp_path / "x.docx"),
        "--user",
        "steering_viewer",
        env=ENV,
        data_dir=demo_dir / "data",
    )
    assert wrong.returncode == 1 and ".xlsx" in wrong.stderr
    not_a_date = run_cli(
        "report",
        "steering",
        "--from",
        "2025-13-01",
        "--to",
        last,
        "--out",
        str(out),
        "--user",
        "steering_viewer",
        env=ENV,
        data_dir=demo_dir / "data",
    )
    assert not_a_date.returncode == 2 and "2025-13-01" in not_a_date.stderr
    assistant = run_cli(
        "report",
        "steering",
        "--from",
        first,
        "--to",
        last,
        "--out",
        str(out),
        "--user",
        "treatment_assistant",
        env=ENV,
        data_dir=demo_dir / "data",
    )
    assert assistant.returncode != 0 and "Traceback" not in assistant.stderr
    assert not out.exists() and not list(tmp_path.glob("*.partial"))
