"""A refused form says why on its error line and marks the fields the refusal names: a red frame, the
reason as the field's tooltip, the focus on the first of them; a later success clears the marks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hvbdesk.domain.enums import PlaceKind
from hvbdesk.gui.admin.account_dialog import AccountDialog
from hvbdesk.gui.board.admission_dialog import AdmissionDialog
from tests.conftest import NOW, PASSWORD
from tests.helpers import pnr


def _ok(dialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_refused_user_name_is_marked_and_the_mark_goes_with_the_fix(qtbot, services, manager, swedish):
    dialog = AccountDialog(services.users, manager)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.displayNameEdit.setText("Anna Björk")
    qtbot.keyClicks(ui.usernameEdit, "Anna Bjork")  # a space and capitals: refused (QTest types ASCII only)
    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    qtbot.keyClicks(ui.repeatEdit, PASSWORD)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert ui.usernameEdit.property("error") is True and ui.passwordEdit.property("error") is False
    assert ui.usernameEdit.toolTip().startswith("Användarnamn: ") and dialog.focusWidget() is ui.usernameEdit
    assert ui.errorLabel.isVisible() and ui.errorLabel.text() == ui.usernameEdit.toolTip()
    ui.usernameEdit.setText("anna")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ui.usernameEdit.property("error") is False and ui.usernameEdit.toolTip() == ""


def test_an_admission_marks_every_field_it_refuses(qtbot, services, manager, swedish):
    dialog = AdmissionDialog(
        services.stays, manager, [(1, PlaceKind.ORDINARY)], [("2081", "Borlänge")], NOW, place_number=1
    )
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    names = ("personnummerEdit", "firstNameEdit", "lastNameEdit")

    def marked() -> set[str]:
        return {n for n in names if getattr(ui, n).property("error")}

    ui.personnummerEdit.setText(pnr("20080101", 982))  # the names left empty
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert marked() == {"firstNameEdit", "lastNameEdit"} and dialog.focusWidget() is ui.firstNameEdit
    assert ui.municipalityCombo.property("error") is False
    ui.personnummerEdit.setText("2008-01-01")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert marked() == {"personnummerEdit"} and "Personnummer" in ui.personnummerEdit.toolTip()


def test_a_dialog_s_input_columns_start_at_one_x_in_every_group(qtbot, services, manager, swedish):
    """The admission dialog's three groups each sized their own label column: the fields started at three
    x positions. The style lines them up when a dialog is first shown."""
    dialog = AdmissionDialog(
        services.stays, manager, [(1, PlaceKind.ORDINARY)], [("2081", "Borlänge")], NOW, place_number=1
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui

    def starts() -> set[int]:
        return {
            w.mapTo(dialog, w.rect().topLeft()).x() for w in (ui.personnummerEdit, ui.kindCombo, ui.guardian1NameEdit)
        }

    qtbot.waitUntil(lambda: len(starts()) == 1, timeout=2000)
