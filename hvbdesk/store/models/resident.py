from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hvbdesk.domain.enums import Gender, LegalSex
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.types import enum_column


class Resident(Versioned, Base):
    """A young person. Legal sex and birth date are derived from the identity number."""

    __tablename__ = "resident"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    identity_number: Mapped[str] = mapped_column(String(12), unique=True)
    is_coordination_number: Mapped[bool] = mapped_column(Boolean, default=False)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    gender: Mapped[Gender] = mapped_column(enum_column(Gender, "gender"))
    legal_sex: Mapped[LegalSex] = mapped_column(enum_column(LegalSex, "legal_sex"))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    guardians: Mapped[list["Guardian"]] = relationship(back_populates="resident", order_by="Guardian.id")


class Guardian(Versioned, Base):
    __tablename__ = "guardian"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    relation: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(40), default="")

    resident: Mapped[Resident] = relationship(back_populates="guardians")
