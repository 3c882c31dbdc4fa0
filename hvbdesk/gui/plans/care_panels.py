"""Per stay: the care plans received and the contact persons (with the manager's assignment)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hvbdesk.domain.enums import CarePlanOwner, ContactRole
from hvbdesk.gui.common.background import attempt
from hvbdesk.gui.common.field_errors import show_error, submit
from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.common.page_parts import NEWEST_FIRST, fit_columns, muted, table_view
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.gui.common.table_model import Column, RowsModel
from hvbdesk.gui.forms.ui_care_plan_dialog import Ui_CarePlanDialog
from hvbdesk.security.roles import Permission, Role, allows
from hvbdesk.services.care_plans import CarePlanInput, CarePlanService
from hvbdesk.services.contacts import ContactRow, ContactService, current_assignment_id
from hvbdesk.services.context import Actor
from hvbdesk.services.staff import StaffService


class CarePlanDialog(Dialog):
    def __init__(
        self, care_plans: CarePlanService, actor: Actor, stay_id: int, today: dt.date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_CarePlanDialog()
        self.ui.setupUi(self)
        self._care_plans, self._actor, self._stay_id = care_plans, actor, stay_id
        for owner, permission in (
            (CarePlanOwner.SOCIAL_SERVICES, Permission.CARE_PLAN_SOCIAL_WRITE),
            (CarePlanOwner.HEALTH_CARE, Permission.CARE_PLAN_HEALTH_WRITE),
        ):
            if allows(actor.role, permission):
                self.ui.ownerCombo.addItem(
                    self.tr("Social services") if owner is CarePlanOwner.SOCIAL_SERVICES else self.tr("Health care"),
                    owner.value,
                )
        self.ui.datedEdit.setDate(qdate(today))
        show_error(self.ui.errorLabel, "")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        self.ui.buttons.accepted.connect(self._register)
        self.ui.buttons.rejected.connect(self.reject)

    def _register(self) -> None:
        ui = self.ui
        if submit(
            ui.errorLabel,
            lambda: self._care_plans.register(
                self._actor,
                self._stay_id,
                CarePlanInput(
                    CarePlanOwner(ui.ownerCombo.currentData()),
                    ui.datedEdit.date().toPython(),
                    ui.authorEdit.text(),
                    ui.organisationEdit.text(),
                    ui.summaryEdit.toPlainText(),
                    ui.referenceEdit.text(),
                ),
            ),
            {"dated": ui.datedEdit},
        ):
            self.accept()


class CarePlansPanel(QWidget):
    def __init__(self, care_plans: CarePlanService, actor: Actor, today, parent: QWidget | None = None):
        super().__init__(parent)
        self._care_plans, self._actor, self._today = care_plans, actor, today
        self._stay_id: int | None = None
        self.model = RowsModel(
            [
                Column(
                    self.tr("From"),
                    lambda p: (
                        self.tr("social services")
                        if p.owner is CarePlanOwner.SOCIAL_SERVICES
                        else self.tr("health care")
                    ),
                ),
                Column(self.tr("Dated"), lambda p: f"{p.dated:%Y-%m-%d}"),
                Column(self.tr("Written by"), lambda p: f"{p.author}, {p.organisation}"),
                Column(self.tr("Reference"), lambda p: p.document_ref),
                Column(self.tr("Needs and goals"), lambda p: p.summary.replace("\n", " ")),
            ]
        )
        layout = QVBoxLayout(self)
        self.add_button = QPushButton(self.tr("Register care plan…"))
        self.add_button.setVisible(
            allows(actor.role, Permission.CARE_PLAN_SOCIAL_WRITE)
            or allows(actor.role, Permission.CARE_PLAN_HEALTH_WRITE)
        )
        top = QHBoxLayout()
        top.addWidget(
            muted(self.tr("The care plans that social services and health care wrote with the young person."))
        )
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.view, _ = table_view(self.model, NEWEST_FIRST)
        layout.addWidget(self.view)
        self.add_button.clicked.connect(self._add)

    def show_stay(self, stay_id: int | None) -> None:
        self._stay_id = stay_id
        self.model.set_rows(self._care_plans.list(self._actor, stay_id) if stay_id else [])
        fit_columns(self.view)

    def dialog(self) -> CarePlanDialog:
        return CarePlanDialog(self._care_plans, self._actor, self._stay_id, self._today(), self)

    def _add(self) -> None:
        if self._stay_id and self.dialog().exec() == QDialog.DialogCode.Accepted:
            self.show_stay(self._stay_id)


class ContactsPanel(QWidget):
    def __init__(self, contacts: ContactService, staff: StaffService, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._contacts, self._staff, self._actor = contacts, staff, actor
        self._stay_id: int | None = None
        self._history: list[ContactRow] = []  # as shown: a change is saved against it
        self.model = RowsModel(
            [
                Column(
                    self.tr("Role"),
                    lambda c: self.tr("primary") if c.role is ContactRole.PRIMARY else self.tr("secondary"),
                ),
                Column(self.tr("Contact person"), lambda c: c.name),
                # On one day the later assignment (the higher id) is the later one.
                Column(
                    self.tr("From"),
                    lambda c: f"{c.valid_from:%Y-%m-%d}",
                    lambda c: f"{c.valid_from.isoformat()} {c.id:012d}",
                ),
                Column(self.tr("To"), lambda c: f"{c.valid_to:%Y-%m-%d}" if c.valid_to else self.tr("now")),
                Column(self.tr("Reason for change"), lambda c: c.change_reason),
            ]
        )
        self.load_model = RowsModel(
            [
                Column(self.tr("Treatment assistant"), lambda r: r.name),
                Column(self.tr("Primary"), lambda r: str(r.primary), lambda r: r.primary, align_right=True),
                Column(self.tr("Secondary"), lambda r: str(r.secondary), lambda r: r.secondary, align_right=True),
            ]
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person = QComboBox()
        self.role = QComboBox()
        self.role.addItem(self.tr("Primary contact person"), ContactRole.PRIMARY.value)
        self.role.addItem(self.tr("Secondary contact person"), ContactRole.SECONDARY.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason, when someone else had the role"))
        self.assign_button = QPushButton(self.tr("Assign"))
        self.assign_button.setProperty("role", "primary")
        form.addRow(self.tr("Treatment assistant"), self.person)
        form.addRow(self.tr("As"), self.role)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.assign_button)
        self.assign_box = QWidget()
        self.assign_box.setLayout(form)
        self.assign_box.setVisible(allows(actor.role, Permission.CONTACT_WRITE))
        layout.addWidget(self.assign_box)
        self.view, _ = table_view(self.model, (2, Qt.SortOrder.DescendingOrder))  # the latest assignment first
        layout.addWidget(self.view, 2)
        load_title = QLabel(self.tr("Current load per treatment assistant"))
        load_title.setProperty("role", "sectionHeading")
        layout.addWidget(load_title)
        self.load_view, _ = table_view(self.load_model, None)  # the service's order: the heaviest load first
        layout.addWidget(self.load_view, 1)
        self.assign_button.clicked.connect(self._assign)
        self.person.currentIndexChanged.connect(lambda _: self._update_assign())
        self._update_assign()

    def _update_assign(self) -> None:
        """Assign only with a young person shown and a treatment assistant chosen."""
        self.assign_button.setEnabled(self._stay_id is not None and self.person.currentData() is not None)

    def show_stay(self, stay_id: int | None) -> None:
        self._stay_id = stay_id
        if self.person.count() == 0 and allows(self._actor.role, Permission.CONTACT_WRITE):
            # Nobody chosen at first: a name already in the box read as the contact person.
            self.person.addItem(self.tr("Choose a treatment assistant…"), None)
            for s in self._staff.list_staff(self._actor):
                if s.role is Role.TREATMENT_ASSISTANT:
                    self.person.addItem(f"{s.first_name} {s.last_name}", s.id)
        self._history = self._contacts.history(self._actor, stay_id) if stay_id else []
        self.model.set_rows(self._history)
        self.load_model.set_rows(self._contacts.load(self._actor))
        fit_columns(self.view)
        fit_columns(self.load_view)
        self._update_assign()

    def _assign(self) -> None:
        if not self._stay_id:
            return
        role, stay_id, person, reason = (
            ContactRole(self.role.currentData()),
            self._stay_id,
            self.person.currentData(),
            self.reason.text(),
        )
        seen = current_assignment_id(self._history, role)
        if not attempt(
            self,
            self.tr("Contact persons"),
            lambda: self._contacts.assign(self._actor, stay_id, person, role, reason, seen_current=seen),
        ):
            return
        self.reason.clear()
        self.person.setCurrentIndex(0)
        self.show_stay(self._stay_id)
