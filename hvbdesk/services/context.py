"""What every service is given: the database, a clock, the workstation name, the audit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, TypeVar

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

SLOW_MARK = "hvbdesk_slow"
F = TypeVar("F", bound=Callable)


def slow(method: F) -> F:
    """Marks a service method that may take well over 100 ms (a PDF, a report, a backup, an import, the
    solver, a whole young person's record): the GUI calls it only through its off-thread helper, and a
    test (tests/unit/test_gui_thread_never_waits.py) holds every screen to that."""
    setattr(method, SLOW_MARK, True)
    return method
