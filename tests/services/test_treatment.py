"""Contact persons, care plans, implementation plans and the journal, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from hvbdesk.domain.enums import CarePlanOwner, ContactRole, GoalResult, JournalKind
from hvbdesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from hvbdesk.security.roles import Role
from hvbdesk.services.care_plans import CarePlanInput
from hvbdesk.services.journal import JournalQuery
from hvbdesk.services.plans import ActionInput, GoalInput, PlanContent
from tests.conftest import NOW, add_actor
from tests.helpers import STAFF_HEADER, pdf_pages, write_csv
from tests.services.test_stays import request


@pytest.fixture
def stay(services, manager, tmp_path):
    rows = [
        ["Anna", "Björk", "treatment_assistant", "municipality", "100", "no"],
        ["Erik", "Dalström", "treatment_assistant", "municipality", "100", "no"],
        ["Karin", "Falk", "physician", "region", "20", "yes"],
    ]
    services.imports.import_staff(manager, write_csv(tmp_path / "s.csv", STAFF_HEADER, rows))
    stay_id = services.stays.admit(manager, request(at=NOW - dt.timedelta(days=10)))
    staff = {s.last_name: s.id for s in services.staff.list_staff(manager)}
    return dict(id=stay_id, staff=staff, resident=services.residents.list_residents(manager)[0].id)


def codes(err) -> list[str]:
    return [p.code for p in err.value.problems]


def test_contact_persons_with_history_and_load(services, manager, stay):
    watch_codes = {w.code for w in services.beds.watches(manager)}
    assert "primary_contact_missing" in watch_codes
    services.contacts.assign(manager, stay["id"], stay["staff"]["Björk"], ContactRole.PRIMARY)
    with pytest.raises(ValidationError) as err:
        services.contacts.assign(manager, stay["id"], stay["staff"]["Falk"], ContactRole.SECONDARY)
    assert codes(err) == ["contact_not_assistant"]
    with pytest.raises(ValidationError) as err:
        services.contacts.assign(manager, stay["id"], stay["staff"]["Dalström"], ContactRole.PRIMARY)
    assert codes(err) == ["reason_missing"]
    services.contacts.assign(manager, stay["id"], stay["staff"]["Dalström"], ContactRole.PRIMARY, "jämnare fördelning")
    history = services.contacts.history(manager, stay["id"])
    assert [(h.name, h.valid_to is None, h.change_reason) for h in history] == [
        ("Anna Björk", False, ""),
        ("Erik Dalström", True, "jämnare fördelning"),
    ]
    load = {r.name: (r.primary, r.secondary) for r in services.contacts.load(manager)}
    assert load == {"Erik Dalström": (1, 0), "Anna Björk": (0, 0)}
    assert "primary_contact_missing" not in {w.code for w in services.beds.watches(manager)}
    card = services.beds.board(manager)[0]
    assert card.contact_persons == ["Erik D."]


def test_care_plans_by_owner(services, manager, stay):
    nurse = add_actor(services, manager, Role.NURSE)
    assistant = add_actor(services, manager, Role.TREATMENT_ASSISTANT)
    assert "social_care_plan_missing" in {w.code for w in services.beds.watches(manager)}
    social = CarePlanInput(
        CarePlanOwner.SOCIAL_SERVICES,
        NOW.date(),
        "Socialsekreterare",
        "Mora kommun",
        "Behov: struktur. Mål: skolgång.",
        "Dnr 2026/12",
    )
    health = CarePlanInput(CarePlanOwner.HEALTH_CARE, NOW.date(), "Läkare", "Region Dalarna", "Läkemedel.")
    with pytest.raises(PermissionDenied):
        services.care_plans.register(nurse, stay["id"], social)  # the Region writes only health care parts
    with pytest.raises(PermissionDenied):
        services.care_plans.register(assistant, stay["id"], health)
    services.care_plans.register(assistant, stay["id"], social)
    services.care_plans.register(nurse, stay["id"], health)
    with pytest.raises(ValidationError) as err:
        services.care_plans.register(
            nurse, stay["id"], CarePlanInput(CarePlanOwner.HEALTH_CARE, NOW.date(), "", "", "")
        )
    assert sorted(p.field for p in err.value.problems) == ["author", "organisation", "summary"]
    assert [p.owner for p in services.care_plans.list(nurse, stay["id"])] == [
        CarePlanOwner.SOCIAL_SERVICES,
        CarePlanOwner.HEALTH_CARE,
    ]
    assert "social_care_plan_missing" not in {w.code for w in services.beds.watches(manager)}


def _content(goals=("Drogfrihet",)) -> PlanContent:
    return PlanContent(
        1,
        "Jag vill bo hemma igen.",
        "Deltog i samtalet.",
        [
            GoalInput(
                goal=g,
                need="Behov",
                actions=[
                    ActionInput("Samtal två gånger i veckan", who_role=Role.TREATMENT_ASSISTANT, when="tis och tors")
                ],
            )
            for g in goals
        ],
    )


def test_plan_versions_establish_compare_follow_up(services, manager, stay):
    assistant = add_actor(services, manager, Role.TREATMENT_ASSISTANT)
    nurse = add_actor(services, manager, Role.NURSE)
    plan_id = services.plans.start_version(assistant, stay["id"])
    assert services.plans.start_version(assistant, stay["id"]) == plan_id  # one draft at a time
    with pytest.raises(PermissionDenied):
        services.plans.save_draft(nurse, plan_id, _content())
    with pytest.raises(ValidationError) as err:
        services.plans.establish(assistant, plan_id, NOW.date(), "")
    assert set(codes(err)) == {"plan_no_goals", "participants_missing", "own_words_missing"}
    services.plans.save_draft(assistant, plan_id, _content(("Drogfrihet", "Skolgång")))
    services.plans.establish(assistant, plan_id, NOW.date(), "Ungdomen, kontaktperson")
    with pytest.raises(ValidationError) as err:
        services.plans.save_draft(assistant, plan_id, _content())
    assert codes(err) == ["plan_established"]
    first = services.plans.current(nurse, stay["id"])
    services.plans.follow_up(
        assistant,
        first.id,
        NOW.date(),
        {first.goals[0].key: (GoalResult.PARTLY, "Två återfall"), first.goals[1].key: (GoalResult.REACHED, "")},
    )
    second_id = services.plans.start_version(assistant, stay["id"])
    versions = services.plans.versions(assistant, stay["id"])
    draft = versions[-1]
    assert draft.id == second_id and [g.key for g in draft.goals] == [g.key for g in first.goals]
    goals = [
        GoalInput(
            g.goal,
            g.need,
            g.care_plan_link,
            [ActionInput(a.what, a.how, a.who_staff_id, a.who_role, a.when) for a in g.actions],
            g.key,
        )
        for g in draft.goals
    ]
    goals[0] = GoalInput("Drogfrihet och inga återfall", goals[0].need, "", goals[0].actions, goals[0].key)
    goals = goals[:1] + [GoalInput("Fungerande dygnsrytm", actions=[ActionInput("Väckning 07.00")])]
    services.plans.save_draft(assistant, second_id, PlanContent(2, draft.own_words, draft.participation, goals))
    services.plans.establish(assistant, second_id, NOW.date(), "Ungdomen, kontaktperson, socialsekreterare")
    v1, v2 = services.plans.versions(nurse, stay["id"])
    changes = {(c.kind, (c.after or c.before).goal) for c in services.plans.compare(v1, v2)}
    assert changes == {
        ("changed", "Drogfrihet och inga återfall"),
        ("added", "Fungerande dygnsrytm"),
        ("removed", "Skolgång"),
    }
    assert v1.followups[0].results[v1.goals[0].key] == (GoalResult.PARTLY, "Två återfall")
    assert v1.goals[1].goal == "Skolgång"  # the earlier version stays readable as it was


def test_follow_up_needs_every_goal(services, manager, stay):
    plan_id = services.plans.start_version(manager, stay["id"])
    services.plans.save_draft(manager, plan_id, _content(("A", "B")))
    services.plans.establish(manager, plan_id, NOW.date(), "Ungdomen")
    plan = services.plans.current(manager, stay["id"])
    with pytest.raises(ValidationError) as err:
        services.plans.follow_up(manager, plan.id, NOW.date(), {plan.goals[0].key: (GoalResult.REACHED, "")})
    assert codes(err) == ["result_missing"]


def test_journal_draft_sign_correct_and_filter(services, manager, stay):
    assistant = add_actor(services, manager, Role.TREATMENT_ASSISTANT)
    other = add_actor(services, manager, Role.TREATMENT_ASSISTANT, "annan")
    resident = stay["resident"]
    draft = services.journal.save_draft(assistant, resident, JournalKind.DAILY_NOTE, NOW, "Lugn kv").id
    services.journal.save_draft(
        assistant, resident, JournalKind.DAILY_NOTE, NOW, "Lugn kväll, 50% glad_", draft_id=draft
    )
    assert [d.text for d in services.journal.my_drafts(assistant, resident)] == ["Lugn kväll, 50% glad_"]
    assert services.journal.search(other, JournalQuery(resident_id=resident)) == []  # drafts are the author's own
    with pytest.raises(ValidationError) as err:
        services.journal.save_draft(other, resident, JournalKind.DAILY_NOTE, NOW, "x", draft_id=draft)
    assert codes(err) == ["draft_not_own"]
    services.journal.sign(assistant, draft)
    fix = services.journal.correct(other, draft, "Rättelse: lugn kväll, gick och lade sig 23.00")
    rows = services.journal.search(other, JournalQuery(resident_id=resident))
    assert [(r.id, r.corrects_id, r.corrected_by) for r in rows] == [(fix, draft, []), (draft, None, [fix])]
    assert [r.id for r in services.journal.search(other, JournalQuery(text="50%"))] == [draft]  # % is literal
    assert services.journal.search(other, JournalQuery(text="5_%")) == []
    assert [r.id for r in services.journal.search(other, JournalQuery(author="annan"))] == [fix]
    nurse = add_actor(services, manager, Role.NURSE)
    with pytest.raises(PermissionDenied):
        services.journal.search(nurse, JournalQuery(resident_id=resident))


def test_a_signed_entry_cannot_be_changed_through_any_call(services, manager, stay, database):
    resident = stay["resident"]
    entry = services.journal.save_draft(manager, resident, JournalKind.INCIDENT, NOW, "Händelse").id
    services.journal.sign(manager, entry)
    attempts = [
        lambda: services.journal.save_draft(manager, resident, JournalKind.INCIDENT, NOW, "ändrad", draft_id=entry),
        lambda: services.journal.sign(manager, entry),
        lambda: services.journal.discard_draft(manager, entry),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as err:
            attempt()
        assert codes(err) == ["entry_signed"]
    for statement in ("UPDATE journal_entry SET text = 'x'", "DELETE FROM journal_entry"):
        with pytest.raises(DBAPIError, match="signed journal entries are never changed"):
            with database.engine.begin() as conn:
                conn.execute(text(statement))
    assert services.journal.search(manager, JournalQuery(resident_id=resident))[0].text == "Händelse"


def test_a_draft_saved_by_someone_else_since_it_was_opened_is_not_overwritten(services, manager, stay):
    """Two assistants open the same draft; the first saves; the second's save from what she saw is refused,
    naming who saved and when, and the first one's goals are still there (they disappeared)."""
    first = add_actor(services, manager, Role.TREATMENT_ASSISTANT)
    second = add_actor(services, manager, Role.TREATMENT_LEAD)
    plan_id = services.plans.start_version(first, stay["id"])
    seen_by_both = services.plans.versions(first, stay["id"])[0].version
    services.plans.save_draft(first, plan_id, _content(("Drogfrihet", "Skolgång")), seen_version=seen_by_both)
    with pytest.raises(ConflictError) as err:
        services.plans.save_draft(second, plan_id, _content(("Sömn",)), seen_version=seen_by_both)
    assert err.value.code == "stale_plan" and err.value.values[0] == "treatment-assistant"
    assert [g.goal for g in services.plans.versions(manager, stay["id"])[0].goals] == ["Drogfrihet", "Skolgång"]
    # Goals alone changed: the plan's version still moves, so a save from before is caught again.
    now_seen = services.plans.versions(second, stay["id"])[0].version
    services.plans.save_draft(second, plan_id, _content(("Sömn",)), seen_version=now_seen)
    with pytest.raises(ConflictError):
        services.plans.save_draft(first, plan_id, _content(("Drogfrihet",)), seen_version=now_seen)


def test_authors_are_shown_by_name_not_by_user_name(services, manager, stay):
    """The journal and the plan's follow-ups (on screen and in the PDF) said 'chef' where a reader expects
    the person's name; the user name stays what the filter by author takes."""
    resident = stay["resident"]
    entry = services.journal.save_draft(manager, resident, JournalKind.DAILY_NOTE, NOW, "Lugn kväll").id
    assert services.journal.my_drafts(manager, resident)[0].author_name == "Föreståndaren"
    services.journal.sign(manager, entry)
    row = services.journal.search(manager, JournalQuery(author="chef"))[0]
    assert (row.author, row.author_name) == ("chef", "Föreståndaren")
    plan_id = services.plans.start_version(manager, stay["id"])
    services.plans.save_draft(manager, plan_id, _content(("Skolgång",)))
    services.plans.establish(manager, plan_id, NOW.date(), "Ungdomen")
    plan = services.plans.current(manager, stay["id"])
    services.plans.follow_up(manager, plan.id, NOW.date(), {plan.goals[0].key: (GoalResult.REACHED, "")})
    assert services.plans.current(manager, stay["id"]).followups[0].recorded_by == "Föreståndaren"
    text = "\n".join(pdf_pages(services.printing.plan_pdf(manager, resident)))
    assert f"{NOW.date():%Y-%m-%d} (Föreståndaren)" in text and "(chef)" not in text
