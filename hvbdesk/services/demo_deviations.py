"""Demo deviations and discharge destinations, so the deviation register and the steering report have
something true-looking to show. Fictional; drawn from a random stream of their own."""

from __future__ import annotations

import datetime as dt
import random

from hvbdesk.domain.enums import DeviationKind, DeviationStatus, DischargeDestination
from hvbdesk.store.models import Deviation, Placement

EVENTS: dict[DeviationKind, list[tuple[str, str]]] = {
    DeviationKind.OWN_WORK: [
        ("Överlämningen mellan kväll och natt blev inte gjord.", "Nattpersonalen ringde kvällspersonalen."),
        ("Genomförandeplanens uppföljning missades.", "Ny tid bokad med kontaktpersonen."),
    ],
    DeviationKind.SOCIAL_SERVICES: [
        ("Socialtjänstens vårdplan kom tre veckor för sent.", "Påminnelse till handläggaren."),
        ("Ingen från socialtjänsten kom till det planerade mötet.", "Nytt möte bokat."),
    ],
    DeviationKind.REGION: [
        ("Remissen till BUP kom inte fram.", "Sjuksköterskan skickade den igen."),
        ("Läkartiden flyttades utan besked.", "Ny tid bokad samma vecka."),
    ],
    DeviationKind.MEDICATION: [
        ("Kvällsmedicinen delades ut en timme för sent.", "Läkaren kontaktad; ingen åtgärd behövdes."),
        ("Signeringslistan saknade en signatur.", "Kontrollerat med den som delade ut."),
    ],
    DeviationKind.VIOLENCE_THREAT: [
        ("Hot mot personal vid middagen.", "Samtal med den unga och med personalen efteråt."),
    ],
    DeviationKind.ABSCONDING: [
        ("Kom inte tillbaka i tid efter permission.", "Socialtjänsten och polisen underrättade."),
    ],
    DeviationKind.OTHER: [("Larmet gick utan orsak under natten.", "Felanmält till fastighetsägaren.")],
}
ANALYSES = [
    ("Rutinen var inte känd av vikarien.", "Rutinen gås igenom på nästa personalmöte."),
    ("Informationen stannade hos en person.", "Överlämningen sker nu skriftligt i journalen."),
    ("Oklart vem som hade ansvaret.", "Ansvaret förtydligat i veckoschemat."),
]
DESTINATIONS = [
    (DischargeDestination.HOME, 5),
    (DischargeDestination.OWN_HOUSING, 2),
    (DischargeDestination.OTHER_HVB, 2),
    (DischargeDestination.SIS, 1),
    (DischargeDestination.OTHER, 1),
]


def add_deviations_and_destinations(session, rng: random.Random, stays: list[Placement], end: dt.datetime) -> int:
    for stay in stays:
        if stay.discharged_at is not None and stay.discharge_destination is None:
            places, odds = zip(*DESTINATIONS, strict=True)
            stay.discharge_destination = rng.choices(places, weights=odds)[0]
    if not stays:
        return 0
    first = min(s.admitted_at for s in stays).date()
    kinds, weights = list(EVENTS), [4, 3, 3, 3, 1, 2, 1]
    count = 0
    day = first
    while day <= end.date():
        day += dt.timedelta(days=rng.randint(6, 20))
        if day > end.date():
            break
        kind = rng.choices(kinds, weights=weights)[0]
        text, action = rng.choice(EVENTS[kind])
        present = [
            s
            for s in stays
            if s.admitted_at.date() <= day and (s.discharged_at is None or s.discharged_at.date() > day)
        ]
        about = rng.choice(present).resident_id if present and kind is not DeviationKind.OTHER else None
        row = Deviation(
            occurred_on=day,
            kind=kind,
            resident_id=about,
            description=text,
            immediate_action=action,
            registered_by=rng.choice(["treatment_assistant", "coordinator", "nurse"]),
            registered_at=dt.datetime.combine(day, dt.time(rng.randint(8, 22), 0)),
        )
        if (end.date() - day).days > 21:
            analysis, measures = rng.choice(ANALYSES)
            row.status, row.analysis, row.measures = DeviationStatus.CLOSED, analysis, measures
            row.closed_by, row.closed_on = "manager", min(day + dt.timedelta(days=rng.randint(3, 20)), end.date())
            row.reported_lex_sarah = (
                kind in (DeviationKind.OWN_WORK, DeviationKind.VIOLENCE_THREAT) and rng.random() < 0.3
            )
            row.reported_region = kind in (DeviationKind.REGION, DeviationKind.MEDICATION) and rng.random() < 0.6
        session.add(row)
        count += 1
    session.flush()
    return count
