"""The main window: navigation on the left, one page per area, the status bar, the idle lock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from hvbdesk import HOME_NAME, __version__
from hvbdesk.gui.admin.admin_page import AdminPage
from hvbdesk.gui.board.board_page import BoardPage
from hvbdesk.gui.common.background import attempt
from hvbdesk.gui.common.role_names import role_label
from hvbdesk.gui.deviations.deviations_page import DeviationsPage
from hvbdesk.gui.plans.plans_page import PlansPage
from hvbdesk.gui.referrals.referrals_page import ReferralsPage
from hvbdesk.gui.reports.reports_page import ReportsPage
from hvbdesk.gui.residents.resident_record_dialog import ResidentRecordDialog
from hvbdesk.gui.residents.residents_page import ResidentsPage
from hvbdesk.gui.roster.roster_page import RosterPage
from hvbdesk.gui.shell.handbook import HandbookDialog
from hvbdesk.gui.shell.idle_lock import IdleWatcher, LockScreen
from hvbdesk.gui.shell.lazy_pages import LazyPages
from hvbdesk.gui.shell.translations import LANGUAGES
from hvbdesk.gui.sip.sip_page import SipPage
from hvbdesk.security.roles import Permission, Role, allows
from hvbdesk.services.context import Actor

PAGES_THAT_OPEN_A_RECORD = ("occupancy", "residents")


@dataclass(frozen=True)
class ShellContext:
    """What the window shows about where it runs (no services: those go to the pages)."""

    database_text: str
    is_demo: bool
    idle_minutes: float
    language: str
    set_language: Callable[[str], None]


class MainWindow(QMainWindow):
    locked_changed = Signal(bool)
    ended = Signal(bool)  # the window has closed: True after a log-out (the next person may log in)
    pages_built = Signal()  # every page is built (`build_pages_ahead`): they live as long as the window

    def __init__(self, services, actor: Actor, shell: ShellContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._actor = actor
        self._shell = shell
        self._users = services.users
        self._is_locked = False
        self._logging_out = False
        self.handbook: HandbookDialog | None = None
        self._records = services.records
        self.records_open: list[ResidentRecordDialog] = []
        title = f"hvbdesk – {HOME_NAME}"
        self.setWindowTitle(f"{title} – DEMO" if shell.is_demo else title)
        self.resize(1280, 800)
        # Small enough for 1366x768 at 150 % (910x512 to draw on): the pages scroll when they need more.
        self.setMinimumSize(QSize(760, 460))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(220)
        self.stack = QStackedWidget()
        self.pages = LazyPages(self.stack)
        # A page is built only for a role that may see it: no widget is made (and left to the garbage
        # collector) for a page the user never gets.
        self._add_page(
            "occupancy",
            self.tr("Occupancy"),
            lambda: BoardPage(services.beds, services.stays, services.referrals, services.settings, actor),
            Permission.OCCUPANCY_COUNTS,
        )
        self._add_page(
            "referrals",
            self.tr("Referrals"),
            lambda: ReferralsPage(services.referrals, services.stays, services.beds, services.settings, actor),
            Permission.REFERRAL_READ,
        )
        self._add_page(
            "residents",
            self.tr("Young people"),
            lambda: ResidentsPage(
                services.residents, actor, sips=services.sips if allows(actor.role, Permission.SIP_READ) else None
            ),
            Permission.RESIDENT_READ,
        )
        self._add_page("plans", self.tr("Plans"), lambda: PlansPage(services, actor), Permission.PLAN_READ)
        self._add_page("sip", self.tr("SIP"), lambda: SipPage(services, actor), Permission.SIP_READ)
        self._add_page(
            "roster",
            self.tr("Roster"),
            lambda: RosterPage(services.roster, services.roster_setup, services.printing, actor),
            Permission.ROSTER_READ,
        )
        self._add_page(
            "deviations",
            self.tr("Deviations"),
            lambda: DeviationsPage(services, actor),
            Permission.DEVIATION_WRITE,
        )
        self._add_page(
            "reports",
            self.tr("Reports"),
            lambda: ReportsPage(services.steering, actor),
            Permission.REPORT_STEERING,
        )
        self._add_page(
            "admin",
            self.tr("Administration"),
            lambda: AdminPage(services.users, services.audit, services.settings, services.reference_data, actor),
            Permission.ACCOUNT_READ,
        )

        self.lock_screen = LockScreen(services.users, actor)
        self.stack.addWidget(self.lock_screen)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.logout_requested.connect(self.log_out)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)
        self._fit_navigation()
        self._page_shortcuts()
        self._build_menu()
        self._build_status_bar()

        self.idle = IdleWatcher(shell.idle_minutes, self)
        self.idle.idle.connect(self.lock)
        self.idle.watch(QApplication.instance())

    # --- pages -------------------------------------------------------------------------------
    def _add_page(self, key: str, label: str, make_page: Callable[[], QWidget], needs: Permission) -> None:
        if not allows(self._actor.role, needs):
            return

        def make() -> QWidget:
            page = make_page()
            if key in PAGES_THAT_OPEN_A_RECORD and allows(self._actor.role, Permission.RESIDENT_READ):
                page.record_requested.connect(self.open_record)
            return page

        self.pages.add(key, make)
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, 44))  # the height; the width is the list's
        self.nav.addItem(item)

    def _page_shortcuts(self) -> None:
        """Ctrl+1 … Ctrl+9: the pages in the navigation's order, without the mouse."""
        for row in range(min(9, self.nav.count())):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: None if self._is_locked else self.nav.setCurrentRow(r))
            self.addAction(action)
            self.nav.item(row).setToolTip(f"Ctrl+{row + 1}")

    def _fit_navigation(self) -> None:
        """As wide as its longest label needs (it took a fixed 220 px a small screen could not spare)."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(150, min(220, widest + 64)))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _show_row(self, row: int) -> None:
        if row < 0 or self._is_locked:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        self.show_page(key)

    def show_page(self, key: str) -> None:
        page = self.pages[key]
        self.stack.setCurrentWidget(self.pages.holder(key))
        attempt(self, self.tr("hvbdesk"), page.refresh)
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key and self.nav.currentRow() != row:
                self.nav.blockSignals(True)  # this row is already shown: no second refresh
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)

    def build_pages_ahead(self, start_after_ms: int = 1500, between_ms: int = 200) -> None:
        """Build the pages not yet visited, one at a time while the user reads the start page, so that a
        first visit only reads and paints: building and styling a page took 100-160 ms on the GUI thread at
        its first visit. Each page is built in its own turn of the event loop; a key or a click in between
        is answered before the next."""
        self._ahead = QTimer(self)
        self._ahead.setInterval(start_after_ms)
        self._ahead.timeout.connect(lambda: self._build_next_page(between_ms))
        self._ahead.start()

    def _build_next_page(self, between_ms: int) -> None:
        self._ahead.setInterval(between_ms)
        if self._is_locked or not self.isVisible():
            return  # nothing is prepared behind the lock; the timer tries again after it
        key = next((k for k in self.pages if k not in self.pages.built()), None)
        if key is None:
            self._ahead.stop()
            self.pages_built.emit()
            return
        self.pages[key].ensurePolished()  # the style sheet's work done now, not at the first showing

    @property
    def pages_built_ahead(self) -> bool:
        return len(self.pages.built()) == len(self.pages)

    @property
    def board_page(self):
        return self.pages.get("occupancy")

    @property
    def start_page(self) -> str:
        """The steering viewer starts on the report overview, everyone else on the first page."""
        if self._actor.role is Role.STEERING_VIEWER and "reports" in self.pages:
            return "reports"
        return next(iter(self.pages))

    def current_page_key(self) -> str | None:
        return self.pages.key_of(self.stack.currentWidget())

    def current_page(self) -> QWidget | None:
        key = self.current_page_key()
        return self.pages[key] if key is not None else None

    # --- chrome ------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        lock = QAction(self.tr("&Lock the screen"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        menu.addAction(lock)
        log_out = QAction(self.tr("Log &out"), self)
        log_out.setShortcut(QKeySequence("Ctrl+Shift+L"))
        log_out.triggered.connect(self.log_out)
        menu.addAction(log_out)
        language_menu = menu.addMenu(self.tr("Language"))
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self._shell.language)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            language_menu.addAction(action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        handbook = QAction(self.tr("&Handbook"), self)
        handbook.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1: at the page you are on
        handbook.triggered.connect(lambda: self.open_handbook(self.current_page_key()))
        help_menu.addAction(handbook)
        about = QAction(self.tr("&About hvbdesk"), self)
        about.triggered.connect(
            lambda: QMessageBox.about(
                self,
                self.tr("About hvbdesk"),
                self.tr("hvbdesk %1 – daily operations of %2.").replace("%1", __version__).replace("%2", HOME_NAME),
            )
        )
        help_menu.addAction(about)

    def open_record(self, resident_id: int) -> ResidentRecordDialog:
        """The young person's page, beside the window (several may be open at once)."""
        dialog = ResidentRecordDialog(self._records, self._actor, resident_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.records_open.append(dialog)
        dialog.finished.connect(lambda _: self.records_open.remove(dialog) if dialog in self.records_open else None)
        dialog.show()
        return dialog

    def open_handbook(self, section: str | None = None) -> HandbookDialog:
        if self.handbook is None:
            self.handbook = HandbookDialog(self._shell.language, self)
        self.handbook.show_section(None if self._is_locked else section)
        return self.handbook

    def _choose_language(self, code: str) -> None:
        self._shell.set_language(code)
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The language changes the next time hvbdesk starts.")
        )

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(
            self.tr("Logged in: %1 (%2)")
            .replace("%1", self._actor.display_name or self._actor.username)
            .replace("%2", role_label(self._actor.role))
        )
        self.database_label = QLabel(self.tr("Database: %1").replace("%1", self._shell.database_text))
        self.database_label.setProperty("role", "muted")
        self.lock_label = QLabel(self.tr("Locked"))
        self.lock_label.setProperty("role", "lockBadge")
        self.lock_label.hide()
        bar.addWidget(self.user_label)
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.lock_label)
        if self._shell.is_demo:
            self.demo_label = QLabel(self.tr("DEMO – fictional data"))
            self.demo_label.setProperty("role", "demoBadge")
            bar.addPermanentWidget(self.demo_label)

    def _close_records(self) -> None:
        """A young person's page goes with a lock or a log-out: it shows names."""
        for dialog in list(self.records_open):
            dialog.close()

    def closeEvent(self, event) -> None:
        self._close_records()
        for page in self.pages.built().values():  # drafts are saved before the window goes
            save = getattr(page, "save_pending", None)
            if save is not None:
                save()
            finish = getattr(page, "finish_work", None)  # and work under way on a worker thread ends
            if finish is not None:
                finish()
        super().closeEvent(event)
        if self._logging_out:
            self._users.log_out(self._actor)
        self.ended.emit(self._logging_out)

    def log_out(self) -> None:
        """End this person's session without quitting: drafts are saved as on closing, and the login
        dialog comes back for the next person on shift."""
        self._logging_out = True
        self.close()

    # --- locking -----------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._is_locked

    def lock(self) -> None:
        if self._is_locked:
            return
        self._is_locked = True
        self._page_before_lock = self.current_page_key()
        self._close_records()
        for page in self.pages.built().values():
            page.on_lock()
        self.nav.hide()
        self.menuBar().setEnabled(False)
        self.user_label.hide()
        self.lock_label.show()
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare()
        self.idle.paused = True
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        self._is_locked = False
        self.nav.show()
        self.menuBar().setEnabled(True)
        self.user_label.show()
        self.lock_label.hide()
        self.idle.reset()
        self.show_page(self._page_before_lock or self.start_page)
        self.locked_changed.emit(False)
