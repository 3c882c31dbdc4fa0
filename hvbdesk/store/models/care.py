"""Contact persons, received care plans and the home's implementation plans."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hvbdesk.domain.enums import CarePlanOwner, ContactRole, GoalResult, PlanStatus
from hvbdesk.security.roles import Role
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.types import enum_column


class ContactAssignment(Versioned, Base):
    """A treatment assistant as primary or secondary contact person of a stay over [valid_from, valid_to)."""

    __tablename__ = "contact_assignment"
    __table_args__ = (CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="dates"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id"), index=True)
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"), index=True)
    role: Mapped[ContactRole] = mapped_column(enum_column(ContactRole, "contact_role"))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    change_reason: Mapped[str] = mapped_column(String(200), default="")


class CarePlan(Versioned, Base):
    """A care plan received from social services or health care (the home does not write these)."""

    __tablename__ = "care_plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id"), index=True)
    owner: Mapped[CarePlanOwner] = mapped_column(enum_column(CarePlanOwner, "care_plan_owner"))
    dated: Mapped[dt.date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(120))
    organisation: Mapped[str] = mapped_column(String(120))
    summary: Mapped[str] = mapped_column(Text, default="")
    document_ref: Mapped[str] = mapped_column(String(120), default="")
    registered_by: Mapped[str] = mapped_column(String(60))
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ImplementationPlan(Versioned, Base):
    """One version of a stay's implementation plan: a draft until established, then read-only."""

    __tablename__ = "implementation_plan"
    __table_args__ = (
        UniqueConstraint("placement_id", "number", name="version_number"),
        CheckConstraint("phase BETWEEN 1 AND 3", name="phase"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[PlanStatus] = mapped_column(enum_column(PlanStatus, "plan_status"), default=PlanStatus.DRAFT)
    phase: Mapped[int] = mapped_column(Integer, default=1)
    own_words: Mapped[str] = mapped_column(Text, default="")  # "vad är viktigt för dig?"
    participation: Mapped[str] = mapped_column(Text, default="")  # how the young person took part
    established_on: Mapped[dt.date | None] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(String(400), default="")
    created_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    goals: Mapped[list["PlanGoal"]] = relationship(order_by="PlanGoal.position", cascade="all, delete-orphan")


class PlanGoal(Versioned, Base):
    __tablename__ = "plan_goal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("implementation_plan.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    need: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text)
    care_plan_link: Mapped[str] = mapped_column(String(200), default="")  # which care plan goal it serves
    key: Mapped[str] = mapped_column(String(36))  # the same goal across versions

    actions: Mapped[list["PlanAction"]] = relationship(order_by="PlanAction.position", cascade="all, delete-orphan")


class PlanAction(Versioned, Base):
    __tablename__ = "plan_action"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("plan_goal.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(Text)
    how: Mapped[str] = mapped_column(Text, default="")
    who_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    who_role: Mapped[Role | None] = mapped_column(enum_column(Role, "action_role"))
    when: Mapped[str] = mapped_column(String(120), default="")


class PlanFollowUp(Versioned, Base):
    __tablename__ = "plan_followup"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("implementation_plan.id"), index=True)
    followed_up_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(Text, default="")

    results: Mapped[list["GoalFollowUp"]] = relationship(cascade="all, delete-orphan")


class GoalFollowUp(Versioned, Base):
    __tablename__ = "goal_followup"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    followup_id: Mapped[int] = mapped_column(ForeignKey("plan_followup.id"), index=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("plan_goal.id"), index=True)
    result: Mapped[GoalResult] = mapped_column(enum_column(GoalResult, "goal_result"))
    comment: Mapped[str] = mapped_column(Text, default="")
