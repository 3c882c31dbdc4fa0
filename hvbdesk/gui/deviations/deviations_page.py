"""Deviations (avvikelser): anyone on staff registers one; the manager investigates and closes it. The
list shows what the reader may see; one about a young person follows the journal's access rules."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from hvbdesk.domain.enums import DeviationStatus
from hvbdesk.domain.errors import HvbError
from hvbdesk.gui.common.labels import deviation_kind_label, deviation_status_label
from hvbdesk.gui.common.page_parts import NEWEST_FIRST, fit_columns, heading, muted, table_view
from hvbdesk.gui.common.table_model import Column, RowsModel
from hvbdesk.gui.deviations.deviation_dialogs import DeviationCloseDialog, DeviationDialog
from hvbdesk.i18n.messages import describe
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.context import Actor
from hvbdesk.services.deviations import DeviationRow


class DeviationsPage(QWidget):
    def __init__(self, services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._deviations, self._beds, self._actor = services.deviations, services.beds, actor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.addWidget(heading(self.tr("Deviations")))
        layout.addWidget(
            muted(
                self.tr(
                    "Register what went wrong or could have gone wrong, in the home's own work or in cooperation with "
                    "social services and the Region. The manager investigates, closes and reports onwards where needed."
                )
            )
        )
        bar = QHBoxLayout()
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Open deviations"), DeviationStatus.OPEN.value)
        self.filter.addItem(self.tr("All deviations"), None)
        self.filter.setAccessibleName(self.tr("Show"))
        self.register_button = QPushButton(self.tr("&Register a deviation…"))
        self.close_button = QPushButton(self.tr("&Investigate and close…"))
        self.close_button.setVisible(allows(actor.role, Permission.DEVIATION_CLOSE))
        bar.addWidget(self.filter)
        bar.addStretch(1)
        bar.addWidget(self.register_button)
        bar.addWidget(self.close_button)
        layout.addLayout(bar)
        self.model = RowsModel(
            [
                Column(self.tr("Date"), lambda r: r.occurred_on.isoformat()),
                Column(self.tr("Kind"), lambda r: deviation_kind_label(r.kind)),
                Column(
                    self.tr("About"),
                    lambda r: r.resident_name or ("–" if r.resident_id is None else self.tr("a young person")),
                ),
                Column(self.tr("Status"), lambda r: deviation_status_label(r.status)),
                Column(self.tr("Registered by"), lambda r: r.registered_by),
            ]
        )
        self.view, self.proxy = table_view(self.model, NEWEST_FIRST)
        self.view.setAccessibleName(self.tr("Deviations"))
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The deviation"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.empty = muted("")
        layout.addWidget(self.empty)
        self.status = muted("")
        layout.addWidget(self.status)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.register_button.clicked.connect(self.register)
        self.close_button.clicked.connect(self.close_selected)
        self._selected()

    def refresh(self) -> None:
        status = self.filter.currentData()
        try:
            rows = self._deviations.listed(self._actor, DeviationStatus(status) if status else None)
        except HvbError as exc:
            self.status.setText(describe(exc))
            return
        self.model.set_rows(rows)
        fit_columns(self.view)
        self.empty.setText("" if rows else self.tr("No deviations to show."))
        self._selected()

    def on_lock(self) -> None:
        self.model.set_rows([])
        self.detail.clear()

    def selected(self) -> DeviationRow | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _selected(self, *_args) -> None:
        row = self.selected()
        self.close_button.setEnabled(row is not None and row.status is DeviationStatus.OPEN)
        if row is None:
            self.detail.setPlainText("")
            return
        parts = [
            f"{row.occurred_on.isoformat()} · {deviation_kind_label(row.kind)} · {deviation_status_label(row.status)}",
            "",
            self.tr("What happened:"),
            row.description,
            "",
            self.tr("Immediate action:"),
            row.immediate_action or "–",
        ]
        if row.status is DeviationStatus.CLOSED:
            onwards = [
                t
                for t, on in (
                    (self.tr("lex Sarah"), row.reported_lex_sarah),
                    (self.tr("the Region's deviation system"), row.reported_region),
                )
                if on
            ]
            parts += [
                "",
                self.tr("Analysis:"),
                row.analysis,
                "",
                self.tr("Measures:"),
                row.measures,
                "",
                self.tr("Closed %1 by %2. Reported onwards: %3.")
                .replace("%1", row.closed_on.isoformat() if row.closed_on else "")
                .replace("%2", row.closed_by)
                .replace("%3", ", ".join(onwards) or self.tr("no")),
            ]
        self.detail.setPlainText("\n".join(parts))

    def _people(self) -> list[tuple[int, str]]:
        if not allows(self._actor.role, Permission.RESIDENT_READ):
            return []
        return sorted(
            ((c.resident_id, c.name) for c in self._beds.board(self._actor) if c.resident_id and c.name),
            key=lambda p: p[1],
        )

    def register(self) -> None:
        dialog = DeviationDialog(self._deviations, self._actor, self._beds.now().date(), self._people(), self)
        if dialog.exec():
            self.status.setText(self.tr("The deviation is registered. The manager is told on this page."))
            self.refresh()

    def close_selected(self) -> None:
        row = self.selected()
        if row is None or row.status is not DeviationStatus.OPEN:
            return
        if DeviationCloseDialog(self._deviations, self._actor, row, self).exec():
            self.status.setText(self.tr("The deviation is closed."))
            self.refresh()
