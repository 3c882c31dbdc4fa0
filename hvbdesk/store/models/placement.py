from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hvbdesk.domain.enums import DischargeReason, LegalBasis, PlaceKind
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.models.place import Place
from hvbdesk.store.models.resident import Resident
from hvbdesk.store.types import enum_column


class Placement(Versioned, Base):
    """A stay in one place over [admitted_at, discharged_at); open while discharged_at is NULL.

    Two stays never overlap in one place: checked by the service and enforced by the database
    (a trigger on SQLite, an exclusion constraint on PostgreSQL; see the first migration).
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
    discharge_reason: Mapped[DischargeReason | None] = mapped_column(
        enum_column(DischargeReason, "discharge_reason")
    )
    placing_municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    registered_municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    cost_split_settled_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(400), default="")

    resident: Mapped[Resident] = relationship()
    place: Mapped[Place] = relationship()
