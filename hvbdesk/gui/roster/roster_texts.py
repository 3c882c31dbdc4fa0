"""Rule breaks on the roster said as plain sentences, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hvbdesk.roster.sheet import BASE, RosterSheet, SheetViolation


def rule_name(rule: str) -> str:
    names = {
        "day_off": QCoreApplication.translate("RosterTexts", "Absent or off"),
        "succession": QCoreApplication.translate("RosterTexts", "Daily rest"),
        "max_minutes": QCoreApplication.translate("RosterTexts", "Hours"),
        "max_consecutive": QCoreApplication.translate("RosterTexts", "Days in a row"),
        "max_in_a_row": QCoreApplication.translate("RosterTexts", "Nights in a row"),
        "weekly_rest": QCoreApplication.translate("RosterTexts", "Weekly rest"),
        "max_weekends": QCoreApplication.translate("RosterTexts", "Weekends"),
        "weekend_edge": QCoreApplication.translate("RosterTexts", "Weekends"),
        "locked": QCoreApplication.translate("RosterTexts", "Locked cell"),
        "role": QCoreApplication.translate("RosterTexts", "Role"),
        "unknown_shift": QCoreApplication.translate("RosterTexts", "Unknown shift"),
    }
    return names.get(rule, rule)


def day_text(sheet: RosterSheet, day: int | None) -> str:
    if day is None:
        return ""
    date = sheet.date(day)
    if sheet.kind == BASE:
        return (
            QCoreApplication.translate("RosterTexts", "week %1 %2")
            .replace("%1", str(day // 7 + 1))
            .replace("%2", weekday_short(date.weekday()))
        )
    return f"{weekday_short(date.weekday())} {date.day}/{date.month}"


def sentence(sheet: RosterSheet, found: SheetViolation) -> str:
    v, rules = found.violation, sheet.home.rules
    name = sheet.home.staff[v.employee].name
    when = day_text(sheet, v.day)
    shift = sheet.shift_at(v.employee, v.day) if v.day is not None else None
    shift_name = sheet.home.shifts[shift].name if shift in sheet.home.shifts else (shift or "")
    texts = {
        "day_off": QCoreApplication.translate(
            "RosterTexts", "%name has %shift on %when but is absent or off that day."
        ),
        "succession": QCoreApplication.translate(
            "RosterTexts", "%name: %shift on %when and the next shift leave less than %n hours' daily rest."
        ),
        "max_minutes": QCoreApplication.translate(
            "RosterTexts", "%name is rostered %h hours; the target is at most %t hours."
        ),
        "max_consecutive": QCoreApplication.translate(
            "RosterTexts", "%name works more than %n days in a row from %when."
        ),
        "max_in_a_row": QCoreApplication.translate(
            "RosterTexts", "%name works more than %n nights in a row from %when."
        ),
        "weekly_rest": QCoreApplication.translate(
            "RosterTexts",
            "%name has no %n hours' rest in a row in week %week (from %when); the longest rest inside it is %rest.",
        ),
        "max_weekends": QCoreApplication.translate("RosterTexts", "%name works more weekends than every %n."),
        "weekend_edge": QCoreApplication.translate(
            "RosterTexts",
            "%name works the weekend of %when, next to a weekend worked in the roster before or after; at most "
            "every %n.",
        ),
        "locked": QCoreApplication.translate("RosterTexts", "%name: the cell on %when is locked to another shift."),
        "role": QCoreApplication.translate(
            "RosterTexts", "%name may not work %shift (%when): the shift is for other roles."
        ),
        "unknown_shift": QCoreApplication.translate("RosterTexts", "%name: '%code' on %when is not a shift type."),
    }
    numbers = {
        "succession": rules.daily_rest_hours,
        "max_consecutive": rules.max_consecutive_days,
        "max_in_a_row": rules.max_nights_in_a_row,
        "weekly_rest": rules.weekly_rest_hours,
        "max_weekends": rules.weekends_every,
        "weekend_edge": rules.weekends_every,
    }
    text = texts.get(v.rule, QCoreApplication.translate("RosterTexts", "%name breaks the rule %rule."))
    target = sheet.target(v.employee)
    return (
        text.replace("%name", name)
        .replace("%when", when)
        .replace("%shift", shift_name)
        .replace("%code", v.detail)
        .replace("%n", str(numbers.get(v.rule, "")))
        .replace("%h", f"{sheet.minutes(v.employee) / 60:.0f}")
        .replace("%t", f"{(target or 0) / 60:.0f}")
        .replace("%rule", v.rule)
        .replace("%week", str(sheet.date(v.day).isocalendar().week) if v.day is not None else "")
        .replace("%rest", _duration(int(v.detail)) if v.rule == "weekly_rest" and v.detail.isdigit() else "")
    )


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def edges_text(edges: tuple[str, str]) -> str:
    """Where the shifts just before and after the period come from, which the rules are applied across."""
    words = {
        "saved": QCoreApplication.translate("RosterTexts", "the saved roster"),
        "base": QCoreApplication.translate("RosterTexts", "the base schedule (nothing saved)"),
        "none": QCoreApplication.translate("RosterTexts", "nothing known, the rules stop at the edge"),
    }
    if edges[0] == edges[1]:
        return QCoreApplication.translate("RosterTexts", "Weeks before and after: %1").replace("%1", words[edges[0]])
    return (
        QCoreApplication.translate("RosterTexts", "Week before: %1 · week after: %2")
        .replace("%1", words[edges[0]])
        .replace("%2", words[edges[1]])
    )


def weekday_short(weekday: int) -> str:
    names = [
        QCoreApplication.translate("RosterTexts", "Mon"),
        QCoreApplication.translate("RosterTexts", "Tue"),
        QCoreApplication.translate("RosterTexts", "Wed"),
        QCoreApplication.translate("RosterTexts", "Thu"),
        QCoreApplication.translate("RosterTexts", "Fri"),
        QCoreApplication.translate("RosterTexts", "Sat"),
        QCoreApplication.translate("RosterTexts", "Sun"),
    ]
    return names[weekday]


def absence_short(kind: str) -> str:
    return {
        "vacation": QCoreApplication.translate("RosterTexts", "Vac"),
        "sick_leave": QCoreApplication.translate("RosterTexts", "Sick"),
        "parental_leave": QCoreApplication.translate("RosterTexts", "Par"),
        "training": QCoreApplication.translate("RosterTexts", "Trn"),
    }.get(kind, kind)


def absence_name(kind: str) -> str:
    return {
        "vacation": QCoreApplication.translate("RosterTexts", "Vacation"),
        "sick_leave": QCoreApplication.translate("RosterTexts", "Sick leave"),
        "parental_leave": QCoreApplication.translate("RosterTexts", "Parental leave"),
        "training": QCoreApplication.translate("RosterTexts", "Training"),
    }.get(kind, kind)


def wish_text(shift_name: str | None, want: bool) -> str:
    """A wish as the grid's tooltip and the cell menu say it (shift_name None: the whole day)."""
    if shift_name is None:
        return (
            QCoreApplication.translate("RosterTexts", "Wishes a day off")
            if want
            else QCoreApplication.translate("RosterTexts", "Wishes to work")
        )
    text = (
        QCoreApplication.translate("RosterTexts", "Wishes %1")
        if want
        else QCoreApplication.translate("RosterTexts", "Wishes to avoid %1")
    )
    return text.replace("%1", shift_name)


def differences(mine: RosterSheet, theirs: RosterSheet) -> tuple[str, str]:
    """The cells where two versions of one roster differ, a line each ('Anna Björk, mån 3/8: D'), for the
    side-by-side comparison when someone saved the roster after it was opened here."""
    off = QCoreApplication.translate("RosterTexts", "off")
    mine_lines, theirs_lines = [], []
    for staff_id, person in mine.home.staff.items():
        for day in range(mine.days):
            a, b = mine.shift_at(staff_id, day), theirs.shift_at(staff_id, day)
            if a != b:
                where = f"{person.name}, {day_text(mine, day)}: "
                mine_lines.append(where + (a or off))
                theirs_lines.append(where + (b or off))
    return "\n".join(mine_lines), "\n".join(theirs_lines)
