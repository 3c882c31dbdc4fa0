"""The consent register (issue 12), on SQLite and PostgreSQL: who must consent, for how long, to what, and
what a revocation or the 18th birthday does to it."""

from __future__ import annotations

import datetime as dt

import pytest

from hvbdesk.domain.consent import ActorScope, ConsentState, Giver
from hvbdesk.domain.errors import PermissionDenied, ValidationError
from hvbdesk.domain.sip_terms import ConsentHow, GiverKind, InformationKind, Organisation
from hvbdesk.i18n.messages import describe
from hvbdesk.security.roles import Role
from hvbdesk.services.consents import ConsentInput
from hvbdesk.services.stays import GuardianInput
from tests.conftest import NOW, add_actor
from tests.services.test_stays import request

TODAY = NOW.date()  # 2026-06-15
PARENTS = [GuardianInput("Anna Strand", "mamma"), GuardianInput("Per Strand", "pappa")]
ACTORS = [ActorScope(Organisation.SOCIAL_SERVICES), ActorScope(Organisation.THE_HOME), ActorScope(Organisation.BUP)]
INFO = {InformationKind.PLACEMENT, InformationKind.HEALTH}


def _young_person(services, manager, birth="20090101", guardians=PARENTS) -> tuple[int, dict[str, int]]:
    services.stays.admit(manager, request(birth=birth, guardians=guardians))
    resident = services.residents.list_residents(manager)[0].id
    detail = services.residents.get_resident(manager, resident)
    with services.db.reading() as session:
        from hvbdesk.store.repositories import residents as residents_repo

        ids = {g.name: g.id for g in residents_repo.by_id(session, resident).guardians}
    assert [g.name for g in detail.guardians] == [g.name for g in guardians]
    return resident, ids


def _guardian(gid: int, on: dt.date = TODAY - dt.timedelta(days=5), how=ConsentHow.WRITTEN, heard_by="") -> Giver:
    return Giver(GiverKind.GUARDIAN, gid, how, heard_by, on)


def _input(givers, given_on=TODAY - dt.timedelta(days=5), valid_until=None, **kw) -> ConsentInput:
    return ConsentInput(
        given_on,
        valid_until or given_on + dt.timedelta(days=300),
        givers,
        kw.pop("actors", ACTORS),
        kw.pop("information", INFO),
        **kw,
    )


def _problems(call) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as err:
        call()
    return [(p.field, p.code) for p in err.value.problems]


def test_both_guardians_must_consent_when_there_are_two(services, manager):
    resident, ids = _young_person(services, manager)
    consent = services.consents.register(manager, resident, _input([_guardian(ids["Anna Strand"])]))
    row = services.consents.consents(manager, resident)[0]
    assert (row.state, row.still_to_consent) == (ConsentState.INCOMPLETE, ["Per Strand"])
    assert _problems(lambda: services.consents.check_sharing(manager, resident, Organisation.BUP)) == [
        ("consent", "consent_incomplete")
    ]
    services.consents.add_giver(manager, consent, _guardian(ids["Per Strand"]), seen_version=row.version)
    row = services.consents.consents(manager, resident)[0]
    assert (row.state, row.still_to_consent) == (ConsentState.VALID, [])
    services.consents.check_sharing(manager, resident, Organisation.BUP, information=InformationKind.HEALTH)


def test_one_guardian_is_enough_when_one_is_registered(services, manager):
    resident, ids = _young_person(services, manager, guardians=PARENTS[:1])
    services.consents.register(manager, resident, _input([_guardian(ids["Anna Strand"])]))
    assert services.consents.consents(manager, resident)[0].state is ConsentState.VALID


def test_a_consent_is_valid_one_year_at_most(services, manager):
    resident, ids = _young_person(services, manager, guardians=PARENTS[:1])
    given = dt.date(2026, 6, 1)
    too_long = _input([_guardian(ids["Anna Strand"], given)], given, dt.date(2027, 6, 2))
    with pytest.raises(ValidationError) as err:
        services.consents.register(manager, resident, too_long)
    assert describe(err.value) == "Giltig till: ett samtycke gäller högst ett år: till och med 2027-06-01"
    services.consents.register(
        manager, resident, _input([_guardian(ids["Anna Strand"], given)], given, dt.date(2027, 6, 1))
    )


def test_a_revocation_stops_sharing_from_its_day(services, manager):
    resident, ids = _young_person(services, manager, guardians=PARENTS[:1])
    consent = services.consents.register(
        manager, resident, _input([_guardian(ids["Anna Strand"], dt.date(2026, 5, 1))], dt.date(2026, 5, 1))
    )
    services.consents.revoke(manager, consent, dt.date(2026, 6, 10), "muntligen till samordnaren")
    services.consents.check_sharing(manager, resident, Organisation.BUP, day=dt.date(2026, 6, 9))
    assert _problems(
        lambda: services.consents.check_sharing(manager, resident, Organisation.BUP, day=dt.date(2026, 6, 10))
    ) == [("consent", "consent_revoked")]
    assert services.consents.consents(manager, resident)[0].state is ConsentState.REVOKED


def test_the_guardians_consent_ends_on_the_18th_birthday(services, manager):
    resident, ids = _young_person(services, manager, birth="20080701", guardians=PARENTS[:1])  # 18 on 1 July
    services.consents.register(manager, resident, _input([_guardian(ids["Anna Strand"])]))
    services.consents.check_sharing(manager, resident, Organisation.BUP, day=dt.date(2026, 6, 30))
    with pytest.raises(ValidationError) as err:
        services.consents.check_sharing(manager, resident, Organisation.BUP, day=dt.date(2026, 7, 1))
    assert err.value.problems[0].code == "consent_ended_at_18"
    assert describe(err.value).startswith("Samtycke: vårdnadshavarnas samtycke upphörde när ungdomen fyllde 18")


def test_an_actor_or_a_kind_of_information_outside_the_consent_is_refused(services, manager):
    resident, ids = _young_person(services, manager, guardians=PARENTS[:1])
    services.consents.register(
        manager,
        resident,
        _input(
            [_guardian(ids["Anna Strand"])],
            actors=[*ACTORS, ActorScope(Organisation.OTHER, "Polisen", "Kim Berg")],
            exclusions=["Det som hände i skolan i våras"],
        ),
    )
    with pytest.raises(ValidationError) as err:
        services.consents.check_sharing(manager, resident, Organisation.SCHOOL)
    assert describe(err.value) == "Samtycke: samtycket omfattar inte skolan"
    with pytest.raises(ValidationError) as err:
        services.consents.check_sharing(manager, resident, Organisation.BUP, information=InformationKind.SUBSTANCE_USE)
    assert describe(err.value) == "Samtycke: samtycket omfattar inte uppgifter om missbruk och provsvar"
    services.consents.check_sharing(manager, resident, Organisation.OTHER, "polisen", "Kim Berg")
    assert _problems(
        lambda: services.consents.check_sharing(manager, resident, Organisation.OTHER, "Polisen", "Någon Annan")
    ) == [("consent", "consent_actor_missing")]
    assert services.consents.consents(manager, resident)[0].exclusions == ["Det som hände i skolan i våras"]


def test_what_cannot_be_registered_is_said(services, manager):
    resident, ids = _young_person(services, manager, guardians=PARENTS[:1])
    oral = _guardian(ids["Anna Strand"], how=ConsentHow.ORAL)
    assert sorted(
        _problems(lambda: services.consents.register(manager, resident, _input([oral], actors=[], information=set())))
    ) == [
        ("actors", "consent_no_actor"),
        ("heard_by", "consent_oral_unrecorded"),
        ("information", "consent_no_information"),
    ]
    assert services.consents.consents(manager, resident) == []


def test_an_assistant_edits_only_the_young_people_she_is_contact_for(services, manager, tmp_path):
    from hvbdesk.domain.enums import ContactRole
    from tests.helpers import STAFF_HEADER, write_csv

    resident, ids = _young_person(services, manager, guardians=PARENTS[:1])
    rows = [["Anna", "Björk", "treatment_assistant", "municipality", "100", "no"]]
    services.imports.import_staff(manager, write_csv(tmp_path / "s.csv", STAFF_HEADER, rows))
    staff_id = services.staff.list_staff(manager)[0].id
    assistant = add_actor(services, manager, Role.TREATMENT_ASSISTANT)
    with services.db.unit_of_work() as session:
        from hvbdesk.store.repositories import accounts as accounts_repo

        accounts_repo.by_id(session, assistant.account_id).staff_member_id = staff_id
    data = _input([_guardian(ids["Anna Strand"])])
    with pytest.raises(PermissionDenied):
        services.consents.register(assistant, resident, data)
    stay = services.beds.board(manager)[0].stay_id
    services.contacts.assign(manager, stay, staff_id, ContactRole.PRIMARY)
    services.consents.register(assistant, resident, data)
    viewer = add_actor(services, manager, Role.STEERING_VIEWER)
    with pytest.raises(PermissionDenied):
        services.consents.consents(viewer, resident)
