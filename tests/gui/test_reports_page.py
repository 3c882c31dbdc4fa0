"""Rapporter: the overview counts this month and year off the GUI thread and counts again when data has
changed; the steering report is previewed as its real pages and saved as PDF, CSV and Excel."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from hvbdesk.domain.enums import DeviationKind
from hvbdesk.security.roles import Role
from tests.conftest import add_actor
from tests.gui.conftest import make_window
from tests.helpers import pdftotext


def _reports(qtbot, services, actor):
    window = make_window(qtbot, services, actor)
    window.show_page("reports")
    return window, window.pages["reports"]


def _settled(qtbot, page) -> None:
    """The overview counts on a worker thread: it must be done before the test's database goes."""
    qtbot.waitUntil(lambda: not page.overview.background.running and not page.maker.background.running)
    page.finish_work()


def test_the_overview_counts_off_the_gui_thread_and_again_after_a_change(qtbot, with_residents, manager, swedish):
    viewer = add_actor(with_residents, manager, Role.STEERING_VIEWER)
    window, page = _reports(qtbot, with_residents, viewer)
    overview = page.overview
    qtbot.waitUntil(lambda: overview.year.cards["care_days"].value.text() != "–", timeout=10_000)
    # Two young people placed since January (fixtures): care days this year, occupancy as a percentage.
    assert overview.year.cards["occupancy"].value.text().endswith("%")
    assert overview.month.title.text().startswith("Den här månaden")
    assert overview.chart.accessibleDescription().startswith("jan:")
    token = overview._token
    overview.refresh_if_changed()  # nothing written: the figures stay
    qtbot.waitUntil(lambda: not overview.background.running)
    assert overview._token == token
    with_residents.deviations.register(manager, dt.date(2026, 6, 1), DeviationKind.OTHER, "Larmet gick")
    with qtbot.waitSignal(overview.background.done, timeout=10_000):
        overview.refresh_if_changed()
    assert overview._token != token
    _settled(qtbot, page)


def test_the_report_is_saved_as_pdf_csv_and_excel(qtbot, with_residents, manager, swedish, tmp_path):
    window, page = _reports(qtbot, with_residents, manager)
    maker = page.maker
    page.tabs.setCurrentWidget(maker)
    maker.kind.setCurrentIndex(maker.kind.findData("month"))
    maker.year_spin.setValue(2026)
    maker.part.setCurrentIndex(maker.part.findData(3))
    assert maker.period_label.text() == "2026-03-01 – 2026-03-31 (31 dagar)"
    for suffix in (".pdf", ".csv", ".xlsx"):
        with qtbot.waitSignal(maker.background.done, timeout=20_000):
            maker.save_to(tmp_path / f"r{suffix}")
        assert maker.status.text().endswith(f"r{suffix}")
    text = pdftotext((tmp_path / "r.pdf").read_bytes())
    assert "Rapport till styrgruppen" in text and "2026-03-01 – 2026-03-31" in text
    assert "Strand" not in text and "Öberg" not in text
    table = (tmp_path / "r.csv").read_text(encoding="utf-8")
    assert "care_days,2081,31\ncare_days,total,31\n" in table  # Ebba Strand's stay, all of March
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert [c.value for c in sheet[1]] == ["section", "key", "value"]
    _settled(qtbot, page)


def test_a_period_that_ends_before_it_starts_cannot_be_made(qtbot, with_residents, manager, swedish):
    window, page = _reports(qtbot, with_residents, manager)
    maker = page.maker
    maker.kind.setCurrentIndex(maker.kind.findData("custom"))
    assert not maker.first_edit.isHidden() and maker.year_spin.isHidden()
    maker.first_edit.setDate(maker.last_edit.date().addDays(3))
    assert maker.period_label.text() == "Perioden slutar innan den börjar."
    assert not maker.pdf_button.isEnabled() and not maker.preview_button.isEnabled()
    _settled(qtbot, page)


def test_the_preview_shows_the_real_pages(qtbot, with_residents, manager, swedish):
    window, page = _reports(qtbot, with_residents, manager)
    maker = page.maker
    with qtbot.waitSignal(maker.background.done, timeout=30_000):
        maker.show_preview()
    assert maker.preview is not None and maker.preview.page_count >= 4
    _settled(qtbot, page)
    page.on_lock()
