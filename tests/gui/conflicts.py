"""Answering the conflict dialog the way a user would: it is modal, so the answer is queued before the
click that opens it, and records what the dialog showed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from hvbdesk.gui.common.conflict_dialog import ConflictDialog


def answer_conflict(qtbot, keep_mine: bool) -> dict[str, str]:
    shown: dict[str, str] = {}
    tries = [0]

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            tries[0] += 1
            if tries[0] < 500:  # ten seconds, then the test's own assertion says what did not happen
                QTimer.singleShot(20, answer)
            return
        shown.update(
            what=dialog.ui.whatHappened.text(),
            mine=dialog.ui.mineText.toPlainText(),
            theirs=dialog.ui.theirsText.toPlainText(),
        )
        button = dialog.ui.keepMineButton if keep_mine else dialog.ui.takeTheirsButton
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return shown
