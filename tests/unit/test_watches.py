"""Each watch rule on hand-made stays; dates at and around each edge."""

from __future__ import annotations

import datetime as dt

import pytest

from hvbdesk.domain.care_days import care_days
from hvbdesk.domain.enums import LegalBasis, PlaceKind
from hvbdesk.domain.watches import StayFacts, WatchSettings, add_months, watches_for

TODAY = dt.date(2026, 6, 15)
S = WatchSettings.defaults()


def stay(
    kind=PlaceKind.ORDINARY,
    admitted=TODAY - dt.timedelta(days=30),
    planned_end=None,
    basis=LegalBasis.SOL,
    settled=TODAY,
    planned=False,
    birth=dt.date(2007, 1, 1),
    guardians=1,
) -> StayFacts:
    end = planned_end or admitted + dt.timedelta(weeks=16 if kind is PlaceKind.ORDINARY else 2)
    return StayFacts(
        1, 1, 1, kind, basis, dt.datetime.combine(admitted, dt.time(10)), end, None, planned, settled, birth, guardians
    )


def found(s) -> list[tuple[str, bool]]:
    return [(w.code, w.overdue) for w in watches_for([s], TODAY, S)]


def test_quiet_stay_has_no_watch():
    assert found(stay()) == []


@pytest.mark.parametrize(
    "days_left, expected",
    [(4, []), (3, [("acute_ending", False)]), (0, [("acute_ending", False)]), (-1, [("acute_ending", True)])],
)
def test_acute_ending(days_left, expected):
    s = stay(PlaceKind.ACUTE, admitted=TODAY - dt.timedelta(days=10), planned_end=TODAY + dt.timedelta(days=days_left))
    assert found(s) == expected


@pytest.mark.parametrize(
    "admitted, expected",
    [
        (TODAY - dt.timedelta(days=20), []),
        (add_months(TODAY, -1), [("cost_split_unsettled", False)]),
        (add_months(TODAY, -2), [("cost_split_unsettled", False)]),
        (add_months(TODAY, -2) - dt.timedelta(days=1), [("cost_split_unsettled", True)]),
    ],
)
def test_cost_split(admitted, expected):
    s = stay(PlaceKind.ACUTE, admitted=admitted, planned_end=TODAY + dt.timedelta(days=10), settled=None)
    assert found(s) == expected


def test_lvu_review_within_two_weeks_of_each_six_months():
    later = TODAY + dt.timedelta(days=60)
    assert found(
        stay(
            PlaceKind.ACUTE,
            basis=LegalBasis.LVU_3,
            planned_end=later,
            admitted=add_months(TODAY, -6) + dt.timedelta(days=10),
        )
    ) == [("lvu_review", False)]
    assert (
        found(
            stay(
                PlaceKind.ACUTE,
                basis=LegalBasis.LVU_3,
                planned_end=later,
                admitted=add_months(TODAY, -6) + dt.timedelta(days=20),
            )
        )
        == []
    )
    assert (
        found(
            stay(
                PlaceKind.ACUTE,
                basis=LegalBasis.SOL,
                planned_end=later,
                admitted=add_months(TODAY, -6) + dt.timedelta(days=10),
            )
        )
        == []
    )


def test_ordinary_past_24_weeks_and_planned_end_near():
    long = stay(admitted=TODAY - dt.timedelta(weeks=24, days=1), planned_end=TODAY + dt.timedelta(days=3))
    assert ("ordinary_over_max", True) in found(long) and ("planned_end_near", False) in found(long)
    assert (
        found(stay(admitted=TODAY - dt.timedelta(weeks=12), planned_end=TODAY + dt.timedelta(days=3), planned=True))
        == []
    )


def test_guardians_missing_only_under_18():
    assert found(stay(guardians=0, birth=dt.date(2009, 1, 1))) == [("guardians_missing", True)]
    assert found(stay(guardians=0, birth=dt.date(2007, 1, 1))) == []


def test_add_months_clamps_to_month_end():
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)


@pytest.mark.parametrize(
    "admitted, discharged, expected",
    [
        (dt.date(2026, 6, 1), dt.date(2026, 6, 1), 1),  # in and out the same date counts 1
        (dt.date(2026, 6, 1), dt.date(2026, 6, 3), 2),
        (dt.date(2026, 5, 20), None, 30),  # open: through the end of the period
        (dt.date(2026, 5, 20), dt.date(2026, 6, 10), 9),
        (dt.date(2026, 7, 1), None, 0),
    ],
)
def test_care_days_in_june(admitted, discharged, expected):
    assert care_days(admitted, discharged, dt.date(2026, 6, 1), dt.date(2026, 6, 30)) == expected


def test_every_number_a_watch_counts_with_is_a_setting_declared_once():
    """The acute warning (3 days), the LVU warning (14 days) and the planned-end warning (7 days) were
    numbers in the code; now every field is a setting, and the defaults are the settings' own."""
    import dataclasses

    from hvbdesk.domain.settings import SPEC_BY_KEY
    from hvbdesk.domain.watches import WATCH_SETTING_KEYS

    assert set(WATCH_SETTING_KEYS) == {f.name for f in dataclasses.fields(WatchSettings)}
    assert all(key in SPEC_BY_KEY for key in WATCH_SETTING_KEYS.values())
    assert (S.acute_warning_days, S.lvu_warning_days, S.planned_end_warning_days) == (3, 14, 7)
    five_days = dataclasses.replace(S, acute_warning_days=5)
    s = stay(PlaceKind.ACUTE, admitted=TODAY - dt.timedelta(days=10), planned_end=TODAY + dt.timedelta(days=4))
    assert found(s) == [] and [w.code for w in watches_for([s], TODAY, five_days)] == ["acute_ending"]


def test_the_roster_s_rules_and_weights_are_the_settings_too():
    import dataclasses

    from hvbdesk.domain.settings import SPEC_BY_KEY
    from hvbdesk.roster.home import ROSTER_RULE_KEYS, RosterRules, RosterWeights

    assert set(ROSTER_RULE_KEYS) == {f.name for f in dataclasses.fields(RosterRules)}
    rules, weights = RosterRules.defaults(), RosterWeights.defaults()
    for name, key in ROSTER_RULE_KEYS.items():
        assert getattr(rules, name) == SPEC_BY_KEY[key].default
    for field in dataclasses.fields(RosterWeights):
        assert getattr(weights, field.name) == SPEC_BY_KEY[f"roster.weight_{field.name}"].default
