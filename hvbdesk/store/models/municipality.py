from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hvbdesk.store.base import Base, Versioned


class Municipality(Versioned, Base):
    __tablename__ = "municipality"

    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)


class MunicipalityMembership(Versioned, Base):
    """Membership of the cooperation agreement over [valid_from, valid_to] (inclusive dates)."""

    __tablename__ = "municipality_membership"
    __table_args__ = (CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="dates"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)


class MunicipalityPopulation(Versioned, Base):
    """Population from valid_from on, until a later row for the same municipality; `as_of` is the day the
    figure counts (31 December of a year) and `source` where it was taken from."""

    __tablename__ = "municipality_population"
    __table_args__ = (CheckConstraint("population >= 0", name="positive"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    population: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(200), default="")
