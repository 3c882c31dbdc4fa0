"""Dialogs of SIP work: registering a consent, and adding participants, goals, needs, actions and
follow-ups to a SIP. Each calls one service method; the service's refusal is shown in the dialog."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from hvbdesk.domain.consent import ActorScope, Giver, latest_end
from hvbdesk.domain.sip_terms import (
    ConsentHow,
    FollowUpResult,
    GiverKind,
    InformationKind,
    MeetingKind,
    Organisation,
    SipEntryKind,
)
from hvbdesk.gui.common.field_errors import show_error, submit
from hvbdesk.gui.common.house_rules import Dialog
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.gui.forms.ui_consent_dialog import Ui_ConsentDialog
from hvbdesk.gui.forms.ui_consent_giver_dialog import Ui_ConsentGiverDialog
from hvbdesk.gui.forms.ui_consent_revoke_dialog import Ui_ConsentRevokeDialog
from hvbdesk.gui.forms.ui_sip_entry_dialog import Ui_SipEntryDialog
from hvbdesk.gui.forms.ui_sip_follow_up_dialog import Ui_SipFollowUpDialog
from hvbdesk.gui.forms.ui_sip_meeting_dialog import Ui_SipMeetingDialog
from hvbdesk.gui.forms.ui_sip_participant_dialog import Ui_SipParticipantDialog
from hvbdesk.i18n.sip_texts import how_label, information_label, organisation_label
from hvbdesk.services.consents import ConsentInput, ConsentRow, ConsentService
from hvbdesk.services.context import Actor
from hvbdesk.services.sips import EntryInput, SipService


class _FormDialog(Dialog):
    """A Designer form whose OK calls one service method; a refusal stays in the form, in words."""

    ui: Any

    def _wire(self) -> None:
        show_error(self.ui.errorLabel, "")
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)

    def _save(self) -> None:
        raise NotImplementedError

    def _submit(self, call: Callable[[], object]) -> None:
        if submit(self.ui.errorLabel, call, self.fields()):
            self.accept()

    def fields(self) -> dict:
        """The service's field names -> this form's inputs, for marking the ones a refusal names."""
        return {}


class _GiverRow(QWidget):
    """One person who may consent: ticked when they did, how, and who heard an oral consent."""

    def __init__(self, label: str, kind: GiverKind, guardian_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.guardian_id = kind, guardian_id
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.how = QComboBox()
        for how in ConsentHow:
            self.how.addItem(how_label(how), how.value)
        self.heard_by = QLineEdit()
        self.heard_by.setPlaceholderText(self.tr("who heard it (oral)"))
        row.addWidget(self.check, 2)
        row.addWidget(self.how, 1)
        row.addWidget(self.heard_by, 2)

    def giver(self, on: dt.date) -> Giver | None:
        if not self.check.isChecked():
            return None
        return Giver(self.kind, self.guardian_id, ConsentHow(self.how.currentData()), self.heard_by.text(), on)


class ConsentDialog(_FormDialog):
    def __init__(
        self,
        consents: ConsentService,
        actor: Actor,
        resident_id: int,
        guardians: list[tuple[int, str]],
        of_age: bool,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        self._consents, self._actor, self._resident_id = consents, actor, resident_id
        self.ui.givenOnEdit.setDate(qdate(today))
        self.ui.givenOnEdit.setMaximumDate(qdate(today))
        self.ui.validUntilEdit.setDate(qdate(latest_end(today)))
        self.ui.givenOnEdit.dateChanged.connect(
            lambda d: self.ui.validUntilEdit.setDate(qdate(latest_end(d.toPython())))
        )
        if of_age:
            self.givers = [_GiverRow(self.tr("The young person"), GiverKind.YOUNG_PERSON, None)]
        else:
            self.givers = [_GiverRow(name, GiverKind.GUARDIAN, gid) for gid, name in guardians]
            note = self.tr("Under 18 every registered guardian consents; record the young person's view below.")
            label = QLabel(note)
            label.setWordWrap(True)
            self.ui.giversLayout.addWidget(label)
        for row in self.givers:
            self.ui.giversLayout.addWidget(row)
        self.actors: dict[Organisation, QCheckBox] = {}
        for org in Organisation:
            if org is not Organisation.OTHER:
                self.actors[org] = QCheckBox(organisation_label(org))
                self.ui.actorsLayout.addWidget(self.actors[org])
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("Another organisation, e.g. the police (optional)"))
        self.ui.actorsLayout.addWidget(self.other)
        self.information: dict[InformationKind, QCheckBox] = {}
        for kind in InformationKind:
            self.information[kind] = QCheckBox(information_label(kind))
            self.ui.informationLayout.addWidget(self.information[kind])
        self._wire()

    def data(self) -> ConsentInput:
        given = self.ui.givenOnEdit.date().toPython()
        actors = [ActorScope(org) for org, box in self.actors.items() if box.isChecked()]
        if self.other.text().strip():
            actors.append(ActorScope(Organisation.OTHER, self.other.text().strip()))
        return ConsentInput(
            given,
            self.ui.validUntilEdit.date().toPython(),
            [g for g in (row.giver(given) for row in self.givers) if g is not None],
            actors,
            {kind for kind, box in self.information.items() if box.isChecked()},
            self.ui.exclusionsEdit.toPlainText().splitlines(),
            self.ui.viewEdit.toPlainText(),
        )

    def _save(self) -> None:
        self._submit(lambda: self._consents.register(self._actor, self._resident_id, self.data()))


def _organisations(combo: QComboBox, blank: str = "") -> None:
    if blank:
        combo.addItem(blank, None)
    for org in Organisation:
        combo.addItem(organisation_label(org) if org is not Organisation.OTHER else combo.tr("other…"), org.value)


class ParticipantDialog(_FormDialog):
    def __init__(self, sips: SipService, actor: Actor, sip_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SipParticipantDialog()
        self.ui.setupUi(self)
        self._sips, self._actor, self._sip_id = sips, actor, sip_id
        _organisations(self.ui.organisationCombo)
        self._wire()

    def _save(self) -> None:
        self._submit(
            lambda: self._sips.add_participant(
                self._actor,
                self._sip_id,
                Organisation(self.ui.organisationCombo.currentData()),
                self.ui.personEdit.text(),
                self.ui.titleEdit.text(),
                self.ui.otherEdit.text(),
            )
        )


class EntryDialog(_FormDialog):
    def __init__(self, sips: SipService, actor: Actor, sip_id: int, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SipEntryDialog()
        self.ui.setupUi(self)
        self._sips, self._actor, self._sip_id = sips, actor, sip_id
        for kind, label in (
            (SipEntryKind.GOAL, self.tr("Goal, in the young person's own words")),
            (SipEntryKind.NEED, self.tr("Need")),
            (SipEntryKind.ACTION, self.tr("Action")),
        ):
            self.ui.kindCombo.addItem(label, kind.value)
        self.ui.informationCombo.addItem(self.tr("(a goal: none)"), None)
        for info in InformationKind:
            self.ui.informationCombo.addItem(information_label(info), info.value)
        _organisations(self.ui.organisationCombo, self.tr("(not an action)"))
        self.ui.followUpEdit.setDate(qdate(today + dt.timedelta(days=28)))
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._wire()

    def _kind_changed(self) -> None:
        kind = SipEntryKind(self.ui.kindCombo.currentData())
        for widget in (self.ui.organisationCombo, self.ui.personEdit, self.ui.followUpEdit):
            widget.setEnabled(kind is SipEntryKind.ACTION)
        self.ui.informationCombo.setEnabled(kind is not SipEntryKind.GOAL)

    def _save(self) -> None:
        kind = SipEntryKind(self.ui.kindCombo.currentData())
        action = kind is SipEntryKind.ACTION
        info = self.ui.informationCombo.currentData()
        org = self.ui.organisationCombo.currentData()
        self._submit(
            lambda: self._sips.add_entry(
                self._actor,
                self._sip_id,
                EntryInput(
                    kind,
                    self.ui.textEdit.toPlainText(),
                    InformationKind(info) if info and kind is not SipEntryKind.GOAL else None,
                    Organisation(org) if org and action else None,
                    "",
                    self.ui.personEdit.text() if action else "",
                    self.ui.followUpEdit.date().toPython() if action else None,
                ),
            )
        )


class FollowUpDialog(_FormDialog):
    def __init__(self, sips: SipService, actor: Actor, entry_id: int, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SipFollowUpDialog()
        self.ui.setupUi(self)
        self._sips, self._actor, self._entry_id, self._today = sips, actor, entry_id, today
        for result, label in (
            (FollowUpResult.DONE, self.tr("done")),
            (FollowUpResult.PARTLY, self.tr("partly done")),
            (FollowUpResult.NOT_DONE, self.tr("not done")),
        ):
            self.ui.resultCombo.addItem(label, result.value)
        self.ui.nextDateEdit.setDate(qdate(today + dt.timedelta(days=28)))
        self._wire()

    def _save(self) -> None:
        result = FollowUpResult(self.ui.resultCombo.currentData())
        self._submit(
            lambda: self._sips.follow_up(
                self._actor,
                self._entry_id,
                self._today,
                result,
                self.ui.nextStepEdit.toPlainText(),
                None if result is FollowUpResult.DONE else self.ui.nextDateEdit.date().toPython(),
            )
        )


class MeetingDialog(_FormDialog):
    def __init__(self, sips: SipService, actor: Actor, sip_id: int, now: dt.datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SipMeetingDialog()
        self.ui.setupUi(self)
        self._sips, self._actor, self._sip_id = sips, actor, sip_id
        self.ui.kindCombo.addItem(self.tr("follow-up meeting"), MeetingKind.FOLLOW_UP.value)
        self.ui.kindCombo.addItem(self.tr("first meeting"), MeetingKind.FIRST.value)
        start = (now + dt.timedelta(days=14)).replace(hour=13, minute=0, second=0, microsecond=0)
        self.ui.whenEdit.setDateTime(QDateTime(qdate(start.date()), QTime(start.hour, start.minute)))
        self.ui.placeEdit.setText(self.tr("The HVB home"))
        self.ui.coordinatedEdit.setText(actor.display_name or actor.username)
        self._wire()

    def _save(self) -> None:
        self._submit(
            lambda: self._sips.plan_meeting(
                self._actor,
                self._sip_id,
                MeetingKind(self.ui.kindCombo.currentData()),
                self.ui.whenEdit.dateTime().toPython().replace(second=0, microsecond=0),
                self.ui.placeEdit.text(),
                self.ui.initiatedEdit.text(),
                self.ui.coordinatedEdit.text(),
            )
        )


class RevokeDialog(_FormDialog):
    def __init__(
        self, consents: ConsentService, actor: Actor, consent: ConsentRow, today: dt.date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_ConsentRevokeDialog()
        self.ui.setupUi(self)
        self._consents, self._actor, self._consent = consents, actor, consent
        self.ui.onEdit.setDate(qdate(today))
        self.ui.onEdit.setMaximumDate(qdate(today))
        self._wire()

    def _save(self) -> None:
        self._submit(
            lambda: self._consents.revoke(
                self._actor,
                self._consent.id,
                self.ui.onEdit.date().toPython(),
                self.ui.howEdit.text(),
                seen_version=self._consent.version,
            )
        )


class GiverDialog(_FormDialog):
    """A guardian (or the young person) who consents after the consent was registered: the second
    guardian's signature that makes an incomplete consent complete."""

    def __init__(
        self,
        consents: ConsentService,
        actor: Actor,
        consent: ConsentRow,
        missing: list[tuple[GiverKind, int | None, str]],
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_ConsentGiverDialog()
        self.ui.setupUi(self)
        self._consents, self._actor, self._consent = consents, actor, consent
        for kind, guardian_id, name in missing:
            self.ui.whoCombo.addItem(name, (kind.value, guardian_id))
        for how in ConsentHow:
            self.ui.howCombo.addItem(how_label(how), how.value)
        self.ui.onEdit.setDate(qdate(today))
        self.ui.onEdit.setMaximumDate(qdate(today))
        self._wire()

    def _save(self) -> None:
        kind, guardian_id = self.ui.whoCombo.currentData()
        giver = Giver(
            GiverKind(kind),
            guardian_id,
            ConsentHow(self.ui.howCombo.currentData()),
            self.ui.heardByEdit.text(),
            self.ui.onEdit.date().toPython(),
        )
        self._submit(
            lambda: self._consents.add_giver(self._actor, self._consent.id, giver, seen_version=self._consent.version)
        )
