from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hvbdesk.store.models import Account, LoginEvent


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account)) or 0


def by_username(session: Session, username: str) -> Account | None:
    return session.scalar(select(Account).where(func.lower(Account.username) == username.lower()))


def by_id(session: Session, account_id: int) -> Account | None:
    return session.get(Account, account_id)


def all_accounts(session: Session) -> list[Account]:
    return list(session.scalars(select(Account).order_by(Account.username)))


def display_names(session: Session) -> dict[str, str]:
    """User name -> the name a person reads (the user name where no display name is set)."""
    rows = session.execute(select(Account.username, Account.display_name))
    return {username: display_name or username for username, display_name in rows}


def add_login_event(session: Session, at: dt.datetime, account_id: int | None, workstation: str, outcome: str) -> None:
    session.add(LoginEvent(at=at, account_id=account_id, workstation=workstation[:80], outcome=outcome))


def login_events(
    session: Session, *, account_id: int | None = None, workstation: str | None = None, limit: int
) -> list[tuple[dt.datetime, str]]:
    """(at, outcome), newest first, of one account's or one workstation's attempts that were answered:
    refusals while waiting are left out, or a burst of them would push the failures out of the window."""
    query = select(LoginEvent.at, LoginEvent.outcome).where(LoginEvent.outcome != "refused")
    if account_id is not None:
        query = query.where(LoginEvent.account_id == account_id)
    if workstation is not None:
        query = query.where(LoginEvent.workstation == workstation[:80])
    return [(at, outcome) for at, outcome in session.execute(query.order_by(LoginEvent.id.desc()).limit(limit))]


def last_logins(session: Session) -> dict[int, dt.datetime]:
    """account id → its latest successful login."""
    rows = session.execute(
        select(LoginEvent.account_id, func.max(LoginEvent.at))
        .where(LoginEvent.outcome == "ok", LoginEvent.account_id.is_not(None))
        .group_by(LoginEvent.account_id)
    )
    return {account_id: at for account_id, at in rows if account_id is not None}
