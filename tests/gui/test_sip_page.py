"""The SIP page (issue 12) through its widgets: the consent's state, the plan's participants and actions,
and the summary and an invitation printed off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.gui.conftest import make_window, show_and_wait
from tests.helpers import pdftotext
from tests.services.test_sips import planned  # noqa: F401  (a fixture)


def test_the_coordinator_sees_the_sip_and_prints_it(qtbot, services, manager, swedish, planned, tmp_path, monkeypatch):  # noqa: F811
    window = make_window(qtbot, services, manager)
    window.show_page("sip")
    page = window.pages["sip"]
    page.select_resident(planned["resident"])
    assert page.consent.text().startswith("Samtycket gäller till och med ")
    assert page.participants.rowCount() == 3 and page.entries.rowCount() == 5
    assert page.next_meeting.text() == "Nästa möte 2026-06-24 13:30, HVB-hemmet, samtalsrummet"
    out = tmp_path / "sip.pdf"
    with qtbot.waitSignal(page.background.done, timeout=60_000):
        page.print_summary_to(out)
    assert page.status.text() == "Skrivet till sip.pdf"
    assert "Jag vill klara gymnasiet" in pdftotext(out.read_bytes())
    # A version for one organisation the consent names.
    assert [page.recipient.itemText(i) for i in range(page.recipient.count())][:2] == ["hemmets akt", "socialtjänsten"]
    page.recipient.setCurrentIndex(page.recipient.findData("bup"))
    for_bup = tmp_path / "sip-bup.pdf"
    with qtbot.waitSignal(page.background.done, timeout=60_000):
        page.print_summary_to(for_bup)
    assert "Version för barn- och ungdomspsykiatrin (BUP)" in " ".join(pdftotext(for_bup.read_bytes()).split())
    # An invitation to the participant chosen in the list.
    proxy = page.participants_view.model()
    row = next(
        r
        for r in range(proxy.rowCount())
        if page.participants.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).person == "Omar Said"
    )
    page.participants_view.selectRow(row)
    invitation = tmp_path / "kallelse.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(invitation), "")))
    with qtbot.waitSignal(page.background.done, timeout=60_000):
        qtbot.mouseClick(page.invitation_button, Qt.MouseButton.LeftButton)
    text = pdftotext(invitation.read_bytes())
    assert "Till: Omar Said, läkare" in text, text


def test_without_a_sip_the_page_says_so_and_prints_nothing(qtbot, services, manager, swedish):
    from tests.services.test_stays import request

    services.stays.admit(manager, request())
    window = make_window(qtbot, services, manager)
    window.show_page("sip")
    page = window.pages["sip"]
    assert page.consent.text() == "Inget samtycke registrerat."
    assert page.empty.text() == "Ingen SIP för Ebba Strand ännu."
    assert not page.summary_button.isEnabled() and not page.invitation_button.isEnabled()


def test_consent_from_two_guardians_then_a_sip_with_both_principals_actions_and_follow_up(
    qtbot, services, manager, swedish, tmp_path
):
    import datetime as dt

    from PySide6.QtWidgets import QDialogButtonBox

    from hvbdesk.domain.sip_terms import InformationKind, Organisation
    from tests.conftest import NOW
    from tests.services.test_consents import PARENTS
    from tests.services.test_stays import request

    services.stays.admit(manager, request(birth="20090101", guardians=PARENTS))
    coordinator = manager
    window = make_window(qtbot, services, coordinator)
    window.show_page("sip")
    page = window.pages["sip"]

    def ok(dialog):
        qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    consent = page.consent_dialog()
    qtbot.addWidget(consent)
    consent.show()
    assert [row.check.text() for row in consent.givers] == ["Anna Strand (mamma)", "Per Strand (pappa)"]
    consent.givers[0].check.setChecked(True)
    for org in (Organisation.SOCIAL_SERVICES, Organisation.THE_HOME, Organisation.BUP):
        consent.actors[org].setChecked(True)
    for kind in (InformationKind.PLACEMENT, InformationKind.HEALTH):
        consent.information[kind].setChecked(True)
    consent.ui.validUntilEdit.setDate(consent.ui.validUntilEdit.date().addDays(1))
    ok(consent)
    assert consent.ui.errorLabel.text().startswith("Giltig till: ett samtycke gäller högst ett år")
    consent.ui.validUntilEdit.setDate(consent.ui.validUntilEdit.date().addDays(-1))
    consent.givers[1].check.setChecked(True)  # the second guardian too: both are needed
    consent.givers[1].how.setCurrentIndex(consent.givers[1].how.findData("oral"))
    qtbot.keyClicks(consent.givers[1].heard_by, "Samordnaren")
    ok(consent)
    assert consent.result() == consent.DialogCode.Accepted, consent.ui.errorLabel.text()
    page.reload()
    assert page.consent.text().startswith("Samtycket gäller till och med ")

    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.participant_button.isEnabled()
    for org, person, title in (
        (Organisation.SOCIAL_SERVICES, "Lena Ek", "socialsekreterare"),
        (Organisation.BUP, "Omar Said", "lakare"),
    ):
        dialog = page.participant_dialog()
        qtbot.addWidget(dialog)
        dialog.ui.organisationCombo.setCurrentIndex(dialog.ui.organisationCombo.findData(org.value))
        qtbot.keyClicks(dialog.ui.personEdit, person)
        qtbot.keyClicks(dialog.ui.titleEdit, title)
        ok(dialog)
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.errorLabel.text()
    refused = page.participant_dialog()
    qtbot.addWidget(refused)
    refused.ui.organisationCombo.setCurrentIndex(refused.ui.organisationCombo.findData("school"))
    qtbot.keyClicks(refused.ui.personEdit, "Eva Skog")
    ok(refused)
    assert refused.ui.errorLabel.text() == "Samtycke: samtycket omfattar inte skolan"

    entry = page.entry_dialog()
    qtbot.addWidget(entry)
    entry.ui.kindCombo.setCurrentIndex(entry.ui.kindCombo.findData("action"))
    qtbot.keyClicks(entry.ui.textEdit, "Samtal om somn varannan vecka")
    entry.ui.informationCombo.setCurrentIndex(entry.ui.informationCombo.findData("health"))
    entry.ui.organisationCombo.setCurrentIndex(entry.ui.organisationCombo.findData("bup"))
    qtbot.keyClicks(entry.ui.personEdit, "Omar Said")
    ok(entry)
    assert entry.result() == entry.DialogCode.Accepted, entry.ui.errorLabel.text()
    page.reload()
    assert page.participants.rowCount() == 2 and page.entries.rowCount() == 1
    action = page.entries.row_at(0)
    follow = page.follow_up_dialog(action.id)
    qtbot.addWidget(follow)
    follow.ui.resultCombo.setCurrentIndex(follow.ui.resultCombo.findData("partly"))
    qtbot.keyClicks(follow.ui.nextStepEdit, "Fortsatter")
    follow.ui.nextDateEdit.setDate(follow.ui.nextDateEdit.date().addDays(14))
    ok(follow)
    assert follow.result() == follow.DialogCode.Accepted, follow.ui.errorLabel.text()
    page.reload()
    assert page.entries.row_at(0).follow_up_on == NOW.date() + dt.timedelta(days=42)
    out = tmp_path / "sip.pdf"
    with qtbot.waitSignal(page.background.done, timeout=60_000):
        page.print_summary_to(out)
    text = pdftotext(out.read_bytes())
    assert "Lena Ek" in text and "Omar Said" in text and "Samtal om somn" in text
    # The preview shows the printout's real pages, drawn off the GUI thread; locking closes it.
    with qtbot.waitSignal(page.background.done, timeout=60_000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.page_count == 1, timeout=10_000)
    assert page.preview.isVisible()
    page.on_lock()
    assert page.preview is None and page.people.count() == 0


def test_a_meeting_is_booked_and_a_revoked_consent_stops_the_printouts(qtbot, services, manager, swedish, planned):  # noqa: F811
    from PySide6.QtCore import QDate, QDateTime, QTime
    from PySide6.QtWidgets import QDialogButtonBox

    window = make_window(qtbot, services, manager)
    window.show_page("sip")
    page = window.pages["sip"]
    page.select_resident(planned["resident"])
    meeting = page.meeting_dialog()
    qtbot.addWidget(meeting)
    meeting.ui.whenEdit.setDateTime(QDateTime(QDate(2026, 6, 18), QTime(9, 30)))
    qtbot.keyClicks(meeting.ui.initiatedEdit, "Lena Ek, socialtjansten")
    qtbot.mouseClick(meeting.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert meeting.result() == meeting.DialogCode.Accepted, meeting.ui.errorLabel.text()
    page.reload()
    assert page.next_meeting.text() == "Nästa möte 2026-06-18 09:30, HVB-hemmet"
    revoke = page.revoke_dialog()
    qtbot.addWidget(revoke)
    qtbot.mouseClick(revoke.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert revoke.ui.errorLabel.text() == "Hur det återkallades: måste fyllas i"
    qtbot.keyClicks(revoke.ui.howEdit, "muntligt till kontaktpersonen")
    qtbot.mouseClick(revoke.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert revoke.result() == revoke.DialogCode.Accepted, revoke.ui.errorLabel.text()
    page.reload()
    assert page.consent.text() == "Samtycket är återkallat från 2026-06-15: inget får delas."
    assert not page.summary_button.isEnabled() and not page.preview_button.isEnabled()


def test_the_homes_sip_actions_are_offered_to_the_implementation_plan(qtbot, services, manager, swedish, planned):  # noqa: F811
    import datetime as dt

    from hvbdesk.domain.sip_terms import InformationKind, Organisation, SipEntryKind
    from hvbdesk.services.sips import EntryInput

    services.sips.add_entry(
        manager,
        planned["sip"],
        EntryInput(
            SipEntryKind.ACTION,
            "Kontaktpersonen följer med till BUP",
            InformationKind.HEALTH,
            Organisation.THE_HOME,
            "",
            "",
            dt.date(2026, 7, 1),
        ),
    )
    window = make_window(qtbot, services, manager)
    page = show_and_wait(qtbot, window, "plans")
    editor = page.plan
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    offered = [a.text() for a in editor.sip_action_menu().actions()]
    assert offered == ["Kontaktpersonen följer med till BUP"]  # the school's and BUP's own actions are theirs
    editor.take_sip_action("Kontaktpersonen följer med till BUP", "2026-07-01")
    assert editor.actions.item(0, 0).text() == "Kontaktpersonen följer med till BUP"
    assert editor.actions.item(0, 3).text() == "2026-07-01"


def test_the_second_guardian_consents_later(qtbot, services, manager, swedish):
    import datetime as dt

    from PySide6.QtWidgets import QDialogButtonBox

    from hvbdesk.domain.consent import ActorScope, Giver
    from hvbdesk.domain.sip_terms import ConsentHow, GiverKind, InformationKind, Organisation
    from hvbdesk.services.consents import ConsentInput
    from tests.conftest import NOW
    from tests.services.test_consents import PARENTS
    from tests.services.test_stays import request

    services.stays.admit(manager, request(birth="20090101", guardians=PARENTS))
    resident = services.residents.list_residents(manager)[0].id
    mother = next(g.id for g in services.residents.get_resident(manager, resident).guardians if g.relation == "mamma")
    given = NOW.date() - dt.timedelta(days=3)
    services.consents.register(
        manager,
        resident,
        ConsentInput(
            given,
            given + dt.timedelta(days=200),
            [Giver(GiverKind.GUARDIAN, mother, ConsentHow.WRITTEN, "", given)],
            [ActorScope(Organisation.SOCIAL_SERVICES)],
            {InformationKind.PLACEMENT},
        ),
    )
    window = make_window(qtbot, services, manager)
    window.show_page("sip")
    page = window.pages["sip"]
    assert page.consent.text() == "Samtycket är inte komplett: Per Strand har inte samtyckt."
    dialog = page.giver_dialog()
    qtbot.addWidget(dialog)
    assert [dialog.ui.whoCombo.itemText(i) for i in range(dialog.ui.whoCombo.count())] == ["Per Strand"]
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.errorLabel.text()
    page.reload()
    assert page.consent.text().startswith("Samtycket gäller till och med ")
    assert not page.giver_button.isEnabled()


def test_the_list_of_young_people_shows_the_next_sip_meeting(qtbot, services, manager, swedish, planned):  # noqa: F811
    window = make_window(qtbot, services, manager)
    page = show_and_wait(qtbot, window, "residents")
    column = next(
        c
        for c in range(page.model.columnCount())
        if page.model.headerData(c, Qt.Orientation.Horizontal) == "Nästa SIP-möte"
    )
    assert [page.model.index(r, column).data() for r in range(page.model.rowCount())] == ["2026-06-24 13:30"]
