"""Accounts: the first manager, logins, adding and listing accounts."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hvbdesk.domain.enums import AuditAction
from hvbdesk.domain.errors import AuthenticationFailed, DatabaseStateError, NotFound, ValidationError
from hvbdesk.security.passwords import check_new_password, hash_password, verify_password
from hvbdesk.security.roles import Permission, Role
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.store.database import Database
from hvbdesk.store.models import Account
from hvbdesk.store.repositories import accounts as accounts_repo

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")


@dataclass(frozen=True)
class AccountRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: dt.datetime
    last_login_at: dt.datetime | None


def _row(a: Account) -> AccountRow:
    return AccountRow(a.id, a.username, a.display_name, a.role, a.active, a.created_at, a.last_login_at)


def check_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not USERNAME_PATTERN.match(name):
        raise ValidationError.single(
            "username",
            f"'{username}' is not allowed: 2–60 characters, lower-case letters a–z, digits, '.', '_' or '-'",
            "username_invalid",
        )
    return name


class UserService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._clock = clock

    def has_accounts(self) -> bool:
        with self._db.unit_of_work() as session:
            return accounts_repo.count(session) > 0

    def create_first_manager(self, username: str, password: str, display_name: str = "") -> AccountRow:
        """Only while the database has no account at all (first run, `hvbdesk init`)."""
        name = check_username(username)
        check_new_password(password)
        with self._db.unit_of_work() as session:
            if accounts_repo.count(session) > 0:
                raise DatabaseStateError("this database already has accounts; log in as the manager", "has_accounts")
            account = Account(
                username=name,
                display_name=display_name.strip(),
                role=Role.MANAGER,
                password_hash=hash_password(password),
                created_at=self._clock(),
            )
            session.add(account)
            session.flush()
            self._audit.append(session, name, AuditAction.CREATE, "account", account.id, detail="first manager")
            return _row(account)

    def authenticate(self, username: str, password: str) -> Actor:
        name = (username or "").strip().lower()
        with self._db.unit_of_work() as session:
            account = accounts_repo.by_username(session, name)
            if account is None or not account.active or not verify_password(account.password_hash, password):
                self._audit.append(
                    session, name[:60] or "-", AuditAction.LOGIN_FAILED, "account", account.id if account else ""
                )
            else:
                account.last_login_at = self._clock()
                self._audit.append(session, account.username, AuditAction.LOGIN, "account", account.id)
                return Actor(account.username, account.role, account.id, account.display_name)
        raise AuthenticationFailed("wrong user name or password, or the account is switched off", "login_failed")

    def confirm_password(self, actor: Actor, password: str) -> bool:
        """Unlocking after the idle lock: the same person, password asked again, audited."""
        try:
            again = self.authenticate(actor.username, password)
        except AuthenticationFailed:
            return False
        return again.account_id == actor.account_id

    def add_account(
        self,
        actor: Actor,
        username: str,
        role: Role,
        password: str,
        display_name: str = "",
        *,
        allow_short_password: bool = False,
    ) -> AccountRow:
        self._audit.require(actor, Permission.ACCOUNT_WRITE, "account")
        name = check_username(username)
        check_new_password(password, allow_short=allow_short_password)
        with self._db.unit_of_work() as session:
            if accounts_repo.by_username(session, name) is not None:
                raise ValidationError.single("username", f"'{name}' is already taken", "username_taken")
            account = Account(
                username=name,
                display_name=display_name.strip(),
                role=role,
                password_hash=hash_password(password),
                created_at=self._clock(),
            )
            session.add(account)
            session.flush()
            self._audit.append(
                session, actor.username, AuditAction.CREATE, "account", account.id, detail=f"role={role.value}"
            )
            return _row(account)

    def list_accounts(self, actor: Actor) -> list[AccountRow]:
        self._audit.require(actor, Permission.ACCOUNT_READ, "account")
        with self._db.unit_of_work() as session:
            rows = [_row(a) for a in accounts_repo.all_accounts(session)]
            self._audit.append(session, actor.username, AuditAction.VIEW, "account", detail=f"rows={len(rows)}")
        return rows

    def set_active(self, actor: Actor, account_id: int, active: bool) -> AccountRow:
        self._audit.require(actor, Permission.ACCOUNT_WRITE, "account", account_id)
        if account_id == actor.account_id and not active:
            raise ValidationError.single("account", "you cannot switch off your own account", "own_account")
        with self._db.unit_of_work() as session:
            account = accounts_repo.by_id(session, account_id)
            if account is None:
                raise NotFound(f"no account with id {account_id}", "account_missing", (account_id,))
            account.active = active
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "account",
                account_id,
                detail=f"active={'yes' if active else 'no'}",
            )
            return _row(account)
