"""Changing a rule number from a date: checked, ordered against its partners, audited, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from hvbdesk.domain.errors import PermissionDenied, ValidationError
from hvbdesk.security.roles import Role
from hvbdesk.services.audit import AuditQuery
from tests.conftest import NOW, add_actor

TODAY = NOW.date()


def problem(excinfo) -> tuple[str, str, tuple]:
    p = excinfo.value.problems[0]
    return p.field, p.code, p.args


def test_a_change_applies_from_its_date_and_the_old_value_before(services, manager):
    day = TODAY + dt.timedelta(days=10)
    services.settings.change(manager, "roster.max_nights_in_a_row", " 2 ", day)
    value = services.settings.value
    assert value("roster.max_nights_in_a_row", day - dt.timedelta(days=1)) == 3
    assert value("roster.max_nights_in_a_row", day) == 2
    assert services.roster_setup.setup_on(manager, day).rules.max_nights_in_a_row == 2
    assert services.roster_setup.setup_on(manager, TODAY).rules.max_nights_in_a_row == 3
    now = {s.key: s for s in services.settings.overview(manager)}["roster.max_nights_in_a_row"]
    assert (now.value, now.planned, now.minimum, now.maximum) == ("3", ((day, "2"),), 1, 14)
    history = services.settings.history(manager, "roster.max_nights_in_a_row")
    assert [(r.value, r.valid_to) for r in history] == [("3", day - dt.timedelta(days=1)), ("2", None)]
    row = services.audit.search(manager, AuditQuery(action="update"))[0]
    assert (row.entity, row.detail) == ("setting", f"roster.max_nights_in_a_row=2 from {day.isoformat()} (was 3)")


def test_the_overview_lists_every_setting_with_its_value_today(services, manager):
    rows = services.settings.overview(manager)
    keys = [r.key for r in rows]
    assert len(keys) == len(set(keys)) and "roster.weight_fairness" in keys
    hours = next(r for r in rows if r.key == "admission.acute_hours_from")
    assert (hours.value, hours.minimum, hours.planned) == ("08:00", None, ())


def test_a_change_from_an_earlier_date_replaces_what_was_planned_after_it(services, manager):
    later, sooner = TODAY + dt.timedelta(days=60), TODAY + dt.timedelta(days=30)
    services.settings.change(manager, "budget.annual", "11000000", later)
    services.settings.change(manager, "budget.annual", "10500000", sooner)
    assert services.settings.value("budget.annual", later + dt.timedelta(days=5)) == 10_500_000
    assert [r.valid_from for r in services.settings.history(manager, "budget.annual")][-1] == sooner
    detail = services.audit.search(manager, AuditQuery(action="update"))[0].detail
    assert detail.endswith(f"replaces 11000000 from {later.isoformat()}")


@pytest.mark.parametrize(
    "key, text, code, args",
    [
        ("roster.max_consecutive_days", "fem", "number", ()),
        ("roster.max_consecutive_days", "", "number", ()),
        ("roster.max_consecutive_days", "15", "setting_range", (1, 14)),
        ("roster.weight_wish", "-1", "setting_range", (0, 100_000)),
        ("admission.acute_hours_to", "24:00", "time", ()),
        ("admission.acute_hours_to", "7:00", "time", ()),
    ],
)
def test_a_bad_value_is_named_and_nothing_is_stored(services, manager, key, text, code, args):
    before = services.settings.history(manager, key)
    with pytest.raises(ValidationError) as excinfo:
        services.settings.change(manager, key, text, TODAY)
    assert problem(excinfo) == ("value", code, args)
    assert services.settings.history(manager, key) == before


def test_an_unknown_setting_is_named(services, manager):
    for call in (
        lambda: services.settings.change(manager, "roster.coffee_breaks", "2", TODAY),
        lambda: services.settings.history(manager, "roster.coffee_breaks"),
    ):
        with pytest.raises(ValidationError) as excinfo:
            call()
        assert problem(excinfo)[:2] == ("setting", "setting_unknown")


def test_a_date_in_the_past_is_refused(services, manager):
    with pytest.raises(ValidationError) as excinfo:
        services.settings.change(manager, "stay.acute_days", "10", TODAY - dt.timedelta(days=1))
    assert problem(excinfo)[:2] == ("valid_from", "setting_past")
    services.settings.change(manager, "stay.acute_days", "10", TODAY)
    assert services.settings.value("stay.acute_days", TODAY) == 10


def test_partners_keep_their_order_also_against_changes_planned_later(services, manager):
    with pytest.raises(ValidationError) as excinfo:
        services.settings.change(manager, "admission.age_min", "21", TODAY)
    assert problem(excinfo) == (
        "value",
        "setting_below_or_equal",
        ("Högsta ålder vid inskrivning", 20, TODAY.isoformat()),
    )
    with pytest.raises(ValidationError) as excinfo:
        services.settings.change(manager, "admission.acute_hours_to", "08:00", TODAY)
    assert problem(excinfo)[1] == "setting_above"
    later = TODAY + dt.timedelta(days=90)
    services.settings.change(manager, "admission.age_max", "18", later)
    services.settings.change(manager, "admission.age_min", "17", TODAY)  # holds on both days
    with pytest.raises(ValidationError) as excinfo:
        services.settings.change(manager, "admission.age_min", "19", TODAY + dt.timedelta(days=1))
    assert problem(excinfo)[2] == ("Högsta ålder vid inskrivning", 18, later.isoformat())
    assert services.settings.value("admission.age_min", later) == 17


def test_only_the_manager_changes_settings(services, manager):
    lead = add_actor(services, manager, Role.TREATMENT_LEAD)
    with pytest.raises(PermissionDenied):
        services.settings.change(lead, "stay.acute_days", "10", TODAY)
    assert services.settings.value("stay.acute_days", TODAY) == 14


def test_a_changed_age_limit_is_the_rule_and_the_number_in_its_message(services, manager):
    from tests.services.test_stays import request

    services.settings.change(manager, "admission.age_max", "17", TODAY)
    with pytest.raises(ValidationError) as excinfo:
        services.stays.admit(manager, request(birth="20080101", at=NOW - dt.timedelta(minutes=5)))
    p = excinfo.value.problems[0]
    assert (p.code, p.args) == ("age_out_of_range", (16, 17))


def test_a_number_pasted_with_thousands_spaces_is_read(services, manager):
    services.settings.change(manager, "budget.annual", "10\u00a0500\u202f000", TODAY)
    assert services.settings.value("budget.annual", TODAY) == 10_500_000
