"""The deviation register: anyone on staff registers, the manager investigates and closes. A deviation
about a young person is read under the journal's rules; whoever registered one may always read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hvbdesk.domain.enums import AuditAction, DeviationKind, DeviationStatus
from hvbdesk.domain.errors import FieldProblem, NotFound, ValidationError
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.services.versions import check_version
from hvbdesk.store.database import Database
from hvbdesk.store.models import Deviation
from hvbdesk.store.repositories import deviations as deviations_repo
from hvbdesk.store.repositories import residents as residents_repo

MAX_TEXT = 20_000


@dataclass(frozen=True)
class DeviationRow:
    id: int
    occurred_on: dt.date
    kind: DeviationKind
    resident_id: int | None
    resident_name: str  # "" when none, or when the reader may not see names
    description: str
    immediate_action: str
    registered_by: str
    registered_at: dt.datetime
    status: DeviationStatus
    analysis: str
    measures: str
    closed_by: str
    closed_on: dt.date | None
    reported_lex_sarah: bool
    reported_region: bool
    version: int


def _text(field: str, text: str, *, required: bool) -> FieldProblem | None:
    if required and not text.strip():
        return FieldProblem(field, "must be filled in", code="required")
    if len(text) > MAX_TEXT:
        return FieldProblem(field, f"is longer than {MAX_TEXT} characters", code="text_too_long")
    return None


def _raise(problems: list[FieldProblem | None]) -> None:
    found = [p for p in problems if p is not None]
    if found:
        raise ValidationError(found)


class DeviationService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._clock = clock

    def register(
        self,
        actor: Actor,
        occurred_on: dt.date,
        kind: DeviationKind,
        description: str,
        immediate_action: str = "",
        resident_id: int | None = None,
    ) -> int:
        self._audit.require(actor, Permission.DEVIATION_WRITE, "deviation", "", resident_id)
        future = (
            FieldProblem("occurred_on", "is in the future", code="date_in_future")
            if occurred_on > self._clock().date()
            else None
        )
        _raise(
            [
                future,
                _text("description", description, required=True),
                _text("immediate_action", immediate_action, required=False),
            ]
        )
        with self._db.unit_of_work() as session:
            if resident_id is not None and residents_repo.by_id(session, resident_id) is None:
                raise NotFound(f"no resident with id {resident_id}", "resident_missing", (resident_id,))
            row = deviations_repo.add(
                session,
                Deviation(
                    occurred_on=occurred_on,
                    kind=DeviationKind(kind),
                    resident_id=resident_id,
                    description=description.strip(),
                    immediate_action=immediate_action.strip(),
                    registered_by=actor.username,
                    registered_at=self._clock(),
                ),
            )
            self._audit.append(
                session, actor.username, AuditAction.CREATE, "deviation", row.id, resident_id, detail=row.kind.value
            )
            return row.id

    def listed(self, actor: Actor, status: DeviationStatus | None = None) -> list[DeviationRow]:
        """The deviations this reader may see, newest first: about no one, registered by the reader, or
        about a young person when the reader's role reads the journal."""
        self._audit.require(actor, Permission.DEVIATION_WRITE, "deviation")
        journal = allows(actor.role, Permission.JOURNAL_READ)
        names = allows(actor.role, Permission.RESIDENT_READ)
        with self._db.reading() as session:
            rows = [
                d
                for d in deviations_repo.listed(session, status)
                if d.resident_id is None or journal or d.registered_by == actor.username
            ]
            people = {
                r.id: f"{r.first_name} {r.last_name}"
                for r in residents_repo.by_ids(session, {d.resident_id for d in rows if d.resident_id})
            }
            result = [self._row(d, people.get(d.resident_id, "") if names and d.resident_id else "") for d in rows]
        # PDL: whose records were shown, one row each; one row for a list about no one.
        seen: list[tuple[object, int | None]] = [
            (d.id, d.resident_id) for d in result if d.resident_id is not None
        ] or [("", None)]
        with self._db.unit_of_work() as session:
            self._audit.append_many(session, actor.username, AuditAction.VIEW, "deviation", seen)
        return result

    def close(
        self,
        actor: Actor,
        deviation_id: int,
        analysis: str,
        measures: str,
        *,
        reported_lex_sarah: bool,
        reported_region: bool,
        seen_version: int | None = None,
    ) -> None:
        """The manager's investigation: what happened and why, what is done so it does not happen again,
        and whether it was reported onwards (lex Sarah to the municipality, the Region's system)."""
        self._audit.require(actor, Permission.DEVIATION_CLOSE, "deviation", deviation_id)
        _raise([_text("analysis", analysis, required=True), _text("measures", measures, required=True)])
        with self._db.unit_of_work() as session:
            row = deviations_repo.by_id(session, deviation_id)
            if row is None:
                raise NotFound(f"no deviation with id {deviation_id}", "deviation_missing", (deviation_id,))
            check_version(session, row, seen_version, "deviation", "stale_deviation")
            if row.status is DeviationStatus.CLOSED:
                raise ValidationError.single("deviation", "is already closed", "deviation_closed")
            row.analysis, row.measures = analysis.strip(), measures.strip()
            row.reported_lex_sarah, row.reported_region = reported_lex_sarah, reported_region
            row.status, row.closed_by, row.closed_on = DeviationStatus.CLOSED, actor.username, self._clock().date()
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "deviation",
                row.id,
                row.resident_id,
                detail=f"closed lex_sarah={'yes' if reported_lex_sarah else 'no'} "
                f"region={'yes' if reported_region else 'no'}",
            )

    @staticmethod
    def _row(d: Deviation, name: str) -> DeviationRow:
        return DeviationRow(
            d.id,
            d.occurred_on,
            d.kind,
            d.resident_id,
            name,
            d.description,
            d.immediate_action,
            d.registered_by,
            d.registered_at,
            d.status,
            d.analysis,
            d.measures,
            d.closed_by or "",
            d.closed_on,
            d.reported_lex_sarah,
            d.reported_region,
            d.version,
        )
