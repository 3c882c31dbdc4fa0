"""During the stay (extend, planned end, move, cost split) and the discharge."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hvbdesk.domain.enums import DischargeDestination, DischargeReason, PlaceKind
from hvbdesk.domain.stay_rules import Overrides
from hvbdesk.gui.common.field_errors import show_error, submit
from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.common.labels import basis_label, destination_label, discharge_reason_label
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.gui.forms.ui_discharge_dialog import Ui_DischargeDialog
from hvbdesk.gui.forms.ui_stay_dialog import Ui_StayDialog
from hvbdesk.services.beds import PlaceCard
from hvbdesk.services.context import Actor
from hvbdesk.services.stays import StayService


class StayDialog(Dialog):
    """One stay's changes; each section saves on its own button, so nothing is half-written."""

    def __init__(
        self,
        stays: StayService,
        actor: Actor,
        card: PlaceCard,
        places: list[tuple[int, PlaceKind]],
        municipalities: list[tuple[str, str]],
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_StayDialog()
        self.ui.setupUi(self)
        self._stays, self._actor, self._card = stays, actor, card
        self._seen_version = card.stay_version  # the dialog closes after a change; the board then reloads
        self.changed = False
        ui = self.ui
        self.setWindowTitle(self.tr("Stay in place %1").replace("%1", str(card.place_number)))
        ui.intro.setText(
            self.tr("%1 · %2 · admitted %3 · day %4 of %5")
            .replace("%1", card.name)
            .replace("%2", basis_label(card.legal_basis))
            .replace("%3", f"{card.admitted_at:%Y-%m-%d}")
            .replace("%4", str(card.day_number))
            .replace("%5", str(card.day_limit))
        )
        ui.extendGroup.setVisible(card.stay_kind is PlaceKind.ACUTE)
        ui.plannedEndEdit.setDate(qdate(card.planned_end))
        for number, kind in places:
            if number != card.place_number:
                ui.movePlaceCombo.addItem(
                    self.tr("Place %1").replace("%1", str(number))
                    + (" – " + self.tr("acute") if kind is PlaceKind.ACUTE else ""),
                    number,
                )
        for code, name in municipalities:
            ui.registeredCombo.addItem(f"{name} ({code})", code)
        ui.settledEdit.setDate(qdate(today))
        show_error(ui.errorLabel, "")
        ui.extendButton.clicked.connect(
            lambda: self._run(
                lambda: stays.extend_acute(
                    actor,
                    card.stay_id,
                    ui.extendDaysSpin.value(),
                    Overrides({"extension": ui.extendOverrideEdit.text()}),
                    seen_version=self._seen_version,
                )
            )
        )
        ui.saveEndButton.clicked.connect(lambda: self._run(self._save_end))
        ui.moveButton.clicked.connect(
            lambda: self._run(
                lambda: stays.move(actor, card.stay_id, ui.movePlaceCombo.currentData(), ui.moveReasonEdit.text())
            )
        )
        ui.settleButton.clicked.connect(
            lambda: self._run(
                lambda: stays.settle_cost_split(
                    actor, card.stay_id, ui.registeredCombo.currentData(), ui.settledEdit.date().toPython()
                )
            )
        )
        discharge = ui.buttons.addButton(self.tr("Discharge…"), QDialogButtonBox.ButtonRole.ActionRole)
        discharge.clicked.connect(self._discharge)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)

    def _save_end(self) -> None:
        self._stays.change_planned_end(
            self._actor, self._card.stay_id, self.ui.plannedEndEdit.date().toPython(), seen_version=self._seen_version
        )
        self._stays.set_discharge_planned(self._actor, self._card.stay_id, self.ui.dischargePlannedCheck.isChecked())

    def _run(self, action) -> None:
        ui = self.ui
        fields = {"days": ui.extendDaysSpin, "planned_end": ui.plannedEndEdit, "place": ui.movePlaceCombo}
        fields |= {
            "reason": ui.moveReasonEdit,
            "settled_on": ui.settledEdit,
            "placing_municipality": ui.registeredCombo,
        }
        if not submit(ui.errorLabel, action, fields):
            return
        self.changed = True
        self.accept()

    def _discharge(self) -> None:
        dialog = DischargeDialog(self._stays, self._actor, self._card, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.accept()


class DischargeDialog(Dialog):
    def __init__(
        self,
        stays: StayService,
        actor: Actor,
        card: PlaceCard,
        parent: QWidget | None = None,
        now: dt.datetime | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_DischargeDialog()
        self.ui.setupUi(self)
        self._stays, self._actor, self._card = stays, actor, card
        now = now or dt.datetime.now()
        ui = self.ui
        ui.intro.setText(
            self.tr("Discharge %1 from place %2.").replace("%1", card.name).replace("%2", str(card.place_number))
        )
        ui.dischargedEdit.setDateTime(QDateTime(qdate(now.date()), QTime(now.hour, now.minute)))
        for reason in DischargeReason:
            ui.reasonCombo.addItem(discharge_reason_label(reason), reason.value)
        for dest in DischargeDestination:
            ui.destinationCombo.addItem(destination_label(dest), dest.value)
        show_error(ui.errorLabel, "")
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Discharge"))
        ui.buttons.accepted.connect(self._discharge)
        ui.buttons.rejected.connect(self.reject)

    def _discharge(self) -> None:
        ui = self.ui
        if submit(
            ui.errorLabel,
            lambda: self._stays.discharge(
                self._actor,
                self._card.stay_id,
                ui.dischargedEdit.dateTime().toPython().replace(second=0, microsecond=0),
                DischargeReason(ui.reasonCombo.currentData()),
                DischargeDestination(ui.destinationCombo.currentData()),
                ui.aftercareEdit.toPlainText(),
            ),
            {"discharged_at": ui.dischargedEdit, "reason": ui.reasonCombo, "destination": ui.destinationCombo},
        ):
            self.accept()
