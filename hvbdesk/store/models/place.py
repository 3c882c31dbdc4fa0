from __future__ import annotations

from sqlalchemy import Boolean, Integer
from sqlalchemy.orm import Mapped, mapped_column

from hvbdesk.domain.enums import PlaceKind
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.types import enum_column


class Place(Versioned, Base):
    __tablename__ = "place"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[PlaceKind] = mapped_column(enum_column(PlaceKind, "place_kind"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
