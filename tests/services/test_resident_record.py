"""A young person's page reads each part of the record through its own service: the reader's role
decides which parts there are, each read is logged, and the manager sees who has opened the record."""

from __future__ import annotations

import pytest

from hvbdesk.domain.enums import JournalKind
from hvbdesk.domain.errors import PermissionDenied
from hvbdesk.security.roles import Role
from hvbdesk.services.audit import AuditQuery
from tests.conftest import NOW, add_actor
from tests.services.test_stays import request


@pytest.fixture
def resident(services, manager):
    services.stays.admit(manager, request())
    resident_id = services.residents.list_residents(manager)[0].id
    entry = services.journal.save_draft(manager, resident_id, JournalKind.DAILY_NOTE, NOW, "Lugn kväll").id
    services.journal.sign(manager, entry)
    return resident_id


def test_the_manager_reads_the_whole_record_and_who_opened_it(services, manager, resident):
    nurse = add_actor(services, manager, Role.NURSE)
    services.records.record(nurse, resident)  # someone else opens it first
    record = services.records.record(manager, resident)
    assert record.detail.row.first_name == "Ebba" and record.latest_stay_id == record.detail.stays[-1].id
    assert record.plans_visible and record.contacts == [] and record.plan is None and record.care_plans == []
    assert [e.text for e in record.journal] == ["Lugn kväll"] and record.journal[0].author_name == "Föreståndaren"
    assert record.sip is None and record.consents == []
    opened = {(r.username, r.action, r.entity) for r in record.opened_by}
    assert ("nurse", "view", "resident") in opened


def test_a_role_sees_only_the_parts_it_may_and_the_views_are_logged(services, manager, resident):
    assistant = add_actor(services, manager, Role.TREATMENT_ASSISTANT)
    record = services.records.record(assistant, resident)
    assert record.journal is not None and record.plans_visible
    assert record.opened_by is None  # the log is the manager's
    viewer = add_actor(services, manager, Role.STEERING_VIEWER)
    with pytest.raises(PermissionDenied):
        services.records.record(viewer, resident)  # no one's record for the steering group
    logged = services.audit.search(manager, AuditQuery(username=assistant.username, resident_id=resident))
    assert {r.entity for r in logged} >= {"resident", "journal_entry"}
