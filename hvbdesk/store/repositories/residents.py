from __future__ import annotations

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, joinedload

from hvbdesk.store.models import Placement, Resident


def by_identity(session: Session, digits: str) -> Resident | None:
    return session.scalar(select(Resident).where(Resident.identity_number == digits))


def by_identities(session: Session, digits: list[str]) -> dict[str, Resident]:
    """identity number → resident, for many at once (an import), in chunks the drivers accept."""
    found: dict[str, Resident] = {}
    unique = sorted(set(digits))
    for start in range(0, len(unique), 500):
        chunk = unique[start : start + 500]
        found.update(
            (r.identity_number, r) for r in session.scalars(select(Resident).where(Resident.identity_number.in_(chunk)))
        )
    return found


def stay_times_of(session: Session, resident_ids: list[int]) -> dict[int, list[tuple]]:
    """resident id → (admitted, discharged) of each of their stays, for many residents at once."""
    times: dict[int, list[tuple]] = {}
    unique = sorted(set(resident_ids))
    for start in range(0, len(unique), 500):
        stmt = select(Placement.resident_id, Placement.admitted_at, Placement.discharged_at).where(
            Placement.resident_id.in_(unique[start : start + 500])
        )
        for resident_id, admitted, discharged in session.execute(stmt):
            times.setdefault(resident_id, []).append((admitted, discharged))
    return times


def by_id(session: Session, resident_id: int) -> Resident | None:
    return session.get(Resident, resident_id, options=[joinedload(Resident.guardians)])


def with_latest_placement(session: Session) -> list[tuple[Resident, Placement | None]]:
    """Every resident with their most recent stay (by admission)."""
    latest = (
        select(Placement.resident_id, func.max(Placement.admitted_at).label("latest"))
        .group_by(Placement.resident_id)
        .subquery()
    )
    stmt = (
        select(Resident, Placement)
        .outerjoin(latest, latest.c.resident_id == Resident.id)
        .outerjoin(
            Placement,
            and_(Placement.resident_id == Resident.id, Placement.admitted_at == latest.c.latest),
        )
        .options(joinedload(Placement.place))
        .order_by(Resident.last_name, Resident.first_name, Resident.id)
    )
    return [(r, p) for r, p in session.execute(stmt).unique()]


def placements_of(session: Session, resident_id: int) -> list[Placement]:
    stmt = (
        select(Placement)
        .where(Placement.resident_id == resident_id)
        .options(joinedload(Placement.place))
        .order_by(Placement.admitted_at)
    )
    return list(session.scalars(stmt))


def by_ids(session: Session, resident_ids: set[int]) -> list[Resident]:
    if not resident_ids:
        return []
    return list(session.scalars(select(Resident).where(Resident.id.in_(resident_ids))))
