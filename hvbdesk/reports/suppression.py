"""Small-number suppression for tables of persons: a cell of 1 or 2 persons is shown as "<3", and enough
other cells and totals are hidden that no hidden cell can be worked out from what is shown.

First the usual rule for a table with margins: in every line (a row with its total, a column with its
total, the totals row with the grand total) either nothing is hidden or at least two entries are. Then a
reader who knows the rule is played: every "<3" is 1 or 2, every "×" is 0 or at least 3 (it would read
"<3" otherwise), and every line adds up. CP-SAT asks, for each "<3", whether both 1 and 2 fit what is
shown; while one of them does not, one more entry of its lines is hidden (the smallest shown one of at
least 3, a cell before a total).
"""

from __future__ import annotations

from dataclasses import dataclass

from ortools.sat.python import cp_model

SMALL = "<3"
HIDDEN = "×"  # hidden only so that a "<3" cannot be worked out


@dataclass(frozen=True)
class Grid:
    """A table of counts with its margins: cells[row][column], row totals, column totals, grand total."""

    cells: tuple[tuple[int, ...], ...]

    @property
    def row_totals(self) -> tuple[int, ...]:
        return tuple(sum(r) for r in self.cells)

    @property
    def column_totals(self) -> tuple[int, ...]:
        return tuple(sum(c) for c in zip(*self.cells, strict=True)) if self.cells else ()

    @property
    def total(self) -> int:
        return sum(self.row_totals)


# Positions in the extended table: (r, c) with r == rows meaning the totals row, c == columns the totals column.
Pos = tuple[int, int]


def _value(grid: Grid, pos: Pos) -> int:
    rows, cols = len(grid.cells), len(grid.cells[0]) if grid.cells else 0
    r, c = pos
    if r < rows and c < cols:
        return grid.cells[r][c]
    if r < rows:
        return grid.row_totals[r]
    if c < cols:
        return grid.column_totals[c]
    return grid.total


def _lines(rows: int, cols: int) -> list[list[Pos]]:
    lines = [[(r, c) for c in range(cols + 1)] for r in range(rows + 1)]
    lines += [[(r, c) for r in range(rows + 1)] for c in range(cols + 1)]
    return lines


def suppress(grid: Grid) -> dict[Pos, str]:
    """What each position of the extended table shows: the number, "<3" or "×"."""
    rows, cols = len(grid.cells), len(grid.cells[0]) if grid.cells else 0
    positions = [(r, c) for r in range(rows + 1) for c in range(cols + 1)]
    lines = _lines(rows, cols)
    small = {p for p in positions if 1 <= _value(grid, p) <= 2}
    hidden = set(small)
    while True:
        _close_lines(grid, lines, hidden)
        exposed = [p for p in sorted(small) if _worked_out(grid, lines, hidden, small, p)]
        if not exposed:
            break
        target = exposed[0]
        around = {q for line in lines if target in line for q in line if q not in hidden}
        if not around:  # everything near it is hidden already; nothing more to hide
            break
        hidden.add(min(around, key=lambda q: (_value(grid, q) < 3, q[0] == rows or q[1] == cols, _value(grid, q), q)))
    return {p: SMALL if p in small else HIDDEN if p in hidden else str(_value(grid, p)) for p in positions}


def _close_lines(grid: Grid, lines: list[list[Pos]], hidden: set[Pos]) -> None:
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(p in hidden for p in line) != 1:
                continue
            shown = [p for p in line if p not in hidden]
            pick = min(shown, key=lambda p: (_value(grid, p) < 3, _value(grid, p), p))
            hidden.add(pick)
            changed = True


def _worked_out(grid: Grid, lines: list[list[Pos]], hidden: set[Pos], small: set[Pos], target: Pos) -> bool:
    """Whether a reader can tell the "<3" at `target` is 1 or is 2 from what is shown."""
    bound = 10 * grid.total + 10
    fits = []
    for value in (1, 2):
        model = cp_model.CpModel()
        var = {}
        for p in hidden:
            domain = cp_model.Domain(1, 2) if p in small else cp_model.Domain.from_intervals([[0, 0], [3, bound]])
            var[p] = model.new_int_var_from_domain(domain, f"v{p}")
        for line in lines:
            *cells, margin = line
            left = sum(var[p] if p in hidden else _value(grid, p) for p in cells)
            model.add(left == (var[margin] if margin in hidden else _value(grid, margin)))
        model.add(var[target] == value)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        fits.append(solver.solve(model) in (cp_model.OPTIMAL, cp_model.FEASIBLE))
    return fits.count(True) < 2
