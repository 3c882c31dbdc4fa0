"""Referrals from social services (förfrågningar) and what the manager decides about them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hvbdesk.domain.admission_rules import planned_end
from hvbdesk.domain.enums import AuditAction, DeclineReason, LegalBasis, PlaceKind, ReferralDecision, ReservationStatus
from hvbdesk.domain.errors import FieldProblem, NotFound, ValidationError
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.services.settings import SettingsService
from hvbdesk.services.versions import check_version
from hvbdesk.store.database import Database
from hvbdesk.store.models import Referral, Reservation
from hvbdesk.store.repositories import reference
from hvbdesk.store.repositories import referrals as referrals_repo
from hvbdesk.store.repositories import stays as stays_repo


@dataclass(frozen=True)
class ReferralInput:
    received_on: dt.date
    placing_municipality_code: str
    social_services_contact: str
    kind_requested: PlaceKind
    wished_start: dt.date | None
    age: int
    legal_basis: LegalBasis


@dataclass(frozen=True)
class ReferralRow:
    id: int
    received_on: dt.date
    municipality: str
    municipality_code: str
    contact: str
    kind_requested: PlaceKind
    wished_start: dt.date | None
    age: int
    legal_basis: LegalBasis
    decision: ReferralDecision
    decided_on: dt.date | None
    decline_reason: str
    decision_note: str
    reservation_id: int | None
    placement_id: int | None
    version: int = 0  # as read: a decision taken from an older view is refused

    @property
    def open(self) -> bool:
        """May still be decided on and admitted from: it has not led to an admission (the service refuses
        both after one)."""
        return self.placement_id is None


class ReferralService:
    def __init__(self, db: Database, audit: AuditLog, settings: SettingsService, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def _row(self, r: Referral, names: dict[str, str], reservation_id: int | None) -> ReferralRow:
        return ReferralRow(
            r.id,
            r.received_on,
            names.get(r.placing_municipality_code, r.placing_municipality_code),
            r.placing_municipality_code,
            r.social_services_contact,
            r.kind_requested,
            r.wished_start,
            r.age,
            r.legal_basis,
            r.decision,
            r.decided_on,
            r.decline_reason,
            r.decision_note,
            reservation_id,
            r.placement_id,
            r.version,
        )

    def register(self, actor: Actor, data: ReferralInput) -> int:
        self._audit.require(actor, Permission.REFERRAL_WRITE, "referral")
        problems = []
        if not 10 <= data.age <= 30:
            problems.append(FieldProblem("age", "is not a plausible age for a referral", code="age_implausible"))
        if data.received_on > self._clock().date():
            problems.append(FieldProblem("received_on", "is in the future", code="date_in_future"))
        if data.wished_start is not None and data.wished_start < data.received_on:
            problems.append(FieldProblem("wished_start", "is before the referral was received", code="date_order"))
        with self._db.unit_of_work() as session:
            if data.placing_municipality_code not in {m.code for m in reference.municipalities(session)}:
                problems.append(
                    FieldProblem("placing_municipality", "is not a known municipality", code="municipality_unknown")
                )
            if problems:
                raise ValidationError(problems)
            referral = Referral(
                received_on=data.received_on,
                placing_municipality_code=data.placing_municipality_code,
                social_services_contact=data.social_services_contact.strip()[:160],
                kind_requested=data.kind_requested,
                wished_start=data.wished_start,
                age=data.age,
                legal_basis=data.legal_basis,
            )
            session.add(referral)
            session.flush()
            self._audit.append(session, actor.username, AuditAction.CREATE, "referral", referral.id)
            return referral.id

    def list(self, actor: Actor, decisions: set[ReferralDecision] | None = None) -> list[ReferralRow]:
        self._audit.require(actor, Permission.REFERRAL_READ, "referral")
        with self._db.reading() as session:
            names = {m.code: m.name for m in reference.municipalities(session)}
            reservations = referrals_repo.active_reservation_ids(session)
            rows = [self._row(r, names, reservations.get(r.id)) for r in referrals_repo.search(session, decisions)]
        self._audit.record(actor, AuditAction.VIEW, "referral", detail=f"rows={len(rows)}")
        return rows

    def get(self, actor: Actor, referral_id: int) -> ReferralRow:
        return next(r for r in self.list(actor) if r.id == referral_id)

    def _referral(self, session, referral_id: int) -> Referral:
        referral = referrals_repo.by_id(session, referral_id)
        if referral is None:
            raise NotFound(f"no referral with id {referral_id}", "referral_missing", (referral_id,))
        if referral.placement_id is not None:
            raise ValidationError.single("referral", "has already led to an admission", "referral_admitted")
        return referral

    def accept(
        self,
        actor: Actor,
        referral_id: int,
        place_number: int,
        starts_on: dt.date,
        ends_on: dt.date | None = None,
        note: str = "",
        seen_version: int | None = None,
    ) -> int:
        """Accept and reserve a place from `starts_on` (until the planned end for the kind asked).
        `seen_version` is ReferralRow.version as the screen had it."""
        self._audit.require(actor, Permission.REFERRAL_DECIDE, "referral", referral_id)
        with self._db.unit_of_work() as session:
            referral = self._referral(session, referral_id)
            check_version(session, referral, seen_version, "referral", "stale_referral")
            place = reference.place_by_number(session, place_number)
            if place is None or not place.active:
                raise ValidationError.single("place", f"there is no place {place_number}", "place_unknown")
            if ends_on is None:
                ends_on = planned_end(
                    referral.kind_requested, starts_on, self._settings.stay_limits_in(session, starts_on)
                )
            if ends_on <= starts_on:
                raise ValidationError.single("ends_on", "must be after the start", "date_order")
            stays_repo.lock_place(session, place.id)
            busy = stays_repo.busy_on_place(
                session,
                place.id,
                dt.datetime.combine(starts_on, dt.time()),
                dt.datetime.combine(ends_on, dt.time()),
                self._clock(),
            )
            if busy:
                raise ValidationError.single(
                    "place", f"place {place.number} is held by another {busy} in that period", "place_taken"
                )
            for old in referrals_repo.reservations_of(session, referral.id):
                old.status = ReservationStatus.CANCELLED
            reservation = Reservation(
                referral_id=referral.id,
                place_id=place.id,
                starts_on=starts_on,
                ends_on=ends_on,
                note=note.strip()[:200],
            )
            session.add(reservation)
            referral.decision, referral.decided_on = ReferralDecision.ACCEPTED, self._clock().date()
            session.flush()
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "referral",
                referral.id,
                detail=f"accepted reservation={reservation.id}",
            )
            return reservation.id

    def wait(self, actor: Actor, referral_id: int, note: str = "", seen_version: int | None = None) -> None:
        self._decide(actor, referral_id, ReferralDecision.WAITING, "", note, seen_version)

    def decline(
        self, actor: Actor, referral_id: int, reason: DeclineReason, note: str = "", seen_version: int | None = None
    ) -> None:
        if reason is DeclineReason.OTHER and not note.strip():
            raise ValidationError.single("decision_note", "say why when the reason is 'other'", "reason_missing")
        self._decide(actor, referral_id, ReferralDecision.DECLINED, reason.value, note, seen_version)

    def _decide(
        self,
        actor: Actor,
        referral_id: int,
        decision: ReferralDecision,
        reason: str,
        note: str,
        seen_version: int | None,
    ) -> None:
        self._audit.require(actor, Permission.REFERRAL_DECIDE, "referral", referral_id)
        with self._db.unit_of_work() as session:
            referral = self._referral(session, referral_id)
            check_version(session, referral, seen_version, "referral", "stale_referral")
            for old in referrals_repo.reservations_of(session, referral.id):
                old.status = ReservationStatus.CANCELLED
            referral.decision, referral.decided_on = decision, self._clock().date()
            referral.decline_reason, referral.decision_note = reason, note.strip()[:400]
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "referral",
                referral.id,
                detail=f"decision={decision.value}",
            )

    def move_reservation(
        self, actor: Actor, reservation_id: int, to_place_number: int, reason: str, seen_version: int | None = None
    ) -> None:
        self._audit.require(actor, Permission.PLACEMENT_WRITE, "reservation", reservation_id)
        if not (reason or "").strip():
            raise ValidationError.single("reason", "a move needs a reason", "reason_missing")
        with self._db.unit_of_work() as session:
            reservation = stays_repo.reservation_by_id(session, reservation_id)
            if reservation is None or reservation.status is not ReservationStatus.ACTIVE:
                raise NotFound(
                    f"no active reservation with id {reservation_id}", "reservation_missing", (reservation_id,)
                )
            check_version(session, reservation, seen_version, "reservation", "stale_reservation")
            target = reference.place_by_number(session, to_place_number)
            if target is None or not target.active:
                raise ValidationError.single("place", f"there is no place {to_place_number}", "place_unknown")
            stays_repo.lock_place(session, target.id)
            if stays_repo.busy_on_place(
                session,
                target.id,
                dt.datetime.combine(reservation.starts_on, dt.time()),
                dt.datetime.combine(reservation.ends_on, dt.time()),
                self._clock(),
                ignore_reservation=reservation.id,
            ):
                raise ValidationError.single(
                    "place", f"place {target.number} is not free in that period", "place_taken"
                )
            reservation.place_id = target.id
            reservation.note = (reservation.note + f"\nflyttad: {reason.strip()}").strip()[:200]
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "reservation",
                reservation.id,
                detail=f"moved to place {target.number}",
            )
