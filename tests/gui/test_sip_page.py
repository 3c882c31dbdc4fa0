"""The SIP page (issue 12) through its widgets: the consent's state, the plan's participants and actions,
and the summary and an invitation printed off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.gui.conftest import make_window
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
