"""Watches of the treatment work (issue 4): contact person, received care plan, implementation plan."""

from __future__ import annotations

import datetime as dt

from hvbdesk.domain.watches import StayFacts, WatchSettings, _watch, register


@register
def primary_contact_missing(s: StayFacts, today: dt.date, c: WatchSettings):
    due = s.admitted_at.date() + dt.timedelta(days=c.primary_contact_due_days)
    if s.has_primary_contact is False and today >= due:
        yield _watch("primary_contact_missing", s, due, True)


@register
def social_care_plan_missing(s: StayFacts, today: dt.date, c: WatchSettings):
    due = s.admitted_at.date() + dt.timedelta(days=c.social_care_plan_due_days)
    if s.has_social_care_plan is False and today >= due:
        yield _watch("social_care_plan_missing", s, due, True)


@register
def implementation_plan_due(s: StayFacts, today: dt.date, c: WatchSettings):
    if s.plan_established_on is not None or s.last_plan_review is not None:
        return
    if s.has_primary_contact is None:  # the caller did not look at plans at all
        return
    due = s.admitted_at.date() + dt.timedelta(days=c.first_plan_due_days)
    if (due - today).days <= 3:
        yield _watch("implementation_plan_due", s, due, today > due)


@register
def plan_followup_due(s: StayFacts, today: dt.date, c: WatchSettings):
    if s.last_plan_review is None:
        return
    due = s.last_plan_review + dt.timedelta(weeks=c.plan_followup_weeks)
    if (due - today).days <= 3:
        yield _watch("plan_followup_due", s, due, today > due)
