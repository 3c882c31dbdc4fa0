"""Every rule number the home can change, declared once with its type and default.

The code holds the rule; the database holds the number, with validity dates (DESIGN principle 3).
Defaults are the values in DOMAIN.md, from the seeds.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type
    default: object
    label_sv: str


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("stay.acute_days", int, 14, "Akutplacering, dagar"),
    SettingSpec("stay.acute_extension_min_days", int, 7, "Förlängning av akutplacering, minst dagar"),
    SettingSpec("stay.acute_extension_max_days", int, 14, "Förlängning av akutplacering, högst dagar"),
    SettingSpec("stay.ordinary_min_weeks", int, 12, "Vårdtid, minst veckor"),
    SettingSpec("stay.ordinary_max_weeks", int, 24, "Vårdtid, högst veckor"),
    SettingSpec("stay.ordinary_default_weeks", int, 16, "Vårdtid, förval veckor"),
    SettingSpec("admission.age_min", int, 16, "Lägsta ålder vid inskrivning"),
    SettingSpec("admission.age_max", int, 20, "Högsta ålder vid inskrivning"),
    SettingSpec("admission.lvu2_age_max", int, 17, "Högsta ålder, LVU §2"),
    SettingSpec("admission.acute_hours_from", str, "08:00", "Akut inskrivning från klockan"),
    SettingSpec("admission.acute_hours_to", str, "22:00", "Akut inskrivning till klockan"),
    SettingSpec("acute.cost_split_warning_months", int, 1, "Kostnadsfördelning, påminnelse efter månader"),
    SettingSpec("acute.cost_split_deadline_months", int, 2, "Kostnadsfördelning, senast efter månader"),
    SettingSpec("followup.lvu_months", int, 6, "Övervägande/omprövning LVU, månader"),
    SettingSpec("fees.day_fee_member", int, 3470, "Dygnsavgift, samverkanskommun (kr)"),
    SettingSpec("fees.day_fee_non_member", int, 4510, "Dygnsavgift, övriga kommuner (kr)"),
    SettingSpec("budget.annual", int, 10_135_074, "Årsbudget (kr)"),
    SettingSpec("security.idle_lock_minutes", int, 10, "Skärmlås efter minuters inaktivitet"),
    SettingSpec("contact.primary_due_days", int, 2, "Kontaktperson utsedd senast, dagar efter inskrivning"),
    SettingSpec("care_plan.social_due_days", int, 7, "Socialtjänstens vårdplan senast, dagar efter inskrivning"),
    SettingSpec("plan.first_due_days", int, 14, "Första genomförandeplan senast, dagar efter inskrivning"),
    SettingSpec("plan.followup_weeks", int, 4, "Uppföljning av genomförandeplan, minst var N:e vecka"),
    SettingSpec("roster.daily_rest_hours", int, 11, "Dygnsvila, timmar"),
    SettingSpec("roster.weekly_rest_hours", int, 36, "Veckovila, timmar"),
    SettingSpec("roster.full_time_week_hours", int, 40, "Heltid, timmar per vecka"),
    SettingSpec("roster.max_consecutive_days", int, 5, "Högst arbetsdagar i rad"),
    SettingSpec("roster.max_nights_in_a_row", int, 3, "Högst nätter i rad"),
    SettingSpec("roster.weekends_every", int, 2, "Helgarbete högst var N:e helg"),
    SettingSpec("roster.base_weeks", int, 6, "Grundschema, veckor"),
    SettingSpec("roster.weight_under_minimum", int, 1000, "Schemavikt: pass under lägsta bemanning"),
    SettingSpec("roster.weight_under_wished", int, 20, "Schemavikt: pass under önskad bemanning"),
    SettingSpec("roster.weight_over_wished", int, 5, "Schemavikt: pass över önskad bemanning"),
    SettingSpec("roster.weight_wish", int, 3, "Schemavikt: personalens önskemål"),
    SettingSpec("roster.weight_fairness", int, 1, "Schemavikt: jämn fördelning av kvällar, nätter och helger"),
    SettingSpec("roster.weight_under_target_hour", int, 2, "Schemavikt: timme under måltid"),
)

SPEC_BY_KEY = {spec.key: spec for spec in SPECS}

# The seeds give a higher fee in the first year of operation.
FIRST_YEAR_OVERRIDES = {"fees.day_fee_member": 3700, "fees.day_fee_non_member": 4810}


def parse_value(key: str, text: str) -> object:
    spec = SPEC_BY_KEY[key]
    return spec.kind(text)
