"""Exports cannot run code: a cell that a spreadsheet would read as a formula is written as text."""

from __future__ import annotations

import csv
import datetime as dt
import io

from hvbdesk.reports.csv_cells import neutral
from hvbdesk.roster.csv_out import roster_csv
from hvbdesk.roster.home import RosterStaff, build

NAMES = ["=cmd|' /C calc'!A0", "+SUM(1+1)", '@HYPERLINK("http://x")', "-2+3", "\tTab", "\rCR"]


def test_text_that_could_start_a_formula_gets_an_apostrophe():
    assert [neutral(n) for n in NAMES] == ["'" + n for n in NAMES]
    assert neutral("Anna Björk") == "Anna Björk" and neutral(480) == 480 and neutral("") == ""


def test_staff_named_like_formulas_come_out_of_the_roster_csv_as_text():
    names = NAMES[:-1]  # a carriage return inside a name is a matter for the name's own validation
    staff = [RosterStaff(f"s{i}", name, "treatment_assistant", 100, False) for i, name in enumerate(names)]
    home = build(dt.date(2026, 11, 23), 1, staff)
    rows = list(csv.reader(io.StringIO(roster_csv(home, {f"s{i}": {0: "D"} for i in range(len(names))}))))
    assert sorted(row[1] for row in rows[1:]) == sorted("'" + n for n in names)
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)
