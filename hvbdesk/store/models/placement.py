from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hvbdesk.domain.enums import DischargeDestination, DischargeReason, LegalBasis, PlaceKind
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.models.place import Place
from hvbdesk.store.models.resident import Resident
from hvbdesk.store.types import enum_column

if TYPE_CHECKING:
    from hvbdesk.store.models.segment import StaySegment


class Placement(Versioned, Base):
    """A stay in one place over [admitted_at, discharged_at); open while discharged_at is NULL.

    `place_id` is the current (or last) place; where the stay was over time is in its segments
    (StaySegment), which the database keeps from overlapping in one place.
    """

    __tablename__ = "placement"
    __table_args__ = (
        CheckConstraint("discharged_at IS NULL OR discharged_at >= admitted_at", name="discharge_after_admission"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    legal_basis: Mapped[LegalBasis] = mapped_column(enum_column(LegalBasis, "legal_basis"))
    kind: Mapped[PlaceKind] = mapped_column(enum_column(PlaceKind, "placement_kind"))
    admitted_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    planned_end: Mapped[dt.date] = mapped_column(Date)
    discharged_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    discharge_reason: Mapped[DischargeReason | None] = mapped_column(enum_column(DischargeReason, "discharge_reason"))
    placing_municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    registered_municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    cost_split_settled_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(400), default="")
    discharge_destination: Mapped[DischargeDestination | None] = mapped_column(
        enum_column(DischargeDestination, "discharge_destination")
    )
    aftercare_note: Mapped[str] = mapped_column(String(1000), default="")
    discharge_planned: Mapped[bool] = mapped_column(Boolean, default=False)
    extensions: Mapped[int] = mapped_column(Integer, default=0)
    override_note: Mapped[str] = mapped_column(String(1000), default="")  # why a rule was set aside
    referral_id: Mapped[int | None] = mapped_column(Integer)

    resident: Mapped[Resident] = relationship()
    place: Mapped[Place] = relationship()
    segments: Mapped[list[StaySegment]] = relationship(order_by="StaySegment.start_at")
