"""What a SIP printout may hold: only what the consent in force lets its reader see. Participants and
actions of organisations the consent does not name, needs and actions about kinds of information it does
not name, and any text holding something the young person kept out are left out; the exclusions
themselves are never printed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from hvbdesk.domain.consent import ConsentFacts, sharing_refusal, state_on
from hvbdesk.domain.errors import ValidationError
from hvbdesk.domain.sip_terms import GiverKind, Organisation, Principal, SipEntryKind
from hvbdesk.i18n.sip_texts import how_label, information_label, organisation_label, principal_label
from hvbdesk.reports.sip_pdf import PrintedAction, PrintedMeeting, SipDocument
from hvbdesk.services.consents import current_consent, facts_of
from hvbdesk.services.sips import contains_excluded
from hvbdesk.store.models import Resident, Sip


def sip_document(
    session: Session,
    resident: Resident,
    sip: Sip,
    now: dt.datetime,
    demo: bool,
    recipient: Organisation | None = None,
    recipient_name: str = "",
) -> SipDocument:
    day = now.date()
    consent = current_consent(session, resident)
    facts = facts_of(consent, resident) if consent else None
    birth = resident.birth_date
    if facts is None or not state_on(facts, birth, day).in_force:
        refusal = sharing_refusal(facts, birth, day, Organisation.THE_HOME)
        reason = refusal.reason if refusal else "the consent is not in force"
        raise ValidationError.single(
            "consent", reason, refusal.code if refusal else "consent_missing", refusal.args if refusal else ()
        )
    if recipient is not None:
        refusal = sharing_refusal(facts, birth, day, recipient, recipient_name)
        if refusal is not None:
            raise ValidationError.single("consent", refusal.reason, refusal.code, refusal.args)

    def covered(org: Organisation | None, name: str = "", person: str = "") -> bool:
        return org is not None and sharing_refusal(facts, birth, day, org, name, person) is None

    excluded = list(facts.exclusions)

    def shown(text: str) -> bool:
        return contains_excluded(text, excluded) is None

    def allowed(entry) -> bool:
        return shown(entry.text) and (entry.information is None or entry.information in facts.information)

    groups: dict[Principal, list[str]] = {}
    for p in sip.participants:
        if covered(p.organisation, p.organisation_name, p.person) and shown(p.person + " " + p.title):
            org = organisation_label(p.organisation, p.organisation_name)
            line = ", ".join(x for x in (p.person, p.title) if x) + f" ({org})"
            groups.setdefault(p.organisation.principal, []).append(line)
    actions = [
        PrintedAction(
            e.text,
            organisation_label(e.organisation, e.organisation_name)
            + (f", {e.responsible_person}" if e.responsible_person else ""),
            principal_label(e.organisation.principal),
            e.follow_up_on.isoformat() if e.follow_up_on else "–",
        )
        for e in sip.entries
        if e.kind is SipEntryKind.ACTION
        and e.organisation is not None
        and allowed(e)
        and covered(e.organisation, e.organisation_name, e.responsible_person)
    ]
    upcoming = next((m for m in sip.meetings if m.held_at >= now), None)
    return SipDocument(
        f"{resident.first_name} {resident.last_name}",
        f"{resident.identity_number[:8]}-{resident.identity_number[8:]}",
        sip.started_on,
        organisation_label(recipient, recipient_name) if recipient is not None else "",
        _consent_lines(facts, resident, day),
        [(principal_label(p), groups[p]) for p in Principal if p in groups],
        [e.text for e in sip.entries if e.kind is SipEntryKind.GOAL and shown(e.text)],
        [e.text for e in sip.entries if e.kind is SipEntryKind.NEED and allowed(e)],
        actions,
        PrintedMeeting(upcoming.held_at, upcoming.place, upcoming.coordinated_by, upcoming.initiated_by)
        if upcoming
        else None,
        demo,
        day,
    )


def _consent_lines(facts: ConsentFacts, resident: Resident, day: dt.date) -> list[str]:
    names = {g.id: g.name for g in resident.guardians}
    givers = [
        ("ungdomen" if g.kind is GiverKind.YOUNG_PERSON else f"{names.get(g.guardian_id or 0, 'vårdnadshavare')}")
        + f" ({how_label(g.how)} {g.on:%Y-%m-%d})"
        for g in facts.givers
    ]
    actors = [
        organisation_label(a.organisation, a.organisation_name) + (f" ({a.person})" if a.person else "")
        for a in facts.actors
    ]
    kinds = [information_label(i) for i in sorted(facts.information, key=lambda i: i.value)]
    lines = [
        f"Lämnat av {', '.join(givers)}; gäller till och med {facts.valid_until:%Y-%m-%d}.",
        f"Får delta och ta del: {', '.join(actors)}.",
        f"Uppgifter som får delas: {', '.join(kinds)}.",
    ]
    if facts.exclusions:
        lines.append("Ungdomen har undantagit vissa uppgifter; de finns inte med här.")
    return lines
