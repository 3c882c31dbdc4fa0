"""Layering rules checked by machine: Qt only under hvbdesk/gui; the GUI never reaches the store."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_only_in_gui():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "hvbdesk").rglob("*.py")
        if "gui" not in p.relative_to(ROOT / "hvbdesk").parts
        and any(n.split(".")[0] in {"PySide6", "shiboken6"} for n in _imports(p))
    ]
    assert offenders == []


def test_gui_does_not_touch_sql():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "hvbdesk" / "gui").rglob("*.py")
        if any(n.split(".")[0] == "sqlalchemy" or n.startswith("hvbdesk.store") for n in _imports(p))
    ]
    assert offenders == []


def test_import_linter_contracts_hold():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_headless_modules_import_without_qt():
    code = (
        "import sys, hvbdesk.cli, hvbdesk.app, hvbdesk.services.demo, hvbdesk.store.backup; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
