"""Admissions, changes during a stay and discharges, with every rule refused by its code."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from hvbdesk.domain.enums import DischargeDestination, DischargeReason, Gender, LegalBasis, PlaceKind
from hvbdesk.domain.errors import PermissionDenied, ValidationError
from hvbdesk.domain.stay_rules import Overrides
from hvbdesk.security.roles import Role
from hvbdesk.services.audit import AuditQuery
from hvbdesk.services.stays import AdmissionRequest, GuardianInput
from tests.conftest import NOW, add_actor
from tests.helpers import pnr

MOM = [GuardianInput("Anna Strand", "mamma", "070-111 22 33")]


def request(
    birth="20080101",
    serial=982,
    place=1,
    kind=PlaceKind.ORDINARY,
    basis=LegalBasis.SOL,
    at=NOW - dt.timedelta(hours=1),
    guardians=MOM,
    planned_end=None,
    **kw,
) -> AdmissionRequest:
    return AdmissionRequest(
        pnr(birth, serial),
        "Ebba",
        "Strand",
        Gender.KVINNA,
        place,
        kind,
        basis,
        at,
        planned_end,
        "2081",
        guardians,
        **kw,
    )


def codes(err) -> list[str]:
    return [p.code for p in err.value.problems]


def test_admission_fills_the_board(services, manager):
    stay_id = services.stays.admit(manager, request())
    card = next(c for c in services.beds.board(manager) if c.place_number == 1)
    assert (card.state, card.stay_id, card.name, card.initials) == ("occupied", stay_id, "Ebba Strand", "ES")
    assert card.planned_end == NOW.date() + dt.timedelta(weeks=16) and card.day_number == 1
    assert card.day_limit == 24 * 7 and card.legal_basis is LegalBasis.SOL


@pytest.mark.parametrize(
    "req, code",
    [
        (request(birth="20110101"), "age_out_of_range"),
        (request(birth="20050101"), "age_out_of_range"),
        (request(birth="20080101", basis=LegalBasis.LVU_2), "lvu2_too_old"),
        (
            request(place=9, kind=PlaceKind.ACUTE, at=NOW.replace(hour=7, minute=30) - dt.timedelta(days=1)),
            "acute_outside_hours",
        ),
        (request(place=2, kind=PlaceKind.ACUTE), "acute_wrong_place"),
        (request(planned_end=NOW.date() + dt.timedelta(weeks=30)), "planned_end_out_of_range"),
        (request(birth="20100101", guardians=[]), "guardians_missing"),
        (request(at=NOW + dt.timedelta(days=2)), "admission_in_future"),
    ],
)
def test_each_admission_rule_is_refused_with_its_code(services, manager, req, code):
    with pytest.raises(ValidationError) as err:
        services.stays.admit(manager, req)
    assert code in codes(err)
    assert services.beds.board(manager)[0].state == "free"


def test_lvu2_age_of_17_is_fine(services, manager):
    services.stays.admit(manager, request(birth="20090101", basis=LegalBasis.LVU_2))


def test_manager_overrides_with_a_reason_and_it_is_audited(services, manager):
    with pytest.raises(ValidationError):
        services.stays.admit(manager, request(birth="20050101", overrides=Overrides({"age": "  "})))
    stay_id = services.stays.admit(
        manager, request(birth="20050101", overrides=Overrides({"age": "Socialtjänsten begär"}))
    )
    rows = services.audit.search(manager, AuditQuery(entity="placement", action="create"))
    assert rows[0].entity_id == str(stay_id) and rows[0].detail == "overrides=age"
    assert "Socialtjänsten" not in rows[0].detail  # the reason is kept on the stay, not in the log


def test_place_taken_and_already_placed(services, manager):
    services.stays.admit(manager, request())
    with pytest.raises(ValidationError) as err:
        services.stays.admit(manager, request(birth="20070101", serial=984))
    assert "place_occupied" in codes(err)
    with pytest.raises(ValidationError) as err:
        services.stays.admit(manager, request(place=3))
    assert "already_placed" in codes(err)


def test_extend_an_acute_stay_once(services, manager):
    stay_id = services.stays.admit(manager, request(place=9, kind=PlaceKind.ACUTE, at=NOW.replace(hour=9)))
    with pytest.raises(ValidationError) as err:
        services.stays.extend_acute(manager, stay_id, 5)
    assert codes(err) == ["extension_length"]
    assert services.stays.extend_acute(manager, stay_id, 10) == NOW.date() + dt.timedelta(days=24)
    with pytest.raises(ValidationError) as err:
        services.stays.extend_acute(manager, stay_id, 7)
    assert codes(err) == ["extension_again"]
    services.stays.extend_acute(manager, stay_id, 7, Overrides({"extension": "utredningen dröjer"}))
    card = next(c for c in services.beds.board(manager) if c.place_number == 9)
    assert card.planned_end == NOW.date() + dt.timedelta(days=31) and card.day_limit == 31


def test_ordinary_stays_are_not_extended(services, manager):
    stay_id = services.stays.admit(manager, request())
    with pytest.raises(ValidationError) as err:
        services.stays.extend_acute(manager, stay_id, 7)
    assert "extension_not_acute" in codes(err)
    services.stays.change_planned_end(manager, stay_id, NOW.date() + dt.timedelta(weeks=20))
    with pytest.raises(ValidationError) as err:
        services.stays.change_planned_end(manager, stay_id, NOW.date() + dt.timedelta(weeks=26))
    assert codes(err) == ["planned_end_out_of_range"]


def test_move_keeps_history(services, manager):
    stay_id = services.stays.admit(manager, request(at=NOW - dt.timedelta(days=10)))
    with pytest.raises(ValidationError) as err:
        services.stays.move(manager, stay_id, 2, "")
    assert codes(err) == ["reason_missing"]
    services.stays.admit(manager, request(birth="20070101", serial=984, place=3))
    with pytest.raises(ValidationError) as err:
        services.stays.move(manager, stay_id, 3, "bättre rum")
    assert codes(err) == ["place_taken"]
    services.stays.move(manager, stay_id, 2, "vattenskada i rum 1")
    board = {c.place_number: c for c in services.beds.board(manager)}
    assert board[1].state == "free" and board[2].stay_id == stay_id
    bars = [
        b
        for b in services.beds.timeline(manager, NOW.date() - dt.timedelta(days=20), NOW.date())
        if b.stay_id == stay_id
    ]
    assert [(b.place_number, b.end is None) for b in bars] == [(1, False), (2, True)]


def test_discharge_then_read_only(services, manager):
    stay_id = services.stays.admit(manager, request(at=NOW - dt.timedelta(days=3)))
    services.stays.settle_cost_split(manager, stay_id, "2081", NOW.date())
    with pytest.raises(ValidationError) as err:
        services.stays.discharge(
            manager, stay_id, NOW - dt.timedelta(days=5), DischargeReason.PLANNED, DischargeDestination.HOME
        )
    assert codes(err) == ["before_admission"]
    services.stays.discharge(
        manager, stay_id, NOW, DischargeReason.UNPLANNED, DischargeDestination.SIS, "Kontakt med SiS"
    )
    assert services.beds.board(manager)[0].state == "free"
    with pytest.raises(ValidationError) as err:
        services.stays.extend_acute(manager, stay_id, 7)
    assert codes(err) == ["stay_discharged"]
    services.stays.correct_discharge(manager, stay_id, NOW, DischargeReason.PLANNED, DischargeDestination.HOME)
    detail = services.residents.get_resident(manager, services.residents.list_residents(manager)[0].id)
    assert detail.stays[0].discharged_at == NOW


def test_only_the_manager_admits_and_changes_stays(services, manager):
    coordinator = add_actor(services, manager, Role.COORDINATOR)
    stay_id = services.stays.admit(manager, request())
    for call in (
        lambda: services.stays.admit(coordinator, request(place=2, birth="20070101", serial=984)),
        lambda: services.stays.move(coordinator, stay_id, 2, "x"),
        lambda: services.stays.discharge(coordinator, stay_id, NOW, DischargeReason.PLANNED, DischargeDestination.HOME),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_two_workstations_admit_to_one_place_at_the_same_moment(services, manager):
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def admit(birth: str, serial: int) -> None:
        barrier.wait(timeout=10)
        try:
            services.stays.admit(manager, request(birth=birth, serial=serial, place=4))
            outcomes.append("ok")
        except ValidationError as exc:
            outcomes.append(exc.problems[0].code)

    threads = [threading.Thread(target=admit, args=a) for a in (("20080101", 982), ("20070707", 984))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes) == ["ok", "place_occupied"]
    assert sum(c.state == "occupied" for c in services.beds.board(manager)) == 1


def test_a_planned_end_changed_from_an_older_board_is_refused(services, manager):
    """Two managers change one stay's planned end, each from what their board showed: the second was
    silently winning. Now it is refused, naming who changed the stay and when."""
    from hvbdesk.domain.errors import ConflictError

    services.users.add_account(manager, "chef2", Role.MANAGER, "correct-password-1")
    other = services.users.authenticate("chef2", "correct-password-1")
    stay_id = services.stays.admit(manager, request())
    seen = next(c for c in services.beds.board(manager) if c.stay_id == stay_id).stay_version
    services.stays.change_planned_end(manager, stay_id, NOW.date() + dt.timedelta(weeks=20), seen_version=seen)
    with pytest.raises(ConflictError) as err:
        services.stays.change_planned_end(other, stay_id, NOW.date() + dt.timedelta(weeks=18), seen_version=seen)
    assert err.value.code == "stale_stay" and err.value.values[0] == "chef"
    card = next(c for c in services.beds.board(manager) if c.stay_id == stay_id)
    assert card.planned_end == NOW.date() + dt.timedelta(weeks=20) and card.stay_version != seen


def test_a_name_with_a_line_break_is_refused_at_admission(services, manager):
    from dataclasses import replace

    from hvbdesk.domain.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        services.stays.admit(manager, replace(request(), first_name="Ebba\nAnna"))
    assert [(p.field, p.code) for p in err.value.problems] == [("first_name", "control_character")]
    assert services.residents.list_residents(manager) == []


def test_the_board_page_s_overview_is_one_read_with_one_line_in_the_log(services, manager):
    """The page used to make four calls (board, occupancy, watches, timeline), four transactions and three
    lines in the log for one look; the overview gives the same in one."""
    stay_id = services.stays.admit(manager, request(at=NOW - dt.timedelta(days=10), guardians=[]))
    first = NOW.date() - dt.timedelta(days=14)

    def logged():  # a search of the log is itself logged: leave those out
        return [r for r in services.audit.search(manager, AuditQuery()) if r.entity != "audit_entry"]

    before = len(logged())
    overview = services.beds.overview(manager, first, 98)
    after = logged()
    assert len(after) == before + 1 and after[0].action == "view"
    assert after[0].entity == "bed_board" and "timeline" in after[0].detail
    assert overview.cards == services.beds.board(manager)
    assert overview.watches == services.beds.watches(manager) and overview.watches  # a minor with no guardian
    assert overview.occupancy == services.beds.occupancy(manager)
    assert overview.timeline == services.beds.timeline(manager, first, first + dt.timedelta(days=97))
    assert any(b.stay_id == stay_id for b in overview.timeline)


def test_the_overview_for_counts_only_holds_no_names_and_no_timeline(services, manager):
    services.stays.admit(manager, request())
    counter = add_actor(services, manager, Role.STEERING_VIEWER)
    overview = services.beds.overview(counter, NOW.date(), 98)
    assert overview.timeline is None and overview.watches == []
    assert all(c.name == "" and c.stay_id is None for c in overview.cards)
    assert sum(c.state == "occupied" for c in overview.cards) == 1
