from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.orm import Session

from hvbdesk.store.models import RosterAbsence, RosterAssignment, RosterWish


def absences_between(session: Session, first: dt.date, last: dt.date) -> list[RosterAbsence]:
    return list(session.scalars(select(RosterAbsence).where(RosterAbsence.first <= last, RosterAbsence.last >= first)))


def assignments_between(session: Session, first: dt.date, last: dt.date) -> list[RosterAssignment]:
    return list(
        session.scalars(select(RosterAssignment).where(RosterAssignment.day >= first, RosterAssignment.day <= last))
    )


def add_absence(session: Session, row: RosterAbsence) -> None:
    session.add(row)
    session.flush()


def remove_absence(session: Session, absence_id: int) -> bool:
    result = cast(CursorResult, session.execute(delete(RosterAbsence).where(RosterAbsence.id == absence_id)))
    return result.rowcount == 1


def replace_all(session: Session, first: dt.date, last: dt.date, rows: list[RosterAssignment]) -> None:
    session.execute(delete(RosterAssignment).where(RosterAssignment.day >= first, RosterAssignment.day <= last))
    session.add_all(rows)
    session.flush()


def wishes_between(session: Session, first: dt.date, last: dt.date) -> list[RosterWish]:
    return list(session.scalars(select(RosterWish).where(RosterWish.day >= first, RosterWish.day <= last)))


def remove_wish(session: Session, staff_member_id: int, day: dt.date) -> None:
    session.execute(delete(RosterWish).where(RosterWish.staff_member_id == staff_member_id, RosterWish.day == day))


def add_wish(session: Session, row: RosterWish) -> None:
    session.add(row)
    session.flush()
