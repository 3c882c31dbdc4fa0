"""Avvikelser: a treatment assistant registers a deviation about a young person; the manager
investigates and closes it; a refusal stays in the dialog, naming the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hvbdesk.gui.deviations.deviation_dialogs import DeviationCloseDialog, DeviationDialog
from hvbdesk.security.roles import Role
from tests.conftest import NOW, add_actor
from tests.gui.conftest import make_window, show_and_wait


def test_register_then_investigate_and_close(qtbot, with_residents, manager, swedish):
    assistant = add_actor(with_residents, manager, Role.TREATMENT_ASSISTANT)
    window = make_window(qtbot, with_residents, assistant)
    window.show_page("deviations")
    page = window.pages["deviations"]
    assert not page.close_button.isVisible() and page.empty.text() == "Inga avvikelser att visa."
    dialog = DeviationDialog(with_residents.deviations, assistant, NOW.date(), page._people(), page)
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == "Vad hände: måste fyllas i"
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("absconding"))
    dialog.ui.residentCombo.setCurrentIndex(1)
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Came back two hours late")
    qtbot.keyClicks(dialog.ui.actionEdit, "Called social services")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert row.resident_name in ("Ebba Strand", "Hugo Öberg") and row.kind.value == "absconding"

    manager_window = make_window(qtbot, with_residents, manager)
    manager_window.show_page("deviations")
    mine = manager_window.pages["deviations"]
    assert mine.close_button.isVisible() and not mine.close_button.isEnabled()
    mine.view.selectRow(0)
    assert mine.close_button.isEnabled() and "Came back two hours late" in mine.detail.toPlainText()
    close = DeviationCloseDialog(with_residents.deviations, manager, mine.selected(), mine)
    qtbot.addWidget(close)
    close_ok = close.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert close_ok.text() == "Avsluta avvikelsen"
    qtbot.keyClicks(close.ui.analysisEdit, "The leave was not planned")
    qtbot.mouseClick(close_ok, Qt.MouseButton.LeftButton)
    assert close.ui.errorLabel.text() == "Åtgärder: måste fyllas i"
    qtbot.keyClicks(close.ui.measuresEdit, "Leave is planned with the contact person")
    close.ui.lexSarahCheck.setChecked(True)
    qtbot.mouseClick(close_ok, Qt.MouseButton.LeftButton)
    assert close.result() == close.DialogCode.Accepted
    mine.refresh()
    assert mine.model.rowCount() == 0  # the list shows open deviations first
    mine.filter.setCurrentIndex(1)
    mine.view.selectRow(0)
    assert not mine.close_button.isEnabled()
    assert "Anmäld vidare: lex Sarah." in mine.detail.toPlainText()


def test_tab_in_a_dialog_s_text_field_moves_on_to_the_next_field(qtbot, with_residents, manager, swedish):
    window = make_window(qtbot, with_residents, manager)
    page = show_and_wait(qtbot, window, "deviations")
    dialog = DeviationDialog(with_residents.deviations, manager, NOW.date(), page._people(), page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.ui.descriptionEdit.setFocus()
    qtbot.waitUntil(dialog.ui.descriptionEdit.hasFocus)
    qtbot.keyClick(dialog.ui.descriptionEdit, Qt.Key.Key_Tab)
    assert dialog.ui.actionEdit.hasFocus() and dialog.ui.descriptionEdit.toPlainText() == ""
