from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hvbdesk.store.base import Base


class AuditEntry(Base):
    """Append-only, hash-chained (see hvbdesk.security.audit_chain). Holds ids, never personal data.

    Triggers made by the first migration refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL).
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at_utc: Mapped[str] = mapped_column(String(32), index=True)
    username: Mapped[str] = mapped_column(String(60), index=True)
    action: Mapped[str] = mapped_column(String(16), index=True)
    entity: Mapped[str] = mapped_column(String(40), index=True)
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    resident_id: Mapped[int | None] = mapped_column(Integer, index=True)
    workstation: Mapped[str] = mapped_column(String(80), default="")
    detail: Mapped[str] = mapped_column(String(200), default="")
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64))
