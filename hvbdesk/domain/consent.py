"""Consent for SIP work and for sharing information, as the regional agreement has it.

A consent is never general: it names the actors who may take part and the kinds of information that may
be shared, and what the young person chose to keep out. It is valid at most one year from the day it was
given and can be revoked at any time, with effect from that day. Under 18 the guardians registered on the
young person give it, all of them (both when there are two); the young person's own view is recorded
too. From the 18th birthday only the young person's own consent carries.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from hvbdesk.domain.errors import FieldProblem
from hvbdesk.domain.sip_terms import ConsentHow, GiverKind, InformationKind, Organisation

EXPIRY_WARNING_DAYS = 30
ADULT_AGE = 18


@dataclass(frozen=True)
class Giver:
    kind: GiverKind
    guardian_id: int | None  # which registered guardian; None for the young person
    how: ConsentHow
    heard_by: str  # oral or otherwise shown: who heard or saw it
    on: dt.date


@dataclass(frozen=True)
class ActorScope:
    organisation: Organisation
    organisation_name: str = ""  # the name of an OTHER organisation ("Polisen")
    person: str = ""  # a named person only; empty: anyone from the organisation

    def covers(self, organisation: Organisation, organisation_name: str, person: str) -> bool:
        if organisation is not self.organisation:
            return False
        if organisation is Organisation.OTHER and _fold(organisation_name) != _fold(self.organisation_name):
            return False
        return not self.person or _fold(person) == _fold(self.person)


@dataclass(frozen=True)
class ConsentFacts:
    given_on: dt.date
    valid_until: dt.date
    givers: tuple[Giver, ...]
    actors: tuple[ActorScope, ...]
    information: frozenset[InformationKind]
    exclusions: tuple[str, ...] = ()  # what the young person chose to keep out, in their words
    revoked_on: dt.date | None = None
    guardian_ids: frozenset[int] = field(default_factory=frozenset)  # registered on the young person


class ConsentState(str, enum.Enum):
    VALID = "valid"
    EXPIRING = "expiring"  # valid, ends within EXPIRY_WARNING_DAYS
    INCOMPLETE = "incomplete"  # a guardian (or, from 18, the young person) has not consented
    NOT_YET = "not_yet"
    EXPIRED = "expired"
    REVOKED = "revoked"
    ENDED_AT_18 = "ended_at_18"  # given by guardians only; the young person is now of age

    @property
    def in_force(self) -> bool:
        return self in (ConsentState.VALID, ConsentState.EXPIRING)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def latest_end(given_on: dt.date) -> dt.date:
    """The last day a consent given on `given_on` can be valid: one year on."""
    return add_years(given_on, 1)


def of_age_on(birth_date: dt.date) -> dt.date:
    return add_years(birth_date, ADULT_AGE)


@dataclass(frozen=True)
class Missing:
    """Who still has to consent for a consent to be in force on a day."""

    young_person: bool  # of age, and the young person has not consented
    guardians: frozenset[int]  # under 18: registered guardians who have not
    no_guardian: bool  # under 18 and no guardian registered on the young person

    def __bool__(self) -> bool:
        return self.young_person or bool(self.guardians) or self.no_guardian


def missing_givers(facts: ConsentFacts, birth_date: dt.date, day: dt.date) -> Missing:
    if day >= of_age_on(birth_date):
        own = any(g.kind is GiverKind.YOUNG_PERSON for g in facts.givers)
        return Missing(not own, frozenset(), False)
    given = {g.guardian_id for g in facts.givers if g.kind is GiverKind.GUARDIAN}
    return Missing(False, frozenset(facts.guardian_ids) - given, not facts.guardian_ids)


def state_on(facts: ConsentFacts, birth_date: dt.date, day: dt.date) -> ConsentState:
    if facts.revoked_on is not None and day >= facts.revoked_on:
        return ConsentState.REVOKED
    if day < facts.given_on:
        return ConsentState.NOT_YET
    if day > facts.valid_until:
        return ConsentState.EXPIRED
    missing = missing_givers(facts, birth_date, day)
    if missing.young_person and facts.given_on < of_age_on(birth_date):
        return ConsentState.ENDED_AT_18  # the guardians' consent does not carry past the 18th birthday
    if missing:
        return ConsentState.INCOMPLETE
    if (facts.valid_until - day).days < EXPIRY_WARNING_DAYS:
        return ConsentState.EXPIRING
    return ConsentState.VALID


def registration_problems(facts: ConsentFacts, birth_date: dt.date, today: dt.date) -> list[FieldProblem]:
    """What makes a consent impossible to register as typed; an incomplete one (a guardian still to sign)
    can be registered and is completed later."""
    problems = []
    if facts.given_on > today:
        problems.append(FieldProblem("given_on", "is in the future", code="date_in_future"))
    latest = latest_end(facts.given_on)
    if facts.valid_until < facts.given_on:
        problems.append(FieldProblem("valid_until", "is before the day the consent was given", code="date_order"))
    elif facts.valid_until > latest:
        problems.append(
            FieldProblem(
                "valid_until",
                f"a consent is valid at most one year: until {latest.isoformat()} at the latest",
                code="consent_too_long",
                args=(latest.isoformat(),),
            )
        )
    if not facts.actors:
        problems.append(
            FieldProblem("actors", "a consent is never general: name who may take part", code="consent_no_actor")
        )
    if not facts.information:
        problems.append(
            FieldProblem(
                "information", "a consent is never general: name what may be shared", code="consent_no_information"
            )
        )
    if not facts.givers:
        problems.append(FieldProblem("givers", "say who gave the consent", code="consent_no_giver"))
    for g in facts.givers:
        if g.how is not ConsentHow.WRITTEN and not g.heard_by.strip():
            problems.append(
                FieldProblem("heard_by", "an oral consent records who heard it", code="consent_oral_unrecorded")
            )
        if g.kind is GiverKind.GUARDIAN and g.on >= of_age_on(birth_date):
            problems.append(
                FieldProblem(
                    "givers", "the young person is of age: the consent is their own", code="consent_guardian_adult"
                )
            )
        if g.kind is GiverKind.GUARDIAN and g.guardian_id not in facts.guardian_ids:
            problems.append(FieldProblem("givers", "is not a registered guardian", code="consent_guardian_unknown"))
    return problems


def other_unnamed(field: str, organisation: Organisation, name: str) -> list[FieldProblem]:
    """An "other" organisation (the police, a voluntary organisation) is only ever named, never general."""
    if organisation is Organisation.OTHER and not name.strip():
        return [FieldProblem(field, "name the other organisation", code="consent_other_unnamed")]
    return []


@dataclass(frozen=True)
class Refusal:
    """Why something may not be shared or someone may not take part: a reason, its code and values."""

    reason: str
    code: str
    args: tuple = ()


def sharing_refusal(
    facts: ConsentFacts | None,
    birth_date: dt.date,
    day: dt.date,
    organisation: Organisation,
    organisation_name: str = "",
    person: str = "",
    information: InformationKind | None = None,
) -> Refusal | None:
    """None when the consent lets `organisation` (and `person`) take part and receive `information` on
    `day`; else why not. Anything the consent does not name is not shared."""
    if facts is None:
        return Refusal("there is no consent", "consent_missing")
    state = state_on(facts, birth_date, day)
    if not state.in_force:
        when = {
            ConsentState.REVOKED: facts.revoked_on,
            ConsentState.EXPIRED: facts.valid_until,
            ConsentState.NOT_YET: facts.given_on,
            ConsentState.ENDED_AT_18: of_age_on(birth_date),
        }.get(state)
        return Refusal(f"the consent is {state.value}", f"consent_{state.value}", (when.isoformat() if when else "",))
    if not any(a.covers(organisation, organisation_name, person) for a in facts.actors):
        who = organisation_name if organisation is Organisation.OTHER else organisation.value
        # The person is named only when the organisation is in the consent for other persons.
        in_part = any(a.covers(organisation, organisation_name, a.person) for a in facts.actors)
        return Refusal(f"the consent does not include {who}", "consent_actor_missing", (who, person if in_part else ""))
    if information is not None and information not in facts.information:
        return Refusal(
            f"the consent does not include {information.value}", "consent_information_missing", (information.value,)
        )
    return None


def watches(
    facts: ConsentFacts | None, birth_date: dt.date, today: dt.date, sip_in_progress: bool
) -> list[tuple[str, dt.date | None]]:
    """(code, date) of what needs doing about a young person's current consent (the newest one)."""
    if facts is None:
        return [("consent_missing", None)] if sip_in_progress else []
    state = state_on(facts, birth_date, today)
    found: list[tuple[str, dt.date | None]] = []
    if state is ConsentState.EXPIRING:
        found.append(("consent_expiring", facts.valid_until))
    elif state is ConsentState.EXPIRED:
        found.append(("consent_expired", facts.valid_until))
    elif state is ConsentState.REVOKED:
        found.append(("consent_revoked", facts.revoked_on))
    elif state in (ConsentState.INCOMPLETE, ConsentState.ENDED_AT_18):
        found.append((f"consent_{state.value}", None))
    adult = of_age_on(birth_date)
    guardians_only = not any(g.kind is GiverKind.YOUNG_PERSON for g in facts.givers)
    if state.in_force and guardians_only and 0 <= (adult - today).days <= EXPIRY_WARNING_DAYS:
        found.append(("consent_turns_18", adult))
    return found
