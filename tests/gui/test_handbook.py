"""Hjälp → Handbok: a section for every page in both languages, and F1 opens the guide at the page the user
is on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hvbdesk.gui.shell.handbook import GENERAL_SECTIONS, handbook_html
from tests.gui.conftest import make_window


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_page_has_its_section_in_the_handbook(qtbot, with_residents, manager, language):
    window = make_window(qtbot, with_residents, manager)
    html = handbook_html(language)
    for key in [*window.pages, *GENERAL_SECTIONS]:
        assert f'<a name="{key}"></a>' in html, key


def test_f1_opens_the_handbook_at_the_page_you_are_on(qtbot, with_residents, manager, swedish):
    window = make_window(qtbot, with_residents, manager)
    window.resize(1366, 768)
    window.show_page("roster")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a shortcut reaches the active window only
    qtbot.keyClick(window, Qt.Key.Key_F1)
    handbook = window.handbook
    assert handbook is not None and handbook.isVisible() and handbook.section == "roster"
    assert handbook.windowTitle() == "Handbok"
    bar = handbook.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)  # scrolled down to the roster's section
    at_roster = bar.value()
    window.show_page("occupancy")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert handbook.section == "occupancy" and bar.value() < at_roster
