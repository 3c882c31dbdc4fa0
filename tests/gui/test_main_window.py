from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hvbdesk.gui.admin.account_dialog import AccountDialog
from hvbdesk.security.roles import Role
from hvbdesk.services.audit import AuditQuery
from tests.conftest import PASSWORD, add_actor
from tests.gui.conftest import make_window, show_and_wait, wait_until_read


def _nav_labels(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_manager_sees_every_area_and_demo_marker(qtbot, with_residents, manager, swedish):
    window = make_window(qtbot, with_residents, manager)
    assert _nav_labels(window) == [
        "Beläggning",
        "Förfrågningar",
        "Ungdomar",
        "Planer",
        "SIP",
        "Schema",
        "Avvikelser",
        "Rapporter",
        "Administration",
    ]
    assert window.windowTitle().endswith("DEMO")
    assert window.demo_label.text() == "DEMO – påhittade uppgifter"
    assert "Föreståndare" in window.user_label.text()
    summary = window.pages["occupancy"].occupancy_label.text()
    assert summary.startswith("Belagda nu: 2 av 10 (vårdplatser 1/8, akut 1/2)")


def test_the_roster_page_opens_on_the_current_period(qtbot, with_residents, manager, swedish):
    window = make_window(qtbot, with_residents, manager)
    window.nav.setCurrentRow(_nav_labels(window).index("Schema"))
    page = window.pages["roster"]
    assert window.current_page() is page and page.sheet is not None
    assert page.sheet.home.dates[0].weekday() == 0 and page.sheet.days == 42
    assert page.source_label.text() == "Tomt – skriv in pass eller lägg schemat"
    assert page.edges_label.text() == "Veckorna före och efter: inget känt, reglerna stannar vid gränsen"


def test_steering_viewer_sees_counts_only(qtbot, with_residents, manager, swedish):
    viewer = add_actor(with_residents, manager, Role.STEERING_VIEWER)
    window = make_window(qtbot, with_residents, viewer)
    assert _nav_labels(window) == ["Beläggning", "Rapporter"]
    assert "residents" not in window.pages
    assert window.start_page == "reports"  # the report overview is the steering viewer's start page


def test_residents_table_and_search(qtbot, with_residents, nurse, swedish):
    window = make_window(qtbot, with_residents, nurse)
    assert "Administration" not in _nav_labels(window)
    window.nav.setCurrentRow(_nav_labels(window).index("Ungdomar"))
    page = window.pages["residents"]
    wait_until_read(qtbot, page)  # the table is read off the GUI thread
    proxy = page.view.model()
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == ["Öberg, Hugo", "Strand, Ebba"]  # placed, newest admission first
    qtbot.keyClicks(page.search, "ebba")
    assert proxy.rowCount() == 1 and proxy.index(0, 8).data() == "placerad"
    views = with_residents.audit.search(
        with_residents.users.authenticate("chef", PASSWORD), AuditQuery(username="nurse", entity="resident")
    )
    assert len(views) == 1  # one look, one audit row


def test_empty_state_for_residents(qtbot, services, manager, swedish):
    window = make_window(qtbot, services, manager)
    page = show_and_wait(qtbot, window, "residents")
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text().startswith("Inga ungdomar är registrerade ännu")


def test_admin_adds_account_and_filters_audit_log(qtbot, with_residents, manager, swedish):
    window = make_window(qtbot, with_residents, manager)
    window.show_page("admin")
    admin = window.pages["admin"]
    dialog = AccountDialog(with_residents.users, manager)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.displayNameEdit.setText("Anna Björk")  # QTest types ASCII only
    qtbot.keyClicks(dialog.ui.usernameEdit, "anna")
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClicks(dialog.ui.repeatEdit, PASSWORD)
    assert dialog.ui.roleCombo.currentText() == "Behandlingsassistent"
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    admin.accounts.refresh()
    usernames = [admin.accounts.model.row_at(r).username for r in range(admin.accounts.model.rowCount())]
    assert usernames == ["anna", "chef"]

    admin.tabs.setCurrentWidget(admin.audit)
    audit = admin.audit
    audit.action_combo.setCurrentIndex(audit.action_combo.findData("create"))
    qtbot.mouseClick(audit.search_button, Qt.MouseButton.LeftButton)
    rows = [audit.model.row_at(r) for r in range(audit.model.rowCount())]
    assert rows and all(r.action == "create" for r in rows)
    assert any(r.entity == "account" for r in rows)
    assert audit.count_label.text().startswith(f"{len(rows)} händelse")


def test_idle_lock_hides_personal_data_and_asks_again(qtbot, with_residents, manager, swedish):
    import dataclasses

    from hvbdesk.services.users import UserService
    from tests.conftest import NOW
    from tests.helpers import MovableClock

    clock = MovableClock(NOW)
    services = dataclasses.replace(with_residents, users=UserService(with_residents.db, with_residents.audit, clock))
    window = make_window(qtbot, services, manager, idle_minutes=0.01)
    assert show_and_wait(qtbot, window, "residents").model.rowCount() == 2
    qtbot.waitUntil(lambda: window.is_locked, timeout=60_000)  # returns when it locks
    assert window.pages["residents"].model.rowCount() == 0
    assert window.stack.currentWidget() is window.lock_screen and not window.nav.isVisible()
    lock = window.lock_screen
    qtbot.keyClicks(lock.password, "fel")
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert window.is_locked and lock.error.text() == "Fel lösenord. Försöket har loggats."
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)  # at once: the wait after a failure is said, not "wrong"
    assert window.is_locked
    assert lock.error.text() == "För många misslyckade inloggningar: vänta en sekund och försök igen."
    clock.advance(2)
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert not window.is_locked
    wait_until_read(qtbot, window.pages["residents"])
    assert window.current_page_key() == "residents" and window.pages["residents"].model.rowCount() == 2


def test_english_is_selectable(qtbot, with_residents, manager):
    window = make_window(qtbot, with_residents, manager)  # no Swedish translator installed
    assert _nav_labels(window)[0] == "Occupancy"


def test_pages_a_role_may_not_see_are_never_built(qtbot, with_residents, manager, monkeypatch):
    # An unseen page built anyway was left to the garbage collector, and destroying it later
    # crashed the process at exit.
    import hvbdesk.gui.shell.main_window as main_window

    built = []
    for name in ("RosterPage", "AdminPage", "ReferralsPage", "ResidentsPage", "PlansPage"):
        real = getattr(main_window, name)
        monkeypatch.setattr(
            main_window, name, lambda *a, _real=real, _name=name, **k: built.append(_name) or _real(*a, **k)
        )
    viewer = add_actor(with_residents, manager, Role.STEERING_VIEWER)
    make_window(qtbot, with_residents, viewer)
    assert built == []


def test_the_manager_sees_a_locked_account_and_unlocks_it(qtbot, with_residents, manager, swedish):
    import datetime as dt

    from hvbdesk.domain.errors import AuthenticationFailed
    from hvbdesk.services.users import UserService
    from tests.conftest import NOW
    from tests.helpers import MovableClock

    add_actor(with_residents, manager, Role.NURSE)
    clock = MovableClock(NOW - dt.timedelta(seconds=10 * 61))  # ten failures a minute apart, ending before NOW
    guesser = UserService(with_residents.db, with_residents.audit, clock)
    for _ in range(10):
        try:
            guesser.authenticate("nurse", "wrong-password")
        except AuthenticationFailed:
            pass
        clock.advance(61)
    window = make_window(qtbot, with_residents, manager)
    window.show_page("admin")
    accounts = window.pages["admin"].accounts
    accounts.refresh()
    row = next(r for r in range(accounts.model.rowCount()) if accounts.model.row_at(r).username == "nurse")
    assert accounts.model.index(row, 3).data().startswith("låst till ")
    accounts.view.setCurrentIndex(accounts.view.model().mapFromSource(accounts.model.index(row, 0)))
    qtbot.mouseClick(accounts.unlock_button, Qt.MouseButton.LeftButton)
    assert not accounts.model.index(row, 3).data().startswith("låst")
    assert with_residents.users.authenticate("nurse", PASSWORD).username == "nurse"


def test_young_people_read_before_a_lock_are_not_shown_behind_it(qtbot, with_residents, manager, swedish, monkeypatch):
    """The table is read off the GUI thread: a lock that comes while it is read keeps the names off the
    screen, and the page reads afresh once the user is back."""
    gate = threading.Event()
    read = with_residents.residents.list_residents

    def slow_read(actor):
        assert gate.wait(10)
        return read(actor)

    monkeypatch.setattr(with_residents.residents, "list_residents", slow_read)
    window = make_window(qtbot, with_residents, manager)
    window.show_page("residents")
    page = window.pages["residents"]
    assert page.reader.busy and window.current_page_key() == "residents"  # the GUI thread did not wait
    window.lock()
    gate.set()
    wait_until_read(qtbot, page)
    assert page.model.rowCount() == 0 and window.is_locked
    window.unlock()
    wait_until_read(qtbot, page)
    assert page.model.rowCount() == 2


def test_referrals_say_none_match_only_once_a_read_has_found_none(qtbot, services, manager, swedish, monkeypatch):
    gate = threading.Event()
    read = services.referrals.list

    def slow_read(actor, decisions=None):
        assert gate.wait(10)
        return read(actor, decisions)

    monkeypatch.setattr(services.referrals, "list", slow_read)
    window = make_window(qtbot, services, manager)
    window.show_page("referrals")
    page = window.pages["referrals"]
    assert page.reader.busy and not page.empty.isVisible()  # not "none match" while it is being read
    gate.set()
    wait_until_read(qtbot, page)
    assert page.empty.isVisible() and page.model.rowCount() == 0


def test_pages_are_built_ahead_without_reading_anything_nobody_looked_at(qtbot, with_residents, manager, swedish):
    """While the user reads the start page the others are built (a first visit then only reads and paints),
    but nothing is read for them: the log records what a user looked at, not what was prepared."""
    window = make_window(qtbot, with_residents, manager)
    before = with_residents.audit.search(manager, AuditQuery())  # (this look is logged too)
    with qtbot.waitSignal(window.pages_built, timeout=15_000):  # the app then settles the collector
        window.build_pages_ahead(0, 0)
    assert window.pages_built_ahead
    assert window.current_page_key() == "occupancy"
    assert window.pages["residents"].model.rowCount() == 0
    looked = [(e.action, e.entity) for e in with_residents.audit.search(manager, AuditQuery()) if e.id > before[0].id]
    assert looked == [("view", "audit_entry")]  # only the test's own first look at the log


def test_the_idle_lock_hears_the_keyboard_at_any_window(qtbot):
    """Input is watched where it arrives, at each window (a filter on the whole application saw every event
    of the program and held the GUI thread); a key in the window keeps the lock away."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from hvbdesk.gui.shell.idle_lock import IdleWatcher

    now = [0.0]
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    owner = QObject()
    watcher = IdleWatcher(1, owner, clock=lambda: now[0])
    watcher.watch(QGuiApplication.instance())
    idled = []
    watcher.idle.connect(lambda: idled.append(now[0]))
    now[0] = 59.0
    QTest.keyClick(field.windowHandle(), Qt.Key.Key_A)  # as the window system delivers a key
    now[0] = 100.0
    watcher.check()
    assert idled == []
    now[0] = 120.0
    watcher.check()
    assert idled == [120.0]
