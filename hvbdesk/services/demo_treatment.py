"""Demo treatment work for each stay: contact persons, care plans, implementation plans with
follow-ups and journal entries. Most stays keep the deadlines; a few do not, as in real life."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from hvbdesk.domain import demo_names
from hvbdesk.domain.enums import CarePlanOwner, ContactRole, EntryStatus, GoalResult, JournalKind, PlanStatus
from hvbdesk.security.roles import Role
from hvbdesk.store.models import (
    CarePlan,
    ContactAssignment,
    GoalFollowUp,
    ImplementationPlan,
    PlanAction,
    PlanFollowUp,
    PlanGoal,
)
from hvbdesk.store.repositories import journal as journal_repo

KIND_WEIGHTS = [
    (JournalKind.DAILY_NOTE, 70),
    (JournalKind.CONVERSATION, 12),
    (JournalKind.TREATMENT_SESSION, 8),
    (JournalKind.SOCIAL_SERVICES_CONTACT, 5),
    (JournalKind.INCIDENT, 2),
    (JournalKind.OTHER, 3),
]


def add_treatment(
    session, rng: random.Random, stay, assistants: list, authors: list[str], end: dt.datetime, entries_per_day: float
) -> int:
    """Everything for one stay; returns the number of journal entries made."""
    admitted = stay.admitted_at.date()
    last = (stay.discharged_at or end).date()
    a, b = rng.sample(assistants, 2)
    late = rng.random() < 0.04
    session.add(
        ContactAssignment(
            placement_id=stay.id,
            staff_member_id=a.id,
            role=ContactRole.PRIMARY,
            valid_from=admitted + dt.timedelta(days=3 if late else rng.randint(0, 1)),
        )
    )
    session.add(
        ContactAssignment(
            placement_id=stay.id,
            staff_member_id=b.id,
            role=ContactRole.SECONDARY,
            valid_from=admitted + dt.timedelta(days=rng.randint(0, 2)),
        )
    )
    if rng.random() > 0.04:
        session.add(
            CarePlan(
                placement_id=stay.id,
                owner=CarePlanOwner.SOCIAL_SERVICES,
                dated=admitted + dt.timedelta(days=rng.randint(0, 6)),
                author="Socialsekreterare",
                organisation="Socialtjänsten",
                summary=rng.choice(demo_names.CARE_PLAN_SUMMARIES),
                document_ref=f"Dnr SN {admitted.year}/{rng.randint(100, 999)}",
                registered_by="coordinator",
                registered_at=stay.admitted_at + dt.timedelta(days=rng.randint(1, 6)),
            )
        )
    if rng.random() < 0.6:
        session.add(
            CarePlan(
                placement_id=stay.id,
                owner=CarePlanOwner.HEALTH_CARE,
                dated=admitted + dt.timedelta(days=rng.randint(2, 12)),
                author="Specialistläkare",
                organisation="Region Dalarna, psykiatri",
                summary="Läkemedelsgenomgång och plan för utredning.",
                registered_by="nurse",
                registered_at=stay.admitted_at + dt.timedelta(days=12),
            )
        )
    goal_keys = _plans(session, rng, stay, a, admitted, last)
    return _journal(session, rng, stay, authors, goal_keys, admitted, last, end, entries_per_day)


def _plans(session, rng: random.Random, stay, contact, admitted: dt.date, last: dt.date) -> list[str]:
    established = admitted + dt.timedelta(days=rng.randint(5, 13) if rng.random() > 0.05 else 16)
    if established > last or (stay.discharged_at and (last - admitted).days < 10):
        return []
    chosen = rng.sample(demo_names.GOALS, rng.randint(2, 3))
    keys = [uuid.UUID(int=rng.getrandbits(128)).hex for _ in chosen]
    plan = ImplementationPlan(
        placement_id=stay.id,
        number=1,
        status=PlanStatus.ESTABLISHED,
        phase=1,
        own_words=rng.choice(demo_names.OWN_WORDS),
        participation="Deltog i samtalet och formulerade målen själv.",
        established_on=established,
        participants="Ungdomen, kontaktperson, socialsekreterare",
        created_by="treatment_assistant",
        created_at=dt.datetime.combine(established, dt.time(14)),
    )
    plan.goals = [
        PlanGoal(
            position=i,
            need=need,
            goal=goal,
            key=key,
            care_plan_link="Socialtjänstens vårdplan",
            actions=[
                PlanAction(position=0, what=action, who_staff_id=contact.id, when="Löpande"),
                PlanAction(
                    position=1,
                    what="Följa upp med ungdomen",
                    who_role=Role.TREATMENT_LEAD,
                    when="Var fjärde vecka",
                ),
            ],
        )
        for i, ((need, goal, action), key) in enumerate(zip(chosen, keys, strict=True))
    ]
    session.add(plan)
    session.flush()
    day = established + dt.timedelta(weeks=4)
    while day <= last:
        follow = PlanFollowUp(
            plan_id=plan.id,
            followed_up_on=day,
            recorded_by="treatment_assistant",
            note="Uppföljning tillsammans med ungdomen.",
        )
        follow.results = [
            GoalFollowUp(goal_id=g.id, result=rng.choices(list(GoalResult), weights=[4, 4, 2])[0], comment="")
            for g in plan.goals
        ]
        session.add(follow)
        day += dt.timedelta(weeks=4, days=rng.randint(-3, 2))
    return keys


def _journal(session, rng, stay, authors, goal_keys, admitted, last, end, per_day) -> int:
    kinds, weights = zip(*KIND_WEIGHTS, strict=True)
    rows = []
    day = admitted
    while day <= last:
        for _ in range(max(0, round(rng.gauss(per_day, 0.7)))):
            at = dt.datetime.combine(day, dt.time(rng.randint(7, 22), rng.choice([0, 15, 30, 45])))
            if at < stay.admitted_at or at > end:
                continue
            draft = at > end - dt.timedelta(hours=6) and rng.random() < 0.3
            rows.append(
                dict(
                    resident_id=stay.resident_id,
                    placement_id=stay.id,
                    written_at=at,
                    author=rng.choice(authors),
                    kind=rng.choices(kinds, weights=weights)[0],
                    goal_key=rng.choice(goal_keys) if goal_keys and rng.random() < 0.3 else None,
                    text=rng.choice(demo_names.JOURNAL_TEXTS),
                    status=EntryStatus.DRAFT if draft else EntryStatus.SIGNED,
                    signed_at=None if draft else at + dt.timedelta(minutes=rng.randint(5, 90)),
                    saved_at=at,
                )
            )
        day += dt.timedelta(days=1)
    journal_repo.insert_many(session, rows)
    return len(rows)
