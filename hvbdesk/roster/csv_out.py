"""The roster as CSV (DESIGN.md): date,staff,role,shift,start,end,break_minutes — one row per shift."""

from __future__ import annotations

import datetime as dt
import io

from hvbdesk.reports.csv_cells import csv_writer


def roster_csv(home, assignment) -> str:
    out = io.StringIO()
    writer = csv_writer(out, lineterminator="\n")
    writer.writerow(["date", "staff", "role", "shift", "start", "end", "break_minutes"])
    rows = []
    for employee, days in assignment.items():
        member = home.staff[employee]
        for index, code in days.items():
            shift = home.shifts[code]
            day = home.dates[index]
            start_min, end_min = shift.span
            start = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=start_min)
            end = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=end_min)
            rows.append(
                (
                    day,
                    member.name,
                    member.role,
                    shift.name,
                    f"{start:%Y-%m-%d %H:%M}",
                    f"{end:%Y-%m-%d %H:%M}",
                    shift.break_minutes,
                )
            )
    for row in sorted(rows, key=lambda r: (r[0], r[4], r[1])):
        writer.writerow([row[0].isoformat(), *row[1:]])
    return out.getvalue()
