"""Planer: the treatment work of each young person placed now: plan, journal, care plans, contacts."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from hvbdesk.domain.errors import HvbError
from hvbdesk.gui.common.background import Reload
from hvbdesk.gui.common.placed_people import PlacedPeople
from hvbdesk.gui.plans.care_panels import CarePlansPanel, ContactsPanel
from hvbdesk.gui.plans.journal_panel import JournalPanel
from hvbdesk.gui.plans.plan_editor import PlanEditor
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.context import Actor


class PlansPage(QWidget):
    def __init__(self, services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._beds, self._actor = services.beds, actor
        now = services.beds.now
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        self.people = PlacedPeople()
        layout.addLayout(self.people.column(self.tr("Plans")))
        right = QVBoxLayout()
        self.title = QLabel("")
        self.title.setProperty("role", "sectionHeading")
        right.addWidget(self.title)
        self.tabs = QTabWidget()
        self.plan = PlanEditor(
            services.plans,
            services.printing,
            actor,
            lambda: now().date(),
            sip_proposals=self._sip_proposals if allows(actor.role, Permission.SIP_READ) else None,
        )
        self._sips = services.sips
        self.journal = JournalPanel(services.journal, actor, now)
        self.care_plans = CarePlansPanel(services.care_plans, actor, lambda: now().date())
        self.contacts = ContactsPanel(services.contacts, services.staff, actor)
        self.tabs.addTab(self.plan, self.tr("Implementation plan"))
        if allows(actor.role, Permission.JOURNAL_READ):
            self.tabs.addTab(self.journal, self.tr("Journal"))
        self.tabs.addTab(self.care_plans, self.tr("Care plans"))
        self.tabs.addTab(self.contacts, self.tr("Contact persons"))
        right.addWidget(self.tabs, 1)
        layout.addLayout(right, 1)
        self.people.currentRowChanged.connect(self._choose)
        # Who is placed now is read from the bed board, off the GUI thread (with the staff an action may
        # name); the tabs then read the chosen one. Nothing is read when the page is built ahead of a visit.
        self._staff_service = services.staff
        self.reader = Reload(self, self.tr("Plans"), self._read, self._show_read)
        self.loaded = self.reader.shown

    def _sip_proposals(self, resident_id: int) -> list[tuple[str, str]]:
        try:
            actions = self._sips.home_actions(self._actor, resident_id)
        except HvbError:  # no right to this SIP: nothing to propose
            return []
        return [(a.text, a.follow_up_on.isoformat() if a.follow_up_on else "") for a in actions]

    def refresh(self) -> None:
        self.reader.request()

    def _read(self):
        staff = (
            [(s.id, f"{s.first_name} {s.last_name}") for s in self._staff_service.list_staff(self._actor)]
            if allows(self._actor.role, Permission.STAFF_READ)
            else []
        )
        return self._beds.board(self._actor), staff

    def _show_read(self, read) -> None:
        cards, staff = read
        self.plan.set_staff(staff)
        self._show_people(cards)

    def _show_people(self, cards) -> None:
        if not self.people.fill(cards, lambda card: (card.stay_id, card.resident_id, card.name)):
            self._choose(-1)

    def selected_stay(self) -> int | None:
        chosen = self.people.chosen()
        return chosen[0] if chosen else None

    def select_resident_by_name(self, name: str) -> None:
        self.people.choose_where(lambda value: value[2] == name)

    def _choose(self, row: int) -> None:
        data = self.people.value_at(row) if row >= 0 else (None, None, "")
        stay_id, resident_id, name = data
        self.title.setText(name)
        self.plan.show_stay(stay_id, resident_id)
        if allows(self._actor.role, Permission.JOURNAL_READ):
            self.journal.show_resident(resident_id, self.plan.goal_choices())
        self.care_plans.show_stay(stay_id)
        self.contacts.show_stay(stay_id)

    def save_pending(self) -> None:
        self.journal.save_now()

    def finish_work(self) -> None:
        self.reader.wait(5000)

    def on_lock(self) -> None:
        self.reader.discard()
        self.journal.on_lock()
        self.people.clear()
