"""What a roster leaves uncovered, and a short explanation in the user's language of why."""

from __future__ import annotations

from dataclasses import dataclass

from hvbdesk.i18n import decimal, fill, translate
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
    capacity = sum(full_time_week_hours * weeks * (m.fte_percent or 0) / 100 for m in round_clock)
    their_shifts = {code for code, shift in home.shifts.items() if any(m.role in shift.roles for m in round_clock)}
    demand = sum(need * home.shifts[s].paid_minutes / 60 for (d, s), need in home.minimum.items() if s in their_shifts)
    missing_hours = sum(g.minutes for g in found) / 60
    positions = decimal(missing_hours / (full_time_week_hours * weeks))
    if not round_clock:  # nobody to weigh against the demand: "the demand needs 0" would mislead
        return [
            fill(
                translate(
                    "Shortfall",
                    "No treatment assistant with a position works round the clock in this period: all %1 hours "
                    "of the staffing demand stay unstaffed, about %2 positions.",
                ),
                f"{missing_hours:.0f}",
                positions,
            )
        ]
    lines = [
        fill(
            translate(
                "Shortfall",
                "%1 treatment assistants give %2 hours in %3 weeks; the staffing demand needs %4; %5 hours "
                "stay unstaffed, about %6 positions.",
            ),
            len(round_clock),
            f"{capacity:.0f}",
            f"{weeks:.0f}",
            f"{demand:.0f}",
            f"{missing_hours:.0f}",
            positions,
        )
    ]
    weekend_days = {d for days in home.problem.weekends() for d in days}
    weekend_gaps = sum(g.missing for g in found if g.date_index in weekend_days)
    if weekend_gaps:
        per_weekend = max(sum(need for (d, s), need in home.minimum.items() if d == day) for day in weekend_days)
        limit = max((e.max_weekends for e in home.problem.staff), default=0)
        lines.append(
            fill(
                translate(
                    "Shortfall",
                    "%1 of the shifts are missing at weekends: every weekend day needs %2 people, but nobody "
                    "may work more than %3 of %4 weekends.",
                ),
                weekend_gaps,
                per_weekend,
                limit,
                len(home.problem.weekends()),
            )
        )
    nights = home.problem.max_in_a_row
    night_gaps = sum(g.missing for g in found if g.shift in nights and g.date_index not in weekend_days)
    if night_gaps:
        lines.append(
            fill(
                translate("Shortfall", "%1 night shifts are missing; at most %2 nights in a row."),
                night_gaps,
                max(nights.values()),
            )
        )
    return lines
