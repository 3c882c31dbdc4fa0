"""Stays and their segments: the only place that knows a stay is split by moves."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session, joinedload

from hvbdesk.domain.enums import ReservationStatus
from hvbdesk.store.models import Placement, Reservation, StaySegment


def add_stay(session: Session, stay: Placement) -> Placement:
    session.add(stay)
    session.flush()
    session.add(
        StaySegment(placement_id=stay.id, place_id=stay.place_id, start_at=stay.admitted_at, end_at=stay.discharged_at)
    )
    session.flush()
    return stay


def add_stays(session: Session, stays: list[Placement]) -> None:
    """Many stays at once (an import), each with its first segment; two flushes in all."""
    session.add_all(stays)
    session.flush()
    session.add_all(
        StaySegment(placement_id=s.id, place_id=s.place_id, start_at=s.admitted_at, end_at=s.discharged_at)
        for s in stays
    )
    session.flush()


def by_id(session: Session, stay_id: int) -> Placement | None:
    return session.get(Placement, stay_id, options=[joinedload(Placement.resident), joinedload(Placement.place)])


def open_segment(session: Session, stay: Placement) -> StaySegment:
    """The stay's latest segment; every stay has one from its admission on."""
    return session.scalars(
        select(StaySegment).where(StaySegment.placement_id == stay.id).order_by(StaySegment.start_at.desc()).limit(1)
    ).one()


def move(session: Session, stay: Placement, to_place_id: int, at: dt.datetime, reason: str) -> None:
    current = open_segment(session, stay)
    current.end_at = at
    session.flush()
    session.add(
        StaySegment(
            placement_id=stay.id, place_id=to_place_id, start_at=at, end_at=stay.discharged_at, move_reason=reason
        )
    )
    stay.place_id = to_place_id
    session.flush()


def close(session: Session, stay: Placement, at: dt.datetime) -> None:
    stay.discharged_at = at
    open_segment(session, stay).end_at = at
    session.flush()


def segments_between(session: Session, start: dt.datetime, end: dt.datetime) -> list[StaySegment]:
    """Segments that touch [start, end), with their stay and resident loaded."""
    stmt = (
        select(StaySegment)
        .where(StaySegment.start_at < end, or_(StaySegment.end_at.is_(None), StaySegment.end_at > start))
        .options(joinedload(StaySegment.place))
        .order_by(StaySegment.start_at)
    )
    return list(session.scalars(stmt))


def stays_by_ids(session: Session, ids: set[int]) -> dict[int, Placement]:
    if not ids:
        return {}
    stmt = (
        select(Placement)
        .where(Placement.id.in_(ids))
        .options(joinedload(Placement.resident), joinedload(Placement.place))
    )
    return {p.id: p for p in session.scalars(stmt).unique()}


def open_stays(session: Session) -> list[Placement]:
    stmt = (
        select(Placement)
        .where(Placement.discharged_at.is_(None))
        .options(joinedload(Placement.resident), joinedload(Placement.place))
    )
    return list(session.scalars(stmt).unique())


def open_stay_on_place(session: Session, place_id: int) -> Placement | None:
    return session.scalar(select(Placement).where(Placement.place_id == place_id, Placement.discharged_at.is_(None)))


def reservations_between(session: Session, start: dt.date, end: dt.date) -> list[Reservation]:
    stmt = (
        select(Reservation)
        .where(Reservation.status == ReservationStatus.ACTIVE, Reservation.starts_on < end, Reservation.ends_on > start)
        .options(joinedload(Reservation.place))
    )
    return list(session.scalars(stmt))


def reservation_by_id(session: Session, reservation_id: int) -> Reservation | None:
    return session.get(Reservation, reservation_id)


def reservations_on_place(session: Session, place_id: int) -> list[Reservation]:
    return list(
        session.scalars(
            select(Reservation).where(Reservation.place_id == place_id, Reservation.status == ReservationStatus.ACTIVE)
        )
    )


def lock_place(session: Session, place_id: int) -> None:
    """Serialise bookings of one place across workstations (SQLite already holds the write lock)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(424242, :p)"), {"p": place_id})


def busy_on_place(
    session: Session,
    place_id: int,
    start: dt.datetime,
    end: dt.datetime,
    now: dt.datetime,
    ignore_reservation: int | None = None,
    ignore_stay: int | None = None,
) -> str | None:
    """'stay' or 'reservation' if something holds the place in [start, end); an open stay holds it
    until its planned end, or until now if it has run over."""
    segs = session.scalars(
        select(StaySegment).where(
            StaySegment.place_id == place_id,
            StaySegment.start_at < end,
            or_(StaySegment.end_at.is_(None), StaySegment.end_at > start),
        )
    )
    for seg in segs:
        if seg.placement_id == ignore_stay:
            continue
        if seg.end_at is not None:
            return "stay"
        stay = session.get_one(Placement, seg.placement_id)
        held_until = max(dt.datetime.combine(stay.planned_end, dt.time()), now, seg.start_at)
        if start < held_until:
            return "stay"
    for r in reservations_on_place(session, place_id):
        if r.id != ignore_reservation and (
            dt.datetime.combine(r.starts_on, dt.time()) < end and start < dt.datetime.combine(r.ends_on, dt.time())
        ):
            return "reservation"
    return None


def segments_by_place(session: Session) -> dict[int, list[tuple[dt.datetime, dt.datetime | None]]]:
    """place id → (start, end) of every recorded segment, sorted by start: an import checks against these
    in memory instead of asking the database once per row."""
    out: dict[int, list[tuple[dt.datetime, dt.datetime | None]]] = {}
    for place_id, start, end in session.execute(
        select(StaySegment.place_id, StaySegment.start_at, StaySegment.end_at).order_by(StaySegment.start_at)
    ):
        out.setdefault(place_id, []).append((start, end))
    return out


def all_stays(session: Session) -> list[Placement]:
    return list(session.scalars(select(Placement).order_by(Placement.id)))
