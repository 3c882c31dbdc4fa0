"""Laying out the roster with the solver, and saving it. The rule numbers come from the settings."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Callable

from hvbdesk.domain.enums import AuditAction, StaffRole
from hvbdesk.domain.errors import ValidationError
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.services.settings import SettingsService
from hvbdesk.store.database import Database
from hvbdesk.store.models import RosterAssignment
from hvbdesk.store.repositories import roster as roster_repo
from hvbdesk.store.repositories import staff as staff_repo

MAX_WEEKS = 12


@dataclass(frozen=True)
class RosterResult:
    home: object  # hvbdesk.roster.home.HomeRoster
    solution: object  # hvbdesk.roster.solver.Solution
    gaps: list
    explanation: list[str]
    temporary_staff: list[str]

    @property
    def first(self) -> dt.date:
        return self.home.dates[0]

    @property
    def last(self) -> dt.date:
        return self.home.dates[-1]


class RosterService:
    def __init__(self, db: Database, audit: AuditLog, settings: SettingsService, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def _rules(self, session, day: dt.date):
        from hvbdesk.roster.home import RosterRules

        v = lambda key: self._settings.value_in(session, key, day)  # noqa: E731
        return RosterRules(v("roster.daily_rest_hours"), v("roster.weekly_rest_hours"),
                           float(v("roster.full_time_week_hours")), v("roster.max_consecutive_days"),
                           v("roster.max_nights_in_a_row"), v("roster.weekends_every"))

    def plan(self, actor: Actor, start: dt.date, weeks: int, time_limit: float, *,
             on_progress: Callable | None = None, cancel: threading.Event | None = None) -> RosterResult:
        """Lay out a roster (not saved). Staff on the roster: everyone active with an FTE."""
        from hvbdesk.roster.home import RosterStaff, build
        from hvbdesk.roster.shortfall import explain, gaps
        from hvbdesk.roster.solver import RosterModel

        self._audit.require(actor, Permission.ROSTER_WRITE, "roster")
        if not 1 <= weeks <= MAX_WEEKS:
            raise ValidationError.single("weeks", f"is 1 to {MAX_WEEKS}", "weeks_range")
        if time_limit <= 0:
            raise ValidationError.single("time_limit", "must be more than 0 seconds", "time_limit")
        last = start + dt.timedelta(days=weeks * 7 - 1)
        with self._db.unit_of_work() as session:
            members = [m for m in staff_repo.all_staff(session) if m.active]
            absent: dict[int, set[dt.date]] = {}
            for a in roster_repo.absences_between(session, start, last):
                day = max(a.first, start)
                while day <= min(a.last, last):
                    absent.setdefault(a.staff_member_id, set()).add(day)
                    day += dt.timedelta(days=1)
            locked = {(str(r.staff_member_id), r.day): r.shift for r in roster_repo.assignments_between(session, start, last)
                      if r.locked}
            rules = self._rules(session, start)
            self._audit.append(session, actor.username, AuditAction.VIEW, "roster",
                               detail=f"plan {start.isoformat()} weeks={weeks}")
        staff = [RosterStaff(str(m.id), f"{m.first_name} {m.last_name}", m.role.value, m.fte_percent, m.weekdays_only,
                             frozenset(absent.get(m.id, set()))) for m in members if m.fte_percent]
        temporary = [f"{m.first_name} {m.last_name}" for m in members
                     if not m.fte_percent and m.role is StaffRole.TREATMENT_ASSISTANT]
        home = build(start, weeks, staff, rules=rules, locked=locked)
        solution = RosterModel(home.problem).solve(time_limit, on_progress=on_progress, cancel=cancel)
        return RosterResult(home, solution, gaps(home, solution.assignment),
                            explain(home, solution.assignment, rules.full_time_week_hours), temporary)

    def save(self, actor: Actor, result: RosterResult) -> int:
        self._audit.require(actor, Permission.ROSTER_WRITE, "roster")
        now = self._clock()
        rows = [RosterAssignment(staff_member_id=int(e), day=result.home.dates[d], shift=s, saved_by=actor.username,
                                 saved_at=now)
                for e, days in result.solution.assignment.items() for d, s in days.items()
                if (e, d) not in result.home.problem.fixed]
        with self._db.unit_of_work() as session:
            roster_repo.replace_unlocked(session, result.first, result.last, rows)
            self._audit.append(session, actor.username, AuditAction.UPDATE, "roster",
                               detail=f"saved {result.first.isoformat()}..{result.last.isoformat()} rows={len(rows)}")
        return len(rows)
