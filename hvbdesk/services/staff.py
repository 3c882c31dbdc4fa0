"""The staff list (names of colleagues, roles and employment)."""

from __future__ import annotations

from dataclasses import dataclass

from hvbdesk.domain.enums import AuditAction, Employer
from hvbdesk.security.roles import Permission, Role
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor
from hvbdesk.store.database import Database
from hvbdesk.store.repositories import staff as staff_repo


@dataclass(frozen=True)
class StaffRow:
    id: int
    first_name: str
    last_name: str
    role: Role
    employer: Employer
    fte_percent: int | None
    weekdays_only: bool

    @property
    def is_temporary(self) -> bool:
        return self.fte_percent is None


class StaffService:
    def __init__(self, db: Database, audit: AuditLog):
        self._db = db
        self._audit = audit

    def list_staff(self, actor: Actor) -> list[StaffRow]:
        self._audit.require(actor, Permission.STAFF_READ, "staff_member")
        with self._db.reading() as session:
            rows = [
                StaffRow(s.id, s.first_name, s.last_name, s.role, s.employer, s.fte_percent, s.weekdays_only)
                for s in staff_repo.all_staff(session)
            ]
        self._audit.record(actor, AuditAction.VIEW, "staff_member", detail=f"rows={len(rows)}")
        return rows
