"""What a roster leaves uncovered, and a short explanation in plain Swedish of why."""

from __future__ import annotations

from dataclasses import dataclass

from hvbdesk.roster.check import Assignment
from hvbdesk.roster.home import HomeRoster


@dataclass(frozen=True)
class Gap:
    date_index: int
    shift: str
    missing: int
    minutes: int


def gaps(home: HomeRoster, assignment: Assignment) -> list[Gap]:
    out = []
    for (day, shift), need in sorted(home.minimum.items()):
        have = sum(1 for e in home.problem.staff if assignment.get(e.id, {}).get(day) == shift)
        if have < need:
            out.append(Gap(day, shift, need - have, (need - have) * home.shifts[shift].paid_minutes))
    return out


def explain(home: HomeRoster, assignment: Assignment, full_time_week_hours: float = 40.0) -> list[str]:
    """Sentences for the manager: capacity against demand, and the rules that bind."""
    found = gaps(home, assignment)
    if not found:
        return []
    weeks = home.problem.days / 7
    round_clock = [m for m in home.staff.values() if m.fte_percent and not m.weekdays_only]
    capacity = sum(full_time_week_hours * weeks * m.fte_percent / 100 for m in round_clock)
    their_shifts = {code for code, shift in home.shifts.items() if any(m.role in shift.roles for m in round_clock)}
    demand = sum(need * home.shifts[s].paid_minutes / 60 for (d, s), need in home.minimum.items()
                 if s in their_shifts)
    missing_hours = sum(g.minutes for g in found) / 60
    positions = f"{missing_hours / (full_time_week_hours * weeks):.1f}".replace(".", ",")  # Swedish decimal comma
    lines = [
        f"{len(round_clock)} behandlingsassistenter ger {capacity:.0f} timmar på {weeks:.0f} veckor; "
        f"bemanningen kräver {demand:.0f}; {missing_hours:.0f} timmar blir obemannade, "
        f"ungefär {positions} tjänster."
    ]
    weekend_days = {d for days in home.problem.weekends() for d in days}
    weekend_gaps = sum(g.missing for g in found if g.date_index in weekend_days)
    if weekend_gaps:
        per_weekend = max(sum(need for (d, s), need in home.minimum.items() if d == day) for day in weekend_days)
        limit = max((e.max_weekends for e in home.problem.staff), default=0)
        lines.append(
            f"{weekend_gaps} av passen saknas på helger: varje helgdag behöver {per_weekend} personer, men ingen "
            f"får arbeta mer än {limit} av {len(home.problem.weekends())} helger.")
    nights = home.problem.max_in_a_row
    night_gaps = sum(g.missing for g in found if g.shift in nights and g.date_index not in weekend_days)
    if night_gaps:
        lines.append(f"{night_gaps} nattpass saknas; högst {max(nights.values())} nätter i rad.")
    return lines
