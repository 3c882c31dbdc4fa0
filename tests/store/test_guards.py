"""The database's own guards hold even when the services are bypassed."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from hvbdesk.domain.enums import AuditAction, Gender, LegalBasis, LegalSex, PlaceKind
from hvbdesk.domain.errors import ValidationError
from hvbdesk.store.models import Placement, Resident
from hvbdesk.store.repositories import reference
from hvbdesk.store.repositories import stays as stays_repo


def _resident(session, digits: str) -> Resident:
    r = Resident(
        identity_number=digits,
        first_name="A",
        last_name="B",
        gender=Gender.KVINNA,
        legal_sex=LegalSex.FEMALE,
        birth_date=dt.date(2008, 1, 1),
        created_at=dt.datetime(2026, 1, 1),
    )
    session.add(r)
    session.flush()
    return r


def _stay(session, resident_id: int, place_id: int, start: dt.datetime, end: dt.datetime | None) -> Placement:
    p = Placement(
        resident_id=resident_id,
        place_id=place_id,
        legal_basis=LegalBasis.SOL,
        kind=PlaceKind.ORDINARY,
        admitted_at=start,
        planned_end=start.date() + dt.timedelta(weeks=16),
        discharged_at=end,
        placing_municipality_code="2081",
    )
    return stays_repo.add_stay(session, p)  # the stay and its first segment


def test_audit_rows_cannot_be_updated_or_deleted(services, database):
    services.audit.record(services_actor(), AuditAction.VIEW, "thing")
    for statement in ("UPDATE audit_entry SET username = 'someone'", "DELETE FROM audit_entry"):
        with pytest.raises(DBAPIError, match="append-only"):
            with database.engine.begin() as conn:
                conn.execute(text(statement))


def test_audit_log_cannot_be_truncated_on_postgresql(services, database):
    if database.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE")
    with pytest.raises(DBAPIError, match="append-only"):
        with database.engine.begin() as conn:
            conn.execute(text("TRUNCATE audit_entry"))


def test_a_move_into_an_occupied_place_is_refused_by_the_database(database):
    with database.unit_of_work() as session:
        one, two = reference.place_by_number(session, 1), reference.place_by_number(session, 2)
        a, b = _resident(session, "200801019829"), _resident(session, "200801029810")
        _stay(session, a.id, one.id, dt.datetime(2026, 1, 1, 10), None)
        moving = _stay(session, b.id, two.id, dt.datetime(2026, 1, 5, 10), None)
        ids = (moving.id, one.id)
    with pytest.raises(ValidationError, match="already holds this place"):
        with database.unit_of_work() as session:
            stay = session.get(Placement, ids[0])
            stays_repo.move(session, stay, ids[1], dt.datetime(2026, 2, 1, 10), "test")


def test_overlapping_stays_refused_by_the_database(database):
    with database.unit_of_work() as session:
        place = reference.place_by_number(session, 1)
        a, b = _resident(session, "200801019829"), _resident(session, "200801029810")
        _stay(session, a.id, place.id, dt.datetime(2026, 1, 1, 10), dt.datetime(2026, 3, 1, 10))
        ids = (a.id, b.id, place.id)
    with pytest.raises(ValidationError, match="already holds this place"):
        with database.unit_of_work() as session:
            _stay(session, ids[1], ids[2], dt.datetime(2026, 2, 1, 10), None)
    # back to back is fine: [start, end) intervals
    with database.unit_of_work() as session:
        _stay(session, ids[1], ids[2], dt.datetime(2026, 3, 1, 10), None)


def test_two_sessions_booking_one_place_at_once(database):
    """Two workstations insert overlapping stays at the same moment: exactly one lands."""
    with database.unit_of_work() as session:
        place_id = reference.place_by_number(session, 4).id
        residents = [_resident(session, d).id for d in ("200801019829", "200801029810")]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def book(resident_id: int) -> None:
        try:
            with database.unit_of_work() as session:
                barrier.wait(timeout=10)
                _stay(session, resident_id, place_id, dt.datetime(2026, 5, 1, 10), None)
            outcomes.append("ok")
        except ValidationError:
            outcomes.append("refused")
        except threading.BrokenBarrierError:
            outcomes.append("serialised")  # SQLite's BEGIN IMMEDIATE made the second one wait

    threads = [threading.Thread(target=book, args=(r,)) for r in residents]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    with database.unit_of_work() as session:
        count = session.execute(text("SELECT count(*) FROM stay_segment WHERE place_id = :p"), {"p": place_id}).scalar()
    assert count == 1
    assert outcomes.count("ok") == 1


def services_actor():
    from hvbdesk.security.roles import Role
    from hvbdesk.services.context import Actor

    return Actor("tester", Role.MANAGER)
