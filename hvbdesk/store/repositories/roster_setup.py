"""Queries for the roster's set-up (shift types, demand), base schedules and kept violations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from hvbdesk.store.models import RosterBase, RosterBaseCell, RosterDemand, RosterKeptViolation, RosterShiftType
from hvbdesk.store.validity import in_force


def shift_types_on(session: Session, day: dt.date) -> list[RosterShiftType]:
    return list(
        session.scalars(select(RosterShiftType).where(in_force(RosterShiftType, day)).order_by(RosterShiftType.id))
    )


def demand_on(session: Session, day: dt.date) -> list[RosterDemand]:
    return list(
        session.scalars(
            select(RosterDemand)
            .where(in_force(RosterDemand, day))
            .order_by(RosterDemand.shift_code, RosterDemand.day_kind)
        )
    )


def latest_setup_start(session: Session) -> dt.date | None:
    return session.scalar(select(func.max(RosterShiftType.valid_from)))


def replace_setup_from(session: Session, valid_from: dt.date, rows: list) -> None:
    """End the set-up in force the day before `valid_from` and add `rows` from then on."""
    day_before = valid_from - dt.timedelta(days=1)
    for model in (RosterShiftType, RosterDemand):
        session.execute(
            update(model).where(model.valid_to.is_(None) | (model.valid_to >= valid_from)).values(valid_to=day_before)
        )
    session.add_all(rows)
    session.flush()


def latest_base(session: Session) -> RosterBase | None:
    return session.scalar(select(RosterBase).order_by(RosterBase.id.desc()).limit(1))


def base_cells(session: Session, base_id: int) -> list[RosterBaseCell]:
    return list(session.scalars(select(RosterBaseCell).where(RosterBaseCell.base_id == base_id)))


def add_base(session: Session, base: RosterBase, cells: list[tuple[int, int, str]]) -> None:
    session.add(base)
    session.flush()
    session.add_all(
        RosterBaseCell(base_id=base.id, staff_member_id=who, day_index=day, shift=shift) for who, day, shift in cells
    )
    session.flush()


def kept_violations(session: Session, scope: str, first: dt.date, last: dt.date) -> list[RosterKeptViolation]:
    return list(
        session.scalars(
            select(RosterKeptViolation).where(
                RosterKeptViolation.scope == scope, RosterKeptViolation.day >= first, RosterKeptViolation.day <= last
            )
        )
    )


def add_kept_violation(session: Session, row: RosterKeptViolation) -> None:
    session.add(row)
    session.flush()
