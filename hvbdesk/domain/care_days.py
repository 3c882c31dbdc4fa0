"""Care days (vårddygn) as DESIGN.md counts them: date D counts when admitted <= D < discharged;
a stay admitted and discharged on one date counts 1; an open stay counts through the period's end."""

from __future__ import annotations

import datetime as dt


def care_days(admitted: dt.date, discharged: dt.date | None, first: dt.date, last: dt.date) -> int:
    """Care days of one stay within the dates first..last (inclusive)."""
    end = last + dt.timedelta(days=1) if discharged is None else max(discharged, admitted + dt.timedelta(days=1))
    start = max(admitted, first)
    stop = min(end, last + dt.timedelta(days=1))
    return max(0, (stop - start).days)
