"""Changing one rule number from a date, with its history in view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from hvbdesk.gui.common.field_errors import show_error, submit
from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.gui.forms.ui_setting_dialog import Ui_SettingDialog
from hvbdesk.services.context import Actor
from hvbdesk.services.settings import SettingNow, SettingsService


class SettingDialog(Dialog):
    def __init__(
        self,
        settings: SettingsService,
        actor: Actor,
        setting: SettingNow,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_SettingDialog()
        self.ui.setupUi(self)
        self._settings, self._actor, self._key = settings, actor, setting.key
        self._seen = setting.version
        self.ui.nameLabel.setText(f"<b>{setting.label}</b>")
        since = (
            self.tr("from %1").replace("%1", setting.valid_from.isoformat())
            if setting.valid_from
            else self.tr("built-in value, never changed")
        )
        self.ui.currentLabel.setText(f"{setting.value}  ({since})")
        if setting.minimum is not None:
            self.ui.valueEdit.setPlaceholderText(
                self.tr("a whole number %1–%2").replace("%1", str(setting.minimum)).replace("%2", str(setting.maximum))
            )
        else:
            self.ui.valueEdit.setPlaceholderText(self.tr("a time, HH:MM"))
        self.ui.valueEdit.setText(setting.value)
        self.ui.valueEdit.selectAll()
        # Fees and the budget may be corrected back in time (the reports count with them); rules may not.
        self.ui.validFromEdit.setMinimumDate(qdate(dt.date(2000, 1, 1) if setting.back_dated else today))
        self.ui.validFromEdit.setDate(qdate(today))
        self._fill_history(settings.history(actor, setting.key))
        show_error(self.ui.errorLabel, "")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save change"))
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)

    def _fill_history(self, rows) -> None:
        table = self.ui.historyTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Valid from"), self.tr("Valid to")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            texts = [row.value, row.valid_from.isoformat(), row.valid_to.isoformat() if row.valid_to else "–"]
            for j, text in enumerate(texts):
                table.setItem(i, j, QTableWidgetItem(text))
        if not rows:
            self.ui.historyLabel.setText(self.tr("History: none stored, the built-in value applies"))

    def _save(self) -> None:
        ui = self.ui
        if submit(
            ui.errorLabel,
            lambda: self._settings.change(
                self._actor, self._key, ui.valueEdit.text(), ui.validFromEdit.date().toPython(), seen_version=self._seen
            ),
            {"value": ui.valueEdit, "valid_from": ui.validFromEdit},
        ):
            self.accept()
