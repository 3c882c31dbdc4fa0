"""Checking the roster's set-up before it is stored: shift types and staffing demand.

One rule for the GUI's set-up dialog, the service and any import: every problem is named with its
field, and nothing is stored while any remains.
"""

from __future__ import annotations

import datetime as dt
import re

from hvbdesk.domain.errors import FieldProblem, ValidationError
from hvbdesk.roster.home import Demand, ShiftDef
from hvbdesk.security.roles import STAFF_ROLES

MAX_ON_A_SHIFT = 20
_CODE = re.compile(r"^[A-ZÅÄÖ]$")


def shift_from_texts(code: str, name: str, start: str, end: str, break_minutes: int, roles: list[str]) -> ShiftDef:
    """A shift type from what a person typed; times as HH:MM."""
    problems = []
    code, name = code.strip().upper(), name.strip()
    if not _CODE.match(code):
        problems.append(FieldProblem("shift_code", f"'{code}' is not one letter", code="shift_code"))
    if not 1 <= len(name) <= 40:
        problems.append(FieldProblem("shift_name", "1 to 40 characters", code="required"))
    times = []
    for label, text in (("shift_start", start), ("shift_end", end)):
        try:
            times.append(dt.time.fromisoformat(text.strip()))
        except ValueError:
            problems.append(FieldProblem(label, f"'{text}' is not a time HH:MM", code="time"))
    known = {r.value for r in STAFF_ROLES}
    if not roles or any(r not in known for r in roles):
        problems.append(FieldProblem("shift_roles", "choose at least one staff role", code="shift_roles"))
    if problems:
        raise ValidationError(problems)
    shift = ShiftDef(code, name, times[0], times[1], int(break_minutes), frozenset(roles))
    span = shift.span[1] - shift.span[0]
    if times[0] == times[1]:
        raise ValidationError.single("shift_end", "the shift ends when it starts", "shift_length")
    if not 0 <= shift.break_minutes < span:
        raise ValidationError.single("shift_break", f"0 to {span - 1} minutes", "shift_break")
    return shift


def validate(shifts: list[ShiftDef], demand: list[Demand]) -> None:
    problems = []
    if not shifts:
        problems.append(FieldProblem("shift_code", "at least one shift type", code="shift_none"))
    codes = [s.code for s in shifts]
    for code in sorted({c for c in codes if codes.count(c) > 1}):
        problems.append(FieldProblem("shift_code", f"{code} is used twice", code="shift_code_twice"))
    for d in demand:
        if d.shift not in codes:
            problems.append(FieldProblem("demand", f"no shift type {d.shift}", code="demand_shift"))
        counts = list(zip(d.minimum, d.wished, strict=True)) + [(d.holiday_minimum, d.holiday_wished)]
        if any(not 0 <= low <= MAX_ON_A_SHIFT or not low <= wished <= MAX_ON_A_SHIFT for low, wished in counts):
            problems.append(
                FieldProblem(
                    "demand",
                    f"{d.shift}: 0 to {MAX_ON_A_SHIFT}, and the wished number at least the minimum",
                    code="demand_counts",
                )
            )
    if problems:
        raise ValidationError(problems)
