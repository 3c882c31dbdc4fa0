"""Opening the database while the login dialog is up.

The heavy part of a start (importing SQLAlchemy, the models and the window's modules, deriving the
database key, bringing the schema to head) runs on a worker thread after the login dialog is painted, so
the user sees the dialog at once and types while it runs. A passphrase that must be asked for is asked on
the GUI thread, with the worker waiting for the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from hvbdesk.config import Config
from hvbdesk.gui.common.background import Worker

if TYPE_CHECKING:
    from hvbdesk.app import Services


@dataclass(frozen=True)
class Opened:
    services: Services
    has_accounts: bool
    is_demo: bool


class AskOnGuiThread(QObject):
    """A PassphrasePrompt the worker may call: the question is put on the GUI thread and the worker
    waits for the answer (a blocking queued call: the GUI thread itself never waits)."""

    _asked = Signal(bool)

    def __init__(self, ask: Callable[[bool], str | None], parent: QObject | None = None):
        super().__init__(parent)
        self._ask = ask
        self._answer: str | None = None
        self.closing = False  # the app is ending: answer "no passphrase" without asking
        self._asked.connect(self._on_gui_thread, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(bool)
    def _on_gui_thread(self, creating: bool) -> None:
        self._answer = None if self.closing else self._ask(creating)

    def __call__(self, creating: bool) -> str | None:
        self._asked.emit(creating)
        return self._answer


def _open(config: Config, prompt, create: bool) -> Opened:
    from hvbdesk.app import build_services, create_database, open_database

    db = create_database(config, prompt, demo=False) if create else open_database(config, prompt)
    try:
        services = build_services(db, config)
        opened = Opened(services, services.users.has_accounts(), services.is_demo)
        import hvbdesk.gui.shell.main_window  # noqa: F401  the window's modules, loaded while the user types
        from hvbdesk.domain import public_holidays

        public_holidays.load()  # 0.15 s of imports the roster page's first visit waited for
    except BaseException:
        db.dispose()
        raise
    return opened


class DatabaseOpener(QObject):
    """Opens (or creates) the database on a worker thread; `opened` or `failed` comes on the GUI thread."""

    opened = Signal(object)  # Opened
    failed = Signal(object)  # the exception

    def __init__(self, config: Config, *, create: bool, prompt: Callable[[bool], str | None] | None, parent: QObject):
        super().__init__(parent)
        self._config, self._create = config, create
        self._prompt = AskOnGuiThread(prompt, self) if prompt is not None else None
        self._worker: Worker | None = None

    def start(self) -> None:
        config, prompt, create = self._config, self._prompt, self._create
        self._worker = Worker(lambda: _open(config, prompt, create), self)
        self._worker.finished.connect(self._hand_over)  # queued to the GUI thread
        self._worker.start()

    def wait(self) -> None:
        """Only when the app ends: an open under way finishes before Qt goes, and a database opened after
        the user closed the login dialog (never handed over) is closed again."""
        worker = self._worker
        if worker is None:
            return
        if self._prompt is not None:
            self._prompt.closing = True
        # A worker waiting for a passphrase waits for this thread: let its question through (answered "none").
        while not worker.wait(50):
            QCoreApplication.processEvents()
        if worker.outcome is not None and worker.outcome[0]:
            worker.outcome[1].services.db.dispose()

    def _hand_over(self) -> None:
        worker, self._worker = self._worker, None
        assert worker is not None and worker.outcome is not None
        ok, value = worker.outcome
        worker.deleteLater()
        signal: Any = self.opened if ok else self.failed
        signal.emit(value)
