"""House habits checked by machine: ruff's lint and format, and mypy on the headless packages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
CODE = ["hvbdesk", "tests", "db"]


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    result = _run(str(TOOLS / "ruff"), "check", "--no-cache", *CODE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted_as_ruff_formats_it():
    result = _run(str(TOOLS / "ruff"), "format", "--check", "--no-cache", *CODE)
    assert result.returncode == 0, "run ruff format: " + result.stdout + result.stderr


def test_mypy_accepts_the_headless_packages():
    """The packages under [tool.mypy] files in pyproject.toml: domain, services, store, security, roster,
    reports and i18n (the GUI is typed against PySide6's stubs and not checked here)."""
    result = _run(sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", "/dev/null")
    assert result.returncode == 0, result.stdout + result.stderr
