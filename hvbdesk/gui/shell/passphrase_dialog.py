"""Asks for the database passphrase when no keyring holds the key (a headless or locked-down PC)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from hvbdesk.gui.common.field_errors import show_error
from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from hvbdesk.security.limits import MIN_PASSPHRASE_LENGTH


class PassphraseDialog(Dialog):
    def __init__(self, creating: bool, location: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self._creating = creating
        if creating:
            self.ui.intro.setText(
                self.tr(
                    "A new encrypted database will be created at %1. No key store is available on this "
                    "computer, so choose a passphrase of at least %2 characters. Without it the data "
                    "cannot be read: keep it safe."
                )
                .replace("%1", location)
                .replace("%2", str(MIN_PASSPHRASE_LENGTH))
            )
        else:
            self.ui.intro.setText(
                self.tr("The database at %1 is encrypted. Type its passphrase.").replace("%1", location)
            )
            self.ui.repeatEdit.hide()
            self.ui.repeatLabel.hide()
        show_error(self.ui.errorLabel, "")
        self.ui.buttons.accepted.connect(self._check)
        self.ui.buttons.rejected.connect(self.reject)

    def _check(self) -> None:
        text = self.ui.passphraseEdit.text()
        if self._creating and len(text) < MIN_PASSPHRASE_LENGTH:
            show_error(
                self.ui.errorLabel,
                self.tr("The passphrase must have at least %n characters.", "", MIN_PASSPHRASE_LENGTH),
            )
            return
        if self._creating and text != self.ui.repeatEdit.text():
            show_error(self.ui.errorLabel, self.tr("The two passphrases differ."))
            return
        if not text:
            show_error(self.ui.errorLabel, self.tr("Type the passphrase."))
            return
        self.accept()

    def passphrase(self) -> str:
        return self.ui.passphraseEdit.text()


def ask_passphrase(location: str):
    """A PassphrasePrompt for the keystore that shows this dialog."""

    def prompt(creating: bool) -> str | None:
        dialog = PassphraseDialog(creating, location)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    return prompt
