"""Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer).

The check digit and date rules come from python-stdnum; a samordningsnummer is a personnummer
whose day of birth has 60 added, so it is validated on the same digits with the day moved back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from stdnum import luhn
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.se import personnummer as stdnum_pnr

from hvbdesk.domain.enums import LegalSex
from hvbdesk.domain.errors import ValidationError

COORDINATION_DAY_OFFSET = 60


@dataclass(frozen=True)
class IdentityNumber:
    """A validated identity number kept in its 12-digit form (YYYYMMDDNNNC)."""

    digits: str
    birth_date: dt.date
    legal_sex: LegalSex
    is_coordination_number: bool

    @property
    def display(self) -> str:
        return f"{self.digits[:8]}-{self.digits[8:]}"

    def age_on(self, day: dt.date) -> int:
        return age_on(self.birth_date, day)


def age_on(birth_date: dt.date, day: dt.date) -> int:
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def parse_identity_number(text: str, field: str = "personnummer") -> IdentityNumber:
    """Parse a 12-digit number, hyphen optional. Raises ValidationError naming the field."""
    raw = (text or "").strip().replace(" ", "")
    if not raw:
        raise ValidationError.single(field, "is empty", "pnr_empty")
    compact = raw.replace("-", "").replace("+", "")
    if not compact.isdigit():
        raise ValidationError.single(
            field, f"'{text}' holds characters other than digits and a hyphen", "pnr_characters"
        )
    if len(compact) != 12:
        raise ValidationError.single(
            field, f"'{text}' has {len(compact)} digits; write all 12 (YYYYMMDD-NNNN)", "pnr_length"
        )
    day = int(compact[6:8])
    coordination = day > COORDINATION_DAY_OFFSET
    birth_digits = compact[:6] + f"{day - COORDINATION_DAY_OFFSET:02d}" + compact[8:] if coordination else compact
    try:
        birth_date = dt.date(int(birth_digits[:4]), int(birth_digits[4:6]), int(birth_digits[6:8]))
    except ValueError:
        raise ValidationError.single(field, f"'{text}' does not start with a real date", "pnr_date") from None
    try:
        if coordination:
            luhn.validate(compact[2:])
        else:
            stdnum_pnr.validate(compact)
    except StdnumError:
        raise ValidationError.single(field, f"'{text}' has a wrong check digit", "pnr_check_digit") from None
    sex = LegalSex.MALE if int(compact[10]) % 2 else LegalSex.FEMALE
    return IdentityNumber(compact, birth_date, sex, coordination)


def with_check_digit(first_eleven: str) -> str:
    """Complete YYYYMMDDNNN with its check digit (used for fictional demo numbers)."""
    return first_eleven + luhn.calc_check_digit(first_eleven[2:])


def initials(first: str, last: str) -> str:
    """What a screen shows of a name where the whole name is not needed: "ES" for Ebba Strand."""
    return f"{first[:1]}{last[:1]}".upper()
