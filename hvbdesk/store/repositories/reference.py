"""Places, municipalities, settings and database facts: the reference data rules read."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from hvbdesk.store.models import (
    DatabaseInfo,
    Municipality,
    MunicipalityMembership,
    MunicipalityPopulation,
    Place,
    Setting,
)
from hvbdesk.store.validity import in_force


def places(session: Session) -> list[Place]:
    return list(session.scalars(select(Place).order_by(Place.number)))


def place_by_number(session: Session, number: int) -> Place | None:
    return session.scalar(select(Place).where(Place.number == number))


def municipalities(session: Session) -> list[Municipality]:
    return list(session.scalars(select(Municipality).order_by(Municipality.name)))


def members_on(session: Session, day: dt.date) -> set[str]:
    stmt = select(MunicipalityMembership.municipality_code).where(in_force(MunicipalityMembership, day))
    return set(session.scalars(stmt))


def population_on(session: Session, code: str, day: dt.date) -> int | None:
    stmt = (
        select(MunicipalityPopulation.population)
        .where(MunicipalityPopulation.municipality_code == code, MunicipalityPopulation.valid_from <= day)
        .order_by(MunicipalityPopulation.valid_from.desc())
        .limit(1)
    )
    return session.scalar(stmt)


def setting_on(session: Session, key: str, day: dt.date) -> str | None:
    stmt = (
        select(Setting.value)
        .where(
            Setting.key == key,
            in_force(Setting, day),
        )
        .order_by(Setting.valid_from.desc())
        .limit(1)
    )
    return session.scalar(stmt)


def all_settings(session: Session) -> list[Setting]:
    return list(session.scalars(select(Setting).order_by(Setting.key, Setting.valid_from)))


def info(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(DatabaseInfo))}


def add_all(session: Session, rows: list) -> None:
    session.add_all(rows)
    session.flush()
