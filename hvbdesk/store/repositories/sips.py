from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hvbdesk.store.models import Sip, SipEntry


def of_resident(session: Session, resident_id: int) -> Sip | None:
    """The young person's SIP in progress (not closed), else the newest one."""
    stmt = (
        select(Sip)
        .where(Sip.resident_id == resident_id)
        .options(
            selectinload(Sip.meetings),
            selectinload(Sip.participants),
            selectinload(Sip.entries).selectinload(SipEntry.follow_ups),
        )
        .order_by(Sip.closed_on.is_not(None), Sip.started_on.desc(), Sip.id.desc())
        .limit(1)
    )
    return session.scalar(stmt)


def by_id(session: Session, sip_id: int) -> Sip | None:
    return session.get(Sip, sip_id)


def entry_by_id(session: Session, entry_id: int) -> SipEntry | None:
    return session.get(SipEntry, entry_id)


def add(session: Session, sip: Sip) -> None:
    session.add(sip)
    session.flush()


def in_progress(session: Session) -> list[Sip]:
    stmt = (
        select(Sip)
        .where(Sip.closed_on.is_(None))
        .options(selectinload(Sip.meetings), selectinload(Sip.entries).selectinload(SipEntry.follow_ups))
    )
    return list(session.scalars(stmt))
