"""A young person's page: identity, guardians and stays, then a tab for each part of the record the
reader's role may see (contact persons, plans, journal, SIP and consents, and for the manager who has
opened the record). Read off the GUI thread; nothing here changes the record."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hvbdesk.gui.common.background import Background
from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.common.labels import basis_label, gender_label, kind_label
from hvbdesk.gui.common.page_parts import NEWEST_FIRST, fit_columns, heading, muted, table_view
from hvbdesk.gui.common.role_names import action_label, entity_label
from hvbdesk.gui.common.table_model import Column, RowsModel
from hvbdesk.gui.plans.journal_panel import JournalPanel
from hvbdesk.services.context import Actor
from hvbdesk.services.resident_record import ResidentRecord, ResidentRecordService


def _table(columns: list[Column], rows: list, sort=NEWEST_FIRST) -> QWidget:
    model = RowsModel(columns)
    view, _ = table_view(model, sort)
    model.setParent(view)  # lives as long as its table
    model.set_rows(rows)
    fit_columns(view)
    return view


class ResidentRecordDialog(Dialog):
    def __init__(self, records: ResidentRecordService, actor: Actor, resident_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.resident_id = resident_id
        self.record: ResidentRecord | None = None
        self.setWindowTitle(self.tr("Young person"))
        self.resize(980, 660)
        layout = QVBoxLayout(self)
        self.title = heading(self.tr("Reading the record…"))
        layout.addWidget(self.title)
        self.subtitle = muted("")
        layout.addWidget(self.subtitle)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.background = Background(self, self.tr("Young person"))
        self.background.failed.connect(lambda _: self.close())  # said in the error dialog; no empty page left
        self.background.run(
            self.tr("Reading the record…"), lambda: records.record(actor, resident_id), self._show, quiet=True
        )

    def finish_work(self) -> None:
        self.background.wait(10_000)

    def closeEvent(self, event) -> None:
        self.finish_work()
        super().closeEvent(event)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def _show(self, record: ResidentRecord) -> None:
        self.record = record
        row = record.detail.row
        self.title.setText(f"{row.first_name} {row.last_name}")
        self.subtitle.setText(
            self.tr("%1 · %2 years · %3")
            .replace("%1", row.identity_number)
            .replace("%2", str(row.age))
            .replace("%3", gender_label(row.gender))
        )
        self.tabs.addTab(self._identity(record), self.tr("Details and stays"))
        if record.contacts is not None:
            self.tabs.addTab(self._contacts(record), self.tr("Contact persons"))
        if record.plans_visible:
            self.tabs.addTab(self._plans(record), self.tr("Plans"))
        if record.journal is not None:
            self.tabs.addTab(self._journal(record), self.tr("Journal"))
        if record.sip is not None or record.consents is not None:
            self.tabs.addTab(self._sip(record), self.tr("SIP and consents"))
        if record.opened_by is not None:
            self.tabs.addTab(self._opened(record), self.tr("Who has opened the record"))

    def _identity(self, record: ResidentRecord) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Guardians")))
        layout.addWidget(
            _table(
                [
                    Column(self.tr("Name"), lambda g: g.name),
                    Column(self.tr("Relation"), lambda g: g.relation),
                    Column(self.tr("Phone"), lambda g: g.phone),
                ],
                record.detail.guardians,
                None,
            )
        )
        layout.addWidget(QLabel(self.tr("Stays")))
        layout.addWidget(
            _table(
                [
                    Column(self.tr("Admitted"), lambda s: f"{s.admitted_at:%Y-%m-%d}"),
                    Column(self.tr("Place"), lambda s: str(s.place_number), lambda s: s.place_number),
                    Column(self.tr("Kind"), lambda s: kind_label(s.kind)),
                    Column(self.tr("Legal basis"), lambda s: basis_label(s.legal_basis)),
                    Column(self.tr("Planned end"), lambda s: f"{s.planned_end:%Y-%m-%d}"),
                    Column(self.tr("Discharged"), lambda s: f"{s.discharged_at:%Y-%m-%d}" if s.discharged_at else ""),
                ],
                record.detail.stays,
            ),
            1,
        )
        return page

    def _contacts(self, record: ResidentRecord) -> QWidget:
        return _table(
            [
                Column(self.tr("Contact person"), lambda c: c.name),
                Column(self.tr("From"), lambda c: f"{c.valid_from:%Y-%m-%d}", lambda c: f"{c.valid_from} {c.id:012d}"),
                Column(self.tr("To"), lambda c: f"{c.valid_to:%Y-%m-%d}" if c.valid_to else self.tr("now")),
                Column(self.tr("Reason for change"), lambda c: c.change_reason),
            ],
            record.contacts or [],
            (1, NEWEST_FIRST[1]),
        )

    def _plans(self, record: ResidentRecord) -> QWidget:
        page = QWidget()
        form = QVBoxLayout(page)
        plan = record.plan
        if plan is None:
            form.addWidget(muted(self.tr("No established implementation plan for the latest stay.")))
        else:
            form.addWidget(
                QLabel(
                    self.tr("Implementation plan, version %1, established %2 with %3.")
                    .replace("%1", str(plan.number))
                    .replace("%2", f"{plan.established_on:%Y-%m-%d}")
                    .replace("%3", plan.participants)
                )
            )
            goals = QLabel("\n".join(f"• {g.goal}" for g in plan.goals))
            goals.setWordWrap(True)
            form.addWidget(goals)
        form.addWidget(QLabel(self.tr("Care plans")))
        form.addWidget(
            _table(
                [
                    Column(self.tr("Dated"), lambda p: f"{p.dated:%Y-%m-%d}"),
                    Column(self.tr("Written by"), lambda p: f"{p.author}, {p.organisation}"),
                    Column(self.tr("Needs and goals"), lambda p: p.summary.replace("\n", " ")),
                ],
                record.care_plans or [],
            ),
            1,
        )
        return page

    def _journal(self, record: ResidentRecord) -> QWidget:
        kinds = JournalPanel.kind_labels()
        return _table(
            [
                Column(self.tr("Time"), lambda e: f"{e.written_at:%Y-%m-%d %H:%M}", lambda e: e.written_at.isoformat()),
                Column(self.tr("Kind"), lambda e: kinds[e.kind]),
                Column(self.tr("Written by"), lambda e: e.author_name),
                Column(self.tr("Text"), lambda e: e.text.replace("\n", " ")),
            ],
            record.journal or [],
        )

    def _sip(self, record: ResidentRecord) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        sip = record.sip
        if sip is None:
            layout.addWidget(muted(self.tr("No SIP has been started.")))
        else:
            info = QFormLayout()
            info.addRow(self.tr("Started"), QLabel(f"{sip.started_on:%Y-%m-%d}"))
            info.addRow(self.tr("Closed"), QLabel(f"{sip.closed_on:%Y-%m-%d}" if sip.closed_on else self.tr("open")))
            info.addRow(self.tr("Participants"), QLabel(str(len(sip.participants))))
            layout.addLayout(info)
        layout.addWidget(QLabel(self.tr("Consents")))
        layout.addWidget(
            _table(
                [
                    Column(self.tr("Given"), lambda c: f"{c.given_on:%Y-%m-%d}"),
                    Column(self.tr("Valid until"), lambda c: f"{c.valid_until:%Y-%m-%d}"),
                    Column(self.tr("Revoked"), lambda c: f"{c.revoked_on:%Y-%m-%d}" if c.revoked_on else ""),
                ],
                record.consents or [],
            ),
            1,
        )
        return page

    def _opened(self, record: ResidentRecord) -> QWidget:
        return _table(
            [
                Column(self.tr("Time"), lambda r: r.at_utc.astimezone().strftime("%Y-%m-%d %H:%M"), lambda r: r.id),
                Column(self.tr("User"), lambda r: r.username),
                Column(self.tr("Action"), lambda r: action_label(r.action)),
                Column(self.tr("Record"), lambda r: f"{entity_label(r.entity)} {r.entity_id}".strip()),
                Column(self.tr("Workstation"), lambda r: r.workstation),
            ],
            record.opened_by or [],
        )
