"""The roster's set-up as data with validity dates: shift types and staffing demand, and the rolling
base schedule (grundschema) the period rosters are generated from."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hvbdesk.store.base import Base, Versioned


class RosterShiftType(Versioned, Base):
    """A shift type over [valid_from, valid_to]; times as HH:MM, an end before the start ends next day."""

    __tablename__ = "roster_shift_type"
    __table_args__ = (CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="dates"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(40))
    start: Mapped[str] = mapped_column(String(5))
    end: Mapped[str] = mapped_column(String(5))
    break_minutes: Mapped[int] = mapped_column(Integer)
    roles: Mapped[str] = mapped_column(String(200))  # staff roles, comma-separated
    valid_from: Mapped[dt.date] = mapped_column(Date, index=True)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)


class RosterDemand(Versioned, Base):
    """How many are needed on a shift: day_kind 0–6 is Monday–Sunday, 7 a public holiday."""

    __tablename__ = "roster_demand"
    __table_args__ = (
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="dates"),
        CheckConstraint("day_kind >= 0 AND day_kind <= 7", name="day_kind"),
        CheckConstraint("minimum >= 0 AND wished >= minimum", name="counts"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shift_code: Mapped[str] = mapped_column(String(8))
    day_kind: Mapped[int] = mapped_column(Integer)
    minimum: Mapped[int] = mapped_column(Integer)
    wished: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[dt.date] = mapped_column(Date, index=True)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)


class RosterBase(Versioned, Base):
    """One saved base schedule: `weeks` weeks that repeat from `starts` (a Monday). The newest is in use."""

    __tablename__ = "roster_base"
    __table_args__ = (CheckConstraint("weeks >= 1", name="weeks"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    starts: Mapped[dt.date] = mapped_column(Date)
    weeks: Mapped[int] = mapped_column(Integer)
    saved_by: Mapped[str] = mapped_column(String(60))
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime)


class RosterBaseCell(Base):
    """A shift in a base schedule: day_index counts from the base's first Monday."""

    __tablename__ = "roster_base_cell"
    __table_args__ = (UniqueConstraint("base_id", "staff_member_id", "day_index", name="one_cell"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    base_id: Mapped[int] = mapped_column(ForeignKey("roster_base.id"), index=True)
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    day_index: Mapped[int] = mapped_column(Integer)
    shift: Mapped[str] = mapped_column(String(8))


class RosterKeptViolation(Base):
    """A rule break the manager chose to keep, with the reason (also in the audit log).
    scope: 'base' (day is the base's date) or 'period'."""

    __tablename__ = "roster_kept_violation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(10))
    rule: Mapped[str] = mapped_column(String(30))
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"), index=True)
    day: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    kept_by: Mapped[str] = mapped_column(String(60))
    kept_at: Mapped[dt.datetime] = mapped_column(DateTime)


class RosterWish(Base):
    """A staff wish (önskemål) for one date: want or avoid a shift; shift NULL means the whole day
    (want: a day off)."""

    __tablename__ = "roster_wish"
    __table_args__ = (UniqueConstraint("staff_member_id", "day", name="one_wish_a_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    shift: Mapped[str | None] = mapped_column(String(8))
    want: Mapped[bool] = mapped_column(Boolean)
