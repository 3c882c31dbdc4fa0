"""No person in the steering report: the demo's names, identity numbers and free text appear nowhere in
the PDF's text, the CSV or the Excel workbook, and small counts of persons are suppressed."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from openpyxl import load_workbook

from hvbdesk.security.roles import Role
from hvbdesk.store.models import Deviation, Resident
from tests.conftest import DemoSpec, add_actor, database_fixture
from tests.helpers import pdftotext

database = database_fixture(DemoSpec(seed=6, years=2))
FIRST, LAST = dt.date(2025, 6, 1), dt.date(2026, 5, 31)


@pytest.fixture
def personal(services):
    with services.db.reading() as session:
        people = [(r.first_name, r.last_name, r.identity_number) for r in session.query(Resident)]
        texts = [d.description for d in session.query(Deviation)] + [d.analysis for d in session.query(Deviation)]
    return people, [t for t in texts if t]


def _leaks(text: str, people, texts) -> list[str]:
    found = []
    digits = re.sub(r"\D", "", text)
    for first, last, number in people:
        if re.search(rf"\b{re.escape(first)} {re.escape(last)}\b", text) or re.search(rf"\b{re.escape(last)}\b", text):
            found.append(f"{first} {last}")
        if number in digits or number[2:] in digits:
            found.append(number)
    found += [t for t in texts if t in text]
    return found


def test_no_name_identity_number_or_free_text_in_any_output(services, manager, personal, tmp_path):
    people, texts = personal
    assert len(people) > 50 and texts  # the demo has people and deviations with text to leak
    viewer = add_actor(services, manager, Role.STEERING_VIEWER)
    pdf = pdftotext(services.steering.pdf(viewer, FIRST, LAST))
    csv_text = services.steering.write(viewer, FIRST, LAST, tmp_path / "r.csv").read_text(encoding="utf-8")
    book = load_workbook(services.steering.write(viewer, FIRST, LAST, tmp_path / "r.xlsx"))
    xlsx = "\n".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None)
    assert "Rapport till styrgruppen" in pdf and "care_days,total," in csv_text and "fee_revenue" in xlsx
    for name, text in (("pdf", pdf), ("csv", csv_text), ("xlsx", xlsx)):
        assert _leaks(text, people, texts) == [], name


def test_small_counts_of_persons_never_show(services, manager, tmp_path):
    # A month: few enough young people that some cells are 1 or 2.
    figures = services.steering.figures(manager, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    small = [v for t in figures.people for row in t.grid.cells for v in row if 1 <= v <= 2]
    assert small  # the month is small enough to need suppression
    rows = services.steering.write(manager, dt.date(2026, 5, 1), dt.date(2026, 5, 31), tmp_path / "m.csv")
    people_rows = [
        line.split(",") for line in rows.read_text(encoding="utf-8").splitlines() if line.startswith("people_")
    ]
    assert people_rows and not any(value in ("1", "2") for _, _, value in people_rows)
    assert any(value == "<3" for _, _, value in people_rows)
