from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hvbdesk.store.models import RosterAbsence, RosterAssignment


def absences_between(session: Session, first: dt.date, last: dt.date) -> list[RosterAbsence]:
    return list(session.scalars(select(RosterAbsence).where(RosterAbsence.first <= last, RosterAbsence.last >= first)))


def assignments_between(session: Session, first: dt.date, last: dt.date) -> list[RosterAssignment]:
    return list(session.scalars(select(RosterAssignment).where(RosterAssignment.day >= first,
                                                                 RosterAssignment.day <= last)))


def replace_unlocked(session: Session, first: dt.date, last: dt.date, rows: list[RosterAssignment]) -> None:
    session.execute(delete(RosterAssignment).where(RosterAssignment.day >= first, RosterAssignment.day <= last,
                                                   RosterAssignment.locked.is_(False)))
    session.add_all(rows)
    session.flush()
