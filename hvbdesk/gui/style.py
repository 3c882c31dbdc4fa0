"""The look: one calm stylesheet, readable at a glance on a night shift."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hvbdesk.config import resource_path


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    qss = resource_path("resources") / "styles" / "hvbdesk.qss"
    app.setStyleSheet(qss.read_text(encoding="utf-8"))
