from __future__ import annotations

import pytest

from hvbdesk.domain.errors import AuthenticationFailed, DatabaseStateError, ValidationError
from hvbdesk.security.roles import Role
from hvbdesk.services.audit import AuditQuery
from tests.conftest import PASSWORD, add_actor


def test_first_manager_only_while_there_are_no_accounts(services, manager):
    with pytest.raises(DatabaseStateError):
        services.users.create_first_manager("another", PASSWORD)
    assert [a.username for a in services.users.list_accounts(manager)] == ["chef"]


def test_login_success_and_failure_are_audited(services, manager):
    with pytest.raises(AuthenticationFailed):
        services.users.authenticate("chef", "wrong-password")
    with pytest.raises(AuthenticationFailed):
        services.users.authenticate("nobody", PASSWORD)
    actions = [(r.username, r.action) for r in services.audit.search(manager, AuditQuery(entity="account"))]
    assert ("chef", "login-failed") in actions
    assert ("okänt konto", "login-failed") in actions  # a typed name that is no account is never stored
    assert not any("nobody" in name for name, _ in actions)
    assert actions.count(("chef", "login")) == 1


def test_a_log_out_is_audited_with_the_account(services, manager):
    """The log says who had the workstation until when: the next person's login follows the log-out."""
    nurse = add_actor(services, manager, Role.NURSE)
    services.users.log_out(nurse)
    rows = [r for r in services.audit.search(manager, AuditQuery(action="logout"))]
    assert [(r.username, r.entity, r.entity_id) for r in rows] == [("nurse", "account", str(nurse.account_id))]


def test_switched_off_account_cannot_log_in(services, manager):
    nurse = add_actor(services, manager, Role.NURSE)
    services.users.set_active(manager, nurse.account_id, False)
    with pytest.raises(AuthenticationFailed):
        services.users.authenticate("nurse", PASSWORD)


def test_manager_cannot_switch_off_own_account(services, manager):
    with pytest.raises(ValidationError) as err:
        services.users.set_active(manager, manager.account_id, False)
    assert err.value.problems[0].field == "account"


@pytest.mark.parametrize("name, reason", [("A", "not allowed"), ("with space", "not allowed"), ("", "not allowed")])
def test_bad_usernames_are_named(services, manager, name, reason):
    with pytest.raises(ValidationError) as err:
        services.users.add_account(manager, name, Role.NURSE, PASSWORD)
    assert err.value.problems[0].field == "username" and reason in err.value.problems[0].reason


def test_duplicate_username_and_short_password_refused(services, manager):
    add_actor(services, manager, Role.NURSE)
    with pytest.raises(ValidationError, match="already taken"):
        services.users.add_account(manager, "NURSE", Role.NURSE, PASSWORD)
    with pytest.raises(ValidationError, match="at least 8"):
        services.users.add_account(manager, "kort", Role.NURSE, "short")


def test_password_is_stored_as_argon2id(services, manager, database):
    from hvbdesk.store.repositories import accounts

    with database.unit_of_work() as session:
        stored = accounts.by_username(session, "chef").password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
