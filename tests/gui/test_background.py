"""The one off-thread helper (issue 12, item 7): the work runs on a worker thread while the GUI thread
goes on, the result comes back on the GUI thread, and a failure is said once, in words."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from hvbdesk.domain.errors import ValidationError
from hvbdesk.gui.common.background import Background


def _window(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot):
    background = Background(_window(qtbot), "Test")
    gui, seen = threading.get_ident(), {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        time.sleep(0.3)
        return 42

    QTimer.singleShot(50, lambda: seen.setdefault("gui_went_on", not seen.get("done")))
    with qtbot.waitSignal(background.done, timeout=10_000) as blocker:
        assert background.run("Arbetar …", work, lambda value: seen.update(done=value, on=threading.get_ident()))
        assert background.running
    assert blocker.args == [42] and seen["done"] == 42
    assert seen["worker"] != gui and seen["on"] == gui and seen["gui_went_on"] is True
    assert not background.running


def test_a_failure_is_said_once_in_swedish(qtbot, swedish, monkeypatch):
    background = Background(_window(qtbot), "Test")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))

    def refused():
        raise ValidationError.single("out", "must end in .pdf or .csv", "export_suffix")

    def full_disk():
        raise OSError(28, "No space left on device")

    for work in (refused, full_disk):
        with qtbot.waitSignal(background.failed, timeout=10_000):
            background.run("Arbetar …", work)
    assert shown == ["Fil: ska sluta på .pdf eller .csv", "Filen kunde inte skrivas: No space left on device"]


def test_one_task_at_a_time(qtbot, swedish, monkeypatch):
    background = Background(_window(qtbot), "Test")
    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: told.append(a[2])))
    release = threading.Event()
    with qtbot.waitSignal(background.done, timeout=10_000):
        assert background.run("Arbetar …", lambda: release.wait(5))
        assert not background.run("Arbetar igen …", lambda: None)
        release.set()
    assert told == ["Vänta tills arbetet som redan har börjat är klart."]
