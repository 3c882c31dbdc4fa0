from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.models.place import Place


class StaySegment(Versioned, Base):
    """Where a stay was, over [start_at, end_at): a move ends one segment and starts the next.

    The database refuses two segments in one place at the same time (migration 0002), so two
    workstations cannot double-book a place.
    """

    __tablename__ = "stay_segment"
    __table_args__ = (CheckConstraint("end_at IS NULL OR end_at >= start_at", name="end_after_start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id"), index=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    start_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    end_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    move_reason: Mapped[str] = mapped_column(String(200), default="")

    place: Mapped[Place] = relationship()
