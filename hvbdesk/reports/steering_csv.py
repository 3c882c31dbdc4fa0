"""The steering report's figures in long form, one figure a row: (section, key, value). Keys are lower
case; money is whole kronor, ratios are decimals with a point; a suppressed count of persons is "<3" or
"x". The README documents every section."""

from __future__ import annotations

from hvbdesk.domain.enums import GoalResult, ReferralDecision
from hvbdesk.reports.steering_figures import SteeringFigures
from hvbdesk.reports.suppression import HIDDEN, suppress

HEADER = ("section", "key", "value")
Row = tuple[str, str, object]


def _ratio(value: float) -> str:
    return f"{value:.3f}"


def long_rows(f: SteeringFigures) -> list[Row]:
    rows: list[Row] = [
        ("period", "first", f.first.isoformat()),
        ("period", "last", f.last.isoformat()),
        ("period", "dates", f.dates),
    ]
    for m in f.municipalities:
        rows.append(("care_days", m.code, m.care_days))
    rows.append(("care_days", "total", f.total_care_days))
    for kind, days in f.care_days.items():
        rows.append(("care_days_by_kind", kind.value, days))
    for m in f.municipalities:
        rows += [("care_days_member", m.code, m.member_days), ("care_days_non_member", m.code, m.non_member_days)]
    for m in f.municipalities:
        rows.append(("admissions", m.code, m.admissions))
    rows.append(("admissions", "total", f.admissions))
    for key in ("ordinary", "acute", "total"):
        rows.append(("occupancy", key, _ratio(f.occupancy[key])))
    for month in f.months:
        rows.append(("occupancy_month", month.month.strftime("%Y-%m"), _ratio(month.total)))
    for m in f.municipalities:
        rows.append(("fee_revenue", m.code, m.revenue))
    money = f.money
    rows += [
        ("fee_revenue", "total", money.revenue),
        ("budgeted_cost", "total", money.budgeted_cost),
        ("result", "total", money.result),
        ("break_even_fee", "total", money.break_even_fee),
        ("day_fee", "member", money.fees_at_end[0]),
        ("day_fee", "non_member", money.fees_at_end[1]),
    ]
    for code in sorted(money.populations_at_end):
        rows.append(("deficit_share", code, money.deficit_shares.get(code, 0)))
    for code, _, everyone, fewer in f.example.rows:
        rows.append(("example_share_all", code, everyone))
        if fewer is not None:
            rows.append(("example_share_without_2082_2029", code, fewer))
    s = f.stays
    rows += [
        ("stays", "ordinary_completed", s.ordinary_completed),
        *[("stays", f"ordinary_{k}", v) for k, v in s.ordinary_lengths.items()],
        ("stays", "acute_completed", s.acute_completed),
        *[("stays", f"acute_{k}", v) for k, v in s.acute_lengths.items()],
        ("stays", "acute_extended", s.extended),
        ("stays", "discharges_planned", s.planned),
        ("stays", "discharges_unplanned", s.unplanned),
        *[("stays", f"destination_{k}", v) for k, v in sorted(s.destinations.items())],
    ]
    d = f.demand
    rows.append(("referrals", "received", d.received))
    rows += [("referrals", decision.value, d.decisions[decision]) for decision in ReferralDecision]
    rows += [("referrals", f"declined_{k}", v) for k, v in sorted(d.declined_by_reason.items())]
    q = f.quality
    rows += [
        ("quality", "plans_due", q.plans_due),
        ("quality", "plans_on_time", q.plans_on_time),
        ("quality", "plans_late", q.plans_late),
        ("quality", "plans_missing", q.plans_missing),
        ("quality", "followups", q.followups),
        ("quality", "followups_on_time", q.followups_on_time),
        ("quality", "followups_overdue_at_end", q.followups_overdue_at_end),
        *[("quality", f"goals_{r.value}", q.goals[r]) for r in GoalResult],
        ("quality", "stays_at_end", q.stays_at_end),
        ("quality", "with_sip", q.with_sip),
        ("quality", "with_valid_consent", q.with_valid_consent),
    ]
    for deviation, (opened, closed) in q.deviations.items():
        rows += [
            ("deviations", f"{deviation.value}_open", opened),
            ("deviations", f"{deviation.value}_closed", closed),
        ]
    rows += [("deviations", "lex_sarah", q.lex_sarah), ("deviations", "region_reported", q.region_reported)]
    for table in f.people:
        shown = suppress(table.grid)
        sexes = ("female", "male", "total")
        columns = [c.lower().replace("–", "-") for c in table.columns] + ["total"]
        for r, sex in enumerate(sexes):
            for c, column in enumerate(columns):
                value = shown[(r, c)]
                cell: object = "x" if value == HIDDEN else int(value) if value.isdigit() else value
                rows.append((f"people_{table.title}", f"{sex}_{column}", cell))
    st = f.staffing
    rows += [
        ("staffing", "positions_municipality", f"{st.positions[False]:.2f}"),
        ("staffing", "positions_region", f"{st.positions[True]:.2f}"),
        ("staffing", "temporary_people", st.temporary_people),
        ("staffing", "roster_days", st.roster_days),
        ("staffing", "rostered_hours", round(st.rostered_hours)),
        ("staffing", "demanded_hours", round(st.demanded_hours)),
        ("staffing", "temporary_hours", round(st.temporary_hours)),
    ]
    return rows
