from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hvbdesk.security.roles import Role
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.types import enum_column


class Account(Versioned, Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role, "account_role"))
    password_hash: Mapped[str] = mapped_column(String(200))
    staff_member_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
