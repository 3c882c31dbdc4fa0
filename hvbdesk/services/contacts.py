"""Contact persons (kontaktmannaskap): primary and secondary per stay, with history, and the load."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hvbdesk.domain.enums import AuditAction, ContactRole
from hvbdesk.domain.errors import NotFound, ValidationError
from hvbdesk.security.roles import Permission, Role
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.services.versions import refuse_stale
from hvbdesk.store.database import Database
from hvbdesk.store.models import ContactAssignment
from hvbdesk.store.repositories import care as care_repo
from hvbdesk.store.repositories import staff as staff_repo
from hvbdesk.store.repositories import stays as stays_repo


@dataclass(frozen=True)
class ContactRow:
    staff_member_id: int
    name: str
    role: ContactRole
    valid_from: dt.date
    valid_to: dt.date | None
    change_reason: str
    id: int = 0  # what a change of this role passes as seen_current while it is the open one


def current_assignment_id(rows: list[ContactRow], role: ContactRole) -> int:
    """The open assignment in `role` as a history read showed it (0: none), for ContactService.assign."""
    return next((r.id for r in rows if r.role is role and r.valid_to is None), 0)


@dataclass(frozen=True)
class LoadRow:
    staff_member_id: int
    name: str
    primary: int
    secondary: int


class ContactService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._clock = clock

    def assign(
        self,
        actor: Actor,
        stay_id: int,
        staff_member_id: int,
        role: ContactRole,
        reason: str = "",
        from_day: dt.date | None = None,
        seen_current: int | None = None,
    ) -> None:
        """Make someone the stay's primary or secondary contact; the one before hands over that day.
        `seen_current` is the id of the assignment the screen showed as current in that role (0: none); if
        someone has changed it since, nothing is written and a conflict names who and when."""
        self._audit.require(actor, Permission.CONTACT_WRITE, "contact_assignment", stay_id)
        day = from_day or self._clock().date()
        with self._db.unit_of_work() as session:
            stay = stays_repo.by_id(session, stay_id)
            if stay is None:
                raise NotFound(f"no stay with id {stay_id}", "stay_missing", (stay_id,))
            if stay.discharged_at is not None:
                raise ValidationError.single("stay", "is discharged", "stay_discharged")
            staff = {s.id: s for s in staff_repo.all_staff(session)}.get(staff_member_id)
            if staff is None or not staff.active or staff.role is not Role.TREATMENT_ASSISTANT:
                raise ValidationError.single(
                    "staff_member", "contact persons are treatment assistants", "contact_not_assistant"
                )
            other = care_repo.open_contact(
                session, stay.id, ContactRole.SECONDARY if role is ContactRole.PRIMARY else ContactRole.PRIMARY
            )
            if other is not None and other.staff_member_id == staff_member_id:
                raise ValidationError.single(
                    "staff_member", "is already the stay's other contact person", "contact_both_roles"
                )
            current = care_repo.open_contact(session, stay.id, role)
            if seen_current is not None and (current.id if current else 0) != seen_current:
                refuse_stale(session, "contact_assignment", stay.id, "stale_contact")
            if current is not None:
                if current.staff_member_id == staff_member_id:
                    return
                if not reason.strip():
                    raise ValidationError.single(
                        "reason", "a change of contact person needs a reason", "reason_missing"
                    )
                if day < current.valid_from:
                    raise ValidationError.single("valid_from", "is before the current assignment began", "date_order")
                current.valid_to = day
            session.add(
                ContactAssignment(
                    placement_id=stay.id,
                    staff_member_id=staff_member_id,
                    role=role,
                    valid_from=day,
                    change_reason=reason.strip()[:200],
                )
            )
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "contact_assignment",
                stay.id,
                stay.resident_id,
                detail=f"{role.value} staff={staff_member_id}",
            )

    def history(self, actor: Actor, stay_id: int) -> list[ContactRow]:
        self._audit.require(actor, Permission.PLAN_READ, "contact_assignment", stay_id)
        with self._db.reading() as session:
            rows = care_repo.contact_history(session, stay_id)
            staff = care_repo.staff_by_ids(session, {r.staff_member_id for r in rows})
            stay = care_repo.stay(session, stay_id)
            resident_id = stay.resident_id if stay else None
            history = [
                ContactRow(
                    r.staff_member_id,
                    f"{staff[r.staff_member_id].first_name} {staff[r.staff_member_id].last_name}",
                    r.role,
                    r.valid_from,
                    r.valid_to,
                    r.change_reason,
                    r.id,
                )
                for r in rows
            ]
        self._audit.record(actor, AuditAction.VIEW, "contact_assignment", stay_id, resident_id)
        return history

    def load(self, actor: Actor) -> list[LoadRow]:
        """Each treatment assistant's current number of primary and secondary contacts."""
        self._audit.require(actor, Permission.PLAN_READ, "contact_assignment")
        today = self._clock().date()
        with self._db.reading() as session:
            open_ids = {s.id for s in stays_repo.open_stays(session)}
            counts: dict[int, list[int]] = {}
            for a in care_repo.current_contacts(session, open_ids, today):
                counts.setdefault(a.staff_member_id, [0, 0])[0 if a.role is ContactRole.PRIMARY else 1] += 1
            rows = [
                LoadRow(s.id, f"{s.first_name} {s.last_name}", *counts.get(s.id, [0, 0]))
                for s in staff_repo.all_staff(session)
                if s.active and s.role is Role.TREATMENT_ASSISTANT
            ]
        self._audit.record(actor, AuditAction.VIEW, "contact_assignment", detail="load")
        return sorted(rows, key=lambda r: (-(r.primary * 2 + r.secondary), r.name))
