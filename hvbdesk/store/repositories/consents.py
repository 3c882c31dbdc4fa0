from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from hvbdesk.domain.enums import ContactRole
from hvbdesk.store.models import Consent, ContactAssignment, Placement


def of_resident(session: Session, resident_id: int) -> list[Consent]:
    """Oldest first: the newest is the one in question."""
    stmt = (
        select(Consent)
        .where(Consent.resident_id == resident_id)
        .options(selectinload(Consent.givers), selectinload(Consent.actors), selectinload(Consent.items))
        .order_by(Consent.given_on, Consent.id)
    )
    return list(session.scalars(stmt))


def by_id(session: Session, consent_id: int) -> Consent | None:
    return session.get(Consent, consent_id)


def add(session: Session, consent: Consent) -> None:
    session.add(consent)
    session.flush()


def touch(consent: Consent) -> None:
    """Mark the consent's row changed, so its version moves when only a giver (another row) was added."""
    flag_modified(consent, "valid_until")


def is_contact_person(session: Session, staff_member_id: int, resident_id: int) -> bool:
    """Whether the staff member is now a primary or secondary contact of the young person's open stay."""
    stmt = (
        select(ContactAssignment.id)
        .join(Placement, Placement.id == ContactAssignment.placement_id)
        .where(
            Placement.resident_id == resident_id,
            Placement.discharged_at.is_(None),
            ContactAssignment.staff_member_id == staff_member_id,
            ContactAssignment.valid_to.is_(None),
            ContactAssignment.role.in_([ContactRole.PRIMARY, ContactRole.SECONDARY]),
        )
        .limit(1)
    )
    return session.scalar(stmt) is not None


def newest_of(session: Session, resident_ids: set[int]) -> dict[int, Consent]:
    """Each young person's newest consent (the one in question), read in one query."""
    if not resident_ids:
        return {}
    stmt = (
        select(Consent)
        .where(Consent.resident_id.in_(resident_ids))
        .options(selectinload(Consent.givers), selectinload(Consent.actors), selectinload(Consent.items))
        .order_by(Consent.given_on, Consent.id)
    )
    return {c.resident_id: c for c in session.scalars(stmt)}
