"""Every page without a mouse, and the painted widgets read aloud: the bed board's focused place, the
timeline's focused row and the roster's cells have accessible texts a screen reader says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hvbdesk.gui.board.bed_board import BedBoard
from hvbdesk.gui.board.timeline import Timeline
from hvbdesk.security.roles import Role
from tests.conftest import add_actor
from tests.gui.conftest import make_window, show_and_wait


def _tab_to(qtbot, window, kind, presses: int = 25):
    """Press Tab until a widget of `kind` has the focus; the widget, or None if Tab never got there."""
    for _ in range(presses):
        focused = QApplication.focusWidget()
        if isinstance(focused, kind):
            return focused
        qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
    return None


def test_a_bed_board_card_reads_as_a_sentence(qtbot, with_residents, manager, swedish):
    window = make_window(qtbot, with_residents, manager)
    board = window.board_page.board
    board.select(1)
    name = board.accessibleName()
    assert name.startswith("Plats 1, belagd, Ebba Strand, dag ") and " av 168, SoL, slutar " in name
    board.select(9)
    assert board.accessibleName().startswith("Plats 9 (akut), belagd, Hugo Öberg, dag ")
    board.select(2)
    assert board.accessibleName() == "Plats 2, ledig"
    window.board_page.initials_check.setChecked(True)  # initials only: the reader hears no more than is shown
    board.select(1)
    assert "Ebba" not in board.accessibleName() and "Plats 1, belagd, ES, dag " in board.accessibleName()
    assert "Piltangenterna" in board.accessibleDescription()


def test_the_board_page_is_walked_with_the_keyboard_only(qtbot, with_residents, manager, swedish):
    """A treatment assistant tabs from the navigation to the board, moves with the arrows (the focused place
    is framed and read aloud), opens the young person's page with Enter, then tabs on to the timeline and
    moves down its rows."""
    assistant = add_actor(with_residents, manager, Role.TREATMENT_ASSISTANT)
    window = make_window(qtbot, with_residents, assistant)
    window.activateWindow()
    window.nav.setFocus()
    qtbot.waitUntil(lambda: window.nav.hasFocus())
    board = _tab_to(qtbot, window, BedBoard)
    assert board is not None, "Tab never reached the bed board"
    assert board.selected_card().place_number == 1  # the keyboard lands on a place
    qtbot.keyClick(board, Qt.Key.Key_Right)
    assert board.accessibleName() == "Plats 2, ledig"
    qtbot.keyClick(board, Qt.Key.Key_Down)
    assert board.selected_card().place_number == 6
    qtbot.keyClick(board, Qt.Key.Key_Home)
    assert board.selected_card().place_number == 1
    qtbot.keyClick(board, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.records_open) == 1)
    record = window.records_open[0]
    record.close()
    window.activateWindow()
    board.setFocus()
    timeline = _tab_to(qtbot, window, Timeline)
    assert timeline is not None, "Tab never reached the timeline"
    assert timeline.accessibleName().startswith("Plats 1, ")
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.accessibleName().startswith("Plats 2, ") and timeline.accessibleName().endswith(": ledig")


def test_a_timeline_row_reads_its_stays_with_dates(qtbot, with_residents, manager, swedish):
    window = make_window(qtbot, with_residents, manager)
    timeline = window.board_page.timeline
    text = timeline.row_text(0)
    assert text.startswith("Plats 1, ") and "ES: 2026-01-10 – …, planerat slut " in text


def test_ctrl_and_a_digit_opens_the_pages_in_the_navigation_s_order(qtbot, with_residents, manager, swedish):
    window = make_window(qtbot, with_residents, manager)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    keys = list(window.pages)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == keys[2]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == keys[0] and window.nav.item(0).toolTip() == "Ctrl+1"


def test_tab_in_the_journal_s_text_moves_on_and_writes_nothing(qtbot, with_residents, manager, swedish):
    window = make_window(qtbot, with_residents, manager)
    page = show_and_wait(qtbot, window, "plans")
    page.tabs.setCurrentWidget(page.journal)
    window.activateWindow()
    page.journal.text.setFocus()
    qtbot.waitUntil(lambda: page.journal.text.hasFocus())
    qtbot.keyClick(page.journal.text, Qt.Key.Key_Tab)
    assert not page.journal.text.hasFocus() and "\t" not in page.journal.text.toPlainText()
