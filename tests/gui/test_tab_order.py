"""Every page without a mouse: from the navigation, Tab reaches everything the page shows and comes back
(a year of demo data, so that the tables are long)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import DemoSpec, database_fixture
from tests.gui.conftest import make_window, show_and_wait

database = database_fixture(DemoSpec(seed=4, years=1), backends=["sqlite"])

PAGES = ["occupancy", "referrals", "residents", "plans", "sip", "roster", "deviations", "reports", "admin"]


def _reachable(widget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


@pytest.mark.parametrize("key", PAGES)
def test_tab_walks_every_page_and_comes_back_to_the_navigation(qtbot, services, manager, swedish, key):
    """From the navigation, Tab visits every field, button and table the page shows and comes back to
    the navigation: nothing is out of the keyboard's reach, and nothing holds the Tab key (a table moved
    between its cells with it, a text field wrote it)."""
    window = make_window(qtbot, services, manager)
    window.resize(1366, 768)
    page = show_and_wait(qtbot, window, key)
    window.activateWindow()
    window.nav.setFocus()
    qtbot.waitUntil(lambda: window.nav.hasFocus())
    visited = []
    for _ in range(2):  # twice round: a button the first round enabled (a table's row chosen) is then reached
        for _ in range(150):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            if focused is window.nav:
                break
            visited.append(focused)
        else:
            stuck = QApplication.focusWidget()
            pytest.fail(f"Tab never came back to the navigation: held by {type(stuck).__name__}")
    missed = [w for w in page.findChildren(QWidget) if _reachable(w) and w not in visited]
    assert missed == [], [f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()}" for w in missed]
