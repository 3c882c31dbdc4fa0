"""Registering a deviation, and the manager's investigation that closes it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hvbdesk.domain.enums import DeviationKind
from hvbdesk.gui.common.labels import deviation_kind_label
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.gui.forms.ui_deviation_close_dialog import Ui_DeviationCloseDialog
from hvbdesk.gui.forms.ui_deviation_dialog import Ui_DeviationDialog
from hvbdesk.gui.sip.sip_dialogs import _FormDialog
from hvbdesk.services.context import Actor
from hvbdesk.services.deviations import DeviationRow, DeviationService


class DeviationDialog(_FormDialog):
    def __init__(
        self,
        deviations: DeviationService,
        actor: Actor,
        today: dt.date,
        people: list[tuple[int, str]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_DeviationDialog()
        self.ui.setupUi(self)
        self._deviations, self._actor = deviations, actor
        self.ui.occurredEdit.setMaximumDate(qdate(today))
        self.ui.occurredEdit.setDate(qdate(today))
        for kind in DeviationKind:
            self.ui.kindCombo.addItem(deviation_kind_label(kind), kind.value)
        self.ui.residentCombo.addItem(self.tr("No particular young person"), None)
        for resident_id, name in people:
            self.ui.residentCombo.addItem(name, resident_id)
        self.ui.descriptionEdit.setPlaceholderText(self.tr("What happened, where and when; facts, not judgements"))
        self.ui.actionEdit.setPlaceholderText(self.tr("What was done at once"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        self._wire()

    def _save(self) -> None:
        self._submit(
            lambda: self._deviations.register(
                self._actor,
                self.ui.occurredEdit.date().toPython(),
                DeviationKind(self.ui.kindCombo.currentData()),
                self.ui.descriptionEdit.toPlainText(),
                self.ui.actionEdit.toPlainText(),
                resident_id=self.ui.residentCombo.currentData(),
            )
        )


class DeviationCloseDialog(_FormDialog):
    def __init__(self, deviations: DeviationService, actor: Actor, row: DeviationRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DeviationCloseDialog()
        self.ui.setupUi(self)
        self._deviations, self._actor, self._row = deviations, actor, row
        self.ui.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.ui.summaryLabel.setText(
            f"{row.occurred_on.isoformat()} · {deviation_kind_label(row.kind)}\n{row.description}"
        )
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close the deviation"))
        self._wire()

    def _save(self) -> None:
        self._submit(
            lambda: self._deviations.close(
                self._actor,
                self._row.id,
                self.ui.analysisEdit.toPlainText(),
                self.ui.measuresEdit.toPlainText(),
                reported_lex_sarah=self.ui.lexSarahCheck.isChecked(),
                reported_region=self.ui.regionCheck.isChecked(),
                seen_version=self._row.version,
            )
        )
