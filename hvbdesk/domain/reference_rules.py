"""What the manager may enter as reference data: membership periods and a year's population."""

from __future__ import annotations

import datetime as dt

from hvbdesk.domain.errors import FieldProblem, ValidationError

POPULATION_MAX = 10_000_000
FIRST_YEAR, LAST_YEAR = 1990, 2100


def check_membership(
    valid_from: dt.date, valid_to: dt.date | None, others: list[tuple[dt.date, dt.date | None]]
) -> None:
    """A period with its end on or after its start, overlapping no other period of the same municipality."""
    if valid_to is not None and valid_to < valid_from:
        raise ValidationError.single("valid_to", "is before the start of the membership", "date_order")
    far = dt.date.max
    for start, end in others:
        if valid_from <= (end or far) and start <= (valid_to or far):
            raise ValidationError.single(
                "valid_from",
                f"overlaps the membership {start.isoformat()}–{end.isoformat() if end else ''}",
                "membership_overlap",
                (start.isoformat(), end.isoformat() if end else "…"),
            )


def check_population(year: int, population: int, source: str) -> None:
    problems = []
    if not FIRST_YEAR <= year <= LAST_YEAR:
        problems.append(
            FieldProblem("year", f"is {FIRST_YEAR}–{LAST_YEAR}", code="year_range", args=(FIRST_YEAR, LAST_YEAR))
        )
    if not 1 <= population <= POPULATION_MAX:
        problems.append(FieldProblem("population", "is a whole number above 0", code="population_range"))
    if not source.strip():
        problems.append(FieldProblem("source", "say where the figure comes from (for example SCB)", code="required"))
    if problems:
        raise ValidationError(problems)
