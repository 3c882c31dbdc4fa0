"""The roster grid: staff as rows, dates as columns, a shift code per cell, hours against target at
the end of each row and cover against demand in footer rows. Edited with mouse and keyboard: type a
shift's letter, Delete clears, Ctrl+C / Ctrl+V copy and paste a block (a week), Ctrl+Z undoes.
Cells are painted here; every edit is checked against the rules at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPen,
    QPolygon,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QTableView

from hvbdesk.gui.roster.roster_texts import absence_name, absence_short, day_text, weekday_short, wish_text
from hvbdesk.roster.sheet import BASE, RosterSheet, SheetViolation

VIOLATION_ROLE = Qt.ItemDataRole.UserRole + 1  # "open" | "kept" | None
DAY_KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "weekend" | "holiday" | None
ABSENCE_ROLE = Qt.ItemDataRole.UserRole + 3
WISH_ROLE = Qt.ItemDataRole.UserRole + 4
SHORT_ROLE = Qt.ItemDataRole.UserRole + 5  # a footer cell below the minimum
SHIFT_CELL_ROLE = Qt.ItemDataRole.UserRole + 6  # True on a person's day

SHIFT_COLOURS = {"D": "#fff4c7", "K": "#ffdcb8", "N": "#cdd8ec", "O": "#d9efd9"}
OTHER_SHIFT_COLOUR = "#e6e0f2"


class RosterModel(QAbstractTableModel):
    """The sheet as a table; the last column holds hours, the last rows cover per shift."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sheet: RosterSheet | None = None
        self._staff: list[str] = []
        self._cover_shifts: list[str] = []
        self._marks: dict[tuple[str, int | None], str] = {}
        self.found: list[SheetViolation] = []
        self._wishes: dict[tuple[str, int], str] = {}

    def set_sheet(self, sheet: RosterSheet | None) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self._staff = sheet.staff_ids if sheet else []
        self._cover_shifts = (
            sorted({s for (_, s) in sheet.home.minimum}, key=list(sheet.home.shifts).index) if sheet else []
        )
        self._wishes = {}
        if sheet is not None:
            index = {d: i for i, d in enumerate(sheet.home.dates)}
            for w in sheet.wishes:
                if w.day in index:
                    self._wishes[w.staff_id, index[w.day]] = self._wish_text(w)
        self._recheck()
        self.endResetModel()

    def _wish_text(self, wish) -> str:
        shifts = self.sheet.home.shifts
        return wish_text(shifts[wish.shift].name if wish.shift in shifts else wish.shift, wish.want)

    def _recheck(self) -> None:
        self.found = self.sheet.violations() if self.sheet else []
        self._marks = {}
        for f in self.found:
            key = (f.violation.employee, f.violation.day)
            if self._marks.get(key) != "open":
                self._marks[key] = "kept" if f.kept_reason else "open"

    # --- shape ---------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.sheet else len(self._staff) + len(self._cover_shifts)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.sheet else self.sheet.days + 1

    def is_staff_cell(self, index: QModelIndex) -> bool:
        return index.isValid() and index.row() < len(self._staff) and index.column() < self.sheet.days

    def staff_at(self, row: int) -> str | None:
        return self._staff[row] if 0 <= row < len(self._staff) else None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_staff_cell(index):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    # --- contents ------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.sheet is None:
            return None
        row, col, sheet = index.row(), index.column(), self.sheet
        if col < sheet.days and role == DAY_KIND_ROLE:
            if sheet.home.holidays[col]:
                return "holiday"
            return "weekend" if sheet.date(col).weekday() >= 5 else None
        if row >= len(self._staff):
            return self._cover_data(self._cover_shifts[row - len(self._staff)], col, role)
        who = self._staff[row]
        if col == sheet.days:
            return self._hours_data(who, role)
        shift = sheet.shift_at(who, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if shift is None and (who, col) in sheet.absences:
                return absence_short(sheet.absences[who, col])
            return shift or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(who, col, shift)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader reads the cell as a sentence
            text = self._cell_tooltip(who, col, shift).replace("\n", ", ")
            return text if shift or (who, col) in sheet.absences else text + ", " + self.tr("off")
        if role == VIOLATION_ROLE:
            return self._marks.get((who, col))
        if role == ABSENCE_ROLE:
            return sheet.absences.get((who, col))
        if role == WISH_ROLE:
            return self._wishes.get((who, col))
        if role == SHIFT_CELL_ROLE:
            return True
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _cell_tooltip(self, who: str, day: int, shift: str | None) -> str:
        lines = [f"{self.sheet.home.staff[who].name} – {self.column_title(day)}"]
        if shift:
            s = self.sheet.home.shifts.get(shift)
            lines.append(f"{s.name} {s.start:%H:%M}–{s.end:%H:%M}" if s else shift)
        if (who, day) in self.sheet.absences:
            lines.append(absence_name(self.sheet.absences[who, day]))
        if (who, day) in self._wishes:
            lines.append(self._wishes[who, day])
        return "\n".join(lines)

    def _hours_data(self, who: str, role):
        minutes, target = self.sheet.minutes(who), self.sheet.target(who)
        if role == Qt.ItemDataRole.DisplayRole:
            if target is None:
                return f"{minutes / 60:.0f} h"
            return f"{minutes / 60:.0f}/{target / 60:.0f} h"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Hours in the roster against the target (FTE × full-time week, less absence)")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            hours = self._hours_data(who, Qt.ItemDataRole.DisplayRole)
            return f"{self.sheet.home.staff[who].name}, {self.tr('Hours')}: {hours}"
        if role == VIOLATION_ROLE:
            return self._marks.get((who, None))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cover_data(self, shift: str, col: int, role):
        if col == self.sheet.days:
            return None
        have, need = self.sheet.cover(col, shift), self.sheet.home.minimum.get((col, shift), 0)
        wished = self.sheet.home.wished.get((col, shift), need)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{have}/{need}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = (
                self.tr("%1: %2 on the roster; at least %3, wished %4")
                .replace("%1", self.sheet.home.shifts[shift].name)
                .replace("%2", str(have))
                .replace("%3", str(need))
                .replace("%4", str(wished))
            )
            return text if role == Qt.ItemDataRole.ToolTipRole else f"{self.column_title(col)}, {text}"
        if role == SHORT_ROLE:  # red marks a roster someone laid out, not one not started yet
            return have < need and not self.sheet.is_blank
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def column_title(self, day: int) -> str:
        return day_text(self.sheet, day)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.sheet is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                if section == self.sheet.days:
                    return self.tr("Hours")
                date = self.sheet.date(section)
                if self.sheet.kind == BASE:  # the cycle's own weeks: a base schedule has no dates
                    week = self.tr("w. %1").replace("%1", str(section // 7 + 1)) if date.weekday() == 0 else ""
                    return f"{week}\n{weekday_short(date.weekday())}"
                week = self.tr("w. %1").replace("%1", str(date.isocalendar()[1])) if date.weekday() == 0 else ""
                return f"{week}\n{weekday_short(date.weekday())}\n{date.day}/{date.month}"
            if role == Qt.ItemDataRole.ForegroundRole and section < self.sheet.days:
                if self.sheet.home.holidays[section] or self.sheet.date(section).weekday() == 6:
                    return QBrush(QColor("#b3261e"))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(self._staff):
                member = self.sheet.home.staff[self._staff[section]]
                share = self.tr("temp") if member.temporary else f"{member.fte_percent} %"
                return f"{member.name} ({share})"
            shift = self.sheet.home.shifts[self._cover_shifts[section - len(self._staff)]]
            return self.tr("Cover %1").replace("%1", shift.name)
        return None

    # --- editing -------------------------------------------------------------------------------
    def put(self, changes: list[tuple[str, int, str | None]]) -> list[tuple[str, int, str | None]]:
        """Set cells; returns the changes that undo it."""
        undo = [(who, day, self.sheet.set(who, day, shift)) for who, day, shift in changes]
        self._recheck()
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.edited.emit()
        return list(reversed(undo))


class CellHistory(QObject):
    """Undo and redo of the grid's edits, a step at a time (a typed letter, a paste, a laid-out roster),
    and whether the sheet is as last saved. Plain Python steps: no Qt undo commands, which Qt would
    own and destroy on its own schedule."""

    changed = Signal()

    def __init__(self, model: RosterModel, parent: QObject | None = None):
        super().__init__(parent)
        self._model = model
        self._done: list[tuple[list, list]] = []  # (changes, what undoes them)
        self._undone: list[tuple[list, list]] = []
        self._clean_at: int | None = 0  # len(_done) when saved; None: that state can no longer be reached

    def push(self, changes: list[tuple[str, int, str | None]]) -> None:
        self._done.append((changes, self._model.put(changes)))
        if self._clean_at is not None and self._clean_at > len(self._done) - 1:
            self._clean_at = None  # the saved state was undone and is now overwritten
        self._undone.clear()
        self.changed.emit()

    def undo(self) -> None:
        if self._done:
            changes, inverse = self._done.pop()
            self._model.put(inverse)
            self._undone.append((changes, inverse))
            self.changed.emit()

    def redo(self) -> None:
        if self._undone:
            changes, _ = self._undone.pop()
            self._done.append((changes, self._model.put(changes)))
            self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def is_clean(self) -> bool:
        return self._clean_at == len(self._done)

    def set_clean(self) -> None:
        self._clean_at = len(self._done)
        self.changed.emit()

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._clean_at = 0
        self.changed.emit()


class CellPainter(QStyledItemDelegate):
    """Shift colours, weekend and holiday columns, absences in grey, rule breaks outlined in red
    (kept ones in amber), a wish as a corner mark."""

    def paint(self, painter: QPainter, option, index) -> None:
        painter.save()
        rect: QRect = option.rect
        kind = index.data(DAY_KIND_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        absence = index.data(ABSENCE_ROLE)
        fill = "#ffffff" if kind is None else ("#fbe9e7" if kind == "holiday" else "#f1f3f6")
        if index.data(SHIFT_CELL_ROLE) and text and not absence:
            fill = SHIFT_COLOURS.get(text, OTHER_SHIFT_COLOUR)
        if index.data(SHORT_ROLE):
            fill = "#f6c9c4"
        painter.fillRect(rect, QColor(fill))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(31, 122, 140, 70))
        mark = index.data(VIOLATION_ROLE)
        if mark:
            painter.setPen(QPen(QColor("#c62828" if mark == "open" else "#e0a100"), 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if index.data(WISH_ROLE):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1f7a8c"))
            corner = rect.topRight()
            painter.drawPolygon(QPolygon([corner + QPoint(-7, 0), corner, corner + QPoint(0, 7)]))
        font = option.font
        font.setBold(bool(index.data(SHIFT_CELL_ROLE)) and not absence)
        font.setItalic(bool(absence))
        painter.setFont(font)
        painter.setPen(QColor("#6b7785" if absence else "#1c2733"))
        alignment = index.data(Qt.ItemDataRole.TextAlignmentRole) or int(Qt.AlignmentFlag.AlignCenter)
        painter.drawText(rect.adjusted(3, 0, -3, 0), alignment, text)
        painter.setPen(QColor("#d5dbe2"))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()


class RosterGrid(QTableView):
    """The view: keys and clipboard for the manager; read-only for everyone else."""

    cell_menu_requested = Signal(str, int, object)  # staff id, day, global position

    def __init__(self, model: RosterModel, history: CellHistory, editable: bool, parent=None):
        super().__init__(parent)
        self._model, self._undo, self.editable = model, history, editable
        self._clipboard: list[list[str | None]] = []
        self.setModel(model)
        self.setItemDelegate(CellPainter(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(54)
        self.horizontalHeader().setMinimumHeight(58)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        model.modelReset.connect(self._fit)

    def _fit(self) -> None:
        """Day columns wide enough for their header's widest line ("30/11", "v. 49") in the header's bold
        font, at any text scale; the header as tall as its lines."""
        sheet = self._model.sheet
        if sheet is None:
            return
        header = self.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        lines = [
            line
            for day in range(sheet.days)
            for line in str(self._model.headerData(day, Qt.Orientation.Horizontal)).split("\n")
        ]
        widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        header.setDefaultSectionSize(max(54, widest + 14))
        header.setMinimumHeight(3 * metrics.lineSpacing() + 12)
        hours = str(self._model.headerData(sheet.days, Qt.Orientation.Horizontal))
        header.resizeSection(sheet.days, max(86, metrics.horizontalAdvance(hours) + 14))

    def _menu(self, pos) -> None:
        index = self.indexAt(pos)
        if self._model.is_staff_cell(index):
            self.cell_menu_requested.emit(
                self._model.staff_at(index.row()), index.column(), self.viewport().mapToGlobal(pos)
            )

    def selected_cells(self) -> list[tuple[str, int]]:
        return [
            (self._model.staff_at(i.row()), i.column())
            for i in self.selectionModel().selectedIndexes()
            if self._model.is_staff_cell(i)
        ]

    def type_code(self, code: str | None) -> bool:
        """Put `code` (None: off) in every selected cell, as one step to undo."""
        cells = self.selected_cells()
        sheet = self._model.sheet
        if not cells or not self.editable:
            return False
        changes = [(who, day, code) for who, day in cells if sheet.shift_at(who, day) != code]
        if changes:
            self._undo.push(changes)
        return True

    def copy_block(self) -> None:
        cells = self.selected_cells()
        if not cells:
            return
        rows = sorted({self._model.sheet.staff_ids.index(who) for who, _ in cells})
        cols = sorted({day for _, day in cells})
        ids = self._model.sheet.staff_ids
        self._clipboard = [
            [self._model.sheet.shift_at(ids[r], c) for c in range(cols[0], cols[-1] + 1)]
            for r in range(rows[0], rows[-1] + 1)
        ]
        QGuiApplication.clipboard().setText("\n".join("\t".join(s or "" for s in row) for row in self._clipboard))

    def paste_block(self) -> None:
        """Paste the copied block with its top-left corner at the current cell."""
        start = self.currentIndex()
        if not self._clipboard or not self._model.is_staff_cell(start) or not self.editable:
            return
        sheet, ids = self._model.sheet, self._model.sheet.staff_ids
        changes = []
        for r, row in enumerate(self._clipboard):
            for c, code in enumerate(row):
                staff_row, day = start.row() + r, start.column() + c
                if staff_row < len(ids) and day < sheet.days and sheet.shift_at(ids[staff_row], day) != code:
                    changes.append((ids[staff_row], day, code))
        if changes:
            self._undo.push(changes)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_block()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_block()
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self._undo.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self._undo.redo()
            return
        if self._model.sheet is not None and self.editable:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.type_code(None)
                return
            code = event.text().strip().upper()
            if code and code in self._model.sheet.home.shifts:
                if self.type_code(code):
                    self._step_right()
                return
        super().keyPressEvent(event)

    def _step_right(self) -> None:
        """After typing in one cell, go on to the next day, as in a spreadsheet."""
        current = self.currentIndex()
        if len(self.selectionModel().selectedIndexes()) == 1 and current.column() + 1 < self._model.sheet.days:
            self.setCurrentIndex(self._model.index(current.row(), current.column() + 1))
