from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hvbdesk.domain.enums import LegalBasis, PlaceKind, ReferralDecision
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.types import enum_column


class Referral(Versioned, Base):
    """A request from social services for a place (förfrågan). Holds no identity number."""

    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    placing_municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    social_services_contact: Mapped[str] = mapped_column(String(160), default="")
    kind_requested: Mapped[PlaceKind] = mapped_column(enum_column(PlaceKind, "referral_kind"))
    wished_start: Mapped[dt.date | None] = mapped_column(Date)
    age: Mapped[int] = mapped_column(Integer)
    legal_basis: Mapped[LegalBasis] = mapped_column(enum_column(LegalBasis, "referral_legal_basis"))
    decision: Mapped[ReferralDecision] = mapped_column(
        enum_column(ReferralDecision, "referral_decision"), default=ReferralDecision.PENDING
    )
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decline_reason: Mapped[str] = mapped_column(String(60), default="")
    decision_note: Mapped[str] = mapped_column(String(400), default="")
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id"))
