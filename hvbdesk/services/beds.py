"""The bed board, its timeline, occupancy and the watches: read models computed from the stays."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import hvbdesk.domain.plan_watches  # noqa: F401  registers the treatment work's watches
import hvbdesk.domain.sip_watches  # noqa: F401  registers the consent's and the SIP's watches
from hvbdesk.domain.care_days import care_days
from hvbdesk.domain.enums import AuditAction, ContactRole, LegalBasis, PlaceKind
from hvbdesk.domain.identity import initials
from hvbdesk.domain.watches import StayFacts, Watch, WatchSettings, watches_for
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.consents import facts_of
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.services.settings import SettingsService
from hvbdesk.store.database import Database
from hvbdesk.store.repositories import care as care_repo
from hvbdesk.store.repositories import consents as consents_repo
from hvbdesk.store.repositories import reference
from hvbdesk.store.repositories import referrals as referrals_repo
from hvbdesk.store.repositories import sips as sips_repo
from hvbdesk.store.repositories import stays as stays_repo

FREE, RESERVED, OCCUPIED = "free", "reserved", "occupied"


@dataclass(frozen=True)
class ReservationInfo:
    id: int
    starts_on: dt.date
    ends_on: dt.date
    municipality: str
    version: int = 0  # what the board showed; a move from an older one is refused


@dataclass(frozen=True)
class PlaceCard:
    place_number: int
    kind: PlaceKind
    state: str
    stay_id: int | None = None
    resident_id: int | None = None
    name: str = ""  # empty when the user may not see names
    initials: str = ""
    legal_basis: LegalBasis | None = None
    stay_kind: PlaceKind | None = None
    admitted_at: dt.datetime | None = None
    planned_end: dt.date | None = None
    day_number: int | None = None
    day_limit: int | None = None
    reservation: ReservationInfo | None = None
    watches: list[Watch] = field(default_factory=list)
    contact_persons: list[str] = field(default_factory=list)
    stay_version: int | None = None  # what the board showed; a change from an older one is refused
    sip_next: dt.datetime | None = None  # the next meeting of the young person's SIP in progress


@dataclass(frozen=True)
class TimelineBar:
    place_number: int
    kind: str  # stay | reservation
    start: dt.datetime
    end: dt.datetime | None  # None: still there
    planned_end: dt.date
    label: str
    stay_id: int | None = None
    reservation_id: int | None = None


@dataclass(frozen=True)
class OccupancyFigures:
    places: dict[PlaceKind, int]
    occupied_now: dict[PlaceKind, int]
    month_care_days: dict[PlaceKind, int]
    month_days: int

    def month_share(self, kind: PlaceKind | None = None) -> float:
        kinds = [kind] if kind else list(PlaceKind)
        capacity = sum(self.places[k] for k in kinds) * self.month_days
        return sum(self.month_care_days[k] for k in kinds) / capacity if capacity else 0.0


@dataclass(frozen=True)
class BoardOverview:
    cards: list[PlaceCard]
    watches: list[Watch]  # empty for a role that sees counts only
    occupancy: OccupancyFigures
    timeline: list[TimelineBar] | None  # None when not asked for, or for a role that sees counts only


class BedService:
    def __init__(self, db: Database, audit: AuditLog, settings: SettingsService, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def now(self) -> dt.datetime:
        """The clock the services run on (the GUI asks rather than reading its own)."""
        return self._clock()

    # --- watches ---------------------------------------------------------------------------------
    def _watch_settings(self, session, day: dt.date) -> WatchSettings:
        return WatchSettings.from_settings(lambda key: self._settings.number_in(session, key, day))

    def _watches(self, session, open_stays, today: dt.date) -> list[Watch]:
        stays = list(open_stays)
        ids = {s.id for s in stays}
        primaries = {
            a.placement_id for a in care_repo.current_contacts(session, ids, today) if a.role is ContactRole.PRIMARY
        }
        social = care_repo.stays_with_social_care_plan(session, ids)
        reviews = care_repo.plan_review_dates(session, ids)
        consents = consents_repo.newest_of(session, {s.resident_id for s in stays})
        sips = {sip.resident_id: sip for sip in sips_repo.in_progress(session)}
        now = dt.datetime.combine(today, dt.time())
        facts = []
        for stay in stays:
            r = stay.resident
            first, last = reviews.get(stay.id, (None, None))
            sip = sips.get(r.id)
            facts.append(
                StayFacts(
                    stay.id,
                    r.id,
                    stay.place.number,
                    stay.kind,
                    stay.legal_basis,
                    stay.admitted_at,
                    stay.planned_end,
                    stay.discharged_at,
                    stay.discharge_planned,
                    stay.cost_split_settled_on,
                    r.birth_date,
                    len(r.guardians),
                    stay.id in primaries,
                    stay.id in social,
                    first,
                    last,
                    True,
                    facts_of(consents[r.id], r) if r.id in consents else None,
                    sip.started_on if sip else None,
                    tuple(e.follow_up_on for e in sip.entries if e.follow_up_on) if sip else (),
                    next((m.held_at.date() for m in sip.meetings if m.held_at >= now), None) if sip else None,
                )
            )
        return watches_for(facts, today, self._watch_settings(session, today))

    @staticmethod
    def _contact_names(session, stay_ids: set[int], day: dt.date) -> dict[int, list[str]]:
        """stay id -> contact persons, primary first."""
        assignments = sorted(care_repo.current_contacts(session, stay_ids, day), key=lambda a: a.role.value)
        staff = care_repo.staff_by_ids(session, {a.staff_member_id for a in assignments})
        out: dict[int, list[str]] = {}
        for a in assignments:
            member = staff[a.staff_member_id]
            out.setdefault(a.placement_id, []).append(f"{member.first_name} {member.last_name[:1]}.")
        return out

    def watches(self, actor: Actor) -> list[Watch]:
        self._audit.require(actor, Permission.RESIDENT_READ, "watch")
        today = self._clock().date()
        with self._db.reading() as session:
            found = self._watches(session, stays_repo.open_stays(session), today)
        self._audit.record(actor, AuditAction.VIEW, "watch", detail=f"rows={len(found)}")
        return found

    # --- the board -------------------------------------------------------------------------------
    def board(self, actor: Actor) -> list[PlaceCard]:
        """Every place with its state; names and details only for roles that may read residents."""
        self._audit.require(actor, Permission.OCCUPANCY_COUNTS, "bed_board")
        personal = allows(actor.role, Permission.RESIDENT_READ)
        with self._db.reading() as session:
            cards, _ = self._cards(session, personal, self._clock())
        self._audit.record(actor, AuditAction.VIEW, "bed_board", detail="names" if personal else "counts")
        return cards

    def overview(self, actor: Actor, timeline_first: dt.date | None = None, timeline_days: int = 0) -> BoardOverview:
        """What the bed board page shows, in one read and one line in the log: the cards, the watches, the
        occupancy figures and (for those who may read names) the timeline from `timeline_first`."""
        self._audit.require(actor, Permission.OCCUPANCY_COUNTS, "bed_board")
        personal = allows(actor.role, Permission.RESIDENT_READ)
        now = self._clock()
        span = (timeline_first, timeline_first + dt.timedelta(days=timeline_days - 1)) if timeline_first else None
        with self._db.reading() as session:
            cards, watches = self._cards(session, personal, now)
            figures = self._occupancy(session, now)
            bars = self._timeline(session, *span) if personal and span and timeline_days > 0 else None
        detail = "names" if personal else "counts"
        if bars is not None and span is not None:
            detail += f", timeline {span[0].isoformat()}..{span[1].isoformat()}"
        self._audit.record(actor, AuditAction.VIEW, "bed_board", detail=detail)
        return BoardOverview(cards, watches, figures, bars)

    def _cards(self, session, personal: bool, now: dt.datetime) -> tuple[list[PlaceCard], list[Watch]]:
        today = now.date()
        places = [p for p in reference.places(session) if p.active]
        open_stays = {s.place_id: s for s in stays_repo.open_stays(session)}
        reservations: dict[int, list] = {}
        for r in stays_repo.reservations_between(
            session, today - dt.timedelta(days=365), today + dt.timedelta(weeks=26)
        ):
            reservations.setdefault(r.place_id, []).append(r)
        names = {m.code: m.name for m in reference.municipalities(session)}
        watches = self._watches(session, open_stays.values(), today) if personal else []
        contacts = self._contact_names(session, {s.id for s in open_stays.values()}, today) if personal else {}
        sip_next = _next_sip_meetings(session, now) if personal else {}
        limits = self._settings.stay_limits_in(session, today)
        cards = []
        for place in places:
            stay = open_stays.get(place.id)
            upcoming = sorted(reservations.get(place.id, []), key=lambda r: r.starts_on)
            res = upcoming[0] if upcoming else None
            res_info = None
            if res is not None:
                municipality = self._referral_municipality(session, res, names) if personal else ""
                res_info = ReservationInfo(res.id, res.starts_on, res.ends_on, municipality, res.version)
            if stay is None:
                cards.append(PlaceCard(place.number, place.kind, RESERVED if res else FREE, reservation=res_info))
                continue
            if not personal:
                cards.append(PlaceCard(place.number, place.kind, OCCUPIED))
                continue
            resident = stay.resident
            # Day N of the stay against its limit: the planned acute length, or the longest ordinary stay.
            limit = (
                (stay.planned_end - stay.admitted_at.date()).days
                if stay.kind is PlaceKind.ACUTE
                else limits.ordinary_max_weeks * 7
            )
            cards.append(
                PlaceCard(
                    place.number,
                    place.kind,
                    OCCUPIED,
                    stay.id,
                    resident.id,
                    f"{resident.first_name} {resident.last_name}",
                    initials(resident.first_name, resident.last_name),
                    stay.legal_basis,
                    stay.kind,
                    stay.admitted_at,
                    stay.planned_end,
                    (today - stay.admitted_at.date()).days + 1,
                    limit,
                    res_info,
                    [w for w in watches if w.stay_id == stay.id],
                    contacts.get(stay.id, []),
                    stay.version,
                    sip_next.get(resident.id),
                )
            )
        return cards, watches

    @staticmethod
    def _referral_municipality(session, reservation, names: dict[str, str]) -> str:
        referral = referrals_repo.by_id(session, reservation.referral_id) if reservation.referral_id else None
        return names.get(referral.placing_municipality_code, "") if referral else ""

    # --- the timeline ----------------------------------------------------------------------------
    def timeline(self, actor: Actor, first: dt.date, last: dt.date) -> list[TimelineBar]:
        self._audit.require(actor, Permission.RESIDENT_READ, "bed_board")
        with self._db.reading() as session:
            bars = self._timeline(session, first, last)
        self._audit.record(
            actor,
            AuditAction.VIEW,
            "bed_board",
            detail=f"timeline {first.isoformat()}..{last.isoformat()}",
        )
        return bars

    @staticmethod
    def _timeline(session, first: dt.date, last: dt.date) -> list[TimelineBar]:
        start = dt.datetime.combine(first, dt.time())
        end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
        segments = stays_repo.segments_between(session, start, end)
        stays = stays_repo.stays_by_ids(session, {s.placement_id for s in segments})
        bars = []
        for seg in segments:
            stay = stays[seg.placement_id]
            r = stay.resident
            bars.append(
                TimelineBar(
                    seg.place.number,
                    "stay",
                    seg.start_at,
                    seg.end_at,
                    stay.planned_end,
                    initials(r.first_name, r.last_name),
                    stay_id=stay.id,
                )
            )
        for res in stays_repo.reservations_between(session, first, last + dt.timedelta(days=1)):
            bars.append(
                TimelineBar(
                    res.place.number,
                    "reservation",
                    dt.datetime.combine(res.starts_on, dt.time()),
                    dt.datetime.combine(res.ends_on, dt.time()),
                    res.ends_on,
                    "",
                    reservation_id=res.id,
                )
            )
        return bars

    # --- occupancy -------------------------------------------------------------------------------
    def occupancy(self, actor: Actor) -> OccupancyFigures:
        """Counts only: now, and care days so far this month (computed from the stays)."""
        self._audit.require(actor, Permission.OCCUPANCY_COUNTS, "occupancy")
        with self._db.reading() as session:
            return self._occupancy(session, self._clock())

    @staticmethod
    def _occupancy(session, now: dt.datetime) -> OccupancyFigures:
        today = now.date()
        first = today.replace(day=1)
        places = [p for p in reference.places(session) if p.active]
        kind_of = {p.id: p.kind for p in places}
        counts = {k: sum(1 for p in places if p.kind is k) for k in PlaceKind}
        occupied = {k: 0 for k in PlaceKind}
        for stay in stays_repo.open_stays(session):
            if stay.admitted_at <= now and stay.place_id in kind_of:
                occupied[kind_of[stay.place_id]] += 1
        month = {k: 0 for k in PlaceKind}
        for seg in stays_repo.segments_between(session, dt.datetime.combine(first, dt.time()), now):
            kind = kind_of.get(seg.place_id)
            if kind is not None:
                month[kind] += care_days(seg.start_at.date(), seg.end_at.date() if seg.end_at else None, first, today)
        return OccupancyFigures(counts, occupied, month, (today - first).days + 1)


def _next_sip_meetings(session, now: dt.datetime) -> dict[int, dt.datetime]:
    """resident id -> the next meeting of the SIP in progress, for the board's cards."""
    out = {}
    for sip in sips_repo.in_progress(session):
        upcoming = [m.held_at for m in sip.meetings if m.held_at >= now]
        if upcoming:
            out[sip.resident_id] = min(upcoming)
    return out
