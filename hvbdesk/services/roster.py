"""The staff roster: the base schedule (grundschema) that repeats, the period rosters generated from
it, absences and wishes, laying out with the solver, and saving. Set-up numbers come from
RosterSetupService; who works what is stored here."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Callable

from hvbdesk.domain.enums import AbsenceKind, AuditAction
from hvbdesk.domain.errors import NotFound, ValidationError
from hvbdesk.roster.problem import CONTEXT_DAYS
from hvbdesk.roster.sheet import BASE, PERIOD, RosterSheet, SheetViolation
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now, slow
from hvbdesk.services.roster_setup import RosterSetupService
from hvbdesk.services.versions import check_token, state_token
from hvbdesk.store.database import Database
from hvbdesk.store.models import RosterAbsence, RosterAssignment, RosterBase, RosterKeptViolation, RosterWish
from hvbdesk.store.repositories import roster as roster_repo
from hvbdesk.store.repositories import roster_setup as setup_repo
from hvbdesk.store.repositories import staff as staff_repo

MAX_WEEKS = 12
MAX_ABSENCE_DAYS = 366


@dataclass(frozen=True)
class RosterResult:
    sheet: RosterSheet
    solution: object  # hvbdesk.roster.solver.Solution
    gaps: list
    explanation: list[str]
    temporary_staff: list[str]

    @property
    def home(self):
        return self.sheet.home

    @property
    def first(self) -> dt.date:
        return self.home.dates[0]

    @property
    def last(self) -> dt.date:
        return self.home.dates[-1]


@dataclass(frozen=True)
class AbsenceRow:
    id: int
    staff_id: str
    name: str
    first: dt.date
    last: dt.date
    kind: AbsenceKind


def _period_token(saved: list) -> str:
    return state_token(*sorted((r.staff_member_id, r.day, r.shift, r.locked) for r in saved))


def _base_token(base) -> str:
    return state_token(base.id if base is not None else 0)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


class RosterService:
    def __init__(self, db: Database, audit: AuditLog, setup: RosterSetupService, clock: Clock = local_now):
        self._db, self._audit, self._setup, self._clock = db, audit, setup, clock

    # --- reading ---------------------------------------------------------------------------------
    def period(self, actor: Actor, first: dt.date, weeks: int) -> RosterSheet:
        """The period roster: what is saved, else generated from the base schedule with absent days
        left open (they show as uncovered shifts for temporary staff)."""
        self._audit.require(actor, Permission.ROSTER_READ, "roster")
        _check_weeks(weeks)
        last = first + dt.timedelta(days=weeks * 7 - 1)
        edge = dt.timedelta(days=CONTEXT_DAYS)
        with self._db.reading() as session:
            members = [m for m in staff_repo.all_staff(session) if m.active]
            absent: dict[int, dict[dt.date, str]] = {}
            for a in roster_repo.absences_between(session, first - edge, last + edge):
                day = max(a.first, first - edge)
                while day <= min(a.last, last + edge):
                    absent.setdefault(a.staff_member_id, {})[day] = a.kind
                    day += dt.timedelta(days=1)
            saved_before = roster_repo.assignments_between(session, first - edge, first - dt.timedelta(days=1))
            saved_after = roster_repo.assignments_between(session, last + dt.timedelta(days=1), last + edge)
            saved = roster_repo.assignments_between(session, first, last)
            locked = {(str(r.staff_member_id), r.day): r.shift for r in saved if r.locked}
            wishes = [_wish(w) for w in roster_repo.wishes_between(session, first, last)]
            setup = self._setup.setup_in(session, first)
            kept = setup_repo.kept_violations(session, PERIOD, first, last)
            base = setup_repo.latest_base(session)
            all_cells = setup_repo.base_cells(session, base.id) if base else []
            cells = all_cells if not saved else []
        self._audit.record(actor, AuditAction.VIEW, "roster", detail=f"period {first.isoformat()} weeks={weeks}")
        before, before_source = _edge(saved_before, base, all_cells, absent, first - edge, first - dt.timedelta(days=1))
        after, after_source = _edge(saved_after, base, all_cells, absent, last + dt.timedelta(days=1), last + edge)
        from hvbdesk.roster.home import build

        staff = [_roster_staff(m, frozenset(absent.get(m.id, {}))) for m in members if m.role.value in _roles(setup)]
        home = build(
            first,
            weeks,
            staff,
            shifts=setup.shifts,
            demand=setup.demand,
            rules=setup.rules,
            weights=setup.weights,
            wishes=wishes,
            locked=locked,
            before=before,
            after=after,
        )
        index = {d: i for i, d in enumerate(home.dates)}
        assignment: dict[str, dict[int, str]] = {}
        if saved:
            source = "saved"
            for r in saved:
                assignment.setdefault(str(r.staff_member_id), {})[index[r.day]] = r.shift
        else:
            source = "base" if cells else "empty"
            length, starts = (base.weeks * 7, base.starts) if base else (1, home.dates[0])
            for c in cells:
                away = absent.get(c.staff_member_id, {})
                for i, day in enumerate(home.dates):
                    if (day - starts).days % length == c.day_index and day not in away:
                        assignment.setdefault(str(c.staff_member_id), {})[i] = c.shift
        assignment = {k: v for k, v in assignment.items() if k in home.staff}
        absences = {(str(who), index[day]): kind for who, days in absent.items() for day, kind in days.items()}
        return RosterSheet(
            PERIOD,
            home,
            assignment,
            source,
            absences,
            wishes,
            _kept(kept, index),
            _period_token(saved),
            edges=(before_source, after_source),
        )

    def base(self, actor: Actor, weeks: int | None = None) -> RosterSheet:
        """The newest base schedule (or an empty one of the set length), as a sheet to edit."""
        self._audit.require(actor, Permission.ROSTER_READ, "roster")
        today = self._clock().date()
        with self._db.reading() as session:
            members = [m for m in staff_repo.all_staff(session) if m.active and m.fte_percent]
            base = setup_repo.latest_base(session)
            setup = self._setup.setup_in(session, today)
            if weeks is None:
                weeks = base.weeks if base else self._setup.base_weeks_in(session, today)
            _check_weeks(weeks)
            starts = base.starts if base else monday_of(today)
            cells = setup_repo.base_cells(session, base.id) if base else []
            saved_before = roster_repo.assignments_between(
                session, starts - dt.timedelta(days=CONTEXT_DAYS), starts - dt.timedelta(days=1)
            )
            kept = setup_repo.kept_violations(session, BASE, starts, starts + dt.timedelta(days=weeks * 7 - 1))
        self._audit.record(actor, AuditAction.VIEW, "roster", detail=f"base weeks={weeks}")
        from hvbdesk.roster.home import build

        staff = [_roster_staff(m, frozenset()) for m in members if m.role.value in _roles(setup)]
        home = build(
            starts,
            weeks,
            staff,
            shifts=setup.shifts,
            demand=setup.demand,
            rules=setup.rules,
            weights=setup.weights,
            base=True,
            before=_edge(saved_before, None, [], {}, starts, starts)[0],
        )
        assignment: dict[str, dict[int, str]] = {}
        for c in cells:
            if c.day_index < weeks * 7 and str(c.staff_member_id) in home.staff:
                assignment.setdefault(str(c.staff_member_id), {})[c.day_index] = c.shift
        index = {d: i for i, d in enumerate(home.dates)}
        return RosterSheet(
            BASE,
            home,
            assignment,
            "saved" if base else "empty",
            kept=_kept(kept, index),
            seen=_base_token(base),
            edges=("saved" if saved_before else "none", "none"),
        )

    # --- laying out ------------------------------------------------------------------------------
    @staticmethod
    def load_solver() -> None:
        """Load OR-Tools on the calling thread. The GUI calls this on its own thread before solving on a
        worker: OR-Tools' native libraries loaded first on a worker thread crashed the process."""
        import hvbdesk.roster.solver  # noqa: F401

    @slow
    def solve(
        self,
        actor: Actor,
        sheet: RosterSheet,
        time_limit: float,
        *,
        on_progress: Callable | None = None,
        cancel: threading.Event | None = None,
        workers: int | None = None,
        deterministic_time: float | None = None,
    ):
        """Lay out the sheet's staff (not the temporary ones) with the solver; the sheet is not changed.
        Returns hvbdesk.roster.solver.Solution; cancelling keeps the best roster found so far. A
        `deterministic_time` gives the same roster on every run (RosterModel.solve). The home's rosters are
        always one model, never part by part: the page and the PDF give the manager a proven gap."""
        from hvbdesk.roster.solver import RosterModel

        self._audit.require(actor, Permission.ROSTER_WRITE, "roster")
        if time_limit <= 0:
            raise ValidationError.single("time_limit", "must be more than 0 seconds", "time_limit")
        solution = RosterModel(sheet.solver_problem()).solve(
            time_limit,
            on_progress=on_progress,
            cancel=cancel,
            workers=workers,
            deterministic_time=deterministic_time,
        )
        self._audit.record(
            actor,
            AuditAction.VIEW,
            "roster",
            detail=f"solved {sheet.kind} {sheet.home.dates[0].isoformat()} status={solution.status}",
        )
        return solution

    def plan(
        self,
        actor: Actor,
        start: dt.date,
        weeks: int,
        time_limit: float,
        *,
        on_progress: Callable | None = None,
        cancel: threading.Event | None = None,
        deterministic_time: float | None = None,
    ) -> RosterResult:
        """The period roster laid out by the solver (not saved)."""
        from hvbdesk.roster.shortfall import explain

        self._audit.require(actor, Permission.ROSTER_WRITE, "roster")
        sheet = self.period(actor, start, weeks)
        solution = self.solve(
            actor, sheet, time_limit, on_progress=on_progress, cancel=cancel, deterministic_time=deterministic_time
        )
        sheet.apply(solution.assignment)
        temporary = [sheet.home.staff[i].name for i in sheet.staff_ids if sheet.is_temporary(i)]
        return RosterResult(
            sheet,
            solution,
            sheet.gaps(),
            explain(sheet.home, sheet.assignment, sheet.home.rules.full_time_week_hours),
            temporary,
        )

    # --- saving ----------------------------------------------------------------------------------
    def save(self, actor: Actor, sheet: RosterSheet) -> int:
        """Store every cell of the sheet. A period replaces what was saved for its dates; a base
        schedule is stored as a new one (the older stay for the record). If someone saved the same dates
        (or a newer base schedule) after the sheet was read, nothing is written: a conflict says who and when."""
        self._audit.require(actor, Permission.ROSTER_WRITE, "roster")
        now = self._clock()
        cells = [(int(e), d, s) for e, days in sheet.assignment.items() for d, s in sorted(days.items())]
        first, last = sheet.home.dates[0], sheet.home.dates[-1]
        with self._db.unit_of_work() as session:
            stored = (
                _base_token(setup_repo.latest_base(session))
                if sheet.kind == BASE
                else _period_token(roster_repo.assignments_between(session, first, last))
            )
            record = "base" if sheet.kind == BASE else first.isoformat()
            check_token(session, stored, sheet.seen, "roster", record, "stale_roster")
            if sheet.kind == BASE:
                base = RosterBase(starts=first, weeks=sheet.days // 7, saved_by=actor.username, saved_at=now)
                setup_repo.add_base(session, base, cells)
                detail = f"saved base weeks={base.weeks} rows={len(cells)}"
            else:
                fixed = sheet.home.problem.fixed
                rows = [
                    RosterAssignment(
                        staff_member_id=e,
                        day=sheet.date(d),
                        shift=s,
                        saved_by=actor.username,
                        saved_at=now,
                        locked=fixed.get((str(e), d), "") == s,
                    )
                    for e, d, s in cells
                ]
                roster_repo.replace_all(session, first, last, rows)
                detail = f"saved {first.isoformat()}..{last.isoformat()} rows={len(rows)}"
            self._audit.append(session, actor.username, AuditAction.UPDATE, "roster", record, detail=detail)
            session.flush()
            sheet.seen = (
                _base_token(setup_repo.latest_base(session))
                if sheet.kind == BASE
                else _period_token(roster_repo.assignments_between(session, first, last))
            )
        sheet.source = "saved"
        return len(cells)

    def keep_violation(self, actor: Actor, sheet: RosterSheet, found: SheetViolation, reason: str) -> None:
        """Keep a rule break on purpose; only with a reason, which is stored and the act audited."""
        self._audit.require(actor, Permission.ROSTER_WRITE, "roster")
        reason = reason.strip()
        if len(reason) < 5:
            raise ValidationError.single("reason", "say why the break is kept (at least 5 characters)", "reason_short")
        rule, staff_id, day = found.key
        row = RosterKeptViolation(
            scope=sheet.kind,
            rule=rule,
            staff_member_id=int(staff_id),
            day=sheet.date(day),
            reason=reason,
            kept_by=actor.username,
            kept_at=self._clock(),
        )
        with self._db.unit_of_work() as session:
            setup_repo.add_kept_violation(session, row)
            self._audit.append(
                session,
                actor.username,
                AuditAction.CREATE,
                "roster_kept_violation",
                row.id,
                detail=f"{sheet.kind} rule={rule} staff={staff_id} day={sheet.date(day).isoformat()}",
            )
        sheet.kept[found.key] = reason

    # --- absences and wishes ---------------------------------------------------------------------
    def add_absence(self, actor: Actor, staff_id: int, first: dt.date, last: dt.date, kind: AbsenceKind | str) -> int:
        self._audit.require(actor, Permission.ROSTER_WRITE, "roster_absence")
        try:
            kind = AbsenceKind(kind)
        except ValueError:
            raise ValidationError.single("kind", f"'{kind}' is not a kind of absence", "absence_kind") from None
        if last < first:
            raise ValidationError.single("last", "the last day is before the first", "absence_order")
        if (last - first).days + 1 > MAX_ABSENCE_DAYS:
            raise ValidationError.single("last", f"at most {MAX_ABSENCE_DAYS} days at a time", "absence_length")
        with self._db.unit_of_work() as session:
            if staff_repo.staff_by_id(session, staff_id) is None:
                raise NotFound(f"no staff member {staff_id}", "staff_missing")
            if any(a.staff_member_id == staff_id for a in roster_repo.absences_between(session, first, last)):
                raise ValidationError.single(
                    "first", "the person is already away on some of these days", "absence_overlap"
                )
            row = RosterAbsence(staff_member_id=staff_id, first=first, last=last, kind=kind.value)
            roster_repo.add_absence(session, row)
            self._audit.append(
                session,
                actor.username,
                AuditAction.CREATE,
                "roster_absence",
                row.id,
                detail=f"staff={staff_id} {first.isoformat()}..{last.isoformat()} {kind.value}",
            )
            return row.id

    def remove_absence(self, actor: Actor, absence_id: int) -> None:
        self._audit.require(actor, Permission.ROSTER_WRITE, "roster_absence", absence_id)
        with self._db.unit_of_work() as session:
            if not roster_repo.remove_absence(session, absence_id):
                raise NotFound(f"no absence {absence_id}", "absence_missing")
            self._audit.append(session, actor.username, AuditAction.DELETE, "roster_absence", absence_id)

    def absences(self, actor: Actor, first: dt.date, last: dt.date) -> list[AbsenceRow]:
        self._audit.require(actor, Permission.ROSTER_READ, "roster_absence")
        with self._db.reading() as session:
            names = {m.id: f"{m.first_name} {m.last_name}" for m in staff_repo.all_staff(session)}
            rows = [
                AbsenceRow(
                    a.id,
                    str(a.staff_member_id),
                    names.get(a.staff_member_id, "?"),
                    a.first,
                    a.last,
                    AbsenceKind(a.kind),
                )
                for a in sorted(roster_repo.absences_between(session, first, last), key=lambda a: a.first)
            ]
        self._audit.record(actor, AuditAction.VIEW, "roster_absence", detail=f"rows={len(rows)}")
        return rows

    def set_wish(self, actor: Actor, staff_id: int, day: dt.date, shift: str | None, want: bool | None) -> None:
        """A staff wish for a date (want or avoid `shift`; shift None: a day off). want None removes it."""
        self._audit.require(actor, Permission.ROSTER_WRITE, "roster_wish")
        with self._db.unit_of_work() as session:
            if staff_repo.staff_by_id(session, staff_id) is None:
                raise NotFound(f"no staff member {staff_id}", "staff_missing")
            codes = {s.code for s in self._setup.setup_in(session, day).shifts}
            if shift is not None and shift not in codes:
                raise ValidationError.single("shift", f"no shift type {shift}", "demand_shift")
            roster_repo.remove_wish(session, staff_id, day)
            if want is not None:
                roster_repo.add_wish(session, RosterWish(staff_member_id=staff_id, day=day, shift=shift, want=want))
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "roster_wish",
                detail=f"staff={staff_id} day={day.isoformat()}",
            )


def _edge(
    saved: list, base, cells: list, absent: dict[int, dict[dt.date, str]], first: dt.date, last: dt.date
) -> tuple[dict[str, dict[dt.date, str]] | None, str]:
    """Who works what on the days just outside a period, and where that comes from: the roster saved for
    them ("saved"), else the base schedule ("base"), else nothing known ("none")."""
    if saved:
        out: dict[str, dict[dt.date, str]] = {}
        for r in saved:
            out.setdefault(str(r.staff_member_id), {})[r.day] = r.shift
        return out, "saved"
    if base is None or not cells:
        return None, "none"
    out = {}
    length = base.weeks * 7
    day = first
    while day <= last:
        for c in cells:
            if (day - base.starts).days % length == c.day_index and day not in absent.get(c.staff_member_id, {}):
                out.setdefault(str(c.staff_member_id), {})[day] = c.shift
        day += dt.timedelta(days=1)
    return out, "base"


def _check_weeks(weeks: int) -> None:
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError.single("weeks", f"is 1 to {MAX_WEEKS}", "weeks_range")


def _roles(setup) -> set[str]:
    """Staff whose role may take some shift are on the roster."""
    return {role for s in setup.shifts for role in s.roles}


def _roster_staff(member, absences: frozenset[dt.date]):
    from hvbdesk.roster.home import RosterStaff

    return RosterStaff(
        str(member.id),
        f"{member.first_name} {member.last_name}",
        member.role.value,
        member.fte_percent,
        member.weekdays_only,
        absences,
    )


def _wish(row):
    from hvbdesk.roster.home import Wish

    return Wish(str(row.staff_member_id), row.day, row.shift, row.want)


def _kept(rows: list[RosterKeptViolation], index: dict[dt.date, int]) -> dict[tuple[str, str, int], str]:
    return {(r.rule, str(r.staff_member_id), index[r.day]): r.reason for r in rows if r.day in index}
