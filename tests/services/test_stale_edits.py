"""No silent overwrite (issue 11, finding 1): every edit carries what the user's screen showed, and a save
made from an older view is refused with a conflict naming who changed it since, on SQLite and PostgreSQL.
Before, each of these saves succeeded and the second silently replaced the first."""

from __future__ import annotations

import datetime as dt

import pytest

from hvbdesk.domain.enums import ContactRole, DeclineReason, JournalKind
from hvbdesk.domain.errors import ConflictError
from hvbdesk.i18n.messages import describe
from hvbdesk.roster.home import DEFAULT_DEMAND, DEFAULT_SHIFTS
from hvbdesk.security.roles import Role
from hvbdesk.services.contacts import current_assignment_id
from tests.conftest import NOW, add_actor
from tests.services.test_referrals import referral
from tests.services.test_treatment import stay  # noqa: F401  (a fixture)


def _refused(call) -> ConflictError:
    with pytest.raises(ConflictError) as err:
        call()
    return err.value


def test_a_journal_draft_saved_in_another_window_is_not_overwritten(services, manager, stay):  # noqa: F811
    assistant = add_actor(services, manager, Role.TREATMENT_ASSISTANT)
    resident = stay["resident"]
    first = services.journal.save_draft(assistant, resident, JournalKind.DAILY_NOTE, NOW, "Lugn kväll")
    # The same draft open on two workstations: one saves more text, the other still has the first version.
    there = services.journal.save_draft(
        assistant,
        resident,
        JournalKind.DAILY_NOTE,
        NOW,
        "Lugn kväll, somnade 22",
        draft_id=first.id,
        seen_version=first.version,
    )
    err = _refused(
        lambda: services.journal.save_draft(
            assistant,
            resident,
            JournalKind.DAILY_NOTE,
            NOW,
            "Orolig kväll",
            draft_id=first.id,
            seen_version=first.version,
        )
    )
    assert err.code == "stale_draft" and err.values[0] == "treatment-assistant"
    assert describe(err).startswith("treatment-assistant sparade utkastet ")
    assert services.journal.draft(assistant, first.id).text == "Lugn kväll, somnade 22"
    _refused(lambda: services.journal.sign(assistant, first.id, seen_version=first.version))
    _refused(lambda: services.journal.discard_draft(assistant, first.id, seen_version=first.version))
    services.journal.sign(assistant, first.id, seen_version=there.version)  # from what is stored: fine


def test_a_referral_decided_meanwhile_is_not_decided_again(services, manager):
    lead = add_actor(services, manager, Role.MANAGER, "chef2")
    referral_id = services.referrals.register(manager, referral())
    seen = services.referrals.get(manager, referral_id).version
    services.referrals.accept(manager, referral_id, 3, NOW.date() + dt.timedelta(days=7), seen_version=seen)
    err = _refused(lambda: services.referrals.decline(lead, referral_id, DeclineReason.NO_PLACE, "", seen_version=seen))
    assert err.code == "stale_referral" and err.values[0] == "chef"
    _refused(lambda: services.referrals.wait(lead, referral_id, seen_version=seen))
    assert services.referrals.get(manager, referral_id).reservation_id is not None  # the acceptance stands


def test_a_setting_changed_meanwhile_is_not_replaced(services, manager):
    other = add_actor(services, manager, Role.MANAGER, "chef2")
    key = "roster.max_nights_in_a_row"
    seen = {s.key: s for s in services.settings.overview(manager)}[key].version
    tomorrow = NOW.date() + dt.timedelta(days=1)
    services.settings.change(manager, key, "4", tomorrow, seen_version=seen)
    err = _refused(lambda: services.settings.change(other, key, "5", tomorrow, seen_version=seen))
    assert err.code == "stale_setting" and err.values[0] == "chef"
    assert {s.key: s for s in services.settings.overview(manager)}[key].planned == ((tomorrow, "4"),)


def test_a_roster_period_saved_meanwhile_is_not_overwritten(services, manager, stay):  # noqa: F811
    monday = NOW.date() - dt.timedelta(days=NOW.weekday()) + dt.timedelta(days=7)
    mine, theirs = services.roster.period(manager, monday, 1), services.roster.period(manager, monday, 1)
    someone = str(stay["staff"]["Björk"])
    theirs.set(someone, 0, "D")
    services.roster.save(manager, theirs)
    mine.set(someone, 0, "N")
    err = _refused(lambda: services.roster.save(manager, mine))
    assert err.code == "stale_roster"
    assert services.roster.period(manager, monday, 1).shift_at(someone, 0) == "D"
    theirs.set(someone, 1, "K")
    services.roster.save(manager, theirs)  # the sheet that saved knows what it saved: it saves again


def test_a_roster_setup_saved_meanwhile_is_not_replaced(services, manager):
    seen = services.roster_setup.setup_on(manager, NOW.date()).version
    starts = NOW.date() + dt.timedelta(days=7)
    services.roster_setup.save(manager, starts, list(DEFAULT_SHIFTS), list(DEFAULT_DEMAND), seen_version=seen)
    later = starts + dt.timedelta(days=7)
    err = _refused(
        lambda: services.roster_setup.save(
            manager, later, list(DEFAULT_SHIFTS), list(DEFAULT_DEMAND), seen_version=seen
        )
    )
    assert err.code == "stale_roster_setup"


def test_a_contact_person_changed_meanwhile_is_not_replaced(services, manager, stay):  # noqa: F811
    history = services.contacts.history(manager, stay["id"])
    seen = current_assignment_id(history, ContactRole.PRIMARY)
    assert seen == 0
    services.contacts.assign(manager, stay["id"], stay["staff"]["Björk"], ContactRole.PRIMARY, seen_current=seen)
    err = _refused(
        lambda: services.contacts.assign(
            manager, stay["id"], stay["staff"]["Dalström"], ContactRole.PRIMARY, "byte", seen_current=seen
        )
    )
    assert err.code == "stale_contact" and err.values[0] == "chef"
    now = services.contacts.history(manager, stay["id"])
    assert [(r.staff_member_id, r.valid_to) for r in now] == [(stay["staff"]["Björk"], None)]


def test_a_reservation_moved_meanwhile_is_not_moved_again(services, manager):
    referral_id = services.referrals.register(manager, referral())
    reservation = services.referrals.accept(manager, referral_id, 3, NOW.date() + dt.timedelta(days=7))
    seen = next(c.reservation for c in services.beds.board(manager) if c.reservation).version
    services.referrals.move_reservation(manager, reservation, 4, "vattenskada", seen_version=seen)
    err = _refused(lambda: services.referrals.move_reservation(manager, reservation, 5, "annat", seen_version=seen))
    assert err.code == "stale_reservation" and err.values[0] == "chef"
    assert [c.place_number for c in services.beds.board(manager) if c.reservation] == [4]
