"""SIP: the young person's coordinated individual plan and the consent it works within, and the
printouts the coordinator hands out (the summary, an invitation per participant)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hvbdesk.domain.errors import HvbError
from hvbdesk.domain.sip_terms import GiverKind, Organisation, SipEntryKind
from hvbdesk.gui.common.background import Background
from hvbdesk.gui.common.flow_layout import FlowLayout
from hvbdesk.gui.common.page_parts import fit_columns, muted, table_view
from hvbdesk.gui.common.placed_people import PlacedPeople
from hvbdesk.gui.common.print_preview import PreviewDialog, load_renderer, render_pages
from hvbdesk.gui.common.table_model import Column, RowsModel
from hvbdesk.gui.sip.sip_dialogs import (
    ConsentDialog,
    EntryDialog,
    FollowUpDialog,
    GiverDialog,
    MeetingDialog,
    ParticipantDialog,
    RevokeDialog,
)
from hvbdesk.i18n.messages import describe
from hvbdesk.i18n.sip_texts import consent_state_text, organisation_label, principal_label
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.consents import ConsentRow
from hvbdesk.services.context import Actor
from hvbdesk.services.sips import SipView


class SipPage(QWidget):
    def __init__(self, services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._beds, self._sips, self._printing, self._actor = services.beds, services.sips, services.printing, actor
        self._consents, self._residents = services.consents, services.residents
        self._view: SipView | None = None
        self._consent: ConsentRow | None = None
        self._resident_id: int | None = None
        self.background = Background(self, self.tr("SIP"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        self.people = PlacedPeople()
        layout.addLayout(self.people.column(self.tr("SIP")))

        right = QVBoxLayout()
        self.title = QLabel("")
        self.title.setProperty("role", "sectionHeading")
        right.addWidget(self.title)
        self.consent = QLabel("")
        self.consent.setWordWrap(True)
        right.addWidget(self.consent)
        self.empty = muted("")
        right.addWidget(self.empty)
        self.next_meeting = QLabel("")
        right.addWidget(self.next_meeting)
        edit = QHBoxLayout()
        self.consent_button = QPushButton(self.tr("Register consent…"))
        self.start_button = QPushButton(self.tr("Start SIP"))
        self.participant_button = QPushButton(self.tr("Add participant…"))
        self.entry_button = QPushButton(self.tr("Add goal, need or action…"))
        self.follow_up_button = QPushButton(self.tr("Follow up the action…"))
        self.meeting_button = QPushButton(self.tr("Book meeting…"))
        self.revoke_button = QPushButton(self.tr("Revoke consent…"))
        self.giver_button = QPushButton(self.tr("Add a guardian's consent…"))
        self.giver_button.setToolTip(self.tr("Someone who consents after the consent was registered"))
        self.follow_up_button.setToolTip(self.tr("The action selected in the list below"))
        # Two rows, the consent's and the plan's: in one row the labels were cut off at 1366×768.
        plan_row = QHBoxLayout()
        rows = (
            (edit, (self.consent_button, self.giver_button, self.revoke_button)),
            (
                plan_row,
                (
                    self.start_button,
                    self.participant_button,
                    self.entry_button,
                    self.follow_up_button,
                    self.meeting_button,
                ),
            ),
        )
        for row, row_buttons in rows:
            for button in row_buttons:
                row.addWidget(button)
                button.setVisible(allows(actor.role, Permission.SIP_WRITE))
            row.addStretch(1)
            right.addLayout(row)
        right.addWidget(_section(self.tr("Participants")))
        self.participants = RowsModel(
            [
                Column(self.tr("Principal"), lambda p: principal_label(p.principal)),
                Column(self.tr("Organisation"), lambda p: organisation_label(p.organisation, p.organisation_name)),
                Column(self.tr("Name"), lambda p: p.person),
                Column(self.tr("Role"), lambda p: p.title),
            ]
        )
        self.participants_view, _ = table_view(self.participants)
        right.addWidget(self.participants_view, 1)
        right.addWidget(_section(self.tr("Goals, needs and actions")))
        self.entries = RowsModel(
            [
                Column(self.tr("Kind"), lambda e: self._kind(e.kind), lambda e: (_ORDER[e.kind], e.id)),
                Column(self.tr("Text"), lambda e: e.text),
                Column(
                    self.tr("Responsible"),
                    lambda e: (
                        organisation_label(e.organisation, e.organisation_name)
                        + (f", {e.responsible_person}" if e.responsible_person else "")
                        if e.organisation
                        else ""
                    ),
                ),
                Column(self.tr("Follow-up"), lambda e: e.follow_up_on.isoformat() if e.follow_up_on else ""),
            ]
        )
        self.entries_view, _ = table_view(self.entries)  # goals, needs, then actions
        right.addWidget(self.entries_view, 2)
        buttons = FlowLayout()  # wraps on a narrow window: the version chooser was squeezed until cut
        self.invitation_button = QPushButton(self.tr("Print invitation…"))
        self.invitation_button.setToolTip(self.tr("An invitation to the participant selected in the list"))
        self.summary_button = QPushButton(self.tr("Print summary…"))
        self.recipient = QComboBox()
        self.recipient.setToolTip(self.tr("A version for one organisation holds only what the consent lets it see"))
        buttons.addWidget(QLabel(self.tr("Version for")))
        buttons.addWidget(self.recipient)
        self.preview_button = QPushButton(self.tr("Preview and print…"))
        self.preview_button.setToolTip(self.tr("The summary's real pages, then the computer's print dialog"))
        self.preview: PreviewDialog | None = None
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.invitation_button)
        buttons.addWidget(self.summary_button)
        right.addLayout(buttons)
        self.status = muted("")
        right.addWidget(self.status)
        layout.addLayout(right, 1)
        self.people.currentRowChanged.connect(self._choose)
        self.summary_button.clicked.connect(self._print_summary)
        self.preview_button.clicked.connect(self.preview_summary)
        self.consent_button.clicked.connect(lambda: self._run(self.consent_dialog()))
        self.start_button.clicked.connect(self._start)
        self.participant_button.clicked.connect(lambda: self._run(self.participant_dialog()))
        self.entry_button.clicked.connect(lambda: self._run(self.entry_dialog()))
        self.follow_up_button.clicked.connect(self._follow_up)
        self.meeting_button.clicked.connect(lambda: self._run(self.meeting_dialog()))
        self.revoke_button.clicked.connect(lambda: self._run(self.revoke_dialog()))
        self.giver_button.clicked.connect(lambda: self._run(self.giver_dialog()))
        self.invitation_button.clicked.connect(self._print_invitation)

    def _kind(self, kind: SipEntryKind) -> str:
        return {
            SipEntryKind.GOAL: self.tr("Goal (own words)"),
            SipEntryKind.NEED: self.tr("Need"),
            SipEntryKind.ACTION: self.tr("Action"),
        }[kind]

    def refresh(self) -> None:
        if not self.people.fill(self._beds.board(self._actor), lambda card: (card.resident_id, card.name)):
            self._show(None, "", None)

    def on_lock(self) -> None:
        """Personal data off the screen while locked; a printout being written is finished first."""
        self.background.wait(10_000)
        if self.preview is not None:  # the printout's pages are personal data too
            self.preview.close()
            self.preview.deleteLater()
            self.preview = None
        self.people.blockSignals(True)
        self.people.clear()
        self.people.blockSignals(False)
        self._show(None, "", None)
        self.status.setText("")

    def save_pending(self) -> None:
        self.background.wait(10_000)  # a printout being written is finished, never cut off

    def select_resident(self, resident_id: int) -> None:
        self.people.choose_where(lambda value: value[0] == resident_id)

    def _choose(self, row: int) -> None:
        if row < 0:
            return
        resident_id, name = self.people.value_at(row)
        try:
            view = self._sips.view(self._actor, resident_id)
            consents = self._consents.consents(self._actor, resident_id) if view is None else []
        except HvbError as exc:  # the Region's staff, when the consent names no Region organisation
            self._show(resident_id, name, None, describe(exc))
            return
        self._show(resident_id, name, view, consent=view.consent if view else (consents[-1] if consents else None))

    def _show(self, resident_id: int | None, name: str, view: SipView | None, refused: str = "", consent=None) -> None:
        """`consent`: the newest consent (a ConsentRow), shown whether or not a SIP has begun."""
        self._resident_id, self._view, self._consent = resident_id, view, consent
        self.title.setText(name)
        if refused:
            self.consent.setText(refused)
        elif consent is None:
            self.consent.setText(self.tr("No consent registered.") if resident_id else "")
        else:
            self.consent.setText(
                consent_state_text(
                    consent.state.value,
                    consent.valid_until.isoformat(),
                    consent.still_to_consent,
                    consent.revoked_on.isoformat() if consent.revoked_on else "",
                )
            )
        self.empty.setText(
            self.tr("No SIP for %1 yet.").replace("%1", name) if resident_id and view is None and not refused else ""
        )
        self.empty.setVisible(bool(self.empty.text()))
        upcoming = view.next_meeting(self._beds.now()) if view else None
        self.next_meeting.setText(
            self.tr("Next meeting %1, %2")
            .replace("%1", f"{upcoming.held_at:%Y-%m-%d %H:%M}")
            .replace("%2", upcoming.place)
            if upcoming
            else ""
        )
        self.participants.set_rows(view.participants if view else [])
        self.entries.set_rows(view.entries if view else [])
        fit_columns(self.participants_view)
        fit_columns(self.entries_view)
        self.consent_button.setEnabled(resident_id is not None and not refused)
        self.start_button.setEnabled(resident_id is not None and view is None and not refused)
        for button in (self.participant_button, self.entry_button, self.follow_up_button, self.meeting_button):
            button.setEnabled(view is not None)
        self.revoke_button.setEnabled(consent is not None and consent.revoked_on is None and not refused)
        self.giver_button.setEnabled(consent is not None and bool(consent.still_to_consent) and not refused)
        self.recipient.clear()
        self.recipient.addItem(self.tr("the home's file"), None)
        for scope in consent.actors if consent else []:
            if scope.organisation is not Organisation.OTHER and not scope.person:
                self.recipient.addItem(organisation_label(scope.organisation), scope.organisation.value)
        may_print = view is not None and consent is not None and consent.state.in_force
        self.summary_button.setEnabled(may_print)
        self.preview_button.setEnabled(may_print)
        self.invitation_button.setEnabled(may_print and bool(view.participants if view else False))

    # --- editing -------------------------------------------------------------------------------
    def _today(self):
        return self._beds.now().date()

    def _run(self, dialog) -> None:
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def reload(self) -> None:
        if self._resident_id is not None:
            self.select_resident(self._resident_id)
            self._choose(self.people.currentRow())

    def consent_dialog(self) -> ConsentDialog | None:
        if self._resident_id is None:
            return None
        detail = self._residents.get_resident(self._actor, self._resident_id)
        of_age = detail.row.age >= 18
        guardians = [(g.id, f"{g.name} ({g.relation})") for g in detail.guardians]
        return ConsentDialog(self._consents, self._actor, self._resident_id, guardians, of_age, self._today(), self)

    def participant_dialog(self) -> ParticipantDialog | None:
        return ParticipantDialog(self._sips, self._actor, self._view.id, self) if self._view else None

    def entry_dialog(self) -> EntryDialog | None:
        return EntryDialog(self._sips, self._actor, self._view.id, self._today(), self) if self._view else None

    def meeting_dialog(self) -> MeetingDialog | None:
        return MeetingDialog(self._sips, self._actor, self._view.id, self._beds.now(), self) if self._view else None

    def giver_dialog(self) -> GiverDialog | None:
        """Those the consent still lacks: guardians by name, or the young person (an empty name)."""
        consent = self._consent
        if consent is None or self._resident_id is None:
            return None
        detail = self._residents.get_resident(self._actor, self._resident_id)
        by_name = {g.name: g.id for g in detail.guardians}
        missing = [
            (GiverKind.GUARDIAN, by_name[name], name)
            if name
            else (GiverKind.YOUNG_PERSON, None, self.tr("The young person"))
            for name in consent.still_to_consent
            if not name or name in by_name
        ]
        return GiverDialog(self._consents, self._actor, consent, missing, self._today(), self)

    def revoke_dialog(self) -> RevokeDialog | None:
        consent = self._consent
        return RevokeDialog(self._consents, self._actor, consent, self._today(), self) if consent else None

    def follow_up_dialog(self, entry_id: int) -> FollowUpDialog:
        return FollowUpDialog(self._sips, self._actor, entry_id, self._today(), self)

    def _start(self) -> None:
        if self._resident_id is None:
            return
        try:
            self._sips.start(self._actor, self._resident_id, self._today())
        except HvbError as exc:
            self.status.setText(describe(exc))
            return
        self.reload()

    def _follow_up(self) -> None:
        chosen = self.entries_view.selectionModel().selectedRows()
        entry = self.entries.row_at(self.entries_view.model().mapToSource(chosen[0]).row()) if chosen else None
        if entry is None or entry.kind is not SipEntryKind.ACTION:
            self.status.setText(self.tr("Select the action to follow up in the list first."))
            return
        self._run(self.follow_up_dialog(entry.id))

    # --- printing ------------------------------------------------------------------------------
    def _ask_file(self, name: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the printout"), str(Path.home() / name), "PDF (*.pdf)"
        )
        return Path(path) if path else None

    def _print_summary(self) -> None:
        out = self._ask_file("sip-sammanfattning.pdf")
        if out is not None:
            self.print_summary_to(out)

    def _print_invitation(self) -> None:
        chosen = self.participants_view.selectionModel().selectedRows()
        index = chosen[0] if chosen else self.participants_view.selectionModel().currentIndex()
        if not index.isValid() or self._view is None:
            self.status.setText(self.tr("Select the participant to invite in the list first."))
            return
        participant = self.participants.row_at(self.participants_view.model().mapToSource(index).row())
        out = self._ask_file(f"kallelse-{participant.person.split()[0].lower()}.pdf")
        if out is not None:
            self.print_invitation_to(participant.id, out)

    def print_summary_to(self, out: Path) -> None:
        actor, resident, chosen = self._actor, self._resident_id, self.recipient.currentData()
        recipient = Organisation(chosen) if chosen else None
        if resident is None:
            return
        self.background.run(
            self.tr("Writing the SIP summary…"),
            lambda: self._printing.write_sip(actor, resident, out, recipient=recipient),
            lambda written: self.status.setText(self.tr("Written to %1").replace("%1", written.name)),
        )

    def preview_summary(self) -> None:
        actor, resident, name = self._actor, self._resident_id, self.title.text()
        chosen = self.recipient.currentData()
        recipient = Organisation(chosen) if chosen else None
        if resident is None:
            return
        load_renderer()
        self.background.run(
            self.tr("Preparing the preview…"),
            lambda: render_pages(self._printing.sip_pdf(actor, resident, recipient=recipient, preview=True)),
            lambda pages: self._open_preview(pages, self.tr("SIP – %1").replace("%1", name)),
        )

    def _open_preview(self, pages, title: str) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
        self.preview = PreviewDialog(pages, title, self)
        self.preview.open()  # modal for this window; the GUI thread goes on

    def print_invitation_to(self, participant_id: int, out: Path) -> None:
        actor, resident = self._actor, self._resident_id
        if resident is None:
            return
        self.background.run(
            self.tr("Writing the invitation…"),
            lambda: self._printing.write_sip(actor, resident, out, invitation_to=participant_id),
            lambda written: self.status.setText(self.tr("Written to %1").replace("%1", written.name)),
        )


_ORDER = {SipEntryKind.GOAL: 0, SipEntryKind.NEED: 1, SipEntryKind.ACTION: 2}  # the plan's own order


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "sectionHeading")
    return label
