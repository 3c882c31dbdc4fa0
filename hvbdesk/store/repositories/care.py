"""Contact persons, care plans and implementation plans."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from hvbdesk.domain.enums import CarePlanOwner, ContactRole, PlanStatus
from hvbdesk.store.models import (
    CarePlan,
    ContactAssignment,
    ImplementationPlan,
    Placement,
    PlanFollowUp,
    PlanGoal,
    StaffMember,
)


def current_contacts(session: Session, stay_ids: set[int], day: dt.date) -> list[ContactAssignment]:
    if not stay_ids:
        return []
    return list(
        session.scalars(
            select(ContactAssignment).where(
                ContactAssignment.placement_id.in_(stay_ids),
                ContactAssignment.valid_from <= day,
                or_(ContactAssignment.valid_to.is_(None), ContactAssignment.valid_to > day),
            )
        )
    )


def open_contact(session: Session, stay_id: int, role: ContactRole) -> ContactAssignment | None:
    return session.scalar(
        select(ContactAssignment).where(
            ContactAssignment.placement_id == stay_id,
            ContactAssignment.role == role,
            ContactAssignment.valid_to.is_(None),
        )
    )


def contact_history(session: Session, stay_id: int) -> list[ContactAssignment]:
    return list(
        session.scalars(
            select(ContactAssignment)
            .where(ContactAssignment.placement_id == stay_id)
            .order_by(ContactAssignment.valid_from, ContactAssignment.id)
        )
    )


def staff_by_ids(session: Session, ids: set[int]) -> dict[int, StaffMember]:
    if not ids:
        return {}
    return {s.id: s for s in session.scalars(select(StaffMember).where(StaffMember.id.in_(ids)))}


def care_plans(session: Session, stay_id: int) -> list[CarePlan]:
    return list(session.scalars(select(CarePlan).where(CarePlan.placement_id == stay_id).order_by(CarePlan.dated)))


def stays_with_social_care_plan(session: Session, stay_ids: set[int]) -> set[int]:
    if not stay_ids:
        return set()
    return set(
        session.scalars(
            select(CarePlan.placement_id).where(
                CarePlan.placement_id.in_(stay_ids), CarePlan.owner == CarePlanOwner.SOCIAL_SERVICES
            )
        )
    )


def plans_of(session: Session, stay_id: int) -> list[ImplementationPlan]:
    return list(
        session.scalars(
            select(ImplementationPlan)
            .where(ImplementationPlan.placement_id == stay_id)
            .options(selectinload(ImplementationPlan.goals).selectinload(PlanGoal.actions))
            .order_by(ImplementationPlan.number)
        )
    )


def plan_by_id(session: Session, plan_id: int) -> ImplementationPlan | None:
    return session.get(
        ImplementationPlan, plan_id, options=[selectinload(ImplementationPlan.goals).selectinload(PlanGoal.actions)]
    )


def next_plan_number(session: Session, stay_id: int) -> int:
    return (
        session.scalar(select(func.max(ImplementationPlan.number)).where(ImplementationPlan.placement_id == stay_id))
        or 0
    ) + 1


def followups_of(session: Session, plan_ids: list[int]) -> list[PlanFollowUp]:
    if not plan_ids:
        return []
    return list(
        session.scalars(
            select(PlanFollowUp)
            .where(PlanFollowUp.plan_id.in_(plan_ids))
            .options(selectinload(PlanFollowUp.results))
            .order_by(PlanFollowUp.followed_up_on)
        )
    )


def plan_review_dates(session: Session, stay_ids: set[int]) -> dict[int, tuple[dt.date | None, dt.date | None]]:
    """stay id -> (first establishment, latest establishment or follow-up)."""
    out: dict[int, tuple[dt.date | None, dt.date | None]] = {}
    if not stay_ids:
        return out
    rows = session.execute(
        select(ImplementationPlan.placement_id, ImplementationPlan.id, ImplementationPlan.established_on).where(
            ImplementationPlan.placement_id.in_(stay_ids), ImplementationPlan.status == PlanStatus.ESTABLISHED
        )
    ).all()
    plan_stay = {plan_id: stay_id for stay_id, plan_id, _ in rows}
    for stay_id, _, on in rows:
        first, last = out.get(stay_id, (None, None))
        out[stay_id] = (min(filter(None, [first, on])), max(filter(None, [last, on])))
    if plan_stay:
        for plan_id, on in session.execute(
            select(PlanFollowUp.plan_id, PlanFollowUp.followed_up_on).where(PlanFollowUp.plan_id.in_(plan_stay))
        ):
            first, last = out[plan_stay[plan_id]]
            out[plan_stay[plan_id]] = (first, max(filter(None, [last, on])))
    return out


def stay(session: Session, stay_id: int) -> Placement | None:
    return session.get(Placement, stay_id)


def stay_of_plan(session: Session, placement_id: int) -> Placement:
    """The stay a plan belongs to, which the foreign key keeps there."""
    return session.get_one(Placement, placement_id)


def touch(plan: ImplementationPlan) -> None:
    """Mark the plan's row changed, so its version moves although only its goals (other rows) did."""
    flag_modified(plan, "phase")
