"""Deviations (avvikelser): the register and the counts the steering report reads."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from hvbdesk.domain.enums import DeviationStatus
from hvbdesk.store.models import Deviation


def add(session: Session, deviation: Deviation) -> Deviation:
    session.add(deviation)
    session.flush()
    return deviation


def by_id(session: Session, deviation_id: int) -> Deviation | None:
    return session.get(Deviation, deviation_id)


def listed(session: Session, status: DeviationStatus | None = None) -> list[Deviation]:
    stmt = select(Deviation).order_by(Deviation.occurred_on.desc(), Deviation.id.desc())
    if status is not None:
        stmt = stmt.where(Deviation.status == status)
    return list(session.scalars(stmt))


def kinds_and_status_between(session: Session, first: dt.date, last: dt.date) -> list[tuple]:
    """(occurred on, kind, status, lex Sarah, Region) of every deviation in first..last: no text, no person."""
    stmt = select(
        Deviation.occurred_on, Deviation.kind, Deviation.status, Deviation.reported_lex_sarah, Deviation.reported_region
    ).where(Deviation.occurred_on >= first, Deviation.occurred_on <= last)
    return [tuple(r) for r in session.execute(stmt)]
