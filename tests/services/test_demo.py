"""Demo data obeys the home's rules; checked here independently of the generator's own logic."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from hvbdesk.domain.enums import LegalBasis, PlaceKind
from hvbdesk.domain.identity import age_on, parse_identity_number
from hvbdesk.security.roles import Role
from hvbdesk.services.demo import fill_demo
from hvbdesk.store.models import Account, Guardian, Placement, Referral, Resident, StaffMember
from tests.conftest import BACKENDS, DemoSpec, database_fixture, make_database

END = dt.datetime(2026, 6, 15, 10, 0)


database = database_fixture(DemoSpec(seed=11, years=3, end=END, with_manager=False))


@pytest.fixture
def demo(services, database):
    with database.unit_of_work() as session:
        residents = {r.id: r for r in session.query(Resident)}
        stays = session.query(Placement).all()
        guardians = defaultdict(list)
        for g in session.query(Guardian):
            guardians[g.resident_id].append(g)
        staff = session.query(StaffMember).all()
        accounts = [a.username for a in session.query(Account)]
        names = {a.username: a.display_name for a in session.query(Account)}
        referrals = session.query(Referral).all()
    return dict(
        residents=residents,
        stays=stays,
        guardians=guardians,
        staff=staff,
        accounts=accounts,
        names=names,
        referrals=referrals,
        services=services,
    )


def test_identity_numbers_are_valid_fictional_and_unique(demo):
    numbers = [r.identity_number for r in demo["residents"].values()]
    assert len(numbers) == len(set(numbers)) > 50
    for r in demo["residents"].values():
        ident = parse_identity_number(r.identity_number)
        assert 980 <= int(r.identity_number[8:11]) <= 999
        assert (ident.birth_date, ident.legal_sex) == (r.birth_date, r.legal_sex)


def test_stays_obey_the_rules(demo):
    residents = demo["residents"]
    by_place = defaultdict(list)
    for s in demo["stays"]:
        age = age_on(residents[s.resident_id].birth_date, s.admitted_at.date())
        assert 16 <= age <= 20
        if s.legal_basis is LegalBasis.LVU_2:
            assert age <= 17
        if s.kind is PlaceKind.ACUTE:
            assert dt.time(8) <= s.admitted_at.time() <= dt.time(22)
            assert (s.planned_end - s.admitted_at.date()).days in range(14, 29)
        else:
            assert 12 * 7 <= (s.planned_end - s.admitted_at.date()).days <= 24 * 7
        assert s.admitted_at <= END and (s.discharged_at is None or s.admitted_at <= s.discharged_at <= END)
        assert (s.discharged_at is None) == (s.discharge_reason is None)
        if age < 18:
            assert demo["guardians"][s.resident_id], "a young person under 18 needs a guardian"
        by_place[s.place_id].append(s)
    for stays in by_place.values():
        stays.sort(key=lambda s: s.admitted_at)
        for a, b in zip(stays, stays[1:], strict=False):
            assert a.discharged_at is not None and a.discharged_at <= b.admitted_at
    ongoing = [s for s in demo["stays"] if s.discharged_at is None]
    assert 5 <= len(ongoing) <= 10


def test_acute_places_hold_short_stays_and_occupancy_is_realistic(demo):
    acute = [s for s in demo["stays"] if s.kind is PlaceKind.ACUTE]
    ordinary = [s for s in demo["stays"] if s.kind is PlaceKind.ORDINARY]
    assert acute and ordinary and len(acute) > len(ordinary) / 2
    days = sum(((s.discharged_at or END) - s.admitted_at).days for s in demo["stays"])
    occupancy = days / (10 * (END - (END - dt.timedelta(days=3 * 365))).days)
    assert 0.6 < occupancy < 0.95


def test_staff_accounts_and_referrals(demo):
    staff = demo["staff"]
    municipal = [s for s in staff if s.employer.value == "municipality" and s.fte_percent]
    region = [s for s in staff if s.employer.value == "region"]
    assert len(municipal) == 11 and sum(s.fte_percent for s in region) == 210
    assert any(s.fte_percent is None for s in staff)
    assert sorted(demo["accounts"]) == sorted(r.value for r in Role)
    decisions = {r.decision.value for r in demo["referrals"]}
    assert {"accepted", "declined"} <= decisions


@pytest.mark.parametrize("backend", BACKENDS)
def test_same_seed_same_data(backend, tmp_path, request):
    from hvbdesk.app import build_services
    from hvbdesk.config import Config

    database, cleanup_first = make_database(backend, request, tmp_path / "first")
    other, cleanup = make_database(backend, request, tmp_path / "other")
    try:
        fill_demo(database, build_services(database, Config(tmp_path / "first")).audit, seed=7, years=2, end=END)
        fill_demo(other, build_services(other, Config(tmp_path / "other")).audit, seed=7, years=2, end=END)

        def dump(db):
            with db.unit_of_work() as session:
                return [
                    (r.identity_number, r.first_name, r.last_name)
                    for r in session.query(Resident).order_by(Resident.id)
                ], [
                    (p.place_id, p.admitted_at, p.discharged_at, p.legal_basis)
                    for p in session.query(Placement).order_by(Placement.id)
                ]

        assert dump(database) == dump(other)
    finally:
        cleanup()
        cleanup_first()


def test_the_demo_accounts_have_swedish_names(demo):
    """'Demo manager' stood out in the Swedish status bar, lock screen and plan printouts."""
    assert demo["names"]["manager"] == "Demo föreståndare" and demo["names"]["nurse"] == "Demo sjuksköterska"
