"""A calm page for an area that a later version fills, saying what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from hvbdesk.gui.pages.common import heading, muted


class NotYetPage(QWidget):
    def __init__(self, title: str, what_comes: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(heading(title))
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        badge = QLabel(self.tr("Not yet available"))
        badge.setProperty("role", "badge")
        inner.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(muted(what_comes))
        layout.addWidget(card)
        layout.addStretch(1)

    def on_lock(self) -> None:
        pass

    def refresh(self) -> None:
        pass
