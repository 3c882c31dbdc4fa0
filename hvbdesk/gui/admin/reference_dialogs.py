"""The manager's dialogs for the agreement's membership and for a year's population."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.gui.forms.ui_membership_dialog import Ui_MembershipDialog
from hvbdesk.gui.forms.ui_population_dialog import Ui_PopulationDialog
from hvbdesk.gui.sip.sip_dialogs import _FormDialog
from hvbdesk.services.context import Actor
from hvbdesk.services.reference_data import MembershipRow, ReferenceDataService


def _fill_municipalities(combo, municipalities: list[tuple[str, str]]) -> None:
    for code, name in municipalities:
        combo.addItem(f"{name} ({code})", code)


class MembershipDialog(_FormDialog):
    """A new membership period, or a change of one (its municipality then fixed)."""

    def __init__(
        self,
        reference: ReferenceDataService,
        actor: Actor,
        municipalities: list[tuple[str, str]],
        today: dt.date,
        row: MembershipRow | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_MembershipDialog()
        self.ui.setupUi(self)
        self._reference, self._actor, self._row = reference, actor, row
        _fill_municipalities(self.ui.municipalityCombo, municipalities)
        self.ui.fromEdit.setDate(qdate(row.valid_from if row else today))
        self.ui.toEdit.setDate(qdate(row.valid_to if row and row.valid_to else today))
        self.ui.openCheck.setChecked(row is None or row.valid_to is None)
        if row is not None:
            self.ui.municipalityCombo.setCurrentIndex(self.ui.municipalityCombo.findData(row.code))
            self.ui.municipalityCombo.setEnabled(False)
            self.setWindowTitle(self.tr("Change the membership of %1").replace("%1", row.name))
        self.ui.openCheck.toggled.connect(lambda on: self.ui.toEdit.setEnabled(not on))
        self.ui.toEdit.setEnabled(not self.ui.openCheck.isChecked())
        self._wire()

    def _save(self) -> None:
        start = self.ui.fromEdit.date().toPython()
        end = None if self.ui.openCheck.isChecked() else self.ui.toEdit.date().toPython()
        if self._row is None:
            code = self.ui.municipalityCombo.currentData()
            self._submit(lambda: self._reference.add_membership(self._actor, code, start, end))
        else:
            row = self._row
            self._submit(
                lambda: self._reference.change_membership(self._actor, row.id, start, end, seen_version=row.version)
            )


class PopulationDialog(_FormDialog):
    def __init__(
        self,
        reference: ReferenceDataService,
        actor: Actor,
        municipalities: list[tuple[str, str]],
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_PopulationDialog()
        self.ui.setupUi(self)
        self._reference, self._actor = reference, actor
        _fill_municipalities(self.ui.municipalityCombo, municipalities)
        self.ui.yearSpin.setValue(today.year - 1)
        self.ui.populationSpin.setValue(0)
        self.ui.sourceEdit.setMinimumWidth(
            self.ui.sourceEdit.fontMetrics().horizontalAdvance(self.ui.sourceEdit.placeholderText()) + 24
        )
        self._wire()

    def _save(self) -> None:
        code, year = self.ui.municipalityCombo.currentData(), self.ui.yearSpin.value()
        population, source = self.ui.populationSpin.value(), self.ui.sourceEdit.text()
        self._submit(lambda: self._reference.set_population(self._actor, code, year, population, source))
