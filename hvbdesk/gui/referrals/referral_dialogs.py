"""Registering a referral, and the manager's decision on it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hvbdesk.domain.enums import DeclineReason, LegalBasis, PlaceKind
from hvbdesk.gui.common.field_errors import show_error, submit
from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.common.labels import basis_label, decline_label, kind_label
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.gui.forms.ui_referral_dialog import Ui_ReferralDialog
from hvbdesk.services.context import Actor
from hvbdesk.services.referrals import ReferralInput, ReferralRow, ReferralService


class ReferralDialog(Dialog):
    def __init__(
        self,
        referrals: ReferralService,
        actor: Actor,
        municipalities: list[tuple[str, str]],
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_ReferralDialog()
        self.ui.setupUi(self)
        self._referrals, self._actor = referrals, actor
        ui = self.ui
        ui.receivedEdit.setDate(qdate(today))
        ui.wishedStartEdit.setDate(qdate(today))
        for code, name in municipalities:
            ui.municipalityCombo.addItem(f"{name} ({code})", code)
        for k in PlaceKind:
            ui.kindCombo.addItem(kind_label(k), k.value)
        for b in LegalBasis:
            ui.basisCombo.addItem(basis_label(b), b.value)
        show_error(ui.errorLabel, "")
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        ui.buttons.accepted.connect(self._register)
        ui.buttons.rejected.connect(self.reject)

    def _register(self) -> None:
        ui = self.ui
        if submit(
            ui.errorLabel,
            lambda: self._referrals.register(
                self._actor,
                ReferralInput(
                    ui.receivedEdit.date().toPython(),
                    ui.municipalityCombo.currentData(),
                    ui.contactEdit.text(),
                    PlaceKind(ui.kindCombo.currentData()),
                    ui.wishedStartEdit.date().toPython(),
                    ui.ageSpin.value(),
                    LegalBasis(ui.basisCombo.currentData()),
                ),
            ),
            {
                "received_on": ui.receivedEdit,
                "placing_municipality": ui.municipalityCombo,
                "wished_start": ui.wishedStartEdit,
                "age": ui.ageSpin,
            },
        ):
            self.accept()


class _DecisionDialog(Dialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel("")
        show_error(self.error, "")
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.layout_.addWidget(self.buttons)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)

    def _run(self, action) -> None:
        if submit(self.error, action):
            self.accept()


class AcceptDialog(_DecisionDialog):
    """Accept a referral by reserving a place from a date."""

    def __init__(
        self,
        referrals: ReferralService,
        actor: Actor,
        row: ReferralRow,
        places: list[tuple[int, PlaceKind]],
        parent: QWidget | None = None,
    ):
        super().__init__(
            self.tr("Accept referral"),
            self.tr("Reserve a place for the young person from %1 (%2, %3 years).")
            .replace("%1", row.municipality)
            .replace("%2", kind_label(row.kind_requested))
            .replace("%3", str(row.age)),
            parent,
        )
        self._referrals, self._actor, self._row = referrals, actor, row
        self.place = QComboBox()
        for number, kind in places:
            self.place.addItem(
                self.tr("Place %1").replace("%1", str(number))
                + (" – " + self.tr("acute") if kind is PlaceKind.ACUTE else ""),
                number,
            )
        wanted = next((n for n, k in places if k is row.kind_requested), None)
        if wanted is not None:
            self.place.setCurrentIndex(self.place.findData(wanted))
        self.start = QDateEdit(qdate(row.wished_start or row.received_on))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.form.addRow(self.tr("Place"), self.place)
        self.form.addRow(self.tr("From"), self.start)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reserve"))

    def _ok(self) -> None:
        self._run(
            lambda: self._referrals.accept(
                self._actor,
                self._row.id,
                self.place.currentData(),
                self.start.date().toPython(),
                seen_version=self._row.version,
            )
        )


class DeclineDialog(_DecisionDialog):
    def __init__(self, referrals: ReferralService, actor: Actor, row: ReferralRow, parent: QWidget | None = None):
        super().__init__(self.tr("Decline referral"), self.tr("Why is the referral declined?"), parent)
        self._referrals, self._actor, self._row = referrals, actor, row
        self.reason = QComboBox()
        for reason in DeclineReason:
            self.reason.addItem(decline_label(reason.value), reason.value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("More about the reason (required for 'other reason')"))
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Note"), self.note)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Decline"))

    def _ok(self) -> None:
        self._run(
            lambda: self._referrals.decline(
                self._actor,
                self._row.id,
                DeclineReason(self.reason.currentData()),
                self.note.text(),
                seen_version=self._row.version,
            )
        )
