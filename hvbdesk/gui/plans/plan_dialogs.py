"""The plan's own dialogs: establish a version, compare two versions goal by goal, follow up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hvbdesk.domain.enums import GoalResult
from hvbdesk.gui.common.field_errors import show_error, submit
from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.services.context import Actor
from hvbdesk.services.plans import PlanService, PlanView

ACTION_COLUMNS = 4  # what, how, who, when


class EstablishDialog(Dialog):
    def __init__(self, plans: PlanService, actor: Actor, plan: PlanView, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self._plans, self._actor, self._plan = plans, actor, plan
        self.setWindowTitle(self.tr("Establish the plan"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = QDateEdit(qdate(today))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("Who took part, the young person first"))
        form.addRow(self.tr("Established on"), self.date)
        form.addRow(self.tr("Took part"), self.participants)
        layout.addLayout(form)
        self.error = QLabel("")
        show_error(self.error, "")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Establish"))
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._establish)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _establish(self) -> None:
        if submit(
            self.error,
            lambda: self._plans.establish(
                self._actor, self._plan.id, self.date.date().toPython(), self.participants.text()
            ),
            {"established_on": self.date},
        ):
            self.accept()


class CompareDialog(Dialog):
    """Two versions side by side, goal by goal, with what changed."""

    def __init__(self, plans: PlanService, before: PlanView, after: PlanView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Version %1 and %2").replace("%1", str(before.number)).replace("%2", str(after.number))
        )
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Change"),
                self.tr("Version %1").replace("%1", str(before.number)),
                self.tr("Version %1").replace("%1", str(after.number)),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        kinds = {
            "added": self.tr("added"),
            "removed": self.tr("removed"),
            "changed": self.tr("modified"),
            "same": self.tr("unchanged"),
        }
        for change in plans.compare(before, after):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(kinds[change.kind]))
            self.table.setItem(row, 1, QTableWidgetItem(self._text(change.before)))
            self.table.setItem(row, 2, QTableWidgetItem(self._text(change.after)))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _text(goal) -> str:
        if goal is None:
            return ""
        lines = [goal.goal] + [
            f"– {a.what}" + (f" ({a.who}, {a.when})" if a.who or a.when else "") for a in goal.actions
        ]
        return "\n".join(lines)

    def changes(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]


class FollowUpDialog(Dialog):
    def __init__(self, plans: PlanService, actor: Actor, plan: PlanView, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self._plans, self._actor, self._plan = plans, actor, plan
        self.setWindowTitle(self.tr("Follow up version %1").replace("%1", str(plan.number)))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = QDateEdit(qdate(today))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Followed up on"), self.date)
        self.results: dict[str, tuple[QComboBox, QLineEdit]] = {}
        labels = {
            GoalResult.REACHED: self.tr("reached"),
            GoalResult.PARTLY: self.tr("partly reached"),
            GoalResult.NOT_REACHED: self.tr("not reached"),
        }
        for goal in plan.goals:
            combo = QComboBox()
            combo.addItem(self.tr("Choose…"), None)
            for result, label in labels.items():
                combo.addItem(label, result.value)
            comment = QLineEdit()
            comment.setPlaceholderText(self.tr("Comment"))
            row = QHBoxLayout()
            row.addWidget(combo)
            row.addWidget(comment, 1)
            form.addRow(goal.goal, row)
            self.results[goal.key] = (combo, comment)
        self.note = QLineEdit()
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.error = QLabel("")
        show_error(self.error, "")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record follow-up"))
        buttons.accepted.connect(self._record)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _record(self) -> None:
        chosen = {
            key: (GoalResult(combo.currentData()), comment.text())
            for key, (combo, comment) in self.results.items()
            if combo.currentData()
        }
        if submit(
            self.error,
            lambda: self._plans.follow_up(
                self._actor, self._plan.id, self.date.date().toPython(), chosen, self.note.text()
            ),
            {"followed_up_on": self.date},
        ):
            self.accept()
