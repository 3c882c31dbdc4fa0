"""Saved by someone else meanwhile: the two versions side by side, and the user chooses which one stays.
The one not kept goes to the clipboard, so nothing typed is ever lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.forms.ui_conflict_dialog import Ui_ConflictDialog


class ConflictDialog(Dialog):
    KEEP_MINE = 1
    TAKE_THEIRS = 2

    def __init__(self, what_happened: str, mine: str, theirs: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self._mine, self._theirs = mine, theirs
        self.ui.whatHappened.setText(what_happened)
        self.ui.mineText.setPlainText(mine)
        self.ui.theirsText.setPlainText(theirs)
        self.ui.keepMineButton.clicked.connect(lambda: self._choose(self.KEEP_MINE))
        self.ui.takeTheirsButton.clicked.connect(lambda: self._choose(self.TAKE_THEIRS))
        # A choice must be made: either way one text is replaced, and which one is not for Escape to say.
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

    def reject(self) -> None:
        pass

    def _choose(self, choice: int) -> None:
        QApplication.clipboard().setText(self._theirs if choice == self.KEEP_MINE else self._mine)
        self.done(choice)


def resolve(what_happened: str, mine: str, theirs: str, parent: QWidget | None) -> int:
    return ConflictDialog(what_happened, mine, theirs, parent).exec()
