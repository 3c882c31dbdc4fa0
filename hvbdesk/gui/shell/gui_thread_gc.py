"""Python's cyclic garbage collector runs in whichever thread happens to allocate past its threshold. On a
worker thread (opening the database, writing a PDF) it may collect a Qt object left in a reference cycle,
and Qt then destroys it off the GUI thread: the process crashed so (a segmentation fault in the middle of a
worker's migrations). While the GUI runs, automatic collection is off and a timer on the GUI thread
collects instead, by Python's own thresholds.

A full collection walks every object the program holds: with the database layer, the pages and the
holiday tables loaded, some 200 000, 165 ms on the GUI thread each time. What exists once the database is
open and the window is up (modules, classes, the pages) lives as long as the program, so `settle` moves it
out of the collector's sight (gc.freeze): a full collection then walks what came after, ~5 ms."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(CHECK_EVERY_MS)

    def collect_if_due(self) -> int:
        """The generation collected, or -1 when none was due."""
        counts = gc.get_count()
        due = -1
        for generation in range(3):
            if counts[generation] > self._thresholds[generation]:
                due = generation
            else:
                break
        if due >= 0:
            gc.collect(due)
        return due

    def settle(self) -> None:
        """What exists now stays for the program's life: later collections leave it out."""
        gc.freeze()

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()
        gc.enable()
