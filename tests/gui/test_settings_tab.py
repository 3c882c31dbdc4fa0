"""The manager changes a rule number from a date in Administration → Settings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hvbdesk.gui.admin.setting_dialog import SettingDialog
from tests.conftest import NOW
from tests.gui.conftest import make_window


def _row_of(tab, key: str) -> int:
    return next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).key == key)


def _text(tab, row: int, column: int) -> str:
    return tab.model.index(row, column).data()


def test_the_manager_changes_a_roster_rule_from_a_date(qtbot, services, manager, swedish):
    window = make_window(qtbot, services, manager)
    window.show_page("admin")
    admin = window.pages["admin"]
    admin.tabs.setCurrentWidget(admin.settings)
    tab = admin.settings
    row = _row_of(tab, "roster.max_nights_in_a_row")
    assert [_text(tab, row, c) for c in range(4)] == [
        "Schema",
        "Högst nätter i rad",
        "3",
        tab.model.row_at(row).valid_from.isoformat(),
    ]
    assert _text(tab, row, 4) == "–" and tab.change_button.isEnabled()

    dialog = SettingDialog(services.settings, manager, tab.model.row_at(row), NOW.date())
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Spara ändringen" and dialog.ui.historyTable.rowCount() == 1
    dialog.ui.valueEdit.clear()
    qtbot.keyClicks(dialog.ui.valueEdit, "20")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == "Nytt värde: är ett heltal från 1 till 14"
    assert dialog.result() != dialog.DialogCode.Accepted

    day = NOW.date() + dt.timedelta(days=14)
    dialog.ui.valueEdit.clear()
    qtbot.keyClicks(dialog.ui.valueEdit, "2")
    dialog.ui.validFromEdit.setDate(day)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.refresh()
    row = _row_of(tab, "roster.max_nights_in_a_row")
    assert _text(tab, row, 2) == "3" and _text(tab, row, 4) == f"2 från {day.isoformat()}"
    assert services.roster_setup.setup_on(manager, day).rules.max_nights_in_a_row == 2


def test_an_order_between_settings_is_explained_with_the_other_setting(qtbot, services, manager, swedish):
    now = {s.key: s for s in services.settings.overview(manager)}["admission.acute_hours_from"]
    dialog = SettingDialog(services.settings, manager, now, NOW.date())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.valueEdit.clear()
    qtbot.keyClicks(dialog.ui.valueEdit, "23:00")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == (
        f"Nytt värde: måste vara före ”Akut inskrivning till klockan” (22:00 den {NOW.date().isoformat()})"
    )
    assert services.settings.value("admission.acute_hours_from", NOW.date()) == "08:00"


def test_a_setting_changed_by_another_manager_meanwhile_is_not_replaced(qtbot, services, manager, swedish):
    now = {s.key: s for s in services.settings.overview(manager)}["roster.max_nights_in_a_row"]
    dialog = SettingDialog(services.settings, manager, now, NOW.date())
    qtbot.addWidget(dialog)
    dialog.show()
    services.settings.change(manager, "roster.max_nights_in_a_row", "4", NOW.date())  # another workstation
    dialog.ui.valueEdit.clear()
    qtbot.keyClicks(dialog.ui.valueEdit, "2")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text().startswith("chef ändrade inställningen ")
    assert services.settings.value("roster.max_nights_in_a_row", NOW.date()) == 4


def test_rule_messages_say_the_numbers_in_force(swedish):
    from hvbdesk.domain.errors import FieldProblem, ValidationError
    from hvbdesk.i18n.messages import describe

    error = ValidationError(
        [
            FieldProblem("personnummer", "", code="age_out_of_range", args=(16, 19)),
            FieldProblem("days", "", code="extension_length", args=(5, 10)),
        ]
    )
    assert describe(error) == (
        "Personnummer: hemmet tar emot ungdomar från 16 till och med 19 år vid inskrivning\n"
        "Dagar: en förlängning är 5–10 dagar"
    )


def test_the_settings_read_in_one_block_per_area_with_swedish_numbers(qtbot, services, manager, swedish):
    """'Årsbudget 10135074' read as a phone number, and the stays' settings came in two blocks with the
    admission's between them."""
    window = make_window(qtbot, services, manager)
    window.show_page("admin")
    tab = window.pages["admin"].settings
    tab.refresh()
    areas = [_text(tab, row, 0) for row in range(tab.model.rowCount())]
    blocks = [area for i, area in enumerate(areas) if i == 0 or areas[i - 1] != area]
    assert len(blocks) == len(set(blocks)) and blocks[0] == "Vistelser"
    row = _row_of(tab, "budget.annual")
    assert _text(tab, row, 2) == "10\u00a0135\u00a0074"
    services.settings.change(manager, "budget.annual", "11000000", NOW.date() + dt.timedelta(days=30))
    tab.refresh()
    assert _text(tab, _row_of(tab, "budget.annual"), 4).startswith("11\u00a0000\u00a0000 från ")


def test_every_setting_belongs_to_a_named_area():
    """A new setting's key prefix without an area name showed as a raw key ("watch") in the settings tab."""
    from hvbdesk.domain.settings import SPECS
    from hvbdesk.gui.common.role_names import setting_area

    assert all(setting_area(spec.key) != spec.key.split(".", 1)[0] for spec in SPECS)
