"""One workstation, one person at a time: the login dialog, then the main window, and after a log-out the
login dialog again for the next person on shift, until the window or the dialog is closed.

At start-up the login dialog comes before the services: `attach` hands them over once the database is
open (off the GUI thread), and a database with no account yet gets the first-run dialog in its place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from hvbdesk.gui.shell.login_dialogs import FirstRunDialog, LoginDialog

if TYPE_CHECKING:
    from hvbdesk.app import Services
    from hvbdesk.gui.shell.main_window import MainWindow, ShellContext


class Session(QObject):
    finished = Signal(int)  # the app's exit code: 0 once someone has logged in, 1 if nobody did
    window_shown = Signal(object)  # the MainWindow, once shown (the smoke test waits for its first paint)

    def __init__(
        self,
        database_text: str,
        make_shell: Callable[[], ShellContext],
        services: Services | None = None,
        demo_accounts: list[str] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._database_text, self._make_shell = database_text, make_shell
        self._services, self._demo_accounts = services, demo_accounts
        self.login: LoginDialog | None = None
        self.first_run: FirstRunDialog | None = None
        self.window: MainWindow | None = None
        self._someone_logged_in = False

    def start(self) -> None:
        """Show the login dialog (without blocking: the caller's event loop runs it)."""
        self.login = LoginDialog(self._database_text)
        self.login.accepted.connect(self._open_window)
        self.login.rejected.connect(lambda: self.finished.emit(0 if self._someone_logged_in else 1))
        if self._services is not None:
            self.login.set_ready(self._services.users.authenticate, self._demo_accounts)
        self.login.open()

    def attach(self, services: Services, demo_accounts: list[str] | None, *, has_accounts: bool = True) -> None:
        """The database is open. A new database's first account is made before anyone can log in."""
        self._services, self._demo_accounts = services, demo_accounts
        if self.login is None:
            return
        if has_accounts:
            self.login.set_ready(services.users.authenticate, demo_accounts)
            return
        self.login.hide()
        self.first_run = FirstRunDialog(services.users)
        self.first_run.finished.connect(self._first_run_ended)
        self.first_run.open()

    def _first_run_ended(self, result: int) -> None:
        dialog, self.first_run = self.first_run, None
        assert dialog is not None and self.login is not None and self._services is not None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self.login.reject()
            return
        self.login.ui.usernameEdit.setText(dialog.username or "")
        self.login.ui.passwordEdit.setFocus()
        self.login.set_ready(self._services.users.authenticate, self._demo_accounts)
        self.login.open()

    def _open_window(self) -> None:
        from hvbdesk.gui.shell.main_window import MainWindow  # imported off the GUI thread while the user typed

        assert self.login is not None and self.login.actor is not None and self._services is not None
        actor = self.login.actor
        self.login.deleteLater()
        self.login = None
        self._someone_logged_in = True
        window = MainWindow(self._services, actor, self._make_shell())
        window.ended.connect(self._window_ended)
        self.window = window
        window.show()
        window.show_page(window.start_page)
        window.build_pages_ahead()
        self.window_shown.emit(window)

    def _window_ended(self, logged_out: bool) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        if logged_out:
            self.start()
        else:
            self.finished.emit(0)
