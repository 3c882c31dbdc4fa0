from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Select, Table, and_, func, literal_column, or_, select, table
from sqlalchemy.orm import Session

from hvbdesk.domain.enums import EntryStatus, JournalKind
from hvbdesk.store.engine import CASEFOLD
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


TRIGRAM = 3  # the shortest text a trigram index can look up; shorter texts are matched by scanning


def _text_contains(session: Session, text: str):
    """Entries whose text holds `text` anywhere, whatever the case. SQLite looks it up in its trigram
    index (which also folds the case of å, ä and ö, where LIKE folds a–z only); PostgreSQL's ILIKE uses
    its trigram index by itself."""
    if session.get_bind().dialect.name != "sqlite":
        return JournalEntry.text.ilike(f"%{_escape_like(text)}%", escape="\\")
    if len(text) >= TRIGRAM:
        phrase = '"' + text.replace('"', '""') + '"'
        found: Select = (
            select(literal_column("rowid"))
            .select_from(table("journal_text"))
            .where(literal_column("journal_text").op("MATCH")(phrase))
        )
        # "+id": SQLite's documented way to keep a term off an index. Looking every match up by its id and
        # sorting them took 130 ms for a common word; walking the time (or person, author) index newest
        # first and stopping at the limit takes at most some 25 ms, for a rare word too.
        return literal_column(f"+{JournalEntry.__tablename__}.id").in_(found)
    return getattr(func, CASEFOLD)(JournalEntry.text).like(f"%{_escape_like(text.casefold())}%", escape="\\")


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
        stmt = stmt.where(_text_contains(session, q.text))
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
