"""All-or-nothing imports of staff and earlier placements (DESIGN.md, CSV formats).

Every row is checked before anything is written; any bad row means nothing is written and every
bad row is reported with its line number and the reason.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from hvbdesk.domain.admission_rules import age_problems, planned_end
from hvbdesk.domain.enums import AuditAction, DischargeReason, Employer, Gender, LegalBasis, PlaceKind
from hvbdesk.domain.errors import FieldProblem, ValidationError
from hvbdesk.domain.identity import IdentityNumber, parse_identity_number
from hvbdesk.domain.intervals import overlaps
from hvbdesk.domain.names import name_reason
from hvbdesk.domain.numbers import whole_number
from hvbdesk.security.roles import STAFF_ROLES, Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now, slow
from hvbdesk.services.csv_input import CsvRow, read_rows
from hvbdesk.services.settings import SettingsService
from hvbdesk.store.database import Database
from hvbdesk.store.models import Placement, Resident
from hvbdesk.store.repositories import reference
from hvbdesk.store.repositories import residents as residents_repo
from hvbdesk.store.repositories import staff as staff_repo
from hvbdesk.store.repositories import stays as stays_repo

STAFF_COLUMNS = ["first_name", "last_name", "role", "employer", "fte_percent", "weekdays_only"]
PLACEMENT_COLUMNS = [
    "personnummer",
    "first_name",
    "last_name",
    "gender",
    "placing_municipality",
    "legal_basis",
    "kind",
    "place",
    "admitted",
    "discharged",
    "discharge_reason",
]
_YES = {"yes", "ja", "y", "j", "true", "1"}
_NO = {"no", "nej", "n", "false", "0", ""}
_TIME_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class ImportResult:
    created: int
    residents_created: int = 0


def _enum(enum_class, row: CsvRow, column: str, problems: list[FieldProblem]):
    text = row.values[column]
    for member in enum_class:
        if text.lower() == member.value.lower():
            return member
    allowed = "|".join(m.value for m in enum_class)
    problems.append(FieldProblem(column, f"'{text}' is not one of {allowed}", row.line, "not_one_of", (text, allowed)))
    return None


def _time(row: CsvRow, column: str, problems: list[FieldProblem], *, optional: bool = False):
    text = row.values[column]
    if not text and optional:
        return None
    try:
        return dt.datetime.strptime(text, _TIME_FORMAT)
    except ValueError:
        problems.append(
            FieldProblem(column, f"'{text}' is not a time written YYYY-MM-DD HH:MM", row.line, "time_format", (text,))
        )
        return None


def _name(row: CsvRow, column: str, problems: list[FieldProblem]) -> str:
    text = row.values[column]
    if not text:
        problems.append(FieldProblem(column, "is empty", row.line, "required"))
    elif (wrong := name_reason(text)) is not None:
        problems.append(FieldProblem(column, wrong[0], row.line, wrong[1], wrong[2]))
    return text


class ImportService:
    def __init__(self, db: Database, audit: AuditLog, settings: SettingsService, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    # --- staff -------------------------------------------------------------------------------
    @slow
    def import_staff(self, actor: Actor, path: Path) -> ImportResult:
        self._audit.require(actor, Permission.STAFF_IMPORT, "staff_member")
        rows = read_rows(path, STAFF_COLUMNS)
        problems: list[FieldProblem] = []
        members = []
        for row in rows:
            before = len(problems)
            first, last = _name(row, "first_name", problems), _name(row, "last_name", problems)
            role = _enum(STAFF_ROLES, row, "role", problems)
            employer = _enum(Employer, row, "employer", problems)
            fte_text = row.values["fte_percent"].rstrip("%").strip()
            fte = whole_number(fte_text)
            if fte_text:
                if fte is None or not 1 <= fte <= 100:
                    problems.append(
                        FieldProblem(
                            "fte_percent",
                            f"'{row.values['fte_percent']}' is not a whole number from 1 to 100 "
                            "(leave it empty for temporary staff)",
                            row.line,
                            "fte_range",
                            (row.values["fte_percent"],),
                        )
                    )
            weekdays = row.values["weekdays_only"].lower()
            if weekdays not in _YES | _NO:
                problems.append(
                    FieldProblem(
                        "weekdays_only",
                        f"'{row.values['weekdays_only']}' is not yes or no",
                        row.line,
                        "yes_no",
                        (row.values["weekdays_only"],),
                    )
                )
            if len(problems) == before:
                members.append(
                    dict(
                        first_name=first,
                        last_name=last,
                        role=role,
                        employer=employer,
                        employer_municipality_code="2081" if employer is Employer.MUNICIPALITY else None,
                        fte_percent=fte,
                        weekdays_only=weekdays in _YES,
                    )
                )
        if problems:
            raise ValidationError(problems)
        with self._db.unit_of_work() as session:
            ids = staff_repo.add_many(session, members)
            self._audit.append_many(
                session, actor.username, AuditAction.CREATE, "staff_member", [(i, None) for i in ids], "import"
            )
        return ImportResult(created=len(members))

    # --- placements --------------------------------------------------------------------------
    @slow
    def import_placements(self, actor: Actor, path: Path) -> ImportResult:
        self._audit.require(actor, Permission.PLACEMENT_IMPORT, "placement")
        rows = read_rows(path, PLACEMENT_COLUMNS)
        with self._db.unit_of_work() as session:
            problems, planned = self._check_placements(session, rows)
            if problems:
                raise ValidationError(problems)
            known: dict[str, Resident] = {}
            new_residents: list[Resident] = []
            existing = residents_repo.by_identities(session, [item["identity"].digits for item in planned])
            for item in planned:
                digits = item["identity"].digits
                if digits in known:
                    continue
                resident = existing.get(digits)
                if resident is None:
                    ident = item["identity"]
                    resident = Resident(
                        identity_number=ident.digits,
                        is_coordination_number=ident.is_coordination_number,
                        first_name=item["first_name"],
                        last_name=item["last_name"],
                        gender=item["gender"],
                        legal_sex=ident.legal_sex,
                        birth_date=ident.birth_date,
                        created_at=self._clock(),
                    )
                    new_residents.append(resident)
                known[digits] = resident
            session.add_all(new_residents)
            session.flush()
            self._audit.append_many(
                session, actor.username, AuditAction.CREATE, "resident", [(r.id, r.id) for r in new_residents], "import"
            )
            stays = [
                Placement(
                    resident_id=known[item["identity"].digits].id,
                    place_id=item["place"].id,
                    legal_basis=item["legal_basis"],
                    kind=item["kind"],
                    admitted_at=item["admitted"],
                    discharged_at=item["discharged"],
                    planned_end=item["planned_end"],
                    discharge_reason=item["discharge_reason"],
                    placing_municipality_code=item["municipality"],
                )
                for item in planned
            ]
            stays_repo.add_stays(session, stays)
            self._audit.append_many(
                session,
                actor.username,
                AuditAction.CREATE,
                "placement",
                [(s.id, s.resident_id) for s in stays],
                "import",
            )
            residents_created = len(new_residents)
        return ImportResult(created=len(planned), residents_created=residents_created)

    def _check_placements(self, session, rows: list[CsvRow]):
        problems: list[FieldProblem] = []
        places = {p.number: p for p in reference.places(session)}
        municipalities = reference.municipalities(session)
        by_code = {m.code: m.code for m in municipalities}
        by_name = {m.name.lower(): m.code for m in municipalities}
        planned: list[dict] = []
        names_in_file: dict[str, tuple[str, str, int]] = {}  # personnummer → the first line's name
        limits_for = self._settings.stay_limits_by_day(session)
        identities: dict[int, IdentityNumber | ValidationError] = {}  # line → its personnummer, or why it is none
        for row in rows:
            try:
                identities[row.line] = parse_identity_number(row.values["personnummer"])
            except ValidationError as exc:
                identities[row.line] = exc
        # What is recorded already, read once: residents named in the file, their stays, the places' segments.
        registered = residents_repo.by_identities(
            session, [i.digits for i in identities.values() if not isinstance(i, ValidationError)]
        )
        their_stays = residents_repo.stay_times_of(session, [r.id for r in registered.values()])
        segments = stays_repo.segments_by_place(session)

        for row in rows:
            before = len(problems)
            v = row.values
            parsed = identities[row.line]
            identity = None if isinstance(parsed, ValidationError) else parsed
            if isinstance(parsed, ValidationError):
                problems += [FieldProblem(p.field, p.reason, row.line, p.code, p.args) for p in parsed.problems]
            first, last = _name(row, "first_name", problems), _name(row, "last_name", problems)
            gender = _enum(Gender, row, "gender", problems)
            municipality = by_code.get(v["placing_municipality"]) or by_name.get(v["placing_municipality"].lower())
            if municipality is None:
                problems.append(
                    FieldProblem(
                        "placing_municipality",
                        f"'{v['placing_municipality']}' is not a known municipality name or code",
                        row.line,
                        "municipality_name_unknown",
                        (v["placing_municipality"],),
                    )
                )
            basis = _enum(LegalBasis, row, "legal_basis", problems)
            kind = _enum(PlaceKind, row, "kind", problems)
            number = whole_number(v["place"])
            place = places.get(number) if number is not None else None
            if place is None:
                numbers = ", ".join(str(n) for n in sorted(places))
                problems.append(
                    FieldProblem(
                        "place",
                        f"'{v['place']}' is not a place number of the home ({numbers})",
                        row.line,
                        "place_number",
                        (v["place"], numbers),
                    )
                )
            admitted = _time(row, "admitted", problems)
            discharged = _time(row, "discharged", problems, optional=True)
            reason = None
            if v["discharge_reason"]:
                reason = _enum(DischargeReason, row, "discharge_reason", problems)
            if discharged is not None and not v["discharge_reason"]:
                problems.append(
                    FieldProblem(
                        "discharge_reason",
                        "is empty but the stay has a discharge time",
                        row.line,
                        "discharge_reason_missing",
                    )
                )
            if discharged is None and v["discharge_reason"] and not v["discharged"]:
                problems.append(
                    FieldProblem(
                        "discharge_reason",
                        "is given but the stay has no discharge time",
                        row.line,
                        "discharge_reason_without_time",
                    )
                )
            if admitted and discharged and discharged < admitted:
                problems.append(FieldProblem("discharged", "is before the admission", row.line, "before_admission"))
            if discharged and discharged > self._clock():
                problems.append(
                    FieldProblem(
                        "discharged",
                        "is in the future; an import records what has happened (plan the discharge in the app)",
                        row.line,
                        "import_discharge_in_future",
                    )
                )
            if admitted and admitted > self._clock():
                problems.append(
                    FieldProblem(
                        "admitted", "is in the future; register a reservation instead", row.line, "admission_in_future"
                    )
                )
            if identity and admitted and basis:
                limits = limits_for(admitted.date())
                problems += [
                    FieldProblem(p.field, p.reason, row.line, p.code, p.args)
                    for p in age_problems(identity.birth_date, admitted.date(), basis, limits)
                ]
            if identity:
                earlier = names_in_file.setdefault(identity.digits, (first, last, row.line))
                if earlier[:2] != (first, last):
                    problems.append(
                        FieldProblem(
                            "personnummer",
                            f"has another name on line {earlier[2]} ({earlier[0]} {earlier[1]})",
                            row.line,
                            "pnr_two_names_in_file",
                            (earlier[2], f"{earlier[0]} {earlier[1]}"),
                        )
                    )
                existing = registered.get(identity.digits)
                if existing and (existing.first_name, existing.last_name) != (first, last):
                    problems.append(
                        FieldProblem(
                            "personnummer", "is already registered under another name", row.line, "pnr_other_name"
                        )
                    )
                if existing and admitted:
                    for stay_admitted, stay_discharged in their_stays.get(existing.id, []):
                        if overlaps(admitted, discharged, stay_admitted, stay_discharged):
                            problems.append(
                                FieldProblem(
                                    "admitted",
                                    "the young person already has a registered stay at that time",
                                    row.line,
                                    "resident_stay_overlap",
                                )
                            )
                            break
            if len(problems) > before or place is None or admitted is None:  # each of these a problem above
                continue
            limits = limits_for(admitted.date())
            item = dict(
                identity=identity,
                first_name=first,
                last_name=last,
                gender=gender,
                municipality=municipality,
                legal_basis=basis,
                kind=kind,
                place=place,
                admitted=admitted,
                discharged=discharged,
                discharge_reason=reason,
                planned_end=planned_end(kind, admitted.date(), limits),
                line=row.line,
            )
            if _holds(segments.get(place.id, []), admitted, discharged):
                problems.append(
                    FieldProblem(
                        "place",
                        f"place {place.number} already holds a registered stay at that time",
                        row.line,
                        "place_held",
                        (place.number,),
                    )
                )
            planned.append(item)
        problems += _overlaps_in_file(planned)
        problems.sort(key=lambda p: p.line or 0)  # in the file's order, as the user reads it
        return problems, planned


def _overlaps_in_file(planned: list[dict]) -> list[FieldProblem]:
    """Stays of the file that overlap in one place or for one young person. Sorted by admission within
    each group, a stay overlaps an earlier one exactly when it starts before the latest end so far: one
    pass, O(n log n) (the pairwise check took 241 s for 10 000 rows). Said on the later line."""
    found = []
    for key, same_place in (
        (lambda i: ("place", i["place"].id), True),
        (lambda i: ("person", i["identity"].digits), False),
    ):
        groups: dict[tuple, list[dict]] = {}
        for item in planned:
            groups.setdefault(key(item), []).append(item)
        for items in groups.values():
            items.sort(key=lambda i: (i["admitted"], i["line"]))
            latest: dict | None = None
            for item in items:
                if latest is not None and (latest["discharged"] is None or item["admitted"] < latest["discharged"]):
                    later, earlier = (item, latest) if item["line"] > latest["line"] else (latest, item)
                    if same_place:
                        found.append(
                            FieldProblem(
                                "admitted",
                                f"overlaps the stay on line {earlier['line']} (place {later['place'].number})",
                                later["line"],
                                "overlaps_line_place",
                                (earlier["line"], later["place"].number),
                            )
                        )
                    else:
                        found.append(
                            FieldProblem(
                                "admitted",
                                f"overlaps the stay on line {earlier['line']} (the same young person)",
                                later["line"],
                                "overlaps_line_person",
                                (earlier["line"],),
                            )
                        )
                if (
                    latest is None
                    or latest["discharged"] is not None
                    and (item["discharged"] is None or item["discharged"] > latest["discharged"])
                ):
                    latest = item
    return found


def _holds(segments: list[tuple[dt.datetime, dt.datetime | None]], start: dt.datetime, end: dt.datetime | None) -> bool:
    """Whether a recorded segment (sorted by start) holds the place somewhere in [start, end)."""
    before_end = len(segments) if end is None else bisect.bisect_left(segments, (end,), key=lambda s: (s[0],))
    # Segments starting before `end` overlap when they end after `start` (or are open); the stays of one
    # place do not overlap, so only the last one starting before `start` and those after it can.
    first = max(0, bisect.bisect_right(segments, (start,), key=lambda s: (s[0],)) - 1)
    return any(s_end is None or s_end > start for _, s_end in segments[first:before_end])
