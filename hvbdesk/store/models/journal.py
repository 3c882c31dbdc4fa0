from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hvbdesk.domain.enums import EntryStatus, JournalKind
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.types import enum_column


class JournalEntry(Versioned, Base):
    """Social documentation. A draft until signed; a signed entry is never changed or deleted (the
    database refuses it, migration 0003): a correction is a new signed entry pointing to it."""

    __tablename__ = "journal_entry"
    # Free text has its own index beside the table (migration 0011): FTS5 on SQLite, pg_trgm on PostgreSQL.
    __table_args__ = (
        Index("ix_journal_resident_time", "resident_id", "written_at"),
        Index("ix_journal_author_time", "author", "written_at"),
        Index("ix_journal_kind_time", "kind", "written_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id"))
    written_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    author: Mapped[str] = mapped_column(String(60), index=True)
    kind: Mapped[JournalKind] = mapped_column(enum_column(JournalKind, "journal_kind"), index=True)
    goal_key: Mapped[str | None] = mapped_column(String(36), index=True)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[EntryStatus] = mapped_column(enum_column(EntryStatus, "entry_status"), default=EntryStatus.DRAFT)
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"), index=True)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime)
