"""A layout that lays its widgets out in a row and wraps them onto the next row when the row is full, so
that a page's toolbar stays whole on a small screen or at a large text scale instead of clipping its
buttons' labels."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Everything on one row."""
        width = sum(item.sizeHint().width() for item in self._visible()) + self._spacing * max(
            0, len(self._visible()) - 1
        )
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the widest single widget: the rest wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if item.widget() is None or not item.widget().isHidden()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items row by row within `rect`; the height they take. Items in a row are centred
        vertically on the row's tallest."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[QLayoutItem]] = [[]]
        x = area.x()
        for item in self._visible():
            width = item.sizeHint().width()
            if rows[-1] and x + width > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append(item)
            x += width + self._spacing
        y = area.y()
        for row in rows:
            height = max((item.sizeHint().height() for item in row), default=0)
            x = area.x()
            for item in row:
                hint = item.sizeHint()
                width = min(hint.width(), area.width())
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, hint.height())))
                x += width + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom() if rows[0] else 0
