"""A roster being edited: the model it is checked against, the cells, absences, wishes and the
violations the manager chose to keep. Plain Python, so the grid, the services and the tests share it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from hvbdesk.roster.check import Assignment, Violation, violations
from hvbdesk.roster.home import HomeRoster, Wish
from hvbdesk.roster.shortfall import Gap, gaps

BASE, PERIOD = "base", "period"


@dataclass(frozen=True)
class SheetViolation:
    violation: Violation
    kept_reason: str | None  # None: still open

    @property
    def key(self) -> tuple[str, str, int]:
        return violation_key(self.violation)


def violation_key(v: Violation) -> tuple[str, str, int]:
    """A violation without a date (hours over the period, weekends) is kept on the first day."""
    return v.rule, v.employee, 0 if v.day is None else v.day


@dataclass
class RosterSheet:
    kind: str  # BASE or PERIOD
    home: HomeRoster
    assignment: Assignment
    source: str = "saved"  # saved | base (generated from the base schedule, not yet saved) | empty
    absences: dict[tuple[str, int], str] = field(default_factory=dict)  # (staff id, day) -> absence kind
    wishes: list[Wish] = field(default_factory=list)
    kept: dict[tuple[str, str, int], str] = field(default_factory=dict)  # violation key -> reason
    seen: str | None = None  # what was stored when the sheet was read; a save over a newer one is refused
    # Where the shifts just before and after a period come from: saved | base | none (nothing known).
    edges: tuple[str, str] = ("none", "none")

    @property
    def days(self) -> int:
        return self.home.problem.days

    @property
    def staff_ids(self) -> list[str]:
        return [e.id for e in self.home.problem.staff]

    @property
    def is_blank(self) -> bool:
        """Not a single shift laid out: a roster not started, rather than one full of gaps."""
        return not any(self.assignment.values())

    def shift_at(self, staff_id: str, day: int) -> str | None:
        return self.assignment.get(staff_id, {}).get(day)

    def set(self, staff_id: str, day: int, shift: str | None) -> str | None:
        """Put `shift` (None: off) in a cell; returns what was there."""
        cells = self.assignment.setdefault(staff_id, {})
        before = cells.get(day)
        if shift is None:
            cells.pop(day, None)
        else:
            cells[day] = shift
        return before

    def violations(self) -> list[SheetViolation]:
        found = violations(self.home.problem, self.assignment)
        return [SheetViolation(v, self.kept.get(violation_key(v))) for v in found]

    def minutes(self, staff_id: str) -> int:
        paid = {code: s.paid_minutes for code, s in self.home.shifts.items()}
        return sum(paid.get(s, 0) for s in self.assignment.get(staff_id, {}).values())

    def target(self, staff_id: str) -> int | None:
        return next(e.target_minutes for e in self.home.problem.staff if e.id == staff_id)

    def cover(self, day: int, shift: str) -> int:
        return sum(1 for cells in self.assignment.values() if cells.get(day) == shift)

    def gaps(self) -> list[Gap]:
        return gaps(self.home, self.assignment)

    def is_temporary(self, staff_id: str) -> bool:
        return self.home.staff[staff_id].temporary

    def solver_problem(self):
        """The problem the solver works on: temporary staff are called in by hand, never planned, so
        they leave the model and what they already cover is taken off the demand."""
        problem = self.home.problem
        temporary = {i for i in self.staff_ids if self.is_temporary(i)}
        covered = {}
        for staff_id in temporary:
            for day, shift in self.assignment.get(staff_id, {}).items():
                covered[day, shift] = covered.get((day, shift), 0) + 1
        cover = [
            replace(c, requirement=max(0, c.requirement - covered.get((c.day, c.shift), 0))) for c in problem.cover
        ]
        return replace(
            problem,
            staff=[e for e in problem.staff if e.id not in temporary],
            cover=cover,
            on_requests=[r for r in problem.on_requests if r.employee not in temporary],
            off_requests=[r for r in problem.off_requests if r.employee not in temporary],
            fixed={k: v for k, v in problem.fixed.items() if k[0] not in temporary},
        )

    def changes_for(self, assignment: Assignment) -> list[tuple[str, int, str | None]]:
        """The cells a solver's roster changes: every planned (not temporary) person's row."""
        return [
            (who, day, assignment.get(who, {}).get(day))
            for who in self.staff_ids
            if not self.is_temporary(who)
            for day in range(self.days)
            if self.shift_at(who, day) != assignment.get(who, {}).get(day)
        ]

    def apply(self, assignment: Assignment) -> None:
        """Put a solver's roster in."""
        for who, day, shift in self.changes_for(assignment):
            self.set(who, day, shift)

    def date(self, day: int) -> dt.date:
        return self.home.dates[day]
