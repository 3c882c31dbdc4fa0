"""Who may be admitted, and for how long. Shared by the admission dialog, the CLI and imports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hvbdesk.domain.enums import LegalBasis, PlaceKind
from hvbdesk.domain.errors import FieldProblem
from hvbdesk.domain.identity import age_on


@dataclass(frozen=True)
class StayLimits:
    """The numbers in force on the admission date (from settings)."""

    age_min: int
    age_max: int
    lvu2_age_max: int
    acute_days: int
    ordinary_default_weeks: int
    ordinary_min_weeks: int = 12
    ordinary_max_weeks: int = 24
    acute_extension_min_days: int = 7
    acute_extension_max_days: int = 14
    acute_hours_from: dt.time = dt.time(8)
    acute_hours_to: dt.time = dt.time(22)


def age_problems(birth_date: dt.date, admitted: dt.date, basis: LegalBasis, limits: StayLimits) -> list[FieldProblem]:
    age = age_on(birth_date, admitted)
    problems = []
    if not limits.age_min <= age <= limits.age_max:
        problems.append(
            FieldProblem(
                "personnummer",
                f"the young person is {age} at admission; "
                f"the home takes {limits.age_min} up to and including {limits.age_max}",
                code="age_out_of_range",
                args=(limits.age_min, limits.age_max),
            )
        )
    if basis is LegalBasis.LVU_2 and age > limits.lvu2_age_max:
        problems.append(
            FieldProblem(
                "legal_basis",
                f"LVU §2 applies only up to {limits.lvu2_age_max} years; the young person is {age}",
                code="lvu2_too_old",
                args=(limits.lvu2_age_max,),
            )
        )
    return problems


def planned_end(kind: PlaceKind, admitted: dt.date, limits: StayLimits) -> dt.date:
    if kind is PlaceKind.ACUTE:
        return admitted + dt.timedelta(days=limits.acute_days)
    return admitted + dt.timedelta(weeks=limits.ordinary_default_weeks)
