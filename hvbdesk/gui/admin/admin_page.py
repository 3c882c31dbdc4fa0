"""Administration (the manager): accounts, the audit log with filters, and the rule settings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hvbdesk.domain.enums import AuditAction
from hvbdesk.gui.admin.account_dialog import AccountDialog
from hvbdesk.gui.admin.reference_tab import ReferenceTab
from hvbdesk.gui.admin.setting_dialog import SettingDialog
from hvbdesk.gui.common.background import attempt
from hvbdesk.gui.common.page_parts import NEWEST_FIRST, fit_columns, heading, muted, table_view
from hvbdesk.gui.common.role_names import action_label, detail_text, entity_label, role_label, setting_area
from hvbdesk.gui.common.table_model import Column, RowsModel
from hvbdesk.reports.sv_format import number
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.audit import AuditLog, AuditQuery
from hvbdesk.services.context import Actor
from hvbdesk.services.reference_data import ReferenceDataService
from hvbdesk.services.settings import SettingNow, SettingsService
from hvbdesk.services.users import UserService

AUDIT_ACTIONS = [action.value for action in AuditAction]


def _value_text(value: str) -> str:
    """A whole number with a space between thousands ("10 135 074"), as a Swedish reader writes it."""
    return number(int(value)) if value.lstrip("-").isdigit() else value


def _local(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class AccountsTab(QWidget):
    def __init__(self, users: UserService, actor: Actor):
        super().__init__()
        self._users, self._actor = users, actor
        self.model = RowsModel(
            [
                Column(self.tr("User name"), lambda a: a.username),
                Column(self.tr("Name"), lambda a: a.display_name),
                Column(self.tr("Role"), lambda a: role_label(a.role)),
                Column(self.tr("Status"), self._status),
                Column(
                    self.tr("Last login"), lambda a: f"{a.last_login_at:%Y-%m-%d %H:%M}" if a.last_login_at else "–"
                ),
            ]
        )
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("New account…"))
        self.add_button.setProperty("role", "primary")
        self.toggle_button = QPushButton(self.tr("Switch off / on"))
        self.unlock_button = QPushButton(self.tr("Unlock login"))
        self.unlock_button.setToolTip(self.tr("Lift the lock or the wait after failed logins"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.view, _ = table_view(self.model)
        layout.addWidget(self.view)
        self.add_button.clicked.connect(self._add)
        self.toggle_button.clicked.connect(self._toggle)
        self.unlock_button.clicked.connect(self._unlock)

    def _status(self, account) -> str:
        if not account.active:
            return self.tr("switched off")
        if account.locked_until is not None:
            return self.tr("locked until %1").replace("%1", f"{account.locked_until:%H:%M}")
        return self.tr("active")

    def _selected(self):
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            QMessageBox.information(self, self.tr("Accounts"), self.tr("Select an account in the list first."))
            return None
        return self.model.row_at(self.view.model().mapToSource(index).row())

    def _unlock(self) -> None:
        account = self._selected()
        if account is None:
            return
        attempt(self, self.tr("Accounts"), lambda: self._users.unlock(self._actor, account.username))
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self._users.list_accounts(self._actor))
        fit_columns(self.view)

    def _add(self) -> None:
        dialog = AccountDialog(self._users, self._actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _toggle(self) -> None:
        account = self._selected()
        if account is None:
            return
        attempt(self, self.tr("Accounts"), lambda: self._users.set_active(self._actor, account.id, not account.active))
        self.refresh()


class AuditTab(QWidget):
    def __init__(self, audit: AuditLog, actor: Actor):
        super().__init__()
        self._audit, self._actor = audit, actor
        self.model = RowsModel(
            [
                Column(self.tr("Time"), lambda r: _local(r.at_utc), lambda r: r.id),
                Column(self.tr("User"), lambda r: r.user_name or r.username),
                Column(self.tr("Action"), lambda r: action_label(r.action)),
                Column(self.tr("Record"), lambda r: entity_label(r.entity)),
                Column(self.tr("Young person"), lambda r: r.resident_initials),
                Column(self.tr("Workstation"), lambda r: r.workstation),
                Column(self.tr("Details"), lambda r: detail_text(r.entity_id, r.detail)),
            ]
        )
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        form = QFormLayout()
        self.user_combo = QComboBox()
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("All actions"), None)
        for action in AUDIT_ACTIONS:
            self.action_combo.addItem(action_label(action), action)
        today = QDate.currentDate()
        self.from_date = QDateEdit(today.addDays(-30))
        self.to_date = QDateEdit(today)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("User"), self.user_combo)
        form.addRow(self.tr("Action"), self.action_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.from_date)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.to_date)
        form.addRow(self.tr("Period"), dates)
        filters.addLayout(form)
        self.search_button = QPushButton(self.tr("Show"))
        self.search_button.setProperty("role", "primary")
        filters.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignBottom)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.count_label = muted("")
        layout.addWidget(self.count_label)
        self.view, _ = table_view(self.model, NEWEST_FIRST)
        layout.addWidget(self.view)
        self.search_button.clicked.connect(self.search)

    def refresh(self) -> None:
        current = self.user_combo.currentData()
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("All users"), None)
        for name in self._audit.known_usernames(self._actor):
            self.user_combo.addItem(name, name)
        if current:
            self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(current)))
        self.search()

    def search(self) -> None:
        start = self.from_date.date().toPython()
        end = self.to_date.date().toPython() + dt.timedelta(days=1)
        query = AuditQuery(
            username=self.user_combo.currentData(),
            action=self.action_combo.currentData(),
            since_utc=dt.datetime.combine(start, dt.time()).astimezone(),
            until_utc=dt.datetime.combine(end, dt.time()).astimezone(),
            limit=2000,
        )
        rows = self._audit.search(self._actor, query)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n event(s), newest first (at most 2000 shown)", "", len(rows)))
        fit_columns(self.view)


class SettingsTab(QWidget):
    """Every rule number with the value in force today and what is planned; the manager changes them."""

    def __init__(self, settings: SettingsService, actor: Actor):
        super().__init__()
        self._settings, self._actor = settings, actor
        self.model = RowsModel(
            [
                Column(self.tr("Area"), lambda s: setting_area(s.key)),
                Column(self.tr("Setting"), lambda s: s.label),
                Column(self.tr("Value today"), lambda s: _value_text(s.value), align_right=True),
                Column(
                    self.tr("Valid from"), lambda s: s.valid_from.isoformat() if s.valid_from else self.tr("built-in")
                ),
                Column(self.tr("Planned change"), self._planned),
            ]
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.setProperty("role", "primary")
        self.change_button.setEnabled(allows(actor.role, Permission.SETTINGS_WRITE))
        row.addWidget(self.change_button)
        row.addWidget(
            muted(
                self.tr(
                    "A change applies from a date you choose; what applied before stays as it was. "
                    "Double-click a row to change it."
                )
            ),
            1,
        )
        layout.addLayout(row)
        self.view, _ = table_view(self.model, None)  # in the order the settings are declared
        layout.addWidget(self.view)
        self.change_button.clicked.connect(self.change_selected)
        self.view.doubleClicked.connect(lambda _: self.change_selected())

    def _planned(self, setting: SettingNow) -> str:
        return (
            ", ".join(
                self.tr("%1 from %2").replace("%1", _value_text(value)).replace("%2", day.isoformat())
                for day, value in setting.planned
            )
            or "–"
        )

    def refresh(self) -> None:
        rows = self._settings.overview(self._actor)
        # Each area in one block, in the order the areas first appear; the settings in it as declared.
        areas = list(dict.fromkeys(setting_area(r.key) for r in rows))
        self.model.set_rows(sorted(rows, key=lambda r: areas.index(setting_area(r.key))))
        fit_columns(self.view)
        self.view.resizeColumnToContents(1)  # the setting's name is what is read: never cut it short

    def change_selected(self) -> None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            QMessageBox.information(self, self.tr("Settings"), self.tr("Select a setting in the list first."))
            return
        if not self.change_button.isEnabled():
            return
        setting = self.model.row_at(self.view.model().mapToSource(index).row())
        dialog = SettingDialog(self._settings, self._actor, setting, self._settings.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()


class AdminPage(QWidget):
    def __init__(
        self,
        users: UserService,
        audit: AuditLog,
        settings: SettingsService,
        reference: ReferenceDataService,
        actor: Actor,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Administration")))
        self.tabs = QTabWidget()
        self.accounts = AccountsTab(users, actor)
        self.audit = AuditTab(audit, actor)
        self.settings = SettingsTab(settings, actor)
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.tabs.addTab(self.audit, self.tr("Audit log"))
        self.tabs.addTab(self.settings, self.tr("Settings"))
        self.municipalities = ReferenceTab(reference, settings, actor)
        self.tabs.addTab(self.municipalities, self.tr("Municipalities"))
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _: self.refresh())

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def on_lock(self) -> None:
        for tab in (self.accounts, self.audit, self.settings):
            tab.model.set_rows([])
        self.municipalities.clear()
