"""Admissions, changes during a stay, and discharges: the manager's responsibility.

Every rule is checked here (shared by the GUI and the CLI) and the database guards the rest.
A rule the manager sets aside needs a reason; the reason is kept on the stay and the audit row
names which rule was set aside.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hvbdesk.domain.admission_rules import planned_end
from hvbdesk.domain.enums import (
    AuditAction,
    DischargeDestination,
    DischargeReason,
    Gender,
    LegalBasis,
    PlaceKind,
    ReferralDecision,
    ReservationStatus,
)
from hvbdesk.domain.errors import FieldProblem, NotFound, ValidationError
from hvbdesk.domain.identity import parse_identity_number
from hvbdesk.domain.names import name_reason
from hvbdesk.domain.stay_rules import (
    AdmissionFacts,
    Overrides,
    admission_problems,
    extension_problems,
    planned_end_problems,
    unresolved,
)
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.services.settings import SettingsService
from hvbdesk.services.versions import check_version
from hvbdesk.store.database import Database
from hvbdesk.store.models import Guardian, Placement, Resident
from hvbdesk.store.repositories import reference
from hvbdesk.store.repositories import referrals as referrals_repo
from hvbdesk.store.repositories import residents as residents_repo
from hvbdesk.store.repositories import stays as stays_repo


@dataclass(frozen=True)
class GuardianInput:
    name: str
    relation: str
    phone: str = ""


@dataclass(frozen=True)
class AdmissionRequest:
    personnummer: str
    first_name: str
    last_name: str
    gender: Gender
    place_number: int
    kind: PlaceKind
    legal_basis: LegalBasis
    admitted_at: dt.datetime
    planned_end: dt.date | None
    placing_municipality_code: str
    guardians: list[GuardianInput] = field(default_factory=list)
    reservation_id: int | None = None
    referral_id: int | None = None
    overrides: Overrides = field(default_factory=Overrides.none)


def _require_name(value: str, name: str, problems: list[FieldProblem]) -> str:
    value = (value or "").strip()
    if not value:
        problems.append(FieldProblem(name, "is empty", code="required"))
    elif (wrong := name_reason(value)) is not None:
        problems.append(FieldProblem(name, wrong[0], code=wrong[1], args=wrong[2]))
    return value


class StayService:
    def __init__(self, db: Database, audit: AuditLog, settings: SettingsService, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def default_planned_end(self, kind: PlaceKind, admitted: dt.date) -> dt.date:
        return planned_end(kind, admitted, self._settings.stay_limits(admitted))

    # --- admission -------------------------------------------------------------------------------
    def admit(self, actor: Actor, req: AdmissionRequest) -> int:
        self._audit.require(actor, Permission.PLACEMENT_WRITE, "placement")
        problems: list[FieldProblem] = []
        identity = parse_identity_number(req.personnummer)
        first = _require_name(req.first_name, "first_name", problems)
        last = _require_name(req.last_name, "last_name", problems)
        for g in req.guardians:
            _require_name(g.name, "guardian_name", problems)
        with self._db.unit_of_work() as session:
            place = reference.place_by_number(session, req.place_number)
            if place is None or not place.active:
                raise ValidationError.single("place", f"there is no place {req.place_number}", "place_unknown")
            limits = self._settings.stay_limits_in(session, req.admitted_at.date())
            planned = req.planned_end or planned_end(req.kind, req.admitted_at.date(), limits)
            resident = residents_repo.by_identity(session, identity.digits)
            guardians = len(req.guardians) + (len(resident.guardians) if resident else 0)
            facts = AdmissionFacts(
                identity.birth_date, req.legal_basis, req.kind, place.kind, req.admitted_at, planned, guardians
            )
            left, used = unresolved(admission_problems(facts, limits), req.overrides, actor_may_override(actor))
            problems += left
            if req.admitted_at > self._clock() + dt.timedelta(hours=1):
                problems.append(
                    FieldProblem(
                        "admitted_at", "is in the future; reserve the place instead", code="admission_in_future"
                    )
                )
            if resident is not None and any(
                s.discharged_at is None for s in residents_repo.placements_of(session, resident.id)
            ):
                problems.append(
                    FieldProblem("personnummer", "the young person already has an open stay", code="already_placed")
                )
            if req.placing_municipality_code not in {m.code for m in reference.municipalities(session)}:
                problems.append(
                    FieldProblem("placing_municipality", "is not a known municipality", code="municipality_unknown")
                )
            stays_repo.lock_place(session, place.id)
            busy = stays_repo.busy_on_place(
                session,
                place.id,
                req.admitted_at,
                dt.datetime.combine(planned, dt.time()),
                self._clock(),
                ignore_reservation=req.reservation_id,
            )
            if busy == "stay" and stays_repo.open_stay_on_place(session, place.id) is not None:
                problems.append(
                    FieldProblem(
                        "place",
                        f"place {place.number} is occupied; discharge or move that stay first",
                        code="place_occupied",
                    )
                )
            elif busy is not None:
                problems.append(
                    FieldProblem(
                        "place", f"place {place.number} is held by another {busy} in that period", code="place_taken"
                    )
                )
            if problems:
                raise ValidationError(problems)
            if resident is None:
                resident = Resident(
                    identity_number=identity.digits,
                    is_coordination_number=identity.is_coordination_number,
                    first_name=first,
                    last_name=last,
                    gender=req.gender,
                    legal_sex=identity.legal_sex,
                    birth_date=identity.birth_date,
                    created_at=self._clock(),
                )
                session.add(resident)
                session.flush()
                self._audit.append(session, actor.username, AuditAction.CREATE, "resident", resident.id, resident.id)
            for g in req.guardians:
                session.add(
                    Guardian(
                        resident_id=resident.id, name=g.name.strip(), relation=g.relation.strip(), phone=g.phone.strip()
                    )
                )
            notes = [f"{name}: {req.overrides.reason(name)}" for name in used]
            stay = stays_repo.add_stay(
                session,
                Placement(
                    resident_id=resident.id,
                    place_id=place.id,
                    legal_basis=req.legal_basis,
                    kind=req.kind,
                    admitted_at=req.admitted_at,
                    planned_end=planned,
                    placing_municipality_code=req.placing_municipality_code,
                    referral_id=req.referral_id,
                    override_note="\n".join(notes),
                ),
            )
            if req.reservation_id:
                reservation = stays_repo.reservation_by_id(session, req.reservation_id)
                if reservation is not None:
                    reservation.status = ReservationStatus.ADMITTED
                    reservation.placement_id = stay.id
                    req_referral = reservation.referral_id
                    if req_referral and req.referral_id is None:
                        stay.referral_id = req_referral
            if stay.referral_id:
                referral = referrals_repo.by_id(session, stay.referral_id)
                if referral is not None:
                    referral.placement_id = stay.id
                    if referral.decision is not ReferralDecision.ACCEPTED:
                        referral.decision, referral.decided_on = ReferralDecision.ACCEPTED, self._clock().date()
            self._audit.append(
                session,
                actor.username,
                AuditAction.CREATE,
                "placement",
                stay.id,
                resident.id,
                detail=("overrides=" + ",".join(used)) if used else "",
            )
            return stay.id

    # --- during the stay -------------------------------------------------------------------------
    def _open_stay(self, session, stay_id: int, *, allow_discharged: bool = False) -> Placement:
        stay = stays_repo.by_id(session, stay_id)
        if stay is None:
            raise NotFound(f"no stay with id {stay_id}", "stay_missing", (stay_id,))
        if stay.discharged_at is not None and not allow_discharged:
            raise ValidationError.single("stay", "is discharged", "stay_discharged")
        return stay

    def extend_acute(
        self,
        actor: Actor,
        stay_id: int,
        days: int,
        overrides: Overrides | None = None,
        seen_version: int | None = None,
    ) -> dt.date:
        overrides = overrides or Overrides.none()
        self._audit.require(actor, Permission.PLACEMENT_WRITE, "placement", stay_id)
        with self._db.unit_of_work() as session:
            stay = self._open_stay(session, stay_id)
            self._check_seen(session, stay, seen_version)
            limits = self._settings.stay_limits_in(session, stay.admitted_at.date())
            left, used = unresolved(
                extension_problems(stay.kind, days, stay.extensions, limits), overrides, actor_may_override(actor)
            )
            if left:
                raise ValidationError(left)
            new_end = stay.planned_end + dt.timedelta(days=days)
            self._check_free_until(session, stay, new_end)
            stay.planned_end = new_end
            stay.extensions += 1
            self._note_overrides(stay, used, overrides)
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "placement",
                stay.id,
                stay.resident_id,
                detail=f"extended days={days}" + (" overrides=" + ",".join(used) if used else ""),
            )
            return new_end

    def change_planned_end(
        self,
        actor: Actor,
        stay_id: int,
        planned_end: dt.date,
        overrides: Overrides | None = None,
        seen_version: int | None = None,
    ) -> None:
        """`seen_version` is the stay's version as the user's screen had it (PlaceCard.stay_version)."""
        overrides = overrides or Overrides.none()
        self._audit.require(actor, Permission.PLACEMENT_WRITE, "placement", stay_id)
        with self._db.unit_of_work() as session:
            stay = self._open_stay(session, stay_id)
            self._check_seen(session, stay, seen_version)
            limits = self._settings.stay_limits_in(session, stay.admitted_at.date())
            extended = (stay.planned_end - stay.admitted_at.date()).days - limits.acute_days
            problems = planned_end_problems(stay.kind, stay.admitted_at.date(), planned_end, limits, max(extended, 0))
            left, used = unresolved(problems, overrides, actor_may_override(actor))
            if left:
                raise ValidationError(left)
            self._check_free_until(session, stay, planned_end)
            stay.planned_end = planned_end
            self._note_overrides(stay, used, overrides)
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "placement",
                stay.id,
                stay.resident_id,
                detail="planned end" + (" overrides=" + ",".join(used) if used else ""),
            )

    @staticmethod
    def _check_seen(session, stay: Placement, seen_version: int | None) -> None:
        """Refuse a change made from an older view of the stay, naming who changed it since and when."""
        check_version(session, stay, seen_version, "placement", "stale_stay")

    def _check_free_until(self, session, stay: Placement, new_end: dt.date) -> None:
        start = dt.datetime.combine(max(stay.planned_end, self._clock().date()), dt.time())
        end = dt.datetime.combine(new_end, dt.time())
        if end > start and stays_repo.busy_on_place(
            session, stay.place_id, start, end, self._clock(), ignore_stay=stay.id
        ):
            raise ValidationError.single(
                "planned_end", "the place is reserved for someone else in that period", "place_taken"
            )

    def move(
        self,
        actor: Actor,
        stay_id: int,
        to_place_number: int,
        reason: str,
        at: dt.datetime | None = None,
        seen_version: int | None = None,
    ) -> None:
        self._audit.require(actor, Permission.PLACEMENT_WRITE, "placement", stay_id)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError.single("reason", "a move needs a reason", "reason_missing")
        at = at or self._clock()
        with self._db.unit_of_work() as session:
            stay = self._open_stay(session, stay_id)
            self._check_seen(session, stay, seen_version)
            target = reference.place_by_number(session, to_place_number)
            if target is None or not target.active:
                raise ValidationError.single("place", f"there is no place {to_place_number}", "place_unknown")
            if target.id == stay.place_id:
                raise ValidationError.single("place", "the stay is already in that place", "same_place")
            if at < stay.admitted_at:
                raise ValidationError.single("moved_at", "is before the admission", "before_admission")
            stays_repo.lock_place(session, target.id)
            if stays_repo.busy_on_place(
                session, target.id, at, dt.datetime.combine(stay.planned_end, dt.time()), self._clock()
            ):
                raise ValidationError.single(
                    "place", f"place {target.number} is not free until the planned end", "place_taken"
                )
            from_number = stay.place.number
            stays_repo.move(session, stay, target.id, at, reason)
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "placement",
                stay.id,
                stay.resident_id,
                detail=f"moved place {from_number} -> {target.number}",
            )

    def settle_cost_split(
        self, actor: Actor, stay_id: int, registered_municipality_code: str, settled_on: dt.date
    ) -> None:
        self._audit.require(actor, Permission.PLACEMENT_WRITE, "placement", stay_id)
        with self._db.unit_of_work() as session:
            stay = self._open_stay(session, stay_id, allow_discharged=True)
            if registered_municipality_code not in {m.code for m in reference.municipalities(session)}:
                raise ValidationError.single(
                    "registered_municipality", "is not a known municipality", "municipality_unknown"
                )
            if settled_on < stay.admitted_at.date() or settled_on > self._clock().date():
                raise ValidationError.single("settled_on", "must be between the admission and today", "date_range")
            stay.registered_municipality_code = registered_municipality_code
            stay.cost_split_settled_on = settled_on
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "placement",
                stay.id,
                stay.resident_id,
                detail="cost split settled",
            )

    def set_discharge_planned(self, actor: Actor, stay_id: int, planned: bool) -> None:
        self._audit.require(actor, Permission.PLACEMENT_WRITE, "placement", stay_id)
        with self._db.unit_of_work() as session:
            stay = self._open_stay(session, stay_id)
            stay.discharge_planned = planned
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "placement",
                stay.id,
                stay.resident_id,
                detail=f"discharge planned={'yes' if planned else 'no'}",
            )

    # --- discharge -------------------------------------------------------------------------------
    def discharge(
        self,
        actor: Actor,
        stay_id: int,
        at: dt.datetime,
        reason: DischargeReason,
        destination: DischargeDestination,
        aftercare_note: str = "",
    ) -> None:
        self._close(actor, stay_id, at, reason, destination, aftercare_note, correcting=False)

    def correct_discharge(
        self,
        actor: Actor,
        stay_id: int,
        at: dt.datetime,
        reason: DischargeReason,
        destination: DischargeDestination,
        aftercare_note: str = "",
    ) -> None:
        """A discharged stay is read-only except for the manager, who may correct the discharge."""
        self._close(actor, stay_id, at, reason, destination, aftercare_note, correcting=True)

    def _close(
        self,
        actor: Actor,
        stay_id: int,
        at: dt.datetime,
        reason: DischargeReason,
        destination: DischargeDestination,
        aftercare_note: str,
        *,
        correcting: bool,
    ) -> None:
        self._audit.require(actor, Permission.PLACEMENT_WRITE, "placement", stay_id)
        with self._db.unit_of_work() as session:
            stay = self._open_stay(session, stay_id, allow_discharged=correcting)
            if correcting and stay.discharged_at is None:
                raise ValidationError.single("stay", "is not discharged", "stay_open")
            if at < stay.admitted_at:
                raise ValidationError.single("discharged_at", "is before the admission", "before_admission")
            if at > self._clock() + dt.timedelta(hours=1):
                raise ValidationError.single("discharged_at", "is in the future", "discharge_in_future")
            stay.discharge_reason, stay.discharge_destination = reason, destination
            stay.aftercare_note = (aftercare_note or "").strip()[:1000]
            stays_repo.close(session, stay, at)
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "placement",
                stay.id,
                stay.resident_id,
                detail="discharge corrected" if correcting else f"discharged {reason.value}",
            )

    @staticmethod
    def _note_overrides(stay: Placement, used: list[str], overrides: Overrides) -> None:
        if used:
            added = "\n".join(f"{name}: {overrides.reason(name)}" for name in used)
            stay.override_note = (stay.override_note + "\n" + added).strip()[:1000]


def actor_may_override(actor: Actor) -> bool:
    from hvbdesk.security.roles import Role

    return actor.role is Role.MANAGER
