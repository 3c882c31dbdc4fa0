from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hvbdesk.domain.enums import LegalSex
from hvbdesk.domain.errors import ValidationError
from hvbdesk.domain.identity import age_on, parse_identity_number, with_check_digit


def test_personnummer_with_and_without_hyphen():
    a = parse_identity_number("20080101-9829")
    b = parse_identity_number("200801019829")
    assert a == b
    assert (a.birth_date, a.legal_sex, a.is_coordination_number) == (dt.date(2008, 1, 1), LegalSex.FEMALE, False)
    assert a.display == "20080101-9829"


def test_samordningsnummer_day_plus_sixty():
    number = with_check_digit("20080161981")
    ident = parse_identity_number(number)
    assert ident.is_coordination_number and ident.birth_date == dt.date(2008, 1, 1)
    assert ident.legal_sex is LegalSex.MALE


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "is empty"),
        ("080101-9829", "has 10 digits"),
        ("20080101-982X", "characters other than digits"),
        ("20080101-9828", "wrong check digit"),
        ("20081301-9829", "real date"),
        ("20080192-9829", "real date"),
    ],
)
def test_bad_numbers_name_the_reason(text, reason):
    with pytest.raises(ValidationError) as err:
        parse_identity_number(text)
    assert err.value.problems[0].field == "personnummer" and reason in err.value.problems[0].reason


@given(st.dates(dt.date(1990, 1, 1), dt.date(2020, 12, 31)), st.integers(0, 999), st.booleans())
def test_any_completed_number_parses_back(birth, serial, coordination):
    day = birth.day + (60 if coordination else 0)
    ident = parse_identity_number(with_check_digit(f"{birth:%Y%m}{day:02d}{serial:03d}"))
    assert ident.birth_date == birth and ident.is_coordination_number == coordination


def test_age_turns_on_the_birthday():
    birth = dt.date(2008, 3, 1)
    assert age_on(birth, dt.date(2026, 2, 28)) == 17
    assert age_on(birth, dt.date(2026, 3, 1)) == 18
