from __future__ import annotations

from pathlib import Path

from hvbdesk.security.roles import MATRIX, Permission, Role, allows, matrix_markdown

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_shows_the_matrix_the_code_enforces():
    assert matrix_markdown() in README.read_text(encoding="utf-8")


def test_deny_by_default():
    assert all(isinstance(p, Permission) for perms in MATRIX.values() for p in perms)
    assert not allows("janitor", Permission.RESIDENT_READ)  # an unknown role gets nothing
    assert MATRIX[Role.STEERING_VIEWER] == {Permission.OCCUPANCY_COUNTS, Permission.REPORT_STEERING}
