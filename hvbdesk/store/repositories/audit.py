from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hvbdesk.store.bulk import insert_rows
from hvbdesk.store.models import AuditEntry


def last(session: Session) -> AuditEntry | None:
    return session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))


def by_id(session: Session, entry_id: int) -> AuditEntry | None:
    return session.get(AuditEntry, entry_id)


def add(session: Session, entry: AuditEntry) -> None:
    session.add(entry)
    session.flush()


def add_all(session: Session, entries: list[dict]) -> None:
    """Rows given as column values, written in one executemany (an import audits every row it adds)."""
    insert_rows(session, AuditEntry.__table__, entries)  # type: ignore[arg-type]


def in_order(session: Session, batch: int = 5000) -> Iterator[AuditEntry]:
    last_id = 0
    while True:
        rows = list(
            session.scalars(select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch))
        )
        if not rows:
            return
        yield from rows
        last_id = rows[-1].id
        session.expunge_all()


@dataclass(frozen=True)
class AuditQuery:
    username: str | None = None
    action: str | None = None
    entity: str | None = None
    resident_id: int | None = None
    since_utc: dt.datetime | None = None
    until_utc: dt.datetime | None = None
    limit: int = 500


def search(session: Session, q: AuditQuery) -> list[AuditEntry]:
    stmt = select(AuditEntry)
    if q.username:
        stmt = stmt.where(AuditEntry.username == q.username)
    if q.action:
        stmt = stmt.where(AuditEntry.action == q.action)
    if q.entity:
        stmt = stmt.where(AuditEntry.entity == q.entity)
    if q.resident_id is not None:
        stmt = stmt.where(AuditEntry.resident_id == q.resident_id)
    if q.since_utc is not None:
        stmt = stmt.where(AuditEntry.at_utc >= _iso(q.since_utc))
    if q.until_utc is not None:
        stmt = stmt.where(AuditEntry.at_utc < _iso(q.until_utc))
    return list(session.scalars(stmt.order_by(AuditEntry.id.desc()).limit(q.limit)))


def distinct_usernames(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username)))


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def last_change(session: Session, entity: str, entity_id: object) -> tuple[str, str]:
    """(who, when in this computer's local time) of the latest change of a record, as the log has it."""
    row = session.scalar(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id), AuditEntry.action == "update")
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    if row is None:
        return "-", "-"
    at = dt.datetime.strptime(row.at_utc, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)
    return row.username, f"{at.astimezone():%Y-%m-%d %H:%M}"


def last_change_id(session: Session) -> int:
    """The id of the newest row that records a change (not a view, login or printout): a cheap token
    that moves whenever data does."""
    changes = ("create", "update", "delete")
    return session.scalar(select(func.max(AuditEntry.id)).where(AuditEntry.action.in_(changes))) or 0
