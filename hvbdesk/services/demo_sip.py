"""Demo SIP work for the young people placed now: consents in every state the watches know (valid,
expiring, expired, revoked, two guardians of whom one has not consented, a SIP without consent) and SIPs
with participants from both principals, goals in the young person's words, actions and follow-ups."""

from __future__ import annotations

import datetime as dt
import random

from hvbdesk.domain.consent import add_years, of_age_on
from hvbdesk.domain.sip_terms import (
    ConsentHow,
    FollowUpResult,
    GiverKind,
    InformationKind,
    MeetingKind,
    Organisation,
    SipEntryKind,
)
from hvbdesk.store.models import (
    Consent,
    ConsentActor,
    ConsentGiver,
    ConsentItem,
    Sip,
    SipEntry,
    SipFollowUp,
    SipMeeting,
    SipParticipant,
)

STATES = ["valid", "expiring", "incomplete", "expired", "revoked", "valid", "no_consent"]
GOALS = [
    "Jag vill gå klart gymnasiet.",
    "Jag vill bo i egen lägenhet och klara mig själv.",
    "Jag vill sluta röka på och må bättre.",
    "Jag vill ha bättre kontakt med min familj.",
    "Jag vill sova bättre och orka mer på dagarna.",
]
NEEDS = [
    ("Stöd i skolarbetet", InformationKind.SCHOOL),
    ("Behandling för beroende", InformationKind.SUBSTANCE_USE),
    ("Utredning av koncentrationssvårigheter", InformationKind.PSYCHIATRIC),
    ("Träning i att sköta ekonomi och boende", InformationKind.SOCIAL),
]
PEOPLE = {
    Organisation.SOCIAL_SERVICES: [("Lena Ek", "socialsekreterare"), ("Jonas Berg", "socialsekreterare")],
    Organisation.BUP: [("Omar Said", "läkare"), ("Karin Lund", "psykolog")],
    Organisation.ADULT_PSYCHIATRY: [("Maria Holm", "läkare")],
    Organisation.SCHOOL: [("Eva Skog", "mentor"), ("Per Alm", "specialpedagog")],
    Organisation.THE_HOME: [("Samordnaren", "samordnare")],
}


def add_sip_work(session, rng: random.Random, open_stays: list, end: dt.datetime) -> int:
    """Consents and SIPs for the stays still open; returns how many SIPs were made."""
    today = end.date()
    made = 0
    for stay in sorted(open_stays, key=lambda s: s.place.number):
        if (today - stay.admitted_at.date()).days < 21:
            continue
        resident = stay.resident
        state = STATES[made % len(STATES)]
        adult = today >= of_age_on(resident.birth_date)
        if state == "incomplete" and (adult or len(resident.guardians) < 2):
            state = "valid"
        region = Organisation.ADULT_PSYCHIATRY if adult else Organisation.BUP
        if state != "no_consent":
            session.add(_consent(rng, resident, state, today, adult, region))
        started = stay.admitted_at.date() + dt.timedelta(days=14)
        session.add(_sip(rng, resident, started, today, region, end))
        made += 1
    return made


def _consent(rng, resident, state: str, today: dt.date, adult: bool, region: Organisation):
    given = {
        "valid": today - dt.timedelta(days=60),
        "expiring": add_years(today, -1) + dt.timedelta(days=25),
        "expired": today - dt.timedelta(days=400),
        "revoked": today - dt.timedelta(days=90),
        "incomplete": today - dt.timedelta(days=20),
    }[state]
    until = add_years(given, 1) if state == "expiring" else given + dt.timedelta(days=300)
    if adult:
        givers = [ConsentGiver(kind=GiverKind.YOUNG_PERSON, how=ConsentHow.WRITTEN, heard_by="", given_on=given)]
    else:
        guardians = resident.guardians[:1] if state == "incomplete" else resident.guardians
        givers = [
            ConsentGiver(
                kind=GiverKind.GUARDIAN,
                guardian_id=g.id,
                how=ConsentHow.ORAL if n else ConsentHow.WRITTEN,
                heard_by="Samordnaren" if n else "",
                given_on=given,
            )
            for n, g in enumerate(guardians)
        ]
    info = [InformationKind.PLACEMENT, InformationKind.SOCIAL, InformationKind.SCHOOL, InformationKind.HEALTH]
    if rng.random() < 0.6:
        info += [InformationKind.PSYCHIATRIC, InformationKind.SUBSTANCE_USE]
    items = [ConsentItem(information=k) for k in info]
    if rng.random() < 0.5:
        items.append(ConsentItem(information=None, excluded=rng.choice(["Uppgifter om syskonen", "Pappas sjukdom"])))
    return Consent(
        resident_id=resident.id,
        given_on=given,
        valid_until=until,
        young_person_view=rng.choice(
            ["Vill vara med på mötena.", "Vill att skolan bara får veta det nödvändiga.", "Tycker det är okej."]
        ),
        revoked_on=today - dt.timedelta(days=10) if state == "revoked" else None,
        revoked_how="muntligen till kontaktpersonen" if state == "revoked" else "",
        registered_by="coordinator",
        registered_at=dt.datetime.combine(given, dt.time(10)),
        givers=givers,
        actors=[
            ConsentActor(organisation=o)
            for o in (Organisation.SOCIAL_SERVICES, Organisation.THE_HOME, region, Organisation.SCHOOL)
        ],
        items=items,
    )


def _sip(rng, resident, started: dt.date, today: dt.date, region: Organisation, end: dt.datetime) -> Sip:
    people = [rng.choice(PEOPLE[o]) + (o,) for o in (Organisation.SOCIAL_SERVICES, region, Organisation.SCHOOL)]
    need, kind = rng.choice(NEEDS)
    late = rng.random() < 0.4
    first_follow = (
        today - dt.timedelta(days=rng.randint(3, 20)) if late else today + dt.timedelta(days=rng.randint(7, 40))
    )
    entries = [
        SipEntry(kind=SipEntryKind.GOAL, position=1, text=rng.choice(GOALS)),
        SipEntry(kind=SipEntryKind.NEED, position=2, text=need, information=kind),
        SipEntry(
            kind=SipEntryKind.ACTION,
            position=3,
            text="Läxhjälp två gånger i veckan",
            information=InformationKind.SCHOOL,
            organisation=Organisation.SCHOOL,
            responsible_person=people[2][0],
            follow_up_on=first_follow,
        ),
        SipEntry(
            kind=SipEntryKind.ACTION,
            position=4,
            text="Samtal om mående och sömn",
            information=InformationKind.HEALTH,
            organisation=region,
            responsible_person=people[1][0],
            follow_up_on=today + dt.timedelta(days=rng.randint(10, 60)),
            follow_ups=[
                SipFollowUp(
                    followed_on=started + dt.timedelta(days=28),
                    result=FollowUpResult.PARTLY,
                    next_step="Fortsätter med samtal varannan vecka.",
                )
            ]
            if (today - started).days > 30
            else [],
        ),
    ]
    meetings = [
        SipMeeting(
            kind=MeetingKind.FIRST,
            held_at=dt.datetime.combine(started, dt.time(13)),
            place="HVB-hemmet",
            initiated_by=f"{people[0][0]}, socialtjänsten",
            coordinated_by="Samordnaren",
        ),
    ]
    if rng.random() < 0.7:
        when = dt.datetime.combine(today + dt.timedelta(days=rng.randint(5, 30)), dt.time(rng.choice([9, 13, 15])))
        meetings.append(
            SipMeeting(
                kind=MeetingKind.FOLLOW_UP,
                held_at=when,
                place="HVB-hemmet, samtalsrummet",
                initiated_by="Samordnaren",
                coordinated_by="Samordnaren",
            )
        )
    return Sip(
        resident_id=resident.id,
        started_on=started,
        created_by="coordinator",
        created_at=dt.datetime.combine(started, dt.time(9)),
        participants=[SipParticipant(organisation=o, person=name, title=title) for name, title, o in people]
        + [SipParticipant(organisation=Organisation.THE_HOME, person="Samordnaren", title="samordnare")],
        entries=entries,
        meetings=meetings,
    )
