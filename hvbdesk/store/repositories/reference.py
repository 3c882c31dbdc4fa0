"""Places, municipalities, settings and database facts: the reference data rules read."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select, update
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


def setting_rows(session: Session, key: str) -> list[Setting]:
    return list(session.scalars(select(Setting).where(Setting.key == key).order_by(Setting.valid_from)))


def replace_setting_from(session: Session, key: str, value: str, valid_from: dt.date) -> list[tuple[dt.date, str]]:
    """`value` from `valid_from` on: rows starting then or later go (returned, for the record),
    the row in force the day before ends then."""
    dropped = [
        (r.valid_from, r.value)
        for r in session.scalars(select(Setting).where(Setting.key == key, Setting.valid_from >= valid_from))
    ]
    session.execute(delete(Setting).where(Setting.key == key, Setting.valid_from >= valid_from))
    session.execute(
        update(Setting)
        .where(
            Setting.key == key,
            Setting.valid_from < valid_from,
            Setting.valid_to.is_(None) | (Setting.valid_to >= valid_from),
        )
        .values(valid_to=valid_from - dt.timedelta(days=1))
    )
    session.add(Setting(key=key, value=value, valid_from=valid_from))
    session.flush()
    return dropped


def info(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(DatabaseInfo))}


def add_all(session: Session, rows: list) -> None:
    session.add_all(rows)
    session.flush()


def memberships(session: Session) -> list[MunicipalityMembership]:
    return list(
        session.scalars(
            select(MunicipalityMembership).order_by(
                MunicipalityMembership.municipality_code, MunicipalityMembership.valid_from
            )
        )
    )


def membership(session: Session, membership_id: int) -> MunicipalityMembership | None:
    return session.get(MunicipalityMembership, membership_id)


def populations(session: Session) -> list[MunicipalityPopulation]:
    return list(
        session.scalars(
            select(MunicipalityPopulation).order_by(
                MunicipalityPopulation.municipality_code, MunicipalityPopulation.valid_from
            )
        )
    )


def population_from(session: Session, code: str, valid_from: dt.date) -> MunicipalityPopulation | None:
    return session.scalar(
        select(MunicipalityPopulation).where(
            MunicipalityPopulation.municipality_code == code, MunicipalityPopulation.valid_from == valid_from
        )
    )


def municipality(session: Session, code: str) -> Municipality | None:
    return session.get(Municipality, code)


def delete_row(session: Session, row) -> None:
    session.delete(row)
    session.flush()
