from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hvbdesk.gui.shell.login_dialogs import FirstRunDialog, LoginDialog
from hvbdesk.gui.shell.passphrase_dialog import PassphraseDialog
from tests.conftest import PASSWORD


def _ok(dialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_first_run_creates_the_manager(qtbot, services, swedish):
    dialog = FirstRunDialog(services.users)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _ok(dialog).text() == "Skapa konto"
    qtbot.keyClicks(dialog.ui.displayNameEdit, "Birgitta Hjort")
    qtbot.keyClicks(dialog.ui.usernameEdit, "Birgitta")
    qtbot.keyClicks(dialog.ui.passwordEdit, "kort")
    qtbot.keyClicks(dialog.ui.repeatEdit, "kort")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.text() == "Lösenord: måste ha minst 8 tecken")
    assert not services.users.has_accounts() and _ok(dialog).isEnabled()
    for edit in (dialog.ui.passwordEdit, dialog.ui.repeatEdit):
        edit.clear()
        qtbot.keyClicks(edit, PASSWORD)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    assert dialog.username == "birgitta"
    assert services.users.authenticate("birgitta", PASSWORD).display_name == "Birgitta Hjort"


def test_first_run_rejects_a_bad_user_name_in_swedish(qtbot, services, swedish):
    dialog = FirstRunDialog(services.users)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.usernameEdit, "Birgitta Hjort")
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClicks(dialog.ui.repeatEdit, PASSWORD)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.text().startswith("Användarnamn: använd 2–60 tecken"))


def test_login_wrong_then_right(qtbot, services, manager, swedish):
    from hvbdesk.services.users import UserService
    from tests.conftest import NOW
    from tests.helpers import MovableClock

    clock = MovableClock(NOW)
    dialog = LoginDialog("test.db")
    dialog.set_ready(UserService(services.db, services.audit, clock).authenticate, ["manager", "nurse"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Lösenord för alla konton: demo" in dialog.ui.demoHint.text()
    qtbot.keyClicks(dialog.ui.usernameEdit, "chef")
    qtbot.keyClicks(dialog.ui.passwordEdit, "fel-losenord")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.passwordEdit.isEnabled())
    assert dialog.ui.errorLabel.text() == "Fel användarnamn eller lösenord, eller så är kontot avstängt."
    assert dialog.ui.passwordEdit.text() == ""
    clock.advance(2)  # the time it takes to type the password again
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.actor is not None)
    assert dialog.actor.username == "chef" and dialog.result() == dialog.DialogCode.Accepted


def test_log_in_pressed_before_the_database_is_open_goes_on_by_itself(qtbot, services, manager, swedish):
    """The login dialog is up before the database is open: a user who types fast and presses "Logga in"
    is told what is happening and logged in once it is open, without pressing again."""
    dialog = LoginDialog("test.db")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.usernameEdit, "chef")
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.ui.statusLabel.isVisible() and "Databasen öppnas" in dialog.ui.statusLabel.text()
    assert not _ok(dialog).isEnabled() and dialog.actor is None
    dialog.set_ready(services.users.authenticate, None)
    qtbot.waitUntil(lambda: dialog.actor is not None)
    assert dialog.actor.username == "chef" and not dialog.ui.demoHint.isVisible()


def test_the_demo_accounts_are_listed_with_their_roles_and_fill_in_the_name(qtbot, services, swedish):
    """The list of eight bare user names wrapped and lost its last line's underscores; now one account a
    line with its role, shown whole, and a click fills in the user name."""
    from hvbdesk.security.roles import Role

    dialog = LoginDialog("test.db")
    dialog.set_ready(services.users.authenticate, [r.value for r in Role])
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.ui.demoHint
    assert "nurse</a> – Sjuksköterska" in hint.text() and "steering_viewer</a> – Styrgrupp" in hint.text()
    assert hint.height() >= hint.sizeHint().height() and hint.width() >= hint.sizeHint().width()
    hint.linkActivated.emit("nurse")
    assert dialog.ui.usernameEdit.text() == "nurse"


def test_passphrase_dialog_checks_length_and_repeat(qtbot, swedish):
    dialog = PassphraseDialog(True, "/data/hvbdesk.db")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.passphraseEdit, "kort")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == "Lösenfrasen måste ha minst 10 tecken."
    dialog.ui.passphraseEdit.clear()
    qtbot.keyClicks(dialog.ui.passphraseEdit, "en lang losenfras")
    qtbot.keyClicks(dialog.ui.repeatEdit, "en annan losenfras")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == "De två lösenfraserna är olika."
    dialog.ui.repeatEdit.clear()
    qtbot.keyClicks(dialog.ui.repeatEdit, "en lang losenfras")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.passphrase() == "en lang losenfras"
