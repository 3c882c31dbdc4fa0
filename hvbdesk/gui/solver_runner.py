"""Runs the roster solver off the GUI thread and hands progress and the result back on it."""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal


class _Worker(QThread):
    """A Qt thread, not a bare Python one: Qt then owns the thread's bookkeeping and tears it down
    in order (a foreign thread emitting signals left an adopted thread object behind at exit)."""

    def __init__(self, body: Callable, parent: QObject):
        super().__init__(parent)
        self._body = body

    def run(self) -> None:
        self._body()


class SolverRunner(QObject):
    progress = Signal(int, int, float)  # best objective, proven bound, seconds
    finished = Signal(object)  # the Solution (the best so far when cancelled)
    failed = Signal(object)  # the exception

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: _Worker | None = None
        self._cancel = threading.Event()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self, work: Callable) -> None:
        """`work(on_progress, cancel)` returns a Solution; it runs on a worker thread. Signals are
        queued to this object's (the GUI) thread."""
        self._cancel = threading.Event()
        cancel = self._cancel
        self._thread = _Worker(lambda: self._run(work, cancel), self)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, seconds: float) -> None:
        if self._thread is not None:
            self._thread.wait(int(seconds * 1000))

    def _run(self, work: Callable, cancel: threading.Event) -> None:
        try:
            solution = work(lambda p: self.progress.emit(p.objective, p.bound, p.seconds), cancel)
        except Exception as exc:  # handed to the GUI thread, which says it in Swedish
            self.failed.emit(exc)
        else:
            self.finished.emit(solution)
