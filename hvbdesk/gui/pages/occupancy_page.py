"""Start page: occupancy today in large figures (counts only, so every role may see it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from hvbdesk.gui.pages.common import heading, muted
from hvbdesk.services.context import Actor
from hvbdesk.services.residents import ResidentService


class _Tile(QFrame):
    def __init__(self, title: str):
        super().__init__()
        self.setProperty("role", "tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        self._title = QLabel(title)
        self._title.setProperty("role", "tileTitle")
        self.value = QLabel("–")
        self.value.setProperty("role", "tileValue")
        self.detail = QLabel("")
        self.detail.setProperty("role", "muted")
        for w in (self._title, self.value, self.detail):
            layout.addWidget(w)


class OccupancyPage(QWidget):
    painted = Signal()

    def __init__(self, residents: ResidentService, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._residents = residents
        self._actor = actor
        self._painted_once = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(18)
        layout.addWidget(heading(self.tr("Occupancy")))
        grid = QGridLayout()
        grid.setSpacing(16)
        self.ordinary = _Tile(self.tr("Care places"))
        self.acute = _Tile(self.tr("Acute places"))
        self.total = _Tile(self.tr("All places"))
        for i, tile in enumerate((self.ordinary, self.acute, self.total)):
            grid.addWidget(tile, 0, i)
        layout.addLayout(grid)
        note = QFrame()
        note.setProperty("role", "card")
        inner = QVBoxLayout(note)
        inner.setContentsMargins(20, 16, 20, 16)
        inner.addWidget(muted(self.tr(
            "The bed board with every place, the timeline of the coming weeks, referrals and "
            "admissions come in the next version. The figures above are counted from the registered stays.")))
        layout.addWidget(note)
        layout.addStretch(1)

    def refresh(self) -> None:
        o = self._residents.occupancy_now(self._actor)
        self.ordinary.value.setText(f"{o.ordinary_occupied} / {o.ordinary_places}")
        self.ordinary.detail.setText(self.tr("occupied now"))
        self.acute.value.setText(f"{o.acute_occupied} / {o.acute_places}")
        self.acute.detail.setText(self.tr("occupied now"))
        share = round(100 * o.total_occupied / o.total_places) if o.total_places else 0
        self.total.value.setText(f"{share} %")
        self.total.detail.setText(self.tr("%1 of %2 places occupied").replace("%1", str(o.total_occupied))
                                  .replace("%2", str(o.total_places)))

    def on_lock(self) -> None:
        pass  # counts only: nothing personal to hide

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            self.painted.emit()
