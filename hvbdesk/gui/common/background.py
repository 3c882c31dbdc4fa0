"""The one way a screen runs a service call and says why it failed.

Work that may take over 100 ms (print, export, backup, import, report; the methods a service marks
`@slow`) goes through `Background.run`: the call runs on a Qt worker thread, the window shows what is
happening, the result comes back on the GUI thread. A page whose read is long (ten years of young people)
reads through `Reload`, quietly, and shows what it read on the GUI thread. A quick call (a click's write, a
few ms) goes through `attempt`, on the GUI thread. Either way a refusal is said in one error dialog, in
words.

The GUI thread never waits: the worker's `finished` signal is queued to this object's (the GUI) thread,
which then hands over the result. Nothing is emitted from a thread Qt does not own.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from hvbdesk.domain.errors import HvbError
from hvbdesk.i18n.messages import describe

SHOW_AFTER_MS = 300  # a quick call finishes before anything flashes up


class Worker(QThread):
    """Runs one call; `outcome` is (True, result) or (False, the exception), read once `finished` came."""

    def __init__(self, call: Callable[[], Any], parent: QObject):
        super().__init__(parent)
        self._call = call
        self.outcome: tuple[bool, Any] | None = None

    def run(self) -> None:
        try:
            self.outcome = (True, self._call())
        except Exception as exc:  # handed to the GUI thread, which says it in the user's language
            self.outcome = (False, exc)


class Background(QObject):
    """Runs one task at a time for its window; `done` and `failed` are for tests and status lines."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, window: QWidget, title: str):
        super().__init__(window)
        self._window, self._title = window, title
        self._worker: Worker | None = None
        self._progress: QProgressDialog | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._on_failed: Callable[[HvbError], None] | None = None

    @property
    def running(self) -> bool:
        return self._worker is not None

    def run(
        self,
        what: str,
        call: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        quiet: bool = False,
        on_failed: Callable[[HvbError], None] | None = None,
    ) -> bool:
        """Start `call` off the GUI thread; `what` says what is happening ("Skriver planen …").
        False when a task of this window is still running (the user is told, unless `quiet`: a refresh
        the user did not ask for shows no progress and simply waits for the next turn).
        A form that says a refusal in its own error line takes it through `on_failed`; anything that is
        not an HvbError (a bug, a full disk) still gets the dialog."""
        if self._worker is not None:
            if not quiet:
                QMessageBox.information(
                    self._window, self._title, self.tr("Wait until the work already started is done.")
                )
            return False
        self._on_done, self._on_failed = on_done, on_failed
        if not quiet:
            self._progress = QProgressDialog(what, "", 0, 0, self._window)
            self._progress.setCancelButton(None)  # a half-written printout is never left: the work runs to its end
            self._progress.setWindowTitle(self._title)
            self._progress.setWindowModality(Qt.WindowModality.WindowModal)
            self._progress.setMinimumDuration(SHOW_AFTER_MS)
        self._worker = Worker(call, self)
        self._worker.finished.connect(self._hand_over)
        self._worker.start()
        return True

    def wait(self, ms: int) -> None:
        """Only for closing a window: let a running task end before the window goes."""
        if self._worker is not None:
            self._worker.wait(ms)

    def _hand_over(self) -> None:
        worker, self._worker = self._worker, None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        if worker is None or worker.outcome is None:
            return
        ok, value = worker.outcome
        worker.deleteLater()
        if ok:
            if self._on_done is not None:
                self._on_done(value)
            self.done.emit(value)
            return
        if self._on_failed is not None and isinstance(value, HvbError):
            self._on_failed(value)
        else:
            say_failure(self._window, self._title, value)
        self.failed.emit(value)


class Reload(QObject):
    """A page's read off the GUI thread, shown on it: `request` starts `read` on a worker thread and hands
    its result to `show` on the GUI thread. A request while a read runs is made again once it ends, so the
    newest data is what stays on the screen. `discard` (at a lock) keeps a read under way from reaching the
    screen: nothing read for the last user is shown behind the lock."""

    shown = Signal()  # after `show`: tests and status lines wait for it

    def __init__(self, window: QWidget, title: str, read: Callable[[], Any], show: Callable[[Any], None]):
        super().__init__(window)
        self._window, self._title = window, title
        self._read, self._show = read, show
        self._worker: Worker | None = None
        self._again = False
        self._discarded = False

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def request(self) -> None:
        if self._worker is not None:
            self._again = True
            return
        self._discarded = False
        self._worker = Worker(self._read, self)
        self._worker.finished.connect(self._hand_over)
        self._worker.start()

    def discard(self) -> None:
        self._again = False
        self._discarded = self._worker is not None

    def wait(self, ms: int) -> None:
        """Only for closing a window: let a read under way end before the window goes."""
        if self._worker is not None:
            self._worker.wait(ms)

    def _hand_over(self) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        worker.deleteLater()
        if not self._discarded and worker.outcome is not None:
            ok, value = worker.outcome
            if ok:
                self._show(value)
                self.shown.emit()
            else:
                say_failure(self._window, self._title, value)
        self._discarded = False
        if self._again:
            self._again = False
            self.request()


def explain(exc: BaseException) -> str:
    if isinstance(exc, HvbError):
        return describe(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Background", "The file could not be written: %1").replace(
            "%1", exc.strerror or str(exc)
        )
    return QCoreApplication.translate("Background", "The work could not be done: %1").replace(
        "%1", str(exc) or type(exc).__name__
    )


def say_failure(window: QWidget | None, title: str, exc: BaseException) -> None:
    """The error dialog every screen shares."""
    QMessageBox.warning(window, title, explain(exc))


def attempt(
    window: QWidget | None, title: str, call: Callable[[], Any], on_done: Callable[[Any], None] | None = None
) -> bool:
    """A quick service call on the GUI thread: the result to `on_done`, or a refusal (an HvbError: a rule,
    a permission, someone else's newer change) said in the shared error dialog. True when it was done."""
    try:
        value = call()
    except HvbError as exc:
        say_failure(window, title, exc)
        return False
    if on_done is not None:
        on_done(value)
    return True
