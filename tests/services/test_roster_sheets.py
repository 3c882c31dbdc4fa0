"""Base schedule, period rosters, absences, wishes, set-up with validity dates and kept violations,
on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from hvbdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from hvbdesk.roster.home import DEFAULT_DEMAND, DEFAULT_SHIFTS, Demand
from hvbdesk.roster.setup import shift_from_texts
from hvbdesk.security.roles import Role
from hvbdesk.services.audit import AuditQuery
from tests.conftest import NOW, DemoSpec, add_actor, database_fixture
from tests.helpers import GUARD_SECONDS, pdf_pages

MONDAY = dt.date(2026, 6, 15)  # NOW's Monday


database = database_fixture(DemoSpec(seed=3, years=1))


@pytest.fixture
def demo(services, manager):
    return services


def first_assistant(sheet) -> str:
    return next(
        i for i in sheet.staff_ids if sheet.home.staff[i].role == "treatment_assistant" and not sheet.is_temporary(i)
    )


def test_a_base_schedule_is_laid_out_saved_and_repeated_in_the_period(demo, manager):
    base = demo.roster.base(manager)
    assert base.days == 42 and base.source == "empty" and base.home.dates[0] == MONDAY
    assert all(not base.is_temporary(i) for i in base.staff_ids)
    solution = demo.roster.solve(manager, base, GUARD_SECONDS, workers=2, deterministic_time=0.5)
    base.apply(solution.assignment)
    assert [v for v in base.violations() if v.kept_reason is None] == []
    assert demo.roster.save(manager, base) == sum(len(c) for c in base.assignment.values())

    again = demo.roster.base(manager)
    assert again.source == "saved" and again.assignment == base.assignment
    # A period seven weeks on starts at the base's second week.
    later = MONDAY + dt.timedelta(weeks=7)
    period = demo.roster.period(manager, later, 2)
    assert period.source == "base"
    who = first_assistant(period)
    assert period.assignment.get(who, {}) == {d - 7: s for d, s in base.assignment[who].items() if 7 <= d < 21}
    temporaries = [i for i in period.staff_ids if period.is_temporary(i)]
    assert len(temporaries) == 3 and all(not period.assignment.get(t) for t in temporaries)


def test_an_absence_opens_the_shifts_for_temporary_staff(demo, manager):
    base = demo.roster.base(manager, weeks=1)
    who = first_assistant(base)
    for day in range(5):
        base.set(who, day, "D")
    demo.roster.save(manager, base)
    demo.roster.add_absence(manager, int(who), MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=2), "vacation")
    period = demo.roster.period(manager, MONDAY, 1)
    assert period.assignment[who] == {0: "D", 3: "D", 4: "D"}
    assert period.absences == {(who, 1): "vacation", (who, 2): "vacation"}
    # Typing a shift on a day away is a violation, and the hours now pass the target, which the
    # absence lowered to 5/7 of a full week.
    period.set(who, 1, "D")
    assert [(v.violation.rule, v.violation.day) for v in period.violations() if v.violation.employee == who] == [
        ("day_off", 1),
        ("max_minutes", None),
    ]
    assert period.target(who) == 40 * 60 * 5 // 7
    rows = demo.roster.absences(manager, MONDAY, MONDAY + dt.timedelta(days=6))
    assert [(r.staff_id, r.kind.value) for r in rows] == [(who, "vacation")]
    with pytest.raises(ValidationError) as error:
        demo.roster.add_absence(
            manager, int(who), MONDAY + dt.timedelta(days=2), MONDAY + dt.timedelta(days=3), "sick_leave"
        )
    assert error.value.problems[0].code == "absence_overlap"
    with pytest.raises(ValidationError) as error:
        demo.roster.add_absence(manager, int(who), MONDAY, MONDAY - dt.timedelta(days=1), "training")
    assert error.value.problems[0].code == "absence_order"
    demo.roster.remove_absence(manager, rows[0].id)
    assert demo.roster.period(manager, MONDAY, 1).absences == {}


def test_a_saved_period_is_what_comes_back_and_wishes_reach_the_solver(demo, manager):
    period = demo.roster.period(manager, MONDAY, 1)
    who = first_assistant(period)
    demo.roster.set_wish(manager, int(who), MONDAY + dt.timedelta(days=3), None, True)
    period = demo.roster.period(manager, MONDAY, 1)
    assert [(w.staff_id, w.day, w.shift, w.want) for w in period.wishes] == [
        (who, MONDAY + dt.timedelta(days=3), None, True)
    ]
    solution = demo.roster.solve(manager, period, GUARD_SECONDS, workers=2, deterministic_time=0.5)
    period.apply(solution.assignment)
    assert 3 not in period.assignment.get(who, {})
    with pytest.raises(ValidationError) as error:
        demo.roster.set_wish(manager, int(who), MONDAY, "X", True)
    assert error.value.problems[0].field == "shift"
    with pytest.raises(NotFound):
        demo.roster.set_wish(manager, 99_999, MONDAY, None, True)
    temporary = next(i for i in period.staff_ids if period.is_temporary(i))
    period.set(temporary, 5, "D")
    demo.roster.save(manager, period)
    back = demo.roster.period(manager, MONDAY, 1)
    assert back.source == "saved" and back.assignment == {k: v for k, v in period.assignment.items() if v}
    rows = demo.audit.search(manager, AuditQuery(entity="roster", action="update"))
    assert rows[0].detail.startswith("saved 2026-06-15..2026-06-21")


def test_a_violation_is_kept_only_with_a_reason_and_that_is_audited(demo, manager):
    period = demo.roster.period(manager, MONDAY, 1)
    who = first_assistant(period)
    period.set(who, 0, "K")
    period.set(who, 1, "D")
    found = [v for v in period.violations() if v.violation.rule == "succession"]
    assert len(found) == 1
    with pytest.raises(ValidationError) as error:
        demo.roster.keep_violation(manager, period, found[0], "  ")
    assert error.value.problems[0].field == "reason"
    demo.roster.keep_violation(manager, period, found[0], "Byte på egen begäran")
    assert [v.kept_reason for v in period.violations() if v.violation.rule == "succession"] == ["Byte på egen begäran"]
    assert demo.roster.period(manager, MONDAY, 1).kept == {("succession", who, 0): "Byte på egen begäran"}
    rows = demo.audit.search(manager, AuditQuery(entity="roster_kept_violation"))
    assert rows and rows[0].detail == f"period rule=succession staff={who} day=2026-06-15"
    assert "begäran" not in rows[0].detail


def test_the_set_up_changes_from_a_date_and_the_old_one_still_holds_before(services, manager):
    assert services.roster_setup.setup_on(manager, MONDAY).valid_from is None  # the defaults
    services.roster_setup.save(manager, dt.date(2026, 1, 1), list(DEFAULT_SHIFTS), list(DEFAULT_DEMAND))
    late = shift_from_texts("S", "Sen kväll", "16:00", "23:30", 30, ["treatment_assistant"])
    demand = list(DEFAULT_DEMAND) + [Demand("S", (1,) * 7, (1,) * 7, 0, 1)]
    services.roster_setup.save(manager, dt.date(2026, 7, 1), [*DEFAULT_SHIFTS, late], demand)
    before = services.roster_setup.setup_on(manager, dt.date(2026, 6, 30))
    after = services.roster_setup.setup_on(manager, dt.date(2026, 7, 1))
    assert [s.code for s in before.shifts] == ["D", "K", "N", "O"]
    assert [s.code for s in after.shifts] == ["D", "K", "N", "O", "S"]
    assert next(d for d in after.demand if d.shift == "S").holiday_wished == 1
    assert after.shifts[-1].paid_minutes == 7 * 60
    with pytest.raises(ValidationError) as error:
        services.roster_setup.save(manager, dt.date(2026, 7, 1), list(DEFAULT_SHIFTS), list(DEFAULT_DEMAND))
    assert error.value.problems[0].code == "setup_valid_from"


@pytest.mark.parametrize(
    "fields, field",
    [
        (("DK", "Dag", "07:00", "15:30", 30, ["treatment_assistant"]), "shift_code"),
        (("D", "", "07:00", "15:30", 30, ["treatment_assistant"]), "shift_name"),
        (("D", "Dag", "7.00", "15:30", 30, ["treatment_assistant"]), "shift_start"),
        (("D", "Dag", "07:00", "15:30", 30, []), "shift_roles"),
        (("D", "Dag", "07:00", "15:30", 600, ["treatment_assistant"]), "shift_break"),
        (("D", "Dag", "07:00", "07:00", 0, ["treatment_assistant"]), "shift_end"),
    ],
)
def test_a_bad_shift_type_is_named(fields, field):
    with pytest.raises(ValidationError) as error:
        shift_from_texts(*fields)
    assert error.value.problems[0].field == field


def test_bad_demand_and_twice_used_codes_are_refused_and_nothing_is_stored(services, manager):
    bad = [Demand("D", (2,) * 7, (1,) * 7, 2, 2), Demand("X", (1,) * 7, (1,) * 7, 1, 1)]
    with pytest.raises(ValidationError) as error:
        services.roster_setup.save(manager, MONDAY, [*DEFAULT_SHIFTS, DEFAULT_SHIFTS[0]], bad)
    assert {p.code for p in error.value.problems} == {"shift_code_twice", "demand_counts", "demand_shift"}
    assert services.roster_setup.setup_on(manager, MONDAY).valid_from is None


def test_assistants_read_the_roster_but_only_the_manager_changes_it(demo, manager):
    assistant = add_actor(demo, manager, Role.TREATMENT_ASSISTANT)
    sheet = demo.roster.period(assistant, MONDAY, 1)
    for call in (
        lambda: demo.roster.save(assistant, sheet),
        lambda: demo.roster.solve(assistant, sheet, 1),
        lambda: demo.roster.add_absence(assistant, 1, MONDAY, MONDAY, "vacation"),
        lambda: demo.roster_setup.save(assistant, MONDAY, list(DEFAULT_SHIFTS), []),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_a_roster_is_written_as_pdf_or_csv_and_the_print_is_audited(demo, manager, tmp_path):
    services = demo
    monday = NOW.date() - dt.timedelta(days=NOW.weekday())
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    sheet = services.roster.period(manager, monday, 2)
    with pytest.raises(ValidationError) as excinfo:
        services.printing.write_roster(manager, sheet, tmp_path / "schema.xlsx")
    assert excinfo.value.problems[0].code == "export_suffix" and not list(tmp_path.iterdir())
    assistant = add_actor(services, manager, Role.TREATMENT_ASSISTANT)
    services.printing.write_roster(assistant, sheet, tmp_path / "schema.pdf")
    text = "\n".join(pdf_pages((tmp_path / "schema.pdf").read_bytes()))
    assert f"Schema {monday.isoformat()}" in text and "DEMO" not in text  # a real database, not a demo
    services.printing.write_roster(manager, sheet, tmp_path / "schema.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["schema.csv", "schema.pdf"]
    actions = [(r.action, r.detail) for r in services.audit.search(manager, AuditQuery(entity="roster"))[:2]]
    period = f"period {monday.isoformat()}..{(monday + dt.timedelta(days=13)).isoformat()}"
    assert actions == [("export", f"{period} csv"), ("print", f"{period} pdf")]


def test_a_period_reads_the_shifts_before_and_after_it(demo, manager, tmp_path):
    """Continuity: the week before a period comes from the saved roster, else the base schedule; the
    rules are applied across the edge, and the sheet and its PDF say what was assumed."""
    nothing = demo.roster.period(manager, MONDAY, 2)
    assert nothing.edges == ("none", "none") and nothing.home.problem.before is None
    earlier = demo.roster.period(manager, MONDAY - dt.timedelta(days=14), 2)
    who = first_assistant(earlier)
    earlier.assignment = {who: {13: "N"}}  # the Sunday before MONDAY: a night to 07:30
    demo.roster.save(manager, earlier)
    sheet = demo.roster.period(manager, MONDAY, 2)
    assert sheet.edges == ("saved", "none")
    assert sheet.home.problem.before == {who: {-1: "N"}}
    sheet.set(who, 0, "D")
    assert any(f.violation.rule == "succession" and f.violation.day == 0 for f in sheet.violations())
    out = demo.printing.write_roster(manager, sheet, tmp_path / "schema.pdf")
    assert "veckan före (det sparade schemat)" in " ".join(pdf_pages(out.read_bytes())).replace("\n", " ")

    base = demo.roster.base(manager)
    solution = demo.roster.solve(manager, base, GUARD_SECONDS, workers=2, deterministic_time=0.5)
    base.apply(solution.assignment)
    demo.roster.save(manager, base)
    later = demo.roster.period(manager, MONDAY + dt.timedelta(days=28), 2)
    assert later.edges == ("base", "base") and later.home.problem.before and later.home.problem.after
