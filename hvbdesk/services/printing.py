"""Printouts of personal data: permission-checked and audited like every other read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hvbdesk.domain.enums import AuditAction
from hvbdesk.domain.errors import NotFound, ValidationError
from hvbdesk.domain.sip_terms import Organisation
from hvbdesk.security.private_files import write_whole
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now, slow
from hvbdesk.services.plans import PlanService
from hvbdesk.services.residents import ResidentService
from hvbdesk.services.sips import SipService
from hvbdesk.store.database import Database
from hvbdesk.store.repositories import reference


class PrintService:
    def __init__(
        self,
        db: Database,
        audit: AuditLog,
        residents: ResidentService,
        plans: PlanService,
        sips: SipService,
        clock: Clock = local_now,
    ):
        self._clock = clock
        self._db = db
        self._audit = audit
        self._residents = residents
        self._plans = plans
        self._sips = sips

    def _is_demo(self) -> bool:
        with self._db.reading() as session:
            return reference.info(session).get("demo") == "yes"

    @slow
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

    @slow
    def write_plan(self, actor: Actor, resident_id: int, out: Path, *, easy_read: bool = False) -> Path:
        write_whole(out, self.plan_pdf(actor, resident_id, easy_read=easy_read))
        return out

    @slow
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
                edges=sheet.edges if sheet.kind == "period" else None,
            )
        write_whole(out, data)
        self._audit.record(
            actor,
            AuditAction.PRINT if suffix == ".pdf" else AuditAction.EXPORT,
            "roster",
            detail=f"{sheet.kind} {home.dates[0].isoformat()}..{home.dates[-1].isoformat()} {suffix.lstrip('.')}",
        )
        return out

    # --- SIP -------------------------------------------------------------------------------------------
    @slow
    def sip_pdf(
        self,
        actor: Actor,
        resident_id: int,
        *,
        recipient: Organisation | None = None,
        recipient_name: str = "",
        invitation_to: int | None = None,
        now: dt.datetime | None = None,
        preview: bool = False,
    ) -> bytes:
        """The SIP summary (for the home, or for one recipient organisation), or the invitation to the
        participant `invitation_to`; only what the consent allows. Audited with what and for whom."""
        from hvbdesk.reports.sip_pdf import invitation_pdf, sip_summary_pdf
        from hvbdesk.services.sip_documents import sip_document
        from hvbdesk.store.repositories import residents as residents_repo
        from hvbdesk.store.repositories import sips as sips_repo

        self._audit.require(actor, Permission.SIP_READ, "sip", "", resident_id)
        self._sips.view(actor, resident_id)  # the reader's own right to the SIP, checked and audited there
        demo = self._is_demo()
        with self._db.reading() as session:
            resident = residents_repo.by_id(session, resident_id)
            sip = sips_repo.of_resident(session, resident_id) if resident else None
            if resident is None or sip is None:
                raise ValidationError.single("sip", "the young person has no SIP", "sip_none")
            moment = now or self._clock()
            if invitation_to is not None:
                to = next((p for p in sip.participants if p.id == invitation_to), None)
                if to is None:
                    raise NotFound(f"no participant {invitation_to}", "sip_missing", (invitation_to,))
                recipient, recipient_name = to.organisation, to.organisation_name
                addressee = ", ".join(x for x in (to.person, to.title) if x)
            document = sip_document(session, resident, sip, moment, demo, recipient, recipient_name)
            sip_id = sip.id
        if invitation_to is not None:
            data, what = invitation_pdf(document, addressee), f"invitation participant={invitation_to}"
        else:
            data, what = sip_summary_pdf(document), "summary" + (f" for={recipient.value}" if recipient else "")
        self._audit.record(
            actor, AuditAction.PRINT, "sip", sip_id, resident_id, detail=what + (" preview" if preview else "")
        )
        return data

    @slow
    def write_sip(self, actor: Actor, resident_id: int, out: Path, **options) -> Path:
        write_whole(out, self.sip_pdf(actor, resident_id, **options))
        return out
