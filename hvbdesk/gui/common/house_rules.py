"""Rules every window keeps, applied where a window or page is made rather than by a filter on the whole
application (which saw every event of the program and held the GUI thread 50 ms when a page was first
shown): dialogs whose input fields start at one x position however many groups they have, and a Tab key
that always moves on to the next field, for whoever works without a mouse."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QDialog, QFormLayout, QPlainTextEdit, QTextEdit, QWidget


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


def keep_tab_for_moving_on(root: QWidget) -> None:
    """Tab moves to the next field in `root` and below: a text field wrote a tab character and a read-only
    table moved from cell to cell with it (a year of referrals held the key for thousands of presses). A
    table whose cells are edited keeps Tab for its cells, and leaves after the last."""
    for text in [*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)]:
        text.setTabChangesFocus(True)
    for view in root.findChildren(QAbstractItemView):
        if view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            view.setTabKeyNavigation(False)


class Dialog(QDialog):
    """Every dialog of the program: at its first showing (its labels then have their translated text) its
    forms line up and Tab moves on in its fields."""

    _ruled = False

    def showEvent(self, event) -> None:
        if not self._ruled:
            self._ruled = True
            align_form_columns(self)
            keep_tab_for_moving_on(self)
        super().showEvent(event)
