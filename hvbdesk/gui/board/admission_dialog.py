"""Admission: from a reservation, a referral, or directly. Says in plain Swedish what is wrong."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hvbdesk.domain.enums import Gender, LegalBasis, PlaceKind
from hvbdesk.domain.errors import ValidationError
from hvbdesk.domain.stay_rules import OVERRIDABLE, Overrides
from hvbdesk.gui.common.field_errors import show_error, submit
from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.common.labels import basis_label, gender_label, kind_label
from hvbdesk.gui.forms.ui_admission_dialog import Ui_AdmissionDialog
from hvbdesk.services.context import Actor
from hvbdesk.services.stays import AdmissionRequest, GuardianInput, StayService


class AdmissionDialog(Dialog):
    def __init__(
        self,
        stays: StayService,
        actor: Actor,
        places: list[tuple[int, PlaceKind]],
        municipalities: list[tuple[str, str]],
        now: dt.datetime,
        *,
        place_number: int | None = None,
        kind: PlaceKind | None = None,
        basis: LegalBasis | None = None,
        municipality: str | None = None,
        reservation_id: int | None = None,
        referral_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_AdmissionDialog()
        self.ui.setupUi(self)
        self._stays, self._actor = stays, actor
        self._places = places
        self._reservation_id, self._referral_id = reservation_id, referral_id
        self.stay_id: int | None = None
        ui = self.ui
        ui.intro.setText(self.tr("The rules are checked when you press Admit; anything wrong is listed below."))
        ui.intro.setProperty("role", "muted")
        for g in Gender:
            ui.genderCombo.addItem(gender_label(g), g.value)
        for k in PlaceKind:
            ui.kindCombo.addItem(kind_label(k), k.value)
        for b in LegalBasis:
            ui.basisCombo.addItem(basis_label(b), b.value)
        for number, place_kind in places:
            ui.placeCombo.addItem(
                self.tr("Place %1").replace("%1", str(number))
                + (" – " + self.tr("acute") if place_kind is PlaceKind.ACUTE else ""),
                number,
            )
        for code, name in municipalities:
            ui.municipalityCombo.addItem(f"{name} ({code})", code)
        ui.admittedEdit.setDateTime(QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute)))
        if kind is not None:
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind.value))
        if place_number is not None:
            ui.placeCombo.setCurrentIndex(ui.placeCombo.findData(place_number))
        if basis is not None:
            ui.basisCombo.setCurrentIndex(ui.basisCombo.findData(basis.value))
        if municipality is not None:
            ui.municipalityCombo.setCurrentIndex(max(0, ui.municipalityCombo.findData(municipality)))
        ui.overrideGroup.hide()
        show_error(ui.errorLabel, "")
        ui.kindCombo.currentIndexChanged.connect(self._default_end)
        ui.admittedEdit.dateTimeChanged.connect(self._default_end)
        self._default_end()
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Admit"))
        ui.buttons.accepted.connect(self._admit)
        ui.buttons.rejected.connect(self.reject)

    def _kind(self) -> PlaceKind:
        return PlaceKind(self.ui.kindCombo.currentData())

    def _default_end(self) -> None:
        admitted = self.ui.admittedEdit.dateTime().toPython().date()
        end = self._stays.default_planned_end(self._kind(), admitted)
        self.ui.plannedEndEdit.setDate(QDate(end.year, end.month, end.day))

    def request(self) -> AdmissionRequest:
        ui = self.ui
        guardians = [
            GuardianInput(name.text(), relation.text())
            for name, relation in (
                (ui.guardian1NameEdit, ui.guardian1RelationEdit),
                (ui.guardian2NameEdit, ui.guardian2RelationEdit),
            )
            if name.text().strip()
        ]
        overrides = Overrides(
            {
                "age": ui.ageOverrideEdit.text(),
                "acute_hours": ui.hoursOverrideEdit.text(),
                "acute_place": ui.placeOverrideEdit.text(),
                "planned_end": ui.endOverrideEdit.text(),
            }
        )
        return AdmissionRequest(
            ui.personnummerEdit.text(),
            ui.firstNameEdit.text(),
            ui.lastNameEdit.text(),
            Gender(ui.genderCombo.currentData()),
            ui.placeCombo.currentData(),
            self._kind(),
            LegalBasis(ui.basisCombo.currentData()),
            ui.admittedEdit.dateTime().toPython().replace(second=0, microsecond=0),
            ui.plannedEndEdit.date().toPython(),
            ui.municipalityCombo.currentData(),
            guardians,
            self._reservation_id,
            self._referral_id,
            overrides,
        )

    def _admit(self) -> None:
        ui = self.ui
        fields = {
            "personnummer": ui.personnummerEdit,
            "first_name": ui.firstNameEdit,
            "last_name": ui.lastNameEdit,
            "place": ui.placeCombo,
            "admitted_at": ui.admittedEdit,
            "planned_end": ui.plannedEndEdit,
            "placing_municipality": ui.municipalityCombo,
        }

        def admit() -> None:
            try:
                self.stay_id = self._stays.admit(self._actor, self.request())
            except ValidationError as exc:
                self._offer_overrides([p.code for p in exc.problems])
                raise

        if submit(ui.errorLabel, admit, fields):
            self.accept()

    def _offer_overrides(self, codes: list[str]) -> None:
        """Show the reason fields only for the rules that stood in the way and may be set aside."""
        fields = {
            "age": (self.ui.ageOverrideEdit, self.ui.ageOverrideEditLabel),
            "acute_hours": (self.ui.hoursOverrideEdit, self.ui.hoursOverrideEditLabel),
            "acute_place": (self.ui.placeOverrideEdit, self.ui.placeOverrideEditLabel),
            "planned_end": (self.ui.endOverrideEdit, self.ui.endOverrideEditLabel),
        }
        wanted = {OVERRIDABLE[c] for c in codes if c in OVERRIDABLE}
        for name, widgets in fields.items():
            for w in widgets:
                w.setVisible(name in wanted or bool(fields[name][0].text()))
        self.ui.overrideGroup.setVisible(bool(wanted) or any(f[0].text() for f in fields.values()))
