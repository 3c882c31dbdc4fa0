"""Pieces every page uses: a heading, an empty-state text, a standard table view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from hvbdesk.gui.common.table_model import RowsModel, RowsProxy


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "pageHeading")
    return label


def muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


ASCENDING = (0, Qt.SortOrder.AscendingOrder)
NEWEST_FIRST = (0, Qt.SortOrder.DescendingOrder)  # for tables whose first column is a date or time


def table_view(model: RowsModel, sort: tuple[int, Qt.SortOrder] | None = ASCENDING) -> tuple[QTableView, RowsProxy]:
    """A sortable table that opens sorted by `sort` (column, order); None keeps the rows' own order. Qt's
    own default is the first column Z→A, which no table here wants."""
    proxy = RowsProxy(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    if sort is None:
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.sortByColumn(*sort)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view, proxy


_FITTED = "hvbdesk_columns_fitted"
FIT_ROWS = 50  # how many rows a column's width is measured on (a cut cell shows whole in its tooltip)


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their contents (within reason); the last one takes what is left, but never less
    than its own header and contents: on a narrow window the table scrolls sideways instead (the last
    column's header was squeezed to "Sen…"). Measured once the table first has rows: a later refresh keeps
    the widths (and any a user dragged), where measuring again held the GUI thread 30-50 ms each time."""
    if view.property(_FITTED):
        return
    if view.model() is not None and view.model().rowCount() > 0:
        view.setProperty(_FITTED, True)
    header = view.horizontalHeader()
    # Measured on the first rows only: measuring all of ten years' referrals took half a second.
    header.setResizeContentsPrecision(FIT_ROWS)
    view.resizeColumnsToContents()
    for i in range(header.count() - 1):
        header.resizeSection(i, min(header.sectionSize(i), 300))
    if header.count():
        last = header.count() - 1
        need = min(300, max(view.sizeHintForColumn(last), header.sectionSizeHint(last)))
        keeper = view.findChild(_LastColumnKeeper)
        if keeper is None:
            keeper = _LastColumnKeeper(view)
            view.viewport().installEventFilter(keeper)
        keeper.need = need
        keeper.apply()


class _LastColumnKeeper(QObject):
    """Stretches a table's last column to the viewport's edge while that leaves it its width; below that
    the column keeps its width and the table scrolls."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self._view = view
        self.need = 0

    def apply(self) -> None:
        header = self._view.horizontalHeader()
        last = header.count() - 1
        if last < 0:
            return
        before = sum(header.sectionSize(i) for i in range(last) if not header.isSectionHidden(i))
        room = self._view.viewport().width() - before
        header.setStretchLastSection(room >= self.need)
        if room < self.need:
            header.resizeSection(last, self.need)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False
