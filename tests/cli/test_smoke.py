"""`hvbdesk --smoke-test`: the start-up in its two moments, headless, with its figures."""

from __future__ import annotations

import re

from tests.cli.conftest import PASSPHRASE, run_cli

HEADLESS = {"HVBDESK_DB_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
# What the login dialog must not wait for: each is imported after it is painted, off the GUI thread.
HEAVY = ("sqlalchemy", "alembic", "ortools", "reportlab", "sqlcipher3", "hvbdesk.services", "hvbdesk.store")


def test_smoke_test_logs_in_and_prints_the_two_moments_last(demo_dir):
    result = run_cli("--smoke-test", env={**HEADLESS, "PYTHONPROFILEIMPORTTIME": "1"}, data_dir=demo_dir / "data")
    assert result.returncode == 0, result.stderr
    # Loaded by the database's opener while the user types: the roster page's first visit waited 0.15 s
    # for these on the GUI thread.
    assert "holidays.countries.sweden" in result.stderr
    last = result.stdout.strip().splitlines()[-1]
    match = re.fullmatch(r"smoke: login_dialog_ms=(\d+) login_to_board_ms=(\d+) total_ms=(\d+)", last)
    assert match, result.stdout
    login_dialog, login_to_board, total = map(int, match.groups())
    assert login_dialog + login_to_board <= total


def test_stop_at_login_ends_at_the_painted_login_dialog_before_anything_heavy_is_imported(demo_dir):
    result = run_cli(
        "--smoke-test",
        "--stop-at",
        "login",
        env={**HEADLESS, "PYTHONPROFILEIMPORTTIME": "1"},
        data_dir=demo_dir / "data",
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"smoke: login_dialog_ms=\d+", result.stdout.strip())
    imported = {
        line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time")
    }
    assert "hvbdesk.gui.shell.login_dialogs" in imported
    early = sorted(m for m in imported if m.startswith(HEAVY))
    assert early == [], f"imported before the login dialog was painted: {early}"


def test_stop_at_needs_the_smoke_test(demo_dir):
    result = run_cli("--stop-at", "login", env=HEADLESS, data_dir=demo_dir / "data")
    assert result.returncode == 2 and "--stop-at gäller bara med --smoke-test" in result.stderr


def test_smoke_test_with_a_wrong_key_fails_cleanly(demo_dir):
    result = run_cli(
        "--smoke-test",
        env={"HVBDESK_DB_PASSPHRASE": "wrong-passphrase", "QT_QPA_PLATFORM": "offscreen"},
        data_dir=demo_dir / "data",
    )
    assert (
        result.returncode == 1
        and "Lösenfrasen öppnar inte databasen" in result.stderr
        and "Traceback" not in result.stderr
    )


def test_smoke_test_without_a_database_says_so(tmp_path):
    result = run_cli("--smoke-test", env=HEADLESS, data_dir=tmp_path / "nothing-here")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "nothing-here" in result.stderr
