from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hvbdesk.store.base import Base


class LoginEvent(Base):
    """One attempt to log in, appended and never changed: the growing delay and the lock are counted
    from these. No version check, so two workstations logging in at once never conflict."""

    __tablename__ = "login_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), index=True)
    workstation: Mapped[str] = mapped_column(String(80), index=True)
    outcome: Mapped[str] = mapped_column(String(12))  # ok, failed, refused, unlocked
