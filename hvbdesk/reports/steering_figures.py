"""The steering report's figures for a period, by DESIGN.md's counting rules. Pure: it reads only the
facts it is given (reports/steering_inputs.py), which hold no names, identity numbers or free text."""

from __future__ import annotations

import calendar
import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass

from hvbdesk.domain.care_days import care_days
from hvbdesk.domain.enums import (
    DeviationKind,
    DeviationStatus,
    DischargeReason,
    GoalResult,
    LegalBasis,
    LegalSex,
    PlaceKind,
    ReferralDecision,
)
from hvbdesk.domain.municipalities import (
    EXAMPLE_LEFT_OUT,
    EXAMPLE_MUNICIPALITY,
    EXAMPLE_SHARE_ALL,
    split_by_population,
)
from hvbdesk.reports.steering_inputs import ReportInputs, StayFact
from hvbdesk.reports.suppression import Grid

TARGET_OCCUPANCY = 0.8  # what the day fee assumes (seed 000)
PLANNED_POSITIONS = {False: 11.0, True: 2.2}  # municipality, Region (seeds 000, 001)
ONE_DAY = dt.timedelta(days=1)


def _days(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += ONE_DAY


def _stay_days(stay: StayFact, first: dt.date, last: dt.date):
    """The care days of a stay inside first..last (DESIGN.md: admitted <= D < discharged; a same-day
    stay counts its one date; an open stay counts to the period's end)."""
    if care_days(stay.admitted, stay.discharged, first, last) == 0:
        return
    end = last if stay.discharged is None else max(stay.discharged - ONE_DAY, stay.admitted)
    yield from _days(max(stay.admitted, first), min(end, last))


@dataclass(frozen=True)
class MunicipalityFigures:
    code: str
    name: str
    member_days: int
    non_member_days: int
    admissions: int
    revenue: int
    member_at_end: bool

    @property
    def care_days(self) -> int:
        return self.member_days + self.non_member_days


@dataclass(frozen=True)
class MonthOccupancy:
    month: dt.date  # its first day
    ordinary: float
    acute: float
    total: float
    care_days: tuple[int, int] = (0, 0)  # ordinary, acute
    dates: int = 0  # of the month inside the period


@dataclass(frozen=True)
class Money:
    revenue: int
    budgeted_cost: int
    result: int  # revenue - budgeted cost; negative: a deficit
    break_even_fee: int  # budgeted cost / care days expected at 80 % occupancy
    cost_per_care_day: int | None  # budgeted cost / actual care days
    deficit_shares: dict[str, int]  # code → kronor, members on the last date, by population
    fees_at_end: tuple[int, int]  # member, non-member fee in force on the last date
    populations_at_end: dict[str, int]  # code → population of the members on the last date


@dataclass(frozen=True)
class ExampleSplit:
    """Seed 002's example redone with the populations in force: one fixed total split over all
    municipalities, and over all but Säter and Leksand."""

    total: int
    rows: list[tuple[str, str, int, int | None]]  # code, name, share of all, share without the two


@dataclass(frozen=True)
class StayFigures:
    ordinary_completed: int
    ordinary_lengths: dict[str, int]  # shorter / within / longer than 12–24 weeks
    ordinary_median_weeks: float | None
    acute_completed: int
    acute_lengths: dict[str, int]  # within 2 weeks / with an extension / longer
    acute_median_days: float | None
    extended: int  # acute stays ended in the period that were extended
    planned: int
    unplanned: int
    destinations: dict[str, int]


@dataclass(frozen=True)
class DemandFigures:
    received: int
    decisions: dict[ReferralDecision, int]  # as they stand now, for referrals received in the period
    declined_by_reason: dict[str, int]


@dataclass(frozen=True)
class QualityFigures:
    plans_due: int
    plans_on_time: int
    plans_late: int
    plans_missing: int
    followups: int
    followups_on_time: int
    followups_overdue_at_end: int
    goals: dict[GoalResult, int]
    stays_at_end: int
    with_sip: int
    with_valid_consent: int
    deviations: dict[DeviationKind, tuple[int, int]]  # kind → (open, closed)
    lex_sarah: int
    region_reported: int


@dataclass(frozen=True)
class PeopleTable:
    """Persons by legal sex (rows: female, male) and one background (columns); suppressed on output."""

    title: str
    columns: list[str]
    grid: Grid


@dataclass(frozen=True)
class StaffingFigures:
    positions: dict[bool, float]  # Region? → filled positions (sum of FTE)
    temporary_people: int
    roster_days: int
    rostered_hours: float
    demanded_hours: float
    temporary_hours: float


@dataclass(frozen=True)
class SteeringFigures:
    first: dt.date
    last: dt.date
    places: dict[PlaceKind, int]
    care_days: dict[PlaceKind, int]
    occupancy: dict[str, float]  # ordinary, acute, total
    months: list[MonthOccupancy]
    municipalities: list[MunicipalityFigures]
    money: Money
    example: ExampleSplit
    stays: StayFigures
    demand: DemandFigures
    quality: QualityFigures
    people: list[PeopleTable]
    people_count: int
    staffing: StaffingFigures
    ordinary_weeks: tuple[int, int]
    acute_days_limit: int
    acute_days_max: int  # with the longest extension
    followup_weeks: int

    @property
    def dates(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def total_care_days(self) -> int:
        return sum(self.care_days.values())

    @property
    def admissions(self) -> int:
        return sum(m.admissions for m in self.municipalities)


def compute(inputs: ReportInputs, first: dt.date, last: dt.date) -> SteeringFigures:
    if last < first:
        raise ValueError("the period ends before it starts")
    history = inputs.history
    kind_days: Counter[PlaceKind] = Counter()
    member_days: Counter[str] = Counter()
    non_member_days: Counter[str] = Counter()
    revenue: Counter[str] = Counter()
    month_days: Counter[tuple[dt.date, PlaceKind]] = Counter()
    for stay in inputs.stays:
        for day in _stay_days(stay, first, last):
            kind_days[stay.kind] += 1
            month_days[(day.replace(day=1), stay.kind)] += 1
            member = history.is_member(stay.municipality, day)
            (member_days if member else non_member_days)[stay.municipality] += 1
            revenue[stay.municipality] += history.day_fee(stay.municipality, day)
    admissions = Counter(s.municipality for s in inputs.stays if first <= s.admitted <= last)
    codes = sorted(set(member_days) | set(non_member_days) | set(admissions), key=lambda c: history.names.get(c, c))
    municipalities = [
        MunicipalityFigures(
            code,
            history.names.get(code, code),
            member_days[code],
            non_member_days[code],
            admissions[code],
            revenue[code],
            history.is_member(code, last),
        )
        for code in codes
    ]
    dates = (last - first).days + 1
    places = inputs.places
    occupancy = {
        "ordinary": _ratio(kind_days[PlaceKind.ORDINARY], places.get(PlaceKind.ORDINARY, 0) * dates),
        "acute": _ratio(kind_days[PlaceKind.ACUTE], places.get(PlaceKind.ACUTE, 0) * dates),
        "total": _ratio(sum(kind_days.values()), sum(places.values()) * dates),
    }
    return SteeringFigures(
        first,
        last,
        dict(places),
        {kind: kind_days[kind] for kind in PlaceKind},
        occupancy,
        _months(month_days, places, first, last),
        municipalities,
        _money(inputs, first, last, sum(revenue.values()), sum(kind_days.values())),
        _example(inputs, last),
        _stays(inputs, first, last),
        _demand(inputs, first, last),
        _quality(inputs, first, last),
        *_people(inputs, first, last),
        _staffing(inputs, first, last),
        inputs.ordinary_weeks,
        inputs.acute_days,
        inputs.acute_days + inputs.acute_extension_days[1],
        inputs.followup_weeks,
    )


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def _months(month_days, places: dict[PlaceKind, int], first: dt.date, last: dt.date) -> list[MonthOccupancy]:
    result = []
    month = first.replace(day=1)
    while month <= last:
        end = month.replace(day=calendar.monthrange(month.year, month.month)[1])
        dates = (min(end, last) - max(month, first)).days + 1
        o, a = month_days[(month, PlaceKind.ORDINARY)], month_days[(month, PlaceKind.ACUTE)]
        result.append(
            MonthOccupancy(
                month,
                _ratio(o, places.get(PlaceKind.ORDINARY, 0) * dates),
                _ratio(a, places.get(PlaceKind.ACUTE, 0) * dates),
                _ratio(o + a, sum(places.values()) * dates),
                (o, a),
                dates,
            )
        )
        month = end + ONE_DAY
    return result


def budgeted_cost(inputs: ReportInputs, first: dt.date, last: dt.date) -> int:
    """DESIGN.md: the annual budget in force x (dates / days in that year), date by date, so a period
    across a year's end (or a leap day) takes each year's own share."""
    history = inputs.history
    total = sum(history.budget_on(day) / (366 if calendar.isleap(day.year) else 365) for day in _days(first, last))
    return round(total)


def _money(inputs: ReportInputs, first: dt.date, last: dt.date, revenue: int, care: int) -> Money:
    history = inputs.history
    cost = budgeted_cost(inputs, first, last)
    dates = (last - first).days + 1
    expected = sum(inputs.places.values()) * dates * TARGET_OCCUPANCY
    populations = {code: history.population_on(code, last) or 0 for code in history.members_on(last)}
    shares = split_by_population(cost - revenue, populations) if cost > revenue else {}
    return Money(
        revenue,
        cost,
        revenue - cost,
        round(cost / expected) if expected else 0,
        round(cost / care) if care else None,
        shares,
        (history.fee(True, last), history.fee(False, last)),
        populations,
    )


def _example(inputs: ReportInputs, last: dt.date) -> ExampleSplit:
    history = inputs.history
    populations = {code: history.population_on(code, last) or 0 for code in history.names}
    own = populations.get(EXAMPLE_MUNICIPALITY, 0)
    total = round(EXAMPLE_SHARE_ALL * sum(populations.values()) / own) if own else 0
    everyone = split_by_population(total, populations)
    fewer = split_by_population(total, {c: p for c, p in populations.items() if c not in EXAMPLE_LEFT_OUT})
    rows = [
        (code, history.names[code], everyone[code], fewer.get(code))
        for code in sorted(populations, key=lambda c: history.names[c])
    ]
    return ExampleSplit(total, rows)


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _stays(inputs: ReportInputs, first: dt.date, last: dt.date) -> StayFigures:
    ended = [s for s in inputs.stays if s.discharged is not None and first <= s.discharged <= last]
    ordinary = [s for s in ended if s.kind is PlaceKind.ORDINARY]
    acute = [s for s in ended if s.kind is PlaceKind.ACUTE]
    low, high = inputs.ordinary_weeks
    lengths: Counter[str] = Counter()
    for s in ordinary:
        days = (s.discharged - s.admitted).days  # type: ignore[operator]
        lengths["shorter" if days < low * 7 else "longer" if days > high * 7 else "within"] += 1
    acute_lengths: Counter[str] = Counter()
    for s in acute:
        days = (s.discharged - s.admitted).days  # type: ignore[operator]
        limit = inputs.acute_days
        acute_lengths[
            "within" if days <= limit else "extended" if days <= limit + inputs.acute_extension_days[1] else "longer"
        ] += 1
    return StayFigures(
        len(ordinary),
        {k: lengths[k] for k in ("shorter", "within", "longer")},
        _median([(s.discharged - s.admitted).days / 7 for s in ordinary]),  # type: ignore[operator]
        len(acute),
        {k: acute_lengths[k] for k in ("within", "extended", "longer")},
        _median([(s.discharged - s.admitted).days for s in acute]),  # type: ignore[operator]
        sum(1 for s in acute if s.extensions),
        sum(1 for s in ended if s.discharge_reason is DischargeReason.PLANNED),
        sum(1 for s in ended if s.discharge_reason is DischargeReason.UNPLANNED),
        dict(Counter(s.destination.value if s.destination else "unknown" for s in ended)),
    )


def _demand(inputs: ReportInputs, first: dt.date, last: dt.date) -> DemandFigures:
    received = [r for r in inputs.referrals if first <= r.received_on <= last]
    decisions = Counter(r.decision for r in received)
    declined = Counter(r.decline_reason or "other" for r in received if r.decision is ReferralDecision.DECLINED)
    return DemandFigures(len(received), {d: decisions[d] for d in ReferralDecision}, dict(declined))


def _quality(inputs: ReportInputs, first: dt.date, last: dt.date) -> QualityFigures:
    due = [
        s
        for s in inputs.stays
        if s.first_plan_due is not None
        and first <= s.first_plan_due <= last
        and (s.discharged is None or s.discharged > s.first_plan_due)
    ]
    established = [
        (s.first_plan_established, s.first_plan_due)
        for s in due
        if s.first_plan_established is not None and s.first_plan_due is not None
    ]
    on_time = sum(1 for done, deadline in established if done <= deadline)
    late = len(established) - on_time
    gap = dt.timedelta(weeks=inputs.followup_weeks)
    followups = followups_on_time = overdue = 0
    for s in inputs.stays:
        marks = s.plan_milestones
        for before, after in zip(marks, marks[1:], strict=False):
            if first <= after <= last:
                followups += 1
                followups_on_time += after - before <= gap
        open_at_end = s.admitted <= last and (s.discharged is None or s.discharged > last)
        if open_at_end and marks:
            done = [m for m in marks if m <= last]
            overdue += bool(done) and done[-1] + gap < last
    latest: dict[str, tuple[dt.date, GoalResult]] = {}
    for g in inputs.goal_results:
        if first <= g.followed_up_on <= last and (
            g.goal_key not in latest or latest[g.goal_key][0] <= g.followed_up_on
        ):
            latest[g.goal_key] = (g.followed_up_on, g.result)
    goals = Counter(result for _, result in latest.values())
    at_end = {s.person for s in inputs.stays if s.admitted <= last and (s.discharged is None or s.discharged > last)}
    with_sip = {p.person for p in inputs.sips if p.started_on <= last and (p.closed_on is None or p.closed_on > last)}
    consent = {
        c.person
        for c in inputs.consents
        if c.given_on <= last <= c.valid_until and (c.revoked_on is None or c.revoked_on > last)
    }
    in_period = [d for d in inputs.deviations if first <= d.occurred_on <= last]
    deviations = {
        kind: (
            sum(1 for d in in_period if d.kind is kind and d.status is DeviationStatus.OPEN),
            sum(1 for d in in_period if d.kind is kind and d.status is DeviationStatus.CLOSED),
        )
        for kind in DeviationKind
    }
    return QualityFigures(
        len(due),
        on_time,
        late,
        len(due) - on_time - late,
        followups,
        followups_on_time,
        overdue,
        {r: goals[r] for r in GoalResult},
        len(at_end),
        len(at_end & with_sip),
        len(at_end & consent),
        deviations,
        sum(d.lex_sarah for d in in_period),
        sum(d.region for d in in_period),
    )


AGE_GROUPS = ("16–17", "18–20")
SEXES = (LegalSex.FEMALE, LegalSex.MALE)


def _people(inputs: ReportInputs, first: dt.date, last: dt.date) -> tuple[list[PeopleTable], int]:
    """Persons cared for in the period (at least one care day), each once, by their latest stay in it."""
    latest: dict[int, StayFact] = {}
    for s in inputs.stays:
        if care_days(s.admitted, s.discharged, first, last) and (
            s.person not in latest or latest[s.person].admitted < s.admitted
        ):
            latest[s.person] = s
    people = list(latest.values())

    def group(age: int) -> str:
        return AGE_GROUPS[0] if age < 18 else AGE_GROUPS[1] if age <= 20 else "other"

    ages = list(AGE_GROUPS) + (["other"] if any(group(p.age_at_admission) == "other" for p in people) else [])
    by_age = Grid(
        tuple(
            tuple(sum(1 for p in people if p.legal_sex is sex and group(p.age_at_admission) == a) for a in ages)
            for sex in SEXES
        )
    )
    bases = list(LegalBasis)
    by_basis = Grid(
        tuple(
            tuple(sum(1 for p in people if p.legal_sex is sex and p.legal_basis is b) for b in bases) for sex in SEXES
        )
    )
    tables = [PeopleTable("age", ages, by_age), PeopleTable("legal_basis", [b.value for b in bases], by_basis)]
    return tables, len(people)


def _staffing(inputs: ReportInputs, first: dt.date, last: dt.date) -> StaffingFigures:
    positions = {
        region: sum((s.fte_percent or 0) / 100 for s in inputs.staff if s.region is region) for region in (False, True)
    }
    days = [d for d in inputs.roster if first <= d.day <= last]
    return StaffingFigures(
        positions,
        sum(1 for s in inputs.staff if s.fte_percent is None),
        len(days),
        sum(d.rostered_hours for d in days),
        sum(d.demanded_hours for d in days),
        sum(d.temporary_hours for d in days),
    )
