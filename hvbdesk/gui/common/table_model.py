"""A read-only table model over a list of plain rows, with columns declared once.

The model sorts and filters its rows itself, in Python, once per change: a sort key is computed once a
row, where Qt's proxy asked Python for two keys at every comparison (ten thousand calls for 576 young
people, a fifth of a second on the GUI thread each time the table was refreshed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from hvbdesk.i18n.collation import swedish_order


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False


_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # the tooltip shows what a cut cell holds
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._search_texts: list[str] | None = None  # each row's texts, folded; made at the first search

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = self._in_order(list(rows))
        self._search_texts = None
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    # --- sorting and searching ----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            self._sorted_by = None  # "no order": the rows stay as they are
            return
        if self._sorted_by == (column, order):
            return  # already so: the view asks twice for one header click, and set_rows keeps the order
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_rows = [id(self._rows[i.row()]) for i in before]
        self._rows = self._in_order(self._rows)
        self._search_texts = None
        position = {id(row): i for i, row in enumerate(self._rows)}
        after = [self.index(position[key], i.column()) for key, i in zip(old_rows, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _in_order(self, rows: list[Any]) -> list[Any]:
        if self._sorted_by is None:
            return rows
        column, order = self._sorted_by
        spec = self._columns[column]
        key = spec.sort_key or (lambda row: swedish_order(spec.text(row)))
        # A missing value (None) sorts apart from the values instead of failing to compare with them.
        keys = [(value is None, value) for value in map(key, rows)]
        # Stable: rows with equal keys keep the order the service gave them.
        positions = sorted(range(len(rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return [rows[i] for i in positions]

    def matches(self, row: int, folded_text: str) -> bool:
        """Whether any of the row's cells holds the text (already case-folded)."""
        if self._search_texts is None:
            self._search_texts = ["\n".join(column.text(r) for column in self._columns).casefold() for r in self._rows]
        return folded_text in self._search_texts[row]

    # --- Qt's model interface -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Asked for some eight roles a cell at each paint and measure: the ones not answered leave first.
        if role in _TEXT_ROLES:
            return self._columns[index.column()].text(self._rows[index.row()]) if index.isValid() else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and self._columns[index.column()].align_right:
            return _RIGHT
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None


class RowsProxy(QSortFilterProxyModel):
    """What the view shows of a RowsModel: the model's own order (a header click asks the model to sort)
    and the rows that hold the search text."""

    def __init__(self, model: RowsModel, parent=None):
        super().__init__(parent)
        self._model = model
        self._search = ""
        self.setSourceModel(model)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        return not self._search or self._model.matches(source_row, self._search)
