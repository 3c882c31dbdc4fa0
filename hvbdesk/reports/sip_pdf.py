"""The SIP summary the coordinator hands out, and a meeting invitation (kallelse) per participant.

Both are built from a SipDocument that already holds only what the consent lets its reader see: the
printout itself never decides what may be shared.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from hvbdesk import HOME_NAME
from hvbdesk.reports.pdf_base import PageFrame, build, para, style


@dataclass(frozen=True)
class PrintedAction:
    what: str
    responsible: str  # organisation, and the person where named
    principal: str
    follow_up: str


@dataclass(frozen=True)
class PrintedMeeting:
    when: dt.datetime
    place: str
    coordinated_by: str
    initiated_by: str


@dataclass(frozen=True)
class SipDocument:
    resident_name: str
    identity_number: str
    started_on: dt.date
    recipient: str  # "" for the home's own copy
    consent_lines: list[str]  # who consented, how, until when, what it covers
    participants: list[tuple[str, list[str]]]  # principal → "Name, title (organisation)"
    goals: list[str]  # the young person's own words
    needs: list[str]
    actions: list[PrintedAction]
    next_meeting: PrintedMeeting | None
    demo: bool
    printed_on: dt.date


def _frame(title: str, demo: bool) -> PageFrame:
    return PageFrame(title, demo)


def sip_summary_pdf(doc: SipDocument) -> bytes:
    h1, h2, body, small = (
        style(16, bold=True, space_after=6),
        style(12, bold=True, space_after=3),
        style(10),
        style(8.5),
    )
    story: list = [
        para("Samordnad individuell plan (SIP) – sammanfattning", h1),
        para(f"{doc.resident_name}, {doc.identity_number}", style(11, bold=True)),
        para(f"SIP påbörjad {doc.started_on:%Y-%m-%d} · utskriven {doc.printed_on:%Y-%m-%d} av {HOME_NAME}", small),
    ]
    if doc.recipient:
        story.append(
            para(f"Version för {doc.recipient}: bara det som samtycket låter {doc.recipient} ta del av.", small)
        )
    story += [Spacer(1, 3 * mm), para("Samtycke", h2)] + [para(line, body) for line in doc.consent_lines]
    story += [Spacer(1, 2 * mm), para("Vad är viktigt för mig?", h2)]
    story += [para(f"”{g}”", body) for g in doc.goals] or [para("Inga mål skrivna ännu.", small)]
    if doc.needs:
        story += [Spacer(1, 2 * mm), para("Behov", h2)] + [para(f"• {n}", body) for n in doc.needs]
    story += [Spacer(1, 2 * mm), para("Insatser", h2)]
    if doc.actions:
        rows = [[para(t, style(9, bold=True)) for t in ("Vad", "Vem ansvarar", "Huvudman", "Följs upp")]]
        rows += [
            [
                para(a.what, style(9)),
                para(a.responsible, style(9)),
                para(a.principal, style(9)),
                para(a.follow_up, style(9)),
            ]
            for a in doc.actions
        ]
        table = Table(rows, colWidths=[68 * mm, 45 * mm, 30 * mm, 25 * mm], repeatRows=1, hAlign="LEFT")
        table.setStyle(_grid())
        story.append(table)
    else:
        story.append(para("Inga insatser planerade ännu.", small))
    story += [Spacer(1, 3 * mm), para("Deltagare", h2)]
    for principal, people in doc.participants:
        story.append(
            KeepTogether(
                [para(principal, style(10, bold=True, space_after=1))] + [para(f"• {p}", body) for p in people]
            )
        )
    story += [Spacer(1, 3 * mm), para("Nästa möte", h2), para(_meeting_line(doc.next_meeting), body)]
    return build(_frame("SIP – sammanfattning", doc.demo), story)


def invitation_pdf(doc: SipDocument, to: str) -> bytes:
    """A meeting invitation (kallelse) to one participant."""
    h1, h2, body = style(16, bold=True, space_after=8), style(12, bold=True, space_after=3), style(10.5)
    m = doc.next_meeting
    story: list = [
        para("Kallelse till SIP-möte", h1),
        para(f"Till: {to}", style(11, bold=True)),
        Spacer(1, 3 * mm),
        para(f"Du kallas till ett möte om den samordnade individuella planen för {doc.resident_name}.", body),
        Spacer(1, 2 * mm),
    ]
    if m is None:
        story.append(para(_meeting_line(m), style(11, bold=True)))
    else:
        facts = [
            ("Tid", f"{m.when:%Y-%m-%d} kl. {m.when:%H:%M}"),
            ("Plats", m.place),
            ("Samordnas av", m.coordinated_by),
            ("Kallat av", m.initiated_by),
        ]
        table = Table(
            [[para(k, style(10.5, bold=True)), para(v, body)] for k, v in facts],
            colWidths=[35 * mm, 125 * mm],
            hAlign="LEFT",
        )
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(table)
    story += [Spacer(1, 3 * mm), para("Kallade", h2)]
    for principal, people in doc.participants:
        story += [para(principal, style(10, bold=True, space_after=1))] + [para(f"• {p}", body) for p in people]
    if doc.goals:
        story += [Spacer(1, 3 * mm), para("Det här är viktigt för mig", h2)] + [para(f"”{g}”", body) for g in doc.goals]
    story += [
        Spacer(1, 4 * mm),
        para(
            "Meddela samordnaren om du inte kan komma. Kallelsen innehåller bara det som samtycket omfattar.", style(9)
        ),
    ]
    return build(_frame("SIP – kallelse", doc.demo), story)


def _meeting_line(m: PrintedMeeting | None) -> str:
    if m is None:
        return "Inget möte inbokat."
    return f"{m.when:%Y-%m-%d} kl. {m.when:%H:%M}, {m.place} · samordnas av {m.coordinated_by}"


def _grid() -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa4b1")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
