"""Administration › Kommuner: the manager corrects membership and enters a year's population."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hvbdesk.gui.admin.reference_dialogs import MembershipDialog, PopulationDialog
from hvbdesk.gui.common.qt_dates import qdate
from tests.conftest import NOW
from tests.gui.conftest import make_window


def test_membership_and_population_are_entered_and_listed(qtbot, services, manager, swedish):
    window = make_window(qtbot, services, manager)
    window.show_page("admin")
    admin = window.pages["admin"]
    admin.tabs.setCurrentWidget(admin.municipalities)
    tab = admin.municipalities
    names = [tab.members.row_at(r).name for r in range(tab.members.rowCount())]
    assert "Leksand" in names and "Säter" not in names
    assert tab.start_edit.date() == qdate(dt.date(2026, 1, 1))
    assert not tab.change_member.isEnabled()

    municipalities = services.settings.municipalities()
    dialog = MembershipDialog(services.reference_data, manager, municipalities, NOW.date(), None, tab)
    qtbot.addWidget(dialog)
    dialog.ui.municipalityCombo.setCurrentIndex(dialog.ui.municipalityCombo.findData("2029"))
    dialog.ui.fromEdit.setDate(qdate(dt.date(2025, 1, 1)))
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text().startswith("Från: överlappar kommunens medlemskap 2022-05-01–2025-06-30")
    dialog.ui.municipalityCombo.setCurrentIndex(dialog.ui.municipalityCombo.findData("2082"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted

    population = PopulationDialog(services.reference_data, manager, municipalities, NOW.date(), tab)
    qtbot.addWidget(population)
    population.ui.municipalityCombo.setCurrentIndex(population.ui.municipalityCombo.findData("2082"))
    population.ui.populationSpin.setValue(11_234)
    qtbot.mouseClick(population.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert population.ui.errorLabel.text().startswith("Källa:")
    qtbot.keyClicks(population.ui.sourceEdit, "SCB 2025")
    qtbot.mouseClick(population.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert population.result() == population.DialogCode.Accepted
    tab.refresh()
    assert any(tab.members.row_at(r).name == "Säter" for r in range(tab.members.rowCount()))
    rows = [tab.populations.row_at(r) for r in range(tab.populations.rowCount())]
    assert any(r.name == "Säter" and r.population == 11_234 and r.valid_from == dt.date(2026, 1, 1) for r in rows)
