"""Runs the roster solver off the GUI thread and hands progress and the result back on it.

No Qt signal is emitted from a thread Qt does not own: the solver reports progress from its own
native worker threads, so progress is only noted there and read by a timer on the GUI thread, and
the result is handed over when Qt's worker thread says it has finished. (Emitting from those native
threads made Qt adopt them, and the process crashed at exit.)
"""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal

POLL_MS = 200


class _Worker(QThread):
    def __init__(self, body: Callable[[], None], parent: QObject):
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
        self._lock = threading.Lock()
        self._latest: tuple[int, int, float] | None = None
        self._shown: tuple[int, int, float] | None = None
        self._outcome: tuple[bool, object] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._show_progress)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self, work: Callable) -> None:
        """`work(on_progress, cancel)` returns a Solution; it runs on a Qt worker thread."""
        self._cancel = threading.Event()
        self._latest = self._shown = self._outcome = None
        cancel = self._cancel
        self._thread = _Worker(lambda: self._run(work, cancel), self)
        self._thread.finished.connect(self._hand_over)  # queued to this (the GUI) thread
        self._timer.start()
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, seconds: float) -> None:
        if self._thread is not None:
            self._thread.wait(int(seconds * 1000))

    def _run(self, work: Callable, cancel: threading.Event) -> None:
        try:
            self._outcome = (True, work(self._note, cancel))
        except Exception as exc:  # handed to the GUI thread, which says it in Swedish
            self._outcome = (False, exc)

    def _note(self, p) -> None:
        """Called on the solver's own threads: plain Python only."""
        with self._lock:
            self._latest = (p.objective, p.bound, p.seconds)

    def _show_progress(self) -> None:
        with self._lock:
            latest = self._latest
        if latest is not None and latest != self._shown:
            self._shown = latest
            self.progress.emit(*latest)

    def _hand_over(self) -> None:
        self._timer.stop()
        self._show_progress()
        if self._outcome is None:
            return
        ok, value = self._outcome
        (self.finished if ok else self.failed).emit(value)
