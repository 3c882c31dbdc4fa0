"""The roster's set-up in force on a date: shift types, staffing demand, rule numbers and weights.
Shift types and demand are stored with validity dates; with none stored the defaults apply."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hvbdesk.domain.enums import AuditAction
from hvbdesk.domain.errors import ValidationError
from hvbdesk.roster.home import DEFAULT_DEMAND, DEFAULT_SHIFTS, Demand, RosterRules, RosterWeights, ShiftDef
from hvbdesk.roster.setup import validate
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor
from hvbdesk.services.settings import SettingsService
from hvbdesk.services.versions import check_token, state_token
from hvbdesk.store.database import Database
from hvbdesk.store.models import RosterDemand, RosterShiftType
from hvbdesk.store.repositories import roster_setup as setup_repo

HOLIDAY = 7  # day_kind of a public holiday in the demand rows


@dataclass(frozen=True)
class RosterSetup:
    shifts: tuple[ShiftDef, ...]
    demand: tuple[Demand, ...]
    rules: RosterRules
    weights: RosterWeights
    valid_from: dt.date | None  # None: the defaults, nothing stored yet
    version: str = ""  # the newest stored set-up as read: a save made from an older view is refused


class RosterSetupService:
    def __init__(self, db: Database, audit: AuditLog, settings: SettingsService):
        self._db, self._audit, self._settings = db, audit, settings

    def setup_on(self, actor: Actor, day: dt.date) -> RosterSetup:
        self._audit.require(actor, Permission.ROSTER_READ, "roster_setup")
        with self._db.reading() as session:
            return self.setup_in(session, day)

    def setup_in(self, session, day: dt.date) -> RosterSetup:
        def v(key: str) -> int:
            return self._settings.number_in(session, key, day)

        rules = RosterRules.from_settings(v)
        weights = RosterWeights.from_settings(v)
        stored = setup_repo.shift_types_on(session, day)
        version = state_token(setup_repo.latest_setup_start(session))
        if not stored:
            return RosterSetup(DEFAULT_SHIFTS, DEFAULT_DEMAND, rules, weights, None, version)
        shifts = tuple(
            ShiftDef(
                r.code,
                r.name,
                dt.time.fromisoformat(r.start),
                dt.time.fromisoformat(r.end),
                r.break_minutes,
                frozenset(r.roles.split(",")),
            )
            for r in stored
        )
        rows: dict[str, dict[int, tuple[int, int]]] = {}
        for r in setup_repo.demand_on(session, day):
            rows.setdefault(r.shift_code, {})[r.day_kind] = (r.minimum, r.wished)
        demand = tuple(_demand(code, kinds) for code, kinds in rows.items())
        return RosterSetup(shifts, demand, rules, weights, min(r.valid_from for r in stored), version)

    def base_weeks_in(self, session, day: dt.date) -> int:
        return self._settings.number_in(session, "roster.base_weeks", day)

    def save(
        self,
        actor: Actor,
        valid_from: dt.date,
        shifts: list[ShiftDef],
        demand: list[Demand],
        seen_version: str | None = None,
    ) -> None:
        """A new set-up from `valid_from`; the one in force ends the day before. `seen_version` is
        RosterSetup.version as the screen had it."""
        self._audit.require(actor, Permission.ROSTER_WRITE, "roster_setup")
        validate(shifts, demand)
        with self._db.unit_of_work() as session:
            latest = setup_repo.latest_setup_start(session)
            check_token(session, state_token(latest), seen_version, "roster_setup", "", "stale_roster_setup")
            if latest is not None and valid_from <= latest:
                raise ValidationError.single(
                    "valid_from",
                    f"a set-up already starts {latest.isoformat()}; the new one must start later",
                    "setup_valid_from",
                )
            rows: list = [
                RosterShiftType(
                    code=s.code,
                    name=s.name,
                    start=s.start.strftime("%H:%M"),
                    end=s.end.strftime("%H:%M"),
                    break_minutes=s.break_minutes,
                    roles=",".join(sorted(s.roles)),
                    valid_from=valid_from,
                )
                for s in shifts
            ]
            for d in demand:
                counts = list(zip(d.minimum, d.wished, strict=True)) + [(d.holiday_minimum, d.holiday_wished)]
                rows += [
                    RosterDemand(shift_code=d.shift, day_kind=kind, minimum=low, wished=wished, valid_from=valid_from)
                    for kind, (low, wished) in enumerate(counts)
                ]
            setup_repo.replace_setup_from(session, valid_from, rows)
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "roster_setup",
                detail=f"from {valid_from.isoformat()} shifts={len(shifts)} demand={len(demand)}",
            )


def _demand(code: str, kinds: dict[int, tuple[int, int]]) -> Demand:
    week = [kinds.get(k, (0, 0)) for k in range(7)]
    holiday = kinds.get(HOLIDAY, (0, 0))
    return Demand(code, tuple(w[0] for w in week), tuple(w[1] for w in week), holiday[0], holiday[1])
