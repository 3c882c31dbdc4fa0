"""Every page at 1366x768 with a year of demo data: no label, button, tab, table header or bed-board card
text the page shows is cut short, and no page needs a sideways scroll bar (the window is the screen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QComboBox, QHeaderView, QLabel, QListWidget, QTabBar, QTableView

from hvbdesk.gui.shell.main_window import MainWindow, ShellContext
from tests.conftest import DemoSpec, database_fixture
from tests.gui.conftest import show_and_wait

database = database_fixture(DemoSpec(seed=4, years=1), backends=["sqlite"])

PAGES = ["occupancy", "referrals", "residents", "plans", "sip", "roster", "deviations", "reports", "admin"]
PADDING = 6  # a header section's own margins beside its text


def _cut_short(page) -> list[str]:
    """Texts on the page that do not fit their widget."""
    found = []
    for w in page.findChildren(QLabel):
        if w.isVisible() and not w.wordWrap() and w.text() and w.width() < w.sizeHint().width():
            found.append(f"label {w.text()[:60]!r}: {w.width()} < {w.sizeHint().width()}")
    for w in page.findChildren(QAbstractButton) + page.findChildren(QComboBox):
        if w.isVisible() and w.width() < w.sizeHint().width():
            text = w.currentText() if isinstance(w, QComboBox) else w.text()
            found.append(f"{type(w).__name__} {text!r}: {w.width()} < {w.sizeHint().width()}")
    for bar in page.findChildren(QTabBar):
        if bar.isVisible() and bar.width() < bar.sizeHint().width():
            found.append(f"tabs {[bar.tabText(i) for i in range(bar.count())]}")
    for view in page.findChildren(QTableView):
        header: QHeaderView = view.horizontalHeader()
        if not view.isVisible() or view.model() is None or header.isHidden():
            continue
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(view.model().headerData(section, Qt.Orientation.Horizontal) or "")
            widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
            if widest + PADDING > header.sectionSize(section):
                found.append(f"header {text!r}: {header.sectionSize(section)} < {widest + PADDING}")
    for lst in page.findChildren(QListWidget):  # a list of sentences wraps them to its width
        if lst.isVisible() and lst.wordWrap() and lst.horizontalScrollBar().isVisible():
            found.append(f"list {[lst.item(i).text()[:30] for i in range(min(2, lst.count()))]} scrolls sideways")
    board = getattr(page, "board", None)
    if board is not None and hasattr(board, "elided"):
        found += [f"card {t!r}" for t in board.elided + board.left_out]
    return found


def _shown(qtbot, services, manager, key: str, width: int, height: int):
    """The window at that size on page `key`, laid out and painted: the window and the page."""
    window = MainWindow(services, manager, ShellContext("demo", True, 10, "sv", lambda code: None))
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    page = show_and_wait(qtbot, window, key)
    qtbot.wait(50)  # let the layouts settle and the painted widgets paint
    page.repaint()
    return window, page


@pytest.mark.parametrize("key", PAGES)
def test_nothing_on_the_page_is_cut_short_at_1366x768(qtbot, services, manager, swedish, key):
    window, page = _shown(qtbot, services, manager, key, 1366, 768)
    holder = window.pages.holder(key)
    assert not holder.horizontalScrollBar().isVisible(), f"{key} needs {page.minimumSizeHint().width()} px"
    assert _cut_short(page) == []


@pytest.mark.parametrize("key", PAGES)
def test_at_150_percent_the_page_scrolls_but_nothing_is_cut_short(qtbot, services, manager, swedish, key):
    """1366x768 at 150 % leaves 910x512 (less the window's frame) to draw on: the page may scroll, but
    what it shows is whole."""
    window, page = _shown(qtbot, services, manager, key, 910, 500)
    assert window.width() <= 910 and window.height() <= 500
    assert _cut_short(page) == []
