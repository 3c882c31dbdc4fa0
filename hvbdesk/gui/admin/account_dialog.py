"""New account (the manager)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hvbdesk.gui.common.field_errors import show_error, submit
from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.common.role_names import role_label
from hvbdesk.gui.forms.ui_account_dialog import Ui_AccountDialog
from hvbdesk.security.roles import Role
from hvbdesk.services.context import Actor
from hvbdesk.services.users import UserService


class AccountDialog(Dialog):
    def __init__(self, users: UserService, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self._users, self._actor = users, actor
        for role in Role:
            self.ui.roleCombo.addItem(role_label(role), role.value)
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(Role.TREATMENT_ASSISTANT.value))
        show_error(self.ui.errorLabel, "")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create account"))
        self.ui.buttons.accepted.connect(self._create)
        self.ui.buttons.rejected.connect(self.reject)

    def _create(self) -> None:
        if self.ui.passwordEdit.text() != self.ui.repeatEdit.text():
            show_error(self.ui.errorLabel, self.tr("Password: the two passwords differ"))
            return
        ui = self.ui
        if submit(
            ui.errorLabel,
            lambda: self._users.add_account(
                self._actor,
                ui.usernameEdit.text(),
                Role(ui.roleCombo.currentData()),
                ui.passwordEdit.text(),
                ui.displayNameEdit.text(),
            ),
            {"username": ui.usernameEdit, "password": ui.passwordEdit, "display_name": ui.displayNameEdit},
        ):
            self.accept()
