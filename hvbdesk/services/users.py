"""Accounts: the first manager, logins, adding and listing accounts."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hvbdesk.domain import login_throttle as throttle
from hvbdesk.domain.enums import AuditAction
from hvbdesk.domain.errors import AuthenticationFailed, DatabaseStateError, NotFound, ValidationError
from hvbdesk.security.passwords import check_new_password, hash_password, verify_nothing, verify_password
from hvbdesk.security.roles import Permission, Role
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.services.settings import SettingsService
from hvbdesk.store.database import Database
from hvbdesk.store.models import Account
from hvbdesk.store.repositories import accounts as accounts_repo

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")
# What the audit log says for a failed login under a name that is no account: a mistyped password or a
# personnummer typed into the name field must never be stored.
UNKNOWN_ACCOUNT = "okänt konto"


@dataclass(frozen=True)
class AccountRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: dt.datetime
    last_login_at: dt.datetime | None
    locked_until: dt.datetime | None = None  # after failed logins, until the time or the manager's unlock


def _row(a: Account, last_login: dt.datetime | None = None, locked_until: dt.datetime | None = None) -> AccountRow:
    return AccountRow(
        a.id, a.username, a.display_name, a.role, a.active, a.created_at, last_login or a.last_login_at, locked_until
    )


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
        with self._db.reading() as session:
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
        """Log in. After failures the account and the workstation wait 1, 2, 4 … 60 s before the next
        try, and the account is locked after a set number in a row (settings), until a set time has
        passed or the manager unlocks it. Every attempt is audited."""
        name = (username or "").strip().lower()
        now = self._clock()
        workstation = self._audit.workstation
        with self._db.unit_of_work() as session:
            account = accounts_repo.by_username(session, name)
            known = account is not None and account.active
            account_id = account.id if account is not None else None
            logged_as = account.username if account is not None else UNKNOWN_ACCOUNT
            refusal = self._refusal(session, account_id if known else None, workstation, now)
            if refusal is not None:
                accounts_repo.add_login_event(session, now, account_id, workstation, throttle.REFUSED)
                self._audit.append(
                    session, logged_as, AuditAction.LOGIN_FAILED, "account", account_id or "", detail=refusal.code
                )
        if refusal is not None:
            raise refusal
        with self._db.unit_of_work() as session:
            account = accounts_repo.by_username(session, name)
            if account is None or not account.active:
                verify_nothing(password)
                ok = False
            else:
                ok = verify_password(account.password_hash, password)
            accounts_repo.add_login_event(session, now, account_id, workstation, throttle.OK if ok else throttle.FAILED)
            if not ok:
                self._audit.append(session, logged_as, AuditAction.LOGIN_FAILED, "account", account_id or "")
            else:
                assert account is not None
                self._audit.append(session, account.username, AuditAction.LOGIN, "account", account.id)
                return Actor(account.username, account.role, account.id, account.display_name)
        raise AuthenticationFailed("wrong user name or password, or the account is switched off", "login_failed")

    @staticmethod
    def _lock(session, account_id: int | None, now: dt.datetime) -> tuple[throttle.Failures, dt.datetime | None]:
        """The account's failures in a row, and until when it is locked (None: it is not)."""
        lock_after = SettingsService.number_in(session, "security.login_lock_failures", now.date())
        lock_minutes = SettingsService.number_in(session, "security.login_lock_minutes", now.date())
        mine = throttle.failures_in_a_row(
            accounts_repo.login_events(session, account_id=account_id, limit=(lock_after + 1) * 4)
            if account_id is not None
            else []
        )
        locked = throttle.locked_until(mine, lock_after, lock_minutes)
        return mine, (locked if locked is not None and now < locked else None)

    def _refusal(self, session, account_id: int | None, workstation: str, now: dt.datetime):
        mine, locked = self._lock(session, account_id, now)
        # The longest wait comes after 7 failures in a row (2^6 s, capped at 60): 8 rows tell the wait.
        here = throttle.failures_in_a_row(accounts_repo.login_events(session, workstation=workstation, limit=8))
        if locked is not None:
            return AuthenticationFailed(
                f"the account is locked after {mine.in_a_row} failed logins until {locked:%H:%M}",
                "login_locked",
                (mine.in_a_row, f"{locked:%H:%M}"),
            )
        waits = [t for t in (throttle.wait_over_at(mine), throttle.wait_over_at(here)) if t is not None and now < t]
        if waits:
            seconds = max(1, int((max(waits) - now).total_seconds() + 0.999))
            return AuthenticationFailed(
                f"too many failed logins: wait {seconds} s and try again", "login_wait", (seconds,)
            )
        return None

    def unlock(self, actor: Actor, username: str) -> None:
        """The manager lifts a lock (and the wait) after failed logins; audited."""
        self._audit.require(actor, Permission.ACCOUNT_WRITE, "account")
        with self._db.unit_of_work() as session:
            account = accounts_repo.by_username(session, (username or "").strip().lower())
            if account is None:
                raise ValidationError.single("username", f"'{username}' is no account", "account_unknown", (username,))
            accounts_repo.add_login_event(
                session, self._clock(), account.id, self._audit.workstation, throttle.UNLOCKED
            )
            self._audit.append(
                session, actor.username, AuditAction.UPDATE, "account", account.id, detail="login unlocked"
            )

    def log_out(self, actor: Actor) -> None:
        """The end of a session (the next person on shift logs in at the same workstation); audited, so
        that the log says who had the screen until when."""
        with self._db.unit_of_work() as session:
            self._audit.append(session, actor.username, AuditAction.LOGOUT, "account", actor.account_id or "")

    def confirm_password(self, actor: Actor, password: str) -> bool:
        """Unlocking after the idle lock: the same person, password asked again, audited. A wrong password
        is False; a wait or a lock after failures is raised, so that the screen says it."""
        try:
            again = self.authenticate(actor.username, password)
        except AuthenticationFailed as exc:
            if exc.code in ("login_wait", "login_locked"):
                raise
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
        with self._db.reading() as session:
            last = accounts_repo.last_logins(session)
            now = self._clock()
            rows = [
                _row(a, last.get(a.id), self._lock(session, a.id, now)[1]) for a in accounts_repo.all_accounts(session)
            ]
        self._audit.record(actor, AuditAction.VIEW, "account", detail=f"rows={len(rows)}")
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
