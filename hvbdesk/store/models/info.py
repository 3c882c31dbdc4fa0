from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from hvbdesk.store.base import Base


class DatabaseInfo(Base):
    """Facts about the database itself (demo or real, when it was made). Written once."""

    __tablename__ = "database_info"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
