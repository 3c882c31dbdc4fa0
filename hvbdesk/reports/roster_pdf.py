"""The roster for the staff-room wall: landscape, two weeks a page, ISO weeks, holidays, hours."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from hvbdesk.domain import public_holidays
from hvbdesk.reports.pdf_base import PageFrame, build, para, style

WEEKDAYS = ["Mån", "Tis", "Ons", "Tor", "Fre", "Lör", "Sön"]
SHIFT_COLOURS = {"D": "#dbeaf3", "K": "#fde9cf", "N": "#e2dcf3", "O": "#e4f2e1"}


ABSENT = "Frånv."  # never the kind: a sick leave pinned on the staff-room wall would be health data for all to read


EDGE_WORDS = {
    "saved": "det sparade schemat",
    "base": "grundschemat (inget sparat)",
    "none": "inget känt – reglerna prövas inte över gränsen",
}
EDGE_LINE = "Dygnsvila, veckovila och dagar i rad prövas mot veckan före ({}) och veckan efter ({})."


def roster_pdf(
    home,
    assignment,
    gaps: list,
    explanation: list[str],
    *,
    demo: bool,
    absent: frozenset[tuple[str, int]] = frozenset(),
    edges: tuple[str, str] | None = None,
) -> bytes:
    public = public_holidays.swedish((d.year for d in home.dates), language="sv")
    demanded = [code for code in home.shifts if any(s == code for _, s in home.minimum)]
    names = sorted(home.staff.values(), key=lambda m: (m.role != "treatment_assistant", m.name))
    small, bold = style(7.5), style(7.5, bold=True)
    away = style(6.5, color=colors.HexColor("#6b7785"))
    story = []
    for page_start in range(0, len(home.dates), 14):
        days = list(range(page_start, min(page_start + 14, len(home.dates))))
        first, last = home.dates[days[0]], home.dates[days[-1]]
        weeks = sorted({home.dates[d].isocalendar().week for d in days})
        story.append(
            para(
                f"Schema {first:%Y-%m-%d} – {last:%Y-%m-%d} (v. {', '.join(map(str, weeks))})",
                style(13, bold=True, space_after=6),
            )
        )
        if edges is not None and page_start == 0:
            story.append(para(EDGE_LINE.format(*(EDGE_WORDS[e] for e in edges)), small))
        header = (
            [para("Personal", bold)]
            + [para(f"{WEEKDAYS[home.dates[d].weekday()]}\n{home.dates[d]:%d/%m}", bold) for d in days]
            + [para("Timmar", bold)]
        )
        rows = [header]
        for member in names:
            mine = assignment.get(member.id, {})
            minutes = sum(home.shifts[mine[d]].paid_minutes for d in days if d in mine)
            cells = [
                para(mine[d], small) if d in mine else para(ABSENT if (member.id, d) in absent else "", away)
                for d in days
            ]
            rows.append([para(member.name, small)] + cells + [para(f"{minutes / 60:.1f}", small)])
        cover = (
            [f"Bemanning ({'/'.join(demanded)})"]
            + [
                "/".join(str(sum(1 for m in names if assignment.get(m.id, {}).get(d) == code)) for code in demanded)
                for d in days
            ]
            + [""]
        )
        rows.append([para(c, small) for c in cover])
        col = (277 - 40 - 16) / len(days) * mm
        table = Table(rows, colWidths=[40 * mm] + [col] * len(days) + [16 * mm], repeatRows=1)
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b8c3cf")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ebf0")),
            ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f5f8")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ]
        for i, d in enumerate(days, start=1):
            day = home.dates[d]
            if day in public or day.weekday() >= 5:
                commands.append(
                    ("BACKGROUND", (i, 0), (i, 0), colors.HexColor("#f6d5d0" if day in public else "#dde3ea"))
                )
            for r, member in enumerate(names, start=1):
                code = assignment.get(member.id, {}).get(d)
                if code in SHIFT_COLOURS:
                    commands.append(("BACKGROUND", (i, r), (i, r), colors.HexColor(SHIFT_COLOURS[code])))
        table.setStyle(TableStyle(commands))
        story += [table, Spacer(1, 3 * mm)]
        legend = " · ".join(f"{s.code} = {s.name} {s.start:%H:%M}–{s.end:%H:%M}" for s in home.shifts.values())
        holidays_here = [f"{home.dates[d]:%d/%m} {public.get(home.dates[d])}" for d in days if home.dates[d] in public]
        story.append(para(legend + (" · Helgdagar: " + ", ".join(holidays_here) if holidays_here else ""), small))
        story.append(PageBreak())
    if gaps:
        story.append(para("Obemannade pass", style(13, bold=True, space_after=6)))
        story += [para(line, style(10)) for line in explanation]
        story.append(
            para(
                ", ".join(
                    f"{home.dates[g.date_index]:%d/%m} {home.shifts[g.shift].name}"
                    + (f" ×{g.missing}" if g.missing > 1 else "")
                    for g in gaps
                ),
                style(9),
            )
        )
    elif story:
        story.pop()  # no trailing empty page
    return build(PageFrame("Schema", demo), story, margins_mm=10, pagesize=landscape(A4))
