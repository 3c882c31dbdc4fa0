from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hvbdesk.domain.enums import ReferralDecision, ReservationStatus
from hvbdesk.store.models import Referral, Reservation


def by_id(session: Session, referral_id: int) -> Referral | None:
    return session.get(Referral, referral_id)


def search(session: Session, decisions: set[ReferralDecision] | None) -> list[Referral]:
    stmt = select(Referral).order_by(Referral.received_on.desc(), Referral.id.desc())
    if decisions:
        stmt = stmt.where(Referral.decision.in_(decisions))
    return list(session.scalars(stmt))


def reservations_of(session: Session, referral_id: int) -> list[Reservation]:
    return list(
        session.scalars(
            select(Reservation).where(
                Reservation.referral_id == referral_id, Reservation.status == ReservationStatus.ACTIVE
            )
        )
    )


def active_reservation_ids(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(Reservation.referral_id, Reservation.id).where(
            Reservation.status == ReservationStatus.ACTIVE, Reservation.referral_id.is_not(None)
        )
    )
    return {referral_id: reservation_id for referral_id, reservation_id in rows if referral_id is not None}
