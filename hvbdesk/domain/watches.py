"""Watches (bevakningar): deadlines the home must not miss, computed from the facts each time.

One mechanism: a watch rule is a function from a stay's facts and the day to zero or more
Watches. Later areas add their own rules with `register` (a plan not written, consent expiring)
and the "Att göra" panel and the bed board's badges show them all alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable

from hvbdesk.domain.consent import ConsentFacts
from hvbdesk.domain.enums import LegalBasis, PlaceKind
from hvbdesk.domain.identity import age_on
from hvbdesk.domain.settings import FromSettings


@dataclass(frozen=True)
class WatchSettings(FromSettings):
    """The numbers the watches count with, each a setting (domain/settings.py declares its default)."""

    acute_warning_days: int
    cost_split_warning_months: int
    cost_split_deadline_months: int
    lvu_review_months: int
    lvu_warning_days: int
    ordinary_max_weeks: int
    planned_end_warning_days: int
    primary_contact_due_days: int
    social_care_plan_due_days: int
    first_plan_due_days: int
    plan_followup_weeks: int


WATCH_SETTING_KEYS = {
    "acute_warning_days": "watch.acute_end_warning_days",
    "cost_split_warning_months": "acute.cost_split_warning_months",
    "cost_split_deadline_months": "acute.cost_split_deadline_months",
    "lvu_review_months": "followup.lvu_months",
    "lvu_warning_days": "followup.lvu_warning_days",
    "ordinary_max_weeks": "stay.ordinary_max_weeks",
    "planned_end_warning_days": "watch.planned_end_warning_days",
    "primary_contact_due_days": "contact.primary_due_days",
    "social_care_plan_due_days": "care_plan.social_due_days",
    "first_plan_due_days": "plan.first_due_days",
    "plan_followup_weeks": "plan.followup_weeks",
}
WatchSettings.SETTING_KEYS = WATCH_SETTING_KEYS


@dataclass(frozen=True)
class StayFacts:
    stay_id: int
    resident_id: int
    place_number: int
    kind: PlaceKind
    legal_basis: LegalBasis
    admitted_at: dt.datetime
    planned_end: dt.date
    discharged_at: dt.datetime | None
    discharge_planned: bool
    cost_split_settled_on: dt.date | None
    birth_date: dt.date
    guardian_count: int
    # Facts the plans and contact persons add; None where the caller did not look them up.
    has_primary_contact: bool | None = None
    has_social_care_plan: bool | None = None
    plan_established_on: dt.date | None = None  # the first established version
    last_plan_review: dt.date | None = None  # the latest establishment or follow-up
    # SIP work; sip_looked False where the caller did not look it up.
    sip_looked: bool = False
    consent: ConsentFacts | None = None  # the newest consent
    sip_started_on: dt.date | None = None  # a SIP in progress, else None
    sip_follow_ups: tuple[dt.date, ...] = ()  # the actions' next follow-up dates
    sip_next_meeting: dt.date | None = None


@dataclass(frozen=True)
class Watch:
    code: str
    overdue: bool  # False: coming up; True: the date has passed
    due: dt.date
    stay_id: int
    resident_id: int
    place_number: int
    params: dict = field(default_factory=dict, compare=False, hash=False)


WatchRule = Callable[[StayFacts, dt.date, WatchSettings], Iterable[Watch]]
_RULES: list[WatchRule] = []


def register(rule: WatchRule) -> WatchRule:
    _RULES.append(rule)
    return rule


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _watch(code: str, s: StayFacts, due: dt.date, overdue: bool, **params) -> Watch:
    return Watch(code, overdue, due, s.stay_id, s.resident_id, s.place_number, params)


@register
def acute_ending(s: StayFacts, today: dt.date, c: WatchSettings):
    if s.kind is PlaceKind.ACUTE and (s.planned_end - today).days <= c.acute_warning_days:
        yield _watch("acute_ending", s, s.planned_end, today > s.planned_end)


@register
def cost_split_unsettled(s: StayFacts, today: dt.date, c: WatchSettings):
    if s.kind is PlaceKind.ACUTE and s.cost_split_settled_on is None:
        admitted = s.admitted_at.date()
        warn, deadline = (
            add_months(admitted, c.cost_split_warning_months),
            add_months(admitted, c.cost_split_deadline_months),
        )
        if today >= warn:
            yield _watch("cost_split_unsettled", s, deadline, today > deadline)


@register
def lvu_review(s: StayFacts, today: dt.date, c: WatchSettings):
    if s.legal_basis not in (LegalBasis.LVU_2, LegalBasis.LVU_3):
        return
    admitted, n = s.admitted_at.date(), 1
    while add_months(admitted, c.lvu_review_months * n) < today:
        n += 1
    due = add_months(admitted, c.lvu_review_months * n)
    if (due - today).days <= c.lvu_warning_days:
        yield _watch("lvu_review", s, due, False, basis=s.legal_basis.value)


@register
def ordinary_over_max(s: StayFacts, today: dt.date, c: WatchSettings):
    if s.kind is PlaceKind.ORDINARY:
        limit = s.admitted_at.date() + dt.timedelta(weeks=c.ordinary_max_weeks)
        if (limit - today).days <= c.planned_end_warning_days:
            yield _watch("ordinary_over_max", s, limit, today > limit, weeks=c.ordinary_max_weeks)


@register
def planned_end_near(s: StayFacts, today: dt.date, c: WatchSettings):
    if (
        s.kind is PlaceKind.ORDINARY
        and not s.discharge_planned
        and (s.planned_end - today).days <= c.planned_end_warning_days
    ):
        yield _watch("planned_end_near", s, s.planned_end, today > s.planned_end)


@register
def guardians_missing(s: StayFacts, today: dt.date, c: WatchSettings):
    if s.guardian_count == 0 and age_on(s.birth_date, today) < 18:
        yield _watch("guardians_missing", s, s.admitted_at.date(), True)


def watches_for(stays: Iterable[StayFacts], today: dt.date, settings: WatchSettings) -> list[Watch]:
    """Every watch of every open stay, overdue first, then by date."""
    found = [w for s in stays if s.discharged_at is None for rule in _RULES for w in rule(s, today, settings)]
    return sorted(found, key=lambda w: (not w.overdue, w.due, w.place_number, w.code))
