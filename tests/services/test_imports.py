from __future__ import annotations

import pytest

from hvbdesk.domain.errors import ValidationError
from hvbdesk.services.imports import PLACEMENT_COLUMNS
from tests.helpers import STAFF_HEADER, placement_row, pnr, write_csv

GOOD = [
    placement_row(
        pnr("20080101", 982), place="1", admitted="2025-01-10 10:00", discharged="2025-04-20 11:00", reason="planned"
    ),
    placement_row(pnr("20070303", 984), place="2", admitted="2026-05-01 12:00", first="Ebba"),
    placement_row(
        pnr("20090707", 991),
        place="9",
        admitted="2026-06-01 09:30",
        kind="acute",
        basis="LVU2",
        municipality="2062",
        gender="man",
        first="Hugo",
    ),
]


def _count(services, manager):
    return len(services.residents.list_residents(manager))


def test_good_file_is_imported_with_semicolons_and_bom(services, manager, tmp_path):
    f = write_csv(tmp_path / "p.csv", PLACEMENT_COLUMNS, GOOD, delimiter=";", bom=True)
    result = services.imports.import_placements(manager, f)
    assert (result.created, result.residents_created) == (3, 3)
    rows = {r.first_name: r for r in services.residents.list_residents(manager)}
    assert (
        rows["Hugo"].latest_stay.place_number == 9 and rows["Hugo"].latest_stay.planned_end.isoformat() == "2026-06-15"
    )
    assert rows["Ebba"].is_placed and not rows["Testa"].is_placed


@pytest.mark.parametrize(
    "bad_row, field, reason",
    [
        (placement_row(pnr("20080101", 982)[:-1] + "0", place="3"), "personnummer", "check digit"),
        (
            placement_row(pnr("20080202", 986), place="3", municipality="Gotham"),
            "placing_municipality",
            "not a known municipality",
        ),
        (placement_row(pnr("20080202", 986), place="11"), "place", "not a place number"),
        (
            placement_row(pnr("20080202", 986), place="2", admitted="2026-05-20 10:00"),
            "admitted",
            "overlaps the stay on line 3",
        ),
        (
            placement_row(pnr("20080202", 986), place="3", basis="LVU2", admitted="2026-06-01 10:00"),
            "legal_basis",
            "LVU §2",
        ),
        (placement_row(pnr("20120202", 986), place="3"), "personnummer", "is 13 at admission"),
        (placement_row(pnr("20080202", 986), place="3", admitted="2026-13-01 10:00"), "admitted", "YYYY-MM-DD HH:MM"),
        (placement_row(pnr("20080202", 986), place="3", gender="okänt"), "gender", "not one of"),
        (placement_row(pnr("20080202", 986), place="3", discharged="2026-02-01 10:00"), "discharge_reason", "is empty"),
    ],
)
def test_one_bad_row_among_good_ones_writes_nothing(services, manager, tmp_path, bad_row, field, reason):
    f = write_csv(tmp_path / "p.csv", PLACEMENT_COLUMNS, [*GOOD, bad_row])
    with pytest.raises(ValidationError) as err:
        services.imports.import_placements(manager, f)
    problems = err.value.problems
    assert [(p.line, p.field) for p in problems] == [(5, field)], problems
    assert reason in problems[0].reason
    assert _count(services, manager) == 0


def test_every_bad_row_is_reported(services, manager, tmp_path):
    rows = [GOOD[0], placement_row("12345", place="1"), GOOD[1], placement_row(pnr("20080202", 986), place="0")]
    with pytest.raises(ValidationError) as err:
        services.imports.import_placements(manager, write_csv(tmp_path / "p.csv", PLACEMENT_COLUMNS, rows))
    assert [p.line for p in err.value.problems] == [3, 5]


def test_overlap_with_a_stay_already_in_the_database(services, manager, tmp_path):
    services.imports.import_placements(manager, write_csv(tmp_path / "a.csv", PLACEMENT_COLUMNS, GOOD))
    clash = placement_row(pnr("20080505", 988), place="2", admitted="2026-06-10 10:00")
    with pytest.raises(ValidationError, match="already holds a registered stay"):
        services.imports.import_placements(manager, write_csv(tmp_path / "b.csv", PLACEMENT_COLUMNS, [clash]))


def test_header_problems_are_named(services, manager, tmp_path):
    f = write_csv(tmp_path / "p.csv", [c for c in PLACEMENT_COLUMNS if c != "place"] + ["plats"], [])
    with pytest.raises(ValidationError) as err:
        services.imports.import_placements(manager, f)
    reasons = " ".join(p.reason for p in err.value.problems)
    assert "missing column(s): place" in reasons and "unknown column(s): plats" in reasons


def test_file_that_is_not_utf8(services, manager, tmp_path):
    f = tmp_path / "p.csv"
    f.write_bytes(";".join(PLACEMENT_COLUMNS).encode() + "\nÅsa".encode("latin-1"))
    with pytest.raises(ValidationError, match="not UTF-8"):
        services.imports.import_placements(manager, f)


def test_staff_import(services, manager, tmp_path):
    rows = [
        ["Anna", "Björk", "treatment_assistant", "municipality", "100", "no"],
        ["Karin", "Falk", "physician", "region", "20%", "ja"],
        ["Tobias", "Vik", "treatment_assistant", "municipality", "", "no"],
    ]
    result = services.imports.import_staff(manager, write_csv(tmp_path / "s.csv", STAFF_HEADER, rows))
    assert result.created == 3
    staff = {s.last_name: s for s in services.staff.list_staff(manager)}
    assert staff["Falk"].fte_percent == 20 and staff["Falk"].weekdays_only
    assert staff["Vik"].is_temporary


def test_staff_import_bad_rows(services, manager, tmp_path):
    rows = [["Anna", "Björk", "cook", "municipality", "100", "no"], ["", "Falk", "physician", "county", "120", "maybe"]]
    with pytest.raises(ValidationError) as err:
        services.imports.import_staff(manager, write_csv(tmp_path / "s.csv", STAFF_HEADER, rows))
    assert [(p.line, p.field) for p in err.value.problems] == [
        (2, "role"),
        (3, "first_name"),
        (3, "employer"),
        (3, "fte_percent"),
        (3, "weekdays_only"),
    ]
    assert services.staff.list_staff(manager) == []


def test_a_bad_row_is_said_in_swedish_with_its_line(services, manager, tmp_path):
    """The problems of an imported row keep their code and values beside the line number, so the GUI and
    the command line say them in the user's language (they were re-made with the English text only)."""
    from hvbdesk.i18n.messages import describe

    wrong_check_digit = pnr("20080101")[:-1] + str((int(pnr("20080101")[-1]) + 1) % 10)
    rows = [
        placement_row(pnr("20070707", 984)),
        placement_row(wrong_check_digit, place="3"),
        placement_row(pnr("20060606", 986), place="42", admitted="2026-01-10"),
    ]
    with pytest.raises(ValidationError) as err:
        services.imports.import_placements(manager, write_csv(tmp_path / "p.csv", PLACEMENT_COLUMNS, rows))
    assert [(p.line, p.code) for p in err.value.problems] == [
        (3, "pnr_check_digit"),
        (4, "place_number"),
        (4, "time_format"),
    ]
    assert describe(err.value).splitlines() == [
        "rad 3: Personnummer: har fel kontrollsiffra; kontrollera de fyra sista siffrorna",
        "rad 4: Plats: '42' är inte ett platsnummer på hemmet (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)",
        "rad 4: Inskriven (admitted): '2026-01-10' är inte en tidpunkt skriven ÅÅÅÅ-MM-DD TT:MM (YYYY-MM-DD HH:MM)",
    ]


def _problems(services, manager, path) -> list[tuple[int | None, str, str]]:
    with pytest.raises(ValidationError) as err:
        services.imports.import_placements(manager, path)
    return [(p.line, p.field, p.code) for p in err.value.problems]


def test_a_discharge_in_the_future_is_refused(services, manager, tmp_path):
    """NOW is 2026-06-15 10:00: a stay 'discharged' tomorrow would show its place free today while
    admitting there is refused."""
    row = placement_row(pnr("20080101"), discharged="2026-06-16 10:00", reason="planned")
    path = write_csv(tmp_path / "p.csv", PLACEMENT_COLUMNS, [row])
    assert _problems(services, manager, path) == [(2, "discharged", "import_discharge_in_future")]
    assert services.residents.list_residents(manager) == []


def test_one_personnummer_with_two_names_in_a_file_is_refused_naming_both_lines(services, manager, tmp_path):
    number = pnr("20080101")
    rows = [
        placement_row(number, place="1", admitted="2026-01-10 10:00", discharged="2026-02-10 10:00", reason="planned"),
        placement_row(number, place="2", admitted="2026-03-10 10:00", first="Annan", last="Person"),
    ]
    path = write_csv(tmp_path / "p.csv", PLACEMENT_COLUMNS, rows)
    with pytest.raises(ValidationError) as err:
        services.imports.import_placements(manager, path)
    [problem] = err.value.problems
    assert (problem.line, problem.code, problem.args) == (3, "pnr_two_names_in_file", (2, "Testa Person"))
    assert services.residents.list_residents(manager) == []


@pytest.mark.parametrize("place", ["²", "٣", "3.0", "１"])
def test_a_number_field_takes_the_digits_0_to_9_only(services, manager, tmp_path, place):
    path = write_csv(tmp_path / "p.csv", PLACEMENT_COLUMNS, [placement_row(pnr("20080101"), place=place)])
    assert _problems(services, manager, path) == [(2, "place", "place_number")]


def test_a_staff_percentage_with_a_superscript_is_refused(services, manager, tmp_path):
    rows = [["Anna", "Björk", "treatment_assistant", "municipality", "10²", "no"]]
    with pytest.raises(ValidationError) as err:
        services.imports.import_staff(manager, write_csv(tmp_path / "s.csv", STAFF_HEADER, rows))
    assert [(p.line, p.code) for p in err.value.problems] == [(2, "fte_range")]


def test_a_name_with_a_control_character_is_refused(services, manager, tmp_path):
    """A carriage return in a name broke the roster CSV's row (Python's writer does not quote a bare CR);
    names refuse control characters wherever they come in."""
    path = tmp_path / "s.csv"
    path.write_text(
        ",".join(STAFF_HEADER) + "\n"
        '"Anna\rBritt",Björk,treatment_assistant,municipality,100,no\n'
        'Erik,"Dal\tström",treatment_assistant,municipality,100,no\n',
        encoding="utf-8",
        newline="",
    )
    with pytest.raises(ValidationError) as err:
        services.imports.import_staff(manager, path)
    assert [(p.line, p.field, p.code) for p in err.value.problems] == [
        (2, "first_name", "control_character"),
        (4, "last_name", "control_character"),  # the first record spans lines 2 and 3
    ]


def test_a_field_longer_than_the_csv_limit_is_a_problem_on_its_line(services, manager, tmp_path):
    rows = [placement_row(pnr("20080101")), placement_row(pnr("20070707", 984), first="A" * 140_000)]
    path = write_csv(tmp_path / "p.csv", PLACEMENT_COLUMNS, rows)
    assert _problems(services, manager, path) == [(3, "row", "field_too_long")]


def test_overlaps_within_the_file_are_found_in_any_order_for_a_place_and_for_a_person(services, manager, tmp_path):
    """The overlap check sorts instead of comparing every pair; what it finds must not depend on the rows'
    order: a long stay listed after two short ones in its place, and one person in two places at once."""
    long_stay = placement_row(pnr("20080101"), place="1", admitted="2026-01-01 10:00")  # still placed
    short = placement_row(
        pnr("20080202", 986), place="1", admitted="2026-02-01 10:00", discharged="2026-02-10 10:00", reason="planned"
    )
    after = placement_row(
        pnr("20080303", 987), place="2", admitted="2025-01-01 10:00", discharged="2025-02-01 10:00", reason="planned"
    )
    twice = placement_row(
        pnr("20080303", 987), place="3", admitted="2025-01-15 10:00", discharged="2025-01-20 10:00", reason="planned"
    )
    path = write_csv(tmp_path / "p.csv", PLACEMENT_COLUMNS, [short, after, long_stay, twice])
    assert _problems(services, manager, path) == [
        (4, "admitted", "overlaps_line_place"),
        (5, "admitted", "overlaps_line_person"),
    ]
    back_to_back = placement_row(
        pnr("20080404", 988), place="1", admitted="2026-02-10 10:00", discharged="2026-02-20 10:00", reason="planned"
    )
    path = write_csv(tmp_path / "q.csv", PLACEMENT_COLUMNS, [short, back_to_back])
    assert services.imports.import_placements(manager, path).created == 2  # one ends as the next begins


def test_the_steering_group_s_role_is_no_staff_role(services, manager, tmp_path):
    """One role enumeration for accounts and staff: a staff member is never given the steering group's role,
    which belongs to people outside the home."""
    rows = [["Sara", "Ek", "steering_viewer", "municipality", "100", "no"]]
    with pytest.raises(ValidationError) as err:
        services.imports.import_staff(manager, write_csv(tmp_path / "s.csv", STAFF_HEADER, rows))
    assert [(p.field, p.code) for p in err.value.problems] == [("role", "not_one_of")]
    assert "steering_viewer" not in err.value.problems[0].args[1]
