"""Occupancy per month as bars with the 80 % the day fee assumes as a line: drawn in code, so it scales
with the screen and says its figures to a screen reader."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hvbdesk.reports.sv_format import percent

BAR = QColor("#2e6da4")
BAR_LOW = QColor("#a0a7b0")
TARGET = QColor("#c0392b")


class OccupancyChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._labels: list[str] = []
        self._values: list[float] = []
        self._target = 0.8
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Occupancy per month"))

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def set_months(self, labels: list[str], values: list[float], target: float) -> None:
        self._labels, self._values, self._target = labels, values, target
        self.setAccessibleDescription(
            "; ".join(f"{label}: {percent(value)}" for label, value in zip(labels, values, strict=True))
        )
        self.setToolTip(self.accessibleDescription())
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        left, bottom, top = metrics.horizontalAdvance("100 %") + 8, metrics.height() + 6, metrics.height()
        plot = QRectF(left, top, max(10, self.width() - left - 6), max(10, self.height() - top - bottom))
        painter.setPen(QPen(self.palette().mid().color(), 1))
        for step in (0, 0.5, 1.0):
            y = plot.bottom() - plot.height() * step
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{step * 100:.0f} %",
            )
        if not self._values:
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.tr("No months yet"))
            return
        slot = plot.width() / len(self._values)
        for i, (label, value) in enumerate(zip(self._labels, self._values, strict=True)):
            height = plot.height() * min(value, 1.0)
            bar = QRectF(plot.left() + i * slot + slot * 0.15, plot.bottom() - height, slot * 0.7, height)
            painter.fillRect(bar, BAR if value >= self._target else BAR_LOW)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, metrics.height()),
                int(Qt.AlignmentFlag.AlignHCenter),
                label,
            )
        y = plot.bottom() - plot.height() * self._target
        painter.setPen(QPen(TARGET, 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
