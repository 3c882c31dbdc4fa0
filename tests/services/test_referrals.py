from __future__ import annotations

import datetime as dt

import pytest

from hvbdesk.domain.enums import DeclineReason, LegalBasis, PlaceKind, ReferralDecision
from hvbdesk.domain.errors import PermissionDenied, ValidationError
from hvbdesk.security.roles import Role
from hvbdesk.services.referrals import ReferralInput
from tests.conftest import NOW, add_actor
from tests.services.test_stays import request

TWO_DAYS_AGO = NOW.date() - dt.timedelta(days=2)


def referral(kind=PlaceKind.ORDINARY, age=17, received=TWO_DAYS_AGO) -> ReferralInput:
    return ReferralInput(
        received, "2062", "Socialsekreterare Ung", kind, NOW.date() + dt.timedelta(days=7), age, LegalBasis.SOL
    )


def test_coordinator_registers_manager_decides(services, manager):
    coordinator = add_actor(services, manager, Role.COORDINATOR)
    referral_id = services.referrals.register(coordinator, referral())
    with pytest.raises(PermissionDenied):
        services.referrals.wait(coordinator, referral_id)
    services.referrals.wait(manager, referral_id, "plats väntas bli ledig")
    waiting = services.referrals.list(coordinator, {ReferralDecision.WAITING})
    assert [(r.id, r.municipality) for r in waiting] == [(referral_id, "Mora")]


def test_accept_reserves_and_admission_uses_the_reservation(services, manager):
    referral_id = services.referrals.register(manager, referral())
    start = NOW.date() + dt.timedelta(days=7)
    reservation_id = services.referrals.accept(manager, referral_id, 3, start)
    card = next(c for c in services.beds.board(manager) if c.place_number == 3)
    assert card.state == "reserved" and card.reservation.id == reservation_id
    assert card.reservation.municipality == "Mora" and card.reservation.ends_on == start + dt.timedelta(weeks=16)
    # another referral cannot take the same place in that period
    other = services.referrals.register(manager, referral(age=18))
    with pytest.raises(ValidationError) as err:
        services.referrals.accept(manager, other, 3, start + dt.timedelta(days=10))
    assert err.value.problems[0].code == "place_taken"
    # and a direct admission into the reserved period is refused too
    with pytest.raises(ValidationError):
        services.stays.admit(manager, request(place=3))
    stay_id = services.stays.admit(manager, request(place=3, reservation_id=reservation_id))
    row = services.referrals.get(manager, referral_id)
    assert row.placement_id == stay_id and row.reservation_id is None
    assert next(c for c in services.beds.board(manager) if c.place_number == 3).stay_id == stay_id


def test_decline_needs_a_reason_for_other(services, manager):
    referral_id = services.referrals.register(manager, referral(age=22))
    with pytest.raises(ValidationError):
        services.referrals.decline(manager, referral_id, DeclineReason.OTHER, "")
    services.referrals.decline(manager, referral_id, DeclineReason.OUTSIDE_TARGET_GROUP, "22 år")
    row = services.referrals.get(manager, referral_id)
    assert (row.decision, row.decline_reason) == (ReferralDecision.DECLINED, "outside_target_group")


def test_bad_referral_input_is_named(services, manager):
    bad = ReferralInput(NOW.date() + dt.timedelta(days=3), "9999", "", PlaceKind.ACUTE, NOW.date(), 5, LegalBasis.SOL)
    with pytest.raises(ValidationError) as err:
        services.referrals.register(manager, bad)
    assert sorted(p.field for p in err.value.problems) == ["age", "placing_municipality", "received_on", "wished_start"]


def test_move_a_reservation(services, manager):
    referral_id = services.referrals.register(manager, referral(kind=PlaceKind.ACUTE))
    reservation_id = services.referrals.accept(manager, referral_id, 9, NOW.date() + dt.timedelta(days=1))
    services.referrals.move_reservation(manager, reservation_id, 10, "plats 9 behövs akut")
    board = {c.place_number: c.state for c in services.beds.board(manager)}
    assert (board[9], board[10]) == ("free", "reserved")
