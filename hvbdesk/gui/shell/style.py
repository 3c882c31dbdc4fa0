"""The look and the feel: one calm stylesheet, readable at a glance on a night shift; dialogs whose input
fields start at one x position however many groups they have; and a Tab key that always moves on to the
next field, for whoever works without a mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from hvbdesk.config import resource_path

_ALIGNED = "hvbdesk_forms_aligned"


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    styles = resource_path("resources") / "styles"
    # url() in a style sheet is relative to the working folder, not the sheet: the images by full path.
    qss = (styles / "hvbdesk.qss").read_text(encoding="utf-8").replace("@STYLES@", styles.as_posix())
    app.setStyleSheet(qss)
    if not app.findChildren(_HouseRules):
        app.installEventFilter(_HouseRules(app))


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


def keep_tab_for_moving_on(widget: QWidget) -> None:
    """Tab moves to the next field: a text field wrote a tab character and a read-only table moved from
    cell to cell with it (a year of referrals held the key for thousands of presses). A table whose cells
    are edited keeps Tab for its cells, and leaves after the last."""
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setTabChangesFocus(True)
    elif (
        isinstance(widget, QAbstractItemView) and widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    ):
        widget.setTabKeyNavigation(False)


class _HouseRules(QObject):
    """Aligns each dialog's forms the first time it is shown (its labels then have their translated text),
    and keeps the Tab key for moving on in every text field and read-only table, however it was made."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, (QPlainTextEdit, QTextEdit, QAbstractItemView)):
            keep_tab_for_moving_on(watched)
        elif kind == QEvent.Type.Show and isinstance(watched, QDialog) and not watched.property(_ALIGNED):
            watched.setProperty(_ALIGNED, True)
            align_form_columns(watched)
        return False
