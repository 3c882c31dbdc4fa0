"""One draft open in two places (issue 11, finding 1): a treatment assistant's draft saved on another
workstation meanwhile is never silently overwritten, and no text typed here is lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from hvbdesk.domain.enums import JournalKind
from hvbdesk.gui.plans.journal_panel import JournalPanel
from hvbdesk.security.roles import Role
from tests.conftest import NOW, add_actor
from tests.gui.conflicts import answer_conflict
from tests.gui.test_plans_page import placed  # noqa: F401  (a fixture)


def _open_here_and_save_there(qtbot, placed, manager):  # noqa: F811
    assistant = add_actor(placed, manager, Role.TREATMENT_ASSISTANT)
    resident = placed.residents.list_residents(assistant)[0].id
    panel = JournalPanel(placed.journal, assistant, lambda: NOW)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_resident(resident, [])
    qtbot.keyClicks(panel.text, "Lugn kvall")  # QTest types ASCII only
    assert panel.save_now()
    draft = placed.journal.my_drafts(assistant, resident)[0]
    # The same account on another workstation took up the draft and saved more to it.
    placed.journal.save_draft(
        assistant,
        resident,
        draft.kind,
        draft.written_at,
        "Lugn kväll. Skrivet på kontoret.",
        draft_id=draft.id,
        seen_version=draft.version,
    )
    qtbot.keyClicks(panel.text, ", somnade 22.")
    return panel, assistant, resident, draft.id


@pytest.mark.parametrize("keep", [True, False], ids=["keep-mine", "use-saved"])
def test_the_two_texts_are_compared_and_the_user_chooses(qtbot, placed, manager, swedish, keep):  # noqa: F811
    panel, assistant, resident, draft_id = _open_here_and_save_there(qtbot, placed, manager)
    QApplication.clipboard().clear()
    shown = answer_conflict(qtbot, keep)
    panel.save_now()
    assert "sparade utkastet" in shown["what"]
    assert (shown["mine"], shown["theirs"]) == ("Lugn kvall, somnade 22.", "Lugn kväll. Skrivet på kontoret.")
    stored = placed.journal.draft(assistant, draft_id).text
    if keep:
        assert stored == "Lugn kvall, somnade 22."
        assert QApplication.clipboard().text() == "Lugn kväll. Skrivet på kontoret."
    else:
        assert stored == panel.text.toPlainText() == "Lugn kväll. Skrivet på kontoret."
        assert QApplication.clipboard().text() == "Lugn kvall, somnade 22."
    panel.save_now()  # after the choice, saving goes on without asking again


def test_closing_keeps_both_texts_when_nobody_can_be_asked(qtbot, placed, manager, swedish):  # noqa: F811
    panel, assistant, resident, _ = _open_here_and_save_there(qtbot, placed, manager)
    panel.close()  # hiding, locking and closing cannot ask: this text becomes a draft of its own
    texts = sorted(d.text for d in placed.journal.my_drafts(assistant, resident))
    assert texts == ["Lugn kvall, somnade 22.", "Lugn kväll. Skrivet på kontoret."]
    assert all(d.kind is JournalKind.DAILY_NOTE for d in placed.journal.my_drafts(assistant, resident))
