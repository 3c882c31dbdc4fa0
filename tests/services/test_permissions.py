"""Every role x every service action: allowed, or denied with the denial audited.

The expectations are written out here on purpose, as the policy in words, so that a change to
the matrix in hvbdesk.security.roles shows up as a failing test, not as a silent widening.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from hvbdesk.app import build_services
from hvbdesk.config import Config
from hvbdesk.domain.enums import CarePlanOwner, ContactRole, JournalKind
from hvbdesk.domain.errors import DatabaseStateError, PermissionDenied
from hvbdesk.security.roles import Role
from hvbdesk.services.audit import AuditQuery
from hvbdesk.services.care_plans import CarePlanInput
from hvbdesk.services.imports import PLACEMENT_COLUMNS
from hvbdesk.services.journal import JournalQuery
from tests.conftest import BACKENDS, NOW, PASSWORD, add_actor, fixed_clock, make_database
from tests.helpers import STAFF_HEADER, placement_row, pnr, write_csv
from tests.services.test_referrals import referral
from tests.services.test_stays import request

ALL = set(Role)
CARE = ALL - {Role.STEERING_VIEWER}
MANAGER_ONLY = {Role.MANAGER}
HOME = {Role.MANAGER, Role.TREATMENT_LEAD, Role.COORDINATOR, Role.TREATMENT_ASSISTANT}

EXPECTED: dict[str, set[Role]] = {
    "list_residents": CARE,
    "get_resident": CARE,
    "list_staff": CARE,
    "settings_overview": CARE,
    "change_setting": MANAGER_ONLY,
    "list_accounts": MANAGER_ONLY,
    "add_account": MANAGER_ONLY,
    "set_account_active": MANAGER_ONLY,
    "search_audit": MANAGER_ONLY,
    "audit_usernames": MANAGER_ONLY,
    "import_staff": MANAGER_ONLY,
    "import_placements": MANAGER_ONLY,
    "backup": MANAGER_ONLY,
    "bed_board": ALL,
    "occupancy": ALL,
    "timeline": CARE,
    "watches": CARE,
    "admit": MANAGER_ONLY,
    "list_referrals": {Role.MANAGER, Role.COORDINATOR, Role.TREATMENT_LEAD},
    "register_referral": {Role.MANAGER, Role.COORDINATOR},
    "decide_referral": MANAGER_ONLY,
    "assign_contact": MANAGER_ONLY,
    "contact_load": CARE,
    "register_social_care_plan": HOME,
    "register_health_care_plan": {Role.MANAGER, Role.PHYSICIAN, Role.PSYCHOLOGIST, Role.NURSE},
    "plan_versions": CARE,
    "start_plan": HOME,
    "journal_search": HOME,
    "journal_draft": HOME,
    "roster_plan": MANAGER_ONLY,
}


@pytest.fixture(scope="module", params=BACKENDS)
def env(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("matrix")
    db, cleanup = make_database(request.param, request, folder / "data")
    services = build_services(db, Config(data_dir=folder / "data", workstation="ws"), fixed_clock)
    services.users.create_first_manager("chef", PASSWORD)
    manager = services.users.authenticate("chef", PASSWORD)
    actors = {Role.MANAGER: manager}
    for role in Role:
        if role is not Role.MANAGER:
            actors[role] = add_actor(services, manager, role)
    source = write_csv(folder / "one.csv", PLACEMENT_COLUMNS, [placement_row(pnr("20080101"))])
    services.imports.import_placements(manager, source)
    resident = services.residents.list_residents(manager)[0]
    services.imports.import_staff(
        manager,
        write_csv(
            folder / "staff.csv", STAFF_HEADER, [["Anna", "Björk", "treatment_assistant", "municipality", "100", "no"]]
        ),
    )
    assistant_id = services.staff.list_staff(manager)[0].id
    yield dict(
        services=services,
        actors=actors,
        folder=folder,
        resident_id=resident.id,
        stay_id=resident.latest_stay.id,
        assistant_id=assistant_id,
        backend=request.param,
    )
    cleanup()


def _call(action: str, env: dict, actor, role: Role):
    s, folder = env["services"], env["folder"]
    tag = role.value.replace("_", "-")
    if action == "list_residents":
        return s.residents.list_residents(actor)
    if action == "get_resident":
        return s.residents.get_resident(actor, env["resident_id"])
    if action == "list_staff":
        return s.staff.list_staff(actor)
    if action == "settings_overview":
        return s.settings.overview(actor)
    if action == "change_setting":
        return s.settings.change(actor, "budget.annual", "10135074", NOW.date() + dt.timedelta(days=400))
    if action == "list_accounts":
        return s.users.list_accounts(actor)
    if action == "add_account":
        return s.users.add_account(actor, f"new-{tag}", Role.NURSE, PASSWORD)
    if action == "set_account_active":
        return s.users.set_active(actor, env["actors"][Role.NURSE].account_id, True)
    if action == "search_audit":
        return s.audit.search(actor, AuditQuery())
    if action == "audit_usernames":
        return s.audit.known_usernames(actor)
    if action == "import_staff":
        f = write_csv(folder / f"staff-{tag}.csv", STAFF_HEADER, [["Test", tag, "nurse", "region", "100", "yes"]])
        return s.imports.import_staff(actor, f)
    if action == "import_placements":
        f = write_csv(
            folder / f"p-{tag}.csv", PLACEMENT_COLUMNS, [placement_row(pnr("20070505", 984), place="2", first="Other")]
        )
        return s.imports.import_placements(actor, f)
    if action == "backup":
        return s.system.backup(actor, folder / f"backup-{tag}.hvbdesk")
    if action == "bed_board":
        return s.beds.board(actor)
    if action == "occupancy":
        return s.beds.occupancy(actor)
    if action == "timeline":
        return s.beds.timeline(actor, NOW.date() - dt.timedelta(days=30), NOW.date())
    if action == "watches":
        return s.beds.watches(actor)
    if action == "admit":
        return s.stays.admit(actor, request(place=5, birth="20071212", serial=988))
    if action == "list_referrals":
        return s.referrals.list(actor)
    if action == "register_referral":
        return s.referrals.register(actor, referral())
    if action == "assign_contact":
        return s.contacts.assign(actor, env["stay_id"], env["assistant_id"], ContactRole.PRIMARY)
    if action == "contact_load":
        return s.contacts.load(actor)
    if action in ("register_social_care_plan", "register_health_care_plan"):
        owner = CarePlanOwner.SOCIAL_SERVICES if "social" in action else CarePlanOwner.HEALTH_CARE
        return s.care_plans.register(actor, env["stay_id"], CarePlanInput(owner, NOW.date(), "A", "B", "C"))
    if action == "plan_versions":
        return s.plans.versions(actor, env["stay_id"])
    if action == "start_plan":
        return s.plans.start_version(actor, env["stay_id"])
    if action == "journal_search":
        return s.journal.search(actor, JournalQuery(resident_id=env["resident_id"]))
    if action == "journal_draft":
        return s.journal.save_draft(actor, env["resident_id"], JournalKind.DAILY_NOTE, NOW, "text")
    if action == "roster_plan":
        return s.roster.plan(actor, NOW.date(), 1, 2)
    if action == "decide_referral":
        return s.referrals.wait(actor, s.referrals.register(env["actors"][Role.MANAGER], referral()))
    raise AssertionError(action)


@pytest.mark.parametrize(
    "action, role",
    list(itertools.product(sorted(EXPECTED), list(Role))),
    ids=lambda v: v.value if isinstance(v, Role) else v,
)
def test_role_may_or_may_not(env, action, role):
    services, actor = env["services"], env["actors"][role]
    manager = env["actors"][Role.MANAGER]
    before = len(services.audit.search(manager, AuditQuery(username=actor.username, action="denied")))
    if role in EXPECTED[action]:
        try:
            _call(action, env, actor, role)
        except DatabaseStateError:
            assert action == "backup" and env["backend"] == "postgresql"  # pg_dump's job there
    else:
        with pytest.raises(PermissionDenied):
            _call(action, env, actor, role)
        denied = services.audit.search(manager, AuditQuery(username=actor.username, action="denied"))
        assert len(denied) == before + 1
        assert denied[0].detail.startswith("permission=")
