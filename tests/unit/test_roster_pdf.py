"""The wall roster's text: ISO weeks, Swedish holiday names, hours, the cover row, DEMO, the shortfall."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from hvbdesk.reports.roster_pdf import roster_pdf
from hvbdesk.roster.home import RosterStaff, build
from hvbdesk.roster.shortfall import explain, gaps


def test_the_wall_roster_over_christmas_reads_in_swedish():
    staff = [RosterStaff(f"ta{i}", f"Assistent {i}", "treatment_assistant", 100, False) for i in range(2)]
    home = build(dt.date(2026, 12, 21), 2, staff)
    assignment = {"ta0": {0: "D", 4: "N"}, "ta1": {1: "K"}}
    pdf = roster_pdf(home, assignment, gaps(home, assignment), explain(home, assignment), demo=True)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "(v. 52, 53)" in text
    assert "25/12 Juldagen" in text and "26/12 Annandag jul" in text and "Christmas" not in text
    assert "Bemanning (D/K/N)" in text and "18.0" in text  # 8 h day + 10 h night
    assert "DEMO" in text and "Obemannade pass" in text
