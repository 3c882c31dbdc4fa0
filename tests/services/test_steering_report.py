"""The steering report on SQLite and PostgreSQL: a database made after the period reports it with the
reference data as it was, the CSV contract, edits of reference data back in time, and permissions."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from hvbdesk.domain.enums import AuditAction, DeviationKind
from hvbdesk.domain.errors import PermissionDenied, ValidationError
from hvbdesk.domain.municipalities import SEED_POPULATION
from hvbdesk.security.roles import Role
from hvbdesk.services.audit import AuditQuery
from hvbdesk.services.imports import PLACEMENT_COLUMNS
from hvbdesk.store.models import Resident
from tests.conftest import add_actor
from tests.helpers import placement_row, pnr, write_csv

D = dt.date
YEAR_FIRST, YEAR_LAST = D(2025, 1, 1), D(2025, 12, 31)


def _import(services, manager, tmp_path, rows):
    services.imports.import_placements(manager, write_csv(tmp_path / "placements.csv", PLACEMENT_COLUMNS, rows))


@pytest.fixture
def year_2025(services, manager, tmp_path):
    """Three stays of 2025 imported into a database created in 2026: Leksand leaves and Smedjebacken joins
    the agreement on 1 July 2025 (the seeded history), a stay open over the year's end."""
    _import(
        services,
        manager,
        tmp_path,
        [
            placement_row(
                pnr("20080101", 981),
                "1",
                "2025-06-29 10:00",
                "2025-07-03 11:00",
                "planned",
                municipality="Leksand",
                first="Alva",
                last="Leksandsdotter",
            ),
            placement_row(
                pnr("20080202", 983),
                "2",
                "2025-06-30 12:00",
                "2025-07-02 09:00",
                "unplanned",
                municipality="Smedjebacken",
                first="Bo",
                last="Smedsson",
                gender="man",
            ),
            placement_row(
                pnr("20080303", 985),
                "9",
                "2025-12-30 15:00",
                "",
                "",
                kind="acute",
                municipality="Borlänge",
                first="Cia",
                last="Borgström",
            ),
        ],
    )


def test_the_seeded_history_is_true_whenever_the_database_was_made(services):
    history = services.reference_data.history()
    assert history.is_member("2029", D(2025, 6, 30)) and not history.is_member("2029", D(2025, 7, 1))
    assert not history.is_member("2061", D(2025, 6, 30)) and history.is_member("2061", D(2025, 7, 1))
    assert not any(history.is_member("2082", D(y, 6, 1)) for y in range(2022, 2027))
    assert len(history.members_on(D(2023, 1, 1))) == 12
    assert history.operation_start == D(2026, 1, 1)
    assert history.population_on("2081", D(2023, 1, 1)) == SEED_POPULATION["2081"]
    assert history.day_fee("2081", D(2025, 3, 1)) == 3470 and history.day_fee("2082", D(2025, 3, 1)) == 4510
    assert history.day_fee("2081", D(2026, 3, 1)) == 3700  # the first year of operation


def test_a_year_from_imported_stays(services, manager, year_2025):
    f = services.steering.figures(manager, YEAR_FIRST, YEAR_LAST)
    by_code = {m.code: m for m in f.municipalities}
    # Leksand: 29 and 30 June as a member, 1 and 2 July not; Smedjebacken: 30 June not yet, 1 July a member;
    # Borlänge: 30 and 31 December of a stay still open.
    assert {c: m.care_days for c, m in by_code.items()} == {"2029": 4, "2061": 2, "2081": 2}
    assert {c: m.revenue for c, m in by_code.items()} == {
        "2029": 2 * 3470 + 2 * 4510,
        "2061": 4510 + 3470,
        "2081": 2 * 3470,
    }
    assert f.money.budgeted_cost == 10_135_074  # a whole year of the seeded budget
    deficit = 10_135_074 - f.money.revenue
    members = [c for c in SEED_POPULATION if c not in ("2029", "2082", "2023")]  # on 31 December 2025
    assert sorted(f.money.deficit_shares) == sorted(members)
    assert sum(f.money.deficit_shares.values()) == deficit
    people = sum(SEED_POPULATION[c] for c in members)
    assert abs(f.money.deficit_shares["2081"] - deficit * SEED_POPULATION["2081"] / people) < 1
    assert (f.stays.planned, f.stays.unplanned) == (1, 1)
    assert f.occupancy["acute"] == pytest.approx(2 / (2 * 365))


def test_the_csv_contract(services, manager, year_2025, tmp_path):
    out = services.steering.write(manager, YEAR_FIRST, YEAR_LAST, tmp_path / "report.csv")
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == ["section", "key", "value"]
    table = {(s, k): v for s, k, v in rows[1:]}
    assert table["care_days", "2029"] == "4" and table["care_days", "total"] == "8"
    assert table["admissions", "2061"] == "1" and table["admissions", "total"] == "3"
    assert table["fee_revenue", "2029"] == str(2 * 3470 + 2 * 4510)
    assert table["budgeted_cost", "total"] == "10135074"
    assert int(table["result", "total"]) == int(table["fee_revenue", "total"]) - 10_135_074
    assert table["occupancy", "acute"] == f"{2 / 730:.3f}" and table["occupancy", "ordinary"] == f"{6 / 2920:.3f}"
    assert sum(int(v) for (s, _), v in table.items() if s == "deficit_share") == 10_135_074 - int(
        table["fee_revenue", "total"]
    )
    assert all(k == k.lower() for _, k in table)
    assert [r.action for r in services.audit.search(manager, AuditQuery(entity="steering_report"))][:2] == [
        AuditAction.EXPORT.value,
        AuditAction.VIEW.value,
    ]


def test_a_period_that_ends_before_it_starts_is_named(services, manager):
    with pytest.raises(ValidationError) as excinfo:
        services.steering.figures(manager, YEAR_LAST, YEAR_FIRST)
    assert excinfo.value.problems[0].field == "last"
    with pytest.raises(ValidationError) as excinfo:
        services.steering.write(manager, YEAR_FIRST, YEAR_LAST, __import__("pathlib").Path("x.docx"))
    assert excinfo.value.problems[0].code == "report_suffix"
    with pytest.raises(ValidationError) as excinfo:  # was an OverflowError from the last date + 1 day
        services.steering.figures(manager, YEAR_FIRST, D(9999, 12, 31))
    assert (excinfo.value.problems[0].field, excinfo.value.problems[0].code) == ("last", "period_too_late")


def test_who_may_see_the_report(services, manager):
    viewer = add_actor(services, manager, Role.STEERING_VIEWER)
    assert services.steering.figures(viewer, YEAR_FIRST, YEAR_LAST).dates == 365
    assistant = add_actor(services, manager, Role.TREATMENT_ASSISTANT)
    with pytest.raises(PermissionDenied):
        services.steering.figures(assistant, YEAR_FIRST, YEAR_LAST)


def test_reference_data_is_corrected_back_in_time_and_audited(services, manager, year_2025):
    services.reference_data.add_membership(manager, "2082", D(2025, 1, 1), None)
    services.reference_data.set_population(manager, "2081", 2024, 53_123, "SCB folkmängd 2024-12-31")
    services.settings.change(manager, "fees.day_fee_member", "3600", D(2025, 7, 1))  # in the past: allowed
    f = services.steering.figures(manager, YEAR_FIRST, YEAR_LAST)
    by_code = {m.code: m for m in f.municipalities}
    assert by_code["2029"].revenue == 2 * 3470 + 2 * 4510  # Leksand's member days were in June
    assert by_code["2061"].revenue == 4510 + 3600
    assert "2082" in f.money.deficit_shares
    assert f.money.populations_at_end["2081"] == 53_123
    details = [r.detail for r in services.audit.search(manager, AuditQuery(action="update"))]
    assert any("2081 2024: 53123 (SCB folkmängd 2024-12-31) (was none)" in d for d in details)
    assert any("fees.day_fee_member=3600 from 2025-07-01 (was 3470)" in d for d in details)
    created = services.audit.search(manager, AuditQuery(action="create", entity="municipality_membership"))
    assert created and created[0].detail == "2082 member 2025-01-01–"


def test_membership_periods_do_not_overlap_and_rule_numbers_still_refuse_the_past(services, manager):
    rows = [r for r in services.reference_data.memberships(manager) if r.code == "2029"]
    with pytest.raises(ValidationError) as excinfo:
        services.reference_data.add_membership(manager, "2029", D(2025, 1, 1), D(2025, 12, 31))
    assert excinfo.value.problems[0].code == "membership_overlap"
    with pytest.raises(ValidationError):
        services.reference_data.change_membership(manager, rows[0].id, D(2025, 1, 1), D(2024, 1, 1))
    services.reference_data.change_membership(
        manager, rows[0].id, rows[0].valid_from, D(2025, 12, 31), seen_version=rows[0].version
    )
    assert services.reference_data.history().is_member("2029", D(2025, 9, 1))
    with pytest.raises(ValidationError) as excinfo:
        services.settings.change(manager, "stay.acute_days", "10", D(2025, 1, 1))
    assert excinfo.value.problems[0].code == "setting_past"
    with pytest.raises(ValidationError) as excinfo:
        services.reference_data.set_population(manager, "2081", 2024, 0, " ")
    assert {p.field for p in excinfo.value.problems} == {"population", "source"}
    assistant = add_actor(services, manager, Role.TREATMENT_ASSISTANT)
    with pytest.raises(PermissionDenied):
        services.reference_data.add_membership(assistant, "2082", D(2025, 1, 1), None)


def test_the_start_of_operation_moves_the_first_year_fee(services, manager, year_2025):
    services.reference_data.set_operation_start(manager, D(2025, 7, 1))
    f = services.steering.figures(manager, YEAR_FIRST, YEAR_LAST)
    by_code = {m.code: m for m in f.municipalities}
    assert by_code["2029"].revenue == 2 * 3470 + 2 * 4810  # July 2025 is now the first year, as a non-member
    assert by_code["2081"].revenue == 2 * 3700


def _resident_id(services) -> int:
    with services.db.reading() as session:
        return session.query(Resident.id).order_by(Resident.id).first()[0]


def test_deviations_follow_the_journal_s_access_rules(services, manager, year_2025):
    assistant = add_actor(services, manager, Role.TREATMENT_ASSISTANT)
    nurse = add_actor(services, manager, Role.NURSE)
    resident = _resident_id(services)
    about = services.deviations.register(
        assistant,
        D(2025, 6, 30),
        DeviationKind.ABSCONDING,
        "Kom inte tillbaka efter permission",
        "Ringde polisen",
        resident_id=resident,
    )
    own = services.deviations.register(nurse, D(2025, 7, 2), DeviationKind.MEDICATION, "Fel dos delad", "")
    nurse_about = services.deviations.register(
        nurse, D(2025, 7, 2), DeviationKind.REGION, "Remiss kom inte fram", resident_id=resident
    )
    assert {d.id for d in services.deviations.listed(nurse)} == {own, nurse_about}
    seen = {d.id: d for d in services.deviations.listed(assistant)}
    assert set(seen) == {about, own, nurse_about} and seen[about].resident_name == "Alva Leksandsdotter"
    with pytest.raises(ValidationError) as excinfo:
        services.deviations.register(assistant, D(2025, 7, 1), DeviationKind.OTHER, "  ")
    assert excinfo.value.problems[0].field == "description"
    with pytest.raises(PermissionDenied):
        services.deviations.close(assistant, about, "Analys", "Åtgärd", reported_lex_sarah=True, reported_region=False)
    with pytest.raises(ValidationError) as excinfo:
        services.deviations.close(manager, about, "", "", reported_lex_sarah=True, reported_region=False)
    assert {p.field for p in excinfo.value.problems} == {"analysis", "measures"}
    services.deviations.close(
        manager,
        about,
        "Rutinen följdes inte",
        "Ny rutin för permission",
        reported_lex_sarah=True,
        reported_region=False,
    )
    with pytest.raises(ValidationError):
        services.deviations.close(manager, about, "a", "b", reported_lex_sarah=False, reported_region=False)
    viewer = add_actor(services, manager, Role.STEERING_VIEWER)
    with pytest.raises(PermissionDenied):
        services.deviations.listed(viewer)
    q = services.steering.figures(viewer, YEAR_FIRST, YEAR_LAST).quality
    assert q.deviations[DeviationKind.ABSCONDING] == (0, 1)
    assert q.deviations[DeviationKind.MEDICATION] == (1, 0) and q.lex_sarah == 1
    views = services.audit.search(manager, AuditQuery(action="view", entity="deviation"))
    assert any(v.resident_id == resident for v in views)  # whose records were shown is logged
