"""Ungdomar: every young person with their latest stay, searchable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from hvbdesk.gui.common.background import Reload
from hvbdesk.gui.common.page_parts import fit_columns, heading, muted, table_view
from hvbdesk.gui.common.table_model import Column, RowsModel
from hvbdesk.services.context import Actor
from hvbdesk.services.residents import ResidentRow, ResidentService


class ResidentsPage(QWidget):
    record_requested = Signal(int)  # a resident's id: open the young person's page

    def __init__(self, residents: ResidentService, actor: Actor, parent: QWidget | None = None, sips=None):
        """`sips`: the SIP service, when the user may see SIPs (the next meeting is then a column)."""
        super().__init__(parent)
        self._residents = residents
        self._actor = actor
        self._sips = sips
        self._next_sip: dict = {}
        gender = {"kvinna": self.tr("woman"), "man": self.tr("man"), "icke-binär": self.tr("non-binary")}
        basis = {"SoL": "SoL", "LVU2": "LVU §2", "LVU3": "LVU §3", "LVM": "LVM"}
        self.model = RowsModel(
            [
                Column(self.tr("Name"), lambda r: f"{r.last_name}, {r.first_name}"),
                Column(self.tr("Personal identity number"), lambda r: r.identity_number),
                Column(self.tr("Age"), lambda r: str(r.age), lambda r: r.age, align_right=True),
                Column(self.tr("Gender"), lambda r: gender.get(r.gender.value, r.gender.value)),
                Column(
                    self.tr("Place"),
                    lambda r: str(r.latest_stay.place_number) if r.latest_stay else "",
                    lambda r: r.latest_stay.place_number if r.latest_stay else 0,
                    align_right=True,
                ),
                Column(
                    self.tr("Legal basis"), lambda r: basis[r.latest_stay.legal_basis.value] if r.latest_stay else ""
                ),
                Column(self.tr("Admitted"), lambda r: f"{r.latest_stay.admitted_at:%Y-%m-%d}" if r.latest_stay else ""),
                Column(
                    self.tr("Discharged"),
                    lambda r: (
                        f"{r.latest_stay.discharged_at:%Y-%m-%d}"
                        if r.latest_stay and r.latest_stay.discharged_at
                        else ""
                    ),
                ),
                # Placed first, then the most recently admitted.
                Column(
                    self.tr("Status"),
                    self._stay_status,
                    lambda r: (
                        f"{0 if r.is_placed else 1}-"
                        f"{99_999_999_999 - int(r.latest_stay.admitted_at.timestamp() if r.latest_stay else 0):011d}"
                    ),
                ),
                Column(
                    self.tr("Next SIP meeting"),
                    lambda r: f"{self._next_sip[r.id]:%Y-%m-%d %H:%M}" if r.id in self._next_sip else "",
                ),
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Young people")))
        top.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or number…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        top.addWidget(self.search)
        layout.addLayout(top)
        # Placed first, the most recently admitted first among them (the status column's key).
        self.view, self.proxy = table_view(self.model, sort=(8, Qt.SortOrder.AscendingOrder))
        self.search.textChanged.connect(self.proxy.set_search)
        self.view.activated.connect(self._open)  # double-click or Enter
        self.empty = muted(
            self.tr(
                "No young people are registered yet. Stays are registered from the "
                "bed board, or imported from earlier records by the manager."
            )
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        # Ten years of young people take a while to read: off the GUI thread, the table filled when it is read.
        self.reader = Reload(self, self.tr("Young people"), self._read, self._show)
        self.loaded = self.reader.shown

    def _stay_status(self, r: ResidentRow) -> str:
        s = r.latest_stay
        if s is None:
            return ""
        return self.tr("placed") if s.discharged_at is None else self.tr("discharged")

    def _open(self, index) -> None:
        if index.isValid():
            self.record_requested.emit(self.model.row_at(self.proxy.mapToSource(index).row()).id)

    def refresh(self) -> None:
        self.reader.request()

    def _read(self) -> tuple[list[ResidentRow], dict]:
        rows = self._residents.list_residents(self._actor)
        return rows, self._sips.next_meetings(self._actor) if self._sips is not None else {}

    def _show(self, read: tuple[list[ResidentRow], dict]) -> None:
        rows, self._next_sip = read
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        fit_columns(self.view)

    def finish_work(self) -> None:
        self.reader.wait(5000)

    def on_lock(self) -> None:
        self.reader.discard()
        self._next_sip = {}
        self.model.set_rows([])
        self.search.clear()
