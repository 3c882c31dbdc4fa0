"""Care plans received from social services and health care (vårdplaner)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hvbdesk.domain.enums import AuditAction, CarePlanOwner
from hvbdesk.domain.errors import FieldProblem, NotFound, ValidationError
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.store.database import Database
from hvbdesk.store.models import CarePlan
from hvbdesk.store.repositories import care as care_repo


@dataclass(frozen=True)
class CarePlanInput:
    owner: CarePlanOwner
    dated: dt.date
    author: str
    organisation: str
    summary: str
    document_ref: str = ""


@dataclass(frozen=True)
class CarePlanRow:
    id: int
    owner: CarePlanOwner
    dated: dt.date
    author: str
    organisation: str
    summary: str
    document_ref: str
    registered_by: str


_WRITE = {
    CarePlanOwner.SOCIAL_SERVICES: Permission.CARE_PLAN_SOCIAL_WRITE,
    CarePlanOwner.HEALTH_CARE: Permission.CARE_PLAN_HEALTH_WRITE,
}


class CarePlanService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._clock = clock

    def register(self, actor: Actor, stay_id: int, data: CarePlanInput) -> int:
        self._audit.require(actor, _WRITE[data.owner], "care_plan", stay_id)
        problems = [
            FieldProblem(name, "is empty", code="required")
            for name, value in (("author", data.author), ("organisation", data.organisation), ("summary", data.summary))
            if not value.strip()
        ]
        if data.dated > self._clock().date():
            problems.append(FieldProblem("dated", "is in the future", code="date_in_future"))
        if problems:
            raise ValidationError(problems)
        with self._db.unit_of_work() as session:
            stay = care_repo.stay(session, stay_id)
            if stay is None:
                raise NotFound(f"no stay with id {stay_id}", "stay_missing", (stay_id,))
            plan = CarePlan(
                placement_id=stay.id,
                owner=data.owner,
                dated=data.dated,
                author=data.author.strip(),
                organisation=data.organisation.strip(),
                summary=data.summary.strip(),
                document_ref=data.document_ref.strip(),
                registered_by=actor.username,
                registered_at=self._clock(),
            )
            session.add(plan)
            session.flush()
            self._audit.append(
                session,
                actor.username,
                AuditAction.CREATE,
                "care_plan",
                plan.id,
                stay.resident_id,
                detail=data.owner.value,
            )
            return plan.id

    def list(self, actor: Actor, stay_id: int) -> list[CarePlanRow]:
        self._audit.require(actor, Permission.PLAN_READ, "care_plan", stay_id)
        with self._db.reading() as session:
            stay = care_repo.stay(session, stay_id)
            rows = [
                CarePlanRow(
                    p.id, p.owner, p.dated, p.author, p.organisation, p.summary, p.document_ref, p.registered_by
                )
                for p in care_repo.care_plans(session, stay_id)
            ]
        self._audit.record(actor, AuditAction.VIEW, "care_plan", stay_id, stay.resident_id if stay else None)
        return rows
