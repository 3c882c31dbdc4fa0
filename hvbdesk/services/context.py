"""What every service is given: the database, a clock, the workstation name, the audit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from hvbdesk.security.roles import Role


@dataclass(frozen=True)
class Actor:
    """The person acting: who they are and their role. Made by UserService.authenticate."""

    username: str
    role: Role
    account_id: int | None = None
    display_name: str = ""


# Used where the program itself acts (seeding a new database): never given to a user.
SYSTEM = Actor(username="system", role=Role.MANAGER)


def local_now() -> dt.datetime:
    """The home's wall-clock time (stays and shifts are in local time)."""
    return dt.datetime.now().replace(microsecond=0)


Clock = Callable[[], dt.datetime]
