"""After failed logins: a growing wait (1, 2, 4 … 60 s) per account and per workstation, and a lock of
the account after a set number of failures in a row, until a set time has passed or the manager unlocks.

Counted from login events, newest first: failures in a row since the last success or unlock; attempts
refused while waiting do not count, so a user who tries again too early does not make the wait longer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

OK, FAILED, REFUSED, UNLOCKED = "ok", "failed", "refused", "unlocked"
LONGEST_WAIT_SECONDS = 60


@dataclass(frozen=True)
class Failures:
    in_a_row: int
    last_at: dt.datetime | None


def failures_in_a_row(events_newest_first: Iterable[tuple[dt.datetime, str]]) -> Failures:
    count, last = 0, None
    for at, outcome in events_newest_first:
        if outcome in (OK, UNLOCKED):
            break
        if outcome == FAILED:
            count += 1
            last = last or at
    return Failures(count, last)


def wait_seconds(failures: int) -> int:
    return 0 if failures <= 0 else min(2 ** (failures - 1), LONGEST_WAIT_SECONDS)


def wait_over_at(failures: Failures) -> dt.datetime | None:
    if failures.last_at is None:
        return None
    return failures.last_at + dt.timedelta(seconds=wait_seconds(failures.in_a_row))


def locked_until(failures: Failures, lock_after: int, lock_minutes: int) -> dt.datetime | None:
    if failures.last_at is None or failures.in_a_row < lock_after:
        return None
    return failures.last_at + dt.timedelta(minutes=lock_minutes)
