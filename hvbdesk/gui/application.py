"""Starting the desktop app: open or create the database, first run, log in, the main window."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from hvbdesk import APP_NAME
from hvbdesk.app import Services, build_services, create_database, database_exists, open_database
from hvbdesk.config import Config, load_preferences, save_preferences
from hvbdesk.domain.errors import HvbError
from hvbdesk.gui.login_dialogs import FirstRunDialog
from hvbdesk.gui.main_window import MainWindow, ShellContext
from hvbdesk.gui.passphrase_dialog import ask_passphrase
from hvbdesk.gui.session import Session
from hvbdesk.gui.style import apply_style
from hvbdesk.gui.translations import DEFAULT_LANGUAGE, install_translators
from hvbdesk.i18n import fill, translate
from hvbdesk.i18n.messages import describe
from hvbdesk.security.roles import Role


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


def _report(exc: HvbError, smoke_test: bool) -> int:
    """Headless runs say it on stderr; a person gets a dialog in their language."""
    if smoke_test:
        print(fill(translate("Cli", "error: %1"), describe(exc)), file=sys.stderr)
    else:
        QMessageBox.critical(None, "hvbdesk", describe(exc))
    return 1


def _open(config: Config, *, interactive: bool) -> Services | None:
    prompt = ask_passphrase(config.describe_database()) if interactive else None
    if database_exists(config):
        db = open_database(config, prompt)
    else:
        answer = QMessageBox.question(
            None,
            "hvbdesk",
            QApplication.translate("Application", "There is no database in %1 yet. Create a new, empty one?").replace(
                "%1", str(config.data_dir)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        db = create_database(config, prompt, demo=False)
    return build_services(db, config)


def _smoke_actor(services: Services):
    user = os.environ.get("HVBDESK_SMOKE_USER") or (Role.MANAGER.value if services.is_demo else None)
    password = os.environ.get("HVBDESK_PASSWORD") or ("demo" if services.is_demo else None)
    if not user or not password:
        raise HvbError("the smoke test on a real database needs HVBDESK_SMOKE_USER and HVBDESK_PASSWORD")
    return services.users.authenticate(user, password)


def run(config: Config, *, smoke_test: bool = False) -> int:
    started = time.perf_counter()
    app = _app()
    prefs = load_preferences(config)
    language = prefs.get("language", DEFAULT_LANGUAGE)
    translators = install_translators(app, language)  # noqa: F841  kept alive for the app's life
    apply_style(app)
    qt_ready = time.perf_counter()
    try:
        services = _open(config, interactive=not smoke_test)
    except HvbError as exc:
        return _report(exc, smoke_test)
    if services is None:
        return 1
    if not smoke_test:
        _install_error_dialog()
    opened = time.perf_counter()

    def set_language(code: str) -> None:
        save_preferences(config, {**load_preferences(config), "language": code})

    def make_shell() -> ShellContext:  # read at each login: the manager may have changed the idle lock
        return ShellContext(
            config.describe_database(), services.is_demo, services.settings.idle_lock_minutes(), language, set_language
        )

    try:
        if smoke_test:
            actor = _smoke_actor(services)
            logged_in = time.perf_counter()
            window = MainWindow(services, actor, make_shell())
            window.show()
            window.show_page(window.start_page)
            return _finish_smoke(app, window, started, qt_ready, opened, logged_in)
        if not services.users.has_accounts():
            if FirstRunDialog(services.users).exec() != QDialog.DialogCode.Accepted:
                return 1
        # The session, not the last window, decides when the app ends: after a log-out the login dialog
        # comes back for the next person on shift.
        app.setQuitOnLastWindowClosed(False)
        session = Session(services, make_shell, [r.value for r in Role] if services.is_demo else None)
        session.finished.connect(app.exit)
        session.start()
        return app.exec()
    except HvbError as exc:
        return _report(exc, smoke_test)
    finally:
        services.db.dispose()


def _finish_smoke(app, window: MainWindow, started, qt_ready, opened, logged_in) -> int:
    """Wait for the start page's first paint, then print where the time went."""
    loop = QEventLoop()
    start_page = window.stack.currentWidget()
    painted = getattr(start_page, "painted", None)
    if painted is not None:
        painted.connect(loop.quit)
    QTimer.singleShot(10_000, loop.quit)
    window.repaint()
    if painted is not None and not getattr(start_page, "_painted_once", False):
        loop.exec()
    drawn = time.perf_counter()
    ms = lambda a, b: f"{(b - a) * 1000:.0f} ms"  # noqa: E731
    print(
        f"smoke test: qt+style {ms(started, qt_ready)}, database {ms(qt_ready, opened)}, "
        f"login {ms(opened, logged_in)}, window drawn {ms(logged_in, drawn)}, total {ms(started, drawn)}"
    )
    window.close()
    return 0
