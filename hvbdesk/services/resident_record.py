"""One young person's record on one page: identity, guardians and stays, and what the reader's role may
see of the contact persons, plans, care plans, journal, SIP and consents, and (for the manager, as the
follow-up of the log that PDL asks for) who has opened the record. Each part is read through its own
service, which checks the permission and writes the audit log; a part the role may not see is None."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, TypeVar

from hvbdesk.domain.errors import PermissionDenied
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.audit import AuditLog, AuditQuery, AuditRow
from hvbdesk.services.care_plans import CarePlanRow, CarePlanService
from hvbdesk.services.consents import ConsentRow, ConsentService
from hvbdesk.services.contacts import ContactRow, ContactService
from hvbdesk.services.context import Actor, slow
from hvbdesk.services.journal import EntryRow, JournalQuery, JournalService
from hvbdesk.services.plans import PlanService, PlanView
from hvbdesk.services.residents import ResidentDetail, ResidentService
from hvbdesk.services.sips import SipService, SipView

T = TypeVar("T")
JOURNAL_ROWS = 50  # the latest notes; the Plans page's journal searches them all
OPENED_ROWS = 200


def _unless_refused(read: Callable[[], T]) -> T | None:
    """A part the consent does not open to this role (the Region's staff read a SIP only where the young
    person consented to it) is left out; the service has logged the refusal."""
    try:
        return read()
    except PermissionDenied:
        return None


@dataclass(frozen=True)
class ResidentRecord:
    detail: ResidentDetail
    contacts: list[ContactRow] | None  # of the latest stay
    plan: PlanView | None  # the latest established implementation plan of the latest stay
    plans_visible: bool
    care_plans: list[CarePlanRow] | None
    journal: list[EntryRow] | None
    sip: SipView | None
    consents: list[ConsentRow] | None
    opened_by: list[AuditRow] | None  # who has read or changed this record, newest first

    @property
    def latest_stay_id(self) -> int | None:
        return self.detail.stays[-1].id if self.detail.stays else None


@dataclass(frozen=True)
class ResidentRecordService:
    residents: ResidentService
    contacts: ContactService
    plans: PlanService
    care_plans: CarePlanService
    journal: JournalService
    sips: SipService
    consents: ConsentService
    audit: AuditLog

    @slow
    def record(self, actor: Actor, resident_id: int) -> ResidentRecord:
        detail = self.residents.get_resident(actor, resident_id)  # checks RESIDENT_READ and logs the view
        stay_id = detail.stays[-1].id if detail.stays else None
        may = lambda permission: allows(actor.role, permission)  # noqa: E731
        plans_visible = may(Permission.PLAN_READ) and stay_id is not None
        return ResidentRecord(
            detail=detail,
            contacts=self.contacts.history(actor, stay_id) if plans_visible and stay_id else None,
            plan=self.plans.current(actor, stay_id) if plans_visible and stay_id else None,
            plans_visible=plans_visible,
            care_plans=self.care_plans.list(actor, stay_id) if plans_visible and stay_id else None,
            journal=self.journal.search(actor, JournalQuery(resident_id=resident_id, limit=JOURNAL_ROWS))
            if may(Permission.JOURNAL_READ)
            else None,
            sip=_unless_refused(lambda: self.sips.view(actor, resident_id)) if may(Permission.SIP_READ) else None,
            consents=_unless_refused(lambda: self.consents.consents(actor, resident_id))
            if may(Permission.SIP_READ)
            else None,
            opened_by=self.audit.search(actor, AuditQuery(resident_id=resident_id, limit=OPENED_ROWS))
            if may(Permission.AUDIT_READ)
            else None,
        )
