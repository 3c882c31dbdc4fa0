"""Watches computed by the service on a demo database match an independent calculation here."""

from __future__ import annotations

import datetime as dt

from hvbdesk.domain.enums import CarePlanOwner, ContactRole, LegalBasis, PlaceKind, PlanStatus
from hvbdesk.services.demo import fill_demo
from hvbdesk.store.models import (
    CarePlan,
    Consent,
    ConsentGiver,
    ContactAssignment,
    Guardian,
    ImplementationPlan,
    Placement,
    PlanFollowUp,
    Resident,
    Sip,
    SipEntry,
    SipMeeting,
)
from tests.conftest import NOW


def _months_later(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    last = [31, 29 if (day.year + y) % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m]
    return dt.date(day.year + y, m + 1, min(day.day, last))


def expected_watches(session, today: dt.date) -> set[tuple[int, str, bool]]:
    out = set()
    for p in session.query(Placement).filter(Placement.discharged_at.is_(None)):
        r = session.get(Resident, p.resident_id)
        admitted = p.admitted_at.date()
        if p.kind is PlaceKind.ACUTE:
            if p.planned_end <= today + dt.timedelta(days=3):
                out.add((p.id, "acute_ending", p.planned_end < today))
            if p.cost_split_settled_on is None and today >= _months_later(admitted, 1):
                out.add((p.id, "cost_split_unsettled", today > _months_later(admitted, 2)))
        else:
            limit = admitted + dt.timedelta(days=168)
            if limit <= today + dt.timedelta(days=7):
                out.add((p.id, "ordinary_over_max", today > limit))
            if not p.discharge_planned and p.planned_end <= today + dt.timedelta(days=7):
                out.add((p.id, "planned_end_near", today > p.planned_end))
        if p.legal_basis in (LegalBasis.LVU_2, LegalBasis.LVU_3):
            k = 1
            while _months_later(admitted, 6 * k) < today:
                k += 1
            if _months_later(admitted, 6 * k) <= today + dt.timedelta(days=14):
                out.add((p.id, "lvu_review", False))
        contacts = session.query(ContactAssignment).filter_by(placement_id=p.id, role=ContactRole.PRIMARY).all()
        if not any(
            c.valid_from <= today and (c.valid_to is None or c.valid_to > today) for c in contacts
        ) and today >= admitted + dt.timedelta(days=2):
            out.add((p.id, "primary_contact_missing", True))
        if not session.query(CarePlan).filter_by(
            placement_id=p.id, owner=CarePlanOwner.SOCIAL_SERVICES
        ).count() and today >= admitted + dt.timedelta(days=7):
            out.add((p.id, "social_care_plan_missing", True))
        plans = session.query(ImplementationPlan).filter_by(placement_id=p.id, status=PlanStatus.ESTABLISHED).all()
        dates = [pl.established_on for pl in plans] + [
            f.followed_up_on for pl in plans for f in session.query(PlanFollowUp).filter_by(plan_id=pl.id)
        ]
        if not dates:
            due = admitted + dt.timedelta(days=14)
            if (due - today).days <= 3:
                out.add((p.id, "implementation_plan_due", today > due))
        else:
            due = max(dates) + dt.timedelta(days=28)
            if (due - today).days <= 3:
                out.add((p.id, "plan_followup_due", today > due))
        age = today.year - r.birth_date.year - ((today.month, today.day) < (r.birth_date.month, r.birth_date.day))
        if age < 18 and session.query(Guardian).filter_by(resident_id=r.id).count() == 0:
            out.add((p.id, "guardians_missing", True))
    return out


def _birthday_18(birth: dt.date) -> dt.date:
    return (
        birth.replace(year=birth.year + 18) if (birth.month, birth.day) != (2, 29) else dt.date(birth.year + 18, 2, 28)
    )


def expected_sip_watches(session, today: dt.date) -> set[tuple[int, str, bool]]:
    """The consent's and the SIP's watches, worked out here from the rows (issue 12)."""
    out = set()
    for p in session.query(Placement).filter(Placement.discharged_at.is_(None)):
        r = session.get(Resident, p.resident_id)
        consents = session.query(Consent).filter_by(resident_id=r.id).order_by(Consent.given_on, Consent.id).all()
        sip = session.query(Sip).filter_by(resident_id=r.id, closed_on=None).first()
        adult_on = _birthday_18(r.birth_date)
        if consents:
            c = consents[-1]
            givers = session.query(ConsentGiver).filter_by(consent_id=c.id).all()
            guardians = {g.id for g in session.query(Guardian).filter_by(resident_id=r.id)}
            own = any(g.kind.value == "young_person" for g in givers)
            given_by = {g.guardian_id for g in givers if g.guardian_id}
            if c.revoked_on is not None and today >= c.revoked_on:
                state = "revoked"
            elif today > c.valid_until:
                state = "expired"
            elif today >= adult_on and not own:
                state = "ended_at_18" if c.given_on < adult_on else "incomplete"
            elif today < adult_on and (not guardians or guardians - given_by):
                state = "incomplete"
            elif (c.valid_until - today).days < 30:
                state = "expiring"
            else:
                state = "valid"
            if state != "valid":
                out.add((p.id, f"consent_{state}", state != "expiring"))
            if state in ("valid", "expiring") and not own and 0 <= (adult_on - today).days <= 30:
                out.add((p.id, "consent_turns_18", False))
        elif sip is not None:
            out.add((p.id, "consent_missing", True))
        if sip is not None:
            follow = [e.follow_up_on for e in session.query(SipEntry).filter_by(sip_id=sip.id) if e.follow_up_on]
            if any(d < today for d in follow):
                out.add((p.id, "sip_follow_up_passed", True))
            now = dt.datetime.combine(today, dt.time())
            meetings = [m for m in session.query(SipMeeting).filter_by(sip_id=sip.id) if m.held_at >= now]
            if not any(d >= today for d in follow) and not meetings:
                out.add((p.id, "sip_no_follow_up", True))
    return out


def test_watches_match_an_independent_calculation(services, database, manager):
    fill_demo(database, services.audit, seed=3, years=2, end=NOW)
    with database.unit_of_work() as session:
        expected = expected_watches(session, NOW.date()) | expected_sip_watches(session, NOW.date())
    got = {(w.stay_id, w.code, w.overdue) for w in services.beds.watches(manager)}
    assert got == expected
    assert got, "the demo should have something to watch"
    codes = {code for _, code, _ in got}
    # The demo shows every state of a consent the watches know (issue 12).
    assert {"consent_expiring", "consent_expired", "consent_revoked", "consent_incomplete", "consent_missing"} <= codes
