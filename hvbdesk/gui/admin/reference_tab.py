"""Administration › Municipalities: membership of the agreement and populations with their history,
and the home's start of operation. The fees and the budget are settings (their own tab)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hvbdesk.domain.errors import HvbError
from hvbdesk.gui.admin.reference_dialogs import MembershipDialog, PopulationDialog
from hvbdesk.gui.common.background import attempt
from hvbdesk.gui.common.page_parts import fit_columns, muted, table_view
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.gui.common.table_model import Column, RowsModel
from hvbdesk.i18n.messages import describe
from hvbdesk.reports.sv_format import number
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.context import Actor
from hvbdesk.services.reference_data import MembershipRow, ReferenceDataService


class ReferenceTab(QWidget):
    def __init__(self, reference: ReferenceDataService, settings, actor: Actor):
        super().__init__()
        self._reference, self._settings, self._actor = reference, settings, actor
        can_write = allows(actor.role, Permission.SETTINGS_WRITE)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "Who is a member of the agreement, and when, decides the day fee of each care day and who shares a "
                    "deficit; the population key splits it. Correct them back in time when a decision is dated "
                    "earlier: the reports count with what is entered here, and every change is logged."
                )
            )
        )
        start_row = QHBoxLayout()
        start_label = QLabel(self.tr("The home's start of &operation (the first-year fee applies for a year):"))
        self.start_edit = QDateEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        start_label.setBuddy(self.start_edit)
        self.start_button = QPushButton(self.tr("Save the date"))
        for w in (start_label, self.start_edit, self.start_button):
            start_row.addWidget(w)
        start_row.addStretch(1)
        layout.addLayout(start_row)

        self.members = RowsModel(
            [
                Column(self.tr("Municipality"), lambda r: r.name),
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Member from"), lambda r: r.valid_from.isoformat()),
                Column(
                    self.tr("Member to"), lambda r: r.valid_to.isoformat() if r.valid_to else self.tr("still a member")
                ),
            ]
        )
        self.members_view, self.members_proxy = table_view(self.members)
        self.members_view.setAccessibleName(self.tr("Membership of the agreement"))
        self.populations = RowsModel(
            [
                Column(self.tr("Municipality"), lambda r: r.name),
                Column(self.tr("Key from"), lambda r: r.valid_from.isoformat()),
                Column(self.tr("Population"), lambda r: number(r.population), lambda r: r.population, align_right=True),
                Column(self.tr("Counted on"), lambda r: r.as_of.isoformat() if r.as_of else ""),
                Column(self.tr("Source"), lambda r: r.source),
            ]
        )
        self.populations_view, _ = table_view(self.populations)
        self.populations_view.setAccessibleName(self.tr("Populations"))
        member_buttons = QHBoxLayout()
        self.add_member = QPushButton(self.tr("&Add a membership…"))
        self.change_member = QPushButton(self.tr("C&hange the dates…"))
        self.remove_member = QPushButton(self.tr("Re&move"))
        self.add_population = QPushButton(self.tr("Enter a &population…"))
        for b in (self.add_member, self.change_member, self.remove_member):
            member_buttons.addWidget(b)
        member_buttons.addStretch(1)
        member_buttons.addWidget(self.add_population)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.members_view)
        split.addWidget(self.populations_view)
        layout.addLayout(member_buttons)
        layout.addWidget(split, 1)
        self.status = muted("")
        layout.addWidget(self.status)
        for w in (
            self.start_edit,
            self.start_button,
            self.add_member,
            self.change_member,
            self.remove_member,
            self.add_population,
        ):
            w.setEnabled(can_write)
        self._can_write = can_write
        self.model = self.members  # what the page clears when locked
        self.start_button.clicked.connect(self._save_start)
        self.add_member.clicked.connect(lambda: self._membership(None))
        self.change_member.clicked.connect(lambda: self._membership(self.selected()))
        self.remove_member.clicked.connect(self._remove)
        self.add_population.clicked.connect(self._population)
        self.members_view.selectionModel().currentRowChanged.connect(self._selection)
        self._selection()

    def refresh(self) -> None:
        try:
            self.members.set_rows(self._reference.memberships(self._actor))
            self.populations.set_rows(self._reference.populations(self._actor))
        except HvbError as exc:
            self.status.setText(describe(exc))
            return
        fit_columns(self.members_view)
        fit_columns(self.populations_view)
        self.start_edit.setDate(qdate(self._reference.operation_start()))
        self._selection()

    def clear(self) -> None:
        self.members.set_rows([])
        self.populations.set_rows([])

    def selected(self) -> MembershipRow | None:
        index = self.members_view.selectionModel().currentIndex()
        return self.members.row_at(self.members_proxy.mapToSource(index).row()) if index.isValid() else None

    def _selection(self, *_args) -> None:
        chosen = self.selected() is not None and self._can_write
        self.change_member.setEnabled(chosen)
        self.remove_member.setEnabled(chosen)

    def _municipalities(self) -> list[tuple[str, str]]:
        return self._settings.municipalities()

    def _today(self) -> dt.date:
        return self._settings.today()

    def _membership(self, row: MembershipRow | None) -> None:
        dialog = MembershipDialog(self._reference, self._actor, self._municipalities(), self._today(), row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.status.setText(self.tr("Saved. Reports count with the new dates at once."))
            self.refresh()

    def _remove(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the membership"),
            self.tr("Remove %1's membership %2 – %3? Reports of that time then count it as a non-member.")
            .replace("%1", row.name)
            .replace("%2", row.valid_from.isoformat())
            .replace("%3", row.valid_to.isoformat() if row.valid_to else ""),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        attempt(
            self,
            self.tr("Remove the membership"),
            lambda: self._reference.remove_membership(self._actor, row.id, seen_version=row.version),
        )
        self.refresh()

    def _population(self) -> None:
        if PopulationDialog(self._reference, self._actor, self._municipalities(), self._today(), self).exec():
            self.status.setText(self.tr("Saved. The population is the key from 1 January the year after."))
            self.refresh()

    def _save_start(self) -> None:
        try:
            self._reference.set_operation_start(self._actor, self.start_edit.date().toPython())
        except HvbError as exc:
            self.status.setText(describe(exc))
            return
        self.status.setText(self.tr("The start of operation is saved."))
