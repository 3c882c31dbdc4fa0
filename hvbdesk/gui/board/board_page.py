"""Beläggning, the start page: the bed board, the "Att göra" list, the timeline, occupancy."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hvbdesk.domain.enums import PlaceKind
from hvbdesk.gui.board.admission_dialog import AdmissionDialog
from hvbdesk.gui.board.bed_board import BedBoard
from hvbdesk.gui.board.stay_dialogs import StayDialog
from hvbdesk.gui.board.timeline import Timeline
from hvbdesk.gui.common.background import attempt
from hvbdesk.gui.common.labels import watch_text
from hvbdesk.gui.common.page_parts import heading, muted
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.beds import OCCUPIED, BedService, PlaceCard
from hvbdesk.services.context import Actor
from hvbdesk.services.referrals import ReferralService
from hvbdesk.services.settings import SettingsService
from hvbdesk.services.stays import StayService

WEEKS_AHEAD, DAYS_BACK = 12, 14


class BoardPage(QWidget):
    painted = Signal()
    record_requested = Signal(int)  # a resident's id: open the young person's page

    def __init__(
        self,
        beds: BedService,
        stays: StayService,
        referrals: ReferralService,
        settings: SettingsService,
        actor: Actor,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._beds, self._stays, self._referrals, self._settings, self._actor = beds, stays, referrals, settings, actor
        self._personal = allows(actor.role, Permission.RESIDENT_READ)
        self._may_write = allows(actor.role, Permission.PLACEMENT_WRITE)
        self._painted_once = False
        self._places: list[tuple[int, PlaceKind]] = []
        self._timeline_first: dt.date | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Occupancy")))
        top.addSpacing(16)
        self.occupancy_label = QLabel("")
        self.occupancy_label.setProperty("role", "summary")
        top.addWidget(self.occupancy_label, 1)
        self.initials_check = QCheckBox(self.tr("Show initials only"))
        self.initials_check.setVisible(self._personal)
        top.addWidget(self.initials_check)
        self.admit_button = QPushButton(self.tr("Admit…"))
        self.admit_button.setProperty("role", "primary")
        self.admit_button.setVisible(self._may_write)
        top.addWidget(self.admit_button)
        layout.addLayout(top)

        self.board = BedBoard()
        self.todo = QListWidget()
        self.todo.setObjectName("todo")
        self.todo.setWordWrap(True)
        # Long watches wrap within the list instead of running off to a sideways scroll bar.
        self.todo.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.todo.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.todo.setMinimumWidth(230)
        todo_box = QWidget()
        todo_layout = QVBoxLayout(todo_box)
        todo_layout.setContentsMargins(0, 0, 0, 0)
        todo_title = QLabel(self.tr("To do"))
        todo_title.setProperty("role", "sectionHeading")
        todo_layout.addWidget(todo_title)
        todo_layout.addWidget(self.todo)
        self.todo_empty = muted(self.tr("Nothing to watch right now."))
        todo_layout.addWidget(self.todo_empty)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.board)
        upper.addWidget(todo_box)
        upper.setStretchFactor(0, 4)
        upper.setStretchFactor(1, 1)
        upper.setSizes([920, 240])
        todo_box.setVisible(self._personal)

        self.timeline = Timeline()
        nav = QHBoxLayout()
        timeline_title = QLabel(self.tr("Timeline"))
        timeline_title.setProperty("role", "sectionHeading")
        nav.addWidget(timeline_title)
        nav.addStretch(1)
        self.earlier_button = QPushButton(self.tr("◀ 4 weeks"))
        self.today_button = QPushButton(self.tr("Today"))
        self.later_button = QPushButton(self.tr("4 weeks ▶"))
        for b in (self.earlier_button, self.today_button, self.later_button):
            nav.addWidget(b)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(nav)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.timeline_scroll = scroll
        lower_layout.addWidget(scroll)
        lower.setVisible(self._personal)

        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(upper)
        outer.addWidget(lower)
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 2)
        layout.addWidget(outer, 1)

        self.initials_check.toggled.connect(lambda on: self.board.set_show_names(not on))
        self.admit_button.clicked.connect(lambda: self.admit())
        self.board.activated.connect(self.open_card)
        self.board.move_requested.connect(self.move)
        self.todo.itemClicked.connect(lambda item: self.board.select(item.data(Qt.ItemDataRole.UserRole)))
        # A watch is about a young person's plans and dates: it opens the young person's page.
        self.todo.itemDoubleClicked.connect(lambda item: self._open_person(item.data(Qt.ItemDataRole.UserRole)))
        self.board.context_requested.connect(self._card_menu)
        self.earlier_button.clicked.connect(lambda: self._shift_timeline(-28))
        self.later_button.clicked.connect(lambda: self._shift_timeline(28))
        self.today_button.clicked.connect(lambda: self._shift_timeline(None))

    # --- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """One read for the whole page (and one line in the log)."""
        self._places = self._settings.places()
        first, days = self._timeline_span()
        overview = self._beds.overview(self._actor, first, days)
        self.board.set_cards(overview.cards)
        figures = overview.occupancy
        now_total = sum(figures.occupied_now.values())
        places_total = sum(figures.places.values())
        self.occupancy_label.setText(
            self.tr("Occupied now: %1 of %2 (care places %3/%4, acute %5/%6) · This month: %7 %")
            .replace("%1", str(now_total))
            .replace("%2", str(places_total))
            .replace("%3", str(figures.occupied_now[PlaceKind.ORDINARY]))
            .replace("%4", str(figures.places[PlaceKind.ORDINARY]))
            .replace("%5", str(figures.occupied_now[PlaceKind.ACUTE]))
            .replace("%6", str(figures.places[PlaceKind.ACUTE]))
            .replace("%7", str(round(100 * figures.month_share())))
        )
        if self._personal:
            self._fill_todo(overview.watches)
            self.timeline.set_data(self._places, overview.timeline or [], first, days, self._beds.now().date())
            # Every place in view without scrolling (Plats 10 was cut off at 1280 px); the board gives way.
            self.timeline_scroll.setMinimumHeight(self.timeline.minimumHeight())

    def _fill_todo(self, watches) -> None:
        self.todo.clear()
        names = {c.stay_id: c for c in self.board.cards() if c.stay_id}
        for w in watches:
            card = names.get(w.stay_id)
            who = (card.initials if self.initials_check.isChecked() else card.name) if card else ""
            item = QListWidgetItem(
                self.tr("Place %1").replace("%1", str(w.place_number)) + f" · {who}\n{watch_text(w)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, w.place_number)
            item.setForeground(QColor("#b3261e") if w.overdue else QColor("#7a4d00"))
            self.todo.addItem(item)
        self.todo_empty.setVisible(self.todo.count() == 0)

    def _timeline_span(self) -> tuple[dt.date, int]:
        today = self._beds.now().date()
        return self._timeline_first or today - dt.timedelta(days=DAYS_BACK), DAYS_BACK + WEEKS_AHEAD * 7

    def _load_timeline(self) -> None:
        first, days = self._timeline_span()
        bars = self._beds.timeline(self._actor, first, first + dt.timedelta(days=days - 1))
        self.timeline.set_data(self._places, bars, first, days, self._beds.now().date())

    def _shift_timeline(self, days: int | None) -> None:
        today = self._beds.now().date()
        self._timeline_first = (
            None
            if days is None
            else (self._timeline_first or today - dt.timedelta(days=DAYS_BACK)) + dt.timedelta(days=days)
        )
        self._load_timeline()

    def on_lock(self) -> None:
        self.board.set_cards([])
        self.todo.clear()
        self.timeline.set_data(self._places, [], self.timeline.first, 98, self._beds.now().date())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            self.painted.emit()

    # --- actions -------------------------------------------------------------------------------
    def _open_person(self, place_number: int) -> None:
        card = next((c for c in self.board.cards() if c.place_number == place_number), None)
        if card is not None and card.resident_id is not None:
            self.record_requested.emit(card.resident_id)

    def card_menu(self, card: PlaceCard) -> QMenu:
        menu = QMenu(self)
        if card.resident_id is not None:
            menu.addAction(self.tr("Open the young person's page")).triggered.connect(
                lambda: self.record_requested.emit(card.resident_id)
            )
        if self._may_write:
            text = self.tr("Stay…") if card.state == OCCUPIED else self.tr("Admit…")
            menu.addAction(text).triggered.connect(lambda: self.open_card(card))
        return menu

    def _card_menu(self, card: PlaceCard, where) -> None:
        menu = self.card_menu(card)
        if not menu.isEmpty():
            menu.exec(where)

    def open_card(self, card: PlaceCard) -> None:
        if not self._may_write:  # a reader's double-click opens the young person's page instead
            if card.resident_id is not None:
                self.record_requested.emit(card.resident_id)
            return
        if card.state == OCCUPIED:
            dialog = StayDialog(
                self._stays,
                self._actor,
                card,
                self._places,
                self._settings.municipalities(),
                self._beds.now().date(),
                self,
            )
        else:
            dialog = self.admission_dialog(card)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def admission_dialog(self, card: PlaceCard | None = None) -> AdmissionDialog:
        kwargs = {}
        if card is not None:
            kwargs = dict(place_number=card.place_number, kind=card.kind)
            if card.reservation is not None:
                kwargs["reservation_id"] = card.reservation.id
        return AdmissionDialog(
            self._stays,
            self._actor,
            self._places,
            self._settings.municipalities(),
            self._beds.now(),
            parent=self,
            **kwargs,
        )

    def admit(self) -> None:
        if self.admission_dialog().exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def ask_move_reason(self, place_number: int) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Move"), self.tr("Why is it moved to place %1?").replace("%1", str(place_number))
        )
        return text if ok else None

    def move(self, what: str, ident: int, place_number: int, seen_version: int) -> None:
        if not self._may_write:
            return
        reason = self.ask_move_reason(place_number)
        if reason is None:
            return
        if what == "stay":
            done = attempt(
                self,
                self.tr("Move"),
                lambda: self._stays.move(self._actor, ident, place_number, reason, seen_version=seen_version),
            )
        else:
            done = attempt(
                self,
                self.tr("Move"),
                lambda: self._referrals.move_reservation(
                    self._actor, ident, place_number, reason, seen_version=seen_version
                ),
            )
        if done:
            self.refresh()
