"""Fictional demo data that obeys the home's rules (DOMAIN.md). The same seed and end date give
the same data.

Identity numbers are made with birth numbers 980–999 (the series Skatteverket uses for its
published test identity numbers) and a correct check digit, so they look real to every check but
are not given to real people.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from hvbdesk.domain import demo_names
from hvbdesk.domain.enums import (
    AuditAction,
    DischargeReason,
    Employer,
    Gender,
    LegalBasis,
    LegalSex,
    PlaceKind,
    ReferralDecision,
)
from hvbdesk.domain.identity import age_on, with_check_digit
from hvbdesk.domain.municipalities import SEED_POPULATION
from hvbdesk.security.passwords import hash_password
from hvbdesk.security.roles import Role
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import SYSTEM
from hvbdesk.services.demo_deviations import add_deviations_and_destinations
from hvbdesk.services.demo_sip import add_sip_work
from hvbdesk.services.demo_treatment import add_treatment
from hvbdesk.store.database import Database
from hvbdesk.store.models import Account, Guardian, Placement, Referral, Resident, StaffMember
from hvbdesk.store.repositories import reference
from hvbdesk.store.repositories import stays as stays_repo

DEMO_PASSWORD = "demo"
# About 100 000 entries over 10 years at 80 % occupancy of ten places.
JOURNAL_ENTRIES_PER_DAY = 3.3
FICTIONAL_BIRTH_NUMBERS = range(980, 1000)


@dataclass(frozen=True)
class DemoSummary:
    residents: int
    placements: int
    referrals: int
    staff: int
    accounts: list[str]
    journal_entries: int = 0


class DemoGenerator:
    def __init__(self, seed: int, years: int, end: dt.datetime):
        self.rng = random.Random(seed)
        self.years = years
        self.end = end
        self.start = (end - dt.timedelta(days=round(365.25 * years))).replace(hour=0, minute=0, second=0)
        self._used_numbers: set[str] = set()

    # --- people --------------------------------------------------------------------------------
    def identity(self, birth: dt.date, sex: LegalSex) -> tuple[str, bool]:
        coordination = self.rng.random() < 0.03
        day = birth.day + (60 if coordination else 0)
        for _ in range(200):
            serial = self.rng.choice(FICTIONAL_BIRTH_NUMBERS)
            if (serial % 10) % 2 != (1 if sex is LegalSex.MALE else 0):
                continue
            digits = with_check_digit(f"{birth:%Y%m}{day:02d}{serial:03d}")
            if digits not in self._used_numbers:
                self._used_numbers.add(digits)
                return digits, coordination
        raise RuntimeError("ran out of fictional numbers for one birth date")  # 10 per sex per day

    def resident(self, admitted: dt.date, now: dt.datetime) -> tuple[Resident, int]:
        age_days = self.rng.randint(16 * 365 + 5, 21 * 365 - 5)
        birth = admitted - dt.timedelta(days=age_days)
        while age_on(birth, admitted) > 20:
            birth += dt.timedelta(days=3)
        while age_on(birth, admitted) < 16:
            birth -= dt.timedelta(days=3)
        gender = self.rng.choices(list(Gender), weights=[45, 50, 5])[0]
        sex = {Gender.KVINNA: LegalSex.FEMALE, Gender.MAN: LegalSex.MALE}.get(gender) or self.rng.choice(list(LegalSex))
        digits, coordination = self.identity(birth, sex)
        resident = Resident(
            identity_number=digits,
            is_coordination_number=coordination,
            first_name=self.rng.choice(demo_names.FIRST_NAMES[gender.value]),
            last_name=self.rng.choice(demo_names.LAST_NAMES),
            gender=gender,
            legal_sex=sex,
            birth_date=birth,
            created_at=now,
        )
        return resident, age_on(birth, admitted)

    def legal_basis(self, age: int) -> LegalBasis:
        if age <= 17:
            return self.rng.choices([LegalBasis.SOL, LegalBasis.LVU_2, LegalBasis.LVU_3], weights=[50, 15, 35])[0]
        return self.rng.choices([LegalBasis.SOL, LegalBasis.LVU_3, LegalBasis.LVM], weights=[70, 20, 10])[0]

    # --- stays ---------------------------------------------------------------------------------
    def stays_for_place(
        self, kind: PlaceKind
    ) -> list[tuple[dt.datetime, dt.datetime | None, dt.date, DischargeReason | None]]:
        """(admitted, discharged, planned_end, reason) for one place, back to back with gaps."""
        stays: list[tuple[dt.datetime, dt.datetime | None, dt.date, DischargeReason | None]] = []
        day = self.start + dt.timedelta(days=self.rng.randint(0, 20))
        while True:
            if kind is PlaceKind.ACUTE:
                hour = self.rng.randint(8, 21)
                admitted = day.replace(hour=hour, minute=self.rng.choice([0, 15, 30, 45]))
                planned = admitted.date() + dt.timedelta(days=14)
                roll = self.rng.random()
                length = 14 if roll < 0.55 else 14 + self.rng.randint(7, 14) if roll < 0.85 else self.rng.randint(1, 12)
                reason = DischargeReason.UNPLANNED if roll >= 0.85 else DischargeReason.PLANNED
                if 0.55 <= roll < 0.85:
                    planned = admitted.date() + dt.timedelta(days=length)
                gap = self.rng.randint(1, 9)
            else:
                admitted = day.replace(hour=self.rng.randint(9, 15), minute=self.rng.choice([0, 30]))
                weeks = self.rng.randint(12, 24)
                planned = admitted.date() + dt.timedelta(weeks=weeks)
                unplanned = self.rng.random() < 0.2
                length = self.rng.randint(10, weeks * 7 - 7) if unplanned else weeks * 7 + self.rng.randint(-5, 3)
                reason = DischargeReason.UNPLANNED if unplanned else DischargeReason.PLANNED
                gap = self.rng.randint(3, 40)
            discharged = (admitted + dt.timedelta(days=length)).replace(hour=self.rng.randint(9, 16), minute=0)
            if admitted >= self.end:
                break
            if discharged > self.end:
                stays.append((admitted, None, planned, None))
                break
            stays.append((admitted, discharged, planned, reason))
            day = (discharged + dt.timedelta(days=gap)).replace(hour=0, minute=0)
        return stays

    def municipality(self, members: list[str], non_members: list[str]) -> str:
        if non_members and self.rng.random() < 0.06:
            return self.rng.choice(non_members)
        return self.rng.choices(members, weights=[SEED_POPULATION[c] for c in members])[0]


def fill_demo(db: Database, audit: AuditLog, *, seed: int, years: int, end: dt.datetime) -> DemoSummary:
    """Fill a new database (reference data already seeded) with N years of fictional operations."""
    gen = DemoGenerator(seed, years, end)
    rng = gen.rng
    with db.unit_of_work() as session:
        places = reference.places(session)
        all_codes = sorted(m.code for m in reference.municipalities(session))
        accounts = []
        for role in Role:
            session.add(
                Account(
                    username=role.value,
                    display_name=_role_display(role),
                    role=role,
                    password_hash=hash_password(DEMO_PASSWORD),
                    created_at=gen.start,
                )
            )
            accounts.append(role.value)
        staff_rows = [
            StaffMember(
                first_name=first,
                last_name=last,
                role=Role(role),
                employer=Employer(employer),
                employer_municipality_code="2081" if employer == "municipality" else None,
                fte_percent=fte,
                weekdays_only=weekdays,
            )
            for role, employer, fte, weekdays, first, last in demo_names.STAFF
        ]
        session.add_all(staff_rows)
        placements = 0
        referrals = 0
        residents = 0
        for place in places:
            for admitted, discharged, planned, reason in gen.stays_for_place(place.kind):
                members = sorted(reference.members_on(session, admitted.date())) or all_codes
                non_members = [c for c in all_codes if c not in members]
                resident, age = gen.resident(admitted.date(), admitted)
                session.add(resident)
                session.flush()
                residents += 1
                basis = gen.legal_basis(age)
                if age < 18:
                    _add_guardians(session, rng, resident)
                code = gen.municipality(members, non_members)
                stay = Placement(
                    resident_id=resident.id,
                    place_id=place.id,
                    legal_basis=basis,
                    kind=place.kind,
                    admitted_at=admitted,
                    planned_end=planned,
                    discharged_at=discharged,
                    discharge_reason=reason,
                    placing_municipality_code=code,
                )
                if place.kind is PlaceKind.ACUTE:
                    settled = admitted.date() + dt.timedelta(days=rng.randint(5, 70))
                    if settled <= end.date():
                        stay.cost_split_settled_on = settled
                        stay.registered_municipality_code = code if rng.random() < 0.85 else rng.choice(all_codes)
                else:
                    stay.registered_municipality_code = code
                stays_repo.add_stay(session, stay)
                placements += 1
                session.add(
                    Referral(
                        received_on=admitted.date()
                        - dt.timedelta(days=rng.randint(1, 3 if place.kind is PlaceKind.ACUTE else 25)),
                        placing_municipality_code=code,
                        social_services_contact=rng.choice(demo_names.SOCIAL_SERVICES_CONTACTS),
                        kind_requested=place.kind,
                        wished_start=admitted.date(),
                        age=age,
                        legal_basis=basis,
                        decision=ReferralDecision.ACCEPTED,
                        decided_on=admitted.date() - dt.timedelta(days=1),
                        placement_id=stay.id,
                    )
                )
                referrals += 1
        referrals += _other_referrals(session, gen, all_codes)
        session.flush()
        assistants = [m for m in staff_rows if m.role is Role.TREATMENT_ASSISTANT and m.fte_percent]
        authors = ["treatment_assistant", "coordinator", "treatment_lead", "manager"]
        journal = sum(
            add_treatment(session, rng, stay, assistants, authors, end, JOURNAL_ENTRIES_PER_DAY)
            for stay in stays_repo.all_stays(session)
        )
        open_stays = [s for s in stays_repo.all_stays(session) if s.discharged_at is None]
        add_sip_work(
            session, random.Random(seed * 7919 + 12), open_stays, end
        )  # its own stream: the rest stays as it was
        add_deviations_and_destinations(session, random.Random(seed * 7919 + 13), stays_repo.all_stays(session), end)
        audit.append(session, SYSTEM.username, AuditAction.CREATE, "database", detail=f"demo seed={seed} years={years}")
    return DemoSummary(residents, placements, referrals, len(demo_names.STAFF), accounts, journal)


# The demo's content is Swedish like the home's (names, journal texts): so are its accounts' names, which the
# status bar, the lock screen and a plan's follow-ups show ("Demo manager" stood out in a Swedish window).
_DEMO_ROLE_NAMES = {
    Role.MANAGER: "föreståndare",
    Role.TREATMENT_LEAD: "behandlingsansvarig",
    Role.COORDINATOR: "samordnare",
    Role.TREATMENT_ASSISTANT: "behandlingsassistent",
    Role.PHYSICIAN: "läkare",
    Role.PSYCHOLOGIST: "psykolog",
    Role.NURSE: "sjuksköterska",
    Role.STEERING_VIEWER: "styrgrupp",
}


def _role_display(role: Role) -> str:
    return f"Demo {_DEMO_ROLE_NAMES[role]}"


def _add_guardians(session, rng: random.Random, resident: Resident) -> None:
    count = rng.choices([1, 2], weights=[30, 70])[0]
    relations = (
        ["mamma", "pappa"] if count == 2 else [rng.choice(["mamma", "pappa", "särskilt förordnad vårdnadshavare"])]
    )
    for relation in relations:
        first = rng.choice(demo_names.FIRST_NAMES["kvinna" if relation == "mamma" else "man"])
        session.add(
            Guardian(
                resident_id=resident.id,
                name=f"{first} {resident.last_name}",
                relation=relation,
                phone=f"070-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            )
        )


def _other_referrals(session, gen: DemoGenerator, codes: list[str]) -> int:
    """Referrals that did not lead to a stay: declined, or still on the waiting list."""
    rng = gen.rng
    made = 0
    days = (gen.end - gen.start).days
    for _ in range(max(1, days // 20)):
        received = gen.start.date() + dt.timedelta(days=rng.randint(0, days))
        age = rng.randint(15, 21)
        recent = (gen.end.date() - received).days < 60
        decision = ReferralDecision.WAITING if recent and rng.random() < 0.5 else ReferralDecision.DECLINED
        session.add(
            Referral(
                received_on=received,
                placing_municipality_code=rng.choice(codes),
                social_services_contact=rng.choice(demo_names.SOCIAL_SERVICES_CONTACTS),
                kind_requested=rng.choice(list(PlaceKind)),
                wished_start=received + dt.timedelta(days=rng.randint(0, 30)),
                age=age,
                legal_basis=rng.choice([LegalBasis.SOL, LegalBasis.LVU_3]),
                decision=decision,
                decided_on=None
                if decision is ReferralDecision.WAITING
                else received + dt.timedelta(days=rng.randint(0, 5)),
                decline_reason=""
                if decision is ReferralDecision.WAITING
                else ("outside_target_group" if not 16 <= age <= 20 else rng.choice(demo_names.DECLINE_REASONS)),
            )
        )
        made += 1
    return made
