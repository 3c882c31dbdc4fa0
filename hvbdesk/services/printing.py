"""Printouts of personal data: permission-checked and audited like every other read."""

from __future__ import annotations

from pathlib import Path

from hvbdesk.domain.enums import AuditAction
from hvbdesk.domain.errors import NotFound, ValidationError
from hvbdesk.security.private_files import write_whole
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor
from hvbdesk.services.plans import PlanService
from hvbdesk.services.residents import ResidentService
from hvbdesk.store.database import Database
from hvbdesk.store.repositories import reference


class PrintService:
    def __init__(self, db: Database, audit: AuditLog, residents: ResidentService, plans: PlanService):
        self._db = db
        self._audit = audit
        self._residents = residents
        self._plans = plans

    def _is_demo(self) -> bool:
        with self._db.reading() as session:
            return reference.info(session).get("demo") == "yes"

    def plan_pdf(self, actor: Actor, resident_id: int, *, easy_read: bool = False) -> bytes:
        from hvbdesk.reports.plan_pdf import PlanDocument, easy_read_pdf, plan_pdf

        self._audit.require(actor, Permission.PLAN_READ, "implementation_plan", "", resident_id)
        detail = self._residents.get_resident(actor, resident_id)
        if not detail.stays:
            raise NotFound(f"resident {resident_id} has no stay", "resident_no_stay", (resident_id,))
        stay = detail.stays[-1]
        plan = self._plans.current(actor, stay.id)
        if plan is None:
            raise ValidationError.single("plan", "the stay has no established implementation plan yet", "plan_missing")
        r = detail.row
        document = PlanDocument(
            f"{r.first_name} {r.last_name}", r.identity_number, stay.admitted_at.date(), plan, self._is_demo()
        )
        data = easy_read_pdf(document) if easy_read else plan_pdf(document)
        self._audit.record(
            actor,
            AuditAction.PRINT,
            "implementation_plan",
            plan.id,
            resident_id,
            detail="easy-read" if easy_read else "plan",
        )
        return data

    def write_plan(self, actor: Actor, resident_id: int, out: Path, *, easy_read: bool = False) -> Path:
        write_whole(out, self.plan_pdf(actor, resident_id, easy_read=easy_read))
        return out

    def write_roster(self, actor: Actor, sheet, out: Path) -> Path:
        """A roster sheet as the wall PDF or as CSV (by the file's ending), written whole or not at all."""
        from hvbdesk.reports.roster_pdf import roster_pdf
        from hvbdesk.roster.csv_out import roster_csv
        from hvbdesk.roster.shortfall import explain

        self._audit.require(actor, Permission.ROSTER_READ, "roster")
        suffix = out.suffix.lower()
        if suffix not in (".pdf", ".csv"):
            raise ValidationError.single("out", "must end in .pdf or .csv", "export_suffix")
        home = sheet.home
        if suffix == ".csv":
            data = roster_csv(home, sheet.assignment).encode("utf-8")
        else:
            data = roster_pdf(
                home,
                sheet.assignment,
                sheet.gaps(),
                explain(home, sheet.assignment, home.rules.full_time_week_hours),
                demo=self._is_demo(),
                absent=frozenset(sheet.absences),
            )
        write_whole(out, data)
        self._audit.record(
            actor,
            AuditAction.PRINT if suffix == ".pdf" else AuditAction.EXPORT,
            "roster",
            detail=f"{sheet.kind} {home.dates[0].isoformat()}..{home.dates[-1].isoformat()} {suffix.lstrip('.')}",
        )
        return out
