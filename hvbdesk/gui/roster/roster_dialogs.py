"""The roster's dialogs: an absence, and the set-up (shift types and demand from a date)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from hvbdesk.domain.enums import AbsenceKind
from hvbdesk.domain.errors import FieldProblem, ValidationError
from hvbdesk.gui.common.field_errors import show_error, submit
from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.gui.common.role_names import role_label
from hvbdesk.gui.forms.ui_absence_dialog import Ui_AbsenceDialog
from hvbdesk.gui.forms.ui_roster_setup_dialog import Ui_RosterSetupDialog
from hvbdesk.gui.roster.roster_texts import absence_name, weekday_short
from hvbdesk.roster.home import Demand
from hvbdesk.roster.setup import shift_from_texts
from hvbdesk.security.roles import STAFF_ROLES, Role
from hvbdesk.services.context import Actor
from hvbdesk.services.roster import RosterService
from hvbdesk.services.roster_setup import RosterSetup, RosterSetupService


class AbsenceDialog(Dialog):
    """Vacation, sick leave, parental leave or training for one person over some days."""

    def __init__(
        self,
        roster: RosterService,
        actor: Actor,
        staff: list[tuple[str, str]],
        first: dt.date,
        staff_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_AbsenceDialog()
        self.ui.setupUi(self)
        self._roster, self._actor = roster, actor
        for sid, name in staff:
            self.ui.staffCombo.addItem(name, sid)
        if staff_id is not None:
            self.ui.staffCombo.setCurrentIndex(self.ui.staffCombo.findData(staff_id))
        for kind in AbsenceKind:
            self.ui.kindCombo.addItem(absence_name(kind.value), kind.value)
        self.ui.firstEdit.setDate(qdate(first))
        self.ui.lastEdit.setDate(qdate(first))
        show_error(self.ui.errorLabel, "")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register absence"))
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)

    def _save(self) -> None:
        ui = self.ui
        if submit(
            ui.errorLabel,
            lambda: self._roster.add_absence(
                self._actor,
                int(ui.staffCombo.currentData()),
                ui.firstEdit.date().toPython(),
                ui.lastEdit.date().toPython(),
                ui.kindCombo.currentData(),
            ),
            {"first": ui.firstEdit, "last": ui.lastEdit, "kind": ui.kindCombo},
        ):
            self.accept()


SHIFT_COLUMNS = 6  # code, name, start, end, break, roles


class RosterSetupDialog(Dialog):
    """Shift types (code, name, times, break, roles) and the demand per weekday and on holidays."""

    def __init__(
        self,
        setup_service: RosterSetupService,
        actor: Actor,
        current: RosterSetup,
        first_day: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_RosterSetupDialog()
        self.ui.setupUi(self)
        self._service, self._actor = setup_service, actor
        self._seen = current.version
        self._roles = {role_label(r).lower(): r.value for r in STAFF_ROLES}
        self.ui.validFromEdit.setDate(qdate(first_day))
        shifts = self.ui.shiftsTable
        shifts.setColumnCount(SHIFT_COLUMNS)
        shifts.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Starts"),
                self.tr("Ends"),
                self.tr("Break (min)"),
                self.tr("Roles (comma between)"),
            ]
        )
        shifts.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for s in current.shifts:
            roles = ", ".join(role_label(Role(r)) for r in sorted(s.roles))
            self._add_shift_row([s.code, s.name, f"{s.start:%H:%M}", f"{s.end:%H:%M}", str(s.break_minutes), roles])
        demand = self.ui.demandTable
        demand.setColumnCount(8)
        demand.setHorizontalHeaderLabels([weekday_short(i) for i in range(7)] + [self.tr("Holiday")])
        demand.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        by_shift = {d.shift: d for d in current.demand}
        demand.setRowCount(len(current.shifts))
        for row, s in enumerate(current.shifts):
            demand.setVerticalHeaderItem(row, QTableWidgetItem(s.code))
            d = by_shift.get(s.code)
            values = (
                [(0, 0)] * 8
                if d is None
                else list(zip(d.minimum, d.wished, strict=True)) + [(d.holiday_minimum, d.holiday_wished)]
            )
            for col, (low, wished) in enumerate(values):
                demand.setItem(row, col, QTableWidgetItem(f"{low}/{wished}"))
        self.ui.addShiftButton.clicked.connect(lambda: self._add_shift_row(["", "", "", "", "0", ""]))
        self.ui.removeShiftButton.clicked.connect(self._remove_shift_row)
        shifts.itemChanged.connect(lambda _: self._sync_demand_labels())
        show_error(self.ui.errorLabel, "")
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)

    def _add_shift_row(self, texts: list[str]) -> None:
        table = self.ui.shiftsTable
        row = table.rowCount()
        table.insertRow(row)
        for col, text in enumerate(texts):
            table.setItem(row, col, QTableWidgetItem(text))
        demand = self.ui.demandTable
        if demand.rowCount() < table.rowCount():
            demand.insertRow(demand.rowCount())
            for col in range(8):
                demand.setItem(demand.rowCount() - 1, col, QTableWidgetItem("0/0"))
        self._sync_demand_labels()

    def _remove_shift_row(self) -> None:
        row = self.ui.shiftsTable.currentRow()
        if row >= 0:
            self.ui.shiftsTable.removeRow(row)
            self.ui.demandTable.removeRow(row)

    def _sync_demand_labels(self) -> None:
        for row in range(self.ui.shiftsTable.rowCount()):
            item = self.ui.shiftsTable.item(row, 0)
            self.ui.demandTable.setVerticalHeaderItem(row, QTableWidgetItem(item.text() if item else ""))

    def _text(self, table, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text().strip() if item else ""

    def read(self) -> tuple[list, list[Demand]]:
        """What the tables say, checked by the same rule the service uses."""
        shifts, demand, problems = [], [], []
        for row in range(self.ui.shiftsTable.rowCount()):
            t = [self._text(self.ui.shiftsTable, row, c) for c in range(SHIFT_COLUMNS)]
            roles = [self._roles.get(name.strip().lower(), name.strip()) for name in t[5].split(",") if name.strip()]
            try:
                shifts.append(shift_from_texts(t[0], t[1], t[2], t[3], int(t[4] or 0), roles))
            except ValueError:
                problems.append(FieldProblem("shift_break", t[4], code="number"))
                continue
            except ValidationError as exc:
                problems += exc.problems
                continue
            counts = []
            for col in range(8):
                low, _, wished = self._text(self.ui.demandTable, row, col).partition("/")
                try:
                    counts.append((int(low), int(wished or low)))
                except ValueError:
                    problems.append(FieldProblem("demand", f"{t[0]}", code="demand_format"))
                    break
            if len(counts) == 8 and any(low or wished for low, wished in counts):
                demand.append(
                    Demand(
                        shifts[-1].code,
                        tuple(c[0] for c in counts[:7]),
                        tuple(c[1] for c in counts[:7]),
                        counts[7][0],
                        counts[7][1],
                    )
                )
        if problems:
            raise ValidationError(problems)
        return shifts, demand

    def _save(self) -> None:
        def save() -> None:
            shifts, demand = self.read()
            self._service.save(
                self._actor, self.ui.validFromEdit.date().toPython(), shifts, demand, seen_version=self._seen
            )

        if submit(self.ui.errorLabel, save, {"valid_from": self.ui.validFromEdit}):
            self.accept()
