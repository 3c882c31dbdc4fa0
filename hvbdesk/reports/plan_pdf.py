"""The implementation plan as printed for the file, and an easy-read version for the young person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from hvbdesk.reports.pdf_base import PageFrame, build, para, style

if TYPE_CHECKING:  # the service hands its view in; the printout does not call services
    from hvbdesk.services.plans import PlanView

PHASES = {1: "Fas 1: kartläggning", 2: "Fas 2: behandling", 3: "Fas 3: utskrivning och eftervård"}
RESULTS = {"reached": "uppnått", "partly": "delvis uppnått", "not_reached": "inte uppnått"}
ROLE_NAMES = {
    "manager": "föreståndare",
    "treatment_lead": "behandlingsansvarig",
    "coordinator": "samordnare",
    "treatment_assistant": "behandlingsassistent",
    "physician": "läkare",
    "psychologist": "psykolog",
    "nurse": "sjuksköterska",
}


@dataclass(frozen=True)
class PlanDocument:
    """Plain data for the printout (built by the service from a PlanView)."""

    resident_name: str
    identity_number: str
    admitted: dt.date
    plan: PlanView
    demo: bool


def _who(action) -> str:
    if action.who_role is not None and action.who == action.who_role.value:
        return ROLE_NAMES.get(action.who, action.who)
    return action.who


def plan_pdf(doc: PlanDocument) -> bytes:
    p = doc.plan
    h1, h2, body, small = (
        style(16, bold=True, space_after=8),
        style(12, bold=True, space_after=4),
        style(10),
        style(8.5),
    )
    story = [
        para("Genomförandeplan", h1),
        para(f"{doc.resident_name}, {doc.identity_number}", style(11, bold=True)),
        para(
            f"Inskriven {doc.admitted:%Y-%m-%d} · version {p.number}, fastställd "
            f"{p.established_on:%Y-%m-%d} · {PHASES.get(p.phase, '')}",
            body,
        ),
        para(f"Deltog: {p.participants}", body),
        Spacer(1, 4 * mm),
        para("Vad är viktigt för dig?", h2),
        para(p.own_words or "–", body),
        para("Så deltog ungdomen", h2),
        para(p.participation or "–", body),
        Spacer(1, 4 * mm),
    ]
    for i, g in enumerate(p.goals, start=1):
        rows = [[para("Vad", small), para("Hur", small), para("Vem", small), para("När", small)]]
        rows += [
            [para(a.what, small), para(a.how, small), para(_who(a), small), para(a.when, small)] for a in g.actions
        ]
        table = Table(rows, colWidths=[55 * mm, 40 * mm, 45 * mm, 30 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ebf0")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8c3cf")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        block = [para(f"Mål {i}: {g.goal}", h2)]
        if g.need:
            block.append(para(f"Behov: {g.need}", body))
        if g.care_plan_link:
            block.append(para(f"Hör till vårdplanen: {g.care_plan_link}", body))
        block += [table, Spacer(1, 5 * mm)]
        story.append(KeepTogether(block))
    if p.followups:
        story.append(para("Uppföljningar", h2))
        for f in p.followups:
            lines = [f"{f.followed_up_on:%Y-%m-%d} ({f.recorded_by})"]
            for i, g in enumerate(p.goals, start=1):
                result = f.results.get(g.key)
                if result:
                    lines.append(f"Mål {i}: {RESULTS[result[0].value]}" + (f" – {result[1]}" if result[1] else ""))
            story.append(para("\n".join(lines), body))
    return build(PageFrame("Genomförandeplan", doc.demo), story)


def easy_read_pdf(doc: PlanDocument) -> bytes:
    """Short sentences, one goal per page, large type."""
    p = doc.plan
    big, huge, body = (
        style(18, leading=26, space_after=12),
        style(26, bold=True, leading=32, space_after=16),
        style(16, leading=23, space_after=10),
    )
    first_name = doc.resident_name.split(" ")[0]
    story = [
        para(f"Din plan, {first_name}", huge),
        para("Det här är din plan på behandlingshemmet.", big),
        para("Vi gjorde den tillsammans.", big),
    ]
    if p.own_words:
        story += [para("Det här är viktigt för dig:", style(18, bold=True, leading=26)), para(p.own_words, big)]
    for i, g in enumerate(p.goals, start=1):
        story += [
            PageBreak(),
            para(f"Mål {i}", huge),
            para(g.goal, big),
            Spacer(1, 6 * mm),
            para("Så här gör vi:", style(18, bold=True, leading=26)),
        ]
        story += [para(f"• {a.what}" + (f" ({a.when})" if a.when else ""), body) for a in g.actions]
        story += [Spacer(1, 6 * mm), para("Vi pratar om hur det går var fjärde vecka.", body)]
    return build(PageFrame("Min plan", doc.demo), story, margins_mm=25)
