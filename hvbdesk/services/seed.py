"""The reference data a new database starts with: municipalities, places, settings (DOMAIN.md)."""

from __future__ import annotations

import datetime as dt

from hvbdesk import __version__
from hvbdesk.domain.enums import PlaceKind
from hvbdesk.domain.municipalities import (
    AGREEMENT_FROM,
    DALARNA,
    OPERATION_START,
    POPULATION_AS_OF,
    POPULATION_SOURCE,
    SEED_POPULATION,
    membership_history,
)
from hvbdesk.domain.settings import OPERATION_START_KEY, SPECS
from hvbdesk.store.models import (
    DatabaseInfo,
    Municipality,
    MunicipalityMembership,
    MunicipalityPopulation,
    Place,
    Setting,
)
from hvbdesk.store.repositories import reference

ORDINARY_PLACES = 8
ACUTE_PLACES = 2


# The operation start is one date, stored as a setting row valid for all time from here.
TIMELESS_FROM = dt.date(2000, 1, 1)


def seed_reference_data(session, start: dt.date, *, demo: bool, created_at: dt.datetime) -> None:
    """The reference data with its true history (domain/municipalities.py says what is assumed), so a
    database made on any day counts any earlier period alike. `start` is the first day the database
    holds records for; a demo's fictional home starts operating, and its agreement, on that day."""
    history_from = min(start, AGREEMENT_FROM)
    rows: list = [
        DatabaseInfo(key="created_at", value=created_at.isoformat(timespec="seconds")),
        DatabaseInfo(key="created_by_version", value=__version__),
        DatabaseInfo(key="demo", value="yes" if demo else "no"),
    ]
    rows += [Municipality(code=code, name=name) for code, name in DALARNA.items()]
    rows += [
        MunicipalityPopulation(
            municipality_code=code,
            valid_from=history_from,
            population=pop,
            as_of=POPULATION_AS_OF,
            source=POPULATION_SOURCE,
        )
        for code, pop in SEED_POPULATION.items()
    ]
    rows += [
        MunicipalityMembership(municipality_code=code, valid_from=frm, valid_to=to)
        for code, frm, to in membership_history(start if demo else AGREEMENT_FROM)
    ]
    rows += [Place(number=n, kind=PlaceKind.ORDINARY) for n in range(1, ORDINARY_PLACES + 1)]
    rows += [
        Place(number=n, kind=PlaceKind.ACUTE) for n in range(ORDINARY_PLACES + 1, ORDINARY_PLACES + ACUTE_PLACES + 1)
    ]
    rows += [
        Setting(key=spec.key, value=str(spec.default), valid_from=history_from if spec.back_dated else start)
        for spec in SPECS
    ]
    rows.append(
        Setting(
            key=OPERATION_START_KEY, value=(start if demo else OPERATION_START).isoformat(), valid_from=TIMELESS_FROM
        )
    )
    reference.add_all(session, rows)
