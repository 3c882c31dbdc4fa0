"""SIP work: a young person's coordinated individual plan, kept within what the consent allows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hvbdesk.domain.consent import other_unnamed, sharing_refusal
from hvbdesk.domain.enums import AuditAction
from hvbdesk.domain.errors import FieldProblem, NotFound, PermissionDenied, ValidationError
from hvbdesk.domain.names import name_reason
from hvbdesk.domain.sip_terms import (
    FollowUpResult,
    InformationKind,
    MeetingKind,
    Organisation,
    Principal,
    SipEntryKind,
)
from hvbdesk.security.roles import Permission, Role
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.consents import ConsentRow, ConsentService, current_consent, facts_of
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.store.database import Database
from hvbdesk.store.models import Resident, Sip, SipEntry, SipFollowUp, SipMeeting, SipParticipant
from hvbdesk.store.repositories import residents as residents_repo
from hvbdesk.store.repositories import sips as sips_repo

REGION_ROLES = (Role.PHYSICIAN, Role.PSYCHOLOGIST, Role.NURSE)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    kind: MeetingKind
    held_at: dt.datetime
    place: str
    initiated_by: str
    coordinated_by: str


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    organisation: Organisation
    organisation_name: str
    person: str
    title: str

    @property
    def principal(self) -> Principal:
        return self.organisation.principal


@dataclass(frozen=True)
class FollowUpRow:
    followed_on: dt.date
    result: FollowUpResult
    next_step: str


@dataclass(frozen=True)
class EntryRow:
    id: int
    kind: SipEntryKind
    text: str
    information: InformationKind | None
    organisation: Organisation | None
    organisation_name: str
    responsible_person: str
    follow_up_on: dt.date | None
    follow_ups: list[FollowUpRow]


@dataclass(frozen=True)
class EntryInput:
    kind: SipEntryKind
    text: str
    information: InformationKind | None = None  # what the need or action is about: the consent must name it
    organisation: Organisation | None = None  # an action's responsible organisation
    organisation_name: str = ""
    responsible_person: str = ""
    follow_up_on: dt.date | None = None


@dataclass(frozen=True)
class SipView:
    id: int
    resident_id: int
    resident_name: str
    identity_number: str
    started_on: dt.date
    closed_on: dt.date | None
    meetings: list[MeetingRow]
    participants: list[ParticipantRow]
    entries: list[EntryRow]
    consent: ConsentRow | None
    version: int

    def next_meeting(self, now: dt.datetime) -> MeetingRow | None:
        return next((m for m in self.meetings if m.held_at >= now), None)


class SipService:
    def __init__(self, db: Database, audit: AuditLog, consents: ConsentService, clock: Clock = local_now):
        self._db, self._audit, self._consents, self._clock = db, audit, consents, clock

    # --- reading -------------------------------------------------------------------------------------
    def view(self, actor: Actor, resident_id: int) -> SipView | None:
        """The young person's SIP, with the consent it works within. The Region's staff read it only when
        the consent in force names a Region organisation."""
        self._audit.require(actor, Permission.SIP_READ, "sip", "", resident_id)
        today = self._clock().date()
        with self._db.reading() as session:
            resident = _resident(session, resident_id)
            if actor.role in REGION_ROLES and not _region_may_read(session, resident, today):
                denied = True
            else:
                denied = False
                sip = sips_repo.of_resident(session, resident_id)
                consent = current_consent(session, resident)
                view = _view(sip, resident, ConsentService.row_of(consent, resident, today) if consent else None)
        if denied:
            self._audit.record(
                actor, AuditAction.DENIED, "sip", "", resident_id, "consent names no Region organisation"
            )
            raise PermissionDenied(actor.role.value, "read a SIP whose consent does not include the Region")
        self._audit.record(actor, AuditAction.VIEW, "sip", view.id if view else "", resident_id)
        return view

    def next_meetings(self, actor: Actor) -> dict[int, dt.datetime]:
        """resident id -> the next meeting of the SIP in progress, for the list of young people. The Region's
        staff get none here: whether a young person has a SIP is theirs to see only through the consent."""
        self._audit.require(actor, Permission.SIP_READ, "sip")
        if actor.role in REGION_ROLES:
            return {}
        now = self._clock()
        with self._db.reading() as session:
            found = {
                sip.resident_id: min(m.held_at for m in sip.meetings if m.held_at >= now)
                for sip in sips_repo.in_progress(session)
                if any(m.held_at >= now for m in sip.meetings)
            }
        self._audit.record(actor, AuditAction.VIEW, "sip", detail=f"next meetings rows={len(found)}")
        return found

    def home_actions(self, actor: Actor, resident_id: int) -> list[EntryRow]:
        """The SIP's actions the home answers for: proposals for the implementation plan."""
        view = self.view(actor, resident_id)
        if view is None:
            return []
        return [e for e in view.entries if e.kind is SipEntryKind.ACTION and e.organisation is Organisation.THE_HOME]

    # --- writing -------------------------------------------------------------------------------------
    def start(self, actor: Actor, resident_id: int, started_on: dt.date) -> int:
        self._consents.require_editor(actor, resident_id, "sip")
        if started_on > self._clock().date():
            raise ValidationError.single("started_on", "is in the future", "date_in_future")
        with self._db.unit_of_work() as session:
            _resident(session, resident_id)
            current = sips_repo.of_resident(session, resident_id)
            if current is not None and current.closed_on is None:
                raise ValidationError.single("sip", "the young person already has a SIP in progress", "sip_exists")
            sip = Sip(
                resident_id=resident_id, started_on=started_on, created_by=actor.username, created_at=self._clock()
            )
            sips_repo.add(session, sip)
            self._audit.append(session, actor.username, AuditAction.CREATE, "sip", sip.id, resident_id)
            return sip.id

    def add_participant(
        self,
        actor: Actor,
        sip_id: int,
        organisation: Organisation,
        person: str,
        title: str = "",
        organisation_name: str = "",
    ) -> int:
        """Someone from an organisation the consent names; otherwise refused, naming what is missing."""
        resident_id = self._resident_of(sip_id)
        self._consents.require_editor(actor, resident_id, "sip")
        problems = _name_problems("person", person) + other_unnamed("organisation", organisation, organisation_name)
        if problems:
            raise ValidationError(problems)
        with self._db.unit_of_work() as session:
            sip = _sip(session, sip_id)
            _within_consent(session, sip, self._clock().date(), organisation, organisation_name, person)
            row = SipParticipant(
                organisation=organisation,
                organisation_name=organisation_name.strip(),
                person=person.strip(),
                title=title.strip()[:120],
            )
            sip.participants.append(row)
            session.flush()
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "sip",
                sip.id,
                sip.resident_id,
                detail=f"participant {organisation.value}",
            )
            return row.id

    def add_entry(self, actor: Actor, sip_id: int, data: EntryInput) -> int:
        """A goal in the young person's words, a need, or an action. A need or action names the kind of
        information it is about, and an action its responsible organisation: both must be in the consent."""
        resident_id = self._resident_of(sip_id)
        self._consents.require_editor(actor, resident_id, "sip")
        problems = []
        if not data.text.strip():
            problems.append(FieldProblem("text", "is empty", code="required"))
        if data.kind is not SipEntryKind.GOAL and data.information is None:
            problems.append(FieldProblem("information", "say what kind of information this is", code="required"))
        if data.kind is SipEntryKind.ACTION:
            if data.organisation is None:
                problems.append(FieldProblem("organisation", "say who is responsible", code="required"))
            else:
                problems += other_unnamed("organisation", data.organisation, data.organisation_name)
            if data.follow_up_on is None:
                problems.append(FieldProblem("follow_up_on", "an action needs a follow-up date", code="required"))
        if problems:
            raise ValidationError(problems)
        with self._db.unit_of_work() as session:
            sip = _sip(session, sip_id)
            today = self._clock().date()
            if data.information is not None:
                _within_consent(session, sip, today, Organisation.THE_HOME, information=data.information)
            if data.kind is SipEntryKind.ACTION and data.organisation is not None:
                _within_consent(session, sip, today, data.organisation, data.organisation_name, data.responsible_person)
            _not_excluded(session, sip, data.text)
            entry = SipEntry(
                kind=data.kind,
                position=len(sip.entries) + 1,
                text=data.text.strip(),
                information=data.information,
                organisation=data.organisation if data.kind is SipEntryKind.ACTION else None,
                organisation_name=data.organisation_name.strip(),
                responsible_person=data.responsible_person.strip()[:120],
                follow_up_on=data.follow_up_on if data.kind is SipEntryKind.ACTION else None,
            )
            sip.entries.append(entry)
            session.flush()
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "sip",
                sip.id,
                sip.resident_id,
                detail=f"{data.kind.value} added",
            )
            return entry.id

    def plan_meeting(
        self,
        actor: Actor,
        sip_id: int,
        kind: MeetingKind,
        held_at: dt.datetime,
        place: str,
        initiated_by: str,
        coordinated_by: str,
    ) -> int:
        resident_id = self._resident_of(sip_id)
        self._consents.require_editor(actor, resident_id, "sip")
        problems = [
            FieldProblem(name, "is empty", code="required")
            for name, value in (("place", place), ("initiated_by", initiated_by), ("coordinated_by", coordinated_by))
            if not value.strip()
        ]
        if problems:
            raise ValidationError(problems)
        with self._db.unit_of_work() as session:
            sip = _sip(session, sip_id)
            meeting = SipMeeting(
                kind=kind,
                held_at=held_at,
                place=place.strip()[:160],
                initiated_by=initiated_by.strip()[:160],
                coordinated_by=coordinated_by.strip()[:160],
            )
            sip.meetings.append(meeting)
            session.flush()
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "sip",
                sip.id,
                sip.resident_id,
                detail=f"meeting {kind.value} {held_at:%Y-%m-%d}",
            )
            return meeting.id

    def follow_up(
        self,
        actor: Actor,
        entry_id: int,
        followed_on: dt.date,
        result: FollowUpResult,
        next_step: str = "",
        next_follow_up: dt.date | None = None,
    ) -> None:
        """An action followed up: done, partly or not done, what happens next, and when it is looked at again."""
        with self._db.reading() as session:
            entry = _entry(session, entry_id)
            resident_id = entry.sip.resident_id
        self._consents.require_editor(actor, resident_id, "sip")
        if followed_on > self._clock().date():
            raise ValidationError.single("followed_on", "is in the future", "date_in_future")
        if result is not FollowUpResult.DONE and next_follow_up is None:
            raise ValidationError.single("follow_up_on", "an action not done needs its next follow-up date", "required")
        with self._db.unit_of_work() as session:
            entry = _entry(session, entry_id)
            if entry.kind is not SipEntryKind.ACTION:
                raise ValidationError.single("entry", "only actions are followed up", "sip_not_action")
            _not_excluded(session, entry.sip, next_step)
            entry.follow_ups.append(SipFollowUp(followed_on=followed_on, result=result, next_step=next_step.strip()))
            entry.follow_up_on = next_follow_up
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "sip",
                entry.sip_id,
                entry.sip.resident_id,
                detail=f"follow-up {result.value}",
            )

    def _resident_of(self, sip_id: int) -> int:
        with self._db.reading() as session:
            return _sip(session, sip_id).resident_id


# --- shared by the service and the printouts ---------------------------------------------------------


def _resident(session: Session, resident_id: int) -> Resident:
    resident = residents_repo.by_id(session, resident_id)
    if resident is None:
        raise NotFound(f"no resident with id {resident_id}", "resident_missing", (resident_id,))
    return resident


def _sip(session: Session, sip_id: int) -> Sip:
    sip = sips_repo.by_id(session, sip_id)
    if sip is None:
        raise NotFound(f"no SIP with id {sip_id}", "sip_missing", (sip_id,))
    return sip


def _entry(session: Session, entry_id: int) -> SipEntry:
    entry = sips_repo.entry_by_id(session, entry_id)
    if entry is None:
        raise NotFound(f"no SIP entry with id {entry_id}", "sip_missing", (entry_id,))
    return entry


def _name_problems(field: str, text: str) -> list[FieldProblem]:
    if not text.strip():
        return [FieldProblem(field, "is empty", code="required")]
    wrong = name_reason(text.strip())
    return [FieldProblem(field, wrong[0], code=wrong[1], args=wrong[2])] if wrong else []


def _within_consent(
    session: Session,
    sip: Sip,
    day: dt.date,
    organisation: Organisation,
    organisation_name: str = "",
    person: str = "",
    information: InformationKind | None = None,
) -> None:
    resident = _resident(session, sip.resident_id)
    consent = current_consent(session, resident)
    facts = facts_of(consent, resident) if consent else None
    refusal = sharing_refusal(facts, resident.birth_date, day, organisation, organisation_name, person, information)
    if refusal is not None:
        raise ValidationError.single("consent", refusal.reason, refusal.code, refusal.args)


def excluded_phrases(session: Session, resident: Resident) -> list[str]:
    consent = current_consent(session, resident)
    return list(facts_of(consent, resident).exclusions) if consent else []


def contains_excluded(text: str, phrases: list[str]) -> str | None:
    folded = " ".join(text.split()).casefold()
    return next((p for p in phrases if p.strip() and " ".join(p.split()).casefold() in folded), None)


def _not_excluded(session: Session, sip: Sip, text: str) -> None:
    found = contains_excluded(text, excluded_phrases(session, _resident(session, sip.resident_id)))
    if found is not None:
        raise ValidationError.single(
            "text", "holds something the young person has kept out of the consent", "sip_text_excluded", (found,)
        )


def _region_may_read(session: Session, resident: Resident, day: dt.date) -> bool:
    consent = current_consent(session, resident)
    if consent is None:
        return False
    facts = facts_of(consent, resident)
    return any(
        sharing_refusal(facts, resident.birth_date, day, a.organisation, a.organisation_name, a.person) is None
        for a in facts.actors
        if a.organisation.principal is Principal.REGION
    )


def _view(sip: Sip | None, resident: Resident, consent: ConsentRow | None) -> SipView | None:
    if sip is None:
        return None
    return SipView(
        sip.id,
        resident.id,
        f"{resident.first_name} {resident.last_name}",
        f"{resident.identity_number[:8]}-{resident.identity_number[8:]}",
        sip.started_on,
        sip.closed_on,
        [MeetingRow(m.id, m.kind, m.held_at, m.place, m.initiated_by, m.coordinated_by) for m in sip.meetings],
        [ParticipantRow(p.id, p.organisation, p.organisation_name, p.person, p.title) for p in sip.participants],
        [
            EntryRow(
                e.id,
                e.kind,
                e.text,
                e.information,
                e.organisation,
                e.organisation_name,
                e.responsible_person,
                e.follow_up_on,
                [FollowUpRow(f.followed_on, f.result, f.next_step) for f in e.follow_ups],
            )
            for e in sip.entries
        ],
        consent,
        sip.version,
    )
