"""The bed board: every place as a card, painted in code so it stays fast and calm to read.

Ordinary places sit in a grid on the left, the acute places in their own column on the right
with an orange band. A card can be dragged onto another place to move its stay or reservation.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from hvbdesk.domain.enums import PlaceKind
from hvbdesk.gui.labels import basis_label, watch_text
from hvbdesk.services.beds import OCCUPIED, RESERVED, PlaceCard

MIME = "application/x-hvbdesk-board"
INK, MUTED, LINE = QColor("#1d2733"), QColor("#5a6877"), QColor("#cfd8e1")
ORDINARY_BAND, ACUTE_BAND = QColor("#2f6f8f"), QColor("#c8691c")
FREE_FILL, RESERVED_FILL, CARD_FILL = QColor("#eef3ef"), QColor("#fff8ec"), QColor("#ffffff")
OVERDUE, UPCOMING, SELECTED = QColor("#b3261e"), QColor("#b26a00"), QColor("#1f7a8c")


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
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(760, 360))

    # --- data ----------------------------------------------------------------------------------
    def set_cards(self, cards: list[PlaceCard]) -> None:
        self._cards = list(cards)
        self._layout()
        self.update()

    def set_show_names(self, show: bool) -> None:
        self._names = show
        self.update()

    def cards(self) -> list[PlaceCard]:
        return list(self._cards)

    def card_rect(self, place_number: int) -> QRectF:
        return self._rects[place_number]

    def select(self, place_number: int | None) -> None:
        self._selected = place_number
        self.update()

    # --- geometry ------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        self._layout()
        super().resizeEvent(event)

    def _layout(self) -> None:
        self._rects.clear()
        ordinary = [c for c in self._cards if c.kind is PlaceKind.ORDINARY]
        acute = [c for c in self._cards if c.kind is PlaceKind.ACUTE]
        gap, cols = 10.0, 4
        acute_w = (self.width() - gap) / (cols + 1) if acute else 0
        grid_w = self.width() - (acute_w + gap * 2 if acute else 0)
        rows = max(1, -(-len(ordinary) // cols), len(acute))
        card_w = (grid_w - gap * (cols - 1)) / cols
        card_h = (self.height() - gap * (rows - 1)) / rows
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
        border = QPen(SELECTED, 3) if card.place_number in (self._selected, self._drop_target) else QPen(LINE, 1)
        if card.state == RESERVED and card.place_number != self._drop_target:
            border = QPen(UPCOMING, 1.5, Qt.PenStyle.DashLine)
        p.setPen(border)
        p.setBrush(fill)
        p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 8, 8)
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
        kind = self.tr("ACUTE") if card.kind is PlaceKind.ACUTE else ""
        p.drawText(band.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
        p.drawText(band.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, kind)

        body = r.adjusted(12, 38, -12, -10)
        if card.state == OCCUPIED:
            self._paint_occupied(p, card, body)
        elif card.state == RESERVED:
            self._paint_line(p, body, 0, self.tr("Reserved"), big=True, color=UPCOMING)
            res = card.reservation
            self._paint_line(p, body, 1, self.tr("from %1").replace("%1", f"{res.starts_on:%Y-%m-%d}"))
            if res.municipality:
                self._paint_line(p, body, 2, res.municipality, color=MUTED)
        else:
            self._paint_line(p, body, 0, self.tr("Free"), big=True, color=QColor("#2e7d32"))
            if card.reservation:
                self._paint_line(
                    p,
                    body,
                    1,
                    self.tr("reserved from %1").replace("%1", f"{card.reservation.starts_on:%Y-%m-%d}"),
                    color=MUTED,
                )

    def _paint_occupied(self, p: QPainter, card: PlaceCard, body: QRectF) -> None:
        if not card.name:  # counts only: this user may not see who
            self._paint_line(p, body, 0, self.tr("Occupied"), big=True)
            return
        who = card.name if self._names else card.initials
        self._paint_line(p, body, 0, who, big=True)
        self._paint_line(
            p,
            body,
            1,
            f"{basis_label(card.legal_basis)} · "
            + self.tr("day %1/%2").replace("%1", str(card.day_number)).replace("%2", str(card.day_limit)),
        )
        bar = QRectF(body.left(), body.top() + 60, body.width(), 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#e3e8ee"))
        p.drawRoundedRect(bar, 3, 3)
        share = min(1.0, card.day_number / card.day_limit) if card.day_limit else 0
        p.setBrush(
            OVERDUE
            if card.day_number > (card.day_limit or 0)
            else ORDINARY_BAND
            if card.kind is PlaceKind.ORDINARY
            else ACUTE_BAND
        )
        p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), 3, 3)
        ends = self.tr("ends %1").replace("%1", f"{card.planned_end:%Y-%m-%d}")
        if card.sip_next is not None:
            ends += " · " + self.tr("SIP %1").replace("%1", f"{card.sip_next.day}/{card.sip_next.month}")
        self._paint_line(p, body, 2.6, ends, color=MUTED)
        if card.contact_persons:
            self._paint_line(
                p, body, 3.6, self.tr("Contact: %1").replace("%1", ", ".join(card.contact_persons)), color=MUTED
            )
        if card.watches:
            overdue = any(w.overdue for w in card.watches)
            badge = QRectF(body.left(), body.bottom() - 22, body.width(), 22)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#fdecea") if overdue else QColor("#fff4e0"))
            p.drawRoundedRect(badge, 5, 5)
            p.setPen(OVERDUE if overdue else UPCOMING)
            text = f"⚠ {watch_text(card.watches[0])}"
            if len(card.watches) > 1:
                text += f"  (+{len(card.watches) - 1})"
            fm = QFontMetrics(self.font())
            p.setFont(self.font())
            p.drawText(
                badge.adjusted(8, 0, -6, 0),
                Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(text, Qt.TextElideMode.ElideRight, int(badge.width() - 14)),
            )

    def _paint_line(
        self, p: QPainter, body: QRectF, row: float, text: str, *, big: bool = False, color: QColor = INK
    ) -> None:
        font = QFont(self.font())
        if big:
            font.setPointSizeF(font.pointSizeF() * 1.1)
            font.setBold(True)
        p.setFont(font)
        p.setPen(color)
        fm = QFontMetrics(font)
        top = body.top() + (0 if row == 0 else 30 + (row - 1) * 22)
        line = QRectF(body.left(), top, body.width(), fm.height() + 2)
        p.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(text, Qt.TextElideMode.ElideRight, int(body.width())),
        )

    # --- interaction ---------------------------------------------------------------------------
    def event(self, e) -> bool:
        if e.type() == e.Type.ToolTip:
            card = self._card_at(e.position() if hasattr(e, "position") else e.pos())
            if card and card.watches:
                QToolTip.showText(e.globalPos(), "\n".join(watch_text(w) for w in card.watches), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def mousePressEvent(self, e) -> None:
        card = self._card_at(e.position())
        self._selected = card.place_number if card else None
        self._press = (e.position().toPoint(), card) if card else None
        self.update()

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

    def keyPressEvent(self, e) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            card = next((c for c in self._cards if c.place_number == self._selected), None)
            if card:
                self.activated.emit(card)
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
