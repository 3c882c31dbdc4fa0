from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hvbdesk.store.models import StaffMember


def all_staff(session: Session) -> list[StaffMember]:
    return list(session.scalars(select(StaffMember).order_by(StaffMember.last_name, StaffMember.first_name)))


def staff_by_id(session: Session, staff_id: int) -> StaffMember | None:
    return session.get(StaffMember, staff_id)
