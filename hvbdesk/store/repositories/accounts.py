from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hvbdesk.store.models import Account


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account)) or 0


def by_username(session: Session, username: str) -> Account | None:
    return session.scalar(select(Account).where(func.lower(Account.username) == username.lower()))


def by_id(session: Session, account_id: int) -> Account | None:
    return session.get(Account, account_id)


def all_accounts(session: Session) -> list[Account]:
    return list(session.scalars(select(Account).order_by(Account.username)))
