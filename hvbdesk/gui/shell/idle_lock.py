"""The idle lock: after N minutes without keyboard or mouse, hide personal data and ask again."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QInputEvent, QWindow
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hvbdesk.domain.errors import HvbError
from hvbdesk.i18n.messages import describe
from hvbdesk.services.context import Actor
from hvbdesk.services.users import UserService


class IdleWatcher(QObject):
    """Watches the input to the application's windows; emits `idle` once the limit has passed.

    It watches each window (the main window, a dialog) as it gets the focus, where every key and mouse
    event arrives first: a filter on the whole application saw each of the ten thousand events a page's
    first showing sends, and held the GUI thread 50 ms for nothing."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None, clock=time.monotonic):
        super().__init__(parent)
        self._limit = minutes * 60
        self._clock = clock
        self._last = clock()
        self.paused = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000 if self._limit < 60 else 5000)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def watch(self, app: QGuiApplication) -> None:
        app.focusWindowChanged.connect(self._watch_window)
        for window in app.topLevelWindows():
            self._watch_window(window)

    def _watch_window(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # a second installation only moves it to the front

    def eventFilter(self, watched, event) -> bool:
        if isinstance(event, QInputEvent):  # keys, mouse, wheel, touch: someone is at the keyboard
            self._last = self._clock()
        return False

    def check(self) -> None:
        if not self.paused and self._clock() - self._last >= self._limit:
            self.paused = True
            self.idle.emit()

    def reset(self) -> None:
        self._last = self._clock()
        self.paused = False


class LockScreen(QWidget):
    """Shown instead of every page while locked: no names, no numbers, only who may unlock."""

    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, users: UserService, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._users, self._actor = users, actor
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setProperty("role", "card")
        card.setMinimumWidth(420)
        card.setMaximumWidth(480)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        title = QLabel(self.tr("The screen is locked"))
        title.setProperty("role", "pageHeading")
        layout.addWidget(title)
        who = QLabel(
            self.tr("Personal data is hidden. %1 can unlock with their password.").replace(
                "%1", actor.display_name or actor.username
            )
        )
        who.setWordWrap(True)
        who.setProperty("role", "muted")
        layout.addWidget(who)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        layout.addWidget(self.password)
        self.error = QLabel("")
        self.error.setProperty("role", "error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setProperty("role", "primary")
        self.logout_button = QPushButton(self.tr("Log out"))
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self._try_unlock)
        self.password.returnPressed.connect(self._try_unlock)
        self.logout_button.clicked.connect(self.logout_requested)

    def prepare(self) -> None:
        self.password.clear()
        self.error.hide()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _try_unlock(self) -> None:
        try:
            confirmed = self._users.confirm_password(self._actor, self.password.text())
        except HvbError as exc:  # a wait or a lock after failed attempts
            self.password.clear()
            self.error.setText(describe(exc))
            self.error.show()
            return
        if confirmed:
            self.password.clear()
            self.unlocked.emit()
            return
        self.password.clear()
        self.error.setText(self.tr("Wrong password. The attempt has been logged."))
        self.error.show()
