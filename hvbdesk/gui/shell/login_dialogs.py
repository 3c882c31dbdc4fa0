"""First run (create the manager) and log in. Both call UserService; neither holds a rule.

This module is on the start-up's short path: the login dialog is painted before the database and the
services exist (they are opened off the GUI thread while the user types), so nothing here imports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hvbdesk.domain.errors import HvbError
from hvbdesk.gui.common.background import Background
from hvbdesk.gui.common.field_errors import show_error
from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.common.role_names import role_label
from hvbdesk.gui.forms.ui_login_dialog import Ui_LoginDialog
from hvbdesk.i18n.messages import describe
from hvbdesk.security.roles import Role

if TYPE_CHECKING:
    from hvbdesk.services.context import Actor
    from hvbdesk.services.users import UserService

Authenticate = Callable[[str, str], "Actor"]


class LoginDialog(Dialog):
    """Asks for a user name and password. It can be shown before the database is open: "Log in" pressed
    early waits for `set_ready` and then goes on by itself, so nobody has to press twice."""

    painted = Signal()  # once, at the first paint: the start-up opens the database after it
    refused = Signal(str)  # the reason a login was refused, as shown under the fields

    def __init__(self, database_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.actor: Actor | None = None
        self._authenticate: Authenticate | None = None
        self._pressed_early = False
        self._painted_once = False
        self._checking = Background(self, self.tr("Log in"))
        self._checking.failed.connect(self._after_failure)
        self.ui.heading.setProperty("role", "heading")
        self.ui.databaseLabel.setText(self.tr("Database: %1").replace("%1", database_text))
        self.ui.databaseLabel.setProperty("role", "muted")
        self.ui.statusLabel.setProperty("role", "muted")
        self.ui.statusLabel.hide()
        show_error(self.ui.errorLabel, "")
        self.ui.demoHint.hide()
        self.login_button.setText(self.tr("Log in"))
        self.login_button.setDefault(True)  # Enter in the password field logs in
        self.ui.buttons.accepted.connect(self.try_login)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.usernameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def login_button(self):
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def ready(self) -> bool:
        return self._authenticate is not None

    def set_ready(self, authenticate: Authenticate, demo_accounts: list[str] | None) -> None:
        """The database is open: passwords can be checked. A press that came early is carried out now."""
        self._authenticate = authenticate
        if demo_accounts:
            self._show_demo_accounts(demo_accounts)
        if self._pressed_early:
            self._pressed_early = False
            self.try_login()
        else:
            self._say_status("")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            self.painted.emit()

    def _show_demo_accounts(self, demo_accounts: list[str]) -> None:
        # One account a line with its role, each a link that fills in the user name: a wrapped list
        # of bare user names was hard to read and lost its last line's underscores.
        import html  # only a demo database shows the list

        lines = [
            f'<a href="{html.escape(name)}">{html.escape(name)}</a> – {html.escape(role_label(Role(name)))}'
            for name in demo_accounts
        ]
        heading = html.escape(self.tr("DEMO database with fictional data. Password for every account: demo"))
        self.ui.demoHint.setWordWrap(False)
        self.ui.demoHint.setTextFormat(Qt.TextFormat.RichText)
        self.ui.demoHint.setText("<br>".join([heading, *lines]))
        self.ui.demoHint.setProperty("role", "demo")
        self.ui.demoHint.linkActivated.connect(self._use_demo_account)
        self.ui.demoHint.show()
        self.adjustSize()

    def _use_demo_account(self, username: str) -> None:
        self.ui.usernameEdit.setText(username)
        self.ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.usernameEdit, self.ui.passwordEdit, self.login_button):
            widget.setEnabled(not busy)

    def try_login(self) -> None:
        """Check the password off the GUI thread (argon2id takes a moment by design)."""
        show_error(self.ui.errorLabel, "")
        self._set_busy(True)
        if self._authenticate is None:
            self._pressed_early = True
            self._say_status(self.tr("Opening the database … you will be logged in as soon as it is open."))
            return
        self._say_status(self.tr("Checking the password …"))
        authenticate = self._authenticate
        username, password = self.ui.usernameEdit.text(), self.ui.passwordEdit.text()
        started = self._checking.run(
            self.tr("Checking the password …"),
            lambda: authenticate(username, password),
            self._logged_in,
            quiet=True,
            on_failed=self._refused,
        )
        if not started:
            self._set_busy(False)

    def _logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self._say_status("")
        self.accept()

    def _refused(self, exc: HvbError) -> None:
        self.ui.passwordEdit.clear()
        show_error(self.ui.errorLabel, describe(exc))
        self.refused.emit(describe(exc))

    def _after_failure(self, _exc) -> None:
        self._say_status("")
        self._set_busy(False)
        self.ui.passwordEdit.setFocus()

    def done(self, result: int) -> None:
        self._checking.wait(5000)  # a check under way ends before the dialog goes
        super().done(result)


class FirstRunDialog(Dialog):
    def __init__(self, users: UserService, parent: QWidget | None = None):
        super().__init__(parent)
        from hvbdesk.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog  # only on a database's first run

        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._users = users
        self.ui.heading.setProperty("role", "heading")
        show_error(self.ui.errorLabel, "")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create account"))
        self.ui.buttons.accepted.connect(self._create)
        self.ui.buttons.rejected.connect(self.reject)
        self.username: str | None = None
        self._creating = Background(self, self.tr("Create account"))
        self._creating.failed.connect(lambda _exc: self.ui.buttons.setEnabled(True))

    def _create(self) -> None:
        if self.ui.passwordEdit.text() != self.ui.repeatEdit.text():
            show_error(self.ui.errorLabel, self.tr("Password: the two passwords differ"))
            return
        show_error(self.ui.errorLabel, "")
        users = self._users
        username, password, name = (
            self.ui.usernameEdit.text(),
            self.ui.passwordEdit.text(),
            self.ui.displayNameEdit.text(),
        )
        self.ui.buttons.setEnabled(False)  # hashing the password takes a moment by design: no second press
        self._creating.run(
            self.tr("Creating the account …"),
            lambda: users.create_first_manager(username, password, name).username,
            self._created,
            quiet=True,
            on_failed=lambda exc: show_error(self.ui.errorLabel, describe(exc)),
        )

    def _created(self, username: str) -> None:
        self.username = username
        self.accept()

    def done(self, result: int) -> None:
        self._creating.wait(5000)
        super().done(result)
