"""The journal of one young person: filter, read, write with autosave, sign, correct.

Nothing typed is lost: the draft is saved a moment after each change, and at once when the panel
is hidden, the window closes or the screen locks. Opening the young person again brings it back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hvbdesk.domain.enums import JournalKind
from hvbdesk.domain.errors import HvbError
from hvbdesk.gui.common.background import attempt
from hvbdesk.gui.common.conflict_dialog import ConflictDialog, resolve
from hvbdesk.gui.common.flow_layout import FlowLayout
from hvbdesk.gui.common.house_rules import keep_tab_for_moving_on
from hvbdesk.gui.common.page_parts import fit_columns, muted, table_view
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.gui.common.table_model import Column, RowsModel
from hvbdesk.i18n.messages import describe
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.context import Actor
from hvbdesk.services.journal import EntryRow, JournalQuery, JournalService

AUTOSAVE_MS = 1500


class JournalPanel(QWidget):
    def __init__(self, journal: JournalService, actor: Actor, now, parent: QWidget | None = None):
        super().__init__(parent)
        self._journal, self._actor, self._now = journal, actor, now
        self._resident_id: int | None = None
        self._draft_id: int | None = None
        self._draft_version: int | None = None  # as last saved or read here
        self._goals: list[tuple[str, str]] = []
        self._loading = False
        kinds = self.kind_labels()
        self.model = RowsModel(
            [
                Column(self.tr("Time"), lambda e: f"{e.written_at:%Y-%m-%d %H:%M}", lambda e: e.written_at.isoformat()),
                Column(self.tr("Kind"), lambda e: kinds[e.kind]),
                Column(self.tr("Written by"), lambda e: e.author_name),
                Column(self.tr("Status"), self._status),
                Column(self.tr("Text"), lambda e: e.text.replace("\n", " ")),
            ]
        )
        layout = QVBoxLayout(self)
        filters = FlowLayout()  # wraps on a narrow window instead of widening the whole page
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind, label in kinds.items():
            self.kind_filter.addItem(label, kind.value)
        self.author_filter = QLineEdit()
        self.author_filter.setPlaceholderText(self.tr("Written by"))
        self.from_filter = QDateEdit()
        self.to_filter = QDateEdit()
        for edit in (self.from_filter, self.to_filter):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.goal_filter = QComboBox()
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Search the text…"))
        self.text_filter.setClearButtonEnabled(True)
        self.author_filter.setMinimumWidth(140)
        self.text_filter.setMinimumWidth(200)
        self.goal_filter.setMaximumWidth(260)
        for w in (
            self.kind_filter,
            self.author_filter,
            self.from_filter,
            QLabel("–"),
            self.to_filter,
            self.goal_filter,
            self.text_filter,
        ):
            filters.addWidget(w)
        layout.addLayout(filters)
        self.view, self.proxy = table_view(self.model, None)
        self.view.setSortingEnabled(False)
        self.empty = muted(self.tr("No entries match."))

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.kind = QComboBox()
        for kind, label in kinds.items():
            self.kind.addItem(label, kind.value)
        self.written_at = QDateTimeEdit()
        self.written_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.written_at.setCalendarPopup(True)
        self.goal = QComboBox()
        self.saved_label = muted("")
        for w in (self.kind, self.written_at, self.goal):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.saved_label)
        editor_layout.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Write the entry here. It is saved as a draft while you write."))
        editor_layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.sign_button = QPushButton(self.tr("Sign"))
        self.sign_button.setProperty("role", "primary")
        self.discard_button = QPushButton(self.tr("Discard draft"))
        self.correct_button = QPushButton(self.tr("Correct the selected entry…"))
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.sign_button)
        editor_layout.addLayout(buttons)
        editor.setVisible(allows(actor.role, Permission.JOURNAL_WRITE))

        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view)
        top_layout.addWidget(self.empty)
        split.addWidget(top)
        split.addWidget(editor)
        split.setSizes([400, 220])
        layout.addWidget(split, 1)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        for signal in (
            self.text.textChanged,
            self.kind.currentIndexChanged,
            self.goal.currentIndexChanged,
            self.written_at.dateTimeChanged,
        ):
            signal.connect(self._changed)
        for signal in (
            self.kind_filter.currentIndexChanged,
            self.goal_filter.currentIndexChanged,
            self.from_filter.dateChanged,
            self.to_filter.dateChanged,
        ):
            signal.connect(lambda *_: self.refresh())
        self.author_filter.editingFinished.connect(self.refresh)
        self.text_filter.textChanged.connect(lambda *_: self.refresh())
        self.sign_button.clicked.connect(self.sign)
        self.discard_button.clicked.connect(self.discard)
        self.correct_button.clicked.connect(self.correct_selected)

    @staticmethod
    def kind_labels() -> dict[JournalKind, str]:
        """Also for the young person's page, which lists the same notes."""
        return {
            JournalKind.DAILY_NOTE: QCoreApplication.translate("JournalPanel", "daily note"),
            JournalKind.CONVERSATION: QCoreApplication.translate("JournalPanel", "conversation"),
            JournalKind.TREATMENT_SESSION: QCoreApplication.translate("JournalPanel", "treatment session"),
            JournalKind.SOCIAL_SERVICES_CONTACT: QCoreApplication.translate(
                "JournalPanel", "contact with social services"
            ),
            JournalKind.INCIDENT: QCoreApplication.translate("JournalPanel", "incident"),
            JournalKind.OTHER: QCoreApplication.translate("JournalPanel", "other"),
        }

    def _status(self, e: EntryRow) -> str:
        if not e.is_signed:
            return self.tr("draft")
        if e.corrects_id:
            return self.tr("correction of %1").replace("%1", str(e.corrects_id))
        if e.corrected_by:
            return self.tr("signed, corrected by %1").replace("%1", ", ".join(map(str, e.corrected_by)))
        return self.tr("signed")

    # --- which young person ----------------------------------------------------------------------
    def show_resident(self, resident_id: int | None, goals: list[tuple[str, str]]) -> None:
        """goals: (key, text) of the current plan, for linking entries to a goal."""
        self.save_now(interactive=False)
        self._resident_id, self._goals = resident_id, goals
        self._loading = True
        for combo, first in ((self.goal, self.tr("No goal")), (self.goal_filter, self.tr("All goals"))):
            combo.clear()
            combo.addItem(first, None)
            for key, text in goals:
                combo.addItem(text, key)
        today = self._now().date()
        self.from_filter.setDate(qdate(today - dt.timedelta(days=90)))
        self.to_filter.setDate(qdate(today))
        self._loading = False
        self._take_up_draft()
        self.refresh()

    def _take_up_draft(self) -> None:
        self._loading = True
        self._draft_id = self._draft_version = None
        self.text.clear()
        now = self._now()
        self.written_at.setDateTime(QDateTime(qdate(now.date()), QTime(now.hour, now.minute)))
        self.saved_label.setText("")
        if self._resident_id is not None and allows(self._actor.role, Permission.JOURNAL_WRITE):
            drafts = self._journal.my_drafts(self._actor, self._resident_id)
            if drafts:
                d = drafts[0]
                self._draft_id, self._draft_version = d.id, d.version
                self.kind.setCurrentIndex(self.kind.findData(d.kind.value))
                self.goal.setCurrentIndex(max(0, self.goal.findData(d.goal_key)))
                self.written_at.setDateTime(
                    QDateTime(qdate(d.written_at.date()), QTime(d.written_at.hour, d.written_at.minute))
                )
                self.text.setPlainText(d.text)
                self.saved_label.setText(self.tr("Your unsigned draft was brought back."))
        self._loading = False

    def refresh(self) -> None:
        if self._loading or self._resident_id is None:
            return
        kind = self.kind_filter.currentData()
        query = JournalQuery(
            resident_id=self._resident_id,
            kind=JournalKind(kind) if kind else None,
            author=self.author_filter.text().strip() or None,
            since=dt.datetime.combine(self.from_filter.date().toPython(), dt.time()),
            until=dt.datetime.combine(self.to_filter.date().toPython() + dt.timedelta(days=1), dt.time()),
            goal_key=self.goal_filter.currentData(),
            text=self.text_filter.text().strip() or None,
        )
        rows = self._journal.search(self._actor, query)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        fit_columns(self.view)

    # --- writing -----------------------------------------------------------------------------------
    def _changed(self, *_) -> None:
        if not self._loading:
            self._autosave.start()

    def save_now(self, interactive: bool = True) -> bool:
        """Save the draft at once (autosave; and, not `interactive`, on hiding, closing, locking or another
        young person: then nobody can be asked, and a conflict keeps the text as a draft of its own).
        True when what the screen shows is what is stored."""
        self._autosave.stop()
        if self._resident_id is None or self._loading:
            return True
        text = self.text.toPlainText()
        if self._draft_id is None and not text.strip():
            return True
        try:
            self._save(text, self._draft_id, self._draft_version)
        except HvbError as exc:
            if exc.code != "stale_draft" or self._draft_id is None:
                self.saved_label.setText(describe(exc))
                return False
            if not self._resolve_conflict(text, describe(exc), interactive):
                return False
        self.saved_label.setText(self.tr("Draft saved %1").replace("%1", f"{self._now():%H:%M}"))
        return True

    def _save(self, text: str, draft_id: int | None, seen_version: int | None) -> None:
        assert self._resident_id is not None
        saved = self._journal.save_draft(
            self._actor,
            self._resident_id,
            JournalKind(self.kind.currentData()),
            self.written_at.dateTime().toPython().replace(second=0, microsecond=0),
            text,
            self.goal.currentData(),
            draft_id,
            seen_version,
        )
        self._draft_id, self._draft_version = saved.id, saved.version

    def _resolve_conflict(self, text: str, what_happened: str, interactive: bool) -> bool:
        """The draft was saved elsewhere meanwhile (another window, another workstation). Returns True when
        this text is now stored."""
        assert self._draft_id is not None
        theirs = self._journal.draft(self._actor, self._draft_id)
        if not interactive:
            self._save(text, None, None)  # a draft of its own: both texts are kept
            return True
        if resolve(what_happened, text, theirs.text, self) == ConflictDialog.KEEP_MINE:
            self._save(text, self._draft_id, theirs.version)
            return True
        self._loading = True
        self.text.setPlainText(theirs.text)
        self._draft_version = theirs.version
        self._loading = False
        self.saved_label.setText(self.tr("The saved draft is shown; your text is on the clipboard."))
        return False

    def sign(self) -> None:
        if not self.save_now() or self._draft_id is None:
            return  # a conflict resolved for the saved text: the user reads it before signing
        draft_id, version = self._draft_id, self._draft_version
        if not attempt(self, self.tr("Journal"), lambda: self._journal.sign(self._actor, draft_id, version)):
            return
        self._take_up_draft()
        self.refresh()

    def discard(self) -> None:
        self._autosave.stop()
        draft_id, version = self._draft_id, self._draft_version
        if draft_id is not None and not attempt(
            self, self.tr("Journal"), lambda: self._journal.discard_draft(self._actor, draft_id, version)
        ):
            return
        self._take_up_draft()
        self.refresh()

    def selected_entry(self) -> EntryRow | None:
        index = self.view.selectionModel().currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def ask_correction(self, entry: EntryRow) -> str | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Correct entry"))
        dialog.setLabelText(
            self.tr("The signed entry stays as it is. Write the correction; it is signed at once and points to it.")
        )
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(entry.text)
        keep_tab_for_moving_on(dialog)  # Tab leaves the text for the buttons, as in every other field
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None

    def correct_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.is_signed:
            QMessageBox.information(self, self.tr("Journal"), self.tr("Select a signed entry in the list first."))
            return
        text = self.ask_correction(entry)
        if text is None:
            return
        if attempt(self, self.tr("Journal"), lambda: self._journal.correct(self._actor, entry.id, text)):
            self.refresh()

    def on_lock(self) -> None:
        self.save_now(interactive=False)
        self._resident_id = None
        self._draft_id = self._draft_version = None
        self._loading = True
        self.text.clear()
        self._loading = False
        self.model.set_rows([])

    def hideEvent(self, event) -> None:
        self.save_now(interactive=False)
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        self.save_now(interactive=False)
        super().closeEvent(event)
