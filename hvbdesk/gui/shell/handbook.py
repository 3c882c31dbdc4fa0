"""Hjälp → Handbok: the short user guide, one section per page; F1 opens it at the page you are on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hvbdesk.config import resource_path
from hvbdesk.gui.common.house_rules import Dialog

GENERAL_SECTIONS = ("start", "keys")  # besides one section per page, named by the page's key


def handbook_html(language: str) -> str:
    folder = resource_path("resources") / "help"
    path = folder / f"handbook_{language}.html"
    if not path.exists():
        path = folder / "handbook_sv.html"
    return path.read_text(encoding="utf-8")


class HandbookDialog(Dialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handbook"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # the guide has no links out: nothing leaves the workstation
        self.browser.setHtml(handbook_html(language))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.section: str | None = None

    def show_section(self, section: str | None) -> None:
        """Show the guide at `section` (a page's key), or at its start."""
        self.section = section
        self.show()
        self.raise_()
        if section:
            self.browser.scrollToAnchor(section)
        else:
            self.browser.verticalScrollBar().setValue(0)
