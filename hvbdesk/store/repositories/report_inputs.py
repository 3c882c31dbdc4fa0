"""Column-only reads for the steering report: counts and dates, never a name, identity number or text.

Each function reads one table (or one join) in one query; the report service puts the rows together.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from hvbdesk.domain.enums import PlanStatus
from hvbdesk.store.models import (
    Consent,
    GoalFollowUp,
    ImplementationPlan,
    Placement,
    PlanFollowUp,
    PlanGoal,
    Referral,
    Resident,
    RosterAssignment,
    RosterShiftType,
    Sip,
    StaffMember,
)


def stays_touching(session: Session, first: dt.date, last: dt.date) -> list[tuple]:
    """Stays that may have care days in, or end in, first..last, with the person's legal sex and birth
    date: (id, resident id, kind, admitted, discharged, municipality, legal basis, legal sex, birth date,
    extensions, discharge reason, destination)."""
    after_last = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    from_first = dt.datetime.combine(first, dt.time())
    stmt = (
        select(
            Placement.id,
            Placement.resident_id,
            Placement.kind,
            Placement.admitted_at,
            Placement.discharged_at,
            Placement.placing_municipality_code,
            Placement.legal_basis,
            Resident.legal_sex,
            Resident.birth_date,
            Placement.extensions,
            Placement.discharge_reason,
            Placement.discharge_destination,
        )
        .join(Resident, Resident.id == Placement.resident_id)
        .where(
            Placement.admitted_at < after_last,
            Placement.discharged_at.is_(None) | (Placement.discharged_at >= from_first),
        )
    )
    return [tuple(r) for r in session.execute(stmt)]


def plan_dates(session: Session, stay_ids: set[int]) -> dict[int, list[tuple[int, dt.date]]]:
    """stay id → (plan number, established on) of its established plans."""
    out: dict[int, list[tuple[int, dt.date]]] = {}
    if not stay_ids:
        return out
    stmt = select(ImplementationPlan.placement_id, ImplementationPlan.number, ImplementationPlan.established_on).where(
        ImplementationPlan.placement_id.in_(stay_ids),
        ImplementationPlan.status == PlanStatus.ESTABLISHED,
        ImplementationPlan.established_on.is_not(None),
    )
    for stay_id, number, on in session.execute(stmt):
        if on is not None:
            out.setdefault(stay_id, []).append((number, on))
    return out


def followup_dates(session: Session, stay_ids: set[int]) -> dict[int, list[dt.date]]:
    out: dict[int, list[dt.date]] = {}
    if not stay_ids:
        return out
    stmt = (
        select(ImplementationPlan.placement_id, PlanFollowUp.followed_up_on)
        .join(PlanFollowUp, PlanFollowUp.plan_id == ImplementationPlan.id)
        .where(ImplementationPlan.placement_id.in_(stay_ids))
    )
    for stay_id, on in session.execute(stmt):
        out.setdefault(stay_id, []).append(on)
    return out


def goal_results_between(session: Session, first: dt.date, last: dt.date) -> list[tuple]:
    """(goal key, followed up on, result) of goal follow-ups made in first..last."""
    stmt = (
        select(PlanGoal.key, PlanFollowUp.followed_up_on, GoalFollowUp.result)
        .join(GoalFollowUp, GoalFollowUp.goal_id == PlanGoal.id)
        .join(PlanFollowUp, PlanFollowUp.id == GoalFollowUp.followup_id)
        .where(PlanFollowUp.followed_up_on >= first, PlanFollowUp.followed_up_on <= last)
    )
    return [tuple(r) for r in session.execute(stmt)]


def referrals_between(session: Session, first: dt.date, last: dt.date) -> list[tuple]:
    stmt = select(Referral.received_on, Referral.decision, Referral.decline_reason, Referral.kind_requested).where(
        Referral.received_on >= first, Referral.received_on <= last
    )
    return [tuple(r) for r in session.execute(stmt)]


def sips_of(session: Session, resident_ids: set[int]) -> list[tuple]:
    if not resident_ids:
        return []
    stmt = select(Sip.resident_id, Sip.started_on, Sip.closed_on).where(Sip.resident_id.in_(resident_ids))
    return [tuple(r) for r in session.execute(stmt)]


def consents_of(session: Session, resident_ids: set[int]) -> list[tuple]:
    if not resident_ids:
        return []
    stmt = select(Consent.resident_id, Consent.given_on, Consent.valid_until, Consent.revoked_on).where(
        Consent.resident_id.in_(resident_ids)
    )
    return [tuple(r) for r in session.execute(stmt)]


def staff_positions(session: Session) -> list[tuple]:
    """(employer, FTE per cent or None) of the staff in service now."""
    stmt = select(StaffMember.employer, StaffMember.fte_percent).where(StaffMember.active.is_(True))
    return [tuple(r) for r in session.execute(stmt)]


def roster_shifts_between(session: Session, first: dt.date, last: dt.date) -> list[tuple]:
    """(day, shift code, temporary?) of every saved shift in first..last."""
    stmt = (
        select(RosterAssignment.day, RosterAssignment.shift, StaffMember.fte_percent.is_(None))
        .join(StaffMember, StaffMember.id == RosterAssignment.staff_member_id)
        .where(RosterAssignment.day >= first, RosterAssignment.day <= last)
    )
    return [tuple(r) for r in session.execute(stmt)]


def roster_setup_starts(session: Session) -> list[dt.date]:
    return sorted(set(session.scalars(select(RosterShiftType.valid_from))))
