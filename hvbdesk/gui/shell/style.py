"""The look: one calm stylesheet, readable at a glance on a night shift."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hvbdesk.config import resource_path


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    styles = resource_path("resources") / "styles"
    # url() in a style sheet is relative to the working folder, not the sheet: the images by full path.
    qss = (styles / "hvbdesk.qss").read_text(encoding="utf-8").replace("@STYLES@", styles.as_posix())
    app.setStyleSheet(qss)
