"""Every rule number the home can change, declared once with its type and default.

The code holds the rule; the database holds the number, with validity dates (DESIGN principle 3).
Defaults are the values in DOMAIN.md, from the seeds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any, Callable, ClassVar, TypeVar

from hvbdesk.domain.errors import FieldProblem, ValidationError

SettingValue = int | str  # a number, or a clock time written HH:MM


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type  # int, or str for a clock time HH:MM
    default: SettingValue
    label_sv: str
    minimum: int = 0
    maximum: int = 1_000_000
    back_dated: bool = False  # reference data the reports count with: the manager may correct the past


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("stay.acute_days", int, 14, "Akutplacering, dagar", 1, 60),
    SettingSpec("stay.acute_extension_min_days", int, 7, "Förlängning av akutplacering, minst dagar", 1, 60),
    SettingSpec("stay.acute_extension_max_days", int, 14, "Förlängning av akutplacering, högst dagar", 1, 60),
    SettingSpec("stay.ordinary_min_weeks", int, 12, "Vårdtid, minst veckor", 1, 104),
    SettingSpec("stay.ordinary_max_weeks", int, 24, "Vårdtid, högst veckor", 1, 104),
    SettingSpec("stay.ordinary_default_weeks", int, 16, "Vårdtid, förval veckor", 1, 104),
    SettingSpec("admission.age_min", int, 16, "Lägsta ålder vid inskrivning", 0, 25),
    SettingSpec("admission.age_max", int, 20, "Högsta ålder vid inskrivning", 0, 25),
    SettingSpec("admission.lvu2_age_max", int, 17, "Högsta ålder, LVU §2", 0, 20),
    SettingSpec("admission.acute_hours_from", str, "08:00", "Akut inskrivning från klockan"),
    SettingSpec("admission.acute_hours_to", str, "22:00", "Akut inskrivning till klockan"),
    SettingSpec("acute.cost_split_warning_months", int, 1, "Kostnadsfördelning, påminnelse efter månader", 0, 24),
    SettingSpec("acute.cost_split_deadline_months", int, 2, "Kostnadsfördelning, senast efter månader", 1, 24),
    SettingSpec("followup.lvu_months", int, 6, "Övervägande/omprövning LVU, månader", 1, 24),
    SettingSpec("followup.lvu_warning_days", int, 14, "Övervägande/omprövning LVU, varning dagar före", 0, 90),
    SettingSpec("watch.acute_end_warning_days", int, 3, "Akutplacering slutar, varning dagar före", 0, 30),
    SettingSpec(
        "watch.planned_end_warning_days", int, 7, "Planerat slut utan planerad utskrivning, varning dagar före", 0, 60
    ),
    SettingSpec("fees.day_fee_member", int, 3470, "Dygnsavgift, samverkanskommun (kr)", 0, 100_000, True),
    SettingSpec("fees.day_fee_non_member", int, 4510, "Dygnsavgift, övriga kommuner (kr)", 0, 100_000, True),
    SettingSpec(
        "fees.day_fee_member_first_year",
        int,
        3700,
        "Dygnsavgift första verksamhetsåret, samverkanskommun (kr)",
        0,
        100_000,
        True,
    ),
    SettingSpec(
        "fees.day_fee_non_member_first_year",
        int,
        4810,
        "Dygnsavgift första verksamhetsåret, övriga kommuner (kr)",
        0,
        100_000,
        True,
    ),
    SettingSpec("budget.annual", int, 10_135_074, "Årsbudget (kr)", 0, 1_000_000_000, True),
    SettingSpec("security.idle_lock_minutes", int, 10, "Skärmlås efter minuters inaktivitet", 1, 120),
    SettingSpec("security.login_lock_failures", int, 10, "Kontot låses efter misslyckade inloggningar", 3, 100),
    SettingSpec("security.login_lock_minutes", int, 30, "Låst konto öppnas igen efter minuter", 1, 1440),
    SettingSpec("contact.primary_due_days", int, 2, "Kontaktperson utsedd senast, dagar efter inskrivning", 0, 60),
    SettingSpec("care_plan.social_due_days", int, 7, "Socialtjänstens vårdplan senast, dagar efter inskrivning", 0, 90),
    SettingSpec("plan.first_due_days", int, 14, "Första genomförandeplan senast, dagar efter inskrivning", 0, 90),
    SettingSpec("plan.followup_weeks", int, 4, "Uppföljning av genomförandeplan, minst var N:e vecka", 1, 52),
    SettingSpec("roster.daily_rest_hours", int, 11, "Dygnsvila, timmar", 1, 24),
    SettingSpec("roster.weekly_rest_hours", int, 36, "Veckovila, timmar", 1, 168),
    SettingSpec("roster.week_start_hour", int, 0, "Veckovilans veckor börjar, timmar efter måndag 00:00", 0, 167),
    SettingSpec("roster.full_time_week_hours", int, 40, "Heltid, timmar per vecka", 1, 60),
    SettingSpec("roster.max_consecutive_days", int, 5, "Högst arbetsdagar i rad", 1, 14),
    SettingSpec("roster.max_nights_in_a_row", int, 3, "Högst nätter i rad", 1, 14),
    SettingSpec("roster.weekends_every", int, 2, "Helgarbete högst var N:e helg", 1, 8),
    SettingSpec("roster.base_weeks", int, 6, "Grundschema, veckor", 1, 12),
    SettingSpec("roster.weight_under_minimum", int, 1000, "Schemavikt: pass under lägsta bemanning", 0, 100_000),
    SettingSpec("roster.weight_under_wished", int, 20, "Schemavikt: pass under önskad bemanning", 0, 100_000),
    SettingSpec("roster.weight_over_wished", int, 5, "Schemavikt: pass över önskad bemanning", 0, 100_000),
    SettingSpec("roster.weight_wish", int, 3, "Schemavikt: personalens önskemål", 0, 100_000),
    SettingSpec(
        "roster.weight_fairness", int, 1, "Schemavikt: jämn fördelning av kvällar, nätter och helger", 0, 100_000
    ),
    SettingSpec("roster.weight_under_target_hour", int, 2, "Schemavikt: timme under måltid", 0, 100_000),
)

SPEC_BY_KEY = {spec.key: spec for spec in SPECS}

# The home's start of operation: one date, not a rule number, so it is kept beside the settings with
# no validity of its own (the first-year fees apply for a year from it).
OPERATION_START_KEY = "home.operation_start"


# Pairs that must keep their order whatever is changed: (lower, higher, strictly lower).
ORDERED_PAIRS: tuple[tuple[str, str, bool], ...] = (
    ("stay.acute_extension_min_days", "stay.acute_extension_max_days", False),
    ("stay.ordinary_min_weeks", "stay.ordinary_default_weeks", False),
    ("stay.ordinary_default_weeks", "stay.ordinary_max_weeks", False),
    ("admission.age_min", "admission.age_max", False),
    ("admission.lvu2_age_max", "admission.age_max", False),
    ("admission.acute_hours_from", "admission.acute_hours_to", True),
    ("acute.cost_split_warning_months", "acute.cost_split_deadline_months", False),
)

_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def parse_value(key: str, text: str) -> SettingValue:
    return int(text) if SPEC_BY_KEY[key].kind is int else text


def checked_value(key: str, text: str) -> SettingValue:
    """The value typed for a setting, or a ValidationError naming what is wrong with it."""
    if key not in SPEC_BY_KEY:
        raise ValidationError.single("setting", f"{key!r} is not a setting", "setting_unknown")
    spec, text = SPEC_BY_KEY[key], text.strip()
    if spec.kind is str:
        if not _CLOCK.fullmatch(text):
            raise ValidationError.single("value", "is a time written HH:MM", "time")
        return text
    digits = re.sub(r"\s", "", text)  # "10 135 074", also with the no-break spaces Swedish documents use
    if not re.fullmatch(r"-?[0-9]+", digits):
        raise ValidationError.single("value", "is a whole number", "number")
    value = int(digits)
    if not spec.minimum <= value <= spec.maximum:
        raise ValidationError.single(
            "value", f"is {spec.minimum}–{spec.maximum}", "setting_range", (spec.minimum, spec.maximum)
        )
    return value


def _out_of_order(low: SettingValue, high: SettingValue, strict: bool) -> bool:
    if isinstance(low, int) and isinstance(high, int):
        return low >= high if strict else low > high
    a, b = str(low), str(high)  # clock times HH:MM compare as text
    return a >= b if strict else a > b


def order_problems(values: dict[str, SettingValue], changed: str, day: dt.date) -> list[FieldProblem]:
    """The ordered pairs that `changed` breaks among the values in force on `day`."""
    problems = []
    for low, high, strict in ORDERED_PAIRS:
        if changed not in (low, high):
            continue
        broken = _out_of_order(values[low], values[high], strict)
        if broken:
            other = high if changed == low else low
            word = ("below" if strict else "at most") if changed == low else ("above" if strict else "at least")
            problems.append(
                FieldProblem(
                    "value",
                    f"must be {word} {other} ({values[other]} on {day.isoformat()})",
                    code=f"setting_{'below' if changed == low else 'above'}{'' if strict else '_or_equal'}",
                    args=(SPEC_BY_KEY[other].label_sv, values[other], day.isoformat()),
                )
            )
    return problems


def default_number(key: str) -> int:
    """A number setting's default: for code that needs the rule before a database is there (tests, the
    benchmark's instances), from this one declaration."""
    value = SPEC_BY_KEY[key].default
    assert isinstance(value, int), key
    return value


S = TypeVar("S", bound="FromSettings")


class FromSettings:
    """A dataclass whose every field is a setting: `SETTING_KEYS` maps the field to its key, and the values
    come from the database (`from_settings`) or from the declarations above (`defaults`), never from
    numbers repeated in the class."""

    SETTING_KEYS: ClassVar[dict[str, str]]

    @classmethod
    def from_settings(cls: type[S], number: Callable[[str], int]) -> S:
        values: dict[str, Any] = {name: number(key) for name, key in cls.SETTING_KEYS.items()}
        return cls(**values)

    @classmethod
    def defaults(cls: type[S], **changed: Any) -> S:
        return replace(cls.from_settings(default_number), **changed)  # type: ignore[type-var]
