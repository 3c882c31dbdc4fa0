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
