"""Förfrågningar: referrals from social services, the waiting list, and the manager's decisions."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hvbdesk.domain.enums import ReferralDecision
from hvbdesk.gui.board.admission_dialog import AdmissionDialog
from hvbdesk.gui.common.background import Reload, attempt
from hvbdesk.gui.common.labels import basis_label, decision_label, decline_label, kind_label
from hvbdesk.gui.common.page_parts import NEWEST_FIRST, fit_columns, heading, muted, table_view
from hvbdesk.gui.common.table_model import Column, RowsModel
from hvbdesk.gui.referrals.referral_dialogs import AcceptDialog, DeclineDialog, ReferralDialog
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.beds import BedService
from hvbdesk.services.context import Actor
from hvbdesk.services.referrals import ReferralRow, ReferralService
from hvbdesk.services.settings import SettingsService
from hvbdesk.services.stays import StayService


class ReferralsPage(QWidget):
    def __init__(
        self,
        referrals: ReferralService,
        stays: StayService,
        beds: BedService,
        settings: SettingsService,
        actor: Actor,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._referrals, self._stays, self._beds, self._settings, self._actor = referrals, stays, beds, settings, actor
        self.model = RowsModel(
            [
                Column(self.tr("Received"), lambda r: f"{r.received_on:%Y-%m-%d}"),
                Column(self.tr("Municipality"), lambda r: r.municipality),
                Column(self.tr("Kind"), lambda r: kind_label(r.kind_requested)),
                Column(self.tr("Age"), lambda r: str(r.age), lambda r: r.age, align_right=True),
                Column(self.tr("Legal basis"), lambda r: basis_label(r.legal_basis)),
                Column(self.tr("Wished start"), lambda r: f"{r.wished_start:%Y-%m-%d}" if r.wished_start else ""),
                Column(self.tr("Contact"), lambda r: r.contact),
                Column(self.tr("Decision"), self._decision_text),
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Referrals")))
        top.addStretch(1)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All referrals"), None)
        self.filter.addItem(self.tr("Not decided"), ReferralDecision.PENDING.value)
        self.filter.addItem(self.tr("Waiting list"), ReferralDecision.WAITING.value)
        self.filter.addItem(self.tr("Accepted"), ReferralDecision.ACCEPTED.value)
        self.filter.addItem(self.tr("Declined"), ReferralDecision.DECLINED.value)
        top.addWidget(self.filter)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New referral…"))
        self.new_button.setProperty("role", "primary")
        self.accept_button = QPushButton(self.tr("Accept and reserve…"))
        self.wait_button = QPushButton(self.tr("Put on waiting list"))
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.admit_button = QPushButton(self.tr("Admit…"))
        for b in (self.new_button, self.accept_button, self.wait_button, self.decline_button, self.admit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.new_button.setVisible(allows(actor.role, Permission.REFERRAL_WRITE))
        decide = allows(actor.role, Permission.REFERRAL_DECIDE)
        for b in (self.accept_button, self.wait_button, self.decline_button):
            b.setVisible(decide)
        self.admit_button.setVisible(allows(actor.role, Permission.PLACEMENT_WRITE))
        self.view, self.proxy = table_view(self.model, NEWEST_FIRST)
        layout.addWidget(self.view, 1)
        self.empty = muted(self.tr("No referrals match the filter."))
        self.empty.hide()  # until a read has found none: not while the first read is under way
        layout.addWidget(self.empty)
        self.filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.new_button.clicked.connect(self._new)
        self.accept_button.clicked.connect(lambda: self._with_selected(self._accept))
        self.wait_button.clicked.connect(lambda: self._with_selected(self._wait))
        self.decline_button.clicked.connect(lambda: self._with_selected(self._decline))
        self.admit_button.clicked.connect(lambda: self._with_selected(self._admit))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        # Ten years of referrals take a while to read: off the GUI thread, the table filled when it is read.
        self._filter_value: str | None = None
        self.reader = Reload(self, self.tr("Referrals"), self._read, self._show)
        self.loaded = self.reader.shown

    def _decision_text(self, r: ReferralRow) -> str:
        text = decision_label(r.decision)
        if r.decision is ReferralDecision.DECLINED and r.decline_reason:
            text += f": {decline_label(r.decline_reason)}"
        if r.placement_id:
            text += " · " + self.tr("admitted")
        elif r.reservation_id:
            text += " · " + self.tr("place reserved")
        return text

    def refresh(self) -> None:
        self._filter_value = self.filter.currentData()  # read here: a widget is not touched off its thread
        self.reader.request()

    def _read(self) -> list[ReferralRow]:
        value = self._filter_value
        return self._referrals.list(self._actor, {ReferralDecision(value)} if value else None)

    def _show(self, rows: list[ReferralRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        fit_columns(self.view)

    def finish_work(self) -> None:
        self.reader.wait(5000)

    def on_lock(self) -> None:
        self.reader.discard()
        self.model.set_rows([])

    def selected(self) -> ReferralRow | None:
        index = self.view.selectionModel().currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        """A decision button is enabled only when it can act on the selected referral."""
        row = self.selected()
        open_row = row is not None and row.open
        for button in (self.accept_button, self.decline_button, self.admit_button):
            button.setEnabled(open_row)  # a decision may be changed (the service allows it) until admitted
        self.wait_button.setEnabled(open_row and row.decision is not ReferralDecision.WAITING)

    def _with_selected(self, action) -> None:
        row = self.selected()
        if row is not None:  # the buttons are disabled without one
            action(row)

    def _new(self) -> None:
        if (
            ReferralDialog(
                self._referrals, self._actor, self._settings.municipalities(), self._beds.now().date(), self
            ).exec()
            == QDialog.DialogCode.Accepted
        ):
            self.refresh()

    def _accept(self, row: ReferralRow) -> None:
        if (
            AcceptDialog(self._referrals, self._actor, row, self._settings.places(), self).exec()
            == QDialog.DialogCode.Accepted
        ):
            self.refresh()

    def _wait(self, row: ReferralRow) -> None:
        attempt(self, self.tr("Referrals"), lambda: self._referrals.wait(self._actor, row.id, seen_version=row.version))
        self.refresh()

    def _decline(self, row: ReferralRow) -> None:
        if DeclineDialog(self._referrals, self._actor, row, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def admission_dialog(self, row: ReferralRow) -> AdmissionDialog:
        card = next(
            (
                c
                for c in self._beds.board(self._actor)
                if c.reservation is not None and c.reservation.id == row.reservation_id
            ),
            None,
        )
        return AdmissionDialog(
            self._stays,
            self._actor,
            self._settings.places(),
            self._settings.municipalities(),
            self._beds.now(),
            place_number=card.place_number if card else None,
            kind=row.kind_requested,
            basis=row.legal_basis,
            municipality=row.municipality_code,
            reservation_id=row.reservation_id,
            referral_id=row.id,
            parent=self,
        )

    def _admit(self, row: ReferralRow) -> None:
        if self.admission_dialog(row).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
