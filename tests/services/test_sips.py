"""SIP work within the consent (issue 12), on SQLite and PostgreSQL: participants and actions only from
organisations the consent names, and printouts that leave out whatever the consent keeps from the reader."""

from __future__ import annotations

import datetime as dt

import pytest

from hvbdesk.domain.consent import ActorScope, Giver
from hvbdesk.domain.errors import PermissionDenied, ValidationError
from hvbdesk.domain.sip_terms import (
    ConsentHow,
    FollowUpResult,
    GiverKind,
    InformationKind,
    MeetingKind,
    Organisation,
    SipEntryKind,
)
from hvbdesk.i18n.messages import describe
from hvbdesk.security.roles import Role
from hvbdesk.services.consents import ConsentInput
from hvbdesk.services.sips import EntryInput
from hvbdesk.services.stays import GuardianInput
from tests.conftest import NOW, add_actor
from tests.helpers import pdftotext
from tests.services.test_stays import request

MOM = [GuardianInput("Anna Strand", "mamma")]
EXCLUDED = "Det som hände på fritids i våras"


def _consent(services, manager, resident, given_on, actors, information, exclusions=()):
    guardian = services.residents.get_resident(manager, resident)
    del guardian
    with services.db.reading() as session:
        from hvbdesk.store.repositories import residents as residents_repo

        gid = residents_repo.by_id(session, resident).guardians[0].id
    giver = Giver(GiverKind.GUARDIAN, gid, ConsentHow.WRITTEN, "", given_on)
    return services.consents.register(
        manager,
        resident,
        ConsentInput(
            given_on,
            given_on + dt.timedelta(days=300),
            [giver],
            actors,
            information,
            list(exclusions),
            "Jag vill att skolan vet så lite som möjligt.",
        ),
    )


@pytest.fixture
def planned(services, manager):
    """A SIP made under a first consent that included the school."""
    services.stays.admit(manager, request(birth="20090101", guardians=MOM))
    resident = services.residents.list_residents(manager)[0].id
    everyone = [
        ActorScope(o)
        for o in (Organisation.SOCIAL_SERVICES, Organisation.THE_HOME, Organisation.BUP, Organisation.SCHOOL)
    ]
    info = {InformationKind.PLACEMENT, InformationKind.HEALTH, InformationKind.SCHOOL}
    _consent(services, manager, resident, dt.date(2026, 5, 1), everyone, info)
    sip = services.sips.start(manager, resident, dt.date(2026, 5, 5))
    people = {
        "Lena Ek": services.sips.add_participant(
            manager, sip, Organisation.SOCIAL_SERVICES, "Lena Ek", "socialsekreterare"
        ),
        "Omar Said": services.sips.add_participant(manager, sip, Organisation.BUP, "Omar Said", "läkare"),
        "Eva Skog": services.sips.add_participant(manager, sip, Organisation.SCHOOL, "Eva Skog", "mentor"),
    }
    add = services.sips.add_entry
    add(manager, sip, EntryInput(SipEntryKind.GOAL, "Jag vill klara gymnasiet och flytta till egen lägenhet."))
    add(manager, sip, EntryInput(SipEntryKind.NEED, "Stöd med läxor", InformationKind.SCHOOL))
    add(manager, sip, EntryInput(SipEntryKind.NEED, f"Samtal om {EXCLUDED}", InformationKind.HEALTH))
    school = add(
        manager,
        sip,
        EntryInput(
            SipEntryKind.ACTION,
            "Läxhjälp två gånger i veckan",
            InformationKind.SCHOOL,
            Organisation.SCHOOL,
            "",
            "Eva Skog",
            dt.date(2026, 6, 30),
        ),
    )
    add(
        manager,
        sip,
        EntryInput(
            SipEntryKind.ACTION,
            "Utredning av sömnsvårigheter",
            InformationKind.HEALTH,
            Organisation.BUP,
            "",
            "Omar Said",
            dt.date(2026, 7, 15),
        ),
    )
    services.sips.plan_meeting(
        manager,
        sip,
        MeetingKind.FOLLOW_UP,
        dt.datetime(2026, 6, 24, 13, 30),
        "HVB-hemmet, samtalsrummet",
        "Lena Ek, socialtjänsten",
        "Samordnaren",
    )
    return dict(resident=resident, sip=sip, people=people, school_action=school)


def test_a_participant_or_information_outside_the_consent_is_refused_naming_it(services, manager, planned):
    with pytest.raises(ValidationError) as err:
        services.sips.add_participant(manager, planned["sip"], Organisation.DENTAL_CARE, "Tove Tand", "tandläkare")
    assert describe(err.value) == "Samtycke: samtycket omfattar inte tandvården"
    with pytest.raises(ValidationError) as err:
        services.sips.add_entry(
            manager, planned["sip"], EntryInput(SipEntryKind.NEED, "Drogtester", InformationKind.SUBSTANCE_USE)
        )
    assert describe(err.value) == "Samtycke: samtycket omfattar inte uppgifter om missbruk och provsvar"
    view = services.sips.view(manager, planned["resident"])
    assert [p.person for p in view.participants] == ["Lena Ek", "Omar Said", "Eva Skog"]
    assert view.next_meeting(NOW).place == "HVB-hemmet, samtalsrummet"


def test_follow_up_records_what_was_done_and_what_comes_next(services, manager, planned):
    services.sips.follow_up(
        manager, planned["school_action"], NOW.date(), FollowUpResult.PARTLY, "Fortsätter", dt.date(2026, 8, 20)
    )
    action = next(
        e for e in services.sips.view(manager, planned["resident"]).entries if e.id == planned["school_action"]
    )
    assert [(f.result, f.next_step) for f in action.follow_ups] == [(FollowUpResult.PARTLY, "Fortsätter")]
    assert action.follow_up_on == dt.date(2026, 8, 20)
    with pytest.raises(ValidationError):  # not done: when is it looked at again?
        services.sips.follow_up(manager, planned["school_action"], NOW.date(), FollowUpResult.NOT_DONE, "")


def test_printouts_leave_out_what_a_new_consent_excludes(services, manager, planned):
    """The consent renewed without the school and with a piece of text kept out: the summary and the
    invitation hold neither, by a text search of the PDF."""
    narrower = [ActorScope(o) for o in (Organisation.SOCIAL_SERVICES, Organisation.THE_HOME, Organisation.BUP)]
    _consent(
        services,
        manager,
        planned["resident"],
        dt.date(2026, 6, 10),
        narrower,
        {InformationKind.PLACEMENT, InformationKind.HEALTH},
        [EXCLUDED],
    )
    summary = pdftotext(services.printing.sip_pdf(manager, planned["resident"], now=NOW))
    invitation = pdftotext(
        services.printing.sip_pdf(manager, planned["resident"], invitation_to=planned["people"]["Omar Said"], now=NOW)
    )
    for text in (summary, invitation):
        assert text.count(EXCLUDED) == 0 and text.count("fritids") == 0
        assert text.count("Eva Skog") == 0 and text.lower().count("skolan") == 0 and text.count("mentor") == 0
        assert "Omar Said" in text and "Lena Ek" in text
    assert "Jag vill klara gymnasiet" in summary and "Utredning av sömnsvårigheter" in summary
    assert "Läxhjälp" not in summary and "Stöd med läxor" not in summary  # about schooling: not consented now
    assert "Till: Omar Said, läkare" in invitation and "2026-06-24 kl. 13:30" in invitation
    assert "utskriven 2026-06-15" in summary
    with pytest.raises(ValidationError) as err:
        services.printing.sip_pdf(manager, planned["resident"], recipient=Organisation.SCHOOL, now=NOW)
    assert err.value.problems[0].code == "consent_actor_missing"


def test_region_staff_read_a_sip_only_when_the_consent_names_the_region(services, manager, planned):
    nurse = add_actor(services, manager, Role.NURSE)
    assert services.sips.view(nurse, planned["resident"]).id == planned["sip"]
    municipal = [ActorScope(Organisation.SOCIAL_SERVICES), ActorScope(Organisation.THE_HOME)]
    _consent(services, manager, planned["resident"], dt.date(2026, 6, 12), municipal, {InformationKind.PLACEMENT})
    with pytest.raises(PermissionDenied):
        services.sips.view(nurse, planned["resident"])
    viewer = add_actor(services, manager, Role.STEERING_VIEWER)
    with pytest.raises(PermissionDenied):
        services.sips.view(viewer, planned["resident"])


def test_the_board_card_shows_the_next_sip_meeting(services, manager, planned):
    card = next(c for c in services.beds.board(manager) if c.resident_id == planned["resident"])
    assert card.sip_next == dt.datetime(2026, 6, 24, 13, 30)


def test_the_sip_refusals_are_said_in_swedish(services, manager, planned):
    with pytest.raises(ValidationError) as err:
        services.sips.start(manager, planned["resident"], NOW.date())
    assert describe(err.value) == "SIP: ungdomen har redan en pågående SIP"
    narrower = [ActorScope(o) for o in (Organisation.SOCIAL_SERVICES, Organisation.THE_HOME, Organisation.BUP)]
    _consent(
        services, manager, planned["resident"], dt.date(2026, 6, 10), narrower, {InformationKind.HEALTH}, [EXCLUDED]
    )
    with pytest.raises(ValidationError) as err:
        services.sips.add_entry(manager, planned["sip"], EntryInput(SipEntryKind.GOAL, f"Prata om {EXCLUDED}"))
    assert describe(err.value) == (f"Text: innehåller något som ungdomen har undantagit från samtycket ({EXCLUDED})")
