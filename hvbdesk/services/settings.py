"""Rule numbers in force on a date. They are not personal data, so reading them needs no login."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hvbdesk.domain.admission_rules import StayLimits
from hvbdesk.domain.enums import AuditAction, PlaceKind
from hvbdesk.domain.settings import SPEC_BY_KEY, parse_value
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor
from hvbdesk.store.database import Database
from hvbdesk.store.repositories import reference


@dataclass(frozen=True)
class SettingRow:
    key: str
    label: str
    value: str
    valid_from: dt.date
    valid_to: dt.date | None


class SettingsService:
    def __init__(self, db: Database, audit: AuditLog):
        self._db = db
        self._audit = audit

    def value(self, key: str, day: dt.date) -> object:
        with self._db.unit_of_work() as session:
            return self.value_in(session, key, day)

    @staticmethod
    def value_in(session, key: str, day: dt.date) -> object:
        stored = reference.setting_on(session, key, day)
        return SPEC_BY_KEY[key].default if stored is None else parse_value(key, stored)

    def stay_limits_in(self, session, day: dt.date) -> StayLimits:
        v = lambda key: self.value_in(session, key, day)  # noqa: E731
        clock = lambda key: dt.time.fromisoformat(v(key))  # noqa: E731
        return StayLimits(
            age_min=v("admission.age_min"), age_max=v("admission.age_max"),
            lvu2_age_max=v("admission.lvu2_age_max"), acute_days=v("stay.acute_days"),
            ordinary_default_weeks=v("stay.ordinary_default_weeks"),
            ordinary_min_weeks=v("stay.ordinary_min_weeks"), ordinary_max_weeks=v("stay.ordinary_max_weeks"),
            acute_extension_min_days=v("stay.acute_extension_min_days"),
            acute_extension_max_days=v("stay.acute_extension_max_days"),
            acute_hours_from=clock("admission.acute_hours_from"), acute_hours_to=clock("admission.acute_hours_to"),
        )

    def stay_limits(self, day: dt.date) -> StayLimits:
        with self._db.unit_of_work() as session:
            return self.stay_limits_in(session, day)

    def idle_lock_minutes(self) -> int:
        return int(self.value("security.idle_lock_minutes", dt.date.today()))

    def list_settings(self, actor: Actor) -> list[SettingRow]:
        self._audit.require(actor, Permission.SETTINGS_READ, "setting")
        with self._db.unit_of_work() as session:
            rows = [
                SettingRow(s.key, SPEC_BY_KEY[s.key].label_sv if s.key in SPEC_BY_KEY else s.key,
                           s.value, s.valid_from, s.valid_to)
                for s in reference.all_settings(session)
            ]
            self._audit.append(session, actor.username, AuditAction.VIEW, "setting", detail=f"rows={len(rows)}")
        return rows

    def municipalities(self) -> list[tuple[str, str]]:
        """(code, name), by name: reference data, not personal."""
        with self._db.unit_of_work() as session:
            return [(m.code, m.name) for m in reference.municipalities(session)]

    def places(self) -> list[tuple[int, PlaceKind]]:
        with self._db.unit_of_work() as session:
            return [(p.number, p.kind) for p in reference.places(session) if p.active]
