"""Tables open in an order a user expects: names A→Z, dated rows newest first, declared lists as
declared; never Qt's own default of the first column Z→A."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hvbdesk.security.roles import Role
from tests.conftest import add_actor
from tests.gui.conftest import make_window
from tests.helpers import STAFF_HEADER, write_csv

STAFF = [("Örjan", "Ek"), ("Anna", "Björk"), ("Erik", "Dalström")]


def order(view) -> tuple[int, Qt.SortOrder]:
    header = view.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def column(view, number: int) -> list[str]:
    model = view.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_tables_open_sorted_as_a_user_expects(qtbot, with_residents, manager, swedish, tmp_path):
    for name in ("oskar", "anna", "maja"):
        add_actor(with_residents, manager, Role.TREATMENT_ASSISTANT, name)
    rows = [[first, last, "treatment_assistant", "municipality", "100", "no"] for first, last in STAFF]
    with_residents.imports.import_staff(manager, write_csv(tmp_path / "s.csv", STAFF_HEADER, rows))
    window = make_window(qtbot, with_residents, manager)
    window.show_page("admin")
    admin = window.pages["admin"]
    admin.accounts.refresh()
    assert order(admin.accounts.view) == (0, Qt.SortOrder.AscendingOrder)
    names = column(admin.accounts.view, 0)
    assert names == sorted(names) and names[0] == "anna"
    admin.audit.search()
    assert order(admin.audit.view) == (0, Qt.SortOrder.DescendingOrder)
    times = column(admin.audit.view, 0)
    assert len(times) > 3 and times == sorted(times, reverse=True)
    admin.settings.refresh()
    assert admin.settings.view.horizontalHeader().sortIndicatorSection() == -1  # as declared
    window.show_page("plans")
    contacts = window.pages["plans"].contacts
    contacts.show_stay(None)
    # The service's order (the heaviest load first, then by name), not re-sorted by the view.
    assert contacts.load_view.horizontalHeader().sortIndicatorSection() == -1
    assert column(contacts.load_view, 0) == ["Anna Björk", "Erik Dalström", "Örjan Ek"]
    window.show_page("referrals")
    assert order(window.pages["referrals"].view) == (0, Qt.SortOrder.DescendingOrder)
