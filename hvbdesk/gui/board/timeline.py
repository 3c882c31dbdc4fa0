"""The timeline: every place over the coming weeks (and back in history), painted in code.

A stay is a solid bar up to today and a lighter one up to its planned end; a stay still there
after its planned end shows the overrun in red; a reservation is a dashed outline.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from hvbdesk.domain.enums import PlaceKind
from hvbdesk.services.beds import TimelineBar

ROW_H, HEADER_H, GUTTER = 22, 36, 118
ORDINARY, ACUTE, OVERRUN = QColor("#2f6f8f"), QColor("#c8691c"), QColor("#b3261e")
GRID, WEEKEND, TODAY = QColor("#e3e8ee"), QColor("#f3f5f8"), QColor("#1f7a8c")


class Timeline(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._places: list[tuple[int, PlaceKind]] = []
        self._bars: list[TimelineBar] = []
        self._first = dt.date.today()
        self._days = 98
        self._today = dt.date.today()
        self._row = 0  # the place the keyboard is on
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleDescription(self.tr("Up and down arrows move between the places."))

    def set_data(
        self, places: list[tuple[int, PlaceKind]], bars: list[TimelineBar], first: dt.date, days: int, today: dt.date
    ) -> None:
        self._places, self._bars, self._first, self._days, self._today = places, bars, first, days, today
        self._row = min(self._row, max(0, len(places) - 1))
        self.setMinimumHeight(HEADER_H + ROW_H * len(places) + 8)
        self._say_row()
        self.update()

    # --- keyboard and screen readers -----------------------------------------------------------
    def row_text(self, row: int) -> str:
        """One place's line as a screen reader reads it: the stays and reservations in view, with dates."""
        number, kind = self._places[row]
        place = self.tr("Place %1").replace("%1", str(number))
        if kind is PlaceKind.ACUTE:
            place += " " + self.tr("(acute)")
        last = self._first + dt.timedelta(days=self._days - 1)
        parts = []
        for bar in sorted((b for b in self._bars if b.place_number == number), key=lambda b: b.start):
            parts.append(self._bar_text(bar))
        span = self.tr("%1 to %2").replace("%1", f"{self._first:%Y-%m-%d}").replace("%2", f"{last:%Y-%m-%d}")
        return f"{place}, {span}: " + ("; ".join(parts) if parts else self.tr("free"))

    def _bar_text(self, bar: TimelineBar) -> str:
        if bar.kind == "reservation":
            return (
                self.tr("Reserved %1 – %2")
                .replace("%1", f"{bar.start:%Y-%m-%d}")
                .replace("%2", f"{bar.planned_end:%Y-%m-%d}")
            )
        return (
            self.tr("%1: %2 – %3, planned end %4")
            .replace("%1", bar.label)
            .replace("%2", f"{bar.start:%Y-%m-%d}")
            .replace("%3", f"{bar.end:%Y-%m-%d}" if bar.end else "…")
            .replace("%4", f"{bar.planned_end:%Y-%m-%d}")
        )

    def _say_row(self) -> None:
        self.setAccessibleName(self.row_text(self._row) if self._places else self.tr("Timeline"))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def keyPressEvent(self, e) -> None:
        if e.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._places:
            step = 1 if e.key() == Qt.Key.Key_Down else -1
            self._row = max(0, min(len(self._places) - 1, self._row + step))
            self._say_row()
            self.update()
            return
        super().keyPressEvent(e)

    def focusInEvent(self, e) -> None:
        super().focusInEvent(e)
        self._say_row()
        self.update()

    def focusOutEvent(self, e) -> None:
        super().focusOutEvent(e)
        self.update()

    @property
    def first(self) -> dt.date:
        return self._first

    def bars(self) -> list[TimelineBar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(900, HEADER_H + ROW_H * max(len(self._places), 10) + 8)

    def _x(self, moment: dt.datetime | dt.date) -> float:
        if isinstance(moment, dt.datetime):
            days = (moment - dt.datetime.combine(self._first, dt.time())).total_seconds() / 86400
        else:
            days = (moment - self._first).days
        return GUTTER + days * self._day_w()

    def _day_w(self) -> float:
        return max(1.0, (self.width() - GUTTER - 4) / self._days)

    def _row_y(self, place_number: int) -> float | None:
        for i, (number, _) in enumerate(self._places):
            if number == place_number:
                return HEADER_H + i * ROW_H
        return None

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        day_w = self._day_w()
        bottom = HEADER_H + ROW_H * len(self._places)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        p.setFont(small)
        for i in range(self._days):
            day = self._first + dt.timedelta(days=i)
            x = GUTTER + i * day_w
            if day.weekday() >= 5:
                p.fillRect(QRectF(x, HEADER_H, day_w, bottom - HEADER_H), WEEKEND)
            if day.weekday() == 0:
                p.setPen(QPen(GRID, 1))
                p.drawLine(int(x), HEADER_H - 14, int(x), bottom)
                p.setPen(QColor("#5a6877"))
                week = self.tr("w. %1").replace("%1", str(day.isocalendar().week))
                room = self.width() - x - 3
                fm = QFontMetrics(small)
                # A label that does not fit before the edge is left out whole: the last one read "v.".
                if fm.horizontalAdvance(week) <= room:
                    p.drawText(QRectF(x + 3, 2, 7 * day_w, 16), Qt.AlignmentFlag.AlignLeft, week)
                if fm.horizontalAdvance(f"{day:%d/%m}") <= room:
                    p.drawText(QRectF(x + 3, 17, 7 * day_w, 16), Qt.AlignmentFlag.AlignLeft, f"{day:%d/%m}")
        for i, (number, kind) in enumerate(self._places):
            y = HEADER_H + i * ROW_H
            if i == self._row and self.hasFocus():  # where the keyboard is
                p.fillRect(QRectF(0, y + 1, GUTTER - 2, ROW_H - 2), QColor("#cfe8ed"))
            p.setPen(QPen(GRID, 1))
            p.drawLine(GUTTER, int(y + ROW_H), self.width(), int(y + ROW_H))
            p.setPen(ACUTE if kind is PlaceKind.ACUTE else QColor("#1d2733"))
            label = self.tr("Place %1").replace("%1", str(number))
            if kind is PlaceKind.ACUTE:
                label += " " + self.tr("(acute)")
            p.drawText(QRectF(6, y, GUTTER - 8, ROW_H), Qt.AlignmentFlag.AlignVCenter, label)
        # Bars begin right of the place names: a stay shifted out of view drew over "Plats 5".
        p.save()
        p.setClipRect(QRectF(GUTTER, 0, self.width() - GUTTER, bottom + 1))
        for bar in self._bars:
            self._paint_bar(p, bar)
        p.restore()
        if self._first <= self._today < self._first + dt.timedelta(days=self._days):
            x = self._x(self._today) + day_w / 2
            p.setPen(QPen(TODAY, 2))
            p.drawLine(int(x), HEADER_H - 4, int(x), bottom)

    def _paint_bar(self, p: QPainter, bar: TimelineBar) -> None:
        y = self._row_y(bar.place_number)
        if y is None:
            return
        kind = next((k for n, k in self._places if n == bar.place_number), PlaceKind.ORDINARY)
        color = ACUTE if kind is PlaceKind.ACUTE else ORDINARY
        top, height = y + 5, ROW_H - 10
        left = max(GUTTER, self._x(bar.start))
        now = dt.datetime.combine(self._today, dt.time(12))
        if bar.kind == "reservation":
            right = self._x(bar.end)
            p.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(left, top, max(2, right - left), height), 4, 4)
            return
        planned = dt.datetime.combine(bar.planned_end, dt.time())
        end = bar.end or max(now, planned)
        solid_end = bar.end or now
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRoundedRect(QRectF(left, top, max(2, self._x(solid_end) - left), height), 4, 4)
        if bar.end is None:
            if planned > now:
                faded = QColor(color)
                faded.setAlpha(90)
                p.setBrush(faded)
                p.drawRoundedRect(QRectF(self._x(now), top, self._x(planned) - self._x(now), height), 4, 4)
            elif planned < now:
                p.setBrush(OVERRUN)
                p.drawRect(QRectF(max(left, self._x(planned)), top, self._x(now) - max(left, self._x(planned)), height))
        if bar.label and self._x(end) - left > 26:
            p.setPen(QColor("white"))
            p.drawText(
                QRectF(left + 4, top, self._x(solid_end) - left - 6, height), Qt.AlignmentFlag.AlignVCenter, bar.label
            )

    def bar_at(self, pos) -> TimelineBar | None:
        for bar in self._bars:
            y = self._row_y(bar.place_number)
            if y is None or not (y <= pos.y() <= y + ROW_H):
                continue
            end = bar.end or dt.datetime.combine(max(bar.planned_end, self._today), dt.time())
            if self._x(bar.start) <= pos.x() <= self._x(end):
                return bar
        return None

    def event(self, e) -> bool:
        if e.type() == e.Type.ToolTip:
            bar = self.bar_at(e.pos())
            if bar is None:
                QToolTip.hideText()
                return True
            QToolTip.showText(e.globalPos(), self._bar_text(bar), self)
            return True
        return super().event(e)
