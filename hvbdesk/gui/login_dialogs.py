"""First run (create the manager) and log in. Both call UserService; neither holds a rule."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hvbdesk.domain.errors import HvbError
from hvbdesk.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from hvbdesk.gui.forms.ui_login_dialog import Ui_LoginDialog
from hvbdesk.gui.role_names import role_label
from hvbdesk.i18n.messages import describe
from hvbdesk.security.roles import Role
from hvbdesk.services.context import Actor
from hvbdesk.services.users import UserService


def _show_error(label, text: str) -> None:
    label.setText(text)
    label.setProperty("role", "error")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))


class LoginDialog(QDialog):
    def __init__(
        self, users: UserService, database_text: str, demo_accounts: list[str] | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._users = users
        self.actor: Actor | None = None
        self.ui.heading.setProperty("role", "heading")
        self.ui.databaseLabel.setText(self.tr("Database: %1").replace("%1", database_text))
        self.ui.databaseLabel.setProperty("role", "muted")
        _show_error(self.ui.errorLabel, "")
        if demo_accounts:
            # One account a line with its role, each a link that fills in the user name: a wrapped list
            # of bare user names was hard to read and lost its last line's underscores.
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
        else:
            self.ui.demoHint.hide()
        login_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        login_button.setText(self.tr("Log in"))
        login_button.setDefault(True)  # Enter in the password field logs in
        self.ui.buttons.accepted.connect(self._try_login)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.usernameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _use_demo_account(self, username: str) -> None:
        self.ui.usernameEdit.setText(username)
        self.ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _try_login(self) -> None:
        try:
            self.actor = self._users.authenticate(self.ui.usernameEdit.text(), self.ui.passwordEdit.text())
        except HvbError as exc:
            self.ui.passwordEdit.clear()
            _show_error(self.ui.errorLabel, describe(exc))
            self.ui.passwordEdit.setFocus()
            return
        self.accept()


class FirstRunDialog(QDialog):
    def __init__(self, users: UserService, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._users = users
        self.ui.heading.setProperty("role", "heading")
        _show_error(self.ui.errorLabel, "")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create account"))
        self.ui.buttons.accepted.connect(self._create)
        self.ui.buttons.rejected.connect(self.reject)
        self.username: str | None = None

    def _create(self) -> None:
        if self.ui.passwordEdit.text() != self.ui.repeatEdit.text():
            _show_error(self.ui.errorLabel, self.tr("Password: the two passwords differ"))
            return
        try:
            row = self._users.create_first_manager(
                self.ui.usernameEdit.text(), self.ui.passwordEdit.text(), self.ui.displayNameEdit.text()
            )
        except HvbError as exc:
            _show_error(self.ui.errorLabel, describe(exc))
            return
        self.username = row.username
        self.accept()
