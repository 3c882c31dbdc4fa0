"""The look: one calm stylesheet, readable at a glance on a night shift."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from hvbdesk.config import resource_path

TEXT_POINT_SIZE = 10.5
TEXT_COLOUR = "#1d2733"


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    # The text's size and colour through the application's font and palette, not a rule on every QWidget
    # in the sheet: such a rule made Qt work out each widget's font from the sheet whenever it was placed
    # in a layout (a sixth of a page's first showing).
    font = app.font()
    font.setPointSizeF(TEXT_POINT_SIZE)
    app.setFont(font)
    palette = app.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor(TEXT_COLOUR))
    app.setPalette(palette)
    styles = resource_path("resources") / "styles"
    # url() in a style sheet is relative to the working folder, not the sheet: the images by full path.
    qss = (styles / "hvbdesk.qss").read_text(encoding="utf-8").replace("@STYLES@", styles.as_posix())
    app.setStyleSheet(qss)
