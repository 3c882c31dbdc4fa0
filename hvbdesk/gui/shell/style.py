"""The look: one calm stylesheet, readable at a glance on a night shift, and dialogs whose input fields
start at one x position however many groups they have."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QWidget

from hvbdesk.config import resource_path

_ALIGNED = "hvbdesk_forms_aligned"


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    styles = resource_path("resources") / "styles"
    # url() in a style sheet is relative to the working folder, not the sheet: the images by full path.
    qss = (styles / "hvbdesk.qss").read_text(encoding="utf-8").replace("@STYLES@", styles.as_posix())
    app.setStyleSheet(qss)
    if not any(isinstance(f, _FormAligner) for f in app.findChildren(_FormAligner)):
        app.installEventFilter(_FormAligner(app))


def align_form_columns(root: QWidget) -> None:
    """Give every form in `root` the widest label's width, so that the input columns of its groups line up
    (each QFormLayout sizes its own label column: three groups started their fields at three x)."""
    labels = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                labels.append(item.widget())
    if len(labels) < 2:
        return
    width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setMinimumWidth(width)


class _FormAligner(QObject):
    """Aligns each dialog's forms the first time it is shown (its labels then have their translated text)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and not watched.property(_ALIGNED):
            watched.setProperty(_ALIGNED, True)
            align_form_columns(watched)
        return False
