from __future__ import annotations

import re

from tests.cli.conftest import PASSPHRASE, run_cli


def test_smoke_test_opens_the_window_headless_and_prints_timings(demo_dir):
    result = run_cli(
        "--smoke-test",
        env={"HVBDESK_DB_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"},
        data_dir=demo_dir / "data",
    )
    assert result.returncode == 0, result.stderr
    assert re.match(
        r"smoke test: qt\+style \d+ ms, database \d+ ms, login \d+ ms, window drawn \d+ ms, total \d+ ms", result.stdout
    )


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
