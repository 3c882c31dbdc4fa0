from __future__ import annotations

from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from hvbdesk.store.bulk import insert_rows, reserve_ids
from hvbdesk.store.models import StaffMember


def all_staff(session: Session) -> list[StaffMember]:
    return list(session.scalars(select(StaffMember).order_by(StaffMember.last_name, StaffMember.first_name)))


def staff_by_id(session: Session, staff_id: int) -> StaffMember | None:
    return session.get(StaffMember, staff_id)


def add_many(session: Session, rows: list[dict]) -> list[int]:
    """New staff members from column values, in one executemany; returns their ids in order."""
    table = cast(Table, StaffMember.__table__)
    ids = reserve_ids(session, table, len(rows))
    insert_rows(
        session, table, [{**row, "id": i, "version": 1, "active": True} for row, i in zip(rows, ids, strict=True)]
    )
    return ids
