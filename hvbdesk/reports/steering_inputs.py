"""What the steering report is computed from: plain facts without names, identity numbers or free text.
The store reads them (store/repositories/report_inputs.py); tests make them by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hvbdesk.domain.enums import (
    DeviationKind,
    DeviationStatus,
    DischargeDestination,
    DischargeReason,
    GoalResult,
    LegalBasis,
    LegalSex,
    PlaceKind,
    ReferralDecision,
)
from hvbdesk.domain.reference_history import ReferenceHistory


@dataclass(frozen=True)
class StayFact:
    stay_id: int
    person: int  # an opaque number: tells two stays of one person apart, nothing more
    kind: PlaceKind
    admitted: dt.date
    discharged: dt.date | None
    municipality: str
    legal_basis: LegalBasis
    legal_sex: LegalSex
    age_at_admission: int
    extensions: int = 0
    discharge_reason: DischargeReason | None = None
    destination: DischargeDestination | None = None
    first_plan_due: dt.date | None = None  # admitted + the deadline in force then
    first_plan_established: dt.date | None = None
    plan_milestones: tuple[dt.date, ...] = ()  # plans established and followed up, in order


@dataclass(frozen=True)
class ReferralFact:
    received_on: dt.date
    decision: ReferralDecision
    decline_reason: str
    kind: PlaceKind


@dataclass(frozen=True)
class GoalResultFact:
    goal_key: str
    followed_up_on: dt.date
    result: GoalResult


@dataclass(frozen=True)
class SipFact:
    person: int
    started_on: dt.date
    closed_on: dt.date | None


@dataclass(frozen=True)
class ConsentFact:
    person: int
    given_on: dt.date
    valid_until: dt.date
    revoked_on: dt.date | None


@dataclass(frozen=True)
class DeviationFact:
    occurred_on: dt.date
    kind: DeviationKind
    status: DeviationStatus
    lex_sarah: bool
    region: bool


@dataclass(frozen=True)
class StaffFact:
    region: bool  # employed by the Region (its 2.2 positions), else the municipality (11)
    fte_percent: int | None  # None: temporary staff


@dataclass(frozen=True)
class RosterDay:
    """One day with a saved roster: paid hours rostered (all, and by temporary staff) and hours demanded."""

    day: dt.date
    rostered_hours: float
    temporary_hours: float
    demanded_hours: float


@dataclass(frozen=True)
class ReportInputs:
    history: ReferenceHistory
    places: dict[PlaceKind, int]
    stays: list[StayFact]
    referrals: list[ReferralFact] = field(default_factory=list)
    goal_results: list[GoalResultFact] = field(default_factory=list)
    sips: list[SipFact] = field(default_factory=list)
    consents: list[ConsentFact] = field(default_factory=list)
    deviations: list[DeviationFact] = field(default_factory=list)
    staff: list[StaffFact] = field(default_factory=list)
    roster: list[RosterDay] = field(default_factory=list)
    followup_weeks: int = 4
    ordinary_weeks: tuple[int, int] = (12, 24)
    acute_days: int = 14
    acute_extension_days: tuple[int, int] = (7, 14)
