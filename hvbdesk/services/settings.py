"""Rule numbers in force on a date. They are not personal data, so reading them needs no login."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from hvbdesk.domain.admission_rules import StayLimits
from hvbdesk.domain.enums import AuditAction, PlaceKind
from hvbdesk.domain.errors import ValidationError
from hvbdesk.domain.settings import (
    ORDERED_PAIRS,
    SPEC_BY_KEY,
    SPECS,
    SettingValue,
    checked_value,
    order_problems,
    parse_value,
)
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.services.versions import check_token, state_token
from hvbdesk.store.database import Database
from hvbdesk.store.repositories import reference


@dataclass(frozen=True)
class SettingRow:
    key: str
    label: str
    value: str
    valid_from: dt.date
    valid_to: dt.date | None


@dataclass(frozen=True)
class SettingNow:
    """A setting as it stands on a day: the value in force (the default if none is stored) and what is planned."""

    key: str
    label: str
    value: str
    valid_from: dt.date | None  # None: the built-in default, never stored
    planned: tuple[tuple[dt.date, str], ...]  # later changes already entered
    minimum: int | None
    maximum: int | None
    version: str = ""  # the stored history as read: a change made from an older view is refused
    back_dated: bool = False  # may be changed from a date in the past


def _history_token(rows: list) -> str:
    return state_token(*((r.valid_from, r.valid_to, r.value) for r in rows))


class SettingsService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._clock = clock

    def today(self) -> dt.date:
        """The first day a change may start (the service's clock, so that the GUI and the rule agree)."""
        return self._clock().date()

    def value(self, key: str, day: dt.date) -> SettingValue:
        with self._db.reading() as session:
            return self.value_in(session, key, day)

    @staticmethod
    def value_in(session, key: str, day: dt.date) -> SettingValue:
        stored = reference.setting_on(session, key, day)
        return SPEC_BY_KEY[key].default if stored is None else parse_value(key, stored)

    @classmethod
    def number_in(cls, session, key: str, day: dt.date) -> int:
        """A setting that is a number (all but the clock times)."""
        return int(cls.value_in(session, key, day))

    @staticmethod
    def stay_limits_by_day(session) -> Callable[[dt.date], StayLimits]:
        """The stay limits of any day, from one read of the settings' history (an import asks for
        thousands of days: one query per setting and day took 8 of its 12 seconds)."""
        history: dict[str, list] = {}
        for row in reference.all_settings(session):  # in order of valid_from
            history.setdefault(row.key, []).append(row)

        def value(key: str, day: dt.date) -> SettingValue:
            in_force = [
                r for r in history.get(key, []) if r.valid_from <= day and (r.valid_to is None or r.valid_to >= day)
            ]
            return parse_value(key, in_force[-1].value) if in_force else SPEC_BY_KEY[key].default

        @functools.cache
        def on(day: dt.date) -> StayLimits:
            return _stay_limits(lambda key: value(key, day))

        return on

    def stay_limits_in(self, session, day: dt.date) -> StayLimits:
        return _stay_limits(lambda key: self.value_in(session, key, day))

    def stay_limits(self, day: dt.date) -> StayLimits:
        with self._db.reading() as session:
            return self.stay_limits_in(session, day)

    def idle_lock_minutes(self) -> int:
        return int(self.value("security.idle_lock_minutes", self.today()))

    def overview(self, actor: Actor) -> list[SettingNow]:
        """Every setting the home can change, in the order they are declared, as of today."""
        self._audit.require(actor, Permission.SETTINGS_READ, "setting")
        today = self.today()
        with self._db.reading() as session:
            rows: dict[str, list] = {}
            for r in reference.all_settings(session):
                rows.setdefault(r.key, []).append(r)
            result = [self._now(spec, rows.get(spec.key, []), today) for spec in SPECS]
        self._audit.record(actor, AuditAction.VIEW, "setting", detail=f"rows={len(result)}")
        return result

    def history(self, actor: Actor, key: str) -> list[SettingRow]:
        self._audit.require(actor, Permission.SETTINGS_READ, "setting")
        if key not in SPEC_BY_KEY:
            raise ValidationError.single("setting", f"{key!r} is not a setting", "setting_unknown")
        label = SPEC_BY_KEY[key].label_sv
        with self._db.reading() as session:
            return [
                SettingRow(key, label, r.value, r.valid_from, r.valid_to) for r in reference.setting_rows(session, key)
            ]

    def change(self, actor: Actor, key: str, text: str, valid_from: dt.date, seen_version: str | None = None) -> None:
        """`text` from `valid_from` (today or later) on. Changes planned from that day on are replaced;
        what was in force before keeps its value, so past stays and rosters are counted as they were. Fees
        and the budget (`back_dated`) may be corrected back in time: the steering report counts with them.
        `seen_version` is SettingNow.version as the screen had it."""
        self._audit.require(actor, Permission.SETTINGS_WRITE, "setting")
        value = checked_value(key, text)
        if valid_from < self.today() and not SPEC_BY_KEY[key].back_dated:
            raise ValidationError.single(
                "valid_from", "is in the past; what has applied stays as it was", "setting_past"
            )
        with self._db.unit_of_work() as session:
            current = _history_token(reference.setting_rows(session, key))
            check_token(session, current, seen_version, "setting", key, "stale_setting")
            self._check_order(session, key, value, valid_from)
            was = self.value_in(session, key, valid_from)
            dropped = reference.replace_setting_from(session, key, str(value), valid_from)
            replaced = "".join(f" replaces {v} from {d.isoformat()}" for d, v in dropped)
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "setting",
                key,
                detail=f"{key}={value} from {valid_from.isoformat()} (was {was}){replaced}",
            )

    def _check_order(self, session, key: str, value: SettingValue, valid_from: dt.date) -> None:
        """The new value against its ordered partners on its first day and on every later change of theirs."""
        partners = {k for pair in ORDERED_PAIRS if key in pair[:2] for k in pair[:2]} - {key}
        days = {valid_from} | {
            r.valid_from for k in partners for r in reference.setting_rows(session, k) if r.valid_from > valid_from
        }
        for day in sorted(days):
            values = {k: self.value_in(session, k, day) for k in partners} | {key: value}
            problems = order_problems(values, key, day)
            if problems:
                raise ValidationError(problems)

    @staticmethod
    def _now(spec, rows: list, today: dt.date) -> SettingNow:
        current = [r for r in rows if r.valid_from <= today and (r.valid_to is None or r.valid_to >= today)]
        planned = tuple((r.valid_from, r.value) for r in rows if r.valid_from > today)
        bounded = spec.kind is int
        if current:
            value, since = current[-1].value, current[-1].valid_from
        else:
            value, since = str(spec.default), None
        return SettingNow(
            spec.key,
            spec.label_sv,
            value,
            since,
            planned,
            spec.minimum if bounded else None,
            spec.maximum if bounded else None,
            _history_token(rows),
            spec.back_dated,
        )

    def municipalities(self) -> list[tuple[str, str]]:
        """(code, name), by name: reference data, not personal."""
        with self._db.reading() as session:
            return [(m.code, m.name) for m in reference.municipalities(session)]

    def places(self) -> list[tuple[int, PlaceKind]]:
        with self._db.reading() as session:
            return [(p.number, p.kind) for p in reference.places(session) if p.active]


def _stay_limits(value: Callable[[str], SettingValue]) -> StayLimits:
    def v(key: str) -> int:
        return int(value(key))

    def clock(key: str) -> dt.time:
        return dt.time.fromisoformat(str(value(key)))

    return StayLimits(
        age_min=v("admission.age_min"),
        age_max=v("admission.age_max"),
        lvu2_age_max=v("admission.lvu2_age_max"),
        acute_days=v("stay.acute_days"),
        ordinary_default_weeks=v("stay.ordinary_default_weeks"),
        ordinary_min_weeks=v("stay.ordinary_min_weeks"),
        ordinary_max_weeks=v("stay.ordinary_max_weeks"),
        acute_extension_min_days=v("stay.acute_extension_min_days"),
        acute_extension_max_days=v("stay.acute_extension_max_days"),
        acute_hours_from=clock("admission.acute_hours_from"),
        acute_hours_to=clock("admission.acute_hours_to"),
    )
