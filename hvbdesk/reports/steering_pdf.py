"""The steering report as a PDF: a one-page summary, the charts, then the tables. Built only from
SteeringFigures, which holds no person; the people tables are printed suppressed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from hvbdesk import HOME_NAME
from hvbdesk.domain.enums import GoalResult, PlaceKind, ReferralDecision
from hvbdesk.domain.municipalities import EXAMPLE_LEFT_OUT, EXAMPLE_MUNICIPALITY, EXAMPLE_SHARE_WITHOUT
from hvbdesk.reports import charts
from hvbdesk.reports import steering_labels as words
from hvbdesk.reports.pdf_base import PageFrame, build, para, style
from hvbdesk.reports.steering_figures import PLANNED_POSITIONS, TARGET_OCCUPANCY, SteeringFigures
from hvbdesk.reports.suppression import HIDDEN, SMALL, suppress
from hvbdesk.reports.sv_format import kronor, number, percent, signed_kronor

NO_PERSONS = "Innehåller inga personuppgifter"
WIDTH = 170 * mm
GRID = colors.HexColor("#c8ccd2")
HEAD = colors.HexColor("#e8edf3")


@dataclass(frozen=True)
class ReportContext:
    """What the report says about itself besides its figures."""

    printed_on: dt.date
    demo: bool
    members_at_end: list[tuple[str, int, str]]  # name, population, source
    operation_start: dt.date


def period_text(first: dt.date, last: dt.date) -> str:
    return f"{first.isoformat()} – {last.isoformat()}"


def steering_pdf(f: SteeringFigures, ctx: ReportContext) -> bytes:
    frame = PageFrame("Rapport till styrgruppen " + period_text(f.first, f.last), ctx.demo, NO_PERSONS)
    story = _summary(f, ctx) + [PageBreak()] + _charts(f) + _tables(f, ctx)
    return build(frame, story)


# --- page 1 -------------------------------------------------------------------------------------


def _summary(f: SteeringFigures, ctx: ReportContext) -> list:
    h1, small, body = style(18, bold=True, space_after=2), style(9, color=colors.HexColor("#444444")), style(10)
    money = f.money
    result_word = "Överskott" if money.result >= 0 else "Underskott"
    cards = [
        ("Beläggning", percent(f.occupancy["total"]), f"mål {percent(TARGET_OCCUPANCY, 0)}"),
        ("Vårddygn", number(f.total_care_days), f"{number(f.dates)} dagar × {number(sum(f.places.values()))} platser"),
        ("Inskrivningar", number(f.admissions), f"{number(f.people_count)} ungdomar vårdade"),
        ("Avgiftsintäkter", kronor(money.revenue), "vårddygn × dygnsavgift"),
        ("Budgeterad kostnad", kronor(money.budgeted_cost), "årsbudget × periodens andel"),
        (result_word, kronor(abs(money.result)), "intäkter − budgeterad kostnad"),
    ]
    story: list = [
        para("Rapport till styrgruppen", h1),
        para(
            f"{HOME_NAME} · period {period_text(f.first, f.last)} ({number(f.dates)} dagar) · "
            f"utskriven {ctx.printed_on.isoformat()}",
            small,
        ),
        Spacer(1, 5 * mm),
        _cards(cards),
        Spacer(1, 5 * mm),
        para("Sammanfattning", style(12, bold=True)),
    ]
    story += [para("• " + line, body) for line in _sentences(f)]
    if f.last > ctx.printed_on:
        story.append(
            para(
                f"Perioden är inte slut när rapporten skrivs ut ({ctx.printed_on.isoformat()}): pågående vistelser "
                "är räknade till periodens sista dag, som om de fortsätter.",
                style(9, color=colors.HexColor("#a04000")),
            )
        )
    story += [Spacer(1, 4 * mm), para("Beläggning per månad", style(11, bold=True))]
    story.append(_occupancy_chart(f))
    return story


def _cards(cards: list[tuple[str, str, str]]) -> Table:
    cells = []
    for title, value, note in cards:
        cells.append(
            [
                para(title, style(8.5, color=colors.HexColor("#555555"), space_after=1)),
                para(value, style(15, bold=True, space_after=1)),
                para(note, style(7.5, color=colors.HexColor("#666666"), space_after=0)),
            ]
        )
    rows = [cells[0:3], cells[3:6]]
    table = Table(rows, colWidths=[WIDTH / 3] * 3)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6f8fa")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _sentences(f: SteeringFigures) -> list[str]:
    money, q = f.money, f.quality
    occ = f.occupancy
    lines = [
        f"Beläggningen var {percent(occ['total'])} ({percent(occ['ordinary'])} på ordinarie platser, "
        f"{percent(occ['acute'])} på akutplatserna) mot de {percent(TARGET_OCCUPANCY, 0)} som dygnsavgiften bygger på."
    ]
    if money.result >= 0:
        lines.append(
            f"Avgiftsintäkterna översteg den budgeterade kostnaden med {kronor(money.result)}; "
            "ett överskott hanteras av styrgruppen."
        )
    else:
        lines.append(
            f"Avgiftsintäkterna understeg den budgeterade kostnaden med {kronor(-money.result)}; "
            f"underskottet fördelas på {len(money.deficit_shares)} samverkanskommuner efter befolkning "
            "(tabell 3)."
        )
    lines.append(
        f"Självkostnaden per vårddygn vid {percent(TARGET_OCCUPANCY, 0)} beläggning är "
        f"{kronor(money.break_even_fee)}; dygnsavgiften för samverkanskommuner var "
        f"{kronor(money.fees_at_end[0])} vid periodens slut."
    )
    d = f.demand
    lines.append(
        f"{number(d.received)} förfrågningar kom in; {number(d.decisions[ReferralDecision.ACCEPTED])} antogs, "
        f"{number(d.decisions[ReferralDecision.DECLINED])} avböjdes och "
        f"{number(d.decisions[ReferralDecision.WAITING])} står på väntelista."
    )
    if q.plans_due:
        lines.append(f"{number(q.plans_on_time)} av {number(q.plans_due)} genomförandeplaner upprättades i tid.")
    open_dev = sum(o for o, _ in q.deviations.values())
    all_dev = sum(o + c for o, c in q.deviations.values())
    lines.append(
        f"{number(all_dev)} avvikelser registrerades, varav {number(open_dev)} ännu inte är utredda och avslutade."
    )
    return lines


def _occupancy_chart(f: SteeringFigures):
    months = f.months
    if len(months) <= 24:
        labels = [m.month.strftime("%m/%y") if len(months) > 12 else _MONTHS[m.month.month - 1] for m in months]
        return charts.occupancy_bars(
            labels, [m.ordinary for m in months], [m.acute for m in months], TARGET_OCCUPANCY, WIDTH
        )
    years: dict[int, list] = {}
    for m in months:
        years.setdefault(m.month.year, []).append(m)
    o_places, a_places = f.places.get(PlaceKind.ORDINARY, 0), f.places.get(PlaceKind.ACUTE, 0)

    def ratio(ms, i, places):
        dates = sum(m.dates for m in ms)
        return sum(m.care_days[i] for m in ms) / (places * dates) if places and dates else 0.0

    return charts.occupancy_bars(
        [str(y) for y in years],
        [ratio(ms, 0, o_places) for ms in years.values()],
        [ratio(ms, 1, a_places) for ms in years.values()],
        TARGET_OCCUPANCY,
        WIDTH,
    )


_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


# --- charts -------------------------------------------------------------------------------------


def _charts(f: SteeringFigures) -> list:
    h2 = style(12, bold=True)
    ms = f.municipalities
    return [
        para("Vårddygn per placerande kommun", h2),
        charts.municipality_bars(
            [m.name for m in ms], [m.member_days for m in ms], [m.non_member_days for m in ms], WIDTH
        )
        if ms
        else para("Inga vårddygn under perioden.", style(10)),
        Spacer(1, 6 * mm),
        para("Intäkter och budgeterad kostnad", h2),
        charts.money_bars(f.money.revenue, f.money.budgeted_cost, WIDTH),
        Spacer(1, 4 * mm),
    ]


# --- tables -------------------------------------------------------------------------------------


INDENT = "\u00a0" * 4  # a sub-row, indented (a paragraph drops plain spaces)


def _table(
    header: list[str],
    rows: list[list[str]],
    widths: Sequence[float],
    *,
    total: bool = False,
    align_from: int = 1,
    text_columns: frozenset[int] = frozenset(),
) -> Table:
    """Text in the first columns, figures right-aligned from `align_from` on (but `text_columns`)."""

    def is_text(j: int) -> bool:
        return j < align_from or j in text_columns

    head_left, head_right = style(8.5, bold=True, space_after=0), style(8.5, bold=True, space_after=0)
    head_right.alignment = TA_RIGHT
    head = [para(h, head_left if is_text(j) else head_right) for j, h in enumerate(header)]
    body = [
        [
            para(c, style(8.5, bold=total and i == len(rows) - 1, space_after=0)) if is_text(j) else c
            for j, c in enumerate(r)
        ]
        for i, r in enumerate(rows)
    ]
    table = Table([head] + body, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("FONTNAME", (0, 1), (-1, -1), "DejaVu"),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
        ("ALIGN", (align_from, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total and rows:
        commands += [
            ("FONTNAME", (0, -1), (-1, -1), "DejaVu-Bold"),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _section(number_: int, title: str, *flowables, note: str = "") -> KeepTogether:
    parts = [para(f"Tabell {number_}. {title}", style(11, bold=True, space_after=3)), *flowables]
    if note:
        parts.append(para(note, style(7.5, color=colors.HexColor("#555555"), space_after=0)))
    parts.append(Spacer(1, 5 * mm))
    return KeepTogether(parts)


def _tables(f: SteeringFigures, ctx: ReportContext) -> list:
    return [
        CondPageBreak(60 * mm),
        _occupancy_table(f),
        _municipality_table(f),
        _deficit_table(f, ctx),
        _example_table(f),
        _stays_table(f),
        _demand_table(f),
        _quality_table(f),
        *_people_tables(f),
        _staffing_table(f),
        _basis_table(f, ctx),
    ]


def _occupancy_table(f: SteeringFigures) -> KeepTogether:
    rows = []
    for kind in PlaceKind:
        places = f.places.get(kind, 0)
        rows.append(
            [
                words.KIND[kind],
                number(places),
                number(f.care_days[kind]),
                number(places * f.dates),
                percent(f.occupancy["ordinary" if kind is PlaceKind.ORDINARY else "acute"]),
            ]
        )
    total_places = sum(f.places.values())
    rows.append(
        [
            "Totalt",
            number(total_places),
            number(f.total_care_days),
            number(total_places * f.dates),
            percent(f.occupancy["total"]),
        ]
    )
    return _section(
        1,
        "Beläggning",
        _table(["", "Platser", "Vårddygn", "Möjliga vårddygn", "Beläggning"], rows, [50, 25, 30, 35, 30], total=True),
        note="Ett vårddygn är ett datum D då den unga bor kvar natten till D+1 (inskriven ≤ D < utskriven); "
        "en vistelse som börjar och slutar samma dag räknas som ett vårddygn.",
    )


def _municipality_table(f: SteeringFigures) -> KeepTogether:
    rows = [
        [
            m.name + ("" if m.member_at_end else " *"),
            number(m.member_days),
            number(m.non_member_days),
            number(m.care_days),
            number(m.admissions),
            kronor(m.revenue),
        ]
        for m in f.municipalities
    ]
    rows.append(
        [
            "Totalt",
            number(sum(m.member_days for m in f.municipalities)),
            number(sum(m.non_member_days for m in f.municipalities)),
            number(f.total_care_days),
            number(f.admissions),
            kronor(f.money.revenue),
        ]
    )
    return _section(
        2,
        "Vårddygn, inskrivningar och avgiftsintäkter per placerande kommun",
        _table(
            [
                "Kommun",
                "Vårddygn, medlem",
                "Vårddygn, övrig",
                "Vårddygn totalt",
                "Inskrivningar",
                "Avgiftsintäkt",
            ],
            rows,
            [30, 25, 25, 25, 29, 36],
            total=True,
        ),
        note="* ej samverkanskommun vid periodens slut. Varje vårddygn debiteras med den dygnsavgift som "
        "gällde det datumet för kommunen (samverkanskommun eller övrig kommun).",
    )


def _deficit_table(f: SteeringFigures, ctx: ReportContext) -> KeepTogether:
    m = f.money
    rows = [
        ["Avgiftsintäkter", kronor(m.revenue)],
        ["Budgeterad kostnad", kronor(m.budgeted_cost)],
        ["Resultat", signed_kronor(m.result)],
        [f"Självkostnad per vårddygn vid {percent(TARGET_OCCUPANCY, 0)} beläggning", kronor(m.break_even_fee)],
        ["Kostnad per faktiskt vårddygn", kronor(m.cost_per_care_day) if m.cost_per_care_day else "–"],
    ]
    parts: list = [_table(["", "Belopp"], rows, [110, 60])]
    if m.deficit_shares:
        names = {code: name for code, name, *_ in f.example.rows}
        share_rows = [
            [names.get(code, code), number(m.populations_at_end.get(code, 0)), kronor(kr)]
            for code, kr in sorted(m.deficit_shares.items(), key=lambda kv: names.get(kv[0], kv[0]))
        ]
        share_rows.append(
            ["Totalt", number(sum(m.populations_at_end.values())), kronor(sum(m.deficit_shares.values()))]
        )
        parts += [
            Spacer(1, 3 * mm),
            para("Underskottets fördelning efter befolkning", style(9.5, bold=True)),
            _table(["Samverkanskommun", "Befolkning", "Andel av underskottet"], share_rows, [70, 40, 60], total=True),
        ]
    else:
        parts.append(para("Inget underskott att fördela: överskott beslutas av styrgruppen.", style(9)))
    return _section(
        3,
        "Ekonomi",
        *parts,
        note="Budgeterad kostnad = årsbudgeten som gällde × periodens dagar / årets dagar. Ett underskott "
        "fördelas på de kommuner som är med i samverkan periodens sista dag, efter befolkning.",
    )


def _example_table(f: SteeringFigures) -> KeepTogether:
    ex = f.example
    rows = [
        [name, kronor(all_), kronor(fewer) if fewer is not None else "står utanför"] for _, name, all_, fewer in ex.rows
    ]
    rows.append(["Totalt", kronor(sum(r[2] for r in ex.rows)), kronor(sum(r[3] or 0 for r in ex.rows))])
    own = next((r for r in ex.rows if r[0] == EXAMPLE_MUNICIPALITY), None)
    left = " och ".join(n for c, n, *_ in ex.rows if c in EXAMPLE_LEFT_OUT)
    note = (
        f"Samma fasta belopp ({kronor(ex.total)}) fördelat efter befolkning på alla Dalarnas kommuner och utan "
        f"{left}. Underlaget från 2025 anger för {own[1] if own else ''} {kronor(own[2] if own else 0)} respektive "
        f"{kronor(EXAMPLE_SHARE_WITHOUT)}; här blir det {kronor(own[3] or 0 if own else 0)} med de "
        "befolkningstal som är registrerade."
    )
    return _section(
        4,
        "Fördelningsnyckeln: exemplet ur underlaget",
        _table(["Kommun", "Alla kommuner", f"Utan {left}"], rows, [60, 50, 60], total=True),
        note=note,
    )


def _stays_table(f: SteeringFigures) -> KeepTogether:
    s = f.stays
    low, high = f.ordinary_weeks
    rows = [
        ["Avslutade ordinarie vistelser", number(s.ordinary_completed)],
        [INDENT + words.ORDINARY_LENGTH["shorter"] % low, number(s.ordinary_lengths["shorter"])],
        [INDENT + words.ORDINARY_LENGTH["within"] % (low, high), number(s.ordinary_lengths["within"])],
        [INDENT + words.ORDINARY_LENGTH["longer"] % high, number(s.ordinary_lengths["longer"])],
        [
            INDENT + "Median vårdtid (veckor)",
            number(s.ordinary_median_weeks, 1) if s.ordinary_median_weeks is not None else "–",
        ],
        ["Avslutade akutvistelser", number(s.acute_completed)],
        [INDENT + words.ACUTE_LENGTH["within"] % f.acute_days_limit, number(s.acute_lengths["within"])],
        [INDENT + words.ACUTE_LENGTH["extended"] % f.acute_days_max, number(s.acute_lengths["extended"])],
        [INDENT + words.ACUTE_LENGTH["longer"], number(s.acute_lengths["longer"])],
        [INDENT + "Median vårdtid (dagar)", number(s.acute_median_days) if s.acute_median_days is not None else "–"],
        [INDENT + "Förlängda akutvistelser", number(s.extended)],
        ["Planerade utskrivningar", number(s.planned)],
        ["Oplanerade utskrivningar", number(s.unplanned)],
    ]
    rows += [
        ["Utskriven till: " + words.DESTINATION.get(k, k).lower(), number(v)]
        for k, v in sorted(s.destinations.items(), key=lambda kv: -kv[1])
    ]
    return _section(
        5,
        "Vistelser som avslutades under perioden",
        _table(["", "Antal"], rows, [120, 50]),
        note=f"Ordinarie vårdtid är {low}–{high} veckor; akutplacering {f.acute_days_limit} dagar med "
        "möjlig förlängning 1–2 veckor.",
    )


def _demand_table(f: SteeringFigures) -> KeepTogether:
    d = f.demand
    rows = [["Inkomna förfrågningar", number(d.received)]]
    rows += [[words.DECISION[k], number(d.decisions[k])] for k in ReferralDecision]
    rows += [
        [INDENT + "Avböjda: " + words.DECLINE_REASON.get(k, k).lower(), number(v)]
        for k, v in sorted(d.declined_by_reason.items(), key=lambda kv: -kv[1])
    ]
    return _section(
        6,
        "Efterfrågan",
        _table(["", "Antal"], rows, [120, 50]),
        note="Förfrågningar som kom in under perioden, med beslutet som det står i dag.",
    )


def _quality_table(f: SteeringFigures) -> KeepTogether:
    q = f.quality
    rows = [
        ["Genomförandeplaner som skulle upprättas", number(q.plans_due)],
        [INDENT + "upprättade i tid", number(q.plans_on_time)],
        [INDENT + "upprättade för sent", number(q.plans_late)],
        [INDENT + "ännu inte upprättade", number(q.plans_missing)],
        ["Uppföljningar av genomförandeplaner", number(q.followups)],
        [INDENT + "i tid", number(q.followups_on_time)],
        ["Uppföljning försenad vid periodens slut", number(q.followups_overdue_at_end)],
    ]
    rows += [[f"Mål (ISU): {words.GOAL[r].lower()}", number(q.goals[r])] for r in GoalResult]
    rows += [
        ["Inskrivna vid periodens slut", number(q.stays_at_end)],
        [INDENT + "med SIP", number(q.with_sip)],
        [INDENT + "med giltigt samtycke", number(q.with_valid_consent)],
    ]
    dev_rows = [[words.DEVIATION[k], number(o), number(c), number(o + c)] for k, (o, c) in q.deviations.items()]
    dev_rows.append(
        [
            "Totalt",
            number(sum(o for o, _ in q.deviations.values())),
            number(sum(c for _, c in q.deviations.values())),
            number(sum(o + c for o, c in q.deviations.values())),
        ]
    )
    return _section(
        7,
        "Kvalitet",
        _table(["", "Antal"], rows, [120, 50]),
        Spacer(1, 3 * mm),
        para("Avvikelser efter slag", style(9.5, bold=True)),
        _table(["Slag", "Öppna", "Avslutade", "Totalt"], dev_rows, [80, 30, 30, 30], total=True),
        para(
            f"Anmälda enligt lex Sarah: {number(q.lex_sarah)}. Rapporterade i Regionens avvikelsesystem: "
            f"{number(q.region_reported)}.",
            style(8.5),
        ),
        note=f"Måluppfyllelse: varje måls senaste uppföljning under perioden. Uppföljning i tid: högst "
        f"{f.followup_weeks} veckor efter föregående plan eller uppföljning.",
    )


def _people_tables(f: SteeringFigures) -> list:
    out = []
    for i, table in enumerate(f.people):
        shown = suppress(table.grid)
        labels = [words.AGE.get(c, c) if table.title == "age" else words.BASIS.get(c, c) for c in table.columns]
        cols = len(table.columns)
        rows = [[words.SEX[r]] + [shown[(r, c)] for c in range(cols + 1)] for r in range(len(table.grid.cells))]
        rows.append(["Totalt"] + [shown[(len(table.grid.cells), c)] for c in range(cols + 1)])
        title = (
            "Vårdade ungdomar efter juridiskt kön och ålder vid inskrivning"
            if table.title == "age"
            else "Vårdade ungdomar efter juridiskt kön och lagrum"
        )
        widths = [40] + [max(18, 110 / (cols + 1))] * (cols + 1)
        out.append(
            _section(
                8 + i,
                title,
                _table(["", *labels, "Totalt"], rows, widths, total=True),
                note=f"Varje ungdom räknas en gång, efter sin senaste vistelse under perioden. "
                f"”{SMALL}” = 1 eller 2 personer; ”{HIDDEN}” = dolt för att en sådan cell inte ska "
                "kunna räknas fram ur summorna.",
            )
        )
    return out


def _staffing_table(f: SteeringFigures) -> KeepTogether:
    s = f.staffing
    rows = [
        ["Kommunens tjänster (plan 11)", number(s.positions[False], 1), number(PLANNED_POSITIONS[False], 1)],
        ["Regionens tjänster (plan 2,2)", number(s.positions[True], 1), number(PLANNED_POSITIONS[True], 1)],
    ]
    parts: list = [_table(["", "Tillsatt", "Plan"], rows, [100, 35, 35])]
    if s.roster_days:
        hours = [
            ["Dagar med lagt schema", number(s.roster_days)],
            ["Schemalagda timmar", number(s.rostered_hours)],
            ["Timmar enligt lägsta bemanning", number(s.demanded_hours)],
            ["Timmar av timanställda", number(s.temporary_hours)],
        ]
        parts += [Spacer(1, 2 * mm), _table(["Schemat", "Timmar"], hours, [120, 50])]
    else:
        parts.append(para("Inget schema är sparat för perioden.", style(9)))
    return _section(
        10,
        "Bemanning",
        *parts,
        note=f"Tjänster enligt personalregistret i dag; {s.temporary_people} timanställda räknas inte som "
        "tjänster. Timmar är betald tid (raster dragna).",
    )


def _basis_table(f: SteeringFigures, ctx: ReportContext) -> KeepTogether:
    sources = sorted({source for _, _, source in ctx.members_at_end if source})
    several = len(sources) > 1
    rows = [[name, number(pop)] + ([source] if several else []) for name, pop, source in ctx.members_at_end]
    return _section(
        11,
        f"Underlag: samverkanskommuner {f.last.isoformat()}",
        _table(
            ["Kommun", "Befolkning"] + (["Källa"] if several else []),
            rows,
            [50, 30] + ([90] if several else []),
            text_columns=frozenset({2}),
        ),
        para("Befolkning: " + sources[0] + ".", style(8.5)) if len(sources) == 1 else Spacer(1, 1),
        para(
            f"Dygnsavgift vid periodens slut: {kronor(f.money.fees_at_end[0])} (samverkanskommun), "
            f"{kronor(f.money.fees_at_end[1])} (övrig kommun). Verksamheten startade "
            f"{ctx.operation_start.isoformat()}; första året gäller en högre dygnsavgift.",
            style(8.5),
        ),
    )
