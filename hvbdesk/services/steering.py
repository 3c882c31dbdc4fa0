"""The steering group's report: the figures of a period, and the PDF, CSV and Excel files made of them.
It holds no person: the facts it reads are dates, kinds and counts (store/repositories/report_inputs)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from hvbdesk.domain import public_holidays
from hvbdesk.domain.enums import (
    AuditAction,
    DeviationKind,
    DeviationStatus,
    DischargeDestination,
    DischargeReason,
    Employer,
    GoalResult,
    LegalBasis,
    LegalSex,
    PlaceKind,
    ReferralDecision,
)
from hvbdesk.domain.errors import ValidationError
from hvbdesk.domain.identity import age_on
from hvbdesk.reports.export_files import table_bytes
from hvbdesk.reports.steering_csv import HEADER, long_rows
from hvbdesk.reports.steering_figures import SteeringFigures, compute
from hvbdesk.reports.steering_inputs import (
    ConsentFact,
    DeviationFact,
    GoalResultFact,
    ReferralFact,
    ReportInputs,
    RosterDay,
    SipFact,
    StaffFact,
    StayFact,
)
from hvbdesk.reports.steering_pdf import ReportContext, steering_pdf
from hvbdesk.roster.home import Demand, ShiftDef
from hvbdesk.security.private_files import write_whole
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now, slow
from hvbdesk.services.reference_data import read_history
from hvbdesk.services.roster_setup import HOLIDAY, RosterSetupService
from hvbdesk.store.database import Database
from hvbdesk.store.repositories import audit as audit_repo
from hvbdesk.store.repositories import deviations as deviations_repo
from hvbdesk.store.repositories import reference
from hvbdesk.store.repositories import report_inputs as facts

EARLIEST, LATEST = dt.date(2000, 1, 1), dt.date(2100, 12, 31)


def check_period(first: dt.date, last: dt.date) -> None:
    if last < first:
        raise ValidationError.single("last", "is before the first day of the period", "date_order")
    if first < EARLIEST:
        raise ValidationError.single("first", "is before 2000", "period_too_early")
    if last > LATEST:
        raise ValidationError.single("last", "is after 2100", "period_too_late")


class SteeringReportService:
    def __init__(self, db: Database, audit: AuditLog, roster_setup: RosterSetupService, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._roster_setup = roster_setup
        self._clock = clock

    @slow
    def figures(self, actor: Actor, first: dt.date, last: dt.date) -> SteeringFigures:
        self._audit.require(actor, Permission.REPORT_STEERING, "steering_report")
        check_period(first, last)
        with self._db.reading() as session:
            inputs = self.inputs_in(session, first, last)
        result = compute(inputs, first, last)
        self._audit.record(
            actor, AuditAction.VIEW, "steering_report", detail=f"{first.isoformat()}..{last.isoformat()}"
        )
        return result

    @slow
    def pdf(self, actor: Actor, first: dt.date, last: dt.date) -> bytes:
        """The report as a PDF (for the preview and for saving): summary, charts, tables."""
        figures, context = self._figures_and_context(actor, first, last)
        data = steering_pdf(figures, context)
        self._record_output(actor, AuditAction.PRINT, first, last, "pdf")
        return data

    @slow
    def write(self, actor: Actor, first: dt.date, last: dt.date, out: Path) -> Path:
        """The report written to `out`: .pdf, or the figures in long form as .csv or .xlsx."""
        suffix = output_suffix(out)
        if suffix == ".pdf":
            write_whole(out, self.pdf(actor, first, last))
            return out
        figures = self.figures(actor, first, last)
        write_whole(out, table_bytes(suffix, HEADER, long_rows(figures), sheet="Styrgruppsrapport"))
        self._record_output(actor, AuditAction.EXPORT, first, last, suffix.lstrip("."))
        return out

    def _figures_and_context(
        self, actor: Actor, first: dt.date, last: dt.date
    ) -> tuple[SteeringFigures, ReportContext]:
        figures = self.figures(actor, first, last)
        with self._db.reading() as session:
            history = read_history(session)
            sources = {p.municipality_code: p.source for p in reference.populations(session) if p.valid_from <= last}
            demo = reference.info(session).get("demo") == "yes"
        members = [
            (history.names[code], history.population_on(code, last) or 0, sources.get(code, ""))
            for code in sorted(history.members_on(last), key=lambda c: history.names[c])
        ]
        return figures, ReportContext(self.today(), demo, members, history.operation_start)

    def _record_output(self, actor: Actor, action: AuditAction, first: dt.date, last: dt.date, what: str) -> None:
        """A printout or file made of the figures (they hold no person, but who took what out is kept)."""
        self._audit.record(actor, action, "steering_report", detail=f"{what} {first.isoformat()}..{last.isoformat()}")

    def inputs_in(self, session, first: dt.date, last: dt.date) -> ReportInputs:
        history = read_history(session)
        places: dict[PlaceKind, int] = defaultdict(int)
        for place in reference.places(session):
            if place.active:
                places[place.kind] += 1
        # An ended stay's plans are read from its first day: the first plan and follow-ups may be older.
        rows = facts.stays_touching(session, first, last)
        ids = {r[0] for r in rows}
        plans = facts.plan_dates(session, ids)
        followups = facts.followup_dates(session, ids)
        stays = []
        for sid, person, kind, admitted, discharged, code, basis, sex, birth, ext, reason, dest in rows:
            day = admitted.date()
            established = sorted(on for _, on in plans.get(sid, []))
            stays.append(
                StayFact(
                    sid,
                    person,
                    PlaceKind(kind),
                    day,
                    discharged.date() if discharged else None,
                    code,
                    LegalBasis(basis),
                    LegalSex(sex),
                    age_on(birth, day),
                    ext or 0,
                    DischargeReason(reason) if reason else None,
                    DischargeDestination(dest) if dest else None,
                    day + dt.timedelta(days=history.setting_on("plan.first_due_days", day)),
                    established[0] if established else None,
                    tuple(sorted(established + followups.get(sid, []))),
                )
            )
        people = {s.person for s in stays}
        return ReportInputs(
            history=history,
            places=dict(places),
            stays=stays,
            referrals=[
                ReferralFact(on, ReferralDecision(d), reason or "", PlaceKind(k))
                for on, d, reason, k in facts.referrals_between(session, first, last)
            ],
            goal_results=[
                GoalResultFact(key, on, GoalResult(result))
                for key, on, result in facts.goal_results_between(session, first, last)
            ],
            sips=[SipFact(p, started, closed) for p, started, closed in facts.sips_of(session, people)],
            consents=[ConsentFact(p, g, v, r) for p, g, v, r in facts.consents_of(session, people)],
            deviations=[
                DeviationFact(on, DeviationKind(k), DeviationStatus(s), bool(lex), bool(reg))
                for on, k, s, lex, reg in deviations_repo.kinds_and_status_between(session, first, last)
            ],
            staff=[StaffFact(Employer(e) is Employer.REGION, fte) for e, fte in facts.staff_positions(session)],
            roster=self._roster_days(session, first, last),
            followup_weeks=history.setting_on("plan.followup_weeks", last),
            ordinary_weeks=(
                history.setting_on("stay.ordinary_min_weeks", last),
                history.setting_on("stay.ordinary_max_weeks", last),
            ),
            acute_days=history.setting_on("stay.acute_days", last),
            acute_extension_days=(
                history.setting_on("stay.acute_extension_min_days", last),
                history.setting_on("stay.acute_extension_max_days", last),
            ),
        )

    def _roster_days(self, session, first: dt.date, last: dt.date) -> list[RosterDay]:
        shifts = facts.roster_shifts_between(session, first, last)
        if not shifts:
            return []
        by_day: dict[dt.date, list[tuple[str, bool]]] = defaultdict(list)
        for day, code, temporary in shifts:
            by_day[day].append((code, bool(temporary)))
        starts = facts.roster_setup_starts(session)
        public = public_holidays.swedish(d.year for d in by_day)
        setups: dict[dt.date | None, tuple[dict[str, ShiftDef], tuple[Demand, ...]]] = {}
        result = []
        for day in sorted(by_day):
            since = max((s for s in starts if s <= day), default=None)
            if since not in setups:
                setup = self._roster_setup.setup_in(session, since or day)
                setups[since] = ({s.code: s for s in setup.shifts}, setup.demand)
            defs, demand = setups[since]

            def hours(code: str, defs=defs) -> float:
                return defs[code].paid_minutes / 60 if code in defs else 0.0

            kind = HOLIDAY if day in public and day.weekday() != 6 else day.weekday()
            needed = sum((d.holiday_minimum if kind == HOLIDAY else d.minimum[kind]) * hours(d.shift) for d in demand)
            worked = by_day[day]
            result.append(
                RosterDay(
                    day,
                    sum(hours(c) for c, _ in worked),
                    sum(hours(c) for c, temp in worked if temp),
                    needed,
                )
            )
        return result

    def data_token(self) -> int:
        """Moves whenever anything is written: a dashboard recomputes only when it has."""
        with self._db.reading() as session:
            return audit_repo.last_change_id(session)

    def today(self) -> dt.date:
        return self._clock().date()


def output_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".csv", ".xlsx"):
        raise ValidationError.single("out", "must end in .pdf, .csv or .xlsx", "report_suffix")
    return suffix
