"""How fast the bed board opens and redraws, and how start-up compares with a bare Qt window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

import pytest

from hvbdesk.app import build_services, open_database
from hvbdesk.config import make_config
from tests.benchmarks.conftest import PASSPHRASE, report

pytestmark = pytest.mark.benchmark

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv[:1])
table = QTableWidget(10, 5)
for r in range(10):
    for c in range(5):
        table.setItem(r, c, QTableWidgetItem(f"{r},{c}"))
table.resize(1280, 800)
table.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def test_board_open_and_redraw(qtbot, ten_year_demo, monkeypatch):
    from hvbdesk.gui.main_window import MainWindow, ShellContext

    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    config = make_config(str(ten_year_demo))
    services = build_services(open_database(config, None), config)
    actor = services.users.authenticate("manager", "demo")
    window = MainWindow(services, actor, ShellContext("bench", True, 10, "sv", lambda c: None))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    page = window.board_page
    opens, redraws = [], []
    for _ in range(10):
        start = time.perf_counter()
        page.refresh()
        page.grab()
        opens.append((time.perf_counter() - start) * 1000)
    for _ in range(30):
        start = time.perf_counter()
        page.board.grab()
        page.timeline.grab()
        redraws.append((time.perf_counter() - start) * 1000)
    open_ms, redraw_ms = statistics.median(opens), statistics.median(redraws)
    report("bed_board", open_ms=f"{open_ms:.1f}", redraw_ms=f"{redraw_ms:.1f}")
    services.db.dispose()
    assert redraw_ms < 100, "a redraw of the board and timeline should stay under 100 ms"


def _wall(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def test_start_up_against_a_bare_window(ten_year_demo):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HVBDESK_DB_PASSPHRASE": PASSPHRASE}
    ours, bare = [], []
    for _ in range(3):  # side by side, alternating, in one run
        bare.append(_wall([sys.executable, "-c", BARE_WINDOW], env))
        ours.append(_wall([sys.executable, "-m", "hvbdesk", "--data-dir", str(ten_year_demo), "--smoke-test"], env))
    ratio = statistics.median(ours) / statistics.median(bare)
    report(
        "start_up",
        hvbdesk_s=f"{statistics.median(ours):.2f}",
        bare_window_s=f"{statistics.median(bare):.2f}",
        ratio=f"{ratio:.1f}",
    )
    # The bar. Not met yet: the passphrase's key derivation (SQLCipher PBKDF2, ~170 ms) and
    # the argon2id login (~110 ms) alone are more than twice the bare window; see the issue note.
    assert ratio <= 3, f"start-up is {ratio:.1f} times a bare window"
