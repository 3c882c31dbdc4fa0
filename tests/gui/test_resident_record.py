"""The young person's page, opened from Ungdomar with a double-click: read off the GUI thread, a tab per
part of the record the role may see, and gone when the screen locks (it shows names)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hvbdesk.security.roles import Role
from tests.conftest import add_actor
from tests.gui.conftest import make_window, show_and_wait


def open_from_young_people(qtbot, window):
    page = show_and_wait(qtbot, window, "residents")
    source = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).last_name == "Strand")
    index = page.proxy.mapFromSource(page.model.index(source, 1))
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a press
    qtbot.waitUntil(lambda: bool(window.records_open) and window.records_open[-1].record is not None)
    return window.records_open[-1]


def test_a_double_click_in_young_people_opens_the_record(qtbot, with_residents, manager, swedish):
    window = make_window(qtbot, with_residents, manager)
    dialog = open_from_young_people(qtbot, window)
    assert dialog.title.text() == "Ebba Strand" and dialog.isVisible()
    assert dialog.tab_titles() == [
        "Uppgifter och vistelser",
        "Kontaktpersoner",
        "Planer",
        "Journal",
        "SIP och samtycken",
        "Vem har öppnat journalen",
    ]
    window.lock()  # names go with the lock
    qtbot.waitUntil(lambda: not window.records_open)


def test_an_assistant_s_page_has_no_log_tab(qtbot, with_residents, manager, swedish):
    assistant = add_actor(with_residents, manager, Role.TREATMENT_ASSISTANT)
    window = make_window(qtbot, with_residents, assistant)
    dialog = open_from_young_people(qtbot, window)
    assert "Vem har öppnat journalen" not in dialog.tab_titles() and "Journal" in dialog.tab_titles()
    dialog.close()


def test_the_board_and_the_to_do_list_open_the_record(qtbot, with_residents, manager, swedish):
    window = make_window(qtbot, with_residents, manager)
    board = window.board_page
    card = next(c for c in board.board.cards() if c.name == "Hugo Öberg")
    menu = board.card_menu(card)
    assert [a.text() for a in menu.actions()] == ["Öppna ungdomens sida", "Vistelse…"]
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: bool(window.records_open) and window.records_open[-1].record is not None)
    assert window.records_open[-1].title.text() == "Hugo Öberg"
    window.records_open[-1].close()
    item = next(board.todo.item(i) for i in range(board.todo.count()) if "Hugo Öberg" in board.todo.item(i).text())
    board.todo.itemDoubleClicked.emit(item)
    qtbot.waitUntil(lambda: bool(window.records_open) and window.records_open[-1].record is not None)
    assert window.records_open[-1].title.text() == "Hugo Öberg"


def test_a_reader_s_double_click_on_a_card_opens_the_record(qtbot, with_residents, manager, swedish):
    """A treatment assistant may not change stays: the double-click did nothing (a dead end)."""
    assistant = add_actor(with_residents, manager, Role.TREATMENT_ASSISTANT)
    window = make_window(qtbot, with_residents, assistant)
    card = next(c for c in window.board_page.board.cards() if c.name == "Ebba Strand")
    window.board_page.board.activated.emit(card)
    qtbot.waitUntil(lambda: bool(window.records_open) and window.records_open[-1].record is not None)
    assert window.records_open[-1].title.text() == "Ebba Strand"


def test_a_record_that_cannot_be_read_says_why_and_leaves_no_empty_page(
    qtbot, with_residents, manager, swedish, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: said.append(text)))
    window = make_window(qtbot, with_residents, manager)
    window.open_record(999_999)  # removed meanwhile, say
    qtbot.waitUntil(lambda: not window.records_open)
    assert said and "999999" in said[0]
