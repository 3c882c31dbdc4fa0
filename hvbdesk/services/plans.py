"""The home's implementation plan (genomförandeplan): drafted, established, versioned, followed up."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from hvbdesk.domain.enums import AuditAction, GoalResult, PlanStatus
from hvbdesk.domain.errors import FieldProblem, NotFound, ValidationError
from hvbdesk.domain.plan_diff import GoalChange, compare_goals
from hvbdesk.security.roles import Permission, Role
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.services.versions import check_version
from hvbdesk.store.database import Database
from hvbdesk.store.models import GoalFollowUp, ImplementationPlan, PlanAction, PlanFollowUp, PlanGoal
from hvbdesk.store.repositories import accounts as accounts_repo
from hvbdesk.store.repositories import care as care_repo


@dataclass(frozen=True)
class ActionInput:
    what: str
    how: str = ""
    who_staff_id: int | None = None
    who_role: Role | None = None
    when: str = ""


@dataclass(frozen=True)
class GoalInput:
    goal: str
    need: str = ""
    care_plan_link: str = ""
    actions: list[ActionInput] = field(default_factory=list)
    key: str | None = None  # keep the key to say "the same goal" in a later version


@dataclass(frozen=True)
class PlanContent:
    phase: int
    own_words: str
    participation: str
    goals: list[GoalInput]


@dataclass(frozen=True)
class ActionView:
    what: str
    how: str
    who: str
    when: str
    who_staff_id: int | None
    who_role: Role | None


@dataclass(frozen=True)
class GoalView:
    id: int
    key: str
    need: str
    goal: str
    care_plan_link: str
    actions: list[ActionView]


@dataclass(frozen=True)
class FollowUpView:
    followed_up_on: dt.date
    recorded_by: str  # the name a person reads
    note: str
    results: dict[str, tuple[GoalResult, str]]  # goal key -> (result, comment)


@dataclass(frozen=True)
class PlanView:
    id: int
    stay_id: int
    number: int
    status: PlanStatus
    phase: int
    own_words: str
    participation: str
    established_on: dt.date | None
    participants: str
    created_by: str
    goals: list[GoalView]
    followups: list[FollowUpView]
    version: int = 1  # what the user saw; a save from an older one is refused (ConflictError)

    @property
    def is_established(self) -> bool:
        return self.status is PlanStatus.ESTABLISHED


class PlanService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._clock = clock

    # --- reading -------------------------------------------------------------------------------
    def versions(self, actor: Actor, stay_id: int) -> list[PlanView]:
        self._audit.require(actor, Permission.PLAN_READ, "implementation_plan", stay_id)
        with self._db.reading() as session:
            stay = care_repo.stay(session, stay_id)
            if stay is None:
                raise NotFound(f"no stay with id {stay_id}", "stay_missing", (stay_id,))
            plans = care_repo.plans_of(session, stay_id)
            views = self._views(session, plans)
        self._audit.record(actor, AuditAction.VIEW, "implementation_plan", stay_id, stay.resident_id)
        return views

    def current(self, actor: Actor, stay_id: int) -> PlanView | None:
        """The latest established version."""
        established = [v for v in self.versions(actor, stay_id) if v.is_established]
        return established[-1] if established else None

    def compare(self, before: PlanView, after: PlanView) -> list[GoalChange]:
        return compare_goals(before.goals, after.goals)

    def _views(self, session, plans: list[ImplementationPlan]) -> list[PlanView]:
        staff_ids = {a.who_staff_id for p in plans for g in p.goals for a in g.actions if a.who_staff_id}
        staff = care_repo.staff_by_ids(session, staff_ids)
        followups = care_repo.followups_of(session, [p.id for p in plans])
        names = accounts_repo.display_names(session)
        keys = {g.id: g.key for p in plans for g in p.goals}
        views = []
        for p in plans:
            goals = [
                GoalView(
                    g.id,
                    g.key,
                    g.need,
                    g.goal,
                    g.care_plan_link,
                    [
                        ActionView(a.what, a.how, self._who(a, staff), a.when, a.who_staff_id, a.who_role)
                        for a in g.actions
                    ],
                )
                for g in p.goals
            ]
            fus = [
                FollowUpView(
                    f.followed_up_on,
                    names.get(f.recorded_by, f.recorded_by),
                    f.note,
                    {keys[r.goal_id]: (r.result, r.comment) for r in f.results},
                )
                for f in followups
                if f.plan_id == p.id
            ]
            views.append(
                PlanView(
                    p.id,
                    p.placement_id,
                    p.number,
                    p.status,
                    p.phase,
                    p.own_words,
                    p.participation,
                    p.established_on,
                    p.participants,
                    p.created_by,
                    goals,
                    fus,
                    p.version,
                )
            )
        return views

    @staticmethod
    def _who(action: PlanAction, staff: dict) -> str:
        if action.who_staff_id and action.who_staff_id in staff:
            s = staff[action.who_staff_id]
            return f"{s.first_name} {s.last_name}"
        return action.who_role.value if action.who_role else ""

    # --- writing -------------------------------------------------------------------------------
    def start_version(self, actor: Actor, stay_id: int) -> int:
        """A new draft; it starts as a copy of the latest established version. One draft at a time."""
        self._audit.require(actor, Permission.PLAN_WRITE, "implementation_plan", stay_id)
        with self._db.unit_of_work() as session:
            stay = care_repo.stay(session, stay_id)
            if stay is None:
                raise NotFound(f"no stay with id {stay_id}", "stay_missing", (stay_id,))
            plans = care_repo.plans_of(session, stay_id)
            draft = next((p for p in plans if p.status is PlanStatus.DRAFT), None)
            if draft is not None:
                return draft.id
            if stay.discharged_at is not None:
                raise ValidationError.single("stay", "is discharged", "stay_discharged")
            base = next((p for p in reversed(plans) if p.status is PlanStatus.ESTABLISHED), None)
            plan = ImplementationPlan(
                placement_id=stay_id,
                number=care_repo.next_plan_number(session, stay_id),
                phase=base.phase if base else 1,
                own_words=base.own_words if base else "",
                participation=base.participation if base else "",
                created_by=actor.username,
                created_at=self._clock(),
            )
            if base:
                plan.goals = [self._copy_goal(g) for g in base.goals]
            session.add(plan)
            session.flush()
            self._audit.append(
                session,
                actor.username,
                AuditAction.CREATE,
                "implementation_plan",
                plan.id,
                stay.resident_id,
                detail=f"version {plan.number}",
            )
            return plan.id

    @staticmethod
    def _copy_goal(g: PlanGoal) -> PlanGoal:
        return PlanGoal(
            position=g.position,
            need=g.need,
            goal=g.goal,
            care_plan_link=g.care_plan_link,
            key=g.key,
            actions=[
                PlanAction(
                    position=a.position,
                    what=a.what,
                    how=a.how,
                    who_staff_id=a.who_staff_id,
                    who_role=a.who_role,
                    when=a.when,
                )
                for a in g.actions
            ],
        )

    def save_draft(self, actor: Actor, plan_id: int, content: PlanContent, seen_version: int | None = None) -> None:
        """`seen_version` is PlanView.version as the user's screen had it: if someone saved the draft since,
        ConflictError names who and when, and nothing is written."""
        self._audit.require(actor, Permission.PLAN_WRITE, "implementation_plan", plan_id)
        problems = []
        if content.phase not in (1, 2, 3):
            problems.append(FieldProblem("phase", "is 1, 2 or 3", code="phase_range"))
        for i, g in enumerate(content.goals, start=1):
            if not g.goal.strip():
                problems.append(FieldProblem(f"goal {i}", "has no text", code="goal_empty"))
            for j, a in enumerate(g.actions, start=1):
                if not a.what.strip():
                    problems.append(
                        FieldProblem(f"goal {i}, action {j}", "says nothing about what is done", code="action_empty")
                    )
        if problems:
            raise ValidationError(problems)
        with self._db.unit_of_work() as session:
            plan = self._draft(session, plan_id)
            check_version(session, plan, seen_version, "implementation_plan", "stale_plan")
            plan.phase, plan.own_words, plan.participation = content.phase, content.own_words, content.participation
            care_repo.touch(plan)  # goals alone are other rows: the plan's own version must move too
            plan.goals = [
                PlanGoal(
                    position=i,
                    need=g.need.strip(),
                    goal=g.goal.strip(),
                    care_plan_link=g.care_plan_link.strip(),
                    key=g.key or uuid.uuid4().hex,
                    actions=[
                        PlanAction(
                            position=j,
                            what=a.what.strip(),
                            how=a.how.strip(),
                            who_staff_id=a.who_staff_id,
                            who_role=a.who_role,
                            when=a.when.strip(),
                        )
                        for j, a in enumerate(g.actions)
                    ],
                )
                for i, g in enumerate(content.goals)
            ]
            stay = care_repo.stay_of_plan(session, plan.placement_id)
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "implementation_plan",
                plan.id,
                stay.resident_id,
                detail="draft saved",
            )

    def _draft(self, session, plan_id: int) -> ImplementationPlan:
        plan = care_repo.plan_by_id(session, plan_id)
        if plan is None:
            raise NotFound(f"no plan with id {plan_id}", "plan_unknown", (plan_id,))
        if plan.status is not PlanStatus.DRAFT:
            raise ValidationError.single("plan", "is established; start a new version to change it", "plan_established")
        return plan

    def establish(self, actor: Actor, plan_id: int, established_on: dt.date, participants: str) -> None:
        self._audit.require(actor, Permission.PLAN_WRITE, "implementation_plan", plan_id)
        with self._db.unit_of_work() as session:
            plan = self._draft(session, plan_id)
            problems = []
            if not plan.goals:
                problems.append(FieldProblem("goals", "a plan needs at least one goal", code="plan_no_goals"))
            if not participants.strip():
                problems.append(
                    FieldProblem(
                        "participants", "say who took part, the young person first", code="participants_missing"
                    )
                )
            if not (plan.own_words.strip() or plan.participation.strip()):
                problems.append(
                    FieldProblem(
                        "own_words",
                        "write down the young person's own words or how they took part",
                        code="own_words_missing",
                    )
                )
            stay = care_repo.stay_of_plan(session, plan.placement_id)
            if established_on < stay.admitted_at.date() or established_on > self._clock().date():
                problems.append(
                    FieldProblem("established_on", "must be between the admission and today", code="date_range")
                )
            if problems:
                raise ValidationError(problems)
            plan.status, plan.established_on, plan.participants = (
                PlanStatus.ESTABLISHED,
                established_on,
                participants.strip(),
            )
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "implementation_plan",
                plan.id,
                stay.resident_id,
                detail=f"established version {plan.number}",
            )

    def follow_up(
        self, actor: Actor, plan_id: int, on: dt.date, results: dict[str, tuple[GoalResult, str]], note: str = ""
    ) -> None:
        """Per goal (by key): reached, partly or not reached, with a comment."""
        self._audit.require(actor, Permission.PLAN_WRITE, "implementation_plan", plan_id)
        with self._db.unit_of_work() as session:
            plan = care_repo.plan_by_id(session, plan_id)
            if plan is None:
                raise NotFound(f"no plan with id {plan_id}", "plan_unknown", (plan_id,))
            if plan.status is not PlanStatus.ESTABLISHED:
                raise ValidationError.single("plan", "only an established plan is followed up", "plan_not_established")
            missing = [g for g in plan.goals if g.key not in results]
            if missing:
                raise ValidationError(
                    [FieldProblem(f"goal {g.position + 1}", "has no result", code="result_missing") for g in missing]
                )
            if on < (plan.established_on or on) or on > self._clock().date():
                raise ValidationError.single(
                    "followed_up_on", "must be between the establishment and today", "date_range"
                )
            follow = PlanFollowUp(plan_id=plan.id, followed_up_on=on, recorded_by=actor.username, note=note.strip())
            follow.results = [
                GoalFollowUp(goal_id=g.id, result=results[g.key][0], comment=results[g.key][1].strip())
                for g in plan.goals
            ]
            session.add(follow)
            stay = care_repo.stay_of_plan(session, plan.placement_id)
            self._audit.append(session, actor.username, AuditAction.CREATE, "plan_followup", plan.id, stay.resident_id)
