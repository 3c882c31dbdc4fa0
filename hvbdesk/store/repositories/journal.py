from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, and_, or_, select
from sqlalchemy.orm import Session

from hvbdesk.domain.enums import EntryStatus, JournalKind
from hvbdesk.store.models import JournalEntry


@dataclass(frozen=True)
class JournalQuery:
    resident_id: int | None = None
    kind: JournalKind | None = None
    author: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    goal_key: str | None = None
    text: str | None = None
    limit: int = 500


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(session: Session, q: JournalQuery, viewer: str) -> list[JournalEntry]:
    """Signed entries, and the viewer's own drafts, newest first."""
    stmt = select(JournalEntry).where(
        or_(
            JournalEntry.status == EntryStatus.SIGNED,
            and_(JournalEntry.status == EntryStatus.DRAFT, JournalEntry.author == viewer),
        )
    )
    if q.resident_id is not None:
        stmt = stmt.where(JournalEntry.resident_id == q.resident_id)
    if q.kind is not None:
        stmt = stmt.where(JournalEntry.kind == q.kind)
    if q.author:
        stmt = stmt.where(JournalEntry.author == q.author)
    if q.since is not None:
        stmt = stmt.where(JournalEntry.written_at >= q.since)
    if q.until is not None:
        stmt = stmt.where(JournalEntry.written_at < q.until)
    if q.goal_key:
        stmt = stmt.where(JournalEntry.goal_key == q.goal_key)
    if q.text:
        stmt = stmt.where(JournalEntry.text.ilike(f"%{_escape_like(q.text)}%", escape="\\"))
    return list(session.scalars(stmt.order_by(JournalEntry.written_at.desc(), JournalEntry.id.desc()).limit(q.limit)))


def by_id(session: Session, entry_id: int) -> JournalEntry | None:
    return session.get(JournalEntry, entry_id)


def insert_many(session: Session, rows: list[dict]) -> None:
    """Bulk insert (the demo's ~100 000 entries); rows are column dicts."""
    if rows:
        session.execute(cast(Table, JournalEntry.__table__).insert(), [{"version": 1, **r} for r in rows])


def corrections_of(session: Session, ids: list[int]) -> dict[int, list[int]]:
    if not ids:
        return {}
    out: dict[int, list[int]] = {}
    for entry_id, corrects in session.execute(
        select(JournalEntry.id, JournalEntry.corrects_id).where(JournalEntry.corrects_id.in_(ids))
    ):
        if corrects is not None:
            out.setdefault(corrects, []).append(entry_id)
    return out


def drafts_of(session: Session, author: str, resident_id: int | None = None) -> list[JournalEntry]:
    stmt = select(JournalEntry).where(JournalEntry.author == author, JournalEntry.status == EntryStatus.DRAFT)
    if resident_id is not None:
        stmt = stmt.where(JournalEntry.resident_id == resident_id)
    return list(session.scalars(stmt.order_by(JournalEntry.saved_at.desc())))
