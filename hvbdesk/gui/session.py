"""One workstation, one person at a time: the login dialog, then the main window, and after a log-out the
login dialog again for the next person on shift, until the window or the dialog is closed."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from hvbdesk.gui.login_dialogs import LoginDialog
from hvbdesk.gui.main_window import MainWindow, ShellContext


class Session(QObject):
    finished = Signal(int)  # the app's exit code: 0 once someone has logged in, 1 if nobody did

    def __init__(
        self,
        services,
        make_shell: Callable[[], ShellContext],
        demo_accounts: list[str] | None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._services, self._make_shell, self._demo_accounts = services, make_shell, demo_accounts
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None
        self._someone_logged_in = False

    def start(self) -> None:
        """Show the login dialog (without blocking: the caller's event loop runs it)."""
        shell = self._make_shell()
        self.login = LoginDialog(self._services.users, shell.database_text, self._demo_accounts)
        self.login.accepted.connect(self._open_window)
        self.login.rejected.connect(lambda: self.finished.emit(0 if self._someone_logged_in else 1))
        self.login.open()

    def _open_window(self) -> None:
        assert self.login is not None and self.login.actor is not None
        actor = self.login.actor
        self.login.deleteLater()
        self.login = None
        self._someone_logged_in = True
        window = MainWindow(self._services, actor, self._make_shell())
        window.ended.connect(self._window_ended)
        self.window = window
        window.show()
        window.show_page(window.start_page)

    def _window_ended(self, logged_out: bool) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        if logged_out:
            self.start()
        else:
            self.finished.emit(0)
