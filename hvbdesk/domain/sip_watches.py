"""Watches of SIP work (issue 12): the consent (expiring, expired, revoked, incomplete, missing for a SIP
in progress, the guardians' consent about to end at 18) and the SIP's follow-up."""

from __future__ import annotations

import datetime as dt

from hvbdesk.domain import consent as consent_rules
from hvbdesk.domain.watches import StayFacts, WatchSettings, _watch, register

_OVERDUE = {
    "consent_expiring": False,
    "consent_turns_18": False,
}


@register
def consent_watches(s: StayFacts, today: dt.date, c: WatchSettings):
    if not s.sip_looked:
        return
    facts = s.consent
    for code, when in consent_rules.watches(facts, s.birth_date, today, s.sip_started_on is not None):
        due = when or (facts.given_on if facts is not None else s.sip_started_on) or today
        yield _watch(code, s, due, _OVERDUE.get(code, True))


@register
def sip_follow_up(s: StayFacts, today: dt.date, c: WatchSettings):
    if not s.sip_looked or s.sip_started_on is None:
        return
    passed = sorted(d for d in s.sip_follow_ups if d < today)
    if passed:
        yield _watch("sip_follow_up_passed", s, passed[0], True)
    upcoming = [d for d in s.sip_follow_ups if d >= today]
    if not upcoming and (s.sip_next_meeting is None or s.sip_next_meeting < today):
        yield _watch("sip_no_follow_up", s, s.sip_started_on, True)
