"""The plan printouts: the text on the pages, escaping of database text, permission and audit."""

from __future__ import annotations

import pytest

from hvbdesk.domain.errors import PermissionDenied, ValidationError
from hvbdesk.security.roles import Role
from hvbdesk.services.audit import AuditQuery
from hvbdesk.services.plans import ActionInput, GoalInput, PlanContent
from tests.conftest import NOW, add_actor
from tests.helpers import pdf_pages
from tests.services.test_stays import request

NASTY = '<b>x</b> & <img src="http://x">'


_pages = pdf_pages


@pytest.fixture
def planned(services, manager):
    stay_id = services.stays.admit(manager, request())
    plan_id = services.plans.start_version(manager, stay_id)
    services.plans.save_draft(
        manager,
        plan_id,
        PlanContent(
            2,
            "Jag vill må bättre och gå i skolan.",
            "Deltog.",
            [
                GoalInput(
                    NASTY,
                    "Behov åäö",
                    actions=[ActionInput("Samtal", who_role=Role.TREATMENT_LEAD, when="tisdagar")],
                ),
                GoalInput("Sova på natten", actions=[ActionInput("Kvällsrutin")]),
            ],
        ),
    )
    services.plans.establish(manager, plan_id, NOW.date(), "Ungdomen, kontaktperson")
    return services.residents.list_residents(manager)[0].id


def test_plan_pdf_text_is_escaped_and_complete(services, manager, planned):
    pages = _pages(services.printing.plan_pdf(manager, planned))
    text = "\n".join(pages)
    assert "Sekretess enligt 26 kap. OSL" in pages[0] and "HVB Dalarna" in pages[0] and "Sida 1" in pages[0]
    assert "Ebba Strand" in text and "Fas 2: behandling" in text and "Behov: Behov åäö" in text
    assert NASTY in text.replace("\n", " ")  # printed literally, not as markup or an image
    assert "behandlingsansvarig" in text and "DEMO" not in text


def test_easy_read_has_one_goal_per_page(services, manager, planned):
    pages = _pages(services.printing.plan_pdf(manager, planned, easy_read=True))
    assert len(pages) == 3 and "Din plan, Ebba" in pages[0] and "Min plan" in pages[0]
    assert "Mål 1" in pages[1] and "Mål 2" in pages[2] and "Sova på natten" in pages[2]


def test_printing_is_permitted_and_audited(services, manager, planned):
    viewer = add_actor(services, manager, Role.STEERING_VIEWER)
    with pytest.raises(PermissionDenied):
        services.printing.plan_pdf(viewer, planned)
    nurse = add_actor(services, manager, Role.NURSE)
    services.printing.plan_pdf(nurse, planned)
    printed = services.audit.search(manager, AuditQuery(username="nurse", action="print"))
    assert [(r.entity, r.resident_id, r.detail) for r in printed] == [("implementation_plan", planned, "plan")]


def test_no_established_plan_is_said(services, manager):
    services.stays.admit(manager, request())
    resident = services.residents.list_residents(manager)[0].id
    with pytest.raises(ValidationError) as err:
        services.printing.plan_pdf(manager, resident)
    assert err.value.problems[0].code == "plan_missing"
