"""Runs the roster solver off the GUI thread and hands progress and the result back on it."""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, Signal


class SolverRunner(QObject):
    progress = Signal(int, int, float)  # best objective, proven bound, seconds
    finished = Signal(object)  # the Solution (the best so far when cancelled)
    failed = Signal(object)  # the exception

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, work: Callable) -> None:
        """`work(on_progress, cancel)` returns a Solution; it runs on a worker thread. Signals are
        queued to this object's (the GUI) thread."""
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(work, self._cancel), daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, seconds: float) -> None:
        if self._thread is not None:
            self._thread.join(seconds)

    def _run(self, work: Callable, cancel: threading.Event) -> None:
        try:
            solution = work(lambda p: self.progress.emit(p.objective, p.bound, p.seconds), cancel)
        except Exception as exc:  # handed to the GUI thread, which says it in Swedish
            self.failed.emit(exc)
        else:
            self.finished.emit(solution)
