from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hvbdesk.store.base import Base, Versioned


class RosterAssignment(Versioned, Base):
    """One person's shift on one date in a saved roster (no row: off)."""

    __tablename__ = "roster_assignment"
    __table_args__ = (UniqueConstraint("staff_member_id", "day", name="one_shift_a_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    shift: Mapped[str] = mapped_column(String(8))
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    saved_by: Mapped[str] = mapped_column(String(60))
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime)


class RosterAbsence(Versioned, Base):
    """Vacation, sick leave, parental leave or training over [first, last]."""

    __tablename__ = "roster_absence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"), index=True)
    first: Mapped[dt.date] = mapped_column(Date)
    last: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
