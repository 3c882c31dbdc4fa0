"""No handler in hvbdesk/gui calls a slow service method (one its service marks `@slow`: a PDF, a report,
a backup, an import, the solver, a whole record) on the GUI thread: each such call must sit in a lambda or
a nested function handed to the off-thread helper (`Background.run`) or the solver's runner (`start`)."""

from __future__ import annotations

import ast
import typing
from pathlib import Path

from hvbdesk.app import Services
from hvbdesk.services.context import SLOW_MARK

GUI = Path(__file__).resolve().parents[2] / "hvbdesk" / "gui"
HANDED_OVER_BY = {"run", "start"}  # Background.run(what, call, …), SolverRunner.start(work)


def slow_methods() -> dict[str, set[str]]:
    """Services field name -> the names of its slow methods."""
    out: dict[str, set[str]] = {}
    for field, cls in typing.get_type_hints(Services).items():
        names = {n for n in dir(cls) if getattr(getattr(cls, n, None), SLOW_MARK, False)}
        if names:
            out[field] = names
    return out


def _receiver(node: ast.expr) -> str | None:
    """`self._printing` -> printing, `steering` -> steering, `services.records` -> records."""
    if isinstance(node, ast.Name):
        return node.id.lstrip("_")
    if isinstance(node, ast.Attribute):
        return node.attr.lstrip("_")
    return None


def _handed_over(call: ast.Call, parents: dict[ast.AST, ast.AST]) -> bool:
    node: ast.AST = call
    while node in parents:
        parent = parents[node]
        if isinstance(parent, ast.Lambda):
            holder = parents.get(parent)
            return (
                isinstance(holder, ast.Call)
                and isinstance(holder.func, ast.Attribute)
                and holder.func.attr in HANDED_OVER_BY
            )
        if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)):
            outer = parents.get(parent)
            return outer is not None and any(
                isinstance(c, ast.Call)
                and isinstance(c.func, ast.Attribute)
                and c.func.attr in HANDED_OVER_BY
                and any(isinstance(a, ast.Name) and a.id == parent.name for a in c.args)
                for c in ast.walk(outer)
            )
        node = parent
    return False


def slow_calls(source: str, slow: dict[str, set[str]]) -> list[tuple[int, str, bool]]:
    """(line, 'service.method', handed over) for every call of a slow method in `source`."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            service = _receiver(node.func.value)
            if service in slow and node.func.attr in slow[service]:
                found.append((node.lineno, f"{service}.{node.func.attr}", _handed_over(node, parents)))
    return sorted(found)


def test_every_slow_service_call_in_the_gui_runs_off_the_gui_thread():
    slow = slow_methods()
    assert {"write_plan", "write_sip", "write_roster"} <= slow["printing"] and "solve" in slow["roster"]
    seen, direct = [], []
    for path in sorted(GUI.rglob("*.py")):
        if "forms" in path.parts:
            continue
        for line, what, handed_over in slow_calls(path.read_text(encoding="utf-8"), slow):
            seen.append(what)
            if not handed_over:
                direct.append(f"{path.relative_to(GUI)}:{line} {what}")
    assert direct == [], "slow calls on the GUI thread:\n" + "\n".join(direct)
    # The scan finds the calls it is about (a scan that found nothing would pass too).
    assert {"printing.write_plan", "printing.write_sip", "steering.pdf", "roster.solve", "records.record"} <= set(seen)


def test_the_scan_catches_a_direct_call_and_passes_a_handed_over_one():
    slow = {"printing": {"write_plan"}}
    source = """
class Page:
    def direct(self):
        self._printing.write_plan(actor, 1, out)

    def handed_over(self):
        self.background.run("…", lambda: self._printing.write_plan(actor, 1, out), self._done)

    def nested(self):
        def work():
            return self._printing.write_plan(actor, 1, out)
        self.background.run("…", work)

    def nested_not_handed_over(self):
        def work():
            return self._printing.write_plan(actor, 1, out)
        work()

    def lambda_called_here(self):
        (lambda: self._printing.write_plan(actor, 1, out))()
"""
    found = slow_calls(source, slow)
    assert [handed for _, _, handed in found] == [False, True, True, False, False]
