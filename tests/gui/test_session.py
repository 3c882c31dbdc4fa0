"""One workstation, one person at a time: logging out returns to the login dialog for the next person on
shift (from the menu and from the lock screen) instead of quitting, and the log says who logged out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hvbdesk.gui.shell.main_window import ShellContext
from hvbdesk.gui.shell.session import Session
from hvbdesk.security.roles import Role
from hvbdesk.services.audit import AuditQuery
from tests.conftest import PASSWORD, add_actor


def shell() -> ShellContext:
    return ShellContext("test.db", True, 10, "sv", lambda code: None)


def log_in(qtbot, session: Session, username: str) -> None:
    login = session.login
    assert login is not None and login.isVisible()
    login.ui.usernameEdit.setText(username)
    login.ui.passwordEdit.setText(PASSWORD)
    qtbot.mouseClick(login.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())


def started(services) -> tuple[Session, list[int]]:
    """A session showing its login dialog, and the exit codes it has ended with."""
    session = Session("test.db", shell, services)
    ended: list[int] = []
    session.finished.connect(ended.append)
    session.start()
    return session, ended


def menu_action(window, text: str):
    return next(a for a in window.findChildren(type(window.menuBar().actions()[0])) if a.text() == text)


def test_logging_out_hands_the_workstation_to_the_next_person(qtbot, with_residents, manager, swedish):
    add_actor(with_residents, manager, Role.TREATMENT_ASSISTANT, "assistent")
    session, ended = started(with_residents)
    log_in(qtbot, session, "chef")
    first = session.window
    assert "admin" in first.pages and "Föreståndaren" in first.user_label.text()
    menu_action(first, "Logga &ut").trigger()
    assert not first.isVisible() and session.window is None
    assert session.login is not None and session.login.isVisible() and ended == []
    log_in(qtbot, session, "assistent")
    second = session.window
    assert second is not first and "admin" not in second.pages
    assert "Behandlingsassistent" in second.user_label.text()
    logged = with_residents.audit.search(manager, AuditQuery(action="logout"))
    assert [r.username for r in logged] == ["chef"]
    second.close()  # closing the window (Avsluta) ends the app
    assert ended == [0]


def test_the_lock_screen_s_log_out_returns_to_the_login_dialog(qtbot, with_residents, manager, swedish):
    session, ended = started(with_residents)
    log_in(qtbot, session, "chef")
    window = session.window
    window.lock()
    assert window.lock_screen.logout_button.text() == "Logga ut"
    qtbot.mouseClick(window.lock_screen.logout_button, Qt.MouseButton.LeftButton)
    assert session.window is None and session.login is not None and session.login.isVisible()
    assert ended == []
    session.login.reject()  # the next person closes the dialog: the app ends normally
    assert ended == [0]


def test_nobody_logging_in_ends_the_app_with_an_error_code(qtbot, with_residents, manager):
    session, ended = started(with_residents)
    session.login.reject()
    assert ended == [1]


def test_the_login_dialog_comes_before_the_database_and_logs_in_once_it_is_open(
    qtbot, with_residents, manager, swedish
):
    """Start-up: the dialog is shown with no services yet; when the database is open, `attach` makes the
    dialog able to log in and lists the demo accounts."""
    session = Session("test.db", shell)
    session.start()
    login = session.login
    assert login is not None and login.isVisible() and not login.ready
    session.attach(with_residents, ["manager", "nurse"])
    assert login.ready and "nurse</a> – Sjuksköterska" in login.ui.demoHint.text()
    log_in(qtbot, session, "chef")
    assert "occupancy" in session.window.pages
    session.window.close()


def test_a_database_with_no_account_asks_for_the_first_manager_before_anyone_logs_in(qtbot, services, swedish):
    session = Session("test.db", shell)
    ended: list[int] = []
    session.finished.connect(ended.append)
    session.start()
    session.attach(services, None, has_accounts=False)
    first_run = session.first_run
    assert first_run is not None and first_run.isVisible() and not session.login.isVisible()
    first_run.ui.displayNameEdit.setText("Birgitta Hjort")
    first_run.ui.usernameEdit.setText("birgitta")
    first_run.ui.passwordEdit.setText(PASSWORD)
    first_run.ui.repeatEdit.setText(PASSWORD)
    qtbot.mouseClick(first_run.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.first_run is None and session.login.isVisible())
    assert session.login.ui.usernameEdit.text() == "birgitta" and session.login.ready
    log_in(qtbot, session, "birgitta")
    assert "admin" in session.window.pages
    session.window.close()
    assert ended == [0]


def test_closing_the_first_run_dialog_ends_the_app_with_an_error_code(qtbot, services):
    session = Session("test.db", shell)
    ended: list[int] = []
    session.finished.connect(ended.append)
    session.start()
    session.attach(services, None, has_accounts=False)
    session.first_run.reject()
    assert ended == [1]
