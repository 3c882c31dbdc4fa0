from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hvbdesk.domain.enums import DeviationKind, DeviationStatus
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.types import enum_column


class Deviation(Versioned, Base):
    """A deviation (avvikelse) registered by anyone on staff and closed by the manager after an
    investigation. One about a young person is read under the journal's rules."""

    __tablename__ = "deviation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[DeviationKind] = mapped_column(enum_column(DeviationKind, "deviation_kind"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    immediate_action: Mapped[str] = mapped_column(Text, default="")
    registered_by: Mapped[str] = mapped_column(String(60))
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[DeviationStatus] = mapped_column(
        enum_column(DeviationStatus, "deviation_status"), default=DeviationStatus.OPEN
    )
    analysis: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    closed_by: Mapped[str | None] = mapped_column(String(60))
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    reported_lex_sarah: Mapped[bool] = mapped_column(Boolean, default=False)
    reported_region: Mapped[bool] = mapped_column(Boolean, default=False)
