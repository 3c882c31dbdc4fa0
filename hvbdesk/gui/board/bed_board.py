"""The bed board: every place as a card, painted in code so it stays fast and calm to read.

Ordinary places sit in a grid on the left, the acute places in their own column on the right
with an orange band. A card can be dragged onto another place to move its stay or reservation.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QDrag, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from hvbdesk.domain.enums import PlaceKind
from hvbdesk.gui.common.labels import basis_label, watch_text
from hvbdesk.services.beds import OCCUPIED, RESERVED, PlaceCard

MIME = "application/x-hvbdesk-board"
COLUMNS = 4  # ordinary places to a row, where the width allows
CARD_MIN_HEIGHT = 150
INK, MUTED, LINE = QColor("#1d2733"), QColor("#5a6877"), QColor("#cfd8e1")
SOFT = QColor("#5a6877")  # muted, and shown only where the card has room for it
ORDINARY_BAND, ACUTE_BAND = QColor("#2f6f8f"), QColor("#c8691c")
FREE_FILL, RESERVED_FILL, CARD_FILL = QColor("#eef3ef"), QColor("#fff8ec"), QColor("#ffffff")
OVERDUE, UPCOMING, SELECTED = QColor("#b3261e"), QColor("#b26a00"), QColor("#1f7a8c")


def _fitted(font: QFont, text: str, width: float, smallest: float = 0.8) -> QFont:
    """The font, shrunk in steps to `smallest` of its size until `text` fits `width`."""
    base = font.pointSizeF()
    fitted = QFont(font)
    scale = 1.0
    while QFontMetrics(fitted).horizontalAdvance(text) > width and scale > smallest:
        scale -= 0.05
        fitted.setPointSizeF(base * scale)
    return fitted


class BedBoard(QWidget):
    activated = Signal(object)  # PlaceCard, on double-click or Enter
    context_requested = Signal(object, object)  # PlaceCard and the global position, on a right-click
    # "stay" | "reservation", its id, target place number, its version as the board showed it
    move_requested = Signal(str, int, int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._cards: list[PlaceCard] = []
        self._rects: dict[int, QRectF] = {}
        self._names = True
        self._selected: int | None = None
        self._press: tuple[QPoint, PlaceCard] | None = None
        self._drop_target: int | None = None
        self.elided: list[str] = []
        self.left_out: list[str] = []
        self._columns = COLUMNS
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(480)
        self.setAccessibleDescription(
            self.tr("Arrow keys move between the places, Enter opens the place, the menu key shows its choices.")
        )
        self._say_selected()

    # --- data ----------------------------------------------------------------------------------
    def set_cards(self, cards: list[PlaceCard]) -> None:
        self._cards = list(cards)
        if self._selected is not None and not any(c.place_number == self._selected for c in self._cards):
            self._selected = None
        self._layout()
        self._say_selected()
        self.update()

    def set_show_names(self, show: bool) -> None:
        self._names = show
        self._say_selected()
        self.update()

    def cards(self) -> list[PlaceCard]:
        return list(self._cards)

    def card_rect(self, place_number: int) -> QRectF:
        return self._rects[place_number]

    def select(self, place_number: int | None) -> None:
        self._selected = place_number
        self._say_selected()
        self.update()

    def selected_card(self) -> PlaceCard | None:
        return next((c for c in self._cards if c.place_number == self._selected), None)

    # --- what a screen reader says -------------------------------------------------------------
    def card_text(self, card: PlaceCard) -> str:
        """The card in one sentence, as a screen reader reads it: "Plats 3, belagd, Adam Ek, dag 64 av 168,
        SoL, slutar 2027-02-01". With "initials only" the initials, as on screen."""
        return ", ".join(self.card_parts(card))

    def card_parts(self, card: PlaceCard) -> list[str]:
        place = self.tr("Place %1").replace("%1", str(card.place_number))
        if card.kind is PlaceKind.ACUTE:
            place += " " + self.tr("(acute)")
        parts = [place]
        if card.state == OCCUPIED:
            parts.append(self.tr("occupied"))
            if card.name:
                parts.append(card.name if self._names else card.initials)
                parts.append(
                    self.tr("day %1 of %2").replace("%1", str(card.day_number)).replace("%2", str(card.day_limit))
                )
                parts.append(basis_label(card.legal_basis))
                parts.append(self.tr("ends %1").replace("%1", f"{card.planned_end:%Y-%m-%d}"))
                if card.contact_persons:
                    parts.append(self.tr("Contact: %1").replace("%1", ", ".join(card.contact_persons)))
                parts += [watch_text(w) for w in card.watches]
        elif card.state == RESERVED:
            parts.append(self.tr("reserved from %1").replace("%1", f"{card.reservation.starts_on:%Y-%m-%d}"))
            if card.reservation.municipality:
                parts.append(card.reservation.municipality)
        else:
            parts.append(self.tr("free"))
            if card.reservation:
                parts.append(self.tr("reserved from %1").replace("%1", f"{card.reservation.starts_on:%Y-%m-%d}"))
        return parts

    def _say_selected(self) -> None:
        """The board's accessible name is the place in focus: a screen reader reads it as the arrows move."""
        card = self.selected_card()
        if card is not None:
            self.setAccessibleName(self.card_text(card))
        else:
            self.setAccessibleName(self.tr("Bed board, %n places", "", len(self._cards)))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    # --- geometry ------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        self._layout()
        super().resizeEvent(event)

    def _layout(self) -> None:
        self._rects.clear()
        ordinary = [c for c in self._cards if c.kind is PlaceKind.ORDINARY]
        acute = [c for c in self._cards if c.kind is PlaceKind.ACUTE]
        gap, cols = 10.0, COLUMNS
        narrowest = self.fontMetrics().averageCharWidth() * 22  # "KP Fatima A., Mikael S." whole
        # On a narrow window fewer cards to a row (and more rows, the page scrolls) rather than cards
        # too narrow to read.
        while cols > 2 and (self.width() - gap * (cols + 1)) / (cols + 1 if acute else cols) < narrowest:
            cols -= 1
        self._columns = cols
        acute_w = (self.width() - gap) / (cols + 1) if acute else 0
        grid_w = self.width() - (acute_w + gap * 2 if acute else 0)
        rows = max(1, -(-len(ordinary) // cols), len(acute))
        needed = int(rows * CARD_MIN_HEIGHT + gap * (rows - 1))
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
        card_w = (grid_w - gap * (cols - 1)) / cols
        card_h = (max(self.height(), needed) - gap * (rows - 1)) / rows
        for i, card in enumerate(ordinary):
            r, c = divmod(i, cols)
            self._rects[card.place_number] = QRectF(c * (card_w + gap), r * (card_h + gap), card_w, card_h)
        for i, card in enumerate(acute):
            self._rects[card.place_number] = QRectF(grid_w + gap * 2, i * (card_h + gap), acute_w, card_h)

    def _card_at(self, pos) -> PlaceCard | None:
        for card in self._cards:
            if self._rects.get(card.place_number, QRectF()).contains(pos):
                return card
        return None

    # --- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        self.elided: list[str] = []  # texts cut with "…" in this paint (a test holds the board to none)
        self.left_out: list[str] = []  # texts with no room left on their card
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._cards:
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No places are set up."))
            return
        for card in self._cards:
            self._paint_card(p, card, self._rects[card.place_number])

    def _paint_card(self, p: QPainter, card: PlaceCard, r: QRectF) -> None:
        fill = CARD_FILL if card.state == OCCUPIED else RESERVED_FILL if card.state == RESERVED else FREE_FILL
        chosen = card.place_number in (self._selected, self._drop_target)
        border = QPen(SELECTED, 3) if chosen else QPen(LINE, 1)
        if card.state == RESERVED and not chosen:
            border = QPen(UPCOMING, 1.5, Qt.PenStyle.DashLine)
        p.setPen(border)
        p.setBrush(fill)
        p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 8, 8)
        if card.place_number == self._selected and self.hasFocus():  # where the keyboard is
            p.setPen(QPen(SELECTED, 2, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(-3, -3, 3, 3).intersected(QRectF(self.rect())), 10, 10)
        band = QRectF(r.left() + 1, r.top() + 1, r.width() - 2, 30)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ACUTE_BAND if card.kind is PlaceKind.ACUTE else ORDINARY_BAND)
        p.drawRoundedRect(band, 7, 7)
        p.drawRect(QRectF(band.left(), band.top() + 15, band.width(), 15))
        p.setPen(QColor("white"))
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        title = self.tr("Place %1").replace("%1", str(card.place_number))
        inner = band.adjusted(10, 0, -10, 0)
        p.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
        if card.watches:  # a count in the band; the watches themselves are in Att göra and the tooltip
            overdue = any(w.overdue for w in card.watches)
            count = f"⚠ {len(card.watches)}"
            pill = QRectF(0, band.top() + 5, QFontMetrics(bold).horizontalAdvance(count) + 14, 20)
            pill.moveRight(inner.right() + 4)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#fdecea") if overdue else QColor("#fff4e0"))
            p.drawRoundedRect(pill, 9, 9)
            p.setPen(OVERDUE if overdue else UPCOMING)
            p.drawText(pill, Qt.AlignmentFlag.AlignCenter, count)
            inner.setRight(pill.left() - 6)
            p.setPen(QColor("white"))
        if card.kind is PlaceKind.ACUTE:
            p.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, self.tr("ACUTE"))

        body = r.adjusted(12, 38, -12, -8)
        lines: list[tuple[str, bool, QColor] | None] = []  # None: the day bar
        if card.state == OCCUPIED and not card.name:  # counts only: this user may not see who
            lines = [(self.tr("Occupied"), True, INK)]
        elif card.state == OCCUPIED:
            lines = [
                (card.name if self._names else card.initials, True, INK),
                (
                    f"{basis_label(card.legal_basis)} · "
                    + self.tr("day %1/%2").replace("%1", str(card.day_number)).replace("%2", str(card.day_limit)),
                    False,
                    INK,
                ),
                None,
                (self.tr("ends %1").replace("%1", f"{card.planned_end:%Y-%m-%d}"), False, MUTED),
            ]
            if card.contact_persons:
                lines.append((self.tr("CP %1").replace("%1", ", ".join(card.contact_persons)), False, MUTED))
            if card.sip_next is not None:  # only where there is room: the SIP page and the tooltip have it
                lines.append(
                    (self.tr("SIP %1").replace("%1", f"{card.sip_next.day}/{card.sip_next.month}"), False, SOFT)
                )
        elif card.state == RESERVED:
            res = card.reservation
            lines = [
                (self.tr("Reserved"), True, UPCOMING),
                (self.tr("from %1").replace("%1", f"{res.starts_on:%Y-%m-%d}"), False, INK),
            ]
            if res.municipality:
                lines.append((res.municipality, False, MUTED))
        else:
            lines = [(self.tr("Free"), True, QColor("#2e7d32"))]
            if card.reservation:
                lines.append(
                    (self.tr("reserved from %1").replace("%1", f"{card.reservation.starts_on:%Y-%m-%d}"), False, MUTED)
                )
        self._paint_lines(p, card, body, lines)

    def _paint_lines(self, p: QPainter, card: PlaceCard, body: QRectF, lines) -> None:
        """Top to bottom, each line in a font shrunk (to 80 % at most) until it fits the card's width; a line
        that still does not fit is cut with "…" and noted in `elided`, one with no room left is left out
        and noted in `left_out` (the tooltip and the screen reader have it all)."""
        y = body.top()
        for line in lines:
            if line is None:
                bar = QRectF(body.left(), y + 1, body.width(), 5)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#e3e8ee"))
                p.drawRoundedRect(bar, 2.5, 2.5)
                share = min(1.0, card.day_number / card.day_limit) if card.day_limit else 0
                over = card.day_number > (card.day_limit or 0)
                p.setBrush(OVERDUE if over else ORDINARY_BAND if card.kind is PlaceKind.ORDINARY else ACUTE_BAND)
                p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), 2.5, 2.5)
                y += 10
                continue
            text, big, color = line
            font = QFont(self.font())
            if big:
                font.setPointSizeF(font.pointSizeF() * 1.1)
                font.setBold(True)
            font = _fitted(font, text, body.width())
            fm = QFontMetrics(font)
            if y + fm.height() > body.bottom() + 2:
                if color is not SOFT:
                    self.left_out.append(text)
                continue
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(body.width()))
            if shown != text:
                self.elided.append(text)
            p.setFont(font)
            p.setPen(color)
            p.drawText(QRectF(body.left(), y, body.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, shown)
            y += fm.height() + (6 if big else 3)

    # --- interaction ---------------------------------------------------------------------------
    def event(self, e) -> bool:
        if e.type() == e.Type.ToolTip:
            card = self._card_at(e.position() if hasattr(e, "position") else e.pos())
            if card:  # everything the card holds, one item a line, also what had no room on it
                QToolTip.showText(e.globalPos(), "\n".join(self.card_parts(card)), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def mousePressEvent(self, e) -> None:
        card = self._card_at(e.position())
        self.select(card.place_number if card else None)
        self._press = (e.position().toPoint(), card) if card else None

    def mouseMoveEvent(self, e) -> None:
        if not self._press or not (e.buttons() & Qt.MouseButton.LeftButton):
            return
        start, card = self._press
        if (e.position().toPoint() - start).manhattanLength() < QApplication.startDragDistance():
            return
        payload = self.drag_payload(card)
        if payload is None:
            return
        self._press = None
        drag = QDrag(self)
        mime = QMimeData()
        mime.setData(MIME, payload.encode())
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)

    @staticmethod
    def drag_payload(card: PlaceCard) -> str | None:
        if card.state == OCCUPIED and card.stay_id:
            return f"stay:{card.stay_id}:{card.stay_version or 0}"
        if card.reservation is not None:
            return f"reservation:{card.reservation.id}:{card.reservation.version}"
        return None

    def contextMenuEvent(self, e) -> None:
        card = self._card_at(e.pos())
        if card:
            self.context_requested.emit(card, e.globalPos())

    def mouseDoubleClickEvent(self, e) -> None:
        card = self._card_at(e.position())
        if card:
            self.activated.emit(card)

    def focusInEvent(self, e) -> None:
        if self._selected is None and self._cards:  # the keyboard lands on a place, not on nothing
            self.select(self._cards[0].place_number)
        super().focusInEvent(e)
        self.update()

    def focusOutEvent(self, e) -> None:
        super().focusOutEvent(e)
        self.update()

    def _step(self, by: int) -> None:
        numbers = [c.place_number for c in self._cards]
        if not numbers:
            return
        at = numbers.index(self._selected) if self._selected in numbers else -1
        self.select(numbers[max(0, min(len(numbers) - 1, at + by))])

    def _vertical(self, by: int) -> None:
        """Up and down within the card's own column: four ordinary places to a row, the acute ones alone."""
        card = self.selected_card()
        if card is None:
            self._step(by)
            return
        same = [c.place_number for c in self._cards if c.kind is card.kind]
        at = same.index(card.place_number) + by * (self._columns if card.kind is PlaceKind.ORDINARY else 1)
        if 0 <= at < len(same):
            self.select(same[at])

    def keyPressEvent(self, e) -> None:
        key = e.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):  # next and previous place, by number
            self._step(1 if key == Qt.Key.Key_Right else -1)
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._vertical(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._step(-len(self._cards) if key == Qt.Key.Key_Home else len(self._cards))
            return
        card = self.selected_card()
        if card is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(card)
            return
        menu_key = key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and e.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if card is not None and menu_key:
            self.context_requested.emit(card, self.mapToGlobal(self._rects[card.place_number].center().toPoint()))
            return
        super().keyPressEvent(e)

    def dragEnterEvent(self, e) -> None:
        if e.mimeData().hasFormat(MIME):
            e.acceptProposedAction()

    def dragMoveEvent(self, e) -> None:
        card = self._card_at(e.position())
        self._drop_target = card.place_number if card else None
        self.update()
        e.acceptProposedAction()

    def dragLeaveEvent(self, e) -> None:
        self._drop_target = None
        self.update()

    def dropEvent(self, e) -> None:
        self._drop_target = None
        card = self._card_at(e.position())
        self.update()
        if card is None:
            return
        self.drop_payload(bytes(e.mimeData().data(MIME)).decode(), card.place_number)
        e.acceptProposedAction()

    def drop_payload(self, payload: str, place_number: int) -> None:
        what, _, rest = payload.partition(":")
        ident, _, version = rest.partition(":")
        if what in ("stay", "reservation") and ident.isdigit() and version.isdigit():
            self.move_requested.emit(what, int(ident), place_number, int(version))
