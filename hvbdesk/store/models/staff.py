from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hvbdesk.domain.enums import Employer
from hvbdesk.security.roles import Role
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.types import enum_column


class StaffMember(Versioned, Base):
    """A person on the staff. Temporary staff have no FTE (fte_percent NULL)."""

    __tablename__ = "staff_member"
    __table_args__ = (
        CheckConstraint("fte_percent IS NULL OR (fte_percent > 0 AND fte_percent <= 100)", name="fte_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[Role] = mapped_column(enum_column(Role, "staff_role"))
    employer: Mapped[Employer] = mapped_column(enum_column(Employer, "employer"))
    employer_municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    fte_percent: Mapped[int | None] = mapped_column(Integer)
    weekdays_only: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
