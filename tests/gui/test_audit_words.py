"""The audit log in plain Swedish: every kind of record the services write to the log has a name a
manager reads ('genomförandeplan 9', not 'implementation_plan 9')."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

import hvbdesk
from hvbdesk.domain.enums import AuditAction
from hvbdesk.gui.common.role_names import action_label, entity_label

SERVICES = Path(hvbdesk.__file__).parent / "services"


def logged_kinds() -> set[str]:
    """The record kinds the services pass to the audit log (and to its permission checks)."""
    kinds: set[str] = set()
    for source in SERVICES.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        kinds |= set(re.findall(r'AuditAction\.[A-Z_]+,\s*"([a-z_]+)"', text))
        kinds |= set(re.findall(r'Permission\.[A-Z_]+,\s*"([a-z_]+)"', text))
    return kinds


def test_every_kind_of_record_and_action_in_the_log_has_a_swedish_name(swedish):
    kinds = logged_kinds()
    assert {"implementation_plan", "journal_entry", "contact_assignment"} <= kinds  # the scan finds them
    unnamed = sorted(kind for kind in kinds if entity_label(kind) == kind)
    assert unnamed == []
    assert entity_label("implementation_plan") == "genomförandeplan"
    assert all(action_label(action.value) != action.value for action in AuditAction)


def test_the_log_shows_people_by_name_and_initials_and_its_short_forms_in_words(
    qtbot, with_residents, manager, swedish
):
    """The log showed login names, a young person's database id and 'rows=8' or 'names, timeline
    2026-11-18..2027-02-23': now the user's name, the young person's initials (for a viewer who may read
    residents) and the details in words, the record's number among them."""
    from hvbdesk.gui.common.role_names import detail_text
    from hvbdesk.services.audit import AuditQuery
    from tests.gui.conftest import make_window

    window = make_window(qtbot, with_residents, manager)  # the board is viewed: one line in the log
    resident = with_residents.residents.list_residents(manager)[0]
    with_residents.records.record(manager, resident.id)
    rows = with_residents.audit.search(manager, AuditQuery())
    read = next(r for r in rows if r.resident_id == resident.id)
    assert read.user_name == "Föreståndaren" and len(read.resident_initials) == 2
    board = next(r for r in rows if r.entity == "bed_board")
    assert detail_text(board.entity_id, board.detail).startswith("med namn, tidslinje ")
    assert detail_text("9", "rows=8") == "nr 9, 8 rader"
    window.show_page("admin")
    audit = window.pages["admin"].audit
    audit.search()
    model = audit.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Tid", "Användare", "Händelse", "Post", "Ungdom", "Dator", "Detaljer"]
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert all(row[1] == "Föreståndaren" for row in shown)
    assert any(row[4] == read.resident_initials for row in shown)
