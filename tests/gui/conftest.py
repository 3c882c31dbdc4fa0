from __future__ import annotations

import pytest

from hvbdesk.gui.shell.main_window import MainWindow, ShellContext
from hvbdesk.gui.shell.style import apply_style
from hvbdesk.gui.shell.translations import install_translators
from hvbdesk.security.roles import Role
from hvbdesk.services.imports import PLACEMENT_COLUMNS
from tests.conftest import add_actor, database_fixture
from tests.helpers import placement_row, pnr, write_csv


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """A message box nobody answers would hang the run: make it fail the test with its text instead."""
    from PySide6.QtWidgets import QMessageBox

    def fail(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fail))


def _delete_closed_widgets() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def widgets_deleted_in_time(qapp):
    """pytest-qt closes a test's widgets with deleteLater, which only an event loop carries out. Carry
    it out before the next test, so no widget waits to be destroyed while Python shuts down."""
    _delete_closed_widgets()
    yield


@pytest.fixture(scope="session", autouse=True)
def last_widgets_deleted(qapp):
    yield
    _delete_closed_widgets()


@pytest.fixture(scope="session", autouse=True)
def garbage_collected_on_the_gui_thread(qapp):
    """As in the app: a worker thread's allocations must not run the collector over Qt objects."""
    from hvbdesk.gui.shell.gui_thread_gc import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def texts_through_qt(qapp, texts_in_the_default_language):
    """As in the app: headless texts (service errors) go through Qt's translators, so a test sees them in
    the language of the translators it installed (English unless it asks for `swedish`)."""
    from PySide6.QtCore import QCoreApplication

    from hvbdesk import i18n

    i18n.use(QCoreApplication.translate, "en")


@pytest.fixture(scope="session")
def styled(qapp):
    """Once per run: setting an application style sheet re-polishes every live widget."""
    apply_style(qapp)


@pytest.fixture
def swedish(qapp, styled):
    translators = install_translators(qapp, "sv")
    yield
    for t in translators:
        qapp.removeTranslator(t)


# GUI tests drive widgets; the store itself is covered on both backends elsewhere.
database = database_fixture(backends=["sqlite"])


@pytest.fixture
def with_residents(services, manager, tmp_path):
    rows = [
        placement_row(pnr("20080101", 982), place="1", admitted="2026-01-10 10:00", first="Ebba", last="Strand"),
        placement_row(
            pnr("20070303", 983),
            place="9",
            admitted="2026-06-10 12:00",
            kind="acute",
            first="Hugo",
            last="Öberg",
            gender="man",
        ),
    ]
    services.imports.import_placements(manager, write_csv(tmp_path / "p.csv", PLACEMENT_COLUMNS, rows))
    return services


def wait_until_read(qtbot, page) -> None:
    """Wait until what the page reads off the GUI thread (its `Reload`, a count its `Background` runs) is
    on the screen."""
    from hvbdesk.gui.common.background import Background, Reload

    def idle() -> bool:
        return not any(r.busy for r in page.findChildren(Reload)) and not any(
            b.running for b in page.findChildren(Background)
        )

    qtbot.waitUntil(idle, timeout=15000)


def show_and_wait(qtbot, window: MainWindow, key: str):
    """Show a page as the navigation does, and wait until its data is on the screen."""
    window.show_page(key)
    page = window.pages[key]
    wait_until_read(qtbot, page)
    return page


def make_window(qtbot, services, actor, idle_minutes: float = 10) -> MainWindow:
    window = MainWindow(services, actor, ShellContext("test.db", True, idle_minutes, "sv", lambda code: None))
    qtbot.addWidget(window)
    window.show()
    window.show_page(next(iter(window.pages)))
    return window


@pytest.fixture
def nurse(services, manager):
    return add_actor(services, manager, Role.NURSE)
