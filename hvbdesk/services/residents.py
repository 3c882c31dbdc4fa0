"""Reading residents and their stays (the young people's identities: every read is audited)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hvbdesk.domain.enums import AuditAction, Gender, LegalBasis, PlaceKind
from hvbdesk.domain.errors import NotFound
from hvbdesk.domain.identity import age_on
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.store.database import Database
from hvbdesk.store.repositories import residents as residents_repo


@dataclass(frozen=True)
class StaySummary:
    id: int
    place_number: int
    kind: PlaceKind
    legal_basis: LegalBasis
    admitted_at: dt.datetime
    planned_end: dt.date
    discharged_at: dt.datetime | None
    placing_municipality_code: str


@dataclass(frozen=True)
class ResidentRow:
    id: int
    identity_number: str  # YYYYMMDD-NNNN
    first_name: str
    last_name: str
    gender: Gender
    birth_date: dt.date
    age: int
    latest_stay: StaySummary | None

    @property
    def is_placed(self) -> bool:
        return self.latest_stay is not None and self.latest_stay.discharged_at is None


@dataclass(frozen=True)
class GuardianRow:
    name: str
    relation: str
    phone: str
    id: int = 0  # for a consent given by this guardian


@dataclass(frozen=True)
class ResidentDetail:
    row: ResidentRow
    guardians: list[GuardianRow]
    stays: list[StaySummary]


def _stay(p) -> StaySummary:
    return StaySummary(
        p.id,
        p.place.number,
        p.kind,
        p.legal_basis,
        p.admitted_at,
        p.planned_end,
        p.discharged_at,
        p.placing_municipality_code,
    )


def _display_identity(digits: str) -> str:
    return f"{digits[:8]}-{digits[8:]}"


class ResidentService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._clock = clock

    def _row(self, r, latest) -> ResidentRow:
        return ResidentRow(
            r.id,
            _display_identity(r.identity_number),
            r.first_name,
            r.last_name,
            r.gender,
            r.birth_date,
            age_on(r.birth_date, self._clock().date()),
            _stay(latest) if latest is not None else None,
        )

    def list_residents(self, actor: Actor) -> list[ResidentRow]:
        self._audit.require(actor, Permission.RESIDENT_READ, "resident")
        with self._db.reading() as session:
            rows = [self._row(r, p) for r, p in residents_repo.with_latest_placement(session)]
        self._audit.record(actor, AuditAction.VIEW, "resident", detail=f"list rows={len(rows)}")
        return rows

    def get_resident(self, actor: Actor, resident_id: int) -> ResidentDetail:
        self._audit.require(actor, Permission.RESIDENT_READ, "resident", resident_id, resident_id)
        with self._db.reading() as session:
            resident = residents_repo.by_id(session, resident_id)
            if resident is None:
                raise NotFound(f"no resident with id {resident_id}", "resident_missing", (resident_id,))
            stays = residents_repo.placements_of(session, resident_id)
            detail = ResidentDetail(
                self._row(resident, stays[-1] if stays else None),
                [GuardianRow(g.name, g.relation, g.phone, g.id) for g in resident.guardians],
                [_stay(p) for p in stays],
            )
        self._audit.record(actor, AuditAction.VIEW, "resident", resident_id, resident_id)
        return detail
