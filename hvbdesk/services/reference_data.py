"""The reference data the steering report counts with, kept by the manager with its history: membership
of the agreement, populations, the start of operation. Fees and the budget are settings (with validity
dates) that SettingsService keeps; this service reads them all into one ReferenceHistory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hvbdesk.domain.enums import AuditAction
from hvbdesk.domain.errors import NotFound, ValidationError
from hvbdesk.domain.reference_history import Dated, ReferenceHistory
from hvbdesk.domain.reference_rules import check_membership, check_population
from hvbdesk.domain.settings import OPERATION_START_KEY, SPECS
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor
from hvbdesk.services.versions import check_version
from hvbdesk.store.database import Database
from hvbdesk.store.models import MunicipalityMembership, MunicipalityPopulation
from hvbdesk.store.repositories import reference

_TIMELESS_FROM = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class MembershipRow:
    id: int
    code: str
    name: str
    valid_from: dt.date
    valid_to: dt.date | None
    version: int


@dataclass(frozen=True)
class PopulationRow:
    id: int
    code: str
    name: str
    valid_from: dt.date
    population: int
    as_of: dt.date | None
    source: str


def _period(start: dt.date, end: dt.date | None) -> str:
    return f"{start.isoformat()}–{end.isoformat() if end else ''}"


def read_history(session) -> ReferenceHistory:
    """Everything a report needs from the reference data, in one read."""
    names = {m.code: m.name for m in reference.municipalities(session)}
    members: dict[str, list] = {}
    for m in reference.memberships(session):
        members.setdefault(m.municipality_code, []).append((m.valid_from, m.valid_to))
    pops: dict[str, list] = {}
    for p in reference.populations(session):
        pops.setdefault(p.municipality_code, []).append((p.valid_from, p.population))
    settings: dict[str, list[Dated]] = {}
    start = None
    for row in reference.all_settings(session):
        if row.key == OPERATION_START_KEY:
            start = dt.date.fromisoformat(row.value)
        elif row.value.lstrip("-").isdigit():
            settings.setdefault(row.key, []).append(Dated(row.valid_from, row.valid_to, int(row.value)))
    defaults = {s.key: s.default for s in SPECS if isinstance(s.default, int)}
    return ReferenceHistory(names, members, pops, settings, start or _TIMELESS_FROM, defaults)


class ReferenceDataService:
    def __init__(self, db: Database, audit: AuditLog):
        self._db = db
        self._audit = audit

    def history(self) -> ReferenceHistory:
        """Reference data only: no personal data, so it needs no login (as the settings)."""
        with self._db.reading() as session:
            return read_history(session)

    def memberships(self, actor: Actor) -> list[MembershipRow]:
        self._audit.require(actor, Permission.SETTINGS_READ, "municipality_membership")
        with self._db.reading() as session:
            names = {m.code: m.name for m in reference.municipalities(session)}
            rows = [
                MembershipRow(
                    m.id, m.municipality_code, names[m.municipality_code], m.valid_from, m.valid_to, m.version
                )
                for m in reference.memberships(session)
            ]
        return sorted(rows, key=lambda r: (r.name, r.valid_from))

    def add_membership(self, actor: Actor, code: str, valid_from: dt.date, valid_to: dt.date | None) -> int:
        self._audit.require(actor, Permission.SETTINGS_WRITE, "municipality_membership")
        with self._db.unit_of_work() as session:
            self._known(session, code)
            others = [(m.valid_from, m.valid_to) for m in reference.memberships(session) if m.municipality_code == code]
            check_membership(valid_from, valid_to, others)
            row = MunicipalityMembership(municipality_code=code, valid_from=valid_from, valid_to=valid_to)
            reference.add_all(session, [row])
            self._audit.append(
                session,
                actor.username,
                AuditAction.CREATE,
                "municipality_membership",
                row.id,
                detail=f"{code} member {_period(valid_from, valid_to)}",
            )
            return row.id

    def change_membership(
        self,
        actor: Actor,
        membership_id: int,
        valid_from: dt.date,
        valid_to: dt.date | None,
        seen_version: int | None = None,
    ) -> None:
        self._audit.require(actor, Permission.SETTINGS_WRITE, "municipality_membership", membership_id)
        with self._db.unit_of_work() as session:
            row = self._membership(session, membership_id)
            check_version(session, row, seen_version, "municipality_membership", "stale_membership")
            others = [
                (m.valid_from, m.valid_to)
                for m in reference.memberships(session)
                if m.municipality_code == row.municipality_code and m.id != row.id
            ]
            check_membership(valid_from, valid_to, others)
            was = _period(row.valid_from, row.valid_to)
            row.valid_from, row.valid_to = valid_from, valid_to
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "municipality_membership",
                row.id,
                detail=f"{row.municipality_code} member {_period(valid_from, valid_to)} (was {was})",
            )

    def remove_membership(self, actor: Actor, membership_id: int, seen_version: int | None = None) -> None:
        self._audit.require(actor, Permission.SETTINGS_WRITE, "municipality_membership", membership_id)
        with self._db.unit_of_work() as session:
            row = self._membership(session, membership_id)
            check_version(session, row, seen_version, "municipality_membership", "stale_membership")
            detail = f"{row.municipality_code} member {_period(row.valid_from, row.valid_to)} removed"
            reference.delete_row(session, row)
            self._audit.append(
                session, actor.username, AuditAction.DELETE, "municipality_membership", membership_id, detail=detail
            )

    def populations(self, actor: Actor) -> list[PopulationRow]:
        self._audit.require(actor, Permission.SETTINGS_READ, "municipality_population")
        with self._db.reading() as session:
            names = {m.code: m.name for m in reference.municipalities(session)}
            rows = [
                PopulationRow(
                    p.id, p.municipality_code, names[p.municipality_code], p.valid_from, p.population, p.as_of, p.source
                )
                for p in reference.populations(session)
            ]
        return sorted(rows, key=lambda r: (r.name, r.valid_from))

    def set_population(self, actor: Actor, code: str, year: int, population: int, source: str) -> None:
        """The population on 31 December of `year`, the key from 1 January the year after; a figure
        already entered for that year is replaced (audited with the old figure)."""
        self._audit.require(actor, Permission.SETTINGS_WRITE, "municipality_population")
        check_population(year, population, source)
        as_of, valid_from = dt.date(year, 12, 31), dt.date(year + 1, 1, 1)
        with self._db.unit_of_work() as session:
            self._known(session, code)
            row = reference.population_from(session, code, valid_from)
            if row is None:
                row = MunicipalityPopulation(municipality_code=code, valid_from=valid_from, population=population)
                reference.add_all(session, [row])
                was = "none"
            else:
                was = f"{row.population} ({row.source})"
            row.population, row.as_of, row.source = population, as_of, source.strip()[:200]
            session.flush()
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "municipality_population",
                row.id,
                detail=f"{code} {year}: {population} ({row.source}) (was {was})",
            )

    def operation_start(self) -> dt.date:
        return self.history().operation_start

    def set_operation_start(self, actor: Actor, day: dt.date) -> None:
        """The home's first day of operation: the first-year fees apply for a year from it."""
        self._audit.require(actor, Permission.SETTINGS_WRITE, "setting", OPERATION_START_KEY)
        with self._db.unit_of_work() as session:
            was = reference.setting_on(session, OPERATION_START_KEY, _TIMELESS_FROM)
            reference.replace_setting_from(session, OPERATION_START_KEY, day.isoformat(), _TIMELESS_FROM)
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "setting",
                OPERATION_START_KEY,
                detail=f"{OPERATION_START_KEY}={day.isoformat()} (was {was})",
            )

    @staticmethod
    def _known(session, code: str) -> None:
        if reference.municipality(session, code) is None:
            raise ValidationError.single(
                "municipality", f"'{code}' is not a known municipality", "municipality_unknown"
            )

    @staticmethod
    def _membership(session, membership_id: int) -> MunicipalityMembership:
        row = reference.membership(session, membership_id)
        if row is None:
            raise NotFound(f"no membership with id {membership_id}", "membership_missing", (membership_id,))
        return row
