"""The consent register: who consented to what, for SIP work and for sharing information."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from hvbdesk.domain.consent import (
    ActorScope,
    ConsentFacts,
    ConsentState,
    Giver,
    Refusal,
    missing_givers,
    other_unnamed,
    registration_problems,
    sharing_refusal,
    state_on,
)
from hvbdesk.domain.enums import AuditAction
from hvbdesk.domain.errors import FieldProblem, NotFound, PermissionDenied, ValidationError
from hvbdesk.domain.sip_terms import GiverKind, InformationKind, Organisation
from hvbdesk.security.roles import Permission, Role
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.services.versions import check_version
from hvbdesk.store.database import Database
from hvbdesk.store.models import Consent, ConsentActor, ConsentGiver, ConsentItem, Resident
from hvbdesk.store.repositories import accounts as accounts_repo
from hvbdesk.store.repositories import consents as consents_repo
from hvbdesk.store.repositories import residents as residents_repo


@dataclass(frozen=True)
class ConsentInput:
    given_on: dt.date
    valid_until: dt.date
    givers: list[Giver]
    actors: list[ActorScope]
    information: set[InformationKind]
    exclusions: list[str] = field(default_factory=list)  # what the young person keeps out, in their words
    young_person_view: str = ""


@dataclass(frozen=True)
class GiverRow:
    who: str  # the guardian's name, or "" for the young person
    kind: GiverKind
    how: str
    heard_by: str
    on: dt.date


@dataclass(frozen=True)
class ConsentRow:
    id: int
    resident_id: int
    given_on: dt.date
    valid_until: dt.date
    state: ConsentState  # today
    givers: list[GiverRow]
    still_to_consent: list[str]  # guardians' names, or "" for the young person
    actors: list[ActorScope]
    information: frozenset[InformationKind]
    exclusions: list[str]
    young_person_view: str
    revoked_on: dt.date | None
    revoked_how: str
    version: int


def facts_of(consent: Consent, resident: Resident) -> ConsentFacts:
    return ConsentFacts(
        consent.given_on,
        consent.valid_until,
        tuple(Giver(g.kind, g.guardian_id, g.how, g.heard_by, g.given_on) for g in consent.givers),
        tuple(ActorScope(a.organisation, a.organisation_name, a.person) for a in consent.actors),
        frozenset(i.information for i in consent.items if i.information is not None),
        tuple(i.excluded for i in consent.items if i.information is None),
        consent.revoked_on,
        frozenset(g.id for g in resident.guardians),
    )


def current_consent(session: Session, resident: Resident) -> Consent | None:
    """The newest consent: a later one replaces the earlier."""
    found = consents_repo.of_resident(session, resident.id)
    return found[-1] if found else None


def refusal_for(
    session: Session,
    resident: Resident,
    day: dt.date,
    organisation: Organisation,
    organisation_name: str = "",
    person: str = "",
    information: InformationKind | None = None,
) -> Refusal | None:
    """Why the young person's consent does not let this actor take part or this information be shared."""
    consent = current_consent(session, resident)
    facts = facts_of(consent, resident) if consent else None
    return sharing_refusal(facts, resident.birth_date, day, organisation, organisation_name, person, information)


class ConsentService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock = local_now):
        self._db, self._audit, self._clock = db, audit, clock

    # --- who may edit ------------------------------------------------------------------------------
    def require_editor(self, actor: Actor, resident_id: int, entity: str = "consent") -> None:
        """The coordinator and the manager edit any young person's SIP work; a treatment assistant only
        that of the young people she is a contact person for. A refusal is audited. Called before the
        unit of work that writes (a refusal is recorded in a transaction of its own)."""
        self._audit.require(actor, Permission.SIP_WRITE, entity, "", resident_id)
        if actor.role is not Role.TREATMENT_ASSISTANT:
            return
        with self._db.reading() as session:
            account = accounts_repo.by_id(session, actor.account_id) if actor.account_id else None
            staff_id = account.staff_member_id if account else None
            contact = staff_id is not None and consents_repo.is_contact_person(session, staff_id, resident_id)
        if not contact:
            self._audit.record(actor, AuditAction.DENIED, entity, "", resident_id, "not a contact person")
            raise PermissionDenied(actor.role.value, "sip.write for a young person she is not contact person for")

    # --- reading -------------------------------------------------------------------------------------
    def consents(self, actor: Actor, resident_id: int) -> list[ConsentRow]:
        self._audit.require(actor, Permission.SIP_READ, "consent", "", resident_id)
        today = self._clock().date()
        with self._db.reading() as session:
            resident = self._resident(session, resident_id)
            rows = [self.row_of(c, resident, today) for c in consents_repo.of_resident(session, resident_id)]
        self._audit.record(actor, AuditAction.VIEW, "consent", "", resident_id, f"rows={len(rows)}")
        return rows

    def check_sharing(
        self,
        actor: Actor,
        resident_id: int,
        organisation: Organisation,
        organisation_name: str = "",
        person: str = "",
        information: InformationKind | None = None,
        day: dt.date | None = None,
    ) -> None:
        """Raises ValidationError naming the missing consent when this actor may not take part or this
        information may not be shared on `day` (today if not given)."""
        self._audit.require(actor, Permission.SIP_READ, "consent", "", resident_id)
        with self._db.reading() as session:
            resident = self._resident(session, resident_id)
            refusal = refusal_for(
                session, resident, day or self._clock().date(), organisation, organisation_name, person, information
            )
        if refusal is not None:
            raise ValidationError.single("consent", refusal.reason, refusal.code, refusal.args)

    @staticmethod
    def _resident(session: Session, resident_id: int) -> Resident:
        resident = residents_repo.by_id(session, resident_id)
        if resident is None:
            raise NotFound(f"no resident with id {resident_id}", "resident_missing", (resident_id,))
        return resident

    @staticmethod
    def row_of(c: Consent, resident: Resident, today: dt.date) -> ConsentRow:
        facts = facts_of(c, resident)
        names = {g.id: g.name for g in resident.guardians}
        missing = missing_givers(facts, resident.birth_date, max(today, c.given_on))
        still = [names[i] for i in sorted(missing.guardians)] + ([""] if missing.young_person else [])
        return ConsentRow(
            c.id,
            c.resident_id,
            c.given_on,
            c.valid_until,
            state_on(facts, resident.birth_date, today),
            [
                GiverRow(
                    names.get(g.guardian_id, "") if g.guardian_id else "", g.kind, g.how.value, g.heard_by, g.given_on
                )
                for g in c.givers
            ],
            still,
            list(facts.actors),
            facts.information,
            list(facts.exclusions),
            c.young_person_view,
            c.revoked_on,
            c.revoked_how,
            c.version,
        )

    # --- writing -------------------------------------------------------------------------------------
    def register(self, actor: Actor, resident_id: int, data: ConsentInput) -> int:
        today = self._clock().date()
        self.require_editor(actor, resident_id)
        with self._db.unit_of_work() as session:
            resident = self._resident(session, resident_id)
            exclusions = [e.strip() for e in data.exclusions if e.strip()]
            facts = ConsentFacts(
                data.given_on,
                data.valid_until,
                tuple(data.givers),
                tuple(data.actors),
                frozenset(data.information),
                tuple(exclusions),
                None,
                frozenset(g.id for g in resident.guardians),
            )
            problems = registration_problems(facts, resident.birth_date, today) + _actor_problems(data.actors)
            if problems:
                raise ValidationError(problems)
            consent = Consent(
                resident_id=resident_id,
                given_on=data.given_on,
                valid_until=data.valid_until,
                young_person_view=data.young_person_view.strip(),
                registered_by=actor.username,
                registered_at=self._clock(),
                givers=[_giver(g) for g in data.givers],
                actors=[
                    ConsentActor(
                        organisation=a.organisation,
                        organisation_name=a.organisation_name.strip(),
                        person=a.person.strip(),
                    )
                    for a in data.actors
                ],
                items=[ConsentItem(information=i) for i in sorted(data.information, key=lambda i: i.value)]
                + [ConsentItem(information=None, excluded=e) for e in exclusions],
            )
            consents_repo.add(session, consent)
            self._audit.append(
                session,
                actor.username,
                AuditAction.CREATE,
                "consent",
                consent.id,
                resident_id,
                detail=f"actors={len(data.actors)} information={len(data.information)} exclusions={len(exclusions)}",
            )
            return consent.id

    def add_giver(self, actor: Actor, consent_id: int, giver: Giver, seen_version: int | None = None) -> None:
        """A guardian (or the young person) who consents later to a consent already registered."""
        today = self._clock().date()
        self.require_editor(actor, self._resident_of(consent_id))
        with self._db.unit_of_work() as session:
            consent = self._consent(session, consent_id)
            check_version(session, consent, seen_version, "consent", "stale_consent")
            resident = self._resident(session, consent.resident_id)
            facts = facts_of(consent, resident)
            extended = ConsentFacts(**{**facts.__dict__, "givers": (*facts.givers, giver)})
            problems = [
                p
                for p in registration_problems(extended, resident.birth_date, today)
                if p.field in ("givers", "heard_by")
            ]
            if giver.on > today:
                problems.append(FieldProblem("given_on", "is in the future", code="date_in_future"))
            if any(g.kind is giver.kind and g.guardian_id == giver.guardian_id for g in facts.givers):
                problems.append(FieldProblem("givers", "has already consented", code="consent_giver_twice"))
            if problems:
                raise ValidationError(problems)
            consent.givers.append(_giver(giver))
            consents_repo.touch(consent)  # the giver is another row: the consent's own version must move too
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "consent",
                consent.id,
                consent.resident_id,
                detail=f"giver added: {giver.kind.value}",
            )

    def revoke(self, actor: Actor, consent_id: int, on: dt.date, how: str, seen_version: int | None = None) -> None:
        """Revoked from `on`: nothing is shared from that day."""
        self.require_editor(actor, self._resident_of(consent_id))
        with self._db.unit_of_work() as session:
            consent = self._consent(session, consent_id)
            check_version(session, consent, seen_version, "consent", "stale_consent")
            problems = []
            if consent.revoked_on is not None:
                problems.append(
                    FieldProblem("revoked_on", "the consent is already revoked", code="consent_revoked_twice")
                )
            if on > self._clock().date():
                problems.append(FieldProblem("revoked_on", "is in the future", code="date_in_future"))
            if on < consent.given_on:
                problems.append(FieldProblem("revoked_on", "is before the consent was given", code="date_order"))
            if not how.strip():
                problems.append(FieldProblem("revoked_how", "say how the consent was revoked", code="required"))
            if problems:
                raise ValidationError(problems)
            consent.revoked_on, consent.revoked_how = on, how.strip()[:200]
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "consent",
                consent.id,
                consent.resident_id,
                detail=f"revoked from {on.isoformat()}",
            )

    def _resident_of(self, consent_id: int) -> int:
        with self._db.reading() as session:
            return self._consent(session, consent_id).resident_id

    @staticmethod
    def _consent(session: Session, consent_id: int) -> Consent:
        consent = consents_repo.by_id(session, consent_id)
        if consent is None:
            raise NotFound(f"no consent with id {consent_id}", "consent_unknown", (consent_id,))
        return consent


def _giver(g: Giver) -> ConsentGiver:
    return ConsentGiver(
        kind=g.kind,
        guardian_id=g.guardian_id if g.kind is GiverKind.GUARDIAN else None,
        how=g.how,
        heard_by=g.heard_by.strip()[:120],
        given_on=g.on,
    )


def _actor_problems(actors: list[ActorScope]) -> list[FieldProblem]:
    return [p for a in actors for p in other_unnamed("actors", a.organisation, a.organisation_name)]
