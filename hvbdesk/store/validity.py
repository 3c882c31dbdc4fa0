"""The one condition for a row with validity dates: in force on a day (inclusive dates, open end)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_


def in_force(model, day: dt.date):
    return (model.valid_from <= day) & or_(model.valid_to.is_(None), model.valid_to >= day)
