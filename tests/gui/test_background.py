"""The one off-thread helper (issue 12, item 7): the work runs on a worker thread while the GUI thread
goes on, the result comes back on the GUI thread, and a failure is said once, in words."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from hvbdesk.domain.errors import ValidationError
from hvbdesk.gui.common.background import Background, Reload


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


class _GatedRead:
    """A page's read that waits at a gate: each call returns the next number once the gate is opened."""

    def __init__(self):
        self.gate = threading.Event()
        self.calls = 0
        self.threads: set[int] = set()

    def __call__(self) -> int:
        self.threads.add(threading.get_ident())
        assert self.gate.wait(10)
        self.calls += 1
        return self.calls


def test_a_page_s_read_runs_off_the_gui_thread_and_a_request_meanwhile_reads_again(qtbot):
    read, shown = _GatedRead(), []
    reload = Reload(_window(qtbot), "Test", read, shown.append)
    reload.request()
    reload.request()  # the data changed meanwhile: one more read, not two at once, and not none
    reload.request()
    assert reload.busy and shown == []  # the GUI thread went on
    read.gate.set()
    qtbot.waitUntil(lambda: not reload.busy, timeout=10_000)
    assert shown == [1, 2] and read.calls == 2  # the newest is what stays on the screen
    assert threading.get_ident() not in read.threads


def test_a_read_under_way_at_a_lock_never_reaches_the_screen(qtbot):
    read, shown = _GatedRead(), []
    reload = Reload(_window(qtbot), "Test", read, shown.append)
    reload.request()
    reload.discard()  # the screen locks: what the last user's read brings must not be shown behind it
    read.gate.set()
    qtbot.waitUntil(lambda: not reload.busy, timeout=10_000)
    assert shown == []
    reload.request()  # unlocked: read afresh
    qtbot.waitUntil(lambda: not reload.busy, timeout=10_000)
    assert shown == [2]


def test_a_failed_read_is_said_in_the_one_dialog(qtbot, swedish, monkeypatch):
    shown, told = [], []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: told.append(a[2])))

    def refused():
        raise ValidationError.single("out", "must end in .pdf or .csv", "export_suffix")

    reload = Reload(_window(qtbot), "Test", refused, shown.append)
    reload.request()
    qtbot.waitUntil(lambda: not reload.busy, timeout=10_000)
    assert shown == [] and told == ["Fil: ska sluta på .pdf eller .csv"]
