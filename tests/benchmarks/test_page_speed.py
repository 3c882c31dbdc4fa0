"""How long the GUI thread is held when a user opens a page, on a ten-year database: the longest gap
between the ticks of a 1 ms timer while the page is shown, read (off the GUI thread where the read is
long) and painted. The bar is the issue's: nothing holds the GUI thread for more than 100 ms.

As in the app, the window builds the pages ahead while the user reads the start page (one a turn of the
event loop); how long each of those turns holds the GUI thread is reported beside the visits."""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from hvbdesk.app import build_services, open_database
from hvbdesk.config import make_config
from tests.benchmarks.conftest import PASSPHRASE, report

pytestmark = pytest.mark.benchmark

BAR_MS = 100
ROUNDS = 3  # windows built afresh: a page's first visit builds it


def _longest_hold_ms(action, settle_ms: int = 800) -> float:
    ticks: list[float] = []
    beat = QTimer()
    beat.setInterval(1)
    beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    beat.start()
    loop = QEventLoop()
    QTimer.singleShot(20, action)
    QTimer.singleShot(settle_ms, loop.quit)
    loop.exec()
    beat.stop()
    return max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) * 1000


def test_no_page_holds_the_gui_thread_when_opened(qapp, ten_year_demo, monkeypatch):
    from hvbdesk.domain import public_holidays
    from hvbdesk.gui.shell.gui_thread_gc import GuiThreadCollector
    from hvbdesk.gui.shell.main_window import MainWindow, ShellContext
    from hvbdesk.gui.shell.style import apply_style
    from hvbdesk.gui.shell.translations import install_translators

    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    apply_style(qapp)  # as the app looks: the style sheet's polish is part of a page's first showing
    translators = install_translators(qapp, "sv")
    collector = GuiThreadCollector(qapp)  # as the app runs: collection on the GUI thread, settled at login
    config = make_config(str(ten_year_demo))
    services = build_services(open_database(config, None), config)
    public_holidays.load()  # as the opener does while the user types
    actor = services.users.authenticate("manager", "demo")
    first: dict[str, list[float]] = {}
    again: dict[str, list[float]] = {}
    ahead: list[float] = []
    try:
        for _ in range(ROUNDS):
            window = MainWindow(services, actor, ShellContext("bench", True, 10, "sv", lambda c: None))
            window.resize(1366, 768)
            window.show()
            collector.settle()
            _longest_hold_ms(lambda w=window: w.show_page("occupancy"))
            window.pages_built.connect(collector.settle)  # as the app does
            ahead.append(_longest_hold_ms(lambda w=window: w.build_pages_ahead(0, 100), settle_ms=3000))
            assert window.pages_built_ahead
            for key in window.pages:
                first.setdefault(key, []).append(_longest_hold_ms(lambda w=window, k=key: w.show_page(k)))
                other = "occupancy" if key != "occupancy" else "residents"
                _longest_hold_ms(lambda w=window, k=other: w.show_page(k))
                again.setdefault(key, []).append(_longest_hold_ms(lambda w=window, k=key: w.show_page(k)))
            window.close()
            window.deleteLater()
    finally:
        collector.stop()
        for t in translators:
            qapp.removeTranslator(t)
        services.db.dispose()
    medians = {k: (statistics.median(first[k]), statistics.median(again[k])) for k in first}
    report(
        "page_open",
        built_ahead_longest=f"{statistics.median(ahead):.0f}ms",
        **{k: f"{f:.0f}/{a:.0f}ms" for k, (f, a) in medians.items()},
    )
    slow = {k: v for k, v in medians.items() if max(v) > BAR_MS}
    assert slow == {}, f"pages holding the GUI thread over {BAR_MS} ms (first visit, again): {slow}"
