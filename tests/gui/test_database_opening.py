"""The start-up opens the database on a worker thread while the login dialog is up; a passphrase that must
be asked for is asked on the GUI thread (a dialog anywhere else would crash Qt), with the worker waiting."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication

from hvbdesk.config import Config
from hvbdesk.gui.shell.database_opening import DatabaseOpener


def test_a_new_database_is_made_off_the_gui_thread_with_the_passphrase_asked_on_it(qtbot, tmp_path):
    gui_thread = threading.current_thread()
    asked: list[tuple[bool, bool]] = []

    def prompt(creating: bool) -> str:
        asked.append((creating, threading.current_thread() is gui_thread))
        return "a long test passphrase"

    config = Config(data_dir=tmp_path / "data", workstation="ws-1")
    opener = DatabaseOpener(config, create=True, prompt=prompt, parent=QApplication.instance())
    with qtbot.waitSignal(opener.opened, timeout=60_000) as blocker:
        opener.start()
    opened = blocker.args[0]
    try:
        assert asked == [(True, True)]
        assert config.database_path.exists() and not opened.has_accounts and not opened.is_demo
    finally:
        opened.services.db.dispose()


def test_a_wrong_passphrase_comes_back_as_a_failure_in_words(qtbot, tmp_path):
    config = Config(data_dir=tmp_path / "data", workstation="ws-1")
    made = DatabaseOpener(config, create=True, prompt=lambda creating: "a long test passphrase", parent=None)
    with qtbot.waitSignal(made.opened, timeout=60_000) as blocker:
        made.start()
    blocker.args[0].services.db.dispose()
    opener = DatabaseOpener(config, create=False, prompt=lambda creating: "not the passphrase", parent=None)
    with qtbot.waitSignal(opener.failed, timeout=60_000) as blocker:
        opener.start()
    assert blocker.args[0].code == "key_wrong"


def test_a_database_opened_after_the_user_gave_up_is_closed_again(qtbot, tmp_path, monkeypatch):
    """The user closed the login dialog while the database was still opening: the app waits for the open
    to end and closes what it opened (its connections were left open, never handed over)."""
    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", "a long test passphrase")
    config = Config(data_dir=tmp_path / "data", workstation="ws-1")
    opener = DatabaseOpener(config, create=True, prompt=None, parent=None)
    handed_over: list = []
    opener.opened.connect(handed_over.append)
    opener.start()
    worker = opener._worker
    opener.wait()  # as the app does on quitting, with no event loop left to hand the result over
    ok, opened = worker.outcome
    assert ok and handed_over == [] and opened.services.db.engine.pool.checkedin() == 0


def test_quitting_while_a_passphrase_is_awaited_does_not_hang(qtbot, tmp_path):
    """The worker waits for the GUI thread to ask for the passphrase; the GUI thread, quitting, waits for the
    worker. The question is let through and answered "none", so the open ends (without a key) and so does
    the app."""
    config = Config(data_dir=tmp_path / "data", workstation="ws-1")
    asked: list[bool] = []
    opener = DatabaseOpener(
        config, create=True, prompt=lambda creating: asked.append(creating) or "x" * 12, parent=None
    )
    opener.start()
    worker = opener._worker
    opener.wait()
    ok, failure = worker.outcome
    assert not ok and failure.code == "key_missing" and asked == []
