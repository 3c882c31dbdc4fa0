"""The audit log in plain Swedish: every kind of record the services write to the log has a name a
manager reads ('genomförandeplan 9', not 'implementation_plan 9')."""

from __future__ import annotations

import re
from pathlib import Path

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
