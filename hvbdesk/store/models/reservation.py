from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hvbdesk.domain.enums import ReservationStatus
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.models.place import Place
from hvbdesk.store.types import enum_column


class Reservation(Versioned, Base):
    """A place held for an accepted referral over [starts_on, ends_on) until the admission."""

    __tablename__ = "reservation"
    __table_args__ = (CheckConstraint("ends_on > starts_on", name="dates"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referral.id"), index=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    starts_on: Mapped[dt.date] = mapped_column(Date, index=True)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[ReservationStatus] = mapped_column(
        enum_column(ReservationStatus, "reservation_status"), default=ReservationStatus.ACTIVE
    )
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id"))
    note: Mapped[str] = mapped_column(String(200), default="")

    place: Mapped[Place] = relationship()
