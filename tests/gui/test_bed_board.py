"""Issue 3 through the real widgets: admit from a referral, the rules' messages, move, extend, discharge."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from hvbdesk.domain.enums import LegalBasis, PlaceKind
from hvbdesk.gui.board.stay_dialogs import DischargeDialog, StayDialog
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.security.roles import Role
from tests.conftest import NOW, add_actor
from tests.gui.conftest import make_window, show_and_wait, wait_until_read
from tests.helpers import pnr
from tests.services.test_referrals import referral
from tests.services.test_stays import request


def _fill_person(qtbot, dialog, personnummer: str, guardian: bool = True) -> None:
    qtbot.keyClicks(dialog.ui.personnummerEdit, personnummer)
    qtbot.keyClicks(dialog.ui.firstNameEdit, "Ebba")
    qtbot.keyClicks(dialog.ui.lastNameEdit, "Strand")
    if guardian:
        qtbot.keyClicks(dialog.ui.guardian1NameEdit, "Anna Strand")
        qtbot.keyClicks(dialog.ui.guardian1RelationEdit, "mamma")


def _ok(dialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _card(window, number: int):
    return next(c for c in window.board_page.board.cards() if c.place_number == number)


def test_admit_from_a_referral(qtbot, services, manager, swedish):
    referral_id = services.referrals.register(manager, referral())
    services.referrals.accept(manager, referral_id, 3, NOW.date())
    window = make_window(qtbot, services, manager)
    assert _card(window, 3).state == "reserved"
    page = show_and_wait(qtbot, window, "referrals")
    row = page.model.row_at(0)
    assert page.proxy.index(0, 7).data() == "accepterad · plats reserverad"
    dialog = page.admission_dialog(row)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.placeCombo.currentData() == 3 and dialog.ui.municipalityCombo.currentData() == "2062"
    _fill_person(qtbot, dialog, pnr("20090101", 982))
    dialog.ui.admittedEdit.setDateTime(QDateTime(QDate(2026, 6, 15), QTime(9, 30)))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.errorLabel.text()
    page.refresh()
    wait_until_read(qtbot, page)
    assert page.proxy.index(0, 7).data() == "accepterad · inskriven"
    window.show_page("occupancy")
    card = _card(window, 3)
    assert (card.state, card.name, card.legal_basis) == ("occupied", "Ebba Strand", LegalBasis.SOL)


@pytest.mark.parametrize(
    "birth, kind, place, basis, hour, guardian, message, override",
    [
        (
            "20110101",
            PlaceKind.ORDINARY,
            1,
            LegalBasis.SOL,
            10,
            True,
            "hemmet tar emot ungdomar från 16 till och med 20 år vid inskrivning",
            "ageOverrideEdit",
        ),
        ("20080101", PlaceKind.ORDINARY, 1, LegalBasis.LVU_2, 10, True, "LVU §2 gäller bara till och med 17 år", None),
        (
            "20090101",
            PlaceKind.ACUTE,
            9,
            LegalBasis.SOL,
            23,
            True,
            "akuta inskrivningar tas emot 08:00–22:00",
            "hoursOverrideEdit",
        ),
        (
            "20090101",
            PlaceKind.ACUTE,
            2,
            LegalBasis.SOL,
            10,
            True,
            "en akutplacering ska till en akutplats",
            "placeOverrideEdit",
        ),
        (
            "20100101",
            PlaceKind.ORDINARY,
            1,
            LegalBasis.SOL,
            10,
            False,
            "en ungdom under 18 år behöver minst en registrerad vårdnadshavare",
            None,
        ),
    ],
)
def test_each_rule_is_refused_in_plain_swedish(
    qtbot, services, manager, swedish, birth, kind, place, basis, hour, guardian, message, override
):
    window = make_window(qtbot, services, manager)
    dialog = window.board_page.admission_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_person(qtbot, dialog, pnr(birth, 984), guardian)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(kind.value))
    dialog.ui.placeCombo.setCurrentIndex(dialog.ui.placeCombo.findData(place))
    dialog.ui.basisCombo.setCurrentIndex(dialog.ui.basisCombo.findData(basis.value))
    day = NOW.date() - dt.timedelta(days=1 if hour == 23 else 0)
    dialog.ui.admittedEdit.setDateTime(QDateTime(QDate(day.year, day.month, day.day), QTime(hour, 0)))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert message in dialog.ui.errorLabel.text()
    assert dialog.ui.overrideGroup.isVisible() == (override is not None)
    if override:
        edit = getattr(dialog.ui, override)
        assert edit.isVisible()
        qtbot.keyClicks(edit, "Beslut av socialnamnden")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.errorLabel.text()


def test_move_a_stay_by_dropping_it_on_another_place(qtbot, services, manager, swedish, monkeypatch):
    stay_id = services.stays.admit(manager, request())
    window = make_window(qtbot, services, manager)
    board = window.board_page.board
    payload = board.drag_payload(_card(window, 1))
    assert payload == f"stay:{stay_id}:{_card(window, 1).stay_version}"
    monkeypatch.setattr(window.board_page, "ask_move_reason", lambda place: "vattenskada")
    board.drop_payload(payload, 2)
    assert (_card(window, 1).state, _card(window, 2).stay_id) == ("free", stay_id)
    bars = [b for b in window.board_page.timeline.bars() if b.stay_id == stay_id]
    assert [b.place_number for b in bars] == [1, 2]


def test_a_stay_moved_elsewhere_meanwhile_is_not_moved_again(qtbot, services, manager, swedish, monkeypatch):
    """Issue 11, finding 1: a drag from what the board showed, after another workstation moved the stay."""
    stay_id = services.stays.admit(manager, request())
    window = make_window(qtbot, services, manager)
    board = window.board_page.board
    payload = board.drag_payload(_card(window, 1))
    services.stays.move(manager, stay_id, 3, "annan arbetsplats")
    monkeypatch.setattr(window.board_page, "ask_move_reason", lambda place: "vattenskada")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    board.drop_payload(payload, 2)
    assert warned and warned[0].startswith("chef ändrade vistelsen ")
    window.board_page.refresh()
    assert (_card(window, 2).state, _card(window, 3).stay_id) == ("free", stay_id)


def test_extend_an_acute_stay_in_the_stay_dialog(qtbot, services, manager, swedish):
    services.stays.admit(manager, request(place=9, kind=PlaceKind.ACUTE, at=NOW.replace(hour=9)))
    window = make_window(qtbot, services, manager)
    card = _card(window, 9)
    dialog = StayDialog(
        services.stays, manager, card, services.settings.places(), services.settings.municipalities(), NOW.date()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.extendGroup.isVisible()
    dialog.ui.extendDaysSpin.setValue(5)
    qtbot.mouseClick(dialog.ui.extendButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == "Dagar: en förlängning är 7–14 dagar"
    dialog.ui.extendDaysSpin.setValue(10)
    qtbot.mouseClick(dialog.ui.extendButton, Qt.MouseButton.LeftButton)
    assert dialog.changed
    window.board_page.refresh()
    assert _card(window, 9).planned_end == NOW.date() + dt.timedelta(days=24)


def test_discharge_frees_the_place(qtbot, services, manager, swedish):
    services.stays.admit(manager, request(at=NOW - dt.timedelta(days=20)))
    window = make_window(qtbot, services, manager)
    dialog = DischargeDialog(services.stays, manager, _card(window, 1), now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.reasonCombo.setCurrentIndex(dialog.ui.reasonCombo.findData("unplanned"))
    dialog.ui.destinationCombo.setCurrentIndex(dialog.ui.destinationCombo.findData("sis"))
    qtbot.keyClicks(dialog.ui.aftercareEdit, "Overlamnad till SiS")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.errorLabel.text()
    window.board_page.refresh()
    assert _card(window, 1).state == "free"


def test_todo_lists_the_watches(qtbot, services, manager, swedish):
    services.stays.admit(
        manager, request(place=9, kind=PlaceKind.ACUTE, at=(NOW - dt.timedelta(days=12)).replace(hour=9))
    )
    window = make_window(qtbot, services, manager)
    texts = [window.board_page.todo.item(i).text() for i in range(window.board_page.todo.count())]
    assert "Plats 9 · Ebba Strand\nAkutplaceringen slutar 2026-06-17" in texts
    assert "Plats 9 · Ebba Strand\nIngen ordinarie kontaktperson; den skulle finnas 2026-06-05" in texts
    assert "acute_ending" in {w.code for w in _card(window, 9).watches}
    window.board_page.initials_check.setChecked(True)
    window.board_page.refresh()
    assert window.board_page.todo.item(0).text().startswith("Plats 9 · ES")


def test_steering_viewer_sees_counts_only(qtbot, services, manager, swedish):
    services.stays.admit(manager, request())
    viewer = add_actor(services, manager, Role.STEERING_VIEWER)
    window = make_window(qtbot, services, viewer)
    card = _card(window, 1)
    assert (card.state, card.name, card.stay_id, card.watches) == ("occupied", "", None, [])
    assert not window.board_page.todo.isVisible() and not window.board_page.timeline.isVisible()
    assert window.board_page.occupancy_label.text().startswith("Belagda nu: 1 av 10")


def test_a_wrong_check_digit_is_named(qtbot, services, manager, swedish):
    window = make_window(qtbot, services, manager)
    dialog = window.board_page.admission_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    good = pnr("20090101", 984)
    _fill_person(qtbot, dialog, good[:-1] + str((int(good[-1]) + 1) % 10))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == "Personnummer: har fel kontrollsiffra; kontrollera de fyra sista siffrorna"


def test_the_stay_dialog_says_who_changed_the_stay_since_it_was_opened(qtbot, services, manager, swedish):
    stay_id = services.stays.admit(manager, request(at=NOW - dt.timedelta(days=20)))
    window = make_window(qtbot, services, manager)
    card = _card(window, 1)
    dialog = StayDialog(
        services.stays, manager, card, services.settings.places(), services.settings.municipalities(), NOW.date()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    services.stays.change_planned_end(manager, stay_id, NOW.date() + dt.timedelta(weeks=20))  # elsewhere, meanwhile
    dialog.ui.plannedEndEdit.setDate(qdate(NOW.date() + dt.timedelta(weeks=18)))
    qtbot.mouseClick(dialog.ui.saveEndButton, Qt.MouseButton.LeftButton)
    assert not dialog.changed
    assert dialog.ui.errorLabel.text().startswith("chef ändrade vistelsen ")
    window.board_page.refresh()
    assert _card(window, 1).planned_end == NOW.date() + dt.timedelta(weeks=20)


def test_the_referral_buttons_act_only_on_a_referral_they_can_act_on(qtbot, services, manager, swedish):
    """No popup saying 'select one first': without a selection, or on a referral that has led to an
    admission, the decision buttons are disabled; a waiting one cannot be put on the waiting list again."""
    waiting = services.referrals.register(manager, referral())
    services.referrals.wait(manager, waiting)
    window = make_window(qtbot, services, manager)
    page = show_and_wait(qtbot, window, "referrals")
    buttons = (page.accept_button, page.wait_button, page.decline_button, page.admit_button)
    assert not any(b.isEnabled() for b in buttons)
    page.view.selectRow(0)
    assert [b.isEnabled() for b in buttons] == [True, False, True, True]
    row = page.selected()
    dialog = page.admission_dialog(row)
    qtbot.addWidget(dialog)
    _fill_person(qtbot, dialog, pnr("20090101", 982))
    dialog.ui.admittedEdit.setDateTime(QDateTime(QDate(2026, 6, 15), QTime(9, 30)))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.errorLabel.text()
    page.refresh()
    wait_until_read(qtbot, page)
    assert not any(b.isEnabled() for b in buttons)  # the refresh clears the selection
    page.view.selectRow(0)
    assert page.selected().placement_id is not None and not any(b.isEnabled() for b in buttons)
