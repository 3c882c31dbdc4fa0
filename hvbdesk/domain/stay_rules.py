"""The rules of admission, extension, moves and discharge, as plain functions of plain facts.

Each rule returns FieldProblems with a code; a rule that may be set aside names the override
that sets it aside. Only the manager may override, always with a reason, and it is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hvbdesk.domain.admission_rules import StayLimits, age_problems
from hvbdesk.domain.enums import LegalBasis, PlaceKind
from hvbdesk.domain.errors import FieldProblem
from hvbdesk.domain.identity import age_on

# code of the problem -> the override that may set it aside
OVERRIDABLE = {
    "age_out_of_range": "age",
    "acute_outside_hours": "acute_hours",
    "acute_wrong_place": "acute_place",
    "extension_again": "extension",
    "planned_end_out_of_range": "planned_end",
}


@dataclass(frozen=True)
class Overrides:
    """Reasons given for setting a rule aside, by override name (empty: not overridden)."""

    reasons: dict[str, str]

    @classmethod
    def none(cls) -> "Overrides":
        return cls({})

    def reason(self, name: str) -> str:
        return (self.reasons.get(name) or "").strip()


@dataclass(frozen=True)
class AdmissionFacts:
    birth_date: dt.date
    basis: LegalBasis
    kind: PlaceKind
    place_kind: PlaceKind
    admitted_at: dt.datetime
    planned_end: dt.date
    guardian_count: int


def admission_problems(f: AdmissionFacts, limits: StayLimits) -> list[FieldProblem]:
    problems = age_problems(f.birth_date, f.admitted_at.date(), f.basis, limits)
    if f.kind is PlaceKind.ACUTE:
        if not limits.acute_hours_from <= f.admitted_at.time() <= limits.acute_hours_to:
            problems.append(
                FieldProblem(
                    "admitted_at",
                    f"acute admissions are taken {limits.acute_hours_from:%H:%M}–{limits.acute_hours_to:%H:%M}",
                    code="acute_outside_hours",
                    args=(f"{limits.acute_hours_from:%H:%M}", f"{limits.acute_hours_to:%H:%M}"),
                )
            )
        if f.place_kind is not PlaceKind.ACUTE:
            problems.append(
                FieldProblem("place", "an acute admission goes to an acute place", code="acute_wrong_place")
            )
    problems += planned_end_problems(f.kind, f.admitted_at.date(), f.planned_end, limits)
    if age_on(f.birth_date, f.admitted_at.date()) < 18 and f.guardian_count == 0:
        problems.append(
            FieldProblem(
                "guardians", "a young person under 18 needs at least one guardian registered", code="guardians_missing"
            )
        )
    return problems


def planned_end_problems(
    kind: PlaceKind, admitted: dt.date, planned_end: dt.date, limits: StayLimits, extension_days: int = 0
) -> list[FieldProblem]:
    days = (planned_end - admitted).days
    if kind is PlaceKind.ACUTE:
        low, high = limits.acute_days, limits.acute_days + max(extension_days, 0)
        text = f"an acute stay is planned for {limits.acute_days} days" + (
            f" plus the extension of {extension_days} days" if extension_days else ""
        )
    else:
        low, high = limits.ordinary_min_weeks * 7, limits.ordinary_max_weeks * 7
        text = f"an ordinary stay is planned for {limits.ordinary_min_weeks}–{limits.ordinary_max_weeks} weeks"
    if not low <= days <= high:
        return [
            FieldProblem(
                "planned_end",
                text,
                code="planned_end_out_of_range",
                args=(limits.acute_days, limits.ordinary_min_weeks, limits.ordinary_max_weeks),
            )
        ]
    return []


def extension_problems(kind: PlaceKind, days: int, earlier_extensions: int, limits: StayLimits) -> list[FieldProblem]:
    problems = []
    if kind is not PlaceKind.ACUTE:
        problems.append(
            FieldProblem(
                "kind", "only acute stays are extended; change the planned end instead", code="extension_not_acute"
            )
        )
    if not limits.acute_extension_min_days <= days <= limits.acute_extension_max_days:
        problems.append(
            FieldProblem(
                "days",
                f"an extension is {limits.acute_extension_min_days}–{limits.acute_extension_max_days} days",
                code="extension_length",
                args=(limits.acute_extension_min_days, limits.acute_extension_max_days),
            )
        )
    if earlier_extensions >= 1:
        problems.append(FieldProblem("days", "an acute stay is extended at most once", code="extension_again"))
    return problems


def unresolved(
    problems: list[FieldProblem], overrides: Overrides, may_override: bool
) -> tuple[list[FieldProblem], list[str]]:
    """Problems left after overrides, and the overrides used (for the audit log and the stay's note)."""
    left, used = [], []
    for p in problems:
        name = OVERRIDABLE.get(p.code)
        if name and may_override and overrides.reason(name):
            used.append(name)
        else:
            left.append(p)
    return left, used
