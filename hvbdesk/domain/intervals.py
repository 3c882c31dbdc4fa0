"""Half-open time intervals: a stay occupies [admitted_at, discharged_at), open-ended while ongoing."""

from __future__ import annotations

import datetime as dt


def overlaps(a_start: dt.datetime, a_end: dt.datetime | None, b_start: dt.datetime, b_end: dt.datetime | None) -> bool:
    a_before_b_ends = b_end is None or a_start < b_end
    b_before_a_ends = a_end is None or b_start < a_end
    return a_before_b_ends and b_before_a_ends
