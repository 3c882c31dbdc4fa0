"""The left column of Planer and SIP: the young people placed now, one a line with their place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout

from hvbdesk.gui.common.page_parts import heading, muted

if TYPE_CHECKING:
    from hvbdesk.services.beds import PlaceCard


class PlacedPeople(QListWidget):
    """Each line holds a value, a tuple of what the page needs to show the person; a refill keeps the
    person chosen before (by the value's first part), else chooses the first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedWidth(230)

    def column(self, title: str) -> QVBoxLayout:
        """The page's heading over the list, as the page's left column."""
        layout = QVBoxLayout()
        layout.addWidget(heading(title))
        layout.addWidget(muted(self.tr("Young people placed now")))
        layout.addWidget(self, 1)
        return layout

    def fill(self, cards: Sequence[PlaceCard], value: Callable[[PlaceCard], tuple]) -> bool:
        """The placed among the bed board's cards; False when nobody is placed (nothing is then chosen)."""
        before = self.chosen()
        self.blockSignals(True)
        self.clear()
        for card in cards:
            if card.stay_id:
                item = QListWidgetItem(f"{card.name}\n" + self.tr("Place %1").replace("%1", str(card.place_number)))
                item.setData(Qt.ItemDataRole.UserRole, value(card))
                self.addItem(item)
        self.blockSignals(False)
        firsts = [self.value_at(i)[0] for i in range(self.count())]
        kept = before is not None and before[0] in firsts
        self.setCurrentRow(firsts.index(before[0]) if kept else (0 if firsts else -1))
        return bool(firsts)

    def value_at(self, row: int) -> Any:
        return self.item(row).data(Qt.ItemDataRole.UserRole)

    def chosen(self) -> Any:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def choose_where(self, matches: Callable[[tuple], bool]) -> None:
        for row in range(self.count()):
            if matches(self.value_at(row)):
                self.setCurrentRow(row)
                return
