"""What changed between two versions of an implementation plan, goal by goal (matched by key)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GoalChange:
    key: str
    kind: str  # added | removed | changed | same
    before: object | None
    after: object | None
    fields: tuple[str, ...] = ()


def compare_goals(before: list, after: list) -> list[GoalChange]:
    """Goals have .key, .need, .goal, .care_plan_link and .actions (each with what/how/who/when)."""
    old = {g.key: g for g in before}
    new = {g.key: g for g in after}
    changes = []
    for g in after:
        if g.key not in old:
            changes.append(GoalChange(g.key, "added", None, g))
            continue
        o = old[g.key]
        fields = tuple(f for f in ("need", "goal", "care_plan_link") if getattr(o, f) != getattr(g, f))
        if _actions(o) != _actions(g):
            fields += ("actions",)
        changes.append(GoalChange(g.key, "changed" if fields else "same", o, g, fields))
    changes += [GoalChange(g.key, "removed", g, None) for g in before if g.key not in new]
    return changes


def _actions(goal) -> list[tuple]:
    return [(a.what, a.how, a.who, a.when) for a in goal.actions]
