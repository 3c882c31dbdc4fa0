"""Starting the desktop app in two moments: the login dialog at once, then, while the user types, the
database and the services on a worker thread; "Log in" leads to the main window.

Only what the login dialog needs is imported before it is painted (Qt, the style, the translations, the
dialog); SQLAlchemy, the models, the services and the window's pages come with the database, off the GUI
thread (`database_opening`).
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hvbdesk import APP_NAME, STARTED
from hvbdesk.config import Config, load_preferences, save_preferences
from hvbdesk.domain.errors import DatabaseStateError, HvbError
from hvbdesk.gui.shell.gui_thread_gc import GuiThreadCollector
from hvbdesk.gui.shell.session import Session

if TYPE_CHECKING:
    from hvbdesk.gui.shell.database_opening import Opened
from hvbdesk.gui.shell.style import apply_style
from hvbdesk.gui.shell.translations import DEFAULT_LANGUAGE, install_translators
from hvbdesk.i18n import fill, translate
from hvbdesk.i18n.messages import describe
from hvbdesk.security.roles import Role

BOARD_PAINT_TIMEOUT_MS = 10_000


def _app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("hvbdesk")
    return app


def _install_error_dialog() -> None:
    """An unexpected error in a click handler is shown to the user, not only printed to a console
    nobody reads; the details still go to stderr for whoever investigates."""
    previous = sys.excepthook

    def show(kind, value, tb) -> None:
        previous(kind, value, tb)
        if isinstance(value, HvbError):
            QMessageBox.warning(None, "hvbdesk", describe(value))
            return
        QMessageBox.critical(
            None,
            "hvbdesk",
            QApplication.translate(
                "Application",
                "Something unexpected went wrong and the last action may not have been completed. "
                "Drafts are saved. Please tell the manager what you were doing. (%1)",
            ).replace("%1", kind.__name__),
        )

    sys.excepthook = show


def _say_failure(exc: BaseException, smoke_test: bool) -> None:
    """Headless runs say it on stderr; a person gets a dialog in their language."""
    text = describe(exc) if isinstance(exc, HvbError) else f"{type(exc).__name__}: {exc}"
    if smoke_test:
        print(fill(translate("Cli", "error: %1"), text), file=sys.stderr)
    else:
        QMessageBox.critical(None, "hvbdesk", text)


def _ms(a: float, b: float) -> int:
    return round((b - a) * 1000)


class _SmokeTest:
    """Plays the user: logs in as soon as the database is open, and says how long each moment took once
    the start page is drawn. `--stop-at login` ends at the login dialog's first paint."""

    def __init__(self, app: QApplication, session: Session, stop_at: str | None):
        self._app, self._session, self._stop_at = app, session, stop_at
        self.login_painted = self.pressed = 0.0

    def at_login_painted(self) -> bool:
        """True when the run ends here."""
        self.login_painted = time.perf_counter()
        if self._stop_at != "login":
            return False
        print(f"smoke: login_dialog_ms={_ms(STARTED, self.login_painted)}")
        self._app.exit(0)
        return True

    def log_in(self, opened: Opened) -> None:
        user = os.environ.get("HVBDESK_SMOKE_USER") or (Role.MANAGER.value if opened.is_demo else None)
        password = os.environ.get("HVBDESK_PASSWORD") or ("demo" if opened.is_demo else None)
        if not user or not password:
            raise HvbError("the smoke test on a real database needs HVBDESK_SMOKE_USER and HVBDESK_PASSWORD")
        login = self._session.login
        assert login is not None
        login.ui.usernameEdit.setText(user)
        login.ui.passwordEdit.setText(password)
        login.refused.connect(self._refused)
        self._session.window_shown.connect(self._wait_for_board)
        self.pressed = time.perf_counter()
        login.try_login()

    def _refused(self, text: str) -> None:
        print(fill(translate("Cli", "error: %1"), text), file=sys.stderr)
        self._app.exit(1)

    def _wait_for_board(self, window) -> None:
        page = window.current_page()
        painted = getattr(page, "painted", None)
        if painted is None or getattr(page, "_painted_once", False):
            QTimer.singleShot(0, lambda: self._finish(window))
        else:
            painted.connect(lambda: self._finish(window))
        QTimer.singleShot(BOARD_PAINT_TIMEOUT_MS, lambda: self._finish(window))

    def _finish(self, window) -> None:
        if not window.isVisible():
            return
        drawn = time.perf_counter()
        print(
            f"smoke: login_dialog_ms={_ms(STARTED, self.login_painted)} "
            f"login_to_board_ms={_ms(self.pressed, drawn)} total_ms={_ms(STARTED, drawn)}"
        )
        window.close()


def run(config: Config, *, smoke_test: bool = False, stop_at: str | None = None) -> int:
    app = _app()
    collector = GuiThreadCollector(app)
    prefs = load_preferences(config)
    language = prefs.get("language", DEFAULT_LANGUAGE)
    translators = install_translators(app, language)  # noqa: F841  kept alive for the app's life
    apply_style(app)
    create = not config.has_database()
    if create:
        if smoke_test:
            _say_failure(
                DatabaseStateError(f"no database at {config.database_path}", "no_database", (config.database_path,)),
                smoke_test,
            )
            return 1
        answer = QMessageBox.question(
            None,
            "hvbdesk",
            QApplication.translate("Application", "There is no database in %1 yet. Create a new, empty one?").replace(
                "%1", str(config.data_dir)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 1
    if not smoke_test:
        _install_error_dialog()
    opened: list[Opened] = []  # the one Opened, once the database is open
    location = config.describe_database()

    def set_language(code: str) -> None:
        save_preferences(config, {**load_preferences(config), "language": code})

    def make_shell():  # read at each login: the manager may have changed the idle lock
        from hvbdesk.gui.shell.main_window import ShellContext

        services = opened[0].services
        return ShellContext(
            location,
            opened[0].is_demo,
            services.settings.idle_lock_minutes(),
            language,
            set_language,
        )

    # The session, not the last window, decides when the app ends: after a log-out the login dialog
    # comes back for the next person on shift.
    app.setQuitOnLastWindowClosed(False)
    session = Session(location, make_shell)
    session.finished.connect(app.exit)

    def at_window_shown(window) -> None:
        collector.settle()  # the window, and once they are built ahead its pages, live as long as it
        window.pages_built.connect(collector.settle)

    session.window_shown.connect(at_window_shown)
    smoke = _SmokeTest(app, session, stop_at) if smoke_test else None
    openers: list = []  # made after the first paint: its module and Qt classes are not needed before

    def ask(creating: bool) -> str | None:
        from hvbdesk.gui.shell.passphrase_dialog import ask_passphrase

        return ask_passphrase(location)(creating)

    def at_login_painted() -> None:
        if smoke is not None and smoke.at_login_painted():
            return
        from hvbdesk.gui.shell.database_opening import DatabaseOpener

        opener = DatabaseOpener(config, create=create, prompt=None if smoke_test else ask, parent=app)
        opener.opened.connect(at_opened)
        opener.failed.connect(at_failed)
        openers.append(opener)
        opener.start()

    def at_opened(result: Opened) -> None:
        collector.settle()  # the database layer and the window's modules, now imported
        opened.append(result)
        demo_accounts = [r.value for r in Role] if result.is_demo else None
        session.attach(result.services, demo_accounts, has_accounts=result.has_accounts)
        if smoke is not None:
            try:
                smoke.log_in(result)
            except HvbError as exc:
                _say_failure(exc, smoke_test)
                app.exit(1)

    def at_failed(exc: BaseException) -> None:
        _say_failure(exc, smoke_test)
        app.exit(1)

    session.start()
    assert session.login is not None
    session.login.painted.connect(at_login_painted)
    try:
        return app.exec()
    finally:
        for opener in openers:
            opener.wait()
        collector.stop()
        if opened:
            opened[0].services.db.dispose()
